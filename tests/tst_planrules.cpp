// The rules of patch plans (models/planning/planrules.h): lead-time profiles (emergency
// milestones hours apart, regular ones days apart), step timing with dependencies, cycles and
// the rollback deadline, paired steps, the status flow and the approval refusals.
#include "models/planning/planrules.h"

#include <QtTest>

using namespace pp;

namespace {

const QTimeZone kTokyo("Asia/Tokyo");

/// A wall-clock time in Tokyo (no DST), as a UTC instant.
QDateTime tokyo(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), kTokyo).toUTC();
}

Plan plan(PlanType type = PlanType::Regular)
{
    Plan p;
    p.id = 7;
    p.title = QStringLiteral("December patches");
    p.type = type;
    p.author = QStringLiteral("alice");
    p.windowStart = tokyo(2026, 12, 13, 1);
    p.windowEnd = tokyo(2026, 12, 13, 5);
    p.status = PlanStatus::Draft;
    return p;
}

PlanStep step(qint64 id, int position, StepPhase phase, const QString &title, int minutes,
              StepEffect effect = StepEffect::None)
{
    PlanStep s;
    s.id = id;
    s.position = position;
    s.phase = phase;
    s.title = title;
    s.durationMinutes = minutes;
    s.effect = effect;
    return s;
}

