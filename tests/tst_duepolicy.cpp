// Due dates and tracks of findings (models/planning/duepolicy.h, DESIGN.md section 3): every
// rule and its band edge, KEV dates (real catalog entries: CVE-2024-3400, CVE-2021-44228 and
// CVE-2021-34527 from the 2021 initial load, whose due date precedes its dateAdded), exposure
// and tier, the CVSS threshold, and leap-year arithmetic.
#include "models/planning/duepolicy.h"

#include <QtTest>

using namespace pp;

Q_DECLARE_METATYPE(pp::DueInputs)
Q_DECLARE_METATYPE(pp::Severity)
Q_DECLARE_METATYPE(pp::Exposure)
Q_DECLARE_METATYPE(pp::DueRule)
Q_DECLARE_METATYPE(pp::Track)

namespace {

KevEntry kev(QDate added, QDate due, bool ransomware = false)
{
    KevEntry k;
    k.dateAdded = added;
    k.dueDate = due;
    k.ransomware = ransomware;
    return k;
}

DueInputs inputs(QDate detected, Severity severity, std::optional<double> cvss,
                 Exposure exposure, int tier, std::optional<KevEntry> k = std::nullopt)
{
    DueInputs in;
    in.detected = detected;
    in.severity = severity;
    in.cvss = cvss;
    in.exposure = exposure;
    in.criticality = tier;
    in.kev = k;
    return in;
}

CvssMetric metric(const QString &version, double score, Severity s, const QString &source,
                  bool primary = true)
{
    CvssMetric m;
    m.version = version;
    m.score = score;
    m.severity = s;
    m.source = source;
    m.primary = primary;
    return m;
}

const QDate kDetected(2026, 3, 2);

} // namespace

class tst_DuePolicy : public QObject
{
    Q_OBJECT

private slots:
    void dueDate_data();
    void dueDate();
    void track_data();
    void track();
    void reasonNamesInputs();
    void changedPolicy();
    void policyValidity();
    void effectiveSeverity();
};

