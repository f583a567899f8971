// CPE names (models/domain/cpe.h): the 2.3 formatted string and the 2.2 URI of NIST IR 7695,
// checked on every name in the sample feeds, on hand-made malformed names, and the attribute
// matching of NIST IR 7696 that vulnerability matching relies on.
#include "models/domain/cpe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace pp;

namespace {

Cpe parsed(const QString &text)
{
    const Result<Cpe> r = Cpe::parse(text);
    if (!r.ok())
        qFatal("parse(%s) failed: %s", qPrintable(text), qPrintable(r.error().message));
    return r.value();
}

Cpe cpe(const char *text)
{
    return parsed(QString::fromUtf8(text));
}

CpeAttribute value(const char *v)
{
    return CpeAttribute{CpeAttribute::Kind::Value, QString::fromLatin1(v)};
}

QStringList sampleNames()
{
    QFile f(QStringLiteral(PP_TEST_DATA "/cpe/names.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            out << QString::fromUtf8(line);
    }
    return out;
}

} // namespace

class tst_Cpe : public QObject
{
    Q_OBJECT

private slots:
    void formattedString();
    void escapes();
    void uri();
    void packedEdition();
    void sampleNamesParseAndRoundTrip();
    void malformed_data();
    void malformed();
    void matching_data();
    void matching();
    void matchesExceptVersion();
    void randomRoundTrip();
    void speed();
};

void tst_Cpe::formattedString()
{
    const Cpe c = cpe("cpe:2.3:o:paloaltonetworks:pan-os:10.2.3:h4:*:*:*:*:*:*");
    QCOMPARE(c.part(), QStringLiteral("o"));
    QCOMPARE(c.vendor(), QStringLiteral("paloaltonetworks"));
    QCOMPARE(c.product(), QStringLiteral("pan-os"));
    QCOMPARE(c.version(), QStringLiteral("10.2.3"));
    QCOMPARE(c.update(), QStringLiteral("h4"));
    QVERIFY(c.attr(Cpe::Edition).isAny());
    QVERIFY(c.attr(Cpe::Version).isValue());
    // The stored spelling quotes punctuation (WFN form); text() does not.
    QCOMPARE(c.attr(Cpe::Version).value, QStringLiteral("10\\.2\\.3"));
    QCOMPARE(c.attr(Cpe::Product).value, QStringLiteral("pan\\-os"));
    QCOMPARE(c.toFormattedString(),
             QStringLiteral("cpe:2.3:o:paloaltonetworks:pan-os:10.2.3:h4:*:*:*:*:*:*"));

    // NA, case, surrounding whitespace.
    const Cpe d = cpe("  CPE:2.3:A:Apache:Log4J:2.0:-:*:*:*:*:*:*\n");
    QCOMPARE(d.vendor(), QStringLiteral("apache"));
    QCOMPARE(d.product(), QStringLiteral("log4j"));
    QVERIFY(d.attr(Cpe::Update).isNa());
    QCOMPARE(d.update(), QStringLiteral("-"));
    QCOMPARE(d.toFormattedString(), QStringLiteral("cpe:2.3:a:apache:log4j:2.0:-:*:*:*:*:*:*"));

    // Part may be ANY; target_sw set.
    const Cpe e = cpe("cpe:2.3:*:smoothiecharts:smoothie_charts:*:*:*:*:*:node.js:*:*");
    QVERIFY(e.attr(Cpe::Part).isAny());
    QCOMPARE(e.attr(Cpe::TargetSw).text(), QStringLiteral("node.js"));

    // Wildcards at the ends stay wildcards.
    const Cpe w = cpe("cpe:2.3:a:microsoft:*sql*:??:*:*:*:*:*:*:*");
    QCOMPARE(w.attr(Cpe::Product).value, QStringLiteral("*sql*"));
    QCOMPARE(w.attr(Cpe::Version).value, QStringLiteral("??"));
    QCOMPARE(w.toFormattedString(), QStringLiteral("cpe:2.3:a:microsoft:*sql*:??:*:*:*:*:*:*:*"));
}

void tst_Cpe::escapes()
{
    // NVD's spelling "node\.js" and the plain "node.js" are the same name.
    const Cpe nvd = cpe("cpe:2.3:a:node\\.js:node\\.js:*:*:*:*:*:*:*:*");
    const Cpe plain = cpe("cpe:2.3:a:node.js:node.js:*:*:*:*:*:*:*:*");
    QCOMPARE(nvd, plain);
    QCOMPARE(nvd.vendor(), QStringLiteral("node.js"));
    QCOMPARE(nvd.attr(Cpe::Vendor).value, QStringLiteral("node\\.js"));
    QCOMPARE(nvd.toFormattedString(), QStringLiteral("cpe:2.3:a:node.js:node.js:*:*:*:*:*:*:*:*"));

    // Quoted punctuation, including ':' (which must not split) and '\' itself.
    const Cpe q = parsed(QStringLiteral(
        "cpe:2.3:a:cisco:ios_xe:16.12\\(4\\)a:*:*:*:*:*:*:*"));
    QCOMPARE(q.version(), QStringLiteral("16.12(4)a"));
    QCOMPARE(q.toFormattedString(),
             QStringLiteral("cpe:2.3:a:cisco:ios_xe:16.12\\(4\\)a:*:*:*:*:*:*:*"));
    const Cpe colon = cpe("cpe:2.3:a:vendor:a\\:b\\\\c:1\\*:*:*:*:*:*:*:*");
    QCOMPARE(colon.product(), QStringLiteral("a:b\\c"));
    QCOMPARE(colon.version(), QStringLiteral("1*")); // a quoted star is a character
    QCOMPARE(colon.attr(Cpe::Version).value, QStringLiteral("1\\*"));
    QCOMPARE(parsed(colon.toFormattedString()), colon);
    const Cpe plus = cpe("cpe:2.3:a:gnu:g\\+\\+:*:*:*:*:*:*:*:*");
    QCOMPARE(plus.product(), QStringLiteral("g++"));
    // A value that is only a quoted hyphen is not NA.
    const Cpe hyphen = cpe("cpe:2.3:a:x:y:\\-:*:*:*:*:*:*:*");
    QVERIFY(hyphen.attr(Cpe::Version).isValue());
    QCOMPARE(parsed(hyphen.toFormattedString()), hyphen);
}

void tst_Cpe::uri()
{
    const Cpe jvn = cpe("cpe:/o:redhat:enterprise_linux:8");
    QCOMPARE(jvn.part(), QStringLiteral("o"));
    QCOMPARE(jvn.product(), QStringLiteral("enterprise_linux"));
    QCOMPARE(jvn.version(), QStringLiteral("8"));
    QVERIFY(jvn.attr(Cpe::Update).isAny()); // missing trailing fields are ANY
    QVERIFY(jvn.attr(Cpe::Other).isAny());
    QCOMPARE(jvn.toFormattedString(),
             QStringLiteral("cpe:2.3:o:redhat:enterprise_linux:8:*:*:*:*:*:*:*"));
    // The same name in both bindings.
    QCOMPARE(cpe("cpe:/a:dendai.ac.jp:myjvn_api"),
             cpe("cpe:2.3:a:dendai\\.ac\\.jp:myjvn_api:*:*:*:*:*:*:*:*"));
    // Percent-encoding is decoded into quoted punctuation.
    const Cpe pct = parsed(QStringLiteral(
        "cpe:/a:rockwellautomation:industrial_data_center_%28idc%29_with_veeam"));
    QCOMPARE(pct.product(), QStringLiteral("industrial_data_center_(idc)_with_veeam"));
    QCOMPARE(pct.toFormattedString(),
             QStringLiteral("cpe:2.3:a:rockwellautomation:"
                            "industrial_data_center_\\(idc\\)_with_veeam:*:*:*:*:*:*:*:*"));
    // %01 and %02 are the wildcards '?' and '*'.
    const Cpe wild = cpe("cpe:/a:foo%5cbar:big%24money:10.%02:%01%01:-");
    QCOMPARE(wild.vendor(), QStringLiteral("foo\\bar"));
    QCOMPARE(wild.product(), QStringLiteral("big$money"));
    QCOMPARE(wild.attr(Cpe::Version).value, QStringLiteral("10\\.*"));
    QCOMPARE(wild.attr(Cpe::Update).value, QStringLiteral("??"));
    QVERIFY(wild.attr(Cpe::Edition).isNa());
    // An empty part (JVN writes "cpe:/:dendai.ac.jp") is ANY.
    const Cpe noPart = cpe("cpe:/:dendai.ac.jp");
    QVERIFY(noPart.attr(Cpe::Part).isAny());
    QCOMPARE(noPart.vendor(), QStringLiteral("dendai.ac.jp"));
    QCOMPARE(cpe("CPE:/A:Microsoft:SQL_Server").product(), QStringLiteral("sql_server"));
}

void tst_Cpe::packedEdition()
{
    const Cpe c = cpe("cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~");
    QVERIFY(c.attr(Cpe::Update).isNa());
    QVERIFY(c.attr(Cpe::Edition).isAny());
    QCOMPARE(c.attr(Cpe::SwEdition).text(), QStringLiteral("online"));
    QCOMPARE(c.attr(Cpe::TargetSw).text(), QStringLiteral("win2003"));
    QCOMPARE(c.attr(Cpe::TargetHw).text(), QStringLiteral("x64"));
    QVERIFY(c.attr(Cpe::Other).isAny());
    QCOMPARE(c.toFormattedString(),
             QStringLiteral("cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:"
                            "x64:*"));
    const Cpe na = cpe("cpe:/a:x:y:1:2:~-~pro~~~:en-us");
    QVERIFY(na.attr(Cpe::Edition).isNa());
    QCOMPARE(na.attr(Cpe::SwEdition).text(), QStringLiteral("pro"));
    QCOMPARE(na.attr(Cpe::Language).text(), QStringLiteral("en-us"));
    const auto bad = Cpe::parse(u"cpe:/a:x:y:1:2:~a~b~c");
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QLatin1String("edition")),
             qPrintable(bad.error().message));
}

