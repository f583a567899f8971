// The conflicts of a plan (models/planning/conflicts.h): each kind provoked and not provoked,
// with the reasons' wording, the calendar days taken in the plan's zone (Asia/Tokyo, no DST)
// and the edges (a window ending at midnight, a due day ending at midnight).
#include "models/planning/conflicts.h"

#include <QtTest>

using namespace pp;

namespace {

const QTimeZone kTokyo("Asia/Tokyo");

QDateTime tokyo(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), kTokyo).toUTC();
}

PlanStep step(qint64 id, int position, StepPhase phase, const QString &title,
              const QString &owner, int minutes)
{
    PlanStep s;
    s.id = id;
    s.position = position;
    s.phase = phase;
    s.title = title;
    s.ownerRole = owner;
    s.durationMinutes = minutes;
    return s;
}

/// Plan 1 on ERP-01 (10) and WEB-01 (20), 2026-12-13 01:00-05:00 Tokyo, inside both systems'
/// windows, with no conflict at all.
ConflictInput base()
{
    ConflictInput in;
    in.plan.id = 1;
    in.plan.title = QStringLiteral("December patches");
    in.plan.status = PlanStatus::Draft;
    in.plan.windowStart = tokyo(2026, 12, 13, 1);
    in.plan.windowEnd = tokyo(2026, 12, 13, 5);
    in.plan.systemIds = {10, 20};
    in.systemNames = {{10, QStringLiteral("ERP-01")}, {20, QStringLiteral("WEB-01")},
                      {30, QStringLiteral("DNS-01")}};
    const QList<TimeRange> windows{{tokyo(2026, 11, 8, 1), tokyo(2026, 11, 8, 5)},
                                   {tokyo(2026, 12, 13, 1), tokyo(2026, 12, 13, 5)},
                                   {tokyo(2027, 1, 10, 1), tokyo(2027, 1, 10, 5)}};
    in.windows = {{10, windows}, {20, windows}};
    in.steps = scheduleSteps(
        {step(101, 1, StepPhase::Pre, QStringLiteral("Back up"), QStringLiteral("infrastructure"),
              30),
         step(102, 2, StepPhase::Apply, QStringLiteral("Apply OS updates"),
              QStringLiteral("infrastructure"), 60),
         step(103, 3, StepPhase::Post, QStringLiteral("Health check"),
              QStringLiteral("application"), 30),
         step(104, 4, StepPhase::Rollback, QStringLiteral("Restore"),
              QStringLiteral("infrastructure"), 60)},
        in.plan);
    in.holidays = {{QDate(2027, 1, 1), QStringLiteral("元日")},
                   {QDate(2027, 1, 11), QStringLiteral("成人の日")}};
    in.zone = kTokyo;
    in.now = tokyo(2026, 11, 1, 9);
    in.profile = defaultLeadTimes(PlanType::Regular);
    return in;
}

QList<PlanConflict> ofKind(const QList<PlanConflict> &all, ConflictKind kind)
{
    QList<PlanConflict> out;
    for (const PlanConflict &c : all) {
        if (c.kind == kind)
            out.append(c);
    }
    return out;
}

/// Moves the plan's window (and its steps with it).
void moveWindow(ConflictInput &in, const QDateTime &start, const QDateTime &end)
{
    in.plan.windowStart = start;
    in.plan.windowEnd = end;
    in.steps = scheduleSteps(in.steps, in.plan);
}

OtherPlan other(qint64 id, PlanStatus status, const QList<qint64> &systems,
                const QDateTime &start, const QDateTime &end)
{
    OtherPlan o;
    o.plan.id = id;
    o.plan.title = QStringLiteral("Network firmware");
    o.plan.status = status;
    o.plan.systemIds = systems;
    o.plan.windowStart = start;
    o.plan.windowEnd = end;
    return o;
}

} // namespace

