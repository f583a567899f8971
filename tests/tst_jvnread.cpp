// VulnFeedReader::readJvn(): the MyJVN samples (JVNRSS and VULDEF) field by field, and hostile
// input: truncated at every few bytes, wrong roots, JSON, markup in text, huge values.
#include "models/io/vulnfeed.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace pp;

namespace {

struct Read
{
    FeedReadResult result;
    QList<VulnRecord> records;
    QString firstError() const
    {
        for (const ImportIssue &i : result.issues) {
            if (i.isError())
                return i.toString();
        }
        return {};
    }
    const ImportIssue *error() const
    {
        for (const ImportIssue &i : result.issues) {
            if (i.isError())
                return &i;
        }
        return nullptr;
    }
    std::optional<VulnRecord> byId(const QString &id) const
    {
        for (const VulnRecord &r : records) {
            if (r.identifier == id)
                return r;
        }
        return std::nullopt;
    }
};

Read readBytes(const QByteArray &data, const FeedReadOptions &options = {})
{
    Read out;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    out.result = VulnFeedReader::readJvn(
        buffer, QStringLiteral("test.xml"),
        [&](VulnRecord &&r) {
            out.records << std::move(r);
            return true;
        },
        options);
    return out;
}

QByteArray sample(const QString &name)
{
    QFile f(QStringLiteral(PP_TEST_DATA "/jvn/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// A small JVNRSS document with one item whose body is @p item.
QByteArray rss(const QByteArray &item)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\"\n"
           " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
           " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           " xmlns:dcterms=\"http://purl.org/dc/terms/\"\n"
           " xmlns:sec=\"http://jvn.jp/rss/mod_sec/3.0/\">\n"
           "<item rdf:about=\"x\">\n"
           + item + "\n</item>\n</rdf:RDF>\n";
}

const QString kContikiCpe = QStringLiteral("cpe:2.3:o:contiki-ng:contiki-ng:*:*:*:*:*:*:*:*");

} // namespace

class tst_JvnRead : public QObject
{
    Q_OBJECT

private slots:
    void rssSampleWithStatusFlaw();
    void overviewList();
    void vuldefDetail();
    void vuldefFeed();
    void prefixesDoNotMatter();
    void truncatedEverywhere_data();
    void truncatedEverywhere();
    void malformed();
    void notJvn_data();
    void notJvn();
    void markupKeptAsText();
    void hugeText();
    void badIdentifierAndCpe();
    void sinkStops();
    void largeFeedStreams();
};

void tst_JvnRead::rssSampleWithStatusFlaw()
{
    // The official sample has `retCd= 0` in status:Status: read anyway.
    const QByteArray data = sample(QStringLiteral("dataFeed_jvndb_rss_hnd.xml"));
    QVERIFY(data.contains("retCd= 0"));
    const Read r = readBytes(data);
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.firstError()));
    QCOMPARE(r.result.records, 4);
    QCOMPARE(r.records.size(), 4);
    const VulnRecord &c = r.records.at(0);
    QCOMPARE(c.source, VulnSource::Jvn);
    QCOMPARE(c.identifier, QStringLiteral("JVNDB-2023-028579"));
    QCOMPARE(c.title.toUtf8(), QByteArray("Contiki-NG における再帰制御に関する脆弱性"));
    QCOMPARE(c.description, QString::fromUtf8("Contiki-NG には、再帰制御に関する脆弱性が存在します。"));
    QCOMPARE(c.aliases, QStringList{QStringLiteral("CVE-2023-29001")});
    QCOMPARE(c.configurations.size(), 1);
    QCOMPARE(c.configurations.at(0).nodes.size(), 1);
    const CpeNode &node = c.configurations.at(0).nodes.at(0);
    QVERIFY(!node.andOperator);
    QCOMPARE(node.matches.size(), 1);
    QCOMPARE(node.matches.at(0).criteria, kContikiCpe);
    QVERIFY(node.matches.at(0).vulnerable);
    QVERIFY(node.matches.at(0).versionEndExcluding.isEmpty());
    QCOMPARE(c.metrics.size(), 1);
    QCOMPARE(c.metrics.at(0).version, QStringLiteral("3.0"));
    QCOMPARE(c.metrics.at(0).score, 7.5);
    QCOMPARE(c.metrics.at(0).severity, Severity::High);
    QCOMPARE(c.metrics.at(0).source, QStringLiteral("jvn"));
    QCOMPARE(c.metrics.at(0).vector, QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"));
    QCOMPARE(c.jvnSeverity, QStringLiteral("High"));
    // 2025-04-11T23:52+09:00 is 14:52 UTC.
    QCOMPARE(c.published, QDateTime(QDate(2025, 4, 11), QTime(14, 52), Qt::UTC));
    QCOMPARE(c.lastModified, QDateTime(QDate(2025, 4, 11), QTime(14, 52), Qt::UTC));
    QCOMPARE(c.line, 33);
    QCOMPARE(c.sourceFile, QStringLiteral("test.xml"));
    // The link, and the reference URLs trimmed of their surrounding newlines.
    QStringList urls;
    for (const VulnReference &ref : c.references)
        urls << ref.url;
    QVERIFY(urls.contains(QStringLiteral("https://jvndb.jvn.jp/ja/contents/2023/JVNDB-2023-028579.html")));
    QVERIFY(urls.contains(QStringLiteral("https://github.com/contiki-ng/contiki-ng/pull/2264")));
    QVERIFY(urls.contains(QStringLiteral("https://www.cve.org/CVERecord?id=CVE-2023-29001")));
    QCOMPARE(urls.size(), 6);

    const VulnRecord &lg = r.records.at(2);
    QCOMPARE(lg.identifier, QStringLiteral("JVNDB-2023-028577"));
    QCOMPARE(lg.configurations.at(0).nodes.at(0).matches.at(0).criteria,
             QStringLiteral("cpe:2.3:a:lg:simple_editor:*:*:*:*:*:*:*:*"));
    QCOMPARE(lg.metrics.at(0).score, 9.8);
    QCOMPARE(lg.metrics.at(0).severity, Severity::Critical);
    QCOMPARE(lg.jvnSeverity, QStringLiteral("Critical"));
    QCOMPARE(lg.aliases, QStringList{QStringLiteral("CVE-2023-40500")});
}

void tst_JvnRead::overviewList()
{
    const Read r = readBytes(sample(QStringLiteral("getVulnOverviewList_hnd.xml")));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.firstError()));
    QCOMPARE(r.records.size(), 2);
    const auto v = r.byId(QStringLiteral("JVNDB-2025-002953"));
    QVERIFY(v);
    QCOMPARE(v->aliases, QStringList{QStringLiteral("CVE-2025-31084")});
    QCOMPARE(v->configurations.at(0).nodes.at(0).matches.at(0).criteria,
             QStringLiteral("cpe:2.3:a:sunshinephotocart:sunshine_photo_cart:*:*:*:*:*:*:*:*"));
    QCOMPARE(v->metrics.at(0).score, 9.8);
    QCOMPARE(v->jvnSeverity, QStringLiteral("Critical"));
    QCOMPARE(v->published, QDateTime(QDate(2025, 4, 4), QTime(5, 45, 58), Qt::UTC));
    QVERIFY(v->title.startsWith(QString::fromUtf8("WordPress 用 Sunshine Photo Cart")));
}

