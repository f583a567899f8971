// The lifecycle repository: decisions, remembered choices, overview, horizons. See
// tst_lifecyclerepository.h.
#include "tst_lifecyclerepository.h"

#include "models/planning/eosloverview.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/systemrepository.h"

using namespace pp;

void tst_LifecycleRepository::decisions()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component c = addComponent(s.id, QStringLiteral("CentOS Linux"), QStringLiteral("7.9"));
    LifecycleRepository repo(*m_db);
    auto none = repo.decision(c.id);
    PP_VERIFY_OK(none);
    QCOMPARE(none->decision, UpgradeDecisionKind::None);
    QCOMPARE(none->rowVersion, 0);

    UpgradeDecision d = *none;
    d.decision = UpgradeDecisionKind::VendorProject;
    d.targetVersion = QStringLiteral("RHEL 9.6");
    d.targetDate = QDate(2027, 3, 31);
    d.note = QStringLiteral("移行プロジェクト (予算承認済み)");
    auto saved = repo.setDecision(d);
    PP_VERIFY_OK(saved);
    QCOMPARE(saved->decision.rowVersion, 1);
    QCOMPARE(saved->decision.decidedBy, QStringLiteral("tester"));
    QVERIFY(!saved->frozeSystem);
    QCOMPARE(rowOf(c.id).decision.targetDate, QDate(2027, 3, 31));
    QCOMPARE(rowOf(c.id).decision.note, d.note);

    // A second writer who read version 0 loses.
    UpgradeDecision stale = d;
    stale.decision = UpgradeDecisionKind::Routine;
    auto refused = repo.setDecision(stale);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);

    UpgradeDecision next = saved->decision;
    next.decision = UpgradeDecisionKind::Routine;
    saved = repo.setDecision(next);
    PP_VERIFY_OK(saved);
    QCOMPARE(saved->decision.rowVersion, 2);
    auto last = AuditLog(*m_db).latestFor(QStringLiteral("upgrade_decision"), c.id);
    PP_VERIFY_OK(last);
    QCOMPARE((*last)->action, QStringLiteral("update"));
    QVERIFY((*last)->beforeJson.contains(QLatin1String("vendor_project")));
    QVERIFY((*last)->afterJson.contains(QLatin1String("routine")));

    // Clearing: a stale version is a conflict; decision None through setDecision clears too.
    QCOMPARE(repo.clearDecision(c.id, 1).error().kind, ErrorKind::Conflict);
    UpgradeDecision clear = saved->decision;
    clear.decision = UpgradeDecisionKind::None;
    PP_VERIFY_OK(repo.setDecision(clear));
    QCOMPARE(rowOf(c.id).decision.decision, UpgradeDecisionKind::None);
    QCOMPARE(rowOf(c.id).decision.rowVersion, 0);
    PP_VERIFY_OK(repo.clearDecision(c.id, 0)); // nothing to clear, nothing stale
    // Too long.
    UpgradeDecision tooLong;
    tooLong.componentId = c.id;
    tooLong.decision = UpgradeDecisionKind::Routine;
    tooLong.targetVersion = QString(201, QLatin1Char('9'));
    QCOMPARE(repo.setDecision(tooLong).error().kind, ErrorKind::InputRejected);
}

