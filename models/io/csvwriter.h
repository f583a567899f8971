// Writing CSV that is safe to open in a spreadsheet: RFC 4180 quoting, and formula injection
// neutralised (OWASP "CSV Injection"): a cell that starts with = + - @ TAB or CR would be run as a
// formula by Excel or LibreOffice, so it gets a leading apostrophe, which restore() removes again
// on import so that export followed by import gives back the same text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pp {

class CsvWriter
{
public:
    /// @p cell with a leading apostrophe when a spreadsheet would read it as a formula. Cells
    /// that already start with apostrophes before such a character get one more, so that
    /// restore() is the exact inverse.
    static QString neutralise(const QString &cell);
    /// Undoes neutralise(): removes one apostrophe from a cell of the form '...'=, '+, '-, '@,
    /// '<TAB> or '<CR>; every other cell is returned as it is.
    static QString restore(const QString &cell);
    /// @p cell neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled).
    static QString field(const QString &cell);
    /// A record: the cells as field()s joined by commas, ended by CRLF.
    static QString line(const QStringList &cells);
    /// The UTF-8 byte order mark. Excel reads a CSV file without it in the ANSI code page
    /// (Shift_JIS on Japanese Windows) and garbles every non-ASCII character.
    static QByteArray utf8Bom();
};

} // namespace pp
