// LifecycleRepository: the dates typed by hand for a component (ManualLifecycle).
#include "models/storage/lifecyclerepository.h"

#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/lifecyclerepository_p.h"

#include <QSqlQuery>

namespace pp {

using namespace pp::Internal;

// --- Dates typed by hand ----------------------------------------------------------------

namespace {

const QString kManualColumns = QStringLiteral(
    "component_id, release_override, release_date, release_set_by, release_set_at, "
    "active_override, active_support_end, active_set_by, active_set_at, security_override, "
    "security_support_end, security_set_by, security_set_at, extended_override, "
    "extended_support_end, extended_set_by, extended_set_at, extended_contract, row_version");

std::optional<SupportEnd> overrideFrom(const QSqlQuery &q, int stateCol)
{
    if (q.value(stateCol).isNull())
        return std::nullopt;
    return supportFrom(q.value(stateCol), q.value(stateCol + 1));
}

ManualLifecycle manualFrom(const QSqlQuery &q)
{
    ManualLifecycle m;
    m.componentId = q.value(0).toLongLong();
    if (q.value(1).toInt() != 0 && dateFrom(q.value(2)).isValid()) {
        m.releaseDate = dateFrom(q.value(2));
        m.releaseSource = manualSource(q.value(3), q.value(4));
    }
    m.activeSupport = overrideFrom(q, 5);
    if (m.activeSupport)
        m.activeSource = manualSource(q.value(7), q.value(8));
    m.securitySupport = overrideFrom(q, 9);
    if (m.securitySupport)
        m.securitySource = manualSource(q.value(11), q.value(12));
    m.extendedSupport = overrideFrom(q, 13);
    if (m.extendedSupport)
        m.extendedSource = manualSource(q.value(15), q.value(16));
    m.extendedContract = q.value(17).toInt() != 0;
    m.rowVersion = q.value(18).toInt();
    return m;
}

/// The stored manual values and whether a row exists at all (a row with version 0 holds only an
/// automatic tie).
Result<std::pair<bool, ManualLifecycle>> readManual(const Database &db, qint64 componentId)
{
    auto q = db.run(QStringLiteral("SELECT %1 FROM component_lifecycle WHERE component_id = ?")
                        .arg(kManualColumns),
                    {componentId});
    if (!q)
        return q.error();
    if (!q->next()) {
        ManualLifecycle m;
        m.componentId = componentId;
        return std::pair<bool, ManualLifecycle>(false, m);
    }
    return std::pair<bool, ManualLifecycle>(true, manualFrom(*q));
}

QVariantList overrideValues(const std::optional<SupportEnd> &v, const LifecycleSource &src)
{
    if (!v)
        return {QVariant(), QVariant(), QString(), QVariant()};
    const SupportEnd e = normalized(*v);
    return {toKey(e.state), storedDate(e.date), src.by, storedTime(src.at)};
}

QString checkManual(const ManualLifecycle &m)
{
    if (m.releaseDate && !m.releaseDate->isValid())
        return LifecycleRepository::tr("The release date is not a valid date.");
    for (const auto &[field, value] :
         {std::pair{LifecycleField::ActiveSupport, m.activeSupport},
          std::pair{LifecycleField::SecuritySupport, m.securitySupport},
          std::pair{LifecycleField::ExtendedSupport, m.extendedSupport}}) {
        if (value && value->state == SupportState::Date && !value->date.isValid())
            return LifecycleRepository::tr("%1: give a valid date, or choose ended, not announced "
                                           "or unknown.")
                .arg(displayName(field));
    }
    return {};
}

} // namespace

Result<ManualLifecycle> LifecycleRepository::manual(qint64 componentId) const
{
    auto r = readManual(m_db, componentId);
    if (!r)
        return r.error();
    return r->second;
}

Result<ManualLifecycle> LifecycleRepository::saveManual(const ManualLifecycle &m)
{
    if (const QString problem = checkManual(m); !problem.isEmpty())
        return rejected(problem);
    ManualLifecycle stored;
    Status st = m_db.transaction([&]() -> Status {
        auto exists = m_db.run(QStringLiteral("SELECT id FROM components WHERE id = ?"),
                               {m.componentId});
        if (!exists)
            return exists.error();
        if (!exists->next())
            return conflict(tr("The component was deleted by someone else."));
        auto current = readManual(m_db, m.componentId);
        if (!current)
            return current.error();
        // Named members, not a structured binding: clang 14 cannot capture one in a lambda.
        const bool hasRow = current->first;
        const ManualLifecycle &before = current->second;
        if (before.rowVersion != m.rowVersion) {
            return conflict(tr("The lifecycle dates of this component were changed by someone "
                               "else since you opened them."));
        }
        stored = m;
        stored.rowVersion = before.rowVersion;
        if (before.sameContent(m)) {
            stored = before;
            return {};
        }
        // Who set a field and when changes only with the field.
        LifecycleSource now;
        now.kind = LifecycleSource::Kind::Manual;
        now.by = m_db.actor();
        now.at = timeFrom(Database::nowUtc());
        auto sourceOf = [&](LifecycleField f, const LifecycleSource &old) {
            if (!m.hasOverride(f))
                return LifecycleSource{};
            return before.value(f) == m.value(f) ? old : now;
        };
        stored.releaseSource = sourceOf(LifecycleField::ReleaseDate, before.releaseSource);
        stored.activeSource = sourceOf(LifecycleField::ActiveSupport, before.activeSource);
        stored.securitySource = sourceOf(LifecycleField::SecuritySupport, before.securitySource);
        stored.extendedSource = sourceOf(LifecycleField::ExtendedSupport, before.extendedSource);

        QVariantList values{m.releaseDate ? 1 : 0,
                            storedDate(m.releaseDate.value_or(QDate())),
                            stored.releaseSource.by, storedTime(stored.releaseSource.at)};
        values << overrideValues(m.activeSupport, stored.activeSource)
               << overrideValues(m.securitySupport, stored.securitySource)
               << overrideValues(m.extendedSupport, stored.extendedSource);
        // The version 2 column keeps its meaning: the manual EOSL state, or unknown.
        values << (m.extendedContract ? 1 : 0)
               << (m.securitySupport ? toKey(m.securitySupport->state) : QStringLiteral("unknown"))
               << Database::nowUtc();
        const QString set = QStringLiteral(
            "release_override = ?, release_date = ?, release_set_by = ?, release_set_at = ?, "
            "active_override = ?, active_support_end = ?, active_set_by = ?, active_set_at = ?, "
            "security_override = ?, security_support_end = ?, security_set_by = ?, "
            "security_set_at = ?, extended_override = ?, extended_support_end = ?, "
            "extended_set_by = ?, extended_set_at = ?, extended_contract = ?, "
            "security_support_state = ?, updated_at = ?");
        if (!hasRow) {
            QString columns = set;
            columns.remove(QStringLiteral(" = ?"));
            auto q = m_db.run(QStringLiteral("INSERT INTO component_lifecycle (%1, source, "
                                             "source_date, row_version, component_id) VALUES "
                                             "(%2?, ?, 1, ?)")
                                  .arg(columns, QStringLiteral("?, ").repeated(values.size())),
                              values + QVariantList{QStringLiteral("manual"),
                                                    storedDate(QDate::currentDate()),
                                                    m.componentId});
            if (!q)
                return q.error();
        } else {
            auto q = m_db.run(QStringLiteral("UPDATE component_lifecycle SET %1, "
                                             "row_version = row_version + 1 WHERE "
                                             "component_id = ? AND row_version = ?")
                                  .arg(set),
                              values + QVariantList{m.componentId, m.rowVersion});
            if (!q)
                return q.error();
            if (q->numRowsAffected() != 1)
                return conflict(tr("The lifecycle dates of this component were changed by "
                                   "someone else."));
        }
        stored.rowVersion = before.rowVersion + 1;
        QJsonObject after = stored.toJson();
        return AuditLog(m_db).append(hasRow && before.rowVersion > 0 ? QStringLiteral("update")
                                                                     : QStringLiteral("create"),
                                     QStringLiteral("component_lifecycle"), m.componentId,
                                     before.rowVersion > 0 ? before.toJson() : QJsonObject(),
                                     after);
    });
    if (!st)
        return st.error();
    return stored;
}

Result<ManualLifecycle> LifecycleRepository::setManualValue(qint64 componentId,
                                                            LifecycleField field,
                                                            const std::optional<SupportEnd> &value,
                                                            int expectedRowVersion)
{
    if (field == LifecycleField::ReleaseDate && value
        && (value->state != SupportState::Date || !value->date.isValid()))
        return rejected(tr("The release date can only be set to a date."));
    auto current = manual(componentId);
    if (!current)
        return current.error();
    ManualLifecycle m = *current;
    // The caller's version decides: a change read from an older version is a conflict.
    m.rowVersion = expectedRowVersion;
    m.setValue(field, value);
    return saveManual(m);
}

} // namespace pp
