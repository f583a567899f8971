// Lists as the window shows them, turned into CSV and JSON (models/io/tableexport.h): the rows
// follow a proxy's filter and sort, the columns those asked for, the keys come from the header
// (ColumnKeyRole), the values keep their types, and hostile text cannot become a formula.
#include "models/io/tableexport.h"
#include "models/itemmodels/auditlogmodel.h"
#include "models/itemmodels/componenttablemodel.h"
#include "models/itemmodels/duetablemodel.h"
#include "models/itemmodels/eosltablemodel.h"
#include "models/itemmodels/findingtablemodel.h"
#include "models/itemmodels/frozenregistermodel.h"
#include "models/itemmodels/patchtablemodel.h"
#include "models/itemmodels/plantablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/itemmodels/systemtablemodel.h"
#include "models/itemmodels/vulntablemodel.h"
#include "models/itemmodels/windowtablemodel.h"
#include "models/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace pp;

namespace {

const QString kHostile = QStringLiteral("=cmd|' /C calc'!A0");

/// name (display only), count (raw int), due (raw QDate), ok (raw bool), score (raw double)
std::unique_ptr<QStandardItemModel> sampleModel()
{
    auto model = std::make_unique<QStandardItemModel>(0, 5);
    const QStringList keys{QStringLiteral("name"), QStringLiteral("count"),
                           QStringLiteral("due"), QStringLiteral("ok"), QStringLiteral("score")};
    for (int c = 0; c < keys.size(); ++c) {
        model->setHeaderData(c, Qt::Horizontal, keys.at(c), ColumnKeyRole);
        // The display header is what a translation changes: it must not leak into the keys.
        model->setHeaderData(c, Qt::Horizontal, QStringLiteral("Überschrift %1").arg(c));
    }
    struct Row
    {
        QString name;
        int count;
        QDate due;
        bool ok;
        double score;
    };
    const QList<Row> rows{{QStringLiteral("alpha"), 3, QDate(2026, 12, 1), true, 7.5},
                          {kHostile, 10, QDate(2027, 1, 31), false, 9.8},
                          {QStringLiteral("beta"), 1, QDate(), true, 0.5},
                          {QStringLiteral("gamma"), 7, QDate(2026, 6, 30), false, 4.25}};
    for (const Row &r : rows) {
        QList<QStandardItem *> items;
        items << new QStandardItem(r.name);
        auto *count = new QStandardItem(QStringLiteral("%1 items").arg(r.count));
        count->setData(r.count, RawValueRole);
        count->setData(r.count, SortRole);
        items << count;
        auto *due = new QStandardItem(r.due.isValid() ? r.due.toString(QStringLiteral("d MMM"))
                                                      : QStringLiteral("none"));
        due->setData(r.due, RawValueRole);
        items << due;
        auto *ok = new QStandardItem(r.ok ? QStringLiteral("Yes") : QStringLiteral("No"));
        ok->setData(r.ok, RawValueRole);
        items << ok;
        auto *score = new QStandardItem(QString::number(r.score, 'f', 1));
        score->setData(r.score, RawValueRole);
        items << score;
        model->appendRow(items);
    }
    return model;
}

QJsonArray parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    return doc.array();
}

QStringList columnKeys(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int c = 0; c < model.columnCount(); ++c)
        keys << model.headerData(c, Qt::Horizontal, ColumnKeyRole).toString();
    return keys;
}

} // namespace

class tst_TableExport : public QObject
{
    Q_OBJECT

private slots:
    void followsProxyFilterAndSort();
    void columnsChosenAndOrdered();
    void typedJsonValues();
    void hostileTextNeutralisedInCsv();
    void treeGroupsAreNotRows();
    void missingAndDuplicateKeys();
    void writeFiles();
    void everyTableModelHasStableKeys();
};

