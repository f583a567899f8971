// Maintenance windows, blackouts, patch plans with their steps and approvals (issue 7). Every
// write runs in one transaction with its audit entry; records users edit carry a row_version and
// a write based on a stale one is refused (ErrorKind::Conflict). The rules (what a valid window
// is, which status may follow which, who may approve) are in models/planning; this class checks
// them before writing and stores the outcome. "Now" is passed in, so that tests move the clock.
#pragma once

#include "models/domain/plan.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace pp {

class Database;

/// Which plans to list.
struct PlanFilter
{
    QList<PlanStatus> statuses; ///< empty: every status
    QDateTime from;             ///< plans whose window ends after it (null: no bound)
    QDateTime to;               ///< plans whose window starts before it (null: no bound)
    qint64 systemId = 0;        ///< plans touching this system (0: any)
};

class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(Database &db) : m_db(db) { }

    // --- Maintenance windows and blackouts ---------------------------------------------------
    Result<QList<MaintenanceWindow>> windows() const;
    Result<std::optional<MaintenanceWindow>> window(qint64 id) const;
    /// Checked with validateWindow() (planning/recurrence.h) first; an id > 0 restores a
    /// deleted window under that id (undo).
    Result<MaintenanceWindow> insertWindow(const MaintenanceWindow &w);
    Result<MaintenanceWindow> updateWindow(const MaintenanceWindow &w);
    Status removeWindow(qint64 id, int expectedVersion);
    /// The windows each system follows: its own (system_id), and the group window its
    /// schedule names (systems.window_schedule = maintenance_windows.group_name). Systems
    /// without any are absent from the result.
    Result<QHash<qint64, QList<MaintenanceWindow>>> windowsOfSystems(
        const QList<qint64> &systemIds) const;

    Result<QList<Blackout>> blackouts() const;
    Result<std::optional<Blackout>> blackout(qint64 id) const;
    Result<Blackout> insertBlackout(const Blackout &b);
    Result<Blackout> updateBlackout(const Blackout &b);
    Status removeBlackout(qint64 id, int expectedVersion);

    // --- Plans ---------------------------------------------------------------------------------
    Result<QList<Plan>> plans(const PlanFilter &filter = {}) const;
    Result<std::optional<Plan>> plan(qint64 id) const;
    /// The steps of a plan in position order, with their dependencies.
    Result<QList<PlanStep>> steps(qint64 planId) const;
    /// Every plan's steps, for the plans in @p planIds (conflict detection over many plans).
    Result<QHash<qint64, QList<PlanStep>>> stepsOfPlans(const QList<qint64> &planIds) const;
    /// The progress of each plan in @p planIds (plan id -> progress; a plan without steps is
    /// left out), from each step's phase and whether it is done: what a list of plans shows,
    /// without reading the steps themselves.
    Result<QHash<qint64, PlanProgress>> progressOfPlans(const QList<qint64> &planIds) const;
    Result<QList<Approval>> approvals(qint64 planId) const;

    /// Stores a new plan (status draft, author = the database user, created now; an id > 0
    /// restores a deleted draft under that id, for undo) with its steps. Steps refer to each other (pairsWithStepId, dependsOn) by position while unsaved:
    /// a negative value -P means "the step at position P" (planning/planrules.h). Refused when
    /// the window ends before it starts, the plan has no system, or a step is invalid.
    Result<Plan> insertPlan(const Plan &p, const QList<PlanStep> &steps, const QDateTime &now);
    /// Updates title, type, window, time zone, description and scope of a plan that still has
    /// p.rowVersion. An approved or scheduled plan goes back to draft (its approval no longer
    /// covers it); a plan in progress or closed cannot be edited.
    Result<Plan> updatePlan(const Plan &p, const QDateTime &now);
    /// Deletes a draft or cancelled plan.
    Status removePlan(qint64 id, int expectedVersion);
    /// Replaces the steps of a plan that still has @p expectedPlanVersion (the step editor
    /// saves the whole list: edits, order, dependencies), in one transaction; the plan's
    /// version moves. Steps keep their ids where given (negative ids refer by position as in
    /// insertPlan()). Only before the plan is in progress.
    Result<QList<PlanStep>> replaceSteps(qint64 planId, int expectedPlanVersion,
                                         const QList<PlanStep> &steps, const QDateTime &now);

    /// Moves a plan to @p to after the checks of planning/planrules.h (transitionProblems);
    /// audited. Approving goes through approve() instead.
    Result<Plan> setStatus(qint64 planId, int expectedVersion, PlanStatus to,
                           const QDateTime &now);
    /// Records an approval decision by the database user (never the author), with the security
    /// checklist: approved -> status approved; rejected -> back to draft; provisional (an
    /// emergency plan) -> stays in review and may start, to be confirmed within 24 hours.
    Result<Approval> approve(qint64 planId, int expectedVersion, ApprovalDecision decision,
                             const SecurityChecklist &checklist, const QString &comment,
                             const QDateTime &now);
    /// Confirms a provisional approval (by someone other than the author); the plan is then
    /// approved if it was still in review.
    Result<Approval> confirmApproval(qint64 approvalId, const QDateTime &now);

    /// Checks off a step of a plan in progress: done at @p doneAt (not after @p now) by the
    /// database user, with notes (the work log). @p done false clears it again.
    Result<PlanStep> setStepDone(qint64 stepId, int expectedVersion, bool done,
                                 const QDateTime &doneAt, const QString &notes,
                                 const QDateTime &now);

    /// The components among @p componentIds that are frozen (their system is frozen, or their
    /// upgrade decision is) and have no approved risk acceptance of their own that runs until
    /// @p today or later: id, system id and "product version".
    struct FrozenRef
    {
        qint64 componentId = 0;
        qint64 systemId = 0;
        QString label;
    };
    Result<QList<FrozenRef>> frozenWithoutAcceptance(const QList<qint64> &componentIds,
                                                     const QDate &today) const;

private:
    /// The plan @p id; a Conflict when it was deleted meanwhile.
    Result<Plan> existingPlan(qint64 id) const;
    /// The plan @p id if it still has @p expectedVersion; a Conflict when it was deleted or
    /// changed meanwhile.
    Result<Plan> planAtVersion(qint64 id, int expectedVersion) const;

    Database &m_db;
};

} // namespace pp
