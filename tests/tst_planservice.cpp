// The plan service on the demo estate with the real NVD and KEV samples (issue 7, "done when"):
// a regular plan for next month's window and an emergency plan for a KEV finding are made, the
// emergency milestones are hours apart where the regular ones are days apart; every conflict
// kind appears when provoked; proposals respect the lead time; completing a plan records the
// new versions and resolves the findings it fixed.
#include "testsupport.h"

#include "models/io/demodata.h"
#include "models/io/endoflifeimport.h"
#include "models/io/vulnimport.h"
#include "models/planning/planrules.h"
#include "models/plans/planservice.h"
#include "models/storage/componentrepository.h"
#include "models/storage/controlrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/systemrepository.h"

#include <QDir>
#include <QTimeZone>
#include <QtTest>

using namespace pp;

namespace {

const QTimeZone kTokyo(QByteArrayLiteral("Asia/Tokyo"));
const QDateTime kNow = QDateTime(QDate(2026, 11, 29), QTime(10, 0), kTokyo).toUTC();

QDateTime tokyo(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kTokyo).toUTC();
}

QSet<ConflictKind> kinds(const QList<PlanConflict> &conflicts)
{
    QSet<ConflictKind> out;
    for (const PlanConflict &c : conflicts)
        out.insert(c.kind);
    return out;
}

QString reasons(const QList<PlanConflict> &conflicts)
{
    QStringList out;
    for (const PlanConflict &c : conflicts)
        out << toKey(c.kind) + QStringLiteral(": ") + c.reason;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_PlanService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void regularPlanInNextMonthsWindow();
    void emergencyPlanForKevFinding();
    void proposalsRespectLeadTimeAndWindows();
    void conflictsWhenProvoked();
    void completeRecordsVersionsAndResolvesFindings();

private:
    qint64 systemId(const QString &code);
    qint64 patchOf(const QString &code, const QString &cve);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_PlanService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_PlanService::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("alice"));
    DemoOptions demo;
    demo.today = kNow.toTimeZone(kTokyo).date();
    PP_VERIFY_OK(createDemoEstate(*m_db, demo));
    auto eol = EndOfLifeImport::parse({QStringLiteral(PP_TEST_DATA "/endoflife-v0")});
    PP_VERIFY_OK(EndOfLifeImport::apply(*m_db, eol));
    QStringList nvd;
    for (const QFileInfo &f : QDir(QStringLiteral(PP_TEST_DATA "/nvd")).entryInfoList({QStringLiteral("*.json")}))
        nvd << f.filePath();
    VulnImportOptions options;
    options.now = kNow;
    PP_VERIFY_OK(VulnImport::run(*m_db, VulnFeedKind::Nvd, nvd, options));
    PP_VERIFY_OK(VulnImport::run(*m_db, VulnFeedKind::Kev,
                                 {QStringLiteral(PP_TEST_DATA "/kev/known_exploited_vulnerabilities.json")},
                                 options));
}

void tst_PlanService::cleanup()
{
    m_db.reset();
    delete m_dir;
}

qint64 tst_PlanService::systemId(const QString &code)
{
    auto s = SystemRepository(*m_db).findByCode(code);
    return s && s->has_value() ? (*s)->id : 0;
}

qint64 tst_PlanService::patchOf(const QString &code, const QString &cve)
{
    auto rows = FindingRepository(*m_db).patchRows(systemId(code));
    if (!rows)
        return 0;
    qint64 any = 0;
    for (const PatchRow &r : std::as_const(*rows)) {
        if (!r.resolves.contains(cve))
            continue;
        if (!r.patch.targetVersion.isEmpty())
            return r.patch.id; // the one with a known fix first
        any = r.patch.id;
    }
    return any;
}

