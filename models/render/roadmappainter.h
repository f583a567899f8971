// The EOSL roadmap chart for paper, drawn with QPainter only (QtGui, no widgets), for the PDF
// export and the print preview (models/io/roadmapdocument.h). It draws what the screen's chart
// (ui/roadmap/roadmapchart.cpp) draws: one bar per row from release through end of active
// support (green), security fixes only up to EOSL (amber) and extended support (purple, solid
// with a contract, hatched without), a tick at EOSL in the status colour, hatched stubs for an
// unknown end, the past greyed, the horizons after today shaded and today as a red line.
//
// Pages. The chart is cut vertically: a page shows rows [k·n, (k+1)·n) with n = rowsPerPage();
// the labels column, the date axis (years, then months or quarters) and the legend are repeated
// on every page. The whole date range is on every page (a roadmap is read across, not tiled).
//
// Units are points: the painter maps 1 unit to 1 point (PaintedPages). Fonts come from
// printFont() at 8 points or more. Labels are drawn as plain text, with control characters
// removed, and cut with a visible "…" when longer than the labels column.
#pragma once

#include "models/planning/lifecyclestatus.h"
#include "models/planning/roadmaprows.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QFontMetricsF;
class QPainter;
class QPaintDevice;

namespace pp {

/// What the chart shows: its rows (in order), today, the horizons and the date range (null:
/// today − 4 years to today + 6 years, as the screen starts).
struct RoadmapChart
{
    QList<RoadmapRow> rows;
    QDate today;
    LifecycleHorizons horizons;
    QDate from;
    QDate to;
};

/// Sizes in points.
struct RoadmapPaintStyle
{
    qreal fontSize = 8;       ///< labels, axis and legend (never below 8: readable printed)
    qreal rowHeight = 15;
    qreal labelWidth = 210;   ///< at most 40 % of the page body
    qreal axisHeight = 30;    ///< years, then months or quarters
    qreal legendHeight = 52;  ///< three lines of legend under the rows
    qreal stubWidth = 44;     ///< the hatched stub of an unknown or unknown-date end
};

class RoadmapPainter
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapPainter)

public:
    explicit RoadmapPainter(RoadmapChart chart, RoadmapPaintStyle style = {});

    const RoadmapChart &chart() const { return m_chart; }
    const RoadmapPaintStyle &style() const { return m_style; }
    /// The first and last day shown (the range, snapped outwards to month starts).
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    /// Rows that fit a page body @p bodyHeight points high (at least 1).
    int rowsPerPage(qreal bodyHeight) const;
    /// Pages for a body @p bodyHeight high: every row on exactly one page; 1 without rows (the
    /// page says so).
    int pageCount(qreal bodyHeight) const;
    /// Paints page @p page (rows [page·n, (page+1)·n)) into @p body (points).
    void paintPage(QPainter &painter, int page, const QRectF &body) const;

    /// @p text as one line of plain text (control characters and line breaks replaced), cut
    /// with "…" to fit @p width.
    static QString cutLabel(const QString &text, const QFontMetricsF &fm, qreal width);
    /// printFont(@p points) sized so that a painter mapping points to @p device draws it at
    /// @p points (the device's resolution is taken out).
    static QFont pointFont(qreal points, bool bold, const QPaintDevice *device);

private:
    qreal xOf(const QDate &d, const QRectF &plot) const;
    void paintAxis(QPainter &p, const QRectF &axis, const QRectF &plot) const;
    void paintBar(QPainter &p, const RoadmapRow &row, const QRectF &rect, const QRectF &plot,
                  const QFontMetricsF &fm) const;
    void paintLegend(QPainter &p, const QRectF &area) const;

    RoadmapChart m_chart;
    RoadmapPaintStyle m_style;
    QDate m_from;
    QDate m_to;
};

} // namespace pp
