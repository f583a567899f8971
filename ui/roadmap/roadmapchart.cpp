#include "ui/roadmap/roadmapchart.h"

#include "models/itemmodels/eosltablemodel.h"

#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGraphicsItem>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pp {
namespace {

constexpr int kTopMargin = 52;    // room for the top axis and the "today" caption
constexpr int kBottomMargin = 36; // room for the bottom axis
constexpr int kRightMargin = 24;
constexpr int kStubWidth = 56;    // the hatched "unknown" stub, in pixels
// QDateTimeAxis spaces its ticks evenly in milliseconds, while months and years differ in
// length: a tick meant for 1 January can land on 31 December and be labelled with the wrong
// year. Shifting the axis by two days keeps every tick just after the month or year it stands
// for (invisible at roadmap scale; the bars use the same shifted range).
constexpr qint64 kAxisOffsetMs = 2 * 24 * 3600 * 1000LL;

const QColor kActive(0x43, 0xa0, 0x47);    // green: active support
const QColor kSecurity(0xf9, 0xa8, 0x25);  // amber: security fixes only
const QColor kExtended(0x8e, 0x44, 0xad);  // purple: extended (paid) support
const QColor kUnknown(0x9e, 0x9e, 0x9e);   // grey: unknown

qint64 msecs(QDate d)
{
    return d.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

/// Paints the rows: the past and the horizons shaded, the phases of every bar, the labels at
/// the left and the today line. Everything depends on the view's data and the plot area.
class RoadmapBarsItem : public QGraphicsItem
{
public:
    RoadmapBarsItem(RoadmapChartView *view, QChart *chart)
        : QGraphicsItem(chart), m_view(view), m_chart(chart)
    {
        setZValue(10);
        // exposedRect: paint only the rows in sight (an estate's roadmap has thousands).
        setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    }
    QRectF boundingRect() const override { return m_chart->rect(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    double xOf(QDate d) const
    {
        const QRectF plot = m_chart->plotArea();
        const double from = double(msecs(m_view->rangeFrom()) + kAxisOffsetMs);
        const double to = double(msecs(m_view->rangeTo()) + kAxisOffsetMs);
        if (to <= from)
            return plot.left();
        return plot.left() + (double(msecs(d)) - from) / (to - from) * plot.width();
    }

private:
    void paintBar(QPainter *p, const RoadmapBar &bar, const QRectF &row) const;
    void segment(QPainter *p, const QRectF &row, double x0, double x1, const QColor &c,
                 Qt::BrushStyle style = Qt::SolidPattern) const;
    void stub(QPainter *p, const QRectF &row, double x, const QString &text, const QColor &c) const;

    RoadmapChartView *m_view;
    QChart *m_chart;
};

void RoadmapBarsItem::segment(QPainter *p, const QRectF &row, double x0, double x1,
                              const QColor &c, Qt::BrushStyle style) const
{
    if (x1 <= x0)
        return;
    const QRectF r(x0, row.top() + 4, x1 - x0, row.height() - 8);
    p->setPen(Qt::NoPen);
    p->setBrush(QBrush(c, style));
    p->drawRect(r);
}

void RoadmapBarsItem::stub(QPainter *p, const QRectF &row, double x, const QString &text,
                           const QColor &c) const
{
    const QRectF r(x, row.top() + 4, kStubWidth, row.height() - 8);
    p->setPen(QPen(c, 1, Qt::DashLine));
    p->setBrush(QBrush(c, Qt::BDiagPattern));
    p->drawRect(r);
    p->setPen(c.darker(160));
    p->drawText(QRectF(r.right() + 4, row.top(), 200, row.height()),
                Qt::AlignVCenter | Qt::AlignLeft, text);
}

void RoadmapBarsItem::paintBar(QPainter *p, const RoadmapBar &bar, const QRectF &row) const
{
    const QRectF plot = m_chart->plotArea();
    const double left = plot.left() - 2; // "started before the visible range"
    const double start = bar.release.isValid() ? xOf(bar.release) : left;
    const bool activeDate = bar.active.state == SupportState::Date;

    if (bar.eosl.state == SupportState::Unknown) {
        // Nothing known about the end: a short hatched stub, never a long "supported" bar.
        // It starts where the known part ends, else today: the question is open from now on.
        double x = xOf(m_view->m_today);
        if (activeDate) {
            segment(p, row, start, xOf(bar.active.date), kActive);
            x = xOf(bar.active.date);
        } else if (bar.release.isValid()) {
            x = start;
        }
        stub(p, row, qBound(plot.left(), x, plot.right() - kStubWidth),
             RoadmapChartView::tr("EOSL unknown"), kUnknown);
        return;
    }
    if (bar.eosl.state == SupportState::NotAnnounced) {
        const double end = plot.right() + 2;
        if (activeDate) {
            segment(p, row, start, xOf(bar.active.date), kActive);
            segment(p, row, xOf(bar.active.date), end, kSecurity);
        } else {
            segment(p, row, start, end, kActive);
        }
        return;
    }
    if (bar.eosl.state == SupportState::Ended) {
        // Ended on a date nobody knows: up to the end of active support if known, then a red
        // stub in the past.
        double x = start;
        if (activeDate) {
            segment(p, row, start, xOf(bar.active.date), kActive);
            x = xOf(bar.active.date);
        }
        stub(p, row, qMax(x, plot.left()), RoadmapChartView::tr("ended, date unknown"),
             EoslTableModel::statusColor(EoslStatus::Past));
        return;
    }
    const double eoslX = xOf(bar.eosl.date);
    if (activeDate && bar.active.date <= bar.eosl.date) {
        segment(p, row, start, xOf(bar.active.date), kActive);
        segment(p, row, xOf(bar.active.date), eoslX, kSecurity);
    } else {
        segment(p, row, start, eoslX, kSecurity);
    }
    // Extended support beyond EOSL: solid with a contract, hatched without one.
    double end = eoslX;
    const Qt::BrushStyle ext = bar.contract ? Qt::SolidPattern : Qt::Dense4Pattern;
    if (bar.extended.state == SupportState::Date && bar.extended.date > bar.eosl.date) {
        end = xOf(bar.extended.date);
        segment(p, row, eoslX, end, kExtended, ext);
    } else if (bar.extended.state == SupportState::NotAnnounced) {
        end = plot.right() + 2;
        segment(p, row, eoslX, end, kExtended, ext);
    }
    // The EOSL date itself: a strong tick in the status colour.
    const QColor c = EoslTableModel::statusColor(bar.status);
    p->setPen(QPen(c, 3));
    p->drawLine(QPointF(eoslX, row.top() + 2), QPointF(eoslX, row.bottom() - 2));
    // Past EOSL without extended support: say so after the bar.
    if (bar.status == EoslStatus::Past && end < plot.right() - 60) {
        QString text = bar.contract ? RoadmapChartView::tr("past EOSL, contract")
                                    : RoadmapChartView::tr("past EOSL");
        if (end < plot.left()) // ended before the visible range: say when
            text = RoadmapChartView::tr("\u25c0 EOSL %1").arg(bar.eosl.date.toString(Qt::ISODate));
        p->setPen(c);
        p->drawText(QRectF(qMax(end, plot.left()) + 5, row.top(), 400, row.height()),
                    Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

void RoadmapBarsItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const auto &bars = m_view->bars();
    const double rowH = RoadmapChartView::kRowHeight;
    // The rows the exposed area crosses; the others are out of sight (the chart is as tall as
    // all of its rows, in a scroll area).
    const QRectF exposed = option ? option->exposedRect : boundingRect();
    const int first = int(std::clamp(std::floor((exposed.top() - plot.top()) / rowH), 0.0,
                                     double(bars.size())));
    const int end = int(std::clamp(std::ceil((exposed.bottom() - plot.top()) / rowH) + 1, 0.0,
                                   double(bars.size())));
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);

    // Row stripes and group separators, across labels and plot.
    const QRectF all(0, plot.top(), plot.right(), plot.height());
    for (int i = first; i < end; ++i) {
        const QRectF row(all.left(), plot.top() + i * rowH, all.width(), rowH);
        if (i == m_view->selectedRow())
            p->fillRect(row, QColor(0x19, 0x76, 0xd2, 60));
        else if (i % 2)
            p->fillRect(row, QColor(0, 0, 0, 10));
        if (bars.at(i).startsGroup && i > 0) {
            p->setPen(QPen(QColor(0, 0, 0, 90), 1));
            p->drawLine(QPointF(all.left() + 4, row.top()), QPointF(all.right(), row.top()));
        }
    }

    p->setClipRect(plot.adjusted(-3, 0, 3, 0));
    // The past, greyed; the horizons after today, shaded from strong to faint.
    const QDate today = m_view->m_today;
    const double todayX = xOf(today);
    p->fillRect(QRectF(QPointF(plot.left(), plot.top()), QPointF(qMin(todayX, plot.right()),
                plot.bottom())), QColor(0, 0, 0, 18));
    const QList<int> &days = m_view->m_horizonDays;
    double x0 = todayX;
    for (int i = 0; i < days.size(); ++i) {
        const double x1 = xOf(today.addDays(days.at(i)));
        p->fillRect(QRectF(QPointF(x0, plot.top()), QPointF(x1, plot.bottom())),
                    QColor(0xff, 0x98, 0x00, 70 - i * 15));
        x0 = x1;
    }
    p->setRenderHint(QPainter::Antialiasing, true);
    for (int i = first; i < end; ++i)
        paintBar(p, bars.at(i), QRectF(plot.left(), plot.top() + i * rowH, plot.width(), rowH));

    // Today.
    p->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
    p->drawLine(QPointF(todayX, plot.top()), QPointF(todayX, plot.bottom()));
    p->setClipping(false);
    if (todayX >= plot.left() && todayX <= plot.right()) {
        p->setPen(QColor(0xd3, 0x2f, 0x2f));
        p->drawText(QRectF(todayX - 60, plot.top() - 50, 120, 16), Qt::AlignCenter,
                    RoadmapChartView::tr("Today"));
    }

    // Row labels, elided, with a dot in the status colour.
    const QFontMetrics fm(p->font());
    for (int i = first; i < end; ++i) {
        const QRectF row(8, plot.top() + i * rowH, RoadmapChartView::kLabelWidth - 16, rowH);
        p->setPen(Qt::NoPen);
        p->setBrush(EoslTableModel::statusColor(bars.at(i).status));
        p->drawEllipse(QPointF(row.left() + 5, row.center().y()), 4.5, 4.5);
        p->setPen(m_view->palette().color(QPalette::WindowText));
        p->drawText(row.adjusted(16, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    fm.elidedText(bars.at(i).label, Qt::ElideRight, int(row.width()) - 16));
    }
    p->restore();
}

// --- The view ---------------------------------------------------------------------------------

RoadmapChartView::RoadmapChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_axisTop(new QDateTimeAxis)
    , m_axisBottom(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
    , m_anchorBottom(new QLineSeries)
    , m_anchorTop(new QLineSeries)
{
    setObjectName(QStringLiteral("roadmapChart"));
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setVisible(false);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(0, 0, 0, 0));
    for (QDateTimeAxis *axis : {m_axisTop, m_axisBottom}) {
        axis->setGridLineColor(QColor(0, 0, 0, 40));
        axis->setLabelsFont(font());
    }
    c->addAxis(m_axisTop, Qt::AlignTop);
    c->addAxis(m_axisBottom, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_axisY->setReverse(true);
    m_axisY->setVisible(false);
    for (QLineSeries *s : {m_anchorBottom, m_anchorTop}) {
        s->setPen(QPen(Qt::transparent));
        c->addSeries(s);
        s->attachAxis(m_axisY);
    }
    m_anchorBottom->attachAxis(m_axisBottom);
    m_anchorTop->attachAxis(m_axisTop);
    m_item = new RoadmapBarsItem(this, c);
    setToday(QDate::currentDate());
    setHorizons({});
    setDateRange(m_today.addYears(-3), m_today.addYears(5));
}

void RoadmapChartView::setBars(const QList<RoadmapBar> &bars)
{
    m_bars = bars;
    m_selected = -1;
    const int rows = qMax(1, int(m_bars.size()));
    m_axisY->setRange(0, rows);
    setFixedHeight(kTopMargin + rows * kRowHeight + kBottomMargin);
    relayout();
}

void RoadmapChartView::setToday(QDate today)
{
    m_today = today;
    m_item->update();
}

void RoadmapChartView::setHorizons(const LifecycleHorizons &h)
{
    m_horizonDays = {h.d30, h.d90, h.d180, h.d365};
    m_item->update();
}

void RoadmapChartView::setDateRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return;
    m_requestedFrom = from;
    m_requestedTo = to;
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    // At most one tick per ~80 pixels of plot width, and never more than 12.
    const int plotWidth = qMax(100, width() - kLabelWidth - kRightMargin);
    const int maxTicks = qBound(2, plotWidth / 80, 12);
    int tickMonths = 1;
    for (int step : {1, 2, 3, 6, 12, 24, 36, 60, 120}) {
        tickMonths = step;
        if (months / step + 1 <= maxTicks)
            break;
    }
    // Snap outwards to multiples of the tick step, so the ticks fall on month or year starts.
    const int fromIndex = from.year() * 12 + from.month() - 1;
    const int toIndex = to.year() * 12 + to.month(); // exclusive: the month after "to"
    const int a = fromIndex - fromIndex % tickMonths;
    const int b = toIndex + (tickMonths - toIndex % tickMonths) % tickMonths;
    m_from = QDate(a / 12, a % 12 + 1, 1);
    m_to = QDate(b / 12, b % 12 + 1, 1);
    const QString format = tickMonths >= 12 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy");
    for (QDateTimeAxis *axis : {m_axisTop, m_axisBottom}) {
        axis->setRange(m_from.startOfDay(Qt::UTC).addMSecs(kAxisOffsetMs),
                       m_to.startOfDay(Qt::UTC).addMSecs(kAxisOffsetMs));
        axis->setTickCount((b - a) / tickMonths + 1);
        axis->setFormat(format);
    }
    m_item->update();
}

void RoadmapChartView::setSelectedRow(int row)
{
    m_selected = row;
    m_item->update();
}

int RoadmapChartView::rowAt(const QPoint &pos) const
{
    const QRectF plot = chart()->plotArea();
    const QPointF scenePos = mapToScene(pos);
    if (scenePos.y() < plot.top() || scenePos.y() >= plot.bottom())
        return -1;
    const int row = int((scenePos.y() - plot.top()) / kRowHeight);
    return row >= 0 && row < m_bars.size() ? row : -1;
}

void RoadmapChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (event->oldSize().width() != event->size().width() && m_requestedFrom.isValid())
        setDateRange(m_requestedFrom, m_requestedTo); // the tick count follows the width
    relayout();
}

void RoadmapChartView::relayout()
{
    const int rows = qMax(1, int(m_bars.size()));
    const QRectF plot(kLabelWidth, kTopMargin, qMax(100, width() - kLabelWidth - kRightMargin),
                      rows * kRowHeight);
    chart()->setPlotArea(plot);
    m_item->update();
}

void RoadmapChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int row = rowAt(event->position().toPoint());
        if (row >= 0) {
            setSelectedRow(row);
            emit rowClicked(row);
        }
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void RoadmapChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        emit rowDoubleClicked(row);
    event->accept();
}

void RoadmapChartView::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        QString text = m_bars.at(row).tooltip;
        if (text.isEmpty() && m_toolTipSource)
            text = m_toolTipSource(row);
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    else
        QToolTip::hideText();
    QChartView::mouseMoveEvent(event);
}

} // namespace pp
