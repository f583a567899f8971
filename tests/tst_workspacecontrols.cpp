// The Workspace's part of issue 6: controls, acceptance requests and cadences are undoable
// (undo and redo keep ids, a change made elsewhere meanwhile is a Conflict); evidence,
// approvals and "done" are signed records; applyCalendar() lapses acceptances on the day after
// their expiry as the clock moves, across month ends and leap days.
#include "testsupport.h"

#include "models/storage/componentrepository.h"
#include "models/storage/controlrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

class tst_WorkspaceControls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void controlAddEditDeleteUndo();
    void controlEditedElsewhereIsAConflict();
    void deleteRefusalsReachTheUser();
    void acceptanceRequestUndoAndApproval();
    void evidenceIsSignedNotUndone();
    void cadenceEditUndoAndDone();
    void lapseFollowsTheClock_data();
    void lapseFollowsTheClock();
    void majorChangeMakesScanDue();

private:
    qint64 addFinding(qint64 componentId, const QString &cve);
    QString findingState(qint64 id);
    std::unique_ptr<Database> otherUser(const QString &name);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
    qint64 m_system = 0;
    qint64 m_component = 0;
};

void tst_WorkspaceControls::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    auto db = test::openTemp(*m_dir);
    QVERIFY(db);
    db->setActor(QStringLiteral("alice"));
    m_ws->setDatabase(std::move(db));
    m_ws->setToday(QDate(2026, 11, 29));
    System s;
    s.code = QStringLiteral("OT-01");
    s.name = QStringLiteral("Line SCADA");
    s.criticality = 2;
    s.lifecycleState = LifecycleState::Frozen;
    auto sys = m_ws->insertSystem(s);
    PP_VERIFY_OK(sys);
    m_system = sys->id;
    Component c;
    c.systemId = m_system;
    c.kind = ComponentKind::Os;
    c.vendor = QStringLiteral("Microsoft");
    c.product = QStringLiteral("Windows 7");
    c.version = QStringLiteral("SP1");
    auto comp = m_ws->insertComponent(c);
    PP_VERIFY_OK(comp);
    m_component = comp->id;
    m_ws->undoStack()->clear();
}

void tst_WorkspaceControls::cleanup()
{
    delete m_ws;
    delete m_dir;
}

qint64 tst_WorkspaceControls::addFinding(qint64 componentId, const QString &cve)
{
    Database &db = *m_ws->database();
    auto v = db.run(QStringLiteral("INSERT INTO vulnerabilities (identifier, title, severity, "
                                   "cvss_score, updated_at) VALUES (?, ?, 'high', 8.1, ?) "
                                   "RETURNING id"),
                    {cve, QStringLiteral("Title of %1").arg(cve), Database::nowUtc()});
    if (!v || !v->next())
        return 0;
    const qint64 vulnId = v->value(0).toLongLong();
    auto f = db.run(QStringLiteral("INSERT INTO findings (vulnerability_id, component_id, state, "
                                   "detected_at, updated_at) VALUES (?, ?, 'not_set', ?, ?) "
                                   "RETURNING id"),
                    {vulnId, componentId, QStringLiteral("2026-11-01T09:00:00Z"),
                     Database::nowUtc()});
    if (!f || !f->next())
        return 0;
    return f->value(0).toLongLong();
}

QString tst_WorkspaceControls::findingState(qint64 id)
{
    auto f = FindingRepository(*m_ws->database()).find(id);
    return f && f->has_value() ? toKey((*f)->state) : QString();
}

std::unique_ptr<Database> tst_WorkspaceControls::otherUser(const QString &name)
{
    auto db = Database::open(m_ws->location());
    if (!db)
        return nullptr;
    (*db)->setActor(name);
    return std::move(*db);
}

