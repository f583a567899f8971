// Vendor patch lists (models/io/vendorpatchcsv.h): parsing with located problems, and applying
// them to the demo estate with the NVD sample imported: links to the open findings they
// resolve, re-import unchanged, hand-made links kept, all or nothing.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/io/vendorpatchcsv.h"
#include "models/io/vulnimport.h"
#include "models/storage/auditlog.h"
#include "models/storage/findingrepository.h"

#include <QtTest>

using namespace pp;

class tst_VendorPatchCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void parsesTheSample();
    void badRows_data();
    void badRows();
    void hostileTextIsKeptAsText();
    void applyLinksOpenFindings();
    void reimportIsUnchangedAndKeepsHandLinks();
    void updateChangesFields();
    void resolvesRule();

private:
    QList<PatchRow> vendorRows();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
};

namespace {
const QString kSample = QStringLiteral(PP_TEST_DATA "/patches/vendor-patches.csv");
const QByteArray kHeader = "title,product,vendor,advisory_id,kb,target_version,release_date,reboot,expected_minutes,can_rollback,notes\n";
} // namespace

void tst_VendorPatchCsv::init()
{
    m_db = test::openTemp(m_dir, QStringLiteral("vp%1").arg(++m_n));
    QVERIFY(m_db);
    PP_VERIFY_OK(createDemoEstate(*m_db));
    VulnImportOptions o;
    o.now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    PP_VERIFY_OK(VulnImport::run(*m_db, VulnFeedKind::Nvd,
                                 {QStringLiteral(PP_TEST_DATA "/nvd/nvd_cves_api2_bundle.json")}, o));
}

QList<PatchRow> tst_VendorPatchCsv::vendorRows()
{
    QList<PatchRow> out;
    auto rows = FindingRepository(*m_db).patchRows(0);
    if (!rows)
        return out;
    for (const PatchRow &r : *rows)
        if (r.patch.kind == PatchKind::Vendor)
            out << r;
    return out;
}

void tst_VendorPatchCsv::parsesTheSample()
{
    const VendorPatchPreview p = VendorPatchCsv::parseFile(kSample);
    QVERIFY2(!p.hasErrors(), p.issues.isEmpty() ? "" : qPrintable(p.issues.first().toString()));
    QCOMPARE(p.patches.size(), 2);
    QCOMPARE(p.lines, (QList<int>{2, 3}));
    const Patch &cu = p.patches.at(0);
    QCOMPARE(cu.kind, PatchKind::Vendor);
    QCOMPARE(cu.kb, QStringLiteral("KB5041578"));
    QCOMPARE(cu.releaseDate, QDate(2024, 8, 13));
    QVERIFY(cu.needsReboot);
    QCOMPARE(cu.expectedMinutes, 90);
    QVERIFY(cu.targetVersion.isEmpty());
    const Patch &forti = p.patches.at(1);
    QCOMPARE(forti.targetVersion, QStringLiteral("7.2.7"));
    QVERIFY(!forti.canRollback);
    QCOMPARE(forti.notes, QStringLiteral("Firmware upgrade, \"rollback\" needs the old image"));
}

void tst_VendorPatchCsv::badRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing product column") << QByteArray("title,vendor\nX,Y\n") << 1 << "product";
    QTest::newRow("empty title") << kHeader + ",Windows Server,,,,,,,,,\n" << 2 << "title";
    QTest::newRow("bad date") << kHeader + "T,P,,,,,2024-02-30,,,,\n" << 2 << "release_date";
    QTest::newRow("bad reboot") << kHeader + "T,P,,,,,,maybe,,,\n" << 2 << "reboot";
    QTest::newRow("zero minutes") << kHeader + "T,P,,,,,,,0,,\n" << 2 << "expected_minutes";
    QTest::newRow("bad version") << kHeader + "T,P,,,,*,,,,,\n" << 2 << "target_version";
    QTest::newRow("duplicate") << kHeader + "T,P,V,A,K,,,,,,\nT2,P,V,A,K,,,,,,\n" << 3 << "";
    QTest::newRow("no rows") << kHeader << 0 << "";
    QTest::newRow("broken quote") << kHeader + "\"T,P\n" << 2 << "";
}

void tst_VendorPatchCsv::badRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, field);
    const VendorPatchPreview p = VendorPatchCsv::parse(csv, QStringLiteral("list.csv"));
    QVERIFY(p.hasErrors());
    bool found = false;
    for (const ImportIssue &i : p.issues)
        found |= i.isError() && i.line == line && i.field == field && i.file == QLatin1String("list.csv");
    QVERIFY2(found, qPrintable(p.issues.first().toString()));
    // Nothing is applied from a preview with errors.
    const int patches = int(vendorRows().size());
    auto r = VendorPatchCsv::apply(*m_db, p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QCOMPARE(int(vendorRows().size()), patches);
}

void tst_VendorPatchCsv::hostileTextIsKeptAsText()
{
    const QByteArray csv = kHeader
        + "\"<img src=file:///etc/passwd>'; DROP TABLE patches;--\",=cmd|' /C calc'!A0,,,,,,,,,\n";
    const VendorPatchPreview p = VendorPatchCsv::parse(csv, QStringLiteral("h.csv"));
    QVERIFY(!p.hasErrors());
    PP_VERIFY_OK(VendorPatchCsv::apply(*m_db, p));
    const QList<PatchRow> rows = vendorRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().patch.title, QStringLiteral("<img src=file:///etc/passwd>'; DROP TABLE patches;--"));
    QCOMPARE(rows.first().patch.product, QStringLiteral("=cmd|' /C calc'!A0"));
}

