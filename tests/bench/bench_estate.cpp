// The whole-estate benchmark of issue 9 (first part: data, feeds, baselines). Generates the
// seeded estate (tests/bench/estategen.h) unless --data names one, imports it into a fresh
// database phase by phase with the product's importers, and measures each phase's wall time
// and peak memory (the resident high-water mark, reset between phases through
// /proc/self/clear_refs); then runs the baselines of the issue as processes (the sqlite3 tool,
// the python3 script, an empty Qt window) and prints every figure with its baseline and ratio.
//   bench_estate [--data DIR | --out DIR] [--seed N] [--small] [--skip-python] [--json FILE]
// Still to come (next session): plans, conflicts, PDF of a 1,000-step plan, opening the large
// database to a usable window, and the component list at 100,000 rows.
#include "tests/bench/procstats.h"
#include "tests/bench/estategen.h"

#include "models/io/endoflifeimport.h"
#include "models/io/freedmemory.h"
#include "models/io/inventorycsv.h"
#include "models/io/plandocument.h"
#include "models/io/reports.h"
#include "models/io/vulnimport.h"
#include "models/plans/planservice.h"
#include "models/storage/database.h"
#include "models/storage/findingrepository.h"
#include "models/storage/planrepository.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/systemrepository.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

#include <sys/resource.h>

using namespace pp;
using namespace pp::bench;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

/// Resets VmHWM to the current resident size (Linux 4.0+), so that the next phase's peak is its
/// own.
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

/// User and system CPU time of this process so far, in seconds: beside the wall time, what a
/// phase cost when other programs share the machine.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Figure
{
    QString name;
    double seconds = 0;
    double cpu = 0;  ///< seconds
    double peak = 0; ///< MiB
    double residentBefore = 0; ///< MiB resident when the phase began (what earlier ones left)
    QString detail;
    bool ok = true;
};

QList<Figure> g_figures;
QString g_stopAfter; ///< --stop-after: the last phase to run
bool g_stopped = false;
QString g_startAt; ///< --start-at: the first phase to run (the ones before are skipped)

/// Runs @p work as a measured phase; false when it failed (the message is printed).
bool phase(const QString &name, const std::function<QString(QString *error)> &work)
{
    if (g_stopped)
        return false;
    if (!g_startAt.isEmpty()) {
        if (name != g_startAt)
            return true; // done by the earlier run whose database this one continues
        g_startAt.clear();
    }
    if (name == g_stopAfter)
        g_stopped = true;
    // Each phase stands for one command. Run as `patchplanner` commands, each would start in a
    // fresh process; here, in one, the memory the phases before freed is given back first, so
    // that a phase's peak is its own and not the heap the earlier ones left in pieces.
    releaseFreedMemory();
    resetPeak();
    const double residentBefore = residentMiB();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QString detail = work(&error);
    Figure f{name, timer.nsecsElapsed() / 1e9, cpuSeconds() - cpuBefore, peakMiB(),
             residentBefore, detail, error.isEmpty()};
    g_figures << f;
    out() << QStringLiteral("%1  %2 s  cpu %3 s  peak %4 MiB (from %5)  %6")
                 .arg(name, -28)
                 .arg(f.seconds, 8, 'f', 2)
                 .arg(f.cpu, 7, 'f', 2)
                 .arg(f.peak, 5, 'f', 0)
                 .arg(f.residentBefore, 4, 'f', 0)
                 .arg(error.isEmpty() ? detail : QStringLiteral("FAILED: ") + error)
          << Qt::endl;
    return error.isEmpty();
}

/// Runs a baseline process; its last standard-output line is a JSON object.
/// User and system CPU time of the finished child processes so far, in seconds.
double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QJsonObject runBaseline(const QString &program, const QStringList &args, int timeoutMs,
                        double *wallSeconds, double *cpuSeconds = nullptr)
{
    const double cpuBefore = childCpuSeconds();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Windows are shown off screen unless a display was chosen (xvfb-run): the same for the
    // empty window and ours.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    *wallSeconds = timer.nsecsElapsed() / 1e9;
    if (cpuSeconds)
        *cpuSeconds = childCpuSeconds() - cpuBefore;
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

} // namespace

