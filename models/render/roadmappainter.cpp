#include "models/render/roadmappainter.h"

#include "models/io/printdocument.h"
#include "models/itemmodels/eosltablemodel.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace pp {
namespace {

// The screen's colours (ui/roadmap/roadmapchart.cpp).
const QColor kActive(0x43, 0xa0, 0x47);   // green: active support
const QColor kSecurity(0xf9, 0xa8, 0x25); // amber: security fixes only
const QColor kExtended(0x8e, 0x44, 0xad); // purple: extended (paid) support
const QColor kUnknown(0x9e, 0x9e, 0x9e);  // grey: unknown
const QColor kToday(0xd3, 0x2f, 0x2f);
const QColor kHorizon(0xff, 0x98, 0x00);
const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kGrid(0xd0, 0xd0, 0xd0);
const QColor kStripe(0xf4, 0xf5, 0xf7);

QDate monthStart(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

RoadmapPainter::RoadmapPainter(RoadmapChart chart, RoadmapPaintStyle style)
    : m_chart(std::move(chart))
    , m_style(style)
{
    m_style.fontSize = qMax<qreal>(8, m_style.fontSize);
    if (!m_chart.today.isValid())
        m_chart.today = QDate::currentDate();
    QDate from = m_chart.from.isValid() ? m_chart.from : m_chart.today.addYears(-4);
    QDate to = m_chart.to.isValid() ? m_chart.to : m_chart.today.addYears(6);
    if (to <= from)
        to = from.addYears(1);
    m_from = monthStart(from);
    m_to = monthStart(to) == to ? to : monthStart(to).addMonths(1);
}

QFont RoadmapPainter::pointFont(qreal points, bool bold, const QPaintDevice *device)
{
    QFont f = printFont(points, bold);
    const int dpi = device ? device->logicalDpiY() : 72;
    if (dpi > 0 && dpi != 72)
        f.setPointSizeF(points * 72.0 / dpi);
    return f;
}

QString RoadmapPainter::cutLabel(const QString &text, const QFontMetricsF &fm, qreal width)
{
    QString line;
    line.reserve(qMin<qsizetype>(text.size(), 1000));
    for (const QChar c : QStringView(text).left(1000)) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            line += QLatin1Char(' ');
        else if (c.category() != QChar::Other_Control)
            line += c;
    }
    if (text.size() > 1000)
        line += QStringLiteral("…");
    if (width <= 0)
        return QString();
    return fm.elidedText(line.simplified(), Qt::ElideRight, width);
}

int RoadmapPainter::rowsPerPage(qreal bodyHeight) const
{
    const qreal rows = bodyHeight - m_style.axisHeight - m_style.legendHeight;
    return qMax(1, int(std::floor(rows / m_style.rowHeight)));
}

int RoadmapPainter::pageCount(qreal bodyHeight) const
{
    const int n = rowsPerPage(bodyHeight);
    return qMax(1, int((m_chart.rows.size() + n - 1) / n));
}

qreal RoadmapPainter::xOf(const QDate &d, const QRectF &plot) const
{
    const qint64 span = m_from.daysTo(m_to);
    if (span <= 0)
        return plot.left();
    return plot.left() + qreal(m_from.daysTo(d)) / qreal(span) * plot.width();
}

void RoadmapPainter::paintAxis(QPainter &p, const QRectF &axis, const QRectF &plot) const
{
    const QFont font = pointFont(m_style.fontSize, false, p.device());
    const QFont bold = pointFont(m_style.fontSize, true, p.device());
    const QFontMetricsF fm(font, p.device());
    const qreal line = axis.height() / 2;
    const qreal monthWidth = plot.width() / qMax<qint64>(1, m_from.daysTo(m_to)) * 30.4;
    // Sub-ticks: months when there is room, else quarters, else none; labelled when they fit.
    int step = 0;
    if (monthWidth >= 4)
        step = 1;
    if (monthWidth < 14)
        step = monthWidth * 3 >= 8 ? 3 : 0;
    const QString sampleLabel = step == 1 ? QStringLiteral("12") : QStringLiteral("Q4");
    const bool labelTicks = step > 0 && monthWidth * step >= fm.horizontalAdvance(sampleLabel) + 4;

    p.save();
    p.setClipRect(axis.adjusted(0, 0, 0, plot.height() + 1));
    for (QDate d = m_from; d <= m_to; d = d.addMonths(1)) {
        const qreal x = xOf(d, plot);
        const bool year = d.month() == 1;
        if (year || d == m_from) {
            // Year label in the upper line, over the year's span.
            const QDate next(d.year() + 1, 1, 1);
            const qreal x1 = qMin(xOf(next, plot), plot.right());
            const QString text = QString::number(d.year());
            if (x1 - x >= fm.horizontalAdvance(text) + 4) {
                p.setFont(bold);
                p.setPen(kText);
                p.drawText(QRectF(x + 2, axis.top(), x1 - x - 2, line),
                           Qt::AlignVCenter | Qt::AlignLeft, text);
            }
        }
        if (year) {
            p.setPen(QPen(kMuted, 0.8));
            p.drawLine(QPointF(x, axis.top()), QPointF(x, axis.bottom()));
            p.setPen(QPen(kGrid, 0.6));
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        } else if (step > 0 && (d.month() - 1) % step == 0) {
            p.setPen(QPen(kGrid, 0.5));
            p.drawLine(QPointF(x, axis.top() + line), QPointF(x, axis.bottom()));
        }
        if (labelTicks && (d.month() - 1) % step == 0 && d < m_to) {
            const QString text = step == 1 ? QString::number(d.month())
                                           : tr("Q%1").arg((d.month() - 1) / 3 + 1);
            p.setFont(font);
            p.setPen(kMuted);
            p.drawText(QRectF(x, axis.top() + line, monthWidth * step, line), Qt::AlignCenter,
                       text);
        }
    }
    p.restore();
    p.setPen(QPen(kMuted, 0.8));
    p.drawLine(QPointF(plot.left(), axis.bottom()), QPointF(plot.right(), axis.bottom()));
}

void RoadmapPainter::paintBar(QPainter &p, const RoadmapRow &row, const QRectF &rect,
                              const QRectF &plot, const QFontMetricsF &fm) const
{
    const qreal pad = rect.height() * 0.2;
    const auto segment = [&](qreal x0, qreal x1, const QColor &c,
                             Qt::BrushStyle style = Qt::SolidPattern) {
        x0 = qMax(x0, plot.left() - 1);
        x1 = qMin(x1, plot.right() + 1);
        if (x1 <= x0)
            return;
        p.setPen(style == Qt::SolidPattern ? Qt::NoPen : QPen(c, 0.6));
        p.setBrush(QBrush(c, style));
        p.drawRect(QRectF(x0, rect.top() + pad, x1 - x0, rect.height() - 2 * pad));
    };
    const auto note = [&](qreal x, const QString &text, const QColor &c) {
        const qreal room = plot.right() - x - 4;
        if (room < 20)
            return;
        p.setPen(c);
        p.drawText(QRectF(x + 3, rect.top(), room, rect.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, cutLabel(text, fm, room));
    };
    const auto stub = [&](qreal x, const QString &text, const QColor &c) {
        x = qBound(plot.left(), x, plot.right() - m_style.stubWidth);
        const QRectF r(x, rect.top() + pad, m_style.stubWidth, rect.height() - 2 * pad);
        p.setPen(QPen(c, 0.6, Qt::DashLine));
        p.setBrush(QBrush(c, Qt::BDiagPattern));
        p.drawRect(r);
        note(r.right(), text, c.darker(160));
    };

    const qreal start = row.release.isValid() ? xOf(row.release, plot) : plot.left() - 1;
    const bool activeDate = row.active.state == SupportState::Date;
    if (row.eosl.state == SupportState::Unknown) {
        qreal x = xOf(m_chart.today, plot);
        if (activeDate) {
            segment(start, xOf(row.active.date, plot), kActive);
            x = xOf(row.active.date, plot);
        } else if (row.release.isValid()) {
            x = start;
        }
        stub(x, tr("EOSL unknown"), kUnknown);
        return;
    }
    if (row.eosl.state == SupportState::NotAnnounced) {
        if (activeDate) {
            segment(start, xOf(row.active.date, plot), kActive);
            segment(xOf(row.active.date, plot), plot.right() + 1, kSecurity);
        } else {
            segment(start, plot.right() + 1, kActive);
        }
        return;
    }
    if (row.eosl.state == SupportState::Ended) {
        qreal x = start;
        if (activeDate) {
            segment(start, xOf(row.active.date, plot), kActive);
            x = xOf(row.active.date, plot);
        }
        stub(qMax(x, plot.left()), tr("ended, date unknown"),
             EoslTableModel::statusColor(EoslStatus::Past));
        return;
    }
    const qreal eoslX = xOf(row.eosl.date, plot);
    if (activeDate && row.active.date <= row.eosl.date) {
        segment(start, xOf(row.active.date, plot), kActive);
        segment(xOf(row.active.date, plot), eoslX, kSecurity);
    } else {
        segment(start, eoslX, kSecurity);
    }
    qreal end = eoslX;
    const Qt::BrushStyle ext = row.contract ? Qt::SolidPattern : Qt::Dense4Pattern;
    if (row.extended.state == SupportState::Date && row.extended.date > row.eosl.date) {
        end = xOf(row.extended.date, plot);
        segment(eoslX, end, kExtended, ext);
    } else if (row.extended.state == SupportState::NotAnnounced) {
        end = plot.right() + 1;
        segment(eoslX, end, kExtended, ext);
    }
    const QColor c = EoslTableModel::statusColor(row.status);
    if (eoslX >= plot.left() && eoslX <= plot.right()) {
        p.setPen(QPen(c, 2.2));
        p.drawLine(QPointF(eoslX, rect.top() + 1.5), QPointF(eoslX, rect.bottom() - 1.5));
    }
    if (row.status == EoslStatus::Past && end < plot.right() - 40) {
        QString text = row.contract ? tr("past EOSL, contract") : tr("past EOSL");
        if (end < plot.left())
            text = tr("◀ EOSL %1").arg(row.eosl.date.toString(Qt::ISODate));
        note(qMax(end, plot.left()) + 2, text, c);
    }
}

void RoadmapPainter::paintLegend(QPainter &p, const QRectF &area) const
{
    const QFont font = pointFont(m_style.fontSize, false, p.device());
    const QFontMetricsF fm(font, p.device());
    p.setFont(font);
    const qreal lineH = fm.height() + 4;
    const qreal sw = 16;
    const qreal sh = fm.ascent() * 0.8;
    qreal x = area.left();
    qreal y = area.top() + 4;
    // Flows left to right, wrapping; anything beyond the area is left out (never overlaps).
    const auto place = [&](qreal w) {
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += lineH;
        }
        const bool fits = y + lineH <= area.bottom() + 1;
        const QPointF at(x, y);
        x += w + 12;
        return fits ? at : QPointF(-1, -1);
    };
    const auto item = [&](const QString &text, const std::function<void(const QRectF &)> &swatch) {
        const QString t = cutLabel(text, fm, area.width() - sw - 6);
        const QPointF at = place(sw + 4 + fm.horizontalAdvance(t));
        if (at.x() < 0)
            return;
        const QRectF box(at.x(), at.y() + (lineH - sh) / 2 - 1, sw, sh);
        p.save();
        swatch(box);
        p.restore();
        p.setPen(kText);
        p.drawText(QRectF(box.right() + 4, at.y(), fm.horizontalAdvance(t) + 2, lineH),
                   Qt::AlignVCenter | Qt::AlignLeft, t);
    };
    const auto solid = [&p](const QColor &c, Qt::BrushStyle style = Qt::SolidPattern) {
        return [&p, c, style](const QRectF &r) {
            p.setPen(style == Qt::SolidPattern ? Qt::NoPen : QPen(c, 0.6));
            p.setBrush(QBrush(c, style));
            p.drawRect(r);
        };
    };
    item(tr("Active support"), solid(kActive));
    item(tr("Security fixes only"), solid(kSecurity));
    item(tr("Extended support, contract"), solid(kExtended));
    item(tr("Extended support, no contract"), solid(kExtended, Qt::Dense4Pattern));
    item(tr("EOSL unknown"), solid(kUnknown, Qt::BDiagPattern));
    item(tr("Past"), solid(QColor(0, 0, 0, 30)));
    item(tr("Horizons: %1, %2, %3, %4 days")
             .arg(m_chart.horizons.d30)
             .arg(m_chart.horizons.d90)
             .arg(m_chart.horizons.d180)
             .arg(m_chart.horizons.d365),
         [&p](const QRectF &r) {
             p.fillRect(r, QColor(kHorizon.red(), kHorizon.green(), kHorizon.blue(), 70));
             p.setPen(QPen(kHorizon, 0.8, Qt::DashLine));
             p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
         });
    item(tr("Today (%1)").arg(m_chart.today.toString(Qt::ISODate)), [&p](const QRectF &r) {
        p.setPen(QPen(kToday, 1.6));
        p.drawLine(QPointF(r.center().x(), r.top() - 1), QPointF(r.center().x(), r.bottom() + 1));
    });
    for (EoslStatus s : {EoslStatus::Past, EoslStatus::Within30, EoslStatus::Within90,
                         EoslStatus::Within180, EoslStatus::Within365, EoslStatus::Supported,
                         EoslStatus::Unknown}) {
        item(displayName(s, m_chart.horizons), [&p, s](const QRectF &r) {
            const QColor c = EoslTableModel::statusColor(s);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(QPointF(r.left() + 4, r.center().y()), 3, 3);
            p.setPen(QPen(c, 2.2));
            p.drawLine(QPointF(r.left() + 11, r.top()), QPointF(r.left() + 11, r.bottom()));
        });
    }
}

void RoadmapPainter::paintPage(QPainter &p, int page, const QRectF &body) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const QFont font = pointFont(m_style.fontSize, false, p.device());
    const QFontMetricsF fm(font, p.device());
    p.setFont(font);

