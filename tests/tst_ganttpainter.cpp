// The Gantt painter (models/render/ganttpainter.h), headless: the zoned time axis (lead time in
// days, the window by the minute), the row order, rollback bars from the decision deadline,
// emergency milestones hours apart, markup in titles kept as text, tiles covering every row and
// the whole timeline, 0 and 2,000 steps painted into images.
#include "models/planning/planrules.h"
#include "models/render/ganttpainter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace pp;

namespace {

const QTimeZone kTokyo("Asia/Tokyo");

Plan planAt(PlanType type)
{
    Plan p;
    p.id = 1;
    p.type = type;
    p.title = QStringLiteral("Regular patching");
    p.timeZone = QStringLiteral("Asia/Tokyo");
    // 2026-12-13 01:00-05:00 JST
    p.windowStart = QDateTime(QDate(2026, 12, 13), QTime(1, 0), kTokyo).toUTC();
    p.windowEnd = QDateTime(QDate(2026, 12, 13), QTime(5, 0), kTokyo).toUTC();
    return p;
}

PlanStep step(int position, StepPhase phase, const QString &title, int minutes)
{
    PlanStep s;
    s.position = position;
    s.phase = phase;
    s.title = title;
    s.ownerRole = QStringLiteral("infrastructure");
    s.durationMinutes = minutes;
    return s;
}

/// Milestones of @p type, then pre, apply, post and two rollback steps, scheduled, ids 1...
QList<PlanStep> stepsOf(const Plan &plan, int extraApply = 0)
{
    QList<PlanStep> steps = milestoneSteps(plan, defaultLeadTimes(plan.type));
    int pos = int(steps.size());
    steps << step(++pos, StepPhase::Pre, QStringLiteral("Backup"), 30);
    steps << step(++pos, StepPhase::Apply, QStringLiteral("Apply <b>KB5040000</b>"), 45);
    for (int i = 0; i < extraApply; ++i)
        steps << step(++pos, StepPhase::Apply, QStringLiteral("Apply %1").arg(i), 1);
    steps << step(++pos, StepPhase::Post, QStringLiteral("Smoke test"), 20);
    steps << step(++pos, StepPhase::Rollback, QStringLiteral("Restore backup"), 40);
    steps << step(++pos, StepPhase::Rollback, QStringLiteral("Verify restore"), 20);
    steps = scheduleSteps(steps, plan);
    for (int i = 0; i < steps.size(); ++i)
        steps[i].id = i + 1;
    return steps;
}

GanttInput inputOf(const Plan &plan, const QList<PlanStep> &steps)
{
    GanttInput in;
    in.plan = plan;
    in.steps = steps;
    in.zone = kTokyo;
    in.now = plan.windowStart.addDays(-15);
    return in;
}

int rowOf(const GanttLayout &l, const QString &title)
{
    for (int i = 0; i < l.rowCount(); ++i) {
        if (l.rows.at(i).label == title)
            return i;
    }
    return -1;
}

/// Pixels of @p image that are not white.
int inkOf(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] & 0xffffff) != 0xffffff;
    }
    return n;
}

} // namespace

class tst_GanttPainter : public QObject
{
    Q_OBJECT

private slots:
    void regularPlanLayout();
    void emergencyMilestonesHoursApart();
    void markupAndScriptsStayText();
    void tilesCoverEveryRowAndColumn();
    void emptyPlanPaints();
    void twoThousandStepsPaint();
    void explicitRangeClipsZones();
};

