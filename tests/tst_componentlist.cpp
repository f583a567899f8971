// The component list at enterprise size (issue 9), in behaviour: the indexed filter-and-sort proxy
// gives exactly FilterProxyModel's rows and order (every word in any column, case-insensitive,
// while typing and deleting; numbers, versions, dates and text in their order), the selection
// survives filtering and source changes, and the background load of ComponentTableModel ends
// with every row, never shows a superseded load's rows, and leaves the Components page usable.
#include "testsupport.h"

#include "models/itemmodels/componenttablemodel.h"
#include "models/itemmodels/filterproxymodel.h"
#include "models/itemmodels/indexedfilterproxymodel.h"
#include "models/itemmodels/roles.h"
#include "models/storage/componentrepository.h"
#include "models/workspace.h"
#include "ui/inventory/componentspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace pp;
using Tester = QAbstractItemModelTester;

class tst_ComponentList : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameRowsAsFilterProxyWhileTypingAndDeleting();
    void sameOrderAsFilterProxy();
    void searchTextsFollowManyEditsInsertsAndRemovals();
    void searchTextsReadInSlicesFollowChanges();
    void filterFindsEveryWordInAnyColumn();
    void sortsVersionsNumbersAndText();
    void naturalOrderRanksFollowTheComparison_data();
    void naturalOrderRanksFollowTheComparison();
    void selectionSurvivesFilterAndSourceChanges();
    void backgroundLoadEndsWithEveryRow();
    void modelMadeForBackgroundReadsItsFirstLoadThere();
    void reloadWhileLoadingShowsNoStaleRows();
    void pageSaysItIsLoadingAndStaysUsable();
    void backgroundReloadKeepsRowsUntilTheNewOnesCome();
    void pageReloadInTheBackgroundKeepsTheSelection();

private:
    qint64 addSystem(const QString &code);
    qint64 addComponent(qint64 systemId, const QString &vendor, const QString &product,
                        const QString &version, int instances = 1);
    static QList<qint64> idsOf(const QAbstractItemModel &proxy);
    static QStringList column(const QAbstractItemModel &proxy, int column);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

namespace {

/// A table of mixed cells: natural text ("web2", "Web10"), numbers, dates, versions, empties.
/// Columns 0-2 have a SortRole for every row (number, date, text); 3-4 only display text.
QStandardItemModel *mixedTable(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 5, parent);
    QRandomGenerator random(42);
    const QStringList words{QStringLiteral("web"), QStringLiteral("Web"), QStringLiteral("db"),
                            QStringLiteral("CRM prod"), QStringLiteral("crm-test"),
                            QStringLiteral("Ärger"), QStringLiteral("app"), QString()};
    for (int row = 0; row < 300; ++row) {
        QList<QStandardItem *> items;
        const int number = int(random.bounded(40)) - 5;
        auto *n = new QStandardItem(QString::number(number));
        n->setData(number, SortRole);
        items << n;
        const QDate date = QDate(2024, 1, 1).addDays(random.bounded(30));
        auto *d = new QStandardItem(date.toString(Qt::ISODate));
        d->setData(date, SortRole);
        items << d;
        const QString word = words.at(random.bounded(words.size()));
        const QString text = word.isEmpty() ? word : word + QString::number(random.bounded(12));
        auto *t = new QStandardItem(text);
        t->setData(text, SortRole);
        items << t;
        items << new QStandardItem(QStringLiteral("%1.%2.%3")
                                       .arg(random.bounded(3))
                                       .arg(random.bounded(12))
                                       .arg(random.bounded(3)));
        items << new QStandardItem(random.bounded(4) == 0 ? QString()
                                                          : words.at(random.bounded(7)));
        model->appendRow(items);
    }
    return model;
}

/// The rows, sorted: the same set of rows whatever their order.
QList<QList<QString>> setOf(const QAbstractItemModel &proxy);

/// The order as far as it is defined: rows whose sort values tie may come in either order
/// (QSortFilterProxyModel keeps them in the order of the previous sort, or of its insertions).
QStringList keysOf(const QAbstractItemModel &proxy, int column)
{
    QStringList keys;
    for (int row = 0; row < proxy.rowCount(); ++row)
        keys << proxy.index(row, column).data().toString().toCaseFolded(); // "Web1" ties "web1"
    return keys;
}

QList<QList<QString>> rowsOf(const QAbstractItemModel &proxy)
{
    QList<QList<QString>> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QList<QString> cells;
        for (int column = 0; column < proxy.columnCount(); ++column)
            cells << proxy.index(row, column).data().toString();
        rows << cells;
    }
    return rows;
}

