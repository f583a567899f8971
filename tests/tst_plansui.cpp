// The issue 7 Plans page: the list shows the plans made through the workspace and filters them;
// steps are added, moved, edited and removed through the page (timed again, undoable); the
// approval dialog refuses the author and an incomplete checklist; a regular plan goes the whole
// way from draft to done in the page, with every step checked off; an emergency plan runs on a
// provisional approval that is flagged when overdue and then confirmed; and a window outside the
// system's maintenance windows shows as a conflict.
#include "testsupport.h"

#include "models/itemmodels/plantablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/itemmodels/steptablemodel.h"
#include "models/plans/planservice.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/plans/approvaldialog.h"
#include "ui/plans/planspage.h"
#include "ui/plans/stepdialog.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

namespace {

/// Tuesday 1 December 2026, 09:00 in Tokyo: the clock the tests start from.
const QDateTime kNow(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

QStringList titles(const QList<PlanStep> &steps)
{
    QStringList out;
    for (const PlanStep &s : steps)
        out << s.title;
    return out;
}

/// Answers the five checklist questions of @p d the way an approver who checked everything
/// does: nothing about reachability or monitoring changes, the rest confirmed.
void answerChecklist(ApprovalDialog &d)
{
    d.answerButton(ApprovalDialog::NetworkReachability, false)->setChecked(true);
    d.answerButton(ApprovalDialog::Monitoring, false)->setChecked(true);
    d.answerButton(ApprovalDialog::RunbookPolicy, true)->setChecked(true);
    d.answerButton(ApprovalDialog::BackupRestore, true)->setChecked(true);
    d.answerButton(ApprovalDialog::Rollback, true)->setChecked(true);
}

} // namespace

class tst_PlansUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageListsAndFiltersPlans();
    void stepsAreEditedThroughThePageAndUndone();
    void approvalDialogRefusesAuthorAndIncompleteChecklist();
    void regularPlanFromDraftToDone();
    void emergencyPlanOnProvisionalApproval();
    void conflictsTabShowsAWindowOutsideTheSystemsWindows();
    void mnemonicsAreUniqueAndLeaveTheMenusAlone();

private:
    /// A new database with one system (ERP-01, an OS component) that has a Sunday
    /// 01:00-05:00 Tokyo window; @p ws opens it with the clock at kNow.
    bool openWorkspace(Workspace &ws, const QString &name);
    /// Makes a plan of @p type in the first window proposed (or at @p start).
    qint64 makePlan(Workspace &ws, PlanType type, const QDateTime &start = {});

    QTemporaryDir m_dir;
    qint64 m_system = 0;
};

void tst_PlansUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

bool tst_PlansUi::openWorkspace(Workspace &ws, const QString &name)
{
    auto db = test::openTemp(m_dir, name);
    if (!db)
        return false;
    System erp;
    erp.code = QStringLiteral("ERP-01");
    erp.name = QStringLiteral("Enterprise resource planning");
    erp.criticality = 2;
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
    w.dtstart = QDateTime(QDate(2026, 1, 4), QTime(1, 0)); // a Sunday, 01:00 in Tokyo
    w.durationMinutes = 240;
    w.timeZone = QStringLiteral("Asia/Tokyo");
    if (ws.addWindow(w) == 0)
        return false;
    ws.undoStack()->clear();
    return true;
}

qint64 tst_PlansUi::makePlan(Workspace &ws, PlanType type, const QDateTime &start)
{
    NewPlanRequest request;
    request.type = type;
    request.systemIds = {m_system};
    request.windowStart = start;
    if (!start.isValid()) {
        auto proposals = ws.proposeWindows({m_system}, {}, type, 1);
        if (!proposals || proposals->isEmpty()) {
            qWarning("no proposal: %s",
                     qPrintable(proposals ? QStringLiteral("none") : proposals.error().message));
            return 0;
        }
        request.windowStart = proposals->first().start;
    }
    QString failure;
    const auto connection = QObject::connect(&ws, &Workspace::commandFailed,
                                             [&failure](const QString &m) { failure = m; });
    const qint64 id = ws.createPlan(request);
    QObject::disconnect(connection);
    if (id == 0)
        qWarning("createPlan failed: %s", qPrintable(failure));
    return id;
}

