// Plan creation, window proposals and completion (see planservice.h); the conflict gathering is
// in planservice_conflicts.cpp.
#include "models/plans/planservice.h"

#include "models/io/vulnimport.h"
#include "models/planning/planrules.h"
#include "models/planning/steptemplates.h"
#include "models/storage/componentrepository.h"
#include "models/storage/database.h"
#include "models/storage/findingrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/systemrepository.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace pp {
namespace {

constexpr int kDefaultWindowMinutes = 240;

QList<qint64> unique(const QList<qint64> &ids)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    }
    return out;
}

} // namespace

Result<Plan> PlanService::create(const NewPlanRequest &request, const QDateTime &now)
{
    if (!request.windowStart.isValid())
        return usage(tr("A plan needs the start of its window."));
    Plan plan;
    plan.type = request.type;
    plan.timeZone = request.timeZone;
    plan.onSite = request.onSite;
    plan.windowStart = request.windowStart.toUTC();

    // Scope: the patches' components and systems, or the systems' pending patches.
    FindingRepository findings(m_db);
    ComponentRepository components(m_db);
    QList<qint64> patchIds = unique(request.patchIds);
    QList<qint64> systemIds = unique(request.systemIds);
    if (patchIds.isEmpty()) {
        for (qint64 systemId : std::as_const(systemIds)) {
            auto rows = findings.patchRows(systemId);
            if (!rows)
                return rows.error();
            for (const PatchRow &r : std::as_const(*rows))
                patchIds << r.patch.id;
        }
        patchIds = unique(patchIds);
    }
    // The patches, their findings and components: a few queries, whatever their number.
    auto patches = findings.patches(patchIds);
    if (!patches)
        return patches.error();
    QList<qint64> componentIds;
    for (qint64 patchId : std::as_const(patchIds)) {
        const auto patch = patches->constFind(patchId);
        if (patch == patches->cend())
            return rejected(tr("There is no pending patch %1.").arg(patchId));
        if (patch->componentId > 0)
            componentIds << patch->componentId;
    }
    auto resolved = findings.findingsOfPatches(patchIds);
    if (!resolved)
        return resolved.error();
    for (const PatchFinding &f : std::as_const(*resolved))
        componentIds << f.componentId;
    componentIds = unique(componentIds);
    auto found = components.findByIds(componentIds);
    if (!found)
        return found.error();
    QList<ComponentKind> kinds;
    for (qint64 componentId : std::as_const(componentIds)) {
        const auto c = found->constFind(componentId);
        if (c == found->cend())
            continue;
        systemIds << c->systemId;
        if (!kinds.contains(c->kind))
            kinds << c->kind;
    }
    systemIds = unique(systemIds);
    if (systemIds.isEmpty())
        return rejected(tr("A plan needs at least one system or pending patch."));
    if (kinds.isEmpty()) {
        // No patch names a component: the systems' own components set the steps.
        for (qint64 systemId : std::as_const(systemIds)) {
            auto list = components.findBySystem(systemId);
            if (!list)
                return list.error();
            for (const Component &c : std::as_const(*list)) {
                if (!kinds.contains(c.kind))
                    kinds << c.kind;
            }
        }
    }
    plan.systemIds = systemIds;
    plan.componentIds = componentIds;
    plan.patchIds = patchIds;

    // The window: as given, else the maintenance window that contains the start.
    PlanRepository plans(m_db);
    auto windows = plans.windowsOfSystems(systemIds);
    if (!windows)
        return windows.error();
    if (plan.timeZone.trimmed().isEmpty()) {
        for (qint64 id : std::as_const(systemIds)) {
            if (!windows->value(id).isEmpty()) {
                plan.timeZone = windows->value(id).first().timeZone;
                break;
            }
        }
        if (plan.timeZone.trimmed().isEmpty())
            plan.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    }
    plan.windowEnd = request.windowEnd.isValid() ? request.windowEnd.toUTC() : QDateTime();
    if (!plan.windowEnd.isValid()) {
        for (const QList<MaintenanceWindow> &list : std::as_const(*windows)) {
            for (const MaintenanceWindow &w : list) {
                auto occ = expandWindow(w, plan.windowStart.addDays(-8), plan.windowStart.addSecs(1));
                if (!occ)
                    continue;
                for (const WindowOccurrence &o : std::as_const(*occ)) {
                    if (o.start <= plan.windowStart && o.end > plan.windowStart
                        && (!plan.windowEnd.isValid() || o.end < plan.windowEnd)) {
                        plan.windowEnd = o.end; // the shortest that contains it: all systems fit
                    }
                }
            }
        }
        if (!plan.windowEnd.isValid())
            plan.windowEnd = plan.windowStart.addSecs(kDefaultWindowMinutes * 60);
    }

    // A title people recognise in a list.
    plan.title = request.title.trimmed();
    if (plan.title.isEmpty()) {
        QStringList codes;
        SystemRepository systems(m_db);
        for (qint64 id : std::as_const(systemIds)) {
            auto s = systems.findById(id);
            if (s && s->has_value())
                codes << (*s)->code;
        }
        const QString shown = codes.size() > 4
            ? tr("%1 and %n more", nullptr, int(codes.size() - 3))
                  .arg(codes.mid(0, 3).join(QLatin1String(", ")))
            : codes.join(QLatin1String(", "));
        const QString day = plan.windowStart.toTimeZone(QTimeZone(plan.timeZone.toUtf8()))
                                .date()
                                .toString(Qt::ISODate);
        plan.title = plan.type == PlanType::Emergency
            ? tr("Emergency patching %1 (%2)").arg(day, shown)
            : tr("Regular patching %1 (%2)").arg(day, shown);
    }

    SettingsRepository settings(m_db);
    auto profile = settings.leadTimes(plan.type);
    if (!profile)
        return profile.error();
    auto templates = settings.stepTemplates();
    if (!templates)
        return templates.error();
    const QList<PlanStep> steps =
        initialPlanSteps(plan, *profile, *templates, kinds, plan.onSite, request.language);
    return plans.insertPlan(plan, steps, now);
}

