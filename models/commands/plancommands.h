// Undoable changes to maintenance windows, blackouts and plans. Windows and blackouts use the
// generic record commands (recordcommands.h); creating a plan, replacing its steps and
// deleting it have their own commands here.
#pragma once

#include "models/commands/recordcommands.h"
#include "models/planning/planrules.h"

namespace pp {

template<>
struct RecordOps<MaintenanceWindow>
{
    static constexpr Workspace::Record kRecord = Workspace::Record::Window;
    static Result<MaintenanceWindow> insert(Workspace *w, const MaintenanceWindow &v)
    {
        return w->insertWindow(v);
    }
    static Result<MaintenanceWindow> update(Workspace *w, const MaintenanceWindow &v)
    {
        return w->updateWindow(v);
    }
    static Status remove(Workspace *w, qint64 id, int version)
    {
        return w->removeWindow(id, version);
    }
    static Result<std::optional<MaintenanceWindow>> find(Workspace *w, qint64 id);
};

template<>
struct RecordOps<Blackout>
{
    static constexpr Workspace::Record kRecord = Workspace::Record::Blackout;
    static Result<Blackout> insert(Workspace *w, const Blackout &v) { return w->insertBlackout(v); }
    static Result<Blackout> update(Workspace *w, const Blackout &v) { return w->updateBlackout(v); }
    static Status remove(Workspace *w, qint64 id, int version)
    {
        return w->removeBlackout(id, version);
    }
    static Result<std::optional<Blackout>> find(Workspace *w, qint64 id);
};

template<>
struct RecordOps<Plan>
{
    static constexpr Workspace::Record kRecord = Workspace::Record::Plan;
    static Result<Plan> update(Workspace *w, const Plan &p) { return w->writePlan(p); }
};

/// Steps as stored, turned back into a new plan's steps: ids dropped, pairs and dependencies
/// referring by position (planrules.h unsavedStepRef), so that they can be stored again.
QList<PlanStep> unsavedSteps(const QList<PlanStep> &steps);

/// Creates a plan (PlanService::create). Undo deletes the draft; redo stores it again, with
/// its steps, under the same id.
class CreatePlanCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreatePlanCommand)

public:
    CreatePlanCommand(Workspace *workspace, const NewPlanRequest &request);
    qint64 planId() const { return m_plan.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    NewPlanRequest m_request;
    Plan m_plan;
    QList<PlanStep> m_steps; ///< as created, by position
};

/// Replaces a plan's steps; undo puts the previous ones back.
class EditStepsCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditStepsCommand)

public:
    EditStepsCommand(Workspace *workspace, qint64 planId, int seenVersion,
                     const QList<PlanStep> &before, const QList<PlanStep> &after,
                     const QString &title);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(const QList<PlanStep> &steps);
    qint64 m_planId;
    int m_seenVersion;
    QList<PlanStep> m_before;
    QList<PlanStep> m_after;
};

/// Deletes a draft or cancelled plan; undo stores it again with its steps under its id.
class DeletePlanCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePlanCommand)

public:
    DeletePlanCommand(Workspace *workspace, qint64 id, int seenVersion, const QString &title);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    qint64 m_id;
    int m_seenVersion;
    Plan m_plan;
    QList<PlanStep> m_steps;
};

} // namespace pp
