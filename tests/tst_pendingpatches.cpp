// What a pending upgrade must reach and how urgent it is (models/planning/pendingpatches.h):
// targets from first fixed versions and last affected versions, findings with no known fix,
// closed findings ignored, packaging schemes, and the urgency a patch inherits.
#include "models/planning/pendingpatches.h"

#include <QtTest>

using namespace pp;

namespace {

Finding finding(const QString &fixed, const QString &lastAffected,
                AnalysisState state = AnalysisState::NotSet)
{
    Finding f;
    f.fixedVersion = fixed;
    f.lastAffectedVersion = lastAffected;
    f.state = state;
    return f;
}

Finding due(QDate date, Track track, AnalysisState state = AnalysisState::Affected)
{
    Finding f;
    f.dueDate = date;
    f.track = track;
    f.state = state;
    return f;
}

} // namespace

class tst_PendingPatches : public QObject
{
    Q_OBJECT

private slots:
    void targets_data();
    void targets();
    void closedFindingsIgnored();
    void schemeDecides();
    void urgency();
    void titles();
};

void tst_PendingPatches::targets_data()
{
    QTest::addColumn<QList<Finding>>("findings");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("laterThan");
    QTest::addColumn<int>("unknown");

    QTest::newRow("none") << QList<Finding>{} << "" << "" << 0;
    QTest::newRow("one fixed") << QList<Finding>{finding("2.4.62", "")} << "2.4.62" << "" << 0;
    // Apache HTTP Server: several CVEs fixed in different releases; the highest is needed.
    QTest::newRow("highest fixed, by version order")
        << QList<Finding>{finding("2.4.60", ""), finding("2.4.9", ""), finding("2.4.62", ""),
                          finding("2.4.58", "")}
        << "2.4.62" << "" << 0;
    QTest::newRow("numeric, not text") << QList<Finding>{finding("9.9", ""), finding("9.10", "")}
                                       << "9.10" << "" << 0;
    QTest::newRow("pre-release below release")
        << QList<Finding>{finding("3.0.0", ""), finding("3.0.0-rc1", "")} << "3.0.0" << "" << 0;
    QTest::newRow("last affected only")
        << QList<Finding>{finding("", "2.4.58"), finding("", "2.4.55")} << "" << "2.4.58" << 0;
    QTest::newRow("last affected below target: dropped")
        << QList<Finding>{finding("2.4.62", ""), finding("", "2.4.58")} << "2.4.62" << "" << 0;
    QTest::newRow("last affected equal to target: kept")
        << QList<Finding>{finding("2.4.62", ""), finding("", "2.4.62")} << "2.4.62" << "2.4.62"
        << 0;
    QTest::newRow("last affected above target: kept")
        << QList<Finding>{finding("2.4.60", ""), finding("", "2.4.61")} << "2.4.60" << "2.4.61"
        << 0;
    QTest::newRow("both bounds on one finding: the fix counts")
        << QList<Finding>{finding("2.4.62", "2.4.61")} << "2.4.62" << "" << 0;
    QTest::newRow("unknown fixes counted")
        << QList<Finding>{finding("", ""), finding("1.2", ""), finding("", "")} << "1.2" << ""
        << 2;
    QTest::newRow("only unknown") << QList<Finding>{finding("", "")} << "" << "" << 1;
}

void tst_PendingPatches::targets()
{
    QFETCH(QList<Finding>, findings);
    QFETCH(QString, target);
    QFETCH(QString, laterThan);
    QFETCH(int, unknown);
    const UpgradeTarget t = PendingPatches::upgradeTarget(findings, version::Scheme::Generic);
    QCOMPARE(t.targetVersion, target);
    QCOMPARE(t.laterThan, laterThan);
    QCOMPARE(t.unknownFix, unknown);
}