QList<QList<QString>> setOf(const QAbstractItemModel &proxy)
{
    QList<QList<QString>> rows = rowsOf(proxy);
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

void tst_ComponentList::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    auto db = test::openTemp(*m_dir);
    QVERIFY(db);
    m_ws->setDatabase(std::move(db));
}

void tst_ComponentList::cleanup()
{
    delete m_ws;
    delete m_dir;
}

qint64 tst_ComponentList::addSystem(const QString &code)
{
    System s;
    s.code = code;
    s.name = QStringLiteral("%1 service").arg(code);
    s.ownerTeam = QStringLiteral("Platform");
    auto stored = m_ws->insertSystem(s);
    return stored ? stored->id : 0;
}

qint64 tst_ComponentList::addComponent(qint64 systemId, const QString &vendor,
                                       const QString &product, const QString &version,
                                       int instances)
{
    Component c;
    c.systemId = systemId;
    c.kind = ComponentKind::Middleware;
    c.vendor = vendor;
    c.product = product;
    c.version = version;
    c.instances = instances;
    auto stored = m_ws->insertComponent(c);
    return stored ? stored->id : 0;
}

QList<qint64> tst_ComponentList::idsOf(const QAbstractItemModel &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(IdRole).toLongLong();
    return ids;
}

QStringList tst_ComponentList::column(const QAbstractItemModel &proxy, int column)
{
    QStringList cells;
    for (int row = 0; row < proxy.rowCount(); ++row)
        cells << proxy.index(row, column).data().toString();
    return cells;
}

void tst_ComponentList::sameRowsAsFilterProxyWhileTypingAndDeleting()
{
    QStandardItemModel *source = mixedTable(this);
    FilterProxyModel reference;
    reference.setSourceModel(source);
    IndexedFilterProxyModel indexed;
    indexed.setSourceModel(source);
    Tester tester(&indexed, Tester::FailureReportingMode::QtTest);
    reference.sort(2, Qt::AscendingOrder);
    indexed.sort(2, Qt::AscendingOrder);

    // Typed letter by letter (narrowing), then deleted (widening), then replaced outright.
    for (const QString &text : {QStringLiteral("WEB1 app"), QStringLiteral("crm PROD 2024-01-1"),
                                QStringLiteral("ärg")}) {
        QStringList steps;
        for (int i = 1; i <= text.size(); ++i)
            steps << text.left(i);
        for (int i = text.size() - 1; i >= 0; --i)
            steps << text.left(i);
        steps << text << QStringLiteral("db") << QString();
        for (const QString &step : std::as_const(steps)) {
            reference.setFilterText(step);
            indexed.setFilterText(step);
            QCOMPARE(indexed.rowCount(), reference.rowCount());
            QVERIFY2(setOf(indexed) == setOf(reference), qPrintable(step));
            QVERIFY2(keysOf(indexed, 2) == keysOf(reference, 2), qPrintable(step));
        }
    }
}

void tst_ComponentList::sameOrderAsFilterProxy()
{
    QStandardItemModel *source = mixedTable(this);
    FilterProxyModel reference;
    reference.setSourceModel(source);
    IndexedFilterProxyModel indexed;
    indexed.setSourceModel(source);
    Tester tester(&indexed, Tester::FailureReportingMode::QtTest);
    for (const QString &filter : {QString(), QStringLiteral("web")}) {
        reference.setFilterText(filter);
        indexed.setFilterText(filter);
        for (int c = 0; c < source->columnCount(); ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                reference.sort(c, order);
                indexed.sort(c, order);
                const QString what = QStringLiteral("column %1, order %2").arg(c).arg(order);
                QVERIFY2(setOf(indexed) == setOf(reference), qPrintable(what));
                QVERIFY2(keysOf(indexed, c) == keysOf(reference, c), qPrintable(what));
            }
        }
    }
    // Changed, added and removed source rows land where the reference puts them.
    indexed.sort(2, Qt::DescendingOrder);
    reference.sort(2, Qt::DescendingOrder);
    source->item(7, 2)->setText(QStringLiteral("web99"));
    source->item(7, 2)->setData(QStringLiteral("web99"), SortRole);
    auto *added = new QStandardItem(QStringLiteral("web50"));
    added->setData(QStringLiteral("web50"), SortRole);
    source->insertRow(3, {new QStandardItem(QStringLiteral("1")),
                          new QStandardItem(QStringLiteral("2024-01-02")), added,
                          new QStandardItem(QStringLiteral("1.0.0")), new QStandardItem()});
    source->item(3, 0)->setData(1, SortRole);
    source->item(3, 1)->setData(QDate(2024, 1, 2), SortRole);
    source->removeRows(100, 20);
    QCoreApplication::processEvents(); // the indexed proxy re-sorts from the event loop
    QVERIFY(setOf(indexed) == setOf(reference));
    QCOMPARE(keysOf(indexed, 2), keysOf(reference, 2));
    // Ties keep the order of the previous sort (sorting by one column, then another, sorts by
    // both), as QSortFilterProxyModel does.
    indexed.setFilterText(QString());
    indexed.sort(0, Qt::AscendingOrder);
    indexed.sort(1, Qt::AscendingOrder);
    for (int row = 1; row < indexed.rowCount(); ++row) {
        const QModelIndex a = indexed.index(row - 1, 1);
        const QModelIndex b = indexed.index(row, 1);
        if (a.data(SortRole) == b.data(SortRole))
            QVERIFY(a.siblingAtColumn(0).data(SortRole).toInt()
                    <= b.siblingAtColumn(0).data(SortRole).toInt());
    }
}