void tst_DuePolicy::dueDate_data()
{
    QTest::addColumn<DueInputs>("in");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<DueRule>("rule");

    const auto I = Exposure::Internet;
    const auto N = Exposure::Internal;
    const auto X = Exposure::Isolated;
    // Severity bands from detection (2026-03-02).
    QTest::newRow("critical internal") << inputs(kDetected, Severity::Critical, 9.8, N, 3)
                                       << QDate(2026, 4, 1) << DueRule::Critical;
    QTest::newRow("high internal") << inputs(kDetected, Severity::High, 7.5, N, 3)
                                   << QDate(2026, 4, 1) << DueRule::High;
    QTest::newRow("medium") << inputs(kDetected, Severity::Medium, 5.0, N, 1)
                            << QDate(2026, 5, 31) << DueRule::Medium;
    QTest::newRow("low") << inputs(kDetected, Severity::Low, 2.0, N, 1)
                         << QDate(2026, 8, 29) << DueRule::Low;
    QTest::newRow("critical internet") << inputs(kDetected, Severity::Critical, 9.8, I, 3)
                                       << QDate(2026, 3, 17) << DueRule::InternetCritical;
    // Internet high: 30 days like the general high rule; the more specific rule is named.
    QTest::newRow("high internet") << inputs(kDetected, Severity::High, 7.5, I, 3)
                                   << QDate(2026, 4, 1) << DueRule::InternetHigh;
    QTest::newRow("medium internet") << inputs(kDetected, Severity::Medium, 6.9, I, 1)
                                     << QDate(2026, 5, 31) << DueRule::Medium;
    QTest::newRow("critical isolated") << inputs(kDetected, Severity::Critical, 10.0, X, 1)
                                       << QDate(2026, 4, 1) << DueRule::Critical;
    QTest::newRow("unscored") << inputs(kDetected, Severity::Unknown, std::nullopt, N, 3)
                              << QDate(2026, 5, 31) << DueRule::Unscored;
    QTest::newRow("unscored internet") << inputs(kDetected, Severity::Unknown, std::nullopt, I, 1)
                                       << QDate(2026, 5, 31) << DueRule::Unscored;
    QTest::newRow("score without severity") << inputs(kDetected, Severity::Unknown, 9.0, I, 1)
                                            << QDate(2026, 3, 17) << DueRule::InternetCritical;
    QTest::newRow("severity none") << inputs(kDetected, Severity::None, 0.0, I, 1) << QDate()
                                   << DueRule::Unscored;
    // KEV (CVE-2024-3400: added 2024-04-12, due 2024-04-19).
    const KevEntry panos = kev(QDate(2024, 4, 12), QDate(2024, 4, 19), true);
    QTest::newRow("kev earlier than severity")
        << inputs(QDate(2024, 4, 15), Severity::Critical, 10.0, I, 1, panos)
        << QDate(2024, 4, 19) << DueRule::KevDueDate;
    QTest::newRow("kev later than severity")
        << inputs(QDate(2024, 4, 1), Severity::Critical, 10.0, I, 1, panos)
        << QDate(2024, 4, 16) << DueRule::InternetCritical;
    QTest::newRow("kev same day as severity: kev named")
        << inputs(QDate(2024, 4, 4), Severity::Critical, 10.0, I, 1, panos)
        << QDate(2024, 4, 19) << DueRule::KevDueDate;
    QTest::newRow("kev without due date") << inputs(kDetected, Severity::Medium, 5.0, N, 3,
                                                    kev(QDate(2026, 3, 1), QDate()))
                                          << QDate(2026, 3, 15) << DueRule::KevAdded;
    QTest::newRow("kev on severity none") << inputs(kDetected, Severity::None, std::nullopt, N, 3,
                                                    kev(QDate(2026, 3, 1), QDate()))
                                          << QDate(2026, 3, 15) << DueRule::KevAdded;
    // CVE-2021-34527 (2021 initial load): due 2021-07-20, added 2021-11-03. Still the date.
    QTest::newRow("kev due before added")
        << inputs(QDate(2021, 11, 5), Severity::High, 8.8, N, 3,
                  kev(QDate(2021, 11, 3), QDate(2021, 7, 20)))
        << QDate(2021, 7, 20) << DueRule::KevDueDate;
    // Leap years: 2028-02-29 exists.
    QTest::newRow("leap, internet critical") << inputs(QDate(2028, 2, 20), Severity::Critical,
                                                       9.1, I, 1)
                                             << QDate(2028, 3, 6) << DueRule::InternetCritical;
    QTest::newRow("leap, kev added + 14") << inputs(QDate(2028, 2, 20), Severity::Low, 3.0, N, 3,
                                                    kev(QDate(2028, 2, 15), QDate()))
                                          << QDate(2028, 2, 29) << DueRule::KevAdded;
    QTest::newRow("leap, low 180") << inputs(QDate(2028, 1, 1), Severity::Low, 3.0, N, 3)
                                   << QDate(2028, 6, 29) << DueRule::Low;
    QTest::newRow("no leap, low 180") << inputs(QDate(2027, 1, 1), Severity::Low, 3.0, N, 3)
                                      << QDate(2027, 6, 30) << DueRule::Low;
}

void tst_DuePolicy::dueDate()
{
    QFETCH(DueInputs, in);
    QFETCH(QDate, due);
    QFETCH(DueRule, rule);
    const DueDecision d = DueRules::decide(in, DuePolicy());
    QCOMPARE(d.dueDate, due);
    QCOMPARE(d.rule, rule);
}