Result<QList<WindowProposal>> PlanService::proposeWindows(const QList<qint64> &systemIds,
                                                         const QList<qint64> &patchIds,
                                                         PlanType type, const QDateTime &now,
                                                         int count)
{
    QList<WindowProposal> out;
    const QList<qint64> ids = unique(systemIds);
    if (ids.isEmpty() || count <= 0)
        return out;
    auto profile = SettingsRepository(m_db).leadTimes(type);
    if (!profile)
        return profile.error();
    // The earliest start that leaves the whole lead time before the window.
    int leadMinutes = 0;
    for (const MilestoneSpec &m : std::as_const(profile->milestones)) {
        if (!isAfterWindowMilestone(m.key))
            leadMinutes = std::max(leadMinutes, -m.offsetMinutes);
    }
    const QDateTime earliest = now.toUTC().addSecs(qint64(leadMinutes) * 60);
    const QDateTime horizon = earliest.addDays(type == PlanType::Emergency ? 30 : 400);
    auto windows = PlanRepository(m_db).windowsOfSystems(ids);
    if (!windows)
        return windows.error();
    // Every system's occurrences; a proposal is an occurrence of the first system's windows
    // during which every other system has a window too (the intersection).
    QHash<qint64, QList<WindowOccurrence>> occurrences;
    QHash<qint64, QString> names;
    for (qint64 id : ids) {
        for (const MaintenanceWindow &w : windows->value(id)) {
            auto occ = expandWindow(w, earliest, horizon);
            if (!occ)
                return occ.error();
            occurrences[id] += *occ;
            names.insert(w.id, w.name);
        }
        if (occurrences.value(id).isEmpty())
            return out; // a system without any window: nothing to propose
    }
    QList<WindowOccurrence> first = occurrences.value(ids.first());
    std::sort(first.begin(), first.end(),
              [](const WindowOccurrence &a, const WindowOccurrence &b) { return a.start < b.start; });
    for (const WindowOccurrence &o : std::as_const(first)) {
        if (o.start < earliest)
            continue;
        QDateTime start = o.start;
        QDateTime end = o.end;
        bool everyone = true;
        for (qint64 id : ids.mid(1)) {
            bool found = false;
            for (const WindowOccurrence &p : occurrences.value(id)) {
                if (p.start < end && p.end > start) {
                    start = std::max(start, p.start);
                    end = std::min(end, p.end);
                    found = true;
                    break;
                }
            }
            if (!found) {
                everyone = false;
                break;
            }
        }
        if (!everyone || end <= start)
            continue;
        WindowProposal proposal;
        proposal.start = start;
        proposal.end = end;
        proposal.windowName = names.value(o.windowId);
        auto found = conflictsOf(ids, patchIds, type, start, end, now);
        if (!found)
            return found.error();
        proposal.conflicts = *found;
        out << proposal;
        if (out.size() >= count)
            break;
    }
    return out;
}

Result<PlanCompletion> PlanService::complete(qint64 planId, int expectedVersion,
                                             const QDateTime &now)
{
    PlanCompletion done;
    Status st = m_db.transaction([&]() -> Status {
        PlanRepository plans(m_db);
        auto plan = plans.plan(planId);
        if (!plan)
            return plan.error();
        if (!plan->has_value())
            return conflict(tr("The plan was deleted by someone else."));
        // The status first: it checks that every step is done and the version is current.
        auto closed = plans.setStatus(planId, expectedVersion, PlanStatus::Done, now);
        if (!closed)
            return closed.error();
        FindingRepository findings(m_db);
        ComponentRepository components(m_db);
        QList<qint64> changed;
        QList<Finding> resolve;
        QSet<qint64> seenFindings;
        for (qint64 patchId : std::as_const((*plan)->patchIds)) {
            auto patch = findings.patch(patchId);
            if (!patch)
                return patch.error();
            if (!patch->has_value())
                continue; // resolved and recomputed away meanwhile
            const Patch &p = **patch;
            if (p.kind == PatchKind::Upgrade && p.componentId > 0
                && !p.targetVersion.trimmed().isEmpty()) {
                auto c = components.findById(p.componentId);
                if (!c)
                    return c.error();
                if (c->has_value() && (*c)->version != p.targetVersion.trimmed()) {
                    Component updated = **c;
                    updated.version = p.targetVersion.trimmed();
                    auto stored = components.update(updated);
                    if (!stored)
                        return stored.error();
                    changed << p.componentId;
                    ++done.componentsUpdated;
                }
            }
            for (qint64 findingId : p.findingIds) {
                if (seenFindings.contains(findingId))
                    continue;
                seenFindings.insert(findingId);
                auto f = findings.find(findingId);
                if (!f)
                    return f.error();
                if (!f->has_value() || !isOpen((*f)->state))
                    continue;
                Finding r = **f;
                r.state = AnalysisState::Resolved;
                r.detail = tr("Resolved by plan %1 \"%2\".").arg(planId).arg((*plan)->title);
                resolve << r;
            }
        }
        if (!resolve.isEmpty()) {
            auto written = findings.setStates(resolve);
            if (!written)
                return written.error();
            done.findingsResolved = int(written->size());
        }
        if (!changed.isEmpty()) {
            auto matched = VulnImport::rematch(m_db, changed);
            if (!matched)
                return matched.error();
        }
        return {};
    });
    if (!st)
        return st.error();
    return done;
}

} // namespace pp
