#include "models/planning/vulnmatch.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace pp {

namespace {

/// Company suffixes that feeds and inventories add or leave out ("Oracle Corporation" vs NVD's
/// "oracle"). Longest first, so that ", co., ltd." is dropped before ", ltd.".
const char *const kCompanySuffixes[] = {
    ", co., ltd.", " co., ltd.", " co.,ltd.", " co. ltd.", " co ltd", ", inc.", ", inc",
    " inc.", " inc", " corporation", " corp.", " corp", ", ltd.", " ltd.", " ltd", ", llc",
    " llc", " gmbh",
};

/// The CPE attribute's value without its escapes: "node\.js" -> "node.js".
QString unescaped(QStringView v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\') && i + 1 < v.size())
            ++i;
        out.append(v[i]);
    }
    return out;
}

/// Does a formatted-string value hold an unescaped wildcard ('*' or '?')? Such a criterion
/// cannot be looked up by its text and is compared with every component.
bool hasWildcard(QStringView v)
{
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (v[i] == QLatin1Char('*') || v[i] == QLatin1Char('?'))
            return true;
    }
    return false;
}

/// Equal when '_' is ignored ("palo_alto_networks" and NVD's "paloaltonetworks"), without
/// building the compact strings: this runs once per name comparison.
bool equalIgnoringUnderscores(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        while (i < a.size() && a[i] == QLatin1Char('_'))
            ++i;
        while (j < b.size() && b[j] == QLatin1Char('_'))
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (a[i] != b[j])
            return false;
        ++i;
        ++j;
    }
}

QString withoutUnderscores(QString s)
{
    s.remove(QLatin1Char('_'));
    return s;
}

/// A component's normalised vendor can stand for a criteria's: the same, the criteria's is its
/// first word(s) ("apache_software_foundation" for "apache"), or the same without '_'.
bool vendorMatches(const QString &component, const QString &criteria)
{
    if (component == criteria)
        return true;
    if (component.size() > criteria.size() && component.startsWith(criteria)
        && component[criteria.size()] == QLatin1Char('_'))
        return true;
    return equalIgnoringUnderscores(component, criteria);
}

/// a is a higher version than b; an empty text is lower than any version.
bool higher(version::Scheme scheme, const QString &a, const QString &b)
{
    if (a.isEmpty())
        return false;
    return b.isEmpty() || version::compare(scheme, a, b) > 0;
}

