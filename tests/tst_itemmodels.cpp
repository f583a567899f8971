// The item models behind the tables: content and roles, rows kept in step with the workspace
// (no resets, so selections survive), filtering and numeric sorting, the audit trail's lazy
// paging, and the import preview. Every model runs under QAbstractItemModelTester.
#include "testsupport.h"

#include "models/itemmodels/auditlogmodel.h"
#include "models/itemmodels/componenttablemodel.h"
#include "models/itemmodels/filterproxymodel.h"
#include "models/itemmodels/importpreviewmodels.h"
#include "models/itemmodels/systemtablemodel.h"
#include "models/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

using namespace pp;
using Tester = QAbstractItemModelTester;

class tst_ItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void systemModelContent();
    void systemModelFollowsChangesWithoutReset();
    void componentModelAllAndOneSystem();
    void proxyFiltersAnyColumnCaseInsensitive();
    void proxySortsNumbersNumerically();
    void proxySortsEnumsInDisplayOrder();
    void auditModelPagesLazily();
    void auditModelFilterAndNewEntries();
    void auditSummary();
    void importPreviewModels();
    void modelsFollowDatabaseSwitch();

private:
    qint64 addSystem(const QString &code, int tier = 3, Environment env = Environment::Production);
    qint64 addComponent(qint64 systemId, const QString &product, int instances = 1);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

void tst_ItemModels::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    auto db = test::openTemp(*m_dir);
    QVERIFY(db);
    m_ws->setDatabase(std::move(db));
}

void tst_ItemModels::cleanup()
{
    delete m_ws;
    delete m_dir;
}

qint64 tst_ItemModels::addSystem(const QString &code, int tier, Environment env)
{
    System s;
    s.code = code;
    s.name = QStringLiteral("%1 service").arg(code);
    s.criticality = tier;
    s.environment = env;
    s.ownerTeam = QStringLiteral("Platform");
    auto stored = m_ws->insertSystem(s);
    return stored ? stored->id : 0;
}

qint64 tst_ItemModels::addComponent(qint64 systemId, const QString &product, int instances)
{
    Component c;
    c.systemId = systemId;
    c.kind = ComponentKind::Middleware;
    c.product = product;
    c.version = QStringLiteral("1.0");
    c.instances = instances;
    auto stored = m_ws->insertComponent(c);
    return stored ? stored->id : 0;
}

void tst_ItemModels::systemModelContent()
{
    const qint64 id = addSystem(QStringLiteral("CRM"), 1, Environment::Staging);
    addComponent(id, QStringLiteral("nginx"));
    addComponent(id, QStringLiteral("Redis"));
    SystemTableModel model(m_ws);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(SystemTableModel::ColumnCount));
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(SystemTableModel::CodeColumn).toString(), QStringLiteral("CRM"));
    QCOMPARE(cell(SystemTableModel::CriticalityColumn).toString(), QStringLiteral("Tier 1"));
    QCOMPARE(cell(SystemTableModel::CriticalityColumn, RawValueRole).toInt(), 1);
    QCOMPARE(cell(SystemTableModel::EnvironmentColumn).toString(), QStringLiteral("Staging"));
    QCOMPARE(cell(SystemTableModel::EnvironmentColumn, RawValueRole).toString(),
             QStringLiteral("staging"));
    QCOMPARE(cell(SystemTableModel::ExposureColumn).toString(), QStringLiteral("Internal"));
    QCOMPARE(cell(SystemTableModel::ComponentsColumn, RawValueRole).toInt(), 2);
    QCOMPARE(cell(SystemTableModel::CodeColumn, IdRole).toLongLong(), id);
    QCOMPARE(cell(SystemTableModel::CodeColumn, RowVersionRole).toInt(), 1);
    QCOMPARE(model.headerData(SystemTableModel::OwnerTeamColumn, Qt::Horizontal).toString(),
             QStringLiteral("Owner team"));
    QCOMPARE(model.rowOf(id), 0);
    QCOMPARE(model.rowOf(9999), -1);
}

