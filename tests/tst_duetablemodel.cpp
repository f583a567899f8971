// The Calendar page's models without widgets: the due table's columns, status words, overdue
// styling and sort role; the filter proxy; and the grouping by week and month across a month
// end and a year end, overdue first.
#include "models/itemmodels/duetablemodel.h"
#include "models/itemmodels/roles.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QtTest>

using namespace pp;

namespace {

DueItem item(qint64 id, const QString &system, const QString &kind, const QDate &due,
             const QDate &today, DueItem::Source source = DueItem::Source::Cadence)
{
    DueItem d;
    d.source = source;
    d.id = id;
    d.systemId = system == QLatin1String("ERP-01") ? 1 : 2;
    d.systemCode = system;
    d.kind = kind;
    d.obligation = source == DueItem::Source::Cadence ? kind : QStringLiteral("Log review");
    d.nextDue = due;
    d.overdue = due < today;
    d.rowVersion = int(id) + 10;
    return d;
}

} // namespace

class tst_DueTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void columnsStatusAndRoles();
    void filterBySystemAndText();
    void groupsByWeekAcrossTheYearEnd();
    void groupsByMonthAndSortsWithinGroups();
};

static const QDate kToday(2026, 12, 28);

static QList<DueItem> sample()
{
    return {
        item(1, QStringLiteral("ERP-01"), QStringLiteral("incident_profile_review"),
             QDate(2026, 11, 20), kToday),
        item(2, QStringLiteral("OT-01"), QStringLiteral("vulnerability_scan"),
             QDate(2026, 12, 27), kToday),
        item(3, QStringLiteral("ERP-01"), QStringLiteral("eosl_review"), kToday, kToday),
        item(4, QStringLiteral("ERP-01"), QStringLiteral("backup_restore_drill"),
             QDate(2027, 1, 3), kToday),
        item(5, QStringLiteral("OT-01"), QStringLiteral("log_review"), QDate(2027, 1, 4), kToday,
             DueItem::Source::Control),
        item(6, QStringLiteral("ERP-01"), QStringLiteral("vulnerability_scan"),
             QDate(2027, 2, 1), kToday),
    };
}

void tst_DueTableModel::columnsStatusAndRoles()
{
    DueTableModel model;
    model.setRows(sample(), kToday);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(DueTableModel::ColumnCount));
    QCOMPARE(model.headerData(DueTableModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Status"));

    const QModelIndex overdue = model.index(0, DueTableModel::Status);
    QCOMPARE(overdue.data().toString(), QStringLiteral("Overdue by 38 day(s)"));
    QCOMPARE(model.index(1, DueTableModel::Status).data().toString(),
             QStringLiteral("Overdue by 1 day(s)"));
    QCOMPARE(model.index(2, DueTableModel::Status).data().toString(), QStringLiteral("Due today"));
    QCOMPARE(model.index(3, DueTableModel::Status).data().toString(), QStringLiteral("In 6 day(s)"));
    // Kind: an operational cadence, or the display name of the control's kind.
    QCOMPARE(model.index(0, DueTableModel::Kind).data().toString(),
             QStringLiteral("Operational cadence"));
    QCOMPARE(model.index(4, DueTableModel::Kind).data().toString(),
             QStringLiteral("Periodic log review"));
    QCOMPARE(model.index(4, DueTableModel::System).data().toString(), QStringLiteral("OT-01"));

    // Overdue rows: red and the status in bold; others plain.
    QCOMPARE(overdue.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x1c, 0x1c));
    QVERIFY(overdue.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(3, DueTableModel::Due).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(3, DueTableModel::Status).data(Qt::FontRole).isValid());

    // Raw values for the page and real dates to sort by.
    const QModelIndex control = model.index(4, DueTableModel::Obligation);
    QCOMPARE(control.data(IdRole).toLongLong(), qint64(5));
    QCOMPARE(control.data(RowVersionRole).toInt(), 15);
    QCOMPARE(control.data(SystemIdRole).toLongLong(), qint64(2));
    QCOMPARE(control.data(DueSourceRole).toInt(), int(DueItem::Source::Control));
    QCOMPARE(control.data(DueDateRole).toDate(), QDate(2027, 1, 4));
    QCOMPARE(model.index(5, DueTableModel::Due).data(SortRole).toDate(), QDate(2027, 2, 1));
    QCOMPARE(model.index(5, DueTableModel::Status).data(SortRole).toDate(), QDate(2027, 2, 1));
    QCOMPARE(model.rowOf(DueItem::Source::Control, 5), 4);
    QCOMPARE(model.rowOf(DueItem::Source::Cadence, 5), -1);
}

void tst_DueTableModel::filterBySystemAndText()
{
    DueTableModel model;
    model.setRows(sample(), kToday);
    DueFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setSystemId(2);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("log"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSystemId(0);
    proxy.setText(QStringLiteral("SCAN")); // the kind's display name, case-insensitively
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("erp-01"));
    QCOMPARE(proxy.rowCount(), 4);

    // Sorting by the due date sorts by the date, not the text.
    proxy.setText({});
    proxy.sort(DueTableModel::Due, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(DueDateRole).toDate(), QDate(2027, 2, 1));
    QCOMPARE(proxy.index(5, 0).data(DueDateRole).toDate(), QDate(2026, 11, 20));
}

