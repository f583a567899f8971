#include "models/itemmodels/systemtablemodel.h"

#include "models/workspace.h"

#include <QLocale>

namespace pp {

SystemTableModel::SystemTableModel(Workspace *workspace, QObject *parent)
    : RecordTableModel(parent)
    , m_workspace(workspace)
{
    // Another database: ids mean other records, so start over rather than match rows by id.
    connect(workspace, &Workspace::databaseChanged, this, [this]() {
        beginResetModel();
        m_systems.clear();
        m_componentCounts.clear();
        endResetModel();
    });
    connect(workspace, &Workspace::systemsChanged, this, &SystemTableModel::reload);
    connect(workspace, &Workspace::componentsChanged, this, &SystemTableModel::reloadCounts);
    reload();
}

int SystemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_systems.size());
}

int SystemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SystemTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_systems.size(); ++row) {
        if (m_systems.at(row).id == id)
            return row;
    }
    return -1;
}

void SystemTableModel::reload()
{
    QList<System> fresh;
    if (m_workspace && m_workspace->isOpen()) {
        auto systems = m_workspace->systems();
        if (!systems) {
            emit loadFailed(systems.error().message);
            return;
        }
        fresh = std::move(*systems);
    }
    syncRows(m_systems, fresh, [](const System &a, const System &b) {
        return a.rowVersion == b.rowVersion && a.updatedAt == b.updatedAt && a.sameContent(b);
    });
    reloadCounts();
}

void SystemTableModel::reloadCounts()
{
    QHash<qint64, int> counts;
    if (m_workspace && m_workspace->isOpen()) {
        auto fresh = m_workspace->componentCounts();
        if (!fresh) {
            emit loadFailed(fresh.error().message);
            return;
        }
        counts = std::move(*fresh);
    }
    const QHash<qint64, int> old = std::exchange(m_componentCounts, counts);
    for (int row = 0; row < m_systems.size(); ++row) {
        const qint64 id = m_systems.at(row).id;
        if (old.value(id) != m_componentCounts.value(id)) {
            const QModelIndex changed = index(row, ComponentsColumn);
            emit dataChanged(changed, changed);
        }
    }
}

QVariant SystemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const System &s = m_systems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !s.description.isEmpty())
            return s.description;
        if (index.column() == WindowColumn && !s.windowSchedule.isEmpty())
            return s.windowSchedule;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ComponentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return s.id;
    case RowVersionRole:
        return s.rowVersion;
    case RawValueRole:
        return rawValue(s, index.column());
    case SortRole:
        switch (index.column()) {
        case EnvironmentColumn:
            return int(allValues<Environment>().indexOf(s.environment));
        case ExposureColumn:
            return int(allValues<Exposure>().indexOf(s.exposure));
        case LifecycleColumn:
            return int(allValues<LifecycleState>().indexOf(s.lifecycleState));
        default:
            return rawValue(s, index.column());
        }
    default:
        return {};
    }
}

QVariant SystemTableModel::displayValue(const System &s, int column) const
{
    switch (column) {
    case CodeColumn: return s.code;
    case NameColumn: return s.name;
    case OwnerTeamColumn: return s.ownerTeam;
    case OpsContactColumn: return s.opsContact;
    case CriticalityColumn: return criticalityName(s.criticality);
    case EnvironmentColumn: return displayName(s.environment);
    case ExposureColumn: return displayName(s.exposure);
    case LifecycleColumn: return displayName(s.lifecycleState);
    case WindowColumn: return s.windowSchedule.section(QLatin1Char('\n'), 0, 0);
    case ComponentsColumn: return QLocale().toString(m_componentCounts.value(s.id));
    case UpdatedColumn:
        return s.updatedAt.isValid()
            ? QLocale().toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    }
    return {};
}

QVariant SystemTableModel::rawValue(const System &s, int column) const
{
    switch (column) {
    case CriticalityColumn: return s.criticality;
    case EnvironmentColumn: return toKey(s.environment);
    case ExposureColumn: return toKey(s.exposure);
    case LifecycleColumn: return toKey(s.lifecycleState);
    case WindowColumn: return s.windowSchedule;
    case ComponentsColumn: return m_componentCounts.value(s.id);
    case UpdatedColumn: return s.updatedAt;
    default: return displayValue(s, column);
    }
}

QVariant SystemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "code", "name", "owner_team", "ops_contact", "criticality", "environment", "exposure",
        "lifecycle_state", "window_schedule", "components", "updated_at"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case OwnerTeamColumn: return tr("Owner team");
    case OpsContactColumn: return tr("Ops contact");
    case CriticalityColumn: return tr("Criticality");
    case EnvironmentColumn: return tr("Environment");
    case ExposureColumn: return tr("Exposure");
    case LifecycleColumn: return tr("Lifecycle");
    case WindowColumn: return tr("Patch window");
    case ComponentsColumn: return tr("Components");
    case UpdatedColumn: return tr("Updated");
    }
    return {};
}

} // namespace pp
