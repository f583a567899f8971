// Triage through the Workspace: a bulk triage is one undo step that restores every finding
// exactly, is audited per finding, and is refused as a whole when someone else changed one of
// the findings meanwhile. Vendor patches are undoable records too.
#include "testsupport.h"

#include "models/storage/auditlog.h"
#include "models/storage/findingrepository.h"
#include "models/storage/settingsrepository.h"
#include "models/workspace.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

class tst_Triage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bulkTriageUndoRedo();
    void undoRefusedWhenChangedElsewhere();
    void invalidTriageIsNotRecorded();
    void vendorPatchUndoRedo();
    void duePolicyRecomputesFindings();
    void componentEditRematches();

private:
    /// Three findings of three vulnerabilities on one internet-facing component, read back.
    QList<Finding> threeFindings();
    QList<Finding> current(const QList<Finding> &findings);
    int audits(const QString &entity, const QString &action);
    std::unique_ptr<Database> otherUser();

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
    qint64 m_systemId = 0;
    qint64 m_componentId = 0;
};

void tst_Triage::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    auto db = test::openTemp(*m_dir);
    QVERIFY(db);
    db->setActor(QStringLiteral("alice"));
    m_ws->setDatabase(std::move(db));
}

void tst_Triage::cleanup()
{
    delete m_ws;
    delete m_dir;
}

std::unique_ptr<Database> tst_Triage::otherUser()
{
    auto db = Database::open(m_ws->location());
    if (!db)
        return nullptr;
    (*db)->setActor(QStringLiteral("colleague"));
    return std::move(*db);
}

QList<Finding> tst_Triage::threeFindings()
{
    System s;
    s.code = QStringLiteral("WEB");
    s.name = QStringLiteral("Web shop");
    s.exposure = Exposure::Internet;
    auto sys = m_ws->insertSystem(s);
    if (!sys)
        return {};
    m_systemId = sys->id;
    Component c;
    c.systemId = sys->id;
    c.kind = ComponentKind::Middleware;
    c.vendor = QStringLiteral("Apache");
    c.product = QStringLiteral("HTTP Server");
    c.version = QStringLiteral("2.4.57");
    auto comp = m_ws->insertComponent(c);
    if (!comp)
        return {};
    m_componentId = comp->id;
    Database &db = *m_ws->database();
    QList<VulnMatches> batch;
    for (int i = 0; i < 3; ++i) {
        auto q = db.run(QStringLiteral("INSERT INTO vulnerabilities (identifier, severity, "
                                       "cvss_score, updated_at) VALUES (?, 'high', 7.5, ?) "
                                       "RETURNING id"),
                        {QStringLiteral("CVE-2024-100%1").arg(i), Database::nowUtc()});
        if (!q || !q->next())
            return {};
        VulnMatch m;
        m.componentId = comp->id;
        m.criteria = QStringLiteral("cpe:2.3:a:apache:http_server:*:*:*:*:*:*:*:*");
        m.fixedVersion = QStringLiteral("2.4.6%1").arg(i);
        batch << VulnMatches{q->value(0).toLongLong(), {m}};
    }
    FindingRepository repo(db);
    if (!repo.applyMatches(batch, QDateTime::currentDateTimeUtc()))
        return {};
    if (!repo.recomputePatches({comp->id}))
        return {};
    FindingFilter f;
    f.componentId = comp->id;
    auto rows = m_ws->findingRows(f);
    QList<Finding> out;
    if (rows) {
        for (const FindingRow &r : *rows)
            out << r.finding;
    }
    return out;
}

QList<Finding> tst_Triage::current(const QList<Finding> &findings)
{
    QList<Finding> out;
    FindingRepository repo(*m_ws->database());
    for (const Finding &f : findings) {
        auto now = repo.find(f.id);
        out << (now && now->has_value() ? **now : Finding{});
    }
    return out;
}

int tst_Triage::audits(const QString &entity, const QString &action)
{
    AuditFilter f;
    f.entity = entity;
    f.action = action;
    auto n = AuditLog(*m_ws->database()).count(f);
    return n ? *n : -1;
}

