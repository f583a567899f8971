#include "models/planning/cyclematch.h"

#include "models/tr.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace pp {
namespace {

/// Common names of the products an estate runs: compared as compactName(), so case, spaces and
/// punctuation do not matter. A vendor, when given, must be contained in the compact vendor.
struct BuiltinName
{
    const char *product;
    const char *vendor;
    const char *names; ///< "|"-separated
    /// Vendors (compact, "|"-separated) whose product of that name is another one: Red Hat's
    /// OpenJDK has Red Hat's lifecycle, not Temurin's.
    const char *notVendors = "";
};

const BuiltinName kBuiltinNames[] = {
    {"rhel", "", "Red Hat Enterprise Linux|RHEL|Red Hat Enterprise Linux Server"},
    {"rhel", "redhat", "Enterprise Linux|Enterprise Linux Server"},
    {"windows-server", "", "Windows Server|Microsoft Windows Server"},
    {"windows", "", "Windows|Microsoft Windows"},
    {"postgresql", "", "PostgreSQL|Postgres|PostgreSQL Server"},
    {"apache-http-server", "", "Apache HTTP Server|Apache httpd|httpd|Apache HTTPD Server"},
    {"tomcat", "", "Tomcat|Apache Tomcat"},
    {"nodejs", "", "Node.js|NodeJS|Node"},
    {"python", "", "Python|CPython"},
    {"mysql", "", "MySQL|MySQL Community Server|MySQL Server|MySQL Enterprise Server"},
    {"mssqlserver", "", "SQL Server|Microsoft SQL Server|MS SQL Server|MSSQL"},
    {"redis", "", "Redis|Redis Server|Redis OSS|Redis Open Source"},
    {"nginx", "", "nginx|NGINX Open Source"},
    {"kubernetes", "", "Kubernetes|k8s"},
    {"esxi", "", "ESXi|VMware ESXi|vSphere ESXi|VMware vSphere Hypervisor"},
    {"fortios", "", "FortiOS|FortiGate|Fortinet FortiOS"},
    {"panos", "", "PAN-OS|Palo Alto Networks PAN-OS"},
    // Panorama runs the PAN-OS release of the same number and shares its end-of-life dates.
    {"panos", "paloalto", "Panorama"},
    {"cisco-ios-xe", "", "IOS XE|Cisco IOS XE"},
    {"ubuntu", "", "Ubuntu|Ubuntu Linux|Ubuntu Server"},
    {"debian", "", "Debian|Debian GNU/Linux|Debian Linux"},
    {"centos", "", "CentOS|CentOS Linux"},
    {"log4j", "", "Log4j|Apache Log4j|Log4j 2|log4j-core"},
    {"eclipse-temurin", "", "Eclipse Temurin|Temurin|AdoptOpenJDK"},
    {"eclipse-temurin", "", "OpenJDK",
     "redhat|amazon|microsoft|azul|oracle|ibm|sap|bellsoft|alibaba|tencent|huawei"},
};

/// CPE vendor:product pairs of the same products, for estates imported from v0 files only.
const char *const kBuiltinCpes[][2] = {
    {"redhat:enterprise_linux", "rhel"},       {"microsoft:sql_server", "mssqlserver"},
    {"postgresql:postgresql", "postgresql"},   {"apache:http_server", "apache-http-server"},
    {"apache:tomcat", "tomcat"},               {"nodejs:node.js", "nodejs"},
    {"python:python", "python"},               {"oracle:mysql", "mysql"},
    {"redis:redis", "redis"},                  {"f5:nginx", "nginx"},
    {"nginx:nginx", "nginx"},                  {"kubernetes:kubernetes", "kubernetes"},
    {"vmware:esxi", "esxi"},                   {"fortinet:fortios", "fortios"},
    {"paloaltonetworks:pan-os", "panos"},      {"cisco:ios_xe", "cisco-ios-xe"},
    {"canonical:ubuntu_linux", "ubuntu"},      {"debian:debian_linux", "debian"},
    {"centos:centos", "centos"},               {"apache:log4j", "log4j"},
    {"eclipse:temurin", "eclipse-temurin"},
};

QStringList split(const char *names)
{
    return QString::fromUtf8(names).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

/// Words of a name or version: letters and digits (dots kept inside numbers), lower case.
QStringList words(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[^\\p{L}\\p{N}.]+"));
    QStringList out;
    for (QString w : text.toLower().split(sep, Qt::SkipEmptyParts)) {
        while (w.endsWith(QLatin1Char('.')))
            w.chop(1);
        while (w.startsWith(QLatin1Char('.')))
            w.remove(0, 1);
        if (!w.isEmpty())
            out << w;
    }
    return out;
}

bool startsWithDigit(const QString &s)
{
    return !s.isEmpty() && s.at(0).isDigit();
}

bool isBoundary(QChar next, QChar lastOfKey)
{
    if (next == QLatin1Char('.') || next == QLatin1Char('-') || next == QLatin1Char('+')
        || next == QLatin1Char('~') || next == QLatin1Char(':'))
        return true;
    // "8.9p1" is in 8.9, "9.1r18" in 9.1: a letter right after a number starts a new segment.
    return next.isLetter() && lastOfKey.isDigit();
}

/// How well @p key (a cycle or label key) covers the version key @p v: 0 = not at all; longer
/// and exact matches score higher.
int coverScore(const QString &v, const QString &key)
{
    if (key.isEmpty() || v.isEmpty())
        return 0;
    if (v == key)
        return int(key.size()) * 4 + 2;
    if (v.startsWith(key) && isBoundary(v.at(key.size()), key.back()))
        return int(key.size()) * 4;
    // "7" is "7.0": a cycle that only adds ".0" segments.
    QString stripped = key;
    while (stripped.endsWith(QLatin1String(".0")))
        stripped.chop(2);
    if (stripped != key && stripped == v)
        return int(v.size()) * 4 + 1;
    return 0;
}

/// The label of a cycle as a key: codenames in quotes, parentheses and the product's own words
/// dropped ("Windows Server 2012 R2 (LTSC)" -> "2012-r2", "2019 'Aris/Seattle'" -> "2019").
QString labelKey(const QString &label, const QSet<QString> &productWords)
{
    if (label.isEmpty())
        return {};
    static const QRegularExpression quoted(QStringLiteral("'[^']*'|\"[^\"]*\"|\\([^)]*\\)"));
    QString text = label;
    text.remove(quoted);
    QStringList kept;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")),
                                         Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (kept.isEmpty() && productWords.contains(compactName(p)))
            continue;
        kept << p;
    }
    return cycleKey(kept.join(QLatin1Char(' ')));
}

QString bestCycle(const QStringList &candidates, const QList<EolCycleName> &cycles,
                  const QString &productLabel)
{
    QSet<QString> productWords;
    for (const QString &w : words(productLabel))
        productWords.insert(compactName(w));
    for (const QString &text : candidates) {
        const QString v = cycleKey(text);
        if (v.isEmpty())
            continue;
        int best = 0;
        QString found;
        for (const EolCycleName &c : cycles) {
            // A cycle beats a label that covers as much: the cycle is what the data is keyed by.
            const int byCycle = coverScore(v, cycleKey(c.cycle)) * 2;
            const int byLabel = coverScore(v, labelKey(c.label, productWords)) * 2 - 1;
            const int score = std::max(byCycle, byLabel);
            if (score > best) {
                best = score;
                found = c.cycle;
            }
        }
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool hasCycle(const QList<EolCycleName> &cycles, const QString &cycle)
{
    return std::any_of(cycles.cbegin(), cycles.cend(),
                       [&](const EolCycleName &c) { return c.cycle == cycle; });
}

/// Windows client: "Windows 10 Enterprise LTSC" "2019" -> 10-1809-e-lts, "Windows 10" "22H2" ->
/// 10-22h2, a build "10.0.19045.4780" -> 10-22h2. Empty when the edition leaves it open (11 23H2
/// is one cycle for Enterprise and another for Pro); nullopt when no Windows version is named.
std::optional<QString> windowsClientCycle(const QStringList &tokens, const QString &version,
                           const QList<EolCycleName> &cycles)
{
    static const QHash<int, std::pair<const char *, const char *>> builds{
        {10240, {"10", "1507"}}, {10586, {"10", "1511"}}, {14393, {"10", "1607"}},
        {15063, {"10", "1703"}}, {16299, {"10", "1709"}}, {17134, {"10", "1803"}},
        {17763, {"10", "1809"}}, {18362, {"10", "1903"}}, {18363, {"10", "1909"}},
        {19041, {"10", "2004"}}, {19042, {"10", "20h2"}}, {19043, {"10", "21h1"}},
        {19044, {"10", "21h2"}}, {19045, {"10", "22h2"}}, {22000, {"11", "21h2"}},
        {22621, {"11", "22h2"}}, {22631, {"11", "23h2"}}, {26100, {"11", "24h2"}},
        {26200, {"11", "25h2"}}};
    static const QHash<QString, QString> ltscYears{{QStringLiteral("2015"), QStringLiteral("1507")},
        {QStringLiteral("2016"), QStringLiteral("1607")}, {QStringLiteral("2019"), QStringLiteral("1809")},
        {QStringLiteral("2021"), QStringLiteral("21h2")}, {QStringLiteral("2024"), QStringLiteral("24h2")}};
    static const QRegularExpression release(QStringLiteral("^(\\d\\dh\\d|1[5-9]0\\d|2004)$"));
    static const QRegularExpression build(QStringLiteral("^10\\.0\\.(\\d{5})"));
    static const QRegularExpression servicePack(QStringLiteral("^sp\\d$"));

    const QStringList all = tokens + words(version);
    const bool iot = all.contains(QLatin1String("iot"));
    const bool lts = all.contains(QLatin1String("ltsc")) || all.contains(QLatin1String("ltsb"))
        || all.contains(QLatin1String("lts"));
    const bool enterprise = all.contains(QLatin1String("enterprise"))
        || all.contains(QLatin1String("education")) || all.contains(QLatin1String("e"));
    const bool workstation = all.contains(QLatin1String("pro"))
        || all.contains(QLatin1String("professional")) || all.contains(QLatin1String("home"))
        || all.contains(QLatin1String("w"));
    QString major;
    QString rel;
    if (const auto m = build.match(version.trimmed()); m.hasMatch()) {
        const auto b = builds.value(m.captured(1).toInt());
        if (b.first) {
            major = QString::fromLatin1(b.first);
            rel = QString::fromLatin1(b.second);
        }
    }
    for (const QString &t : all) {
        if (major.isEmpty() && (t == QLatin1String("10") || t == QLatin1String("11")
                                || t == QLatin1String("8.1") || t == QLatin1String("8")
                                || t == QLatin1String("7")))
            major = t;
        else if (major.isEmpty() && t == QLatin1String("vista"))
            major = QStringLiteral("6");
        else if (major.isEmpty() && t == QLatin1String("xp"))
            major = QStringLiteral("5");
        else if (rel.isEmpty() && release.match(t).hasMatch())
            rel = t;
        else if (rel.isEmpty() && lts && ltscYears.contains(t))
            rel = ltscYears.value(t);
        else if (rel.isEmpty() && servicePack.match(t).hasMatch())
            rel = t;
    }
    if (major.isEmpty())
        return std::nullopt;
    QStringList tries;
    if (rel.isEmpty()) {
        tries << major;
    } else {
        const QString base = major + QLatin1Char('-') + rel;
        if (iot && lts)
            tries << base + QLatin1String("-iot-lts");
        if (lts)
            tries << base + QLatin1String("-e-lts");
        if (iot)
            tries << base + QLatin1String("-iot");
        if (enterprise)
            tries << base + QLatin1String("-e");
        if (workstation)
            tries << base + QLatin1String("-w");
        tries << base;
    }
    for (const QString &t : std::as_const(tries)) {
        if (hasCycle(cycles, t))
            return t;
    }
    return QString();
}

/// Windows Server by build: "10.0.17763.5936" -> 2019, "6.3.9600" -> 2012-r2.
QString windowsServerCycle(const QString &version, const QList<EolCycleName> &cycles)
{
    static const QHash<int, const char *> builds{
        {14393, "2016"}, {17763, "2019"}, {20348, "2022"}, {26100, "2025"}, {9600, "2012-r2"},
        {9200, "2012"}, {7601, "2008-r2-sp1"}, {6003, "2008-sp2"}};
    static const QRegularExpression build(QStringLiteral("^(?:10\\.0|6\\.[0-3])\\.(\\d{4,5})"));
    const auto m = build.match(version.trimmed());
    if (!m.hasMatch())
        return {};
    const QString cycle = QString::fromLatin1(builds.value(m.captured(1).toInt(), ""));
    return hasCycle(cycles, cycle) ? cycle : QString();
}

QString builtinCpeProduct(const QString &vendorProduct)
{
    for (const auto &pair : kBuiltinCpes) {
        if (vendorProduct == QLatin1String(pair[0]))
            return QString::fromLatin1(pair[1]);
    }
    return {};
}

/// Splits a CPE 2.3 formatted string on unescaped colons.
QStringList cpeFields(const QString &cpe)
{
    QStringList out;
    QString cur;
    for (qsizetype i = 0; i < cpe.size(); ++i) {
        const QChar ch = cpe.at(i);
        if (ch == QLatin1Char('\\') && i + 1 < cpe.size()) {
            cur += ch;
            cur += cpe.at(++i);
        } else if (ch == QLatin1Char(':')) {
            out << cur;
            cur.clear();
        } else {
            cur += ch;
        }
    }
    out << cur;
    return out;
}

} // namespace

QString compactName(const QString &name)
{
    QString out;
    const QString folded = name.normalized(QString::NormalizationForm_KC).toLower();
    out.reserve(folded.size());
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber())
            out += ch;
    }
    return out;
}

