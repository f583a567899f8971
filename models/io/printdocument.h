// Printed documents (plan, roadmap, frozen register): pages with a header (title, reference)
// and a footer (generation time, "Page N of M"), made of sections that either flow text over
// pages (TextFlow: headings, paragraphs, tables with a repeated header row) or paint whole pages
// themselves (PaintedPages: charts). One PrintDocument prints to any QPagedPaintDevice: a
// QPdfWriter for export, a QPrinter for the print preview of the window.
//
// Text is always plain text laid out with QTextLayout, never HTML: names and notes full of
// markup show as the characters they are and can never load a resource. Long words wrap
// anywhere; a cell longer than kMaxCellChars is cut with a visible mark. Tables are laid out and
// painted row by row (models/io/printtable.h): the time grows with the rows, not faster.
//
// Fonts: IPA P Gothic (fonts-ipafont-gothic), which Qt embeds as a subset with a ToUnicode map,
// so Japanese renders, and copying or searching text gives the same characters back (STYLE.md
// section 12: Noto CJK gives Kangxi radicals instead).
//
// Units: everything is in points (1/72 inch): writePdf() and the print preview give the device a
// resolution of 72 dpi, so that a device pixel is a point and fonts given in points come out at
// their size in painted sections too. Fonts are unhinted (design metrics) and text is laid out
// against a 72-dpi reference device: the same line breaks at any zoom and on any printer.
#pragma once

#include "models/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace pp {

/// Paper, orientation and margins of a document written to a file.
struct PageSetup
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm{14, 12, 14, 12};

    QPageLayout pageLayout() const;
};

/// "a4", "a3" or "letter" (any case); nullopt for anything else.
std::optional<QPageSize::PageSizeId> paperFromKey(const QString &key);
/// "portrait" or "landscape" (any case); nullopt for anything else.
std::optional<QPageLayout::Orientation> orientationFromKey(const QString &key);

/// The font of printed documents at @p pointSize: IPA P Gothic, then the usual fallbacks.
QFont printFont(qreal pointSize, bool bold = false);

/// The cell of a printed table: text and a tone.
struct PrintCell
{
    enum class Tone { Normal, Strong, Muted, Alert, Good };
    QString text;
    Tone tone = Tone::Normal;
    /// The least height of the cell's row in points (room to write by hand); 0: its text's.
    qreal minHeight = 0;

    PrintCell() = default;
    PrintCell(const QString &t, Tone tone = Tone::Normal) : text(t), tone(tone) { }
    static PrintCell space(qreal height)
    {
        PrintCell c;
        c.minHeight = height;
        return c;
    }
    PrintCell(const char *t) : text(QString::fromUtf8(t)) { }
};

/// A part of a document that paints its own pages (a chart).
class PaintedPages
{
public:
    virtual ~PaintedPages() = default;
    /// The number of pages for a page body of @p body points (0: the section is left out).
    virtual int pageCount(const QSizeF &body) = 0;
    /// Paints page @p index (0-based) into @p body; the painter maps points.
    virtual void paintPage(QPainter &painter, int index, const QRectF &body) = 0;
};

/// Text that flows over pages. Every insert is plain text. Paragraphs break between lines; a
/// heading is kept with what follows it; a table that fits on one page is not split, a longer
/// one breaks between rows (a row taller than a page between lines of text) and repeats its
/// header on every page.
class TextFlow
{
    Q_DECLARE_TR_FUNCTIONS(TextFlow)

public:
    static constexpr int kMaxCellChars = 2000;
    enum class Style { Normal, Muted, Small, Alert };

    TextFlow();
    ~TextFlow();
    TextFlow(const TextFlow &) = delete;
    TextFlow &operator=(const TextFlow &) = delete;

    /// Level 1: the document's title; 2: a section (starts a new page when @p newPage);
    /// 3: a subsection. A section or subsection heading followed by a table becomes the
    /// table's first header row: never left alone at the foot of a page, and repeated above
    /// the table's continuation.
    void heading(const QString &text, int level = 2, bool newPage = false);
    void paragraph(const QString &text, Style style = Style::Normal);
    /// A two-column table of labels (bold) and values, no header.
    void fields(const QList<QPair<QString, PrintCell>> &rows);
    /// A table with @p headers repeated at the top of every page it spans. @p widths are
    /// relative column widths (empty: equal). Rows are not split across pages when they fit.
    void table(const QStringList &headers, const QList<QList<PrintCell>> &rows,
               const QList<qreal> &widths = {});
    /// A small vertical gap.
    void space(qreal points = 6);
    void pageBreak();

    /// @p text with control characters (other than line breaks and tabs) removed and cut at
    /// @p max characters with a visible mark.
    static QString clean(const QString &text, int max = kMaxCellChars);

    /// Lays the flow out on pages of @p body points; returns the page count (0: empty).
    int layout(const QSizeF &body);
    /// Paints page @p index (0-based) of the last layout(); the painter maps points, the body's
    /// top left at (0, 0).
    void paintPage(QPainter &painter, int index) const;

private:
    void flushHeadings();

    struct Private;
    std::unique_ptr<Private> d;
};

/// What every page shows around its body.
struct PageFrame
{
    QString title;     ///< header, left (elided)
    QString reference; ///< header, right: e.g. "Plan 12 · version 3"
    QString generated; ///< footer, left: e.g. "Generated 2026-11-29 10:05 +09:00 by sato"
};

/// A document: sections in order, each starting on a new page.
class PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)

public:
    /// Called while printing with the pages done and the total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit PrintDocument(const PageFrame &frame, const PageSetup &setup = {});
    ~PrintDocument();
    PrintDocument(PrintDocument &&) noexcept;
    PrintDocument &operator=(PrintDocument &&) noexcept;

    const PageSetup &setup() const { return m_setup; }
    void setSetup(const PageSetup &setup) { m_setup = setup; }

    /// A new text section, owned by the document (filled by the caller).
    TextFlow &addFlow();
    void addPages(std::unique_ptr<PaintedPages> pages);

    /// Lays the document out on @p device (its page layout: the preview's choice of paper) and
    /// paints every page. @p device should have a resolution of 72 dpi (see above). Fails
    /// (ErrorKind::Failed, "cancelled") when @p progress returns false.
    Status print(QPagedPaintDevice &device, const Progress &progress = {});
    /// Writes the document as a PDF with the setup's paper to @p path, atomically.
    Status writePdf(const QString &path, const Progress &progress = {});
    /// The page count of the last print().
    int pageCount() const { return m_pageCount; }

private:
    struct Section;
    PageFrame m_frame;
    PageSetup m_setup;
    std::vector<std::unique_ptr<Section>> m_sections;
    int m_pageCount = 0;
};

} // namespace pp