void tst_GanttPainter::regularPlanLayout()
{
    const Plan plan = planAt(PlanType::Regular);
    const QList<PlanStep> steps = stepsOf(plan);
    const GanttLayout l = GanttPainter::layout(inputOf(plan, steps), GanttStyle(),
                                               QSizeF(1200, 800));
    QCOMPARE(l.rowCount(), steps.size());
    // Three zones: lead time, window, follow-up (post-implementation review T+3 d).
    QCOMPARE(l.zones.size(), 3);
    QCOMPARE(l.zones.at(0).kind, GanttZone::Kind::LeadTime);
    QCOMPARE(l.zones.at(1).kind, GanttZone::Kind::Window);
    QCOMPARE(l.zones.at(2).kind, GanttZone::Kind::FollowUp);
    QCOMPARE(l.zones.at(1).from, plan.windowStart);
    QCOMPARE(l.zones.at(1).to, plan.windowEnd);
    QVERIFY(l.zones.at(1).x0 > l.zones.at(0).x1); // the break
    QCOMPARE(l.timelineWidth, 1200 - GanttStyle().labelWidth);
    QVERIFY(qAbs(l.zones.last().x1 - l.timelineWidth) < 0.01);

    // Rows: the four milestones before the window (T-21, -14, -10, -7 d), pre, apply, post,
    // the two rollback steps, then the review after the window.
    QStringList phases;
    for (const GanttRow &r : l.rows)
        phases << toKey(r.phase);
    QCOMPARE(phases, QStringList({"milestone", "milestone", "milestone", "milestone", "pre",
                                  "apply", "post", "rollback", "rollback", "milestone"}));
    for (int i = 1; i < 4; ++i) {
        QVERIFY(l.rows.at(i - 1).start < l.rows.at(i).start);
        QVERIFY(l.xOf(l.rows.at(i - 1).start) < l.xOf(l.rows.at(i).start));
    }
    // Milestones days before the window, in the lead-time zone.
    QCOMPARE(l.rows.at(0).start.daysTo(plan.windowStart), 21);
    QCOMPARE(l.rows.at(3).start.secsTo(plan.windowStart), 7 * 24 * 3600);
    QVERIFY(l.xOf(l.rows.at(3).start) < l.zones.at(0).x1);
    // The lead-time zone starts at local midnight of the first milestone's day.
    QCOMPARE(l.zones.at(0).from.toTimeZone(kTokyo).time(), QTime(0, 0));

    // Window steps minutes apart, inside the window zone, and much wider than a day of lead
    // time would be.
    const int pre = rowOf(l, QStringLiteral("Backup"));
    const int apply = rowOf(l, QStringLiteral("Apply <b>KB5040000</b>"));
    QCOMPARE(l.rows.at(pre).start, plan.windowStart);
    QCOMPARE(l.rows.at(apply).start.secsTo(l.rows.at(pre).end), 0);
    const QRectF preBar = l.barRect(pre);
    const QRectF applyBar = l.barRect(apply);
    QVERIFY(preBar.left() >= l.zones.at(1).x0 - 0.01);
    QVERIFY(applyBar.right() <= l.zones.at(1).x1 + 0.01);
    QVERIFY(qAbs(preBar.right() - applyBar.left()) < 0.01);
    const qreal perMinuteWindow = (l.zones.at(1).x1 - l.zones.at(1).x0) / 240.0;
    QVERIFY(qAbs(preBar.width() - 30 * perMinuteWindow) < 0.01);
    const qreal perDayLead = (l.zones.at(0).x1 - l.zones.at(0).x0)
        / (l.zones.at(0).from.secsTo(l.zones.at(0).to) / 86400.0);
    QVERIFY(30 * perMinuteWindow > perDayLead); // 30 minutes wider than a whole lead day
    QVERIFY(preBar.top() >= pre * l.rowHeight());
    QVERIFY(preBar.bottom() <= (pre + 1) * l.rowHeight());

    // Rollback bars start at the decision deadline (window end minus 60 minutes) and end at
    // the window end.
    const QDateTime deadline = plan.windowEnd.addSecs(-60 * 60);
    QCOMPARE(l.decisionDeadline, deadline);
    const int restore = rowOf(l, QStringLiteral("Restore backup"));
    QCOMPARE(l.rows.at(restore).start, deadline);
    QVERIFY(qAbs(l.barRect(restore).left() - l.xOf(deadline)) < 0.01);
    QVERIFY(qAbs(l.barRect(rowOf(l, QStringLiteral("Verify restore"))).right()
                 - l.xOf(plan.windowEnd))
            < 0.01);

    // Mapping round trip and hit testing.
    const QDateTime t = plan.windowStart.addSecs(95 * 60);
    QVERIFY(qAbs(l.timeAt(l.xOf(t)).secsTo(t)) <= 1);
    QCOMPARE(l.rowAtPoint(applyBar.center() + QPointF(0, apply * 0)), apply);
    QCOMPARE(l.rowAtPoint(QPointF(applyBar.center().x(), (pre + 0.5) * l.rowHeight())), -1);
    QCOMPARE(l.rowAt(-1), -1);
    QCOMPARE(l.rowAt(l.rowsHeight() + 1), -1);
}

