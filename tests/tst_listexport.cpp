// File > Export list… on every page with a list (issue 8, item 5), on the demo estate with the
// NVD and KEV samples: each list is filtered, then written to CSV and JSON without the dialog
// (ListExport::write); the files hold the rows the view shows, in its order, under the keys of
// the columns it shows; the window's action and the tables' context menus are there.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/io/endoflifeimport.h"
#include "models/io/vulnimport.h"
#include "models/itemmodels/roles.h"
#include "models/plans/planservice.h"
#include "models/storage/systemrepository.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/vulnerabilities/vulnerabilitiespage.h"
#include "ui/widgets/listexport.h"
#include "ui/windows/windowspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace pp;

namespace {

/// The rows a view shows: the leaves (a tree's group headers are not rows).
int leafCount(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        n += model.hasChildren(i) ? leafCount(model, i) : 1;
    }
    return n;
}

QModelIndex firstLeaf(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (!model.hasChildren(i))
            return i;
        if (const QModelIndex leaf = firstLeaf(model, i); leaf.isValid())
            return leaf;
    }
    return {};
}

/// The keys of the columns @p view shows, in the order shown.
QStringList shownKeys(const QAbstractItemView &view)
{
    QStringList keys;
    for (int c : ListExport::visibleColumns(view))
        keys << view.model()->headerData(c, Qt::Horizontal, ColumnKeyRole).toString();
    return keys;
}

/// Records of a CSV (quoted line breaks do not end a record).
QList<QByteArray> csvRecords(const QByteArray &csv)
{
    QList<QByteArray> records;
    QByteArray current;
    bool quoted = false;
    for (char c : csv) {
        if (c == '"')
            quoted = !quoted;
        if (c == '\n' && !quoted) {
            if (current.endsWith('\r'))
                current.chop(1);
            records << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        records << current;
    return records;
}

void waitForChange(const QAbstractItemModel &model, int before)
{
    for (int i = 0; i < 40 && leafCount(model) == before; ++i)
        QTest::qWait(50);
}

} // namespace

class tst_ListExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyListExportsAsShown();
    void windowActionAndMenus();

private:
    /// Types into the page's filter until the list shows fewer rows (but some); the text used.
    QString filterDown(Page *page, QAbstractItemView *view);
    /// Exports @p view to CSV and JSON and checks both against what it shows.
    void checkExport(QAbstractItemView *view, const QString &name);

    QTemporaryDir m_dir;
    QString m_db;
    MainWindow *m_window = nullptr;
    int m_exports = 0;
};

void tst_ListExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
    {
        auto db = test::openTemp(m_dir, QStringLiteral("lists.db"));
        QVERIFY(db);
        PP_VERIFY_OK(createDemoEstate(*db));
        auto eol = EndOfLifeImport::parse({QStringLiteral(PP_TEST_DATA "/endoflife-v0")});
        PP_VERIFY_OK(EndOfLifeImport::apply(*db, eol));
        QStringList nvd;
        for (const QFileInfo &f : QDir(QStringLiteral(PP_TEST_DATA "/nvd"))
                                      .entryInfoList({QStringLiteral("*.json")}))
            nvd << f.filePath();
        VulnImportOptions options;
        PP_VERIFY_OK(VulnImport::run(*db, VulnFeedKind::Nvd, nvd, options));
        PP_VERIFY_OK(VulnImport::run(
            *db, VulnFeedKind::Kev,
            {QStringLiteral(PP_TEST_DATA "/kev/known_exploited_vulnerabilities.json")}, options));
        // Three draft plans (the demo has none): next months' windows of three systems.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int month = 1;
        for (const char *code : {"ERP-01", "AD-01", "BKP-01"}) {
            auto system = SystemRepository(*db).findByCode(QString::fromLatin1(code));
            PP_VERIFY_OK(system);
            QVERIFY(*system);
            NewPlanRequest r;
            r.windowStart = now.addMonths(month++);
            r.systemIds = {(*system)->id};
            r.timeZone = QStringLiteral("Asia/Tokyo");
            PP_VERIFY_OK(PlanService(*db).create(r, now));
        }
        m_db = test::location(m_dir, QStringLiteral("lists.db"));
    }
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openDatabase(m_db));
}

