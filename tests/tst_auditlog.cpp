// The audit chain: every change recorded, and any altered, removed or inserted entry found.
#include "testsupport.h"

#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace pp;

class tst_AuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyChangeIsRecorded();
    void intactChainVerifies();
    void emptyChainVerifies();
    void alteredEntryIsFound();
    void alteredValueIsFound();
    void removedEntryIsFound();
    void removedNewestEntryIsFound();
    void insertedEntryIsFound();
    void rehashedForgeryIsFound();
    void filtersNarrowTheLog();
    void bulkWritesAreRecordedOneByOne();
    void bulkWriteFailsWhole();

private:
    void makeHistory();
    void exec(const QString &sql);
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_AuditLog::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
}

void tst_AuditLog::cleanup()
{
    m_db.reset();
    delete m_dir;
}

void tst_AuditLog::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

void tst_AuditLog::makeHistory()
{
    SystemRepository systems(*m_db);
    System s;
    s.code = QStringLiteral("ERP");
    s.name = QStringLiteral("基幹システム");
    auto stored = systems.insert(s);
    PP_VERIFY_OK(stored);
    System changed = *stored;
    changed.ownerTeam = QStringLiteral("Finance IT");
    PP_VERIFY_OK(systems.update(changed));
    Component c;
    c.systemId = stored->id;
    c.kind = ComponentKind::Os;
    c.vendor = QStringLiteral("Red Hat");
    c.product = QStringLiteral("Enterprise Linux");
    c.version = QStringLiteral("8.10");
    auto comp = ComponentRepository(*m_db).insert(c);
    PP_VERIFY_OK(comp);
    PP_VERIFY_OK(ComponentRepository(*m_db).remove(comp->id, comp->rowVersion));
}

void tst_AuditLog::everyChangeIsRecorded()
{
    makeHistory();
    AuditLog log(*m_db);
    auto entries = log.find({}, 0, 100);
    PP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 4);
    // Newest first.
    const AuditEntry &del = entries->at(0);
    QCOMPARE(del.action, QStringLiteral("delete"));
    QCOMPARE(del.entity, QStringLiteral("component"));
    QVERIFY(del.afterJson.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(del.beforeJson.toUtf8())[QLatin1String("version")].toString(),
             QStringLiteral("8.10"));
    const AuditEntry &upd = entries->at(2);
    QCOMPARE(upd.action, QStringLiteral("update"));
    QCOMPARE(upd.actor, QStringLiteral("tester"));
    QCOMPARE(QJsonDocument::fromJson(upd.beforeJson.toUtf8())[QLatin1String("owner_team")].toString(),
             QString());
    QCOMPARE(QJsonDocument::fromJson(upd.afterJson.toUtf8())[QLatin1String("owner_team")].toString(),
             QStringLiteral("Finance IT"));
    QVERIFY(QDateTime::fromString(upd.at, Qt::ISODate).isValid());
}

void tst_AuditLog::intactChainVerifies()
{
    makeHistory();
    auto v = AuditLog(*m_db).verify();
    PP_VERIFY_OK(v);
    QVERIFY2(v->intact, qPrintable(v->reason));
    QCOMPARE(v->entries, 4);
}

void tst_AuditLog::emptyChainVerifies()
{
    auto v = AuditLog(*m_db).verify();
    PP_VERIFY_OK(v);
    QVERIFY(v->intact);
    QCOMPARE(v->entries, 0);
}

void tst_AuditLog::alteredEntryIsFound()
{
    makeHistory();
    exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2"));
    auto v = AuditLog(*m_db).verify();
    PP_VERIFY_OK(v);
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, 2);
}

void tst_AuditLog::alteredValueIsFound()
{
    makeHistory();
    exec(QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'Finance', 'Sales') "
                        "WHERE id = 2"));
    auto v = AuditLog(*m_db).verify();
    PP_VERIFY_OK(v);
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, 2);
}

void tst_AuditLog::removedEntryIsFound()
{
    makeHistory();
    exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    auto v = AuditLog(*m_db).verify();
    PP_VERIFY_OK(v);
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, 3);
}

void tst_AuditLog::removedNewestEntryIsFound()
{
    makeHistory();
    exec(QStringLiteral("DELETE FROM audit_log WHERE id = 4"));
    auto v = AuditLog(*m_db).verify();
    PP_VERIFY_OK(v);
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, 4);
    QVERIFY(v->reason.contains(QLatin1String("removed")));
}

void tst_AuditLog::insertedEntryIsFound()
{
    makeHistory();
    // A forged entry that copies the hash fields of its neighbour.
    exec(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, "
                        "before_json, after_json, prev_hash, hash) SELECT 100, at, 'mallory', "
                        "action, entity, entity_id, before_json, after_json, prev_hash, hash "
                        "FROM audit_log WHERE id = 4"));
    auto v = AuditLog(*m_db).verify();
    PP_VERIFY_OK(v);
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, 100);
}

void tst_AuditLog::rehashedForgeryIsFound()
{
    // Someone who knows the hash rule rewrites entry 2 and recomputes its hash: the next entry
    // no longer follows it.
    makeHistory();
    AuditLog log(*m_db);
    auto all = log.find({}, 0, 10);
    PP_VERIFY_OK(all);
    AuditEntry e = all->at(2);
    QCOMPARE(e.id, 2);
    e.actor = QStringLiteral("mallory");
    const QString forged = e.computeHash();
    exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory', hash = '%1' WHERE id = 2").arg(forged));
    auto v = log.verify();
    PP_VERIFY_OK(v);
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, 3);
}