void tst_PlanService::regularPlanInNextMonthsWindow()
{
    // ERP-01 follows the second-Sunday window: 2026-12-13 01:00-05:00 Tokyo.
    PlanService service(*m_db);
    NewPlanRequest r;
    r.type = PlanType::Regular;
    r.windowStart = tokyo(2026, 12, 13, 1);
    r.systemIds = {systemId(QStringLiteral("ERP-01"))};
    r.timeZone = QStringLiteral("Asia/Tokyo");
    auto plan = service.create(r, kNow);
    PP_VERIFY_OK(plan);
    QCOMPARE(plan->windowEnd, tokyo(2026, 12, 13, 5)); // the maintenance window's end
    QVERIFY(plan->title.contains(QStringLiteral("ERP-01")));
    QVERIFY(!plan->patchIds.isEmpty()); // the system's pending patches
    auto steps = PlanRepository(*m_db).steps(plan->id);
    PP_VERIFY_OK(steps);
    QList<PlanStep> milestones;
    QSet<StepPhase> phases;
    for (const PlanStep &s : std::as_const(*steps)) {
        phases.insert(s.phase);
        if (s.phase == StepPhase::Milestone)
            milestones << s;
        else if (s.phase != StepPhase::Rollback)
            QVERIFY2(s.plannedStart >= plan->windowStart, qPrintable(s.title));
    }
    QCOMPARE(phases, (QSet<StepPhase>{StepPhase::Milestone, StepPhase::Pre, StepPhase::Apply,
                                      StepPhase::Post, StepPhase::Rollback}));
    QCOMPARE(milestones.size(), 5);
    QCOMPARE(milestones.first().plannedStart, plan->windowStart.addDays(-21)); // T-21 d
    QVERIFY(unpairedSteps(*steps).isEmpty());
    auto conflicts = service.conflicts(plan->id, kNow);
    PP_VERIFY_OK(conflicts);
    QVERIFY2(!kinds(*conflicts).contains(ConflictKind::OutsideWindow), qPrintable(reasons(*conflicts)));
    QVERIFY2(!kinds(*conflicts).contains(ConflictKind::Blackout), qPrintable(reasons(*conflicts)));
}

void tst_PlanService::emergencyPlanForKevFinding()
{
    // CVE-2024-3400 (KEV) on NET-01's PAN-OS: an emergency plan for its patch.
    const qint64 patch = patchOf(QStringLiteral("NET-01"), QStringLiteral("CVE-2024-3400"));
    QVERIFY(patch > 0);
    PlanService service(*m_db);
    NewPlanRequest r;
    r.type = PlanType::Emergency;
    r.windowStart = tokyo(2026, 12, 2, 1);
    r.windowEnd = tokyo(2026, 12, 2, 4);
    r.patchIds = {patch};
    auto plan = service.create(r, kNow);
    PP_VERIFY_OK(plan);
    QCOMPARE(plan->systemIds, QList<qint64>{systemId(QStringLiteral("NET-01"))});
    auto steps = PlanRepository(*m_db).steps(plan->id);
    QList<QDateTime> before;
    bool networkStep = false;
    for (const PlanStep &s : std::as_const(*steps)) {
        if (s.phase == StepPhase::Milestone && s.plannedStart < plan->windowStart)
            before << s.plannedStart;
        if (s.phase == StepPhase::Apply && s.templateKey.contains(QStringLiteral("network")))
            networkStep = true;
    }
    QVERIFY(networkStep); // the apply step of the component's kind
    QCOMPARE(before.size(), 4);
    QCOMPARE(before.first(), plan->windowStart.addSecs(-48 * 3600)); // T-48 h
    QCOMPARE(before.last(), plan->windowStart.addSecs(-4 * 3600));  // T-4 h
    for (int i = 1; i < before.size(); ++i)
        QVERIFY(before.at(i - 1).secsTo(before.at(i)) <= 24 * 3600); // hours apart
}

void tst_PlanService::proposalsRespectLeadTimeAndWindows()
{
    PlanService service(*m_db);
    const QList<qint64> erp{systemId(QStringLiteral("ERP-01"))};
    auto regular = service.proposeWindows(erp, {}, PlanType::Regular, kNow, 3);
    PP_VERIFY_OK(regular);
    QCOMPARE(regular->size(), 3);
    // 21 days of lead time from 2026-11-29: the 2026-12-13 window is too soon, 2027-01-10 fits.
    QCOMPARE(regular->first().start, tokyo(2027, 1, 10, 1));
    QCOMPARE(regular->first().end, tokyo(2027, 1, 10, 5));
    auto emergency = service.proposeWindows(erp, {}, PlanType::Emergency, kNow, 1);
    PP_VERIFY_OK(emergency);
    QCOMPARE(emergency->first().start, tokyo(2026, 12, 13, 1));
    // Two systems: only windows both have (ERP-01 second Sunday, NET-01 fourth Tuesday: none).
    auto both = service.proposeWindows({systemId(QStringLiteral("ERP-01")),
                                        systemId(QStringLiteral("EDI-01"))},
                                       {}, PlanType::Regular, kNow, 2);
    PP_VERIFY_OK(both);
    QCOMPARE(both->size(), 2); // both follow the second Sunday
}