void tst_ItemModels::systemModelFollowsChangesWithoutReset()
{
    const qint64 a = addSystem(QStringLiteral("A"));
    const qint64 b = addSystem(QStringLiteral("B"));
    addSystem(QStringLiteral("C"));
    SystemTableModel model(m_ws);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QPersistentModelIndex selectedB = model.index(model.rowOf(b), SystemTableModel::NameColumn);

    // Edit: the row changes in place.
    System s = **m_ws->system(b);
    s.name = QStringLiteral("Billing");
    PP_VERIFY_OK(m_ws->updateSystem(s));
    QVERIFY(changed.count() >= 1);
    QVERIFY(selectedB.isValid());
    QCOMPARE(selectedB.data().toString(), QStringLiteral("Billing"));

    // Delete A: B's persistent index follows it.
    PP_VERIFY_OK(m_ws->removeSystem(a, 1));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(selectedB.isValid());
    QCOMPARE(selectedB.data().toString(), QStringLiteral("Billing"));

    // Add: appended.
    const qint64 d = addSystem(QStringLiteral("D"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(d), 2);

    // A component changes the count column.
    changed.clear();
    addComponent(b, QStringLiteral("Tomcat"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(model.rowOf(b), SystemTableModel::ComponentsColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(resets.count(), 0);
}

void tst_ItemModels::componentModelAllAndOneSystem()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    const qint64 erp = addSystem(QStringLiteral("ERP"));
    addComponent(crm, QStringLiteral("nginx"), 4);
    addComponent(crm, QStringLiteral("PostgreSQL"));
    const qint64 sap = addComponent(erp, QStringLiteral("SAP NetWeaver"));

    ComponentTableModel model(m_ws);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    const int row = model.rowOf(sap);
    QCOMPARE(model.index(row, ComponentTableModel::SystemCodeColumn).data().toString(),
             QStringLiteral("ERP"));
    QCOMPARE(model.index(row, ComponentTableModel::SystemNameColumn).data().toString(),
             QStringLiteral("ERP service"));
    QCOMPARE(model.index(row, ComponentTableModel::KindColumn).data().toString(),
             QStringLiteral("Middleware"));
    QCOMPARE(model.index(row, ComponentTableModel::KindColumn, {}).data(RawValueRole).toString(),
             QStringLiteral("middleware"));
    QCOMPARE(model.index(row, 0).data(SystemIdRole).toLongLong(), erp);

    model.setSystemFilter(crm);
    QCOMPARE(model.rowCount(), 2);
    addComponent(erp, QStringLiteral("Oracle Database"));
    QCOMPARE(model.rowCount(), 2); // another system's component is not shown
    addComponent(crm, QStringLiteral("Redis"));
    QCOMPARE(model.rowCount(), 3);

    // Renaming the system updates the system columns.
    System s = **m_ws->system(crm);
    s.code = QStringLiteral("CRM-01");
    PP_VERIFY_OK(m_ws->updateSystem(s));
    QCOMPARE(model.index(0, ComponentTableModel::SystemCodeColumn).data().toString(),
             QStringLiteral("CRM-01"));

    // Deleting the system empties the filtered list.
    PP_VERIFY_OK(m_ws->removeSystem(crm, (*m_ws->system(crm))->rowVersion));
    QCOMPARE(model.rowCount(), 0);
    model.setSystemFilter(0);
    QCOMPARE(model.rowCount(), 2);
}

void tst_ItemModels::proxyFiltersAnyColumnCaseInsensitive()
{
    addSystem(QStringLiteral("CRM"), 1, Environment::Production);
    addSystem(QStringLiteral("CRM-TEST"), 3, Environment::Staging);
    addSystem(QStringLiteral("ERP"), 2, Environment::Production);
    SystemTableModel model(m_ws);
    FilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("crm"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("crm PRODUCTION")); // every word, in any column
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, SystemTableModel::CodeColumn).data().toString(),
             QStringLiteral("CRM"));
    proxy.setFilterText(QStringLiteral("STAGING")); // translated labels are searchable
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
    // New rows pass through the filter too.
    proxy.setFilterText(QStringLiteral("erp"));
    addSystem(QStringLiteral("ERP-DR"));
    QCOMPARE(proxy.rowCount(), 2);
}

void tst_ItemModels::proxySortsNumbersNumerically()
{
    // Source without a sort role: numbers in text are compared as numbers.
    QStandardItemModel plain;
    for (const char *text : {"10", "9", "100", "web10", "web2", "1.5"})
        plain.appendRow(new QStandardItem(QString::fromLatin1(text)));
    FilterProxyModel proxy;
    proxy.setSourceModel(&plain);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    proxy.sort(0, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("1.5"), QStringLiteral("9"), QStringLiteral("10"),
                                 QStringLiteral("100"), QStringLiteral("web2"),
                                 QStringLiteral("web10")}));

    // Instances through the component model's sort role.
    const qint64 sys = addSystem(QStringLiteral("WEB"));
    addComponent(sys, QStringLiteral("a"), 100);
    addComponent(sys, QStringLiteral("b"), 9);
    addComponent(sys, QStringLiteral("c"), 1000);
    addComponent(sys, QStringLiteral("d"), 20);
    ComponentTableModel components(m_ws);
    FilterProxyModel sorted;
    sorted.setSourceModel(&components);
    Tester tester2(&sorted, Tester::FailureReportingMode::QtTest);
    sorted.sort(ComponentTableModel::InstancesColumn, Qt::DescendingOrder);
    QList<int> instances;
    for (int row = 0; row < sorted.rowCount(); ++row)
        instances << sorted.index(row, ComponentTableModel::InstancesColumn).data(RawValueRole).toInt();
    QCOMPARE(instances, (QList<int>{1000, 100, 20, 9}));
}

