#include "models/io/demodata.h"
#include "models/io/demodata_p.h"

#include "models/io/demodata_catalog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/database.h"
#include "models/storage/inventoryrepository.h"
#include "models/storage/systemrepository.h"
#include "models/tr.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>

namespace pp {
namespace Internal {
namespace {

/// Log retention by criticality tier (1 .. 4): short-term days, long-term years.
constexpr std::array<int, 4> kShortTermDays = {180, 90, 60, 30};
constexpr std::array<int, 4> kLongTermYears = {5, 3, 1, 1};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// A system as it will be stored, with its components (their systemId is set on insert).
struct PlannedSystem
{
    System system;
    QList<Component> components;
};

/// Turns the catalog into systems and components. Every random choice comes from one
/// QRandomGenerator seeded by the caller, drawn in a fixed order, so a seed is an estate.
class EstateBuilder
{
public:
    explicit EstateBuilder(quint32 seed);
    Result<QList<PlannedSystem>> build(int count);

private:
    Result<PlannedSystem> plan(const DemoSystem &t, const QString &code, const QString &site);
    Status addComponents(PlannedSystem &out, const DemoSystem &t);
    OperationsProfile profile(const DemoSystem &t, int tier, const QString &contact) const;
    QString nextCode(const QString &templateCode);

    /// One of the "|"-separated @p choices.
    QString pick(const QString &choices);

    QRandomGenerator m_rng;
    QHash<QString, const DemoProduct *> m_products;
    QHash<QString, QString> m_notes; ///< "system code/product key" -> note
    QSet<QString> m_codes; ///< codes handed out so far
};

EstateBuilder::EstateBuilder(quint32 seed)
    : m_rng(seed)
{
    for (const DemoProduct &p : demoProducts())
        m_products.insert(text(p.key), &p);
    for (const DemoNote &n : demoNotes())
        m_notes.insert(text(n.system) + QLatin1Char('/') + text(n.product), text(n.text));
}

QString EstateBuilder::pick(const QString &choices)
{
    const QStringList list = choices.split(QLatin1Char('|'));
    if (list.size() == 1)
        return list.constFirst();
    return list.at(int(m_rng.bounded(quint32(list.size()))));
}

QString EstateBuilder::nextCode(const QString &templateCode)
{
    const QString prefix = templateCode.section(QLatin1Char('-'), 0, 0);
    for (int n = 2;; ++n) {
        const QString code = QStringLiteral("%1-%2").arg(prefix).arg(n, 2, 10, QLatin1Char('0'));
        if (!m_codes.contains(code))
            return code;
    }
}

Result<QList<PlannedSystem>> EstateBuilder::build(int count)
{
    const auto systems = demoSystems();
    QList<const DemoSystem *> perSite;
    for (const DemoSystem &t : systems) {
        m_codes.insert(text(t.code));
        if (t.perSite)
            perSite << &t;
    }
    const auto sites = demoSites();
    Q_ASSERT(!perSite.isEmpty() && !sites.empty());
    const int handWritten = int(systems.size());
    QList<PlannedSystem> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Result<PlannedSystem> planned = [&]() -> Result<PlannedSystem> {
            if (i < handWritten)
                return plan(systems[i], text(systems[i].code), {});
            // Site copies: each perSite system at each site, then again with a round number.
            const int k = i - handWritten;
            const DemoSystem &t = *perSite.at(k % perSite.size());
            const qsizetype siteIndex = (k / perSite.size()) % qsizetype(sites.size());
            const qsizetype pass = k / (perSite.size() * qsizetype(sites.size()));
            QString site = text(sites[siteIndex]);
            if (pass > 0)
                site += QStringLiteral(" (%1)").arg(pass + 1);
            const QString code = nextCode(text(t.code));
            m_codes.insert(code);
            return plan(t, code, site);
        }();
        if (!planned)
            return planned.error();
        out << std::move(*planned);
    }
    return out;
}

Result<PlannedSystem> EstateBuilder::plan(
    const DemoSystem &t, const QString &code, const QString &site)
{
    PlannedSystem out;
    System &s = out.system;
    const DemoTeam &team = demoTeams()[t.team];
    s.code = code;
    s.name = text(t.name);
    s.description = text(t.description);
    s.criticality = t.tier;
    s.environment = t.environment;
    s.exposure = t.exposure;
    s.lifecycleState = t.state;
    if (!site.isEmpty()) {
        // A site runs the same setup as the template, one tier lower and never frozen.
        s.name = QStringLiteral("%1 %2").arg(site, s.name);
        s.description = QStringLiteral("%1の%2。%3 と同じ構成で、拠点の担当者が一次対応する。")
                            .arg(site, text(t.name), text(t.code));
        s.criticality = std::min(t.tier + 1, kMaxCriticality);
        s.lifecycleState = LifecycleState::Active;
    }
    s.ownerTeam = text(team.name);
    s.opsContact = pick(text(team.contacts));
    s.windowSchedule = text(t.window);
    s.profile = profile(t, s.criticality, s.opsContact);
    if (Status st = addComponents(out, t); !st)
        return st.error();
    return out;
}

OperationsProfile EstateBuilder::profile(
    const DemoSystem &t, int tier, const QString &contact) const
{
    if (t.profile == NoProfile)
        return {};
    const DemoProfile &p = demoProfiles()[t.profile];
    const DemoTeam &team = demoTeams()[t.team];
    OperationsProfile out;
    out.initialResponse = text(p.initialResponse);
    if (const QString first = text(t.firstStep); !first.isEmpty())
        out.initialResponse = first + QLatin1Char('\n') + out.initialResponse;
    out.escalationContacts
        = text(p.escalation).arg(contact, text(team.lead), text(t.vendorSupport));
    out.recoveryPolicy = text(p.recovery);
    out.traceCheckProcedure = text(p.traceCheck);
    const int t0 = std::clamp(tier, kMinCriticality, kMaxCriticality) - 1;
    out.logShortTerm = text(p.logShortTerm).arg(kShortTermDays.at(t0));
    out.logLongTerm = text(p.logLongTerm).arg(kLongTermYears.at(t0));
    return out;
}

Status EstateBuilder::addComponents(PlannedSystem &out, const DemoSystem &t)
{
    const QStringList specs = text(t.components).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString spec : specs) {
        // "?key:min-max": optional, with an instance range.
        const bool optional = spec.startsWith(QLatin1Char('?'));
        if (optional)
            spec.remove(0, 1);
        const QString key = spec.section(QLatin1Char(':'), 0, 0);
        const QString range = spec.section(QLatin1Char(':'), 1);
        const DemoProduct *p = m_products.value(key);
        if (!p) {
            return fail(Tr::tr("The demo catalog lists an unknown product \"%1\" for %2.")
                            .arg(key, text(t.code)));
        }
        if (optional && m_rng.bounded(2u) == 0)
            continue;
        int instances = 1;
        if (!range.isEmpty()) {
            const int lo = range.section(QLatin1Char('-'), 0, 0).toInt();
            const int hi = std::max(lo, range.section(QLatin1Char('-'), -1).toInt());
            instances = lo == hi ? lo : lo + int(m_rng.bounded(quint32(hi - lo + 1)));
        }
        const QString choice = pick(text(p->versions));
        const QString version = choice.section(QLatin1Char('='), 0, 0);
        const QString token
            = choice.contains(QLatin1Char('=')) ? choice.section(QLatin1Char('='), 1) : version;
        Component c;
        c.kind = p->kind;
        c.vendor = text(p->vendor);
        c.product = text(p->product);
        c.version = version;
        c.instances = instances;
        c.cpe = text(p->cpe).replace(QLatin1String("%1"), token);
        c.purl = text(p->purl).replace(QLatin1String("%1"), token);
        c.eolProduct = text(p->eolProduct);
        c.eolCycle = text(p->eolCycle);
        c.notes = m_notes.value(text(t.code) + QLatin1Char('/') + key);
        out.components << c;
    }
    return {};
}

} // namespace
} // namespace Internal

