// EOSL status boundaries (DESIGN.md section 3): the day of EOSL, each horizon's edge, leap years,
// the boolean forms of endoflife.date, and the decision flag.
#include "models/planning/lifecyclestatus.h"

#include <QtTest>

using namespace pp;

Q_DECLARE_METATYPE(pp::SupportEnd)

class tst_LifecycleStatus : public QObject
{
    Q_OBJECT

private slots:
    void assess_data();
    void assess();
    void customHorizons();
    void horizonsValidity();
    void keysRoundTrip();
    void needsDecisionFlag_data();
    void needsDecisionFlag();
};

void tst_LifecycleStatus::assess_data()
{
    QTest::addColumn<SupportEnd>("eosl");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("daysLeft"); // -999 = none

    const QDate eol(2026, 6, 30);
    QTest::newRow("day of EOSL") << SupportEnd::on(eol) << eol << "d30" << 0;
    QTest::newRow("day after EOSL") << SupportEnd::on(eol) << eol.addDays(1) << "past" << -1;
    QTest::newRow("a year past") << SupportEnd::on(eol) << eol.addYears(1) << "past" << -365;
    QTest::newRow("30 days left") << SupportEnd::on(eol) << eol.addDays(-30) << "d30" << 30;
    QTest::newRow("31 days left") << SupportEnd::on(eol) << eol.addDays(-31) << "d90" << 31;
    QTest::newRow("90 days left") << SupportEnd::on(eol) << eol.addDays(-90) << "d90" << 90;
    QTest::newRow("91 days left") << SupportEnd::on(eol) << eol.addDays(-91) << "d180" << 91;
    QTest::newRow("180 days left") << SupportEnd::on(eol) << eol.addDays(-180) << "d180" << 180;
    QTest::newRow("181 days left") << SupportEnd::on(eol) << eol.addDays(-181) << "d365" << 181;
    QTest::newRow("365 days left") << SupportEnd::on(eol) << eol.addDays(-365) << "d365" << 365;
    QTest::newRow("366 days left") << SupportEnd::on(eol) << eol.addDays(-366) << "supported" << 366;
    // 2028 is a leap year: 2028-02-29 exists and the year from 2028-03-01 back is 366 days.
    QTest::newRow("leap day EOSL, on it") << SupportEnd::on(QDate(2028, 2, 29)) << QDate(2028, 2, 29)
                                          << "d30" << 0;
    QTest::newRow("leap day EOSL, next day") << SupportEnd::on(QDate(2028, 2, 29))
                                             << QDate(2028, 3, 1) << "past" << -1;
    QTest::newRow("across leap day") << SupportEnd::on(QDate(2028, 3, 1)) << QDate(2028, 1, 31)
                                     << "d30" << 30; // 29 days in February 2028
    QTest::newRow("leap year 366") << SupportEnd::on(QDate(2028, 12, 31)) << QDate(2027, 12, 31)
                                   << "supported" << 366;
    QTest::newRow("ended, date unknown") << SupportEnd::ended() << eol << "past" << -999;
    QTest::newRow("no end announced") << SupportEnd::notAnnounced() << eol << "supported" << -999;
    QTest::newRow("no data") << SupportEnd::unknown() << eol << "unknown" << -999;
    QTest::newRow("date state, invalid date") << SupportEnd{SupportState::Date, QDate()} << eol
                                              << "unknown" << -999;
}

void tst_LifecycleStatus::assess()
{
    QFETCH(SupportEnd, eosl);
    QFETCH(QDate, today);
    QFETCH(QString, status);
    QFETCH(int, daysLeft);
    const EoslAssessment a = assessEosl(eosl, today, LifecycleHorizons{});
    QCOMPARE(toKey(a.status), status);
    if (daysLeft == -999)
        QVERIFY(!a.daysLeft.has_value());
    else
        QCOMPARE(a.daysLeft.value_or(-999), daysLeft);
}

void tst_LifecycleStatus::customHorizons()
{
    const LifecycleHorizons h{7, 14, 60, 120};
    const QDate eol(2027, 1, 10);
    QCOMPARE(assessEosl(SupportEnd::on(eol), eol.addDays(-7), h).status, EoslStatus::Within30);
    QCOMPARE(assessEosl(SupportEnd::on(eol), eol.addDays(-8), h).status, EoslStatus::Within90);
    QCOMPARE(assessEosl(SupportEnd::on(eol), eol.addDays(-120), h).status, EoslStatus::Within365);
    QCOMPARE(assessEosl(SupportEnd::on(eol), eol.addDays(-121), h).status, EoslStatus::Supported);
    QCOMPARE(displayName(EoslStatus::Within90, h), QStringLiteral("Ends within 14 day(s)"));
}

void tst_LifecycleStatus::horizonsValidity()
{
    QVERIFY(LifecycleHorizons{}.isValid());
    QVERIFY(!(LifecycleHorizons{0, 90, 180, 365}.isValid()));
    QVERIFY(!(LifecycleHorizons{30, 30, 180, 365}.isValid()));
    QVERIFY(!(LifecycleHorizons{30, 90, 400, 365}.isValid()));
}

void tst_LifecycleStatus::keysRoundTrip()
{
    for (const char *k : {"past", "d30", "d90", "d180", "d365", "supported", "unknown"}) {
        const auto s = eoslStatusFromKey(QString::fromLatin1(k));
        QVERIFY(s.has_value());
        QCOMPARE(toKey(*s), QString::fromLatin1(k));
    }
    QVERIFY(!eoslStatusFromKey(QStringLiteral("soon")).has_value());
    for (SupportState s : {SupportState::Date, SupportState::Ended, SupportState::NotAnnounced,
                           SupportState::Unknown})
        QCOMPARE(supportStateFromKey(toKey(s)), std::optional<SupportState>(s));
    for (UpgradeDecisionKind d : {UpgradeDecisionKind::None, UpgradeDecisionKind::Routine,
                                  UpgradeDecisionKind::VendorProject, UpgradeDecisionKind::Frozen})
        QCOMPARE(upgradeDecisionFromKey(toKey(d)), std::optional<UpgradeDecisionKind>(d));
}

void tst_LifecycleStatus::needsDecisionFlag_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("past, none") << "past" << "" << true;
    QTest::newRow("d365, none") << "d365" << "" << true;
    QTest::newRow("d30, routine") << "d30" << "routine" << false;
    QTest::newRow("past, frozen") << "past" << "frozen" << false;
    QTest::newRow("supported, none") << "supported" << "" << false;
    QTest::newRow("unknown, none") << "unknown" << "" << false;
}

void tst_LifecycleStatus::needsDecisionFlag()
{
    QFETCH(QString, status);
    QFETCH(QString, decision);
    QFETCH(bool, flagged);
    QCOMPARE(needsDecision(*eoslStatusFromKey(status), *upgradeDecisionFromKey(decision)), flagged);
}

QTEST_GUILESS_MAIN(tst_LifecycleStatus)
#include "tst_lifecyclestatus.moc"
