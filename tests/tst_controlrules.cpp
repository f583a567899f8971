// The rules of controls, risk acceptances and cadences (models/planning/controlrules.h): next due
// and overdue across month ends, leap days and year ends; acceptance states around the warning
// and the expiry; every refused input of issue 6; the default cadences; and the gaps of
// DESIGN.md section 3.
#include "models/planning/controlrules.h"

#include <QtTest>

using namespace pp;

class tst_ControlRules : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void nextDue_data();
    void nextDue();
    void controlNextDueNeverDone();
    void overdueEdges();
    void inEffect();
    void todayDependsOnTimeZone();
    void acceptanceState_data();
    void acceptanceState();
    void controlValidation();
    void evidenceInTheFuture();
    void acceptanceValidation();
    void approvalValidation();
    void cadenceValidation();
    void defaultCadencesByTier();
    void majorChangeMakesScanDue();
    void markedDoneMovesNextDue();
    void gapEoslWithoutSupport();
    void gapAcceptedWithoutLogReview();
    void gapExpiredAcceptance();
    void gapOverdueControl();
};

void tst_ControlRules::keysRoundTrip()
{
    for (ControlKind k : allValues<ControlKind>()) {
        QCOMPARE(fromKey<ControlKind>(toKey(k)), k);
        QVERIFY(!displayName(k).isEmpty());
    }
    for (RiskResponse r : allValues<RiskResponse>()) {
        QCOMPARE(fromKey<RiskResponse>(toKey(r)), r);
        QVERIFY(!displayName(r).isEmpty());
    }
    for (CadenceKind c : allValues<CadenceKind>()) {
        QCOMPARE(fromKey<CadenceKind>(toKey(c)), c);
        QVERIFY(!displayName(c).isEmpty());
    }
    QCOMPARE(allValues<ControlKind>().size(), 7);
    QCOMPARE(allValues<RiskResponse>().size(), 4);
    QCOMPARE(toKey(ControlKind::LogReview), QStringLiteral("log_review"));
    QCOMPARE(toKey(RiskResponse::Transfer), QStringLiteral("transfer"));
    QCOMPARE(toKey(CadenceKind::IncidentProfileReview), QStringLiteral("incident_profile_review"));
    QCOMPARE(fromKey<ControlKind>(QStringLiteral(" LOG_REVIEW ")), ControlKind::LogReview);
    QVERIFY(!fromKey<ControlKind>(QStringLiteral("firewall")));
    QVERIFY(!fromKey<RiskResponse>(QString()));
}

void tst_ControlRules::nextDue_data()
{
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("month end 31 + 30") << QDate(2026, 1, 31) << 30 << QDate(2026, 3, 2);
    QTest::newRow("into leap day") << QDate(2028, 1, 30) << 30 << QDate(2028, 2, 29);
    QTest::newRow("from leap day, 365") << QDate(2028, 2, 29) << 365 << QDate(2029, 2, 28);
    QTest::newRow("across leap year, 365") << QDate(2027, 3, 1) << 365 << QDate(2028, 2, 29);
    QTest::newRow("year end") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 1);
    QTest::newRow("quarterly from Nov 30") << QDate(2026, 11, 30) << 91 << QDate(2027, 3, 1);
    QTest::newRow("zero cadence") << QDate(2026, 1, 1) << 0 << QDate();
    QTest::newRow("negative cadence") << QDate(2026, 1, 1) << -7 << QDate();
}

void tst_ControlRules::nextDue()
{
    QFETCH(QDate, last);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(nextDueDate(last, days, QDate(2020, 1, 1)), expected);
}

void tst_ControlRules::controlNextDueNeverDone()
{
    Control c;
    QVERIFY(!controlNextDue(c, QDate(2026, 5, 1)).isValid()); // not periodic
    c.cadenceDays = 30;
    QCOMPARE(controlNextDue(c, QDate(2026, 5, 1)), QDate(2026, 5, 1)); // never done: due at once
    c.validFrom = QDate(2026, 6, 1);
    QCOMPARE(controlNextDue(c, QDate(2026, 5, 1)), QDate(2026, 6, 1));
    c.lastDone = QDate(2026, 6, 30);
    QCOMPARE(controlNextDue(c, QDate(2026, 5, 1)), QDate(2026, 7, 30));
}

