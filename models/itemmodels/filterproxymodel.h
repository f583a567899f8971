// The filter-as-you-type and sort proxy of every table.
#pragma once

#include "models/itemmodels/roles.h"

#include <QByteArray>
#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace pp {

namespace Internal {

/// The order of FilterProxyModel::lessThan() for two sort values: numbers as numbers (before
/// text), dates as dates, text naturally ("web2" before "web10") in @p collator's order; an empty
/// value goes after a non-empty text in either @p order (so when descending, empty cells come
/// between the text and the numbers).
bool sortValueLess(const QVariant &l, const QVariant &r, const QCollator &collator,
                   Qt::SortOrder order);

/// The rank of each of @p texts (non-empty, none a number) in sortValueLess()'s order: the same
/// rank for texts neither of which sorts before the other. The same order as sorting with
/// sortValueLess(), without a collator comparison per pair: each distinct run of digits or
/// non-digits is ranked once (by its collation sort key), so ordering the texts compares
/// integers.
std::vector<int> naturalOrderRanks(const QStringList &texts, const QCollator &collator);

/// Whether @p v sorts as a number in sortValueLess() (before any text when ascending).
bool isNumericSortValue(const QVariant &v);

/// The number @p v sorts as in sortValueLess(), if it sorts as a number.
std::optional<double> numericSortValue(const QVariant &v);

/// Whether @p v sorts as an empty cell (last in either order) in sortValueLess().
bool isEmptySortValue(const QVariant &v);

/// Whether every one of @p foldedWords (case-folded) occurs in @p foldedText.
bool containsEveryWord(QStringView foldedText, const QStringList &foldedWords);

/// The same for UTF-8 text and words (a byte search: a UTF-8 word occurs in UTF-8 text exactly
/// where the word occurs in the text).
bool containsEveryWord(QByteArrayView foldedUtf8, const QList<QByteArray> &foldedUtf8Words);

/// A row's search text: the displayed texts of its cells, case-folded, one per line.
QString searchTextOf(const QStringList &cells);

} // namespace Internal

/// Keeps the rows in which every word of the filter text appears in some column
/// (case-insensitive; "crm prod" finds the CRM systems in production). Sorts by the source's
/// SortRole when it has one, else by the displayed text: numbers as numbers, dates as dates,
/// text in the user's language order with digits compared by value ("web2" before "web10").
///
/// A source may give each row's searchable text in one piece, already case-folded, under
/// SearchTextRole of the row's first column (the displayed texts of all its columns, one per
/// line; a QString, or a QByteArray of UTF-8): the filter then reads that instead of every cell,
/// with the same outcome.
class FilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FilterProxyModel(QObject *parent = nullptr);

    /// Sets the words to look for; empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;       ///< as typed, for the cells
    QStringList m_foldedWords; ///< case-folded, for SearchTextRole
    QList<QByteArray> m_utf8Words; ///< the same in UTF-8, for a SearchTextRole of bytes
    QCollator m_collator;
};

} // namespace pp
