// The Windows page's tables: the maintenance windows (with the systems that follow each and
// its next occurrence) and the blackouts; and the proxy that shows only the rows of one system.
#pragma once

#include "models/domain/plan.h"
#include "models/domain/system.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace pp {

/// One maintenance window with what the table shows about it.
struct WindowRow
{
    MaintenanceWindow window;
    QString appliesTo;      ///< the system's code, or the group's name
    int followers = 0;      ///< systems following it (its system, or the group's members)
    QString rule;           ///< describeWindow()
    QDateTime next;         ///< UTC; null when there is no occurrence within a year
};

class WindowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, AppliesTo, Next, Rule, Duration, Zone, ColumnCount };

    explicit WindowTableModel(QObject *parent = nullptr);

    /// Rebuilds the rows: @p systems name the windows' systems and count a group's members
    /// (systems whose windowSchedule equals the group name); @p now dates the next occurrence.
    void setWindows(const QList<MaintenanceWindow> &windows, const QList<System> &systems,
                    const QDateTime &now);
    const QList<WindowRow> &rows() const { return m_rows; }
    const WindowRow *rowAt(int row) const;
    int rowOf(qint64 windowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "4 h", "1 h 30 min", "45 min".
    static QString durationText(int minutes);
    /// True when @p w applies to @p s: its own window, or the window of the group @p s follows.
    static bool appliesTo(const MaintenanceWindow &w, const System &s);

private:
    QList<WindowRow> m_rows;
};

class BlackoutTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, SystemColumn, First, Last, Reason, ColumnCount };

    explicit BlackoutTableModel(QObject *parent = nullptr);

    void setBlackouts(const QList<Blackout> &blackouts, const QList<System> &systems);
    const QList<Blackout> &rows() const { return m_rows; }
    const Blackout *rowAt(int row) const;
    int rowOf(qint64 blackoutId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Blackout> m_rows;
    QHash<qint64, QString> m_systemCodes;
};

/// Shows the rows whose IdRole is in a set (or every row); sorts by SortRole.
class IdFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IdFilterProxyModel(QObject *parent = nullptr);
    /// nullopt: every row.
    void setIds(const std::optional<QSet<qint64>> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<qint64>> m_ids;
};

} // namespace pp
