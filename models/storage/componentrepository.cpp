#include "models/storage/componentrepository.h"

#include "models/domain/validation.h"
#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/statements.h"

#include <QSqlQuery>

namespace pp {
namespace {

const QString kEntity = QStringLiteral("component");
const QString kColumns = QStringLiteral(
    "id, system_id, kind, vendor, product, version, instances, cpe, purl, eol_product, "
    "eol_cycle, notes, row_version, updated_at");
const QString kOrder = QStringLiteral(" ORDER BY system_id, kind, product, version, id");

Component componentFrom(const QSqlQuery &q)
{
    Component c;
    c.id = q.value(0).toLongLong();
    c.systemId = q.value(1).toLongLong();
    c.kind = fromKey<ComponentKind>(q.value(2).toString()).value_or(ComponentKind::Application);
    c.vendor = q.value(3).toString();
    c.product = q.value(4).toString();
    c.version = q.value(5).toString();
    c.instances = q.value(6).toInt();
    c.cpe = q.value(7).toString();
    c.purl = q.value(8).toString();
    c.eolProduct = q.value(9).toString();
    c.eolCycle = q.value(10).toString();
    c.notes = q.value(11).toString();
    c.rowVersion = q.value(12).toInt();
    c.updatedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODate);
    return c;
}

QVariantList editableValues(const Component &c)
{
    return {c.systemId, toKey(c.kind), c.vendor.trimmed(), c.product.trimmed(),
            c.version.trimmed(), c.instances, c.cpe.trimmed(), c.purl.trimmed(),
            c.eolProduct.trimmed(), c.eolCycle.trimmed(), c.notes};
}

Result<QList<Component>> findMany(const Database &db, const QString &where,
                                  const QVariantList &binds)
{
    auto q = db.run(QStringLiteral("SELECT %1 FROM components%2%3").arg(kColumns, where, kOrder),
                    binds);
    if (!q)
        return q.error();
    QList<Component> out;
    while (q->next())
        out << componentFrom(*q);
    return out;
}

Result<std::optional<Component>> firstOf(Result<QList<Component>> list)
{
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Component>();
    return std::optional<Component>(list->constFirst());
}

} // namespace

Result<QList<Component>> ComponentRepository::findAll() const
{
    return findMany(m_db, {}, {});
}

Result<QList<Component>> ComponentRepository::findBySystem(qint64 systemId) const
{
    return findMany(m_db, QStringLiteral(" WHERE system_id = ?"), {systemId});
}

Result<QHash<qint64, int>> ComponentRepository::countBySystem() const
{
    auto q = m_db.run(
        QStringLiteral("SELECT system_id, COUNT(*) FROM components GROUP BY system_id"));
    if (!q)
        return q.error();
    QHash<qint64, int> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return out;
}

Result<std::optional<Component>> ComponentRepository::findById(qint64 id) const
{
    return firstOf(findMany(m_db, QStringLiteral(" WHERE id = ?"), {id}));
}

Result<QHash<qint64, Component>> ComponentRepository::findByIds(const QList<qint64> &ids) const
{
    QHash<qint64, Component> out;
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        QStringList part; // integers we were given, not user text
        for (qint64 id : ids.mid(at, 500))
            part << QString::number(id);
        auto rows = findMany(m_db, QStringLiteral(" WHERE id IN (%1)").arg(part.join(QLatin1Char(','))),
                             {});
        if (!rows)
            return rows.error();
        for (const Component &c : std::as_const(*rows))
            out.insert(c.id, c);
    }
    return out;
}

Result<std::optional<Component>> ComponentRepository::findSame(qint64 systemId, ComponentKind kind,
                                                               const QString &product,
                                                               const QString &version) const
{
    return firstOf(findMany(
        m_db, QStringLiteral(" WHERE system_id = ? AND kind = ? AND product = ? AND version = ?"),
        {systemId, toKey(kind), product.trimmed(), version.trimmed()}));
}

namespace {
Status checkUnique(const ComponentRepository &repo, const Component &c)
{
    auto same = repo.findSame(c.systemId, c.kind, c.product, c.version);
    if (!same)
        return same.error();
    if (same->has_value() && (*same)->id != c.id) {
        return rejected(ComponentRepository::tr("The system already has %1 %2 as a %3 component.")
                            .arg(c.product.trimmed(), c.version.trimmed(), displayName(c.kind)));
    }
    return {};
}
} // namespace