QString mappingKey(const QString &vendor, const QString &product)
{
    return vendor.simplified().toLower() + QChar(0x1f) + product.simplified().toLower();
}

QString cycleKey(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s_/]+"));
    QString k = text.trimmed().toLower();
    if (k.size() > 1 && k.at(0) == QLatin1Char('v') && k.at(1).isDigit())
        k.remove(0, 1);
    k.replace(spaces, QStringLiteral("-"));
    while (k.contains(QLatin1String("--")))
        k.replace(QLatin1String("--"), QLatin1String("-"));
    while (k.startsWith(QLatin1Char('-')))
        k.remove(0, 1);
    while (k.endsWith(QLatin1Char('-')))
        k.chop(1);
    return k;
}

QString builtinEolProduct(const QString &vendor, const QString &product)
{
    struct Entry
    {
        QString product;
        QString vendor;
        QStringList notVendors;
        QSet<QString> names; ///< compact
    };
    // Compacted once: this runs for every component of every read.
    static const QList<Entry> entries = [] {
        QList<Entry> out;
        for (const BuiltinName &b : kBuiltinNames) {
            Entry e{QString::fromLatin1(b.product), QString::fromLatin1(b.vendor),
                    split(b.notVendors), {}};
            for (const QString &n : split(b.names))
                e.names.insert(compactName(n));
            out << e;
        }
        return out;
    }();
    const QString v = compactName(vendor);
    const QString p = compactName(product);
    if (p.isEmpty())
        return {};
    for (const Entry &e : entries) {
        if (!e.vendor.isEmpty() && !v.contains(e.vendor))
            continue;
        if (std::any_of(e.notVendors.cbegin(), e.notVendors.cend(),
                        [&](const QString &x) { return v.contains(x); }))
            continue;
        if (e.names.contains(p) || e.names.contains(v + p))
            return e.product;
    }
    return {};
}

