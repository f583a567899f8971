// Storage of issue 7 on SQLite and PostgreSQL: windows and blackouts (checked, audited,
// versioned), plans with steps that refer to each other by position until stored, the status
// flow with its checks, approval by a second person with the security checklist, provisional
// approval of an emergency plan and its confirmation, and the work log of done steps.
#include "testsupport.h"

#include "models/planning/planrules.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/systemrepository.h"

#include <QTimeZone>
#include <QtTest>

using namespace pp;

namespace {

const QTimeZone kTokyo(QByteArrayLiteral("Asia/Tokyo"));
const QDateTime kNow(QDate(2026, 11, 29), QTime(9, 0), kTokyo);

QDateTime tokyo(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kTokyo).toUTC();
}

PlanStep step(int position, StepPhase phase, const QString &title, int minutes,
              StepEffect effect = StepEffect::None)
{
    PlanStep s;
    s.position = position;
    s.phase = phase;
    s.title = title;
    s.ownerRole = QStringLiteral("infrastructure");
    s.durationMinutes = minutes;
    s.effect = effect;
    return s;
}

SecurityChecklist fullChecklist()
{
    SecurityChecklist c;
    c.networkReachabilityChanged = false;
    c.monitoringChanged = false;
    c.runbookAgreesWithPolicy = true;
    c.backupRestoreConfirmed = true;
    c.rollbackConfirmed = true;
    return c;
}

} // namespace

class tst_PlanRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void windowsAreCheckedAndVersioned();
    void systemsFollowOwnAndGroupWindows();
    void blackouts();
    void planWithStepsByPosition();
    void statusFlowAndApproval();
    void emergencyProvisionalApproval();
    void editingAnApprovedPlanWithdrawsApproval();
    void onlyDraftOrCancelledPlansAreDeleted();

private:
    qint64 addSystem(const QString &code, const QString &schedule = {});
    Plan draft(const QList<qint64> &systems, PlanType type = PlanType::Regular);
    QList<PlanStep> pairedSteps();
    int audits(const QString &entity, const QString &action = {});

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_PlanRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("alice"));
}

void tst_PlanRepository::cleanup()
{
    m_db.reset();
    delete m_dir;
}

qint64 tst_PlanRepository::addSystem(const QString &code, const QString &schedule)
{
    System s;
    s.code = code;
    s.name = QStringLiteral("System %1").arg(code);
    s.windowSchedule = schedule;
    auto stored = SystemRepository(*m_db).insert(s);
    return stored ? stored->id : 0;
}

Plan tst_PlanRepository::draft(const QList<qint64> &systems, PlanType type)
{
    Plan p;
    p.title = QStringLiteral("December patching");
    p.type = type;
    p.windowStart = tokyo(2026, 12, 13, 1);
    p.windowEnd = tokyo(2026, 12, 13, 5);
    p.timeZone = QStringLiteral("Asia/Tokyo");
    p.systemIds = systems;
    return p;
}

QList<PlanStep> tst_PlanRepository::pairedSteps()
{
    PlanStep suppress = step(1, StepPhase::Pre, QStringLiteral("Suppress alerts"), 10,
                             StepEffect::SuppressMonitoring);
    suppress.pairsWithStepId = unsavedStepRef(3);
    PlanStep apply = step(2, StepPhase::Apply, QStringLiteral("Apply OS updates"), 90);
    apply.dependsOn = {unsavedStepRef(1)};
    PlanStep restore = step(3, StepPhase::Post, QStringLiteral("Re-enable alerts"), 10,
                            StepEffect::RestoreMonitoring);
    PlanStep rollback = step(4, StepPhase::Rollback, QStringLiteral("Restore snapshot"), 60);
    return {suppress, apply, restore, rollback};
}

int tst_PlanRepository::audits(const QString &entity, const QString &action)
{
    AuditFilter f;
    f.entity = entity;
    f.action = action;
    auto n = AuditLog(*m_db).count(f);
    return n ? *n : -1;
}

