// The issue 6 screens: the frozen-systems register lists the frozen components and their gaps;
// controls are added (undoably) through the dialog and close the gaps they should; recording
// evidence moves the next due date; a risk acceptance requested on the Vulnerabilities page
// needs a second person to approve it, then the finding is risk accepted; renewing withdraws the
// approval; an approved acceptance cannot be deleted; an expired one is a gap once the clock
// moves; the dashboard counts the gaps and its tiles ask for the register.
#include "testsupport.h"

#include "models/itemmodels/findingtablemodel.h"
#include "models/itemmodels/frozenregistermodel.h"
#include "models/planning/controlrules.h"
#include "models/storage/componentrepository.h"
#include "models/storage/controlrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/controls/acceptancedialog.h"
#include "ui/controls/controldialog.h"
#include "ui/controls/evidencedialog.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/gaptiles.h"
#include "ui/calendar/calendarpage.h"
#include "ui/frozen/frozenpage.h"
#include "ui/mainwindow.h"
#include "ui/vulnerabilities/vulnerabilitiespage.h"
#include "ui/widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

namespace {

const QDate kToday(2026, 11, 29);

QList<GapKind> gapKinds(const FrozenRegisterRow &row)
{
    QList<GapKind> kinds;
    for (const Gap &g : row.gaps)
        kinds << g.kind;
    return kinds;
}

bool saveEnabled(QDialogButtonBox *buttons)
{
    return buttons->button(QDialogButtonBox::Save)->isEnabled();
}

} // namespace

class tst_FrozenUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registerListsFrozenComponentsAndGaps();
    void controlDialogValidates();
    void addControlClosesEoslGapAndUndo();
    void evidenceMovesNextDueAndClearsOverdue();
    void acceptanceNeedsASecondPersonAndRenewal();
    void expiredAcceptanceIsAGap();
    void dashboardTilesCountAndAskForRegister();
    void mainWindowPagesAndLapseOnOpen();

private:
    qint64 addFinding(qint64 componentId, const QString &cve, const QString &state);
    const FrozenRegisterRow *rowOf(const FrozenPage &page, qint64 componentId) const;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
    qint64 m_frozenSystem = 0;
    qint64 m_oldOs = 0;      ///< frozen system's component, past EOSL
    qint64 m_activeApp = 0;  ///< a normal component: not in the register
    qint64 m_affected = 0;   ///< an open finding on m_oldOs
    qint64 m_accepted = 0;   ///< a risk-accepted finding on m_oldOs
};

void tst_FrozenUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::isolateSettings();
}

