// VulnerabilityRepository: created/updated/unchanged by feed hash, the merge rules of NVD, KEV and
// JVN in either order, aliases both ways, the criteria round trip and the list rows.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/storage/auditlog.h"
#include "models/storage/vulnerabilityrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace pp;

namespace {

CpeCriterion crit(const QString &cpe, const QString &endExcl = {}, bool vulnerable = true)
{
    CpeCriterion c;
    c.criteria = cpe;
    c.vulnerable = vulnerable;
    c.versionEndExcluding = endExcl;
    return c;
}

VulnRecord nvd(const QString &id, double score = 9.8, const QDate &modified = {2024, 4, 1})
{
    VulnRecord r;
    r.source = VulnSource::Nvd;
    r.identifier = id;
    r.description = QStringLiteral("NVD description of %1").arg(id);
    CvssMetric m;
    m.version = QStringLiteral("3.1");
    m.score = score;
    m.vector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    m.severity = severityFromScore(score);
    m.source = QStringLiteral("nvd@nist.gov");
    m.primary = true;
    CvssMetric v2;
    v2.version = QStringLiteral("2.0");
    v2.score = 5.0;
    v2.source = QStringLiteral("nvd@nist.gov");
    r.metrics = {v2, m};
    r.published = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    r.lastModified = QDateTime(modified, QTime(12, 0), Qt::UTC);
    r.status = QStringLiteral("Analyzed");
    CpeNode node;
    node.matches << crit(QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*"),
                         QStringLiteral("9.0.86"));
    r.configurations = {CpeConfiguration{false, false, {node}}};
    r.references = {VulnReference{QStringLiteral("https://example.org/a"),
                                  QStringLiteral("nvd@nist.gov"),
                                  {QStringLiteral("Vendor Advisory"), QStringLiteral("Patch")}}};
    r.sourceFile = QStringLiteral("nvd.json");
    r.line = 1;
    return r;
}

VulnRecord kev(const QString &id)
{
    VulnRecord r;
    r.source = VulnSource::Kev;
    r.identifier = id;
    r.title = QStringLiteral("Apache Tomcat Path Traversal");
    r.description = QStringLiteral("KEV description");
    KevEntry k;
    k.dateAdded = QDate(2024, 4, 12);
    k.dueDate = QDate(2024, 5, 3);
    k.ransomware = true;
    k.vendorProject = QStringLiteral("Apache");
    k.product = QStringLiteral("Tomcat");
    k.name = r.title;
    k.requiredAction = QStringLiteral("Apply mitigations per vendor instructions.");
    r.kev = k;
    r.sourceFile = QStringLiteral("kev.json");
    r.line = 3;
    return r;
}

VulnRecord jvn(const QString &id, const QStringList &cves)
{
    VulnRecord r;
    r.source = VulnSource::Jvn;
    r.identifier = id;
    r.title = QStringLiteral("Apache Tomcat における脆弱性");
    r.description = QStringLiteral("説明");
    r.jvnSeverity = QStringLiteral("High");
    r.aliases = cves;
    r.published = QDateTime(QDate(2024, 3, 5), QTime(0, 0), Qt::UTC);
    r.lastModified = r.published;
    r.sourceFile = QStringLiteral("jvn.rdf");
    r.line = 10;
    return r;
}

} // namespace

class tst_VulnRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createdUpdatedUnchanged();
    void unchangedWritesNothing();
    void mergeNvdThenKev();
    void mergeKevThenNvd();
    void jvnAliasesBothOrders();
    void jvnSeverityFromWord();
    void configurationsRoundTrip();
    void duplicateInBatchRejected();
    void rowsFilter();

private:
    qint64 auditHead();
    int auditCount(const QString &entity);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_VulnRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
}

void tst_VulnRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 tst_VulnRepository::auditHead()
{
    auto h = AuditLog(*m_db).headId();
    return h ? *h : -1;
}

int tst_VulnRepository::auditCount(const QString &entity)
{
    AuditFilter f;
    f.entity = entity;
    auto c = AuditLog(*m_db).count(f);
    return c ? *c : -1;
}

static Result<QList<VulnUpsert>> store(Database &db, const QList<VulnRecord> &batch)
{
    Result<QList<VulnUpsert>> out = QList<VulnUpsert>();
    const Status s = db.transaction([&]() -> Status {
        out = VulnerabilityRepository(db).upsert(batch);
        return out ? Status() : Status(out.error());
    });
    if (!s)
        return s.error();
    return out;
}

