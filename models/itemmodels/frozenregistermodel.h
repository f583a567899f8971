// The frozen-systems register as a table (issue 6, item 3): one frozen component per row
// (Workspace::frozenRegister), with its EOSL, controls, accepted findings and gaps; and the proxy
// that filters it by system, gaps and text.
#pragma once

#include "models/planning/lifecyclestatus.h"
#include "models/storage/controlrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

namespace pp {

/// Rows are FrozenRegisterRow values; Qt::DisplayRole is formatted text, SortRole the real
/// dates and numbers, IdRole the component id, SystemIdRole its system. Rows with gaps are
/// tinted, and their Gaps cell lists the gap messages in its tooltip.
class FrozenRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SystemColumn, KindColumn, ProductColumn, VersionColumn, EoslColumn,
                  StatusColumn, ReasonColumn, AcceptedColumn, ControlsColumn, NextDueColumn,
                  GapsColumn, ColumnCount };

    explicit FrozenRegisterModel(QObject *parent = nullptr);

    /// Replaces the rows; @p today marks overdue next due dates, @p horizons name the EOSL bands.
    void setRows(const QList<FrozenRegisterRow> &rows, const QDate &today,
                 const LifecycleHorizons &horizons = {});
    const QList<FrozenRegisterRow> &rows() const { return m_rows; }
    const FrozenRegisterRow *rowAt(int row) const;
    /// The row of component @p componentId, -1 when it is not listed.
    int rowOf(qint64 componentId) const;
    QDate today() const { return m_today; }
    LifecycleHorizons horizons() const { return m_horizons; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "2025-03-31", "ended", "not announced" or "unknown" in the user's words.
    static QString eoslText(const SupportEnd &eosl);
    /// Why the component is listed: the frozen decision's note, else what froze it.
    static QString reasonText(const FrozenRegisterRow &row);

private:
    QList<FrozenRegisterRow> m_rows;
    QDate m_today;
    LifecycleHorizons m_horizons;
};

/// Filters FrozenRegisterModel rows by system, "only with gaps" and text; sorts by SortRole.
class FrozenRegisterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FrozenRegisterProxyModel(QObject *parent = nullptr);

    void setSystemId(qint64 id); ///< 0 = every system
    void setGapsOnly(bool on);
    /// Every word must appear in the system, product, vendor, version, reason, a gap message
    /// or an accepted vulnerability's identifier (case-insensitive).
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_systemId = 0;
    bool m_gapsOnly = false;
    QStringList m_words;
};

} // namespace pp