void tst_JvnRead::vuldefDetail()
{
    const Read r = readBytes(sample(QStringLiteral("getVulnDetailInfo_hnd_JVNDB-2022-000097.xml")));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.firstError()));
    QCOMPARE(r.records.size(), 1);
    const VulnRecord &v = r.records.at(0);
    QCOMPARE(v.identifier, QStringLiteral("JVNDB-2022-000097"));
    QCOMPARE(v.title.toUtf8(), QByteArray("電子入札コアシステムにおける複数の脆弱性"));
    QCOMPARE(v.aliases,
             (QStringList{QStringLiteral("CVE-2022-41993"), QStringLiteral("CVE-2022-46287"),
                          QStringLiteral("CVE-2022-46288")}));
    QCOMPARE(v.configurations.size(), 1);
    QCOMPARE(v.configurations.at(0).nodes.at(0).matches.size(), 1);
    QCOMPARE(v.configurations.at(0).nodes.at(0).matches.at(0).criteria,
             QStringLiteral("cpe:2.3:a:jacic:electronic_bidding_core_system:*:*:*:*:*:*:*:*"));
    QCOMPARE(v.metrics.size(), 2);
    QCOMPARE(v.metrics.at(0).version, QStringLiteral("2.0"));
    QCOMPARE(v.metrics.at(0).score, 4.3);
    QCOMPARE(v.metrics.at(1).version, QStringLiteral("3.0"));
    QCOMPARE(v.metrics.at(1).score, 6.1);
    QCOMPARE(v.metrics.at(1).vector, QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"));
    QCOMPARE(v.metrics.at(1).severity, Severity::Medium);
    QCOMPARE(v.jvnSeverity, QStringLiteral("Medium"));
    // Escaped HTML in the overview is text; the affected versions are kept readable.
    QVERIFY(v.description.contains(QStringLiteral("<ul><li>")));
    QVERIFY(v.description.contains(QString::fromUtf8("v6 R4 およびそれ以前のバージョン")));
    QVERIFY(v.description.contains(QString::fromUtf8("電子入札コアシステム")));
    QCOMPARE(v.published, QDateTime(QDate(2022, 12, 15), QTime(3, 4, 51), Qt::UTC));
    QCOMPARE(v.lastModified, QDateTime(QDate(2024, 5, 29), QTime(8, 39, 51), Qt::UTC));
    bool jacic = false;
    for (const VulnReference &ref : v.references)
        jacic |= ref.url == QLatin1String("https://www.cals.jacic.or.jp/coreconso/pdf/coreconsoinfo20221215.pdf");
    QVERIFY(jacic);

    const Read other = readBytes(sample(QStringLiteral("getVulnDetailInfo_hnd_JVNDB-2021-002774.xml")));
    QVERIFY2(!other.result.hasErrors(), qPrintable(other.firstError()));
    QCOMPARE(other.records.size(), 1);
    QCOMPARE(other.records.at(0).identifier, QStringLiteral("JVNDB-2021-002774"));
    QVERIFY(!other.records.at(0).aliases.isEmpty());
}

