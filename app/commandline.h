// The command line of DESIGN.md section 4: parsing, dispatch and exit statuses. Headless
// commands never need a display.
#pragma once

#include <QString>
#include <QStringList>

namespace pp {

/// Exit statuses, part of the contract scripts rely on.
enum ExitStatus {
    ExitDone = 0,
    ExitFailed = 1,        ///< storage or I/O failed
    ExitUsage = 2,         ///< usage error
    ExitRejected = 3,      ///< input rejected, nothing changed
    ExitConflict = 4,      ///< conflict with a concurrent change
};

/// True when @p arguments (argv, program name first) ask for a headless run: a command, or
/// --help / --version, or an unparsable command line (reported headless as a usage error).
bool isHeadlessInvocation(const QStringList &arguments);

/// What the window needs from the command line: the database to open and the language.
struct GuiOptions
{
    QString database; ///< empty: the last one used, else the default
    QString language; ///< "ja", "en" or empty for the system locale
};
GuiOptions guiOptions(const QStringList &arguments);

/// Runs the command in @p arguments (argv, program name first); returns the exit status.
/// Needs a QCoreApplication (a QGuiApplication for commands that lay out text).
int runCommandLine(const QStringList &arguments);

} // namespace pp
