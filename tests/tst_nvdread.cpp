// The NVD CVE API 2.0 reader (VulnFeedReader::readNvd) and the streaming JSON scanner under it:
// the real samples field by field, located errors for broken input, and bounded memory on a
// generated feed that never exists in memory as a whole.
#include "models/io/jsonstream.h"
#include "models/io/vulnfeed.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

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
    out.result = VulnFeedReader::readNvd(buffer, QStringLiteral("feed.json"),
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

Read readFile(const QString &relative)
{
    return readBytes(fileBytes(relative));
}

/// A minimal valid record with @p id and an optional extra JSON member.
QByteArray record(const QByteArray &id, const QByteArray &extra = {})
{
    QByteArray r = "{\"cve\":{\"id\":\"" + id + "\",\"vulnStatus\":\"Analyzed\","
                   "\"published\":\"2024-01-02T03:04:05.678\","
                   "\"descriptions\":[{\"lang\":\"en\",\"value\":\"Text of " + id + "\"}]";
    if (!extra.isEmpty())
        r += "," + extra;
    return r + "}}";
}

QByteArray feed(const QList<QByteArray> &records)
{
    QByteArray out = "{\"resultsPerPage\":1,\"format\":\"NVD_CVE\",\n\"vulnerabilities\":[\n";
    for (qsizetype i = 0; i < records.size(); ++i)
        out += (i ? ",\n" : "") + records.at(i);
    return out + "\n]}\n";
}

/// Generates an NVD feed of @p count records on the fly: the bytes exist only one record at a
/// time, so a reader that tried to hold the file would show up in the peak buffer.
class GeneratedFeed : public QIODevice
{
public:
    explicit GeneratedFeed(int count) : m_count(count) { m_pending = "{\"format\":\"NVD_CVE\",\n\"vulnerabilities\":[\n"; }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }
    qint64 largestRead() const { return m_largestRead; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_largestRead = qMax(m_largestRead, maxSize);
        qint64 done = 0;
        while (done < maxSize) {
            if (m_offset >= m_pending.size()) {
                if (!refill())
                    break;
            }
            const qint64 n = qMin(maxSize - done, qint64(m_pending.size() - m_offset));
            memcpy(data + done, m_pending.constData() + m_offset, size_t(n));
            m_offset += n;
            done += n;
        }
        m_produced += done;
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool refill()
    {
        m_offset = 0;
        if (m_next < m_count) {
            const QByteArray id = "CVE-2024-" + QByteArray::number(100000 + m_next);
            m_pending = (m_next ? ",\n" : "") + record(id, "\"configurations\":[{\"nodes\":[{"
                "\"operator\":\"OR\",\"negate\":false,\"cpeMatch\":[{\"vulnerable\":true,"
                "\"criteria\":\"cpe:2.3:a:acme:widget:*:*:*:*:*:*:*:*\","
                "\"versionEndExcluding\":\"2.4.1\"}]}]}]");
            ++m_next;
            return true;
        }
        if (m_next == m_count) {
            m_pending = "\n]}\n";
            ++m_next;
            return true;
        }
        m_pending.clear();
        return false;
    }

    int m_count;
    int m_next = 0;
    QByteArray m_pending;
    qsizetype m_offset = 0;
    qint64 m_produced = 0;
    qint64 m_largestRead = 0;
};

} // namespace

class TestNvdRead : public QObject
{
    Q_OBJECT

private slots:
    void bundle();
    void panOsCriteria();
    void andConfigurationWithPlatform();
    void v2AndV31Metrics();
    void v40Metrics();
    void everyCveRecordFile();
    void singleCveResponses();
    void bareRecordWithZ();
    void rejectedSkipped();
    void truncatedEverywhere();
    void wrongTypes_data();
    void wrongTypes();
    void missingId();
    void badId();
    void duplicateId();
    void malformedCpe();
    void kevGivenToNvd();
    void jvnXmlGivenToNvd();
    void emptyAndGarbage_data();
    void emptyAndGarbage();
    void bom();
    void invalidUtf8();
    void hugeDescription();
    void longCriteriaIsError();
    void htmlAndSqlVerbatim();
    void skippedKeysAreNotKept();
    void recordTooLarge();
    void sinkStops();
    void cancel();
    void progress();
    void boundedMemory();
};

