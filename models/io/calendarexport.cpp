#include "models/io/calendarexport.h"

#include "models/planning/recurrence.h"
#include "models/storage/findingrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/systemrepository.h"
#include "models/storage/database.h"

#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace pp {
namespace {

/// The UID domain. The database has no identity of its own (no instance id in meta), so every
/// database uses the same one: two databases' feeds belong in two subscriptions.
const QString kUidDomain = QStringLiteral("@patchplanner");

QString uid(const QString &kind, qint64 id)
{
    return kind + QLatin1Char('-') + QString::number(id) + kUidDomain;
}

bool isUtcZone(const QString &zone)
{
    return zone.isEmpty() || zone == QLatin1String("UTC") || zone == QLatin1String("Etc/UTC")
        || zone == QLatin1String("Z") || zone == QLatin1String("GMT");
}

/// "SYS-01", or "#12" for a system that is not in the table.
QString systemLabel(const CalendarSources &s, qint64 systemId)
{
    const QString code = s.systemCodes.value(systemId);
    return code.isEmpty() ? QStringLiteral("#%1").arg(systemId) : code;
}

QString productLabel(const QString &product, const QString &version)
{
    return version.isEmpty() ? product
                             : CalendarTr::tr("%1 %2", "product, version").arg(product, version);
}

/// Lines joined with line breaks, empty ones left out.
QString lines(const QStringList &items)
{
    QStringList kept;
    for (const QString &s : items) {
        if (!s.trimmed().isEmpty())
            kept.append(s);
    }
    return kept.join(QLatin1Char('\n'));
}

CalendarEvent windowEvent(const CalendarSources &s, const MaintenanceWindow &w)
{
    CalendarEvent e;
    e.uid = uid(QStringLiteral("window"), w.id);
    e.sequence = w.rowVersion;
    e.summary = CalendarTr::tr("Maintenance window: %1").arg(w.name);
    const QString scope = w.systemId != 0
        ? CalendarTr::tr("System: %1").arg(systemLabel(s, w.systemId))
        : CalendarTr::tr("Systems following the schedule: %1").arg(w.groupName);
    e.description = lines({describeWindow(w), scope});
    e.categories = {CalendarTr::tr("Maintenance window")};
    e.start = QDateTime(w.dtstart.date(), w.dtstart.time());
    e.end = e.start.addSecs(qint64(w.durationMinutes) * 60);
    e.timeZone = w.timeZone;
    e.rrule = w.rrule;
    return e;
}

CalendarEvent blackoutEvent(const CalendarSources &s, const Blackout &b)
{
    CalendarEvent e;
    e.uid = uid(QStringLiteral("blackout"), b.id);
    e.sequence = b.rowVersion;
    e.summary = CalendarTr::tr("Blackout: %1").arg(b.name);
    const QString scope = b.systemId != 0
        ? CalendarTr::tr("System: %1").arg(systemLabel(s, b.systemId))
        : CalendarTr::tr("Every system");
    e.description = lines({b.reason, scope, CalendarTr::tr("No plan may run on these days.")});
    e.categories = {CalendarTr::tr("Blackout")};
    e.allDay = true;
    e.firstDay = b.startsOn;
    e.lastDay = b.endsOn;
    return e;
}

/// @p utc as wall-clock time in @p zone (UTC when the zone is unknown to Qt).
QDateTime wallTime(const QDateTime &utc, const QString &zone, QString *usedZone)
{
    const QTimeZone tz(zone.toUtf8());
    if (!isUtcZone(zone) && tz.isValid()) {
        const QDateTime local = utc.toTimeZone(tz);
        *usedZone = zone;
        return QDateTime(local.date(), local.time());
    }
    const QDateTime u = utc.toUTC();
    *usedZone = QStringLiteral("UTC");
    return QDateTime(u.date(), u.time());
}

QList<CalendarEvent> planEvents(const CalendarSources &s, const CalendarPlan &cp)
{
    const Plan &p = cp.plan;
    QStringList systems;
    for (qint64 id : p.systemIds)
        systems.append(systemLabel(s, id));
    const QString planLine = CalendarTr::tr("Plan #%1: %2").arg(p.id).arg(p.title);
    const QString facts = CalendarTr::tr("Type: %1. Status: %2.")
                              .arg(displayName(p.type), displayName(p.status));
    const QString systemsLine = systems.isEmpty()
        ? QString()
        : CalendarTr::tr("Systems: %1").arg(systems.join(QStringLiteral(", ")));
    const QString authorLine = p.author.isEmpty() ? QString()
                                                  : CalendarTr::tr("Author: %1").arg(p.author);

    QList<CalendarEvent> out;
    CalendarEvent w;
    w.uid = uid(QStringLiteral("plan"), p.id);
    w.sequence = p.rowVersion;
    w.summary = CalendarTr::tr("Patch plan #%1: %2").arg(p.id).arg(p.title);
    w.description = lines({facts, systemsLine, authorLine, p.description});
    w.categories = {CalendarTr::tr("Patch plan")};
    w.start = wallTime(p.windowStart, p.timeZone, &w.timeZone);
    w.end = wallTime(p.windowEnd, p.timeZone, &w.timeZone);
    out.append(w);

    for (const PlanStep &m : cp.milestones) {
        if (!m.plannedStart.isValid())
            continue;
        CalendarEvent e;
        e.uid = QStringLiteral("plan-%1-milestone-%2").arg(p.id).arg(m.id) + kUidDomain;
        // The plan's version moves whenever its steps are saved again.
        e.sequence = p.rowVersion + m.rowVersion;
        e.summary = CalendarTr::tr("%1 — plan #%2: %3", "milestone, plan id, plan title")
                        .arg(m.title)
                        .arg(p.id)
                        .arg(p.title);
        const QString done = m.isDone()
            ? CalendarTr::tr("Done %1 by %2.")
                  .arg(m.doneAt.toUTC().toString(Qt::ISODate), m.doneBy)
            : QString();
        const QString owner = m.ownerRole.isEmpty()
            ? QString()
            : CalendarTr::tr("Owner: %1").arg(m.ownerRole);
        e.description = lines({planLine, m.detail, owner, done, systemsLine});
        e.categories = {CalendarTr::tr("Patch plan"), CalendarTr::tr("Milestone")};
        e.start = wallTime(m.plannedStart, p.timeZone, &e.timeZone);
        if (m.durationMinutes > 0)
            e.end = e.start.addSecs(qint64(m.durationMinutes) * 60);
        out.append(e);
    }
    return out;
}

CalendarEvent eoslEvent(const LifecycleRow &r)
{
    const Component &c = r.component;
    const ComponentLifecycle &l = r.lifecycle;
    CalendarEvent e;
    e.uid = uid(QStringLiteral("eosl-component"), c.id);
    e.sequence = l.manualRowVersion;
    const QString product = productLabel(c.product, c.version);
    e.summary = CalendarTr::tr("EOSL: %1 on %2", "product and version, system code")
                    .arg(product, r.systemCode);
    QStringList d{CalendarTr::tr("Security support of %1 on %2 (%3) ends.")
                      .arg(product, r.systemCode, r.systemName),
                  CalendarTr::tr("Kind: %1").arg(displayName(c.kind))};
    if (l.tie.isComplete())
        d.append(CalendarTr::tr("Release cycle: %1 %2").arg(l.tie.eolProduct, l.tie.cycle));
    if (l.extendedSupport.value.state == SupportState::Date)
        d.append(CalendarTr::tr("Extended support until %1.")
                     .arg(l.extendedSupport.value.date.toString(Qt::ISODate)));
    if (r.decision.decision != UpgradeDecisionKind::None)
        d.append(CalendarTr::tr("Decision: %1").arg(displayName(r.decision.decision)));
    if (!r.ownerTeam.isEmpty())
        d.append(CalendarTr::tr("Owner: %1").arg(r.ownerTeam));
    e.description = lines(d);
    e.categories = {CalendarTr::tr("EOSL")};
    e.allDay = true;
    e.firstDay = l.securitySupport.value.date;
    return e;
}

CalendarEvent acceptanceEvent(const CalendarSources &s, const RiskAcceptance &a,
                              const QHash<qint64, QString> &componentLabels)
{
    CalendarEvent e;
    e.uid = uid(QStringLiteral("acceptance"), a.id);
    e.sequence = a.rowVersion;
    QString subject = a.findingId != 0 ? s.findingLabels.value(a.findingId)
                                       : componentLabels.value(a.componentId);
    if (subject.isEmpty()) {
        subject = a.findingId != 0 ? CalendarTr::tr("finding #%1").arg(a.findingId)
                                   : CalendarTr::tr("component #%1").arg(a.componentId);
    }
    e.summary = CalendarTr::tr("Risk acceptance ends: %1").arg(subject);
    e.description =
        lines({CalendarTr::tr("The risk acceptance of %1 applies up to and including this day "
                              "and lapses the day after, unless it is renewed and approved.")
                   .arg(subject),
               CalendarTr::tr("Response: %1").arg(displayName(a.response)),
               CalendarTr::tr("Approved by %1 on %2.")
                   .arg(a.approver, a.approvedOn.toString(Qt::ISODate)),
               a.residualRisk.isEmpty() ? QString()
                                        : CalendarTr::tr("Residual risk: %1").arg(a.residualRisk),
               a.rationale.isEmpty() ? QString()
                                     : CalendarTr::tr("Rationale: %1").arg(a.rationale)});
    e.categories = {CalendarTr::tr("Risk acceptance")};
    e.allDay = true;
    e.firstDay = a.expiresOn;
    return e;
}

CalendarEvent dueEvent(const DueItem &d)
{
    CalendarEvent e;
    const bool cadence = d.source == DueItem::Source::Cadence;
    e.uid = uid(cadence ? QStringLiteral("cadence") : QStringLiteral("control"), d.id);
    e.sequence = d.rowVersion;
    e.summary = CalendarTr::tr("Due: %1 (%2)", "obligation, system code")
                    .arg(d.obligation, d.systemCode);
    e.description = lines({cadence ? CalendarTr::tr("Operational cadence of %1.").arg(d.systemCode)
                                   : CalendarTr::tr("Periodic check of a compensating control "
                                                    "of %1.")
                                         .arg(d.systemCode),
                           d.overdue ? CalendarTr::tr("Overdue.") : QString()});
    e.categories = {CalendarTr::tr("Due")};
    e.allDay = true;
    e.firstDay = d.nextDue;
    return e;
}

// --- Writing with libical ----------------------------------------------------------------------

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

/// Text as RFC 5545 TEXT allows it: CR LF and CR become line breaks (libical writes them as
/// \n); other control characters (CONTROL in the grammar) are dropped. Tabs stay.
QByteArray textValue(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString clean;
    clean.reserve(t.size());
    for (const QChar ch : std::as_const(t)) {
        const ushort u = ch.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f)
            continue;
        clean.append(ch);
    }
    return clean.toUtf8();
}

