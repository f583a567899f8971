// Matching vulnerabilities to components (models/planning/vulnmatch.h). The criteria are real
// NVD cpeMatch entries (tests/data/ATTRIBUTION.md, section "planning"): Redis on Debian
// (CVE-2022-0543, an AND configuration with a platform), Rockwell Stratix firmware on its
// hardware (CVE-2023-20198), OpenSSH ranges (CVE-2024-6387), PAN-OS builds with hotfix updates
// (CVE-2024-3400), Apache HTTP Server 2.4.49 and Oracle products (CVE-2021-41773).
#include "models/planning/vulnmatch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace pp;

namespace {

MatchComponent comp(qint64 id, qint64 system, const QString &vendor, const QString &product,
                    const QString &version, const QString &cpe, const QString &purl = {})
{
    MatchComponent c;
    c.id = id;
    c.systemId = system;
    c.vendor = vendor;
    c.product = product;
    c.version = version;
    c.cpe = cpe;
    c.purl = purl;
    return c;
}

CpeCriterion crit(const QString &criteria, bool vulnerable = true, const QString &si = {},
                  const QString &se = {}, const QString &ei = {}, const QString &ee = {})
{
    CpeCriterion c;
    c.criteria = criteria;
    c.vulnerable = vulnerable;
    c.versionStartIncluding = si;
    c.versionStartExcluding = se;
    c.versionEndIncluding = ei;
    c.versionEndExcluding = ee;
    return c;
}

CpeNode node(const QList<CpeCriterion> &criteria, bool negate = false, bool andOp = false)
{
    CpeNode n;
    n.matches = criteria;
    n.negate = negate;
    n.andOperator = andOp;
    return n;
}

CpeConfiguration orConfig(const QList<CpeCriterion> &criteria)
{
    CpeConfiguration c;
    c.nodes = {node(criteria)};
    return c;
}

CpeConfiguration andConfig(const QList<CpeNode> &nodes)
{
    CpeConfiguration c;
    c.andOperator = true;
    c.nodes = nodes;
    return c;
}

QList<qint64> ids(const QList<VulnMatch> &matches)
{
    QList<qint64> out;
    for (const VulnMatch &m : matches)
        out << m.componentId;
    return out;
}

const QString kRedis = QStringLiteral("cpe:2.3:a:redis:redis:-:*:*:*:*:*:*:*");
const QString kDebian10 = QStringLiteral("cpe:2.3:o:debian:debian_linux:10.0:*:*:*:*:*:*:*");
const QString kDebian11 = QStringLiteral("cpe:2.3:o:debian:debian_linux:11.0:*:*:*:*:*:*:*");
const QString kOpenSsh = QStringLiteral("cpe:2.3:a:openbsd:openssh:*:*:*:*:*:*:*:*");
const QString kHttpd2449 = QStringLiteral("cpe:2.3:a:apache:http_server:2.4.49:*:*:*:*:*:*:*");

QString opensshCpe(const QString &version, const QString &update = QStringLiteral("*"))
{
    return QStringLiteral("cpe:2.3:a:openbsd:openssh:%1:%2:*:*:*:*:*:*").arg(version, update);
}

QString panosCpe(const QString &version, const QString &update)
{
    return QStringLiteral("cpe:2.3:o:paloaltonetworks:pan-os:%1:%2:*:*:*:*:*:*")
        .arg(version, update);
}

/// The configurations of an NVD CVE record, read here with QJsonDocument so that this test
/// depends only on the matcher, not on the feed importer.
QList<CpeConfiguration> readConfigurations(const QString &file)
{
    QFile f(QStringLiteral(PP_TEST_DATA "/planning/nvd/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject cve = QJsonDocument::fromJson(f.readAll()).object();
    QList<CpeConfiguration> out;
    for (const QJsonValue &cv : cve.value(QLatin1String("configurations")).toArray()) {
        const QJsonObject co = cv.toObject();
        CpeConfiguration config;
        config.andOperator = co.value(QLatin1String("operator")).toString() == QLatin1String("AND");
        config.negate = co.value(QLatin1String("negate")).toBool();
        for (const QJsonValue &nv : co.value(QLatin1String("nodes")).toArray()) {
            const QJsonObject no = nv.toObject();
            CpeNode n;
            n.andOperator = no.value(QLatin1String("operator")).toString() == QLatin1String("AND");
            n.negate = no.value(QLatin1String("negate")).toBool();
            for (const QJsonValue &mv : no.value(QLatin1String("cpeMatch")).toArray()) {
                const QJsonObject mo = mv.toObject();
                CpeCriterion c;
                c.criteria = mo.value(QLatin1String("criteria")).toString();
                c.vulnerable = mo.value(QLatin1String("vulnerable")).toBool();
                c.versionStartIncluding = mo.value(QLatin1String("versionStartIncluding")).toString();
                c.versionStartExcluding = mo.value(QLatin1String("versionStartExcluding")).toString();
                c.versionEndIncluding = mo.value(QLatin1String("versionEndIncluding")).toString();
                c.versionEndExcluding = mo.value(QLatin1String("versionEndExcluding")).toString();
                n.matches << c;
            }
            config.nodes << n;
        }
        out << config;
    }
    return out;
}

} // namespace

class tst_VulnMatch : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data();
    void normalise();
    void andConfigurationNeedsPlatformInSameSystem();
    void firmwareOnHardware();
    void negatedPlatformNode();
    void andNodeNeedsAllCriteria();
    void ranges_data();
    void ranges();
    void fixedVersionWithUpdate_data();
    void fixedVersionWithUpdate();
    void wildcardVendor();
    void nameMatching();
    void malformedCpeFallsBackToName();
    void emptyVersion();
    void dedupKeepsHighestFix();
    void sortedByComponentId();
    void debianScheme();
    void candidates();
    void realRecords();
    void syntheticScale();
};

void tst_VulnMatch::normalise_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("apache") << "Apache Software Foundation" << "apache_software_foundation";
    QTest::newRow("oracle") << "Oracle Corporation" << "oracle";
    QTest::newRow("inc") << "Red Hat, Inc." << "red_hat";
    QTest::newRow("co ltd") << "Hangzhou Foo Co., Ltd." << "hangzhou_foo";
    QTest::newRow("dash and spaces") << "  Node-JS  Foundation " << "node_js_foundation";
    QTest::newRow("plain") << "OpenSSH" << "openssh";
    QTest::newRow("product") << "HTTP Server" << "http_server";
    QTest::newRow("empty") << "" << "";
}

