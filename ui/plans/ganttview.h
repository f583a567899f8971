// The Gantt chart of one plan on screen: scrollable with the labels column and the time axis
// kept in view, zoomable (Ctrl+wheel, Ctrl+plus/minus, Ctrl+0 fits), a tooltip per bar and a
// click on a bar activating its step. All drawing is GanttPainter's (models/render), the same
// code the PDF export uses.
#pragma once

#include "models/domain/plan.h"
#include "models/render/ganttpainter.h"

#include <QAbstractScrollArea>

namespace pp {

class GanttView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit GanttView(QWidget *parent = nullptr);

    /// Shows @p plan with @p steps (as stored: scheduled, UTC) in the plan's time zone.
    void setPlan(const Plan &plan, const QList<PlanStep> &steps);
    /// Shows nothing.
    void clear();
    /// The moment of the "now" line (null: none).
    void setNow(const QDateTime &now);

    /// 1 = the timeline fits the view's width; 2 = twice as wide, ...
    qreal zoomFactor() const { return m_zoom; }
    static constexpr qreal kMinZoom = 1;
    static constexpr qreal kMaxZoom = 64;

    const GanttLayout &chartLayout() const { return m_layout; }
    /// The step whose bar is at @p pos (viewport coordinates), or 0.
    qint64 stepAt(const QPoint &pos) const;
    /// The tooltip (rich text, every value escaped) of the bar at @p pos; empty when none.
    QString toolTipAt(const QPoint &pos) const;
    /// Where the bar of @p stepId is, in viewport coordinates (empty when not shown).
    QRect barRectOf(qint64 stepId) const;

    QSize sizeHint() const override;

public slots:
    void setZoomFactor(qreal factor);
    void zoomIn();
    void zoomOut();
    void zoomToFit();

signals:
    /// A step's bar was clicked (or Enter pressed on the step under the mouse).
    void stepActivated(qint64 stepId);
    void zoomFactorChanged(qreal factor);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void relayout();
    /// The content rectangle (timeline / rows coordinates) the viewport shows.
    QRectF visibleContent() const;
    /// Viewport point -> content point (only meaningful inside the rows area).
    QPointF toContent(const QPoint &pos) const;
    void zoomAround(qreal factor, qreal viewportX);

    GanttInput m_input;
    GanttStyle m_style;
    GanttLayout m_layout;
    qreal m_zoom = 1;
    qint64 m_pressedStep = 0;
};

} // namespace pp
