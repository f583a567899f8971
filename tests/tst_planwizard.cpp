// The New plan wizard (ui/plans/planwizard.h) on the demo estate: the scope page lists the
// pending patches and blocks going on with nothing checked; the window page lists the proposals
// of Workspace::proposeWindows in the window's zone with the first clean one chosen; Finish
// creates the plan (window, patches, systems, milestones of the type) undoably; another time
// must end after it starts; the mnemonics of each page do not clash. Also the Gantt view on the
// created plan: tooltips escape markup, a click on a bar activates its step, zooming.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/workspace.h"
#include "ui/plans/ganttview.h"
#include "ui/plans/planwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

namespace {

const QTimeZone kTokyo("Asia/Tokyo");

/// The mnemonic letter of @p text, or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    }
    return {};
}

QList<PlanStep> milestonesOf(const QList<PlanStep> &steps)
{
    QList<PlanStep> out;
    for (const PlanStep &s : steps) {
        if (s.phase == StepPhase::Milestone)
            out << s;
    }
    std::sort(out.begin(), out.end(), [](const PlanStep &a, const PlanStep &b) {
        return a.plannedStart < b.plannedStart;
    });
    return out;
}

} // namespace

class tst_PlanWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void proposalsShownAndFinishCreatesPlan();
    void emergencyPlanAtAnotherTime();
    void validationBlocksFinishing();
    void systemsWithoutPatches();
    void filterAndMnemonics();
    void ganttViewShowsCreatedPlan();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_erp = 0;
    qint64 m_patch = 0;
};

void tst_PlanWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_location = test::location(m_dir, QStringLiteral("wizard.db"));
    auto db = test::openTemp(m_dir, QStringLiteral("wizard.db"));
    QVERIFY(db);
    DemoOptions options;
    options.today = QDate(2026, 11, 29);
    PP_VERIFY_OK(createDemoEstate(*db, options));
}

void tst_PlanWizard::init()
{
    m_ws = std::make_unique<Workspace>();
    PP_VERIFY_OK(m_ws->open(m_location));
    m_ws->setNow(QDateTime(QDate(2026, 11, 29), QTime(9, 0), kTokyo).toUTC());
    auto systems = m_ws->systems();
    PP_VERIFY_OK(systems);
    for (const System &s : std::as_const(*systems)) {
        if (s.code == QLatin1String("ERP-01"))
            m_erp = s.id;
    }
    QVERIFY(m_erp > 0);
    // One pending vendor patch on ERP-01 (once: the database is shared by the test functions).
    auto rows = m_ws->patchRows(0);
    PP_VERIFY_OK(rows);
    m_patch = 0;
    for (const PatchRow &r : std::as_const(*rows)) {
        if (r.patch.title.startsWith(QLatin1String("Oracle CPU")))
            m_patch = r.patch.id;
    }
    if (m_patch == 0) {
        auto components = m_ws->components(m_erp);
        PP_VERIFY_OK(components);
        QVERIFY(!components->isEmpty());
        Patch p;
        p.kind = PatchKind::Vendor;
        p.componentId = components->first().id;
        p.title = QStringLiteral("Oracle CPU <b>January</b>");
        p.vendor = components->first().vendor;
        p.product = components->first().product;
        p.targetVersion = QStringLiteral("99.0");
        p.expectedMinutes = 90;
        m_patch = m_ws->addVendorPatch(p);
        QVERIFY(m_patch > 0);
        m_ws->undoStack()->clear();
    }
}

void tst_PlanWizard::cleanup()
{
    m_ws.reset();
}

