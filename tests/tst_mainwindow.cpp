// The main window, offscreen: a database with a few systems is opened, every page shown, a
// system edited in the editor and applied (stored, audited), undone through the Edit menu's
// action; systems added and deleted (the confirmation accepted by the test), the filter used.
// Shared use: a second connection changes records behind the window (they appear, an editor with
// unsaved edits warns, Apply meets the conflict dialog: reload, overwrite or keep editing), a
// read-only user sees no editing, the connect dialog never stores a password.
#include "testsupport.h"

#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/audit/auditlogpage.h"
#include "ui/conflict/conflictdialog.h"
#include "ui/connect/connectdialog.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/importexport/inventoryimportdialog.h"
#include "ui/inventory/componentspage.h"
#include "ui/inventory/systemspage.h"
#include "ui/dashboard/eosltiles.h"
#include "ui/lifecycle/endoflifeimportdialog.h"
#include "ui/lifecycle/lifecyclepanel.h"
#include "ui/lifecycle/productmappingdialog.h"
#include "ui/roadmap/roadmapchart.h"
#include "ui/roadmap/roadmappage.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/uisettings.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensAndShowsEveryPage();
    void buildsEachPageWhenFirstShown();
    void fitsALaptopScreen();
    void editApplyAuditAndUndo();
    void validationProblemsShowInline();
    void addAndDeleteSystem();
    void addComponentAndJumpFromSystems();
    void filterNarrowsTheTable();
    void failedOpenKeepsTheWindowUsable();
    void verifyChainReportsInMessageBar();
    void remembersPageAndRecentFiles();
    void importDialogPreviewsAndImports();

    // Shared use: others' changes, conflicts, roles, connecting.
    void othersChangesAppearKeepingSelection();
    void changeBehindUnsavedEditsWarnsThenApplyReloads();
    void conflictOnApplyOverwritesDeliberately();
    void conflictDialogShowsBothValuesAndCancelKeepsEditing();
    void componentConflictReloads();
    void deletedWhileEditingCanBeAddedAgain();
    void viewerCannotEdit();
    void connectDialogBuildsLocationAndNeverStoresPassword();
    void failedSharedOpenOffersTheConnectDialog();
    void roadmapShowsRowsAndFiltersByStatus();
    void dashboardTileOpensFilteredRoadmap();
    void lifecycleTabDecisionIsStoredAndUndoable();
    void mappingDialogListsAndRemembersProducts();
    void endOfLifeImportDialogPreviewsAndImports();

private:
    /// Gives the CRM PostgreSQL a past EOSL (typed by hand) and adds a component with no
    /// lifecycle data: one past, one unknown.
    void addLifecycleData();
    /// Clicks the button with @p role of the next message box that opens.
    void answerNextMessageBox(QMessageBox::ButtonRole role);
    /// A fresh connection to the test database, to check what was stored.
    std::unique_ptr<Database> reopen();
    int rowOfCode(QTableView *table, const QString &code);
    template<typename T>
    T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

    /// "Someone else" changes the system @p code on the test database (a second connection).
    void colleagueEdits(const QString &code, const std::function<void(System &)> &change);
    /// Saves a picture of @p widget to PP_SCREENSHOT_DIR, when set.
    static void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    qint64 m_crmId = 0;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::isolateSettings();
    Internal::UiSettings().clear();
    qputenv("PP_USER", "tester"); // the audit trail's "who" for the window's own connection
}

void tst_MainWindow::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("inventory.ppdb"));
    auto db = test::openTemp(*m_dir, QStringLiteral("inventory.ppdb"));
    QVERIFY(db);
    SystemRepository systems(*db);
    const QList<std::tuple<QString, QString, int>> rows{
        {QStringLiteral("CRM"), QStringLiteral("Customer relations"), 1},
        {QStringLiteral("ERP"), QStringLiteral("Enterprise resources"), 2},
        {QStringLiteral("HR"), QStringLiteral("Human resources"), 3},
        {QStringLiteral("WEB"), QStringLiteral("Corporate web site"), 2},
    };
    for (const auto &[code, name, tier] : rows) {
        System s;
        s.code = code;
        s.name = name;
        s.criticality = tier;
        auto stored = systems.insert(s);
        PP_VERIFY_OK(stored);
        if (code == QLatin1String("CRM"))
            m_crmId = stored->id;
    }
    Component c;
    c.systemId = m_crmId;
    c.kind = ComponentKind::Database;
    c.product = QStringLiteral("PostgreSQL");
    c.version = QStringLiteral("15.4");
    PP_VERIFY_OK(ComponentRepository(*db).insert(c));
}

void tst_MainWindow::cleanup()
{
    delete m_dir;
}

std::unique_ptr<Database> tst_MainWindow::reopen()
{
    auto db = Database::open(m_path);
    return db ? std::move(*db) : nullptr;
}

void tst_MainWindow::answerNextMessageBox(QMessageBox::ButtonRole role)
{
    // The box is modal (exec()); answer it from the event loop it runs.
    QTimer::singleShot(0, this, [this, role]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(role);
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

int tst_MainWindow::rowOfCode(QTableView *table, const QString &code)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == code)
            return row;
    }
    return -1;
}

void tst_MainWindow::opensAndShowsEveryPage()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(m_path));
    QVERIFY(w.windowTitle().contains(QStringLiteral("inventory.ppdb")));
    QVERIFY(child<QLabel>(&w, QStringLiteral("databaseLabel"))->text().contains(m_path));
    QCOMPARE(child<QLabel>(&w, QStringLiteral("userLabel"))->text(), QStringLiteral("User: tester"));

    auto *stack = w.findChild<QStackedWidget *>();
    QVERIFY(stack);
    for (int i = 0; i < 4; ++i) {
        w.showPage(i);
        QCOMPARE(stack->currentIndex(), i);
        QVERIFY(stack->currentWidget()->isVisible());
    }
    // The keyboard shortcuts switch pages too.
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(stack->currentIndex(), 1);
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(stack->currentIndex(), 0);

    auto *dashboard = w.findChild<DashboardPage *>();
    QVERIFY(dashboard);
    QTRY_COMPARE(dashboard->tileValue(QStringLiteral("systems")), QStringLiteral("4"));
    QCOMPARE(dashboard->tileValue(QStringLiteral("components")), QStringLiteral("1"));
    QCOMPARE(dashboard->tileValue(QStringLiteral("tier1")), QStringLiteral("1"));
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    QCOMPARE(table->model()->rowCount(), 4);
}

