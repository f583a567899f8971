// The empty-window baseline of issue 9: how long an empty Qt Widgets window takes to start on
// this machine, against which opening the large database to a usable window is measured. A
// QApplication shows a QMainWindow with a menu bar and an empty central widget; once the first
// paint of the window has completed the program prints one JSON line and exits:
//   {"baseline":"empty_window","ms_to_first_paint":X,"ms_since_process_start":Y}
// ms_to_first_paint runs from the start of main(); ms_since_process_start from the kernel's start
// of the process (so it includes loading the Qt libraries), at the kernel's clock-tick resolution
// (10 ms). A harness may also time the whole process from outside. Works under xvfb-run -a and
// QT_QPA_PLATFORM=offscreen (both paint a shown window). Run by hand, not by ctest.
#include "tests/bench/procstats.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QPaintEvent>
#include <QTimer>

#include <cstdio>

namespace {

using pp::bench::msSinceProcessStart;

QElapsedTimer s_sinceMain;

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