void TestNvdRead::bundle()
{
    const Read r = readFile(QStringLiteral("nvd/nvd_cves_api2_bundle.json"));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QCOMPARE(r.result.records, 40);
    QCOMPARE(r.records.size(), 40);
    QCOMPARE(r.result.skipped, 0);
    QCOMPARE(r.records.first().identifier, QStringLiteral("CVE-2014-1424"));
    QCOMPARE(r.records.first().source, VulnSource::Nvd);
    QCOMPARE(r.records.first().sourceFile, QStringLiteral("feed.json"));
    QCOMPARE(r.records.first().line, 9); // the "{" before "cve" of the first element
    QCOMPARE(r.records.first().status, QStringLiteral("Deferred"));
    // English preferred over the Spanish translation that follows it.
    QVERIFY(r.records.first().description.startsWith(QLatin1String("apparmor_parser in the")));
    QCOMPARE(r.records.first().published,
             QDateTime(QDate(2014, 11, 24), QTime(15, 59, 0, 90), QTimeZone::utc()));
    // Lines grow: each record starts after the one before.
    for (qsizetype i = 1; i < r.records.size(); ++i)
        QVERIFY(r.records.at(i).line > r.records.at(i - 1).line);
    int withKev = 0;
    for (const VulnRecord &v : r.records)
        withKev += v.kev.has_value() ? 1 : 0;
    QCOMPARE(withKev, 17);
    QVERIFY(!r.find(QStringLiteral("CVE-2024-4317"))->kev);
    QVERIFY(r.find(QStringLiteral("CVE-2024-4317"))->configurations.isEmpty());
}

