// The printed patch plan (issue 8): what operators work from and approvers sign. A cover (title,
// type, status, window with its zone, systems, author, approvals and the security checklist,
// conflicts, sign-off boxes), the scope (systems with their operations profile, components,
// patches, findings with due date and rule), the steps by phase with a checkbox and space for
// initials, the rollback section with its decision deadline, and the timeline drawn by the same
// painter as the screen (models/render/ganttpainter.h), tiled across pages or fitted to one.
//
// loadPlanDocument() reads the database (a handful of queries, bounded by the plan's systems);
// planDocument() is pure and may run on a worker thread.
#pragma once

#include "models/domain/component.h"
#include "models/domain/plan.h"
#include "models/domain/system.h"
#include "models/io/printdocument.h"
#include "models/result.h"
#include "models/storage/vulnrows.h"

#include <QCoreApplication>
#include <QDate>

namespace pp {

class Database;

/// Everything the document shows, read at one moment.
struct PlanDocumentData
{
    Plan plan;
    QList<PlanStep> steps;          ///< as stored (scheduled), in position order
    QList<Approval> approvals;      ///< oldest first
    QList<PlanConflict> conflicts;  ///< on generatedAt
    QList<System> systems;          ///< the plan's systems, by code
    QList<Component> components;    ///< in scope: the plan's components, else its systems'
    QList<PatchRow> patches;        ///< the plan's patches
    QList<FindingRow> findings;     ///< resolved by those patches (or open on the components)
    QDateTime generatedAt;          ///< UTC
    QString generatedBy;
};

/// Reads plan @p planId and its scope. InputRejected when there is no such plan.
Result<PlanDocumentData> loadPlanDocument(Database &db, qint64 planId, const QDateTime &now,
                                          const QString &user);

struct PlanDocumentOptions
{
    bool chartOnly = false; ///< the timeline pages only
    bool fitChart = false;  ///< the whole timeline scaled onto one page instead of tiles
    QDate chartFrom;        ///< first day of the timeline in the plan's zone (null: fit)
    QDate chartTo;          ///< last day, inclusive (null: fit)
};

class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)

public:
    /// The document; pure (no storage, no clock).
    static PrintDocument build(const PlanDocumentData &data, const PlanDocumentOptions &options,
                               const PageSetup &setup);
    /// "plan-12.pdf": a file name for the save dialog.
    static QString fileName(const Plan &plan);
};

/// Reads, builds and writes plan @p planId to @p path (the command line).
Status exportPlanPdf(Database &db, qint64 planId, const QString &path,
                     const PlanDocumentOptions &options, const PageSetup &setup,
                     const QDateTime &now, const QString &user, int *pages = nullptr);

} // namespace pp
