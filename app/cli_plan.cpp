// The plan commands of the command line (issue 7): create, list, show, submit, approve,
// confirm, status, step and complete; `report conflicts` is in cli_report.cpp.
#include "app/cli_p.h"

#include "models/io/reporttable.h"
#include "models/planning/planrules.h"
#include "models/plans/planservice.h"
#include "models/storage/planrepository.h"
#include "models/storage/systemrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace pp::Internal {
namespace {

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

/// ISO 8601 in the plan's zone, with its offset.
QString timeText(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QJsonValue timeJson(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? QJsonValue(timeText(t, zone)) : QJsonValue();
}

/// Parses START/END: ISO 8601, in @p zone unless it carries an offset or Z.
std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime) // no offset written: wall-clock time in the zone
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Result<Plan> loadPlan(Database &db, const QString &idText)
{
    const auto id = parseId(idText);
    if (!id)
        return usage(Cli::tr("'%1' is not a plan id.").arg(idText));
    auto plan = PlanRepository(db).plan(*id);
    if (!plan)
        return plan.error();
    if (!plan->has_value())
        return rejected(Cli::tr("There is no plan %1.").arg(*id));
    return **plan;
}

Result<QHash<qint64, QString>> systemCodes(Database &db)
{
    auto systems = SystemRepository(db).findAll();
    if (!systems)
        return systems.error();
    QHash<qint64, QString> codes;
    for (const System &s : std::as_const(*systems))
        codes.insert(s.id, s.code);
    return codes;
}

int runCreate(const QCommandLineParser &parser, const Options &o, Database &db)
{
    NewPlanRequest request;
    const auto type = fromKey<PlanType>(parser.value(o.type));
    if (!parser.isSet(o.type) || !type)
        return usageError(Cli::tr("plan create needs --type regular or --type emergency."));
    request.type = *type;
    // The plan's zone: as given, else its systems' window zone (PlanService); times without
    // an offset are read in the given zone, else in this computer's.
    request.timeZone = parser.value(o.timeZone);
    const QTimeZone zone = request.timeZone.isEmpty() ? QTimeZone::systemTimeZone()
                                                      : QTimeZone(request.timeZone.toUtf8());
    if (!zone.isValid())
        return usageError(Cli::tr("'%1' is not a time zone.").arg(request.timeZone));
    const auto start = parseTime(parser.value(o.window), zone);
    if (!parser.isSet(o.window) || !start) {
        return usageError(Cli::tr("plan create needs --window START, ISO 8601 such as "
                                  "2026-12-13T01:00 or 2026-12-13T01:00+09:00."));
    }
    request.windowStart = *start;
    if (parser.isSet(o.end)) {
        const auto end = parseTime(parser.value(o.end), zone);
        if (!end)
            return usageError(Cli::tr("'%1' is not an ISO 8601 time.").arg(parser.value(o.end)));
        request.windowEnd = *end;
    }
    if (parser.isSet(o.systems)) {
        for (const QString &code : parser.value(o.systems).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto s = SystemRepository(db).findByCode(code.trimmed());
            if (!s)
                return report(s.error());
            if (!s->has_value()) {
                err() << Cli::tr("There is no system '%1'.").arg(code.trimmed()) << Qt::endl;
                return ExitRejected;
            }
            request.systemIds << (*s)->id;
        }
    }
    if (parser.isSet(o.patches)) {
        for (const QString &text : parser.value(o.patches).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto id = parseId(text.trimmed());
            if (!id)
                return usageError(Cli::tr("'%1' is not a patch id.").arg(text.trimmed()));
            request.patchIds << *id;
        }
    }
    if (request.systemIds.isEmpty() && request.patchIds.isEmpty())
        return usageError(Cli::tr("plan create needs --systems or --patches."));
    request.title = parser.value(o.title);
    request.onSite = parser.isSet(o.onSite);
    request.language = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                 : QStringLiteral("en");
    auto plan = PlanService(db).create(request, nowUtc());
    if (!plan)
        return report(plan.error());
    out() << Cli::tr("Created plan %1: %2 (%3, %4 to %5).")
                 .arg(plan->id)
                 .arg(plan->title, displayName(plan->type).toLower(),
                      timeText(plan->windowStart, plan->zone()),
                      timeText(plan->windowEnd, plan->zone()))
          << Qt::endl;
    return ExitDone;
}

int runList(const QCommandLineParser &parser, const Options &o, Database &db)
{
    auto plans = PlanRepository(db).plans();
    if (!plans)
        return report(plans.error());
    auto codes = systemCodes(db);
    if (!codes)
        return report(codes.error());
    ReportTable t;
    t.keys = {QStringLiteral("id"),           QStringLiteral("type"),
              QStringLiteral("status"),       QStringLiteral("window_start"),
              QStringLiteral("window_end"),   QStringLiteral("title"),
              QStringLiteral("systems")};
    for (const Plan &p : std::as_const(*plans)) {
        QStringList systems;
        for (qint64 id : p.systemIds)
            systems << codes->value(id);
        t.rows << QVariantList{p.id, toKey(p.type), toKey(p.status),
                               timeText(p.windowStart, p.zone()),
                               timeText(p.windowEnd, p.zone()), p.title, systems};
    }
    const QString format = parser.value(o.format);
    const QByteArray bytes = format == QLatin1String("json") ? t.toJson()
        : format == QLatin1String("csv")                     ? t.toCsv()
                                                             : t.toText();
    if (Status s = writeOutput(parser, o, bytes); !s)
        return report(s.error());
    return ExitDone;
}

int runShow(const QCommandLineParser &parser, const Options &o, Database &db,
            const QString &idText)
{
    auto plan = loadPlan(db, idText);
    if (!plan)
        return report(plan.error());
    PlanRepository plans(db);
    auto steps = plans.steps(plan->id);
    if (!steps)
        return report(steps.error());
    auto approvals = plans.approvals(plan->id);
    if (!approvals)
        return report(approvals.error());
    auto conflicts = PlanService(db).conflicts(plan->id, nowUtc());
    if (!conflicts)
        return report(conflicts.error());
    auto codes = systemCodes(db);
    if (!codes)
        return report(codes.error());
    const QTimeZone zone = plan->zone();
    QStringList systemList;
    for (qint64 id : plan->systemIds)
        systemList << codes->value(id, QString::number(id));

    QJsonArray stepArray;
    QJsonArray milestoneArray;
    for (const PlanStep &s : std::as_const(*steps)) {
        if (s.phase == StepPhase::Milestone) {
            milestoneArray.append(QJsonObject{{QStringLiteral("name"), s.title},
                                              {QStringLiteral("due"),
                                               timeJson(s.plannedStart, zone)},
                                              {QStringLiteral("done_at"),
                                               timeJson(s.doneAt, zone)}});
            continue;
        }
        stepArray.append(QJsonObject{{QStringLiteral("position"), s.position},
                                     {QStringLiteral("phase"), toKey(s.phase)},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("owner"), s.ownerRole},
                                     {QStringLiteral("start"), timeJson(s.plannedStart, zone)},
                                     {QStringLiteral("end"), timeJson(s.plannedEnd(), zone)},
                                     {QStringLiteral("done_at"), timeJson(s.doneAt, zone)},
                                     {QStringLiteral("done_by"), s.doneBy}});
    }
    QJsonArray conflictArray;
    for (const PlanConflict &c : std::as_const(*conflicts)) {
        conflictArray.append(QJsonObject{{QStringLiteral("kind"), toKey(c.kind)},
                                         {QStringLiteral("system_code"),
                                          c.systemId > 0 ? QJsonValue(codes->value(c.systemId))
                                                         : QJsonValue()},
                                         {QStringLiteral("reason"), c.reason}});
    }
    QJsonArray approvalArray;
    for (const Approval &a : std::as_const(*approvals)) {
        approvalArray.append(QJsonObject{{QStringLiteral("id"), a.id},
                                         {QStringLiteral("approver"), a.approver},
                                         {QStringLiteral("decision"), toKey(a.decision)},
                                         {QStringLiteral("decided_at"), timeJson(a.decidedAt, zone)},
                                         {QStringLiteral("confirmed_at"),
                                          timeJson(a.confirmedAt, zone)}});
    }
    const QJsonObject json{{QStringLiteral("id"), plan->id},
                           {QStringLiteral("title"), plan->title},
                           {QStringLiteral("type"), toKey(plan->type)},
                           {QStringLiteral("status"), toKey(plan->status)},
                           {QStringLiteral("window_start"), timeJson(plan->windowStart, zone)},
                           {QStringLiteral("window_end"), timeJson(plan->windowEnd, zone)},
                           {QStringLiteral("time_zone"), plan->timeZone},
                           {QStringLiteral("author"), plan->author},
                           {QStringLiteral("systems"), QJsonArray::fromStringList(systemList)},
                           {QStringLiteral("steps"), stepArray},
                           {QStringLiteral("milestones"), milestoneArray},
                           {QStringLiteral("approvals"), approvalArray},
                           {QStringLiteral("conflicts"), conflictArray}};
    const QString format = parser.value(o.format);
    if (format == QLatin1String("json")) {
        if (Status s = writeOutput(parser, o, QJsonDocument(json).toJson()); !s)
            return report(s.error());
        return ExitDone;
    }
    if (format != QLatin1String("table"))
        return usageError(Cli::tr("plan show: use --format table or json."));
    QString text;
    QTextStream ts(&text);
    ts << Cli::tr("Plan %1: %2").arg(plan->id).arg(plan->title) << '\n'
       << Cli::tr("Type: %1; status: %2; author: %3")
              .arg(displayName(plan->type), displayName(plan->status), plan->author)
       << '\n'
       << Cli::tr("Window: %1 to %2 (%3)")
              .arg(timeText(plan->windowStart, zone), timeText(plan->windowEnd, zone),
                   plan->timeZone)
       << '\n'
       << Cli::tr("Systems: %1").arg(systemList.join(QLatin1String(", ")))
       << "\n\n";
    ReportTable t;
    t.keys = {QStringLiteral("position"), QStringLiteral("phase"), QStringLiteral("title"),
              QStringLiteral("owner"), QStringLiteral("start"), QStringLiteral("end"),
              QStringLiteral("done_at")};
    for (const PlanStep &s : std::as_const(*steps)) {
        t.rows << QVariantList{s.position, toKey(s.phase), s.title, s.ownerRole,
                               timeText(s.plannedStart, zone),
                               s.phase == StepPhase::Milestone ? QString()
                                                               : timeText(s.plannedEnd(), zone),
                               timeText(s.doneAt, zone)};
    }
    ts << QString::fromUtf8(t.toText());
    if (!conflicts->isEmpty()) {
        ts << '\n' << Cli::tr("Conflicts:") << '\n';
        for (const PlanConflict &c : std::as_const(*conflicts))
            ts << QStringLiteral("  %1: %2").arg(toKey(c.kind), c.reason) << '\n';
    }
    ts.flush();
    if (Status s = writeOutput(parser, o, text.toUtf8()); !s)
        return report(s.error());
    return ExitDone;
}

