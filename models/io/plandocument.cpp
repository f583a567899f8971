#include "models/io/plandocument.h"

#include "models/plans/planservice.h"
#include "models/planning/conflicts.h"
#include "models/planning/planrules.h"
#include "models/render/ganttpainter.h"
#include "models/storage/componentrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/systemrepository.h"

#include <QPainter>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace pp {

// --- Reading -----------------------------------------------------------------------------------

Result<PlanDocumentData> loadPlanDocument(Database &db, qint64 planId, const QDateTime &now,
                                          const QString &user)
{
    PlanRepository plans(db);
    auto plan = plans.plan(planId);
    if (!plan)
        return plan.error();
    if (!*plan)
        return rejected(PlanDocument::tr("There is no plan %1.").arg(planId));
    PlanDocumentData data;
    data.plan = **plan;
    data.generatedAt = now.toUTC();
    data.generatedBy = user;
    auto steps = plans.steps(planId);
    if (!steps)
        return steps.error();
    data.steps = *steps;
    auto approvals = plans.approvals(planId);
    if (!approvals)
        return approvals.error();
    data.approvals = *approvals;
    auto conflicts = PlanService(db).conflicts(planId, now);
    if (!conflicts)
        return conflicts.error();
    data.conflicts = *conflicts;

    // The plan's systems: one read of them all, then the plan's ones by code.
    auto systems = SystemRepository(db).findAll();
    if (!systems)
        return systems.error();
    const QSet<qint64> systemIds(data.plan.systemIds.cbegin(), data.plan.systemIds.cend());
    for (const System &s : std::as_const(*systems)) {
        if (systemIds.contains(s.id))
            data.systems << s;
    }
    // Per system (a plan has a handful): its components, patches and findings.
    const QSet<qint64> componentIds(data.plan.componentIds.cbegin(),
                                    data.plan.componentIds.cend());
    const QSet<qint64> patchIds(data.plan.patchIds.cbegin(), data.plan.patchIds.cend());
    ComponentRepository components(db);
    FindingRepository findings(db);
    QSet<qint64> findingIds;
    QSet<qint64> seenPatches;
    for (const System &s : std::as_const(data.systems)) {
        auto list = components.findBySystem(s.id);
        if (!list)
            return list.error();
        for (const Component &c : std::as_const(*list)) {
            if (componentIds.isEmpty() || componentIds.contains(c.id))
                data.components << c;
        }
        auto patchRows = findings.patchRows(s.id);
        if (!patchRows)
            return patchRows.error();
        for (const PatchRow &p : std::as_const(*patchRows)) {
            if (patchIds.contains(p.patch.id) && !seenPatches.contains(p.patch.id)) {
                seenPatches.insert(p.patch.id);
                data.patches << p;
                for (qint64 f : p.patch.findingIds)
                    findingIds.insert(f);
            }
        }
    }
    QSet<qint64> inScope;
    for (const Component &c : std::as_const(data.components))
        inScope.insert(c.id);
    for (const System &s : std::as_const(data.systems)) {
        FindingFilter filter;
        filter.systemId = s.id;
        filter.today = now.toLocalTime().date();
        auto rows = findings.rows(filter);
        if (!rows)
            return rows.error();
        for (const FindingRow &f : std::as_const(*rows)) {
            const bool byPatch = findingIds.contains(f.finding.id);
            const bool byComponent = findingIds.isEmpty()
                && inScope.contains(f.finding.componentId);
            if (byPatch || byComponent)
                data.findings << f;
        }
    }
    std::sort(data.findings.begin(), data.findings.end(),
              [](const FindingRow &a, const FindingRow &b) {
                  const QDate da = a.finding.dueDate.isValid() ? a.finding.dueDate
                                                               : QDate(9999, 12, 31);
                  const QDate db = b.finding.dueDate.isValid() ? b.finding.dueDate
                                                               : QDate(9999, 12, 31);
                  if (da != db)
                      return da < db;
                  return a.vulnIdentifier < b.vulnIdentifier;
              });
    return data;
}

