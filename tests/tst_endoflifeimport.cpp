// The endoflife.date importer, reading files: see tst_endoflifeimport.h.
#include "tst_endoflifeimport.h"

#include <QElapsedTimer>

using namespace pp;
using namespace pp::test;

namespace {

SupportEnd fieldOf(const ReleaseLifecycle &r, const QString &field)
{
    if (field == QLatin1String("active"))
        return r.activeSupport;
    if (field == QLatin1String("eosl"))
        return r.securitySupport;
    return r.extendedSupport;
}

} // namespace

void tst_EndOfLifeImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_EndOfLifeImport::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(data);
    return path;
}

void tst_EndOfLifeImport::bothFormsOfTheSamples()
{
    for (const QString &dir : {v0Dir(), v1Dir()}) {
        const EndOfLifePreview p = EndOfLifeImport::parse({dir});
        QVERIFY2(!p.hasErrors(), qPrintable(p.issues.value(0).toString()));
        QCOMPARE(p.files.size(), 22);
        QCOMPARE(p.releaseCount(), 413);
        const auto rhel8 = releaseOf(p, QStringLiteral("rhel"), QStringLiteral("8"));
        QVERIFY(rhel8);
        QCOMPARE(rhel8->releaseDate, QDate(2019, 5, 7));
        QCOMPARE(rhel8->activeSupport, SupportEnd::on(QDate(2024, 5, 31)));
        QCOMPARE(rhel8->securitySupport, SupportEnd::on(QDate(2029, 5, 31)));
        QCOMPARE(rhel8->extendedSupport, SupportEnd::on(QDate(2033, 5, 31)));
        QCOMPARE(rhel8->latest, QStringLiteral("8.10")); // text: "8.10" is not 8.1
        QCOMPARE(rhel8->sourceFile, QStringLiteral("rhel.json"));
        // A leap day in the real data.
        const auto rhel4 = releaseOf(p, QStringLiteral("rhel"), QStringLiteral("4"));
        QVERIFY(rhel4);
        QCOMPARE(rhel4->securitySupport, SupportEnd::on(QDate(2012, 2, 29)));
        for (const EndOfLifeFile &f : p.files) {
            QCOMPARE(f.form, dir == v0Dir() ? EndOfLifeForm::V0List : EndOfLifeForm::V1Object);
            QCOMPARE(f.releaseLines.size(), f.releases.size());
        }
    }
}

