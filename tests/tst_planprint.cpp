// Printing a plan from the window (issue 8): the Plans page's "Print or export…" runs the print
// dialog (paper, orientation, tiled or fitted timeline, range, chart only; remembered), then
// writes the PDF on a worker thread and reports it; the File menu's Print action (Ctrl+P) opens
// the same for the selected plan.
#include "pdftools.h"
#include "testsupport.h"

#include "models/plans/planservice.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/plans/planprintdialog.h"
#include "ui/plans/planspage.h"
#include "ui/uisettings.h"
#include "ui/widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

} // namespace

class tst_PlanPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportFromThePage();
    void dialogRemembersChoices();
    void cancelledDialogWritesNothing();

private:
    bool openWorkspace(Workspace &ws, const QString &name);
    qint64 makePlan(Workspace &ws);

    QTemporaryDir m_dir;
    qint64 m_system = 0;
};

void tst_PlanPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The dialog remembers its choices (dialogRemembersChoices leaves "chart only" ticked):
    // start from none, or a second run would export the chart alone.
    Internal::UiSettings().clear();
    QLocale::setDefault(QLocale::c());
    QVERIFY2(test::havePoppler(), "poppler-utils are needed: scripts/dev.sh test installs them");
}

bool tst_PlanPrint::openWorkspace(Workspace &ws, const QString &name)
{
    auto db = test::openTemp(m_dir, name);
    if (!db)
        return false;
    System erp;
    erp.code = QStringLiteral("ERP-01");
    erp.name = QStringLiteral("<img src=file:///etc/passwd> 基幹会計");
    erp.profile.escalationContacts = QStringLiteral("1. On-call engineer\n2. Team lead");
    auto stored = SystemRepository(*db).insert(erp);
    if (!stored)
        return false;
    m_system = stored->id;
    Component os;
    os.systemId = m_system;
    os.kind = ComponentKind::Os;
    os.vendor = QStringLiteral("Red Hat");
    os.product = QStringLiteral("Enterprise Linux");
    os.version = QStringLiteral("9.2");
    if (!ComponentRepository(*db).insert(os))
        return false;
    ws.setDatabase(std::move(db));
    ws.setNow(kNow);
    MaintenanceWindow w;
    w.name = QStringLiteral("Sunday night");
    w.systemId = m_system;
    w.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=SU");
    w.dtstart = QDateTime(QDate(2026, 1, 4), QTime(1, 0));
    w.timeZone = QStringLiteral("Asia/Tokyo");
    if (ws.addWindow(w) == 0)
        return false;
    ws.undoStack()->clear();
    return true;
}

qint64 tst_PlanPrint::makePlan(Workspace &ws)
{
    auto proposals = ws.proposeWindows({m_system}, {}, PlanType::Regular, 1);
    if (!proposals || proposals->isEmpty())
        return 0;
    NewPlanRequest request;
    request.type = PlanType::Regular;
    request.systemIds = {m_system};
    request.windowStart = proposals->first().start;
    request.title = QStringLiteral("Sunday patching");
    return ws.createPlan(request);
}

