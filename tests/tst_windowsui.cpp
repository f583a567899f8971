// The issue 7 Windows page: windows are added through the dialog without typing a rule, edited
// and deleted undoably; invalid input disables Save; the blackout dialog refuses a freeze that
// ends before it starts; the month calendar shows holidays, blackouts and window occurrences on
// the right days; the plan settings dialog saves a changed profile and restores the defaults.
#include "testsupport.h"

#include "models/itemmodels/windowtablemodel.h"
#include "models/planning/planrules.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/windows/blackoutdialog.h"
#include "ui/windows/monthview.h"
#include "ui/windows/plansettingsdialog.h"
#include "ui/windows/windowdialog.h"
#include "ui/windows/windowspage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeEdit>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

namespace {

bool saveEnabled(QDialogButtonBox *buttons)
{
    return buttons->button(QDialogButtonBox::Save)->isEnabled();
}

bool hasItem(const QList<CalendarItem> &items, CalendarItem::Kind kind, const QString &text)
{
    return std::any_of(items.cbegin(), items.cend(), [&](const CalendarItem &i) {
        return i.kind == kind && (i.text.contains(text) || i.detail.contains(text));
    });
}

bool hasKind(const QList<CalendarItem> &items, CalendarItem::Kind kind)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [&](const CalendarItem &i) { return i.kind == kind; });
}

} // namespace

class tst_WindowsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addWindowThroughDialog();
    void invalidInputDisablesSave();
    void advancedRuleIsTwoWay();
    void editAndDeleteWithUndo();
    void blackoutDialogRefusesLastBeforeFirst();
    void monthViewShowsHolidaysBlackoutsAndWindows();
    void settingsDialogSavesAndRestoresDefaults();
    void pageMnemonicsAreUnique();

private:
    QString location() const { return test::location(m_dir, QStringLiteral("windows.db")); }
    void open(Workspace &ws)
    {
        QVERIFY(ws.open(location()).ok());
        ws.setNow(QDateTime(QDate(2026, 10, 20), QTime(3, 0), QTimeZone::utc()));
    }

    QTemporaryDir m_dir;
    qint64 m_erp = 0;
};

void tst_WindowsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = test::openTemp(m_dir, QStringLiteral("windows.db"));
    QVERIFY(db);
    System erp;
    erp.code = QStringLiteral("ERP-01");
    erp.name = QStringLiteral("Enterprise resource planning");
    erp.windowSchedule = QStringLiteral("Monthly 2nd Sunday");
    auto stored = SystemRepository(*db).insert(erp);
    PP_VERIFY_OK(stored);
    m_erp = stored->id;
}

