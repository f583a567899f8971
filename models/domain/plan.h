// Maintenance windows, blackouts, patch plans, their steps and approvals (DESIGN.md sections 2
// and 3; issue 7). Plain values: the rules are in models/planning/, storage in models/storage/.
//
// Times: a plan's window and its steps are instants (QDateTime in UTC once stored) shown in the
// plan's time zone; a maintenance window is a local wall-clock rule (RRULE) in its own zone;
// blackouts and holidays are calendar days.
#pragma once

#include "models/domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pp {

enum class PlanType { Regular, Emergency };
enum class PlanStatus { Draft, InReview, Approved, Scheduled, InProgress, Done, RolledBack,
                        Cancelled };
/// Milestone: a lead-time milestone before or after the window (T-21 d ... T+3 d).
enum class StepPhase { Milestone, Pre, Apply, Post, Rollback };
/// What a step does to the system's protection; a suppressing or opening step needs the step
/// that restores it in the same plan (DESIGN.md section 3).
enum class StepEffect { None, SuppressMonitoring, RestoreMonitoring, OpenAccess, CloseAccess };
enum class ApprovalDecision { Approved, Rejected, Provisional };
/// The conflicts of DESIGN.md section 3 and issue 7.
enum class ConflictKind { OutsideWindow, Blackout, Holiday, OverlappingPlan, OwnerDoubleBooked,
                          AfterDueDate, FrozenWithoutAcceptance, LeadTime };

QString toKey(PlanType v);         ///< "regular","emergency"
QString toKey(PlanStatus v);       ///< "draft","in_review","approved","scheduled",
                                   ///< "in_progress","done","rolled_back","cancelled"
QString toKey(StepPhase v);        ///< "milestone","pre","apply","post","rollback"
QString toKey(StepEffect v);       ///< "","suppress_monitoring","restore_monitoring",
                                   ///< "open_access","close_access"
QString toKey(ApprovalDecision v); ///< "approved","rejected","provisional"
QString toKey(ConflictKind v);     ///< "outside_window","blackout","holiday",
                                   ///< "overlapping_plan","owner_double_booked",
                                   ///< "after_due_date","frozen_without_acceptance","lead_time"
template<> std::optional<PlanType> fromKey<PlanType>(const QString &key);
template<> std::optional<PlanStatus> fromKey<PlanStatus>(const QString &key);
template<> std::optional<StepPhase> fromKey<StepPhase>(const QString &key);
template<> std::optional<StepEffect> fromKey<StepEffect>(const QString &key);
template<> std::optional<ApprovalDecision> fromKey<ApprovalDecision>(const QString &key);
template<> std::optional<ConflictKind> fromKey<ConflictKind>(const QString &key);
QString displayName(PlanType v);
QString displayName(PlanStatus v);
QString displayName(StepPhase v);
QString displayName(StepEffect v);
QString displayName(ApprovalDecision v);
QString displayName(ConflictKind v);
template<> QList<PlanType> allValues<PlanType>();
template<> QList<PlanStatus> allValues<PlanStatus>();
template<> QList<StepPhase> allValues<StepPhase>();
template<> QList<StepEffect> allValues<StepEffect>();
template<> QList<ApprovalDecision> allValues<ApprovalDecision>();
template<> QList<ConflictKind> allValues<ConflictKind>();

/// A recurring maintenance window of a system (or of a group of systems): an iCalendar RRULE
/// expanded from dtstart, a local wall-clock time in timeZone, lasting durationMinutes.
struct MaintenanceWindow
{
    qint64 id = 0;
    QString name;
    qint64 systemId = 0;   ///< 0: a group's window
    QString groupName;     ///< the group it applies to when systemId is 0
    QString rrule;         ///< e.g. "FREQ=MONTHLY;BYDAY=2SU"
    QDateTime dtstart;     ///< local date and time of the first occurrence (Qt::LocalTime
                           ///< spec ignored: read as wall-clock time in timeZone)
    int durationMinutes = 240;
    QString timeZone = QStringLiteral("Asia/Tokyo"); ///< IANA id
    int rowVersion = 0;
    QDateTime updatedAt;

    QJsonObject toJson() const;
};

