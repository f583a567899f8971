// Common ground of the inventory table models: rows kept in step with the database without
// resetting the model, so selections and scroll positions survive every change.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

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
    /// Brings @p rows to @p fresh. @p same(a, b) tells whether a row can stay as it is.
    template<typename T, typename Same>
    void syncRows(QList<T> &rows, const QList<T> &fresh, Same same)
    {
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

        QSet<qint64> kept;
        for (int row = 0; row < rows.size(); ++row) {
            const T &now = fresh.at(freshRow.value(rows.at(row).id));
            kept.insert(now.id);
            if (!same(rows.at(row), now)) {
                rows[row] = now;
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }

        QList<T> added;
        for (const T &t : fresh) {
            if (!kept.contains(t.id))
                added << t;
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(rows.size()), int(rows.size() + added.size()) - 1);
            rows += added;
            endInsertRows();
        }
    }
};

} // namespace pp
