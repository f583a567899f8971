#include "models/itemmodels/findingtablemodel.h"

#include "models/itemmodels/vulntablemodel.h"
#include "models/workspace.h"
#include "models/storage/findingrepository.h"

#include <QColor>
#include <QLocale>

#include <limits>

namespace pp {
namespace {

constexpr qint64 kNoDateSort = std::numeric_limits<qint64>::max();

qint64 dateSort(QDate d)
{
    return d.isValid() ? d.toJulianDay() : kNoDateSort;
}

const QColor kOverdueColor(0xc6, 0x28, 0x28);

} // namespace

FindingTableModel::FindingTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_loader(new BackgroundLoader(this))
{
    connect(m_loader, &BackgroundLoader::loadingChanged, this, &FindingTableModel::loadingChanged);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &FindingTableModel::reload);
    if (!workspace)
        return;
    connect(workspace, &Workspace::databaseChanged, this, [this]() {
        // Another database: its rows only, never the last one's while they load.
        setRows({});
        reload();
    });
    connect(workspace, &Workspace::findingsChanged, this, &FindingTableModel::scheduleReload);
    connect(workspace, &Workspace::vulnerabilitiesChanged, this,
            &FindingTableModel::scheduleReload);
    connect(workspace, &Workspace::systemsChanged, this, &FindingTableModel::scheduleReload);
    connect(workspace, &Workspace::componentsChanged, this, &FindingTableModel::scheduleReload);
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FindingTableModel::setFilter(const FindingFilter &filter)
{
    m_filter = filter;
    reload();
}

void FindingTableModel::setToday(QDate today)
{
    m_today = today;
    m_filter.today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDate FindingTableModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void FindingTableModel::setRows(const QList<FindingRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).finding.id, i);
    endResetModel();
}

int FindingTableModel::rowOf(qint64 findingId) const
{
    return m_rowOf.value(findingId, -1);
}

void FindingTableModel::scheduleReload()
{
    m_reloadTimer.start();
}

void FindingTableModel::reload()
{
    m_reloadTimer.stop();
    switch (m_loader->gate(m_workspace)) {
    case BackgroundLoader::Gate::Deferred:
        return;
    case BackgroundLoader::Gate::Closed:
        setRows({});
        return;
    case BackgroundLoader::Gate::Read:
        break;
    }
    FindingFilter filter = m_filter;
    if (!filter.today.isValid())
        filter.today = today();
    // A million findings take seconds to read: on a worker, with its own connection.
    m_loader->load<QList<FindingRow>>(
        m_workspace, [filter](Database &db) { return FindingRepository(db).rows(filter); },
        [this](Result<QList<FindingRow>> rows) {
            if (!rows) {
                emit loadFailed(rows.error().message);
                return;
            }
            setRows(*rows);
        });
}

bool FindingTableModel::isLoading() const
{
    return m_loader->isLoading();
}

void FindingTableModel::setActive(bool active)
{
    if (m_loader->setActive(active))
        reload();
}

bool FindingTableModel::isOverdue(const FindingRow &r) const
{
    return isOpen(r.finding.state) && r.finding.dueDate.isValid() && r.finding.dueDate < today();
}

