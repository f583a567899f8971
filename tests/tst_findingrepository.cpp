// Findings and pending patches as stored: matching creates, resolves and re-opens findings; due
// dates and tracks follow the vulnerability, the system and the policy; triage is validated and
// versioned; upgrade patches follow the open findings; vendor patches are plain records.
#include "testsupport.h"

#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/systemrepository.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace pp;

namespace {

const QDateTime kNow(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
const QDate kDetected = kNow.date();

} // namespace

class tst_FindingRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void kevOnInternetIsEmergency();
    void dueFollowsExposureAndPolicy();
    void resolvedWhenNoLongerMatchingAndReopened();
    void decidedStatesAreKeptByMatching();
    void scopeLimitsResolution();
    void suppressedHiddenUntilReviewDate();
    void triageValidation();
    void staleRowVersionIsAConflict();
    void upgradePatchTargetsHighestFixedVersion();
    void plannedUpgradePatchIsKeptEmpty();
    void vendorPatchCrud();
    void duePolicyRoundTrip();
    void jvnSeverityDecidesWithoutCvss();
    void rowsOverManyFindings();
    void recomputeDecidesEachFindingByItsOwnInputs();
    void rowsStreamAndLimitInListOrder();

private:
    qint64 addSystem(const QString &code, Exposure exposure, int tier);
    qint64 addComponent(qint64 systemId, const QString &product, const QString &version);
    /// A vulnerability stored with plain SQL (the feed importer is tested elsewhere).
    qint64 addVuln(const QString &identifier, Severity severity, std::optional<double> cvss,
                   QDate kevAdded = {}, QDate kevDue = {});
    QList<FindingRow> allRows(QDate today = {});
    Finding findingOf(qint64 vulnId, qint64 componentId);
    int auditCount(const QString &entity, const QString &action);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_FindingRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("alice"));
}

void tst_FindingRepository::cleanup()
{
    m_db.reset();
    delete m_dir;
}

qint64 tst_FindingRepository::addSystem(const QString &code, Exposure exposure, int tier)
{
    System s;
    s.code = code;
    s.name = QStringLiteral("System %1").arg(code);
    s.exposure = exposure;
    s.criticality = tier;
    auto stored = SystemRepository(*m_db).insert(s);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored ? stored->id : 0;
}

qint64 tst_FindingRepository::addComponent(qint64 systemId, const QString &product,
                                           const QString &version)
{
    Component c;
    c.systemId = systemId;
    c.kind = ComponentKind::Middleware;
    c.vendor = QStringLiteral("Apache");
    c.product = product;
    c.version = version;
    auto stored = ComponentRepository(*m_db).insert(c);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored ? stored->id : 0;
}

qint64 tst_FindingRepository::addVuln(const QString &identifier, Severity severity,
                                      std::optional<double> cvss, QDate kevAdded, QDate kevDue)
{
    auto q = m_db->run(QStringLiteral("INSERT INTO vulnerabilities (identifier, title, severity, "
                                      "cvss_score, kev_date_added, kev_due_date, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {identifier, QStringLiteral("Title of %1").arg(identifier), toKey(severity),
                        cvss ? QVariant(*cvss) : QVariant(),
                        kevAdded.isValid() ? QVariant(kevAdded.toString(Qt::ISODate)) : QVariant(),
                        kevDue.isValid() ? QVariant(kevDue.toString(Qt::ISODate)) : QVariant(),
                        Database::nowUtc()});
    if (!q || !q->next()) {
        qWarning("vulnerability %s not stored", qPrintable(identifier));
        return 0;
    }
    return q->value(0).toLongLong();
}

QList<FindingRow> tst_FindingRepository::allRows(QDate today)
{
    FindingFilter f;
    f.states = allValues<AnalysisState>();
    f.today = today;
    auto rows = FindingRepository(*m_db).rows(f);
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().message));
        return {};
    }
    return *rows;
}

Finding tst_FindingRepository::findingOf(qint64 vulnId, qint64 componentId)
{
    for (const FindingRow &r : allRows()) {
        if (r.finding.vulnerabilityId == vulnId && r.finding.componentId == componentId)
            return r.finding;
    }
    return {};
}

int tst_FindingRepository::auditCount(const QString &entity, const QString &action)
{
    AuditFilter f;
    f.entity = entity;
    f.action = action;
    auto n = AuditLog(*m_db).count(f);
    return n ? *n : -1;
}

static VulnMatch matchOf(qint64 componentId, const QString &fixed = {})
{
    VulnMatch m;
    m.componentId = componentId;
    m.criteria = QStringLiteral("cpe:2.3:a:apache:http_server:*:*:*:*:*:*:*:*");
    m.fixedVersion = fixed;
    return m;
}