void tst_ComponentList::searchTextsFollowManyEditsInsertsAndRemovals()
{
    // The indexed proxy keeps every row's search text in one block, appending a changed row's
    // text and compacting once the dead bytes outweigh the live ones. After rounds of edits of
    // every row (several compactions), insertions between rows and removals, a filter still
    // finds exactly the rows the reference finds.
    QStandardItemModel *source = mixedTable(this);
    FilterProxyModel reference;
    reference.setSourceModel(source);
    IndexedFilterProxyModel indexed;
    indexed.setSourceModel(source);
    Tester tester(&indexed, Tester::FailureReportingMode::QtTest);
    // The first filter whose rows differ from the reference's, or nothing.
    const auto differs = [&]() -> QString {
        for (const QString &text : {QStringLiteral("web"), QStringLiteral("zz"),
                                    QStringLiteral("round"), QStringLiteral("ärg 1.")}) {
            reference.setFilterText(text);
            indexed.setFilterText(text);
            QCoreApplication::processEvents();
            if (setOf(indexed) != setOf(reference) || indexed.rowCount() == 0)
                return text;
        }
        return {};
    };
    indexed.setFilterText(QStringLiteral("web")); // the search texts are read now
    for (int round = 0; round < 4; ++round) {
        for (int row = 0; row < source->rowCount(); row += 1 + round % 2) {
            // Longer and shorter texts in turn; some rows become "zz" rows, some stop being.
            const QString text = (row + round) % 5 == 0
                ? QStringLiteral("zz%1").arg(round)
                : QStringLiteral("round%1 %2").arg(round).arg(QString(row % 7, QLatin1Char('x')));
            source->item(row, 4)->setText(text);
        }
        const QString failed = differs();
        QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(failed)));
    }
    source->insertRow(10, {new QStandardItem(QStringLiteral("1")), new QStandardItem(),
                           new QStandardItem(QStringLiteral("zz inserted")), new QStandardItem(),
                           new QStandardItem()});
    source->appendRow({new QStandardItem(QStringLiteral("2")), new QStandardItem(),
                       new QStandardItem(QStringLiteral("web appended")), new QStandardItem(),
                       new QStandardItem()});
    QVERIFY2(differs().isEmpty(), "inserted");
    source->removeRows(0, 120);
    QVERIFY2(differs().isEmpty(), "removed");
    source->item(5, 2)->setText(QStringLiteral("zz after removal"));
    QVERIFY2(differs().isEmpty(), "edited after removal");
}