void tst_EndOfLifeImport::realRows_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QString v0 = v0Dir();
    const QString v1 = v1Dir();
    // v0 "support": false = active support has ENDED (inverted: it says "still supported").
    QTest::newRow("v0 python 3.5 support:false") << v0 << "python" << "3.5" << "active" << "ended";
    QTest::newRow("v1 python 3.5 isEoas:true") << v1 << "python" << "3.5" << "active" << "ended";
    // v0 "support": true = still supported, no end announced.
    QTest::newRow("v0 mysql 9.7 support:true") << v0 << "mysql" << "9.7" << "active"
                                               << "not announced";
    QTest::newRow("v1 mysql 9.7 isEoas:false") << v1 << "mysql" << "9.7" << "active"
                                               << "not announced";
    QTest::newRow("v0 kubernetes 1.16 support:false") << v0 << "kubernetes" << "1.16" << "active"
                                                      << "ended";
    // "eol" is NOT inverted: true = ended, false = no end announced.
    QTest::newRow("v0 nodejs 3 eol:true") << v0 << "nodejs" << "3" << "eosl" << "ended";
    QTest::newRow("v1 nodejs 3 isEol:true") << v1 << "nodejs" << "3" << "eosl" << "ended";
    QTest::newRow("v0 redis 8.10 eol:false") << v0 << "redis" << "8.10" << "eosl" << "not announced";
    QTest::newRow("v1 redis 8.10 isEol:false") << v1 << "redis" << "8.10" << "eosl"
                                               << "not announced";
    QTest::newRow("v0 tomcat 11.0 eol:false") << v0 << "tomcat" << "11.0" << "eosl"
                                              << "not announced";
    // v0 "extendedSupport": true = extended support continues (eoes:false), no end announced.
    QTest::newRow("v0 nodejs 22 extendedSupport:true") << v0 << "nodejs" << "22" << "extended"
                                                       << "not announced";
    QTest::newRow("v1 nodejs 22 isEoes:false") << v1 << "nodejs" << "22" << "extended"
                                               << "not announced";
    // v0 "extendedSupport": false = none (the release has no extended support): ended.
    QTest::newRow("v0 windows-server 2025 extendedSupport:false")
        << v0 << "windows-server" << "2025" << "extended" << "ended";
    QTest::newRow("v1 windows-server 2025 isEoes:null") << v1 << "windows-server" << "2025"
                                                        << "extended" << "ended";
    QTest::newRow("v0 nodejs 3 extendedSupport:false") << v0 << "nodejs" << "3" << "extended"
                                                       << "ended";
    // Dates win; in v1 over the is* flag computed on the day the file was made.
    QTest::newRow("v0 windows-server 2016 extendedSupport date")
        << v0 << "windows-server" << "2016" << "extended" << "2030-01-12";
    QTest::newRow("v1 windows-server 2016 eoesFrom with isEoes:false")
        << v1 << "windows-server" << "2016" << "extended" << "2030-01-12";
    QTest::newRow("v1 windows-server 2012-r2 eolFrom with isEol:true")
        << v1 << "windows-server" << "2012-r2" << "eosl" << "2023-10-10";
    QTest::newRow("v0 rhel 7 support date") << v0 << "rhel" << "7" << "active" << "2019-08-06";
    // Absent: the product has no such column.
    QTest::newRow("v0 apache 2.4 no support key") << v0 << "apache-http-server" << "2.4" << "active"
                                                  << "unknown";
    QTest::newRow("v1 apache 2.4 no isEoas key") << v1 << "apache-http-server" << "2.4" << "active"
                                                 << "unknown";
    QTest::newRow("v0 rhel 8 extendedSupport date") << v0 << "rhel" << "8" << "extended"
                                                              << "2033-05-31";
    QTest::newRow("v0 postgresql 13 no extendedSupport key") << v0 << "postgresql" << "13"
                                                             << "extended" << "unknown";
}

void tst_EndOfLifeImport::realRows()
{
    QFETCH(QString, dir);
    QFETCH(QString, product);
    QFETCH(QString, cycle);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const EndOfLifePreview p = EndOfLifeImport::parse({dir + QLatin1Char('/') + product
                                                       + QLatin1String(".json")});
    QVERIFY(!p.hasErrors());
    const auto r = releaseOf(p, product, cycle);
    QVERIFY(r);
    QCOMPARE(fieldOf(*r, field).toText(), expected);
}

void tst_EndOfLifeImport::v0AndV1AgreeOnEveryRelease()
{
    // The two forms are generated from the same data: read correctly, they give the same dates
    // and states for all 413 cycles (v0's inverted booleans against v1's explicit flags).
    const EndOfLifePreview v0 = EndOfLifeImport::parse({v0Dir()});
    const EndOfLifePreview v1 = EndOfLifeImport::parse({v1Dir()});
    int compared = 0;
    for (const EndOfLifeFile &f : v0.files) {
        for (const ReleaseLifecycle &r : f.releases) {
            const auto other = releaseOf(v1, f.product.id, r.cycle);
            QVERIFY2(other, qPrintable(f.product.id + QLatin1Char(' ') + r.cycle));
            const QString where = f.product.id + QLatin1Char(' ') + r.cycle;
            QVERIFY2(r.releaseDate == other->releaseDate, qPrintable(where));
            QVERIFY2(r.activeSupport == other->activeSupport, qPrintable(where));
            QVERIFY2(r.securitySupport == other->securitySupport, qPrintable(where));
            QVERIFY2(r.extendedSupport == other->extendedSupport, qPrintable(where));
            QVERIFY2(r.latest == other->latest, qPrintable(where));
            ++compared;
        }
    }
    QCOMPARE(compared, 413);
}