void tst_FindingRepository::kevOnInternetIsEmergency()
{
    const qint64 sys = addSystem(QStringLiteral("WEB"), Exposure::Internet, 3);
    const qint64 comp = addComponent(sys, QStringLiteral("HTTP Server"), QStringLiteral("2.4.57"));
    const QDate kevDue(2026, 11, 10);
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0001"), Severity::Critical, 9.8,
                             QDate(2026, 10, 27), kevDue);
    FindingRepository repo(*m_db);
    auto changes = repo.applyMatches({{v, {matchOf(comp, QStringLiteral("2.4.60"))}}}, kNow);
    PP_VERIFY_OK(changes);
    QCOMPARE(changes->created, 1);
    QCOMPARE(changes->touchedComponents, QList<qint64>{comp});

    FindingFilter filter;
    filter.today = kDetected;
    auto rows = repo.rows(filter);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    const FindingRow &r = rows->first();
    QCOMPARE(r.finding.state, AnalysisState::NotSet);
    QCOMPARE(r.finding.track, Track::Emergency);
    QCOMPARE(r.finding.dueRule, DueRule::KevDueDate);
    QCOMPARE(r.finding.dueDate, kevDue);
    QCOMPARE(r.finding.detectedAt, kNow);
    QCOMPARE(r.finding.fixedVersion, QStringLiteral("2.4.60"));
    QVERIFY(!r.finding.trackReason.isEmpty());
    QVERIFY(r.kev);
    QCOMPARE(r.vulnIdentifier, QStringLiteral("CVE-2024-0001"));
    QCOMPARE(r.systemCode, QStringLiteral("WEB"));
    QCOMPARE(r.exposure, Exposure::Internet);
    QCOMPARE(r.severity, Severity::Critical);
    QCOMPARE(r.cvssScore, std::optional<double>(9.8));

    auto counts = repo.counts(kDetected);
    PP_VERIFY_OK(counts);
    QCOMPARE(counts->open, 1);
    QCOMPARE(counts->untriaged, 1);
    QCOMPARE(counts->emergency, 1);
    QCOMPARE(counts->kev, 1);
    QCOMPARE(counts->overdue, 0);
    QCOMPARE(counts->vulnerabilities, 1);
    auto later = repo.counts(kevDue.addDays(1));
    PP_VERIFY_OK(later);
    QCOMPARE(later->overdue, 1);

    FindingFilter emergency;
    emergency.emergencyOnly = true;
    emergency.today = kDetected;
    QCOMPARE(repo.rows(emergency)->size(), 1);
    FindingFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = kevDue.addDays(1);
    QCOMPARE(repo.rows(overdue)->size(), 1);
    overdue.today = kDetected;
    QCOMPARE(repo.rows(overdue)->size(), 0);
    FindingFilter text;
    text.text = QStringLiteral("cve-2024-0001");
    QCOMPARE(repo.rows(text)->size(), 1);
    text.text = QStringLiteral("nothing like it");
    QCOMPARE(repo.rows(text)->size(), 0);

    // The same match again changes nothing and writes no audit entry.
    const int audits = auditCount(QStringLiteral("finding"), QStringLiteral("match"));
    QCOMPARE(audits, 1);
    auto again = repo.applyMatches({{v, {matchOf(comp, QStringLiteral("2.4.60"))}}}, kNow);
    PP_VERIFY_OK(again);
    QCOMPARE(again->created + again->reopened + again->resolved, 0);
    QCOMPARE(auditCount(QStringLiteral("finding"), QStringLiteral("match")), audits);
}

void tst_FindingRepository::dueFollowsExposureAndPolicy()
{
    const qint64 sys = addSystem(QStringLiteral("ERP"), Exposure::Internal, 3);
    const qint64 comp = addComponent(sys, QStringLiteral("Tomcat"), QStringLiteral("9.0.1"));
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0002"), Severity::Critical, 9.1);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(comp)}}}, kNow));
    Finding f = findingOf(v, comp);
    QCOMPARE(f.dueRule, DueRule::Critical);
    QCOMPARE(f.dueDate, kDetected.addDays(30));
    QCOMPARE(f.track, Track::Regular);
    const int version = f.rowVersion;

    // The system becomes internet-facing: 15 days, and CVSS 9.1 on the internet is emergency.
    auto system = SystemRepository(*m_db).findById(sys);
    PP_VERIFY_OK(system);
    System s = **system;
    s.exposure = Exposure::Internet;
    PP_VERIFY_OK(SystemRepository(*m_db).update(s));
    auto changes = repo.recomputeDue({}, {sys});
    PP_VERIFY_OK(changes);
    QCOMPARE(changes->recomputed, 1);
    f = findingOf(v, comp);
    QCOMPARE(f.dueRule, DueRule::InternetCritical);
    QCOMPARE(f.dueDate, kDetected.addDays(15));
    QCOMPARE(f.track, Track::Emergency);
    // A computed date is no edit: a triage based on the finding as read stays valid.
    QCOMPARE(f.rowVersion, version);

    // Another system's recomputation does not touch it; nothing changed recomputes nothing.
    auto none = repo.recomputeDue({}, {sys});
    PP_VERIFY_OK(none);
    QCOMPARE(none->recomputed, 0);

    // The policy shortens internet-facing critical to 7 days.
    DuePolicy policy;
    policy.internetCriticalDays = 7;
    PP_VERIFY_OK(SettingsRepository(*m_db).setDuePolicy(policy, DuePolicy{}));
    PP_VERIFY_OK(repo.recomputeDue({}));
    f = findingOf(v, comp);
    QCOMPARE(f.dueDate, kDetected.addDays(7));
    QCOMPARE(f.dueRule, DueRule::InternetCritical);
    QVERIFY(auditCount(QStringLiteral("finding"), QStringLiteral("recompute_due")) >= 2);
}

