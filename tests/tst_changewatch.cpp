// Others' changes reach an open window: two Workspaces (two connections, as two processes or two
// colleagues would have) on one SQLite file or one PostgreSQL database. A change made through one
// appears in the other's models within seconds, says who made it, and a Workspace's own changes
// never make it reload a second time. On PostgreSQL the announcement itself is checked too: one
// NOTIFY per committed transaction, carrying the audit head id, none for a rollback.
#include "testsupport.h"

#include "models/changewatcher.h"
#include "models/itemmodels/systemtablemodel.h"
#include "models/storage/auditlog.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QThread>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace pp;

class tst_ChangeWatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addedSystemAppearsInOtherWorkspace();
    void editAndDeleteNameTheActor();
    void rawSecondConnectionIsNoticed();
    void ownChangesDoNotReload();
    void bothDirectionsAtOnce();
    void largeChangeIsReportedAsEverything();
    void notificationCarriesAuditHead();
    void notificationDuringOwnQueryIsNotLost();
    void stopsWithTheDatabase();
    void latency();

private:
    std::unique_ptr<Workspace> openWorkspace(const QString &actor);
    std::unique_ptr<Database> openDatabase(const QString &actor);
    static System makeSystem(const QString &code);

    QTemporaryDir *m_dir = nullptr;
    QString m_location;
};

/// How long a change may take to show: the SQLite poll runs every second.
constexpr int kTimeoutMs = 5000;

void tst_ChangeWatch::init()
{
    m_dir = new QTemporaryDir;
    auto db = test::openTemp(*m_dir); // creates and migrates it
    QVERIFY(db);
    m_location = db->location();
}

void tst_ChangeWatch::cleanup()
{
    delete m_dir;
}

std::unique_ptr<Database> tst_ChangeWatch::openDatabase(const QString &actor)
{
    auto db = Database::open(m_location);
    if (!db) {
        qWarning("open failed: %s", qPrintable(db.error().message));
        return nullptr;
    }
    (*db)->setActor(actor);
    return std::move(*db);
}

std::unique_ptr<Workspace> tst_ChangeWatch::openWorkspace(const QString &actor)
{
    auto db = openDatabase(actor);
    if (!db)
        return nullptr;
    auto ws = std::make_unique<Workspace>();
    ws->setDatabase(std::move(db));
    return ws;
}

System tst_ChangeWatch::makeSystem(const QString &code)
{
    System s;
    s.code = code;
    s.name = QStringLiteral("System %1").arg(code);
    return s;
}