void tst_TableExport::followsProxyFilterAndSort()
{
    auto model = sampleModel();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    proxy.setSortRole(SortRole);
    proxy.sort(1, Qt::DescendingOrder);
    // Filter: leave "beta" out (name column).
    proxy.setFilterKeyColumn(0);
    proxy.setFilterRegularExpression(QRegularExpression(QStringLiteral("^(?!beta$)")));
    QCOMPARE(proxy.rowCount(), 3);

    const ReportTable t = tableFromModel(proxy, {0, 1});
    QCOMPARE(t.keys, (QStringList{QStringLiteral("name"), QStringLiteral("count")}));
    QCOMPARE(t.rows.size(), 3);
    // Count descending: 10 (hostile), 7 (gamma), 3 (alpha).
    QCOMPARE(t.rows.at(0).at(1).toInt(), 10);
    QCOMPARE(t.rows.at(1).at(0).toString(), QStringLiteral("gamma"));
    QCOMPARE(t.rows.at(2).at(0).toString(), QStringLiteral("alpha"));

    // The proxy changes, the export follows.
    proxy.sort(1, Qt::AscendingOrder);
    proxy.setFilterRegularExpression(QRegularExpression());
    const ReportTable all = tableFromModel(proxy, {0});
    QCOMPARE(all.rows.size(), 4);
    QCOMPARE(all.rows.at(0).at(0).toString(), QStringLiteral("beta"));
}

void tst_TableExport::columnsChosenAndOrdered()
{
    auto model = sampleModel();
    const ReportTable t = tableFromModel(*model, {4, 0});
    QCOMPARE(t.keys, (QStringList{QStringLiteral("score"), QStringLiteral("name")}));
    QCOMPARE(t.rows.first().size(), 2);
    QCOMPARE(t.rows.first().at(1).toString(), QStringLiteral("alpha"));
    const ReportTable every = TableExport::fromModel(*model);
    QCOMPARE(every.keys.size(), 5);
}

void tst_TableExport::typedJsonValues()
{
    auto model = sampleModel();
    const ReportTable t = TableExport::fromModel(*model);
    const QJsonArray rows = parseJson(t.toJson());
    QCOMPARE(rows.size(), 4);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys().size(), 5);
    QVERIFY(first.value(QStringLiteral("count")).isDouble());
    QCOMPARE(first.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-01"));
    QVERIFY(first.value(QStringLiteral("ok")).isBool());
    QCOMPARE(first.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("score")).toDouble(), 7.5);
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("alpha"));
    // No date: null, not the display text "none" or an empty string.
    QVERIFY(rows.at(2).toObject().value(QStringLiteral("due")).isNull());
    // The hostile text is data in JSON, unchanged.
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("name")).toString(), kHostile);

    // A UTC date-time is written as ISO 8601 UTC whatever its zone.
    QStandardItemModel times(1, 1);
    times.setHeaderData(0, Qt::Horizontal, QStringLiteral("at"), ColumnKeyRole);
    const QDateTime tokyo(QDate(2026, 11, 29), QTime(9, 30), QTimeZone("Asia/Tokyo"));
    times.setData(times.index(0, 0), tokyo, RawValueRole);
    times.setData(times.index(0, 0), QStringLiteral("29/11/2026 09:30"));
    const QJsonArray t2 = parseJson(TableExport::fromModel(times).toJson());
    QCOMPARE(t2.at(0).toObject().value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-11-29T00:30:00Z"));
}

void tst_TableExport::hostileTextNeutralisedInCsv()
{
    auto model = sampleModel();
    const QByteArray csv = TableExport::encode(TableExport::fromModel(*model), TableFormat::Csv);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("name,count,due,ok,score"));
    // The formula cell starts with an apostrophe: a spreadsheet shows it as text.
    QVERIFY2(csv.contains("\"'=cmd|' /C calc'!A0\"") || csv.contains("'=cmd|' /C calc'!A0"),
             csv.constData());
    for (const QByteArray &line : lines)
        QVERIFY2(!line.startsWith("=") && !line.contains(",=cmd"), line.constData());
    QCOMPARE(lines.at(1).trimmed(), QByteArray("alpha,3,2026-12-01,true,7.5"));
}

