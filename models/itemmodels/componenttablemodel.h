// Components as a table, of every system or of one, with their system's code and name.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/roles.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace pp {

class Workspace;

/// One row per component. setSystemFilter() narrows it to one system's components (0 = all).
/// Follows the Workspace like SystemTableModel: components are matched by id on reload; a change
/// of a system's code or name updates the system columns.
///
/// Qt::DisplayRole is formatted text; IdRole, RowVersionRole and SystemIdRole give the record,
/// RawValueRole the stored value and SortRole the value to sort by.
class ComponentTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        SystemCodeColumn,
        SystemNameColumn,
        KindColumn,
        VendorColumn,
        ProductColumn,
        VersionColumn,
        InstancesColumn,
        EolProductColumn,
        EolCycleColumn,
        CpeColumn,
        PurlColumn,
        NotesColumn,
        ColumnCount
    };

    explicit ComponentTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows only the components of system @p systemId; 0 shows every system's.
    void setSystemFilter(qint64 systemId);
    qint64 systemFilter() const { return m_systemFilter; }

    const Component &componentAt(int row) const { return m_components.at(row); }
    int rowOf(qint64 id) const;
    /// Re-reads components (and the systems' codes and names) from the workspace.
    void reload();

private:
    void reloadSystems();
    QVariant displayValue(const Component &c, int column) const;
    QVariant rawValue(const Component &c, int column) const;

    QPointer<Workspace> m_workspace;
    qint64 m_systemFilter = 0;
    QList<Component> m_components;
    QHash<qint64, System> m_systems; ///< id -> system, for the code and name columns
};

} // namespace pp
