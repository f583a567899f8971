#include "models/planning/eosloverview.h"

#include <algorithm>
#include <tuple>

namespace pp {
namespace {

/// Where an EOSL sorts: ended on an unknown date, dated, no end announced, unknown.
int eoslRank(const SupportEnd &e)
{
    switch (e.state) {
    case SupportState::Ended: return 0;
    case SupportState::Date: return e.date.isValid() ? 1 : 3;
    case SupportState::NotAnnounced: return 2;
    case SupportState::Unknown: return 3;
    }
    return 3;
}

} // namespace

QList<EoslItem> assessRows(const QList<LifecycleRow> &rows, QDate today,
                           const LifecycleHorizons &horizons)
{
    QList<EoslItem> items;
    items.reserve(rows.size());
    for (const LifecycleRow &r : rows) {
        EoslItem item;
        item.row = r;
        item.assessment = assessEosl(r.lifecycle.securitySupport.value, today, horizons);
        item.needsDecision = needsDecision(item.assessment.status, r.decision.decision);
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), eoslLess);
    return items;
}

bool eoslLess(const EoslItem &a, const EoslItem &b)
{
    const SupportEnd &ea = a.row.lifecycle.securitySupport.value;
    const SupportEnd &eb = b.row.lifecycle.securitySupport.value;
    const int ra = eoslRank(ea);
    const int rb = eoslRank(eb);
    if (ra != rb)
        return ra < rb;
    if (ra == 1 && ea.date != eb.date)
        return ea.date < eb.date;
    const Component &ca = a.row.component;
    const Component &cb = b.row.component;
    return std::forward_as_tuple(a.row.systemCode, ca.kind, ca.product, ca.version, ca.id)
        < std::forward_as_tuple(b.row.systemCode, cb.kind, cb.product, cb.version, cb.id);
}

qint64 eoslSortKey(const EoslItem &item)
{
    const SupportEnd &e = item.row.lifecycle.securitySupport.value;
    const qint64 rank = eoslRank(e);
    return (rank << 40) + (rank == 1 ? e.date.toJulianDay() : 0); // Julian days < 2^40
}

bool isWithinDays(const EoslItem &item, int days)
{
    if (item.assessment.status == EoslStatus::Past)
        return true;
    return item.assessment.daysLeft && *item.assessment.daysLeft <= days;
}

int EoslStats::count(EoslStatus s) const
{
    switch (s) {
    case EoslStatus::Past: return past;
    case EoslStatus::Within30: return within30;
    case EoslStatus::Within90: return within90;
    case EoslStatus::Within180: return within180;
    case EoslStatus::Within365: return within365;
    case EoslStatus::Supported: return supported;
    case EoslStatus::Unknown: return unknown;
    }
    return 0;
}

int EoslStats::cumulative(EoslStatus s) const
{
    int sum = 0;
    for (EoslStatus b : {EoslStatus::Past, EoslStatus::Within30, EoslStatus::Within90,
                         EoslStatus::Within180, EoslStatus::Within365}) {
        sum += count(b);
        if (b == s)
            return sum;
    }
    return count(s);
}

EoslStats eoslStats(const QList<EoslItem> &items)
{
    EoslStats s;
    for (const EoslItem &item : items) {
        ++s.components;
        switch (item.assessment.status) {
        case EoslStatus::Past:
            ++s.past;
            if (item.row.lifecycle.extendedContract)
                ++s.extendedContract;
            break;
        case EoslStatus::Within30: ++s.within30; break;
        case EoslStatus::Within90: ++s.within90; break;
        case EoslStatus::Within180: ++s.within180; break;
        case EoslStatus::Within365: ++s.within365; break;
        case EoslStatus::Supported: ++s.supported; break;
        case EoslStatus::Unknown: ++s.unknown; break;
        }
        if (item.needsDecision)
            ++s.needsDecision;
        if (item.row.decision.decision == UpgradeDecisionKind::Frozen)
            ++s.frozen;
    }
    return s;
}

} // namespace pp
