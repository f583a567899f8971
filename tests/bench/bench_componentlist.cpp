// The component list at enterprise size (issue 9): the real Components page, shown under
// QT_QPA_PLATFORM=offscreen on a large database opened read-only the way the app opens one, and
// the figures of its targets:
//   - load: from Workspace::open() to every row shown (wall), and the longest GUI-thread stall
//     in that time (a 1 ms timer records the largest gap between its ticks);
//   - sort: each visible column ascending and descending, each time including a repaint of the
//     table's viewport;
//   - filter-as-you-type: a realistic filter typed key by key into the page's filter field, then
//     deleted key by key, each keystroke's time including the repaint (max and median);
//   - reload: View > Reload (Workspace::reload()) with every row loaded, and its longest stall;
//   - peak memory (VmHWM).
//   bench_componentlist --db FILE [--filter TEXT] [--json FILE]
// Prints a table, then one JSON line. Figures only: nothing is asserted. Run by hand.
#include "tests/bench/procstats.h"
#include "models/storage/database.h"
#include "models/storage/inventoryrepository.h"
#include "models/workspace.h"
#include "ui/inventory/componentspage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace pp;

namespace {

using pp::bench::peakMiB;

/// Records the longest gap between the ticks of a 1 ms timer: how long the GUI thread was kept
/// from its event loop. Also runs a check on every tick (the end of a background load).
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    /// The longest gap so far, in ms (including the time since the last tick).
    double stop()
    {
        m_timer.stop();
        m_maxGapNs = std::max(m_maxGapNs, m_clock.nsecsElapsed() - m_lastNs);
        return double(m_maxGapNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

/// Runs the event loop until @p done() holds or @p timeoutMs pass; false on timeout.
template<typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// Paints the table now, as a user would see it after the change.
void repaint(QTableView *table)
{
    QCoreApplication::processEvents();
    table->viewport()->repaint();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_componentlist"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The component list at 100,000 rows."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database (opened read-only)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("filter"),
                      QStringLiteral("The text to type (default: a common product and version)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write the JSON line to FILE."),
                      QStringLiteral("FILE")});
    parser.process(app);
    const QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty() || !QFile::exists(location)) {
        std::fprintf(stderr, "bench_componentlist: --db FILE (an existing database) is needed\n");
        return 2;
    }
    const Database::Options readOnly(false, -1, true);

    // How many rows the list must end with, read before anything is timed.
    int expected = 0;
    {
        auto db = Database::open(location, readOnly);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        auto stats = InventoryRepository(**db).stats();
        if (!stats) {
            std::fprintf(stderr, "%s\n", qPrintable(stats.error().message));
            return 1;
        }
        expected = stats->components;
    }

