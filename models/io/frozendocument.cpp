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
    return c.version.isEmpty() ? c.product : FrozenDocumentText::tr("%1 %2").arg(c.product, c.version);
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
    frame.title = FrozenDocumentText::tr("Frozen-systems register");
    frame.reference = FrozenDocumentText::tr("As of %1").arg(today.toString(Qt::ISODate));
    frame.generated = ReportCells::generated(data.generatedAt, data.generatedBy);
    PrintDocument doc(frame, options.setup);
    const QList<SystemSection> systems = sections(data.rows);

    TextFlow &flow = doc.addFlow();
    flow.heading(FrozenDocumentText::tr("Frozen-systems register"), 1);
    flow.paragraph(FrozenDocumentText::tr("Systems frozen on their current versions, or with frozen components, "
                            "with the compensating controls, risk acceptances and gaps as of "
                            "%1.")
                       .arg(today.toString(Qt::ISODate)),
                   TextFlow::Style::Muted);
    flow.space(6);
    flow.heading(FrozenDocumentText::tr("Summary"), 3);
    if (systems.isEmpty()) {
        flow.paragraph(FrozenDocumentText::tr("No frozen systems or components."), TextFlow::Style::Muted);
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
            s.gaps.isEmpty() ? PrintCell(FrozenDocumentText::tr("None"), Tone::Good)
                             : PrintCell(QString::number(s.gaps.size()), Tone::Alert)};
    }
    flow.table({FrozenDocumentText::tr("System"), FrozenDocumentText::tr("Name"), FrozenDocumentText::tr("Components"),
                FrozenDocumentText::tr("Controls"), FrozenDocumentText::tr("Gaps")},
               summary, {1.4, 3, 1, 1, 1});
    flow.paragraph(FrozenDocumentText::tr("%n system(s), ", nullptr, int(systems.size()))
                       + FrozenDocumentText::tr("%n component(s), ", nullptr, int(data.rows.size()))
                       + FrozenDocumentText::tr("%n gap(s).", nullptr, totalGaps),
                   totalGaps ? TextFlow::Style::Alert : TextFlow::Style::Normal);

    for (const SystemSection &s : systems) {
        flow.heading(s.name.isEmpty() ? s.code : FrozenDocumentText::tr("%1 — %2").arg(s.code, s.name), 2,
                     true);
        flow.paragraph(s.systemFrozen ? FrozenDocumentText::tr("The system is frozen.")
                                      : FrozenDocumentText::tr("Components of the system are frozen."));

        flow.heading(FrozenDocumentText::tr("Components"), 3);
        QList<QList<PrintCell>> components;
        for (const FrozenRegisterRow *r : s.rows) {
            const Component &c = r->eosl.row.component;
            const Tone tone = ReportCells::tone(r->eosl.assessment.status);
            QString why = r->componentFrozen ? FrozenDocumentText::tr("Decision: frozen")
                                             : FrozenDocumentText::tr("System frozen");
            if (!r->reason.isEmpty())
                why = FrozenDocumentText::tr("%1: %2").arg(why, r->reason);
            components << QList<PrintCell>{
                PrintCell(componentText(c)),
                PrintCell(displayName(c.kind)),
                PrintCell(ReportCells::supportEnd(r->eosl.row.lifecycle.securitySupport.value), tone),
                PrintCell(displayName(r->eosl.assessment.status, data.horizons), tone),
                PrintCell(why, Tone::Muted)};
        }
        flow.table({FrozenDocumentText::tr("Component"), FrozenDocumentText::tr("Kind"), FrozenDocumentText::tr("EOSL"), FrozenDocumentText::tr("Status"),
                    FrozenDocumentText::tr("Frozen because")},
                   components, {2.2, 1, 1, 1.6, 2.6});

        flow.heading(FrozenDocumentText::tr("Compensating controls"), 3);
        if (s.controls.isEmpty()) {
            flow.paragraph(FrozenDocumentText::tr("No controls."), TextFlow::Style::Muted);
        } else {
            QList<QList<PrintCell>> controls;
            for (const Control &c : s.controls) {
                const bool overdue = isOverdue(c, today);
                const bool inEffect = isInEffect(c, today);
                controls << QList<PrintCell>{
                    PrintCell(displayName(c.kind)),
                    PrintCell(c.title, inEffect ? Tone::Normal : Tone::Muted),
                    PrintCell(c.owner),
                    PrintCell(c.cadenceDays ? FrozenDocumentText::tr("every %n day(s)", nullptr, *c.cadenceDays)
                                            : FrozenDocumentText::tr("once")),
                    PrintCell(c.lastDone.isValid() ? c.lastDone.toString(Qt::ISODate)
                                                   : FrozenDocumentText::tr("never"),
                              c.lastDone.isValid() ? Tone::Normal : Tone::Alert),
                    PrintCell(dateOrDash(c.nextDue), overdue ? Tone::Alert : Tone::Normal),
                    PrintCell(c.validUntil.isValid() ? c.validUntil.toString(Qt::ISODate)
                                                     : FrozenDocumentText::tr("open"),
                              inEffect ? Tone::Normal : Tone::Alert)};
            }
            flow.table({FrozenDocumentText::tr("Kind"), FrozenDocumentText::tr("Title"), FrozenDocumentText::tr("Owner"),
                        FrozenDocumentText::tr("Cadence"), FrozenDocumentText::tr("Last evidence"), FrozenDocumentText::tr("Next due"),
                        FrozenDocumentText::tr("Valid until")},
                       controls, {1.5, 2.6, 1.2, 1.1, 1.1, 1.1, 1.1});
        }

        flow.heading(FrozenDocumentText::tr("Risk acceptances"), 3);
        if (s.acceptances.isEmpty()) {
            flow.paragraph(FrozenDocumentText::tr("No risk acceptances."), TextFlow::Style::Muted);
        } else {
            QList<QList<PrintCell>> acceptances;
            for (const RiskAcceptance &a : s.acceptances) {
                QString what;
                if (a.findingId) {
                    const AcceptedFindingRef f = s.findings.value(a.findingId);
                    what = f.vulnerability.isEmpty()
                        ? FrozenDocumentText::tr("Finding %1").arg(a.findingId)
                        : (f.title.isEmpty() ? f.vulnerability
                                             : FrozenDocumentText::tr("%1: %2").arg(f.vulnerability, f.title));
                } else {
                    what = FrozenDocumentText::tr("Component");
                    for (const FrozenRegisterRow *r : s.rows) {
                        if (r->eosl.row.component.id == a.componentId)
                            what = FrozenDocumentText::tr("Component %1")
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
                                  ? FrozenDocumentText::tr("%1, %2").arg(a.approver,
                                                           a.approvedOn.toString(Qt::ISODate))
                                  : FrozenDocumentText::tr("not approved (requested by %1)").arg(a.requester),
                              a.isApproved() ? Tone::Normal : Tone::Muted),
                    PrintCell(dateOrDash(a.expiresOn), tone)};
            }
            flow.table({FrozenDocumentText::tr("Finding or component"), FrozenDocumentText::tr("State"),
                        FrozenDocumentText::tr("Approved by, on"), FrozenDocumentText::tr("Expires")},
                       acceptances, {3, 1.2, 2.2, 1.1});
        }

        QList<QList<PrintCell>> cadences;
        for (const Cadence &c : data.cadences) {
            if (c.systemId != s.systemId)
                continue;
            const bool overdue = isOverdue(c.nextDue, today);
            cadences << QList<PrintCell>{
                PrintCell(displayName(c.kind)),
                PrintCell(FrozenDocumentText::tr("every %n day(s)", nullptr, c.intervalDays)),
                PrintCell(c.lastDone.isValid() ? c.lastDone.toString(Qt::ISODate)
                                               : FrozenDocumentText::tr("never")),
                PrintCell(dateOrDash(c.nextDue), overdue ? Tone::Alert : Tone::Normal)};
        }
        if (!cadences.isEmpty()) {
            flow.heading(FrozenDocumentText::tr("Operational cadences"), 3);
            flow.table({FrozenDocumentText::tr("Obligation"), FrozenDocumentText::tr("Interval"), FrozenDocumentText::tr("Last done"),
                        FrozenDocumentText::tr("Next due")},
                       cadences, {2.4, 1.2, 1.1, 1.1});
        }

        flow.heading(FrozenDocumentText::tr("Gaps"), 3);
        if (s.gaps.isEmpty()) {
            flow.fields({{FrozenDocumentText::tr("Gaps"), PrintCell(FrozenDocumentText::tr("No gaps"), Tone::Good)}});
        } else {
            QList<QList<PrintCell>> gaps;
            for (const Gap &g : s.gaps)
                gaps << QList<PrintCell>{PrintCell(displayName(g.kind), Tone::Alert),
                                         PrintCell(g.message, Tone::Alert)};
            flow.table({FrozenDocumentText::tr("Gap"), FrozenDocumentText::tr("Details")}, gaps, {1.6, 4});
        }
    }
    return doc;
}

} // namespace pp
