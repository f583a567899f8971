// The lifecycle repository: effective dates, sources, ties. See tst_lifecyclerepository.h.
#include "tst_lifecyclerepository.h"

#include "models/io/demodata.h"
#include "models/io/endoflifeimport.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"

#include <QElapsedTimer>
#include <QSqlDriver>

#ifdef PP_HAVE_SQLITE3
#include <sqlite3.h>
#endif

using namespace pp;

namespace {

/// Counts the SQL statements an SQLite connection runs while it lives (sqlite3_trace_v2), to
/// check that a read is one query however many rows it returns. Inactive (count -1) on
/// PostgreSQL or when the test was built without SQLite's header.
class StatementCounter
{
public:
    explicit StatementCounter(Database &db)
    {
#ifdef PP_HAVE_SQLITE3
        const QVariant handle = db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
            m_count = 0;
            sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementCounter::traced, this);
        }
#else
        Q_UNUSED(db);
#endif
    }
    ~StatementCounter()
    {
#ifdef PP_HAVE_SQLITE3
        if (m_handle)
            sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
#endif
    }
    int count() const { return m_count; }

private:
#ifdef PP_HAVE_SQLITE3
    static int traced(unsigned, void *self, void *, void *)
    {
        ++static_cast<StatementCounter *>(self)->m_count;
        return 0;
    }
    sqlite3 *m_handle = nullptr;
#endif
    int m_count = -1;
};

} // namespace

void tst_LifecycleRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
}

void tst_LifecycleRepository::cleanup()
{
    m_db.reset();
    delete m_dir;
}

System tst_LifecycleRepository::addSystem(const QString &code, LifecycleState state)
{
    System s;
    s.code = code;
    s.name = QStringLiteral("System %1").arg(code);
    s.lifecycleState = state;
    auto stored = SystemRepository(*m_db).insert(s);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored ? *stored : System{};
}

Component tst_LifecycleRepository::addComponent(qint64 systemId, const QString &product,
                                                const QString &version, const QString &eolProduct,
                                                const QString &eolCycle)
{
    Component c;
    c.systemId = systemId;
    c.kind = ComponentKind::Os;
    c.product = product;
    c.version = version;
    c.eolProduct = eolProduct;
    c.eolCycle = eolCycle;
    auto stored = ComponentRepository(*m_db).insert(c);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored ? *stored : Component{};
}

void tst_LifecycleRepository::importSamples()
{
    const EndOfLifePreview p = EndOfLifeImport::parse({QStringLiteral(PP_TEST_DATA "/endoflife-v0")});
    QVERIFY(!p.hasErrors());
    PP_VERIFY_OK(EndOfLifeImport::apply(*m_db, p, QDateTime(QDate(2026, 8, 22), QTime(9, 0), Qt::UTC)));
}

int tst_LifecycleRepository::auditCount()
{
    auto n = AuditLog(*m_db).count({});
    return n ? *n : -1;
}

LifecycleRow tst_LifecycleRepository::rowOf(qint64 componentId)
{
    auto r = LifecycleRepository(*m_db).row(componentId);
    if (!r || !r->has_value())
        return {};
    return **r;
}

void tst_LifecycleRepository::unknownWithoutData()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component c = addComponent(s.id, QStringLiteral("在庫管理"), QStringLiteral("1.0"));
    const LifecycleRow row = rowOf(c.id);
    QCOMPARE(row.component.id, c.id);
    QCOMPARE(row.systemCode, QStringLiteral("S1"));
    QCOMPARE(row.lifecycle.securitySupport.value, SupportEnd::unknown());
    QCOMPARE(row.lifecycle.securitySupport.source.kind, LifecycleSource::Kind::None);
    QVERIFY(!row.lifecycle.releaseDate.value.isValid());
    QCOMPARE(row.lifecycle.tie.kind, TieKind::None);
    QCOMPARE(row.decision.decision, UpgradeDecisionKind::None);
    QCOMPARE(row.decision.rowVersion, 0);
}

