#include "app/commandline.h"

#include "app/appcontext.h"
#include "app/cli_p.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pp {
namespace {

using namespace Internal;

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
        "  report frozen                  the frozen-systems register, one row per frozen\n"
        "                                 component: system_code, component_kind, product,\n"
        "                                 version, eosl, status, controls (kinds in effect),\n"
        "                                 next_due, gaps (eosl_without_support,\n"
        "                                 accepted_without_log_review, acceptance_expired,\n"
        "                                 control_overdue); arrays in JSON, ';' in CSV\n"
        "  report due                     operational cadences and periodic controls:\n"
        "                                 system_code, obligation, kind, next_due, overdue\n"
        "                                 (true/false); overdue first\n"
        "                                 [--horizon-days N]: only due within N days\n"
        "  report conflicts               the conflicts of every open plan: plan_id,\n"
        "                                 system_code, kind (outside_window, blackout,\n"
        "                                 holiday, overlapping_plan, owner_double_booked,\n"
        "                                 after_due_date, frozen_without_acceptance,\n"
        "                                 lead_time), reason\n"
        "  report systems                 one row per system: code, name, owner_team,\n"
        "                                 ops_contact, criticality (1-4), environment,\n"
        "                                 exposure, lifecycle_state, window_schedule,\n"
        "                                 components (count), escalation_contacts,\n"
        "                                 recovery_policy, updated_at (UTC)\n"
        "  report windows                 maintenance windows, then blackouts: kind\n"
        "                                 (window|blackout), name, system_code, group, rrule,\n"
        "                                 time_zone, start (window: first occurrence with\n"
        "                                 offset; blackout: first day), end (blackout's last\n"
        "                                 day), next_start (UTC), duration_minutes, reason\n"
        "  report audit                   the audit trail, oldest first: id, at (UTC), actor,\n"
        "                                 action, entity, entity_id, summary, before, after\n"
        "                                 (values as JSON text)\n"
        "                                 findings, patches, frozen, due and conflicts first\n"
        "                                 lapse risk acceptances past their expiry (audited)\n"
        "                                 when you may write\n"
        "  plan create --type regular|emergency --window START [--end END]\n"
        "              [--systems A,B] [--patches ID,...] [--title T] [--time-zone Z]\n"
        "              [--on-site]        a draft plan: milestones of the type's lead times,\n"
        "                                 steps from the templates, timed in the window.\n"
        "                                 START/END: ISO 8601, local time unless an offset\n"
        "  plan list                      id, type, status, window_start, window_end, title,\n"
        "                                 systems [--format table|json|csv]\n"
        "  plan show ID                   [--format table|json]: id, type, status,\n"
        "                                 window_start, window_end, systems, steps[] (phase,\n"
        "                                 title, owner, start, end, done_at), milestones[]\n"
        "                                 (name, due), approvals[], conflicts[] (kind, reason)\n"
        "  plan submit ID                 send a draft for review\n"
        "  plan approve ID --checklist reachability=no,monitoring=no,policy=yes,\n"
        "              backup=yes,rollback=yes [--decision approved|provisional|rejected]\n"
        "              [--note TEXT]      approve as the database user (not the author)\n"
        "  plan confirm ID                confirm a provisional approval (within 24 hours)\n"
        "  plan status ID STATUS          scheduled, in_progress, rolled_back, cancelled...\n"
        "  plan step ID POSITION [done|undone] [--note TEXT]\n"
        "                                 check off a step of a plan in progress\n"
        "  plan complete ID               close a plan in progress: versions recorded,\n"
        "                                 findings resolved, components matched again\n"
        "  export inventory FILE.csv      the inventory as CSV (the import format)\n"
        "  export plan ID --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]\n"
        "              [--chart-from DATE] [--chart-to DATE] [--chart-only] [--fit-chart]\n"
        "                                 the plan as a PDF to print and sign: cover with\n"
        "                                 approvals and checklist, scope, steps by phase with\n"
        "                                 checkboxes, rollback deadline, the timeline tiled\n"
        "                                 across pages (or fitted to one with --fit-chart)\n"
        "                                 PDFs embed their fonts (IPA P Gothic: Japanese is\n"
        "                                 searchable); --lang ja writes them in Japanese\n"
        "  export roadmap --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]\n"
        "              [--chart-from DATE] [--chart-to DATE] [--chart-only]\n"
        "              [--status past|d30|d90|d180|d365|supported|unknown|needs_decision]\n"
        "              [--system CODE] [--owner NAME] [--kind KIND] [--filter TEXT]\n"
        "              [--group-by system|product]\n"
        "                                 the EOSL roadmap as a PDF: counts per status, the\n"
        "                                 chart over as many pages as needed, the table\n"
        "  export frozen --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]\n"
        "                                 the frozen-systems register as a PDF: controls,\n"
        "                                 evidence dates, acceptances and gaps per system\n"
        "  export calendar FILE.ics       an iCalendar feed to subscribe to: maintenance\n"
        "                                 windows (RRULE), blackouts, open plans and their\n"
        "                                 milestones, EOSL dates, risk acceptance expiries,\n"
        "                                 cadence and control due dates; stable UIDs\n"
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
                       o.type, o.window, o.end, o.systems, o.patches, o.title, o.timeZone,
                       o.onSite, o.decision, o.checklist, o.note, o.lang, o.pdf, o.paper,
                       o.orientation, o.chartFrom, o.chartTo, o.chartOnly, o.fitChart,
                       o.status, o.owner, o.kind, o.filter, o.groupBy});
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."),
                                 QStringLiteral("[command]"));
}

const QStringList &commandWords()
{
    static const QStringList words{QStringLiteral("demo"),    QStringLiteral("import"),
                                   QStringLiteral("report"),  QStringLiteral("export"),
                                   QStringLiteral("audit"),   QStringLiteral("backup"),
                                   QStringLiteral("restore"), QStringLiteral("drill"),
                                   QStringLiteral("admin"),   QStringLiteral("plan")};
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
    if (command == QLatin1String("plan"))
        return runPlan(parser, o, args);
    return usageError(Cli::tr("Unknown command '%1'. Commands: %2.")
                          .arg(command, commandWords().join(QLatin1String(", "))));
}

} // namespace pp
