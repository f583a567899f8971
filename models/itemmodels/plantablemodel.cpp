#include "models/itemmodels/plantablemodel.h"

#include "models/itemmodels/roles.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

namespace pp {

PlanTableModel::PlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanTableModel::setRows(const QList<PlanRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const PlanRow *PlanTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PlanTableModel::rowOf(qint64 planId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).plan.id == planId)
            return i;
    }
    return -1;
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::timeText(const QDateTime &moment, const QString &timeZone)
{
    if (!moment.isValid())
        return {};
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? moment.toTimeZone(zone) : moment.toLocalTime();
    const QLocale locale;
    return tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                           locale.toString(local.time(), QStringLiteral("HH:mm")));
}

QString PlanTableModel::windowText(const Plan &plan)
{
    if (!plan.windowStart.isValid())
        return tr("no window");
    const QTimeZone zone(plan.timeZone.toUtf8());
    const QDateTime start = zone.isValid() ? plan.windowStart.toTimeZone(zone)
                                           : plan.windowStart.toLocalTime();
    const QDateTime end = zone.isValid() ? plan.windowEnd.toTimeZone(zone)
                                         : plan.windowEnd.toLocalTime();
    const QString abbreviation = zone.isValid() ? zone.abbreviation(plan.windowStart)
                                                : plan.timeZone;
    const QLocale locale;
    const QString from = timeText(plan.windowStart, plan.timeZone);
    const QString to = end.date() == start.date()
        ? locale.toString(end.time(), QStringLiteral("HH:mm"))
        : timeText(plan.windowEnd, plan.timeZone);
    return tr("%1\u2013%2 %3").arg(from, to, abbreviation);
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    const PlanRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const Plan &p = r->plan;
    if (role == IdRole)
        return p.id;
    if (role == RowVersionRole)
        return p.rowVersion;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Type: return toKey(p.type);
        case Status: return toKey(p.status);
        case Window: return p.windowStart;
        case Systems: return r->systemCodes;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Title:
            return p.title;
        case Type:
            if (sort)
                return int(p.type);
            return p.type == PlanType::Emergency ? tr("\u26a0 %1").arg(displayName(p.type))
                                                 : displayName(p.type);
        case Status:
            return sort ? QVariant(int(p.status)) : QVariant(displayName(p.status));
        case Window:
            return sort ? QVariant(p.windowStart) : QVariant(windowText(p));
        case Systems:
            return r->systemCodes.join(QLatin1String(", "));
        case Steps:
            if (sort)
                return r->stepsTotal == 0 ? 0.0 : double(r->stepsDone) / r->stepsTotal;
            return tr("%1 of %2").arg(r->stepsDone).arg(r->stepsTotal);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Title && !p.description.isEmpty())
            return p.description;
        if (index.column() == Steps)
            return tr("Steps of the window (pre, apply and post) done, of all of them.");
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Type && p.type == PlanType::Emergency)
        return QColor(0xb0, 0x1c, 0x1c);
    if (role == Qt::FontRole && index.column() == Type && p.type == PlanType::Emergency) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "title", "type", "status", "window_start", "systems", "steps_done"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Plan");
    case Type: return tr("Type");
    case Status: return tr("Status");
    case Window: return tr("Window");
    case Systems: return tr("Systems");
    case Steps: return tr("Steps done");
    default: return {};
    }
}

PlanFilterProxyModel::PlanFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool PlanFilterProxyModel::isOpen(PlanStatus status)
{
    return status != PlanStatus::Done && status != PlanStatus::RolledBack
        && status != PlanStatus::Cancelled;
}

void PlanFilterProxyModel::setStatusFilter(StatusFilter filter, PlanStatus status)
{
    if (filter == m_statusFilter && status == m_status)
        return;
    m_statusFilter = filter;
    m_status = status;
    invalidateFilter();
}

void PlanFilterProxyModel::setType(std::optional<PlanType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void PlanFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool PlanFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const auto *model = qobject_cast<const PlanTableModel *>(sourceModel());
    const PlanRow *r = model ? model->rowAt(sourceRow) : nullptr;
    if (!r)
        return false;
    const Plan &p = r->plan;
    switch (m_statusFilter) {
    case StatusFilter::Open:
        if (!isOpen(p.status))
            return false;
        break;
    case StatusFilter::One:
        if (p.status != m_status)
            return false;
        break;
    case StatusFilter::All:
        break;
    }
    if (m_type && p.type != *m_type)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
    if (has(p.title) || has(p.author) || has(p.description))
        return true;
    for (const QString &code : r->systemCodes) {
        if (has(code))
            return true;
    }
    return false;
}

} // namespace pp
