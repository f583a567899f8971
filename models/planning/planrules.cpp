// The rules of patch plans (see planrules.h).
#include "models/planning/planrules.h"

#include "models/planning/controlrules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>

namespace pp {
namespace Internal {

/// The translation context of the plan rules' messages.
struct PlanRulesTr
{
    Q_DECLARE_TR_FUNCTIONS(PlanRules)
};

} // namespace Internal

namespace {

using Internal::PlanRulesTr;

constexpr int kDay = 24 * 60;
constexpr int kHour = 60;

bool isWindowStep(const PlanStep &s)
{
    return s.phase == StepPhase::Pre || s.phase == StepPhase::Apply || s.phase == StepPhase::Post;
}

/// The step's title for a message, or "step N" when it has none.
QString stepName(const PlanStep &s)
{
    const QString t = s.title.trimmed();
    return t.isEmpty() ? PlanRulesTr::tr("step %1").arg(s.position) : t;
}

/// Indices of the steps matching @p pred, in position order (stable for equal positions).
QList<int> indicesByPosition(const QList<PlanStep> &steps,
                             const std::function<bool(const PlanStep &)> &pred)
{
    QList<int> out;
    for (int i = 0; i < steps.size(); ++i) {
        if (pred(steps.at(i)))
            out.append(i);
    }
    std::stable_sort(out.begin(), out.end(), [&steps](int a, int b) {
        return steps.at(a).position < steps.at(b).position;
    });
    return out;
}

qint64 minutesToSecs(int minutes)
{
    return qint64(minutes) * 60;
}

} // namespace

// --- Lead-time profiles ------------------------------------------------------------------------

QStringList milestoneKeys()
{
    return {QLatin1String(kMilestoneImpactAssessed), QLatin1String(kMilestoneStagingTested),
            QLatin1String(kMilestoneSecurityReview), QLatin1String(kMilestoneNotice),
            QLatin1String(kMilestonePostReview)};
}

bool isAfterWindowMilestone(const QString &key)
{
    return key == QLatin1String(kMilestonePostReview);
}

LeadTimeProfile defaultLeadTimes(PlanType type)
{
    const QStringList keys = milestoneKeys();
    const QList<int> offsets = type == PlanType::Emergency
        ? QList<int>{-48 * kHour, -24 * kHour, -12 * kHour, -4 * kHour, 2 * kDay}
        : QList<int>{-21 * kDay, -14 * kDay, -10 * kDay, -7 * kDay, 3 * kDay};
    LeadTimeProfile p;
    for (int i = 0; i < keys.size(); ++i)
        p.milestones.append({keys.at(i), offsets.at(i)});
    return p;
}

QString milestoneTitle(const QString &key)
{
    if (key == QLatin1String(kMilestoneImpactAssessed))
        return PlanRulesTr::tr("Information collected, impact assessed");
    if (key == QLatin1String(kMilestoneStagingTested))
        return PlanRulesTr::tr("Tested in staging");
    if (key == QLatin1String(kMilestoneSecurityReview))
        return PlanRulesTr::tr("Security review and approval");
    if (key == QLatin1String(kMilestoneNotice))
        return PlanRulesTr::tr("Notice to users and stakeholders");
    if (key == QLatin1String(kMilestonePostReview))
        return PlanRulesTr::tr("Post-implementation review");
    return key;
}

QString profileText(const LeadTimeProfile &profile)
{
    QStringList parts;
    for (const MilestoneSpec &m : profile.milestones)
        parts.append(QStringLiteral("%1=%2").arg(m.key).arg(m.offsetMinutes));
    return parts.join(QLatin1Char(','));
}

std::optional<LeadTimeProfile> parseProfile(const QString &text)
{
    const QStringList keys = milestoneKeys();
    QHash<QString, int> offsets;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        const QString key = item.left(eq).trimmed();
        bool ok = false;
        const int minutes = item.mid(eq + 1).trimmed().toInt(&ok);
        if (!ok || !keys.contains(key) || offsets.contains(key))
            return std::nullopt;
        offsets.insert(key, minutes);
    }
    if (offsets.isEmpty())
        return std::nullopt;
    LeadTimeProfile p;
    for (const QString &key : keys) {
        if (offsets.contains(key))
            p.milestones.append({key, offsets.value(key)});
    }
    return p;
}

