// Maintenance windows and blackouts (see planrepository.h).
#include "models/storage/planrepository.h"

#include "models/planning/recurrence.h"
#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/planrepository_p.h"

#include <QSqlQuery>

namespace pp {
namespace {

using namespace Internal::PlanStore;

const QString kWindowEntity = QStringLiteral("maintenance_window");
const QString kBlackoutEntity = QStringLiteral("blackout");
const QString kWindowColumns = QStringLiteral(
    "id, name, system_id, group_name, rrule, dtstart, duration_minutes, timezone, row_version, "
    "updated_at");
const QString kBlackoutColumns = QStringLiteral(
    "id, name, system_id, starts_on, ends_on, reason, row_version, updated_at");
const QString kLocalFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

MaintenanceWindow readWindow(const QSqlQuery &q)
{
    MaintenanceWindow w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.systemId = q.value(2).toLongLong();
    w.groupName = q.value(3).toString();
    w.rrule = q.value(4).toString();
    w.dtstart = QDateTime::fromString(q.value(5).toString(), kLocalFormat);
    w.durationMinutes = q.value(6).toInt();
    w.timeZone = q.value(7).toString();
    w.rowVersion = q.value(8).toInt();
    w.updatedAt = timeOf(q.value(9));
    return w;
}

QVariantList windowValues(const MaintenanceWindow &w)
{
    return {w.name.trimmed(), idValue(w.systemId), w.groupName.trimmed(), w.rrule.trimmed(),
            w.dtstart.toString(kLocalFormat), w.durationMinutes, w.timeZone.trimmed()};
}

Blackout readBlackout(const QSqlQuery &q)
{
    Blackout b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.systemId = q.value(2).toLongLong();
    b.startsOn = dateOf(q.value(3));
    b.endsOn = dateOf(q.value(4));
    b.reason = q.value(5).toString();
    b.rowVersion = q.value(6).toInt();
    b.updatedAt = timeOf(q.value(7));
    return b;
}

QStringList validateBlackout(const Blackout &b)
{
    QStringList problems;
    if (b.name.trimmed().isEmpty())
        problems << PlanRepository::tr("A blackout needs a name.");
    if (!b.startsOn.isValid() || !b.endsOn.isValid())
        problems << PlanRepository::tr("A blackout needs a first and a last day.");
    else if (b.endsOn < b.startsOn)
        problems << PlanRepository::tr("The blackout's last day %1 is before its first day %2.")
                        .arg(b.endsOn.toString(Qt::ISODate), b.startsOn.toString(Qt::ISODate));
    return problems;
}

} // namespace

// --- Maintenance windows ----------------------------------------------------------------------

Result<QList<MaintenanceWindow>> PlanRepository::windows() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM maintenance_windows ORDER BY name, id")
                          .arg(kWindowColumns));
    if (!q)
        return q.error();
    QList<MaintenanceWindow> out;
    while (q->next())
        out << readWindow(*q);
    return out;
}