void tst_GanttPainter::emergencyMilestonesHoursApart()
{
    const Plan plan = planAt(PlanType::Emergency);
    const QList<PlanStep> steps = stepsOf(plan);
    const GanttLayout l = GanttPainter::layout(inputOf(plan, steps), GanttStyle(),
                                               QSizeF(1000, 600));
    QCOMPARE(l.rows.at(0).phase, StepPhase::Milestone);
    QCOMPARE(l.rows.at(0).start.secsTo(plan.windowStart), 48 * 3600);
    QCOMPARE(l.rows.at(1).start.secsTo(plan.windowStart), 24 * 3600);
    QCOMPARE(l.rows.at(3).start.secsTo(plan.windowStart), 4 * 3600);
    // Lead time of two days or so: the zone starts at midnight of T-48 h.
    QVERIFY(l.zones.at(0).from.secsTo(plan.windowStart) <= 3 * 24 * 3600);
    QVERIFY(l.xOf(l.rows.at(0).start) < l.xOf(l.rows.at(1).start));
    QCOMPARE(l.rows.last().start.secsTo(plan.windowEnd), -2 * 24 * 3600);

    QImage image(1000, int(l.fullSize().height()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    GanttPainter::paint(p, l, QRectF(image.rect()), l.wholeChart());
    p.end();
    QVERIFY(inkOf(image) > 1000);
}

void tst_GanttPainter::markupAndScriptsStayText()
{
    Plan plan = planAt(PlanType::Regular);
    QList<PlanStep> steps = stepsOf(plan);
    const QString html = QStringLiteral("<img src=x onerror=alert(1)><b>bold</b> &amp; more");
    const QString mixed = QStringLiteral("パッチ適用 🛠 שלום עולם ") + QString(300, QLatin1Char('x'));
    steps[4].title = html;
    steps[5].title = mixed;
    const GanttLayout l = GanttPainter::layout(inputOf(plan, steps), GanttStyle(),
                                               QSizeF(900, 600));
    QCOMPARE(l.rows.at(rowOf(l, html)).label, html);
    QVERIFY(rowOf(l, mixed) >= 0);
    QImage image(900, int(l.fullSize().height()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    GanttPainter::paint(p, l, QRectF(image.rect()), l.wholeChart());
    p.end();
    // The long title is elided inside its part of the labels column: the gap between the
    // title and the owner stays blank on that row.
    const GanttStyle style;
    const int row = rowOf(l, mixed);
    const QColor rowBackground = row % 2 ? style.alternateRow : style.background;
    const int gapLeft = int(style.labelWidth - style.ownerWidth - 5);
    const int top = int(style.axisHeight + row * style.rowHeight) + 2;
    for (int y = top; y < top + int(style.rowHeight) - 4; ++y) {
        for (int x = gapLeft; x < gapLeft + 3; ++x)
            QCOMPARE(QColor(image.pixel(x, y)), rowBackground);
    }
    // ... while the title itself left ink at the start of the row.
    int ink = 0;
    for (int y = top; y < top + int(style.rowHeight) - 4; ++y) {
        for (int x = 8; x < 108; ++x)
            ink += QColor(image.pixel(x, y)) != rowBackground;
    }
    QVERIFY(ink > 20);
}

void tst_GanttPainter::tilesCoverEveryRowAndColumn()
{
    const Plan plan = planAt(PlanType::Regular);
    const QList<PlanStep> steps = stepsOf(plan, 80);
    GanttStyle style;
    const GanttLayout l = GanttPainter::layout(inputOf(plan, steps), style, QSizeF(2400, 800));
    const QSizeF page(842, 595); // A4 landscape in points
    const QList<GanttTile> tiles = l.tiles(page);
    QVERIFY(tiles.size() > 2);
    // Every row in exactly one tile row; every x of the timeline in exactly one tile column.
    QList<int> seen(l.rowCount(), 0);
    qreal coveredWidth = 0;
    for (const GanttTile &t : tiles) {
        const QSizeF size = GanttPainter::tileSize(l, t);
        QVERIFY2(size.width() <= page.width() + 0.01, qPrintable(QString::number(size.width())));
        QVERIFY(size.height() <= page.height() + 0.01);
        QCOMPARE(t.content.top(), t.firstRow * l.rowHeight());
        QCOMPARE(t.content.height(), (t.rowEnd - t.firstRow) * l.rowHeight());
        if (t.content.left() == 0) {
            for (int r = t.firstRow; r < t.rowEnd; ++r)
                ++seen[r];
        }
        if (t.firstRow == 0)
            coveredWidth += t.content.width();
    }
    QCOMPARE(seen, QList<int>(l.rowCount(), 1));
    QVERIFY(qAbs(coveredWidth - l.timelineWidth) < 0.01);
    // Adjacent columns touch.
    QVERIFY(tiles.at(1).content.left() == tiles.at(0).content.right()
            || tiles.at(1).firstRow != tiles.at(0).firstRow);

    // A tile paints its rows: the first row's label column gets ink.
    QImage image(page.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    GanttPainter::paint(p, l, QRectF(QPointF(0, 0), page), tiles.last());
    p.end();
    QVERIFY(inkOf(image) > 500);
}

void tst_GanttPainter::emptyPlanPaints()
{
    // No steps, and then not even a window.
    GanttInput in = inputOf(planAt(PlanType::Regular), {});
    GanttLayout l = GanttPainter::layout(in, GanttStyle(), QSizeF(800, 400));
    QCOMPARE(l.rowCount(), 0);
    QCOMPARE(l.zones.size(), 1);
    QCOMPARE(l.zones.first().kind, GanttZone::Kind::Window);
    QCOMPARE(l.tiles(QSizeF(800, 400)).size(), 1);
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    GanttPainter::paint(p, l, QRectF(image.rect()), l.wholeChart());
    in.plan = Plan{};
    in.now = {};
    l = GanttPainter::layout(in, GanttStyle(), QSizeF(800, 400));
    QCOMPARE(l.zones.size(), 0);
    QCOMPARE(l.xOf(QDateTime::currentDateTimeUtc()), 0.0);
    GanttPainter::paint(p, l, QRectF(image.rect()), l.wholeChart());
    p.end();
}

void tst_GanttPainter::twoThousandStepsPaint()
{
    const Plan plan = planAt(PlanType::Regular);
    const QList<PlanStep> steps = stepsOf(plan, 2000);
    QElapsedTimer timer;
    timer.start();
    const GanttLayout l = GanttPainter::layout(inputOf(plan, steps), GanttStyle(),
                                               QSizeF(1400, 900));
    QCOMPARE(l.rowCount(), steps.size());
    QImage image(1400, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    // The whole chart scaled down into one image, then one screenful in the middle.
    GanttPainter::paint(p, l, QRectF(image.rect()), l.wholeChart());
    GanttPainter::paint(p, l, QRectF(image.rect()),
                        l.tileFor(QRectF(100, 20000, 1400 - l.style.labelWidth,
                                         900 - l.style.axisHeight - l.style.legendHeight)));
    p.end();
    QVERIFY(inkOf(image) > 1000);
    qDebug("layout and two paints of %lld steps: %lld ms", qint64(steps.size()),
           timer.elapsed());
    const QList<GanttTile> tiles = l.tiles(QSizeF(842, 595));
    int rows = 0;
    for (const GanttTile &t : tiles)
        rows += t.content.left() == 0 ? t.rowEnd - t.firstRow : 0;
    QCOMPARE(rows, l.rowCount());
}

void tst_GanttPainter::explicitRangeClipsZones()
{
    const Plan plan = planAt(PlanType::Regular);
    GanttInput in = inputOf(plan, stepsOf(plan));
    in.rangeStart = plan.windowStart.addSecs(-3600);
    in.rangeEnd = plan.windowEnd;
    const GanttLayout l = GanttPainter::layout(in, GanttStyle(), QSizeF(1000, 500));
    QCOMPARE(l.zones.size(), 2);
    QCOMPARE(l.zones.at(0).from, in.rangeStart);
    QCOMPARE(l.zones.at(1).to, plan.windowEnd);
    // Milestones before the range are clamped to its start.
    QCOMPARE(l.xOf(l.rows.at(0).start), 0.0);
}

QTEST_MAIN(tst_GanttPainter)
#include "tst_ganttpainter.moc"
