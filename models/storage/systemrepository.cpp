#include "models/storage/systemrepository.h"

#include "models/domain/validation.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/database.h"

#include <QSqlQuery>

namespace pp {
namespace {

const QString kEntity = QStringLiteral("system");
const QString kColumns = QStringLiteral(
    "id, code, name, description, owner_team, ops_contact, criticality, environment, exposure, "
    "lifecycle_state, window_schedule, initial_response, escalation_contacts, recovery_policy, "
    "trace_check_procedure, log_short_term, log_long_term, row_version, updated_at");

System systemFrom(const QSqlQuery &q)
{
    System s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.description = q.value(3).toString();
    s.ownerTeam = q.value(4).toString();
    s.opsContact = q.value(5).toString();
    s.criticality = q.value(6).toInt();
    s.environment = fromKey<Environment>(q.value(7).toString()).value_or(Environment::Production);
    s.exposure = fromKey<Exposure>(q.value(8).toString()).value_or(Exposure::Internal);
    s.lifecycleState =
        fromKey<LifecycleState>(q.value(9).toString()).value_or(LifecycleState::Active);
    s.windowSchedule = q.value(10).toString();
    s.profile.initialResponse = q.value(11).toString();
    s.profile.escalationContacts = q.value(12).toString();
    s.profile.recoveryPolicy = q.value(13).toString();
    s.profile.traceCheckProcedure = q.value(14).toString();
    s.profile.logShortTerm = q.value(15).toString();
    s.profile.logLongTerm = q.value(16).toString();
    s.rowVersion = q.value(17).toInt();
    s.updatedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODate);
    return s;
}

/// The editable values, in the order of kColumns after id.
QVariantList editableValues(const System &s)
{
    return {s.code.trimmed(), s.name.trimmed(), s.description, s.ownerTeam, s.opsContact,
            s.criticality, toKey(s.environment), toKey(s.exposure), toKey(s.lifecycleState),
            s.windowSchedule, s.profile.initialResponse, s.profile.escalationContacts,
            s.profile.recoveryPolicy, s.profile.traceCheckProcedure, s.profile.logShortTerm,
            s.profile.logLongTerm};
}

Result<std::optional<System>> findOne(const Database &db, const QString &where,
                                      const QVariant &value)
{
    auto q = db.run(QStringLiteral("SELECT %1 FROM systems WHERE %2 = ?").arg(kColumns, where),
                    {value});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<System>();
    return std::optional<System>(systemFrom(*q));
}

} // namespace

Result<QList<System>> SystemRepository::findAll() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM systems ORDER BY code").arg(kColumns));
    if (!q)
        return q.error();
    QList<System> out;
    while (q->next())
        out << systemFrom(*q);
    return out;
}

Result<std::optional<System>> SystemRepository::findById(qint64 id) const
{
    return findOne(m_db, QStringLiteral("id"), id);
}

Result<std::optional<System>> SystemRepository::findByCode(const QString &code) const
{
    return findOne(m_db, QStringLiteral("code"), code.trimmed());
}

Result<System> SystemRepository::insert(const System &s)
{
    if (const QStringList problems = validate(s); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    System stored;
    Status st = m_db.transaction([&]() -> Status {
        auto existing = findByCode(s.code);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return rejected(tr("A system with the code %1 already exists.").arg(s.code.trimmed()));
        QVariantList binds = editableValues(s);
        binds << Database::nowUtc();
        QString columns = kColumns.mid(4); // without the leading "id, "
        columns.remove(QLatin1String(", row_version"));
        QString placeholders = QStringLiteral("?, ").repeated(binds.size() - 1) + QLatin1Char('?');
        if (s.id > 0) { // restoring a deleted system under its old id (undo)
            columns.prepend(QLatin1String("id, "));
            placeholders.prepend(QLatin1String("?, "));
            binds.prepend(s.id);
        }
        auto q = m_db.run(QStringLiteral("INSERT INTO systems (%1) VALUES (%2) RETURNING id")
                              .arg(columns, placeholders),
                          binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The system was not stored."));
        const qint64 id = q->value(0).toLongLong();
        auto reread = findById(id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("create"), kEntity, id, {}, stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Result<System> SystemRepository::update(const System &s)
{
    if (const QStringList problems = validate(s); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    System stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = findById(s.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The system %1 was deleted by someone else.").arg(s.code));
        const System &before = **current;
        if (before.rowVersion != s.rowVersion) {
            return conflict(tr("The system %1 was changed by someone else since you opened it.")
                                .arg(before.code));
        }
        if (before.code != s.code.trimmed()) {
            auto clash = findByCode(s.code);
            if (!clash)
                return clash.error();
            if (clash->has_value())
                return rejected(tr("A system with the code %1 already exists.").arg(s.code));
        }
        QVariantList binds = editableValues(s);
        binds << Database::nowUtc() << s.id << s.rowVersion;
        auto q = m_db.run(
            QStringLiteral("UPDATE systems SET code = ?, name = ?, description = ?, owner_team = ?, "
                           "ops_contact = ?, criticality = ?, environment = ?, exposure = ?, "
                           "lifecycle_state = ?, window_schedule = ?, initial_response = ?, "
                           "escalation_contacts = ?, recovery_policy = ?, "
                           "trace_check_procedure = ?, log_short_term = ?, log_long_term = ?, "
                           "updated_at = ?, row_version = row_version + 1 "
                           "WHERE id = ? AND row_version = ?"),
            binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The system %1 was changed by someone else.").arg(before.code));
        auto reread = findById(s.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("update"), kEntity, s.id, before.toJson(),
                                     stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Status SystemRepository::remove(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto current = findById(id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The system was already deleted by someone else."));
        const System &before = **current;
        if (before.rowVersion != expectedVersion) {
            return conflict(tr("The system %1 was changed by someone else since you opened it.")
                                .arg(before.code));
        }
        auto components = ComponentRepository(m_db).findBySystem(id);
        if (!components)
            return components.error();
        AuditLog audit(m_db);
        // Each cascaded component is recorded too, so the trail shows what went with it.
        for (const Component &c : *components) {
            if (Status s = audit.append(QStringLiteral("delete"), QStringLiteral("component"), c.id,
                                        c.toJson(), {});
                !s)
                return s;
        }
        auto q = m_db.run(QStringLiteral("DELETE FROM systems WHERE id = ? AND row_version = ?"),
                          {id, expectedVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The system %1 was changed by someone else.").arg(before.code));
        return audit.append(QStringLiteral("delete"), kEntity, id, before.toJson(), {});
    });
}

} // namespace pp
