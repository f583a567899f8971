// The EOSL overview of the estate: every component assessed against today and the horizons,
// sorted for the roadmap and `report eosl`, and the counts the dashboard shows. Pure functions:
// rows, today and horizons are passed in.
#pragma once

#include "models/domain/lifecycle.h"
#include "models/planning/lifecyclestatus.h"

#include <QDate>
#include <QList>

namespace pp {

/// One component assessed.
struct EoslItem
{
    LifecycleRow row;
    EoslAssessment assessment;  ///< status and days left, from the effective EOSL
    bool needsDecision = false; ///< past EOSL or within the farthest horizon, and no decision
};

/// Assesses every row on @p today and sorts them by eoslLess().
QList<EoslItem> assessRows(const QList<LifecycleRow> &rows, QDate today,
                           const LifecycleHorizons &horizons);

/// The order of the roadmap and `report eosl`, by EOSL: ended on an unknown date first (it lies
/// in the past), then EOSL dates ascending, then "no end announced", then unknown; equal ones by
/// system code, kind, product, version and id.
bool eoslLess(const EoslItem &a, const EoslItem &b);

/// eoslLess()'s first criterion, the EOSL, as a number: a smaller key sorts first; items of
/// equal keys are ordered by the rest of eoslLess() (system code, kind, ...).
qint64 eoslSortKey(const EoslItem &item);

/// True when @p item is past EOSL (a date before today, or ended on an unknown date) or its
/// EOSL is within @p days from today (0 = today). No end announced and unknown are never within.
bool isWithinDays(const EoslItem &item, int days);

/// The dashboard's counts (issue 4, item 6).
struct EoslStats
{
    int components = 0;
    int past = 0;      ///< past EOSL (also ended on an unknown date)
    int within30 = 0;  ///< ending within the first horizon (each band excludes the nearer ones)
    int within90 = 0;
    int within180 = 0;
    int within365 = 0;
    int supported = 0; ///< beyond the farthest horizon, or no end announced
    int unknown = 0;   ///< no EOSL known (no tie, no imported or manual date)
    int needsDecision = 0;    ///< past or within the farthest horizon, without a decision
    int frozen = 0;           ///< components whose decision is Frozen
    int extendedContract = 0; ///< past EOSL and covered by an extended-support contract

    int count(EoslStatus s) const;
    /// Past plus every band up to and including @p s (e.g. Within90: past, d30 and d90).
    int cumulative(EoslStatus s) const;
};

EoslStats eoslStats(const QList<EoslItem> &items);

} // namespace pp