void tst_PlanWizard::proposalsShownAndFinishCreatesPlan()
{
    const int plansBefore = int(m_ws->plans()->size());
    PlanWizard wizard(m_ws.get());
    wizard.show();
    QVERIFY(wizard.regularRadio()->isChecked());
    wizard.titleEdit()->setText(QStringLiteral("January ERP patching"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::ScopePage));
    QVERIFY(wizard.patchModel()->rowCount() >= 1);
    QVERIFY(wizard.patchTable()->model()->rowCount() >= 1);
    // Nothing checked: Next is disabled and does not go on.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::ScopePage));
    wizard.setPatchChecked(m_patch, true);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.scopeSystemIds(), QList<qint64>{m_erp});
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::WindowPage));

    // The proposals of the workspace, in the window's zone, the first clean one chosen.
    auto expected = m_ws->proposeWindows({m_erp}, {m_patch}, PlanType::Regular);
    PP_VERIFY_OK(expected);
    QVERIFY(!expected->isEmpty());
    QCOMPARE(wizard.proposalList()->topLevelItemCount(), expected->size());
    QCOMPARE(wizard.zone().id(), QByteArray("Asia/Tokyo"));
    int clean = -1;
    for (int i = 0; i < expected->size() && clean < 0; ++i) {
        if (expected->at(i).conflicts.isEmpty())
            clean = i;
    }
    QVERIFY(clean >= 0);
    QCOMPARE(wizard.proposalList()->indexOfTopLevelItem(wizard.proposalList()->currentItem()),
             clean);
    const WindowProposal &chosen = expected->at(clean);
    QTreeWidgetItem *item = wizard.proposalList()->currentItem();
    QCOMPARE(item->text(PlanWizard::WindowNameColumn), chosen.windowName);
    QVERIFY2(item->text(PlanWizard::StartColumn)
                 .contains(chosen.start.toTimeZone(kTokyo).toString(QStringLiteral("HH:mm"))),
             qPrintable(item->text(PlanWizard::StartColumn)));
    QVERIFY(item->text(PlanWizard::StartColumn)
                .startsWith(chosen.start.toTimeZone(kTokyo).toString(QStringLiteral("yyyy-MM-dd"))));
    QCOMPARE(wizard.conflictDetail()->text(), PlanWizard::tr("No conflicts in this window."));
    // A proposal with conflicts says how many and why.
    for (int i = 0; i < expected->size(); ++i) {
        if (!expected->at(i).conflicts.isEmpty()) {
            QTreeWidgetItem *other = wizard.proposalList()->topLevelItem(i);
            QVERIFY(!other->toolTip(PlanWizard::ConflictsColumn).isEmpty());
            wizard.proposalList()->setCurrentItem(other);
            QVERIFY(wizard.conflictDetail()->text().contains(
                expected->at(i).conflicts.first().reason));
        }
    }
    wizard.proposalList()->setCurrentItem(item);
    wizard.onSiteCheck()->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::SummaryPage));
    QVERIFY(wizard.summaryLabel()->text().contains(QLatin1String("ERP-01")));
    QVERIFY(wizard.summaryLabel()->text().contains(QLatin1String("January ERP patching")));

    wizard.button(QWizard::FinishButton)->click();
    const qint64 id = wizard.createdPlanId();
    QVERIFY(id > 0);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    auto plan = m_ws->plan(id);
    PP_VERIFY_OK(plan);
    QVERIFY(plan->has_value());
    const Plan &p = **plan;
    QCOMPARE(p.title, QStringLiteral("January ERP patching"));
    QCOMPARE(p.type, PlanType::Regular);
    QCOMPARE(p.windowStart, chosen.start.toUTC());
    QCOMPARE(p.windowEnd, chosen.end.toUTC());
    QCOMPARE(p.patchIds, QList<qint64>{m_patch});
    QVERIFY(p.systemIds.contains(m_erp));
    QVERIFY(p.onSite);
    QCOMPARE(p.timeZone, QStringLiteral("Asia/Tokyo"));
    auto steps = m_ws->planSteps(id);
    PP_VERIFY_OK(steps);
    const QList<PlanStep> milestones = milestonesOf(*steps);
    QCOMPARE(milestones.size(), 5);
    QCOMPARE(milestones.first().plannedStart.secsTo(p.windowStart), qint64(21) * 24 * 3600);
    QCOMPARE(milestones.at(3).plannedStart.secsTo(p.windowStart), qint64(7) * 24 * 3600);

    // Undoable.
    QCOMPARE(m_ws->plans()->size(), plansBefore + 1);
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->plans()->size(), plansBefore);
    auto gone = m_ws->plan(id);
    PP_VERIFY_OK(gone);
    QVERIFY(!gone->has_value());
}

