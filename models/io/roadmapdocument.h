// The EOSL roadmap as a printed document (`export roadmap --pdf`, and Export PDF / Print on the
// Roadmap page): a first page with the filter in words and the counts per status, the chart
// (models/render/roadmappainter.h) over as many pages as its rows need, then the table of the
// components in the order of `report eosl`.
//
// Two steps, so that the window can build on a worker thread: gatherRoadmapData() reads the
// database (the command line; the window passes copies of the rows it shows), and
// roadmapDocument() builds the document from plain values only.
#pragma once

#include "models/io/printdocument.h"
#include "models/planning/eosloverview.h"
#include "models/planning/roadmaprows.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pp {

class Database;

/// What the document shows: the components that passed the filter (any order: the chart groups
/// them as the screen does, the table sorts them as `report eosl`).
struct RoadmapDocumentData
{
    QList<EoslItem> items;
    LifecycleHorizons horizons;
    QDate today;
    RoadmapFilter filter;   ///< described on the first page
    int totalComponents = 0; ///< in the estate, before the filter
    QDateTime generatedAt;  ///< local time with its offset; null: now
    QString generatedBy;    ///< the user, when known
};

struct RoadmapDocumentOptions
{
    PageSetup setup = defaultSetup();
    RoadmapGrouping grouping = RoadmapGrouping::BySystem;
    QDate chartFrom; ///< null: today − 4 years
    QDate chartTo;   ///< null: today + 6 years
    bool chartOnly = false;

    /// A4 landscape: the chart reads across.
    static PageSetup defaultSetup();
};

/// Every component assessed on @p today with the stored horizons, filtered by @p filter.
Result<RoadmapDocumentData> gatherRoadmapData(Database &db, const QDate &today,
                                              const RoadmapFilter &filter);

/// The document (pure: no storage, safe on a worker thread).
PrintDocument roadmapDocument(const RoadmapDocumentData &data,
                              const RoadmapDocumentOptions &options);

/// Strings of the document, in one translation context.
struct RoadmapDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapDocument)
};

} // namespace pp