void tst_FindingRepository::resolvedWhenNoLongerMatchingAndReopened()
{
    const qint64 sys = addSystem(QStringLiteral("APP"), Exposure::Internal, 3);
    const qint64 comp = addComponent(sys, QStringLiteral("HTTP Server"), QStringLiteral("2.4.57"));
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0003"), Severity::High, 7.5);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(comp)}}}, kNow));
    const Finding before = findingOf(v, comp);

    auto resolved = repo.applyMatches({{v, {}}}, kNow.addDays(3));
    PP_VERIFY_OK(resolved);
    QCOMPARE(resolved->resolved, 1);
    QCOMPARE(resolved->touchedComponents, QList<qint64>{comp});
    Finding f = findingOf(v, comp);
    QCOMPARE(f.state, AnalysisState::Resolved);
    QCOMPARE(f.decidedBy, QStringLiteral("alice"));
    QVERIFY2(f.detail.contains(QStringLiteral("HTTP Server 2.4.57")), qPrintable(f.detail));
    QCOMPARE(f.rowVersion, before.rowVersion + 1);
    QCOMPARE(repo.counts(kDetected)->open, 0);
    // The default view leaves resolved findings out.
    FindingFilter def;
    def.today = kDetected;
    QCOMPARE(repo.rows(def)->size(), 0);

    auto reopened = repo.applyMatches({{v, {matchOf(comp, QStringLiteral("2.4.58"))}}},
                                      kNow.addDays(5));
    PP_VERIFY_OK(reopened);
    QCOMPARE(reopened->reopened, 1);
    QCOMPARE(reopened->created, 0);
    f = findingOf(v, comp);
    QCOMPARE(f.id, before.id);
    QCOMPARE(f.state, AnalysisState::NotSet);
    QVERIFY(f.detail.isEmpty());
    QVERIFY(f.decidedBy.isEmpty());
    QCOMPARE(f.detectedAt, kNow); // first detection still counts
    QCOMPARE(f.fixedVersion, QStringLiteral("2.4.58"));
    QCOMPARE(f.dueDate, before.dueDate);
}

void tst_FindingRepository::decidedStatesAreKeptByMatching()
{
    const qint64 sys = addSystem(QStringLiteral("KEEP"), Exposure::Internal, 3);
    const qint64 a = addComponent(sys, QStringLiteral("A"), QStringLiteral("1.0"));
    const qint64 b = addComponent(sys, QStringLiteral("B"), QStringLiteral("1.0"));
    const qint64 c = addComponent(sys, QStringLiteral("C"), QStringLiteral("1.0"));
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0004"), Severity::Medium, 5.0);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(a), matchOf(b), matchOf(c)}}}, kNow));
    Finding fa = findingOf(v, a);
    fa.state = AnalysisState::NotAffected;
    fa.justification = Justification::CodeNotReachable;
    Finding fb = findingOf(v, b);
    fb.state = AnalysisState::RiskAccepted;
    fb.detail = QStringLiteral("Accepted until the migration");
    Finding fc = findingOf(v, c);
    fc.state = AnalysisState::Resolved;
    fc.detail = QStringLiteral("Patched by hand");
    PP_VERIFY_OK(repo.setStates({fa, fb, fc}));

    PP_VERIFY_OK(repo.applyMatches({{v, {}}}, kNow));
    QCOMPARE(findingOf(v, a).state, AnalysisState::NotAffected);
    QCOMPARE(findingOf(v, b).state, AnalysisState::RiskAccepted);
    // Resolved by a person: a new match does not re-open it.
    auto again = repo.applyMatches({{v, {matchOf(a), matchOf(b), matchOf(c)}}}, kNow);
    PP_VERIFY_OK(again);
    QCOMPARE(again->reopened, 0);
    QCOMPARE(findingOf(v, c).state, AnalysisState::Resolved);
    QCOMPARE(findingOf(v, c).detail, QStringLiteral("Patched by hand"));
    QCOMPARE(findingOf(v, a).justification, Justification::CodeNotReachable);
}

void tst_FindingRepository::scopeLimitsResolution()
{
    const qint64 sys = addSystem(QStringLiteral("SCOPE"), Exposure::Internal, 3);
    const qint64 a = addComponent(sys, QStringLiteral("A"), QStringLiteral("1.0"));
    const qint64 b = addComponent(sys, QStringLiteral("B"), QStringLiteral("1.0"));
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0005"), Severity::Low, 3.1);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(a), matchOf(b)}}}, kNow));
    // Rematching only component a: b's finding is outside the scope and stays open.
    auto changes = repo.applyMatches({{v, {}}}, kNow, {a});
    PP_VERIFY_OK(changes);
    QCOMPARE(changes->resolved, 1);
    QCOMPARE(findingOf(v, a).state, AnalysisState::Resolved);
    QCOMPARE(findingOf(v, b).state, AnalysisState::NotSet);
    QCOMPARE(findingOf(v, b).dueRule, DueRule::Low);
}

