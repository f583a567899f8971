// The roadmap chart: one horizontal bar per row, from release through end of active support and
// EOSL to the end of extended support, on a date axis, with today and the horizons marked.
#pragma once

#include "models/domain/lifecycle.h"
#include "models/planning/lifecyclestatus.h"
#include "models/planning/roadmaprows.h"

#include <QChartView>
#include <QDate>
#include <QList>

#include <functional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace pp {

class RoadmapBarsItem;

/// One row of the roadmap (models/planning/roadmaprows.h; the screen fills the tooltip).
using RoadmapBar = RoadmapRow;

/// A QChartView with two QDateTimeAxis (top and bottom, so the dates stay in sight when the
/// chart is taller than its scroll area) and the bars drawn by an item on the plot area. Its
/// height follows the number of rows (fixed row height); put it in a QScrollArea.
class RoadmapChartView : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kRowHeight = 22;
    static constexpr int kLabelWidth = 250;

    explicit RoadmapChartView(QWidget *parent = nullptr);

    void setBars(const QList<RoadmapBar> &bars);
    /// Where a row's tooltip comes from when its bar has none: asked only when the pointer
    /// rests on the row (thousands of rows are not worded in advance).
    void setToolTipSource(std::function<QString(int row)> source) { m_toolTipSource = std::move(source); }
    const QList<RoadmapBar> &bars() const { return m_bars; }
    void setToday(QDate today);
    void setHorizons(const LifecycleHorizons &horizons);
    /// Shows @p from .. @p to, snapped outwards to month or year starts for readable ticks.
    void setDateRange(QDate from, QDate to);
    QDate rangeFrom() const { return m_from; }
    QDate rangeTo() const { return m_to; }
    /// Highlights row @p row (-1: none).
    void setSelectedRow(int row);
    int selectedRow() const { return m_selected; }
    /// The row at @p pos (view coordinates), or -1.
    int rowAt(const QPoint &pos) const;

signals:
    void rowClicked(int row);
    void rowDoubleClicked(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    friend class RoadmapBarsItem;
    void relayout();

    QList<RoadmapBar> m_bars;
    std::function<QString(int row)> m_toolTipSource;
    QDate m_today;
    QList<int> m_horizonDays; ///< days after today, nearest first
    QDate m_from; ///< shown (snapped)
    QDate m_to;
    QDate m_requestedFrom; ///< as asked for
    QDate m_requestedTo;
    int m_selected = -1;
    QDateTimeAxis *m_axisTop;
    QDateTimeAxis *m_axisBottom;
    QValueAxis *m_axisY;
    QLineSeries *m_anchorBottom; ///< invisible: ties the axes to the chart
    QLineSeries *m_anchorTop;
    RoadmapBarsItem *m_item;
};

} // namespace pp
