// Undoable inventory changes: every command undoes and redoes through the repositories (so the
// audit trail records each step), keeps ids stable, and fails cleanly when someone else changed
// the record behind its back.
#include "testsupport.h"

#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

class tst_UndoCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addSystemUndoRedoKeepsId();
    void editSystemUndoRedo();
    void severalStepsOnOneRecord();
    void deleteSystemRestoresComponentsUnderTheirIds();
    void componentAddEditDelete();
    void commandTexts();
    void staleEditIsRefusedOnPush();
    void conflictOnUndoFailsCleanly();
    void conflictOnRedoFailsCleanly();
    void undoAddRefusedWhenOthersAddedComponents();
    void unchangedEditPushesNothing();

private:
    System makeSystem(const QString &code) const;
    Component makeComponent(qint64 systemId, const QString &product) const;
    /// A second connection to the same file: "someone else".
    std::unique_ptr<Database> otherUser();
    int auditEntries();

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

void tst_UndoCommands::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    auto db = test::openTemp(*m_dir);
    QVERIFY(db);
    m_ws->setDatabase(std::move(db));
}

void tst_UndoCommands::cleanup()
{
    delete m_ws;
    delete m_dir;
}

System tst_UndoCommands::makeSystem(const QString &code) const
{
    System s;
    s.code = code;
    s.name = QStringLiteral("System %1").arg(code);
    s.criticality = 2;
    s.profile.traceCheckProcedure = QStringLiteral("痕跡確認: EDR and proxy logs");
    return s;
}

Component tst_UndoCommands::makeComponent(qint64 systemId, const QString &product) const
{
    Component c;
    c.systemId = systemId;
    c.kind = ComponentKind::Database;
    c.vendor = QStringLiteral("PostgreSQL Global Development Group");
    c.product = product;
    c.version = QStringLiteral("15.4");
    c.instances = 2;
    return c;
}

std::unique_ptr<Database> tst_UndoCommands::otherUser()
{
    auto db = Database::open(m_ws->location());
    if (!db)
        return nullptr;
    (*db)->setActor(QStringLiteral("colleague"));
    return std::move(*db);
}

int tst_UndoCommands::auditEntries()
{
    auto n = m_ws->auditCount({});
    return n ? *n : -1;
}

void tst_UndoCommands::addSystemUndoRedoKeepsId()
{
    QSignalSpy changed(m_ws, &Workspace::systemsChanged);
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("CRM")));
    QVERIFY(id > 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_ws->undoStack()->count(), 1);
    QCOMPARE(auditEntries(), 1);

    m_ws->undoStack()->undo();
    auto gone = m_ws->system(id);
    PP_VERIFY_OK(gone);
    QVERIFY(!gone->has_value());
    QCOMPARE(auditEntries(), 2);

    m_ws->undoStack()->redo();
    auto back = m_ws->system(id);
    PP_VERIFY_OK(back);
    QVERIFY(back->has_value());
    QVERIFY((*back)->sameContent(makeSystem(QStringLiteral("CRM"))));
    QCOMPARE(auditEntries(), 3);
    QCOMPARE(m_ws->undoStack()->index(), 1);
}

void tst_UndoCommands::editSystemUndoRedo()
{
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("ERP")));
    System edited = **m_ws->system(id);
    edited.ownerTeam = QStringLiteral("Finance IT");
    edited.profile.logLongTerm = QStringLiteral("7 years");
    QVERIFY(m_ws->editSystem(edited));
    QCOMPARE((*m_ws->system(id))->ownerTeam, QStringLiteral("Finance IT"));

    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->system(id))->ownerTeam, QString());
    QCOMPARE((*m_ws->system(id))->profile.logLongTerm, QString());
    m_ws->undoStack()->redo();
    QCOMPARE((*m_ws->system(id))->ownerTeam, QStringLiteral("Finance IT"));
    QCOMPARE((*m_ws->system(id))->profile.logLongTerm, QStringLiteral("7 years"));

    // The trail has the update, with before and after.
    auto entries = m_ws->auditEntries({}, 0, 1);
    PP_VERIFY_OK(entries);
    QCOMPARE(entries->constFirst().action, QStringLiteral("update"));
    QVERIFY(entries->constFirst().afterJson.contains(QStringLiteral("Finance IT")));
}

