// The print engine (models/io/printdocument.h), read back with poppler-utils: page frames
// ("Page N of M", header), paper sizes, tables whose header row repeats on every page, painted
// pages in points, embedded fonts that give Japanese back, hostile text printed as text, long
// words wrapped, cancel writing nothing; the row-by-row table layout (models/io/printtable.h):
// rows in order across pages, a row taller than a page broken between lines with nothing lost,
// a table that fits on a page kept whole, nothing outside the page's body.
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

/// A word of the PDF with its box in points (pdftotext -bbox), on page @p page (1-based).
struct PdfWord
{
    int page = 0;
    QRectF box;
    QString text;
};

QString unescape(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

/// Every word of @p path, in page order, then top to bottom, then left to right.
QList<PdfWord> pdfWords(const QString &path, QSizeF *pageSize = nullptr)
{
    const QString xml = test::poppler(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression pageRe(
        QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\""));
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">"
        "([^<]*)</word>"));
    QList<PdfWord> words;
    int page = 0;
    for (const QString &line : xml.split(QLatin1Char('\n'))) {
        if (const auto m = pageRe.match(line); m.hasMatch()) {
            ++page;
            if (pageSize)
                *pageSize = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        } else if (const auto w = wordRe.match(line); w.hasMatch()) {
            words.append({page,
                          QRectF(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                                 QPointF(w.captured(3).toDouble(), w.captured(4).toDouble())),
                          unescape(w.captured(5))});
        }
    }
    std::stable_sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) {
        if (a.page != b.page)
            return a.page < b.page;
        if (qAbs(a.box.top() - b.box.top()) > 0.5)
            return a.box.top() < b.box.top();
        return a.box.left() < b.box.left();
    });
    return words;
}

/// The numbers of the words "<prefix><number>", in the order of @p words.
QList<int> numbered(const QList<PdfWord> &words, const QString &prefix, QList<int> *pages = nullptr)
{
    const QRegularExpression re(QStringLiteral("^%1(\\d+)$").arg(prefix));
    QList<int> numbers;
    for (const PdfWord &w : words) {
        if (const auto m = re.match(w.text); m.hasMatch()) {
            numbers << m.captured(1).toInt();
            if (pages)
                *pages << w.page;
        }
    }
    return numbers;
}

QString squashed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

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
    void tableRowsInOrderAcrossPages();
    void tallRowBreaksBetweenLines();
    void smallTableKeptWhole();
    void nothingOutsideTheBody();

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

void tst_PrintDocument::tableRowsInOrderAcrossPages()
{
    // 400 rows of one to four lines, toned: every row once, in order, under the header of
    // each page the table spans, above the footer.
    PrintDocument doc(frame());
    TextFlow &flow = doc.addFlow();
    flow.heading(QStringLiteral("Rows"), 2);
    QList<QList<PrintCell>> rows;
    for (int i = 1; i <= 400; ++i) {
        QString text = QStringLiteral("Row text %1").arg(i);
        for (int l = 0; l < i % 4; ++l)
            text += QStringLiteral("\nmore line %1").arg(l);
        rows.append({QStringLiteral("R%1").arg(i), text,
                     PrintCell(QStringLiteral("due"), i % 5 ? PrintCell::Tone::Normal
                                                            : PrintCell::Tone::Alert)});
    }
    flow.table({QStringLiteral("Number"), QStringLiteral("Headertext"), QStringLiteral("Tone")},
               rows, {15, 70, 15});
    flow.paragraph(QStringLiteral("Afterwards"));
    const QString file = path(QStringLiteral("rows.pdf"));
    PP_VERIFY_OK(doc.writePdf(file));
    const int n = doc.pageCount();
    QVERIFY2(n >= 5, qPrintable(QString::number(n)));
    const QList<PdfWord> words = pdfWords(file);
    QList<int> pages;
    const QList<int> numbers = numbered(words, QStringLiteral("R"), &pages);
    QList<int> expected;
    for (int i = 1; i <= 400; ++i)
        expected << i;
    QCOMPARE(numbers, expected);
    // On every page with rows: the caption and the header once, above the rows.
    for (int page = 1; page <= n; ++page) {
        qreal headerBottom = -1;
        qreal captionBottom = -1;
        qreal firstRow = 1e9;
        int headers = 0;
        for (const PdfWord &w : words) {
            if (w.page != page)
                continue;
            if (w.text == QLatin1String("Headertext")) {
                ++headers;
                headerBottom = w.box.bottom();
            } else if (w.text == QLatin1String("Rows")) {
                captionBottom = w.box.bottom();
            } else if (w.text.startsWith(QLatin1Char('R')) && w.text.mid(1).toInt() > 0) {
                firstRow = qMin(firstRow, w.box.top());
            }
        }
        if (!pages.contains(page))
            continue;
        QCOMPARE(headers, 1);
        QVERIFY2(captionBottom > 0 && captionBottom < headerBottom, qPrintable(QString::number(page)));
        QVERIFY2(headerBottom < firstRow, qPrintable(QString::number(page)));
    }
    QCOMPARE(pages.first(), 1);
    QVERIFY(pages.last() >= 5);
    const QString text = test::pdfText(file);
    QVERIFY(text.indexOf(QStringLiteral("R400")) < text.indexOf(QStringLiteral("Afterwards")));
}

