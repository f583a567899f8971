// VulnImport: the real KEV and NVD sample files against the demo estate (findings checked by
// hand), re-import writes nothing, a newer record is audited, a bad file / a duplicate / a
// cancel rolls everything back, a dry run changes nothing, rematch after a version change, and
// a synthetic feed of 5,000 CVEs against about 2,000 components.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/io/vulnimport.h"
#include "models/io/vulnimport_p.h"
#include "models/storage/auditlog.h"
#include "models/storage/vulnerabilityrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtTest>

using namespace pp;

namespace {

const QString kKev = QStringLiteral(PP_TEST_DATA "/kev/known_exploited_vulnerabilities.json");
const QString kNvd = QStringLiteral(PP_TEST_DATA "/nvd/nvd_cves_api2_bundle.json");
const QString kNvd3400 = QStringLiteral(PP_TEST_DATA "/nvd/cve_records/CVE-2024-3400.json");
const QString kBadNvd = QStringLiteral(PP_TEST_DATA "/vulnimport/bad_nvd.json");
const QDateTime kNow(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

/// What a rollback must leave as it was.
struct Snapshot
{
    qint64 vulns = -1, aliases = -1, criteria = -1, refs = -1, findings = -1, patches = -1;
    qint64 auditHead = -1;
    bool operator==(const Snapshot &) const = default;
};

qint64 scalar(Database &db, const QString &sql)
{
    auto q = db.run(sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

Snapshot snapshot(Database &db)
{
    Snapshot s;
    s.vulns = scalar(db, QStringLiteral("SELECT COUNT(*) FROM vulnerabilities"));
    s.aliases = scalar(db, QStringLiteral("SELECT COUNT(*) FROM vuln_aliases"));
    s.criteria = scalar(db, QStringLiteral("SELECT COUNT(*) FROM vuln_cpe_matches"));
    s.refs = scalar(db, QStringLiteral("SELECT COUNT(*) FROM vuln_references"));
    s.findings = scalar(db, QStringLiteral("SELECT COUNT(*) FROM findings"));
    s.patches = scalar(db, QStringLiteral("SELECT COUNT(*) FROM patches"));
    auto h = AuditLog(db).headId();
    s.auditHead = h ? *h : -1;
    return s;
}

char *toString(const Snapshot &s)
{
    return qstrdup(QStringLiteral("vulns %1 aliases %2 criteria %3 refs %4 findings %5 patches %6 "
                                  "audit %7")
                       .arg(s.vulns).arg(s.aliases).arg(s.criteria).arg(s.refs).arg(s.findings)
                       .arg(s.patches).arg(s.auditHead)
                       .toUtf8()
                       .constData());
}

/// One finding as the tests check it.
struct Seen
{
    QString vuln, system, product, version, kind, fixed, lastAffected, state;
};

QList<Seen> findings(Database &db, const QString &vuln = {})
{
    QList<Seen> out;
    auto q = db.run(QStringLiteral("SELECT v.identifier, s.code, c.product, c.version, f.match_kind, "
                                   "f.fixed_version, f.last_affected_version, f.state "
                                   "FROM findings f JOIN vulnerabilities v ON v.id = f.vulnerability_id "
                                   "JOIN components c ON c.id = f.component_id "
                                   "JOIN systems s ON s.id = c.system_id "
                                   "WHERE ? = '' OR v.identifier = ? "
                                   "ORDER BY v.identifier, s.code, c.product, c.version"),
                    {vuln, vuln});
    if (!q)
        return out;
    while (q->next()) {
        out << Seen{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                    q->value(6).toString(), q->value(7).toString()};
    }
    return out;
}

VulnRecord record(const QString &id, const QString &cpe, const QString &endExcl,
                  const QDate &modified = {2024, 1, 1}, double score = 9.8)
{
    VulnRecord r;
    r.source = VulnSource::Nvd;
    r.identifier = id;
    r.description = QStringLiteral("synthetic");
    r.metrics = {CvssMetric{QStringLiteral("3.1"), score, QString(), severityFromScore(score),
                            QStringLiteral("nvd@nist.gov"), true}};
    r.published = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    r.lastModified = QDateTime(modified, QTime(0, 0), Qt::UTC);
    r.status = QStringLiteral("Analyzed");
    CpeCriterion c;
    c.criteria = cpe;
    c.versionEndExcluding = endExcl;
    r.configurations = {CpeConfiguration{false, false, {CpeNode{false, false, {c}}}}};
    r.sourceFile = QStringLiteral("synthetic.json");
    return r;
}

/// A feed of records built in the test, one list per "file".
Internal::VulnFeedSource recordsSource(const QHash<QString, QList<VulnRecord>> &files)
{
    return [files](const QString &file, const VulnSink &sink, const FeedReadOptions &) {
        FeedReadResult r;
        int line = 0;
        for (VulnRecord rec : files.value(file)) {
            rec.sourceFile = file;
            rec.line = ++line;
            ++r.records;
            if (!sink(std::move(rec))) {
                r.stopped = true;
                break;
            }
        }
        return r;
    };
}

} // namespace

class tst_VulnImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void realFilesAgainstDemoEstate();
    void reimportWritesNothing();
    void newerRecordUpdatesAndIsAudited();
    void badFileRollsBackEverything();
    void largeImportBuildsIndexesAfter();
    void duplicateAcrossFilesNewestWins_data();
    void duplicateAcrossFilesNewestWins();
    void duplicateInOneFileRejected();
    void olderRecordNeverReplacesNewer();
    void cancelRollsBack();
    void dryRunChangesNothing();
    void missingFileRejected();
    void rematchAfterVersionChange();
    void jvnJoinBothOrders();
    void syntheticFeed();

private:
    Result<VulnImportReport> importReal(VulnFeedKind kind, const QStringList &files,
                                        VulnImportOptions options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_VulnImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
    PP_VERIFY_OK(createDemoEstate(*m_db));
}

void tst_VulnImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<VulnImportReport> tst_VulnImport::importReal(VulnFeedKind kind, const QStringList &files,
                                                    VulnImportOptions options)
{
    options.now = kNow;
    QElapsedTimer t;
    t.start();
    auto r = VulnImport::run(*m_db, kind, files, options);
    qInfo("import %s of %lld file(s): %lld ms", qPrintable(toKey(kind)),
          qint64(files.size()), qint64(t.elapsed()));
    return r;
}

void tst_VulnImport::realFilesAgainstDemoEstate()
{
    const Snapshot before = snapshot(*m_db);
    auto kev = importReal(VulnFeedKind::Kev, {kKev});
    PP_VERIFY_OK(kev);
    QCOMPARE(kev->files, 1);
    QCOMPARE(kev->records, 1404);
    QCOMPARE(kev->created, 1404);
    QCOMPARE(kev->findingsCreated, 0); // KEV has no criteria: nothing to match yet

    auto nvd = importReal(VulnFeedKind::Nvd, {kNvd});
    PP_VERIFY_OK(nvd);
    qInfo("nvd: %d records, %d created, %d updated, %d skipped, %d findings, %d patches",
          nvd->records, nvd->created, nvd->updated, nvd->skipped, nvd->findingsCreated,
          nvd->patchesCreated);
    QCOMPARE(nvd->records + nvd->skipped, 40);
    QCOMPARE(nvd->created + nvd->updated, nvd->records);
    QVERIFY(nvd->updated > 0); // the KEV ones were there already
    QVERIFY(nvd->findingsCreated > 0);

    // One audit entry per imported file, none per created vulnerability.
    AuditFilter imports;
    imports.entity = QStringLiteral("vulnerability_import");
    auto n = AuditLog(*m_db).count(imports);
    PP_VERIFY_OK(n);
    QCOMPARE(*n, 2);

    const QList<Seen> all = findings(*m_db);
    qInfo("%lld findings", qint64(all.size()));
    const auto has = [&](const QString &vuln, const QString &system, const QString &product,
                         const QString &version, const QString &fixed) {
        return std::any_of(all.cbegin(), all.cend(), [&](const Seen &s) {
            return s.vuln == vuln && s.system == system && s.product == product
                && s.version == version && s.kind == QLatin1String("cpe") && s.fixed == fixed
                && s.state == QLatin1String("not_set");
        });
    };
    // Checked by hand against the NVD records: the range that holds and its end.
    // PostgreSQL 11.0 <= v < 11.22.
    QVERIFY(has(QStringLiteral("CVE-2023-5869"), QStringLiteral("QMS-01"), QStringLiteral("PostgreSQL"),
                QStringLiteral("11.20"), QStringLiteral("11.22")));
    // FortiOS 7.0.0 <= v < 7.0.14 and 7.2.0 <= v < 7.2.7.
    QVERIFY(has(QStringLiteral("CVE-2024-21762"), QStringLiteral("MES-01"), QStringLiteral("FortiOS"),
                QStringLiteral("7.0.12"), QStringLiteral("7.0.14")));
    QVERIFY(has(QStringLiteral("CVE-2024-21762"), QStringLiteral("VPN-01"), QStringLiteral("FortiOS"),
                QStringLiteral("7.2.5"), QStringLiteral("7.2.7")));
    // OpenSSH 8.6 <= v < 9.8 (8.9p1).
    QVERIFY(has(QStringLiteral("CVE-2024-6387"), QStringLiteral("BST-01"), QStringLiteral("OpenSSH"),
                QStringLiteral("8.9p1"), QStringLiteral("9.8")));
    // PAN-OS 10.2.0 <= v < 10.2.12; CVE-2024-3400 lists exact versions (10.2.3 is one, with no
    // fix named; 11.1.4 is not one).
    QVERIFY(has(QStringLiteral("CVE-2024-0012"), QStringLiteral("NET-01"), QStringLiteral("PAN-OS"),
                QStringLiteral("10.2.3"), QStringLiteral("10.2.12")));
    QVERIFY(has(QStringLiteral("CVE-2024-3400"), QStringLiteral("NET-01"), QStringLiteral("PAN-OS"),
                QStringLiteral("10.2.3"), QString()));
    QCOMPARE(findings(*m_db, QStringLiteral("CVE-2024-3400")).size(), 1);
    // KEV and NVD merged on one row.
    auto v = VulnerabilityRepository(*m_db).findByIdentifier(QStringLiteral("CVE-2024-3400"));
    PP_VERIFY_OK(v);
    QCOMPARE((*v)->sources, (QStringList{QStringLiteral("nvd"), QStringLiteral("kev")}));
    QVERIFY((*v)->kev.has_value());
    QCOMPARE((*v)->kev->dateAdded, QDate(2024, 4, 12));
    QCOMPARE((*v)->severity, Severity::Critical);
    QCOMPARE(qint64(all.size()), snapshot(*m_db).findings);
    QVERIFY(snapshot(*m_db).findings > before.findings);
}

void tst_VulnImport::reimportWritesNothing()
{
    PP_VERIFY_OK(importReal(VulnFeedKind::Nvd, {kNvd}));
    const Snapshot before = snapshot(*m_db);
    auto again = importReal(VulnFeedKind::Nvd, {kNvd});
    PP_VERIFY_OK(again);
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, again->records);
    QCOMPARE(again->findingsCreated, 0);
    const Snapshot after = snapshot(*m_db);
    // Nothing at all is written, not even an import entry in the audit trail.
    QCOMPARE(after.auditHead, before.auditHead);
    QCOMPARE(after, before);
    AuditFilter updates;
    updates.entity = QStringLiteral("vulnerability");
    auto n = AuditLog(*m_db).count(updates);
    PP_VERIFY_OK(n);
    QCOMPARE(*n, 0);
}

void tst_VulnImport::newerRecordUpdatesAndIsAudited()
{
    const QString file = QStringLiteral("feed.json");
    const QString cpe = QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*");
    VulnImportOptions o;
    o.now = kNow;
    auto first = Internal::runVulnImport(*m_db, VulnFeedKind::Nvd, {file}, {100}, o, nullptr,
                                         recordsSource({{file, {record(QStringLiteral("CVE-2030-0001"), cpe, QStringLiteral("99.0"))}}}));
    PP_VERIFY_OK(first);
    QCOMPARE(first->created, 1);
    const int tomcats = int(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM components WHERE "
                                                         "cpe LIKE 'cpe:2.3:a:apache:tomcat:%'")));
    QVERIFY(tomcats > 0);
    QCOMPARE(first->findingsCreated, tomcats); // every Tomcat is below 99.0