void tst_Cpe::sampleNamesParseAndRoundTrip()
{
    const QStringList names = sampleNames();
    QVERIFY(names.size() > 300);
    int uris = 0;
    int shortened = 0;
    for (const QString &name : names) {
        const Result<Cpe> r = Cpe::parse(name);
        // JVN's 2.3 names keep the 2.2 percent-encoding, which a formatted string does not
        // allow ('%' must be quoted); the importer reads the URI of the same product instead.
        if (name.startsWith(QLatin1String("cpe:2.3:")) && name.contains(QLatin1Char('%'))) {
            QVERIFY2(!r.ok(), qPrintable(name));
            QVERIFY2(r.error().message.contains(QLatin1String("field 4 (product)")),
                     qPrintable(r.error().message));
            QCOMPARE(r.error().kind, ErrorKind::InputRejected);
            continue;
        }
        // endoflife.date's identifiers shorten 2.3 names to part:vendor:product; a formatted
        // string has exactly 13 fields, so the caller pads them with ANY.
        if (name.startsWith(QLatin1String("cpe:2.3:")) && name.count(QLatin1Char(':')) < 12) {
            QVERIFY2(!r.ok(), qPrintable(name));
            QVERIFY2(r.error().message.contains(QStringLiteral("has %1 fields")
                                                    .arg(name.count(QLatin1Char(':')) + 1)),
                     qPrintable(r.error().message));
            QString padded = name;
            while (padded.count(QLatin1Char(':')) < 12)
                padded += QStringLiteral(":*");
            const Cpe p = parsed(padded);
            QCOMPARE(p.toFormattedString(), padded);
            ++shortened;
            continue;
        }
        if (!r.ok())
            QFAIL(qPrintable(name + QStringLiteral(": ") + r.error().message));
        const QString fs = r->toFormattedString();
        QCOMPARE(parsed(fs), r.value());
        QCOMPARE(fs.count(QLatin1Char(':')), 12);
        if (name.startsWith(QLatin1String("cpe:2.3:")))
            QCOMPARE(fs, name.toLower()); // these samples are already canonical
        else
            ++uris;
    }
    QVERIFY(uris >= 30);
    QVERIFY(shortened >= 10);
}

