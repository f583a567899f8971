#include "models/workspace.h"

#include "models/commands/componentcommands.h"
#include "models/commands/systemcommands.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "models/tr.h"

#include <QUndoStack>

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
    m_systemVersions.clear();
    m_componentVersions.clear();
    m_db = std::move(db);
    emit databaseChanged();
    emit systemsChanged();
    emit componentsChanged();
    emit auditChanged();
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
    return SystemRepository(*m_db).findAll();
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
    auto stored = SystemRepository(*m_db).update(s);
    if (stored) {
        remember(Record::System, stored->id, stored->rowVersion);
        changed(SystemsChange | AuditChange);
    }
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
    auto stored = ComponentRepository(*m_db).insert(c);
    if (stored) {
        remember(Record::Component, stored->id, stored->rowVersion);
        changed(ComponentsChange | AuditChange);
    }
    return stored;
}

Result<Component> Workspace::updateComponent(const Component &c)
{
    if (!m_db)
        return notOpen();
    auto stored = ComponentRepository(*m_db).update(c);
    if (stored) {
        remember(Record::Component, stored->id, stored->rowVersion);
        changed(ComponentsChange | AuditChange);
    }
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
    const auto systemVersions = m_systemVersions;
    const auto componentVersions = m_componentVersions;
    ++m_batchDepth;
    Status st = m_db->transaction(work);
    --m_batchDepth;
    if (!st && m_batchDepth == 0) {
        // Rolled back: what the inner writes remembered never happened.
        m_systemVersions = systemVersions;
        m_componentVersions = componentVersions;
        m_pendingChanges = 0;
    }
    flushChanges();
    return st;
}

int Workspace::expectedVersion(Record record, qint64 id, int seen) const
{
    const auto &versions = record == Record::System ? m_systemVersions : m_componentVersions;
    return versions.value(id, seen);
}

void Workspace::reportFailure(const QString &message, const Error &error)
{
    m_lastExecuteFailed = true;
    emit commandFailed(message);
    // Someone else changed the data: show what is stored now.
    if (error.kind == ErrorKind::Conflict)
        reload();
}

void Workspace::externalChangeApplied()
{
    m_undoStack->clear();
    m_systemVersions.clear();
    m_componentVersions.clear();
    reload();
}

void Workspace::reload()
{
    changed(SystemsChange | ComponentsChange | AuditChange);
}

void Workspace::changed(int what)
{
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
}

void Workspace::remember(Record record, qint64 id, int version)
{
    (record == Record::System ? m_systemVersions : m_componentVersions).insert(id, version);
}

void Workspace::forget(Record record, qint64 id)
{
    (record == Record::System ? m_systemVersions : m_componentVersions).remove(id);
}

} // namespace pp
