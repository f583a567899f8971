#include "models/io/printdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace pp {

namespace {

constexpr qreal kHeaderHeight = 24; // points, above the body (text and rule)
constexpr qreal kFooterHeight = 20; // points, below the body
constexpr qreal kFrameFontSize = 7.5;

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kAlert(0xa5, 0x00, 0x1c);
const QColor kGood(0x1b, 0x5e, 0x20);
const QColor kHeaderFill(0xe8, 0xeb, 0xef);
const QColor kRule(0x9a, 0xa0, 0xa6);

/// Lengths of QTextFormat margins and paddings are in pixels of a 96-dpi screen, which the text
/// layout scales to the device it lays out on.
qreal px(qreal points)
{
    return points * 96.0 / 72.0;
}

QTextCharFormat charFormat(PrintCell::Tone tone, qreal pointSize = 0)
{
    QTextCharFormat f;
    if (pointSize > 0)
        f.setFontPointSize(pointSize);
    switch (tone) {
    case PrintCell::Tone::Normal:
        f.setForeground(kText);
        break;
    case PrintCell::Tone::Strong:
        f.setForeground(kText);
        f.setFontWeight(QFont::Bold);
        break;
    case PrintCell::Tone::Muted:
        f.setForeground(kMuted);
        break;
    case PrintCell::Tone::Alert:
        f.setForeground(kAlert);
        f.setFontWeight(QFont::Bold);
        break;
    case PrintCell::Tone::Good:
        f.setForeground(kGood);
        break;
    }
    return f;
}

/// Line breaks inside a cell or paragraph stay line breaks of the same block.
QString forInsert(const QString &text, int max)
{
    QString t = TextFlow::clean(text, max);
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return t;
}

} // namespace

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(QPageSize(paper), orientation, marginsMm, QPageLayout::Millimeter);
}

std::optional<QPageSize::PageSizeId> paperFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("a4"))
        return QPageSize::A4;
    if (k == QLatin1String("a3"))
        return QPageSize::A3;
    if (k == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

std::optional<QPageLayout::Orientation> orientationFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("portrait"))
        return QPageLayout::Portrait;
    if (k == QLatin1String("landscape"))
        return QPageLayout::Landscape;
    return std::nullopt;
}

QFont printFont(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("IPAPGothic"), QStringLiteral("IPAGothic"),
                   QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Glyph advances unhinted: the same line breaks at any resolution and scale.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

// --- TextFlow ----------------------------------------------------------------------------------

struct TextFlow::Private
{
    /// A section heading not yet inserted: when a table follows, it becomes the table's first
    /// header row, so that it never stays alone at the bottom of a page (QTextDocument has no
    /// "keep with next") and is repeated above the table's continuation on the next pages.
    struct Heading
    {
        QString text;
        int level = 2;
        bool newPage = false;
    };

    QTextCursor cursor;
    bool empty = true;
    QList<Heading> headings;
};

TextFlow::TextFlow()
    : m_doc(std::make_unique<QTextDocument>())
    , d(std::make_unique<Private>())
{
    m_doc->setUndoRedoEnabled(false);
    m_doc->setDocumentMargin(0);
    m_doc->setDefaultFont(printFont(9));
    m_doc->setUseDesignMetrics(true);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_doc->setDefaultTextOption(option);
    d->cursor = QTextCursor(m_doc.get());
}

TextFlow::~TextFlow() = default;

QTextDocument *TextFlow::document()
{
    flushHeadings();
    return m_doc.get();
}

QString TextFlow::clean(const QString &text, int max)
{
    QString out;
    out.reserve(qMin(text.size(), max + 1));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            out += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            out += c;
            continue;
        }
        // Control characters (C0, C1) and object replacement characters go; the bidi marks
        // stay: they are part of right-to-left text.
        if (c.category() == QChar::Other_Control || c == QChar::ObjectReplacementCharacter
            || c == QChar(0xfffe) || c == QChar(0xffff))
            continue;
        out += c;
    }
    if (out.size() > max) {
        qsizetype cut = max;
        if (cut > 0 && out.at(cut - 1).isHighSurrogate())
            --cut;
        const qsizetype left = out.size() - cut;
        out.truncate(cut);
        out += QStringLiteral(" \u2026 ")
            + tr("[cut: %n more characters]", nullptr, int(qMin<qsizetype>(left, INT_MAX)));
    }
    return out;
}