void tst_LifecycleRepository::frozenFreezesTheSystem()
{
    const System s = addSystem(QStringLiteral("OT-01"));
    const Component c = addComponent(s.id, QStringLiteral("Windows 7 Professional"),
                                     QStringLiteral("SP1"));
    LifecycleRepository repo(*m_db);
    UpgradeDecision d;
    d.componentId = c.id;
    d.decision = UpgradeDecisionKind::Frozen;
    d.note = QStringLiteral("The line controller needs Windows 7; isolated VLAN.");
    auto saved = repo.setDecision(d);
    PP_VERIFY_OK(saved);
    QVERIFY(saved->frozeSystem);
    QCOMPARE(saved->systemId, s.id);
    auto system = SystemRepository(*m_db).findById(s.id);
    PP_VERIFY_OK(system);
    QCOMPARE((*system)->lifecycleState, LifecycleState::Frozen);
    QCOMPARE((*system)->rowVersion, s.rowVersion + 1);
    QCOMPARE(rowOf(c.id).systemState, LifecycleState::Frozen);
    // Audited as the system's own update, in the same transaction as the decision.
    auto last = AuditLog(*m_db).latestFor(QStringLiteral("system"), s.id);
    PP_VERIFY_OK(last);
    QCOMPARE((*last)->action, QStringLiteral("update"));
    QVERIFY((*last)->beforeJson.contains(QLatin1String("\"lifecycle_state\":\"active\"")));
    QVERIFY((*last)->afterJson.contains(QLatin1String("\"lifecycle_state\":\"frozen\"")));

    // A second frozen component of the frozen system changes nothing more.
    const Component other = addComponent(s.id, QStringLiteral("SQL Server"), QStringLiteral("2008 R2 SP3"));
    d.componentId = other.id;
    saved = repo.setDecision(d);
    PP_VERIFY_OK(saved);
    QVERIFY(!saved->frozeSystem);
    // Withdrawing it leaves the system frozen (un-freezing is the system's own decision).
    UpgradeDecision routine = saved->decision;
    routine.decision = UpgradeDecisionKind::Routine;
    PP_VERIFY_OK(repo.setDecision(routine));
    QCOMPARE((*SystemRepository(*m_db).findById(s.id))->lifecycleState, LifecycleState::Frozen);

    // If the system cannot be written, the decision is not written either.
    const System s2 = addSystem(QStringLiteral("OT-02"));
    const Component c2 = addComponent(s2.id, QStringLiteral("Windows XP"), QStringLiteral("SP3"));
    PP_VERIFY_OK(m_db->run(QStringLiteral("UPDATE systems SET name = '' WHERE id = ?"), {s2.id}));
    d.componentId = c2.id;
    QVERIFY(!repo.setDecision(d));
    QCOMPARE(rowOf(c2.id).decision.decision, UpgradeDecisionKind::None);
}

void tst_LifecycleRepository::frozenLeavesRetiringSystems()
{
    const System s = addSystem(QStringLiteral("OLD-01"), LifecycleState::Retiring);
    const Component c = addComponent(s.id, QStringLiteral("CentOS Linux"), QStringLiteral("6.10"));
    UpgradeDecision d;
    d.componentId = c.id;
    d.decision = UpgradeDecisionKind::Frozen;
    auto saved = LifecycleRepository(*m_db).setDecision(d);
    PP_VERIFY_OK(saved);
    QVERIFY(!saved->frozeSystem);
    QCOMPARE((*SystemRepository(*m_db).findById(s.id))->lifecycleState, LifecycleState::Retiring);
}

void tst_LifecycleRepository::decisionOnDeletedComponent()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component c = addComponent(s.id, QStringLiteral("Redis"), QStringLiteral("6.2.14"));
    PP_VERIFY_OK(ComponentRepository(*m_db).remove(c.id, c.rowVersion));
    UpgradeDecision d;
    d.componentId = c.id;
    d.decision = UpgradeDecisionKind::Routine;
    QCOMPARE(LifecycleRepository(*m_db).setDecision(d).error().kind, ErrorKind::Conflict);
}