void tst_MainWindow::buildsEachPageWhenFirstShown()
{
    // Issue 9: the window paints before its eleven pages are made; each is built on its first
    // showing (or look-up), in its place in the stack, and works as if it had always been there.
    MainWindow w;
    QCOMPARE(w.pageCount(), 11);
    // Fresh settings: only the dashboard, shown first, is built.
    QVERIFY(w.builtPage(0));
    for (int i = 1; i < w.pageCount(); ++i)
        QVERIFY2(!w.builtPage(i), qPrintable(QString::number(i)));
    QVERIFY(!w.findChild<SystemsPage *>());
    QVERIFY(!w.findChild<RoadmapPage *>());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(m_path));

    QList<Page *> built;
    connect(&w, &MainWindow::pageBuilt, this, [&built](Page *page) { built << page; });
    auto *stack = w.findChild<QStackedWidget *>();
    QCOMPARE(stack->count(), 11);
    // A shortcut builds the page, with its object name, at its index, current and showing data
    // of the database opened before it existed.
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(built.size(), 1);
    auto *systems = qobject_cast<SystemsPage *>(w.builtPage(1));
    QVERIFY(systems);
    QCOMPARE(built.first(), systems);
    QCOMPARE(systems->objectName(), QStringLiteral("systemsPage"));
    QCOMPARE(stack->count(), 11);
    QCOMPARE(stack->widget(1), systems);
    QCOMPARE(stack->currentIndex(), 1);
    QCOMPARE(w.currentPage(), systems);
    QVERIFY(systems->isVisible());
    QCOMPARE(child<QTableView>(systems, QStringLiteral("systemsTable"))->model()->rowCount(), 4);
    // The window's actions follow the new page.
    QAction *newItem = child<QAction>(&w, QStringLiteral("newItemAction"));
    QCOMPARE(newItem->text(), tr("&New system"));
    QVERIFY(newItem->isEnabled());

    // Showing it again builds nothing more; the dashboard is the same object as before.
    Page *dashboard = w.builtPage(0);
    w.showPage(0);
    w.showPage(1);
    QCOMPARE(built.size(), 1);
    QCOMPARE(w.builtPage(0), dashboard);
    QCOMPARE(stack->widget(0), dashboard);

    // Looking a page up builds it without showing it.
    Page *plans = w.page(9);
    QVERIFY(plans);
    QCOMPARE(plans->objectName(), QStringLiteral("plansPage"));
    QCOMPARE(stack->widget(9), plans);
    QCOMPARE(stack->currentIndex(), 1);
    QCOMPARE(w.currentPage(), systems);
    QVERIFY(!plans->isVisible());
    QCOMPARE(built.size(), 2);

    // A jump to a page not built yet (systems -> components) builds it and shows the system.
    auto *table = child<QTableView>(systems, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("CRM")));
    QVERIFY(!w.builtPage(2));
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("showComponentsButton")),
                      Qt::LeftButton);
    auto *components = qobject_cast<ComponentsPage *>(w.builtPage(2));
    QVERIFY(components);
    QCOMPARE(stack->currentIndex(), 2);
    QCOMPARE(components->shownSystem(), m_crmId);

    // Every page can be shown; the stack never holds more than the eleven.
    for (int i = 0; i < w.pageCount(); ++i) {
        w.showPage(i);
        QCOMPARE(stack->currentWidget(), w.builtPage(i));
    }
    QCOMPARE(stack->count(), 11);
    QCOMPARE(w.findChildren<Page *>().size(), 11);
}

void tst_MainWindow::fitsALaptopScreen()
{
    // Long system and owner names fill the filter combo boxes of the roadmap, vulnerabilities
    // and patches pages; the window must still fit a 1366-pixel-wide screen.
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        System s;
        s.code = QStringLiteral("LONG-NAMED-SYSTEM-01");
        s.name = QString(80, QLatin1Char('W'));
        s.ownerTeam = QString(60, QLatin1Char('O'));
        PP_VERIFY_OK(SystemRepository(**db).insert(s));
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(m_path));
    for (int i = 0; i < 11; ++i)
        w.showPage(i);
    QCoreApplication::processEvents();
    // On failure, say which page is too wide.
    QStringList widths;
    for (const Page *page : w.findChildren<Page *>())
        widths << QStringLiteral("%1 %2").arg(QString::fromLatin1(page->metaObject()->className()))
                      .arg(page->minimumSizeHint().width());
    QVERIFY2(w.minimumSizeHint().width() <= 1366 - 40,
             qPrintable(QString::number(w.minimumSizeHint().width()) + QStringLiteral(": ")
                        + widths.join(QStringLiteral(", "))));
}

void tst_MainWindow::editApplyAuditAndUndo()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    const int row = rowOfCode(table, QStringLiteral("CRM"));
    QVERIFY(row >= 0);
    table->selectRow(row);
    auto *owner = child<QLineEdit>(&w, QStringLiteral("ownerTeamEdit"));
    auto *trace = child<QPlainTextEdit>(&w, QStringLiteral("traceCheckEdit"));
    auto *apply = child<QPushButton>(&w, QStringLiteral("applyButton"));
    QCOMPARE(child<QLineEdit>(&w, QStringLiteral("codeEdit"))->text(), QStringLiteral("CRM"));
    QVERIFY(!apply->isEnabled());
    owner->clear();
    QTest::keyClicks(owner, QStringLiteral("Finance IT"));
    trace->setPlainText(QStringLiteral("痕跡確認: EDR timeline and proxy logs"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    {
        auto db = reopen();
        QVERIFY(db);
        auto stored = SystemRepository(*db).findById(m_crmId);
        PP_VERIFY_OK(stored);
        QCOMPARE((*stored)->ownerTeam, QStringLiteral("Finance IT"));
        QCOMPARE((*stored)->profile.traceCheckProcedure,
                 QStringLiteral("痕跡確認: EDR timeline and proxy logs"));
    }
    QVERIFY(!apply->isEnabled()); // the editor shows what is stored now

    w.showPage(3);
    auto *audit = child<QTableView>(&w, QStringLiteral("auditTable"));
    const QString summary = audit->model()->index(0, 5).data().toString();
    QVERIFY2(summary.contains(QStringLiteral("owner_team: '' \u2192 'Finance IT'")),
             qPrintable(summary));
    QCOMPARE(audit->model()->index(0, 2).data().toString(), QStringLiteral("Changed"));
    audit->selectRow(0);
    auto *detail = child<QTableWidget>(&w, QStringLiteral("auditDetail"));
    QVERIFY(detail->rowCount() > 2);

    auto *undo = child<QAction>(&w, QStringLiteral("undoAction"));
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Edit system CRM")));
    undo->trigger();
    {
        auto db = reopen();
        auto stored = SystemRepository(*db).findById(m_crmId);
        PP_VERIFY_OK(stored);
        QCOMPARE((*stored)->ownerTeam, QString());
        QCOMPARE((*stored)->profile.traceCheckProcedure, QString());
    }
    w.showPage(1);
    QCOMPARE(owner->text(), QString()); // the editor follows
    QCOMPARE(audit->model()->index(0, 2).data().toString(), QStringLiteral("Changed"));

    auto *redo = child<QAction>(&w, QStringLiteral("redoAction"));
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(owner->text(), QStringLiteral("Finance IT"));
}

void tst_MainWindow::validationProblemsShowInline()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("ERP")));
    child<QLineEdit>(&w, QStringLiteral("nameEdit"))->clear();
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyButton")), Qt::LeftButton);
    auto *editor = w.findChild<QWidget *>(QStringLiteral("systemEditor"));
    auto *bar = editor->findChild<MessageBar *>();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("name is required")));
    auto db = reopen();
    QCOMPARE((*SystemRepository(*db).findByCode(QStringLiteral("ERP")))->name,
             QStringLiteral("Enterprise resources"));
}