void tst_PlanRepository::windowsAreCheckedAndVersioned()
{
    PlanRepository repo(*m_db);
    MaintenanceWindow w;
    w.name = QStringLiteral("2nd Sunday");
    w.groupName = QStringLiteral("2nd Sunday");
    w.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2SU");
    w.dtstart = QDateTime(QDate(2024, 1, 14), QTime(1, 0));
    w.durationMinutes = 240;
    auto stored = repo.insertWindow(w);
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->rowVersion, 1);
    QCOMPARE(stored->dtstart.time(), QTime(1, 0));
    QCOMPARE(audits(QStringLiteral("maintenance_window"), QStringLiteral("create")), 1);

    MaintenanceWindow bad = w;
    bad.rrule = QStringLiteral("FREQ=SOMETIMES");
    QCOMPARE(repo.insertWindow(bad).error().kind, ErrorKind::InputRejected);
    bad = w;
    bad.durationMinutes = 0;
    QCOMPARE(repo.insertWindow(bad).error().kind, ErrorKind::InputRejected);
    bad = w;
    bad.timeZone = QStringLiteral("Mars/Olympus_Mons");
    QCOMPARE(repo.insertWindow(bad).error().kind, ErrorKind::InputRejected);

    MaintenanceWindow edit = *stored;
    edit.durationMinutes = 300;
    auto updated = repo.updateWindow(edit);
    PP_VERIFY_OK(updated);
    QCOMPARE(updated->durationMinutes, 300);
    QCOMPARE(repo.updateWindow(edit).error().kind, ErrorKind::Conflict); // stale version
    QCOMPARE(repo.removeWindow(stored->id, 1).error().kind, ErrorKind::Conflict);
    PP_VERIFY_OK(repo.removeWindow(stored->id, updated->rowVersion));
    QVERIFY(repo.windows()->isEmpty());
    QCOMPARE(audits(QStringLiteral("maintenance_window")), 3);
}

void tst_PlanRepository::systemsFollowOwnAndGroupWindows()
{
    PlanRepository repo(*m_db);
    const qint64 erp = addSystem(QStringLiteral("ERP-01"), QStringLiteral("monthly"));
    const qint64 web = addSystem(QStringLiteral("WEB-01"));
    const qint64 none = addSystem(QStringLiteral("LAB-01"), QStringLiteral("no such window"));
    MaintenanceWindow group;
    group.name = QStringLiteral("Monthly");
    group.groupName = QStringLiteral("monthly");
    group.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2SU");
    group.dtstart = QDateTime(QDate(2024, 1, 14), QTime(1, 0));
    PP_VERIFY_OK(repo.insertWindow(group));
    MaintenanceWindow own = group;
    own.name = QStringLiteral("WEB weekly");
    own.groupName.clear();
    own.systemId = web;
    own.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=WE");
    own.dtstart = QDateTime(QDate(2024, 1, 3), QTime(2, 0));
    PP_VERIFY_OK(repo.insertWindow(own));
    auto map = repo.windowsOfSystems({erp, web, none});
    PP_VERIFY_OK(map);
    QCOMPARE(map->value(erp).size(), 1);
    QCOMPARE(map->value(erp).first().name, QStringLiteral("Monthly"));
    QCOMPARE(map->value(web).size(), 1);
    QCOMPARE(map->value(web).first().name, QStringLiteral("WEB weekly"));
    QVERIFY(!map->contains(none));
}

void tst_PlanRepository::blackouts()
{
    PlanRepository repo(*m_db);
    Blackout b;
    b.name = QStringLiteral("Year end");
    b.startsOn = QDate(2026, 12, 29);
    b.endsOn = QDate(2027, 1, 3);
    auto stored = repo.insertBlackout(b);
    PP_VERIFY_OK(stored);
    Blackout backwards = b;
    backwards.endsOn = QDate(2026, 12, 1);
    const auto refused = repo.insertBlackout(backwards);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InputRejected);
    QVERIFY(refused.error().message.contains(QStringLiteral("2026-12-01")));
    Blackout edit = *stored;
    edit.reason = QStringLiteral("Office closed");
    PP_VERIFY_OK(repo.updateBlackout(edit));
    QCOMPARE(repo.updateBlackout(edit).error().kind, ErrorKind::Conflict);
    QCOMPARE(repo.blackouts()->first().reason, QStringLiteral("Office closed"));
    PP_VERIFY_OK(repo.removeBlackout(stored->id, 2));
    QVERIFY(repo.blackouts()->isEmpty());
}