std::optional<SecurityChecklist> parseChecklist(const QString &text, QString *problem)
{
    SecurityChecklist c;
    const QHash<QString, std::optional<bool> SecurityChecklist::*> fields{
        {QStringLiteral("reachability"), &SecurityChecklist::networkReachabilityChanged},
        {QStringLiteral("monitoring"), &SecurityChecklist::monitoringChanged},
        {QStringLiteral("policy"), &SecurityChecklist::runbookAgreesWithPolicy},
        {QStringLiteral("backup"), &SecurityChecklist::backupRestoreConfirmed},
        {QStringLiteral("rollback"), &SecurityChecklist::rollbackConfirmed}};
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = part.section(QLatin1Char('='), 1).trimmed().toLower();
        if (!fields.contains(key) || (value != QLatin1String("yes") && value != QLatin1String("no"))) {
            *problem = Cli::tr("'%1' is not a checklist answer: use reachability, monitoring, "
                               "policy, backup and rollback, each =yes or =no.")
                           .arg(part);
            return std::nullopt;
        }
        c.*fields.value(key) = value == QLatin1String("yes");
    }
    return c;
}

int runApprove(const QCommandLineParser &parser, const Options &o, Database &db,
               const QString &idText)
{
    auto plan = loadPlan(db, idText);
    if (!plan)
        return report(plan.error());
    const auto decision = fromKey<ApprovalDecision>(
        parser.isSet(o.decision) ? parser.value(o.decision) : QStringLiteral("approved"));
    if (!decision)
        return usageError(Cli::tr("--decision takes approved, provisional or rejected."));
    QString problem;
    const auto checklist = parseChecklist(parser.value(o.checklist), &problem);
    if (!checklist)
        return usageError(problem);
    SecurityChecklist c = *checklist;
    c.note = parser.value(o.note);
    auto approval = PlanRepository(db).approve(plan->id, plan->rowVersion, *decision, c,
                                               parser.value(o.note), nowUtc());
    if (!approval)
        return report(approval.error());
    out() << Cli::tr("Plan %1: %2 by %3.")
                 .arg(plan->id)
                 .arg(displayName(approval->decision), approval->approver)
          << Qt::endl;
    return ExitDone;
}