void tst_ListExport::cleanupTestCase()
{
    delete m_window;
}

QString tst_ListExport::filterDown(Page *page, QAbstractItemView *view)
{
    if (!page->hasFilter())
        return {};
    page->focusFilter();
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!edit)
        return {};
    const QAbstractItemModel &model = *view->model();
    const int before = leafCount(model);
    const QModelIndex first = firstLeaf(model);
    // Try the texts of the first row, column by column, until one narrows the list.
    for (int c : ListExport::visibleColumns(*view)) {
        const QString text = first.sibling(first.row(), c).data().toString();
        if (text.isEmpty() || text.size() > 30 || text.contains(QLatin1Char('\n')))
            continue;
        // As typed (textEdited) and set (textChanged): pages listen to either. Not keyClicks:
        // the texts are Japanese too.
        edit->setText(text);
        emit edit->textEdited(text);
        waitForChange(model, before);
        const int after = leafCount(model);
        if (after > 0 && after < before)
            return text;
        edit->clear();
        emit edit->textEdited(QString());
        waitForChange(model, after);
    }
    return {};
}

void tst_ListExport::checkExport(QAbstractItemView *view, const QString &name)
{
    // A list read in pages (the audit log) is read to its end by the export: every row the
    // filter lets through, more than were scrolled to.
    const int shownBefore = leafCount(*view->model());
    const QStringList keys = shownKeys(*view);
    QVERIFY2(!keys.contains(QString()), qPrintable(name + QStringLiteral(": a column has no key")));

    const QString csvPath = m_dir.filePath(name + QStringLiteral(".csv"));
    const Status csvWritten = ListExport::write(*view, csvPath);
    QVERIFY2(csvWritten, csvWritten ? "" : qPrintable(csvWritten.error().message));
    const int rows = leafCount(*view->model());
    QVERIFY(rows >= shownBefore);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> records = csvRecords(csv.readAll());
    QVERIFY(!records.isEmpty());
    QCOMPARE(QString::fromUtf8(records.first()), keys.join(QLatin1Char(',')));
    QCOMPARE(records.size() - 1, rows);

    const QString jsonPath = m_dir.filePath(name + QStringLiteral(".json"));
    const Status jsonWritten = ListExport::write(*view, jsonPath);
    QVERIFY2(jsonWritten, jsonWritten ? "" : qPrintable(jsonWritten.error().message));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), rows);
    QStringList sortedKeys = keys;
    sortedKeys.sort();
    for (const QJsonValue &v : array)
        QCOMPARE(v.toObject().keys(), sortedKeys);
    // The rows in the view's order: the first exported row is the first row shown.
    if (rows > 0) {
        const QModelIndex first = firstLeaf(*view->model());
        const int c = ListExport::visibleColumns(*view).first();
        const QString shown = first.sibling(first.row(), c).data().toString();
        const QJsonValue exported = array.first().toObject().value(keys.first());
        // Compared where the text is exported (a raw value is typed: a date, a key).
        if (exported.isString() && !shown.isEmpty()
            && !first.sibling(first.row(), c).data(RawValueRole).isValid())
            QVERIFY2(shown.contains(exported.toString()) || exported.toString().contains(shown),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(name, shown,
                                                                    exported.toString())));
    }
    ++m_exports;
}

