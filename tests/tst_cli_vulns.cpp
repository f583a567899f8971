// The command-line contract of issue 5: import kev|nvd|jvn|sbom and report findings|patches,
// run as a separate process the way scripts run it, on the demo estate with the real samples.
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace pp;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

const QString kData = QStringLiteral(PP_TEST_DATA);
QString nvdBundle() { return kData + QStringLiteral("/nvd/nvd_cves_api2_bundle.json"); }
QString kevJson() { return kData + QStringLiteral("/kev/known_exploited_vulnerabilities.json"); }
QString kevCsv() { return kData + QStringLiteral("/kev/known_exploited_vulnerabilities.csv"); }
QString jvnRss() { return kData + QStringLiteral("/jvn/getVulnOverviewList_hnd.xml"); }

} // namespace

class tst_CliVulns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importFeedsAndReportFindings();
    void reimportChangesNothing();
    void badFeedsAreRejectedAndChangeNothing_data();
    void badFeedsAreRejectedAndChangeNothing();
    void dryRunChangesNothing();
    void reportPatchesJson();
    void reportToAFullDiskFails();
    void importSbom();
    void importVendorPatches();
    void inventoryImportIsMatched();
    void usage();

private:
    Run run(const QStringList &args);
    Run runDb(const QStringList &args) { return run(QStringList{QStringLiteral("--db"), m_db} + args); }
    QByteArray findingsJson() { return runDb({QStringLiteral("report"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("json")}).out; }
    int auditEntries();
    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_CliVulns::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), m_dir.path());
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    e.insert(QStringLiteral("PP_USER"), QStringLiteral("cli-tester"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PP_APP), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForFinished(240000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

int tst_CliVulns::auditEntries()
{
    const Run r = runDb({QStringLiteral("audit"), QStringLiteral("verify")});
    // "Audit trail intact: N entries checked."
    const QString text = QString::fromUtf8(r.out);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return text.mid(colon + 1).trimmed().section(QLatin1Char(' '), 0, 0).toInt();
}

void tst_CliVulns::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::location(m_dir, QStringLiteral("cli-vulns"));
    const Run demo = run({QStringLiteral("demo"), m_db});
    QVERIFY2(demo.status == 0, demo.err.constData());
    for (const QString &f : {nvdBundle(), kevJson(), kevCsv(), jvnRss()})
        QVERIFY2(QFile::exists(f), qPrintable(f));
}

void tst_CliVulns::importFeedsAndReportFindings()
{
    Run r = runDb({QStringLiteral("import"), QStringLiteral("nvd"), nvdBundle()});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains("created"), r.out.constData());
    r = runDb({QStringLiteral("import"), QStringLiteral("kev"), kevJson()});
    QVERIFY2(r.status == 0, r.err.constData());
    r = runDb({QStringLiteral("import"), QStringLiteral("jvn"), jvnRss()});
    QVERIFY2(r.status == 0, r.err.constData());

    const QJsonDocument doc = QJsonDocument::fromJson(findingsJson());
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QVERIFY2(rows.size() > 0, "the demo estate runs products of the NVD sample: findings expected");
    const QStringList keys{QStringLiteral("vulnerability"), QStringLiteral("system_code"),
                           QStringLiteral("component_kind"), QStringLiteral("product"),
                           QStringLiteral("version"), QStringLiteral("state"),
                           QStringLiteral("severity"), QStringLiteral("cvss"),
                           QStringLiteral("kev"), QStringLiteral("due_date"),
                           QStringLiteral("due_rule"), QStringLiteral("track"),
                           QStringLiteral("match")};
    bool sawKev = false;
    QString previousDue;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys().size(), keys.size());
        for (const QString &k : keys)
            QVERIFY2(o.contains(k), qPrintable(k));
        QVERIFY(o.value(QLatin1String("kev")).isBool());
        QVERIFY(o.value(QLatin1String("track")).toString() == QLatin1String("emergency")
                || o.value(QLatin1String("track")).toString() == QLatin1String("regular"));
        QVERIFY(o.value(QLatin1String("match")).toString() == QLatin1String("cpe")
                || o.value(QLatin1String("match")).toString() == QLatin1String("name"));
        sawKev |= o.value(QLatin1String("kev")).toBool();
        // Sorted by due date, dates first.
        const QString due = o.value(QLatin1String("due_date")).toString();
        if (!previousDue.isEmpty() && !due.isEmpty())
            QVERIFY2(previousDue <= due, qPrintable(previousDue + QLatin1String(" > ") + due));
        if (!due.isEmpty())
            previousDue = due;
    }
    QVERIFY2(sawKev, "the KEV catalog lists CVEs of the NVD sample that the estate runs");
    QCOMPARE(runDb({QStringLiteral("audit"), QStringLiteral("verify")}).status, 0);
}

