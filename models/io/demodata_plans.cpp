// The demo estate's maintenance windows (the monthly and weekly windows the systems name, the
// plants' shutdown days) and its change freezes: the year-end holidays and the fiscal year-end
// close, dated from the day the demo is made.
#include "models/io/demodata_catalog.h"
#include "models/io/demodata_p.h"

#include "models/storage/database.h"
#include "models/storage/planrepository.h"

namespace pp::Internal {

Status addDemoWindows(Database &db, const QDate &today)
{
    PlanRepository repo(db);
    for (const DemoWindow &d : demoWindows()) {
        MaintenanceWindow w;
        w.name = QString::fromUtf8(d.name);
        w.groupName = w.name;
        w.rrule = QString::fromLatin1(d.rrule);
        w.dtstart = QDateTime::fromString(QString::fromLatin1(d.dtstart),
                                          QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        w.durationMinutes = d.minutes;
        w.timeZone = QStringLiteral("Asia/Tokyo");
        if (auto stored = repo.insertWindow(w); !stored)
            return stored.error();
    }
    // The next year-end holidays and fiscal year-end close (Japanese fiscal year: April-March).
    const int year = today.month() == 1 && today.day() <= 3 ? today.year() - 1 : today.year();
    const int fiscalYear = today > QDate(today.year(), 4, 5) ? today.year() + 1 : today.year();
    const struct
    {
        const char *name;
        QDate from;
        QDate to;
        const char *reason;
    } freezes[] = {
        {"年末年始", QDate(year, 12, 29), QDate(year + 1, 1, 3),
         "年末年始休業。保守ベンダーの緊急対応のみ。"},
        {"年度末決算", QDate(fiscalYear, 3, 25), QDate(fiscalYear, 4, 5),
         "決算期間中は基幹系・周辺系とも変更を凍結する (経理部長の承認なく変更しない)。"},
    };
    for (const auto &f : freezes) {
        Blackout b;
        b.name = QString::fromUtf8(f.name);
        b.startsOn = f.from;
        b.endsOn = f.to;
        b.reason = QString::fromUtf8(f.reason);
        if (auto stored = repo.insertBlackout(b); !stored)
            return stored.error();
    }
    return {};
}

} // namespace pp::Internal
