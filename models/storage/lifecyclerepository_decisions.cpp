// LifecycleRepository: upgrade decisions, the remembered product choices and the automatic ties.
#include "models/storage/lifecyclerepository.h"

#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/lifecyclerepository_p.h"
#include "models/storage/systemrepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace pp {

using namespace pp::Internal;

namespace {

constexpr int kMaxTargetVersion = 200;
constexpr int kMaxNote = 10000;
constexpr int kMaxName = 500;

const QString kDecisionColumns = QStringLiteral(
    "component_id, decision, target_version, target_date, note, row_version, decided_by, "
    "updated_at");

UpgradeDecision decisionFrom(const QSqlQuery &q)
{
    UpgradeDecision d;
    d.componentId = q.value(0).toLongLong();
    d.decision = upgradeDecisionFromKey(q.value(1).toString()).value_or(UpgradeDecisionKind::None);
    d.targetVersion = q.value(2).toString();
    d.targetDate = dateFrom(q.value(3));
    d.note = q.value(4).toString();
    d.rowVersion = q.value(5).toInt();
    d.decidedBy = q.value(6).toString();
    d.updatedAt = timeFrom(q.value(7));
    return d;
}

bool sameDecision(const UpgradeDecision &a, const UpgradeDecision &b)
{
    return a.decision == b.decision && a.targetVersion == b.targetVersion
        && a.targetDate == b.targetDate && a.note == b.note;
}

const QString kMappingColumns = QStringLiteral(
    "id, vendor, product, eol_product, confirmed_by, confirmed_at, row_version");

EolMapping mappingFrom(const QSqlQuery &q)
{
    EolMapping m;
    m.id = q.value(0).toLongLong();
    m.vendor = q.value(1).toString();
    m.product = q.value(2).toString();
    m.eolProduct = q.value(3).toString();
    m.confirmedBy = q.value(4).toString();
    m.confirmedAt = timeFrom(q.value(5));
    m.rowVersion = q.value(6).toInt();
    return m;
}

QString vendorKey(const QString &vendor)
{
    return vendor.simplified().toLower();
}

QJsonObject tieJson(const LifecycleTie &t)
{
    return QJsonObject{{QStringLiteral("eol_product"), t.eolProduct},
                       {QStringLiteral("eol_cycle"), t.cycle},
                       {QStringLiteral("tie"), toKey(t.kind)}};
}

} // namespace

// --- Upgrade decisions ------------------------------------------------------------------

Result<UpgradeDecision> LifecycleRepository::decision(qint64 componentId) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM upgrade_decisions WHERE component_id = ?")
                          .arg(kDecisionColumns),
                      {componentId});
    if (!q)
        return q.error();
    if (!q->next()) {
        UpgradeDecision none;
        none.componentId = componentId;
        return none;
    }
    return decisionFrom(*q);
}

