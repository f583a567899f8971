// FindingRepository: findings (matches, due dates, triage) and pending patches. Everything is
// batched: a call reads what it needs with one query per table (IN lists, chunked), decides in
// memory, and writes with prepared statements that are prepared once per call and reused, so a
// rematch of 100,000 components costs a few statements per batch, never one query per finding.
#include "models/storage/findingrepository.h"

#include "models/domain/version.h"
#include "models/planning/pendingpatches.h"
#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/lifecyclerepository_p.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/statements.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pp {

using namespace pp::Internal;

namespace {

const QString kFindingEntity = QStringLiteral("finding");
const QString kPatchEntity = QStringLiteral("patch");

/// Stored in findings.justification when matching (not a person) resolved a finding: such a
/// finding is re-opened when it matches again, one resolved by hand never is. It is no
/// Justification key, so it reads back as Justification::None.
const QString kAutoResolved = QStringLiteral("auto:no_longer_matches");

/// Bind values per IN list: well below SQLite's and PostgreSQL's limits on parameters.
constexpr int kChunk = 500;

const QString kFindingColumns = QStringLiteral(
    "f.id, f.vulnerability_id, f.component_id, f.state, f.justification, f.detail, "
    "f.detected_at, f.due_date, f.due_rule, f.track, f.track_reason, f.decided_by, "
    "f.decided_at, f.review_date, f.match_kind, f.matched_criteria, f.fixed_version, "
    "f.last_affected_version, f.row_version, f.updated_at");
constexpr int kFindingColumnCount = 20;

Finding findingFrom(const QSqlQuery &q, int o = 0)
{
    Finding f;
    f.id = q.value(o + 0).toLongLong();
    f.vulnerabilityId = q.value(o + 1).toLongLong();
    f.componentId = q.value(o + 2).toLongLong();
    f.state = fromKey<AnalysisState>(q.value(o + 3).toString()).value_or(AnalysisState::NotSet);
    f.justification =
        fromKey<Justification>(q.value(o + 4).toString()).value_or(Justification::None);
    f.detail = q.value(o + 5).toString();
    f.detectedAt = timeFrom(q.value(o + 6));
    f.dueDate = dateFrom(q.value(o + 7));
    f.dueRule = fromKey<DueRule>(q.value(o + 8).toString()).value_or(DueRule::Unscored);
    f.track = fromKey<Track>(q.value(o + 9).toString()).value_or(Track::Regular);
    f.trackReason = q.value(o + 10).toString();
    f.decidedBy = q.value(o + 11).toString();
    f.decidedAt = timeFrom(q.value(o + 12));
    f.reviewDate = dateFrom(q.value(o + 13));
    f.matchKind = fromKey<MatchKind>(q.value(o + 14).toString()).value_or(MatchKind::Cpe);
    f.matchedCriteria = q.value(o + 15).toString();
    f.fixedVersion = q.value(o + 16).toString();
    f.lastAffectedVersion = q.value(o + 17).toString();
    f.rowVersion = q.value(o + 18).toInt();
    f.updatedAt = timeFrom(q.value(o + 19));
    return f;
}

/// What triage changes, for the audit trail.
QJsonObject triageJson(const Finding &f)
{
    return {{QStringLiteral("vulnerability_id"), QString::number(f.vulnerabilityId)},
            {QStringLiteral("component_id"), QString::number(f.componentId)},
            {QStringLiteral("state"), toKey(f.state)},
            {QStringLiteral("justification"), toKey(f.justification)},
            {QStringLiteral("detail"), f.detail},
            {QStringLiteral("review_date"), f.reviewDate.toString(Qt::ISODate)}};
}

QJsonObject patchJson(const Patch &p)
{
    QJsonArray findings;
    for (qint64 id : p.findingIds)
        findings.append(QString::number(id));
    return {{QStringLiteral("kind"), toKey(p.kind)},
            {QStringLiteral("component_id"), QString::number(p.componentId)},
            {QStringLiteral("advisory_id"), p.advisoryId},
            {QStringLiteral("kb"), p.kb},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("vendor"), p.vendor},
            {QStringLiteral("product"), p.product},
            {QStringLiteral("fixed_version"), p.targetVersion},
            {QStringLiteral("release_date"), p.releaseDate.toString(Qt::ISODate)},
            {QStringLiteral("needs_reboot"), p.needsReboot},
            {QStringLiteral("expected_minutes"), p.expectedMinutes},
            {QStringLiteral("can_rollback"), p.canRollback},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("findings"), findings}};
}

/// "?, ?, ?" for @p n values.
QString placeholders(qsizetype n)
{
    if (n <= 0)
        return QStringLiteral("NULL");
    return QStringLiteral("?, ").repeated(n - 1) + QLatin1Char('?');
}

template<typename T>
QList<QList<T>> chunks(const QList<T> &all)
{
    QList<QList<T>> out;
    for (qsizetype i = 0; i < all.size(); i += kChunk)
        out << all.mid(i, kChunk);
    return out;
}

QVariantList variants(const QList<qint64> &ids)
{
    QVariantList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << id;
    return out;
}

QList<qint64> unique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

/// What the due rule needs of a vulnerability.
struct VulnDue
{
    std::optional<KevEntry> kev;
    Severity severity = Severity::Unknown;
    std::optional<double> cvss;
};

/// What the due rule needs of a component's system.
struct SystemDue
{
    qint64 systemId = 0;
    Exposure exposure = Exposure::Internal;
    int criticality = 3;
};

const QString kVulnDueColumns = QStringLiteral(
    "v.kev_date_added, v.kev_due_date, v.kev_ransomware, v.severity, v.cvss_score, "
    "v.jvn_severity");

VulnDue vulnDueFrom(const QSqlQuery &q, int o)
{
    VulnDue d;
    if (!q.value(o).isNull()) {
        KevEntry k;
        k.dateAdded = dateFrom(q.value(o));
        k.dueDate = dateFrom(q.value(o + 1));
        k.ransomware = q.value(o + 2).toInt() != 0;
        d.kev = k;
    }
    Vulnerability v;
    v.severity = fromKey<Severity>(q.value(o + 3).toString()).value_or(Severity::Unknown);
    if (!q.value(o + 4).isNull())
        v.cvssScore = q.value(o + 4).toDouble();
    v.jvnSeverity = q.value(o + 5).toString();
    d.cvss = v.cvssScore;
    d.severity = DueRules::effectiveSeverity(v);
    return d;
}

SystemDue systemDueFrom(const QSqlQuery &q, int o)
{
    SystemDue s;
    s.systemId = q.value(o).toLongLong();
    s.exposure = fromKey<Exposure>(q.value(o + 1).toString()).value_or(Exposure::Internal);
    s.criticality = q.value(o + 2).toInt();
    return s;
}

DueDecision decideFor(const QDateTime &detected, const VulnDue &v, const SystemDue &s,
                      const DuePolicy &policy)
{
    DueInputs in;
    in.detected = detected.toUTC().date();
    in.kev = v.kev;
    in.severity = v.severity;
    in.cvss = v.cvss;
    in.exposure = s.exposure;
    in.criticality = s.criticality;
    return DueRules::decide(in, policy);
}

