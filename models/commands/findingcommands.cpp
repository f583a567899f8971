#include "models/commands/findingcommands.h"

#include "models/workspace.h"

namespace pp {

using Record = Workspace::Record;

// --- Triage -----------------------------------------------------------------------------------

TriageCommand::TriageCommand(Workspace *workspace, const QList<Finding> &findings,
                             AnalysisState state, Justification justification,
                             const QString &detail, QDate reviewDate)
    : WorkspaceCommand(workspace, findings.size() == 1
                                      ? tr("Set finding to %1").arg(displayName(state))
                                      : tr("Set %n findings to %1", nullptr, int(findings.size()))
                                            .arg(displayName(state)))
    , m_before(findings)
    , m_after(findings)
{
    for (Finding &f : m_after) {
        f.state = state;
        f.justification = justification;
        f.detail = detail;
        f.reviewDate = reviewDate;
    }
}

Status TriageCommand::write(const QList<Finding> &values)
{
    QList<Finding> out = values;
    for (int i = 0; i < out.size(); ++i) {
        // First run: the versions read; afterwards the ones this workspace wrote last.
        const int seen = m_after.at(i).rowVersion;
        out[i].rowVersion = hasRun()
            ? workspace()->expectedVersion(Record::Finding, out.at(i).id, seen)
            : seen;
    }
    auto stored = workspace()->writeFindingStates(out);
    if (!stored)
        return stored.error();
    return {};
}

Status TriageCommand::doRedo()
{
    return write(m_after);
}

Status TriageCommand::doUndo()
{
    return write(m_before);
}

// --- Add --------------------------------------------------------------------------------------

AddPatchCommand::AddPatchCommand(Workspace *workspace, const Patch &patch)
    : WorkspaceCommand(workspace, tr("Add patch %1").arg(patch.title))
    , m_patch(patch)
{
    m_patch.id = 0;
    m_patch.kind = PatchKind::Vendor;
}

Status AddPatchCommand::doRedo()
{
    auto stored = workspace()->insertPatch(m_patch);
    if (!stored)
        return stored.error();
    m_patch.id = stored->id;
    return {};
}

Status AddPatchCommand::doUndo()
{
    const int version = workspace()->expectedVersion(Record::Patch, m_patch.id, 1);
    return workspace()->removePatch(m_patch.id, version);
}

// --- Edit -------------------------------------------------------------------------------------

EditPatchCommand::EditPatchCommand(Workspace *workspace, const Patch &before, const Patch &after)
    : WorkspaceCommand(workspace, tr("Edit patch %1").arg(after.title))
    , m_before(before)
    , m_after(after)
{
    m_after.id = m_before.id;
}

Status EditPatchCommand::write(Patch values)
{
    values.rowVersion = hasRun()
        ? workspace()->expectedVersion(Record::Patch, m_before.id, m_after.rowVersion)
        : m_after.rowVersion;
    auto stored = workspace()->updatePatch(values);
    if (!stored)
        return stored.error();
    return {};
}

Status EditPatchCommand::doRedo()
{
    return write(m_after);
}

Status EditPatchCommand::doUndo()
{
    return write(m_before);
}

// --- Delete -----------------------------------------------------------------------------------

DeletePatchCommand::DeletePatchCommand(Workspace *workspace, qint64 id, int seenVersion,
                                       const QString &title)
    : WorkspaceCommand(workspace, tr("Delete patch %1").arg(title))
    , m_id(id)
    , m_seenVersion(seenVersion)
{
}

Status DeletePatchCommand::doRedo()
{
    const int version = hasRun()
        ? workspace()->expectedVersion(Record::Patch, m_id, m_seenVersion)
        : m_seenVersion;
    return workspace()->transaction([&]() -> Status {
        auto current = workspace()->patch(m_id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The patch was already deleted by someone else."));
        m_patch = **current;
        return workspace()->removePatch(m_id, version);
    });
}

Status DeletePatchCommand::doUndo()
{
    auto restored = workspace()->insertPatch(m_patch); // m_patch.id is set: same id
    if (!restored)
        return restored.error();
    return {};
}

} // namespace pp