qint64 tst_FrozenUi::addFinding(qint64 componentId, const QString &cve, const QString &state)
{
    Database *db = m_ws->database();
    auto v = db->run(QStringLiteral("INSERT INTO vulnerabilities (identifier, title, severity, "
                                    "cvss_score, updated_at) VALUES (?, ?, 'high', 7.5, ?) "
                                    "RETURNING id"),
                     {cve, QStringLiteral("Title of %1").arg(cve), Database::nowUtc()});
    if (!v || !v->next())
        return 0;
    const qint64 vulnId = v->value(0).toLongLong();
    auto f = db->run(QStringLiteral("INSERT INTO findings (vulnerability_id, component_id, "
                                    "state, detected_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                                    "RETURNING id"),
                     {vulnId, componentId, state, QStringLiteral("2026-11-01T09:00:00Z"),
                      Database::nowUtc()});
    if (!f || !f->next())
        return 0;
    return f->value(0).toLongLong();
}

void tst_FrozenUi::init()
{
    m_dir = new QTemporaryDir;
    auto db = test::openTemp(*m_dir, QStringLiteral("frozen.db"));
    QVERIFY(db);
    System frozen;
    frozen.code = QStringLiteral("LEGACY");
    frozen.name = QStringLiteral("Legacy plant control");
    frozen.criticality = 1;
    frozen.lifecycleState = LifecycleState::Frozen;
    auto storedFrozen = SystemRepository(*db).insert(frozen);
    PP_VERIFY_OK(storedFrozen);
    m_frozenSystem = storedFrozen->id;
    System active;
    active.code = QStringLiteral("WEB");
    active.name = QStringLiteral("Web shop");
    auto storedActive = SystemRepository(*db).insert(active);
    PP_VERIFY_OK(storedActive);

    Component os;
    os.systemId = m_frozenSystem;
    os.kind = ComponentKind::Os;
    os.vendor = QStringLiteral("Microsoft");
    os.product = QStringLiteral("Windows Server");
    os.version = QStringLiteral("2008 R2");
    auto storedOs = ComponentRepository(*db).insert(os);
    PP_VERIFY_OK(storedOs);
    m_oldOs = storedOs->id;
    Component app;
    app.systemId = storedActive->id;
    app.kind = ComponentKind::Application;
    app.product = QStringLiteral("Shop");
    app.version = QStringLiteral("5.1");
    auto storedApp = ComponentRepository(*db).insert(app);
    PP_VERIFY_OK(storedApp);
    m_activeApp = storedApp->id;

    // Past EOSL by a manual date (the last supported day was 2020-01-14).
    ManualLifecycle m;
    m.componentId = m_oldOs;
    m.securitySupport = SupportEnd::on(QDate(2020, 1, 14));
    PP_VERIFY_OK(LifecycleRepository(*db).saveManual(m));

    m_ws = new Workspace;
    m_ws->setDatabase(std::move(db));
    m_ws->setToday(kToday);
    m_affected = addFinding(m_oldOs, QStringLiteral("CVE-2026-1111"), QStringLiteral("affected"));
    m_accepted = addFinding(m_oldOs, QStringLiteral("CVE-2026-2222"),
                            QStringLiteral("risk_accepted"));
    QVERIFY(m_affected > 0 && m_accepted > 0);
    m_ws->reload();
}

void tst_FrozenUi::cleanup()
{
    delete m_ws;
    m_ws = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

const FrozenRegisterRow *tst_FrozenUi::rowOf(const FrozenPage &page, qint64 componentId) const
{
    const int row = page.model()->rowOf(componentId);
    return row < 0 ? nullptr : page.model()->rowAt(row);
}

namespace {
/// The page reads its register on a worker: waits until the rows of its last read are in.
bool loaded(const FrozenPage &page)
{
    return QTest::qWaitFor([&page]() { return !page.isLoading(); }, 10000);
}
} // namespace

void tst_FrozenUi::registerListsFrozenComponentsAndGaps()
{
    FrozenPage page(m_ws);
    page.resize(1280, 800);
    page.show();
    QVERIFY(loaded(page));
    QCOMPARE(page.model()->rowCount(), 1); // the active system's component is not frozen
    const FrozenRegisterRow *row = rowOf(page, m_oldOs);
    QVERIFY(row);
    QVERIFY(row->systemFrozen);
    QCOMPARE(row->acceptedFindings.size(), 1);
    QCOMPARE(gapKinds(*row), (QList<GapKind>{GapKind::EoslWithoutSupport,
                                             GapKind::AcceptedWithoutLogReview}));
    QVERIFY(page.emptyLabel()->isHidden());
    QVERIFY(page.countLabel()->text().contains(QLatin1String("1 frozen component")));

    // Columns: EOSL date and status, accepted findings, gaps with their messages in the tooltip.
    QAbstractItemModel *m = page.table()->model();
    const auto cell = [m](int column, int role = Qt::DisplayRole) {
        return m->data(m->index(0, column), role);
    };
    QCOMPARE(cell(FrozenRegisterModel::SystemColumn).toString(), QStringLiteral("LEGACY"));
    QCOMPARE(cell(FrozenRegisterModel::StatusColumn).toString(), displayName(EoslStatus::Past));
    QCOMPARE(cell(FrozenRegisterModel::AcceptedColumn).toInt(), 1);
    QVERIFY(cell(FrozenRegisterModel::GapsColumn).toString().startsWith(QLatin1String("2 gap")));
    QVERIFY(cell(FrozenRegisterModel::GapsColumn, Qt::ToolTipRole)
                .toString()
                .contains(row->gaps.first().message));
    QVERIFY(cell(FrozenRegisterModel::EoslColumn, Qt::BackgroundRole).isValid());

    // The detail pane: the selected row's reason, EOSL status, gaps and accepted findings.
    QCOMPARE(page.selectedComponentId(), m_oldOs);
    const QString summary = page.summaryLabel()->text();
    QVERIFY(summary.contains(QLatin1String("CVE-2026-2222")));
    QVERIFY(summary.contains(row->gaps.first().message.toHtmlEscaped()));
    QVERIFY(summary.contains(QLatin1String("The system is frozen")));

    // Filters: the text, and only with gaps.
    page.filterEdit()->setText(QStringLiteral("windows 2008"));
    QCOMPARE(page.table()->model()->rowCount(), 1);
    page.filterEdit()->setText(QStringLiteral("CVE-2026-2222"));
    QCOMPARE(page.table()->model()->rowCount(), 1);
    page.filterEdit()->setText(QStringLiteral("oracle"));
    QCOMPARE(page.table()->model()->rowCount(), 0);
    QVERIFY(page.emptyLabel()->isVisible());
    QVERIFY(page.emptyLabel()->text().contains(QLatin1String("filters")));
    page.filterEdit()->clear();
    page.gapsOnlyCheck()->setChecked(true);
    QCOMPARE(page.table()->model()->rowCount(), 1);

    // Buttons follow the selection.
    QVERIFY(page.addControlButton()->isEnabled());
    QVERIFY(page.requestButton()->isEnabled());
    QVERIFY(!page.editControlButton()->isEnabled());
    QVERIFY(!page.approveButton()->isEnabled());
    QVERIFY(!page.canDelete());
}

void tst_FrozenUi::controlDialogValidates()
{
    Control c;
    c.componentId = m_oldOs;
    ControlDialog dialog(m_ws, c);
    // Attached to the component: its system is chosen, the component preselected.
    QCOMPARE(dialog.systemCombo()->currentData().toLongLong(), m_frozenSystem);
    QCOMPARE(dialog.componentCombo()->currentData().toLongLong(), m_oldOs);
    QVERIFY(!saveEnabled(dialog.buttons())); // no title yet
    QVERIFY(!dialog.errorLabel()->isHidden());
    dialog.titleEdit()->setText(QStringLiteral("ACL: only the jump host"));
    QVERIFY(saveEnabled(dialog.buttons()));
    QVERIFY(dialog.errorLabel()->isHidden());

    // Valid until before valid from is refused, with the rules' message.
    dialog.validFromCheck()->setChecked(true);
    dialog.validFromEdit()->setDate(QDate(2026, 6, 1));
    dialog.validUntilCheck()->setChecked(true);
    dialog.validUntilEdit()->setDate(QDate(2026, 5, 31));
    QVERIFY(!saveEnabled(dialog.buttons()));
    QVERIFY(!dialog.problems().isEmpty());
    QCOMPARE(dialog.errorLabel()->text(), dialog.problems().join(QLatin1Char('\n')));
    dialog.validUntilEdit()->setDate(QDate(2027, 5, 31));
    QVERIFY(saveEnabled(dialog.buttons()));

    // A log review is periodic: choosing it ticks Periodic.
    QVERIFY(!dialog.periodicCheck()->isChecked());
    dialog.kindCombo()->setCurrentIndex(
        dialog.kindCombo()->findData(int(ControlKind::LogReview)));
    QVERIFY(dialog.periodicCheck()->isChecked());
    dialog.cadenceSpin()->setValue(7);

    // The findings of the component, the accepted one included.
    QVERIFY(dialog.findingCombo()->findData(m_accepted) > 0);
    QVERIFY(dialog.findingCombo()->findData(m_affected) > 0);
    dialog.findingCombo()->setCurrentIndex(dialog.findingCombo()->findData(m_accepted));
    const Control out = dialog.control();
    QCOMPARE(out.kind, ControlKind::LogReview);
    QCOMPARE(out.cadenceDays, std::optional<int>(7));
    QCOMPARE(out.componentId, m_oldOs);
    QCOMPARE(out.findingId, m_accepted);
    QCOMPARE(out.systemId, qint64(0));
    QCOMPARE(out.validUntil, QDate(2027, 5, 31));

    // The whole system: no component, no finding.
    dialog.componentCombo()->setCurrentIndex(0);
    QVERIFY(!dialog.findingCombo()->isEnabled());
    QCOMPARE(dialog.control().systemId, m_frozenSystem);
    QCOMPARE(dialog.control().componentId, qint64(0));
    QCOMPARE(dialog.control().findingId, qint64(0));
}

void tst_FrozenUi::addControlClosesEoslGapAndUndo()
{
    FrozenPage page(m_ws);
    page.resize(1280, 800);
    page.show();
    QVERIFY(loaded(page));
    page.selectComponent(m_oldOs);
    int dialogs = 0;
    page.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ControlDialog *>(&d);
        if (!dialog)
            return false;
        ++dialogs;
        // Prefilled for the selected row, with the kind that closes its first gap.
        if (dialog->componentCombo()->currentData().toLongLong() != m_oldOs)
            return false;
        if (ControlKind(dialog->kindCombo()->currentData().toInt())
            != ControlKind::VendorSupportContract)
            return false;
        dialog->titleEdit()->setText(QStringLiteral("Individual support contract"));
        dialog->ownerEdit()->setText(QStringLiteral("procurement"));
        dialog->validUntilCheck()->setChecked(true);
        dialog->validUntilEdit()->setDate(QDate(2027, 3, 31));
        return saveEnabled(dialog->buttons());
    });
    QVERIFY(page.canCreate());
    page.createItem(); // Ctrl+N
    QVERIFY(loaded(page));
    QCOMPARE(dialogs, 1);
    auto controls = m_ws->controls();
    PP_VERIFY_OK(controls);
    QCOMPARE(controls->size(), 1);
    QCOMPARE(controls->first().kind, ControlKind::VendorSupportContract);
    QCOMPARE(controls->first().componentId, m_oldOs);
    QCOMPARE(controls->first().owner, QStringLiteral("procurement"));
    const FrozenRegisterRow *row = rowOf(page, m_oldOs);
    QVERIFY(row);
    QVERIFY(!gapKinds(*row).contains(GapKind::EoslWithoutSupport));
    QCOMPARE(row->controls.size(), 1);
    QCOMPARE(page.controlList()->topLevelItemCount(), 1);
    QCOMPARE(page.selectedControlId(), controls->first().id);
    QVERIFY(page.editControlButton()->isEnabled());
    QCOMPARE(page.table()->model()->data(page.table()->model()->index(
                 0, FrozenRegisterModel::ControlsColumn)).toInt(), 1);

    // Undo removes it, and the register shows the gap again (reloaded on the change).
    m_ws->undoStack()->undo();
    auto after = m_ws->controls();
    PP_VERIFY_OK(after);
    QVERIFY(after->isEmpty());
    QTRY_VERIFY(rowOf(page, m_oldOs)
                && gapKinds(*rowOf(page, m_oldOs)).contains(GapKind::EoslWithoutSupport));
    QCOMPARE(page.controlList()->topLevelItemCount(), 0);

    // Redo, then delete it through the page (confirmed), undoably.
    m_ws->undoStack()->redo();
    QTRY_COMPARE(page.controlList()->topLevelItemCount(), 1);
    page.selectControl(m_ws->controls()->first().id);
    QString asked;
    page.setConfirmer([&asked](const QString &q) {
        asked = q;
        return true;
    });
    QVERIFY(page.canDelete());
    page.deleteSelected();
    QVERIFY(loaded(page));
    QVERIFY(asked.contains(QLatin1String("Individual support contract")));
    QVERIFY(m_ws->controls()->isEmpty());
}