void tst_LifecycleRepository::importedDatesWithSources()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component c = addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"),
                                     QStringLiteral("8.10"), QStringLiteral("rhel"),
                                     QStringLiteral("8"));
    importSamples();
    const ComponentLifecycle l = rowOf(c.id).lifecycle;
    QCOMPARE(l.tie, (LifecycleTie{QStringLiteral("rhel"), QStringLiteral("8"), TieKind::Explicit}));
    QCOMPARE(l.releaseDate.value, QDate(2019, 5, 7));
    QCOMPARE(l.activeSupport.value, SupportEnd::on(QDate(2024, 5, 31)));
    QCOMPARE(l.securitySupport.value, SupportEnd::on(QDate(2029, 5, 31)));
    QCOMPARE(l.extendedSupport.value, SupportEnd::on(QDate(2033, 5, 31)));
    for (const LifecycleSource &src : {l.releaseDate.source, l.activeSupport.source,
                                       l.securitySupport.source, l.extendedSupport.source}) {
        QCOMPARE(src.kind, LifecycleSource::Kind::Imported);
        QCOMPARE(src.file, QStringLiteral("rhel.json"));
        QCOMPARE(src.at, QDateTime(QDate(2026, 8, 22), QTime(9, 0), Qt::UTC));
    }
    QCOMPARE(l.manualRowVersion, 0);
}

void tst_LifecycleRepository::manualWinsFieldByField()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component c = addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"),
                                     QStringLiteral("8.10"), QStringLiteral("rhel"),
                                     QStringLiteral("8"));
    importSamples();
    LifecycleRepository repo(*m_db);
    // The contract says 2030-06-30 for this one: only the EOSL is typed by hand.
    auto saved = repo.setManualValue(c.id, LifecycleField::SecuritySupport,
                                     SupportEnd::on(QDate(2030, 6, 30)), 0);
    PP_VERIFY_OK(saved);
    QCOMPARE(saved->rowVersion, 1);
    QCOMPARE(saved->securitySource.by, QStringLiteral("tester"));
    ComponentLifecycle l = rowOf(c.id).lifecycle;
    QCOMPARE(l.securitySupport.value, SupportEnd::on(QDate(2030, 6, 30)));
    QCOMPARE(l.securitySupport.source.kind, LifecycleSource::Kind::Manual);
    QCOMPARE(l.securitySupport.source.by, QStringLiteral("tester"));
    QVERIFY(l.securitySupport.source.at.isValid());
    QCOMPARE(l.activeSupport.source.kind, LifecycleSource::Kind::Imported);
    QCOMPARE(l.activeSupport.value, SupportEnd::on(QDate(2024, 5, 31)));
    QCOMPARE(l.manualRowVersion, 1);
    // "Ended" and "not announced" by hand, and a release date.
    ManualLifecycle m = *saved;
    m.extendedSupport = SupportEnd::ended();
    m.activeSupport = SupportEnd::notAnnounced();
    m.releaseDate = QDate(2019, 6, 1);
    m.extendedContract = true;
    saved = repo.saveManual(m);
    PP_VERIFY_OK(saved);
    QCOMPARE(saved->rowVersion, 2);
    l = rowOf(c.id).lifecycle;
    QCOMPARE(l.extendedSupport.value, SupportEnd::ended());
    QCOMPARE(l.activeSupport.value, SupportEnd::notAnnounced());
    QCOMPARE(l.releaseDate.value, QDate(2019, 6, 1));
    QCOMPARE(l.releaseDate.source.kind, LifecycleSource::Kind::Manual);
    QVERIFY(l.extendedContract);
    // Saving the same values writes nothing.
    const int entries = auditCount();
    saved = repo.saveManual(*saved);
    PP_VERIFY_OK(saved);
    QCOMPARE(saved->rowVersion, 2);
    QCOMPARE(auditCount(), entries);
    // Clearing a field lets the imported value through again; the change is audited.
    saved = repo.setManualValue(c.id, LifecycleField::SecuritySupport, std::nullopt, 2);
    PP_VERIFY_OK(saved);
    QCOMPARE(auditCount(), entries + 1);
    l = rowOf(c.id).lifecycle;
    QCOMPARE(l.securitySupport.value, SupportEnd::on(QDate(2029, 5, 31)));
    QCOMPARE(l.securitySupport.source.kind, LifecycleSource::Kind::Imported);
    auto last = AuditLog(*m_db).latestFor(QStringLiteral("component_lifecycle"), c.id);
    PP_VERIFY_OK(last);
    QVERIFY((*last)->beforeJson.contains(QLatin1String("2030-06-30")));
    // Bad values are refused.
    QCOMPARE(repo.setManualValue(c.id, LifecycleField::ReleaseDate, SupportEnd::ended(), 3)
                 .error()
                 .kind,
             ErrorKind::InputRejected);
    QCOMPARE(repo.setManualValue(c.id, LifecycleField::SecuritySupport, SupportEnd::on(QDate()), 3)
                 .error()
                 .kind,
             ErrorKind::InputRejected);
}