void TestNvdRead::panOsCriteria()
{
    const Read r = readFile(QStringLiteral("nvd/cve_records/CVE-2024-3400.json"));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QCOMPARE(r.records.size(), 1);
    const VulnRecord &v = r.records.first();
    QCOMPARE(v.identifier, QStringLiteral("CVE-2024-3400"));
    QCOMPARE(v.line, 1);
    QCOMPARE(v.status, QStringLiteral("Analyzed"));
    QCOMPARE(v.title, QStringLiteral("Palo Alto Networks PAN-OS Command Injection Vulnerability"));
    QCOMPARE(v.published, QDateTime(QDate(2024, 4, 12), QTime(8, 15, 6, 230), QTimeZone::utc()));
    QCOMPARE(v.lastModified,
             QDateTime(QDate(2024, 4, 23), QTime(19, 57, 25, 207), QTimeZone::utc()));
    QVERIFY(v.kev);
    QCOMPARE(v.kev->dateAdded, QDate(2024, 4, 12));
    QCOMPARE(v.kev->dueDate, QDate(2024, 4, 19));
    QCOMPARE(v.kev->name, v.title);
    QVERIFY(v.kev->requiredAction.startsWith(QLatin1String("Apply mitigations per vendor")));
    QCOMPARE(v.configurations.size(), 1);
    const CpeConfiguration &c = v.configurations.first();
    QVERIFY(!c.andOperator);
    QCOMPARE(c.nodes.size(), 1);
    QCOMPARE(c.nodes.first().matches.size(), 51);
    const CpeCriterion &first = c.nodes.first().matches.first();
    QCOMPARE(first.criteria, QStringLiteral("cpe:2.3:o:paloaltonetworks:pan-os:10.2.0:-:*:*:*:*:*:*"));
    QCOMPARE(first.matchCriteriaId, QStringLiteral("F54B40AC-A555-4447-B147-576D17CAB12A"));
    QVERIFY(first.vulnerable);
    bool h4 = false;
    for (const CpeCriterion &m : c.nodes.first().matches)
        h4 = h4 || m.criteria == QLatin1String("cpe:2.3:o:paloaltonetworks:pan-os:10.2.3:h4:*:*:*:*:*:*");
    QVERIFY(h4);
    QCOMPARE(v.metrics.size(), 2);
    QCOMPARE(v.metrics.first().version, QStringLiteral("3.1"));
    QCOMPARE(v.metrics.first().score, 10.0);
    QCOMPARE(v.metrics.first().severity, Severity::Critical);
    QCOMPARE(v.metrics.first().source, QStringLiteral("nvd@nist.gov"));
    QVERIFY(v.metrics.first().primary);
    QCOMPARE(v.metrics.first().vector,
             QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"));
    QVERIFY(!v.metrics.at(1).primary);
    QVERIFY(!v.references.isEmpty());
    QVERIFY(!v.references.first().url.isEmpty());
}

void TestNvdRead::andConfigurationWithPlatform()
{
    const Read r = readFile(QStringLiteral("nvd/cve_records/CVE-2022-0543.json"));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    const VulnRecord &v = r.records.first();
    QCOMPARE(v.configurations.size(), 1);
    const CpeConfiguration &c = v.configurations.first();
    QVERIFY(c.andOperator);
    QVERIFY(!c.negate);
    QCOMPARE(c.nodes.size(), 2);
    QVERIFY(!c.nodes.at(0).andOperator);
    QCOMPARE(c.nodes.at(0).matches.size(), 1);
    QCOMPARE(c.nodes.at(0).matches.first().criteria,
             QStringLiteral("cpe:2.3:a:redis:redis:-:*:*:*:*:*:*:*"));
    QVERIFY(c.nodes.at(0).matches.first().vulnerable);
    QCOMPARE(c.nodes.at(1).matches.size(), 5);
    for (const CpeCriterion &m : c.nodes.at(1).matches)
        QVERIFY(!m.vulnerable);
    QCOMPARE(c.nodes.at(1).matches.first().criteria,
             QStringLiteral("cpe:2.3:o:canonical:ubuntu_linux:20.04:*:*:*:lts:*:*:*"));
    QCOMPARE(v.references.size(), 12);
}

void TestNvdRead::v2AndV31Metrics()
{
    const Read r = readFile(QStringLiteral("nvd/cve_records/CVE-2018-13379.json"));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    const VulnRecord &v = r.records.first();
    QCOMPARE(v.metrics.size(), 3);
    const CvssMetric cna{QStringLiteral("3.1"), 9.1,
                         QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H"),
                         Severity::Critical, QStringLiteral("psirt@fortinet.com"), false};
    const CvssMetric nvd{QStringLiteral("3.1"), 9.8,
                         QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
                         Severity::Critical, QStringLiteral("nvd@nist.gov"), true};
    // v2: the severity sits next to cvssData, not inside it.
    const CvssMetric v2{QStringLiteral("2.0"), 5.0, QStringLiteral("AV:N/AC:L/Au:N/C:P/I:N/A:N"),
                        Severity::Medium, QStringLiteral("nvd@nist.gov"), true};
    QCOMPARE(v.metrics.at(0), cna);
    QCOMPARE(v.metrics.at(1), nvd);
    QCOMPARE(v.metrics.at(2), v2);
}

void TestNvdRead::v40Metrics()
{
    const Read r = readFile(QStringLiteral("nvd/cve_records/CVE-2024-0012.json"));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    const VulnRecord &v = r.records.first();
    QVERIFY(!v.metrics.isEmpty());
    QCOMPARE(v.metrics.first().version, QStringLiteral("4.0"));
    QVERIFY(v.metrics.first().vector.startsWith(QLatin1String("CVSS:4.0/")));
    QVERIFY(v.metrics.first().score > 0);
    QVERIFY(v.metrics.first().severity != Severity::Unknown);
}

void TestNvdRead::everyCveRecordFile()
{
    const QDir dir(QStringLiteral(PP_TEST_DATA "/nvd/cve_records"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 22);
    for (const QString &name : files) {
        const Read r = readFile(QStringLiteral("nvd/cve_records/") + name);
        QVERIFY2(!r.result.hasErrors(), qPrintable(name + QLatin1Char(' ') + r.errors()));
        QCOMPARE(r.records.size(), 1);
        QVERIFY2(name.startsWith(r.records.first().identifier), qPrintable(name));
        QVERIFY(!r.records.first().description.isEmpty());
        QVERIFY(r.records.first().published.isValid());
    }
}

void TestNvdRead::singleCveResponses()
{
    const QDir dir(QStringLiteral(PP_TEST_DATA "/nvd/api_responses/single_cve"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 17);
    for (const QString &name : files) {
        const Read r = readFile(QStringLiteral("nvd/api_responses/single_cve/") + name);
        QVERIFY2(!r.result.hasErrors(), qPrintable(name + QLatin1Char(' ') + r.errors()));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().identifier + QStringLiteral(".json"), name);
    }
    const Read one = readFile(QStringLiteral("nvd/api_responses/nvdapi_cves_cveId_CVE-2023-0001.json"));
    QVERIFY2(!one.result.hasErrors(), qPrintable(one.errors()));
    QCOMPARE(one.records.size(), 1);
    QCOMPARE(one.records.first().identifier, QStringLiteral("CVE-2023-0001"));
}

void TestNvdRead::bareRecordWithZ()
{
    const Read r = readBytes("{\"id\":\"CVE-2023-1234\",\"published\":\"2023-05-06T07:08:09Z\","
                             "\"lastModified\":\"2023-05-06T09:08:09+02:00\","
                             "\"descriptions\":[{\"lang\":\"es\",\"value\":\"uno\"},"
                             "{\"lang\":\"fr\",\"value\":\"deux\"}]}");
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.records.first().published, QDateTime(QDate(2023, 5, 6), QTime(7, 8, 9), QTimeZone::utc()));
    QCOMPARE(r.records.first().lastModified, r.records.first().published);
    QCOMPARE(r.records.first().description, QStringLiteral("uno")); // no English: the first
    QVERIFY(r.records.first().title.isEmpty());
}

void TestNvdRead::rejectedSkipped()
{
    QByteArray rejected = record("CVE-2020-0002");
    rejected.replace("\"Analyzed\"", "\"Rejected\"");
    const Read r = readBytes(feed({record("CVE-2020-0001"), rejected, record("CVE-2020-0003")}));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QCOMPARE(r.result.records, 2);
    QCOMPARE(r.result.skipped, 1);
    QCOMPARE(r.result.issues.size(), 1);
    QVERIFY(!r.result.issues.first().isError());
    QVERIFY(r.result.issues.first().message.contains(QLatin1String("CVE-2020-0002")));
    QCOMPARE(r.result.issues.first().line, 4);
}

void TestNvdRead::truncatedEverywhere()
{
    const QByteArray full = fileBytes(QStringLiteral("nvd/nvd_cves_api2_bundle.json"));
    for (int k = 0; k < 50; ++k) {
        const qsizetype cut = full.size() * k / 50;
        const Read r = readBytes(full.left(cut));
        QVERIFY2(r.result.hasErrors(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
        const ImportIssue *e = r.firstError();
        QVERIFY(e->line > 0);
        QVERIFY(!e->message.isEmpty());
        QCOMPARE(e->file, QStringLiteral("feed.json"));
    }
    // The last byte missing: still an error, on the last line.
    const Read r = readBytes(full.left(full.trimmed().size() - 1));
    QVERIFY(r.result.hasErrors());
    QVERIFY(r.firstError()->message.contains(QLatin1String("cut short")));
}

void TestNvdRead::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("field");
    QTest::newRow("baseScore string")
        << QByteArray("\"metrics\":{\"cvssMetricV31\":[{\"source\":\"nvd@nist.gov\",\"type\":"
                      "\"Primary\",\"cvssData\":{\"version\":\"3.1\",\"baseScore\":\"high\"}}]}")
        << QStringLiteral("vulnerabilities[1].cve.metrics.cvssMetricV31[0].cvssData.baseScore");
    QTest::newRow("configurations object")
        << QByteArray("\"configurations\":{}")
        << QStringLiteral("vulnerabilities[1].cve.configurations");
    QTest::newRow("metrics array") << QByteArray("\"metrics\":[]")
                                   << QStringLiteral("vulnerabilities[1].cve.metrics");
    QTest::newRow("negate string")
        << QByteArray("\"configurations\":[{\"nodes\":[{\"operator\":\"OR\",\"negate\":\"no\","
                      "\"cpeMatch\":[]}]}]")
        << QStringLiteral("vulnerabilities[1].cve.configurations[0].nodes[0].negate");
    QTest::newRow("operator XOR")
        << QByteArray("\"configurations\":[{\"operator\":\"XOR\",\"nodes\":[]}]")
        << QStringLiteral("vulnerabilities[1].cve.configurations[0].operator");
    QTest::newRow("tags not strings")
        << QByteArray("\"references\":[{\"url\":\"https://x\",\"tags\":[1]}]")
        << QStringLiteral("vulnerabilities[1].cve.references[0].tags[0]");
    QTest::newRow("published not a date") << QByteArray("\"lastModified\":\"yesterday\"")
                                          << QStringLiteral("vulnerabilities[1].cve.lastModified");
    QTest::newRow("kev date") << QByteArray("\"cisaExploitAdd\":\"2024-13-01\"")
                              << QStringLiteral("vulnerabilities[1].cve.cisaExploitAdd");
    QTest::newRow("score out of range")
        << QByteArray("\"metrics\":{\"cvssMetricV2\":[{\"cvssData\":{\"baseScore\":11}}]}")
        << QStringLiteral("vulnerabilities[1].cve.metrics.cvssMetricV2[0].cvssData.baseScore");
}

void TestNvdRead::wrongTypes()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, field);
    const Read r = readBytes(feed({record("CVE-2020-0001"), record("CVE-2020-0002", extra),
                                   record("CVE-2020-0003")}));
    QVERIFY(r.result.hasErrors());
    const ImportIssue *e = r.firstError();
    QCOMPARE(e->field, field);
    QCOMPARE(e->line, 4);
    QVERIFY(!e->message.isEmpty());
    // The broken record is left out, the others are read.
    QCOMPARE(r.result.records, 2);
    QVERIFY(!r.find(QStringLiteral("CVE-2020-0002")));
}