void tst_Triage::bulkTriageUndoRedo()
{
    QList<Finding> findings = threeFindings();
    QCOMPARE(findings.size(), 3);
    // Give them different starting points, so undo has something to restore exactly.
    QList<Finding> start = findings;
    start[1].state = AnalysisState::InTriage;
    start[1].detail = QStringLiteral("Checking with the vendor");
    start[2].state = AnalysisState::Affected;
    auto seeded = m_ws->writeFindingStates(start);
    PP_VERIFY_OK(seeded);
    const QList<Finding> before = *seeded;

    QSignalSpy findingsChanged(m_ws, &Workspace::findingsChanged);
    QSignalSpy patchesChanged(m_ws, &Workspace::patchesChanged);
    const int updatesBefore = audits(QStringLiteral("finding"), QStringLiteral("update"));
    const QDate review = QDate::currentDate().addDays(30);
    QVERIFY(m_ws->triageFindings(before, AnalysisState::NotAffected,
                                 Justification::ProtectedAtPerimeter,
                                 QStringLiteral("WAF rule 942100 blocks it"), review));
    QCOMPARE(m_ws->undoStack()->count(), 1);
    QVERIFY(m_ws->undoStack()->text(0).contains(QStringLiteral("3")));
    QCOMPARE(findingsChanged.count(), 1);
    QCOMPARE(patchesChanged.count(), 1);
    QCOMPARE(audits(QStringLiteral("finding"), QStringLiteral("update")), updatesBefore + 3);
    for (const Finding &f : current(before)) {
        QCOMPARE(f.state, AnalysisState::NotAffected);
        QCOMPARE(f.justification, Justification::ProtectedAtPerimeter);
        QCOMPARE(f.detail, QStringLiteral("WAF rule 942100 blocks it"));
        QCOMPARE(f.reviewDate, review);
        QCOMPARE(f.decidedBy, QStringLiteral("alice"));
    }
    // No open finding left: the upgrade patch is gone.
    QCOMPARE(m_ws->patchRows()->size(), 0);

    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->undoStack()->count(), 1);
    QCOMPARE(m_ws->undoStack()->index(), 0);
    const QList<Finding> undone = current(before);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(undone[i].state, before[i].state);
        QCOMPARE(undone[i].justification, before[i].justification);
        QCOMPARE(undone[i].detail, before[i].detail);
        QCOMPARE(undone[i].reviewDate, before[i].reviewDate);
        QCOMPARE(undone[i].rowVersion, before[i].rowVersion + 2);
    }
    QCOMPARE(audits(QStringLiteral("finding"), QStringLiteral("update")), updatesBefore + 6);
    auto patches = m_ws->patchRows();
    PP_VERIFY_OK(patches);
    QCOMPARE(patches->size(), 1);
    QCOMPARE(patches->first().patch.findingIds.size(), 3);

    m_ws->undoStack()->redo();
    QCOMPARE(m_ws->undoStack()->index(), 1);
    for (const Finding &f : current(before)) {
        QCOMPARE(f.state, AnalysisState::NotAffected);
        QCOMPARE(f.reviewDate, review);
    }
    m_ws->undoStack()->undo();
    QCOMPARE(current(before)[1].detail, QStringLiteral("Checking with the vendor"));
    QCOMPARE(audits(QStringLiteral("finding"), QStringLiteral("update")), updatesBefore + 12);
}

void tst_Triage::undoRefusedWhenChangedElsewhere()
{
    const QList<Finding> findings = threeFindings();
    QCOMPARE(findings.size(), 3);
    QVERIFY(m_ws->triageFindings(findings, AnalysisState::Affected, Justification::None,
                                 QStringLiteral("Exposed"), {}));
    const int updates = audits(QStringLiteral("finding"), QStringLiteral("update"));

    // A colleague changes the middle finding meanwhile.
    auto other = otherUser();
    QVERIFY(other);
    {
        FindingRepository theirs(*other);
        auto f = theirs.find(findings[1].id);
        PP_VERIFY_OK(f);
        Finding changed = **f;
        changed.state = AnalysisState::InTriage;
        changed.detail = QStringLiteral("Mine");
        PP_VERIFY_OK(theirs.setStates({changed}));
    }

    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    m_ws->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    // The step is dropped from the history rather than left half done.
    QCOMPARE(m_ws->undoStack()->count(), 0);
    const QList<Finding> now = current(findings);
    QCOMPARE(now[0].state, AnalysisState::Affected);
    QCOMPARE(now[1].state, AnalysisState::InTriage);
    QCOMPARE(now[1].detail, QStringLiteral("Mine"));
    QCOMPARE(now[1].decidedBy, QStringLiteral("colleague"));
    QCOMPARE(now[2].state, AnalysisState::Affected);
    QCOMPARE(audits(QStringLiteral("finding"), QStringLiteral("update")), updates + 1);
}

