// A report as the command line and the exporters hand it out: named columns and typed cells,
// written as an aligned text table, a JSON array of objects or CSV.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace pp {

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
};

/// How many terminal columns @p text takes (wide CJK characters take two).
int displayWidth(const QString &text);

} // namespace pp