/// A change freeze (fiscal close, peak season): no plan may run on these days.
struct Blackout
{
    qint64 id = 0;
    QString name;
    qint64 systemId = 0; ///< 0: every system
    QDate startsOn;
    QDate endsOn;        ///< inclusive
    QString reason;
    int rowVersion = 0;
    QDateTime updatedAt;

    QJsonObject toJson() const;
};

/// One step of a plan. Milestones are dated by the lead-time profile from the window; pre,
/// apply, post and rollback steps run inside the window, timed from its start and their
/// dependencies.
struct PlanStep
{
    qint64 id = 0;
    qint64 planId = 0;
    int position = 0;          ///< order within the plan
    StepPhase phase = StepPhase::Pre;
    QString templateKey;       ///< the template it came from ("" = written by hand)
    QString title;
    QString detail;
    QString ownerRole;         ///< e.g. "infrastructure", "application", "security"
    QDateTime plannedStart;    ///< UTC; computed (planning/planrules.h)
    int durationMinutes = 0;
    StepEffect effect = StepEffect::None;
    qint64 pairsWithStepId = 0; ///< the restoring step of a suppressing/opening one
    QList<qint64> dependsOn;   ///< steps that must finish first
    QDateTime doneAt;          ///< UTC; null until done
    QString doneBy;
    QString notes;
    int rowVersion = 0;

    QDateTime plannedEnd() const { return plannedStart.addSecs(qint64(durationMinutes) * 60); }
    bool isDone() const { return doneAt.isValid(); }
    /// A plan's progress counts its pre-, apply and post-steps; milestones and the rollback
    /// (run only when it goes wrong) do not.
    static bool countsTowardProgress(StepPhase phase)
    {
        return phase == StepPhase::Pre || phase == StepPhase::Apply || phase == StepPhase::Post;
    }
    QJsonObject toJson() const;
};

/// How far a plan is: its steps that count toward progress (PlanStep::countsTowardProgress()),
/// and how many of them are done.
struct PlanProgress
{
    int total = 0;
    int done = 0;
};

/// The security checklist of an approval (DESIGN.md section 3). Each answer is yes/no; a
/// change of reachability or monitoring needs a note saying what changes.
struct SecurityChecklist
{
    std::optional<bool> networkReachabilityChanged;
    std::optional<bool> monitoringChanged;
    std::optional<bool> runbookAgreesWithPolicy; ///< e.g. no data sent by mail or to
                                                 ///< unapproved storage
    std::optional<bool> backupRestoreConfirmed;
    std::optional<bool> rollbackConfirmed;
    QString note;

    QJsonObject toJson() const;
    static SecurityChecklist fromJson(const QJsonObject &o);
};

struct Approval
{
    qint64 id = 0;
    qint64 planId = 0;
    QString approver;
    ApprovalDecision decision = ApprovalDecision::Approved;
    QDateTime decidedAt;   ///< UTC
    SecurityChecklist checklist;
    QString comment;
    QDateTime confirmedAt; ///< UTC; a provisional approval confirmed (null until then)

    QJsonObject toJson() const;
};

/// A patch plan (変更計画) for one window.
struct Plan
{
    qint64 id = 0;
    QString title;
    PlanType type = PlanType::Regular;
    QDateTime windowStart; ///< UTC
    QDateTime windowEnd;   ///< UTC
    QString timeZone = QStringLiteral("Asia/Tokyo"); ///< IANA id the plan is shown in
    PlanStatus status = PlanStatus::Draft;
    QString author;
    QString description;
    bool onSite = false;   ///< work on site: vendor devices are checked in quarantine first
    QDateTime createdAt;
    QList<qint64> systemIds;
    QList<qint64> componentIds;
    QList<qint64> patchIds;
    int rowVersion = 0;
    QDateTime updatedAt;

    /// The zone the plan is shown in; UTC when timeZone is not a known IANA id.
    QTimeZone zone() const;
    QJsonObject toJson() const;
};

/// A conflict found on a plan, with its reason in plain words (translated).
struct PlanConflict
{
    ConflictKind kind = ConflictKind::OutsideWindow;
    qint64 planId = 0;
    qint64 systemId = 0;  ///< 0 when not about one system
    qint64 stepId = 0;    ///< 0 when not about one step
    qint64 otherPlanId = 0;
    QString reason;
};

} // namespace pp