    // Newer, lower score, fixed in 1.0 (so no Tomcat of the estate is affected any more).
    auto second = Internal::runVulnImport(
        *m_db, VulnFeedKind::Nvd, {file}, {100}, o, nullptr,
        recordsSource({{file, {record(QStringLiteral("CVE-2030-0001"), cpe, QStringLiteral("1.0"),
                                      QDate(2024, 6, 1), 5.0)}}}));
    PP_VERIFY_OK(second);
    QCOMPARE(second->updated, 1);
    QCOMPARE(second->findingsResolved, tomcats);
    auto v = VulnerabilityRepository(*m_db).findByIdentifier(QStringLiteral("CVE-2030-0001"));
    PP_VERIFY_OK(v);
    QCOMPARE((*v)->rowVersion, 2);
    QCOMPARE((*v)->severity, Severity::Medium);
    auto entry = AuditLog(*m_db).latestFor(QStringLiteral("vulnerability"), (*v)->id);
    PP_VERIFY_OK(entry);
    QVERIFY(entry->has_value());
    QVERIFY((*entry)->afterJson.contains(QLatin1String("2024-06-01")));
    for (const Seen &s : findings(*m_db, QStringLiteral("CVE-2030-0001")))
        QCOMPARE(s.state, QStringLiteral("resolved"));
}