void tst_VulnMatch::normalise()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(ComponentIndex::normalise(name), expected);
}

// CVE-2022-0543: Redis is vulnerable only as packaged on Debian/Ubuntu (the platform node).
void tst_VulnMatch::andConfigurationNeedsPlatformInSameSystem()
{
    const QString redisCpe = QStringLiteral("cpe:2.3:a:redis:redis:6.0.16:*:*:*:*:*:*:*");
    const ComponentIndex index({
        comp(1, 10, "Redis", "Redis", "6.0.16", redisCpe),      // with Debian 11: affected
        comp(2, 10, "Debian", "Debian", "11.0", kDebian11),
        comp(3, 20, "Redis", "Redis", "6.0.16", redisCpe),      // alone: not affected
        comp(4, 30, "Redis", "Redis", "6.0.16", redisCpe),      // Debian is in system 40
        comp(5, 40, "Debian", "Debian", "10.0", kDebian10),
        comp(6, 50, "Redis", "Redis", "6.0.16", redisCpe),      // Debian 12: not listed
        comp(7, 50, "Debian", "Debian", "12.0",
             "cpe:2.3:o:debian:debian_linux:12.0:*:*:*:*:*:*:*"),
    });
    const CpeConfiguration config = andConfig({
        node({crit(kRedis)}),
        node({crit("cpe:2.3:o:canonical:ubuntu_linux:20.04:*:*:*:lts:*:*:*", false),
              crit(kDebian10, false), crit(kDebian11, false)}),
    });
    const QList<VulnMatch> matches = VulnMatcher(index).match({config});
    QCOMPARE(ids(matches), QList<qint64>{1});
    QCOMPARE(matches[0].kind, MatchKind::Cpe);
    QCOMPARE(matches[0].criteria, kRedis);
    QVERIFY(matches[0].fixedVersion.isEmpty());

    // The same criteria as an OR configuration (one node) would name every Redis.
    QCOMPARE(ids(VulnMatcher(index).match({orConfig({crit(kRedis)})})),
             (QList<qint64>{1, 3, 4, 6}));
}