void tst_CliVulns::reimportChangesNothing()
{
    const QByteArray before = findingsJson();
    const int entries = auditEntries();
    QVERIFY(entries > 0);
    Run r = runDb({QStringLiteral("import"), QStringLiteral("nvd"), nvdBundle()});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains(" 0 vulnerabilities created, 0 updated"), r.out.constData());
    r = runDb({QStringLiteral("import"), QStringLiteral("kev"), kevCsv()}); // the CSV: same facts
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains(" 0 vulnerabilities created, 0 updated"), r.out.constData());
    QCOMPARE(auditEntries(), entries);
    QCOMPARE(findingsJson(), before);
}

void tst_CliVulns::badFeedsAreRejectedAndChangeNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("expected"); // in standard error

    QFile nvd(nvdBundle());
    QVERIFY(nvd.open(QIODevice::ReadOnly));
    const QByteArray bundle = nvd.readAll();
    QTest::newRow("truncated nvd") << "nvd" << bundle.left(bundle.size() / 2) << QByteArray("bad.json:");
    QTest::newRow("kev given to nvd") << "nvd" << QByteArray(R"({"catalogVersion":"1","vulnerabilities":[{"cveID":"CVE-2024-1","vendorProject":"x"}]})") << QByteArray("bad.json");
    QTest::newRow("nvd given to kev") << "kev" << bundle.left(4000) << QByteArray("bad.json");
    QTest::newRow("malformed cpe") << "nvd"
        << QByteArray(R"({"vulnerabilities":[{"cve":{"id":"CVE-2024-0001","published":"2024-01-01T00:00:00.000","lastModified":"2024-01-01T00:00:00.000","descriptions":[{"lang":"en","value":"x"}],"configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[{"vulnerable":true,"criteria":"cpe:2.3:a:broken","matchCriteriaId":"1"}]}]}]}}]})")
        << QByteArray("bad.json:");
    QTest::newRow("duplicate id") << "nvd"
        << QByteArray(R"({"vulnerabilities":[{"cve":{"id":"CVE-2024-0001","descriptions":[]}},{"cve":{"id":"CVE-2024-0001","descriptions":[]}}]})")
        << QByteArray("CVE-2024-0001");
    QTest::newRow("xml given to kev") << "kev" << QByteArray("<?xml version=\"1.0\"?><rdf:RDF/>") << QByteArray("bad.json");
    QTest::newRow("truncated jvn") << "jvn" << QByteArray("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><item>") << QByteArray("bad.json");
}

void tst_CliVulns::badFeedsAreRejectedAndChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, expected);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    const QByteArray before = findingsJson();
    const int entries = auditEntries();
    const Run r = runDb({QStringLiteral("import"), kind, path});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY2(r.err.contains("nothing was changed"), r.err.constData());
    QCOMPARE(auditEntries(), entries);
    QCOMPARE(findingsJson(), before);
}

void tst_CliVulns::dryRunChangesNothing()
{
    const QString db = test::location(m_dir, QStringLiteral("cli-dry"));
    QCOMPARE(run({QStringLiteral("demo"), db}).status, 0);
    const Run r = run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("nvd"),
                       nvdBundle(), QStringLiteral("--dry-run")});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains("Dry run"), r.out.constData());
    const Run report = run({QStringLiteral("--db"), db, QStringLiteral("report"),
                            QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(report.status, 0);
    QCOMPARE(QJsonDocument::fromJson(report.out).array().size(), 0);
}

void tst_CliVulns::reportToAFullDiskFails()
{
    // The findings report streams to its output: a write that fails (a full disk, a closed
    // pipe) is an error with exit status 1, never a report cut short that says it succeeded.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full");
    for (const char *kind : {"findings", "eosl", "patches"}) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir.path());
        e.insert(QStringLiteral("PP_USER"), QStringLiteral("cli-tester"));
        p.setProcessEnvironment(e);
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(PP_APP),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_db,
                 QStringLiteral("report"), QString::fromLatin1(kind), QStringLiteral("--format"),
                 QStringLiteral("csv")});
        QVERIFY(p.waitForFinished(240000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 1, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(kind), err)));
        QVERIFY2(err.contains(QLatin1String("Cannot write to standard output")), qPrintable(err));
    }
}