QStringList validateProfile(const LeadTimeProfile &profile)
{
    QStringList problems;
    const QStringList keys = milestoneKeys();
    QHash<QString, int> offsets;
    for (const MilestoneSpec &m : profile.milestones) {
        if (!keys.contains(m.key)) {
            problems.append(PlanRulesTr::tr("Unknown milestone “%1”.").arg(m.key));
            continue;
        }
        if (offsets.contains(m.key)) {
            problems.append(PlanRulesTr::tr("The milestone “%1” is given twice.")
                                .arg(milestoneTitle(m.key)));
            continue;
        }
        offsets.insert(m.key, m.offsetMinutes);
    }
    std::optional<int> previous;
    QString previousKey;
    for (const QString &key : keys) {
        if (!offsets.contains(key))
            continue;
        const int offset = offsets.value(key);
        if (isAfterWindowMilestone(key)) {
            if (offset <= 0)
                problems.append(PlanRulesTr::tr("“%1” must come after the window.")
                                    .arg(milestoneTitle(key)));
            continue;
        }
        if (offset >= 0) {
            problems.append(PlanRulesTr::tr("“%1” must come before the window.")
                                .arg(milestoneTitle(key)));
        } else if (previous && offset <= *previous) {
            problems.append(PlanRulesTr::tr("“%1” must come after “%2”.")
                                .arg(milestoneTitle(key), milestoneTitle(previousKey)));
        }
        previous = offset;
        previousKey = key;
    }
    return problems;
}

QDateTime milestoneTime(const Plan &plan, const MilestoneSpec &m)
{
    const QDateTime base = isAfterWindowMilestone(m.key) ? plan.windowEnd : plan.windowStart;
    if (!base.isValid())
        return {};
    return base.addSecs(minutesToSecs(m.offsetMinutes));
}

QList<PlanStep> milestoneSteps(const Plan &plan, const LeadTimeProfile &profile)
{
    QList<PlanStep> steps;
    int position = 1;
    for (const MilestoneSpec &m : profile.milestones) {
        PlanStep s;
        s.planId = plan.id;
        s.position = position++;
        s.phase = StepPhase::Milestone;
        s.templateKey = QLatin1String(kMilestoneTemplatePrefix) + m.key;
        s.title = milestoneTitle(m.key);
        s.plannedStart = milestoneTime(plan, m);
        s.durationMinutes = 0;
        steps.append(s);
    }
    return steps;
}

// --- Step identity and timing ------------------------------------------------------------------

qint64 stepRef(const PlanStep &s)
{
    return s.id > 0 ? s.id : unsavedStepRef(s.position);
}

int indexOfStep(const QList<PlanStep> &steps, qint64 ref)
{
    if (ref == 0)
        return -1;
    for (int i = 0; i < steps.size(); ++i) {
        if (stepRef(steps.at(i)) == ref)
            return i;
    }
    return -1;
}

QList<PlanStep> remapStepRefs(QList<PlanStep> steps, const QHash<qint64, qint64> &refToId)
{
    for (PlanStep &s : steps) {
        for (qint64 &d : s.dependsOn)
            d = refToId.value(d, d);
        if (s.pairsWithStepId != 0)
            s.pairsWithStepId = refToId.value(s.pairsWithStepId, s.pairsWithStepId);
    }
    return steps;
}

