#include "models/planning/roadmaprows.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace pp {
namespace {

/// Strings of the rows, in one translation context.
struct Rows
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapRows)
};

RoadmapRow rowFor(const EoslItem &item, int index)
{
    const ComponentLifecycle &l = item.row.lifecycle;
    RoadmapRow row;
    row.status = item.assessment.status;
    row.release = l.releaseDate.value;
    row.active = l.activeSupport.value;
    row.eosl = l.securitySupport.value;
    row.extended = l.extendedSupport.value;
    row.contract = l.extendedContract;
    row.componentIds = {item.row.component.id};
    row.items = {index};
    return row;
}

/// As EoslTableModel::supportEndText() shows it (same translations).
QString supportEndText(const SupportEnd &e)
{
    switch (e.state) {
    case SupportState::Date: return e.date.toString(Qt::ISODate);
    case SupportState::Ended: return QCoreApplication::translate("pp::EoslTableModel", "ended");
    case SupportState::NotAnnounced:
        return QCoreApplication::translate("pp::EoslTableModel", "not announced");
    case SupportState::Unknown: return QCoreApplication::translate("pp::EoslTableModel", "unknown");
    }
    return {};
}

} // namespace

QList<RoadmapRow> roadmapRows(const QList<EoslItem> &items, RoadmapGrouping grouping)
{
    QList<const EoslItem *> pointers;
    pointers.reserve(items.size());
    for (const EoslItem &item : items)
        pointers << &item;
    return roadmapRows(pointers, grouping);
}

QList<RoadmapRow> roadmapRows(const QList<const EoslItem *> &items, RoadmapGrouping grouping)
{
    // Sorting 100,000 items by system code and eoslLess() compares strings millions of times.
    // Each text the order reads (system code, product, version) is ranked once instead: its
    // distinct values sorted as QString's operator< orders them. The EOSL becomes a number
    // (eoslSortKey()). The comparison then reads numbers only, with eoslLess()'s outcome.
    const int n = int(items.size());
    const auto rankTexts = [&items, n](auto textOf) {
        QHash<QString, int> index;
        QStringList distinct;
        std::vector<int> rank(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            const QString &text = textOf(*items.at(i));
            const auto it = index.constFind(text);
            if (it != index.cend()) {
                rank[size_t(i)] = *it;
            } else {
                rank[size_t(i)] = int(distinct.size());
                index.insert(text, int(distinct.size()));
                distinct << text;
            }
        }
        std::vector<int> sorted(static_cast<size_t>(distinct.size()));
        std::iota(sorted.begin(), sorted.end(), 0);
        std::sort(sorted.begin(), sorted.end(),
                  [&distinct](int a, int b) { return distinct.at(a) < distinct.at(b); });
        std::vector<int> rankOf(sorted.size());
        for (size_t r = 0; r < sorted.size(); ++r)
            rankOf[size_t(sorted[r])] = int(r);
        for (int &r : rank)
            r = rankOf[size_t(r)];
        return rank;
    };
    const std::vector<int> systemRank
        = rankTexts([](const EoslItem &item) -> const QString & { return item.row.systemCode; });
    const std::vector<int> productRank = rankTexts(
        [](const EoslItem &item) -> const QString & { return item.row.component.product; });
    const std::vector<int> versionRank = rankTexts(
        [](const EoslItem &item) -> const QString & { return item.row.component.version; });
    std::vector<qint64> eoslKey(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        eoslKey[size_t(i)] = eoslSortKey(*items.at(i));
    // eoslLess() after the EOSL: system code, kind, product, version, id.
    const auto restLess = [&](int a, int b) {
        const Component &ca = items.at(a)->row.component;
        const Component &cb = items.at(b)->row.component;
        return std::make_tuple(systemRank[size_t(a)], int(ca.kind), productRank[size_t(a)],
                               versionRank[size_t(a)], ca.id)
            < std::make_tuple(systemRank[size_t(b)], int(cb.kind), productRank[size_t(b)],
                              versionRank[size_t(b)], cb.id);
    };

    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    QList<RoadmapRow> rows;
    rows.reserve(n);
    if (grouping == RoadmapGrouping::BySystem) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if (systemRank[size_t(a)] != systemRank[size_t(b)])
                return systemRank[size_t(a)] < systemRank[size_t(b)];
            if (eoslKey[size_t(a)] != eoslKey[size_t(b)])
                return eoslKey[size_t(a)] < eoslKey[size_t(b)];
            return restLess(a, b);
        });
        const QString pattern = Rows::tr("%1 · %2 %3");
        int lastSystem = -1;
        for (int i : std::as_const(order)) {
            const EoslItem &item = *items.at(i);
            RoadmapRow row = rowFor(item, i);
            row.label = pattern.arg(item.row.systemCode, item.row.component.product,
                                    item.row.component.version);
            row.startsGroup = systemRank[size_t(i)] != lastSystem;
            lastSystem = systemRank[size_t(i)];
            rows << row;
        }
        return rows;
    }
    // One row per endoflife.date product and cycle; untied components per product and version.
    // The row takes the dates of the group's most urgent component (the first in eoslLess order).
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (eoslKey[size_t(a)] != eoslKey[size_t(b)])
            return eoslKey[size_t(a)] < eoslKey[size_t(b)];
        return restLess(a, b);
    });
    const QString namePattern = Rows::tr("%1 %2");
    const QString groupPattern = Rows::tr("%1 (×%2)");
    QHash<QString, int> rowOf;
    QList<QString> names; // row -> its name, for the label of a growing group
    for (int i : std::as_const(order)) {
        const EoslItem &item = *items.at(i);
        const LifecycleTie &tie = item.row.lifecycle.tie;
        const QString name = tie.isComplete()
            ? namePattern.arg(tie.eolProduct, tie.cycle)
            : namePattern.arg(item.row.component.product, item.row.component.version);
        const QString key = name.toLower();
        if (const auto it = rowOf.constFind(key); it != rowOf.cend()) {
            RoadmapRow &row = rows[*it];
            row.componentIds << item.row.component.id;
            row.items << i;
            names[*it] = name; // the label names the group as its latest member does
            continue;
        }
        RoadmapRow row = rowFor(item, i);
        row.label = name;
        rowOf.insert(key, int(rows.size()));
        names << name;
        rows << row;
    }
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).componentIds.size() > 1)
            rows[r].label = groupPattern.arg(names.at(r)).arg(rows.at(r).componentIds.size());
    }
    return rows;
}

