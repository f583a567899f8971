#include "models/io/printdocument.h"

#include "models/io/printtable.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pp {

namespace {

constexpr qreal kHeaderHeight = 24; // points, above the body (text and rule)
constexpr qreal kFooterHeight = 20; // points, below the body
constexpr qreal kFrameFontSize = 7.5;

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kAlert(0xa5, 0x00, 0x1c);
const QColor kRule(0x9a, 0xa0, 0xa6);

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

namespace {

qreal headingSize(int level)
{
    return level <= 1 ? 17 : level == 2 ? 12.5 : 10.5;
}

qreal headingGap(int level)
{
    return level <= 1 ? 0 : level == 2 ? 14 : 10;
}

constexpr qreal kTableTop = 2;     // points above a table without captions
constexpr qreal kTableBottom = 10; // points under a table, before what follows
constexpr qreal kEpsilon = 0.01;

/// A heading, paragraph, gap or table of a flow, as inserted.
struct Element
{
    enum class Kind { Text, Space, Table };
    Kind kind = Kind::Text;
    bool breakBefore = false;
    qreal top = 0;    ///< points above (dropped at the top of a page)
    qreal bottom = 0; ///< points below (dropped at the foot of a page)
    // Text
    QString text;
    QFont font;
    QColor color;
    bool keepWithNext = false; ///< a heading: moves to the next page with what follows
    Internal::WrappedText lines;
    qreal linesWidth = -1;
    // Space
    qreal height = 0;
    // Table
    std::unique_ptr<Internal::PrintTable> table;

    void layOut(qreal width)
    {
        if (kind == Kind::Text && qAbs(width - linesWidth) > kEpsilon) {
            lines = Internal::WrappedText(text, font, width);
            linesWidth = width;
        } else if (kind == Kind::Table) {
            table->setWidth(width);
        }
    }
    /// The least height that must follow a heading kept with this element.
    qreal firstPiece() const
    {
        switch (kind) {
        case Kind::Text:
            return top + (lines.lineCount() > 0 ? lines.lineTop(1) : 0);
        case Kind::Space:
            return 0;
        case Kind::Table:
            return top + table->headerHeight() + (table->rowCount() ? table->rowHeight(0) : 0);
        }
        return 0;
    }
};

/// What a page shows of an element: lines [from, to) of a text, a table's header, or the part
/// [from, to) of a table's row; @c y is the top on the page.
struct Piece
{
    enum class Kind { Text, TableHeader, TableRow };
    Kind kind;
    const Element *element;
    qreal y;
    int row = 0;
    qreal from = 0;
    qreal to = 0;
};

} // namespace

struct TextFlow::Private
{
    /// A section heading not yet inserted: when a table follows, it becomes the table's first
    /// header row, so that it never stays alone at the bottom of a page and is repeated above
    /// the table's continuation on the next pages.
    struct Heading
    {
        QString text;
        int level = 2;
        bool newPage = false;
    };

    std::vector<Element> elements;
    QList<Heading> headings;
    bool pendingBreak = false;
    std::vector<std::vector<Piece>> pages;