void tst_PlansUi::pageListsAndFiltersPlans()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("list.db")));
    const qint64 regular = makePlan(ws, PlanType::Regular);
    QVERIFY(regular != 0);
    const qint64 emergency = makePlan(ws, PlanType::Emergency);
    QVERIFY(emergency != 0);
    PlansPage page(&ws);
    page.resize(1280, 800);
    page.show();
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.table()->model()->rowCount(), 2);
    const int row = page.model()->rowOf(regular);
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->index(row, PlanTableModel::Systems).data().toString(),
             QStringLiteral("ERP-01"));
    QCOMPARE(page.model()->index(row, PlanTableModel::Status).data().toString(),
             displayName(PlanStatus::Draft));
    // The window in Tokyo time: the Sunday window opens at 01:00.
    QVERIFY(page.model()->index(row, PlanTableModel::Window).data().toString()
                .contains(QStringLiteral("01:00")));

    // Nothing selected: no detail.
    QVERIFY(!page.currentPlan());
    page.selectPlan(regular);
    QCOMPARE(page.selectedPlanId(), regular);
    QVERIFY(page.currentPlan());
    QVERIFY(page.headerLabel()->text().contains(QStringLiteral("ERP-01")));
    auto steps = ws.planSteps(regular);
    PP_VERIFY_OK(steps);
    QVERIFY(steps->size() > 5);
    QCOMPARE(page.stepModel()->rowCount(), int(steps->size()));
    QVERIFY(page.submitButton()->isEnabled());
    QVERIFY(!page.approveButton()->isEnabled());
    QVERIFY(!page.startButton()->isEnabled());

    // Filters: type, text, status.
    page.typeChooser()->setCurrentIndex(page.typeChooser()->findData(int(PlanType::Emergency)));
    QCOMPARE(page.table()->model()->rowCount(), 1);
    QCOMPARE(page.table()->model()->index(0, 0).data(IdRole).toLongLong(), emergency);
    page.typeChooser()->setCurrentIndex(0);
    page.filterEdit()->setText(QStringLiteral("no such plan"));
    QCOMPARE(page.table()->model()->rowCount(), 0);
    page.filterEdit()->setText(QStringLiteral("erp-01"));
    QCOMPARE(page.table()->model()->rowCount(), 2);
    page.filterEdit()->clear();
    page.statusChooser()->setCurrentIndex(page.statusChooser()->findData(int(PlanStatus::Done)));
    QCOMPARE(page.table()->model()->rowCount(), 0);
    // Selecting a hidden plan widens the filter.
    page.selectPlan(regular);
    QCOMPARE(page.selectedPlanId(), regular);
    QCOMPARE(page.table()->model()->rowCount(), 2);

    // A change elsewhere reaches the page (coalesced), keeping the selection.
    auto fresh = ws.plan(regular);
    PP_VERIFY_OK(fresh);
    Plan renamed = **fresh;
    renamed.title = QStringLiteral("Renamed elsewhere");
    QVERIFY(ws.editPlan(renamed));
    QTRY_COMPARE(page.currentPlan()->title, QStringLiteral("Renamed elsewhere"));
    QCOMPARE(page.selectedPlanId(), regular);

    // Delete: a draft goes (undoably); confirmation asked.
    QString asked;
    page.setConfirmer([&asked](const QString &q) {
        asked = q;
        return true;
    });
    QVERIFY(page.canDelete());
    page.deleteSelected();
    QVERIFY(asked.contains(QStringLiteral("Renamed elsewhere")));
    auto gone = ws.plan(regular);
    PP_VERIFY_OK(gone);
    QVERIFY(!gone->has_value());
    QCOMPARE(page.model()->rowCount(), 1);
    ws.undoStack()->undo();
    QTRY_COMPARE(page.model()->rowCount(), 2);
}

