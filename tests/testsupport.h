// Helpers shared by the tests: a fresh database on the backend under test, and checks that turn
// a failed Result/Status into a test failure with its message.
//
// The backend: SQLite files in a temporary folder by default. With PP_TEST_BACKEND=psql the
// same tests run against PostgreSQL: PP_TEST_PSQL_URL names a server and a database that may
// create databases (postgresql://user@host:port/postgres); each test database is created there.
// A psql run without PP_TEST_PSQL_URL exits with 77, which ctest reports as skipped.
#pragma once

#include "models/result.h"
#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cstdio>
#include <cstdlib>
#include <memory>

#define PP_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &pp_r_ = (expr);                                                                \
        if (!pp_r_.ok())                                                                           \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2")                                       \
                                 .arg(QString::fromLatin1(#expr), pp_r_.error().message)));        \
    } while (false)

/// Skips a test function that is about SQLite files (magic bytes, file permissions, copies).
#define PP_SQLITE_ONLY()                                                                           \
    do {                                                                                           \
        if (pp::test::isPostgres())                                                                \
            QSKIP("about SQLite files");                                                           \
    } while (false)

namespace pp::test {

inline bool isPostgres()
{
    return qEnvironmentVariable("PP_TEST_BACKEND") == QLatin1String("psql");
}

namespace Internal {
/// Runs before main(): a PostgreSQL run with no server configured is a skip, not a failure.
inline const bool s_backendChecked = [] {
    if (isPostgres() && qEnvironmentVariableIsEmpty("PP_TEST_PSQL_URL")) {
        std::fprintf(stderr, "PP_TEST_PSQL_URL is not set: skipping the PostgreSQL run\n");
        std::exit(77);
    }
    return true;
}();
} // namespace Internal

/// Creates (once) a PostgreSQL database for @p key on the test server and returns its URL.
inline QString postgresDatabase(const QString &key)
{
    const QUrl admin(qEnvironmentVariable("PP_TEST_PSQL_URL"));
    const QString name = QStringLiteral("pp_t_")
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(24));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pp-admin"));
        raw.setHostName(admin.host());
        raw.setPort(admin.port(5432));
        raw.setUserName(admin.userName());
        raw.setDatabaseName(admin.path().mid(1));
        if (raw.open()) {
            QSqlQuery q(raw);
            q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name));
            if (!q.next())
                q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            raw.close();
        } else {
            qWarning("cannot reach PP_TEST_PSQL_URL: %s", qPrintable(raw.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pp-admin"));
    QUrl url = admin;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

/// Where a test database called @p name lives: a file in @p dir, or a PostgreSQL database
/// unique to that folder and name.
/// Settings of this test process alone. Tests that run at the same time (`ctest -j2`) would
/// otherwise share the test-mode settings file, and one test's window would remember its last
/// page for another's.
inline void isolateSettings()
{
    static QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

inline QString location(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"))
{
    if (isPostgres())
        return postgresDatabase(dir.filePath(name));
    return dir.filePath(name);
}

/// Opens (and migrates) a new database for @p dir and @p name; nullptr (with a warning) when
/// it cannot.
inline std::unique_ptr<Database> openTemp(const QTemporaryDir &dir,
                                          const QString &name = QStringLiteral("test.db"))
{
    auto db = Database::open(location(dir, name));
    if (!db) {
        qWarning("open failed: %s", qPrintable(db.error().message));
        return nullptr;
    }
    (*db)->setActor(QStringLiteral("tester"));
    return std::move(*db);
}

} // namespace pp::test
