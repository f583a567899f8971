// The Gantt chart of a patch plan, drawn with QPainter only (QtGui, no widgets) so that the
// plan view (ui/plans/ganttview.h) and the headless PDF export draw the same chart.
//
// Time axis. A plan spans weeks of lead time (T-21 d ... T+3 d) around a window of a few hours,
// so one linear scale would squeeze the window into a hair line. The axis is therefore made of
// up to three linear zones side by side, separated by a visible break (a zigzag gap):
//   - "lead time": from the range start to the window start, compressed (ticks by day, or by
//     hours when an emergency plan's short lead time leaves room);
//   - "window": the window itself, expanded, ticks by 5 minutes ... 6 hours;
//   - "follow-up": after the window (post-implementation review), compressed, ticks by day.
// Each zone is linear in elapsed time; a time maps to x through its zone (GanttLayout::xOf()).
// Zones without anything in them are left out. Dates and clock times are shown in
// GanttInput::zone (the plan's zone), the instants themselves are UTC.
//
// Geometry. All lengths are in "chart units" (device-independent pixels on screen, points on a
// PDF page). The chart is: a labels column on the left (labelWidth), the axis on top
// (axisHeight), one row per step (rowHeight) and the legend at the bottom (legendHeight). The
// timeline (the part right of the labels) and the rows area (below the axis) have their own
// coordinates ("content" coordinates: x from the first zone's left edge, y from the first row's
// top), so a part of them can be painted with the labels and the axis repeated: a scrolled
// view paints the visible part, a PDF paints one tile per page (GanttLayout::tiles()).
// Painting costs O(rows painted + ticks), and laying out O(n log n) in the steps.
//
// Text. Titles are drawn with QPainter::drawText as plain text (never rich text), elided to the
// column; other scripts (Japanese, RTL, emoji) use the normal font fallback.
#pragma once

#include "models/domain/plan.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTimeZone>

class QPainter;

namespace pp {

/// What to draw: a plan, its steps (as scheduled), the zone to show times in, the current
/// moment (the "now" line; null: none) and the time range (null: fit to the plan).
struct GanttInput
{
    Plan plan;
    QList<PlanStep> steps;
    QTimeZone zone = QTimeZone::utc();
    QDateTime now;
    QDateTime rangeStart; ///< null: fit
    QDateTime rangeEnd;   ///< null: fit
};

/// Sizes (chart units), font and colours. The phase colours are the Okabe-Ito palette (safe for
/// the common colour-vision deficiencies); phases also differ by shape (diamond, hatching).
struct GanttStyle
{
    QFont font;
    qreal rowHeight = 22;
    qreal labelWidth = 280;  ///< the labels column (title and owner)
    qreal ownerWidth = 90;   ///< the owner's part of the labels column
    qreal axisHeight = 40;   ///< two lines: zone captions / dates, then ticks
    qreal legendHeight = 26;
    qreal breakWidth = 12;   ///< the gap between two zones
    qreal minTimelineWidth = 360;
    /// Relative widths of the zones present (lead time, window, follow-up).
    qreal leadWeight = 3;
    qreal windowWeight = 5;
    qreal followWeight = 1.5;

    QColor text = QColor(0x20, 0x20, 0x20);
    QColor mutedText = QColor(0x60, 0x60, 0x60);
    QColor grid = QColor(0xdd, 0xdd, 0xdd);
    QColor background = Qt::white;
    QColor alternateRow = QColor(0xf6, 0xf7, 0xf9);
    QColor windowShade = QColor(0xe3, 0xee, 0xfa);
    QColor nowLine = QColor(0xcc, 0x00, 0x00);
    QColor deadlineLine = QColor(0xd5, 0x5e, 0x00);
    QColor milestone = QColor(0x6a, 0x3d, 0x9a);
    QColor pre = QColor(0x56, 0xb4, 0xe9);
    QColor apply = QColor(0x00, 0x72, 0xb2);
    QColor post = QColor(0x00, 0x9e, 0x73);
    QColor rollback = QColor(0xd5, 0x5e, 0x00);

