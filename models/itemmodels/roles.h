// The item data roles shared by Patch Planner's item models: raw values next to the formatted
// text of Qt::DisplayRole.
#pragma once

#include <Qt>

namespace pp {

enum ItemDataRole {
    IdRole = Qt::UserRole + 1, ///< qint64: the record's id (audit entry id in AuditLogModel)
    RowVersionRole,            ///< int: optimistic-locking version of the record
    RawValueRole,              ///< the stored value: enum key, int, QDateTime (UTC)...
    SortRole,                  ///< what to sort by: numbers as numbers, enums in display order
    SystemIdRole,              ///< qint64: the system a component or entry belongs to
    BeforeJsonRole,            ///< QString: audit "before" values, compact JSON
    AfterJsonRole,             ///< QString: audit "after" values, compact JSON
    LineRole,                  ///< int: line in an imported file
    SeverityRole,              ///< int: ImportIssue::Severity
    /// QString, of headerData() (horizontal): the column's stable snake_case key, the same in
    /// every language: the JSON key and CSV header of an exported list (io/tableexport.h)
    ColumnKeyRole,
    /// QString or QByteArray (UTF-8), of a row's first column: the displayed texts of all its
    /// columns, case-folded, one per line, for the filter (FilterProxyModel,
    /// IndexedFilterProxyModel). Above the other roles.
    SearchTextRole = Qt::UserRole + 64,
};

} // namespace pp