void tst_FindingRepository::suppressedHiddenUntilReviewDate()
{
    const qint64 sys = addSystem(QStringLiteral("SUP"), Exposure::Internal, 3);
    const qint64 comp = addComponent(sys, QStringLiteral("X"), QStringLiteral("1.0"));
    const qint64 v1 = addVuln(QStringLiteral("CVE-2024-0006"), Severity::High, 8.0);
    const qint64 v2 = addVuln(QStringLiteral("CVE-2024-0007"), Severity::High, 8.0);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v1, {matchOf(comp)}}, {v2, {matchOf(comp)}}}, kNow));
    const QDate today = QDate::currentDate();
    Finding f1 = findingOf(v1, comp);
    f1.state = AnalysisState::NotAffected;
    f1.justification = Justification::RequiresConfiguration;
    f1.reviewDate = today.addDays(10);
    Finding f2 = findingOf(v2, comp);
    f2.state = AnalysisState::FalsePositive;
    f2.detail = QStringLiteral("Wrong product");
    PP_VERIFY_OK(repo.setStates({f1, f2}));

    FindingFilter def;
    def.today = today;
    auto rows = repo.rows(def);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 0);
    def.today = today.addDays(10); // the review date has come: shown again
    rows = repo.rows(def);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().finding.id, f1.id);
    // Asked for explicitly, they are listed.
    FindingFilter suppressed;
    suppressed.states = {AnalysisState::NotAffected, AnalysisState::FalsePositive};
    QCOMPARE(repo.rows(suppressed)->size(), 2);
    QCOMPARE(repo.counts(today)->open, 0);
}

void tst_FindingRepository::triageValidation()
{
    const qint64 sys = addSystem(QStringLiteral("VAL"), Exposure::Internal, 3);
    const qint64 comp = addComponent(sys, QStringLiteral("X"), QStringLiteral("1.0"));
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0008"), Severity::High, 8.0);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(comp)}}}, kNow));
    const Finding original = findingOf(v, comp);

    Finding f = original;
    f.state = AnalysisState::NotAffected; // neither justification nor detail
    auto r = repo.setStates({f});
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);

    f.detail = QStringLiteral("Module not loaded");
    f.reviewDate = QDate::currentDate().addDays(-1);
    r = repo.setStates({f});
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY(r.error().message.contains(QString::number(f.id)));

    Finding g = original;
    g.state = AnalysisState::Affected;
    g.reviewDate = QDate::currentDate().addDays(5); // only for suppressing states
    r = repo.setStates({g});
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QCOMPARE(findingOf(v, comp).state, AnalysisState::NotSet);

    g.reviewDate = {};
    auto ok = repo.setStates({g});
    PP_VERIFY_OK(ok);
    QCOMPARE(ok->size(), 1);
    QCOMPARE(ok->first().state, AnalysisState::Affected);
    QCOMPARE(ok->first().decidedBy, QStringLiteral("alice"));
    QVERIFY(ok->first().decidedAt.isValid());
    QCOMPARE(ok->first().rowVersion, original.rowVersion + 1);
    QCOMPARE(auditCount(QStringLiteral("finding"), QStringLiteral("update")), 1);
    auto entry = AuditLog(*m_db).latestFor(QStringLiteral("finding"), f.id);
    PP_VERIFY_OK(entry);
    QVERIFY(entry->has_value());
    QVERIFY((*entry)->beforeJson.contains(QStringLiteral("not_set")));
    QVERIFY((*entry)->afterJson.contains(QStringLiteral("affected")));
}

void tst_FindingRepository::staleRowVersionIsAConflict()
{
    const qint64 sys = addSystem(QStringLiteral("CON"), Exposure::Internal, 3);
    const qint64 a = addComponent(sys, QStringLiteral("A"), QStringLiteral("1.0"));
    const qint64 b = addComponent(sys, QStringLiteral("B"), QStringLiteral("1.0"));
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0009"), Severity::High, 8.0);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(a), matchOf(b)}}}, kNow));
    Finding fa = findingOf(v, a);
    Finding fb = findingOf(v, b);
    Finding first = fb;
    first.state = AnalysisState::InTriage;
    PP_VERIFY_OK(repo.setStates({first}));

    fa.state = AnalysisState::Affected;
    fb.state = AnalysisState::Affected; // read before the change above
    auto r = repo.setStates({fa, fb});
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Conflict);
    // All or nothing: a is unchanged too.
    QCOMPARE(findingOf(v, a).state, AnalysisState::NotSet);
    QCOMPARE(findingOf(v, b).state, AnalysisState::InTriage);
}