void tst_Triage::invalidTriageIsNotRecorded()
{
    const QList<Finding> findings = threeFindings();
    QCOMPARE(findings.size(), 3);
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    // False positive without saying why.
    QVERIFY(!m_ws->triageFindings(findings, AnalysisState::FalsePositive, Justification::None,
                                  QString(), {}));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_ws->undoStack()->count(), 0);
    for (const Finding &f : current(findings))
        QCOMPARE(f.state, AnalysisState::NotSet);
    // A stale selection (read before someone else's change) is refused on push.
    QList<Finding> stale = findings;
    auto other = otherUser();
    QVERIFY(other);
    Finding theirs = findings[0];
    theirs.state = AnalysisState::InTriage;
    PP_VERIFY_OK(FindingRepository(*other).setStates({theirs}));
    QVERIFY(!m_ws->triageFindings(stale, AnalysisState::Affected, Justification::None, {}, {}));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(current(findings)[1].state, AnalysisState::NotSet);
}

void tst_Triage::vendorPatchUndoRedo()
{
    const QList<Finding> findings = threeFindings();
    QCOMPARE(findings.size(), 3);
    Patch p;
    p.title = QStringLiteral("Apache advisory 2024-07");
    p.advisoryId = QStringLiteral("APACHE-2024-07");
    p.vendor = QStringLiteral("Apache");
    p.findingIds = {findings[0].id, findings[2].id};
    const qint64 id = m_ws->addVendorPatch(p);
    QVERIFY(id > 0);
    auto stored = m_ws->patch(id);
    PP_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->kind, PatchKind::Vendor);
    QCOMPARE((*stored)->findingIds, (QList<qint64>{findings[0].id, findings[2].id}));

    Patch edited = **stored;
    edited.needsReboot = true;
    edited.expectedMinutes = 120;
    QVERIFY(m_ws->editVendorPatch(edited));
    QCOMPARE((*m_ws->patch(id))->expectedMinutes, 120);
    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->patch(id))->expectedMinutes, 60);
    QCOMPARE((*m_ws->patch(id))->needsReboot, false);
    m_ws->undoStack()->redo();
    QCOMPARE((*m_ws->patch(id))->expectedMinutes, 120);

    QVERIFY(m_ws->deleteVendorPatch(id, (*m_ws->patch(id))->rowVersion));
    QVERIFY(!m_ws->patch(id)->has_value());
    m_ws->undoStack()->undo(); // restored under the same id, with its findings
    auto back = m_ws->patch(id);
    PP_VERIFY_OK(back);
    QVERIFY(back->has_value());
    QCOMPARE((*back)->findingIds.size(), 2);
    m_ws->undoStack()->undo(); // the edit
    m_ws->undoStack()->undo(); // the addition
    QVERIFY(!m_ws->patch(id)->has_value());
    QCOMPARE(audits(QStringLiteral("patch"), QStringLiteral("delete")), 2);

    // The computed upgrade patch cannot be deleted by hand.
    auto rows = m_ws->patchRows(m_systemId);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    QVERIFY(!m_ws->deleteVendorPatch(rows->first().patch.id, rows->first().patch.rowVersion));
    QCOMPARE(failed.count(), 1);
}