QStringList validateDependencies(const QList<PlanStep> &steps)
{
    QStringList problems;
    // Explicit edges only: step -> the steps it waits for.
    QList<QList<int>> edges(steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        const PlanStep &s = steps.at(i);
        for (qint64 ref : s.dependsOn) {
            const int j = indexOfStep(steps, ref);
            if (j < 0) {
                problems.append(PlanRulesTr::tr("“%1” depends on a step that is not in the plan.")
                                    .arg(stepName(s)));
            } else if (j == i) {
                problems.append(PlanRulesTr::tr("“%1” depends on itself.").arg(stepName(s)));
            } else {
                if (isWindowStep(s) && steps.at(j).phase == StepPhase::Rollback) {
                    problems.append(
                        PlanRulesTr::tr("“%1” waits for the rollback step “%2”, which may never "
                                        "run.")
                            .arg(stepName(s), stepName(steps.at(j))));
                }
                edges[i].append(j);
            }
        }
    }
    // Tarjan's strongly connected components: each component of two or more steps is a cycle.
    const int n = int(steps.size());
    QList<int> index(n, -1), low(n, 0);
    QList<bool> onStack(n, false);
    QList<int> stack;
    int counter = 0;
    std::function<void(int)> connect = [&](int v) {
        index[v] = low[v] = counter++;
        stack.append(v);
        onStack[v] = true;
        for (int w : edges.at(v)) {
            if (index.at(w) < 0) {
                connect(w);
                low[v] = std::min(low.at(v), low.at(w));
            } else if (onStack.at(w)) {
                low[v] = std::min(low.at(v), index.at(w));
            }
        }
        if (low.at(v) == index.at(v)) {
            QList<int> component;
            int w = -1;
            do {
                w = stack.takeLast();
                onStack[w] = false;
                component.append(w);
            } while (w != v);
            if (component.size() > 1) {
                std::sort(component.begin(), component.end(), [&steps](int a, int b) {
                    return steps.at(a).position < steps.at(b).position;
                });
                QStringList names;
                for (int c : component)
                    names.append(QStringLiteral("“%1”").arg(stepName(steps.at(c))));
                problems.append(PlanRulesTr::tr("These steps wait for each other in a cycle: %1.")
                                    .arg(names.join(QStringLiteral(", "))));
            }
        }
    };
    for (int v = 0; v < n; ++v) {
        if (index.at(v) < 0)
            connect(v);
    }
    return problems;
}

QList<PlanStep> scheduleSteps(QList<PlanStep> steps, const Plan &plan)
{
    const QList<int> window = indicesByPosition(steps, isWindowStep);
    // What each window step waits for (indices of window steps).
    QHash<int, QList<int>> waitsFor;
    for (qsizetype k = 0; k < window.size(); ++k) {
        const int i = window.at(k);
        QList<int> preds;
        for (qint64 ref : steps.at(i).dependsOn) {
            const int j = indexOfStep(steps, ref);
            if (j >= 0 && j != i && isWindowStep(steps.at(j)))
                preds.append(j);
        }
        if (steps.at(i).dependsOn.isEmpty() && k > 0)
            preds.append(window.at(k - 1));
        waitsFor.insert(i, preds);
    }
    enum State { Unvisited, Visiting, Done };
    QList<State> state(steps.size(), Unvisited);
    std::function<void(int)> place = [&](int i) {
        state[i] = Visiting;
        QDateTime start = plan.windowStart;
        for (int j : waitsFor.value(i)) {
            if (state.at(j) == Unvisited)
                place(j);
            if (state.at(j) == Done && steps.at(j).plannedStart.isValid()) {
                const QDateTime end = steps.at(j).plannedEnd();
                if (!start.isValid() || end > start)
                    start = end;
            }
            // Visiting: the edge closes a cycle (validateDependencies() reports it); ignored.
        }
        steps[i].plannedStart = start;
        state[i] = Done;
    };
    for (int i : window) {
        if (state.at(i) == Unvisited)
            place(i);
    }
    // Rollback steps: back to back, the last one ending at windowEnd.
    QDateTime at = rollbackDecisionDeadline(steps, plan);
    for (int i : indicesByPosition(steps, [](const PlanStep &s) {
             return s.phase == StepPhase::Rollback;
         })) {
        steps[i].plannedStart = at;
        if (at.isValid())
            at = at.addSecs(minutesToSecs(std::max(0, steps.at(i).durationMinutes)));
    }
    return steps;
}

QDateTime rollbackDecisionDeadline(const QList<PlanStep> &steps, const Plan &plan)
{
    if (!plan.windowEnd.isValid())
        return {};
    qint64 total = 0;
    for (const PlanStep &s : steps) {
        if (s.phase == StepPhase::Rollback)
            total += std::max(0, s.durationMinutes);
    }
    return plan.windowEnd.addSecs(-total * 60);
}

QDateTime plannedFinish(const QList<PlanStep> &steps)
{
    QDateTime finish;
    for (const PlanStep &s : steps) {
        if (!isWindowStep(s) || !s.plannedStart.isValid())
            continue;
        if (!finish.isValid() || s.plannedEnd() > finish)
            finish = s.plannedEnd();
    }
    return finish;
}

// --- Paired steps ------------------------------------------------------------------------------

