// Backup, restore and the restore drill, on SQLite and (PP_TEST_BACKEND=psql) PostgreSQL: round
// trips keep every row, id and the audit chain; a restore refuses a bad file before anything is
// replaced; the drill finds a copy that differs.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/io/inventorycsv.h"
#include "models/storage/auditlog.h"
#include "models/storage/backup.h"
#include "models/storage/database.h"
#include "models/storage/inventoryrepository.h"
#include "models/storage/systemrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <algorithm>

using namespace pp;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Runs @p statements on an SQLite file through a connection of the test's own, the way someone
/// editing a backup file by hand would.
bool execOnFile(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst-raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// Every row of @p table as text, sorted; NULL is "\N", so that NULL and '' differ.
QStringList dumpTable(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return {QStringLiteral("error: ") + q.lastError().text()};
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            cells << (v.isNull() ? QStringLiteral("\\N") : v.toString());
        }
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

QStringList tableNames(Database &db)
{
    auto snap = Backup::snapshot(db);
    QStringList names;
    if (snap) {
        for (const DatabaseSnapshot::Table &t : std::as_const(snap->tables))
            names << t.name;
    }
    return names;
}

/// Rows in the tables the demo estate leaves empty: NULLs, a real number, and plan steps that
/// point at each other (a self-reference to a later row).
Status fillExtras(Database &db)
{
    return db.transaction([&]() -> Status {
        const QString now = QStringLiteral("2026-11-28T09:00:00Z");
        auto plan = db.run(QStringLiteral("INSERT INTO plans (title, plan_type, window_start, "
                                          "window_end, author, created_at, updated_at) VALUES (?, "
                                          "'regular', ?, ?, 'tester', ?, ?) RETURNING id"),
            {QStringLiteral("12月定期パッチ"), QStringLiteral("2026-12-12T22:00"),
                QStringLiteral("2026-12-13T04:00"), now, now});
        if (!plan)
            return plan.error();
        plan->next();
        const qint64 planId = plan->value(0).toLongLong();
        QList<qint64> steps;
        for (int i = 0; i < 2; ++i) {
            auto step = db.run(QStringLiteral("INSERT INTO plan_steps (plan_id, position, phase, "
                                              "title, planned_start, updated_at) VALUES (?, ?, "
                                              "'apply', ?, ?, ?) RETURNING id"),
                {planId, i, QStringLiteral("step %1").arg(i), QVariant(), now});
            if (!step)
                return step.error();
            step->next();
            steps << step->value(0).toLongLong();
        }
        for (const auto &[from, to] :
            {std::pair {steps[0], steps[1]}, std::pair {steps[1], steps[0]}}) {
            if (auto q = db.run(QStringLiteral("UPDATE plan_steps SET pairs_with_step_id = ? "
                                               "WHERE id = ?"),
                    {to, from});
                !q)
                return q.error();
        }
        if (auto q = db.run(QStringLiteral("INSERT INTO vulnerabilities (identifier, cvss_score, "
                                           "published, updated_at) VALUES (?, ?, ?, ?)"),
                {QStringLiteral("CVE-2021-44228"), 10.0, QVariant(), now});
            !q)
            return q.error();
        if (auto q = db.run(QStringLiteral("INSERT INTO vulnerabilities (identifier, cvss_score, "
                                           "published, updated_at) VALUES (?, ?, ?, ?)"),
                {QStringLiteral("CVE-2024-3400"), 9.8, QStringLiteral("2024-04-12"), now});
            !q)
            return q.error();
        if (auto q = db.run(QStringLiteral("INSERT INTO lifecycle_releases (eol_product, cycle, "
                                           "release_date, security_support_end, imported_at) "
                                           "VALUES ('rhel', '7', '2014-06-10', NULL, ?)"),
                {now});
            !q)
            return q.error();
        if (auto q = db.run(QStringLiteral("INSERT INTO holidays (day, name) VALUES "
                                           "('2027-01-01', '元日')"));
            !q)
            return q.error();
        return {};
    });
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEveryRowAndTheChain();
    void roundTripKeepsIdentityCounters();
    void backupIsConsistentWhileAnotherConnectionWrites();
    void backupRefusesExistingFileUnlessOverwrite();
    void failedBackupLeavesNoFile();
    void restoreRefusesBadFiles_data();
    void restoreRefusesBadFiles();
    void restoreRefusesNonEmptyPostgresTarget();
    void restoreRefusesTargetInUse();
    void restoreKeepsReplacedFile();
    void cancelledRestoreChangesNothing();
    void olderSchemaBackupIsMigrated();
    void inspectTellsWhatABackupHolds();
    void drillPassesOnIntactDatabase();
    void drillFailsWhenRestoredCopyDiffers();
    void drillFailsOnTamperedChain();

private:
    /// A database with the 40-system demo estate and the extra rows of fillExtras().
    std::unique_ptr<Database> makeSource(const QString &name);
    /// What a restore target is like before and after: bytes of the SQLite file and the other
    /// files beside it, or every row of every table of the PostgreSQL database.
    QStringList targetState(const QString &location);

    QTemporaryDir m_dir;
};

void tst_Backup::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_Backup::makeSource(const QString &name)
{
    auto db = test::openTemp(m_dir, name);
    if (!db)
        return nullptr;
    if (Status s = createDemoEstate(*db); !s) {
        qWarning("demo: %s", qPrintable(s.error().message));
        return nullptr;
    }
    if (Status s = fillExtras(*db); !s) {
        qWarning("extras: %s", qPrintable(s.error().message));
        return nullptr;
    }
    return db;
}

QStringList tst_Backup::targetState(const QString &location)
{
    if (!test::isPostgres()) {
        QStringList state;
        const QFileInfo info(location);
        const QDir dir = info.absoluteDir();
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
            if (f.startsWith(info.fileName()))
                state << f;
        }
        state << QString::fromLatin1(
            QCryptographicHash::hash(readAll(location), QCryptographicHash::Sha256).toHex());
        return state;
    }
    Database::Options look;
    look.targetVersion = 0;
    auto db = Database::open(location, look);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.error().message};
    QStringList state;
    for (const QString &t : (*db)->connection().tables()) {
        state << QStringLiteral("table ") + t;
        state << dumpTable(**db, t);
    }
    return state;
}

