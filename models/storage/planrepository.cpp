// Windows, blackouts, plans, steps and approvals (see planrepository.h). All SQL of issue 7's
// storage is here; the rules it checks are in models/planning.
#include "models/storage/planrepository.h"

#include "models/planning/planrules.h"
#include "models/planning/recurrence.h"
#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/planrepository_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace pp {
namespace {

using namespace Internal::PlanStore;

const QString kPlanEntity = QStringLiteral("plan");
const QString kStepEntity = QStringLiteral("plan_step");
const QString kApprovalEntity = QStringLiteral("approval");

const QString kPlanColumns = QStringLiteral(
    "p.id, p.title, p.plan_type, p.window_start, p.window_end, p.time_zone, p.status, p.author, "
    "p.description, p.created_at, p.row_version, p.updated_at, p.on_site");
const QString kStepColumns = QStringLiteral(
    "id, plan_id, position, phase, template_key, title, detail, owner_role, planned_start, "
    "duration_minutes, effect, pairs_with_step_id, done_at, done_by, notes, row_version");
const QString kApprovalColumns = QStringLiteral(
    "id, plan_id, approver, decision, decided_at, checklist_json, comment, confirmed_at");


Plan readPlan(const QSqlQuery &q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.type = fromKey<PlanType>(q.value(2).toString()).value_or(PlanType::Regular);
    p.windowStart = timeOf(q.value(3));
    p.windowEnd = timeOf(q.value(4));
    p.timeZone = q.value(5).toString();
    p.status = fromKey<PlanStatus>(q.value(6).toString()).value_or(PlanStatus::Draft);
    p.author = q.value(7).toString();
    p.description = q.value(8).toString();
    p.createdAt = timeOf(q.value(9));
    p.rowVersion = q.value(10).toInt();
    p.updatedAt = timeOf(q.value(11));
    p.onSite = q.value(12).toInt() != 0;
    return p;
}

PlanStep readStep(const QSqlQuery &q)
{
    PlanStep s;
    s.id = q.value(0).toLongLong();
    s.planId = q.value(1).toLongLong();
    s.position = q.value(2).toInt();
    s.phase = fromKey<StepPhase>(q.value(3).toString()).value_or(StepPhase::Pre);
    s.templateKey = q.value(4).toString();
    s.title = q.value(5).toString();
    s.detail = q.value(6).toString();
    s.ownerRole = q.value(7).toString();
    s.plannedStart = timeOf(q.value(8));
    s.durationMinutes = q.value(9).toInt();
    s.effect = fromKey<StepEffect>(q.value(10).toString()).value_or(StepEffect::None);
    s.pairsWithStepId = q.value(11).toLongLong();
    s.doneAt = timeOf(q.value(12));
    s.doneBy = q.value(13).toString();
    s.notes = q.value(14).toString();
    s.rowVersion = q.value(15).toInt();
    return s;
}

Approval readApproval(const QSqlQuery &q)
{
    Approval a;
    a.id = q.value(0).toLongLong();
    a.planId = q.value(1).toLongLong();
    a.approver = q.value(2).toString();
    a.decision = fromKey<ApprovalDecision>(q.value(3).toString())
                     .value_or(ApprovalDecision::Rejected);
    a.decidedAt = timeOf(q.value(4));
    a.checklist = SecurityChecklist::fromJson(
        QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
    a.comment = q.value(6).toString();
    a.confirmedAt = timeOf(q.value(7));
    return a;
}

QJsonArray stepsJson(const QList<PlanStep> &steps)
{
    QJsonArray a;
    for (const PlanStep &s : steps)
        a.append(s.toJson());
    return a;
}

QStringList validatePlanHeader(const Plan &p)
{
    QStringList problems;
    if (p.title.trimmed().isEmpty())
        problems << PlanRepository::tr("A plan needs a title.");
    if (!p.windowStart.isValid() || !p.windowEnd.isValid())
        problems << PlanRepository::tr("A plan needs the start and end of its window.");
    else if (p.windowEnd <= p.windowStart)
        problems << PlanRepository::tr("The window ends (%1) before it starts (%2).")
                        .arg(p.windowEnd.toString(Qt::ISODate),
                             p.windowStart.toString(Qt::ISODate));
    if (p.systemIds.isEmpty())
        problems << PlanRepository::tr("A plan needs at least one system.");
    if (!isKnownTimeZone(p.timeZone))
        problems << PlanRepository::tr("\"%1\" is not a time zone this computer knows.")
                        .arg(p.timeZone);
    return problems;
}

/// A plan's scope tables, written from the lists.
Status writeScope(Database &db, const Plan &p)
{
    const struct
    {
        const char *table;
        const char *column;
        const QList<qint64> &ids;
    } scopes[] = {{"plan_systems", "system_id", p.systemIds},
                  {"plan_components", "component_id", p.componentIds},
                  {"plan_patches", "patch_id", p.patchIds}};
    for (const auto &scope : scopes) {
        auto del = db.run(QStringLiteral("DELETE FROM %1 WHERE plan_id = ?")
                              .arg(QLatin1String(scope.table)),
                          {p.id});
        if (!del)
            return del.error();
        QSet<qint64> seen;
        for (qint64 id : scope.ids) {
            if (id <= 0 || seen.contains(id))
                continue;
            seen.insert(id);
            auto ins = db.run(QStringLiteral("INSERT INTO %1 (plan_id, %2) VALUES (?, ?)")
                                  .arg(QLatin1String(scope.table), QLatin1String(scope.column)),
                              {p.id, id});
            if (!ins)
                return ins.error();
        }
    }
    return {};
}

/// Reads the scope lists of @p plans (by id) in three queries.
Status readScopes(const Database &db, QList<Plan> &plans)
{
    if (plans.isEmpty())
        return {};
    QHash<qint64, int> index;
    QList<qint64> ids;
    for (int i = 0; i < plans.size(); ++i) {
        index.insert(plans.at(i).id, i);
        ids << plans.at(i).id;
    }
    const struct
    {
        const char *table;
        const char *column;
        QList<qint64> Plan::*member;
    } scopes[] = {{"plan_systems", "system_id", &Plan::systemIds},
                  {"plan_components", "component_id", &Plan::componentIds},
                  {"plan_patches", "patch_id", &Plan::patchIds}};
    // Chunks keep the bound parameters under every driver's limit.
    constexpr int kChunk = 500;
    for (const auto &scope : scopes) {
        for (int from = 0; from < ids.size(); from += kChunk) {
            const QList<qint64> chunk = ids.mid(from, kChunk);
            auto q = db.run(QStringLiteral("SELECT plan_id, %1 FROM %2 WHERE plan_id IN (%3) "
                                           "ORDER BY plan_id, %1")
                                .arg(QLatin1String(scope.column), QLatin1String(scope.table),
                                     inList(int(chunk.size()))),
                            idVariants(chunk));
            if (!q)
                return q.error();
            while (q->next()) {
                const int i = index.value(q->value(0).toLongLong(), -1);
                if (i >= 0)
                    (plans[i].*scope.member) << q->value(1).toLongLong();
            }
        }
    }
    return {};
}

} // namespace

// --- Plans ------------------------------------------------------------------------------------

Result<QList<Plan>> PlanRepository::plans(const PlanFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.statuses.isEmpty()) {
        where << QStringLiteral("p.status IN (%1)").arg(inList(int(filter.statuses.size())));
        for (PlanStatus s : filter.statuses)
            binds << toKey(s);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("p.window_end > ?");
        binds << timeValue(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("p.window_start < ?");
        binds << timeValue(filter.to);
    }
    if (filter.systemId > 0) {
        where << QStringLiteral("p.id IN (SELECT plan_id FROM plan_systems WHERE system_id = ?)");
        binds << filter.systemId;
    }
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM plans p %2 ORDER BY p.window_start, p.id")
                          .arg(kPlanColumns,
                               where.isEmpty()
                                   ? QString()
                                   : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))),
                      binds);
    if (!q)
        return q.error();
    QList<Plan> out;
    while (q->next())
        out << readPlan(*q);
    q->finish();
    if (Status s = readScopes(m_db, out); !s)
        return s.error();
    return out;
}