void tst_Cpe::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("blank") << "   " << "empty";
    QTest::newRow("not a cpe") << "pkg:npm/lodash@4.17.21" << "not a CPE name";
    QTest::newRow("cpe 2.4") << "cpe:2.4:a:b:c:*:*:*:*:*:*:*:*" << "not a CPE name";
    QTest::newRow("12 fields") << "cpe:2.3:a:apache:log4j:2.0:*:*:*:*:*:*" << "has 12 fields";
    QTest::newRow("14 fields") << "cpe:2.3:a:apache:log4j:2.0:*:*:*:*:*:*:*:*" << "has 14 fields";
    QTest::newRow("3 fields") << "cpe:2.3:a" << "has 3 fields";
    QTest::newRow("trailing backslash") << "cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:x\\"
                                       << "field 12 (other) ends with a backslash";
    QTest::newRow("escaped alnum") << "cpe:2.3:a:apache:lo\\g4j:*:*:*:*:*:*:*:*"
                                   << "field 4 (product): the backslash before 'g'";
    QTest::newRow("bad part") << "cpe:2.3:x:apache:log4j:*:*:*:*:*:*:*:*" << "field 2 (part)";
    QTest::newRow("na part") << "cpe:2.3:-:apache:log4j:*:*:*:*:*:*:*:*" << "field 2 (part)";
    QTest::newRow("long part") << "cpe:2.3:app:apache:log4j:*:*:*:*:*:*:*:*" << "field 2 (part)";
    QTest::newRow("space") << "cpe:2.3:a:apache:log 4j:*:*:*:*:*:*:*:*"
                           << "field 4 (product): the character U+0020";
    QTest::newRow("tab") << "cpe:2.3:a:apache:log4j:2.0\t1:*:*:*:*:*:*:*" << "field 5 (version)";
    QTest::newRow("non-ascii") << QStringLiteral("cpe:2.3:a:apache:l\u00f6g4j:*:*:*:*:*:*:*:*")
                               << "field 4 (product)";
    QTest::newRow("unquoted punctuation") << "cpe:2.3:a:gnu:g++:*:*:*:*:*:*:*:*"
                                          << "field 4 (product): the character '+' must be quoted";
    QTest::newRow("wildcard in middle") << "cpe:2.3:a:microsoft:sql*server:*:*:*:*:*:*:*:*"
                                        << "field 4 (product): the wildcard '*' is in the middle";
    QTest::newRow("question in middle") << "cpe:2.3:a:microsoft:sql?server:*:*:*:*:*:*:*:*"
                                        << "field 4 (product): the wildcard '?'";
    QTest::newRow("double star") << "cpe:2.3:a:microsoft:**sql:*:*:*:*:*:*:*:*"
                                 << "field 4 (product)";
    QTest::newRow("star only wildcards") << "cpe:2.3:a:microsoft:*?:*:*:*:*:*:*:*:*"
                                         << "field 4 (product)";
    QTest::newRow("empty field") << "cpe:2.3:a:apache::*:*:*:*:*:*:*:*"
                                 << "field 4 (product) is empty";
    QTest::newRow("huge") << QStringLiteral("cpe:2.3:a:b:") + QString(5000, QLatin1Char('c'))
                                 + QStringLiteral(":*:*:*:*:*:*:*:*")
                          << "at most 2048";
    QTest::newRow("uri 8 components") << "cpe:/a:b:c:d:e:f:g:h" << "8 components";
    QTest::newRow("uri bad percent") << "cpe:/a:b:c%2" << "field 4 (product): '%'";
    QTest::newRow("uri percent letter") << "cpe:/a:b:c%41" << "field 4 (product)";
    QTest::newRow("uri raw star") << "cpe:/a:b:c*" << "field 4 (product): the character '*'";
    QTest::newRow("uri bad part") << "cpe:/x:b:c" << "field 2 (part)";
    QTest::newRow("uri wildcard in middle") << "cpe:/a:b:c%02d" << "field 4 (product)";
}

