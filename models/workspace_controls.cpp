// The Workspace's part for frozen systems (issue 6): compensating controls, risk acceptances
// and the operational cadences. Controls, requests and cadences are edited undoably; evidence,
// approvals, renewals and "done" are signed records, written at once and audited.
#include "models/workspace.h"

#include "models/commands/recordcommands.h"
#include "models/storage/settingsrepository.h"
#include "models/tr.h"

namespace pp {
namespace {

Error noDatabase()
{
    return usage(Tr::tr("No database is open."));
}

} // namespace

QDate Workspace::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

// --- Reading ----------------------------------------------------------------------------------

Result<QList<Control>> Workspace::controls() const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).controls();
}

Result<std::optional<Control>> Workspace::control(qint64 id) const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).control(id);
}

Result<QList<ControlEvidence>> Workspace::controlEvidence(qint64 controlId) const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).evidence(controlId);
}

Result<QList<RiskAcceptance>> Workspace::acceptances() const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).acceptances();
}

Result<std::optional<RiskAcceptance>> Workspace::acceptance(qint64 id) const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).acceptance(id);
}

Result<QList<Cadence>> Workspace::cadences(qint64 systemId) const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).cadences(systemId);
}

Result<QList<DueItem>> Workspace::dueItems(const QDate &until) const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).dueItems(today(), until);
}

Result<QList<FrozenRegisterRow>> Workspace::frozenRegister() const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).frozenRegister(today());
}

Result<QList<Gap>> Workspace::gaps() const
{
    if (!m_db)
        return noDatabase();
    return ControlRepository(*m_db).gaps(today());
}

Result<int> Workspace::acceptanceWarningDays() const
{
    if (!m_db)
        return noDatabase();
    return SettingsRepository(*m_db).acceptanceWarningDays();
}

Status Workspace::setAcceptanceWarningDays(int days)
{
    if (!m_db)
        return noDatabase();
    Status st = SettingsRepository(*m_db).setAcceptanceWarningDays(days);
    if (st)
        changed(ControlsChange | AuditChange);
    return st;
}

// --- Undoable editing -------------------------------------------------------------------------

qint64 Workspace::addControl(const Control &c)
{
    auto *command = new AddRecordCommand<Control>(this, c, tr("Add control %1").arg(c.title));
    if (!execute(command))
        return 0;
    return command->recordId();
}

bool Workspace::editControl(const Control &c)
{
    auto before = control(c.id);
    if (!before || !before->has_value()) {
        const Error error =
            before ? conflict(tr("The control \"%1\" was deleted by someone else.").arg(c.title))
                   : before.error();
        reportFailure(error.message, error);
        return false;
    }
    Control after = c;
    after.lastDone = (*before)->lastDone; // evidence moves these, not the editor
    return execute(new EditRecordCommand<Control>(this, **before, after,
                                                  tr("Edit control %1").arg(c.title)));
}

bool Workspace::deleteControl(qint64 id, int seenVersion)
{
    auto current = control(id);
    const QString title = current && current->has_value() ? (*current)->title : QString();
    return execute(new DeleteRecordCommand<Control>(
        this, id, seenVersion, tr("Delete control %1").arg(title),
        tr("The control was already deleted by someone else.")));
}

qint64 Workspace::requestAcceptance(const RiskAcceptance &a)
{
    auto *command = new AddRecordCommand<RiskAcceptance>(this, a, tr("Request risk acceptance"));
    if (!execute(command))
        return 0;
    return command->recordId();
}

bool Workspace::editAcceptance(const RiskAcceptance &a)
{
    auto before = acceptance(a.id);
    if (!before || !before->has_value()) {
        const Error error = before
            ? conflict(tr("The risk acceptance was deleted by someone else."))
            : before.error();
        reportFailure(error.message, error);
        return false;
    }
    return execute(new EditRecordCommand<RiskAcceptance>(this, **before, a,
                                                         tr("Edit risk acceptance")));
}

bool Workspace::deleteAcceptance(qint64 id, int seenVersion)
{
    return execute(new DeleteRecordCommand<RiskAcceptance>(
        this, id, seenVersion, tr("Delete risk acceptance request"),
        tr("The risk acceptance was already deleted by someone else.")));
}

bool Workspace::editCadence(const Cadence &c)
{
    auto all = cadences(c.systemId);
    if (!all) {
        reportFailure(all.error().message, all.error());
        return false;
    }
    for (const Cadence &before : std::as_const(*all)) {
        if (before.id == c.id) {
            return execute(new EditRecordCommand<Cadence>(
                this, before, c, tr("Edit %1").arg(displayName(c.kind))));
        }
    }
    const Error error = conflict(tr("The %1 was deleted by someone else.")
                                     .arg(displayName(c.kind)));
    reportFailure(error.message, error);
    return false;
}

// --- Signed records ---------------------------------------------------------------------------

Result<Control> Workspace::recordEvidence(const ControlEvidence &e, int seenVersion)
{
    if (!m_db)
        return noDatabase();
    const int version = expectedVersion(Record::Control, e.controlId, seenVersion);
    auto stored = ControlRepository(*m_db).addEvidence(e, version, today());
    if (stored) {
        remember(Record::Control, stored->id, stored->rowVersion);
        changed(ControlsChange | AuditChange);
    }
    return stored;
}

