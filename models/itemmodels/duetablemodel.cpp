#include "models/itemmodels/duetablemodel.h"

#include "models/domain/control.h"
#include "models/itemmodels/roles.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace pp {
namespace {

/// The red of overdue dates elsewhere (PatchTableModel): 7:1 against white.
QColor overdueColor()
{
    return QColor(0xb0, 0x1c, 0x1c);
}

QFont boldFont()
{
    QFont f;
    f.setBold(true);
    return f;
}

} // namespace

// --- DueTableModel ----------------------------------------------------------------------------

DueTableModel::DueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DueTableModel::setRows(const QList<DueItem> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

const DueItem *DueTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DueTableModel::rowOf(DueItem::Source source, qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).source == source && m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString DueTableModel::kindName(const DueItem &item)
{
    if (item.source == DueItem::Source::Cadence) {
        // The obligation already names the cadence; say what sort of obligation it is.
        return tr("Operational cadence");
    }
    if (const auto k = fromKey<ControlKind>(item.kind)) {
        return displayName(*k);
    }
    return item.kind;
}

QString DueTableModel::statusText(const QDate &due, const QDate &today)
{
    if (!due.isValid() || !today.isValid())
        return {};
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, int(-days));
    if (days == 0)
        return tr("Due today");
    return tr("In %n day(s)", nullptr, int(days));
}

int DueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueTableModel::data(const QModelIndex &index, int role) const
{
    const DueItem *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case RowVersionRole:
        return r->rowVersion;
    case SystemIdRole:
        return r->systemId;
    case DueSourceRole:
        return int(r->source);
    case DueDateRole:
        return r->nextDue;
    case DueOverdueRole:
        return r->overdue;
    case DueGroupRole:
        return false;
    case RawValueRole:
        switch (index.column()) {
        case Due: return r->nextDue;
        case System: return r->systemCode;
        case Obligation: return r->obligation;
        case Kind: return r->kind;
        case Status: return m_today.isValid() ? QVariant(m_today.daysTo(r->nextDue)) : QVariant();
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Due:
        case Status:
            // Real dates; an undated one (never expected) last.
            return r->nextDue.isValid() ? r->nextDue : QDate(9999, 12, 31);
        case System: return r->systemCode;
        case Obligation: return r->obligation;
        case Kind: return kindName(*r);
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due: return QLocale().toString(r->nextDue, QLocale::ShortFormat);
        case System: return r->systemCode;
        case Obligation: return r->obligation;
        case Kind: return kindName(*r);
        case Status: return statusText(r->nextDue, m_today);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Due)
            return QLocale().toString(r->nextDue, QLocale::LongFormat);
        if (index.column() == Kind)
            return r->source == DueItem::Source::Cadence
                ? tr("An operational cadence of the system")
                : tr("A periodic compensating control");
        return {};
    case Qt::ForegroundRole:
        // Overdue is also said in words (Status), not by colour alone.
        return r->overdue ? QVariant(overdueColor()) : QVariant();
    case Qt::FontRole:
        if (index.column() == Status && (r->overdue || r->nextDue == m_today))
            return boldFont();
        return {};
    default:
        return {};
    }
}

QVariant DueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "next_due", "system_code", "obligation", "kind", "days_left"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due: return tr("Due");
    case System: return tr("System");
    case Obligation: return tr("Obligation");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    default: return {};
    }
}

// --- DueFilterProxyModel ----------------------------------------------------------------------

DueFilterProxyModel::DueFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DueFilterProxyModel::setSystemId(qint64 id)
{
    if (m_systemId == id)
        return;
    m_systemId = id;
    invalidateFilter();
}

void DueFilterProxyModel::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

bool DueFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_systemId != 0 && m->data(first, SystemIdRole).toLongLong() != m_systemId)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {DueTableModel::System, DueTableModel::Obligation, DueTableModel::Kind}) {
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text,
                                                                           Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// --- DueGroupModel ----------------------------------------------------------------------------

DueGroupModel::DueGroupModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void DueGroupModel::setSourceModel(QAbstractItemModel *source)
{
    beginRebuild();
    if (sourceModel())
        sourceModel()->disconnect(this);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // Any change of the source regroups: begin before the source changes (the stored rows
        // would point at moved rows in between), end after.
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                &DueGroupModel::beginRebuild);
        connect(source, &QAbstractItemModel::modelReset, this, &DueGroupModel::endRebuild);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &DueGroupModel::beginRebuild);
        connect(source, &QAbstractItemModel::layoutChanged, this, &DueGroupModel::endRebuild);
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &DueGroupModel::beginRebuild);
        connect(source, &QAbstractItemModel::rowsInserted, this, &DueGroupModel::endRebuild);
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &DueGroupModel::beginRebuild);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &DueGroupModel::endRebuild);
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &DueGroupModel::beginRebuild);
        connect(source, &QAbstractItemModel::rowsMoved, this, &DueGroupModel::endRebuild);
        connect(source, &QAbstractItemModel::dataChanged, this, [this]() {
            beginRebuild();
            endRebuild();
        });
    }
    endRebuild();
}

