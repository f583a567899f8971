// The issue 6 Calendar page: it lists the operational cadences (Workspace::applyCalendar) and
// the periodic controls, overdue first, grouped by week or month with the right headers across
// a month end and a year end; marking done through the evidence dialog moves the next due date
// (never with evidence in the future), records a control's evidence, edits an interval undoably
// and makes the scan due after a major change; the filters, horizon and saved state work.
#include "testsupport.h"

#include "models/domain/control.h"
#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/duetablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/calendar/cadencedialog.h"
#include "ui/calendar/calendarpage.h"
#include "ui/controls/evidencedialog.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

namespace {

const QDate kCreated(2026, 11, 20); ///< the day the default cadences were created (all due)
const QDate kToday(2026, 12, 28);   ///< a Monday, in ISO week 53 of 2026

/// The group header texts of the page's tree, in order.
QStringList groupTitles(const CalendarPage &page)
{
    QStringList out;
    const QAbstractItemModel *m = page.tree()->model();
    for (int g = 0; g < m->rowCount(); ++g)
        out << m->index(g, 0).data().toString();
    return out;
}

/// "SYSTEM obligation" of every row of group @p group.
QStringList groupRows(const CalendarPage &page, int group)
{
    QStringList out;
    const QAbstractItemModel *m = page.tree()->model();
    const QModelIndex g = m->index(group, 0);
    for (int r = 0; r < m->rowCount(g); ++r)
        out << m->index(r, DueTableModel::System, g).data().toString() + QLatin1Char(' ')
                + m->index(r, DueTableModel::Obligation, g).data().toString();
    return out;
}

std::optional<Cadence> cadenceOf(const Workspace &ws, qint64 systemId, CadenceKind kind)
{
    auto all = ws.cadences(systemId);
    if (!all)
        return std::nullopt;
    for (const Cadence &c : *all) {
        if (c.kind == kind)
            return c;
    }
    return std::nullopt;
}

} // namespace

class tst_CalendarUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsCadencesOverdueFirstGroupedByWeekAndMonth();
    void horizonAndFilters();
    void markDoneMovesTheNextDueDate();
    void evidenceInTheFutureIsImpossible();
    void controlEvidenceIsRecorded();
    void editIntervalIsUndoable();
    void majorChangeMakesTheScanDue();
    void reloadsWhenShownAndKeepsState();

private:
    /// Marks @p kind of @p systemId done on @p day (the clock moved back there meanwhile).
    void markDone(Workspace &ws, qint64 systemId, CadenceKind kind, const QDate &day);

    QTemporaryDir m_dir;
    QString m_location;
    qint64 m_erp = 0; ///< tier 1: scan, drill, EOSL review, incident profile review
    qint64 m_ot = 0;  ///< tier 3: no drill
    int m_round = 0;
};

void tst_CalendarUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::isolateSettings();
    QLocale::setDefault(QLocale::c());
    // These tests are about what the page shows and does with its rows: read them at once.
    // That the page reads them on a worker is tst_backgroundload's (dueItemsLoadInBackground).
    BackgroundLoader::setReadOnCallingThread(true);
}

void tst_CalendarUi::markDone(Workspace &ws, qint64 systemId, CadenceKind kind, const QDate &day)
{
    const auto c = cadenceOf(ws, systemId, kind);
    QVERIFY(c);
    PP_VERIFY_OK(ws.markCadenceDone(c->id, c->rowVersion, day, QStringLiteral("setup")));
}