class tst_Conflicts : public QObject
{
    Q_OBJECT

private slots:
    void noConflict();
    void timeRangeText();
    void outsideWindow();
    void noMaintenanceWindow();
    void blackout();
    void blackoutDaysInPlanZone();
    void holiday();
    void overlappingPlan();
    void ownerDoubleBooked();
    void afterDueDate();
    void frozenWithoutAcceptance();
    void leadTimeRegular();
    void leadTimeEmergency();
};

void tst_Conflicts::noConflict()
{
    const QList<PlanConflict> c = findConflicts(base());
    QVERIFY2(c.isEmpty(), c.isEmpty() ? "" : qPrintable(c.first().reason));
}

void tst_Conflicts::timeRangeText()
{
    QCOMPARE(formatTimeRange(tokyo(2026, 12, 13, 1), tokyo(2026, 12, 13, 5), kTokyo),
             QStringLiteral("2026-12-13 01:00-05:00"));
    QCOMPARE(formatTimeRange(tokyo(2026, 12, 12, 23), tokyo(2026, 12, 13, 3), kTokyo),
             QStringLiteral("2026-12-12 23:00-2026-12-13 03:00"));
}

void tst_Conflicts::outsideWindow()
{
    ConflictInput in = base();
    moveWindow(in, tokyo(2026, 12, 13, 0, 30), tokyo(2026, 12, 13, 5));
    QList<PlanConflict> c = ofKind(findConflicts(in), ConflictKind::OutsideWindow);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).systemId, qint64(10));
    QCOMPARE(c.at(0).planId, qint64(1));
    QCOMPARE(c.at(0).reason,
             QStringLiteral("The window 2026-12-13 00:30-05:00 is outside every maintenance "
                            "window of ERP-01 (next: 2026-12-13 01:00-05:00)."));
    QCOMPARE(c.at(1).systemId, qint64(20));

    // Only one system's window misses it.
    in = base();
    in.windows[20] = {{tokyo(2026, 12, 13, 2), tokyo(2026, 12, 13, 6)}};
    c = ofKind(findConflicts(in), ConflictKind::OutsideWindow);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.at(0).systemId, qint64(20));

    // After the last occurrence.
    in = base();
    moveWindow(in, tokyo(2027, 2, 14, 1), tokyo(2027, 2, 14, 5));
    c = ofKind(findConflicts(in), ConflictKind::OutsideWindow);
    QCOMPARE(c.size(), 2);
    QVERIFY(c.at(0).reason.endsWith(QStringLiteral("of ERP-01 (none later).")));

    // A shorter window inside an occurrence is fine.
    in = base();
    moveWindow(in, tokyo(2026, 12, 13, 2), tokyo(2026, 12, 13, 4));
    QVERIFY(ofKind(findConflicts(in), ConflictKind::OutsideWindow).isEmpty());
}

void tst_Conflicts::noMaintenanceWindow()
{
    ConflictInput in = base();
    in.windows.remove(20);
    const QList<PlanConflict> c = ofKind(findConflicts(in), ConflictKind::OutsideWindow);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.at(0).reason, QStringLiteral("WEB-01 has no maintenance window."));
}

void tst_Conflicts::blackout()
{
    ConflictInput in = base();
    Blackout all;
    all.name = QStringLiteral("Year-end freeze");
    all.startsOn = QDate(2026, 12, 13);
    all.endsOn = QDate(2027, 1, 5);
    Blackout erp;
    erp.name = QStringLiteral("Closing of the books");
    erp.systemId = 10;
    erp.startsOn = QDate(2026, 12, 10);
    erp.endsOn = QDate(2026, 12, 13);
    Blackout dns = erp;
    dns.systemId = 30; // not a system of the plan
    Blackout before = all;
    before.endsOn = QDate(2026, 12, 12);
    before.startsOn = QDate(2026, 12, 1);
    in.blackouts = {all, erp, dns, before};
    const QList<PlanConflict> c = ofKind(findConflicts(in), ConflictKind::Blackout);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).systemId, qint64(0));
    QCOMPARE(c.at(0).reason,
             QStringLiteral("The window 2026-12-13 01:00-05:00 falls in the blackout "
                            "“Year-end freeze” (2026-12-13 to 2027-01-05) of every system."));
    QCOMPARE(c.at(1).systemId, qint64(10));
    QCOMPARE(c.at(1).reason,
             QStringLiteral("The window 2026-12-13 01:00-05:00 falls in the blackout "
                            "“Closing of the books” (2026-12-10 to 2026-12-13) of ERP-01."));
}