Result<std::optional<Plan>> PlanRepository::plan(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM plans p WHERE p.id = ?").arg(kPlanColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Plan>();
    QList<Plan> one{readPlan(*q)};
    q->finish();
    if (Status s = readScopes(m_db, one); !s)
        return s.error();
    return std::optional<Plan>(one.first());
}

Result<QList<PlanStep>> PlanRepository::steps(qint64 planId) const
{
    auto all = stepsOfPlans({planId});
    if (!all)
        return all.error();
    return all->value(planId);
}

Result<QHash<qint64, PlanProgress>> PlanRepository::progressOfPlans(
    const QList<qint64> &planIds) const
{
    QHash<qint64, PlanProgress> out;
    constexpr int kChunk = 500;
    for (int from = 0; from < planIds.size(); from += kChunk) {
        const QList<qint64> chunk = planIds.mid(from, kChunk);
        auto q = m_db.run(QStringLiteral("SELECT plan_id, phase, done_at IS NOT NULL FROM "
                                         "plan_steps WHERE plan_id IN (%1)")
                              .arg(inList(int(chunk.size()))),
                          idVariants(chunk));
        if (!q)
            return q.error();
        while (q->next()) {
            const auto phase = fromKey<StepPhase>(q->value(1).toString());
            if (!phase || !PlanStep::countsTowardProgress(*phase))
                continue;
            PlanProgress &p = out[q->value(0).toLongLong()];
            ++p.total;
            p.done += q->value(2).toBool() ? 1 : 0;
        }
    }
    return out;
}

