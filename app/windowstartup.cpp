#include "app/windowstartup.h"

#include "app/appcontext.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

namespace pp {

bool setUpWindowApplication(QApplication &app, const GuiOptions &options)
{
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/patchplanner.svg")));
    if (!installTranslators(app, options.language)) {
        qWarning("Unknown language '%s': use ja or en.", qPrintable(options.language));
        return false;
    }
    return true;
}

QString startupDatabase(const GuiOptions &options)
{
    if (!options.database.isEmpty())
        return options.database;
    const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
    return !last.isEmpty()
            && (last.startsWith(QLatin1String("postgres")) || QFileInfo::exists(last))
        ? last
        : defaultDatabasePath();
}

std::unique_ptr<MainWindow> startWindow(const GuiOptions &options)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->openDatabaseWhenShown(startupDatabase(options));
    return window;
}

} // namespace pp