void tst_ChangeWatch::addedSystemAppearsInOtherWorkspace()
{
    auto alice = openWorkspace(QStringLiteral("alice"));
    auto bob = openWorkspace(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    QVERIFY(bob->changeWatcher() && bob->changeWatcher()->isWatching());
    QCOMPARE(bob->changeWatcher()->isListening(), test::isPostgres());
    SystemTableModel bobsTable(bob.get());
    QCOMPARE(bobsTable.rowCount(), 0);
    QSignalSpy elsewhere(bob.get(), &Workspace::changedElsewhere);

    const qint64 id = alice->addSystem(makeSystem(QStringLiteral("CRM")));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(bobsTable.rowCount(), 1, kTimeoutMs);
    QCOMPARE(bobsTable.systemAt(0).code, QStringLiteral("CRM"));
    QCOMPARE(elsewhere.count(), 1);
    const auto changes = elsewhere.at(0).at(0).value<ExternalChanges>();
    QVERIFY(!changes.everything);
    QCOMPARE(changes.changes.size(), 1);
    QCOMPARE(changes.changes.at(0).entity, QStringLiteral("system"));
    QCOMPARE(changes.changes.at(0).entityId, id);
    QCOMPARE(changes.changes.at(0).action, QStringLiteral("create"));
    QCOMPARE(changes.changes.at(0).actor, QStringLiteral("alice"));
    QVERIFY(changes.changes.at(0).at.isValid());
    QCOMPARE(changes.changes.at(0).at.timeSpec(), Qt::UTC);
}

void tst_ChangeWatch::editAndDeleteNameTheActor()
{
    auto alice = openWorkspace(QStringLiteral("alice"));
    auto bob = openWorkspace(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const qint64 id = alice->addSystem(makeSystem(QStringLiteral("ERP")));
    QVERIFY(id > 0);
    SystemTableModel bobsTable(bob.get());
    QTRY_COMPARE_WITH_TIMEOUT(bobsTable.rowCount(), 1, kTimeoutMs);

    QSignalSpy elsewhere(bob.get(), &Workspace::changedElsewhere);
    System edited = **alice->system(id);
    edited.ownerTeam = QStringLiteral("Finance IT");
    QVERIFY(alice->editSystem(edited));
    QTRY_COMPARE_WITH_TIMEOUT(bobsTable.systemAt(0).ownerTeam, QStringLiteral("Finance IT"),
                              kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, kTimeoutMs);
    auto changes = elsewhere.takeFirst().at(0).value<ExternalChanges>();
    const auto latest = changes.latestFor(QStringLiteral("system"), id);
    QVERIFY(latest.has_value());
    QCOMPARE(latest->action, QStringLiteral("update"));
    QCOMPARE(latest->actor, QStringLiteral("alice"));
    QVERIFY(!changes.latestFor(QStringLiteral("system"), id + 1000).has_value());
    QVERIFY(changes.touches(QStringLiteral("system")));
    QVERIFY(!changes.touches(QStringLiteral("component")));

    QVERIFY(alice->deleteSystem(id, edited.rowVersion + 1));
    QTRY_COMPARE_WITH_TIMEOUT(bobsTable.rowCount(), 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, kTimeoutMs);
    changes = elsewhere.takeFirst().at(0).value<ExternalChanges>();
    QCOMPARE(changes.latestFor(QStringLiteral("system"), id)->action, QStringLiteral("delete"));
}

void tst_ChangeWatch::rawSecondConnectionIsNoticed()
{
    // Another process writes through the repositories directly (the command line does).
    auto ws = openWorkspace(QStringLiteral("window"));
    auto cli = openDatabase(QStringLiteral("script"));
    QVERIFY(ws && cli);
    QSignalSpy systems(ws.get(), &Workspace::systemsChanged);
    QSignalSpy elsewhere(ws.get(), &Workspace::changedElsewhere);
    PP_VERIFY_OK(SystemRepository(*cli).insert(makeSystem(QStringLiteral("WEB"))));
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, kTimeoutMs);
    QCOMPARE(systems.count(), 1);
    auto list = ws->systems();
    PP_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(elsewhere.at(0).at(0).value<ExternalChanges>().changes.at(0).actor,
             QStringLiteral("script"));
}

void tst_ChangeWatch::ownChangesDoNotReload()
{
    auto alice = openWorkspace(QStringLiteral("alice"));
    auto bob = openWorkspace(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    QSignalSpy aliceElsewhere(alice.get(), &Workspace::changedElsewhere);
    QSignalSpy aliceSystems(alice.get(), &Workspace::systemsChanged);
    QSignalSpy bobElsewhere(bob.get(), &Workspace::changedElsewhere);

    const qint64 id = alice->addSystem(makeSystem(QStringLiteral("HR")));
    QVERIFY(id > 0);
    System s = **alice->system(id);
    s.name = QStringLiteral("Human resources");
    QVERIFY(alice->editSystem(s));
    alice->undoStack()->undo();
    QCOMPARE(aliceSystems.count(), 3); // add, edit, undo: one reload each, from the commands

    QTRY_VERIFY_WITH_TIMEOUT(bobElsewhere.count() >= 1, kTimeoutMs);
    // Several more poll periods: nothing more arrives at alice's, whose changes these were.
    QTest::qWait(2500);
    QCOMPARE(aliceElsewhere.count(), 0);
    QCOMPARE(aliceSystems.count(), 3);
    int bobChanges = 0;
    for (const auto &signal : std::as_const(bobElsewhere))
        bobChanges += int(signal.at(0).value<ExternalChanges>().changes.size());
    QCOMPARE(bobChanges, 3);
}

void tst_ChangeWatch::bothDirectionsAtOnce()
{
    // Alice and Bob both change things before either looks: each is told only of the other's.
    auto alice = openWorkspace(QStringLiteral("alice"));
    auto bob = openWorkspace(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    QSignalSpy aliceElsewhere(alice.get(), &Workspace::changedElsewhere);
    QSignalSpy bobElsewhere(bob.get(), &Workspace::changedElsewhere);
    const qint64 a = alice->addSystem(makeSystem(QStringLiteral("A-1")));
    const qint64 b = bob->addSystem(makeSystem(QStringLiteral("B-1")));
    QVERIFY(a > 0 && b > 0);
    QTRY_COMPARE_WITH_TIMEOUT(aliceElsewhere.count(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(bobElsewhere.count(), 1, kTimeoutMs);
    const auto forAlice = aliceElsewhere.at(0).at(0).value<ExternalChanges>();
    const auto forBob = bobElsewhere.at(0).at(0).value<ExternalChanges>();
    QCOMPARE(forAlice.changes.size(), 1);
    QCOMPARE(forAlice.changes.at(0).entityId, b);
    QCOMPARE(forBob.changes.size(), 1);
    QCOMPARE(forBob.changes.at(0).entityId, a);
}

void tst_ChangeWatch::largeChangeIsReportedAsEverything()
{
    auto alice = openWorkspace(QStringLiteral("alice"));
    auto bob = openWorkspace(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    QSignalSpy bobElsewhere(bob.get(), &Workspace::changedElsewhere);
    QSignalSpy bobSystems(bob.get(), &Workspace::systemsChanged);
    QSignalSpy bobComponents(bob.get(), &Workspace::componentsChanged);
    // An import: one transaction, more entries than are worth listing.
    PP_VERIFY_OK(alice->transaction([&]() -> Status {
        for (int i = 0; i <= ChangeWatcher::kMaxListed; ++i) {
            auto stored = alice->insertSystem(makeSystem(QStringLiteral("S-%1").arg(i)));
            if (!stored)
                return stored.error();
        }
        return {};
    }));
    QTRY_COMPARE_WITH_TIMEOUT(bobElsewhere.count(), 1, kTimeoutMs);
    QVERIFY(bobElsewhere.at(0).at(0).value<ExternalChanges>().everything);
    QCOMPARE(bobSystems.count(), 1);
    QCOMPARE(bobComponents.count(), 1);
    QCOMPARE(bob->systems()->size(), ChangeWatcher::kMaxListed + 1);
}

void tst_ChangeWatch::notificationCarriesAuditHead()
{
    if (!test::isPostgres())
        QSKIP("LISTEN/NOTIFY is PostgreSQL's");
    auto writer = openDatabase(QStringLiteral("alice"));
    auto listener = openDatabase(QStringLiteral("bob"));
    QVERIFY(writer && listener);
    PP_VERIFY_OK(listener->subscribeToChanges());
    QSqlDriver *driver = listener->connection().driver();
    QSignalSpy notified(driver, qOverload<const QString &, QSqlDriver::NotificationSource,
                                          const QVariant &>(&QSqlDriver::notification));

    // One transaction with three audit entries: one notification, the newest entry's id.
    PP_VERIFY_OK(writer->transaction([&]() -> Status {
        for (const char *code : {"N-1", "N-2", "N-3"}) {
            auto stored = SystemRepository(*writer).insert(makeSystem(QString::fromLatin1(code)));
            if (!stored)
                return stored.error();
        }
        return {};
    }));
    auto head = AuditLog(*writer).headId();
    PP_VERIFY_OK(head);
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, kTimeoutMs);
    QCOMPARE(notified.at(0).at(0).toString(), SqlDialect::changeChannel());
    QCOMPARE(notified.at(0).at(1).value<QSqlDriver::NotificationSource>(),
             QSqlDriver::OtherSource);
    QCOMPARE(notified.at(0).at(2).toString(), QString::number(*head));

    // A rolled-back transaction announces nothing.
    Status failed = writer->transaction([&]() -> Status {
        if (auto s = SystemRepository(*writer).insert(makeSystem(QStringLiteral("N-4"))); !s)
            return s.error();
        return fail(QStringLiteral("changed my mind"));
    });
    QVERIFY(!failed);
    QTest::qWait(500);
    QCOMPARE(notified.count(), 1);
}

void tst_ChangeWatch::notificationDuringOwnQueryIsNotLost()
{
    // Bob's window is busy with its own queries when Alice's announcement arrives: the driver
    // reads it along with a query result, and must still report it.
    auto alice = openWorkspace(QStringLiteral("alice"));
    auto bob = openWorkspace(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    QSignalSpy elsewhere(bob.get(), &Workspace::changedElsewhere);
    QVERIFY(alice->addSystem(makeSystem(QStringLiteral("BUSY-1"))) > 0);
    QThread::msleep(200); // the server has sent it to Bob's connection by now
    for (int i = 0; i < 3; ++i)
        PP_VERIFY_OK(bob->systems()); // no event loop in between
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, kTimeoutMs);
}

void tst_ChangeWatch::stopsWithTheDatabase()
{
    auto ws = openWorkspace(QStringLiteral("alice"));
    QVERIFY(ws);
    QVERIFY(ws->changeWatcher());
    ws->close();
    QVERIFY(!ws->changeWatcher());
    // A new database gets a new watcher.
    ws->setDatabase(openDatabase(QStringLiteral("alice")));
    QVERIFY(ws->changeWatcher() && ws->changeWatcher()->isWatching());
}

void tst_ChangeWatch::latency()
{
    // How long a change takes to show in the other window: printed for the record, and bounded.
    auto alice = openWorkspace(QStringLiteral("alice"));
    auto bob = openWorkspace(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    SystemTableModel bobsTable(bob.get());
    QList<qint64> samples;
    for (int i = 0; i < 5; ++i) {
        // Start at a random point of the poll period, as a real colleague would.
        QTest::qWait(137 * (i + 1) % 1000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(alice->addSystem(makeSystem(QStringLiteral("L-%1").arg(i))) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(bobsTable.rowCount(), i + 1, kTimeoutMs);
        samples << timer.elapsed();
    }
    std::sort(samples.begin(), samples.end());
    qInfo("change propagation on %s: median %lld ms, max %lld ms (poll interval %d ms%s)",
          test::isPostgres() ? "PostgreSQL" : "SQLite", samples.at(samples.size() / 2),
          samples.constLast(), bob->changeWatcher()->pollInterval(),
          bob->changeWatcher()->isListening() ? ", not used: LISTEN/NOTIFY" : "");
    QVERIFY(samples.constLast() < 3000);
}

QTEST_GUILESS_MAIN(tst_ChangeWatch)
#include "tst_changewatch.moc"
