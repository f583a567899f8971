// The EOSL overview as a table: one row per component with its lifecycle dates, status, days
// left and upgrade decision. Fed by Workspace::eoslItems() (planning/eosloverview.h); the roadmap
// chart and the table beside it show the same rows.
#pragma once

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/planning/eosloverview.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QPointer>

namespace pp {

class Workspace;

/// One row per component, in eoslLess() order (views sort through a proxy). Reloads when the
/// workspace's lifecycle, components or systems change; rows are matched by component id so
/// selections survive.
///
/// Qt::DisplayRole is formatted text; SearchTextRole every column's text, case-folded; IdRole (component id), SystemIdRole, RawValueRole (QDate,
/// state keys, status key, int days) and SortRole (dates as Julian days with unknown last,
/// statuses in urgency order). Qt::ForegroundRole and Qt::DecorationRole colour the status.
class EoslTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        SystemColumn,
        KindColumn,
        ProductColumn,
        VersionColumn,
        EolProductColumn,
        EolCycleColumn,
        ReleaseColumn,
        ActiveSupportColumn,
        EoslColumn,
        ExtendedSupportColumn,
        StatusColumn,
        DaysLeftColumn,
        DecisionColumn,
        ColumnCount
    };
    /// Extra roles, on every column of a row.
    enum Role {
        StatusRole = SeverityRole + 100, ///< int: EoslStatus
        NeedsDecisionRole,               ///< bool
        OwnerRole,                       ///< QString: the system's owner team
        KindRole,                        ///< int: ComponentKind
    };

    explicit EoslTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The day statuses are computed for; today unless set (tests pin it).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    LifecycleHorizons horizons() const { return m_horizons; }

    const EoslItem &itemAt(int row) const { return m_rows.at(row).item; }
    int rowOf(qint64 componentId) const;
    /// Re-reads every row from the workspace, in the background (100,000 components take a
    /// while); the rows shown until it ends are the previous ones.
    void reload();
    bool isLoading() const;
    /// An inactive model does not read: a reload (a change, another database) only marks it
    /// stale, and it reads when made active again. Active unless set; for a page not shown.
    void setActive(bool active);

signals:
    void loadingChanged(bool loading);
    /// systemChoices(), ownerChoices() or horizons() may have changed (a load ended, or the
    /// database closed).
    void choicesChanged();

public:
    /// The colour of a status, shared by the table and the roadmap chart.
    static QColor statusColor(EoslStatus s);
    /// "2029-05-31", "ended", "not announced" or "unknown", translated.
    static QString supportEndText(const SupportEnd &e);

    /// A row: its item and its search text (SearchTextRole; taken where the rows are read).
    struct Entry
    {
        qint64 id = 0;
        EoslItem item;
        mutable QByteArray search;
    };
    /// The rows as they are now, shared: a copy costs nothing and stays as it is when the model
    /// changes, for work on another thread (the roadmap's grouping of 100,000 rows).
    QList<Entry> entries() const { return m_rows; }
    /// The systems (code, id; by code) and owner teams (case-insensitively sorted) the rows
    /// name, as of the last read: the roadmap's filter choices, gathered on the worker.
    QList<QPair<QString, qint64>> systemChoices() const { return m_systemChoices; }
    QStringList ownerChoices() const { return m_ownerChoices; }

private:
    /// What a background load read: the horizons and the rows, their search texts taken there,
    /// and the systems and owners they name.
    struct Loaded
    {
        LifecycleHorizons horizons;
        QList<Entry> rows;
        QList<QPair<QString, qint64>> systems;
        QStringList owners;
    };
    static Entry entryOf(EoslItem item, const LifecycleHorizons &horizons);
    static QByteArray searchTextOf(const EoslItem &item, const LifecycleHorizons &horizons);
    static QString displayText(const EoslItem &item, int column, const LifecycleHorizons &horizons);
    QVariant displayValue(const EoslItem &item, int column) const;
    QVariant rawValue(const EoslItem &item, int column) const;
    QVariant sortValue(const EoslItem &item, int column) const;

    void setEntries(QList<Entry> fresh);

    QPointer<Workspace> m_workspace;
    BackgroundLoader *m_loader;
    QList<Entry> m_rows;
    QDate m_today;
    bool m_todayPinned = false;
    LifecycleHorizons m_horizons;
    QList<QPair<QString, qint64>> m_systemChoices;
    QStringList m_ownerChoices;
};

} // namespace pp
