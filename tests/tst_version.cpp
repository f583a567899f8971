// Version ordering (models/domain/version.h): the generic vendor order, dpkg's order checked
// against dpkg itself when it is installed, rpmvercmp, and the properties sorting relies on.
#include "models/domain/version.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace pp;

namespace {

struct Pair
{
    const char *a;
    const char *b;
    int expected; // sign of compare(a, b)
};

int sgn(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

// Debian Policy 5.6.12 cases; every expected value was produced by dpkg --compare-versions and
// is checked against it again below when dpkg is installed.
constexpr Pair kDebianPairs[] = {
        {"1.0", "1.0", 0},
        {"1.0", "1.1", -1},
        {"1.1", "1.0", 1},
        {"1.0", "1.0-1", -1},
        {"1.0-1", "1.0", 1},
        {"1.0-0", "1.0", 0},
        {"1.0-1", "1.0-2", -1},
        {"1.0-10", "1.0-9", 1},
        {"1:1.0", "1.0", 1},
        {"2:1.0", "1:9.9", 1},
        {"1:9.9", "2:1.0", -1},
        {"0:1.0", "1.0", 0},
        {"1.0~rc1", "1.0", -1},
        {"1.0~rc1", "1.0~rc2", -1},
        {"1.0~~", "1.0~", -1},
        {"1.0~", "1.0", -1},
        {"1.0~rc1-1", "1.0-1", -1},
        {"1.0-1~bpo1", "1.0-1", -1},
        {"2.36-9+deb12u4", "2.36-9+deb12u10", -1},
        {"2.4.57-2", "2.4.57-2+deb12u1", -1},
        {"2.4.57-2+deb12u1", "2.4.57-2+deb12u2", -1},
        {"1.1.1k-7", "1.1.1k-8", -1},
        {"1.1.1k-7", "1.1.1l-1", -1},
        {"1.1.1k", "1.1.1", 1},
        {"1.1.1a", "1.1.1", 1},
        {"1.01", "1.1", 0},
        {"1.001", "1.1", 0},
        {"1.010", "1.10", 0},
        {"1.0a", "1.0", 1},
        {"1.0a", "1.0b", -1},
        {"1.0A", "1.0a", -1},
        {"1.0+", "1.0", 1},
        {"1.0+", "1.0.", -1},
        {"1.0.1", "1.0+1", 1},
        {"1.0+1", "1.0a1", 1},
        {"1.0", "1.0.0", -1},
        {"1.0.0", "1.0.a", -1},
        {"1.2.3", "1.2.10", -1},
        {"7.88.1-10+deb12u5", "7.88.1-10+deb12u8", -1},
        {"3.0.11-1~deb12u2", "3.0.11-1", -1},
        {"3.0.11-1~deb12u2", "3.0.13-1~deb12u1", -1},
        {"1:2.38.1-5+deb12u1", "1:2.38.1-5+deb12u3", -1},
        {"2.0-1+b1", "2.0-1", 1},
        {"2.0-1+b1", "2.0-1.1", -1},
        {"10", "9", 1},
        {"10a", "9z", 1},
        {"a", "b", -1},
        {"a", "1", 1},
        {"1.0-a", "1.0-1", 1},
        {"1.0-1-1", "1.0-1", 1},
        {"1.0-1-1", "1.0-2", 1},
        {"1.0-1.2", "1.0-1.10", -1},
        {"5.10.0-28", "5.10.0-9", 1},
        {"6.1.0-18-amd64", "6.1.0-9-amd64", 1},
        {"1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1+b1", -1},
        {"2.2.6~dfsg-1", "2.2.6-1", -1},
        {"0.9.8", "0.9.8-1", -1},
        {"9.6.0+~cs5.2.10-2", "9.6.0-1", 1},
        {"252.22-1~deb12u1", "252.30-1~deb12u2", -1},
        {"1.21.1", "1.21.1+dfsg", -1},
        {"1.0~beta1~svn1245", "1.0~beta1", -1},
        {"1.0~beta1", "1.0~", 1},
        {"00", "0", 0},
        {"1.0.0-00", "1.0.0", 0},
        {"1:0", "0:1", 1},
        {"3.1-20221030-1", "3.1-20230101-1", -1},
        {"1.2.3.4.5.6.7.8.9.10", "1.2.3.4.5.6.7.8.9.9", 1},
        {"99999999999999999999", "99999999999999999998", 1},
        {"2.9.14+dfsg-1.3~deb12u1", "2.9.14+dfsg-1.3", -1},
};

constexpr Pair kGenericPairs[] = {
    {"1.2.3-rc1", "1.2.3", -1},
    {"2.4.57p1", "2.4.57", 1},
    {"17.9.4a", "17.9.4", 1},
    {"10.2.3-h4", "10.2.3", 1},
    {"10.2.3-h4", "10.2.3-h10", -1},
    {"13.1-49.15", "13.1-50.1", -1},
    {"13.1-49.15", "13.1", 1},
    {"10.0.19045.4780", "10.0.22621.1", -1},
    {"1:1.0", "9.9", 1},
    {"0:1.0", "1.0", 0},
    {"2.0.0-beta.2", "2.0.0", -1},
    {"2.0.0-beta.2", "2.0.0-beta.11", -1},
    {"2.0.0-alpha", "2.0.0-beta", -1},
    {"2.0.0-beta", "2.0.0-rc.1", -1},
    {"1.10", "1.9", 1},
    {"8.0.36", "8.0.4", 1},
    {"cumulative_update_8", "cumulative_update_12", -1},
    {"Cumulative_Update_12", "cumulative_update_12", 0},
    {"1.2.3-RC1", "1.2.3-rc1", 0},
    {"V1.2", "v1.2", 0},
    {"1.2.3-rc1", "1.2.3-p1", -1},
    {"1.2.3-p1", "1.2.3.1", -1},
    {"1.2.a", "1.2.0", -1},
    {"1.2~beta", "1.2", -1},
    {"1.0a1", "1.0", -1},
    {"1.0b2", "1.0a3", 1},
    {"1.0.dev1", "1.0", -1},
    {"5.0-SNAPSHOT", "5.0", -1},
    {"17-ea", "17", -1},
    {"1.2", "1.2.0", -1},
    {"1.02", "1.2", 0},
    {"1.0", "1-0", 0},
    {"1_0+0", "1.0.0", 0},
    {"1.1.1k", "1.1.1l", -1},
    {"1.1.1w", "3.0.0", -1},
    {"2.4.9", "2.4.10", -1},
    {"12345678901234567890", "12345678901234567891", -1},
    {"000000000000000000001", "1", 0},
    {"", "", 0},
    {"", "0", -1},
    {"1.0 ", " 1.0", 0},
    {"7.4.2 build 1234", "7.4.2 build 999", 1},
    {"2016", "2019", -1},
    {"2019 CU8", "2019 CU12", -1},
    {"4.4.0-m1", "4.4.0", -1},
    {"4.4.0-milestone", "4.4.0-snapshot", -1},
};

// rpmvercmp cases, most from rpm's own test suite (tests/rpmvercmp.at).
constexpr Pair kRpmPairs[] = {
    {"1.0", "1.0", 0},
    {"1.0", "2.0", -1},
    {"2.0.1", "2.0", 1},
    {"2.0.1a", "2.0.1", 1},
    {"5.5p1", "5.5p2", -1},
    {"5.5p1", "5.5p10", -1},
    {"10xyz", "10.1xyz", -1},
    {"xyz10", "xyz10.1", -1},
    {"xyz.4", "8", -1},
    {"xyz.4", "2", -1},
    {"5.6p1", "6.5p1", -1},
    {"6.0.rc1", "6.0", 1},
    {"10b2", "10a1", 1},
    {"1.0a", "1.0aa", -1},
    {"10.0001", "10.1", 0},
    {"10.0001", "10.0039", -1},
    {"4.999.9", "5.0", -1},
    {"20101121", "20101122", -1},
    {"2.0", "2_0", 0},
    {"a+", "a_", 0},
    {"+a", "_a", 0},
    {"1.0~rc1", "1.0", -1},
    {"1.0~rc1", "1.0~rc2", -1},
    {"1.0~rc1~git123", "1.0~rc1", -1},
    {"1.0^", "1.0", 1},
    {"1.0^git1", "1.0", 1},
    {"1.0^git1", "1.0^git2", -1},
    {"1.0^git1", "1.01", -1},
    {"1.0^20160101", "1.0.1", -1},
    {"1.0~rc1^git1", "1.0~rc1", 1},
    {"1.0^git1~pre", "1.0^git1", -1},
    {"1.0A", "1.0a", -1}, // rpm compares letters case-sensitively
    // epoch:version-release
    {"1:1.0-1", "2.0-1", 1},
    {"0:1.0-1", "1.0-1", 0},
    {"1.1.1k-7.el8_6", "1.1.1k-5.el8_5", 1},
    {"1.1.1k-7.el8_6", "1.1.1l-1.el8", -1},
    {"2.4.37-51.module+el8.7.0+18026+7b169787.1", "2.4.37-56.module+el8.8.0+18758+b3a9c8da.7", -1},
    {"1.0-1", "1.0", 1},
    {"1.0-2", "1.0-10", -1},
};

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

/// Runs `dpkg --compare-versions a op b`; true when the relation holds.
bool dpkgSays(const QString &a, const char *op, const QString &b)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/dpkg"),
            {QStringLiteral("--compare-versions"), a, QString::fromLatin1(op), b});
    p.waitForFinished(10000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

int dpkgCompare(const QString &a, const QString &b)
{
    if (dpkgSays(a, "lt", b))
        return -1;
    if (dpkgSays(a, "eq", b))
        return 0;
    return 1;
}

/// A random Debian-style version dpkg accepts: [epoch:]upstream[-revision].
QString randomDebian(QRandomGenerator &rng)
{
    static const QString chars = QStringLiteral("0123456789abz.+~");
    const auto run = [&](int maxLen) {
        QString s;
        const int n = int(rng.bounded(maxLen)) + 1;
        for (int i = 0; i < n; ++i)
            s += chars[rng.bounded(int(chars.size()))];
        return s;
    };
    QString v;
    if (rng.bounded(4) == 0)
        v += QString::number(rng.bounded(3)) + QLatin1Char(':');
    v += QString::number(rng.bounded(12)) + run(5);
    if (rng.bounded(2) == 0)
        v += QLatin1Char('-') + run(4);
    return v;
}

/// A random text over the characters that matter to any of the three orders.
QString randomText(QRandomGenerator &rng)
{
    static const QString chars = QStringLiteral("0019aAbrcpzZ.-_+~^: ");
    QString s;
    const int n = int(rng.bounded(9));
    for (int i = 0; i < n; ++i)
        s += chars[rng.bounded(int(chars.size()))];
    return s;
}

using Comparator = std::function<int(QStringView, QStringView)>;

} // namespace

class tst_Version : public QObject
{
    Q_OBJECT

private:
    void checkProperties(const Comparator &cmp, const char *name);

private slots:
    void debianTable();
    void debianAgreesWithDpkg();
    void randomDebianAgreesWithDpkg();
    void generic();
    void rpm();
    void schemes();
    void properties();
    void isValid_data();
    void isValid();
    void longInputIsLinear();
    void throughput();
};

void tst_Version::debianTable()
{
    QVERIFY(std::size(kDebianPairs) >= 60);
    for (const Pair &p : kDebianPairs) {
        const int got = sgn(version::compareDebian(str(p.a), str(p.b)));
        QVERIFY2(got == p.expected,
                 qPrintable(QStringLiteral("%1 vs %2: got %3, expected %4")
                                .arg(str(p.a), str(p.b)).arg(got).arg(p.expected)));
        QCOMPARE(sgn(version::compareDebian(str(p.b), str(p.a))), -p.expected);
    }
}

void tst_Version::debianAgreesWithDpkg()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/dpkg")))
        QSKIP("dpkg is not installed");
    for (const Pair &p : kDebianPairs) {
        const int dpkg = dpkgCompare(str(p.a), str(p.b));
        QVERIFY2(dpkg == p.expected,
                 qPrintable(QStringLiteral("dpkg: %1 vs %2 is %3, table says %4")
                                .arg(str(p.a), str(p.b)).arg(dpkg).arg(p.expected)));
        QCOMPARE(sgn(version::compareDebian(str(p.a), str(p.b))), dpkg);
    }
}

