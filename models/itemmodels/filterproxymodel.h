// The filter-as-you-type and sort proxy of every table.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace pp {

/// Keeps the rows in which every word of the filter text appears in some column
/// (case-insensitive; "crm prod" finds the CRM systems in production). Sorts by the source's
/// SortRole when it has one, else by the displayed text: numbers as numbers, dates as dates,
/// text in the user's language order with digits compared by value ("web2" before "web10").
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
    QStringList m_words;
    QCollator m_collator;
};

} // namespace pp