icaltimetype dateValue(const QDate &d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.is_date = 1;
    return t;
}

/// A floating date-time (written with a TZID parameter by the caller).
icaltimetype wallValue(const QDateTime &wall)
{
    icaltimetype t = icaltime_null_time();
    const QDate d = wall.date();
    const QTime tm = wall.time();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.hour = tm.hour();
    t.minute = tm.minute();
    t.second = tm.second();
    t.is_date = 0;
    return t;
}

icaltimetype utcValue(qint64 secsSinceEpoch)
{
    return icaltime_from_timet_with_zone(time_t(secsSinceEpoch), 0,
                                         icaltimezone_get_utc_timezone());
}

/// How the times of one zone are written.
struct ZoneInfo
{
    bool utc = true;             ///< no VTIMEZONE: times converted to UTC
    QTimeZone qtZone;            ///< to convert wall-clock times to UTC (UTC mode)
    icaltimezone *zone = nullptr; ///< libical's, for the VTIMEZONE
    QDate earliest;              ///< the first day an event of the feed uses it
};

/// Seconds since the epoch of wall-clock time @p wall in @p z (UTC when Qt does not know it).
qint64 toUtcSecs(const QDateTime &wall, const ZoneInfo &z)
{
    if (z.qtZone.isValid())
        return QDateTime(wall.date(), wall.time(), z.qtZone).toSecsSinceEpoch();
    return QDateTime(wall.date(), wall.time(), Qt::UTC).toSecsSinceEpoch();
}

