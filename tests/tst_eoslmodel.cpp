// The EOSL table model and its filter proxy (issue 4), and the undoable lifecycle commands:
// manual dates and upgrade decisions undo and redo through the repository, and a change made by
// someone else meanwhile is refused, never overwritten.
#include "testsupport.h"

#include "models/itemmodels/eoslfilterproxymodel.h"
#include "models/itemmodels/eosltablemodel.h"
#include "models/storage/componentrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

class tst_EoslModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsStatusesAndRoles();
    void sortsByRawValues();
    void proxyFilters();
    void manualDateUndoRedo();
    void decisionUndoRedo();
    void frozenDecisionUndoUnfreezesSystem();
    void staleDecisionIsRefused();
    void horizonsSettingChangesStatus();

private:
    int rowOfProduct(const QString &product) const;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
    EoslTableModel *m_model = nullptr;
    qint64 m_systemId = 0;
    qint64 m_pgId = 0;      ///< PostgreSQL 13.4, tied to postgresql 13 (EOSL 2025-11-13)
    qint64 m_unknownId = 0; ///< a product without lifecycle data
};

const QDate kToday(2025, 11, 1);

void tst_EoslModel::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    auto db = test::openTemp(*m_dir);
    QVERIFY(db);
    System s;
    s.code = QStringLiteral("CRM");
    s.name = QStringLiteral("Customer relations");
    s.criticality = 1;
    auto system = SystemRepository(*db).insert(s);
    PP_VERIFY_OK(system);
    m_systemId = system->id;

    LifecycleRepository lifecycle(*db);
    EolProduct p;
    p.id = QStringLiteral("postgresql");
    PP_VERIFY_OK(lifecycle.upsertProduct(p));
    ReleaseLifecycle r;
    r.eolProduct = QStringLiteral("postgresql");
    r.cycle = QStringLiteral("13");
    r.releaseDate = QDate(2020, 9, 24);
    r.activeSupport = SupportEnd::on(QDate(2025, 11, 13));
    r.securitySupport = SupportEnd::on(QDate(2025, 11, 13));
    r.sourceFile = QStringLiteral("postgresql.json");
    r.importedAt = QDateTime(QDate(2025, 10, 1), QTime(9, 0), Qt::UTC);
    PP_VERIFY_OK(lifecycle.upsertReleases({r}));

    Component c;
    c.systemId = m_systemId;
    c.kind = ComponentKind::Database;
    c.vendor = QStringLiteral("PostgreSQL Global Development Group");
    c.product = QStringLiteral("PostgreSQL");
    c.version = QStringLiteral("13.4");
    c.eolProduct = QStringLiteral("postgresql");
    c.eolCycle = QStringLiteral("13");
    auto pg = ComponentRepository(*db).insert(c);
    PP_VERIFY_OK(pg);
    m_pgId = pg->id;
    c.kind = ComponentKind::Application;
    c.vendor = QStringLiteral("Acme");
    c.product = QStringLiteral("通話録音システム");
    c.version = QStringLiteral("5.4");
    c.eolProduct.clear();
    c.eolCycle.clear();
    auto other = ComponentRepository(*db).insert(c);
    PP_VERIFY_OK(other);
    m_unknownId = other->id;

    m_ws->setDatabase(std::move(db));
    m_model = new EoslTableModel(m_ws);
    m_model->setToday(kToday);
    // The rows are read in the background (issue 9).
    QTRY_VERIFY(!m_model->isLoading());
}

void tst_EoslModel::cleanup()
{
    delete m_model;
    delete m_ws;
    delete m_dir;
}

int tst_EoslModel::rowOfProduct(const QString &product) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, EoslTableModel::ProductColumn).data().toString() == product)
            return row;
    }
    return -1;
}