namespace {

qreal headingSize(int level)
{
    return level <= 1 ? 17 : level == 2 ? 12.5 : 10.5;
}

qreal headingGap(int level)
{
    return level <= 1 ? 0 : level == 2 ? 14 : 10;
}

} // namespace

void TextFlow::heading(const QString &text, int level, bool newPage)
{
    flushHeadings();
    if (level <= 1) {
        // The title: a block of its own, never carried into a table.
        QTextBlockFormat block;
        block.setBottomMargin(px(6));
        block.setHeadingLevel(1);
        insertBlock(block, charFormat(PrintCell::Tone::Strong, headingSize(1)), newPage);
        d->cursor.insertText(forInsert(text, 400), charFormat(PrintCell::Tone::Strong,
                                                              headingSize(1)));
        return;
    }
    d->headings.append({text, level, newPage || m_pendingBreak});
    m_pendingBreak = false;
}

void TextFlow::insertBlock(const QTextBlockFormat &format, const QTextCharFormat &chars,
                           bool newPage)
{
    QTextBlockFormat block = format;
    if ((newPage || m_pendingBreak) && !d->empty)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_pendingBreak = false;
    if (d->empty) {
        d->cursor.setBlockFormat(block);
        d->cursor.setBlockCharFormat(chars);
    } else {
        d->cursor.insertBlock(block, chars);
    }
    d->empty = false;
}

void TextFlow::flushHeadings()
{
    const QList<Private::Heading> headings = std::exchange(d->headings, {});
    for (const Private::Heading &h : headings) {
        QTextBlockFormat block;
        block.setTopMargin(px(d->empty ? 0 : headingGap(h.level)));
        block.setBottomMargin(px(h.level == 2 ? 4 : 3));
        block.setHeadingLevel(h.level);
        const QTextCharFormat chars = charFormat(PrintCell::Tone::Strong, headingSize(h.level));
        insertBlock(block, chars, h.newPage);
        d->cursor.insertText(forInsert(h.text, 400), chars);
    }
}

void TextFlow::paragraph(const QString &text, Style style)
{
    flushHeadings();
    QTextBlockFormat block;
    block.setTopMargin(px(2));
    block.setBottomMargin(px(4));
    QTextCharFormat chars;
    switch (style) {
    case Style::Normal:
        chars = charFormat(PrintCell::Tone::Normal, 9);
        break;
    case Style::Muted:
        chars = charFormat(PrintCell::Tone::Muted, 9);
        break;
    case Style::Small:
        chars = charFormat(PrintCell::Tone::Muted, 8);
        break;
    case Style::Alert:
        chars = charFormat(PrintCell::Tone::Alert, 9);
        break;
    }
    insertBlock(block, chars, false);
    d->cursor.insertText(forInsert(text, kMaxCellChars * 4), chars);
}

void TextFlow::space(qreal points)
{
    flushHeadings();
    QTextBlockFormat block;
    block.setTopMargin(0);
    block.setBottomMargin(0);
    block.setLineHeight(px(points), QTextBlockFormat::FixedHeight);
    insertBlock(block, QTextCharFormat(), false);
}

void TextFlow::pageBreak()
{
    flushHeadings();
    m_pendingBreak = true;
}

namespace {

QTextTableFormat tableFormat(const QList<qreal> &widths, int columns)
{
    QTextTableFormat fmt;
    fmt.setBorder(0.6);
    fmt.setBorderBrush(kRule);
    fmt.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    fmt.setBorderCollapse(true);
    fmt.setCellSpacing(0);
    fmt.setCellPadding(px(2.5));
    fmt.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    fmt.setTopMargin(px(2));
    // No bottom margin: a margin that does not fit under the last row would carry the table,
    // and so its repeated header row, onto a page of its own. The gap comes from the next block.
    fmt.setBottomMargin(0);
    qreal sum = 0;
    for (int c = 0; c < columns; ++c)
        sum += c < widths.size() && widths.at(c) > 0 ? widths.at(c) : 1;
    QList<QTextLength> constraints;
    for (int c = 0; c < columns; ++c) {
        const qreal w = c < widths.size() && widths.at(c) > 0 ? widths.at(c) : 1;
        constraints << QTextLength(QTextLength::PercentageLength, 100.0 * w / sum);
    }
    fmt.setColumnWidthConstraints(constraints);
    return fmt;
}

} // namespace