icalproperty *timeProperty(icalproperty *(*make)(icaltimetype), const QDateTime &wall,
                           const QString &zoneId, const ZoneInfo &z)
{
    if (z.utc)
        return make(utcValue(toUtcSecs(wall, z)));
    icalproperty *p = make(wallValue(wall));
    const QByteArray id = zoneId.toUtf8();
    icalproperty_add_parameter(p, icalparameter_new_tzid(id.constData()));
    return p;
}

/// The rule without "RRULE:" and spaces.
QString ruleText(const QString &rrule)
{
    QString text = rrule.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6).trimmed();
    return text;
}

/// The event's RRULE as libical reads it, with UNTIL in UTC as RFC 5545 3.3.10 wants when
/// DTSTART has a time zone: a local UNTIL is read in the event's zone, a date-only one as the
/// end of that day. nullopt when there is no rule or libical cannot read it.
std::optional<icalrecurrencetype> recurrence(const CalendarEvent &e, const ZoneInfo &z)
{
    const QString text = ruleText(e.rrule);
    if (text.isEmpty())
        return std::nullopt;
    icalerror_clear_errno();
    icalrecurrencetype r = icalrecurrencetype_from_string(text.toLatin1().constData());
    icalerror_clear_errno();
    if (r.freq == ICAL_NO_RECURRENCE)
        return std::nullopt;
    if (!icaltime_is_null_time(r.until) && !icaltime_is_utc(r.until)) {
        const QDate day(r.until.year, r.until.month, r.until.day);
        const QTime time = r.until.is_date ? QTime(23, 59, 59)
                                           : QTime(r.until.hour, r.until.minute, r.until.second);
        if (!day.isValid() || !time.isValid())
            return std::nullopt;
        r.until = utcValue(toUtcSecs(QDateTime(day, time), z));
    }
    return r;
}

