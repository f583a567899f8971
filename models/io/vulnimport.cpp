// VulnImport: feed files -> stored vulnerabilities -> matched findings and pending patches, in
// one transaction, batch by batch so that memory stays bounded whatever the feed's size.
#include "models/io/vulnimport.h"

#include "models/domain/cpe.h"
#include "models/io/freedmemory.h"
#include "models/io/vulnimport_p.h"
#include "models/planning/vulnmatch.h"
#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/findingrepository.h"
#include "models/storage/statements.h"
#include "models/storage/vulnerabilityrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace pp {

namespace {

Q_LOGGING_CATEGORY(lcVulnImport, "pp.io.vulnimport", QtWarningMsg)

/// Loads components (all when @p systemsOf is empty, else every component of the systems of
/// those components, which AND platform nodes need) in one query.
Result<QList<MatchComponent>> loadComponents(Database &db, const QList<qint64> &systemsOf)
{
    QString sql = QStringLiteral("SELECT id, system_id, vendor, product, version, cpe, purl "
                                 "FROM components");
    if (!systemsOf.isEmpty()) {
        QStringList ids;
        for (qint64 id : systemsOf)
            ids << QString::number(id);
        sql += QStringLiteral(" WHERE system_id IN (SELECT system_id FROM components WHERE id IN "
                              "(%1))")
                   .arg(ids.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY id");
    auto q = db.run(sql);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    QList<MatchComponent> out;
    while (q->next()) {
        out << MatchComponent{q->value(0).toLongLong(), q->value(1).toLongLong(),
                              q->value(2).toString(), q->value(3).toString(),
                              q->value(4).toString(), q->value(5).toString(),
                              q->value(6).toString()};
    }
    return out;
}

/// Empty, not null, texts: a null QString binds as SQL NULL, which the findings' NOT NULL text
/// columns refuse (the matcher copies absent bounds as null strings).
QList<VulnMatch> nonNull(QList<VulnMatch> matches)
{
    const auto fix = [](QString &s) {
        if (s.isNull())
            s = QString(QLatin1String(""));
    };
    for (VulnMatch &m : matches) {
        fix(m.criteria);
        fix(m.fixedVersion);
        fix(m.lastAffectedVersion);
    }
    return matches;
}

void add(VulnImportReport &r, const FindingChanges &c)
{
    r.findingsCreated += c.created;
    r.findingsReopened += c.reopened;
    r.findingsResolved += c.resolved;
    r.findingsRecomputed += c.recomputed;
    r.patchesCreated += c.patchesCreated;
    r.patchesUpdated += c.patchesUpdated;
    r.patchesRemoved += c.patchesRemoved;
}

/// Everything one import call keeps between batches.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(VulnImport)

public:
    Importer(Database &db, VulnFeedKind kind, const VulnImportOptions &options,
             VulnImportReport &report, QDateTime now)
        : m_db(db), m_kind(kind), m_options(options), m_report(report), m_now(std::move(now)),
          m_vulns(db), m_findings(db)
    {
    }

    Status loadComponents()
    {
        auto c = pp::loadComponents(m_db, {});
        if (!c)
            return c.error();
        m_index = ComponentIndex(*c);
        return {};
    }

    /// Reads and stores one file. Returns an error only when storing failed; reader problems
    /// are collected in the report's issues.
    Status file(const QString &file, qint64 doneBefore, qint64 total,
                const Internal::VulnFeedSource &source)
    {
        const QString name = QFileInfo(file).fileName();
        m_fileCreated = m_fileUpdated = m_fileUnchanged = 0;
        report(doneBefore, total, tr("Reading %1").arg(name));
        FeedReadOptions ro;
        ro.cancel = m_options.cancel;
        ro.progress = [&](qint64 done, qint64) { report(doneBefore + done, total, tr("Reading %1").arg(name)); };
        const VulnSink sink = [&](VulnRecord &&record) { return accept(std::move(record)); };
        const FeedReadResult read = source(file, sink, ro);
        m_report.records += read.records;
        m_report.skipped += read.skipped;
        m_report.issues << read.issues;
        if (!m_storeError.message.isEmpty())
            return m_storeError;
        if (read.hasErrors() || m_failed)
            m_failed = true;
        if (!m_failed && !cancelled()) {
            if (Status s = flush(); !s)
                return s;
            // One entry per file: the created vulnerabilities are not audited one by one. A
            // file that changed nothing leaves no trace: re-importing the same data is a no-op.
            if (m_fileCreated == 0 && m_fileUpdated == 0)
                return {};
            const QJsonObject after{{QStringLiteral("file"), name},
                                    {QStringLiteral("feed"), toKey(m_kind)},
                                    {QStringLiteral("created"), m_fileCreated},
                                    {QStringLiteral("updated"), m_fileUpdated},
                                    {QStringLiteral("unchanged"), m_fileUnchanged},
                                    {QStringLiteral("skipped"), read.skipped}};
            if (Status s = AuditLog(m_db).append(QStringLiteral("import"),
                                                 QStringLiteral("vulnerability_import"), 0, {},
                                                 after);
                !s)
                return s;
        }
        return {};
    }

    /// Once every file is read: what matching and the duplicate checks kept (the components'
    /// index, the identifiers seen) is not needed by finish(), and is given back.
    void releaseReading()
    {
        m_index = ComponentIndex();
        m_batch = {};
        m_seen = {};
        releaseFreedMemory();
    }

    Status finish()
    {
        if (m_touched.isEmpty())
            return {};
        report(-1, -1, tr("Computing pending patches"));
        QList<qint64> touched(m_touched.begin(), m_touched.end());
        std::sort(touched.begin(), touched.end());
        QElapsedTimer t;
        t.start();
        auto c = m_findings.recomputePatches(touched);
        if (!c)
            return c.error();
        add(m_report, *c);
        qCInfo(lcVulnImport) << "store" << m_storeMs << "ms, match" << m_matchMs << "ms, findings"
                             << m_applyMs << "ms, patches" << t.elapsed() << "ms";
        return {};
    }

    bool failed() const { return m_failed; }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

private:
    void report(qint64 done, qint64 total, const QString &phase)
    {
        if (!m_options.progress)
            return;
        if (done < 0) {
            done = m_lastDone;
            total = m_lastTotal;
        }
        m_lastDone = done;
        m_lastTotal = total;
        m_options.progress(done, total, phase);
    }

    bool accept(VulnRecord &&record)
    {
        if (cancelled())
            return false;
        // The same vulnerability twice in one call. In one file that is a broken feed (the
        // readers refuse it). Across files it is normal: a daily page overlapping the previous
        // one, a VULDEF detail file next to the feed that lists it. The newest record wins,
        // whatever the order the files were given in; an equally new later copy is skipped.
        // Either way the user is told which copy was kept.
        if (auto it = m_seen.find(record.identifier); it != m_seen.end()) {
            const QString where = it->where(m_files);
            if (m_files.at(it->file) == record.sourceFile) {
                m_report.issues << ImportIssue{record.sourceFile, record.line, QString(),
                                               tr("%1 was already read from %2; each "
                                                  "vulnerability is expected once per file.")
                                                   .arg(record.identifier, where),
                                               ImportIssue::Severity::Error};
                m_failed = true;
                return true; // keep reading: the user sees every problem at once
            }
            ++m_report.skipped;
            if (!record.lastModified.isValid() || !it->lastModified.isValid()
                || record.lastModified <= it->lastModified) {
                m_report.issues << ImportIssue{record.sourceFile, record.line, QString(),
                                               tr("%1 was already read from %2, in a version at "
                                                  "least as new; this copy was skipped.")
                                                   .arg(record.identifier, where),
                                               ImportIssue::Severity::Warning};
                return true;
            }
            m_report.issues << ImportIssue{record.sourceFile, record.line, QString(),
                                           tr("%1 is newer here than in %2; this copy was "
                                              "kept.")
                                               .arg(record.identifier, where),
                                           ImportIssue::Severity::Warning};
            *it = Seen{fileIndex(record.sourceFile), record.line, record.lastModified};
            // The older copy may still wait in the batch: store it first, so that this one is
            // an ordinary update of it (one identifier per batch).
            if (!m_failed) {
                if (Status s = flush(); !s) {
                    m_storeError = s.error();
                    return false;
                }
            }
        } else {
            m_seen.insert(record.identifier,
                          Seen{fileIndex(record.sourceFile), record.line, record.lastModified});
        }
        if (m_failed)
            return true; // nothing will be kept: only check the rest
        m_batch << std::move(record);
        if (m_batch.size() >= std::max(1, m_options.batchSize)) {
            if (Status s = flush(); !s) {
                m_storeError = s.error();
                return false;
            }
        }
        return true;
    }

    Status flush()
    {
        if (m_batch.isEmpty())
            return {};
        const QList<VulnRecord> batch = std::move(m_batch);
        m_batch.clear();
        QElapsedTimer t;
        t.start();
        auto stored = m_vulns.upsert(batch);
        if (!stored)
            return stored.error();
        m_storeMs += t.restart();
        QList<qint64> dueOnly;
        QList<int> toMatch;
        QStringList jvnAliases;
        QStringList newlyConfigured; // CVEs that now have criteria: their JVN records step back
        for (int i = 0; i < batch.size(); ++i) {
            const VulnUpsert &u = stored->at(i);
            switch (u.outcome) {
            case VulnUpsert::Outcome::Created: ++m_report.created; ++m_fileCreated; break;
            case VulnUpsert::Outcome::Updated: ++m_report.updated; ++m_fileUpdated; break;
            case VulnUpsert::Outcome::Unchanged: ++m_report.unchanged; ++m_fileUnchanged; break;
            }
            if (u.configurationsChanged) {
                toMatch << i;
                if (batch[i].source == VulnSource::Jvn)
                    jvnAliases << batch[i].aliases;
                else if (!batch[i].configurations.isEmpty())
                    newlyConfigured << batch[i].identifier;
            } else if (u.dueInputsChanged) {
                dueOnly << u.id;
            }
        }
        // JVN join: a JVN record about a CVE whose criteria are stored is matched through the
        // CVE; matching it too would give every affected component two findings.
        QSet<QString> configured;
        if (!jvnAliases.isEmpty()) {
            auto c = m_vulns.withConfigurations(jvnAliases);
            if (!c)
                return c.error();
            configured = std::move(*c);
        }
        if (!toMatch.isEmpty()) {
            VulnMatcher matcher(m_index);
            QList<VulnMatches> matches;
            matches.reserve(toMatch.size());
            report(-1, -1, tr("Matching"));
            t.restart();
            for (int i : std::as_const(toMatch)) {
                const VulnRecord &rec = batch[i];
                const bool joined = rec.source == VulnSource::Jvn
                    && std::any_of(rec.aliases.cbegin(), rec.aliases.cend(),
                                   [&](const QString &a) { return configured.contains(a); });
                matches << VulnMatches{stored->at(i).id,
                                       joined ? QList<VulnMatch>()
                                              : nonNull(matcher.match(rec.configurations))};
            }
            m_matchMs += t.restart();
            // The other order of the JVN join: a JVN record matched on its own before its CVE
            // had criteria gives way now (its findings resolve; the CVE's take over).
            if (!newlyConfigured.isEmpty()) {
                auto named = m_vulns.jvnRecordsNaming(newlyConfigured);
                if (!named)
                    return named.error();
                for (qint64 id : std::as_const(*named))
                    matches << VulnMatches{id, {}};
            }
            auto c = m_findings.applyMatches(matches, m_now);
            if (!c)
                return c.error();
            m_applyMs += t.restart();
            add(m_report, *c);
            for (qint64 id : std::as_const(c->touchedComponents))
                m_touched.insert(id);
        }
        if (!dueOnly.isEmpty()) {
            auto c = m_findings.recomputeDue(dueOnly);
            if (!c)
                return c.error();
            add(m_report, *c);
            for (qint64 id : std::as_const(c->touchedComponents))
                m_touched.insert(id);
        }
        return {};
    }

    Database &m_db;
    VulnFeedKind m_kind;
    const VulnImportOptions &m_options;
    VulnImportReport &m_report;
    QDateTime m_now;
    VulnerabilityRepository m_vulns;
    FindingRepository m_findings;
    ComponentIndex m_index;
    QList<VulnRecord> m_batch;
    /// Where the copy kept of a vulnerability was read: small, as there is one per record of
    /// the whole import (300,000 for the NVD).
    struct Seen
    {
        int file = 0; ///< index in m_files
        int line = 0;
        QDateTime lastModified;
        QString where(const QStringList &files) const
        {
            return QStringLiteral("%1:%2").arg(files.at(file)).arg(line);
        }
    };
    int fileIndex(const QString &file)
    {
        if (m_files.isEmpty() || m_files.constLast() != file) {
            const qsizetype at = m_files.indexOf(file);
            if (at >= 0)
                return int(at);
            m_files << file;
        }
        return int(m_files.size() - 1);
    }
    QStringList m_files; ///< the files read, in order
    QHash<QString, Seen> m_seen; ///< identifier -> the copy kept
    QSet<qint64> m_touched;
    Error m_storeError;
    bool m_failed = false;
    int m_fileCreated = 0;
    int m_fileUpdated = 0;
    int m_fileUnchanged = 0;
    qint64 m_storeMs = 0; // time spent per stage, logged: where a slow import spends it
    qint64 m_matchMs = 0;
    qint64 m_applyMs = 0;
    qint64 m_lastDone = 0;
    qint64 m_lastTotal = 0;
};

/// "FILE:LINE: problem" of the first error, and how many more there are.
QString firstError(const QList<ImportIssue> &issues)
{
    const auto first = std::find_if(issues.cbegin(), issues.cend(),
                                    [](const ImportIssue &i) { return i.isError(); });
    if (first == issues.cend())
        return {};
    const auto errors = std::count_if(issues.cbegin(), issues.cend(),
                                      [](const ImportIssue &i) { return i.isError(); });
    if (errors == 1)
        return VulnImport::tr("%1 Nothing was imported.").arg(first->toString());
    return VulnImport::tr("%1 (and %n more error(s)) Nothing was imported.", "", int(errors - 1))
        .arg(first->toString());
}

} // namespace

Result<VulnImportReport> Internal::runVulnImport(Database &db, VulnFeedKind kind,
                                                 const QStringList &files,
                                                 const QList<qint64> &sizes,
                                                 const VulnImportOptions &options,
                                                 VulnImportReport *reportOut,
                                                 const VulnFeedSource &source)
{
    VulnImportReport report;
    report.files = int(files.size());
    report.dryRun = options.dryRun;
    const auto done = [&](Result<VulnImportReport> r) -> Result<VulnImportReport> {
        if (reportOut)
            *reportOut = report;
        return r;
    };
    qint64 total = 0;
    for (qint64 s : sizes)
        total += s;
    const QDateTime now = options.now.isValid() ? options.now.toUTC()
                                                : QDateTime::currentDateTimeUtc();
    // Rolls back a dry run; told apart from a real failure by this marker.
    const QString dryRunMarker = QStringLiteral("\x01dry-run");
    QElapsedTimer timer;
    timer.start();
    Error failure;
    const Status s = db.transaction([&]() -> Status {
        // A large feed writes millions of findings, their patch links and a million CPE
        // criteria. Its own reads go by vulnerability and by patch, never through these
        // indexes: they are built after. The findings by component are read by the last step
        // (the upgrade patches), so that index is built just before it.
        const bool bulk = total >= options.deferIndexesFromBytes;
        DeferredIndexes untilDone(db, {QStringLiteral("idx_findings_due"),
                                       QStringLiteral("idx_findings_state_due"),
                                       QStringLiteral("idx_patch_findings_finding"),
                                       QStringLiteral("idx_cpe_matches_product")});
        DeferredIndexes untilPatches(db, {QStringLiteral("idx_findings_component")});
        if (bulk) {
            for (DeferredIndexes *deferred : {&untilDone, &untilPatches}) {
                if (Status st = deferred->drop(); !st)
                    return st;
            }
        }
        const Status imported = [&]() -> Status {
            Importer importer(db, kind, options, report, now);
            if (Status st = importer.loadComponents(); !st)
                return st;
            qint64 doneBefore = 0;
            for (qsizetype i = 0; i < files.size(); ++i) {
                if (Status st = importer.file(files[i], doneBefore, total, source); !st)
                    return st;
                if (importer.cancelled())
                    return usage(VulnImport::tr("cancelled"));
                doneBefore += sizes.value(i);
            }
            if (importer.failed())
                return rejected(firstError(report.issues));
            if (bulk) {
                importer.releaseReading(); // before SQLite sorts the findings for their index
                if (Status st = untilPatches.rebuild(); !st)
                    return st;
            }
            if (Status st = importer.finish(); !st)
                return st;
            if (importer.cancelled()) // a cancel during the last step still rolls back
                return usage(VulnImport::tr("cancelled"));
            return {};
        }();
        if (!imported)
            return imported;
        if (bulk) {
            // What the importer still held (the upgrade patches' step) given back before
            // SQLite sorts the rows for the other indexes.
            releaseFreedMemory();
            if (Status st = untilDone.rebuild(); !st)
                return st;
        }
        // A dry run inside a caller's transaction marks that transaction for rollback too:
        // Database::transaction() nests, and a failed inner part fails the whole.
        if (options.dryRun)
            return usage(dryRunMarker);
        return {};
    });
    releaseFreedMemory(); // the batches, the matcher's index, the identifiers seen
    qCInfo(lcVulnImport) << "imported" << files.size() << "file(s) in" << timer.elapsed() << "ms:"
                         << report.created << "created," << report.updated << "updated,"
                         << report.unchanged << "unchanged";
    if (!s) {
        if (options.dryRun && s.error().message == dryRunMarker)
            return done(report);
        if (s.error().kind == ErrorKind::Usage)
            report.cancelled = true;
        if (s.error().kind == ErrorKind::InputRejected && s.error().message.isEmpty())
            return done(rejected(firstError(report.issues)));
        return done(s.error());
    }
    return done(report);
}

Result<VulnImportReport> VulnImport::run(Database &db, VulnFeedKind kind, const QStringList &files,
                                         const VulnImportOptions &options,
                                         VulnImportReport *reportOut)
{
    // Sizes first: the progress total, and a missing or oversized file refused before anything
    // is read.
    QList<qint64> sizes;
    QList<ImportIssue> issues;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable()) {
            issues << ImportIssue{file, 0, QString(),
                                  tr("The file cannot be read; a readable %1 feed file is "
                                     "expected.")
                                      .arg(toKey(kind)),
                                  ImportIssue::Severity::Error};
        } else if (info.size() > kMaxFileSize) {
            issues << ImportIssue{file, 0, QString(),
                                  tr("The file is %1 bytes; at most %2 bytes are accepted.")
                                      .arg(info.size())
                                      .arg(kMaxFileSize),
                                  ImportIssue::Severity::Error};
        }
        sizes << info.size();
    }
    if (files.isEmpty())
        return usage(tr("No file to import was given."));
    if (hasErrors(issues)) {
        VulnImportReport report;
        report.files = int(files.size());
        report.dryRun = options.dryRun;
        report.issues = issues;
        if (reportOut)
            *reportOut = report;
        return rejected(firstError(issues));
    }
    const Internal::VulnFeedSource source = [kind](const QString &file, const VulnSink &sink,
                                                   const FeedReadOptions &ro) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            FeedReadResult r;
            r.issues << ImportIssue{file, 0, QString(),
                                    tr("The file cannot be opened: %1.").arg(in.errorString()),
                                    ImportIssue::Severity::Error};
            return r;
        }
        return VulnFeedReader::read(kind, in, QFileInfo(file).fileName(), sink, ro);
    };
    return Internal::runVulnImport(db, kind, files, sizes, options, reportOut, source);
}

