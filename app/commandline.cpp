#include "app/commandline.h"

#include "app/appcontext.h"
#include "models/io/demodata.h"
#include "models/io/endoflifeimport.h"
#include "models/io/inventorycsv.h"
#include "models/io/reports.h"
#include "models/io/sbomimport.h"
#include "models/io/vendorpatchcsv.h"
#include "models/io/vulnimport.h"
#include "models/storage/auditlog.h"
#include "models/storage/backup.h"
#include "models/storage/database.h"
#include "models/storage/roleadmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace pp {
namespace {

/// Strings of the command line, in one translation context.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int exitFor(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Failed: return ExitFailed;
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::InputRejected: return ExitRejected;
    case ErrorKind::Conflict: return ExitConflict;
    }
    return ExitFailed;
}

int report(const Error &e)
{
    err() << e.message << Qt::endl;
    return exitFor(e);
}

int usageError(const QString &message)
{
    err() << message << Qt::endl
          << Cli::tr("Run 'patchplanner --help' for the commands and options.") << Qt::endl;
    return ExitUsage;
}

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
                                           "within N days."),
                                   Cli::tr("N")};
    QCommandLineOption system{QStringLiteral("system"),
                              Cli::tr("import sbom: the code of the system the components "
                                      "belong to."),
                              Cli::tr("code")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            Cli::tr("Language of the window and messages: ja or en (default: "
                                    "the system's)."),
                            Cli::tr("lang")};
};

QString commandSummary()
{
    return Cli::tr(
        "Patch Planner: plan patches, EOSL upgrades and compensating controls for the systems "
        "you run.\n"
        "\n"
        "Without a command the window opens. With a command it runs headless:\n"
        "  demo PATH                      create a database at PATH filled with demo data\n"
        "  import inventory FILE.csv      import systems and components (columns below)\n"
        "  import endoflife FILE|DIR ...  endoflife.date API JSON: the list form (v0; FILE is\n"
        "                                 named after the product, e.g. rhel.json) or the v1\n"
        "                                 object form; DIR: every *.json in it. All files in one\n"
        "                                 transaction: any error rejects them all\n"
        "  import kev FILE                CISA Known Exploited Vulnerabilities, JSON or CSV\n"
        "  import nvd FILE ...            NVD CVE API 2.0 JSON: a response page, a bundle or a\n"
        "                                 whole feed (read as a stream)\n"
        "  import jvn FILE ...            JVN iPedia JVNRSS or MyJVN VULDEF XML\n"
        "                                 Each vulnerability import: all files in one\n"
        "                                 transaction, then matched against the components;\n"
        "                                 findings, due dates and pending patches updated.\n"
        "                                 Re-importing the same data changes nothing\n"
        "  import sbom FILE.json --system CODE\n"
        "                                 CycloneDX JSON SBOM: its components into system\n"
        "                                 CODE, then matched against the vulnerabilities\n"
        "  import patches FILE.csv        a list of vendor patches (rollups, advisories):\n"
        "                                 title*, product*, vendor, advisory_id, kb,\n"
        "                                 target_version, release_date, reboot,\n"
        "                                 expected_minutes, can_rollback, notes; each linked\n"
        "                                 to the open findings it resolves\n"
        "  report inventory               one row per component: system_code, system_name,\n"
        "                                 component_kind, vendor, product, version, cpe,\n"
        "                                 environment, exposure, criticality, lifecycle_state\n"
        "                                 [--format table|json|csv] [-o FILE]\n"
        "  report eosl                    one row per component: system_code, component_kind,\n"
        "                                 product, version, eol_product, eol_cycle,\n"
        "                                 release_date, support_end, eosl,\n"
        "                                 extended_support_end (ISO dates or null), status\n"
        "                                 (past|d30|d90|d180|d365|supported|unknown),\n"
        "                                 days_left, decision; sorted by eosl, unknown last.\n"
        "                                 A null date with status past: ended on an unknown\n"
        "                                 date; with supported: no end announced\n"
        "                                 [--horizon-days N]: only past EOSL or within N days\n"
        "  report findings                one row per open or undecided finding: vulnerability\n"
        "                                 (CVE or JVNDB id), system_code, component_kind,\n"
        "                                 product, version, state, severity, cvss, kev\n"
        "                                 (true/false), due_date, due_rule, track\n"
        "                                 (emergency|regular), match (cpe|name); by due date\n"
        "  report patches                 one row per pending patch: system_code, product,\n"
        "                                 version, patch, target_version, resolves (ids: a\n"
        "                                 JSON array, ';'-joined in CSV), due_date, track,\n"
        "                                 reboot (true/false); by due date\n"
        "  export inventory FILE.csv      the inventory as CSV (the import format)\n"
        "  audit verify                   check the audit trail's hash chain\n"
        "  admin init-roles               PostgreSQL: create the roles pp_viewer, pp_planner and\n"
        "                                 pp_approver and grant their rights (again after an\n"
        "                                 upgrade); prints how to grant them to users\n"
        "  backup FILE                    a consistent copy of the database in FILE, an SQLite\n"
        "                                 file for either backend; refuses an existing FILE\n"
        "                                 unless --force\n"
        "  restore FILE                   check FILE (SQLite integrity, schema version, audit\n"
        "                                 chain), then replace the database with it; the old\n"
        "                                 SQLite file is kept as NAME.before-restore-<time>;\n"
        "                                 a PostgreSQL database must hold no data yet\n"
        "  drill [FILE]                   restore drill: back up (or take FILE), restore into a\n"
        "                                 scratch database and compare the rows of every table\n"
        "                                 and the audit chain; exit 1 when anything differs\n"
        "                                 [--format table|json|csv] [-o FILE]; json: one array\n"
        "                                 of {table, live, restored, match}, the audit chain\n"
        "                                 as table \"audit_chain\" (live, restored: entries)\n"
        "\n"
        "Inventory CSV columns (any order, case-insensitive; * required):\n"
        "  system_code*, system_name*, owner, criticality (1-4), environment\n"
        "  (production|staging|development), exposure (internet|internal|isolated),\n"
        "  lifecycle_state (active|frozen|retiring|retired), component_kind (os|middleware|\n"
        "  database|runtime|application|network|firmware|cloud), vendor, product, version,\n"
        "  cpe, eol_product, eol_cycle, instances, purl, notes\n"
        "\n"
        "Exit status: 0 done; 1 failed (storage, I/O; drill: a difference); 2 usage error;\n"
        "3 input rejected, nothing changed (restore: a backup that fails a check, a\n"
        "PostgreSQL target that holds data); 4 conflict with a concurrent change.");
}