    Element &append(Element::Kind kind, bool newPage)
    {
        Element e;
        e.kind = kind;
        e.breakBefore = newPage || pendingBreak;
        pendingBreak = false;
        elements.push_back(std::move(e));
        return elements.back();
    }
    void appendText(const QString &text, const QFont &font, const QColor &color, qreal top,
                    qreal bottom, bool newPage, bool keepWithNext = false)
    {
        Element &e = append(Element::Kind::Text, newPage);
        e.text = text;
        e.font = font;
        e.color = color;
        e.top = top;
        e.bottom = bottom;
        e.keepWithNext = keepWithNext;
    }
    void addTable(Internal::PrintTable::Kind kind, const QList<Heading> &captions,
                  const QStringList &headers, QList<QList<PrintCell>> rows,
                  const QList<qreal> &widths);
    void paginate(const QSizeF &body);
};

TextFlow::TextFlow()
    : d(std::make_unique<Private>())
{
}

TextFlow::~TextFlow() = default;

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

void TextFlow::heading(const QString &text, int level, bool newPage)
{
    flushHeadings();
    if (level <= 1) {
        // The title: a block of its own, never carried into a table.
        d->appendText(forInsert(text, 400), printFont(headingSize(1), true), kText, 0, 6,
                      newPage);
        return;
    }
    d->headings.append({text, level, newPage || d->pendingBreak});
    d->pendingBreak = false;
}

void TextFlow::flushHeadings()
{
    const QList<Private::Heading> headings = std::exchange(d->headings, {});
    for (const Private::Heading &h : headings) {
        d->appendText(forInsert(h.text, 400), printFont(headingSize(h.level), true), kText,
                      d->elements.empty() ? 0 : headingGap(h.level), h.level == 2 ? 4 : 3,
                      h.newPage, true);
    }
}

void TextFlow::paragraph(const QString &text, Style style)
{
    flushHeadings();
    const qreal size = style == Style::Small ? 8 : 9;
    const QColor color = style == Style::Normal ? kText : style == Style::Alert ? kAlert : kMuted;
    d->appendText(forInsert(text, kMaxCellChars * 4), printFont(size, style == Style::Alert),
                  color, 2, 4, false);
}

void TextFlow::space(qreal points)
{
    flushHeadings();
    Element &e = d->append(Element::Kind::Space, false);
    e.height = points;
}

void TextFlow::pageBreak()
{
    flushHeadings();
    d->pendingBreak = true;
}

void TextFlow::Private::addTable(Internal::PrintTable::Kind kind,
              const QList<Heading> &captions, const QStringList &headers,
              QList<QList<PrintCell>> rows, const QList<qreal> &widths)
{
    bool newPage = false;
    QList<Internal::PrintTable::Caption> titled;
    for (const Heading &h : captions) {
        newPage = newPage || h.newPage;
        titled.append({forInsert(h.text, 400), headingSize(h.level)});
    }
    const bool first = elements.empty();
    Element &e = append(Element::Kind::Table, newPage);
    e.top = first ? 0 : captions.isEmpty() ? kTableTop : headingGap(captions.first().level) - 2;
    e.bottom = kTableBottom;
    e.table = std::make_unique<Internal::PrintTable>(kind, std::move(titled), headers,
                                                     std::move(rows), widths);
}

void TextFlow::fields(const QList<QPair<QString, PrintCell>> &rows)
{
    if (rows.isEmpty()) {
        flushHeadings();
        return;
    }
    QList<QList<PrintCell>> cells;
    cells.reserve(rows.size());
    for (const auto &row : rows) {
        cells.append({PrintCell(forInsert(row.first, 200), PrintCell::Tone::Strong),
                      PrintCell(forInsert(row.second.text, kMaxCellChars), row.second.tone)});
    }
    d->addTable(Internal::PrintTable::Kind::Fields, std::exchange(d->headings, {}), {},
             std::move(cells), {30, 70});
}

void TextFlow::table(const QStringList &headers, const QList<QList<PrintCell>> &rows,
                     const QList<qreal> &widths)
{
    const int columns = int(headers.size());
    if (columns == 0) {
        flushHeadings();
        return;
    }
    QStringList titles;
    for (const QString &h : headers)
        titles << forInsert(h, 200);
    QList<QList<PrintCell>> cells;
    cells.reserve(rows.size());
    for (const QList<PrintCell> &row : rows) {
        QList<PrintCell> r;
        r.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            PrintCell cell = c < row.size() ? row.at(c) : PrintCell();
            cell.text = forInsert(cell.text, kMaxCellChars);
            r.append(cell);
        }
        cells.append(std::move(r));
    }
    d->addTable(Internal::PrintTable::Kind::Grid, std::exchange(d->headings, {}), titles,
             std::move(cells), widths);
}

