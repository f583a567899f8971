// The roadmap chart for paper (models/render/roadmappainter.h): vertical pagination (every row
// on exactly one page, axis and legend on every page) and labels cut visibly to their column.
#include "reportpdfsupport.h"

#include "models/render/roadmappainter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace pp;

class tst_RoadmapPainter : public QObject
{
    Q_OBJECT

private slots:
    void rowsPerPage();
    void everyRowOnOnePage();
    void labelsCut();
    void paintsOnImage();

private:
    static RoadmapChart chartOf(int rows);
};

RoadmapChart tst_RoadmapPainter::chartOf(int rows)
{
    RoadmapChart chart;
    chart.today = test::kPdfToday;
    for (int i = 0; i < rows; ++i) {
        RoadmapRow row;
        row.label = QStringLiteral("row-%1").arg(i, 3, 10, QLatin1Char('0'));
        row.status = EoslStatus(i % 7);
        row.release = test::kPdfToday.addYears(-3).addDays(i);
        row.active = SupportEnd{SupportState::Date, test::kPdfToday.addDays(i * 7 - 400)};
        row.eosl = i % 5 == 0 ? SupportEnd{SupportState::Unknown, {}}
                              : SupportEnd{SupportState::Date, test::kPdfToday.addDays(i * 9)};
        row.extended = SupportEnd{SupportState::Date, test::kPdfToday.addDays(i * 9 + 700)};
        row.contract = i % 2;
        row.startsGroup = i % 4 == 0;
        chart.rows << row;
    }
    return chart;
}

void tst_RoadmapPainter::rowsPerPage()
{
    RoadmapPaintStyle style;
    const RoadmapPainter painter(chartOf(100), style);
    const qreal fixed = style.axisHeight + style.legendHeight;
    QCOMPARE(painter.rowsPerPage(fixed + 10 * style.rowHeight), 10);
    QCOMPARE(painter.rowsPerPage(fixed + 10.9 * style.rowHeight), 10);
    QCOMPARE(painter.rowsPerPage(fixed), 1); // never 0: a tiny page still makes progress
    QCOMPARE(painter.pageCount(fixed + 10 * style.rowHeight), 10);
    QCOMPARE(painter.pageCount(fixed + 33 * style.rowHeight), 4);
    QCOMPARE(RoadmapPainter(chartOf(0)).pageCount(500), 1);
    // Fonts never below 8 points.
    RoadmapPaintStyle tiny;
    tiny.fontSize = 5;
    QCOMPARE(RoadmapPainter(chartOf(1), tiny).style().fontSize, 8.0);
    // The range snaps outwards to month starts; by default today − 4 .. + 6 years.
    const RoadmapPainter byDefault(chartOf(1));
    QCOMPARE(byDefault.from(), QDate(2022, 11, 1));
    QCOMPARE(byDefault.to(), QDate(2032, 12, 1));
    RoadmapChart ranged = chartOf(1);
    ranged.from = QDate(2025, 3, 15);
    ranged.to = QDate(2026, 6, 1);
    const RoadmapPainter snapped(ranged);
    QCOMPARE(snapped.from(), QDate(2025, 3, 1));
    QCOMPARE(snapped.to(), QDate(2026, 6, 1));
}

void tst_RoadmapPainter::everyRowOnOnePage()
{
    QTemporaryDir dir;
    const int rows = 95;
    const RoadmapPainter painter(chartOf(rows));
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    const QRectF body(0, 0, 770, 480);
    const int pages = painter.pageCount(body.height());
    QCOMPARE(pages, (rows + painter.rowsPerPage(body.height()) - 1)
                        / painter.rowsPerPage(body.height()));
    QVERIFY(pages > 2);
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Point);
        QPainter p(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.paintPage(p, i, body);
        }
    }
    QCOMPARE(test::pdfPages(path), pages);
    QMap<QString, int> seen;
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdfPageText(path, page);
        // Axis, legend and the rows caption on every page.
        QVERIFY(text.contains(QLatin1String("2027")));
        QVERIFY(text.contains(QLatin1String("Active support")));
        QVERIFY(text.contains(QLatin1String("Security fixes only")));
        QVERIFY(text.contains(QStringLiteral("of %1").arg(rows)));
        const auto it = QRegularExpression(QStringLiteral("row-\\d{3}")).globalMatch(text);
        for (auto m = it; m.hasNext();)
            seen[m.next().captured()] += 1;
    }
    QCOMPARE(seen.size(), rows);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
}

void tst_RoadmapPainter::labelsCut()
{
    const QFont font = RoadmapPainter::pointFont(8, false, nullptr);
    const QFontMetricsF fm(font);
    const QString longWord = QString(300, QLatin1Char('M'));
    const QString cut = RoadmapPainter::cutLabel(longWord, fm, 120);
    QVERIFY(cut.endsWith(QStringLiteral("…")));
    QVERIFY(cut.size() < 100);
    QVERIFY(fm.horizontalAdvance(cut) <= 121);
    // Line breaks and control characters never reach the page.
    const QString tricky = RoadmapPainter::cutLabel(QStringLiteral("a\nb\tc\u0007d"), fm, 500);
    QCOMPARE(tricky, QStringLiteral("a b cd"));
    // Markup is kept as the characters it is.
    QCOMPARE(RoadmapPainter::cutLabel(QStringLiteral("<img src=x>"), fm, 500),
             QStringLiteral("<img src=x>"));
    QCOMPARE(RoadmapPainter::cutLabel(QStringLiteral("short"), fm, 500), QStringLiteral("short"));

    // In a painted page: a long label is cut, its end not drawn.
    QTemporaryDir dir;
    RoadmapChart chart = chartOf(3);
    chart.rows[1].label = QStringLiteral("START") + longWord + QStringLiteral("TAIL");
    const RoadmapPainter painter(chart);
    const QString path = dir.filePath(QStringLiteral("cut.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        QPainter p(&writer);
        painter.paintPage(p, 0, QRectF(0, 0, 500, 700));
    }
    const QString text = test::pdfLayoutText(path);
    QVERIFY(text.contains(QLatin1String("STARTMMM")));
    QVERIFY(text.contains(QStringLiteral("M…")));
    QVERIFY(!text.contains(QLatin1String("TAIL")));
}

void tst_RoadmapPainter::paintsOnImage()
{
    // Any device: a 96-dpi image with the painter mapping points, as a print preview does.
    QImage image(1100, 800, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const RoadmapPainter painter(chartOf(30));
    {
        QPainter p(&image);
        p.scale(image.logicalDpiX() / 72.0, image.logicalDpiY() / 72.0);
        painter.paintPage(p, 0, QRectF(0, 0, 800, 580));
    }
    // Something was drawn in the plot area and in the labels column.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            coloured += image.pixelColor(x, y) != Qt::white;
    }
    QVERIFY(coloured > 2000);
}

QTEST_MAIN(tst_RoadmapPainter)
#include "tst_roadmappainter.moc"