void tst_FindingRepository::upgradePatchTargetsHighestFixedVersion()
{
    const qint64 sys = addSystem(QStringLiteral("PAT"), Exposure::Internet, 2);
    const qint64 comp = addComponent(sys, QStringLiteral("HTTP Server"), QStringLiteral("2.4.57"));
    const qint64 v1 = addVuln(QStringLiteral("CVE-2024-0010"), Severity::High, 7.5);
    const qint64 v2 = addVuln(QStringLiteral("CVE-2024-0011"), Severity::Critical, 9.8);
    FindingRepository repo(*m_db);
    auto matched = repo.applyMatches({{v1, {matchOf(comp, QStringLiteral("2.4.60"))}},
                                      {v2, {matchOf(comp, QStringLiteral("2.4.62"))}}},
                                     kNow);
    PP_VERIFY_OK(matched);
    auto changes = repo.recomputePatches(matched->touchedComponents);
    PP_VERIFY_OK(changes);
    QCOMPARE(changes->patchesCreated, 1);

    auto rows = repo.patchRows(0);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    const PatchRow &p = rows->first();
    QCOMPARE(p.patch.kind, PatchKind::Upgrade);
    QCOMPARE(p.patch.componentId, comp);
    QCOMPARE(p.patch.targetVersion, QStringLiteral("2.4.62"));
    QVERIFY2(p.patch.title.contains(QStringLiteral("2.4.62")), qPrintable(p.patch.title));
    QCOMPARE(p.patch.findingIds.size(), 2);
    QCOMPARE(p.resolves, (QStringList{QStringLiteral("CVE-2024-0010"),
                                      QStringLiteral("CVE-2024-0011")}));
    QCOMPARE(p.systemId, sys);
    QCOMPARE(p.systemCode, QStringLiteral("PAT"));
    QCOMPARE(p.version, QStringLiteral("2.4.57"));
    QCOMPARE(p.dueDate, kDetected.addDays(15)); // internet-facing critical
    QCOMPARE(p.track, Track::Emergency);
    QCOMPARE(repo.patchRows(sys)->size(), 1);
    QCOMPARE(repo.patchRows(sys + 1000)->size(), 0);
    // The finding rows name the patch that resolves them.
    for (const FindingRow &r : allRows())
        QCOMPARE(r.patchId, p.patch.id);

    // Recomputing again changes nothing.
    auto same = repo.recomputePatches({});
    PP_VERIFY_OK(same);
    QCOMPARE(same->patchesCreated + same->patchesUpdated + same->patchesRemoved, 0);

    // The critical one is not affected: the target drops to 2.4.60.
    Finding f2 = findingOf(v2, comp);
    f2.state = AnalysisState::NotAffected;
    f2.justification = Justification::ComponentNotPresent;
    PP_VERIFY_OK(repo.setStates({f2}));
    auto patch = repo.patch(p.patch.id);
    PP_VERIFY_OK(patch);
    QVERIFY(patch->has_value());
    QCOMPARE((*patch)->targetVersion, QStringLiteral("2.4.60"));
    QCOMPARE((*patch)->findingIds, QList<qint64>{findingOf(v1, comp).id});

    // Nothing open any more: the upgrade patch goes.
    PP_VERIFY_OK(repo.applyMatches({{v1, {}}}, kNow));
    auto removed = repo.recomputePatches({comp});
    PP_VERIFY_OK(removed);
    QCOMPARE(removed->patchesRemoved, 1);
    QCOMPARE(repo.patchRows(0)->size(), 0);
}

void tst_FindingRepository::plannedUpgradePatchIsKeptEmpty()
{
    const qint64 sys = addSystem(QStringLiteral("PLN"), Exposure::Internal, 3);
    const qint64 comp = addComponent(sys, QStringLiteral("Tomcat"), QStringLiteral("9.0.1"));
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0012"), Severity::High, 7.5);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(comp, QStringLiteral("9.0.90"))}}}, kNow));
    PP_VERIFY_OK(repo.recomputePatches({comp}));
    auto rows = repo.patchRows(0);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    const qint64 patchId = rows->first().patch.id;
    // A plan schedules it (plans are issue 7: stored with plain SQL here).
    auto insert = m_db->run(QStringLiteral("INSERT INTO plans (title, plan_type, window_start, "
                                           "window_end, author, created_at, updated_at) VALUES "
                                           "(?, 'regular', ?, ?, ?, ?, ?) RETURNING id"),
                            {QStringLiteral("November"), QStringLiteral("2026-11-14T22:00:00Z"),
                             QStringLiteral("2026-11-15T04:00:00Z"), QStringLiteral("alice"),
                             Database::nowUtc(), Database::nowUtc()});
    PP_VERIFY_OK(insert);
    QVERIFY(insert->next());
    const qint64 planId = insert->value(0).toLongLong();
    insert->finish();
    PP_VERIFY_OK(m_db->run(QStringLiteral("INSERT INTO plan_patches (plan_id, patch_id) VALUES (?, ?)"),
                           {planId, patchId}));

    PP_VERIFY_OK(repo.applyMatches({{v, {}}}, kNow));
    auto changes = repo.recomputePatches({comp});
    PP_VERIFY_OK(changes);
    QCOMPARE(changes->patchesRemoved, 0);
    auto kept = repo.patch(patchId);
    PP_VERIFY_OK(kept);
    QVERIFY(kept->has_value());
    QVERIFY((*kept)->findingIds.isEmpty());
}

