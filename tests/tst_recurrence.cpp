// Maintenance windows (models/planning/recurrence.h): the demo estate's rules expanded in
// Asia/Tokyo with exact UTC instants, windows across the DST changes of America/New_York and
// Europe/Berlin (a start in the spring gap moves forward, one in the autumn overlap takes the
// first instant, the duration stays real time), COUNT and UNTIL, clipping to the period,
// maxCount, the rules refused and why, window validation, the plain-words descriptions and the
// next occurrence.
#include "models/planning/recurrence.h"

#include <QTimeZone>
#include <QtTest>

using namespace pp;

namespace {

const QString kTokyo = QStringLiteral("Asia/Tokyo");
const QString kNewYork = QStringLiteral("America/New_York");
const QString kBerlin = QStringLiteral("Europe/Berlin");

// The demo estate's rules (models/io/demodata_systems.cpp).
const QString k2ndSunday = QStringLiteral("FREQ=MONTHLY;BYDAY=2SU;BYHOUR=1;BYMINUTE=0");
const QString kWednesdays = QStringLiteral("FREQ=WEEKLY;BYDAY=WE;BYHOUR=2;BYMINUTE=0");
const QString kPlantShutdown =
    QStringLiteral("FREQ=YEARLY;BYMONTH=5,8,12;BYDAY=-1SA;BYHOUR=8;BYMINUTE=0");

MaintenanceWindow window(const QString &rrule, const QDateTime &dtstart, int minutes = 240,
                         const QString &zone = kTokyo)
{
    MaintenanceWindow w;
    w.id = 42;
    w.name = QStringLiteral("Patch window");
    w.rrule = rrule;
    w.dtstart = dtstart;
    w.durationMinutes = minutes;
    w.timeZone = zone;
    return w;
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

/// The starts as ISO UTC strings, to compare whole lists readably.
QStringList starts(const QList<WindowOccurrence> &list)
{
    QStringList out;
    for (const WindowOccurrence &o : list)
        out << o.start.toUTC().toString(Qt::ISODate);
    return out;
}

QList<WindowOccurrence> expanded(const MaintenanceWindow &w, const QDateTime &from,
                                 const QDateTime &to, int maxCount = 5000)
{
    const auto r = expandWindow(w, from, to, maxCount);
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r ? r.value() : QList<WindowOccurrence>();
}

} // namespace

class tst_Recurrence : public QObject
{
    Q_OBJECT

private slots:
    void secondSundayTokyo2027();
    void dtstartSpecIsIgnored();
    void weekly();
    void yearlyLastSaturday();
    void intervalKeepsPhaseFarFromDtstart();
    void count();
    void until();
    void springForwardNewYork();
    void fallBackNewYork();
    void berlinTransitions();
    void durationIsRealTimeAcrossTransition();
    void clipping();
    void maxCount();
    void invalidRules_data();
    void invalidRules();
    void validRules_data();
    void validRules();
    void validateWindowProblems();
    void expandRejectsInvalid();
    void describe_data();
    void describe();
    void next();
};

void tst_Recurrence::secondSundayTokyo2027()
{
    const MaintenanceWindow w = window(k2ndSunday, local(2025, 1, 1, 0));
    // The year 2027 in Tokyo: 01:00 JST is 16:00 UTC the day before.
    const auto list = expanded(w, utc("2027-01-01T00:00:00+09:00"), utc("2028-01-01T00:00:00+09:00"));
    QCOMPARE(starts(list),
             QStringList({"2027-01-09T16:00:00Z", "2027-02-13T16:00:00Z", "2027-03-13T16:00:00Z",
                          "2027-04-10T16:00:00Z", "2027-05-08T16:00:00Z", "2027-06-12T16:00:00Z",
                          "2027-07-10T16:00:00Z", "2027-08-07T16:00:00Z", "2027-09-11T16:00:00Z",
                          "2027-10-09T16:00:00Z", "2027-11-13T16:00:00Z",
                          "2027-12-11T16:00:00Z"}));
    for (const WindowOccurrence &o : list) {
        QCOMPARE(o.windowId, qint64(42));
        QCOMPARE(o.start.timeSpec(), Qt::UTC);
        QCOMPARE(o.end.timeSpec(), Qt::UTC);
        QCOMPARE(o.start.secsTo(o.end), 4 * 3600);
        const QDateTime tokyo = o.start.toTimeZone(QTimeZone(kTokyo.toLatin1()));
        QCOMPARE(tokyo.date().dayOfWeek(), int(Qt::Sunday));
        QVERIFY(tokyo.date().day() >= 8 && tokyo.date().day() <= 14);
        QCOMPARE(tokyo.time(), QTime(1, 0));
    }
}

void tst_Recurrence::dtstartSpecIsIgnored()
{
    // The date and time of dtstart are wall-clock time in the window's zone whatever the spec.
    const QDateTime from = utc("2027-01-01T00:00:00Z");
    const QDateTime to = utc("2027-07-01T00:00:00Z");
    const auto asLocal = expanded(window(k2ndSunday, local(2025, 1, 1, 0)), from, to);
    const auto asUtc = expanded(
        window(k2ndSunday, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)), from, to);
    const auto asOffset = expanded(
        window(k2ndSunday, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, -5 * 3600)),
        from, to);
    QCOMPARE(asLocal.size(), 6);
    QCOMPARE(starts(asUtc), starts(asLocal));
    QCOMPARE(starts(asOffset), starts(asLocal));
}