void setUp(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(commandSummary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.db, o.format, o.output, o.dryRun, o.force, o.horizonDays, o.system,
                       o.lang});
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."),
                                 QStringLiteral("[command]"));
}

Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser, const Options &o,
                                               bool create = false)
{
    const QString location = parser.isSet(o.db) ? parser.value(o.db) : defaultDatabasePath();
    Database::Options options;
    options.create = create;
    return Database::open(location, options);
}

Status writeOutput(const QCommandLineParser &parser, const Options &o, const QByteArray &bytes)
{
    if (!parser.isSet(o.output)) {
        out().flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return {};
    }
    QSaveFile f(parser.value(o.output));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        return fail(Cli::tr("Cannot write %1: %2").arg(parser.value(o.output), f.errorString()));
    }
    return {};
}

/// Prints each problem of an import as FILE:LINE: field: message (warnings marked).
void printIssues(const QList<ImportIssue> &issues)
{
    for (const ImportIssue &issue : issues)
        err() << (issue.isError() ? QString() : Cli::tr("warning: ")) << issue.toString() << Qt::endl;
}

int runDemo(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Cli::tr("Usage: patchplanner demo PATH"));
    const QString path = args.at(1);
    if (QFileInfo::exists(path)) {
        err() << Cli::tr("%1 already exists; choose a new file for the demo database.").arg(path)
              << Qt::endl;
        return ExitRejected;
    }
    auto db = Database::open(path);
    if (!db)
        return report(db.error());
    if (Status s = createDemoEstate(**db); !s)
        return report(s.error());
    // The location as opened: an absolute file path, or the postgresql:// URL without password.
    out() << Cli::tr("Created the demo database %1.").arg((*db)->location()) << Qt::endl;
    return ExitDone;
}