void tst_PlanRepository::planWithStepsByPosition()
{
    PlanRepository repo(*m_db);
    const qint64 erp = addSystem(QStringLiteral("ERP-01"));
    Plan p = draft({erp});
    auto stored = repo.insertPlan(p, pairedSteps(), kNow);
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->status, PlanStatus::Draft);
    QCOMPARE(stored->author, QStringLiteral("alice"));
    QCOMPARE(stored->systemIds, QList<qint64>{erp});
    QCOMPARE(stored->windowStart, tokyo(2026, 12, 13, 1));
    auto steps = repo.steps(stored->id);
    PP_VERIFY_OK(steps);
    QCOMPARE(steps->size(), 4);
    QCOMPARE(steps->at(0).pairsWithStepId, steps->at(2).id); // by position, now by id
    QCOMPARE(steps->at(1).dependsOn, QList<qint64>{steps->at(0).id});
    QCOMPARE(steps->at(0).effect, StepEffect::SuppressMonitoring);

    // Bad plans change nothing.
    Plan backwards = p;
    backwards.windowEnd = backwards.windowStart.addSecs(-60);
    QCOMPARE(repo.insertPlan(backwards, {}, kNow).error().kind, ErrorKind::InputRejected);
    Plan noSystem = p;
    noSystem.systemIds.clear();
    QCOMPARE(repo.insertPlan(noSystem, {}, kNow).error().kind, ErrorKind::InputRejected);
    QList<PlanStep> dangling = pairedSteps();
    dangling[1].dependsOn = {unsavedStepRef(9)};
    QCOMPARE(repo.insertPlan(p, dangling, kNow).error().kind, ErrorKind::InputRejected);
    QCOMPARE(repo.plans()->size(), 1);

    // Replacing the steps keeps ids and moves the plan's version.
    QList<PlanStep> edited = *steps;
    edited[1].title = QStringLiteral("Apply OS and firmware updates");
    auto replaced = repo.replaceSteps(stored->id, stored->rowVersion, edited, kNow);
    PP_VERIFY_OK(replaced);
    QCOMPARE(replaced->at(1).id, steps->at(1).id);
    QCOMPARE(replaced->at(0).pairsWithStepId, steps->at(2).id);
    QCOMPARE(repo.replaceSteps(stored->id, stored->rowVersion, edited, kNow).error().kind,
             ErrorKind::Conflict);
}