namespace {

/// The messages of one kind of pair (monitoring or network access), kept whole for translation.
struct PairKind
{
    StepEffect opening;
    StepEffect restoring;
    QString (*noPartner)(const QString &);
    QString (*partnerMissing)(const QString &);
    QString (*partnerWrong)(const QString &, const QString &);
    QString (*partnerEarlier)(const QString &, const QString &);
};

const PairKind kMonitoringPair{
    StepEffect::SuppressMonitoring, StepEffect::RestoreMonitoring,
    [](const QString &a) {
        return PlanRulesTr::tr("“%1” suppresses monitoring, and no later step restores it.").arg(a);
    },
    [](const QString &a) {
        return PlanRulesTr::tr("“%1” suppresses monitoring, but the step meant to restore it is "
                               "not in the plan.")
            .arg(a);
    },
    [](const QString &a, const QString &b) {
        return PlanRulesTr::tr("“%1” suppresses monitoring, but “%2”, the step paired with it, "
                               "does not restore monitoring.")
            .arg(a, b);
    },
    [](const QString &a, const QString &b) {
        return PlanRulesTr::tr("“%1” suppresses monitoring, but “%2”, the step paired with it, "
                               "does not come after it in the window.")
            .arg(a, b);
    }};

const PairKind kAccessPair{
    StepEffect::OpenAccess, StepEffect::CloseAccess,
    [](const QString &a) {
        return PlanRulesTr::tr("“%1” opens network access, and no later step closes it.").arg(a);
    },
    [](const QString &a) {
        return PlanRulesTr::tr("“%1” opens network access, but the step meant to close it is not "
                               "in the plan.")
            .arg(a);
    },
    [](const QString &a, const QString &b) {
        return PlanRulesTr::tr("“%1” opens network access, but “%2”, the step paired with it, "
                               "does not close it.")
            .arg(a, b);
    },
    [](const QString &a, const QString &b) {
        return PlanRulesTr::tr("“%1” opens network access, but “%2”, the step paired with it, "
                               "does not come after it in the window.")
            .arg(a, b);
    }};

void checkPairs(const QList<PlanStep> &steps, const QList<int> &window, const PairKind &kind,
                QStringList &problems)
{
    QSet<int> taken;
    QList<int> byOrder; // opening steps without an explicit partner
    for (int i : window) {
        const PlanStep &s = steps.at(i);
        if (s.effect != kind.opening)
            continue;
        if (s.pairsWithStepId == 0) {
            byOrder.append(i);
            continue;
        }
        const int j = indexOfStep(steps, s.pairsWithStepId);
        if (j < 0) {
            problems.append(kind.partnerMissing(stepName(s)));
        } else if (steps.at(j).effect != kind.restoring) {
            problems.append(kind.partnerWrong(stepName(s), stepName(steps.at(j))));
        } else if (!window.contains(j) || steps.at(j).position <= s.position) {
            problems.append(kind.partnerEarlier(stepName(s), stepName(steps.at(j))));
        } else {
            taken.insert(j);
        }
    }
    for (int i : byOrder) {
        const PlanStep &s = steps.at(i);
        bool found = false;
        for (int j : window) {
            if (steps.at(j).effect == kind.restoring && !taken.contains(j)
                && steps.at(j).position > s.position) {
                taken.insert(j);
                found = true;
                break;
            }
        }
        if (!found)
            problems.append(kind.noPartner(stepName(s)));
    }
}

} // namespace

QStringList unpairedSteps(const QList<PlanStep> &steps)
{
    QStringList problems;
    const QList<int> window = indicesByPosition(steps, isWindowStep);
    checkPairs(steps, window, kMonitoringPair, problems);
    checkPairs(steps, window, kAccessPair, problems);
    return problems;
}

// --- Status flow -------------------------------------------------------------------------------

bool canTransition(PlanStatus from, PlanStatus to)
{
    using S = PlanStatus;
    switch (from) {
    case S::Draft: return to == S::InReview || to == S::Cancelled;
    case S::InReview: return to == S::Draft || to == S::Approved || to == S::Cancelled;
    case S::Approved: return to == S::Scheduled || to == S::Cancelled;
    case S::Scheduled: return to == S::InProgress || to == S::Cancelled;
    case S::InProgress: return to == S::Done || to == S::RolledBack;
    case S::Done:
    case S::RolledBack:
    case S::Cancelled: return false;
    }
    return false;
}

