// export calendar FILE.ics: the iCalendar feed (models/io/calendarexport.h).
#include "app/cli_p.h"

#include "models/io/calendarexport.h"

namespace pp::Internal {

int runExportCalendar(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3 || args.at(2).isEmpty())
        return usageError(Cli::tr("Usage: patchplanner export calendar FILE.ics"));
    const QString path = args.at(2);
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    const QDate today = QDate::currentDate();
    // Acceptances past their expiry lapse first, and missing cadences are created, so that the
    // feed says what is true today (as report due does).
    if (Status s = applyCalendar(**db, today); !s)
        return report(s.error());
    if (Status s = exportCalendar(**db, path, today, QDateTime::currentDateTimeUtc()); !s)
        return report(s.error());
    out() << Cli::tr("Wrote %1.").arg(path) << Qt::endl;
    return ExitDone;
}

} // namespace pp::Internal