Status createDemoEstate(Database &db, const DemoOptions &options)
{
    if (options.systems < 1 || options.systems > kMaxDemoSystems) {
        return usage(Tr::tr("A demo estate has from 1 to %1 systems, not %2.")
                         .arg(kMaxDemoSystems)
                         .arg(options.systems));
    }
    Internal::EstateBuilder builder(options.seed);
    auto planned = builder.build(options.systems);
    if (!planned)
        return planned.error();
    return db.transaction([&]() -> Status {
        // Checked inside the transaction, so that nobody adds a system in between.
        auto stats = InventoryRepository(db).stats();
        if (!stats)
            return stats.error();
        if (stats->systems > 0) {
            return rejected(Tr::tr("The database already has %n system(s); demo data is only "
                                   "added to an empty database.",
                nullptr, stats->systems));
        }
        SystemRepository systems(db);
        ComponentRepository components(db);
        QList<Internal::DemoStored> estate;
        estate.reserve(planned->size());
        for (const Internal::PlannedSystem &p : *planned) {
            auto stored = systems.insert(p.system);
            if (!stored) {
                return Error {stored.error().kind,
                    Tr::tr("Could not store the demo system %1: %2")
                        .arg(p.system.code, stored.error().message)};
            }
            estate << Internal::DemoStored{*stored, {}};
            for (Component c : p.components) {
                c.systemId = stored->id;
                auto r = components.insert(c);
                if (!r) {
                    return Error {r.error().kind,
                        Tr::tr("Could not store the component %1 of the demo system %2: %3")
                            .arg(c.label(), p.system.code, r.error().message)};
                }
                estate.last().components << *r;
            }
        }
        const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
        if (Status s = Internal::addDemoWindows(db, today); !s)
            return s;
        return Internal::addDemoControls(db, estate, today, options.seed);
    });
}

} // namespace pp
