#include "models/storage/database.h"

#include "models/storage/schema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <pwd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStorage, "pp.storage", QtWarningMsg)

namespace pp {
namespace {

QAtomicInt s_connectionCounter;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

/// The libpq TLS modes accepted in ?sslmode=.
const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"),
                                   QStringLiteral("prefer"), QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString osUser()
{
    for (const char *var : {"PP_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    // No login variables (services, containers, cron): ask the system for the account name.
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

} // namespace

Database::Database(QString location, SqlDialect dialect)
    : m_location(std::move(location))
    , m_connectionName(QStringLiteral("pp-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_dialect(dialect)
    , m_actor(osUser())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Internal::migrationSteps().constLast().toVersion;
}

bool Database::isPostgresLocation(const QString &location)
{
    return isPostgresUrl(location);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    const bool pg = isPostgresUrl(location);
    std::unique_ptr<Database> db(new Database(
        pg ? location : QDir::cleanPath(QFileInfo(location).absoluteFilePath()),
        SqlDialect(pg ? SqlDialect::Kind::Postgres : SqlDialect::Kind::Sqlite)));
    if (Status s = db->openConnection(options); !s)
        return s.error();
    if (Status s = db->migrate(options.targetVersion); !s)
        return s.error();
    return db;
}

Status Database::openConnection(const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName())) {
        return fail(tr("The Qt SQL driver %1 is not installed.").arg(m_dialect.driverName()));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);

    if (m_dialect.isSqlite()) {
        const QFileInfo info(m_location);
        if (info.exists()) {
            if (info.isDir())
                return fail(tr("%1 is a folder, not a database file.").arg(m_location));
            QFile f(m_location);
            if (!f.open(QIODevice::ReadOnly))
                return fail(tr("Cannot read %1: %2").arg(m_location, f.errorString()));
            const QByteArray head = f.read(16);
            if (!head.isEmpty() && head != kSqliteMagic) {
                return rejected(tr("%1 is not a Patch Planner database (it is not an SQLite file).")
                                    .arg(m_location));
            }
            m_readOnly = options.readOnly || !info.isWritable();
        } else {
            if (!options.create || options.readOnly)
                return fail(tr("The database %1 does not exist.").arg(m_location));
            if (!QDir().mkpath(info.absolutePath())) {
                return fail(tr("Cannot create the folder %1.").arg(info.absolutePath()));
            }
        }
        db.setDatabaseName(m_location);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (m_readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
    } else {
        const QUrl url(m_location);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            return usage(tr("%1 is not a valid address; use postgresql://user@host:port/name.")
                             .arg(m_location));
        }
        QString connectOptions = QStringLiteral("connect_timeout=10");
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("sslmode")) {
                return usage(tr("%1: unknown parameter '%2'; only sslmode is understood.")
                                 .arg(url.toString(QUrl::RemovePassword), key));
            }
            if (!sslModes().contains(value)) {
                return usage(tr("%1: unknown TLS mode '%2'; use one of %3.")
                                 .arg(url.toString(QUrl::RemovePassword), value,
                                      sslModes().join(QLatin1String(", "))));
            }
            connectOptions += QStringLiteral(";sslmode=") + value;
        }
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        // Usually no password here: libpq reads PGPASSWORD and ~/.pgpass itself. One typed
        // into the connect dialog (or the URL) is for this connection only, and is kept out of
        // location(), which goes to the recent files and the settings.
        const QString password = !options.password.isEmpty() ? options.password : url.password();
        if (!password.isEmpty())
            db.setPassword(password);
        if (!url.password().isEmpty())
            m_location = url.toString(QUrl::RemovePassword);
        db.setConnectOptions(connectOptions);
        m_actor = url.userName().isEmpty() ? osUser() : url.userName();
        m_readOnly = options.readOnly;
    }

    if (!db.open()) {
        const QString text = db.lastError().text();
        // "server does not support SSL, but SSL was required", certificate checks...
        if (!m_dialect.isSqlite() && (text.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                                      || text.contains(QLatin1String("certificate")))) {
            qCWarning(lcStorage) << "TLS connection failed on" << m_location << ":" << text;
            return fail(tr("The TLS (SSL) connection to %1 failed: %2")
                            .arg(m_location, text.trimmed()));
        }
        return sqlError(db.lastError());
    }