void tst_VulnImport::badFileRollsBackEverything()
{
    PP_VERIFY_OK(importReal(VulnFeedKind::Kev, {kKev}));
    const Snapshot before = snapshot(*m_db);
    VulnImportReport report;
    VulnImportOptions o;
    o.now = kNow;
    auto r = VulnImport::run(*m_db, VulnFeedKind::Nvd, {kNvd, kBadNvd}, o, &report);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.contains(QLatin1String("bad_nvd.json:")), qPrintable(r.error().message));
    QVERIFY(hasErrors(report.issues));
    QCOMPARE(report.files, 2);
    QCOMPARE(snapshot(*m_db), before);
}

/// The indexes of the tables a large import writes, with their definitions, as the database
/// keeps them.
QStringList findingIndexes(const Database &db)
{
    auto q = db.dialect().isSqlite()
        ? db.run(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = "
                                "'index' AND tbl_name IN ('findings', 'patch_findings', "
                                "'vuln_cpe_matches') AND sql IS NOT NULL"))
        : db.run(QStringLiteral("SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE "
                                "tablename IN ('findings', 'patch_findings', "
                                "'vuln_cpe_matches')"));
    QStringList out;
    if (!q)
        return {q.error().message};
    while (q->next())
        out << q->value(0).toString();
    out.sort();
    return out;
}

