// The roadmap's filters over EoslTableModel: status, system, owner team and kind, on top of the
// filter-as-you-type and sorting of IndexedFilterProxyModel (an estate's 100,000 components).
#pragma once

#include "models/itemmodels/indexedfilterproxymodel.h"
#include "models/planning/lifecyclestatus.h"
#include "models/planning/roadmaprows.h"

#include <QString>

#include <optional>

namespace pp {

/// Which rows the roadmap shows. Every filter is optional; unset ones let every row through.
class EoslFilterProxyModel : public IndexedFilterProxyModel
{
    Q_OBJECT

public:
    /// A status filter: one status, or "needs a decision" (past or within the longest horizon,
    /// without a decision).
    struct StatusFilter
    {
        std::optional<EoslStatus> status;
        bool needsDecision = false;
        bool operator==(const StatusFilter &) const = default;
    };

    explicit EoslFilterProxyModel(QObject *parent = nullptr);

    void setStatusFilter(const StatusFilter &f);
    StatusFilter statusFilter() const { return m_status; }
    /// 0 = every system.
    void setSystemFilter(qint64 systemId);
    qint64 systemFilter() const { return m_systemId; }
    /// Empty = every owner.
    void setOwnerFilter(const QString &owner);
    QString ownerFilter() const { return m_owner; }
    /// -1 = every kind, else int(ComponentKind).
    void setKindFilter(int kind);
    int kindFilter() const { return m_kind; }
    /// Every filter as one value (with the filter text), as roadmaprows.h's accepts() applies
    /// it: what the PDF export shows "as on screen".
    RoadmapFilter roadmapFilter() const;

signals:
    /// A status, system, owner or kind filter changed (the rows were re-filtered).
    void filtersChanged();

protected:
    bool acceptsRow(int sourceRow) const override;
    bool hasRowFilter() const override;

private:
    void refilter();
    RoadmapFilter m_choices; ///< roadmapFilter() without the text, as acceptsRow() applies it

    StatusFilter m_status;
    qint64 m_systemId = 0;
    QString m_owner;
    int m_kind = -1;
};

} // namespace pp