void addText(icalcomponent *c, icalproperty *(*make)(const char *), const QString &text)
{
    const QByteArray bytes = textValue(text);
    icalcomponent_add_property(c, make(bytes.constData()));
}

} // namespace

// --- The feed ----------------------------------------------------------------------------------

CalendarFeed calendarFeed(const CalendarSources &sources, const QDate &today,
                          const QDateTime &now)
{
    CalendarFeed feed;
    feed.name = sources.databaseName.isEmpty()
        ? CalendarTr::tr("Patch Planner")
        : CalendarTr::tr("Patch Planner: %1").arg(sources.databaseName);
    feed.generatedAt = now.toUTC();

    for (const MaintenanceWindow &w : sources.windows)
        feed.events.append(windowEvent(sources, w));
    for (const Blackout &b : sources.blackouts)
        feed.events.append(blackoutEvent(sources, b));
    for (const CalendarPlan &p : sources.plans) {
        const PlanStatus st = p.plan.status;
        if (st == PlanStatus::Done || st == PlanStatus::RolledBack || st == PlanStatus::Cancelled)
            continue;
        feed.events.append(planEvents(sources, p));
    }
    QHash<qint64, QString> componentLabels;
    for (const LifecycleRow &r : sources.components) {
        componentLabels.insert(r.component.id,
                               CalendarTr::tr("%1 on %2", "product and version, system code")
                                   .arg(productLabel(r.component.product, r.component.version),
                                        r.systemCode));
        const SupportEnd &eosl = r.lifecycle.securitySupport.value;
        if (r.systemState == LifecycleState::Retired || eosl.state != SupportState::Date
            || !eosl.date.isValid())
            continue;
        feed.events.append(eoslEvent(r));
    }
    for (const RiskAcceptance &a : sources.acceptances) {
        if (!a.isApproved() || !a.expiresOn.isValid() || a.expiresOn < today)
            continue;
        feed.events.append(acceptanceEvent(sources, a, componentLabels));
    }
    for (const DueItem &d : sources.due) {
        if (d.nextDue.isValid())
            feed.events.append(dueEvent(d));
    }
    return feed;
}