int runImportInventory(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3)
        return usageError(Cli::tr("Usage: patchplanner import inventory FILE.csv"));
    const InventoryImportPreview preview = InventoryCsv::parseFile(args.at(2));
    printIssues(preview.issues);
    if (preview.hasErrors()) {
        err() << Cli::tr("%1: rejected; nothing was changed.").arg(args.at(2)) << Qt::endl;
        return ExitRejected;
    }
    if (parser.isSet(o.dryRun)) {
        out() << Cli::tr("%1: %n row(s) would be imported.", nullptr, int(preview.rows.size()))
                     .arg(args.at(2))
              << Qt::endl;
        return ExitDone;
    }
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    auto result = InventoryCsv::apply(**db, preview);
    if (!result)
        return report(result.error());
    out() << Cli::tr("Imported %1: %2 system(s) created, %3 updated; %4 component(s) created, "
                     "%5 updated; %6 row(s) unchanged.")
                 .arg(args.at(2))
                 .arg(result->systemsCreated)
                 .arg(result->systemsUpdated)
                 .arg(result->componentsCreated)
                 .arg(result->componentsUpdated)
                 .arg(result->unchanged)
          << Qt::endl;
    if (result->findingsCreated > 0 || result->findingsResolved > 0)
        out() << Cli::tr("Matched against the stored vulnerabilities: %1 new finding(s), %2 "
                         "resolved.")
                     .arg(result->findingsCreated)
                     .arg(result->findingsResolved)
              << Qt::endl;
    return ExitDone;
}

int runImportEndOfLife(const QCommandLineParser &parser, const Options &o,
                       const QStringList &args)
{
    if (args.size() < 3)
        return usageError(Cli::tr("Usage: patchplanner import endoflife FILE|DIR ..."));
    const EndOfLifePreview preview = EndOfLifeImport::parse(args.mid(2));
    printIssues(preview.issues);
    if (preview.hasErrors()) {
        err() << Cli::tr("Rejected; nothing was changed.") << Qt::endl;
        return ExitRejected;
    }
    if (parser.isSet(o.dryRun)) {
        out() << Cli::tr("%1 file(s) with %2 release cycle(s) would be imported.")
                     .arg(preview.files.size())
                     .arg(preview.releaseCount())
              << Qt::endl;
        return ExitDone;
    }
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    auto r = EndOfLifeImport::apply(**db, preview);
    if (!r)
        return report(r.error());
    out() << Cli::tr("Imported %1 file(s): %2 release cycle(s) created, %3 updated, %4 unchanged; "
                     "%5 component(s) newly matched; %6 of %7 component(s) tied to a product and "
                     "cycle.")
                 .arg(r->files)
                 .arg(r->releasesCreated)
                 .arg(r->releasesUpdated)
                 .arg(r->releasesUnchanged)
                 .arg(r->componentsNewlyMatched)
                 .arg(r->componentsTied)
                 .arg(r->components)
          << Qt::endl;
    return ExitDone;
}

/// Progress on standard error, only for a person watching a terminal (cron gets no noise).
std::function<void(qint64, qint64, const QString &)> terminalProgress()
{
    if (!::isatty(STDERR_FILENO))
        return {};
    auto last = std::make_shared<QElapsedTimer>();
    return [last](qint64 done, qint64 total, const QString &phase) {
        if (last->isValid() && last->elapsed() < 250)
            return;
        last->start();
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        err() << '\r' << phase << QStringLiteral(" %1%").arg(percent) << "   " << Qt::flush;
    };
}

int runImportFeed(const QCommandLineParser &parser, const Options &o, const QStringList &args,
                  VulnFeedKind kind)
{
    const QString word = toKey(kind);
    if (args.size() < 3 || (kind == VulnFeedKind::Kev && args.size() != 3))
        return usageError(kind == VulnFeedKind::Kev
                              ? Cli::tr("Usage: patchplanner import kev FILE")
                              : Cli::tr("Usage: patchplanner import %1 FILE ...").arg(word));
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    VulnImportOptions options;
    options.dryRun = parser.isSet(o.dryRun);
    options.progress = terminalProgress();
    VulnImportReport r;
    auto result = VulnImport::run(**db, kind, args.mid(2), options, &r);
    if (options.progress)
        err() << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
    printIssues(r.issues);
    if (!result) {
        if (result.error().kind == ErrorKind::InputRejected) {
            err() << Cli::tr("Rejected; nothing was changed.") << Qt::endl;
            return ExitRejected;
        }
        return report(result.error());
    }
    const QString summary =
        Cli::tr("%1 record(s) in %2 file(s): %3 vulnerabilities created, %4 updated, "
                "%5 unchanged, %6 skipped; findings: %7 new, %8 resolved, %9 re-opened; "
                "pending patches: %10 new, %11 updated, %12 removed.")
            .arg(r.records)
            .arg(r.files)
            .arg(r.created)
            .arg(r.updated)
            .arg(r.unchanged)
            .arg(r.skipped)
            .arg(r.findingsCreated)
            .arg(r.findingsResolved)
            .arg(r.findingsReopened)
            .arg(r.patchesCreated)
            .arg(r.patchesUpdated)
            .arg(r.patchesRemoved);
    if (options.dryRun)
        out() << Cli::tr("Dry run, nothing was changed: %1").arg(summary) << Qt::endl;
    else
        out() << Cli::tr("Imported %1").arg(summary) << Qt::endl;
    return ExitDone;
}