void tst_CalendarUi::init()
{
    // A fresh estate per test: ERP-01 (tier 1) and OT-01 (tier 3), their default cadences
    // created on 2026-11-20, some done since so that on 2026-12-28:
    //   overdue: ERP-01 incident profile review, OT-01 scan, OT-01 incident profile review
    //   ERP-01 EOSL review 2026-12-31 (week 53, December), backup-restore drill 2027-01-03
    //   (Sunday of week 53, January), vulnerability scan 2027-01-10 (week 1), and OT-01 EOSL
    //   review 2027-03-29 (past a 3-month horizon).
    const QString name = QStringLiteral("calendar%1.db").arg(++m_round);
    auto db = test::openTemp(m_dir, name);
    QVERIFY(db);
    m_location = test::location(m_dir, name);
    System erp;
    erp.code = QStringLiteral("ERP-01");
    erp.name = QStringLiteral("Enterprise resource planning");
    erp.criticality = 1;
    auto storedErp = SystemRepository(*db).insert(erp);
    PP_VERIFY_OK(storedErp);
    m_erp = storedErp->id;
    System ot;
    ot.code = QStringLiteral("OT-01");
    ot.name = QStringLiteral("Line controller");
    ot.criticality = 3;
    auto storedOt = SystemRepository(*db).insert(ot);
    PP_VERIFY_OK(storedOt);
    m_ot = storedOt->id;
    db.reset();

    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kCreated);
    PP_VERIFY_OK(ws.applyCalendar());
    auto all = ws.cadences();
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 7);
    ws.setToday(kToday);
    markDone(ws, m_erp, CadenceKind::EoslReview, QDate(2026, 10, 1));
    markDone(ws, m_erp, CadenceKind::BackupRestoreDrill, QDate(2026, 7, 5));
    markDone(ws, m_erp, CadenceKind::VulnerabilityScan, QDate(2026, 1, 10));
    markDone(ws, m_ot, CadenceKind::EoslReview, kToday);
}

void tst_CalendarUi::listsCadencesOverdueFirstGroupedByWeekAndMonth()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kToday);
    CalendarPage page(&ws);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QCOMPARE(page.horizonChooser()->currentIndex(), int(CalendarPage::Horizon::ThreeMonths));
    QCOMPARE(page.model()->rowCount(), 6);
    QVERIFY(page.emptyLabel()->isHidden());
    QCOMPARE(page.countLabel()->text(), QStringLiteral("6 obligation(s), 3 overdue"));
    QCOMPARE(groupTitles(page),
             (QStringList{QStringLiteral("Overdue (3)"),
                          QStringLiteral("Week 53: 28 Dec 2026 \u2013 3 Jan 2027 (2)"),
                          QStringLiteral("Week 1: 4 Jan \u2013 10 Jan 2027 (1)")}));
    QCOMPARE(groupRows(page, 1), (QStringList{QStringLiteral("ERP-01 EOSL review"),
                                              QStringLiteral("ERP-01 Backup-restore drill")}));
    const QModelIndex overdueGroup = page.tree()->model()->index(0, 0);
    QVERIFY(page.tree()->isExpanded(overdueGroup));
    QVERIFY(page.tree()->isFirstColumnSpanned(0, QModelIndex()));
    const QModelIndex firstOverdue
        = page.tree()->model()->index(0, DueTableModel::Status, overdueGroup);
    QCOMPARE(firstOverdue.data().toString(), QStringLiteral("Overdue by 38 day(s)"));

    // By month: the drill of Sunday 3 January is in January, not in December's week.
    page.groupChooser()->setCurrentIndex(1);
    QCOMPARE(groupTitles(page),
             (QStringList{QStringLiteral("Overdue (3)"), QStringLiteral("December 2026 (1)"),
                          QStringLiteral("January 2027 (2)")}));
    QCOMPARE(groupRows(page, 2), (QStringList{QStringLiteral("ERP-01 Backup-restore drill"),
                                              QStringLiteral("ERP-01 Vulnerability scan")}));
    QVERIFY(page.tree()->isExpanded(page.tree()->model()->index(2, 0)));

    // Headers cannot be selected or marked done; Enter on a row opens the evidence dialog.
    int dialogs = 0;
    page.setDialogRunner([&dialogs](QDialog &d) {
        if (qobject_cast<EvidenceDialog *>(&d))
            ++dialogs;
        return false; // cancelled
    });
    page.tree()->setCurrentIndex(page.tree()->model()->index(1, 0));
    QVERIFY(!page.selectedItem());
    QVERIFY(!page.markDoneButton()->isEnabled());
    page.tree()->setFocus();
    QTest::keyClick(page.tree(), Qt::Key_Return);
    QCOMPARE(dialogs, 0);
    QVERIFY(page.selectItem(DueItem::Source::Cadence,
                            cadenceOf(ws, m_erp, CadenceKind::EoslReview)->id));
    QVERIFY(page.markDoneButton()->isEnabled());
    QVERIFY(page.editIntervalButton()->isEnabled());
    QTest::keyClick(page.tree(), Qt::Key_Return);
    QCOMPARE(dialogs, 1);
}