void tst_PlansUi::stepsAreEditedThroughThePageAndUndone()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("steps.db")));
    const qint64 id = makePlan(ws, PlanType::Regular);
    QVERIFY(id != 0);
    auto before = ws.planSteps(id);
    PP_VERIFY_OK(before);
    const QStringList original = titles(*before);
    PlansPage page(&ws);
    page.show();
    page.selectPlan(id);
    QVERIFY(page.currentPlan());

    // Add a step after the first apply step.
    int applyRow = -1;
    for (int i = 0; i < before->size(); ++i) {
        if (before->at(i).phase == StepPhase::Apply) {
            applyRow = i;
            break;
        }
    }
    QVERIFY(applyRow >= 0);
    page.selectStep(before->at(applyRow).id);
    bool sawDialog = false;
    page.setDialogRunner([&sawDialog](QDialog &dialog) {
        auto *d = qobject_cast<StepDialog *>(&dialog);
        if (!d)
            return false;
        sawDialog = true;
        // No title yet: not savable.
        if (d->validationError().isEmpty())
            return false;
        d->phaseCombo()->setCurrentIndex(d->phaseCombo()->findData(int(StepPhase::Apply)));
        d->titleEdit()->setText(QStringLiteral("Restart the batch server"));
        d->ownerCombo()->setCurrentText(QStringLiteral("application"));
        d->minutesSpin()->setValue(30);
        return d->validationError().isEmpty();
    });
    QVERIFY(page.addStepButton()->isEnabled());
    page.addStepButton()->click();
    QVERIFY(sawDialog);
    auto added = ws.planSteps(id);
    PP_VERIFY_OK(added);
    QCOMPARE(added->size(), before->size() + 1);
    const PlanStep &fresh = added->at(applyRow + 1);
    QCOMPARE(fresh.title, QStringLiteral("Restart the batch server"));
    QCOMPARE(fresh.ownerRole, QStringLiteral("application"));
    QCOMPARE(fresh.durationMinutes, 30);
    QCOMPARE(fresh.position, applyRow + 2);
    // Timed: right after the apply step it follows.
    QCOMPARE(fresh.plannedStart, added->at(applyRow).plannedEnd());
    QCOMPARE(page.selectedStepId(), fresh.id);

    // Move it up, above the apply step.
    page.findChild<QPushButton *>(QStringLiteral("moveStepUpButton"))->click();
    auto moved = ws.planSteps(id);
    PP_VERIFY_OK(moved);
    QCOMPARE(moved->at(applyRow).title, QStringLiteral("Restart the batch server"));
    QCOMPARE(moved->at(applyRow + 1).title, before->at(applyRow).title);
    QCOMPARE(page.selectedStepId(), fresh.id);

    // Edit it.
    page.setDialogRunner([](QDialog &dialog) {
        auto *d = qobject_cast<StepDialog *>(&dialog);
        if (!d || d->titleEdit()->text() != QLatin1String("Restart the batch server"))
            return false;
        d->titleEdit()->setText(QStringLiteral("Restart batch"));
        d->minutesSpin()->setValue(45);
        return true;
    });
    page.findChild<QPushButton *>(QStringLiteral("editStepButton"))->click();
    auto edited = ws.planSteps(id);
    PP_VERIFY_OK(edited);
    QCOMPARE(edited->at(applyRow).title, QStringLiteral("Restart batch"));
    QCOMPARE(edited->at(applyRow).durationMinutes, 45);
    // The next step moved later by the longer duration.
    QCOMPARE(edited->at(applyRow + 1).plannedStart, edited->at(applyRow).plannedEnd());

    // Remove it with the Delete key on the step table.
    page.stepTable()->setFocus();
    QTest::keyClick(page.stepTable(), Qt::Key_Delete);
    auto removed = ws.planSteps(id);
    PP_VERIFY_OK(removed);
    QCOMPARE(titles(*removed), original);

    // Undo: remove, edit, move, add, in turn.
    QCOMPARE(ws.undoStack()->count(), 4 + 1); // plus the plan's creation
    ws.undoStack()->undo();
    auto undone = ws.planSteps(id);
    PP_VERIFY_OK(undone);
    QCOMPARE(undone->at(applyRow).title, QStringLiteral("Restart batch"));
    ws.undoStack()->undo();
    ws.undoStack()->undo();
    ws.undoStack()->undo();
    undone = ws.planSteps(id);
    PP_VERIFY_OK(undone);
    QCOMPARE(titles(*undone), original);
    QTRY_COMPARE(page.stepModel()->rowCount(), int(original.size()));
}

