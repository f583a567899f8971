// The list reports of the command line that mirror lists of the window (issue 8, item 5): the
// systems, the maintenance windows and blackouts, and the audit trail.
#include "models/io/reports.h"

#include "models/itemmodels/auditlogmodel.h"
#include "models/planning/recurrence.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/systemrepository.h"

#include <QTimeZone>

#include <algorithm>

namespace pp {
namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

/// The first occurrence of @p w as ISO 8601 with the offset of its zone: its dtstart is a
/// wall-clock time in the window's zone, whatever the QDateTime's own spec says.
QVariant windowStart(const MaintenanceWindow &w)
{
    if (!w.dtstart.isValid())
        return {};
    const QTimeZone zone(w.timeZone.toUtf8());
    if (!zone.isValid())
        return w.dtstart.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return QDateTime(w.dtstart.date(), w.dtstart.time(), zone).toString(Qt::ISODate);
}

} // namespace

QStringList systemsReportKeys()
{
    return {QStringLiteral("code"),           QStringLiteral("name"),
            QStringLiteral("owner_team"),     QStringLiteral("ops_contact"),
            QStringLiteral("criticality"),    QStringLiteral("environment"),
            QStringLiteral("exposure"),       QStringLiteral("lifecycle_state"),
            QStringLiteral("window_schedule"), QStringLiteral("components"),
            QStringLiteral("escalation_contacts"), QStringLiteral("recovery_policy"),
            QStringLiteral("updated_at")};
}

Result<ReportTable> systemsReport(Database &db)
{
    auto systems = SystemRepository(db).findAll();
    if (!systems)
        return systems.error();
    auto counts = ComponentRepository(db).countBySystem();
    if (!counts)
        return counts.error();
    ReportTable t;
    t.keys = systemsReportKeys();
    t.rows.reserve(systems->size());
    for (const System &s : std::as_const(*systems)) {
        t.rows << QVariantList{s.code,
                               s.name,
                               textOrNull(s.ownerTeam),
                               textOrNull(s.opsContact),
                               s.criticality,
                               toKey(s.environment),
                               toKey(s.exposure),
                               toKey(s.lifecycleState),
                               textOrNull(s.windowSchedule),
                               counts->value(s.id),
                               textOrNull(s.profile.escalationContacts),
                               textOrNull(s.profile.recoveryPolicy),
                               s.updatedAt.isValid() ? QVariant(s.updatedAt.toUTC())
                                                     : QVariant()};
    }
    return t;
}

QStringList windowsReportKeys()
{
    return {QStringLiteral("kind"),       QStringLiteral("name"),
            QStringLiteral("system_code"), QStringLiteral("group"),
            QStringLiteral("rrule"),      QStringLiteral("time_zone"),
            QStringLiteral("start"),      QStringLiteral("end"),
            QStringLiteral("next_start"), QStringLiteral("duration_minutes"),
            QStringLiteral("reason")};
}

Result<ReportTable> windowsReport(Database &db, const QDateTime &now)
{
    PlanRepository plans(db);
    auto windows = plans.windows();
    if (!windows)
        return windows.error();
    auto blackouts = plans.blackouts();
    if (!blackouts)
        return blackouts.error();
    auto systems = SystemRepository(db).findAll();
    if (!systems)
        return systems.error();
    QHash<qint64, QString> codes;
    for (const System &s : std::as_const(*systems))
        codes.insert(s.id, s.code);
    const auto codeOf = [&codes](qint64 id) {
        return id == 0 ? QVariant() : QVariant(codes.value(id, QString::number(id)));
    };

    QList<MaintenanceWindow> ws = *windows;
    std::stable_sort(ws.begin(), ws.end(), [](const MaintenanceWindow &a,
                                              const MaintenanceWindow &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    QList<Blackout> bs = *blackouts;
    std::stable_sort(bs.begin(), bs.end(), [](const Blackout &a, const Blackout &b) {
        return a.startsOn < b.startsOn;
    });

    ReportTable t;
    t.keys = windowsReportKeys();
    for (const MaintenanceWindow &w : std::as_const(ws)) {
        const auto next = nextOccurrence(w, now.toUTC());
        t.rows << QVariantList{QStringLiteral("window"),
                               w.name,
                               codeOf(w.systemId),
                               w.systemId == 0 ? textOrNull(w.groupName) : QVariant(),
                               textOrNull(w.rrule),
                               textOrNull(w.timeZone),
                               windowStart(w),
                               QVariant(),
                               next ? QVariant(next->start.toUTC()) : QVariant(),
                               w.durationMinutes,
                               QVariant()};
    }
    for (const Blackout &b : std::as_const(bs)) {
        t.rows << QVariantList{QStringLiteral("blackout"),
                               b.name,
                               codeOf(b.systemId),
                               QVariant(),
                               QVariant(),
                               QVariant(),
                               b.startsOn.isValid() ? QVariant(b.startsOn) : QVariant(),
                               b.endsOn.isValid() ? QVariant(b.endsOn) : QVariant(),
                               QVariant(),
                               QVariant(),
                               textOrNull(b.reason)};
    }
    return t;
}

QStringList auditReportKeys()
{
    return {QStringLiteral("id"),     QStringLiteral("at"),        QStringLiteral("actor"),
            QStringLiteral("action"), QStringLiteral("entity"),    QStringLiteral("entity_id"),
            QStringLiteral("summary"), QStringLiteral("before"),   QStringLiteral("after")};
}

Result<ReportTable> auditReport(Database &db, const AuditFilter &filter)
{
    // Read in pages, newest first as the log hands them out, then turn the whole into
    // chronological order: a trail reads from its beginning.
    constexpr int kPage = 2000;
    AuditLog log(db);
    QList<AuditEntry> entries;
    for (int offset = 0;; offset += kPage) {
        auto page = log.find(filter, offset, kPage);
        if (!page)
            return page.error();
        entries += *page;
        if (page->size() < kPage)
            break;
    }
    std::reverse(entries.begin(), entries.end());
    ReportTable t;
    t.keys = auditReportKeys();
    t.rows.reserve(entries.size());
    for (const AuditEntry &e : std::as_const(entries)) {
        t.rows << QVariantList{e.id,
                               e.at,
                               textOrNull(e.actor),
                               e.action,
                               e.entity,
                               e.entityId,
                               textOrNull(AuditLogModel::summarize(e.beforeJson, e.afterJson)),
                               textOrNull(e.beforeJson),
                               textOrNull(e.afterJson)};
    }
    return t;
}

} // namespace pp
