// The print engine (models/io/printdocument.h), read back with poppler-utils: page frames
// ("Page N of M", header), paper sizes, tables whose header row repeats on every page, painted
// pages in points, embedded fonts that give Japanese back, hostile text printed as text, long
// words wrapped, cancel writing nothing.
#include "pdftools.h"
#include "testsupport.h"

#include "models/io/printdocument.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pp;

namespace {

/// Paints a numbered box per page and remembers what it was given.
class CountingPages : public PaintedPages
{
public:
    explicit CountingPages(int pages) : m_pages(pages) { }
    int pageCount(const QSizeF &body) override
    {
        m_body = body;
        return m_pages;
    }
    void paintPage(QPainter &painter, int index, const QRectF &body) override
    {
        m_painted << index;
        painter.setFont(printFont(10));
        painter.drawRect(body.adjusted(1, 1, -1, -1));
        painter.drawText(body, Qt::AlignCenter, QStringLiteral("painted page %1").arg(index + 1));
    }

    int m_pages;
    QSizeF m_body;
    QList<int> m_painted;
};

PageFrame frame(const QString &title = QStringLiteral("Test document"))
{
    PageFrame f;
    f.title = title;
    f.reference = QStringLiteral("Ref 42 · version 7");
    f.generated = QStringLiteral("Generated 2026-11-29 10:00 by tester");
    return f;
}

} // namespace

class tst_PrintDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keys_data();
    void keys();
    void clean();
    void frameAndPageNumbers();
    void paperSizes_data();
    void paperSizes();
    void tableHeaderRepeatsOnEveryPage();
    void paintedPagesInPoints();
    void hostileTextIsText();
    void japaneseIsEmbeddedAndCopiesBack();
    void cancelWritesNothing();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void tst_PrintDocument::initTestCase()
{
    QVERIFY2(test::havePoppler(), "poppler-utils (pdftotext, pdfinfo, pdffonts) are needed: "
                                  "scripts/dev.sh test installs them");
    QVERIFY(m_dir.isValid());
}

void tst_PrintDocument::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("paper");
    QTest::newRow("a4") << "a4" << int(QPageSize::A4);
    QTest::newRow("A3") << "A3" << int(QPageSize::A3);
    QTest::newRow("letter") << " Letter " << int(QPageSize::Letter);
    QTest::newRow("b5") << "b5" << -1;
    QTest::newRow("empty") << "" << -1;
}

void tst_PrintDocument::keys()
{
    QFETCH(QString, key);
    QFETCH(int, paper);
    const auto p = paperFromKey(key);
    QCOMPARE(p ? int(*p) : -1, paper);
    QCOMPARE(orientationFromKey(QStringLiteral("LANDSCAPE")), QPageLayout::Landscape);
    QCOMPARE(orientationFromKey(QStringLiteral("portrait")), QPageLayout::Portrait);
    QVERIFY(!orientationFromKey(QStringLiteral("sideways")));
}

void tst_PrintDocument::clean()
{
    // Control characters go, line breaks and tabs stay, CRLF becomes LF.
    QCOMPARE(TextFlow::clean(QStringLiteral("a\u0000b\u0007c\r\nd\te\u001b[31m")),
             QStringLiteral("abc\nd\te[31m"));
    // Cut visibly, never between the halves of a surrogate pair.
    const QString emoji = QStringLiteral("\U0001F600");
    const QString longText = QString(9, QLatin1Char('x')) + emoji + QStringLiteral("tail");
    const QString cut = TextFlow::clean(longText, 10);
    QVERIFY2(cut.startsWith(QString(9, QLatin1Char('x')) + QStringLiteral(" \u2026 ")),
             qPrintable(cut));
    QVERIFY(cut.contains(QStringLiteral("cut: 6 more characters")));
    QVERIFY(!cut.contains(emoji.at(0)));
    QCOMPARE(TextFlow::clean(QStringLiteral("short"), 10), QStringLiteral("short"));
}