void tst_FindingRepository::vendorPatchCrud()
{
    const qint64 sys = addSystem(QStringLiteral("VEN"), Exposure::Internal, 2);
    const qint64 comp = addComponent(sys, QStringLiteral("Windows Server"), QStringLiteral("2019"));
    const qint64 v = addVuln(QStringLiteral("CVE-2024-0013"), Severity::High, 8.1);
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(comp)}}}, kNow));
    const qint64 findingId = findingOf(v, comp).id;

    Patch p;
    p.kind = PatchKind::Vendor;
    p.advisoryId = QStringLiteral("MS24-001");
    p.kb = QStringLiteral("KB5034441");
    p.title = QStringLiteral("January rollup <script>alert(1)</script>");
    p.vendor = QStringLiteral("Microsoft");
    p.product = QStringLiteral("Windows Server");
    p.releaseDate = QDate(2026, 1, 9);
    p.needsReboot = true;
    p.expectedMinutes = 45;
    p.canRollback = false;
    p.notes = QStringLiteral("Needs the servicing stack first");
    p.findingIds = {findingId};
    auto stored = repo.insertPatch(p);
    PP_VERIFY_OK(stored);
    QVERIFY(stored->id > 0);
    QCOMPARE(stored->rowVersion, 1);
    QCOMPARE(stored->title, p.title);
    QCOMPARE(stored->kb, p.kb);
    QCOMPARE(stored->releaseDate, p.releaseDate);
    QCOMPARE(stored->needsReboot, true);
    QCOMPARE(stored->canRollback, false);
    QCOMPARE(stored->expectedMinutes, 45);
    QCOMPARE(stored->findingIds, QList<qint64>{findingId});
    QCOMPARE(auditCount(QStringLiteral("patch"), QStringLiteral("create")), 1);

    auto rows = repo.patchRows(sys); // found through its finding's system
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().resolves, QStringList{QStringLiteral("CVE-2024-0013")});
    QCOMPARE(rows->first().product, QStringLiteral("Windows Server"));

    Patch edited = *stored;
    edited.expectedMinutes = 90;
    edited.findingIds.clear();
    auto updated = repo.updatePatch(edited);
    PP_VERIFY_OK(updated);
    QCOMPARE(updated->rowVersion, 2);
    QCOMPARE(updated->expectedMinutes, 90);
    QVERIFY(updated->findingIds.isEmpty());

    auto stale = repo.updatePatch(edited); // still version 1
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    Patch untitled = *updated;
    untitled.title = QStringLiteral("  ");
    auto bad = repo.updatePatch(untitled);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, ErrorKind::InputRejected);

    Status gone = repo.removePatch(updated->id, 1);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ErrorKind::Conflict);
    PP_VERIFY_OK(repo.removePatch(updated->id, 2));
    QVERIFY(!repo.patch(updated->id)->has_value());
    // Restored under its old id (what undo does).
    auto restored = repo.insertPatch(*stored);
    PP_VERIFY_OK(restored);
    QCOMPARE(restored->id, stored->id);
    QCOMPARE(restored->findingIds, QList<qint64>{findingId});
}

void tst_FindingRepository::duePolicyRoundTrip()
{
    SettingsRepository settings(*m_db);
    auto initial = settings.duePolicy();
    PP_VERIFY_OK(initial);
    QCOMPARE(*initial, DuePolicy{});
    DuePolicy p;
    p.kevDays = 10;
    p.emergencyCvss = 8.5;
    p.exposedInternalMaxTier = 1;
    PP_VERIFY_OK(settings.setDuePolicy(p, DuePolicy{}));
    QCOMPARE(*settings.duePolicy(), p);
    // Only the changed numbers were written, each audited.
    QCOMPARE(auditCount(QStringLiteral("setting"), QStringLiteral("create")), 3);
    // Someone else's view is stale now.
    DuePolicy q = p;
    q.lowDays = 200;
    Status st = settings.setDuePolicy(q, DuePolicy{});
    QVERIFY(!st);
    QCOMPARE(st.error().kind, ErrorKind::Conflict);
    DuePolicy invalid;
    invalid.mediumDays = 0;
    st = settings.setDuePolicy(invalid);
    QVERIFY(!st);
    QCOMPARE(st.error().kind, ErrorKind::InputRejected);
    // A value edited by hand into nonsense does not drive due dates.
    PP_VERIFY_OK(settings.setValue(QStringLiteral("policy.due.low_days"), QStringLiteral("0")));
    QCOMPARE(*settings.duePolicy(), DuePolicy{});
}

