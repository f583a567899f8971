// One open Patch Planner database: an SQLite file or a PostgreSQL database, migrated to this
// build's schema. Owns a named Qt SQL connection for the thread that opened it.
#pragma once

#include "models/result.h"
#include "models/storage/sqldialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlError;

namespace pp {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        /// Positional, so that the short forms {create, targetVersion, readOnly} stay valid
        /// (and warning-free) as fields are added.
        Options(bool create = true, int targetVersion = -1, bool readOnly = false)
            : create(create), targetVersion(targetVersion), readOnly(readOnly)
        {
        }

        bool create = true;     ///< create a missing SQLite file
        int targetVersion = -1; ///< migrate up to this version; -1 = this build's version
        bool readOnly = false;  ///< open for reading only (also when the file is not writable)
        /// PostgreSQL: the password for this connection only, when neither PGPASSWORD nor
        /// ~/.pgpass has one. Handed to the driver, never written anywhere.
        QString password;
    };

    /// Opens @p location: a file path (SQLite) or postgresql://user@host:port/name, optionally
    /// with ?sslmode=disable|allow|prefer|require|verify-ca|verify-full (the password comes from
    /// Options::password, PGPASSWORD or ~/.pgpass; one written into the URL is used for this
    /// connection and left out of location()). Migrates an older schema after copying the file
    /// aside; refuses a newer one, a file that is not SQLite, and an unreachable server.
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &location)
    {
        return open(location, Options{});
    }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The schema version this build writes.
    static int latestSchemaVersion();
    /// True for a postgresql:// (or postgres://) URL, false for an SQLite file path.
    static bool isPostgresLocation(const QString &location);
    /// The version stored in the database (0 for an empty one).
    int schemaVersion() const;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    /// The file path, or the URL without a password.
    QString location() const { return m_location; }
    bool isReadOnly() const { return m_readOnly; }
    /// The copy made before the last migration, empty when none was needed.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Who is changing things, for the audit trail: PP_USER, else the OS user; on PostgreSQL
    /// the database user.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// Runs @p work in one transaction: committed when it returns ok, rolled back otherwise.
    /// Nested calls join the outer transaction. On PostgreSQL a transaction that wrote audit
    /// entries announces itself on SqlDialect::changeChannel() with the new audit head id, so
    /// that other open windows reload (see ChangeWatcher).
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// Called by AuditLog::append() for each entry it writes in the current transaction.
    void noteAuditEntry(qint64 id);
    /// True when audit entry @p id was written, and committed, through this connection.
    bool isOwnAuditEntry(qint64 id) const { return m_ownAuditIds.contains(id); }
    /// Forgets the own entries up to @p id once a watcher has looked past them.
    void forgetOwnAuditEntries(qint64 upToId);

    /// SQLite: a number that changes whenever another connection (another process, or another
    /// Database on the same file) commits; cheap to ask. A Usage error on PostgreSQL.
    Result<qint64> dataVersion() const;
    /// PostgreSQL: LISTENs on SqlDialect::changeChannel(); the connection's driver then emits
    /// QSqlDriver::notification() for every change committed by any session.
    Status subscribeToChanges();

    /// Prepares, binds (positionally) and executes @p sql; the error names @p sql's purpose in
    /// words a user can act on.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {}) const;
    /// Maps a driver error to a message (locked, read-only, not a database...).
    Error sqlError(const QSqlError &error) const;

    /// Reads and writes the meta table (key/value).
    Result<QString> metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

    /// Current UTC time in the stored form, "yyyy-MM-ddTHH:mm:ssZ".
    static QString nowUtc();

private:
    Database(QString location, SqlDialect dialect);
    Status openConnection(const Options &options);
    Status migrate(int targetVersion);
    Result<int> readSchemaVersion() const;

    QString m_location;
    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_actor;
    QString m_migrationBackup;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    QList<qint64> m_pendingAuditIds; ///< written in the open transaction
    QSet<qint64> m_ownAuditIds;      ///< written and committed here, not yet looked past
};

} // namespace pp
