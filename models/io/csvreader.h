// An RFC 4180 reader for the CSV files people bring from spreadsheets, and the encoding detection
// in front of it. Both treat the file as hostile: NUL bytes, undecodable bytes, unterminated
// quotes and oversized fields are reported with the line they are on, never guessed around.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pp {

/// A text file's bytes decoded, or why they could not be.
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-8 with BOM" or "Shift_JIS"; empty on failure
    int errorLine = 0; ///< on failure: 1-based line of the offending bytes; 0 for the whole file
    QString error; ///< on failure: a translated sentence; empty on success

    bool ok() const { return error.isEmpty(); }
};

/// One record (row) of a CSV file.
struct CsvRecord
{
    /// The first thing wrong with the record, if any. The reader goes on after each of them
    /// except UnterminatedQuote, which runs to the end of the input.
    enum class Problem { None, FieldTooLong, TextAfterQuote, UnterminatedQuote };

    int line = 0; ///< 1-based line where the record starts
    QStringList fields; ///< a field over the length limit is left empty here
    Problem problem = Problem::None;
    int problemField = -1; ///< 0-based index of the field the problem is in
    qsizetype problemLength = 0; ///< FieldTooLong: the field's whole length in characters
    int problemLine = 0; ///< UnterminatedQuote: the line of the opening quote

    /// True when every field is empty or white space (spreadsheets leave such rows behind).
    bool isBlank() const;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Reads @p text, which must outlive the reader. A field longer than @p maxFieldLength
    /// characters is counted but not kept, so one huge field never costs its size in memory twice.
    CsvReader(QStringView text, qsizetype maxFieldLength);

    /// Reads the next record into @p record; false at the end of the text. Empty lines are
    /// skipped. Line breaks may be CRLF, LF or CR; inside a quoted field they are kept as written
    /// and still counted, so that later records report the lines an editor shows.
    bool readNext(CsvRecord &record);

    /// Decodes a file's bytes: a UTF-8 BOM means UTF-8; valid UTF-8 is UTF-8; otherwise
    /// Shift_JIS (what Excel writes on Japanese Windows). NUL bytes reject the file as binary.
    static DecodedText decode(const QByteArray &bytes);

    /// A sentence for the user saying what is wrong with @p record (empty when nothing is).
    static QString describe(const CsvRecord &record, qsizetype maxFieldLength);

private:
    bool atLineBreak() const;
    void skipLineBreak();
    void append(
        QString &field, qsizetype &length, QStringView piece, CsvRecord &record, int fieldIndex);

    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_maxFieldLength;
    int m_line = 1;
};

} // namespace pp