void tst_Version::randomDebianAgreesWithDpkg()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/dpkg")))
        QSKIP("dpkg is not installed");
    QRandomGenerator rng(20261128);
    for (int i = 0; i < 300; ++i) {
        const QString a = randomDebian(rng);
        QString b = randomDebian(rng);
        if (rng.bounded(2)) {
            // Half the pairs share a prefix, so that the interesting tails meet.
            b = a.left(1 + int(rng.bounded(a.size())));
            for (int n = int(rng.bounded(4)); n >= 0; --n)
                b += QStringLiteral("0123456789abz.+~")[rng.bounded(16)];
        }
        const int dpkg = dpkgCompare(a, b);
        const int ours = sgn(version::compareDebian(a, b));
        QVERIFY2(ours == dpkg, qPrintable(QStringLiteral("%1 vs %2: dpkg %3, ours %4")
                                              .arg(a, b).arg(dpkg).arg(ours)));
    }
}

void tst_Version::generic()
{
    for (const Pair &p : kGenericPairs) {
        const int got = sgn(version::compare(str(p.a), str(p.b)));
        QVERIFY2(got == p.expected,
                 qPrintable(QStringLiteral("%1 vs %2: got %3, expected %4")
                                .arg(str(p.a), str(p.b)).arg(got).arg(p.expected)));
        QCOMPARE(sgn(version::compare(str(p.b), str(p.a))), -p.expected);
    }
    // A release train in order.
    const QStringList train{
        QStringLiteral("1.2.3-alpha"), QStringLiteral("1.2.3-alpha.2"),
        QStringLiteral("1.2.3-beta"),
        QStringLiteral("1.2.3-rc1"), QStringLiteral("1.2.3-rc2"), QStringLiteral("1.2.3"),
        QStringLiteral("1.2.3a"), QStringLiteral("1.2.3-h1"), QStringLiteral("1.2.3-p1"),
        QStringLiteral("1.2.3p2"), QStringLiteral("1.2.3.1"), QStringLiteral("1.2.4"),
        QStringLiteral("1.10"), QStringLiteral("2"), QStringLiteral("1:0.1")};
    for (qsizetype i = 0; i + 1 < train.size(); ++i)
        QVERIFY2(version::compare(train[i], train[i + 1]) < 0,
                 qPrintable(train[i] + QStringLiteral(" < ") + train[i + 1]));
}

