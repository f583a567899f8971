#include "app/commandline.h"

#include "app/appcontext.h"
#include "models/io/demodata.h"
#include "models/io/inventorycsv.h"
#include "models/io/reports.h"
#include "models/storage/auditlog.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

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
        "  report inventory               one row per component: system_code, system_name,\n"
        "                                 component_kind, vendor, product, version, cpe,\n"
        "                                 environment, exposure, criticality, lifecycle_state\n"
        "                                 [--format table|json|csv] [-o FILE]\n"
        "  export inventory FILE.csv      the inventory as CSV (the import format)\n"
        "  audit verify                   check the audit trail's hash chain\n"
        "\n"
        "Inventory CSV columns (any order, case-insensitive; * required):\n"
        "  system_code*, system_name*, owner, criticality (1-4), environment\n"
        "  (production|staging|development), exposure (internet|internal|isolated),\n"
        "  lifecycle_state (active|frozen|retiring|retired), component_kind (os|middleware|\n"
        "  database|runtime|application|network|firmware|cloud), vendor, product, version,\n"
        "  cpe, eol_product, eol_cycle, instances, purl, notes\n"
        "\n"
        "Exit status: 0 done; 1 failed (storage, I/O); 2 usage error; 3 input rejected,\n"
        "nothing changed; 4 conflict with a concurrent change.");
}

void setUp(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(commandSummary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.db, o.format, o.output, o.dryRun, o.lang});
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
    out() << Cli::tr("Created the demo database %1.").arg(QFileInfo(path).absoluteFilePath())
          << Qt::endl;
    return ExitDone;
}

int runImportInventory(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3)
        return usageError(Cli::tr("Usage: patchplanner import inventory FILE.csv"));
    const InventoryImportPreview preview = InventoryCsv::parseFile(args.at(2));
    for (const ImportIssue &issue : preview.issues) {
        const QString prefix = issue.isError() ? QString() : Cli::tr("warning: ");
        err() << prefix << issue.toString() << Qt::endl;
    }
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
    return ExitDone;
}

int runReport(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 2 || args.at(1) != QLatin1String("inventory"))
        return usageError(Cli::tr("Usage: patchplanner report inventory [--format table|json|csv] "
                                  "[-o FILE]"));
    const QString format = parser.value(o.format);
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv"))
        return usageError(Cli::tr("Unknown format '%1': use table, json or csv.").arg(format));
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    auto table = inventoryReport(**db);
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

const QStringList &commandWords()
{
    static const QStringList words{QStringLiteral("demo"), QStringLiteral("import"),
                                   QStringLiteral("report"), QStringLiteral("export"),
                                   QStringLiteral("audit")};
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
        return usageError(Cli::tr("Unknown import '%1': use 'import inventory FILE.csv'.")
                              .arg(args.value(1)));
    }
    if (command == QLatin1String("report"))
        return runReport(parser, o, args);
    if (command == QLatin1String("export"))
        return runExport(parser, o, args);
    if (command == QLatin1String("audit"))
        return runAudit(parser, o, args);
    return usageError(Cli::tr("Unknown command '%1'. Commands: %2.")
                          .arg(command, commandWords().join(QLatin1String(", "))));
}

} // namespace pp
