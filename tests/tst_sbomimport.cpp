// SbomImport: the CycloneDX samples parsed (kinds, vendors, CPE conversion, lines, nesting),
// bad SBOMs refused with located messages, and apply() into a database: created, unchanged on
// re-apply, updated, audited, and nothing written when anything fails.
#include "models/io/sbomimport.h"

#include "models/domain/system.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;
using namespace pp::test;

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(PP_TEST_DATA "/cyclonedx/") + name;
}

const SbomComponent *byName(const SbomPreview &p, const QString &name)
{
    for (const SbomComponent &c : p.components) {
        if (c.component.product == name)
            return &c;
    }
    return nullptr;
}

QString firstError(const SbomPreview &p)
{
    for (const ImportIssue &i : p.issues) {
        if (i.isError())
            return i.toString();
    }
    return {};
}

const ImportIssue *errorOf(const SbomPreview &p)
{
    for (const ImportIssue &i : p.issues) {
        if (i.isError())
            return &i;
    }
    return nullptr;
}

QByteArray bom(const QByteArray &components)
{
    return "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.5\",\n  \"components\": [\n"
        + components + "\n  ]\n}\n";
}

} // namespace

class tst_SbomImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cernSample();
    void specSamples();
    void nestedAndLines();
    void vendorFallbacks();
    void refused_data();
    void refused();
    void skippedTypes();
    void applyAndReapply();
    void unknownSystemChangesNothing();
    void malformedCpeChangesNothing();
    void largeSbom();

private:
    std::unique_ptr<Database> openWithSystem(const QString &name, qint64 &systemId);
    QTemporaryDir m_dir;
};

std::unique_ptr<Database> tst_SbomImport::openWithSystem(const QString &name, qint64 &systemId)
{
    auto db = openTemp(m_dir, name);
    if (!db)
        return nullptr;
    System s;
    s.code = QStringLiteral("WEB-01");
    s.name = QStringLiteral("Web shop");
    auto stored = SystemRepository(*db).insert(s);
    if (!stored) {
        qWarning("%s", qPrintable(stored.error().message));
        return nullptr;
    }
    systemId = stored->id;
    return db;
}