// CVE-2023-20198: firmware below 17.12.02 on the Stratix 5200 hardware.
void tst_VulnMatch::firmwareOnHardware()
{
    const QString fw =
        QStringLiteral("cpe:2.3:o:rockwellautomation:allen-bradley_stratix_5200_firmware:*:*:*:*:*:*:*:*");
    const QString hw =
        QStringLiteral("cpe:2.3:h:rockwellautomation:allen-bradley_stratix_5200:-:*:*:*:*:*:*:*");
    auto fwCpe = [](const QString &v) {
        return QStringLiteral(
                   "cpe:2.3:o:rockwellautomation:allen-bradley_stratix_5200_firmware:%1:*:*:*:*:*:*:*")
            .arg(v);
    };
    const QString hwCpe =
        QStringLiteral("cpe:2.3:h:rockwellautomation:allen-bradley_stratix_5200:-:*:*:*:*:*:*:*");
    const ComponentIndex index({
        comp(1, 1, "Rockwell", "Stratix 5200 firmware", "17.12.01", fwCpe("17.12.01")),
        comp(2, 1, "Rockwell", "Stratix 5200", "", hwCpe),
        comp(3, 2, "Rockwell", "Stratix 5200 firmware", "17.12.02", fwCpe("17.12.02")),
        comp(4, 2, "Rockwell", "Stratix 5200", "", hwCpe),
        comp(5, 3, "Rockwell", "Stratix 5200 firmware", "17.9", fwCpe("17.9")), // no hardware
    });
    const CpeConfiguration config = andConfig({
        node({crit(fw, true, {}, {}, {}, "17.12.02")}),
        node({crit(hw, false)}),
    });
    const QList<VulnMatch> matches = VulnMatcher(index).match({config});
    QCOMPARE(ids(matches), QList<qint64>{1});
    QCOMPARE(matches[0].fixedVersion, QStringLiteral("17.12.02"));
    QVERIFY(matches[0].lastAffectedVersion.isEmpty());
}

void tst_VulnMatch::negatedPlatformNode()
{
    // "Vulnerable unless running on Debian 11": the negated node must not hold in the system.
    const QString redisCpe = QStringLiteral("cpe:2.3:a:redis:redis:7.0:*:*:*:*:*:*:*");
    const ComponentIndex index({
        comp(1, 1, "", "", "7.0", redisCpe),
        comp(2, 1, "", "", "11.0", kDebian11),
        comp(3, 2, "", "", "7.0", redisCpe),
    });
    const CpeConfiguration config = andConfig({
        node({crit(kRedis)}),
        node({crit(kDebian11, false)}, true),
    });
    QCOMPARE(ids(VulnMatcher(index).match({config})), QList<qint64>{3});

    // A negated configuration names nobody.
    CpeConfiguration negated = orConfig({crit(kRedis)});
    negated.negate = true;
    QVERIFY(VulnMatcher(index).match({negated}).isEmpty());
}

void tst_VulnMatch::andNodeNeedsAllCriteria()
{
    const ComponentIndex index({
        comp(1, 1, "", "", "9.0", opensshCpe("9.0")),
        comp(2, 1, "", "", "9.6", opensshCpe("9.6")),
    });
    // Both criteria must hold for the same component: only 9.0 is in both ranges.
    CpeConfiguration config;
    config.nodes = {node({crit(kOpenSsh, true, "8.6", {}, {}, "9.8"),
                          crit(kOpenSsh, true, {}, {}, "9.0", {})},
                         false, true)};
    QCOMPARE(ids(VulnMatcher(index).match({config})), QList<qint64>{1});
}