void tst_AuditLog::filtersNarrowTheLog()
{
    makeHistory();
    AuditLog log(*m_db);
    AuditFilter f;
    f.entity = QStringLiteral("component");
    QCOMPARE(*log.count(f), 2);
    f = {};
    f.action = QStringLiteral("update");
    QCOMPARE(*log.count(f), 1);
    f = {};
    f.text = QStringLiteral("基幹");
    QCOMPARE(*log.count(f), 2);
    f = {};
    f.actor = QStringLiteral("nobody");
    QCOMPARE(*log.count(f), 0);
    f = {};
    f.from = QDate::currentDate().addDays(1);
    QCOMPARE(*log.count(f), 0);
    f.from = QDate::currentDate().addDays(-1);
    f.to = QDate::currentDate().addDays(1);
    QCOMPARE(*log.count(f), 4);
    QCOMPARE(*log.actors(), QStringList{QStringLiteral("tester")});
    auto page = log.find({}, 1, 2);
    PP_VERIFY_OK(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->first().id, 3);
}

// insertMany()/updateMany() (the inventory import's path) store what insert()/update() store,
// one audit entry per component chained like single appends, and a duplicate fails them all.
namespace {
QList<Component> someComponents(qint64 systemId, int n)
{
    QList<Component> out;
    for (int i = 0; i < n; ++i) {
        Component c;
        c.systemId = systemId;
        c.kind = i % 2 ? ComponentKind::Middleware : ComponentKind::Os;
        c.vendor = QStringLiteral(" Vendor %1 ").arg(i); // trimmed when stored
        c.product = QStringLiteral("Product'; DROP TABLE components; --%1").arg(i);
        c.version = QStringLiteral("1.%1").arg(i);
        c.cpe = QStringLiteral("cpe:2.3:a:v:p%1:1.%1:*:*:*:*:*:*:*").arg(i);
        c.instances = i;
        out << c;
    }
    return out;
}
} // namespace

void tst_AuditLog::bulkWritesAreRecordedOneByOne()
{
    System s;
    s.code = QStringLiteral("BULK");
    s.name = QStringLiteral("Bulk");
    auto stored = SystemRepository(*m_db).insert(s);
    PP_VERIFY_OK(stored);
    ComponentRepository repo(*m_db);
    auto before = AuditLog(*m_db).count({});
    PP_VERIFY_OK(before);

    auto created = repo.insertMany(someComponents(stored->id, 40));
    PP_VERIFY_OK(created);
    QCOMPARE(created->size(), 40);
    for (const Component &c : std::as_const(*created)) {
        auto reread = repo.findById(c.id);
        PP_VERIFY_OK(reread);
        QVERIFY(reread->has_value());
        QVERIFY(c.sameContent(**reread));
        QCOMPARE(c.rowVersion, (*reread)->rowVersion);
        QCOMPARE(c.vendor, (*reread)->vendor);
        QCOMPARE(c.updatedAt, (*reread)->updatedAt);
    }
    QList<Component> changed = *created;
    for (Component &c : changed)
        c.instances += 100;
    auto updated = repo.updateMany(changed);
    PP_VERIFY_OK(updated);
    for (const Component &c : std::as_const(*updated)) {
        auto reread = repo.findById(c.id);
        PP_VERIFY_OK(reread);
        QVERIFY(c.sameContent(**reread));
        QCOMPARE((*reread)->rowVersion, 2);
        QCOMPARE(c.rowVersion, 2);
    }

    auto after = AuditLog(*m_db).count({});
    PP_VERIFY_OK(after);
    QCOMPARE(*after - *before, 80);
    auto entries = AuditLog(*m_db).find({}, 0, 80);
    PP_VERIFY_OK(entries);
    // Newest first: the last update, of the last component, with its values before and after.
    const AuditEntry &newest = entries->constFirst();
    QCOMPARE(newest.action, QStringLiteral("update"));
    QCOMPARE(newest.entityId, updated->constLast().id);
    QCOMPARE(QJsonDocument::fromJson(newest.beforeJson.toUtf8()).object().value(
                 QStringLiteral("instances")).toInt(), 39);
    QCOMPARE(QJsonDocument::fromJson(newest.afterJson.toUtf8()).object().value(
                 QStringLiteral("instances")).toInt(), 139);
    QCOMPARE(entries->constLast().action, QStringLiteral("create"));
    QCOMPARE(entries->constLast().entityId, created->constFirst().id);
    auto verified = AuditLog(*m_db).verify();
    PP_VERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->reason));
    auto head = AuditLog(*m_db).headId();
    PP_VERIFY_OK(head);
    QCOMPARE(*head, newest.id);

    // A stale row version fails the whole update, and nothing of it stays.
    auto stale = repo.updateMany(changed); // still at row version 1
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    auto unchanged = AuditLog(*m_db).count({});
    PP_VERIFY_OK(unchanged);
    QCOMPARE(*unchanged, *after);
}

void tst_AuditLog::bulkWriteFailsWhole()
{
    System s;
    s.code = QStringLiteral("BULK");
    s.name = QStringLiteral("Bulk");
    auto stored = SystemRepository(*m_db).insert(s);
    PP_VERIFY_OK(stored);
    ComponentRepository repo(*m_db);
    QList<Component> list = someComponents(stored->id, 10);
    list << list.at(3); // the same component twice: the UNIQUE constraint refuses it
    QVERIFY(!repo.insertMany(list));
    auto all = repo.findAll();
    PP_VERIFY_OK(all);
    QVERIFY(all->isEmpty());
    auto verified = AuditLog(*m_db).verify();
    PP_VERIFY_OK(verified);
    QVERIFY(verified->intact);
    QCOMPARE(verified->entries, qint64(1)); // the system's creation only

    QList<Component> invalid = someComponents(stored->id, 3);
    invalid[1].product.clear();
    auto refused = repo.insertMany(invalid);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InputRejected);
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
