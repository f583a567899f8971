// Issue 9: the window shows first and its pages read large lists in the background. On the demo
// estate with the NVD and KEV samples: the start-up opens the database named on the command line
// once the window has painted; the findings, vulnerabilities, pending patches, EOSL rows and the
// dashboard's figures are read on a worker and end with the rows the repositories give; while
// they load the pages say so; a reload while loading (a new filter, another database) never
// shows the superseded rows.
#include "demoestate.h"
#include "testsupport.h"

#include "app/commandline.h"
#include "app/windowstartup.h"
#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/duetablemodel.h"
#include "models/itemmodels/eosltablemodel.h"
#include "models/itemmodels/findingtablemodel.h"
#include "models/itemmodels/frozenregistermodel.h"
#include "models/itemmodels/patchtablemodel.h"
#include "models/itemmodels/vulntablemodel.h"
#include "models/storage/componentrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/systemrepository.h"
#include "models/storage/vulnerabilityrepository.h"
#include "models/workerpool.h"
#include "models/workspace.h"
#include "ui/calendar/calendarpage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/frozen/frozenpage.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/patches/patchespage.h"
#include "ui/roadmap/roadmapchart.h"
#include "ui/roadmap/roadmappage.h"
#include "ui/uisettings.h"
#include "ui/vulnerabilities/vulnerabilitiespage.h"

#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QToolTip>
#include <QtTest>

using namespace pp;

namespace {

const QDate kToday(2026, 3, 2);

QSet<qint64> findingIds(const QList<FindingRow> &rows)
{
    QSet<qint64> ids;
    for (const FindingRow &r : rows)
        ids.insert(r.finding.id);
    return ids;
}

QSet<qint64> modelIds(const QAbstractItemModel &model)
{
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(IdRole).toLongLong());
    return ids;
}

} // namespace

class tst_BackgroundLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsLoadInBackground();
    void reloadWhileLoadingShowsOnlyTheNewest();
    void anotherDatabaseNeverShowsTheOldRows();
    void inMemoryDatabaseIsReadAtOnce();
    void loadsLeaveQtsGlobalPoolFree();
    void inactiveModelPutsItsReloadOff();
    void vulnerabilitiesPageSaysItIsLoading();
    void dashboardFiguresArriveInBackground();
    void patchesAndRoadmapEndWithTheirRows();
    void calendarDueItemsArriveInBackground();
    void frozenRegisterArrivesInBackground();
    void startupOpensTheDatabaseAfterTheFirstPaint();
    void databaseChosenBeforeThePaintWins();

private:
    QTemporaryDir m_dir;
    QString m_path;  ///< the demo estate with findings
    QString m_empty; ///< a database without any
    std::unique_ptr<Database> m_db; ///< a connection of the test's own, for the expected rows
};

void tst_BackgroundLoad::initTestCase()
{
    PP_SQLITE_ONLY(); // a second connection to the same SQLite file is what the worker uses
    QStandardPaths::setTestModeEnabled(true);
    test::isolateSettings();
    Internal::UiSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = test::location(m_dir, QStringLiteral("estate.db"));
    m_db = test::openTemp(m_dir, QStringLiteral("estate.db"));
    QVERIFY(m_db);
    QVERIFY(test::fillDemoEstate(*m_db, kToday, QDateTime(kToday, QTime(9, 0), Qt::UTC)));
    m_empty = test::location(m_dir, QStringLiteral("empty.db"));
    QVERIFY(test::openTemp(m_dir, QStringLiteral("empty.db")));
}

void tst_BackgroundLoad::findingsLoadInBackground()
{
    FindingFilter all;
    all.states = allValues<AnalysisState>();
    all.today = kToday;
    auto expected = FindingRepository(*m_db).rows(all);
    PP_VERIFY_OK(expected);
    QVERIFY(expected->size() > 1);

    Workspace ws;
    FindingTableModel model(&ws);
    model.setToday(kToday);
    QSignalSpy loading(&model, &FindingTableModel::loadingChanged);
    model.setFilter(all); // nothing open yet: no rows, nothing to load
    QVERIFY(!model.isLoading());
    PP_VERIFY_OK(ws.open(m_path));
    // Opening returned before the rows were read: they arrive later.
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(modelIds(model), findingIds(*expected));
    // Loading, then loaded (once more if the change watcher saw the opening's own writes late,
    // as on a busy machine).
    QVERIFY(loading.size() >= 2);
    QCOMPARE(loading.first().at(0).toBool(), true);
    QCOMPARE(loading.last().at(0).toBool(), false);
}

