// Writes the seeded synthetic estate of the whole-estate benchmark (issue 9) into a folder:
//   bench_generate --out DIR [--seed N] [--systems 5000] [--components 100000] [--cves 300000]
//                  [--kev 1200] [--eol-products 450] [--threads 2]
// and prints each file's size and the total time. The same seed gives the same bytes.
#include "tests/bench/estategen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace pp::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Generates the synthetic estate of the benchmark."));
    p.addHelpOption();
    const EstateGenOptions defaults;
    const auto opt = [](const char *name, const char *help, qint64 value) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help), QStringLiteral("N"),
                                  QString::number(value));
    };
    QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("output folder"),
                              QStringLiteral("DIR"));
    QCommandLineOption seedOpt = opt("seed", "random seed", defaults.seed);
    QCommandLineOption systemsOpt = opt("systems", "systems", defaults.systems);
    QCommandLineOption compOpt = opt("components", "components (exactly)", defaults.components);
    QCommandLineOption cvesOpt = opt("cves", "CVEs in the NVD feed", defaults.cves);
    QCommandLineOption kevOpt = opt("kev", "KEV entries", defaults.kev);
    QCommandLineOption eolOpt = opt("eol-products", "endoflife.date products", defaults.eolProducts);
    QCommandLineOption threadsOpt = opt("threads", "threads generating the feed", defaults.threads);
    p.addOptions({outOpt, seedOpt, systemsOpt, compOpt, cvesOpt, kevOpt, eolOpt, threadsOpt});
    p.process(app);

    QTextStream err(stderr);
    if (!p.isSet(outOpt)) {
        err << "bench_generate: --out DIR is required\n";
        return 2;
    }
    EstateGenOptions o;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option) {
        bool good = false;
        const qint64 v = p.value(option).toLongLong(&good);
        if (!good || v < 0 || v > 100000000) {
            err << "bench_generate: --" << option.names().constFirst() << " must be a number\n";
            ok = false;
        }
        return v;
    };
    o.seed = quint32(number(seedOpt));
    o.systems = int(number(systemsOpt));
    o.components = int(number(compOpt));
    o.cves = int(number(cvesOpt));
    o.kev = int(number(kevOpt));
    o.eolProducts = int(number(eolOpt));
    o.threads = int(number(threadsOpt));
    if (!ok)
        return 2;

    QTextStream out(stdout);
    const auto log = [&](const QString &line) {
        out << line << '\n';
        out.flush();
    };
    const auto r = generateEstate(p.value(outOpt), o, log);
    if (!r.ok()) {
        err << "bench_generate: " << r.error().message << '\n';
        return int(r.error().kind);
    }
    // Per file, with the NVD pages and endoflife.date files summed as groups.
    qint64 nvdBytes = 0;
    int nvdFiles = 0;
    qint64 eolBytes = 0;
    int eolFiles = 0;
    const auto mb = [](qint64 b) { return QString::number(double(b) / (1024.0 * 1024.0), 'f', 1); };
    for (const GeneratedFile &f : r->files) {
        if (f.path.startsWith(QLatin1String("nvd/"))) {
            nvdBytes += f.bytes;
            ++nvdFiles;
        } else if (f.path.startsWith(QLatin1String("endoflife/"))) {
            eolBytes += f.bytes;
            ++eolFiles;
        } else {
            out << QStringLiteral("%1  %2 MB\n").arg(f.path, -28).arg(mb(f.bytes), 9);
        }
    }
    out << QStringLiteral("%1  %2 MB\n").arg(QStringLiteral("nvd/ (%1 files)").arg(nvdFiles), -28)
               .arg(mb(nvdBytes), 9);
    out << QStringLiteral("%1  %2 MB\n")
               .arg(QStringLiteral("endoflife/ (%1 files)").arg(eolFiles), -28)
               .arg(mb(eolBytes), 9);
    out << QStringLiteral("total %1 MB in %2 s: %3 systems, %4 components (%5 with CPE, %6 with "
                          "an endoflife.date cycle), %7 CVEs (%8 naming estate products), %9 "
                          "criteria, %10 KEV, %11 endoflife.date products\n")
               .arg(mb(r->totalBytes))
               .arg(double(r->ms) / 1000.0, 0, 'f', 1)
               .arg(r->systems)
               .arg(r->components)
               .arg(r->componentsWithCpe)
               .arg(r->componentsWithEol)
               .arg(r->cves)
               .arg(r->cvesHittingEstate)
               .arg(r->cpeMatches)
               .arg(r->kev)
               .arg(r->eolProducts);
    return 0;
}
