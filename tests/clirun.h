// Running the patchplanner binary as a process, the way scripts and cron run it: headless (no
// display, no platform chosen by the caller), its home and XDG folders in a test folder, as a
// given user (PP_USER), in a given language.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pp::test {

struct CliRun
{
    int status = -1; ///< the exit status; -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QString &app, const QString &home, const QStringList &args,
                     const QString &lang = QStringLiteral("en"),
                     const QString &user = QStringLiteral("alice"))
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    e.insert(QStringLiteral("PP_USER"), user);
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    e.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(e);
    p.start(app, QStringList{QStringLiteral("--lang"), lang} + args);
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace pp::test
