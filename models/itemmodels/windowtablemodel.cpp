#include "models/itemmodels/windowtablemodel.h"

#include "models/itemmodels/roles.h"
#include "models/planning/recurrence.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace pp {

// --- WindowTableModel ---------------------------------------------------------------------------

WindowTableModel::WindowTableModel(QObject *parent) : QAbstractTableModel(parent) { }

bool WindowTableModel::appliesTo(const MaintenanceWindow &w, const System &s)
{
    if (w.systemId != 0)
        return w.systemId == s.id;
    return !w.groupName.isEmpty() && s.windowSchedule.trimmed() == w.groupName.trimmed();
}

void WindowTableModel::setWindows(const QList<MaintenanceWindow> &windows,
                                  const QList<System> &systems, const QDateTime &now)
{
    // A window names one system or a group that many systems follow: each system looked up by
    // id, and each group's followers counted once, not every system for every window (500
    // windows and 5,000 systems held the window, issue 9).
    QHash<qint64, const System *> byId;
    byId.reserve(systems.size());
    for (const System &s : systems)
        byId.insert(s.id, &s);
    QHash<QString, int> groupFollowers;
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(windows.size());
    for (const MaintenanceWindow &w : windows) {
        WindowRow r;
        r.window = w;
        if (w.systemId != 0) {
            const System *s = byId.value(w.systemId);
            r.appliesTo = s ? s->code : tr("System %1").arg(QString::number(w.systemId));
            r.followers = s && appliesTo(w, *s) ? 1 : 0;
        } else {
            r.appliesTo = w.groupName;
            const QString group = w.groupName.trimmed();
            auto known = groupFollowers.constFind(group);
            if (known == groupFollowers.cend()) {
                int followers = 0;
                for (const System &s : systems)
                    followers += appliesTo(w, s) ? 1 : 0;
                known = groupFollowers.insert(group, followers);
            }
            r.followers = *known;
        }
        r.rule = describeWindow(w);
        if (const auto next = nextOccurrence(w, now))
            r.next = next->start;
        m_rows << r;
    }
    endResetModel();
}

const WindowRow *WindowTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WindowTableModel::rowOf(qint64 windowId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).window.id == windowId)
            return i;
    }
    return -1;
}

int WindowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WindowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WindowTableModel::durationText(int minutes)
{
    const int h = minutes / 60;
    const int m = minutes % 60;
    if (h == 0)
        return tr("%n min", nullptr, m);
    if (m == 0)
        return tr("%n h", nullptr, h);
    return tr("%1 h %2 min").arg(h).arg(m);
}

QVariant WindowTableModel::data(const QModelIndex &index, int role) const
{
    const WindowRow *r = rowAt(index.row());
    if (!r || !index.isValid())
        return {};
    const MaintenanceWindow &w = r->window;
    if (role == IdRole)
        return w.id;
    if (role == RowVersionRole)
        return w.rowVersion;
    const QTimeZone zone(w.timeZone.toUtf8());
    const QDateTime nextLocal = r->next.isValid() && zone.isValid() ? r->next.toTimeZone(zone)
                                                                    : r->next;
    if (role == RawValueRole) {
        // Typed values for an exported list; the other columns export their text.
        switch (index.column()) {
        case AppliesTo: return r->appliesTo;
        case Next: return r->next.isValid() ? QVariant(r->next.toUTC()) : QVariant();
        case Duration: return w.durationMinutes;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return w.name;
        case AppliesTo:
            if (w.systemId != 0)
                return r->appliesTo;
            // Demo and migrated groups are named after their window: say it once.
            if (r->appliesTo == w.name)
                return tr("Group of %n system(s)", nullptr, r->followers);
            return tr("%1 (%n system(s))", nullptr, r->followers).arg(r->appliesTo);
        case Rule:
            return r->rule;
        case Duration:
            return durationText(w.durationMinutes);
        case Zone:
            return w.timeZone;
        case Next:
            return nextLocal.isValid()
                ? QLocale().toString(nextLocal, QStringLiteral("yyyy-MM-dd (ddd) HH:mm"))
                : tr("None within a year");
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Duration:
            return w.durationMinutes;
        case Next:
            return r->next.isValid() ? r->next.toSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::max();
        case AppliesTo:
            return r->appliesTo;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Rule)
            return tr("%1\nRRULE: %2").arg(r->rule, w.rrule);
        if (index.column() == AppliesTo && w.systemId == 0)
            return tr("Systems whose patch window schedule is “%1”").arg(w.groupName);
    }
    return {};
}

QVariant WindowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "name", "applies_to", "next_start", "rule", "duration_minutes", "time_zone"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case AppliesTo: return tr("Applies to");
    case Rule: return tr("Rule");
    case Duration: return tr("Duration");
    case Zone: return tr("Time zone");
    case Next: return tr("Next");
    }
    return {};
}

// --- BlackoutTableModel -------------------------------------------------------------------------

BlackoutTableModel::BlackoutTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void BlackoutTableModel::setBlackouts(const QList<Blackout> &blackouts,
                                      const QList<System> &systems)
{
    beginResetModel();
    m_rows = blackouts;
    m_systemCodes.clear();
    for (const System &s : systems)
        m_systemCodes.insert(s.id, s.code);
    endResetModel();
}

const Blackout *BlackoutTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BlackoutTableModel::rowOf(qint64 blackoutId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == blackoutId)
            return i;
    }
    return -1;
}

int BlackoutTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BlackoutTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlackoutTableModel::data(const QModelIndex &index, int role) const
{
    const Blackout *b = rowAt(index.row());
    if (!b || !index.isValid())
        return {};
    if (role == IdRole)
        return b->id;
    if (role == RowVersionRole)
        return b->rowVersion;
    if (role == SystemIdRole)
        return b->systemId;
    if (role == RawValueRole) {
        // Typed values for an exported list; every system is no system code (JSON null).
        switch (index.column()) {
        case SystemColumn:
            return b->systemId == 0 ? QVariant() : data(index, Qt::DisplayRole);
        case First: return b->startsOn;
        case Last: return b->endsOn;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name:
            return b->name;
        case SystemColumn:
            if (b->systemId == 0)
                return tr("All systems");
            return m_systemCodes.value(b->systemId, tr("System %1").arg(b->systemId));
        case First:
            return role == SortRole ? QVariant(b->startsOn)
                                    : QVariant(b->startsOn.toString(Qt::ISODate));
        case Last:
            return role == SortRole ? QVariant(b->endsOn)
                                    : QVariant(b->endsOn.toString(Qt::ISODate));
        case Reason:
            return b->reason;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Reason) {
        return b->reason;
    }
    return {};
}

QVariant BlackoutTableModel::headerData(int section, Qt::Orientation orientation,
                                        int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "name", "system_code", "starts_on", "ends_on", "reason"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case SystemColumn: return tr("System");
    case First: return tr("First day");
    case Last: return tr("Last day");
    case Reason: return tr("Reason");
    }
    return {};
}

// --- IdFilterProxyModel -------------------------------------------------------------------------

IdFilterProxyModel::IdFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void IdFilterProxyModel::setIds(const std::optional<QSet<qint64>> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    invalidateFilter();
}

bool IdFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_ids)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_ids->contains(index.data(IdRole).toLongLong());
}

} // namespace pp
