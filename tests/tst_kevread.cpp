// The CISA KEV reader (VulnFeedReader::readKev): the real catalog as JSON and as CSV giving the
// same records, the entries whose due date precedes their date added, and located errors for
// everything that is not a KEV catalog or breaks its rules.
#include "models/io/vulnfeed.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace pp;

namespace {

struct Read
{
    FeedReadResult result;
    QList<VulnRecord> records;

    QString errors() const
    {
        QStringList out;
        for (const ImportIssue &i : result.issues)
            out << i.toString();
        return out.join(QLatin1Char('\n'));
    }
    const VulnRecord *find(const QString &id) const
    {
        for (const VulnRecord &r : records) {
            if (r.identifier == id)
                return &r;
        }
        return nullptr;
    }
    const ImportIssue *firstError() const
    {
        for (const ImportIssue &i : result.issues) {
            if (i.isError())
                return &i;
        }
        return nullptr;
    }
};

Read readBytes(const QByteArray &bytes, const FeedReadOptions &options = {})
{
    Read out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    out.result = VulnFeedReader::readKev(buffer, QStringLiteral("kev.x"),
                                         [&](VulnRecord &&r) {
                                             out.records.append(std::move(r));
                                             return true;
                                         },
                                         options);
    return out;
}

QByteArray fileBytes(const QString &relative)
{
    QFile f(QStringLiteral(PP_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    return f.readAll();
}

const QByteArray kHeader = "cveID,vendorProject,product,vulnerabilityName,dateAdded,"
                           "shortDescription,requiredAction,dueDate,knownRansomwareCampaignUse,"
                           "notes,cwes\n";

QByteArray csvRow(const QByteArray &id, const QByteArray &added = "2024-01-02",
                  const QByteArray &due = "2024-01-23", const QByteArray &ransom = "Unknown")
{
    return id + ",Acme,Widget,\"Acme Widget Bug\"," + added + ",\"Widget, described\","
           "\"Apply updates.\"," + due + "," + ransom + ",\"https://example.com ; x\",CWE-79\n";
}

QByteArray jsonEntry(const QByteArray &id, const QByteArray &extra = {})
{
    QByteArray e = "{\"cveID\":\"" + id + "\",\"vendorProject\":\"Acme\",\"product\":\"Widget\","
                   "\"vulnerabilityName\":\"Acme Widget Bug\",\"dateAdded\":\"2024-01-02\","
                   "\"shortDescription\":\"Widget, described\",\"requiredAction\":\"Apply updates.\","
                   "\"dueDate\":\"2024-01-23\",\"knownRansomwareCampaignUse\":\"Unknown\","
                   "\"notes\":\"\",\"cwes\":[]";
    if (!extra.isEmpty())
        e += "," + extra;
    return e + "}";
}

QByteArray catalog(const QList<QByteArray> &entries)
{
    QByteArray out = "{\"catalogVersion\":\"2025.08.25\",\"count\":1,\n\"vulnerabilities\":[\n";
    for (qsizetype i = 0; i < entries.size(); ++i)
        out += (i ? ",\n" : "") + entries.at(i);
    return out + "\n]}\n";
}

} // namespace

class TestKevRead : public QObject
{
    Q_OBJECT

private slots:
    void realJson();
    void realCsv();
    void jsonAndCsvAgree();
    void dueBeforeAdded();
    void truncatedEverywhere();
    void notKev_data();
    void notKev();
    void entryErrors_data();
    void entryErrors();
    void csvErrors_data();
    void csvErrors();
    void duplicate();
    void bomAndUtf8();
    void hugeDescription();
    void htmlAndSqlVerbatim();
    void sinkStopsAndCancel();
};

void TestKevRead::realJson()
{
    QBuffer buffer;
    buffer.setData(fileBytes(QStringLiteral("kev/known_exploited_vulnerabilities.json")));
    buffer.open(QIODevice::ReadOnly);
    Read r;
    r.result = VulnFeedReader::read(VulnFeedKind::Kev, buffer, QStringLiteral("kev.json"),
                                    [&](VulnRecord &&v) {
                                        r.records.append(std::move(v));
                                        return true;
                                    });
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QVERIFY2(r.result.issues.isEmpty(), qPrintable(r.errors()));
    QCOMPARE(r.result.records, 1404);
    QCOMPARE(r.records.size(), 1404);
    const VulnRecord &first = r.records.first();
    QCOMPARE(first.source, VulnSource::Kev);
    QCOMPARE(first.identifier, QStringLiteral("CVE-2025-48384"));
    QCOMPARE(first.line, 7);
    QCOMPARE(first.sourceFile, QStringLiteral("kev.json"));
    QCOMPARE(first.title, QStringLiteral("Git Link Following Vulnerability"));
    QVERIFY(first.description.contains(QChar(0x2019))); // Git’s
    QVERIFY(first.metrics.isEmpty());
    QVERIFY(first.configurations.isEmpty());
    QVERIFY(first.kev);
    QCOMPARE(first.kev->dateAdded, QDate(2025, 8, 25));
    QCOMPARE(first.kev->dueDate, QDate(2025, 9, 15));
    QVERIFY(!first.kev->ransomware);
    QCOMPARE(first.kev->vendorProject, QStringLiteral("Git"));
    QCOMPARE(first.kev->product, QStringLiteral("Git"));
    QCOMPARE(first.kev->name, first.title);
    QVERIFY(first.kev->requiredAction.startsWith(QLatin1String("Apply mitigations per vendor")));
    QVERIFY(first.kev->notes.endsWith(QLatin1String("https://nvd.nist.gov/vuln/detail/CVE-2025-48384")));
    int known = 0;
    for (const VulnRecord &v : r.records)
        known += v.kev->ransomware ? 1 : 0;
    QCOMPARE(known, 293);
    const VulnRecord *pn = r.find(QStringLiteral("CVE-2021-34527"));
    QVERIFY(pn);
    QCOMPARE(pn->line, 18913);
    QVERIFY(pn->kev->ransomware);
}

void TestKevRead::realCsv()
{
    const Read r = readBytes(fileBytes(QStringLiteral("kev/known_exploited_vulnerabilities.csv")));
    QVERIFY2(r.result.issues.isEmpty(), qPrintable(r.errors()));
    QCOMPARE(r.result.records, 1404);
    QCOMPARE(r.records.first().identifier, QStringLiteral("CVE-2025-48384"));
    QCOMPARE(r.records.first().line, 2);
    QCOMPARE(r.find(QStringLiteral("CVE-2021-34527"))->line, 1274);
}

void TestKevRead::jsonAndCsvAgree()
{
    Read json = readBytes(fileBytes(QStringLiteral("kev/known_exploited_vulnerabilities.json")));
    Read csv = readBytes(fileBytes(QStringLiteral("kev/known_exploited_vulnerabilities.csv")));
    QCOMPARE(json.records.size(), csv.records.size());
    for (qsizetype i = 0; i < json.records.size(); ++i) {
        VulnRecord a = json.records.at(i);
        VulnRecord b = csv.records.at(i);
        QVERIFY(a.line != b.line);
        a.line = b.line = 0;
        QVERIFY2(a == b, qPrintable(a.identifier));
    }
}

void TestKevRead::dueBeforeAdded()
{
    const Read r = readBytes(fileBytes(QStringLiteral("kev/known_exploited_vulnerabilities.json")));
    int earlier = 0;
    for (const VulnRecord &v : r.records) {
        if (v.kev->dueDate < v.kev->dateAdded)
            ++earlier;
    }
    QCOMPARE(earlier, 15);
    const VulnRecord *pn = r.find(QStringLiteral("CVE-2021-34527"));
    QCOMPARE(pn->kev->dateAdded, QDate(2021, 11, 3));
    QCOMPARE(pn->kev->dueDate, QDate(2021, 7, 20));
    const VulnRecord *zl = r.find(QStringLiteral("CVE-2020-1472"));
    QCOMPARE(zl->kev->dueDate, QDate(2020, 9, 21));
}

void TestKevRead::truncatedEverywhere()
{
    const QByteArray full = fileBytes(QStringLiteral("kev/known_exploited_vulnerabilities.json"));
    for (int k = 1; k < 50; ++k) {
        const Read r = readBytes(full.left(full.size() * k / 50));
        QVERIFY2(r.result.hasErrors(), qPrintable(QString::number(k)));
        QVERIFY(r.firstError()->line > 0);
    }
    // CSV cut inside a quoted field: the reader reports the open quote.
    const QByteArray csv = fileBytes(QStringLiteral("kev/known_exploited_vulnerabilities.csv"));
    const qsizetype cut = csv.indexOf("\"Git contains");
    const Read r = readBytes(csv.left(cut + 5));
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->line, 2);
}

void TestKevRead::notKev_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::newRow("nvd bundle") << fileBytes(QStringLiteral("nvd/nvd_cves_api2_bundle.json")) << 9;
    QTest::newRow("nvd bare") << fileBytes(QStringLiteral("nvd/cve_records/CVE-2024-3400.json")) << 1;
    QTest::newRow("jvn xml") << QByteArray("<?xml version=\"1.0\"?>\n<rdf:RDF/>\n") << 1;
    QTest::newRow("text") << QByteArray("this is not a KEV catalog\n") << 1;
    QTest::newRow("other csv") << QByteArray("cve,vendor\nCVE-2020-0001,x\n") << 1;
    QTest::newRow("header case") << kHeader.toLower() + csvRow("CVE-2020-0001") << 1;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("blank") << QByteArray(" \n\t\n") << 0;
    QTest::newRow("json array") << QByteArray("[{\"cveID\":\"CVE-2020-0001\"}]") << 1;
}

