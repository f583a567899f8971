// What the window and the command line do with plans beyond storing them (issue 7): create a
// plan from patches or systems with its milestones and steps from the templates, propose the
// next windows, gather everything the conflict rules need, and close a plan as done (versions
// recorded, findings resolved, components matched again). Uses storage (models/storage), the
// pure rules (models/planning) and matching (models/io/vulnimport); no widgets.
#pragma once

#include "models/domain/plan.h"
#include "models/planning/recurrence.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace pp {

class Database;

/// What `plan create` and the plan wizard ask for.
struct NewPlanRequest
{
    PlanType type = PlanType::Regular;
    QDateTime windowStart;   ///< an instant
    QDateTime windowEnd;     ///< null: the end of the maintenance window that contains the
                             ///< start, else the start plus 4 hours
    QList<qint64> systemIds; ///< may be empty when patches are given (their systems are used)
    QList<qint64> patchIds;  ///< empty: every pending patch of the systems
    QString title;           ///< empty: "Regular patching 2026-12-13 (ERP-01, EDI-01)"
    QString timeZone;        ///< IANA id; empty: the zone of the systems' maintenance window,
                             ///< else this computer's
    bool onSite = false;
    QString language;        ///< "ja": step titles in Japanese; else English
};

/// A window the wizard proposes, with how many conflicts a plan in it would have.
struct WindowProposal
{
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC
    QString windowName;
    QList<PlanConflict> conflicts;
};

/// What completing a plan changed.
struct PlanCompletion
{
    int componentsUpdated = 0; ///< versions set to the patches' target versions
    int findingsResolved = 0;
};

class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(PlanService)

public:
    explicit PlanService(Database &db) : m_db(db) { }

    /// Creates a draft plan: scope from the patches (their components and systems) or from
    /// the systems (their pending patches), the window, the milestones of the type's lead-time
    /// profile and the steps of the templates that apply to the components' kinds, timed.
    Result<Plan> create(const NewPlanRequest &request, const QDateTime &now);

    /// Up to @p count windows in which every one of @p systemIds has a maintenance window,
    /// starting after the type's lead time from @p now, earliest first, each with the conflicts
    /// a plan of @p type for @p patchIds would have there (so the wizard can pick the first
    /// clean one and show why others are not).
    Result<QList<WindowProposal>> proposeWindows(const QList<qint64> &systemIds,
                                                 const QList<qint64> &patchIds, PlanType type,
                                                 const QDateTime &now, int count = 6);

    /// The conflicts of a plan (DESIGN.md section 3) on @p now.
    Result<QList<PlanConflict>> conflicts(qint64 planId, const QDateTime &now);
    /// The conflicts of every plan that is not done, rolled back or cancelled, by window.
    Result<QList<PlanConflict>> openConflicts(const QDateTime &now);

    /// Closes a plan in progress as done: the components of its upgrade patches get the target
    /// versions, the open findings its patches resolve are resolved, the changed components
    /// are matched again, and the plan is done; all in one transaction, audited.
    Result<PlanCompletion> complete(qint64 planId, int expectedVersion, const QDateTime &now);

private:
    struct Context; // what every plan's conflicts share, loaded once (planservice_conflicts.cpp)
    Status loadContext(Context &context);
    Result<QList<PlanConflict>> conflictsFor(const Plan &plan, const QList<PlanStep> &steps,
                                             const QDateTime &now, Context &context);
    /// The conflicts a new plan of @p type over @p systemIds / @p patchIds would have.
    Result<QList<PlanConflict>> conflictsOf(const QList<qint64> &systemIds,
                                            const QList<qint64> &patchIds, PlanType type,
                                            const QDateTime &start, const QDateTime &end,
                                            const QDateTime &now);

    Database &m_db;
};

} // namespace pp
