// The issue 5 screens: the Patches page lists the pending patches of a real import and filters
// them; vendor patches are added, edited and deleted through the dialog, undoably; the dashboard
// counts findings and its tiles open the Vulnerabilities page filtered; the main window has the
// new pages, shortcuts and menu entries; the due-date policy dialog saves and recomputes.
#include "testsupport.h"

#include "models/io/vulnimport.h"
#include "models/itemmodels/patchtablemodel.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/findingtiles.h"
#include "ui/importexport/sbomimportdialog.h"
#include "ui/mainwindow.h"
#include "ui/patches/patchespage.h"
#include "ui/patches/vendorpatchdialog.h"
#include "ui/vulnerabilities/duepolicydialog.h"
#include "ui/vulnerabilities/vulnerabilitiespage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

namespace {

int countOf(const PatchesPage &page)
{
    return page.table()->model()->rowCount();
}

} // namespace

class tst_PatchUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageListsPatchesAndFilters();
    void vendorPatchDialogValidates();
    void vendorPatchAddEditDeleteWithUndo();
    void readOnlyUserCannotEditPatches();
    void dashboardCountsAndTileOpensVulnerabilities();
    void mainWindowHasNewPagesAndShortcuts();
    void duePolicyDialogSavesAndRecomputes();
    void sbomDialogPreviewsAndImportsIntoASystem();

private:
    QString location() const { return test::location(m_dir, QStringLiteral("patches.db")); }

    QTemporaryDir m_dir;
    qint64 m_web = 0;
    qint64 m_hr = 0;
};

void tst_PatchUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::isolateSettings();
    auto db = test::openTemp(m_dir, QStringLiteral("patches.db"));
    QVERIFY(db);
    System web;
    web.code = QStringLiteral("WEB");
    web.name = QStringLiteral("Web shop");
    web.exposure = Exposure::Internet;
    web.criticality = 1;
    auto storedWeb = SystemRepository(*db).insert(web);
    PP_VERIFY_OK(storedWeb);
    m_web = storedWeb->id;
    System hr;
    hr.code = QStringLiteral("HR");
    hr.name = QStringLiteral("Human resources");
    hr.exposure = Exposure::Internal;
    hr.criticality = 3;
    auto storedHr = SystemRepository(*db).insert(hr);
    PP_VERIFY_OK(storedHr);
    m_hr = storedHr->id;

    Component apache;
    apache.systemId = m_web;
    apache.kind = ComponentKind::Middleware;
    apache.vendor = QStringLiteral("Apache");
    apache.product = QStringLiteral("HTTP Server");
    apache.version = QStringLiteral("2.4.57");
    apache.cpe = QStringLiteral("cpe:2.3:a:apache:http_server:2.4.57:*:*:*:*:*:*:*");
    PP_VERIFY_OK(ComponentRepository(*db).insert(apache));
    Component openssl;
    openssl.systemId = m_hr;
    openssl.kind = ComponentKind::Application;
    openssl.vendor = QStringLiteral("OpenSSL");
    openssl.product = QStringLiteral("OpenSSL");
    openssl.version = QStringLiteral("3.0.1");
    openssl.cpe = QStringLiteral("cpe:2.3:a:openssl:openssl:3.0.1:*:*:*:*:*:*:*");
    PP_VERIFY_OK(ComponentRepository(*db).insert(openssl));

    // Two made-up CVEs in NVD API 2.0 form: a critical one in Apache HTTP Server before 2.4.62
    // that CISA lists as exploited (KEV fields), and a medium one in OpenSSL before 3.0.7.
    const QString nvd = QStringLiteral(PP_TEST_DATA "/patchui/nvd-two-cves.json");
    VulnImportOptions options;
    // Detected long ago: both findings are overdue whatever today is.
    options.now = QDateTime(QDate(2024, 7, 10), QTime(9, 0), Qt::UTC);
    auto report = VulnImport::run(*db, VulnFeedKind::Nvd, {nvd}, options);
    PP_VERIFY_OK(report);
    QCOMPARE(report->created, 2);
    QCOMPARE(report->findingsCreated, 2);
    QVERIFY(report->patchesCreated >= 2);
}

