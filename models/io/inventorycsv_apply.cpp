// InventoryCsv::apply(): writing a validated preview to the database in one transaction.
#include "models/io/inventorycsv.h"
#include "models/io/freedmemory.h"
#include "models/io/vulnimport.h"
#include "models/storage/findingrepository.h"

#include "models/io/inventorycsv_p.h"
#include "models/storage/componentrepository.h"
#include "models/storage/controlrepository.h"
#include "models/storage/database.h"
#include "models/storage/systemrepository.h"

#include <QHash>

namespace pp {
namespace {

using namespace pp::Internal;

/// Writes a preview into the database; run inside one transaction by InventoryCsv::apply().
class Applier
{
public:
    Applier(Database &db, const InventoryImportPreview &preview, InventoryImportReport &report)
        : m_preview(preview)
        , m_report(report)
        , m_systemRepo(db)
        , m_componentRepo(db)
    {
    }

    Status run();

private:
    Error located(int line, const Error &e) const
    {
        const ImportIssue where {
            m_preview.file, line, QString(), e.message, ImportIssue::Severity::Error};
        return Error {e.kind, where.toString()};
    }

    /// The values the file gives for each system, all its rows together (they agree: parse()
    /// checked), so that a criticality given on a system's second row is not lost.
    void mergeSystems();
    /// Creates or updates the system of @p code; sets @p changed when it wrote anything.
    Result<System> writeSystem(const QString &code, int line, bool &changed);
    /// Decides what the row's component needs (created, updated, nothing) and queues it.
    void collectComponent(const InventoryCsvRow &row, qint64 systemId, bool &changed);
    /// Writes the queued components.
    Status writeComponents();

    struct FileSystem
    {
        System values;
        ColumnSet given = 0;
    };

