// export roadmap --pdf and export frozen --pdf: the roadmap and the frozen-systems register as
// printed documents (models/io/roadmapdocument.h, models/io/frozendocument.h).
#include "app/cli_p.h"

#include "models/domain/enums.h"
#include "models/io/frozendocument.h"
#include "models/io/roadmapdocument.h"

namespace pp::Internal {
namespace {

/// --pdf, --paper and --orientation; @p setup holds the command's defaults. Returns an exit
/// status on a usage error.
std::optional<int> pageOptions(const QCommandLineParser &parser, const Options &o,
                               PageSetup &setup)
{
    if (!parser.isSet(o.pdf) || parser.value(o.pdf).isEmpty())
        return usageError(Cli::tr("--pdf FILE is required: the PDF file to write."));
    if (parser.isSet(o.paper)) {
        const auto paper = paperFromKey(parser.value(o.paper));
        if (!paper)
            return usageError(Cli::tr("Unknown paper size '%1': use a4, a3 or letter.")
                                  .arg(parser.value(o.paper)));
        setup.paper = *paper;
    }
    if (parser.isSet(o.orientation)) {
        const auto orientation = orientationFromKey(parser.value(o.orientation));
        if (!orientation)
            return usageError(Cli::tr("Unknown orientation '%1': use portrait or landscape.")
                                  .arg(parser.value(o.orientation)));
        setup.orientation = *orientation;
    }
    return std::nullopt;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &opt,
                                bool &bad)
{
    if (!parser.isSet(opt))
        return std::nullopt;
    const QDate d = QDate::fromString(parser.value(opt), Qt::ISODate);
    if (!d.isValid())
        bad = true;
    return d;
}

int writeDocument(PrintDocument &doc, const QString &path)
{
    if (Status s = doc.writePdf(path); !s)
        return report(s.error());
    out() << Cli::tr("Wrote %1 (%n page(s)).", nullptr, doc.pageCount()).arg(path) << Qt::endl;
    return ExitDone;
}

} // namespace

int runExportRoadmap(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Cli::tr("Usage: patchplanner export roadmap --pdf FILE "
                                  "[--paper a4|a3|letter] [--orientation portrait|landscape] "
                                  "[--chart-from DATE] [--chart-to DATE] [--chart-only] "
                                  "[--status STATUS] [--system CODE] [--owner NAME] "
                                  "[--kind KIND] [--filter TEXT] [--group-by system|product]"));
    RoadmapDocumentOptions options;
    if (auto exit = pageOptions(parser, o, options.setup))
        return *exit;
    bool badDate = false;
    const auto from = dateOption(parser, o.chartFrom, badDate);
    const auto to = dateOption(parser, o.chartTo, badDate);
    if (badDate)
        return usageError(Cli::tr("--chart-from and --chart-to take a date, YYYY-MM-DD."));
    const QDate today = QDate::currentDate();
    options.chartFrom = from.value_or(QDate());
    options.chartTo = to.value_or(QDate());
    const QDate effectiveFrom = from ? *from : today.addYears(-4);
    const QDate effectiveTo = to ? *to : today.addYears(6);
    if (effectiveTo <= effectiveFrom)
        return usageError(Cli::tr("The chart's last day must be after its first day."));
    options.chartOnly = parser.isSet(o.chartOnly);
    if (parser.isSet(o.groupBy)) {
        const QString g = parser.value(o.groupBy).toLower();
        if (g == QLatin1String("system"))
            options.grouping = RoadmapGrouping::BySystem;
        else if (g == QLatin1String("product"))
            options.grouping = RoadmapGrouping::ByProduct;
        else
            return usageError(Cli::tr("Unknown grouping '%1': use system or product.")
                                  .arg(parser.value(o.groupBy)));
    }

    RoadmapFilter filter;
    if (parser.isSet(o.status)) {
        const QString key = parser.value(o.status).toLower();
        if (key == QLatin1String("needs_decision")) {
            filter.needsDecision = true;
        } else if (const auto status = eoslStatusFromKey(key)) {
            filter.status = *status;
        } else {
            return usageError(Cli::tr("Unknown status '%1': use past, d30, d90, d180, d365, "
                                      "supported, unknown or needs_decision.")
                                  .arg(parser.value(o.status)));
        }
    }
    if (parser.isSet(o.kind)) {
        const auto kind = fromKey<ComponentKind>(parser.value(o.kind).toLower());
        if (!kind)
            return usageError(Cli::tr("Unknown component kind '%1'.").arg(parser.value(o.kind)));
        filter.kind = int(*kind);
    }
    filter.systemCode = parser.value(o.system).trimmed();
    filter.owner = parser.value(o.owner).trimmed();
    filter.text = parser.value(o.filter);

    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    auto data = gatherRoadmapData(**db, today, filter);
    if (!data)
        return report(data.error());
    PrintDocument doc = roadmapDocument(*data, options);
    return writeDocument(doc, parser.value(o.pdf));
}

int runExportFrozen(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Cli::tr("Usage: patchplanner export frozen --pdf FILE "
                                  "[--paper a4|a3|letter] [--orientation portrait|landscape]"));
    for (const QCommandLineOption *roadmapOnly :
         {&o.chartFrom, &o.chartTo, &o.chartOnly, &o.status, &o.owner, &o.kind, &o.filter,
          &o.groupBy}) {
        if (parser.isSet(*roadmapOnly))
            return usageError(Cli::tr("--%1 applies to export roadmap, not export frozen.")
                                  .arg(roadmapOnly->names().constFirst()));
    }
    FrozenDocumentOptions options;
    if (auto exit = pageOptions(parser, o, options.setup))
        return *exit;
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    const QDate today = QDate::currentDate();
    // Acceptances that expired lapse first, so that the register says what is true today.
    if (Status s = applyCalendar(**db, today); !s)
        return report(s.error());
    auto data = gatherFrozenData(**db, today);
    if (!data)
        return report(data.error());
    PrintDocument doc = frozenDocument(*data, options);
    return writeDocument(doc, parser.value(o.pdf));
}

} // namespace pp::Internal
