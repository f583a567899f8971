#include "app/appcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace pp {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatchPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("patchplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PP_VERSION));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("patchplanner.db"));
}

bool installTranslators(QCoreApplication &app, const QString &lang)
{
    QLocale locale = QLocale::system();
    if (lang == QLatin1String("ja"))
        locale = QLocale(QLocale::Japanese, QLocale::Japan);
    else if (lang == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    else if (!lang.isEmpty())
        return false;
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Japanese)
        return true;
    // Qt's own strings (dialog buttons, context menus) and ours.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("patchplanner"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    return true;
}

} // namespace pp