    if (m_dialect.isSqlite()) {
        // A 64 MiB page cache (SQLite's default is 2 MiB): an import of the whole NVD is one
        // transaction of more than a gigabyte, and every page that falls out of the cache must
        // be found again in the write-ahead log, a search that grows with the log.
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA cache_size = -65536"}) {
            if (auto q = run(QString::fromLatin1(pragma)); !q)
                return q.error();
        }
        if (!m_readOnly) {
            // WAL lets a second process read while this one writes.
            if (auto q = run(QStringLiteral("PRAGMA journal_mode = WAL")); !q)
                return q.error();
        }
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Database::readSchemaVersion() const
{
    const QStringList tables = connection().tables();
    if (connection().lastError().isValid())
        return sqlError(connection().lastError());
    if (!tables.contains(QLatin1String("meta"))) {
        if (!tables.isEmpty()) {
            return rejected(tr("%1 is not a Patch Planner database (it has other tables and no "
                               "schema version).")
                                .arg(m_location));
        }
        return 0;
    }
    auto v = metaValue(QStringLiteral("schema_version"));
    if (!v)
        return v.error();
    bool ok = false;
    const int version = v->toInt(&ok);
    if (!ok)
        return rejected(tr("%1 has an unreadable schema version.").arg(m_location));
    return version;
}

int Database::schemaVersion() const
{
    auto v = readSchemaVersion();
    return v ? *v : -1;
}

Status Database::migrate(int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    auto current = readSchemaVersion();
    if (!current)
        return current.error();
    const int from = *current;
    if (from > latest) {
        return rejected(tr("%1 was written by a newer Patch Planner (schema version %2; this "
                           "version knows up to %3). Update Patch Planner to open it.")
                            .arg(m_location)
                            .arg(from)
                            .arg(latest));
    }
    if (from >= targetVersion)
        return {};
    if (m_readOnly) {
        return fail(tr("%1 needs to be upgraded from schema version %2 but the file is "
                       "read-only.")
                        .arg(m_location)
                        .arg(from));
    }

    if (from > 0 && m_dialect.isSqlite()) {
        // A consistent copy of the live file before anything changes.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(m_location).arg(from).arg(stamp);
        if (auto q = run(QStringLiteral("VACUUM INTO ?"), {backup}); !q) {
            return fail(tr("Could not copy %1 aside before upgrading it: %2")
                            .arg(m_location, q.error().message));
        }
        m_migrationBackup = backup;
        qCInfo(lcStorage) << "copied" << m_location << "to" << backup << "before migrating";
    }

    for (const Internal::MigrationStep &step : Internal::migrationSteps()) {
        if (step.toVersion <= from || step.toVersion > targetVersion)
            continue;
        Status s = transaction([&]() -> Status {
            if (step.toVersion == 1) {
                if (auto q = run(QStringLiteral(
                        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
                    !q)
                    return q.error();
            }
            for (const QString &sql : step.statements) {
                if (auto q = run(m_dialect.expand(sql)); !q) {
                    return fail(tr("Upgrading the database to schema version %1 failed: %2")
                                    .arg(step.toVersion)
                                    .arg(q.error().message));
                }
            }
            return setMetaValue(QStringLiteral("schema_version"), QString::number(step.toVersion));
        });
        if (!s)
            return s;
        qCInfo(lcStorage) << "migrated" << m_location << "to schema version" << step.toVersion;
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_readOnly)
        return fail(tr("The database %1 is read-only; nothing was changed.").arg(m_location));
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = work();
        --m_transactionDepth;
        if (!s)
            m_rollbackOnly = true;
        return s;
    }
    // IMMEDIATE takes the write lock up front, so that two processes sharing an SQLite file
    // wait for each other instead of failing half-way.
    const QString begin = m_dialect.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE")
                                               : QStringLiteral("BEGIN");
    if (auto q = run(begin); !q)
        return q.error();
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    m_pendingAuditIds.clear();
    Status s = work();
    m_transactionDepth = 0;
    if (s && !m_rollbackOnly) {
        // One announcement per transaction, however many entries it wrote: the newest id.
        const QString notify = m_dialect.changeNotification();
        if (!notify.isEmpty() && !m_pendingAuditIds.isEmpty()) {
            if (auto q = run(notify, {QString::number(m_pendingAuditIds.constLast())}); !q) {
                m_pendingAuditIds.clear();
                (void)run(QStringLiteral("ROLLBACK"));
                return q.error();
            }
        }
        if (auto q = run(QStringLiteral("COMMIT")); !q) {
            m_pendingAuditIds.clear();
            (void)run(QStringLiteral("ROLLBACK"));
            return q.error();
        }
        for (qint64 id : std::as_const(m_pendingAuditIds))
            m_ownAuditIds.insert(id);
        m_pendingAuditIds.clear();
        return {};
    }
    m_pendingAuditIds.clear();
    (void)run(QStringLiteral("ROLLBACK"));
    if (s)
        return fail(tr("The change was rolled back because part of it failed."));
    return s;
}

void Database::noteAuditEntry(qint64 id)
{
    Q_ASSERT_X(inTransaction(), "Database::noteAuditEntry", "call inside a transaction");
    m_pendingAuditIds << id;
}

void Database::forgetOwnAuditEntries(qint64 upToId)
{
    for (auto it = m_ownAuditIds.begin(); it != m_ownAuditIds.end();) {
        if (*it <= upToId)
            it = m_ownAuditIds.erase(it);
        else
            ++it;
    }
}

Result<qint64> Database::dataVersion() const
{
    const QString sql = m_dialect.dataVersionQuery();
    if (sql.isEmpty())
        return usage(tr("The data version is an SQLite feature."));
    auto q = run(sql);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status Database::subscribeToChanges()
{
    if (m_dialect.isSqlite())
        return usage(tr("Change notifications are a PostgreSQL feature."));
    QSqlDriver *driver = connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return fail(tr("The database driver for %1 cannot deliver change notifications.")
                        .arg(m_location));
    if (driver->subscribedToNotifications().contains(SqlDialect::changeChannel()))
        return {};
    if (!driver->subscribeToNotification(SqlDialect::changeChannel()))
        return sqlError(driver->lastError());
    return {};
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Unprepared: QPSQL prepares through SQL PREPARE, which refuses BEGIN, COMMIT and DDL.
        if (!q.exec(sql))
            return sqlError(q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q.lastError());
    for (const QVariant &v : binds) {
        // A null QString is an empty text, not SQL NULL; NULL is bound as an invalid QVariant.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return sqlError(q.lastError());
    return q;
}

Error Database::sqlError(const QSqlError &error) const
{
    const QString text = error.text();
    const QString lower = text.toLower();
    qCWarning(lcStorage) << "SQL error on" << m_location << ":" << text;
    if (lower.contains(QLatin1String("database is locked"))
        || lower.contains(QLatin1String("database is busy"))) {
        return fail(tr("The database %1 is locked by another program that is writing to it. "
                       "Try again when it has finished.")
                        .arg(m_location));
    }
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only"))) {
        return fail(tr("The database %1 is read-only; nothing was changed.").arg(m_location));
    }
    if (lower.contains(QLatin1String("not a database"))
        || lower.contains(QLatin1String("malformed"))) {
        return rejected(tr("%1 is not a Patch Planner database or it is damaged.").arg(m_location));
    }
    if (lower.contains(QLatin1String("could not connect"))
        || lower.contains(QLatin1String("connection refused"))
        || lower.contains(QLatin1String("could not translate host name"))
        || lower.contains(QLatin1String("timeout expired"))) {
        return fail(tr("Cannot reach the database server for %1. Check the host, the port and "
                       "that the server is running.")
                        .arg(m_location));
    }
    if (lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("no password supplied"))) {
        return fail(tr("The server refused the password for %1. Set PGPASSWORD or add the "
                       "password to ~/.pgpass.")
                        .arg(m_location));
    }
    if (lower.contains(QLatin1String("permission denied"))) {
        return fail(tr("Your database account may not do this on %1: %2").arg(m_location, text));
    }
    if (lower.contains(QLatin1String("unable to open"))) {
        return fail(tr("Cannot open the database %1: %2").arg(m_location, text));
    }
    return fail(tr("Database error on %1: %2").arg(m_location, text));
}

Result<QString> Database::metaValue(const QString &key) const
{
    auto q = run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    auto q = run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
    if (!q)
        return q.error();
    return {};
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace pp
