// Private helpers of the vulnerability feed readers (vulnfeed.cpp for KEV and NVD,
// vulnfeed_jvn.cpp for JVN): collecting located issues against the options' limits, checking
// UTF-8 and reading feed timestamps. Not part of the models' interface.
#pragma once

#include "models/io/vulnfeed.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pp::feed {

/// Collects a reader's issues and counts its errors against FeedReadOptions::maxIssues.
class IssueSink
{
public:
    IssueSink(FeedReadResult &result, const FeedReadOptions &options, QString file)
        : m_result(result), m_options(options), m_file(std::move(file))
    {
    }

    void error(int line, const QString &field, const QString &message)
    {
        add(line, field, message, ImportIssue::Severity::Error);
        ++m_errors;
    }
    void warning(int line, const QString &field, const QString &message)
    {
        add(line, field, message, ImportIssue::Severity::Warning);
    }
    int errors() const { return m_errors; }
    /// True once maxIssues errors were collected: the reader stops.
    bool full() const { return m_errors >= qMax(1, m_options.maxIssues); }
    bool cancelRequested() const { return m_options.cancel && m_options.cancel->load(); }
    const QString &file() const { return m_file; }
    const FeedReadOptions &options() const { return m_options; }
    FeedReadResult &result() { return m_result; }

private:
    void add(int line, const QString &field, const QString &message, ImportIssue::Severity s)
    {
        ImportIssue issue;
        issue.file = m_file;
        issue.line = line;
        issue.field = field;
        issue.message = message;
        issue.severity = s;
        m_result.issues.append(std::move(issue));
    }

    FeedReadResult &m_result;
    const FeedReadOptions &m_options;
    QString m_file;
    int m_errors = 0;
};

/// Offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and code points
/// above U+10FFFF included), or -1 when all of @p bytes is valid.
qsizetype invalidUtf8Offset(const QByteArray &bytes);
/// 1-based line of @p offset in @p bytes, counting from @p firstLine.
int lineAt(const QByteArray &bytes, qsizetype offset, int firstLine = 1);
/// A feed timestamp: ISO 8601 with or without fraction; no zone means UTC (NVD), a zone or "Z"
/// is honoured. Invalid when it is not one.
QDateTime parseTimestamp(const QString &text);
/// "CVE-2024-3400": ^CVE-\d{4}-\d{4,19}$.
bool isCveId(const QString &text);
/// Strips a leading UTF-8 byte order mark; true when there was one.
bool stripBom(QByteArray &bytes);

} // namespace pp::feed