void tst_BackgroundLoad::reloadWhileLoadingShowsOnlyTheNewest()
{
    auto systems = SystemRepository(*m_db).findAll();
    PP_VERIFY_OK(systems);
    FindingFilter all;
    all.states = allValues<AnalysisState>();
    all.today = kToday;
    auto everyRow = FindingRepository(*m_db).rows(all);
    PP_VERIFY_OK(everyRow);
    // A system with some but not all findings: its filter gives other rows than "all".
    FindingFilter one = all;
    QList<FindingRow> oneRows;
    for (const System &s : std::as_const(*systems)) {
        one.systemId = s.id;
        auto rows = FindingRepository(*m_db).rows(one);
        PP_VERIFY_OK(rows);
        if (!rows->isEmpty() && rows->size() < everyRow->size()) {
            oneRows = *rows;
            break;
        }
    }
    QVERIFY2(!oneRows.isEmpty(), "the demo estate has findings on more than one system");

    Workspace ws;
    PP_VERIFY_OK(ws.open(m_path));
    FindingTableModel model(&ws);
    model.setToday(kToday);
    QTRY_VERIFY(!model.isLoading());
    QList<QSet<qint64>> shown; // what each reset showed
    connect(&model, &QAbstractItemModel::modelReset, this,
            [&]() { shown << modelIds(model); });
    model.setFilter(all); // superseded before it could end
    QVERIFY(model.isLoading());
    model.setFilter(one);
    QTRY_VERIFY(!model.isLoading());
    // Give a dropped result every chance to arrive late.
    QTest::qWait(200);
    QCOMPARE(modelIds(model), findingIds(oneRows));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first(), findingIds(oneRows));
}

void tst_BackgroundLoad::loadsLeaveQtsGlobalPoolFree()
{
    // Qt's raster engine paints large areas on the global thread pool and waits for it: a read
    // running there froze every repaint until it ended (6.6 s on the whole estate).
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_path));
    QThreadPool *global = QThreadPool::globalInstance();
    const int globalThreads = global->maxThreadCount();
    global->setMaxThreadCount(1); // one busy thread would be enough to block a paint
    auto release = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    BackgroundLoader loader;
    bool done = false;
    loader.load<int>(
        &ws,
        [release, started](Database &) -> Result<int> {
            started->release();
            release->acquire(); // a long read
            return 1;
        },
        [&done](Result<int>) { done = true; });
    QVERIFY(started->tryAcquire(1, 5000));
    QCOMPARE(global->activeThreadCount(), 0);
    // What the paint engine does: a job on the global pool, waited for.
    QSemaphore painted;
    global->start([&painted]() { painted.release(); });
    const bool paintRan = painted.tryAcquire(1, 2000);
    release->release();
    QTRY_VERIFY(done);
    global->setMaxThreadCount(globalThreads);
    QVERIFY2(paintRan, "a job on the global pool waited for a background read");
    QVERIFY(workerPool() != global);
}

void tst_BackgroundLoad::inactiveModelPutsItsReloadOff()
{
    // The gate the EOSL, finding and vulnerability models share: a page not shown reads
    // nothing; shown again, it reads once; with nothing open it clears.
    Workspace closed;
    BackgroundLoader loader;
    QCOMPARE(loader.gate(&closed), BackgroundLoader::Gate::Closed);
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_path));
    QCOMPARE(loader.gate(&ws), BackgroundLoader::Gate::Read);
    QVERIFY(!loader.setActive(false));
    QCOMPARE(loader.gate(&ws), BackgroundLoader::Gate::Deferred);
    QVERIFY(loader.setActive(true)); // the put-off reload is due
    QCOMPARE(loader.gate(&ws), BackgroundLoader::Gate::Read);
    QVERIFY(!loader.setActive(true)); // and only once

    FindingTableModel model(&ws);
    FindingFilter all;
    all.states = allValues<AnalysisState>();
    all.today = kToday;
    model.setFilter(all);
    QTRY_VERIFY(!model.isLoading());
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    model.setActive(false);
    model.reload();
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), rows); // the rows shown stay; nothing read
    model.setActive(true);
    QVERIFY(model.isLoading());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), rows);
}

void tst_BackgroundLoad::anotherDatabaseNeverShowsTheOldRows()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_path));
    VulnTableModel model(&ws);
    VulnFilter filter;
    filter.affectingOnly = false;
    model.setFilter(filter);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.rowCount() > 0);
    // Reload (still loading) and at once another database: the first one's rows are gone at
    // once and never come back.
    model.reload();
    QVERIFY(model.isLoading());
    int largest = -1;
    connect(&model, &QAbstractItemModel::modelReset, this,
            [&]() { largest = std::max(largest, model.rowCount()); });
    PP_VERIFY_OK(ws.open(m_empty));
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(largest, 0);
}