void TestKevRead::notKev()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const Read r = readBytes(bytes);
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.records.size(), 0);
    QCOMPARE(r.firstError()->line, line);
    QVERIFY(!r.firstError()->message.isEmpty());
}

void TestKevRead::entryErrors_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("field");
    QByteArray e = jsonEntry("CVE-2020-0002");
    QTest::newRow("bad id") << jsonEntry("CVE-2020-12") << QStringLiteral("vulnerabilities[1].cveID");
    QTest::newRow("missing id")
        << QByteArray(e).replace("\"cveID\":\"CVE-2020-0002\",", "")
        << QStringLiteral("vulnerabilities[1].cveID");
    QTest::newRow("id number") << QByteArray(e).replace("\"CVE-2020-0002\"", "2020")
                               << QStringLiteral("vulnerabilities[1].cveID");
    QTest::newRow("dateAdded") << QByteArray(e).replace("\"2024-01-02\"", "\"02/01/2024\"")
                               << QStringLiteral("vulnerabilities[1].dateAdded");
    QTest::newRow("dateAdded missing") << QByteArray(e).replace("\"2024-01-02\"", "\"\"")
                                       << QStringLiteral("vulnerabilities[1].dateAdded");
    QTest::newRow("dueDate") << QByteArray(e).replace("\"2024-01-23\"", "\"2024-02-30\"")
                             << QStringLiteral("vulnerabilities[1].dueDate");
    QTest::newRow("ransomware") << QByteArray(e).replace("\"Unknown\"", "\"Maybe\"")
                                << QStringLiteral("vulnerabilities[1].knownRansomwareCampaignUse");
    QTest::newRow("name object") << QByteArray(e).replace("\"Acme Widget Bug\"", "{}")
                                 << QStringLiteral("vulnerabilities[1].vulnerabilityName");
    QTest::newRow("not object") << QByteArray("[1]") << QStringLiteral("vulnerabilities[1]");
}

