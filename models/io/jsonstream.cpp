// JsonStream: a chunked, string-aware walk over the top-level object of a JSON file (see the
// header for what it checks and what it leaves to the element parser).
#include "models/io/jsonstream.h"

#include <QIODevice>

#include <atomic>

namespace pp {
namespace {

std::atomic<qint64> s_peakBuffer{0};

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Characters a number or a literal (true, false, null) may consist of; anything else outside
/// a string is garbage the scanner reports itself, so that skipped keys are checked too.
bool isTokenChar(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+'
           || c == '-' || c == '.';
}

/// A byte as the messages show it: printable ASCII as itself, anything else as hex.
QString describeByte(int c)
{
    if (c > 0x20 && c < 0x7f)
        return QStringLiteral("\"%1\"").arg(QChar(c));
    return QStringLiteral("0x%1").arg(c, 2, 16, QLatin1Char('0'));
}

} // namespace

JsonStream::JsonStream(QIODevice &in, QByteArray arrayKey, qint64 maxElement, qint64 chunkSize)
    : m_in(in)
    , m_key(std::move(arrayKey))
    , m_maxElement(maxElement)
    , m_chunkSize(qMax<qint64>(chunkSize, 16))
{
    // Reserved once: resize() within the capacity never reallocates, and a growing resize
    // would reserve more than asked for.
    m_chunk.reserve(m_chunkSize);
}

qint64 JsonStream::peakBufferBytes()
{
    return s_peakBuffer.load();
}

void JsonStream::resetPeakBufferBytes()
{
    s_peakBuffer.store(0);
}

void JsonStream::notePeak()
{
    const qint64 now = m_chunk.capacity() + m_capture.capacity();
    qint64 seen = s_peakBuffer.load();
    while (now > seen && !s_peakBuffer.compare_exchange_weak(seen, now)) {
    }
}

bool JsonStream::fill()
{
    if (m_eof)
        return false;
    if (m_capturing)
        flushCapture();
    m_chunk.resize(m_chunkSize);
    const qint64 n = m_in.read(m_chunk.data(), m_chunkSize);
    m_pos = 0;
    m_capStart = 0;
    if (n <= 0) {
        m_eof = true;
        m_chunk.resize(0);
        return false;
    }
    m_chunk.resize(n); // keeps the capacity, so the next fill does not allocate
    m_bytesRead += n;
    notePeak();
    return true;
}

int JsonStream::peek()
{
    if (m_pos >= m_chunk.size() && !fill())
        return -1;
    return uchar(m_chunk.at(m_pos));
}

int JsonStream::get()
{
    if (m_pos >= m_chunk.size() && !fill())
        return -1;
    const int c = uchar(m_chunk.at(m_pos++));
    if (c == '\n')
        ++m_line;
    return c;
}

void JsonStream::skipSpace()
{
    for (int c = peek(); isSpace(c); c = peek())
        get();
}

void JsonStream::startCapture()
{
    m_capturing = true;
    m_capStart = m_pos;
    m_capture.clear();
    m_captureTooLarge = false;
}

void JsonStream::flushCapture()
{
    if (!m_captureTooLarge) {
        m_capture.append(m_chunk.constData() + m_capStart, m_pos - m_capStart);
        if (m_capture.size() > m_maxElement) {
            // Counted on, but no longer kept: one huge element must not cost its size.
            m_captureTooLarge = true;
            m_capture = QByteArray();
        }
        notePeak();
    }
    m_capStart = m_pos;
}

bool JsonStream::fail(int line, const QString &message)
{
    m_phase = Phase::Failed;
    m_errorLine = line;
    m_errorMessage = message;
    m_capture = QByteArray();
    m_capturing = false;
    return false;
}

bool JsonStream::scanString(int startLine, QByteArray *out, qsizetype keep)
{
    for (;;) {
        // The plain run of the string in this chunk at once: most bytes of a feed are in
        // strings, and none of them can be a quote, an escape or a line break.
        if (m_pos < m_chunk.size()) {
            const char *data = m_chunk.constData();
            qsizetype i = m_pos;
            while (i < m_chunk.size()) {
                const uchar b = uchar(data[i]);
                if (b == '"' || b == '\\' || b < 0x20)
                    break;
                ++i;
            }
            if (out && out->size() < keep)
                out->append(data + m_pos, qMin(i - m_pos, keep - out->size()));
            m_pos = i;
        }
        const int c = get();
        if (c < 0)
            return fail(m_line, tr("The file ends inside a string that starts on line %1; the "
                                   "file is cut short.").arg(startLine));
        if (c == '"')
            return true;
        if (c == '\\') {
            const int e = get();
            if (e < 0)
                return fail(m_line, tr("The file ends inside a string that starts on line %1; "
                                       "the file is cut short.").arg(startLine));
            if (out && out->size() < keep)
                out->append('\\');
            if (out && out->size() < keep)
                out->append(char(e));
            continue;
        }
        if (c < 0x20)
            return fail(m_line, tr("A string contains the control character %1; JSON expects "
                                   "it written as an escape such as \\n.").arg(describeByte(c)));
        if (out && out->size() < keep)
            out->append(char(c));
    }
}

bool JsonStream::scanValue()
{
    const int startLine = m_line;
    const auto truncated = [&] {
        return fail(m_line, tr("The file ends inside a value that starts on line %1; the file "
                               "is cut short.").arg(startLine));
    };
    int c = get();
    if (c < 0)
        return truncated();
    if (c == '"')
        return scanString(m_line, nullptr, 0);
    if (c != '{' && c != '[') {
        if (!isTokenChar(c) || c == '+' || c == '.')
            return fail(m_line, tr("Unexpected character %1; expected a JSON value (a string, "
                                   "number, object, array, true, false or null).")
                                    .arg(describeByte(c)));
        while (isTokenChar(peek()))
            get();
        return true;
    }
    QByteArray stack(1, char(c));
    while (!stack.isEmpty()) {
        c = get();
        if (c < 0)
            return truncated();
        switch (c) {
        case '"':
            if (!scanString(m_line, nullptr, 0))
                return false;
            break;
        case '{':
        case '[':
            if (stack.size() >= kMaxDepth)
                return fail(m_line, tr("Values are nested more than %1 levels deep; a feed "
                                       "record is far shallower.").arg(kMaxDepth));
            stack.append(char(c));
            break;
        case '}':
        case ']': {
            const char open = c == '}' ? '{' : '[';
            if (stack.back() != open)
                return fail(m_line, tr("Unexpected %1: the %2 opened before it is not closed.")
                                        .arg(describeByte(c), describeByte(uchar(stack.back()))));
            stack.chop(1);
            break;
        }
        case ',':
        case ':':
            break;
        default:
            if (!isSpace(c) && !isTokenChar(c))
                return fail(m_line, tr("Unexpected character %1 inside a value that starts on "
                                       "line %2.").arg(describeByte(c)).arg(startLine));
        }
    }
    return true;
}

JsonStream::Status JsonStream::next(QByteArray &bytes, int &line)
{
    bytes.clear();
    line = 0;
    for (;;) {
        switch (m_phase) {
        case Phase::Failed:
            return Status::Error;
        case Phase::Done:
            return Status::End;
        case Phase::Start: {
            if (peek() == 0xEF) {
                get();
                if (get() != 0xBB || get() != 0xBF) {
                    fail(1, tr("The file starts with an incomplete byte order mark; expected "
                               "a JSON object."));
                    return Status::Error;
                }
                m_hadBom = true;
            }
            skipSpace();
            const int c = peek();
            if (c < 0) {
                fail(m_line, tr("The file is empty; expected a JSON object."));
                return Status::Error;
            }
            if (c != '{') {
                fail(m_line, tr("The file does not start with a JSON object: found %1, "
                                "expected \"{\".").arg(describeByte(c)));
                return Status::Error;
            }
            m_topLine = m_line;
            startCapture();
            get();
            m_firstItem = true;
            m_phase = Phase::TopKeys;
            break;
        }
        case Phase::TopKeys: {
            skipSpace();
            int c = get();
            if (c < 0) {
                fail(m_line, tr("The file ends inside the top-level object that starts on "
                                "line %1; the file is cut short.").arg(m_topLine));
                return Status::Error;
            }
            if (c == '}') {
                m_phase = Phase::AfterTop;
                if (m_capturing) {
                    flushCapture();
                    m_capturing = false;
                    skipSpace();
                    if (peek() >= 0) {
                        fail(m_line, tr("Unexpected text after the end of the JSON object; "
                                        "expected nothing more."));
                        return Status::Error;
                    }
                    m_phase = Phase::Done;
                    if (m_captureTooLarge) {
                        fail(m_topLine, tr("The record is larger than %1 MB; a feed record is "
                                           "far smaller.").arg(m_maxElement / (1024 * 1024)));
                        return Status::Error;
                    }
                    bytes = std::move(m_capture);
                    m_capture = QByteArray();
                    line = m_topLine;
                    return Status::Bare;
                }
                break;
            }
            if (!m_firstItem) {
                if (c != ',') {
                    fail(m_line, tr("Unexpected %1 in the top-level object; expected \",\" or "
                                    "\"}\".").arg(describeByte(c)));
                    return Status::Error;
                }
                skipSpace();
                c = get();
            }
            if (c != '"') {
                fail(m_line, c < 0 ? tr("The file ends inside the top-level object; the file "
                                        "is cut short.")
                                   : tr("Unexpected %1 in the top-level object; expected a key "
                                        "in double quotes.").arg(describeByte(c)));
                return Status::Error;
            }
            QByteArray key;
            if (!scanString(m_line, &key, m_key.size() + 1))
                return Status::Error;
            skipSpace();
            c = get();
            if (c != ':') {
                fail(m_line, c < 0 ? tr("The file ends after a key; the file is cut short.")
                                   : tr("Unexpected %1 after a key; expected \":\".")
                                         .arg(describeByte(c)));
                return Status::Error;
            }
            skipSpace();
            m_firstItem = false;
            if (key == m_key && !m_sawArray) {
                c = peek();
                if (c != '[') {
                    fail(m_line, c < 0 ? tr("The file ends after the key \"%1\"; the file is cut "
                                            "short.").arg(QString::fromUtf8(m_key))
                                       : tr("\"%1\" is not an array: found %2, expected \"[\".")
                                             .arg(QString::fromUtf8(m_key), describeByte(c)));
                    return Status::Error;
                }
                get();
                m_sawArray = true;
                m_capturing = false; // not a bare record: what was kept is not needed
                m_capture = QByteArray();
                m_firstItem = true;
                m_phase = Phase::InArray;
                break;
            }
            if (!scanValue())
                return Status::Error;
            break;
        }
        case Phase::InArray: {
            skipSpace();
            int c = peek();
            if (c < 0) {
                fail(m_line, tr("The file ends inside the \"%1\" array; the file is cut short.")
                                 .arg(QString::fromUtf8(m_key)));
                return Status::Error;
            }
            if (c == ']' && m_firstItem) {
                get();
                m_phase = Phase::TopKeys;
                m_firstItem = false;
                break;
            }
            if (!m_firstItem) {
                get();
                if (c == ']') {
                    m_phase = Phase::TopKeys;
                    break;
                }
                if (c != ',') {
                    fail(m_line, tr("Unexpected %1 in the \"%2\" array; expected \",\" or \"]\".")
                                     .arg(describeByte(c), QString::fromUtf8(m_key)));
                    return Status::Error;
                }
                skipSpace();
                if (peek() < 0) {
                    fail(m_line, tr("The file ends inside the \"%1\" array; the file is cut "
                                    "short.").arg(QString::fromUtf8(m_key)));
                    return Status::Error;
                }
            }
            m_firstItem = false;
            const int start = m_line;
            startCapture();
            if (!scanValue())
                return Status::Error;
            flushCapture();
            m_capturing = false;
            if (m_captureTooLarge) {
                fail(start, tr("The record is larger than %1 MB; a feed record is far smaller.")
                                .arg(m_maxElement / (1024 * 1024)));
                return Status::Error;
            }
            bytes = std::move(m_capture);
            m_capture = QByteArray();
            line = start;
            return Status::Element;
        }
        case Phase::AfterTop:
            skipSpace();
            if (peek() >= 0) {
                fail(m_line, tr("Unexpected text after the end of the JSON object; expected "
                                "nothing more."));
                return Status::Error;
            }
            m_phase = Phase::Done;
            return Status::End;
        }
    }
}

} // namespace pp