Result<RiskAcceptance> Workspace::approveAcceptance(qint64 id, int seenVersion)
{
    if (!m_db)
        return noDatabase();
    const int version = expectedVersion(Record::Acceptance, id, seenVersion);
    auto stored = ControlRepository(*m_db).approveAcceptance(id, version, today());
    if (stored) {
        remember(Record::Acceptance, id, stored->rowVersion);
        if (stored->findingId > 0)
            forget(Record::Finding, stored->findingId); // its state changed here
        changed(ControlsChange | FindingsChange | PatchesChange | AuditChange);
    }
    return stored;
}

Result<RiskAcceptance> Workspace::renewAcceptance(qint64 id, int seenVersion,
                                                  const QDate &newExpiry)
{
    if (!m_db)
        return noDatabase();
    const int version = expectedVersion(Record::Acceptance, id, seenVersion);
    auto stored = ControlRepository(*m_db).renewAcceptance(id, version, newExpiry);
    if (stored) {
        remember(Record::Acceptance, id, stored->rowVersion);
        changed(ControlsChange | AuditChange);
    }
    return stored;
}

Result<Cadence> Workspace::markCadenceDone(qint64 id, int seenVersion, const QDate &doneOn,
                                           const QString &note)
{
    if (!m_db)
        return noDatabase();
    const int version = expectedVersion(Record::Cadence, id, seenVersion);
    auto stored = ControlRepository(*m_db).markCadenceDone(id, version, doneOn, note, today());
    if (stored) {
        remember(Record::Cadence, id, stored->rowVersion);
        changed(ControlsChange | AuditChange);
    }
    return stored;
}

Status Workspace::markMajorChange(qint64 systemId, const QDate &changedOn)
{
    if (!m_db)
        return noDatabase();
    Status st = ControlRepository(*m_db).markMajorChange(systemId, changedOn);
    if (st) {
        // The scan cadence's version moved; re-read it before writing it again.
        versionsOf(Record::Cadence).clear();
        changed(ControlsChange | AuditChange);
    }
    return st;
}

Result<LapseResult> Workspace::applyCalendar()
{
    if (!m_db)
        return noDatabase();
    if (!canEdit())
        return LapseResult{};
    auto update = ControlRepository(*m_db).applyCalendar(today());
    if (!update)
        return update.error();
    const LapseResult &lapsed = update->lapsed;
    for (qint64 f : lapsed.findingIds)
        forget(Record::Finding, f);
    for (qint64 a : lapsed.acceptanceIds)
        forget(Record::Acceptance, a);
    if (!lapsed.acceptanceIds.isEmpty() || update->cadencesCreated > 0) {
        changed(ControlsChange | AuditChange
                | (lapsed.findingIds.isEmpty() ? 0 : FindingsChange | PatchesChange));
    }
    return lapsed;
}

// --- Immediate writes -------------------------------------------------------------------------

Result<Control> Workspace::insertControl(const Control &c)
{
    if (!m_db)
        return noDatabase();
    auto stored = ControlRepository(*m_db).insertControl(c, today());
    if (stored) {
        remember(Record::Control, stored->id, stored->rowVersion);
        changed(ControlsChange | AuditChange);
    }
    return stored;
}

Result<Control> Workspace::updateControl(const Control &c)
{
    if (!m_db)
        return noDatabase();
    auto stored = ControlRepository(*m_db).updateControl(c, today());
    if (stored) {
        remember(Record::Control, stored->id, stored->rowVersion);
        changed(ControlsChange | AuditChange);
    }
    return stored;
}

Status Workspace::removeControl(qint64 id, int expectedVersion)
{
    if (!m_db)
        return noDatabase();
    Status st = ControlRepository(*m_db).removeControl(id, expectedVersion);
    if (st) {
        forget(Record::Control, id);
        changed(ControlsChange | AuditChange);
    }
    return st;
}

Result<RiskAcceptance> Workspace::insertAcceptance(const RiskAcceptance &a)
{
    if (!m_db)
        return noDatabase();
    auto stored = ControlRepository(*m_db).insertAcceptance(a);
    if (stored) {
        remember(Record::Acceptance, stored->id, stored->rowVersion);
        changed(ControlsChange | AuditChange);
    }
    return stored;
}

Result<RiskAcceptance> Workspace::updateAcceptance(const RiskAcceptance &a)
{
    if (!m_db)
        return noDatabase();
    auto stored = ControlRepository(*m_db).updateAcceptance(a);
    if (stored) {
        remember(Record::Acceptance, stored->id, stored->rowVersion);
        changed(ControlsChange | AuditChange);
    }
    return stored;
}

Status Workspace::removeAcceptance(qint64 id, int expectedVersion)
{
    if (!m_db)
        return noDatabase();
    Status st = ControlRepository(*m_db).removeAcceptance(id, expectedVersion);
    if (st) {
        forget(Record::Acceptance, id);
        changed(ControlsChange | AuditChange);
    }
    return st;
}

Result<Cadence> Workspace::updateCadence(const Cadence &c)
{
    if (!m_db)
        return noDatabase();
    auto stored = ControlRepository(*m_db).updateCadence(c, today());
    if (stored) {
        remember(Record::Cadence, stored->id, stored->rowVersion);
        changed(ControlsChange | AuditChange);
    }
    return stored;
}

} // namespace pp