void tst_PlanWizard::emergencyPlanAtAnotherTime()
{
    PlanWizard wizard(m_ws.get());
    wizard.show();
    wizard.emergencyRadio()->setChecked(true);
    wizard.next();
    wizard.setPatchChecked(m_patch, true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::WindowPage));
    // Another time, ending before it starts: blocked.
    const QDateTime start(QDate(2026, 12, 3), QTime(22, 0));
    wizard.startEdit()->setDateTime(start);
    wizard.endEdit()->setDateTime(start.addSecs(-3600));
    QVERIFY(wizard.otherTimeRadio()->isChecked());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::WindowPage));
    wizard.endEdit()->setDateTime(start.addSecs(3 * 3600));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::SummaryPage));
    wizard.button(QWizard::FinishButton)->click();
    const qint64 id = wizard.createdPlanId();
    QVERIFY(id > 0);
    auto plan = m_ws->plan(id);
    PP_VERIFY_OK(plan);
    const Plan &p = **plan;
    QCOMPARE(p.type, PlanType::Emergency);
    // Entered as wall-clock time in the plan's zone.
    const QTimeZone zone = wizard.zone();
    QCOMPARE(p.windowStart, QDateTime(start.date(), start.time(), zone).toUTC());
    QCOMPARE(p.windowStart.secsTo(p.windowEnd), qint64(3) * 3600);
    auto steps = m_ws->planSteps(id);
    PP_VERIFY_OK(steps);
    const QList<PlanStep> milestones = milestonesOf(*steps);
    QCOMPARE(milestones.size(), 5);
    // Emergency lead times: hours, not days (T-48 h ... T-4 h).
    QCOMPARE(milestones.first().plannedStart.secsTo(p.windowStart), qint64(48) * 3600);
    QCOMPARE(milestones.at(1).plannedStart.secsTo(p.windowStart), qint64(24) * 3600);
    QCOMPARE(milestones.at(3).plannedStart.secsTo(p.windowStart), qint64(4) * 3600);
    m_ws->undoStack()->undo();
}

void tst_PlanWizard::validationBlocksFinishing()
{
    const int plansBefore = int(m_ws->plans()->size());
    PlanWizard wizard(m_ws.get());
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::ScopePage));
    QVERIFY(wizard.checkedPatchIds().isEmpty());
    QVERIFY(!wizard.pageProblem(PlanWizard::ScopePage).isEmpty());
    // Finishing from here (e.g. a default button) creates nothing and says why.
    wizard.accept();
    QCOMPARE(wizard.createdPlanId(), 0);
    QVERIFY(!wizard.errorLabel()->text().isEmpty());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QCOMPARE(m_ws->plans()->size(), plansBefore);
    QVERIFY(wizard.isVisible());
}

void tst_PlanWizard::systemsWithoutPatches()
{
    PlanWizard wizard(m_ws.get());
    wizard.show();
    wizard.setPreset(PlanType::Regular, {m_erp}, {});
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::ScopePage));
    QVERIFY(wizard.checkedPatchIds().isEmpty());
    QCOMPARE(wizard.scopeSystemIds(), QList<qint64>{m_erp});
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PlanWizard::WindowPage));
    QVERIFY(wizard.proposalList()->topLevelItemCount() > 0);
    const auto [start, end] = wizard.chosenWindow();
    QVERIFY(start.isValid());
    QVERIFY(end > start);
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    const qint64 id = wizard.createdPlanId();
    QVERIFY(id > 0);
    auto plan = m_ws->plan(id);
    PP_VERIFY_OK(plan);
    QCOMPARE((*plan)->systemIds, QList<qint64>{m_erp});
    QCOMPARE((*plan)->windowStart, start);
    m_ws->undoStack()->undo();
}