void tst_Backup::roundTripKeepsEveryRowAndTheChain()
{
    auto source = makeSource(QStringLiteral("roundtrip-src.db"));
    QVERIFY(source);
    const QString file = m_dir.filePath(QStringLiteral("roundtrip.ppdb"));
    auto backup = Backup::create(*source, file, false);
    PP_VERIFY_OK(backup);
    QVERIFY(backup->sourceConsistent);
    QVERIFY(QFile::exists(file));
    QVERIFY(readAll(file).startsWith("SQLite format 3"));
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QCOMPARE(backup->backup.schemaVersion, source->schemaVersion());
    QCOMPARE(backup->backup.snapshot.rows(QStringLiteral("systems")), 40);
    QCOMPARE(backup->backup.snapshot.auditHead, backup->source.auditHead);
    QVERIFY(backup->backup.snapshot.audit.intact);

    const QString target = test::location(m_dir, QStringLiteral("roundtrip-dst.db"));
    auto restored = Backup::restore(file, target, RestoreOptions {});
    PP_VERIFY_OK(restored);
    QVERIFY(restored->keptAs.isEmpty());
    QCOMPARE(restored->migratedFrom, 0);

    auto db = Database::open(target);
    PP_VERIFY_OK(db);
    // The inventory, field by field, as the CSV export writes it.
    auto before = InventoryRepository(*source).rows();
    auto after = InventoryRepository(**db).rows();
    PP_VERIFY_OK(before);
    PP_VERIFY_OK(after);
    QCOMPARE(after->size(), before->size());
    QCOMPARE(InventoryCsv::toCsv(*after), InventoryCsv::toCsv(*before));
    // Every table, row by row, ids and NULLs included; the audit trail has one entry more.
    const QStringList tables = tableNames(*source);
    QVERIFY(tables.contains(QStringLiteral("plan_steps")));
    for (const QString &t : tables) {
        if (t == QLatin1String("audit_log"))
            continue;
        QCOMPARE(dumpTable(**db, t), dumpTable(*source, t));
    }
    QStringList auditAfter = dumpTable(**db, QStringLiteral("audit_log"));
    const QStringList auditBefore = dumpTable(*source, QStringLiteral("audit_log"));
    QCOMPARE(auditAfter.size(), auditBefore.size() + 1);

    // The chain verifies and continues from the backup's head with the restore entry.
    auto v = AuditLog(**db).verify();
    PP_VERIFY_OK(v);
    QVERIFY2(v->intact, qPrintable(v->reason));
    QCOMPARE(v->entries, backup->source.audit.entries + 1);
    AuditFilter restoreOnly;
    restoreOnly.action = QStringLiteral("restore");
    auto entries = AuditLog(**db).find(restoreOnly, 0, 10);
    PP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    const AuditEntry e = entries->first();
    QCOMPARE(e.entity, QStringLiteral("database"));
    QCOMPARE(e.prevHash, backup->source.auditHead);
    const QJsonObject record = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
    QCOMPARE(
        record.value(QLatin1String("backup_file")).toString(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(record.value(QLatin1String("backup_audit_head")).toString(), backup->source.auditHead);
}

void tst_Backup::roundTripKeepsIdentityCounters()
{
    auto source = test::openTemp(m_dir, QStringLiteral("ids-src.db"));
    QVERIFY(source);
    PP_VERIFY_OK(createDemoEstate(*source, DemoOptions {5, 1}));
    // A system created and deleted again: its id must not be handed out after a restore either,
    // or its audit entries would seem to be about the next system.
    SystemRepository repo(*source);
    System s;
    s.code = QStringLiteral("GONE");
    s.name = QStringLiteral("Deleted before the backup");
    auto stored = repo.insert(s);
    PP_VERIFY_OK(stored);
    PP_VERIFY_OK(repo.remove(stored->id, stored->rowVersion));

    const QString file = m_dir.filePath(QStringLiteral("ids.ppdb"));
    PP_VERIFY_OK(Backup::create(*source, file, false));
    const QString target = test::location(m_dir, QStringLiteral("ids-dst.db"));
    PP_VERIFY_OK(Backup::restore(file, target, RestoreOptions {}));
    auto db = test::openTemp(m_dir, QStringLiteral("ids-dst.db"));
    QVERIFY(db);
    System next;
    next.code = QStringLiteral("NEW");
    next.name = QStringLiteral("Added after the restore");
    auto added = SystemRepository(*db).insert(next);
    PP_VERIFY_OK(added);
    QCOMPARE(added->id, stored->id + 1);
    auto v = AuditLog(*db).verify();
    PP_VERIFY_OK(v);
    QVERIFY2(v->intact, qPrintable(v->reason));
}

void tst_Backup::backupIsConsistentWhileAnotherConnectionWrites()
{
    auto source = test::openTemp(m_dir, QStringLiteral("busy.db"));
    QVERIFY(source);
    PP_VERIFY_OK(createDemoEstate(*source, DemoOptions {5, 2}));
    // A second connection, as another process would have, with a write transaction left open.
    auto writer = Database::open(source->location());
    PP_VERIFY_OK(writer);
    PP_VERIFY_OK((*writer)->run(
        test::isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")));
    PP_VERIFY_OK((*writer)->run(QStringLiteral("INSERT INTO systems (code, name, updated_at) "
                                               "VALUES ('HALF', 'Not committed', "
                                               "'2026-11-28T00:00:00Z')")));
    PP_VERIFY_OK((*writer)->run(QStringLiteral("DELETE FROM components WHERE id = 1")));

    const QString during = m_dir.filePath(QStringLiteral("busy-during.ppdb"));
    auto taken = Backup::create(*source, during, false);
    PP_VERIFY_OK(taken);
    QVERIFY(taken->sourceConsistent);
    PP_VERIFY_OK((*writer)->run(QStringLiteral("COMMIT")));
    const QString afterFile = m_dir.filePath(QStringLiteral("busy-after.ppdb"));
    PP_VERIFY_OK(Backup::create(*source, afterFile, false));

    auto inspectDuring = Backup::inspect(during);
    auto inspectAfter = Backup::inspect(afterFile);
    PP_VERIFY_OK(inspectDuring);
    PP_VERIFY_OK(inspectAfter);
    // The copy taken during the transaction has none of it; the one after has all of it.
    QCOMPARE(inspectDuring->snapshot.rows(QStringLiteral("systems")), 5);
    QCOMPARE(inspectAfter->snapshot.rows(QStringLiteral("systems")), 6);
    QCOMPARE(inspectAfter->snapshot.rows(QStringLiteral("components")),
        inspectDuring->snapshot.rows(QStringLiteral("components")) - 1);
    QVERIFY(inspectDuring->snapshot.audit.intact);
    QCOMPARE(taken->source.rows(QStringLiteral("systems")), 5);
}

void tst_Backup::backupRefusesExistingFileUnlessOverwrite()
{
    auto source = test::openTemp(m_dir, QStringLiteral("exists.db"));
    QVERIFY(source);
    PP_VERIFY_OK(createDemoEstate(*source, DemoOptions {3, 3}));
    const QString file = m_dir.filePath(QStringLiteral("exists.ppdb"));
    QVERIFY(writeAll(file, "keep me"));
    auto refused = Backup::create(*source, file, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InputRejected);
    QCOMPARE(readAll(file), QByteArray("keep me"));
    PP_VERIFY_OK(Backup::create(*source, file, true));
    QVERIFY(readAll(file).startsWith("SQLite format 3"));
    PP_VERIFY_OK(Backup::inspect(file));
    // Nothing temporary is left beside it.
    const QStringList left
        = QDir(m_dir.path()).entryList({QStringLiteral("exists.ppdb*")}, QDir::Files);
    QCOMPARE(left, QStringList {QStringLiteral("exists.ppdb")});
}

void tst_Backup::failedBackupLeavesNoFile()
{
    auto source = test::openTemp(m_dir, QStringLiteral("nofolder.db"));
    QVERIFY(source);
    const QString file = m_dir.filePath(QStringLiteral("no/such/folder/x.ppdb"));
    auto r = Backup::create(*source, file, false);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Failed);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
    // A cancelled backup leaves nothing either.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.ppdb"));
    auto c = Backup::create(*source, cancelled, false, [](int, const QString &) { return false; });
    QVERIFY(!c);
    QVERIFY(
        QDir(m_dir.path()).entryList({QStringLiteral("cancelled.ppdb*")}, QDir::Files).isEmpty());
}

void tst_Backup::restoreRefusesBadFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text"
                               << "not an SQLite";
    QTest::newRow("empty file") << "empty"
                                << "not an SQLite";
    QTest::newRow("truncated") << "truncate"
                               << "truncated";
    QTest::newRow("corrupted page") << "corrupt"
                                    << "damaged";
    QTest::newRow("dangling reference") << "foreignkey"
                                        << "refers to a row";
    QTest::newRow("newer schema") << "newer"
                                  << "newer Patch Planner";
    QTest::newRow("not our database") << "foreign"
                                      << "not a Patch Planner backup";
    QTest::newRow("altered audit entry") << "tamper"
                                         << "audit trail";
    QTest::newRow("newest audit entry removed") << "cutchain"
                                                << "audit trail";
    QTest::newRow("live file with its log") << "livewal"
                                            << "in use";
}

void tst_Backup::restoreRefusesBadFiles()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    static int n = 0;
    ++n;
    const QString good = m_dir.filePath(QStringLiteral("good-%1.ppdb").arg(n));
    {
        auto source = test::openTemp(m_dir, QStringLiteral("bad-src-%1.db").arg(n));
        QVERIFY(source);
        PP_VERIFY_OK(createDemoEstate(*source, DemoOptions {8, 4}));
        PP_VERIFY_OK(Backup::create(*source, good, false));
    }
    const QString bad = m_dir.filePath(QStringLiteral("bad-%1.ppdb").arg(n));
    QVERIFY(QFile::copy(good, bad));
    QByteArray bytes = readAll(bad);
    const int pageSize = 4096;
    QCOMPARE(qFromBigEndian<quint16>(bytes.constData() + 16), quint16(pageSize));
    if (damage == QLatin1String("text")) {
        QVERIFY(writeAll(bad, "system_code,system_name\nERP-01,基幹会計\n"));
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(writeAll(bad, QByteArray()));
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(writeAll(bad, bytes.left(bytes.size() / 2)));
    } else if (damage == QLatin1String("corrupt")) {
        // The header of a page in the middle: VACUUM INTO leaves no free pages, so it is in use.
        const qsizetype page = bytes.size() / pageSize / 2;
        for (qsizetype i = 0; i < 12; ++i)
            bytes[page * pageSize + i] = char(0xA5);
        QVERIFY(writeAll(bad, bytes));
    } else if (damage == QLatin1String("foreignkey")) {
        QVERIFY(execOnFile(bad,
            {QStringLiteral("PRAGMA foreign_keys = OFF"),
                QStringLiteral("INSERT INTO components (system_id, kind, product, "
                               "updated_at) VALUES (9999, 'os', 'Orphan', "
                               "'2026-11-28T00:00:00Z')")}));
    } else if (damage == QLatin1String("newer")) {
        QVERIFY(execOnFile(bad,
            {QStringLiteral("UPDATE meta SET value = '%1' WHERE key = "
                            "'schema_version'")
                    .arg(Database::latestSchemaVersion() + 1)}));
    } else if (damage == QLatin1String("foreign")) {
        QVERIFY(QFile::remove(bad));
        QVERIFY(execOnFile(bad,
            {QStringLiteral("CREATE TABLE notes (body TEXT)"),
                QStringLiteral("INSERT INTO notes VALUES ('hello')")}));
    } else if (damage == QLatin1String("tamper")) {
        QVERIFY(execOnFile(
            bad, {QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3")}));
    } else if (damage == QLatin1String("cutchain")) {
        QVERIFY(execOnFile(bad,
            {QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) "
                            "FROM audit_log)")}));
    } else if (damage == QLatin1String("livewal")) {
        QVERIFY(writeAll(bad + QStringLiteral("-wal"), QByteArray(4096, 'w')));
    }
    const QByteArray badBytes = readAll(bad);

    // The target: an existing database with other data (SQLite), or an empty one (PostgreSQL,
    // where a target with data is refused for that reason alone).
    const QString target = test::location(m_dir, QStringLiteral("bad-dst-%1.db").arg(n));
    if (!test::isPostgres()) {
        auto db = Database::open(target);
        PP_VERIFY_OK(db);
        PP_VERIFY_OK(createDemoEstate(**db, DemoOptions {2, 5}));
    }
    const QStringList before = targetState(target);

    auto r = Backup::restore(bad, target, RestoreOptions {});
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QFileInfo(bad).fileName()), qPrintable(r.error().message));
    QCOMPARE(targetState(target), before);
    QCOMPARE(readAll(bad), badBytes); // the backup file itself is only read
    // inspect() gives the same verdict.
    auto checked = Backup::inspect(bad);
    QVERIFY(!checked);
    QCOMPARE(checked.error().kind, ErrorKind::InputRejected);
}