void tst_FindingRepository::jvnSeverityDecidesWithoutCvss()
{
    const qint64 sys = addSystem(QStringLiteral("JVN"), Exposure::Internal, 3);
    const qint64 comp = addComponent(sys, QStringLiteral("Web Mail"), QStringLiteral("3.1"));
    auto q = m_db->run(QStringLiteral("INSERT INTO vulnerabilities (identifier, title, "
                                      "jvn_severity, updated_at) VALUES ('JVNDB-2024-000123', "
                                      "'XSS', 'High', ?) RETURNING id"),
                       {Database::nowUtc()});
    PP_VERIFY_OK(q);
    QVERIFY(q->next());
    const qint64 v = q->value(0).toLongLong();
    q->finish();
    FindingRepository repo(*m_db);
    PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(comp)}}}, kNow));
    const QList<FindingRow> rows = allRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().severity, Severity::High);
    QVERIFY(!rows.first().cvssScore.has_value());
    QCOMPARE(rows.first().finding.dueRule, DueRule::High);
    QCOMPARE(rows.first().finding.dueDate, kDetected.addDays(30));
}

void tst_FindingRepository::rowsOverManyFindings()
{
    // 40 components x 50 vulnerabilities = 2,000 findings.
    QList<qint64> components;
    for (int s = 0; s < 4; ++s) {
        const qint64 sys = addSystem(QStringLiteral("BULK-%1").arg(s),
                                     s % 2 ? Exposure::Internet : Exposure::Internal, s + 1);
        for (int c = 0; c < 10; ++c)
            components << addComponent(sys, QStringLiteral("P%1").arg(c), QStringLiteral("1.%1").arg(s));
    }
    QList<VulnMatches> batch;
    PP_VERIFY_OK(m_db->transaction([&]() -> Status {
        for (int v = 0; v < 50; ++v) {
            VulnMatches m;
            m.vulnerabilityId = addVuln(QStringLiteral("CVE-2025-%1").arg(10000 + v),
                                        v % 3 ? Severity::High : Severity::Critical, 7.0 + v % 3,
                                        v % 5 ? QDate() : QDate(2026, 10, 1));
            for (qint64 c : std::as_const(components))
                m.matches << matchOf(c, QStringLiteral("2.%1").arg(v));
            batch << m;
        }
        return {};
    }));
    FindingRepository repo(*m_db);
    QElapsedTimer timer;
    timer.start();
    auto changes = repo.applyMatches(batch, kNow);
    PP_VERIFY_OK(changes);
    QCOMPARE(changes->created, 2000);
    QCOMPARE(changes->touchedComponents.size(), 40);
    const qint64 applyMs = timer.restart();
    auto patches = repo.recomputePatches({});
    PP_VERIFY_OK(patches);
    QCOMPARE(patches->patchesCreated, 40);
    const qint64 patchMs = timer.restart();
    FindingFilter def;
    def.today = kDetected;
    auto rows = repo.rows(def);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2000);
    const qint64 rowsMs = timer.restart();
    auto counts = repo.counts(kDetected);
    PP_VERIFY_OK(counts);
    QCOMPARE(counts->open, 2000);
    QCOMPARE(counts->kev, 400);
    auto patchRows = repo.patchRows(0);
    PP_VERIFY_OK(patchRows);
    QCOMPARE(patchRows->size(), 40);
    QCOMPARE(patchRows->first().resolves.size(), 50);
    const qint64 readMs = timer.restart();
    auto due = repo.recomputeDue({});
    PP_VERIFY_OK(due);
    QCOMPARE(due->recomputed, 0);
    const qint64 dueMs = timer.restart();
    // A policy change moves the internet-facing high findings without KEV: 2 of the 4 systems
    // (20 components) x the 27 such vulnerabilities (v % 3 != 0, v % 5 != 0).
    DuePolicy policy;
    policy.internetHighDays = 20;
    PP_VERIFY_OK(SettingsRepository(*m_db).setDuePolicy(policy));
    auto moved = repo.recomputeDue({});
    PP_VERIFY_OK(moved);
    QCOMPARE(moved->recomputed, 540);
    const qint64 policyMs = timer.elapsed();
    FindingFilter internetHigh;
    internetHigh.today = kDetected;
    int onTwentyDays = 0;
    auto afterPolicy = repo.rows(internetHigh);
    PP_VERIFY_OK(afterPolicy);
    for (const FindingRow &r : std::as_const(*afterPolicy)) {
        if (r.finding.dueRule == DueRule::InternetHigh) {
            QCOMPARE(r.finding.dueDate, kDetected.addDays(20));
            ++onTwentyDays;
        }
    }
    QCOMPARE(onTwentyDays, 540);
    qInfo("2,000 findings: apply %lld ms, patches %lld ms, rows %lld ms, counts+patchRows %lld ms, "
          "recomputeDue (nothing to do) %lld ms, policy change (540 moved) %lld ms",
          applyMs, patchMs, rowsMs, readMs, dueMs, policyMs);
    // Generous bounds (a shared, slow machine): one query per finding would be far slower.
    QVERIFY2(rowsMs < 3000, qPrintable(QString::number(rowsMs)));
    QVERIFY2(readMs < 3000, qPrintable(QString::number(readMs)));
}