void tst_PlanService::conflictsWhenProvoked()
{
    PlanService service(*m_db);
    PlanRepository plans(*m_db);
    const qint64 erp = systemId(QStringLiteral("ERP-01"));
    const qint64 qms = systemId(QStringLiteral("QMS-01"));
    // Outside the window, in the year-end blackout, on a holiday (2027-01-01).
    NewPlanRequest r;
    r.type = PlanType::Regular;
    r.windowStart = tokyo(2027, 1, 1, 10);
    r.windowEnd = tokyo(2027, 1, 1, 12);
    r.systemIds = {erp};
    auto holiday = service.create(r, kNow);
    PP_VERIFY_OK(holiday);
    auto c1 = service.conflicts(holiday->id, kNow);
    PP_VERIFY_OK(c1);
    const QSet<ConflictKind> k1 = kinds(*c1);
    QVERIFY2(k1.contains(ConflictKind::OutsideWindow), qPrintable(reasons(*c1)));
    QVERIFY2(k1.contains(ConflictKind::Blackout), qPrintable(reasons(*c1)));
    QVERIFY2(k1.contains(ConflictKind::Holiday), qPrintable(reasons(*c1)));
    QVERIFY2(!k1.contains(ConflictKind::LeadTime), qPrintable(reasons(*c1))); // 33 days ahead
    for (const PlanConflict &c : std::as_const(*c1))
        QVERIFY(!c.reason.isEmpty());

    // A regular plan in the 2026-12-13 window: 14 days ahead, 21 needed.
    NewPlanRequest soon;
    soon.type = PlanType::Regular;
    soon.windowStart = tokyo(2026, 12, 13, 1);
    soon.systemIds = {erp};
    auto tooSoon = service.create(soon, kNow);
    PP_VERIFY_OK(tooSoon);
    auto lead = service.conflicts(tooSoon->id, kNow);
    PP_VERIFY_OK(lead);
    QVERIFY2(kinds(*lead).contains(ConflictKind::LeadTime), qPrintable(reasons(*lead)));
    PP_VERIFY_OK(plans.setStatus(tooSoon->id, tooSoon->rowVersion, PlanStatus::Cancelled, kNow));

    // Two plans on ERP-01 in the same window overlap, and book the same owners.
    NewPlanRequest a;
    a.type = PlanType::Regular;
    a.windowStart = tokyo(2027, 2, 14, 1);
    a.systemIds = {erp};
    auto first = service.create(a, kNow);
    auto second = service.create(a, kNow);
    PP_VERIFY_OK(first);
    PP_VERIFY_OK(second);
    auto c2 = service.conflicts(second->id, kNow);
    PP_VERIFY_OK(c2);
    QVERIFY2(kinds(*c2).contains(ConflictKind::OverlappingPlan), qPrintable(reasons(*c2)));
    QVERIFY2(kinds(*c2).contains(ConflictKind::OwnerDoubleBooked), qPrintable(reasons(*c2)));
    QVERIFY2(!kinds(*c2).contains(ConflictKind::OutsideWindow), qPrintable(reasons(*c2)));
    // Cancelled, the other one no longer overlaps.
    auto cancelled = plans.setStatus(first->id, first->rowVersion, PlanStatus::Cancelled, kNow);
    PP_VERIFY_OK(cancelled);
    auto c3 = service.conflicts(second->id, kNow);
    QVERIFY2(!kinds(*c3).contains(ConflictKind::OverlappingPlan), qPrintable(reasons(*c3)));

    // QMS-01 is frozen without an acceptance of its components.
    NewPlanRequest f;
    f.type = PlanType::Regular;
    f.windowStart = tokyo(2027, 2, 7, 0); // its first-Sunday window
    f.systemIds = {qms};
    auto frozen = service.create(f, kNow);
    PP_VERIFY_OK(frozen);
    auto c4 = service.conflicts(frozen->id, kNow);
    QVERIFY2(kinds(*c4).contains(ConflictKind::FrozenWithoutAcceptance), qPrintable(reasons(*c4)));

    // A KEV finding due before the window: finishing after its due date.
    const qint64 patch = patchOf(QStringLiteral("NET-01"), QStringLiteral("CVE-2024-3400"));
    NewPlanRequest late;
    late.type = PlanType::Regular;
    late.windowStart = tokyo(2027, 3, 23, 23, 30); // NET-01's fourth-Tuesday window
    late.patchIds = {patch};
    auto overdue = service.create(late, kNow);
    PP_VERIFY_OK(overdue);
    auto c5 = service.conflicts(overdue->id, kNow);
    QVERIFY2(kinds(*c5).contains(ConflictKind::AfterDueDate), qPrintable(reasons(*c5)));

    // report conflicts: every open plan's conflicts.
    auto all = service.openConflicts(kNow);
    PP_VERIFY_OK(all);
    QSet<qint64> planIds;
    for (const PlanConflict &c : std::as_const(*all))
        planIds.insert(c.planId);
    QVERIFY(planIds.contains(holiday->id));
    QVERIFY(planIds.contains(frozen->id));
    QVERIFY(!planIds.contains(first->id)); // cancelled
}

