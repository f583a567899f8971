// Controls, evidence, risk acceptances, cadences and the frozen-systems register as stored
// (models/storage/controlrepository.h), on SQLite and PostgreSQL: every bad input of issue 6 is
// refused with nothing written, stale writes are conflicts, every write is audited, approvals
// need a second person, acceptances lapse on time with the clock moved, and the register shows
// the real gaps.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/io/endoflifeimport.h"
#include "models/storage/controlrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/systemrepository.h"

#include <QtTest>

using namespace pp;

namespace {
const QDate kToday(2026, 11, 29);
} // namespace

class tst_ControlRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void controlCrudAndConflicts();
    void deletionKeepsTheRecord();
    void badControlInputIsRefused();
    void evidenceMovesNextDue();
    void evidenceInTheFutureIsRefused();
    void acceptanceNeedsASecondPerson();
    void approvalLeavesDecidedFindingAlone();
    void acceptanceBadInput();
    void acceptanceCrudAndConflicts();
    void renewalGoesThroughApprovalAgain();
    void lapseReopensFindingWithDueDate();
    void lapseKeepsFindingCoveredByRenewal();
    void warningDaysSetting();
    void defaultCadencesAndCalendar();
    void cadenceBadInputAndConflicts();
    void majorChangeMakesScanDue();
    void frozenRegisterShowsGaps();
    void demoEstateRegister();

private:
    qint64 addSystem(const QString &code, int tier,
                     LifecycleState state = LifecycleState::Active);
    qint64 addComponent(qint64 systemId, const QString &product);
    qint64 addFinding(qint64 componentId, const QString &cve, const QString &state);
    QString findingState(qint64 findingId);
    int auditCount(const QString &entity, const QString &action = {});
    Control periodicControl(qint64 systemId, ControlKind kind, int days);
    RiskAcceptance acceptanceOf(qint64 findingId, const QDate &expires);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_ControlRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("alice"));
}

void tst_ControlRepository::cleanup()
{
    m_db.reset();
    delete m_dir;
}

qint64 tst_ControlRepository::addSystem(const QString &code, int tier, LifecycleState state)
{
    System s;
    s.code = code;
    s.name = QStringLiteral("System %1").arg(code);
    s.criticality = tier;
    s.lifecycleState = state;
    auto stored = SystemRepository(*m_db).insert(s);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored ? stored->id : 0;
}

qint64 tst_ControlRepository::addComponent(qint64 systemId, const QString &product)
{
    Component c;
    c.systemId = systemId;
    c.kind = ComponentKind::Os;
    c.vendor = QStringLiteral("Vendor");
    c.product = product;
    c.version = QStringLiteral("1.0");
    auto stored = ComponentRepository(*m_db).insert(c);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored ? stored->id : 0;
}

qint64 tst_ControlRepository::addFinding(qint64 componentId, const QString &cve,
                                         const QString &state)
{
    auto v = m_db->run(QStringLiteral("INSERT INTO vulnerabilities (identifier, title, severity, "
                                      "cvss_score, updated_at) VALUES (?, ?, 'high', 7.5, ?) "
                                      "RETURNING id"),
                       {cve, QStringLiteral("Title of %1").arg(cve), Database::nowUtc()});
    if (!v || !v->next())
        return 0;
    const qint64 vulnId = v->value(0).toLongLong();
    auto f = m_db->run(QStringLiteral("INSERT INTO findings (vulnerability_id, component_id, "
                                      "state, detected_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {vulnId, componentId, state, QStringLiteral("2026-11-01T09:00:00Z"),
                        Database::nowUtc()});
    if (!f || !f->next())
        return 0;
    return f->value(0).toLongLong();
}

QString tst_ControlRepository::findingState(qint64 findingId)
{
    auto f = FindingRepository(*m_db).find(findingId);
    return f && f->has_value() ? toKey((*f)->state) : QString();
}

int tst_ControlRepository::auditCount(const QString &entity, const QString &action)
{
    AuditFilter f;
    f.entity = entity;
    f.action = action;
    auto n = AuditLog(*m_db).count(f);
    return n ? *n : -1;
}

Control tst_ControlRepository::periodicControl(qint64 systemId, ControlKind kind, int days)
{
    Control c;
    c.systemId = systemId;
    c.kind = kind;
    c.title = QStringLiteral("%1 check").arg(toKey(kind));
    c.owner = QStringLiteral("ops");
    c.cadenceDays = days;
    return c;
}

RiskAcceptance tst_ControlRepository::acceptanceOf(qint64 findingId, const QDate &expires)
{
    RiskAcceptance a;
    a.findingId = findingId;
    a.requester = QStringLiteral("alice");
    a.expiresOn = expires;
    a.residualRisk = QStringLiteral("low");
    a.rationale = QStringLiteral("isolated segment");
    return a;
}

void tst_ControlRepository::controlCrudAndConflicts()
{
    ControlRepository repo(*m_db);
    const qint64 sys = addSystem(QStringLiteral("CRM"), 2);
    Control c;
    c.systemId = sys;
    c.kind = ControlKind::NetworkIsolation;
    c.title = QStringLiteral("ACL on the DB segment");
    c.validFrom = QDate(2026, 1, 31);
    c.validUntil = QDate(2026, 2, 28);
    auto stored = repo.insertControl(c, kToday);
    PP_VERIFY_OK(stored);
    QVERIFY(stored->id > 0);
    QCOMPARE(stored->rowVersion, 1);
    QCOMPARE(stored->validUntil, QDate(2026, 2, 28));
    QVERIFY(!stored->nextDue.isValid()); // not periodic
    QCOMPARE(auditCount(QStringLiteral("control"), QStringLiteral("create")), 1);

    Control edit = *stored;
    edit.owner = QStringLiteral("network team");
    edit.cadenceDays = 90;
    auto updated = repo.updateControl(edit, kToday);
    PP_VERIFY_OK(updated);
    QCOMPARE(updated->rowVersion, 2);
    QCOMPARE(updated->owner, QStringLiteral("network team"));
    QCOMPARE(updated->nextDue, QDate(2026, 1, 31)); // periodic, never done: from valid from

    auto stale = repo.updateControl(edit, kToday); // still version 1
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    const Status staleRemove = repo.removeControl(stored->id, 1);
    QVERIFY(!staleRemove);
    QCOMPARE(staleRemove.error().kind, ErrorKind::Conflict);

    auto all = repo.controls();
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    PP_VERIFY_OK(repo.removeControl(stored->id, 2));
    auto gone = repo.control(stored->id);
    PP_VERIFY_OK(gone);
    QVERIFY(!gone->has_value());
    QCOMPARE(auditCount(QStringLiteral("control")), 3);
    const Status again = repo.removeControl(stored->id, 2);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
}

