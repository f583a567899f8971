// The demo estate: believable, consistent with the real endoflife.date data it will be linked
// to, the same for the same seed, audited, and never poured into a database that has data.
#include "testsupport.h"

#include "models/domain/validation.h"
#include "models/io/demodata.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/inventoryrepository.h"
#include "models/storage/systemrepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace pp;

namespace {

/// The 13 fields of a CPE 2.3 formatted string; "\:" is an escaped colon, not a separator.
QStringList cpeFields(const QString &cpe)
{
    QStringList fields(1);
    for (qsizetype i = 0; i < cpe.size(); ++i) {
        const QChar c = cpe.at(i);
        if (c == QLatin1Char('\\') && i + 1 < cpe.size()) {
            fields.last() += c;
            fields.last() += cpe.at(++i);
        } else if (c == QLatin1Char(':')) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

bool hasJapanese(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) {
        const auto script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana
            || script == QChar::Script_Katakana;
    });
}

bool isAscii(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// Everything of an estate a user could see, in a comparable form.
QList<QJsonObject> snapshot(Database &db)
{
    QList<QJsonObject> out;
    auto rows = InventoryRepository(db).rows();
    if (!rows)
        return out;
    for (const InventoryRow &row : *rows) {
        QJsonObject o = row.system.toJson();
        if (row.component)
            o.insert(QStringLiteral("component"), row.component->toJson());
        out << o;
    }
    // Not `for (... : *repo.findAll())`: that would iterate a destroyed temporary.
    const auto systems = SystemRepository(db).findAll();
    const auto components = ComponentRepository(db).findAll();
    if (!systems || !components)
        return {};
    for (const System &s : *systems)
        out << s.toJson();
    for (const Component &c : *components)
        out << c.toJson();
    return out;
}

} // namespace

class tst_DemoData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultEstateIsBelievable();
    void componentsAreWellFormed();
    void eolProductsAndCyclesExist();
    void sameSeedSameEstate();
    void refusesNonEmptyDatabase();
    void rejectsOutOfRangeOptions_data();
    void rejectsOutOfRangeOptions();
    void everyRecordIsAudited();
    void smallAndLargeEstates_data();
    void smallAndLargeEstates();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_DemoData::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
}

void tst_DemoData::cleanup()
{
    m_db.reset();
    delete m_dir;
}

void tst_DemoData::defaultEstateIsBelievable()
{
    PP_VERIFY_OK(createDemoEstate(*m_db));
    auto stats = InventoryRepository(*m_db).stats();
    PP_VERIFY_OK(stats);
    qInfo("%d systems, %d components (%d instances), %d frozen", stats->systems, stats->components,
        stats->componentInstances, stats->frozenSystems);
    QVERIFY2(
        stats->systems >= 35 && stats->systems <= 45, qPrintable(QString::number(stats->systems)));
    QVERIFY2(stats->components >= 250 && stats->components <= 350,
        qPrintable(QString::number(stats->components)));
    QVERIFY(stats->frozenSystems >= 3);
    QVERIFY(stats->tier1Systems >= 1);
    QVERIFY(stats->internetFacingSystems >= 1);
    for (ComponentKind kind : allValues<ComponentKind>())
        QVERIFY2(stats->componentsByKind.value(toKey(kind)) > 0, qPrintable(toKey(kind)));
    for (Environment e : allValues<Environment>())
        QVERIFY2(stats->systemsByEnvironment.value(toKey(e)) > 0, qPrintable(toKey(e)));
    for (LifecycleState l : allValues<LifecycleState>())
        QVERIFY2(stats->systemsByLifecycle.value(toKey(l)) > 0, qPrintable(toKey(l)));
    QVERIFY(
        stats->systemsByEnvironment.value(toKey(Environment::Production)) > stats->systems * 3 / 4);

    auto systems = SystemRepository(*m_db).findAll();
    PP_VERIFY_OK(systems);
    auto components = ComponentRepository(*m_db).findAll();
    PP_VERIFY_OK(components);
    QHash<qint64, int> perSystem;
    for (const Component &c : *components)
        ++perSystem[c.systemId];
    // Every schedule a system names is one of the demo's maintenance windows.
    auto windows = PlanRepository(*m_db).windows();
    PP_VERIFY_OK(windows);
    QVERIFY(windows->size() >= 8);
    QSet<QString> windowNames;
    for (const MaintenanceWindow &w : *windows)
        windowNames.insert(w.groupName);
    int japanese = 0;
    int english = 0;
    int withProfile = 0;
    QSet<QString> exposures;
    for (const System &s : *systems) {
        QVERIFY2(validate(s).isEmpty(),
            qPrintable(s.code + QStringLiteral(": ") + validate(s).join(QLatin1Char(' '))));
        japanese += hasJapanese(s.name) ? 1 : 0;
        english += isAscii(s.name) ? 1 : 0;
        exposures.insert(toKey(s.exposure));
        QVERIFY(!s.ownerTeam.isEmpty());
        QVERIFY(s.opsContact.contains(QLatin1String("@example.co")));
        const int n = perSystem.value(s.id);
        QVERIFY2(n >= 3 && n <= 14,
            qPrintable(QStringLiteral("%1 has %2 components").arg(s.code).arg(n)));
        const OperationsProfile &p = s.profile;
        if (!p.initialResponse.isEmpty()) {
            ++withProfile;
            QVERIFY2(!p.escalationContacts.isEmpty() && !p.recoveryPolicy.isEmpty()
                    && !p.traceCheckProcedure.isEmpty() && !p.logShortTerm.isEmpty()
                    && !p.logLongTerm.isEmpty(),
                qPrintable(s.code));
            for (const QString &field : {p.initialResponse, p.escalationContacts, p.recoveryPolicy,
                     p.traceCheckProcedure, p.logShortTerm, p.logLongTerm})
                QVERIFY2(!field.contains(QLatin1Char('%')), qPrintable(s.code)); // all filled in
        }
        if (s.lifecycleState != LifecycleState::Retired && !s.windowSchedule.isEmpty())
            QVERIFY2(windowNames.contains(s.windowSchedule), qPrintable(s.code));
    }
    QVERIFY(japanese >= 10);
    QVERIFY(english >= 5);
    QCOMPARE(exposures.size(), 3);
    QVERIFY2(withProfile >= stats->systems * 3 / 4, qPrintable(QString::number(withProfile)));

    // Profiles follow the system, not one boilerplate.
    QSet<QString> initialResponses;
    for (const System &s : *systems)
        initialResponses.insert(s.profile.initialResponse);
    QVERIFY(initialResponses.size() >= 20);
}