void tst_PlanPrint::exportFromThePage()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("export.db")));
    const qint64 id = makePlan(ws);
    QVERIFY(id > 0);
    PlansPage page(&ws);
    page.show();
    QVERIFY(!page.canPrint() || page.selectedPlanId() != 0);
    page.selectPlan(id);
    QVERIFY(page.canPrint());
    auto *button = page.findChild<QPushButton *>(QStringLiteral("printPlanButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());

    const QString pdf = m_dir.filePath(QStringLiteral("page-export.pdf"));
    QString suggested;
    page.setSavePathChooser([&](const QString &name) {
        suggested = name;
        return pdf;
    });
    page.setDialogRunner([](QDialog &dialog) {
        auto *d = qobject_cast<PlanPrintDialog *>(&dialog);
        if (!d)
            return false;
        d->paperCombo()->setCurrentIndex(d->paperCombo()->findData(int(QPageSize::A3)));
        d->orientationCombo()->setCurrentIndex(
            d->orientationCombo()->findData(int(QPageLayout::Landscape)));
        d->choose(PlanPrintDialog::Action::ExportPdf);
        return true;
    });
    button->click();
    QCOMPARE(suggested, QStringLiteral("plan-%1.pdf").arg(id));
    QTRY_VERIFY_WITH_TIMEOUT(page.messageBar()->text().contains(QStringLiteral("Wrote")), 60000);
    QCOMPARE(page.messageBar()->type(), MessageBar::Type::Positive);
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Page size")),
             QStringLiteral("1191 x 842 pts (A3)"));
    const QString text = test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Sunday patching")));
    QVERIFY(text.contains(QStringLiteral("<img src=file:///etc/passwd> 基幹会計")));
    QVERIFY(text.contains(QStringLiteral("On-call engineer")));
    QVERIFY(text.contains(QStringLiteral("Timeline")));
    const int pages = test::pdfPages(pdf);
    QVERIFY(page.messageBar()->text().contains(QStringLiteral("(%1 pages)").arg(pages)));
}

void tst_PlanPrint::dialogRemembersChoices()
{
    Plan plan;
    plan.id = 7;
    plan.windowStart = QDateTime(QDate(2026, 12, 12), QTime(16, 0), Qt::UTC); // 13th in Tokyo
    plan.timeZone = QStringLiteral("Asia/Tokyo");
    {
        PlanPrintDialog d(plan);
        // The range offered is the window's day and one on each side, in the plan's zone.
        QCOMPARE(d.fromEdit()->date(), QDate(2026, 12, 12));
        QCOMPARE(d.toEdit()->date(), QDate(2026, 12, 14));
        QVERIFY(!d.fromEdit()->isEnabled());
        d.rangeBox()->setChecked(true);
        QVERIFY(d.fromEdit()->isEnabled());
        d.paperCombo()->setCurrentIndex(d.paperCombo()->findData(int(QPageSize::Letter)));
        d.fitButton()->setChecked(true);
        d.chartOnlyBox()->setChecked(true);
        d.toEdit()->setDate(QDate(2026, 12, 10)); // before from: from follows
        QCOMPARE(d.fromEdit()->date(), QDate(2026, 12, 10));
        const PlanDocumentOptions o = d.options();
        QVERIFY(o.fitChart);
        QVERIFY(o.chartOnly);
        QCOMPARE(o.chartFrom, QDate(2026, 12, 10));
        QCOMPARE(d.pageSetup().paper, QPageSize::Letter);
        d.choose(PlanPrintDialog::Action::Preview);
        QCOMPARE(d.action(), PlanPrintDialog::Action::Preview);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    PlanPrintDialog again(plan);
    QCOMPARE(again.pageSetup().paper, QPageSize::Letter);
    QVERIFY(again.fitButton()->isChecked());
    QVERIFY(again.chartOnlyBox()->isChecked());
    QVERIFY(!again.rangeBox()->isChecked()); // a range is per plan: not remembered
}

void tst_PlanPrint::cancelledDialogWritesNothing()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("cancel.db")));
    const qint64 id = makePlan(ws);
    QVERIFY(id > 0);
    PlansPage page(&ws);
    page.selectPlan(id);
    bool asked = false;
    page.setSavePathChooser([&asked](const QString &) {
        asked = true;
        return QString();
    });
    page.setDialogRunner([](QDialog &) { return false; });
    page.printPlan();
    QVERIFY(!asked);
    // Chosen, but no path given: nothing happens either.
    page.setDialogRunner([](QDialog &dialog) {
        qobject_cast<PlanPrintDialog *>(&dialog)->choose(PlanPrintDialog::Action::ExportPdf);
        return true;
    });
    page.printPlan();
    QVERIFY(asked);
    QVERIFY(page.messageBar()->text().isEmpty() || !page.messageBar()->isVisible());
}

QTEST_MAIN(tst_PlanPrint)
#include "tst_planprint.moc"