void tst_ControlRepository::deletionKeepsTheRecord()
{
    // A control with evidence, or one an acceptance relies on, is ended, not deleted; an
    // approved acceptance is not deleted either. Undo restores deleted ones under their ids.
    ControlRepository repo(*m_db);
    const qint64 sys = addSystem(QStringLiteral("OT"), 2, LifecycleState::Frozen);
    const qint64 comp = addComponent(sys, QStringLiteral("Windows 7"));
    const qint64 finding = addFinding(comp, QStringLiteral("CVE-2019-0708"), QStringLiteral("not_set"));
    auto withEvidence = repo.insertControl(periodicControl(sys, ControlKind::LogReview, 30),
                                           kToday);
    PP_VERIFY_OK(withEvidence);
    ControlEvidence e;
    e.controlId = withEvidence->id;
    e.doneOn = kToday;
    e.doneBy = QStringLiteral("bob");
    auto done = repo.addEvidence(e, withEvidence->rowVersion, kToday);
    PP_VERIFY_OK(done);
    const Status refused = repo.removeControl(done->id, done->rowVersion);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InputRejected);
    QVERIFY(refused.error().message.contains(QStringLiteral("valid-until")));

    auto reliedOn = repo.insertControl(periodicControl(sys, ControlKind::NetworkIsolation, 90),
                                       kToday);
    PP_VERIFY_OK(reliedOn);
    RiskAcceptance a = acceptanceOf(finding, kToday.addDays(90));
    a.controlIds = {reliedOn->id};
    auto request = repo.insertAcceptance(a);
    PP_VERIFY_OK(request);
    QCOMPARE(repo.removeControl(reliedOn->id, reliedOn->rowVersion).error().kind,
             ErrorKind::InputRejected);

    m_db->setActor(QStringLiteral("carol"));
    auto approved = repo.approveAcceptance(request->id, request->rowVersion, kToday);
    PP_VERIFY_OK(approved);
    const Status keep = repo.removeAcceptance(approved->id, approved->rowVersion);
    QVERIFY(!keep);
    QCOMPARE(keep.error().kind, ErrorKind::InputRejected);
    QVERIFY(keep.error().message.contains(QStringLiteral("carol")));

    // A plain control and a pending request are deleted, and come back under their ids.
    auto plain = repo.insertControl(periodicControl(sys, ControlKind::FeatureDisabled, 7),
                                    kToday);
    PP_VERIFY_OK(plain);
    PP_VERIFY_OK(repo.removeControl(plain->id, plain->rowVersion));
    Control restoredControl = *plain;
    auto back = repo.insertControl(restoredControl, kToday);
    PP_VERIFY_OK(back);
    QCOMPARE(back->id, plain->id);
    QCOMPARE(back->title, plain->title);
    RiskAcceptance second = acceptanceOf(finding, kToday.addDays(30));
    auto pending = repo.insertAcceptance(second);
    PP_VERIFY_OK(pending);
    PP_VERIFY_OK(repo.removeAcceptance(pending->id, pending->rowVersion));
    auto again = repo.insertAcceptance(*pending);
    PP_VERIFY_OK(again);
    QCOMPARE(again->id, pending->id);
    QVERIFY(!again->isApproved());
    // New rows after a restore still get fresh ids.
    auto fresh = repo.insertControl(periodicControl(sys, ControlKind::EnhancedMonitoring, 1),
                                    kToday);
    PP_VERIFY_OK(fresh);
    QVERIFY(fresh->id > back->id);
}

void tst_ControlRepository::badControlInputIsRefused()
{
    ControlRepository repo(*m_db);
    const qint64 sys = addSystem(QStringLiteral("CRM"), 2);
    Control backwards;
    backwards.systemId = sys;
    backwards.title = QStringLiteral("Contract");
    backwards.kind = ControlKind::VendorSupportContract;
    backwards.validFrom = QDate(2026, 3, 1);
    backwards.validUntil = QDate(2026, 2, 28);
    auto r = repo.insertControl(backwards, kToday);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY(r.error().message.contains(QStringLiteral("before valid from")));

    for (int days : {0, -1, -365}) {
        auto z = repo.insertControl(periodicControl(sys, ControlKind::LogReview, days), kToday);
        QVERIFY(!z);
        QCOMPARE(z.error().kind, ErrorKind::InputRejected);
        QVERIFY(z.error().message.contains(QStringLiteral("at least one day")));
    }
    auto detached = repo.insertControl(periodicControl(0, ControlKind::LogReview, 30), kToday);
    QCOMPARE(detached.error().kind, ErrorKind::InputRejected);
    auto all = repo.controls();
    PP_VERIFY_OK(all);
    QVERIFY(all->isEmpty());
    QCOMPARE(auditCount(QStringLiteral("control")), 0);

    // The same checks on update, with nothing changed.
    auto ok = repo.insertControl(periodicControl(sys, ControlKind::LogReview, 30), kToday);
    PP_VERIFY_OK(ok);
    Control bad = *ok;
    bad.cadenceDays = 0;
    QCOMPARE(repo.updateControl(bad, kToday).error().kind, ErrorKind::InputRejected);
    auto reread = repo.control(ok->id);
    PP_VERIFY_OK(reread);
    QCOMPARE((*reread)->cadenceDays, 30);
    QCOMPARE((*reread)->rowVersion, 1);
}

