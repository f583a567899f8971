// Gathering what the conflict rules (planning/conflicts.h) need: the systems' window
// occurrences around the plan, blackouts, holidays, the other open plans with their steps, the
// due dates of the findings the plan resolves and its frozen components without acceptance.
#include "models/plans/planservice.h"

#include "models/planning/conflicts.h"
#include "models/planning/holidays.h"
#include "models/planning/planrules.h"
#include "models/planning/steptemplates.h"
#include "models/storage/componentrepository.h"
#include "models/storage/database.h"
#include "models/storage/findingrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/systemrepository.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace pp {

struct PlanService::Context
{
    bool loaded = false;
    QList<Blackout> blackouts;
    bool holidaysAreBlackouts = true;
    QHash<int, LeadTimeProfile> profiles; ///< by PlanType
    QList<OtherPlan> openPlans;
    QHash<qint64, QList<MaintenanceWindow>> windows; ///< by system, filled as needed
    QSet<qint64> windowsLoaded;
    QHash<qint64, QString> systemCodes;
};

namespace {

const QList<PlanStatus> kOpenStatuses{PlanStatus::Draft, PlanStatus::InReview,
                                      PlanStatus::Approved, PlanStatus::Scheduled,
                                      PlanStatus::InProgress};

} // namespace

Status PlanService::loadContext(Context &ctx)
{
    if (ctx.loaded)
        return {};
    PlanRepository plans(m_db);
    SettingsRepository settings(m_db);
    auto blackouts = plans.blackouts();
    if (!blackouts)
        return blackouts.error();
    ctx.blackouts = *blackouts;
    auto holidays = settings.holidaysAreBlackouts();
    if (!holidays)
        return holidays.error();
    ctx.holidaysAreBlackouts = *holidays;
    for (PlanType t : allValues<PlanType>()) {
        auto profile = settings.leadTimes(t);
        if (!profile)
            return profile.error();
        ctx.profiles.insert(int(t), *profile);
    }
    PlanFilter open;
    open.statuses = kOpenStatuses;
    auto list = plans.plans(open);
    if (!list)
        return list.error();
    QList<qint64> ids;
    for (const Plan &p : std::as_const(*list))
        ids << p.id;
    auto steps = plans.stepsOfPlans(ids);
    if (!steps)
        return steps.error();
    for (const Plan &p : std::as_const(*list))
        ctx.openPlans << OtherPlan{p, steps->value(p.id)};
    auto systems = SystemRepository(m_db).findAll();
    if (!systems)
        return systems.error();
    for (const System &s : std::as_const(*systems))
        ctx.systemCodes.insert(s.id, s.code);
    ctx.loaded = true;
    return {};
}

