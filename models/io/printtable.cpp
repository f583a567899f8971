#include "models/io/printtable.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace pp::Internal {

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kAlert(0xa5, 0x00, 0x1c);
const QColor kGood(0x1b, 0x5e, 0x20);
const QColor kHeaderFill(0xe8, 0xeb, 0xef);
const QColor kRowRule(0xd5, 0xd9, 0xde);

constexpr qreal kCellSize = 8.5;   // points: text of grid cells and column titles
constexpr qreal kFieldSize = 9;    // points: labels and values of field tables
constexpr qreal kGridPadding = 2.5;
constexpr qreal kFieldPadding = 1.5;
constexpr qreal kRuleWidth = 0.5;
constexpr qreal kEpsilon = 0.01;

} // namespace

const QPaintDevice *pointDevice()
{
    // 72 dots per inch, as dots per metre: QImage reports qRound(dpm * 0.0254) = 72.
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(2835);
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return &device;
}

QColor toneColor(PrintCell::Tone tone)
{
    switch (tone) {
    case PrintCell::Tone::Muted:
        return kMuted;
    case PrintCell::Tone::Alert:
        return kAlert;
    case PrintCell::Tone::Good:
        return kGood;
    case PrintCell::Tone::Normal:
    case PrintCell::Tone::Strong:
        break;
    }
    return kText;
}

bool toneBold(PrintCell::Tone tone)
{
    return tone == PrintCell::Tone::Strong || tone == PrintCell::Tone::Alert;
}

// --- WrappedText -------------------------------------------------------------------------------

WrappedText::WrappedText()
{
    m_tops.append(0);
}

