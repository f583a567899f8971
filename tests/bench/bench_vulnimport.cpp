// Benchmark of vulnerability intake (issue 5, "Performance"): a synthetic estate and a synthetic
// NVD CVE API 2.0 feed, generated from a seed, imported and matched with VulnImport::run; prints
// wall time and peak memory. Not a test: run it by hand,
//   build/tests/bench/bench_vulnimport [--cves N] [--components N] [--seed S] [--db LOCATION]
// (issue 9 grows this into the whole-estate benchmark).
#include "models/domain/component.h"
#include "models/domain/system.h"
#include "models/io/vulnimport.h"
#include "models/storage/componentrepository.h"
#include "models/storage/database.h"
#include "models/storage/systemrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace pp;

namespace {

struct Product
{
    QString vendor;
    QString product;
    ComponentKind kind;
};

/// A spread of products: a few hundred the estate runs, and many more only the feed names.
QList<Product> products(int count, QRandomGenerator &rng)
{
    static const ComponentKind kinds[] = {ComponentKind::Os, ComponentKind::Middleware,
                                          ComponentKind::Database, ComponentKind::Runtime,
                                          ComponentKind::Application, ComponentKind::Network};
    QList<Product> out;
    for (int i = 0; i < count; ++i) {
        out << Product{QStringLiteral("vendor%1").arg(i / 4),
                       QStringLiteral("product_%1").arg(i),
                       kinds[rng.bounded(int(std::size(kinds)))]};
    }
    return out;
}

QString version(QRandomGenerator &rng)
{
    return QStringLiteral("%1.%2.%3").arg(rng.bounded(1, 12)).arg(rng.bounded(0, 20)).arg(
        rng.bounded(0, 60));
}

qint64 peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    QCommandLineOption cvesOpt(QStringLiteral("cves"), QStringLiteral("CVEs in the feed"),
                               QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption compOpt(QStringLiteral("components"), QStringLiteral("components"),
                               QStringLiteral("N"), QStringLiteral("10000"));
    QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("random seed"),
                               QStringLiteral("S"), QStringLiteral("42"));
    QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("database (default: temp file)"),
                             QStringLiteral("LOCATION"));
    p.addOptions({cvesOpt, compOpt, seedOpt, dbOpt});
    p.process(app);
    const int cves = p.value(cvesOpt).toInt();
    const int components = p.value(compOpt).toInt();
    QRandomGenerator rng(p.value(seedOpt).toUInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString location = p.isSet(dbOpt) ? p.value(dbOpt) : dir.filePath(QStringLiteral("bench.db"));
    auto db = Database::open(location);
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    const QList<Product> catalog = products(4000, rng);
    const int estateProducts = 400; // the estate runs the first 400 products

    QElapsedTimer t;
    t.start();
    Status st = (*db)->transaction([&]() -> Status {
        SystemRepository systems(**db);
        ComponentRepository comps(**db);
        const int systemCount = qMax(1, components / 20);
        QList<qint64> ids;
        for (int i = 0; i < systemCount; ++i) {
            System s;
            s.code = QStringLiteral("SYS-%1").arg(i, 5, 10, QLatin1Char('0'));
            s.name = QStringLiteral("System %1").arg(i);
            s.exposure = i % 5 == 0 ? Exposure::Internet : Exposure::Internal;
            s.criticality = 1 + i % 4;
            auto r = systems.insert(s);
            if (!r)
                return r.error();
            ids << r->id;
        }
        for (int i = 0; i < components; ++i) {
            const Product &pr = catalog.at(rng.bounded(estateProducts));
            Component c;
            c.systemId = ids.at(i % ids.size());
            c.kind = pr.kind;
            c.vendor = pr.vendor;
            c.product = pr.product;
            c.version = version(rng);
            if (i % 10 != 0) // one in ten without a CPE: matched by name
                c.cpe = QStringLiteral("cpe:2.3:a:%1:%2:%3:*:*:*:*:*:*:*")
                            .arg(pr.vendor, pr.product, c.version);
            auto r = comps.insert(c);
            if (!r && r.error().kind != ErrorKind::Conflict && r.error().kind != ErrorKind::InputRejected)
                return r.error();
        }
        return {};
    });
    if (!st) {
        out << st.error().message << Qt::endl;
        return 1;
    }
    out << QStringLiteral("estate: %1 components in %2 ms").arg(components).arg(t.elapsed())
        << Qt::endl;

    // The feed, written as NVD writes it (one page holding every record).
    const QString feed = dir.filePath(QStringLiteral("nvd-feed.json"));
    {
        QFile f(feed);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("{\"resultsPerPage\":" + QByteArray::number(cves)
                + ",\"startIndex\":0,\"totalResults\":" + QByteArray::number(cves)
                + ",\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2026-11-28T00:00:00.000\",\"vulnerabilities\":[");
        for (int i = 0; i < cves; ++i) {
            const Product &pr = catalog.at(rng.bounded(catalog.size()));
            const QString id = QStringLiteral("CVE-%1-%2").arg(2000 + i % 26).arg(10000 + i);
            const double score = rng.bounded(100) / 10.0;
            QString criteria = QStringLiteral(
                R"({"vulnerable":true,"criteria":"cpe:2.3:a:%1:%2:*:*:*:*:*:*:*:*","versionStartIncluding":"%3","versionEndExcluding":"%4","matchCriteriaId":"00000000-0000-0000-0000-%5"})")
                                   .arg(pr.vendor, pr.product, QStringLiteral("%1.0").arg(rng.bounded(1, 6)),
                                        version(rng))
                                   .arg(i, 12, 10, QLatin1Char('0'));
            QString cve = QStringLiteral(
                R"({"cve":{"id":"%1","sourceIdentifier":"cve@mitre.org","published":"2024-03-01T10:15:00.000","lastModified":"2024-05-01T10:15:00.000","vulnStatus":"Analyzed","descriptions":[{"lang":"en","value":"Synthetic vulnerability %1 in %2 allows remote attackers to do things."}],"metrics":{"cvssMetricV31":[{"source":"nvd@nist.gov","type":"Primary","cvssData":{"version":"3.1","vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H","baseScore":%3,"baseSeverity":"%4"},"exploitabilityScore":3.9,"impactScore":5.9}]},"configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[%5]}]}],"references":[{"url":"https://example.com/%1","source":"cve@mitre.org"}]}})")
                              .arg(id, pr.product)
                              .arg(score)
                              .arg(score >= 9 ? QStringLiteral("CRITICAL") : score >= 7 ? QStringLiteral("HIGH") : score >= 4 ? QStringLiteral("MEDIUM") : QStringLiteral("LOW"), criteria);
            if (i)
                f.write(",");
            f.write(cve.toUtf8());
        }
        f.write("]}");
    }
    out << QStringLiteral("feed: %1 CVEs, %2 MB").arg(cves).arg(QFile(feed).size() / 1e6, 0, 'f', 1)
        << Qt::endl;

    const qint64 rssBefore = peakRssKiB();
    t.restart();
    VulnImportOptions options;
    VulnImportReport report;
    auto r = VulnImport::run(**db, VulnFeedKind::Nvd, {feed}, options, &report);
    const qint64 ms = t.elapsed();
    if (!r) {
        out << QStringLiteral("import failed: %1").arg(r.error().message) << Qt::endl;
        return 1;
    }
    out << QStringLiteral("import+match: %1 ms (%2 CVEs/s); %3 created; findings %4; patches %5")
               .arg(ms)
               .arg(ms ? qint64(cves) * 1000 / ms : 0)
               .arg(report.created)
               .arg(report.findingsCreated)
               .arg(report.patchesCreated)
        << Qt::endl;
    out << QStringLiteral("peak RSS: %1 MB (before import %2 MB)")
               .arg(peakRssKiB() / 1024.0, 0, 'f', 1)
               .arg(rssBefore / 1024.0, 0, 'f', 1)
        << Qt::endl;

    t.restart();
    VulnImportReport again;
    auto r2 = VulnImport::run(**db, VulnFeedKind::Nvd, {feed}, options, &again);
    out << QStringLiteral("re-import (unchanged): %1 ms; %2 unchanged").arg(t.elapsed()).arg(again.unchanged)
        << Qt::endl;
    return r2 ? 0 : 1;
}