void tst_ControlRules::overdueEdges()
{
    const QDate due(2026, 2, 28);
    QVERIFY(!isOverdue(due, QDate(2026, 2, 27)));
    QVERIFY(!isOverdue(due, due)); // due on the day itself
    QVERIFY(isOverdue(due, QDate(2026, 3, 1)));
    QVERIFY(!isOverdue(QDate(), QDate(2026, 3, 1)));

    Control c;
    c.cadenceDays = 30;
    c.nextDue = QDate(2028, 2, 29);
    QVERIFY(!isOverdue(c, QDate(2028, 2, 29)));
    QVERIFY(isOverdue(c, QDate(2028, 3, 1)));
    c.validUntil = QDate(2028, 2, 29); // no longer in effect: not overdue, simply ended
    QVERIFY(!isOverdue(c, QDate(2028, 3, 1)));
    Control once; // not periodic: never overdue
    once.nextDue = QDate(2020, 1, 1);
    QVERIFY(!isOverdue(once, QDate(2028, 3, 1)));
}

void tst_ControlRules::inEffect()
{
    Control c;
    QVERIFY(isInEffect(c, QDate(2026, 1, 1)));
    c.validFrom = QDate(2026, 1, 31);
    c.validUntil = QDate(2026, 2, 28);
    QVERIFY(!isInEffect(c, QDate(2026, 1, 30)));
    QVERIFY(isInEffect(c, QDate(2026, 1, 31)));
    QVERIFY(isInEffect(c, QDate(2026, 2, 28)));
    QVERIFY(!isInEffect(c, QDate(2026, 3, 1)));
}

void tst_ControlRules::todayDependsOnTimeZone()
{
    const QDateTime moment(QDate(2026, 12, 31), QTime(15, 30), Qt::UTC);
    const QTimeZone tokyo("Asia/Tokyo");
    const QTimeZone london("Europe/London");
    const QTimeZone newYork("America/New_York");
    QVERIFY(tokyo.isValid() && london.isValid() && newYork.isValid());
    QCOMPARE(dayIn(moment, tokyo), QDate(2027, 1, 1));
    QCOMPARE(dayIn(moment, london), QDate(2026, 12, 31));
    QCOMPARE(dayIn(QDateTime(QDate(2027, 1, 1), QTime(3, 0), Qt::UTC), newYork),
             QDate(2026, 12, 31));

    RiskAcceptance a;
    a.requester = QStringLiteral("alice");
    a.approver = QStringLiteral("bob");
    a.approvedOn = QDate(2026, 1, 1);
    a.expiresOn = QDate(2026, 12, 31);
    QCOMPARE(pp::acceptanceState(a, dayIn(moment, tokyo), 30), AcceptanceState::Expired);
    QCOMPARE(pp::acceptanceState(a, dayIn(moment, london), 30), AcceptanceState::Expiring);

    // A leap day in Tokyo that is still the 28th in UTC.
    const QDateTime leap(QDate(2028, 2, 28), QTime(20, 0), Qt::UTC);
    QCOMPARE(dayIn(leap, tokyo), QDate(2028, 2, 29));
    QVERIFY(isOverdue(QDate(2028, 2, 28), dayIn(leap, tokyo)));
    QVERIFY(!isOverdue(QDate(2028, 2, 28), dayIn(leap, london)));
}

void tst_ControlRules::acceptanceState_data()
{
    QTest::addColumn<bool>("approved");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("warning");
    QTest::addColumn<int>("state");
    const int pending = int(AcceptanceState::PendingApproval);
    const int active = int(AcceptanceState::Active);
    const int expiring = int(AcceptanceState::Expiring);
    const int expired = int(AcceptanceState::Expired);
    QTest::newRow("pending") << false << QDate(2026, 12, 31) << QDate(2026, 1, 1) << 30 << pending;
    QTest::newRow("pending past expiry") << false << QDate(2026, 1, 1) << QDate(2026, 1, 2) << 30
                                         << expired;
    QTest::newRow("active 31 days") << true << QDate(2026, 3, 31) << QDate(2026, 2, 28) << 30
                                    << active;
    QTest::newRow("expiring 30 days") << true << QDate(2026, 3, 31) << QDate(2026, 3, 1) << 30
                                      << expiring;
    QTest::newRow("expiring leap year") << true << QDate(2028, 3, 31) << QDate(2028, 3, 1) << 30
                                        << expiring;
    QTest::newRow("active leap year") << true << QDate(2028, 3, 31) << QDate(2028, 2, 29) << 30
                                      << active;
    QTest::newRow("last day") << true << QDate(2026, 12, 31) << QDate(2026, 12, 31) << 30
                              << expiring;
    QTest::newRow("day after") << true << QDate(2026, 12, 31) << QDate(2027, 1, 1) << 30
                               << expired;
    QTest::newRow("leap day expiry, next day") << true << QDate(2028, 2, 29) << QDate(2028, 3, 1)
                                               << 0 << expired;
    QTest::newRow("warning 0, last day") << true << QDate(2026, 6, 30) << QDate(2026, 6, 30) << 0
                                         << expiring;
    QTest::newRow("warning 0, day before") << true << QDate(2026, 6, 30) << QDate(2026, 6, 29)
                                           << 0 << active;
}

