// Storing what the feed readers read (issue 5): `import kev|nvd|jvn FILE...` and File > Import.
// One call = one transaction over every file: vulnerabilities created, updated (audited with
// before and after) or left unchanged (same feed hash: nothing written), then matched against
// the components and their findings' due dates, tracks and pending patches recomputed. Any
// error in any file, a cancel, or a failed write: rolled back, nothing changed.
// Memory stays bounded: records are stored in batches as the reader streams them.
#pragma once

#include "models/io/importissue.h"
#include "models/io/vulnfeed.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pp {

class Database;

struct VulnImportOptions
{
    bool dryRun = false;           ///< do everything, then roll back (the preview and --dry-run)
    QDateTime now;                 ///< detection time of new findings; null = current UTC time
    /// done/total in bytes over all files (total known up front from the file sizes), and a
    /// phase text ("Reading nvd.json", "Matching"...). Called from the importing thread.
    std::function<void(qint64 done, qint64 total, const QString &phase)> progress;
    const std::atomic_bool *cancel = nullptr;
    int batchSize = 1000;          ///< records stored per batch
    /// Inputs of at least this many bytes in all (the NVD, not a KEV catalogue) write their
    /// findings, patch links and CPE criteria with the indexes the import does not read built
    /// after, not kept up to date row by row (DeferredIndexes; SQLite only).
    qint64 deferIndexesFromBytes = 32 * 1024 * 1024;
};

struct VulnImportReport
{
    int files = 0;
    int records = 0;   ///< read from the files
    int created = 0;
    int updated = 0;   ///< audited before/after
    int unchanged = 0;
    int skipped = 0;   ///< with a warning saying why
    int findingsCreated = 0;
    int findingsReopened = 0;  ///< matched again after having been resolved by a version change
    int findingsResolved = 0;  ///< no longer matched (the component's version is now fixed)
    int findingsRecomputed = 0; ///< due date or track changed
    int patchesCreated = 0;
    int patchesUpdated = 0;
    int patchesRemoved = 0;
    QList<ImportIssue> issues; ///< errors (then nothing was changed) and warnings
    bool cancelled = false;
    bool dryRun = false;
};

class VulnImport
{
    Q_DECLARE_TR_FUNCTIONS(VulnImport)

public:
    /// Largest file accepted.
    static constexpr qint64 kMaxFileSize = 4LL * 1024 * 1024 * 1024;

    /// Reads @p files as @p kind and stores them. Returns the report; the Result is an
    /// InputRejected error (message = the first error, the report's issues list all) when any
    /// file has an error, Failed when storage fails, Usage when cancelled; in each of those
    /// cases nothing was changed. The report is filled in either case (see lastReport()).
    static Result<VulnImportReport> run(Database &db, VulnFeedKind kind, const QStringList &files,
                                        const VulnImportOptions &options,
                                        VulnImportReport *reportOut = nullptr);

    /// Matches the given components (all when empty) against every stored vulnerability, using
    /// the criteria index by vendor and product; creates, resolves and re-opens findings and
    /// recomputes due dates and patches for them. In the caller's transaction when there is one.
    /// Called after inventory and SBOM imports and component edits.
    static Result<VulnImportReport> rematch(Database &db, const QList<qint64> &componentIds,
                                            const QDateTime &now = {});
};

} // namespace pp
