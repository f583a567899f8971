// LifecycleRepository: imported products and release cycles, the effective lifecycle of every
// component, and the dates typed by hand. Decisions, remembered choices and ties are in
// lifecyclerepository_decisions.cpp.
#include "models/storage/lifecyclerepository.h"

#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/lifecyclerepository_p.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pp {

using namespace pp::Internal;

namespace {

const QString kReleaseColumns = QStringLiteral(
    "id, eol_product, cycle, label, release_date, active_support_state, active_support_end, "
    "security_support_state, security_support_end, extended_support_state, extended_support_end, "
    "lts, latest, source, imported_at");

ReleaseLifecycle releaseFrom(const QSqlQuery &q)
{
    ReleaseLifecycle r;
    r.eolProduct = q.value(1).toString();
    r.cycle = q.value(2).toString();
    r.label = q.value(3).toString();
    r.releaseDate = dateFrom(q.value(4));
    r.activeSupport = supportFrom(q.value(5), q.value(6));
    r.securitySupport = supportFrom(q.value(7), q.value(8));
    r.extendedSupport = supportFrom(q.value(9), q.value(10));
    r.lts = q.value(11).toInt() != 0;
    r.latest = q.value(12).toString();
    r.sourceFile = q.value(13).toString();
    r.importedAt = timeFrom(q.value(14));
    return r;
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

EolProduct productFrom(const QSqlQuery &q)
{
    EolProduct p;
    p.id = q.value(0).toString();
    p.label = q.value(1).toString();
    p.category = q.value(2).toString();
    for (const QJsonValue &a : jsonArray(q.value(3)))
        p.aliases << a.toString();
    for (const QJsonValue &i : jsonArray(q.value(4))) {
        const QJsonObject o = i.toObject();
        p.identifiers << EolIdentifier{o.value(QLatin1String("type")).toString(),
                                       o.value(QLatin1String("id")).toString()};
    }
    p.sourceFile = q.value(5).toString();
    p.importedAt = timeFrom(q.value(6));
    return p;
}

QVariantList supportValues(const SupportEnd &e)
{
    return {toKey(e.state), storedDate(e.state == SupportState::Date ? e.date : QDate())};
}

// --- rows(): one query over every component ------------------------------------------------

/// True in SQL when the stored automatic tie was made for the component as it is now.
const QString kBasisOk = QStringLiteral(
    "(cl.match_kind <> '' AND cl.match_vendor_basis = c.vendor AND cl.match_product_basis = "
    "c.product AND cl.match_version_basis = c.version AND cl.match_cpe_basis = c.cpe AND "
    "cl.match_eol_basis = c.eol_product)");

QString rowsQuery(const QString &where)
{
    const QString explicitTie = QStringLiteral("(c.eol_product <> '' AND c.eol_cycle <> '')");
    return QStringLiteral(
               "SELECT c.id, c.system_id, c.kind, c.vendor, c.product, c.version, c.instances, "
               "c.cpe, c.purl, c.eol_product, c.eol_cycle, c.notes, c.row_version, c.updated_at, "
               "s.code, s.name, s.owner_team, s.lifecycle_state, "
               "cl.release_override, cl.release_date, cl.release_set_by, cl.release_set_at, "
               "cl.active_override, cl.active_support_end, cl.active_set_by, cl.active_set_at, "
               "cl.security_override, cl.security_support_end, cl.security_set_by, "
               "cl.security_set_at, cl.extended_override, cl.extended_support_end, "
               "cl.extended_set_by, cl.extended_set_at, cl.extended_contract, cl.row_version, "
               "cl.match_product, cl.match_cycle, cl.match_kind, CASE WHEN %1 THEN 1 ELSE 0 END, "
               "r.id, r.release_date, r.active_support_state, r.active_support_end, "
               "r.security_support_state, r.security_support_end, r.extended_support_state, "
               "r.extended_support_end, r.source, r.imported_at, "
               "d.decision, d.target_version, d.target_date, d.note, d.row_version, "
               "d.decided_by, d.updated_at "
               "FROM components c "
               "JOIN systems s ON s.id = c.system_id "
               "LEFT JOIN component_lifecycle cl ON cl.component_id = c.id "
               "LEFT JOIN lifecycle_releases r "
               "ON r.eol_product = CASE WHEN %2 THEN c.eol_product WHEN %1 THEN cl.match_product "
               "END AND r.cycle = CASE WHEN %2 THEN c.eol_cycle WHEN %1 THEN cl.match_cycle END "
               "LEFT JOIN upgrade_decisions d ON d.component_id = c.id%3 "
               "ORDER BY s.code, c.kind, c.product, c.version, c.id")
        .arg(kBasisOk, explicitTie, where);
}

Sourced<SupportEnd> effective(const QSqlQuery &q, int overrideCol, int manualDateCol, int byCol,
                              int atCol, bool hasRelease, int stateCol, int releaseDateCol)
{
    if (!q.value(overrideCol).isNull()) {
        return {supportFrom(q.value(overrideCol), q.value(manualDateCol)),
                manualSource(q.value(byCol), q.value(atCol))};
    }
    if (hasRelease) {
        return {supportFrom(q.value(stateCol), q.value(releaseDateCol)),
                importedSource(q.value(48), q.value(49))};
    }
    return {};
}

/// One row of rowsQuery(); @p current says whether its tie is stored and still applies
/// (explicit, or automatic and made for the component as it is).
LifecycleRow lifecycleRowFrom(const QSqlQuery &q, bool *current)
{
    LifecycleRow row;
    Component &c = row.component;
    c.id = q.value(0).toLongLong();
    c.systemId = q.value(1).toLongLong();
    c.kind = fromKey<ComponentKind>(q.value(2).toString()).value_or(ComponentKind::Application);
    c.vendor = q.value(3).toString();
    c.product = q.value(4).toString();
    c.version = q.value(5).toString();
    c.instances = q.value(6).toInt();
    c.cpe = q.value(7).toString();
    c.purl = q.value(8).toString();
    c.eolProduct = q.value(9).toString();
    c.eolCycle = q.value(10).toString();
    c.notes = q.value(11).toString();
    c.rowVersion = q.value(12).toInt();
    c.updatedAt = timeFrom(q.value(13));
    row.systemCode = q.value(14).toString();
    row.systemName = q.value(15).toString();
    row.ownerTeam = q.value(16).toString();
    row.systemState =
        fromKey<LifecycleState>(q.value(17).toString()).value_or(LifecycleState::Active);

    ComponentLifecycle &l = row.lifecycle;
    l.componentId = c.id;
    const bool hasRelease = !q.value(40).isNull();
    if (q.value(18).toInt() != 0) {
        l.releaseDate = {dateFrom(q.value(19)), manualSource(q.value(20), q.value(21))};
    } else if (hasRelease) {
        l.releaseDate = {dateFrom(q.value(41)), importedSource(q.value(48), q.value(49))};
    }
    l.activeSupport = effective(q, 22, 23, 24, 25, hasRelease, 42, 43);
    l.securitySupport = effective(q, 26, 27, 28, 29, hasRelease, 44, 45);
    l.extendedSupport = effective(q, 30, 31, 32, 33, hasRelease, 46, 47);
    l.extendedContract = q.value(34).toInt() != 0;
    l.manualRowVersion = q.value(35).toInt();
    *current = (!c.eolProduct.isEmpty() && !c.eolCycle.isEmpty()) || q.value(39).toInt() != 0;
    if (!c.eolProduct.isEmpty() && !c.eolCycle.isEmpty()) {
        l.tie = {c.eolProduct, c.eolCycle, TieKind::Explicit};
    } else if (q.value(39).toInt() != 0) {
        l.tie = {q.value(36).toString(), q.value(37).toString(),
                 tieKindFromKey(q.value(38).toString()).value_or(TieKind::None)};
    } else if (!c.eolProduct.isEmpty()) {
        l.tie = {c.eolProduct, {}, TieKind::Explicit}; // cycle not found yet (refreshTies())
    }

    UpgradeDecision &d = row.decision;
    d.componentId = c.id;
    if (!q.value(50).isNull()) {
        d.decision = upgradeDecisionFromKey(q.value(50).toString()).value_or(UpgradeDecisionKind::None);
        d.targetVersion = q.value(51).toString();
        d.targetDate = dateFrom(q.value(52));
        d.note = q.value(53).toString();
        d.rowVersion = q.value(54).toInt();
        d.decidedBy = q.value(55).toString();
        d.updatedAt = timeFrom(q.value(56));
    }
    return row;
}

/// The matcher's view of the imported products and their cycles (newest release first).
QList<EolCatalogEntry> catalogFrom(const QList<EolProduct> &products,
                                   const QList<ReleaseLifecycle> &releases)
{
    QList<EolCatalogEntry> out;
    QHash<QString, int> index;
    for (const EolProduct &p : products) {
        index.insert(p.id, int(out.size()));
        out << EolCatalogEntry{p.id, p.label, p.aliases, p.identifiersOf(QStringLiteral("cpe")), {}};
    }
    for (const ReleaseLifecycle &r : releases) {
        if (!index.contains(r.eolProduct)) { // releases without a product row (before version 3)
            index.insert(r.eolProduct, int(out.size()));
            out << EolCatalogEntry{r.eolProduct, {}, {}, {}, {}};
        }
        out[index.value(r.eolProduct)].cycles << EolCycleName{r.cycle, r.label};
    }
    return out;
}

QString releaseKey(const QString &product, const QString &cycle)
{
    return product + QChar(0x1f) + cycle;
}

} // namespace

// --- Imported data ----------------------------------------------------------------------

Result<QList<EolProduct>> LifecycleRepository::products() const
{
    auto q = m_db.run(QStringLiteral("SELECT id, label, category, aliases_json, identifiers_json, "
                                     "source, imported_at FROM eol_products ORDER BY id"));
    if (!q)
        return q.error();
    QList<EolProduct> out;
    while (q->next())
        out << productFrom(*q);
    return out;
}

Result<std::optional<EolProduct>> LifecycleRepository::product(const QString &id) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, label, category, aliases_json, identifiers_json, "
                                     "source, imported_at FROM eol_products WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<EolProduct>();
    return std::optional<EolProduct>(productFrom(*q));
}

