#include "models/planning/roadmaprows.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

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
    QList<int> order(items.size());
    for (int i = 0; i < int(items.size()); ++i)
        order[i] = i;
    QList<RoadmapRow> rows;
    if (grouping == RoadmapGrouping::BySystem) {
        std::stable_sort(order.begin(), order.end(), [&items](int a, int b) {
            const EoslItem &x = items.at(a);
            const EoslItem &y = items.at(b);
            if (x.row.systemCode != y.row.systemCode)
                return x.row.systemCode < y.row.systemCode;
            return eoslLess(x, y);
        });
        QString lastSystem;
        for (int i : std::as_const(order)) {
            const EoslItem &item = items.at(i);
            RoadmapRow row = rowFor(item, i);
            row.label = Rows::tr("%1 · %2 %3")
                            .arg(item.row.systemCode, item.row.component.product,
                                 item.row.component.version);
            row.startsGroup = item.row.systemCode != lastSystem;
            lastSystem = item.row.systemCode;
            rows << row;
        }
        return rows;
    }
    // One row per endoflife.date product and cycle; untied components per product and version.
    // The row takes the dates of the group's most urgent component (the first in eoslLess order).
    std::stable_sort(order.begin(), order.end(),
                     [&items](int a, int b) { return eoslLess(items.at(a), items.at(b)); });
    QMap<QString, int> rowOf;
    for (int i : std::as_const(order)) {
        const EoslItem &item = items.at(i);
        const LifecycleTie &tie = item.row.lifecycle.tie;
        const QString name = tie.isComplete()
            ? Rows::tr("%1 %2").arg(tie.eolProduct, tie.cycle)
            : Rows::tr("%1 %2").arg(item.row.component.product, item.row.component.version);
        const QString key = name.toLower();
        if (const auto it = rowOf.constFind(key); it != rowOf.cend()) {
            RoadmapRow &row = rows[*it];
            row.componentIds << item.row.component.id;
            row.items << i;
            row.label = Rows::tr("%1 (×%2)").arg(name).arg(row.componentIds.size());
            continue;
        }
        RoadmapRow row = rowFor(item, i);
        row.label = name;
        rowOf.insert(key, int(rows.size()));
        rows << row;
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