void tst_Recurrence::weekly()
{
    const MaintenanceWindow w = window(kWednesdays, local(2025, 1, 1, 0));
    const auto list = expanded(w, utc("2027-03-01T00:00:00+09:00"), utc("2027-04-01T00:00:00+09:00"));
    QCOMPARE(starts(list),
             QStringList({"2027-03-02T17:00:00Z", "2027-03-09T17:00:00Z", "2027-03-16T17:00:00Z",
                          "2027-03-23T17:00:00Z", "2027-03-30T17:00:00Z"}));
    // A whole year of Wednesdays.
    QCOMPARE(expanded(w, utc("2027-01-01T00:00:00+09:00"), utc("2028-01-01T00:00:00+09:00")).size(),
             52);
}

void tst_Recurrence::yearlyLastSaturday()
{
    const MaintenanceWindow w = window(kPlantShutdown, local(2025, 1, 1, 0), 12 * 60);
    const auto list = expanded(w, utc("2027-01-01T00:00:00+09:00"), utc("2029-01-01T00:00:00+09:00"));
    // 08:00 JST is 23:00 UTC the day before.
    QCOMPARE(starts(list),
             QStringList({"2027-05-28T23:00:00Z", "2027-08-27T23:00:00Z", "2027-12-24T23:00:00Z",
                          "2028-05-26T23:00:00Z", "2028-08-25T23:00:00Z",
                          "2028-12-29T23:00:00Z"}));
    QCOMPARE(list.first().end, utc("2027-05-29T11:00:00Z"));
}