void tst_FrozenUi::evidenceMovesNextDueAndClearsOverdue()
{
    // A monthly log review of the accepted finding, never done and due since 40 days ago.
    Control review;
    review.kind = ControlKind::LogReview;
    review.title = QStringLiteral("Monthly review of the RDP logs");
    review.owner = QStringLiteral("soc");
    review.componentId = m_oldOs;
    review.findingId = m_accepted;
    review.cadenceDays = 30;
    review.validFrom = kToday.addDays(-40);
    const qint64 id = m_ws->addControl(review);
    QVERIFY(id > 0);

    FrozenPage page(m_ws);
    page.resize(1280, 800);
    page.show();
    QVERIFY(loaded(page));
    const FrozenRegisterRow *row = rowOf(page, m_oldOs);
    QVERIFY(row);
    QVERIFY(gapKinds(*row).contains(GapKind::ControlOverdue));
    QVERIFY(gapKinds(*row).contains(GapKind::AcceptedWithoutLogReview)); // overdue: not current
    page.selectComponent(m_oldOs);
    page.selectControl(id);
    QCOMPARE(page.selectedControlId(), id);
    QVERIFY(page.controlList()->topLevelItem(0)->text(5).contains(QLatin1String("overdue")));
    QCOMPARE(page.evidenceList()->topLevelItemCount(), 0);

    int shown = 0;
    page.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<EvidenceDialog *>(&d);
        if (!dialog)
            return false;
        ++shown;
        dialog->noteEdit()->setPlainText(QStringLiteral("No exploitation attempts"));
        dialog->referenceEdit()->setText(QStringLiteral("TICKET-42"));
        return true;
    });
    QVERIFY(page.evidenceButton()->isEnabled());
    page.evidenceButton()->click();
    QVERIFY(loaded(page));
    QCOMPARE(shown, 1);
    auto stored = m_ws->control(id);
    PP_VERIFY_OK(stored);
    QCOMPARE((*stored)->lastDone, kToday);
    QCOMPARE((*stored)->nextDue, kToday.addDays(30));
    row = rowOf(page, m_oldOs);
    QVERIFY(row);
    QVERIFY(!gapKinds(*row).contains(GapKind::ControlOverdue));
    QVERIFY(!gapKinds(*row).contains(GapKind::AcceptedWithoutLogReview));
    QCOMPARE(row->nextDue, kToday.addDays(30));
    QCOMPARE(page.selectedControlId(), id);
    QCOMPARE(page.evidenceList()->topLevelItemCount(), 1);
    QCOMPARE(page.evidenceList()->topLevelItem(0)->text(3), QStringLiteral("TICKET-42"));
    QCOMPARE(page.messageBar()->type(), MessageBar::Type::Positive);

    // A control with evidence cannot be deleted: the repository's refusal is reported.
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    page.setConfirmer([](const QString &) { return true; });
    page.deleteControl();
    QVERIFY(loaded(page));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(m_ws->control(id)->has_value());
}