void tst_VulnMatch::ranges_data()
{
    QTest::addColumn<QString>("si");
    QTest::addColumn<QString>("se");
    QTest::addColumn<QString>("ei");
    QTest::addColumn<QString>("ee");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");

    // CVE-2024-6387: versionStartIncluding 8.6, versionEndExcluding 9.8.
    QTest::newRow("start incl, at") << "8.6" << "" << "" << "9.8" << "8.6" << true;
    QTest::newRow("start incl, below") << "8.6" << "" << "" << "9.8" << "8.5" << false;
    QTest::newRow("start incl, p1 below") << "8.6" << "" << "" << "9.8" << "8.5p1" << false;
    QTest::newRow("start incl, above") << "8.6" << "" << "" << "9.8" << "8.6p1" << true;
    QTest::newRow("end excl, just below") << "8.6" << "" << "" << "9.8" << "9.7p1" << true;
    QTest::newRow("end excl, at") << "8.6" << "" << "" << "9.8" << "9.8" << false;
    QTest::newRow("end excl, above") << "8.6" << "" << "" << "9.8" << "9.8p1" << false;
    // CVE-2024-6387: versionEndExcluding 4.4 alone (open start).
    QTest::newRow("open start") << "" << "" << "" << "4.4" << "1.2.3" << true;
    QTest::newRow("open start, at end") << "" << "" << "" << "4.4" << "4.4" << false;
    QTest::newRow("end excl, rc below") << "" << "" << "" << "4.4" << "4.4-rc1" << true;
    QTest::newRow("end incl, at") << "" << "" << "9.3" << "" << "9.3" << true;
    QTest::newRow("end incl, above") << "" << "" << "9.3" << "" << "9.3p1" << false;
    QTest::newRow("end incl, below") << "" << "" << "9.3" << "" << "9.2p1" << true;
    QTest::newRow("start excl, at") << "" << "9.0" << "" << "" << "9.0" << false;
    QTest::newRow("start excl, above") << "" << "9.0" << "" << "" << "9.0p1" << true;
    QTest::newRow("start excl, below") << "" << "9.0" << "" << "" << "8.9" << false;
    QTest::newRow("numeric not text") << "8.6" << "" << "" << "9.10" << "9.9" << true;
    QTest::newRow("no bounds") << "" << "" << "" << "" << "0.1" << true;
}

void tst_VulnMatch::ranges()
{
    QFETCH(QString, si);
    QFETCH(QString, se);
    QFETCH(QString, ei);
    QFETCH(QString, ee);
    QFETCH(QString, version);
    QFETCH(bool, expected);
    const CpeCriterion c = crit(kOpenSsh, true, si, se, ei, ee);
    // By CPE (the version in the CPE) and by the inventory version with an ANY CPE version.
    const auto byCpe = VulnMatcher::matchCriterion(
        c, comp(1, 1, "OpenBSD", "OpenSSH", version, opensshCpe(version)));
    QCOMPARE(byCpe.has_value(), expected);
    const auto byVersion = VulnMatcher::matchCriterion(
        c, comp(1, 1, "OpenBSD", "OpenSSH", version, opensshCpe("*")));
    QCOMPARE(byVersion.has_value(), expected);
    const auto byName =
        VulnMatcher::matchCriterion(c, comp(1, 1, "OpenBSD", "OpenSSH", version, {}));
    QCOMPARE(byName.has_value(), expected);
    if (expected) {
        QCOMPARE(byCpe->kind, MatchKind::Cpe);
        QCOMPARE(byName->kind, MatchKind::Name);
        QCOMPARE(byCpe->fixedVersion, ee);
        QCOMPARE(byCpe->lastAffectedVersion, ei);
        QCOMPARE(byCpe->criteria, kOpenSsh);
    }
}

void tst_VulnMatch::fixedVersionWithUpdate_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("cpe");
    QTest::addColumn<QString>("version"); // the inventory's
    QTest::addColumn<bool>("expected");

    const QString h4 = panosCpe("10.2.2", "h4");
    QTest::newRow("h4 = h4") << h4 << panosCpe("10.2.2", "h4") << "10.2.2-h4" << true;
    QTest::newRow("h4 != h5") << h4 << panosCpe("10.2.2", "h5") << "10.2.2-h5" << false;
    QTest::newRow("h4, component update any") << h4 << panosCpe("10.2.2", "*") << "10.2.2"
                                              << true;
    QTest::newRow("h4, component update na") << h4 << panosCpe("10.2.2", "-") << "10.2.2"
                                             << false;
    QTest::newRow("h4, other version") << h4 << panosCpe("10.2.3", "h4") << "10.2.3-h4"
                                       << false;
    QTest::newRow("h4, version equal by compare") << h4 << panosCpe("10.2.02", "h4")
                                                  << "10.2.02-h4" << true;
    const QString na = panosCpe("10.2.0", "-");
    QTest::newRow("na = na") << na << panosCpe("10.2.0", "-") << "10.2.0" << true;
    QTest::newRow("na, component any") << na << panosCpe("10.2.0", "*") << "10.2.0" << true;
    QTest::newRow("na, component h1") << na << panosCpe("10.2.0", "h1") << "10.2.0-h1" << false;
    QTest::newRow("name, h4 in version") << h4 << "" << "10.2.2-h4" << true;
    QTest::newRow("name, h5 in version") << h4 << "" << "10.2.2-h5" << false;
    QTest::newRow("name, na vs hotfix") << na << "" << "10.2.0-h1" << false;
    QTest::newRow("name, plain na") << na << "" << "10.2.0" << true;
}