void tst_PlanRepository::statusFlowAndApproval()
{
    PlanRepository repo(*m_db);
    const qint64 erp = addSystem(QStringLiteral("ERP-01"));
    // An unpaired suppression cannot go to review.
    QList<PlanStep> unpaired = pairedSteps();
    unpaired.removeAt(2);
    unpaired[0].pairsWithStepId = 0;
    auto bad = repo.insertPlan(draft({erp}), unpaired, kNow);
    PP_VERIFY_OK(bad);
    const auto refused = repo.setStatus(bad->id, bad->rowVersion, PlanStatus::InReview, kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InputRejected);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Suppress alerts")),
             qPrintable(refused.error().message));

    auto plan = repo.insertPlan(draft({erp}), pairedSteps(), kNow);
    PP_VERIFY_OK(plan);
    auto review = repo.setStatus(plan->id, plan->rowVersion, PlanStatus::InReview, kNow);
    PP_VERIFY_OK(review);
    QCOMPARE(review->status, PlanStatus::InReview);
    // Skipping approval is refused.
    QCOMPARE(repo.setStatus(plan->id, review->rowVersion, PlanStatus::Scheduled, kNow)
                 .error()
                 .kind,
             ErrorKind::InputRejected);
    // The author may not approve; an incomplete checklist is refused.
    QCOMPARE(repo.approve(plan->id, review->rowVersion, ApprovalDecision::Approved,
                          fullChecklist(), {}, kNow)
                 .error()
                 .kind,
             ErrorKind::InputRejected);
    m_db->setActor(QStringLiteral("Carol"));
    SecurityChecklist partial = fullChecklist();
    partial.rollbackConfirmed.reset();
    QCOMPARE(repo.approve(plan->id, review->rowVersion, ApprovalDecision::Approved, partial, {},
                          kNow)
                 .error()
                 .kind,
             ErrorKind::InputRejected);
    // A provisional approval is for emergency plans only.
    QCOMPARE(repo.approve(plan->id, review->rowVersion, ApprovalDecision::Provisional,
                          fullChecklist(), {}, kNow)
                 .error()
                 .kind,
             ErrorKind::InputRejected);
    auto approval = repo.approve(plan->id, review->rowVersion, ApprovalDecision::Approved,
                                 fullChecklist(), QStringLiteral("OK"), kNow);
    PP_VERIFY_OK(approval);
    QCOMPARE(approval->approver, QStringLiteral("Carol"));
    auto approved = repo.plan(plan->id);
    QCOMPARE((*approved)->status, PlanStatus::Approved);
    QCOMPARE(repo.approvals(plan->id)->size(), 1);
    QVERIFY(*repo.approvals(plan->id)->first().checklist.backupRestoreConfirmed);

    // scheduled -> in progress -> steps done -> (done is the service's: it records versions).
    auto scheduled = repo.setStatus(plan->id, (*approved)->rowVersion, PlanStatus::Scheduled,
                                    kNow);
    PP_VERIFY_OK(scheduled);
    auto steps = repo.steps(plan->id);
    QCOMPARE(steps->size(), 4);
    QCOMPARE(steps->at(3).phase, StepPhase::Rollback);
    auto before = repo.progressOfPlans({plan->id});
    PP_VERIFY_OK(before);
    QCOMPARE(before->value(plan->id).total, 3);
    QCOMPARE(before->value(plan->id).done, 0);
    QCOMPARE(repo.setStepDone(steps->at(0).id, 1, true, kNow, {}, kNow).error().kind,
             ErrorKind::InputRejected); // not in progress yet
    auto running = repo.setStatus(plan->id, scheduled->rowVersion, PlanStatus::InProgress, kNow);
    PP_VERIFY_OK(running);
    QCOMPARE(repo.setStatus(plan->id, running->rowVersion, PlanStatus::Done, kNow).error().kind,
             ErrorKind::InputRejected); // steps not done
    m_db->setActor(QStringLiteral("bob"));
    const QDateTime later = kNow.addSecs(3600);
    QCOMPARE(repo.setStepDone(steps->at(0).id, 1, true, later.addSecs(60), {}, later)
                 .error()
                 .kind,
             ErrorKind::InputRejected); // in the future
    for (int i = 0; i < 3; ++i) {
        auto done = repo.setStepDone(steps->at(i).id, 1, true, later,
                                     QStringLiteral("ok, 12 min"), later);
        PP_VERIFY_OK(done);
        QCOMPARE(done->doneBy, QStringLiteral("bob"));
        QCOMPARE(done->doneAt, later.toUTC());
    }
    QCOMPARE(audits(QStringLiteral("plan_step"), QStringLiteral("done")), 3);
    // The list's progress: the pre-, apply and post-steps, all done; not the rollback.
    auto progress = repo.progressOfPlans({plan->id, plan->id + 1000});
    PP_VERIFY_OK(progress);
    QCOMPARE(progress->size(), 1); // a plan without steps is left out
    QCOMPARE(progress->value(plan->id).total, 3);
    QCOMPARE(progress->value(plan->id).done, 3);
    auto closed = repo.setStatus(plan->id, running->rowVersion, PlanStatus::Done, later);
    PP_VERIFY_OK(closed);
    QCOMPARE(closed->status, PlanStatus::Done);
    QVERIFY(audits(QStringLiteral("plan"), QStringLiteral("status")) >= 4);
}

