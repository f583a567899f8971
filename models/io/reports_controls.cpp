// The frozen register and due reports (issue 6, item 5).
#include "models/io/reports.h"

namespace pp {

QStringList frozenReportKeys()
{
    return {QStringLiteral("system_code"), QStringLiteral("component_kind"),
            QStringLiteral("product"),     QStringLiteral("version"),
            QStringLiteral("eosl"),        QStringLiteral("status"),
            QStringLiteral("controls"),    QStringLiteral("next_due"),
            QStringLiteral("gaps")};
}

ReportTable frozenTable(const QList<FrozenRegisterRow> &rows, const QDate &today)
{
    ReportTable t;
    t.keys = frozenReportKeys();
    t.rows.reserve(rows.size());
    for (const FrozenRegisterRow &r : rows) {
        const Component &c = r.eosl.row.component;
        const SupportEnd &eosl = r.eosl.row.lifecycle.securitySupport.value;
        QStringList controls;
        for (const Control &control : r.controls) {
            const QString kind = toKey(control.kind);
            if (isInEffect(control, today) && !controls.contains(kind))
                controls << kind;
        }
        QStringList gaps;
        for (const Gap &g : r.gaps) {
            if (!gaps.contains(toKey(g.kind)))
                gaps << toKey(g.kind);
        }
        t.rows << QVariantList{
            r.eosl.row.systemCode,
            toKey(c.kind),
            c.product,
            c.version.isEmpty() ? QVariant() : QVariant(c.version),
            eosl.state == SupportState::Date && eosl.date.isValid() ? QVariant(eosl.date)
                                                                    : QVariant(),
            toKey(r.eosl.assessment.status),
            controls,
            r.nextDue.isValid() ? QVariant(r.nextDue) : QVariant(),
            gaps};
    }
    return t;
}

Result<ReportTable> frozenReport(Database &db, const QDate &today)
{
    auto rows = ControlRepository(db).frozenRegister(today);
    if (!rows)
        return rows.error();
    return frozenTable(*rows, today);
}

QStringList dueReportKeys()
{
    return {QStringLiteral("system_code"), QStringLiteral("obligation"), QStringLiteral("kind"),
            QStringLiteral("next_due"), QStringLiteral("overdue")};
}

ReportTable dueTable(const QList<DueItem> &items)
{
    ReportTable t;
    t.keys = dueReportKeys();
    t.rows.reserve(items.size());
    for (const DueItem &d : items) {
        t.rows << QVariantList{d.systemCode, d.obligation, d.kind,
                               d.nextDue.isValid() ? QVariant(d.nextDue) : QVariant(),
                               d.overdue};
    }
    return t;
}

Result<ReportTable> dueReport(Database &db, const QDate &today, const QDate &until)
{
    auto items = ControlRepository(db).dueItems(today, until);
    if (!items)
        return items.error();
    return dueTable(*items);
}

} // namespace pp
