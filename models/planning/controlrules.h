// The rules of compensating controls, risk acceptances and operational cadences (DESIGN.md
// sections 2 and 3; issue 6). Pure functions: no storage, no clock; today is passed in.
//
// Day arithmetic is on calendar days (QDate), so month ends, leap days and time zones need no
// special case: "every 91 days" from 2024-02-29 is 2024-05-30 wherever the user is. A due date
// is due on the day itself and overdue from the day after, like the EOSL date (the last
// supported day).
#pragma once

#include "models/domain/control.h"
#include "models/planning/lifecyclestatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace pp {

/// The calendar day of @p moment in @p zone: the "today" every rule here takes. 2026-12-31
/// 15:30 UTC is already 2027-01-01 in Asia/Tokyo, so an acceptance expiring on 2026-12-31 has
/// lapsed there and not yet in London.
QDate dayIn(const QDateTime &moment, const QTimeZone &zone);

// --- Controls and cadences: next due, overdue -------------------------------------------------

/// The next due date of something done every @p cadenceDays days, last on @p lastDone: lastDone
/// + cadenceDays. Never done (null lastDone): @p firstDue (due at once when the caller passes
/// today). Null when cadenceDays <= 0.
QDate nextDueDate(const QDate &lastDone, int cadenceDays, const QDate &firstDue);
/// A control's next due: null when it is not periodic; else nextDueDate() from its last
/// evidence, a never-done one being due from its validFrom (or @p firstDue when it has none).
QDate controlNextDue(const Control &c, const QDate &firstDue);
/// Past its due date: @p nextDue is before @p today. A null date is never overdue.
bool isOverdue(const QDate &nextDue, const QDate &today);
/// A periodic control whose next due date is past (only while it is valid).
bool isOverdue(const Control &c, const QDate &today);
/// A control applies on @p today: validFrom (if any) <= today <= validUntil (if any).
bool isInEffect(const Control &c, const QDate &today);

// --- Risk acceptances --------------------------------------------------------------------------

enum class AcceptanceState {
    PendingApproval, ///< requested (or renewed) and not approved yet
    Active,          ///< approved, more than the warning days before its expiry
    Expiring,        ///< approved, expiring within the warning days (0 = the last day)
    Expired,         ///< today is after its expiry date: it has lapsed (approved or not)
};
QString toKey(AcceptanceState s); ///< "pending","active","expiring","expired"
QString displayName(AcceptanceState s);
/// The state of @p a on @p today, warning @p warningDays before expiry (setting, default 30).
AcceptanceState acceptanceState(const RiskAcceptance &a, const QDate &today, int warningDays);
/// expiresOn - today in days (negative once expired); nullopt without an expiry date.
std::optional<int> daysToExpiry(const RiskAcceptance &a, const QDate &today);
/// An approved acceptance that has not expired on @p today.
bool isCurrent(const RiskAcceptance &a, const QDate &today);

// --- Validation (each returns the problems, translated; empty = valid) ------------------------

/// Title given; attached to a system, component or finding; a cadence, when given, of at least
/// one day (a log review needs one); valid until not before valid from.
QStringList validateControl(const Control &c);
/// Done on a day that is not after @p today; done by someone.
QStringList validateEvidence(const ControlEvidence &e, const QDate &today);
/// A finding or component; a requester; the mandatory expiry; approver not the requester; an
/// approved one expires after its approval day.
QStringList validateAcceptance(const RiskAcceptance &a);
/// Approving @p a as @p approver on @p approvedOn: not the requester; expiry after that day.
QStringList validateApproval(const RiskAcceptance &a, const QString &approver,
                             const QDate &approvedOn);
/// Interval of at least one day; last done not after @p today.
QStringList validateCadence(const Cadence &c, const QDate &today);
/// The same person: names compared trimmed and case-insensitively.
bool samePerson(const QString &a, const QString &b);

// --- Default operational cadences ------------------------------------------------------------

/// The handbook's defaults (issue 6, item 4), in days.
struct CadencePolicy
{
    int scanDays = 365;           ///< vulnerability scan, at least yearly
    int drillDays = 182;          ///< backup-restore drill, every 6 months ...
    int drillMaxTier = 2;         ///< ... for tier 1-2 systems
    int eoslReviewDays = 91;      ///< quarterly
    int incidentReviewDays = 365; ///< yearly
};
/// The default cadences of a system of tier @p criticality, never done, all due on @p firstDue.
QList<Cadence> defaultCadences(qint64 systemId, int criticality, const QDate &firstDue,
                               const CadencePolicy &policy = {});
/// After a change marked major on @p changedOn, the vulnerability scan is due at once: its next
/// due becomes the earlier of the current one and the change date. Other kinds are unchanged.
Cadence afterMajorChange(Cadence c, const QDate &changedOn);
/// Marking a cadence done on @p doneOn: last done and next due moved.
Cadence markedDone(Cadence c, const QDate &doneOn);

// --- Gaps of DESIGN.md section 3 --------------------------------------------------------------

enum class GapKind {
    EoslWithoutSupport,        ///< frozen, past EOSL, no extended contract or alternative service
    AcceptedWithoutLogReview,  ///< accepted finding without a current log-review control
    AcceptanceExpired,         ///< an acceptance past its expiry
    ControlOverdue,            ///< a periodic control past its next due date
};
QString toKey(GapKind k); ///< "eosl_without_support","accepted_without_log_review",
                          ///< "acceptance_expired","control_overdue"
QString displayName(GapKind k);

/// A frozen component, as the gap rules need it.
struct GapComponent
{
    qint64 componentId = 0;
    qint64 systemId = 0;
    EoslStatus eoslStatus = EoslStatus::Unknown;
    bool extendedContract = false; ///< extended support under contract (lifecycle data)
};
/// A finding whose state is risk accepted.
struct GapFinding
{
    qint64 findingId = 0;
    qint64 componentId = 0;
    qint64 systemId = 0;
};

struct Gap
{
    GapKind kind = GapKind::ControlOverdue;
    qint64 systemId = 0;
    qint64 componentId = 0; ///< 0 when not about a component
    qint64 findingId = 0;
    qint64 acceptanceId = 0;
    qint64 controlId = 0;
    QString message; ///< translated, for the register and the dashboard
};

/// The gaps on @p today: components past EOSL without an extended contract or a support /
/// alternative-service control in effect (attached to the component or its system); accepted
/// findings without a log-review control in effect and not overdue (attached to the finding, its
/// component or system, or relied on by the finding's acceptance); acceptances past expiry
/// (unless a later-expiring acceptance of the same finding or component replaced it); periodic
/// controls in effect and overdue. In input order, by kind.
QList<Gap> findGaps(const QList<GapComponent> &components, const QList<GapFinding> &findings,
                    const QList<RiskAcceptance> &acceptances, const QList<Control> &controls,
                    const QDate &today);

} // namespace pp
