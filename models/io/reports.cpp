#include "models/io/reports.h"

#include "models/io/freedmemory.h"

#include "models/storage/inventoryrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/settingsrepository.h"

#include <algorithm>

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

namespace {

/// A date cell: the date, or no value (JSON null) when the state is not a date.
QVariant dateCell(const SupportEnd &e)
{
    return e.state == SupportState::Date && e.date.isValid() ? QVariant(e.date) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QStringList eoslReportKeys()
{
    return {QStringLiteral("system_code"), QStringLiteral("component_kind"),
            QStringLiteral("product"), QStringLiteral("version"), QStringLiteral("eol_product"),
            QStringLiteral("eol_cycle"), QStringLiteral("release_date"),
            QStringLiteral("support_end"), QStringLiteral("eosl"),
            QStringLiteral("extended_support_end"), QStringLiteral("status"),
            QStringLiteral("days_left"), QStringLiteral("decision")};
}

namespace {

QVariantList eoslCells(const EoslItem &item)
{
    const Component &c = item.row.component;
    const ComponentLifecycle &l = item.row.lifecycle;
    const QDate released = l.releaseDate.value;
    return QVariantList{item.row.systemCode,
                        toKey(c.kind),
                        c.product,
                        textOrNull(c.version),
                        textOrNull(l.tie.eolProduct),
                        textOrNull(l.tie.cycle),
                        released.isValid() ? QVariant(released) : QVariant(),
                        dateCell(l.activeSupport.value),
                        dateCell(l.securitySupport.value),
                        dateCell(l.extendedSupport.value),
                        toKey(item.assessment.status),
                        item.assessment.daysLeft ? QVariant(*item.assessment.daysLeft) : QVariant(),
                        textOrNull(toKey(item.row.decision.decision))};
}

} // namespace

ReportTable eoslTable(const QList<EoslItem> &items)
{
    ReportTable t;
    t.keys = eoslReportKeys();
    t.rows.reserve(items.size());
    for (const EoslItem &item : items)
        t.rows << eoslCells(item);
    return t;
}

Status writeEoslReport(Database &db, const EoslReportOptions &options, ReportSink &sink)
{
    LifecycleHorizons horizons;
    if (options.horizons) {
        horizons = *options.horizons;
    } else {
        auto stored = SettingsRepository(db).lifecycleHorizons();
        if (!stored)
            return stored.error();
        horizons = *stored;
    }
    QList<EoslItem> items;
    {
        auto rows = LifecycleRepository(db).rows();
        if (!rows)
            return rows.error();
        items = assessRows(*rows, options.today, horizons);
    } // the rows go before the report is written; the items hold what it needs
    sink.begin(eoslReportKeys());
    for (const EoslItem &item : std::as_const(items)) {
        if (options.horizonDays && !isWithinDays(item, *options.horizonDays))
            continue;
        if (!sink.row(eoslCells(item)))
            break;
    }
    items = {};
    releaseFreedMemory(); // an estate's items are a few hundred MiB of small blocks
    return {};
}

Result<ReportTable> eoslReport(Database &db, const EoslReportOptions &options)
{
    ReportCollector collector;
    if (Status s = writeEoslReport(db, options, collector); !s)
        return s.error();
    return collector.take();
}

} // namespace pp