void tst_Triage::duePolicyRecomputesFindings()
{
    const QList<Finding> findings = threeFindings();
    QCOMPARE(findings.size(), 3);
    const QDate detected = findings[0].detectedAt.date();
    QCOMPARE(findings[0].dueDate, detected.addDays(30)); // internet-facing high
    auto seen = m_ws->duePolicy();
    PP_VERIFY_OK(seen);
    DuePolicy p = *seen;
    p.internetHighDays = 10;
    QSignalSpy findingsChanged(m_ws, &Workspace::findingsChanged);
    PP_VERIFY_OK(m_ws->setDuePolicy(p, *seen));
    QCOMPARE(findingsChanged.count(), 1);
    for (const Finding &f : current(findings)) {
        QCOMPARE(f.dueDate, detected.addDays(10));
        QCOMPARE(f.dueRule, DueRule::InternetHigh);
    }
    // Stale: refused, nothing recomputed.
    DuePolicy q = p;
    q.internetHighDays = 5;
    Status st = m_ws->setDuePolicy(q, *seen);
    QVERIFY(!st);
    QCOMPARE(st.error().kind, ErrorKind::Conflict);
    QCOMPARE(current(findings)[0].dueDate, detected.addDays(10));

    // The system goes internal (tier 3): the findings follow through the system edit.
    auto sys = m_ws->system(m_systemId);
    PP_VERIFY_OK(sys);
    System s = **sys;
    s.exposure = Exposure::Internal;
    PP_VERIFY_OK(m_ws->updateSystem(s));
    for (const Finding &f : current(findings)) {
        QCOMPARE(f.dueRule, DueRule::High);
        QCOMPARE(f.dueDate, detected.addDays(30));
    }
}

void tst_Triage::componentEditRematches()
{
    // A stored vulnerability with one criterion: Apache HTTP Server before 2.4.60.
    Database &db = *m_ws->database();
    auto v = db.run(QStringLiteral("INSERT INTO vulnerabilities (identifier, severity, cvss_score, "
                                   "sources, updated_at) VALUES ('CVE-2024-2000', 'critical', 9.8, "
                                   "'nvd', ?) RETURNING id"),
                    {Database::nowUtc()});
    PP_VERIFY_OK(v);
    QVERIFY(v->next());
    const qint64 vulnId = v->value(0).toLongLong();
    v->finish();
    PP_VERIFY_OK(db.run(QStringLiteral(
                            "INSERT INTO vuln_cpe_matches (vulnerability_id, criteria, cpe_part, "
                            "cpe_vendor, cpe_product, cpe_version, version_end_excluding) VALUES "
                            "(?, 'cpe:2.3:a:apache:http_server:*:*:*:*:*:*:*:*', 'a', 'apache', "
                            "'http_server', '*', '2.4.60')"),
                        {vulnId}));
    System s;
    s.code = QStringLiteral("EDGE");
    s.name = QStringLiteral("Edge proxy");
    s.exposure = Exposure::Internet;
    auto sys = m_ws->insertSystem(s);
    PP_VERIFY_OK(sys);
    Component c;
    c.systemId = sys->id;
    c.kind = ComponentKind::Middleware;
    c.vendor = QStringLiteral("Apache");
    c.product = QStringLiteral("HTTP Server");
    c.version = QStringLiteral("2.4.57");
    c.cpe = QStringLiteral("cpe:2.3:a:apache:http_server:2.4.57:*:*:*:*:*:*:*");
    QSignalSpy findingsChanged(m_ws, &Workspace::findingsChanged);
    auto comp = m_ws->insertComponent(c);
    PP_VERIFY_OK(comp);
    QVERIFY(findingsChanged.count() >= 1);
    FindingFilter all;
    all.states = allValues<AnalysisState>();
    all.componentId = comp->id;
    auto rows = m_ws->findingRows(all);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().finding.state, AnalysisState::NotSet);
    QCOMPARE(rows->first().finding.fixedVersion, QStringLiteral("2.4.60"));

    // Upgraded past the fix: the finding is resolved in the same step.
    Component upgraded = *comp;
    upgraded.version = QStringLiteral("2.4.62");
    upgraded.cpe = QStringLiteral("cpe:2.3:a:apache:http_server:2.4.62:*:*:*:*:*:*:*");
    PP_VERIFY_OK(m_ws->updateComponent(upgraded));
    rows = m_ws->findingRows(all);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().finding.state, AnalysisState::Resolved);
    QVERIFY(rows->first().finding.detail.contains(QStringLiteral("2.4.62")));
}

QTEST_GUILESS_MAIN(tst_Triage)
#include "tst_triage.moc"
