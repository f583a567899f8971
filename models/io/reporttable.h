// A report as the command line and the exporters hand it out: named columns and typed cells,
// written as an aligned text table, a JSON array of objects or CSV.
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <utility>

class QIODevice;

namespace pp {

/// Where a report's rows go, one at a time: a report of 2.5 million findings is streamed from
/// the database to the file instead of being held whole (issue 9: peak memory).
class ReportSink
{
public:
    virtual ~ReportSink() = default;
    /// Called once, before the first row.
    virtual void begin(const QStringList &keys) = 0;
    /// One row, a value per key. False: stop (the output failed); the report says why.
    virtual bool row(const QVariantList &cells) = 0;
};

struct ReportTable
{
    QStringList keys;        ///< snake_case column keys: the JSON keys and the CSV header
    QList<QVariantList> rows;///< one value per key; an invalid QVariant is "no value" (JSON null)

    /// A JSON array of objects, keys in column order; ints and doubles stay numbers, dates are
    /// ISO 8601, a QStringList is an array of strings (joined with ';' in CSV and text), no
    /// value is null. Stable: scripts rely on it.
    QByteArray toJson() const;
    /// CSV with a header line of the keys, UTF-8, formula cells neutralised.
    QByteArray toCsv() const;
    /// A plain text table with a header row, columns aligned for a terminal (East Asian wide
    /// characters count as two columns).
    QByteArray toText() const;
    /// Hands the keys and every row to @p sink; false when it stopped.
    bool writeTo(ReportSink &sink) const;
};

/// Collects the rows into a ReportTable (what the window's exports and the tests use).
class ReportCollector : public ReportSink
{
public:
    void begin(const QStringList &keys) override;
    bool row(const QVariantList &cells) override;
    ReportTable take() { return std::move(m_table); }

private:
    ReportTable m_table;
};

/// Writes a report to a device as it comes, in one of ReportTable's formats, byte for byte the
/// same as ReportTable::toJson(), toCsv() and toText(). JSON and CSV keep nothing but a small
/// buffer; the text table must know every column's width before its first line, so it keeps
/// each row's cell texts (not their values) until finish().
class ReportWriter : public ReportSink
{
public:
    enum class Format { Text, Json, Csv };

    ReportWriter(QIODevice *device, Format format);
    void begin(const QStringList &keys) override;
    bool row(const QVariantList &cells) override;
    /// Writes what is left (the JSON array's end, the text table); an error when the device
    /// refused a write.
    Status finish();

private:
    bool flush(bool force = false);

    QIODevice *m_device;
    Format m_format;
    QStringList m_keys;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    QList<int> m_widths;           // text: each column's width so far
    QList<QStringList> m_texts;    // text: the cells of each row, written by finish()
    QString m_error;
};

/// How many terminal columns @p text takes (wide CJK characters take two).
int displayWidth(const QString &text);

} // namespace pp