void tst_VulnImport::largeImportBuildsIndexesAfter()
{
    // As a large feed does (DeferredIndexes): the indexes the import does not read are dropped
    // for it and built again before it commits, the same as the schema made them.
    const QStringList indexes = findingIndexes(*m_db);
    for (const char *name : {"idx_findings_due:", "idx_findings_state_due:",
                             "idx_findings_component:", "idx_patch_findings_finding:",
                             "idx_cpe_matches_product:"}) {
        QVERIFY2(indexes.filter(QLatin1String(name)).size() == 1,
                 qPrintable(indexes.join(QLatin1Char('\n'))));
    }
    VulnImportOptions o;
    o.deferIndexesFromBytes = 0;
    auto nvd = importReal(VulnFeedKind::Nvd, {kNvd}, o);
    PP_VERIFY_OK(nvd);
    QVERIFY(nvd->findingsCreated > 0);
    QVERIFY(nvd->patchesCreated > 0);
    QCOMPARE(findingIndexes(*m_db), indexes);
    // A query by due date reads the findings the import wrote.
    auto due = m_db->run(QStringLiteral("SELECT COUNT(*) FROM findings WHERE due_date IS NOT "
                                        "NULL AND state IN ('not_set', 'in_triage', 'affected')"));
    PP_VERIFY_OK(due);
    QVERIFY(due->next());
    QVERIFY(due->value(0).toInt() > 0);
    // A statement still reading on the connection: SQLite cannot drop an index meanwhile, and
    // the import goes on with the indexes kept.
    o.now = kNow.addDays(1);
    PP_VERIFY_OK(VulnImport::run(*m_db, VulnFeedKind::Kev, {kKev}, o));
    QCOMPARE(findingIndexes(*m_db), indexes);
    due->finish();

    // A bad file rolls the whole import back, the dropped indexes with it.
    const Snapshot before = snapshot(*m_db);
    VulnImportReport report;
    o.now = kNow;
    auto bad = VulnImport::run(*m_db, VulnFeedKind::Nvd, {kNvd, kBadNvd}, o, &report);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().kind == ErrorKind::InputRejected, qPrintable(bad.error().message));
    QCOMPARE(snapshot(*m_db), before);
    QCOMPARE(findingIndexes(*m_db), indexes);
}