void tst_CalendarUi::horizonAndFilters()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kToday);
    CalendarPage page(&ws);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 6);

    page.horizonChooser()->setCurrentIndex(int(CalendarPage::Horizon::Everything));
    QCOMPARE(page.model()->rowCount(), 7);
    page.groupChooser()->setCurrentIndex(1);
    QCOMPARE(groupTitles(page).last(), QStringLiteral("March 2027 (1)"));
    page.horizonChooser()->setCurrentIndex(int(CalendarPage::Horizon::FourWeeks));
    // Overdue ones whatever the horizon; up to 24 January.
    QCOMPARE(page.model()->rowCount(), 6);
    QCOMPARE(CalendarPage::horizonEnd(CalendarPage::Horizon::FourWeeks, kToday),
             QDate(2027, 1, 24));
    QCOMPARE(CalendarPage::horizonEnd(CalendarPage::Horizon::TwelveMonths, kToday),
             QDate(2027, 12, 28));

    // System filter.
    const int ot = page.systemChooser()->findData(m_ot);
    QVERIFY(ot > 0);
    page.systemChooser()->setCurrentIndex(ot);
    QCOMPARE(groupTitles(page), QStringList{QStringLiteral("Overdue (2)")});
    QCOMPARE(page.countLabel()->text(), QStringLiteral("2 of 6 obligations, 2 overdue"));
    page.systemChooser()->setCurrentIndex(0);

    // Text filter, focused by the window's Ctrl+F.
    page.focusFilter();
    QVERIFY(page.filterEdit()->hasFocus());
    QTest::keyClicks(page.filterEdit(), QStringLiteral("scan"));
    QCOMPARE(groupTitles(page), (QStringList{QStringLiteral("Overdue (1)"),
                                             QStringLiteral("January 2027 (1)")}));
    page.filterEdit()->setText(QStringLiteral("no such thing"));
    QVERIFY(page.tree()->isHidden());
    QVERIFY(page.emptyLabel()->isVisible());
    QVERIFY(page.emptyLabel()->text().contains(QStringLiteral("matches the filters")));
    page.filterEdit()->clear();
    QVERIFY(page.emptyLabel()->isHidden());

    // Nothing in the horizon: the empty state says how to see more.
    Workspace other;
    PP_VERIFY_OK(other.open(m_location));
    other.setToday(QDate(2026, 1, 2)); // before everything was created: nothing overdue
    CalendarPage early(&other);
    early.show();
    QVERIFY(QTest::qWaitForWindowExposed(&early));
    QCOMPARE(early.model()->rowCount(), 0);
    QVERIFY(early.emptyLabel()->isVisible());
    QVERIFY(early.emptyLabel()->text().contains(QStringLiteral("longer horizon")));
}

