// The rules of patch plans (DESIGN.md section 3; issue 7, items 2, 3 and 6): lead-time
// profiles and their milestones, the timing of steps inside the window, paired steps, the status
// flow and approval. Pure functions: no storage, no clock; "now" is passed in.
//
// Times are instants (QDateTime, UTC when they come from storage); nothing here depends on the
// local zone. Offsets are in minutes of elapsed time, so a milestone 21 days before a window
// that follows a DST change is exactly 21 x 24 hours earlier, not "the same wall-clock time".
//
// Step identity. Saved steps are referred to (dependsOn, pairsWithStepId) by their id (> 0).
// Steps not saved yet (id 0) are referred to by the negative reference -position
// (unsavedStepRef()), so their position must be unique within the plan and at least 1;
// stepsFromTemplates() numbers steps that way. The storage layer turns those references into
// ids when it saves the steps (remapStepRefs()). A reference that matches no step is reported by
// validateDependencies() and ignored by the timing.
#pragma once

#include "models/domain/plan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pp {

// --- Lead-time profiles ------------------------------------------------------------------------

/// The milestone keys, in the order of the flow.
inline constexpr char kMilestoneImpactAssessed[] = "impact_assessed";
inline constexpr char kMilestoneStagingTested[] = "staging_tested";
inline constexpr char kMilestoneSecurityReview[] = "security_review";
inline constexpr char kMilestoneNotice[] = "notice";
inline constexpr char kMilestonePostReview[] = "post_review";
/// The prefix of a milestone step's templateKey: "milestone:" + key.
inline constexpr char kMilestoneTemplatePrefix[] = "milestone:";

/// A milestone of the flow. offsetMinutes counts from the window START for the milestones
/// before the window (negative) and from the window END for the post-implementation review
/// (positive).
struct MilestoneSpec
{
    QString key;
    int offsetMinutes = 0;
    bool operator==(const MilestoneSpec &) const = default;
};

/// The lead times of a plan type (DESIGN.md section 3 table); a setting per type.
struct LeadTimeProfile
{
    QList<MilestoneSpec> milestones; ///< in the order of milestoneKeys()
    bool operator==(const LeadTimeProfile &) const = default;
};

/// The five keys, in flow order: impact_assessed, staging_tested, security_review, notice,
/// post_review.
QStringList milestoneKeys();
/// True for post_review, the only milestone counted from the window's end.
bool isAfterWindowMilestone(const QString &key);
/// Regular: T-21 d, T-14 d, T-10 d, T-7 d, T+3 d. Emergency: T-48 h, T-24 h, T-12 h, T-4 h,
/// T+2 d.
LeadTimeProfile defaultLeadTimes(PlanType type);
/// "Information collected, impact assessed", ... (translated); the key itself when unknown.
QString milestoneTitle(const QString &key);
/// For settings: "impact_assessed=-30240,staging_tested=-20160,...,post_review=4320" (minutes).
QString profileText(const LeadTimeProfile &profile);
/// Reads profileText(): comma-separated key=minutes, spaces ignored. nullopt when empty, a key
/// is unknown or repeated, or a number is not an integer. Milestones come back in flow order;
/// the offsets are not checked (validateProfile()).
std::optional<LeadTimeProfile> parseProfile(const QString &text);
/// Every key known and at most once; the milestones before the window negative and strictly
/// increasing in flow order; the post-implementation review after the window (> 0).
QStringList validateProfile(const LeadTimeProfile &profile);

/// When @p m falls for @p plan: windowStart + offset, or windowEnd + offset for post_review.
QDateTime milestoneTime(const Plan &plan, const MilestoneSpec &m);
/// One StepPhase::Milestone step per milestone of @p profile: templateKey "milestone:" + key,
/// title milestoneTitle(), plannedStart milestoneTime(), duration 0, positions 1, 2, ... (pass
/// the next free position to stepsFromTemplates()).
QList<PlanStep> milestoneSteps(const Plan &plan, const LeadTimeProfile &profile);

// --- Step identity and timing ------------------------------------------------------------------

/// The reference of a step not saved yet: -position.
inline qint64 unsavedStepRef(int position) { return -qint64(position); }
/// How other steps refer to @p s: its id when saved, else unsavedStepRef(position).
qint64 stepRef(const PlanStep &s);
/// The index in @p steps of the step @p ref refers to, or -1.
int indexOfStep(const QList<PlanStep> &steps, qint64 ref);
/// Replaces every reference in dependsOn and pairsWithStepId found in @p refToId (old ref ->
/// new ref), e.g. the unsaved references -3 -> 41 once step 3 was saved as id 41, or -3 -> -2
/// when a step moved up. References not in the map are kept.
QList<PlanStep> remapStepRefs(QList<PlanStep> steps, const QHash<qint64, qint64> &refToId);