int runImportSbom(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3 || !parser.isSet(o.system) || parser.value(o.system).trimmed().isEmpty())
        return usageError(Cli::tr("Usage: patchplanner import sbom FILE.json --system CODE"));
    const SbomPreview preview = SbomImport::parse(args.at(2));
    printIssues(preview.issues);
    if (preview.hasErrors()) {
        err() << Cli::tr("%1: rejected; nothing was changed.").arg(args.at(2)) << Qt::endl;
        return ExitRejected;
    }
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    const bool dryRun = parser.isSet(o.dryRun);
    auto outcome = SbomImport::applyAndMatch(**db, preview, parser.value(o.system).trimmed(),
                                             dryRun);
    if (!outcome)
        return report(outcome.error());
    const SbomImportReport &sbom = outcome->components;
    const VulnImportReport &matched = outcome->matching;
    const QString summary = Cli::tr("%1 component(s) created, %2 updated, %3 unchanged, %4 "
                                    "skipped; findings: %5 new, %6 resolved.")
                                .arg(sbom.created)
                                .arg(sbom.updated)
                                .arg(sbom.unchanged)
                                .arg(sbom.skipped)
                                .arg(matched.findingsCreated)
                                .arg(matched.findingsResolved);
    if (dryRun)
        out() << Cli::tr("Dry run, nothing was changed: %1").arg(summary) << Qt::endl;
    else
        out() << Cli::tr("Imported %1 into %2: %3").arg(args.at(2), parser.value(o.system), summary)
              << Qt::endl;
    return ExitDone;
}

int runImportPatches(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3)
        return usageError(Cli::tr("Usage: patchplanner import patches FILE.csv"));
    const VendorPatchPreview preview = VendorPatchCsv::parseFile(args.at(2));
    printIssues(preview.issues);
    if (preview.hasErrors()) {
        err() << Cli::tr("%1: rejected; nothing was changed.").arg(args.at(2)) << Qt::endl;
        return ExitRejected;
    }
    if (parser.isSet(o.dryRun)) {
        out() << Cli::tr("%1: %n vendor patch(es) would be imported.", nullptr,
                         int(preview.patches.size()))
                     .arg(args.at(2))
              << Qt::endl;
        return ExitDone;
    }
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    auto r = VendorPatchCsv::apply(**db, preview);
    if (!r)
        return report(r.error());
    out() << Cli::tr("Imported %1: %2 vendor patch(es) created, %3 updated, %4 unchanged; %5 "
                     "open finding(s) linked.")
                 .arg(args.at(2))
                 .arg(r->created)
                 .arg(r->updated)
                 .arg(r->unchanged)
                 .arg(r->findingsLinked)
          << Qt::endl;
    return ExitDone;
}

