// The command-line contract: commands, exit statuses, JSON keys and located errors.
#include "testsupport.h"

#include "models/planning/lifecyclestatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

using namespace pp;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void demoCreatesEstateOnce();
    void reportInventoryJsonKeys();
    void reportInventoryCsvAndTable();
    void reportToFile();
    void importGoodFile();
    void importBadFileChangesNothing();
    void dryRunChangesNothing();
    void exportImportRoundTrip();
    void auditVerifyFindsTampering();
    void badDatabaseFiles();
    void runsWithoutDisplay();
    void backupRestoreAndDrill();
    void restoreRefusesBadBackup();
    void drillFailsWhenBackupDiffers();
    void importEndOfLifeGoodAndBad();
    void reportEoslJson();

private:
    Run run(const QStringList &args, const QProcessEnvironment &env = {});
    QString dbPath(const QString &name) const { return m_dir.filePath(name); }
    /// A database on the backend under test: a file, or a new PostgreSQL database.
    QString dbLocation(const QString &name) const { return test::location(m_dir, name); }
    QTemporaryDir m_dir;
};

Run tst_CommandLine::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert(QStringLiteral("HOME"), m_dir.path()); // never touch the real per-user database
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    e.insert(QStringLiteral("PP_USER"), QStringLiteral("cli-tester"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PP_APP), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CommandLine::helpAndVersion()
{
    Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    for (const char *word : {"demo PATH", "import inventory", "report inventory", "export inventory",
                             "audit verify", "--db", "--format", "Exit status"})
        QVERIFY2(r.out.contains(word), word);
    r = run({QStringLiteral("--version")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(PP_VERSION));
}

void tst_CommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("report"), QStringLiteral("inventory"),
                                                   QStringLiteral("--colour")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("report"), QStringLiteral("inventory"),
                                               QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("unknown report") << QStringList{QStringLiteral("report"), QStringLiteral("nothing")};
    QTest::newRow("demo without path") << QStringList{QStringLiteral("demo")};
    QTest::newRow("import without file") << QStringList{QStringLiteral("import"), QStringLiteral("inventory")};
    QTest::newRow("unknown import") << QStringList{QStringLiteral("import"), QStringLiteral("x"), QStringLiteral("y")};
    QTest::newRow("audit what") << QStringList{QStringLiteral("audit"), QStringLiteral("repair")};
}

void tst_CommandLine::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.status, 2);
    QVERIFY(!r.err.isEmpty());
}

void tst_CommandLine::demoCreatesEstateOnce()
{
    const QString path = dbLocation(QStringLiteral("demo.db"));
    Run r = run({QStringLiteral("demo"), path});
    QCOMPARE(r.status, 0);
    // Names the database as opened (a PostgreSQL URL stays a URL, not a mangled file path).
    QVERIFY2(r.out.contains(QFileInfo(path).isAbsolute() ? path.toUtf8()
                                                         : QUrl(path).path().toUtf8()),
             r.out.constData());
    r = run({QStringLiteral("demo"), path});
    QCOMPARE(r.status, 3);
    QVERIFY(r.err.contains(test::isPostgres() ? "already has" : "already exists"));
    r = run({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.status, 0);
}

void tst_CommandLine::reportInventoryJsonKeys()
{
    const QString path = dbLocation(QStringLiteral("json.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("report"),
                       QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 0);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QVERIFY(rows.size() > 200);
    const QStringList expected{"system_code", "system_name", "component_kind", "vendor", "product",
                               "version", "cpe", "environment", "exposure", "criticality",
                               "lifecycle_state"};
    for (const QJsonValue &v : rows) {
        QStringList keys = v.toObject().keys();
        keys.sort();
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(keys, sorted);
    }
    const QJsonObject first = rows.first().toObject();
    QVERIFY(first.value(QLatin1String("criticality")).isDouble());
    QVERIFY(QStringList({"production", "staging", "development"})
                .contains(first.value(QLatin1String("environment")).toString()));
}

void tst_CommandLine::reportInventoryCsvAndTable()
{
    const QString path = dbLocation(QStringLiteral("fmt.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("inventory"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith("system_code,system_name,component_kind,vendor,product,version,cpe,"
                             "environment,exposure,criticality,lifecycle_state\r\n"));
    r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("inventory")});
    QCOMPARE(r.status, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.at(0).startsWith("system_code"));
    QVERIFY(lines.at(1).startsWith("---"));
}