/// A small valid plan: suppress, apply, restore, and one rollback step.
QList<PlanStep> validSteps()
{
    return {step(1, 1, StepPhase::Pre, QStringLiteral("Suppress alerts"), 10,
                 StepEffect::SuppressMonitoring),
            step(2, 2, StepPhase::Apply, QStringLiteral("Apply OS updates"), 60),
            step(3, 3, StepPhase::Post, QStringLiteral("Restore alerts"), 15,
                 StepEffect::RestoreMonitoring),
            step(4, 4, StepPhase::Rollback, QStringLiteral("Restore backup"), 60)};
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

Approval approval(const QString &who, ApprovalDecision d, const QDateTime &at)
{
    Approval a;
    a.approver = who;
    a.decision = d;
    a.decidedAt = at;
    a.checklist = fullChecklist();
    return a;
}

bool mentions(const QStringList &problems, const QString &text)
{
    for (const QString &p : problems) {
        if (p.contains(text))
            return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(pp::PlanStatus)

class tst_PlanRules : public QObject
{
    Q_OBJECT

private slots:
    void defaultProfiles();
    void milestoneStepsRegularDaysApart();
    void milestoneStepsEmergencyHoursApart();
    void offsetsAreElapsedTimeAcrossDst();
    void profileTextRoundTrip();
    void parseProfileRejects_data();
    void parseProfileRejects();
    void validateProfile();
    void sequentialSteps();
    void dependenciesRunInParallel();
    void unsavedStepsByPosition();
    void remapRefs();
    void rollbackDeadline();
    void milestonesKeepTheirTime();
    void dependencyProblems();
    void cycleDoesNotHangScheduling();
    void pairs();
    void pairsExplicit();
    void pairsIgnoreRollback();
    void statusFlow_data();
    void statusFlow();
    void provisionalShortcut();
    void toReview();
    void toApproved();
    void toInProgress();
    void toDoneAndRolledBack();
    void approvalRefusals();
    void approvalAccepted();
    void provisionalOverdue();
    void confirmation();
};

void tst_PlanRules::defaultProfiles()
{
    const LeadTimeProfile regular = defaultLeadTimes(PlanType::Regular);
    const LeadTimeProfile emergency = defaultLeadTimes(PlanType::Emergency);
    QCOMPARE(profileText(regular),
             QStringLiteral("impact_assessed=-30240,staging_tested=-20160,security_review=-14400,"
                            "notice=-10080,post_review=4320"));
    QCOMPARE(profileText(emergency),
             QStringLiteral("impact_assessed=-2880,staging_tested=-1440,security_review=-720,"
                            "notice=-240,post_review=2880"));
    QVERIFY(pp::validateProfile(regular).isEmpty());
    QVERIFY(pp::validateProfile(emergency).isEmpty());
    QCOMPARE(milestoneTitle(QStringLiteral("staging_tested")), QStringLiteral("Tested in staging"));
    QCOMPARE(milestoneTitle(QStringLiteral("post_review")),
             QStringLiteral("Post-implementation review"));
    QCOMPARE(milestoneTitle(QStringLiteral("other")), QStringLiteral("other"));
}

void tst_PlanRules::milestoneStepsRegularDaysApart()
{
    const Plan p = plan();
    const QList<PlanStep> m = milestoneSteps(p, defaultLeadTimes(PlanType::Regular));
    QCOMPARE(m.size(), 5);
    for (const PlanStep &s : m) {
        QCOMPARE(s.phase, StepPhase::Milestone);
        QCOMPARE(s.durationMinutes, 0);
        QVERIFY(s.templateKey.startsWith(QStringLiteral("milestone:")));
    }
    QCOMPARE(m.at(0).templateKey, QStringLiteral("milestone:impact_assessed"));
    QCOMPARE(m.at(0).title, QStringLiteral("Information collected, impact assessed"));
    QCOMPARE(m.at(0).plannedStart, tokyo(2026, 11, 22, 1));  // T-21 d
    QCOMPARE(m.at(1).plannedStart, tokyo(2026, 11, 29, 1));  // T-14 d
    QCOMPARE(m.at(2).plannedStart, tokyo(2026, 12, 3, 1));   // T-10 d
    QCOMPARE(m.at(3).plannedStart, tokyo(2026, 12, 6, 1));   // T-7 d
    QCOMPARE(m.at(4).plannedStart, tokyo(2026, 12, 16, 5));  // window END + 3 d
    QCOMPARE(m.at(4).position, 5);
    for (int i = 1; i < 4; ++i)
        QVERIFY(m.at(i - 1).plannedStart.secsTo(m.at(i).plannedStart) >= 3 * 86400);
}

void tst_PlanRules::milestoneStepsEmergencyHoursApart()
{
    Plan p = plan(PlanType::Emergency);
    const QList<PlanStep> m = milestoneSteps(p, defaultLeadTimes(PlanType::Emergency));
    QCOMPARE(m.size(), 5);
    QCOMPARE(m.at(0).plannedStart, tokyo(2026, 12, 11, 1));  // T-48 h
    QCOMPARE(m.at(1).plannedStart, tokyo(2026, 12, 12, 1));  // T-24 h
    QCOMPARE(m.at(2).plannedStart, tokyo(2026, 12, 12, 13)); // T-12 h
    QCOMPARE(m.at(3).plannedStart, tokyo(2026, 12, 12, 21)); // T-4 h
    QCOMPARE(m.at(4).plannedStart, tokyo(2026, 12, 15, 5));  // window END + 2 d
    for (int i = 1; i < 4; ++i)
        QVERIFY(m.at(i - 1).plannedStart.secsTo(m.at(i).plannedStart) <= 24 * 3600);
}

void tst_PlanRules::offsetsAreElapsedTimeAcrossDst()
{
    // Berlin leaves summer time on 2026-10-25: 21 days before a window on 2026-11-08 01:00 CET
    // is 21 x 24 h earlier, i.e. 02:00 CEST on the wall clock.
    const QTimeZone berlin("Europe/Berlin");
    Plan p = plan();
    p.windowStart = QDateTime(QDate(2026, 11, 8), QTime(1, 0), berlin).toUTC();
    p.windowEnd = p.windowStart.addSecs(4 * 3600);
    const QList<PlanStep> m = milestoneSteps(p, defaultLeadTimes(PlanType::Regular));
    QCOMPARE(m.at(0).plannedStart.secsTo(p.windowStart), qint64(21) * 86400);
    QCOMPARE(m.at(0).plannedStart.toTimeZone(berlin).time(), QTime(2, 0));
}

void tst_PlanRules::profileTextRoundTrip()
{
    for (PlanType t : allValues<PlanType>()) {
        const LeadTimeProfile p = defaultLeadTimes(t);
        QCOMPARE(parseProfile(profileText(p)), p);
    }
    // Spaces and any order; milestones come back in flow order.
    const auto p = parseProfile(QStringLiteral(" notice = -60 , impact_assessed=-600 "));
    QVERIFY(p);
    QCOMPARE(p->milestones.size(), 2);
    QCOMPARE(p->milestones.at(0), (MilestoneSpec{QStringLiteral("impact_assessed"), -600}));
    QCOMPARE(p->milestones.at(1), (MilestoneSpec{QStringLiteral("notice"), -60}));
}

void tst_PlanRules::parseProfileRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown key") << QStringLiteral("impact_assessed=-60,lunch=-30");
    QTest::newRow("repeated key") << QStringLiteral("notice=-60,notice=-30");
    QTest::newRow("not a number") << QStringLiteral("notice=-1.5");
    QTest::newRow("no value") << QStringLiteral("notice");
    QTest::newRow("no key") << QStringLiteral("=-30");
}

void tst_PlanRules::parseProfileRejects()
{
    QFETCH(QString, text);
    QVERIFY(!parseProfile(text));
}

void tst_PlanRules::validateProfile()
{
    LeadTimeProfile p = defaultLeadTimes(PlanType::Regular);
    p.milestones[1].offsetMinutes = -40000; // staging before impact assessed
    QStringList problems = pp::validateProfile(p);
    QCOMPARE(problems.size(), 1);
    QVERIFY(mentions(problems, QStringLiteral("“Tested in staging” must come after")));

    p = defaultLeadTimes(PlanType::Regular);
    p.milestones[3].offsetMinutes = 0; // notice at the window start
    problems = pp::validateProfile(p);
    QVERIFY(mentions(problems, QStringLiteral("“Notice to users and stakeholders” must come "
                                              "before the window")));

    p = defaultLeadTimes(PlanType::Emergency);
    p.milestones[4].offsetMinutes = -60;
    QVERIFY(mentions(pp::validateProfile(p),
                     QStringLiteral("“Post-implementation review” must come after the window")));

    p = defaultLeadTimes(PlanType::Emergency);
    p.milestones.append({QStringLiteral("notice"), -30});
    p.milestones.append({QStringLiteral("coffee"), -30});
    problems = pp::validateProfile(p);
    QVERIFY(mentions(problems, QStringLiteral("given twice")));
    QVERIFY(mentions(problems, QStringLiteral("Unknown milestone “coffee”")));
}

void tst_PlanRules::sequentialSteps()
{
    const Plan p = plan();
    QList<PlanStep> steps{step(1, 1, StepPhase::Pre, QStringLiteral("A"), 10),
                          step(2, 2, StepPhase::Apply, QStringLiteral("B"), 20),
                          step(3, 3, StepPhase::Post, QStringLiteral("C"), 30)};
    // Input order is kept; timing follows positions.
    std::swap(steps[0], steps[2]);
    const QList<PlanStep> s = scheduleSteps(steps, p);
    QCOMPARE(s.at(2).title, QStringLiteral("A"));
    QCOMPARE(s.at(2).plannedStart, p.windowStart);
    QCOMPARE(s.at(1).plannedStart, p.windowStart.addSecs(10 * 60));
    QCOMPARE(s.at(0).plannedStart, p.windowStart.addSecs(30 * 60));
    QCOMPARE(plannedFinish(s), p.windowStart.addSecs(60 * 60));
    QVERIFY(!plannedFinish({}).isValid());
}

void tst_PlanRules::dependenciesRunInParallel()
{
    const Plan p = plan();
    QList<PlanStep> steps{step(10, 1, StepPhase::Pre, QStringLiteral("A"), 30),
                          step(11, 2, StepPhase::Apply, QStringLiteral("B"), 60),
                          step(12, 3, StepPhase::Apply, QStringLiteral("C"), 20),
                          step(13, 4, StepPhase::Post, QStringLiteral("D"), 15),
                          step(14, 5, StepPhase::Post, QStringLiteral("E"), 5)};
    steps[2].dependsOn = {10};      // C runs alongside B, after A
    steps[3].dependsOn = {11, 12};  // D waits for both
    const QList<PlanStep> s = scheduleSteps(steps, p);
    const QDateTime t0 = p.windowStart;
    QCOMPARE(s.at(0).plannedStart, t0);
    QCOMPARE(s.at(1).plannedStart, t0.addSecs(30 * 60));  // after A (previous step)
    QCOMPARE(s.at(2).plannedStart, t0.addSecs(30 * 60));  // after A (explicit)
    QCOMPARE(s.at(3).plannedStart, t0.addSecs(90 * 60));  // after B, the later of B and C
    QCOMPARE(s.at(4).plannedStart, t0.addSecs(105 * 60)); // after D
    QCOMPARE(plannedFinish(s), t0.addSecs(110 * 60));
    QVERIFY(validateDependencies(s).isEmpty());
}

void tst_PlanRules::unsavedStepsByPosition()
{
    const Plan p = plan();
    QList<PlanStep> steps{step(0, 1, StepPhase::Pre, QStringLiteral("A"), 30),
                          step(0, 2, StepPhase::Apply, QStringLiteral("B"), 45),
                          step(0, 3, StepPhase::Apply, QStringLiteral("C"), 10)};
    steps[2].dependsOn = {unsavedStepRef(1)}; // C after A, not after B
    QCOMPARE(stepRef(steps.at(0)), qint64(-1));
    QCOMPARE(indexOfStep(steps, -3), 2);
    QCOMPARE(indexOfStep(steps, 0), -1);
    const QList<PlanStep> s = scheduleSteps(steps, p);
    QCOMPARE(s.at(2).plannedStart, p.windowStart.addSecs(30 * 60));
    QCOMPARE(plannedFinish(s), p.windowStart.addSecs(75 * 60));
    QVERIFY(validateDependencies(s).isEmpty());
}

void tst_PlanRules::remapRefs()
{
    QList<PlanStep> steps{step(0, 1, StepPhase::Pre, QStringLiteral("A"), 10,
                               StepEffect::SuppressMonitoring),
                          step(0, 2, StepPhase::Post, QStringLiteral("B"), 10,
                               StepEffect::RestoreMonitoring)};
    steps[0].pairsWithStepId = -2;
    steps[1].dependsOn = {-1, 99};
    const QList<PlanStep> r = remapStepRefs(steps, {{-1, 41}, {-2, 42}});
    QCOMPARE(r.at(0).pairsWithStepId, qint64(42));
    QCOMPARE(r.at(1).dependsOn, (QList<qint64>{41, 99}));
}

void tst_PlanRules::rollbackDeadline()
{
    const Plan p = plan(); // 01:00-05:00
    QList<PlanStep> steps = validSteps();
    steps.append(step(5, 5, StepPhase::Rollback, QStringLiteral("Decide"), 10));
    steps.append(step(6, 6, StepPhase::Rollback, QStringLiteral("Verify"), 20));
    // Rollback steps: 60 + 10 + 20 = 90 minutes, ending at 05:00.
    QCOMPARE(rollbackDecisionDeadline(steps, p), tokyo(2026, 12, 13, 3, 30));
    const QList<PlanStep> s = scheduleSteps(steps, p);
    QCOMPARE(s.at(3).plannedStart, tokyo(2026, 12, 13, 3, 30));
    QCOMPARE(s.at(4).plannedStart, tokyo(2026, 12, 13, 4, 30));
    QCOMPARE(s.at(5).plannedStart, tokyo(2026, 12, 13, 4, 40));
    QCOMPARE(s.at(5).plannedEnd(), p.windowEnd);
    // The window steps are not pushed by the rollback steps, and the finish ignores them.
    QCOMPARE(s.at(0).plannedStart, p.windowStart);
    QCOMPARE(plannedFinish(s), tokyo(2026, 12, 13, 2, 25));
    // Without rollback steps the deadline is the window's end.
    QCOMPARE(rollbackDecisionDeadline(s.mid(0, 3), p), p.windowEnd);
}

void tst_PlanRules::milestonesKeepTheirTime()
{
    const Plan p = plan();
    QList<PlanStep> steps = milestoneSteps(p, defaultLeadTimes(PlanType::Regular));
    for (PlanStep &s : steps)
        s.position += 100;
    steps[0].plannedStart = tokyo(2026, 11, 1, 9); // moved by hand
    steps += validSteps();
    const QList<PlanStep> s = scheduleSteps(steps, p);
    QCOMPARE(s.at(0).plannedStart, tokyo(2026, 11, 1, 9));
    QCOMPARE(s.at(4).plannedStart, tokyo(2026, 12, 16, 5));
    QCOMPARE(s.at(5).plannedStart, p.windowStart); // the first window step
    QCOMPARE(plannedFinish(s), tokyo(2026, 12, 13, 2, 25)); // milestones do not count
}

void tst_PlanRules::dependencyProblems()
{
    QList<PlanStep> steps{step(1, 1, StepPhase::Pre, QStringLiteral("Backup"), 30),
                          step(2, 2, StepPhase::Apply, QStringLiteral("Patch"), 30),
                          step(3, 3, StepPhase::Post, QStringLiteral("Check"), 30),
                          step(4, 4, StepPhase::Rollback, QStringLiteral("Restore"), 30)};
    QVERIFY(validateDependencies(steps).isEmpty());

    steps[0].dependsOn = {1};
    QStringList problems = validateDependencies(steps);
    QCOMPARE(problems, QStringList{QStringLiteral("“Backup” depends on itself.")});

    steps[0].dependsOn = {77};
    problems = validateDependencies(steps);
    QCOMPARE(problems,
             QStringList{QStringLiteral("“Backup” depends on a step that is not in the plan.")});

    steps[0].dependsOn = {};
    steps[2].dependsOn = {4};
    problems = validateDependencies(steps);
    QCOMPARE(problems.size(), 1);
    QVERIFY(mentions(problems, QStringLiteral("“Check” waits for the rollback step “Restore”")));

    // A cycle of three, reported once, naming each step.
    steps[2].dependsOn = {2};
    steps[1].dependsOn = {1};
    steps[0].dependsOn = {3};
    problems = validateDependencies(steps);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0), QStringLiteral("These steps wait for each other in a cycle: "
                                            "“Backup”, “Patch”, “Check”."));
}

