// An incremental JSON scanner for feeds too large to hold in memory (an NVD feed of hundreds of
// MB). It reads the device in chunks, walks the top-level object without storing the keys it
// does not need, and hands out the elements of one top-level array (e.g. "vulnerabilities")
// one at a time as bytes, with the line each starts on, for QJsonDocument to parse. It checks
// only the structure (strings, escapes, nesting); each element's content is checked by the
// parser it is given to. Memory stays bounded by the chunk size plus the largest element.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace pp {

class JsonStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonStream)

public:
    enum class Status {
        Element, ///< next() filled an element of the array
        Bare,    ///< the top-level object had no such array: next() filled the whole object
        End,     ///< no more elements; the rest of the file was well-formed
        Error,   ///< see errorLine() and errorMessage()
    };

    static constexpr qint64 kDefaultChunk = 256 * 1024;
    static constexpr qint64 kDefaultMaxElement = 64 * 1024 * 1024;
    static constexpr int kMaxDepth = 512;

    /// Scans @p in, looking for the array under the top-level key @p arrayKey.
    JsonStream(QIODevice &in, QByteArray arrayKey, qint64 maxElement = kDefaultMaxElement,
               qint64 chunkSize = kDefaultChunk);

    /// The next element (or the bare top-level object, once) into @p bytes, with the 1-based
    /// line where it starts in @p line.
    Status next(QByteArray &bytes, int &line);

    int errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_errorMessage; }
    /// Bytes read from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }
    /// True when the file started with a UTF-8 byte order mark (skipped).
    bool hadBom() const { return m_hadBom; }

    /// For tests: the largest amount of memory the scanner held at once (chunk plus the
    /// element being collected), over all instances since the last reset.
    static qint64 peakBufferBytes();
    static void resetPeakBufferBytes();

private:
    enum class Phase { Start, TopKeys, InArray, AfterTop, Done, Failed };

    int peek();               ///< next byte without consuming it, -1 at the end
    int get();                ///< next byte, -1 at the end
    bool fill();
    void skipSpace();
    bool fail(int line, const QString &message);
    /// Consumes one value; while m_capturing, its bytes end up in m_capture.
    bool scanValue();
    /// Consumes a string (the opening quote already consumed); keeps up to @p keep bytes of
    /// its raw content in @p out when given.
    bool scanString(int startLine, QByteArray *out, qsizetype keep);
    void startCapture();
    void flushCapture();
    void notePeak();

    QIODevice &m_in;
    QByteArray m_key;
    qint64 m_maxElement;
    qint64 m_chunkSize;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    int m_line = 1;
    Phase m_phase = Phase::Start;
    bool m_firstItem = true;
    bool m_hadBom = false;
    bool m_sawArray = false;

    // The element (or top-level object) being collected: bytes from m_capStart in the current
    // chunk are moved into m_capture when the chunk is refilled.
    bool m_capturing = false;
    qsizetype m_capStart = 0;
    QByteArray m_capture;
    bool m_captureTooLarge = false;
    // The top-level object is kept (up to the element limit) until the array key turns up, in
    // case it is a bare record.
    QByteArray m_top;
    bool m_topTooLarge = false;
    int m_topLine = 1;

    int m_errorLine = 0;
    QString m_errorMessage;
};

} // namespace pp