// CVE-2024-3400 lists each PAN-OS build with its hotfix in the update attribute.
void tst_VulnMatch::fixedVersionWithUpdate()
{
    QFETCH(QString, criteria);
    QFETCH(QString, cpe);
    QFETCH(QString, version);
    QFETCH(bool, expected);
    const auto m = VulnMatcher::matchCriterion(
        crit(criteria), comp(7, 1, "Palo Alto Networks", "PAN-OS", version, cpe));
    QCOMPARE(m.has_value(), expected);
    if (m) {
        QCOMPARE(m->componentId, qint64(7));
        QCOMPARE(m->kind, cpe.isEmpty() ? MatchKind::Name : MatchKind::Cpe);
        QVERIFY(m->fixedVersion.isEmpty());
    }
}

void tst_VulnMatch::wildcardVendor()
{
    const QString anyVendor = QStringLiteral("cpe:2.3:a:*:openssl:1.1.1k:*:*:*:*:*:*:*");
    const ComponentIndex index({
        comp(1, 1, "", "", "1.1.1k", "cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*"),
        comp(2, 1, "OpenSSL Project", "OpenSSL", "1.1.1k", {}),
        comp(3, 1, "", "OpenSSL", "1.1.1k", {}),
        comp(4, 1, "", "", "1.1.1l", "cpe:2.3:a:openssl:openssl:1.1.1l:*:*:*:*:*:*:*"),
        comp(5, 1, "", "", "1.1.1k", "cpe:2.3:a:openssl:libressl:1.1.1k:*:*:*:*:*:*:*"),
    });
    const QList<VulnMatch> matches = VulnMatcher(index).match({orConfig({crit(anyVendor)})});
    QCOMPARE(ids(matches), (QList<qint64>{1, 2, 3}));
    QCOMPARE(matches[0].kind, MatchKind::Cpe);
    QCOMPARE(matches[1].kind, MatchKind::Name);
    QCOMPARE(matches[2].kind, MatchKind::Name);
}

// Without a CPE, vendor and product are compared normalised: lower confidence (Name).
void tst_VulnMatch::nameMatching()
{
    const ComponentIndex index({
        comp(1, 1, "Apache Software Foundation", "HTTP Server", "2.4.49", {}),
        comp(2, 1, "apache", "http_server", "2.4.49", {}),
        comp(3, 1, "Apache Software Foundation", "HTTP Server", "2.4.50", {}),
        comp(4, 1, "Microsoft", "HTTP Server", "2.4.49", {}),        // other vendor
        comp(5, 1, "", "HTTP Server", "2.4.49", {}),                 // no vendor: product decides
        comp(6, 1, "Apache Software Foundation", "HTTP Server", "2.4.49", kHttpd2449), // CPE
        comp(7, 2, "Oracle Corporation", "Instantis EnterpriseTrack", "17.2", {}),
        comp(8, 2, "Oracle Corporation", "Instantis EnterpriseTrack", "17.4", {}),
        comp(9, 2, "Apachesoftware", "HTTP Server", "2.4.49", {}), // not a word boundary
    });
    const QList<CpeConfiguration> configs = {
        orConfig({crit(kHttpd2449)}),
        orConfig({crit("cpe:2.3:a:oracle:instantis_enterprisetrack:17.1:*:*:*:*:*:*:*"),
                  crit("cpe:2.3:a:oracle:instantis_enterprisetrack:17.2:*:*:*:*:*:*:*"),
                  crit("cpe:2.3:a:oracle:instantis_enterprisetrack:17.3:*:*:*:*:*:*:*")}),
    };
    const QList<VulnMatch> matches = VulnMatcher(index).match(configs);
    QCOMPARE(ids(matches), (QList<qint64>{1, 2, 5, 6, 7}));
    QCOMPARE(matches[0].kind, MatchKind::Name);
    QCOMPARE(matches[1].kind, MatchKind::Name);
    QCOMPARE(matches[2].kind, MatchKind::Name);
    QCOMPARE(matches[3].kind, MatchKind::Cpe);
    QCOMPARE(matches[4].kind, MatchKind::Name);
    QCOMPARE(matches[4].criteria,
             QStringLiteral("cpe:2.3:a:oracle:instantis_enterprisetrack:17.2:*:*:*:*:*:*:*"));
}