bool RoadmapFilter::isEmpty() const
{
    return !status && !needsDecision && systemId == 0 && systemCode.isEmpty() && owner.isEmpty()
        && kind < 0 && text.trimmed().isEmpty();
}

bool accepts(const EoslItem &item, const RoadmapFilter &filter, const QStringList &texts)
{
    if (filter.status && item.assessment.status != *filter.status)
        return false;
    if (filter.needsDecision && !item.needsDecision)
        return false;
    if (filter.systemId != 0 && item.row.component.systemId != filter.systemId)
        return false;
    if (!filter.systemCode.isEmpty()
        && item.row.systemCode.compare(filter.systemCode, Qt::CaseInsensitive) != 0)
        return false;
    if (!filter.owner.isEmpty() && item.row.ownerTeam != filter.owner)
        return false;
    if (filter.kind >= 0 && int(item.row.component.kind) != filter.kind)
        return false;
    // As FilterProxyModel: every word in some cell, case-insensitively.
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool found = std::any_of(texts.cbegin(), texts.cend(), [&word](const QString &t) {
            return t.contains(word, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

QStringList roadmapSearchTexts(const EoslItem &item, const LifecycleHorizons &horizons)
{
    // The columns of EoslTableModel, in its order, as its Qt::DisplayRole shows them.
    const LifecycleRow &r = item.row;
    const ComponentLifecycle &l = r.lifecycle;
    QString extended = supportEndText(l.extendedSupport.value);
    if (l.extendedContract)
        extended = QCoreApplication::translate("pp::EoslTableModel", "%1 (contract)").arg(extended);
    QString decision;
    if (item.needsDecision)
        decision = QCoreApplication::translate("pp::EoslTableModel", "Needed");
    else if (r.decision.decision != UpgradeDecisionKind::None)
        decision = displayName(r.decision.decision);
    return {r.systemCode,
            displayName(r.component.kind),
            r.component.product,
            r.component.version,
            l.tie.eolProduct,
            l.tie.cycle,
            l.releaseDate.value.isValid() ? l.releaseDate.value.toString(Qt::ISODate) : QString(),
            supportEndText(l.activeSupport.value),
            supportEndText(l.securitySupport.value),
            extended,
            displayName(item.assessment.status, horizons),
            item.assessment.daysLeft ? QLocale().toString(*item.assessment.daysLeft) : QString(),
            decision};
}

QList<EoslItem> filterRoadmapItems(const QList<EoslItem> &items, const RoadmapFilter &filter,
                                   const LifecycleHorizons &horizons)
{
    QList<EoslItem> kept;
    const bool needTexts = !filter.text.trimmed().isEmpty();
    for (const EoslItem &item : items) {
        if (accepts(item, filter, needTexts ? roadmapSearchTexts(item, horizons) : QStringList()))
            kept << item;
    }
    return kept;
}

QString describeRoadmapFilter(const RoadmapFilter &filter, const LifecycleHorizons &horizons)
{
    QStringList parts;
    if (filter.status)
        parts << Rows::tr("status: %1").arg(displayName(*filter.status, horizons));
    if (filter.needsDecision)
        parts << Rows::tr("needs a decision");
    if (!filter.systemCode.isEmpty())
        parts << Rows::tr("system: %1").arg(filter.systemCode);
    if (!filter.owner.isEmpty())
        parts << Rows::tr("owner: %1").arg(filter.owner);
    if (filter.kind >= 0)
        parts << Rows::tr("kind: %1").arg(displayName(ComponentKind(filter.kind)));
    if (!filter.text.trimmed().isEmpty())
        parts << Rows::tr("text: “%1”").arg(filter.text.trimmed());
    if (parts.isEmpty())
        return Rows::tr("All components");
    return Rows::tr("Only components with %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace pp