void tst_DuePolicy::track_data()
{
    QTest::addColumn<DueInputs>("in");
    QTest::addColumn<Track>("track");

    const auto I = Exposure::Internet;
    const auto N = Exposure::Internal;
    const auto X = Exposure::Isolated;
    const KevEntry log4shell = kev(QDate(2021, 12, 10), QDate(2021, 12, 24), true);
    const auto E = Track::Emergency;
    const auto R = Track::Regular;
    QTest::newRow("kev internet") << inputs(kDetected, Severity::Medium, 5.0, I, 4, log4shell)
                                  << E;
    QTest::newRow("kev internal tier 1") << inputs(kDetected, Severity::Low, 3.0, N, 1, log4shell)
                                         << E;
    QTest::newRow("kev internal tier 2") << inputs(kDetected, Severity::Low, 3.0, N, 2, log4shell)
                                         << E;
    QTest::newRow("kev internal tier 3") << inputs(kDetected, Severity::Critical, 10.0, N, 3,
                                                   log4shell)
                                         << R;
    QTest::newRow("kev isolated tier 1") << inputs(kDetected, Severity::Critical, 10.0, X, 1,
                                                   log4shell)
                                         << R;
    QTest::newRow("cvss 9.0 internet") << inputs(kDetected, Severity::Critical, 9.0, I, 4) << E;
    QTest::newRow("cvss 8.9 internet") << inputs(kDetected, Severity::High, 8.9, I, 1) << R;
    QTest::newRow("cvss 9.0 internal tier 1") << inputs(kDetected, Severity::Critical, 9.0, N, 1)
                                              << R;
    QTest::newRow("cvss 10 isolated") << inputs(kDetected, Severity::Critical, 10.0, X, 1) << R;
    QTest::newRow("no cvss internet") << inputs(kDetected, Severity::Critical, std::nullopt, I, 1)
                                      << R;
}

void tst_DuePolicy::track()
{
    QFETCH(DueInputs, in);
    QFETCH(Track, track);
    QCOMPARE(DueRules::decide(in, DuePolicy()).track, track);
}

void tst_DuePolicy::reasonNamesInputs()
{
    const DueDecision e = DueRules::decide(
        inputs(kDetected, Severity::Critical, 9.8, Exposure::Internet, 2,
               kev(QDate(2024, 4, 12), QDate(2024, 4, 19))),
        DuePolicy());
    QCOMPARE(e.trackReason,
             QStringLiteral("known exploited (KEV); internet-facing; tier 2; critical (CVSS 9.8): "
                            "emergency"));
    const DueDecision r = DueRules::decide(
        inputs(kDetected, Severity::High, 8.9, Exposure::Internal, 3), DuePolicy());
    QCOMPARE(r.trackReason, QStringLiteral("not known exploited; internal, not exposed at this "
                                           "tier; tier 3; high (CVSS 8.9): regular"));
    const DueDecision u = DueRules::decide(
        inputs(kDetected, Severity::Unknown, std::nullopt, Exposure::Isolated, 1), DuePolicy());
    QCOMPARE(u.trackReason,
             QStringLiteral("not known exploited; isolated; tier 1; unscored: regular"));
    const DueDecision w = DueRules::decide(
        inputs(kDetected, Severity::Medium, 5.0, Exposure::Internal, 1,
               kev(QDate(2024, 4, 12), QDate(2024, 4, 19), true)),
        DuePolicy());
    QVERIFY2(w.trackReason.startsWith(QStringLiteral("known exploited (KEV, ransomware); internal;")),
             qPrintable(w.trackReason));
    QVERIFY(w.trackReason.endsWith(QStringLiteral(": emergency")));
}

void tst_DuePolicy::changedPolicy()
{
    DuePolicy p;
    p.kevDays = 7;
    p.internetCriticalDays = 3;
    p.internetHighDays = 45; // longer than highDays: the general rule is then earlier
    p.criticalDays = 10;
    p.highDays = 20;
    p.mediumDays = 60;
    p.lowDays = 365;
    p.emergencyCvss = 7.0;
    p.exposedInternalMaxTier = 1;
    QVERIFY(p.isValid());

    auto decide = [&p](const DueInputs &in) { return DueRules::decide(in, p); };
    DueDecision d = decide(inputs(kDetected, Severity::Critical, 9.8, Exposure::Internet, 3));
    QCOMPARE(d.dueDate, kDetected.addDays(3));
    QCOMPARE(d.rule, DueRule::InternetCritical);
    d = decide(inputs(kDetected, Severity::High, 7.0, Exposure::Internet, 3));
    QCOMPARE(d.dueDate, kDetected.addDays(20));
    QCOMPARE(d.rule, DueRule::High);
    QCOMPARE(d.track, Track::Emergency); // CVSS 7.0 >= 7.0 on the internet
    d = decide(inputs(kDetected, Severity::High, 6.9, Exposure::Internet, 3));
    QCOMPARE(d.track, Track::Regular);
    d = decide(inputs(kDetected, Severity::Medium, 5.0, Exposure::Internal, 3));
    QCOMPARE(d.dueDate, kDetected.addDays(60));
    d = decide(inputs(kDetected, Severity::Unknown, std::nullopt, Exposure::Internal, 3));
    QCOMPARE(d.dueDate, kDetected.addDays(60));
    QCOMPARE(d.rule, DueRule::Unscored);
    d = decide(inputs(kDetected, Severity::Low, 3.0, Exposure::Internal, 3));
    QCOMPARE(d.dueDate, kDetected.addDays(365));
    d = decide(inputs(kDetected, Severity::Low, 3.0, Exposure::Internal, 2,
                      kev(QDate(2026, 3, 1), QDate())));
    QCOMPARE(d.dueDate, QDate(2026, 3, 8));
    QCOMPARE(d.rule, DueRule::KevAdded);
    QCOMPARE(d.track, Track::Regular); // tier 2 is no longer exposed when internal
    d = decide(inputs(kDetected, Severity::Low, 3.0, Exposure::Internal, 1,
                      kev(QDate(2026, 3, 1), QDate())));
    QCOMPARE(d.track, Track::Emergency);
}