int main(int argc, char **argv)
{
    // A QGuiApplication (off screen unless a display is set): the PDF export lays out text.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The whole-estate benchmark (issue 9)."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Use the estate generated in DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Generate the estate into DIR (default: "
                                                      "a temporary folder)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption smallOption(QStringLiteral("small"),
                                         QStringLiteral("A twentieth of the size, to try it."));
    const QCommandLineOption skipPython(QStringLiteral("skip-python"),
                                       QStringLiteral("Leave out the python3 baseline (minutes "
                                                      "at full size)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also write the figures as JSON to FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Import into the database FILE and keep it "
                                                     "(default: a temporary one)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption stopOption(QStringLiteral("stop-after"),
                                        QStringLiteral("Run the phases up to PHASE only (e.g. "
                                                       "\"import inventory\"), no baselines."),
                                        QStringLiteral("PHASE"));
    const QCommandLineOption startOption(
        QStringLiteral("start-at"),
        QStringLiteral("Continue the database of an earlier --db run (with its --data) from "
                       "PHASE (e.g. \"report eosl\"); the phases before it are skipped."),
        QStringLiteral("PHASE"));
    parser.addOptions({dataOption, outOption, seedOption, smallOption, skipPython, jsonOption,
                       dbOption, stopOption, startOption});
    parser.process(app);
    g_stopAfter = parser.value(stopOption);
    g_startAt = parser.value(startOption);
    if (!g_startAt.isEmpty() && (!parser.isSet(dbOption) || !parser.isSet(dataOption))) {
        out() << "--start-at continues a database: give its --db and --data." << Qt::endl;
        return 2;
    }

    QTemporaryDir temp;
    QString data = parser.value(dataOption);
    if (data.isEmpty()) {
        data = parser.isSet(outOption) ? parser.value(outOption) : temp.filePath(QStringLiteral("estate"));
        EstateGenOptions options;
        options.seed = parser.value(seedOption).toUInt();
        if (parser.isSet(smallOption)) {
            options.systems /= 20;
            options.components /= 20;
            options.cves /= 20;
        }
        if (!phase(QStringLiteral("generate"), [&](QString *error) {
                auto report = generateEstate(data, options);
                if (!report) {
                    *error = report.error().message;
                    return QString();
                }
                return QStringLiteral("%1 systems, %2 components, %3 CVEs")
                    .arg(report->systems)
                    .arg(report->components)
                    .arg(report->cves);
            }))
            return 1;
    }
    const QDir dir(data);
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption)
                                                  : temp.filePath(QStringLiteral("estate.db"));
    if (!parser.isSet(startOption))
        QFile::remove(dbPath);
    auto db = Database::open(dbPath);
    if (!db) {
        out() << db.error().message << Qt::endl;
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();

    phase(QStringLiteral("import inventory"), [&](QString *error) {
        const auto preview = InventoryCsv::parseFile(dir.filePath(QStringLiteral("inventory.csv")));
        auto report = InventoryCsv::apply(**db, preview);
        if (!report) {
            *error = report.error().message;
            for (const ImportIssue &i : preview.issues.mid(0, 3))
                *error += QLatin1Char('\n') + i.toString();
        }
        return QStringLiteral("%1 rows").arg(preview.rows.size());
    });
    phase(QStringLiteral("import endoflife"), [&](QString *error) {
        const auto preview = EndOfLifeImport::parse({dir.filePath(QStringLiteral("endoflife"))});
        if (auto r = EndOfLifeImport::apply(**db, preview); !r)
            *error = r.error().message;
        return QString();
    });
    QStringList nvd;
    for (const QFileInfo &f : QDir(dir.filePath(QStringLiteral("nvd")))
                                  .entryInfoList({QStringLiteral("*.json")}, QDir::Files,
                                                 QDir::Name))
        nvd << f.filePath();
    VulnImportOptions options;
    options.now = now;
    phase(QStringLiteral("import nvd + matching"), [&](QString *error) {
        VulnImportReport report;
        auto r = VulnImport::run(**db, VulnFeedKind::Nvd, nvd, options, &report);
        if (!r)
            *error = r.error().message;
        return QStringLiteral("%1 files").arg(nvd.size());
    });
    phase(QStringLiteral("import kev"), [&](QString *error) {
        auto r = VulnImport::run(**db, VulnFeedKind::Kev,
                                 {dir.filePath(QStringLiteral("kev.json"))}, options);
        if (!r)
            *error = r.error().message;
        return QString();
    });
    // The reports as `patchplanner report ... --format json -o FILE` writes them: streamed.
    auto writeReport = [&](const QString &name, const std::function<Status(ReportSink &)> &produce,
                           QString *error) {
        QFile file(temp.filePath(name + QStringLiteral(".json")));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return QString();
        }
        // Counts the rows on their way to the writer.
        struct Counting : ReportSink
        {
            ReportSink *next = nullptr;
            qint64 rows = 0;
            void begin(const QStringList &keys) override { next->begin(keys); }
            bool row(const QVariantList &cells) override
            {
                ++rows;
                return next->row(cells);
            }
        };
        ReportWriter writer(&file, ReportWriter::Format::Json);
        Counting counting;
        counting.next = &writer;
        Status s = produce(counting);
        if (s)
            s = writer.finish();
        if (!s) {
            *error = s.error().message;
            return QString();
        }
        const QString detail = QStringLiteral("%1 rows, %2 MiB of JSON")
                                   .arg(counting.rows)
                                   .arg(double(file.size()) / (1 << 20), 0, 'f', 0);
        file.remove();
        return detail;
    };
    phase(QStringLiteral("report eosl"), [&](QString *error) {
        return writeReport(QStringLiteral("eosl"), [&](ReportSink &sink) {
            return writeEoslReport(**db, EoslReportOptions(), sink);
        }, error);
    });
    phase(QStringLiteral("report findings"), [&](QString *error) {
        return writeReport(QStringLiteral("findings"), [&](ReportSink &sink) {
            return writeFindingsReport(**db, sink);
        }, error);
    });
    phase(QStringLiteral("due dates and tracks"), [&](QString *error) {
        // What a change of the due policy does: every open finding's due date, rule and
        // track computed again and the changed ones written, in one transaction.
        int changed = 0;
        const Status s = (*db)->transaction([&]() -> Status {
            SettingsRepository settings(**db);
            auto policy = settings.duePolicy();
            if (!policy)
                return policy.error();
            DuePolicy stricter = *policy;
            stricter.highDays = std::max(1, policy->highDays - 7);
            stricter.mediumDays = std::max(1, policy->mediumDays - 30);
            if (Status st = settings.setDuePolicy(stricter, *policy); !st)
                return st;
            auto c = FindingRepository(**db).recomputeDue({});
            if (!c)
                return c.error();
            changed = c->recomputed;
            return {};
        });
        if (!s)
            *error = s.error().message;
        return QStringLiteral("%1 findings changed").arg(changed);
    });

    // --- Plans: a maintenance window for each of 500 systems, blackouts, then 500 plans spread
    // over the next year, their conflicts, and the PDF of a plan of 1,000 steps.
    QList<System> planned;
    phase(QStringLiteral("windows and blackouts"), [&](QString *error) {
        auto systems = SystemRepository(**db).findAll();
        if (!systems) {
            *error = systems.error().message;
            return QString();
        }
        planned = systems->mid(0, 500);
        PlanRepository plans(**db);
        const Status s = (*db)->transaction([&]() -> Status {
            for (qsizetype i = 0; i < planned.size(); ++i) {
                MaintenanceWindow w;
                w.name = QStringLiteral("%1 weekly").arg(planned[i].code);
                w.systemId = planned[i].id;
                w.rrule = i % 3 == 0 ? QStringLiteral("FREQ=MONTHLY;BYDAY=2SU")
                                     : QStringLiteral("FREQ=WEEKLY;BYDAY=SU");
                w.dtstart = QDateTime(QDate(2026, 1, 4), QTime(1, 0));
                w.durationMinutes = 300;
                w.timeZone = i % 7 == 0 ? QStringLiteral("Europe/Berlin")
                                        : QStringLiteral("Asia/Tokyo");
                if (auto r = plans.insertWindow(w); !r)
                    return r.error();
            }
            for (int m = 1; m <= 12; ++m) {
                Blackout b;
                b.name = QStringLiteral("Month-end close %1").arg(m);
                b.startsOn = QDate(2027, m, 1).addDays(-2);
                b.endsOn = QDate(2027, m, 1);
                b.reason = QStringLiteral("Fiscal close");
                if (auto r = plans.insertBlackout(b); !r)
                    return r.error();
            }
            return {};
        });
        if (!s)
            *error = s.error().message;
        return QStringLiteral("%1 windows, 12 blackouts").arg(planned.size());
    });
    QList<qint64> planIds;
    phase(QStringLiteral("create 500 plans"), [&](QString *error) {
        PlanService service(**db);
        const QDate firstSunday(2027, 1, 3);
        for (qsizetype i = 0; i < planned.size() && error->isEmpty(); ++i) {
            NewPlanRequest r;
            r.type = i % 10 == 0 ? PlanType::Emergency : PlanType::Regular;
            r.systemIds << planned[i].id;
            if (i % 4 == 0 && i + 1 < planned.size())
                r.systemIds << planned[i + 1].id; // some plans cover two systems
            const QTimeZone zone(i % 7 == 0 ? "Europe/Berlin" : "Asia/Tokyo");
            r.windowStart = QDateTime(firstSunday.addDays(7 * (i % 52)), QTime(1, 0), zone);
            r.timeZone = QString::fromLatin1(zone.id());
            auto plan = service.create(r, now);
            if (!plan)
                *error = plan.error().message;
            else
                planIds << plan->id;
        }
        return QStringLiteral("%1 plans").arg(planIds.size());
    });
    phase(QStringLiteral("conflicts over a year"), [&](QString *error) {
        auto table = conflictsReport(**db, now);
        if (!table) {
            *error = table.error().message;
            return QString();
        }
        return QStringLiteral("%1 conflicts").arg(table->rows.size());
    });
    phase(QStringLiteral("plan of 1,000 steps"), [&](QString *error) {
        if (planIds.isEmpty()) {
            *error = QStringLiteral("no plan");
            return QString();
        }
        PlanRepository plans(**db);
        auto plan = plans.plan(planIds.first());
        auto steps = plans.steps(planIds.first());
        if (!plan || !steps || !plan->has_value()) {
            *error = QStringLiteral("the plan cannot be read");
            return QString();
        }
        QList<PlanStep> all = *steps;
        const QDateTime start = (*plan)->windowStart;
        for (qsizetype i = all.size(); i < 1000; ++i) {
            PlanStep st;
            st.phase = StepPhase::Apply;
            st.title = QStringLiteral("Apply the %1 security update to web-%2 and restart its "
                                      "services")
                           .arg(QStringLiteral("2027-%1").arg(i % 12 + 1, 2, 10, QLatin1Char('0')))
                           .arg(i, 4, 10, QLatin1Char('0'));
            st.detail = QStringLiteral("Drain from the load balancer first; check the health "
                                       "page after the restart.");
            st.ownerRole = i % 2 ? QStringLiteral("infrastructure") : QStringLiteral("application");
            st.plannedStart = start.addSecs(60 * (i % 240));
            st.durationMinutes = 5;
            all << st;
        }
        auto written = plans.replaceSteps((*plan)->id, (*plan)->rowVersion, all, now);
        if (!written)
            *error = written.error().message;
        return QStringLiteral("%1 steps").arg(written ? written->size() : 0);
    });
    phase(QStringLiteral("PDF of the 1,000-step plan"), [&](QString *error) {
        int pages = 0;
        const QString pdf = temp.filePath(QStringLiteral("plan.pdf"));
        if (Status s = exportPlanPdf(**db, planIds.value(0), pdf, {}, {}, now,
                                     QStringLiteral("bench"), &pages);
            !s)
            *error = s.error().message;
        return QStringLiteral("%1 pages, %2 KB").arg(pages).arg(QFileInfo(pdf).size() / 1024);
    });

    double ours = 0;
    for (const Figure &f : std::as_const(g_figures)) {
        if (f.name.startsWith(QLatin1String("import")))
            ours += f.seconds;
    }
    double peak = 0;
    for (const Figure &f : std::as_const(g_figures))
        peak = std::max(peak, f.peak);

    if (g_stopped) {
        out() << QStringLiteral("Stopped after %1; peak memory %2 MiB").arg(g_stopAfter).arg(peak, 0, 'f', 0)
              << Qt::endl;
        return 0;
    }

    // --- Baselines, and the window's own figures, each a process of its own -----------------
    const QString benchSource = QStringLiteral(PP_BENCH_SOURCE_DIR);
    double sqliteWall = 0, sqliteCpu = 0;
    const QJsonObject sqlite = runBaseline(QStringLiteral("bash"),
                                           {benchSource + QStringLiteral("/baseline_sqlite.sh"),
                                            data},
                                           3600000, &sqliteWall, &sqliteCpu);
    double pythonWall = 0, pythonCpu = 0;
    QJsonObject python;
    if (!parser.isSet(skipPython))
        python = runBaseline(QStringLiteral("/usr/bin/python3"),
                             {benchSource + QStringLiteral("/baseline_python.py"), data},
                             7200000, &pythonWall, &pythonCpu);
    double emptyWall = 0;
    const QJsonObject empty = runBaseline(QStringLiteral(PP_BENCH_EMPTYWINDOW), {}, 60000,
                                          &emptyWall);
    // Ours on the large database: start-up and every page (it may write the calendar's cadences,
    // as the app does on a first open), then the component list.
    (*db).reset();
    double windowWall = 0;
    const QJsonObject window = runBaseline(QStringLiteral(PP_BENCH_WINDOW), {QStringLiteral("--db"), dbPath},
                                           600000, &windowWall);
    double listWall = 0;
    const QJsonObject list = runBaseline(QStringLiteral(PP_BENCH_COMPONENTLIST),
                                         {QStringLiteral("--db"), dbPath}, 600000, &listWall);

    double oursCpu = 0;
    for (const Figure &f : std::as_const(g_figures)) {
        if (f.name.startsWith(QLatin1String("import")))
            oursCpu += f.cpu;
    }
    const auto num = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toDouble();
    };
    const auto verdict = [](bool met) {
        return met ? QStringLiteral("met") : QStringLiteral("NOT MET");
    };
    QJsonArray targets;
    const auto target = [&](const QString &what, double value, const QString &unit,
                            const QString &goal, bool met, bool measured = true) {
        out() << QStringLiteral("  %1 %2 %3   target %4   %5")
                     .arg(what, -52)
                     .arg(measured ? QString::number(value, 'f', 2) : QStringLiteral("n/a"), 9)
                     .arg(unit, -4)
                     .arg(goal, -12)
                     .arg(measured ? verdict(met) : QStringLiteral("not measured"))
              << Qt::endl;
        targets.append(QJsonObject{{QStringLiteral("what"), what},
                                   {QStringLiteral("value"), measured ? QJsonValue(value)
                                                                      : QJsonValue()},
                                   {QStringLiteral("unit"), unit},
                                   {QStringLiteral("target"), goal},
                                   {QStringLiteral("met"), measured && met}});
    };

    out() << Qt::endl
          << QStringLiteral("Import and matching, ours: %1 s wall, %2 s CPU")
                 .arg(ours, 0, 'f', 2)
                 .arg(oursCpu, 0, 'f', 2)
          << Qt::endl
          << QStringLiteral("  sqlite3 tool, same rows from CSV: %1 s wall, %2 s CPU")
                 .arg(num(sqlite, "seconds"), 0, 'f', 2)
                 .arg(sqliteCpu, 0, 'f', 2)
          << Qt::endl;
    if (!python.isEmpty())
        out() << QStringLiteral("  python3 script, parse + insert + match: %1 s wall, %2 s CPU, "
                                "%3 matches, peak %4 MiB")
                     .arg(num(python, "seconds"), 0, 'f', 2)
                     .arg(pythonCpu, 0, 'f', 2)
                     .arg(num(python, "matches"), 0, 'f', 0)
                     .arg(num(python, "peak_rss_mb"), 0, 'f', 0)
              << Qt::endl;
    out() << QStringLiteral("  empty Qt window to first paint: %1 ms after main(), %2 ms after "
                            "the process started")
                 .arg(num(empty, "ms_to_first_paint"), 0, 'f', 1)
                 .arg(num(empty, "ms_since_process_start"), 0, 'f', 1)
          << Qt::endl
          << Qt::endl
          << QStringLiteral("Targets (issue 9):") << Qt::endl;
    target(QStringLiteral("import + matching / sqlite3 (wall)"), ours / num(sqlite, "seconds"),
           QStringLiteral("x"), QStringLiteral("<= 2"), ours <= 2 * num(sqlite, "seconds"),
           num(sqlite, "seconds") > 0);
    target(QStringLiteral("import + matching / sqlite3 (CPU)"), oursCpu / sqliteCpu,
           QStringLiteral("x"), QStringLiteral("<= 2"), oursCpu <= 2 * sqliteCpu, sqliteCpu > 0);
    target(QStringLiteral("python3 / import + matching (wall)"), num(python, "seconds") / ours,
           QStringLiteral("x"), QStringLiteral(">= 5"), num(python, "seconds") >= 5 * ours,
           !python.isEmpty());
    target(QStringLiteral("python3 / import + matching (CPU)"), pythonCpu / oursCpu,
           QStringLiteral("x"), QStringLiteral(">= 5"), pythonCpu >= 5 * oursCpu,
           !python.isEmpty());
    const double usable = num(window, "ms_to_usable");
    target(QStringLiteral("open large database to usable window / empty window"),
           usable / num(empty, "ms_to_first_paint"), QStringLiteral("x"), QStringLiteral("<= 3"),
           usable <= 3 * num(empty, "ms_to_first_paint"), !window.isEmpty() && !empty.isEmpty());
    target(QStringLiteral("component list: one filter keystroke, worst"),
           num(list, "keystroke_max_ms"), QStringLiteral("ms"), QStringLiteral("< 16"),
           num(list, "keystroke_max_ms") < 16, !list.isEmpty());
    target(QStringLiteral("component list: sort, worst column"), num(list, "sort_max_ms"),
           QStringLiteral("ms"), QStringLiteral("< 100"), num(list, "sort_max_ms") < 100,
           !list.isEmpty());
    double pdf = -1;
    for (const Figure &f : std::as_const(g_figures)) {
        if (f.name.startsWith(QLatin1String("PDF")))
            pdf = f.seconds;
    }
    target(QStringLiteral("PDF of a 1,000-step plan"), pdf, QStringLiteral("s"),
           QStringLiteral("< 2"), pdf < 2, pdf >= 0);
    const double stall = std::max({num(window, "max_stall_ms"), num(list, "load_max_stall_ms"),
                                   num(list, "reload_max_stall_ms")});
    target(QStringLiteral("longest GUI-thread stall (start-up, pages, list)"), stall,
           QStringLiteral("ms"), QStringLiteral("< 100"), stall < 100,
           !window.isEmpty() || !list.isEmpty());
    const double allPeak = std::max({peak, num(list, "peak_mib")});
    target(QStringLiteral("peak memory of the run"), allPeak, QStringLiteral("MiB"),
           QStringLiteral("< 381 (400 MB)"), allPeak < 400e6 / 1048576.0);

    if (parser.isSet(jsonOption)) {
        QJsonArray figures;
        for (const Figure &f : std::as_const(g_figures))
            figures.append(QJsonObject{{QStringLiteral("name"), f.name},
                                       {QStringLiteral("seconds"), f.seconds},
                                       {QStringLiteral("cpu_seconds"), f.cpu},
                                       {QStringLiteral("peak_mib"), f.peak},
                                       {QStringLiteral("resident_before_mib"), f.residentBefore},
                                       {QStringLiteral("detail"), f.detail},
                                       {QStringLiteral("ok"), f.ok}});
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("figures"), figures},
                                                 {QStringLiteral("sqlite3"), sqlite},
                                                 {QStringLiteral("sqlite3_cpu_seconds"), sqliteCpu},
                                                 {QStringLiteral("python3"), python},
                                                 {QStringLiteral("python3_cpu_seconds"), pythonCpu},
                                                 {QStringLiteral("empty_window"), empty},
                                                 {QStringLiteral("window"), window},
                                                 {QStringLiteral("component_list"), list},
                                                 {QStringLiteral("targets"), targets}})
                           .toJson());
    }
    return 0;
}