void tst_CommandLine::reportToFile()
{
    const QString path = dbLocation(QStringLiteral("file.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
    const QString outFile = dbPath(QStringLiteral("inv.json"));
    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("inventory"),
                       QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), outFile});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.isEmpty());
    QFile f(outFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(f.readAll()).isArray());
    const Run bad = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("inventory"),
                         QStringLiteral("-o"), dbPath(QStringLiteral("no/such/dir/x.txt"))});
    QCOMPARE(bad.status, 1);
}

void tst_CommandLine::importGoodFile()
{
    const QString path = dbLocation(QStringLiteral("import.db"));
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("inventory"),
                 QStringLiteral(PP_TEST_DATA "/cli/good.csv")});
    // Importing into a database that does not exist yet creates it: the way to start from a CSV.
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains("3 system(s) created, 0 updated; 3 component(s) created"), r.out.constData());
    r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("inventory"),
             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 4); // 3 components of two systems, and the lab system without any
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("system_name")).toString(),
             QStringLiteral("人事給与システム"));
    QVERIFY(rows.at(1).toObject().value(QLatin1String("product")).isNull());
}

void tst_CommandLine::importBadFileChangesNothing()
{
    const QString path = dbLocation(QStringLiteral("bad.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
    const QByteArray before = run({QStringLiteral("--db"), path, QStringLiteral("report"),
                                   QStringLiteral("inventory"), QStringLiteral("--format"),
                                   QStringLiteral("csv")}).out;
    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("inventory"),
                       QStringLiteral(PP_TEST_DATA "/cli/bad-criticality.csv")});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.err.contains("bad-criticality.csv:3: criticality:"), r.err.constData());
    const QByteArray after = run({QStringLiteral("--db"), path, QStringLiteral("report"),
                                  QStringLiteral("inventory"), QStringLiteral("--format"),
                                  QStringLiteral("csv")}).out;
    QCOMPARE(after, before);
}

void tst_CommandLine::dryRunChangesNothing()
{
    const QString path = dbLocation(QStringLiteral("dry.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
    const QByteArray before = run({QStringLiteral("--db"), path, QStringLiteral("report"),
                                   QStringLiteral("inventory"), QStringLiteral("--format"),
                                   QStringLiteral("csv")}).out;
    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("inventory"),
                       QStringLiteral("--dry-run"), QStringLiteral(PP_TEST_DATA "/cli/good.csv")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("would be imported"));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("inventory"),
                  QStringLiteral("--format"), QStringLiteral("csv")}).out,
             before);
}

void tst_CommandLine::exportImportRoundTrip()
{
    const QString src = dbLocation(QStringLiteral("src.db"));
    QCOMPARE(run({QStringLiteral("demo"), src}).status, 0);
    const QString csv = dbPath(QStringLiteral("estate.csv"));
    QCOMPARE(run({QStringLiteral("--db"), src, QStringLiteral("export"), QStringLiteral("inventory"), csv}).status, 0);
    // An empty database to import into.
    const QString dst = dbLocation(QStringLiteral("dst.db"));
    {
        auto db = Database::open(dst);
        PP_VERIFY_OK(db);
    }
    const Run imp = run({QStringLiteral("--db"), dst, QStringLiteral("import"), QStringLiteral("inventory"), csv});
    QVERIFY2(imp.status == 0, imp.err.constData());
    auto report = [&](const QString &db) {
        return run({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("inventory"),
                    QStringLiteral("--format"), QStringLiteral("json")}).out;
    };
    QCOMPARE(report(dst), report(src));
    // A second import changes nothing.
    const Run again = run({QStringLiteral("--db"), dst, QStringLiteral("import"), QStringLiteral("inventory"), csv});
    QCOMPARE(again.status, 0);
    QVERIFY2(again.out.contains(" 0 system(s) created, 0 updated; 0 component(s) created, 0 updated"),
             again.out.constData());
}

