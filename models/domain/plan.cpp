// The keys and labels of the plan enumerations, and the plan records' JSON for the audit trail
// (see plan.h). The keys are stored in the database and written to reports: they never change.
#include "models/domain/plan.h"

#include "models/domain/keytable.h"
#include "models/tr.h"

#include <QJsonArray>

namespace pp {
namespace {

using Internal::KeyTable;
using Internal::keyOf;
using Internal::parseKey;
using Internal::valuesOf;

constexpr KeyTable<PlanType, 2> kTypeKeys{{
    {PlanType::Regular, "regular"},
    {PlanType::Emergency, "emergency"},
}};
constexpr KeyTable<PlanStatus, 8> kStatusKeys{{
    {PlanStatus::Draft, "draft"},
    {PlanStatus::InReview, "in_review"},
    {PlanStatus::Approved, "approved"},
    {PlanStatus::Scheduled, "scheduled"},
    {PlanStatus::InProgress, "in_progress"},
    {PlanStatus::Done, "done"},
    {PlanStatus::RolledBack, "rolled_back"},
    {PlanStatus::Cancelled, "cancelled"},
}};
constexpr KeyTable<StepPhase, 5> kPhaseKeys{{
    {StepPhase::Milestone, "milestone"},
    {StepPhase::Pre, "pre"},
    {StepPhase::Apply, "apply"},
    {StepPhase::Post, "post"},
    {StepPhase::Rollback, "rollback"},
}};
constexpr KeyTable<StepEffect, 5> kEffectKeys{{
    {StepEffect::None, ""},
    {StepEffect::SuppressMonitoring, "suppress_monitoring"},
    {StepEffect::RestoreMonitoring, "restore_monitoring"},
    {StepEffect::OpenAccess, "open_access"},
    {StepEffect::CloseAccess, "close_access"},
}};
constexpr KeyTable<ApprovalDecision, 3> kDecisionKeys{{
    {ApprovalDecision::Approved, "approved"},
    {ApprovalDecision::Rejected, "rejected"},
    {ApprovalDecision::Provisional, "provisional"},
}};
constexpr KeyTable<ConflictKind, 8> kConflictKeys{{
    {ConflictKind::OutsideWindow, "outside_window"},
    {ConflictKind::Blackout, "blackout"},
    {ConflictKind::Holiday, "holiday"},
    {ConflictKind::OverlappingPlan, "overlapping_plan"},
    {ConflictKind::OwnerDoubleBooked, "owner_double_booked"},
    {ConflictKind::AfterDueDate, "after_due_date"},
    {ConflictKind::FrozenWithoutAcceptance, "frozen_without_acceptance"},
    {ConflictKind::LeadTime, "lead_time"},
}};

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QJsonValue answer(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue();
}

std::optional<bool> answerOf(const QJsonValue &v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

} // namespace

QString toKey(PlanType v) { return keyOf(kTypeKeys, v); }
QString toKey(PlanStatus v) { return keyOf(kStatusKeys, v); }
QString toKey(StepPhase v) { return keyOf(kPhaseKeys, v); }
QString toKey(StepEffect v) { return keyOf(kEffectKeys, v); }
QString toKey(ApprovalDecision v) { return keyOf(kDecisionKeys, v); }
QString toKey(ConflictKind v) { return keyOf(kConflictKeys, v); }

template<> std::optional<PlanType> fromKey<PlanType>(const QString &key)
{
    return parseKey(kTypeKeys, key);
}
template<> std::optional<PlanStatus> fromKey<PlanStatus>(const QString &key)
{
    return parseKey(kStatusKeys, key);
}
template<> std::optional<StepPhase> fromKey<StepPhase>(const QString &key)
{
    return parseKey(kPhaseKeys, key);
}
template<> std::optional<StepEffect> fromKey<StepEffect>(const QString &key)
{
    return parseKey(kEffectKeys, key);
}
template<> std::optional<ApprovalDecision> fromKey<ApprovalDecision>(const QString &key)
{
    return parseKey(kDecisionKeys, key);
}
template<> std::optional<ConflictKind> fromKey<ConflictKind>(const QString &key)
{
    return parseKey(kConflictKeys, key);
}

template<> QList<PlanType> allValues<PlanType>() { return valuesOf(kTypeKeys); }
template<> QList<PlanStatus> allValues<PlanStatus>() { return valuesOf(kStatusKeys); }
template<> QList<StepPhase> allValues<StepPhase>() { return valuesOf(kPhaseKeys); }
template<> QList<StepEffect> allValues<StepEffect>() { return valuesOf(kEffectKeys); }
template<> QList<ApprovalDecision> allValues<ApprovalDecision>() { return valuesOf(kDecisionKeys); }
template<> QList<ConflictKind> allValues<ConflictKind>() { return valuesOf(kConflictKeys); }

QString displayName(PlanType v)
{
    switch (v) {
    case PlanType::Regular: return Tr::tr("Regular");
    case PlanType::Emergency: return Tr::tr("Emergency");
    }
    return {};
}

QString displayName(PlanStatus v)
{
    switch (v) {
    case PlanStatus::Draft: return Tr::tr("Draft");
    case PlanStatus::InReview: return Tr::tr("In review");
    case PlanStatus::Approved: return Tr::tr("Approved");
    case PlanStatus::Scheduled: return Tr::tr("Scheduled");
    case PlanStatus::InProgress: return Tr::tr("In progress");
    case PlanStatus::Done: return Tr::tr("Done");
    case PlanStatus::RolledBack: return Tr::tr("Rolled back");
    case PlanStatus::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

QString displayName(StepPhase v)
{
    switch (v) {
    case StepPhase::Milestone: return Tr::tr("Milestone");
    case StepPhase::Pre: return Tr::tr("Pre-steps");
    case StepPhase::Apply: return Tr::tr("Apply");
    case StepPhase::Post: return Tr::tr("Post-steps");
    case StepPhase::Rollback: return Tr::tr("Rollback");
    }
    return {};
}

QString displayName(StepEffect v)
{
    switch (v) {
    case StepEffect::None: return Tr::tr("None");
    case StepEffect::SuppressMonitoring: return Tr::tr("Suppresses monitoring");
    case StepEffect::RestoreMonitoring: return Tr::tr("Restores monitoring");
    case StepEffect::OpenAccess: return Tr::tr("Opens network access");
    case StepEffect::CloseAccess: return Tr::tr("Closes network access");
    }
    return {};
}

QString displayName(ApprovalDecision v)
{
    switch (v) {
    case ApprovalDecision::Approved: return Tr::tr("Approved");
    case ApprovalDecision::Rejected: return Tr::tr("Rejected");
    case ApprovalDecision::Provisional: return Tr::tr("Provisionally approved");
    }
    return {};
}

QString displayName(ConflictKind v)
{
    switch (v) {
    case ConflictKind::OutsideWindow: return Tr::tr("Outside the maintenance windows");
    case ConflictKind::Blackout: return Tr::tr("In a blackout");
    case ConflictKind::Holiday: return Tr::tr("On a public holiday");
    case ConflictKind::OverlappingPlan: return Tr::tr("Overlaps another plan");
    case ConflictKind::OwnerDoubleBooked: return Tr::tr("Owner booked twice");
    case ConflictKind::AfterDueDate: return Tr::tr("Finishes after a due date");
    case ConflictKind::FrozenWithoutAcceptance: return Tr::tr("Frozen component without acceptance");
    case ConflictKind::LeadTime: return Tr::tr("Lead time cannot be met");
    }
    return {};
}

QJsonObject MaintenanceWindow::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("system_id"), systemId > 0 ? QJsonValue(systemId) : QJsonValue()},
            {QStringLiteral("group_name"), groupName},
            {QStringLiteral("rrule"), rrule},
            {QStringLiteral("dtstart"), dtstart.isValid()
                 ? QJsonValue(dtstart.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                 : QJsonValue()},
            {QStringLiteral("duration_minutes"), durationMinutes},
            {QStringLiteral("time_zone"), timeZone}};
}

QJsonObject Blackout::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("system_id"), systemId > 0 ? QJsonValue(systemId) : QJsonValue()},
            {QStringLiteral("starts_on"), dateJson(startsOn)},
            {QStringLiteral("ends_on"), dateJson(endsOn)},
            {QStringLiteral("reason"), reason}};
}