QString cpeVendorProduct(const QString &cpe)
{
    const QString t = cpe.trimmed().toLower();
    if (t.startsWith(QLatin1String("cpe:2.3:"))) {
        const QStringList f = cpeFields(t);
        if (f.size() < 5 || f.at(3).isEmpty() || f.at(4).isEmpty())
            return {};
        return f.at(3) + QLatin1Char(':') + f.at(4);
    }
    if (t.startsWith(QLatin1String("cpe:/"))) {
        const QStringList f = t.mid(5).split(QLatin1Char(':'));
        if (f.size() < 3 || f.at(1).isEmpty() || f.at(2).isEmpty())
            return {};
        return f.at(1) + QLatin1Char(':') + f.at(2);
    }
    return {};
}

QString cpeVersion(const QString &cpe)
{
    const QString t = cpe.trimmed();
    QString v;
    if (t.startsWith(QLatin1String("cpe:2.3:"), Qt::CaseInsensitive))
        v = cpeFields(t).value(5);
    else if (t.startsWith(QLatin1String("cpe:/"), Qt::CaseInsensitive))
        v = t.mid(5).split(QLatin1Char(':')).value(3);
    if (v == QLatin1String("*") || v == QLatin1String("-"))
        return {};
    return v.remove(QLatin1Char('\\'));
}