void tst_DueTableModel::groupsByWeekAcrossTheYearEnd()
{
    DueTableModel model;
    model.setRows(sample(), kToday);
    DueFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(DueTableModel::Due);
    DueGroupModel groups;
    groups.setSourceModel(&proxy);
    QCOMPARE(groups.grouping(), DueGroupModel::Grouping::Week);
    QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Overdue first; week 53 of 2026 runs into 2027; week 1 of 2027; February.
    QCOMPARE(groups.rowCount(), 4);
    QCOMPARE(groups.index(0, 0).data().toString(), QStringLiteral("Overdue (2)"));
    QCOMPARE(groups.index(1, 0).data().toString(),
             QStringLiteral("Week 53: 28 Dec 2026 \u2013 3 Jan 2027 (2)"));
    QCOMPARE(groups.index(2, 0).data().toString(),
             QStringLiteral("Week 1: 4 Jan \u2013 10 Jan 2027 (1)"));
    QCOMPARE(groups.index(3, 0).data().toString(),
             QStringLiteral("Week 5: 1 Feb \u2013 7 Feb 2027 (1)"));
    QVERIFY(groups.index(0, 0).data(DueGroupRole).toBool());
    QCOMPARE(groups.index(0, 0).data(DueGroupKeyRole).toString(), QStringLiteral("overdue"));
    QCOMPARE(groups.index(1, 0).data(DueGroupKeyRole).toString(), QStringLiteral("w2026-53"));
    QVERIFY(!(groups.flags(groups.index(0, 0)) & Qt::ItemIsSelectable));

    // The children are the rows, mapped back to the source.
    const QModelIndex week53 = groups.index(1, 0);
    QCOMPARE(groups.rowCount(week53), 2);
    const QModelIndex first = groups.index(0, DueTableModel::Status, week53);
    QCOMPARE(first.data().toString(), QStringLiteral("Due today"));
    QVERIFY(!first.data(DueGroupRole).toBool());
    QCOMPARE(first.parent(), week53);
    QCOMPARE(groups.mapFromSource(groups.mapToSource(first)), first);
    QCOMPARE(groups.index(1, 0, week53).data(IdRole).toLongLong(), qint64(4));

    // Filtering the source regroups, with the counts of what is shown.
    proxy.setSystemId(2);
    QCOMPARE(groups.rowCount(), 2);
    QCOMPARE(groups.index(0, 0).data().toString(), QStringLiteral("Overdue (1)"));
    QCOMPARE(groups.index(1, 0).data().toString(),
             QStringLiteral("Week 1: 4 Jan \u2013 10 Jan 2027 (1)"));
    proxy.setSystemId(0);
    QCOMPARE(groups.rowCount(), 4);

    // A due date on 31 December 2024 is in ISO week 1 of 2025.
    QCOMPARE(DueGroupModel::groupTitle(DueGroupModel::Grouping::Week, QDate(2024, 12, 31), false),
             QStringLiteral("Week 1: 30 Dec 2024 \u2013 5 Jan 2025"));
    QCOMPARE(DueGroupModel::groupKey(DueGroupModel::Grouping::Week, QDate(2024, 12, 31), false),
             QStringLiteral("w2025-01"));
}

void tst_DueTableModel::groupsByMonthAndSortsWithinGroups()
{
    DueTableModel model;
    model.setRows(sample(), kToday);
    DueFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(DueTableModel::Due);
    DueGroupModel groups;
    groups.setSourceModel(&proxy);
    groups.setGrouping(DueGroupModel::Grouping::Month);
    QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(groups.rowCount(), 4);
    QCOMPARE(groups.index(0, 0).data().toString(), QStringLiteral("Overdue (2)"));
    QCOMPARE(groups.index(1, 0).data().toString(), QStringLiteral("December 2026 (1)"));
    QCOMPARE(groups.index(2, 0).data().toString(), QStringLiteral("January 2027 (2)"));
    QCOMPARE(groups.index(3, 0).data().toString(), QStringLiteral("February 2027 (1)"));

    // Sorting (by system, descending) orders the rows inside each group; the groups stay in
    // date order, overdue first.
    groups.sort(DueTableModel::System, Qt::DescendingOrder);
    QCOMPARE(groups.index(0, 0).data().toString(), QStringLiteral("Overdue (2)"));
    const QModelIndex overdue = groups.index(0, 0);
    QCOMPARE(groups.index(0, DueTableModel::System, overdue).data().toString(),
             QStringLiteral("OT-01"));
    QCOMPARE(groups.index(1, DueTableModel::System, overdue).data().toString(),
             QStringLiteral("ERP-01"));
    QCOMPARE(groups.index(3, 0).data().toString(), QStringLiteral("February 2027 (1)"));

    // New rows regroup.
    model.setRows({}, kToday);
    QCOMPARE(groups.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_DueTableModel)
#include "tst_duetablemodel.moc"
