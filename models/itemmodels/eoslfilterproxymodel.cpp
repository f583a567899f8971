#include "models/itemmodels/eoslfilterproxymodel.h"

#include "models/itemmodels/eosltablemodel.h"

namespace pp {

EoslFilterProxyModel::EoslFilterProxyModel(QObject *parent)
    : IndexedFilterProxyModel(parent)
{
}

void EoslFilterProxyModel::refilter()
{
    m_choices = roadmapFilter();
    m_choices.text.clear();
    invalidateRowFilter();
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

bool EoslFilterProxyModel::hasRowFilter() const
{
    return !m_choices.isEmpty();
}

bool EoslFilterProxyModel::acceptsRow(int sourceRow) const
{
    // The choices through the shared predicate; the text through IndexedFilterProxyModel (the
    // cells as displayed), which is what roadmapSearchTexts() reproduces for the command line.
    const auto *model = qobject_cast<const EoslTableModel *>(sourceModel());
    return !model || sourceRow < 0 || sourceRow >= model->rowCount()
        || accepts(model->itemAt(sourceRow), m_choices);
}

} // namespace pp