void tst_TableExport::treeGroupsAreNotRows()
{
    QStandardItemModel tree(0, 2);
    tree.setHeaderData(0, Qt::Horizontal, QStringLiteral("obligation"), ColumnKeyRole);
    tree.setHeaderData(1, Qt::Horizontal, QStringLiteral("system_code"), ColumnKeyRole);
    auto *overdue = new QStandardItem(QStringLiteral("Overdue (2)"));
    overdue->appendRow({new QStandardItem(QStringLiteral("Backup drill")),
                        new QStandardItem(QStringLiteral("ERP-01"))});
    overdue->appendRow({new QStandardItem(QStringLiteral("Log review")),
                        new QStandardItem(QStringLiteral("HR-01"))});
    auto *week = new QStandardItem(QStringLiteral("Week 49 (1)"));
    week->appendRow({new QStandardItem(QStringLiteral("Scan")),
                     new QStandardItem(QStringLiteral("WEB-01"))});
    tree.appendRow({overdue, new QStandardItem()});
    tree.appendRow({week, new QStandardItem()});
    const ReportTable t = TableExport::fromModel(tree);
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows.at(0).at(0).toString(), QStringLiteral("Backup drill"));
    QCOMPARE(t.rows.at(2).at(1).toString(), QStringLiteral("WEB-01"));
}

void tst_TableExport::missingAndDuplicateKeys()
{
    QStandardItemModel model(1, 3);
    model.setHeaderData(0, Qt::Horizontal, QStringLiteral("name"), ColumnKeyRole);
    model.setHeaderData(1, Qt::Horizontal, QStringLiteral("name"), ColumnKeyRole);
    const ReportTable t = TableExport::fromModel(model);
    QCOMPARE(t.keys, (QStringList{QStringLiteral("name"), QStringLiteral("name_2"),
                                  QStringLiteral("column_2")}));
}

void tst_TableExport::writeFiles()
{
    QCOMPARE(TableExport::formatForPath(QStringLiteral("/tmp/a.JSON")), TableFormat::Json);
    QCOMPARE(TableExport::formatForPath(QStringLiteral("/tmp/a.csv")), TableFormat::Csv);
    QCOMPARE(TableExport::formatForPath(QStringLiteral("/tmp/a")), TableFormat::Csv);
    QTemporaryDir dir;
    auto model = sampleModel();
    const ReportTable t = TableExport::fromModel(*model);
    const QString json = dir.filePath(QStringLiteral("list.json"));
    const Status written = TableExport::write(t, json, TableFormat::Json);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(parseJson(f.readAll()).size(), 4);
    // A folder that does not exist: an error that names the file, no crash.
    const QString bad = dir.filePath(QStringLiteral("missing/list.csv"));
    const Status failed = TableExport::write(t, bad, TableFormat::Csv);
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(bad));
}

void tst_TableExport::everyTableModelHasStableKeys()
{
    Workspace workspace; // closed: the models are empty, their headers are not
    SystemTableModel systems(&workspace);
    ComponentTableModel components(&workspace);
    AuditLogModel audit(&workspace);
    EoslTableModel eosl(&workspace);
    FindingTableModel findings(&workspace);
    VulnTableModel vulns(&workspace);
    FrozenRegisterModel frozen;
    PatchTableModel patches;
    PlanTableModel plans;
    DueTableModel due;
    WindowTableModel windows;
    BlackoutTableModel blackouts;
    const QList<const QAbstractItemModel *> models{&systems, &components, &audit, &eosl,
                                                   &findings, &vulns, &frozen, &patches,
                                                   &plans, &due, &windows, &blackouts};
    const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const QAbstractItemModel *m : models) {
        const QStringList keys = columnKeys(*m);
        QVERIFY(!keys.isEmpty());
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        for (const QString &key : keys)
            QVERIFY2(snake.match(key).hasMatch(),
                     qPrintable(QStringLiteral("%1: '%2'").arg(
                         QString::fromLatin1(m->metaObject()->className()), key)));
    }
    // The keys the command line uses for the same values.
    QCOMPARE(columnKeys(systems).first(), QStringLiteral("code"));
    QVERIFY(columnKeys(eosl).contains(QStringLiteral("days_left")));
    QVERIFY(columnKeys(findings).contains(QStringLiteral("due_date")));
    QCOMPARE(columnKeys(audit),
             (QStringList{QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                          QStringLiteral("entity"), QStringLiteral("entity_id"),
                          QStringLiteral("summary")}));
    // A proxy passes them on (mapped to the source's columns).
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&patches);
    QCOMPARE(columnKeys(proxy), columnKeys(patches));
}

QTEST_MAIN(tst_TableExport)
#include "tst_tableexport.moc"