void tst_BackgroundLoad::inMemoryDatabaseIsReadAtOnce()
{
    // No second connection can reach it: read on the calling thread, as before.
    auto db = Database::open(QStringLiteral(":memory:"));
    PP_VERIFY_OK(db);
    System s;
    s.code = QStringLiteral("MEM");
    s.name = QStringLiteral("In memory");
    PP_VERIFY_OK(SystemRepository(**db).insert(s));
    Workspace ws;
    ws.setDatabase(std::move(*db));
    BackgroundLoader loader;
    int systems = -1;
    loader.load<QList<System>>(
        &ws, [](Database &d) { return SystemRepository(d).findAll(); },
        [&systems](Result<QList<System>> r) { systems = r ? int(r->size()) : -2; });
    QVERIFY(!loader.isLoading());
    QCOMPARE(systems, 1);
}

void tst_BackgroundLoad::vulnerabilitiesPageSaysItIsLoading()
{
    Workspace ws;
    ws.setToday(kToday);
    VulnerabilitiesPage page(&ws);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy loading(&page, &Page::loadingChanged);
    PP_VERIFY_OK(ws.open(m_path));
    QVERIFY(page.isLoading());
    auto *vulnEmpty = page.findChild<QLabel *>(QStringLiteral("vulnEmpty"));
    QVERIFY(vulnEmpty);
    QVERIFY2(vulnEmpty->isVisible() && vulnEmpty->text().contains(QLatin1String("Loading")),
             qPrintable(vulnEmpty->text()));
    QTRY_VERIFY(!page.isLoading());
    QVERIFY(loading.size() >= 2);
    QCOMPARE(loading.first().at(0).toBool(), true);
    QCOMPARE(loading.last().at(0).toBool(), false);

    auto expected = VulnerabilityRepository(*m_db).rows(page.vulnModel()->filter());
    PP_VERIFY_OK(expected);
    QVERIFY(!expected->isEmpty());
    QCOMPARE(page.vulnModel()->rowCount(), int(expected->size()));
    QVERIFY(!vulnEmpty->isVisible());
    auto *table = page.findChild<QTableView *>(QStringLiteral("vulnTable"));
    QVERIFY(!table || table->isVisible());
}

void tst_BackgroundLoad::dashboardFiguresArriveInBackground()
{
    auto systems = SystemRepository(*m_db).findAll();
    PP_VERIFY_OK(systems);
    auto counts = FindingRepository(*m_db).counts(kToday);
    PP_VERIFY_OK(counts);

    Workspace ws;
    ws.setToday(kToday);
    DashboardPage page(&ws);
    QVERIFY(!page.isLoading());
    QCOMPARE(page.tileValue(QStringLiteral("systems")), QStringLiteral("0"));
    PP_VERIFY_OK(ws.open(m_path));
    // The figures are read once control returns to the event loop, on a worker.
    QTRY_VERIFY(page.isLoading());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.tileValue(QStringLiteral("systems")), QLocale().toString(systems->size()));
    // A second open while nothing changed gives the same figures.
    ws.reload();
    QTRY_VERIFY(page.isLoading());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.tileValue(QStringLiteral("systems")), QLocale().toString(systems->size()));
    QVERIFY(counts->open > 0);
}

void tst_BackgroundLoad::patchesAndRoadmapEndWithTheirRows()
{
    auto patches = FindingRepository(*m_db).patchRows(0);
    PP_VERIFY_OK(patches);
    QVERIFY(!patches->isEmpty());
    auto components = ComponentRepository(*m_db).findAll();
    PP_VERIFY_OK(components);

    Workspace ws;
    ws.setToday(kToday);
    PatchesPage patchesPage(&ws);
    RoadmapPage roadmap(&ws);
    PP_VERIFY_OK(ws.open(m_path));
    QTRY_VERIFY(patchesPage.isLoading());
    QVERIFY(roadmap.isLoading());
    QTRY_VERIFY(!patchesPage.isLoading() && !roadmap.isLoading());
    QCOMPARE(patchesPage.model()->rowCount(), int(patches->size()));
    auto *eosl = roadmap.findChild<EoslTableModel *>();
    QVERIFY(eosl);
    QCOMPARE(eosl->rowCount(), int(components->size()));

    // A bar's tooltip is worded when the pointer rests on it, not for every row in advance.
    roadmap.resize(1200, 800);
    roadmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&roadmap));
    RoadmapChartView *chart = roadmap.chartView();
    QTRY_VERIFY(!chart->bars().isEmpty());
    QVERIFY(chart->bars().first().tooltip.isEmpty());
    QPoint onFirstRow(-1, -1);
    for (int y = 0; y < chart->height() && onFirstRow.y() < 0; ++y) {
        if (chart->rowAt(QPoint(chart->width() / 2, y)) == 0)
            onFirstRow = QPoint(chart->width() / 2, y);
    }
    QVERIFY(onFirstRow.y() >= 0);
    QMouseEvent move(QEvent::MouseMove, onFirstRow, chart->viewport()->mapToGlobal(onFirstRow),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(chart->viewport(), &move);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QLatin1String("EOSL:")) && tip.contains(QLatin1String("Decision:")),
             qPrintable(tip));
}

