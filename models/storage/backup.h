// Backup, restore and the restore drill of a Patch Planner database.
//
// A backup file is always an SQLite database of the schema version of the database it was taken
// from, whatever the source backend: `VACUUM INTO` for an SQLite source (a consistent copy of a
// live file), a row-by-row copy in one read snapshot for PostgreSQL. So every backup can be
// checked with the same tools (PRAGMA integrity_check, the audit chain) and restored into either
// backend. A backup keeps every id, the identity counters and the meta table (schema version,
// audit head); it adds two meta keys, backup_taken_at (UTC) and backup_source.
//
// Restore checks the file before anything is replaced and works on a private copy of it, never on
// the file it was given:
//  1. the copy is an SQLite file (magic bytes) and as long as its header says;
//  2. PRAGMA integrity_check is ok and PRAGMA foreign_key_check finds nothing;
//  3. its schema version is one this build knows (older ones are migrated, newer refused);
//  4. its audit chain verifies (AuditLog::verify).
// A file that fails is refused with ErrorKind::InputRejected and nothing is changed. Then the copy
// is migrated through the normal path (Database::open) and gets an audit entry (action
// "restore", entity "database") naming the backup file and the audit head it had. Only then is
// the target replaced:
//  - SQLite: the target must not be open anywhere (checked by switching it out of WAL mode, which
//    SQLite refuses while another connection has it open); the old file is kept as
//    TARGET.before-restore-<yyyyMMdd-HHmmss> (a hard link, else a copy) and the prepared copy is
//    renamed over TARGET, so TARGET is at every moment either the old or the new database.
//  - PostgreSQL: the target must hold no rows in any of our tables (or have no schema yet),
//    checked before anything in it changes; it gets this build's schema (the private copy of
//    an older backup has been upgraded to match), the rows are copied in one transaction with
//    the tables locked, and the identity sequences are set past the restored ids and past the
//    counters the backup recorded. Cancelling stops before the schema is created; a failure
//    during the copy leaves the target as empty as it was (with the schema).
//
// Every function here opens nothing of the caller's: it works on the Database it is handed, in
// the calling thread, so that a worker thread can run it on a connection of its own.
#pragma once

#include "models/result.h"
#include "models/storage/auditlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace pp {

class Database;

/// Reports progress (0-100) and the step under way; returns false to cancel. A cancelled
/// operation fails with nothing changed; once a restore starts replacing the target it runs to
/// the end and no longer asks.
using BackupProgress = std::function<bool(int percent, const QString &step)>;

/// Row counts of every table (meta excluded) and the state of the audit chain, as seen in one
/// consistent read of a database.
struct DatabaseSnapshot
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    QList<Table> tables; ///< in alphabetical order
    AuditVerification audit; ///< intact, number of entries
    QString auditHead; ///< the recorded head hash (genesis when there are no entries)

    qint64 rows(const QString &table) const;
    qint64 totalRows() const;
};

/// What a backup file holds, as checked.
struct BackupInfo
{
    QString file; ///< the backup file, as given
    int schemaVersion = 0; ///< the schema version of the file (before any migration)
    QDateTime takenAt; ///< when the backup was taken (UTC); the file's time if not recorded
    QString source; ///< the database it was taken from, if recorded
    DatabaseSnapshot snapshot;
};

struct BackupReport
{
    BackupInfo backup; ///< the file written, as checked after writing it
    DatabaseSnapshot source; ///< the source, counted in the same read as the copy
    bool sourceConsistent = true; ///< false when another program wrote while the source was counted
};

struct RestoreOptions
{
    /// Write the audit entry for the restore (the drill's throw-away copy writes none).
    bool recordAudit = true;
    /// SQLite target: the name to keep the replaced file under; empty = keptPathFor(now).
    QString keepAs;
};

struct RestoreReport
{
    BackupInfo backup; ///< the file restored, as checked
    QString target; ///< the database restored into
    QString keptAs; ///< SQLite: where the replaced file was kept (empty: none existed)
    int migratedFrom = 0; ///< the backup's schema version when it had to be migrated, else 0
    int schemaVersion = 0; ///< the restored database's schema version
};

/// The comparison of the restore drill: every table's rows in the live database and in the
/// restored copy, and both audit chains.
struct DrillReport
{
    struct Row
    {
        QString table;
        qint64 live = 0;
        qint64 restored = 0;
        bool match() const { return live == restored; }
    };
    QString backupFile; ///< the backup that was restored (a temporary one when taken)
    bool tookBackup = false; ///< true when the drill took the backup itself
    QList<Row> tables;
    DatabaseSnapshot live;
    DatabaseSnapshot restored;
    QString failure; ///< why the backup could not be taken or restored; empty if it was

    bool auditMatches() const;
    bool passed() const;
};

class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    /// Writes a backup of @p source to @p file. The file is written under a temporary name
    /// beside @p file, checked, and renamed at the end: a failed backup leaves no file behind.
    /// An existing @p file is refused (InputRejected) unless @p overwrite.
    static Result<BackupReport> create(
        Database &source, const QString &file, bool overwrite, const BackupProgress &progress = {});

    /// Checks @p file as a restore would (on a private copy, so the file itself is never
    /// opened for writing) and tells what it holds. InputRejected when it fails a check.
    static Result<BackupInfo> inspect(const QString &file, const BackupProgress &progress = {});

    /// Restores @p file into @p target (an SQLite path or a postgresql:// URL); see the top of
    /// this file. InputRejected when the file fails a check or a PostgreSQL target holds data;
    /// Failed for I/O and storage failures, and when an SQLite target is in use.
    static Result<RestoreReport> restore(const QString &file, const QString &target,
        const RestoreOptions &options, const BackupProgress &progress = {});

    /// The restore drill: takes a backup of @p live (or uses @p file when given), restores it into
    /// a scratch SQLite file that is removed afterwards, and compares every table's rows and the
    /// audit chain. A backup that cannot be taken or restored is a failed drill (failure says
    /// why), not an error; errors are for a live database that cannot be read.
    static Result<DrillReport> drill(
        Database &live, const QString &file = {}, const BackupProgress &progress = {});

    /// Row counts and audit chain of @p db, in one read.
    static Result<DatabaseSnapshot> snapshot(Database &db);

    /// TARGET.before-restore-<yyyyMMdd-HHmmss> (local time) for @p when.
    static QString keptPathFor(const QString &target, const QDateTime &when);
};

} // namespace pp