Result<DecisionSaved> LifecycleRepository::setDecision(const UpgradeDecision &d)
{
    DecisionSaved saved;
    if (d.decision == UpgradeDecisionKind::None) {
        if (Status s = clearDecision(d.componentId, d.rowVersion); !s)
            return s.error();
        saved.decision.componentId = d.componentId;
        return saved;
    }
    if (d.targetVersion.size() > kMaxTargetVersion)
        return rejected(tr("The target version is longer than %1 characters.").arg(kMaxTargetVersion));
    if (d.note.size() > kMaxNote)
        return rejected(tr("The note is longer than %1 characters.").arg(kMaxNote));
    Status st = m_db.transaction([&]() -> Status {
        auto comp = m_db.run(QStringLiteral("SELECT system_id FROM components WHERE id = ?"),
                             {d.componentId});
        if (!comp)
            return comp.error();
        if (!comp->next())
            return conflict(tr("The component was deleted by someone else."));
        saved.systemId = comp->value(0).toLongLong();
        auto current = decision(d.componentId);
        if (!current)
            return current.error();
        if (current->rowVersion != d.rowVersion) {
            return conflict(tr("The upgrade decision of this component was changed by someone "
                               "else since you opened it."));
        }
        if (current->rowVersion > 0 && sameDecision(*current, d)) {
            saved.decision = *current;
            return {};
        }
        const QVariantList values{toKey(d.decision), d.targetVersion.trimmed(),
                                  storedDate(d.targetDate), d.note, m_db.actor(),
                                  Database::nowUtc()};
        if (current->rowVersion == 0) {
            auto q = m_db.run(QStringLiteral("INSERT INTO upgrade_decisions (decision, "
                                             "target_version, target_date, note, decided_by, "
                                             "updated_at, row_version, component_id) VALUES "
                                             "(?, ?, ?, ?, ?, ?, 1, ?)"),
                              values + QVariantList{d.componentId});
            if (!q)
                return q.error();
        } else {
            auto q = m_db.run(QStringLiteral("UPDATE upgrade_decisions SET decision = ?, "
                                             "target_version = ?, target_date = ?, note = ?, "
                                             "decided_by = ?, updated_at = ?, row_version = "
                                             "row_version + 1 WHERE component_id = ? AND "
                                             "row_version = ?"),
                              values + QVariantList{d.componentId, d.rowVersion});
            if (!q)
                return q.error();
            if (q->numRowsAffected() != 1)
                return conflict(tr("The upgrade decision of this component was changed by "
                                   "someone else."));
        }
        auto reread = decision(d.componentId);
        if (!reread)
            return reread.error();
        saved.decision = *reread;
        if (Status s = AuditLog(m_db).append(
                current->rowVersion == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                QStringLiteral("upgrade_decision"), d.componentId,
                current->rowVersion == 0 ? QJsonObject() : current->toJson(),
                saved.decision.toJson());
            !s)
            return s;
        if (d.decision != UpgradeDecisionKind::Frozen)
            return {};
        // A frozen component freezes its system: the system's own record, audited as its update.
        SystemRepository systems(m_db);
        auto system = systems.findById(saved.systemId);
        if (!system)
            return system.error();
        if (!system->has_value() || (*system)->lifecycleState != LifecycleState::Active)
            return {};
        System frozen = **system;
        frozen.lifecycleState = LifecycleState::Frozen;
        auto updated = systems.update(frozen);
        if (!updated)
            return updated.error();
        saved.frozeSystem = true;
        return {};
    });
    if (!st)
        return st.error();
    return saved;
}

Status LifecycleRepository::clearDecision(qint64 componentId, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Status {
        auto current = decision(componentId);
        if (!current)
            return current.error();
        if (current->rowVersion == 0 && expectedRowVersion == 0)
            return {};
        if (current->rowVersion != expectedRowVersion) {
            return conflict(tr("The upgrade decision of this component was changed by someone "
                               "else since you opened it."));
        }
        auto q = m_db.run(QStringLiteral("DELETE FROM upgrade_decisions WHERE component_id = ? "
                                         "AND row_version = ?"),
                          {componentId, expectedRowVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The upgrade decision of this component was changed by someone "
                               "else."));
        return AuditLog(m_db).append(QStringLiteral("delete"), QStringLiteral("upgrade_decision"),
                                     componentId, current->toJson(), {});
    });
}

// --- Remembered product choices ---------------------------------------------------------

Result<QList<EolMapping>> LifecycleRepository::mappings() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM eol_mappings ORDER BY vendor_key, "
                                     "product_key").arg(kMappingColumns));
    if (!q)
        return q.error();
    QList<EolMapping> out;
    while (q->next())
        out << mappingFrom(*q);
    return out;
}