void tst_JvnRead::vuldefFeed()
{
    const Read r = readBytes(sample(QStringLiteral("dataFeed_jvndb_detail_hnd.xml")));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.firstError()));
    QCOMPARE(r.records.size(), 7);
    const auto nec = r.byId(QStringLiteral("JVNDB-2025-000002"));
    QVERIFY(nec);
    // Eleven CPEs: one configuration, one OR node.
    QCOMPARE(nec->configurations.size(), 1);
    QCOMPARE(nec->configurations.at(0).nodes.size(), 1);
    QCOMPARE(nec->configurations.at(0).nodes.at(0).matches.size(), 11);
    QCOMPARE(nec->configurations.at(0).nodes.at(0).matches.at(0).criteria,
             QStringLiteral("cpe:2.3:o:nec:aterm_gb1200pe_firmware:*:*:*:*:*:*:*:*"));
    QCOMPARE(nec->aliases,
             (QStringList{QStringLiteral("CVE-2025-0354"), QStringLiteral("CVE-2025-0355"),
                          QStringLiteral("CVE-2025-0356")}));
    QCOMPARE(nec->jvnSeverity, QStringLiteral("High"));
    const auto forti = r.byId(QStringLiteral("JVNDB-2025-000003"));
    QVERIFY(forti);
    QCOMPARE(forti->aliases, QStringList{QStringLiteral("CVE-2024-55593")});
    QCOMPARE(forti->jvnSeverity, QStringLiteral("Low"));
    // Each record knows its line, for messages.
    QCOMPARE(r.records.at(0).line, 17);
}

