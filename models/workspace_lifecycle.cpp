// The Workspace's lifecycle part (issue 4): reads of the effective lifecycle and the EOSL
// assessment, and the writes the lifecycle commands call. Split from workspace.cpp for size.
#include "models/workspace.h"

#include "models/commands/lifecyclecommands.h"
#include "models/storage/settingsrepository.h"
#include "models/tr.h"

#include <QUndoStack>

namespace pp {
namespace {

Error noDatabase()
{
    return usage(Tr::tr("No database is open."));
}

} // namespace

Result<QList<LifecycleRow>> Workspace::lifecycleRows() const
{
    if (!m_db)
        return noDatabase();
    return LifecycleRepository(*m_db).rows();
}

Result<std::optional<LifecycleRow>> Workspace::lifecycleRow(qint64 componentId) const
{
    if (!m_db)
        return noDatabase();
    return LifecycleRepository(*m_db).row(componentId);
}

Result<LifecycleHorizons> Workspace::lifecycleHorizons() const
{
    if (!m_db)
        return noDatabase();
    return SettingsRepository(*m_db).lifecycleHorizons();
}

Status Workspace::setLifecycleHorizons(const LifecycleHorizons &horizons,
                                       const LifecycleHorizons &seen)
{
    if (!m_db)
        return noDatabase();
    Status st = SettingsRepository(*m_db).setLifecycleHorizons(horizons, seen);
    if (st)
        changed(LifecycleChange | AuditChange);
    return st;
}

Result<QList<EoslItem>> Workspace::eoslItems(QDate today) const
{
    auto rows = lifecycleRows();
    if (!rows)
        return rows.error();
    auto horizons = lifecycleHorizons();
    if (!horizons)
        return horizons.error();
    return assessRows(*rows, today, *horizons);
}

Result<ManualLifecycle> Workspace::manualLifecycle(qint64 componentId) const
{
    if (!m_db)
        return noDatabase();
    return LifecycleRepository(*m_db).manual(componentId);
}

Result<UpgradeDecision> Workspace::upgradeDecision(qint64 componentId) const
{
    if (!m_db)
        return noDatabase();
    return LifecycleRepository(*m_db).decision(componentId);
}

Result<QList<ProductMatchRow>> Workspace::productMatches() const
{
    if (!m_db)
        return noDatabase();
    return LifecycleRepository(*m_db).productMatches();
}

Result<QList<EolProduct>> Workspace::eolProducts() const
{
    if (!m_db)
        return noDatabase();
    return LifecycleRepository(*m_db).products();
}

Result<EolMapping> Workspace::setEolMapping(const EolMapping &m)
{
    if (!m_db)
        return noDatabase();
    auto stored = LifecycleRepository(*m_db).setMapping(m);
    if (stored)
        changed(LifecycleChange | AuditChange);
    return stored;
}

bool Workspace::editManualLifecycle(const ManualLifecycle &after)
{
    auto before = manualLifecycle(after.componentId);
    if (!before) {
        reportFailure(tr("The lifecycle dates were not saved: %1").arg(before.error().message),
                      before.error());
        return false;
    }
    if (before->sameContent(after))
        return true; // nothing to do, nothing to undo
    if (before->rowVersion != after.rowVersion) {
        const Error error = conflict(tr("Someone else changed the lifecycle dates meanwhile."));
        reportFailure(tr("The lifecycle dates were not saved: %1").arg(error.message), error);
        return false;
    }
    return execute(new SetManualLifecycleCommand(this, *before, after));
}

bool Workspace::setLifecycleDate(qint64 componentId, LifecycleField field,
                                 const std::optional<SupportEnd> &value)
{
    auto current = manualLifecycle(componentId);
    if (!current) {
        reportFailure(tr("The lifecycle date was not saved: %1").arg(current.error().message),
                      current.error());
        return false;
    }
    ManualLifecycle after = *current;
    after.componentId = componentId;
    after.setValue(field, value);
    return editManualLifecycle(after);
}

bool Workspace::editUpgradeDecision(const UpgradeDecision &d)
{
    auto before = upgradeDecision(d.componentId);
    if (!before) {
        reportFailure(tr("The decision was not saved: %1").arg(before.error().message),
                      before.error());
        return false;
    }
    if (before->toJson() == d.toJson())
        return true;
    if (before->rowVersion != d.rowVersion) {
        const Error error = conflict(tr("Someone else changed the decision meanwhile."));
        reportFailure(tr("The decision was not saved: %1").arg(error.message), error);
        return false;
    }
    return execute(new SetUpgradeDecisionCommand(this, *before, d));
}

Result<ManualLifecycle> Workspace::writeManualLifecycle(const ManualLifecycle &m)
{
    if (!m_db)
        return noDatabase();
    auto stored = LifecycleRepository(*m_db).saveManual(m);
    if (stored) {
        remember(Record::ManualLifecycle, m.componentId, stored->rowVersion);
        changed(LifecycleChange | AuditChange);
    }
    return stored;
}

Result<DecisionSaved> Workspace::writeUpgradeDecision(const UpgradeDecision &d)
{
    if (!m_db)
        return noDatabase();
    auto stored = LifecycleRepository(*m_db).setDecision(d);
    if (stored) {
        remember(Record::Decision, d.componentId, stored->decision.rowVersion);
        if (stored->frozeSystem) {
            forget(Record::System, stored->systemId); // re-read the version before writing it
            changed(SystemsChange);
        }
        changed(LifecycleChange | AuditChange);
    }
    return stored;
}

Status Workspace::clearUpgradeDecision(qint64 componentId, int expectedVersion)
{
    if (!m_db)
        return noDatabase();
    Status st = LifecycleRepository(*m_db).clearDecision(componentId, expectedVersion);
    if (st) {
        remember(Record::Decision, componentId, 0);
        changed(LifecycleChange | AuditChange);
    }
    return st;
}

} // namespace pp
