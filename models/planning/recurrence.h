// Recurring maintenance windows: checking, expanding and describing their iCalendar RRULEs
// (RFC 5545 section 3.3.10). Pure functions: no storage, no clock; "now" is passed in.
//
// A window is a wall-clock rule: "the second Sunday, 01:00 for four hours, in Asia/Tokyo".
// libical expands the RRULE in local (floating) time from the window's dtstart; each local
// start then becomes an instant through the window's QTimeZone. A start that falls in a DST
// gap moves forward by the gap (02:30 on a spring-forward day starts at 03:30), one in a DST
// overlap takes the first (earlier) of the two instants, and a window lasts durationMinutes
// of real time whatever the clocks do meanwhile. Occurrences are returned in UTC.
#pragma once

#include "models/domain/plan.h"
#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pp {

/// Longest window: a week, in minutes.
constexpr int kMaxWindowMinutes = 7 * 24 * 60;

/// One occurrence of a maintenance window.
struct WindowOccurrence
{
    qint64 windowId = 0;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC; start + the window's duration
};

/// Checks an RRULE text (RFC 5545 RECUR value without the "RRULE:" prefix; accepted with the
/// prefix too). Empty string: valid; else a translated message saying what is wrong.
QString validateRecurrence(const QString &rrule);
/// True for a time zone id this computer can use: IANA names (Asia/Tokyo), and the system's
/// own even when the zone table does not list it (Etc/UTC).
bool isKnownTimeZone(const QString &id);
/// Every problem of a window, translated: a name; a valid rule with a FREQ of HOURLY or
/// longer; a valid dtstart; a duration of 1 .. 10080 minutes (a week); a known IANA time zone.
QStringList validateWindow(const MaintenanceWindow &w);
/// The occurrences of @p w overlapping [@p from, @p to) (UTC instants), in order, at most
/// @p maxCount. The rule is expanded in wall-clock time from w.dtstart (its date and time read
/// in w.timeZone, whatever its Qt spec), honouring UNTIL (a UTC UNTIL is converted to the
/// window's zone; a date-only UNTIL includes that day) and COUNT. An invalid window is an
/// Error (InputRejected), an invalid period an Error (Usage).
Result<QList<WindowOccurrence>> expandWindow(const MaintenanceWindow &w, const QDateTime &from,
                                             const QDateTime &to, int maxCount = 5000);
/// The first occurrence starting at or after @p after (UTC) and within @p horizonDays of it;
/// nullopt when there is none or the window is invalid.
std::optional<WindowOccurrence> nextOccurrence(const MaintenanceWindow &w,
                                               const QDateTime &after, int horizonDays = 400);
/// The rule in plain words, translated: "Monthly on the second Sunday, 01:00–05:00
/// (Asia/Tokyo)". Covers FREQ DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, BYDAY (with ordinals
/// such as 2SU or -1SA), BYMONTH, BYMONTHDAY, one BYHOUR/BYMINUTE, COUNT and UNTIL; any other
/// rule is shown as its RRULE text followed by the zone.
QString describeWindow(const MaintenanceWindow &w);

} // namespace pp