void tst_VulnImport::duplicateAcrossFilesNewestWins_data()
{
    QTest::addColumn<bool>("newerFirst");
    QTest::newRow("newer file first") << true;
    QTest::newRow("newer file last") << false;
}

void tst_VulnImport::duplicateAcrossFilesNewestWins()
{
    // The same CVE in two files of one call (an overlapping daily page): the newest copy is
    // kept whatever the order, the other is skipped with a warning naming both places.
    QFETCH(bool, newerFirst);
    const QString id = newerFirst ? QStringLiteral("CVE-2030-0101") : QStringLiteral("CVE-2030-0102");
    const QString cpe = QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*");
    const VulnRecord older = record(id, cpe, QStringLiteral("99.0"), QDate(2024, 1, 1), 9.8);
    const VulnRecord newer = record(id, cpe, QStringLiteral("1.0"), QDate(2024, 6, 1), 5.0);
    const QString a = QStringLiteral("a.json"), b = QStringLiteral("b.json");
    VulnImportOptions o;
    o.now = kNow;
    VulnImportReport report;
    auto r = Internal::runVulnImport(*m_db, VulnFeedKind::Nvd, {a, b}, {100, 100}, o, &report,
                                     recordsSource({{a, {newerFirst ? newer : older}},
                                                    {b, {newerFirst ? older : newer}}}));
    PP_VERIFY_OK(r);
    QCOMPARE(r->created, 1);
    QCOMPARE(r->skipped, 1);
    QVERIFY(!hasErrors(report.issues));
    bool warned = false;
    for (const ImportIssue &i : std::as_const(report.issues))
        warned |= i.message.contains(id) && i.message.contains(QLatin1String("a.json:1"));
    QVERIFY(warned);
    auto v = VulnerabilityRepository(*m_db).findByIdentifier(id);
    PP_VERIFY_OK(v);
    QVERIFY(v->has_value());
    QCOMPARE((*v)->lastModified.date(), QDate(2024, 6, 1));
    QCOMPARE((*v)->cvssScore.value_or(0), 5.0);
}