void tst_WorkspaceControls::controlAddEditDeleteUndo()
{
    QSignalSpy changed(m_ws, &Workspace::controlsChanged);
    Control c;
    c.systemId = m_system;
    c.kind = ControlKind::NetworkIsolation;
    c.title = QStringLiteral("One-way gateway");
    c.owner = QStringLiteral("plant team");
    c.cadenceDays = 180;
    const qint64 id = m_ws->addControl(c);
    QVERIFY(id > 0);
    QVERIFY(changed.count() >= 1);
    auto stored = m_ws->control(id);
    PP_VERIFY_OK(stored);
    QCOMPARE((*stored)->nextDue, QDate(2026, 11, 29)); // periodic, never done: due at once

    Control edit = **stored;
    edit.title = QStringLiteral("One-way gateway and sealed USB ports");
    QVERIFY(m_ws->editControl(edit));
    QCOMPARE((*m_ws->control(id))->title, edit.title);
    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->control(id))->title, c.title);
    m_ws->undoStack()->redo();
    QCOMPARE((*m_ws->control(id))->title, edit.title);

    QVERIFY(m_ws->deleteControl(id, (*m_ws->control(id))->rowVersion));
    QVERIFY(!m_ws->control(id)->has_value());
    m_ws->undoStack()->undo(); // back under the same id
    QVERIFY(m_ws->control(id)->has_value());
    QCOMPARE((*m_ws->control(id))->title, edit.title);
    m_ws->undoStack()->undo(); // the edit
    m_ws->undoStack()->undo(); // the add
    QVERIFY(!m_ws->control(id)->has_value());
    m_ws->undoStack()->redo();
    QVERIFY(m_ws->control(id)->has_value()); // the same id again
    QCOMPARE(m_ws->undoStack()->text(m_ws->undoStack()->index() - 1),
             QStringLiteral("Add control One-way gateway"));
}

void tst_WorkspaceControls::controlEditedElsewhereIsAConflict()
{
    Control c;
    c.systemId = m_system;
    c.kind = ControlKind::FeatureDisabled;
    c.title = QStringLiteral("SMBv1 off");
    const qint64 id = m_ws->addControl(c);
    QVERIFY(id > 0);
    const Control seen = **m_ws->control(id);
    auto other = otherUser(QStringLiteral("bob"));
    QVERIFY(other);
    Control theirs = seen;
    theirs.owner = QStringLiteral("bob");
    PP_VERIFY_OK(ControlRepository(*other).updateControl(theirs, QDate(2026, 11, 29)));

    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    Control mine = seen;
    mine.title = QStringLiteral("SMBv1 and LLMNR off");
    QVERIFY(!m_ws->editControl(mine));
    QCOMPARE(failed.count(), 1);
    QCOMPARE((*m_ws->control(id))->owner, QStringLiteral("bob")); // theirs kept
    // Undoing the add now meets bob's version: refused, nothing lost.
    m_ws->undoStack()->undo();
    QVERIFY(m_ws->control(id)->has_value());
}

void tst_WorkspaceControls::deleteRefusalsReachTheUser()
{
    Control c;
    c.systemId = m_system;
    c.kind = ControlKind::LogReview;
    c.title = QStringLiteral("Monthly log review");
    c.cadenceDays = 30;
    const qint64 id = m_ws->addControl(c);
    ControlEvidence e;
    e.controlId = id;
    e.doneOn = QDate(2026, 11, 20);
    e.doneBy = QStringLiteral("alice");
    auto done = m_ws->recordEvidence(e, (*m_ws->control(id))->rowVersion);
    PP_VERIFY_OK(done);
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    QVERIFY(!m_ws->deleteControl(id, done->rowVersion));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("valid-until")));
    QVERIFY(m_ws->control(id)->has_value());
}

