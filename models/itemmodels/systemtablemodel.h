// The systems of the open database as a table, for the Systems page and the system choosers.
#pragma once

#include "models/domain/system.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/roles.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace pp {

class Workspace;

/// One row per system, ordered as read (by code) with new systems appended; sort with a proxy.
/// Follows the Workspace: reloads on systemsChanged() (and componentsChanged() for the
/// component counts), keeping rows whose record did not change.
///
/// Qt::DisplayRole is formatted text with translated enum labels; IdRole and RowVersionRole give
/// the record, RawValueRole the stored value (enum key, tier number, UTC time) and SortRole the
/// value to sort by (enums in their display order).
class SystemTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        OwnerTeamColumn,
        OpsContactColumn,
        CriticalityColumn,
        EnvironmentColumn,
        ExposureColumn,
        LifecycleColumn,
        WindowColumn,
        ComponentsColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit SystemTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The system shown in @p row (0 <= row < rowCount()).
    const System &systemAt(int row) const { return m_systems.at(row); }
    /// The row of the system with @p id, or -1.
    int rowOf(qint64 id) const;
    /// Re-reads the systems from the workspace.
    void reload();

private:
    void reloadCounts();
    QVariant displayValue(const System &s, int column) const;
    QVariant rawValue(const System &s, int column) const;

    QPointer<Workspace> m_workspace;
    QList<System> m_systems;
    QHash<qint64, int> m_componentCounts;
};

} // namespace pp
