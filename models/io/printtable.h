// The layout of printed text and tables (models/io/printdocument.h), drawn row by row: each
// piece of text is one QTextLayout wrapped to its width in points, and a table is rows of such
// cells, measured one row at a time so that laying out N rows costs N times one row (Qt's
// QTextDocument tables grow faster than linearly and cost ~0.7 ms a row).
//
// Units: points. Text is laid out against a 72-dpi reference device, so that a font given in
// points measures in points whatever the printer's resolution: the same line breaks on paper,
// in the preview and in the PDF. The painter that draws must map points (PrintDocument scales
// it to the device).
#pragma once

#include "models/io/printdocument.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace pp::Internal {

/// A 72-dpi device to resolve fonts against: a point is a device pixel.
const QPaintDevice *pointDevice();

/// Plain text in one font, wrapped at word boundaries or anywhere (a word longer than the
/// width breaks inside), line separators kept. Right-to-left text is ordered and aligned by
/// its first strong character.
class WrappedText
{
public:
    WrappedText();
    WrappedText(const QString &text, const QFont &font, qreal width);
    ~WrappedText();
    WrappedText(WrappedText &&) noexcept;
    WrappedText &operator=(WrappedText &&) noexcept;

    bool isEmpty() const { return m_tops.size() <= 1; }
    int lineCount() const { return int(m_tops.size()) - 1; }
    /// The total height of the lines (0 for no text).
    qreal height() const { return m_tops.isEmpty() ? 0 : m_tops.last(); }
    /// The top of line @p i; lineTop(lineCount()) is height().
    qreal lineTop(int i) const { return m_tops.at(i); }
    /// Draws, in @p color, the lines lying within [@p from, @p to] (offsets from the first
    /// line's top), line i with its top at @p origin + lineTop(i).
    void draw(QPainter &painter, const QPointF &origin, const QColor &color, qreal from = 0,
              qreal to = std::numeric_limits<qreal>::max()) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
    QList<qreal> m_tops;
};

/// The colour and weight of a tone.
QColor toneColor(PrintCell::Tone tone);
bool toneBold(PrintCell::Tone tone);

/// A table laid out and painted row by row. The header (caption rows made of the section
/// headings before the table, then the column titles) repeats on every page the table spans.
class PrintTable
{
public:
    enum class Kind {
        Grid,  ///< column titles on a tinted row, a rule under each row
        Fields ///< labels (bold) and values, no titles, no rules
    };
    struct Caption
    {
        QString text;
        qreal pointSize = 10.5;
    };

    PrintTable(Kind kind, QList<Caption> captions, QStringList headers,
               QList<QList<PrintCell>> rows, const QList<qreal> &widths);
    ~PrintTable();

    Kind kind() const { return m_kind; }
    int columnCount() const { return int(m_fractions.size()); }
    int rowCount() const { return int(m_rows.size()); }
    bool hasCaptions() const { return !m_captions.isEmpty(); }

    /// Lays the header out for a table @p width points wide and measures every row (one
    /// QTextLayout a cell, dropped once measured); again only when the width changes.
    void setWidth(qreal width);
    qreal width() const { return m_width; }
    /// The height of the captions and the column titles: what each page of the table repeats.
    qreal headerHeight() const { return m_headerHeight; }
    qreal rowHeight(int row) const { return m_rowHeights.at(row); }
    /// The height of the whole table.
    qreal height() const { return m_headerHeight + m_rowsHeight; }

    /// Where a row too tall for a page ends on a page: the lowest offset into the row, above
    /// @p from + @p room, that cuts through no line of text (from + room itself when a single
    /// line is taller than the room).
    qreal rowBreak(int row, qreal from, qreal room) const;

    /// Paints the header with its top left at @p at.
    void paintHeader(QPainter &painter, const QPointF &at) const;
    /// Paints the part [@p from, @p to) of row @p row with its top left at @p at; the rule
    /// under the row is drawn at its end (or at the end of a part continued on the next page).
    void paintRow(QPainter &painter, int row, const QPointF &at, qreal from, qreal to) const;

private:
    struct Cell
    {
        WrappedText text;
        qreal minHeight = 0;
    };
    qreal padding() const;
    QFont cellFont(int column, PrintCell::Tone tone) const;
    qreal textWidth(int column) const;
    std::vector<Cell> layoutRow(int row) const;

    Kind m_kind;
    QList<Caption> m_captions;
    QStringList m_headers;
    QList<QList<PrintCell>> m_rows;
    QList<qreal> m_fractions; ///< column widths, fractions of the table's width
    qreal m_width = -1;
    std::vector<WrappedText> m_captionTexts;
    std::vector<WrappedText> m_headerTexts;
    std::vector<qreal> m_captionHeights;
    qreal m_titleHeight = 0;
    qreal m_headerHeight = 0;
    std::vector<qreal> m_rowHeights;
    qreal m_rowsHeight = 0;
};

} // namespace pp::Internal
