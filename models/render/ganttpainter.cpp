// The Gantt chart of a plan: layout (rows, zones, time -> x) and painting (see the header for the
// zoned time axis and the coordinates).
#include "models/render/ganttpainter.h"

#include "models/planning/planrules.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <functional>

namespace pp {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

/// Chart order: milestones before the window, the window's steps, the rollback steps, then the
/// milestones after the window; by start and position within each.
int rankOf(const PlanStep &s, const QDateTime &windowStart)
{
    switch (s.phase) {
    case StepPhase::Milestone:
        return windowStart.isValid() && s.plannedStart.isValid() && s.plannedStart > windowStart
            ? 3 : 0;
    case StepPhase::Pre:
    case StepPhase::Apply:
    case StepPhase::Post:
        return 1;
    case StepPhase::Rollback:
        return 2;
    }
    return 1;
}

/// The start of the local day (in @p zone) that contains @p t.
QDateTime startOfDay(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).date().startOfDay(zone).toUTC();
}

struct Tick
{
    qreal x = 0;
    QString text;
};

/// The ticks of @p z whose x is within [@p x0, @p x1] (content coordinates).
QList<Tick> ticksOf(const GanttLayout &layout, const GanttZone &z, qreal x0, qreal x1)
{
    QList<Tick> out;
    const qint64 spanMs = z.from.msecsTo(z.to);
    const qreal width = z.x1 - z.x0;
    if (spanMs <= 0 || width <= 0 || x1 < z.x0 || x0 > z.x1)
        return out;
    const qreal perMs = width / qreal(spanMs);
    // One scale of steps for every zone: a label needs about 44 units.
    static const int steps[] = {5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2 * 1440,
                                7 * 1440, 14 * 1440, 28 * 1440, 56 * 1440, 112 * 1440,
                                364 * 1440};
    int step = steps[std::size(steps) - 1];
    for (int s : steps) {
        if (s * kMinuteMs * perMs >= 44) {
            step = s;
            break;
        }
    }
    if (step >= 1440) {
        const int days = step / 1440;
        QDate day = z.from.toTimeZone(layout.zone).date();
        if (day.startOfDay(layout.zone) < z.from)
            day = day.addDays(1);
        for (int guard = 0; guard < 5000; ++guard, day = day.addDays(days)) {
            const QDateTime t = day.startOfDay(layout.zone);
            if (t > z.to)
                break;
            const qreal x = z.x0 + z.from.msecsTo(t) * perMs;
            if (x > x1 + 40)
                break;
            if (x >= x0 - 40)
                out << Tick{x, day.toString(QStringLiteral("M/d"))};
        }
        return out;
    }
    // The first local time at a multiple of step minutes since local midnight.
    const QDateTime local = z.from.toTimeZone(layout.zone);
    const int minuteOfDay = local.time().hour() * 60 + local.time().minute();
    int first = ((minuteOfDay + step - 1) / step) * step;
    if (first == minuteOfDay && local.time().second() > 0)
        first += step;
    QDateTime t = local.date().startOfDay(layout.zone).addSecs(qint64(first) * 60);
    // Skip ahead to the visible part without iterating over the invisible ticks.
    if (x0 > z.x0) {
        const qint64 skip = qint64((x0 - z.x0) / (step * kMinuteMs * perMs)) - 1;
        if (skip > 0)
            t = t.addSecs(skip * step * 60);
    }
    for (int guard = 0; guard < 5000; ++guard, t = t.addSecs(qint64(step) * 60)) {
        if (t > z.to)
            break;
        const qreal x = z.x0 + z.from.msecsTo(t) * perMs;
        if (x > x1 + 40)
            break;
        if (x >= x0 - 40) {
            const QDateTime lt = t.toTimeZone(layout.zone);
            out << Tick{x, lt.time().hour() == 0 && lt.time().minute() == 0
                               ? lt.toString(QStringLiteral("M/d"))
                               : lt.toString(QStringLiteral("HH:mm"))};
        }
    }
    return out;
}

