// Opening a database to the first usable window (issue 9), against the empty-window baseline
// (bench_emptywindow.cpp, same units), and the GUI thread's longest stalls page by page:
//   bench_window --db FILE [--json FILE] [--as-before]
// It runs the product's own start-up (app/windowstartup.h, what patchplanner runs without a
// command) on FILE and prints a table and one JSON line:
// - first paint: ms from main() (and from the kernel's start of the process) to the end of the
//   main window's first paint;
// - usable: the first paint after the database is open, with the current page's data shown or
//   its loading state shown (Page::isLoading()); from then on the window takes input, which the
//   watchdog below checks (a stall is time it could not);
// - data: the first paint once the current page has its data (not loading any more);
// - a watchdog, a 1 ms timer on the GUI thread, records the longest gap between its ticks: over
//   start-up, then while every page is shown one by one and the first page again, each page's
//   longest stall and its time from the switch to its data painted.
// The app writes to a database it opens (a day's cadences and lapsed acceptances): give it a
// copy, never an original. Settings go to a fresh folder, so the first page is the dashboard.
// Works offscreen (QT_QPA_PLATFORM=offscreen) and under xvfb-run -a. Run by hand, not by ctest.
#include "tests/bench/procstats.h"
#include "app/commandline.h"
#include "app/windowstartup.h"
#include "models/itemmodels/backgroundloader.h"
#include "models/workspace.h"
#include "ui/mainwindow.h"
#include "ui/page.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

using pp::bench::msSinceProcessStart;

QElapsedTimer s_sinceMain;
double s_appCreated = 0;  ///< ms since main(): QApplication constructed
double s_windowShown = 0; ///< ms since main(): the main window constructed and show() called

double msSinceMain()
{
    return double(s_sinceMain.nsecsElapsed()) / 1e6;
}