void tst_PrintDocument::tallRowBreaksBetweenLines()
{
    // A row of 260 lines (about three and a half pages) breaks between lines: every line once,
    // in order, under the repeated header; the rows around it whole.
    QStringList lines;
    for (int i = 1; i <= 260; ++i)
        lines << QStringLiteral("T%1").arg(i);
    PrintDocument doc(frame());
    TextFlow &flow = doc.addFlow();
    flow.table({QStringLiteral("Num"), QStringLiteral("Tallcolumn"), QStringLiteral("Note")},
               {{QStringLiteral("1"), QStringLiteral("before"), QStringLiteral("first")},
                {QStringLiteral("2"), lines.join(QLatin1Char('\n')),
                 QStringLiteral("Side note that wraps over a few lines of its narrow column")},
                {QStringLiteral("3"), QStringLiteral("after"), QStringLiteral("last")}},
               {10, 60, 30});
    const QString file = path(QStringLiteral("tall.pdf"));
    PP_VERIFY_OK(doc.writePdf(file));
    const int n = doc.pageCount();
    QVERIFY2(n >= 4, qPrintable(QString::number(n)));
    const QList<PdfWord> words = pdfWords(file);
    QList<int> pages;
    const QList<int> numbers = numbered(words, QStringLiteral("T"), &pages);
    QList<int> expected;
    for (int i = 1; i <= 260; ++i)
        expected << i;
    QCOMPARE(numbers, expected);
    QCOMPARE(pages.first(), 1);
    QCOMPARE(pages.last(), n);
    for (int page = 1; page <= n; ++page) {
        int headers = 0;
        for (const PdfWord &w : words)
            headers += w.page == page && w.text == QLatin1String("Tallcolumn");
        QCOMPARE(headers, 1);
    }
    const QString text = test::pdfText(file);
    QVERIFY(text.indexOf(QStringLiteral("before")) < text.indexOf(QStringLiteral("T1\n")));
    QVERIFY(text.indexOf(QStringLiteral("T260")) < text.indexOf(QStringLiteral("after")));
    QVERIFY(squashed(text).contains(QStringLiteral("Sidenotethatwrapsoverafewlinesofitsnarrowcolumn")));
}

