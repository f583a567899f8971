// The reads the pages run on a BackgroundLoader's worker, so that widgets name what they read
// and never a repository. Each returns a function of the worker's Database that captures only
// values.
#pragma once

#include "models/planning/eosloverview.h"
#include "models/planning/lifecyclestatus.h"
#include "models/result.h"
#include "models/storage/controlrepository.h"
#include "models/storage/inventoryrepository.h"
#include "models/storage/vulnrows.h"

#include <QDate>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>

namespace pp {

class Database;

/// Everything the dashboard shows, read in one go.
struct DashboardData
{
    InventoryStats stats;
    EoslStats eosl;
    LifecycleHorizons horizons;
    FindingCounts findings;
    QList<Gap> gaps;  ///< of the frozen register, distinct
    int frozen = 0;   ///< rows of the frozen register
    int expiring = 0; ///< risk acceptances about to expire
};

/// Every component's EOSL assessment with the horizons it was made against.
struct EoslData
{
    LifecycleHorizons horizons;
    QList<EoslItem> items;
};

/// What the Frozen systems page shows: the register and what its rows are judged by.
struct FrozenRegisterData
{
    QList<FrozenRegisterRow> rows; ///< ControlRepository::frozenRegister(), in its order
    LifecycleHorizons horizons;
    int warningDays = 30; ///< the days before expiry an acceptance is "expiring"
};

namespace BackgroundReads {

/// Workspace::lifecycleHorizons() and Workspace::eoslItems(@p today), on the worker's connection.
std::function<Result<EoslData>(Database &)> eoslItems(QDate today);

/// The dashboard's figures on @p today (the workspace's day): inventory statistics, EOSL
/// overview, finding counts, the frozen register's gaps and expiring acceptances.
std::function<Result<DashboardData>(Database &)> dashboard(QDate today);

/// The Frozen systems page's register on @p today (the workspace's day), with the lifecycle
/// horizons and the acceptance warning days, as Workspace::frozenRegister(),
/// lifecycleHorizons() and acceptanceWarningDays() read them.
std::function<Result<FrozenRegisterData>(Database &)> frozenRegister(QDate today);

/// Workspace::patchRows(@p systemId), on the worker's connection.
std::function<Result<QList<PatchRow>>(Database &)> patchRows(qint64 systemId);

/// Workspace::findingCounts(@p today), on the worker's connection.
std::function<Result<FindingCounts>(Database &)> findingCounts(QDate today);
/// The Calendar page's rows: what is due from @p today until @p until (null: everything), as
/// Workspace::dueItems() reads them.
std::function<Result<QList<DueItem>>(Database &)> dueItems(QDate today, QDate until);

/// File > Export calendar on a worker: exportCalendar() (models/io/calendarexport.h) in its
/// steps, checking @p cancel between them; true when @p path was written, false when cancelled
/// (then nothing was written: the file is replaced atomically at the very end).
std::function<Result<bool>(Database &)> calendarExport(const QString &path, QDate today,
                                                        const QDateTime &now,
                                                        std::shared_ptr<std::atomic_bool> cancel);

} // namespace BackgroundReads
} // namespace pp