void tst_CalendarUi::markDoneMovesTheNextDueDate()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kToday);
    CalendarPage page(&ws);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const Cadence scan = *cadenceOf(ws, m_ot, CadenceKind::VulnerabilityScan);
    QCOMPARE(scan.nextDue, kCreated);
    QVERIFY(page.selectItem(DueItem::Source::Cadence, scan.id));

    bool filled = false;
    page.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<EvidenceDialog *>(&d);
        if (!dialog)
            return false;
        filled = true;
        // A cadence records the date and a note only.
        [&]() {
            QCOMPARE(dialog->kind(), EvidenceDialog::Kind::Cadence);
            QVERIFY(dialog->windowTitle().contains(QStringLiteral("Vulnerability scan of OT-01")));
            QCOMPARE(dialog->dateEdit()->date(), kToday);
            QVERIFY(dialog->dateEdit()->calendarPopup());
            QVERIFY(dialog->doneByEdit()->isHidden());
            QVERIFY(dialog->referenceEdit()->isHidden());
            QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        }();
        dialog->dateEdit()->setDate(QDate(2026, 12, 27));
        dialog->noteEdit()->setPlainText(QStringLiteral("Nessus run, nothing new"));
        return true;
    });
    page.markDoneButton()->click();
    QVERIFY(filled);

    const Cadence after = *cadenceOf(ws, m_ot, CadenceKind::VulnerabilityScan);
    QCOMPARE(after.lastDone, QDate(2026, 12, 27));
    QCOMPARE(after.nextDue, QDate(2027, 12, 27));
    QCOMPARE(after.note, QStringLiteral("Nessus run, nothing new"));
    QCOMPARE(page.messageBar()->type(), MessageBar::Type::Positive);
    QCOMPARE(page.messageBar()->text(),
             QStringLiteral("Marked \u201cVulnerability scan\u201d of OT-01 done on 2026-12-27; "
                            "next due 2027-12-27."));
    // Out of the overdue group, and past the 3-month horizon.
    QCOMPARE(groupTitles(page).first(), QStringLiteral("Overdue (2)"));
    QCOMPARE(page.model()->rowOf(DueItem::Source::Cadence, scan.id), -1);

    // Cancelling changes nothing.
    const Cadence incident = *cadenceOf(ws, m_ot, CadenceKind::IncidentProfileReview);
    QVERIFY(page.selectItem(DueItem::Source::Cadence, incident.id));
    page.setDialogRunner([](QDialog &) { return false; });
    page.markDoneButton()->click();
    QCOMPARE(cadenceOf(ws, m_ot, CadenceKind::IncidentProfileReview)->rowVersion,
             incident.rowVersion);

    // Someone else marked it done meanwhile: the page reports the conflict, the data stays.
    Workspace other;
    PP_VERIFY_OK(other.open(m_location));
    other.setToday(kToday);
    PP_VERIFY_OK(other.markCadenceDone(incident.id, incident.rowVersion, kToday, QString()));
    page.setDialogRunner([](QDialog &) { return true; });
    QVERIFY(page.selectItem(DueItem::Source::Cadence, incident.id));
    page.markDoneButton()->click();
    QCOMPARE(page.messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(page.messageBar()->text().contains(QStringLiteral("could not be marked done")),
             qPrintable(page.messageBar()->text()));
}

void tst_CalendarUi::evidenceInTheFutureIsImpossible()
{
    // The dialog: no date after today, and a control needs who did it.
    EvidenceDialog dialog(EvidenceDialog::Kind::Control, QStringLiteral("Log review of OT-01"),
                          kToday, QStringLiteral("aiko"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Record evidence: Log review of OT-01"));
    QCOMPARE(dialog.dateEdit()->maximumDate(), kToday);
    dialog.dateEdit()->setDate(kToday.addDays(1));
    QCOMPARE(dialog.doneOn(), kToday);
    QVERIFY(dialog.validationError().isEmpty());
    QVERIFY(!dialog.referenceEdit()->placeholderText().isEmpty());
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dialog.doneByEdit()->clear();
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.validationError(), QStringLiteral("The evidence needs who did the check."));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted while invalid
    dialog.doneByEdit()->setText(QStringLiteral("  Aiko  "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.doneBy(), QStringLiteral("Aiko"));

    // The workspace refuses evidence in the future too, whatever the caller.
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kToday);
    const Cadence scan = *cadenceOf(ws, m_ot, CadenceKind::VulnerabilityScan);
    auto refused = ws.markCadenceDone(scan.id, scan.rowVersion, kToday.addDays(1), QString());
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("in the future")));
    QCOMPARE(cadenceOf(ws, m_ot, CadenceKind::VulnerabilityScan)->nextDue, kCreated);
}