void tst_SbomImport::cernSample()
{
    const SbomPreview p = SbomImport::parse(samplePath(QStringLiteral("cyclonedx-1.2_cern-lhc-vdm-editor_bom.json")));
    QVERIFY2(!p.hasErrors(), qPrintable(firstError(p)));
    QCOMPARE(p.file, QStringLiteral("cyclonedx-1.2_cern-lhc-vdm-editor_bom.json"));
    QCOMPARE(p.specVersion, QStringLiteral("1.2"));
    QCOMPARE(p.components.size(), 43);
    const SbomComponent &first = p.components.at(0);
    QCOMPARE(first.component.product, QStringLiteral("puppeteer"));
    QCOMPARE(first.component.version, QStringLiteral("1.19.0"));
    QCOMPARE(first.component.kind, ComponentKind::Application);
    QCOMPARE(first.component.purl, QStringLiteral("pkg:npm/puppeteer@1.19.0"));
    QCOMPARE(first.bomRef, QStringLiteral("pkg:npm/puppeteer@1.19.0"));
    QVERIFY(first.component.cpe.isEmpty());
    // Two "debug" versions are two components.
    int debug = 0;
    for (const SbomComponent &c : p.components)
        debug += c.component.product == QLatin1String("debug");
    QCOMPARE(debug, 3);
    // Lines: each component starts where its object does, in file order.
    QVERIFY(first.line > 1);
    for (qsizetype i = 1; i < p.components.size(); ++i)
        QVERIFY(p.components.at(i).line > p.components.at(i - 1).line);
    QFile f(samplePath(QStringLiteral("cyclonedx-1.2_cern-lhc-vdm-editor_bom.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const SbomComponent &c : p.components) {
        // The object's opening brace is on its line, and its name a few lines below.
        QVERIFY(lines.at(c.line - 1).contains('{'));
        bool nameNear = false;
        for (int l = c.line - 1; l < std::min<int>(c.line + 12, lines.size()); ++l)
            nameNear |= lines.at(l).contains("\"" + c.component.product.toUtf8() + "\"");
        QVERIFY2(nameNear, qPrintable(c.component.product));
    }
}

void tst_SbomImport::specSamples()
{
    const SbomPreview p = SbomImport::parse(samplePath(QStringLiteral("cyclonedx-1.6_spec-valid-bom.json")));
    QVERIFY2(!p.hasErrors(), qPrintable(firstError(p)));
    QCOMPARE(p.specVersion, QStringLiteral("1.6"));
    QCOMPARE(p.components.size(), 3);
    const SbomComponent *lib = byName(p, QStringLiteral("mylibrary"));
    QVERIFY(lib);
    QCOMPARE(lib->component.vendor, QStringLiteral("org.example"));
    // The 2.2 URI is stored as 2.3.
    QCOMPARE(lib->component.cpe, QStringLiteral("cpe:2.3:a:example:myapplication:1.0.0:*:*:*:*:*:*:*"));
    QCOMPARE(lib->component.kind, ComponentKind::Application);
    const SbomComponent *tomcat = byName(p, QStringLiteral("tomcat-catalina"));
    QVERIFY(tomcat);
    QCOMPARE(tomcat->component.vendor, QStringLiteral("com.acme"));
    QCOMPARE(tomcat->component.version, QStringLiteral("9.0.14"));
    QCOMPARE(tomcat->component.purl, QStringLiteral("pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar"));
    QCOMPARE(tomcat->line, 75);

    const SbomPreview ids = SbomImport::parse(samplePath(QStringLiteral("cyclonedx-1.6_spec-valid-component-identifiers.json")));
    QVERIFY2(!ids.hasErrors(), qPrintable(firstError(ids)));
    QCOMPARE(ids.components.size(), 1);
    QCOMPARE(ids.components.at(0).component.cpe,
             QStringLiteral("cpe:2.3:a:example:acme-library:1.0.0:*:*:*:*:*:*:*"));

    // VEX documents list no components: read, empty.
    for (const QString &name : {QStringLiteral("cyclonedx-vex_cisa-case1_affected.json"),
                                QStringLiteral("cyclonedx-vex_cisa-case1_not_affected.json"),
                                QStringLiteral("cyclonedx-1.6_spec-valid-vulnerability.json")}) {
        const SbomPreview vex = SbomImport::parse(samplePath(name));
        QVERIFY2(!vex.hasErrors(), qPrintable(firstError(vex)));
    }
}

void tst_SbomImport::nestedAndLines()
{
    const QByteArray data = bom(
        "    {\"type\": \"operating-system\", \"name\": \"ubuntu\", \"version\": \"22.04\",\n"  // 5
        "     \"components\": [\n"                                                           // 6
        "       {\"type\": \"library\", \"name\": \"openssl\", \"version\": \"3.0.2\",\n"     // 7
        "        \"cpe\": \"cpe:2.3:a:openssl:openssl:3.0.2:*:*:*:*:*:*:*\"},\n"              // 8
        "       {\"type\": \"firmware\", \"name\": \"bios\", \"properties\": [{\"name\": \"components\", \"value\": \"[{\"}]}\n" // 9
        "     ]},\n"                                                                          // 10
        "    {\"type\": \"container\", \"name\": \"nginx\", \"version\": \"1.25\"},\n"        // 11
        "    {\"type\": \"device\", \"name\": \"router\"}");                                  // 12
    const SbomPreview p = SbomImport::parseData(data, QStringLiteral("n.json"));
    QVERIFY2(!p.hasErrors(), qPrintable(firstError(p)));
    QCOMPARE(p.components.size(), 5);
    QCOMPARE(p.components.at(0).component.product, QStringLiteral("ubuntu"));
    QCOMPARE(p.components.at(0).component.kind, ComponentKind::Os);
    QCOMPARE(p.components.at(0).line, 5);
    QCOMPARE(p.components.at(1).component.product, QStringLiteral("openssl"));
    QCOMPARE(p.components.at(1).line, 7);
    QCOMPARE(p.components.at(2).component.kind, ComponentKind::Firmware);
    QCOMPARE(p.components.at(2).line, 9);
    QCOMPARE(p.components.at(3).component.kind, ComponentKind::Runtime);
    QCOMPARE(p.components.at(3).line, 11);
    QCOMPARE(p.components.at(4).component.kind, ComponentKind::Firmware);
    QCOMPARE(p.components.at(4).line, 12);
    QVERIFY(p.components.at(4).component.version.isEmpty());
}

void tst_SbomImport::vendorFallbacks()
{
    const SbomPreview p = SbomImport::parseData(bom(
        "{\"type\": \"library\", \"name\": \"a\", \"group\": \"g\", \"supplier\": {\"name\": \"S\"}},\n"
        "{\"type\": \"library\", \"name\": \"b\", \"supplier\": {\"name\": \"S\"}, \"publisher\": \"P\"},\n"
        "{\"type\": \"library\", \"name\": \"c\", \"publisher\": \"P\", \"author\": \"A\"},\n"
        "{\"type\": \"library\", \"name\": \"d\", \"author\": \"A\"},\n"
        "{\"type\": \"library\", \"name\": \"e\"}"), QStringLiteral("v.json"));
    QVERIFY2(!p.hasErrors(), qPrintable(firstError(p)));
    QCOMPARE(p.components.size(), 5);
    QCOMPARE(p.components.at(0).component.vendor, QStringLiteral("g"));
    QCOMPARE(p.components.at(1).component.vendor, QStringLiteral("S"));
    QCOMPARE(p.components.at(2).component.vendor, QStringLiteral("P"));
    QCOMPARE(p.components.at(3).component.vendor, QStringLiteral("A"));
    QCOMPARE(p.components.at(4).component.vendor, QString());
}

void tst_SbomImport::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\n\"bomFormat\": \"CycloneDX\",\n oops}") << 3
                              << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << 1 << QStringLiteral("CycloneDX");
    QTest::newRow("spdx") << QByteArray("{\"spdxVersion\": \"SPDX-2.3\"}") << 1
                          << QStringLiteral("bomFormat");
    QTest::newRow("spec 1.1") << QByteArray("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.1\"}")
                              << 1 << QStringLiteral("1.1");
    QTest::newRow("no name") << bom("{\"type\": \"library\", \"version\": \"1\"}") << 5
                             << QStringLiteral("no name");
    QTest::newRow("no type") << bom("{\"name\": \"x\"}") << 5 << QStringLiteral("type");
    QTest::newRow("bad cpe")
        << bom("{\"type\": \"library\", \"name\": \"zlib\", \"version\": \"1.3\",\n"
               " \"cpe\": \"cpe:2.3:a:zlib\"}")
        << 5 << QStringLiteral("zlib@1.3");
    QTest::newRow("duplicate bom-ref")
        << bom("{\"type\": \"library\", \"name\": \"a\", \"bom-ref\": \"r1\"},\n"
               "{\"type\": \"library\", \"name\": \"b\", \"bom-ref\": \"r1\"}")
        << 6 << QStringLiteral("r1");
    QTest::newRow("control chars") << bom("{\"type\": \"library\", \"name\": \"a\\u0007b\"}") << 5
                                   << QStringLiteral("control");
    QTest::newRow("components not a list")
        << QByteArray("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\", \"components\": {}}")
        << 1 << QStringLiteral("list");
}