Result<std::optional<MaintenanceWindow>> PlanRepository::window(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM maintenance_windows WHERE id = ?")
                          .arg(kWindowColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<MaintenanceWindow>();
    return std::optional<MaintenanceWindow>(readWindow(*q));
}

Result<MaintenanceWindow> PlanRepository::insertWindow(const MaintenanceWindow &w)
{
    if (const QStringList problems = validateWindow(w); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    MaintenanceWindow stored;
    Status st = m_db.transaction([&]() -> Status {
        QVariantList binds = windowValues(w);
        binds << Database::nowUtc();
        QString columns = QStringLiteral("name, system_id, group_name, rrule, dtstart, "
                                         "duration_minutes, timezone, updated_at");
        QString marks = inList(int(binds.size()));
        if (w.id > 0) {
            columns.prepend(QLatin1String("id, "));
            marks.prepend(QLatin1String("?, "));
            binds.prepend(w.id);
        }
        auto q = m_db.run(QStringLiteral("INSERT INTO maintenance_windows (%1) VALUES (%2) "
                                         "RETURNING id")
                              .arg(columns, marks),
                          binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The maintenance window \"%1\" was not stored.").arg(w.name));
        const qint64 id = q->value(0).toLongLong();
        q->finish();
        auto reread = window(id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("create"), kWindowEntity, id, {},
                                     stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Result<MaintenanceWindow> PlanRepository::updateWindow(const MaintenanceWindow &w)
{
    if (const QStringList problems = validateWindow(w); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    MaintenanceWindow stored;
    Status st = m_db.transaction([&]() -> Status {
        auto before = window(w.id);
        if (!before)
            return before.error();
        if (!before->has_value())
            return conflict(tr("The maintenance window \"%1\" was deleted by someone else.")
                                .arg(w.name));
        QVariantList binds = windowValues(w);
        binds << Database::nowUtc() << w.id << w.rowVersion;
        if (Status s = guarded(m_db,
                               QStringLiteral("UPDATE maintenance_windows SET name = ?, "
                                              "system_id = ?, group_name = ?, rrule = ?, "
                                              "dtstart = ?, duration_minutes = ?, timezone = ?, "
                                              "updated_at = ?, row_version = row_version + 1 "
                                              "WHERE id = ? AND row_version = ?"),
                               binds,
                               tr("The maintenance window \"%1\" was changed by someone else "
                                  "since you opened it.")
                                   .arg(w.name));
            !s) {
            return s;
        }
        auto reread = window(w.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("update"), kWindowEntity, w.id,
                                     (*before)->toJson(), stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Status PlanRepository::removeWindow(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto before = window(id);
        if (!before)
            return before.error();
        if (!before->has_value())
            return conflict(tr("The maintenance window was already deleted by someone else."));
        if (Status s = guarded(m_db,
                               QStringLiteral("DELETE FROM maintenance_windows WHERE id = ? AND "
                                              "row_version = ?"),
                               {id, expectedVersion},
                               tr("The maintenance window \"%1\" was changed by someone else "
                                  "since you opened it.")
                                   .arg((*before)->name));
            !s) {
            return s;
        }
        return AuditLog(m_db).append(QStringLiteral("delete"), kWindowEntity, id,
                                     (*before)->toJson(), {});
    });
}

Result<QHash<qint64, QList<MaintenanceWindow>>> PlanRepository::windowsOfSystems(
    const QList<qint64> &systemIds) const
{
    QHash<qint64, QList<MaintenanceWindow>> out;
    if (systemIds.isEmpty())
        return out;
    auto all = windows();
    if (!all)
        return all.error();
    QHash<qint64, QList<MaintenanceWindow>> own;
    QHash<QString, QList<MaintenanceWindow>> byGroup;
    for (const MaintenanceWindow &w : std::as_const(*all)) {
        if (w.systemId > 0)
            own[w.systemId] << w;
        else if (!w.groupName.isEmpty())
            byGroup[w.groupName] << w;
    }
    constexpr int kChunk = 500;
    for (int from = 0; from < systemIds.size(); from += kChunk) {
        const QList<qint64> chunk = systemIds.mid(from, kChunk);
        auto q = m_db.run(QStringLiteral("SELECT id, window_schedule FROM systems WHERE id IN "
                                         "(%1)")
                              .arg(inList(int(chunk.size()))),
                          idVariants(chunk));
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            QList<MaintenanceWindow> list = own.value(id);
            list += byGroup.value(q->value(1).toString().trimmed());
            if (!list.isEmpty())
                out.insert(id, list);
        }
    }
    return out;
}

// --- Blackouts --------------------------------------------------------------------------------

Result<QList<Blackout>> PlanRepository::blackouts() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM blackouts ORDER BY starts_on, id")
                          .arg(kBlackoutColumns));
    if (!q)
        return q.error();
    QList<Blackout> out;
    while (q->next())
        out << readBlackout(*q);
    return out;
}

Result<std::optional<Blackout>> PlanRepository::blackout(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM blackouts WHERE id = ?")
                          .arg(kBlackoutColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Blackout>();
    return std::optional<Blackout>(readBlackout(*q));
}

Result<Blackout> PlanRepository::insertBlackout(const Blackout &b)
{
    if (const QStringList problems = validateBlackout(b); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Blackout stored;
    Status st = m_db.transaction([&]() -> Status {
        QVariantList binds{b.name.trimmed(), idValue(b.systemId), dateValue(b.startsOn),
                           dateValue(b.endsOn), b.reason, Database::nowUtc()};
        QString columns = QStringLiteral("name, system_id, starts_on, ends_on, reason, "
                                         "updated_at");
        QString marks = inList(int(binds.size()));
        if (b.id > 0) {
            columns.prepend(QLatin1String("id, "));
            marks.prepend(QLatin1String("?, "));
            binds.prepend(b.id);
        }
        auto q = m_db.run(QStringLiteral("INSERT INTO blackouts (%1) VALUES (%2) RETURNING id")
                              .arg(columns, marks),
                          binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The blackout \"%1\" was not stored.").arg(b.name));
        const qint64 id = q->value(0).toLongLong();
        q->finish();
        auto reread = blackout(id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("create"), kBlackoutEntity, id, {},
                                     stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Blackout> PlanRepository::updateBlackout(const Blackout &b)
{
    if (const QStringList problems = validateBlackout(b); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Blackout stored;
    Status st = m_db.transaction([&]() -> Status {
        auto before = blackout(b.id);
        if (!before)
            return before.error();
        if (!before->has_value())
            return conflict(tr("The blackout \"%1\" was deleted by someone else.").arg(b.name));
        if (Status s = guarded(m_db,
                               QStringLiteral("UPDATE blackouts SET name = ?, system_id = ?, "
                                              "starts_on = ?, ends_on = ?, reason = ?, "
                                              "updated_at = ?, row_version = row_version + 1 "
                                              "WHERE id = ? AND row_version = ?"),
                               {b.name.trimmed(), idValue(b.systemId), dateValue(b.startsOn),
                                dateValue(b.endsOn), b.reason, Database::nowUtc(), b.id,
                                b.rowVersion},
                               tr("The blackout \"%1\" was changed by someone else since you "
                                  "opened it.")
                                   .arg(b.name));
            !s) {
            return s;
        }
        auto reread = blackout(b.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("update"), kBlackoutEntity, b.id,
                                     (*before)->toJson(), stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Status PlanRepository::removeBlackout(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto before = blackout(id);
        if (!before)
            return before.error();
        if (!before->has_value())
            return conflict(tr("The blackout was already deleted by someone else."));
        if (Status s = guarded(m_db,
                               QStringLiteral("DELETE FROM blackouts WHERE id = ? AND "
                                              "row_version = ?"),
                               {id, expectedVersion},
                               tr("The blackout \"%1\" was changed by someone else since you "
                                  "opened it.")
                                   .arg((*before)->name));
            !s) {
            return s;
        }
        return AuditLog(m_db).append(QStringLiteral("delete"), kBlackoutEntity, id,
                                     (*before)->toJson(), {});
    });
}

} // namespace pp