QPolygonF diamond(const QPointF &c, qreal r)
{
    return QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                      QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())});
}

void drawCheck(QPainter &p, const QPointF &at, qreal size, const QColor &color)
{
    QPainterPath path;
    path.moveTo(at.x(), at.y());
    path.lineTo(at.x() + size * 0.35, at.y() + size * 0.35);
    path.lineTo(at.x() + size, at.y() - size * 0.45);
    p.save();
    p.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.restore();
}

/// Draws the bar or diamond of @p row in @p r (screen coordinates).
void drawBar(QPainter &p, const GanttStyle &style, const GanttRow &row, const QRectF &r)
{
    const QColor c = style.color(row.phase);
    if (row.phase == StepPhase::Milestone) {
        const QPointF centre = r.center();
        const qreal radius = r.height() / 2;
        p.setPen(QPen(c, 1.5));
        p.setBrush(row.done ? QBrush(c) : QBrush(style.background));
        p.drawPolygon(diamond(centre, radius));
        if (row.done)
            drawCheck(p, QPointF(r.right() + 3, centre.y()), 9, style.text);
        return;
    }
    if (row.phase == StepPhase::Rollback) {
        QColor light = c;
        light.setAlpha(50);
        p.setPen(Qt::NoPen);
        p.setBrush(light);
        p.drawRect(r);
        p.setBrush(QBrush(c, Qt::BDiagPattern));
        p.drawRect(r);
        p.setPen(QPen(c, 1));
        p.setBrush(row.done ? QBrush(c) : QBrush(Qt::NoBrush));
        p.drawRect(r);
    } else {
        QColor fill = c;
        if (!row.done)
            fill.setAlpha(120);
        p.setPen(QPen(c.darker(120), 1));
        p.setBrush(fill);
        p.drawRect(r);
    }
    if (row.done)
        drawCheck(p, QPointF(r.right() + 3, r.center().y()), 9, style.text);
}

/// A zigzag line from @p top to @p bottom at @p x.
void drawZigzag(QPainter &p, qreal x, qreal top, qreal bottom)
{
    QPolygonF line;
    int i = 0;
    for (qreal y = top; y < bottom; y += 5, ++i)
        line << QPointF(x + ((i % 2) ? 2.5 : -2.5), y);
    line << QPointF(x, bottom);
    p.drawPolyline(line);
}

} // namespace

QColor GanttStyle::color(StepPhase phase) const
{
    switch (phase) {
    case StepPhase::Milestone: return milestone;
    case StepPhase::Pre: return pre;
    case StepPhase::Apply: return apply;
    case StepPhase::Post: return post;
    case StepPhase::Rollback: return rollback;
    }
    return apply;
}

// --- GanttLayout -------------------------------------------------------------------------------

QSizeF GanttLayout::fullSize() const
{
    return {style.labelWidth + timelineWidth,
            style.axisHeight + rowsHeight() + style.legendHeight};
}

GanttTile GanttLayout::wholeChart() const
{
    return {QRectF(0, 0, timelineWidth, rowsHeight()), 0, rowCount()};
}

GanttTile GanttLayout::tileFor(const QRectF &content) const
{
    GanttTile t;
    t.content = content;
    const qreal rh = style.rowHeight;
    t.firstRow = std::clamp(int(std::floor(content.top() / rh)), 0, rowCount());
    t.rowEnd = std::clamp(int(std::ceil(content.bottom() / rh)), t.firstRow, rowCount());
    return t;
}

