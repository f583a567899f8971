// Common ground of the inventory table models: rows kept in step with the database without
// resetting the model, so selections and scroll positions survive every change.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace pp {

/// A table of records that have an `id`. syncRows() turns a freshly read list into row
/// removals, dataChanged() and row insertions (new records are appended; views sort through a
/// proxy), instead of a model reset that would drop the user's selection.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    /// Reading from the database failed; @p message is for the user.
    void loadFailed(const QString &message);

protected:
    /// Brings @p rows to @p fresh. @p same(a, b) tells whether a row can stay as it is. The
    /// records taken are moved out of @p fresh; what is left of it (the fresh copies of rows
    /// that stayed) is the caller's to free, on a worker when it is large.
    template<typename T, typename Same>
    void syncRows(QList<T> &rows, QList<T> &fresh, Same same)
    {
        if (rows.isEmpty()) {
            // The first load: every record is new.
            if (!fresh.isEmpty()) {
                beginInsertRows({}, 0, int(fresh.size()) - 1);
                rows = std::move(fresh);
                endInsertRows();
            }
            return;
        }
        QHash<qint64, int> freshRow;
        freshRow.reserve(fresh.size());
        for (int i = 0; i < fresh.size(); ++i)
            freshRow.insert(fresh.at(i).id, i);

        // Removals, in runs of consecutive rows, from the end so earlier rows keep their numbers.
        for (int row = int(rows.size()) - 1; row >= 0; --row) {
            if (freshRow.contains(rows.at(row).id))
                continue;
            const int last = row;
            while (row > 0 && !freshRow.contains(rows.at(row - 1).id))
                --row;
            beginRemoveRows({}, row, last);
            rows.remove(row, last - row + 1);
            endRemoveRows();
        }

        std::vector<char> kept(size_t(fresh.size()), 0);
        for (int row = 0; row < rows.size(); ++row) {
            const int i = freshRow.value(rows.at(row).id);
            kept[size_t(i)] = 1;
            if (!same(rows.at(row), fresh.at(i))) {
                rows[row] = std::move(fresh[i]);
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }

        QList<T> added;
        for (int i = 0; i < fresh.size(); ++i) {
            if (!kept[size_t(i)])
                added << std::move(fresh[i]);
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(rows.size()), int(rows.size() + added.size()) - 1);
            rows += std::move(added);
            endInsertRows();
        }
    }
};

} // namespace pp