void tst_MainWindow::addAndDeleteSystem()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *newItem = child<QAction>(&w, QStringLiteral("newItemAction"));
    QVERIFY(newItem->isEnabled());
    newItem->trigger();
    QTest::keyClicks(child<QLineEdit>(&w, QStringLiteral("codeEdit")), QStringLiteral("VPN-01"));
    QTest::keyClicks(child<QLineEdit>(&w, QStringLiteral("nameEdit")),
                     QStringLiteral("Remote access VPN"));
    auto *exposure = child<QComboBox>(&w, QStringLiteral("exposureCombo"));
    exposure->setCurrentIndex(exposure->findData(QStringLiteral("internet")));
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyButton")), Qt::LeftButton);

    auto *page = w.findChild<SystemsPage *>();
    qint64 id = 0;
    {
        auto db = reopen();
        auto stored = SystemRepository(*db).findByCode(QStringLiteral("VPN-01"));
        PP_VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->exposure, Exposure::Internet);
        id = (*stored)->id;
    }
    QCOMPARE(page->selectedSystemId(), id); // the new system is selected

    // Delete, answering the confirmation: first Cancel, then Delete.
    auto *remove = child<QAction>(&w, QStringLiteral("deleteAction"));
    QVERIFY(remove->isEnabled());
    answerNextMessageBox(QMessageBox::RejectRole);
    remove->trigger();
    QVERIFY((*SystemRepository(*reopen()).findById(id)).has_value());
    answerNextMessageBox(QMessageBox::DestructiveRole);
    remove->trigger();
    QVERIFY(!(*SystemRepository(*reopen()).findById(id)).has_value());
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    QCOMPARE(table->model()->rowCount(), 4);

    // Undo brings it back.
    child<QAction>(&w, QStringLiteral("undoAction"))->trigger();
    QVERIFY((*SystemRepository(*reopen()).findById(id)).has_value());
    QCOMPARE(table->model()->rowCount(), 5);
}

void tst_MainWindow::addComponentAndJumpFromSystems()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("CRM")));
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("showComponentsButton")),
                      Qt::LeftButton);
    auto *stack = w.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentIndex(), 2);
    auto *components = w.findChild<ComponentsPage *>();
    QCOMPARE(components->shownSystem(), m_crmId);
    auto *componentTable = child<QTableView>(&w, QStringLiteral("componentsTable"));
    QCOMPARE(componentTable->model()->rowCount(), 1);

    child<QAction>(&w, QStringLiteral("newItemAction"))->trigger();
    QCOMPARE(child<QComboBox>(&w, QStringLiteral("componentSystemCombo"))->currentData().toLongLong(),
             m_crmId);
    QTest::keyClicks(child<QLineEdit>(&w, QStringLiteral("productEdit")), QStringLiteral("nginx"));
    QTest::keyClicks(child<QLineEdit>(&w, QStringLiteral("versionEdit")), QStringLiteral("1.24.0"));
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyComponentButton")),
                      Qt::LeftButton);
    QCOMPARE(componentTable->model()->rowCount(), 2);
    auto db = reopen();
    auto list = ComponentRepository(*db).findBySystem(m_crmId);
    PP_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QVERIFY(components->selectedComponentId() > 0);

    // "All systems" shows every component.
    auto *chooser = child<QComboBox>(&w, QStringLiteral("systemChooser"));
    chooser->setCurrentIndex(0);
    QCOMPARE(components->shownSystem(), 0);
    QCOMPARE(componentTable->model()->rowCount(), 2);
}

void tst_MainWindow::filterNarrowsTheTable()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>(&w, QStringLiteral("systemFilter"));
    QTRY_VERIFY(filter->hasFocus());
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    QCOMPARE(table->model()->rowCount(), 4);
    QTest::keyClicks(filter, QStringLiteral("resources"));
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(filter, QStringLiteral(" human"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("HR"));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 4);
}

void tst_MainWindow::failedOpenKeepsTheWindowUsable()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    QFile notADatabase(m_dir->filePath(QStringLiteral("notes.txt")));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write("This is not a database.\n");
    notADatabase.close();
    QVERIFY(!w.openDatabase(notADatabase.fileName()));
    auto *bar = child<MessageBar>(&w, QStringLiteral("windowMessageBar"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("not a Patch Planner database")),
             qPrintable(bar->text()));
    // The database that was open stays open and usable.
    QVERIFY(w.windowTitle().contains(QStringLiteral("inventory.ppdb")));
    w.showPage(1);
    QCOMPARE(child<QTableView>(&w, QStringLiteral("systemsTable"))->model()->rowCount(), 4);
    QVERIFY(child<QAction>(&w, QStringLiteral("newItemAction"))->isEnabled());
}

