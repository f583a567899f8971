// What the parts of the command line share (app/cli_*.cpp): the options, the output streams,
// exit statuses from errors, opening the database and writing a report.
#pragma once

#include "app/appcontext.h"
#include "app/commandline.h"
#include "models/io/importissue.h"
#include "models/io/printdocument.h"
#include "models/io/reporttable.h"
#include "models/io/vulnfeed.h"
#include "models/result.h"
#include "models/storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <memory>

namespace pp::Internal {

/// Strings of the command line, in one translation context.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream &out();
QTextStream &err();
int exitFor(const Error &e);
/// Prints @p e on standard error; returns its exit status.
int report(const Error &e);
int usageError(const QString &message);

/// The options every invocation understands.
struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          Cli::tr("Database: an SQLite file, or postgresql://user@host:port/name "
                                  "(password from PGPASSWORD or ~/.pgpass). Default: %1")
                              .arg(defaultDatabasePath()),
                          Cli::tr("location")};
    QCommandLineOption format{QStringLiteral("format"),
                              Cli::tr("Report format: table (default), json or csv."),
                              Cli::tr("format"), QStringLiteral("table")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Cli::tr("Write the report to FILE instead of standard output."),
                              Cli::tr("FILE")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              Cli::tr("Import: check the file and report what would change, "
                                      "without changing anything.")};
    QCommandLineOption force{QStringLiteral("force"),
                             Cli::tr("Backup: replace FILE when it already exists.")};
    QCommandLineOption horizonDays{QStringLiteral("horizon-days"),
                                   Cli::tr("report eosl: only components past EOSL or ending "
                                           "within N days; report due: only what is due "
                                           "within N days."),
                                   Cli::tr("N")};
    QCommandLineOption system{QStringLiteral("system"),
                              Cli::tr("import sbom: the code of the system the components "
                                      "belong to."),
                              Cli::tr("code")};
    // plan ...
    QCommandLineOption type{QStringLiteral("type"),
                            Cli::tr("plan create: regular or emergency."), Cli::tr("type")};
    QCommandLineOption window{QStringLiteral("window"),
                              Cli::tr("plan create: the window's start, ISO 8601 (local time "
                                      "unless an offset is given)."),
                              Cli::tr("start")};
    QCommandLineOption end{QStringLiteral("end"),
                           Cli::tr("plan create: the window's end (default: the end of the "
                                   "maintenance window that contains the start, else 4 hours)."),
                           Cli::tr("end")};
    QCommandLineOption systems{QStringLiteral("systems"),
                               Cli::tr("plan create: system codes, comma-separated."),
                               Cli::tr("codes")};
    QCommandLineOption patches{QStringLiteral("patches"),
                               Cli::tr("plan create: pending patch ids, comma-separated "
                                       "(default: every pending patch of the systems)."),
                               Cli::tr("ids")};
    QCommandLineOption title{QStringLiteral("title"), Cli::tr("plan create: the plan's title."),
                             Cli::tr("text")};
    QCommandLineOption timeZone{QStringLiteral("time-zone"),
                                Cli::tr("plan create: the IANA time zone the plan is shown in "
                                        "(default: this computer's)."),
                                Cli::tr("zone")};
    QCommandLineOption onSite{QStringLiteral("on-site"),
                              Cli::tr("plan create: the work is done on site (adds the check of "
                                      "vendor devices in quarantine).")};
    QCommandLineOption decision{QStringLiteral("decision"),
                                Cli::tr("plan approve: approved (default), provisional "
                                        "(emergency plans) or rejected."),
                                Cli::tr("decision")};
    QCommandLineOption checklist{QStringLiteral("checklist"),
                                 Cli::tr("plan approve: the security checklist answers, e.g. "
                                         "reachability=no,monitoring=no,policy=yes,backup=yes,"
                                         "rollback=yes."),
                                 Cli::tr("answers")};
    QCommandLineOption note{QStringLiteral("note"),
                            Cli::tr("plan approve: what changes (reachability, monitoring); "
                                    "plan step: the work log note; plan approve --decision "
                                    "rejected: why."),
                            Cli::tr("text")};
    // export ...
    QCommandLineOption pdf{QStringLiteral("pdf"),
                           Cli::tr("export plan|roadmap|frozen: the PDF file to write."),
                           Cli::tr("FILE")};
    QCommandLineOption paper{QStringLiteral("paper"),
                             Cli::tr("export ... --pdf: paper size, a4 (default), a3 or letter."),
                             Cli::tr("size")};
    QCommandLineOption orientation{QStringLiteral("orientation"),
                                   Cli::tr("export ... --pdf: portrait or landscape (default: "
                                           "landscape for the roadmap, portrait otherwise)."),
                                   Cli::tr("orientation")};
    QCommandLineOption chartFrom{QStringLiteral("chart-from"),
                                 Cli::tr("export plan|roadmap: the chart's first day, "
                                         "YYYY-MM-DD."),
                                 Cli::tr("date")};
    QCommandLineOption chartTo{QStringLiteral("chart-to"),
                               Cli::tr("export plan|roadmap: the chart's last day, YYYY-MM-DD."),
                               Cli::tr("date")};
    QCommandLineOption chartOnly{QStringLiteral("chart-only"),
                                 Cli::tr("export plan|roadmap: the chart pages only.")};
    QCommandLineOption fitChart{QStringLiteral("fit-chart"),
                                Cli::tr("export plan: fit the timeline on one page instead of "
                                        "tiling it across pages.")};
    QCommandLineOption status{QStringLiteral("status"),
                              Cli::tr("export roadmap: only this status: past, d30, d90, d180, "
                                      "d365, supported, unknown or needs_decision."),
                              Cli::tr("status")};
    QCommandLineOption owner{QStringLiteral("owner"),
                             Cli::tr("export roadmap: only the systems of this owner."),
                             Cli::tr("name")};
    QCommandLineOption kind{QStringLiteral("kind"),
                            Cli::tr("export roadmap: only this component kind (os, middleware, "
                                    "database, runtime, application, network, firmware, cloud)."),
                            Cli::tr("kind")};
    QCommandLineOption filter{QStringLiteral("filter"),
                              Cli::tr("export roadmap: only rows whose text contains this."),
                              Cli::tr("text")};
    QCommandLineOption groupBy{QStringLiteral("group-by"),
                               Cli::tr("export roadmap: system (default) or product."),
                               Cli::tr("grouping")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            Cli::tr("Language of the window and messages: ja or en (default: "
                                    "the system's)."),
                            Cli::tr("lang")};
};

Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser, const Options &o,
                                               bool create = false);
