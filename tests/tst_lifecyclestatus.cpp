// EOSL status boundaries (DESIGN.md section 3): the day of EOSL, each horizon's edge, leap years,
// the boolean forms of endoflife.date, and the decision flag.
#include "models/planning/lifecyclestatus.h"
#include "models/planning/roadmaprows.h"

#include <QMap>
#include <QRandomGenerator>

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
    void eoslOrderAndRoadmapRowsKeepTheirDefinitions();
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


namespace {

/// roadmapRows() as it was first written (every comparison on the items themselves): the
/// definition its faster form must keep to.
QList<RoadmapRow> referenceRows(const QList<EoslItem> &items, RoadmapGrouping grouping)
{
    QList<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    QList<RoadmapRow> rows;
    if (grouping == RoadmapGrouping::BySystem) {
        std::stable_sort(order.begin(), order.end(), [&items](int a, int b) {
            const EoslItem &x = items.at(a);
            const EoslItem &y = items.at(b);
            if (x.row.systemCode != y.row.systemCode)
                return x.row.systemCode < y.row.systemCode;
            return eoslLess(x, y);
        });
        QString lastSystem;
        for (int i : std::as_const(order)) {
            const EoslItem &item = items.at(i);
            RoadmapRow row;
            row.label = QStringLiteral("%1 · %2 %3")
                            .arg(item.row.systemCode, item.row.component.product,
                                 item.row.component.version);
            row.componentIds = {item.row.component.id};
            row.items = {i};
            row.startsGroup = item.row.systemCode != lastSystem;
            lastSystem = item.row.systemCode;
            rows << row;
        }
        return rows;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&items](int a, int b) { return eoslLess(items.at(a), items.at(b)); });
    QMap<QString, int> rowOf;
    for (int i : std::as_const(order)) {
        const EoslItem &item = items.at(i);
        const LifecycleTie &tie = item.row.lifecycle.tie;
        const QString name = tie.isComplete()
            ? QStringLiteral("%1 %2").arg(tie.eolProduct, tie.cycle)
            : QStringLiteral("%1 %2").arg(item.row.component.product, item.row.component.version);
        const QString key = name.toLower();
        if (const auto it = rowOf.constFind(key); it != rowOf.cend()) {
            RoadmapRow &row = rows[*it];
            row.componentIds << item.row.component.id;
            row.items << i;
            row.label = QStringLiteral("%1 (×%2)").arg(name).arg(row.componentIds.size());
            continue;
        }
        RoadmapRow row;
        row.label = name;
        row.componentIds = {item.row.component.id};
        row.items = {i};
        rowOf.insert(key, int(rows.size()));
        rows << row;
    }
    return rows;
}

} // namespace

void tst_LifecycleStatus::eoslOrderAndRoadmapRowsKeepTheirDefinitions()
{
    // Items that tie in every way the faster sort shortcuts: equal system codes and codes that
    // differ only in case, equal EOSL dates, each support state, names that group only
    // case-insensitively; given in a shuffled order.
    QRandomGenerator random(7);
    const QStringList codes{QStringLiteral("WEB1"), QStringLiteral("web1"), QStringLiteral("WEB10"),
                            QStringLiteral("db"), QStringLiteral("Äpp"), QStringLiteral("crm")};
    const QStringList products{QStringLiteral("nginx"), QStringLiteral("NGINX"),
                               QStringLiteral("PostgreSQL"), QStringLiteral("java")};
    const QList<SupportEnd> ends{SupportEnd::ended(), SupportEnd::notAnnounced(),
                                 SupportEnd::unknown(), SupportEnd::on(QDate(2026, 1, 31)),
                                 SupportEnd::on(QDate(2026, 1, 31)), SupportEnd::on(QDate(2025, 3, 1)),
                                 SupportEnd::on(QDate(2031, 12, 31))};
    QList<EoslItem> items;
    for (int i = 0; i < 600; ++i) {
        EoslItem item;
        item.row.component.id = 1000 - i;
        item.row.systemCode = codes.at(random.bounded(codes.size()));
        item.row.component.kind = random.bounded(2) ? ComponentKind::Middleware : ComponentKind::Os;
        item.row.component.product = products.at(random.bounded(products.size()));
        item.row.component.version = QStringLiteral("1.%1").arg(random.bounded(3));
        item.row.lifecycle.securitySupport.value = ends.at(random.bounded(ends.size()));
        if (random.bounded(3) == 0) {
            item.row.lifecycle.tie.eolProduct = item.row.component.product;
            item.row.lifecycle.tie.cycle = QStringLiteral("1");
        }
        items << item;
    }
    // assessRows() puts them in eoslLess() order (stable), as std::stable_sort of the items.
    QList<LifecycleRow> rows;
    for (const EoslItem &item : std::as_const(items))
        rows << item.row;
    const QList<EoslItem> assessed = assessRows(rows, QDate(2026, 1, 1), LifecycleHorizons{});
    QList<EoslItem> expected = assessRows({}, QDate(2026, 1, 1), LifecycleHorizons{});
    for (const LifecycleRow &r : std::as_const(rows)) {
        EoslItem item;
        item.row = r;
        item.assessment = assessEosl(r.lifecycle.securitySupport.value, QDate(2026, 1, 1),
                                     LifecycleHorizons{});
        expected << item;
    }
    std::stable_sort(expected.begin(), expected.end(), eoslLess);
    QCOMPARE(assessed.size(), expected.size());
    for (int i = 0; i < assessed.size(); ++i) {
        QCOMPARE(assessed.at(i).row.component.id, expected.at(i).row.component.id);
        QCOMPARE(assessed.at(i).assessment.status, expected.at(i).assessment.status);
    }

    for (RoadmapGrouping grouping : {RoadmapGrouping::BySystem, RoadmapGrouping::ByProduct}) {
        const QList<RoadmapRow> expected = referenceRows(items, grouping);
        const QList<RoadmapRow> actual = roadmapRows(items, grouping);
        QCOMPARE(actual.size(), expected.size());
        for (int r = 0; r < actual.size(); ++r) {
            QCOMPARE(actual.at(r).componentIds, expected.at(r).componentIds);
            QCOMPARE(actual.at(r).items, expected.at(r).items);
            QCOMPARE(actual.at(r).label, expected.at(r).label);
            QCOMPARE(actual.at(r).startsGroup, expected.at(r).startsGroup);
        }
    }
}

QTEST_GUILESS_MAIN(tst_LifecycleStatus)
#include "tst_lifecyclestatus.moc"