void tst_DemoData::componentsAreWellFormed()
{
    PP_VERIFY_OK(createDemoEstate(*m_db));
    auto components = ComponentRepository(*m_db).findAll();
    PP_VERIFY_OK(components);
    int withCpe = 0;
    int withPurl = 0;
    int withNotes = 0;
    for (const Component &c : *components) {
        const QString what = c.label();
        QVERIFY2(validate(c).isEmpty(),
            qPrintable(what + QStringLiteral(": ") + validate(c).join(QLatin1Char(' '))));
        QVERIFY2(c.instances >= 1 && c.instances <= 20, qPrintable(what));
        QVERIFY2(!c.vendor.isEmpty(), qPrintable(what));
        if (!c.cpe.isEmpty()) {
            ++withCpe;
            QVERIFY2(c.cpe.startsWith(QLatin1String("cpe:2.3:")), qPrintable(c.cpe));
            const QStringList fields = cpeFields(c.cpe);
            QVERIFY2(fields.size() == 13, qPrintable(c.cpe));
            QVERIFY2(QStringList({QStringLiteral("a"), QStringLiteral("o"), QStringLiteral("h")})
                         .contains(fields.at(2)),
                qPrintable(c.cpe));
            for (const QString &f : fields)
                QVERIFY2(!f.isEmpty() && !f.contains(QLatin1Char(' ')), qPrintable(c.cpe));
        }
        if (!c.purl.isEmpty()) {
            ++withPurl;
            QVERIFY2(c.purl.startsWith(QLatin1String("pkg:")) && c.purl.contains(QLatin1Char('@')),
                qPrintable(c.purl));
        }
        withNotes += c.notes.isEmpty() ? 0 : 1;
        QCOMPARE(c.eolProduct.isEmpty(), c.eolCycle.isEmpty());
    }
    QVERIFY(withCpe > components->size() / 2);
    QVERIFY(withPurl >= 5);
    QVERIFY(withNotes >= 20);
}

void tst_DemoData::eolProductsAndCyclesExist()
{
    PP_VERIFY_OK(createDemoEstate(*m_db));
    auto components = ComponentRepository(*m_db).findAll();
    PP_VERIFY_OK(components);
    QHash<QString, QSet<QString>> cyclesOf;
    int linked = 0;
    for (const Component &c : *components) {
        if (c.eolProduct.isEmpty())
            continue;
        ++linked;
        if (!cyclesOf.contains(c.eolProduct)) {
            QFile f(QStringLiteral(PP_TEST_DATA "/endoflife-v0/%1.json").arg(c.eolProduct));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QJsonArray releases = QJsonDocument::fromJson(f.readAll()).array();
            QVERIFY2(!releases.isEmpty(), qPrintable(f.fileName()));
            QSet<QString> cycles;
            for (const QJsonValue &r : releases)
                cycles.insert(r.toObject().value(QLatin1String("cycle")).toString());
            cyclesOf.insert(c.eolProduct, cycles);
        }
        QVERIFY2(cyclesOf.value(c.eolProduct).contains(c.eolCycle),
            qPrintable(QStringLiteral("%1: no cycle %2 in %3.json")
                           .arg(c.label(), c.eolCycle, c.eolProduct)));
    }
    QVERIFY(linked > components->size() / 3);
    QVERIFY(cyclesOf.size() >= 15);
}

