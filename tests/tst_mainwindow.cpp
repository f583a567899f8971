// The main window, offscreen: a database with a few systems is opened, every page shown, a
// system edited in the editor and applied (stored, audited), undone through the Edit menu's
// action; systems added and deleted (the confirmation accepted by the test), the filter used.
#include "testsupport.h"

#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/audit/auditlogpage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/importexport/inventoryimportdialog.h"
#include "ui/inventory/componentspage.h"
#include "ui/inventory/systemspage.h"
#include "ui/mainwindow.h"
#include "ui/uisettings.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
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
    void editApplyAuditAndUndo();
    void validationProblemsShowInline();
    void addAndDeleteSystem();
    void addComponentAndJumpFromSystems();
    void filterNarrowsTheTable();
    void failedOpenKeepsTheWindowUsable();
    void verifyChainReportsInMessageBar();
    void remembersPageAndRecentFiles();
    void importDialogPreviewsAndImports();

private:
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

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    qint64 m_crmId = 0;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    QCOMPARE(audit->model()->rowCount(), 5);
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