void tst_ComponentList::searchTextsReadInSlicesFollowChanges()
{
    // The search texts are read from the event loop a slice at a time (100,000 rows at once
    // held the window). Rows changed, inserted and removed between slices, behind and ahead of
    // the rows read so far, and a keystroke before the end: a filter finds what the reference
    // finds.
    QStandardItemModel *source = mixedTable(this);
    FilterProxyModel reference;
    reference.setSourceModel(source);
    IndexedFilterProxyModel indexed;
    indexed.setSearchBuildSlice(1); // each slice reads 64 rows
    indexed.setSourceModel(source);
    Tester tester(&indexed, Tester::FailureReportingMode::QtTest);
    const auto row = [](const QString &text) {
        return QList<QStandardItem *>{new QStandardItem(QStringLiteral("1")), new QStandardItem(),
                                      new QStandardItem(text), new QStandardItem(),
                                      new QStandardItem()};
    };
    const auto same = [&](const QString &text) {
        reference.setFilterText(text);
        indexed.setFilterText(text);
        return indexed.rowCount() > 0 && setOf(indexed) == setOf(reference);
    };
    QCoreApplication::processEvents(); // one slice: the first 64 rows
    source->item(250, 2)->setText(QStringLiteral("zz ahead"));
    source->item(3, 2)->setText(QStringLiteral("zz behind"));
    QCoreApplication::processEvents();
    source->insertRow(280, row(QStringLiteral("zz inserted ahead")));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    source->removeRows(200, 30);
    QCoreApplication::processEvents();
    source->insertRow(5, row(QStringLiteral("zz inserted behind")));
    QVERIFY(same(QStringLiteral("zz"))); // typed before every row is read
    QCOMPARE(indexed.rowCount(), 4);
    QVERIFY(same(QStringLiteral("zz ahead")));

    // Left to the event loop, the reading ends with every row, changes and all.
    IndexedFilterProxyModel later;
    later.setSearchBuildSlice(1);
    later.setSourceModel(source);
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    source->item(source->rowCount() - 1, 2)->setText(QStringLiteral("zz last"));
    source->removeRows(0, 2);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    reference.setFilterText(QStringLiteral("zz"));
    later.setFilterText(QStringLiteral("zz"));
    QCOMPARE(later.rowCount(), reference.rowCount());
    QVERIFY(setOf(later) == setOf(reference));
}

void tst_ComponentList::filterFindsEveryWordInAnyColumn()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    const qint64 erp = addSystem(QStringLiteral("ERP"));
    const qint64 nginxCrm = addComponent(crm, QStringLiteral("F5"), QStringLiteral("nginx"),
                                         QStringLiteral("1.24.0"));
    const qint64 pgCrm = addComponent(crm, QStringLiteral("PostgreSQL Global Development Group"),
                                      QStringLiteral("PostgreSQL"), QStringLiteral("15.4"));
    const qint64 nginxErp = addComponent(erp, QStringLiteral("F5"), QStringLiteral("nginx"),
                                         QStringLiteral("1.18.0"));
    ComponentTableModel model(m_ws);
    IndexedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    proxy.sort(ComponentTableModel::VersionColumn, Qt::AscendingOrder);

    const auto typeInto = [&](const QString &text) {
        for (int i = 1; i <= text.size(); ++i)
            proxy.setFilterText(text.left(i));
    };
    typeInto(QStringLiteral("NGINX"));
    QCOMPARE(idsOf(proxy), (QList<qint64>{nginxErp, nginxCrm}));
    typeInto(QStringLiteral("NGINX crm")); // every word, the second one in the system column
    QCOMPARE(idsOf(proxy), (QList<qint64>{nginxCrm}));
    proxy.setFilterText(QStringLiteral("NGINX crm 1.2"));
    QCOMPARE(idsOf(proxy), (QList<qint64>{nginxCrm}));
    proxy.setFilterText(QStringLiteral("NGINX crm 1.1"));
    QCOMPARE(idsOf(proxy), QList<qint64>{});
    // Deleting widens again, back to every row.
    for (int i = 11; i >= 0; --i)
        proxy.setFilterText(QStringLiteral("NGINX crm 1.1").left(i));
    // "15.4" reads as a number, and numbers go before text (FilterProxyModel's order).
    QCOMPARE(idsOf(proxy), (QList<qint64>{pgCrm, nginxErp, nginxCrm}));
    proxy.setFilterText(QStringLiteral("service middleware")); // system name, translated kind
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("global erp")); // words in different rows: none
    QCOMPARE(proxy.rowCount(), 0);

    // A change of the data re-filters: the renamed system's rows leave, a new matching row comes.
    proxy.setFilterText(QStringLiteral("erp"));
    QCOMPARE(idsOf(proxy), (QList<qint64>{nginxErp}));
    System s = **m_ws->system(erp);
    s.code = QStringLiteral("SAP");
    s.name = QStringLiteral("Finance");
    PP_VERIFY_OK(m_ws->updateSystem(s));
    QCoreApplication::processEvents();
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("sap ngin"));
    QCOMPARE(idsOf(proxy), (QList<qint64>{nginxErp}));
    const qint64 added = addComponent(erp, QStringLiteral("F5"), QStringLiteral("nginx plus"),
                                      QStringLiteral("R30"));
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(idsOf(proxy).contains(added));
}