const QString kOpenStates = QStringLiteral("('not_set','in_triage','affected')");

/// "The finding is open" for a query narrowed by another, selective condition (some
/// components, vulnerabilities or systems): written so that SQLite cannot use the state index
/// for it. With that index SQLite reads every open finding (a million after a first NVD
/// import) for each chunk of a few hundred components; without it, it starts from the chunk.
const QString kOpenElsewhereNarrowed = QStringLiteral("f.state || '' IN ") + kOpenStates;

} // namespace

// --- Matching ---------------------------------------------------------------------------------

Result<FindingChanges> FindingRepository::applyMatches(const QList<VulnMatches> &batch,
                                                       const QDateTime &now,
                                                       const QList<qint64> &scope)
{
    FindingChanges changes;
    if (batch.isEmpty())
        return changes;
    const QDateTime at = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    const QString stamp = storedTime(at).toString();
    const QSet<qint64> scopeSet(scope.cbegin(), scope.cend());

    Status st = m_db.transaction([&]() -> Status {
        auto policy = SettingsRepository(m_db).duePolicy();
        if (!policy)
            return policy.error();

        QList<qint64> vulnIds;
        QList<qint64> componentIds;
        for (const VulnMatches &m : batch) {
            vulnIds << m.vulnerabilityId;
            for (const VulnMatch &c : m.matches)
                componentIds << c.componentId;
        }
        vulnIds = unique(vulnIds);
        // A rematch of a few components needs only their findings (and those of the components
        // matched now), not every finding of every candidate vulnerability.
        QString componentFilter;
        QVariantList componentBinds;
        if (!scope.isEmpty()) {
            const QList<qint64> relevant = unique(scope + componentIds);
            if (relevant.size() <= kChunk) {
                componentFilter = QStringLiteral(" AND f.component_id IN (%1)")
                                      .arg(placeholders(relevant.size()));
                componentBinds = variants(relevant);
            }
        }

        // The stored findings of these vulnerabilities, and their vulnerabilities' due inputs.
        QHash<qint64, QList<Finding>> existing; // vulnerability id -> its findings
        QHash<qint64, VulnDue> vulns;
        QSet<qint64> autoResolvedIds; // resolved by matching, not by a person
        for (const QList<qint64> &part : chunks(vulnIds)) {
            auto q = m_db.run(QStringLiteral("SELECT %1 FROM findings f WHERE f.vulnerability_id "
                                             "IN (%2)%3")
                                  .arg(kFindingColumns, placeholders(part.size()), componentFilter),
                              variants(part) + componentBinds);
            if (!q)
                return q.error();
            while (q->next()) {
                const Finding f = findingFrom(*q);
                if (q->value(4).toString() == kAutoResolved)
                    autoResolvedIds.insert(f.id);
                existing[f.vulnerabilityId] << f;
                componentIds << f.componentId;
            }
            auto v = m_db.run(QStringLiteral("SELECT v.id, %1 FROM vulnerabilities v WHERE v.id "
                                             "IN (%2)")
                                  .arg(kVulnDueColumns, placeholders(part.size())),
                              variants(part));
            if (!v)
                return v.error();
            while (v->next())
                vulns.insert(v->value(0).toLongLong(), vulnDueFrom(*v, 1));
        }
        componentIds = unique(componentIds);
        QHash<qint64, SystemDue> systems; // component id -> its system's due inputs
        QHash<qint64, QString> labels;     // component id -> "product version"
        for (const QList<qint64> &part : chunks(componentIds)) {
            auto q = m_db.run(QStringLiteral("SELECT c.id, c.product, c.version, s.id, s.exposure, "
                                             "s.criticality FROM components c JOIN systems s ON "
                                             "s.id = c.system_id WHERE c.id IN (%1)")
                                  .arg(placeholders(part.size())),
                              variants(part));
            if (!q)
                return q.error();
            while (q->next()) {
                const qint64 id = q->value(0).toLongLong();
                labels.insert(id, QStringLiteral("%1 %2")
                                      .arg(q->value(1).toString(), q->value(2).toString())
                                      .trimmed());
                systems.insert(id, systemDueFrom(*q, 3));
            }
        }

        BulkInsert insert(m_db, QStringLiteral("findings"),
                          {QStringLiteral("vulnerability_id"), QStringLiteral("component_id"),
                           QStringLiteral("detected_at"), QStringLiteral("due_date"),
                           QStringLiteral("due_rule"), QStringLiteral("track"),
                           QStringLiteral("track_reason"), QStringLiteral("match_kind"),
                           QStringLiteral("matched_criteria"), QStringLiteral("fixed_version"),
                           QStringLiteral("last_affected_version"), QStringLiteral("updated_at")});
        // Criteria and fixed versions are refreshed without a new row version: they are
        // computed, not edited, and a triage based on the finding stays valid.
        PreparedStatement refresh(m_db, QStringLiteral(
            "UPDATE findings SET match_kind = ?, matched_criteria = ?, fixed_version = ?, "
            "last_affected_version = ?, updated_at = ? WHERE id = ?"));
        PreparedStatement reopen(m_db, QStringLiteral(
            "UPDATE findings SET state = 'not_set', justification = '', detail = '', "
            "decided_by = '', decided_at = NULL, review_date = NULL, due_date = ?, due_rule = ?, "
            "track = ?, track_reason = ?, match_kind = ?, matched_criteria = ?, "
            "fixed_version = ?, last_affected_version = ?, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ?"));
        PreparedStatement resolve(m_db, QStringLiteral(
            "UPDATE findings SET state = 'resolved', justification = ?, detail = ?, "
            "decided_by = ?, decided_at = ?, review_date = NULL, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ?"));

        QSet<qint64> touched;
        int refreshed = 0;
        for (const VulnMatches &m : batch) {
            const QList<Finding> &stored = existing[m.vulnerabilityId];
            QHash<qint64, const Finding *> byComponent;
            for (const Finding &f : stored)
                byComponent.insert(f.componentId, &f);
            const VulnDue vd = vulns.value(m.vulnerabilityId);
            QSet<qint64> matched;
            for (const VulnMatch &match : m.matches) {
                if (!systems.contains(match.componentId))
                    continue; // deleted meanwhile
                matched.insert(match.componentId);
                const Finding *f = byComponent.value(match.componentId, nullptr);
                if (!f) {
                    const DueDecision d =
                        decideFor(at, vd, systems.value(match.componentId), *policy);
                    if (Status s = insert.add({m.vulnerabilityId, match.componentId, stamp,
                                                storedDate(d.dueDate), toKey(d.rule),
                                                toKey(d.track), d.trackReason, toKey(match.kind),
                                                match.criteria, match.fixedVersion,
                                                match.lastAffectedVersion, stamp});
                        !s) {
                        return s;
                    }
                    ++changes.created;
                    touched.insert(match.componentId);
                    continue;
                }
                const bool criteriaChanged = f->matchKind != match.kind
                    || f->matchedCriteria != match.criteria
                    || f->fixedVersion != match.fixedVersion
                    || f->lastAffectedVersion != match.lastAffectedVersion;
                const bool autoResolved =
                    f->state == AnalysisState::Resolved && autoResolvedIds.contains(f->id);
                if (autoResolved) {
                    const DueDecision d =
                        decideFor(f->detectedAt, vd, systems.value(match.componentId), *policy);
                    if (Status s = reopen.exec({storedDate(d.dueDate), toKey(d.rule),
                                                toKey(d.track), d.trackReason, toKey(match.kind),
                                                match.criteria, match.fixedVersion,
                                                match.lastAffectedVersion, stamp, f->id});
                        !s) {
                        return s;
                    }
                    ++changes.reopened;
                    touched.insert(match.componentId);
                } else if (criteriaChanged) {
                    if (Status s = refresh.exec({toKey(match.kind), match.criteria,
                                                 match.fixedVersion, match.lastAffectedVersion,
                                                 stamp, f->id});
                        !s) {
                        return s;
                    }
                    ++refreshed;
                    if (isOpen(f->state))
                        touched.insert(match.componentId);
                }
            }
            for (const Finding &f : stored) {
                if (matched.contains(f.componentId) || !isOpen(f.state))
                    continue;
                if (!scopeSet.isEmpty() && !scopeSet.contains(f.componentId))
                    continue;
                const QString detail =
                    tr("No longer matches: %1").arg(labels.value(f.componentId));
                if (Status s = resolve.exec({kAutoResolved, detail, m_db.actor(), stamp, stamp,
                                             f.id});
                    !s) {
                    return s;
                }
                ++changes.resolved;
                touched.insert(f.componentId);
            }
        }
        if (Status s = insert.flush(); !s)
            return s;
        changes.touchedComponents = unique(QList<qint64>(touched.cbegin(), touched.cend()));
        if (changes.created + changes.reopened + changes.resolved + refreshed == 0)
            return {};
        return AuditLog(m_db).append(QStringLiteral("match"), kFindingEntity, 0, {},
                                     {{QStringLiteral("vulnerabilities"), int(vulnIds.size())},
                                      {QStringLiteral("created"), changes.created},
                                      {QStringLiteral("reopened"), changes.reopened},
                                      {QStringLiteral("resolved"), changes.resolved},
                                      {QStringLiteral("refreshed"), refreshed}});
    });
    if (!st)
        return st.error();
    return changes;
}

