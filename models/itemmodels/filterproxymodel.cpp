#include "models/itemmodels/filterproxymodel.h"

#include "models/itemmodels/roles.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

#include <optional>
#include <string_view>

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
    // Most text is plainly not a number ("1.2.3", "nginx"): say so without parsing it. A number
    // has one decimal point at most, and begins with a digit, a sign, a point, "inf" or "nan".
    const QString s = v.toString();
    qsizetype first = 0;
    while (first < s.size() && s.at(first).isSpace())
        ++first;
    if (first < s.size() && s.at(first).isLetter()
        && !QStringLiteral("iInN").contains(s.at(first)))
        return std::nullopt;
    if (s.count(QLatin1Char('.')) > 1)
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
        } else if (ra != rb) { // equal text is equal in every language: no collator needed
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

namespace Internal {

bool sortValueLess(const QVariant &l, const QVariant &r, const QCollator &collator,
                   Qt::SortOrder order)
{
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
        return order == Qt::AscendingOrder ? rs.isEmpty() : ls.isEmpty();
    return naturalCompare(collator, ls, rs) < 0;
}

bool isNumericSortValue(const QVariant &v)
{
    return asNumber(v).has_value();
}

std::vector<int> naturalOrderRanks(const QStringList &texts, const QCollator &collator)
{
    // Each text as its runs (as naturalCompare() splits it), each run as a distinct-run id.
    std::vector<qsizetype> first(texts.size() + 1);
    std::vector<int> tokens;
    QHash<QStringView, int> runId;
    runId.reserve(1024);
    std::vector<QStringView> runs;
    std::vector<char> digits;
    for (qsizetype t = 0; t < texts.size(); ++t) {
        first[t] = qsizetype(tokens.size());
        const QString &s = texts.at(t);
        qsizetype i = 0;
        while (i < s.size()) {
            const bool digit = s.at(i).isDigit();
            qsizetype e = i;
            while (e < s.size() && s.at(e).isDigit() == digit)
                ++e;
            const QStringView run = QStringView(s).mid(i, e - i);
            auto it = runId.constFind(run);
            if (it == runId.cend()) {
                it = runId.insert(run, int(runs.size()));
                runs.push_back(run);
                digits.push_back(digit);
            }
            tokens.push_back(it.value());
            i = e;
        }
    }
    first[texts.size()] = qsizetype(tokens.size());

    // The collation rank of each distinct run (equal for runs the collator finds equal).
    const int runCount = int(runs.size());
    std::vector<int> byCollation(runCount);
    std::iota(byCollation.begin(), byCollation.end(), 0);
    std::vector<int> collated(runCount);
    const auto assign = [&](auto compare) {
        std::sort(byCollation.begin(), byCollation.end(),
                  [&](int a, int b) { return compare(a, b) < 0; });
        int rank = 0;
        for (int i = 0; i < runCount; ++i) {
            if (i > 0 && compare(byCollation[i - 1], byCollation[i]) < 0)
                ++rank;
            collated[byCollation[i]] = rank;
        }
    };
    if (collator.locale().language() == QLocale::C) {
        // QCollator's sort keys of the C locale ignore its case sensitivity: compare directly
        // (a plain string comparison there).
        assign([&](int a, int b) { return collator.compare(runs[a], runs[b]); });
    } else {
        std::vector<QCollatorSortKey> keys;
        keys.reserve(runCount);
        for (QStringView run : runs)
            keys.push_back(collator.sortKey(run.toString()));
        assign([&](int a, int b) { return keys[a].compare(keys[b]); });
    }

    // The value rank of each distinct run of digits (leading zeros stripped, longer is larger).
    std::vector<int> byValue;
    std::vector<QStringView> stripped(runCount);
    for (int r = 0; r < runCount; ++r) {
        if (!digits[r])
            continue;
        QStringView v = runs[r];
        while (v.size() > 1 && v.front() == QLatin1Char('0'))
            v = v.mid(1);
        stripped[r] = v;
        byValue.push_back(r);
    }
    const auto valueCompare = [&](int a, int b) {
        const QStringView x = stripped[a];
        const QStringView y = stripped[b];
        return x.size() != y.size() ? (x.size() < y.size() ? -1 : 1) : x.compare(y);
    };
    std::sort(byValue.begin(), byValue.end(),
              [&](int a, int b) { return valueCompare(a, b) < 0; });
    std::vector<int> value(runCount, -1);
    for (size_t i = 0, rank = 0; i < byValue.size(); ++i) {
        if (i > 0 && valueCompare(byValue[i - 1], byValue[i]) < 0)
            ++rank;
        value[byValue[i]] = int(rank);
    }

    // naturalCompare() on the runs' ranks.
    const auto compareTexts = [&](qsizetype a, qsizetype b) {
        qsizetype i = first[a];
        qsizetype j = first[b];
        const qsizetype ei = first[a + 1];
        const qsizetype ej = first[b + 1];
        for (; i < ei && j < ej; ++i, ++j) {
            const int ra = tokens[i];
            const int rb = tokens[j];
            if (ra == rb)
                continue;
            const int x = digits[ra] && digits[rb] ? value[ra] : collated[ra];
            const int y = digits[ra] && digits[rb] ? value[rb] : collated[rb];
            if (x != y)
                return x < y ? -1 : 1;
        }
        const bool moreA = i < ei;
        const bool moreB = j < ej;
        return moreA == moreB ? 0 : (moreA ? 1 : -1);
    };
    std::vector<qsizetype> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return compareTexts(a, b) < 0; });
    std::vector<int> ranks(texts.size());
    for (size_t i = 0, rank = 0; i < order.size(); ++i) {
        if (i > 0 && compareTexts(order[i - 1], order[i]) < 0)
            ++rank;
        ranks[order[i]] = int(rank);
    }
    return ranks;
}

std::optional<double> numericSortValue(const QVariant &v)
{
    return asNumber(v);
}

bool isEmptySortValue(const QVariant &v)
{
    return !asNumber(v) && v.typeId() != QMetaType::QDateTime && v.typeId() != QMetaType::QDate
        && v.toString().isEmpty();
}

bool containsEveryWord(QStringView foldedText, const QStringList &foldedWords)
{
    for (const QString &word : foldedWords) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

bool containsEveryWord(QByteArrayView foldedUtf8, const QList<QByteArray> &foldedUtf8Words)
{
    const std::string_view text(foldedUtf8.data(), size_t(foldedUtf8.size()));
    for (const QByteArray &word : foldedUtf8Words) {
        if (text.find(std::string_view(word.constData(), size_t(word.size())))
            == std::string_view::npos)
            return false;
    }
    return true;
}

QString searchTextOf(const QStringList &cells)
{
    // A typed word never holds a line break, so it cannot match across two cells.
    return cells.join(QLatin1Char('\n')).toCaseFolded();
}

} // namespace Internal

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
    m_foldedWords = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_utf8Words.clear();
    for (const QString &word : std::as_const(m_foldedWords))
        m_utf8Words << word.toUtf8();
    invalidateRowsFilter();
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const QVariant search = source->index(sourceRow, 0, sourceParent).data(SearchTextRole);
    if (search.typeId() == QMetaType::QString)
        return Internal::containsEveryWord(search.toString(), m_foldedWords);
    if (search.typeId() == QMetaType::QByteArray)
        return Internal::containsEveryWord(search.toByteArray(), m_utf8Words);
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
    return Internal::sortValueLess(l, r, m_collator, sortOrder());
}

} // namespace pp
