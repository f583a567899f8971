#include "models/itemmodels/backgroundreads.h"

#include "models/io/calendarexport.h"
#include "models/planning/controlrules.h"
#include "models/storage/findingrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/settingsrepository.h"
#include "models/tr.h"

#include <QSaveFile>

namespace pp::BackgroundReads {

std::function<Result<QList<PatchRow>>(Database &)> patchRows(qint64 systemId)
{
    return [systemId](Database &db) { return FindingRepository(db).patchRows(systemId); };
}

std::function<Result<FindingCounts>(Database &)> findingCounts(QDate today)
{
    return [today](Database &db) { return FindingRepository(db).counts(today); };
}

std::function<Result<QList<DueItem>>(Database &)> dueItems(QDate today, QDate until)
{
    return [today, until](Database &db) { return ControlRepository(db).dueItems(today, until); };
}

std::function<Result<EoslData>(Database &)> eoslItems(QDate today)
{
    return [today](Database &db) -> Result<EoslData> {
        auto horizons = SettingsRepository(db).lifecycleHorizons();
        if (!horizons)
            return horizons.error();
        auto rows = LifecycleRepository(db).rows();
        if (!rows)
            return rows.error();
        return EoslData{*horizons, assessRows(*rows, today, *horizons)};
    };
}

std::function<Result<FrozenRegisterData>(Database &)> frozenRegister(QDate today)
{
    return [today](Database &db) -> Result<FrozenRegisterData> {
        FrozenRegisterData d;
        auto rows = ControlRepository(db).frozenRegister(today);
        if (!rows)
            return rows.error();
        d.rows = std::move(*rows);
        auto horizons = SettingsRepository(db).lifecycleHorizons();
        if (!horizons)
            return horizons.error();
        d.horizons = *horizons;
        auto warningDays = SettingsRepository(db).acceptanceWarningDays();
        if (!warningDays)
            return warningDays.error();
        d.warningDays = *warningDays;
        return d;
    };
}

std::function<Result<DashboardData>(Database &)> dashboard(QDate today)
{
    return [today](Database &db) -> Result<DashboardData> {
        DashboardData d;
        auto stats = InventoryRepository(db).stats();
        if (!stats)
            return stats.error();
        d.stats = *stats;
        // As Workspace::eoslItems(): every component assessed against the stored horizons.
        auto rows = LifecycleRepository(db).rows();
        if (!rows)
            return rows.error();
        auto horizons = SettingsRepository(db).lifecycleHorizons();
        if (!horizons)
            return horizons.error();
        d.horizons = *horizons;
        d.eosl = eoslStats(assessRows(*rows, today, *horizons));
        auto counts = FindingRepository(db).counts(today);
        if (!counts)
            return counts.error();
        d.findings = *counts;
        // The register once: its rows are counted and their gaps derived from them.
        ControlRepository controls(db);
        auto reg = controls.frozenRegister(today);
        if (!reg)
            return reg.error();
        d.gaps = distinctGaps(*reg);
        d.frozen = int(reg->size());
        auto acceptances = controls.acceptances();
        if (!acceptances)
            return acceptances.error();
        auto warningDays = SettingsRepository(db).acceptanceWarningDays();
        if (!warningDays)
            return warningDays.error();
        for (const RiskAcceptance &a : std::as_const(*acceptances)) {
            if (acceptanceState(a, today, *warningDays) == AcceptanceState::Expiring)
                ++d.expiring;
        }
        return d;
    };
}

std::function<Result<bool>(Database &)> calendarExport(const QString &path, QDate today,
                                                        const QDateTime &now,
                                                        std::shared_ptr<std::atomic_bool> cancel)
{
    return [path, today, now, cancel](Database &db) -> Result<bool> {
        auto feed = gatherCalendarFeed(db, today, now);
        if (!feed)
            return feed.error();
        if (cancel && *cancel)
            return false;
        const QByteArray bytes = buildCalendar(*feed);
        if (bytes.isEmpty())
            return fail(Tr::tr("The calendar could not be written."));
        if (cancel && *cancel)
            return false;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
        if (file.write(bytes) != bytes.size()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return fail(Tr::tr("Cannot write %1: %2").arg(path, reason));
        }
        if (!file.commit())
            return fail(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return true;
    };
}

} // namespace pp::BackgroundReads