Result<EolMapping> LifecycleRepository::setMapping(const EolMapping &m)
{
    static const QRegularExpression productId(QStringLiteral("^[a-z0-9][a-z0-9._+-]{0,99}$"));
    const QString vendor = m.vendor.simplified();
    const QString product = m.product.simplified();
    if (product.isEmpty())
        return rejected(tr("Say which product the choice is for."));
    if (vendor.size() > kMaxName || product.size() > kMaxName)
        return rejected(tr("The vendor or product name is longer than %1 characters.").arg(kMaxName));
    if (!m.eolProduct.isEmpty() && !productId.match(m.eolProduct).hasMatch())
        return rejected(tr("\"%1\" is not an endoflife.date product id (like rhel or "
                           "windows-server).").arg(m.eolProduct));
    EolMapping stored;
    Status st = m_db.transaction([&]() -> Status {
        auto same = m_db.run(QStringLiteral("SELECT %1 FROM eol_mappings WHERE vendor_key = ? "
                                            "AND product_key = ?").arg(kMappingColumns),
                             {vendorKey(vendor), vendorKey(product)});
        if (!same)
            return same.error();
        const std::optional<EolMapping> clash =
            same->next() ? std::optional<EolMapping>(mappingFrom(*same)) : std::nullopt;
        const QString now = Database::nowUtc();
        AuditLog audit(m_db);
        qint64 id = m.id;
        EolMapping before;
        if (m.id == 0) {
            if (clash) {
                return conflict(tr("%1 %2 was confirmed as %3 by %4 meanwhile.")
                                    .arg(vendor, product,
                                         clash->eolProduct.isEmpty() ? tr("not tracked")
                                                                     : clash->eolProduct,
                                         clash->confirmedBy));
            }
            auto q = m_db.run(QStringLiteral("INSERT INTO eol_mappings (vendor, product, "
                                             "vendor_key, product_key, eol_product, confirmed_by, "
                                             "confirmed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                             "?, ?) RETURNING id"),
                              {vendor, product, vendorKey(vendor), vendorKey(product),
                               m.eolProduct, m_db.actor(), now, now});
            if (!q)
                return q.error();
            if (!q->next())
                return fail(tr("The choice was not stored."));
            id = q->value(0).toLongLong();
        } else {
            auto cur = m_db.run(QStringLiteral("SELECT %1 FROM eol_mappings WHERE id = ?")
                                    .arg(kMappingColumns),
                                {m.id});
            if (!cur)
                return cur.error();
            if (!cur->next())
                return conflict(tr("The choice for %1 %2 was removed by someone else.").arg(vendor, product));
            before = mappingFrom(*cur);
            if (before.rowVersion != m.rowVersion) {
                return conflict(tr("The choice for %1 %2 was changed by someone else since you "
                                   "opened it.").arg(vendor, product));
            }
            if (clash && clash->id != m.id)
                return rejected(tr("%1 %2 already has a choice of its own.").arg(vendor, product));
            auto q = m_db.run(QStringLiteral("UPDATE eol_mappings SET vendor = ?, product = ?, "
                                             "vendor_key = ?, product_key = ?, eol_product = ?, "
                                             "confirmed_by = ?, confirmed_at = ?, updated_at = ?, "
                                             "row_version = row_version + 1 WHERE id = ? AND "
                                             "row_version = ?"),
                              {vendor, product, vendorKey(vendor), vendorKey(product),
                               m.eolProduct, m_db.actor(), now, now, m.id, m.rowVersion});
            if (!q)
                return q.error();
            if (q->numRowsAffected() != 1)
                return conflict(tr("The choice for %1 %2 was changed by someone else.").arg(vendor, product));
        }
        auto reread = m_db.run(QStringLiteral("SELECT %1 FROM eol_mappings WHERE id = ?")
                                   .arg(kMappingColumns),
                               {id});
        if (!reread)
            return reread.error();
        if (!reread->next())
            return fail(tr("The choice was not stored."));
        stored = mappingFrom(*reread);
        if (Status s = audit.append(m.id == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                                    QStringLiteral("eol_mapping"), id,
                                    m.id == 0 ? QJsonObject() : before.toJson(), stored.toJson());
            !s)
            return s;
        auto refreshed = refreshTies();
        return refreshed ? Status() : Status(refreshed.error());
    });
    if (!st)
        return st.error();
    return stored;
}

