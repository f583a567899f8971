#include "models/itemmodels/componenttablemodel.h"

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/filterproxymodel.h"
#include "models/storage/componentrepository.h"
#include "models/workerpool.h"
#include "models/workspace.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent>

namespace pp {

/// What a background load read: the rows, with their search texts, or why it failed.
struct ComponentTableModel::Loaded
{
    QList<Row> rows;
    QString error; ///< empty on success
};

namespace {

const System &systemOf(const QHash<qint64, System> &systems, qint64 id)
{
    static const System none;
    const auto it = systems.constFind(id);
    return it == systems.cend() ? none : *it;
}

} // namespace

ComponentTableModel::ComponentTableModel(Workspace *workspace, QObject *parent)
    : ComponentTableModel(workspace, false, parent)
{
}

ComponentTableModel::ComponentTableModel(Workspace *workspace, bool backgroundLoading,
                                         QObject *parent)
    : RecordTableModel(parent)
    , m_workspace(workspace)
    , m_backgroundLoading(backgroundLoading)
{
    connect(workspace, &Workspace::databaseChanged, this, [this]() {
        ++m_generation; // a load from the previous database is not shown
        setLoading(false);
        beginResetModel();
        m_systemFilter = 0;
        m_rows.clear();
        m_systems.clear();
        endResetModel();
    });
    connect(workspace, &Workspace::systemsChanged, this, &ComponentTableModel::reloadSystems);
    connect(workspace, &Workspace::componentsChanged, this, &ComponentTableModel::reload);
    reloadSystems();
    reload();
}

ComponentTableModel::~ComponentTableModel() = default;

int ComponentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ComponentTableModel::setSystemFilter(qint64 systemId)
{
    if (systemId == m_systemFilter)
        return;
    ++m_generation; // a load under way for the previous choice is not shown
    setLoading(false);
    beginResetModel();
    m_systemFilter = systemId;
    m_rows.clear();
    endResetModel();
    reload();
}

int ComponentTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void ComponentTableModel::reload()
{
    // A load of many rows: in the background (the rows shown stay until the new ones arrive).
    if (m_backgroundLoading && m_workspace && m_workspace->isOpen() && startBackgroundLoad())
        return;
    ++m_generation;
    setLoading(false);
    QList<Row> fresh;
    if (m_workspace && m_workspace->isOpen()) {
        auto components = m_workspace->components(m_systemFilter);
        if (!components) {
            emit loadFailed(components.error().message);
            return;
        }
        fresh.reserve(components->size());
        for (Component &c : *components)
            fresh.append(Row{c.id, std::move(c), QByteArray()});
    }
    applyFresh(std::move(fresh));
}

void ComponentTableModel::applyFresh(QList<Row> fresh)
{
    if (m_rows.isEmpty()) {
        // The first load: one insertion, without matching rows up.
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_rows = std::move(fresh);
        endInsertRows();
        return;
    }
    syncRows(m_rows, fresh, [](const Row &a, const Row &b) {
        const Component &x = a.component;
        const Component &y = b.component;
        if (x.rowVersion != y.rowVersion || x.updatedAt != y.updatedAt)
            return false;
        // Rows read in the background carry a digest of their content, taken there.
        if (!a.digest.isEmpty() && !b.digest.isEmpty())
            return a.digest == b.digest;
        return x.sameContent(y);
    });
    // The rows read and not kept (most of them, on a reload): freed on a worker thread, as
    // freeing 100,000 components is a GUI stall of its own.
    auto unused = std::make_shared<QList<Row>>(std::move(fresh));
    workerPool()->start([unused]() { unused->clear(); });
}

bool ComponentTableModel::startBackgroundLoad()
{
    // Connections are per thread: the worker opens its own, read-only, with the password the
    // workspace's connection was opened with. None reaches a database held in memory.
    const BackgroundLoader::Address address = BackgroundLoader::addressOf(m_workspace);
    if (address.location.isEmpty())
        return false;
    int expected = 0;
    if (m_systemFilter == 0) {
        // Counting is quick (an index); reading and building the rows is not.
        auto counts = m_workspace->componentCounts();
        if (!counts)
            return false;
        for (int n : std::as_const(*counts))
            expected += n;
    }
    // One system's components are never many: read them here.
    if (expected <= m_backgroundThreshold && !m_loading)
        return false;

    const quint64 generation = ++m_generation;
    setLoading(true);
    const qint64 systemId = m_systemFilter;
    const QHash<qint64, System> systems = m_systems;
    using Shared = std::shared_ptr<Loaded>;
    auto *watcher = new QFutureWatcher<Shared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            finishBackgroundLoad(watcher->future().result(), generation);
        else
            finishBackgroundLoad(nullptr, generation);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [address, systemId, systems]() {
        auto loaded = std::make_shared<Loaded>();
        auto opened = BackgroundLoader::connect(address);
        if (!opened) {
            loaded->error = opened.error().message;
            return loaded;
        }
        ComponentRepository repo(**opened);
        auto components = systemId > 0 ? repo.findBySystem(systemId) : repo.findAll();
        if (!components) {
            loaded->error = components.error().message;
            return loaded;
        }
        loaded->rows.reserve(components->size());
        for (Component &c : *components) {
            QByteArray search = searchTextOf(c, systems);
            QByteArray digest = contentDigest(c);
            loaded->rows.append(Row{c.id, std::move(c), std::move(search), std::move(digest)});
        }
        return loaded;
    }));
    return true;
}