void tst_FrozenUi::acceptanceNeedsASecondPersonAndRenewal()
{
    // Requested from the Vulnerabilities page for the open finding.
    VulnerabilitiesPage vulns(m_ws);
    vulns.resize(1280, 800);
    vulns.show();
    vulns.showSystem(m_frozenSystem);
    QTRY_VERIFY(vulns.findingModel()->rowOf(m_affected) >= 0);
    vulns.selectFindings({m_affected});
    QCOMPARE(vulns.selectedFindings(), QList<qint64>{m_affected});
    QVERIFY(vulns.acceptanceButton()->isEnabled());
    int opened = 0;
    connect(&vulns, &VulnerabilitiesPage::acceptanceDialogOpened, this,
            [&opened](AcceptanceDialog *dialog) {
                ++opened;
                // Requester is the user; the expiry is mandatory, 180 days out by default.
                QCOMPARE(dialog->requesterEdit()->text(), QStringLiteral("tester"));
                QCOMPARE(dialog->expiryEdit()->date(), kToday.addDays(180));
                QVERIFY(dialog->subjectLabel()->text().contains(QLatin1String("CVE-2026-1111")));
                dialog->expiryEdit()->setDate(kToday);
                QVERIFY(!saveEnabled(dialog->buttons())); // must be after today
                dialog->expiryEdit()->setDate(kToday.addDays(90));
                dialog->rationaleEdit()->setPlainText(QStringLiteral("Isolated OT segment"));
                dialog->residualRiskEdit()->setPlainText(QStringLiteral("Low"));
                dialog->responseCombo()->setCurrentIndex(
                    dialog->responseCombo()->findData(int(RiskResponse::Mitigate)));
                QVERIFY(saveEnabled(dialog->buttons()));
                dialog->accept();
            });
    vulns.acceptanceButton()->click();
    QCOMPARE(opened, 1);
    auto all = m_ws->acceptances();
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    const RiskAcceptance requested = all->first();
    QCOMPARE(requested.findingId, m_affected);
    QCOMPARE(requested.requester, QStringLiteral("tester"));
    QCOMPARE(requested.response, RiskResponse::Mitigate);
    QCOMPARE(requested.expiresOn, kToday.addDays(90));
    QVERIFY(!requested.isApproved());

    // On the register: pending; approving it as the requester is refused with the reason.
    FrozenPage page(m_ws);
    page.resize(1280, 800);
    page.show();
    QVERIFY(loaded(page));
    page.selectComponent(m_oldOs);
    QCOMPARE(page.acceptanceList()->topLevelItemCount(), 1);
    QCOMPARE(page.acceptanceList()->topLevelItem(0)->text(0), QStringLiteral("CVE-2026-1111"));
    QCOMPARE(page.acceptanceList()->topLevelItem(0)->text(2),
             displayName(AcceptanceState::PendingApproval));
    page.selectAcceptance(requested.id);
    QVERIFY(page.approveButton()->isEnabled());
    QString question;
    page.setConfirmer([&question](const QString &q) {
        question = q;
        return true;
    });
    page.approveAcceptance();
    QVERIFY(loaded(page));
    QVERIFY(question.contains(QLatin1String("tester")));
    QVERIFY(question.contains(QLatin1String("cannot be undone")));
    QCOMPARE(page.messageBar()->type(), MessageBar::Type::Error);
    QVERIFY(!page.messageBar()->text().isEmpty());
    QVERIFY(!m_ws->acceptance(requested.id)->value().isApproved());

    // Another person approves it: the finding becomes risk accepted.
    m_ws->database()->setActor(QStringLiteral("boss"));
    page.approveAcceptance();
    QVERIFY(loaded(page));
    auto approved = m_ws->acceptance(requested.id);
    PP_VERIFY_OK(approved);
    QVERIFY((*approved)->isApproved());
    QCOMPARE((*approved)->approver, QStringLiteral("boss"));
    auto finding = FindingRepository(*m_ws->database()).find(m_affected);
    PP_VERIFY_OK(finding);
    QCOMPARE((*finding)->state, AnalysisState::RiskAccepted);
    QCOMPARE(page.selectedAcceptanceId(), requested.id);
    QCOMPARE(page.acceptanceList()->topLevelItem(0)->text(2), displayName(AcceptanceState::Active));
    QVERIFY(!page.approveButton()->isEnabled());
    QVERIFY(page.summaryLabel()->text().contains(QLatin1String("CVE-2026-1111")));

    // An approved acceptance cannot be deleted.
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    page.deleteAcceptance();
    QVERIFY(loaded(page));
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_ws->acceptance(requested.id)->has_value());

    // Renewing sets the new expiry and withdraws the approval.
    page.setDialogRunner([](QDialog &d) {
        auto *date = d.findChild<QDateEdit *>(QStringLiteral("renewDate"));
        if (d.objectName() != QLatin1String("renewDialog") || !date)
            return false;
        date->setDate(QDate(2027, 11, 30));
        return true;
    });
    page.renewAcceptance();
    QVERIFY(loaded(page));
    auto renewed = m_ws->acceptance(requested.id);
    PP_VERIFY_OK(renewed);
    QCOMPARE((*renewed)->expiresOn, QDate(2027, 11, 30));
    QVERIFY(!(*renewed)->isApproved());
    QCOMPARE(page.acceptanceList()->topLevelItem(0)->text(2),
             displayName(AcceptanceState::PendingApproval));

    // Editing an approved acceptance warns that saving withdraws the approval.
    page.approveAcceptance();
    QVERIFY(loaded(page));
    QVERIFY(m_ws->acceptance(requested.id)->value().isApproved());
    QString approvalText;
    page.setDialogRunner([&approvalText](QDialog &d) {
        auto *dialog = qobject_cast<AcceptanceDialog *>(&d);
        if (!dialog)
            return false;
        approvalText = dialog->approvalLabel()->text();
        return false;
    });
    page.editAcceptance();
    QVERIFY(approvalText.contains(QLatin1String("boss")));
    QVERIFY(approvalText.contains(QLatin1String("withdraws")));

    // The component's own acceptance, requested on the register, is undoable.
    page.setDialogRunner([](QDialog &d) {
        auto *dialog = qobject_cast<AcceptanceDialog *>(&d);
        if (!dialog || !dialog->subjectLabel()->text().contains(QLatin1String("Windows Server")))
            return false;
        dialog->rationaleEdit()->setPlainText(QStringLiteral("Replacement in FY2027"));
        return saveEnabled(dialog->buttons());
    });
    page.requestAcceptance();
    QVERIFY(loaded(page));
    QCOMPARE(m_ws->acceptances()->size(), 2);
    QCOMPARE(page.acceptanceList()->topLevelItemCount(), 2);
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->acceptances()->size(), 1);
    QTRY_COMPARE(page.acceptanceList()->topLevelItemCount(), 1);
}

