#include "models/itemmodels/eosltablemodel.h"

#include "models/itemmodels/backgroundreads.h"
#include "models/itemmodels/filterproxymodel.h"
#include "models/workerpool.h"
#include "models/workspace.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <limits>
#include <memory>

namespace pp {
namespace {

constexpr qint64 kUnknownSort = std::numeric_limits<qint64>::max();

/// Sort key of a support end: ended first, then dates, then not announced, then unknown.
qint64 sortKey(const SupportEnd &e)
{
    switch (e.state) {
    case SupportState::Ended: return std::numeric_limits<qint64>::min();
    case SupportState::Date: return e.date.toJulianDay();
    case SupportState::NotAnnounced: return kUnknownSort - 1;
    case SupportState::Unknown: return kUnknownSort;
    }
    return kUnknownSort;
}

/// A date as a QDate, else the state's key ("ended", "not_announced", "unknown").
QVariant supportRaw(const SupportEnd &e)
{
    return e.state == SupportState::Date ? QVariant(e.date) : QVariant(toKey(e.state));
}

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

EoslTableModel::EoslTableModel(Workspace *workspace, QObject *parent)
    : RecordTableModel(parent)
    , m_workspace(workspace)
    , m_loader(new BackgroundLoader(this))
    , m_today(QDate::currentDate())
{
    connect(m_loader, &BackgroundLoader::loadingChanged, this, &EoslTableModel::loadingChanged);
    connect(workspace, &Workspace::databaseChanged, this, [this]() {
        m_loader->cancel();
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
    connect(workspace, &Workspace::lifecycleChanged, this, &EoslTableModel::reload);
    reload();
}

int EoslTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EoslTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EoslTableModel::setToday(QDate today)
{
    m_today = today;
    m_todayPinned = true;
    reload();
}

int EoslTableModel::rowOf(qint64 componentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == componentId)
            return row;
    }
    return -1;
}

void EoslTableModel::reload()
{
    if (!m_todayPinned)
        m_today = QDate::currentDate();
    switch (m_loader->gate(m_workspace)) {
    case BackgroundLoader::Gate::Deferred:
        return;
    case BackgroundLoader::Gate::Closed:
        m_systemChoices.clear();
        m_ownerChoices.clear();
        setEntries({});
        emit choicesChanged();
        return;
    case BackgroundLoader::Gate::Read:
        break;
    }
    // The rows and their search texts are made on the worker: 100,000 components are a
    // stall on the GUI thread.
    const auto read = BackgroundReads::eoslItems(m_today);
    m_loader->load<Loaded>(
        m_workspace,
        [read](Database &db) -> Result<Loaded> {
            auto data = read(db);
            if (!data)
                return data.error();
            Loaded loaded{data->horizons, {}, {}, {}};
            loaded.rows.reserve(data->items.size());
            QHash<QString, qint64> systems;
            QSet<QString> owners;
            for (EoslItem &item : data->items) {
                systems.insert(item.row.systemCode, item.row.component.systemId);
                if (!item.row.ownerTeam.isEmpty())
                    owners.insert(item.row.ownerTeam);
                loaded.rows.append(entryOf(std::move(item), data->horizons));
            }
            for (auto it = systems.cbegin(); it != systems.cend(); ++it)
                loaded.systems.append({it.key(), it.value()});
            std::sort(loaded.systems.begin(), loaded.systems.end());
            loaded.owners = QStringList(owners.cbegin(), owners.cend());
            loaded.owners.sort(Qt::CaseInsensitive);
            return loaded;
        },
        [this](Result<Loaded> loaded) {
            if (!loaded) {
                emit loadFailed(loaded.error().message);
                return;
            }
            m_horizons = loaded->horizons;
            m_systemChoices = std::move(loaded->systems);
            m_ownerChoices = std::move(loaded->owners);
            setEntries(std::move(loaded->rows));
            emit choicesChanged();
        });
}

bool EoslTableModel::isLoading() const
{
    return m_loader->isLoading();
}

void EoslTableModel::setActive(bool active)
{
    if (m_loader->setActive(active))
        reload();
}

EoslTableModel::Entry EoslTableModel::entryOf(EoslItem item, const LifecycleHorizons &horizons)
{
    QByteArray search = searchTextOf(item, horizons);
    const qint64 id = item.row.component.id;
    return Entry{id, std::move(item), std::move(search)};
}

QByteArray EoslTableModel::searchTextOf(const EoslItem &item, const LifecycleHorizons &horizons)
{
    QStringList cells;
    cells.reserve(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column)
        cells << displayText(item, column, horizons);
    return Internal::searchTextOf(cells).toUtf8();
}

void EoslTableModel::setEntries(QList<Entry> fresh)
{
    syncRows(m_rows, fresh, [](const Entry &a, const Entry &b) {
        const LifecycleRow &x = a.item.row;
        const LifecycleRow &y = b.item.row;
        return x.component.rowVersion == y.component.rowVersion
            && x.component.sameContent(y.component) && x.systemCode == y.systemCode
            && x.ownerTeam == y.ownerTeam && x.lifecycle == y.lifecycle
            && x.decision == y.decision && a.item.assessment.status == b.item.assessment.status
            && a.item.assessment.daysLeft == b.item.assessment.daysLeft
            && a.item.needsDecision == b.item.needsDecision && a.search == b.search;
    });
    // The rows read and not taken (most of them, on a reload): freed on a worker, as freeing
    // 100,000 items is a GUI stall of its own.
    if (fresh.size() > 1000) {
        auto unused = std::make_shared<QList<Entry>>(std::move(fresh));
        workerPool()->start([unused]() { unused->clear(); });
    }
}

QColor EoslTableModel::statusColor(EoslStatus s)
{
    switch (s) {
    case EoslStatus::Past: return QColor(0xc6, 0x28, 0x28);      // red
    case EoslStatus::Within30: return QColor(0xe6, 0x51, 0x00);  // deep orange
    case EoslStatus::Within90: return QColor(0xef, 0x6c, 0x00);  // orange
    case EoslStatus::Within180: return QColor(0xb2, 0x8a, 0x00); // dark amber
    case EoslStatus::Within365: return QColor(0x82, 0x77, 0x17); // olive
    case EoslStatus::Supported: return QColor(0x2e, 0x7d, 0x32); // green
    case EoslStatus::Unknown: return QColor(0x61, 0x61, 0x61);   // grey
    }
    return {};
}

QString EoslTableModel::supportEndText(const SupportEnd &e)
{
    switch (e.state) {
    case SupportState::Date: return dateText(e.date);
    case SupportState::Ended: return tr("ended");
    case SupportState::NotAnnounced: return tr("not announced");
    case SupportState::Unknown: return tr("unknown");
    }
    return {};
}

QVariant EoslTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EoslItem &item = m_rows.at(index.row()).item;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(item, column);
    case SearchTextRole: {
        const Entry &entry = m_rows.at(index.row());
        if (entry.search.isNull())
            entry.search = searchTextOf(entry.item, m_horizons);
        return entry.search;
    }
    case Qt::ForegroundRole:
        if (column == StatusColumn || column == DaysLeftColumn)
            return statusColor(item.assessment.status);
        if (column == DecisionColumn && item.needsDecision)
            return statusColor(EoslStatus::Past);
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusColor(item.assessment.status);
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == DecisionColumn && !item.row.decision.note.isEmpty())
            return item.row.decision.note;
        return {};
    case IdRole:
        return item.row.component.id;
    case SystemIdRole:
        return item.row.component.systemId;
    case RowVersionRole:
        return item.row.component.rowVersion;
    case RawValueRole:
        return rawValue(item, column);
    case SortRole:
        return sortValue(item, column);
    case StatusRole:
        return int(item.assessment.status);
    case NeedsDecisionRole:
        return item.needsDecision;
    case OwnerRole:
        return item.row.ownerTeam;
    case KindRole:
        return int(item.row.component.kind);
    default:
        return {};
    }
}