void tst_CommandLine::auditVerifyFindsTampering()
{
    const QString path = dbLocation(QStringLiteral("audit.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("intact"));
    {
        auto db = Database::open(path);
        PP_VERIFY_OK(db);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 7")));
    }
    r = run({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("entry 7"), r.err.constData());
}

void tst_CommandLine::badDatabaseFiles()
{
    PP_SQLITE_ONLY();
    const QString text = dbPath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello, this is not a database\n");
    f.close();
    Run r = run({QStringLiteral("--db"), text, QStringLiteral("report"), QStringLiteral("inventory")});
    QCOMPARE(r.status, 3);
    QVERIFY(r.err.contains("not an SQLite file"));
    r = run({QStringLiteral("--db"), dbPath(QStringLiteral("missing.db")), QStringLiteral("report"),
             QStringLiteral("inventory")});
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains("does not exist"));
    QVERIFY(!QFile::exists(dbPath(QStringLiteral("missing.db"))));
}

void tst_CommandLine::runsWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString path = dbLocation(QStringLiteral("nodisplay.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}, env).status, 0);
    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("inventory")}, env);
    QCOMPARE(r.status, 0);
}

void tst_CommandLine::backupRestoreAndDrill()
{
    const Run help = run({QStringLiteral("--help")});
    for (const char *word : {"backup FILE", "restore FILE", "drill [FILE]", "--force", "audit_chain"})
        QVERIFY2(help.out.contains(word), word);
    const QString src = dbLocation(QStringLiteral("bk-src.db"));
    QCOMPARE(run({QStringLiteral("demo"), src}).status, 0);
    const QString file = dbPath(QStringLiteral("bk.ppdb"));
    Run r = run({QStringLiteral("--db"), src, QStringLiteral("backup"), file});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains("Backed up"), r.out.constData());
    QVERIFY(QFile::exists(file));
    // An existing file is replaced only with --force.
    r = run({QStringLiteral("--db"), src, QStringLiteral("backup"), file});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.err.contains("--force"), r.err.constData());
    r = run({QStringLiteral("--db"), src, QStringLiteral("backup"), file, QStringLiteral("--force")});
    QVERIFY2(r.status == 0, r.err.constData());

    const QString dst = dbLocation(QStringLiteral("bk-dst.db"));
    r = run({QStringLiteral("--db"), dst, QStringLiteral("restore"), file});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains("Restored"), r.out.constData());
    auto report = [&](const QString &db) {
        return run({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("inventory"),
                    QStringLiteral("--format"), QStringLiteral("json")}).out;
    };
    QCOMPARE(report(dst), report(src));
    r = run({QStringLiteral("--db"), dst, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.status, 0);
    // Again: an SQLite file is replaced and kept aside; a PostgreSQL database with data refused.
    r = run({QStringLiteral("--db"), dst, QStringLiteral("restore"), file});
    QCOMPARE(r.status, test::isPostgres() ? 3 : 0);
    QVERIFY(test::isPostgres() ? r.err.contains("already holds data")
                               : r.out.contains("kept as"));

    r = run({QStringLiteral("--db"), src, QStringLiteral("drill"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(rows.size() > 10);
    for (const QJsonValue &v : rows) {
        QStringList keys = v.toObject().keys();
        keys.sort();
        QCOMPARE(keys, QStringList({"live", "match", "restored", "table"}));
        QVERIFY(v.toObject().value(QLatin1String("match")).toBool());
    }
    const QJsonObject chain = rows.last().toObject();
    QCOMPARE(chain.value(QLatin1String("table")).toString(), QStringLiteral("audit_chain"));
    QVERIFY(chain.value(QLatin1String("live")).toInt() > 40);
    r = run({QStringLiteral("--db"), src, QStringLiteral("drill")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("Drill passed"), r.out.constData());
    QVERIFY(r.out.contains("audit_chain"));
}

void tst_CommandLine::restoreRefusesBadBackup()
{
    const QString dst = dbLocation(QStringLiteral("bk-bad.db"));
    QCOMPARE(run({QStringLiteral("demo"), dst}).status, 0);
    const QByteArray before = run({QStringLiteral("--db"), dst, QStringLiteral("report"),
                                   QStringLiteral("inventory"), QStringLiteral("--format"),
                                   QStringLiteral("csv")}).out;
    Run r = run({QStringLiteral("--db"), dst, QStringLiteral("restore"),
                 QStringLiteral(PP_TEST_DATA "/cli/good.csv")});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.err.contains("not an SQLite"), r.err.constData());
    r = run({QStringLiteral("--db"), dst, QStringLiteral("restore"), dbPath(QStringLiteral("none.ppdb"))});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    r = run({QStringLiteral("--db"), dst, QStringLiteral("restore")});
    QCOMPARE(r.status, 2);
    QCOMPARE(run({QStringLiteral("--db"), dst, QStringLiteral("report"), QStringLiteral("inventory"),
                  QStringLiteral("--format"), QStringLiteral("csv")}).out,
             before);
}

void tst_CommandLine::drillFailsWhenBackupDiffers()
{
    const QString src = dbLocation(QStringLiteral("drill-src.db"));
    QCOMPARE(run({QStringLiteral("demo"), src}).status, 0);
    const QString file = dbPath(QStringLiteral("drill.ppdb"));
    QCOMPARE(run({QStringLiteral("--db"), src, QStringLiteral("backup"), file}).status, 0);
    QCOMPARE(run({QStringLiteral("--db"), src, QStringLiteral("drill"), file}).status, 0);
    // The backup loses a component behind the audit trail's back.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM components WHERE id = 7")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    Run r = run({QStringLiteral("--db"), src, QStringLiteral("drill"), file, QStringLiteral("--format"),
                 QStringLiteral("json")});
    QCOMPARE(r.status, 1);
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject o = v.toObject();
        const bool components = o.value(QLatin1String("table")).toString() == QLatin1String("components");
        found = found || components;
        QCOMPARE(o.value(QLatin1String("match")).toBool(), !components);
    }
    QVERIFY(found);
    r = run({QStringLiteral("--db"), src, QStringLiteral("drill"), file});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.out.contains("Drill failed"), r.out.constData());
}