// --- Due dates --------------------------------------------------------------------------------

namespace {

/// Everything a due decision depends on (DueInputs), as a hashable key: a policy change decides
/// 2.5 million findings from a few thousand distinct inputs, each decided (and its reason
/// worded) once.
struct DueKey
{
    qint64 detected = 0, kevAdded = 0, kevDue = 0;
    bool kev = false, ransomware = false, hasCvss = false;
    int severity = 0, exposure = 0, criticality = 0;
    double cvss = 0;
    bool operator==(const DueKey &) const = default;
};

size_t qHash(const DueKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.detected, k.kevAdded, k.kevDue, k.kev, k.ransomware, k.hasCvss,
                      k.severity, k.exposure, k.criticality, k.cvss);
}

/// A decision as the findings table stores it, to compare with a row without parsing it.
struct StoredDue
{
    DueDecision decision;
    QVariant dueDate; ///< ISO text or NULL
    QString rule, track;
};

} // namespace

Result<FindingChanges> FindingRepository::recomputeDue(const QList<qint64> &vulnerabilityIds,
                                                       const QList<qint64> &systemIds)
{
    FindingChanges changes;
    Status st = m_db.transaction([&]() -> Status {
        auto policy = SettingsRepository(m_db).duePolicy();
        if (!policy)
            return policy.error();
        // One query per chunk of the one list given (both given: filtered by both, the
        // vulnerabilities chunked and the systems bound whole, as there are few). Only the
        // columns the decision needs: every open finding of an estate may pass through here.
        const QList<qint64> vulns = unique(vulnerabilityIds);
        const QList<qint64> syss = unique(systemIds);
        const QString base = QStringLiteral(
            "SELECT f.id, f.component_id, f.detected_at, f.due_date, f.due_rule, f.track, "
            "f.track_reason, %1, s.exposure, s.criticality FROM findings f "
            "JOIN vulnerabilities v ON v.id = f.vulnerability_id "
            "JOIN components c ON c.id = f.component_id JOIN systems s ON s.id = c.system_id "
            "WHERE %2")
            .arg(kVulnDueColumns,
                 vulns.isEmpty() && syss.isEmpty() ? QStringLiteral("f.state IN ") + kOpenStates
                                                   : kOpenElsewhereNarrowed);
        QList<QPair<QString, QVariantList>> queries;
        const QString sysClause = syss.isEmpty()
            ? QString()
            : QStringLiteral(" AND s.id IN (%1)").arg(placeholders(syss.size()));
        if (vulns.isEmpty()) {
            // One query for all (or the systems'): reading by chunk of components was twice as
            // slow on the full estate (random reads of the findings by component).
            queries << qMakePair(base + sysClause, variants(syss));
        } else {
            for (const QList<qint64> &part : chunks(vulns)) {
                queries << qMakePair(base + QStringLiteral(" AND f.vulnerability_id IN (%1)")
                                                .arg(placeholders(part.size()))
                                         + sysClause,
                                     variants(part) + variants(syss));
            }
        }
        const QString stamp = Database::nowUtc();
        QSet<qint64> touched;
        QHash<QString, qint64> detectedDays; // detected_at as stored -> its UTC day
        QHash<DueKey, int> decisionOf;       // inputs -> index in decisions
        QList<StoredDue> decisions;
        for (const auto &[sql, binds] : std::as_const(queries)) {
            auto q = m_db.run(sql, binds);
            if (!q)
                return q.error();
            // Read everything first (the same connection then writes), keeping only the ids of
            // the findings that change, grouped by their new decision.
            QHash<int, QList<qint64>> changed;
            constexpr int o = 7;
            while (q->next()) {
                const QString detectedText = q->value(2).toString();
                auto day = detectedDays.constFind(detectedText);
                if (day == detectedDays.cend()) {
                    const QDateTime t = timeFrom(q->value(2));
                    day = detectedDays.insert(detectedText,
                                              t.isValid() ? t.toUTC().date().toJulianDay() : 0);
                }
                DueKey key;
                key.detected = *day;
                key.kev = !q->value(o).isNull();
                if (key.kev) {
                    key.kevAdded = dateFrom(q->value(o)).toJulianDay();
                    const QDate kevDue = dateFrom(q->value(o + 1));
                    key.kevDue = kevDue.isValid() ? kevDue.toJulianDay() : 0;
                    key.ransomware = q->value(o + 2).toInt() != 0;
                }
                Vulnerability v;
                v.severity = fromKey<Severity>(q->value(o + 3).toString()).value_or(Severity::Unknown);
                key.hasCvss = !q->value(o + 4).isNull();
                if (key.hasCvss) {
                    key.cvss = q->value(o + 4).toDouble();
                    v.cvssScore = key.cvss;
                }
                v.jvnSeverity = q->value(o + 5).toString();
                key.severity = int(DueRules::effectiveSeverity(v));
                key.exposure = int(fromKey<Exposure>(q->value(o + 6).toString())
                                       .value_or(Exposure::Internal));
                key.criticality = q->value(o + 7).toInt();
                auto known = decisionOf.constFind(key);
                if (known == decisionOf.cend()) {
                    DueInputs in;
                    in.detected = key.detected ? QDate::fromJulianDay(key.detected) : QDate();
                    if (key.kev) {
                        KevEntry k;
                        k.dateAdded = QDate::fromJulianDay(key.kevAdded);
                        k.dueDate = key.kevDue ? QDate::fromJulianDay(key.kevDue) : QDate();
                        k.ransomware = key.ransomware;
                        in.kev = k;
                    }
                    in.severity = Severity(key.severity);
                    if (key.hasCvss)
                        in.cvss = key.cvss;
                    in.exposure = Exposure(key.exposure);
                    in.criticality = key.criticality;
                    const DueDecision d = DueRules::decide(in, *policy);
                    decisions << StoredDue{d, storedDate(d.dueDate), toKey(d.rule), toKey(d.track)};
                    known = decisionOf.insert(key, int(decisions.size() - 1));
                }
                const StoredDue &due = decisions.at(*known);
                // The stored values as text: a finding whose rule, track and reason hold
                // (the usual case) is not parsed further.
                const QVariant storedDue = q->value(3);
                const bool same = storedDue.isNull() == due.dueDate.isNull()
                    && (storedDue.isNull() || storedDue.toString() == due.dueDate.toString())
                    && q->value(4).toString() == due.rule && q->value(5).toString() == due.track
                    && q->value(6).toString() == due.decision.trackReason;
                if (same)
                    continue;
                changed[*known] << q->value(0).toLongLong();
                touched.insert(q->value(1).toLongLong());
                ++changes.recomputed;
            }
            if (q->lastError().isValid())
                return m_db.sqlError(q->lastError());
            // Many findings share one decision (a policy change moves whole groups): one
            // UPDATE per distinct decision and chunk of ids, not one per finding.
            for (auto g = changed.cbegin(); g != changed.cend(); ++g) {
                const StoredDue &due = decisions.at(g.key());
                for (const QList<qint64> &part : chunks(g.value())) {
                    auto u = m_db.run(QStringLiteral("UPDATE findings SET due_date = ?, due_rule = "
                                                     "?, track = ?, track_reason = ?, updated_at "
                                                     "= ? WHERE id IN (%1)")
                                          .arg(placeholders(part.size())),
                                      QVariantList{due.dueDate, due.rule, due.track,
                                                   due.decision.trackReason, stamp}
                                          + variants(part));
                    if (!u)
                        return u.error();
                }
            }
        }
        changes.touchedComponents = unique(QList<qint64>(touched.cbegin(), touched.cend()));
        if (changes.recomputed == 0)
            return {};
        return AuditLog(m_db).append(QStringLiteral("recompute_due"), kFindingEntity, 0, {},
                                     {{QStringLiteral("recomputed"), changes.recomputed}});
    });
    if (!st)
        return st.error();
    return changes;
}