QTextTable *TextFlow::insertTable(int rows, int columns, QTextTableFormat format,
                                  int headerRows)
{
    const QList<Private::Heading> captions = std::exchange(d->headings, {});
    bool newPage = m_pendingBreak;
    m_pendingBreak = false;
    for (const Private::Heading &h : captions)
        newPage = newPage || h.newPage;
    if (newPage && !d->empty)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (!captions.isEmpty() && !d->empty)
        format.setTopMargin(px(headingGap(captions.first().level) - 2));
    const int captionRows = int(captions.size());
    format.setHeaderRowCount(captionRows + headerRows);
    QTextTable *table = d->cursor.insertTable(captionRows + rows, columns, format);
    for (int i = 0; i < captionRows; ++i) {
        if (columns > 1)
            table->mergeCells(i, 0, 1, columns);
        QTextTableCell cell = table->cellAt(i, 0);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        // The caption row reads as a heading: no rule above or beside it.
        cf.setTopBorderStyle(QTextFrameFormat::BorderStyle_None);
        cf.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
        cf.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
        cf.setTopBorder(0);
        cf.setLeftBorder(0);
        cf.setRightBorder(0);
        cf.setLeftPadding(0);
        cf.setBottomPadding(px(i + 1 == captionRows ? 3 : 1));
        cell.setFormat(cf);
        const QTextCharFormat chars
            = charFormat(PrintCell::Tone::Strong, headingSize(captions.at(i).level));
        cell.firstCursorPosition().insertText(forInsert(captions.at(i).text, 400), chars);
    }
    d->empty = false;
    return table;
}

bool TextFlow::keepTablesWhole()
{
    // Qt lays a table's bottom border out after its last row; when only that border crosses a
    // page end, the table continues on the next page with its header rows repeated over
    // nothing. A table that fits on one page but ends that way moves to the next page instead.
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    const qreal pageHeight = m_doc->pageSize().height();
    if (pageHeight <= 0)
        return false;
    (void)m_doc->pageCount(); // lays the document out
    bool moved = false;
    const QList<QTextFrame *> frames = m_doc->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() == 0)
            continue;
        const QRectF box = layout->frameBoundingRect(table);
        qreal contentBottom = box.top();
        for (int c = 0; c < table->columns(); ++c) {
            const QTextBlock last = table->cellAt(table->rows() - 1, c).lastCursorPosition().block();
            contentBottom = std::max(contentBottom, layout->blockBoundingRect(last).bottom());
        }
        const int topPage = int(box.top() / pageHeight);
        const int contentPage = int((contentBottom - 0.01) / pageHeight);
        const int framePage = int((box.bottom() - 0.01) / pageHeight);
        QTextTableFormat format = table->format();
        if (framePage > contentPage && topPage == contentPage
            && !(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            moved = true;
        }
    }
    return moved;
}

void TextFlow::fields(const QList<QPair<QString, PrintCell>> &rows)
{
    if (rows.isEmpty()) {
        flushHeadings();
        return;
    }
    QTextTableFormat fmt = tableFormat({30, 70}, 2);
    fmt.setBorder(0);
    fmt.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    fmt.setCellPadding(px(1.5));
    const int captions = int(d->headings.size());
    QTextTable *table = insertTable(int(rows.size()), 2, fmt, 0);
    QTextCursor cell = table->cellAt(captions, 0).firstCursorPosition();
    for (const auto &row : rows) {
        cell.insertText(forInsert(row.first, 200), charFormat(PrintCell::Tone::Strong, 9));
        cell.movePosition(QTextCursor::NextCell);
        cell.insertText(forInsert(row.second.text, kMaxCellChars),
                        charFormat(row.second.tone, 9));
        cell.movePosition(QTextCursor::NextCell);
    }
    d->cursor.movePosition(QTextCursor::End);
}

