// The Calendar page's models: what is due (Workspace::dueItems), one obligation per row; the
// proxy that filters it by system and text and sorts it; and the proxy that groups those rows
// under "Overdue", week or month header rows for a tree view, overdue first.
#pragma once

#include "models/storage/controlrepository.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

namespace pp {

/// The roles of the due models, next to those of models/itemmodels/roles.h (IdRole,
/// RowVersionRole, SystemIdRole, RawValueRole, SortRole).
enum DueItemRole {
    DueSourceRole = Qt::UserRole + 100, ///< int: DueItem::Source (cadence or control)
    DueDateRole,                        ///< QDate: the next due date
    DueOverdueRole,                     ///< bool: past its due date
    DueGroupRole,                       ///< bool: a group header row (DueGroupModel)
    DueGroupKeyRole,                    ///< QString: the group's key, "overdue", "w2026-53", "m2026-12"
};

class DueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, System, Obligation, Kind, Status, ColumnCount };

    explicit DueTableModel(QObject *parent = nullptr);

    /// @p today: the day the Status column counts from (Workspace::today()).
    void setRows(const QList<DueItem> &rows, const QDate &today);
    const QList<DueItem> &rows() const { return m_rows; }
    QDate today() const { return m_today; }
    const DueItem *rowAt(int row) const;
    /// The row of the cadence or control @p id, -1 when it is not listed.
    int rowOf(DueItem::Source source, qint64 id) const;

    /// The kind's display name: a CadenceKind or ControlKind key, translated.
    static QString kindName(const DueItem &item);
    /// "Overdue by 3 days", "Due today", "In 5 days".
    static QString statusText(const QDate &due, const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DueItem> m_rows;
    QDate m_today;
};

/// Filters DueTableModel rows by system and text; sorts by SortRole.
class DueFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DueFilterProxyModel(QObject *parent = nullptr);

    void setSystemId(qint64 id);       ///< 0 = every system
    void setText(const QString &text); ///< system, obligation or kind contains

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_systemId = 0;
    QString m_text;
};

/// Groups the rows of a flat due model (DueTableModel or a proxy of it) for a tree view: an
/// "Overdue (n)" group first, then one group per ISO week (Monday to Sunday) or calendar month,
/// in date order, each header naming its count. Within a group the rows keep the source's
/// order, so sorting (sort() is passed on to the source) orders the rows inside each group.
/// Rebuilt on every change of the source: the lists are small.
class DueGroupModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class Grouping { Week, Month };

    explicit DueGroupModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    /// The title of the group of @p due ("Week 53: 28 Dec 2026 – 3 Jan 2027"), without count.
    static QString groupTitle(Grouping grouping, const QDate &due, bool overdue);
    static QString groupKey(Grouping grouping, const QDate &due, bool overdue);

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

private:
    struct Group
    {
        QString key;
        QString title;
        bool overdue = false;
        QList<int> sourceRows;
    };
    void beginRebuild();
    void endRebuild();
    void rebuild();

    Grouping m_grouping = Grouping::Week;
    QList<Group> m_groups;
    QHash<int, std::pair<int, int>> m_fromSource; ///< source row -> (group, row in group)
    bool m_resetting = false;
};

} // namespace pp