void tst_EndOfLifeImport::syntheticCases_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("eosl");
    QTest::addColumn<QString>("extended");
    const QByteArray head = R"({"result": {"name": "x", "releases": [{"name": "1", )";
    const QByteArray tail = "}]}}";
    QTest::newRow("v0 dates") << QByteArray(R"([{"cycle":"1","support":"2020-01-31","eol":"2024-02-29","extendedSupport":"2030-12-31"}])")
                              << "2020-01-31" << "2024-02-29" << "2030-12-31";
    QTest::newRow("v0 true") << QByteArray(R"([{"cycle":"1","support":true,"eol":true,"extendedSupport":true}])")
                             << "not announced" << "ended" << "not announced";
    QTest::newRow("v0 false") << QByteArray(R"([{"cycle":"1","support":false,"eol":false,"extendedSupport":false}])")
                              << "ended" << "not announced" << "ended";
    QTest::newRow("v0 absent") << QByteArray(R"([{"cycle":"1"}])") << "unknown" << "unknown"
                               << "unknown";
    QTest::newRow("v0 null") << QByteArray(R"([{"cycle":"1","support":null,"eol":null}])")
                             << "unknown" << "unknown" << "unknown";
    QTest::newRow("v1 date wins over true") << head + R"("isEoas": true, "eoasFrom": "2020-01-31", "isEol": true, "eolFrom": "2021-01-31", "isEoes": true, "eoesFrom": "2022-01-31")" + tail
                                            << "2020-01-31" << "2021-01-31" << "2022-01-31";
    QTest::newRow("v1 date wins over false") << head + R"("isEoas": false, "eoasFrom": "2030-01-31", "isEol": false, "eolFrom": "2031-01-31", "isEoes": false, "eoesFrom": "2032-01-31")" + tail
                                             << "2030-01-31" << "2031-01-31" << "2032-01-31";
    QTest::newRow("v1 true no date") << head + R"("isEoas": true, "eoasFrom": null, "isEol": true, "eolFrom": null, "isEoes": true, "eoesFrom": null)" + tail
                                     << "ended" << "ended" << "ended";
    QTest::newRow("v1 false no date") << head + R"("isEoas": false, "eoasFrom": null, "isEol": false, "eolFrom": null, "isEoes": false, "eoesFrom": null)" + tail
                                      << "not announced" << "not announced" << "not announced";
    QTest::newRow("v1 nulls") << head + R"("isEoas": null, "eoasFrom": null, "isEol": null, "eolFrom": null, "isEoes": null, "eoesFrom": null)" + tail
                              << "unknown" << "unknown" << "ended";
    QTest::newRow("v1 absent") << head + R"("releaseDate": "2020-01-01")" + tail << "unknown"
                               << "unknown" << "unknown";
}

void tst_EndOfLifeImport::syntheticCases()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, active);
    QFETCH(QString, eosl);
    QFETCH(QString, extended);
    const EndOfLifePreview p = EndOfLifeImport::parseData(json, QStringLiteral("x.json"));
    QVERIFY2(!p.hasErrors(), qPrintable(p.issues.value(0).toString()));
    QCOMPARE(p.releaseCount(), 1);
    const ReleaseLifecycle r = p.files.constFirst().releases.constFirst();
    QCOMPARE(r.activeSupport.toText(), active);
    QCOMPARE(r.securitySupport.toText(), eosl);
    QCOMPARE(r.extendedSupport.toText(), extended);
}