void sortUnique(QList<int> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ComponentIndex

QString ComponentIndex::normalise(const QString &name)
{
    QString s = name.trimmed().toLower();
    // Suffixes can stack ("Foo Co., Ltd." after "Inc." was dropped is rare, but cheap to allow).
    for (bool dropped = true; dropped;) {
        dropped = false;
        for (const char *suffix : kCompanySuffixes) {
            const QLatin1StringView sv(suffix);
            if (s.size() > sv.size() && s.endsWith(sv)) {
                s.chop(sv.size());
                s = s.trimmed();
                dropped = true;
                break;
            }
        }
    }
    while (s.endsWith(QLatin1Char(',')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    QString out;
    out.reserve(s.size());
    for (QChar ch : std::as_const(s)) {
        if (ch.isSpace() || ch == QLatin1Char('-') || ch == QLatin1Char('_')) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char('_')))
                out.append(QLatin1Char('_'));
        } else {
            out.append(ch);
        }
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

ComponentIndex::Entry ComponentIndex::makeEntry(const MatchComponent &c)
{
    Entry e;
    e.c = c;
    e.scheme = version::schemeForPurl(c.purl);
    if (!c.cpe.trimmed().isEmpty()) {
        auto parsed = Cpe::parse(c.cpe);
        // A CPE without a vendor and product value cannot be looked up; the name is better.
        if (parsed.ok() && parsed->attr(Cpe::Vendor).isValue()
            && parsed->attr(Cpe::Product).isValue())
            e.cpe = std::move(parsed.value());
    }
    e.exactVersion = c.version.trimmed();
    e.rangeVersion = e.exactVersion;
    if (e.cpe) {
        // The CPE's version is the precise one (an inventory may write "10.2.9-h4" where the
        // CPE says version 10.2.9, update h4); in a range the update is part of the version.
        const CpeAttribute &v = e.cpe->attr(Cpe::Version);
        const CpeAttribute &u = e.cpe->attr(Cpe::Update);
        if (v.isValue()) {
            e.exactVersion = v.text();
            e.rangeVersion = e.exactVersion;
            if (u.isValue())
                e.rangeVersion += QLatin1Char('-') + u.text();
        }
    } else {
        e.normVendor = normalise(c.vendor);
        e.normProduct = normalise(c.product);
    }
    return e;
}

void ComponentIndex::addName(const QString &key, int i)
{
    QList<int> &list = m_byName[key];
    if (list.isEmpty() || list.constLast() != i)
        list.append(i);
}

ComponentIndex::ComponentIndex(const QList<MatchComponent> &components)
{
    m_entries.reserve(components.size());
    for (const MatchComponent &c : components) {
        const int i = int(m_entries.size());
        m_entries.append(makeEntry(c));
        const Entry &e = m_entries.constLast();
        m_bySystem[c.systemId].append(i);
        if (e.cpe) {
            const QString &vendor = e.cpe->attr(Cpe::Vendor).value;
            const QString &product = e.cpe->attr(Cpe::Product).value;
            m_byCpe[vendor + QLatin1Char(':') + product].append(i);
            m_byCpeProduct[product].append(i);
            continue;
        }
        if (e.normProduct.isEmpty())
            continue; // nothing to match a name by
        m_byAnyProductName[e.normProduct].append(i);
        if (e.normVendor.isEmpty()) {
            m_byProductName[e.normProduct].append(i);
            continue;
        }
        const QString suffix = QLatin1Char(':') + e.normProduct;
        addName(e.normVendor + suffix, i);
        const qsizetype firstWord = e.normVendor.indexOf(QLatin1Char('_'));
        if (firstWord > 0) {
            addName(e.normVendor.left(firstWord) + suffix, i);
            addName(withoutUnderscores(e.normVendor) + suffix, i);
        }
    }
}

int ComponentIndex::size() const
{
    return int(m_entries.size());
}

const MatchComponent &ComponentIndex::at(int i) const
{
    return m_entries.at(i).c;
}

QList<int> ComponentIndex::candidates(const QString &cpeVendor, const QString &cpeProduct) const
{
    const bool vendorAny = cpeVendor.isEmpty() || cpeVendor == QLatin1String("*");
    const bool productAny = cpeProduct.isEmpty() || cpeProduct == QLatin1String("*");
    QList<int> out;
    if (productAny || hasWildcard(cpeProduct) || (!vendorAny && hasWildcard(cpeVendor))) {
        // Patterns cannot be looked up: every component is a candidate (NVD has few such).
        out.reserve(m_entries.size());
        for (int i = 0; i < int(m_entries.size()); ++i)
            out.append(i);
        return out;
    }
    const QString product = cpeProduct.toLower();
    const QString normProduct = normalise(unescaped(product));
    if (vendorAny) {
        out += m_byCpeProduct.value(product);
        out += m_byAnyProductName.value(normProduct);
    } else {
        const QString vendor = cpeVendor.toLower();
        const QString normVendor = normalise(unescaped(vendor));
        out += m_byCpe.value(vendor + QLatin1Char(':') + product);
        const QString suffix = QLatin1Char(':') + normProduct;
        out += m_byName.value(normVendor + suffix);
        const QString compact = withoutUnderscores(normVendor);
        if (compact != normVendor)
            out += m_byName.value(compact + suffix);
        out += m_byProductName.value(normProduct);
    }
    sortUnique(out);
    return out;
}

// ---------------------------------------------------------------------------------------------
// VulnMatcher

struct VulnMatcher::Parsed
{
    const CpeCriterion *src = nullptr;
    Cpe cpe;
    bool versionAny = false;
    bool versionNa = false;
    bool versionWildcard = false;
    bool hasBounds = false;
    QString versionText;       ///< criteria version, unescaped
    QString versionWithUpdate; ///< "10.2.9-h4" for name matching; empty without an update
    bool vendorAny = false;
    bool productAny = false;
    QString normVendor;
    QString normProduct;
};

std::optional<VulnMatcher::Parsed> VulnMatcher::parse(const CpeCriterion &criterion)
{
    auto cpe = Cpe::parse(criterion.criteria);
    if (!cpe.ok())
        return std::nullopt;
    Parsed p;
    p.src = &criterion;
    p.cpe = std::move(cpe.value());
    const CpeAttribute &v = p.cpe.attr(Cpe::Version);
    const CpeAttribute &u = p.cpe.attr(Cpe::Update);
    p.versionAny = v.isAny();
    p.versionNa = v.isNa();
    if (v.isValue()) {
        p.versionWildcard = hasWildcard(v.value);
        p.versionText = v.text();
        if (u.isValue())
            p.versionWithUpdate = p.versionText + QLatin1Char('-') + u.text();
    }
    p.hasBounds = !criterion.versionStartIncluding.isEmpty()
        || !criterion.versionStartExcluding.isEmpty() || !criterion.versionEndIncluding.isEmpty()
        || !criterion.versionEndExcluding.isEmpty();
    const CpeAttribute &vendor = p.cpe.attr(Cpe::Vendor);
    const CpeAttribute &product = p.cpe.attr(Cpe::Product);
    p.vendorAny = !vendor.isValue();
    p.productAny = !product.isValue();
    if (vendor.isValue())
        p.normVendor = ComponentIndex::normalise(vendor.text());
    if (product.isValue())
        p.normProduct = ComponentIndex::normalise(product.text());
    return p;
}

bool VulnMatcher::holds(const Parsed &p, const ComponentIndex::Entry &e)
{
    const bool byName = !e.cpe.has_value();
    if (byName) {
        // Name matching compares vendor and product only: an inventory entry has no part,
        // edition or target to compare.
        if (p.productAny || e.normProduct.isEmpty() || e.normProduct != p.normProduct)
            return false;
        if (!p.vendorAny && !e.normVendor.isEmpty() && !vendorMatches(e.normVendor, p.normVendor))
            return false;
    } else {
        if (!cpeMatchesExceptVersion(p.cpe, *e.cpe))
            return false;
        if (!cpeAttributeMatches(p.cpe.attr(Cpe::Update), e.cpe->attr(Cpe::Update)))
            return false;
    }

    const version::Scheme scheme = e.scheme;
    const CpeCriterion &c = *p.src;
    if (p.versionAny) {
        if (!p.hasBounds)
            return true; // every version, even an unknown one
        const QString &v = e.rangeVersion;
        if (v.isEmpty())
            return false;
        if (!c.versionStartIncluding.isEmpty()
            && version::compare(scheme, v, c.versionStartIncluding) < 0)
            return false;
        if (!c.versionStartExcluding.isEmpty()
            && version::compare(scheme, v, c.versionStartExcluding) <= 0)
            return false;
        if (!c.versionEndIncluding.isEmpty()
            && version::compare(scheme, v, c.versionEndIncluding) > 0)
            return false;
        if (!c.versionEndExcluding.isEmpty()
            && version::compare(scheme, v, c.versionEndExcluding) >= 0)
            return false;
        return true;
    }
    // NVD writes "-" for products it does not tell apart by version (a hardware platform,
    // "windows:-"): the criterion holds for every version of them.
    if (p.versionNa)
        return true;
    const QString &v = e.exactVersion;
    if (v.isEmpty())
        return false;
    if (p.versionWildcard) {
        CpeAttribute target;
        target.kind = CpeAttribute::Kind::Value;
        target.value = v.toLower();
        return cpeAttributeMatches(p.cpe.attr(Cpe::Version), target);
    }
    if (version::compare(scheme, p.versionText, v) == 0)
        return true;
    // An inventory writes the update into the version ("10.2.9-h4") where the CPE has a field.
    return byName && !p.versionWithUpdate.isEmpty()
        && version::compare(scheme, p.versionWithUpdate, v) == 0;
}

VulnMatch VulnMatcher::makeMatch(const Parsed &p, const ComponentIndex::Entry &e)
{
    VulnMatch m;
    m.componentId = e.c.id;
    m.kind = e.cpe ? MatchKind::Cpe : MatchKind::Name;
    m.criteria = p.src->criteria;
    m.fixedVersion = p.src->versionEndExcluding;
    m.lastAffectedVersion = p.src->versionEndIncluding;
    return m;
}

QList<int> VulnMatcher::candidatesFor(const Parsed &p) const
{
    const CpeAttribute &vendor = p.cpe.attr(Cpe::Vendor);
    const CpeAttribute &product = p.cpe.attr(Cpe::Product);
    return m_index.candidates(vendor.isValue() ? vendor.value : QStringLiteral("*"),
                              product.isValue() ? product.value : QStringLiteral("*"));
}

std::optional<VulnMatch> VulnMatcher::matchCriterion(const CpeCriterion &criterion,
                                                     const MatchComponent &component)
{
    const auto p = parse(criterion);
    if (!p)
        return std::nullopt;
    const ComponentIndex::Entry e = ComponentIndex::makeEntry(component);
    if (!holds(*p, e))
        return std::nullopt;
    return makeMatch(*p, e);
}

QList<VulnMatch> VulnMatcher::match(const QList<CpeConfiguration> &configurations) const
{
    QHash<int, VulnMatch> best; // entry index -> the match kept
    // Many criteria share a product (hundreds of pan-os builds): look each one up once.
    QHash<QString, QList<int>> candidateCache;
    // Returned by value (a shared copy): an insert may rehash while a caller still iterates.
    auto candidatesOf = [&](const Parsed &p) -> QList<int> {
        const QString key = p.cpe.attr(Cpe::Vendor).value + QLatin1Char(':')
            + p.cpe.attr(Cpe::Product).value + QLatin1Char(p.vendorAny ? '*' : ' ')
            + QLatin1Char(p.productAny ? '*' : ' ');
        auto it = candidateCache.find(key);
        if (it == candidateCache.end())
            it = candidateCache.insert(key, candidatesFor(p));
        return *it;
    };

    auto keep = [&](int i, VulnMatch m) {
        auto it = best.find(i);
        if (it == best.end()) {
            best.insert(i, std::move(m));
            return;
        }
        VulnMatch &cur = *it;
        if (cur.kind != m.kind) {
            if (m.kind == MatchKind::Cpe)
                cur = std::move(m); // a CPE match is surer than a name match
            return;
        }
        const version::Scheme scheme = m_index.m_entries.at(i).scheme;
        if (higher(scheme, m.fixedVersion, cur.fixedVersion)) {
            cur.fixedVersion = m.fixedVersion;
            cur.criteria = m.criteria;
        }
        if (higher(scheme, m.lastAffectedVersion, cur.lastAffectedVersion)) {
            cur.lastAffectedVersion = m.lastAffectedVersion;
            if (cur.fixedVersion.isEmpty())
                cur.criteria = m.criteria;
        }
    };

    for (const CpeConfiguration &config : configurations) {
        // A negated configuration says where the vulnerability is not; it names nobody.
        if (config.negate || config.nodes.isEmpty())
            continue;
        const int nodeCount = int(config.nodes.size());
        std::vector<std::vector<std::optional<Parsed>>> parsed(nodeCount);
        for (int k = 0; k < nodeCount; ++k) {
            for (const CpeCriterion &c : config.nodes[k].matches)
                parsed[k].push_back(parse(c));
        }

        // Does node k (ignoring its negate) hold for a component entry?
        auto nodeHoldsFor = [&](int k, const ComponentIndex::Entry &e) {
            const CpeNode &node = config.nodes[k];
            bool any = false;
            for (const auto &p : parsed[k]) {
                const bool h = p && holds(*p, e);
                if (node.andOperator && !h)
                    return false;
                any = any || h;
                if (any && !node.andOperator)
                    return true;
            }
            return any;
        };
        // The systems in which some component makes node k hold, computed when first needed.
        std::vector<std::optional<QSet<qint64>>> systems(nodeCount);
        auto systemsOf = [&](int k) -> const QSet<qint64> & {
            if (!systems[k]) {
                QSet<qint64> s;
                QList<int> cands;
                for (const auto &p : parsed[k]) {
                    if (p)
                        cands += candidatesOf(*p);
                }
                sortUnique(cands);
                for (int i : std::as_const(cands)) {
                    const ComponentIndex::Entry &e = m_index.m_entries.at(i);
                    if (!s.contains(e.c.systemId) && nodeHoldsFor(k, e))
                        s.insert(e.c.systemId);
                }
                systems[k] = std::move(s);
            }
            return *systems[k];
        };

        for (int k = 0; k < nodeCount; ++k) {
            const CpeNode &node = config.nodes[k];
            // A negated node names what must be absent, not what is affected.
            if (node.negate)
                continue;
            for (const auto &p : parsed[k]) {
                if (!p || !p->src->vulnerable)
                    continue;
                const QList<int> cands = candidatesOf(*p);
                for (int i : cands) {
                    const ComponentIndex::Entry &e = m_index.m_entries.at(i);
                    if (!holds(*p, e))
                        continue;
                    if (node.andOperator && !nodeHoldsFor(k, e))
                        continue;
                    bool applies = true;
                    if (config.andOperator) {
                        for (int j = 0; j < nodeCount && applies; ++j) {
                            if (j == k)
                                continue;
                            const bool present = systemsOf(j).contains(e.c.systemId);
                            applies = config.nodes[j].negate ? !present : present;
                        }
                    }
                    if (applies)
                        keep(i, makeMatch(*p, e));
                }
            }
        }
    }

    QList<VulnMatch> out;
    out.reserve(best.size());
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        out.append(it.value());
    std::sort(out.begin(), out.end(), [](const VulnMatch &a, const VulnMatch &b) {
        return a.componentId < b.componentId;
    });
    return out;
}

} // namespace pp