void tst_ComponentList::sortsVersionsNumbersAndText()
{
    const qint64 web2 = addSystem(QStringLiteral("web2"));
    const qint64 web10 = addSystem(QStringLiteral("Web10"));
    addComponent(web10, QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("1.10.0"), 100);
    addComponent(web2, QStringLiteral("b"), QStringLiteral("p"), QStringLiteral("1.9.2"), 9);
    addComponent(web2, QStringLiteral("c"), QStringLiteral("p"), QStringLiteral("1.2"), 1000);
    addComponent(web10, QStringLiteral("d"), QStringLiteral("p"), QString(), 20);
    ComponentTableModel model(m_ws);
    IndexedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    FilterProxyModel reference;
    reference.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);

    // FilterProxyModel's order: "1.2" reads as a number, numbers before text, empty cells last.
    proxy.sort(ComponentTableModel::VersionColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ComponentTableModel::VersionColumn),
             (QStringList{QStringLiteral("1.2"), QStringLiteral("1.9.2"), QStringLiteral("1.10.0"),
                          QString()})); // empty last
    proxy.sort(ComponentTableModel::VersionColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, ComponentTableModel::VersionColumn),
             (QStringList{QStringLiteral("1.10.0"), QStringLiteral("1.9.2"), QString(),
                          QStringLiteral("1.2")})); // empty after the text; "1.2" is a number
    proxy.sort(ComponentTableModel::InstancesColumn, Qt::DescendingOrder);
    QList<int> instances;
    for (int row = 0; row < proxy.rowCount(); ++row)
        instances << proxy.index(row, ComponentTableModel::InstancesColumn).data(RawValueRole).toInt();
    QCOMPARE(instances, (QList<int>{1000, 100, 20, 9}));
    proxy.sort(ComponentTableModel::SystemCodeColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ComponentTableModel::SystemCodeColumn),
             (QStringList{QStringLiteral("web2"), QStringLiteral("web2"), QStringLiteral("Web10"),
                          QStringLiteral("Web10")}));
    for (int c = 0; c < ComponentTableModel::ColumnCount; ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(c, order);
            reference.sort(c, order);
            QCOMPARE(keysOf(proxy, c), keysOf(reference, c));
        }
    }
}

void tst_ComponentList::naturalOrderRanksFollowTheComparison_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("C") << QStringLiteral("C"); // plain comparisons, no sort keys
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("de_DE") << QStringLiteral("de_DE");
    QTest::newRow("sv_SE") << QStringLiteral("sv_SE");
}

