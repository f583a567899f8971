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

RoadmapFilter EoslFilterProxyModel::roadmapFilter() const
{
    RoadmapFilter f;
    f.status = m_status.status;
    f.needsDecision = m_status.needsDecision;
    f.systemId = m_systemId;
    f.owner = m_owner;
    f.kind = m_kind;
    f.text = filterText();
    return f;
}

bool EoslFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The choices through the shared predicate; the text through FilterProxyModel (the cells
    // as displayed), which is what roadmapSearchTexts() reproduces for the command line.
    if (const auto *model = qobject_cast<const EoslTableModel *>(sourceModel());
        model && !sourceParent.isValid() && sourceRow >= 0 && sourceRow < model->rowCount()) {
        RoadmapFilter f = roadmapFilter();
        f.text.clear();
        if (!accepts(model->itemAt(sourceRow), f))
            return false;
    }
    return FilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace pp