void tst_MainWindow::verifyChainReportsInMessageBar()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(3);
    auto *page = w.findChild<AuditLogPage *>();
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("verifyChainButton")), Qt::LeftButton);
    auto *bar = page->findChild<MessageBar *>();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Positive);
    QVERIFY2(bar->text().contains(QStringLiteral("intact")), qPrintable(bar->text()));
    // Filtering by record narrows the table.
    auto *audit = child<QTableView>(&w, QStringLiteral("auditTable"));
    // Four inventory records, and the default cadences created on opening (issue 6).
    QCOMPARE(audit->model()->rowCount(), 6);
    auto *entity = child<QComboBox>(&w, QStringLiteral("auditEntityFilter"));
    entity->setCurrentIndex(entity->findData(QStringLiteral("component")));
    QCOMPARE(audit->model()->rowCount(), 1);
}

void tst_MainWindow::remembersPageAndRecentFiles()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openDatabase(m_path));
        w.showPage(2);
        w.close();
    }
    Internal::UiSettings settings;
    QCOMPARE(settings.value(QStringLiteral("mainWindow/page")).toInt(), 2);
    QCOMPARE(settings.value(QStringLiteral("lastDatabase")).toString(), m_path);
    QVERIFY(settings.value(QStringLiteral("recentDatabases")).toStringList().contains(m_path));
    MainWindow again;
    QCOMPARE(again.findChild<QStackedWidget *>()->currentIndex(), 2);
}

void tst_MainWindow::importDialogPreviewsAndImports()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_path));
    const qint64 crm = ws.addSystem([] {
        System s;
        s.code = QStringLiteral("NEW-01");
        s.name = QStringLiteral("Something to undo");
        return s;
    }());
    QVERIFY(crm > 0);
    QVERIFY(ws.undoStack()->canUndo());

    auto write = [this](const QString &name, const QByteArray &text) {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(text);
        return f.fileName();
    };
    const QByteArray header = "system_code,system_name,criticality,environment,exposure,"
                              "lifecycle_state,component_kind,vendor,product,version,instances\n";
    const QString bad = write(QStringLiteral("bad.csv"),
                              header + "PAY-01,Payroll,2,production,internal,active,os,Red Hat,RHEL,8.9,2\n"
                                       "WMS-02,Warehouse,9,production,internal,active,os,Microsoft,"
                                       "Windows Server,2016,3\n");
    const QString good = write(QStringLiteral("good.csv"),
                               header + "PAY-01,Payroll,2,production,internal,active,os,Red Hat,RHEL,8.9,2\n"
                                        "PAY-01,Payroll,2,production,internal,active,database,Oracle,"
                                        "Oracle Database,19c,1\n");

    {
        InventoryImportDialog dialog(&ws);
        QSignalSpy ready(&dialog, &InventoryImportDialog::previewReady);
        dialog.start(bad);
        QVERIFY(dialog.isReading());
        QVERIFY(ready.wait(10000));
        QVERIFY(hasErrors(dialog.preview().issues));
        auto *import = child<QPushButton>(&dialog, QStringLiteral("importButton"));
        QVERIFY(!import->isEnabled());
        auto *issues = child<QTableView>(&dialog, QStringLiteral("importIssuesTable"));
        auto *rows = child<QTableView>(&dialog, QStringLiteral("importRowsTable"));
        QVERIFY(issues->model()->rowCount() >= 1);
        issues->selectRow(0);
        // Selecting the issue selects its row (line 3: the second data row).
        QCOMPARE(rows->selectionModel()->selectedRows().value(0).row(), 1);
    }
    {
        InventoryImportDialog dialog(&ws);
        QSignalSpy ready(&dialog, &InventoryImportDialog::previewReady);
        QSignalSpy imported(&dialog, &InventoryImportDialog::imported);
        QSignalSpy reloaded(&ws, &Workspace::systemsChanged);
        dialog.start(good);
        QVERIFY(ready.wait(10000));
        auto *import = child<QPushButton>(&dialog, QStringLiteral("importButton"));
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        // Written on a worker with a connection of its own: the window stays responsive, and
        // the dialog cannot be closed or the import pressed again meanwhile.
        QVERIFY(dialog.isWriting());
        QVERIFY(!import->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("closeButton"))->isEnabled());
        QVERIFY(imported.wait(10000));
        QVERIFY(!dialog.isWriting());
        QCOMPARE(imported.count(), 1);
        QVERIFY(reloaded.count() >= 1);
        const auto report = imported.at(0).at(0).value<InventoryImportReport>();
        QCOMPARE(report.systemsCreated, 1);
        QCOMPARE(report.componentsCreated, 2);
    }
    // The import is outside the undo history, which no longer matches the data: cleared.
    QVERIFY(!ws.undoStack()->canUndo());
    auto pay = ws.systems();
    PP_VERIFY_OK(pay);
    QCOMPARE(pay->size(), 6);
}

void tst_MainWindow::colleagueEdits(const QString &code,
                                    const std::function<void(System &)> &change)
{
    auto db = reopen();
    QVERIFY(db);
    db->setActor(QStringLiteral("colleague"));
    auto stored = SystemRepository(*db).findByCode(code);
    PP_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    System s = **stored;
    change(s);
    PP_VERIFY_OK(SystemRepository(*db).update(s));
}

void tst_MainWindow::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// How long others' changes may take to show (the SQLite poll runs every second).
constexpr int kPropagationMs = 5000;

void tst_MainWindow::othersChangesAppearKeepingSelection()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *page = w.findChild<SystemsPage *>();
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("CRM")));
    QCOMPARE(page->selectedSystemId(), m_crmId);

    // Another system changes: the table follows, the selection stays.
    colleagueEdits(QStringLiteral("ERP"), [](System &s) { s.name = QStringLiteral("ERP 2025"); });
    QTRY_VERIFY_WITH_TIMEOUT(
        table->model()->match(table->model()->index(0, 1), Qt::DisplayRole,
                              QStringLiteral("ERP 2025")).size() == 1,
        kPropagationMs);
    QCOMPARE(page->selectedSystemId(), m_crmId);

    // The shown system changes while the editor is untouched: it shows the new values, and who.
    colleagueEdits(QStringLiteral("CRM"),
                   [](System &s) { s.ownerTeam = QStringLiteral("Sales IT"); });
    auto *owner = child<QLineEdit>(&w, QStringLiteral("ownerTeamEdit"));
    QTRY_COMPARE_WITH_TIMEOUT(owner->text(), QStringLiteral("Sales IT"), kPropagationMs);
    auto *bar = w.findChild<QWidget *>(QStringLiteral("systemEditor"))->findChild<MessageBar *>();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Information);
    QVERIFY2(bar->text().contains(QStringLiteral("colleague")), qPrintable(bar->text()));
    QCOMPARE(page->selectedSystemId(), m_crmId);
    // Nothing went into this window's undo history.
    QVERIFY(!child<QAction>(&w, QStringLiteral("undoAction"))->isEnabled());
}

