// The frozen-systems register's item model on made-up rows: the columns' text, the sort roles
// (real dates and numbers, EOSL "ended" before dates before "not announced" before unknown),
// gap rows highlighted with the messages in the tooltip, and the proxy's filters.
#include "models/itemmodels/frozenregistermodel.h"
#include "models/itemmodels/roles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace pp;

namespace {

const QDate kToday(2026, 11, 29);

FrozenRegisterRow row(qint64 id, qint64 systemId, const QString &code, const QString &product,
                      const SupportEnd &eosl, EoslStatus status)
{
    FrozenRegisterRow r;
    r.eosl.row.component.id = id;
    r.eosl.row.component.systemId = systemId;
    r.eosl.row.component.product = product;
    r.eosl.row.component.version = QStringLiteral("1.0");
    r.eosl.row.systemCode = code;
    r.eosl.row.lifecycle.securitySupport.value = eosl;
    r.eosl.assessment.status = status;
    r.systemFrozen = true;
    return r;
}

} // namespace

class tst_FrozenModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsSortingAndFilters();
};

void tst_FrozenModel::columnsSortingAndFilters()
{
    FrozenRegisterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FrozenRegisterRow a = row(1, 10, QStringLiteral("OT-01"), QStringLiteral("Windows XP"),
                              SupportEnd::on(QDate(2014, 4, 8)), EoslStatus::Past);
    Gap g;
    g.kind = GapKind::EoslWithoutSupport;
    g.componentId = 1;
    g.message = QStringLiteral("Past EOSL without support (test)");
    a.gaps << g;
    a.nextDue = kToday.addDays(-1);
    AcceptedFindingRef f;
    f.findingId = 5;
    f.vulnerability = QStringLiteral("CVE-2017-0144");
    a.acceptedFindings << f;
    FrozenRegisterRow b = row(2, 11, QStringLiteral("MFG-01"), QStringLiteral("Oracle DB"),
                              SupportEnd::notAnnounced(), EoslStatus::Supported);
    b.reason = QStringLiteral("vendor gone");
    b.componentFrozen = true;
    b.systemFrozen = false;
    b.nextDue = kToday.addDays(30);
    Control c;
    c.id = 7;
    b.controls << c << c;
    FrozenRegisterRow u = row(3, 11, QStringLiteral("MFG-01"), QStringLiteral("PLC firmware"),
                              SupportEnd::unknown(), EoslStatus::Unknown);
    FrozenRegisterRow e = row(4, 10, QStringLiteral("OT-01"), QStringLiteral("Scada"),
                              SupportEnd::ended(), EoslStatus::Past);
    model.setRows({a, b, u, e}, kToday);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(3), 2);

    const auto text = [&model](int r, int c, int role = Qt::DisplayRole) {
        return model.data(model.index(r, c), role);
    };
    QVERIFY(text(0, FrozenRegisterModel::GapsColumn).toString().startsWith(QLatin1String("1 gap")));
    QVERIFY(text(0, FrozenRegisterModel::GapsColumn, Qt::ToolTipRole)
                .toString()
                .contains(g.message));
    QVERIFY(text(0, FrozenRegisterModel::ProductColumn, Qt::BackgroundRole).isValid());
    QVERIFY(!text(1, FrozenRegisterModel::ProductColumn, Qt::BackgroundRole).isValid());
    QVERIFY(text(0, FrozenRegisterModel::NextDueColumn).toString().contains(
        QLatin1String("overdue")));
    QCOMPARE(text(1, FrozenRegisterModel::EoslColumn).toString(), QStringLiteral("not announced"));
    QCOMPARE(text(2, FrozenRegisterModel::EoslColumn).toString(), QStringLiteral("unknown"));
    QCOMPARE(text(3, FrozenRegisterModel::EoslColumn).toString(), QStringLiteral("ended"));
    QCOMPARE(text(1, FrozenRegisterModel::ReasonColumn).toString(), QStringLiteral("vendor gone"));
    QCOMPARE(text(0, FrozenRegisterModel::ReasonColumn).toString(),
             QStringLiteral("The system is frozen"));
    QCOMPARE(text(1, FrozenRegisterModel::ControlsColumn).toInt(), 2);
    QCOMPARE(text(0, FrozenRegisterModel::AcceptedColumn).toInt(), 1);
    QCOMPARE(text(1, FrozenRegisterModel::NextDueColumn, SortRole).toDate(), kToday.addDays(30));
    QCOMPARE(text(0, 0, IdRole).toLongLong(), qint64(1));

    FrozenRegisterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // EOSL order: ended, the date, not announced, unknown.
    proxy.sort(FrozenRegisterModel::EoslColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, FrozenRegisterModel::ProductColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("Scada"), QStringLiteral("Windows XP"),
                                 QStringLiteral("Oracle DB"), QStringLiteral("PLC firmware")}));
    proxy.sort(FrozenRegisterModel::ControlsColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FrozenRegisterModel::ProductColumn).data().toString(),
             QStringLiteral("Oracle DB"));

    proxy.setGapsOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setGapsOnly(false);
    proxy.setSystemId(11);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSystemId(0);
    proxy.setText(QStringLiteral("cve-2017"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("mfg vendor"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

QTEST_GUILESS_MAIN(tst_FrozenModel)
#include "tst_frozenmodel.moc"