void tst_PlansUi::approvalDialogRefusesAuthorAndIncompleteChecklist()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("approval.db")));
    const qint64 id = makePlan(ws, PlanType::Regular);
    QVERIFY(id != 0);
    PlansPage page(&ws);
    page.show();
    page.selectPlan(id);
    page.submitButton()->click();
    QVERIFY2(page.currentPlan()->status == PlanStatus::InReview,
             qPrintable(page.messageBar()->text()));
    QVERIFY(page.approveButton()->isEnabled());

    // The author (tester) may not decide, whatever the answers.
    int runs = 0;
    page.setDialogRunner([&runs](QDialog &dialog) {
        auto *d = qobject_cast<ApprovalDialog *>(&dialog);
        if (!d)
            return false;
        ++runs;
        answerChecklist(*d);
        if (d->okButton()->isEnabled())
            return false;
        return d->problemsLabel()->text().contains(QStringLiteral("wrote the plan"));
    });
    page.approveButton()->click();
    QCOMPARE(runs, 1);
    // Had the dialog been forced, the workspace refuses too, and the page says so.
    auto plan = ws.plan(id);
    PP_VERIFY_OK(plan);
    QCOMPARE((*plan)->status, PlanStatus::InReview);
    QCOMPARE(page.messageBar()->type(), MessageBar::Type::Error);
    QVERIFY(page.messageBar()->text().contains(QStringLiteral("wrote the plan")));

    // Someone else: OK waits for every answer.
    ws.database()->setActor(QStringLiteral("bob"));
    page.setDialogRunner([&runs](QDialog &dialog) {
        auto *d = qobject_cast<ApprovalDialog *>(&dialog);
        if (!d)
            return false;
        ++runs;
        // Regular plan: no provisional decision offered.
        if (d->decisionCombo()->findData(int(ApprovalDecision::Provisional)) >= 0)
            return false;
        if (d->okButton()->isEnabled())
            return false;
        d->answerButton(ApprovalDialog::NetworkReachability, false)->setChecked(true);
        d->answerButton(ApprovalDialog::Monitoring, false)->setChecked(true);
        d->answerButton(ApprovalDialog::RunbookPolicy, true)->setChecked(true);
        d->answerButton(ApprovalDialog::BackupRestore, true)->setChecked(true);
        if (d->okButton()->isEnabled()) // rollback not answered yet
            return false;
        d->answerButton(ApprovalDialog::Rollback, true)->setChecked(true);
        if (!d->okButton()->isEnabled())
            return false;
        // Reachability changed needs a note saying how.
        d->answerButton(ApprovalDialog::NetworkReachability, true)->setChecked(true);
        if (d->okButton()->isEnabled())
            return false;
        d->noteEdit()->setPlainText(QStringLiteral("Port 8443 opened to the vendor VPN for "
                                                   "the window, closed after."));
        if (!d->okButton()->isEnabled())
            return false;
        // A rejection needs a comment.
        d->decisionCombo()->setCurrentIndex(
            d->decisionCombo()->findData(int(ApprovalDecision::Rejected)));
        if (d->okButton()->isEnabled())
            return false;
        d->decisionCombo()->setCurrentIndex(
            d->decisionCombo()->findData(int(ApprovalDecision::Approved)));
        return d->okButton()->isEnabled();
    });
    page.approveButton()->click();
    QCOMPARE(runs, 2);
    plan = ws.plan(id);
    PP_VERIFY_OK(plan);
    QVERIFY2((*plan)->status == PlanStatus::Approved, qPrintable(page.messageBar()->text()));
    auto approvals = ws.planApprovals(id);
    PP_VERIFY_OK(approvals);
    QCOMPARE(approvals->size(), 1);
    QCOMPARE(approvals->first().approver, QStringLiteral("bob"));
    QCOMPARE(approvals->first().checklist.networkReachabilityChanged, std::optional<bool>(true));
    QVERIFY(approvals->first().checklist.note.contains(QStringLiteral("8443")));
    QCOMPARE(page.approvalList()->topLevelItemCount(), 1);
    QCOMPARE(page.approvalList()->topLevelItem(0)->text(0), QStringLiteral("bob"));

    // Changing the steps of the approved plan asks first, then returns it to draft.
    QString asked;
    page.setConfirmer([&asked](const QString &q) {
        asked = q;
        return true;
    });
    page.selectStep(page.currentSteps().last().id);
    page.findChild<QPushButton *>(QStringLiteral("removeStepButton"))->click();
    QVERIFY(asked.contains(QStringLiteral("draft")));
    plan = ws.plan(id);
    PP_VERIFY_OK(plan);
    QCOMPARE((*plan)->status, PlanStatus::Draft);
}