void tst_PlanRules::cycleDoesNotHangScheduling()
{
    const Plan p = plan();
    QList<PlanStep> steps{step(1, 1, StepPhase::Pre, QStringLiteral("A"), 10),
                          step(2, 2, StepPhase::Apply, QStringLiteral("B"), 10)};
    steps[0].dependsOn = {2};
    steps[1].dependsOn = {1};
    const QList<PlanStep> s = scheduleSteps(steps, p);
    QVERIFY(s.at(0).plannedStart.isValid());
    QVERIFY(s.at(1).plannedStart.isValid());
    QVERIFY(s.at(0).plannedStart >= p.windowStart);
    QCOMPARE(plannedFinish(s), p.windowStart.addSecs(20 * 60));
    QVERIFY(!validateDependencies(s).isEmpty());
}

void tst_PlanRules::pairs()
{
    QVERIFY(unpairedSteps(validSteps()).isEmpty());

    // Suppressing without restoring.
    QList<PlanStep> steps{step(1, 1, StepPhase::Pre, QStringLiteral("Mute alerts"), 10,
                               StepEffect::SuppressMonitoring),
                          step(2, 2, StepPhase::Apply, QStringLiteral("Patch"), 30)};
    QCOMPARE(unpairedSteps(steps),
             QStringList{QStringLiteral("“Mute alerts” suppresses monitoring, and no later step "
                                        "restores it.")});

    // The restoring step must come later.
    steps.prepend(step(3, 0, StepPhase::Pre, QStringLiteral("Unmute"), 5,
                       StepEffect::RestoreMonitoring));
    QCOMPARE(unpairedSteps(steps).size(), 1);
    steps[0].position = 3;
    QVERIFY(unpairedSteps(steps).isEmpty());

    // Two suppressing steps need two restoring ones; matched in position order.
    steps.append(step(4, 4, StepPhase::Pre, QStringLiteral("Mute again"), 5,
                      StepEffect::SuppressMonitoring));
    QCOMPARE(unpairedSteps(steps),
             QStringList{QStringLiteral("“Mute again” suppresses monitoring, and no later step "
                                        "restores it.")});
    steps[3].position = 2; // before "Unmute" (3), which "Mute alerts" (1) already took
    QCOMPARE(unpairedSteps(steps).size(), 1);
    QVERIFY(unpairedSteps(steps).at(0).startsWith(QStringLiteral("“Mute again”")));
    steps.append(step(5, 5, StepPhase::Post, QStringLiteral("Unmute again"), 5,
                      StepEffect::RestoreMonitoring));
    QVERIFY(unpairedSteps(steps).isEmpty());

    // Opening access needs closing.
    QList<PlanStep> access{step(1, 1, StepPhase::Pre, QStringLiteral("Open vendor VPN"), 5,
                                StepEffect::OpenAccess),
                           step(2, 2, StepPhase::Apply, QStringLiteral("Patch"), 30)};
    QCOMPARE(unpairedSteps(access),
             QStringList{QStringLiteral("“Open vendor VPN” opens network access, and no later "
                                        "step closes it.")});
    access.append(step(3, 3, StepPhase::Post, QStringLiteral("Close vendor VPN"), 5,
                       StepEffect::CloseAccess));
    QVERIFY(unpairedSteps(access).isEmpty());
    // A restore of monitoring does not close access.
    access[2].effect = StepEffect::RestoreMonitoring;
    QCOMPARE(unpairedSteps(access).size(), 1);
}