void tst_WindowsUi::addWindowThroughDialog()
{
    Workspace ws;
    open(ws);
    WindowsPage page(&ws);
    QCOMPARE(page.windowModel()->rowCount(), 0);
    QStringList preview;
    page.setWindowDialogRunner([&](WindowDialog &d) {
        d.nameEdit()->setText(QStringLiteral("Monthly 2nd Sunday"));
        d.groupRadio()->setChecked(true);
        d.groupChooser()->setCurrentText(QStringLiteral("Monthly 2nd Sunday"));
        d.frequencyChooser()->setCurrentIndex(int(WindowDialog::Frequency::Monthly));
        d.byWeekdayRadio()->setChecked(true);
        d.ordinalChooser()->setCurrentIndex(d.ordinalChooser()->findData(2));
        d.weekdayChooser()->setCurrentIndex(d.weekdayChooser()->findData(7));
        d.startTimeEdit()->setTime(QTime(1, 0));
        d.hoursSpin()->setValue(4);
        d.minutesSpin()->setValue(0);
        d.zoneChooser()->setCurrentText(QStringLiteral("Asia/Tokyo"));
        d.firstDateEdit()->setDate(QDate(2026, 1, 11));
        if (d.ruleEdit()->text() != QLatin1String("FREQ=MONTHLY;BYDAY=2SU"))
            return false;
        for (int i = 0; i < d.occurrenceList()->count(); ++i)
            preview << d.occurrenceList()->item(i)->text();
        if (!d.descriptionLabel()->text().contains(QLatin1String("Asia/Tokyo")))
            return false;
        return saveEnabled(d.buttons());
    });
    page.createItem();
    QCOMPARE(preview.size(), 5);
    // After 2026-10-20: the second Sundays of November and December 2026, ...
    QVERIFY2(preview.first().startsWith(QLatin1String("2026-11-08")), qPrintable(preview.first()));
    QVERIFY(preview.first().contains(QLatin1String("01:00")));
    QVERIFY(preview.first().contains(QLatin1String("05:00")));
    QVERIFY(preview.at(1).startsWith(QLatin1String("2026-12-13")));

    auto windows = ws.maintenanceWindows();
    PP_VERIFY_OK(windows);
    QCOMPARE(windows->size(), 1);
    const MaintenanceWindow w = windows->first();
    QCOMPARE(w.rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2SU"));
    QCOMPARE(w.durationMinutes, 240);
    QCOMPARE(w.timeZone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(w.groupName, QStringLiteral("Monthly 2nd Sunday"));
    QCOMPARE(w.systemId, qint64(0));
    QCOMPARE(w.dtstart.time(), QTime(1, 0));
    // The table: the one system following the group, the next occurrence.
    QCOMPARE(page.windowModel()->rowCount(), 1);
    QCOMPARE(page.windowModel()->rows().first().followers, 1);
    const QString next = page.windowModel()
                             ->index(0, WindowTableModel::Next)
                             .data()
                             .toString();
    QVERIFY2(next.startsWith(QLatin1String("2026-11-08")), qPrintable(next));
    QCOMPARE(page.selectedWindowId(), w.id);
    ws.undoStack()->undo();
    PP_VERIFY_OK(ws.maintenanceWindows());
    QCOMPARE(ws.maintenanceWindows()->size(), 0);
}

void tst_WindowsUi::invalidInputDisablesSave()
{
    MaintenanceWindow w;
    w.name = QStringLiteral("Weekly");
    w.systemId = m_erp;
    w.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=WE");
    w.dtstart = QDateTime(QDate(2026, 1, 7), QTime(2, 0));
    System erp;
    erp.id = m_erp;
    erp.code = QStringLiteral("ERP-01");
    WindowDialog d(w, {erp}, {}, QDateTime(QDate(2026, 10, 20), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(saveEnabled(d.buttons()));
    QVERIFY(d.weekdayCheck(3)->isChecked());
    QCOMPARE(d.occurrenceList()->count(), 5);

    d.hoursSpin()->setValue(0);
    d.minutesSpin()->setValue(0);
    QVERIFY(!saveEnabled(d.buttons()));
    QVERIFY(!d.problemLabel()->text().isEmpty());
    QCOMPARE(d.occurrenceList()->count(), 0);
    d.hoursSpin()->setValue(3);
    QVERIFY(saveEnabled(d.buttons()));

    d.zoneChooser()->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!saveEnabled(d.buttons()));
    QVERIFY(d.problemLabel()->text().contains(QLatin1String("Mars/Olympus_Mons")));
    d.zoneChooser()->setCurrentText(QStringLiteral("Europe/Berlin"));
    QVERIFY(saveEnabled(d.buttons()));

    d.weekdayCheck(3)->setChecked(false);
    QVERIFY(!saveEnabled(d.buttons()));
    d.weekdayCheck(5)->setChecked(true);
    QVERIFY(saveEnabled(d.buttons()));
    QCOMPARE(d.window().rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=FR"));

    d.nameEdit()->clear();
    QVERIFY(!saveEnabled(d.buttons()));
}

void tst_WindowsUi::advancedRuleIsTwoWay()
{
    MaintenanceWindow w;
    w.name = QStringLiteral("Plant shutdown");
    w.groupName = QStringLiteral("Plant");
    w.rrule = QStringLiteral("FREQ=YEARLY;BYMONTH=5,8,12;BYDAY=-1SA");
    w.dtstart = QDateTime(QDate(2024, 5, 25), QTime(8, 0));
    w.durationMinutes = 720;
    WindowDialog d(w, {}, {QStringLiteral("Plant")}, QDateTime::currentDateTimeUtc());
    QVERIFY(d.isSimpleRule());
    QCOMPARE(d.frequencyChooser()->currentIndex(), int(WindowDialog::Frequency::Yearly));
    QVERIFY(d.monthCheck(5)->isChecked() && d.monthCheck(8)->isChecked());
    QVERIFY(!d.monthCheck(6)->isChecked());
    QCOMPARE(d.ordinalChooser()->currentData().toInt(), -1);
    QCOMPARE(d.weekdayChooser()->currentData().toInt(), 6);

    // Typed: a rule the controls can show sets them.
    d.ruleEdit()->clear();
    QTest::keyClicks(d.ruleEdit(), QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15"));
    QVERIFY(d.isSimpleRule());
    QVERIFY(d.frequencyChooser()->isEnabled());
    QCOMPARE(d.frequencyChooser()->currentIndex(), int(WindowDialog::Frequency::Monthly));
    QVERIFY(d.byMonthDayRadio()->isChecked());
    QCOMPARE(d.monthDaySpin()->value(), 15);
    // One they cannot: they are disabled and the text rules.
    d.ruleEdit()->clear();
    QTest::keyClicks(d.ruleEdit(), QStringLiteral("FREQ=DAILY;INTERVAL=2"));
    QVERIFY(!d.isSimpleRule());
    QVERIFY(!d.frequencyChooser()->isEnabled());
    QCOMPARE(d.window().rrule, QStringLiteral("FREQ=DAILY;INTERVAL=2"));
    QVERIFY(saveEnabled(d.buttons()));
    d.ruleEdit()->clear();
    QTest::keyClicks(d.ruleEdit(), QStringLiteral("FREQ=SOMETIMES"));
    QVERIFY(!saveEnabled(d.buttons()));
}

void tst_WindowsUi::editAndDeleteWithUndo()
{
    Workspace ws;
    open(ws);
    MaintenanceWindow w;
    w.name = QStringLiteral("ERP weekly");
    w.systemId = m_erp;
    w.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=WE");
    w.dtstart = QDateTime(QDate(2026, 1, 7), QTime(2, 0));
    const qint64 id = ws.addWindow(w);
    QVERIFY(id != 0);
    WindowsPage page(&ws);
    page.selectWindow(id);
    QCOMPARE(page.selectedWindowId(), id);
    QCOMPARE(page.windowModel()->index(0, WindowTableModel::AppliesTo).data().toString(),
             QStringLiteral("ERP-01"));

    page.setWindowDialogRunner([](WindowDialog &d) {
        d.weekdayCheck(3)->setChecked(false);
        d.weekdayCheck(4)->setChecked(true);
        d.hoursSpin()->setValue(2);
        d.minutesSpin()->setValue(30);
        return saveEnabled(d.buttons());
    });
    page.editWindow();
    auto windows = ws.maintenanceWindows();
    PP_VERIFY_OK(windows);
    QCOMPARE(windows->first().rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=TH"));
    QCOMPARE(windows->first().durationMinutes, 150);
    ws.undoStack()->undo();
    QCOMPARE(ws.maintenanceWindows()->first().rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=WE"));

    page.reload();
    page.selectWindow(id);
    QString asked;
    page.setConfirmer([&](const QString &q) {
        asked = q;
        return true;
    });
    QVERIFY(page.canDelete());
    page.deleteSelected();
    QVERIFY(asked.contains(QLatin1String("ERP weekly")));
    QCOMPARE(ws.maintenanceWindows()->size(), 0);
    QCOMPARE(page.windowModel()->rowCount(), 0);
    ws.undoStack()->undo();
    QCOMPARE(ws.maintenanceWindows()->size(), 1);

    // Blackouts: add, then delete through the page.
    page.setBlackoutDialogRunner([](BlackoutDialog &d) {
        d.nameEdit()->setText(QStringLiteral("Stocktaking"));
        d.firstEdit()->setDate(QDate(2026, 11, 16));
        d.lastEdit()->setDate(QDate(2026, 11, 18));
        d.reasonEdit()->setPlainText(QStringLiteral("Warehouse count"));
        return saveEnabled(d.buttons());
    });
    page.addBlackout();
    auto blackouts = ws.blackouts();
    PP_VERIFY_OK(blackouts);
    QCOMPARE(blackouts->size(), 1);
    QCOMPARE(blackouts->first().endsOn, QDate(2026, 11, 18));
    QCOMPARE(blackouts->first().systemId, qint64(0));
    page.selectBlackout(blackouts->first().id);
    page.deleteSelected();
    QCOMPARE(ws.blackouts()->size(), 0);
    ws.undoStack()->undo();
    QCOMPARE(ws.blackouts()->size(), 1);
    ws.undoStack()->undo();
    QCOMPARE(ws.blackouts()->size(), 0);
    PP_VERIFY_OK(ws.maintenanceWindows());
    for (const MaintenanceWindow &left : *ws.maintenanceWindows())
        QVERIFY(ws.deleteWindow(left.id, left.rowVersion));
}

void tst_WindowsUi::blackoutDialogRefusesLastBeforeFirst()
{
    Blackout b;
    b.startsOn = QDate(2026, 12, 29);
    b.endsOn = QDate(2027, 1, 3);
    BlackoutDialog d(b, {});
    QVERIFY(!saveEnabled(d.buttons())); // no name yet
    d.nameEdit()->setText(QStringLiteral("Year end"));
    QVERIFY(saveEnabled(d.buttons()));
    d.lastEdit()->setDate(QDate(2026, 12, 28));
    QVERIFY(!saveEnabled(d.buttons()));
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Rejected));
    d.lastEdit()->setDate(QDate(2026, 12, 29));
    QVERIFY(saveEnabled(d.buttons()));
    QCOMPARE(d.blackout().endsOn, QDate(2026, 12, 29));
}

void tst_WindowsUi::monthViewShowsHolidaysBlackoutsAndWindows()
{
    Workspace ws;
    open(ws);
    MaintenanceWindow w;
    w.name = QStringLiteral("Monthly 2nd Sunday");
    w.groupName = w.name;
    w.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2SU");
    w.dtstart = QDateTime(QDate(2024, 1, 14), QTime(1, 0));
    QVERIFY(ws.addWindow(w) != 0);
    Blackout b;
    b.name = QStringLiteral("Stocktaking");
    b.startsOn = QDate(2026, 11, 16);
    b.endsOn = QDate(2026, 11, 17);
    QVERIFY(ws.addBlackout(b) != 0);

    WindowsPage page(&ws);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MonthView *month = page.monthView();
    month->setMonth(2026, 11);
    QCOMPARE(month->firstShown(), QDate(2026, 11, 1)); // a Sunday
    const auto items = [month](int day) { return month->items(QDate(2026, 11, day)); };
    QVERIFY(hasKind(items(3), CalendarItem::Kind::Holiday));
    QVERIFY(hasItem(items(3), CalendarItem::Kind::Holiday, QStringLiteral("文化の日")));
    QVERIFY(hasItem(items(23), CalendarItem::Kind::Holiday, QStringLiteral("勤労感謝の日")));
    QVERIFY(!hasKind(items(4), CalendarItem::Kind::Holiday));
    QVERIFY(hasItem(items(16), CalendarItem::Kind::Blackout, QStringLiteral("Stocktaking")));
    QVERIFY(hasItem(items(17), CalendarItem::Kind::Blackout, QStringLiteral("Stocktaking")));
    QVERIFY(!hasKind(items(18), CalendarItem::Kind::Blackout));
    QVERIFY(hasItem(items(8), CalendarItem::Kind::Window, QStringLiteral("01:00")));
    for (int day : {1, 7, 9, 15})
        QVERIFY2(!hasKind(items(day), CalendarItem::Kind::Window), qPrintable(QString::number(day)));
    // Holidays count as blackouts by default, and the day list says so.
    month->setSelectedDate(QDate(2026, 11, 3));
    bool treated = false;
    for (int i = 0; i < page.dayList()->count(); ++i)
        treated = treated || page.dayList()->item(i)->text().contains(QLatin1String("blackout"));
    QVERIFY(treated);

    // Keyboard: Right moves a day, PageDown a month (December: the 13th is the 2nd Sunday).
    month->grid()->setFocus();
    QTest::keyClick(month->grid(), Qt::Key_Right);
    QCOMPARE(month->selectedDate(), QDate(2026, 11, 4));
    QTest::keyClick(month->grid(), Qt::Key_PageDown);
    QCOMPARE(month->selectedDate(), QDate(2026, 12, 4));
    QVERIFY(hasKind(month->items(QDate(2026, 12, 13)), CalendarItem::Kind::Window));
    QVERIFY(!hasKind(month->items(QDate(2026, 12, 6)), CalendarItem::Kind::Window));
    // Clicking a day lists its items.
    QTest::keyClick(month->grid(), Qt::Key_Down);
    QTest::keyClick(month->grid(), Qt::Key_Down);
    QTest::keyClick(month->grid(), Qt::Key_Right);
    QTest::keyClick(month->grid(), Qt::Key_Right);
    QCOMPARE(month->selectedDate(), QDate(2026, 12, 20));
    month->setSelectedDate(QDate(2026, 12, 13));
    QVERIFY(page.dayList()->count() >= 1);
    QVERIFY(page.dayList()->item(0)->text().contains(QLatin1String("Monthly 2nd Sunday")));
    QTest::keyClick(month->grid(), Qt::Key_PageUp);
    QCOMPARE(month->month(), 11);

    // The system chooser: ERP-01 follows the group, so its window stays.
    page.showSystem(m_erp);
    QVERIFY(hasKind(items(8), CalendarItem::Kind::Window));
    QCOMPARE(page.windowTable()->model()->rowCount(), 1);
}

void tst_WindowsUi::settingsDialogSavesAndRestoresDefaults()
{
    Workspace ws;
    open(ws);
    {
        PlanSettingsDialog d(&ws);
        QCOMPARE(d.profile(PlanType::Emergency), defaultLeadTimes(PlanType::Emergency));
        QVERIFY(saveEnabled(d.buttons()));
        // Notice 4 h before -> 6 h before.
        QSpinBox *hours = d.hoursSpin(PlanType::Emergency, QString::fromLatin1(kMilestoneNotice));
        QVERIFY(hours);
        QCOMPARE(hours->value(), 4);
        hours->setValue(6);
        d.holidaysCheck()->setChecked(false);
        QVERIFY(saveEnabled(d.buttons()));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    auto emergency = ws.leadTimes(PlanType::Emergency);
    PP_VERIFY_OK(emergency);
    bool found = false;
    for (const MilestoneSpec &m : emergency->milestones) {
        if (m.key == QLatin1String(kMilestoneNotice)) {
            QCOMPARE(m.offsetMinutes, -6 * 60);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(*ws.holidaysAreBlackouts(), false);
    {
        PlanSettingsDialog d(&ws);
        QCOMPARE(d.hoursSpin(PlanType::Emergency, QString::fromLatin1(kMilestoneNotice))->value(),
                 6);
        QVERIFY(!d.holidaysCheck()->isChecked());
        // An invalid profile: the notice before the security review is refused.
        d.daysSpin(PlanType::Regular, QString::fromLatin1(kMilestoneNotice))->setValue(30);
        QVERIFY(!saveEnabled(d.buttons()));
        QVERIFY(!d.errorLabel()->text().isEmpty());
        d.restoreButton()->click();
        QVERIFY(saveEnabled(d.buttons()));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    QCOMPARE(*ws.leadTimes(PlanType::Emergency), defaultLeadTimes(PlanType::Emergency));
    QCOMPARE(*ws.leadTimes(PlanType::Regular), defaultLeadTimes(PlanType::Regular));
    QCOMPARE(*ws.holidaysAreBlackouts(), true);
}

void tst_WindowsUi::pageMnemonicsAreUnique()
{
    // Like tst_mnemonics for the pages the main window has: unique, and none of the menu bar's
    // letters (File, Edit, View, Tools, Help).
    Workspace ws;
    open(ws);
    WindowsPage page(&ws);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QStringList texts;
    for (QLabel *l : page.findChildren<QLabel *>()) {
        if (l->isVisibleTo(&page) && l->buddy())
            texts << l->text();
    }
    for (QAbstractButton *b : page.findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(&page))
            texts << b->text();
    }
    QSet<QChar> seen;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar c = text.at(amp + 1).toUpper();
        QVERIFY2(!seen.contains(c), qPrintable(text));
        QVERIFY2(!QStringLiteral("FEVTH").contains(c), qPrintable(text));
        seen.insert(c);
    }
    QVERIFY(seen.size() >= 8);
}

QTEST_MAIN(tst_WindowsUi)
#include "tst_windowsui.moc"