void TestNvdRead::missingId()
{
    const Read r = readBytes(feed({"{\"cve\":{\"vulnStatus\":\"Analyzed\"}}"}));
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->field, QStringLiteral("vulnerabilities[0].cve.id"));
    QCOMPARE(r.firstError()->line, 3);
    QCOMPARE(r.result.records, 0);
    const Read noCve = readBytes(feed({"{\"notcve\":{}}"}));
    QVERIFY(noCve.result.hasErrors());
    QCOMPARE(noCve.firstError()->field, QStringLiteral("vulnerabilities[0].cve"));
}

void TestNvdRead::badId()
{
    for (const QByteArray &id : {QByteArray("CVE-24-1234"), QByteArray("cve-2024-1234"),
                                QByteArray("CVE-2024-123"), QByteArray("CVE-2024-12345678901234567890"),
                                QByteArray("JVNDB-2024-000001")}) {
        const Read r = readBytes(feed({record(id)}));
        QVERIFY2(r.result.hasErrors(), id.constData());
        QCOMPARE(r.firstError()->field, QStringLiteral("vulnerabilities[0].cve.id"));
    }
}

void TestNvdRead::duplicateId()
{
    const Read r = readBytes(feed({record("CVE-2020-0001"), record("CVE-2020-0002"),
                                   record("CVE-2020-0001")}));
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->line, 5);
    QVERIFY(r.firstError()->message.contains(QLatin1String("CVE-2020-0001")));
    QVERIFY(r.firstError()->message.contains(QLatin1String("line 3")));
}