void tst_UndoCommands::severalStepsOnOneRecord()
{
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("WEB")));
    for (int tier : {1, 4, 3}) {
        System s = **m_ws->system(id);
        s.criticality = tier;
        QVERIFY(m_ws->editSystem(s));
    }
    QCOMPARE(m_ws->undoStack()->count(), 4);
    // Undo everything, redo everything, undo everything: each step passes the version check.
    for (int i = 0; i < 4; ++i)
        m_ws->undoStack()->undo();
    QVERIFY(!(*m_ws->system(id)).has_value());
    for (int i = 0; i < 4; ++i)
        m_ws->undoStack()->redo();
    QCOMPARE((*m_ws->system(id))->criticality, 3);
    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->system(id))->criticality, 4);
    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->system(id))->criticality, 1);
    QCOMPARE(m_ws->undoStack()->count(), 4);
}

void tst_UndoCommands::deleteSystemRestoresComponentsUnderTheirIds()
{
    const qint64 keep = m_ws->addSystem(makeSystem(QStringLiteral("KEEP")));
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("BILLING")));
    const qint64 c1 = m_ws->addComponent(makeComponent(id, QStringLiteral("PostgreSQL")));
    const qint64 c2 = m_ws->addComponent(makeComponent(id, QStringLiteral("Redis")));
    const qint64 other = m_ws->addComponent(makeComponent(keep, QStringLiteral("nginx")));
    QVERIFY(c1 > 0 && c2 > 0 && other > 0);
    const System before = **m_ws->system(id);

    QSignalSpy components(m_ws, &Workspace::componentsChanged);
    QVERIFY(m_ws->deleteSystem(id, before.rowVersion));
    QCOMPARE(components.count(), 1);
    QVERIFY(!(*m_ws->system(id)).has_value());
    QVERIFY(!(*m_ws->component(c1)).has_value());
    QCOMPARE(m_ws->components(keep)->size(), 1);

    m_ws->undoStack()->undo();
    QVERIFY((*m_ws->system(id)).has_value());
    QVERIFY((*m_ws->system(id))->sameContent(before));
    auto restored = m_ws->components(id);
    PP_VERIFY_OK(restored);
    QCOMPARE(restored->size(), 2);
    QList<qint64> ids{restored->at(0).id, restored->at(1).id};
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{c1, c2}));
    QCOMPARE((*m_ws->component(c2))->product, QStringLiteral("Redis"));

    // Redo deletes them again; undo brings them back again.
    m_ws->undoStack()->redo();
    QVERIFY(!(*m_ws->component(c2)).has_value());
    m_ws->undoStack()->undo();
    QVERIFY((*m_ws->component(c2)).has_value());

    // And the earlier commands still undo: the components, then the system.
    m_ws->undoStack()->undo(); // add nginx
    m_ws->undoStack()->undo(); // add Redis
    m_ws->undoStack()->undo(); // add PostgreSQL
    QVERIFY(m_ws->components(id)->isEmpty());
    m_ws->undoStack()->undo(); // add BILLING
    QVERIFY(!(*m_ws->system(id)).has_value());
    QCOMPARE(m_ws->undoStack()->count(), 6);
}

void tst_UndoCommands::componentAddEditDelete()
{
    const qint64 sys = m_ws->addSystem(makeSystem(QStringLiteral("HR")));
    const qint64 id = m_ws->addComponent(makeComponent(sys, QStringLiteral("Tomcat")));
    QVERIFY(id > 0);
    Component c = **m_ws->component(id);
    c.version = QStringLiteral("10.1.18");
    c.cpe = QStringLiteral("cpe:2.3:a:apache:tomcat:10.1.18:*:*:*:*:*:*:*");
    QVERIFY(m_ws->editComponent(c));
    c = **m_ws->component(id);
    QVERIFY(m_ws->deleteComponent(id, c.rowVersion));
    QVERIFY(!(*m_ws->component(id)).has_value());

    m_ws->undoStack()->undo(); // delete
    QCOMPARE((*m_ws->component(id))->version, QStringLiteral("10.1.18"));
    m_ws->undoStack()->undo(); // edit
    QCOMPARE((*m_ws->component(id))->version, QStringLiteral("15.4"));
    QVERIFY((*m_ws->component(id))->cpe.isEmpty());
    m_ws->undoStack()->undo(); // add
    QVERIFY(!(*m_ws->component(id)).has_value());
    m_ws->undoStack()->redo();
    m_ws->undoStack()->redo();
    m_ws->undoStack()->redo();
    QVERIFY(!(*m_ws->component(id)).has_value());
    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->component(id))->version, QStringLiteral("10.1.18"));
}