void tst_EoslModel::rowsStatusesAndRoles()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 2);
    QTRY_VERIFY(!m_model->isLoading());
    const int pg = m_model->rowOf(m_pgId);
    QVERIFY(pg >= 0);
    const auto cell = [this, pg](int column, int role = Qt::DisplayRole) {
        return m_model->index(pg, column).data(role);
    };
    QCOMPARE(cell(EoslTableModel::SystemColumn).toString(), QStringLiteral("CRM"));
    QCOMPARE(cell(EoslTableModel::EolProductColumn).toString(), QStringLiteral("postgresql"));
    QCOMPARE(cell(EoslTableModel::EolCycleColumn).toString(), QStringLiteral("13"));
    QCOMPARE(cell(EoslTableModel::EoslColumn).toString(), QStringLiteral("2025-11-13"));
    QCOMPARE(cell(EoslTableModel::EoslColumn, RawValueRole).toDate(), QDate(2025, 11, 13));
    QCOMPARE(cell(EoslTableModel::StatusColumn, RawValueRole).toString(), QStringLiteral("d30"));
    QCOMPARE(cell(EoslTableModel::DaysLeftColumn, RawValueRole).toInt(), 12);
    QCOMPARE(cell(0, EoslTableModel::StatusRole).toInt(), int(EoslStatus::Within30));
    QVERIFY(cell(0, EoslTableModel::NeedsDecisionRole).toBool());
    QCOMPARE(cell(EoslTableModel::DecisionColumn).toString(), QStringLiteral("Needed"));
    QCOMPARE(cell(EoslTableModel::StatusColumn, Qt::ForegroundRole).value<QColor>(),
             EoslTableModel::statusColor(EoslStatus::Within30));
    QCOMPARE(cell(0, IdRole).toLongLong(), m_pgId);
    QCOMPARE(cell(0, SystemIdRole).toLongLong(), m_systemId);

    const int unknown = m_model->rowOf(m_unknownId);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->index(unknown, EoslTableModel::EoslColumn).data().toString(),
             QStringLiteral("unknown"));
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->index(unknown, EoslTableModel::StatusColumn).data(RawValueRole).toString(),
             QStringLiteral("unknown"));
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!m_model->index(unknown, EoslTableModel::DaysLeftColumn).data(RawValueRole).isValid());
}

void tst_EoslModel::sortsByRawValues()
{
    EoslFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(EoslTableModel::EoslColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), m_pgId); // unknown sorts last
    proxy.sort(EoslTableModel::EoslColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), m_unknownId);
    proxy.sort(EoslTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), m_pgId); // d30 before unknown
}

void tst_EoslModel::proxyFilters()
{
    EoslFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy spy(&proxy, &EoslFilterProxyModel::filtersChanged);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStatusFilter({EoslStatus::Unknown, false});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), m_unknownId);
    proxy.setStatusFilter({std::nullopt, true});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), m_pgId);
    proxy.setStatusFilter({});
    proxy.setKindFilter(int(ComponentKind::Application));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setKindFilter(-1);
    proxy.setSystemFilter(m_systemId + 1000);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSystemFilter(0);
    proxy.setFilterText(QStringLiteral("通話"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(spy.count(), 7);
}

void tst_EoslModel::manualDateUndoRedo()
{
    QSignalSpy changed(m_ws, &Workspace::lifecycleChanged);
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    QVERIFY(m_ws->setLifecycleDate(m_pgId, LifecycleField::SecuritySupport,
                                   SupportEnd::on(QDate(2024, 11, 14))));
    QVERIFY(changed.count() >= 1);
    QTRY_VERIFY(!m_model->isLoading());
    const int pg = m_model->rowOf(m_pgId);
    const auto status = [this, pg]() {
        QTest::qWaitFor([this]() { return !m_model->isLoading(); }); // read in the background
        return m_model->index(pg, EoslTableModel::StatusColumn).data(RawValueRole).toString();
    };
    QCOMPARE(status(), QStringLiteral("past"));
    auto row = m_ws->lifecycleRow(m_pgId);
    PP_VERIFY_OK(row);
    QCOMPARE((*row)->lifecycle.securitySupport.source.kind, LifecycleSource::Kind::Manual);
    QCOMPARE(m_ws->undoStack()->count(), 1);
    QCOMPARE(m_ws->undoStack()->text(0), QStringLiteral("Edit lifecycle dates"));

    m_ws->undoStack()->undo();
    QCOMPARE(status(), QStringLiteral("d30"));
    row = m_ws->lifecycleRow(m_pgId);
    QCOMPARE((*row)->lifecycle.securitySupport.source.kind, LifecycleSource::Kind::Imported);
    m_ws->undoStack()->redo();
    QCOMPARE(status(), QStringLiteral("past"));

    // "Unknown" typed by hand wins over the imported date; clearing lets it through again.
    QVERIFY(m_ws->setLifecycleDate(m_pgId, LifecycleField::SecuritySupport, SupportEnd::unknown()));
    QCOMPARE(status(), QStringLiteral("unknown"));
    QVERIFY(m_ws->setLifecycleDate(m_pgId, LifecycleField::SecuritySupport, std::nullopt));
    QCOMPARE(status(), QStringLiteral("d30"));
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(status(), QStringLiteral("d30"));
    auto manual = m_ws->manualLifecycle(m_pgId);
    PP_VERIFY_OK(manual);
    QVERIFY(!manual->hasOverride(LifecycleField::SecuritySupport));
    QCOMPARE(failed.count(), 0);
}

void tst_EoslModel::decisionUndoRedo()
{
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    UpgradeDecision d;
    d.componentId = m_pgId;
    d.decision = UpgradeDecisionKind::Routine;
    d.targetVersion = QStringLiteral("16");
    d.targetDate = QDate(2026, 3, 31);
    d.note = QStringLiteral("次回定期保守で更新");
    QVERIFY(m_ws->editUpgradeDecision(d));
    QTRY_VERIFY(!m_model->isLoading());
    const int pg = m_model->rowOf(m_pgId);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->index(pg, EoslTableModel::DecisionColumn).data(RawValueRole).toString(),
             QStringLiteral("routine"));
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!m_model->index(pg, 0).data(EoslTableModel::NeedsDecisionRole).toBool());
    auto stored = m_ws->upgradeDecision(m_pgId);
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->targetVersion, QStringLiteral("16"));
    QCOMPARE(stored->note, d.note);

    // A second edit on top, then undo both.
    d = *stored;
    d.decision = UpgradeDecisionKind::VendorProject;
    QVERIFY(m_ws->editUpgradeDecision(d));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->upgradeDecision(m_pgId)->decision, UpgradeDecisionKind::Routine);
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->upgradeDecision(m_pgId)->decision, UpgradeDecisionKind::None);
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(m_model->index(pg, 0).data(EoslTableModel::NeedsDecisionRole).toBool());
    m_ws->undoStack()->redo();
    m_ws->undoStack()->redo();
    QCOMPARE(m_ws->upgradeDecision(m_pgId)->decision, UpgradeDecisionKind::VendorProject);
    QCOMPARE(failed.count(), 0);
}