void tst_PlansUi::regularPlanFromDraftToDone()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("flow.db")));
    const qint64 id = makePlan(ws, PlanType::Regular);
    QVERIFY(id != 0);
    PlansPage page(&ws);
    page.show();
    page.setConfirmer([](const QString &) { return true; });
    page.selectPlan(id);
    const auto status = [&ws, id]() {
        auto p = ws.plan(id);
        return p && p->has_value() ? (*p)->status : PlanStatus::Cancelled;
    };

    page.submitButton()->click();
    QVERIFY2(status() == PlanStatus::InReview, qPrintable(page.messageBar()->text()));
    QCOMPARE(page.messageBar()->type(), MessageBar::Type::Positive);

    ws.database()->setActor(QStringLiteral("bob"));
    page.setDialogRunner([](QDialog &dialog) {
        auto *d = qobject_cast<ApprovalDialog *>(&dialog);
        if (!d)
            return false;
        answerChecklist(*d);
        d->commentEdit()->setPlainText(QStringLiteral("Looks right."));
        return d->okButton()->isEnabled();
    });
    page.approveButton()->click();
    QVERIFY2(status() == PlanStatus::Approved, qPrintable(page.messageBar()->text()));

    QVERIFY(page.scheduleButton()->isEnabled());
    page.scheduleButton()->click();
    QVERIFY2(status() == PlanStatus::Scheduled, qPrintable(page.messageBar()->text()));
    QVERIFY(!page.checkOffButton()->isVisible());

    // The window opens: the work starts.
    ws.setNow(page.currentPlan()->windowStart.addSecs(60));
    page.startButton()->click();
    QVERIFY2(status() == PlanStatus::InProgress, qPrintable(page.messageBar()->text()));
    QVERIFY(page.checkOffButton()->isVisible());
    QVERIFY(!page.addStepButton()->isVisible());
    QVERIFY(!page.completeButton()->isEnabled());

    // Check off every step of the window, each a little later.
    int checked = 0;
    page.setDialogRunner([&checked, &ws](QDialog &dialog) {
        auto *d = qobject_cast<StepDoneDialog *>(&dialog);
        if (!d)
            return false;
        // Not after now.
        if (d->doneAtEdit()->maximumDateTime() < d->doneAtEdit()->dateTime())
            return false;
        d->notesEdit()->setPlainText(QStringLiteral("ok %1").arg(++checked));
        ws.setNow(ws.now().addSecs(60));
        return true;
    });
    const QList<PlanStep> steps = page.currentSteps();
    int window = 0;
    for (const PlanStep &s : steps) {
        if (s.phase != StepPhase::Pre && s.phase != StepPhase::Apply
            && s.phase != StepPhase::Post)
            continue;
        ++window;
        page.selectStep(s.id);
        QVERIFY(page.checkOffButton()->isEnabled());
        page.checkOffButton()->click();
        QVERIFY2(page.messageBar()->type() == MessageBar::Type::Positive,
                 qPrintable(page.messageBar()->text()));
    }
    QCOMPARE(checked, window);
    auto done = ws.planSteps(id);
    PP_VERIFY_OK(done);
    for (const PlanStep &s : *done) {
        if (s.phase == StepPhase::Pre || s.phase == StepPhase::Apply
            || s.phase == StepPhase::Post) {
            QVERIFY2(s.isDone(), qPrintable(s.title));
            QCOMPARE(s.doneBy, QStringLiteral("bob"));
            QVERIFY(s.notes.startsWith(QStringLiteral("ok ")));
        }
    }
    const int row = page.model()->rowOf(id);
    QCOMPARE(page.model()->index(row, PlanTableModel::Steps).data().toString(),
             QStringLiteral("%1 of %1").arg(window));

    // Un-check one and check it again.
    page.selectStep(steps.last().phase == StepPhase::Rollback ? done->at(done->size() - 1).id
                                                              : done->last().id);
    const qint64 last = [&]() {
        for (int i = int(done->size()) - 1; i >= 0; --i) {
            if (done->at(i).phase == StepPhase::Post)
                return done->at(i).id;
        }
        return qint64(0);
    }();
    page.selectStep(last);
    QVERIFY(page.checkOffButton()->text().contains(QStringLiteral("Un-chec")));
    page.checkOffButton()->click();
    QVERIFY(!page.completeButton()->isEnabled());
    page.selectStep(last);
    page.checkOffButton()->click();

    QVERIFY(page.completeButton()->isEnabled());
    page.completeButton()->click();
    QVERIFY2(status() == PlanStatus::Done, qPrintable(page.messageBar()->text()));
    QVERIFY(page.messageBar()->text().contains(QStringLiteral("component version")));
    QVERIFY(page.messageBar()->text().contains(QStringLiteral("finding")));
}