void tst_LifecycleRepository::rememberedChoices()
{
    const System s = addSystem(QStringLiteral("WEB-01"));
    Component rds = addComponent(s.id, QStringLiteral("Amazon RDS for PostgreSQL"),
                                 QStringLiteral("15.7"));
    importSamples();
    QCOMPARE(rowOf(rds.id).lifecycle.tie.kind, TieKind::None);
    LifecycleRepository repo(*m_db);
    EolMapping m;
    m.vendor = QStringLiteral("Amazon Web Services");
    m.product = QStringLiteral("Amazon RDS for PostgreSQL");
    m.eolProduct = QStringLiteral("postgresql");
    // The component's vendor is empty: this choice is for another vendor.
    auto stored = repo.setMapping(m);
    PP_VERIFY_OK(stored);
    QCOMPARE(rowOf(rds.id).lifecycle.tie.kind, TieKind::None);
    rds.vendor = QStringLiteral("amazon web  services");
    auto updated = ComponentRepository(*m_db).update(rds);
    PP_VERIFY_OK(updated);
    PP_VERIFY_OK(repo.refreshTies());
    QCOMPARE(rowOf(rds.id).lifecycle.tie,
             (LifecycleTie{QStringLiteral("postgresql"), QStringLiteral("15"), TieKind::Remembered}));
    QCOMPARE(stored->confirmedBy, QStringLiteral("tester"));
    QCOMPARE(stored->rowVersion, 1);

    // Two users confirm the same product: the second is told.
    QCOMPARE(repo.setMapping(m).error().kind, ErrorKind::Conflict);
    // A stale update is a conflict; a current one re-ties the components at once.
    EolMapping untracked = *stored;
    untracked.eolProduct.clear();
    auto changed = repo.setMapping(untracked);
    PP_VERIFY_OK(changed);
    QCOMPARE(changed->rowVersion, 2);
    QCOMPARE(rowOf(rds.id).lifecycle.tie.kind, TieKind::None);
    QCOMPARE(repo.setMapping(untracked).error().kind, ErrorKind::Conflict);
    // Not a product id.
    EolMapping bad = m;
    bad.product = QStringLiteral("Other");
    bad.eolProduct = QStringLiteral("Not An Id");
    QCOMPARE(repo.setMapping(bad).error().kind, ErrorKind::InputRejected);
    // Removing the choice brings the automatic match (none here) back.
    QCOMPARE(repo.removeMapping(changed->id, 1).error().kind, ErrorKind::Conflict);
    PP_VERIFY_OK(repo.removeMapping(changed->id, 2));
    auto all = repo.mappings();
    PP_VERIFY_OK(all);
    QVERIFY(all->isEmpty());
    auto v = AuditLog(*m_db).verify();
    PP_VERIFY_OK(v);
    QVERIFY(v->intact);
}

void tst_LifecycleRepository::productMatchesForTheMappingScreen()
{
    const System s = addSystem(QStringLiteral("S1"));
    addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"), QStringLiteral("8.10"));
    addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"), QStringLiteral("9.4"));
    addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"), QStringLiteral("12.0"));
    addComponent(s.id, QStringLiteral("PostgreSQL"), QStringLiteral("15.8"), QStringLiteral("postgresql"),
                 QStringLiteral("15"));
    addComponent(s.id, QStringLiteral("楽楽精算"), QString());
    importSamples();
    auto rows = LifecycleRepository(*m_db).productMatches();
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 3);
    for (const ProductMatchRow &r : *rows) {
        if (r.product == QLatin1String("Red Hat Enterprise Linux")) {
            QCOMPARE(r.components, 3);
            QCOMPARE(r.cyclesFound, 2); // 12.0 is no RHEL cycle
            QCOMPARE(r.match.tie.kind, TieKind::ByName);
            QCOMPARE(r.versions, (QStringList{QStringLiteral("12.0"), QStringLiteral("8.10"),
                                              QStringLiteral("9.4")}));
        } else if (r.product == QLatin1String("PostgreSQL")) {
            QCOMPARE(r.explicitTies, 1);
            QCOMPARE(r.cyclesFound, 1);
        } else {
            QCOMPARE(r.match.tie.kind, TieKind::None);
            QCOMPARE(r.cyclesFound, 0);
            QVERIFY(!r.mapping);
        }
    }
}