    const int perPage = rowsPerPage(body.height());
    const int total = int(m_chart.rows.size());
    const int first = qBound(0, page * perPage, total);
    const int end = qMin(total, first + perPage);
    const qreal labelWidth = qMin(m_style.labelWidth, body.width() * 0.4);
    const QRectF axis(body.left() + labelWidth, body.top(), body.width() - labelWidth,
                      m_style.axisHeight);
    const qreal rowsHeight = qMax(1, end - first) * m_style.rowHeight;
    const QRectF plot(axis.left(), axis.bottom(), axis.width() - 6, rowsHeight);
    const QRectF rowsArea(body.left(), plot.top(), body.width(), rowsHeight);

    // Which rows: top left, over the labels.
    p.setPen(kMuted);
    const QString caption = total == 0
        ? tr("No components")
        : tr("Rows %1–%2 of %3").arg(first + 1).arg(end).arg(total);
    p.drawText(QRectF(body.left(), body.top(), labelWidth - 6, m_style.axisHeight),
               Qt::AlignBottom | Qt::AlignLeft, cutLabel(caption, fm, labelWidth - 6));

    // Stripes and group separators across labels and plot.
    for (int i = first; i < end; ++i) {
        const QRectF r(rowsArea.left(), plot.top() + (i - first) * m_style.rowHeight,
                       rowsArea.width() - 6, m_style.rowHeight);
        if ((i - first) % 2)
            p.fillRect(r, kStripe);
        if (m_chart.rows.at(i).startsGroup && i > first) {
            p.setPen(QPen(kMuted, 0.6));
            p.drawLine(r.topLeft(), r.topRight());
        }
    }

