// Systems and components: stored as given, validated, versioned against lost updates.
#include "testsupport.h"

#include "models/domain/validation.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/inventoryrepository.h"
#include "models/storage/systemrepository.h"

#include <QtTest>

using namespace pp;

class tst_Repositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void systemRoundTrip();
    void duplicateCodeIsRejected();
    void invalidSystemIsRejected_data();
    void invalidSystemIsRejected();
    void staleUpdateIsAConflict();
    void deleteCascadesAndRestoreKeepsIds();
    void componentIdentityIsUnique();
    void hostileTextIsStoredVerbatim();
    void inventoryRowsAndStats();

private:
    System makeSystem(const QString &code);
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_Repositories::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
}

void tst_Repositories::cleanup()
{
    m_db.reset();
    delete m_dir;
}

System tst_Repositories::makeSystem(const QString &code)
{
    System s;
    s.code = code;
    s.name = QStringLiteral("System %1").arg(code);
    s.ownerTeam = QStringLiteral("Platform");
    s.criticality = 2;
    s.environment = Environment::Production;
    s.exposure = Exposure::Internet;
    s.lifecycleState = LifecycleState::Frozen;
    s.windowSchedule = QStringLiteral("FREQ=MONTHLY;BYDAY=2SU");
    s.profile.initialResponse = QStringLiteral("Isolate the host from the network");
    s.profile.traceCheckProcedure = QStringLiteral("痕跡確認: review proxy and EDR logs");
    s.profile.logLongTerm = QStringLiteral("1 year, compressed");
    return s;
}

void tst_Repositories::systemRoundTrip()
{
    SystemRepository repo(*m_db);
    const System s = makeSystem(QStringLiteral("CRM"));
    auto stored = repo.insert(s);
    PP_VERIFY_OK(stored);
    QVERIFY(stored->id > 0);
    QCOMPARE(stored->rowVersion, 1);
    QVERIFY(stored->sameContent(s));
    auto byCode = repo.findByCode(QStringLiteral("CRM"));
    PP_VERIFY_OK(byCode);
    QVERIFY(byCode->has_value());
    QVERIFY((*byCode)->sameContent(s));
    QCOMPARE((*byCode)->profile, s.profile);

    System edited = *stored;
    edited.name = QStringLiteral("顧客管理");
    auto updated = repo.update(edited);
    PP_VERIFY_OK(updated);
    QCOMPARE(updated->rowVersion, 2);
    QCOMPARE(updated->name, QStringLiteral("顧客管理"));
}

void tst_Repositories::duplicateCodeIsRejected()
{
    SystemRepository repo(*m_db);
    PP_VERIFY_OK(repo.insert(makeSystem(QStringLiteral("A"))));
    auto again = repo.insert(makeSystem(QStringLiteral("A")));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::InputRejected);
    QVERIFY(again.error().message.contains(QLatin1String("already exists")));
    QCOMPARE(repo.findAll()->size(), 1);
}

void tst_Repositories::invalidSystemIsRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty code") << "code" << "";
    QTest::newRow("blank name") << "name" << "   ";
    QTest::newRow("tier 0") << "criticality" << "0";
    QTest::newRow("tier 5") << "criticality" << "5";
    QTest::newRow("huge name") << "name" << QString(kMaxShortFieldLength + 1, QLatin1Char('x'));
    QTest::newRow("control char") << "name" << QStringLiteral("bad\x01name");
}

void tst_Repositories::invalidSystemIsRejected()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    System s = makeSystem(QStringLiteral("X"));
    if (field == QLatin1String("code"))
        s.code = value;
    else if (field == QLatin1String("name"))
        s.name = value;
    else
        s.criticality = value.toInt();
    auto r = SystemRepository(*m_db).insert(s);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QCOMPARE(*AuditLog(*m_db).count({}), 0);
}

void tst_Repositories::staleUpdateIsAConflict()
{
    SystemRepository repo(*m_db);
    auto stored = repo.insert(makeSystem(QStringLiteral("A")));
    PP_VERIFY_OK(stored);
    System mine = *stored;
    System theirs = *stored;
    theirs.ownerTeam = QStringLiteral("Theirs");
    PP_VERIFY_OK(repo.update(theirs));
    mine.ownerTeam = QStringLiteral("Mine");
    auto r = repo.update(mine);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Conflict);
    QCOMPARE((*repo.findById(stored->id))->ownerTeam, QStringLiteral("Theirs"));
    // Deleting from a stale read is refused too.
    QCOMPARE(repo.remove(stored->id, mine.rowVersion).error().kind, ErrorKind::Conflict);
}