void tst_Backup::restoreRefusesNonEmptyPostgresTarget()
{
    if (!test::isPostgres())
        QSKIP("about PostgreSQL targets");
    auto source = test::openTemp(m_dir, QStringLiteral("pgfull-src.db"));
    QVERIFY(source);
    PP_VERIFY_OK(createDemoEstate(*source, DemoOptions {4, 6}));
    const QString file = m_dir.filePath(QStringLiteral("pgfull.ppdb"));
    PP_VERIFY_OK(Backup::create(*source, file, false));
    const QString target = test::location(m_dir, QStringLiteral("pgfull-dst.db"));
    {
        auto db = test::openTemp(m_dir, QStringLiteral("pgfull-dst.db"));
        QVERIFY(db);
        System s;
        s.code = QStringLiteral("ONLY");
        s.name = QStringLiteral("The one system");
        PP_VERIFY_OK(SystemRepository(*db).insert(s));
    }
    const QStringList before = targetState(target);
    auto r = Backup::restore(file, target, RestoreOptions {});
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.contains(QLatin1String("already holds data")),
        qPrintable(r.error().message));
    QCOMPARE(targetState(target), before);
}

void tst_Backup::restoreRefusesTargetInUse()
{
    PP_SQLITE_ONLY();
    auto source = test::openTemp(m_dir, QStringLiteral("inuse-src.db"));
    QVERIFY(source);
    PP_VERIFY_OK(createDemoEstate(*source, DemoOptions {3, 7}));
    const QString file = m_dir.filePath(QStringLiteral("inuse.ppdb"));
    PP_VERIFY_OK(Backup::create(*source, file, false));
    auto open = test::openTemp(m_dir, QStringLiteral("inuse-dst.db"));
    QVERIFY(open);
    const QStringList before = targetState(open->location());
    auto r = Backup::restore(file, open->location(), RestoreOptions {});
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Failed);
    QVERIFY2(r.error().message.contains(QLatin1String("open in another program")),
        qPrintable(r.error().message));
    QCOMPARE(targetState(open->location()), before);
}