Status LifecycleRepository::removeMapping(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Status {
        auto cur = m_db.run(QStringLiteral("SELECT %1 FROM eol_mappings WHERE id = ?")
                                .arg(kMappingColumns),
                            {id});
        if (!cur)
            return cur.error();
        if (!cur->next())
            return conflict(tr("The choice was already removed by someone else."));
        const EolMapping before = mappingFrom(*cur);
        if (before.rowVersion != expectedRowVersion)
            return conflict(tr("The choice for %1 %2 was changed by someone else since you opened "
                               "it.").arg(before.vendor, before.product));
        auto q = m_db.run(QStringLiteral("DELETE FROM eol_mappings WHERE id = ? AND row_version = ?"),
                          {id, expectedRowVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The choice for %1 %2 was changed by someone else.")
                                .arg(before.vendor, before.product));
        if (Status s = AuditLog(m_db).append(QStringLiteral("delete"), QStringLiteral("eol_mapping"),
                                             id, before.toJson(), {});
            !s)
            return s;
        auto refreshed = refreshTies();
        return refreshed ? Status() : Status(refreshed.error());
    });
}

// --- Ties -------------------------------------------------------------------------------

Result<CycleMatcher> LifecycleRepository::matcher() const
{
    auto catalog = this->catalog();
    if (!catalog)
        return catalog.error();
    auto mappings = this->mappings();
    if (!mappings)
        return mappings.error();
    return CycleMatcher(*catalog, *mappings);
}

Result<TieRefresh> LifecycleRepository::refreshTies()
{
    TieRefresh result;
    Status st = m_db.transaction([&]() -> Status {
        auto matcher = this->matcher();
        if (!matcher)
            return matcher.error();
        auto q = m_db.run(QStringLiteral(
            "SELECT c.id, c.vendor, c.product, c.version, c.cpe, c.eol_product, c.eol_cycle, "
            "cl.component_id, cl.match_product, cl.match_cycle, cl.match_kind, "
            "CASE WHEN cl.match_kind <> '' AND cl.match_vendor_basis = c.vendor AND "
            "cl.match_product_basis = c.product AND cl.match_version_basis = c.version AND "
            "cl.match_cpe_basis = c.cpe AND cl.match_eol_basis = c.eol_product THEN 1 ELSE 0 END "
            "FROM components c LEFT JOIN component_lifecycle cl ON cl.component_id = c.id "
            "ORDER BY c.id"));
        if (!q)
            return q.error();
        AuditLog audit(m_db);
        const QString now = Database::nowUtc();
        // Read everything first: writing while a forward-only query is open is not portable.
        struct Pending
        {
            Component c;
            bool hasRow = false;
            bool basisOk = false;  ///< the stored tie was made for the component as it is
            LifecycleTie stored;   ///< the stored automatic tie, current or not
        };
        QList<Pending> all;
        while (q->next()) {
            Pending p;
            p.c.id = q->value(0).toLongLong();
            p.c.vendor = q->value(1).toString();
            p.c.product = q->value(2).toString();
            p.c.version = q->value(3).toString();
            p.c.cpe = q->value(4).toString();
            p.c.eolProduct = q->value(5).toString();
            p.c.eolCycle = q->value(6).toString();
            p.hasRow = !q->value(7).isNull();
            if (const auto kind = tieKindFromKey(q->value(10).toString());
                kind && *kind != TieKind::None) {
                p.stored = {q->value(8).toString(), q->value(9).toString(), *kind};
            }
            p.basisOk = q->value(11).toInt() != 0;
            all << p;
        }
        q->finish();
        for (const Pending &p : std::as_const(all)) {
            ++result.components;
            if (!p.c.eolProduct.isEmpty() && !p.c.eolCycle.isEmpty()) {
                ++result.tied; // explicit: a stored automatic tie does not apply
                continue;
            }
            LifecycleTie after = matcher->match(p.c).tie;
            if (after.eolProduct.isEmpty())
                after = {};
            const LifecycleTie before = p.basisOk ? p.stored : LifecycleTie{};
            if (after.isComplete()) {
                ++result.tied;
                // A version moving within its cycle keeps its tie: not newly matched.
                if (!before.isComplete() && !(p.stored == after))
                    ++result.newlyTied;
            }
            if (p.basisOk && p.stored == after)
                continue;
            if (after.kind == TieKind::None && p.stored.kind == TieKind::None)
                continue; // nothing either way
            const QVariantList values{after.eolProduct, after.cycle, toKey(after.kind),
                                      p.c.vendor, p.c.product, p.c.version, p.c.cpe,
                                      p.c.eolProduct, now};
            Result<QSqlQuery> w = p.hasRow
                ? m_db.run(QStringLiteral("UPDATE component_lifecycle SET match_product = ?, "
                                          "match_cycle = ?, match_kind = ?, match_vendor_basis = ?, "
                                          "match_product_basis = ?, match_version_basis = ?, "
                                          "match_cpe_basis = ?, match_eol_basis = ?, matched_at = ? "
                                          "WHERE component_id = ?"),
                           values + QVariantList{p.c.id})
                : m_db.run(QStringLiteral("INSERT INTO component_lifecycle (match_product, "
                                          "match_cycle, match_kind, match_vendor_basis, "
                                          "match_product_basis, match_version_basis, "
                                          "match_cpe_basis, match_eol_basis, matched_at, "
                                          "updated_at, row_version, component_id) VALUES (?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?, ?, 0, ?)"),
                           values + QVariantList{now, p.c.id});
            if (!w)
                return w.error();
            if (p.stored == after)
                continue; // the same tie, now for the component's new values: not a change
            ++result.changed;
            if (Status s = audit.append(QStringLiteral("match"),
                                        QStringLiteral("component_lifecycle"), p.c.id,
                                        tieJson(p.stored), tieJson(after));
                !s)
                return s;
        }
        return {};
    });
    if (!st)
        return st.error();
    return result;
}