void tst_ControlRules::acceptanceState()
{
    QFETCH(bool, approved);
    QFETCH(QDate, expires);
    QFETCH(QDate, today);
    QFETCH(int, warning);
    QFETCH(int, state);
    RiskAcceptance a;
    a.requester = QStringLiteral("alice");
    a.expiresOn = expires;
    if (approved) {
        a.approver = QStringLiteral("bob");
        a.approvedOn = QDate(2025, 1, 1);
    }
    QCOMPARE(int(pp::acceptanceState(a, today, warning)), state);
    QCOMPARE(isCurrent(a, today),
             state == int(AcceptanceState::Active) || state == int(AcceptanceState::Expiring));
    QCOMPARE(*daysToExpiry(a, today), int(today.daysTo(expires)));
    QVERIFY(!displayName(AcceptanceState(state)).isEmpty());
}

void tst_ControlRules::controlValidation()
{
    Control c;
    c.title = QStringLiteral("ACL on the DB segment");
    c.systemId = 1;
    QVERIFY(validateControl(c).isEmpty());

    Control untitled = c;
    untitled.title = QStringLiteral("  ");
    QCOMPARE(validateControl(untitled).size(), 1);

    Control detached = c;
    detached.systemId = 0;
    QCOMPARE(validateControl(detached).size(), 1);

    Control zero = c;
    zero.cadenceDays = 0;
    QVERIFY(validateControl(zero).join(u' ').contains(QStringLiteral("at least one day")));
    Control negative = c;
    negative.cadenceDays = -30;
    QVERIFY(validateControl(negative).join(u' ').contains(QStringLiteral("-30")));

    Control review = c;
    review.kind = ControlKind::LogReview;
    QCOMPARE(validateControl(review).size(), 1); // needs a cadence
    review.cadenceDays = 30;
    QVERIFY(validateControl(review).isEmpty());

    Control backwards = c;
    backwards.validFrom = QDate(2026, 3, 1);
    backwards.validUntil = QDate(2026, 2, 28);
    const QStringList p = validateControl(backwards);
    QCOMPARE(p.size(), 1);
    QVERIFY(p.first().contains(QStringLiteral("2026-02-28")));
    QVERIFY(p.first().contains(QStringLiteral("before valid from")));
    Control oneDay = c;
    oneDay.validFrom = oneDay.validUntil = QDate(2026, 2, 28);
    QVERIFY(validateControl(oneDay).isEmpty());
}

void tst_ControlRules::evidenceInTheFuture()
{
    ControlEvidence e;
    e.controlId = 1;
    e.doneBy = QStringLiteral("carol");
    e.doneOn = QDate(2026, 11, 29);
    QVERIFY(validateEvidence(e, QDate(2026, 11, 29)).isEmpty()); // today is fine
    e.doneOn = QDate(2026, 11, 30);
    const QStringList p = validateEvidence(e, QDate(2026, 11, 29));
    QCOMPARE(p.size(), 1);
    QVERIFY(p.first().contains(QStringLiteral("future")));
    e.doneOn = {};
    e.doneBy.clear();
    QCOMPARE(validateEvidence(e, QDate(2026, 11, 29)).size(), 2);
}