int runConfirm(Database &db, const QString &idText)
{
    auto plan = loadPlan(db, idText);
    if (!plan)
        return report(plan.error());
    auto approvals = PlanRepository(db).approvals(plan->id);
    if (!approvals)
        return report(approvals.error());
    for (auto it = approvals->crbegin(); it != approvals->crend(); ++it) {
        if (it->decision == ApprovalDecision::Provisional && !it->confirmedAt.isValid()) {
            auto confirmed = PlanRepository(db).confirmApproval(it->id, nowUtc());
            if (!confirmed)
                return report(confirmed.error());
            out() << Cli::tr("Plan %1: the provisional approval by %2 is confirmed.")
                         .arg(plan->id)
                         .arg(it->approver)
                  << Qt::endl;
            return ExitDone;
        }
    }
    err() << Cli::tr("Plan %1 has no provisional approval to confirm.").arg(plan->id) << Qt::endl;
    return ExitRejected;
}

int runStatus(Database &db, const QString &idText, const QString &statusText)
{
    auto plan = loadPlan(db, idText);
    if (!plan)
        return report(plan.error());
    const auto to = fromKey<PlanStatus>(statusText);
    if (!to)
        return usageError(Cli::tr("'%1' is not a plan status.").arg(statusText));
    auto changed = PlanRepository(db).setStatus(plan->id, plan->rowVersion, *to, nowUtc());
    if (!changed)
        return report(changed.error());
    out() << Cli::tr("Plan %1 is now %2.").arg(plan->id).arg(displayName(changed->status))
          << Qt::endl;
    return ExitDone;
}

