// The conflicts report (issue 7, item 8).
#include "models/io/reports.h"

#include "models/plans/planservice.h"
#include "models/storage/systemrepository.h"

namespace pp {

QStringList conflictsReportKeys()
{
    return {QStringLiteral("plan_id"), QStringLiteral("system_code"), QStringLiteral("kind"),
            QStringLiteral("reason")};
}

Result<ReportTable> conflictsReport(Database &db, const QDateTime &now)
{
    auto conflicts = PlanService(db).openConflicts(now);
    if (!conflicts)
        return conflicts.error();
    auto systems = SystemRepository(db).findAll();
    if (!systems)
        return systems.error();
    QHash<qint64, QString> codes;
    for (const System &s : std::as_const(*systems))
        codes.insert(s.id, s.code);
    ReportTable t;
    t.keys = conflictsReportKeys();
    for (const PlanConflict &c : std::as_const(*conflicts)) {
        t.rows << QVariantList{c.planId,
                               c.systemId > 0 ? QVariant(codes.value(c.systemId)) : QVariant(),
                               toKey(c.kind), c.reason};
    }
    return t;
}

} // namespace pp