void tst_Conflicts::blackoutDaysInPlanZone()
{
    // 2026-12-13 01:00-05:00 in Tokyo is 2026-12-12 16:00-20:00 UTC: a blackout on the 12th
    // matters in UTC, not in Tokyo.
    ConflictInput in = base();
    in.windows.clear();
    Blackout b;
    b.name = QStringLiteral("Saturday freeze");
    b.startsOn = b.endsOn = QDate(2026, 12, 12);
    in.blackouts = {b};
    QVERIFY(ofKind(findConflicts(in), ConflictKind::Blackout).isEmpty());
    in.zone = QTimeZone::utc();
    QCOMPARE(ofKind(findConflicts(in), ConflictKind::Blackout).size(), 1);

    // A window ending at midnight does not touch the next day.
    in = base();
    b.startsOn = b.endsOn = QDate(2026, 12, 13);
    in.blackouts = {b};
    moveWindow(in, tokyo(2026, 12, 12, 21), tokyo(2026, 12, 13, 0));
    QVERIFY(ofKind(findConflicts(in), ConflictKind::Blackout).isEmpty());
    moveWindow(in, tokyo(2026, 12, 12, 21), tokyo(2026, 12, 13, 0, 1));
    QCOMPARE(ofKind(findConflicts(in), ConflictKind::Blackout).size(), 1);

    // Without a valid zone of its own the plan's zone is used.
    in = base();
    in.zone = QTimeZone();
    in.plan.timeZone = QStringLiteral("Asia/Tokyo");
    b.startsOn = b.endsOn = QDate(2026, 12, 12);
    in.blackouts = {b};
    QVERIFY(ofKind(findConflicts(in), ConflictKind::Blackout).isEmpty());
}

void tst_Conflicts::holiday()
{
    ConflictInput in = base();
    const QList<TimeRange> windows{{tokyo(2027, 1, 11, 1), tokyo(2027, 1, 11, 5)}};
    in.windows = {{10, windows}, {20, windows}};
    moveWindow(in, tokyo(2027, 1, 11, 1), tokyo(2027, 1, 11, 5));
    in.now = tokyo(2026, 12, 1, 9);
    const QList<PlanConflict> all = findConflicts(in);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).kind, ConflictKind::Holiday);
    QCOMPARE(all.at(0).reason,
             QStringLiteral("The window 2027-01-11 01:00-05:00 falls on a public holiday, "
                            "2027-01-11 (成人の日)."));
    in.holidaysAreBlackouts = false;
    QVERIFY(findConflicts(in).isEmpty());
    // The day before is not a holiday.
    in.holidaysAreBlackouts = true;
    moveWindow(in, tokyo(2027, 1, 10, 1), tokyo(2027, 1, 10, 5));
    QVERIFY(ofKind(findConflicts(in), ConflictKind::Holiday).isEmpty());
}

