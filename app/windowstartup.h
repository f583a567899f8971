// The window's start-up, shared by main() and the start-up benchmark (tests/bench/bench_window):
// which database the window opens, and the order of showing the window and opening it.
#pragma once

#include "app/commandline.h"

#include <QString>

#include <memory>

class QApplication;

namespace pp {

class MainWindow;

/// Identity, window icon and translation of the window's QApplication. Returns false (after
/// saying why on standard error) when the language asked for is unknown.
bool setUpWindowApplication(QApplication &app, const GuiOptions &options);

/// The database the window opens: --db, else the last one used while it still exists (or is a
/// PostgreSQL URL), else the default file.
QString startupDatabase(const GuiOptions &options);

/// Creates and shows the main window and opens the start-up database once the window has
/// painted, so that the window is on screen at once and its pages load behind it.
std::unique_ptr<MainWindow> startWindow(const GuiOptions &options);

} // namespace pp
