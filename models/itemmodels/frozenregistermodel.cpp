#include "models/itemmodels/frozenregistermodel.h"

#include "models/itemmodels/roles.h"

#include <QColor>
#include <QLocale>

#include <limits>

namespace pp {
namespace {

const QColor kGapText(0xb0, 0x1c, 0x1c);
const QColor kGapBackground(0xfd, 0xec, 0xe8);

/// EOSL as a number to sort by: ended on an unknown date first, then dates, then "no end
/// announced", then unknown (the roadmap's order).
qint64 eoslSortKey(const SupportEnd &eosl)
{
    switch (eosl.state) {
    case SupportState::Ended: return std::numeric_limits<qint64>::min() / 2;
    case SupportState::Date: return eosl.date.toJulianDay();
    case SupportState::NotAnnounced: return std::numeric_limits<qint64>::max() / 2 - 1;
    case SupportState::Unknown: break;
    }
    return std::numeric_limits<qint64>::max() / 2;
}

} // namespace

FrozenRegisterModel::FrozenRegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FrozenRegisterModel::setRows(const QList<FrozenRegisterRow> &rows, const QDate &today,
                                  const LifecycleHorizons &horizons)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    m_horizons = horizons;
    endResetModel();
}

const FrozenRegisterRow *FrozenRegisterModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FrozenRegisterModel::rowOf(qint64 componentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).eosl.row.component.id == componentId)
            return i;
    }
    return -1;
}

int FrozenRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FrozenRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FrozenRegisterModel::eoslText(const SupportEnd &eosl)
{
    switch (eosl.state) {
    case SupportState::Date: return QLocale().toString(eosl.date, QLocale::ShortFormat);
    case SupportState::Ended: return tr("ended");
    case SupportState::NotAnnounced: return tr("not announced");
    case SupportState::Unknown: break;
    }
    return tr("unknown");
}

QString FrozenRegisterModel::reasonText(const FrozenRegisterRow &row)
{
    if (!row.reason.trimmed().isEmpty())
        return row.reason.trimmed();
    if (row.componentFrozen)
        return tr("Upgrade decision: frozen");
    if (row.systemFrozen)
        return tr("The system is frozen");
    return {};
}