void tst_PendingPatches::closedFindingsIgnored()
{
    const QList<Finding> findings = {
        finding("2.4.60", "", AnalysisState::InTriage),
        finding("2.4.62", "", AnalysisState::NotAffected),
        finding("2.4.63", "", AnalysisState::Resolved),
        finding("", "2.4.70", AnalysisState::FalsePositive),
        finding("", "", AnalysisState::RiskAccepted),
        finding("2.4.59", "", AnalysisState::Affected),
    };
    const UpgradeTarget t = PendingPatches::upgradeTarget(findings, version::Scheme::Generic);
    QCOMPARE(t.targetVersion, QStringLiteral("2.4.60"));
    QVERIFY(t.laterThan.isEmpty());
    QCOMPARE(t.unknownFix, 0);
}

void tst_PendingPatches::schemeDecides()
{
    // dpkg: "~" sorts before the end, so 1.1.1n-0+deb11u5 > 1.1.1n~rc1; and revisions compare.
    const QList<Finding> deb = {finding("1.1.1n-0+deb11u5", ""), finding("1.1.1n-0+deb11u10", ""),
                                finding("1.1.1n~rc1", "")};
    QCOMPARE(PendingPatches::upgradeTarget(deb, version::Scheme::Debian).targetVersion,
             QStringLiteral("1.1.1n-0+deb11u10"));
    // rpm: epoch first.
    const QList<Finding> rpm = {finding("1:1.1.1k-7.el8_6", ""), finding("1.1.1w-1.el8", "")};
    QCOMPARE(PendingPatches::upgradeTarget(rpm, version::Scheme::Rpm).targetVersion,
             QStringLiteral("1:1.1.1k-7.el8_6"));
}

void tst_PendingPatches::urgency()
{
    PatchUrgency u = PendingPatches::urgency({});
    QVERIFY(!u.dueDate.isValid());
    QCOMPARE(u.track, Track::Regular);

    u = PendingPatches::urgency({due(QDate(2026, 5, 1), Track::Regular),
                                 due(QDate(), Track::Regular),
                                 due(QDate(2026, 4, 15), Track::Regular),
                                 due(QDate(2026, 6, 1), Track::Emergency)});
    QCOMPARE(u.dueDate, QDate(2026, 4, 15));
    QCOMPARE(u.track, Track::Emergency);

    u = PendingPatches::urgency({due(QDate(), Track::Regular)});
    QVERIFY(!u.dueDate.isValid());

    // A closed finding passed by mistake sets neither date nor track.
    u = PendingPatches::urgency({due(QDate(2026, 5, 1), Track::Regular),
                                 due(QDate(2026, 1, 1), Track::Emergency,
                                     AnalysisState::Resolved)});
    QCOMPARE(u.dueDate, QDate(2026, 5, 1));
    QCOMPARE(u.track, Track::Regular);
}

void tst_PendingPatches::titles()
{
    const QString httpd = QStringLiteral("Apache HTTP Server");
    UpgradeTarget t;
    t.targetVersion = QStringLiteral("2.4.62");
    QCOMPARE(PendingPatches::upgradeTitle(httpd, "2.4.57", t),
             QStringLiteral("Upgrade Apache HTTP Server 2.4.57 to 2.4.62"));
    t.laterThan = QStringLiteral("2.4.62");
    QCOMPARE(PendingPatches::upgradeTitle(httpd, "2.4.57", t),
             QStringLiteral("Upgrade Apache HTTP Server 2.4.57 to a version later than 2.4.62"));
    t = {};
    t.laterThan = QStringLiteral("2.4.58");
    QCOMPARE(PendingPatches::upgradeTitle(httpd, "2.4.57", t),
             QStringLiteral("Upgrade Apache HTTP Server 2.4.57 to a version later than 2.4.58"));
    t = {};
    t.unknownFix = 2;
    QCOMPARE(PendingPatches::upgradeTitle(httpd, "2.4.57", t),
             QStringLiteral("Upgrade Apache HTTP Server 2.4.57 (fixed version unknown)"));
    t.targetVersion = QStringLiteral("2.4.62");
    QCOMPARE(PendingPatches::upgradeTitle(httpd, {}, t),
             QStringLiteral("Upgrade Apache HTTP Server to 2.4.62"));
}

QTEST_APPLESS_MAIN(tst_PendingPatches)
#include "tst_pendingpatches.moc"
