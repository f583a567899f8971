// The roadmap PDF (issue 8, item 2): built from the demo estate, written, and read back with
// poppler: the text (systems, products, statuses, counts, the page footer), the page count and
// the embedded fonts; hostile names come back as literal text.
#include "reportpdfsupport.h"

#include "models/io/roadmapdocument.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pp;

class tst_RoadmapDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeEstate();
    void filteredAndGrouped();
    void chartOnly();
    void hostileText();

private:
    QString write(const RoadmapDocumentData &data, const RoadmapDocumentOptions &options,
                  const QString &name, int *pages = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_RoadmapDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openTemp(m_dir);
    QVERIFY(m_db);
    QVERIFY(test::fillDemo(*m_db));
}

QString tst_RoadmapDocument::write(const RoadmapDocumentData &data,
                                   const RoadmapDocumentOptions &options, const QString &name,
                                   int *pages)
{
    PrintDocument doc = roadmapDocument(data, options);
    const QString path = m_dir.filePath(name);
    const Status s = doc.writePdf(path);
    if (!s)
        qWarning("%s", qPrintable(s.error().message));
    if (pages)
        *pages = doc.pageCount();
    return s ? path : QString();
}

void tst_RoadmapDocument::wholeEstate()
{
    auto data = gatherRoadmapData(*m_db, test::kPdfToday, {});
    PP_VERIFY_OK(data);
    QVERIFY(data->items.size() > 100);
    QCOMPARE(data->totalComponents, int(data->items.size()));
    int pages = 0;
    const QString path = write(*data, {}, QStringLiteral("roadmap.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    QVERIFY(pages > 3);
    QCOMPARE(test::pdfPages(path), pages);
    const QString text = test::pdfLayoutText(path);
    QVERIFY(text.contains(QLatin1String("EOSL roadmap")));
    QVERIFY(text.contains(QLatin1String("All components")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // The counts per status, as eoslStats() counts them.
    const EoslStats stats = eoslStats(data->items);
    for (EoslStatus s : {EoslStatus::Past, EoslStatus::Supported, EoslStatus::Unknown}) {
        const QRegularExpression row(QRegularExpression::escape(displayName(s, data->horizons))
                                     + QStringLiteral("\\s+%1\\n").arg(stats.count(s)));
        QVERIFY2(row.match(text).hasMatch(), qPrintable(displayName(s)));
    }
    QVERIFY(QRegularExpression(QStringLiteral("Total\\s+%1\\n").arg(data->items.size()))
                .match(text)
                .hasMatch());
    // The chart's rows (first page of the chart) and the table's rows.
    const QString chartPage = test::pdfPageText(path, 2);
    QVERIFY(chartPage.contains(QStringLiteral("Rows 1–")));
    QVERIFY(chartPage.contains(QLatin1String("Active support")));  // the legend
    QVERIFY(chartPage.contains(QLatin1String("Today")));
    QVERIFY(text.contains(QLatin1String("Components by EOSL")));
    for (const EoslItem &item : std::as_const(data->items)) {
        QVERIFY2(text.contains(item.row.systemCode), qPrintable(item.row.systemCode));
    }
    QVERIFY(text.contains(QLatin1String("Apache Log4j")));
    // Japanese product names: rendered with IPA P Gothic, embedded, and searchable.
    QString japanese;
    for (const EoslItem &item : std::as_const(data->items)) {
        if (item.row.component.product.contains(QStringLiteral("パッケージ"))) {
            japanese = item.row.component.product;
            break;
        }
    }
    QVERIFY(!japanese.isEmpty());
    QVERIFY(test::squeezed(text).contains(test::squeezed(japanese)));
    QString why;
    QVERIFY2(test::fontsOk(path, true, &why), qPrintable(why));
    // The chart shows every row once: the chart pages' captions cover 1..n.
    QVERIFY(text.contains(QStringLiteral("of %1").arg(data->items.size())));
}

void tst_RoadmapDocument::filteredAndGrouped()
{
    RoadmapFilter filter;
    filter.status = EoslStatus::Past;
    auto data = gatherRoadmapData(*m_db, test::kPdfToday, filter);
    PP_VERIFY_OK(data);
    QVERIFY(!data->items.isEmpty());
    for (const EoslItem &item : std::as_const(data->items))
        QCOMPARE(item.assessment.status, EoslStatus::Past);
    QVERIFY(data->totalComponents > data->items.size());
    RoadmapDocumentOptions options;
    options.grouping = RoadmapGrouping::ByProduct;
    int pages = 0;
    const QString path = write(*data, options, QStringLiteral("past.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    QCOMPARE(test::pdfPages(path), pages);
    const QString text = test::pdfLayoutText(path);
    QVERIFY(text.contains(QLatin1String("Only components with status: Past EOSL")));
    QVERIFY(text.contains(QLatin1String("By product cycle")));
    QVERIFY(QRegularExpression(QStringLiteral("Supported\\s+0\\n")).match(text).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("Past EOSL\\s+%1\\n").arg(data->items.size()))
                .match(text)
                .hasMatch());
    // Grouped by product: the chart has fewer rows than components, "(×n)" on shared cycles.
    const QList<RoadmapRow> rows = roadmapRows(data->items, RoadmapGrouping::ByProduct);
    QVERIFY(rows.size() < data->items.size());
    QVERIFY2(QRegularExpression(QStringLiteral("Rows 1–\\d+ of %1\\s").arg(rows.size()))
                 .match(text)
                 .hasMatch(),
             qPrintable(QString::number(rows.size()) + text.mid(text.indexOf(u"Rows"), 100)));
    QVERIFY(text.contains(QStringLiteral("(×")));
    // Only past components in the table: no "Supported" status cell.
    const QString table = text.mid(text.indexOf(QLatin1String("Components by EOSL")));
    QVERIFY(!table.contains(QLatin1String("Supported")));
    QVERIFY(!table.contains(QLatin1String("Unknown")));

    // A filter nothing passes still makes a document that says so.
    RoadmapFilter none;
    none.text = QStringLiteral("no-such-component-anywhere");
    auto empty = gatherRoadmapData(*m_db, test::kPdfToday, none);
    PP_VERIFY_OK(empty);
    QVERIFY(empty->items.isEmpty());
    const QString emptyPath = write(*empty, {}, QStringLiteral("empty.pdf"));
    const QString emptyText = test::pdfLayoutText(emptyPath);
    QVERIFY(emptyText.contains(QLatin1String("No components match the filter.")));
    QVERIFY(emptyText.contains(QLatin1String("No components")));
}

void tst_RoadmapDocument::chartOnly()
{
    auto data = gatherRoadmapData(*m_db, test::kPdfToday, {});
    PP_VERIFY_OK(data);
    RoadmapDocumentOptions options;
    options.chartOnly = true;
    options.setup.paper = QPageSize::A3;
    options.chartFrom = QDate(2024, 1, 1);
    options.chartTo = QDate(2027, 12, 31);
    int pages = 0;
    const QString path = write(*data, options, QStringLiteral("chart.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    QCOMPARE(test::pdfPages(path), pages);
    const QString text = test::pdfLayoutText(path);
    QVERIFY(!text.contains(QLatin1String("Components per status")));
    QVERIFY(!text.contains(QLatin1String("Components by EOSL")));
    QVERIFY(text.contains(QStringLiteral("Rows 1–")));
    // Four years: the axis shows 2024 .. 2027 and months, not 2023 or 2029.
    const QString first = test::pdfPageText(path, 1);
    QVERIFY(first.contains(QLatin1String("2024")) && first.contains(QLatin1String("2027")));
    QVERIFY(!first.contains(QLatin1String("2029")));
    // Every page shows rows; the pages together show each once.
    const int perPage = [&] {
        const auto m = QRegularExpression(QStringLiteral("Rows 1–(\\d+) of")).match(first);
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }();
    QVERIFY(perPage > 0);
    QCOMPARE(pages, int((data->items.size() + perPage - 1) / perPage));
}

void tst_RoadmapDocument::hostileText()
{
    auto data = gatherRoadmapData(*m_db, test::kPdfToday, {});
    PP_VERIFY_OK(data);
    const QString html = QStringLiteral("<img src=file:///etc/passwd>");
    const QString longWord = QString(300, QLatin1Char('W')) + QStringLiteral("END");
    EoslItem bad = data->items.first();
    bad.row.systemCode = QStringLiteral("<b>SYS</b>");
    bad.row.component.product = html + QStringLiteral(" ") + longWord;
    bad.row.component.version = QStringLiteral("نسخة 😀 \u202eevil");
    data->items << bad;
    // The text filter with the markup: only the hostile row passes, and the first page says it.
    RoadmapFilter filter;
    filter.text = html;
    data->filter = filter;
    data->items = filterRoadmapItems(data->items, filter, data->horizons);
    QCOMPARE(data->items.size(), 1);
    int pages = 0;
    const QString path = write(*data, {}, QStringLiteral("hostile.pdf"), &pages);
    QVERIFY(!path.isEmpty());
    QCOMPARE(test::pdfPages(path), pages);
    const QString text = test::pdfLayoutText(path);
    QVERIFY2(text.contains(html), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("<b>SYS</b>")));
    // The long word wraps in the table: all of it is there, cut into lines.
    QVERIFY(test::squeezed(text).contains(longWord));
    // The chart's label is cut visibly.
    const QString chart = test::pdfPageText(path, 2);
    QVERIFY(chart.contains(QLatin1String("<b>SYS</b>")));
    QVERIFY(chart.contains(QStringLiteral("…")));
    QVERIFY(!chart.contains(QLatin1String("WWWEND")));
    QString why;
    QVERIFY2(test::fontsOk(path, false, &why), qPrintable(why));
}

QTEST_MAIN(tst_RoadmapDocument)
#include "tst_roadmapdocument.moc"
