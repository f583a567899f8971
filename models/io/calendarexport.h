// The iCalendar feed (issue 8, item 4): one .ics file a team subscribes to, with the maintenance
// windows (their RRULE kept), blackouts, open plans' windows and lead-time milestones, EOSL
// dates, risk acceptance expiries and what is due (cadences, periodic controls).
//
// Three layers, so that each can be tested alone:
// - gatherCalendarFeed() reads the database (a few batch queries) into CalendarSources and turns
//   them into events with calendarFeed() (pure: plain records, today and now in, events out);
// - buildCalendar() (pure) writes the events with libical, which escapes text and folds lines
//   as RFC 5545 says, and adds a VTIMEZONE for every TZID used;
// - exportCalendar() does both and writes the file atomically.
//
// Stable identity: every event's UID is "<kind>-<database id>@patchplanner" (kind "window",
// "blackout", "plan", "plan-<id>-milestone", "eosl-component", "acceptance", "cadence",
// "control"), so that a re-export updates the events a calendar already has instead of adding
// copies. The database has no identity of its own, hence the fixed domain. SEQUENCE is the
// record's row version, which grows with every change.
#pragma once

#include "models/domain/control.h"
#include "models/domain/lifecycle.h"
#include "models/domain/plan.h"
#include "models/domain/system.h"
#include "models/result.h"
#include "models/storage/controlrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pp {

class Database;

/// One VEVENT. Either all-day (firstDay..lastDay, written as VALUE=DATE with DTEND the day after
/// lastDay) or timed: start (and end) as wall-clock times in timeZone, written with a TZID.
struct CalendarEvent
{
    QString uid;        ///< stable: "window-12@patchplanner"
    int sequence = 0;   ///< the record's row version
    QString summary;
    QString description;
    QStringList categories;

    bool allDay = false;
    QDate firstDay;     ///< all-day: the first day
    QDate lastDay;      ///< all-day: the last day, inclusive (null: firstDay)

    /// Timed: local wall-clock date and time in timeZone (the QDateTime's own spec is
    /// ignored). end null: an instant (no DTEND; RFC 5545 3.6.1).
    QDateTime start;
    QDateTime end;
    /// IANA id, e.g. "Asia/Tokyo". Empty or "UTC": the times are UTC.
    QString timeZone;
    /// Timed events only: an RRULE kept as a rule ("FREQ=MONTHLY;BYDAY=2SU"), not expanded.
    QString rrule;
};

/// What buildCalendar() writes.
struct CalendarFeed
{
    QString name;             ///< X-WR-CALNAME
    QDateTime generatedAt;    ///< DTSTAMP of every event (UTC)
    QList<CalendarEvent> events;
};

/// One plan with its milestone steps (phase Milestone) and the codes of its systems.
struct CalendarPlan
{
    Plan plan;
    QList<PlanStep> milestones;
};

/// The records calendarFeed() turns into events, as the repositories return them.
struct CalendarSources
{
    QString databaseName;                ///< shown in the calendar's name; may be empty
    QHash<qint64, QString> systemCodes;  ///< system id -> code
    QList<MaintenanceWindow> windows;
    QList<Blackout> blackouts;
    QList<CalendarPlan> plans;           ///< every plan; closed ones are left out
    QList<LifecycleRow> components;      ///< components with their effective lifecycle
    QList<RiskAcceptance> acceptances;
    /// finding id -> "CVE-2024-1234 on product version (SYS-01)", for acceptances of findings
    QHash<qint64, QString> findingLabels;
    QList<DueItem> due;
};

/// The feed's events, in a stable order (windows, blackouts, plans with their milestones, EOSL
/// dates, acceptance expiries, due dates):
/// - a maintenance window: its first occurrence and RRULE in its zone, lasting its duration;
/// - a blackout: all-day, its days;
/// - a plan not done, rolled back or cancelled: its window in the plan's zone, and each
///   milestone at its planned time (an instant unless the step has a duration);
/// - one all-day event per component with an EOSL date (systems not retired);
/// - one all-day event per approved risk acceptance on its last day, when that is today or
///   later (an acceptance lapses the day after expiresOn);
/// - one all-day event per cadence or periodic control on its next due date.
/// Summaries and descriptions are translated (tr()).
CalendarFeed calendarFeed(const CalendarSources &sources, const QDate &today,
                          const QDateTime &now);

/// The VCALENDAR (VERSION 2.0, PRODID, CALSCALE GREGORIAN, METHOD PUBLISH, X-WR-CALNAME) with a
/// VTIMEZONE for every zone used (libical's zone data, TZID the plain IANA id) and one VEVENT
/// per event, as UTF-8 with CRLF line ends and lines folded at 75 octets. Text is stripped of
/// control characters other than line breaks. An event with no valid start is left out; an
/// RRULE libical cannot read is dropped (the event stays, once). A zone libical does not know
/// is written as UTC.
QByteArray buildCalendar(const CalendarFeed &feed);

/// Reads the sources in a few batch queries (no query per record) and returns calendarFeed().
Result<CalendarFeed> gatherCalendarFeed(Database &db, const QDate &today, const QDateTime &now);

/// gatherCalendarFeed() and buildCalendar(), written to @p path atomically (QSaveFile): a
/// failed export leaves an existing file as it was.
Status exportCalendar(Database &db, const QString &path, const QDate &today,
                      const QDateTime &now);

/// Strings of the calendar feed, in one translation context.
struct CalendarTr
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
};

} // namespace pp
