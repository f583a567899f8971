#include "models/io/csvreader.h"

#include <QByteArrayView>
#include <QStringDecoder>

#include <algorithm>

namespace pp {
namespace {

constexpr QChar kQuote = u'"';
constexpr QChar kComma = u',';
constexpr QChar kCr = u'\r';
constexpr QChar kLf = u'\n';

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

/// 1-based line of the first line of @p bytes that @p encoding cannot decode; 0 when all can.
/// Splitting at LF is safe for both encodings: neither uses 0x0A inside a multi-byte character.
int firstUndecodableLine(QByteArrayView bytes, const char *encoding)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(bytes.sliced(start, end - start));
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

} // namespace

bool CsvRecord::isBlank() const
{
    return std::all_of(
        fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

CsvReader::CsvReader(QStringView text, qsizetype maxFieldLength)
    : m_text(text)
    , m_maxFieldLength(maxFieldLength)
{
}

bool CsvReader::atLineBreak() const
{
    return m_text[m_pos] == kCr || m_text[m_pos] == kLf;
}

void CsvReader::skipLineBreak()
{
    if (m_text[m_pos] == kCr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kLf)
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvReader::append(
    QString &field, qsizetype &length, QStringView piece, CsvRecord &record, int fieldIndex)
{
    length += piece.size();
    if (length <= m_maxFieldLength) {
        field.append(piece);
        return;
    }
    // Over the limit: let go of what was kept and only count from here on.
    if (!field.isNull())
        field = QString();
    if (record.problem == CsvRecord::Problem::None) {
        record.problem = CsvRecord::Problem::FieldTooLong;
        record.problemField = fieldIndex;
    }
}

bool CsvReader::readNext(CsvRecord &record)
{
    const qsizetype size = m_text.size();
    while (m_pos < size && atLineBreak())
        skipLineBreak();
    if (m_pos >= size)
        return false;

    record = CsvRecord();
    record.line = m_line;
    for (int index = 0;; ++index) {
        QString field;
        qsizetype length = 0;
        const bool quoted = m_pos < size && m_text[m_pos] == kQuote;
        if (quoted) {
            const int quoteLine = m_line;
            ++m_pos;
            bool closed = false;
            while (!closed) {
                const qsizetype next = m_text.indexOf(kQuote, m_pos);
                const qsizetype end = next < 0 ? size : next;
                // Line breaks inside the quotes belong to the value but still move the line count.
                for (qsizetype i = m_pos; i < end; ++i) {
                    if (m_text[i] == kCr || (m_text[i] == kLf && (i == 0 || m_text[i - 1] != kCr)))
                        ++m_line;
                }
                append(field, length, m_text.sliced(m_pos, end - m_pos), record, index);
                m_pos = end;
                if (next < 0)
                    break;
                if (m_pos + 1 < size && m_text[m_pos + 1] == kQuote) {
                    append(field, length, QStringView(&kQuote, 1), record, index);
                    m_pos += 2;
                } else {
                    ++m_pos;
                    closed = true;
                }
            }
            if (!closed) {
                // The rest of the input was swallowed by the open quote: nothing more to read.
                record.problem = CsvRecord::Problem::UnterminatedQuote;
                record.problemField = index;
                record.problemLine = quoteLine;
                record.fields << field;
                return true;
            }
        }
        qsizetype end = m_pos;
        while (end < size && m_text[end] != kComma && m_text[end] != kCr && m_text[end] != kLf)
            ++end;
        if (end > m_pos) {
            if (quoted && record.problem == CsvRecord::Problem::None) {
                record.problem = CsvRecord::Problem::TextAfterQuote;
                record.problemField = index;
            }
            append(field, length, m_text.sliced(m_pos, end - m_pos), record, index);
        }
        m_pos = end;
        if (record.problem == CsvRecord::Problem::FieldTooLong && record.problemField == index)
            record.problemLength = length;
        record.fields << field;

        if (m_pos >= size)
            return true;
        if (m_text[m_pos] == kComma) {
            ++m_pos;
            continue;
        }
        skipLineBreak();
        return true;
    }
}

DecodedText CsvReader::decode(const QByteArray &bytes)
{
    DecodedText out;
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        out.errorLine = int(QByteArrayView(bytes).first(nul).count('\n')) + 1;
        out.error = tr("The file contains NUL bytes: it is a binary file (or UTF-16 text), not "
                       "CSV text in UTF-8 or Shift_JIS.");
        return out;
    }

    if (bytes.startsWith(kUtf8Bom)) {
        const QByteArrayView body = QByteArrayView(bytes).sliced(kUtf8Bom.size());
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        out.text = utf8.decode(body);
        if (utf8.hasError()) {
            out.text.clear();
            out.errorLine = firstUndecodableLine(body, "UTF-8");
            out.error = tr("The file starts with a UTF-8 byte order mark, but this line is not "
                           "valid UTF-8. Save the file again as \"CSV UTF-8\".");
            return out;
        }
        out.encoding = QStringLiteral("UTF-8 with BOM");
        return out;
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    out.text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }

    // Not UTF-8: Excel on Japanese Windows saves "CSV" as Shift_JIS (code page 932).
    QStringDecoder sjis("Shift_JIS", QStringConverter::Flag::Stateless);
    if (!sjis.isValid()) {
        out.text.clear();
        out.error = tr("The file is not UTF-8 text, and this system cannot read Shift_JIS. Save "
                       "the file as \"CSV UTF-8\" and import it again.");
        return out;
    }
    out.text = sjis.decode(bytes);
    if (!sjis.hasError()) {
        out.encoding = QStringLiteral("Shift_JIS");
        return out;
    }
    out.text.clear();
    // The encoding the file was meant to be in decodes further than the other one, so the later
    // of the two failing lines is where the damage is.
    out.errorLine
        = std::max(firstUndecodableLine(bytes, "UTF-8"), firstUndecodableLine(bytes, "Shift_JIS"));
    out.error = tr("This line has bytes that are neither UTF-8 nor Shift_JIS text. Save the file "
                   "as \"CSV UTF-8\" and import it again.");
    return out;
}

QString CsvReader::describe(const CsvRecord &record, qsizetype maxFieldLength)
{
    switch (record.problem) {
    case CsvRecord::Problem::None:
        return {};
    case CsvRecord::Problem::FieldTooLong:
        return tr("This value is %1 characters long; at most %2 are allowed.")
            .arg(record.problemLength)
            .arg(maxFieldLength);
    case CsvRecord::Problem::TextAfterQuote:
        return tr("There is text after the closing quote. A quoted value must end at a comma or "
                  "at the end of the line; write a quote inside a quoted value as two quotes.");
    case CsvRecord::Problem::UnterminatedQuote:
        return tr("The quoted value that starts on line %1 is never closed; the file ends inside "
                  "it.")
            .arg(record.problemLine);
    }
    return {};
}

} // namespace pp