void tst_LifecycleRepository::overviewOrderAndStats()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component rhel7 = addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"), QStringLiteral("7.9"));
    const Component rhel9 = addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"), QStringLiteral("9.4"));
    const Component node3 = addComponent(s.id, QStringLiteral("Node.js"), QStringLiteral("3.3.1"));
    const Component tomcat = addComponent(s.id, QStringLiteral("Apache Tomcat"), QStringLiteral("11.0.2"));
    const Component pg13 = addComponent(s.id, QStringLiteral("PostgreSQL"), QStringLiteral("13.14"));
    const Component mine = addComponent(s.id, QStringLiteral("自社開発 受発注"), QStringLiteral("3.8"));
    importSamples();
    UpgradeDecision d;
    d.componentId = rhel7.id;
    d.decision = UpgradeDecisionKind::Frozen;
    PP_VERIFY_OK(LifecycleRepository(*m_db).setDecision(d));
    auto rows = LifecycleRepository(*m_db).rows();
    PP_VERIFY_OK(rows);
    // PostgreSQL 13 ends 2025-11-13: on 2025-10-01 that is 43 days away.
    const QList<EoslItem> items = assessRows(*rows, QDate(2025, 10, 1), LifecycleHorizons{});
    QList<qint64> order;
    for (const EoslItem &i : items)
        order << i.row.component.id;
    // Ended on an unknown date first, then by date, then no end announced, unknown last.
    QCOMPARE(order, (QList<qint64>{node3.id, rhel7.id, pg13.id, rhel9.id, tomcat.id, mine.id}));
    QCOMPARE(items.at(2).assessment.status, EoslStatus::Within90);
    QCOMPARE(*items.at(2).assessment.daysLeft, 43);
    const EoslStats stats = eoslStats(items);
    QCOMPARE(stats.components, 6);
    QCOMPARE(stats.past, 2);
    QCOMPARE(stats.within90, 1);
    QCOMPARE(stats.supported, 2);
    QCOMPARE(stats.unknown, 1);
    QCOMPARE(stats.needsDecision, 2); // node 3 and PostgreSQL 13; RHEL 7 is decided (frozen)
    QCOMPARE(stats.frozen, 1);
    QCOMPARE(stats.cumulative(EoslStatus::Within90), 3);
    QVERIFY(isWithinDays(items.at(0), 0));
    QVERIFY(isWithinDays(items.at(2), 43));
    QVERIFY(!isWithinDays(items.at(2), 42));
    QVERIFY(!isWithinDays(items.at(4), 100000)); // no end announced
    QVERIFY(!isWithinDays(items.at(5), 100000)); // unknown
}

void tst_LifecycleRepository::horizonsSetting()
{
    SettingsRepository settings(*m_db);
    auto h = settings.lifecycleHorizons();
    PP_VERIFY_OK(h);
    QCOMPARE(*h, LifecycleHorizons{});
    const LifecycleHorizons mine{14, 60, 120, 400};
    PP_VERIFY_OK(settings.setLifecycleHorizons(mine, LifecycleHorizons{}));
    QCOMPARE(*settings.lifecycleHorizons(), mine);
    QCOMPARE(*settings.text(SettingsRepository::lifecycleHorizonsKey(), {}),
             QStringLiteral("14,60,120,400"));
    // Someone else's change in between.
    QCOMPARE(settings.setLifecycleHorizons(LifecycleHorizons{}, LifecycleHorizons{}).error().kind,
             ErrorKind::Conflict);
    QCOMPARE(settings.setLifecycleHorizons(LifecycleHorizons{30, 20, 180, 365}).error().kind,
             ErrorKind::InputRejected);
    QCOMPARE(settings.setLifecycleHorizons(LifecycleHorizons{0, 90, 180, 365}).error().kind,
             ErrorKind::InputRejected);
    // The same value again writes nothing.
    const int entries = auditCount();
    PP_VERIFY_OK(settings.setLifecycleHorizons(mine));
    QCOMPARE(auditCount(), entries);
    // A broken stored value falls back to the defaults.
    PP_VERIFY_OK(settings.setValue(SettingsRepository::lifecycleHorizonsKey(), QStringLiteral("30,x")));
    QCOMPARE(*settings.lifecycleHorizons(), LifecycleHorizons{});
    QCOMPARE(*settings.integer(QStringLiteral("nothing"), 7), 7);
    PP_VERIFY_OK(settings.remove(SettingsRepository::lifecycleHorizonsKey()));
    QVERIFY(!settings.value(SettingsRepository::lifecycleHorizonsKey())->has_value());
    QVERIFY(!SettingsRepository::parseHorizons(QStringLiteral("30,90,180")));
    QVERIFY(!SettingsRepository::parseHorizons(QStringLiteral("30,90,90,365")));
    QCOMPARE(*SettingsRepository::parseHorizons(QStringLiteral(" 7, 30 ,90,365")),
             (LifecycleHorizons{7, 30, 90, 365}));
}