QList<GanttTile> GanttLayout::tiles(const QSizeF &page) const
{
    QList<GanttTile> out;
    const qreal rh = style.rowHeight;
    const int rowsPerTile
        = std::max(1, int((page.height() - style.axisHeight - style.legendHeight) / rh));
    qreal columnWidth = page.width() - style.labelWidth;
    if (columnWidth < 40)
        columnWidth = std::max<qreal>(timelineWidth, 1);
    const int columns = std::max(1, int(std::ceil(timelineWidth / columnWidth - 1e-9)));
    const int rowsTotal = rowCount();
    for (int first = 0; first < std::max(rowsTotal, 1); first += rowsPerTile) {
        const int end = std::min(rowsTotal, first + rowsPerTile);
        for (int c = 0; c < columns; ++c) {
            const qreal x0 = c * columnWidth;
            const qreal x1 = std::min(timelineWidth, x0 + columnWidth);
            GanttTile t;
            t.content = QRectF(x0, first * rh, x1 - x0, (end - first) * rh);
            t.firstRow = first;
            t.rowEnd = end;
            out << t;
        }
    }
    return out;
}

qreal GanttLayout::xOf(const QDateTime &t) const
{
    if (zones.isEmpty() || !t.isValid())
        return 0;
    if (t <= zones.first().from)
        return zones.first().x0;
    // The window's edges belong to the window (not to the lead time or follow-up beside it).
    const auto window = std::find_if(zones.cbegin(), zones.cend(), [&t](const GanttZone &z) {
        return z.kind == GanttZone::Kind::Window && z.from <= t && t <= z.to;
    });
    for (const GanttZone &z : zones) {
        if (window != zones.cend() && &z != &*window)
            continue;
        if (t <= z.to) {
            const qint64 span = z.from.msecsTo(z.to);
            if (span <= 0)
                return z.x0;
            return z.x0 + (z.x1 - z.x0) * qreal(z.from.msecsTo(t)) / qreal(span);
        }
    }
    return zones.last().x1;
}

QDateTime GanttLayout::timeAt(qreal x) const
{
    if (zones.isEmpty())
        return {};
    for (const GanttZone &z : zones) {
        if (x <= z.x1) {
            if (x <= z.x0 || z.x1 <= z.x0)
                return z.from;
            const qint64 span = z.from.msecsTo(z.to);
            return z.from.addMSecs(qint64(span * (x - z.x0) / (z.x1 - z.x0)));
        }
    }
    return zones.last().to;
}

QRectF GanttLayout::barRect(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const GanttRow &r = rows.at(row);
    const qreal top = row * style.rowHeight + 4;
    const qreal h = style.rowHeight - 8;
    if (r.phase == StepPhase::Milestone) {
        const qreal cx = xOf(r.start);
        return QRectF(cx - h / 2 - 1, top - 1, h + 2, h + 2);
    }
    const qreal x0 = xOf(r.start);
    const qreal x1 = std::max(xOf(r.end), x0 + 3);
    return QRectF(x0, top, x1 - x0, h);
}

int GanttLayout::rowAt(qreal y) const
{
    if (y < 0 || style.rowHeight <= 0)
        return -1;
    const int row = int(y / style.rowHeight);
    return row < rowCount() ? row : -1;
}

int GanttLayout::rowAtPoint(const QPointF &p) const
{
    const int row = rowAt(p.y());
    if (row < 0)
        return -1;
    return barRect(row).adjusted(-3, -3, 3, 3).contains(p) ? row : -1;
}

// --- GanttPainter ------------------------------------------------------------------------------