void tst_ControlRepository::evidenceMovesNextDue()
{
    ControlRepository repo(*m_db);
    const qint64 sys = addSystem(QStringLiteral("CRM"), 2);
    const QDate today(2028, 3, 1);
    auto c = repo.insertControl(periodicControl(sys, ControlKind::LogReview, 30), today);
    PP_VERIFY_OK(c);
    QCOMPARE(c->nextDue, today); // never done: due at once

    ControlEvidence e;
    e.controlId = c->id;
    e.doneOn = QDate(2028, 2, 29);
    e.doneBy = QStringLiteral("carol");
    e.note = QStringLiteral("no exploitation attempts");
    e.reference = QStringLiteral("\\\\share\\logs\\2028-02.txt");
    auto after = repo.addEvidence(e, c->rowVersion, today);
    PP_VERIFY_OK(after);
    QCOMPARE(after->lastDone, QDate(2028, 2, 29));
    QCOMPARE(after->nextDue, QDate(2028, 3, 30));
    QCOMPARE(after->rowVersion, 2);

    // An older entry is logged but does not move the dates back.
    ControlEvidence older = e;
    older.doneOn = QDate(2028, 1, 31);
    auto after2 = repo.addEvidence(older, after->rowVersion, today);
    PP_VERIFY_OK(after2);
    QCOMPARE(after2->lastDone, QDate(2028, 2, 29));
    QCOMPARE(after2->nextDue, QDate(2028, 3, 30));

    auto log = repo.evidence(c->id);
    PP_VERIFY_OK(log);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->first().doneOn, QDate(2028, 2, 29)); // newest first
    QCOMPARE(log->first().doneBy, QStringLiteral("carol"));
    QCOMPARE(log->first().reference, e.reference);
    QCOMPARE(auditCount(QStringLiteral("control"), QStringLiteral("evidence")), 2);

    // Stale version: a conflict, nothing logged.
    auto stale = repo.addEvidence(e, 1, today);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    QCOMPARE(repo.evidence(c->id)->size(), 2);
}

void tst_ControlRepository::evidenceInTheFutureIsRefused()
{
    ControlRepository repo(*m_db);
    const qint64 sys = addSystem(QStringLiteral("CRM"), 2);
    auto c = repo.insertControl(periodicControl(sys, ControlKind::LogReview, 30), kToday);
    PP_VERIFY_OK(c);
    ControlEvidence e;
    e.controlId = c->id;
    e.doneOn = kToday.addDays(1);
    e.doneBy = QStringLiteral("carol");
    auto r = repo.addEvidence(e, c->rowVersion, kToday);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY(r.error().message.contains(QStringLiteral("future")));
    QVERIFY(repo.evidence(c->id)->isEmpty());
    auto reread = repo.control(c->id);
    QCOMPARE((*reread)->rowVersion, 1);
    QVERIFY(!(*reread)->lastDone.isValid());
}

void tst_ControlRepository::acceptanceNeedsASecondPerson()
{
    ControlRepository repo(*m_db);
    const qint64 comp = addComponent(addSystem(QStringLiteral("CRM"), 2), QStringLiteral("os"));
    const qint64 finding = addFinding(comp, QStringLiteral("CVE-2026-0001"), QStringLiteral("affected"));
    RiskAcceptance request = acceptanceOf(finding, QDate(2027, 5, 31));
    request.approver = QStringLiteral("bob"); // ignored: approval goes through approveAcceptance()
    request.approvedOn = kToday;
    auto a = repo.insertAcceptance(request);
    PP_VERIFY_OK(a);
    QVERIFY(!a->isApproved());
    QCOMPARE(int(acceptanceState(*a, kToday, 30)), int(AcceptanceState::PendingApproval));
    QCOMPARE(findingState(finding), QStringLiteral("affected"));

    // alice is the requester and the database user: refused.
    auto self = repo.approveAcceptance(a->id, a->rowVersion, kToday);
    QVERIFY(!self);
    QCOMPARE(self.error().kind, ErrorKind::InputRejected);
    QVERIFY(self.error().message.contains(QStringLiteral("cannot be the requester")));
    m_db->setActor(QStringLiteral("ALICE")); // the same person, other case
    QCOMPARE(repo.approveAcceptance(a->id, a->rowVersion, kToday).error().kind,
             ErrorKind::InputRejected);

    m_db->setActor(QStringLiteral("bob"));
    // Expiry not after the approval day: refused.
    auto late = repo.approveAcceptance(a->id, a->rowVersion, QDate(2027, 5, 31));
    QCOMPARE(late.error().kind, ErrorKind::InputRejected);
    QVERIFY(late.error().message.contains(QStringLiteral("after the approval")));
    QCOMPARE(repo.approveAcceptance(a->id, a->rowVersion + 1, kToday).error().kind,
             ErrorKind::Conflict);

    auto approved = repo.approveAcceptance(a->id, a->rowVersion, kToday);
    PP_VERIFY_OK(approved);
    QCOMPARE(approved->approver, QStringLiteral("bob"));
    QCOMPARE(approved->approvedOn, kToday);
    QCOMPARE(int(acceptanceState(*approved, kToday, 30)), int(AcceptanceState::Active));
    QCOMPARE(findingState(finding), QStringLiteral("risk_accepted"));
    QCOMPARE(auditCount(QStringLiteral("risk_acceptance"), QStringLiteral("approve")), 1);
    QCOMPARE(auditCount(QStringLiteral("finding"), QStringLiteral("update")), 1);
    auto twice = repo.approveAcceptance(a->id, approved->rowVersion, kToday);
    QCOMPARE(twice.error().kind, ErrorKind::Usage);
}

