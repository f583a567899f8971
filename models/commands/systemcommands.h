// Undoable changes to systems: add, edit, delete (with its components).
#pragma once

#include "models/commands/workspacecommand.h"
#include "models/domain/component.h"
#include "models/domain/system.h"

#include <QList>

namespace pp {

/// Adds a system. Undo deletes it; redo restores it under the same id, so that later commands
/// in the history that name the id still find it.
class AddSystemCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSystemCommand)

public:
    AddSystemCommand(Workspace *workspace, const System &system);
    /// The id it was stored under (0 before the first successful redo).
    qint64 systemId() const { return m_system.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    System m_system;
};

/// Replaces a system's values. @p before is the stored system, @p after the edited one; the
/// first redo passes the version @p after was read with, so editing a stale copy is a Conflict.
class EditSystemCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSystemCommand)

public:
    EditSystemCommand(Workspace *workspace, const System &before, const System &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(System values);

    System m_before;
    System m_after;
};

/// Deletes a system and its components. Undo restores all of them under their old ids, in one
/// transaction.
class DeleteSystemCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteSystemCommand)

public:
    DeleteSystemCommand(Workspace *workspace, qint64 id, int seenVersion, const QString &code);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    qint64 m_id;
    int m_seenVersion;
    System m_system;               ///< as it was when deleted
    QList<Component> m_components; ///< as they were when deleted
};

} // namespace pp