void tst_FrozenUi::expiredAcceptanceIsAGap()
{
    RiskAcceptance a;
    a.componentId = m_oldOs;
    a.requester = QStringLiteral("alice");
    a.rationale = QStringLiteral("Replacement in FY2027");
    a.expiresOn = kToday.addDays(10);
    const qint64 id = m_ws->requestAcceptance(a);
    QVERIFY(id > 0);
    auto approved = m_ws->approveAcceptance(id, 1); // as "tester"
    PP_VERIFY_OK(approved);

    FrozenPage page(m_ws);
    page.resize(1280, 800);
    page.show();
    QVERIFY(loaded(page));
    page.selectComponent(m_oldOs);
    QCOMPARE(page.acceptanceList()->topLevelItemCount(), 1);
    // (English plurals come from the translation, which tests do not load.)
    QVERIFY(page.acceptanceList()->topLevelItem(0)->text(2).startsWith(
        QLatin1String("Expiring in 10 day")));
    QVERIFY(!gapKinds(*rowOf(page, m_oldOs)).contains(GapKind::AcceptanceExpired));

    // The day after its expiry it is a gap.
    m_ws->setToday(kToday.addDays(11));
    page.reload();
    QVERIFY(loaded(page));
    const FrozenRegisterRow *row = rowOf(page, m_oldOs);
    QVERIFY(row);
    QVERIFY(gapKinds(*row).contains(GapKind::AcceptanceExpired));
    QCOMPARE(page.acceptanceList()->topLevelItem(0)->text(2),
             displayName(AcceptanceState::Expired));
    page.gapsOnlyCheck()->setChecked(true);
    QCOMPARE(page.table()->model()->rowCount(), 1);
}