void tst_PlanRules::pairsExplicit()
{
    QList<PlanStep> steps{step(1, 1, StepPhase::Pre, QStringLiteral("Mute A"), 5,
                               StepEffect::SuppressMonitoring),
                          step(2, 2, StepPhase::Pre, QStringLiteral("Mute B"), 5,
                               StepEffect::SuppressMonitoring),
                          step(3, 3, StepPhase::Post, QStringLiteral("Unmute A"), 5,
                               StepEffect::RestoreMonitoring)};
    steps[1].pairsWithStepId = 3; // B claims the only restore: A is left alone
    QCOMPARE(unpairedSteps(steps),
             QStringList{QStringLiteral("“Mute A” suppresses monitoring, and no later step "
                                        "restores it.")});
    steps[1].pairsWithStepId = 99;
    QVERIFY(mentions(unpairedSteps(steps),
                     QStringLiteral("“Mute B” suppresses monitoring, but the step meant to "
                                    "restore it is not in the plan.")));
    steps[1].pairsWithStepId = 1;
    QVERIFY(mentions(unpairedSteps(steps),
                     QStringLiteral("“Mute B” suppresses monitoring, but “Mute A”, the step "
                                    "paired with it, does not restore monitoring.")));
    // Unsaved steps pair by -position.
    for (PlanStep &s : steps)
        s.id = 0;
    steps[0].pairsWithStepId = unsavedStepRef(3);
    steps[1].pairsWithStepId = 0;
    steps.append(step(0, 4, StepPhase::Post, QStringLiteral("Unmute B"), 5,
                      StepEffect::RestoreMonitoring));
    QVERIFY(unpairedSteps(steps).isEmpty());
}