// --- Upgrade patches --------------------------------------------------------------------------

Result<FindingChanges> FindingRepository::recomputePatches(const QList<qint64> &componentIds)
{
    FindingChanges changes;
    Status st = m_db.transaction([&]() -> Status {
        struct ComponentInfo
        {
            QString vendor, product, version, purl;
            QList<Finding> open;
        };
        struct Upgrade
        {
            qint64 id = 0;
            QString title, fixedVersion, product, vendor;
            QSet<qint64> findings;
            bool planned = false;
        };
        // Chunk by chunk of components, each read, computed and written before the next: the
        // open findings of 100,000 components (a million after a first NVD import) are never
        // all in memory at once.
        QList<qint64> ids = unique(componentIds);
        if (ids.isEmpty()) {
            auto all = m_db.run(QStringLiteral("SELECT id FROM components ORDER BY id"));
            if (!all)
                return all.error();
            while (all->next())
                ids << all->value(0).toLongLong();
        }
        const QString stamp = Database::nowUtc();
        PreparedStatement insert(m_db, QStringLiteral(
            "INSERT INTO patches (kind, component_id, title, vendor, product, fixed_version, "
            "updated_at) VALUES ('upgrade', ?, ?, ?, ?, ?, ?) RETURNING id"));
        PreparedStatement update(m_db, QStringLiteral(
            "UPDATE patches SET title = ?, vendor = ?, product = ?, fixed_version = ?, "
            "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
        PreparedStatement unlinkAll(m_db,
                                    QStringLiteral("DELETE FROM patch_findings WHERE patch_id = ?"));
        PreparedStatement remove(m_db, QStringLiteral("DELETE FROM patches WHERE id = ?"));

        for (const QList<qint64> &part : chunks(ids)) {
            QHash<qint64, ComponentInfo> components; // with open findings
            QHash<qint64, Upgrade> upgrades;          // component id -> its upgrade patch
            const QString where = QStringLiteral(" AND c.id IN (%1)").arg(placeholders(part.size()));
            const QString findingsWhere =
                QStringLiteral(" AND f.component_id IN (%1)").arg(placeholders(part.size()));
            const QVariantList binds = variants(part);
            {
                // Only what the target needs (state, fixed and last affected version): the open
                // findings of 100,000 components are 2.5 million rows after a first NVD import.
                auto q = m_db.run(QStringLiteral("SELECT f.id, f.component_id, f.state, "
                                                 "f.fixed_version, f.last_affected_version "
                                                 "FROM findings f WHERE %1%2")
                                      .arg(kOpenElsewhereNarrowed, findingsWhere),
                                  binds);
                if (!q)
                    return q.error();
                while (q->next()) {
                    Finding f;
                    f.id = q->value(0).toLongLong();
                    f.componentId = q->value(1).toLongLong();
                    f.state = fromKey<AnalysisState>(q->value(2).toString())
                                  .value_or(AnalysisState::NotSet);
                    f.fixedVersion = q->value(3).toString();
                    f.lastAffectedVersion = q->value(4).toString();
                    components[f.componentId].open << f;
                }
                auto c = m_db.run(QStringLiteral("SELECT c.id, c.vendor, c.product, c.version, "
                                                 "c.purl FROM components c WHERE c.id IN (%1)")
                                      .arg(placeholders(part.size())),
                                  binds);
                if (!c)
                    return c.error();
                while (c->next()) {
                    const auto it = components.find(c->value(0).toLongLong());
                    if (it == components.end())
                        continue; // no open findings
                    it->vendor = c->value(1).toString();
                    it->product = c->value(2).toString();
                    it->version = c->value(3).toString();
                    it->purl = c->value(4).toString();
                }
                auto p = m_db.run(QStringLiteral("SELECT p.id, p.component_id, p.title, "
                                                 "p.fixed_version, p.product, p.vendor, pf.finding_id, "
                                                 "(SELECT COUNT(*) FROM plan_patches pp WHERE "
                                                 "pp.patch_id = p.id) FROM patches p JOIN components c "
                                                 "ON c.id = p.component_id LEFT JOIN patch_findings pf "
                                                 "ON pf.patch_id = p.id WHERE p.kind = 'upgrade'%1")
                                      .arg(where),
                                  binds);
                if (!p)
                    return p.error();
                while (p->next()) {
                    Upgrade &u = upgrades[p->value(1).toLongLong()];
                    u.id = p->value(0).toLongLong();
                    u.title = p->value(2).toString();
                    u.fixedVersion = p->value(3).toString();
                    u.product = p->value(4).toString();
                    u.vendor = p->value(5).toString();
                    if (!p->value(6).isNull())
                        u.findings.insert(p->value(6).toLongLong());
                    u.planned = p->value(7).toInt() > 0;
                }
            }

            // The patches whose links are written again, from their component's open findings,
            // after the loop: in SQL, a statement per chunk instead of a row per link.
            QList<qint64> relinked;
            QList<qint64> stale; // of those, the ones that have links to remove first
            QList<qint64> order = components.keys();
            std::sort(order.begin(), order.end());
            for (qint64 componentId : std::as_const(order)) {
                const ComponentInfo &c = components[componentId];
                const UpgradeTarget target =
                    PendingPatches::upgradeTarget(c.open, version::schemeForPurl(c.purl));
                const QString title = PendingPatches::upgradeTitle(c.product, c.version, target);
                QSet<qint64> findings;
                for (const Finding &f : c.open)
                    findings.insert(f.id);
                auto it = upgrades.find(componentId);
                if (it == upgrades.end()) {
                    if (Status s = insert.exec({componentId, title, c.vendor, c.product,
                                                target.targetVersion, stamp});
                        !s) {
                        return s;
                    }
                    if (!insert.query().next())
                        return fail(tr("The upgrade patch of %1 was not stored.").arg(c.product));
                    const qint64 id = insert.query().value(0).toLongLong();
                    insert.query().finish();
                    relinked << id;
                    ++changes.patchesCreated;
                    continue;
                }
                const Upgrade &u = *it;
                const bool valuesChanged = u.title != title || u.fixedVersion != target.targetVersion
                    || u.product != c.product || u.vendor != c.vendor;
                if (valuesChanged) {
                    if (Status s = update.exec({title, c.vendor, c.product, target.targetVersion,
                                                stamp, u.id});
                        !s) {
                        return s;
                    }
                }
                if (u.findings != findings) {
                    relinked << u.id;
                    if (!u.findings.isEmpty())
                        stale << u.id;
                }
                if (valuesChanged || u.findings != findings)
                    ++changes.patchesUpdated;
                upgrades.erase(it);
            }
            // Upgrade patches of components without open findings.
            for (auto it = upgrades.cbegin(); it != upgrades.cend(); ++it) {
                if (it->planned) {
                    // A plan schedules it: keep it, resolving nothing, so the plan stays intact.
                    if (!it->findings.isEmpty()) {
                        if (Status s = unlinkAll.exec({it->id}); !s)
                            return s;
                        ++changes.patchesUpdated;
                    }
                    continue;
                }
                if (Status s = remove.exec({it->id}); !s)
                    return s;
                ++changes.patchesRemoved;
            }
            if (!stale.isEmpty()) {
                if (auto q = m_db.run(QStringLiteral("DELETE FROM patch_findings WHERE patch_id "
                                                     "IN (%1)")
                                          .arg(placeholders(stale.size())),
                                      variants(stale));
                    !q) {
                    return q.error();
                }
            }
            if (!relinked.isEmpty()) {
                // The same open findings as read above, in the same transaction.
                if (auto q = m_db.run(QStringLiteral("INSERT INTO patch_findings (patch_id, "
                                                     "finding_id) SELECT p.id, f.id FROM patches "
                                                     "p JOIN findings f ON f.component_id = "
                                                     "p.component_id WHERE p.id IN (%1) AND %2")
                                          .arg(placeholders(relinked.size()),
                                               kOpenElsewhereNarrowed),
                                      variants(relinked));
                    !q) {
                    return q.error();
                }
            }
        }
        if (changes.patchesCreated + changes.patchesUpdated + changes.patchesRemoved == 0)
            return {};
        return AuditLog(m_db).append(QStringLiteral("recompute"), kPatchEntity, 0, {},
                                     {{QStringLiteral("created"), changes.patchesCreated},
                                      {QStringLiteral("updated"), changes.patchesUpdated},
                                      {QStringLiteral("removed"), changes.patchesRemoved}});
    });
    if (!st)
        return st.error();
    return changes;
}

// --- Reading ----------------------------------------------------------------------------------

Result<QList<FindingRow>> FindingRepository::rows(const FindingFilter &filter) const
{
    QList<FindingRow> out;
    Status s = forEachRow(filter, [&out](const FindingRow &r) {
        out << r;
        return true;
    });
    if (!s)
        return s.error();
    return out;
}

Status FindingRepository::forEachRow(const FindingFilter &filter,
                                     const std::function<bool(const FindingRow &)> &visit) const
{
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    const QString todayText = today.toString(Qt::ISODate);
    QStringList where;
    QVariantList binds;
    if (filter.states.isEmpty()) {
        where << QStringLiteral("f.state <> 'resolved' AND (f.state NOT IN ('not_affected', "
                                "'false_positive') OR (f.review_date IS NOT NULL AND "
                                "f.review_date <= ?))");
        binds << todayText;
    } else {
        QStringList keys;
        for (AnalysisState s : filter.states) {
            keys << QStringLiteral("?");
            binds << toKey(s);
        }
        where << QStringLiteral("f.state IN (%1)").arg(keys.join(QStringLiteral(", ")));
    }
    if (filter.systemId > 0) {
        where << QStringLiteral("c.system_id = ?");
        binds << filter.systemId;
    }
    if (filter.componentId > 0) {
        where << QStringLiteral("f.component_id = ?");
        binds << filter.componentId;
    }
    if (filter.vulnerabilityId > 0) {
        where << QStringLiteral("f.vulnerability_id = ?");
        binds << filter.vulnerabilityId;
    }
    if (filter.emergencyOnly)
        where << QStringLiteral("f.track = 'emergency'");
    if (filter.overdueOnly) {
        where << QStringLiteral("f.state IN %1 AND f.due_date IS NOT NULL AND f.due_date < ?")
                     .arg(kOpenStates);
        binds << todayText;
    }
    if (filter.kevOnly)
        where << QStringLiteral("v.kev_date_added IS NOT NULL");
    if (!filter.text.trimmed().isEmpty()) {
        const QString like = m_db.dialect().likeOperator();
        where << QStringLiteral("(v.identifier %1 ? OR v.title %1 ? OR s.code %1 ? OR s.name %1 ? "
                                "OR c.product %1 ?)")
                     .arg(like);
        const QString pattern = QLatin1Char('%') + filter.text.trimmed() + QLatin1Char('%');
        for (int i = 0; i < 5; ++i)
            binds << pattern;
    }
    auto q = m_db.run(
        QStringLiteral("SELECT %1, v.identifier, v.title, v.severity, v.cvss_score, "
                       "v.kev_date_added, s.id, s.code, s.name, s.exposure, s.criticality, "
                       "c.kind, c.vendor, c.product, c.version, "
                       // The patch of each finding, looked up by its index for the rows read
                       // (a join on every link grouped by finding read all 2.5 million links
                       // of the full estate for one system's findings).
                       "(SELECT MIN(pf.patch_id) FROM patch_findings pf WHERE pf.finding_id = "
                       "f.id), v.jvn_severity "
                       "FROM findings f JOIN vulnerabilities v ON v.id = f.vulnerability_id "
                       "JOIN components c ON c.id = f.component_id "
                       "JOIN systems s ON s.id = c.system_id "
                       "WHERE %2 ORDER BY f.due_date IS NULL, f.due_date, v.identifier%3, s.code%3, "
                       "f.id%4")
            .arg(kFindingColumns, where.join(QStringLiteral(" AND ")),
                 m_db.dialect().codePointOrder(),
                 filter.limit > 0 ? QStringLiteral(" LIMIT %1").arg(filter.limit) : QString()),
        binds);
    if (!q)
        return q.error();
    const int o = kFindingColumnCount;
    while (q->next()) {
        FindingRow r;
        r.finding = findingFrom(*q);
        r.vulnIdentifier = q->value(o).toString();
        r.vulnTitle = q->value(o + 1).toString();
        Vulnerability v;
        v.severity = fromKey<Severity>(q->value(o + 2).toString()).value_or(Severity::Unknown);
        v.jvnSeverity = q->value(o + 15).toString();
        r.severity = v.severity != Severity::Unknown ? v.severity : severityFromWord(v.jvnSeverity);
        if (!q->value(o + 3).isNull())
            r.cvssScore = q->value(o + 3).toDouble();
        r.kev = !q->value(o + 4).isNull();
        r.systemId = q->value(o + 5).toLongLong();
        r.systemCode = q->value(o + 6).toString();
        r.systemName = q->value(o + 7).toString();
        r.exposure = fromKey<Exposure>(q->value(o + 8).toString()).value_or(Exposure::Internal);
        r.criticality = q->value(o + 9).toInt();
        r.componentKind =
            fromKey<ComponentKind>(q->value(o + 10).toString()).value_or(ComponentKind::Application);
        r.vendor = q->value(o + 11).toString();
        r.product = q->value(o + 12).toString();
        r.version = q->value(o + 13).toString();
        r.patchId = q->value(o + 14).toLongLong();
        if (!visit(r))
            return {};
    }
    // next() is false at the end and on a read error alike.
    if (q->lastError().isValid())
        return m_db.sqlError(q->lastError());
    return {};
}

Result<std::optional<Finding>> FindingRepository::find(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM findings f WHERE f.id = ?").arg(kFindingColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Finding>();
    return std::optional<Finding>(findingFrom(*q));
}

Result<FindingCounts> FindingRepository::counts(QDate today) const
{
    const QString day = (today.isValid() ? today : QDate::currentDate()).toString(Qt::ISODate);
    auto q = m_db.run(
        QStringLiteral("SELECT COUNT(f.id), "
                       "COALESCE(SUM(CASE WHEN f.state = 'not_set' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN f.track = 'emergency' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN f.due_date < ? THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN v.kev_date_added IS NOT NULL THEN 1 ELSE 0 END), 0), "
                       "(SELECT COUNT(*) FROM vulnerabilities) "
                       "FROM findings f JOIN vulnerabilities v ON v.id = f.vulnerability_id "
                       "WHERE f.state IN %1")
            .arg(kOpenStates),
        {day});
    if (!q)
        return q.error();
    FindingCounts c;
    if (q->next()) {
        c.open = q->value(0).toInt();
        c.untriaged = q->value(1).toInt();
        c.emergency = q->value(2).toInt();
        c.overdue = q->value(3).toInt();
        c.kev = q->value(4).toInt();
        c.vulnerabilities = q->value(5).toInt();
    }
    return c;
}

// --- Triage -----------------------------------------------------------------------------------

Result<QList<Finding>> FindingRepository::setStates(const QList<Finding> &after)
{
    const QDate today = QDate::currentDate();
    for (const Finding &f : after) {
        const bool suppressing = isSuppressed(f.state);
        if (suppressing && f.justification == Justification::None && f.detail.trimmed().isEmpty()) {
            return rejected(tr("Finding %1: the state \"%2\" needs a justification or a detail "
                               "saying why.")
                                .arg(f.id)
                                .arg(displayName(f.state)));
        }
        if (f.reviewDate.isValid() && !suppressing) {
            return rejected(tr("Finding %1: a review date is only kept for \"%2\" and \"%3\"; "
                               "clear it for \"%4\".")
                                .arg(f.id)
                                .arg(displayName(AnalysisState::NotAffected),
                                     displayName(AnalysisState::FalsePositive),
                                     displayName(f.state)));
        }
        if (f.reviewDate.isValid() && f.reviewDate < today) {
            return rejected(tr("Finding %1: the review date %2 is in the past; expected today "
                               "or later.")
                                .arg(f.id)
                                .arg(f.reviewDate.toString(Qt::ISODate)));
        }
    }
    QList<Finding> stored;
    Status st = m_db.transaction([&]() -> Status {
        QList<qint64> ids;
        for (const Finding &f : after)
            ids << f.id;
        ids = unique(ids);
        QHash<qint64, Finding> before;
        for (const QList<qint64> &part : chunks(ids)) {
            auto q = m_db.run(QStringLiteral("SELECT %1 FROM findings f WHERE f.id IN (%2)")
                                  .arg(kFindingColumns, placeholders(part.size())),
                              variants(part));
            if (!q)
                return q.error();
            while (q->next()) {
                const Finding f = findingFrom(*q);
                before.insert(f.id, f);
            }
        }
        for (const Finding &f : after) {
            if (!before.contains(f.id))
                return conflict(tr("Finding %1 was deleted by someone else.").arg(f.id));
            if (before.value(f.id).rowVersion != f.rowVersion) {
                return conflict(tr("Finding %1 was changed by someone else since you opened it.")
                                    .arg(f.id));
            }
        }
        const QString stamp = Database::nowUtc();
        PreparedStatement update(m_db, QStringLiteral(
            "UPDATE findings SET state = ?, justification = ?, detail = ?, review_date = ?, "
            "decided_by = ?, decided_at = ?, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?"));
        AuditLog audit(m_db);
        QList<qint64> componentIds;
        for (const Finding &f : after) {
            if (Status s = update.exec({toKey(f.state), toKey(f.justification), f.detail,
                                        storedDate(f.reviewDate), m_db.actor(), stamp, stamp,
                                        f.id, f.rowVersion});
                !s) {
                return s;
            }
            if (update.query().numRowsAffected() != 1)
                return conflict(tr("Finding %1 was changed by someone else.").arg(f.id));
            const Finding &b = before[f.id];
            if (Status s = audit.append(QStringLiteral("update"), kFindingEntity, f.id,
                                        triageJson(b), triageJson(f));
                !s) {
                return s;
            }
            componentIds << b.componentId;
        }
        for (const QList<qint64> &part : chunks(ids)) {
            auto q = m_db.run(QStringLiteral("SELECT %1 FROM findings f WHERE f.id IN (%2)")
                                  .arg(kFindingColumns, placeholders(part.size())),
                              variants(part));
            if (!q)
                return q.error();
            QHash<qint64, Finding> reread;
            while (q->next()) {
                const Finding f = findingFrom(*q);
                reread.insert(f.id, f);
            }
            for (const Finding &f : after) {
                if (reread.contains(f.id))
                    stored << reread.value(f.id);
            }
        }
        auto patches = recomputePatches(unique(componentIds));
        if (!patches)
            return patches.error();
        return {};
    });
    if (!st)
        return st.error();
    return stored;
}

// --- Patches ----------------------------------------------------------------------------------

namespace {

const QString kPatchColumns = QStringLiteral(
    "p.id, p.kind, p.component_id, p.advisory_id, p.kb, p.title, p.vendor, p.product, "
    "p.fixed_version, p.release_date, p.needs_reboot, p.expected_minutes, p.can_rollback, "
    "p.notes, p.row_version, p.updated_at");
constexpr int kPatchColumnCount = 16;

Patch patchFrom(const QSqlQuery &q)
{
    Patch p;
    p.id = q.value(0).toLongLong();
    p.kind = fromKey<PatchKind>(q.value(1).toString()).value_or(PatchKind::Vendor);
    p.componentId = q.value(2).toLongLong();
    p.advisoryId = q.value(3).toString();
    p.kb = q.value(4).toString();
    p.title = q.value(5).toString();
    p.vendor = q.value(6).toString();
    p.product = q.value(7).toString();
    p.targetVersion = q.value(8).toString();
    p.releaseDate = dateFrom(q.value(9));
    p.needsReboot = q.value(10).toInt() != 0;
    p.expectedMinutes = q.value(11).toInt();
    p.canRollback = q.value(12).toInt() != 0;
    p.notes = q.value(13).toString();
    p.rowVersion = q.value(14).toInt();
    p.updatedAt = timeFrom(q.value(15));
    return p;
}

QVariantList patchValues(const Patch &p)
{
    return {toKey(p.kind), p.componentId > 0 ? QVariant(p.componentId) : QVariant(),
            p.advisoryId, p.kb, p.title, p.vendor, p.product, p.targetVersion,
            storedDate(p.releaseDate), p.needsReboot ? 1 : 0, p.expectedMinutes,
            p.canRollback ? 1 : 0, p.notes};
}

QStringList validatePatch(const Patch &p)
{
    QStringList problems;
    if (p.title.trimmed().isEmpty())
        problems << FindingRepository::tr("Patch: the title is empty; expected a short description "
                                          "such as \"KB5034441\" or \"Upgrade to 2.4.62\".");
    if (p.expectedMinutes < 0 || p.expectedMinutes > 7 * 24 * 60)
        problems << FindingRepository::tr("Patch \"%1\": expected minutes %2 is out of range; "
                                          "expected 0 to 10080.")
                        .arg(p.title)
                        .arg(p.expectedMinutes);
    return problems;
}

} // namespace

Result<QList<PatchRow>> FindingRepository::patchRows(qint64 systemId) const
{
    const QDate today = QDate::currentDate();
    QString where;
    QVariantList binds;
    if (systemId > 0) {
        // The patches of the system's components, and those that resolve a finding of one:
        // two index lookups (an OR of the two would scan every patch, per system).
        where = QStringLiteral(
            " WHERE p.id IN (SELECT p3.id FROM patches p3 JOIN components c3 ON c3.id = "
            "p3.component_id WHERE c3.system_id = ? UNION SELECT pf2.patch_id FROM components c2 "
            "JOIN findings f2 ON f2.component_id = c2.id JOIN patch_findings pf2 ON "
            "pf2.finding_id = f2.id WHERE c2.system_id = ?)");
        binds << systemId << systemId;
    }
    auto q = m_db.run(QStringLiteral("SELECT %1, c.system_id, s.code, c.kind, c.product, c.version "
                                     "FROM patches p LEFT JOIN components c ON c.id = "
                                     "p.component_id LEFT JOIN systems s ON s.id = c.system_id%2 "
                                     "ORDER BY p.id")
                          .arg(kPatchColumns, where),
                      binds);
    if (!q)
        return q.error();
    QList<PatchRow> out;
    QHash<qint64, int> index;
    const int o = kPatchColumnCount;
    while (q->next()) {
        PatchRow r;
        r.patch = patchFrom(*q);
        r.systemId = q->value(o).toLongLong();
        r.systemCode = q->value(o + 1).toString();
        r.componentKind =
            fromKey<ComponentKind>(q->value(o + 2).toString()).value_or(ComponentKind::Application);
        r.product = q->value(o + 3).isNull() ? r.patch.product : q->value(o + 3).toString();
        r.version = q->value(o + 4).toString();
        index.insert(r.patch.id, int(out.size()));
        out << r;
    }
    if (out.isEmpty())
        return out;
    // Their findings, in one query, joined in memory.
    auto f = m_db.run(QStringLiteral("SELECT pf.patch_id, f.id, f.state, f.due_date, f.track, "
                                     "v.identifier FROM patch_findings pf JOIN patches p ON p.id "
                                     "= pf.patch_id LEFT JOIN components c ON c.id = "
                                     "p.component_id JOIN findings f ON f.id = pf.finding_id "
                                     "JOIN vulnerabilities v ON v.id = f.vulnerability_id%1 "
                                     "ORDER BY pf.patch_id, v.identifier")
                          .arg(where),
                      binds);
    if (!f)
        return f.error();
    while (f->next()) {
        const auto it = index.constFind(f->value(0).toLongLong());
        if (it == index.cend())
            continue;
        PatchRow &r = out[*it];
        r.patch.findingIds << f->value(1).toLongLong();
        const AnalysisState state =
            fromKey<AnalysisState>(f->value(2).toString()).value_or(AnalysisState::NotSet);
        if (!isOpen(state))
            continue;
        const QString id = f->value(5).toString();
        if (!r.resolves.contains(id))
            r.resolves << id;
        const QDate due = dateFrom(f->value(3));
        if (due.isValid() && (!r.dueDate.isValid() || due < r.dueDate))
            r.dueDate = due;
        if (fromKey<Track>(f->value(4).toString()) == Track::Emergency)
            r.track = Track::Emergency;
    }
    for (PatchRow &r : out)
        r.overdue = r.dueDate.isValid() && r.dueDate < today;
    return out;
}

Result<std::optional<Patch>> FindingRepository::patch(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM patches p WHERE p.id = ?").arg(kPatchColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Patch>();
    Patch p = patchFrom(*q);
    auto f = m_db.run(QStringLiteral("SELECT finding_id FROM patch_findings WHERE patch_id = ? "
                                     "ORDER BY finding_id"),
                      {id});
    if (!f)
        return f.error();
    while (f->next())
        p.findingIds << f->value(0).toLongLong();
    return std::optional<Patch>(p);
}

Result<QHash<qint64, Patch>> FindingRepository::patches(const QList<qint64> &ids) const
{
    QHash<qint64, Patch> out;
    const QList<qint64> all = unique(ids);
    for (qsizetype at = 0; at < all.size(); at += 500) {
        const QList<qint64> part = all.mid(at, 500);
        auto q = m_db.run(QStringLiteral("SELECT %1 FROM patches p WHERE p.id IN (%2)")
                              .arg(kPatchColumns, placeholders(part.size())),
                          variants(part));
        if (!q)
            return q.error();
        while (q->next()) {
            Patch p = patchFrom(*q);
            out.insert(p.id, p);
        }
        auto f = m_db.run(QStringLiteral("SELECT patch_id, finding_id FROM patch_findings WHERE "
                                         "patch_id IN (%1) ORDER BY patch_id, finding_id")
                              .arg(placeholders(part.size())),
                          variants(part));
        if (!f)
            return f.error();
        while (f->next()) {
            if (auto it = out.find(f->value(0).toLongLong()); it != out.end())
                it->findingIds << f->value(1).toLongLong();
        }
    }
    return out;
}

Result<QList<PatchFinding>> FindingRepository::findingsOfPatches(const QList<qint64> &patchIds) const
{
    QList<PatchFinding> out;
    const QList<qint64> all = unique(patchIds);
    for (qsizetype at = 0; at < all.size(); at += 500) {
        const QList<qint64> part = all.mid(at, 500);
        auto q = m_db.run(QStringLiteral("SELECT pf.patch_id, f.id, f.component_id, v.identifier, "
                                         "f.state, f.due_date FROM patch_findings pf JOIN "
                                         "findings f ON f.id = pf.finding_id JOIN vulnerabilities "
                                         "v ON v.id = f.vulnerability_id WHERE pf.patch_id IN (%1) "
                                         "ORDER BY pf.patch_id, f.id")
                              .arg(placeholders(part.size())),
                          variants(part));
        if (!q)
            return q.error();
        while (q->next()) {
            PatchFinding pf;
            pf.patchId = q->value(0).toLongLong();
            pf.findingId = q->value(1).toLongLong();
            pf.componentId = q->value(2).toLongLong();
            pf.vulnerability = q->value(3).toString();
            pf.state = fromKey<AnalysisState>(q->value(4).toString()).value_or(AnalysisState::NotSet);
            pf.dueDate = dateFrom(q->value(5));
            out << pf;
        }
    }
    return out;
}

namespace {

Status writeLinks(Database &db, qint64 patchId, const QList<qint64> &findingIds)
{
    auto d = db.run(QStringLiteral("DELETE FROM patch_findings WHERE patch_id = ?"), {patchId});
    if (!d)
        return d.error();
    BulkInsert link(db, QStringLiteral("patch_findings"),
                    {QStringLiteral("patch_id"), QStringLiteral("finding_id")});
    for (qint64 f : unique(findingIds)) {
        if (Status s = link.add({patchId, f}); !s)
            return s;
    }
    return link.flush();
}

} // namespace

Result<Patch> FindingRepository::insertPatch(const Patch &p)
{
    if (const QStringList problems = validatePatch(p); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Patch stored;
    Status st = m_db.transaction([&]() -> Status {
        QVariantList binds = patchValues(p);
        binds << Database::nowUtc();
        QString columns = QStringLiteral(
            "kind, component_id, advisory_id, kb, title, vendor, product, fixed_version, "
            "release_date, needs_reboot, expected_minutes, can_rollback, notes, updated_at");
        QString marks = placeholders(binds.size());
        if (p.id > 0) { // restoring a deleted patch under its old id (undo)
            columns.prepend(QLatin1String("id, "));
            marks.prepend(QLatin1String("?, "));
            binds.prepend(p.id);
        }
        auto q = m_db.run(QStringLiteral("INSERT INTO patches (%1) VALUES (%2) RETURNING id")
                              .arg(columns, marks),
                          binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The patch \"%1\" was not stored.").arg(p.title));
        const qint64 id = q->value(0).toLongLong();
        q->finish();
        if (Status s = writeLinks(m_db, id, p.findingIds); !s)
            return s;
        auto reread = patch(id);
        if (!reread)
            return reread.error();
        if (!reread->has_value())
            return fail(tr("The patch \"%1\" was not stored.").arg(p.title));
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("create"), kPatchEntity, id, {},
                                     patchJson(stored));
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Patch> FindingRepository::updatePatch(const Patch &p)
{
    if (const QStringList problems = validatePatch(p); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Patch stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = patch(p.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The patch \"%1\" was deleted by someone else.").arg(p.title));
        const Patch before = **current;
        if (before.rowVersion != p.rowVersion) {
            return conflict(tr("The patch \"%1\" was changed by someone else since you opened it.")
                                .arg(before.title));
        }
        QVariantList binds = patchValues(p);
        binds << Database::nowUtc() << p.id << p.rowVersion;
        auto q = m_db.run(QStringLiteral(
                              "UPDATE patches SET kind = ?, component_id = ?, advisory_id = ?, "
                              "kb = ?, title = ?, vendor = ?, product = ?, fixed_version = ?, "
                              "release_date = ?, needs_reboot = ?, expected_minutes = ?, "
                              "can_rollback = ?, notes = ?, updated_at = ?, "
                              "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                          binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The patch \"%1\" was changed by someone else.").arg(p.title));
        if (Status s = writeLinks(m_db, p.id, p.findingIds); !s)
            return s;
        auto reread = patch(p.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("update"), kPatchEntity, p.id,
                                     patchJson(before), patchJson(stored));
    });
    if (!st)
        return st.error();
    return stored;
}

Status FindingRepository::removePatch(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto current = patch(id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The patch was already deleted by someone else."));
        const Patch before = **current;
        if (before.rowVersion != expectedVersion) {
            return conflict(tr("The patch \"%1\" was changed by someone else since you opened it.")
                                .arg(before.title));
        }
        auto q = m_db.run(QStringLiteral("DELETE FROM patches WHERE id = ? AND row_version = ?"),
                          {id, expectedVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The patch \"%1\" was changed by someone else.").arg(before.title));
        return AuditLog(m_db).append(QStringLiteral("delete"), kPatchEntity, id,
                                     patchJson(before), {});
    });
}

} // namespace pp