void tst_CliVulns::reportPatchesJson()
{
    const Run r = runDb({QStringLiteral("report"), QStringLiteral("patches"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY2(rows.size() > 0, "open findings on the demo estate give pending upgrades");
    const QStringList keys{QStringLiteral("system_code"), QStringLiteral("product"),
                           QStringLiteral("version"), QStringLiteral("patch"),
                           QStringLiteral("target_version"), QStringLiteral("resolves"),
                           QStringLiteral("due_date"), QStringLiteral("track"),
                           QStringLiteral("reboot")};
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys().size(), keys.size());
        for (const QString &k : keys)
            QVERIFY2(o.contains(k), qPrintable(k));
        QVERIFY(o.value(QLatin1String("resolves")).isArray());
        QVERIFY(o.value(QLatin1String("resolves")).toArray().size() > 0);
        QVERIFY(o.value(QLatin1String("reboot")).isBool());
    }
    const Run csv = runDb({QStringLiteral("report"), QStringLiteral("patches"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.status, 0);
    QVERIFY(csv.out.startsWith("system_code,product,version,patch,target_version,resolves,due_date,track,reboot"));
}

void tst_CliVulns::importSbom()
{
    const QString sbom = kData + QStringLiteral("/cyclonedx/cyclonedx-1.6_spec-valid-bom.json");
    QVERIFY(QFile::exists(sbom));
    // Needs --system; an unknown system is rejected with nothing changed.
    QCOMPARE(runDb({QStringLiteral("import"), QStringLiteral("sbom"), sbom}).status, 2);
    const QByteArray inventory = runDb({QStringLiteral("report"), QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("csv")}).out;
    Run r = runDb({QStringLiteral("import"), QStringLiteral("sbom"), sbom, QStringLiteral("--system"), QStringLiteral("NO-SUCH")});
    QCOMPARE(r.status, 3);
    QCOMPARE(runDb({QStringLiteral("report"), QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("csv")}).out, inventory);
    // Into a demo system.
    const QJsonArray systems = QJsonDocument::fromJson(runDb({QStringLiteral("report"), QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("json")}).out).array();
    QVERIFY(!systems.isEmpty());
    const QString code = systems.first().toObject().value(QLatin1String("system_code")).toString();
    r = runDb({QStringLiteral("import"), QStringLiteral("sbom"), sbom, QStringLiteral("--system"), code});
    QVERIFY2(r.status == 0, r.err.constData());
    const QByteArray after = runDb({QStringLiteral("report"), QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("csv")}).out;
    QVERIFY(after.size() > inventory.size());
    // Again: nothing new.
    r = runDb({QStringLiteral("import"), QStringLiteral("sbom"), sbom, QStringLiteral("--system"), code});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains(": 0 component(s) created, 0 updated"), r.out.constData());
}

void tst_CliVulns::importVendorPatches()
{
    const QString list = kData + QStringLiteral("/patches/vendor-patches.csv");
    Run r = runDb({QStringLiteral("import"), QStringLiteral("patches"), list});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains("2 vendor patch(es) created"), r.out.constData());
    const Run report = runDb({QStringLiteral("report"), QStringLiteral("patches"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(report.out.contains("KB5041578"));
    // Again: unchanged. A bad list: rejected with its line, nothing changed.
    r = runDb({QStringLiteral("import"), QStringLiteral("patches"), list});
    QVERIFY2(r.out.contains("0 vendor patch(es) created, 0 updated, 2 unchanged"), r.out.constData());
    const QString bad = m_dir.filePath(QStringLiteral("bad-patches.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("title,product,release_date\nRollup,Windows Server,2024-13-01\n");
    f.close();
    r = runDb({QStringLiteral("import"), QStringLiteral("patches"), bad});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.err.contains("bad-patches.csv:2: release_date:"), r.err.constData());
    QCOMPARE(runDb({QStringLiteral("report"), QStringLiteral("patches"), QStringLiteral("--format"), QStringLiteral("json")}).out, report.out);
}

void tst_CliVulns::inventoryImportIsMatched()
{
    // Vulnerabilities first, inventory afterwards: the new component gets its findings at once.
    const QString csv = m_dir.filePath(QStringLiteral("new-system.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("system_code,system_name,exposure,criticality,component_kind,vendor,product,version,cpe\n"
            "EDGE-99,Edge firewall,internet,1,network,Palo Alto Networks,PAN-OS,10.2.3,"
            "cpe:2.3:o:paloaltonetworks:pan-os:10.2.3:*:*:*:*:*:*:*\n");
    f.close();
    const Run r = runDb({QStringLiteral("import"), QStringLiteral("inventory"), csv});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.out.contains("new finding(s)"), r.out.constData());
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(findingsJson()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("system_code")).toString() == QLatin1String("EDGE-99")
            && o.value(QLatin1String("vulnerability")).toString() == QLatin1String("CVE-2024-3400")) {
            found = true;
            QCOMPARE(o.value(QLatin1String("track")).toString(), QStringLiteral("emergency"));
            QCOMPARE(o.value(QLatin1String("due_rule")).toString(), QStringLiteral("kev_due_date"));
        }
    }
    QVERIFY(found);
}

void tst_CliVulns::usage()
{
    QCOMPARE(runDb({QStringLiteral("import"), QStringLiteral("kev")}).status, 2);
    QCOMPARE(runDb({QStringLiteral("import"), QStringLiteral("nvd")}).status, 2);
    QCOMPARE(runDb({QStringLiteral("import"), QStringLiteral("kev"), kevJson(), kevCsv()}).status, 2);
    QCOMPARE(runDb({QStringLiteral("report"), QStringLiteral("findingz")}).status, 2);
    const Run help = run({QStringLiteral("--help")});
    for (const char *word : {"import kev", "import nvd", "import jvn", "import sbom", "report findings", "report patches"})
        QVERIFY2(help.out.contains(word), word);
}

QTEST_GUILESS_MAIN(tst_CliVulns)
#include "tst_cli_vulns.moc"
