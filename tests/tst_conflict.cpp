// Concurrent edits of one record: the comparison the conflict dialog shows (a pure function of
// two records), and the Workspace's part of settling a conflict: a stale save comes back as a
// Conflict without a failure message, the conflict names the stored version and who made it, and
// a deliberate overwrite is an ordinary undoable, audited edit based on that stored version.
#include "testsupport.h"

#include "models/editconflict.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

class tst_Conflict : public QObject
{
    Q_OBJECT

private slots:
    // The comparison: a pure function (the database init() opens is not used).
    void identicalRecordsHaveNoDifferences();
    void differingFields_data();
    void differingFields();
    void idVersionAndTimeAreIgnored();
    void baseTellsWhoChangedWhat();
    void deletedRecordListsWhatIWouldBringBack();
    void componentsNameTheirSystems();

    // The Workspace.
    void init();
    void cleanup();
    void staleSaveReturnsConflictQuietly();
    void conflictDescribesStoredVersion();
    void overwriteIsAnUndoableAuditedEdit();
    void overwriteOfAChangedAgainRecordConflictsAgain();
    void overwriteOfDeletedRecordAddsItAgain();
    void componentConflictAndOverwrite();
    void editSystemStillReportsConflicts();

private:
    static System sample();
    std::unique_ptr<Database> otherUser();

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

System tst_Conflict::sample()
{
    System s;
    s.id = 7;
    s.code = QStringLiteral("CRM");
    s.name = QStringLiteral("Customer relations");
    s.ownerTeam = QStringLiteral("Sales IT");
    s.criticality = 2;
    s.environment = Environment::Production;
    s.profile.traceCheckProcedure = QStringLiteral("痕跡確認: EDR timeline");
    s.rowVersion = 3;
    return s;
}

void tst_Conflict::identicalRecordsHaveNoDifferences()
{
    QVERIFY(compareSystems(sample(), sample()).isEmpty());
    QVERIFY(compareSystems(sample(), sample(), sample()).isEmpty());
    Component c;
    c.product = QStringLiteral("nginx");
    QVERIFY(compareComponents(c, c).isEmpty());
}

void tst_Conflict::differingFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");

    QTest::newRow("text") << "owner_team" << "Owner team" << "Sales IT" << "Finance IT";
    QTest::newRow("criticality") << "criticality" << "Criticality" << "Tier 2" << "Tier 1";
    QTest::newRow("environment") << "environment" << "Environment" << "Production" << "Staging";
    QTest::newRow("exposure") << "exposure" << "Exposure" << "Internal" << "Internet-facing";
    QTest::newRow("lifecycle") << "lifecycle_state" << "Lifecycle state" << "Active" << "Frozen";
    QTest::newRow("profile") << "trace_check_procedure" << "Trace check"
                             << "痕跡確認: EDR timeline" << "痕跡確認: proxy logs";
    QTest::newRow("emptied") << "name" << "Name" << "Customer relations" << "";
}

void tst_Conflict::differingFields()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);

    System other = sample();
    if (key == QLatin1String("owner_team"))
        other.ownerTeam = QStringLiteral("Finance IT");
    else if (key == QLatin1String("criticality"))
        other.criticality = 1;
    else if (key == QLatin1String("environment"))
        other.environment = Environment::Staging;
    else if (key == QLatin1String("exposure"))
        other.exposure = Exposure::Internet;
    else if (key == QLatin1String("lifecycle_state"))
        other.lifecycleState = LifecycleState::Frozen;
    else if (key == QLatin1String("trace_check_procedure"))
        other.profile.traceCheckProcedure = QStringLiteral("痕跡確認: proxy logs");
    else if (key == QLatin1String("name"))
        other.name.clear();

    const QList<FieldDifference> diff = compareSystems(sample(), other);
    QCOMPARE(diff.size(), 1);
    QCOMPARE(diff.at(0).key, key);
    QCOMPARE(diff.at(0).label, label);
    QCOMPARE(diff.at(0).mine, mine);
    QCOMPARE(diff.at(0).theirs, theirs);
    // Without a base nobody is blamed.
    QVERIFY(!diff.at(0).changedByMe && !diff.at(0).changedByThem);
}

void tst_Conflict::idVersionAndTimeAreIgnored()
{
    System other = sample();
    other.id = 8;
    other.rowVersion = 9;
    other.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(compareSystems(sample(), other).isEmpty());
}