void tst_PatchUi::pageListsPatchesAndFilters()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(location()));
    PatchesPage page(&ws);
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(page.model()->rowCount(), 2);
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(countOf(page), 2);
    QVERIFY(page.emptyLabel()->isHidden());

    // The Apache upgrade: emergency (KEV on an internet-facing tier 1 system), overdue, resolves
    // CVE-2099-0001, target the first fixed version.
    const int apache = [&page]() {
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->rowAt(r)->systemCode == QLatin1String("WEB"))
                return r;
        }
        return -1;
    }();
    QVERIFY(apache >= 0);
    const PatchRow *row = page.model()->rowAt(apache);
    QCOMPARE(row->patch.kind, PatchKind::Upgrade);
    QCOMPARE(row->track, Track::Emergency);
    QVERIFY(row->overdue);
    QCOMPARE(row->resolves, QStringList{QStringLiteral("CVE-2099-0001")});
    QCOMPARE(row->patch.targetVersion, QStringLiteral("2.4.62"));
    const auto cell = [&page, apache](int column) {
        return page.model()->index(apache, column).data().toString();
    };
    QVERIFY2(cell(PatchTableModel::Due).contains(QStringLiteral("overdue")),
             qPrintable(cell(PatchTableModel::Due)));
    QVERIFY(cell(PatchTableModel::TrackColumn).contains(QStringLiteral("Emergency")));
    QCOMPARE(cell(PatchTableModel::Resolves), QStringLiteral("CVE-2099-0001"));
    QCOMPARE(cell(PatchTableModel::Version), QStringLiteral("2.4.57"));
    QVERIFY(page.model()->index(apache, PatchTableModel::Resolves).data(Qt::ToolTipRole)
                .toString().contains(QStringLiteral("CVE-2099-0001")));

    // Filters: system, track, overdue, text; and back to everything.
    page.systemChooser()->setCurrentIndex(page.systemChooser()->findData(m_hr));
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(countOf(page), 1);
    QCOMPARE(page.table()->model()->index(0, PatchTableModel::System).data().toString(),
             QStringLiteral("HR"));
    page.systemChooser()->setCurrentIndex(0);
    page.trackChooser()->setCurrentIndex(page.trackChooser()->findData(int(Track::Emergency)));
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(countOf(page), 1);
    QCOMPARE(page.table()->model()->index(0, PatchTableModel::System).data().toString(),
             QStringLiteral("WEB"));
    page.trackChooser()->setCurrentIndex(page.trackChooser()->findData(int(Track::Regular)));
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(countOf(page), 1);
    page.trackChooser()->setCurrentIndex(0);
    page.overdueCheck()->setChecked(true);
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(countOf(page), 2);
    page.overdueCheck()->setChecked(false);
    page.filterEdit()->setText(QStringLiteral("cve-2099-0002"));
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(countOf(page), 1);
    page.filterEdit()->setText(QStringLiteral("no such thing"));
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(countOf(page), 0);
    QVERIFY(!page.emptyLabel()->isHidden());
    QVERIFY(page.emptyLabel()->text().contains(QStringLiteral("filters")));
    page.filterEdit()->clear();
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(countOf(page), 2);

    // Sorted by due date: the emergency Apache patch (due first) on top.
    page.table()->sortByColumn(PatchTableModel::Due, Qt::AscendingOrder);
    QCOMPARE(page.table()->model()->index(0, PatchTableModel::System).data().toString(),
             QStringLiteral("WEB"));
    // Upgrades are computed: not editable, not deletable.
    page.table()->selectRow(0);
    QVERIFY(page.selectedPatchId() != 0);
    QVERIFY(!page.canDelete());
    QVERIFY(!page.canEditSelected());
    QVERIFY(page.canCreate());
}

