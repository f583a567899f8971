#include "models/itemmodels/filterproxymodel.h"

#include "models/itemmodels/roles.h"

#include <QDateTime>

#include <optional>

namespace pp {
namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Long:
    case QMetaType::Short:
        return true;
    default:
        return false;
    }
}

/// The text as a number, if all of it is one ("42", "3.5", "-1"); locale digit grouping is not
/// accepted, so "1,234" stays text.
std::optional<double> asNumber(const QVariant &v)
{
    if (isNumber(v))
        return v.toDouble();
    if (v.typeId() != QMetaType::QString)
        return std::nullopt;
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

/// Compares text with runs of digits compared by value: "web2" < "web10". Other runs compare in
/// the collator's (the user's language) order.
int naturalCompare(const QCollator &collator, const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = a.at(i).isDigit();
        const bool db = b.at(j).isDigit();
        qsizetype ei = i;
        qsizetype ej = j;
        while (ei < a.size() && a.at(ei).isDigit() == da)
            ++ei;
        while (ej < b.size() && b.at(ej).isDigit() == db)
            ++ej;
        const QStringView ra = QStringView(a).mid(i, ei - i);
        const QStringView rb = QStringView(b).mid(j, ej - j);
        int c = 0;
        if (da && db) {
            // Compare by value without overflowing: strip leading zeros, longer is larger.
            auto strip = [](QStringView v) {
                while (v.size() > 1 && v.front() == QLatin1Char('0'))
                    v = v.mid(1);
                return v;
            };
            const QStringView na = strip(ra);
            const QStringView nb = strip(rb);
            c = na.size() != nb.size() ? (na.size() < nb.size() ? -1 : 1) : na.compare(nb);
        } else {
            c = collator.compare(ra, rb);
        }
        if (c != 0)
            return c;
        i = ei;
        j = ej;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : (a.size() - i) > (b.size() - j) ? 1 : 0;
}

} // namespace

FilterProxyModel::FilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void FilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const int columns = source->columnCount(sourceParent);
    QStringList cells;
    cells.reserve(columns);
    for (int column = 0; column < columns; ++column)
        cells << source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
    for (const QString &word : m_words) {
        bool found = false;
        for (const QString &cell : std::as_const(cells)) {
            if (cell.contains(word, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool FilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    QVariant l = left.data(sortRole());
    QVariant r = right.data(sortRole());
    if (!l.isValid() || !r.isValid()) {
        l = left.data(Qt::DisplayRole);
        r = right.data(Qt::DisplayRole);
    }
    const auto ln = asNumber(l);
    const auto rn = asNumber(r);
    if (ln && rn)
        return *ln < *rn;
    if (ln.has_value() != rn.has_value())
        return ln.has_value(); // numbers before text
    if (l.typeId() == QMetaType::QDateTime && r.typeId() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.typeId() == QMetaType::QDate && r.typeId() == QMetaType::QDate)
        return l.toDate() < r.toDate();
    const QString ls = l.toString();
    const QString rs = r.toString();
    // Empty cells go last, whatever the order: they are the least useful ones.
    if (ls.isEmpty() != rs.isEmpty())
        return sortOrder() == Qt::AscendingOrder ? rs.isEmpty() : ls.isEmpty();
    return naturalCompare(m_collator, ls, rs) < 0;
}

} // namespace pp