void tst_ControlRepository::approvalLeavesDecidedFindingAlone()
{
    ControlRepository repo(*m_db);
    const qint64 comp = addComponent(addSystem(QStringLiteral("CRM"), 2), QStringLiteral("os"));
    const qint64 finding = addFinding(comp, QStringLiteral("CVE-2026-0009"),
                                      QStringLiteral("resolved"));
    auto a = repo.insertAcceptance(acceptanceOf(finding, QDate(2027, 5, 31)));
    PP_VERIFY_OK(a);
    m_db->setActor(QStringLiteral("bob"));
    PP_VERIFY_OK(repo.approveAcceptance(a->id, a->rowVersion, kToday));
    QCOMPARE(findingState(finding), QStringLiteral("resolved"));
    QCOMPARE(auditCount(QStringLiteral("finding")), 0);
}

void tst_ControlRepository::acceptanceBadInput()
{
    ControlRepository repo(*m_db);
    const qint64 comp = addComponent(addSystem(QStringLiteral("CRM"), 2), QStringLiteral("os"));
    RiskAcceptance noExpiry = acceptanceOf(0, {});
    noExpiry.componentId = comp;
    auto r = repo.insertAcceptance(noExpiry);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY(r.error().message.contains(QStringLiteral("expiry date")));
    RiskAcceptance nothing = acceptanceOf(0, QDate(2027, 1, 1));
    QCOMPARE(repo.insertAcceptance(nothing).error().kind, ErrorKind::InputRejected);
    RiskAcceptance noRequester = acceptanceOf(0, QDate(2027, 1, 1));
    noRequester.componentId = comp;
    noRequester.requester.clear();
    QCOMPARE(repo.insertAcceptance(noRequester).error().kind, ErrorKind::InputRejected);
    auto all = repo.acceptances();
    PP_VERIFY_OK(all);
    QVERIFY(all->isEmpty());
    QCOMPARE(auditCount(QStringLiteral("risk_acceptance")), 0);

    // The database refuses an approver equal to the requester even past the repository.
    auto q = m_db->run(QStringLiteral("INSERT INTO risk_acceptances (component_id, requester, "
                                      "approver, expires_on, updated_at) VALUES (?, 'x', 'x', "
                                      "'2027-01-01', ?)"),
                       {comp, Database::nowUtc()});
    QVERIFY(!q);
}

void tst_ControlRepository::acceptanceCrudAndConflicts()
{
    ControlRepository repo(*m_db);
    const qint64 sys = addSystem(QStringLiteral("CRM"), 2);
    const qint64 comp = addComponent(sys, QStringLiteral("os"));
    auto c1 = repo.insertControl(periodicControl(sys, ControlKind::LogReview, 30), kToday);
    auto c2 = repo.insertControl(periodicControl(sys, ControlKind::VirtualPatch, 7), kToday);
    PP_VERIFY_OK(c1);
    PP_VERIFY_OK(c2);
    RiskAcceptance a = acceptanceOf(0, QDate(2027, 2, 28));
    a.componentId = comp;
    a.response = RiskResponse::Mitigate;
    a.controlIds = {c1->id, c2->id};
    auto stored = repo.insertAcceptance(a);
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->controlIds, (QList<qint64>{c1->id, c2->id}));
    QCOMPARE(stored->response, RiskResponse::Mitigate);

    m_db->setActor(QStringLiteral("bob"));
    auto approved = repo.approveAcceptance(stored->id, stored->rowVersion, kToday);
    PP_VERIFY_OK(approved);

    // Changing only the controls keeps the approval; the content withdraws it.
    RiskAcceptance edit = *approved;
    edit.controlIds = {c1->id};
    auto kept = repo.updateAcceptance(edit);
    PP_VERIFY_OK(kept);
    QVERIFY(kept->isApproved());
    QCOMPARE(kept->controlIds, QList<qint64>{c1->id});
    QCOMPARE(repo.updateAcceptance(edit).error().kind, ErrorKind::Conflict);
    RiskAcceptance content = *kept;
    content.residualRisk = QStringLiteral("medium");
    auto withdrawn = repo.updateAcceptance(content);
    PP_VERIFY_OK(withdrawn);
    QVERIFY(!withdrawn->isApproved());

    auto list = repo.acceptances();
    PP_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().controlIds, QList<qint64>{c1->id});
    QCOMPARE(repo.removeAcceptance(stored->id, 1).error().kind, ErrorKind::Conflict);
    PP_VERIFY_OK(repo.removeAcceptance(stored->id, withdrawn->rowVersion));
    QVERIFY(repo.acceptances()->isEmpty());
    QCOMPARE(auditCount(QStringLiteral("risk_acceptance")), 5);
}