void tst_Conflicts::overlappingPlan()
{
    ConflictInput in = base();
    in.otherPlans = {
        other(2, PlanStatus::Approved, {10, 30}, tokyo(2026, 12, 13, 3), tokyo(2026, 12, 13, 6)),
        other(3, PlanStatus::Cancelled, {10}, tokyo(2026, 12, 13, 1), tokyo(2026, 12, 13, 5)),
        other(4, PlanStatus::Done, {20}, tokyo(2026, 12, 13, 1), tokyo(2026, 12, 13, 5)),
        other(5, PlanStatus::Scheduled, {20}, tokyo(2026, 12, 13, 5), tokyo(2026, 12, 13, 7)),
        other(6, PlanStatus::Draft, {30}, tokyo(2026, 12, 13, 1), tokyo(2026, 12, 13, 5)),
        other(1, PlanStatus::Draft, {10}, tokyo(2026, 12, 13, 1), tokyo(2026, 12, 13, 5)),
    };
    const QList<PlanConflict> c = ofKind(findConflicts(in), ConflictKind::OverlappingPlan);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.at(0).otherPlanId, qint64(2));
    QCOMPARE(c.at(0).systemId, qint64(10));
    QCOMPARE(c.at(0).reason,
             QStringLiteral("The window 2026-12-13 01:00-05:00 overlaps plan 2 “Network firmware” "
                            "on ERP-01 (2026-12-13 03:00-06:00)."));
    // One conflict per shared system.
    in.otherPlans[0].plan.systemIds = {10, 20};
    QCOMPARE(ofKind(findConflicts(in), ConflictKind::OverlappingPlan).size(), 2);
}

void tst_Conflicts::ownerDoubleBooked()
{
    // Our "Apply OS updates" (infrastructure) runs 01:30-02:30.
    ConflictInput in = base();
    OtherPlan o = other(7, PlanStatus::Scheduled, {30}, tokyo(2026, 12, 13, 0),
                        tokyo(2026, 12, 13, 4));
    o.steps = {step(701, 1, StepPhase::Apply, QStringLiteral("Update DNS servers"),
                    QStringLiteral(" Infrastructure "), 60)};
    o.steps[0].plannedStart = tokyo(2026, 12, 13, 2);
    in.otherPlans = {o};
    QList<PlanConflict> all = findConflicts(in);
    QCOMPARE(all.size(), 1); // no shared system: not an overlapping plan, but the same team
    QCOMPARE(all.at(0).kind, ConflictKind::OwnerDoubleBooked);
    QCOMPARE(all.at(0).stepId, qint64(102));
    QCOMPARE(all.at(0).otherPlanId, qint64(7));
    QCOMPARE(all.at(0).reason,
             QStringLiteral("infrastructure is booked twice: “Apply OS updates” (2026-12-13 "
                            "01:30-02:30) overlaps “Update DNS servers” of plan 7 “Network "
                            "firmware” (2026-12-13 02:00-03:00)."));

    // Another owner, another time, a rollback step, a plan not running: no conflict.
    o.steps[0].ownerRole = QStringLiteral("network");
    in.otherPlans = {o};
    QVERIFY(findConflicts(in).isEmpty());
    o.steps[0].ownerRole = QStringLiteral("infrastructure");
    o.steps[0].plannedStart = tokyo(2026, 12, 13, 2, 30);
    in.otherPlans = {o};
    QVERIFY(findConflicts(in).isEmpty());
    o.steps[0].plannedStart = tokyo(2026, 12, 13, 2);
    o.steps[0].phase = StepPhase::Rollback;
    in.otherPlans = {o};
    QVERIFY(findConflicts(in).isEmpty());
    o.steps[0].phase = StepPhase::Apply;
    o.plan.status = PlanStatus::Cancelled;
    in.otherPlans = {o};
    QVERIFY(findConflicts(in).isEmpty());
}

void tst_Conflicts::afterDueDate()
{
    // The steps finish at 03:00 on 2026-12-13 (Tokyo).
    ConflictInput in = base();
    QCOMPARE(plannedFinish(in.steps), tokyo(2026, 12, 13, 3));
    in.dueFindings = {{501, 10, QStringLiteral("CVE-2024-3400 on PAN-OS 10.2.8"),
                       QDate(2026, 12, 12)},
                      {502, 20, QStringLiteral("CVE-2024-6387 on OpenSSH 9.6"),
                       QDate(2026, 12, 13)}};
    const QList<PlanConflict> c = ofKind(findConflicts(in), ConflictKind::AfterDueDate);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.at(0).systemId, qint64(10));
    QCOMPARE(c.at(0).reason,
             QStringLiteral("The plan finishes at 2026-12-13 03:00, after the due date 2026-12-12 "
                            "of CVE-2024-3400 on PAN-OS 10.2.8 on ERP-01."));
    // Without scheduled steps the window's end counts; a finish at midnight is still in time.
    in.steps.clear();
    moveWindow(in, tokyo(2026, 12, 12, 20), tokyo(2026, 12, 13, 0));
    QVERIFY(ofKind(findConflicts(in), ConflictKind::AfterDueDate).isEmpty());
    moveWindow(in, tokyo(2026, 12, 12, 20), tokyo(2026, 12, 13, 0, 1));
    QCOMPARE(ofKind(findConflicts(in), ConflictKind::AfterDueDate).size(), 1);
}

