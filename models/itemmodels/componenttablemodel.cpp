#include "models/itemmodels/componenttablemodel.h"

#include "models/workspace.h"

#include <QLocale>

namespace pp {

ComponentTableModel::ComponentTableModel(Workspace *workspace, QObject *parent)
    : RecordTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::databaseChanged, this, [this]() {
        beginResetModel();
        m_systemFilter = 0;
        m_components.clear();
        m_systems.clear();
        endResetModel();
    });
    connect(workspace, &Workspace::systemsChanged, this, &ComponentTableModel::reloadSystems);
    connect(workspace, &Workspace::componentsChanged, this, &ComponentTableModel::reload);
    reloadSystems();
    reload();
}

int ComponentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_components.size());
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ComponentTableModel::setSystemFilter(qint64 systemId)
{
    if (systemId == m_systemFilter)
        return;
    beginResetModel();
    m_systemFilter = systemId;
    m_components.clear();
    endResetModel();
    reload();
}

int ComponentTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_components.size(); ++row) {
        if (m_components.at(row).id == id)
            return row;
    }
    return -1;
}

void ComponentTableModel::reload()
{
    QList<Component> fresh;
    if (m_workspace && m_workspace->isOpen()) {
        auto components = m_workspace->components(m_systemFilter);
        if (!components) {
            emit loadFailed(components.error().message);
            return;
        }
        fresh = std::move(*components);
    }
    syncRows(m_components, fresh, [](const Component &a, const Component &b) {
        return a.rowVersion == b.rowVersion && a.updatedAt == b.updatedAt && a.sameContent(b);
    });
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
    for (int row = 0; row < m_components.size(); ++row) {
        const qint64 id = m_components.at(row).systemId;
        const System before = old.value(id);
        const System now = m_systems.value(id);
        if (before.code != now.code || before.name != now.name)
            emit dataChanged(index(row, SystemCodeColumn), index(row, SystemNameColumn));
    }
}

QVariant ComponentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Component &c = m_components.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NotesColumn && !c.notes.isEmpty())
            return c.notes;
        if (index.column() == SystemNameColumn)
            return m_systems.value(c.systemId).description;
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

QVariant ComponentTableModel::displayValue(const Component &c, int column) const
{
    switch (column) {
    case SystemCodeColumn: return m_systems.value(c.systemId).code;
    case SystemNameColumn: return m_systems.value(c.systemId).name;
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
    default: return displayValue(c, column);
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