void tst_SbomImport::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const SbomPreview p = SbomImport::parseData(data, QStringLiteral("bad.json"));
    QVERIFY(p.hasErrors());
    const ImportIssue *e = errorOf(p);
    QVERIFY2(e->message.contains(expected), qPrintable(e->toString()));
    QCOMPARE(e->line, line);
    QCOMPARE(e->file, QStringLiteral("bad.json"));
}

void tst_SbomImport::skippedTypes()
{
    const SbomPreview p = SbomImport::parseData(
        bom("{\"type\": \"file\", \"name\": \"readme.txt\"},\n"
            "{\"type\": \"data\", \"name\": \"model\"},\n"
            "{\"type\": \"application\", \"name\": \"app\", \"version\": \"2\"}"),
        QStringLiteral("s.json"));
    QVERIFY2(!p.hasErrors(), qPrintable(firstError(p)));
    QCOMPARE(p.components.size(), 1);
    QCOMPARE(p.issues.size(), 2);
    QCOMPARE(p.issues.at(0).severity, ImportIssue::Severity::Warning);
    QCOMPARE(p.issues.at(0).line, 5);
    QCOMPARE(p.issues.at(1).line, 6);
}

void tst_SbomImport::applyAndReapply()
{
    qint64 systemId = 0;
    auto db = openWithSystem(QStringLiteral("apply.db"), systemId);
    QVERIFY(db);
    const SbomPreview p = SbomImport::parse(samplePath(QStringLiteral("cyclonedx-1.6_spec-valid-bom.json")));
    QVERIFY(!p.hasErrors());
    auto first = SbomImport::apply(*db, p, QStringLiteral("WEB-01"));
    PP_VERIFY_OK(first);
    QCOMPARE(first->created, 3);
    QCOMPARE(first->updated, 0);
    QCOMPARE(first->unchanged, 0);
    auto stored = ComponentRepository(*db).findBySystem(systemId);
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 3);
    bool found = false;
    for (const Component &c : *stored) {
        if (c.product == QLatin1String("mylibrary")) {
            found = true;
            QCOMPARE(c.cpe, QStringLiteral("cpe:2.3:a:example:myapplication:1.0.0:*:*:*:*:*:*:*"));
            QCOMPARE(c.vendor, QStringLiteral("org.example"));
            QCOMPARE(c.version, QStringLiteral("1.0.0"));
            QCOMPARE(c.kind, ComponentKind::Application);
        }
    }
    QVERIFY(found);
    AuditFilter created;
    created.entity = QStringLiteral("component");
    created.action = QStringLiteral("create");
    auto creates = AuditLog(*db).count(created);
    PP_VERIFY_OK(creates);
    QCOMPARE(*creates, 3);

    // The same file again changes nothing.
    auto again = SbomImport::apply(*db, p, QStringLiteral("WEB-01"));
    PP_VERIFY_OK(again);
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 3);

    // A new CPE and purl for one component: updated, audited.
    SbomPreview changed = p;
    for (SbomComponent &c : changed.components) {
        if (c.component.product == QLatin1String("myframework")) {
            c.component.cpe = QStringLiteral("cpe:2.3:a:example:myframework:1.0.0:*:*:*:*:*:*:*");
            c.component.purl = QStringLiteral("pkg:maven/com.example/myframework@1.0.0");
        }
    }
    auto update = SbomImport::apply(*db, changed, QStringLiteral("WEB-01"));
    PP_VERIFY_OK(update);
    QCOMPARE(update->updated, 1);
    QCOMPARE(update->unchanged, 2);
    QCOMPARE(update->created, 0);
    AuditFilter updated;
    updated.entity = QStringLiteral("component");
    updated.action = QStringLiteral("update");
    auto updates = AuditLog(*db).find(updated, 0, 10);
    PP_VERIFY_OK(updates);
    QCOMPARE(updates->size(), 1);
    QVERIFY(updates->at(0).afterJson.contains(QStringLiteral("cpe:2.3:a:example:myframework")));
    QCOMPARE(updates->at(0).actor, QStringLiteral("tester"));
    auto after = ComponentRepository(*db).findBySystem(systemId);
    PP_VERIFY_OK(after);
    QCOMPARE(after->size(), 3);
}