void tst_Recurrence::intervalKeepsPhaseFarFromDtstart()
{
    // Every third month from January 2020: January, April, July and October of 2027 too, even
    // though the expansion starts near 2027 rather than at dtstart.
    const MaintenanceWindow w =
        window(QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=2SU;BYHOUR=1"), local(2020, 1, 1, 0));
    const auto list = expanded(w, utc("2027-01-01T00:00:00Z"), utc("2028-01-01T00:00:00Z"));
    QCOMPARE(starts(list),
             QStringList({"2027-01-09T16:00:00Z", "2027-04-10T16:00:00Z", "2027-07-10T16:00:00Z",
                          "2027-10-09T16:00:00Z"}));
    // Every other week from Wednesday 2025-01-01.
    const MaintenanceWindow fortnightly =
        window(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"), local(2025, 1, 1, 2));
    const auto weeks = expanded(fortnightly, utc("2027-03-01T00:00:00Z"), utc("2027-04-01T00:00:00Z"));
    // 2027-03-03 is 2025-01-01 + 113 weeks, an odd number: the window is on the 10th and 24th.
    QCOMPARE(starts(weeks), QStringList({"2027-03-09T17:00:00Z", "2027-03-23T17:00:00Z"}));
}

void tst_Recurrence::count()
{
    const MaintenanceWindow w =
        window(QStringLiteral("FREQ=WEEKLY;BYDAY=WE;COUNT=3"), local(2027, 3, 3, 2));
    QCOMPARE(starts(expanded(w, utc("2027-01-01T00:00:00Z"), utc("2028-01-01T00:00:00Z"))),
             QStringList({"2027-03-02T17:00:00Z", "2027-03-09T17:00:00Z", "2027-03-16T17:00:00Z"}));
    // Counted from dtstart even when the period starts later.
    QCOMPARE(starts(expanded(w, utc("2027-03-05T00:00:00Z"), utc("2028-01-01T00:00:00Z"))),
             QStringList({"2027-03-09T17:00:00Z", "2027-03-16T17:00:00Z"}));
    QVERIFY(expanded(w, utc("2027-03-17T00:00:00Z"), utc("2028-01-01T00:00:00Z")).isEmpty());
}

void tst_Recurrence::until()
{
    const QDateTime from = utc("2027-01-01T00:00:00Z");
    const QDateTime to = utc("2028-01-01T00:00:00Z");
    const QStringList fourDays = {"2027-02-28T17:00:00Z", "2027-03-01T17:00:00Z",
                                  "2027-03-02T17:00:00Z", "2027-03-03T17:00:00Z"};
    // Wall-clock UNTIL: the last occurrence is the one at or before it.
    QCOMPARE(starts(expanded(window(QStringLiteral("FREQ=DAILY;UNTIL=20270304T020000"),
                                    local(2027, 3, 1, 2)), from, to)),
             fourDays);
    // A UTC UNTIL is an instant: 2027-03-03T17:00Z is 02:00 on the 4th in Tokyo.
    QCOMPARE(starts(expanded(window(QStringLiteral("FREQ=DAILY;UNTIL=20270303T170000Z"),
                                    local(2027, 3, 1, 2)), from, to)),
             fourDays);
    QCOMPARE(starts(expanded(window(QStringLiteral("FREQ=DAILY;UNTIL=20270303T165959Z"),
                                    local(2027, 3, 1, 2)), from, to)),
             fourDays.mid(0, 3));
    // A date-only UNTIL includes its day.
    QCOMPARE(starts(expanded(window(QStringLiteral("FREQ=DAILY;UNTIL=20270304"),
                                    local(2027, 3, 1, 2)), from, to)),
             fourDays);
    // A period after UNTIL, far from dtstart.
    QVERIFY(expanded(window(QStringLiteral("FREQ=DAILY;UNTIL=20270304"), local(2027, 3, 1, 2)),
                     utc("2029-01-01T00:00:00Z"), utc("2030-01-01T00:00:00Z"))
                .isEmpty());
}

void tst_Recurrence::springForwardNewYork()
{
    // 2027-03-14 02:00 EST jumps to 03:00 EDT: a 02:30 start moves to 03:30 EDT.
    const QTimeZone ny(kNewYork.toLatin1());
    const MaintenanceWindow w =
        window(QStringLiteral("FREQ=DAILY"), local(2027, 3, 1, 2, 30), 60, kNewYork);
    const auto list = expanded(w, utc("2027-03-13T00:00:00Z"), utc("2027-03-16T00:00:00Z"));
    QCOMPARE(starts(list),
             QStringList({"2027-03-13T07:30:00Z", "2027-03-14T07:30:00Z", "2027-03-15T06:30:00Z"}));
    // Moved forward by the hour of the gap, as QDateTime documents it (Qt 6.4 itself makes a
    // QDateTime built on the missing time invalid, and addDays() into it inconsistent).
    QCOMPARE(list.at(1).start.toTimeZone(ny).time(), QTime(3, 30));
    QCOMPARE(list.at(1).start.secsTo(list.at(1).end), 3600);
    // The offset before and after.
    QCOMPARE(ny.offsetFromUtc(list.at(0).start), -5 * 3600);
    QCOMPARE(ny.offsetFromUtc(list.at(2).start), -4 * 3600);
    QCOMPARE(list.at(0).start.toTimeZone(ny).time(), QTime(2, 30));
    QCOMPARE(list.at(2).start.toTimeZone(ny).time(), QTime(2, 30));
}

void tst_Recurrence::fallBackNewYork()
{
    // 2027-11-07 02:00 EDT falls back to 01:00 EST: 01:30 happens twice; the first is taken.
    const QTimeZone ny(kNewYork.toLatin1());
    const MaintenanceWindow w =
        window(QStringLiteral("FREQ=DAILY"), local(2027, 11, 1, 1, 30), 60, kNewYork);
    const auto list = expanded(w, utc("2027-11-06T00:00:00Z"), utc("2027-11-09T00:00:00Z"));
    QCOMPARE(starts(list),
             QStringList({"2027-11-06T05:30:00Z", "2027-11-07T05:30:00Z", "2027-11-08T06:30:00Z"}));
    QCOMPARE(ny.offsetFromUtc(list.at(1).start), -4 * 3600);
    QCOMPARE(ny.offsetFromUtc(list.at(2).start), -5 * 3600);
    // The window keeps its real hour: it ends at 01:30 EST, the second 01:30 of the day.
    QCOMPARE(list.at(1).end, utc("2027-11-07T06:30:00Z"));
    QCOMPARE(list.at(1).end.toTimeZone(ny).time(), QTime(1, 30));
}

void tst_Recurrence::berlinTransitions()
{
    const QTimeZone berlin(kBerlin.toLatin1());
    const MaintenanceWindow w =
        window(QStringLiteral("FREQ=DAILY;BYHOUR=2;BYMINUTE=30"), local(2027, 1, 1, 0), 60, kBerlin);
    // Spring: 2027-03-28 02:00 CET jumps to 03:00 CEST.
    const auto spring = expanded(w, utc("2027-03-27T00:00:00Z"), utc("2027-03-30T00:00:00Z"));
    QCOMPARE(starts(spring),
             QStringList({"2027-03-27T01:30:00Z", "2027-03-28T01:30:00Z", "2027-03-29T00:30:00Z"}));
    QCOMPARE(spring.at(1).start.toTimeZone(berlin).time(), QTime(3, 30));
    // Autumn: 2027-10-31 03:00 CEST falls back to 02:00 CET; 02:30 CEST (the first) is taken.
    const auto autumn = expanded(w, utc("2027-10-30T00:00:00Z"), utc("2027-11-02T00:00:00Z"));
    QCOMPARE(starts(autumn),
             QStringList({"2027-10-30T00:30:00Z", "2027-10-31T00:30:00Z", "2027-11-01T01:30:00Z"}));
    QCOMPARE(berlin.offsetFromUtc(autumn.at(1).start), 2 * 3600);
    QCOMPARE(berlin.offsetFromUtc(autumn.at(2).start), 1 * 3600);
    // A monthly window on the last Sunday, the very day of the change, over several years.
    const MaintenanceWindow lastSunday = window(
        QStringLiteral("FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU;BYHOUR=2;BYMINUTE=30"),
        local(2020, 1, 1, 0), 60, kBerlin);
    const auto days = expanded(lastSunday, utc("2026-01-01T00:00:00Z"), utc("2028-01-01T00:00:00Z"));
    QCOMPARE(starts(days),
             QStringList({"2026-03-29T01:30:00Z", "2026-10-25T00:30:00Z", "2027-03-28T01:30:00Z",
                          "2027-10-31T00:30:00Z"}));
}

void tst_Recurrence::durationIsRealTimeAcrossTransition()
{
    // 01:00 EST for four hours on the spring-forward day ends at 06:00 EDT, four real hours.
    const QTimeZone ny(kNewYork.toLatin1());
    const MaintenanceWindow w = window(QStringLiteral("FREQ=WEEKLY;BYDAY=SU;BYHOUR=1"),
                                       local(2027, 1, 3, 1), 240, kNewYork);
    const auto list = expanded(w, utc("2027-03-14T00:00:00Z"), utc("2027-03-15T00:00:00Z"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().start, utc("2027-03-14T06:00:00Z"));
    QCOMPARE(list.first().end, utc("2027-03-14T10:00:00Z"));
    QCOMPARE(list.first().end.toTimeZone(ny).time(), QTime(6, 0));
}

void tst_Recurrence::clipping()
{
    const MaintenanceWindow w = window(k2ndSunday, local(2025, 1, 1, 0));
    // The January 2027 window runs 16:00-20:00 UTC on the 9th.
    const QDateTime to = utc("2027-02-01T00:00:00Z");
    // A window already running at `from` is included.
    QCOMPARE(starts(expanded(w, utc("2027-01-09T18:00:00Z"), to)),
             QStringList({"2027-01-09T16:00:00Z"}));
    QCOMPARE(starts(expanded(w, utc("2027-01-09T19:59:59Z"), to)),
             QStringList({"2027-01-09T16:00:00Z"}));
    // Ended exactly at `from`: not overlapping.
    QVERIFY(expanded(w, utc("2027-01-09T20:00:00Z"), to).isEmpty());
    // Starting exactly at `to`: outside the half-open period.
    QVERIFY(expanded(w, utc("2027-01-01T00:00:00Z"), utc("2027-01-09T16:00:00Z")).isEmpty());
    QCOMPARE(expanded(w, utc("2027-01-01T00:00:00Z"), utc("2027-01-09T16:00:01Z")).size(), 1);
    // An empty or reversed period.
    QVERIFY(expanded(w, to, to).isEmpty());
    QVERIFY(expanded(w, to, utc("2027-01-01T00:00:00Z")).isEmpty());
    // A period before dtstart.
    QVERIFY(expanded(w, utc("2020-01-01T00:00:00Z"), utc("2024-12-31T00:00:00Z")).isEmpty());
    // dtstart itself is not an occurrence when it does not match the rule: the first one is
    // the second Sunday of January 2025.
    QCOMPARE(starts(expanded(w, utc("2024-01-01T00:00:00Z"), utc("2025-02-01T00:00:00Z"))),
             QStringList({"2025-01-11T16:00:00Z"}));
    // An invalid period is a usage error.
    const auto bad = expandWindow(w, QDateTime(), to);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, ErrorKind::Usage);
}

void tst_Recurrence::maxCount()
{
    const MaintenanceWindow w = window(kWednesdays, local(2025, 1, 1, 0));
    const auto ten = expanded(w, utc("2027-01-01T00:00:00Z"), utc("2029-01-01T00:00:00Z"), 10);
    QCOMPARE(ten.size(), 10);
    QCOMPARE(ten.first().start, utc("2027-01-05T17:00:00Z"));
    QCOMPARE(ten.last().start, utc("2027-03-09T17:00:00Z"));
    QVERIFY(expanded(w, utc("2027-01-01T00:00:00Z"), utc("2029-01-01T00:00:00Z"), 0).isEmpty());
    // The default bound holds a daily window over ten years.
    const MaintenanceWindow daily = window(QStringLiteral("FREQ=DAILY"), local(2025, 1, 1, 2));
    QCOMPARE(expanded(daily, utc("2025-01-01T00:00:00Z"), utc("2045-01-01T00:00:00Z")).size(), 5000);
}

void tst_Recurrence::invalidRules_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QString>("mentions"); // a word the message must contain

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("garbage");
    QTest::newRow("no FREQ") << QStringLiteral("BYDAY=SU") << QStringLiteral("FREQ");
    QTest::newRow("bad FREQ") << QStringLiteral("FREQ=FORTNIGHTLY") << QStringLiteral("FREQ");
    QTest::newRow("bad weekday") << QStringLiteral("FREQ=MONTHLY;BYDAY=9XX")
                                 << QStringLiteral("BYDAY=9XX");
    QTest::newRow("ninth Sunday") << QStringLiteral("FREQ=MONTHLY;BYDAY=9SU")
                                  << QStringLiteral("9SU");
    QTest::newRow("numbered weekly") << QStringLiteral("FREQ=WEEKLY;BYDAY=2SU")
                                     << QStringLiteral("MONTHLY");
    QTest::newRow("60th Monday") << QStringLiteral("FREQ=YEARLY;BYDAY=60MO")
                                 << QStringLiteral("60MO");
    QTest::newRow("February 30") << QStringLiteral("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")
                                 << QStringLiteral("BYMONTHDAY");
    QTest::newRow("day 40") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=40")
                            << QStringLiteral("BYMONTHDAY=40");
    QTest::newRow("hour 25") << QStringLiteral("FREQ=DAILY;BYHOUR=25") << QStringLiteral("BYHOUR");
    QTest::newRow("unknown part") << QStringLiteral("FREQ=DAILY;FOO=1") << QStringLiteral("FOO");
    QTest::newRow("twice") << QStringLiteral("FREQ=DAILY;FREQ=WEEKLY") << QStringLiteral("FREQ");
    QTest::newRow("count and until") << QStringLiteral("FREQ=DAILY;COUNT=3;UNTIL=20270101")
                                     << QStringLiteral("COUNT");
    QTest::newRow("interval 0") << QStringLiteral("FREQ=DAILY;INTERVAL=0")
                                << QStringLiteral("INTERVAL");
    QTest::newRow("count 0") << QStringLiteral("FREQ=DAILY;COUNT=0") << QStringLiteral("COUNT");
    QTest::newRow("bad until") << QStringLiteral("FREQ=DAILY;UNTIL=tomorrow")
                               << QStringLiteral("UNTIL");
    QTest::newRow("no value") << QStringLiteral("FREQ=DAILY;BYDAY=") << QStringLiteral("BYDAY");
    QTest::newRow("space") << QStringLiteral("FREQ=DAILY; BYHOUR=1") << QStringLiteral("“ ”");
    QTest::newRow("weekno monthly") << QStringLiteral("FREQ=MONTHLY;BYWEEKNO=3")
                                    << QStringLiteral("BYWEEKNO");
    QTest::newRow("rscale") << QStringLiteral("RSCALE=GREGORIAN;FREQ=YEARLY")
                            << QStringLiteral("RSCALE");
}

void tst_Recurrence::invalidRules()
{
    QFETCH(QString, rrule);
    QFETCH(QString, mentions);
    const QString message = validateRecurrence(rrule);
    QVERIFY2(!message.isEmpty(), qPrintable(rrule));
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

void tst_Recurrence::validRules_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::newRow("demo 2nd Sunday") << k2ndSunday;
    QTest::newRow("demo plant") << kPlantShutdown;
    QTest::newRow("prefix") << QStringLiteral("RRULE:FREQ=MONTHLY;BYDAY=2SU");
    QTest::newRow("lower case") << QStringLiteral("rrule:freq=monthly;byday=-1sa");
    QTest::newRow("trailing semicolon") << QStringLiteral("FREQ=WEEKLY;BYDAY=WE;");
    QTest::newRow("fifth Sunday") << QStringLiteral("FREQ=MONTHLY;BYDAY=5SU");
    QTest::newRow("February 29") << QStringLiteral("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29");
    QTest::newRow("last day") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1");
    QTest::newRow("setpos") << QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1");
    QTest::newRow("until utc") << QStringLiteral("FREQ=DAILY;UNTIL=20271231T150000Z");
    QTest::newRow("wkst") << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,SA");
}

void tst_Recurrence::validRules()
{
    QFETCH(QString, rrule);
    QCOMPARE(validateRecurrence(rrule), QString());
}

void tst_Recurrence::validateWindowProblems()
{
    const MaintenanceWindow good = window(k2ndSunday, local(2025, 1, 1, 0));
    QCOMPARE(validateWindow(good), QStringList());

    MaintenanceWindow w = good;
    w.durationMinutes = 0;
    QCOMPARE(validateWindow(w).size(), 1);
    QVERIFY(validateWindow(w).first().contains(QLatin1String("10080")));
    w.durationMinutes = 10081;
    QCOMPARE(validateWindow(w).size(), 1);
    w.durationMinutes = 10080;
    QCOMPARE(validateWindow(w), QStringList());

    w = good;
    w.timeZone = QStringLiteral("Mars/Olympus_Mons");
    QCOMPARE(validateWindow(w).size(), 1);
    QVERIFY(validateWindow(w).first().contains(QLatin1String("Mars/Olympus_Mons")));
    w.timeZone.clear();
    QCOMPARE(validateWindow(w).size(), 1);

    w = good;
    w.name = QStringLiteral("  ");
    QCOMPARE(validateWindow(w).size(), 1);

    w = good;
    w.dtstart = QDateTime();
    QCOMPARE(validateWindow(w).size(), 1);

    w = good;
    w.rrule = QStringLiteral("FREQ=MINUTELY");
    QCOMPARE(validateWindow(w).size(), 1);
    w.rrule = QStringLiteral("BYDAY=SU");
    QCOMPARE(validateWindow(w).size(), 1);
    QVERIFY(validateWindow(w).first().contains(QLatin1String("FREQ")));

    // Everything wrong at once: every problem is reported.
    MaintenanceWindow bad;
    bad.rrule = QStringLiteral("garbage");
    bad.durationMinutes = -5;
    bad.timeZone = QStringLiteral("Nowhere");
    QCOMPARE(validateWindow(bad).size(), 5);
}

void tst_Recurrence::expandRejectsInvalid()
{
    MaintenanceWindow w = window(QStringLiteral("FREQ=MONTHLY;BYDAY=9XX"), local(2025, 1, 1, 0));
    const auto r = expandWindow(w, utc("2027-01-01T00:00:00Z"), utc("2028-01-01T00:00:00Z"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY(r.error().message.contains(QLatin1String("BYDAY=9XX")));
    w = window(k2ndSunday, local(2025, 1, 1, 0), 240, QStringLiteral("Not/AZone"));
    QVERIFY(!expandWindow(w, utc("2027-01-01T00:00:00Z"), utc("2028-01-01T00:00:00Z")));
    QVERIFY(!nextOccurrence(w, utc("2027-01-01T00:00:00Z")));
}

void tst_Recurrence::describe_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");

    // The demo estate's windows.
    QTest::newRow("2nd Sunday") << k2ndSunday << 240
                                << QStringLiteral("Monthly on the second Sunday, 01:00–05:00 (Asia/Tokyo)");
    QTest::newRow("1st Sunday") << QStringLiteral("FREQ=MONTHLY;BYDAY=1SU;BYHOUR=0;BYMINUTE=0") << 240
                                << QStringLiteral("Monthly on the first Sunday, 00:00–04:00 (Asia/Tokyo)");
    QTest::newRow("3rd Saturday") << QStringLiteral("FREQ=MONTHLY;BYDAY=3SA;BYHOUR=22;BYMINUTE=0") << 240
                                  << QStringLiteral("Monthly on the third Saturday, 22:00–02:00 (Asia/Tokyo)");
    QTest::newRow("4th Tuesday") << QStringLiteral("FREQ=MONTHLY;BYDAY=4TU;BYHOUR=23;BYMINUTE=30") << 240
                                 << QStringLiteral("Monthly on the fourth Tuesday, 23:30–03:30 (Asia/Tokyo)");
    QTest::newRow("Wednesdays") << kWednesdays << 240
                                << QStringLiteral("Weekly on Wednesday, 02:00–06:00 (Asia/Tokyo)");
    QTest::newRow("Thursdays") << QStringLiteral("FREQ=WEEKLY;BYDAY=TH;BYHOUR=3;BYMINUTE=0") << 120
                               << QStringLiteral("Weekly on Thursday, 03:00–05:00 (Asia/Tokyo)");
    QTest::newRow("Fridays") << QStringLiteral("FREQ=WEEKLY;BYDAY=FR;BYHOUR=19;BYMINUTE=0") << 180
                             << QStringLiteral("Weekly on Friday, 19:00–22:00 (Asia/Tokyo)");
    QTest::newRow("plant") << kPlantShutdown << 720
                           << QStringLiteral("Yearly in May, August and December on the last Saturday, "
                                             "08:00–20:00 (Asia/Tokyo)");
    // Other shapes.
    QTest::newRow("fortnightly") << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH") << 60
                                 << QStringLiteral("Every 2 weeks on Monday and Thursday, 03:00–04:00 (Asia/Tokyo)");
    QTest::newRow("month day") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15;BYHOUR=22") << 90
                               << QStringLiteral("Monthly on day 15, 22:00–23:30 (Asia/Tokyo)");
    QTest::newRow("last day") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1") << 60
                              << QStringLiteral("Monthly on the last day, 03:00–04:00 (Asia/Tokyo)");
    QTest::newRow("daily") << QStringLiteral("FREQ=DAILY") << 30
                           << QStringLiteral("Daily, 03:00–03:30 (Asia/Tokyo)");
    QTest::newRow("weekly from dtstart") << QStringLiteral("FREQ=WEEKLY") << 60
                                         << QStringLiteral("Weekly on Wednesday, 03:00–04:00 (Asia/Tokyo)");
    QTest::newRow("quarterly") << QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=2SU;BYHOUR=1") << 240
                               << QStringLiteral("Every 3 months on the second Sunday, 01:00–05:00 (Asia/Tokyo)");
    QTest::newRow("two days") << k2ndSunday << 48 * 60
                              << QStringLiteral("Monthly on the second Sunday, 01:00 for 48 h (Asia/Tokyo)");
    QTest::newRow("count") << QStringLiteral("FREQ=WEEKLY;BYDAY=WE;COUNT=4") << 60
                           << QStringLiteral("Weekly on Wednesday, 03:00–04:00 (Asia/Tokyo), 4 times");
    QTest::newRow("until") << QStringLiteral("FREQ=WEEKLY;BYDAY=WE;UNTIL=20271231") << 60
                           << QStringLiteral("Weekly on Wednesday, 03:00–04:00 (Asia/Tokyo), until 2027-12-31");
    // Beyond the words: the rule itself.
    QTest::newRow("setpos") << QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1") << 60
                            << QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1 (Asia/Tokyo)");
    QTest::newRow("two hours") << QStringLiteral("RRULE:FREQ=DAILY;BYHOUR=1,13") << 60
                               << QStringLiteral("FREQ=DAILY;BYHOUR=1,13 (Asia/Tokyo)");
    QTest::newRow("third to last") << QStringLiteral("FREQ=MONTHLY;BYDAY=-3FR") << 60
                                   << QStringLiteral("FREQ=MONTHLY;BYDAY=-3FR (Asia/Tokyo)");
    QTest::newRow("invalid") << QStringLiteral("garbage") << 60
                             << QStringLiteral("garbage (Asia/Tokyo)");
}

void tst_Recurrence::describe()
{
    QFETCH(QString, rrule);
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    // dtstart: Wednesday 2025-01-01 03:00, the default time and weekday of rules without them.
    QCOMPARE(describeWindow(window(rrule, local(2025, 1, 1, 3), minutes)), expected);
}

void tst_Recurrence::next()
{
    const MaintenanceWindow w = window(k2ndSunday, local(2025, 1, 1, 0));
    // At the very start: that occurrence.
    auto n = nextOccurrence(w, utc("2027-01-09T16:00:00Z"));
    QVERIFY(n);
    QCOMPARE(n->start, utc("2027-01-09T16:00:00Z"));
    QCOMPARE(n->end, utc("2027-01-09T20:00:00Z"));
    QCOMPARE(n->windowId, qint64(42));
    // A second later (the window is running): the next one, February 14 01:00 JST.
    n = nextOccurrence(w, utc("2027-01-09T16:00:01Z"));
    QVERIFY(n);
    QCOMPARE(n->start, utc("2027-02-13T16:00:00Z"));
    // Before dtstart: the first occurrence.
    n = nextOccurrence(w, utc("2024-06-01T00:00:00Z"));
    QVERIFY(n);
    QCOMPARE(n->start, utc("2025-01-11T16:00:00Z"));
    // Nothing within the horizon.
    QVERIFY(!nextOccurrence(w, utc("2027-01-10T00:00:00Z"), 10));
    QVERIFY(nextOccurrence(w, utc("2027-01-10T00:00:00Z"), 40));
    // Once a COUNT rule is used up, none.
    const MaintenanceWindow once =
        window(QStringLiteral("FREQ=MONTHLY;BYDAY=2SU;COUNT=1"), local(2025, 1, 1, 1));
    QVERIFY(nextOccurrence(once, utc("2025-01-01T00:00:00Z")));
    QVERIFY(!nextOccurrence(once, utc("2025-01-12T00:00:00Z")));
    QVERIFY(!nextOccurrence(w, QDateTime()));
}

QTEST_GUILESS_MAIN(tst_Recurrence)
#include "tst_recurrence.moc"
