#include "models/itemmodels/patchtablemodel.h"

#include "models/itemmodels/roles.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace pp {

PatchTableModel::PatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PatchTableModel::setRows(const QList<PatchRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const PatchRow *PatchTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PatchTableModel::rowOf(qint64 patchId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).patch.id == patchId)
            return i;
    }
    return -1;
}

int PatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatchTableModel::durationText(int minutes)
{
    if (minutes < 60)
        return tr("%n min", nullptr, minutes);
    if (minutes % 60 == 0)
        return tr("%n h", nullptr, minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QVariant PatchTableModel::data(const QModelIndex &index, int role) const
{
    const PatchRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const Patch &p = r->patch;
    if (role == IdRole)
        return p.id;
    if (role == RowVersionRole)
        return p.rowVersion;
    if (role == SystemIdRole)
        return r->systemId;
    if (role == RawValueRole) {
        // Typed values for an exported list; the other columns export their text.
        switch (index.column()) {
        case System: return r->systemCode.isEmpty() ? QVariant() : QVariant(r->systemCode);
        case Kind: return toKey(p.kind);
        case Resolves: return r->resolves;
        case Due: return r->dueDate.isValid() ? QVariant(r->dueDate) : QVariant();
        case TrackColumn: return toKey(r->track);
        case Reboot: return p.needsReboot;
        case Duration: return p.expectedMinutes;
        case Rollback: return p.canRollback;
        default: return {};
        }
    }
    const QLocale locale;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case System:
            // A vendor patch without a component is for every matching component.
            return r->systemCode.isEmpty() ? (sort ? QString() : tr("(several)")) : r->systemCode;
        case Kind:
            return displayName(p.kind);
        case Product:
            return r->product.isEmpty() ? p.product : r->product;
        case Version:
            return r->version;
        case Title: {
            QStringList ids;
            if (!p.advisoryId.isEmpty())
                ids << p.advisoryId;
            if (!p.kb.isEmpty())
                ids << p.kb;
            return ids.isEmpty() ? p.title
                                 : tr("%1 (%2)").arg(p.title, ids.join(QLatin1String(", ")));
        }
        case Target:
            return p.targetVersion;
        case Resolves:
            if (sort)
                return int(r->resolves.size());
            if (r->resolves.isEmpty())
                return tr("none");
            // The full list is in the tooltip; the cell stays narrow.
            return r->resolves.size() == 1
                ? r->resolves.first()
                : tr("%1 and %n more", nullptr, int(r->resolves.size()) - 1)
                      .arg(r->resolves.first());
        case Due:
            if (sort)
                return r->dueDate.isValid() ? r->dueDate : QDate(9999, 12, 31);
            if (!r->dueDate.isValid())
                return tr("no due date");
            // Overdue is said in words, not by colour alone.
            return r->overdue ? tr("%1 (overdue)").arg(locale.toString(r->dueDate,
                                                                        QLocale::ShortFormat))
                              : locale.toString(r->dueDate, QLocale::ShortFormat);
        case TrackColumn:
            if (sort)
                return r->track == Track::Emergency ? 0 : 1;
            return r->track == Track::Emergency ? tr("\u26a0 Emergency") : displayName(r->track);
        case Reboot:
            if (sort)
                return p.needsReboot;
            return p.needsReboot ? tr("Reboot") : tr("No reboot");
        case Duration:
            return sort ? QVariant(p.expectedMinutes) : QVariant(durationText(p.expectedMinutes));
        case Rollback:
            if (sort)
                return p.canRollback;
            return p.canRollback ? tr("Yes") : tr("No");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Resolves && !r->resolves.isEmpty())
            return tr("Resolves %n finding(s):\n", nullptr, int(r->resolves.size()))
                + r->resolves.join(QLatin1Char('\n'));
        if (index.column() == Title && !p.notes.isEmpty())
            return p.notes;
        if (index.column() == Due && r->overdue)
            return tr("The earliest due date of the findings it resolves has passed.");
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if ((index.column() == Due && r->overdue)
            || (index.column() == TrackColumn && r->track == Track::Emergency))
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    }
    if (role == Qt::FontRole && index.column() == TrackColumn && r->track == Track::Emergency) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant PatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "system_code", "kind", "product", "version", "patch", "target_version", "resolves",
        "due_date", "track", "reboot", "expected_minutes", "can_rollback"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case System: return tr("System");
    case Kind: return tr("Kind");
    case Product: return tr("Product");
    case Version: return tr("Current version");
    case Title: return tr("Patch");
    case Target: return tr("Target version");
    case Resolves: return tr("Resolves");
    case Due: return tr("Due");
    case TrackColumn: return tr("Track");
    case Reboot: return tr("Reboot");
    case Duration: return tr("Expected duration");
    case Rollback: return tr("Can roll back");
    default: return {};
    }
}

PatchFilterProxyModel::PatchFilterProxyModel(QObject *parent)
    : IndexedFilterProxyModel(parent)
{
    setTextSearchEnabled(false); // setText() is this list's own search (acceptsRow())
}

void PatchFilterProxyModel::setSystemId(qint64 id)
{
    if (id == m_systemId)
        return;
    m_systemId = id;
    invalidateRowFilter();
}

void PatchFilterProxyModel::setTrack(std::optional<Track> track)
{
    if (track == m_track)
        return;
    m_track = track;
    invalidateRowFilter();
}

void PatchFilterProxyModel::setOverdueOnly(bool on)
{
    if (on == m_overdueOnly)
        return;
    m_overdueOnly = on;
    invalidateRowFilter();
}

void PatchFilterProxyModel::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowFilter();
}

bool PatchFilterProxyModel::hasRowFilter() const
{
    return m_systemId != 0 || m_track || m_overdueOnly || !m_text.isEmpty();
}

bool PatchFilterProxyModel::acceptsRow(int sourceRow) const
{
    const auto *model = qobject_cast<const PatchTableModel *>(sourceModel());
    const PatchRow *r = model ? model->rowAt(sourceRow) : nullptr;
    if (!r)
        return false;
    if (m_systemId != 0 && r->systemId != m_systemId)
        return false;
    if (m_track && r->track != *m_track)
        return false;
    if (m_overdueOnly && !r->overdue)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
    const Patch &p = r->patch;
    if (has(r->systemCode) || has(r->product) || has(p.product) || has(p.title)
        || has(p.advisoryId) || has(p.kb) || has(p.vendor))
        return true;
    for (const QString &id : r->resolves) {
        if (has(id))
            return true;
    }
    return false;
}

} // namespace pp