void tst_ListExport::everyListExportsAsShown()
{
    auto *stack = m_window->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QStringList filtered;
    QStringList lists;
    for (int i = 0; i < stack->count(); ++i) {
        m_window->showPage(i);
        auto *page = qobject_cast<Page *>(stack->currentWidget());
        QVERIFY(page);
        if (i == 0) {
            QVERIFY(!page->exportView()); // the dashboard has no list
            continue;
        }
        QList<int> tabs{-1};
        auto *vulns = qobject_cast<VulnerabilitiesPage *>(page);
        if (vulns)
            tabs = {VulnerabilitiesPage::VulnerabilitiesTab, VulnerabilitiesPage::FindingsTab};
        for (int tab : tabs) {
            if (vulns)
                vulns->tabs()->setCurrentIndex(tab);
            QAbstractItemView *view = page->exportView();
            QVERIFY2(view, page->metaObject()->className());
            const QString name = page->exportName();
            QVERIFY(!name.isEmpty());
            QTRY_VERIFY2(leafCount(*view->model()) > 1, qPrintable(name));
            QTRY_VERIFY2(view->isVisibleTo(page), qPrintable(name));
            if (!filterDown(page, view).isEmpty())
                filtered << name;
            checkExport(view, name);
            if (QTest::currentTestFailed())
                return;
            lists << name;
        }
        if (auto *windows = qobject_cast<WindowsPage *>(page)) {
            // No text filter: one system's windows and blackouts.
            QComboBox *system = windows->systemChooser();
            const int before = leafCount(*windows->windowTable()->model());
            for (int s = 1; s < system->count(); ++s) {
                system->setCurrentIndex(s);
                if (leafCount(*windows->windowTable()->model()) < before)
                    break;
            }
            QVERIFY(leafCount(*windows->windowTable()->model()) < before);
            filtered << page->exportName();
            checkExport(windows->windowTable(), QStringLiteral("windows-filtered"));
            if (QTest::currentTestFailed())
                return;
            // Working in the blackouts makes them the list to export.
            system->setCurrentIndex(0);
            QTRY_VERIFY(windows->blackoutTable()->model()->rowCount() > 0);
            windows->blackoutTable()->selectRow(0);
            QCOMPARE(page->exportView(), windows->blackoutTable());
            QCOMPARE(shownKeys(*page->exportView()).first(), QStringLiteral("name"));
            checkExport(page->exportView(), page->exportName());
            if (QTest::currentTestFailed())
                return;
            lists << page->exportName();
        }
    }
    // Every page but the dashboard, the vulnerabilities page twice, the windows page twice.
    QCOMPARE(lists.size(), 12);
    qInfo("filtered before export: %s", qPrintable(filtered.join(QLatin1String(", "))));
    QVERIFY2(filtered.size() >= 10, qPrintable(filtered.join(QLatin1String(", "))));
}

void tst_ListExport::windowActionAndMenus()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("exportListAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto *stack = m_window->findChild<QStackedWidget *>();
    m_window->showPage(0);
    QVERIFY(!action->isEnabled());
    m_window->showPage(1);
    QVERIFY(action->isEnabled());

    // Every list has a context menu (its own with the entry, or the export one).
    for (int i = 1; i < stack->count(); ++i) {
        auto *page = qobject_cast<Page *>(stack->widget(i));
        QVERIFY(page->exportView());
        QCOMPARE(page->exportView()->contextMenuPolicy(), Qt::CustomContextMenu);
    }

    // Hidden and moved columns: the export follows the header.
    m_window->showPage(1);
    auto *page = qobject_cast<Page *>(stack->currentWidget());
    auto *table = qobject_cast<QTableView *>(page->exportView());
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    table->setColumnHidden(1, true);
    header->moveSection(header->visualIndex(4), 0);
    const QStringList keys = shownKeys(*table);
    QVERIFY(!keys.contains(QStringLiteral("name")));
    QCOMPARE(keys.first(), QStringLiteral("criticality"));
    const ReportTable t = ListExport::table(*table);
    QCOMPARE(t.keys, keys);
    QVERIFY(t.rows.first().first().typeId() == QMetaType::Int); // the tier, a number
    checkExport(table, QStringLiteral("systems-columns"));
    header->moveSection(0, 4);
    table->setColumnHidden(1, false);
}

QTEST_MAIN(tst_ListExport)
#include "tst_listexport.moc"