void tst_JvnRead::prefixesDoNotMatter()
{
    // The same item with other prefixes (and RSS not as the default namespace) reads the same.
    const QByteArray doc =
        "<?xml version=\"1.0\"?>\n"
        "<R:RDF xmlns:R=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
        " xmlns:x=\"http://purl.org/rss/1.0/\" xmlns:s=\"http://jvn.jp/rss/mod_sec/3.0/\"\n"
        " xmlns:t=\"http://purl.org/dc/terms/\">\n"
        "<x:item R:about=\"a\"><x:title>T</x:title>\n"
        "<s:identifier>JVNDB-2023-028579</s:identifier>\n"
        "<s:references source=\"CVE\" id=\"CVE-2023-29001\">https://www.cve.org/</s:references>\n"
        "<s:cpe version=\"2.2\">\n  cpe:/o:contiki-ng:contiki-ng\n</s:cpe>\n"
        "<s:cvss version=\"3.0\" score=\"7.5\" severity=\"High\" type=\"Base\"/>\n"
        "<t:modified>2018-03-09T12:04:48+09:00</t:modified>\n"
        "</x:item></R:RDF>\n";
    const Read r = readBytes(doc);
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.firstError()));
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.records.at(0).title, QStringLiteral("T"));
    QCOMPARE(r.records.at(0).aliases, QStringList{QStringLiteral("CVE-2023-29001")});
    QCOMPARE(r.records.at(0).configurations.at(0).nodes.at(0).matches.at(0).criteria, kContikiCpe);
    QCOMPARE(r.records.at(0).lastModified, QDateTime(QDate(2018, 3, 9), QTime(3, 4, 48), Qt::UTC));

    // The right prefixes bound to the wrong URI are not JVN's elements: no identifier.
    QByteArray wrong = rss("<sec:identifier>JVNDB-2023-028579</sec:identifier>");
    wrong.replace("http://jvn.jp/rss/mod_sec/3.0/", "http://example.com/sec/");
    const Read w = readBytes(wrong);
    QVERIFY(w.result.hasErrors());
    QCOMPARE(w.records.size(), 0);
}

void tst_JvnRead::truncatedEverywhere_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("rss") << QStringLiteral("dataFeed_jvndb_rss_hnd.xml");
    QTest::newRow("overview") << QStringLiteral("getVulnOverviewList_hnd.xml");
    QTest::newRow("vuldef") << QStringLiteral("getVulnDetailInfo_hnd_JVNDB-2022-000097.xml");
}

void tst_JvnRead::truncatedEverywhere()
{
    QFETCH(QString, file);
    const QByteArray data = sample(file);
    QVERIFY(!data.isEmpty());
    const qsizetype lastTag = data.lastIndexOf('<');
    int cuts = 0;
    for (qsizetype cut = 1; cut <= lastTag; cut += 37) {
        const Read r = readBytes(data.left(cut));
        const ImportIssue *e = r.error();
        if (!e)
            QFAIL(qPrintable(QStringLiteral("no error when cut at %1").arg(cut)));
        QVERIFY2(e->line >= 1, qPrintable(e->toString()));
        QVERIFY(!e->message.isEmpty());
        QCOMPARE(e->file, QStringLiteral("test.xml"));
        ++cuts;
    }
    QVERIFY(cuts > 100);
}

void tst_JvnRead::malformed()
{
    // A mismatched end tag, located on its line.
    const Read r = readBytes(rss("<title>a</titel>\n<sec:identifier>JVNDB-2023-028579</sec:identifier>"));
    QVERIFY(r.result.hasErrors());
    QCOMPARE(r.error()->line, 8);
    QCOMPARE(r.records.size(), 0);
    // Unquoted attribute values are repaired only in status:Status, not elsewhere.
    const Read q = readBytes(rss("<sec:cvss version=3.0 score=\"1\"/>"));
    QVERIFY(q.result.hasErrors());
    QCOMPARE(q.error()->line, 8);
    // The repair follows the local name, not the prefix, and leaves quoted values alone.
    QByteArray status = rss("<sec:identifier>JVNDB-2024-000123</sec:identifier>");
    status.replace("</rdf:RDF>", "<st:Status xmlns:st=\"http://jvndb.jvn.jp/myjvn/Status\"\n"
                                 " retCd= 0 b='x>y' c=5/>\n</rdf:RDF>");
    const Read st = readBytes(status);
    QVERIFY2(!st.result.hasErrors(), qPrintable(st.firstError()));
    QCOMPARE(st.records.size(), 1);
    // Garbage.
    const Read g = readBytes(QByteArray("\x00\x01\x02garbage<<<>>>", 17));
    QVERIFY(g.result.hasErrors());
    const Read empty = readBytes({});
    QVERIFY(empty.result.hasErrors());
}