void tst_WorkspaceControls::acceptanceRequestUndoAndApproval()
{
    const qint64 finding = addFinding(m_component, QStringLiteral("CVE-2019-0708"));
    QVERIFY(finding > 0);
    RiskAcceptance a;
    a.findingId = finding;
    a.requester = QStringLiteral("alice");
    a.expiresOn = QDate(2027, 2, 28);
    a.rationale = QStringLiteral("Vendor-certified build; isolated segment");
    const qint64 id = m_ws->requestAcceptance(a);
    QVERIFY(id > 0);
    m_ws->undoStack()->undo();
    QVERIFY(!m_ws->acceptance(id)->has_value());
    m_ws->undoStack()->redo();
    auto request = m_ws->acceptance(id);
    PP_VERIFY_OK(request);
    QVERIFY(request->has_value());

    // alice asked; alice may not approve.
    auto self = m_ws->approveAcceptance(id, (*request)->rowVersion);
    QVERIFY(!self);
    QCOMPARE(self.error().kind, ErrorKind::InputRejected);
    QCOMPARE(findingState(finding), QStringLiteral("not_set"));

    // carol approves (the database user of the window is carol now).
    m_ws->database()->setActor(QStringLiteral("carol"));
    QSignalSpy findings(m_ws, &Workspace::findingsChanged);
    auto approved = m_ws->approveAcceptance(id, (*request)->rowVersion);
    PP_VERIFY_OK(approved);
    QCOMPARE(approved->approver, QStringLiteral("carol"));
    QCOMPARE(approved->approvedOn, QDate(2026, 11, 29));
    QCOMPARE(findingState(finding), QStringLiteral("risk_accepted"));
    QVERIFY(findings.count() >= 1);

    // An approved acceptance is not deleted, and undoing its request is refused too.
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    QVERIFY(!m_ws->deleteAcceptance(id, approved->rowVersion));
    QCOMPARE(failed.count(), 1);
    m_ws->undoStack()->undo();
    QVERIFY(m_ws->acceptance(id)->has_value());

    // Renewal withdraws the approval: approving again is needed.
    auto renewed = m_ws->renewAcceptance(id, approved->rowVersion, QDate(2027, 8, 31));
    PP_VERIFY_OK(renewed);
    QVERIFY(!renewed->isApproved());
    QCOMPARE(renewed->expiresOn, QDate(2027, 8, 31));
}

void tst_WorkspaceControls::evidenceIsSignedNotUndone()
{
    Control c;
    c.componentId = m_component;
    c.kind = ControlKind::LogReview;
    c.title = QStringLiteral("RDP log review");
    c.cadenceDays = 30;
    const qint64 id = m_ws->addControl(c);
    const int depth = m_ws->undoStack()->count();
    ControlEvidence future;
    future.controlId = id;
    future.doneOn = QDate(2026, 11, 30); // tomorrow
    future.doneBy = QStringLiteral("alice");
    auto refused = m_ws->recordEvidence(future, 1);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InputRejected);

    ControlEvidence e = future;
    e.doneOn = QDate(2026, 11, 29);
    e.note = QStringLiteral("No RDP brute force");
    auto done = m_ws->recordEvidence(e, 1);
    PP_VERIFY_OK(done);
    QCOMPARE(done->lastDone, QDate(2026, 11, 29));
    QCOMPARE(done->nextDue, QDate(2026, 12, 29));
    QCOMPARE(m_ws->undoStack()->count(), depth); // not in the undo history
    auto log = m_ws->controlEvidence(id);
    PP_VERIFY_OK(log);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().note, e.note);
    // An edit after the evidence keeps its last-done date.
    Control edit = *done;
    edit.owner = QStringLiteral("SOC");
    QVERIFY(m_ws->editControl(edit));
    QCOMPARE((*m_ws->control(id))->lastDone, QDate(2026, 11, 29));
    QCOMPARE((*m_ws->control(id))->nextDue, QDate(2026, 12, 29));
}

void tst_WorkspaceControls::cadenceEditUndoAndDone()
{
    auto lapsed = m_ws->applyCalendar(); // creates the system's default cadences
    PP_VERIFY_OK(lapsed);
    auto all = m_ws->cadences(m_system);
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 4); // tier 2: scan, drill, EOSL review, profile review
    Cadence drill;
    for (const Cadence &k : std::as_const(*all)) {
        if (k.kind == CadenceKind::BackupRestoreDrill)
            drill = k;
    }
    QCOMPARE(drill.intervalDays, 182);
    Cadence edit = drill;
    edit.intervalDays = 91;
    QVERIFY(m_ws->editCadence(edit));
    auto after = m_ws->cadences(m_system);
    auto intervalOf = [&](const QList<Cadence> &list) {
        for (const Cadence &k : list) {
            if (k.id == drill.id)
                return k.intervalDays;
        }
        return -1;
    };
    QCOMPARE(intervalOf(*after), 91);
    m_ws->undoStack()->undo();
    QCOMPARE(intervalOf(*m_ws->cadences(m_system)), 182);
    m_ws->undoStack()->redo();

    // Done across a leap day: 2028-02-29 + 91 days.
    m_ws->setToday(QDate(2028, 3, 1));
    auto done = m_ws->markCadenceDone(drill.id, drill.rowVersion, QDate(2028, 2, 29),
                                      QStringLiteral("Restored ERP DB to the DR site"));
    PP_VERIFY_OK(done);
    QCOMPARE(done->nextDue, QDate(2028, 5, 30));
    auto later = m_ws->markCadenceDone(drill.id, done->rowVersion, QDate(2028, 3, 2),
                                       QStringLiteral("tomorrow"));
    QVERIFY(!later); // after today
    // The calendar lists it, overdue first.
    m_ws->setToday(QDate(2028, 6, 1));
    auto due = m_ws->dueItems();
    PP_VERIFY_OK(due);
    QVERIFY(!due->isEmpty());
    QVERIFY(due->first().overdue);
}