void tst_CalendarUi::controlEvidenceIsRecorded()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kToday);
    Control c;
    c.systemId = m_ot;
    c.kind = ControlKind::LogReview;
    c.title = QStringLiteral("Firewall log review");
    c.owner = QStringLiteral("Aiko");
    c.cadenceDays = 30;
    c.validFrom = QDate(2026, 12, 1);
    const qint64 id = ws.addControl(c);
    QVERIFY(id != 0);

    CalendarPage page(&ws);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectItem(DueItem::Source::Control, id));
    QCOMPARE(page.selectedItem()->obligation, QStringLiteral("Firewall log review"));
    QVERIFY(!page.editIntervalButton()->isEnabled()); // a control's cadence is edited elsewhere
    const QModelIndex kind = page.tree()->currentIndex().siblingAtColumn(DueTableModel::Kind);
    QCOMPARE(kind.data().toString(), QStringLiteral("Periodic log review"));

    page.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<EvidenceDialog *>(&d);
        if (!dialog)
            return false;
        [&]() {
            QCOMPARE(dialog->kind(), EvidenceDialog::Kind::Control);
            QVERIFY(dialog->doneByEdit()->isVisibleTo(dialog));
            QCOMPARE(dialog->doneByEdit()->text(), ws.actor());
        }();
        dialog->dateEdit()->setDate(QDate(2026, 12, 27));
        dialog->doneByEdit()->setText(QStringLiteral("Kenji"));
        dialog->noteEdit()->setPlainText(QStringLiteral("Two scans from one address, blocked"));
        dialog->referenceEdit()->setText(QStringLiteral("OPS-1234"));
        return true;
    });
    // Double-click, like Enter, marks the row done.
    const QRect rect = page.tree()->visualRect(page.tree()->currentIndex());
    // (QTest's double click is a press and a double click: a click before it releases.)
    QTest::mouseClick(page.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(page.tree()->viewport(), Qt::LeftButton, {}, rect.center());

    auto log = ws.controlEvidence(id);
    PP_VERIFY_OK(log);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().doneOn, QDate(2026, 12, 27));
    QCOMPARE(log->first().doneBy, QStringLiteral("Kenji"));
    QCOMPARE(log->first().note, QStringLiteral("Two scans from one address, blocked"));
    QCOMPARE(log->first().reference, QStringLiteral("OPS-1234"));
    auto stored = ws.control(id);
    PP_VERIFY_OK(stored);
    QCOMPARE((*stored)->nextDue, QDate(2027, 1, 26));
    QCOMPARE(page.messageBar()->text(),
             QStringLiteral("Marked \u201cFirewall log review\u201d of OT-01 done on 2026-12-27; "
                            "next due 2027-01-26."));
    // Still selected, in its new group.
    QVERIFY(page.selectedItem());
    QCOMPARE(page.selectedItem()->nextDue, QDate(2027, 1, 26));
}

void tst_CalendarUi::editIntervalIsUndoable()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kToday);
    CalendarPage page(&ws);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const Cadence eosl = *cadenceOf(ws, m_erp, CadenceKind::EoslReview);
    QCOMPARE(eosl.intervalDays, 91);
    QCOMPARE(eosl.nextDue, QDate(2026, 12, 31));
    QVERIFY(page.selectItem(DueItem::Source::Cadence, eosl.id));

    page.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<CadenceDialog *>(&d);
        if (!dialog)
            return false;
        [&]() {
            QCOMPARE(dialog->intervalSpin()->value(), 91);
            QCOMPARE(dialog->intervalSpin()->minimum(), 1);
            QCOMPARE(dialog->intervalSpin()->maximum(), 3650);
            dialog->intervalSpin()->setValue(30);
            QCOMPARE(dialog->nextDueLabel()->text(),
                     QStringLiteral("Last done 2026-10-01; next due 2026-10-31."));
        }();
        dialog->noteEdit()->setPlainText(QStringLiteral("Monthly while frozen"));
        return true;
    });
    page.editIntervalButton()->click();
    Cadence edited = *cadenceOf(ws, m_erp, CadenceKind::EoslReview);
    QCOMPARE(edited.intervalDays, 30);
    QCOMPARE(edited.nextDue, QDate(2026, 10, 31));
    QCOMPARE(edited.note, QStringLiteral("Monthly while frozen"));
    QCOMPARE(groupTitles(page).first(), QStringLiteral("Overdue (4)"));
    QVERIFY(page.messageBar()->text().contains(QStringLiteral("next due 2026-10-31")));

    ws.undoStack()->undo();
    edited = *cadenceOf(ws, m_erp, CadenceKind::EoslReview);
    QCOMPARE(edited.intervalDays, 91);
    QCOMPARE(edited.nextDue, QDate(2026, 12, 31));
    // The page follows the undo (coalesced reload).
    QTRY_COMPARE(groupTitles(page).first(), QStringLiteral("Overdue (3)"));
    ws.undoStack()->redo();
    QCOMPARE(cadenceOf(ws, m_erp, CadenceKind::EoslReview)->intervalDays, 30);
}