void DueGroupModel::setGrouping(Grouping grouping)
{
    if (m_grouping == grouping)
        return;
    beginRebuild();
    m_grouping = grouping;
    endRebuild();
}

void DueGroupModel::beginRebuild()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void DueGroupModel::endRebuild()
{
    rebuild();
    if (m_resetting) {
        m_resetting = false;
        endResetModel();
    }
}

QString DueGroupModel::groupKey(Grouping grouping, const QDate &due, bool overdue)
{
    if (overdue)
        return QStringLiteral("overdue");
    if (!due.isValid())
        return QStringLiteral("undated");
    if (grouping == Grouping::Month)
        return QStringLiteral("m%1-%2").arg(due.year()).arg(due.month(), 2, 10, QLatin1Char('0'));
    int weekYear = 0;
    const int week = due.weekNumber(&weekYear);
    return QStringLiteral("w%1-%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
}

QString DueGroupModel::groupTitle(Grouping grouping, const QDate &due, bool overdue)
{
    if (overdue)
        return tr("Overdue");
    if (!due.isValid())
        return tr("No due date");
    const QLocale locale;
    if (grouping == Grouping::Month)
        return locale.toString(due, tr("MMMM yyyy", "date format of a month group"));
    // ISO weeks run Monday to Sunday; a week across the year end names both years.
    const QDate monday = due.addDays(1 - due.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    const QString dayMonthYear = tr("d MMM yyyy", "date format of a week's first or last day");
    const QString from = monday.year() == sunday.year()
        ? locale.toString(monday, tr("d MMM", "date format of a week's first day, same year"))
        : locale.toString(monday, dayMonthYear);
    return tr("Week %1: %2 \u2013 %3")
        .arg(due.weekNumber())
        .arg(from, locale.toString(sunday, dayMonthYear));
}

void DueGroupModel::rebuild()
{
    m_groups.clear();
    m_fromSource.clear();
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return;
    struct Keyed
    {
        QDate start;
        Group group;
    };
    QHash<QString, int> byKey;
    QList<Keyed> groups;
    const int rows = m->rowCount();
    for (int r = 0; r < rows; ++r) {
        const QModelIndex i = m->index(r, 0);
        const QDate due = i.data(DueDateRole).toDate();
        const bool overdue = i.data(DueOverdueRole).toBool();
        const QString key = groupKey(m_grouping, due, overdue);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            Keyed k;
            // Overdue first, undated last; otherwise by the first day of the week or month.
            k.start = overdue ? QDate(1, 1, 1)
                : !due.isValid() ? QDate(9999, 12, 31)
                : m_grouping == Grouping::Month ? QDate(due.year(), due.month(), 1)
                                                : due.addDays(1 - due.dayOfWeek());
            k.group.key = key;
            k.group.title = groupTitle(m_grouping, due, overdue);
            k.group.overdue = overdue;
            it = byKey.insert(key, int(groups.size()));
            groups << k;
        }
        groups[*it].group.sourceRows << r;
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Keyed &a, const Keyed &b) { return a.start < b.start; });
    for (const Keyed &k : std::as_const(groups)) {
        const int g = int(m_groups.size());
        m_groups << k.group;
        for (int i = 0; i < k.group.sourceRows.size(); ++i)
            m_fromSource.insert(k.group.sourceRows.at(i), {g, i});
    }
}

QModelIndex DueGroupModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.internalId() == 0)
        return {};
    const int g = int(proxyIndex.internalId()) - 1;
    if (g < 0 || g >= m_groups.size() || proxyIndex.row() >= m_groups.at(g).sourceRows.size())
        return {};
    return sourceModel()->index(m_groups.at(g).sourceRows.at(proxyIndex.row()),
                                proxyIndex.column());
}

QModelIndex DueGroupModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const auto it = m_fromSource.constFind(sourceIndex.row());
    if (it == m_fromSource.cend())
        return {};
    return createIndex(it->second, sourceIndex.column(), quintptr(it->first + 1));
}

QModelIndex DueGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).sourceRows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DueGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

QModelIndex DueGroupModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column, parent(idx)) : QModelIndex();
}

int DueGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).sourceRows.size());
    return 0;
}

int DueGroupModel::columnCount(const QModelIndex &) const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

bool DueGroupModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant DueGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != 0)
        return mapToSource(index).data(role);
    if (index.row() >= m_groups.size())
        return {};
    const Group &g = m_groups.at(index.row());
    switch (role) {
    case DueGroupRole:
        return true;
    case DueGroupKeyRole:
        return g.key;
    case Qt::DisplayRole:
        if (index.column() != 0)
            return {};
        return tr("%1 (%2)").arg(g.title).arg(g.sourceRows.size());
    case Qt::AccessibleTextRole:
        if (index.column() != 0)
            return {};
        return tr("%1: %n item(s)", nullptr, int(g.sourceRows.size())).arg(g.title);
    case Qt::FontRole:
        return boldFont();
    case Qt::ForegroundRole:
        return g.overdue ? QVariant(overdueColor()) : QVariant();
    default:
        return {};
    }
}

QVariant DueGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags DueGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Headers are not selectable: the actions work on obligations.
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void DueGroupModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

} // namespace pp