void tst_Cpe::malformed()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<Cpe> r = Cpe::parse(text);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toFormattedString() : QString()));
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(r.error().message));
}

void tst_Cpe::matching_data()
{
    QTest::addColumn<CpeAttribute>("source");
    QTest::addColumn<CpeAttribute>("target");
    QTest::addColumn<bool>("matches");
    const CpeAttribute any = CpeAttribute::any();
    const CpeAttribute na = CpeAttribute::na();
    QTest::newRow("any/any") << any << any << true;
    QTest::newRow("any/na") << any << na << true;
    QTest::newRow("any/value") << any << value("x") << true;
    QTest::newRow("na/na") << na << na << true;
    QTest::newRow("na/any") << na << any << true;
    QTest::newRow("na/value") << na << value("x") << false;
    QTest::newRow("value/any") << value("windows") << any << true;
    QTest::newRow("value/na") << value("windows") << na << false;
    QTest::newRow("equal") << value("node\\.js") << value("node\\.js") << true;
    QTest::newRow("differ") << value("node\\.js") << value("nodejs") << false;
    QTest::newRow("case") << value("Windows") << value("windows") << true;
    QTest::newRow("prefix only") << value("window") << value("windows") << false;
    QTest::newRow("trailing star") << value("10\\.2*") << value("10\\.2\\.3") << true;
    QTest::newRow("trailing star empty") << value("10\\.2*") << value("10\\.2") << true;
    QTest::newRow("trailing star no") << value("10\\.2*") << value("10\\.3") << false;
    QTest::newRow("leading star") << value("*server") << value("sql_server") << true;
    QTest::newRow("leading star no") << value("*server") << value("server_x") << false;
    QTest::newRow("both stars") << value("*sql*") << value("microsoft_sql_server") << true;
    QTest::newRow("both stars no") << value("*sql*") << value("oracle") << false;
    QTest::newRow("question one") << value("1\\.?") << value("1\\.5") << true;
    QTest::newRow("question too long") << value("1\\.?") << value("1\\.50") << false;
    QTest::newRow("question too short") << value("1\\.?") << value("1\\.") << false;
    QTest::newRow("two questions") << value("??abc") << value("xyabc") << true;
    QTest::newRow("two questions no") << value("??abc") << value("xabc") << false;
    QTest::newRow("questions only") << value("??") << value("ab") << true;
    QTest::newRow("questions only no") << value("??") << value("abc") << false;
    QTest::newRow("quoted star is literal") << value("1\\*") << value("10") << false;
    QTest::newRow("quoted star equal") << value("1\\*") << value("1\\*") << true;
    QTest::newRow("target star literal") << value("abc") << value("ab*") << false;
}