QJsonObject PlanStep::toJson() const
{
    return {{QStringLiteral("position"), position},
            {QStringLiteral("phase"), toKey(phase)},
            {QStringLiteral("template_key"), templateKey},
            {QStringLiteral("title"), title},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("owner_role"), ownerRole},
            {QStringLiteral("planned_start"), timeJson(plannedStart)},
            {QStringLiteral("duration_minutes"), durationMinutes},
            {QStringLiteral("effect"), toKey(effect)},
            {QStringLiteral("pairs_with_step_id"),
             pairsWithStepId > 0 ? QJsonValue(pairsWithStepId) : QJsonValue()},
            {QStringLiteral("depends_on"), idsJson(dependsOn)},
            {QStringLiteral("done_at"), timeJson(doneAt)},
            {QStringLiteral("done_by"), doneBy},
            {QStringLiteral("notes"), notes}};
}

QJsonObject SecurityChecklist::toJson() const
{
    return {{QStringLiteral("network_reachability_changed"), answer(networkReachabilityChanged)},
            {QStringLiteral("monitoring_changed"), answer(monitoringChanged)},
            {QStringLiteral("runbook_agrees_with_policy"), answer(runbookAgreesWithPolicy)},
            {QStringLiteral("backup_restore_confirmed"), answer(backupRestoreConfirmed)},
            {QStringLiteral("rollback_confirmed"), answer(rollbackConfirmed)},
            {QStringLiteral("note"), note}};
}

