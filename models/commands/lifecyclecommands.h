// Undoable changes to a component's lifecycle: the dates typed by hand and the upgrade decision.
#pragma once

#include "models/commands/workspacecommand.h"
#include "models/domain/lifecycle.h"

namespace pp {

/// Replaces the manual lifecycle values of one component (each date set or cleared, and the
/// extended-support contract). Undo writes the values back as they were. Each step passes the
/// row version the previous step produced, so a change made meanwhile by someone else is a
/// Conflict, never overwritten.
class SetManualLifecycleCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetManualLifecycleCommand)

public:
    SetManualLifecycleCommand(Workspace *workspace, const ManualLifecycle &before,
                              const ManualLifecycle &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(ManualLifecycle values);

    ManualLifecycle m_before;
    ManualLifecycle m_after;
    int m_version; ///< the stored row version after the last step
};

/// Stores a component's upgrade decision (None clears it). Undo restores the previous decision;
/// when choosing Frozen also froze the component's system, undo puts the system back to active.
class SetUpgradeDecisionCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetUpgradeDecisionCommand)

public:
    SetUpgradeDecisionCommand(Workspace *workspace, const UpgradeDecision &before,
                              const UpgradeDecision &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(UpgradeDecision values);

    UpgradeDecision m_before;
    UpgradeDecision m_after;
    int m_version;             ///< the stored row version after the last step (0 = none stored)
    bool m_frozeSystem = false;
    qint64 m_systemId = 0;
};

} // namespace pp