void TestNvdRead::malformedCpe()
{
    const auto config = [](const QByteArray &criteria) {
        return "\"configurations\":[{\"nodes\":[{\"operator\":\"OR\",\"negate\":false,"
               "\"cpeMatch\":[{\"vulnerable\":true,\"criteria\":\"cpe:2.3:a:x:y:1:*:*:*:*:*:*:*\"},"
               "{\"vulnerable\":true,\"criteria\":\"" + criteria + "\"}]}]}]";
    };
    for (const QByteArray &bad : {QByteArray("cpe:2.3:a:x:y"), QByteArray("cpe:/a:x:y:1"),
                                 QByteArray("not a cpe"), QByteArray("cpe:2.3:q:x:y:1:*:*:*:*:*:*:*"),
                                 QByteArray("")}) {
        const Read r = readBytes(feed({record("CVE-2020-0001", config(bad))}));
        QVERIFY2(r.result.hasErrors(), bad.constData());
        QCOMPARE(r.firstError()->field,
                 QStringLiteral("vulnerabilities[0].cve.configurations[0].nodes[0].cpeMatch[1].criteria"));
        QCOMPARE(r.firstError()->line, 3);
    }
    const Read good = readBytes(feed({record("CVE-2020-0001", config("cpe:2.3:a:x:z:*:*:*:*:*:*:*:*"))}));
    QVERIFY2(!good.result.hasErrors(), qPrintable(good.errors()));
    QCOMPARE(good.records.first().configurations.first().nodes.first().matches.size(), 2);
}

