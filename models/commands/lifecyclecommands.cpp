#include "models/commands/lifecyclecommands.h"

#include "models/workspace.h"

namespace pp {

// --- Manual dates -----------------------------------------------------------------------------

SetManualLifecycleCommand::SetManualLifecycleCommand(Workspace *workspace,
                                                     const ManualLifecycle &before,
                                                     const ManualLifecycle &after)
    : WorkspaceCommand(workspace, tr("Edit lifecycle dates"))
    , m_before(before)
    , m_after(after)
    , m_version(before.rowVersion)
{
    m_after.componentId = m_before.componentId;
}

Status SetManualLifecycleCommand::write(ManualLifecycle values)
{
    // After the push: the version this workspace last wrote (several commands on one component
    // undo in a row), else what this command saw.
    if (hasRun())
        m_version = workspace()->expectedVersion(Workspace::Record::ManualLifecycle,
                                                 values.componentId, m_version);
    values.rowVersion = m_version;
    auto stored = workspace()->writeManualLifecycle(values);
    if (!stored)
        return stored.error();
    m_version = stored->rowVersion;
    return {};
}

Status SetManualLifecycleCommand::doRedo()
{
    return write(m_after);
}

Status SetManualLifecycleCommand::doUndo()
{
    return write(m_before);
}

// --- Upgrade decision -------------------------------------------------------------------------

SetUpgradeDecisionCommand::SetUpgradeDecisionCommand(Workspace *workspace,
                                                     const UpgradeDecision &before,
                                                     const UpgradeDecision &after)
    : WorkspaceCommand(workspace, tr("Set upgrade decision: %1").arg(displayName(after.decision)))
    , m_before(before)
    , m_after(after)
    , m_version(before.rowVersion)
{
    m_after.componentId = m_before.componentId;
}

Status SetUpgradeDecisionCommand::write(UpgradeDecision values)
{
    if (hasRun())
        m_version = workspace()->expectedVersion(Workspace::Record::Decision, values.componentId,
                                                 m_version);
    if (values.decision == UpgradeDecisionKind::None) {
        if (m_version == 0)
            return {}; // nothing stored, nothing to clear
        Status st = workspace()->clearUpgradeDecision(values.componentId, m_version);
        if (st)
            m_version = 0;
        return st;
    }
    values.rowVersion = m_version;
    auto stored = workspace()->writeUpgradeDecision(values);
    if (!stored)
        return stored.error();
    m_version = stored->decision.rowVersion;
    if (stored->frozeSystem) {
        m_frozeSystem = true;
        m_systemId = stored->systemId;
    }
    return {};
}

Status SetUpgradeDecisionCommand::doRedo()
{
    return write(m_after);
}

Status SetUpgradeDecisionCommand::doUndo()
{
    return workspace()->transaction([this]() -> Status {
        if (Status st = write(m_before); !st)
            return st;
        if (!m_frozeSystem)
            return {};
        // Choosing Frozen froze the system: put it back as it was.
        auto system = workspace()->system(m_systemId);
        if (!system)
            return system.error();
        if (!system->has_value() || (*system)->lifecycleState != LifecycleState::Frozen)
            return {};
        System s = **system;
        s.lifecycleState = LifecycleState::Active;
        auto stored = workspace()->updateSystem(s);
        if (!stored)
            return stored.error();
        m_frozeSystem = false; // a redo freezes it again and says so
        return {};
    });
}

} // namespace pp