void tst_PrintDocument::smallTableKeptWhole()
{
    // However much of the page is left, a table that fits on one page is on one page; with
    // too little left it starts the next one, with the heading and paragraph introducing it.
    bool movedOnce = false;
    for (int paragraphs = 30; paragraphs <= 52; paragraphs += 2) {
        PrintDocument doc(frame());
        TextFlow &flow = doc.addFlow();
        for (int i = 1; i <= paragraphs; ++i)
            flow.paragraph(QStringLiteral("P%1 fills the page").arg(i));
        flow.heading(QStringLiteral("Keptsection"), 2);
        flow.paragraph(QStringLiteral("Keptintroduction to the table."));
        flow.heading(QStringLiteral("Keptcaption"), 3);
        QList<QList<PrintCell>> rows;
        for (int i = 1; i <= 12; ++i)
            rows.append({QStringLiteral("K%1").arg(i), QStringLiteral("value")});
        flow.table({QStringLiteral("Key"), QStringLiteral("Value")}, rows);
        const QString file = path(QStringLiteral("kept-%1.pdf").arg(paragraphs));
        PP_VERIFY_OK(doc.writePdf(file));
        const QList<PdfWord> words = pdfWords(file);
        QList<int> keyPages;
        QCOMPARE(numbered(words, QStringLiteral("K"), &keyPages).size(), 12);
        QList<int> paragraphPages;
        (void)numbered(words, QStringLiteral("P"), &paragraphPages);
        int captionPage = 0;
        int sectionPage = 0;
        int introductionPage = 0;
        for (const PdfWord &w : words) {
            if (w.text == QLatin1String("Keptcaption"))
                captionPage = w.page;
            else if (w.text == QLatin1String("Keptsection"))
                sectionPage = w.page;
            else if (w.text == QLatin1String("Keptintroduction"))
                introductionPage = w.page;
        }
        QVERIFY(captionPage > 0);
        QCOMPARE(sectionPage, captionPage);
        QCOMPARE(introductionPage, captionPage);
        QCOMPARE(keyPages.first(), captionPage);
        QCOMPARE(keyPages.last(), captionPage);
        if (captionPage > paragraphPages.last())
            movedOnce = true;
    }
    QVERIFY(movedOnce);
}

void tst_PrintDocument::nothingOutsideTheBody()
{
    // Long words, a row taller than a page, Japanese, fields and a tall paragraph: every word
    // lies inside the page's body, or in the header or footer line, inside the side margins.
    PageSetup setup; // A4 portrait, 14 mm left/right, 12 mm top/bottom
    PrintDocument doc(frame(), setup);
    TextFlow &flow = doc.addFlow();
    flow.heading(QStringLiteral("基幹システム Body check"), 1);
    flow.fields({{QStringLiteral("Name"), QString(600, QLatin1Char('N'))},
                 {QStringLiteral("Note"), QStringLiteral("ロールバック判断期限 ").repeated(40)}});
    QList<QList<PrintCell>> rows;
    for (int i = 0; i < 30; ++i)
        rows.append({QString::number(i), QString(400, QLatin1Char('W')),
                     QStringLiteral("閉域網のサーバー ").repeated(20), QString(90, QLatin1Char('x'))});
    rows.append({QStringLiteral("tall"), QStringLiteral("line\n").repeated(300),
                 QStringLiteral("n"), QString()});
    flow.table({QStringLiteral("#"), QStringLiteral("Wide"), QStringLiteral("Japanese"),
                QStringLiteral("Narrow")},
               rows, {6, 40, 44, 10});
    flow.paragraph(QStringLiteral("A long paragraph. ").repeated(1500));
    const QString file = path(QStringLiteral("body.pdf"));
    PP_VERIFY_OK(doc.writePdf(file));
    QSizeF page;
    const QList<PdfWord> words = pdfWords(file, &page);
    QVERIFY(words.size() > 1000);
    QCOMPARE(page.toSize(), QSize(595, 842));
    const qreal mm = 72 / 25.4;
    const qreal tolerance = 1;
    const QRectF printable(QPointF(14 * mm, 12 * mm), QPointF(page.width() - 14 * mm,
                                                               page.height() - 12 * mm));
    // The body: under the header (24 points) and above the footer (20 points).
    const qreal bodyTop = printable.top() + 24;
    const qreal bodyBottom = printable.bottom() - 20;
    for (const PdfWord &w : words) {
        const QString where = QStringLiteral("%1 on page %2 at %3,%4-%5,%6")
                                  .arg(w.text.left(20)).arg(w.page).arg(w.box.left())
                                  .arg(w.box.top()).arg(w.box.right()).arg(w.box.bottom());
        QVERIFY2(w.box.left() >= printable.left() - tolerance
                     && w.box.right() <= printable.right() + tolerance,
                 qPrintable(where));
        const bool header = w.box.bottom() <= printable.top() + 15;
        const bool footer = w.box.top() >= printable.bottom() - 12 - tolerance;
        const bool body = w.box.top() >= bodyTop - tolerance
            && w.box.bottom() <= bodyBottom + tolerance;
        QVERIFY2(header || footer || body, qPrintable(where));
    }
}

QTEST_MAIN(tst_PrintDocument)
#include "tst_printdocument.moc"