void tst_Version::rpm()
{
    for (const Pair &p : kRpmPairs) {
        const int got = sgn(version::compareRpm(str(p.a), str(p.b)));
        QVERIFY2(got == p.expected,
                 qPrintable(QStringLiteral("%1 vs %2: got %3, expected %4")
                                .arg(str(p.a), str(p.b)).arg(got).arg(p.expected)));
        QCOMPARE(sgn(version::compareRpm(str(p.b), str(p.a))), -p.expected);
    }
}

void tst_Version::schemes()
{
    using version::Scheme;
    QCOMPARE(version::schemeForPurl(u"pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64"),
             Scheme::Debian);
    QCOMPARE(version::schemeForPurl(u"PKG:RPM/redhat/openssl@1.1.1k-7.el8_6"), Scheme::Rpm);
    QCOMPARE(version::schemeForPurl(u"pkg:npm/lodash@4.17.21"), Scheme::Generic);
    QCOMPARE(version::schemeForPurl(u"pkg:debian/x"), Scheme::Generic);
    QCOMPARE(version::schemeForPurl(u""), Scheme::Generic);
    // The scheme decides: '~' in Debian, '^' in RPM, pre-release words in Generic.
    QVERIFY(version::compare(Scheme::Debian, u"1.0~rc1", u"1.0") < 0);
    QVERIFY(version::compare(Scheme::Debian, u"1.0a", u"1.0") > 0);
    QVERIFY(version::compare(Scheme::Generic, u"1.0a1", u"1.0") < 0);
    QVERIFY(version::compare(Scheme::Debian, u"1.0a1", u"1.0") > 0);
    QVERIFY(version::compare(Scheme::Rpm, u"1.0^1", u"1.0") > 0);
    QVERIFY(version::compare(Scheme::Rpm, u"1.0A", u"1.0a") < 0);
    QVERIFY(version::compare(Scheme::Generic, u"1.0A", u"1.0a") == 0);
}

