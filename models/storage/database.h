// One open Patch Planner database: an SQLite file or a PostgreSQL database, migrated to this
// build's schema. Owns a named Qt SQL connection for the thread that opened it.
#pragma once

#include "models/result.h"
#include "models/storage/sqldialect.h"

#include <QCoreApplication>
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
        bool create = true;     ///< create a missing SQLite file
        int targetVersion = -1; ///< migrate up to this version; -1 = this build's version
        bool readOnly = false;  ///< open for reading only (also when the file is not writable)
    };

    /// Opens @p location: a file path (SQLite) or postgresql://user@host:port/name (the password
    /// comes from PGPASSWORD or ~/.pgpass). Migrates an older schema after copying the file
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
    /// The version stored in the database (0 for an empty one).
    int schemaVersion() const;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    bool isReadOnly() const { return m_readOnly; }
    /// The copy made before the last migration, empty when none was needed.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Who is changing things, for the audit trail: PP_USER, else the OS user; on PostgreSQL
    /// the database user.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// Runs @p work in one transaction: committed when it returns ok, rolled back otherwise.
    /// Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

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
};

} // namespace pp