void tst_EndOfLifeImport::v1ProductMetadata()
{
    const EndOfLifePreview p = EndOfLifeImport::parse({v1Dir() + QLatin1String("/postgresql.json")});
    QVERIFY(!p.hasErrors());
    const EolProduct &pg = p.files.constFirst().product;
    QCOMPARE(pg.id, QStringLiteral("postgresql"));
    QCOMPARE(pg.category, QStringLiteral("database"));
    QVERIFY(pg.aliases.contains(QStringLiteral("pgsql")));
    QVERIFY(pg.identifiersOf(QStringLiteral("cpe")).contains(
        QStringLiteral("cpe:2.3:a:postgresql:postgresql")));
    QVERIFY(pg.identifiersOf(QStringLiteral("purl")).contains(
        QStringLiteral("pkg:docker/library/postgres")));
    // v1 labels lose their " (LTS)" suffix (the LTS flag says it) and agree with v0's.
    const EndOfLifePreview ws = EndOfLifeImport::parse({v1Dir() + QLatin1String("/windows-server.json")});
    QCOMPARE(releaseOf(ws, QStringLiteral("windows-server"), QStringLiteral("2012-r2"))->label,
             QStringLiteral("Windows Server 2012 R2"));
}

void tst_EndOfLifeImport::badInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray rhel = readFile(v0Dir() + QLatin1String("/rhel.json"));
    const QByteArray pretty = "[\n  {\n    \"cycle\": \"8\",\n    \"releaseDate\": \"2019-05-07\",\n"
                              "    \"eol\": \"2029-05-31\"\n  },\n  {\n    \"cycle\": \"9\",\n"
                              "    \"releaseDate\": \"2022-05-18\",\n    \"eol\": \"2032-05-31\"\n"
                              "  }\n]\n";
    auto swapped = [&](const char *from, const char *to) {
        return QByteArray(pretty).replace(from, to);
    };
    const QString v0 = QStringLiteral("rhel.json");
    const QString v1 = QStringLiteral("rhel-v1.json");
    QTest::newRow("truncated") << v0 << pretty.left(pretty.indexOf("\"cycle\": \"9\"")) << 8 << ""
                               << "not valid JSON";
    QTest::newRow("truncated sample") << v0 << rhel.left(rhel.size() / 2) << 1 << ""
                                      << "not valid JSON";
    QTest::newRow("not json") << v0 << QByteArray("cycle,eol\n8,2029-05-31\n") << 1 << ""
                              << "not valid JSON";
    QTest::newRow("html") << v0 << QByteArray("<html><body>Not Found</body></html>") << 1 << ""
                          << "not valid JSON";
    QTest::newRow("empty") << v0 << QByteArray() << 0 << "" << "empty";
    QTest::newRow("number where a date is") << v0 << swapped("\"eol\": \"2032-05-31\"", "\"eol\": 2032")
                                            << 10 << "eol" << "a number";
    QTest::newRow("number for releaseDate") << v0 << swapped("\"2019-05-07\"", "20190507") << 4
                                            << "releaseDate" << "a number";
    QTest::newRow("object for eol") << v0 << swapped("\"eol\": \"2029-05-31\"", "\"eol\": {}") << 5
                                    << "eol" << "an object";
    QTest::newRow("impossible date") << v0 << swapped("2022-05-18", "2025-02-30") << 9
                                     << "releaseDate" << "not a real date";
    QTest::newRow("not a leap year") << v0 << swapped("2029-05-31", "2023-02-29") << 5 << "eol"
                                     << "not a real date";
    QTest::newRow("month 13") << v0 << swapped("2029-05-31", "2029-13-01") << 5 << "eol"
                              << "not a real date";
    QTest::newRow("date form") << v0 << swapped("2029-05-31", "2029/05/31") << 5 << "eol"
                               << "YYYY-MM-DD";
    QTest::newRow("cycle is a number") << v0 << swapped("\"cycle\": \"9\"", "\"cycle\": 9") << 8
                                       << "cycle" << "must be text";
    QTest::newRow("latest is a number") << v0 << QByteArray(R"([{"cycle":"8","latest":8.1}])") << 1
                                        << "latest" << "must be text";
    QTest::newRow("missing cycle") << v0 << swapped("\"cycle\": \"9\",", "") << 7 << "cycle"
                                   << "missing";
    QTest::newRow("duplicate cycle") << v0 << swapped("\"cycle\": \"9\"", "\"cycle\": \"8\"") << 7
                                     << "cycle" << "twice";
    QTest::newRow("NUL in a cycle") << v0 << QByteArray(R"([{"cycle":"8\u0000"}])") << 1 << "cycle"
                                    << "NUL";
    QTest::newRow("array of numbers") << v0 << QByteArray("[\n 1,\n 2\n]") << 2 << ""
                                      << "release 1 is a number";
    QTest::newRow("array of arrays") << v0 << QByteArray("[\n [\"8\"]\n]") << 2 << ""
                                     << "a list";
    QTest::newRow("object without result") << v1 << QByteArray(R"({"releases": []})") << 1 << ""
                                           << "unknown shape";
    QTest::newRow("result without releases") << v1 << QByteArray(R"({"result": {"name": "rhel"}})")
                                             << 1 << "" << "unknown shape";
    QTest::newRow("releases not a list") << v1 << QByteArray(R"({"result": {"name": "rhel", "releases": {}}})")
                                         << 1 << "" << "unknown shape";
    QTest::newRow("v1 flag is text") << v1
                                     << QByteArray("{\"result\": {\"name\": \"rhel\", \"releases\": [\n"
                                                   "{\"name\": \"8\",\n \"isEol\": \"yes\"}]}}")
                                     << 3 << "isEol" << "true, false or null";
    QTest::newRow("v1 date is a number") << v1
                                         << QByteArray("{\"result\": {\"name\": \"rhel\", \"releases\": [\n"
                                                       "{\"name\": \"8\",\n\"isEol\": false,\n"
                                                       "\"eolFrom\": 20290531}]}}")
                                         << 4 << "eolFrom" << "a number";
    QTest::newRow("v1 bad product id") << v1 << QByteArray(R"({"result": {"name": "Red Hat!", "releases": []}})")
                                       << 0 << "result.name" << "not an endoflife.date product id";
    QTest::newRow("v1 release not an object") << v1
                                              << QByteArray("{\"result\": {\"name\": \"rhel\", \"releases\": [\n"
                                                            "{\"name\": \"9\"},\n\"8\"]}}")
                                              << 3 << "" << "release 2 is text";
    QTest::newRow("v0 file not named after a product") << QStringLiteral("My Export.json") << pretty
                                                       << 0 << "" << "named after";
}

