// The report and export commands of the command line.
#include "app/cli_p.h"

#include "models/io/inventorycsv.h"
#include "models/io/reports.h"
#include "models/storage/controlrepository.h"
#include "models/storage/roleadmin.h"

namespace pp::Internal {

namespace {

ReportWriter::Format formatOf(const QString &format)
{
    if (format == QLatin1String("json"))
        return ReportWriter::Format::Json;
    if (format == QLatin1String("csv"))
        return ReportWriter::Format::Csv;
    return ReportWriter::Format::Text;
}

int finishReport(const Status &written)
{
    return written ? ExitDone : report(written.error());
}

} // namespace

int runReport(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    static const QStringList kinds{QStringLiteral("inventory"), QStringLiteral("eosl"),
                                   QStringLiteral("findings"),  QStringLiteral("patches"),
                                   QStringLiteral("frozen"),    QStringLiteral("due"),
                                   QStringLiteral("conflicts"), QStringLiteral("systems"),
                                   QStringLiteral("windows"),   QStringLiteral("audit")};
    const QString kind = args.value(1);
    if (args.size() != 2 || !kinds.contains(kind)) {
        return usageError(Cli::tr("Usage: patchplanner report "
                                  "inventory|eosl|findings|patches|frozen|due|conflicts|"
                                  "systems|windows|audit "
                                  "[--format table|json|csv] [--horizon-days N] [-o FILE]"));
    }
    const bool eosl = kind == QLatin1String("eosl");
    const bool due = kind == QLatin1String("due");
    std::optional<int> horizonDays;
    if (parser.isSet(o.horizonDays)) {
        bool ok = false;
        horizonDays = parser.value(o.horizonDays).toInt(&ok);
        if (!ok || *horizonDays < 0 || !(eosl || due))
            return usageError(Cli::tr("--horizon-days takes a number of days (0 or more), with "
                                      "report eosl or report due."));
    }
    const QString format = parser.value(o.format);
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv"))
        return usageError(Cli::tr("Unknown format '%1': use table, json or csv.").arg(format));
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    const QDate today = QDate::currentDate();
    // Acceptances that expired lapse before anything is reported about findings or the
    // register, so that the report says what is true today (DESIGN.md section 3).
    // The lists of records (inventory, systems, windows, the audit trail) report what is stored.
    const bool records = kind == QLatin1String("inventory") || kind == QLatin1String("systems")
        || kind == QLatin1String("windows") || kind == QLatin1String("audit");
    if (!records && !eosl) {
        if (Status s = applyCalendar(**db, today); !s)
            return report(s.error());
    }
    // The findings (millions on a whole estate) stream from the database to the output; the
    // other reports are built whole, then written.
    if (kind == QLatin1String("findings")) {
        return finishReport(writeStreamed(parser, o, formatOf(format), [&](ReportSink &sink) {
            return writeFindingsReport(**db, sink);
        }));
    }
    if (eosl) {
        EoslReportOptions eoslOptions;
        eoslOptions.today = today;
        eoslOptions.horizonDays = horizonDays;
        return finishReport(writeStreamed(parser, o, formatOf(format), [&](ReportSink &sink) {
            return writeEoslReport(**db, eoslOptions, sink);
        }));
    }
    Result<ReportTable> table = ReportTable();
    if (kind == QLatin1String("inventory")) {
        table = inventoryReport(**db);
    } else if (kind == QLatin1String("patches")) {
        table = patchesReport(**db);
    } else if (kind == QLatin1String("frozen")) {
        table = frozenReport(**db, today);
    } else if (due) {
        table = dueReport(**db, today, horizonDays ? today.addDays(*horizonDays) : QDate());
    } else if (kind == QLatin1String("conflicts")) {
        table = conflictsReport(**db, QDateTime::currentDateTimeUtc());
    } else if (kind == QLatin1String("systems")) {
        table = systemsReport(**db);
    } else if (kind == QLatin1String("windows")) {
        table = windowsReport(**db, QDateTime::currentDateTimeUtc());
    } else if (kind == QLatin1String("audit")) {
        table = auditReport(**db);
    }
    if (!table)
        return report(table.error());
    return finishReport(writeStreamed(parser, o, formatOf(format), [&](ReportSink &sink) {
        table->writeTo(sink);
        return Status();
    }));
}

int runExport(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    const QString what = args.value(1);
    if (what == QLatin1String("plan"))
        return runExportPlan(parser, o, args);
    if (what == QLatin1String("roadmap"))
        return runExportRoadmap(parser, o, args);
    if (what == QLatin1String("frozen"))
        return runExportFrozen(parser, o, args);
    if (what == QLatin1String("calendar"))
        return runExportCalendar(parser, o, args);
    if (args.size() != 3 || what != QLatin1String("inventory"))
        return usageError(Cli::tr("Usage: patchplanner export plan ID --pdf FILE | "
                                  "export roadmap --pdf FILE | export frozen --pdf FILE | "
                                  "export calendar FILE.ics | export inventory FILE.csv"));
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    if (Status s = InventoryCsv::exportFile(**db, args.at(2)); !s)
        return report(s.error());
    out() << Cli::tr("Wrote %1.").arg(args.at(2)) << Qt::endl;
    return ExitDone;
}

} // namespace pp::Internal