QString matchCycle(const QString &version, const QList<EolCycleName> &cycles,
                   const QString &productLabel)
{
    return bestCycle({version}, cycles, productLabel);
}

CycleMatcher::CycleMatcher(const QList<EolCatalogEntry> &catalog, const QList<EolMapping> &mappings)
    : m_catalog(catalog)
{
    for (int i = 0; i < m_catalog.size(); ++i) {
        const EolCatalogEntry &e = m_catalog.at(i);
        m_byId.insert(e.id, i);
        // The first product to claim a name keeps it; ids before labels before aliases.
        m_names.insert(compactName(e.id), e.id);
    }
    for (const EolCatalogEntry &e : std::as_const(m_catalog)) {
        if (const QString l = compactName(e.label); !l.isEmpty() && !m_names.contains(l))
            m_names.insert(l, e.id);
    }
    for (const EolCatalogEntry &e : std::as_const(m_catalog)) {
        for (const QString &a : e.aliases) {
            if (const QString c = compactName(a); !c.isEmpty() && !m_names.contains(c))
                m_names.insert(c, e.id);
        }
        for (const QString &cpe : e.cpes) {
            if (const QString vp = cpeVendorProduct(cpe); !vp.isEmpty() && !m_cpes.contains(vp))
                m_cpes.insert(vp, e.id);
        }
    }
    for (const EolMapping &m : mappings)
        m_mappings.insert(mappingKey(m.vendor, m.product), m.eolProduct);
}