WrappedText::WrappedText(const QString &text, const QFont &font, qreal width)
{
    m_tops.append(0);
    if (text.isEmpty())
        return;
    m_layout = std::make_unique<QTextLayout>(text, font, pointDevice());
    QTextOption option;
    // Ordered and aligned by the first strong character, as a paragraph of a text document.
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setAlignment(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(qMax<qreal>(1, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
        m_tops.append(y);
    }
    m_layout->endLayout();
}

WrappedText::~WrappedText() = default;
WrappedText::WrappedText(WrappedText &&) noexcept = default;
WrappedText &WrappedText::operator=(WrappedText &&) noexcept = default;

void WrappedText::draw(QPainter &painter, const QPointF &origin, const QColor &color, qreal from,
                       qreal to) const
{
    if (!m_layout)
        return;
    painter.setPen(color);
    if (from <= kEpsilon && to >= height() - kEpsilon) {
        m_layout->draw(&painter, origin);
        return;
    }
    for (int i = 0; i < lineCount(); ++i) {
        if (m_tops.at(i) < from - kEpsilon)
            continue;
        if (m_tops.at(i + 1) > to + kEpsilon)
            break;
        m_layout->lineAt(i).draw(&painter, origin);
    }
}

// --- PrintTable --------------------------------------------------------------------------------

PrintTable::PrintTable(Kind kind, QList<Caption> captions, QStringList headers,
                       QList<QList<PrintCell>> rows, const QList<qreal> &widths)
    : m_kind(kind)
    , m_captions(std::move(captions))
    , m_headers(std::move(headers))
    , m_rows(std::move(rows))
{
    const int columns = kind == Kind::Fields ? 2 : int(m_headers.size());
    qreal sum = 0;
    for (int c = 0; c < columns; ++c)
        sum += c < widths.size() && widths.at(c) > 0 ? widths.at(c) : 1;
    for (int c = 0; c < columns; ++c)
        m_fractions << (c < widths.size() && widths.at(c) > 0 ? widths.at(c) : 1) / sum;
}

PrintTable::~PrintTable() = default;

qreal PrintTable::padding() const
{
    return m_kind == Kind::Fields ? kFieldPadding : kGridPadding;
}

QFont PrintTable::cellFont(int column, PrintCell::Tone tone) const
{
    if (m_kind == Kind::Fields)
        return printFont(kFieldSize, column == 0 || toneBold(tone));
    return printFont(kCellSize, toneBold(tone));
}

qreal PrintTable::textWidth(int column) const
{
    return qMax<qreal>(1, m_width * m_fractions.at(column) - 2 * padding());
}

std::vector<PrintTable::Cell> PrintTable::layoutRow(int row) const
{
    std::vector<Cell> cells(m_fractions.size());
    const QList<PrintCell> &r = m_rows.at(row);
    for (int c = 0; c < columnCount() && c < r.size(); ++c) {
        const PrintCell &cell = r.at(c);
        cells[c].minHeight = cell.minHeight;
        if (!cell.text.isEmpty())
            cells[c].text = WrappedText(cell.text, cellFont(c, cell.tone), textWidth(c));
    }
    return cells;
}

void PrintTable::setWidth(qreal width)
{
    if (qAbs(width - m_width) < kEpsilon)
        return;
    m_width = width;
    const qreal pad = padding();

    m_captionTexts.clear();
    m_captionHeights.clear();
    m_headerHeight = 0;
    for (int i = 0; i < m_captions.size(); ++i) {
        const Caption &c = m_captions.at(i);
        m_captionTexts.emplace_back(c.text, printFont(c.pointSize, true), width);
        // The last caption sits closer to the titles it introduces.
        const qreal h = pad + m_captionTexts.back().height() + (i + 1 == m_captions.size() ? 3 : 1);
        m_captionHeights.push_back(h);
        m_headerHeight += h;
    }
    m_headerTexts.clear();
    m_titleHeight = 0;
    if (m_kind == Kind::Grid && !m_headers.isEmpty()) {
        const QFont bold = printFont(kCellSize, true);
        qreal tallest = QFontMetricsF(bold, pointDevice()).height();
        for (int c = 0; c < columnCount(); ++c) {
            m_headerTexts.emplace_back(m_headers.at(c), bold, textWidth(c));
            tallest = qMax(tallest, m_headerTexts.back().height());
        }
        m_titleHeight = tallest + 2 * pad;
        m_headerHeight += m_titleHeight;
    }

    // An empty cell is one empty line high, as a typed-in table would be.
    const qreal emptyLine = QFontMetricsF(cellFont(1, PrintCell::Tone::Normal), pointDevice())
                                .height();
    m_rowHeights.assign(m_rows.size(), 0);
    m_rowsHeight = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const QList<PrintCell> &row = m_rows.at(r);
        qreal content = emptyLine;
        for (int c = 0; c < columnCount() && c < row.size(); ++c) {
            const PrintCell &cell = row.at(c);
            content = qMax(content, cell.minHeight);
            if (!cell.text.isEmpty()) {
                // Measured and dropped: a page's rows are laid out again when painted, so that
                // memory stays bounded by a page, not by the table.
                const WrappedText text(cell.text, cellFont(c, cell.tone), textWidth(c));
                content = qMax(content, text.height());
            }
        }
        m_rowHeights[r] = content + 2 * pad;
        m_rowsHeight += m_rowHeights[r];
    }
}

qreal PrintTable::rowBreak(int row, qreal from, qreal room) const
{
    const std::vector<Cell> cells = layoutRow(row);
    const qreal pad = padding();
    qreal end = from + room;
    // Moving the end up to the top of a line it cuts may cut another cell's line: repeat
    // until no line is cut (the end only moves up, so this ends).
    for (bool moved = true; moved;) {
        moved = false;
        for (const Cell &cell : cells) {
            for (int i = 0; i < cell.text.lineCount(); ++i) {
                const qreal top = pad + cell.text.lineTop(i);
                const qreal bottom = pad + cell.text.lineTop(i + 1);
                if (top < end - kEpsilon && bottom > end + kEpsilon) {
                    end = top;
                    moved = true;
                }
            }
        }
    }
    return end > from + kEpsilon ? end : from + room;
}

void PrintTable::paintHeader(QPainter &painter, const QPointF &at) const
{
    const qreal pad = padding();
    qreal y = at.y();
    for (std::size_t i = 0; i < m_captionTexts.size(); ++i) {
        m_captionTexts[i].draw(painter, QPointF(at.x(), y + pad), kText);
        y += m_captionHeights[i];
    }
    if (m_headerTexts.empty())
        return;
    painter.fillRect(QRectF(at.x(), y, m_width, m_titleHeight), kHeaderFill);
    qreal x = at.x();
    for (int c = 0; c < columnCount(); ++c) {
        m_headerTexts[c].draw(painter, QPointF(x + pad, y + pad), kText);
        x += m_width * m_fractions.at(c);
    }
}

void PrintTable::paintRow(QPainter &painter, int row, const QPointF &at, qreal from,
                          qreal to) const
{
    const std::vector<Cell> cells = layoutRow(row);
    const QList<PrintCell> &r = m_rows.at(row);
    const qreal pad = padding();
    qreal x = at.x();
    for (int c = 0; c < columnCount(); ++c) {
        if (c < r.size()) {
            // Text coordinates: line tops from the cell's first line; the part [from, to) of
            // the row shows the lines inside it, moved up by from.
            cells[c].text.draw(painter, QPointF(x + pad, at.y() + pad - from),
                               toneColor(r.at(c).tone), from - pad, to - pad);
        }
        x += m_width * m_fractions.at(c);
    }
    if (m_kind == Kind::Grid) {
        painter.setPen(QPen(kRowRule, kRuleWidth));
        const qreal y = at.y() + (to - from) - kRuleWidth / 2;
        painter.drawLine(QPointF(at.x(), y), QPointF(at.x() + m_width, y));
    }
}

} // namespace pp::Internal
