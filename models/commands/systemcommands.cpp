#include "models/commands/systemcommands.h"

#include "models/workspace.h"

namespace pp {

using Record = Workspace::Record;

// --- Add --------------------------------------------------------------------------------------

AddSystemCommand::AddSystemCommand(Workspace *workspace, const System &system)
    : WorkspaceCommand(workspace, tr("Add system %1").arg(system.code.trimmed()))
    , m_system(system)
{
    m_system.id = 0;
}

Status AddSystemCommand::doRedo()
{
    auto stored = workspace()->insertSystem(m_system);
    if (!stored)
        return stored.error();
    m_system.id = stored->id;
    return {};
}

Status AddSystemCommand::doUndo()
{
    // Components this history added were undone before this step; any still there were added by
    // someone else, and deleting the system would take their work with it.
    auto components = workspace()->components(m_system.id);
    if (!components)
        return components.error();
    if (!components->isEmpty()) {
        return conflict(tr("Someone else added components to the system %1, so it was not "
                           "removed.")
                            .arg(m_system.code));
    }
    const int version = workspace()->expectedVersion(Record::System, m_system.id, 1);
    return workspace()->removeSystem(m_system.id, version);
}

// --- Edit -------------------------------------------------------------------------------------

EditSystemCommand::EditSystemCommand(Workspace *workspace, const System &before,
                                     const System &after)
    : WorkspaceCommand(workspace, tr("Edit system %1").arg(after.code.trimmed()))
    , m_before(before)
    , m_after(after)
{
    m_after.id = m_before.id;
}

Status EditSystemCommand::write(System values)
{
    // The first time, the version the user's copy was read with; afterwards, the version this
    // workspace wrote last (the previous undo or redo).
    values.rowVersion = hasRun()
        ? workspace()->expectedVersion(Record::System, m_before.id, m_after.rowVersion)
        : m_after.rowVersion;
    auto stored = workspace()->updateSystem(values);
    if (!stored)
        return stored.error();
    return {};
}

Status EditSystemCommand::doRedo()
{
    return write(m_after);
}

Status EditSystemCommand::doUndo()
{
    return write(m_before);
}

// --- Delete -----------------------------------------------------------------------------------

DeleteSystemCommand::DeleteSystemCommand(Workspace *workspace, qint64 id, int seenVersion,
                                         const QString &code)
    : WorkspaceCommand(workspace, tr("Delete system %1").arg(code))
    , m_id(id)
    , m_seenVersion(seenVersion)
{
}

Status DeleteSystemCommand::doRedo()
{
    const int version = hasRun() ? workspace()->expectedVersion(Record::System, m_id, m_seenVersion)
                                 : m_seenVersion;
    // Read and delete in one transaction, so the copy kept for undo is exactly what was deleted.
    return workspace()->transaction([&]() -> Status {
        auto system = workspace()->system(m_id);
        if (!system)
            return system.error();
        if (!system->has_value())
            return conflict(tr("The system was already deleted by someone else."));
        auto components = workspace()->components(m_id);
        if (!components)
            return components.error();
        m_system = **system;
        m_components = *components;
        return workspace()->removeSystem(m_id, version);
    });
}

Status DeleteSystemCommand::doUndo()
{
    return workspace()->transaction([&]() -> Status {
        auto system = workspace()->insertSystem(m_system); // m_system.id is set: same id
        if (!system)
            return system.error();
        for (const Component &c : std::as_const(m_components)) {
            auto component = workspace()->insertComponent(c);
            if (!component)
                return component.error();
        }
        return {};
    });
}

} // namespace pp