void tst_MainWindow::changeBehindUnsavedEditsWarnsThenApplyReloads()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *page = w.findChild<SystemsPage *>();
    int asked = 0;
    EditConflict seen;
    page->setConflictResolver([&](QWidget *, const EditConflict &conflict) {
        ++asked;
        seen = conflict;
        return ConflictChoice::Reload;
    });
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("CRM")));
    auto *owner = child<QLineEdit>(&w, QStringLiteral("ownerTeamEdit"));
    auto *name = child<QLineEdit>(&w, QStringLiteral("nameEdit"));
    QTest::keyClicks(owner, QStringLiteral("Platform team"));

    colleagueEdits(QStringLiteral("CRM"), [](System &s) { s.name = QStringLiteral("CRM suite"); });
    auto *bar = w.findChild<QWidget *>(QStringLiteral("systemEditor"))->findChild<MessageBar *>();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kPropagationMs);
    QCOMPARE(bar->type(), MessageBar::Type::Warning);
    QVERIFY2(bar->text().startsWith(QStringLiteral("This system was changed by colleague at ")),
             qPrintable(bar->text()));
    QVERIFY(bar->findChild<QToolButton *>(QStringLiteral("reloadSystemActionButton")));
    QVERIFY(bar->findChild<QToolButton *>(QStringLiteral("keepEditingSystemActionButton")));
    // My edits are untouched; the table already shows theirs.
    QCOMPARE(owner->text(), QStringLiteral("Platform team"));
    QCOMPARE(name->text(), QStringLiteral("Customer relations"));
    QVERIFY(table->model()->match(table->model()->index(0, 1), Qt::DisplayRole,
                                  QStringLiteral("CRM suite")).size() == 1);
    screenshot(&w, QStringLiteral("changed-behind-editor"));

    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyButton")), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(seen.actor, QStringLiteral("colleague"));
    QCOMPARE(seen.differences.size(), 2); // name (theirs) and owner team (mine)
    // Reload: their values, mine discarded, nothing written.
    QCOMPARE(name->text(), QStringLiteral("CRM suite"));
    QCOMPARE(owner->text(), QString());
    QVERIFY(!child<QPushButton>(&w, QStringLiteral("applyButton"))->isEnabled());
    auto db = reopen();
    auto stored = SystemRepository(*db).findById(m_crmId);
    QCOMPARE((*stored)->name, QStringLiteral("CRM suite"));
    QCOMPARE((*stored)->ownerTeam, QString());
    QVERIFY(!child<QAction>(&w, QStringLiteral("undoAction"))->isEnabled());
    QCOMPARE(page->selectedSystemId(), m_crmId);
}

void tst_MainWindow::conflictOnApplyOverwritesDeliberately()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *page = w.findChild<SystemsPage *>();
    int asked = 0;
    page->setConflictResolver([&](QWidget *, const EditConflict &) {
        ++asked;
        return ConflictChoice::Overwrite;
    });
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("CRM")));
    auto *owner = child<QLineEdit>(&w, QStringLiteral("ownerTeamEdit"));
    QTest::keyClicks(owner, QStringLiteral("Platform team"));
    // Someone saves, and the user presses Apply before the window has even noticed.
    colleagueEdits(QStringLiteral("CRM"),
                   [](System &s) { s.ownerTeam = QStringLiteral("Sales IT"); });
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyButton")), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(owner->text(), QStringLiteral("Platform team"));
    QVERIFY(!child<QPushButton>(&w, QStringLiteral("applyButton"))->isEnabled());
    {
        auto db = reopen();
        QCOMPARE((*SystemRepository(*db).findById(m_crmId))->ownerTeam,
                 QStringLiteral("Platform team"));
        // Audited as my change from their value.
        const AuditEntry last = AuditLog(*db).find({}, 0, 1)->first();
        QCOMPARE(last.actor, QStringLiteral("tester"));
        QVERIFY(last.beforeJson.contains(QStringLiteral("Sales IT")));
        QVERIFY(last.afterJson.contains(QStringLiteral("Platform team")));
    }
    // Undoable, back to their value.
    auto *undo = child<QAction>(&w, QStringLiteral("undoAction"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE((*SystemRepository(*reopen()).findById(m_crmId))->ownerTeam,
             QStringLiteral("Sales IT"));
    QCOMPARE(owner->text(), QStringLiteral("Sales IT"));
}

void tst_MainWindow::conflictDialogShowsBothValuesAndCancelKeepsEditing()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("CRM")));
    auto *owner = child<QLineEdit>(&w, QStringLiteral("ownerTeamEdit"));
    QTest::keyClicks(owner, QStringLiteral("Platform team"));
    child<QPlainTextEdit>(&w, QStringLiteral("traceCheckEdit"))
        ->setPlainText(QStringLiteral("痕跡確認: EDR timeline, proxy logs"));
    colleagueEdits(QStringLiteral("CRM"), [](System &s) {
        s.ownerTeam = QStringLiteral("Sales IT");
        s.criticality = 2;
        s.exposure = Exposure::Internet;
    });

    // The real dialog: read it, then keep editing.
    QStringList fields;
    QStringList mine;
    QStringList theirs;
    QString headline;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        headline = dialog->findChild<QLabel *>(QStringLiteral("conflictHeadline"))->text();
        auto *t = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
        for (int row = 0; row < t->rowCount(); ++row) {
            fields << t->item(row, 0)->text();
            mine << t->item(row, 1)->text();
            theirs << t->item(row, 2)->text();
        }
        screenshot(dialog, QStringLiteral("conflict-dialog"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyButton")), Qt::LeftButton);
    QVERIFY2(headline.startsWith(QStringLiteral("CRM was changed by colleague at ")),
             qPrintable(headline));
    QCOMPARE(fields, (QStringList{QStringLiteral("Owner team"), QStringLiteral("Criticality"),
                                  QStringLiteral("Exposure"), QStringLiteral("Trace check")}));
    QCOMPARE(mine, (QStringList{QStringLiteral("Platform team"), QStringLiteral("Tier 1"),
                                QStringLiteral("Internal"),
                                QStringLiteral("痕跡確認: EDR timeline, proxy logs")}));
    QCOMPARE(theirs, (QStringList{QStringLiteral("Sales IT"), QStringLiteral("Tier 2"),
                                  QStringLiteral("Internet-facing"), QStringLiteral("(empty)")}));
    // Cancel: nothing written, my edits still in the editor, and a note saying so.
    QCOMPARE(owner->text(), QStringLiteral("Platform team"));
    QVERIFY(child<QPushButton>(&w, QStringLiteral("applyButton"))->isEnabled());
    auto *bar = w.findChild<QWidget *>(QStringLiteral("systemEditor"))->findChild<MessageBar *>();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QStringLiteral("Not saved")), qPrintable(bar->text()));
    QCOMPARE((*SystemRepository(*reopen()).findById(m_crmId))->ownerTeam,
             QStringLiteral("Sales IT"));
    // The window-wide bar shows no failure: this was a decision, not an error.
    QVERIFY(!child<MessageBar>(&w, QStringLiteral("windowMessageBar"))->isVisible());
}