int runStep(const QCommandLineParser &parser, const Options &o, Database &db,
            const QStringList &args)
{
    auto plan = loadPlan(db, args.value(2));
    if (!plan)
        return report(plan.error());
    bool ok = false;
    const int position = args.value(3).toInt(&ok);
    const QString what = args.value(4, QStringLiteral("done"));
    if (!ok || (what != QLatin1String("done") && what != QLatin1String("undone")))
        return usageError(Cli::tr("Usage: patchplanner plan step ID POSITION [done|undone] "
                                  "[--note TEXT]"));
    auto steps = PlanRepository(db).steps(plan->id);
    if (!steps)
        return report(steps.error());
    for (const PlanStep &s : std::as_const(*steps)) {
        if (s.position != position)
            continue;
        const QDateTime now = nowUtc();
        auto done = PlanRepository(db).setStepDone(
            s.id, s.rowVersion, what == QLatin1String("done"), now,
            parser.isSet(o.note) ? parser.value(o.note) : s.notes, now);
        if (!done)
            return report(done.error());
        out() << (done->isDone() ? Cli::tr("Step %1 \"%2\" done at %3 by %4.")
                                       .arg(position)
                                       .arg(done->title,
                                            timeText(done->doneAt, plan->zone()), done->doneBy)
                                 : Cli::tr("Step %1 \"%2\" is not done.").arg(position).arg(done->title))
              << Qt::endl;
        return ExitDone;
    }
    err() << Cli::tr("Plan %1 has no step %2.").arg(plan->id).arg(position) << Qt::endl;
    return ExitRejected;
}