QVariant FrozenRegisterModel::data(const QModelIndex &index, int role) const
{
    const FrozenRegisterRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const Component &c = r->eosl.row.component;
    const SupportEnd &eosl = r->eosl.row.lifecycle.securitySupport.value;
    if (role == IdRole)
        return c.id;
    if (role == SystemIdRole)
        return c.systemId;
    if (role == RawValueRole) {
        // Typed values for an exported list; the other columns export their text.
        switch (index.column()) {
        case KindColumn: return toKey(c.kind);
        case EoslColumn:
            return eosl.state == SupportState::Date ? QVariant(eosl.date)
                                                    : QVariant(toKey(eosl.state));
        case StatusColumn: return toKey(r->eosl.assessment.status);
        case NextDueColumn: return r->nextDue.isValid() ? QVariant(r->nextDue) : QVariant();
        case GapsColumn: {
            QStringList kinds;
            for (const Gap &g : r->gaps) {
                if (!kinds.contains(toKey(g.kind)))
                    kinds << toKey(g.kind);
            }
            return kinds;
        }
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case SystemColumn: return r->eosl.row.systemCode;
        case KindColumn: return sort ? QVariant(int(c.kind)) : QVariant(displayName(c.kind));
        case ProductColumn:
            // "Red Hat Enterprise Linux", not "Red Hat Red Hat Enterprise Linux".
            return c.vendor.isEmpty() || c.product.startsWith(c.vendor, Qt::CaseInsensitive)
                ? c.product
                : tr("%1 %2").arg(c.vendor, c.product);
        case VersionColumn: return c.version;
        case EoslColumn: return sort ? QVariant(eoslSortKey(eosl)) : QVariant(eoslText(eosl));
        case StatusColumn:
            return sort ? QVariant(int(r->eosl.assessment.status))
                        : QVariant(displayName(r->eosl.assessment.status, m_horizons));
        case ReasonColumn: return reasonText(*r);
        case AcceptedColumn: return int(r->acceptedFindings.size());
        case ControlsColumn: return int(r->controls.size());
        case NextDueColumn: {
            if (sort)
                return r->nextDue.isValid() ? r->nextDue : QDate(9999, 12, 31);
            if (!r->nextDue.isValid())
                return tr("none");
            const QString date = QLocale().toString(r->nextDue, QLocale::ShortFormat);
            // Overdue is said in words, not by colour alone.
            return isOverdue(r->nextDue, m_today) ? tr("%1 (overdue)").arg(date) : date;
        }
        case GapsColumn:
            if (sort)
                return int(r->gaps.size());
            return r->gaps.isEmpty() ? tr("none") : tr("%n gap(s)", nullptr, int(r->gaps.size()));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case GapsColumn: {
            if (r->gaps.isEmpty())
                return tr("No gaps: the compensating controls are in place and current.");
            QStringList lines;
            for (const Gap &g : r->gaps)
                lines << tr("• %1").arg(g.message);
            return lines.join(QLatin1Char('\n'));
        }
        case ReasonColumn: return reasonText(*r);
        case AcceptedColumn: {
            QStringList lines;
            for (const AcceptedFindingRef &f : r->acceptedFindings)
                lines << tr("%1 — %2").arg(f.vulnerability, f.title);
            return lines.join(QLatin1Char('\n'));
        }
        case SystemColumn: return r->eosl.row.systemName;
        default: return {};
        }
    }
    if (role == Qt::BackgroundRole && !r->gaps.isEmpty())
        return kGapBackground;
    if (role == Qt::ForegroundRole) {
        if (!r->gaps.isEmpty() && index.column() == GapsColumn)
            return kGapText;
        if (index.column() == NextDueColumn && isOverdue(r->nextDue, m_today))
            return kGapText;
        if (index.column() == StatusColumn && r->eosl.assessment.status == EoslStatus::Past)
            return kGapText;
        // Tinted rows keep dark text in a dark theme too.
        if (!r->gaps.isEmpty())
            return QColor(Qt::black);
        return {};
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == AcceptedColumn || index.column() == ControlsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FrozenRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The stable keys of an exported list (io/tableexport.h): not translated.
    static const char *const keys[ColumnCount] = {
        "system_code", "component_kind", "product", "version", "eosl", "status", "reason",
        "accepted_findings", "control_count", "next_due", "gaps"};
    if (orientation == Qt::Horizontal && role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QVariant(QLatin1String(keys[section]))
                                                     : QVariant();
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EoslColumn: return tr("End of security support: the last supported day");
        case AcceptedColumn: return tr("Findings whose risk is accepted");
        case ControlsColumn:
            return tr("Compensating controls on the component, its findings or its system");
        case NextDueColumn: return tr("The earliest next check of its periodic controls");
        case GapsColumn: return tr("What the frozen-system rules find missing");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SystemColumn: return tr("System");
    case KindColumn: return tr("Kind");
    case ProductColumn: return tr("Product");
    case VersionColumn: return tr("Version");
    case EoslColumn: return tr("EOSL");
    case StatusColumn: return tr("Status");
    case ReasonColumn: return tr("Reason");
    case AcceptedColumn: return tr("Accepted");
    case ControlsColumn: return tr("Controls");
    case NextDueColumn: return tr("Next due");
    case GapsColumn: return tr("Gaps");
    default: return {};
    }
}

FrozenRegisterProxyModel::FrozenRegisterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FrozenRegisterProxyModel::setSystemId(qint64 id)
{
    m_systemId = id;
    invalidateFilter();
}

void FrozenRegisterProxyModel::setGapsOnly(bool on)
{
    m_gapsOnly = on;
    invalidateFilter();
}

void FrozenRegisterProxyModel::setText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FrozenRegisterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const FrozenRegisterModel *>(sourceModel());
    const FrozenRegisterRow *r = model ? model->rowAt(sourceRow) : nullptr;
    if (!r)
        return false;
    const Component &c = r->eosl.row.component;
    if (m_systemId != 0 && c.systemId != m_systemId)
        return false;
    if (m_gapsOnly && r->gaps.isEmpty())
        return false;
    if (m_words.isEmpty())
        return true;
    QStringList haystack{r->eosl.row.systemCode, r->eosl.row.systemName, c.vendor, c.product,
                         c.version, FrozenRegisterModel::reasonText(*r)};
    for (const Gap &g : r->gaps)
        haystack << g.message;
    for (const AcceptedFindingRef &f : r->acceptedFindings)
        haystack << f.vulnerability;
    const QString text = haystack.join(QLatin1Char('\n'));
    for (const QString &w : m_words) {
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace pp