QVariant EoslTableModel::displayValue(const EoslItem &item, int column) const
{
    return displayText(item, column, m_horizons);
}

QString EoslTableModel::displayText(const EoslItem &item, int column,
                                    const LifecycleHorizons &horizons)
{
    const LifecycleRow &r = item.row;
    const ComponentLifecycle &l = r.lifecycle;
    switch (column) {
    case SystemColumn: return r.systemCode;
    case KindColumn: return displayName(r.component.kind);
    case ProductColumn: return r.component.product;
    case VersionColumn: return r.component.version;
    case EolProductColumn: return l.tie.eolProduct;
    case EolCycleColumn: return l.tie.cycle;
    case ReleaseColumn:
        return l.releaseDate.value.isValid() ? dateText(l.releaseDate.value) : QString();
    case ActiveSupportColumn: return supportEndText(l.activeSupport.value);
    case EoslColumn: return supportEndText(l.securitySupport.value);
    case ExtendedSupportColumn:
        return l.extendedContract
            ? tr("%1 (contract)").arg(supportEndText(l.extendedSupport.value))
            : supportEndText(l.extendedSupport.value);
    case StatusColumn: return displayName(item.assessment.status, horizons);
    case DaysLeftColumn:
        return item.assessment.daysLeft ? QLocale().toString(*item.assessment.daysLeft)
                                        : QString();
    case DecisionColumn:
        if (item.needsDecision)
            return tr("Needed");
        return r.decision.decision == UpgradeDecisionKind::None
            ? QString()
            : displayName(r.decision.decision);
    }
    return {};
}