void tst_SbomImport::unknownSystemChangesNothing()
{
    qint64 systemId = 0;
    auto db = openWithSystem(QStringLiteral("unknown.db"), systemId);
    QVERIFY(db);
    const SbomPreview p = SbomImport::parse(samplePath(QStringLiteral("cyclonedx-1.2_cern-lhc-vdm-editor_bom.json")));
    QVERIFY(!p.hasErrors());
    auto r = SbomImport::apply(*db, p, QStringLiteral("NOPE-9"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.contains(QStringLiteral("NOPE-9")), qPrintable(r.error().message));
    auto all = ComponentRepository(*db).findAll();
    PP_VERIFY_OK(all);
    QVERIFY(all->isEmpty());
    auto audits = AuditLog(*db).count(AuditFilter{QStringLiteral("component"), {}, {}, {}, {}, {}});
    PP_VERIFY_OK(audits);
    QCOMPARE(*audits, 0);
}

void tst_SbomImport::malformedCpeChangesNothing()
{
    qint64 systemId = 0;
    auto db = openWithSystem(QStringLiteral("badcpe.db"), systemId);
    QVERIFY(db);
    const SbomPreview good = SbomImport::parseData(
        bom("{\"type\": \"library\", \"name\": \"zlib\", \"version\": \"1.3\"}"), QStringLiteral("g.json"));
    PP_VERIFY_OK(SbomImport::apply(*db, good, QStringLiteral("WEB-01")));
    const SbomPreview bad = SbomImport::parseData(
        bom("{\"type\": \"library\", \"name\": \"zlib\", \"version\": \"1.3\", \"purl\": \"pkg:x/zlib\"},\n"
            "{\"type\": \"library\", \"name\": \"curl\", \"version\": \"8\", \"cpe\": \"cpe:/q:bad\"}"),
        QStringLiteral("b.json"));
    QVERIFY(bad.hasErrors());
    QCOMPARE(errorOf(bad)->line, 6);
    QVERIFY(errorOf(bad)->message.contains(QStringLiteral("curl")));
    auto r = SbomImport::apply(*db, bad, QStringLiteral("WEB-01"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    auto all = ComponentRepository(*db).findBySystem(systemId);
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QVERIFY(all->at(0).purl.isEmpty());
}

void tst_SbomImport::largeSbom()
{
    // 5,000 components: parsed with their lines, applied in one transaction, re-applied as
    // unchanged. (The apply writes one audited insert per component through
    // ComponentRepository: about 2 ms each in a Debug build.)
    // PostgreSQL takes about 14 ms per audited insert: fewer there, to keep the run short.
    const int n = isPostgres() ? 1000 : 5000;
    QByteArray list;
    for (int i = 0; i < n; ++i) {
        if (i)
            list += ",\n";
        list += "{\"type\": \"library\", \"group\": \"org.example\", \"name\": \"lib" + QByteArray::number(i)
            + "\", \"version\": \"1.0." + QByteArray::number(i) + "\", \"bom-ref\": \"r" + QByteArray::number(i)
            + "\", \"cpe\": \"cpe:/a:example:lib" + QByteArray::number(i) + ":1.0\"}";
    }
    QElapsedTimer timer;
    timer.start();
    const SbomPreview p = SbomImport::parseData(bom(list), QStringLiteral("big.json"));
    const qint64 parseMs = timer.restart();
    QVERIFY2(!p.hasErrors(), qPrintable(firstError(p)));
    QCOMPARE(p.components.size(), n);
    QCOMPARE(p.components.last().line, 5 + n - 1);
    qint64 systemId = 0;
    auto db = openWithSystem(QStringLiteral("big.db"), systemId);
    QVERIFY(db);
    timer.restart();
    auto r = SbomImport::apply(*db, p, QStringLiteral("WEB-01"));
    const qint64 applyMs = timer.restart();
    PP_VERIFY_OK(r);
    QCOMPARE(r->created, n);
    auto again = SbomImport::apply(*db, p, QStringLiteral("WEB-01"));
    const qint64 reapplyMs = timer.elapsed();
    PP_VERIFY_OK(again);
    QCOMPARE(again->unchanged, n);
    qInfo("%d components: parse %lld ms, apply %lld ms, re-apply %lld ms", n, parseMs, applyMs,
          reapplyMs);
}

QTEST_GUILESS_MAIN(tst_SbomImport)
#include "tst_sbomimport.moc"