void TextFlow::Private::paginate(const QSizeF &body)
{
    const qreal pageHeight = body.height();
    pages.assign(1, {});
    qreal y = 0;
    qreal gapAfter = 0; // the bottom margin of what is above, dropped at a page's foot
    // The pieces of the page from a heading on (with the paragraphs after it), which go with a
    // table that moves to the next page; -1: none.
    int carry = -1;
    const auto newPage = [&] {
        pages.emplace_back();
        y = 0;
        gapAfter = 0;
        carry = -1;
    };
    const auto pageEmpty = [&] { return pages.back().empty(); };

    for (Element &e : elements)
        e.layOut(body.width());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const Element &e = elements[i];
        if (e.breakBefore && !pageEmpty())
            newPage();
        const qreal gap = pageEmpty() ? 0 : gapAfter + e.top;
        switch (e.kind) {
        case Element::Kind::Space:
            if (!pageEmpty())
                y += gap + e.height;
            gapAfter = 0;
            carry = -1;
            break;
        case Element::Kind::Text: {
            const qreal first = e.lines.lineCount() > 0 ? e.lines.lineTop(1) : 0;
            qreal need = first;
            if (e.keepWithNext && i + 1 < elements.size()) {
                const Element &next = elements[i + 1];
                need = e.lines.height() + e.bottom + next.firstPiece();
            }
            if (!pageEmpty() && y + gap + need > pageHeight + kEpsilon)
                newPage();
            else
                y += gap;
            if (e.keepWithNext)
                carry = int(pages.back().size());
            // Line by line: a paragraph longer than the rest of the page goes on overleaf.
            int line = 0;
            while (line < e.lines.lineCount()) {
                int end = line;
                while (end < e.lines.lineCount()
                       && y + e.lines.lineTop(end + 1) - e.lines.lineTop(line)
                           <= pageHeight + kEpsilon)
                    ++end;
                if (end == line) {
                    if (!pageEmpty()) {
                        newPage();
                        continue;
                    }
                    end = line + 1; // a line taller than a page: alone on its page
                }
                const qreal from = e.lines.lineTop(line);
                const qreal to = e.lines.lineTop(end);
                pages.back().push_back({Piece::Kind::Text, &e, y, 0, from, to});
                y += to - from;
                line = end;
                if (line < e.lines.lineCount())
                    newPage();
            }
            gapAfter = e.bottom;
            break;
        }
        case Element::Kind::Table: {
            const Internal::PrintTable &t = *e.table;
            const qreal header = t.headerHeight();
            const qreal firstRow = t.rowCount() ? t.rowHeight(0) : 0;
            if (!pageEmpty()) {
                // A table that fits on a page is kept whole; a longer one starts where its
                // header and first row fit.
                const bool fitsOnAPage = t.height() <= pageHeight + kEpsilon;
                const qreal need = fitsOnAPage ? t.height()
                                               : header + qMin(firstRow, pageHeight - header);
                if (y + gap + need > pageHeight + kEpsilon) {
                    // The heading and the paragraphs introducing the table go with it, when
                    // they are not the top of this page already.
                    std::vector<Piece> carried;
                    if (carry > 0 && carry < int(pages.back().size())
                        && y - pages.back()[std::size_t(carry)].y <= pageHeight / 3) {
                        carried.assign(pages.back().begin() + carry, pages.back().end());
                        pages.back().erase(pages.back().begin() + carry, pages.back().end());
                    }
                    const qreal carriedGap = gapAfter;
                    const qreal shift = carried.empty() ? 0 : carried.front().y;
                    const qreal end = y;
                    newPage();
                    for (Piece &p : carried) {
                        p.y -= shift;
                        pages.back().push_back(p);
                    }
                    if (!carried.empty())
                        y = end - shift + carriedGap + e.top;
                } else {
                    y += gap;
                }
            }
            carry = -1;
            const auto putHeader = [&] {
                pages.back().push_back({Piece::Kind::TableHeader, &e, y});
                y += header;
            };
            putHeader();
            for (int r = 0; r < t.rowCount(); ++r) {
                const qreal h = t.rowHeight(r);
                if (y + h <= pageHeight + kEpsilon) {
                    pages.back().push_back({Piece::Kind::TableRow, &e, y, r, 0, h});
                    y += h;
                    continue;
                }
                if (h <= pageHeight - header + kEpsilon) {
                    // Not split: the row starts the next page, under the header again.
                    newPage();
                    putHeader();
                    pages.back().push_back({Piece::Kind::TableRow, &e, y, r, 0, h});
                    y += h;
                    continue;
                }
                // Taller than a page: broken between lines, from here (or from the next page
                // when too little of this one is left) on as many pages as it takes.
                const qreal minRoom = qMin<qreal>(40, (pageHeight - header) / 2);
                if (pageHeight - y < minRoom) {
                    newPage();
                    putHeader();
                }
                qreal from = 0;
                while (from < h - kEpsilon) {
                    const qreal room = qMax<qreal>(pageHeight - y, 1);
                    const qreal to = h - from <= room + kEpsilon ? h : t.rowBreak(r, from, room);
                    pages.back().push_back({Piece::Kind::TableRow, &e, y, r, from, to});
                    y += to - from;
                    from = to;
                    if (from < h - kEpsilon) {
                        newPage();
                        putHeader();
                    }
                }
            }
            gapAfter = e.bottom;
            break;
        }
        }
    }
    if (pages.size() == 1 && pages.front().empty())
        pages.clear();
}

int TextFlow::layout(const QSizeF &body)
{
    flushHeadings();
    d->paginate(body);
    return int(d->pages.size());
}

void TextFlow::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || std::size_t(index) >= d->pages.size())
        return;
    for (const Piece &p : d->pages[std::size_t(index)]) {
        switch (p.kind) {
        case Piece::Kind::Text:
            p.element->lines.draw(painter, QPointF(0, p.y - p.from), p.element->color, p.from,
                                  p.to);
            break;
        case Piece::Kind::TableHeader:
            p.element->table->paintHeader(painter, QPointF(0, p.y));
            break;
        case Piece::Kind::TableRow:
            p.element->table->paintRow(painter, p.row, QPointF(0, p.y), p.from, p.to);
            break;
        }
    }
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
    // Points to device pixels (1 on the 72-dpi devices writePdf() and the preview use). Flows
    // are laid out in points against a reference device and scaled like everything else.
    const qreal sx = device.logicalDpiX() / 72.0;
    const qreal sy = device.logicalDpiY() / 72.0;
    const QSizeF area(device.width() / sx, device.height() / sy);
    const QRectF body(0, kHeaderHeight, area.width(),
                      qMax<qreal>(72, area.height() - kHeaderHeight - kFooterHeight));

    int total = 0;
    for (const auto &section : m_sections) {
        if (section->flow)
            section->pageCount = section->flow->layout(body.size());
        else
            section->pageCount = qMax(0, section->pages->pageCount(body.size()));
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
            painter.scale(sx, sy);
            painter.setClipRect(body);
            if (section->flow) {
                painter.translate(body.topLeft());
                section->flow->paintPage(painter, i);
            } else {
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