void tst_ComponentList::naturalOrderRanksFollowTheComparison()
{
    // The ranks that order the distinct values of a column (sort keys of the runs of digits and
    // non-digits) give exactly the order of sortValueLess(), pair by pair.
    QFETCH(QString, locale);
    QCollator collator{QLocale(locale)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList texts{QStringLiteral("web2"),     QStringLiteral("web10"),
                      QStringLiteral("Web10"),    QStringLiteral("WEB010"),
                      QStringLiteral("web"),      QStringLiteral("web-2"),
                      QStringLiteral("1.10.0"),   QStringLiteral("1.9.2"),
                      QStringLiteral("1.9.2a"),   QStringLiteral("1.9.2-rc1"),
                      QStringLiteral("1.9.02"),   QStringLiteral("v1.2"),
                      QStringLiteral("V1.2"),     QStringLiteral("2a"),
                      QStringLiteral("a2"),       QStringLiteral("00"),
                      QStringLiteral("0x1f"),     QStringLiteral("Ärger"),
                      QStringLiteral("arger"),    QStringLiteral("Zebra"),
                      QStringLiteral("zebra 2"),  QStringLiteral("öl"),
                      QStringLiteral("ol"),       QStringLiteral("R30"),
                      QStringLiteral("r3"),       QStringLiteral("12345678901234567890x"),
                      QStringLiteral("12345678901234567891x"), QStringLiteral("_x"),
                      QStringLiteral(" 1.2.3"),   QStringLiteral("1.2.3 "),
                      QStringLiteral("9x")};
    // (Not digits of other scripts: in the C locale they sort after letters as text but by
    // value as numbers, so sortValueLess() itself has no consistent order for them.)
    QRandomGenerator random(7);
    const QString alphabet = QStringLiteral("aAbZ09._-ä ");
    for (int i = 0; i < 300; ++i) {
        QString text;
        const int length = 1 + int(random.bounded(7));
        for (int j = 0; j < length; ++j)
            text += alphabet.at(random.bounded(alphabet.size()));
        texts << text;
    }
    // Only text: numbers and empty cells are ranked before and after it, apart.
    texts.removeIf([](const QString &t) {
        return t.isEmpty() || Internal::isNumericSortValue(t) || Internal::isEmptySortValue(t);
    });
    texts.removeDuplicates();
    const std::vector<int> ranks = Internal::naturalOrderRanks(texts, collator);
    QCOMPARE(int(ranks.size()), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        for (int j = 0; j < texts.size(); ++j) {
            const bool less = Internal::sortValueLess(texts.at(i), texts.at(j), collator,
                                                      Qt::AscendingOrder);
            if (less != (ranks[i] < ranks[j]))
                QFAIL(qPrintable(QStringLiteral("%1 / %2: less %3, ranks %4 %5")
                                     .arg(texts.at(i), texts.at(j))
                                     .arg(less)
                                     .arg(ranks[i])
                                     .arg(ranks[j])));
        }
    }
}

void tst_ComponentList::selectionSurvivesFilterAndSourceChanges()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << addComponent(crm, QStringLiteral("v%1").arg(i % 3), QStringLiteral("p%1").arg(i),
                            QStringLiteral("1.%1").arg(i));
    ComponentTableModel model(m_ws);
    IndexedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    proxy.sort(ComponentTableModel::ProductColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    const qint64 chosen = ids.at(7); // vendor v1
    const auto select = [&](qint64 id) {
        const QModelIndex index = proxy.mapFromSource(model.index(model.rowOf(id), 0));
        selection.setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                             | QItemSelectionModel::Rows);
    };
    const auto current = [&]() { return selection.currentIndex().data(IdRole).toLongLong(); };
    select(chosen);
    QCOMPARE(current(), chosen);
    proxy.setFilterText(QStringLiteral("v1"));
    QCOMPARE(current(), chosen);
    proxy.sort(ComponentTableModel::VersionColumn, Qt::AscendingOrder);
    QCOMPARE(current(), chosen);
    // Rows removed before it and added after it.
    PP_VERIFY_OK(m_ws->removeComponent(ids.at(1), (*m_ws->component(ids.at(1)))->rowVersion));
    PP_VERIFY_OK(m_ws->removeComponent(ids.at(4), (*m_ws->component(ids.at(4)))->rowVersion));
    addComponent(crm, QStringLiteral("v1"), QStringLiteral("new"), QStringLiteral("0.1"));
    QCoreApplication::processEvents();
    QCOMPARE(current(), chosen);
    QVERIFY(selection.isRowSelected(selection.currentIndex().row(), {}));
    proxy.setFilterText(QString());
    QCOMPARE(current(), chosen);
    // Filtered out: nothing is current any more.
    proxy.setFilterText(QStringLiteral("v2"));
    QVERIFY(!selection.currentIndex().isValid());
}

void tst_ComponentList::backgroundLoadEndsWithEveryRow()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    for (int i = 0; i < 40; ++i)
        addComponent(crm, QStringLiteral("vendor"), QStringLiteral("p%1").arg(i),
                     QStringLiteral("1.%1").arg(i));
    Workspace ws; // a page's workspace: the model exists before the database is opened
    ComponentTableModel model(&ws);
    model.setBackgroundLoading(true);
    model.setBackgroundThreshold(0);
    IndexedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    proxy.sort(ComponentTableModel::ProductColumn, Qt::AscendingOrder);
    proxy.setFilterText(QStringLiteral("p1"));
    QSignalSpy loading(&model, &ComponentTableModel::loadingChanged);
    PP_VERIFY_OK(ws.open(m_ws->location()));
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(model.rowCount(), 40);
    // p1, p10..p19, in their order, with their search texts from the worker.
    QCOMPARE(proxy.rowCount(), 11);
    QCOMPARE(proxy.index(0, ComponentTableModel::ProductColumn).data().toString(),
             QStringLiteral("p1"));
    QCOMPARE(proxy.index(10, ComponentTableModel::ProductColumn).data().toString(),
             QStringLiteral("p19"));
    // Usable: an edit reloads, in the background too (more rows than the threshold), and the
    // rows stay shown until the new ones arrive.
    const qint64 added = ws.addComponent([&] {
        Component c;
        c.systemId = crm;
        c.product = QStringLiteral("p1-new");
        return c;
    }());
    QVERIFY(added > 0);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(proxy.rowCount(), 11);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 41);
    QCOMPARE(proxy.rowCount(), 12);
}