Result<Component> ComponentRepository::insert(const Component &c)
{
    if (const QStringList problems = validate(c); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Component stored;
    Status st = m_db.transaction([&]() -> Status {
        Component probe = c;
        probe.id = 0;
        if (Status u = checkUnique(*this, probe); !u)
            return u;
        QVariantList binds = editableValues(c);
        binds << Database::nowUtc();
        QString columns = kColumns.mid(4); // without the leading "id, "
        columns.remove(QLatin1String(", row_version"));
        QString placeholders = QStringLiteral("?, ").repeated(binds.size() - 1) + QLatin1Char('?');
        if (c.id > 0) { // restoring a deleted component under its old id (undo)
            columns.prepend(QLatin1String("id, "));
            placeholders.prepend(QLatin1String("?, "));
            binds.prepend(c.id);
        }
        auto q = m_db.run(QStringLiteral("INSERT INTO components (%1) VALUES (%2) RETURNING id")
                              .arg(columns, placeholders),
                          binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The component was not stored."));
        const qint64 id = q->value(0).toLongLong();
        auto reread = findById(id);
        if (!reread)
            return reread.error();
        if (!reread->has_value())
            return fail(tr("The component was not stored."));
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("create"), kEntity, id, {}, stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Component> ComponentRepository::update(const Component &c)
{
    if (const QStringList problems = validate(c); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Component stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = findById(c.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The component %1 was deleted by someone else.").arg(c.label()));
        const Component &before = **current;
        if (before.rowVersion != c.rowVersion) {
            return conflict(tr("The component %1 was changed by someone else since you opened it.")
                                .arg(before.label()));
        }
        if (Status u = checkUnique(*this, c); !u)
            return u;
        QVariantList binds = editableValues(c);
        binds << Database::nowUtc() << c.id << c.rowVersion;
        auto q = m_db.run(
            QStringLiteral("UPDATE components SET system_id = ?, kind = ?, vendor = ?, product = ?, "
                           "version = ?, instances = ?, cpe = ?, purl = ?, eol_product = ?, "
                           "eol_cycle = ?, notes = ?, updated_at = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The component %1 was changed by someone else.").arg(c.label()));
        auto reread = findById(c.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("update"), kEntity, c.id, before.toJson(),
                                     stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

namespace {
/// Audit entries are written a thousand at a time: their values before and after, kept for a
/// whole import of 100,000 components, would be a few hundred megabytes.
constexpr qsizetype kAuditChunk = 1000;

Status flushAudit(Database &db, QList<AuditChange> &changes, qsizetype atLeast)
{
    if (changes.size() < atLeast)
        return {};
    Status s = AuditLog(db).append(changes);
    changes.clear();
    return s;
}

/// Each component validated as insert() and update() do; on the first refused, @p at is its
/// index. Nothing is written by a bulk call that any component fails.
Status validateAll(const QList<Component> &components, qsizetype *at)
{
    for (*at = 0; *at < components.size(); ++*at) {
        if (const QStringList problems = validate(components[*at]); !problems.isEmpty())
            return rejected(problems.join(QLatin1Char(' ')));
    }
    *at = 0;
    return {};
}

/// @p c as stored by editableValues(): what a re-read would give.
Component storedForm(const Component &c, qint64 id, int rowVersion, const QString &updatedAt)
{
    Component s = c;
    s.id = id;
    s.vendor = c.vendor.trimmed();
    s.product = c.product.trimmed();
    s.version = c.version.trimmed();
    s.cpe = c.cpe.trimmed();
    s.purl = c.purl.trimmed();
    s.eolProduct = c.eolProduct.trimmed();
    s.eolCycle = c.eolCycle.trimmed();
    s.rowVersion = rowVersion;
    s.updatedAt = QDateTime::fromString(updatedAt, Qt::ISODate);
    return s;
}
} // namespace

Result<QList<Component>> ComponentRepository::insertMany(const QList<Component> &components,
                                                         qsizetype *failedAt)
{
    qsizetype at = 0;
    const auto failed = [&](Error e) {
        if (failedAt)
            *failedAt = at;
        return e;
    };
    if (Status v = validateAll(components, &at); !v)
        return failed(v.error());
    QList<Component> stored;
    stored.reserve(components.size());
    Status st = m_db.transaction([&]() -> Status {
        QString columns = kColumns.mid(4); // without the leading "id, "
        columns.remove(QLatin1String(", row_version"));
        PreparedStatement insert(m_db, QStringLiteral("INSERT INTO components (%1) VALUES (%2) "
                                                      "RETURNING id")
                                           .arg(columns, sqlPlaceholders(editableValues(Component{}).size() + 1)));
        const QString now = Database::nowUtc();
        QList<AuditChange> audit;
        for (at = 0; at < components.size(); ++at) {
            const Component &c = components[at];
            QVariantList binds = editableValues(c);
            binds << now;
            if (Status s = insert.exec(binds); !s)
                return s;
            if (!insert.query().next())
                return fail(tr("The component was not stored."));
            const qint64 id = insert.query().value(0).toLongLong();
            insert.query().finish();
            stored << storedForm(c, id, 1, now);
            audit << AuditChange{QStringLiteral("create"), kEntity, id, {},
                                 stored.constLast().toJson()};
            if (Status s = flushAudit(m_db, audit, kAuditChunk); !s)
                return s;
        }
        at = -1; // the audit entries are no one component's
        return flushAudit(m_db, audit, 1);
    });
    if (!st)
        return failed(st.error());
    return stored;
}

Result<QList<Component>> ComponentRepository::updateMany(const QList<Component> &components,
                                                         qsizetype *failedAt)
{
    qsizetype at = 0;
    const auto failed = [&](Error e) {
        if (failedAt)
            *failedAt = at;
        return e;
    };
    if (Status v = validateAll(components, &at); !v)
        return failed(v.error());
    QList<Component> stored;
    stored.reserve(components.size());
    Status st = m_db.transaction([&]() -> Status {
        // The rows before, for the audit entries: one query per chunk of ids.
        QList<qint64> ids;
        for (const Component &c : components)
            ids << c.id;
        auto found = findByIds(ids);
        if (!found)
            return found.error();
        const QHash<qint64, Component> &before = *found;
        PreparedStatement update(m_db, QStringLiteral(
            "UPDATE components SET system_id = ?, kind = ?, vendor = ?, product = ?, "
            "version = ?, instances = ?, cpe = ?, purl = ?, eol_product = ?, eol_cycle = ?, "
            "notes = ?, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?"));
        const QString now = Database::nowUtc();
        QList<AuditChange> audit;
        for (at = 0; at < components.size(); ++at) {
            const Component &c = components[at];
            const auto old = before.constFind(c.id);
            if (old == before.cend())
                return conflict(tr("The component %1 was deleted by someone else.").arg(c.label()));
            QVariantList binds = editableValues(c);
            binds << now << c.id << c.rowVersion;
            if (Status s = update.exec(binds); !s)
                return s;
            if (update.query().numRowsAffected() != 1)
                return conflict(tr("The component %1 was changed by someone else since you opened "
                                   "it.")
                                    .arg(c.label()));
            stored << storedForm(c, c.id, c.rowVersion + 1, now);
            audit << AuditChange{QStringLiteral("update"), kEntity, c.id, old->toJson(),
                                 stored.constLast().toJson()};
            if (Status s = flushAudit(m_db, audit, kAuditChunk); !s)
                return s;
        }
        at = -1; // the audit entries are no one component's
        return flushAudit(m_db, audit, 1);
    });
    if (!st)
        return failed(st.error());
    return stored;
}

Status ComponentRepository::remove(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto current = findById(id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The component was already deleted by someone else."));
        const Component &before = **current;
        if (before.rowVersion != expectedVersion) {
            return conflict(tr("The component %1 was changed by someone else since you opened it.")
                                .arg(before.label()));
        }
        auto q = m_db.run(QStringLiteral("DELETE FROM components WHERE id = ? AND row_version = ?"),
                          {id, expectedVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The component %1 was changed by someone else.").arg(before.label()));
        return AuditLog(m_db).append(QStringLiteral("delete"), kEntity, id, before.toJson(), {});
    });
}

} // namespace pp
