#include "models/io/reports.h"

#include "models/storage/inventoryrepository.h"

namespace pp {

Result<ReportTable> inventoryReport(Database &db)
{
    auto rows = InventoryRepository(db).rows();
    if (!rows)
        return rows.error();
    ReportTable t;
    t.keys = QStringList{QStringLiteral("system_code"), QStringLiteral("system_name"),
                         QStringLiteral("component_kind"), QStringLiteral("vendor"),
                         QStringLiteral("product"), QStringLiteral("version"),
                         QStringLiteral("cpe"), QStringLiteral("environment"),
                         QStringLiteral("exposure"), QStringLiteral("criticality"),
                         QStringLiteral("lifecycle_state")};
    t.rows.reserve(rows->size());
    for (const InventoryRow &r : *rows) {
        const System &s = r.system;
        QVariantList row{s.code, s.name};
        if (r.component) {
            const Component &c = *r.component;
            row << toKey(c.kind) << c.vendor << c.product << c.version << c.cpe;
        } else {
            row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant();
        }
        row << toKey(s.environment) << toKey(s.exposure) << s.criticality
            << toKey(s.lifecycleState);
        t.rows << row;
    }
    return t;
}

} // namespace pp