void TextFlow::table(const QStringList &headers, const QList<QList<PrintCell>> &rows,
                     const QList<qreal> &widths)
{
    const int columns = int(headers.size());
    if (columns == 0) {
        flushHeadings();
        return;
    }
    const int captions = int(d->headings.size());
    QTextTable *table = insertTable(int(rows.size()) + 1, columns, tableFormat(widths, columns), 1);
    QTextCharFormat headerChars = charFormat(PrintCell::Tone::Strong, 8.5);
    QTextCursor cell = table->cellAt(captions, 0).firstCursorPosition();
    for (int c = 0; c < columns; ++c) {
        QTextTableCellFormat cf = table->cellAt(captions, c).format().toTableCellFormat();
        cf.setBackground(kHeaderFill);
        table->cellAt(captions, c).setFormat(cf);
        cell.insertText(forInsert(headers.at(c), 200), headerChars);
        cell.movePosition(QTextCursor::NextCell);
    }
    for (const QList<PrintCell> &row : rows) {
        for (int c = 0; c < columns; ++c) {
            if (c < row.size() && row.at(c).minHeight > 0) {
                // One line of that height: a row of one line is never split across pages.
                QTextBlockFormat tall = cell.blockFormat();
                tall.setLineHeight(px(row.at(c).minHeight), QTextBlockFormat::MinimumHeight);
                cell.setBlockFormat(tall);
            }
            if (c < row.size() && !row.at(c).text.isEmpty())
                cell.insertText(forInsert(row.at(c).text, kMaxCellChars),
                                charFormat(row.at(c).tone, 8.5));
            cell.movePosition(QTextCursor::NextCell);
        }
    }
    d->cursor.movePosition(QTextCursor::End);
}

// --- PrintDocument -----------------------------------------------------------------------------

struct PrintDocument::Section
{
    std::unique_ptr<TextFlow> flow;
    std::unique_ptr<PaintedPages> pages;
    int pageCount = 0;
};

PrintDocument::PrintDocument(const PageFrame &frame, const PageSetup &setup)
    : m_frame(frame)
    , m_setup(setup)
{
}

PrintDocument::~PrintDocument() = default;
PrintDocument::PrintDocument(PrintDocument &&) noexcept = default;
PrintDocument &PrintDocument::operator=(PrintDocument &&) noexcept = default;

TextFlow &PrintDocument::addFlow()
{
    auto section = std::make_unique<Section>();
    section->flow = std::make_unique<TextFlow>();
    TextFlow &flow = *section->flow;
    m_sections.push_back(std::move(section));
    return flow;
}

void PrintDocument::addPages(std::unique_ptr<PaintedPages> pages)
{
    if (!pages)
        return;
    auto section = std::make_unique<Section>();
    section->pages = std::move(pages);
    m_sections.push_back(std::move(section));
}

namespace {

void paintFrame(QPainter &p, const QSizeF &area, const PageFrame &frame, int page, int total)
{
    p.save();
    const QFont font = printFont(kFrameFontSize);
    const QFont bold = printFont(kFrameFontSize, true);
    p.setPen(kMuted);
    const qreal w = area.width();
    // Header: the title left, the reference right (bold), a rule under them.
    const QFontMetricsF boldMetrics(bold);
    const qreal refWidth = qMin(w * 0.45, boldMetrics.horizontalAdvance(frame.reference) + 2);
    p.setFont(bold);
    p.drawText(QRectF(w - refWidth, 0, refWidth, 12), Qt::AlignRight | Qt::AlignVCenter,
               boldMetrics.elidedText(frame.reference, Qt::ElideRight, refWidth));
    p.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal titleWidth = w - refWidth - 12;
    p.drawText(QRectF(0, 0, titleWidth, 12), Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(TextFlow::clean(frame.title, 400), Qt::ElideRight,
                                  titleWidth));
    p.setPen(QPen(kRule, 0.5));
    p.drawLine(QPointF(0, 15), QPointF(w, 15));
    // Footer: the generation line left, "Page N of M" right.
    const qreal top = area.height() - 12;
    p.drawLine(QPointF(0, top - 3), QPointF(w, top - 3));
    p.setPen(kMuted);
    const QString pageText = PrintDocument::tr("Page %1 of %2").arg(page).arg(total);
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + 2;
    p.drawText(QRectF(w - pageWidth, top, pageWidth, 12), Qt::AlignRight | Qt::AlignVCenter,
               pageText);
    p.drawText(QRectF(0, top, w - pageWidth - 12, 12), Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(frame.generated, Qt::ElideRight, w - pageWidth - 12));
    p.restore();
}

} // namespace