void tst_BackgroundLoad::calendarDueItemsArriveInBackground()
{
    Workspace ws;
    ws.setToday(kToday);
    PP_VERIFY_OK(ws.open(m_path));
    PP_VERIFY_OK(ws.applyCalendar()); // each system's cadences: something is due
    auto expected = ws.dueItems();
    PP_VERIFY_OK(expected);
    QVERIFY(!expected->isEmpty());

    CalendarPage page(&ws);
    page.horizonChooser()->setCurrentIndex(int(CalendarPage::Horizon::Everything));
    QSignalSpy loading(&page, &Page::loadingChanged);
    page.show(); // read when shown, on a worker: the page says so
    QVERIFY(page.isLoading());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.emptyLabel()->isHidden());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), int(expected->size()));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.first().first().toBool(), true);
    QCOMPARE(loading.last().first().toBool(), false);
    QVERIFY(page.emptyLabel()->isHidden());

    // Reading again while a read runs: only the newest result is shown, once.
    page.reload();
    page.reload();
    QVERIFY(page.isLoading());
    QCOMPARE(page.model()->rowCount(), int(expected->size())); // the old rows stay meanwhile
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), int(expected->size()));
}

void tst_BackgroundLoad::frozenRegisterArrivesInBackground()
{
    Workspace ws;
    ws.setToday(kToday);
    PP_VERIFY_OK(ws.open(m_path));
    auto expected = ws.frozenRegister();
    PP_VERIFY_OK(expected);
    QVERIFY(expected->size() >= 2);

    FrozenPage page(&ws);
    QSignalSpy loading(&page, &Page::loadingChanged);
    page.show(); // read on a worker: the page says so meanwhile
    QVERIFY(page.isLoading());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.emptyLabel()->isVisible());
    QVERIFY(page.emptyLabel()->text().contains(QLatin1String("Reading")));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), int(expected->size()));
    QCOMPARE(loading.last().first().toBool(), false);
    QVERIFY(page.emptyLabel()->isHidden());
    QVERIFY(page.selectedComponentId() != 0); // the first row, once the rows are in

    // Reading again: the old rows stay meanwhile, and the selection is kept.
    const qint64 last = expected->last().eosl.row.component.id;
    page.selectComponent(last);
    QCOMPARE(page.selectedComponentId(), last);
    page.reload();
    page.reload();
    QVERIFY(page.isLoading());
    QCOMPARE(page.model()->rowCount(), int(expected->size()));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), int(expected->size()));
    QCOMPARE(page.selectedComponentId(), last);
}

void tst_BackgroundLoad::startupOpensTheDatabaseAfterTheFirstPaint()
{
    GuiOptions options;
    options.database = m_path;
    options.language = QStringLiteral("en");
    QCOMPARE(startupDatabase(options), m_path);
    const std::unique_ptr<MainWindow> window = startWindow(options);
    // Shown, not yet painted: nothing is open, the window says what it is opening.
    QVERIFY(window->isVisible());
    QVERIFY(!window->workspace()->isOpen());
    QTRY_VERIFY(window->workspace()->isOpen());
    QCOMPARE(window->workspace()->location(), m_path);
    QCOMPARE(window->currentPage(), window->page(0)); // fresh settings: the dashboard
    QTRY_VERIFY(!window->currentPage()->isLoading());
    auto *dashboard = qobject_cast<DashboardPage *>(window->page(0));
    QVERIFY(dashboard);
    auto systems = SystemRepository(*m_db).findAll();
    PP_VERIFY_OK(systems);
    QCOMPARE(dashboard->tileValue(QStringLiteral("systems")),
             QLocale().toString(systems->size()));
    // Every page can be shown while (or after) they load.
    for (int i = 0; i < window->pageCount(); ++i) {
        window->showPage(i);
        QCOMPARE(window->currentPage(), window->page(i));
    }
    QTRY_VERIFY(!window->currentPage()->isLoading());
}

void tst_BackgroundLoad::databaseChosenBeforeThePaintWins()
{
    MainWindow window;
    window.show();
    window.openDatabaseWhenShown(m_path);
    QVERIFY(window.openDatabase(m_empty)); // the user's choice, before the start-up one opened
    QTest::qWait(100);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.workspace()->location(), m_empty);
}

QTEST_MAIN(tst_BackgroundLoad)
#include "tst_backgroundload.moc"