bool canStartOnProvisional(const Plan &plan)
{
    return plan.type == PlanType::Emergency && plan.status == PlanStatus::InReview;
}

bool canTransition(const Plan &plan, PlanStatus to)
{
    if (canTransition(plan.status, to))
        return true;
    return to == PlanStatus::InProgress && canStartOnProvisional(plan);
}

namespace {

/// The latest decision by someone other than the author (by decidedAt, then list order).
std::optional<Approval> latestDecision(const Plan &plan, const QList<Approval> &approvals)
{
    std::optional<Approval> latest;
    for (const Approval &a : approvals) {
        if (a.approver.trimmed().isEmpty() || samePerson(a.approver, plan.author))
            continue;
        if (!latest || !(a.decidedAt < latest->decidedAt))
            latest = a;
    }
    return latest;
}

} // namespace

std::optional<Approval> effectiveApproval(const Plan &plan, const QList<Approval> &approvals)
{
    const std::optional<Approval> latest = latestDecision(plan, approvals);
    if (!latest)
        return std::nullopt;
    if (latest->decision == ApprovalDecision::Approved)
        return latest;
    if (latest->decision == ApprovalDecision::Provisional && latest->confirmedAt.isValid())
        return latest;
    return std::nullopt;
}

QStringList transitionProblems(const Plan &plan, PlanStatus to, const QList<PlanStep> &steps,
                               const QList<Approval> &approvals, const QDateTime &now)
{
    QStringList problems;
    if (!canTransition(plan, to)) {
        problems.append(PlanRulesTr::tr("A plan cannot go from “%1” to “%2”.")
                            .arg(displayName(plan.status), displayName(to)));
        return problems;
    }
    switch (to) {
    case PlanStatus::InReview: {
        if (!plan.windowStart.isValid() || !plan.windowEnd.isValid())
            problems.append(PlanRulesTr::tr("Set the start and the end of the window."));
        else if (plan.windowEnd <= plan.windowStart)
            problems.append(PlanRulesTr::tr("The window must end after it starts."));
        const bool hasApply = std::any_of(steps.cbegin(), steps.cend(), [](const PlanStep &s) {
            return s.phase == StepPhase::Apply;
        });
        if (!hasApply)
            problems.append(PlanRulesTr::tr("The plan has no apply step."));
        problems += validateDependencies(steps);
        problems += unpairedSteps(steps);
        break;
    }
    case PlanStatus::Approved:
        if (!effectiveApproval(plan, approvals))
            problems.append(PlanRulesTr::tr("The plan has no approval by someone other than its "
                                            "author."));
        break;
    case PlanStatus::InProgress: {
        if (effectiveApproval(plan, approvals))
            break;
        const std::optional<Approval> latest = latestDecision(plan, approvals);
        const bool provisional = canStartOnProvisional(plan) && latest
            && latest->decision == ApprovalDecision::Provisional;
        if (!provisional) {
            problems.append(plan.type == PlanType::Emergency
                                ? PlanRulesTr::tr("The plan has no approval or provisional "
                                                  "approval.")
                                : PlanRulesTr::tr("The plan has no approval."));
        } else if (provisionalOverdue(*latest, now)) {
            problems.append(PlanRulesTr::tr("The provisional approval by %1 was not confirmed "
                                            "within 24 hours.")
                                .arg(latest->approver));
        }
        break;
    }
    case PlanStatus::Done: {
        QStringList open;
        for (const PlanStep &s : steps) {
            if (isWindowStep(s) && !s.isDone())
                open.append(QStringLiteral("“%1”").arg(stepName(s)));
        }
        if (!open.isEmpty())
            problems.append(PlanRulesTr::tr("%n step(s) not done yet: %1.", nullptr,
                                            int(open.size()))
                                .arg(open.join(QStringLiteral(", "))));
        break;
    }
    case PlanStatus::RolledBack: {
        const bool any = std::any_of(steps.cbegin(), steps.cend(), [](const PlanStep &s) {
            return s.phase == StepPhase::Rollback && s.isDone();
        });
        if (!any)
            problems.append(PlanRulesTr::tr("No rollback step is done."));
        break;
    }
    case PlanStatus::Draft:
    case PlanStatus::Scheduled:
    case PlanStatus::Cancelled:
        break;
    }
    return problems;
}