void tst_VulnMatch::malformedCpeFallsBackToName()
{
    const ComponentIndex index({
        comp(1, 1, "Apache", "HTTP Server", "2.4.49", "cpe:2.3:a:apache:http_server"),
        comp(2, 1, "Apache", "HTTP Server", "2.4.49", "not a cpe"),
        // A valid CPE of another product: no name fallback (the CPE is trusted).
        comp(3, 1, "Apache", "HTTP Server", "2.4.49",
             "cpe:2.3:a:apache:tomcat:2.4.49:*:*:*:*:*:*:*"),
    });
    const QList<VulnMatch> matches = VulnMatcher(index).match({orConfig({crit(kHttpd2449)})});
    QCOMPARE(ids(matches), (QList<qint64>{1, 2}));
    QCOMPARE(matches[0].kind, MatchKind::Name);
    QCOMPARE(matches[1].kind, MatchKind::Name);
}

void tst_VulnMatch::emptyVersion()
{
    const MatchComponent unknownByCpe =
        comp(1, 1, "OpenBSD", "OpenSSH", "", QStringLiteral("cpe:2.3:a:openbsd:openssh:*:*:*:*:*:*:*:*"));
    const MatchComponent unknownByName = comp(2, 1, "OpenBSD", "OpenSSH", "", {});
    for (const MatchComponent &c : {unknownByCpe, unknownByName}) {
        // Covers every version: matches.
        QVERIFY(VulnMatcher::matchCriterion(crit(kOpenSsh), c).has_value());
        // A range or a version: the unknown version may lie outside, so no finding.
        QVERIFY(!VulnMatcher::matchCriterion(crit(kOpenSsh, true, {}, {}, {}, "4.4"), c));
        QVERIFY(!VulnMatcher::matchCriterion(crit(kOpenSsh, true, "8.6"), c));
        QVERIFY(!VulnMatcher::matchCriterion(crit(opensshCpe("9.8", "-")), c));
    }
}

void tst_VulnMatch::dedupKeepsHighestFix()
{
    const ComponentIndex index({comp(1, 1, "", "", "9.0", opensshCpe("9.0"))});
    const QList<CpeConfiguration> configs = {
        orConfig({crit(kOpenSsh, true, "8.6", {}, {}, "9.3p2"),
                  crit(kOpenSsh, true, "8.6", {}, {}, "9.8")}),
        orConfig({crit(kOpenSsh, true, {}, {}, "9.6", {}),
                  crit(kOpenSsh, true, {}, {}, "9.1", {})}),
        orConfig({crit(opensshCpe("9.0"))}),
    };
    const QList<VulnMatch> matches = VulnMatcher(index).match(configs);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches[0].fixedVersion, QStringLiteral("9.8"));
    QCOMPARE(matches[0].lastAffectedVersion, QStringLiteral("9.6"));
    QCOMPARE(matches[0].criteria, kOpenSsh);
    QCOMPARE(matches[0].kind, MatchKind::Cpe);

    // 9.10 is higher than 9.9 by version order (not by text).
    const QList<VulnMatch> numeric = VulnMatcher(index).match(
        {orConfig({crit(kOpenSsh, true, {}, {}, {}, "9.10"),
                   crit(kOpenSsh, true, {}, {}, {}, "9.9")})});
    QCOMPARE(numeric.size(), 1);
    QCOMPARE(numeric[0].fixedVersion, QStringLiteral("9.10"));

    // Only exact-version criteria: no fix known.
    const QList<VulnMatch> exact = VulnMatcher(index).match({configs[2]});
    QCOMPARE(exact.size(), 1);
    QVERIFY(exact[0].fixedVersion.isEmpty());
    QVERIFY(exact[0].lastAffectedVersion.isEmpty());
    QCOMPARE(exact[0].criteria, opensshCpe("9.0"));
}

void tst_VulnMatch::sortedByComponentId()
{
    const ComponentIndex index({
        comp(30, 1, "", "", "9.0", opensshCpe("9.0")),
        comp(10, 2, "OpenBSD", "OpenSSH", "9.1", {}),
        comp(20, 3, "", "", "9.2", opensshCpe("9.2")),
    });
    QCOMPARE(ids(VulnMatcher(index).match({orConfig({crit(kOpenSsh, true, "8.6", {}, {}, "9.8")})})),
             (QList<qint64>{10, 20, 30}));
}

