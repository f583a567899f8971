// The rules of controls, acceptances and cadences (see controlrules.h).
#include "models/planning/controlrules.h"

#include <QHash>
#include <QSet>

namespace pp {
namespace Internal {

/// The translation context of the rules' messages.
struct ControlRulesTr
{
    Q_DECLARE_TR_FUNCTIONS(ControlRules)
};

} // namespace Internal

namespace {

using Internal::ControlRulesTr;

bool isSupportKind(ControlKind k)
{
    return k == ControlKind::VendorSupportContract || k == ControlKind::AlternativeService;
}

} // namespace

QDate dayIn(const QDateTime &moment, const QTimeZone &zone)
{
    return moment.toTimeZone(zone).date();
}

QDate nextDueDate(const QDate &lastDone, int cadenceDays, const QDate &firstDue)
{
    if (cadenceDays <= 0)
        return {};
    if (!lastDone.isValid())
        return firstDue;
    return lastDone.addDays(cadenceDays);
}

QDate controlNextDue(const Control &c, const QDate &firstDue)
{
    if (!c.cadenceDays)
        return {};
    return nextDueDate(c.lastDone, *c.cadenceDays, c.validFrom.isValid() ? c.validFrom : firstDue);
}

bool isOverdue(const QDate &nextDue, const QDate &today)
{
    return nextDue.isValid() && today.isValid() && nextDue < today;
}

bool isInEffect(const Control &c, const QDate &today)
{
    if (c.validFrom.isValid() && today < c.validFrom)
        return false;
    if (c.validUntil.isValid() && today > c.validUntil)
        return false;
    return true;
}

bool isOverdue(const Control &c, const QDate &today)
{
    return c.isPeriodic() && isInEffect(c, today) && isOverdue(c.nextDue, today);
}

QString toKey(AcceptanceState s)
{
    switch (s) {
    case AcceptanceState::PendingApproval: return QStringLiteral("pending");
    case AcceptanceState::Active: return QStringLiteral("active");
    case AcceptanceState::Expiring: return QStringLiteral("expiring");
    case AcceptanceState::Expired: return QStringLiteral("expired");
    }
    return {};
}

QString displayName(AcceptanceState s)
{
    switch (s) {
    case AcceptanceState::PendingApproval: return ControlRulesTr::tr("Pending approval");
    case AcceptanceState::Active: return ControlRulesTr::tr("Active");
    case AcceptanceState::Expiring: return ControlRulesTr::tr("Expiring soon");
    case AcceptanceState::Expired: return ControlRulesTr::tr("Expired");
    }
    return {};
}

std::optional<int> daysToExpiry(const RiskAcceptance &a, const QDate &today)
{
    if (!a.expiresOn.isValid() || !today.isValid())
        return std::nullopt;
    return int(today.daysTo(a.expiresOn));
}

AcceptanceState acceptanceState(const RiskAcceptance &a, const QDate &today, int warningDays)
{
    const std::optional<int> left = daysToExpiry(a, today);
    if (left && *left < 0)
        return AcceptanceState::Expired;
    if (!a.isApproved())
        return AcceptanceState::PendingApproval;
    if (left && *left <= warningDays)
        return AcceptanceState::Expiring;
    return AcceptanceState::Active;
}

bool isCurrent(const RiskAcceptance &a, const QDate &today)
{
    const AcceptanceState s = acceptanceState(a, today, 0);
    return s == AcceptanceState::Active || s == AcceptanceState::Expiring;
}

bool samePerson(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QStringList validateControl(const Control &c)
{
    QStringList problems;
    if (c.title.trimmed().isEmpty())
        problems << ControlRulesTr::tr("A control needs a title.");
    if (c.systemId <= 0 && c.componentId <= 0 && c.findingId <= 0)
        problems << ControlRulesTr::tr("A control must be attached to a system, a component or a finding.");
    if (c.cadenceDays && *c.cadenceDays <= 0) {
        problems << ControlRulesTr::tr("The cadence must be at least one day (%1 given).")
                        .arg(*c.cadenceDays);
    }
    if (c.kind == ControlKind::LogReview && !c.cadenceDays)
        problems << ControlRulesTr::tr("A periodic log review needs a cadence in days.");
    if (c.validFrom.isValid() && c.validUntil.isValid() && c.validUntil < c.validFrom) {
        problems << ControlRulesTr::tr("Valid until (%1) is before valid from (%2).")
                        .arg(dateKey(c.validUntil), dateKey(c.validFrom));
    }
    return problems;
}

QStringList validateEvidence(const ControlEvidence &e, const QDate &today)
{
    QStringList problems;
    if (!e.doneOn.isValid())
        problems << ControlRulesTr::tr("The evidence needs the date the check was done.");
    else if (e.doneOn > today)
        problems << ControlRulesTr::tr("The evidence is dated %1, in the future (today is %2).")
                        .arg(dateKey(e.doneOn), dateKey(today));
    if (e.doneBy.trimmed().isEmpty())
        problems << ControlRulesTr::tr("The evidence needs who did the check.");
    return problems;
}

QStringList validateAcceptance(const RiskAcceptance &a)
{
    QStringList problems;
    if (a.findingId <= 0 && a.componentId <= 0)
        problems << ControlRulesTr::tr("A risk acceptance is about a finding or a component.");
    if (a.requester.trimmed().isEmpty())
        problems << ControlRulesTr::tr("A risk acceptance needs a requester.");
    if (!a.expiresOn.isValid())
        problems << ControlRulesTr::tr("A risk acceptance needs an expiry date.");
    if (!a.approver.trimmed().isEmpty() && samePerson(a.approver, a.requester)) {
        problems << ControlRulesTr::tr("The approver (%1) cannot be the requester: someone else must approve.")
                        .arg(a.approver.trimmed());
    }
    if (a.approvedOn.isValid() && a.expiresOn.isValid() && a.expiresOn <= a.approvedOn) {
        problems << ControlRulesTr::tr("The expiry date (%1) must be after the approval date (%2).")
                        .arg(dateKey(a.expiresOn), dateKey(a.approvedOn));
    }
    return problems;
}

QStringList validateApproval(const RiskAcceptance &a, const QString &approver,
                             const QDate &approvedOn)
{
    QStringList problems;
    if (approver.trimmed().isEmpty())
        problems << ControlRulesTr::tr("The approval needs an approver.");
    else if (samePerson(approver, a.requester))
        problems << ControlRulesTr::tr("The approver (%1) cannot be the requester: someone else must approve.")
                        .arg(approver.trimmed());
    if (!approvedOn.isValid())
        problems << ControlRulesTr::tr("The approval needs a date.");
    else if (a.expiresOn.isValid() && a.expiresOn <= approvedOn)
        problems << ControlRulesTr::tr("The expiry date (%1) must be after the approval date (%2).")
                        .arg(dateKey(a.expiresOn), dateKey(approvedOn));
    return problems;
}

QStringList validateCadence(const Cadence &c, const QDate &today)
{
    QStringList problems;
    if (c.intervalDays <= 0)
        problems << ControlRulesTr::tr("The cadence must be at least one day (%1 given).").arg(c.intervalDays);
    if (c.lastDone.isValid() && today.isValid() && c.lastDone > today)
        problems << ControlRulesTr::tr("The last done date %1 is in the future (today is %2).")
                        .arg(dateKey(c.lastDone), dateKey(today));
    return problems;
}

QList<Cadence> defaultCadences(qint64 systemId, int criticality, const QDate &firstDue,
                               const CadencePolicy &policy)
{
    QList<Cadence> out;
    auto add = [&](CadenceKind kind, int days) {
        Cadence c;
        c.systemId = systemId;
        c.kind = kind;
        c.intervalDays = days;
        c.nextDue = firstDue;
        out << c;
    };
    add(CadenceKind::VulnerabilityScan, policy.scanDays);
    if (criticality >= 1 && criticality <= policy.drillMaxTier)
        add(CadenceKind::BackupRestoreDrill, policy.drillDays);
    add(CadenceKind::EoslReview, policy.eoslReviewDays);
    add(CadenceKind::IncidentProfileReview, policy.incidentReviewDays);
    return out;
}

Cadence afterMajorChange(Cadence c, const QDate &changedOn)
{
    if (c.kind != CadenceKind::VulnerabilityScan || !changedOn.isValid())
        return c;
    if (!c.nextDue.isValid() || changedOn < c.nextDue)
        c.nextDue = changedOn;
    return c;
}

Cadence markedDone(Cadence c, const QDate &doneOn)
{
    c.lastDone = doneOn;
    c.nextDue = nextDueDate(doneOn, c.intervalDays, doneOn);
    return c;
}

QString toKey(GapKind k)
{
    switch (k) {
    case GapKind::EoslWithoutSupport: return QStringLiteral("eosl_without_support");
    case GapKind::AcceptedWithoutLogReview: return QStringLiteral("accepted_without_log_review");
    case GapKind::AcceptanceExpired: return QStringLiteral("acceptance_expired");
    case GapKind::ControlOverdue: return QStringLiteral("control_overdue");
    }
    return {};
}

QString displayName(GapKind k)
{
    switch (k) {
    case GapKind::EoslWithoutSupport: return ControlRulesTr::tr("Past EOSL without support");
    case GapKind::AcceptedWithoutLogReview: return ControlRulesTr::tr("Accepted finding without log review");
    case GapKind::AcceptanceExpired: return ControlRulesTr::tr("Expired acceptance");
    case GapKind::ControlOverdue: return ControlRulesTr::tr("Overdue control");
    }
    return {};
}

QList<Gap> findGaps(const QList<GapComponent> &components, const QList<GapFinding> &findings,
                    const QList<RiskAcceptance> &acceptances, const QList<Control> &controls,
                    const QDate &today)
{
    QList<Gap> gaps;

    // 1. Past EOSL without an extended contract or a support / alternative-service control.
    for (const GapComponent &comp : components) {
        if (comp.eoslStatus != EoslStatus::Past || comp.extendedContract)
            continue;
        bool covered = false;
        for (const Control &c : controls) {
            if (isSupportKind(c.kind) && isInEffect(c, today)
                && (c.componentId == comp.componentId
                    || (c.componentId == 0 && c.findingId == 0 && c.systemId == comp.systemId))) {
                covered = true;
                break;
            }
        }
        if (!covered) {
            Gap g{GapKind::EoslWithoutSupport, comp.systemId, comp.componentId, 0, 0, 0, {}};
            g.message = ControlRulesTr::tr("Past EOSL without an extended-support contract or an "
                              "alternative service.");
            gaps << g;
        }
    }

    // 2. Accepted findings without a current log review.
    QHash<qint64, QSet<qint64>> reliedOn; // finding -> controls its acceptances rely on
    for (const RiskAcceptance &a : acceptances) {
        if (a.findingId > 0)
            reliedOn[a.findingId].unite(QSet<qint64>(a.controlIds.cbegin(), a.controlIds.cend()));
    }
    for (const GapFinding &f : findings) {
        bool covered = false;
        const QSet<qint64> relied = reliedOn.value(f.findingId);
        for (const Control &c : controls) {
            if (c.kind != ControlKind::LogReview || !isInEffect(c, today) || isOverdue(c, today))
                continue;
            const bool attached = c.findingId == f.findingId || relied.contains(c.id)
                || (c.findingId == 0 && c.componentId == f.componentId)
                || (c.findingId == 0 && c.componentId == 0 && c.systemId == f.systemId);
            if (attached) {
                covered = true;
                break;
            }
        }
        if (!covered) {
            Gap g{GapKind::AcceptedWithoutLogReview, f.systemId, f.componentId, f.findingId, 0, 0,
                  {}};
            g.message = ControlRulesTr::tr("Accepted finding without a current periodic log review.");
            gaps << g;
        }
    }

    // 3. Expired acceptances not replaced by a later one.
    for (const RiskAcceptance &a : acceptances) {
        if (acceptanceState(a, today, 0) != AcceptanceState::Expired)
            continue;
        bool replaced = false;
        for (const RiskAcceptance &b : acceptances) {
            if (b.id != a.id && b.findingId == a.findingId && b.componentId == a.componentId
                && b.expiresOn > a.expiresOn) {
                replaced = true;
                break;
            }
        }
        if (replaced)
            continue;
        Gap g{GapKind::AcceptanceExpired, 0, a.componentId, a.findingId, a.id, 0, {}};
        g.message = ControlRulesTr::tr("The risk acceptance expired on %1.").arg(dateKey(a.expiresOn));
        gaps << g;
    }

    // 4. Overdue controls.
    for (const Control &c : controls) {
        if (!isOverdue(c, today))
            continue;
        Gap g{GapKind::ControlOverdue, c.systemId, c.componentId, c.findingId, 0, c.id, {}};
        g.message = ControlRulesTr::tr("The control \"%1\" was due on %2.").arg(c.title, dateKey(c.nextDue));
        gaps << g;
    }
    return gaps;
}

} // namespace pp