void TestNvdRead::kevGivenToNvd()
{
    const Read json = readFile(QStringLiteral("kev/known_exploited_vulnerabilities.json"));
    QVERIFY(json.result.hasErrors());
    QCOMPARE(json.records.size(), 0);
    QVERIFY(json.firstError()->message.contains(QLatin1String("KEV")));
    QCOMPARE(json.firstError()->line, 7);
    const Read csv = readFile(QStringLiteral("kev/known_exploited_vulnerabilities.csv"));
    QVERIFY(csv.result.hasErrors());
    QCOMPARE(csv.firstError()->line, 1);
    QCOMPARE(csv.records.size(), 0);
}

void TestNvdRead::jvnXmlGivenToNvd()
{
    const Read r = readBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF "
                             "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>\n");
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->line, 1);
    QVERIFY(r.firstError()->message.contains(QLatin1String("JSON object")));
}

void TestNvdRead::emptyAndGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("spaces") << QByteArray("\n\n  \n") << 4;
    QTest::newRow("array") << QByteArray("[{\"cve\":{}}]") << 1;
    QTest::newRow("string") << QByteArray("\n\"x\"") << 2;
    QTest::newRow("trailing") << feed({record("CVE-2020-0001")}) + "garbage" << 5;
    QTest::newRow("garbage in skipped key")
        << QByteArray("{\"a\":\n[1,2,@]}") << 2;
    QTest::newRow("mismatched") << QByteArray("{\"a\":[1,2}\n}") << 1;
    QTest::newRow("no colon") << QByteArray("{\"a\" 1}") << 1;
    QTest::newRow("no comma") << QByteArray("{\"a\":1\n\"b\":2}") << 2;
    QTest::newRow("vulnerabilities not array") << QByteArray("{\"vulnerabilities\":{}}") << 1;
    QTest::newRow("element not object") << feed({"42"}) << 3;
    QTest::newRow("bad element json") << feed({"{\"cve\":{\"id\" \"x\"}}"}) << 3;
    QTest::newRow("no id, no array") << QByteArray("{\"resultsPerPage\":0}") << 1;
    QTest::newRow("control char")
        << QByteArray("{\"a\":\"x\ty\"}") << 1;
    QTest::newRow("deep") << "{\"a\":" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}" << 1;
}

void TestNvdRead::emptyAndGarbage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const Read r = readBytes(bytes);
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->line, line);
    // Streaming: a record read before the garbage after the array has been handed on; the
    // error still fails the import, which stores all or nothing.
    if (QByteArray(QTest::currentDataTag()) != "trailing")
        QCOMPARE(r.records.size(), 0);
}

void TestNvdRead::bom()
{
    const Read r = readBytes("\xEF\xBB\xBF" + feed({record("CVE-2020-0001")}));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QCOMPARE(r.records.size(), 1);
    const Read half = readBytes("\xEF\xBB{}");
    QVERIFY(half.result.hasErrors());
}