void tst_MainWindow::componentConflictReloads()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(2);
    auto *page = w.findChild<ComponentsPage *>();
    EditConflict seen;
    page->setConflictResolver([&](QWidget *, const EditConflict &conflict) {
        seen = conflict;
        return ConflictChoice::Reload;
    });
    auto *table = child<QTableView>(&w, QStringLiteral("componentsTable"));
    table->selectRow(0);
    const qint64 id = page->selectedComponentId();
    QVERIFY(id > 0);
    auto *version = child<QLineEdit>(&w, QStringLiteral("versionEdit"));
    version->clear();
    QTest::keyClicks(version, QStringLiteral("15.6"));
    {
        auto db = reopen();
        db->setActor(QStringLiteral("colleague"));
        Component c = **ComponentRepository(*db).findById(id);
        c.version = QStringLiteral("16.2");
        PP_VERIFY_OK(ComponentRepository(*db).update(c));
    }
    auto *bar =
        w.findChild<QWidget *>(QStringLiteral("componentEditor"))->findChild<MessageBar *>();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kPropagationMs);
    QVERIFY2(bar->text().startsWith(QStringLiteral("This component was changed by colleague")),
             qPrintable(bar->text()));
    QCOMPARE(version->text(), QStringLiteral("15.6"));
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyComponentButton")),
                      Qt::LeftButton);
    QCOMPARE(seen.entity, QStringLiteral("component"));
    QCOMPARE(seen.differences.size(), 1);
    QCOMPARE(seen.differences.at(0).mine, QStringLiteral("15.6"));
    QCOMPARE(seen.differences.at(0).theirs, QStringLiteral("16.2"));
    QCOMPARE(version->text(), QStringLiteral("16.2"));
}

void tst_MainWindow::deletedWhileEditingCanBeAddedAgain()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(1);
    auto *page = w.findChild<SystemsPage *>();
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("HR")));
    auto *owner = child<QLineEdit>(&w, QStringLiteral("ownerTeamEdit"));
    QTest::keyClicks(owner, QStringLiteral("People systems"));
    {
        auto db = reopen();
        db->setActor(QStringLiteral("colleague"));
        const System hr = **SystemRepository(*db).findByCode(QStringLiteral("HR"));
        PP_VERIFY_OK(SystemRepository(*db).remove(hr.id, hr.rowVersion));
    }
    // The row goes; the edits stay, with a warning, and no question pops up.
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kPropagationMs);
    auto *bar = w.findChild<QWidget *>(QStringLiteral("systemEditor"))->findChild<MessageBar *>();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QStringLiteral("This system was deleted by colleague")),
             qPrintable(bar->text()));
    QCOMPARE(owner->text(), QStringLiteral("People systems"));
    QCOMPARE(child<QLineEdit>(&w, QStringLiteral("codeEdit"))->text(), QStringLiteral("HR"));
    QTRY_COMPARE(page->selectedSystemId(), 0); // no other system looks like the one edited

    // Apply: the dialog offers to add it again with my values.
    QString overwriteText;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        screenshot(dialog, QStringLiteral("conflict-dialog-deleted"));
        auto *overwrite = dialog->findChild<QPushButton *>(QStringLiteral("overwriteButton"));
        overwriteText = overwrite->text();
        overwrite->click();
    });
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("applyButton")), Qt::LeftButton);
    QCOMPARE(overwriteText, QStringLiteral("&Add again with my values"));
    auto stored = SystemRepository(*reopen()).findByCode(QStringLiteral("HR"));
    PP_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->ownerTeam, QStringLiteral("People systems"));
    QCOMPARE(page->selectedSystemId(), (*stored)->id);
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(!child<QPushButton>(&w, QStringLiteral("applyButton"))->isEnabled());
}

void tst_MainWindow::viewerCannotEdit()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    auto *ws = w.findChild<Workspace *>();
    QVERIFY(ws);
    QCOMPARE(child<QLabel>(&w, QStringLiteral("roleLabel"))->text(),
             QStringLiteral("Role: all rights (local file)"));
    // The same file, opened for reading only: a viewer.
    Database::Options options;
    options.readOnly = true;
    PP_VERIFY_OK(ws->open(m_path, options));
    QVERIFY(!ws->canEdit());
    QCOMPARE(child<QLabel>(&w, QStringLiteral("roleLabel"))->text(),
             QStringLiteral("Role: viewer"));
    w.showPage(1);
    QVERIFY(!child<QAction>(&w, QStringLiteral("newItemAction"))->isEnabled());
    QVERIFY(!child<QPushButton>(&w, QStringLiteral("addSystemButton"))->isEnabled());
    auto *table = child<QTableView>(&w, QStringLiteral("systemsTable"));
    table->selectRow(rowOfCode(table, QStringLiteral("CRM")));
    QVERIFY(!child<QAction>(&w, QStringLiteral("deleteAction"))->isEnabled());
    QVERIFY(child<QLineEdit>(&w, QStringLiteral("ownerTeamEdit"))->isReadOnly());
    QVERIFY(!child<QComboBox>(&w, QStringLiteral("criticalityCombo"))->isEnabled());
    QVERIFY(!child<QPushButton>(&w, QStringLiteral("applyButton"))->isEnabled());
    w.showPage(2);
    QVERIFY(!child<QAction>(&w, QStringLiteral("newItemAction"))->isEnabled());
    QVERIFY(!child<QPushButton>(&w, QStringLiteral("addComponentButton"))->isEnabled());
    bool importEnabled = true;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text().contains(QStringLiteral("Import inventory")))
            importEnabled = a->isEnabled();
    }
    QVERIFY(!importEnabled);
}

