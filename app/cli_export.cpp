// export plan ID --pdf FILE, and the page options every PDF export shares.
#include "app/cli_p.h"

#include "models/io/plandocument.h"

namespace pp::Internal {

std::optional<PageSetup> pageSetupOf(const QCommandLineParser &parser, const Options &o,
                                     QPageLayout::Orientation defaultOrientation)
{
    PageSetup setup;
    setup.orientation = defaultOrientation;
    if (parser.isSet(o.paper)) {
        const auto paper = paperFromKey(parser.value(o.paper));
        if (!paper) {
            usageError(Cli::tr("Unknown paper '%1': use a4, a3 or letter.")
                           .arg(parser.value(o.paper)));
            return std::nullopt;
        }
        setup.paper = *paper;
    }
    if (parser.isSet(o.orientation)) {
        const auto orientation = orientationFromKey(parser.value(o.orientation));
        if (!orientation) {
            usageError(Cli::tr("Unknown orientation '%1': use portrait or landscape.")
                           .arg(parser.value(o.orientation)));
            return std::nullopt;
        }
        setup.orientation = *orientation;
    }
    return setup;
}

std::optional<QDate> chartDateOf(const QCommandLineParser &parser, const QCommandLineOption &option,
                                 bool *ok)
{
    *ok = true;
    if (!parser.isSet(option))
        return QDate();
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid()) {
        *ok = false;
        usageError(Cli::tr("--%1 takes a date, YYYY-MM-DD: '%2' is not one.")
                       .arg(option.names().constFirst(), parser.value(option)));
        return std::nullopt;
    }
    return date;
}

int runExportPlan(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    bool idOk = false;
    const qint64 id = args.value(2).toLongLong(&idOk);
    if (args.size() != 3 || !idOk || id <= 0 || !parser.isSet(o.pdf)
        || parser.value(o.pdf).isEmpty())
        return usageError(Cli::tr("Usage: patchplanner export plan ID --pdf FILE "
                                  "[--paper a4|a3|letter] [--orientation portrait|landscape] "
                                  "[--chart-from DATE] [--chart-to DATE] [--chart-only] "
                                  "[--fit-chart]"));
    const auto setup = pageSetupOf(parser, o, QPageLayout::Portrait);
    if (!setup)
        return ExitUsage;
    PlanDocumentOptions options;
    options.chartOnly = parser.isSet(o.chartOnly);
    options.fitChart = parser.isSet(o.fitChart);
    bool ok = true;
    options.chartFrom = chartDateOf(parser, o.chartFrom, &ok).value_or(QDate());
    if (!ok)
        return ExitUsage;
    options.chartTo = chartDateOf(parser, o.chartTo, &ok).value_or(QDate());
    if (!ok)
        return ExitUsage;
    if (options.chartFrom.isValid() && options.chartTo.isValid()
        && options.chartTo < options.chartFrom)
        return usageError(Cli::tr("--chart-to is before --chart-from."));
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    int pages = 0;
    const QString path = parser.value(o.pdf);
    if (Status s = exportPlanPdf(**db, id, path, options, *setup, QDateTime::currentDateTimeUtc(),
                                 (*db)->actor(), &pages);
        !s)
        return report(s.error());
    out() << Cli::tr("Wrote %1 (%n pages).", nullptr, pages).arg(path) << Qt::endl;
    return ExitDone;
}

} // namespace pp::Internal