// --- The timeline pages ------------------------------------------------------------------------

namespace {

QString timeText(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QString();
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString zoneText(const QDateTime &at, const QTimeZone &zone)
{
    const int offset = zone.offsetFromUtc(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1, UTC%2%3:%4")
        .arg(QString::fromUtf8(zone.id()), offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

GanttStyle printStyle()
{
    GanttStyle st;
    st.font = printFont(8);
    st.rowHeight = 17;
    st.labelWidth = 200;
    st.ownerWidth = 64;
    st.axisHeight = 36;
    st.legendHeight = 40; // two lines: a tile may be narrower than the whole legend
    st.breakWidth = 10;
    st.minTimelineWidth = 160;
    return st;
}

/// The timeline on paper: tiles of the chart laid out wider than a page (so that the window's
/// minutes stay readable), labels, axis and legend on every tile; or the whole chart on one page.
class GanttPages : public PaintedPages
{
public:
    GanttPages(GanttInput input, bool fit) : m_input(std::move(input)), m_fit(fit) { }

    int pageCount(const QSizeF &body) override
    {
        const QSizeF chart(body.width(), body.height() - kCaption);
        GanttStyle style = printStyle();
        m_layout = GanttPainter::layout(m_input, style, chart);
        const qreal pageTimeline = chart.width() - style.labelWidth;
        const qreal timeline = naturalTimelineWidth(m_layout, pageTimeline, style);
        m_layout = GanttPainter::layout(m_input, style,
                                        QSizeF(style.labelWidth
                                                   + (m_fit ? pageTimeline : timeline),
                                               chart.height()));
        if (m_fit) {
            m_tiles = {m_layout.wholeChart()};
            return 1;
        }
        m_tiles = m_layout.tiles(chart);
        m_columns = 0;
        for (const GanttTile &t : std::as_const(m_tiles)) {
            if (t.firstRow != m_tiles.first().firstRow)
                break;
            ++m_columns;
        }
        return int(m_tiles.size());
    }

    void paintPage(QPainter &painter, int index, const QRectF &body) override
    {
        if (index < 0 || index >= m_tiles.size())
            return;
        const GanttTile &tile = m_tiles.at(index);
        painter.save();
        painter.setFont(printFont(9, true));
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        const QRectF captionRect(body.left(), body.top(), body.width(), kCaption - 4);
        painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter, caption(tile, index));
        painter.restore();
        // A tile at its natural size (the last column of tiles is narrower: not stretched);
        // scaled down only when it does not fit (the whole chart fitted to one page).
        const QSizeF natural = GanttPainter::tileSize(m_layout, tile);
        const QSizeF room(body.width(), body.height() - kCaption);
        const QRectF target(QPointF(body.left(), body.top() + kCaption),
                            natural.width() <= room.width() && natural.height() <= room.height()
                                ? natural
                                : room);
        GanttPainter::paint(painter, m_layout, target, tile);
    }

private:
    static constexpr qreal kCaption = 18;

    /// The zones' widths on paper: an hour of the window ~60 points (at least 240), a day of lead
    /// time ~10 and of follow-up ~12, so that ticks and bars stay readable; the zone weights of
    /// the style follow these widths. Returns the timeline width (at least the page's).
    static qreal naturalTimelineWidth(const GanttLayout &layout, qreal pageTimeline,
                                      GanttStyle &style)
    {
        qreal lead = 0;
        qreal window = 0;
        qreal follow = 0;
        for (const GanttZone &z : layout.zones) {
            const qreal hours = z.from.secsTo(z.to) / 3600.0;
            switch (z.kind) {
            case GanttZone::Kind::Window:
                window += std::max<qreal>(240, hours * 60);
                break;
            case GanttZone::Kind::LeadTime:
                lead += std::max<qreal>(120, hours / 24.0 * 10);
                break;
            case GanttZone::Kind::FollowUp:
                follow += std::max<qreal>(50, hours / 24.0 * 12);
                break;
            case GanttZone::Kind::Linear:
                window += std::max<qreal>(240, hours / 24.0 * 20);
                break;
            }
        }
        if (lead > 0)
            style.leadWeight = lead;
        if (window > 0)
            style.windowWeight = window;
        if (follow > 0)
            style.followWeight = follow;
        // Never more than eight pages across.
        return std::clamp(lead + window + follow, pageTimeline, pageTimeline * 8);
    }

    QString caption(const GanttTile &tile, int index) const
    {
        const QString rows = tile.rowEnd > tile.firstRow
            ? PlanDocument::tr("steps %1–%2 of %3")
                  .arg(tile.firstRow + 1)
                  .arg(tile.rowEnd)
                  .arg(m_layout.rowCount())
            : PlanDocument::tr("no steps");
        const QString from = timeText(m_layout.timeAt(tile.content.left()), m_layout.zone);
        const QString to = timeText(m_layout.timeAt(tile.content.right()), m_layout.zone);
        if (m_fit)
            return PlanDocument::tr("Timeline (%1; %2 – %3)").arg(rows, from, to);
        const int columns = std::max(1, m_columns);
        return PlanDocument::tr("Timeline, part %1 of %2 (row %3, column %4): %5; %6 – %7")
            .arg(index + 1)
            .arg(m_tiles.size())
            .arg(index / columns + 1)
            .arg(index % columns + 1)
            .arg(rows, from, to);
    }

    GanttInput m_input;
    bool m_fit = false;
    GanttLayout m_layout;
    QList<GanttTile> m_tiles;
    int m_columns = 1;
};

QString yesNo(const std::optional<bool> &answer)
{
    if (!answer)
        return PlanDocument::tr("□ Yes   □ No");
    return *answer ? PlanDocument::tr("Yes") : PlanDocument::tr("No");
}

QString systemLabel(const PlanDocumentData &data, qint64 systemId)
{
    for (const System &s : data.systems) {
        if (s.id == systemId)
            return s.code;
    }
    return systemId > 0 ? QString::number(systemId) : QString();
}

void addCover(TextFlow &flow, const PlanDocumentData &data, const QTimeZone &zone)
{
    const Plan &plan = data.plan;
    flow.heading(PlanDocument::tr("Patch plan %1: %2").arg(plan.id).arg(plan.title), 1);
    flow.paragraph(PlanDocument::tr("%1 · %2 · version %3")
                       .arg(displayName(plan.type), displayName(plan.status))
                       .arg(plan.rowVersion),
                   TextFlow::Style::Muted);
    QStringList systems;
    for (const System &s : data.systems)
        systems << QStringLiteral("%1 %2").arg(s.code, s.name);
    const QDateTime deadline = rollbackDecisionDeadline(data.steps, plan);
    QList<QPair<QString, PrintCell>> fields{
        {PlanDocument::tr("Window"),
         PrintCell(QStringLiteral("%1 (%2)").arg(formatTimeRange(plan.windowStart,
                                                                  plan.windowEnd, zone),
                                                  zoneText(plan.windowStart, zone)),
                   PrintCell::Tone::Strong)},
        {PlanDocument::tr("Type"), displayName(plan.type)},
        {PlanDocument::tr("Status"), displayName(plan.status)},
        {PlanDocument::tr("Systems"), systems.join(QLatin1Char('\n'))},
        {PlanDocument::tr("Author"), plan.author},
        {PlanDocument::tr("Created"), timeText(plan.createdAt, zone)},
        {PlanDocument::tr("Work on site"),
         plan.onSite ? PlanDocument::tr("Yes (vendor devices are checked in quarantine first)")
                     : PlanDocument::tr("No")},
        {PlanDocument::tr("Rollback decision deadline"),
         PrintCell(timeText(deadline, zone), PrintCell::Tone::Strong)},
    };
    if (!plan.description.trimmed().isEmpty())
        fields.append({PlanDocument::tr("Description"), plan.description});
    flow.fields(fields);

    flow.heading(PlanDocument::tr("Approvals"), 2);
    if (data.approvals.isEmpty()) {
        flow.paragraph(PlanDocument::tr("Not approved yet. Approval must come from someone "
                                        "other than the author."),
                       TextFlow::Style::Alert);
    } else {
        QList<QList<PrintCell>> rows;
        for (const Approval &a : data.approvals) {
            const PrintCell::Tone tone = a.decision == ApprovalDecision::Rejected
                ? PrintCell::Tone::Alert
                : PrintCell::Tone::Normal;
            rows.append({a.approver, PrintCell(displayName(a.decision), tone),
                         timeText(a.decidedAt, zone),
                         a.decision == ApprovalDecision::Provisional
                             ? (a.confirmedAt.isValid() ? timeText(a.confirmedAt, zone)
                                                        : PrintCell(PlanDocument::tr("not yet"),
                                                                    PrintCell::Tone::Alert))
                             : PrintCell(QStringLiteral("—"), PrintCell::Tone::Muted),
                         a.comment});
        }
        flow.table({PlanDocument::tr("Approver"), PlanDocument::tr("Decision"),
                    PlanDocument::tr("Decided"), PlanDocument::tr("Confirmed"),
                    PlanDocument::tr("Comment")},
                   rows, {18, 14, 17, 17, 34});
    }

    // The checklist of the latest approval; blank boxes to fill in by hand before there is one.
    flow.heading(PlanDocument::tr("Security checklist"), 3);
    SecurityChecklist checklist;
    if (!data.approvals.isEmpty())
        checklist = data.approvals.last().checklist;
    const QList<QPair<QString, std::optional<bool>>> answers{
        {PlanDocument::tr("1. Is network reachability changed?"),
         checklist.networkReachabilityChanged},
        {PlanDocument::tr("2. Are monitoring or alerts changed?"), checklist.monitoringChanged},
        {PlanDocument::tr("3. Does the runbook agree with the security policy (e.g. no data sent "
                          "by mail or to unapproved storage)?"),
         checklist.runbookAgreesWithPolicy},
        {PlanDocument::tr("4. Are backup and restore confirmed?"),
         checklist.backupRestoreConfirmed},
        {PlanDocument::tr("5. Is the rollback confirmed?"), checklist.rollbackConfirmed},
    };
    QList<QList<PrintCell>> checklistRows;
    for (const auto &[question, answer] : answers)
        checklistRows.append({question, PrintCell(yesNo(answer), PrintCell::Tone::Strong)});
    flow.table({PlanDocument::tr("Question"), PlanDocument::tr("Answer")}, checklistRows,
               {78, 22});
    if (!checklist.note.trimmed().isEmpty())
        flow.paragraph(PlanDocument::tr("Note: %1").arg(checklist.note));

    if (!data.conflicts.isEmpty()) {
        flow.heading(PlanDocument::tr("Conflicts (%n)", nullptr, int(data.conflicts.size())), 2);
        QList<QList<PrintCell>> rows;
        for (const PlanConflict &c : data.conflicts) {
            rows.append({PrintCell(displayName(c.kind), PrintCell::Tone::Alert),
                         systemLabel(data, c.systemId), c.reason});
        }
        flow.table({PlanDocument::tr("Conflict"), PlanDocument::tr("System"),
                    PlanDocument::tr("Reason")},
                   rows, {22, 13, 65});
    }

    flow.heading(PlanDocument::tr("Sign-off"), 2);
    const PrintCell room = PrintCell::space(28);
    flow.table({PlanDocument::tr("Role"), PlanDocument::tr("Name"),
                PlanDocument::tr("Signature"), PlanDocument::tr("Date")},
               {{PlanDocument::tr("Prepared (author)"), plan.author, room, QString()},
                {PlanDocument::tr("Approved (not the author)"), QString(), room, QString()},
                {PlanDocument::tr("Carried out"), QString(), room, QString()}},
               {28, 24, 30, 18});
}

void addScope(TextFlow &flow, const PlanDocumentData &data, const QTimeZone &zone)
{
    flow.heading(PlanDocument::tr("Scope"), 2, true);
    QList<QList<PrintCell>> systemRows;
    for (const System &s : data.systems) {
        systemRows.append({PrintCell(s.code, PrintCell::Tone::Strong), s.name, s.ownerTeam,
                           s.opsContact, QString::number(s.criticality),
                           displayName(s.environment), displayName(s.exposure)});
    }
    flow.table({PlanDocument::tr("System"), PlanDocument::tr("Name"), PlanDocument::tr("Owner"),
                PlanDocument::tr("Operations contact"), PlanDocument::tr("Tier"),
                PlanDocument::tr("Environment"), PlanDocument::tr("Exposure")},
               systemRows, {11, 22, 16, 19, 6, 13, 13});

    for (const System &s : data.systems) {
        flow.heading(PlanDocument::tr("Operations profile of %1").arg(s.code), 3);
        const auto orNone = [](const QString &text) {
            return text.trimmed().isEmpty()
                ? PrintCell(PlanDocument::tr("Not recorded"), PrintCell::Tone::Alert)
                : PrintCell(text);
        };
        flow.fields({{PlanDocument::tr("Escalation contacts"),
                      orNone(s.profile.escalationContacts)},
                     {PlanDocument::tr("Recovery policy"), orNone(s.profile.recoveryPolicy)},
                     {PlanDocument::tr("First response"), orNone(s.profile.initialResponse)},
                     {PlanDocument::tr("Trace check"), orNone(s.profile.traceCheckProcedure)}});
    }

    flow.heading(PlanDocument::tr("Components"), 3);
    QHash<qint64, QString> targets;
    for (const PatchRow &p : data.patches) {
        if (p.patch.componentId > 0 && !p.patch.targetVersion.isEmpty())
            targets.insert(p.patch.componentId, p.patch.targetVersion);
    }
    QList<QList<PrintCell>> componentRows;
    for (const Component &c : data.components) {
        componentRows.append({systemLabel(data, c.systemId), displayName(c.kind),
                              QStringLiteral("%1 %2").arg(c.vendor, c.product).trimmed(),
                              c.version,
                              targets.contains(c.id)
                                  ? PrintCell(targets.value(c.id), PrintCell::Tone::Strong)
                                  : PrintCell(QStringLiteral("—"), PrintCell::Tone::Muted),
                              QString::number(c.instances)});
    }
    if (componentRows.isEmpty())
        flow.paragraph(PlanDocument::tr("No components."), TextFlow::Style::Muted);
    else
        flow.table({PlanDocument::tr("System"), PlanDocument::tr("Kind"),
                    PlanDocument::tr("Product"), PlanDocument::tr("Version"),
                    PlanDocument::tr("Target version"), PlanDocument::tr("Instances")},
                   componentRows, {12, 13, 33, 15, 17, 10});

    flow.heading(PlanDocument::tr("Patches"), 3);
    QList<QList<PrintCell>> patchRows;
    for (const PatchRow &p : data.patches) {
        QString name = p.patch.title;
        if (!p.patch.advisoryId.isEmpty())
            name += QStringLiteral(" (%1)").arg(p.patch.advisoryId);
        if (!p.patch.kb.isEmpty())
            name += QStringLiteral(" KB%1").arg(p.patch.kb);
        patchRows.append({p.systemCode, name, QStringLiteral("%1 → %2").arg(p.version,
                                                                         p.patch.targetVersion),
                          p.patch.needsReboot ? PlanDocument::tr("Yes") : PlanDocument::tr("No"),
                          PlanDocument::tr("%n min", nullptr, p.patch.expectedMinutes),
                          p.dueDate.isValid() ? p.dueDate.toString(Qt::ISODate) : QString()});
    }
    if (patchRows.isEmpty())
        flow.paragraph(PlanDocument::tr("No patches: the plan changes no versions."),
                       TextFlow::Style::Muted);
    else
        flow.table({PlanDocument::tr("System"), PlanDocument::tr("Patch"),
                    PlanDocument::tr("Version"), PlanDocument::tr("Reboot"),
                    PlanDocument::tr("Expected"), PlanDocument::tr("Due")},
                   patchRows, {11, 37, 20, 9, 10, 13});

    flow.heading(PlanDocument::tr("Findings resolved"), 3);
    QList<QList<PrintCell>> findingRows;
    const QDate generatedOn = data.generatedAt.toTimeZone(zone).date();
    for (const FindingRow &f : data.findings) {
        const bool overdue = f.finding.dueDate.isValid() && f.finding.dueDate < generatedOn;
        QString severity = displayName(f.severity);
        if (f.cvssScore)
            severity += QStringLiteral(" %1").arg(*f.cvssScore, 0, 'f', 1);
        findingRows.append({PrintCell(f.vulnIdentifier, PrintCell::Tone::Strong), f.systemCode,
                            QStringLiteral("%1 %2").arg(f.product, f.version), severity,
                            f.kev ? PrintCell(PlanDocument::tr("KEV"), PrintCell::Tone::Alert)
                                  : PrintCell(QString()),
                            PrintCell(f.finding.dueDate.isValid()
                                          ? f.finding.dueDate.toString(Qt::ISODate)
                                          : PlanDocument::tr("none"),
                                      overdue ? PrintCell::Tone::Alert : PrintCell::Tone::Normal),
                            displayName(f.finding.dueRule)});
    }
    if (findingRows.isEmpty())
        flow.paragraph(PlanDocument::tr("No open findings in scope."), TextFlow::Style::Muted);
    else
        flow.table({PlanDocument::tr("Vulnerability"), PlanDocument::tr("System"),
                    PlanDocument::tr("Component"), PlanDocument::tr("Severity"),
                    PlanDocument::tr("Exploited"), PlanDocument::tr("Due"),
                    PlanDocument::tr("Rule")},
                   findingRows, {16, 9, 19, 12, 8, 14, 22});
}

QList<QList<PrintCell>> stepRows(const QList<PlanStep> &steps, StepPhase phase,
                                 const QTimeZone &zone)
{
    QList<QList<PrintCell>> rows;
    int n = 0;
    for (const PlanStep &s : steps) {
        if (s.phase != phase)
            continue;
        ++n;
        QString text = s.title;
        if (!s.detail.trimmed().isEmpty())
            text += QLatin1Char('\n') + s.detail.trimmed();
        if (s.effect != StepEffect::None)
            text += QLatin1Char('\n') + PlanDocument::tr("Effect: %1").arg(displayName(s.effect));
        if (!s.notes.trimmed().isEmpty())
            text += QLatin1Char('\n') + PlanDocument::tr("Log: %1").arg(s.notes.trimmed());
        const QString when = phase == StepPhase::Milestone
            ? timeText(s.plannedStart, zone)
            : QStringLiteral("%1\n– %2").arg(timeText(s.plannedStart, zone),
                                             s.plannedEnd().toTimeZone(zone).toString(
                                                 QStringLiteral("HH:mm")));
        rows.append({QString::number(n), text, s.ownerRole, when,
                     PrintCell(s.isDone() ? QStringLiteral("■") : QStringLiteral("□"),
                               PrintCell::Tone::Strong),
                     s.isDone() ? PrintCell(QStringLiteral("%1\n%2").arg(
                                                s.doneBy, timeText(s.doneAt, zone)),
                                            PrintCell::Tone::Muted)
                                : PrintCell(QString())});
    }
    return rows;
}

void addSteps(TextFlow &flow, const PlanDocumentData &data, const QTimeZone &zone)
{
    const QStringList headers{PlanDocument::tr("#"), PlanDocument::tr("Step"),
                              PlanDocument::tr("Owner"), PlanDocument::tr("Planned"),
                              PlanDocument::tr("Done"), PlanDocument::tr("Initials")};
    const QList<qreal> widths{5, 45, 13, 17, 6, 14};
    flow.heading(PlanDocument::tr("Steps"), 2, true);
    flow.paragraph(PlanDocument::tr("Times are in %1. Tick each step when it is done and "
                                    "initial it.")
                       .arg(zoneText(data.plan.windowStart, zone)),
                   TextFlow::Style::Muted);
    const struct
    {
        StepPhase phase;
        const char *title;
    } phases[] = {
        {StepPhase::Milestone, QT_TRANSLATE_NOOP("PlanDocument", "Lead-time milestones")},
        {StepPhase::Pre, QT_TRANSLATE_NOOP("PlanDocument", "Before the change")},
        {StepPhase::Apply, QT_TRANSLATE_NOOP("PlanDocument", "Apply")},
        {StepPhase::Post, QT_TRANSLATE_NOOP("PlanDocument", "After the change")},
    };
    for (const auto &p : phases) {
        const auto rows = stepRows(data.steps, p.phase, zone);
        flow.heading(PlanDocument::tr(p.title), 3);
        if (rows.isEmpty())
            flow.paragraph(PlanDocument::tr("No steps."), TextFlow::Style::Muted);
        else
            flow.table(headers, rows, widths);
    }

    flow.heading(PlanDocument::tr("Rollback"), 2);
    const QDateTime deadline = rollbackDecisionDeadline(data.steps, data.plan);
    flow.paragraph(PlanDocument::tr("Decision deadline: %1. If the change is not verified by "
                                    "then, roll back: the steps below end with the window at "
                                    "%2.")
                       .arg(timeText(deadline, zone), timeText(data.plan.windowEnd, zone)),
                   TextFlow::Style::Alert);
    const auto rollback = stepRows(data.steps, StepPhase::Rollback, zone);
    if (rollback.isEmpty())
        flow.paragraph(PlanDocument::tr("No rollback steps are planned."),
                       TextFlow::Style::Alert);
    else
        flow.table(headers, rollback, widths);
}

} // namespace

PrintDocument PlanDocument::build(const PlanDocumentData &data,
                                  const PlanDocumentOptions &options, const PageSetup &setup)
{
    const QTimeZone zone = data.plan.zone();
    PageFrame frame;
    frame.title = tr("Patch plan: %1").arg(data.plan.title);
    frame.reference = tr("Plan %1 · version %2").arg(data.plan.id).arg(data.plan.rowVersion);
    frame.generated = data.generatedBy.isEmpty()
        ? tr("Generated %1 (%2)").arg(timeText(data.generatedAt, zone),
                                       zoneText(data.generatedAt, zone))
        : tr("Generated %1 (%2) by %3")
              .arg(timeText(data.generatedAt, zone), zoneText(data.generatedAt, zone),
                   data.generatedBy);
    PrintDocument doc(frame, setup);
    if (!options.chartOnly) {
        TextFlow &flow = doc.addFlow();
        addCover(flow, data, zone);
        addScope(flow, data, zone);
        addSteps(flow, data, zone);
    }
    GanttInput input;
    input.plan = data.plan;
    input.steps = data.steps;
    input.zone = zone;
    input.now = data.generatedAt;
    if (options.chartFrom.isValid())
        input.rangeStart = QDateTime(options.chartFrom, QTime(0, 0), zone).toUTC();
    if (options.chartTo.isValid())
        input.rangeEnd = QDateTime(options.chartTo.addDays(1), QTime(0, 0), zone).toUTC();
    doc.addPages(std::make_unique<GanttPages>(input, options.fitChart));
    return doc;
}

QString PlanDocument::fileName(const Plan &plan)
{
    return QStringLiteral("plan-%1.pdf").arg(plan.id);
}

Status exportPlanPdf(Database &db, qint64 planId, const QString &path,
                     const PlanDocumentOptions &options, const PageSetup &setup,
                     const QDateTime &now, const QString &user, int *pages)
{
    auto data = loadPlanDocument(db, planId, now, user);
    if (!data)
        return data.error();
    PrintDocument doc = PlanDocument::build(*data, options, setup);
    if (Status s = doc.writePdf(path); !s)
        return s;
    if (pages)
        *pages = doc.pageCount();
    return {};
}

} // namespace pp