    paintAxis(p, axis, plot);

    // The past greyed; the horizons after today shaded, strong to faint, with dashed lines.
    p.save();
    p.setClipRect(plot);
    const qreal todayX = xOf(m_chart.today, plot);
    p.fillRect(QRectF(QPointF(plot.left(), plot.top()),
                      QPointF(qBound(plot.left(), todayX, plot.right()), plot.bottom())),
               QColor(0, 0, 0, 18));
    const QList<int> days{m_chart.horizons.d30, m_chart.horizons.d90, m_chart.horizons.d180,
                          m_chart.horizons.d365};
    qreal x0 = todayX;
    for (int i = 0; i < days.size(); ++i) {
        const qreal x1 = xOf(m_chart.today.addDays(days.at(i)), plot);
        p.fillRect(QRectF(QPointF(x0, plot.top()), QPointF(x1, plot.bottom())),
                   QColor(kHorizon.red(), kHorizon.green(), kHorizon.blue(), 60 - i * 12));
        p.setPen(QPen(kHorizon, 0.6, Qt::DashLine));
        p.drawLine(QPointF(x1, plot.top()), QPointF(x1, plot.bottom()));
        x0 = x1;
    }
    for (int i = first; i < end; ++i) {
        const QRectF r(plot.left(), plot.top() + (i - first) * m_style.rowHeight, plot.width(),
                       m_style.rowHeight);
        paintBar(p, m_chart.rows.at(i), r, plot, fm);
    }
    p.setPen(QPen(kToday, 1.4));
    p.drawLine(QPointF(todayX, plot.top()), QPointF(todayX, plot.bottom()));
    p.restore();
    if (todayX >= plot.left() && todayX <= plot.right()) {
        const QString today = tr("Today");
        const qreal w = fm.horizontalAdvance(today) + 4;
        // In the lower line of the axis, so that the year above stays readable.
        const QRectF r(qMin(todayX + 2, plot.right() - w), axis.top() + axis.height() / 2 + 1, w,
                       axis.height() / 2 - 2);
        p.fillRect(r, Qt::white);
        p.setPen(kToday);
        p.drawText(r, Qt::AlignCenter, today);
    }

    // Labels, cut to the column, with a dot in the status colour.
    for (int i = first; i < end; ++i) {
        const RoadmapRow &row = m_chart.rows.at(i);
        const QRectF r(body.left() + 2, plot.top() + (i - first) * m_style.rowHeight,
                       labelWidth - 8, m_style.rowHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(EoslTableModel::statusColor(row.status));
        p.drawEllipse(QPointF(r.left() + 4, r.center().y()), 3, 3);
        p.setPen(kText);
        const QRectF text = r.adjusted(11, 0, 0, 0);
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                   cutLabel(row.label, fm, text.width()));
    }
    p.setPen(QPen(kMuted, 0.6));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
    p.drawLine(QPointF(body.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));

    paintLegend(p, QRectF(body.left(), plot.bottom() + 4, body.width(),
                          m_style.legendHeight - 4));
    p.restore();
}

} // namespace pp
