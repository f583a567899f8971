// Compensating controls and their evidence, risk acceptances, the operational cadences and the
// frozen-systems register (issue 6). Every write runs in one transaction with its audit entry;
// records users edit carry a row_version, and a write based on a stale one is refused with
// ErrorKind::Conflict. Input is checked by the rules of planning/controlrules.h first
// (ErrorKind::InputRejected, nothing written).
//
// "Today" is passed in by the caller (the UI and the command line pass the local date), so that
// tests can move the clock.
#pragma once

#include "models/domain/control.h"
#include "models/planning/controlrules.h"
#include "models/planning/eosloverview.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

class Database;

/// A finding whose risk is accepted, as the register lists it.
struct AcceptedFindingRef
{
    qint64 findingId = 0;
    qint64 componentId = 0;
    qint64 systemId = 0;
    QString vulnerability; ///< CVE or JVNDB identifier
    QString title;
};

/// One row of the frozen-systems register: a component that is frozen itself (upgrade decision
/// frozen) or belongs to a frozen system.
struct FrozenRegisterRow
{
    EoslItem eosl;                ///< the component, its system and EOSL status
    bool systemFrozen = false;    ///< systems.lifecycle_state = 'frozen'
    bool componentFrozen = false; ///< upgrade decision frozen
    QString reason;               ///< the frozen decision's note, when there is one
    QList<AcceptedFindingRef> acceptedFindings;
    QList<RiskAcceptance> acceptances; ///< of the component and of its findings
    QList<Control> controls;      ///< on the component, its findings or its system as a whole
    QDate nextDue;                ///< the earliest next due of its periodic controls (null: none)
    QList<Gap> gaps;              ///< DESIGN.md section 3, about this component
};

/// One obligation on the calendar: an operational cadence or a periodic control.
struct DueItem
{
    enum class Source { Cadence, Control };
    Source source = Source::Cadence;
    qint64 id = 0; ///< the cadence's or the control's id
    qint64 systemId = 0;
    QString systemCode;
    QString obligation; ///< translated cadence name, or the control's title
    QString kind;       ///< CadenceKind or ControlKind key
    QDate nextDue;
    bool overdue = false;
    int rowVersion = 0;
};

/// What lapseExpired() did.
struct LapseResult
{
    QList<qint64> acceptanceIds; ///< acceptances that lapsed in this call
    QList<qint64> findingIds;    ///< findings opened again (state not set, due recomputed)
};

/// What applyCalendar() did.
struct CalendarUpdate
{
    LapseResult lapsed;
    int cadencesCreated = 0;
};

/// The distinct gaps of register rows (a control overdue on a system is listed once, not once
/// per component): what the dashboard counts.
QList<Gap> distinctGaps(const QList<FrozenRegisterRow> &rows);

class ControlRepository
{
    Q_DECLARE_TR_FUNCTIONS(ControlRepository)

public:
    explicit ControlRepository(Database &db) : m_db(db) { }

    // --- Controls ---------------------------------------------------------------------------

    /// Every control, by id.
    Result<QList<Control>> controls() const;
    Result<std::optional<Control>> control(qint64 id) const;
    /// Stores a new control (row version and evidence ignored; an id > 0 restores a deleted
    /// control under that id, for undo); a periodic one without evidence is due on its
    /// valid-from date, else on @p today.
    Result<Control> insertControl(const Control &c, const QDate &today);
    /// Updates @p c if it still has c.rowVersion; next due recomputed from its last evidence.
    Result<Control> updateControl(const Control &c, const QDate &today);
    /// Deletes a control that has no evidence and that no acceptance relies on (refused,
    /// InputRejected, otherwise: such a control is ended with a valid-until date).
    Status removeControl(qint64 id, int expectedVersion);

    /// The evidence log of a control, newest first.
    Result<QList<ControlEvidence>> evidence(qint64 controlId) const;
    /// Records @p e (refused when dated after @p today) on a control that still has
    /// @p expectedVersion; last done becomes the newest evidence date and next due moves.
    /// Returns the control as stored.
    Result<Control> addEvidence(const ControlEvidence &e, int expectedVersion, const QDate &today);