void ComponentTableModel::finishBackgroundLoad(const std::shared_ptr<Loaded> &loaded,
                                               quint64 generation)
{
    if (generation != m_generation || !m_workspace)
        return; // superseded: a newer load, another database or another system
    if (!loaded || !loaded->error.isEmpty()) {
        // The worker could not read (a database it cannot open on its own, an in-memory
        // one): read here instead.
        const bool background = std::exchange(m_backgroundLoading, false);
        reload();
        m_backgroundLoading = background;
        return;
    }
    applyFresh(std::move(loaded->rows));
    setLoading(false); // after the rows are in: listeners may look for them
}

void ComponentTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ComponentTableModel::reloadSystems()
{
    QHash<qint64, System> systems;
    if (m_workspace && m_workspace->isOpen()) {
        auto fresh = m_workspace->systems();
        if (!fresh) {
            emit loadFailed(fresh.error().message);
            return;
        }
        for (const System &s : std::as_const(*fresh))
            systems.insert(s.id, s);
    }
    const QHash<qint64, System> old = std::exchange(m_systems, systems);
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).component.systemId;
        const System &before = systemOf(old, id);
        const System &now = systemOf(m_systems, id);
        if (before.code != now.code || before.name != now.name) {
            m_rows.at(row).search = QByteArray();
            emit dataChanged(index(row, SystemCodeColumn), index(row, SystemNameColumn));
        }
    }
}

QVariant ComponentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Component &c = r.component;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, index.column(), m_systems);
    case SearchTextRole:
        if (r.search.isNull())
            r.search = searchTextOf(c, m_systems);
        return r.search;
    case Qt::ToolTipRole:
        if (index.column() == NotesColumn && !c.notes.isEmpty())
            return c.notes;
        if (index.column() == SystemNameColumn)
            return systemOf(m_systems, c.systemId).description;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == InstancesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return c.id;
    case RowVersionRole:
        return c.rowVersion;
    case SystemIdRole:
        return c.systemId;
    case RawValueRole:
        return rawValue(c, index.column());
    case SortRole:
        if (index.column() == KindColumn)
            return int(allValues<ComponentKind>().indexOf(c.kind));
        return rawValue(c, index.column());
    default:
        return {};
    }
}

QByteArray ComponentTableModel::contentDigest(const Component &c)
{
    // What Component::sameContent() compares, digested: comparing 100,000 rows after a
    // background reload is then a comparison of bytes on the GUI thread.
    return QCryptographicHash::hash(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

QByteArray ComponentTableModel::searchTextOf(const Component &c,
                                             const QHash<qint64, System> &systems)
{
    QStringList cells;
    cells.reserve(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column)
        cells << displayValue(c, column, systems).toString();
    const QByteArray text = Internal::searchTextOf(cells).toUtf8();
    return text.isNull() ? QByteArray("") : text;
}

QVariant ComponentTableModel::displayValue(const Component &c, int column,
                                           const QHash<qint64, System> &systems)
{
    switch (column) {
    case SystemCodeColumn: return systemOf(systems, c.systemId).code;
    case SystemNameColumn: return systemOf(systems, c.systemId).name;
    case KindColumn: return displayName(c.kind);
    case VendorColumn: return c.vendor;
    case ProductColumn: return c.product;
    case VersionColumn: return c.version;
    case InstancesColumn: return QLocale().toString(c.instances);
    case EolProductColumn: return c.eolProduct;
    case EolCycleColumn: return c.eolCycle;
    case CpeColumn: return c.cpe;
    case PurlColumn: return c.purl;
    case NotesColumn: return c.notes.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant ComponentTableModel::rawValue(const Component &c, int column) const
{
    switch (column) {
    case KindColumn: return toKey(c.kind);
    case InstancesColumn: return c.instances;
    case NotesColumn: return c.notes;
    default: return displayValue(c, column, m_systems);
    }
}

QVariant ComponentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "system_code", "system_name", "component_kind", "vendor", "product", "version",
        "instances", "eol_product", "eol_cycle", "cpe", "purl", "notes"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SystemCodeColumn: return tr("System");
    case SystemNameColumn: return tr("System name");
    case KindColumn: return tr("Kind");
    case VendorColumn: return tr("Vendor");
    case ProductColumn: return tr("Product");
    case VersionColumn: return tr("Version");
    case InstancesColumn: return tr("Instances");
    case EolProductColumn: return tr("endoflife.date product");
    case EolCycleColumn: return tr("Cycle");
    case CpeColumn: return tr("CPE 2.3");
    case PurlColumn: return tr("Package URL");
    case NotesColumn: return tr("Notes");
    }
    return {};
}

} // namespace pp