void tst_ControlRepository::renewalGoesThroughApprovalAgain()
{
    ControlRepository repo(*m_db);
    const qint64 comp = addComponent(addSystem(QStringLiteral("CRM"), 2), QStringLiteral("os"));
    const qint64 finding = addFinding(comp, QStringLiteral("CVE-2026-0002"), QStringLiteral("affected"));
    auto a = repo.insertAcceptance(acceptanceOf(finding, QDate(2026, 12, 31)));
    PP_VERIFY_OK(a);
    m_db->setActor(QStringLiteral("bob"));
    auto approved = repo.approveAcceptance(a->id, a->rowVersion, kToday);
    PP_VERIFY_OK(approved);
    QCOMPARE(int(acceptanceState(*approved, QDate(2026, 12, 1), 30)),
             int(AcceptanceState::Expiring));

    auto shorter = repo.renewAcceptance(a->id, approved->rowVersion, QDate(2026, 12, 30));
    QCOMPARE(shorter.error().kind, ErrorKind::InputRejected);
    auto renewed = repo.renewAcceptance(a->id, approved->rowVersion, QDate(2027, 12, 31));
    PP_VERIFY_OK(renewed);
    QVERIFY(!renewed->isApproved());
    QCOMPARE(renewed->expiresOn, QDate(2027, 12, 31));
    QCOMPARE(int(acceptanceState(*renewed, QDate(2026, 12, 1), 30)),
             int(AcceptanceState::PendingApproval));

    m_db->setActor(QStringLiteral("alice")); // the requester cannot approve her renewal
    QCOMPARE(repo.approveAcceptance(a->id, renewed->rowVersion, QDate(2026, 12, 1)).error().kind,
             ErrorKind::InputRejected);
    m_db->setActor(QStringLiteral("carol"));
    auto again = repo.approveAcceptance(a->id, renewed->rowVersion, QDate(2026, 12, 1));
    PP_VERIFY_OK(again);
    QCOMPARE(again->approver, QStringLiteral("carol"));
    QCOMPARE(int(acceptanceState(*again, QDate(2027, 1, 1), 30)), int(AcceptanceState::Active));
}

void tst_ControlRepository::lapseReopensFindingWithDueDate()
{
    ControlRepository repo(*m_db);
    const qint64 comp = addComponent(addSystem(QStringLiteral("CRM"), 2), QStringLiteral("os"));
    const qint64 finding = addFinding(comp, QStringLiteral("CVE-2026-0003"), QStringLiteral("affected"));
    auto a = repo.insertAcceptance(acceptanceOf(finding, QDate(2026, 12, 31)));
    PP_VERIFY_OK(a);
    m_db->setActor(QStringLiteral("bob"));
    PP_VERIFY_OK(repo.approveAcceptance(a->id, a->rowVersion, kToday));
    QCOMPARE(findingState(finding), QStringLiteral("risk_accepted"));

    // The clock moves: on the last day nothing lapses, the day after it does.
    auto none = repo.lapseExpired(QDate(2026, 12, 31));
    PP_VERIFY_OK(none);
    QVERIFY(none->findingIds.isEmpty());
    QCOMPARE(findingState(finding), QStringLiteral("risk_accepted"));

    m_db->setActor(QStringLiteral("scheduler"));
    auto lapsed = repo.lapseExpired(QDate(2027, 1, 1));
    PP_VERIFY_OK(lapsed);
    QCOMPARE(lapsed->findingIds, QList<qint64>{finding});
    QCOMPARE(lapsed->acceptanceIds, QList<qint64>{a->id});
    auto f = FindingRepository(*m_db).find(finding);
    PP_VERIFY_OK(f);
    QCOMPARE((*f)->state, AnalysisState::NotSet);
    QCOMPARE((*f)->decidedBy, QStringLiteral("scheduler"));
    // Due date recomputed: high, 30 days from detection (2026-11-01).
    QCOMPARE((*f)->dueDate, QDate(2026, 12, 1));
    QCOMPARE((*f)->dueRule, DueRule::High);
    QCOMPARE(auditCount(QStringLiteral("finding"), QStringLiteral("lapse")), 1);

    // Idempotent, and the expired acceptance stays on record as expired.
    auto twice = repo.lapseExpired(QDate(2027, 1, 2));
    PP_VERIFY_OK(twice);
    QVERIFY(twice->findingIds.isEmpty());
    auto stored = repo.acceptance(a->id);
    PP_VERIFY_OK(stored);
    QCOMPARE(int(acceptanceState(**stored, QDate(2027, 1, 2), 30)),
             int(AcceptanceState::Expired));
}

void tst_ControlRepository::lapseKeepsFindingCoveredByRenewal()
{
    ControlRepository repo(*m_db);
    const qint64 comp = addComponent(addSystem(QStringLiteral("CRM"), 2), QStringLiteral("os"));
    const qint64 finding = addFinding(comp, QStringLiteral("CVE-2026-0004"), QStringLiteral("affected"));
    auto first = repo.insertAcceptance(acceptanceOf(finding, QDate(2026, 12, 31)));
    auto second = repo.insertAcceptance(acceptanceOf(finding, QDate(2027, 6, 30)));
    PP_VERIFY_OK(first);
    PP_VERIFY_OK(second);
    m_db->setActor(QStringLiteral("bob"));
    PP_VERIFY_OK(repo.approveAcceptance(first->id, first->rowVersion, kToday));
    PP_VERIFY_OK(repo.approveAcceptance(second->id, second->rowVersion, kToday));
    // The second, approved, covers the finding: the first expiring changes nothing.
    auto lapsed = repo.lapseExpired(QDate(2027, 1, 1));
    PP_VERIFY_OK(lapsed);
    QVERIFY(lapsed->findingIds.isEmpty());
    QCOMPARE(findingState(finding), QStringLiteral("risk_accepted"));
    auto later = repo.lapseExpired(QDate(2027, 7, 1));
    PP_VERIFY_OK(later);
    QCOMPARE(later->findingIds, QList<qint64>{finding});
    QCOMPARE(findingState(finding), QStringLiteral("not_set"));
}

void tst_ControlRepository::warningDaysSetting()
{
    SettingsRepository settings(*m_db);
    auto d = settings.acceptanceWarningDays();
    PP_VERIFY_OK(d);
    QCOMPARE(*d, 30);
    PP_VERIFY_OK(settings.setAcceptanceWarningDays(45));
    QCOMPARE(*settings.acceptanceWarningDays(), 45);
    QCOMPARE(settings.setAcceptanceWarningDays(-1).error().kind, ErrorKind::InputRejected);
    PP_VERIFY_OK(settings.setValue(SettingsRepository::acceptanceWarningDaysKey(),
                                   QStringLiteral("soon")));
    QCOMPARE(*settings.acceptanceWarningDays(), 30);
}