void tst_PlansUi::emergencyPlanOnProvisionalApproval()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("emergency.db")));
    const qint64 id = makePlan(ws, PlanType::Emergency);
    QVERIFY(id != 0);
    PlansPage page(&ws);
    page.show();
    page.selectPlan(id);
    page.submitButton()->click();
    QVERIFY2(page.currentPlan()->status == PlanStatus::InReview,
             qPrintable(page.messageBar()->text()));

    ws.database()->setActor(QStringLiteral("bob"));
    page.setDialogRunner([](QDialog &dialog) {
        auto *d = qobject_cast<ApprovalDialog *>(&dialog);
        if (!d)
            return false;
        const int provisional = d->decisionCombo()->findData(int(ApprovalDecision::Provisional));
        if (provisional < 0)
            return false;
        d->decisionCombo()->setCurrentIndex(provisional);
        answerChecklist(*d);
        return d->okButton()->isEnabled();
    });
    page.approveButton()->click();
    auto approvals = ws.planApprovals(id);
    PP_VERIFY_OK(approvals);
    QCOMPARE(approvals->size(), 1);
    QCOMPARE(approvals->first().decision, ApprovalDecision::Provisional);
    // Still in review, but it may start; the confirmation is waiting.
    QCOMPARE(page.currentPlan()->status, PlanStatus::InReview);
    QVERIFY(page.confirmButton()->isEnabled());
    QVERIFY(page.startButton()->isEnabled());
    QCOMPARE(page.approvalList()->topLevelItem(0)->text(5), QStringLiteral("not yet"));

    ws.setNow(ws.now().addSecs(3600));
    page.startButton()->click();
    QVERIFY2(page.currentPlan()->status == PlanStatus::InProgress,
             qPrintable(page.messageBar()->text()));

    // A day later nobody has confirmed: flagged.
    ws.setNow(approvals->first().decidedAt.addSecs(25 * 3600));
    ws.reload();
    QTRY_VERIFY(page.approvalList()->topLevelItem(0)->text(1).contains(QStringLiteral("overdue")));
    QVERIFY(page.confirmButton()->isEnabled());

    // Carol confirms: the flag goes.
    ws.database()->setActor(QStringLiteral("carol"));
    page.confirmButton()->click();
    approvals = ws.planApprovals(id);
    PP_VERIFY_OK(approvals);
    QVERIFY2(approvals->first().confirmedAt.isValid(), qPrintable(page.messageBar()->text()));
    QVERIFY(!page.approvalList()->topLevelItem(0)->text(1).contains(QStringLiteral("overdue")));
    QVERIFY(!page.confirmButton()->isEnabled());
    QCOMPARE(page.currentPlan()->status, PlanStatus::InProgress);
}