void tst_ControlRules::acceptanceValidation()
{
    RiskAcceptance a;
    a.findingId = 5;
    a.requester = QStringLiteral("alice");
    a.expiresOn = QDate(2027, 1, 31);
    QVERIFY(validateAcceptance(a).isEmpty());

    RiskAcceptance noExpiry = a;
    noExpiry.expiresOn = {};
    QVERIFY(validateAcceptance(noExpiry).join(u' ').contains(QStringLiteral("expiry date")));

    RiskAcceptance nothing = a;
    nothing.findingId = 0;
    QCOMPARE(validateAcceptance(nothing).size(), 1);

    RiskAcceptance noRequester = a;
    noRequester.requester = QStringLiteral(" ");
    QCOMPARE(validateAcceptance(noRequester).size(), 1);

    RiskAcceptance self = a;
    self.approver = QStringLiteral(" Alice ");
    self.approvedOn = QDate(2026, 11, 1);
    QVERIFY(validateAcceptance(self).join(u' ').contains(QStringLiteral("cannot be the requester")));

    RiskAcceptance before = a;
    before.approver = QStringLiteral("bob");
    before.approvedOn = QDate(2027, 2, 1);
    QVERIFY(validateAcceptance(before).join(u' ').contains(QStringLiteral("after the approval")));
    before.approvedOn = a.expiresOn; // the same day is not after it either
    QCOMPARE(validateAcceptance(before).size(), 1);
    before.approvedOn = a.expiresOn.addDays(-1);
    QVERIFY(validateAcceptance(before).isEmpty());
}

void tst_ControlRules::approvalValidation()
{
    RiskAcceptance a;
    a.findingId = 5;
    a.requester = QStringLiteral("alice");
    a.expiresOn = QDate(2028, 2, 29);
    QVERIFY(validateApproval(a, QStringLiteral("bob"), QDate(2028, 2, 28)).isEmpty());
    QCOMPARE(validateApproval(a, QStringLiteral("ALICE"), QDate(2028, 2, 28)).size(), 1);
    QCOMPARE(validateApproval(a, QStringLiteral("bob"), QDate(2028, 2, 29)).size(), 1);
    QCOMPARE(validateApproval(a, QStringLiteral("bob"), QDate(2028, 3, 1)).size(), 1);
    QCOMPARE(validateApproval(a, QString(), QDate()).size(), 2);
    QVERIFY(samePerson(QStringLiteral("Bob"), QStringLiteral(" bob")));
    QVERIFY(!samePerson(QStringLiteral("bob"), QStringLiteral("bobby")));
}

void tst_ControlRules::cadenceValidation()
{
    Cadence c;
    c.intervalDays = 1;
    QVERIFY(validateCadence(c, QDate(2026, 1, 1)).isEmpty());
    c.intervalDays = 0;
    QCOMPARE(validateCadence(c, QDate(2026, 1, 1)).size(), 1);
    c.intervalDays = -91;
    QVERIFY(validateCadence(c, QDate(2026, 1, 1)).first().contains(QStringLiteral("-91")));
    c.intervalDays = 91;
    c.lastDone = QDate(2026, 1, 2);
    QVERIFY(validateCadence(c, QDate(2026, 1, 1)).first().contains(QStringLiteral("future")));
}

void tst_ControlRules::defaultCadencesByTier()
{
    const QDate today(2026, 11, 29);
    auto kinds = [](const QList<Cadence> &list) {
        QList<CadenceKind> out;
        for (const Cadence &c : list)
            out << c.kind;
        return out;
    };
    for (int tier : {1, 2}) {
        const QList<Cadence> list = defaultCadences(7, tier, today);
        QCOMPARE(kinds(list),
                 (QList<CadenceKind>{CadenceKind::VulnerabilityScan, CadenceKind::BackupRestoreDrill,
                                     CadenceKind::EoslReview, CadenceKind::IncidentProfileReview}));
        for (const Cadence &c : list) {
            QCOMPARE(c.systemId, 7);
            QCOMPARE(c.nextDue, today);
            QVERIFY(!c.lastDone.isValid());
        }
        QCOMPARE(list.at(0).intervalDays, 365);
        QCOMPARE(list.at(1).intervalDays, 182);
        QCOMPARE(list.at(2).intervalDays, 91);
        QCOMPARE(list.at(3).intervalDays, 365);
    }
    for (int tier : {3, 4}) {
        QCOMPARE(kinds(defaultCadences(7, tier, today)),
                 (QList<CadenceKind>{CadenceKind::VulnerabilityScan, CadenceKind::EoslReview,
                                     CadenceKind::IncidentProfileReview}));
    }
    CadencePolicy p;
    p.drillMaxTier = 3;
    p.scanDays = 180;
    const QList<Cadence> custom = defaultCadences(1, 3, today, p);
    QCOMPARE(custom.size(), 4);
    QCOMPARE(custom.first().intervalDays, 180);
}