void tst_Conflicts::frozenWithoutAcceptance()
{
    ConflictInput in = base();
    QVERIFY(ofKind(findConflicts(in), ConflictKind::FrozenWithoutAcceptance).isEmpty());
    in.frozenWithoutAcceptance = {{301, 20, QStringLiteral("Windows Server 2012 R2")}};
    const QList<PlanConflict> c = findConflicts(in);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.at(0).kind, ConflictKind::FrozenWithoutAcceptance);
    QCOMPARE(c.at(0).systemId, qint64(20));
    QCOMPARE(c.at(0).reason, QStringLiteral("Windows Server 2012 R2 on WEB-01 is frozen and has "
                                            "no current risk acceptance for this change."));
}

void tst_Conflicts::leadTimeRegular()
{
    ConflictInput in = base();
    in.now = tokyo(2026, 12, 1, 9); // T-21 d (11-22) and T-14 d (11-29) are past
    QList<PlanConflict> c = ofKind(findConflicts(in), ConflictKind::LeadTime);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.at(0).reason,
             QStringLiteral("The window 2026-12-13 01:00-05:00 leaves too little lead time; 2 "
                            "milestone(s) already past: Information collected, impact assessed "
                            "(due 2026-11-22 01:00); Tested in staging (due 2026-11-29 01:00)."));
    // A milestone already done is met.
    PlanStep done;
    done.phase = StepPhase::Milestone;
    done.templateKey = QStringLiteral("milestone:impact_assessed");
    done.doneAt = tokyo(2026, 11, 20, 10);
    in.steps.append(done);
    c = ofKind(findConflicts(in), ConflictKind::LeadTime);
    QCOMPARE(c.size(), 1);
    QVERIFY(c.at(0).reason.contains(QStringLiteral("1 milestone(s) already past: Tested in "
                                                   "staging")));
    // On the milestone's own minute it can still be met; a running plan is past lead times.
    in = base();
    in.now = tokyo(2026, 11, 22, 1);
    QVERIFY(ofKind(findConflicts(in), ConflictKind::LeadTime).isEmpty());
    in.now = tokyo(2026, 12, 13, 2);
    in.plan.status = PlanStatus::InProgress;
    QVERIFY(ofKind(findConflicts(in), ConflictKind::LeadTime).isEmpty());
}

void tst_Conflicts::leadTimeEmergency()
{
    ConflictInput in = base();
    in.plan.type = PlanType::Emergency;
    in.profile = defaultLeadTimes(PlanType::Emergency);
    in.now = tokyo(2026, 12, 11, 0, 59); // T-48 h is a minute away
    QVERIFY(findConflicts(in).isEmpty());
    in.now = tokyo(2026, 12, 12, 10); // T-48 h and T-24 h past, T-12 h (13:00) not yet
    const QList<PlanConflict> c = ofKind(findConflicts(in), ConflictKind::LeadTime);
    QCOMPARE(c.size(), 1);
    QVERIFY(c.at(0).reason.contains(QStringLiteral("2 milestone(s) already past")));
    QVERIFY(c.at(0).reason.contains(QStringLiteral("(due 2026-12-12 01:00)")));
    QVERIFY(!c.at(0).reason.contains(QStringLiteral("Security review")));
}

QTEST_GUILESS_MAIN(tst_Conflicts)
#include "tst_conflicts.moc"