void tst_ItemModels::proxySortsEnumsInDisplayOrder()
{
    addSystem(QStringLiteral("A"), 3, Environment::Development);
    addSystem(QStringLiteral("B"), 3, Environment::Production);
    addSystem(QStringLiteral("C"), 3, Environment::Staging);
    SystemTableModel model(m_ws);
    FilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SystemTableModel::EnvironmentColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, SystemTableModel::CodeColumn).data().toString(), QStringLiteral("B"));
    QCOMPARE(proxy.index(1, SystemTableModel::CodeColumn).data().toString(), QStringLiteral("C"));
    QCOMPARE(proxy.index(2, SystemTableModel::CodeColumn).data().toString(), QStringLiteral("A"));
}

void tst_ItemModels::auditModelPagesLazily()
{
    PP_VERIFY_OK(m_ws->transaction([&]() -> Status {
        for (int i = 1; i <= 450; ++i) {
            System s;
            s.code = QStringLiteral("SYS-%1").arg(i, 4, 10, QLatin1Char('0'));
            s.name = QStringLiteral("System %1").arg(i);
            if (auto r = m_ws->insertSystem(s); !r)
                return r.error();
        }
        return {};
    }));
    // QAbstractItemModelTester itself calls fetchMore(): attach it after the paging is checked.
    AuditLogModel model(m_ws);
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), AuditLogModel::kDefaultPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    // Newest first.
    QVERIFY(model.index(0, 0).data(IdRole).toLongLong()
            > model.index(1, 0).data(IdRole).toLongLong());
    QVERIFY(model.index(0, AuditLogModel::SummaryColumn).data().toString().contains(
        QStringLiteral("SYS-0450")));
    QCOMPARE(model.index(449, AuditLogModel::SummaryColumn).data().toString(),
             QStringLiteral("code: 'SYS-0001'; name: 'System 1'"));

    // A smaller page size.
    model.setPageSize(100);
    model.reset();
    QCOMPARE(model.rowCount(), 100);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);

    AuditLogModel tested(m_ws);
    tested.setPageSize(150);
    Tester tester(&tested, Tester::FailureReportingMode::QtTest);
    while (tested.canFetchMore({}))
        tested.fetchMore({});
    QCOMPARE(tested.rowCount(), 450);
    tested.reset();
    QVERIFY(tested.rowCount() >= 150);
}

void tst_ItemModels::auditModelFilterAndNewEntries()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    addComponent(crm, QStringLiteral("nginx"));
    AuditLogModel model(m_ws);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QPersistentModelIndex oldest = model.index(1, 0);

    // A change: its entry is inserted at the top, the rows already read stay.
    System s = **m_ws->system(crm);
    s.ownerTeam = QStringLiteral("Finance IT");
    PP_VERIFY_OK(m_ws->updateSystem(s));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(resets.count(), 0);
    QVERIFY(oldest.isValid());
    QCOMPARE(oldest.row(), 2);
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(),
             QStringLiteral("Changed"));
    QCOMPARE(model.index(0, AuditLogModel::EntityColumn).data().toString(),
             QStringLiteral("System"));
    QCOMPARE(model.index(0, AuditLogModel::WhoColumn).data().toString(), QStringLiteral("tester"));
    QCOMPARE(model.index(0, AuditLogModel::EntityIdColumn).data().toLongLong(), crm);
    QCOMPARE(model.index(0, AuditLogModel::SummaryColumn).data().toString(),
             QStringLiteral("owner_team: 'Platform' \u2192 'Finance IT'"));
    QVERIFY(model.index(0, 0).data(AfterJsonRole).toString().contains(QStringLiteral("Finance IT")));
    QVERIFY(model.index(0, 0).data(BeforeJsonRole).toString().contains(QStringLiteral("Platform")));

    AuditFilter onlyComponents;
    onlyComponents.entity = QStringLiteral("component");
    model.setFilter(onlyComponents);
    QCOMPARE(model.rowCount(), 1);
    // A system change does not show under this filter.
    s = **m_ws->system(crm);
    s.ownerTeam = QStringLiteral("Sales IT");
    PP_VERIFY_OK(m_ws->updateSystem(s));
    QCOMPARE(model.rowCount(), 1);

    AuditFilter text;
    text.text = QStringLiteral("Finance");
    model.setFilter(text);
    QCOMPARE(model.rowCount(), 2); // the update to Finance IT and the one from it
}