void tst_UndoCommands::commandTexts()
{
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("CRM")));
    System s = **m_ws->system(id);
    s.name = QStringLiteral("Customer relations");
    m_ws->editSystem(s);
    m_ws->addComponent(makeComponent(id, QStringLiteral("PostgreSQL")));
    m_ws->deleteSystem(id, (*m_ws->system(id))->rowVersion);
    QUndoStack *stack = m_ws->undoStack();
    QCOMPARE(stack->text(0), QStringLiteral("Add system CRM"));
    QCOMPARE(stack->text(1), QStringLiteral("Edit system CRM"));
    QCOMPARE(stack->text(2),
             QStringLiteral("Add component PostgreSQL Global Development Group PostgreSQL 15.4"));
    QCOMPARE(stack->text(3), QStringLiteral("Delete system CRM"));
}

void tst_UndoCommands::staleEditIsRefusedOnPush()
{
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("CRM")));
    const System mine = **m_ws->system(id);
    auto other = otherUser();
    QVERIFY(other);
    System theirs = mine;
    theirs.ownerTeam = QStringLiteral("Sales IT");
    PP_VERIFY_OK(SystemRepository(*other).update(theirs));

    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    QSignalSpy reloaded(m_ws, &Workspace::systemsChanged);
    System edited = mine;
    edited.ownerTeam = QStringLiteral("Finance IT");
    QVERIFY(!m_ws->editSystem(edited));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("changed by someone else")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(reloaded.count() >= 1); // views show what is stored now
    QCOMPARE(m_ws->undoStack()->count(), 1); // only the add
    QCOMPARE((*m_ws->system(id))->ownerTeam, QStringLiteral("Sales IT"));
}

void tst_UndoCommands::conflictOnUndoFailsCleanly()
{
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("CRM")));
    System s = **m_ws->system(id);
    s.ownerTeam = QStringLiteral("Finance IT");
    QVERIFY(m_ws->editSystem(s));
    const int entries = auditEntries();

    auto other = otherUser();
    QVERIFY(other);
    System theirs = **SystemRepository(*other).findById(id);
    theirs.opsContact = QStringLiteral("night-shift@example.com");
    PP_VERIFY_OK(SystemRepository(*other).update(theirs));

    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    m_ws->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("Edit system CRM")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("changed by someone else")), qPrintable(message));
    // Data untouched: the colleague's change and ours are both still there, nothing was written.
    const System now = **m_ws->system(id);
    QCOMPARE(now.ownerTeam, QStringLiteral("Finance IT"));
    QCOMPARE(now.opsContact, QStringLiteral("night-shift@example.com"));
    QCOMPARE(auditEntries(), entries + 1); // only the colleague's update
    // The failed step left the history; the stack is consistent and the add remains.
    QUndoStack *stack = m_ws->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    QVERIFY(!stack->canRedo());
    // Undoing the add now also meets the colleague's version: refused, not a silent delete.
    stack->undo();
    QCOMPARE(failed.count(), 2);
    QVERIFY((*m_ws->system(id)).has_value());
    QCOMPARE(stack->count(), 0);
}

void tst_UndoCommands::conflictOnRedoFailsCleanly()
{
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("CRM")));
    const qint64 cid = m_ws->addComponent(makeComponent(id, QStringLiteral("PostgreSQL")));
    Component c = **m_ws->component(cid);
    c.version = QStringLiteral("16.1");
    QVERIFY(m_ws->editComponent(c));
    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->component(cid))->version, QStringLiteral("15.4"));

    auto other = otherUser();
    QVERIFY(other);
    PP_VERIFY_OK(ComponentRepository(*other).remove(cid, (*m_ws->component(cid))->rowVersion));

    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    m_ws->undoStack()->redo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("Could not redo")));
    QVERIFY(!(*m_ws->component(cid)).has_value());
    QCOMPARE(m_ws->undoStack()->count(), 2);
    QCOMPARE(m_ws->undoStack()->index(), 2);
    QVERIFY(!m_ws->undoStack()->canRedo());
}

void tst_UndoCommands::undoAddRefusedWhenOthersAddedComponents()
{
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("CRM")));
    auto other = otherUser();
    QVERIFY(other);
    PP_VERIFY_OK(ComponentRepository(*other).insert(makeComponent(id, QStringLiteral("MySQL"))));
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    m_ws->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY((*m_ws->system(id)).has_value());
    QCOMPARE(m_ws->components(id)->size(), 1);
}

void tst_UndoCommands::unchangedEditPushesNothing()
{
    const qint64 id = m_ws->addSystem(makeSystem(QStringLiteral("CRM")));
    QVERIFY(m_ws->editSystem(**m_ws->system(id)));
    QCOMPARE(m_ws->undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(tst_UndoCommands)
#include "tst_undocommands.moc"