Result<QHash<qint64, QList<PlanStep>>> PlanRepository::stepsOfPlans(
    const QList<qint64> &planIds) const
{
    QHash<qint64, QList<PlanStep>> out;
    constexpr int kChunk = 500;
    for (int from = 0; from < planIds.size(); from += kChunk) {
        const QList<qint64> chunk = planIds.mid(from, kChunk);
        auto q = m_db.run(QStringLiteral("SELECT %1 FROM plan_steps WHERE plan_id IN (%2) "
                                         "ORDER BY plan_id, position, id")
                              .arg(kStepColumns, inList(int(chunk.size()))),
                          idVariants(chunk));
        if (!q)
            return q.error();
        QHash<qint64, QPair<qint64, int>> where; // step id -> (plan, index)
        while (q->next()) {
            PlanStep s = readStep(*q);
            QList<PlanStep> &list = out[s.planId];
            where.insert(s.id, qMakePair(s.planId, int(list.size())));
            list << s;
        }
        q->finish();
        auto d = m_db.run(QStringLiteral("SELECT d.step_id, d.depends_on_step_id FROM "
                                         "step_dependencies d JOIN plan_steps s ON s.id = "
                                         "d.step_id WHERE s.plan_id IN (%1) ORDER BY d.step_id, "
                                         "d.depends_on_step_id")
                              .arg(inList(int(chunk.size()))),
                          idVariants(chunk));
        if (!d)
            return d.error();
        while (d->next()) {
            const auto at = where.value(d->value(0).toLongLong(), qMakePair(qint64(0), -1));
            if (at.second >= 0)
                out[at.first][at.second].dependsOn << d->value(1).toLongLong();
        }
    }
    return out;
}

Result<QList<Approval>> PlanRepository::approvals(qint64 planId) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM approvals WHERE plan_id = ? ORDER BY "
                                     "decided_at, id")
                          .arg(kApprovalColumns),
                      {planId});
    if (!q)
        return q.error();
    QList<Approval> out;
    while (q->next())
        out << readApproval(*q);
    return out;
}

