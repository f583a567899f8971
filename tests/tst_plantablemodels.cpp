// The Plans page's item models without a database: the plan list (texts in the plan's zone,
// filters by status, type and text) and the step table (times, pairs, dependencies, work log).
#include "models/itemmodels/plantablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/itemmodels/steptablemodel.h"
#include "models/itemmodels/windowtablemodel.h"
#include "models/planning/planrules.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace pp;

namespace {

Plan makePlan(qint64 id, const QString &title, PlanType type, PlanStatus status)
{
    Plan p;
    p.id = id;
    p.title = title;
    p.type = type;
    p.status = status;
    p.timeZone = QStringLiteral("Asia/Tokyo");
    // Sunday 13 December 2026, 01:00-05:00 in Tokyo (UTC+9).
    p.windowStart = QDateTime(QDate(2026, 12, 12), QTime(16, 0), Qt::UTC);
    p.windowEnd = QDateTime(QDate(2026, 12, 12), QTime(20, 0), Qt::UTC);
    p.author = QStringLiteral("alice");
    return p;
}

} // namespace

class tst_PlanTableModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void planRowsAndTexts();
    void filters();
    void stepRows();
    void windowRowsCountTheirFollowers();
};

void tst_PlanTableModels::planRowsAndTexts()
{
    PlanTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PlanRow a{makePlan(1, QStringLiteral("December patching"), PlanType::Regular,
                       PlanStatus::Draft),
              {QStringLiteral("ERP-01"), QStringLiteral("EDI-01")}, 2, 5};
    PlanRow b{makePlan(2, QStringLiteral("KEV fix"), PlanType::Emergency, PlanStatus::Done),
              {QStringLiteral("WEB-01")}, 3, 3};
    b.plan.windowEnd = b.plan.windowStart.addDays(1); // ends on another day
    model.setRows({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PlanTableModel::ColumnCount));
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(9), -1);
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, PlanTableModel::Title), QStringLiteral("December patching"));
    QCOMPARE(cell(0, PlanTableModel::Systems), QStringLiteral("ERP-01, EDI-01"));
    QCOMPARE(cell(0, PlanTableModel::Steps), QStringLiteral("2 of 5"));
    QCOMPARE(cell(0, PlanTableModel::Status), displayName(PlanStatus::Draft));
    // Shown in the plan's zone (Tokyo), not UTC: 01:00 to 05:00 on the 13th.
    const QString window = cell(0, PlanTableModel::Window);
    QVERIFY2(window.contains(QStringLiteral("01:00")) && window.contains(QStringLiteral("05:00"))
                 && window.contains(QStringLiteral("JST")),
             qPrintable(window));
    QVERIFY2(window.contains(QStringLiteral("13")), qPrintable(window));
    // Another day: the end carries its date.
    QVERIFY2(cell(1, PlanTableModel::Window).contains(QStringLiteral("14")),
             qPrintable(cell(1, PlanTableModel::Window)));
    QVERIFY(cell(1, PlanTableModel::Type).contains(displayName(PlanType::Emergency)));
    QCOMPARE(model.index(1, 0).data(IdRole).toLongLong(), 2);
    QCOMPARE(model.index(1, PlanTableModel::Status).data(RawValueRole).toString(),
             QStringLiteral("done"));
    QVERIFY(model.headerData(PlanTableModel::Window, Qt::Horizontal).toString()
                .contains(QStringLiteral("Window")));
}

void tst_PlanTableModels::filters()
{
    PlanTableModel model;
    PlanFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({
        {makePlan(1, QStringLiteral("December patching"), PlanType::Regular, PlanStatus::Draft),
         {QStringLiteral("ERP-01")}, 0, 4},
        {makePlan(2, QStringLiteral("KEV fix"), PlanType::Emergency, PlanStatus::InProgress),
         {QStringLiteral("WEB-01")}, 1, 4},
        {makePlan(3, QStringLiteral("November patching"), PlanType::Regular, PlanStatus::Done),
         {QStringLiteral("ERP-01")}, 4, 4},
        {makePlan(4, QStringLiteral("Dropped"), PlanType::Regular, PlanStatus::Cancelled),
         {QStringLiteral("HR-01")}, 0, 4},
    });
    // Open by default: done and cancelled plans are hidden.
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStatusFilter(PlanFilterProxyModel::StatusFilter::All);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setStatusFilter(PlanFilterProxyModel::StatusFilter::One, PlanStatus::Done);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 3);
    proxy.setStatusFilter(PlanFilterProxyModel::StatusFilter::All);
    proxy.setType(PlanType::Emergency);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setType(std::nullopt);
    proxy.setText(QStringLiteral("erp-01"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("  patching "));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("alice"));
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setText(QStringLiteral("nothing like it"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText({});
    // Sorted by window start through SortRole; by status in flow order.
    proxy.sort(PlanTableModel::Status);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 1); // draft first
    QCOMPARE(proxy.index(3, 0).data(IdRole).toLongLong(), 4); // cancelled last
}