QVariant EoslTableModel::rawValue(const EoslItem &item, int column) const
{
    const ComponentLifecycle &l = item.row.lifecycle;
    switch (column) {
    case KindColumn: return toKey(item.row.component.kind);
    case ReleaseColumn: return l.releaseDate.value;
    case ActiveSupportColumn: return supportRaw(l.activeSupport.value);
    case EoslColumn: return supportRaw(l.securitySupport.value);
    case ExtendedSupportColumn: return supportRaw(l.extendedSupport.value);
    case StatusColumn: return toKey(item.assessment.status);
    case DaysLeftColumn:
        return item.assessment.daysLeft ? QVariant(*item.assessment.daysLeft) : QVariant();
    case DecisionColumn: return toKey(item.row.decision.decision);
    default: return displayValue(item, column);
    }
}

QVariant EoslTableModel::sortValue(const EoslItem &item, int column) const
{
    const ComponentLifecycle &l = item.row.lifecycle;
    switch (column) {
    case ReleaseColumn:
        return l.releaseDate.value.isValid() ? l.releaseDate.value.toJulianDay() : kUnknownSort;
    case ActiveSupportColumn: return sortKey(l.activeSupport.value);
    case EoslColumn: return sortKey(l.securitySupport.value);
    case ExtendedSupportColumn: return sortKey(l.extendedSupport.value);
    case StatusColumn: return int(item.assessment.status);
    case DaysLeftColumn:
        return item.assessment.daysLeft ? qint64(*item.assessment.daysLeft)
                                        : sortKey(l.securitySupport.value);
    case KindColumn: return int(item.row.component.kind);
    case DecisionColumn: return item.needsDecision ? -1 : int(item.row.decision.decision);
    default: return displayValue(item, column);
    }
}

QVariant EoslTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "system_code", "component_kind", "product", "version", "eol_product", "eol_cycle",
        "release_date", "support_end", "eosl", "extended_support_end", "status", "days_left",
        "decision"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SystemColumn: return tr("System");
    case KindColumn: return tr("Kind");
    case ProductColumn: return tr("Product");
    case VersionColumn: return tr("Version");
    case EolProductColumn: return tr("endoflife.date product");
    case EolCycleColumn: return tr("Cycle");
    case ReleaseColumn: return tr("Released");
    case ActiveSupportColumn: return tr("Active support until");
    case EoslColumn: return tr("EOSL");
    case ExtendedSupportColumn: return tr("Extended support until");
    case StatusColumn: return tr("Status");
    case DaysLeftColumn: return tr("Days left");
    case DecisionColumn: return tr("Decision");
    }
    return {};
}

} // namespace pp