void tst_LifecycleRepository::manualStaleVersionIsAConflict()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component c = addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"),
                                     QStringLiteral("8.10"));
    LifecycleRepository repo(*m_db);
    auto first = repo.manual(c.id);
    PP_VERIFY_OK(first);
    QCOMPARE(first->rowVersion, 0);
    // An import ties the component meanwhile: that does not count as an edit of the dates.
    importSamples();
    QCOMPARE(rowOf(c.id).lifecycle.tie.kind, TieKind::ByName);
    ManualLifecycle mine = *first;
    mine.securitySupport = SupportEnd::on(QDate(2031, 1, 1));
    auto saved = repo.saveManual(mine);
    PP_VERIFY_OK(saved);
    // Someone else, who read version 0 too, is refused.
    ManualLifecycle theirs = *first;
    theirs.securitySupport = SupportEnd::ended();
    auto refused = repo.saveManual(theirs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QCOMPARE(rowOf(c.id).lifecycle.securitySupport.value, SupportEnd::on(QDate(2031, 1, 1)));
    // The deleted component.
    PP_VERIFY_OK(ComponentRepository(*m_db).remove(c.id, c.rowVersion));
    QCOMPARE(repo.saveManual(*saved).error().kind, ErrorKind::Conflict);
}

void tst_LifecycleRepository::automaticTieAndStaleness()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component c = addComponent(s.id, QStringLiteral("Red Hat Enterprise Linux"),
                                     QStringLiteral("8.10"));
    // Known by name, but no cycles are imported yet.
    QCOMPARE(rowOf(c.id).lifecycle.tie, (LifecycleTie{QStringLiteral("rhel"), {}, TieKind::ByName}));
    QCOMPARE(rowOf(c.id).lifecycle.securitySupport.value, SupportEnd::unknown());
    importSamples();
    ComponentLifecycle l = rowOf(c.id).lifecycle;
    QCOMPARE(l.tie, (LifecycleTie{QStringLiteral("rhel"), QStringLiteral("8"), TieKind::ByName}));
    QCOMPARE(l.securitySupport.value, SupportEnd::on(QDate(2029, 5, 31)));
    auto matched = AuditLog(*m_db).latestFor(QStringLiteral("component_lifecycle"), c.id);
    PP_VERIFY_OK(matched);
    QCOMPARE((*matched)->action, QStringLiteral("match"));

    // Upgraded to 9.4: the stored tie made for 8.10 no longer applies; reads work the new one
    // out at once, and refreshTies() stores it with its audit entry.
    Component upgraded = c;
    upgraded.version = QStringLiteral("9.4");
    auto stored = ComponentRepository(*m_db).update(upgraded);
    PP_VERIFY_OK(stored);
    l = rowOf(c.id).lifecycle;
    QCOMPARE(l.tie, (LifecycleTie{QStringLiteral("rhel"), QStringLiteral("9"), TieKind::ByName}));
    QCOMPARE(l.securitySupport.value, SupportEnd::on(QDate(2032, 5, 31)));
    QCOMPARE(l.securitySupport.source.file, QStringLiteral("rhel.json"));
    LifecycleRepository repo(*m_db);
    auto refresh = repo.refreshTies();
    PP_VERIFY_OK(refresh);
    QCOMPARE(refresh->newlyTied, 1);
    QCOMPARE(refresh->changed, 1);
    l = rowOf(c.id).lifecycle;
    QCOMPARE(l.tie, (LifecycleTie{QStringLiteral("rhel"), QStringLiteral("9"), TieKind::ByName}));
    QCOMPARE(l.securitySupport.value, SupportEnd::on(QDate(2032, 5, 31)));

    // 9.4 -> 9.6 stays in cycle 9: refreshed silently, not "newly matched", nothing audited.
    Component patched = *stored;
    patched.version = QStringLiteral("9.6");
    PP_VERIFY_OK(ComponentRepository(*m_db).update(patched));
    const int entries = auditCount();
    refresh = repo.refreshTies();
    PP_VERIFY_OK(refresh);
    QCOMPARE(refresh->newlyTied, 0);
    QCOMPARE(refresh->changed, 0);
    QCOMPARE(auditCount(), entries);
    QCOMPARE(rowOf(c.id).lifecycle.tie.cycle, QStringLiteral("9"));
    // Nothing to do the second time.
    refresh = repo.refreshTies();
    PP_VERIFY_OK(refresh);
    QCOMPARE(refresh->changed, 0);
    QCOMPARE(refresh->tied, 1);
}

