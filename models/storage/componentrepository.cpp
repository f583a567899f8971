#include "models/storage/componentrepository.h"

#include "models/domain/validation.h"
#include "models/storage/auditlog.h"
#include "models/storage/database.h"

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
