#include "models/commands/workspacecommand.h"

#include "models/workspace.h"

namespace pp {

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{
}

void WorkspaceCommand::redo()
{
    const Status s = doRedo();
    const bool first = !m_hasRun;
    m_hasRun = true;
    if (s)
        return;
    setObsolete(true);
    const QString message = first
        ? tr("%1 failed: %2").arg(text(), s.error().message)
        : tr("Could not redo “%1”: %2 The step was removed from the undo history.")
              .arg(text(), s.error().message);
    m_workspace->reportFailure(message, s.error());
}

void WorkspaceCommand::undo()
{
    const Status s = doUndo();
    if (s)
        return;
    setObsolete(true);
    m_workspace->reportFailure(
        tr("Could not undo “%1”: %2 The step was removed from the undo history.")
            .arg(text(), s.error().message),
        s.error());
}

} // namespace pp