void tst_Version::checkProperties(const Comparator &cmp, const char *name)
{
    QRandomGenerator rng(42);
    QStringList values;
    for (int i = 0; i < 400; ++i)
        values << (i % 2 ? randomText(rng) : randomDebian(rng));
    // Reflexive and antisymmetric on every pair.
    for (const QString &a : values) {
        QVERIFY2(cmp(a, a) == 0, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), a)));
        for (const QString &b : values) {
            if (sgn(cmp(a, b)) != -sgn(cmp(b, a)))
                QFAIL(qPrintable(QStringLiteral("%1: not antisymmetric on \"%2\" / \"%3\"")
                                     .arg(QLatin1String(name), a, b)));
        }
    }
    // Transitive: insertion sort (safe with any comparator) orders neighbours; only a transitive
    // order leaves every pair of the sorted list in order.
    QStringList sorted;
    for (const QString &v : values) {
        qsizetype i = sorted.size();
        while (i > 0 && cmp(sorted[i - 1], v) > 0)
            --i;
        sorted.insert(i, v);
    }
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        for (qsizetype j = i + 1; j < sorted.size(); ++j) {
            if (cmp(sorted[i], sorted[j]) > 0)
                QFAIL(qPrintable(QStringLiteral("%1: not transitive: \"%2\" sorts before \"%3\"")
                                     .arg(QLatin1String(name), sorted[i], sorted[j])));
        }
    }
}

