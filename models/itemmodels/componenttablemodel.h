// Components as a table, of every system or of one, with their system's code and name.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/roles.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

namespace pp {

class Workspace;

/// One row per component. setSystemFilter() narrows it to one system's components (0 = all).
/// Follows the Workspace like SystemTableModel: components are matched by id on reload; a change
/// of a system's code or name updates the system columns.
///
/// Qt::DisplayRole is formatted text; IdRole, RowVersionRole and SystemIdRole give the record,
/// RawValueRole the stored value and SortRole the value to sort by; SearchTextRole (on any
/// column) the row's displayed texts, case-folded, as UTF-8 bytes, for the filter (computed once
/// per row).
///
/// Background loading (setBackgroundLoading(), off by default): a load of more than
/// backgroundThreshold() components reads them on a worker thread, over a connection of its
/// own, while isLoading() is true. The first (after a database is opened, or after the system
/// filter changed) starts from an empty model and its rows arrive in one insertion; a reload
/// keeps the rows shown until the new ones arrive, then brings them up to date as a synchronous
/// reload does (removals, changed rows, additions: the selection stays). A reload, a database
/// switch or a new system filter meanwhile discards the load under way, so that stale rows never
/// show. Smaller loads stay synchronous.
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
    /// With @p backgroundLoading, the first load too reads in the background when it is large
    /// (setBackgroundLoading() after construction comes too late for it).
    ComponentTableModel(Workspace *workspace, bool backgroundLoading, QObject *parent = nullptr);
    ~ComponentTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows only the components of system @p systemId; 0 shows every system's.
    void setSystemFilter(qint64 systemId);
    qint64 systemFilter() const { return m_systemFilter; }

    const Component &componentAt(int row) const { return m_rows.at(row).component; }
    int rowOf(qint64 id) const;
    /// Re-reads components (and the systems' codes and names) from the workspace.
    void reload();

    /// Loads large lists on a worker thread (see the class comment).
    void setBackgroundLoading(bool on) { m_backgroundLoading = on; }
    bool backgroundLoading() const { return m_backgroundLoading; }
    /// Loads of more components than this go to the background (default 20,000).
    void setBackgroundThreshold(int rows) { m_backgroundThreshold = rows; }
    int backgroundThreshold() const { return m_backgroundThreshold; }
    /// A background load is under way: the rows shown are not the database's yet.
    bool isLoading() const { return m_loading; }

signals:
    /// A background load started (true) or ended (false).
    void loadingChanged(bool loading);

private:
    /// A component, its search text (UTF-8; null until first asked for) and, when read in the
    /// background, a digest of its content (contentDigest()).
    struct Row
    {
        qint64 id = 0;
        Component component;
        mutable QByteArray search;
        QByteArray digest;
    };
    struct Loaded;

    void reloadSystems();
    bool startBackgroundLoad();
    void finishBackgroundLoad(const std::shared_ptr<Loaded> &loaded, quint64 generation);
    void setLoading(bool loading);
    void applyFresh(QList<Row> fresh);
    static QByteArray contentDigest(const Component &c);
    static QByteArray searchTextOf(const Component &c, const QHash<qint64, System> &systems);
    static QVariant displayValue(const Component &c, int column,
                                 const QHash<qint64, System> &systems);
    QVariant rawValue(const Component &c, int column) const;

    QPointer<Workspace> m_workspace;
    qint64 m_systemFilter = 0;
    QList<Row> m_rows;
    QHash<qint64, System> m_systems; ///< id -> system, for the code and name columns
    bool m_backgroundLoading = false;
    int m_backgroundThreshold = 20000;
    bool m_loading = false;
    quint64 m_generation = 0; ///< a background load's result is used only if still current
};

} // namespace pp