    QColor color(StepPhase phase) const;
};

/// One row of the chart: a step, in chart order.
struct GanttRow
{
    qint64 stepId = 0;
    int stepIndex = -1;    ///< index in GanttInput::steps
    StepPhase phase = StepPhase::Pre;
    QString label;         ///< the step's title as is (drawn as plain text)
    QString owner;         ///< the owner role
    QDateTime start;       ///< UTC
    QDateTime end;         ///< UTC; == start for milestones
    bool done = false;
};

/// A linear part of the time axis.
struct GanttZone
{
    enum class Kind { LeadTime, Window, FollowUp, Linear };
    Kind kind = Kind::Linear;
    QDateTime from;  ///< UTC
    QDateTime to;    ///< UTC
    qreal x0 = 0;    ///< content x of from
    qreal x1 = 0;    ///< content x of to
};

/// A part of the chart to paint: content coordinates (x in the timeline, y in the rows area).
/// The labels column, the axis and the legend are painted around it.
struct GanttTile
{
    QRectF content;
    int firstRow = 0;
    int rowEnd = 0;  ///< one past the last row
};

/// The chart laid out for one size: rows, zones and the mapping of time to x.
struct GanttLayout
{
    GanttStyle style;
    QTimeZone zone;
    QList<GanttRow> rows;
    QList<GanttZone> zones;
    QDateTime windowStart;      ///< UTC; null when the plan has none
    QDateTime windowEnd;
    QDateTime decisionDeadline; ///< rollbackDecisionDeadline(); null without rollback steps
    QDateTime now;
    qreal timelineWidth = 0;
    QString windowCaption;      ///< "2026-12-13 01:00–05:00 (Asia/Tokyo)"

    int rowCount() const { return int(rows.size()); }
    qreal rowHeight() const { return style.rowHeight; }
    /// The rows area's height: rowCount() x rowHeight().
    qreal rowsHeight() const { return rows.size() * style.rowHeight; }
    /// The whole chart: labels + timeline wide, axis + rows + legend high.
    QSizeF fullSize() const;
    /// The tile of the whole chart.
    GanttTile wholeChart() const;
    /// The tile of content rectangle @p content (rows intersecting it).
    GanttTile tileFor(const QRectF &content) const;
    /// Tiles of at most @p page each (labels, axis and legend repeated on every tile), row-major:
    /// every row and every part of the timeline is in exactly one tile. A page narrower than
    /// the labels column plus 40 units gets one column of tiles.
    QList<GanttTile> tiles(const QSizeF &page) const;

    /// Content x of @p t (clamped to the first / last zone); 0 when there are no zones.
    qreal xOf(const QDateTime &t) const;
    /// The instant at content x @p x (clamped); null when there are no zones.
    QDateTime timeAt(qreal x) const;
    /// The bar (or the milestone diamond's box) of row @p row, in content coordinates.
    QRectF barRect(int row) const;
    /// The row at content y @p y, or -1.
    int rowAt(qreal y) const;
    /// The row whose bar contains content point @p p (a few units of slack), or -1.
    int rowAtPoint(const QPointF &p) const;
};

class GanttPainter
{
    Q_DECLARE_TR_FUNCTIONS(GanttPainter)

public:
    /// Lays out @p input for a chart @p size wide (the height is the rows' business: see
    /// GanttLayout::fullSize()). The timeline gets size.width() minus the labels column, at
    /// least style.minTimelineWidth.
    static GanttLayout layout(const GanttInput &input, const GanttStyle &style,
                              const QSizeF &size);
    /// Paints @p tile of @p layout into @p target: the labels column, the axis, the rows of the
    /// tile and the legend, scaled uniformly to fit @p target (no scaling when the tile's size
    /// is the target's), top-left aligned.
    static void paint(QPainter &painter, const GanttLayout &layout, const QRectF &target,
                      const GanttTile &tile);
    /// The natural size of @p tile: labels + tile width by axis + tile height + legend.
    static QSizeF tileSize(const GanttLayout &layout, const GanttTile &tile);
};

} // namespace pp