/// Writes @p bytes to -o FILE (atomically) or standard output.
Status writeOutput(const QCommandLineParser &parser, const Options &o, const QByteArray &bytes);
/// Streams what @p produce hands its sink to -o FILE (replaced only when all of it was written)
/// or to standard output, as it comes.
Status writeStreamed(const QCommandLineParser &parser, const Options &o,
                     ReportWriter::Format format,
                     const std::function<Status(ReportSink &)> &produce);
/// Lapses the risk acceptances past their expiry and creates missing default cadences (one
/// transaction, audited), when the user may write; says on standard error what lapsed.
Status applyCalendar(Database &db, const QDate &today);
/// Prints each problem of an import as FILE:LINE: field: message (warnings marked).
void printIssues(const QList<ImportIssue> &issues);

// The commands (args: the positional arguments, the command word first).
int runDemo(const QStringList &args);
int runImportInventory(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runImportEndOfLife(const QCommandLineParser &parser, const Options &o,
                       const QStringList &args);
int runImportFeed(const QCommandLineParser &parser, const Options &o, const QStringList &args,
                  VulnFeedKind kind);
int runImportSbom(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runImportPatches(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runReport(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runExport(const QCommandLineParser &parser, const Options &o, const QStringList &args);
// export plan|roadmap|frozen|calendar (app/cli_export*.cpp)
/// The paper and orientation of --paper and --orientation; nullopt (after printing the usage
/// error) when a value is not known.
std::optional<PageSetup> pageSetupOf(const QCommandLineParser &parser, const Options &o,
                                     QPageLayout::Orientation defaultOrientation);
/// The date of a --chart-from/--chart-to option: null when not given; nullopt and *ok false
/// (after printing the usage error) when it is not a date.
std::optional<QDate> chartDateOf(const QCommandLineParser &parser,
                                 const QCommandLineOption &option, bool *ok);
int runExportPlan(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runExportRoadmap(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runExportFrozen(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runExportCalendar(const QCommandLineParser &parser, const Options &o,
                      const QStringList &args);
int runAudit(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runBackup(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runRestore(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runDrill(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runAdmin(const QCommandLineParser &parser, const Options &o, const QStringList &args);
int runPlan(const QCommandLineParser &parser, const Options &o, const QStringList &args);

} // namespace pp::Internal