void tst_EoslModel::frozenDecisionUndoUnfreezesSystem()
{
    UpgradeDecision d;
    d.componentId = m_pgId;
    d.decision = UpgradeDecisionKind::Frozen;
    QVERIFY(m_ws->editUpgradeDecision(d));
    QCOMPARE((*m_ws->system(m_systemId))->lifecycleState, LifecycleState::Frozen);
    m_ws->undoStack()->undo();
    QCOMPARE((*m_ws->system(m_systemId))->lifecycleState, LifecycleState::Active);
    QCOMPARE(m_ws->upgradeDecision(m_pgId)->decision, UpgradeDecisionKind::None);
    m_ws->undoStack()->redo();
    QCOMPARE((*m_ws->system(m_systemId))->lifecycleState, LifecycleState::Frozen);
}

void tst_EoslModel::staleDecisionIsRefused()
{
    UpgradeDecision mine;
    mine.componentId = m_pgId;
    mine.decision = UpgradeDecisionKind::Routine;
    // Someone else decides first, on their own connection.
    {
        auto other = Database::open(test::location(*m_dir));
        PP_VERIFY_OK(other);
        UpgradeDecision theirs = mine;
        theirs.decision = UpgradeDecisionKind::VendorProject;
        PP_VERIFY_OK(LifecycleRepository(**other).setDecision(theirs));
    }
    QSignalSpy failed(m_ws, &Workspace::commandFailed);
    QVERIFY(!m_ws->editUpgradeDecision(mine)); // read with row version 0: stale
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_ws->undoStack()->count(), 0);
    QCOMPARE(m_ws->upgradeDecision(m_pgId)->decision, UpgradeDecisionKind::VendorProject);
}

void tst_EoslModel::horizonsSettingChangesStatus()
{
    // The PostgreSQL 13 component ends in 12 days: in the first band with the default horizons.
    QTRY_VERIFY(!m_model->isLoading());
    const int pg = m_model->rowOf(m_pgId);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->index(pg, 0).data(EoslTableModel::StatusRole).toInt(),
             int(EoslStatus::Within30));
    const LifecycleHorizons defaults;
    QCOMPARE(*m_ws->lifecycleHorizons(), defaults);
    const int auditBefore = *m_ws->auditCount({});

    QSignalSpy changed(m_ws, &Workspace::lifecycleChanged);
    const LifecycleHorizons shorter{10, 20, 60, 120};
    PP_VERIFY_OK(m_ws->setLifecycleHorizons(shorter, defaults));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(*m_ws->lifecycleHorizons(), shorter);
    // 12 days left is now past the first horizon (10) and inside the second (20).
    QTRY_COMPARE(m_model->index(m_model->rowOf(m_pgId), 0).data(EoslTableModel::StatusRole).toInt(),
                 int(EoslStatus::Within90));
    AuditFilter settings;
    settings.entity = QStringLiteral("setting");
    QCOMPARE(*m_ws->auditCount({}), auditBefore + 1);
    QCOMPARE(*m_ws->auditCount(settings), 1);

    // Someone else's change in between is a conflict; invalid horizons are refused.
    const Status stale = m_ws->setLifecycleHorizons(defaults, defaults);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    const Status invalid = m_ws->setLifecycleHorizons({30, 20, 60, 120}, shorter);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().kind, ErrorKind::InputRejected);
    QCOMPARE(*m_ws->lifecycleHorizons(), shorter);
}

QTEST_GUILESS_MAIN(tst_EoslModel)
#include "tst_eoslmodel.moc"
