#include "ui/plans/ganttview.h"

#include <QAction>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

constexpr qreal kZoomStep = 1.25;

QString formatTime(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

GanttView::GanttView(QWidget *parent) : QAbstractScrollArea(parent)
{
    m_style.font = font();
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(int(m_style.rowHeight));

    auto *in = new QAction(tr("Zoom in"), this);
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    in->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(in, &QAction::triggered, this, &GanttView::zoomIn);
    auto *out = new QAction(tr("Zoom out"), this);
    out->setShortcut(QKeySequence::ZoomOut);
    out->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(out, &QAction::triggered, this, &GanttView::zoomOut);
    auto *fit = new QAction(tr("Fit to width"), this);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(fit, &QAction::triggered, this, &GanttView::zoomToFit);
    addActions({in, out, fit});
    relayout();
}

void GanttView::setPlan(const Plan &plan, const QList<PlanStep> &steps)
{
    m_input.plan = plan;
    m_input.steps = steps;
    m_input.zone = plan.zone();
    relayout();
}

void GanttView::clear()
{
    setPlan(Plan{}, {});
}

void GanttView::setNow(const QDateTime &now)
{
    m_input.now = now;
    relayout();
}

QSize GanttView::sizeHint() const
{
    return {900, 480};
}

void GanttView::setZoomFactor(qreal factor)
{
    zoomAround(factor, viewport()->width() / 2.0);
}

void GanttView::zoomIn()
{
    setZoomFactor(m_zoom * kZoomStep);
}

void GanttView::zoomOut()
{
    setZoomFactor(m_zoom / kZoomStep);
}

void GanttView::zoomToFit()
{
    setZoomFactor(kMinZoom);
}

void GanttView::zoomAround(qreal factor, qreal viewportX)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(factor, m_zoom))
        return;
    // Keep the moment under viewportX where it is.
    const qreal contentX = viewportX - m_style.labelWidth + horizontalScrollBar()->value();
    const qreal ratio = m_layout.timelineWidth > 0 ? contentX / m_layout.timelineWidth : 0;
    m_zoom = factor;
    relayout();
    horizontalScrollBar()->setValue(
        int(std::lround(ratio * m_layout.timelineWidth - (viewportX - m_style.labelWidth))));
    emit zoomFactorChanged(m_zoom);
}

void GanttView::relayout()
{
    m_style.font = font();
    const QFontMetricsF fm(m_style.font);
    m_style.rowHeight = std::max<qreal>(22, std::ceil(fm.height() + 8));
    const qreal visibleTimeline = std::max<qreal>(viewport()->width() - m_style.labelWidth, 1);
    m_style.minTimelineWidth = std::max<qreal>(visibleTimeline, 200);
    const qreal width = m_style.labelWidth + visibleTimeline * m_zoom;
    m_layout = GanttPainter::layout(m_input, m_style, QSizeF(width, viewport()->height()));

    const qreal visibleRows = viewport()->height() - m_style.axisHeight - m_style.legendHeight;
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout.timelineWidth
                                                                   - visibleTimeline))));
    horizontalScrollBar()->setPageStep(int(visibleTimeline));
    verticalScrollBar()->setRange(
        0, std::max(0, int(std::ceil(m_layout.rowsHeight() - std::max<qreal>(visibleRows, 0)))));
    verticalScrollBar()->setPageStep(std::max(1, int(visibleRows)));
    verticalScrollBar()->setSingleStep(int(m_style.rowHeight));
    viewport()->update();
}

QRectF GanttView::visibleContent() const
{
    return QRectF(horizontalScrollBar()->value(), verticalScrollBar()->value(),
                  std::max<qreal>(viewport()->width() - m_style.labelWidth, 0),
                  std::max<qreal>(viewport()->height() - m_style.axisHeight
                                      - m_style.legendHeight,
                                  0));
}

QPointF GanttView::toContent(const QPoint &pos) const
{
    return {pos.x() - m_style.labelWidth + horizontalScrollBar()->value(),
            pos.y() - m_style.axisHeight + verticalScrollBar()->value()};
}