void tst_PlansUi::conflictsTabShowsAWindowOutsideTheSystemsWindows()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("conflicts.db")));
    // Wednesday 23 December 2026, 12:00 in Tokyo: no maintenance window then.
    const qint64 outside = makePlan(ws, PlanType::Regular,
                                    QDateTime(QDate(2026, 12, 23), QTime(3, 0), Qt::UTC));
    QVERIFY(outside != 0);
    auto proposals = ws.proposeWindows({m_system}, {}, PlanType::Regular, 1);
    PP_VERIFY_OK(proposals);
    QVERIFY(!proposals->isEmpty());
    const qint64 inside = makePlan(ws, PlanType::Regular);
    QVERIFY(inside != 0);

    PlansPage page(&ws);
    page.show();
    page.selectPlan(outside);
    page.tabs()->setCurrentIndex(2);
    QVERIFY(page.conflictList()->topLevelItemCount() >= 1);
    bool found = false;
    for (int i = 0; i < page.conflictList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = page.conflictList()->topLevelItem(i);
        if (item->text(0) == displayName(ConflictKind::OutsideWindow)) {
            found = true;
            QCOMPARE(item->text(1), QStringLiteral("ERP-01"));
            QVERIFY(!item->text(2).isEmpty());
        }
    }
    QVERIFY(found);
    QVERIFY(page.tabs()->tabText(2).contains(
        QString::number(page.conflictList()->topLevelItemCount())));
    QVERIFY(page.conflictsEmptyLabel()->isHidden());

    // The proposed window is clean: the empty state says so.
    page.selectPlan(inside);
    QCOMPARE(page.conflictList()->topLevelItemCount(), int(proposals->first().conflicts.size()));
    if (proposals->first().conflicts.isEmpty()) {
        QVERIFY(!page.conflictsEmptyLabel()->isHidden());
        QVERIFY(page.conflictsEmptyLabel()->text().startsWith(QStringLiteral("No conflicts")));
    }
}

void tst_PlansUi::mnemonicsAreUniqueAndLeaveTheMenusAlone()
{
    Workspace ws;
    QVERIFY(openWorkspace(ws, QStringLiteral("keys.db")));
    const qint64 id = makePlan(ws, PlanType::Regular);
    QVERIFY(id != 0);
    PlansPage page(&ws);
    page.show();
    page.selectPlan(id);
    // The main window's menus: File, Edit, View, Tools, Help.
    const QString menuLetters = QStringLiteral("FEVTH");
    const auto letterOf = [](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&') && text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toUpper();
        }
        return QChar();
    };
    for (int tab = 0; tab < page.tabs()->count(); ++tab) {
        page.tabs()->setCurrentIndex(tab);
        QHash<QChar, QString> seen;
        QStringList texts;
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (l->isVisibleTo(&page) && l->buddy())
                texts << l->text();
        }
        for (QAbstractButton *b : page.findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(&page))
                texts << b->text();
        }
        for (const QString &text : texts) {
            const QChar c = letterOf(text);
            if (c.isNull())
                continue;
            QVERIFY2(!seen.contains(c), qPrintable(seen.value(c) + QLatin1String(" / ") + text));
            QVERIFY2(!menuLetters.contains(c), qPrintable(text));
            seen.insert(c, text);
        }
        QVERIFY(seen.size() >= 10);
    }
}

QTEST_MAIN(tst_PlansUi)
#include "tst_plansui.moc"
