// Crash safety: the real patchplanner binary is killed (SIGKILL) at many points of a large
// inventory import and of a sequence of small saves. Each time the database must open, pass its
// integrity check (SQLite), keep an intact audit chain, and hold all or none of the interrupted
// change: never a part of it.
//
// The import is sized to the machine: a probe import measures the cost of a row, and the large
// import gets as many rows (up to 20,000) as fit in a few seconds, so that the whole test stays
// within about a minute on SQLite and on PostgreSQL, in a Debug build too.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/storage/auditlog.h"
#include "models/storage/backup.h"
#include "models/storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace pp;

namespace {

/// What the all-or-nothing check compares.
struct Counts
{
    qint64 systems = 0;
    qint64 components = 0;
    qint64 auditEntries = 0;
    bool operator==(const Counts &) const = default;
};

QString toString(const Counts &c)
{
    return QStringLiteral("%1 systems, %2 components, %3 audit entries")
        .arg(c.systems)
        .arg(c.components)
        .arg(c.auditEntries);
}

/// Systems "<prefix>-00000"... with @p perSystem components each, as an inventory CSV.
QByteArray inventoryCsv(const QString &prefix, int systems, int perSystem)
{
    static const char *const kinds[] = {
        "os", "middleware", "database", "runtime", "application", "network", "firmware", "cloud"};
    QByteArray csv
        = "system_code,system_name,owner,criticality,component_kind,vendor,product,version\n";
    csv.reserve(systems * perSystem * 80);
    for (int s = 0; s < systems; ++s) {
        const QByteArray code
            = prefix.toUtf8() + '-' + QByteArray::number(s).rightJustified(5, '0');
        for (int c = 0; c < perSystem; ++c) {
            csv += code + ",System " + code + ",team " + QByteArray::number(s % 17) + ','
                + QByteArray::number(1 + s % 4) + ',' + kinds[c % 8] + ",Vendor "
                + QByteArray::number(c) + ",Product " + QByteArray::number(c) + ','
                + QByteArray::number(c) + '.' + QByteArray::number(s % 5) + '\n';
        }
    }
    return csv;
}

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportIsAllOrNothing();
    void killedSavesAreAllOrNothing();
    void killedRestoreLeavesOldOrNew();

private:
    /// Starts `patchplanner --db LOCATION import inventory FILE`.
    void startImport(QProcess &p, const QString &csvFile);
    void startCommand(QProcess &p, const QString &location, const QStringList &command);
    /// Runs an import to the end; its duration in ms, or -1 when it failed.
    qint64 importToEnd(const QString &csvFile);
    /// Starts an import, kills it after @p delayMs (unless it finished before) and waits for it.
    /// Returns -1 when it was killed, else how long it took to finish (ms).
    qint64 importAndKill(const QString &csvFile, int delayMs);
    /// Starts an import and kills it as soon as it reports the import done: after the commit,
    /// while the process closes the database and exits. Returns false when it exited first.
    bool importAndKillAfterCommit(const QString &csvFile);
    /// Opens the database as a user would after the crash and checks it; empty when it is sound,
    /// else what is wrong. @p counts receives what it holds.
    QString inspect(Counts &counts);
    QString writeCsv(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_location;
};

void tst_CrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PP_APP)));
    // A database with the demo estate, so that "none of it" is not simply "empty".
    auto db = test::openTemp(m_dir, QStringLiteral("crash.db"));
    QVERIFY(db);
    PP_VERIFY_OK(createDemoEstate(*db));
    m_location = db->location();
}

void tst_CrashSafety::startImport(QProcess &p, const QString &csvFile)
{
    startCommand(p, m_location, {QStringLiteral("import"), QStringLiteral("inventory"), csvFile});
}

void tst_CrashSafety::startCommand(QProcess &p, const QString &location, const QStringList &command)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), m_dir.path());
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    e.insert(QStringLiteral("PP_USER"), QStringLiteral("crash-tester"));
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(PP_APP),
        QStringList {
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), location}
            + command);
}

qint64 tst_CrashSafety::importToEnd(const QString &csvFile)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    startImport(p, csvFile);
    if (!p.waitForFinished(240000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("import of %s failed: %s", qPrintable(csvFile), p.readAll().constData());
        return -1;
    }
    return timer.elapsed();
}

qint64 tst_CrashSafety::importAndKill(const QString &csvFile, int delayMs)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    startImport(p, csvFile);
    if (p.waitForFinished(delayMs))
        return timer.elapsed();
    p.kill(); // SIGKILL: no destructor, no rollback, no close runs
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::CrashExit ? -1 : timer.elapsed();
}

bool tst_CrashSafety::importAndKillAfterCommit(const QString &csvFile)
{
    QProcess p;
    startImport(p, csvFile);
    QByteArray out;
    while (p.state() != QProcess::NotRunning && !out.contains("Imported")) {
        if (p.waitForReadyRead(100))
            out += p.readAll();
    }
    p.kill();
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::CrashExit;
}