void tst_VulnImport::duplicateInOneFileRejected()
{
    const Snapshot before = snapshot(*m_db);
    const QString cpe = QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*");
    const QString a = QStringLiteral("a.json");
    VulnImportReport report;
    auto r = Internal::runVulnImport(
        *m_db, VulnFeedKind::Nvd, {a}, {100}, {}, &report,
        recordsSource({{a, {record(QStringLiteral("CVE-2030-0201"), cpe, QStringLiteral("1.0")),
                            record(QStringLiteral("CVE-2030-0201"), cpe, QStringLiteral("2.0"))}}}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.contains(QLatin1String("CVE-2030-0201")), qPrintable(r.error().message));
    QCOMPARE(snapshot(*m_db), before);
}

void tst_VulnImport::olderRecordNeverReplacesNewer()
{
    const QString cpe = QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*");
    const QString id = QStringLiteral("CVE-2030-0301");
    const QString f = QStringLiteral("feed.json");
    VulnImportOptions o;
    o.now = kNow;
    PP_VERIFY_OK(Internal::runVulnImport(*m_db, VulnFeedKind::Nvd, {f}, {100}, o, nullptr,
        recordsSource({{f, {record(id, cpe, QStringLiteral("1.0"), QDate(2024, 6, 1), 5.0)}}})));
    const Snapshot before = snapshot(*m_db);
    auto old = Internal::runVulnImport(*m_db, VulnFeedKind::Nvd, {f}, {100}, o, nullptr,
        recordsSource({{f, {record(id, cpe, QStringLiteral("99.0"), QDate(2024, 1, 1), 9.8)}}}));
    PP_VERIFY_OK(old);
    QCOMPARE(old->updated, 0);
    QCOMPARE(old->unchanged, 1);
    QCOMPARE(snapshot(*m_db), before);
}

void tst_VulnImport::cancelRollsBack()
{
    const Snapshot before = snapshot(*m_db);
    std::atomic_bool cancel = false;
    QList<VulnRecord> recs;
    for (int i = 0; i < 50; ++i) {
        recs << record(QStringLiteral("CVE-2031-%1").arg(i + 1000),
                       QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*"), QStringLiteral("99"));
    }
    VulnImportOptions o;
    o.batchSize = 10; // several batches are stored before the cancel
    o.cancel = &cancel;
    int seen = 0;
    const Internal::VulnFeedSource inner = recordsSource({{QStringLiteral("a.json"), recs}});
    const Internal::VulnFeedSource source = [&](const QString &f, const VulnSink &sink,
                                                const FeedReadOptions &ro) {
        return inner(f, [&](VulnRecord &&r) {
            if (++seen == 35)
                cancel = true;
            return sink(std::move(r));
        }, ro);
    };
    VulnImportReport report;
    auto r = Internal::runVulnImport(*m_db, VulnFeedKind::Nvd, {QStringLiteral("a.json")}, {10}, o,
                                     &report, source);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Usage);
    QVERIFY(report.cancelled);
    QVERIFY(report.created >= 30); // batches were stored, then rolled back
    QCOMPARE(snapshot(*m_db), before);
}

void tst_VulnImport::dryRunChangesNothing()
{
    const Snapshot before = snapshot(*m_db);
    VulnImportOptions o;
    o.dryRun = true;
    qint64 lastDone = -1, lastTotal = -1;
    QStringList phases;
    o.progress = [&](qint64 done, qint64 total, const QString &phase) {
        QVERIFY(done >= lastDone); // never backwards
        lastDone = done;
        lastTotal = total;
        if (!phases.contains(phase))
            phases << phase;
    };
    auto r = importReal(VulnFeedKind::Nvd, {kNvd}, o);
    PP_VERIFY_OK(r);
    QCOMPARE(lastTotal, QFileInfo(kNvd).size());
    QVERIFY(lastDone > 0 && lastDone <= lastTotal);
    QVERIFY2(phases.contains(QStringLiteral("Reading nvd_cves_api2_bundle.json")),
             qPrintable(phases.join(QLatin1Char('|'))));
    QVERIFY2(phases.contains(QStringLiteral("Matching")), qPrintable(phases.join(QLatin1Char('|'))));
    QVERIFY(r->dryRun);
    QVERIFY(r->created > 0);
    QVERIFY(r->findingsCreated > 0);
    QCOMPARE(snapshot(*m_db), before);
}

void tst_VulnImport::missingFileRejected()
{
    const Snapshot before = snapshot(*m_db);
    VulnImportReport report;
    auto r = VulnImport::run(*m_db, VulnFeedKind::Kev, {m_dir->filePath(QStringLiteral("nope.json"))},
                             {}, &report);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY(r.error().message.contains(QLatin1String("nope.json")));
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(snapshot(*m_db), before);
}

void tst_VulnImport::rematchAfterVersionChange()
{
    const QString file = QStringLiteral("feed.json");
    VulnImportOptions o;
    o.now = kNow;
    PP_VERIFY_OK(Internal::runVulnImport(
        *m_db, VulnFeedKind::Nvd, {file}, {1}, o, nullptr,
        recordsSource({{file, {record(QStringLiteral("CVE-2030-0002"),
                                      QStringLiteral("cpe:2.3:a:postgresql:postgresql:*:*:*:*:*:*:*:*"),
                                      QStringLiteral("50.0"))}}})));
    auto q = m_db->run(QStringLiteral("SELECT f.component_id FROM findings f JOIN vulnerabilities v "
                                      "ON v.id = f.vulnerability_id WHERE v.identifier = "
                                      "'CVE-2030-0002' AND f.state = 'not_set' ORDER BY f.component_id"));
    PP_VERIFY_OK(q);
    QVERIFY(q->next());
    const qint64 component = q->value(0).toLongLong();
    // Upgraded past the fix: rematching that one component resolves its finding, and only its.
    PP_VERIFY_OK(m_db->run(QStringLiteral("UPDATE components SET version = '50.1', cpe = "
                                          "'cpe:2.3:a:postgresql:postgresql:50.1:*:*:*:*:*:*:*' "
                                          "WHERE id = ?"),
                           {component}));
    const qint64 openBefore = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM findings WHERE "
                                                           "state = 'not_set'"));
    auto r = VulnImport::rematch(*m_db, {component}, kNow);
    PP_VERIFY_OK(r);
    QCOMPARE(r->findingsResolved, 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM findings WHERE state = 'not_set'")),
             openBefore - 1);
    // Back below the fix: re-opened.
    PP_VERIFY_OK(m_db->run(QStringLiteral("UPDATE components SET version = '16.1', cpe = "
                                          "'cpe:2.3:a:postgresql:postgresql:16.1:*:*:*:*:*:*:*' "
                                          "WHERE id = ?"),
                           {component}));
    r = VulnImport::rematch(*m_db, {component}, kNow);
    PP_VERIFY_OK(r);
    QCOMPARE(r->findingsReopened, 1);
}