void tst_PlanWizard::filterAndMnemonics()
{
    PlanWizard wizard(m_ws.get());
    wizard.show();
    // Each page's visible mnemonics, with the wizard's own buttons, are unique.
    for (int page = PlanWizard::TypePage; page <= PlanWizard::SummaryPage; ++page) {
        if (page == PlanWizard::WindowPage)
            wizard.setPatchChecked(m_patch, true);
        QCOMPARE(wizard.currentId(), page);
        QMultiMap<QChar, QString> seen;
        for (QLabel *l : wizard.findChildren<QLabel *>()) {
            if (l->isVisible() && l->buddy() && !mnemonic(l->text()).isNull())
                seen.insert(mnemonic(l->text()), l->text());
        }
        for (QAbstractButton *b : wizard.findChildren<QAbstractButton *>()) {
            if (b->isVisible() && !mnemonic(b->text()).isNull())
                seen.insert(mnemonic(b->text()), b->text());
        }
        for (QChar c : seen.uniqueKeys())
            QVERIFY2(seen.count(c) == 1, qPrintable(QStringList(seen.values(c)).join(u", ")));
        if (page == PlanWizard::ScopePage) {
            const int all = wizard.patchTable()->model()->rowCount();
            wizard.patchFilterEdit()->setText(QStringLiteral("no such patch anywhere"));
            QCOMPARE(wizard.patchTable()->model()->rowCount(), 0);
            wizard.patchFilterEdit()->setText(QStringLiteral("oracle cpu"));
            QCOMPARE(wizard.patchTable()->model()->rowCount(), 1);
            wizard.patchFilterEdit()->clear();
            QCOMPARE(wizard.patchTable()->model()->rowCount(), all);
            wizard.setPatchChecked(m_patch, true);
        }
        if (page < PlanWizard::SummaryPage)
            wizard.next();
    }
}

void tst_PlanWizard::ganttViewShowsCreatedPlan()
{
    NewPlanRequest request;
    request.patchIds = {m_patch};
    auto proposals = m_ws->proposeWindows({m_erp}, {m_patch}, PlanType::Regular);
    PP_VERIFY_OK(proposals);
    QVERIFY(!proposals->isEmpty());
    request.windowStart = proposals->first().start;
    request.windowEnd = proposals->first().end;
    request.timeZone = QStringLiteral("Asia/Tokyo");
    const qint64 id = m_ws->createPlan(request);
    QVERIFY(id > 0);
    auto plan = m_ws->plan(id);
    auto steps = m_ws->planSteps(id);
    PP_VERIFY_OK(steps);
    QList<PlanStep> shown = *steps;
    // A title with markup must show as typed in the tooltip.
    int apply = -1;
    for (int i = 0; i < shown.size(); ++i) {
        if (shown.at(i).phase == StepPhase::Apply && apply < 0)
            apply = i;
    }
    QVERIFY(apply >= 0);
    shown[apply].title = QStringLiteral("<i>Apply</i> & reboot");
    shown[apply].doneAt = shown.at(apply).plannedStart.addSecs(600);
    shown[apply].doneBy = QStringLiteral("suzuki");

    GanttView view;
    view.resize(1280, 800);
    view.setPlan(**plan, shown);
    view.setNow(m_ws->now());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.chartLayout().rowCount(), shown.size());
    const QRect bar = view.barRectOf(shown.at(apply).id);
    QVERIFY(!bar.isEmpty());
    QVERIFY(view.viewport()->rect().contains(bar.center()));
    const QString tip = view.toolTipAt(bar.center());
    QVERIFY2(tip.contains(QLatin1String("&lt;i&gt;Apply&lt;/i&gt; &amp; reboot")),
             qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("suzuki")));
    QVERIFY(tip.contains(
        shown.at(apply).plannedStart.toTimeZone(kTokyo).toString(QStringLiteral("HH:mm"))));
    QVERIFY(view.toolTipAt(QPoint(bar.center().x(), 5)).isEmpty());

    QSignalSpy activated(&view, &GanttView::stepActivated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, bar.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), shown.at(apply).id);

    // Zoom: Ctrl+plus widens the timeline, Ctrl+0 fits again.
    const qreal fitWidth = view.chartLayout().timelineWidth;
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view.zoomFactor() > 1);
    QVERIFY(view.chartLayout().timelineWidth > fitWidth * 1.2);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view.zoomFactor(), 1.0);
    QCOMPARE(view.chartLayout().timelineWidth, fitWidth);
    view.setZoomFactor(1000);
    QCOMPARE(view.zoomFactor(), GanttView::kMaxZoom);
    m_ws->undoStack()->undo();
}

QTEST_MAIN(tst_PlanWizard)
#include "tst_planwizard.moc"
