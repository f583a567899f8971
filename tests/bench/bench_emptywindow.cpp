// The empty-window baseline of issue 9: how long an empty Qt Widgets window takes to start on
// this machine, against which opening the large database to a usable window is measured. A
// QApplication shows a QMainWindow with a menu bar and an empty central widget; once the first
// paint of the window has completed the program prints one JSON line and exits:
//   {"baseline":"empty_window","ms_to_first_paint":X,"ms_since_process_start":Y}
// ms_to_first_paint runs from the start of main(); ms_since_process_start from the kernel's start
// of the process (so it includes loading the Qt libraries), at the kernel's clock-tick resolution
// (10 ms). A harness may also time the whole process from outside. Works under xvfb-run -a and
// QT_QPA_PLATFORM=offscreen (both paint a shown window). Run by hand, not by ctest.
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QPaintEvent>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

QElapsedTimer s_sinceMain;

/// Milliseconds since the kernel started this process: field 22 of /proc/self/stat (start time
/// in clock ticks after boot) against CLOCK_BOOTTIME, the clock /proc/uptime reads. -1 if unknown.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int kStartTimeAfterName = 22 - 3; // fields 3.. follow the name
    if (fields.size() <= kStartTimeAfterName)
        return -1;
    bool ok = false;
    const double startTicks = fields.at(kStartTimeAfterName).toDouble(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(ticksPerSecond);
}

/// The empty central widget. Its first paint comes after the main window's own (children paint
/// after their parent in the same backing-store sync), so a zero timer posted from it runs once
/// that whole paint, and the flush to the screen that ends it, has completed.
class CentralWidget : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        QTimer::singleShot(0, this, [] {
            std::printf("{\"baseline\":\"empty_window\",\"ms_to_first_paint\":%.1f,"
                        "\"ms_since_process_start\":%.1f}\n",
                        double(s_sinceMain.nsecsElapsed()) / 1e6, msSinceProcessStart());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
    s_sinceMain.start();
    QApplication app(argc, argv);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Empty window"));
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Quit"), &app, &QCoreApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&Help"));
    window.setCentralWidget(new CentralWidget(&window));
    window.resize(1024, 768);
    window.show();

    // A window that never paints must not hang a benchmark run.
    QTimer::singleShot(30000, &app, [] {
        std::fprintf(stderr, "bench_emptywindow: no paint within 30 s\n");
        QCoreApplication::exit(1);
    });
    return app.exec();
}