void tst_ControlRules::majorChangeMakesScanDue()
{
    Cadence scan;
    scan.kind = CadenceKind::VulnerabilityScan;
    scan.lastDone = QDate(2026, 6, 1);
    scan.nextDue = QDate(2027, 6, 1);
    QCOMPARE(afterMajorChange(scan, QDate(2026, 11, 29)).nextDue, QDate(2026, 11, 29));
    scan.nextDue = QDate(2026, 11, 1); // already due earlier: stays
    QCOMPARE(afterMajorChange(scan, QDate(2026, 11, 29)).nextDue, QDate(2026, 11, 1));
    Cadence drill;
    drill.kind = CadenceKind::BackupRestoreDrill;
    drill.nextDue = QDate(2027, 6, 1);
    QCOMPARE(afterMajorChange(drill, QDate(2026, 11, 29)).nextDue, QDate(2027, 6, 1));
}

void tst_ControlRules::markedDoneMovesNextDue()
{
    Cadence c;
    c.kind = CadenceKind::EoslReview;
    c.intervalDays = 91;
    c.nextDue = QDate(2027, 1, 1);
    const Cadence done = markedDone(c, QDate(2028, 2, 29));
    QCOMPARE(done.lastDone, QDate(2028, 2, 29));
    QCOMPARE(done.nextDue, QDate(2028, 5, 30));
}

namespace {

Control control(qint64 id, ControlKind kind, qint64 systemId, qint64 componentId,
                qint64 findingId = 0)
{
    Control c;
    c.id = id;
    c.kind = kind;
    c.systemId = systemId;
    c.componentId = componentId;
    c.findingId = findingId;
    c.title = QStringLiteral("control %1").arg(id);
    return c;
}

QList<GapKind> kindsOf(const QList<Gap> &gaps)
{
    QList<GapKind> out;
    for (const Gap &g : gaps)
        out << g.kind;
    return out;
}

} // namespace

void tst_ControlRules::gapEoslWithoutSupport()
{
    const QDate today(2026, 11, 29);
    const GapComponent past{10, 1, EoslStatus::Past, false};
    QCOMPARE(kindsOf(findGaps({past}, {}, {}, {}, today)),
             QList<GapKind>{GapKind::EoslWithoutSupport});
    QVERIFY(!findGaps({past}, {}, {}, {}, today).first().message.isEmpty());
    // Extended contract, or a support / alternative service control on it or its system.
    QVERIFY(findGaps({GapComponent{10, 1, EoslStatus::Past, true}}, {}, {}, {}, today).isEmpty());
    QVERIFY(findGaps({past}, {}, {}, {control(1, ControlKind::VendorSupportContract, 0, 10)},
                     today)
                .isEmpty());
    QVERIFY(findGaps({past}, {}, {}, {control(1, ControlKind::AlternativeService, 1, 0)}, today)
                .isEmpty());
    // Not a support kind, another component, or no longer valid: still a gap.
    QCOMPARE(findGaps({past}, {}, {}, {control(1, ControlKind::NetworkIsolation, 0, 10)}, today)
                 .size(),
             1);
    QCOMPARE(findGaps({past}, {}, {}, {control(1, ControlKind::VendorSupportContract, 0, 11)},
                      today)
                 .size(),
             1);
    Control ended = control(1, ControlKind::VendorSupportContract, 0, 10);
    ended.validUntil = today.addDays(-1);
    QCOMPARE(findGaps({past}, {}, {}, {ended}, today).size(), 1);
    // Not past EOSL (within 30 days, unknown): no gap.
    QVERIFY(findGaps({GapComponent{10, 1, EoslStatus::Within30, false}}, {}, {}, {}, today)
                .isEmpty());
    QVERIFY(findGaps({GapComponent{10, 1, EoslStatus::Unknown, false}}, {}, {}, {}, today)
                .isEmpty());
}