void tst_PlanRules::pairsIgnoreRollback()
{
    // A restore only in the rollback phase does not count: the rollback may never run.
    QList<PlanStep> steps{step(1, 1, StepPhase::Pre, QStringLiteral("Mute"), 5,
                               StepEffect::SuppressMonitoring),
                          step(2, 2, StepPhase::Apply, QStringLiteral("Patch"), 30),
                          step(3, 3, StepPhase::Rollback, QStringLiteral("Unmute"), 5,
                               StepEffect::RestoreMonitoring)};
    QCOMPARE(unpairedSteps(steps).size(), 1);
    steps[0].pairsWithStepId = 3;
    QVERIFY(mentions(unpairedSteps(steps), QStringLiteral("does not come after it in the "
                                                          "window")));
}

void tst_PlanRules::statusFlow_data()
{
    using S = PlanStatus;
    QTest::addColumn<PlanStatus>("from");
    QTest::addColumn<PlanStatus>("to");
    QTest::addColumn<bool>("allowed");
    const QList<QPair<S, S>> allowed{
        {S::Draft, S::InReview},       {S::InReview, S::Draft},
        {S::InReview, S::Approved},    {S::Approved, S::Scheduled},
        {S::Scheduled, S::InProgress}, {S::InProgress, S::Done},
        {S::InProgress, S::RolledBack}, {S::Draft, S::Cancelled},
        {S::InReview, S::Cancelled},   {S::Approved, S::Cancelled},
        {S::Scheduled, S::Cancelled}};
    for (S from : allValues<S>()) {
        for (S to : allValues<S>()) {
            const QByteArray name = (toKey(from) + QStringLiteral("->") + toKey(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << allowed.contains({from, to});
        }
    }
}

void tst_PlanRules::statusFlow()
{
    QFETCH(PlanStatus, from);
    QFETCH(PlanStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(canTransition(from, to), allowed);
}

void tst_PlanRules::provisionalShortcut()
{
    Plan p = plan(PlanType::Emergency);
    p.status = PlanStatus::InReview;
    QVERIFY(canStartOnProvisional(p));
    QVERIFY(canTransition(p, PlanStatus::InProgress));
    QVERIFY(!canTransition(PlanStatus::InReview, PlanStatus::InProgress));
    p.type = PlanType::Regular;
    QVERIFY(!canStartOnProvisional(p));
    QVERIFY(!canTransition(p, PlanStatus::InProgress));
    p.type = PlanType::Emergency;
    p.status = PlanStatus::Draft;
    QVERIFY(!canStartOnProvisional(p));
}

void tst_PlanRules::toReview()
{
    const QDateTime now = tokyo(2026, 11, 1, 9);
    Plan p = plan();
    QVERIFY(transitionProblems(p, PlanStatus::InReview, validSteps(), {}, now).isEmpty());

    // No apply step.
    QList<PlanStep> steps = validSteps();
    steps.removeAt(1);
    QCOMPARE(transitionProblems(p, PlanStatus::InReview, steps, {}, now),
             QStringList{QStringLiteral("The plan has no apply step.")});

    // Unpaired.
    steps = validSteps();
    steps[2].effect = StepEffect::None;
    QVERIFY(mentions(transitionProblems(p, PlanStatus::InReview, steps, {}, now),
                     QStringLiteral("“Suppress alerts” suppresses monitoring")));

    // A cycle.
    steps = validSteps();
    steps[1].dependsOn = {3};
    steps[2].dependsOn = {2};
    QVERIFY(mentions(transitionProblems(p, PlanStatus::InReview, steps, {}, now),
                     QStringLiteral("cycle")));

    // The window.
    p.windowEnd = p.windowStart;
    QCOMPARE(transitionProblems(p, PlanStatus::InReview, validSteps(), {}, now),
             QStringList{QStringLiteral("The window must end after it starts.")});

    // Not from done.
    p = plan();
    p.status = PlanStatus::Done;
    QCOMPARE(transitionProblems(p, PlanStatus::InReview, validSteps(), {}, now),
             QStringList{QStringLiteral("A plan cannot go from “Done” to “In review”.")});
}

void tst_PlanRules::toApproved()
{
    const QDateTime now = tokyo(2026, 11, 10, 9);
    Plan p = plan();
    p.status = PlanStatus::InReview;
    QVERIFY(!transitionProblems(p, PlanStatus::Approved, validSteps(), {}, now).isEmpty());
    const Approval ok = approval(QStringLiteral("bob"), ApprovalDecision::Approved,
                                 tokyo(2026, 11, 9, 9));
    QVERIFY(transitionProblems(p, PlanStatus::Approved, validSteps(), {ok}, now).isEmpty());
    // The author's own approval does not count.
    const Approval own = approval(QStringLiteral(" Alice "), ApprovalDecision::Approved,
                                  tokyo(2026, 11, 9, 9));
    QVERIFY(!transitionProblems(p, PlanStatus::Approved, validSteps(), {own}, now).isEmpty());
    // A later rejection overrides an earlier approval.
    const Approval no = approval(QStringLiteral("carol"), ApprovalDecision::Rejected,
                                 tokyo(2026, 11, 9, 10));
    QVERIFY(!transitionProblems(p, PlanStatus::Approved, validSteps(), {ok, no}, now).isEmpty());
    QVERIFY(transitionProblems(p, PlanStatus::Approved, validSteps(), {no, ok}, now).isEmpty()
            == false);
    // An unconfirmed provisional approval is not an approval; a confirmed one is.
    Approval prov = approval(QStringLiteral("bob"), ApprovalDecision::Provisional,
                             tokyo(2026, 11, 9, 9));
    QVERIFY(!effectiveApproval(p, {prov}));
    prov.confirmedAt = tokyo(2026, 11, 9, 20);
    QVERIFY(effectiveApproval(p, {prov}));
}

void tst_PlanRules::toInProgress()
{
    const QDateTime decided = tokyo(2026, 12, 12, 13);
    Plan p = plan();
    p.status = PlanStatus::Scheduled;
    const Approval ok = approval(QStringLiteral("bob"), ApprovalDecision::Approved, decided);
    QVERIFY(transitionProblems(p, PlanStatus::InProgress, validSteps(), {ok}, decided).isEmpty());
    QCOMPARE(transitionProblems(p, PlanStatus::InProgress, validSteps(), {}, decided),
             QStringList{QStringLiteral("The plan has no approval.")});

    // Emergency in review on a provisional approval, within 24 hours.
    Plan e = plan(PlanType::Emergency);
    e.status = PlanStatus::InReview;
    const Approval prov = approval(QStringLiteral("bob"), ApprovalDecision::Provisional, decided);
    QVERIFY(transitionProblems(e, PlanStatus::InProgress, validSteps(), {prov},
                               decided.addSecs(3600))
                .isEmpty());
    QVERIFY(mentions(transitionProblems(e, PlanStatus::InProgress, validSteps(), {prov},
                                        decided.addSecs(25 * 3600)),
                     QStringLiteral("not confirmed within 24 hours")));
    QVERIFY(!transitionProblems(e, PlanStatus::InProgress, validSteps(), {},
                                decided.addSecs(3600))
                 .isEmpty());
    // A regular plan in review cannot start at all.
    Plan r = plan();
    r.status = PlanStatus::InReview;
    QVERIFY(mentions(transitionProblems(r, PlanStatus::InProgress, validSteps(), {prov}, decided),
                     QStringLiteral("cannot go from")));
}

void tst_PlanRules::toDoneAndRolledBack()
{
    const QDateTime now = tokyo(2026, 12, 13, 4);
    Plan p = plan();
    p.status = PlanStatus::InProgress;
    QList<PlanStep> steps = validSteps();
    steps[0].doneAt = now;
    steps[1].doneAt = now;
    QCOMPARE(transitionProblems(p, PlanStatus::Done, steps, {}, now),
             QStringList{QStringLiteral("1 step(s) not done yet: “Restore alerts”.")});
    steps[2].doneAt = now;
    // The rollback step is not needed for done.
    QVERIFY(transitionProblems(p, PlanStatus::Done, steps, {}, now).isEmpty());

    QCOMPARE(transitionProblems(p, PlanStatus::RolledBack, steps, {}, now),
             QStringList{QStringLiteral("No rollback step is done.")});
    steps[3].doneAt = now;
    QVERIFY(transitionProblems(p, PlanStatus::RolledBack, steps, {}, now).isEmpty());
}

void tst_PlanRules::approvalRefusals()
{
    Plan p = plan();
    p.status = PlanStatus::InReview;
    const SecurityChecklist full = fullChecklist();
    const QList<PlanStep> steps = validSteps();

    // The author, however spelled.
    QVERIFY(mentions(approvalProblems(p, QStringLiteral("  ALICE "), ApprovalDecision::Approved,
                                      full, {}, steps),
                     QStringLiteral("ALICE wrote the plan and cannot approve")));
    QVERIFY(mentions(approvalProblems(p, QString(), ApprovalDecision::Approved, full, {}, steps),
                     QStringLiteral("Name the approver")));

    // Incomplete checklist.
    SecurityChecklist c = full;
    c.monitoringChanged.reset();
    c.rollbackConfirmed.reset();
    QCOMPARE(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Approved, c, {}, steps),
             QStringList{QStringLiteral("Answer every question of the security checklist; not "
                                        "answered: monitoring or alerts changed, rollback "
                                        "confirmed.")});

    // Backup, rollback and policy must be yes.
    c = full;
    c.backupRestoreConfirmed = false;
    c.rollbackConfirmed = false;
    c.runbookAgreesWithPolicy = false;
    QCOMPARE(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Approved, c, {}, steps)
                 .size(),
             3);

    // A change of reachability or monitoring needs a note.
    c = full;
    c.networkReachabilityChanged = true;
    QVERIFY(mentions(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Approved, c,
                                      {}, steps),
                     QStringLiteral("Describe in the checklist note")));
    c.networkReachabilityChanged = false;
    c.monitoringChanged = true;
    QVERIFY(!approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Approved, c, {}, steps)
                 .isEmpty());
    c.note = QStringLiteral("Alert threshold for disk raised from 80% to 85%.");
    QVERIFY(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Approved, c, {}, steps)
                .isEmpty());

    // Unpaired steps block approval.
    QList<PlanStep> unpaired = steps;
    unpaired[2].effect = StepEffect::None;
    QVERIFY(mentions(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Approved, full,
                                      {}, unpaired),
                     QStringLiteral("suppresses monitoring")));

    // Provisional only for an emergency plan.
    QCOMPARE(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Provisional, full, {},
                              steps),
             QStringList{QStringLiteral("Only an emergency plan can be approved provisionally.")});

    // Only a plan in review.
    Plan draft = plan();
    QVERIFY(mentions(approvalProblems(draft, QStringLiteral("bob"), ApprovalDecision::Approved,
                                      full, {}, steps),
                     QStringLiteral("Only a plan in review")));

    // A rejection needs a reason (and no checklist).
    QCOMPARE(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Rejected, {}, {}, steps),
             QStringList{QStringLiteral("Say why the plan is rejected.")});
}