void tst_ComponentList::modelMadeForBackgroundReadsItsFirstLoadThere()
{
    // The Components page's model is made with background loading on: on an open estate of
    // more than the threshold (20,000), even its first load leaves the GUI thread (the page
    // froze 0.7 s at 100,000 components when it was switched on after the first load).
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    ComponentTableModel plain(m_ws);
    QList<Component> many;
    for (int i = 0; i <= plain.backgroundThreshold(); ++i) {
        Component c;
        c.systemId = crm;
        c.kind = ComponentKind::Application;
        c.product = QStringLiteral("p%1").arg(i);
        c.version = QStringLiteral("1.0");
        many << c;
    }
    PP_VERIFY_OK(ComponentRepository(*m_ws->database()).insertMany(many));

    ComponentTableModel model(m_ws, true);
    QVERIFY(model.backgroundLoading());
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
    QCOMPARE(model.rowCount(), many.size());

    ComponentTableModel synchronous(m_ws);
    QVERIFY(!synchronous.isLoading());
    QCOMPARE(synchronous.rowCount(), many.size());
}

void tst_ComponentList::reloadWhileLoadingShowsNoStaleRows()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << addComponent(crm, QStringLiteral("vendor"), QStringLiteral("p%1").arg(i),
                            QStringLiteral("1.0"));
    const QString first = m_ws->location();
    // A second database with other components.
    QTemporaryDir otherDir;
    {
        Workspace other;
        PP_VERIFY_OK(other.open(otherDir.filePath(QStringLiteral("other.db"))));
        System s;
        s.code = QStringLiteral("ERP");
        s.name = QStringLiteral("ERP");
        auto stored = other.insertSystem(s);
        PP_VERIFY_OK(stored);
        for (int i = 0; i < 5; ++i) {
            Component c;
            c.systemId = stored->id;
            c.product = QStringLiteral("other%1").arg(i);
            PP_VERIFY_OK(other.insertComponent(c));
        }
    }

    Workspace ws;
    ComponentTableModel model(&ws);
    model.setBackgroundLoading(true);
    model.setBackgroundThreshold(0);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QList<int> counts;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&]() { counts << model.rowCount(); });

    // Another database opened while the first one loads: only its rows ever show.
    PP_VERIFY_OK(ws.open(first));
    QVERIFY(model.isLoading());
    PP_VERIFY_OK(ws.open(otherDir.filePath(QStringLiteral("other.db"))));
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(100); // the first load's result, if late, must be dropped
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(counts, QList<int>{5});
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.componentAt(row).product.startsWith(QStringLiteral("other")));

    // A component deleted while loading (a reload while loading): not shown.
    counts.clear();
    PP_VERIFY_OK(ws.open(first));
    QVERIFY(model.isLoading());
    {
        auto db = Database::open(first);
        PP_VERIFY_OK(db);
        Workspace writer;
        writer.setDatabase(std::move(*db));
        PP_VERIFY_OK(writer.removeComponent(ids.at(3), (*writer.component(ids.at(3)))->rowVersion));
    }
    ws.reload();
    QVERIFY(model.isLoading());
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 29);
    QCOMPARE(model.rowOf(ids.at(3)), -1);
    QCOMPARE(counts, QList<int>{29});

    // A system chosen while every system's components load: that system's only.
    const qint64 erp = [&] {
        System s;
        s.code = QStringLiteral("ERP");
        s.name = QStringLiteral("ERP");
        auto stored = ws.insertSystem(s);
        return stored ? stored->id : 0;
    }();
    QVERIFY(erp > 0);
    model.setSystemFilter(0);
    ws.close();
    PP_VERIFY_OK(ws.open(first));
    QVERIFY(model.isLoading());
    model.setSystemFilter(erp);
    QVERIFY(!model.isLoading()); // one system's rows are read at once
    QCOMPARE(model.rowCount(), 0);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 0);
}

void tst_ComponentList::pageSaysItIsLoadingAndStaysUsable()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    for (int i = 0; i < 25; ++i)
        addComponent(crm, QStringLiteral("vendor"), QStringLiteral("p%1").arg(i),
                     QStringLiteral("2.%1").arg(i));
    Workspace ws;
    ComponentsPage page(&ws);
    page.show();
    auto *model = page.findChild<ComponentTableModel *>();
    QVERIFY(model);
    model->setBackgroundThreshold(0);
    auto *label = page.findChild<QLabel *>(QStringLiteral("componentsLoading"));
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("componentFilter"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("componentsTable"));
    QVERIFY(label && filter && table);
    QVERIFY(!label->isVisible());
    PP_VERIFY_OK(ws.open(m_ws->location()));
    QVERIFY(page.isLoading());
    QVERIFY(label->isVisible());
    QVERIFY(filter->isEnabled());
    QTest::keyClicks(filter, QStringLiteral("p2")); // typed while loading: applies on arrival
    QTRY_VERIFY(!page.isLoading());
    QVERIFY(!label->isVisible());
    QCOMPARE(table->model()->rowCount(), 6); // p2, p20..p24
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(table->model()->rowCount(), 25);
    // A component asked for while loading is selected once the rows are there.
    const qint64 wanted = model->componentAt(model->rowCount() - 1).id;
    page.showSystem(crm);
    page.showSystem(0);
    page.selectComponent(wanted);
    QTRY_COMPARE(page.selectedComponentId(), wanted);
}