void tst_LifecycleRepository::explicitProductWithoutCycle()
{
    const System s = addSystem(QStringLiteral("S1"));
    const Component c = addComponent(s.id, QStringLiteral("Our build of PG"), QStringLiteral("15.8"),
                                     QStringLiteral("postgresql"));
    QCOMPARE(rowOf(c.id).lifecycle.tie,
             (LifecycleTie{QStringLiteral("postgresql"), {}, TieKind::Explicit}));
    importSamples();
    const ComponentLifecycle l = rowOf(c.id).lifecycle;
    QCOMPARE(l.tie, (LifecycleTie{QStringLiteral("postgresql"), QStringLiteral("15"),
                                  TieKind::Explicit}));
    QCOMPARE(l.securitySupport.value, SupportEnd::on(QDate(2027, 11, 11)));
}

void tst_LifecycleRepository::oneQueryForAllComponents()
{
    // Structurally: rows() gives every component complete (system, tie, effective dates,
    // decision) in one call, the same as asking one by one, at demo scale in well under the
    // time a query per component would take.
    DemoOptions options;
    options.systems = 300;
    PP_VERIFY_OK(createDemoEstate(*m_db, options));
    importSamples();
    LifecycleRepository repo(*m_db);
    auto components = ComponentRepository(*m_db).findAll();
    PP_VERIFY_OK(components);
    QElapsedTimer t;
    t.start();
    int statements = -1;
    Result<QList<LifecycleRow>> rows = QList<LifecycleRow>();
    {
        StatementCounter counter(*m_db);
        rows = repo.rows();
        statements = counter.count();
    }
    const qint64 all = t.elapsed();
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), components->size());
    if (statements >= 0) {
        // One SELECT for 2,000 components, plus three small ones (products, cycles, choices)
        // for the untracked components' ties: no query per component.
        QVERIFY2(statements >= 1 && statements <= 4, qPrintable(QString::number(statements)));
        StatementCounter counter(*m_db);
        for (int i = 0; i < 5; ++i)
            (void)repo.row(rows->at(i).component.id);
        QVERIFY(counter.count() >= 5); // and the counter does count
    }
    t.restart();
    int sampled = 0;
    for (int i = 0; i < rows->size(); i += 97) {
        const LifecycleRow one = rowOf(rows->at(i).component.id);
        QCOMPARE(one.lifecycle.toJson(), rows->at(i).lifecycle.toJson());
        QCOMPARE(one.systemCode, rows->at(i).systemCode);
        ++sampled;
    }
    const qint64 perRow = t.elapsed() / qMax(1, sampled);
    qInfo("rows(): %lld components in %lld ms with %d SQL statement(s) (-1: not counted on this "
          "backend); one row(id): about %lld ms",
          qint64(rows->size()), all, statements, perRow);
    int tied = 0;
    for (const LifecycleRow &r : *rows)
        tied += r.lifecycle.tie.isComplete() ? 1 : 0;
    QVERIFY(tied > rows->size() / 4);
}

void tst_LifecycleRepository::version2ManualRowsKeepWinning()
{
    // A manual row written by version 2 (which had no per-date states) still wins after the
    // upgrade to version 3.
    const QString location = test::location(*m_dir, QStringLiteral("v2.db"));
    {
        Database::Options options;
        options.targetVersion = 2;
        auto db = Database::open(location, options);
        PP_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), 2);
        const QString now = QStringLiteral("2026-01-01T00:00:00Z");
        PP_VERIFY_OK((*db)->run(QStringLiteral("INSERT INTO systems (id, code, name, updated_at) "
                                               "VALUES (1, 'S1', 'One', ?)"), {now}));
        PP_VERIFY_OK((*db)->run(QStringLiteral("INSERT INTO components (id, system_id, kind, "
                                               "product, version, updated_at) VALUES (1, 1, 'os', "
                                               "'Windows Server', '2012 R2', ?)"), {now}));
        PP_VERIFY_OK((*db)->run(QStringLiteral("INSERT INTO component_lifecycle (component_id, "
                                               "security_support_end, security_support_state, "
                                               "extended_support_end, source_date, updated_at) "
                                               "VALUES (1, '2026-10-13', 'date', '2029-10-13', "
                                               "'2025-12-01', ?)"), {now}));
    }
    auto db = Database::open(location);
    PP_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    auto row = LifecycleRepository(**db).row(1);
    PP_VERIFY_OK(row);
    const ComponentLifecycle l = (*row)->lifecycle;
    QCOMPARE(l.securitySupport.value, SupportEnd::on(QDate(2026, 10, 13)));
    QCOMPARE(l.securitySupport.source.kind, LifecycleSource::Kind::Manual);
    QCOMPARE(l.extendedSupport.value, SupportEnd::on(QDate(2029, 10, 13)));
    QCOMPARE(l.activeSupport.value, SupportEnd::unknown());
}

QTEST_GUILESS_MAIN(tst_LifecycleRepository)