void tst_PlanService::completeRecordsVersionsAndResolvesFindings()
{
    // CVE-2024-6387 on BST-01's OpenSSH 8.9p1: the upgrade patch targets 9.8.
    const qint64 patch = patchOf(QStringLiteral("BST-01"), QStringLiteral("CVE-2024-6387"));
    QVERIFY(patch > 0);
    auto p = FindingRepository(*m_db).patch(patch);
    PP_VERIFY_OK(p);
    const qint64 componentId = (*p)->componentId;
    QVERIFY(componentId > 0);
    const QString target = (*p)->targetVersion;
    QVERIFY(!target.isEmpty());
    const QList<qint64> findingIds = (*p)->findingIds;
    QVERIFY(!findingIds.isEmpty());

    PlanService service(*m_db);
    PlanRepository plans(*m_db);
    NewPlanRequest r;
    r.type = PlanType::Emergency;
    r.windowStart = tokyo(2026, 12, 1, 22);
    r.windowEnd = tokyo(2026, 12, 2, 2);
    r.patchIds = {patch};
    auto plan = service.create(r, kNow);
    PP_VERIFY_OK(plan);
    auto review = plans.setStatus(plan->id, plan->rowVersion, PlanStatus::InReview, kNow);
    PP_VERIFY_OK(review);
    m_db->setActor(QStringLiteral("carol"));
    SecurityChecklist c;
    c.networkReachabilityChanged = false;
    c.monitoringChanged = false;
    c.runbookAgreesWithPolicy = true;
    c.backupRestoreConfirmed = true;
    c.rollbackConfirmed = true;
    PP_VERIFY_OK(plans.approve(plan->id, review->rowVersion, ApprovalDecision::Approved, c, {},
                               kNow));
    auto approved = plans.plan(plan->id);
    auto scheduled = plans.setStatus(plan->id, (*approved)->rowVersion, PlanStatus::Scheduled, kNow);
    PP_VERIFY_OK(scheduled);
    const QDateTime during = tokyo(2026, 12, 1, 23);
    auto running = plans.setStatus(plan->id, scheduled->rowVersion, PlanStatus::InProgress, during);
    PP_VERIFY_OK(running);
    // Not every step done: refused, nothing changed.
    QCOMPARE(service.complete(plan->id, running->rowVersion, during).error().kind,
             ErrorKind::InputRejected);
    m_db->setActor(QStringLiteral("bob"));
    const auto stepList1 = plans.steps(plan->id);
    QVERIFY(stepList1);
    for (const PlanStep &s : *stepList1) {
        if (s.phase == StepPhase::Rollback)
            continue;
        PP_VERIFY_OK(plans.setStepDone(s.id, s.rowVersion, true, during, QStringLiteral("ok"), during));
    }
    auto done = service.complete(plan->id, running->rowVersion, during.addSecs(3600));
    PP_VERIFY_OK(done);
    QCOMPARE(done->componentsUpdated, 1);
    QVERIFY(done->findingsResolved >= 1);
    QCOMPARE((*plans.plan(plan->id))->status, PlanStatus::Done);
    auto component = ComponentRepository(*m_db).findById(componentId);
    QCOMPARE((*component)->version, target);
    for (qint64 id : findingIds) {
        auto f = FindingRepository(*m_db).find(id);
        QVERIFY(f->has_value());
        QCOMPARE((*f)->state, AnalysisState::Resolved);
    }
}

QTEST_GUILESS_MAIN(tst_PlanService)
#include "tst_planservice.moc"