    // The page as the main window builds it: created before the database is opened.
    Workspace workspace;
    ComponentsPage page(&workspace);
    page.resize(1400, 900);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        std::fprintf(stderr, "bench_componentlist: the page was not exposed\n");
    auto *table = page.findChild<QTableView *>(QStringLiteral("componentsTable"));
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("componentFilter"));
    if (!table || !filter) {
        std::fprintf(stderr, "bench_componentlist: the page has no components table or filter\n");
        return 1;
    }
    QAbstractItemModel *view = table->model();
    const double baseMiB = peakMiB();

    // --- Load ---------------------------------------------------------------------------------
    Watchdog watchdog;
    QElapsedTimer clock;
    double openMs = 0;
    watchdog.start();
    clock.start();
    QTimer::singleShot(0, &page, [&]() {
        QElapsedTimer t;
        t.start();
        if (Status st = workspace.open(location, readOnly); !st)
            std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        openMs = ms(t);
    });
    const bool loaded = spinUntil([&]() { return openMs > 0 && view->rowCount() >= expected; },
                                  600000);
    repaint(table);
    const double loadMs = ms(clock);
    const double loadStallMs = watchdog.stop();
    const int rows = view->rowCount();

    // --- Sort ---------------------------------------------------------------------------------
    struct SortFigure
    {
        QString column;
        double ascMs = 0;
        double descMs = 0;
    };
    QList<SortFigure> sorts;
    double sortMax = 0;
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < view->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        SortFigure f;
        f.column = view->headerData(column, Qt::Horizontal).toString();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            clock.start();
            table->sortByColumn(column, order);
            repaint(table);
            (order == Qt::AscendingOrder ? f.ascMs : f.descMs) = ms(clock);
        }
        sortMax = std::max({sortMax, f.ascMs, f.descMs});
        sorts << f;
    }
    table->sortByColumn(0, Qt::AscendingOrder);
    repaint(table);

    // --- Filter as you type -------------------------------------------------------------------
    QString text = parser.value(QStringLiteral("filter"));
    if (text.isEmpty())
        text = QStringLiteral("apache tomcat 9.0");
    filter->setFocus();
    QList<double> typing;
    QList<double> deleting;
    for (const QChar ch : std::as_const(text)) {
        clock.start();
        QTest::keyClick(filter, ch.toLatin1());
        repaint(table);
        typing << ms(clock);
    }
    const int matching = view->rowCount();
    while (!filter->text().isEmpty()) {
        clock.start();
        QTest::keyClick(filter, Qt::Key_Backspace);
        repaint(table);
        deleting << ms(clock);
    }
    const QList<double> keystrokes = typing + deleting;
    const double keyMax = keystrokes.isEmpty() ? 0 : *std::max_element(keystrokes.begin(),
                                                                       keystrokes.end());

    // --- Reload (View > Reload, every row already loaded) -------------------------------------
    watchdog.start();
    clock.start();
    QElapsedTimer callClock;
    callClock.start();
    workspace.reload();
    const double reloadCallMs = ms(callClock);
    // A background reload keeps the rows shown until the new ones arrive: wait for its end.
    spinUntil([&]() { return !page.isLoading() && view->rowCount() >= expected; }, 600000);
    repaint(table);
    const double reloadMs = ms(clock);
    const double reloadStallMs = watchdog.stop();

    const double peak = peakMiB();

    // --- Report -------------------------------------------------------------------------------
    std::printf("Component list: %s\n", qPrintable(location));
    std::printf("  rows expected %d, shown %d%s\n", expected, rows, loaded ? "" : " (TIMED OUT)");
    std::printf("  %-34s %10.1f ms\n", "load to rows shown (wall)", loadMs);
    std::printf("  %-34s %10.1f ms   (target < 100)\n", "  longest GUI stall during load",
                loadStallMs);
    std::printf("  %-34s %10.1f ms\n", "  of which Workspace::open() call", openMs);
    std::printf("  sort (incl. repaint)                 asc ms    desc ms   (target < 100)\n");
    for (const SortFigure &f : std::as_const(sorts))
        std::printf("    %-30s %9.1f %10.1f\n", qPrintable(f.column), f.ascMs, f.descMs);
    std::printf("  filter \"%s\": %d keystrokes, %d rows match\n", qPrintable(text),
                int(keystrokes.size()), matching);
    std::printf("  %-34s %10.1f ms\n", "  typing, median", median(typing));
    std::printf("  %-34s %10.1f ms\n", "  deleting, median", median(deleting));
    std::printf("  %-34s %10.1f ms   (target < 16)\n", "  keystroke, max", keyMax);
    std::printf("  %-34s %10.1f ms\n", "reload (wall)", reloadMs);
    std::printf("  %-34s %10.1f ms\n", "  longest GUI stall during reload", reloadStallMs);
    std::printf("  %-34s %10.1f ms\n", "  of which Workspace::reload() call", reloadCallMs);
    std::printf("  %-34s %10.1f MiB (before load %.1f)\n", "peak memory (VmHWM)", peak, baseMiB);

    QJsonArray sortJson;
    for (const SortFigure &f : std::as_const(sorts))
        sortJson.append(QJsonObject{{QStringLiteral("column"), f.column},
                                    {QStringLiteral("asc_ms"), f.ascMs},
                                    {QStringLiteral("desc_ms"), f.descMs}});
    QJsonArray typingJson;
    for (double d : std::as_const(typing))
        typingJson.append(d);
    QJsonArray deletingJson;
    for (double d : std::as_const(deleting))
        deletingJson.append(d);
    const QJsonObject json{
        {QStringLiteral("bench"), QStringLiteral("component_list")},
        {QStringLiteral("db"), location},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("rows_expected"), expected},
        {QStringLiteral("load_ms"), loadMs},
        {QStringLiteral("load_max_stall_ms"), loadStallMs},
        {QStringLiteral("open_call_ms"), openMs},
        {QStringLiteral("sort"), sortJson},
        {QStringLiteral("sort_max_ms"), sortMax},
        {QStringLiteral("filter_text"), text},
        {QStringLiteral("filter_matching_rows"), matching},
        {QStringLiteral("typing_ms"), typingJson},
        {QStringLiteral("deleting_ms"), deletingJson},
        {QStringLiteral("keystroke_median_ms"), median(keystrokes)},
        {QStringLiteral("keystroke_max_ms"), keyMax},
        {QStringLiteral("reload_ms"), reloadMs},
        {QStringLiteral("reload_max_stall_ms"), reloadStallMs},
        {QStringLiteral("reload_call_ms"), reloadCallMs},
        {QStringLiteral("peak_mib"), peak},
    };
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact);
    std::printf("%s\n", line.constData());
    if (parser.isSet(QStringLiteral("json"))) {
        QFile out(parser.value(QStringLiteral("json")));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(line + '\n');
    }
    return loaded ? 0 : 1;
}