QString FindingTableModel::matchText(MatchKind kind)
{
    return kind == MatchKind::Cpe ? tr("CPE") : tr("name (lower confidence)");
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(r, column);
    case Qt::ForegroundRole:
        if (column == DueColumn && isOverdue(r))
            return kOverdueColor;
        if (column == TrackColumn && r.finding.track == Track::Emergency)
            return kOverdueColor;
        return {};
    case Qt::ToolTipRole:
        // Escaped inside <p>: shown literally even when the feed's title holds markup.
        if (column == VulnerabilityColumn && !r.vulnTitle.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(r.vulnTitle.toHtmlEscaped());
        if (column == TrackColumn && !r.finding.trackReason.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(r.finding.trackReason.toHtmlEscaped());
        if (column == MatchColumn && !r.finding.matchedCriteria.isEmpty())
            return r.finding.matchKind == MatchKind::Name
                ? tr("Matched by vendor, product and version, not by CPE: check it. Criteria: %1")
                      .arg(r.finding.matchedCriteria)
                : tr("Matched criteria: %1").arg(r.finding.matchedCriteria);
        if (column == StateColumn && !r.finding.detail.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(r.finding.detail.toHtmlEscaped());
        return {};
    case Qt::TextAlignmentRole:
        if (column == CvssColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r.finding.id;
    case RowVersionRole:
        return r.finding.rowVersion;
    case SystemIdRole:
        return r.systemId;
    case RawValueRole:
        return rawValue(r, column);
    case SortRole:
        return sortValue(r, column);
    case OverdueRole:
        return isOverdue(r);
    case StateRole:
        return int(r.finding.state);
    case EmergencyRole:
        return r.finding.track == Track::Emergency;
    case VulnerabilityIdRole:
        return r.finding.vulnerabilityId;
    default:
        return {};
    }
}

QVariant FindingTableModel::displayValue(const FindingRow &r, int column) const
{
    const Finding &f = r.finding;
    switch (column) {
    case VulnerabilityColumn: return r.vulnIdentifier;
    case SystemColumn: return r.systemCode;
    case KindColumn: return displayName(r.componentKind);
    case ProductColumn:
        return r.vendor.isEmpty() ? r.product : tr("%1 %2").arg(r.vendor, r.product);
    case VersionColumn: return r.version;
    case StateColumn: return displayName(f.state);
    case JustificationColumn:
        return f.justification == Justification::None ? QString() : displayName(f.justification);
    case SeverityColumn: return VulnTableModel::severityText(r.severity);
    case CvssColumn: return VulnTableModel::cvssText(r.cvssScore);
    case KevColumn: return r.kev ? tr("KEV") : QString();
    case DueColumn:
        if (!f.dueDate.isValid())
            return QString();
        // The word, not only the red: readable without colour and in a printout.
        return isOverdue(r) ? tr("%1 (overdue)").arg(f.dueDate.toString(Qt::ISODate))
                            : f.dueDate.toString(Qt::ISODate);
    case DueRuleColumn: return f.dueDate.isValid() ? displayName(f.dueRule) : QString();
    case TrackColumn: return displayName(f.track);
    case MatchColumn: return matchText(f.matchKind);
    case DetectedColumn:
        return f.detectedAt.isValid() ? f.detectedAt.date().toString(Qt::ISODate) : QString();
    }
    return {};
}

QVariant FindingTableModel::rawValue(const FindingRow &r, int column) const
{
    const Finding &f = r.finding;
    switch (column) {
    case KindColumn: return toKey(r.componentKind);
    case StateColumn: return toKey(f.state);
    case JustificationColumn: return toKey(f.justification);
    case SeverityColumn: return toKey(r.severity);
    case CvssColumn: return r.cvssScore ? QVariant(*r.cvssScore) : QVariant();
    case KevColumn: return r.kev;
    case DueColumn: return f.dueDate;
    case DueRuleColumn: return toKey(f.dueRule);
    case TrackColumn: return toKey(f.track);
    case MatchColumn: return toKey(f.matchKind);
    case DetectedColumn: return f.detectedAt;
    default: return displayValue(r, column);
    }
}

QVariant FindingTableModel::sortValue(const FindingRow &r, int column) const
{
    const Finding &f = r.finding;
    switch (column) {
    case KindColumn: return int(r.componentKind);
    case StateColumn: return int(f.state);
    case JustificationColumn: return int(f.justification);
    case SeverityColumn: return int(r.severity);
    case CvssColumn: return r.cvssScore ? *r.cvssScore : -1.0;
    case KevColumn: return r.kev ? 1 : 0;
    case DueColumn: return dateSort(f.dueDate);
    case DueRuleColumn: return int(f.dueRule);
    case TrackColumn: return int(f.track);
    case MatchColumn: return int(f.matchKind);
    case DetectedColumn:
        return f.detectedAt.isValid() ? f.detectedAt.toMSecsSinceEpoch()
                                      : std::numeric_limits<qint64>::min();
    default: return displayValue(r, column);
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "vulnerability", "system_code", "component_kind", "product", "version", "state",
        "justification", "severity", "cvss", "kev", "due_date", "due_rule", "track", "match",
        "detected_at"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VulnerabilityColumn: return tr("Vulnerability");
    case SystemColumn: return tr("System");
    case KindColumn: return tr("Kind");
    case ProductColumn: return tr("Product");
    case VersionColumn: return tr("Version");
    case StateColumn: return tr("State");
    case JustificationColumn: return tr("Justification");
    case SeverityColumn: return tr("Severity");
    case CvssColumn: return tr("CVSS");
    case KevColumn: return tr("KEV");
    case DueColumn: return tr("Due");
    case DueRuleColumn: return tr("Due rule");
    case TrackColumn: return tr("Track");
    case MatchColumn: return tr("Match");
    case DetectedColumn: return tr("Detected");
    }
    return {};
}

} // namespace pp
