// Lifecycle data (issue 4): the endoflife.date products and release cycles as imported, the dates
// typed by hand per component, the effective lifecycle of every component, upgrade decisions and
// the remembered product choices. Every change is written in a transaction with its audit entry;
// records users edit carry a row_version, and a write based on a stale version is refused with
// ErrorKind::Conflict.
//
// How a component reaches its imported dates: through its explicit eol_product/eol_cycle (the
// components table, set by the CSV or the component editor), else through the automatic tie
// (remembered choice, name or CPE; see planning/cyclematch.h) that refreshTies() stores, with
// an audit entry, beside the manual dates. A stored tie remembers the vendor, product, version
// and CPE it was made for; rows() works out in memory the ties of components added or changed
// since (so reads are always current), and refreshTies() stores them: importing endoflife.date
// files and changing a remembered choice call it; call it after an inventory import too, so the
// trail shows the new ties.
#pragma once

#include "models/domain/lifecycle.h"
#include "models/planning/cyclematch.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

class Database;

/// What an import wrote.
struct UpsertCounts
{
    int created = 0;
    int updated = 0;   ///< existed with other values; the change is audited with before/after
    int unchanged = 0; ///< existed with the same values; nothing written, nothing audited
};

/// What refreshTies() changed.
struct TieRefresh
{
    int newlyTied = 0; ///< components that had no complete tie and have one now
    int changed = 0;   ///< automatic ties written (new, different or removed)
    int tied = 0;      ///< components with a complete tie afterwards (explicit or automatic)
    int components = 0;
};

/// The result of setDecision(): the decision as stored, and whether choosing Frozen also set
/// the component's system to frozen (so that an undo can put the system back).
struct DecisionSaved
{
    UpgradeDecision decision;
    bool frozeSystem = false;
    qint64 systemId = 0;
};

/// One vendor and product of the inventory, as the mapping screen lists them.
struct ProductMatchRow
{
    QString vendor;
    QString product;
    int components = 0;    ///< components with this vendor and product
    int explicitTies = 0;  ///< of which tied by their own eol_product
    int cyclesFound = 0;   ///< of which the version fits a known cycle of the matched product
    QStringList versions;  ///< distinct versions, sorted
    CycleMatch match;      ///< the product match (remembered, by name, by CPE, or none)
    std::optional<EolMapping> mapping; ///< the remembered choice, when there is one
};

class LifecycleRepository
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleRepository)

public:
    explicit LifecycleRepository(Database &db) : m_db(db) { }

    // --- Imported endoflife.date data ----------------------------------------------------

    /// Every imported product, by id.
    Result<QList<EolProduct>> products() const;
    Result<std::optional<EolProduct>> product(const QString &id) const;
    /// The release cycles of @p eolProduct, newest release first.
    Result<QList<ReleaseLifecycle>> releases(const QString &eolProduct) const;
    /// Every imported release cycle, by product, newest release first.
    Result<QList<ReleaseLifecycle>> allReleases() const;
    /// Stores @p p: created, updated (label, category, aliases or identifiers differ) or
    /// unchanged. Empty fields of @p p (a v0 file knows only the id) never erase stored ones.
    Result<UpsertCounts> upsertProduct(const EolProduct &p);
    /// Stores the release cycles: one transaction (joins an open one). A cycle whose dates, label,
    /// LTS flag or latest version differ is updated and audited with before and after; an
    /// identical one writes nothing. An empty label or latest version (v0 files often have
    /// none) keeps the stored one.
    Result<UpsertCounts> upsertReleases(const QList<ReleaseLifecycle> &releases);
    /// The products and their cycles as the cycle matcher needs them (two queries).
    Result<QList<EolCatalogEntry>> catalog() const;

    // --- Effective lifecycle ------------------------------------------------------------

    /// Every component with its system, effective lifecycle (manual over imported, with
    /// sources), tie and decision: ONE query joining components, systems, manual dates,
    /// imported cycles and decisions, however large the estate (plus three small ones, for the
    /// whole list, when some tie is not stored yet). Ordered by system code, kind, product,
    /// version.
    Result<QList<LifecycleRow>> rows() const;
    /// The rows of frozen components only (their system's lifecycle state or their upgrade
    /// decision is frozen), in the same order: the frozen register reads these, not 100,000.
    Result<QList<LifecycleRow>> frozenRows() const;
    Result<std::optional<LifecycleRow>> row(qint64 componentId) const;

    // --- Dates typed by hand ------------------------------------------------------------

    /// The manual values of a component; an empty one (rowVersion 0) when none were typed.
    Result<ManualLifecycle> manual(qint64 componentId) const;
    /// Saves @p m if the stored manual values still have m.rowVersion (0 = none stored yet);
    /// a Conflict otherwise. Fields that change get the actor and the time as their source.
    /// Returns the stored values with the new row version.
    Result<ManualLifecycle> saveManual(const ManualLifecycle &m);
    /// Sets (a value) or clears (nullopt) one field; the rest stays as stored.
    Result<ManualLifecycle> setManualValue(qint64 componentId, LifecycleField field,
                                           const std::optional<SupportEnd> &value,
                                           int expectedRowVersion);

    // --- Upgrade decisions --------------------------------------------------------------

    /// The decision of a component; decision None with rowVersion 0 when none was taken.
    Result<UpgradeDecision> decision(qint64 componentId) const;
    /// Stores @p d if the stored decision still has d.rowVersion (0 = none stored yet); a
    /// Conflict otherwise. Decision None clears it. Choosing Frozen on a component of an active
    /// system also sets the system to frozen, in the same transaction and audited (an ops lead
    /// reads a system with a frozen component as a frozen system); a retiring or retired system
    /// is left as it is. Withdrawing a Frozen decision leaves the system frozen: un-freezing a
    /// system is its own decision (the system editor), and DecisionSaved tells an undo command
    /// when it has to put the system back.
    Result<DecisionSaved> setDecision(const UpgradeDecision &d);
    Status clearDecision(qint64 componentId, int expectedRowVersion);

    // --- Remembered product choices and ties --------------------------------------------

    Result<QList<EolMapping>> mappings() const;
    /// Creates (id 0) or updates (row version checked) the remembered product of a vendor and
    /// product, confirmed by the actor now, and refreshes the ties in the same transaction.
    Result<EolMapping> setMapping(const EolMapping &m);
    Status removeMapping(qint64 id, int expectedRowVersion);
    /// Recomputes the automatic tie of every component without an explicit eol_product and
    /// stores the ones that changed (audited as "match" on the component's lifecycle). Joins an
    /// open transaction.
    Result<TieRefresh> refreshTies();
    /// The inventory's vendors and products with their product match, for the mapping screen:
    /// the automatic matches, the remembered ones and the unmatched.
    Result<QList<ProductMatchRow>> productMatches() const;
    /// A matcher over the imported catalog and the remembered choices.
    Result<CycleMatcher> matcher() const;

private:
    Result<QList<LifecycleRow>> rowsWhere(const QString &where) const;

    Database &m_db;
};

} // namespace pp