    const InventoryImportPreview &m_preview;
    InventoryImportReport &m_report;
    SystemRepository m_systemRepo;
    ComponentRepository m_componentRepo;
    QHash<QString, FileSystem> m_fileSystems;
    QHash<QString, System> m_storedSystems; ///< by code
    QHash<QString, Component> m_storedComponents; ///< by componentKey() with the system's id
    QList<Component> m_toInsert;
    QList<int> m_insertLines; ///< the file's line of each component to insert
    QHash<QString, qsizetype> m_insertAt; ///< componentKey() -> its index in m_toInsert
    QList<Component> m_toUpdate;
    QList<int> m_updateLines;
    QHash<QString, qsizetype> m_updateAt;
};

void Applier::mergeSystems()
{
    for (const InventoryCsvRow &row : m_preview.rows) {
        FileSystem &fs = m_fileSystems[row.system.code.trimmed()];
        const ColumnSet fresh = row.givenColumns & ~fs.given;
        copySystemColumns(fs.values, row.system, fresh);
        fs.given |= fresh;
    }
}

Result<System> Applier::writeSystem(const QString &code, int line, bool &changed)
{
    const FileSystem &fs = m_fileSystems.value(code);
    const auto stored = m_storedSystems.constFind(code);
    if (stored == m_storedSystems.cend()) {
        System created;
        copySystemColumns(created, fs.values, fs.given);
        auto r = m_systemRepo.insert(created);
        if (!r)
            return located(line, r.error());
        ++m_report.systemsCreated;
        changed = true;
        return r;
    }
    System target = *stored;
    copySystemColumns(target, fs.values, fs.given);
    if (target.sameContent(*stored))
        return target;
    auto r = m_systemRepo.update(target);
    if (!r)
        return located(line, r.error());
    ++m_report.systemsUpdated;
    m_report.updatedSystems << r->id;
    changed = true;
    return r;
}

void Applier::collectComponent(const InventoryCsvRow &row, qint64 systemId, bool &changed)
{
    const Component &fromFile = *row.component;
    const QString key = componentKey(
        QString::number(systemId), fromFile.kind, fromFile.product, fromFile.version);
    // A component listed twice (parse() warned) is written once: the later row's values go
    // into what the earlier row queued, as if the earlier had been stored already.
    if (const auto queued = m_insertAt.constFind(key); queued != m_insertAt.cend()) {
        Component &target = m_toInsert[*queued];
        const Component before = target;
        copyComponentData(target, fromFile, row.givenColumns);
        if (!target.sameContent(before)) {
            ++m_report.componentsUpdated;
            changed = true;
        }
        return;
    }
    const auto stored = m_storedComponents.constFind(key);
    if (stored == m_storedComponents.cend()) {
        Component created;
        created.systemId = systemId;
        created.kind = fromFile.kind;
        created.product = fromFile.product;
        created.version = fromFile.version;
        copyComponentData(created, fromFile, row.givenColumns);
        m_insertAt.insert(key, m_toInsert.size());
        m_toInsert << created;
        m_insertLines << row.line;
        changed = true;
        return;
    }
    const auto queued = m_updateAt.constFind(key);
    Component target = queued != m_updateAt.cend() ? m_toUpdate.at(*queued) : *stored;
    const Component before = target;
    copyComponentData(target, fromFile, row.givenColumns);
    if (target.sameContent(before))
        return;
    changed = true;
    if (queued != m_updateAt.cend()) {
        m_toUpdate[*queued] = target;
        return;
    }
    m_updateAt.insert(key, m_toUpdate.size());
    m_toUpdate << target;
    m_updateLines << row.line;
}

Status Applier::writeComponents()
{
    // All in a few statements prepared once, not a round trip per row.
    qsizetype failedAt = -1;
    if (!m_toInsert.isEmpty()) {
        auto created = m_componentRepo.insertMany(m_toInsert, &failedAt);
        if (!created)
            return located(m_insertLines.value(failedAt), created.error());
        m_report.componentsCreated += int(created->size());
        for (const Component &c : std::as_const(*created))
            m_report.touchedComponents << c.id;
    }
    if (!m_toUpdate.isEmpty()) {
        auto updated = m_componentRepo.updateMany(m_toUpdate, &failedAt);
        if (!updated)
            return located(m_updateLines.value(failedAt), updated.error());
        m_report.componentsUpdated += int(updated->size());
        for (const Component &c : std::as_const(*updated))
            m_report.touchedComponents << c.id;
    }
    return {};
}

Status Applier::run()
{
    // Everything stored is read once, up front: one query each instead of one per row.
    auto systems = m_systemRepo.findAll();
    if (!systems)
        return systems.error();
    for (const System &s : *systems)
        m_storedSystems.insert(s.code, s);
    auto components = m_componentRepo.findAll();
    if (!components)
        return components.error();
    for (const Component &c : *components) {
        m_storedComponents.insert(
            componentKey(QString::number(c.systemId), c.kind, c.product, c.version), c);
    }
    mergeSystems();

    /// Systems already written by this import: their stored form, and whether it changed.
    struct Written
    {
        System system;
        bool changed = false;
    };
    QHash<QString, Written> written;
    for (const InventoryCsvRow &row : m_preview.rows) {
        const QString code = row.system.code.trimmed();
        auto it = written.find(code);
        if (it == written.end()) {
            bool changed = false;
            auto s = writeSystem(code, row.line, changed);
            if (!s)
                return s.error();
            it = written.insert(code, Written {*s, changed});
        }
        bool componentChanged = false;
        if (row.component)
            collectComponent(row, it->system.id, componentChanged);
        // A row is unchanged when what it describes, its system and its component, was stored
        // exactly so before this import.
        if (!it->changed && !componentChanged)
            ++m_report.unchanged;
    }
    return writeComponents();
}

} // namespace

Result<InventoryImportReport> InventoryCsv::apply(
    Database &db, const InventoryImportPreview &preview, const QDate &today)
{
    if (preview.hasErrors()) {
        return rejected(tr("%1 has errors, so nothing was imported. Correct them and import the "
                           "file again.")
                            .arg(preview.file));
    }
    InventoryImportReport report;
    // The inventory and what it means for findings together: new and changed components are
    // matched against the stored vulnerabilities, and a changed exposure or tier moves due
    // dates, in the same transaction.
    const Status st = db.transaction([&]() -> Status {
        if (Status s = Applier(db, preview, report).run(); !s)
            return s;
        // New systems' cadences now, with them: 5,000 imported systems' 15,000 cadences held
        // the window's start-up when its first open made them (issue 9).
        if (report.systemsCreated > 0) {
            if (auto made = ControlRepository(db).ensureDefaultCadences(today); !made)
                return made.error();
        }
        if (!report.updatedSystems.isEmpty()) {
            auto due = FindingRepository(db).recomputeDue({}, report.updatedSystems);
            if (!due)
                return due.error();
        }
        if (report.touchedComponents.isEmpty())
            return {};
        auto matched = VulnImport::rematch(db, report.touchedComponents);
        if (!matched)
            return matched.error();
        report.findingsCreated = matched->findingsCreated;
        report.findingsResolved = matched->findingsResolved;
        return {};
    });
    releaseFreedMemory(); // what the writing held: stored rows, queued components
    if (!st)
        return st.error();
    return report;
}

} // namespace pp