void TestNvdRead::invalidUtf8()
{
    QByteArray bad = record("CVE-2020-0002");
    bad.replace(",\"vulnStatus\"", ",\n\"vulnStatus\"");
    bad.replace("Text of", "Text \xC3\x28 of");
    const Read r = readBytes(feed({record("CVE-2020-0001"), bad}));
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.firstError()->line, 5); // the record starts on line 4, the bad byte is a line on
    QVERIFY(r.firstError()->message.contains(QLatin1String("UTF-8")));
    QCOMPARE(r.result.records, 1);
    // Overlong encoding and a lone surrogate are invalid too.
    for (const QByteArray &seq : {QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"),
                                 QByteArray("\xF4\x90\x80\x80"), QByteArray("\xE2\x82")}) {
        QByteArray b = record("CVE-2020-0003");
        b.replace("Text of", "Text " + seq + " of");
        QVERIFY(readBytes(feed({b})).result.hasErrors());
    }
}

void TestNvdRead::hugeDescription()
{
    const QByteArray big(10 * 1024 * 1024, 'a');
    QByteArray rec = record("CVE-2020-0001");
    rec.replace("Text of CVE-2020-0001", big);
    const Read r = readBytes(feed({rec}));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.records.first().description.size(), FeedReadOptions().maxText);
    QCOMPARE(r.result.issues.size(), 1);
    QVERIFY(!r.result.issues.first().isError());
    QCOMPARE(r.result.issues.first().field,
             QStringLiteral("vulnerabilities[0].cve.descriptions.value"));
}

void TestNvdRead::longCriteriaIsError()
{
    FeedReadOptions o;
    o.maxText = 100;
    const QByteArray crit = "cpe:2.3:a:x:" + QByteArray(200, 'y') + ":1:*:*:*:*:*:*:*";
    const Read r = readBytes(feed({record("CVE-2020-0001",
                                          "\"configurations\":[{\"nodes\":[{\"cpeMatch\":[{"
                                          "\"criteria\":\"" + crit + "\"}]}]}]")}), o);
    QVERIFY(r.result.hasErrors());
    QVERIFY(r.firstError()->field.endsWith(QLatin1String("criteria")));
}

void TestNvdRead::htmlAndSqlVerbatim()
{
    const QString text = QStringLiteral("<script>alert('x')</script>'; DROP TABLE vulnerabilities; -- \\ \"q\" 日本語");
    QByteArray rec = record("CVE-2020-0001", "\"references\":[{\"url\":\"javascript:alert(1)\","
                                             "\"source\":\"<b>s</b>\",\"tags\":[\"' OR 1=1 --\"]}]");
    rec.replace("Text of CVE-2020-0001",
                "<script>alert('x')</script>'; DROP TABLE vulnerabilities; -- \\\\ \\\"q\\\" \\u65e5本語");
    const Read r = readBytes(feed({rec}));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.errors()));
    QCOMPARE(r.records.first().description, text);
    QCOMPARE(r.records.first().references.first().url, QStringLiteral("javascript:alert(1)"));
    QCOMPARE(r.records.first().references.first().source, QStringLiteral("<b>s</b>"));
    QCOMPARE(r.records.first().references.first().tags, QStringList{QStringLiteral("' OR 1=1 --")});
}

void TestNvdRead::skippedKeysAreNotKept()
{
    // A large key before the array is walked over; its size does not count against the
    // record limit, and keys after the array are walked too.
    QByteArray bytes = "{\"junk\":\"" + QByteArray(3 * 1024 * 1024, 'j') + "\",\"vulnerabilities\":["
                       + record("CVE-2020-0001") + "],\"after\":{\"a\":[1,2,{\"b\":null}]}}";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonStream stream(buffer, "vulnerabilities", 1024 * 1024);
    QByteArray element;
    int line = 0;
    QCOMPARE(stream.next(element, line), JsonStream::Status::Element);
    QCOMPARE(element, record("CVE-2020-0001"));
    QCOMPARE(stream.next(element, line), JsonStream::Status::End);
}

