// Findings (a vulnerability matched to a component) and pending patches: storing matches,
// triage, due dates and tracks, the upgrade patches computed from open findings, vendor
// patches, and the joined rows the lists show. All SQL for findings and patches is here.
#pragma once

#include "models/domain/vulnerability.h"
#include "models/planning/duepolicy.h"
#include "models/planning/vulnmatch.h"
#include "models/result.h"
#include "models/storage/vulnrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

#include <optional>

namespace pp {

class Database;

/// The complete set of components one vulnerability applies to now.
struct VulnMatches
{
    qint64 vulnerabilityId = 0;
    QList<VulnMatch> matches;
};

/// What applyMatches()/recompute*() changed.
struct FindingChanges
{
    int created = 0;
    int reopened = 0;
    int resolved = 0;
    int recomputed = 0;
    int patchesCreated = 0;
    int patchesUpdated = 0;
    int patchesRemoved = 0;
    QList<qint64> touchedComponents; ///< whose findings changed (for patch recomputation)
};

/// A finding that a patch resolves, with what plan rules need of it (scope, conflicts).
struct PatchFinding
{
    qint64 patchId = 0;
    qint64 findingId = 0;
    qint64 componentId = 0;
    QString vulnerability; ///< its identifier, e.g. CVE-2024-3094
    AnalysisState state = AnalysisState::NotSet;
    QDate dueDate;
};

class FindingRepository
{
    Q_DECLARE_TR_FUNCTIONS(FindingRepository)

public:
    explicit FindingRepository(Database &db) : m_db(db) { }

    /// For each entry: findings created for new matches (state not set, detected @p now, due
    /// date and track decided), existing ones refreshed (criteria, fixed version); open findings
    /// of that vulnerability on components in @p scope (all components when @p scope is empty)
    /// that no longer match are resolved ("no longer matches: version X"); resolved ones that
    /// match again are re-opened. Batched: a few statements per batch, not per finding. Call
    /// inside a transaction. Creations are summarised in one audit entry per call.
    Result<FindingChanges> applyMatches(const QList<VulnMatches> &batch, const QDateTime &now,
                                        const QList<qint64> &scope = {});

    /// Recomputes due date, rule, track and reason of the open findings of the given
    /// vulnerabilities / systems (all when both empty) with the stored policy; changed ones are
    /// written (one audit entry per call summarising them).
    Result<FindingChanges> recomputeDue(const QList<qint64> &vulnerabilityIds,
                                        const QList<qint64> &systemIds = {});
    /// Recomputes the upgrade patches of the given components (all when empty): target version
    /// from the open findings' fixed versions, findings linked; a component without open
    /// findings loses its upgrade patch (unless a plan uses it: then it is kept, emptied).
    Result<FindingChanges> recomputePatches(const QList<qint64> &componentIds);

    /// The findings the filter selects, sorted by due date (none last), vulnerability, system
    /// code (code point order on both databases) and id.
    Result<QList<FindingRow>> rows(const FindingFilter &filter) const;
    /// The same rows in the same order, handed to @p visit one at a time as they are read and
    /// never held together (the findings report streams 2.5 million of them). @p visit returns
    /// false to stop early. Reads only: @p visit must not write through this connection.
    Status forEachRow(const FindingFilter &filter,
                      const std::function<bool(const FindingRow &)> &visit) const;
    Result<std::optional<Finding>> find(qint64 id) const;
    Result<FindingCounts> counts(QDate today) const;
    /// Triage: writes state, justification, detail and review date of each finding (row
    /// version checked: a Conflict names the first stale one); decidedBy/At set to the actor
    /// and now; audited per finding; then recomputes the patches of their components.
    Result<QList<Finding>> setStates(const QList<Finding> &after);

    Result<QList<PatchRow>> patchRows(qint64 systemId) const;
    Result<std::optional<Patch>> patch(qint64 id) const;
    /// patch() for many: the patches found (id -> patch with its finding ids), in a few queries.
    Result<QHash<qint64, Patch>> patches(const QList<qint64> &ids) const;
    /// The findings the patches resolve, in one query per chunk of patches, by patch and
    /// finding id.
    Result<QList<PatchFinding>> findingsOfPatches(const QList<qint64> &patchIds) const;
    Result<Patch> insertPatch(const Patch &p);
    Result<Patch> updatePatch(const Patch &p);
    Status removePatch(qint64 id, int expectedVersion);

private:
    Database &m_db;
};

} // namespace pp