void tst_ControlRepository::defaultCadencesAndCalendar()
{
    ControlRepository repo(*m_db);
    const qint64 tier1 = addSystem(QStringLiteral("A-CORE"), 1);
    const qint64 tier3 = addSystem(QStringLiteral("B-INTRA"), 3);
    addSystem(QStringLiteral("C-OLD"), 1, LifecycleState::Retired);
    auto created = repo.ensureDefaultCadences(kToday);
    PP_VERIFY_OK(created);
    QCOMPARE(*created, 7);
    auto again = repo.ensureDefaultCadences(kToday);
    PP_VERIFY_OK(again);
    QCOMPARE(*again, 0);
    QCOMPARE(auditCount(QStringLiteral("cadence"), QStringLiteral("create")), 1);
    auto c1 = repo.cadences(tier1);
    PP_VERIFY_OK(c1);
    QCOMPARE(c1->size(), 4);
    QCOMPARE(repo.cadences(tier3)->size(), 3);
    // Each system has exactly defaultCadences() for its tier, due today; the audit entry names
    // the systems that got some, and not the retired one.
    for (auto [id, tier] : {std::pair{tier1, 1}, std::pair{tier3, 3}}) {
        QSet<QString> want;
        for (const Cadence &d : defaultCadences(id, tier, kToday, {}))
            want << QStringLiteral("%1/%2/%3").arg(toKey(d.kind)).arg(d.intervalDays).arg(
                dateKey(d.nextDue));
        QSet<QString> have;
        for (const Cadence &c : *repo.cadences(id)) {
            have << QStringLiteral("%1/%2/%3").arg(toKey(c.kind)).arg(c.intervalDays).arg(
                dateKey(c.nextDue));
        }
        QCOMPARE(have, want);
    }
    AuditFilter createdFilter;
    createdFilter.entity = QStringLiteral("cadence");
    auto entries = AuditLog(*m_db).find(createdFilter, 0, 100);
    PP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    const QJsonObject after = QJsonDocument::fromJson(entries->first().afterJson.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("defaults")).toInt(), 7);
    QCOMPARE(after.value(QStringLiteral("systems")).toArray(), (QJsonArray{tier1, tier3}));
    // Only what a system lacks is created: one of its cadences removed, that one comes back.
    PP_VERIFY_OK(m_db->run(QStringLiteral("DELETE FROM cadences WHERE system_id = ? AND kind = "
                                          "'eosl_review'"),
                           {tier3}));
    auto refilled = repo.ensureDefaultCadences(kToday);
    PP_VERIFY_OK(refilled);
    QCOMPARE(*refilled, 1);
    QCOMPARE(repo.cadences(tier3)->size(), 3);

    // Marking one done moves it; the others stay due today.
    Cadence drill;
    for (const Cadence &c : std::as_const(*c1)) {
        if (c.kind == CadenceKind::BackupRestoreDrill)
            drill = c;
    }
    QCOMPARE(drill.intervalDays, 182);
    auto done = repo.markCadenceDone(drill.id, drill.rowVersion, QDate(2026, 11, 28),
                                     QStringLiteral("restored to staging"), kToday);
    PP_VERIFY_OK(done);
    QCOMPARE(done->lastDone, QDate(2026, 11, 28));
    QCOMPARE(done->nextDue, QDate(2027, 5, 29));
    QCOMPARE(done->note, QStringLiteral("restored to staging"));
    QCOMPARE(auditCount(QStringLiteral("cadence"), QStringLiteral("done")), 1);

    // A periodic control overdue since yesterday heads the calendar.
    const qint64 comp = addComponent(tier3, QStringLiteral("os"));
    Control review = periodicControl(0, ControlKind::LogReview, 30);
    review.componentId = comp;
    auto rc = repo.insertControl(review, kToday.addDays(-1));
    PP_VERIFY_OK(rc);
    auto due = repo.dueItems(kToday, kToday);
    PP_VERIFY_OK(due);
    QCOMPARE(due->size(), 7); // 6 cadences due today + 1 overdue control; the drill is later
    QCOMPARE(due->first().source, DueItem::Source::Control);
    QVERIFY(due->first().overdue);
    QCOMPARE(due->first().systemCode, QStringLiteral("B-INTRA"));
    QCOMPARE(due->first().kind, QStringLiteral("log_review"));
    QCOMPARE(due->at(1).systemCode, QStringLiteral("A-CORE"));
    QVERIFY(!due->at(1).overdue);
    auto all = repo.dueItems(kToday);
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 8);
    QCOMPARE(all->last().nextDue, QDate(2027, 5, 29));
    auto overdueLater = repo.dueItems(QDate(2026, 12, 1));
    PP_VERIFY_OK(overdueLater);
    int overdue = 0;
    for (const DueItem &d : std::as_const(*overdueLater))
        overdue += d.overdue ? 1 : 0;
    QCOMPARE(overdue, 7);
}