void tst_PatchUi::vendorPatchDialogValidates()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(location()));
    VendorPatchDialog dialog(&ws, Patch{});
    QVERIFY(dialog.validationError().contains(QStringLiteral("Title")));
    dialog.titleEdit()->setText(QStringLiteral("OpenSSL 3.0.7"));
    QVERIFY(dialog.validationError().isEmpty());
    dialog.targetEdit()->setText(QStringLiteral("*")); // CPE's ANY, not a version
    QVERIFY(dialog.validationError().contains(QStringLiteral("Target version")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted while invalid
    dialog.targetEdit()->setText(QStringLiteral("3.0.7"));
    QVERIFY(dialog.validationError().isEmpty());
    QCOMPARE(dialog.minutesSpin()->minimum(), 1);
    QCOMPARE(dialog.minutesSpin()->maximum(), 1440);

    // The open findings of the product are offered, and only those.
    QCOMPARE(dialog.findingList()->count(), 0);
    dialog.productEdit()->setText(QStringLiteral("openssl"));
    emit dialog.productEdit()->editingFinished();
    QCOMPARE(dialog.findingList()->count(), 1);
    QVERIFY(dialog.findingList()->item(0)->text().contains(QStringLiteral("CVE-2099-0002")));
    dialog.findingList()->item(0)->setCheckState(Qt::Checked);
    const Patch p = dialog.patch();
    QCOMPARE(p.kind, PatchKind::Vendor);
    QCOMPARE(p.title, QStringLiteral("OpenSSL 3.0.7"));
    QCOMPARE(p.targetVersion, QStringLiteral("3.0.7"));
    QCOMPARE(p.findingIds.size(), 1);
}

void tst_PatchUi::vendorPatchAddEditDeleteWithUndo()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(location()));
    QSignalSpy failures(&ws, &Workspace::commandFailed);
    PatchesPage page(&ws);
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(page.model()->rowCount(), 2);

    page.setDialogRunner([](VendorPatchDialog &d) {
        d.advisoryEdit()->setText(QStringLiteral("OSSL-2099-01"));
        d.titleEdit()->setText(QStringLiteral("OpenSSL security release"));
        d.vendorEdit()->setText(QStringLiteral("OpenSSL"));
        d.productEdit()->setText(QStringLiteral("OpenSSL"));
        emit d.productEdit()->editingFinished();
        d.targetEdit()->setText(QStringLiteral("3.0.7"));
        d.minutesSpin()->setValue(45);
        d.rebootCheck()->setChecked(true);
        if (d.findingList()->count() != 1)
            return false;
        d.findingList()->item(0)->setCheckState(Qt::Checked);
        return true;
    });
    page.createItem();
    QCOMPARE(failures.count(), 0);
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(page.model()->rowCount(), 3);
    const qint64 id = page.selectedPatchId();
    QVERIFY(id != 0);
    auto stored = ws.patch(id);
    PP_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->kind, PatchKind::Vendor);
    QCOMPARE((*stored)->advisoryId, QStringLiteral("OSSL-2099-01"));
    QCOMPARE((*stored)->expectedMinutes, 45);
    QVERIFY((*stored)->needsReboot);
    QCOMPARE((*stored)->findingIds.size(), 1);
    const int row = page.model()->rowOf(id);
    QCOMPARE(page.model()->rowAt(row)->resolves, QStringList{QStringLiteral("CVE-2099-0002")});
    QCOMPARE(page.model()->index(row, PatchTableModel::Duration).data().toString(),
             QStringLiteral("45 min"));
    QVERIFY(page.canDelete());
    QVERIFY(page.canEditSelected());

    // Undo removes it, redo brings it back.
    ws.undoStack()->undo();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    ws.undoStack()->redo();
    QTRY_COMPARE(page.model()->rowCount(), 3);

    // Edit: the dialog opens with the stored values; the change is saved.
    const qint64 redone = [&page]() {
        for (const PatchRow &r : page.model()->rows()) {
            if (r.patch.kind == PatchKind::Vendor)
                return r.patch.id;
        }
        return qint64(0);
    }();
    QVERIFY(redone != 0);
    page.selectPatch(redone);
    QString seenTitle;
    page.setDialogRunner([&seenTitle](VendorPatchDialog &d) {
        seenTitle = d.titleEdit()->text();
        d.titleEdit()->setText(QStringLiteral("OpenSSL 3.0.7 security release"));
        d.minutesSpin()->setValue(90);
        return true;
    });
    page.editSelected();
    QCOMPARE(failures.count(), 0);
    QCOMPARE(seenTitle, QStringLiteral("OpenSSL security release"));
    auto edited = ws.patch(redone);
    PP_VERIFY_OK(edited);
    QCOMPARE((*edited)->title, QStringLiteral("OpenSSL 3.0.7 security release"));
    QCOMPARE((*edited)->expectedMinutes, 90);
    ws.undoStack()->undo();
    auto undone = ws.patch(redone);
    PP_VERIFY_OK(undone);
    QCOMPARE((*undone)->title, QStringLiteral("OpenSSL security release"));
    // The page reloads after the undo (queued: one reload for several signals).
    QTRY_COMPARE(page.model()->rowAt(page.model()->rowOf(redone))->patch.title,
                 QStringLiteral("OpenSSL security release"));

    // Delete asks first; a "no" keeps it, a "yes" deletes it; undo restores it.
    page.selectPatch(redone);
    QString asked;
    page.setConfirmer([&asked](const QString &question) {
        asked = question;
        return false;
    });
    page.deleteSelected();
    QVERIFY(asked.contains(QStringLiteral("OpenSSL security release")));
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(page.model()->rowCount(), 3);
    page.setConfirmer([](const QString &) { return true; });
    page.deleteSelected();
    QCOMPARE(failures.count(), 0);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    ws.undoStack()->undo();
    QTRY_COMPARE(page.model()->rowCount(), 3);
    // Leave the database as the other tests expect it.
    ws.undoStack()->setIndex(0);
    QTRY_COMPARE(page.model()->rowCount(), 2);
}