void tst_WorkspaceControls::lapseFollowsTheClock_data()
{
    QTest::addColumn<QDate>("expires");
    QTest::newRow("month end") << QDate(2026, 11, 30);
    QTest::newRow("year end") << QDate(2026, 12, 31);
    QTest::newRow("leap day") << QDate(2028, 2, 29);
}

void tst_WorkspaceControls::lapseFollowsTheClock()
{
    QFETCH(QDate, expires);
    const qint64 finding = addFinding(m_component, QStringLiteral("CVE-2020-0796"));
    RiskAcceptance a;
    a.findingId = finding;
    a.requester = QStringLiteral("alice");
    a.expiresOn = expires;
    a.rationale = QStringLiteral("SMBv3 compression off");
    const qint64 id = m_ws->requestAcceptance(a);
    QVERIFY(id > 0);
    m_ws->database()->setActor(QStringLiteral("carol"));
    PP_VERIFY_OK(m_ws->approveAcceptance(id, 1));
    QCOMPARE(findingState(finding), QStringLiteral("risk_accepted"));

    // On its last day it still applies ...
    m_ws->setToday(expires);
    auto none = m_ws->applyCalendar();
    PP_VERIFY_OK(none);
    QVERIFY(none->acceptanceIds.isEmpty());
    QCOMPARE(findingState(finding), QStringLiteral("risk_accepted"));
    // ... the day after it lapses: the finding is open again, with a due date.
    QSignalSpy findings(m_ws, &Workspace::findingsChanged);
    m_ws->setToday(expires.addDays(1));
    auto lapsed = m_ws->applyCalendar();
    PP_VERIFY_OK(lapsed);
    QCOMPARE(lapsed->acceptanceIds, QList<qint64>{id});
    QCOMPARE(lapsed->findingIds, QList<qint64>{finding});
    QCOMPARE(findingState(finding), QStringLiteral("not_set"));
    auto f = FindingRepository(*m_ws->database()).find(finding);
    QVERIFY((*f)->dueDate.isValid());
    QVERIFY(findings.count() >= 1);
    // Idempotent.
    auto again = m_ws->applyCalendar();
    PP_VERIFY_OK(again);
    QVERIFY(again->acceptanceIds.isEmpty());
}

void tst_WorkspaceControls::majorChangeMakesScanDue()
{
    PP_VERIFY_OK(m_ws->applyCalendar());
    Cadence scan;
    const auto cadenceList1 = m_ws->cadences(m_system);
    QVERIFY(cadenceList1);
    for (const Cadence &k : *cadenceList1) {
        if (k.kind == CadenceKind::VulnerabilityScan)
            scan = k;
    }
    auto done = m_ws->markCadenceDone(scan.id, scan.rowVersion, QDate(2026, 11, 1),
                                      QStringLiteral("yearly scan"));
    PP_VERIFY_OK(done);
    QCOMPARE(done->nextDue, QDate(2027, 11, 1));
    PP_VERIFY_OK(m_ws->markMajorChange(m_system, QDate(2026, 11, 28)));
    const auto cadenceList2 = m_ws->cadences(m_system);
    QVERIFY(cadenceList2);
    for (const Cadence &k : *cadenceList2) {
        if (k.kind == CadenceKind::VulnerabilityScan)
            QCOMPARE(k.nextDue, QDate(2026, 11, 28));
    }
}

QTEST_GUILESS_MAIN(tst_WorkspaceControls)
#include "tst_workspacecontrols.moc"