int runReport(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    static const QStringList kinds{QStringLiteral("inventory"), QStringLiteral("eosl"),
                                   QStringLiteral("findings"), QStringLiteral("patches")};
    const QString kind = args.value(1);
    if (args.size() != 2 || !kinds.contains(kind))
        return usageError(Cli::tr("Usage: patchplanner report inventory|eosl|findings|patches "
                                  "[--format table|json|csv] [--horizon-days N] [-o FILE]"));
    const bool eosl = kind == QLatin1String("eosl");
    EoslReportOptions eoslOptions;
    if (parser.isSet(o.horizonDays)) {
        bool ok = false;
        eoslOptions.horizonDays = parser.value(o.horizonDays).toInt(&ok);
        if (!ok || *eoslOptions.horizonDays < 0 || !eosl)
            return usageError(Cli::tr("--horizon-days takes a number of days (0 or more), with "
                                      "report eosl."));
    }
    const QString format = parser.value(o.format);
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv"))
        return usageError(Cli::tr("Unknown format '%1': use table, json or csv.").arg(format));
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    Result<ReportTable> table = eosl ? eoslReport(**db, eoslOptions)
        : kind == QLatin1String("findings") ? findingsReport(**db)
        : kind == QLatin1String("patches")  ? patchesReport(**db)
                                            : inventoryReport(**db);
    if (!table)
        return report(table.error());
    const QByteArray bytes = format == QLatin1String("json") ? table->toJson()
        : format == QLatin1String("csv")                     ? table->toCsv()
                                                             : table->toText();
    if (Status s = writeOutput(parser, o, bytes); !s)
        return report(s.error());
    return ExitDone;
}

int runExport(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3 || args.at(1) != QLatin1String("inventory"))
        return usageError(Cli::tr("Usage: patchplanner export inventory FILE.csv"));
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    if (Status s = InventoryCsv::exportFile(**db, args.at(2)); !s)
        return report(s.error());
    out() << Cli::tr("Wrote %1.").arg(args.at(2)) << Qt::endl;
    return ExitDone;
}

int runAudit(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 2 || args.at(1) != QLatin1String("verify"))
        return usageError(Cli::tr("Usage: patchplanner audit verify"));
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    auto v = AuditLog(**db).verify();
    if (!v)
        return report(v.error());
    if (!v->intact) {
        err() << Cli::tr("Audit trail broken at entry %1: %2").arg(v->firstBrokenId).arg(v->reason)
              << Qt::endl;
        return ExitFailed;
    }
    out() << Cli::tr("Audit trail intact: %n entries checked.", nullptr, int(v->entries))
          << Qt::endl;
    return ExitDone;
}

/// The database to back up or drill, opened as it is: never migrated, so that a backup keeps the
/// schema version of its source.
Result<std::unique_ptr<Database>> openAsItIs(const QCommandLineParser &parser, const Options &o)
{
    Database::Options options;
    options.create = false;
    options.targetVersion = 0;
    return Database::open(parser.isSet(o.db) ? parser.value(o.db) : defaultDatabasePath(),
                          options);
}

QString shortHash(const QString &hash)
{
    return hash.left(12);
}

int runBackup(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Cli::tr("Usage: patchplanner [--db LOCATION] backup FILE [--force]"));
    auto db = openAsItIs(parser, o);
    if (!db)
        return report(db.error());
    auto result = Backup::create(**db, args.at(1), parser.isSet(o.force));
    if (!result) {
        if (result.error().kind == ErrorKind::InputRejected && QFileInfo::exists(args.at(1)))
            err() << Cli::tr("%1 already exists; nothing was written. Add --force to replace it.")
                         .arg(args.at(1))
                  << Qt::endl;
        else
            err() << result.error().message << Qt::endl;
        return exitFor(result.error());
    }
    const DatabaseSnapshot &snap = result->backup.snapshot;
    out() << Cli::tr("Backed up %1 to %2: %3 row(s) in %4 table(s), schema version %5, audit "
                     "trail of %6 entries (head %7).")
                 .arg((*db)->location(), QDir::toNativeSeparators(
                                             QFileInfo(args.at(1)).absoluteFilePath()))
                 .arg(snap.totalRows())
                 .arg(snap.tables.size())
                 .arg(result->backup.schemaVersion)
                 .arg(snap.audit.entries)
                 .arg(shortHash(snap.auditHead))
          << Qt::endl;
    if (!snap.audit.intact) {
        // The copy keeps the evidence as it is, but a restore will refuse it: say so, and fail.
        err() << Cli::tr("%1: the audit trail is broken at entry %2: %3 The backup was written as "
                         "the database is, but restoring it will be refused.")
                     .arg(args.at(1))
                     .arg(snap.audit.firstBrokenId)
                     .arg(snap.audit.reason)
              << Qt::endl;
        return ExitFailed;
    }
    return ExitDone;
}