const EolCatalogEntry *CycleMatcher::entry(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_catalog.at(*it);
}

QStringList CycleMatcher::productIds() const
{
    QSet<QString> ids(m_byId.keyBegin(), m_byId.keyEnd());
    for (const BuiltinName &b : kBuiltinNames)
        ids.insert(QString::fromLatin1(b.product));
    QStringList out(ids.cbegin(), ids.cend());
    out.sort();
    return out;
}

CycleMatcher::NameHit CycleMatcher::byName(const QString &vendor, const QString &product) const
{
    if (const QString b = builtinEolProduct(vendor, product); !b.isEmpty())
        return {b, {}, Tr::tr("\"%1\" is a known name of %2.").arg(product.simplified(), b)};
    const QString p = compactName(product);
    const QString vp = compactName(vendor) + p;
    for (const QString &key : {p, vp}) {
        if (const auto it = m_names.constFind(key); !key.isEmpty() && it != m_names.cend())
            return {*it, {}, Tr::tr("\"%1\" is a name of %2 in the imported files.")
                                 .arg(product.simplified(), *it)};
    }
    // A known name followed by a number: "Windows 7 Professional", "Apache Tomcat 9".
    const QStringList w = words(product);
    for (qsizetype k = w.size() - 1; k >= 1; --k) {
        if (!startsWithDigit(w.at(k)))
            continue;
        const QString head = w.mid(0, k).join(QLatin1Char(' '));
        QString found = builtinEolProduct(vendor, head);
        if (found.isEmpty())
            found = m_names.value(compactName(head));
        if (!found.isEmpty()) {
            return {found, w.mid(k).join(QLatin1Char(' ')),
                    Tr::tr("\"%1\" begins with \"%2\", a known name of %3.")
                        .arg(product.simplified(), head, found)};
        }
    }
    return {};
}

QString CycleMatcher::byCpe(const QString &cpe) const
{
    const QString vp = cpeVendorProduct(cpe);
    if (vp.isEmpty())
        return {};
    if (const auto it = m_cpes.constFind(vp); it != m_cpes.cend())
        return *it;
    return builtinCpeProduct(vp);
}