/// The GUI thread's longest gap between ticks of a 1 ms timer since the last reset().
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this]() { tick(); });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    void reset()
    {
        tick();
        m_max = 0;
    }
    /// Also counts the gap up to now (the event loop may be stalled by the caller itself).
    double maxMs()
    {
        tick();
        return double(m_max) / 1e6;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_max = std::max(m_max, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

struct PageFigures
{
    QString name;
    double msToData = -1;   ///< from the switch to the first paint with its data
    double maxStallMs = 0;  ///< longest GUI-thread gap from the switch to that paint
    bool loadedInBackground = false;
};

/// Drives the measurement: paints are seen through an event filter on the window's widgets.
class Bench : public QObject
{
public:
    Bench(pp::MainWindow *window, const QString &jsonPath)
        : m_window(window), m_jsonPath(jsonPath)
    {
        // Any widget's paint (a table's viewport repaints without its page).
        qApp->installEventFilter(this);
        // Pages are built when first shown: watch those built now and those built later
        // (looking them all up would build them all).
        for (int i = 0; i < window->pageCount(); ++i) {
            if (pp::Page *page = window->builtPage(i))
                watchPage(page);
        }
        connect(window, &pp::MainWindow::pageBuilt, this, &Bench::watchPage);
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(120000);
        connect(&m_timeout, &QTimer::timeout, this, [this]() {
            std::fprintf(stderr, "bench_window: step %d did not finish within 120 s\n", m_step);
            finish(1);
        });
        m_timeout.start();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            // Judge after the whole paint (and its flush), as bench_emptywindow does.
            if (!m_checkQueued) {
                m_checkQueued = true;
                QTimer::singleShot(0, this, [this]() {
                    m_checkQueued = false;
                    afterPaint();
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    pp::Page *current() const { return m_window->currentPage(); }

    static void watchPage(pp::Page *page)
    {
        // Data that arrives without a visible change still gets a paint to be judged after.
        QObject::connect(page, &pp::Page::loadingChanged, page, [page](bool loading) {
            if (!loading)
                page->update();
        });
    }

    void afterPaint()
    {
        const double now = msSinceMain();
        if (m_step == 0) { // start-up
            if (m_firstPaint < 0) {
                m_firstPaint = now;
                m_firstPaintSinceProcess = msSinceProcessStart();
            }
            if (!m_window->workspace()->isOpen())
                return;
            if (m_usable < 0) {
                m_usable = now;
                m_usableSinceProcess = msSinceProcessStart();
                m_loadingAtUsable = current() && current()->isLoading();
            }
            if (current() && current()->isLoading())
                return;
            m_data = now;
            m_startupStall = m_watchdog.maxMs();
            nextPage();
            return;
        }
        // A page switch: wait for its data to be painted.
        pp::Page *page = current();
        if (!page || page->isLoading())
            return;
        PageFigures &f = m_pages.last();
        f.msToData = now - m_switchedAt;
        f.maxStallMs = m_watchdog.maxMs();
        nextPage();
    }

    void nextPage()
    {
        ++m_step;
        const int count = m_window->pageCount();
        if (m_step > count + 1) {
            finish(0);
            return;
        }
        // Pages 0..count-1, then the first page again.
        const int index = m_step <= count ? m_step - 1 : 0;
        QTimer::singleShot(0, this, [this, index]() { switchTo(index); });
    }

    void switchTo(int index)
    {
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        PageFigures f;
        f.name = nav && nav->item(index) ? nav->item(index)->text()
                                         : QStringLiteral("page %1").arg(index);
        if (m_step == m_window->pageCount() + 1)
            f.name += QStringLiteral(" (again)");
        m_pages << f;
        m_watchdog.reset();
        m_switchedAt = msSinceMain();
        const bool wasCurrent = current() && current() == m_window->builtPage(index);
        m_window->showPage(index); // what a click in the navigation list does
        m_pages.last().loadedInBackground = current() && current()->isLoading();
        if (wasCurrent)
            current()->update(); // no switch, so no paint of its own: ask for one
    }

    void finish(int status)
    {
        m_timeout.stop();
        QJsonArray pages;
        double worst = m_startupStall;
        std::printf("\n%-28s %12s %14s %10s\n", "page", "ms to data", "longest stall",
                    "background");
        for (const PageFigures &f : std::as_const(m_pages)) {
            std::printf("%-28s %12.1f %14.1f %10s\n", qPrintable(f.name), f.msToData,
                        f.maxStallMs, f.loadedInBackground ? "yes" : "no");
            worst = std::max(worst, f.maxStallMs);
            pages.append(QJsonObject{{QStringLiteral("page"), f.name},
                                     {QStringLiteral("ms_to_data"), f.msToData},
                                     {QStringLiteral("max_stall_ms"), f.maxStallMs},
                                     {QStringLiteral("loading_in_background"),
                                      f.loadedInBackground}});
        }
        std::printf("\nstart-up (ms since main / since process start)\n");
        std::printf("  QApplication constructed       %8.1f\n", s_appCreated);
        std::printf("  main window built and shown    %8.1f\n", s_windowShown);
        std::printf("  first paint of the window      %8.1f / %8.1f\n", m_firstPaint,
                    m_firstPaintSinceProcess);
        std::printf("  usable (database open, page %s) %8.1f / %8.1f\n",
                    m_loadingAtUsable ? "loading" : "shown  ", m_usable, m_usableSinceProcess);
        std::printf("  first page's data painted      %8.1f\n", m_data);
        std::printf("  longest GUI stall in start-up  %8.1f\n", m_startupStall);
        std::printf("  longest GUI stall anywhere     %8.1f\n\n", worst);
        const QJsonObject json{
            {QStringLiteral("bench"), QStringLiteral("window")},
            {QStringLiteral("ms_app_created"), s_appCreated},
            {QStringLiteral("ms_window_shown"), s_windowShown},
            {QStringLiteral("ms_to_first_paint"), m_firstPaint},
            {QStringLiteral("ms_since_process_start"), m_firstPaintSinceProcess},
            {QStringLiteral("ms_to_usable"), m_usable},
            {QStringLiteral("ms_since_process_start_usable"), m_usableSinceProcess},
            {QStringLiteral("page_loading_at_usable"), m_loadingAtUsable},
            {QStringLiteral("ms_to_first_page_data"), m_data},
            {QStringLiteral("startup_max_stall_ms"), m_startupStall},
            {QStringLiteral("max_stall_ms"), worst},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("status"), status == 0 ? QStringLiteral("ok")
                                                   : QStringLiteral("timeout")},
        };
        const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact);
        std::printf("%s\n", line.constData());
        std::fflush(stdout);
        if (!m_jsonPath.isEmpty()) {
            QFile out(m_jsonPath);
            if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                out.write(line + '\n');
        }
        QCoreApplication::exit(status);
    }

    QPointer<pp::MainWindow> m_window;
    QString m_jsonPath;
    Watchdog m_watchdog;
    QTimer m_timeout;
    bool m_checkQueued = false;
    int m_step = 0; ///< 0 start-up, then 1.. the page switches
    double m_firstPaint = -1, m_firstPaintSinceProcess = -1;
    double m_usable = -1, m_usableSinceProcess = -1, m_data = -1, m_startupStall = 0;
    bool m_loadingAtUsable = false;
    double m_switchedAt = 0;
    QList<PageFigures> m_pages;
};

} // namespace

int main(int argc, char **argv)
{
    s_sinceMain.start();
    // Fresh settings: no remembered page, geometry or database of an earlier run (or the user's).
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database to open."),
                                QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the JSON line to this file."),
                                  QStringLiteral("file"));
    const QCommandLineOption before(
        QStringLiteral("as-before"),
        QStringLiteral("For comparison, start up as before issue 9: open the database right "
                       "after show(), before the first paint, build every page up front and "
                       "read every list on the GUI thread."));
    parser.addOptions({db, json, before});
    parser.addHelpOption();
    if (!parser.parse(args) || !parser.isSet(db)) {
        std::fprintf(stderr, "usage: bench_window --db FILE [--json FILE]\n%s\n",
                     qPrintable(parser.errorText()));
        return 2;
    }
    if (!QFileInfo::exists(parser.value(db))) {
        std::fprintf(stderr, "bench_window: %s does not exist\n", qPrintable(parser.value(db)));
        return 2;
    }

    QApplication app(argc, argv);
    s_appCreated = msSinceMain();
    // The product's start-up, as patchplanner --db FILE --lang en runs it.
    const pp::GuiOptions options{parser.value(db), QStringLiteral("en")};
    if (!pp::setUpWindowApplication(app, options))
        return 2;
    std::unique_ptr<pp::MainWindow> window;
    if (parser.isSet(before)) {
        pp::BackgroundLoader::setReadOnCallingThread(true);
        window = std::make_unique<pp::MainWindow>();
        for (int i = 0; i < window->pageCount(); ++i)
            window->page(i); // every page built up front, as the window did
        window->show();
        window->openDatabase(pp::startupDatabase(options));
    } else {
        window = pp::startWindow(options);
    }
    s_windowShown = msSinceMain();
    Bench bench(window.get(), parser.value(json));
    return app.exec();
}