void tst_JvnRead::notJvn_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("oka json") << sample(QStringLiteral("dataFeed_jvndb_rss_oka.json"))
                              << QStringLiteral("3.2");
    QTest::newRow("kev json") << QByteArray("{\"catalogVersion\": \"2025.08.25\", \"vulnerabilities\": []}")
                              << QStringLiteral("JSON");
    QTest::newRow("nvd json") << QByteArray("\xEF\xBB\xBF  {\"vulnerabilities\": [{\"cve\": {}}]}")
                              << QStringLiteral("JSON");
    QTest::newRow("kev csv") << QByteArray("cveID,vendorProject,product\nCVE-2021-1,a,b\n")
                             << QStringLiteral("Not a JVN file");
    QTest::newRow("atom") << QByteArray("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                        "<title>x</title></feed>")
                          << QStringLiteral("Not a JVN file");
    QTest::newRow("rdf without namespace")
        << QByteArray("<RDF><item/></RDF>") << QStringLiteral("Not a JVN file");
}

void tst_JvnRead::notJvn()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const Read r = readBytes(data);
    QVERIFY(r.result.hasErrors());
    QVERIFY2(r.error()->message.contains(expected), qPrintable(r.error()->message));
    QVERIFY(r.error()->message.contains(QStringLiteral("JVN")));
    QCOMPARE(r.records.size(), 0);
}

void tst_JvnRead::markupKeptAsText()
{
    const QByteArray title = "&lt;script&gt;alert(1)&lt;/script&gt;'; DROP TABLE vulnerabilities;--";
    const Read r = readBytes(rss("<title>" + title + "</title>\n"
                                 "<description><![CDATA[<b>bold</b> & \"quoted\"]]></description>\n"
                                 "<sec:identifier>JVNDB-2024-000123</sec:identifier>"));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.firstError()));
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.records.at(0).title,
             QStringLiteral("<script>alert(1)</script>'; DROP TABLE vulnerabilities;--"));
    QCOMPARE(r.records.at(0).description, QStringLiteral("<b>bold</b> & \"quoted\""));
}

void tst_JvnRead::hugeText()
{
    // A description over the limit is cut with a warning; the record is still read.
    const QByteArray longText(300000, 'a');
    const Read r = readBytes(rss("<description>" + longText + "</description>\n"
                                 "<sec:identifier>JVNDB-2024-000123</sec:identifier>"));
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.firstError()));
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.records.at(0).description.size(), FeedReadOptions().maxText);
    QCOMPARE(r.result.issues.size(), 1);
    QCOMPARE(r.result.issues.at(0).severity, ImportIssue::Severity::Warning);
    QCOMPARE(r.result.issues.at(0).line, 8);
    // An identifier over it is an error.
    const Read id = readBytes(rss("<sec:identifier>" + longText + "</sec:identifier>"));
    QVERIFY(id.result.hasErrors());
    QCOMPARE(id.records.size(), 0);
    // A tiny limit applies too.
    FeedReadOptions small;
    small.maxText = 20; // room for the identifier
    const Read s = readBytes(rss("<title>0123456789abcdefghijklmnopqrstuvwxyz</title>"
                                 "<sec:identifier>JVNDB-2024-000123</sec:identifier>"),
                             small);
    QCOMPARE(s.records.value(0).title, QStringLiteral("0123456789abcdefghij"));
}

