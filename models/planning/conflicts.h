// The conflicts of a patch plan (DESIGN.md section 3; issue 7, item 5). Pure: the storage layer
// expands the maintenance windows (planning/recurrence.h), looks up holidays
// (planning/holidays.h), blackouts, other plans, due dates and frozen components, and passes
// them in as plain values; "now" is passed in too.
//
// Times are instants; calendar days (blackouts, holidays, due dates) are days in the plan's
// time zone, and the reasons show times in that zone ("2026-12-13 01:00-05:00").
#pragma once

#include "models/domain/plan.h"
#include "models/planning/planrules.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace pp {

/// An interval [start, end) of time.
struct TimeRange
{
    QDateTime start;
    QDateTime end;

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool contains(const TimeRange &other) const
    {
        return start <= other.start && other.end <= end;
    }
    bool overlaps(const TimeRange &other) const
    {
        return start < other.end && other.start < end;
    }
    bool operator==(const TimeRange &) const = default;
};

/// Another plan, for overlaps and owners booked twice.
struct OtherPlan
{
    Plan plan;               ///< its id, title, status, window and systemIds are used
    QList<PlanStep> steps;   ///< scheduled (plannedStart set)
};

/// A finding the plan resolves, with its due date (the last day to fix it).
struct DueFinding
{
    qint64 findingId = 0;
    qint64 systemId = 0;
    QString label; ///< e.g. "CVE-2024-3400 on PAN-OS 10.2.8"
    QDate due;
};

/// A frozen component in the plan's scope that has no current risk acceptance.
struct FrozenComponent
{
    qint64 componentId = 0;
    qint64 systemId = 0;
    QString label; ///< e.g. "Windows Server 2012 R2"
};

struct ConflictInput
{
    Plan plan;
    QList<PlanStep> steps;                   ///< the plan's steps, scheduled
    QHash<qint64, QString> systemNames;      ///< system id -> code or name, for the reasons
    /// Per system of the plan: its maintenance-window occurrences around the plan's window
    /// (expanded by the caller). A system missing here, or with no occurrence, has no window.
    QHash<qint64, QList<TimeRange>> windows;
    QList<Blackout> blackouts;               ///< systemId 0 = every system
    QHash<QDate, QString> holidays;          ///< day -> name (in the user's language)
    bool holidaysAreBlackouts = true;
    QTimeZone zone;                          ///< invalid: the plan's timeZone
    QList<OtherPlan> otherPlans;             ///< the plan itself, if listed, is skipped
    QList<DueFinding> dueFindings;
    QList<FrozenComponent> frozenWithoutAcceptance;
    QDateTime now;
    LeadTimeProfile profile;                 ///< the plan type's lead times
};

/// The conflicts, by kind in the order of ConflictKind, each with a reason naming the system,
/// the window, blackout, holiday, plan, owner or finding and the times (translated):
/// - outside_window: per system of the plan whose occurrences none contains the whole window
///   (with the next occurrence ending after the window's start), or that has no window at all;
/// - blackout: per blackout of a plan system or of every system covering a day the window
///   touches (a window ending at midnight does not touch the next day);
/// - holiday: per holiday the window touches, when holidays are blackouts;
/// - overlapping_plan: per other plan and shared system, when that plan is not cancelled, done
///   or rolled back and the windows overlap;
/// - owner_double_booked: per step and other overlapping plan (any system), when one of that
///   plan's steps with the same owner role (trimmed, case-insensitive; empty skipped) overlaps
///   it in time. Milestones (no duration) and rollback steps (contingent) are not bookings;
/// - after_due_date: per finding whose due day (in the plan zone) ends before plannedFinish()
///   (or the window end when no step is scheduled);
/// - frozen_without_acceptance: per listed component;
/// - lead_time: one conflict listing the milestones before the window whose time is already
///   past @p now, not counting milestones whose step (templateKey "milestone:" + key) is done.
///   Only for plans in draft, in review, approved or scheduled.
/// The time-based kinds need a valid window; without one only the last two are checked.
QList<PlanConflict> findConflicts(const ConflictInput &in);

/// "2026-12-13 01:00-05:00" in @p zone, or "2026-12-13 23:00-2026-12-14 03:00" across days.
QString formatTimeRange(const QDateTime &start, const QDateTime &end, const QTimeZone &zone);

} // namespace pp