void tst_DemoData::sameSeedSameEstate()
{
    PP_VERIFY_OK(createDemoEstate(*m_db, {40, 7}));
    auto other = test::openTemp(*m_dir, QStringLiteral("other.db"));
    QVERIFY(other);
    PP_VERIFY_OK(createDemoEstate(*other, {40, 7}));
    const QList<QJsonObject> mine = snapshot(*m_db);
    QVERIFY(mine.size() > 300);
    QVERIFY(snapshot(*other) == mine);

    auto third = test::openTemp(*m_dir, QStringLiteral("third.db"));
    QVERIFY(third);
    PP_VERIFY_OK(createDemoEstate(*third, {40, 8}));
    QVERIFY(snapshot(*third) != mine);
}

void tst_DemoData::refusesNonEmptyDatabase()
{
    // One system typed in by hand is enough to refuse.
    System mine;
    mine.code = QStringLiteral("OWN-01");
    mine.name = QStringLiteral("自分のシステム");
    PP_VERIFY_OK(SystemRepository(*m_db).insert(mine));
    const Status s = createDemoEstate(*m_db);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, ErrorKind::InputRejected);
    QVERIFY(s.error().message.contains(QLatin1String("empty database")));
    QCOMPARE(InventoryRepository(*m_db).stats()->systems, 1);
    QCOMPARE(*AuditLog(*m_db).count({}), 1);

    // And a demo estate is not poured in twice.
    auto other = test::openTemp(*m_dir, QStringLiteral("other.db"));
    QVERIFY(other);
    PP_VERIFY_OK(createDemoEstate(*other));
    const QList<QJsonObject> before = snapshot(*other);
    const int entries = *AuditLog(*other).count({});
    QCOMPARE(createDemoEstate(*other).error().kind, ErrorKind::InputRejected);
    QVERIFY(snapshot(*other) == before);
    QCOMPARE(*AuditLog(*other).count({}), entries);
}

void tst_DemoData::rejectsOutOfRangeOptions_data()
{
    QTest::addColumn<int>("systems");
    QTest::newRow("none") << 0;
    QTest::newRow("negative") << -3;
    QTest::newRow("too many") << kMaxDemoSystems + 1;
}

void tst_DemoData::rejectsOutOfRangeOptions()
{
    QFETCH(int, systems);
    const Status s = createDemoEstate(*m_db, {systems, 1});
    QVERIFY(!s);
    QCOMPARE(s.error().kind, ErrorKind::Usage);
    QCOMPARE(InventoryRepository(*m_db).stats()->systems, 0);
    QCOMPARE(*AuditLog(*m_db).count({}), 0);
}

void tst_DemoData::everyRecordIsAudited()
{
    PP_VERIFY_OK(createDemoEstate(*m_db));
    auto stats = InventoryRepository(*m_db).stats();
    PP_VERIFY_OK(stats);
    AuditLog audit(*m_db);
    auto verification = audit.verify();
    PP_VERIFY_OK(verification);
    QVERIFY2(verification->intact, qPrintable(verification->reason));
    // One entry per system and component, and the operational records of issue 6: controls
    // and their evidence, acceptances and their approvals, the cadences created and done.
    qint64 operational = 0;
    for (const QString &entity : {QStringLiteral("control"), QStringLiteral("risk_acceptance"),
                                  QStringLiteral("cadence"), QStringLiteral("maintenance_window"),
                                  QStringLiteral("blackout")}) {
        AuditFilter f;
        f.entity = entity;
        const int n = *audit.count(f);
        QVERIFY2(n > 0, qPrintable(entity));
        operational += n;
    }
    QCOMPARE(verification->entries,
             qint64(stats->systems + stats->components) + operational);

    AuditFilter systems;
    systems.entity = QStringLiteral("system");
    QCOMPARE(*audit.count(systems), stats->systems);
    AuditFilter components;
    components.entity = QStringLiteral("component");
    QCOMPARE(*audit.count(components), stats->components);
    AuditFilter creations;
    creations.action = QStringLiteral("create");
    creations.entity = QStringLiteral("system");
    QCOMPARE(*audit.count(creations), stats->systems);
    creations.entity = QStringLiteral("component");
    QCOMPARE(*audit.count(creations), stats->components);
}

void tst_DemoData::smallAndLargeEstates_data()
{
    QTest::addColumn<int>("systems");
    QTest::newRow("one") << 1;
    QTest::newRow("five") << 5;
    QTest::newRow("all hand-written and site copies") << 120;
}

void tst_DemoData::smallAndLargeEstates()
{
    QFETCH(int, systems);
    PP_VERIFY_OK(createDemoEstate(*m_db, {systems, 42}));
    auto all = SystemRepository(*m_db).findAll();
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), systems);
    QSet<QString> names;
    for (const System &s : *all) {
        QVERIFY2(validate(s).isEmpty(), qPrintable(s.code));
        names.insert(s.name);
    }
    QCOMPARE(names.size(), systems);
    auto stats = InventoryRepository(*m_db).stats();
    PP_VERIFY_OK(stats);
    QVERIFY(stats->components >= systems * 3);
    QVERIFY(stats->frozenSystems <= 4); // site copies are never frozen
}

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"
