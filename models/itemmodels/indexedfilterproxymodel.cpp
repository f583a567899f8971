#include "models/itemmodels/indexedfilterproxymodel.h"

#include "models/itemmodels/filterproxymodel.h"
#include "models/itemmodels/roles.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace pp {
namespace {

/// The rank of an empty cell: after every other rank.
constexpr int kEmptyRank = INT_MAX;

/// A key under which equal sort values meet (the value's type, then the value).
QString distinctKey(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        return QStringLiteral("T") + QString::number(v.toDateTime().toMSecsSinceEpoch());
    case QMetaType::QDate:
        return QStringLiteral("D") + QString::number(v.toDate().toJulianDay());
    default:
        return QString::number(v.typeId()) + QLatin1Char(':') + v.toString();
    }
}

/// Whether @p v holds a number type (which sortValueLess() compares by value).
bool isPlainNumber(const QVariant &v)
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
        return !std::isnan(v.toDouble());
    default:
        return false;
    }
}

} // namespace

IndexedFilterProxyModel::IndexedFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

IndexedFilterProxyModel::~IndexedFilterProxyModel() = default;

void IndexedFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        m_connections
            << connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                       [this]() { beginResetModel(); })
            << connect(source, &QAbstractItemModel::modelReset, this,
                       [this]() {
                           m_search.clear();
                           m_ranks.clear();
                           m_order.clear();
                           m_passesValid = false;
                           m_history.clear();
                           buildOrder();
                           applyFilter({});
                           endResetModel();
                           scheduleSearchBuild();
                       })
            << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                       &IndexedFilterProxyModel::sourceAboutToChange)
            << connect(source, &QAbstractItemModel::layoutChanged, this,
                       [this]() {
                           // Rows moved: whatever was cached by row number is stale.
                           m_search.clear();
                           m_ranks.clear();
                           m_order.clear();
                           m_passesValid = false;
                           m_history.clear();
                           buildOrder();
                           applyFilter({});
                           sourceChanged();
                       })
            << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                       &IndexedFilterProxyModel::sourceAboutToChange)
            << connect(source, &QAbstractItemModel::rowsInserted, this,
                       &IndexedFilterProxyModel::sourceRowsInserted)
            << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                       &IndexedFilterProxyModel::sourceAboutToChange)
            << connect(source, &QAbstractItemModel::rowsRemoved, this,
                       &IndexedFilterProxyModel::sourceRowsRemoved)
            << connect(source, &QAbstractItemModel::dataChanged, this,
                       &IndexedFilterProxyModel::sourceDataChanged)
            << connect(source, &QAbstractItemModel::headerDataChanged, this,
                       [this](Qt::Orientation orientation, int first, int last) {
                           if (orientation == Qt::Horizontal)
                               emit headerDataChanged(orientation, first, last);
                       })
            << connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                       [this]() { beginResetModel(); })
            << connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                       [this]() { beginResetModel(); });
        for (auto signal : {&QAbstractItemModel::columnsInserted,
                            &QAbstractItemModel::columnsRemoved}) {
            m_connections << connect(source, signal, this, [this]() {
                m_ranks.clear();
                m_order.clear();
                buildOrder();
                applyFilter({});
                endResetModel();
            });
        }
    }
    m_search.clear();
    m_ranks.clear();
    m_order.clear();
    m_passesValid = false;
    m_history.clear();
    buildOrder();
    applyFilter({});
    endResetModel();
    scheduleSearchBuild();
}

void IndexedFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QString previous = m_folded;
    m_text = text;
    m_folded = text.toCaseFolded();
    m_foldedWords = m_folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_utf8Words.clear();
    for (const QString &word : std::as_const(m_foldedWords))
        m_utf8Words << word.toUtf8();
    beginLayoutChange();
    applyFilter(previous);
    endLayoutChange();
}

void IndexedFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    buildOrder();
    rebuildProxyRows();
    endLayoutChange();
}

bool IndexedFilterProxyModel::acceptsRow(int) const
{
    return true;
}

void IndexedFilterProxyModel::invalidateRowFilter()
{
    beginLayoutChange();
    m_history.clear(); // the rows each text let through, under the filters before
    m_passesValid = false;
    applyFilter({});
    endLayoutChange();
}

bool IndexedFilterProxyModel::passes(int sourceRow) const
{
    if (!m_foldedWords.isEmpty()
        && !Internal::containsEveryWord(searchText(sourceRow), m_utf8Words))
        return false;
    return !hasRowFilter() || acceptsRow(sourceRow);
}

// --- The index ---------------------------------------------------------------------------------