void tst_VulnMatch::debianScheme()
{
    // dpkg order: "~" sorts before the end, so 1.1.1n-0+deb11u5 < 1.1.1n-0+deb11u6 but the
    // generic order would also agree; the tilde case is where they differ.
    const CpeCriterion c = crit("cpe:2.3:a:openssl:openssl:*:*:*:*:*:*:*:*", true, {}, {}, {},
                                "1.1.1n");
    const MatchComponent deb = comp(1, 1, "OpenSSL", "OpenSSL", "1.1.1n~rc1", {},
                                    "pkg:deb/debian/openssl@1.1.1n~rc1");
    QVERIFY(VulnMatcher::matchCriterion(c, deb).has_value()); // ~rc1 sorts before 1.1.1n
    const MatchComponent debFixed = comp(2, 1, "OpenSSL", "OpenSSL", "1.1.1n-0+deb11u5", {},
                                         "pkg:deb/debian/openssl@1.1.1n-0+deb11u5");
    QVERIFY(!VulnMatcher::matchCriterion(c, debFixed).has_value());
}

void tst_VulnMatch::candidates()
{
    const ComponentIndex index({
        comp(1, 1, "", "", "9.0", opensshCpe("9.0")),
        comp(2, 1, "OpenBSD", "OpenSSH", "9.0", {}),
        comp(3, 1, "", "OpenSSH", "9.0", {}),
        comp(4, 1, "", "", "2.4.49", kHttpd2449),
        comp(5, 1, "OpenBSD Foundation", "OpenSSH", "9.0", {}),
    });
    QCOMPARE(index.size(), 5);
    QCOMPARE(index.at(3).id, qint64(4));
    QCOMPARE(index.candidates("openbsd", "openssh"), (QList<int>{0, 1, 2, 4}));
    QCOMPARE(index.candidates("*", "openssh"), (QList<int>{0, 1, 2, 4}));
    QCOMPARE(index.candidates("apache", "http_server"), QList<int>{3});
    QVERIFY(index.candidates("microsoft", "windows").isEmpty());
}

// Whole NVD records (tests/data/planning/nvd) against a small estate.
void tst_VulnMatch::realRecords()
{
    const ComponentIndex index({
        comp(1, 1, "OpenBSD", "OpenSSH", "9.6p1", opensshCpe("9.6", "p1")),   // 8.6 <= v < 9.8
        comp(2, 1, "OpenBSD", "OpenSSH", "8.5p1", opensshCpe("8.5", "p1")),   // listed exactly
        comp(3, 2, "OpenBSD", "OpenSSH", "9.8p1", opensshCpe("9.8", "p1")),   // fixed
        comp(4, 2, "OpenBSD", "OpenSSH", "9.8", opensshCpe("9.8", "-")),      // listed exactly
        comp(5, 3, "Redis", "Redis", "6.0.16", "cpe:2.3:a:redis:redis:6.0.16:*:*:*:*:*:*:*"),
        comp(6, 3, "Debian", "Debian GNU/Linux", "11.0", kDebian11),
        comp(7, 4, "Redis", "Redis", "6.0.16", "cpe:2.3:a:redis:redis:6.0.16:*:*:*:*:*:*:*"),
        comp(8, 5, "Palo Alto Networks", "PAN-OS", "10.2.9", panosCpe("10.2.9", "-")),
        comp(9, 5, "Palo Alto Networks", "PAN-OS", "10.2.9-h1", panosCpe("10.2.9", "h1")),
        comp(10, 6, "Palo Alto Networks", "PAN-OS", "11.1.2-h1", {}),       // by name
        comp(11, 7, "Apache Software Foundation", "HTTP Server", "2.4.49", {}),
        comp(12, 7, "Apache Software Foundation", "HTTP Server", "2.4.51", {}),
    });
    const VulnMatcher matcher(index);

    const QList<CpeConfiguration> regreSsh = readConfigurations("CVE-2024-6387.json");
    QVERIFY(!regreSsh.isEmpty());
    const QList<VulnMatch> ssh = matcher.match(regreSsh);
    QCOMPARE(ids(ssh), (QList<qint64>{1, 2, 4}));
    QCOMPARE(ssh[0].fixedVersion, QStringLiteral("9.8"));
    QVERIFY(ssh[1].fixedVersion.isEmpty());
    QCOMPARE(ssh[1].criteria, opensshCpe("8.5", "p1"));

    const QList<CpeConfiguration> redis = readConfigurations("CVE-2022-0543.json");
    QVERIFY(!redis.isEmpty());
    QCOMPARE(ids(matcher.match(redis)), QList<qint64>{5});

    const QList<CpeConfiguration> panos = readConfigurations("CVE-2024-3400.json");
    QVERIFY(!panos.isEmpty());
    const QList<VulnMatch> pan = matcher.match(panos);
    QCOMPARE(ids(pan), (QList<qint64>{8, 10}));
    QCOMPARE(pan[0].kind, MatchKind::Cpe);
    QCOMPARE(pan[1].kind, MatchKind::Name);
    QCOMPARE(pan[1].criteria, panosCpe("11.1.2", "h1"));

    const QList<CpeConfiguration> traversal = readConfigurations("CVE-2021-41773.json");
    QVERIFY(!traversal.isEmpty());
    const QList<VulnMatch> httpd = matcher.match(traversal);
    QCOMPARE(ids(httpd), QList<qint64>{11});
    QCOMPARE(httpd[0].kind, MatchKind::Name);
}