void TestKevRead::entryErrors()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, field);
    const Read r = readBytes(catalog({jsonEntry("CVE-2020-0001"), entry, jsonEntry("CVE-2020-0003")}));
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->field, field);
    QCOMPARE(r.firstError()->line, 4);
    QCOMPARE(r.result.records, 2);
}

void TestKevRead::csvErrors_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad id") << csvRow("CVE-2020-1") << QStringLiteral("cveID");
    QTest::newRow("bad date") << csvRow("CVE-2020-0002", "2024-1-2") << QStringLiteral("dateAdded");
    QTest::newRow("bad due") << csvRow("CVE-2020-0002", "2024-01-02", "soon") << QStringLiteral("dueDate");
    QTest::newRow("ransomware") << csvRow("CVE-2020-0002", "2024-01-02", "2024-01-03", "known")
                                << QStringLiteral("knownRansomwareCampaignUse");
    QTest::newRow("too few fields") << QByteArray("CVE-2020-0002,Acme\n") << QString();
}

void TestKevRead::csvErrors()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, field);
    const Read r = readBytes(kHeader + csvRow("CVE-2020-0001") + row + csvRow("CVE-2020-0003"));
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->line, 3);
    QCOMPARE(r.firstError()->field, field);
    QCOMPARE(r.result.records, 2);
    // An empty due date is allowed (the header says "a date or empty").
    const Read ok = readBytes(kHeader + csvRow("CVE-2020-0001", "2024-01-02", ""));
    QVERIFY2(!ok.result.hasErrors(), qPrintable(ok.errors()));
    QVERIFY(ok.records.first().kev->dueDate.isNull());
}

