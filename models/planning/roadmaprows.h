// The rows of the EOSL roadmap and its filter, shared by the Roadmap page, its PDF export from
// the window and `export roadmap --pdf`, so that all three show the same rows in the same order.
// Pure functions: the items are assessed already (planning/eosloverview.h).
#pragma once

#include "models/domain/lifecycle.h"
#include "models/planning/eosloverview.h"
#include "models/planning/lifecyclestatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pp {

/// How the roadmap groups its rows: one row per component, grouped by system, or one row per
/// product cycle (endoflife.date product and cycle, else product and version).
enum class RoadmapGrouping { BySystem, ByProduct };

/// One row of the roadmap: a component, or the components of one product cycle.
struct RoadmapRow
{
    QString label;   ///< plain text: "WEB01 · nginx 1.24" or "nginx 1.24 (×3)"
    QString tooltip; ///< rich text, filled by the screen (empty otherwise)
    EoslStatus status = EoslStatus::Unknown;
    QDate release;   ///< may be invalid (unknown)
    SupportEnd active;
    SupportEnd eosl;
    SupportEnd extended;
    bool contract = false;       ///< an extended-support contract covers it
    bool startsGroup = false;    ///< a separator above (a new system)
    QList<qint64> componentIds;  ///< the components the row stands for
    QList<int> items;            ///< their indexes in the list given to roadmapRows()
};

/// The rows of @p items (in the order the caller shows them, e.g. the table's sort order):
/// by system, sorted by system code and then eoslLess() (stable); by product, sorted by
/// eoslLess(), a group taking the dates of its most urgent component.
QList<RoadmapRow> roadmapRows(const QList<EoslItem> &items, RoadmapGrouping grouping);
/// The same of items held elsewhere (the roadmap's 100,000 rows are not copied to be grouped).
QList<RoadmapRow> roadmapRows(const QList<const EoslItem *> &items, RoadmapGrouping grouping);

/// Which components the roadmap shows. Unset parts let every component through.
struct RoadmapFilter
{
    std::optional<EoslStatus> status;
    bool needsDecision = false; ///< only those that need a decision and have none
    qint64 systemId = 0;        ///< 0: every system
    QString systemCode;         ///< empty: every system (compared case-insensitively)
    QString owner;              ///< empty: every owner team (exact)
    int kind = -1;              ///< -1: every kind, else int(ComponentKind)
    QString text;               ///< words, each contained in one of the row's texts

    bool isEmpty() const;
    bool operator==(const RoadmapFilter &) const = default;
};

/// True when @p filter lets @p item through. The text filter looks at @p texts (the row as the
/// table shows it: roadmapSearchTexts()); the screen's proxy model matches the text itself and
/// passes a filter without text.
bool accepts(const EoslItem &item, const RoadmapFilter &filter, const QStringList &texts = {});
/// The texts of the table's columns for @p item, as the Roadmap page's table displays them.
QStringList roadmapSearchTexts(const EoslItem &item, const LifecycleHorizons &horizons);
/// The items @p filter lets through, in their order.
QList<EoslItem> filterRoadmapItems(const QList<EoslItem> &items, const RoadmapFilter &filter,
                                   const LifecycleHorizons &horizons);

/// The filter in words, translated ("All components" when empty).
QString describeRoadmapFilter(const RoadmapFilter &filter, const LifecycleHorizons &horizons);

} // namespace pp
