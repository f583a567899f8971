#include "models/commands/plancommands.h"

namespace pp {

using Record = Workspace::Record;

Result<std::optional<MaintenanceWindow>> RecordOps<MaintenanceWindow>::find(Workspace *w,
                                                                            qint64 id)
{
    auto all = w->maintenanceWindows();
    if (!all)
        return all.error();
    for (const MaintenanceWindow &v : std::as_const(*all)) {
        if (v.id == id)
            return std::optional<MaintenanceWindow>(v);
    }
    return std::optional<MaintenanceWindow>();
}

Result<std::optional<Blackout>> RecordOps<Blackout>::find(Workspace *w, qint64 id)
{
    auto all = w->blackouts();
    if (!all)
        return all.error();
    for (const Blackout &v : std::as_const(*all)) {
        if (v.id == id)
            return std::optional<Blackout>(v);
    }
    return std::optional<Blackout>();
}

QList<PlanStep> unsavedSteps(const QList<PlanStep> &steps)
{
    QHash<qint64, int> positionOf;
    for (const PlanStep &s : steps)
        positionOf.insert(s.id, s.position);
    QList<PlanStep> out = steps;
    for (PlanStep &s : out) {
        if (s.pairsWithStepId > 0)
            s.pairsWithStepId = positionOf.contains(s.pairsWithStepId)
                ? unsavedStepRef(positionOf.value(s.pairsWithStepId))
                : 0;
        QList<qint64> deps;
        for (qint64 d : std::as_const(s.dependsOn)) {
            if (d < 0)
                deps << d;
            else if (positionOf.contains(d))
                deps << unsavedStepRef(positionOf.value(d));
        }
        s.dependsOn = deps;
        s.id = 0;
    }
    return out;
}

// --- Create -----------------------------------------------------------------------------------

CreatePlanCommand::CreatePlanCommand(Workspace *workspace, const NewPlanRequest &request)
    : WorkspaceCommand(workspace, tr("Create %1 plan").arg(displayName(request.type).toLower()))
    , m_request(request)
{
}

Status CreatePlanCommand::doRedo()
{
    if (m_plan.id == 0) {
        auto created = workspace()->newPlan(m_request);
        if (!created)
            return created.error();
        m_plan = *created;
        setText(tr("Create plan %1").arg(m_plan.title));
        auto steps = workspace()->planSteps(m_plan.id);
        if (!steps)
            return steps.error();
        m_steps = unsavedSteps(*steps);
        return {};
    }
    auto restored = workspace()->insertPlan(m_plan, m_steps);
    if (!restored)
        return restored.error();
    return {};
}

Status CreatePlanCommand::doUndo()
{
    const int version = workspace()->expectedVersion(Record::Plan, m_plan.id, m_plan.rowVersion);
    return workspace()->removePlan(m_plan.id, version);
}

// --- Steps ------------------------------------------------------------------------------------

EditStepsCommand::EditStepsCommand(Workspace *workspace, qint64 planId, int seenVersion,
                                   const QList<PlanStep> &before, const QList<PlanStep> &after,
                                   const QString &title)
    : WorkspaceCommand(workspace, tr("Edit the steps of %1").arg(title))
    , m_planId(planId)
    , m_seenVersion(seenVersion)
    , m_before(before) // ids kept: replaceSteps() frees them first
    , m_after(after)
{
}

Status EditStepsCommand::write(const QList<PlanStep> &steps)
{
    const int version = hasRun()
        ? workspace()->expectedVersion(Record::Plan, m_planId, m_seenVersion)
        : m_seenVersion;
    auto stored = workspace()->writePlanSteps(m_planId, version, steps);
    if (!stored)
        return stored.error();
    return {};
}

Status EditStepsCommand::doRedo()
{
    return write(m_after);
}

Status EditStepsCommand::doUndo()
{
    return write(m_before);
}

// --- Delete -----------------------------------------------------------------------------------

DeletePlanCommand::DeletePlanCommand(Workspace *workspace, qint64 id, int seenVersion,
                                     const QString &title)
    : WorkspaceCommand(workspace, tr("Delete plan %1").arg(title))
    , m_id(id)
    , m_seenVersion(seenVersion)
{
}

Status DeletePlanCommand::doRedo()
{
    const int version = hasRun()
        ? workspace()->expectedVersion(Record::Plan, m_id, m_seenVersion)
        : m_seenVersion;
    return workspace()->transaction([&]() -> Status {
        auto current = workspace()->plan(m_id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The plan was already deleted by someone else."));
        m_plan = **current;
        auto steps = workspace()->planSteps(m_id);
        if (!steps)
            return steps.error();
        m_steps = unsavedSteps(*steps);
        return workspace()->removePlan(m_id, version);
    });
}

Status DeletePlanCommand::doUndo()
{
    auto restored = workspace()->insertPlan(m_plan, m_steps); // m_plan.id set: the same id
    if (!restored)
        return restored.error();
    return {};
}

} // namespace pp