void tst_Cpe::matching()
{
    QFETCH(CpeAttribute, source);
    QFETCH(CpeAttribute, target);
    QFETCH(bool, matches);
    QCOMPARE(cpeAttributeMatches(source, target), matches);
}

void tst_Cpe::matchesExceptVersion()
{
    const auto holds = [](const char *criteria, const char *target) {
        return cpeMatchesExceptVersion(cpe(criteria), cpe(target));
    };
    const char *panos = "cpe:2.3:o:paloaltonetworks:pan-os:10.2.3:h4:*:*:*:*:*:*";
    // Version and update are the caller's business.
    QVERIFY(holds(panos, "cpe:2.3:o:paloaltonetworks:pan-os:11.0.0:-:*:*:*:*:*:*"));
    QVERIFY(holds(panos, "cpe:/o:paloaltonetworks:pan-os"));
    QVERIFY(!holds(panos, "cpe:2.3:a:paloaltonetworks:pan-os:10.2.3:*:*:*:*:*:*:*"));
    QVERIFY(!holds(panos, "cpe:2.3:o:paloaltonetworks:globalprotect:10.2.3:*:*:*:*:*:*:*"));
    // target_sw: a Windows-only criterion does not hit a Linux build; unknown may.
    const char *win = "cpe:2.3:a:zoom:meetings:*:*:*:*:*:windows:*:*";
    QVERIFY(!holds(win, "cpe:2.3:a:zoom:meetings:5.0:*:*:*:*:linux:*:*"));
    QVERIFY(holds(win, "cpe:2.3:a:zoom:meetings:5.0:*:*:*:*:*:*:*"));
    // sw_edition NA in the criteria: the FIPS edition is a different product line.
    const char *citrix =
        "cpe:2.3:a:citrix:netscaler_application_delivery_controller:*:*:*:*:-:*:*:*";
    QVERIFY(!holds(citrix,
                   "cpe:2.3:a:citrix:netscaler_application_delivery_controller:13.1:*:*:*:fips:"
                   "*:*:*"));
    QVERIFY(holds(citrix,
                  "cpe:2.3:a:citrix:netscaler_application_delivery_controller:13.1:*:*:*:*:*:*:*"));
    // Vendor spelled with or without NVD's quoting.
    QVERIFY(holds("cpe:2.3:a:node\\.js:node\\.js:*:*:*:*:*:*:*:*",
                  "cpe:/a:node.js:node.js:18.1.0"));
}