GanttLayout GanttPainter::layout(const GanttInput &input, const GanttStyle &style,
                                 const QSizeF &size)
{
    GanttLayout l;
    l.style = style;
    l.zone = input.zone.isValid() ? input.zone : QTimeZone::utc();
    l.now = input.now.toUTC();
    const Plan &plan = input.plan;
    const bool hasWindow = plan.windowStart.isValid() && plan.windowEnd.isValid()
        && plan.windowStart < plan.windowEnd;
    if (hasWindow) {
        l.windowStart = plan.windowStart.toUTC();
        l.windowEnd = plan.windowEnd.toUTC();
        bool anyRollback = false;
        for (const PlanStep &s : input.steps)
            anyRollback = anyRollback || s.phase == StepPhase::Rollback;
        if (anyRollback)
            l.decisionDeadline = rollbackDecisionDeadline(input.steps, plan).toUTC();
        const QDateTime ls = l.windowStart.toTimeZone(l.zone);
        const QDateTime le = l.windowEnd.toTimeZone(l.zone);
        l.windowCaption = tr("Window %1–%2 (%3)")
                              .arg(ls.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   le.date() == ls.date()
                                       ? le.toString(QStringLiteral("HH:mm"))
                                       : le.toString(QStringLiteral("MM-dd HH:mm")),
                                   QString::fromUtf8(l.zone.id()));
    }

    // Rows, in chart order.
    struct Keyed
    {
        int rank;
        QDateTime start;
        int position;
        int index;
    };
    QList<Keyed> keyed;
    keyed.reserve(input.steps.size());
    for (int i = 0; i < input.steps.size(); ++i) {
        const PlanStep &s = input.steps.at(i);
        keyed << Keyed{rankOf(s, l.windowStart), s.plannedStart.toUTC(), s.position, i};
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.start != b.start)
            return a.start < b.start;
        return a.position < b.position;
    });
    l.rows.reserve(keyed.size());
    QDateTime first;
    QDateTime last;
    for (const Keyed &k : std::as_const(keyed)) {
        const PlanStep &s = input.steps.at(k.index);
        GanttRow r;
        r.stepId = s.id;
        r.stepIndex = k.index;
        r.phase = s.phase;
        r.label = s.title;
        r.owner = s.ownerRole;
        r.start = s.plannedStart.toUTC();
        r.end = s.phase == StepPhase::Milestone ? r.start : s.plannedEnd().toUTC();
        r.done = s.isDone();
        if (r.start.isValid()) {
            if (!first.isValid() || r.start < first)
                first = r.start;
            if (!last.isValid() || r.end > last)
                last = r.end;
        }
        l.rows << r;
    }

    // The range: fitted (whole local days around the lead time and follow-up) or given.
    QDateTime rangeStart = input.rangeStart.toUTC();
    QDateTime rangeEnd = input.rangeEnd.toUTC();
    if (hasWindow) {
        if (!rangeStart.isValid()) {
            rangeStart = l.windowStart;
            // Room for the first diamond; whole local days for a long lead time.
            if (first.isValid() && first < l.windowStart) {
                const qint64 span = first.msecsTo(l.windowStart);
                rangeStart = first.addMSecs(-std::max<qint64>(span / 25, 10 * kMinuteMs));
                if (span >= 7 * kDayMs)
                    rangeStart = startOfDay(rangeStart, l.zone);
            }
        }
        if (!rangeEnd.isValid()) {
            rangeEnd = l.windowEnd;
            if (last.isValid() && last > l.windowEnd) {
                const qint64 span = l.windowEnd.msecsTo(last);
                rangeEnd = last.addMSecs(std::max<qint64>(span / 8, 10 * kMinuteMs));
                if (span >= 7 * kDayMs)
                    rangeEnd = startOfDay(rangeEnd, l.zone).addDays(1);
            }
        }
    } else if (!rangeStart.isValid() || !rangeEnd.isValid()) {
        const QDateTime a = first.isValid() ? first : l.now;
        const QDateTime b = last.isValid() ? last : a;
        if (a.isValid()) {
            const qint64 pad = std::max<qint64>(a.msecsTo(b) / 20, 30 * kMinuteMs);
            if (!rangeStart.isValid())
                rangeStart = a.addMSecs(-pad);
            if (!rangeEnd.isValid())
                rangeEnd = b.addMSecs(pad);
        }
    }

    // The zones present, and their widths.
    l.timelineWidth = std::max(size.width() - style.labelWidth, style.minTimelineWidth);
    if (rangeStart.isValid() && rangeEnd.isValid() && rangeStart < rangeEnd) {
        QList<std::pair<GanttZone, qreal>> parts;
        if (hasWindow) {
            if (rangeStart < l.windowStart)
                parts.append({GanttZone{GanttZone::Kind::LeadTime, rangeStart,
                                        std::min(rangeEnd, l.windowStart)},
                              style.leadWeight});
            const QDateTime ws = std::max(rangeStart, l.windowStart);
            const QDateTime we = std::min(rangeEnd, l.windowEnd);
            if (ws < we)
                parts.append({GanttZone{GanttZone::Kind::Window, ws, we}, style.windowWeight});
            if (rangeEnd > l.windowEnd)
                parts.append({GanttZone{GanttZone::Kind::FollowUp,
                                        std::max(rangeStart, l.windowEnd), rangeEnd},
                              style.followWeight});
        } else {
            parts.append({GanttZone{GanttZone::Kind::Linear, rangeStart, rangeEnd}, 1});
        }
        qreal weights = 0;
        for (const auto &p : parts)
            weights += p.second;
        const qreal usable = l.timelineWidth - style.breakWidth * (parts.size() - 1);
        qreal x = 0;
        for (auto &p : parts) {
            p.first.x0 = x;
            p.first.x1 = x + usable * p.second / weights;
            x = p.first.x1 + style.breakWidth;
            l.zones << p.first;
        }
    }
    return l;
}