void tst_MainWindow::connectDialogBuildsLocationAndNeverStoresPassword()
{
    qunsetenv("PGPASSWORD");
    const QString pgpass = m_dir->filePath(QStringLiteral("pgpass"));
    {
        QFile f(pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("db.example.jp:5433:patchplanner:bob:from-pgpass\n");
    }
    QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner);
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());

    ConnectDialog dialog;
    dialog.show();
    child<QLineEdit>(&dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("db.example.jp"));
    child<QSpinBox>(&dialog, QStringLiteral("portSpin"))->setValue(5433);
    child<QLineEdit>(&dialog, QStringLiteral("databaseEdit"))
        ->setText(QStringLiteral("patchplanner"));
    child<QLineEdit>(&dialog, QStringLiteral("userEdit"))->setText(QStringLiteral("alice"));
    auto *tls = child<QComboBox>(&dialog, QStringLiteral("tlsCombo"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    QCOMPARE(dialog.location(),
             QStringLiteral("postgresql://alice@db.example.jp:5433/patchplanner"
                            "?sslmode=verify-full"));
    // No PGPASSWORD, no ~/.pgpass entry for alice: the dialog asks.
    auto *password = child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
    QVERIFY(dialog.needsPassword());
    QVERIFY(password->isVisible());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("correct horse"));
    screenshot(&dialog, QStringLiteral("connect-dialog"));
    // bob has a ~/.pgpass entry: no password field.
    child<QLineEdit>(&dialog, QStringLiteral("userEdit"))->setText(QStringLiteral("bob"));
    QVERIFY(!dialog.needsPassword());
    QVERIFY(!password->isVisible());
    QCOMPARE(dialog.password(), QString());
    child<QLineEdit>(&dialog, QStringLiteral("userEdit"))->setText(QStringLiteral("alice"));
    QVERIFY(password->isVisible());
    // Prefer is libpq's default and stays out of the address.
    tls->setCurrentIndex(tls->findData(QStringLiteral("prefer")));
    QCOMPARE(dialog.location(),
             QStringLiteral("postgresql://alice@db.example.jp:5433/patchplanner"));

    // Connect: a failure stays in the dialog; success closes it. The password goes to the
    // connector, nowhere else.
    QStringList tried;
    QString passed;
    bool refuse = true;
    dialog.setConnector([&](const QString &location, const QString &pw) -> Status {
        tried << location;
        passed = pw;
        if (refuse)
            return fail(QStringLiteral("The server refused the password."));
        return {};
    });
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<MessageBar>(&dialog, QStringLiteral("connectMessages"))->text().contains(
        QStringLiteral("refused")));
    refuse = false;
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("connectButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(tried.size(), 2);
    QCOMPARE(passed, QStringLiteral("correct horse"));

    Internal::UiSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("correct horse")),
                 qPrintable(key));
    }
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("correct horse"));
    // The fields (not the password) are remembered for next time.
    ConnectDialog again;
    QCOMPARE(again.location(),
             QStringLiteral("postgresql://alice@db.example.jp:5433/patchplanner"));
    QCOMPARE(again.password(), QString());
    qunsetenv("PGPASSFILE");
}

void tst_MainWindow::failedSharedOpenOffersTheConnectDialog()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    // Nothing listens on port 1: refused at once.
    const QString url =
        QStringLiteral("postgresql://alice@127.0.0.1:1/patchplanner?sslmode=disable");
    QVERIFY(!w.openDatabase(url));
    auto *bar = child<MessageBar>(&w, QStringLiteral("windowMessageBar"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    auto *connect = bar->findChild<QToolButton *>(QStringLiteral("connectAgainActionButton"));
    QVERIFY(connect);
    // It opens the dialog with the failed address filled in.
    QString shown;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        shown = dialog->location();
        dialog->reject();
    });
    connect->click();
    QCOMPARE(shown, url);
    // The file that was open stays open; the failed address is not a recent file.
    QVERIFY(w.windowTitle().contains(QStringLiteral("inventory.ppdb")));
    const QStringList recent =
        Internal::UiSettings().value(QStringLiteral("recentDatabases")).toStringList();
    QVERIFY(!recent.contains(url));
}

void tst_MainWindow::addLifecycleData()
{
    auto db = reopen();
    QVERIFY(db);
    auto components = ComponentRepository(*db).findBySystem(m_crmId);
    PP_VERIFY_OK(components);
    ManualLifecycle m;
    m.componentId = components->first().id;
    m.releaseDate = QDate(2019, 10, 3);
    m.securitySupport = SupportEnd::on(QDate(2020, 11, 12));
    PP_VERIFY_OK(LifecycleRepository(*db).saveManual(m));
    Component c;
    c.systemId = m_crmId;
    c.kind = ComponentKind::Application;
    c.vendor = QStringLiteral("Acme");
    c.product = QStringLiteral("通話録音システム");
    c.version = QStringLiteral("5.4");
    PP_VERIFY_OK(ComponentRepository(*db).insert(c));
}

void tst_MainWindow::roadmapShowsRowsAndFiltersByStatus()
{
    addLifecycleData();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(m_path));
    w.showPage(0);
    QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
    auto *stack = w.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentIndex(), 4);
    auto *page = w.findChild<RoadmapPage *>();
    QVERIFY(page);
    QTRY_COMPARE(page->chartView()->bars().size(), 2);
    QTRY_VERIFY(!page->isLoading()); // read in the background (issue 9)
    QCOMPARE(page->table()->model()->rowCount(), 2);

    page->setStatusFilter({EoslStatus::Past, false});
    QTRY_COMPARE(page->chartView()->bars().size(), 1);
    QTRY_VERIFY(!page->isLoading()); // read in the background (issue 9)
    QCOMPARE(page->table()->model()->rowCount(), 1);
    QCOMPARE(page->chartView()->bars().first().status, EoslStatus::Past);
    QVERIFY(page->chartView()->bars().first().label.contains(QStringLiteral("PostgreSQL")));

    // Unknown is shown as unknown (its own status), never as supported.
    page->setStatusFilter({EoslStatus::Unknown, false});
    QTRY_VERIFY(!page->isLoading()); // the chart is grouped in the background (issue 9)
    QCOMPARE(page->chartView()->bars().size(), 1);
    QCOMPARE(page->chartView()->bars().first().eosl.state, SupportState::Unknown);

    // Group by product cycle, all statuses; a click on a bar selects its row in the table.
    page->setStatusFilter({});
    page->setGrouping(RoadmapPage::Grouping::ByProduct);
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->chartView()->bars().size(), 2);
    const qint64 first = page->chartView()->bars().first().componentIds.first();
    emit page->chartView()->rowClicked(0);
    QCOMPARE(page->selectedComponent(), first);

    // "Open component" shows it on the Components page.
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("openComponentButton")),
                      Qt::LeftButton);
    QCOMPARE(stack->currentIndex(), 2);
    QCOMPARE(w.findChild<ComponentsPage *>()->selectedComponentId(), first);
}