QByteArray buildCalendar(const CalendarFeed &feed)
{
    // Every zone used, in the order of first use.
    QMap<QString, ZoneInfo> zones;
    QStringList zoneOrder;
    for (const CalendarEvent &e : feed.events) {
        if (e.allDay || !e.start.isValid())
            continue;
        const QString id = e.timeZone.trimmed();
        auto it = zones.find(id);
        if (it == zones.end()) {
            ZoneInfo z;
            if (!isUtcZone(id)) {
                z.qtZone = QTimeZone(id.toUtf8());
                icaltimezone *zone = icaltimezone_get_builtin_timezone(id.toUtf8().constData());
                icalerror_clear_errno();
                if (zone && icaltimezone_get_component(zone)) {
                    z.utc = false;
                    z.zone = zone;
                }
            }
            it = zones.insert(id, z);
            zoneOrder.append(id);
        }
        if (!it->earliest.isValid() || e.start.date() < it->earliest)
            it->earliest = e.start.date();
    }

    ComponentPtr cal(icalcomponent_new_vcalendar());
    icalcomponent *c = cal.get();
    icalcomponent_add_property(c, icalproperty_new_version("2.0"));
    icalcomponent_add_property(c, icalproperty_new_prodid("-//Patch Planner//Patch Planner//EN"));
    icalcomponent_add_property(c, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    {
        const QByteArray name = textValue(feed.name);
        icalproperty *p = icalproperty_new_x(name.constData());
        icalproperty_set_x_name(p, "X-WR-CALNAME");
        icalcomponent_add_property(c, p);
    }

    for (const QString &id : std::as_const(zoneOrder)) {
        const ZoneInfo &z = zones[id];
        if (z.utc)
            continue;
        icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(z.zone));
        // The zone's history from a year before its first use (Outlook-compatible form).
        const icaltimetype from = wallValue(QDateTime(QDate(z.earliest.year() - 1, 1, 1), QTime(0, 0)));
        icaltimezone_truncate_vtimezone(vtz, from, icaltime_null_time(), 1);
        // libical names its zones "/freeassociation.sourceforge.net/Asia/Tokyo"; calendars know
        // the plain IANA id.
        const QByteArray tzid = id.toUtf8();
        if (icalproperty *p = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(p, tzid.constData());
        icalcomponent_add_component(c, vtz);
    }

    const icaltimetype stamp = utcValue((feed.generatedAt.isValid()
                                             ? feed.generatedAt
                                             : QDateTime::fromSecsSinceEpoch(0, Qt::UTC))
                                            .toSecsSinceEpoch());
    for (const CalendarEvent &e : feed.events) {
        if (e.allDay ? !e.firstDay.isValid() : !e.start.isValid())
            continue;
        icalcomponent *ev = icalcomponent_new_vevent();
        const QByteArray uidBytes = textValue(e.uid);
        icalcomponent_add_property(ev, icalproperty_new_uid(uidBytes.constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(ev, icalproperty_new_sequence(std::max(0, e.sequence)));
        if (e.allDay) {
            const QDate last = e.lastDay.isValid() && e.lastDay >= e.firstDay ? e.lastDay
                                                                             : e.firstDay;
            icalcomponent_add_property(ev, icalproperty_new_dtstart(dateValue(e.firstDay)));
            icalcomponent_add_property(ev, icalproperty_new_dtend(dateValue(last.addDays(1))));
            icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        } else {
            const QString id = e.timeZone.trimmed();
            const ZoneInfo &z = zones[id];
            icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtstart, e.start, id, z));
            if (e.end.isValid() && e.end > e.start)
                icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtend, e.end, id, z));
            if (const auto r = recurrence(e, z))
                icalcomponent_add_property(ev, icalproperty_new_rrule(*r));
        }
        addText(ev, icalproperty_new_summary, e.summary);
        if (!e.description.isEmpty())
            addText(ev, icalproperty_new_description, e.description);
        for (const QString &category : e.categories)
            addText(ev, icalproperty_new_categories, category);
        icalcomponent_add_component(c, ev);
    }

    char *text = icalcomponent_as_ical_string_r(c);
    icalerror_clear_errno();
    if (!text)
        return {};
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