void tst_Cpe::randomRoundTrip()
{
    // Random names over the characters that matter: each either is rejected with a message, or
    // reads back equal from its canonical string and matches itself.
    QRandomGenerator rng(7695);
    static const QString fsChars = QStringLiteral("ab0.-_~*?\\:%+( ");
    static const QString uriChars = QStringLiteral("ab0.-_~%0127c:");
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        const bool uri = rng.bounded(3) == 0;
        const QString &chars = uri ? uriChars : fsChars;
        QString name = uri ? QStringLiteral("cpe:/") : QStringLiteral("cpe:2.3:a");
        for (int f = 0; f < (uri ? 6 : 11); ++f) {
            if (!uri)
                name += QLatin1Char(':');
            // Mostly well-formed fields, so that enough names get through to the round trip.
            const int kind = int(rng.bounded(6));
            if (kind == 0) {
                name += uri ? QString() : QStringLiteral("*");
            } else if (kind == 1) {
                name += QLatin1Char('-');
            } else {
                const QString &pool = kind == 5 ? chars : QStringLiteral("ab0.-_");
                const int len = int(rng.bounded(5)) + 1;
                for (int k = 0; k < len; ++k)
                    name += pool[rng.bounded(int(pool.size()))];
            }
            if (uri)
                name += QLatin1Char(':');
        }
        const Result<Cpe> r = Cpe::parse(name);
        if (!r.ok()) {
            QCOMPARE(r.error().kind, ErrorKind::InputRejected);
            QVERIFY(!r.error().message.isEmpty());
            continue;
        }
        ++accepted;
        const Result<Cpe> again = Cpe::parse(r->toFormattedString());
        if (!again.ok())
            QFAIL(qPrintable(name + QStringLiteral(" -> ") + r->toFormattedString()
                             + QStringLiteral(": ") + again.error().message));
        QVERIFY2(again.value() == r.value(), qPrintable(name));
        QCOMPARE(again->toFormattedString(), r->toFormattedString());
        if (!r->toFormattedString().contains(QLatin1Char('*'))
            && !r->toFormattedString().contains(QLatin1Char('?')))
            QVERIFY2(cpeMatchesExceptVersion(r.value(), again.value()), qPrintable(name));
    }
    qInfo("%d of 20000 random names accepted", accepted);
    QVERIFY(accepted > 500);
}

void tst_Cpe::speed()
{
    // Matching parses every criterion once per run: 300,000 CVEs have millions of them.
    const QString name = QStringLiteral(
        "cpe:2.3:a:microsoft:exchange_server:2019:cumulative_update_12:*:*:*:*:*:*");
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 20000; ++i) {
        const auto r = Cpe::parse(name);
        QVERIFY(r.ok());
    }
    const qint64 ms = t.elapsed();
    qInfo("20,000 parses: %lld ms", ms);
    // Generous for a Debug build (about 3 microseconds a name in Release).
    QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(tst_Cpe)
#include "tst_cpe.moc"