Result<VulnImportReport> VulnImport::rematch(Database &db, const QList<qint64> &componentIds,
                                             const QDateTime &now)
{
    VulnImportReport report;
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    const Status s = db.transaction([&]() -> Status {
        auto components = loadComponents(db, componentIds);
        if (!components)
            return components.error();
        const QSet<qint64> scope(componentIds.cbegin(), componentIds.cend());
        // The criteria index is by CPE vendor and product: ask for the components' CPE pairs
        // and for their normalised names (name matching, components without a CPE).
        QSet<QPair<QString, QString>> pairs;
        for (const MatchComponent &c : std::as_const(*components)) {
            if (!scope.isEmpty() && !scope.contains(c.id))
                continue;
            if (const auto cpe = Cpe::parse(c.cpe); cpe && !cpe->attr(Cpe::Product).isAny())
                pairs.insert({cpe->vendor(), cpe->product()});
            if (!c.product.isEmpty())
                pairs.insert({ComponentIndex::normalise(c.vendor),
                              ComponentIndex::normalise(c.product)});
        }
        VulnerabilityRepository vulns(db);
        auto candidates = vulns.candidateVulnerabilities(QList<QPair<QString, QString>>(
            pairs.cbegin(), pairs.cend()));
        if (!candidates)
            return candidates.error();
        auto joined = vulns.aliasedWithConfigurations(*candidates);
        if (!joined)
            return joined.error();
        const ComponentIndex index(*components);
        const VulnMatcher matcher(index);
        FindingRepository findings(db);
        constexpr qsizetype kBatch = 1000;
        for (qsizetype i = 0; i < candidates->size(); i += kBatch) {
            const QList<qint64> ids = candidates->mid(i, kBatch);
            auto configs = vulns.configurations(ids);
            if (!configs)
                return configs.error();
            QList<VulnMatches> batch;
            for (qint64 id : ids) {
                QList<VulnMatch> m;
                if (!joined->contains(id))
                    m = nonNull(matcher.match(configs->value(id)));
                if (!scope.isEmpty()) {
                    // Matches on the systems' other components are not this call's business.
                    m.erase(std::remove_if(m.begin(), m.end(),
                                           [&](const VulnMatch &x) {
                                               return !scope.contains(x.componentId);
                                           }),
                            m.end());
                }
                batch << VulnMatches{id, m};
            }
            auto c = findings.applyMatches(batch, at, componentIds);
            if (!c)
                return c.error();
            add(report, *c);
        }
        auto c = findings.recomputePatches(componentIds);
        if (!c)
            return c.error();
        add(report, *c);
        return {};
    });
    if (!s)
        return s.error();
    return report;
}

} // namespace pp
