// The audit, backup, restore, drill and admin commands of the command line.
#include "app/cli_p.h"

#include "models/io/reports.h"
#include "models/storage/auditlog.h"
#include "models/storage/backup.h"
#include "models/storage/roleadmin.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace pp::Internal {

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
static Result<std::unique_ptr<Database>> openAsItIs(const QCommandLineParser &parser, const Options &o)
{
    Database::Options options;
    options.create = false;
    options.targetVersion = 0;
    return Database::open(parser.isSet(o.db) ? parser.value(o.db) : defaultDatabasePath(),
                          options);
}

static QString shortHash(const QString &hash)
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
static ReportTable drillTable(const DrillReport &d)
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

static QString chainState(const DatabaseSnapshot &s)
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

} // namespace pp::Internal
