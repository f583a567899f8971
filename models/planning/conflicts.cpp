// The conflicts of a patch plan (see conflicts.h).
#include "models/planning/conflicts.h"

#include <QCoreApplication>

#include <algorithm>

namespace pp {
namespace Internal {

/// The translation context of the conflict reasons.
struct ConflictsTr
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
};

} // namespace Internal

namespace {

using Internal::ConflictsTr;

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");
const QString kTimeFormat = QStringLiteral("HH:mm");

QString formatMoment(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString systemName(const ConflictInput &in, qint64 systemId)
{
    const QString name = in.systemNames.value(systemId).trimmed();
    return name.isEmpty() ? ConflictsTr::tr("system %1").arg(systemId) : name;
}

QString planName(const Plan &p)
{
    const QString t = p.title.trimmed();
    return t.isEmpty() ? ConflictsTr::tr("plan %1").arg(p.id)
                       : ConflictsTr::tr("plan %1 “%2”").arg(QString::number(p.id), t);
}

QString stepName(const PlanStep &s)
{
    const QString t = s.title.trimmed();
    return t.isEmpty() ? ConflictsTr::tr("step %1").arg(s.position) : t;
}

QString dayRange(const QDate &from, const QDate &to)
{
    return from == to ? from.toString(kDayFormat)
                      : ConflictsTr::tr("%1 to %2").arg(from.toString(kDayFormat),
                                                        to.toString(kDayFormat));
}

bool isActive(PlanStatus s)
{
    return s != PlanStatus::Cancelled && s != PlanStatus::Done && s != PlanStatus::RolledBack;
}

/// A step that books its owner: a timed pre/apply/post step with an owner.
bool isBooking(const PlanStep &s)
{
    return (s.phase == StepPhase::Pre || s.phase == StepPhase::Apply
            || s.phase == StepPhase::Post)
        && s.plannedStart.isValid() && s.durationMinutes > 0 && !s.ownerRole.trimmed().isEmpty();
}

PlanConflict make(ConflictKind kind, const ConflictInput &in, qint64 systemId, QString reason)
{
    PlanConflict c;
    c.kind = kind;
    c.planId = in.plan.id;
    c.systemId = systemId;
    c.reason = std::move(reason);
    return c;
}

} // namespace

QString formatTimeRange(const QDateTime &start, const QDateTime &end, const QTimeZone &zone)
{
    const QDateTime s = start.toTimeZone(zone);
    const QDateTime e = end.toTimeZone(zone);
    if (s.date() == e.date())
        return QStringLiteral("%1 %2-%3").arg(s.date().toString(kDayFormat),
                                              s.time().toString(kTimeFormat),
                                              e.time().toString(kTimeFormat));
    return QStringLiteral("%1-%2").arg(formatMoment(start, zone), formatMoment(end, zone));
}

QList<PlanConflict> findConflicts(const ConflictInput &in)
{
    QList<PlanConflict> out;
    const Plan &plan = in.plan;
    const QTimeZone zone = in.zone.isValid() ? in.zone
                                             : QTimeZone(plan.timeZone.toUtf8());
    const TimeRange window{plan.windowStart, plan.windowEnd};
    const bool timed = window.isValid() && zone.isValid();
    const QString windowText = timed ? formatTimeRange(window.start, window.end, zone) : QString();

    // The calendar days the window touches, in the plan's zone.
    QDate firstDay, lastDay;
    if (timed) {
        firstDay = window.start.toTimeZone(zone).date();
        lastDay = window.end.addMSecs(-1).toTimeZone(zone).date();
    }

    if (timed) {
        // Outside every maintenance window.
        for (qint64 systemId : plan.systemIds) {
            const QList<TimeRange> ranges = in.windows.value(systemId);
            if (ranges.isEmpty()) {
                out.append(make(ConflictKind::OutsideWindow, in, systemId,
                                ConflictsTr::tr("%1 has no maintenance window.")
                                    .arg(systemName(in, systemId))));
                continue;
            }
            const bool inside = std::any_of(ranges.cbegin(), ranges.cend(),
                                            [&](const TimeRange &r) { return r.contains(window); });
            if (inside)
                continue;
            std::optional<TimeRange> next;
            for (const TimeRange &r : ranges) {
                if (r.isValid() && r.end > window.start && (!next || r.start < next->start))
                    next = r;
            }
            out.append(make(ConflictKind::OutsideWindow, in, systemId,
                            next ? ConflictsTr::tr("The window %1 is outside every maintenance "
                                                   "window of %2 (next: %3).")
                                       .arg(windowText, systemName(in, systemId),
                                            formatTimeRange(next->start, next->end, zone))
                                 : ConflictsTr::tr("The window %1 is outside every maintenance "
                                                   "window of %2 (none later).")
                                       .arg(windowText, systemName(in, systemId))));
        }

        // Blackouts: of a plan system, or of every system.
        for (const Blackout &b : in.blackouts) {
            if (b.systemId != 0 && !plan.systemIds.contains(b.systemId))
                continue;
            if (!b.startsOn.isValid() || !b.endsOn.isValid())
                continue;
            if (b.endsOn < firstDay || b.startsOn > lastDay)
                continue;
            const QString name = b.name.trimmed().isEmpty() ? b.reason.trimmed() : b.name.trimmed();
            out.append(make(ConflictKind::Blackout, in, b.systemId,
                            b.systemId == 0
                                ? ConflictsTr::tr("The window %1 falls in the blackout “%2” "
                                                  "(%3) of every system.")
                                      .arg(windowText, name, dayRange(b.startsOn, b.endsOn))
                                : ConflictsTr::tr("The window %1 falls in the blackout “%2” "
                                                  "(%3) of %4.")
                                      .arg(windowText, name, dayRange(b.startsOn, b.endsOn),
                                           systemName(in, b.systemId))));
        }

        // Holidays.
        if (in.holidaysAreBlackouts) {
            for (QDate d = firstDay; d <= lastDay; d = d.addDays(1)) {
                if (!in.holidays.contains(d))
                    continue;
                out.append(make(ConflictKind::Holiday, in, 0,
                                ConflictsTr::tr("The window %1 falls on a public holiday, %2 "
                                                "(%3).")
                                    .arg(windowText, d.toString(kDayFormat),
                                         in.holidays.value(d))));
            }
        }

        // Other plans on the same systems at the same time.
        QList<const OtherPlan *> overlapping;
        for (const OtherPlan &o : in.otherPlans) {
            if (plan.id != 0 && o.plan.id == plan.id)
                continue;
            if (!isActive(o.plan.status))
                continue;
            const TimeRange other{o.plan.windowStart, o.plan.windowEnd};
            if (!other.isValid() || !other.overlaps(window))
                continue;
            overlapping.append(&o);
            for (qint64 systemId : plan.systemIds) {
                if (!o.plan.systemIds.contains(systemId))
                    continue;
                PlanConflict c = make(
                    ConflictKind::OverlappingPlan, in, systemId,
                    ConflictsTr::tr("The window %1 overlaps %2 on %3 (%4).")
                        .arg(windowText, planName(o.plan), systemName(in, systemId),
                             formatTimeRange(other.start, other.end, zone)));
                c.otherPlanId = o.plan.id;
                out.append(c);
            }
        }

        // Owners booked twice by overlapping plans.
        for (const PlanStep &s : in.steps) {
            if (!isBooking(s))
                continue;
            const QString owner = s.ownerRole.trimmed();
            const TimeRange mine{s.plannedStart, s.plannedEnd()};
            for (const OtherPlan *o : overlapping) {
                for (const PlanStep &t : o->steps) {
                    if (!isBooking(t)
                        || t.ownerRole.trimmed().compare(owner, Qt::CaseInsensitive) != 0)
                        continue;
                    const TimeRange theirs{t.plannedStart, t.plannedEnd()};
                    if (!theirs.overlaps(mine))
                        continue;
                    PlanConflict c = make(
                        ConflictKind::OwnerDoubleBooked, in, 0,
                        ConflictsTr::tr("%1 is booked twice: “%2” (%3) overlaps “%4” of %5 "
                                        "(%6).")
                            .arg(owner, stepName(s), formatTimeRange(mine.start, mine.end, zone),
                                 stepName(t), planName(o->plan),
                                 formatTimeRange(theirs.start, theirs.end, zone)));
                    c.stepId = s.id;
                    c.otherPlanId = o->plan.id;
                    out.append(c);
                    break; // one conflict per step and other plan
                }
            }
        }

        // Finishing after a due date.
        QDateTime finish = plannedFinish(in.steps);
        if (!finish.isValid())
            finish = window.end;
        for (const DueFinding &f : in.dueFindings) {
            if (!f.due.isValid())
                continue;
            const QDateTime endOfDue = QDateTime(f.due.addDays(1), QTime(0, 0), zone);
            if (finish <= endOfDue)
                continue;
            out.append(make(ConflictKind::AfterDueDate, in, f.systemId,
                            ConflictsTr::tr("The plan finishes at %1, after the due date %2 of "
                                            "%3 on %4.")
                                .arg(formatMoment(finish, zone), f.due.toString(kDayFormat),
                                     f.label, systemName(in, f.systemId))));
        }
    }

    // Frozen components without a current acceptance.
    for (const FrozenComponent &f : in.frozenWithoutAcceptance) {
        out.append(make(ConflictKind::FrozenWithoutAcceptance, in, f.systemId,
                        ConflictsTr::tr("%1 on %2 is frozen and has no current risk "
                                        "acceptance for this change.")
                            .arg(f.label, systemName(in, f.systemId))));
    }

    // Lead times that cannot be met.
    const bool beforeStart = plan.status == PlanStatus::Draft
        || plan.status == PlanStatus::InReview || plan.status == PlanStatus::Approved
        || plan.status == PlanStatus::Scheduled;
    if (timed && beforeStart && in.now.isValid()) {
        QStringList missed;
        for (const MilestoneSpec &m : in.profile.milestones) {
            if (isAfterWindowMilestone(m.key))
                continue;
            const QString templateKey = QLatin1String(kMilestoneTemplatePrefix) + m.key;
            const bool done = std::any_of(in.steps.cbegin(), in.steps.cend(),
                                          [&](const PlanStep &s) {
                                              return s.templateKey == templateKey && s.isDone();
                                          });
            const QDateTime due = milestoneTime(plan, m);
            if (done || !due.isValid() || due >= in.now)
                continue;
            missed.append(ConflictsTr::tr("%1 (due %2)")
                              .arg(milestoneTitle(m.key), formatMoment(due, zone)));
        }
        if (!missed.isEmpty())
            out.append(make(ConflictKind::LeadTime, in, 0,
                            ConflictsTr::tr("The window %1 leaves too little lead time; %n "
                                            "milestone(s) already past: %2.",
                                            nullptr, int(missed.size()))
                                .arg(windowText, missed.join(QStringLiteral("; ")))));
    }

    std::stable_sort(out.begin(), out.end(), [](const PlanConflict &a, const PlanConflict &b) {
        return int(a.kind) < int(b.kind);
    });
    return out;
}

} // namespace pp