void tst_JvnRead::badIdentifierAndCpe()
{
    const Read id = readBytes(rss("<sec:identifier>JVNDB-2023-28579</sec:identifier>"));
    QVERIFY(id.result.hasErrors());
    QVERIFY(id.error()->message.contains(QStringLiteral("JVNDB-2023-28579")));
    QCOMPARE(id.error()->line, 7);
    QCOMPARE(id.records.size(), 0);
    const Read none = readBytes(rss("<title>x</title>"));
    QVERIFY(none.result.hasErrors());

    const Read cpe = readBytes(rss("<sec:identifier>JVNDB-2024-000123</sec:identifier>\n"
                                   "\n<sec:cpe version=\"2.2\">cpe:/x:bad:part</sec:cpe>"));
    QVERIFY(cpe.result.hasErrors());
    QCOMPARE(cpe.error()->line, 10);
    QCOMPARE(cpe.error()->field, QStringLiteral("cpe"));
    QVERIFY(cpe.error()->message.contains(QStringLiteral("cpe:/x:bad:part")));
    QCOMPARE(cpe.records.size(), 0);

    const Read date = readBytes(rss("<sec:identifier>JVNDB-2024-000123</sec:identifier>\n"
                                    "<dcterms:modified>yesterday</dcterms:modified>"));
    QVERIFY(date.result.hasErrors());
    QCOMPARE(date.error()->line, 9);

    const Read score = readBytes(rss("<sec:identifier>JVNDB-2024-000123</sec:identifier>\n"
                                     "<sec:cvss version=\"3.0\" score=\"11\" severity=\"High\"/>"));
    QVERIFY(score.result.hasErrors());
}

void tst_JvnRead::sinkStops()
{
    const QByteArray data = sample(QStringLiteral("dataFeed_jvndb_rss_hnd.xml"));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    int calls = 0;
    const FeedReadResult r = VulnFeedReader::readJvn(buffer, QStringLiteral("x.xml"),
                                                     [&](VulnRecord &&) { return ++calls < 2; });
    QCOMPARE(calls, 2);
    QVERIFY(r.stopped);

    // Cancelled before the first record: an error, nothing handed on.
    std::atomic_bool cancel{true};
    FeedReadOptions options;
    options.cancel = &cancel;
    const Read c = readBytes(data, options);
    QVERIFY(c.result.hasErrors());
    QVERIFY(c.result.stopped);
    QCOMPARE(c.records.size(), 0);
}

void tst_JvnRead::largeFeedStreams()
{
    // 20,000 items (about 16 MB): every record read, in bounded time; the reader is fed in
    // chunks, so a tag split across chunk borders must not matter.
    QByteArray items;
    const QByteArray whole = sample(QStringLiteral("dataFeed_jvndb_rss_hnd.xml"));
    const qsizetype from = whole.indexOf("<item ") + 6;
    const QByteArray item = whole.mid(from, whole.indexOf("</item>") - from);
    QVERIFY(item.contains("JVNDB-2023-028579"));
    constexpr int n = 20000;
    items.reserve(qsizetype(n) * (item.size() + 20));
    for (int i = 0; i < n; ++i) {
        QByteArray one = "<item " + item + "</item>\n";
        one.replace("JVNDB-2023-028579", "JVNDB-2023-" + QByteArray::number(100000 + i));
        items += one;
    }
    QByteArray doc = rss("<title>t</title><sec:identifier>JVNDB-2023-000001</sec:identifier>");
    doc.replace("</rdf:RDF>", items + "</rdf:RDF>");
    QElapsedTimer timer;
    timer.start();
    const Read r = readBytes(doc);
    const qint64 ms = timer.elapsed();
    QVERIFY2(!r.result.hasErrors(), qPrintable(r.firstError()));
    QCOMPARE(r.records.size(), n + 1);
    QCOMPARE(r.records.last().identifier, QStringLiteral("JVNDB-2023-%1").arg(100000 + n - 1));
    QCOMPARE(r.records.last().aliases, QStringList{QStringLiteral("CVE-2023-29001")});
    qInfo("%d JVNRSS items (%lld bytes) read in %lld ms", n, qint64(doc.size()), ms);
    QVERIFY(ms < 60000);
}

QTEST_GUILESS_MAIN(tst_JvnRead)
#include "tst_jvnread.moc"