void tst_ItemModels::auditSummary()
{
    QCOMPARE(AuditLogModel::summarize(QStringLiteral(R"({"owner_team":"","name":"CRM"})"),
                                      QStringLiteral(R"({"owner_team":"Finance IT","name":"CRM"})")),
             QStringLiteral("owner_team: '' \u2192 'Finance IT'"));
    QCOMPARE(AuditLogModel::summarize(QStringLiteral(R"({"criticality":3})"),
                                      QStringLiteral(R"({"criticality":1})")),
             QStringLiteral("criticality: 3 \u2192 1"));
    QCOMPARE(AuditLogModel::summarize(QString(), QStringLiteral(R"({"product":"nginx","version":"1.25"})")),
             QStringLiteral("product: 'nginx'; version: '1.25'"));
    const QString longText(100, QLatin1Char('x'));
    const QString summary = AuditLogModel::summarize(
        QStringLiteral(R"({"notes":""})"), QStringLiteral(R"({"notes":"%1"})").arg(longText));
    QVERIFY(summary.size() < 60);
    QVERIFY(summary.endsWith(QStringLiteral("\u2026'")));
    QCOMPARE(AuditLogModel::summarize(QStringLiteral("{}"), QStringLiteral("{}")), QString());
}

void tst_ItemModels::importPreviewModels()
{
    InventoryImportPreview preview;
    preview.file = QStringLiteral("inventory.csv");
    for (int line = 2; line <= 4; ++line) {
        InventoryCsvRow row;
        row.line = line;
        row.system.code = QStringLiteral("SYS-%1").arg(line);
        row.system.name = QStringLiteral("System %1").arg(line);
        if (line != 3) {
            Component c;
            c.kind = ComponentKind::Os;
            c.product = QStringLiteral("RHEL");
            c.version = QStringLiteral("8.%1").arg(line);
            row.component = c;
        }
        preview.rows << row;
    }
    preview.issues << ImportIssue{preview.file, 3, QStringLiteral("criticality"),
                                  QStringLiteral("Criticality must be a tier from 1 to 4."),
                                  ImportIssue::Severity::Error}
                   << ImportIssue{preview.file, 4, QStringLiteral("eol_cycle"),
                                  QStringLiteral("Unknown cycle."), ImportIssue::Severity::Warning};

    ImportRowsModel rows;
    Tester rowsTester(&rows, Tester::FailureReportingMode::QtTest);
    rows.setPreview(preview);
    QCOMPARE(rows.rowCount(), 3);
    QCOMPARE(rows.rowOfLine(3), 1);
    QCOMPARE(rows.rowOfLine(99), -1);
    QCOMPARE(rows.index(0, ImportRowsModel::KindColumn).data().toString(),
             QStringLiteral("Operating system"));
    QCOMPARE(rows.index(1, ImportRowsModel::ProductColumn).data().toString(), QString());
    QVERIFY(!rows.index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(rows.index(1, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(rows.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("tier")));

    ImportIssuesModel issues;
    Tester issuesTester(&issues, Tester::FailureReportingMode::QtTest);
    issues.setIssues(preview.issues);
    QCOMPARE(issues.rowCount(), 2);
    QCOMPARE(issues.index(0, ImportIssuesModel::SeverityColumn).data().toString(),
             QStringLiteral("Error"));
    QCOMPARE(issues.index(1, ImportIssuesModel::SeverityColumn).data().toString(),
             QStringLiteral("Warning"));
    QCOMPARE(issues.index(1, 0).data(LineRole).toInt(), 4);
}

void tst_ItemModels::modelsFollowDatabaseSwitch()
{
    addSystem(QStringLiteral("CRM"));
    SystemTableModel systems(m_ws);
    ComponentTableModel components(m_ws);
    AuditLogModel audit(m_ws);
    Tester t1(&systems, Tester::FailureReportingMode::QtTest);
    Tester t2(&components, Tester::FailureReportingMode::QtTest);
    Tester t3(&audit, Tester::FailureReportingMode::QtTest);
    QCOMPARE(systems.rowCount(), 1);
    PP_VERIFY_OK(m_ws->open(m_dir->filePath(QStringLiteral("other.db"))));
    QCOMPARE(systems.rowCount(), 0);
    QCOMPARE(audit.rowCount(), 0);
    m_ws->close();
    QCOMPARE(systems.rowCount(), 0);
    QCOMPARE(components.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ItemModels)
#include "tst_itemmodels.moc"