void tst_PatchUi::readOnlyUserCannotEditPatches()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(location(), Database::Options{false, -1, true}));
    QVERIFY(!ws.canEdit());
    PatchesPage page(&ws);
    QTRY_VERIFY(!page.isLoading()); // read in the background (issue 9)
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY(!page.canCreate());
    page.table()->selectRow(0);
    QVERIFY(!page.canDelete());
    QVERIFY(!page.canEditSelected());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("newVendorPatchButton"))->isHidden());
}

void tst_PatchUi::dashboardCountsAndTileOpensVulnerabilities()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(location()));
    window.showPage(0); // the dashboard is read when shown (issue 9)
    auto *dashboard = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    QVERIFY(dashboard);
    FindingTiles *tiles = dashboard->findingTiles();
    QTRY_COMPARE(tiles->value(FindingTiles::Tile::Untriaged), 2);
    QCOMPARE(tiles->value(FindingTiles::Tile::Emergency), 1);
    QCOMPARE(tiles->value(FindingTiles::Tile::Overdue), 2);
    QCOMPARE(tiles->value(FindingTiles::Tile::Kev), 1);
    QVERIFY(tiles->tile(FindingTiles::Tile::Kev)->accessibleName().contains(QStringLiteral("1")));

    window.showPage(0);
    QTest::mouseClick(tiles->tile(FindingTiles::Tile::Emergency), Qt::LeftButton);
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(stack);
    auto *vulns = qobject_cast<VulnerabilitiesPage *>(stack->currentWidget());
    QVERIFY(vulns);
    QCOMPARE(vulns->tabs()->currentIndex(), int(VulnerabilitiesPage::FindingsTab));
    QTRY_COMPARE(vulns->findingTable()->model()->rowCount(), 1);

    window.showPage(0);
    QTest::mouseClick(tiles->tile(FindingTiles::Tile::Untriaged), Qt::LeftButton);
    QCOMPARE(stack->currentWidget(), vulns);
    QTRY_COMPARE(vulns->findingTable()->model()->rowCount(), 2);
}

void tst_PatchUi::mainWindowHasNewPagesAndShortcuts()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(location()));
    auto *stack = window.findChild<QStackedWidget *>();
    QCOMPARE(stack->count(), 11); // frozen register, calendar (issue 6), plans, windows (7)
    // Pages are built when first shown: ask the window for them.
    QVERIFY(qobject_cast<VulnerabilitiesPage *>(window.page(5)));
    QVERIFY(qobject_cast<PatchesPage *>(window.page(6)));

    // Ctrl+6 and Ctrl+7 through the View menu's actions.
    QAction *six = nullptr;
    QAction *seven = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_6))
            six = a;
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_7))
            seven = a;
    }
    QVERIFY(six && seven);
    seven->trigger();
    QCOMPARE(stack->currentIndex(), 6);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("newItemAction"))->isEnabled(), true);
    six->trigger();
    QCOMPARE(stack->currentIndex(), 5);

    // File > Import has the feeds and the SBOM; Tools has the policy; all usable when editing.
    auto *importMenu = window.findChild<QMenu *>(QStringLiteral("importMenu"));
    QVERIFY(importMenu);
    for (const QString &name :
         {QStringLiteral("importKevAction"), QStringLiteral("importNvdAction"),
          QStringLiteral("importJvnAction"), QStringLiteral("importSbomAction")}) {
        auto *a = window.findChild<QAction *>(name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY(importMenu->actions().contains(a));
        QVERIFY(a->isVisible());
    }
    QVERIFY(importMenu->actions().at(2)->isSeparator() || importMenu->actions().size() >= 6);
    auto *policy = window.findChild<QAction *>(QStringLiteral("duePolicyAction"));
    QVERIFY(policy && policy->isVisible());
}

