// The demo and import commands of the command line.
#include "app/cli_p.h"

#include "models/io/demodata.h"
#include "models/io/endoflifeimport.h"
#include "models/io/inventorycsv.h"
#include "models/io/sbomimport.h"
#include "models/io/vendorpatchcsv.h"
#include "models/io/vulnimport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <unistd.h>

namespace pp::Internal {

int runDemo(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Cli::tr("Usage: patchplanner demo PATH"));
    const QString path = args.at(1);
    if (QFileInfo::exists(path)) {
        err() << Cli::tr("%1 already exists; choose a new file for the demo database.").arg(path)
              << Qt::endl;
        return ExitRejected;
    }
    auto db = Database::open(path);
    if (!db)
        return report(db.error());
    if (Status s = createDemoEstate(**db); !s)
        return report(s.error());
    // The location as opened: an absolute file path, or the postgresql:// URL without password.
    out() << Cli::tr("Created the demo database %1.").arg((*db)->location()) << Qt::endl;
    return ExitDone;
}

int runImportInventory(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3)
        return usageError(Cli::tr("Usage: patchplanner import inventory FILE.csv"));
    const InventoryImportPreview preview = InventoryCsv::parseFile(args.at(2));
    printIssues(preview.issues);
    if (preview.hasErrors()) {
        err() << Cli::tr("%1: rejected; nothing was changed.").arg(args.at(2)) << Qt::endl;
        return ExitRejected;
    }
    if (parser.isSet(o.dryRun)) {
        out() << Cli::tr("%1: %n row(s) would be imported.", nullptr, int(preview.rows.size()))
                     .arg(args.at(2))
              << Qt::endl;
        return ExitDone;
    }
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    auto result = InventoryCsv::apply(**db, preview);
    if (!result)
        return report(result.error());
    out() << Cli::tr("Imported %1: %2 system(s) created, %3 updated; %4 component(s) created, "
                     "%5 updated; %6 row(s) unchanged.")
                 .arg(args.at(2))
                 .arg(result->systemsCreated)
                 .arg(result->systemsUpdated)
                 .arg(result->componentsCreated)
                 .arg(result->componentsUpdated)
                 .arg(result->unchanged)
          << Qt::endl;
    if (result->findingsCreated > 0 || result->findingsResolved > 0)
        out() << Cli::tr("Matched against the stored vulnerabilities: %1 new finding(s), %2 "
                         "resolved.")
                     .arg(result->findingsCreated)
                     .arg(result->findingsResolved)
              << Qt::endl;
    return ExitDone;
}

int runImportEndOfLife(const QCommandLineParser &parser, const Options &o,
                       const QStringList &args)
{
    if (args.size() < 3)
        return usageError(Cli::tr("Usage: patchplanner import endoflife FILE|DIR ..."));
    const EndOfLifePreview preview = EndOfLifeImport::parse(args.mid(2));
    printIssues(preview.issues);
    if (preview.hasErrors()) {
        err() << Cli::tr("Rejected; nothing was changed.") << Qt::endl;
        return ExitRejected;
    }
    if (parser.isSet(o.dryRun)) {
        out() << Cli::tr("%1 file(s) with %2 release cycle(s) would be imported.")
                     .arg(preview.files.size())
                     .arg(preview.releaseCount())
              << Qt::endl;
        return ExitDone;
    }
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    auto r = EndOfLifeImport::apply(**db, preview);
    if (!r)
        return report(r.error());
    out() << Cli::tr("Imported %1 file(s): %2 release cycle(s) created, %3 updated, %4 unchanged; "
                     "%5 component(s) newly matched; %6 of %7 component(s) tied to a product and "
                     "cycle.")
                 .arg(r->files)
                 .arg(r->releasesCreated)
                 .arg(r->releasesUpdated)
                 .arg(r->releasesUnchanged)
                 .arg(r->componentsNewlyMatched)
                 .arg(r->componentsTied)
                 .arg(r->components)
          << Qt::endl;
    return ExitDone;
}

/// Progress on standard error, only for a person watching a terminal (cron gets no noise).
static std::function<void(qint64, qint64, const QString &)> terminalProgress()
{
    if (!::isatty(STDERR_FILENO))
        return {};
    auto last = std::make_shared<QElapsedTimer>();
    return [last](qint64 done, qint64 total, const QString &phase) {
        if (last->isValid() && last->elapsed() < 250)
            return;
        last->start();
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        err() << '\r' << phase << QStringLiteral(" %1%").arg(percent) << "   " << Qt::flush;
    };
}