int runRestore(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Cli::tr("Usage: patchplanner [--db LOCATION] restore FILE"));
    const QString target = parser.isSet(o.db) ? parser.value(o.db) : defaultDatabasePath();
    auto result = Backup::restore(args.at(1), target, RestoreOptions{});
    if (!result)
        return report(result.error());
    const BackupInfo &b = result->backup;
    out() << Cli::tr("Restored %1 (backup of %2, schema version %3, audit trail of %4 entries, "
                     "head %5) into %6.")
                 .arg(args.at(1), b.takenAt.toUTC().toString(Qt::ISODate))
                 .arg(b.schemaVersion)
                 .arg(b.snapshot.audit.entries)
                 .arg(shortHash(b.snapshot.auditHead), QDir::toNativeSeparators(result->target))
          << Qt::endl;
    if (result->migratedFrom > 0) {
        out() << Cli::tr("The backup was upgraded from schema version %1 to %2.")
                     .arg(result->migratedFrom)
                     .arg(result->schemaVersion)
              << Qt::endl;
    }
    if (!result->keptAs.isEmpty()) {
        out() << Cli::tr("The previous database is kept as %1.")
                     .arg(QDir::toNativeSeparators(result->keptAs))
              << Qt::endl;
    }
    return ExitDone;
}

/// The drill's comparison as a report: one row per table, then the audit chain (entries).
ReportTable drillTable(const DrillReport &d)
{
    ReportTable t;
    t.keys = QStringList{QStringLiteral("table"), QStringLiteral("live"), QStringLiteral("restored"),
                         QStringLiteral("match")};
    for (const DrillReport::Row &r : d.tables)
        t.rows.append({r.table, r.live, r.restored, r.match()});
    t.rows.append({QStringLiteral("audit_chain"), d.live.audit.entries,
                   d.failure.isEmpty() ? QVariant(d.restored.audit.entries) : QVariant(),
                   d.auditMatches()});
    return t;
}

QString chainState(const DatabaseSnapshot &s)
{
    return s.audit.intact
        ? Cli::tr("intact, %1 entries, head %2").arg(s.audit.entries).arg(shortHash(s.auditHead))
        : Cli::tr("broken at entry %1 (%2)").arg(s.audit.firstBrokenId).arg(s.audit.reason);
}

int runDrill(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() > 2)
        return usageError(Cli::tr("Usage: patchplanner [--db LOCATION] drill [FILE] "
                                  "[--format table|json|csv] [-o FILE]"));
    const QString format = parser.value(o.format);
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv"))
        return usageError(Cli::tr("Unknown format '%1': use table, json or csv.").arg(format));
    auto db = openAsItIs(parser, o);
    if (!db)
        return report(db.error());
    QElapsedTimer timer;
    timer.start();
    auto drill = Backup::drill(**db, args.value(1));
    if (!drill)
        return report(drill.error());
    const ReportTable table = drillTable(*drill);
    QByteArray bytes = format == QLatin1String("json") ? table.toJson()
        : format == QLatin1String("csv")               ? table.toCsv()
                                                       : table.toText();
    if (format == QLatin1String("table")) {
        QString text = QLatin1Char('\n')
            + Cli::tr("Audit chain: live %1; restored %2.")
                  .arg(chainState(drill->live),
                       drill->failure.isEmpty() ? chainState(drill->restored) : Cli::tr("none"))
            + QLatin1Char('\n');
        text += drill->passed()
            ? Cli::tr("Drill passed: the restored copy matches the live database (%1 tables, %2 "
                      "rows, %3 audit entries) in %4 s.")
                  .arg(drill->tables.size())
                  .arg(drill->live.totalRows())
                  .arg(drill->live.audit.entries)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            : Cli::tr("Drill failed: the restored copy does not match the live database.");
        bytes += text.toUtf8() + '\n';
    }
    if (Status s = writeOutput(parser, o, bytes); !s)
        return report(s.error());
    if (!drill->failure.isEmpty())
        err() << Cli::tr("The backup could not be taken or restored: %1").arg(drill->failure)
              << Qt::endl;
    return drill->passed() ? ExitDone : ExitFailed;
}