void tst_Version::properties()
{
    checkProperties([](QStringView a, QStringView b) { return version::compare(a, b); }, "generic");
    checkProperties([](QStringView a, QStringView b) { return version::compareDebian(a, b); },
                    "debian");
    checkProperties([](QStringView a, QStringView b) { return version::compareRpm(a, b); }, "rpm");
}

void tst_Version::isValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "1.2.3" << true;
    QTest::newRow("word") << "cumulative_update_8" << true;
    QTest::newRow("one char") << "7" << true;
    QTest::newRow("256") << QString(256, QLatin1Char('1')) << true;
    QTest::newRow("257") << QString(257, QLatin1Char('1')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("any") << "*" << false;
    QTest::newRow("na") << "-" << false;
    QTest::newRow("punctuation only") << ".-" << false;
    QTest::newRow("leading space") << " 1.0" << false;
    QTest::newRow("trailing tab") << "1.0\t" << false;
    QTest::newRow("inner space") << "2019 CU8" << true;
    QTest::newRow("control") << QStringLiteral("1.0\x01") << false;
    QTest::newRow("newline") << "1.0\n2" << false;
}

void tst_Version::isValid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(version::isValid(text), valid);
}

void tst_Version::longInputIsLinear()
{
    // Matching compares millions of pairs; a long hostile text must not cost more than a walk.
    const QString a = QString(200000, QLatin1Char('1')) + QStringLiteral(".a");
    const QString b = QString(200000, QLatin1Char('1')) + QStringLiteral(".b");
    const QString c = QStringLiteral("1.").repeated(100000);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(version::compare(a, b) < 0);
        QVERIFY(version::compareDebian(a, b) < 0);
        QVERIFY(version::compareRpm(a, b) < 0);
        QCOMPARE(version::compare(c, c), 0);
        QVERIFY(version::compareDebian(c, c + QLatin1Char('1')) < 0);
    }
    // A quadratic walk over 200,000 characters would take minutes; a Debug build on a busy
    // machine takes well under a second.
    QVERIFY2(t.elapsed() < 15000, qPrintable(QString::number(t.elapsed())));
}

void tst_Version::throughput()
{
    // Matching compares each candidate component with up to four bounds per criterion.
    const QString a = QStringLiteral("10.0.19045.4780");
    const QString b = QStringLiteral("10.0.22621.1");
    const QString c = QStringLiteral("1:2.4.57-2+deb12u1");
    const QString d = QStringLiteral("1:2.4.57-2+deb12u2");
    QElapsedTimer t;
    t.start();
    int sum = 0;
    for (int i = 0; i < 100000; ++i) {
        sum += version::compare(a, b) < 0;
        sum += version::compareDebian(c, d) < 0;
        sum += version::compareRpm(c, d) < 0;
    }
    const qint64 ms = t.elapsed();
    QCOMPARE(sum, 300000);
    qInfo("300,000 comparisons: %lld ms", ms);
    QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(tst_Version)
#include "tst_version.moc"