QSizeF GanttPainter::tileSize(const GanttLayout &layout, const GanttTile &tile)
{
    return {layout.style.labelWidth + tile.content.width(),
            layout.style.axisHeight + tile.content.height() + layout.style.legendHeight};
}

void GanttPainter::paint(QPainter &p, const GanttLayout &layout, const QRectF &target,
                         const GanttTile &tile)
{
    const GanttStyle &st = layout.style;
    const QSizeF natural = tileSize(layout, tile);
    if (natural.isEmpty() || target.isEmpty())
        return;
    p.save();
    p.translate(target.topLeft());
    const qreal scale = std::min(target.width() / natural.width(),
                                 target.height() / natural.height());
    if (std::abs(scale - 1) > 1e-6)
        p.scale(scale, scale);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(st.font);
    const QFontMetricsF fm(st.font, p.device());

    const qreal L = st.labelWidth;
    const qreal A = st.axisHeight;
    const qreal rh = st.rowHeight;
    const QRectF content = tile.content;
    const qreal cw = content.width();
    const qreal ch = content.height();
    const QRectF rowsArea(L, A, cw, ch);
    const QRectF axisArea(L, 0, cw, A);
    const QRectF labelsArea(0, A, L, ch);
    // content -> screen
    const qreal dx = L - content.left();
    const qreal dy = A - content.top();
    const auto sx = [&](qreal x) { return x + dx; };

    p.fillRect(QRectF(QPointF(0, 0), natural), st.background);

    // Row stripes, labels column included.
    for (int r = tile.firstRow; r < tile.rowEnd; ++r) {
        if (r % 2)
            p.fillRect(QRectF(0, r * rh + dy, L + cw, rh).intersected(
                           QRectF(0, A, L + cw, ch)),
                       st.alternateRow);
    }

    // --- Timeline: window shade, grid, bars, lines ---------------------------------------------
    p.save();
    p.setClipRect(rowsArea.united(axisArea));
    if (layout.windowStart.isValid()) {
        const qreal x0 = sx(layout.xOf(layout.windowStart));
        const qreal x1 = sx(layout.xOf(layout.windowEnd));
        QColor shade = st.windowShade;
        p.fillRect(QRectF(x0, A - 16, x1 - x0, ch + 16), shade);
    }
    QList<QList<Tick>> zoneTicks;
    for (const GanttZone &z : layout.zones)
        zoneTicks << ticksOf(layout, z, content.left(), content.right());
    p.setPen(QPen(st.grid, 1));
    for (const QList<Tick> &ticks : std::as_const(zoneTicks)) {
        for (const Tick &t : ticks)
            p.drawLine(QPointF(sx(t.x), A), QPointF(sx(t.x), A + ch));
    }
    p.setClipRect(rowsArea);
    for (int r = tile.firstRow; r < tile.rowEnd; ++r) {
        const QRectF bar = layout.barRect(r).translated(dx, dy);
        if (bar.right() < L - 20 || bar.left() > L + cw + 20)
            continue;
        drawBar(p, st, layout.rows.at(r), bar);
    }
    if (layout.decisionDeadline.isValid()) {
        const qreal x = sx(layout.xOf(layout.decisionDeadline));
        p.setPen(QPen(st.deadlineLine, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, A), QPointF(x, A + ch));
    }
    p.setClipRect(rowsArea.united(axisArea));
    if (layout.now.isValid() && !layout.zones.isEmpty()
        && layout.now >= layout.zones.first().from && layout.now <= layout.zones.last().to) {
        const qreal x = sx(layout.xOf(layout.now));
        p.setPen(QPen(st.nowLine, 2));
        p.drawLine(QPointF(x, A - 16), QPointF(x, A + ch));
    }
    // Breaks between zones: a blank gap with zigzag edges.
    for (int i = 0; i + 1 < layout.zones.size(); ++i) {
        const qreal g0 = sx(layout.zones.at(i).x1);
        const qreal g1 = sx(layout.zones.at(i + 1).x0);
        p.fillRect(QRectF(g0, 0, g1 - g0, A + ch), st.background);
        p.setPen(QPen(st.mutedText, 1));
        drawZigzag(p, g0 + 2.5, 2, A + ch);
        drawZigzag(p, g1 - 2.5, 2, A + ch);
    }
    p.restore();

    // --- Axis --------------------------------------------------------------------------------
    p.save();
    p.setClipRect(axisArea);
    const qreal line = A / 2;
    for (int i = 0; i < layout.zones.size(); ++i) {
        const GanttZone &z = layout.zones.at(i);
        QString caption;
        switch (z.kind) {
        case GanttZone::Kind::LeadTime: caption = tr("Lead time"); break;
        case GanttZone::Kind::Window: caption = layout.windowCaption; break;
        case GanttZone::Kind::FollowUp: caption = tr("Follow-up"); break;
        case GanttZone::Kind::Linear: break;
        }
        // The caption stays in the visible part of its zone.
        const qreal vx0 = std::max(sx(z.x0), L);
        const qreal vx1 = std::min(sx(z.x1), L + cw);
        if (vx1 - vx0 > 8 && !caption.isEmpty()) {
            p.setPen(st.text);
            p.drawText(QRectF(vx0 + 3, 0, vx1 - vx0 - 6, line),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                       fm.elidedText(caption, Qt::ElideRight, vx1 - vx0 - 6));
        }
        p.setPen(st.mutedText);
        for (const Tick &t : zoneTicks.at(i)) {
            const qreal x = sx(t.x);
            p.drawLine(QPointF(x, A - 4), QPointF(x, A));
            // A label that would run into the next zone (or the break) is left out.
            if (t.x + 2 + fm.horizontalAdvance(t.text) > z.x1)
                continue;
            p.drawText(QRectF(x + 2, line, 60, line - 2),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, t.text);
        }
    }
    p.restore();

    // --- Labels column -----------------------------------------------------------------------
    p.save();
    p.setClipRect(labelsArea);
    const qreal titleWidth = L - st.ownerWidth - 14;
    for (int r = tile.firstRow; r < tile.rowEnd; ++r) {
        const GanttRow &row = layout.rows.at(r);
        const qreal y = r * rh + dy;
        p.fillRect(QRectF(0, y + 3, 4, rh - 6), st.color(row.phase));
        p.setPen(row.done ? st.mutedText : st.text);
        // QPainter::drawText never interprets markup: a title "<b>x</b>" shows as typed.
        p.drawText(QRectF(8, y, titleWidth, rh), Qt::AlignLeft | Qt::AlignVCenter
                       | Qt::TextSingleLine,
                   fm.elidedText(row.label, Qt::ElideRight, titleWidth));
        p.setPen(st.mutedText);
        p.drawText(QRectF(L - st.ownerWidth - 2, y, st.ownerWidth - 4, rh),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                   fm.elidedText(row.owner, Qt::ElideRight, st.ownerWidth - 4));
    }
    p.restore();
    // Header of the labels column.
    p.setPen(st.mutedText);
    p.drawText(QRectF(8, A / 2, L - st.ownerWidth - 14, A / 2),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tr("Step"));
    p.drawText(QRectF(L - st.ownerWidth - 2, A / 2, st.ownerWidth - 4, A / 2),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tr("Owner"));
    p.setPen(QPen(st.grid.darker(130), 1));
    p.drawLine(QPointF(0, A), QPointF(L + cw, A));
    p.drawLine(QPointF(L, 0), QPointF(L, A + ch));
    if (layout.rows.isEmpty()) {
        p.setPen(st.mutedText);
        p.drawText(QRectF(0, A, L + cw, std::max(ch, rh)), Qt::AlignCenter, tr("No steps"));
    }

    // --- Legend ------------------------------------------------------------------------------
    const qreal ly = A + ch;
    p.setPen(QPen(st.grid.darker(130), 1));
    p.drawLine(QPointF(0, ly), QPointF(L + cw, ly));
    p.save();
    p.setClipRect(QRectF(0, ly, L + cw, st.legendHeight));
    // Entries flow left to right and wrap onto further lines when the legend is tall enough for
    // them (a printed tile narrower than the whole legend); otherwise the clip cuts them.
    const qreal lineHeight = std::min<qreal>(st.legendHeight, 20);
    const int lines = std::max(1, int(st.legendHeight / lineHeight));
    const qreal right = L + cw - 4;
    qreal x = 8;
    int legendLine = 0;
    qreal top = ly + (st.legendHeight - lines * lineHeight) / 2;
    qreal sy = top + lineHeight / 2;
    const qreal sh = std::min<qreal>(12, lineHeight - 8);
    /// One entry: a symbol @p symbolWidth wide drawn by @p symbol at (x, centre y), then text.
    const auto entry = [&](qreal symbolWidth, const std::function<void(qreal, qreal)> &symbol,
                           const QString &text) {
        const qreal w = fm.horizontalAdvance(text) + 2;
        if (x > 8 && x + symbolWidth + w > right && legendLine + 1 < lines) {
            ++legendLine;
            x = 8;
            sy = top + legendLine * lineHeight + lineHeight / 2;
        }
        symbol(x, sy);
        x += symbolWidth;
        p.setPen(st.text);
        p.drawText(QRectF(x, sy - lineHeight / 2, w, lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        x += w + 14;
    };
    for (StepPhase phase : allValues<StepPhase>()) {
        const qreal width = phase == StepPhase::Milestone ? sh : 22;
        entry(width + 4, [&](qreal x0, qreal y) {
            GanttRow sample;
            sample.phase = phase;
            drawBar(p, st, sample, QRectF(x0, y - sh / 2, width, sh));
        }, displayName(phase));
    }
    entry(26, [&](qreal x0, qreal y) {
        p.fillRect(QRectF(x0, y - sh / 2, 22, sh), st.windowShade);
    }, tr("Maintenance window"));
    entry(10, [&](qreal x0, qreal y) {
        p.setPen(QPen(st.nowLine, 2));
        p.drawLine(QPointF(x0 + 4, y - sh / 2), QPointF(x0 + 4, y + sh / 2));
    }, tr("Now"));
    entry(10, [&](qreal x0, qreal y) {
        p.setPen(QPen(st.deadlineLine, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x0 + 4, y - sh / 2), QPointF(x0 + 4, y + sh / 2));
    }, tr("Rollback decision"));
    entry(14, [&](qreal x0, qreal y) { drawCheck(p, QPointF(x0, y), 9, st.text); }, tr("Done"));
    p.restore();

    p.restore();
}

} // namespace pp