Result<QList<ProductMatchRow>> LifecycleRepository::productMatches() const
{
    auto matcher = this->matcher();
    if (!matcher)
        return matcher.error();
    auto mappings = this->mappings();
    if (!mappings)
        return mappings.error();
    QHash<QString, EolMapping> mappingByKey;
    for (const EolMapping &m : std::as_const(*mappings))
        mappingByKey.insert(mappingKey(m.vendor, m.product), m);
    auto q = m_db.run(QStringLiteral("SELECT vendor, product, version, cpe, eol_product, eol_cycle "
                                     "FROM components ORDER BY vendor, product, version"));
    if (!q)
        return q.error();
    QList<ProductMatchRow> out;
    QHash<QString, int> index;
    QList<QSet<QString>> versions;
    while (q->next()) {
        Component c;
        c.vendor = q->value(0).toString();
        c.product = q->value(1).toString();
        c.version = q->value(2).toString();
        c.cpe = q->value(3).toString();
        c.eolProduct = q->value(4).toString();
        c.eolCycle = q->value(5).toString();
        const QString key = mappingKey(c.vendor, c.product);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            ProductMatchRow row;
            row.vendor = c.vendor;
            row.product = c.product;
            row.match = matcher->matchProduct(c.vendor, c.product, c.cpe);
            if (mappingByKey.contains(key))
                row.mapping = mappingByKey.value(key);
            it = index.insert(key, int(out.size()));
            out << row;
            versions << QSet<QString>();
        }
        ProductMatchRow &row = out[*it];
        ++row.components;
        versions[*it].insert(c.version);
        if (!c.eolProduct.isEmpty()) {
            ++row.explicitTies;
            if (matcher->match(c).tie.isComplete())
                ++row.cyclesFound;
        } else if (!row.match.tie.eolProduct.isEmpty()
                   && !matcher->cycleFor(row.match.tie.eolProduct, c.version, c.product, c.cpe)
                           .isEmpty()) {
            ++row.cyclesFound;
        }
    }
    for (int i = 0; i < out.size(); ++i) {
        out[i].versions = QStringList(versions.at(i).cbegin(), versions.at(i).cend());
        out[i].versions.sort();
    }
    return out;
}

} // namespace pp