void tst_PrintDocument::frameAndPageNumbers()
{
    PrintDocument doc(frame());
    TextFlow &flow = doc.addFlow();
    flow.heading(QStringLiteral("First section"), 1);
    for (int i = 0; i < 120; ++i)
        flow.paragraph(QStringLiteral("Paragraph %1 with enough words to take a line.").arg(i));
    flow.heading(QStringLiteral("Second section"), 2, true);
    flow.paragraph(QStringLiteral("After the page break."));
    auto painted = std::make_unique<CountingPages>(2);
    CountingPages *pages = painted.get();
    doc.addPages(std::move(painted));
    const QString file = path(QStringLiteral("frame.pdf"));
    QList<QPair<int, int>> progress;
    PP_VERIFY_OK(doc.writePdf(file, [&progress](int done, int total) {
        progress.append({done, total});
        return true;
    }));
    const int n = doc.pageCount();
    QVERIFY2(n >= 5, qPrintable(QString::number(n))); // 120 lines, a forced break, 2 painted
    QCOMPARE(test::pdfPages(file), n);
    QCOMPARE(progress.size(), n);
    QCOMPARE(progress.last(), qMakePair(n, n));
    QCOMPARE(pages->m_painted, (QList<int>{0, 1}));
    for (int page = 1; page <= n; ++page) {
        const QString text = test::pdfText(file, page, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(n)),
                 qPrintable(text.right(200)));
        QVERIFY(text.contains(QStringLiteral("Ref 42 · version 7")));
        QVERIFY(text.contains(QStringLiteral("Generated 2026-11-29 10:00 by tester")));
    }
    // The forced break: "Second section" starts a page; the painted pages come last.
    const QString last = test::pdfText(file, n, n);
    QVERIFY(last.contains(QStringLiteral("painted page 2")));
    const QString third = test::pdfText(file, n - 2, n - 2);
    QVERIFY2(third.contains(QStringLiteral("Second section")), qPrintable(third));
    QVERIFY(!third.contains(QStringLiteral("Paragraph 119")));
    QCOMPARE(test::pdfInfo(file, QStringLiteral("Title")), QStringLiteral("Test document"));
}

void tst_PrintDocument::paperSizes_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("orientation");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4 portrait") << "a4" << "portrait" << "595 x 842 pts (A4)";
    QTest::newRow("A4 landscape") << "a4" << "landscape" << "842 x 595 pts (A4)";
    QTest::newRow("A3 landscape") << "a3" << "landscape" << "1191 x 842 pts (A3)";
    QTest::newRow("Letter portrait") << "letter" << "portrait" << "612 x 792 pts (letter)";
}

void tst_PrintDocument::paperSizes()
{
    QFETCH(QString, paper);
    QFETCH(QString, orientation);
    QFETCH(QString, size);
    PageSetup setup;
    setup.paper = *paperFromKey(paper);
    setup.orientation = *orientationFromKey(orientation);
    PrintDocument doc(frame(), setup);
    doc.addFlow().paragraph(QStringLiteral("One page."));
    const QString file = path(QStringLiteral("paper-%1-%2.pdf").arg(paper, orientation));
    PP_VERIFY_OK(doc.writePdf(file));
    QCOMPARE(test::pdfInfo(file, QStringLiteral("Page size")), size);
    QCOMPARE(doc.pageCount(), 1);
}

void tst_PrintDocument::tableHeaderRepeatsOnEveryPage()
{
    PrintDocument doc(frame());
    TextFlow &flow = doc.addFlow();
    QList<QList<PrintCell>> rows;
    for (int i = 1; i <= 2000; ++i)
        rows.append({QString::number(i), QStringLiteral("Step number %1").arg(i),
                     PrintCell(QStringLiteral("owner"), PrintCell::Tone::Muted),
                     PrintCell(QStringLiteral("□"), PrintCell::Tone::Strong)});
    flow.table({QStringLiteral("Num"), QStringLiteral("Steptitle"), QStringLiteral("Ownercol"),
                QStringLiteral("Donecol")},
               rows, {8, 60, 20, 12});
    const QString file = path(QStringLiteral("table.pdf"));
    QElapsedTimer timer;
    timer.start();
    PP_VERIFY_OK(doc.writePdf(file));
    qInfo("2,000-row table: %d pages in %lld ms", doc.pageCount(), timer.elapsed());
    const int n = doc.pageCount();
    QVERIFY2(n > 20, qPrintable(QString::number(n)));
    QCOMPARE(test::pdfPages(file), n);
    const QString all = test::pdfText(file);
    QCOMPARE(all.count(QStringLiteral("Steptitle")), n); // the header row on every page
    for (int i : {1, 2, 999, 2000})
        QVERIFY(all.contains(QStringLiteral("Step number %1\n").arg(i)));
}

void tst_PrintDocument::paintedPagesInPoints()
{
    PageSetup setup; // A4 portrait, 14 mm left/right, 12 mm top/bottom
    PrintDocument doc(frame(), setup);
    auto painted = std::make_unique<CountingPages>(1);
    CountingPages *pages = painted.get();
    doc.addPages(std::move(painted));
    PP_VERIFY_OK(doc.writePdf(path(QStringLiteral("points.pdf"))));
    const qreal mm = 72 / 25.4;
    // The device's width is whole points.
    QVERIFY2(qAbs(pages->m_body.width() - (595.28 - 28 * mm)) <= 1,
             qPrintable(QString::number(pages->m_body.width())));
    // The body is the printable height minus the header and the footer.
    QVERIFY(pages->m_body.height() < 841.89 - 24 * mm);
    QVERIFY(pages->m_body.height() > 841.89 - 24 * mm - 60);
}

