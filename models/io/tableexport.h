// A list as a view shows it, turned into a ReportTable: the window's "Export list…" writes the
// rows in the view's order (filter and sort), the columns it shows, under the same snake_case
// keys whatever the language of the window, as CSV or JSON.
#pragma once

#include "models/io/reporttable.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QList>

class QAbstractItemModel;

namespace pp {

/// The file formats a list is exported to.
enum class TableFormat { Csv, Json };

/// Turns the rows of an item model into a ReportTable.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    /// The rows of @p model in its own order: a proxy's filter and sort, as a view shows them.
    /// A row with children (a group header of a tree) is no row itself: its children are, depth
    /// first. One cell per column of @p columns, in that order (logical columns of the model).
    ///
    /// Keys: the ColumnKeyRole of the horizontal header (snake_case, the same in every
    /// language); a column without one gets "column_N" (N: its logical index); a key given
    /// twice is suffixed "_2". Cells: RawValueRole when the model gives a plain value (number,
    /// boolean, text, date, UTC date-time, list of strings), else the display text; empty text is
    /// no value (JSON null).
    static ReportTable fromModel(const QAbstractItemModel &model, const QList<int> &columns);
    /// The same with every column in logical order.
    static ReportTable fromModel(const QAbstractItemModel &model);

    /// JSON when @p path ends in ".json" (any case), else CSV.
    static TableFormat formatForPath(const QString &path);
    /// The bytes of @p table in @p format (ReportTable::toCsv() or toJson()).
    static QByteArray encode(const ReportTable &table, TableFormat format);
    /// Writes @p table to @p path atomically (QSaveFile): a failed write leaves no partial file
    /// and keeps an existing one.
    static Status write(const ReportTable &table, const QString &path, TableFormat format);
};

/// Shorthand for TableExport::fromModel().
inline ReportTable tableFromModel(const QAbstractItemModel &model, const QList<int> &columns)
{
    return TableExport::fromModel(model, columns);
}

} // namespace pp