// --- Approval ----------------------------------------------------------------------------------

QStringList approvalProblems(const Plan &plan, const QString &approver, ApprovalDecision decision,
                             const SecurityChecklist &checklist, const QString &comment,
                             const QList<PlanStep> &steps)
{
    QStringList problems;
    if (approver.trimmed().isEmpty())
        problems.append(PlanRulesTr::tr("Name the approver."));
    else if (samePerson(approver, plan.author))
        problems.append(PlanRulesTr::tr("%1 wrote the plan and cannot approve or reject it.")
                            .arg(approver.trimmed()));

    if (decision == ApprovalDecision::Provisional && plan.type != PlanType::Emergency)
        problems.append(PlanRulesTr::tr("Only an emergency plan can be approved provisionally."));
    if (plan.status != PlanStatus::InReview)
        problems.append(PlanRulesTr::tr("Only a plan in review can be decided on; this one is "
                                        "“%1”.")
                            .arg(displayName(plan.status)));

    if (decision == ApprovalDecision::Rejected) {
        if (comment.trimmed().isEmpty())
            problems.append(PlanRulesTr::tr("Say why the plan is rejected."));
        return problems;
    }

    QStringList unanswered;
    if (!checklist.networkReachabilityChanged)
        unanswered.append(PlanRulesTr::tr("network reachability changed"));
    if (!checklist.monitoringChanged)
        unanswered.append(PlanRulesTr::tr("monitoring or alerts changed"));
    if (!checklist.runbookAgreesWithPolicy)
        unanswered.append(PlanRulesTr::tr("runbook agrees with the security policy"));
    if (!checklist.backupRestoreConfirmed)
        unanswered.append(PlanRulesTr::tr("backup and restore confirmed"));
    if (!checklist.rollbackConfirmed)
        unanswered.append(PlanRulesTr::tr("rollback confirmed"));
    if (!unanswered.isEmpty())
        problems.append(PlanRulesTr::tr("Answer every question of the security checklist; not "
                                        "answered: %1.")
                            .arg(unanswered.join(QStringLiteral(", "))));

    if (checklist.backupRestoreConfirmed == false)
        problems.append(PlanRulesTr::tr("The backup and its restore must be confirmed before "
                                        "approval."));
    if (checklist.rollbackConfirmed == false)
        problems.append(PlanRulesTr::tr("The rollback must be confirmed before approval."));
    if (checklist.runbookAgreesWithPolicy == false)
        problems.append(PlanRulesTr::tr("The runbook must agree with the security policy before "
                                        "approval."));
    const bool noteNeeded = checklist.networkReachabilityChanged == true
        || checklist.monitoringChanged == true;
    if (noteNeeded && checklist.note.trimmed().isEmpty())
        problems.append(PlanRulesTr::tr("Describe in the checklist note how network reachability "
                                        "or monitoring changes."));
    problems += unpairedSteps(steps);
    return problems;
}

bool provisionalOverdue(const Approval &approval, const QDateTime &now)
{
    return approval.decision == ApprovalDecision::Provisional && !approval.confirmedAt.isValid()
        && approval.decidedAt.isValid() && now.isValid()
        && approval.decidedAt.addSecs(24 * 3600) < now;
}

QStringList confirmationProblems(const Plan &plan, const Approval &approval,
                                 const QString &confirmer, const QDateTime &now)
{
    QStringList problems;
    if (approval.decision != ApprovalDecision::Provisional)
        problems.append(PlanRulesTr::tr("Only a provisional approval can be confirmed."));
    else if (approval.confirmedAt.isValid())
        problems.append(PlanRulesTr::tr("The provisional approval is already confirmed."));
    if (confirmer.trimmed().isEmpty())
        problems.append(PlanRulesTr::tr("Name who confirms the approval."));
    else if (samePerson(confirmer, plan.author))
        problems.append(PlanRulesTr::tr("%1 wrote the plan and cannot confirm its approval.")
                            .arg(confirmer.trimmed()));
    if (now.isValid() && approval.decidedAt.isValid() && now < approval.decidedAt)
        problems.append(PlanRulesTr::tr("An approval cannot be confirmed before it was given."));
    return problems;
}

} // namespace pp