void tst_EndOfLifeImport::badInput()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const EndOfLifePreview p = EndOfLifeImport::parseData(json, fileName);
    QVERIFY(p.hasErrors());
    QVERIFY(p.files.isEmpty());
    const ImportIssue &issue = p.issues.constFirst();
    QCOMPARE(issue.file, fileName);
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
    // "FILE:LINE: field: message", as the command line prints it.
    QVERIFY(issue.toString().startsWith(line > 0 ? QStringLiteral("%1:%2: ").arg(fileName).arg(line)
                                                 : fileName + QLatin1String(": ")));
}

void tst_EndOfLifeImport::byteOrderMark()
{
    const QByteArray rhel = readFile(v0Dir() + QLatin1String("/rhel.json"));
    EndOfLifePreview p = EndOfLifeImport::parseData("\xEF\xBB\xBF" + rhel, QStringLiteral("rhel.json"));
    QVERIFY2(!p.hasErrors(), qPrintable(p.issues.value(0).toString()));
    QCOMPARE(p.releaseCount(), 7);
    // Line numbers are unchanged by the mark.
    p = EndOfLifeImport::parseData("\xEF\xBB\xBF[\n{\"cycle\": \"8\",\n\"eol\": 5}]",
                                   QStringLiteral("rhel.json"));
    QVERIFY(p.hasErrors());
    QCOMPARE(p.issues.constFirst().line, 3);
    // Also from a file.
    const QString path = writeFile(QStringLiteral("bom/rhel.json"), "\xEF\xBB\xBF" + rhel);
    p = EndOfLifeImport::parse({path});
    QVERIFY(!p.hasErrors());
    QCOMPARE(p.releaseCount(), 7);
}

