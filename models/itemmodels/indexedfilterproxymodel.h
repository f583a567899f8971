// FilterProxyModel's filter and order for tables of 100,000 rows (the component list).
#pragma once

#include <QAbstractProxyModel>
#include <QCollator>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QStringList>

#include <vector>

namespace pp {

/// Filters and sorts a flat table exactly as FilterProxyModel does (every word of the filter
/// text in some column, case-insensitive; numbers, dates and natural text order; empty cells
/// last; equal rows in source order), for tables too large for QSortFilterProxyModel to stay
/// interactive: QSortFilterProxyModel re-sorts every row it shows again on each filter change,
/// compares through QCollator, and turns a filter change into one row removal or insertion per
/// run of rows (each an O(rows) update of the view's header).
///
/// Here each source row's search text is read once (SearchTextRole when the source gives it),
/// kept as case-folded UTF-8 so that a keystroke is a byte search of each row, and each sort
/// column is ranked once (its distinct values ordered by precomputed keys, numbers by value and
/// text by Internal::naturalOrderRanks(), with no collator call per comparison; each row given
/// its value's rank, the rows then put in order by a counting sort);
/// a filter change scans the rows already in order, testing only the rows that can change
/// (typing more text only drops rows, deleting only adds), and is one layout change. The
/// selection and current row survive it through the persistent indexes.
///
/// Source changes: row insertions and removals are applied at once (inserted rows that pass the
/// filter go to the end until the next sort pass, run from the event loop); changed rows are
/// re-filtered and re-sorted from the event loop too.
class IndexedFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit IndexedFilterProxyModel(QObject *parent = nullptr);
    ~IndexedFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *source) override;

    /// Sets the words to look for; empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// How long one slice of reading the rows' search texts from the event loop may take (4 ms
    /// unless set; a slice reads at least 64 rows). Tests make it tiny to see the reading
    /// interrupted by changes.
    void setSearchBuildSlice(qint64 nanoseconds) { m_searchSliceNs = nanoseconds; }

protected:
    /// Whether @p sourceRow passes a subclass's own filters, besides the text; every row unless
    /// overridden. Called only while hasRowFilter() is true.
    virtual bool acceptsRow(int sourceRow) const;
    /// Whether a subclass's own filters are set (false: acceptsRow() is never asked).
    virtual bool hasRowFilter() const { return false; }
    /// A subclass's filters changed: every row is tested again (one layout change).
    void invalidateRowFilter();
    /// Off: the filter text is not used (the subclass filters in acceptsRow()), and the rows'
    /// search texts are never read. On unless set.
    void setTextSearchEnabled(bool enabled) { m_textSearch = enabled; }

private:
    bool passes(int sourceRow) const; ///< the text and the subclass's filters
    void sourceAboutToChange();
    void sourceChanged();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void scheduleRefresh();
    void refresh();

    void beginLayoutChange(
        QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void endLayoutChange();
    QByteArray searchText(int sourceRow) const;
    QByteArray readSearchText(int sourceRow) const; ///< from the source, not m_search
    /// Reads the search texts not read yet, for at most @p budgetNs nanoseconds when it is
    /// positive (else all of them); true when every row's is read.
    bool buildSearch(qint64 budgetNs = 0);
    void scheduleSearchBuild();
    const std::vector<int> &ranks(int column);
    std::vector<int> rankDistinct(const QList<QVariant> &distinct, int *firstText) const;
    std::vector<int> rankByComparison(const QList<QVariant> &distinct, int *firstText) const;
    void buildOrder();
    void applyFilter(const QString &previousFolded);
    void rebuildProxyRows();

    QString m_text;
    QString m_folded;           ///< m_text case-folded
    QStringList m_foldedWords;  ///< the words of m_folded
    QList<QByteArray> m_utf8Words; ///< the same in UTF-8
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;

    /// The search texts (case-folded UTF-8: a keystroke is a byte search of each row), all in
    /// one block in row order, so that a keystroke reads memory in sequence rather than
    /// 100,000 blocks spread over the heap. A changed row's text is appended and the old one
    /// left until the dead bytes outweigh the live ones.
    class SearchTexts
    {
    public:
        int rows() const { return int(m_size.size()); }
        bool isEmpty() const { return m_size.empty(); }
        bool isRead(int row) const { return m_size[row] >= 0; }
        QByteArrayView at(int row) const ///< empty while the row is not read
        {
            return m_size[row] < 0
                ? QByteArrayView()
                : QByteArrayView(m_data.constData() + m_start[row], m_size[row]);
        }
        void clear();
        void reserve(int rows, qsizetype bytes);
        void append(QByteArrayView text);
        void set(int row, QByteArrayView text);
        void insert(int first, int count); ///< rows not read yet
        void remove(int first, int count);

    private:
        void compact();
        QByteArray m_data;
        std::vector<qsizetype> m_start; ///< row -> offset in m_data
        std::vector<int> m_size;        ///< row -> length; -1 = not read yet
        qsizetype m_dead = 0;           ///< bytes of m_data no row points to
    };
    SearchTexts m_search;
    std::vector<std::vector<int>> m_ranks; ///< column -> source row -> rank; empty = not built
    std::vector<int> m_firstTextRank;      ///< column -> the first rank that is not a number
    std::vector<int> m_order;          ///< every source row, in sort order
    std::vector<char> m_passes;        ///< source row -> passes the filter m_passedFor
    QString m_passedFor;               ///< the folded text m_passes was computed for
    /// m_passes of the texts filtered for since the rows last changed, so that deleting what
    /// was typed costs no test at all (a few dozen entries of one byte a row).
    QHash<QString, std::vector<char>> m_history;
    bool m_passesValid = false;
    std::vector<int> m_rows;           ///< proxy row -> source row
    std::vector<int> m_proxyRow;       ///< source row -> proxy row, -1 when filtered out

    int m_changeDepth = 0;
    QAbstractItemModel::LayoutChangeHint m_hint = QAbstractItemModel::NoLayoutChangeHint;
    QModelIndexList m_savedProxy;                ///< persistent indexes during a layout change
    QList<QPersistentModelIndex> m_savedSource;  ///< their source indexes
    bool m_refreshPending = false;
    bool m_searchBuildPending = false;
    qint64 m_searchSliceNs = 4'000'000;
    bool m_textSearch = true;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace pp
