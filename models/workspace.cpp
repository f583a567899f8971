#include "models/workspace.h"

#include "models/commands/componentcommands.h"
#include "models/commands/systemcommands.h"
#include "models/io/vulnimport.h"
#include "models/storage/componentrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/roleadmin.h"
#include "models/storage/systemrepository.h"
#include "models/tr.h"

#include <QLoggingCategory>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcWorkspace, "pp.workspace", QtWarningMsg)

namespace pp {
namespace {

Error notOpen()
{
    return usage(Tr::tr("No database is open."));
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

Workspace::~Workspace()
{
    // Commands refer to this workspace: delete them before the database goes.
    m_undoStack->clear();
}

Status Workspace::open(const QString &location, const Database::Options &options)
{
    auto db = Database::open(location, options);
    if (!db)
        return db.error();
    setDatabase(std::move(*db));
    return {};
}

void Workspace::setDatabase(std::unique_ptr<Database> db)
{
    m_undoStack->clear();
    for (auto &versions : m_versions)
        versions.clear();
    m_watcher.reset();
    m_systems.reset();
    m_db = std::move(db);
    m_capabilities = Capabilities::viewOnly();
    if (m_db) {
        auto capabilities = RoleAdmin(*m_db).capabilities();
        if (capabilities)
            m_capabilities = *capabilities;
        else
            qCWarning(lcWorkspace) << "rights unknown, read-only:" << capabilities.error().message;
        m_watcher = std::make_unique<ChangeWatcher>(*m_db);
        connect(m_watcher.get(), &ChangeWatcher::changedElsewhere, this,
                &Workspace::applyChangesElsewhere);
        if (Status s = m_watcher->start(); !s)
            qCWarning(lcWorkspace) << "others' changes will not show:" << s.error().message;
    }
    emit databaseChanged();
    emit systemsChanged();
    emit componentsChanged();
    emit auditChanged();
    emit lifecycleChanged();
}

void Workspace::close()
{
    if (!m_db)
        return;
    setDatabase(nullptr);
}

bool Workspace::isReadOnly() const
{
    return m_db && m_db->isReadOnly();
}

QString Workspace::location() const
{
    return m_db ? m_db->location() : QString();
}

QString Workspace::actor() const
{
    return m_db ? m_db->actor() : QString();
}

// --- Reading ----------------------------------------------------------------------------------

Result<QList<System>> Workspace::systems() const
{
    if (!m_db)
        return notOpen();
    if (!m_systems) {
        auto read = SystemRepository(*m_db).findAll();
        if (!read)
            return read.error();
        m_systems = std::move(*read);
    }
    return *m_systems;
}

Result<std::optional<System>> Workspace::system(qint64 id) const
{
    if (!m_db)
        return notOpen();
    return SystemRepository(*m_db).findById(id);
}

Result<QList<Component>> Workspace::components(qint64 systemId) const
{
    if (!m_db)
        return notOpen();
    ComponentRepository repo(*m_db);
    return systemId > 0 ? repo.findBySystem(systemId) : repo.findAll();
}

Result<std::optional<Component>> Workspace::component(qint64 id) const
{
    if (!m_db)
        return notOpen();
    return ComponentRepository(*m_db).findById(id);
}

Result<QHash<qint64, int>> Workspace::componentCounts() const
{
    if (!m_db)
        return notOpen();
    return ComponentRepository(*m_db).countBySystem();
}

Result<InventoryStats> Workspace::stats() const
{
    if (!m_db)
        return notOpen();
    return InventoryRepository(*m_db).stats();
}

Result<QList<AuditEntry>> Workspace::auditEntries(const AuditFilter &filter, int offset,
                                                  int limit) const
{
    if (!m_db)
        return notOpen();
    return AuditLog(*m_db).find(filter, offset, limit);
}

Result<int> Workspace::auditCount(const AuditFilter &filter) const
{
    if (!m_db)
        return notOpen();
    return AuditLog(*m_db).count(filter);
}

Result<QStringList> Workspace::auditActors() const
{
    if (!m_db)
        return notOpen();
    return AuditLog(*m_db).actors();
}

Result<QStringList> Workspace::auditEntities() const
{
    if (!m_db)
        return notOpen();
    return AuditLog(*m_db).entities();
}

Result<AuditVerification> Workspace::verifyAudit() const
{
    if (!m_db)
        return notOpen();
    return AuditLog(*m_db).verify();
}

// --- Undoable editing -------------------------------------------------------------------------

bool Workspace::execute(QUndoCommand *command)
{
    m_lastExecuteFailed = false;
    // QUndoStack::push() runs redo(); a command that failed has marked itself obsolete, and the
    // stack deletes it instead of keeping it.
    m_undoStack->push(command);
    return !m_lastExecuteFailed;
}

qint64 Workspace::addSystem(const System &s)
{
    auto *command = new AddSystemCommand(this, s);
    if (!execute(command))
        return 0;
    return command->systemId();
}

bool Workspace::editSystem(const System &s)
{
    auto before = system(s.id);
    if (!before || !before->has_value()) {
        const Error error = before ? conflict(tr("The system %1 was deleted by someone else.")
                                                  .arg(s.code))
                                   : before.error();
        reportFailure(tr("The system %1 was not saved: %2").arg(s.code, error.message), error);
        return false;
    }
    if ((*before)->sameContent(s) && (*before)->rowVersion == s.rowVersion)
        return true; // nothing to do, nothing to undo
    return execute(new EditSystemCommand(this, **before, s));
}

bool Workspace::deleteSystem(qint64 id, int seenVersion)
{
    auto current = system(id);
    if (!current || !current->has_value()) {
        const Error error =
            current ? conflict(tr("The system was already deleted by someone else."))
                    : current.error();
        reportFailure(error.message, error);
        return false;
    }
    return execute(new DeleteSystemCommand(this, id, seenVersion, (*current)->code));
}

qint64 Workspace::addComponent(const Component &c)
{
    auto *command = new AddComponentCommand(this, c);
    if (!execute(command))
        return 0;
    return command->componentId();
}

bool Workspace::editComponent(const Component &c)
{
    auto before = component(c.id);
    if (!before || !before->has_value()) {
        const Error error = before
            ? conflict(tr("The component %1 was deleted by someone else.").arg(c.label()))
            : before.error();
        reportFailure(tr("The component %1 was not saved: %2").arg(c.label(), error.message),
                      error);
        return false;
    }
    if ((*before)->sameContent(c) && (*before)->rowVersion == c.rowVersion)
        return true;
    return execute(new EditComponentCommand(this, **before, c));
}

bool Workspace::deleteComponent(qint64 id, int seenVersion)
{
    auto current = component(id);
    if (!current || !current->has_value()) {
        const Error error =
            current ? conflict(tr("The component was already deleted by someone else."))
                    : current.error();
        reportFailure(error.message, error);
        return false;
    }
    return execute(new DeleteComponentCommand(this, id, seenVersion, (*current)->label()));
}

// --- Saving from an editor that settles conflicts ----------------------------------------------

Status Workspace::lastFailure() const
{
    if (!m_lastExecuteFailed)
        return {};
    return m_lastError;
}

Status Workspace::saveSystem(const System &s)
{
    const bool previous = std::exchange(m_conflictsToCaller, true);
    m_lastExecuteFailed = false;
    editSystem(s);
    m_conflictsToCaller = previous;
    return lastFailure();
}

Status Workspace::saveComponent(const Component &c)
{
    const bool previous = std::exchange(m_conflictsToCaller, true);
    m_lastExecuteFailed = false;
    editComponent(c);
    m_conflictsToCaller = previous;
    return lastFailure();
}

Result<EditConflict> Workspace::systemConflict(const System &mine, const System &base) const
{
    auto stored = system(mine.id);
    if (!stored)
        return stored.error();
    EditConflict c;
    c.entity = QStringLiteral("system");
    c.id = mine.id;
    c.recordLabel = stored->has_value() ? (*stored)->code : base.code;
    c.deleted = !stored->has_value();
    c.theirVersion = c.deleted ? 0 : (*stored)->rowVersion;
    c.differences = compareSystems(mine, *stored, base);
    if (auto last = lastChange(c.entity, c.id); last && last->has_value()) {
        c.actor = (*last)->actor;
        c.at = QDateTime::fromString((*last)->at, Qt::ISODate);
    }
    return c;
}

Result<EditConflict> Workspace::componentConflict(const Component &mine,
                                                  const Component &base) const
{
    auto stored = component(mine.id);
    if (!stored)
        return stored.error();
    auto all = systems();
    if (!all)
        return all.error();
    QHash<qint64, QString> names;
    for (const System &s : std::as_const(*all))
        names.insert(s.id, tr("%1 \u2014 %2").arg(s.code, s.name));
    EditConflict c;
    c.entity = QStringLiteral("component");
    c.id = mine.id;
    c.recordLabel = stored->has_value() ? (*stored)->label() : base.label();
    c.deleted = !stored->has_value();
    c.theirVersion = c.deleted ? 0 : (*stored)->rowVersion;
    c.differences = compareComponents(mine, *stored, base, names);
    if (auto last = lastChange(c.entity, c.id); last && last->has_value()) {
        c.actor = (*last)->actor;
        c.at = QDateTime::fromString((*last)->at, Qt::ISODate);
    }
    return c;
}

Result<qint64> Workspace::overwriteSystem(const System &mine, const EditConflict &conflict)
{
    if (conflict.deleted) {
        const qint64 id = addSystem(mine);
        if (id == 0)
            return m_lastError;
        return id;
    }
    System s = mine;
    s.rowVersion = conflict.theirVersion;
    if (Status st = saveSystem(s); !st)
        return st.error();
    return s.id;
}

Result<qint64> Workspace::overwriteComponent(const Component &mine, const EditConflict &conflict)
{
    if (conflict.deleted) {
        const qint64 id = addComponent(mine);
        if (id == 0)
            return m_lastError;
        return id;
    }
    Component c = mine;
    c.rowVersion = conflict.theirVersion;
    if (Status st = saveComponent(c); !st)
        return st.error();
    return c.id;
}

// --- Immediate writes -------------------------------------------------------------------------

Result<System> Workspace::insertSystem(const System &s)
{
    if (!m_db)
        return notOpen();
    auto stored = SystemRepository(*m_db).insert(s);
    if (stored) {
        remember(Record::System, stored->id, stored->rowVersion);
        changed(SystemsChange | AuditChange);
    }
    return stored;
}

Result<System> Workspace::updateSystem(const System &s)
{
    if (!m_db)
        return notOpen();
    // Exposure and tier decide due dates and tracks: the system's open findings follow in the
    // same transaction, so the lists never show dates for a system as it no longer is.
    Result<System> stored = s;
    bool rulesChanged = false;
    Status st = m_db->transaction([&]() -> Status {
        auto before = SystemRepository(*m_db).findById(s.id);
        if (!before)
            return before.error();
        stored = SystemRepository(*m_db).update(s);
        if (!stored)
            return stored.error();
        rulesChanged = before->has_value()
            && ((*before)->exposure != stored->exposure
                || (*before)->criticality != stored->criticality);
        if (!rulesChanged)
            return {};
        auto due = FindingRepository(*m_db).recomputeDue({}, {s.id});
        if (!due)
            return due.error();
        return {};
    });
    if (!st)
        return st.error();
    remember(Record::System, stored->id, stored->rowVersion);
    changed(SystemsChange | AuditChange | (rulesChanged ? FindingsChange | PatchesChange : 0));
    return stored;
}

Status Workspace::removeSystem(qint64 id, int expectedVersion)
{
    if (!m_db)
        return notOpen();
    auto components = ComponentRepository(*m_db).findBySystem(id);
    Status st = SystemRepository(*m_db).remove(id, expectedVersion);
    if (st) {
        forget(Record::System, id);
        if (components) {
            for (const Component &c : *components)
                forget(Record::Component, c.id);
        }
        changed(SystemsChange | ComponentsChange | AuditChange);
    }
    return st;
}

Result<Component> Workspace::insertComponent(const Component &c)
{
    if (!m_db)
        return notOpen();
    // A new component may be affected by stored vulnerabilities: matched in the same
    // transaction, so that it never exists without its findings.
    Result<Component> stored = c;
    Status st = m_db->transaction([&]() -> Status {
        stored = ComponentRepository(*m_db).insert(c);
        if (!stored)
            return stored.error();
        auto matched = VulnImport::rematch(*m_db, {stored->id});
        if (!matched)
            return matched.error();
        return {};
    });
    if (!st)
        return st.error();
    remember(Record::Component, stored->id, stored->rowVersion);
    changed(ComponentsChange | AuditChange | FindingsChange | PatchesChange);
    return stored;
}

Result<Component> Workspace::updateComponent(const Component &c)
{
    if (!m_db)
        return notOpen();
    // What matching looks at changed: rematch in the same transaction (findings resolved,
    // created or re-opened, the upgrade patch recomputed).
    Result<Component> stored = c;
    bool rematched = false;
    Status st = m_db->transaction([&]() -> Status {
        auto before = ComponentRepository(*m_db).findById(c.id);
        if (!before)
            return before.error();
        stored = ComponentRepository(*m_db).update(c);
        if (!stored)
            return stored.error();
        rematched = !before->has_value() || (*before)->version != stored->version
            || (*before)->cpe != stored->cpe || (*before)->vendor != stored->vendor
            || (*before)->product != stored->product || (*before)->purl != stored->purl;
        if (!rematched)
            return {};
        auto matched = VulnImport::rematch(*m_db, {stored->id});
        if (!matched)
            return matched.error();
        return {};
    });
    if (!st)
        return st.error();
    remember(Record::Component, stored->id, stored->rowVersion);
    changed(ComponentsChange | AuditChange | (rematched ? FindingsChange | PatchesChange : 0));
    return stored;
}

Status Workspace::removeComponent(qint64 id, int expectedVersion)
{
    if (!m_db)
        return notOpen();
    Status st = ComponentRepository(*m_db).remove(id, expectedVersion);
    if (st) {
        forget(Record::Component, id);
        changed(ComponentsChange | AuditChange);
    }
    return st;
}

Status Workspace::transaction(const std::function<Status()> &work)
{
    if (!m_db)
        return notOpen();
    const auto versions = m_versions;
    ++m_batchDepth;
    Status st = m_db->transaction(work);
    --m_batchDepth;
    if (!st && m_batchDepth == 0) {
        // Rolled back: what the inner writes remembered never happened.
        m_versions = versions;
        m_pendingChanges = 0;
    }
    flushChanges();
    return st;
}

int Workspace::expectedVersion(Record record, qint64 id, int seen) const
{
    return const_cast<Workspace *>(this)->versionsOf(record).value(id, seen);
}

void Workspace::reportFailure(const QString &message, const Error &error)
{
    m_lastExecuteFailed = true;
    m_lastError = error;
    if (m_conflictsToCaller && error.kind == ErrorKind::Conflict) {
        reload(); // the caller shows the user both versions
        return;
    }
    emit commandFailed(message);
    // Someone else changed the data: show what is stored now.
    if (error.kind == ErrorKind::Conflict)
        reload();
}

void Workspace::externalChangeApplied()
{
    m_undoStack->clear();
    for (auto &versions : m_versions)
        versions.clear();
    reload();
}

void Workspace::reload()
{
    changed(SystemsChange | ComponentsChange | AuditChange | LifecycleChange
            | VulnerabilitiesChange | FindingsChange | PatchesChange | ControlsChange
            | PlansChange);
}

Result<std::optional<AuditEntry>> Workspace::lastChange(const QString &entity, qint64 id) const
{
    if (!m_db)
        return notOpen();
    return AuditLog(*m_db).latestFor(entity, id);
}

void Workspace::applyChangesElsewhere(const ExternalChanges &changes)
{
    int what = AuditChange | LifecycleChange; // lifecycle rows show systems and components too
    if (changes.everything)
        what |= SystemsChange | ComponentsChange;
    if (changes.touches(QStringLiteral("system")))
        what |= SystemsChange; // components show their system's code and name too
    if (changes.touches(QStringLiteral("component")))
        what |= ComponentsChange;
    if (changes.everything || changes.touches(QStringLiteral("vulnerability"))
        || changes.touches(QStringLiteral("vulnerability_import")))
        what |= VulnerabilitiesChange;
    if (changes.everything || changes.touches(QStringLiteral("finding")))
        what |= FindingsChange;
    if (changes.everything || changes.touches(QStringLiteral("patch")))
        what |= PatchesChange;
    if (changes.everything || changes.touches(QStringLiteral("control"))
        || changes.touches(QStringLiteral("risk_acceptance"))
        || changes.touches(QStringLiteral("cadence")))
        what |= ControlsChange;
    if (changes.everything || changes.touches(QStringLiteral("plan"))
        || changes.touches(QStringLiteral("plan_step"))
        || changes.touches(QStringLiteral("approval"))
        || changes.touches(QStringLiteral("maintenance_window"))
        || changes.touches(QStringLiteral("blackout")))
        what |= PlansChange;
    changed(what);
    emit changedElsewhere(changes);
}

void Workspace::changed(int what)
{
    if (what & SystemsChange)
        m_systems.reset(); // before anyone is told: they read them again
    m_pendingChanges |= what;
    flushChanges();
}

void Workspace::flushChanges()
{
    if (m_batchDepth > 0 || m_pendingChanges == 0)
        return;
    const int what = m_pendingChanges;
    m_pendingChanges = 0;
    if (what & SystemsChange)
        emit systemsChanged();
    if (what & ComponentsChange)
        emit componentsChanged();
    if (what & AuditChange)
        emit auditChanged();
    if (what & (LifecycleChange | SystemsChange | ComponentsChange))
        emit lifecycleChanged();
    if (what & VulnerabilitiesChange)
        emit vulnerabilitiesChanged();
    if (what & (FindingsChange | VulnerabilitiesChange | SystemsChange | ComponentsChange))
        emit findingsChanged();
    if (what & (PatchesChange | FindingsChange | VulnerabilitiesChange | ComponentsChange))
        emit patchesChanged();
    // The register lists frozen systems' components, findings and EOSL status.
    if (what & (ControlsChange | FindingsChange | LifecycleChange | SystemsChange
                | ComponentsChange))
        emit controlsChanged();
    if (what & (PlansChange | SystemsChange | PatchesChange))
        emit plansChanged();
}

void Workspace::remember(Record record, qint64 id, int version)
{
    versionsOf(record).insert(id, version);
}

QHash<qint64, int> &Workspace::versionsOf(Record record)
{
    return m_versions[std::size_t(record)];
}

void Workspace::forget(Record record, qint64 id)
{
    versionsOf(record).remove(id);
}

} // namespace pp
