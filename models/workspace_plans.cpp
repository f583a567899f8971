// The Workspace's part for patch windows and plans (issue 7): windows, blackouts and plans are
// edited undoably (creating, editing, deleting, the steps); status changes, approvals, the work
// log and completion are signed records, written at once and audited.
#include "models/workspace.h"

#include "models/commands/plancommands.h"
#include "models/storage/settingsrepository.h"
#include "models/tr.h"

namespace pp {
namespace {

Error noDatabase()
{
    return usage(Tr::tr("No database is open."));
}

} // namespace

QDateTime Workspace::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

// --- Reading ----------------------------------------------------------------------------------

Result<QList<MaintenanceWindow>> Workspace::maintenanceWindows() const
{
    if (!m_db)
        return noDatabase();
    return PlanRepository(*m_db).windows();
}

Result<QList<Blackout>> Workspace::blackouts() const
{
    if (!m_db)
        return noDatabase();
    return PlanRepository(*m_db).blackouts();
}

Result<QList<Plan>> Workspace::plans(const PlanFilter &filter) const
{
    if (!m_db)
        return noDatabase();
    return PlanRepository(*m_db).plans(filter);
}

Result<std::optional<Plan>> Workspace::plan(qint64 id) const
{
    if (!m_db)
        return noDatabase();
    return PlanRepository(*m_db).plan(id);
}

Result<QList<PlanStep>> Workspace::planSteps(qint64 planId) const
{
    if (!m_db)
        return noDatabase();
    return PlanRepository(*m_db).steps(planId);
}

Result<PlanDocumentData> Workspace::planDocumentData(qint64 planId) const
{
    if (!m_db)
        return noDatabase();
    return loadPlanDocument(*m_db, planId, now(), actor());
}

Result<QHash<qint64, PlanProgress>> Workspace::planProgressOf(const QList<qint64> &planIds) const
{
    if (!m_db)
        return noDatabase();
    return PlanRepository(*m_db).progressOfPlans(planIds);
}

Result<QList<Approval>> Workspace::planApprovals(qint64 planId) const
{
    if (!m_db)
        return noDatabase();
    return PlanRepository(*m_db).approvals(planId);
}

Result<QList<PlanConflict>> Workspace::planConflicts(qint64 planId) const
{
    if (!m_db)
        return noDatabase();
    return PlanService(*m_db).conflicts(planId, now());
}

Result<QList<WindowProposal>> Workspace::proposeWindows(const QList<qint64> &systemIds,
                                                        const QList<qint64> &patchIds,
                                                        PlanType type, int count) const
{
    if (!m_db)
        return noDatabase();
    return PlanService(*m_db).proposeWindows(systemIds, patchIds, type, now(), count);
}

Result<LeadTimeProfile> Workspace::leadTimes(PlanType type) const
{
    if (!m_db)
        return noDatabase();
    return SettingsRepository(*m_db).leadTimes(type);
}

Status Workspace::setLeadTimes(PlanType type, const LeadTimeProfile &profile)
{
    if (!m_db)
        return noDatabase();
    Status st = SettingsRepository(*m_db).setLeadTimes(type, profile);
    if (st)
        changed(PlansChange | AuditChange);
    return st;
}

Result<QList<StepTemplate>> Workspace::stepTemplates() const
{
    if (!m_db)
        return noDatabase();
    return SettingsRepository(*m_db).stepTemplates();
}

Status Workspace::setStepTemplates(const QList<StepTemplate> &templates)
{
    if (!m_db)
        return noDatabase();
    Status st = SettingsRepository(*m_db).setStepTemplates(templates);
    if (st)
        changed(PlansChange | AuditChange);
    return st;
}

Result<bool> Workspace::holidaysAreBlackouts() const
{
    if (!m_db)
        return noDatabase();
    return SettingsRepository(*m_db).holidaysAreBlackouts();
}

Status Workspace::setHolidaysAreBlackouts(bool on)
{
    if (!m_db)
        return noDatabase();
    Status st = SettingsRepository(*m_db).setHolidaysAreBlackouts(on);
    if (st)
        changed(PlansChange | AuditChange);
    return st;
}

// --- Undoable editing -------------------------------------------------------------------------

qint64 Workspace::addWindow(const MaintenanceWindow &w)
{
    auto *command = new AddRecordCommand<MaintenanceWindow>(
        this, w, tr("Add maintenance window %1").arg(w.name));
    if (!execute(command))
        return 0;
    return command->recordId();
}

bool Workspace::editWindow(const MaintenanceWindow &w)
{
    auto before = RecordOps<MaintenanceWindow>::find(this, w.id);
    if (!before || !before->has_value()) {
        const Error error = before ? conflict(tr("The maintenance window \"%1\" was deleted by "
                                                 "someone else.")
                                                  .arg(w.name))
                                   : before.error();
        reportFailure(error.message, error);
        return false;
    }
    return execute(new EditRecordCommand<MaintenanceWindow>(
        this, **before, w, tr("Edit maintenance window %1").arg(w.name)));
}

bool Workspace::deleteWindow(qint64 id, int seenVersion)
{
    return execute(new DeleteRecordCommand<MaintenanceWindow>(
        this, id, seenVersion, tr("Delete maintenance window"),
        tr("The maintenance window was already deleted by someone else.")));
}

qint64 Workspace::addBlackout(const Blackout &b)
{
    auto *command =
        new AddRecordCommand<Blackout>(this, b, tr("Add blackout %1").arg(b.name));
    if (!execute(command))
        return 0;
    return command->recordId();
}

bool Workspace::editBlackout(const Blackout &b)
{
    auto before = RecordOps<Blackout>::find(this, b.id);
    if (!before || !before->has_value()) {
        const Error error = before
            ? conflict(tr("The blackout \"%1\" was deleted by someone else.").arg(b.name))
            : before.error();
        reportFailure(error.message, error);
        return false;
    }
    return execute(
        new EditRecordCommand<Blackout>(this, **before, b, tr("Edit blackout %1").arg(b.name)));
}

bool Workspace::deleteBlackout(qint64 id, int seenVersion)
{
    return execute(new DeleteRecordCommand<Blackout>(
        this, id, seenVersion, tr("Delete blackout"),
        tr("The blackout was already deleted by someone else.")));
}

qint64 Workspace::createPlan(const NewPlanRequest &request)
{
    auto *command = new CreatePlanCommand(this, request);
    if (!execute(command))
        return 0;
    return command->planId();
}

bool Workspace::editPlan(const Plan &p)
{
    auto before = plan(p.id);
    if (!before || !before->has_value()) {
        const Error error = before
            ? conflict(tr("The plan \"%1\" was deleted by someone else.").arg(p.title))
            : before.error();
        reportFailure(error.message, error);
        return false;
    }
    return execute(
        new EditRecordCommand<Plan>(this, **before, p, tr("Edit plan %1").arg(p.title)));
}

bool Workspace::editPlanSteps(qint64 planId, int seenPlanVersion, const QList<PlanStep> &steps)
{
    auto current = plan(planId);
    auto before = planSteps(planId);
    if (!current || !current->has_value() || !before) {
        const Error error = !current ? current.error()
            : !before                ? before.error()
                                     : conflict(tr("The plan was deleted by someone else."));
        reportFailure(error.message, error);
        return false;
    }
    return execute(new EditStepsCommand(this, planId, seenPlanVersion, *before, steps,
                                        (*current)->title));
}

bool Workspace::deletePlan(qint64 id, int seenVersion)
{
    auto current = plan(id);
    const QString title = current && current->has_value() ? (*current)->title : QString();
    return execute(new DeletePlanCommand(this, id, seenVersion, title));
}

// --- Signed records ---------------------------------------------------------------------------

Result<Plan> Workspace::setPlanStatus(qint64 planId, int seenVersion, PlanStatus to)
{
    if (!m_db)
        return noDatabase();
    const int version = expectedVersion(Record::Plan, planId, seenVersion);
    auto stored = PlanRepository(*m_db).setStatus(planId, version, to, now());
    if (stored) {
        remember(Record::Plan, planId, stored->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Result<Approval> Workspace::approvePlan(qint64 planId, int seenVersion,
                                        ApprovalDecision decision,
                                        const SecurityChecklist &checklist,
                                        const QString &comment)
{
    if (!m_db)
        return noDatabase();
    const int version = expectedVersion(Record::Plan, planId, seenVersion);
    auto stored =
        PlanRepository(*m_db).approve(planId, version, decision, checklist, comment, now());
    if (stored) {
        forget(Record::Plan, planId); // its version moved; read it again
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Result<Approval> Workspace::confirmPlanApproval(qint64 approvalId)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanRepository(*m_db).confirmApproval(approvalId, now());
    if (stored) {
        forget(Record::Plan, stored->planId);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Result<PlanStep> Workspace::setStepDone(qint64 stepId, int seenVersion, bool done,
                                        const QDateTime &doneAt, const QString &notes)
{
    if (!m_db)
        return noDatabase();
    auto stored =
        PlanRepository(*m_db).setStepDone(stepId, seenVersion, done, doneAt, notes, now());
    if (stored)
        changed(PlansChange | AuditChange);
    return stored;
}

Result<PlanCompletion> Workspace::completePlan(qint64 planId, int seenVersion)
{
    if (!m_db)
        return noDatabase();
    const int version = expectedVersion(Record::Plan, planId, seenVersion);
    auto done = PlanService(*m_db).complete(planId, version, now());
    if (done) {
        forget(Record::Plan, planId);
        // Versions and findings changed: what was written here before is stale.
        versionsOf(Record::Component).clear();
        versionsOf(Record::Finding).clear();
        changed(PlansChange | ComponentsChange | FindingsChange | PatchesChange | AuditChange);
    }
    return done;
}

// --- Immediate writes -------------------------------------------------------------------------

Result<MaintenanceWindow> Workspace::insertWindow(const MaintenanceWindow &w)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanRepository(*m_db).insertWindow(w);
    if (stored) {
        remember(Record::Window, stored->id, stored->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Result<MaintenanceWindow> Workspace::updateWindow(const MaintenanceWindow &w)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanRepository(*m_db).updateWindow(w);
    if (stored) {
        remember(Record::Window, stored->id, stored->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Status Workspace::removeWindow(qint64 id, int expectedVersion)
{
    if (!m_db)
        return noDatabase();
    Status st = PlanRepository(*m_db).removeWindow(id, expectedVersion);
    if (st) {
        forget(Record::Window, id);
        changed(PlansChange | AuditChange);
    }
    return st;
}

Result<Blackout> Workspace::insertBlackout(const Blackout &b)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanRepository(*m_db).insertBlackout(b);
    if (stored) {
        remember(Record::Blackout, stored->id, stored->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Result<Blackout> Workspace::updateBlackout(const Blackout &b)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanRepository(*m_db).updateBlackout(b);
    if (stored) {
        remember(Record::Blackout, stored->id, stored->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Status Workspace::removeBlackout(qint64 id, int expectedVersion)
{
    if (!m_db)
        return noDatabase();
    Status st = PlanRepository(*m_db).removeBlackout(id, expectedVersion);
    if (st) {
        forget(Record::Blackout, id);
        changed(PlansChange | AuditChange);
    }
    return st;
}

Result<Plan> Workspace::newPlan(const NewPlanRequest &request)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanService(*m_db).create(request, now());
    if (stored) {
        remember(Record::Plan, stored->id, stored->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Result<Plan> Workspace::insertPlan(const Plan &p, const QList<PlanStep> &steps)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanRepository(*m_db).insertPlan(p, steps, now());
    if (stored) {
        remember(Record::Plan, stored->id, stored->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Result<Plan> Workspace::writePlan(const Plan &p)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanRepository(*m_db).updatePlan(p, now());
    if (stored) {
        remember(Record::Plan, stored->id, stored->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Result<QList<PlanStep>> Workspace::writePlanSteps(qint64 planId, int expectedVersion,
                                                  const QList<PlanStep> &steps)
{
    if (!m_db)
        return noDatabase();
    auto stored = PlanRepository(*m_db).replaceSteps(planId, expectedVersion, steps, now());
    if (stored) {
        forget(Record::Plan, planId);
        auto current = plan(planId);
        if (current && current->has_value())
            remember(Record::Plan, planId, (*current)->rowVersion);
        changed(PlansChange | AuditChange);
    }
    return stored;
}

Status Workspace::removePlan(qint64 id, int expectedVersion)
{
    if (!m_db)
        return noDatabase();
    Status st = PlanRepository(*m_db).removePlan(id, expectedVersion);
    if (st) {
        forget(Record::Plan, id);
        changed(PlansChange | AuditChange);
    }
    return st;
}

} // namespace pp
