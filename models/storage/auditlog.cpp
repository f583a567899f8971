#include "models/storage/auditlog.h"

#include "models/storage/database.h"
#include "models/storage/statements.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pp {
namespace {

const QString kHeadHash = QStringLiteral("audit_head_hash");
const QString kHeadId = QStringLiteral("audit_head_id");

QString compact(const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.beforeJson = q.value(6).toString();
    e.afterJson = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

const QString kColumns = QStringLiteral(
    "id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash");

} // namespace

QString AuditEntry::computeHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Fields are length-prefixed so that moving text from one field to the next changes the hash.
    for (const QString &field : {prevHash, at, actor, action, entity, QString::number(entityId),
                                 beforeJson, afterJson}) {
        const QByteArray bytes = field.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

Status AuditLog::append(const QString &action, const QString &entity, qint64 entityId,
                        const QJsonObject &before, const QJsonObject &after)
{
    return append(QList<AuditChange>{{action, entity, entityId, before, after}});
}

Status AuditLog::append(const QList<AuditChange> &changes)
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditLog::append", "call inside a transaction");
    if (changes.isEmpty())
        return {};
    if (const QString lock = m_db.dialect().auditChainLock(); !lock.isEmpty()) {
        if (auto q = m_db.run(lock); !q)
            return q.error();
    }
    auto head = m_db.metaValue(kHeadHash);
    if (!head)
        return head.error();
    QString prevHash = head->isEmpty() ? genesisHash() : *head;
    PreparedStatement insert(m_db, QStringLiteral(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString at = Database::nowUtc();
    const QString actor = m_db.actor();
    qint64 id = 0;
    for (const AuditChange &c : changes) {
        AuditEntry e;
        e.at = at;
        e.actor = actor;
        e.action = c.action;
        e.entity = c.entity;
        e.entityId = c.entityId;
        e.beforeJson = compact(c.before);
        e.afterJson = compact(c.after);
        e.prevHash = prevHash;
        e.hash = e.computeHash();
        if (Status s = insert.exec({e.at, e.actor, e.action, e.entity, e.entityId, e.beforeJson,
                                    e.afterJson, e.prevHash, e.hash});
            !s)
            return s;
        if (!insert.query().next())
            return fail(tr("The audit entry was not stored."));
        id = insert.query().value(0).toLongLong();
        insert.query().finish();
        m_db.noteAuditEntry(id);
        prevHash = e.hash;
    }
    // The head is kept apart from the rows, so that removing the newest entries is detected too.
    if (Status s = m_db.setMetaValue(kHeadHash, prevHash); !s)
        return s;
    return m_db.setMetaValue(kHeadId, QString::number(id));
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification v;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(kColumns));
    if (!q)
        return q.error();
    QString expectedPrev = genesisHash();
    qint64 lastId = 0;
    while (q->next()) {
        const AuditEntry e = entryFrom(*q);
        ++v.entries;
        if (e.prevHash != expectedPrev) {
            v.intact = false;
            v.firstBrokenId = e.id;
            v.reason = tr("Entry %1 does not follow the entry before it: an entry before it was "
                          "removed, or it was inserted.")
                           .arg(e.id);
            return v;
        }
        if (e.computeHash() != e.hash) {
            v.intact = false;
            v.firstBrokenId = e.id;
            v.reason = tr("Entry %1 was altered after it was written.").arg(e.id);
            return v;
        }
        expectedPrev = e.hash;
        lastId = e.id;
    }
    auto headHash = m_db.metaValue(kHeadHash);
    if (!headHash)
        return headHash.error();
    auto headId = m_db.metaValue(kHeadId);
    if (!headId)
        return headId.error();
    const QString storedHead = headHash->isEmpty() ? genesisHash() : *headHash;
    if (storedHead != expectedPrev || (headId->toLongLong() != lastId)) {
        v.intact = false;
        v.firstBrokenId = headId->toLongLong() > lastId ? lastId + 1 : headId->toLongLong();
        v.reason = tr("The newest entries were removed: the chain ends at entry %1 but its "
                      "recorded end is entry %2.")
                       .arg(lastId)
                       .arg(headId->toLongLong());
        return v;
    }
    return v;
}

namespace {

QString whereClause(const AuditFilter &f, const QString &like, QVariantList &binds)
{
    QStringList parts;
    if (!f.entity.isEmpty()) {
        parts << QStringLiteral("entity = ?");
        binds << f.entity;
    }
    if (!f.actor.isEmpty()) {
        parts << QStringLiteral("actor = ?");
        binds << f.actor;
    }
    if (!f.action.isEmpty()) {
        parts << QStringLiteral("action = ?");
        binds << f.action;
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("at < ?");
        binds << f.to.addDays(1).toString(Qt::ISODate);
    }
    if (!f.text.isEmpty()) {
        parts << QStringLiteral("(before_json %1 ? OR after_json %1 ?)").arg(like);
        const QString pattern = QLatin1Char('%') + f.text + QLatin1Char('%');
        binds << pattern << pattern;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

} // namespace

Result<QList<AuditEntry>> AuditLog::find(const AuditFilter &filter, int offset, int limit) const
{
    QVariantList binds;
    const QString where = whereClause(filter, m_db.dialect().likeOperator(), binds);
    binds << limit << offset;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY id DESC LIMIT ? OFFSET ?")
                          .arg(kColumns, where),
                      binds);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out << entryFrom(*q);
    return out;
}

Result<int> AuditLog::count(const AuditFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, m_db.dialect().likeOperator(), binds);
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM audit_log%1").arg(where), binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

namespace {
Result<QStringList> distinct(const Database &db, const QString &column)
{
    auto q = db.run(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}
} // namespace

Result<QStringList> AuditLog::actors() const
{
    return distinct(m_db, QStringLiteral("actor"));
}

Result<QStringList> AuditLog::entities() const
{
    return distinct(m_db, QStringLiteral("entity"));
}

Result<qint64> AuditLog::headId() const
{
    auto head = m_db.metaValue(kHeadId);
    if (!head)
        return head.error();
    return head->toLongLong();
}

Result<QList<AuditEntry>> AuditLog::changesAfter(qint64 id, int limit) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, at, actor, action, entity, entity_id "
                                     "FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"),
                      {id, limit});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = q->value(1).toString();
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.entity = q->value(4).toString();
        e.entityId = q->value(5).toLongLong();
        out << e;
    }
    return out;
}

Result<std::optional<AuditEntry>> AuditLog::latestFor(const QString &entity, qint64 entityId) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_id = ? "
                                     "ORDER BY id DESC LIMIT 1")
                          .arg(kColumns),
                      {entity, entityId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryFrom(*q));
}

} // namespace pp