void tst_VendorPatchCsv::applyLinksOpenFindings()
{
    const qint64 auditBefore = AuditLog(*m_db).headId().value();
    auto r = VendorPatchCsv::apply(*m_db, VendorPatchCsv::parseFile(kSample));
    PP_VERIFY_OK(r);
    QCOMPARE(r->created, 2);
    QVERIFY(AuditLog(*m_db).headId().value() > auditBefore);
    const QList<PatchRow> rows = vendorRows();
    QCOMPARE(rows.size(), 2);
    for (const PatchRow &row : rows) {
        if (row.patch.product == QLatin1String("FortiOS")) {
            // CVE-2024-21762: VPN-01 runs FortiOS 7.2.5 (fixed in 7.2.7: resolved by the patch);
            // MES-01 runs 7.0.12 (fixed in 7.0.14, not above 7.2.7: resolved too).
            QVERIFY2(row.resolves.contains(QStringLiteral("CVE-2024-21762")), qPrintable(row.resolves.join(' ')));
            QVERIFY(row.patch.findingIds.size() >= 1);
        } else {
            // The Windows rollup names no version: every open Windows Server finding.
            QVERIFY(row.resolves.contains(QStringLiteral("CVE-2024-38063")));
            QVERIFY(!row.resolves.contains(QStringLiteral("CVE-2024-21762")));
            QVERIFY(row.dueDate.isValid());
        }
    }
    QCOMPARE(r->findingsLinked, int(rows.at(0).patch.findingIds.size() + rows.at(1).patch.findingIds.size()));
}

void tst_VendorPatchCsv::reimportIsUnchangedAndKeepsHandLinks()
{
    PP_VERIFY_OK(VendorPatchCsv::apply(*m_db, VendorPatchCsv::parseFile(kSample)));
    // Link one more finding by hand to the FortiOS patch.
    QList<PatchRow> rows = vendorRows();
    Patch forti;
    for (const PatchRow &r : rows)
        if (r.patch.product == QLatin1String("FortiOS"))
            forti = r.patch;
    auto all = FindingRepository(*m_db).rows(FindingFilter{});
    PP_VERIFY_OK(all);
    qint64 extra = 0;
    for (const FindingRow &f : *all)
        if (!forti.findingIds.contains(f.finding.id)) { extra = f.finding.id; break; }
    QVERIFY(extra > 0);
    forti.findingIds << extra;
    PP_VERIFY_OK(FindingRepository(*m_db).updatePatch(forti));

    const qint64 head = AuditLog(*m_db).headId().value();
    auto again = VendorPatchCsv::apply(*m_db, VendorPatchCsv::parseFile(kSample));
    PP_VERIFY_OK(again);
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(AuditLog(*m_db).headId().value(), head);
    auto stored = FindingRepository(*m_db).patch(forti.id);
    PP_VERIFY_OK(stored);
    QVERIFY((*stored)->findingIds.contains(extra));
}

void tst_VendorPatchCsv::updateChangesFields()
{
    PP_VERIFY_OK(VendorPatchCsv::apply(*m_db, VendorPatchCsv::parseFile(kSample)));
    QByteArray csv = kHeader + "FortiOS 7.2.8 upgrade,FortiOS,Fortinet,FG-IR-24-015,,7.2.8,2024-03-01,yes,60,no,\n";
    auto r = VendorPatchCsv::apply(*m_db, VendorPatchCsv::parse(csv, QStringLiteral("u.csv")));
    PP_VERIFY_OK(r);
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->created, 0);
    bool found = false;
    for (const PatchRow &row : vendorRows()) {
        if (row.patch.advisoryId == QLatin1String("FG-IR-24-015")) {
            found = true;
            QCOMPARE(row.patch.targetVersion, QStringLiteral("7.2.8"));
            QCOMPARE(row.patch.expectedMinutes, 60);
        }
    }
    QVERIFY(found);
    QCOMPARE(vendorRows().size(), 2);
}

void tst_VendorPatchCsv::resolvesRule()
{
    Patch p;
    p.vendor = QStringLiteral("Fortinet");
    p.product = QStringLiteral("FortiOS");
    p.targetVersion = QStringLiteral("7.2.7");
    QVERIFY(VendorPatchCsv::resolves(p, QStringLiteral("Fortinet, Inc."), QStringLiteral("FortiOS"), QStringLiteral("7.2.7")));
    QVERIFY(VendorPatchCsv::resolves(p, QStringLiteral("Fortinet"), QStringLiteral("Fortinet FortiOS"), QStringLiteral("7.0.14")));
    QVERIFY(!VendorPatchCsv::resolves(p, QStringLiteral("Fortinet"), QStringLiteral("FortiOS"), QStringLiteral("7.4.3")));
    QVERIFY(VendorPatchCsv::resolves(p, QStringLiteral("Fortinet"), QStringLiteral("FortiOS"), QString()));
    QVERIFY(!VendorPatchCsv::resolves(p, QStringLiteral("Palo Alto Networks"), QStringLiteral("FortiOS"), QString()));
    QVERIFY(!VendorPatchCsv::resolves(p, QStringLiteral("Fortinet"), QStringLiteral("FortiGate Cloud"), QString()));
}

QTEST_GUILESS_MAIN(tst_VendorPatchCsv)
#include "tst_vendorpatchcsv.moc"
