#include "models/commands/componentcommands.h"

#include "models/workspace.h"

namespace pp {

using Record = Workspace::Record;

// --- Add --------------------------------------------------------------------------------------

AddComponentCommand::AddComponentCommand(Workspace *workspace, const Component &component)
    : WorkspaceCommand(workspace, tr("Add component %1").arg(component.label()))
    , m_component(component)
{
    m_component.id = 0;
}

Status AddComponentCommand::doRedo()
{
    auto stored = workspace()->insertComponent(m_component);
    if (!stored)
        return stored.error();
    m_component.id = stored->id;
    return {};
}

Status AddComponentCommand::doUndo()
{
    const int version = workspace()->expectedVersion(Record::Component, m_component.id, 1);
    return workspace()->removeComponent(m_component.id, version);
}

// --- Edit -------------------------------------------------------------------------------------

EditComponentCommand::EditComponentCommand(Workspace *workspace, const Component &before,
                                           const Component &after)
    : WorkspaceCommand(workspace, tr("Edit component %1").arg(after.label()))
    , m_before(before)
    , m_after(after)
{
    m_after.id = m_before.id;
}

Status EditComponentCommand::write(Component values)
{
    values.rowVersion = hasRun()
        ? workspace()->expectedVersion(Record::Component, m_before.id, m_after.rowVersion)
        : m_after.rowVersion;
    auto stored = workspace()->updateComponent(values);
    if (!stored)
        return stored.error();
    return {};
}

Status EditComponentCommand::doRedo()
{
    return write(m_after);
}

Status EditComponentCommand::doUndo()
{
    return write(m_before);
}

// --- Delete -----------------------------------------------------------------------------------

DeleteComponentCommand::DeleteComponentCommand(Workspace *workspace, qint64 id, int seenVersion,
                                               const QString &label)
    : WorkspaceCommand(workspace, tr("Delete component %1").arg(label))
    , m_id(id)
    , m_seenVersion(seenVersion)
{
}

Status DeleteComponentCommand::doRedo()
{
    const int version = hasRun()
        ? workspace()->expectedVersion(Record::Component, m_id, m_seenVersion)
        : m_seenVersion;
    return workspace()->transaction([&]() -> Status {
        auto current = workspace()->component(m_id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The component was already deleted by someone else."));
        m_component = **current;
        return workspace()->removeComponent(m_id, version);
    });
}

Status DeleteComponentCommand::doUndo()
{
    auto restored = workspace()->insertComponent(m_component); // m_component.id is set: same id
    if (!restored)
        return restored.error();
    return {};
}

} // namespace pp