void tst_FrozenUi::dashboardTilesCountAndAskForRegister()
{
    RiskAcceptance a;
    a.componentId = m_oldOs;
    a.requester = QStringLiteral("alice");
    a.rationale = QStringLiteral("Replacement in FY2027");
    a.expiresOn = kToday.addDays(20);
    const qint64 id = m_ws->requestAcceptance(a);
    QVERIFY(id > 0);
    PP_VERIFY_OK(m_ws->approveAcceptance(id, 1));

    DashboardPage dashboard(m_ws);
    GapTiles *tiles = dashboard.gapTiles();
    QVERIFY(tiles);
    // The dashboard reads in the background (issue 9): wait for its figures.
    QTRY_VERIFY(!dashboard.isLoading());
    QTRY_COMPARE(tiles->value(GapTiles::Tile::FrozenComponents), 1);
    QCOMPARE(tiles->value(GapTiles::Tile::EoslWithoutSupport), 1);
    QCOMPARE(tiles->value(GapTiles::Tile::AcceptedWithoutLogReview), 1);
    QCOMPARE(tiles->value(GapTiles::Tile::ControlOverdue), 0);
    QCOMPARE(tiles->value(GapTiles::Tile::AcceptanceExpired), 0);
    QCOMPARE(tiles->value(GapTiles::Tile::AcceptancesExpiring), 1);

    // A support contract closes the EOSL gap; the dashboard follows the change.
    Control contract;
    contract.componentId = m_oldOs;
    contract.kind = ControlKind::VendorSupportContract;
    contract.title = QStringLiteral("Individual support contract");
    QVERIFY(m_ws->addControl(contract) > 0);
    QTRY_COMPARE(tiles->value(GapTiles::Tile::EoslWithoutSupport), 0);

    QSignalSpy requested(&dashboard, &DashboardPage::frozenRegisterRequested);
    QTest::mouseClick(tiles->tile(GapTiles::Tile::AcceptedWithoutLogReview), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    tiles->tile(GapTiles::Tile::FrozenComponents)->click();
    QCOMPARE(requested.size(), 2);
}

void tst_FrozenUi::mainWindowPagesAndLapseOnOpen()
{
    // An acceptance that expired yesterday (real clock: the window runs on the local date).
    const QDate today = QDate::currentDate();
    RiskAcceptance a;
    a.findingId = m_accepted;
    a.requester = QStringLiteral("alice");
    a.expiresOn = today.addDays(-1);
    a.rationale = QStringLiteral("Plant shutdown in spring");
    auto request = ControlRepository(*m_ws->database()).insertAcceptance(a);
    PP_VERIFY_OK(request);
    m_ws->database()->setActor(QStringLiteral("carol"));
    PP_VERIFY_OK(ControlRepository(*m_ws->database())
                     .approveAcceptance(request->id, request->rowVersion, today.addDays(-60)));
    const QString location = m_ws->location();
    delete m_ws; // the window opens its own
    m_ws = nullptr;

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(location));
    // Opening lapsed it and said so.
    auto *bar = window.findChild<MessageBar *>(QStringLiteral("windowMessageBar"));
    QVERIFY(bar);
    QVERIFY2(bar->text().contains(QStringLiteral("lapsed")), qPrintable(bar->text()));
    auto reopened = Database::open(location);
    PP_VERIFY_OK(reopened);
    auto f = FindingRepository(**reopened).find(m_accepted);
    PP_VERIFY_OK(f);
    QCOMPARE((*f)->state, AnalysisState::NotSet);

    auto *stack = window.findChild<QStackedWidget *>();
    QCOMPARE(stack->count(), 11);
    QAction *eight = nullptr;
    QAction *nine = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_8))
            eight = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_9))
            nine = action;
    }
    QVERIFY(eight && nine);
    eight->trigger();
    QVERIFY(qobject_cast<FrozenPage *>(stack->currentWidget()));
    nine->trigger();
    QVERIFY(qobject_cast<CalendarPage *>(stack->currentWidget()));
    // A dashboard gap tile opens the register.
    window.showPage(0);
    auto *tiles = window.findChild<GapTiles *>();
    QVERIFY(tiles);
    QTRY_VERIFY(tiles->value(GapTiles::Tile::FrozenComponents) > 0);
    QTest::mouseClick(tiles->tile(GapTiles::Tile::FrozenComponents), Qt::LeftButton);
    QVERIFY(qobject_cast<FrozenPage *>(stack->currentWidget()));
}

QTEST_MAIN(tst_FrozenUi)
#include "tst_frozenui.moc"