QModelIndex IndexedFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size())
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex IndexedFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex IndexedFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int IndexedFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndexedFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool IndexedFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex IndexedFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this
        || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex IndexedFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel()
        || sourceIndex.parent().isValid() || sourceIndex.row() >= int(m_proxyRow.size()))
        return {};
    const int row = m_proxyRow[sourceIndex.row()];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

// --- Source changes ----------------------------------------------------------------------------

void IndexedFilterProxyModel::sourceAboutToChange()
{
    beginLayoutChange();
}

void IndexedFilterProxyModel::sourceChanged()
{
    endLayoutChange();
}

void IndexedFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        endLayoutChange();
        return;
    }
    m_history.clear();
    const int count = last - first + 1;
    for (int &row : m_order) {
        if (row >= first)
            row += count;
    }
    // The new rows go last until the next sort pass, which the event loop runs.
    for (int row = first; row <= last; ++row)
        m_order.push_back(row);
    m_ranks.clear();
    if (m_search.rows() != sourceModel()->rowCount() - count)
        m_search.clear(); // a build in slices had not finished: it starts again
    if (!m_search.isEmpty()) {
        m_search.insert(first, count);
        for (int row = first; row <= last; ++row)
            m_search.set(row, searchText(row));
    }
    if (m_passesValid) {
        m_passes.insert(m_passes.begin() + first, size_t(count), char(1));
        if (!m_foldedWords.isEmpty() || hasRowFilter()) {
            for (int row = first; row <= last; ++row)
                m_passes[row] = passes(row);
        }
    } else {
        applyFilter({});
    }
    rebuildProxyRows();
    if (m_sortColumn >= 0)
        scheduleRefresh();
    endLayoutChange();
    scheduleSearchBuild();
}

void IndexedFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        endLayoutChange();
        return;
    }
    m_history.clear();
    const int count = last - first + 1;
    std::vector<int> order;
    order.reserve(m_order.size());
    for (int row : m_order) {
        if (row < first)
            order.push_back(row);
        else if (row > last)
            order.push_back(row - count);
    }
    m_order = std::move(order);
    for (auto &ranks : m_ranks) {
        if (!ranks.empty())
            ranks.erase(ranks.begin() + first, ranks.begin() + last + 1);
    }
    if (m_search.rows() != sourceModel()->rowCount() + count)
        m_search.clear(); // a build in slices had not finished: it starts again
    if (!m_search.isEmpty())
        m_search.remove(first, count);
    if (m_passesValid)
        m_passes.erase(m_passes.begin() + first, m_passes.begin() + last + 1);
    rebuildProxyRows();
    endLayoutChange();
    scheduleSearchBuild();
}

void IndexedFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                                const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), int(m_proxyRow.size()) - 1);
    for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
        if (column < int(m_ranks.size()))
            m_ranks[column].clear();
    }
    m_history.clear();
    bool refilter = false;
    for (int row = first; row <= last; ++row) {
        if (row < m_search.rows()) { // read (a build in slices reads the rest itself)
            const QByteArray before = m_search.at(row).toByteArray();
            m_search.set(row, readSearchText(row));
            refilter = refilter || m_search.at(row) != before;
        }
        if (m_passesValid && (!m_foldedWords.isEmpty() || hasRowFilter())) {
            const char now = passes(row);
            refilter = refilter || now != m_passes[row];
            m_passes[row] = now;
        }
        const int proxyRow = m_proxyRow[row];
        if (proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()),
                             index(proxyRow, bottomRight.column()));
    }
    const bool resort
        = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    if (refilter || resort)
        scheduleRefresh();
}

void IndexedFilterProxyModel::scheduleSearchBuild()
{
    // The search texts are read when the rows arrive rather than on the first keystroke, from
    // the event loop and a few milliseconds at a time: 100,000 rows take 50 ms, which would
    // hold the window (issue 9). A keystroke before the end reads the rest at once.
    if (!m_textSearch || m_searchBuildPending || !sourceModel()
        || m_search.rows() == sourceModel()->rowCount())
        return;
    m_searchBuildPending = true;
    QTimer::singleShot(0, this, [this]() {
        m_searchBuildPending = false;
        if (!buildSearch(m_searchSliceNs))
            scheduleSearchBuild();
    });
}

void IndexedFilterProxyModel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &IndexedFilterProxyModel::refresh);
}

void IndexedFilterProxyModel::refresh()
{
    if (!m_refreshPending)
        return;
    m_refreshPending = false;
    beginLayoutChange();
    buildOrder();
    rebuildProxyRows();
    endLayoutChange();
}

