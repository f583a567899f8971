// The upgrade patches of a whole estate computed from scratch (issue 9: the last step of an NVD
// import, FindingRepository::recomputePatches). Not a test: run it by hand on a copy of an
// imported estate (bench_estate --db FILE --stop-after "import kev"); it rewrites its patches:
//   build/tests/bench/bench_patches --db COPY.db
// Removes the upgrade patches (their links go with them), computes them again for every
// component with open findings, and prints the time of each step, the counts and the peak
// memory.
#include "models/storage/database.h"
#include "models/storage/findingrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

using namespace pp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Recomputes the upgrade patches of an imported estate from scratch."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The estate's database (it is rewritten)."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(dbOption)) {
        err << "--db FILE is required\n";
        return 2;
    }
    auto db = Database::open(parser.value(dbOption));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    Database &d = **db;
    QElapsedTimer timer;
    timer.start();
    QList<qint64> components;
    Status s = d.transaction([&]() -> Status {
        if (auto q = d.run(QStringLiteral("DELETE FROM patches WHERE kind = 'upgrade'")); !q)
            return q.error();
        auto q = d.run(QStringLiteral("SELECT DISTINCT component_id FROM findings "
                                      "ORDER BY component_id"));
        if (!q)
            return q.error();
        while (q->next())
            components << q->value(0).toLongLong();
        return {};
    });
    if (!s) {
        err << s.error().message << '\n';
        return 1;
    }
    out << "removed the upgrade patches: " << timer.restart() << " ms; " << components.size()
        << " components with findings\n";
    auto changes = FindingRepository(d).recomputePatches(components);
    if (!changes) {
        err << changes.error().message << '\n';
        return 1;
    }
    const qint64 ms = timer.elapsed();
    auto links = d.run(QStringLiteral("SELECT COUNT(*) FROM patch_findings"));
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    out << "recomputed: " << ms << " ms; " << changes->patchesCreated << " created, "
        << (links && links->next() ? links->value(0).toLongLong() : -1) << " links; peak "
        << u.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