void tst_ControlRepository::cadenceBadInputAndConflicts()
{
    ControlRepository repo(*m_db);
    const qint64 sys = addSystem(QStringLiteral("A"), 2);
    PP_VERIFY_OK(repo.ensureDefaultCadences(kToday));
    const Cadence scan = repo.cadences(sys)->first();
    auto future = repo.markCadenceDone(scan.id, scan.rowVersion, kToday.addDays(1), {}, kToday);
    QCOMPARE(future.error().kind, ErrorKind::InputRejected);
    QVERIFY(future.error().message.contains(QStringLiteral("future")));
    for (int days : {0, -30}) {
        Cadence bad = scan;
        bad.intervalDays = days;
        auto r = repo.updateCadence(bad, kToday);
        QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    }
    // The database refuses it too.
    QVERIFY(!m_db->run(QStringLiteral("UPDATE cadences SET interval_days = 0 WHERE id = ?"),
                       {scan.id}));
    Cadence edit = scan;
    edit.intervalDays = 180;
    auto ok = repo.updateCadence(edit, kToday);
    PP_VERIFY_OK(ok);
    QCOMPARE(ok->intervalDays, 180);
    QCOMPARE(repo.updateCadence(edit, kToday).error().kind, ErrorKind::Conflict);
    QCOMPARE(repo.markCadenceDone(scan.id, scan.rowVersion, kToday, {}, kToday).error().kind,
             ErrorKind::Conflict);
    auto done = repo.markCadenceDone(scan.id, ok->rowVersion, QDate(2028, 2, 29), {},
                                     QDate(2028, 3, 1));
    PP_VERIFY_OK(done);
    QCOMPARE(done->nextDue, QDate(2028, 8, 27));
}

void tst_ControlRepository::majorChangeMakesScanDue()
{
    ControlRepository repo(*m_db);
    const qint64 sys = addSystem(QStringLiteral("A"), 2);
    PP_VERIFY_OK(repo.ensureDefaultCadences(kToday));
    Cadence scan;
    const auto cadences1 = repo.cadences(sys);
    QVERIFY(cadences1);
    for (const Cadence &c : *cadences1) {
        if (c.kind == CadenceKind::VulnerabilityScan)
            scan = c;
    }
    auto done = repo.markCadenceDone(scan.id, scan.rowVersion, kToday, {}, kToday);
    PP_VERIFY_OK(done);
    QCOMPARE(done->nextDue, kToday.addDays(365));
    PP_VERIFY_OK(repo.markMajorChange(sys, QDate(2027, 1, 15)));
    Cadence after;
    const auto cadences2 = repo.cadences(sys);
    QVERIFY(cadences2);
    for (const Cadence &c : *cadences2) {
        if (c.kind == CadenceKind::VulnerabilityScan)
            after = c;
    }
    QCOMPARE(after.nextDue, QDate(2027, 1, 15));
    QCOMPARE(after.lastDone, kToday);
    QCOMPARE(auditCount(QStringLiteral("cadence"), QStringLiteral("major_change")), 1);
    PP_VERIFY_OK(repo.markMajorChange(sys, QDate(2027, 2, 1))); // later: no change
    QCOMPARE(auditCount(QStringLiteral("cadence"), QStringLiteral("major_change")), 1);
}

void tst_ControlRepository::frozenRegisterShowsGaps()
{
    ControlRepository repo(*m_db);
    LifecycleRepository lifecycle(*m_db);
    const qint64 frozenSys = addSystem(QStringLiteral("F-LEGACY"), 1, LifecycleState::Frozen);
    const qint64 activeSys = addSystem(QStringLiteral("A-WEB"), 2);
    const qint64 oldOs = addComponent(frozenSys, QStringLiteral("oldos"));
    const qint64 frozenDb = addComponent(activeSys, QStringLiteral("olddb"));
    const qint64 normal = addComponent(activeSys, QStringLiteral("newapp"));
    Q_UNUSED(normal);
    // Neither its system nor its decision is frozen: never in the register.
    const qint64 otherSys = addSystem(QStringLiteral("B-API"), 2);
    const qint64 unfrozen = addComponent(otherSys, QStringLiteral("api"));
    UpgradeDecision routine;
    routine.componentId = unfrozen;
    routine.decision = UpgradeDecisionKind::Routine;
    PP_VERIFY_OK(lifecycle.setDecision(routine));

    ManualLifecycle m;
    m.componentId = oldOs;
    m.securitySupport = SupportEnd::on(QDate(2025, 3, 31));
    PP_VERIFY_OK(lifecycle.saveManual(m));
    UpgradeDecision d;
    d.componentId = frozenDb;
    d.decision = UpgradeDecisionKind::Frozen;
    d.note = QStringLiteral("vendor gone; replacement in FY2027");
    auto saved = lifecycle.setDecision(d);
    PP_VERIFY_OK(saved);
    // Choosing frozen froze A-WEB too: its three components are all listed.
    const qint64 accepted = addFinding(oldOs, QStringLiteral("CVE-2026-1000"),
                                       QStringLiteral("risk_accepted"));

    auto rows = repo.frozenRegister(kToday);
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 3);
    const FrozenRegisterRow *os = nullptr;
    const FrozenRegisterRow *db = nullptr;
    for (const FrozenRegisterRow &r : std::as_const(*rows)) {
        if (r.eosl.row.component.id == oldOs)
            os = &r;
        if (r.eosl.row.component.id == frozenDb)
            db = &r;
    }
    QVERIFY(os && db);
    QVERIFY(os->systemFrozen);
    QCOMPARE(os->eosl.assessment.status, EoslStatus::Past);
    QCOMPARE(os->acceptedFindings.size(), 1);
    QCOMPARE(os->acceptedFindings.first().vulnerability, QStringLiteral("CVE-2026-1000"));
    QList<GapKind> kinds;
    for (const Gap &g : os->gaps)
        kinds << g.kind;
    QCOMPARE(kinds, (QList<GapKind>{GapKind::EoslWithoutSupport,
                                    GapKind::AcceptedWithoutLogReview}));
    QVERIFY(db->componentFrozen);
    QCOMPARE(db->reason, d.note);
    QVERIFY(db->gaps.isEmpty()); // EOSL unknown, nothing accepted

    // Proper controls close the gaps; an overdue one opens its own.
    Control contract;
    contract.componentId = oldOs;
    contract.kind = ControlKind::VendorSupportContract;
    contract.title = QStringLiteral("Individual support contract");
    contract.validUntil = QDate(2027, 3, 31);
    PP_VERIFY_OK(repo.insertControl(contract, kToday));
    Control review = periodicControl(0, ControlKind::LogReview, 30);
    review.findingId = accepted;
    auto rc = repo.insertControl(review, kToday);
    PP_VERIFY_OK(rc);
    auto fixed = repo.frozenRegister(kToday);
    PP_VERIFY_OK(fixed);
    for (const FrozenRegisterRow &r : std::as_const(*fixed)) {
        QVERIFY2(r.gaps.isEmpty(), qPrintable(r.eosl.row.component.product));
        if (r.eosl.row.component.id == oldOs) {
            QCOMPARE(r.controls.size(), 2);
            QCOMPARE(r.nextDue, kToday);
        }
    }
    auto later = repo.gaps(kToday.addDays(1));
    PP_VERIFY_OK(later);
    QList<GapKind> laterKinds;
    for (const Gap &g : std::as_const(*later))
        laterKinds << g.kind;
    QCOMPARE(laterKinds, (QList<GapKind>{GapKind::AcceptedWithoutLogReview,
                                         GapKind::ControlOverdue}));
    QCOMPARE(later->last().controlId, rc->id);
    QCOMPARE(later->last().systemId, frozenSys);
}