void TestKevRead::duplicate()
{
    const Read r = readBytes(catalog({jsonEntry("CVE-2020-0001"), jsonEntry("CVE-2020-0002"),
                                      jsonEntry("CVE-2020-0001")}));
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->line, 5);
    QVERIFY(r.firstError()->message.contains(QLatin1String("line 3")));
    const Read c = readBytes(kHeader + csvRow("CVE-2020-0001") + csvRow("CVE-2020-0001"));
    QVERIFY(c.result.hasErrors());
    QCOMPARE(c.firstError()->line, 3);
}

void TestKevRead::bomAndUtf8()
{
    const Read json = readBytes("\xEF\xBB\xBF" + catalog({jsonEntry("CVE-2020-0001")}));
    QVERIFY2(!json.result.hasErrors(), qPrintable(json.errors()));
    QCOMPARE(json.records.size(), 1);
    const Read csv = readBytes("\xEF\xBB\xBF" + kHeader + csvRow("CVE-2020-0001"));
    QVERIFY2(!csv.result.hasErrors(), qPrintable(csv.errors()));
    QCOMPARE(csv.records.size(), 1);
    const Read badCsv = readBytes(kHeader + csvRow("CVE-2020-0001") + "\n"
                                  + QByteArray(csvRow("CVE-2020-0002")).replace("Acme,", "Ac\xFFme,"));
    QVERIFY(badCsv.result.hasErrors());
    QCOMPARE(badCsv.firstError()->line, 4);
    const Read badJson = readBytes(catalog({jsonEntry("CVE-2020-0001"),
                                            QByteArray(jsonEntry("CVE-2020-0002")).replace("Acme", "Ac\xC3me")}));
    QVERIFY(badJson.result.hasErrors());
    QCOMPARE(badJson.firstError()->line, 4);
    QVERIFY(badJson.firstError()->message.contains(QLatin1String("UTF-8")));
}

void TestKevRead::hugeDescription()
{
    const QByteArray big(10 * 1024 * 1024, 'd');
    const Read json = readBytes(catalog({QByteArray(jsonEntry("CVE-2020-0001")).replace("Widget, described", big)}));
    QVERIFY2(!json.result.hasErrors(), qPrintable(json.errors()));
    QCOMPARE(json.records.first().description.size(), FeedReadOptions().maxText);
    QCOMPARE(json.result.issues.size(), 1);
    QCOMPARE(json.result.issues.first().field, QStringLiteral("vulnerabilities[0].shortDescription"));
    const Read csv = readBytes(kHeader + QByteArray(csvRow("CVE-2020-0001")).replace("Widget, described", big));
    QVERIFY2(!csv.result.hasErrors(), qPrintable(csv.errors()));
    QCOMPARE(csv.records.first().description.size(), FeedReadOptions().maxText);
}

void TestKevRead::htmlAndSqlVerbatim()
{
    const Read r = readBytes(kHeader + QByteArray(csvRow("CVE-2020-0001"))
                                           .replace("Acme Widget Bug", "<img src=x onerror=alert(1)>")
                                           .replace("Widget, described", "'); DROP TABLE findings; --"));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QCOMPARE(r.records.first().title, QStringLiteral("<img src=x onerror=alert(1)>"));
    QCOMPARE(r.records.first().description, QStringLiteral("'); DROP TABLE findings; --"));
}

void TestKevRead::sinkStopsAndCancel()
{
    QBuffer buffer;
    buffer.setData(kHeader + csvRow("CVE-2020-0001") + csvRow("CVE-2020-0002") + csvRow("CVE-2020-0003"));
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    FeedReadResult r = VulnFeedReader::readKev(buffer, QStringLiteral("k"),
                                               [&](VulnRecord &&) { return ++seen < 2; });
    QCOMPARE(seen, 2);
    QVERIFY(r.stopped);

    std::atomic_bool cancel{true};
    FeedReadOptions o;
    o.cancel = &cancel;
    QBuffer b2;
    b2.setData(catalog({jsonEntry("CVE-2020-0001")}));
    b2.open(QIODevice::ReadOnly);
    seen = 0;
    r = VulnFeedReader::readKev(b2, QStringLiteral("k"), [&](VulnRecord &&) { return ++seen; }, o);
    QCOMPARE(seen, 0);
    QVERIFY(r.stopped);
    QVERIFY(r.hasErrors());
}

QTEST_GUILESS_MAIN(TestKevRead)
#include "tst_kevread.moc"
