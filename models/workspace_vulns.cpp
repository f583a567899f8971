// The Workspace's vulnerability part (issue 5): reads of vulnerabilities, findings and pending
// patches, triage and vendor patches (undoable), and the due-date policy. Split from
// workspace.cpp for size.
#include "models/workspace.h"

#include "models/commands/findingcommands.h"
#include "models/storage/findingrepository.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/vulnerabilityrepository.h"
#include "models/tr.h"

namespace pp {
namespace {

Error noDatabase()
{
    return usage(Tr::tr("No database is open."));
}

} // namespace

Result<QList<VulnRow>> Workspace::vulnerabilityRows(const VulnFilter &filter) const
{
    if (!m_db)
        return noDatabase();
    return VulnerabilityRepository(*m_db).rows(filter);
}

Result<std::optional<Vulnerability>> Workspace::vulnerability(qint64 id) const
{
    if (!m_db)
        return noDatabase();
    return VulnerabilityRepository(*m_db).find(id);
}

Result<QList<CpeConfiguration>> Workspace::vulnerabilityConfigurations(qint64 id) const
{
    if (!m_db)
        return noDatabase();
    auto all = VulnerabilityRepository(*m_db).configurations(QList<qint64>{id});
    if (!all)
        return all.error();
    return all->value(id);
}

Result<QList<VulnReference>> Workspace::vulnerabilityReferences(qint64 id) const
{
    if (!m_db)
        return noDatabase();
    return VulnerabilityRepository(*m_db).references(id);
}

Result<QList<FindingRow>> Workspace::findingRows(const FindingFilter &filter) const
{
    if (!m_db)
        return noDatabase();
    return FindingRepository(*m_db).rows(filter);
}

Result<FindingCounts> Workspace::findingCounts(QDate today) const
{
    if (!m_db)
        return noDatabase();
    return FindingRepository(*m_db).counts(today);
}

bool Workspace::triageFindings(const QList<Finding> &findings, AnalysisState state,
                               Justification justification, const QString &detail,
                               QDate reviewDate)
{
    if (findings.isEmpty())
        return true; // nothing selected: nothing to record in the history
    return execute(new TriageCommand(this, findings, state, justification, detail, reviewDate));
}

Result<QList<Finding>> Workspace::writeFindingStates(const QList<Finding> &after)
{
    if (!m_db)
        return noDatabase();
    QList<Finding> stored;
    Status st = transaction([&]() -> Status {
        auto written = FindingRepository(*m_db).setStates(after);
        if (!written)
            return written.error();
        stored = *written;
        for (const Finding &f : std::as_const(stored))
            remember(Record::Finding, f.id, f.rowVersion);
        changed(FindingsChange | PatchesChange | AuditChange);
        return {};
    });
    if (!st)
        return st.error();
    return stored;
}

Result<QList<PatchRow>> Workspace::patchRows(qint64 systemId) const
{
    if (!m_db)
        return noDatabase();
    return FindingRepository(*m_db).patchRows(systemId);
}

Result<std::optional<Patch>> Workspace::patch(qint64 id) const
{
    if (!m_db)
        return noDatabase();
    return FindingRepository(*m_db).patch(id);
}

qint64 Workspace::addVendorPatch(const Patch &p)
{
    auto *command = new AddPatchCommand(this, p);
    if (!execute(command))
        return 0;
    return command->patchId();
}

bool Workspace::editVendorPatch(const Patch &p)
{
    auto before = patch(p.id);
    if (!before || !before->has_value()) {
        const Error error =
            before ? conflict(tr("The patch \"%1\" was deleted by someone else.").arg(p.title))
                   : before.error();
        reportFailure(error.message, error);
        return false;
    }
    Patch after = p;
    // The kind and component of a computed upgrade stay what matching made them; its other
    // values (reboot, minutes, notes...) are the user's to set.
    after.kind = (*before)->kind;
    if (after.kind == PatchKind::Upgrade) {
        after.componentId = (*before)->componentId;
        after.findingIds = (*before)->findingIds;
    }
    return execute(new EditPatchCommand(this, **before, after));
}

bool Workspace::deleteVendorPatch(qint64 id, int seenVersion)
{
    auto current = patch(id);
    if (!current || !current->has_value()) {
        const Error error = current
            ? conflict(tr("The patch was already deleted by someone else."))
            : current.error();
        reportFailure(error.message, error);
        return false;
    }
    if ((*current)->kind != PatchKind::Vendor) {
        // An upgrade patch follows the open findings: it goes when they are resolved.
        const Error error = usage(tr("\"%1\" is computed from the open findings and cannot be "
                                     "deleted; resolve or triage its findings instead.")
                                      .arg((*current)->title));
        reportFailure(error.message, error);
        return false;
    }
    return execute(new DeletePatchCommand(this, id, seenVersion, (*current)->title));
}

Result<Patch> Workspace::insertPatch(const Patch &p)
{
    if (!m_db)
        return noDatabase();
    auto stored = FindingRepository(*m_db).insertPatch(p);
    if (stored) {
        remember(Record::Patch, stored->id, stored->rowVersion);
        changed(PatchesChange | AuditChange);
    }
    return stored;
}

Result<Patch> Workspace::updatePatch(const Patch &p)
{
    if (!m_db)
        return noDatabase();
    auto stored = FindingRepository(*m_db).updatePatch(p);
    if (stored) {
        remember(Record::Patch, stored->id, stored->rowVersion);
        changed(PatchesChange | AuditChange);
    }
    return stored;
}

Status Workspace::removePatch(qint64 id, int expectedVersion)
{
    if (!m_db)
        return noDatabase();
    Status st = FindingRepository(*m_db).removePatch(id, expectedVersion);
    if (st) {
        forget(Record::Patch, id);
        changed(PatchesChange | AuditChange);
    }
    return st;
}

Result<DuePolicy> Workspace::duePolicy() const
{
    if (!m_db)
        return noDatabase();
    return SettingsRepository(*m_db).duePolicy();
}

Status Workspace::setDuePolicy(const DuePolicy &policy, const DuePolicy &seen)
{
    if (!m_db)
        return noDatabase();
    return transaction([&]() -> Status {
        if (Status st = SettingsRepository(*m_db).setDuePolicy(policy, seen); !st)
            return st;
        auto recomputed = FindingRepository(*m_db).recomputeDue({});
        if (!recomputed)
            return recomputed.error();
        // Due dates feed the patches' urgency, which their rows compute when read.
        changed(FindingsChange | PatchesChange | AuditChange);
        return {};
    });
}

} // namespace pp