void tst_VulnImport::jvnJoinBothOrders()
{
    const QString cpe = QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*");
    const int tomcats = int(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM components WHERE "
                                                         "cpe LIKE 'cpe:2.3:a:apache:tomcat:%'")));
    QVERIFY(tomcats > 0);
    const auto jvnRecord = [&](const QString &id, const QString &cve) {
        VulnRecord r = record(id, cpe, QStringLiteral("99.0"));
        r.source = VulnSource::Jvn;
        r.aliases = {cve};
        r.jvnSeverity = QStringLiteral("High");
        return r;
    };
    const auto import = [&](VulnFeedKind kind, const VulnRecord &r) {
        VulnImportOptions o;
        o.now = kNow;
        return Internal::runVulnImport(*m_db, kind, {QStringLiteral("f")}, {1}, o, nullptr,
                                       recordsSource({{QStringLiteral("f"), {r}}}));
    };
    const auto open = [&](const QString &vuln) {
        int n = 0;
        for (const Seen &s : findings(*m_db, vuln))
            n += s.state == QLatin1String("not_set") ? 1 : 0;
        return n;
    };

    // CVE with criteria first: the JVN record about it is not matched itself.
    PP_VERIFY_OK(import(VulnFeedKind::Nvd, record(QStringLiteral("CVE-2030-0100"), cpe, QStringLiteral("99.0"))));
    QCOMPARE(open(QStringLiteral("CVE-2030-0100")), tomcats);
    auto j = import(VulnFeedKind::Jvn, jvnRecord(QStringLiteral("JVNDB-2030-000100"), QStringLiteral("CVE-2030-0100")));
    PP_VERIFY_OK(j);
    QCOMPARE(j->findingsCreated, 0);
    QCOMPARE(open(QStringLiteral("JVNDB-2030-000100")), 0);

    // JVN first: matched on its own; once the CVE arrives with criteria, the CVE's findings
    // take over and the JVN record's resolve.
    PP_VERIFY_OK(import(VulnFeedKind::Jvn, jvnRecord(QStringLiteral("JVNDB-2030-000101"), QStringLiteral("CVE-2030-0101"))));
    QCOMPARE(open(QStringLiteral("JVNDB-2030-000101")), tomcats);
    PP_VERIFY_OK(import(VulnFeedKind::Nvd, record(QStringLiteral("CVE-2030-0101"), cpe, QStringLiteral("99.0"))));
    QCOMPARE(open(QStringLiteral("CVE-2030-0101")), tomcats);
    QCOMPARE(open(QStringLiteral("JVNDB-2030-000101")), 0);
}