/// admin init-roles: the PostgreSQL group roles of the viewer, the planner and the approver.
int runAdmin(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 2 || args.at(1) != QLatin1String("init-roles"))
        return usageError(Cli::tr("Usage: patchplanner --db postgresql://USER@HOST:PORT/NAME "
                                  "admin init-roles"));
    const QString location = parser.isSet(o.db) ? parser.value(o.db) : defaultDatabasePath();
    if (!Database::isPostgresLocation(location)) {
        // Nothing to set up: say so before touching the file.
        err() << Cli::tr("Roles are a PostgreSQL feature: an SQLite file has one local user, who "
                         "may change everything the file's permissions allow. Use --db "
                         "postgresql://USER@HOST:PORT/NAME.")
              << Qt::endl;
        return ExitUsage;
    }
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    if (Status s = RoleAdmin(**db).initRoles(); !s)
        return report(s.error());
    out() << Cli::tr("The roles %1, %2 and %3 are set up on %4:")
                 .arg(RoleAdmin::viewerRole(), RoleAdmin::plannerRole(), RoleAdmin::approverRole(),
                      (*db)->location())
          << Qt::endl
          << Cli::tr("  pp_viewer    may look at everything") << Qt::endl
          << Cli::tr("  pp_planner   may also change the inventory and the plans, but not approve")
          << Qt::endl
          << Cli::tr("  pp_approver  may look, record approvals and set a plan's status")
          << Qt::endl
          << Cli::tr("Grant them to database users (as the owner, in psql), for example:")
          << Qt::endl
          << "  GRANT pp_viewer TO alice;" << Qt::endl
          << "  GRANT pp_planner TO bob;" << Qt::endl
          << "  GRANT pp_approver TO carol;" << Qt::endl
          << Cli::tr("Run this command again after upgrading Patch Planner.") << Qt::endl;
    return ExitDone;
}

const QStringList &commandWords()
{
    static const QStringList words{QStringLiteral("demo"),    QStringLiteral("import"),
                                   QStringLiteral("report"),  QStringLiteral("export"),
                                   QStringLiteral("audit"),   QStringLiteral("backup"),
                                   QStringLiteral("restore"), QStringLiteral("drill"),
                                   QStringLiteral("admin")};
    return words;
}

} // namespace

bool isHeadlessInvocation(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options o;
    setUp(parser, o);
    if (!parser.parse(arguments))
        return true;
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))
        || !parser.positionalArguments().isEmpty();
}

GuiOptions guiOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options o;
    setUp(parser, o);
    (void)parser.parse(arguments);
    return {parser.value(o.db), parser.value(o.lang)};
}

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options o;
    setUp(parser, o);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::endl;
        return ExitDone;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitDone;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(Cli::tr("No command given."));
    const QString command = args.first();
    if (command == QLatin1String("demo"))
        return runDemo(args);
    if (command == QLatin1String("import")) {
        if (args.value(1) == QLatin1String("inventory"))
            return runImportInventory(parser, o, args);
        if (args.value(1) == QLatin1String("endoflife"))
            return runImportEndOfLife(parser, o, args);
        if (args.value(1) == QLatin1String("kev"))
            return runImportFeed(parser, o, args, VulnFeedKind::Kev);
        if (args.value(1) == QLatin1String("nvd"))
            return runImportFeed(parser, o, args, VulnFeedKind::Nvd);
        if (args.value(1) == QLatin1String("jvn"))
            return runImportFeed(parser, o, args, VulnFeedKind::Jvn);
        if (args.value(1) == QLatin1String("sbom"))
            return runImportSbom(parser, o, args);
        if (args.value(1) == QLatin1String("patches"))
            return runImportPatches(parser, o, args);
        return usageError(Cli::tr("Unknown import '%1': use inventory, endoflife, kev, nvd, jvn, "
                                  "sbom or patches.")
                              .arg(args.value(1)));
    }
    if (command == QLatin1String("report"))
        return runReport(parser, o, args);
    if (command == QLatin1String("export"))
        return runExport(parser, o, args);
    if (command == QLatin1String("audit"))
        return runAudit(parser, o, args);
    if (command == QLatin1String("backup"))
        return runBackup(parser, o, args);
    if (command == QLatin1String("restore"))
        return runRestore(parser, o, args);
    if (command == QLatin1String("drill"))
        return runDrill(parser, o, args);
    if (command == QLatin1String("admin"))
        return runAdmin(parser, o, args);
    return usageError(Cli::tr("Unknown command '%1'. Commands: %2.")
                          .arg(command, commandWords().join(QLatin1String(", "))));
}

} // namespace pp
