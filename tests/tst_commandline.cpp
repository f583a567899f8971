// The command-line contract: commands, exit statuses, JSON keys and located errors.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
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

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
