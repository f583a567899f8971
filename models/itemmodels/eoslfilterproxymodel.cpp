#include "models/itemmodels/eoslfilterproxymodel.h"

#include "models/itemmodels/eosltablemodel.h"

namespace pp {

EoslFilterProxyModel::EoslFilterProxyModel(QObject *parent)
    : FilterProxyModel(parent)
{
}

void EoslFilterProxyModel::refilter()
{
    invalidateFilter();
    emit filtersChanged();
}

void EoslFilterProxyModel::setStatusFilter(const StatusFilter &f)
{
    if (f == m_status)
        return;
    m_status = f;
    refilter();
}

void EoslFilterProxyModel::setSystemFilter(qint64 systemId)
{
    if (systemId == m_systemId)
        return;
    m_systemId = systemId;
    refilter();
}

void EoslFilterProxyModel::setOwnerFilter(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilter();
}

void EoslFilterProxyModel::setKindFilter(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

bool EoslFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status.status
        && index.data(EoslTableModel::StatusRole).toInt() != int(*m_status.status))
        return false;
    if (m_status.needsDecision && !index.data(EoslTableModel::NeedsDecisionRole).toBool())
        return false;
    if (m_systemId != 0 && index.data(SystemIdRole).toLongLong() != m_systemId)
        return false;
    if (!m_owner.isEmpty() && index.data(EoslTableModel::OwnerRole).toString() != m_owner)
        return false;
    if (m_kind >= 0 && index.data(EoslTableModel::KindRole).toInt() != m_kind)
        return false;
    return FilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace pp