void tst_Repositories::deleteCascadesAndRestoreKeepsIds()
{
    SystemRepository systems(*m_db);
    ComponentRepository components(*m_db);
    auto s = systems.insert(makeSystem(QStringLiteral("A")));
    PP_VERIFY_OK(s);
    Component c;
    c.systemId = s->id;
    c.kind = ComponentKind::Database;
    c.vendor = QStringLiteral("PostgreSQL");
    c.product = QStringLiteral("PostgreSQL");
    c.version = QStringLiteral("13.16");
    auto stored = components.insert(c);
    PP_VERIFY_OK(stored);
    PP_VERIFY_OK(systems.remove(s->id, s->rowVersion));
    QCOMPARE(components.findAll()->size(), 0);
    AuditFilter deletes;
    deletes.entity = QStringLiteral("component");
    deletes.action = QStringLiteral("delete");
    QCOMPARE(*AuditLog(*m_db).count(deletes), 1);

    // Undo of a delete restores both under their old ids.
    PP_VERIFY_OK(systems.insert(*s));
    PP_VERIFY_OK(components.insert(*stored));
    QCOMPARE((*systems.findById(s->id))->code, QStringLiteral("A"));
    QCOMPARE((*components.findById(stored->id))->version, QStringLiteral("13.16"));
    QVERIFY(AuditLog(*m_db).verify()->intact);
}

void tst_Repositories::componentIdentityIsUnique()
{
    auto s = SystemRepository(*m_db).insert(makeSystem(QStringLiteral("A")));
    PP_VERIFY_OK(s);
    ComponentRepository repo(*m_db);
    Component c;
    c.systemId = s->id;
    c.kind = ComponentKind::Runtime;
    c.product = QStringLiteral("OpenJDK");
    c.version = QStringLiteral("17.0.12");
    auto first = repo.insert(c);
    PP_VERIFY_OK(first);
    auto dup = repo.insert(c);
    QVERIFY(!dup);
    QCOMPARE(dup.error().kind, ErrorKind::InputRejected);
    // Another version is another component; editing it into the first one is refused.
    c.version = QStringLiteral("21.0.4");
    auto second = repo.insert(c);
    PP_VERIFY_OK(second);
    Component clash = *second;
    clash.version = QStringLiteral("17.0.12");
    QCOMPARE(repo.update(clash).error().kind, ErrorKind::InputRejected);
    auto same = repo.findSame(s->id, ComponentKind::Runtime, QStringLiteral("OpenJDK"),
                              QStringLiteral("21.0.4"));
    PP_VERIFY_OK(same);
    QCOMPARE((*same)->id, second->id);
    Component badCpe = c;
    badCpe.version = QStringLiteral("8");
    badCpe.cpe = QStringLiteral("openjdk 8");
    QCOMPARE(repo.insert(badCpe).error().kind, ErrorKind::InputRejected);
}

void tst_Repositories::hostileTextIsStoredVerbatim()
{
    SystemRepository repo(*m_db);
    System s = makeSystem(QStringLiteral("X'); DROP TABLE systems;--"));
    s.name = QStringLiteral("<script>alert(1)</script> =cmd|' /C calc'!A0");
    auto stored = repo.insert(s);
    PP_VERIFY_OK(stored);
    auto back = repo.findByCode(s.code);
    PP_VERIFY_OK(back);
    QCOMPARE((*back)->name, s.name);
    QCOMPARE(repo.findAll()->size(), 1);
}

void tst_Repositories::inventoryRowsAndStats()
{
    SystemRepository systems(*m_db);
    auto a = systems.insert(makeSystem(QStringLiteral("B")));
    System other = makeSystem(QStringLiteral("A"));
    other.lifecycleState = LifecycleState::Active;
    other.exposure = Exposure::Internal;
    other.criticality = 1;
    PP_VERIFY_OK(systems.insert(other));
    Component c;
    c.systemId = a->id;
    c.kind = ComponentKind::Os;
    c.product = QStringLiteral("Windows Server");
    c.version = QStringLiteral("2016");
    c.instances = 4;
    PP_VERIFY_OK(ComponentRepository(*m_db).insert(c));
    c.kind = ComponentKind::Middleware;
    c.product = QStringLiteral("IIS");
    c.version = QStringLiteral("10");
    c.instances = 2;
    PP_VERIFY_OK(ComponentRepository(*m_db).insert(c));

    auto rows = InventoryRepository(*m_db).rows();
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 3); // A (no components), B x2
    QCOMPARE(rows->at(0).system.code, QStringLiteral("A"));
    QVERIFY(!rows->at(0).component.has_value());
    QCOMPARE(rows->at(1).component->kind, ComponentKind::Middleware); // by kind key

    auto st = InventoryRepository(*m_db).stats();
    PP_VERIFY_OK(st);
    QCOMPARE(st->systems, 2);
    QCOMPARE(st->components, 2);
    QCOMPARE(st->componentInstances, 6);
    QCOMPARE(st->frozenSystems, 1);
    QCOMPARE(st->internetFacingSystems, 1);
    QCOMPARE(st->tier1Systems, 1);
    QCOMPARE(st->componentsByKind.value(QStringLiteral("os")), 1);
}

QTEST_GUILESS_MAIN(tst_Repositories)
#include "tst_repositories.moc"
