// Opening, migrating and refusing databases.
#include "testsupport.h"

#include "models/storage/database.h"
#include "models/storage/systemrepository.h"
#include "models/storage/auditlog.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace pp;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseIsAtLatestVersion();
    void reopenKeepsData();
    void migratesOlderFixtureAndCopiesItAside();
    void migratesStepByStep();
    void refusesNewerDatabase();
    void refusesNonSqliteFile();
    void refusesForeignSqliteDatabase();
    void readOnlyFileReadsButRefusesWrites();
    void lockedDatabaseGivesClearMessage();
    void foreignKeysAreEnforced();
    void transactionRollsBackOnFailure();
    void nestedTransactionFailureRollsBackAll();
};

void tst_Database::newDatabaseIsAtLatestVersion()
{
    QTemporaryDir dir;
    auto db = test::openTemp(dir);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QVERIFY(db->migrationBackupPath().isEmpty());
    const QStringList tables = db->connection().tables();
    for (const char *t : {"systems", "components", "audit_log", "vulnerabilities", "findings",
                          "patches", "controls", "risk_acceptances", "maintenance_windows",
                          "blackouts", "plans", "plan_steps", "approvals", "cadences",
                          "lifecycle_releases", "upgrade_decisions"}) {
        QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
    }
}

void tst_Database::reopenKeepsData()
{
    QTemporaryDir dir;
    {
        auto db = test::openTemp(dir);
        System s;
        s.code = QStringLiteral("A");
        s.name = QStringLiteral("Alpha");
        PP_VERIFY_OK(SystemRepository(*db).insert(s));
    }
    auto db = test::openTemp(dir);
    auto all = SystemRepository(*db).findAll();
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().name, QStringLiteral("Alpha"));
}

void tst_Database::migratesOlderFixtureAndCopiesItAside()
{
    PP_SQLITE_ONLY();
    // tests/data/schema-v1.db was written by the version-1 schema (see tests/data/README.md).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QVERIFY(QFile::copy(QStringLiteral(PP_TEST_DATA "/schema-v1.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    PP_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!(*db)->migrationBackupPath().isEmpty());
    QVERIFY(QFile::exists((*db)->migrationBackupPath()));
    auto all = SystemRepository(**db).findAll();
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    // The chain written by version 1 still verifies after the upgrade.
    auto v = AuditLog(**db).verify();
    PP_VERIFY_OK(v);
    QVERIFY2(v->intact, qPrintable(v->reason));
    QVERIFY(v->entries >= 3);
    // The copy is the old version, untouched.
    auto old = Database::open((*db)->migrationBackupPath(), {false, 1});
    PP_VERIFY_OK(old);
    QCOMPARE((*old)->schemaVersion(), 1);
}

void tst_Database::migratesStepByStep()
{
    QTemporaryDir dir;
    const QString path = test::location(dir, QStringLiteral("steps.db"));
    {
        auto v1 = Database::open(path, {true, 1});
        PP_VERIFY_OK(v1);
        QCOMPARE((*v1)->schemaVersion(), 1);
        QVERIFY(!(*v1)->connection().tables().contains(QStringLiteral("findings")));
    }
    auto latest = Database::open(path);
    PP_VERIFY_OK(latest);
    QCOMPARE((*latest)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY((*latest)->connection().tables().contains(QStringLiteral("findings")));
}

void tst_Database::refusesNewerDatabase()
{
    QTemporaryDir dir;
    const QString path = test::location(dir, QStringLiteral("new.db"));
    {
        auto db = test::openTemp(dir, QStringLiteral("new.db"));
        PP_VERIFY_OK(db->transaction([&] {
            return db->setMetaValue(QStringLiteral("schema_version"),
                                    QString::number(Database::latestSchemaVersion() + 1));
        }));
    }
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::InputRejected);
    QVERIFY2(db.error().message.contains(QLatin1String("newer")), qPrintable(db.error().message));
}

void tst_Database::refusesNonSqliteFile()
{
    PP_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("system_code,system_name\nA,Alpha\n");
    f.close();
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("not an SQLite file")),
             qPrintable(db.error().message));
    // Nothing was written to it.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("system_code,system_name\nA,Alpha\n"));
}

void tst_Database::refusesForeignSqliteDatabase()
{
    PP_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QLatin1String("not a Patch Planner database")),
             qPrintable(db.error().message));
}

void tst_Database::readOnlyFileReadsButRefusesWrites()
{
    QTemporaryDir dir;
    {
        auto db = test::openTemp(dir);
        System s;
        s.code = QStringLiteral("R");
        s.name = QStringLiteral("Readable");
        PP_VERIFY_OK(SystemRepository(*db).insert(s));
    }
    const QString path = test::location(dir);
    auto db = Database::open(path, {false, -1, true});
    PP_VERIFY_OK(db);
    QVERIFY((*db)->isReadOnly());
    SystemRepository repo(**db);
    QCOMPARE(repo.findAll()->size(), 1);
    System t;
    t.code = QStringLiteral("W");
    t.name = QStringLiteral("Write");
    auto r = repo.insert(t);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("read-only")), qPrintable(r.error().message));
    QCOMPARE(repo.findAll()->size(), 1);
}

void tst_Database::lockedDatabaseGivesClearMessage()
{
    PP_SQLITE_ONLY();
    QTemporaryDir dir;
    auto writer = test::openTemp(dir);
    QVERIFY(writer);
    // A second connection holds the write lock, as another process would.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(dir.filePath(QStringLiteral("test.db")));
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto second = Database::open(dir.filePath(QStringLiteral("test.db")));
        PP_VERIFY_OK(second);
        (*second)->connection().close();
        QSqlDatabase c = (*second)->connection();
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        QVERIFY(c.open());
        System s;
        s.code = QStringLiteral("L");
        s.name = QStringLiteral("Locked");
        auto r = SystemRepository(**second).insert(s);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("locked")), qPrintable(r.error().message));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

void tst_Database::foreignKeysAreEnforced()
{
    QTemporaryDir dir;
    auto db = test::openTemp(dir);
    auto q = db->run(QStringLiteral("INSERT INTO components (system_id, kind, product, updated_at) "
                                    "VALUES (999, 'os', 'X', '2026-01-01T00:00:00Z')"));
    QVERIFY(!q);
}

void tst_Database::transactionRollsBackOnFailure()
{
    QTemporaryDir dir;
    auto db = test::openTemp(dir);
    Status st = db->transaction([&]() -> Status {
        System s;
        s.code = QStringLiteral("T");
        s.name = QStringLiteral("T");
        if (auto r = SystemRepository(*db).insert(s); !r)
            return r.error();
        return fail(QStringLiteral("stop"));
    });
    QVERIFY(!st);
    QCOMPARE(SystemRepository(*db).findAll()->size(), 0);
    QCOMPARE(*AuditLog(*db).count({}), 0);
}

void tst_Database::nestedTransactionFailureRollsBackAll()
{
    QTemporaryDir dir;
    auto db = test::openTemp(dir);
    SystemRepository repo(*db);
    Status st = db->transaction([&]() -> Status {
        System a;
        a.code = QStringLiteral("A");
        a.name = QStringLiteral("A");
        if (auto r = repo.insert(a); !r)
            return r.error();
        System dup = a; // rejected inside its own nested transaction
        auto r = repo.insert(dup);
        Q_UNUSED(r);
        return {};
    });
    QVERIFY(!st); // the outer transaction may not commit half of the work
    QCOMPARE(repo.findAll()->size(), 0);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
