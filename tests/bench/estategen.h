// The seeded synthetic estate of the whole-estate benchmark (issue 9): an inventory CSV, an NVD
// CVE API 2.0 feed in pages, a KEV catalog, endoflife.date v0 product files and the baseline
// CSVs the sqlite3 and python3 baselines load, all written into one folder. QtCore only.
//
// Deterministic for a seed: every CVE draws from a generator seeded with (seed, its index), so
// the feed is the same whatever the order or the number of threads that write it. Everything is
// streamed to the files in pages; only the catalog of products (a few thousand) is in memory.
//
// Layout of OUT (the formats the benchmark harness relies on):
//   inventory.csv                  the inventory import format (README "Inventory CSV")
//   nvd/nvdcve-NNN.json            NVD CVE API 2.0 response pages, 2,000 CVEs each
//   kev.json                       CISA KEV catalog
//   endoflife/<product>.json       endoflife.date API v0 list form
//   baseline/components.csv        id,system_code,kind,vendor,product,version,cpe
//   baseline/cves.csv              id,published,cvss,severity,description
//   baseline/cpe_matches.csv       cve_id,criteria,version_start_including,...,vulnerable
//   manifest.json                  the options, the counts and every file's size
#pragma once

#include "models/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace pp::bench {

struct EstateGenOptions
{
    quint32 seed = 1;
    int systems = 5000;
    int components = 100000; ///< exactly this many rows (10-40 per system where possible)
    int cves = 300000;
    int kev = 1200;
    int eolProducts = 450;
    int cvesPerFile = 2000;
    int tailProducts = 3000;  ///< synthetic products the estate may run, after the real head
    int feedOnlyProducts = 20000; ///< synthetic products only the feed names
    int threads = 2;          ///< NVD pages generated in parallel (output does not depend on it)
};

struct GeneratedFile
{
    QString path; ///< relative to the output folder
    qint64 bytes = 0;
    qint64 ms = 0; ///< time spent writing it (a group of files: the whole group)
};

struct EstateGenReport
{
    int systems = 0;
    int components = 0;
    int componentsWithCpe = 0;
    int componentsWithEol = 0;
    int cves = 0;
    int cvesHittingEstate = 0; ///< CVEs whose criteria name a product the inventory runs
    qint64 cpeMatches = 0;
    int kev = 0;
    int eolProducts = 0;
    int eolCycles = 0;
    QList<GeneratedFile> files; ///< per file, or per group (nvd/, endoflife/) with a count
    qint64 totalBytes = 0;
    qint64 ms = 0;
};

/// Generates the whole set into @p outDir (created when missing; existing files of the same
/// names are overwritten). @p log receives one line per finished step; may be empty.
Result<EstateGenReport> generateEstate(const QString &outDir, const EstateGenOptions &options,
                                       const std::function<void(const QString &)> &log = {});

/// CVSS v3.1 base score of a vector's eight base metrics, by the specification's formula
/// (section 7.1, with its Roundup). Letters as in the vector: av N|A|L|P, ac L|H, pr N|L|H,
/// ui N|R, scope U|C, c/i/a H|L|N. Exposed for checking against known vectors.
double cvss31BaseScore(char av, char ac, char pr, char ui, char scope, char c, char i, char a);

/// CVSS v2 base score (av L|A|N, ac H|M|L, au M|S|N, c/i/a N|P|C).
double cvss2BaseScore(char av, char ac, char au, char c, char i, char a);

} // namespace pp::bench