Result<QList<PlanConflict>> PlanService::conflictsFor(const Plan &plan,
                                                      const QList<PlanStep> &steps,
                                                      const QDateTime &now, Context &ctx)
{
    if (Status s = loadContext(ctx); !s)
        return s.error();
    PlanRepository plans(m_db);
    QList<qint64> missing;
    for (qint64 id : plan.systemIds) {
        if (!ctx.windowsLoaded.contains(id))
            missing << id;
    }
    if (!missing.isEmpty()) {
        auto windows = plans.windowsOfSystems(missing);
        if (!windows)
            return windows.error();
        for (qint64 id : std::as_const(missing)) {
            ctx.windows.insert(id, windows->value(id));
            ctx.windowsLoaded.insert(id);
        }
    }

    ConflictInput in;
    in.plan = plan;
    in.steps = steps;
    in.zone = QTimeZone(plan.timeZone.toUtf8());
    if (!in.zone.isValid())
        in.zone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    in.now = now.toUTC();
    in.profile = ctx.profiles.value(int(plan.type));
    in.blackouts = ctx.blackouts;
    in.holidaysAreBlackouts = ctx.holidaysAreBlackouts;
    in.otherPlans = ctx.openPlans;
    for (qint64 id : plan.systemIds)
        in.systemNames.insert(id, ctx.systemCodes.value(id, QString::number(id)));

    // The windows around the plan, and far enough after it to name the next one.
    const QDateTime from = plan.windowStart.addDays(-1);
    const QDateTime to = plan.windowEnd.addDays(40);
    for (qint64 id : plan.systemIds) {
        QList<TimeRange> ranges;
        for (const MaintenanceWindow &w : ctx.windows.value(id)) {
            auto occ = expandWindow(w, from, to);
            if (!occ)
                continue; // a broken rule is refused when stored; an old one yields nothing
            for (const WindowOccurrence &o : std::as_const(*occ))
                ranges << TimeRange{o.start, o.end};
        }
        in.windows.insert(id, ranges);
    }
    const bool japanese = QLocale().language() == QLocale::Japanese;
    const QDate firstDay = plan.windowStart.toTimeZone(in.zone).date();
    const QDate lastDay = plan.windowEnd.toTimeZone(in.zone).date();
    for (const Holiday &h : japaneseHolidays(firstDay, lastDay))
        in.holidays.insert(h.day, japanese ? h.nameJa : h.nameEn);

    // The findings the plan's patches resolve, with their due dates.
    // Three queries, whatever the number of findings: the findings, then their components.
    FindingRepository findings(m_db);
    ComponentRepository components(m_db);
    auto resolved = findings.findingsOfPatches(plan.patchIds);
    if (!resolved)
        return resolved.error();
    QList<qint64> componentIds;
    for (const PatchFinding &f : std::as_const(*resolved))
        componentIds << f.componentId;
    auto found = components.findByIds(componentIds);
    if (!found)
        return found.error();
    QSet<qint64> seen;
    for (const PatchFinding &f : std::as_const(*resolved)) {
        if (seen.contains(f.findingId))
            continue;
        seen.insert(f.findingId);
        if (!isOpen(f.state) || !f.dueDate.isValid())
            continue;
        const auto c = found->constFind(f.componentId);
        const bool known = c != found->cend();
        in.dueFindings << DueFinding{f.findingId, known ? c->systemId : 0,
                                     known ? tr("%1 on %2").arg(f.vulnerability, c->label())
                                           : f.vulnerability,
                                     f.dueDate};
    }

    // Frozen components the plan touches without an acceptance.
    QList<qint64> touched = plan.componentIds;
    if (touched.isEmpty()) {
        for (qint64 id : plan.systemIds) {
            auto list = components.findBySystem(id);
            if (!list)
                return list.error();
            for (const Component &c : std::as_const(*list))
                touched << c.id;
        }
    }
    auto frozen = plans.frozenWithoutAcceptance(touched, now.toTimeZone(in.zone).date());
    if (!frozen)
        return frozen.error();
    for (const PlanRepository::FrozenRef &f : std::as_const(*frozen))
        in.frozenWithoutAcceptance << FrozenComponent{f.componentId, f.systemId, f.label};

    return findConflicts(in);
}

Result<QList<PlanConflict>> PlanService::conflicts(qint64 planId, const QDateTime &now)
{
    PlanRepository plans(m_db);
    auto plan = plans.plan(planId);
    if (!plan)
        return plan.error();
    if (!plan->has_value())
        return rejected(tr("There is no plan %1.").arg(planId));
    auto steps = plans.steps(planId);
    if (!steps)
        return steps.error();
    Context ctx;
    return conflictsFor(**plan, *steps, now, ctx);
}

Result<QList<PlanConflict>> PlanService::openConflicts(const QDateTime &now)
{
    Context ctx;
    QList<PlanConflict> out;
    if (Status s = loadContext(ctx); !s)
        return s.error();
    const QList<OtherPlan> open = ctx.openPlans; // the plans to check are the open ones
    for (const OtherPlan &p : open) {
        auto found = conflictsFor(p.plan, p.steps, now, ctx);
        if (!found)
            return found.error();
        out += *found;
    }
    return out;
}

Result<QList<PlanConflict>> PlanService::conflictsOf(const QList<qint64> &systemIds,
                                                     const QList<qint64> &patchIds,
                                                     PlanType type, const QDateTime &start,
                                                     const QDateTime &end, const QDateTime &now)
{
    Plan plan;
    plan.type = type;
    plan.windowStart = start.toUTC();
    plan.windowEnd = end.toUTC();
    plan.systemIds = systemIds;
    plan.patchIds = patchIds;
    SettingsRepository settings(m_db);
    auto profile = settings.leadTimes(type);
    if (!profile)
        return profile.error();
    const QList<PlanStep> steps = scheduleSteps(milestoneSteps(plan, *profile), plan);
    Context ctx;
    return conflictsFor(plan, steps, now, ctx);
}

} // namespace pp