void tst_PrintDocument::hostileTextIsText()
{
    const QString img = QStringLiteral("<img src=file:///etc/passwd>");
    const QString html = QStringLiteral("<b>bold?</b> <a href=\"http://example.com\">link</a> "
                                        "<script>alert(1)</script> &amp; &lt;");
    const QString rtl = QStringLiteral("שלום עולם مرحبا بالعالم");
    const QString emoji = QStringLiteral("Patch 🚀 done ✅");
    const QString longWord = QString(3000, QLatin1Char('W'));
    PrintDocument doc(frame(img));
    TextFlow &flow = doc.addFlow();
    flow.heading(img, 1);
    flow.paragraph(html);
    flow.fields({{QStringLiteral("Name"), img}, {QStringLiteral("Right to left"), rtl}});
    flow.table({QStringLiteral("Column"), QStringLiteral("Value")},
               {{QStringLiteral("emoji"), emoji}, {QStringLiteral("long"), longWord},
                {QStringLiteral("html"), html}},
               {20, 80});
    const QString file = path(QStringLiteral("hostile.pdf"));
    PP_VERIFY_OK(doc.writePdf(file));
    const QString text = test::pdfText(file);
    QVERIFY2(text.count(img) >= 3, qPrintable(text.left(600))); // header, heading, field
    QVERIFY(text.contains(QStringLiteral("<b>bold?</b>")));
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script> &amp; &lt;")));
    QVERIFY(text.contains(QStringLiteral("Patch")));
    // The long word is cut at TextFlow::kMaxCellChars with a mark, and wrapped: no line of the
    // text is longer than a page's width could hold.
    QVERIFY(text.contains(QStringLiteral("[cut: 1000 more characters]")));
    int longest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        longest = qMax(longest, int(line.size()));
    QVERIFY2(longest < 200, qPrintable(QString::number(longest)));
    QCOMPARE(text.count(QLatin1Char('W')), 2000);
    // Right-to-left text comes back as characters (poppler orders them visually, and gives
    // Arabic as the presentation forms the glyphs stand for: compare compatibility-normalised).
    const QString normalised = text.normalized(QString::NormalizationForm_KC);
    for (const QString &word : {QStringLiteral("שלום"), QStringLiteral("مرحبا")}) {
        QString reversed = word;
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY2(normalised.contains(word) || normalised.contains(reversed),
                 qPrintable(normalised.left(800)));
    }
}

void tst_PrintDocument::japaneseIsEmbeddedAndCopiesBack()
{
    const QString japanese = QStringLiteral("基幹システムの月例パッチ適用計画（第２日曜）・ロールバック判断期限");
    PrintDocument doc(frame(japanese));
    TextFlow &flow = doc.addFlow();
    flow.heading(japanese, 1);
    flow.paragraph(QStringLiteral("閉域網のサーバー：緊急パッチ、定期パッチ、代替策。"));
    const QString file = path(QStringLiteral("japanese.pdf"));
    PP_VERIFY_OK(doc.writePdf(file));
    const QString text = test::pdfText(file);
    QVERIFY2(text.contains(japanese), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("閉域網のサーバー：緊急パッチ、定期パッチ、代替策。")));
    const QList<test::PdfFont> fonts = test::pdfFonts(file);
    QVERIFY(!fonts.isEmpty());
    bool ipa = false;
    for (const test::PdfFont &f : fonts) {
        QVERIFY2(f.embedded, qPrintable(f.name));
        QVERIFY2(f.unicode, qPrintable(f.name));
        ipa = ipa || f.name.contains(QStringLiteral("IPAPGothic"));
    }
    QVERIFY(ipa);
}

void tst_PrintDocument::cancelWritesNothing()
{
    PrintDocument doc(frame());
    TextFlow &flow = doc.addFlow();
    for (int i = 0; i < 300; ++i)
        flow.paragraph(QStringLiteral("Line %1").arg(i));
    const QString file = path(QStringLiteral("cancelled.pdf"));
    const Status s = doc.writePdf(file, [](int done, int) { return done < 2; });
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(file));
    // An unwritable place fails with the path in the message.
    const Status bad = doc.writePdf(QStringLiteral("/nonexistent-dir/x.pdf"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("/nonexistent-dir/x.pdf")));
}

QTEST_MAIN(tst_PrintDocument)
#include "tst_printdocument.moc"