// --- Building ----------------------------------------------------------------------------------

void IndexedFilterProxyModel::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    if (m_changeDepth++ > 0)
        return;
    m_hint = hint;
    emit layoutAboutToBeChanged({}, hint);
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(m_savedProxy.size());
    for (const QModelIndex &proxy : std::as_const(m_savedProxy))
        m_savedSource << QPersistentModelIndex(mapToSource(proxy));
}

void IndexedFilterProxyModel::endLayoutChange()
{
    if (--m_changeDepth > 0)
        return;
    QModelIndexList to;
    to.reserve(m_savedSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_savedSource))
        to << mapFromSource(source);
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    emit layoutChanged({}, m_hint);
}

QByteArray IndexedFilterProxyModel::searchText(int sourceRow) const
{
    if (sourceRow < m_search.rows() && m_search.isRead(sourceRow))
        return m_search.at(sourceRow).toByteArray();
    return readSearchText(sourceRow);
}

QByteArray IndexedFilterProxyModel::readSearchText(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    const QVariant given = source->index(sourceRow, 0).data(SearchTextRole);
    QByteArray text;
    if (given.typeId() == QMetaType::QByteArray) {
        text = given.toByteArray();
    } else if (given.typeId() == QMetaType::QString) {
        text = given.toString().toUtf8();
    } else {
        const int columns = source->columnCount();
        QStringList cells;
        cells.reserve(columns);
        for (int column = 0; column < columns; ++column)
            cells << source->index(sourceRow, column).data(Qt::DisplayRole).toString();
        text = Internal::searchTextOf(cells).toUtf8();
    }
    return text;
}

bool IndexedFilterProxyModel::buildSearch(qint64 budgetNs)
{
    // The texts read so far are the first rows, in order (every change of the rows while they
    // were read has cleared them): the rest is appended.
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_search.rows() > rows)
        m_search.clear();
    if (m_search.rows() == rows)
        return true;
    if (m_search.isEmpty())
        m_search.reserve(rows, 0);
    QElapsedTimer clock;
    clock.start();
    for (int row = m_search.rows(); row < rows; ++row) {
        m_search.append(readSearchText(row));
        if (budgetNs > 0 && (row & 63) == 63 && clock.nsecsElapsed() > budgetNs)
            return row + 1 == rows;
    }
    return true;
}

// --- The search texts --------------------------------------------------------------------------

void IndexedFilterProxyModel::SearchTexts::clear()
{
    m_data = QByteArray();
    m_start.clear();
    m_size.clear();
    m_dead = 0;
}

void IndexedFilterProxyModel::SearchTexts::reserve(int rows, qsizetype bytes)
{
    m_data.reserve(bytes);
    m_start.reserve(size_t(rows));
    m_size.reserve(size_t(rows));
}

void IndexedFilterProxyModel::SearchTexts::append(QByteArrayView text)
{
    m_start.push_back(m_data.size());
    m_size.push_back(int(text.size()));
    m_data.append(text);
}

void IndexedFilterProxyModel::SearchTexts::set(int row, QByteArrayView text)
{
    if (m_size[row] >= 0)
        m_dead += m_size[row];
    m_start[row] = m_data.size();
    m_size[row] = int(text.size());
    m_data.append(text);
    if (m_dead > 4096 && m_dead > m_data.size() / 2)
        compact();
}

void IndexedFilterProxyModel::SearchTexts::insert(int first, int count)
{
    m_start.insert(m_start.begin() + first, size_t(count), m_data.size());
    m_size.insert(m_size.begin() + first, size_t(count), -1);
}

void IndexedFilterProxyModel::SearchTexts::remove(int first, int count)
{
    for (int row = first; row < first + count; ++row)
        m_dead += std::max(0, m_size[row]);
    m_start.erase(m_start.begin() + first, m_start.begin() + first + count);
    m_size.erase(m_size.begin() + first, m_size.begin() + first + count);
    if (m_dead > 4096 && m_dead > m_data.size() / 2)
        compact();
}

void IndexedFilterProxyModel::SearchTexts::compact()
{
    QByteArray data;
    data.reserve(m_data.size() - m_dead);
    for (size_t row = 0; row < m_size.size(); ++row) {
        const qsizetype start = data.size();
        if (m_size[row] > 0)
            data.append(m_data.constData() + m_start[row], m_size[row]);
        m_start[row] = start;
    }
    m_data = std::move(data);
    m_dead = 0;
}