CycleMatch CycleMatcher::matchProduct(const QString &vendor, const QString &product,
                                      const QString &cpe) const
{
    CycleMatch m;
    if (const auto it = m_mappings.constFind(mappingKey(vendor, product)); it != m_mappings.cend()) {
        if (it->isEmpty()) {
            m.untracked = true;
            m.reason = Tr::tr("Confirmed as not tracked on endoflife.date.");
            return m;
        }
        m.tie = {*it, {}, TieKind::Remembered};
        m.reason = Tr::tr("Confirmed for %1 %2.").arg(vendor.simplified(), product.simplified());
        return m;
    }
    if (const NameHit hit = byName(vendor, product); !hit.product.isEmpty()) {
        m.tie = {hit.product, {}, TieKind::ByName};
        m.reason = hit.reason;
        return m;
    }
    if (const QString p = byCpe(cpe); !p.isEmpty()) {
        m.tie = {p, {}, TieKind::ByCpe};
        m.reason = Tr::tr("The CPE %1 names %2.").arg(cpeVendorProduct(cpe), p);
        return m;
    }
    m.reason = Tr::tr("No endoflife.date product is known by this name or CPE.");
    return m;
}

QString CycleMatcher::cycleFor(const QString &eolProduct, const QString &version,
                               const QString &productName, const QString &cpe) const
{
    const EolCatalogEntry *e = entry(eolProduct);
    if (!e || e->cycles.isEmpty())
        return {};
    // The product-name words after the product's own name: "7 professional" of "Windows 7
    // Professional"; they may carry the major version or the edition.
    QStringList tail = words(productName);
    const NameHit hit = byName(QString(), productName);
    if (hit.product == eolProduct)
        tail = words(hit.remainder);
    // A version spelt exactly like a cycle is that cycle.
    const QString exact = cycleKey(version);
    for (const EolCycleName &c : e->cycles) {
        if (!exact.isEmpty() && cycleKey(c.cycle) == exact)
            return c.cycle;
    }
    if (eolProduct == QLatin1String("windows")) {
        if (const auto c = windowsClientCycle(tail, version, e->cycles))
            return *c;
    } else if (eolProduct == QLatin1String("windows-server")) {
        if (const QString c = windowsServerCycle(version, e->cycles); !c.isEmpty())
            return c;
    }
    QStringList candidates{version};
    const auto number = std::find_if(tail.cbegin(), tail.cend(), startsWithDigit);
    if (number != tail.cend()) {
        candidates << *number + QLatin1Char(' ') + version;
        if (version.trimmed().isEmpty())
            candidates << *number;
    }
    if (const QString v = cpeVersion(cpe); !v.isEmpty() && v != version)
        candidates << v;
    return bestCycle(candidates, e->cycles, e->label.isEmpty() ? e->id : e->label);
}

CycleMatch CycleMatcher::match(const Component &c) const
{
    CycleMatch m;
    const QString explicitProduct = c.eolProduct.trimmed();
    if (!explicitProduct.isEmpty()) {
        m.tie = {explicitProduct, c.eolCycle.trimmed(), TieKind::Explicit};
        m.reason = Tr::tr("The component names %1 itself.").arg(explicitProduct);
    } else {
        m = matchProduct(c.vendor, c.product, c.cpe);
    }
    if (m.tie.eolProduct.isEmpty() || !m.tie.cycle.isEmpty())
        return m;
    m.tie.cycle = cycleFor(m.tie.eolProduct, c.version, c.product, c.cpe);
    if (!entry(m.tie.eolProduct)) {
        m.reason += QLatin1Char(' ')
            + Tr::tr("No release cycles of %1 are imported yet.").arg(m.tie.eolProduct);
    } else if (m.tie.cycle.isEmpty()) {
        m.reason += QLatin1Char(' ')
            + Tr::tr("No cycle of %1 fits the version \"%2\".").arg(m.tie.eolProduct, c.version);
    } else {
        m.reason += QLatin1Char(' ')
            + Tr::tr("The version \"%1\" is in cycle %2.").arg(c.version, m.tie.cycle);
    }
    return m;
}

} // namespace pp