void tst_Backup::restoreKeepsReplacedFile()
{
    PP_SQLITE_ONLY();
    auto source = makeSource(QStringLiteral("keep-src.db"));
    QVERIFY(source);
    const QString file = m_dir.filePath(QStringLiteral("keep.ppdb"));
    PP_VERIFY_OK(Backup::create(*source, file, false));
    const QString target = m_dir.filePath(QStringLiteral("keep-dst.db"));
    {
        auto db = Database::open(target);
        PP_VERIFY_OK(db);
        PP_VERIFY_OK(createDemoEstate(**db, DemoOptions {2, 8}));
    }
    QStringList oldSystems;
    {
        auto db = Database::open(target);
        PP_VERIFY_OK(db);
        oldSystems = dumpTable(**db, QStringLiteral("systems"));
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    RestoreOptions options;
    options.keepAs = m_dir.filePath(QStringLiteral("keep-dst.db.before-restore-test"));
    auto r = Backup::restore(file, target, options);
    PP_VERIFY_OK(r);
    QCOMPARE(r->keptAs, options.keepAs);
    QCOMPARE(QFile::permissions(target), QFile::permissions(r->keptAs));
    auto restored = Database::open(target);
    PP_VERIFY_OK(restored);
    QCOMPARE(dumpTable(**restored, QStringLiteral("systems")),
        dumpTable(*source, QStringLiteral("systems")));
    auto kept = Database::open(r->keptAs);
    PP_VERIFY_OK(kept);
    // The replaced database, whole: the same rows (only its journal mode was switched, to make
    // sure that nobody had it open and that its write-ahead log was folded in).
    QCOMPARE(dumpTable(**kept, QStringLiteral("systems")), oldSystems);
    QCOMPARE(dumpTable(**kept, QStringLiteral("systems")).size(), 2);
    auto keptChain = AuditLog(**kept).verify();
    PP_VERIFY_OK(keptChain);
    QVERIFY(keptChain->intact);
    // No staging file is left in the folder.
    const QStringList left
        = QDir(m_dir.path()).entryList({QStringLiteral("keep-dst.db*")}, QDir::Files);
    for (const QString &f : left) {
        QVERIFY2(f == QLatin1String("keep-dst.db")
                || f.startsWith(QLatin1String("keep-dst.db.before-restore"))
                || f == QLatin1String("keep-dst.db-wal") || f == QLatin1String("keep-dst.db-shm"),
            qPrintable(f));
    }
}

void tst_Backup::cancelledRestoreChangesNothing()
{
    auto source = test::openTemp(m_dir, QStringLiteral("cancel-src.db"));
    QVERIFY(source);
    PP_VERIFY_OK(createDemoEstate(*source, DemoOptions {3, 9}));
    const QString file = m_dir.filePath(QStringLiteral("cancel.ppdb"));
    PP_VERIFY_OK(Backup::create(*source, file, false));
    const QString target = test::location(m_dir, QStringLiteral("cancel-dst.db"));
    if (!test::isPostgres()) {
        auto db = Database::open(target);
        PP_VERIFY_OK(db);
    }
    const QStringList before = targetState(target);
    // The last moment a restore can be cancelled: SQLite after the checks, the upgrade and the
    // audit entry of the private copy, just before the rename; PostgreSQL before the schema.
    const int last = test::isPostgres() ? 45 : 85;
    int calls = 0;
    int lastAsked = 0;
    auto r = Backup::restore(file, target, RestoreOptions {}, [&](int percent, const QString &) {
        ++calls;
        lastAsked = percent;
        return percent < last;
    });
    QVERIFY(!r);
    QVERIFY(calls > 1);
    QCOMPARE(lastAsked, last);
    QCOMPARE(targetState(target), before);
    if (!test::isPostgres()) {
        const QStringList left
            = QDir(m_dir.path()).entryList({QStringLiteral("cancel-dst.db.*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
}

void tst_Backup::olderSchemaBackupIsMigrated()
{
    // tests/data/schema-v1.db, a version-1 database, taken as a backup of that version.
    const QString fixture = QStringLiteral(PP_TEST_DATA "/schema-v1.db");
    const QByteArray fixtureBytes = readAll(fixture);
    const QString target = test::location(m_dir, QStringLiteral("v1-dst.db"));
    auto r = Backup::restore(fixture, target, RestoreOptions {});
    PP_VERIFY_OK(r);
    QCOMPARE(r->backup.schemaVersion, 1);
    QCOMPARE(r->migratedFrom, 1);
    QCOMPARE(r->schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(readAll(fixture), fixtureBytes);
    auto db = Database::open(target);
    PP_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY((*db)->migrationBackupPath().isEmpty()); // migrated before it was put in place
    auto systems = SystemRepository(**db).findAll();
    PP_VERIFY_OK(systems);
    QCOMPARE(systems->size(), 2);
    QCOMPARE(systems->first().name, QStringLiteral("基幹会計"));
    auto v = AuditLog(**db).verify();
    PP_VERIFY_OK(v);
    QVERIFY2(v->intact, qPrintable(v->reason));
    QCOMPARE(v->entries, r->backup.snapshot.audit.entries + 1);
    if (!test::isPostgres()) {
        // No staging file or pre-upgrade copy is left beside it (the backup is that copy).
        db->reset();
        const QStringList left
            = QDir(m_dir.path()).entryList({QStringLiteral("v1-dst.db*")}, QDir::Files);
        QCOMPARE(left, QStringList {QStringLiteral("v1-dst.db")});
    }
}

void tst_Backup::inspectTellsWhatABackupHolds()
{
    auto source = test::openTemp(m_dir, QStringLiteral("inspect-src.db"));
    QVERIFY(source);
    PP_VERIFY_OK(createDemoEstate(*source, DemoOptions {6, 10}));
    const QString file = m_dir.filePath(QStringLiteral("inspect.ppdb"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto taken = Backup::create(*source, file, false);
    PP_VERIFY_OK(taken);
    auto info = Backup::inspect(file);
    PP_VERIFY_OK(info);
    QCOMPARE(info->schemaVersion, Database::latestSchemaVersion());
    QVERIFY(info->takenAt >= before);
    QVERIFY(info->takenAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(info->source, source->location());
    QCOMPARE(info->snapshot.rows(QStringLiteral("systems")), 6);
    QCOMPARE(info->snapshot.auditHead, taken->source.auditHead);
    QCOMPARE(info->snapshot.audit.entries, taken->source.audit.entries);
}

void tst_Backup::drillPassesOnIntactDatabase()
{
    auto live = makeSource(QStringLiteral("drill-live.db"));
    QVERIFY(live);
    auto d = Backup::drill(*live);
    PP_VERIFY_OK(d);
    QVERIFY2(d->failure.isEmpty(), qPrintable(d->failure));
    QVERIFY(d->tookBackup);
    QVERIFY(d->passed());
    QVERIFY(d->auditMatches());
    const auto systems = std::find_if(d->tables.cbegin(), d->tables.cend(),
        [](const auto &r) { return r.table == QLatin1String("systems"); });
    QVERIFY(systems != d->tables.cend());
    QCOMPARE(systems->live, 40);
    QCOMPARE(systems->restored, 40);
    QCOMPARE(d->live.auditHead, d->restored.auditHead);
    // The live database is only read.
    auto v = AuditLog(*live).verify();
    PP_VERIFY_OK(v);
    QCOMPARE(v->entries, d->live.audit.entries);
}

void tst_Backup::drillFailsWhenRestoredCopyDiffers()
{
    auto live = makeSource(QStringLiteral("drill-diff.db"));
    QVERIFY(live);
    const QString file = m_dir.filePath(QStringLiteral("drill-diff.ppdb"));
    PP_VERIFY_OK(Backup::create(*live, file, false));
    auto intact = Backup::drill(*live, file);
    PP_VERIFY_OK(intact);
    QVERIFY(intact->passed());
    QVERIFY(!intact->tookBackup);
    // A component removed from the copy behind the audit trail's back: it still restores, and
    // the drill finds the difference.
    QVERIFY(execOnFile(file,
        {QStringLiteral("DELETE FROM components WHERE id = (SELECT MAX(id) "
                        "FROM components)")}));
    auto d = Backup::drill(*live, file);
    PP_VERIFY_OK(d);
    QVERIFY2(d->failure.isEmpty(), qPrintable(d->failure));
    QVERIFY(!d->passed());
    QVERIFY(d->auditMatches());
    for (const DrillReport::Row &r : std::as_const(d->tables)) {
        QCOMPARE(r.match(), r.table != QLatin1String("components"));
        if (r.table == QLatin1String("components"))
            QCOMPARE(r.restored, r.live - 1);
    }
}

void tst_Backup::drillFailsOnTamperedChain()
{
    auto live = test::openTemp(m_dir, QStringLiteral("drill-chain.db"));
    QVERIFY(live);
    PP_VERIFY_OK(createDemoEstate(*live, DemoOptions {4, 11}));
    const QString file = m_dir.filePath(QStringLiteral("drill-chain.ppdb"));
    PP_VERIFY_OK(Backup::create(*live, file, false));
    QVERIFY(
        execOnFile(file, {QStringLiteral("UPDATE audit_log SET after_json = '{}' WHERE id = 2")}));
    auto d = Backup::drill(*live, file);
    PP_VERIFY_OK(d);
    QVERIFY(!d->passed());
    QVERIFY2(d->failure.contains(QLatin1String("audit trail")), qPrintable(d->failure));
    QVERIFY(!d->auditMatches());
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