/// endoflife.date import: counts on success; located errors, exit 3 and nothing changed when any
/// file of the call is bad.
void tst_CommandLine::importEndOfLifeGoodAndBad()
{
    const QString path = dbLocation(QStringLiteral("eol-import.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
    const QString v0 = QStringLiteral(PP_TEST_DATA "/endoflife-v0");
    auto releases = [&]() {
        auto db = Database::open(path);
        if (!db)
            return -1;
        auto q = (*db)->run(QStringLiteral("SELECT COUNT(*) FROM lifecycle_releases"));
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    // One good and one truncated file: rejected as a whole.
    QDir().mkpath(m_dir.filePath(QStringLiteral("eolbad")));
    QVERIFY(QFile::copy(v0 + QLatin1String("/rhel.json"), m_dir.filePath(QStringLiteral("eolbad/rhel.json"))));
    {
        QFile bad(m_dir.filePath(QStringLiteral("eolbad/postgresql.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[{\"cycle\":\"16\",\n\"eol\": 2028}]");
    }
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("endoflife"),
                 m_dir.filePath(QStringLiteral("eolbad/rhel.json")),
                 m_dir.filePath(QStringLiteral("eolbad/postgresql.json"))});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.err.contains("postgresql.json:2: eol: must be a date"), r.err.constData());
    QVERIFY(r.err.contains("nothing was changed"));
    QCOMPARE(releases(), 0);
    r = run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("endoflife"),
             m_dir.filePath(QStringLiteral("eolbad"))});
    QCOMPARE(r.status, 3);
    QCOMPARE(releases(), 0);
    // Usage.
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("endoflife")})
                 .status,
             2);
    // The folder of sample files; then again, unchanged.
    r = run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("endoflife"), v0});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("413 release cycle(s) created"), r.out.constData());
    QVERIFY(r.out.contains("component(s) newly matched"));
    QCOMPARE(releases(), 413);
    r = run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("endoflife"), v0});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("0 release cycle(s) created, 0 updated, 413 unchanged; 0 component(s) "
                            "newly matched"),
             r.out.constData());
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")}).status, 0);
    r = run({QStringLiteral("--help")});
    for (const char *word : {"import endoflife", "report eosl", "--horizon-days", "ended on an unknown"})
        QVERIFY2(r.out.contains(word), word);
}