void tst_DuePolicy::policyValidity()
{
    QVERIFY(DuePolicy().isValid());
    const DuePolicy defaults;
    QCOMPARE(defaults.kevDays, 14);
    QCOMPARE(defaults.internetCriticalDays, 15);
    QCOMPARE(defaults.lowDays, 180);

    auto with = [](auto change) {
        DuePolicy p;
        change(p);
        return p.isValid();
    };
    QVERIFY(!with([](DuePolicy &p) { p.kevDays = 0; }));
    QVERIFY(with([](DuePolicy &p) { p.kevDays = 1; }));
    QVERIFY(with([](DuePolicy &p) { p.lowDays = 3650; }));
    QVERIFY(!with([](DuePolicy &p) { p.lowDays = 3651; }));
    QVERIFY(!with([](DuePolicy &p) { p.mediumDays = -5; }));
    QVERIFY(!with([](DuePolicy &p) { p.internetHighDays = 0; }));
    QVERIFY(!with([](DuePolicy &p) { p.highDays = 4000; }));
    QVERIFY(!with([](DuePolicy &p) { p.criticalDays = 0; }));
    QVERIFY(!with([](DuePolicy &p) { p.internetCriticalDays = 0; }));
    QVERIFY(with([](DuePolicy &p) { p.emergencyCvss = 0; }));
    QVERIFY(with([](DuePolicy &p) { p.emergencyCvss = 10; }));
    QVERIFY(!with([](DuePolicy &p) { p.emergencyCvss = 10.1; }));
    QVERIFY(!with([](DuePolicy &p) { p.emergencyCvss = -0.1; }));
    QVERIFY(!with([](DuePolicy &p) { p.emergencyCvss = std::nan(""); }));
    QVERIFY(with([](DuePolicy &p) { p.exposedInternalMaxTier = 4; }));
    QVERIFY(!with([](DuePolicy &p) { p.exposedInternalMaxTier = 0; }));
    QVERIFY(!with([](DuePolicy &p) { p.exposedInternalMaxTier = 5; }));
}

void tst_DuePolicy::effectiveSeverity()
{
    Vulnerability v;
    QCOMPARE(DueRules::effectiveSeverity(v), Severity::Unknown);
    v.jvnSeverity = QStringLiteral("High");
    QCOMPARE(DueRules::effectiveSeverity(v), Severity::High);
    // A metric wins over JVN's word; the newest CVSS version is preferred.
    v.metrics = {metric("2.0", 5.0, Severity::Medium, "nvd@nist.gov"),
                 metric("3.1", 9.8, Severity::Critical, "nvd@nist.gov")};
    QCOMPARE(DueRules::effectiveSeverity(v), Severity::Critical);
    // A metric without its word: the score's band.
    v.metrics = {metric("3.1", 4.0, Severity::Unknown, "nvd@nist.gov")};
    QCOMPARE(DueRules::effectiveSeverity(v), Severity::Medium);
    v.metrics = {metric("3.1", 0.0, Severity::None, "nvd@nist.gov")};
    QCOMPARE(DueRules::effectiveSeverity(v), Severity::None);
}

QTEST_APPLESS_MAIN(tst_DuePolicy)
#include "tst_duepolicy.moc"