const std::vector<int> &IndexedFilterProxyModel::ranks(int column)
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source->rowCount();
    if (int(m_ranks.size()) <= column)
        m_ranks.resize(column + 1);
    std::vector<int> &ranks = m_ranks[column];
    if (int(ranks.size()) == rows)
        return ranks;

    // The sort values, as FilterProxyModel::lessThan() reads them: SortRole, or the displayed
    // text when the source has no sort value.
    QList<QVariant> values;
    values.reserve(rows);
    for (int row = 0; row < rows; ++row)
        values << source->index(row, column).data(SortRole);
    if (std::any_of(values.cbegin(), values.cend(), [](const QVariant &v) { return !v.isValid(); })) {
        for (int row = 0; row < rows; ++row)
            values[row] = source->index(row, column).data(Qt::DisplayRole);
    }

    // Each distinct value is ordered once. Text is the common case: it is hashed as it is.
    QHash<QString, int> distinctText;
    QHash<QString, int> distinctOther;
    QHash<double, int> distinctNumber;
    QList<QVariant> distinct;
    std::vector<int> rowDistinct(rows);
    for (int row = 0; row < rows; ++row) {
        const QVariant &v = values.at(row);
        const bool text = v.typeId() == QMetaType::QString;
        // Text is empty exactly when it has no characters (whether it reads as a number is
        // decided once per distinct value).
        if (text ? v.toString().isEmpty() : Internal::isEmptySortValue(v)) {
            rowDistinct[row] = -1;
            continue;
        }
        if (isPlainNumber(v)) {
            // Equal numbers share a rank whatever their type: one entry for them all.
            const double n = v.toDouble();
            auto it = distinctNumber.constFind(n);
            if (it == distinctNumber.cend()) {
                it = distinctNumber.insert(n, int(distinct.size()));
                distinct << v;
            }
            rowDistinct[row] = it.value();
            continue;
        }
        QHash<QString, int> &known = text ? distinctText : distinctOther;
        const QString key = text ? v.toString() : distinctKey(v);
        auto it = known.constFind(key);
        if (it == known.cend()) {
            it = known.insert(key, int(distinct.size()));
            distinct << v;
        }
        rowDistinct[row] = it.value();
    }
    values.clear();

    int firstText = 0;
    const std::vector<int> rankOf = rankDistinct(distinct, &firstText);
    if (int(m_firstTextRank.size()) <= column)
        m_firstTextRank.resize(column + 1);
    m_firstTextRank[column] = firstText;
    ranks.resize(rows);
    for (int row = 0; row < rows; ++row)
        ranks[row] = rowDistinct[row] < 0 ? kEmptyRank : rankOf[rowDistinct[row]];
    return ranks;
}

std::vector<int> IndexedFilterProxyModel::rankDistinct(const QList<QVariant> &distinct,
                                                       int *firstText) const
{
    // Dates compare as dates only with dates: such columns are ordered by sortValueLess() itself.
    const bool dates = std::any_of(distinct.cbegin(), distinct.cend(), [](const QVariant &v) {
        return v.typeId() == QMetaType::QDateTime || v.typeId() == QMetaType::QDate;
    });
    if (dates)
        return rankByComparison(distinct, firstText);

    // Numbers first, by value; then text, by its natural-order key (naturalOrderRanks()).
    std::vector<int> numbers;
    std::vector<double> number(distinct.size());
    std::vector<int> texts;
    QStringList text;
    for (int i = 0; i < distinct.size(); ++i) {
        if (const auto n = Internal::numericSortValue(distinct.at(i))) {
            number[i] = *n;
            numbers.push_back(i);
        } else {
            texts.push_back(i);
            text << distinct.at(i).toString();
        }
    }
    std::vector<int> rankOf(distinct.size());
    std::sort(numbers.begin(), numbers.end(), [&number](int a, int b) { return number[a] < number[b]; });
    int rank = -1;
    for (size_t i = 0; i < numbers.size(); ++i) {
        if (i == 0 || number[numbers[i - 1]] < number[numbers[i]])
            ++rank;
        rankOf[numbers[i]] = rank;
    }
    *firstText = rank + 1;
    const std::vector<int> textRank = Internal::naturalOrderRanks(text, m_collator);
    for (size_t i = 0; i < texts.size(); ++i)
        rankOf[texts[i]] = *firstText + textRank[i];
    if (texts.empty() && numbers.empty())
        *firstText = 1; // as rankByComparison() says of no values
    return rankOf;
}

