#include "models/planning/eosloverview.h"

#include <algorithm>
#include <numeric>
#include <vector>
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
    // Sorted through their indexes, then put in that order in place: std::stable_sort of the
    // items themselves takes a buffer as large as they are (tens of MiB for an estate's 100,000).
    std::vector<int> order(static_cast<size_t>(items.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&items](int a, int b) { return eoslLess(items.at(a), items.at(b)); });
    std::vector<char> placed(order.size(), 0);
    for (size_t start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        // Each cycle of the permutation: position j takes the item at order[j].
        EoslItem first = std::move(items[qsizetype(start)]);
        size_t j = start;
        while (true) {
            placed[j] = 1;
            const size_t from = size_t(order[j]);
            if (from == start) {
                items[qsizetype(j)] = std::move(first);
                break;
            }
            items[qsizetype(j)] = std::move(items[qsizetype(from)]);
            j = from;
        }
    }
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