void TestNvdRead::recordTooLarge()
{
    QByteArray rec = record("CVE-2020-0001");
    rec.replace("Text of", QByteArray(300 * 1024, 'x'));
    QByteArray bytes = feed({record("CVE-2020-0002"), rec});
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonStream stream(buffer, "vulnerabilities", 100 * 1024, 4096);
    QByteArray element;
    int line = 0;
    QCOMPARE(stream.next(element, line), JsonStream::Status::Element);
    QCOMPARE(line, 3);
    QCOMPARE(stream.next(element, line), JsonStream::Status::Error);
    QCOMPARE(stream.errorLine(), 4);
    QVERIFY(stream.errorMessage().contains(QLatin1String("larger than")));
    // A bare top-level object over the limit too.
    QByteArray bare = "{\"id\":\"" + QByteArray(200 * 1024, 'x') + "\"}";
    QBuffer b2(&bare);
    b2.open(QIODevice::ReadOnly);
    JsonStream s2(b2, "vulnerabilities", 100 * 1024, 4096);
    QCOMPARE(s2.next(element, line), JsonStream::Status::Error);
}

void TestNvdRead::sinkStops()
{
    QByteArray bytes = feed({record("CVE-2020-0001"), record("CVE-2020-0002"), record("CVE-2020-0003")});
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    const FeedReadResult r = VulnFeedReader::read(VulnFeedKind::Nvd, buffer, QStringLiteral("f"),
                                                  [&](VulnRecord &&) { return ++seen < 2; });
    QCOMPARE(seen, 2);
    QVERIFY(r.stopped);
    QCOMPARE(toKey(VulnFeedKind::Nvd), QStringLiteral("nvd"));
    QCOMPARE(toKey(VulnFeedKind::Kev), QStringLiteral("kev"));
    QCOMPARE(toKey(VulnFeedKind::Jvn), QStringLiteral("jvn"));
}

void TestNvdRead::cancel()
{
    std::atomic_bool cancel{false};
    FeedReadOptions o;
    o.cancel = &cancel;
    QByteArray bytes = feed({record("CVE-2020-0001"), record("CVE-2020-0002"), record("CVE-2020-0003")});
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    const FeedReadResult r = VulnFeedReader::readNvd(buffer, QStringLiteral("f"),
                                                     [&](VulnRecord &&) {
                                                         cancel = ++seen == 2;
                                                         return true;
                                                     }, o);
    QCOMPARE(seen, 2);
    QVERIFY(r.stopped);
    QVERIFY(r.hasErrors());
}

void TestNvdRead::progress()
{
    QFile file(QStringLiteral(PP_TEST_DATA "/nvd/nvd_cves_api2_bundle.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    FeedReadOptions o;
    qint64 last = -1;
    qint64 total = -1;
    o.progress = [&](qint64 done, qint64 t) {
        QVERIFY(done >= last);
        last = done;
        total = t;
    };
    VulnFeedReader::readNvd(file, file.fileName(), [](VulnRecord &&) { return true; }, o);
    QCOMPARE(last, file.size());
    QCOMPARE(total, file.size());
}

void TestNvdRead::boundedMemory()
{
    const int count = 50000;
    GeneratedFeed device(count);
    QVERIFY(device.open(QIODevice::ReadOnly));
    JsonStream::resetPeakBufferBytes();
    int seen = 0;
    QString lastId;
    int lastLine = 0;
    const FeedReadResult r = VulnFeedReader::readNvd(device, QStringLiteral("generated.json"),
                                                     [&](VulnRecord &&v) {
                                                         ++seen;
                                                         lastId = v.identifier;
                                                         lastLine = v.line;
                                                         return !v.configurations.isEmpty();
                                                     });
    QVERIFY2(!r.hasErrors(), qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().toString()));
    QCOMPARE(seen, count);
    QCOMPARE(r.records, count);
    QCOMPARE(lastId, QStringLiteral("CVE-2024-%1").arg(100000 + count - 1));
    QCOMPARE(lastLine, count + 2);
    // Over 15 MB went through; the scanner never held more than a chunk and a record.
    QVERIFY(device.produced() > 15 * 1024 * 1024);
    const qint64 peak = JsonStream::peakBufferBytes();
    qInfo("generated %lld bytes, scanner peak buffer %lld bytes", device.produced(), peak);
    QVERIFY(peak > 0);
    QVERIFY(peak < 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestNvdRead)
#include "tst_nvdread.moc"