QString tst_CrashSafety::inspect(Counts &counts)
{
    auto db = Database::open(m_location);
    if (!db)
        return QStringLiteral("the database does not open: ") + db.error().message;
    if ((*db)->dialect().isSqlite()) {
        auto q = (*db)->run(QStringLiteral("PRAGMA integrity_check"));
        if (!q)
            return q.error().message;
        QStringList result;
        while (q->next())
            result << q->value(0).toString();
        if (result != QStringList {QStringLiteral("ok")})
            return QStringLiteral("integrity_check: ") + result.join(QLatin1String("; "));
    }
    auto chain = AuditLog(**db).verify();
    if (!chain)
        return chain.error().message;
    if (!chain->intact)
        return QStringLiteral("audit chain broken: ") + chain->reason;
    counts.auditEntries = chain->entries;
    for (const auto &[table, value] :
        {std::pair {"systems", &counts.systems}, std::pair {"components", &counts.components}}) {
        auto q = (*db)->run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!q || !q->next())
            return QStringLiteral("cannot count %1").arg(QLatin1String(table));
        *value = q->value(0).toLongLong();
    }
    return {};
}

QString tst_CrashSafety::writeCsv(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_CrashSafety::killedImportIsAllOrNothing()
{
    QElapsedTimer total;
    total.start();
    Counts counts;
    QString problem = inspect(counts);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Probe: the cost of a row on this machine and backend (process start included).
    const int probeSystems = test::isPostgres() ? 40 : 100;
    const QString probe = writeCsv(
        QStringLiteral("probe.csv"), inventoryCsv(QStringLiteral("PROBE"), probeSystems, 10));
    const qint64 probeMs = importToEnd(probe);
    QVERIFY(probeMs > 0);
    const double msPerRow = double(probeMs) / (probeSystems * 10);
    // As many rows as take about four seconds, from 1,000 to 20,000.
    const int systems = qBound(100, int(4000.0 / msPerRow / 10), 2000);
    const int rows = systems * 10;

    Counts before;
    QVERIFY(inspect(before).isEmpty());
    const QString full
        = writeCsv(QStringLiteral("full.csv"), inventoryCsv(QStringLiteral("FULL"), systems, 10));
    const qint64 fullMs = importToEnd(full);
    QVERIFY(fullMs > 0);
    Counts after;
    problem = inspect(after);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(after.systems, before.systems + systems);
    QCOMPARE(after.components, before.components + rows);
    const qint64 auditPerImport = after.auditEntries - before.auditEntries;
    QVERIFY(auditPerImport >= systems + rows);

    // Kill points spread from the very start (before the database is even open) to past the
    // end, each on a file of its own so that every import creates all its rows.
    const int kills = qBound(8, int(32000.0 / (0.6 * fullMs)), 16);
    int killedWithNone = 0, killedWithAll = 0, finished = 0;
    Counts expected = after;
    qint64 importMs = fullMs; // the shortest import seen: later ones may run faster (warm caches)
    for (int i = 0; i < kills; ++i) {
        const int delay = i == 0 ? 1 : int(1.15 * importMs * i / (kills - 1));
        const QString file = writeCsv(QStringLiteral("kill-%1.csv").arg(i),
            inventoryCsv(QStringLiteral("K%1").arg(i), systems, 10));
        const qint64 tookMs = importAndKill(file, delay);
        const bool killed = tookMs < 0;
        if (!killed)
            importMs = qMin(importMs, tookMs);
        Counts now;
        problem = inspect(now);
        QVERIFY2(problem.isEmpty(),
            qPrintable(QStringLiteral("kill %1 after %2 ms: %3").arg(i).arg(delay).arg(problem)));
        Counts all = expected;
        all.systems += systems;
        all.components += rows;
        all.auditEntries += auditPerImport;
        QVERIFY2(now == expected || now == all,
            qPrintable(QStringLiteral("kill %1 after %2 ms left %3; expected %4 (none) or %5 "
                                      "(all)")
                           .arg(i)
                           .arg(delay)
                           .arg(toString(now), toString(expected), toString(all))));
        if (!killed)
            ++finished;
        else if (now == expected)
            ++killedWithNone;
        else
            ++killedWithAll;
        expected = now;
    }
    // One more, right after the commit: the change must be there, whole.
    {
        const QString file = writeCsv(
            QStringLiteral("kill-commit.csv"), inventoryCsv(QStringLiteral("KC"), systems, 10));
        const bool killed = importAndKillAfterCommit(file);
        Counts now;
        problem = inspect(now);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Counts all {expected.systems + systems, expected.components + rows,
            expected.auditEntries + auditPerImport};
        QVERIFY2(now == all,
            qPrintable(QStringLiteral("killed after the commit, left %1; expected %2")
                           .arg(toString(now), toString(all))));
        killed ? ++killedWithAll : ++finished;
    }
    qInfo("%d rows per import (%.2f ms a row), a full import %lld ms; %d kills: %d left none of "
          "it, %d all of it (killed after the commit), %d imports had finished; %lld ms in all",
        rows, msPerRow, fullMs, kills + 1, killedWithNone, killedWithAll, finished,
        total.elapsed());
    // The kill points before and inside the transaction did happen (timing varies: not all).
    QVERIFY(killedWithNone >= 3);
}

void tst_CrashSafety::killedSavesAreAllOrNothing()
{
    // A run of small saves, one system with five components each, each killed a little later
    // than the one before.
    QList<QString> files;
    for (int i = 0; i < 13; ++i)
        files << writeCsv(
            QStringLiteral("save-%1.csv").arg(i), inventoryCsv(QStringLiteral("S%1").arg(i), 1, 5));
    Counts before;
    QString problem = inspect(before);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const qint64 saveMs = importToEnd(files.first());
    QVERIFY(saveMs > 0);
    Counts expected;
    QVERIFY(inspect(expected).isEmpty());
    QCOMPARE(expected.systems, before.systems + 1);
    const qint64 auditPerSave = expected.auditEntries - before.auditEntries;
    int none = 0, all = 0;
    for (int i = 1; i < files.size(); ++i) {
        const int delay = int(1.2 * saveMs * (i - 1) / (files.size() - 2));
        (void)importAndKill(files.at(i), qMax(1, delay));
        Counts now;
        problem = inspect(now);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Counts saved {
            expected.systems + 1, expected.components + 5, expected.auditEntries + auditPerSave};
        QVERIFY2(now == expected || now == saved,
            qPrintable(QStringLiteral("save %1 killed after %2 ms left %3")
                           .arg(i)
                           .arg(delay)
                           .arg(toString(now))));
        (now == expected ? none : all) += 1;
        expected = now;
    }
    qInfo(
        "a save takes %lld ms; %d killed saves left nothing, %d were complete", saveMs, none, all);
}

void tst_CrashSafety::killedRestoreLeavesOldOrNew()
{
    // The backup: the 40-system demo estate.
    const QString file = m_dir.filePath(QStringLiteral("restore.ppdb"));
    qint64 backupSystems = 0, backupAudit = 0;
    {
        auto source = test::openTemp(m_dir, QStringLiteral("restore-src.db"));
        QVERIFY(source);
        PP_VERIFY_OK(createDemoEstate(*source));
        auto taken = Backup::create(*source, file, false);
        PP_VERIFY_OK(taken);
        backupSystems = taken->backup.snapshot.rows(QStringLiteral("systems"));
        backupAudit = taken->backup.snapshot.audit.entries;
    }
    // How long a restore takes, to spread the kill points over it.
    auto target = [&](int i) {
        const QString t = test::location(m_dir, QStringLiteral("restore-dst-%1.db").arg(i));
        if (!test::isPostgres()) {
            // An SQLite target with data of its own: after a kill it holds the old or the new.
            auto db = Database::open(t);
            if (!db || !createDemoEstate(**db, DemoOptions {2, 1}))
                return QString();
        }
        return t;
    };
    const qint64 oldSystems = test::isPostgres() ? 0 : 2;
    QElapsedTimer timer;
    timer.start();
    {
        QProcess p;
        startCommand(p, target(0), {QStringLiteral("restore"), file});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }
    const qint64 restoreMs = timer.elapsed();
    int old = 0, restored = 0;
    const int kills = 12;
    for (int i = 1; i <= kills; ++i) {
        const QString location = target(i);
        QVERIFY(!location.isEmpty());
        const int delay = qMax(1, int(1.2 * restoreMs * (i - 1) / (kills - 1)));
        QProcess p;
        startCommand(p, location, {QStringLiteral("restore"), file});
        if (!p.waitForFinished(delay)) {
            p.kill();
            p.waitForFinished(30000);
        }
        auto db = Database::open(location);
        PP_VERIFY_OK(db);
        if ((*db)->dialect().isSqlite()) {
            auto q = (*db)->run(QStringLiteral("PRAGMA integrity_check"));
            PP_VERIFY_OK(q);
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toString(), QStringLiteral("ok"));
        }
        auto chain = AuditLog(**db).verify();
        PP_VERIFY_OK(chain);
        QVERIFY2(chain->intact, qPrintable(chain->reason));
        auto count = (*db)->run(QStringLiteral("SELECT COUNT(*) FROM systems"));
        PP_VERIFY_OK(count);
        QVERIFY(count->next());
        const qint64 systems = count->value(0).toLongLong();
        QVERIFY2(systems == oldSystems || systems == backupSystems,
            qPrintable(QStringLiteral("restore killed after %1 ms left %2 systems")
                           .arg(delay)
                           .arg(systems)));
        if (systems == backupSystems) {
            QCOMPARE(chain->entries, backupAudit + 1); // with the restore's own entry
            ++restored;
        } else {
            ++old;
        }
    }
    qInfo("a restore takes %lld ms; %d killed restores left the old database, %d the restored one",
        restoreMs, old, restored);
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