void tst_Conflict::baseTellsWhoChangedWhat()
{
    const System base = sample();
    System mine = base;
    mine.ownerTeam = QStringLiteral("Platform team"); // only I changed this
    mine.criticality = 1;                              // both of us, differently
    System theirs = base;
    theirs.criticality = 3;
    theirs.opsContact = QStringLiteral("oncall@example.jp"); // only they changed this

    const QList<FieldDifference> diff = compareSystems(mine, theirs, base);
    QCOMPARE(diff.size(), 3);
    // In the editor's order: owner team, ops contact, criticality.
    QCOMPARE(diff.at(0).key, QStringLiteral("owner_team"));
    QVERIFY(diff.at(0).changedByMe && !diff.at(0).changedByThem);
    QCOMPARE(diff.at(1).key, QStringLiteral("ops_contact"));
    QVERIFY(!diff.at(1).changedByMe && diff.at(1).changedByThem);
    QCOMPARE(diff.at(1).mine, QString());
    QCOMPARE(diff.at(1).theirs, QStringLiteral("oncall@example.jp"));
    QCOMPARE(diff.at(2).key, QStringLiteral("criticality"));
    QVERIFY(diff.at(2).changedByMe && diff.at(2).changedByThem);
}

void tst_Conflict::deletedRecordListsWhatIWouldBringBack()
{
    const QList<FieldDifference> diff = compareSystems(sample(), std::nullopt, sample());
    QStringList keys;
    for (const FieldDifference &d : diff) {
        keys << d.key;
        QVERIFY(d.theirs.isEmpty());
        QVERIFY(d.changedByThem);
        QVERIFY(!d.changedByMe);
    }
    // Every field with a value; the empty ones (description, ops contact...) are left out.
    QCOMPARE(keys, (QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                QStringLiteral("owner_team"), QStringLiteral("criticality"),
                                QStringLiteral("environment"), QStringLiteral("exposure"),
                                QStringLiteral("lifecycle_state"),
                                QStringLiteral("trace_check_procedure")}));
}

void tst_Conflict::componentsNameTheirSystems()
{
    Component mine;
    mine.systemId = 1;
    mine.kind = ComponentKind::Database;
    mine.product = QStringLiteral("PostgreSQL");
    mine.version = QStringLiteral("15.4");
    mine.instances = 2;
    Component theirs = mine;
    theirs.systemId = 2;
    theirs.kind = ComponentKind::Middleware;
    theirs.instances = 3;
    const QHash<qint64, QString> names{{1, QStringLiteral("CRM \u2014 Customer relations")},
                                       {2, QStringLiteral("ERP \u2014 Enterprise resources")}};
    const QList<FieldDifference> diff = compareComponents(mine, theirs, std::nullopt, names);
    QCOMPARE(diff.size(), 3);
    QCOMPARE(diff.at(0).label, QStringLiteral("System"));
    QCOMPARE(diff.at(0).mine, QStringLiteral("CRM \u2014 Customer relations"));
    QCOMPARE(diff.at(0).theirs, QStringLiteral("ERP \u2014 Enterprise resources"));
    QCOMPARE(diff.at(1).mine, QStringLiteral("Database"));
    QCOMPARE(diff.at(1).theirs, QStringLiteral("Middleware"));
    QCOMPARE(diff.at(2).key, QStringLiteral("instances"));
    QCOMPARE(diff.at(2).mine, QStringLiteral("2"));
    QCOMPARE(diff.at(2).theirs, QStringLiteral("3"));
    // A system missing from the names is still named.
    theirs.systemId = 99;
    QCOMPARE(compareComponents(mine, theirs, std::nullopt, names).at(0).theirs,
             QStringLiteral("System #99"));
}

// --- Workspace ------------------------------------------------------------------------------

void tst_Conflict::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    auto db = test::openTemp(*m_dir);
    QVERIFY(db);
    m_ws->setDatabase(std::move(db));
}