void tst_PatchUi::duePolicyDialogSavesAndRecomputes()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(location()));
    const auto apacheDue = [&ws]() {
        auto rows = ws.findingRows(FindingFilter{});
        if (!rows)
            return QDate();
        for (const FindingRow &r : *rows) {
            if (r.vulnIdentifier == QLatin1String("CVE-2099-0001"))
                return r.finding.dueDate;
        }
        return QDate();
    };
    // Internet-facing critical: 15 days from detection on 2024-07-10 (before KEV's due date).
    QCOMPARE(apacheDue(), QDate(2024, 7, 25));

    DuePolicyDialog dialog(&ws);
    DuePolicyDialog stale(&ws); // opened at the same time: its save must be a conflict
    auto *days = qobject_cast<QSpinBox *>(dialog.field(QStringLiteral("internetCriticalDays")));
    QVERIFY(days);
    QCOMPARE(days->value(), 15);
    days->setValue(5);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto stored = ws.duePolicy();
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->internetCriticalDays, 5);
    QTRY_COMPARE(apacheDue(), QDate(2024, 7, 15));

    auto *staleDays = qobject_cast<QSpinBox *>(stale.field(QStringLiteral("lowDays")));
    staleDays->setValue(200);
    stale.accept();
    QVERIFY(stale.result() != int(QDialog::Accepted));
    QVERIFY(stale.problemLabel()->text().contains(QStringLiteral("Someone else")));
    // It now shows the stored values.
    QCOMPARE(qobject_cast<QSpinBox *>(stale.field(QStringLiteral("internetCriticalDays")))->value(),
             5);

    // Restore defaults, saved: back to 15 days.
    DuePolicyDialog again(&ws);
    again.setPolicy(DuePolicy{});
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QTRY_COMPARE(apacheDue(), QDate(2024, 7, 25));
}

void tst_PatchUi::sbomDialogPreviewsAndImportsIntoASystem()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(location()));
    auto before = ws.components(m_hr);
    PP_VERIFY_OK(before);
    QSignalSpy reloaded(&ws, &Workspace::componentsChanged);

    // A file with an error: listed, located, and Import stays disabled.
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.cdx.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"bomFormat\": \"NotCycloneDX\", \"specVersion\": \"1.6\", \"components\": []}");
    bad.close();
    SbomImportDialog dialog(&ws);
    dialog.setSystem(m_hr);
    dialog.setFile(bad.fileName());
    QVERIFY(dialog.issueList()->topLevelItemCount() >= 1);
    QVERIFY(dialog.issueList()->topLevelItem(0)->text(1).startsWith(QStringLiteral("bad.cdx")));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importNow());

    dialog.setFile(QStringLiteral(
        PP_TEST_DATA "/cyclonedx/cyclonedx-1.6_spec-valid-component-identifiers.json"));
    QCOMPARE(dialog.componentList()->topLevelItemCount(), 1);
    QCOMPARE(dialog.componentList()->topLevelItem(0)->text(3), QStringLiteral("acme-library"));
    QVERIFY(dialog.importButton()->isEnabled());
    QSignalSpy finished(&dialog, &SbomImportDialog::finished);
    QVERIFY2(dialog.importNow(), qPrintable(dialog.summaryLabel()->text()));
    // In the background: the window's thread is free meanwhile, Import is not offered twice.
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.importButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("1 component(s) created")),
             qPrintable(dialog.summaryLabel()->text()));
    auto after = ws.components(m_hr);
    PP_VERIFY_OK(after);
    QCOMPARE(after->size(), before->size() + 1);
    QVERIFY(reloaded.count() >= 1);
    QVERIFY(!dialog.importButton()->isEnabled()); // done: not twice by accident
}

QTEST_MAIN(tst_PatchUi)
#include "tst_patchui.moc"
