#include "models/storage/inventoryrepository.h"

#include "models/storage/database.h"

#include <QSqlQuery>

namespace pp {

Result<QList<InventoryRow>> InventoryRepository::rows() const
{
    auto q = m_db.run(QStringLiteral(
        "SELECT s.id, s.code, s.name, s.owner_team, s.criticality, s.environment, s.exposure, "
        "s.lifecycle_state, c.id, c.kind, c.vendor, c.product, c.version, c.cpe, c.eol_product, "
        "c.eol_cycle, c.instances, c.purl, c.notes "
        "FROM systems s LEFT JOIN components c ON c.system_id = s.id "
        "ORDER BY s.code, c.kind, c.product, c.version, c.id"));
    if (!q)
        return q.error();
    QList<InventoryRow> out;
    while (q->next()) {
        InventoryRow row;
        System &s = row.system;
        s.id = q->value(0).toLongLong();
        s.code = q->value(1).toString();
        s.name = q->value(2).toString();
        s.ownerTeam = q->value(3).toString();
        s.criticality = q->value(4).toInt();
        s.environment = fromKey<Environment>(q->value(5).toString()).value_or(Environment::Production);
        s.exposure = fromKey<Exposure>(q->value(6).toString()).value_or(Exposure::Internal);
        s.lifecycleState =
            fromKey<LifecycleState>(q->value(7).toString()).value_or(LifecycleState::Active);
        if (!q->value(8).isNull()) {
            Component c;
            c.id = q->value(8).toLongLong();
            c.systemId = s.id;
            c.kind = fromKey<ComponentKind>(q->value(9).toString()).value_or(ComponentKind::Application);
            c.vendor = q->value(10).toString();
            c.product = q->value(11).toString();
            c.version = q->value(12).toString();
            c.cpe = q->value(13).toString();
            c.eolProduct = q->value(14).toString();
            c.eolCycle = q->value(15).toString();
            c.instances = q->value(16).toInt();
            c.purl = q->value(17).toString();
            c.notes = q->value(18).toString();
            row.component = c;
        }
        out << row;
    }
    return out;
}

Result<InventoryStats> InventoryRepository::stats() const
{
    InventoryStats st;
    auto sys = m_db.run(QStringLiteral(
        "SELECT environment, lifecycle_state, exposure, criticality, COUNT(*) FROM systems "
        "GROUP BY environment, lifecycle_state, exposure, criticality"));
    if (!sys)
        return sys.error();
    while (sys->next()) {
        const int n = sys->value(4).toInt();
        st.systems += n;
        st.systemsByEnvironment[sys->value(0).toString()] += n;
        st.systemsByLifecycle[sys->value(1).toString()] += n;
        if (sys->value(1).toString() == toKey(LifecycleState::Frozen))
            st.frozenSystems += n;
        if (sys->value(2).toString() == toKey(Exposure::Internet))
            st.internetFacingSystems += n;
        if (sys->value(3).toInt() == 1)
            st.tier1Systems += n;
    }
    auto comp = m_db.run(QStringLiteral(
        "SELECT kind, COUNT(*), COALESCE(SUM(instances), 0) FROM components GROUP BY kind"));
    if (!comp)
        return comp.error();
    while (comp->next()) {
        const int n = comp->value(1).toInt();
        st.components += n;
        st.componentInstances += comp->value(2).toInt();
        st.componentsByKind[comp->value(0).toString()] = n;
    }
    return st;
}

} // namespace pp