std::vector<int> IndexedFilterProxyModel::rankByComparison(const QList<QVariant> &distinct,
                                                           int *firstText) const
{
    std::vector<int> sorted(distinct.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
        return Internal::sortValueLess(distinct.at(a), distinct.at(b), m_collator,
                                       Qt::AscendingOrder);
    });
    // Values that neither sorts before the other share a rank, so that their rows keep their
    // source order, as in a stable sort.
    std::vector<int> rankOf(distinct.size());
    int rank = 0;
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0
            && Internal::sortValueLess(distinct.at(sorted[i - 1]), distinct.at(sorted[i]),
                                       m_collator, Qt::AscendingOrder))
            ++rank;
        rankOf[sorted[i]] = rank;
    }
    // Numbers sort before text, so their ranks come first; firstText is where text starts.
    *firstText = rank + 1;
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (!Internal::isNumericSortValue(distinct.at(sorted[i]))) {
            *firstText = rankOf[sorted[i]];
            break;
        }
    }
    return rankOf;
}

void IndexedFilterProxyModel::buildOrder()
{
    // Rows that tie keep their present order (that of the previous sort), so that sorting by
    // one column and then another sorts by both, as in QSortFilterProxyModel.
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (int(m_order.size()) != rows) {
        m_order.resize(rows);
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    if (m_sortColumn < 0 || m_sortColumn >= columnCount() || rows == 0)
        return;
    const std::vector<int> &r = ranks(m_sortColumn);
    // A counting sort on the ranks (stable: ties keep their present order).
    int maxRank = -1;
    for (int rank : r) {
        if (rank != kEmptyRank)
            maxRank = std::max(maxRank, rank);
    }
    if (maxRank < 0)
        return; // every cell empty: they all tie
    // Ascending: by rank, empty cells last. Descending: text, then empty cells (still after the
    // text), then numbers, that is by descending key: 2 * rank, or 2 * firstText - 1 for an
    // empty cell (between the last number and the first text).
    const int firstText = m_firstTextRank[m_sortColumn];
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const int maxKey = 2 * maxRank + 1;
    const auto bucket = [&](int row) -> int {
        const int rank = r[row];
        if (ascending)
            return rank == kEmptyRank ? maxRank + 1 : rank;
        return maxKey - (rank == kEmptyRank ? 2 * firstText - 1 : 2 * rank);
    };
    const int buckets = ascending ? maxRank + 2 : maxKey + 2;
    std::vector<int> start(size_t(buckets) + 1, 0);
    for (int row : m_order)
        ++start[bucket(row) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> order(m_order.size());
    for (int row : m_order)
        order[start[bucket(row)]++] = row;
    m_order = std::move(order);
}

void IndexedFilterProxyModel::applyFilter(const QString &previousFolded)
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_foldedWords.isEmpty()) {
        m_passes.assign(size_t(rows), char(1));
        if (hasRowFilter()) {
            for (int row = 0; row < rows; ++row)
                m_passes[row] = acceptsRow(row);
        }
    } else {
        buildSearch();
        const auto known = m_history.constFind(m_folded);
        if (known != m_history.cend() && int(known->size()) == rows) {
            m_passes = *known;
            m_passedFor = m_folded;
            m_passesValid = true;
            rebuildProxyRows();
            return;
        }
        // Typing more only drops rows (a row with every new word has every old one); deleting
        // only adds rows. Only the rows that can change are tested.
        const bool valid = m_passesValid && int(m_passes.size()) == rows
            && m_passedFor == previousFolded;
        const bool narrowing = valid && m_folded.startsWith(previousFolded);
        const bool widening = valid && !narrowing && previousFolded.startsWith(m_folded);
        if (!narrowing && !widening)
            m_passes.assign(size_t(rows), char(1));
        for (int row = 0; row < rows; ++row) {
            if (widening ? m_passes[row] : (!m_passes[row] && narrowing))
                continue;
            m_passes[row] = Internal::containsEveryWord(m_search.at(row), m_utf8Words)
                && (!hasRowFilter() || acceptsRow(row));
        }
        if (m_history.size() >= 64)
            m_history.clear();
        m_history.insert(m_folded, m_passes);
    }
    m_passedFor = m_folded;
    m_passesValid = true;
    rebuildProxyRows();
}

void IndexedFilterProxyModel::rebuildProxyRows()
{
    const size_t rows = m_order.size();
    m_rows.clear();
    m_rows.reserve(rows);
    m_proxyRow.assign(rows, -1);
    const bool all = (m_foldedWords.isEmpty() && !hasRowFilter()) || m_passes.size() != rows;
    for (int row : m_order) {
        if (all || m_passes[row]) {
            m_proxyRow[row] = int(m_rows.size());
            m_rows.push_back(row);
        }
    }
}

} // namespace pp