void tst_ComponentList::backgroundReloadKeepsRowsUntilTheNewOnesCome()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << addComponent(crm, QStringLiteral("vendor"), QStringLiteral("p%1").arg(i),
                            QStringLiteral("1.%1.0").arg(i));
    Workspace ws;
    ComponentTableModel model(&ws);
    model.setBackgroundLoading(true);
    model.setBackgroundThreshold(0);
    IndexedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    proxy.sort(ComponentTableModel::VersionColumn, Qt::DescendingOrder);
    PP_VERIFY_OK(ws.open(m_ws->location()));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(proxy.rowCount(), 30);
    const QStringList before = column(proxy, ComponentTableModel::VersionColumn);

    // Someone else removes one component and changes another.
    PP_VERIFY_OK(m_ws->removeComponent(ids.at(3), (*m_ws->component(ids.at(3)))->rowVersion));
    Component changed = **m_ws->component(ids.at(5));
    changed.version = QStringLiteral("9.0.0");
    PP_VERIFY_OK(m_ws->saveComponent(changed));

    // View > Reload: the rows shown stay as they were until the new ones arrive, then the
    // changes come as removals and changed rows (no reset, no re-insertion of every row).
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changedRows(&model, &QAbstractItemModel::dataChanged);
    ws.reload();
    QVERIFY(model.isLoading());
    QCOMPARE(proxy.rowCount(), 30);
    QCOMPARE(column(proxy, ComponentTableModel::VersionColumn), before);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changedRows.count(), 1); // only the changed row: the others are the same
    QCoreApplication::processEvents(); // the proxy re-sorts from the event loop
    QCOMPARE(proxy.rowCount(), 29);
    QCOMPARE(model.rowOf(ids.at(3)), -1);
    // In the sort order, the changed version first (descending), as a fresh sort puts it.
    QCOMPARE(proxy.index(0, ComponentTableModel::VersionColumn).data().toString(),
             QStringLiteral("9.0.0"));
    const QStringList after = column(proxy, ComponentTableModel::VersionColumn);
    proxy.sort(ComponentTableModel::VersionColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, ComponentTableModel::VersionColumn), after);

    // A reload with nothing changed elsewhere changes nothing.
    changedRows.clear();
    removed.clear();
    ws.reload();
    QVERIFY(model.isLoading());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(changedRows.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(proxy.rowCount(), 29);
}

void tst_ComponentList::pageReloadInTheBackgroundKeepsTheSelection()
{
    const qint64 crm = addSystem(QStringLiteral("CRM"));
    QList<qint64> ids;
    for (int i = 0; i < 25; ++i)
        ids << addComponent(crm, QStringLiteral("vendor"), QStringLiteral("p%1").arg(i),
                            QStringLiteral("2.%1").arg(i));
    Workspace ws;
    ComponentsPage page(&ws);
    page.show();
    auto *model = page.findChild<ComponentTableModel *>();
    auto *table = page.findChild<QTableView *>(QStringLiteral("componentsTable"));
    QVERIFY(model && table);
    model->setBackgroundThreshold(0);
    PP_VERIFY_OK(ws.open(m_ws->location()));
    QTRY_VERIFY(!page.isLoading());
    const qint64 chosen = ids.at(12);
    page.selectComponent(chosen);
    QCOMPARE(page.selectedComponentId(), chosen);
    // Rows before it go away elsewhere; the page reloads in the background.
    for (int i : {0, 1, 2})
        PP_VERIFY_OK(m_ws->removeComponent(ids.at(i), (*m_ws->component(ids.at(i)))->rowVersion));
    QSignalSpy loading(&page, &Page::loadingChanged);
    ws.reload();
    QVERIFY(page.isLoading());
    QCOMPARE(table->model()->rowCount(), 25); // still shown meanwhile
    QCOMPARE(page.selectedComponentId(), chosen);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(table->model()->rowCount(), 22);
    QCOMPARE(page.selectedComponentId(), chosen);
    QCOMPARE(loading.count(), 2);
}

QTEST_MAIN(tst_ComponentList)
#include "tst_componentlist.moc"