/// Unknown references, a step depending on itself, a window step depending on a rollback step
/// (rollback steps may never run), and cycles (each cycle named once). Translated; empty = fine.
QStringList validateDependencies(const QList<PlanStep> &steps);

/// The planned start of every step, in the input order:
/// - milestones keep their plannedStart;
/// - pre, apply and post steps (in position order) start at windowStart, or later when they
///   must wait: for all of their dependsOn steps to end, and, when they have no explicit
///   dependencies, for the previous pre/apply/post step in position order to end. Dependencies
///   on milestones, rollback steps, unknown steps and the edge closing a cycle are ignored;
/// - rollback steps are contingent: they run back to back in position order so that the last
///   one ends at windowEnd, i.e. they start at rollbackDecisionDeadline().
QList<PlanStep> scheduleSteps(QList<PlanStep> steps, const Plan &plan);
/// windowEnd minus the total duration of the rollback steps: the last moment to decide to roll
/// back and still be done inside the window. windowEnd when there are no rollback steps.
QDateTime rollbackDecisionDeadline(const QList<PlanStep> &steps, const Plan &plan);
/// The end of the last pre/apply/post step (as scheduled); null when there is none.
QDateTime plannedFinish(const QList<PlanStep> &steps);

// --- Paired steps ------------------------------------------------------------------------------

/// Every step that suppresses monitoring needs a later (by position) step that restores it, and
/// every step that opens network access a later step that closes it. A step with
/// pairsWithStepId names its partner, which must exist, be later and have the restoring
/// effect; the others are matched in position order with the first later restoring step not
/// already taken. Pairing is checked among the pre/apply/post steps only: rollback steps may
/// never run, so a restore there does not count (rollback templates restore monitoring in their
/// own verification step). One translated sentence per problem, naming the step.
QStringList unpairedSteps(const QList<PlanStep> &steps);

// --- Status flow -------------------------------------------------------------------------------

/// draft -> in_review; in_review -> draft (sent back) | approved; approved -> scheduled;
/// scheduled -> in_progress; in_progress -> done | rolled_back; draft, in_review, approved and
/// scheduled -> cancelled. Nothing else (the emergency shortcut needs the plan: see below).
bool canTransition(PlanStatus from, PlanStatus to);
/// An emergency plan in review may start (in_review -> in_progress) on a provisional approval.
bool canStartOnProvisional(const Plan &plan);
/// canTransition() plus the emergency shortcut for @p plan.
bool canTransition(const Plan &plan, PlanStatus to);
/// The approval in force: the latest decision (by decidedAt) if it is an approval or a
/// confirmed provisional one by someone other than the author; nullopt otherwise (none, or the
/// latest is a rejection or an unconfirmed provisional approval).
std::optional<Approval> effectiveApproval(const Plan &plan, const QList<Approval> &approvals);
/// Why @p plan cannot go to @p to now (translated; empty = it can):
/// - the move must be allowed (canTransition(plan, to));
/// - in_review: steps paired, dependencies valid, at least one apply step, window end after
///   start;
/// - approved: an effectiveApproval();
/// - in_progress: an effectiveApproval(), or for an emergency plan in review the latest decision
///   a provisional approval not overdue (provisionalOverdue());
/// - done: every pre/apply/post step done (rollback steps not needed);
/// - rolled_back: at least one rollback step done.
QStringList transitionProblems(const Plan &plan, PlanStatus to, const QList<PlanStep> &steps,
                               const QList<Approval> &approvals, const QDateTime &now);

// --- Approval ----------------------------------------------------------------------------------

/// Why @p approver cannot record @p decision on @p plan (translated; empty = can):
/// - an approver is named, and is not the author (trimmed, case-insensitive);
/// - the plan is in review; a provisional decision only on an emergency plan;
/// - a rejection needs a @p comment saying why; the checklist is not needed for it;
/// - an approval (full or provisional) needs every checklist question answered; backup and
///   restore confirmed, rollback confirmed and runbook agreeing with the policy answered yes;
///   a changed network reachability or monitoring explained in the checklist's note; and no
///   unpaired steps (unpairedSteps()).
QStringList approvalProblems(const Plan &plan, const QString &approver, ApprovalDecision decision,
                             const SecurityChecklist &checklist, const QString &comment,
                             const QList<PlanStep> &steps);
/// A provisional approval not confirmed 24 hours after it was given.
bool provisionalOverdue(const Approval &approval, const QDateTime &now);
/// Confirming the provisional @p approval of @p plan by @p confirmer: it is provisional and not
/// confirmed yet, and the confirmer is named and is not the author (the provisional approver
/// may confirm), and @p now is not before the approval was given. Late confirmation is allowed
/// (the overdue flag goes away).
QStringList confirmationProblems(const Plan &plan, const Approval &approval,
                                 const QString &confirmer, const QDateTime &now);

} // namespace pp
