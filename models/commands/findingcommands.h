// Undoable changes to findings and patches: triage of a selection (one step), and the vendor
// patches entered by hand.
#pragma once

#include "models/commands/workspacecommand.h"
#include "models/domain/vulnerability.h"

#include <QList>

namespace pp {

/// Sets state, justification, detail and review date of several findings at once. Undo puts
/// back each finding's previous values; both directions are one transaction, checked against
/// the row versions this workspace wrote, so a finding changed elsewhere meanwhile refuses the
/// whole step rather than leave the selection half undone.
class TriageCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TriageCommand)

public:
    /// @p findings as read (with their row versions); each gets @p state and the rest.
    TriageCommand(Workspace *workspace, const QList<Finding> &findings, AnalysisState state,
                  Justification justification, const QString &detail, QDate reviewDate);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(const QList<Finding> &values);
    QList<Finding> m_before;
    QList<Finding> m_after;
};

/// Adds a vendor patch. Undo deletes it; redo restores it under the same id.
class AddPatchCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPatchCommand)

public:
    AddPatchCommand(Workspace *workspace, const Patch &patch);
    qint64 patchId() const { return m_patch.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Patch m_patch;
};

class EditPatchCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPatchCommand)

public:
    EditPatchCommand(Workspace *workspace, const Patch &before, const Patch &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(Patch values);
    Patch m_before;
    Patch m_after;
};

/// Deletes a patch; undo restores it (with its findings) under its old id.
class DeletePatchCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePatchCommand)

public:
    DeletePatchCommand(Workspace *workspace, qint64 id, int seenVersion, const QString &title);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    qint64 m_id;
    int m_seenVersion;
    Patch m_patch; ///< as it was when deleted
};

} // namespace pp