// 20,000 components x 2,000 vulnerabilities; the result is checked against criterion-by-
// criterion matching over every component for a sample. The time is printed, not asserted.
void tst_VulnMatch::syntheticScale()
{
    constexpr int kComponents = 20000;
    constexpr int kVulns = 2000;
    constexpr int kProducts = 1000;
    QRandomGenerator rng(42);
    QList<MatchComponent> components;
    components.reserve(kComponents);
    for (int i = 0; i < kComponents; ++i) {
        const int p = int(rng.bounded(kProducts));
        const QString version = QStringLiteral("%1.%2.%3")
                                    .arg(rng.bounded(5))
                                    .arg(rng.bounded(20))
                                    .arg(rng.bounded(30));
        const QString vendor = QStringLiteral("vendor%1").arg(p % 300);
        const QString product = QStringLiteral("product%1").arg(p);
        // Every third component has no CPE and is matched by name.
        const QString cpe = i % 3 == 0
            ? QString()
            : QStringLiteral("cpe:2.3:a:%1:%2:%3:*:*:*:*:*:*:*").arg(vendor, product, version);
        components << comp(i + 1, i / 10 + 1, vendor, product, version, cpe);
    }
    QList<CpeConfiguration> vulns;
    vulns.reserve(kVulns);
    for (int v = 0; v < kVulns; ++v) {
        const int p = int(rng.bounded(kProducts));
        const QString any = QStringLiteral("cpe:2.3:a:vendor%1:product%2:*:*:*:*:*:*:*:*")
                                .arg(p % 300)
                                .arg(p);
        const QString exact = QStringLiteral("cpe:2.3:a:vendor%1:product%2:%3.%4.%5:*:*:*:*:*:*:*")
                                  .arg(p % 300)
                                  .arg(p)
                                  .arg(rng.bounded(5))
                                  .arg(rng.bounded(20))
                                  .arg(rng.bounded(30));
        const QString start = QStringLiteral("%1.0").arg(rng.bounded(5));
        const QString end = QStringLiteral("%1.%2").arg(rng.bounded(5)).arg(rng.bounded(20));
        vulns << orConfig({crit(any, true, start, {}, {}, end), crit(exact)});
    }

    QElapsedTimer timer;
    timer.start();
    const ComponentIndex index(components);
    const qint64 indexMs = timer.restart();
    const VulnMatcher matcher(index);
    qsizetype total = 0;
    QList<QList<VulnMatch>> results;
    results.reserve(kVulns);
    for (const CpeConfiguration &v : std::as_const(vulns)) {
        results << matcher.match({v});
        total += results.constLast().size();
    }
    const qint64 matchMs = timer.elapsed();
    qInfo("vulnmatch: index of %d components %lld ms; %d vulnerabilities matched in %lld ms "
          "(%lld findings)",
          kComponents, indexMs, kVulns, matchMs, qint64(total));
    QVERIFY(total > 0);

    for (int v = 0; v < kVulns; v += 400) {
        QList<qint64> expected;
        for (const MatchComponent &c : std::as_const(components)) {
            for (const CpeCriterion &cr : vulns[v].nodes[0].matches) {
                if (VulnMatcher::matchCriterion(cr, c)) {
                    expected << c.id;
                    break;
                }
            }
        }
        QCOMPARE(ids(results[v]), expected);
    }
}

QTEST_APPLESS_MAIN(tst_VulnMatch)
#include "tst_vulnmatch.moc"