void tst_FindingRepository::recomputeDecidesEachFindingByItsOwnInputs()
{
    // Many findings share their inputs and so their decision, which recomputeDue() makes once;
    // a finding whose system, vulnerability or detection day differs must still get its own.
    const QList<qint64> systems{addSystem(QStringLiteral("NET1"), Exposure::Internet, 1),
                                addSystem(QStringLiteral("INT3"), Exposure::Internal, 3),
                                addSystem(QStringLiteral("INT1"), Exposure::Internal, 1)};
    QList<qint64> components;
    for (qint64 sys : systems) {
        components << addComponent(sys, QStringLiteral("HTTP Server"), QStringLiteral("2.4.57"))
                   << addComponent(sys, QStringLiteral("Tomcat"), QStringLiteral("9.0.1"));
    }
    const QList<qint64> vulns{
        addVuln(QStringLiteral("CVE-2024-0101"), Severity::High, 8.1),
        addVuln(QStringLiteral("CVE-2024-0102"), Severity::High, 7.2),
        addVuln(QStringLiteral("CVE-2024-0103"), Severity::Medium, 5.0),
        addVuln(QStringLiteral("CVE-2024-0104"), Severity::Critical, 9.8, QDate(2026, 10, 1),
                QDate(2026, 10, 22)),
        addVuln(QStringLiteral("CVE-2024-0105"), Severity::Unknown, std::nullopt)};
    FindingRepository repo(*m_db);
    // Two detection days: the first three vulnerabilities now, the others ten days later.
    for (int i = 0; i < vulns.size(); ++i) {
        QList<VulnMatch> matches;
        for (qint64 c : components)
            matches << matchOf(c);
        PP_VERIFY_OK(repo.applyMatches({{vulns.at(i), matches}}, i < 3 ? kNow : kNow.addDays(10)));
    }
    DuePolicy policy;
    policy.highDays = 45;
    policy.mediumDays = 60;
    policy.internetHighDays = 5;
    policy.kevDays = 3;
    PP_VERIFY_OK(SettingsRepository(*m_db).setDuePolicy(policy));
    auto changes = repo.recomputeDue({});
    PP_VERIFY_OK(changes);

    // Each finding against the rule applied to its own inputs, one by one.
    const QList<FindingRow> rows = allRows(kDetected);
    QCOMPARE(rows.size(), vulns.size() * components.size());
    QSet<QDate> dates;
    for (const FindingRow &r : rows) {
        DueInputs in;
        in.detected = r.finding.detectedAt.toUTC().date();
        if (r.kev) {
            KevEntry k;
            k.dateAdded = QDate(2026, 10, 1);
            k.dueDate = QDate(2026, 10, 22);
            in.kev = k;
        }
        in.severity = r.severity;
        in.cvss = r.cvssScore;
        in.exposure = r.exposure;
        in.criticality = r.criticality;
        const DueDecision expected = DueRules::decide(in, policy);
        const QString where = r.vulnIdentifier + QLatin1Char(' ') + r.systemCode;
        QVERIFY2(r.finding.dueDate == expected.dueDate, qPrintable(where));
        QVERIFY2(r.finding.dueRule == expected.rule, qPrintable(where));
        QVERIFY2(r.finding.track == expected.track, qPrintable(where));
        QVERIFY2(r.finding.trackReason == expected.trackReason, qPrintable(where));
        dates.insert(r.finding.dueDate);
    }
    QVERIFY2(dates.size() >= 5, "the inputs lead to several different due dates");
    QVERIFY(changes->recomputed > 0);
    QCOMPARE(changes->touchedComponents.size(), components.size());
    // Decided again with nothing changed: nothing to write.
    auto again = repo.recomputeDue({});
    PP_VERIFY_OK(again);
    QCOMPARE(again->recomputed, 0);
}

void tst_FindingRepository::rowsStreamAndLimitInListOrder()
{
    const qint64 sys = addSystem(QStringLiteral("WEB"), Exposure::Internet, 2);
    const qint64 comp = addComponent(sys, QStringLiteral("HTTP Server"), QStringLiteral("2.4.57"));
    FindingRepository repo(*m_db);
    for (int i = 0; i < 30; ++i) {
        const qint64 v = addVuln(QStringLiteral("CVE-2024-%1").arg(2000 + i),
                                 i % 3 == 0 ? Severity::Critical : Severity::Low,
                                 i % 3 == 0 ? 9.1 : 3.0);
        PP_VERIFY_OK(repo.applyMatches({{v, {matchOf(comp)}}}, kNow.addDays(i)));
    }
    FindingFilter f;
    f.today = kDetected;
    auto all = repo.rows(f);
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 30);
    QList<qint64> streamed;
    PP_VERIFY_OK(repo.forEachRow(f, [&](const FindingRow &r) {
        streamed << r.finding.id;
        return streamed.size() < 12; // stops early
    }));
    QCOMPARE(streamed.size(), 12);
    f.limit = 12;
    auto first = repo.rows(f);
    PP_VERIFY_OK(first);
    QCOMPARE(first->size(), 12);
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(first->at(i).finding.id, all->at(i).finding.id);
        QCOMPARE(streamed.at(i), all->at(i).finding.id);
        if (i > 0)
            QVERIFY(first->at(i - 1).finding.dueDate <= first->at(i).finding.dueDate);
    }
}

QTEST_GUILESS_MAIN(tst_FindingRepository)
#include "tst_findingrepository.moc"
