#include "models/itemmodels/vulntablemodel.h"

#include "models/workspace.h"
#include "models/storage/vulnerabilityrepository.h"

#include <QColor>
#include <QLocale>

#include <limits>

namespace pp {
namespace {

constexpr qint64 kNoDateSort = std::numeric_limits<qint64>::max();

/// Dates sort by day; a missing date sorts after every real one in ascending order (the
/// vulnerabilities with no due date are the least urgent).
qint64 dateSort(QDate d)
{
    return d.isValid() ? d.toJulianDay() : kNoDateSort;
}

} // namespace

VulnTableModel::VulnTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_loader(new BackgroundLoader(this))
{
    connect(m_loader, &BackgroundLoader::loadingChanged, this, &VulnTableModel::loadingChanged);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &VulnTableModel::reload);
    if (!workspace)
        return;
    connect(workspace, &Workspace::databaseChanged, this, [this]() {
        // Another database: its rows only, never the last one's while they load.
        setRows({});
        reload();
    });
    connect(workspace, &Workspace::vulnerabilitiesChanged, this, &VulnTableModel::scheduleReload);
    // Counts, due dates and the emergency flag come from the findings.
    connect(workspace, &Workspace::findingsChanged, this, &VulnTableModel::scheduleReload);
    connect(workspace, &Workspace::systemsChanged, this, &VulnTableModel::scheduleReload);
    connect(workspace, &Workspace::componentsChanged, this, &VulnTableModel::scheduleReload);
}

int VulnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VulnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void VulnTableModel::setFilter(const VulnFilter &filter)
{
    m_filter = filter;
    reload();
}

void VulnTableModel::setRows(const QList<VulnRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
    endResetModel();
}

int VulnTableModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

void VulnTableModel::scheduleReload()
{
    m_reloadTimer.start();
}

void VulnTableModel::reload()
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
    // Hundreds of thousands of vulnerabilities: read on a worker, with its own connection.
    const VulnFilter filter = m_filter;
    m_loader->load<QList<VulnRow>>(
        m_workspace,
        [filter](Database &db) { return VulnerabilityRepository(db).rows(filter); },
        [this](Result<QList<VulnRow>> rows) {
            if (!rows) {
                emit loadFailed(rows.error().message);
                return;
            }
            setRows(*rows);
        });
}

bool VulnTableModel::isLoading() const
{
    return m_loader->isLoading();
}

void VulnTableModel::setActive(bool active)
{
    if (m_loader->setActive(active))
        reload();
}

QString VulnTableModel::severityText(Severity s)
{
    return displayName(s);
}

QString VulnTableModel::cvssText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : QString();
}

QVariant VulnTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VulnRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(r, column);
    case Qt::ToolTipRole:
        // Tool tips guess rich text; wrapping the escaped title in <p> makes Qt render it as
        // the literal text (feed titles may contain markup) and wrap long ones.
        if (column == TitleColumn && !r.title.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(r.title.toHtmlEscaped());
        if (column == KevColumn && r.kev) {
            return r.kevDueDate.isValid()
                ? tr("In CISA's Known Exploited Vulnerabilities catalog; due %1")
                      .arg(r.kevDueDate.toString(Qt::ISODate))
                : tr("In CISA's Known Exploited Vulnerabilities catalog");
        }
        if (column == IdentifierColumn && !r.aliases.isEmpty())
            return tr("Also known as %1").arg(r.aliases.join(QStringLiteral(", ")));
        return {};
    case Qt::TextAlignmentRole:
        if (column == CvssColumn || column == SystemsColumn || column == OpenFindingsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == EmergencyColumn && r.emergency)
            return QColor(0xc6, 0x28, 0x28);
        if (column == KevColumn && r.kev)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case IdRole:
        return r.id;
    case RawValueRole:
        return rawValue(r, column);
    case SortRole:
        return sortValue(r, column);
    case KevRole:
        return r.kev;
    case EmergencyRole:
        return r.emergency;
    case SeverityRankRole:
        return int(r.severity);
    default:
        return {};
    }
}

QVariant VulnTableModel::displayValue(const VulnRow &r, int column) const
{
    switch (column) {
    case IdentifierColumn: return r.identifier;
    case TitleColumn: return r.title;
    case SeverityColumn: return severityText(r.severity);
    case CvssColumn: return cvssText(r.cvssScore);
    case KevColumn:
        if (!r.kev)
            return QString();
        return r.ransomware ? tr("KEV, ransomware") : tr("KEV");
    case PublishedColumn:
        return r.published.isValid() ? r.published.date().toString(Qt::ISODate) : QString();
    case SystemsColumn: return QLocale().toString(r.systems);
    case OpenFindingsColumn: return QLocale().toString(r.openFindings);
    case EarliestDueColumn:
        return r.earliestDue.isValid() ? r.earliestDue.toString(Qt::ISODate) : QString();
    case EmergencyColumn: return r.emergency ? tr("Emergency") : QString();
    }
    return {};
}

QVariant VulnTableModel::rawValue(const VulnRow &r, int column) const
{
    switch (column) {
    case SeverityColumn: return toKey(r.severity);
    case CvssColumn: return r.cvssScore ? QVariant(*r.cvssScore) : QVariant();
    case KevColumn: return r.kev;
    case PublishedColumn: return r.published;
    case SystemsColumn: return r.systems;
    case OpenFindingsColumn: return r.openFindings;
    case EarliestDueColumn: return r.earliestDue;
    case EmergencyColumn: return r.emergency;
    default: return displayValue(r, column);
    }
}

QVariant VulnTableModel::sortValue(const VulnRow &r, int column) const
{
    switch (column) {
    case SeverityColumn: return int(r.severity);
    case CvssColumn: return r.cvssScore ? *r.cvssScore : -1.0;
    case KevColumn: return r.kev ? (r.ransomware ? 2 : 1) : 0;
    case PublishedColumn:
        return r.published.isValid() ? r.published.toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::min();
    case SystemsColumn: return r.systems;
    case OpenFindingsColumn: return r.openFindings;
    case EarliestDueColumn: return dateSort(r.earliestDue);
    case EmergencyColumn: return r.emergency ? 1 : 0;
    default: return displayValue(r, column);
    }
}

QVariant VulnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "vulnerability", "title", "severity", "cvss", "kev", "published", "systems",
        "open_findings", "earliest_due", "emergency"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdentifierColumn: return tr("Identifier");
    case TitleColumn: return tr("Title");
    case SeverityColumn: return tr("Severity");
    case CvssColumn: return tr("CVSS");
    case KevColumn: return tr("KEV");
    case PublishedColumn: return tr("Published");
    case SystemsColumn: return tr("Systems");
    case OpenFindingsColumn: return tr("Open findings");
    case EarliestDueColumn: return tr("Earliest due");
    case EmergencyColumn: return tr("Emergency");
    }
    return {};
}

} // namespace pp