qint64 GanttView::stepAt(const QPoint &pos) const
{
    const QRectF content = visibleContent();
    if (pos.y() < m_style.axisHeight || pos.y() >= m_style.axisHeight + content.height())
        return 0;
    const QPointF c = toContent(pos);
    // The labels column names the row; on the timeline the bar must be hit.
    const int row = pos.x() < m_style.labelWidth ? m_layout.rowAt(c.y())
                                                  : m_layout.rowAtPoint(c);
    return row >= 0 ? m_layout.rows.at(row).stepId : 0;
}

QString GanttView::toolTipAt(const QPoint &pos) const
{
    const QRectF content = visibleContent();
    if (pos.y() < m_style.axisHeight || pos.y() >= m_style.axisHeight + content.height())
        return {};
    const QPointF c = toContent(pos);
    const int row = pos.x() < m_style.labelWidth ? m_layout.rowAt(c.y())
                                                  : m_layout.rowAtPoint(c);
    if (row < 0)
        return {};
    const GanttRow &r = m_layout.rows.at(row);
    const PlanStep &step = m_input.steps.at(r.stepIndex);
    const QTimeZone &zone = m_input.zone;
    const QString zoneName = QString::fromUtf8(zone.id()).toHtmlEscaped();
    QStringList lines;
    // Every value is escaped: titles may contain markup, which must show as typed.
    lines << QStringLiteral("<b>%1</b>").arg(r.label.toHtmlEscaped());
    lines << displayName(r.phase).toHtmlEscaped();
    if (!r.owner.isEmpty())
        lines << tr("Owner: %1").arg(r.owner.toHtmlEscaped());
    if (r.phase == StepPhase::Milestone)
        lines << tr("Due: %1 (%2)").arg(formatTime(r.start, zone), zoneName);
    else
        lines << tr("Planned: %1 – %2 (%3)")
                     .arg(formatTime(r.start, zone), formatTime(r.end, zone), zoneName);
    if (step.isDone()) {
        lines << (step.doneBy.isEmpty()
                      ? tr("Done at %1").arg(formatTime(step.doneAt, zone))
                      : tr("Done by %1 at %2")
                            .arg(step.doneBy.toHtmlEscaped(), formatTime(step.doneAt, zone)));
    }
    return lines.join(QStringLiteral("<br>"));
}

QRect GanttView::barRectOf(qint64 stepId) const
{
    for (int i = 0; i < m_layout.rowCount(); ++i) {
        if (m_layout.rows.at(i).stepId == stepId) {
            const QRectF r = m_layout.barRect(i).translated(
                m_style.labelWidth - horizontalScrollBar()->value(),
                m_style.axisHeight - verticalScrollBar()->value());
            return r.toAlignedRect();
        }
    }
    return {};
}

void GanttView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(viewport());
    const GanttTile tile = m_layout.tileFor(visibleContent());
    GanttPainter::paint(p, m_layout, QRectF(viewport()->rect()), tile);
}

void GanttView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void GanttView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomAround(m_zoom * std::pow(kZoomStep, delta / 120.0), event->position().x());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GanttView::mousePressEvent(QMouseEvent *event)
{
    m_pressedStep = event->button() == Qt::LeftButton ? stepAt(event->position().toPoint()) : 0;
    if (m_pressedStep != 0)
        event->accept();
    else
        QAbstractScrollArea::mousePressEvent(event);
}

void GanttView::mouseReleaseEvent(QMouseEvent *event)
{
    const qint64 step = event->button() == Qt::LeftButton
        ? stepAt(event->position().toPoint()) : 0;
    const bool activated = step != 0 && step == m_pressedStep;
    m_pressedStep = 0;
    if (activated) {
        event->accept();
        emit stepActivated(step);
    } else {
        QAbstractScrollArea::mouseReleaseEvent(event);
    }
}

bool GanttView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GanttView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();
}

} // namespace pp