void tst_PlanRules::approvalAccepted()
{
    Plan p = plan();
    p.status = PlanStatus::InReview;
    QVERIFY(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Approved,
                             fullChecklist(), {}, validSteps())
                .isEmpty());
    QVERIFY(approvalProblems(p, QStringLiteral("bob"), ApprovalDecision::Rejected, {},
                             QStringLiteral("Rollback untested"), validSteps())
                .isEmpty());
    Plan e = plan(PlanType::Emergency);
    e.status = PlanStatus::InReview;
    QVERIFY(approvalProblems(e, QStringLiteral("bob"), ApprovalDecision::Provisional,
                             fullChecklist(), {}, validSteps())
                .isEmpty());
}

void tst_PlanRules::provisionalOverdue()
{
    const QDateTime decided = tokyo(2026, 12, 12, 13);
    Approval a = approval(QStringLiteral("bob"), ApprovalDecision::Provisional, decided);
    QVERIFY(!pp::provisionalOverdue(a, decided.addSecs(23 * 3600)));
    QVERIFY(!pp::provisionalOverdue(a, decided.addSecs(24 * 3600)));
    QVERIFY(pp::provisionalOverdue(a, decided.addSecs(24 * 3600 + 1)));
    a.confirmedAt = decided.addSecs(30 * 3600);
    QVERIFY(!pp::provisionalOverdue(a, decided.addSecs(48 * 3600)));
    const Approval full = approval(QStringLiteral("bob"), ApprovalDecision::Approved, decided);
    QVERIFY(!pp::provisionalOverdue(full, decided.addSecs(48 * 3600)));
}