void tst_ControlRules::gapAcceptedWithoutLogReview()
{
    const QDate today(2026, 11, 29);
    const GapFinding f{100, 10, 1};
    QCOMPARE(kindsOf(findGaps({}, {f}, {}, {}, today)),
             QList<GapKind>{GapKind::AcceptedWithoutLogReview});

    Control review = control(5, ControlKind::LogReview, 0, 0, 100);
    review.cadenceDays = 30;
    review.nextDue = today; // due today: still current
    QVERIFY(findGaps({}, {f}, {}, {review}, today).isEmpty());

    Control onComponent = control(5, ControlKind::LogReview, 0, 10);
    onComponent.cadenceDays = 30;
    onComponent.nextDue = today.addDays(3);
    QVERIFY(findGaps({}, {f}, {}, {onComponent}, today).isEmpty());

    // Relied on by the finding's acceptance though attached elsewhere.
    Control elsewhere = control(6, ControlKind::LogReview, 2, 0);
    elsewhere.cadenceDays = 30;
    elsewhere.nextDue = today.addDays(3);
    QCOMPARE(findGaps({}, {f}, {}, {elsewhere}, today).size(), 1);
    RiskAcceptance a;
    a.id = 1;
    a.findingId = 100;
    a.requester = QStringLiteral("alice");
    a.approver = QStringLiteral("bob");
    a.approvedOn = QDate(2026, 1, 1);
    a.expiresOn = QDate(2027, 1, 1);
    a.controlIds = {6};
    QVERIFY(findGaps({}, {f}, {a}, {elsewhere}, today).isEmpty());

    // An overdue log review is not current: the finding's gap, and the control's own.
    Control late = review;
    late.nextDue = today.addDays(-1);
    QCOMPARE(kindsOf(findGaps({}, {f}, {}, {late}, today)),
             (QList<GapKind>{GapKind::AcceptedWithoutLogReview, GapKind::ControlOverdue}));
    // Monitoring is not a log review.
    Control monitoring = control(7, ControlKind::EnhancedMonitoring, 0, 0, 100);
    QCOMPARE(findGaps({}, {f}, {}, {monitoring}, today).size(), 1);
}

void tst_ControlRules::gapExpiredAcceptance()
{
    RiskAcceptance a;
    a.id = 1;
    a.findingId = 100;
    a.requester = QStringLiteral("alice");
    a.approver = QStringLiteral("bob");
    a.approvedOn = QDate(2026, 1, 1);
    a.expiresOn = QDate(2026, 2, 28);
    QVERIFY(findGaps({}, {}, {a}, {}, QDate(2026, 2, 28)).isEmpty());
    const QList<Gap> gaps = findGaps({}, {}, {a}, {}, QDate(2026, 3, 1));
    QCOMPARE(kindsOf(gaps), QList<GapKind>{GapKind::AcceptanceExpired});
    QCOMPARE(gaps.first().acceptanceId, 1);
    QVERIFY(gaps.first().message.contains(QStringLiteral("2026-02-28")));
    // Replaced by a renewal (even pending): no longer a gap of its own.
    RiskAcceptance renewal = a;
    renewal.id = 2;
    renewal.approver.clear();
    renewal.approvedOn = {};
    renewal.expiresOn = QDate(2027, 2, 28);
    QVERIFY(findGaps({}, {}, {a, renewal}, {}, QDate(2026, 3, 1)).isEmpty());
}

void tst_ControlRules::gapOverdueControl()
{
    const QDate today(2026, 12, 1);
    Control c = control(3, ControlKind::VirtualPatch, 1, 0);
    c.cadenceDays = 30;
    c.nextDue = QDate(2026, 11, 30);
    const QList<Gap> gaps = findGaps({}, {}, {}, {c}, today);
    QCOMPARE(kindsOf(gaps), QList<GapKind>{GapKind::ControlOverdue});
    QCOMPARE(gaps.first().controlId, 3);
    QVERIFY(gaps.first().message.contains(QStringLiteral("2026-11-30")));
    c.nextDue = today;
    QVERIFY(findGaps({}, {}, {}, {c}, today).isEmpty());
    for (GapKind k : {GapKind::EoslWithoutSupport, GapKind::AcceptedWithoutLogReview,
                      GapKind::AcceptanceExpired, GapKind::ControlOverdue}) {
        QVERIFY(!toKey(k).isEmpty());
        QVERIFY(!displayName(k).isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_ControlRules)
#include "tst_controlrules.moc"
