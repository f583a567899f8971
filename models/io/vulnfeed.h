// Reading the vulnerability feeds (issue 5, item 1): CISA KEV (JSON and CSV), NVD CVE API 2.0
// JSON (a response page, a bundle or a whole feed of hundreds of MB, read as a stream with
// bounded memory), JVN iPedia JVNRSS (RSS 1.0 + sec:) and MyJVN VULDEF XML. The readers never
// touch a database: they hand each record to a sink as soon as it is read, and report located
// problems. VulnImport (vulnimport.h) stores what they read in one transaction.
#pragma once

#include "models/domain/vulnerability.h"
#include "models/io/importissue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace pp {

enum class VulnFeedKind { Kev, Nvd, Jvn };
QString toKey(VulnFeedKind k); ///< "kev","nvd","jvn" (the import command's word)

struct FeedReadOptions
{
    /// Called now and then with bytes read so far and the total (0 when unknown).
    std::function<void(qint64 done, qint64 total)> progress;
    /// Reading stops (with an error issue "cancelled") once this becomes true.
    const std::atomic_bool *cancel = nullptr;
    /// Longest text kept in one field (title, description, URL, CPE...); a longer one is an
    /// error for identifiers and CPEs, and is cut with a warning for descriptions.
    int maxText = 64 * 1024;
    /// Most problems collected; reading stops after that many errors.
    int maxIssues = 1000;
};

/// Receives each record as it is read. Returns false to stop reading (the store failed or was
/// cancelled); the reader then returns at once.
using VulnSink = std::function<bool(VulnRecord &&record)>;

/// What a reader found: problems by file and line (errors make the whole import fail), and
/// records it skipped with the reason (e.g. an NVD record "Rejected"), as warnings.
struct FeedReadResult
{
    QList<ImportIssue> issues;
    int records = 0; ///< handed to the sink
    int skipped = 0; ///< left out, each with a warning issue saying why
    bool stopped = false; ///< the sink said stop, or cancelled

    bool hasErrors() const { return pp::hasErrors(issues); }
};

class VulnFeedReader
{
    Q_DECLARE_TR_FUNCTIONS(VulnFeedReader)

public:
    /// KEV JSON catalog ({"catalogVersion", "vulnerabilities": [...]}) or its CSV (header
    /// cveID,vendorProject,...), told apart by content. One record per entry: source Kev,
    /// identifier = cveID, kev set, title = vulnerabilityName, description = shortDescription.
    /// Checked: cveID ^CVE-\d{4}-\d{4,19}$, dateAdded a date, dueDate a date or empty,
    /// knownRansomwareCampaignUse Known|Unknown; duplicate cveIDs are errors.
    static FeedReadResult readKev(QIODevice &in, const QString &fileName, const VulnSink &sink,
                                  const FeedReadOptions &options = {});

    /// NVD CVE API 2.0: a response page or bundle ({"vulnerabilities": [{"cve": {...}}]}), or a
    /// single bare cve object ({"id": "CVE-...", ...}). Streamed: memory stays bounded by the
    /// largest single record, whatever the file size. All CVSS metrics (v4.0, v3.1, v3.0, v2)
    /// kept; configurations with their criteria; KEV mirror fields (cisaExploitAdd,
    /// cisaActionDue, cisaRequiredAction, cisaVulnerabilityName) become kev. Records with
    /// vulnStatus "Rejected" are skipped with a warning. Duplicate ids are errors.
    static FeedReadResult readNvd(QIODevice &in, const QString &fileName, const VulnSink &sink,
                                  const FeedReadOptions &options = {});

    /// JVNRSS (rdf:RDF with rss:item elements and the sec: namespace) or VULDEF
    /// (VULDEF-Document/Vulinfo), told apart by the root element; namespaces matched by URI.
    /// One record per item: source Jvn, identifier = the JVNDB id, aliases = the CVE ids of its
    /// sec:references / Related items, CVSS from sec:cvss / Impact (source "jvn"), jvnSeverity =
    /// JVN's word, configurations = one OR node of its CPEs (2.2 URIs converted to 2.3; VULDEF
    /// VersionNumber texts are kept in the description, not made into ranges), title and
    /// description as they are (Japanese kept). Tolerates the official sample's `retCd= 0`.
    static FeedReadResult readJvn(QIODevice &in, const QString &fileName, const VulnSink &sink,
                                  const FeedReadOptions &options = {});

    static FeedReadResult read(VulnFeedKind kind, QIODevice &in, const QString &fileName,
                               const VulnSink &sink, const FeedReadOptions &options = {});
};

} // namespace pp
