// Patch Planner: the window without a command, the headless command line with one.
#include "app/appcontext.h"
#include "app/commandline.h"
#include "app/windowstartup.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

int runHeadless(int argc, char **argv, const QStringList &args)
{
    // Commands lay out text (reports, PDF) and so need a QGuiApplication, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Without a session (cron, ssh, CI) Qt falls back to a private folder anyway, but warns
        // on standard error, which scripts read: name the same kind of folder ourselves.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::getuid());
        if (QDir().mkpath(QString::fromLocal8Bit(dir)))
            QFile::setPermissions(QString::fromLocal8Bit(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    pp::setApplicationIdentity();
    const pp::GuiOptions options = pp::guiOptions(args);
    if (!pp::installTranslators(app, options.language)) {
        qWarning("Unknown language '%s': use ja or en.", qPrintable(options.language));
        return pp::ExitUsage;
    }
    return pp::runCommandLine(args);
}

int runWindow(int argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    const pp::GuiOptions options = pp::guiOptions(args);
    if (!pp::setUpWindowApplication(app, options))
        return pp::ExitUsage;
    const std::unique_ptr<pp::MainWindow> window = pp::startWindow(options);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (pp::isHeadlessInvocation(args))
        return runHeadless(argc, argv, args);
    return runWindow(argc, argv, args);
}
