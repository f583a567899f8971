// The document the application works on: one open database, its undo history, and the facts
// the views listen to ("the systems changed"). Widgets and item models talk to this object, never
// to SQL or to the repositories' connections directly.
#pragma once

#include "models/capabilities.h"
#include "models/changewatcher.h"
#include "models/domain/component.h"
#include "models/domain/lifecycle.h"
#include "models/domain/system.h"
#include "models/editconflict.h"
#include "models/io/plandocument.h"
#include "models/planning/duepolicy.h"
#include "models/planning/eosloverview.h"
#include "models/planning/lifecyclestatus.h"
#include "models/result.h"
#include "models/storage/auditlog.h"
#include "models/planning/planrules.h"
#include "models/planning/steptemplates.h"
#include "models/plans/planservice.h"
#include "models/storage/controlrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/database.h"
#include "models/storage/inventoryrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/vulnrows.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace pp {

/// Owns the open Database and the QUndoStack of the editing commands in models/commands/.
///
/// Reads return Result values from the repositories. Writes come in two layers:
/// - addSystem(), editSystem(), deleteSystem() (and the component ones) push an undoable command;
///   a command that fails is reported by commandFailed() and is not kept in the history;
/// - insertSystem(), updateSystem(), removeSystem() (and the component ones) write at once and
///   are what the commands call. They write the audit entry (through the repository), remember
///   the row version they produced, and emit the change signals.
///
/// Row versions: every command asks expectedVersion() for the version it must pass to the
/// optimistic lock. That is the version this workspace last wrote for the record, so that undoing
/// several commands on one record in a row works, while a change made by someone else (another
/// process on the same file, a colleague on the shared database) is still a Conflict.
///
/// Others' changes: a ChangeWatcher notices what other connections commit; the views then reload
/// what it touched (systemsChanged()...), and changedElsewhere() says who changed which record,
/// so that an editor with unsaved edits can warn instead of losing them. An editor's save that
/// meets such a change gets the Conflict back from saveSystem()/saveComponent(), describes it
/// with systemConflict()/componentConflict() and lets the user reload or deliberately overwrite.
class Workspace : public QObject
{
    Q_OBJECT

public:
    /// The records whose row versions the workspace remembers (ManualLifecycle and Decision
    /// are keyed by component id).
    enum class Record { System, Component, ManualLifecycle, Decision, Finding, Patch, Control,
                        Acceptance, Cadence, Window, Blackout, Plan };
    static constexpr std::size_t kRecordKinds = 12;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// Opens @p location (SQLite path or postgresql:// URL) and makes it the open database; the
    /// undo history is cleared. On failure the database that was open stays open.
    Status open(const QString &location, const Database::Options &options);
    Status open(const QString &location) { return open(location, Database::Options{}); }
    /// Adopts an already opened database (tests, and callers that opened it themselves).
    void setDatabase(std::unique_ptr<Database> db);
    /// Closes the database and clears the undo history.
    void close();

    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const;
    /// The open database's location, empty when none is open.
    QString location() const;
    /// Who the audit trail names for changes made here.
    QString actor() const;
    /// What the user may do on the open database (nothing when none is open).
    Capabilities capabilities() const { return m_capabilities; }
    /// Open, and the user may add, change and delete records.
    bool canEdit() const { return m_db && m_capabilities.canEdit; }
    /// Noticing others' changes; nullptr when no database is open.
    ChangeWatcher *changeWatcher() const { return m_watcher.get(); }
    /// The open database, or nullptr. For io/ functions that take a Database (import, export).
    Database *database() const { return m_db.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // --- Reading ------------------------------------------------------------------------------
    Result<QList<System>> systems() const;
    Result<std::optional<System>> system(qint64 id) const;
    /// Components of one system, or of every system when @p systemId is 0.
    Result<QList<Component>> components(qint64 systemId = 0) const;
    Result<std::optional<Component>> component(qint64 id) const;
    /// System id -> number of components.
    Result<QHash<qint64, int>> componentCounts() const;
    Result<InventoryStats> stats() const;
    /// Audit entries, newest first.
    Result<QList<AuditEntry>> auditEntries(const AuditFilter &filter, int offset, int limit) const;
    Result<int> auditCount(const AuditFilter &filter) const;
    Result<QStringList> auditActors() const;
    Result<QStringList> auditEntities() const;
    Result<AuditVerification> verifyAudit() const;

    // --- Lifecycle (issue 4) ------------------------------------------------------------------
    /// Every component with its effective lifecycle and decision.
    Result<QList<LifecycleRow>> lifecycleRows() const;
    Result<std::optional<LifecycleRow>> lifecycleRow(qint64 componentId) const;
    /// The stored EOSL horizons (the defaults when unset).
    Result<LifecycleHorizons> lifecycleHorizons() const;
    /// Stores the EOSL horizons (a setting: audited, not undoable); rejected when invalid, a
    /// Conflict when someone else changed them since @p seen was read. Emits lifecycleChanged().
    Status setLifecycleHorizons(const LifecycleHorizons &horizons, const LifecycleHorizons &seen);
    /// Every component assessed on @p today (local date) against the stored horizons, sorted.
    Result<QList<EoslItem>> eoslItems(QDate today) const;
    Result<QList<EoslItem>> eoslItems() const { return eoslItems(QDate::currentDate()); }
    Result<ManualLifecycle> manualLifecycle(qint64 componentId) const;
    Result<UpgradeDecision> upgradeDecision(qint64 componentId) const;
    Result<QList<ProductMatchRow>> productMatches() const;
    Result<QList<EolProduct>> eolProducts() const;
    /// Remembers the endoflife.date product of a vendor and product (not undoable: it is a
    /// setting, audited by the repository). Emits lifecycleChanged().
    Result<EolMapping> setEolMapping(const EolMapping &m);

    /// Undoable: replaces the manual lifecycle values of a component with @p after (which
    /// carries the row version it was read with).
    bool editManualLifecycle(const ManualLifecycle &after);
    /// Undoable: sets (@p value) or clears (nullopt) one manual date.
    bool setLifecycleDate(qint64 componentId, LifecycleField field,
                          const std::optional<SupportEnd> &value);
    /// Undoable: stores the upgrade decision (decision None clears it).
    bool editUpgradeDecision(const UpgradeDecision &d);

    /// Immediate writes the lifecycle commands call; emit lifecycleChanged().
    Result<ManualLifecycle> writeManualLifecycle(const ManualLifecycle &m);
    Result<DecisionSaved> writeUpgradeDecision(const UpgradeDecision &d);
    Status clearUpgradeDecision(qint64 componentId, int expectedVersion);

    // --- Vulnerabilities, findings and pending patches (issue 5; workspace_vulns.cpp) ---------
    Result<QList<VulnRow>> vulnerabilityRows(const VulnFilter &filter) const;
    Result<std::optional<Vulnerability>> vulnerability(qint64 id) const;
    /// The stored configurations (criteria) of a vulnerability, for its detail view.
    Result<QList<CpeConfiguration>> vulnerabilityConfigurations(qint64 id) const;
    Result<QList<VulnReference>> vulnerabilityReferences(qint64 id) const;
    Result<QList<FindingRow>> findingRows(const FindingFilter &filter) const;
    Result<FindingCounts> findingCounts(QDate today) const;
    Result<FindingCounts> findingCounts() const { return findingCounts(QDate::currentDate()); }
    /// Undoable: sets the state (with justification, detail and, for not affected / false
    /// positive, a review date) of every finding in @p findings (each carries the row version
    /// it was read with); one undo step for the whole selection. who/when are recorded.
    bool triageFindings(const QList<Finding> &findings, AnalysisState state,
                        Justification justification, const QString &detail, QDate reviewDate);
    /// Immediate write the triage command calls: stores @p after (state, justification,
    /// detail, review date) for each finding; all or nothing; emits findingsChanged().
    Result<QList<Finding>> writeFindingStates(const QList<Finding> &after);
    Result<QList<PatchRow>> patchRows(qint64 systemId = 0) const;
    Result<std::optional<Patch>> patch(qint64 id) const;
    /// Undoable: vendor patches entered by hand (kind Vendor). The findings a vendor patch
    /// resolves are its findingIds.
    qint64 addVendorPatch(const Patch &p);
    bool editVendorPatch(const Patch &p);
    bool deleteVendorPatch(qint64 id, int seenVersion);
    Result<Patch> insertPatch(const Patch &p);
    Result<Patch> updatePatch(const Patch &p);
    Status removePatch(qint64 id, int expectedVersion);
    /// The due-date and track policy (the defaults when unset).
    Result<DuePolicy> duePolicy() const;
    /// Stores the policy (a setting: audited, not undoable) and recomputes every open
    /// finding's due date and track; a Conflict when someone else changed it since @p seen.
    Status setDuePolicy(const DuePolicy &policy, const DuePolicy &seen);

    // --- Frozen systems: controls, risk acceptances, cadences (issue 6; workspace_controls.cpp)
    /// The day the rules of issue 6 count from: the local date, or the one setToday() set.
    QDate today() const;
    /// Moves the workspace's clock (tests, screenshots); a null date goes back to the local date.
    void setToday(const QDate &day) { m_today = day; }

    Result<QList<Control>> controls() const;
    Result<std::optional<Control>> control(qint64 id) const;
    /// A control's evidence log, newest first.
    Result<QList<ControlEvidence>> controlEvidence(qint64 controlId) const;
    Result<QList<RiskAcceptance>> acceptances() const;
    Result<std::optional<RiskAcceptance>> acceptance(qint64 id) const;
    Result<QList<Cadence>> cadences(qint64 systemId = 0) const;
    /// Cadences and periodic controls due on or before @p until (null: all), overdue first.
    Result<QList<DueItem>> dueItems(const QDate &until = {}) const;
    Result<QList<FrozenRegisterRow>> frozenRegister() const;
    Result<QList<Gap>> gaps() const;
    /// Days before expiry that an acceptance is flagged as expiring (setting, default 30).
    Result<int> acceptanceWarningDays() const;
    /// Stores it (a setting: audited, not undoable). Emits controlsChanged().
    Status setAcceptanceWarningDays(int days);

    /// Undoable: a new control; returns its id, or 0 when it failed.
    qint64 addControl(const Control &c);
    /// Undoable: saves @p c, which carries the row version it was read with.
    bool editControl(const Control &c);
    /// Undoable: deletes a control without evidence that no acceptance relies on.
    bool deleteControl(qint64 id, int seenVersion);
    /// Undoable: a risk acceptance request (pending approval); returns its id or 0.
    qint64 requestAcceptance(const RiskAcceptance &a);
    /// Undoable: saves @p a; a change to an approved one withdraws the approval.
    bool editAcceptance(const RiskAcceptance &a);
    /// Undoable: deletes a request that is not approved.
    bool deleteAcceptance(qint64 id, int seenVersion);
    /// Undoable: a cadence's interval and note.
    bool editCadence(const Cadence &c);

    /// Records that are signed rather than edited, so not undoable (each audited): evidence of
    /// a control done on a day not after today; returns the control as stored.
    Result<Control> recordEvidence(const ControlEvidence &e, int seenVersion);
    /// Approves as actor(), who must not be the requester; the finding becomes risk accepted.
    Result<RiskAcceptance> approveAcceptance(qint64 id, int seenVersion);
    /// Renews until @p newExpiry; the renewal needs approving again.
    Result<RiskAcceptance> renewAcceptance(qint64 id, int seenVersion, const QDate &newExpiry);
    /// Marks a cadence done on @p doneOn (not after today) with @p note as its evidence.
    Result<Cadence> markCadenceDone(qint64 id, int seenVersion, const QDate &doneOn,
                                    const QString &note);
    /// A change marked major on @p changedOn: the system's vulnerability scan is due at once.
    Status markMajorChange(qint64 systemId, const QDate &changedOn);
    /// Lapses the acceptances past their expiry (their findings open again, due recomputed)
    /// and creates the default cadences systems lack. Run on open and each new day; writes
    /// nothing when there is nothing to do, and nothing on a read-only database.
    Result<LapseResult> applyCalendar();

    /// Immediate writes the commands call; emit controlsChanged().
    Result<Control> insertControl(const Control &c);
    Result<Control> updateControl(const Control &c);
    Status removeControl(qint64 id, int expectedVersion);
    Result<RiskAcceptance> insertAcceptance(const RiskAcceptance &a);
    Result<RiskAcceptance> updateAcceptance(const RiskAcceptance &a);
    Status removeAcceptance(qint64 id, int expectedVersion);
    Result<Cadence> updateCadence(const Cadence &c);

    // --- Patch windows and plans (issue 7; workspace_plans.cpp) --------------------------------
    /// The moment the plan rules count from: the current time, or setNow() for tests.
    QDateTime now() const;
    void setNow(const QDateTime &moment) { m_now = moment; }

    Result<QList<MaintenanceWindow>> maintenanceWindows() const;
    Result<QList<Blackout>> blackouts() const;
    /// Undoable: add, edit, delete maintenance windows and blackouts.
    qint64 addWindow(const MaintenanceWindow &w);
    bool editWindow(const MaintenanceWindow &w);
    bool deleteWindow(qint64 id, int seenVersion);
    qint64 addBlackout(const Blackout &b);
    bool editBlackout(const Blackout &b);
    bool deleteBlackout(qint64 id, int seenVersion);

    Result<QList<Plan>> plans(const PlanFilter &filter = {}) const;
    Result<std::optional<Plan>> plan(qint64 id) const;
    Result<QList<PlanStep>> planSteps(qint64 planId) const;
    /// The progress of several plans (plan id -> progress), for lists.
    Result<QHash<qint64, PlanProgress>> planProgressOf(const QList<qint64> &planIds) const;
    Result<QList<Approval>> planApprovals(qint64 planId) const;
    Result<QList<PlanConflict>> planConflicts(qint64 planId) const;
    /// What the printed plan shows, read now as the workspace's user (models/io/plandocument.h).
    Result<PlanDocumentData> planDocumentData(qint64 planId) const;
    /// The next windows for a plan over @p systemIds (see PlanService::proposeWindows).
    Result<QList<WindowProposal>> proposeWindows(const QList<qint64> &systemIds,
                                                 const QList<qint64> &patchIds,
                                                 PlanType type, int count = 6) const;
    /// The lead-time profile, step templates and holiday setting plans are made with.
    Result<LeadTimeProfile> leadTimes(PlanType type) const;
    Status setLeadTimes(PlanType type, const LeadTimeProfile &profile);
    Result<QList<StepTemplate>> stepTemplates() const;
    Status setStepTemplates(const QList<StepTemplate> &templates);
    Result<bool> holidaysAreBlackouts() const;
    Status setHolidaysAreBlackouts(bool on);

    /// Undoable: creates a draft plan (PlanService::create); returns its id, or 0 when it
    /// failed (commandFailed() says why). Undo deletes it; redo creates it again.
    qint64 createPlan(const NewPlanRequest &request);
    /// Undoable: saves title, type, window, zone, description and scope of @p p.
    bool editPlan(const Plan &p);
    /// Undoable: replaces the plan's steps (edits, order, dependencies) with @p steps.
    bool editPlanSteps(qint64 planId, int seenPlanVersion, const QList<PlanStep> &steps);
    /// Undoable: deletes a draft or cancelled plan.
    bool deletePlan(qint64 id, int seenVersion);

    /// Signed records (not undoable; audited): status changes, approvals, the work log.
    Result<Plan> setPlanStatus(qint64 planId, int seenVersion, PlanStatus to);
    Result<Approval> approvePlan(qint64 planId, int seenVersion, ApprovalDecision decision,
                                 const SecurityChecklist &checklist, const QString &comment);
    Result<Approval> confirmPlanApproval(qint64 approvalId);
    Result<PlanStep> setStepDone(qint64 stepId, int seenVersion, bool done,
                                 const QDateTime &doneAt, const QString &notes);
    /// Closes a plan in progress: versions recorded, findings resolved (PlanService::complete).
    Result<PlanCompletion> completePlan(qint64 planId, int seenVersion);

    /// Immediate writes the plan commands call; emit plansChanged().
    Result<MaintenanceWindow> insertWindow(const MaintenanceWindow &w);
    Result<MaintenanceWindow> updateWindow(const MaintenanceWindow &w);
    Status removeWindow(qint64 id, int expectedVersion);
    Result<Blackout> insertBlackout(const Blackout &b);
    Result<Blackout> updateBlackout(const Blackout &b);
    Status removeBlackout(qint64 id, int expectedVersion);
    /// Creates a plan through PlanService::create (the first run of the create command).
    Result<Plan> newPlan(const NewPlanRequest &request);
    /// Stores @p p with @p steps (steps referring by position), @p p.id kept when set.
    Result<Plan> insertPlan(const Plan &p, const QList<PlanStep> &steps);
    Result<Plan> writePlan(const Plan &p);
    Result<QList<PlanStep>> writePlanSteps(qint64 planId, int expectedVersion,
                                           const QList<PlanStep> &steps);
    Status removePlan(qint64 id, int expectedVersion);

    // --- Undoable editing ---------------------------------------------------------------------
    /// Pushes @p command (taking ownership) and runs it. Returns false when it failed: it is then
    /// deleted, not kept in the history, and commandFailed() was emitted.
    bool execute(QUndoCommand *command);
    /// Adds @p s; returns the new id, or 0 when it failed (commandFailed() says why).
    qint64 addSystem(const System &s);
    /// Saves @p s, which carries the row version it was read with.
    bool editSystem(const System &s);
    /// Deletes the system and its components, if it still has @p seenVersion.
    bool deleteSystem(qint64 id, int seenVersion);
    qint64 addComponent(const Component &c);
    bool editComponent(const Component &c);
    bool deleteComponent(qint64 id, int seenVersion);

    // --- Saving from an editor that settles conflicts with the user ---------------------------
    /// Like editSystem(), but a Conflict is returned to the caller instead of being reported
    /// through commandFailed() (other failures are reported as usual).
    Status saveSystem(const System &s);
    Status saveComponent(const Component &c);
    /// How the user's @p mine (edited from @p base) differs from the stored record now, and who
    /// changed that last.
    Result<EditConflict> systemConflict(const System &mine, const System &base) const;
    Result<EditConflict> componentConflict(const Component &mine, const Component &base) const;
    /// Deliberately saves @p mine over the stored version the user was shown in @p conflict: the
    /// normal undoable edit, audited, based on that version (so a change made after the user
    /// looked is again a Conflict, never lost); a deleted record is added again. Returns the id.
    Result<qint64> overwriteSystem(const System &mine, const EditConflict &conflict);
    Result<qint64> overwriteComponent(const Component &mine, const EditConflict &conflict);

    // --- Immediate writes (what the commands call) --------------------------------------------
    Result<System> insertSystem(const System &s);
    Result<System> updateSystem(const System &s);
    Status removeSystem(qint64 id, int expectedVersion);
    Result<Component> insertComponent(const Component &c);
    Result<Component> updateComponent(const Component &c);
    Status removeComponent(qint64 id, int expectedVersion);
    /// Runs @p work in one database transaction; the change signals are emitted once, after it.
    Status transaction(const std::function<Status()> &work);

    /// The row version to pass when writing record @p id: the one this workspace last wrote,
    /// else @p seen (the version the caller read).
    int expectedVersion(Record record, qint64 id, int seen) const;

    /// Reports a failed command: emits commandFailed(). Used by the commands.
    void reportFailure(const QString &message, const Error &error);

    /// Call after something wrote to the database outside the undo history (an inventory import):
    /// the history no longer matches the data, so it is cleared, and every view reloads.
    void externalChangeApplied();
    /// Tells every view to reload from the database (after a conflict, or on the user's request).
    void reload();
    /// The newest audit entry about a record: who changed it last, and when.
    Result<std::optional<AuditEntry>> lastChange(const QString &entity, qint64 id) const;

signals:
    /// Another database was opened, or it was closed.
    void databaseChanged();
    void systemsChanged();
    void componentsChanged();
    void auditChanged();
    /// Lifecycle dates, ties, mappings or upgrade decisions changed.
    void lifecycleChanged();
    /// Vulnerabilities were imported or changed.
    void vulnerabilitiesChanged();
    /// Findings were matched, triaged or had their due dates recomputed.
    void findingsChanged();
    /// Pending patches changed.
    void patchesChanged();
    /// Controls, their evidence, risk acceptances or cadences changed (so did the register's
    /// gaps and the calendar).
    void controlsChanged();
    /// Maintenance windows, blackouts, plans, their steps or approvals changed.
    void plansChanged();
    /// An undoable change could not be made (or undone/redone); @p message says why, for the user.
    void commandFailed(const QString &message);
    /// Others committed @p changes; emitted after the change signals, when the views have
    /// reloaded.
    void changedElsewhere(const pp::ExternalChanges &changes);

private:
    enum Change { SystemsChange = 1, ComponentsChange = 2, AuditChange = 4, LifecycleChange = 8,
                  VulnerabilitiesChange = 16, FindingsChange = 32, PatchesChange = 64,
                  ControlsChange = 128, PlansChange = 256 };
    void changed(int what);
    void flushChanges();
    void remember(Record record, qint64 id, int version);
    void forget(Record record, qint64 id);
    QHash<qint64, int> &versionsOf(Record record);
    Status lastFailure() const;
    void applyChangesElsewhere(const ExternalChanges &changes);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeWatcher> m_watcher; ///< after m_db: destroyed before it
    /// systems() as last read: every page's system chooser asks for them (5,000 on an estate);
    /// dropped on any change to the systems (changed(SystemsChange)) or of the database.
    mutable std::optional<QList<System>> m_systems;
    Capabilities m_capabilities;
    QUndoStack *m_undoStack = nullptr;
    /// Per Record: id -> row version this workspace last wrote (for ManualLifecycle and
    /// Decision, keyed by component id; a decision's 0 = none).
    std::array<QHash<qint64, int>, kRecordKinds> m_versions;
    QDate m_today; ///< null: the local date
    QDateTime m_now; ///< null: the current time
    int m_batchDepth = 0;
    int m_pendingChanges = 0;
    bool m_lastExecuteFailed = false;
    Error m_lastError;                ///< of the last failed command
    bool m_conflictsToCaller = false; ///< saveSystem()/saveComponent() are running
};

} // namespace pp