int runComplete(Database &db, const QString &idText)
{
    auto plan = loadPlan(db, idText);
    if (!plan)
        return report(plan.error());
    auto done = PlanService(db).complete(plan->id, plan->rowVersion, nowUtc());
    if (!done)
        return report(done.error());
    out() << Cli::tr("Plan %1 is done: %2 component version(s) recorded, %3 finding(s) "
                     "resolved.")
                 .arg(plan->id)
                 .arg(done->componentsUpdated)
                 .arg(done->findingsResolved)
          << Qt::endl;
    return ExitDone;
}

} // namespace

int runPlan(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    const QString sub = args.value(1);
    static const QStringList subs{QStringLiteral("create"), QStringLiteral("list"),
                                  QStringLiteral("show"),   QStringLiteral("submit"),
                                  QStringLiteral("approve"), QStringLiteral("confirm"),
                                  QStringLiteral("status"), QStringLiteral("step"),
                                  QStringLiteral("complete")};
    if (!subs.contains(sub)) {
        return usageError(Cli::tr("Usage: patchplanner plan create|list|show|submit|approve|"
                                  "confirm|status|step|complete ..."));
    }
    const QString format = parser.value(o.format);
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv"))
        return usageError(Cli::tr("Unknown format '%1': use table, json or csv.").arg(format));
    const int expected = sub == QLatin1String("create") || sub == QLatin1String("list") ? 2
        : sub == QLatin1String("status")                                            ? 4
        : sub == QLatin1String("step")                                              ? -1
                                                                                    : 3;
    if ((expected > 0 && args.size() != expected)
        || (expected < 0 && (args.size() < 4 || args.size() > 5))) {
        return usageError(Cli::tr("Usage: patchplanner plan create --type T --window START "
                                  "[--systems A,B] [--patches ID,...] | list | show ID | "
                                  "submit ID | approve ID --checklist ... | confirm ID | "
                                  "status ID STATUS | step ID POSITION [done|undone] | "
                                  "complete ID"));
    }
    auto db = openDatabase(parser, o);
    if (!db)
        return report(db.error());
    Database &d = **db;
    if (sub == QLatin1String("create"))
        return runCreate(parser, o, d);
    if (sub == QLatin1String("list"))
        return runList(parser, o, d);
    if (sub == QLatin1String("show"))
        return runShow(parser, o, d, args.at(2));
    if (sub == QLatin1String("submit"))
        return runStatus(d, args.at(2), QStringLiteral("in_review"));
    if (sub == QLatin1String("approve"))
        return runApprove(parser, o, d, args.at(2));
    if (sub == QLatin1String("confirm"))
        return runConfirm(d, args.at(2));
    if (sub == QLatin1String("status"))
        return runStatus(d, args.at(2), args.at(3));
    if (sub == QLatin1String("step"))
        return runStep(parser, o, d, args);
    return runComplete(d, args.at(2));
}

} // namespace pp::Internal