/// report eosl: the keys of the contract, sorted by eosl with unknown last, the sample files'
/// dates, boolean states as null dates with a status, and --horizon-days.
void tst_CommandLine::reportEoslJson()
{
    const QString path = dbLocation(QStringLiteral("eol-report.db"));
    QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("endoflife"),
                  QStringLiteral(PP_TEST_DATA "/endoflife-v0")})
                 .status,
             0);
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("eosl"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 0);
    QJsonParseError pe;
    const QJsonArray rows = QJsonDocument::fromJson(r.out, &pe).array();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(rows.size() > 200);
    QStringList expected{"system_code", "component_kind", "product", "version", "eol_product",
                         "eol_cycle", "release_date", "support_end", "eosl",
                         "extended_support_end", "status", "days_left", "decision"};
    expected.sort();
    const QDate today = QDate::currentDate();
    int rank = -1;
    QDate last;
    bool sawRhel8 = false;
    bool sawNotAnnounced = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), expected);
        const QString status = o.value(QLatin1String("status")).toString();
        QVERIFY(eoslStatusFromKey(status).has_value());
        const QJsonValue eosl = o.value(QLatin1String("eosl"));
        // Ended on an unknown date (null, past), dates, no end announced (null, supported), unknown.
        const int r2 = eosl.isString() ? 1
            : status == QLatin1String("past") ? 0
            : status == QLatin1String("supported") ? 2 : 3;
        QVERIFY2(r2 >= rank, qPrintable(o.value(QLatin1String("product")).toString()));
        if (r2 == 1) {
            const QDate d = QDate::fromString(eosl.toString(), Qt::ISODate);
            QVERIFY(d.isValid());
            if (rank == 1)
                QVERIFY(d >= last);
            last = d;
            QCOMPARE(o.value(QLatin1String("days_left")).toInt(), int(today.daysTo(d)));
            QCOMPARE(status, toKey(assessEosl(SupportEnd::on(d), today, {}).status));
        } else {
            QVERIFY(o.value(QLatin1String("days_left")).isNull());
        }
        rank = r2;
        if (o.value(QLatin1String("product")).toString() == QLatin1String("Red Hat Enterprise Linux")
            && o.value(QLatin1String("eol_cycle")).toString() == QLatin1String("8")) {
            sawRhel8 = true;
            QCOMPARE(o.value(QLatin1String("eol_product")).toString(), QStringLiteral("rhel"));
            QCOMPARE(o.value(QLatin1String("release_date")).toString(), QStringLiteral("2019-05-07"));
            QCOMPARE(o.value(QLatin1String("support_end")).toString(), QStringLiteral("2024-05-31"));
            QCOMPARE(eosl.toString(), QStringLiteral("2029-05-31"));
            QCOMPARE(o.value(QLatin1String("extended_support_end")).toString(),
                     QStringLiteral("2033-05-31"));
            QVERIFY(o.value(QLatin1String("decision")).isNull());
        }
        if (o.value(QLatin1String("eol_product")).toString() == QLatin1String("apache-http-server")) {
            // eol: false in the file: no end announced.
            sawNotAnnounced = true;
            QVERIFY(eosl.isNull());
            QCOMPARE(status, QStringLiteral("supported"));
            QVERIFY(o.value(QLatin1String("support_end")).isNull());
        }
        if (status == QLatin1String("unknown"))
            QVERIFY(eosl.isNull());
    }
    QVERIFY(sawRhel8);
    QVERIFY(sawNotAnnounced);
    QCOMPARE(rows.last().toObject().value(QLatin1String("status")).toString(), QStringLiteral("unknown"));

    // Only what is past or ends within a year.
    r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("eosl"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--horizon-days"),
             QStringLiteral("365")});
    QCOMPARE(r.status, 0);
    const QJsonArray near = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!near.isEmpty());
    QVERIFY(near.size() < rows.size());
    for (const QJsonValue &v : near) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QLatin1String("status")).toString() == QLatin1String("past")
                || o.value(QLatin1String("days_left")).toInt() <= 365);
    }
    for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("soon")}) {
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("eosl"),
                      QStringLiteral("--horizon-days"), bad})
                     .status,
                 2);
    }
    // CSV: the same keys as its header; the table has them too.
    r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("eosl"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith("system_code,component_kind,product,version,eol_product,eol_cycle,"
                             "release_date,support_end,eosl,extended_support_end,status,days_left,"
                             "decision"));
    r = run({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("eosl")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("2029-05-31"));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
