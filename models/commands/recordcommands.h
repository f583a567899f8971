// Undoable add, edit and delete of the records of issue 6 (compensating controls, risk
// acceptance requests, cadences), written once for every record kind: RecordOps<T> says how the
// Workspace stores a T, the three commands do the rest.
#pragma once

#include "models/commands/workspacecommand.h"
#include "models/workspace.h"

#include <optional>

namespace pp {

/// How the commands reach one kind of record through the Workspace.
template<typename T>
struct RecordOps;

template<>
struct RecordOps<Control>
{
    static constexpr Workspace::Record kRecord = Workspace::Record::Control;
    static Result<Control> insert(Workspace *w, const Control &c) { return w->insertControl(c); }
    static Result<Control> update(Workspace *w, const Control &c) { return w->updateControl(c); }
    static Status remove(Workspace *w, qint64 id, int version)
    {
        return w->removeControl(id, version);
    }
    static Result<std::optional<Control>> find(Workspace *w, qint64 id) { return w->control(id); }
};

template<>
struct RecordOps<RiskAcceptance>
{
    static constexpr Workspace::Record kRecord = Workspace::Record::Acceptance;
    static Result<RiskAcceptance> insert(Workspace *w, const RiskAcceptance &a)
    {
        return w->insertAcceptance(a);
    }
    static Result<RiskAcceptance> update(Workspace *w, const RiskAcceptance &a)
    {
        return w->updateAcceptance(a);
    }
    static Status remove(Workspace *w, qint64 id, int version)
    {
        return w->removeAcceptance(id, version);
    }
    static Result<std::optional<RiskAcceptance>> find(Workspace *w, qint64 id)
    {
        return w->acceptance(id);
    }
};

template<>
struct RecordOps<Cadence>
{
    static constexpr Workspace::Record kRecord = Workspace::Record::Cadence;
    static Result<Cadence> update(Workspace *w, const Cadence &c) { return w->updateCadence(c); }
};

/// Adds a record. Undo deletes it; redo stores it again under the same id.
template<typename T>
class AddRecordCommand : public WorkspaceCommand
{
public:
    AddRecordCommand(Workspace *workspace, const T &record, const QString &text)
        : WorkspaceCommand(workspace, text)
        , m_record(record)
    {
        m_record.id = 0;
    }
    qint64 recordId() const { return m_record.id; }

protected:
    Status doRedo() override
    {
        auto stored = RecordOps<T>::insert(workspace(), m_record);
        if (!stored)
            return stored.error();
        m_record.id = stored->id;
        return {};
    }
    Status doUndo() override
    {
        const int version = workspace()->expectedVersion(RecordOps<T>::kRecord, m_record.id, 1);
        return RecordOps<T>::remove(workspace(), m_record.id, version);
    }

private:
    T m_record;
};

/// Replaces a record's values; undo puts back the previous ones. Both check the row version
/// this workspace wrote last, so a change made elsewhere meanwhile is a Conflict.
template<typename T>
class EditRecordCommand : public WorkspaceCommand
{
public:
    EditRecordCommand(Workspace *workspace, const T &before, const T &after, const QString &text)
        : WorkspaceCommand(workspace, text)
        , m_before(before)
        , m_after(after)
    {
        m_after.id = m_before.id;
    }

protected:
    Status doRedo() override { return write(m_after); }
    Status doUndo() override { return write(m_before); }

private:
    Status write(T values)
    {
        values.rowVersion = hasRun()
            ? workspace()->expectedVersion(RecordOps<T>::kRecord, m_before.id, m_after.rowVersion)
            : m_after.rowVersion;
        auto stored = RecordOps<T>::update(workspace(), values);
        if (!stored)
            return stored.error();
        return {};
    }
    T m_before;
    T m_after;
};

/// Deletes a record; undo stores it again under its old id.
template<typename T>
class DeleteRecordCommand : public WorkspaceCommand
{
public:
    DeleteRecordCommand(Workspace *workspace, qint64 id, int seenVersion, const QString &text,
                        const QString &goneMessage)
        : WorkspaceCommand(workspace, text)
        , m_id(id)
        , m_seenVersion(seenVersion)
        , m_goneMessage(goneMessage)
    {
    }

protected:
    Status doRedo() override
    {
        const int version = hasRun()
            ? workspace()->expectedVersion(RecordOps<T>::kRecord, m_id, m_seenVersion)
            : m_seenVersion;
        return workspace()->transaction([&]() -> Status {
            auto current = RecordOps<T>::find(workspace(), m_id);
            if (!current)
                return current.error();
            if (!current->has_value())
                return conflict(m_goneMessage);
            m_record = **current;
            return RecordOps<T>::remove(workspace(), m_id, version);
        });
    }
    Status doUndo() override
    {
        auto restored = RecordOps<T>::insert(workspace(), m_record); // id set: the same id
        if (!restored)
            return restored.error();
        return {};
    }

private:
    qint64 m_id;
    int m_seenVersion;
    QString m_goneMessage;
    T m_record; ///< as it was when deleted
};

} // namespace pp