void tst_EndOfLifeImport::hundredMegabytesRefusedUnread()
{
    // Generated here (sparse), never committed.
    const QString path = m_dir.filePath(QStringLiteral("big/rhel.json"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100LL * 1024 * 1024));
    }
    QElapsedTimer t;
    t.start();
    const EndOfLifePreview p = EndOfLifeImport::parse({path});
    QVERIFY(t.elapsed() < 1000); // refused from its size, not read
    QVERIFY(p.hasErrors());
    QCOMPARE(p.issues.size(), 1);
    QVERIFY2(p.issues.constFirst().message.contains(QLatin1String("100.0 MB")),
             qPrintable(p.issues.constFirst().toString()));
    QVERIFY(p.issues.constFirst().message.contains(QLatin1String("32.0 MB")));
    QFile::remove(path);
}

void tst_EndOfLifeImport::limits()
{
    const QByteArray rhel = readFile(v0Dir() + QLatin1String("/rhel.json"));
    EndOfLifeImport::Limits small;
    small.maxReleases = 3;
    EndOfLifePreview p = EndOfLifeImport::parseData(rhel, QStringLiteral("rhel.json"), small);
    QVERIFY(p.hasErrors());
    QVERIFY(p.issues.constFirst().message.contains(QLatin1String("at most 3")));
    small = {};
    small.maxFileSize = 100;
    p = EndOfLifeImport::parseData(rhel, QStringLiteral("rhel.json"), small);
    QVERIFY(p.hasErrors());
    small = {};
    small.maxFiles = 5;
    p = EndOfLifeImport::parse({v0Dir()}, small);
    QVERIFY(p.hasErrors());
    QVERIFY(p.files.isEmpty());
    // A text above kMaxText characters.
    const QByteArray longLabel = "[{\"cycle\":\"8\",\"releaseLabel\":\""
        + QByteArray(EndOfLifeImport::kMaxText + 1, 'x') + "\"}]";
    p = EndOfLifeImport::parseData(longLabel, QStringLiteral("rhel.json"));
    QVERIFY(p.hasErrors());
    QCOMPARE(p.issues.constFirst().field, QStringLiteral("releaseLabel"));
}

void tst_EndOfLifeImport::pathsAndFolders()
{
    EndOfLifePreview p = EndOfLifeImport::parse({m_dir.filePath(QStringLiteral("missing.json"))});
    QVERIFY(p.hasErrors());
    QVERIFY(p.issues.constFirst().message.contains(QLatin1String("no such file")));
    QDir().mkpath(m_dir.filePath(QStringLiteral("emptyfolder")));
    p = EndOfLifeImport::parse({m_dir.filePath(QStringLiteral("emptyfolder"))});
    QVERIFY(p.hasErrors());
    // Files and folders together; the same product twice is a warning, the later file wins.
    p = EndOfLifeImport::parse({v0Dir(), v1Dir() + QLatin1String("/rhel.json")});
    QVERIFY(!p.hasErrors());
    QCOMPARE(p.files.size(), 23);
    QCOMPARE(p.issues.size(), 1);
    QCOMPARE(p.issues.constFirst().severity, ImportIssue::Severity::Warning);
}

QTEST_GUILESS_MAIN(tst_EndOfLifeImport)