void tst_Conflict::cleanup()
{
    delete m_ws;
    m_ws = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

std::unique_ptr<Database> tst_Conflict::otherUser()
{
    auto db = Database::open(m_ws->location());
    if (!db)
        return nullptr;
    (*db)->setActor(QStringLiteral("colleague"));
    return std::move(*db);
}

void tst_Conflict::staleSaveReturnsConflictQuietly()
{
    System s = sample();
    s.id = 0;
    const qint64 id = m_ws->addSystem(s);
    QVERIFY(id > 0);
    const System mine0 = **m_ws->system(id);

    auto other = otherUser();
    System theirs = mine0;
    theirs.ownerTeam = QStringLiteral("Finance IT");
    PP_VERIFY_OK(SystemRepository(*other).update(theirs));

    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    QSignalSpy reloaded(m_ws, &Workspace::systemsChanged);
    System mine = mine0;
    mine.name = QStringLiteral("CRM suite");
    const Status st = m_ws->saveSystem(mine);
    QVERIFY(!st);
    QCOMPARE(st.error().kind, ErrorKind::Conflict);
    QCOMPARE(failed.count(), 0);   // the caller shows the dialog, not a failure message
    QVERIFY(reloaded.count() >= 1); // but the views show what is stored now
    QCOMPARE(m_ws->undoStack()->count(), 1); // only the add
    QCOMPARE((*m_ws->system(id))->name, QStringLiteral("Customer relations"));

    // Nothing to conflict with: saved as usual.
    System fresh = **m_ws->system(id);
    fresh.name = QStringLiteral("CRM suite");
    PP_VERIFY_OK(m_ws->saveSystem(fresh));
    QCOMPARE((*m_ws->system(id))->name, QStringLiteral("CRM suite"));
}

void tst_Conflict::conflictDescribesStoredVersion()
{
    System s = sample();
    s.id = 0;
    const qint64 id = m_ws->addSystem(s);
    const System base = **m_ws->system(id);
    auto other = otherUser();
    System theirs = base;
    theirs.ownerTeam = QStringLiteral("Finance IT");
    auto stored = SystemRepository(*other).update(theirs);
    PP_VERIFY_OK(stored);

    System mine = base;
    mine.name = QStringLiteral("CRM suite");
    auto conflict = m_ws->systemConflict(mine, base);
    PP_VERIFY_OK(conflict);
    QCOMPARE(conflict->entity, QStringLiteral("system"));
    QCOMPARE(conflict->id, id);
    QCOMPARE(conflict->recordLabel, QStringLiteral("CRM"));
    QVERIFY(!conflict->deleted);
    QCOMPARE(conflict->theirVersion, stored->rowVersion);
    QCOMPARE(conflict->actor, QStringLiteral("colleague"));
    QVERIFY(conflict->at.isValid());
    QCOMPARE(conflict->differences.size(), 2);
    QCOMPARE(conflict->differences.at(0).key, QStringLiteral("name"));
    QVERIFY(conflict->differences.at(0).changedByMe);
    QCOMPARE(conflict->differences.at(1).key, QStringLiteral("owner_team"));
    QVERIFY(conflict->differences.at(1).changedByThem);
    QCOMPARE(conflict->differences.at(1).theirs, QStringLiteral("Finance IT"));
}

void tst_Conflict::overwriteIsAnUndoableAuditedEdit()
{
    System s = sample();
    s.id = 0;
    const qint64 id = m_ws->addSystem(s);
    const System base = **m_ws->system(id);
    auto other = otherUser();
    System theirs = base;
    theirs.ownerTeam = QStringLiteral("Finance IT");
    PP_VERIFY_OK(SystemRepository(*other).update(theirs));

    System mine = base;
    mine.ownerTeam = QStringLiteral("Platform team");
    QCOMPARE(m_ws->saveSystem(mine).error().kind, ErrorKind::Conflict);
    auto conflict = m_ws->systemConflict(mine, base);
    PP_VERIFY_OK(conflict);
    const int entriesBefore = *m_ws->auditCount({});
    auto overwritten = m_ws->overwriteSystem(mine, *conflict);
    PP_VERIFY_OK(overwritten);
    QCOMPARE(*overwritten, id);
    QCOMPARE((*m_ws->system(id))->ownerTeam, QStringLiteral("Platform team"));

    // Audited: my update, from their values to mine.
    QCOMPARE(*m_ws->auditCount({}), entriesBefore + 1);
    const AuditEntry entry = m_ws->auditEntries({}, 0, 1)->first();
    QCOMPARE(entry.action, QStringLiteral("update"));
    QCOMPARE(entry.actor, QStringLiteral("tester"));
    QCOMPARE(QJsonDocument::fromJson(entry.beforeJson.toUtf8()).object().value(
                 QStringLiteral("owner_team")).toString(),
             QStringLiteral("Finance IT"));
    QCOMPARE(QJsonDocument::fromJson(entry.afterJson.toUtf8()).object().value(
                 QStringLiteral("owner_team")).toString(),
             QStringLiteral("Platform team"));

    // Undoable: back to their values, not to what I started from.
    QCOMPARE(m_ws->undoStack()->count(), 2);
    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->system(id))->ownerTeam, QStringLiteral("Finance IT"));
    m_ws->undoStack()->redo();
    QCOMPARE((*m_ws->system(id))->ownerTeam, QStringLiteral("Platform team"));
}