void tst_PlanRepository::emergencyProvisionalApproval()
{
    PlanRepository repo(*m_db);
    const qint64 vpn = addSystem(QStringLiteral("VPN-01"));
    auto plan = repo.insertPlan(draft({vpn}, PlanType::Emergency), pairedSteps(), kNow);
    PP_VERIFY_OK(plan);
    auto review = repo.setStatus(plan->id, plan->rowVersion, PlanStatus::InReview, kNow);
    PP_VERIFY_OK(review);
    m_db->setActor(QStringLiteral("carol"));
    auto provisional = repo.approve(plan->id, review->rowVersion, ApprovalDecision::Provisional,
                                    fullChecklist(), {}, kNow);
    PP_VERIFY_OK(provisional);
    auto current = repo.plan(plan->id);
    QCOMPARE((*current)->status, PlanStatus::InReview);
    // It may start on the provisional approval ...
    auto running = repo.setStatus(plan->id, (*current)->rowVersion, PlanStatus::InProgress,
                                  kNow.addSecs(600));
    PP_VERIFY_OK(running);
    QVERIFY(!provisionalOverdue(*provisional, kNow.addSecs(23 * 3600)));
    QVERIFY(provisionalOverdue(*provisional, kNow.addSecs(25 * 3600)));
    // ... and is confirmed by someone other than the author.
    m_db->setActor(QStringLiteral("alice"));
    QCOMPARE(repo.confirmApproval(provisional->id, kNow.addSecs(3600)).error().kind,
             ErrorKind::InputRejected);
    m_db->setActor(QStringLiteral("dave"));
    auto confirmed = repo.confirmApproval(provisional->id, kNow.addSecs(3600));
    PP_VERIFY_OK(confirmed);
    QVERIFY(confirmed->confirmedAt.isValid());
    QVERIFY(!provisionalOverdue(*confirmed, kNow.addSecs(48 * 3600)));
    QVERIFY(!repo.confirmApproval(provisional->id, kNow.addSecs(3600))); // once only
}

void tst_PlanRepository::editingAnApprovedPlanWithdrawsApproval()
{
    PlanRepository repo(*m_db);
    const qint64 erp = addSystem(QStringLiteral("ERP-01"));
    auto plan = repo.insertPlan(draft({erp}), pairedSteps(), kNow);
    auto review = repo.setStatus(plan->id, plan->rowVersion, PlanStatus::InReview, kNow);
    m_db->setActor(QStringLiteral("carol"));
    PP_VERIFY_OK(repo.approve(plan->id, review->rowVersion, ApprovalDecision::Approved,
                              fullChecklist(), {}, kNow));
    Plan edit = **repo.plan(plan->id);
    QCOMPARE(edit.status, PlanStatus::Approved);
    edit.windowEnd = edit.windowEnd.addSecs(3600);
    auto updated = repo.updatePlan(edit, kNow);
    PP_VERIFY_OK(updated);
    QCOMPARE(updated->status, PlanStatus::Draft);
    QCOMPARE(updated->windowEnd, tokyo(2026, 12, 13, 6));
}

void tst_PlanRepository::onlyDraftOrCancelledPlansAreDeleted()
{
    PlanRepository repo(*m_db);
    const qint64 erp = addSystem(QStringLiteral("ERP-01"));
    auto plan = repo.insertPlan(draft({erp}), pairedSteps(), kNow);
    auto review = repo.setStatus(plan->id, plan->rowVersion, PlanStatus::InReview, kNow);
    PP_VERIFY_OK(review);
    QCOMPARE(repo.removePlan(plan->id, review->rowVersion).error().kind,
             ErrorKind::InputRejected);
    auto cancelled = repo.setStatus(plan->id, review->rowVersion, PlanStatus::Cancelled, kNow);
    PP_VERIFY_OK(cancelled);
    PP_VERIFY_OK(repo.removePlan(plan->id, cancelled->rowVersion));
    QVERIFY(repo.plans()->isEmpty());
    QVERIFY(repo.steps(plan->id)->isEmpty());
    QCOMPARE(audits(QStringLiteral("plan"), QStringLiteral("delete")), 1);
}

QTEST_GUILESS_MAIN(tst_PlanRepository)
#include "tst_planrepository.moc"