void tst_CalendarUi::majorChangeMakesTheScanDue()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kToday);
    CalendarPage page(&ws);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const Cadence scan = *cadenceOf(ws, m_erp, CadenceKind::VulnerabilityScan);
    QCOMPARE(scan.nextDue, QDate(2027, 1, 10));
    // Any row of the system will do: its drill.
    QVERIFY(page.selectItem(DueItem::Source::Cadence,
                            cadenceOf(ws, m_erp, CadenceKind::BackupRestoreDrill)->id));

    page.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<MajorChangeDialog *>(&d);
        if (!dialog)
            return false;
        [&]() {
            QVERIFY(dialog->windowTitle().contains(QStringLiteral("ERP-01")));
            QCOMPARE(dialog->dateEdit()->maximumDate(), kToday);
            dialog->dateEdit()->setDate(kToday.addDays(3)); // clamped: not after today
            QCOMPARE(dialog->changedOn(), kToday);
        }();
        return true;
    });
    page.majorChangeButton()->click();
    QCOMPARE(cadenceOf(ws, m_erp, CadenceKind::VulnerabilityScan)->nextDue, kToday);
    QCOMPARE(page.messageBar()->type(), MessageBar::Type::Positive);
    QVERIFY(page.messageBar()->text().contains(QStringLiteral("due 2026-12-28")));
    // The scan is selected, due today.
    QVERIFY(page.selectedItem());
    QCOMPARE(page.selectedItem()->id, scan.id);
    const QModelIndex status
        = page.tree()->currentIndex().siblingAtColumn(DueTableModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Due today"));
}

void tst_CalendarUi::reloadsWhenShownAndKeepsState()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    ws.setToday(kToday);
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    {
        CalendarPage page(&ws);
        // Hidden: nothing is read until shown.
        QCOMPARE(page.model()->rowCount(), 0);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 6);
        page.hide();
        // A change while hidden is read on the next show.
        const Cadence incident = *cadenceOf(ws, m_ot, CadenceKind::IncidentProfileReview);
        PP_VERIFY_OK(ws.markCadenceDone(incident.id, incident.rowVersion, kToday, QString()));
        QCoreApplication::processEvents();
        QCOMPARE(page.model()->rowCount(), 6);
        QVERIFY(page.model()->rowOf(DueItem::Source::Cadence, incident.id) >= 0);
        page.show();
        QCOMPARE(page.model()->rowCount(), 5);

        page.groupChooser()->setCurrentIndex(1);
        page.horizonChooser()->setCurrentIndex(int(CalendarPage::Horizon::TwelveMonths));
        page.tree()->setColumnWidth(DueTableModel::System, 151);
        page.saveState(settings);
    }
    CalendarPage restored(&ws);
    restored.restoreState(settings);
    QCOMPARE(restored.groupChooser()->currentIndex(), 1);
    QCOMPARE(restored.horizonChooser()->currentIndex(), int(CalendarPage::Horizon::TwelveMonths));
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.tree()->columnWidth(DueTableModel::System), 151);
    QCOMPARE(restored.groupModel()->grouping(), DueGroupModel::Grouping::Month);
    // With the OT-01 EOSL review in March and its incident review on 2027-12-28, the last day.
    QCOMPARE(restored.model()->rowCount(), 7);

    // Show system (the context menu's entry): the main window opens it.
    QSignalSpy spy(&restored, &CalendarPage::openSystemRequested);
    QVERIFY(restored.selectItem(DueItem::Source::Cadence,
                                cadenceOf(ws, m_ot, CadenceKind::EoslReview)->id));
    restored.showSelectedSystem();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toLongLong(), m_ot);
}

QTEST_MAIN(tst_CalendarUi)
#include "tst_calendarui.moc"
