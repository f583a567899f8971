// The base of every undoable change: runs through the Workspace, and turns a failure into a
// message for the user and its own removal from the history, never into a crash or a stack that
// no longer matches the data.
#pragma once

#include "models/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pp {

class Workspace;

/// A QUndoCommand whose redo and undo may fail (the record was changed by someone else, the
/// database is locked or read-only...).
///
/// A failed step marks the command obsolete: QUndoStack then deletes it instead of keeping it
/// (on push, the command is never added; on undo or redo, it is taken out of the history).
/// Nothing half-done is left behind, because every step is one database transaction; and the
/// commands left in the history stay safe to run, because each checks the row versions it
/// expects and fails with a Conflict rather than overwrite what it does not know about.
class WorkspaceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)

public:
    void redo() final;
    void undo() final;

protected:
    WorkspaceCommand(Workspace *workspace, const QString &text);

    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;

    Workspace *workspace() const { return m_workspace; }
    /// False during the first redo (the push), true afterwards.
    bool hasRun() const { return m_hasRun; }

private:
    Workspace *m_workspace;
    bool m_hasRun = false;
};

} // namespace pp