SecurityChecklist SecurityChecklist::fromJson(const QJsonObject &o)
{
    SecurityChecklist c;
    c.networkReachabilityChanged = answerOf(o.value(QStringLiteral("network_reachability_changed")));
    c.monitoringChanged = answerOf(o.value(QStringLiteral("monitoring_changed")));
    c.runbookAgreesWithPolicy = answerOf(o.value(QStringLiteral("runbook_agrees_with_policy")));
    c.backupRestoreConfirmed = answerOf(o.value(QStringLiteral("backup_restore_confirmed")));
    c.rollbackConfirmed = answerOf(o.value(QStringLiteral("rollback_confirmed")));
    c.note = o.value(QStringLiteral("note")).toString();
    return c;
}

QJsonObject Approval::toJson() const
{
    return {{QStringLiteral("approver"), approver},
            {QStringLiteral("decision"), toKey(decision)},
            {QStringLiteral("decided_at"), timeJson(decidedAt)},
            {QStringLiteral("checklist"), checklist.toJson()},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("confirmed_at"), timeJson(confirmedAt)}};
}

QTimeZone Plan::zone() const
{
    const QTimeZone z(timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

QJsonObject Plan::toJson() const
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("type"), toKey(type)},
            {QStringLiteral("window_start"), timeJson(windowStart)},
            {QStringLiteral("window_end"), timeJson(windowEnd)},
            {QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("status"), toKey(status)},
            {QStringLiteral("author"), author},
            {QStringLiteral("description"), description},
            {QStringLiteral("on_site"), onSite},
            {QStringLiteral("systems"), idsJson(systemIds)},
            {QStringLiteral("components"), idsJson(componentIds)},
            {QStringLiteral("patches"), idsJson(patchIds)}};
}

} // namespace pp
