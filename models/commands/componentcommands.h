// Undoable changes to components: add, edit, delete.
#pragma once

#include "models/commands/workspacecommand.h"
#include "models/domain/component.h"

namespace pp {

/// Adds a component. Undo deletes it; redo restores it under the same id.
class AddComponentCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddComponentCommand)

public:
    AddComponentCommand(Workspace *workspace, const Component &component);
    /// The id it was stored under (0 before the first successful redo).
    qint64 componentId() const { return m_component.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Component m_component;
};

/// Replaces a component's values (including the system it belongs to).
class EditComponentCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditComponentCommand)

public:
    EditComponentCommand(Workspace *workspace, const Component &before, const Component &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(Component values);

    Component m_before;
    Component m_after;
};

/// Deletes a component; undo restores it under its old id.
class DeleteComponentCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteComponentCommand)

public:
    DeleteComponentCommand(Workspace *workspace, qint64 id, int seenVersion, const QString &label);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    qint64 m_id;
    int m_seenVersion;
    Component m_component; ///< as it was when deleted
};

} // namespace pp