void tst_VulnImport::syntheticFeed()
{
    // About 2,000 components: a bigger demo estate.
    QTemporaryDir dir;
    auto db = test::openTemp(dir, QStringLiteral("big.db"));
    QVERIFY(db);
    PP_VERIFY_OK(createDemoEstate(*db, {290, 3}));
    QList<QString> cpes;
    auto q = db->run(QStringLiteral("SELECT DISTINCT cpe FROM components WHERE cpe <> '' ORDER BY cpe"));
    PP_VERIFY_OK(q);
    // Numeric versions only: how "r2" or "-" compare with a range is the matcher's business.
    while (q->next()) {
        const QString cpe = q->value(0).toString();
        if (cpe.section(QLatin1Char(':'), 5, 5).front().isDigit())
            cpes << cpe;
    }
    cpes.sort(); // the same pool, in the same order, on either backend (collations differ)
    const qint64 components = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM components"));
    QVERIFY(components > 1500);
    QVERIFY(!cpes.isEmpty());

    // 5,000 CVEs: half on the estate's products (vendor:product of a real component, fixed in
    // a high version so that they match), half on products nobody runs.
    QRandomGenerator rng(42);
    QList<VulnRecord> recs;
    for (int i = 0; i < 5000; ++i) {
        QString cpe;
        if (i % 2 == 0) {
            QStringList f = cpes.at(int(rng.bounded(qint64(cpes.size())))).split(QLatin1Char(':'));
            for (int k = 5; k < f.size(); ++k)
                f[k] = QStringLiteral("*");
            cpe = f.join(QLatin1Char(':'));
        } else {
            cpe = QStringLiteral("cpe:2.3:a:nobody%1:product%1:*:*:*:*:*:*:*:*").arg(i);
        }
        recs << record(QStringLiteral("CVE-2032-%1").arg(i + 10000), cpe,
                       i % 4 == 0 ? QStringLiteral("9999") : QStringLiteral("0.1"));
    }
    VulnImportOptions o;
    o.now = kNow;
    QElapsedTimer t;
    t.start();
    auto r = Internal::runVulnImport(*db, VulnFeedKind::Nvd, {QStringLiteral("synthetic.json")},
                                     {1}, o, nullptr, recordsSource({{QStringLiteral("synthetic.json"), recs}}));
    PP_VERIFY_OK(r);
    const qint64 ms = t.elapsed();
    qInfo("synthetic: 5000 CVEs against %lld components: %lld ms, %d findings, %d patches",
          components, ms, r->findingsCreated, r->patchesCreated);
    QCOMPARE(r->created, 5000);
    QVERIFY(r->findingsCreated > 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM vuln_cpe_matches")), 5000);
    // Every finding is on a vulnerability whose fix is 9999 (the 0.1 ones match nothing
    // except components with an unknown version, which cover no range).
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM findings WHERE fixed_version <> '9999'")), 0);
    t.restart();
    auto again = Internal::runVulnImport(*db, VulnFeedKind::Nvd, {QStringLiteral("synthetic.json")},
                                         {1}, o, nullptr, recordsSource({{QStringLiteral("synthetic.json"), recs}}));
    PP_VERIFY_OK(again);
    qInfo("synthetic re-import (all unchanged): %lld ms", qint64(t.elapsed()));
    QCOMPARE(again->unchanged, 5000);
}

QTEST_GUILESS_MAIN(tst_VulnImport)
#include "tst_vulnimport.moc"