Status PrintDocument::print(QPagedPaintDevice &device, const Progress &progress)
{
    m_pageCount = 0;
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("The document could not be started on the printer or file."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Points to device pixels (1 on the 72-dpi devices writePdf() and the preview use; fonts
    // given in points are resolved against the device, so other resolutions scale text only).
    const qreal sx = device.logicalDpiX() / 72.0;
    const qreal sy = device.logicalDpiY() / 72.0;
    const QSizeF area(device.width() / sx, device.height() / sy);
    const QRectF body(0, kHeaderHeight, area.width(),
                      qMax<qreal>(72, area.height() - kHeaderHeight - kFooterHeight));

    int total = 0;
    for (const auto &section : m_sections) {
        if (section->flow) {
            QTextDocument *doc = section->flow->document();
            doc->documentLayout()->setPaintDevice(&device);
            doc->setPageSize(QSizeF(body.width() * sx, body.height() * sy));
            // Each pass moves tables forward only, so this ends; a few passes settle it.
            for (int pass = 0; pass < 8 && section->flow->keepTablesWhole(); ++pass) { }
            section->pageCount = doc->isEmpty() ? 0 : doc->pageCount();
        } else {
            section->pageCount = qMax(0, section->pages->pageCount(body.size()));
        }
        total += section->pageCount;
    }
    if (total == 0) {
        // A document with nothing in it still prints its frame, so that the file is a PDF.
        painter.save();
        painter.scale(sx, sy);
        paintFrame(painter, area, m_frame, 1, 1);
        painter.restore();
        m_pageCount = 1;
        painter.end();
        return {};
    }

    int page = 0;
    for (const auto &section : m_sections) {
        for (int i = 0; i < section->pageCount; ++i) {
            if (page > 0 && !device.newPage()) {
                painter.end();
                return fail(tr("A new page could not be started."));
            }
            ++page;
            painter.save();
            painter.scale(sx, sy);
            paintFrame(painter, area, m_frame, page, total);
            painter.restore();
            painter.save();
            if (section->flow) {
                QTextDocument *doc = section->flow->document();
                const QRectF clip(0, 0, body.width() * sx, body.height() * sy);
                painter.translate(0, body.top() * sy);
                painter.setClipRect(clip);
                painter.translate(0, -i * clip.height());
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = clip.translated(0, i * clip.height());
                context.palette.setColor(QPalette::Text, kText);
                doc->documentLayout()->draw(&painter, context);
            } else {
                painter.scale(sx, sy);
                painter.setClipRect(body);
                section->pages->paintPage(painter, i, body);
            }
            painter.restore();
            if (progress && !progress(page, total)) {
                painter.end();
                return fail(tr("The document was cancelled."));
            }
        }
    }
    m_pageCount = total;
    if (!painter.end())
        return fail(tr("The document could not be finished."));
    return {};
}

Status PrintDocument::writePdf(const QString &path, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(m_setup.pageLayout());
        // 72 dpi: a device pixel is a point, so painted sections and fonts share one unit.
        writer.setResolution(72);
        writer.setTitle(TextFlow::clean(m_frame.title, 400));
        writer.setCreator(QStringLiteral("Patch Planner"));
        if (Status s = print(writer, progress); !s) {
            file.cancelWriting();
            return s;
        }
    }
    if (!file.commit())
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pp