void tst_ControlRepository::demoEstateRegister()
{
    // The demo estate's frozen systems with their real gaps, once the endoflife.date sample is
    // imported: MFG-01 is kept up properly, OT-01, QMS-01 are not (issue 6, "done when").
    DemoOptions options;
    options.today = kToday;
    PP_VERIFY_OK(createDemoEstate(*m_db, options));
    auto preview = EndOfLifeImport::parse({QStringLiteral(PP_TEST_DATA "/endoflife-v0")});
    QVERIFY(!preview.hasErrors());
    PP_VERIFY_OK(EndOfLifeImport::apply(*m_db, preview));
    auto frozen = m_db->run(QStringLiteral("SELECT code FROM systems WHERE lifecycle_state = "
                                           "'frozen' ORDER BY code"));
    PP_VERIFY_OK(frozen);
    QSet<QString> frozenCodes;
    while (frozen->next())
        frozenCodes.insert(frozen->value(0).toString());
    QCOMPARE(frozenCodes, (QSet<QString>{QStringLiteral("EDI-02"), QStringLiteral("MFG-01"),
                                        QStringLiteral("OT-01"), QStringLiteral("QMS-01")}));

    ControlRepository repo(*m_db);
    auto rows = repo.frozenRegister(kToday);
    PP_VERIFY_OK(rows);
    QSet<QString> listed;
    QHash<QString, QSet<QString>> gapsOf; // "SYSTEM product" -> gap kinds
    for (const FrozenRegisterRow &r : std::as_const(*rows)) {
        listed.insert(r.eosl.row.systemCode);
        QVERIFY(r.systemFrozen || r.componentFrozen);
        QSet<QString> &kinds =
            gapsOf[r.eosl.row.systemCode + QLatin1Char(' ') + r.eosl.row.component.product];
        for (const Gap &g : r.gaps) {
            QVERIFY(!g.message.isEmpty());
            kinds.insert(toKey(g.kind));
        }
    }
    QCOMPARE(listed, frozenCodes); // every frozen system is in the register
    for (auto it = gapsOf.cbegin(); it != gapsOf.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("MFG-01")) || it.key().startsWith(QLatin1String("EDI-02")))
            QVERIFY2(it.value().isEmpty(), qPrintable(it.key())); // contracts, current checks
    }
    QCOMPARE(gapsOf.value(QStringLiteral("OT-01 Windows 7 Professional")),
             (QSet<QString>{QStringLiteral("eosl_without_support"),
                            QStringLiteral("acceptance_expired"),
                            QStringLiteral("control_overdue")}));
    QCOMPARE(gapsOf.value(QStringLiteral("QMS-01 CentOS Linux")),
             QSet<QString>{QStringLiteral("eosl_without_support")});
    QVERIFY(gapsOf.value(QStringLiteral("OT-01 GENESIS64"))
                .contains(QStringLiteral("control_overdue")));

    // Acceptances: one approved by a second person, one expired, one pending.
    auto acceptances = repo.acceptances();
    PP_VERIFY_OK(acceptances);
    QCOMPARE(acceptances->size(), 3);
    int active = 0, expired = 0, pending = 0;
    for (const RiskAcceptance &a : std::as_const(*acceptances)) {
        QVERIFY(!samePerson(a.requester, a.approver));
        switch (acceptanceState(a, kToday, 30)) {
        case AcceptanceState::Active: ++active; break;
        case AcceptanceState::Expired: ++expired; break;
        case AcceptanceState::PendingApproval: ++pending; break;
        case AcceptanceState::Expiring: break;
        }
    }
    QCOMPARE(active, 1);
    QCOMPARE(expired, 1);
    QCOMPARE(pending, 1);

    // Every system has its cadences, mostly done on time; nothing is due in the future of
    // the demo's day that was done after it.
    auto cadences = repo.cadences();
    PP_VERIFY_OK(cadences);
    QVERIFY(cadences->size() >= 3 * 40);
    int done = 0;
    for (const Cadence &k : std::as_const(*cadences)) {
        if (k.lastDone.isValid()) {
            ++done;
            QVERIFY(k.lastDone <= kToday);
        }
    }
    QVERIFY(done > cadences->size() / 2);
    auto created = repo.ensureDefaultCadences(kToday);
    PP_VERIFY_OK(created);
    QCOMPARE(*created, 0);
    auto overdue = repo.dueItems(kToday, kToday.addDays(-1));
    PP_VERIFY_OK(overdue);
    QVERIFY(!overdue->isEmpty()); // a believable estate has something late
    for (const DueItem &d : std::as_const(*overdue))
        QVERIFY(d.overdue);
}

QTEST_GUILESS_MAIN(tst_ControlRepository)
#include "tst_controlrepository.moc"
