#include "models/io/frozendocument.h"

#include "models/domain/enums.h"
#include "models/io/reportcells.h"
#include "models/planning/controlrules.h"
#include "models/storage/database.h"
#include "models/storage/settingsrepository.h"

#include <QHash>
#include <QSet>

namespace pp {
namespace {

using Text = FrozenDocumentText;
using Tone = PrintCell::Tone;

QString dateOrDash(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

/// The rows of one system, with what they share collected once.
struct SystemSection
{
    qint64 systemId = 0;
    QString code;
    QString name;
    bool systemFrozen = false;
    QList<const FrozenRegisterRow *> rows;
    QList<Control> controls;
    QList<RiskAcceptance> acceptances;
    QHash<qint64, AcceptedFindingRef> findings;
    QList<Gap> gaps;
};

QList<SystemSection> sections(const QList<FrozenRegisterRow> &rows)
{
    QList<SystemSection> out;
    QHash<qint64, int> indexOf;
    QHash<qint64, QSet<qint64>> controlIds;
    QHash<qint64, QSet<qint64>> acceptanceIds;
    QHash<qint64, QSet<QString>> gapKeys;
    for (const FrozenRegisterRow &r : rows) {
        const qint64 id = r.eosl.row.component.systemId;
        auto it = indexOf.constFind(id);
        if (it == indexOf.cend()) {
            SystemSection s;
            s.systemId = id;
            s.code = r.eosl.row.systemCode;
            s.name = r.eosl.row.systemName;
            it = indexOf.insert(id, int(out.size()));
            out << s;
        }
        SystemSection &s = out[*it];
        s.systemFrozen = s.systemFrozen || r.systemFrozen;
        s.rows << &r;
        for (const Control &c : r.controls) {
            if (!controlIds[id].contains(c.id)) {
                controlIds[id].insert(c.id);
                s.controls << c;
            }
        }
        for (const RiskAcceptance &a : r.acceptances) {
            if (!acceptanceIds[id].contains(a.id)) {
                acceptanceIds[id].insert(a.id);
                s.acceptances << a;
            }
        }
        for (const AcceptedFindingRef &f : r.acceptedFindings)
            s.findings.insert(f.findingId, f);
        for (const Gap &g : r.gaps) {
            const QString key = QStringLiteral("%1/%2/%3/%4/%5/%6")
                                    .arg(int(g.kind))
                                    .arg(g.componentId)
                                    .arg(g.findingId)
                                    .arg(g.acceptanceId)
                                    .arg(g.controlId)
                                    .arg(g.message);
            if (!gapKeys[id].contains(key)) {
                gapKeys[id].insert(key);
                s.gaps << g;
            }
        }
    }
    return out;
}

QString componentText(const Component &c)
{
    return c.version.isEmpty() ? c.product : Text::tr("%1 %2").arg(c.product, c.version);
}

} // namespace

Result<FrozenDocumentData> gatherFrozenData(Database &db, const QDate &today)
{
    ControlRepository controls(db);
    auto rows = controls.frozenRegister(today);
    if (!rows)
        return rows.error();
    auto cadences = controls.cadences();
    if (!cadences)
        return cadences.error();
    SettingsRepository settings(db);
    auto horizons = settings.lifecycleHorizons();
    if (!horizons)
        return horizons.error();
    auto warning = settings.acceptanceWarningDays();
    if (!warning)
        return warning.error();
    FrozenDocumentData data;
    data.rows = *rows;
    data.cadences = *cadences;
    data.today = today;
    data.horizons = *horizons;
    data.warningDays = *warning;
    data.generatedAt = QDateTime::currentDateTime();
    data.generatedBy = db.actor();
    return data;
}

PrintDocument frozenDocument(const FrozenDocumentData &data, const FrozenDocumentOptions &options)
{
    const QDate today = data.today.isValid() ? data.today : QDate::currentDate();
    PageFrame frame;
    frame.title = Text::tr("Frozen-systems register");
    frame.reference = Text::tr("As of %1").arg(today.toString(Qt::ISODate));
    frame.generated = ReportCells::generated(data.generatedAt, data.generatedBy);
    PrintDocument doc(frame, options.setup);
    const QList<SystemSection> systems = sections(data.rows);

    TextFlow &flow = doc.addFlow();
    flow.heading(Text::tr("Frozen-systems register"), 1);
    flow.paragraph(Text::tr("Systems frozen on their current versions, or with frozen components, "
                            "with the compensating controls, risk acceptances and gaps as of "
                            "%1.")
                       .arg(today.toString(Qt::ISODate)),
                   TextFlow::Style::Muted);
    flow.space(6);
    flow.heading(Text::tr("Summary"), 3);
    if (systems.isEmpty()) {
        flow.paragraph(Text::tr("No frozen systems or components."), TextFlow::Style::Muted);
        return doc;
    }
    QList<QList<PrintCell>> summary;
    int totalGaps = 0;
    for (const SystemSection &s : systems) {
        totalGaps += int(s.gaps.size());
        summary << QList<PrintCell>{
            PrintCell(s.code, Tone::Strong),
            PrintCell(s.name),
            PrintCell(QString::number(s.rows.size())),
            PrintCell(QString::number(s.controls.size()),
                      s.controls.isEmpty() ? Tone::Muted : Tone::Normal),
            s.gaps.isEmpty() ? PrintCell(Text::tr("None"), Tone::Good)
                             : PrintCell(QString::number(s.gaps.size()), Tone::Alert)};
    }
    flow.table({Text::tr("System"), Text::tr("Name"), Text::tr("Components"),
                Text::tr("Controls"), Text::tr("Gaps")},
               summary, {1.4, 3, 1, 1, 1});
    flow.paragraph(Text::tr("%n system(s), ", nullptr, int(systems.size()))
                       + Text::tr("%n component(s), ", nullptr, int(data.rows.size()))
                       + Text::tr("%n gap(s).", nullptr, totalGaps),
                   totalGaps ? TextFlow::Style::Alert : TextFlow::Style::Normal);

    for (const SystemSection &s : systems) {
        flow.heading(s.name.isEmpty() ? s.code : Text::tr("%1 — %2").arg(s.code, s.name), 2,
                     true);
        flow.paragraph(s.systemFrozen ? Text::tr("The system is frozen.")
                                      : Text::tr("Components of the system are frozen."));

        flow.heading(Text::tr("Components"), 3);
        QList<QList<PrintCell>> components;
        for (const FrozenRegisterRow *r : s.rows) {
            const Component &c = r->eosl.row.component;
            const Tone tone = ReportCells::tone(r->eosl.assessment.status);
            QString why = r->componentFrozen ? Text::tr("Decision: frozen")
                                             : Text::tr("System frozen");
            if (!r->reason.isEmpty())
                why = Text::tr("%1: %2").arg(why, r->reason);
            components << QList<PrintCell>{
                PrintCell(componentText(c)),
                PrintCell(displayName(c.kind)),
                PrintCell(ReportCells::supportEnd(r->eosl.row.lifecycle.securitySupport.value), tone),
                PrintCell(displayName(r->eosl.assessment.status, data.horizons), tone),
                PrintCell(why, Tone::Muted)};
        }
        flow.table({Text::tr("Component"), Text::tr("Kind"), Text::tr("EOSL"), Text::tr("Status"),
                    Text::tr("Frozen because")},
                   components, {2.2, 1, 1, 1.6, 2.6});

        flow.heading(Text::tr("Compensating controls"), 3);
        if (s.controls.isEmpty()) {
            flow.paragraph(Text::tr("No controls."), TextFlow::Style::Muted);
        } else {
            QList<QList<PrintCell>> controls;
            for (const Control &c : s.controls) {
                const bool overdue = isOverdue(c, today);
                const bool inEffect = isInEffect(c, today);
                controls << QList<PrintCell>{
                    PrintCell(displayName(c.kind)),
                    PrintCell(c.title, inEffect ? Tone::Normal : Tone::Muted),
                    PrintCell(c.owner),
                    PrintCell(c.cadenceDays ? Text::tr("every %n day(s)", nullptr, *c.cadenceDays)
                                            : Text::tr("once")),
                    PrintCell(c.lastDone.isValid() ? c.lastDone.toString(Qt::ISODate)
                                                   : Text::tr("never"),
                              c.lastDone.isValid() ? Tone::Normal : Tone::Alert),
                    PrintCell(dateOrDash(c.nextDue), overdue ? Tone::Alert : Tone::Normal),
                    PrintCell(c.validUntil.isValid() ? c.validUntil.toString(Qt::ISODate)
                                                     : Text::tr("open"),
                              inEffect ? Tone::Normal : Tone::Alert)};
            }
            flow.table({Text::tr("Kind"), Text::tr("Title"), Text::tr("Owner"),
                        Text::tr("Cadence"), Text::tr("Last evidence"), Text::tr("Next due"),
                        Text::tr("Valid until")},
                       controls, {1.5, 2.6, 1.2, 1.1, 1.1, 1.1, 1.1});
        }

        flow.heading(Text::tr("Risk acceptances"), 3);
        if (s.acceptances.isEmpty()) {
            flow.paragraph(Text::tr("No risk acceptances."), TextFlow::Style::Muted);
        } else {
            QList<QList<PrintCell>> acceptances;
            for (const RiskAcceptance &a : s.acceptances) {
                QString what;
                if (a.findingId) {
                    const AcceptedFindingRef f = s.findings.value(a.findingId);
                    what = f.vulnerability.isEmpty()
                        ? Text::tr("Finding %1").arg(a.findingId)
                        : (f.title.isEmpty() ? f.vulnerability
                                             : Text::tr("%1: %2").arg(f.vulnerability, f.title));
                } else {
                    what = Text::tr("Component");
                    for (const FrozenRegisterRow *r : s.rows) {
                        if (r->eosl.row.component.id == a.componentId)
                            what = Text::tr("Component %1")
                                       .arg(componentText(r->eosl.row.component));
                    }
                }
                const AcceptanceState state = acceptanceState(a, today, data.warningDays);
                const Tone tone = state == AcceptanceState::Active ? Tone::Good
                    : state == AcceptanceState::PendingApproval    ? Tone::Muted
                                                                   : Tone::Alert;
                acceptances << QList<PrintCell>{
                    PrintCell(what),
                    PrintCell(displayName(state), tone),
                    PrintCell(a.isApproved()
                                  ? Text::tr("%1, %2").arg(a.approver,
                                                           a.approvedOn.toString(Qt::ISODate))
                                  : Text::tr("not approved (requested by %1)").arg(a.requester),
                              a.isApproved() ? Tone::Normal : Tone::Muted),
                    PrintCell(dateOrDash(a.expiresOn), tone)};
            }
            flow.table({Text::tr("Finding or component"), Text::tr("State"),
                        Text::tr("Approved by, on"), Text::tr("Expires")},
                       acceptances, {3, 1.2, 2.2, 1.1});
        }

        QList<QList<PrintCell>> cadences;
        for (const Cadence &c : data.cadences) {
            if (c.systemId != s.systemId)
                continue;
            const bool overdue = isOverdue(c.nextDue, today);
            cadences << QList<PrintCell>{
                PrintCell(displayName(c.kind)),
                PrintCell(Text::tr("every %n day(s)", nullptr, c.intervalDays)),
                PrintCell(c.lastDone.isValid() ? c.lastDone.toString(Qt::ISODate)
                                               : Text::tr("never")),
                PrintCell(dateOrDash(c.nextDue), overdue ? Tone::Alert : Tone::Normal)};
        }
        if (!cadences.isEmpty()) {
            flow.heading(Text::tr("Operational cadences"), 3);
            flow.table({Text::tr("Obligation"), Text::tr("Interval"), Text::tr("Last done"),
                        Text::tr("Next due")},
                       cadences, {2.4, 1.2, 1.1, 1.1});
        }

        flow.heading(Text::tr("Gaps"), 3);
        if (s.gaps.isEmpty()) {
            flow.fields({{Text::tr("Gaps"), PrintCell(Text::tr("No gaps"), Tone::Good)}});
        } else {
            QList<QList<PrintCell>> gaps;
            for (const Gap &g : s.gaps)
                gaps << QList<PrintCell>{PrintCell(displayName(g.kind), Tone::Alert),
                                         PrintCell(g.message, Tone::Alert)};
            flow.table({Text::tr("Gap"), Text::tr("Details")}, gaps, {1.6, 4});
        }
    }
    return doc;
}

} // namespace pp