void tst_PlanRules::confirmation()
{
    Plan e = plan(PlanType::Emergency);
    e.status = PlanStatus::InProgress;
    Approval a = approval(QStringLiteral("bob"), ApprovalDecision::Provisional,
                          tokyo(2026, 12, 12, 13));
    const QDateTime at = tokyo(2026, 12, 12, 18);
    QVERIFY(mentions(confirmationProblems(e, a, QStringLiteral("carol"), tokyo(2026, 12, 12, 12)),
                     QStringLiteral("before it was given")));
    QVERIFY(confirmationProblems(e, a, QStringLiteral("bob"), at).isEmpty());
    QVERIFY(confirmationProblems(e, a, QStringLiteral("carol"), at).isEmpty());
    QVERIFY(mentions(confirmationProblems(e, a, QStringLiteral("alice"), at),
                     QStringLiteral("cannot confirm")));
    QVERIFY(!confirmationProblems(e, a, QStringLiteral(" "), at).isEmpty());
    a.confirmedAt = tokyo(2026, 12, 12, 20);
    QVERIFY(mentions(confirmationProblems(e, a, QStringLiteral("carol"), at),
                     QStringLiteral("already confirmed")));
    a = approval(QStringLiteral("bob"), ApprovalDecision::Approved, tokyo(2026, 12, 12, 13));
    QVERIFY(mentions(confirmationProblems(e, a, QStringLiteral("carol"), at),
                     QStringLiteral("Only a provisional approval")));
}

QTEST_GUILESS_MAIN(tst_PlanRules)
#include "tst_planrules.moc"