void tst_MainWindow::dashboardTileOpensFilteredRoadmap()
{
    addLifecycleData();
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(0); // the dashboard is read when shown (issue 9)
    auto *dashboard = w.findChild<DashboardPage *>();
    QPushButton *past = dashboard->eoslTiles()->tile(QStringLiteral("past"));
    QTRY_COMPARE(dashboard->eoslTiles()->value(QStringLiteral("past")), 1);
    QCOMPARE(dashboard->eoslTiles()->value(QStringLiteral("unknown")), 1);
    QCOMPARE(dashboard->eoslTiles()->value(QStringLiteral("decision")), 1);
    QTest::mouseClick(past, Qt::LeftButton);
    QCOMPARE(w.findChild<QStackedWidget *>()->currentIndex(), 4);
    auto *page = w.findChild<RoadmapPage *>();
    QCOMPARE(page->proxy()->statusFilter().status, std::optional<EoslStatus>(EoslStatus::Past));
    QTRY_COMPARE(page->chartView()->bars().size(), 1);
    QCOMPARE(child<QComboBox>(&w, QStringLiteral("statusFilter"))->currentData().toInt(),
             int(EoslStatus::Past));
}

void tst_MainWindow::lifecycleTabDecisionIsStoredAndUndoable()
{
    addLifecycleData();
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    w.showPage(2);
    auto *components = w.findChild<ComponentsPage *>();
    auto *table = child<QTableView>(&w, QStringLiteral("componentsTable"));
    qint64 pgId = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->selectRow(row);
        if (table->model()->index(row, 0).siblingAtColumn(4).data().toString()
            == QStringLiteral("PostgreSQL"))
            break;
    }
    pgId = components->selectedComponentId();
    QVERIFY(pgId > 0);
    auto *panel = w.findChild<LifecyclePanel *>();
    QCOMPARE(panel->componentId(), pgId);
    // The manual EOSL shows as typed by hand.
    QCOMPARE(panel->stateCombo(LifecycleField::SecuritySupport)->currentData().toInt(),
             int(LifecyclePanel::Choice::Date));
    QCOMPARE(panel->dateEdit(LifecycleField::SecuritySupport)->date(), QDate(2020, 11, 12));

    panel->decisionCombo()->setCurrentIndex(
        panel->decisionCombo()->findData(int(UpgradeDecisionKind::VendorProject)));
    panel->targetVersionEdit()->setText(QStringLiteral("16.4"));
    QTest::mouseClick(child<QPushButton>(&w, QStringLiteral("lifecycleApply")), Qt::LeftButton);
    {
        auto db = reopen();
        auto d = LifecycleRepository(*db).decision(pgId);
        PP_VERIFY_OK(d);
        QCOMPARE(d->decision, UpgradeDecisionKind::VendorProject);
        QCOMPARE(d->targetVersion, QStringLiteral("16.4"));
        QCOMPARE(d->decidedBy, QStringLiteral("tester"));
    }
    child<QAction>(&w, QStringLiteral("undoAction"))->trigger();
    {
        auto db = reopen();
        QCOMPARE(LifecycleRepository(*db).decision(pgId)->decision, UpgradeDecisionKind::None);
    }
    QCOMPARE(panel->decisionCombo()->currentData().toInt(), int(UpgradeDecisionKind::None));
    child<QAction>(&w, QStringLiteral("redoAction"))->trigger();
    QCOMPARE(panel->decisionCombo()->currentData().toInt(),
             int(UpgradeDecisionKind::VendorProject));
}

void tst_MainWindow::mappingDialogListsAndRemembersProducts()
{
    {
        auto db = reopen();
        EolProduct p;
        p.id = QStringLiteral("postgresql");
        PP_VERIFY_OK(LifecycleRepository(*db).upsertProduct(p));
    }
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    auto *workspace = w.findChild<Workspace *>();
    QVERIFY(workspace);
    ProductMappingDialog dialog(workspace, &w);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, ProductMappingDialog::ProductColumn)->text(),
             QStringLiteral("PostgreSQL"));
    dialog.choose(0, QStringLiteral("postgresql"));
    QVERIFY(dialog.save());
    auto db = reopen();
    auto mappings = LifecycleRepository(*db).mappings();
    PP_VERIFY_OK(mappings);
    QCOMPARE(mappings->size(), 1);
    QCOMPARE(mappings->first().eolProduct, QStringLiteral("postgresql"));
}

void tst_MainWindow::endOfLifeImportDialogPreviewsAndImports()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_path));
    auto *workspace = w.findChild<Workspace *>();
    QVERIFY(workspace);
    // A file that is not JSON: a located error, and Import stays disabled.
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("rhel.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("[{\"cycle\": \"9\", \"eol\": ");
    bad.close();
    {
        EndOfLifeImportDialog dialog(workspace, {bad.fileName()}, &w);
        QTRY_VERIFY(dialog.isPreviewReady());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("importButton"))->isEnabled());
        QVERIFY(child<QTableView>(&dialog, QStringLiteral("eolIssues"))->model()->rowCount() > 0);
    }
    EndOfLifeImportDialog dialog(workspace, {QStringLiteral(PP_TEST_DATA "/endoflife-v0")}, &w);
    QTRY_VERIFY(dialog.isPreviewReady());
    auto *import = child<QPushButton>(&dialog, QStringLiteral("importButton"));
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.summary().contains(QStringLiteral("Imported")));
    auto db = reopen();
    auto products = LifecycleRepository(*db).products();
    PP_VERIFY_OK(products);
    QVERIFY(products->size() > 10);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
