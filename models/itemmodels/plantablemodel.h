// The Plans page's list: one patch plan per row (Workspace::plans) with the codes of its systems
// and how many of its window steps are done; and the proxy that filters it by status, type and
// text.
#pragma once

#include "models/domain/plan.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace pp {

/// A plan as the list shows it.
struct PlanRow
{
    Plan plan;
    QStringList systemCodes;
    int stepsDone = 0;  ///< pre, apply and post steps done (what completing the plan needs)
    int stepsTotal = 0; ///< pre, apply and post steps
};

class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Type, Status, Window, Systems, Steps, ColumnCount };

    explicit PlanTableModel(QObject *parent = nullptr);

    void setRows(const QList<PlanRow> &rows);
    const QList<PlanRow> &rows() const { return m_rows; }
    const PlanRow *rowAt(int row) const;
    /// The row of plan @p planId, -1 when it is not listed.
    int rowOf(qint64 planId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "2026/12/13 01:00–05:00 JST": the plan's window in its own time zone (the end with its
    /// date when it falls on another day).
    static QString windowText(const Plan &plan);
    /// @p moment (UTC) as a short date and time in the zone @p timeZone (IANA id), e.g.
    /// "2026/12/13 01:00".
    static QString timeText(const QDateTime &moment, const QString &timeZone);

private:
    QList<PlanRow> m_rows;
};

/// Filters PlanTableModel rows; sorts by SortRole.
class PlanFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// Which statuses pass: the open ones (not done, rolled back or cancelled), all, or one.
    enum class StatusFilter { Open, All, One };

    explicit PlanFilterProxyModel(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter, PlanStatus status = PlanStatus::Draft);
    void setType(std::optional<PlanType> type);
    void setText(const QString &text); ///< title, system code, author or description contains

    /// Not done, rolled back or cancelled.
    static bool isOpen(PlanStatus status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_statusFilter = StatusFilter::Open;
    PlanStatus m_status = PlanStatus::Draft;
    std::optional<PlanType> m_type;
    QString m_text;
};

} // namespace pp