    // --- Risk acceptances -------------------------------------------------------------------

    /// Every acceptance with the controls it relies on, by id.
    Result<QList<RiskAcceptance>> acceptances() const;
    Result<std::optional<RiskAcceptance>> acceptance(qint64 id) const;
    /// Stores a request: pending approval (approver and approval date ignored; an id > 0
    /// restores a deleted request under that id, for undo).
    Result<RiskAcceptance> insertAcceptance(const RiskAcceptance &a);
    /// Updates @p a if it still has a.rowVersion. A change to an approved acceptance (other
    /// than its controls) withdraws the approval: it needs approving again.
    Result<RiskAcceptance> updateAcceptance(const RiskAcceptance &a);
    /// Deletes a request that is not approved (an approved one is refused, InputRejected: it
    /// ends on its expiry, or an edit withdraws its approval first).
    Status removeAcceptance(qint64 id, int expectedVersion);
    /// Approves as the database user (Database::actor()) on @p approvedOn; refused when that
    /// is the requester or when the expiry is not after @p approvedOn. A finding's acceptance
    /// sets the finding, when still open, to risk accepted (audited).
    Result<RiskAcceptance> approveAcceptance(qint64 id, int expectedVersion,
                                             const QDate &approvedOn);
    /// Renews until @p newExpiry: approval withdrawn, so it goes through approval again. The
    /// finding stays accepted until the old expiry; then it lapses unless approved meanwhile.
    Result<RiskAcceptance> renewAcceptance(qint64 id, int expectedVersion, const QDate &newExpiry);
    /// Lapses every acceptance past its expiry on @p today: a finding still risk accepted and
    /// covered by no other current acceptance is open again (state not set) with its due date
    /// and track recomputed (FindingRepository::recomputeDue). Audited; idempotent.
    Result<LapseResult> lapseExpired(const QDate &today);

    /// What time brings, in one transaction: lapseExpired() and ensureDefaultCadences() on
    /// @p today. The window runs it on open and each new day, the command line before its
    /// reports; it writes nothing when there is nothing to do.
    Result<CalendarUpdate> applyCalendar(const QDate &today, const CadencePolicy &policy = {});

    // --- Operational cadences ----------------------------------------------------------------

    /// Every cadence, by system and kind.
    Result<QList<Cadence>> cadences(qint64 systemId = 0) const;
    /// Creates the default cadences (controlrules.h defaultCadences()) that a system lacks, for
    /// every system that is not retired, due on @p today. Returns how many were created.
    Result<int> ensureDefaultCadences(const QDate &today, const CadencePolicy &policy = {});
    /// Updates interval and note of @p c if it still has c.rowVersion; next due recomputed.
    Result<Cadence> updateCadence(const Cadence &c, const QDate &today);
    /// Marks a cadence done on @p doneOn (not after @p today) with @p note as its evidence
    /// (kept as the cadence's note and in the audit trail): last done and next due move.
    Result<Cadence> markCadenceDone(qint64 id, int expectedVersion, const QDate &doneOn,
                                    const QString &note, const QDate &today);
    /// A change marked major on @p changedOn: the system's vulnerability scan is due at once.
    Status markMajorChange(qint64 systemId, const QDate &changedOn);

    /// Cadences and periodic controls due on or before @p until (null = all), overdue first,
    /// then by date, system code and obligation.
    Result<QList<DueItem>> dueItems(const QDate &today, const QDate &until = {}) const;

    // --- Frozen-systems register -------------------------------------------------------------

    /// Every frozen component (of a frozen system, or with a frozen decision) with its EOSL
    /// status, accepted findings, acceptances, controls, next due and gaps; in eoslLess order.
    /// A few queries in all, whatever the size of the estate.
    Result<QList<FrozenRegisterRow>> frozenRegister(const QDate &today) const;
    /// The gaps of the register, for the dashboard.
    Result<QList<Gap>> gaps(const QDate &today) const;

private:
    Database &m_db;
};

} // namespace pp