void tst_Conflict::overwriteOfAChangedAgainRecordConflictsAgain()
{
    System s = sample();
    s.id = 0;
    const qint64 id = m_ws->addSystem(s);
    const System base = **m_ws->system(id);
    auto other = otherUser();
    System theirs = base;
    theirs.ownerTeam = QStringLiteral("Finance IT");
    auto first = SystemRepository(*other).update(theirs);
    PP_VERIFY_OK(first);

    System mine = base;
    mine.ownerTeam = QStringLiteral("Platform team");
    auto conflict = m_ws->systemConflict(mine, base);
    PP_VERIFY_OK(conflict);
    // While the user looks at the dialog, the colleague saves again.
    System again = *first;
    again.ownerTeam = QStringLiteral("Security office");
    PP_VERIFY_OK(SystemRepository(*other).update(again));

    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    auto overwritten = m_ws->overwriteSystem(mine, *conflict);
    QVERIFY(!overwritten);
    QCOMPARE(overwritten.error().kind, ErrorKind::Conflict);
    QCOMPARE(failed.count(), 0);
    QCOMPARE((*m_ws->system(id))->ownerTeam, QStringLiteral("Security office"));
    auto next = m_ws->systemConflict(mine, base);
    PP_VERIFY_OK(next);
    QCOMPARE(next->differences.at(0).theirs, QStringLiteral("Security office"));
}

void tst_Conflict::overwriteOfDeletedRecordAddsItAgain()
{
    System s = sample();
    s.id = 0;
    const qint64 id = m_ws->addSystem(s);
    const System base = **m_ws->system(id);
    auto other = otherUser();
    PP_VERIFY_OK(SystemRepository(*other).remove(id, base.rowVersion));

    System mine = base;
    mine.name = QStringLiteral("CRM suite");
    const Status st = m_ws->saveSystem(mine);
    QCOMPARE(st.error().kind, ErrorKind::Conflict);
    auto conflict = m_ws->systemConflict(mine, base);
    PP_VERIFY_OK(conflict);
    QVERIFY(conflict->deleted);
    QCOMPARE(conflict->actor, QStringLiteral("colleague"));
    QCOMPARE(conflict->recordLabel, QStringLiteral("CRM"));
    auto added = m_ws->overwriteSystem(mine, *conflict);
    PP_VERIFY_OK(added);
    QVERIFY(*added != id);
    auto back = m_ws->system(*added);
    PP_VERIFY_OK(back);
    QCOMPARE((*back)->name, QStringLiteral("CRM suite"));
    m_ws->undoStack()->undo();
    QVERIFY(!m_ws->system(*added)->has_value());
}

void tst_Conflict::componentConflictAndOverwrite()
{
    System s = sample();
    s.id = 0;
    const qint64 systemId = m_ws->addSystem(s);
    Component c;
    c.systemId = systemId;
    c.kind = ComponentKind::Database;
    c.product = QStringLiteral("PostgreSQL");
    c.version = QStringLiteral("15.4");
    const qint64 id = m_ws->addComponent(c);
    QVERIFY(id > 0);
    const Component base = **m_ws->component(id);
    auto other = otherUser();
    Component theirs = base;
    theirs.instances = 4;
    PP_VERIFY_OK(ComponentRepository(*other).update(theirs));

    Component mine = base;
    mine.notes = QStringLiteral("TLS terminated at the load balancer");
    QCOMPARE(m_ws->saveComponent(mine).error().kind, ErrorKind::Conflict);
    auto conflict = m_ws->componentConflict(mine, base);
    PP_VERIFY_OK(conflict);
    QCOMPARE(conflict->entity, QStringLiteral("component"));
    QCOMPARE(conflict->recordLabel, QStringLiteral("PostgreSQL 15.4"));
    QCOMPARE(conflict->differences.size(), 2);
    QCOMPARE(conflict->differences.at(0).key, QStringLiteral("instances"));
    QCOMPARE(conflict->differences.at(1).key, QStringLiteral("notes"));
    PP_VERIFY_OK(m_ws->overwriteComponent(mine, *conflict));
    const Component stored = **m_ws->component(id);
    QCOMPARE(stored.notes, mine.notes);
    QCOMPARE(stored.instances, 1); // mine: every field as I had it, deliberately
}

void tst_Conflict::editSystemStillReportsConflicts()
{
    // The undo commands and other callers keep the old contract: a failure message.
    System s = sample();
    s.id = 0;
    const qint64 id = m_ws->addSystem(s);
    const System base = **m_ws->system(id);
    auto other = otherUser();
    System theirs = base;
    theirs.ownerTeam = QStringLiteral("Finance IT");
    PP_VERIFY_OK(SystemRepository(*other).update(theirs));
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    System mine = base;
    mine.name = QStringLiteral("CRM suite");
    QVERIFY(!m_ws->editSystem(mine));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("changed by someone else")));
}

QTEST_GUILESS_MAIN(tst_Conflict)
#include "tst_conflict.moc"