void tst_PlanTableModels::stepRows()
{
    StepTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Plan plan = makePlan(1, QStringLiteral("December patching"), PlanType::Regular,
                               PlanStatus::InProgress);
    PlanStep milestone;
    milestone.id = 10;
    milestone.position = 1;
    milestone.phase = StepPhase::Milestone;
    milestone.title = QStringLiteral("Tested in staging");
    milestone.plannedStart = plan.windowStart.addDays(-14);
    PlanStep suppress;
    suppress.id = 11;
    suppress.position = 2;
    suppress.phase = StepPhase::Pre;
    suppress.title = QStringLiteral("Suppress monitoring alerts");
    suppress.ownerRole = QStringLiteral("operations");
    suppress.durationMinutes = 10;
    suppress.effect = StepEffect::SuppressMonitoring;
    suppress.pairsWithStepId = 13;
    suppress.doneAt = plan.windowStart.addSecs(5 * 60);
    suppress.doneBy = QStringLiteral("bob");
    suppress.notes = QStringLiteral("Zabbix maintenance set");
    PlanStep apply;
    apply.id = 12;
    apply.position = 3;
    apply.phase = StepPhase::Apply;
    apply.title = QStringLiteral("Apply the patch");
    apply.durationMinutes = 90;
    apply.dependsOn = {11};
    PlanStep restore;
    restore.id = 13;
    restore.position = 4;
    restore.phase = StepPhase::Post;
    restore.title = QStringLiteral("Re-enable monitoring");
    restore.durationMinutes = 15;
    restore.effect = StepEffect::RestoreMonitoring;
    restore.dependsOn = {12, 99};
    const QList<PlanStep> steps = scheduleSteps({milestone, suppress, apply, restore}, plan);
    model.setSteps(plan, steps);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(12), 2);
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    // Times in Tokyo: the window starts at 01:00; the pre step runs 01:00-01:10, the apply
    // step after it 01:10-02:40.
    QVERIFY2(cell(1, StepTableModel::Start).endsWith(QStringLiteral("01:00")),
             qPrintable(cell(1, StepTableModel::Start)));
    QVERIFY2(cell(2, StepTableModel::Start).endsWith(QStringLiteral("01:10")),
             qPrintable(cell(2, StepTableModel::Start)));
    QVERIFY2(cell(2, StepTableModel::End).endsWith(QStringLiteral("02:40")),
             qPrintable(cell(2, StepTableModel::End)));
    QCOMPARE(cell(2, StepTableModel::Duration), QStringLiteral("1 h 30 min"));
    // A milestone is a moment: no end and no duration.
    QVERIFY(cell(0, StepTableModel::End).isEmpty());
    QVERIFY(cell(0, StepTableModel::Duration).isEmpty());
    QCOMPARE(cell(1, StepTableModel::PairedWith), QStringLiteral("#4 Re-enable monitoring"));
    QCOMPARE(cell(1, StepTableModel::Effect), displayName(StepEffect::SuppressMonitoring));
    QCOMPARE(cell(2, StepTableModel::DependsOn), QStringLiteral("#2"));
    QCOMPARE(cell(3, StepTableModel::DependsOn), QStringLiteral("#3, ?"));
    QVERIFY(cell(1, StepTableModel::DoneAt).contains(QStringLiteral("01:05")));
    QCOMPARE(cell(1, StepTableModel::DoneBy), QStringLiteral("bob"));
    QCOMPARE(cell(1, StepTableModel::Notes), QStringLiteral("Zabbix maintenance set"));
    QVERIFY(cell(2, StepTableModel::DoneAt).isEmpty());
    QCOMPARE(model.index(1, 0).data(IdRole).toLongLong(), 11);
    QCOMPARE(model.stepName(unsavedStepRef(3)), QStringLiteral("?")); // saved steps go by id
}

void tst_PlanTableModels::windowRowsCountTheirFollowers()
{
    // Each window's followers and "applies to", counted through the index the model builds,
    // equal WindowTableModel::appliesTo() asked of every system.
    QList<System> systems;
    const QStringList schedules{QStringLiteral("2nd Sunday"), QStringLiteral(" 2nd Sunday "),
                                QStringLiteral("Monthly"), QString(), QStringLiteral("2nd sunday")};
    for (int i = 0; i < 50; ++i) {
        System s;
        s.id = 100 + i;
        s.code = QStringLiteral("SYS-%1").arg(i);
        s.windowSchedule = schedules.at(i % schedules.size());
        systems << s;
    }
    QList<MaintenanceWindow> windows;
    const auto window = [&windows](qint64 id, qint64 systemId, const QString &group) {
        MaintenanceWindow w;
        w.id = id;
        w.name = QStringLiteral("W%1").arg(id);
        w.systemId = systemId;
        w.groupName = group;
        w.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2SU");
        w.dtstart = QDateTime(QDate(2026, 1, 11), QTime(1, 0));
        w.durationMinutes = 240;
        windows << w;
    };
    window(1, 0, QStringLiteral("2nd Sunday"));
    window(2, 0, QStringLiteral("2nd Sunday ")); // the same group, written differently
    window(3, 0, QStringLiteral("Monthly"));
    window(4, 0, QStringLiteral("Nobody follows this"));
    window(5, 0, QString());
    window(6, 107, QString());
    window(7, 9999, QString()); // a system that is gone
    WindowTableModel model;
    model.setWindows(windows, systems, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(model.rowCount(), int(windows.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const MaintenanceWindow &w = windows.at(row);
        int followers = 0;
        for (const System &s : std::as_const(systems))
            followers += WindowTableModel::appliesTo(w, s) ? 1 : 0;
        QCOMPARE(model.rows().at(row).followers, followers);
    }
    QCOMPARE(model.rows().at(0).followers, 20); // both spellings of "2nd Sunday"
    QCOMPARE(model.rows().at(1).followers, 20);
    QCOMPARE(model.rows().at(5).followers, 1);
    QCOMPARE(model.rows().at(5).appliesTo, QStringLiteral("SYS-7"));
    QCOMPARE(model.rows().at(6).followers, 0);
    QCOMPARE(model.rows().at(6).appliesTo, QStringLiteral("System 9999"));
}

QTEST_GUILESS_MAIN(tst_PlanTableModels)
#include "tst_plantablemodels.moc"