void tst_VulnRepository::createdUpdatedUnchanged()
{
    auto r = store(*m_db, {nvd(QStringLiteral("CVE-2024-0001")), nvd(QStringLiteral("CVE-2024-0002"))});
    PP_VERIFY_OK(r);
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).outcome, VulnUpsert::Outcome::Created);
    QVERIFY(r->at(0).configurationsChanged);
    QVERIFY(r->at(0).id > 0);
    QVERIFY(r->at(1).id != r->at(0).id);
    QCOMPARE(auditCount(QStringLiteral("vulnerability")), 0); // creations: VulnImport's entry

    auto v = VulnerabilityRepository(*m_db).find(r->at(0).id);
    PP_VERIFY_OK(v);
    QVERIFY(v->has_value());
    QCOMPARE((*v)->identifier, QStringLiteral("CVE-2024-0001"));
    QCOMPARE((*v)->cvssVersion, QStringLiteral("3.1")); // newest version preferred over 2.0
    QCOMPARE((*v)->cvssScore.value_or(-1), 9.8);
    QCOMPARE((*v)->severity, Severity::Critical);
    QCOMPARE((*v)->metrics.size(), 2);
    QCOMPARE((*v)->status, QStringLiteral("Analyzed"));
    QCOMPARE((*v)->sources, QStringList{QStringLiteral("nvd")});
    QCOMPARE((*v)->rowVersion, 1);
    QCOMPARE((*v)->published, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
    auto refs = VulnerabilityRepository(*m_db).references(r->at(0).id);
    PP_VERIFY_OK(refs);
    QCOMPARE(refs->size(), 1);
    QCOMPARE(refs->at(0).tags, (QStringList{QStringLiteral("Vendor Advisory"), QStringLiteral("Patch")}));

    // Same again: unchanged. A newer record with a lower score: updated, due inputs changed,
    // criteria the same, so no matching needed.
    auto again = store(*m_db, {nvd(QStringLiteral("CVE-2024-0001")),
                               nvd(QStringLiteral("CVE-2024-0002"), 7.5, QDate(2024, 5, 1))});
    PP_VERIFY_OK(again);
    QCOMPARE(again->at(0).outcome, VulnUpsert::Outcome::Unchanged);
    QCOMPARE(again->at(0).id, r->at(0).id);
    QVERIFY(!again->at(0).dueInputsChanged);
    QCOMPARE(again->at(1).outcome, VulnUpsert::Outcome::Updated);
    QVERIFY(again->at(1).dueInputsChanged);
    QVERIFY(!again->at(1).configurationsChanged);
    QCOMPARE(auditCount(QStringLiteral("vulnerability")), 1);
    auto entry = AuditLog(*m_db).latestFor(QStringLiteral("vulnerability"), r->at(1).id);
    PP_VERIFY_OK(entry);
    QVERIFY(entry->has_value());
    QCOMPARE((*entry)->action, QStringLiteral("update"));
    const QJsonObject before = QJsonDocument::fromJson((*entry)->beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson((*entry)->afterJson.toUtf8()).object();
    QCOMPARE(before.value(QLatin1String("cvss")).toDouble(), 9.8);
    QCOMPARE(after.value(QLatin1String("cvss")).toDouble(), 7.5);
    QCOMPARE(after.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(after.value(QLatin1String("criteria")).toInt(), 1);
    QVERIFY(after.value(QLatin1String("last_modified")).toString().startsWith(QLatin1String("2024-05-01")));
    auto v2 = VulnerabilityRepository(*m_db).find(r->at(1).id);
    PP_VERIFY_OK(v2);
    QCOMPARE((*v2)->rowVersion, 2);
    QCOMPARE((*v2)->severity, Severity::High);

    // New criteria: configurations changed.
    VulnRecord changed = nvd(QStringLiteral("CVE-2024-0001"), 9.8, QDate(2024, 6, 1));
    changed.configurations[0].nodes[0].matches[0].versionEndExcluding = QStringLiteral("9.0.90");
    auto third = store(*m_db, {changed});
    PP_VERIFY_OK(third);
    QCOMPARE(third->at(0).outcome, VulnUpsert::Outcome::Updated);
    QVERIFY(third->at(0).configurationsChanged);
    QVERIFY(!third->at(0).dueInputsChanged);
    auto count = VulnerabilityRepository(*m_db).count();
    PP_VERIFY_OK(count);
    QCOMPARE(*count, 2);
}

void tst_VulnRepository::unchangedWritesNothing()
{
    PP_VERIFY_OK(store(*m_db, {nvd(QStringLiteral("CVE-2024-0003")), nvd(QStringLiteral("CVE-2024-0004"))}));
    PP_VERIFY_OK(store(*m_db, {kev(QStringLiteral("CVE-2024-0003"))}));
    auto before = VulnerabilityRepository(*m_db).findByIdentifier(QStringLiteral("CVE-2024-0003"));
    PP_VERIFY_OK(before);
    const qint64 head = auditHead();
    QVERIFY(head >= 0);
    auto r = store(*m_db, {nvd(QStringLiteral("CVE-2024-0003")), nvd(QStringLiteral("CVE-2024-0004"))});
    PP_VERIFY_OK(r);
    auto k = store(*m_db, {kev(QStringLiteral("CVE-2024-0003"))});
    PP_VERIFY_OK(k);
    QCOMPARE(r->at(0).outcome, VulnUpsert::Outcome::Unchanged);
    QCOMPARE(r->at(1).outcome, VulnUpsert::Outcome::Unchanged);
    QCOMPARE(k->at(0).outcome, VulnUpsert::Outcome::Unchanged);
    QCOMPARE(auditHead(), head);
    auto after = VulnerabilityRepository(*m_db).findByIdentifier(QStringLiteral("CVE-2024-0003"));
    PP_VERIFY_OK(after);
    QCOMPARE((*after)->rowVersion, (*before)->rowVersion);
    QCOMPARE((*after)->updatedAt, (*before)->updatedAt);
    // Not even the criteria were rewritten: their row ids are those of the first import.
    auto ids = m_db->run(QStringLiteral("SELECT MAX(id) FROM vuln_cpe_matches"));
    PP_VERIFY_OK(ids);
    QVERIFY(ids->next());
    QCOMPARE(ids->value(0).toInt(), 2);
}

void tst_VulnRepository::mergeNvdThenKev()
{
    const QString id = QStringLiteral("CVE-2024-0010");
    PP_VERIFY_OK(store(*m_db, {nvd(id)}));
    auto k = store(*m_db, {kev(id)});
    PP_VERIFY_OK(k);
    QCOMPARE(k->at(0).outcome, VulnUpsert::Outcome::Updated);
    QVERIFY(k->at(0).dueInputsChanged);
    QVERIFY(!k->at(0).configurationsChanged); // KEV brings no criteria: the stored ones stay
    auto v = VulnerabilityRepository(*m_db).findByIdentifier(id);
    PP_VERIFY_OK(v);
    QCOMPARE((*v)->description, nvd(id).description); // KEV fills only what is empty
    QCOMPARE((*v)->title, kev(id).title);
    QVERIFY((*v)->kev.has_value());
    QCOMPARE((*v)->kev->dueDate, QDate(2024, 5, 3));
    QVERIFY((*v)->kev->ransomware);
    QCOMPARE((*v)->kev->requiredAction, kev(id).kev->requiredAction);
    QCOMPARE((*v)->sources, (QStringList{QStringLiteral("nvd"), QStringLiteral("kev")}));
    QCOMPARE((*v)->severity, Severity::Critical);
    auto configs = VulnerabilityRepository(*m_db).configurations({(*v)->id});
    PP_VERIFY_OK(configs);
    QCOMPARE(configs->value((*v)->id), nvd(id).configurations);
}

void tst_VulnRepository::mergeKevThenNvd()
{
    const QString id = QStringLiteral("CVE-2024-0011");
    auto k = store(*m_db, {kev(id)});
    PP_VERIFY_OK(k);
    QCOMPARE(k->at(0).outcome, VulnUpsert::Outcome::Created);
    QVERIFY(!k->at(0).configurationsChanged);
    auto n = store(*m_db, {nvd(id)});
    PP_VERIFY_OK(n);
    QCOMPARE(n->at(0).outcome, VulnUpsert::Outcome::Updated);
    QVERIFY(n->at(0).configurationsChanged);
    auto v = VulnerabilityRepository(*m_db).findByIdentifier(id);
    PP_VERIFY_OK(v);
    QCOMPARE((*v)->description, nvd(id).description); // NVD's description wins
    QCOMPARE((*v)->title, kev(id).title);
    QVERIFY((*v)->kev.has_value()); // an NVD record without KEV facts keeps KEV's
    QCOMPARE((*v)->kev->dateAdded, QDate(2024, 4, 12));
    QCOMPARE((*v)->sources, (QStringList{QStringLiteral("nvd"), QStringLiteral("kev")}));
    QCOMPARE((*v)->cvssScore.value_or(-1), 9.8);
}

void tst_VulnRepository::jvnAliasesBothOrders()
{
    // CVE first, then the JVN record naming it.
    PP_VERIFY_OK(store(*m_db, {nvd(QStringLiteral("CVE-2024-0020"))}));
    PP_VERIFY_OK(store(*m_db, {jvn(QStringLiteral("JVNDB-2024-000001"),
                                   {QStringLiteral("CVE-2024-0020"), QStringLiteral("CVE-2024-0021")})}));
    VulnerabilityRepository repo(*m_db);
    auto cve = repo.findByIdentifier(QStringLiteral("CVE-2024-0020"));
    PP_VERIFY_OK(cve);
    QCOMPARE((*cve)->aliases, QStringList{QStringLiteral("JVNDB-2024-000001")});
    auto j = repo.findByIdentifier(QStringLiteral("JVNDB-2024-000001"));
    PP_VERIFY_OK(j);
    QCOMPARE((*j)->aliases,
             (QStringList{QStringLiteral("CVE-2024-0020"), QStringLiteral("CVE-2024-0021")}));
    QCOMPARE((*j)->sources, QStringList{QStringLiteral("jvn")});

    // The other CVE arrives later: it gets the JVN id too.
    PP_VERIFY_OK(store(*m_db, {nvd(QStringLiteral("CVE-2024-0021"))}));
    auto later = repo.findByIdentifier(QStringLiteral("CVE-2024-0021"));
    PP_VERIFY_OK(later);
    QCOMPARE((*later)->aliases, QStringList{QStringLiteral("JVNDB-2024-000001")});

    // JVN first, CVE second, in a fresh database.
    QTemporaryDir dir;
    auto db = test::openTemp(dir, QStringLiteral("other.db"));
    QVERIFY(db);
    PP_VERIFY_OK(store(*db, {jvn(QStringLiteral("JVNDB-2024-000002"), {QStringLiteral("CVE-2024-0022")})}));
    PP_VERIFY_OK(store(*db, {kev(QStringLiteral("CVE-2024-0022"))}));
    auto k = VulnerabilityRepository(*db).findByIdentifier(QStringLiteral("CVE-2024-0022"));
    PP_VERIFY_OK(k);
    QCOMPARE((*k)->aliases, QStringList{QStringLiteral("JVNDB-2024-000002")});
    // The join: the JVN record's CVE has no criteria yet, then gets some.
    auto jid = VulnerabilityRepository(*db).findByIdentifier(QStringLiteral("JVNDB-2024-000002"));
    PP_VERIFY_OK(jid);
    auto joined = VulnerabilityRepository(*db).aliasedWithConfigurations({(*jid)->id});
    PP_VERIFY_OK(joined);
    QVERIFY(joined->isEmpty());
    PP_VERIFY_OK(store(*db, {nvd(QStringLiteral("CVE-2024-0022"))}));
    joined = VulnerabilityRepository(*db).aliasedWithConfigurations({(*jid)->id});
    PP_VERIFY_OK(joined);
    QCOMPARE(*joined, QSet<qint64>{(*jid)->id});
}

void tst_VulnRepository::jvnSeverityFromWord()
{
    PP_VERIFY_OK(store(*m_db, {jvn(QStringLiteral("JVNDB-2024-000003"), {})}));
    auto j = VulnerabilityRepository(*m_db).findByIdentifier(QStringLiteral("JVNDB-2024-000003"));
    PP_VERIFY_OK(j);
    QCOMPARE((*j)->severity, Severity::High); // no metric: JVN's word
    QCOMPARE((*j)->jvnSeverity, QStringLiteral("High"));
    QVERIFY(!(*j)->cvssScore.has_value());
    QCOMPARE((*j)->title, QStringLiteral("Apache Tomcat における脆弱性"));
}

void tst_VulnRepository::configurationsRoundTrip()
{
    VulnRecord r = nvd(QStringLiteral("CVE-2024-0030"));
    CpeNode app;
    app.matches << crit(QStringLiteral("cpe:2.3:a:fortinet:forticlient:*:*:*:*:*:windows:*:*"),
                        QStringLiteral("7.0.8"));
    app.matches[0].versionStartIncluding = QStringLiteral("7.0.0");
    app.matches[0].matchCriteriaId = QStringLiteral("A1B2C3D4-0000-0000-0000-000000000001");
    CpeCriterion inc = crit(QStringLiteral("cpe:2.3:a:fortinet:forticlient:6.4.*:*:*:*:*:*:*:*"));
    inc.versionStartExcluding = QStringLiteral("6.4.0");
    inc.versionEndIncluding = QStringLiteral("6.4.9");
    app.matches << inc;
    CpeNode platform;
    platform.negate = true;
    platform.matches << crit(QStringLiteral("cpe:2.3:o:microsoft:windows:-:*:*:*:*:*:*:*"), {}, false);
    CpeNode exact;
    exact.andOperator = true;
    exact.matches << crit(QStringLiteral("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*"));
    r.configurations = {CpeConfiguration{true, false, {app, platform}},
                        CpeConfiguration{false, true, {exact}}};
    auto s = store(*m_db, {r});
    PP_VERIFY_OK(s);
    const qint64 id = s->at(0).id;
    VulnerabilityRepository repo(*m_db);
    auto configs = repo.configurations({id, 999999});
    PP_VERIFY_OK(configs);
    QCOMPARE(configs->size(), 1);
    QCOMPARE(configs->value(id), r.configurations);

    auto parsed = m_db->run(QStringLiteral("SELECT cpe_part, cpe_vendor, cpe_product, cpe_version, "
                                           "version_end_excluding, version_start_including "
                                           "FROM vuln_cpe_matches WHERE vulnerability_id = ? "
                                           "ORDER BY id"),
                            {id});
    PP_VERIFY_OK(parsed);
    QVERIFY(parsed->next());
    QCOMPARE(parsed->value(0).toString(), QStringLiteral("a"));
    QCOMPARE(parsed->value(1).toString(), QStringLiteral("fortinet"));
    QCOMPARE(parsed->value(2).toString(), QStringLiteral("forticlient"));
    QCOMPARE(parsed->value(3).toString(), QStringLiteral("*"));
    QCOMPARE(parsed->value(4).toString(), QStringLiteral("7.0.8"));
    QCOMPARE(parsed->value(5).toString(), QStringLiteral("7.0.0"));
    QVERIFY(parsed->next());
    QVERIFY(parsed->value(4).isNull()); // no bound = NULL
    QVERIFY(parsed->next());
    QCOMPARE(parsed->value(0).toString(), QStringLiteral("o"));

    auto cand = repo.candidateVulnerabilities({{QStringLiteral("apache"), QStringLiteral("log4j")}});
    PP_VERIFY_OK(cand);
    QCOMPARE(*cand, QList<qint64>{id});
    cand = repo.candidateVulnerabilities({{QString(), QStringLiteral("forticlient")}});
    PP_VERIFY_OK(cand);
    QCOMPARE(*cand, QList<qint64>{id});
    cand = repo.candidateVulnerabilities({{QStringLiteral("apache"), QStringLiteral("httpd")}});
    PP_VERIFY_OK(cand);
    QVERIFY(cand->isEmpty());
}

void tst_VulnRepository::duplicateInBatchRejected()
{
    auto r = store(*m_db, {nvd(QStringLiteral("CVE-2024-0040")), nvd(QStringLiteral("CVE-2024-0040"))});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.contains(QLatin1String("nvd.json:1")), qPrintable(r.error().message));
    auto count = VulnerabilityRepository(*m_db).count();
    PP_VERIFY_OK(count);
    QCOMPARE(*count, 0);
}

void tst_VulnRepository::rowsFilter()
{
    PP_VERIFY_OK(createDemoEstate(*m_db, {5, 1}));
    auto s = store(*m_db, {nvd(QStringLiteral("CVE-2024-0050")), nvd(QStringLiteral("CVE-2024-0051"), 5.0),
                           nvd(QStringLiteral("CVE-2024-0052"), 7.2)});
    PP_VERIFY_OK(s);
    PP_VERIFY_OK(store(*m_db, {kev(QStringLiteral("CVE-2024-0051"))}));
    PP_VERIFY_OK(store(*m_db, {jvn(QStringLiteral("JVNDB-2024-000050"), {QStringLiteral("CVE-2024-0052")})}));
    auto comps = m_db->run(QStringLiteral("SELECT id, system_id FROM components ORDER BY id LIMIT 3"));
    PP_VERIFY_OK(comps);
    QList<qint64> c;
    QSet<qint64> systems;
    while (comps->next()) {
        c << comps->value(0).toLongLong();
        systems.insert(comps->value(1).toLongLong());
    }
    QCOMPARE(c.size(), 3);
    const qint64 v50 = s->at(0).id, v51 = s->at(1).id;
    const QString ins = QStringLiteral("INSERT INTO findings (vulnerability_id, component_id, state, "
                                       "detected_at, due_date, track, updated_at) "
                                       "VALUES (?, ?, ?, '2024-04-01T00:00:00Z', ?, ?, "
                                       "'2024-04-01T00:00:00Z')");
    PP_VERIFY_OK(m_db->run(ins, {v50, c[0], QStringLiteral("not_set"), QStringLiteral("2024-05-01"),
                                 QStringLiteral("emergency")}));
    PP_VERIFY_OK(m_db->run(ins, {v50, c[1], QStringLiteral("affected"), QStringLiteral("2024-04-20"),
                                 QStringLiteral("regular")}));
    PP_VERIFY_OK(m_db->run(ins, {v50, c[2], QStringLiteral("resolved"), QStringLiteral("2024-03-01"),
                                 QStringLiteral("regular")}));
    PP_VERIFY_OK(m_db->run(ins, {v51, c[0], QStringLiteral("not_affected"), QVariant(),
                                 QStringLiteral("regular")}));

    VulnerabilityRepository repo(*m_db);
    auto rows = repo.rows({});
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2); // affecting only
    const auto row50 = std::find_if(rows->cbegin(), rows->cend(),
                                    [&](const VulnRow &r) { return r.id == v50; });
    QVERIFY(row50 != rows->cend());
    QCOMPARE(row50->findings, 3);
    QCOMPARE(row50->openFindings, 2);
    QCOMPARE(row50->earliestDue, QDate(2024, 4, 20)); // the resolved one's earlier date ignored
    QVERIFY(row50->emergency);
    int distinctSystems = 0;
    {
        QSet<qint64> s3;
        auto q = m_db->run(QStringLiteral("SELECT system_id FROM components WHERE id IN (?, ?, ?)"),
                           {c[0], c[1], c[2]});
        PP_VERIFY_OK(q);
        while (q->next())
            s3.insert(q->value(0).toLongLong());
        distinctSystems = int(s3.size());
    }
    QCOMPARE(row50->systems, distinctSystems);
    QCOMPARE(row50->severity, Severity::Critical);

    VulnFilter all;
    all.affectingOnly = false;
    rows = repo.rows(all);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 4);

    VulnFilter kevOnly;
    kevOnly.kevOnly = true;
    rows = repo.rows(kevOnly);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).id, v51);
    QVERIFY(rows->at(0).kev);
    QVERIFY(rows->at(0).ransomware);
    QCOMPARE(rows->at(0).kevDueDate, QDate(2024, 5, 3));
    QCOMPARE(rows->at(0).openFindings, 0);

    VulnFilter high = all;
    high.minSeverity = Severity::High;
    rows = repo.rows(high);
    PP_VERIFY_OK(rows);
    QStringList ids;
    for (const VulnRow &r : *rows)
        ids << r.identifier;
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("CVE-2024-0050"), QStringLiteral("CVE-2024-0052"),
                               QStringLiteral("JVNDB-2024-000050")}));

    VulnFilter byAlias = all;
    byAlias.text = QStringLiteral("jvndb-2024-000050");
    rows = repo.rows(byAlias);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2); // the JVN record itself and the CVE that carries it as an alias
    for (const VulnRow &r : *rows) {
        if (r.identifier == QLatin1String("CVE-2024-0052"))
            QCOMPARE(r.aliases, QStringList{QStringLiteral("JVNDB-2024-000050")});
    }

    VulnFilter limited = all;
    limited.limit = 1;
    rows = repo.rows(limited);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
}

QTEST_GUILESS_MAIN(tst_VulnRepository)
#include "tst_vulnrepository.moc"