Result<QList<ReleaseLifecycle>> LifecycleRepository::releases(const QString &eolProduct) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lifecycle_releases WHERE eol_product = ? "
                                     "ORDER BY (release_date IS NULL), release_date DESC, cycle")
                          .arg(kReleaseColumns),
                      {eolProduct});
    if (!q)
        return q.error();
    QList<ReleaseLifecycle> out;
    while (q->next())
        out << releaseFrom(*q);
    return out;
}

Result<QList<ReleaseLifecycle>> LifecycleRepository::allReleases() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lifecycle_releases ORDER BY eol_product, "
                                     "(release_date IS NULL), release_date DESC, cycle")
                          .arg(kReleaseColumns));
    if (!q)
        return q.error();
    QList<ReleaseLifecycle> out;
    while (q->next())
        out << releaseFrom(*q);
    return out;
}

Result<UpsertCounts> LifecycleRepository::upsertProduct(const EolProduct &p)
{
    UpsertCounts counts;
    Status st = m_db.transaction([&]() -> Status {
        auto existing = product(p.id);
        if (!existing)
            return existing.error();
        EolProduct merged = existing->value_or(EolProduct{});
        merged.id = p.id;
        // A v0 file knows only the id: what a v1 file brought stays.
        if (!p.label.isEmpty())
            merged.label = p.label;
        if (!p.category.isEmpty())
            merged.category = p.category;
        if (!p.aliases.isEmpty())
            merged.aliases = p.aliases;
        if (!p.identifiers.isEmpty())
            merged.identifiers = p.identifiers;
        if (existing->has_value() && (*existing)->sameContent(merged)) {
            ++counts.unchanged;
            return {};
        }
        QJsonArray ids;
        for (const EolIdentifier &i : merged.identifiers)
            ids.append(QJsonObject{{QStringLiteral("type"), i.type}, {QStringLiteral("id"), i.id}});
        const QVariantList values{merged.label, merged.category,
                                  jsonText(QJsonArray::fromStringList(merged.aliases)),
                                  jsonText(ids), p.sourceFile,
                                  storedTime(p.importedAt.isValid() ? p.importedAt
                                                                    : QDateTime::currentDateTimeUtc())};
        AuditLog audit(m_db);
        if (!existing->has_value()) {
            auto q = m_db.run(QStringLiteral("INSERT INTO eol_products (label, category, "
                                             "aliases_json, identifiers_json, source, imported_at, "
                                             "id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              values + QVariantList{p.id});
            if (!q)
                return q.error();
            ++counts.created;
            return audit.append(QStringLiteral("create"), QStringLiteral("eol_product"), 0, {},
                                merged.toJson());
        }
        auto q = m_db.run(QStringLiteral("UPDATE eol_products SET label = ?, category = ?, "
                                         "aliases_json = ?, identifiers_json = ?, source = ?, "
                                         "imported_at = ? WHERE id = ?"),
                          values + QVariantList{p.id});
        if (!q)
            return q.error();
        ++counts.updated;
        return audit.append(QStringLiteral("update"), QStringLiteral("eol_product"), 0,
                            (*existing)->toJson(), merged.toJson());
    });
    if (!st)
        return st.error();
    return counts;
}

Result<UpsertCounts> LifecycleRepository::upsertReleases(const QList<ReleaseLifecycle> &releases)
{
    UpsertCounts counts;
    Status st = m_db.transaction([&]() -> Status {
        // The stored cycles of every product in the list, read once per product.
        QHash<QString, QHash<QString, std::pair<qint64, ReleaseLifecycle>>> stored;
        for (const ReleaseLifecycle &r : releases) {
            if (stored.contains(r.eolProduct))
                continue;
            auto q = m_db.run(QStringLiteral("SELECT %1 FROM lifecycle_releases WHERE "
                                             "eol_product = ?").arg(kReleaseColumns),
                              {r.eolProduct});
            if (!q)
                return q.error();
            auto &cycles = stored[r.eolProduct];
            while (q->next())
                cycles.insert(q->value(2).toString(), {q->value(0).toLongLong(), releaseFrom(*q)});
        }
        AuditLog audit(m_db);
        const QString now = Database::nowUtc();
        for (ReleaseLifecycle r : releases) {
            auto &cycles = stored[r.eolProduct];
            const auto it = cycles.constFind(r.cycle);
            if (it != cycles.cend()) {
                // A v0 file often lacks the label a v1 file brought: empty never erases.
                if (r.label.isEmpty())
                    r.label = it->second.label;
                if (r.latest.isEmpty())
                    r.latest = it->second.latest;
            }
            if (it != cycles.cend() && it->second.sameContent(r)) {
                ++counts.unchanged;
                continue;
            }
            QVariantList values{r.label, storedDate(r.releaseDate)};
            values << supportValues(r.activeSupport) << supportValues(r.securitySupport)
                   << supportValues(r.extendedSupport);
            values << (r.lts ? 1 : 0) << r.latest << r.sourceFile
                   << (r.importedAt.isValid() ? storedTime(r.importedAt) : QVariant(now));
            if (it == cycles.cend()) {
                auto q = m_db.run(
                    QStringLiteral("INSERT INTO lifecycle_releases (label, release_date, "
                                   "active_support_state, active_support_end, "
                                   "security_support_state, security_support_end, "
                                   "extended_support_state, extended_support_end, lts, latest, "
                                   "source, imported_at, eol_product, cycle) VALUES (?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    values + QVariantList{r.eolProduct, r.cycle});
                if (!q)
                    return q.error();
                if (!q->next())
                    return fail(tr("The release cycle %1 %2 was not stored.").arg(r.eolProduct, r.cycle));
                const qint64 id = q->value(0).toLongLong();
                cycles.insert(r.cycle, {id, r});
                ++counts.created;
                if (Status s = audit.append(QStringLiteral("create"),
                                            QStringLiteral("lifecycle_release"), id, {}, r.toJson());
                    !s)
                    return s;
                continue;
            }
            const qint64 id = it->first;
            const ReleaseLifecycle before = it->second;
            auto q = m_db.run(QStringLiteral("UPDATE lifecycle_releases SET label = ?, "
                                             "release_date = ?, active_support_state = ?, "
                                             "active_support_end = ?, security_support_state = ?, "
                                             "security_support_end = ?, extended_support_state = ?, "
                                             "extended_support_end = ?, lts = ?, latest = ?, "
                                             "source = ?, imported_at = ? WHERE id = ?"),
                              values + QVariantList{id});
            if (!q)
                return q.error();
            cycles.insert(r.cycle, {id, r});
            ++counts.updated;
            if (Status s = audit.append(QStringLiteral("update"), QStringLiteral("lifecycle_release"),
                                        id, before.toJson(), r.toJson());
                !s)
                return s;
        }
        return {};
    });
    if (!st)
        return st.error();
    return counts;
}

Result<QList<EolCatalogEntry>> LifecycleRepository::catalog() const
{
    auto products = this->products();
    if (!products)
        return products.error();
    auto releases = allReleases();
    if (!releases)
        return releases.error();
    return catalogFrom(*products, *releases);
}

// --- Effective lifecycle ----------------------------------------------------------------

namespace {

/// Works out, in memory, the ties that are not stored or no longer apply (a component added or
/// changed since the last refreshTies()), and gives those rows their imported dates: three small
/// queries for the whole list, whatever its length.
Status completeTies(const LifecycleRepository &repo, QList<LifecycleRow> &rows,
                    const QList<int> &pending)
{
    if (pending.isEmpty())
        return {};
    auto products = repo.products();
    if (!products)
        return products.error();
    auto releases = repo.allReleases();
    if (!releases)
        return releases.error();
    auto mappings = repo.mappings();
    if (!mappings)
        return mappings.error();
    const CycleMatcher matcher(catalogFrom(*products, *releases), *mappings);
    QHash<QString, const ReleaseLifecycle *> byKey;
    for (const ReleaseLifecycle &r : std::as_const(*releases))
        byKey.insert(releaseKey(r.eolProduct, r.cycle), &r);
    // Estates repeat the same product and version many times: match each once.
    QHash<QString, LifecycleTie> seen;
    for (int i : pending) {
        LifecycleRow &row = rows[i];
        const Component &c = row.component;
        const QString key = QStringList{c.vendor, c.product, c.version, c.cpe, c.eolProduct,
                                        c.eolCycle}.join(QChar(0x1f));
        auto it = seen.constFind(key);
        if (it == seen.cend()) {
            LifecycleTie t = matcher.match(c).tie;
            it = seen.insert(key, t.eolProduct.isEmpty() ? LifecycleTie{} : t);
        }
        const LifecycleTie tie = *it;
        ComponentLifecycle &l = row.lifecycle;
        l.tie = tie;
        const ReleaseLifecycle *r = tie.isComplete() ? byKey.value(releaseKey(tie.eolProduct, tie.cycle))
                                                     : nullptr;
        if (!r)
            continue;
        LifecycleSource imported;
        imported.kind = LifecycleSource::Kind::Imported;
        imported.file = r->sourceFile;
        imported.at = r->importedAt;
        const auto manual = LifecycleSource::Kind::Manual;
        if (l.releaseDate.source.kind != manual)
            l.releaseDate = {r->releaseDate, imported};
        if (l.activeSupport.source.kind != manual)
            l.activeSupport = {r->activeSupport, imported};
        if (l.securitySupport.source.kind != manual)
            l.securitySupport = {r->securitySupport, imported};
        if (l.extendedSupport.source.kind != manual)
            l.extendedSupport = {r->extendedSupport, imported};
    }
    return {};
}

} // namespace

Result<QList<LifecycleRow>> LifecycleRepository::rows() const
{
    return rowsWhere({});
}

Result<QList<LifecycleRow>> LifecycleRepository::frozenRows() const
{
    // The frozen components' ids first (an index lookup each), rather than an OR across two
    // joined tables, which reads every component of the estate to keep a few thousand.
    return rowsWhere(QStringLiteral(" WHERE c.id IN (SELECT fc.id FROM components fc "
                                    "JOIN systems fs ON fs.id = fc.system_id "
                                    "WHERE fs.lifecycle_state = '%1' "
                                    "UNION SELECT component_id FROM upgrade_decisions "
                                    "WHERE decision = '%2')")
                         .arg(toKey(LifecycleState::Frozen), toKey(UpgradeDecisionKind::Frozen)));
}

Result<QList<LifecycleRow>> LifecycleRepository::rowsWhere(const QString &where) const
{
    auto q = m_db.run(rowsQuery(where));
    if (!q)
        return q.error();
    QList<LifecycleRow> out;
    QList<int> pending;
    while (q->next()) {
        bool current = false;
        out << lifecycleRowFrom(*q, &current);
        if (!current)
            pending << int(out.size()) - 1;
    }
    q->finish();
    if (Status s = completeTies(*this, out, pending); !s)
        return s.error();
    return out;
}

Result<std::optional<LifecycleRow>> LifecycleRepository::row(qint64 componentId) const
{
    auto q = m_db.run(rowsQuery(QStringLiteral(" WHERE c.id = ?")), {componentId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LifecycleRow>();
    bool current = false;
    QList<LifecycleRow> one{lifecycleRowFrom(*q, &current)};
    q->finish();
    if (!current) {
        if (Status s = completeTies(*this, one, {0}); !s)
            return s.error();
    }
    return std::optional<LifecycleRow>(one.constFirst());
}

} // namespace pp
