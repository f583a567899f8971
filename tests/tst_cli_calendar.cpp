// `patchplanner export calendar FILE.ics` as a process, on the demo estate with the real
// endoflife.date sample and a plan: the file is read back with python3-icalendar (windows with
// their RRULE, blackouts, the plan and its milestones, EOSL dates, due dates), every TZID has
// its VTIMEZONE, a second export keeps the UIDs, and usage and I/O errors exit 2 and 1.
#include "calendarparse.h"
#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QtTest>

namespace {

using Run = pp::test::CliRun;

const QString kData = QStringLiteral(PP_TEST_DATA);

} // namespace

class tst_CliCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsTheDemoEstate();
    void usageAndIoErrors();

private:
    Run run(const QStringList &args);
    Run runDb(const QStringList &args) { return run(QStringList{QStringLiteral("--db"), m_db} + args); }

    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_CliCalendar::run(const QStringList &args)
{
    return pp::test::runCli(QStringLiteral(PP_APP), m_dir.path(), args);
}

void tst_CliCalendar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = pp::test::location(m_dir, QStringLiteral("demo.db"));
    Run r = run({QStringLiteral("demo"), m_db});
    QVERIFY2(r.status == 0, r.err.constData());
    r = runDb({QStringLiteral("import"), QStringLiteral("endoflife"),
               kData + QStringLiteral("/endoflife-v0")});
    QVERIFY2(r.status == 0, r.err.constData());
    // A regular plan next year, shown in New York time: a second zone in the feed.
    const int year = QDate::currentDate().year() + 1;
    r = runDb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--type"),
               QStringLiteral("regular"), QStringLiteral("--window"),
               QStringLiteral("%1-02-14T01:00:00+09:00").arg(year), QStringLiteral("--end"),
               QStringLiteral("%1-02-14T05:00:00+09:00").arg(year), QStringLiteral("--systems"),
               QStringLiteral("ERP-01"), QStringLiteral("--title"),
               QStringLiteral("ERP, quarterly; <b>patch</b> \\ 四半期"),
               QStringLiteral("--time-zone"), QStringLiteral("America/New_York")});
    QVERIFY2(r.status == 0, r.err.constData());
}

void tst_CliCalendar::exportsTheDemoEstate()
{
    const QString path = m_dir.filePath(QStringLiteral("team.ics"));
    const Run r = runDb({QStringLiteral("export"), QStringLiteral("calendar"), path});
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("Wrote %1.").arg(path));

    PP_PARSE_ICS(parsed, path);
    QHash<QString, int> counts; // by UID kind
    QSet<QString> uids;
    QSet<QString> tzids;
    int windowsWithRule = 0;
    QString planSummary;
    for (const QJsonValue v : parsed.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString uid = e.value(QLatin1String("uid")).toString();
        QVERIFY2(uid.endsWith(QLatin1String("@patchplanner")), qPrintable(uid));
        QVERIFY2(!uids.contains(uid), qPrintable(QStringLiteral("duplicate UID %1").arg(uid)));
        uids.insert(uid);
        QString kind = uid.section(QLatin1Char('-'), 0, 0);
        if (uid.contains(QLatin1String("-milestone-")))
            kind = QStringLiteral("milestone");
        ++counts[kind];
        for (const char *key : {"tzid", "end_tzid"}) {
            if (e.value(QLatin1String(key)).isString())
                tzids.insert(e.value(QLatin1String(key)).toString());
        }
        if (kind == QLatin1String("window") && !e.value(QLatin1String("rrule")).toString().isEmpty())
            ++windowsWithRule;
        if (kind == QLatin1String("eosl") || kind == QLatin1String("cadence")
            || kind == QLatin1String("blackout"))
            QVERIFY2(e.value(QLatin1String("all_day")).toBool(), qPrintable(uid));
        if (kind == QLatin1String("plan") && !uid.contains(QLatin1String("milestone")))
            planSummary = e.value(QLatin1String("summary")).toString();
    }
    qInfo() << "events by kind:" << counts;
    QVERIFY(counts.value(QStringLiteral("window")) > 0);
    QCOMPARE(windowsWithRule, counts.value(QStringLiteral("window")));
    QVERIFY(counts.value(QStringLiteral("blackout")) > 0);
    QCOMPARE(counts.value(QStringLiteral("plan")), 1);
    QCOMPARE(counts.value(QStringLiteral("milestone")), 5); // the regular lead-time profile
    QVERIFY(counts.value(QStringLiteral("eosl")) > 0);
    QVERIFY(counts.value(QStringLiteral("cadence")) + counts.value(QStringLiteral("control")) > 0);
    QVERIFY(planSummary.endsWith(QStringLiteral("ERP, quarterly; <b>patch</b> \\ 四半期")));

    QSet<QString> defined;
    for (const QJsonValue v : parsed.value(QLatin1String("timezones")).toArray())
        defined.insert(v.toString());
    QVERIFY(tzids.contains(QStringLiteral("Asia/Tokyo")));
    QVERIFY(tzids.contains(QStringLiteral("America/New_York")));
    for (const QString &tz : std::as_const(tzids))
        QVERIFY2(defined.contains(tz), qPrintable(QStringLiteral("no VTIMEZONE for %1").arg(tz)));

    // A re-export keeps every UID (calendars update their events instead of adding copies).
    const QString again = m_dir.filePath(QStringLiteral("team-again.ics"));
    const Run r2 = runDb({QStringLiteral("export"), QStringLiteral("calendar"), again});
    QVERIFY2(r2.status == 0, r2.err.constData());
    PP_PARSE_ICS(parsedAgain, again);
    QSet<QString> uidsAgain;
    for (const QJsonValue v : parsedAgain.value(QLatin1String("events")).toArray())
        uidsAgain.insert(v.toObject().value(QLatin1String("uid")).toString());
    QCOMPARE(uidsAgain, uids);
}

void tst_CliCalendar::usageAndIoErrors()
{
    QCOMPARE(runDb({QStringLiteral("export"), QStringLiteral("calendar")}).status, 2);
    QCOMPARE(runDb({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("a.ics"),
                    QStringLiteral("b.ics")})
                 .status,
             2);
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/x.ics"));
    const Run r = runDb({QStringLiteral("export"), QStringLiteral("calendar"), missing});
    QCOMPARE(r.status, 1);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(missing));
    // The help names the command.
    const Run help = run({QStringLiteral("--help")});
    QVERIFY(help.out.contains("export calendar FILE.ics"));
}

QTEST_GUILESS_MAIN(tst_CliCalendar)
#include "tst_cli_calendar.moc"