int runImportFeed(const QCommandLineParser &parser, const Options &o, const QStringList &args,
                  VulnFeedKind kind)
{
    const QString word = toKey(kind);
    if (args.size() < 3 || (kind == VulnFeedKind::Kev && args.size() != 3))
        return usageError(kind == VulnFeedKind::Kev
                              ? Cli::tr("Usage: patchplanner import kev FILE")
                              : Cli::tr("Usage: patchplanner import %1 FILE ...").arg(word));
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    VulnImportOptions options;
    options.dryRun = parser.isSet(o.dryRun);
    options.progress = terminalProgress();
    VulnImportReport r;
    auto result = VulnImport::run(**db, kind, args.mid(2), options, &r);
    if (options.progress)
        err() << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
    printIssues(r.issues);
    if (!result) {
        if (result.error().kind == ErrorKind::InputRejected) {
            err() << Cli::tr("Rejected; nothing was changed.") << Qt::endl;
            return ExitRejected;
        }
        return report(result.error());
    }
    const QString summary =
        Cli::tr("%1 record(s) in %2 file(s): %3 vulnerabilities created, %4 updated, "
                "%5 unchanged, %6 skipped; findings: %7 new, %8 resolved, %9 re-opened; "
                "pending patches: %10 new, %11 updated, %12 removed.")
            .arg(r.records)
            .arg(r.files)
            .arg(r.created)
            .arg(r.updated)
            .arg(r.unchanged)
            .arg(r.skipped)
            .arg(r.findingsCreated)
            .arg(r.findingsResolved)
            .arg(r.findingsReopened)
            .arg(r.patchesCreated)
            .arg(r.patchesUpdated)
            .arg(r.patchesRemoved);
    if (options.dryRun)
        out() << Cli::tr("Dry run, nothing was changed: %1").arg(summary) << Qt::endl;
    else
        out() << Cli::tr("Imported %1").arg(summary) << Qt::endl;
    return ExitDone;
}

int runImportSbom(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3 || !parser.isSet(o.system) || parser.value(o.system).trimmed().isEmpty())
        return usageError(Cli::tr("Usage: patchplanner import sbom FILE.json --system CODE"));
    const SbomPreview preview = SbomImport::parse(args.at(2));
    printIssues(preview.issues);
    if (preview.hasErrors()) {
        err() << Cli::tr("%1: rejected; nothing was changed.").arg(args.at(2)) << Qt::endl;
        return ExitRejected;
    }
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    const bool dryRun = parser.isSet(o.dryRun);
    auto outcome = SbomImport::applyAndMatch(**db, preview, parser.value(o.system).trimmed(),
                                             dryRun);
    if (!outcome)
        return report(outcome.error());
    const SbomImportReport &sbom = outcome->components;
    const VulnImportReport &matched = outcome->matching;
    const QString summary = Cli::tr("%1 component(s) created, %2 updated, %3 unchanged, %4 "
                                    "skipped; findings: %5 new, %6 resolved.")
                                .arg(sbom.created)
                                .arg(sbom.updated)
                                .arg(sbom.unchanged)
                                .arg(sbom.skipped)
                                .arg(matched.findingsCreated)
                                .arg(matched.findingsResolved);
    if (dryRun)
        out() << Cli::tr("Dry run, nothing was changed: %1").arg(summary) << Qt::endl;
    else
        out() << Cli::tr("Imported %1 into %2: %3").arg(args.at(2), parser.value(o.system), summary)
              << Qt::endl;
    return ExitDone;
}

int runImportPatches(const QCommandLineParser &parser, const Options &o, const QStringList &args)
{
    if (args.size() != 3)
        return usageError(Cli::tr("Usage: patchplanner import patches FILE.csv"));
    const VendorPatchPreview preview = VendorPatchCsv::parseFile(args.at(2));
    printIssues(preview.issues);
    if (preview.hasErrors()) {
        err() << Cli::tr("%1: rejected; nothing was changed.").arg(args.at(2)) << Qt::endl;
        return ExitRejected;
    }
    if (parser.isSet(o.dryRun)) {
        out() << Cli::tr("%1: %n vendor patch(es) would be imported.", nullptr,
                         int(preview.patches.size()))
                     .arg(args.at(2))
              << Qt::endl;
        return ExitDone;
    }
    auto db = openDatabase(parser, o, true);
    if (!db)
        return report(db.error());
    auto r = VendorPatchCsv::apply(**db, preview);
    if (!r)
        return report(r.error());
    out() << Cli::tr("Imported %1: %2 vendor patch(es) created, %3 updated, %4 unchanged; %5 "
                     "open finding(s) linked.")
                 .arg(args.at(2))
                 .arg(r->created)
                 .arg(r->updated)
                 .arg(r->unchanged)
                 .arg(r->findingsLinked)
          << Qt::endl;
    return ExitDone;
}

} // namespace pp::Internal