namespace {

/// Writes @p steps as the plan's steps (the old ones already removed or kept by id), resolving
/// references by position (negative ids) to the stored ids. Returns the stored steps.
Result<QList<PlanStep>> writeSteps(Database &db, qint64 planId, QList<PlanStep> steps)
{
    std::stable_sort(steps.begin(), steps.end(),
                     [](const PlanStep &a, const PlanStep &b) { return a.position < b.position; });
    const QString now = Database::nowUtc();
    QHash<int, qint64> idOfPosition;
    QHash<qint64, qint64> idOfOldId;
    // First the rows, then the references (a step may refer to a later one).
    for (PlanStep &s : steps) {
        if (s.title.trimmed().isEmpty())
            return rejected(PlanRepository::tr("Step %1 has no title.").arg(s.position));
        if (s.durationMinutes < 0) {
            return rejected(PlanRepository::tr("Step \"%1\" has a negative duration.")
                                .arg(s.title));
        }
        QVariantList binds{planId,
                           s.position,
                           toKey(s.phase),
                           s.templateKey,
                           s.title.trimmed(),
                           s.detail,
                           s.ownerRole.trimmed(),
                           timeValue(s.plannedStart),
                           s.durationMinutes,
                           toKey(s.effect),
                           timeValue(s.doneAt),
                           s.doneBy,
                           s.notes,
                           now};
        QString columns = QStringLiteral(
            "plan_id, position, phase, template_key, title, detail, owner_role, planned_start, "
            "duration_minutes, effect, done_at, done_by, notes, updated_at");
        QString marks = inList(int(binds.size()));
        if (s.id > 0) { // kept under its id (replaceSteps removed the old row first)
            columns.prepend(QLatin1String("id, "));
            marks.prepend(QLatin1String("?, "));
            binds.prepend(s.id);
        }
        auto q = db.run(QStringLiteral("INSERT INTO plan_steps (%1) VALUES (%2) RETURNING id")
                            .arg(columns, marks),
                        binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(PlanRepository::tr("The step \"%1\" was not stored.").arg(s.title));
        const qint64 id = q->value(0).toLongLong();
        q->finish();
        if (s.id > 0)
            idOfOldId.insert(s.id, id);
        idOfPosition.insert(s.position, id);
        s.id = id;
        s.planId = planId;
    }
    auto resolve = [&](qint64 ref) -> qint64 {
        if (ref < 0)
            return idOfPosition.value(int(-ref), 0);
        return idOfOldId.value(ref, 0);
    };
    for (PlanStep &s : steps) {
        if (s.pairsWithStepId != 0) {
            const qint64 pair = resolve(s.pairsWithStepId);
            if (pair == 0) {
                return rejected(PlanRepository::tr("The step \"%1\" is paired with a step that "
                                                   "is not in the plan.")
                                    .arg(s.title));
            }
            auto u = db.run(QStringLiteral("UPDATE plan_steps SET pairs_with_step_id = ? WHERE "
                                           "id = ?"),
                            {pair, s.id});
            if (!u)
                return u.error();
            s.pairsWithStepId = pair;
        }
        QList<qint64> deps;
        for (qint64 ref : std::as_const(s.dependsOn)) {
            const qint64 dep = resolve(ref);
            if (dep == 0 || dep == s.id) {
                return rejected(PlanRepository::tr("The step \"%1\" depends on a step that is "
                                                   "not in the plan.")
                                    .arg(s.title));
            }
            if (deps.contains(dep))
                continue;
            auto i = db.run(QStringLiteral("INSERT INTO step_dependencies (step_id, "
                                           "depends_on_step_id) VALUES (?, ?)"),
                            {s.id, dep});
            if (!i)
                return i.error();
            deps << dep;
        }
        s.dependsOn = deps;
        s.rowVersion = 1;
    }
    return steps;
}

} // namespace

Result<Plan> PlanRepository::insertPlan(const Plan &p, const QList<PlanStep> &steps,
                                        const QDateTime &now)
{
    if (const QStringList problems = validatePlanHeader(p); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Plan stored;
    Status st = m_db.transaction([&]() -> Status {
        const QString stamp = timeValue(now).toString();
        QVariantList binds{p.title.trimmed(), toKey(p.type), timeValue(p.windowStart),
                           timeValue(p.windowEnd), p.timeZone, m_db.actor(), p.description,
                           p.onSite ? 1 : 0, stamp, stamp};
        QString columns = QStringLiteral("title, plan_type, window_start, window_end, "
                                         "time_zone, author, description, on_site, created_at, "
                                         "updated_at");
        QString marks = inList(int(binds.size()));
        if (p.id > 0) { // restoring a deleted draft under its old id (undo)
            columns.prepend(QLatin1String("id, "));
            marks.prepend(QLatin1String("?, "));
            binds.prepend(p.id);
        }
        auto q = m_db.run(QStringLiteral("INSERT INTO plans (%1) VALUES (%2) RETURNING id")
                              .arg(columns, marks),
                          binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The plan \"%1\" was not stored.").arg(p.title));
        Plan n = p;
        n.id = q->value(0).toLongLong();
        q->finish();
        if (Status s = writeScope(m_db, n); !s)
            return s;
        QList<PlanStep> fresh = steps;
        for (PlanStep &s : fresh)
            s.id = 0; // new rows; references by position
        auto written = writeSteps(m_db, n.id, fresh);
        if (!written)
            return written.error();
        auto reread = plan(n.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        QJsonObject after = stored.toJson();
        after.insert(QStringLiteral("steps"), stepsJson(*written));
        return AuditLog(m_db).append(QStringLiteral("create"), kPlanEntity, n.id, {}, after);
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Plan> PlanRepository::updatePlan(const Plan &p, const QDateTime &now)
{
    if (const QStringList problems = validatePlanHeader(p); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Plan stored;
    Status st = m_db.transaction([&]() -> Status {
        auto before = plan(p.id);
        if (!before)
            return before.error();
        if (!before->has_value())
            return conflict(tr("The plan \"%1\" was deleted by someone else.").arg(p.title));
        const Plan old = **before;
        switch (old.status) {
        case PlanStatus::InProgress:
        case PlanStatus::Done:
        case PlanStatus::RolledBack:
        case PlanStatus::Cancelled:
            return rejected(tr("The plan \"%1\" is %2 and can no longer be edited.")
                                .arg(old.title, displayName(old.status).toLower()));
        default:
            break;
        }
        // An approval covers the plan as it was: a changed plan needs approving again.
        const PlanStatus status = old.status == PlanStatus::Approved
                || old.status == PlanStatus::Scheduled
            ? PlanStatus::Draft
            : old.status;
        if (Status s = guarded(m_db,
                               QStringLiteral("UPDATE plans SET title = ?, plan_type = ?, "
                                              "window_start = ?, window_end = ?, time_zone = ?, "
                                              "description = ?, on_site = ?, status = ?, "
                                              "updated_at = ?, row_version = row_version + 1 "
                                              "WHERE id = ? AND row_version = ?"),
                               {p.title.trimmed(), toKey(p.type), timeValue(p.windowStart),
                                timeValue(p.windowEnd), p.timeZone, p.description,
                                p.onSite ? 1 : 0, toKey(status), timeValue(now), p.id,
                                p.rowVersion},
                               tr("The plan \"%1\" was changed by someone else since you "
                                  "opened it.")
                                   .arg(p.title));
            !s) {
            return s;
        }
        if (Status s = writeScope(m_db, p); !s)
            return s;
        auto reread = plan(p.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("update"), kPlanEntity, p.id, old.toJson(),
                                     stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Status PlanRepository::removePlan(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto before = plan(id);
        if (!before)
            return before.error();
        if (!before->has_value())
            return conflict(tr("The plan was already deleted by someone else."));
        const Plan old = **before;
        if (old.status != PlanStatus::Draft && old.status != PlanStatus::Cancelled) {
            return rejected(tr("The plan \"%1\" is %2: only a draft or a cancelled plan can be "
                               "deleted; cancel it first.")
                                .arg(old.title, displayName(old.status).toLower()));
        }
        auto steps = this->steps(id);
        if (!steps)
            return steps.error();
        if (Status s = guarded(m_db,
                               QStringLiteral("DELETE FROM plans WHERE id = ? AND row_version = ?"),
                               {id, expectedVersion},
                               tr("The plan \"%1\" was changed by someone else since you "
                                  "opened it.")
                                   .arg(old.title));
            !s) {
            return s;
        }
        QJsonObject beforeJson = old.toJson();
        beforeJson.insert(QStringLiteral("steps"), stepsJson(*steps));
        return AuditLog(m_db).append(QStringLiteral("delete"), kPlanEntity, id, beforeJson, {});
    });
}

Result<QList<PlanStep>> PlanRepository::replaceSteps(qint64 planId, int expectedPlanVersion,
                                                     const QList<PlanStep> &steps,
                                                     const QDateTime &now)
{
    QList<PlanStep> stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = existingPlan(planId);
        if (!current)
            return current.error();
        const Plan old = *current;
        if (old.status == PlanStatus::InProgress || old.status == PlanStatus::Done
            || old.status == PlanStatus::RolledBack || old.status == PlanStatus::Cancelled) {
            return rejected(tr("The steps of the plan \"%1\" can no longer be edited: it is %2.")
                                .arg(old.title, displayName(old.status).toLower()));
        }
        auto before = this->steps(planId);
        if (!before)
            return before.error();
        const PlanStatus status = old.status == PlanStatus::Approved
                || old.status == PlanStatus::Scheduled
            ? PlanStatus::Draft
            : old.status;
        if (Status s = guarded(m_db,
                               QStringLiteral("UPDATE plans SET status = ?, updated_at = ?, "
                                              "row_version = row_version + 1 WHERE id = ? AND "
                                              "row_version = ?"),
                               {toKey(status), timeValue(now), planId, expectedPlanVersion},
                               tr("The plan \"%1\" was changed by someone else since you "
                                  "opened it.")
                                   .arg(old.title));
            !s) {
            return s;
        }
        auto del = m_db.run(QStringLiteral("DELETE FROM plan_steps WHERE plan_id = ?"), {planId});
        if (!del)
            return del.error();
        auto written = writeSteps(m_db, planId, steps);
        if (!written)
            return written.error();
        stored = *written;
        return AuditLog(m_db).append(QStringLiteral("update"), kPlanEntity, planId,
                                     QJsonObject{{QStringLiteral("steps"), stepsJson(*before)}},
                                     QJsonObject{{QStringLiteral("steps"), stepsJson(stored)}});
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Plan> PlanRepository::existingPlan(qint64 id) const
{
    auto current = plan(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return conflict(tr("The plan was deleted by someone else."));
    return **current;
}

Result<Plan> PlanRepository::planAtVersion(qint64 id, int expectedVersion) const
{
    auto current = existingPlan(id);
    if (current && current->rowVersion != expectedVersion) {
        return conflict(tr("The plan \"%1\" was changed by someone else since you opened "
                           "it.")
                            .arg(current->title));
    }
    return current;
}

Result<Plan> PlanRepository::setStatus(qint64 planId, int expectedVersion, PlanStatus to,
                                       const QDateTime &now)
{
    Plan stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = planAtVersion(planId, expectedVersion);
        if (!current)
            return current.error();
        const Plan old = *current;
        auto steps = this->steps(planId);
        if (!steps)
            return steps.error();
        auto approvals = this->approvals(planId);
        if (!approvals)
            return approvals.error();
        if (to == PlanStatus::Approved) {
            return usage(tr("A plan is approved by recording an approval with its security "
                            "checklist."));
        }
        if (const QStringList problems = transitionProblems(old, to, *steps, *approvals, now);
            !problems.isEmpty()) {
            return rejected(problems.join(QLatin1Char(' ')));
        }
        if (Status s = guarded(m_db,
                               QStringLiteral("UPDATE plans SET status = ?, updated_at = ?, "
                                              "row_version = row_version + 1 WHERE id = ? AND "
                                              "row_version = ?"),
                               {toKey(to), timeValue(now), planId, expectedVersion},
                               tr("The plan \"%1\" was changed by someone else.").arg(old.title));
            !s) {
            return s;
        }
        auto reread = plan(planId);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("status"), kPlanEntity, planId,
                                     QJsonObject{{QStringLiteral("status"), toKey(old.status)}},
                                     QJsonObject{{QStringLiteral("status"), toKey(to)}});
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Approval> PlanRepository::approve(qint64 planId, int expectedVersion,
                                         ApprovalDecision decision,
                                         const SecurityChecklist &checklist,
                                         const QString &comment, const QDateTime &now)
{
    Approval stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = planAtVersion(planId, expectedVersion);
        if (!current)
            return current.error();
        const Plan old = *current;
        auto steps = this->steps(planId);
        if (!steps)
            return steps.error();
        const QString approver = m_db.actor().trimmed();
        if (const QStringList problems =
                approvalProblems(old, approver, decision, checklist, comment, *steps);
            !problems.isEmpty()) {
            return rejected(problems.join(QLatin1Char(' ')));
        }
        auto q = m_db.run(QStringLiteral("INSERT INTO approvals (plan_id, approver, decision, "
                                         "decided_at, checklist_json, comment) VALUES (?, ?, ?, "
                                         "?, ?, ?) RETURNING id"),
                          {planId, approver, toKey(decision), timeValue(now),
                           QString::fromUtf8(QJsonDocument(checklist.toJson())
                                                 .toJson(QJsonDocument::Compact)),
                           comment});
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The approval was not stored."));
        stored.id = q->value(0).toLongLong();
        q->finish();
        stored.planId = planId;
        stored.approver = approver;
        stored.decision = decision;
        stored.decidedAt = now.toUTC();
        stored.checklist = checklist;
        stored.comment = comment;
        const PlanStatus to = decision == ApprovalDecision::Approved ? PlanStatus::Approved
            : decision == ApprovalDecision::Rejected                 ? PlanStatus::Draft
                                                                     : old.status;
        if (Status s = guarded(m_db,
                               QStringLiteral("UPDATE plans SET status = ?, updated_at = ?, "
                                              "row_version = row_version + 1 WHERE id = ? AND "
                                              "row_version = ?"),
                               {toKey(to), timeValue(now), planId, expectedVersion},
                               tr("The plan \"%1\" was changed by someone else.").arg(old.title));
            !s) {
            return s;
        }
        QJsonObject after = stored.toJson();
        after.insert(QStringLiteral("status"), toKey(to));
        return AuditLog(m_db).append(QStringLiteral("approve"), kApprovalEntity, stored.id,
                                     QJsonObject{{QStringLiteral("status"), toKey(old.status)}},
                                     after);
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Approval> PlanRepository::confirmApproval(qint64 approvalId, const QDateTime &now)
{
    Approval stored;
    Status st = m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("SELECT %1 FROM approvals WHERE id = ?")
                              .arg(kApprovalColumns),
                          {approvalId});
        if (!q)
            return q.error();
        if (!q->next())
            return conflict(tr("The approval was deleted by someone else."));
        const Approval before = readApproval(*q);
        q->finish();
        auto current = existingPlan(before.planId);
        if (!current)
            return current.error();
        const Plan p = *current;
        const QString confirmer = m_db.actor().trimmed();
        if (const QStringList problems = confirmationProblems(p, before, confirmer, now);
            !problems.isEmpty()) {
            return rejected(problems.join(QLatin1Char(' ')));
        }
        auto u = m_db.run(QStringLiteral("UPDATE approvals SET confirmed_at = ? WHERE id = ? "
                                         "AND confirmed_at IS NULL"),
                          {timeValue(now), approvalId});
        if (!u)
            return u.error();
        if (u->numRowsAffected() != 1)
            return conflict(tr("The approval was already confirmed by someone else."));
        stored = before;
        stored.confirmedAt = now.toUTC();
        if (p.status == PlanStatus::InReview) {
            auto s = m_db.run(QStringLiteral("UPDATE plans SET status = 'approved', updated_at = "
                                             "?, row_version = row_version + 1 WHERE id = ?"),
                              {timeValue(now), p.id});
            if (!s)
                return s.error();
        }
        QJsonObject after = stored.toJson();
        after.insert(QStringLiteral("confirmed_by"), confirmer);
        return AuditLog(m_db).append(QStringLiteral("confirm"), kApprovalEntity, approvalId,
                                     before.toJson(), after);
    });
    if (!st)
        return st.error();
    return stored;
}

Result<PlanStep> PlanRepository::setStepDone(qint64 stepId, int expectedVersion, bool done,
                                             const QDateTime &doneAt, const QString &notes,
                                             const QDateTime &now)
{
    PlanStep stored;
    Status st = m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("SELECT %1 FROM plan_steps WHERE id = ?")
                              .arg(kStepColumns),
                          {stepId});
        if (!q)
            return q.error();
        if (!q->next())
            return conflict(tr("The step was deleted by someone else."));
        const PlanStep before = readStep(*q);
        q->finish();
        auto current = existingPlan(before.planId);
        if (!current)
            return current.error();
        if (current->status != PlanStatus::InProgress) {
            return rejected(tr("Steps are checked off while the plan is in progress; \"%1\" is "
                               "%2.")
                                .arg(current->title, displayName(current->status).toLower()));
        }
        if (done && (!doneAt.isValid() || doneAt > now)) {
            return rejected(tr("A step is done at a time not after now, not at %1.")
                                .arg(doneAt.toString(Qt::ISODate)));
        }
        if (Status s = guarded(m_db,
                               QStringLiteral("UPDATE plan_steps SET done_at = ?, done_by = ?, "
                                              "notes = ?, updated_at = ?, row_version = "
                                              "row_version + 1 WHERE id = ? AND row_version = ?"),
                               {done ? timeValue(doneAt) : QVariant(),
                                done ? m_db.actor() : QString(), notes, Database::nowUtc(),
                                stepId, expectedVersion},
                               tr("The step \"%1\" was changed by someone else since you opened "
                                  "it.")
                                   .arg(before.title));
            !s) {
            return s;
        }
        auto r = m_db.run(QStringLiteral("SELECT %1 FROM plan_steps WHERE id = ?")
                              .arg(kStepColumns),
                          {stepId});
        if (!r)
            return r.error();
        if (!r->next())
            return fail(tr("The step \"%1\" was not stored.").arg(before.title));
        stored = readStep(*r);
        return AuditLog(m_db).append(done ? QStringLiteral("done") : QStringLiteral("undone"),
                                     kStepEntity, stepId, before.toJson(), stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Result<QList<PlanRepository::FrozenRef>> PlanRepository::frozenWithoutAcceptance(
    const QList<qint64> &componentIds, const QDate &today) const
{
    QList<FrozenRef> out;
    constexpr int kChunk = 500;
    for (int from = 0; from < componentIds.size(); from += kChunk) {
        const QList<qint64> chunk = componentIds.mid(from, kChunk);
        QVariantList binds = idVariants(chunk);
        binds << dateValue(today);
        auto q = m_db.run(QStringLiteral(
                              "SELECT c.id, c.system_id, c.product, c.version FROM components c "
                              "JOIN systems s ON s.id = c.system_id "
                              "LEFT JOIN upgrade_decisions d ON d.component_id = c.id "
                              "WHERE c.id IN (%1) AND (s.lifecycle_state = 'frozen' OR "
                              "d.decision = 'frozen') AND NOT EXISTS (SELECT 1 FROM "
                              "risk_acceptances a WHERE a.component_id = c.id AND a.approver IS "
                              "NOT NULL AND a.expires_on >= ?) ORDER BY c.id")
                              .arg(inList(int(chunk.size()))),
                          binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString version = q->value(3).toString();
            out << FrozenRef{q->value(0).toLongLong(), q->value(1).toLongLong(),
                             version.isEmpty() ? q->value(2).toString()
                                               : q->value(2).toString() + QLatin1Char(' ')
                                     + version};
        }
    }
    return out;
}

} // namespace pp