Result<CalendarFeed> gatherCalendarFeed(Database &db, const QDate &today, const QDateTime &now)
{
    CalendarSources s;
    const QString location = db.location();
    s.databaseName = Database::isPostgresLocation(location)
        ? QUrl(location).path().mid(1)
        : QFileInfo(location).completeBaseName();

    auto systems = SystemRepository(db).findAll();
    if (!systems)
        return systems.error();
    for (const System &sys : std::as_const(*systems))
        s.systemCodes.insert(sys.id, sys.code);

    PlanRepository plans(db);
    auto windows = plans.windows();
    if (!windows)
        return windows.error();
    s.windows = *windows;
    auto blackouts = plans.blackouts();
    if (!blackouts)
        return blackouts.error();
    s.blackouts = *blackouts;

    PlanFilter open;
    open.statuses = {PlanStatus::Draft, PlanStatus::InReview, PlanStatus::Approved,
                     PlanStatus::Scheduled, PlanStatus::InProgress};
    auto planList = plans.plans(open);
    if (!planList)
        return planList.error();
    QList<qint64> planIds;
    for (const Plan &p : std::as_const(*planList))
        planIds.append(p.id);
    QHash<qint64, QList<PlanStep>> steps;
    if (!planIds.isEmpty()) {
        auto found = plans.stepsOfPlans(planIds);
        if (!found)
            return found.error();
        steps = *found;
    }
    for (const Plan &p : std::as_const(*planList)) {
        CalendarPlan cp{p, {}};
        for (const PlanStep &step : steps.value(p.id)) {
            if (step.phase == StepPhase::Milestone)
                cp.milestones.append(step);
        }
        s.plans.append(cp);
    }

    auto rows = LifecycleRepository(db).rows();
    if (!rows)
        return rows.error();
    s.components = *rows;

    ControlRepository controls(db);
    auto acceptances = controls.acceptances();
    if (!acceptances)
        return acceptances.error();
    s.acceptances = *acceptances;
    const bool findingAcceptances =
        std::any_of(s.acceptances.cbegin(), s.acceptances.cend(), [&](const RiskAcceptance &a) {
            return a.findingId != 0 && a.isApproved() && a.expiresOn >= today;
        });
    if (findingAcceptances) {
        // One read of every finding (any state) names the accepted ones.
        FindingFilter all;
        all.states = allValues<AnalysisState>();
        auto findings = FindingRepository(db).rows(all);
        if (!findings)
            return findings.error();
        for (const FindingRow &f : std::as_const(*findings)) {
            s.findingLabels.insert(
                f.finding.id, CalendarTr::tr("%1 in %2 on %3", "vulnerability, product, system")
                                  .arg(f.vulnIdentifier, productLabel(f.product, f.version),
                                       f.systemCode));
        }
    }

    auto due = controls.dueItems(today);
    if (!due)
        return due.error();
    s.due = *due;

    return calendarFeed(s, today, now);
}

Status exportCalendar(Database &db, const QString &path, const QDate &today,
                      const QDateTime &now)
{
    auto feed = gatherCalendarFeed(db, today, now);
    if (!feed)
        return feed.error();
    const QByteArray bytes = buildCalendar(*feed);
    if (bytes.isEmpty())
        return fail(CalendarTr::tr("The calendar could not be written."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(CalendarTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(CalendarTr::tr("Cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(CalendarTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pp
