// Japan's public holidays (models/planning/holidays.h): whole years checked against the lists
// the Cabinet Office (内閣府) published, the equinox days of the National Astronomical
// Observatory's almanacs (published through 2026; later years are its predictions), citizens'
// and substitute holidays under the old (1973-2006) and the current rules, the Olympic moves,
// the imperial days of 1989-2019, and the supported range.
#include "models/planning/holidays.h"

#include <QtTest>

using namespace pp;

namespace {

/// "MM-DD 名前" for each holiday of a year, to compare whole lists readably.
QStringList listOf(int year)
{
    QStringList out;
    for (const Holiday &h : japaneseHolidays(year))
        out << h.day.toString(QStringLiteral("MM-dd ")) + h.nameJa;
    return out;
}

QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class tst_Holidays : public QObject
{
    Q_OBJECT

private slots:
    void publishedYears_data();
    void publishedYears();
    void equinoxes_data();
    void equinoxes();
    void citizensHolidays_data();
    void citizensHolidays();
    void substituteHolidays_data();
    void substituteHolidays();
    void historicNames_data();
    void historicNames();
    void englishNames();
    void everyYearIsConsistent();
    void lookupAndRange();
    void outOfRange();
};

void tst_Holidays::publishedYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected");

    // 2019: the accession; 04-30 and 05-02 are citizens' holidays between the 2019 days.
    QTest::newRow("2019") << 2019 << lines("01-01 元日\n01-14 成人の日\n02-11 建国記念の日\n"
                                           "03-21 春分の日\n04-29 昭和の日\n04-30 国民の休日\n"
                                           "05-01 天皇の即位の日\n05-02 国民の休日\n"
                                           "05-03 憲法記念日\n05-04 みどりの日\n05-05 こどもの日\n"
                                           "05-06 振替休日\n07-15 海の日\n08-11 山の日\n"
                                           "08-12 振替休日\n09-16 敬老の日\n09-23 秋分の日\n"
                                           "10-14 体育の日\n10-22 即位礼正殿の儀\n11-03 文化の日\n"
                                           "11-04 振替休日\n11-23 勤労感謝の日");
    // 2020: the Olympic moves; the first 天皇誕生日 on 02-23 (a Sunday).
    QTest::newRow("2020") << 2020 << lines("01-01 元日\n01-13 成人の日\n02-11 建国記念の日\n"
                                           "02-23 天皇誕生日\n02-24 振替休日\n03-20 春分の日\n"
                                           "04-29 昭和の日\n05-03 憲法記念日\n05-04 みどりの日\n"
                                           "05-05 こどもの日\n05-06 振替休日\n07-23 海の日\n"
                                           "07-24 スポーツの日\n08-10 山の日\n09-21 敬老の日\n"
                                           "09-22 秋分の日\n11-03 文化の日\n11-23 勤労感謝の日");
    // 2021: moved again; 山の日 on Sunday 08-08 with its substitute.
    QTest::newRow("2021") << 2021 << lines("01-01 元日\n01-11 成人の日\n02-11 建国記念の日\n"
                                           "02-23 天皇誕生日\n03-20 春分の日\n04-29 昭和の日\n"
                                           "05-03 憲法記念日\n05-04 みどりの日\n05-05 こどもの日\n"
                                           "07-22 海の日\n07-23 スポーツの日\n08-08 山の日\n"
                                           "08-09 振替休日\n09-20 敬老の日\n09-23 秋分の日\n"
                                           "11-03 文化の日\n11-23 勤労感謝の日");
    QTest::newRow("2024") << 2024 << lines("01-01 元日\n01-08 成人の日\n02-11 建国記念の日\n"
                                           "02-12 振替休日\n02-23 天皇誕生日\n03-20 春分の日\n"
                                           "04-29 昭和の日\n05-03 憲法記念日\n05-04 みどりの日\n"
                                           "05-05 こどもの日\n05-06 振替休日\n07-15 海の日\n"
                                           "08-11 山の日\n08-12 振替休日\n09-16 敬老の日\n"
                                           "09-22 秋分の日\n09-23 振替休日\n10-14 スポーツの日\n"
                                           "11-03 文化の日\n11-04 振替休日\n11-23 勤労感謝の日");
    // 2025: みどりの日 on Sunday 05-04 moves its substitute past こどもの日 to 05-06.
    QTest::newRow("2025") << 2025 << lines("01-01 元日\n01-13 成人の日\n02-11 建国記念の日\n"
                                           "02-23 天皇誕生日\n02-24 振替休日\n03-20 春分の日\n"
                                           "04-29 昭和の日\n05-03 憲法記念日\n05-04 みどりの日\n"
                                           "05-05 こどもの日\n05-06 振替休日\n07-21 海の日\n"
                                           "08-11 山の日\n09-15 敬老の日\n09-23 秋分の日\n"
                                           "10-13 スポーツの日\n11-03 文化の日\n11-23 勤労感謝の日\n"
                                           "11-24 振替休日");
    // 2026: 憲法記念日 on Sunday: the substitute is 05-06; 09-22 between 敬老の日 and 秋分の日.
    QTest::newRow("2026") << 2026 << lines("01-01 元日\n01-12 成人の日\n02-11 建国記念の日\n"
                                           "02-23 天皇誕生日\n03-20 春分の日\n04-29 昭和の日\n"
                                           "05-03 憲法記念日\n05-04 みどりの日\n05-05 こどもの日\n"
                                           "05-06 振替休日\n07-20 海の日\n08-11 山の日\n"
                                           "09-21 敬老の日\n09-22 国民の休日\n09-23 秋分の日\n"
                                           "10-12 スポーツの日\n11-03 文化の日\n11-23 勤労感謝の日");
}

void tst_Holidays::publishedYears()
{
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    QCOMPARE(listOf(year), expected);
}

void tst_Holidays::equinoxes_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("vernal");   // day of March
    QTest::addColumn<int>("autumnal"); // day of September

    // Published (官報) through 2026; 2027-2035 are the observatory's predictions.
    const int table[][3] = {
        {2000, 20, 23}, {2001, 20, 23}, {2002, 21, 23}, {2003, 21, 23}, {2004, 20, 23},
        {2005, 20, 23}, {2006, 21, 23}, {2007, 21, 23}, {2008, 20, 23}, {2009, 20, 23},
        {2010, 21, 23}, {2011, 21, 23}, {2012, 20, 22}, {2013, 20, 23}, {2014, 21, 23},
        {2015, 21, 23}, {2016, 20, 22}, {2017, 20, 23}, {2018, 21, 23}, {2019, 21, 23},
        {2020, 20, 22}, {2021, 20, 23}, {2022, 21, 23}, {2023, 21, 23}, {2024, 20, 22},
        {2025, 20, 23}, {2026, 20, 23}, {2027, 21, 23}, {2028, 20, 22}, {2029, 20, 23},
        {2030, 20, 23}, {2031, 21, 23}, {2032, 20, 22}, {2033, 20, 23}, {2034, 20, 23},
        {2035, 21, 23},
    };
    for (const auto &row : table)
        QTest::addRow("%d", row[0]) << row[0] << row[1] << row[2];
}

void tst_Holidays::equinoxes()
{
    QFETCH(int, year);
    QFETCH(int, vernal);
    QFETCH(int, autumnal);
    const auto spring = japaneseHoliday(QDate(year, 3, vernal));
    QVERIFY(spring);
    QCOMPARE(spring->nameJa, QStringLiteral("春分の日"));
    const auto autumn = japaneseHoliday(QDate(year, 9, autumnal));
    QVERIFY(autumn);
    QCOMPARE(autumn->nameJa, QStringLiteral("秋分の日"));
    // Exactly one of each in the year.
    int springs = 0;
    int autumns = 0;
    for (const Holiday &h : japaneseHolidays(year)) {
        springs += h.nameJa == QStringLiteral("春分の日");
        autumns += h.nameJa == QStringLiteral("秋分の日");
    }
    QCOMPARE(springs, 1);
    QCOMPARE(autumns, 1);
}

void tst_Holidays::citizensHolidays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("expected"); // "" = not a holiday

    // Between 敬老の日 (Monday) and 秋分の日 (Wednesday).
    QTest::newRow("2009-09-22") << QDate(2009, 9, 22) << QStringLiteral("国民の休日");
    QTest::newRow("2015-09-22") << QDate(2015, 9, 22) << QStringLiteral("国民の休日");
    QTest::newRow("2026-09-22") << QDate(2026, 9, 22) << QStringLiteral("国民の休日");
    QTest::newRow("2032-09-21") << QDate(2032, 9, 21) << QStringLiteral("国民の休日");
    QTest::newRow("2037-09-22") << QDate(2037, 9, 22) << QStringLiteral("国民の休日");
    // Golden Week before みどりの日 moved to 05-04 (2007): the first one in 1988; not on a
    // Sunday under the old law (1986, 1997); a Monday after a Sunday 05-03 was the substitute.
    QTest::newRow("1988-05-04") << QDate(1988, 5, 4) << QStringLiteral("国民の休日");
    QTest::newRow("2006-05-04") << QDate(2006, 5, 4) << QStringLiteral("国民の休日");
    QTest::newRow("1986-05-04 Sunday") << QDate(1986, 5, 4) << QString();
    QTest::newRow("1997-05-04 Sunday") << QDate(1997, 5, 4) << QString();
    QTest::newRow("1987-05-04 substitute") << QDate(1987, 5, 4) << QStringLiteral("振替休日");
    QTest::newRow("1985-05-04 before the rule") << QDate(1985, 5, 4) << QString();
    // Not between two national holidays.
    QTest::newRow("2025-09-22") << QDate(2025, 9, 22) << QString();
    QTest::newRow("2027-09-22") << QDate(2027, 9, 22) << QString();
}

void tst_Holidays::citizensHolidays()
{
    QFETCH(QDate, day);
    QFETCH(QString, expected);
    const auto h = japaneseHoliday(day);
    QCOMPARE(h ? h->nameJa : QString(), expected);
}

void tst_Holidays::substituteHolidays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("expected");

    // Since 2007 the next day that is not a national holiday.
    QTest::newRow("2008-05-06 after 05-04 Sunday") << QDate(2008, 5, 6) << QStringLiteral("振替休日");
    QTest::newRow("2013-05-06 after 05-05 Sunday") << QDate(2013, 5, 6) << QStringLiteral("振替休日");
    QTest::newRow("2023-01-02") << QDate(2023, 1, 2) << QStringLiteral("振替休日");
    // Until 2006 the Monday: 2002-09-16 after 敬老の日 on Sunday 09-15.
    QTest::newRow("2002-09-16") << QDate(2002, 9, 16) << QStringLiteral("振替休日");
    QTest::newRow("1990-09-24") << QDate(1990, 9, 24) << QStringLiteral("振替休日");
    // Not a substitute: a Saturday holiday has none.
    QTest::newRow("2021-03-22") << QDate(2021, 3, 22) << QString();
    QTest::newRow("2025-05-07") << QDate(2025, 5, 7) << QString();
}

void tst_Holidays::substituteHolidays()
{
    QFETCH(QDate, day);
    QFETCH(QString, expected);
    const auto h = japaneseHoliday(day);
    QCOMPARE(h ? h->nameJa : QString(), expected);
}

void tst_Holidays::historicNames_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1988-04-29 Showa's birthday") << QDate(1988, 4, 29) << QStringLiteral("天皇誕生日");
    QTest::newRow("1989-04-29") << QDate(1989, 4, 29) << QStringLiteral("みどりの日");
    QTest::newRow("2006-04-29") << QDate(2006, 4, 29) << QStringLiteral("みどりの日");
    QTest::newRow("2007-04-29") << QDate(2007, 4, 29) << QStringLiteral("昭和の日");
    QTest::newRow("2007-05-04") << QDate(2007, 5, 4) << QStringLiteral("みどりの日");
    QTest::newRow("1989-02-24") << QDate(1989, 2, 24) << QStringLiteral("昭和天皇の大喪の礼");
    QTest::newRow("1990-11-12") << QDate(1990, 11, 12) << QStringLiteral("即位礼正殿の儀");
    QTest::newRow("1993-06-09") << QDate(1993, 6, 9) << QStringLiteral("結婚の儀");
    QTest::newRow("2018-12-23") << QDate(2018, 12, 23) << QStringLiteral("天皇誕生日");
    QTest::newRow("2018-12-24") << QDate(2018, 12, 24) << QStringLiteral("振替休日");
    QTest::newRow("2019-12-23 none") << QDate(2019, 12, 23) << QString();
    QTest::newRow("2019-02-23 none") << QDate(2019, 2, 23) << QString();
    QTest::newRow("1999-01-15") << QDate(1999, 1, 15) << QStringLiteral("成人の日");
    QTest::newRow("2000-01-10 Happy Monday") << QDate(2000, 1, 10) << QStringLiteral("成人の日");
    QTest::newRow("2000-01-15 no more") << QDate(2000, 1, 15) << QString();
    QTest::newRow("1995-07-20 before Marine Day") << QDate(1995, 7, 20) << QString();
    QTest::newRow("1996-07-20") << QDate(1996, 7, 20) << QStringLiteral("海の日");
    QTest::newRow("2003-07-21") << QDate(2003, 7, 21) << QStringLiteral("海の日");
    QTest::newRow("2002-09-15") << QDate(2002, 9, 15) << QStringLiteral("敬老の日");
    QTest::newRow("2003-09-15") << QDate(2003, 9, 15) << QStringLiteral("敬老の日");
    QTest::newRow("1999-10-11 substitute of 10-10") << QDate(1999, 10, 11) << QStringLiteral("振替休日");
    QTest::newRow("2000-10-09") << QDate(2000, 10, 9) << QStringLiteral("体育の日");
    QTest::newRow("2019-10-14") << QDate(2019, 10, 14) << QStringLiteral("体育の日");
    QTest::newRow("2022-10-10") << QDate(2022, 10, 10) << QStringLiteral("スポーツの日");
    QTest::newRow("2015-08-11 before Mountain Day") << QDate(2015, 8, 11) << QString();
    QTest::newRow("2016-08-11") << QDate(2016, 8, 11) << QStringLiteral("山の日");
    QTest::newRow("2020-08-11 moved") << QDate(2020, 8, 11) << QString();
    QTest::newRow("2020-10-12 moved") << QDate(2020, 10, 12) << QString();
    QTest::newRow("2021-07-19 moved") << QDate(2021, 7, 19) << QString();
}

void tst_Holidays::historicNames()
{
    QFETCH(QDate, day);
    QFETCH(QString, expected);
    const auto h = japaneseHoliday(day);
    QCOMPARE(h ? h->nameJa : QString(), expected);
}

void tst_Holidays::englishNames()
{
    const QList<Holiday> y = japaneseHolidays(2025);
    QCOMPARE(y.first().nameEn, QStringLiteral("New Year's Day"));
    QCOMPARE(japaneseHoliday(QDate(2025, 2, 24))->nameEn, QStringLiteral("Substitute holiday"));
    QCOMPARE(japaneseHoliday(QDate(2026, 9, 22))->nameEn, QStringLiteral("Citizens' holiday"));
    QCOMPARE(japaneseHoliday(QDate(2025, 10, 13))->nameEn, QStringLiteral("Sports Day"));
    for (const Holiday &h : y) {
        QVERIFY2(!h.nameEn.isEmpty(), qPrintable(h.day.toString(Qt::ISODate)));
        QVERIFY(!h.nameJa.isEmpty());
    }
}

void tst_Holidays::everyYearIsConsistent()
{
    for (int year = kFirstHolidayYear; year <= kLastHolidayYear; ++year) {
        const QList<Holiday> list = japaneseHolidays(year);
        QVERIFY2(list.size() >= 12 && list.size() <= 24, qPrintable(QString::number(year)));
        QDate previous;
        for (const Holiday &h : list) {
            const QString where = h.day.toString(Qt::ISODate);
            QCOMPARE(h.day.year(), year);
            QVERIFY2(!previous.isValid() || previous < h.day, qPrintable(where));
            previous = h.day;
            // A substitute follows a run of holidays that began on a Sunday.
            if (h.nameJa == QStringLiteral("振替休日")) {
                QDate d = h.day.addDays(-1);
                while (japaneseHoliday(d) && d.dayOfWeek() != Qt::Sunday)
                    d = d.addDays(-1);
                QVERIFY2(japaneseHoliday(d) && d.dayOfWeek() == Qt::Sunday, qPrintable(where));
            }
            // A citizens' holiday lies between two holidays.
            if (h.nameJa == QStringLiteral("国民の休日")) {
                QVERIFY2(japaneseHoliday(h.day.addDays(-1)), qPrintable(where));
                QVERIFY2(japaneseHoliday(h.day.addDays(1)), qPrintable(where));
            }
        }
        // Since 2007 every national holiday on a Sunday has its substitute.
        if (year >= 2007) {
            for (const Holiday &h : list) {
                if (h.day.dayOfWeek() != Qt::Sunday)
                    continue;
                QDate d = h.day.addDays(1);
                while (japaneseHoliday(d) && japaneseHoliday(d)->nameJa != QStringLiteral("振替休日"))
                    d = d.addDays(1);
                QVERIFY2(japaneseHoliday(d), qPrintable(h.day.toString(Qt::ISODate)));
            }
        }
    }
}

void tst_Holidays::lookupAndRange()
{
    QVERIFY(!japaneseHoliday(QDate(2025, 1, 2)));
    QVERIFY(!japaneseHoliday(QDate()));
    const auto d = japaneseHoliday(QDate(2025, 5, 6));
    QVERIFY(d);
    QCOMPARE(d->day, QDate(2025, 5, 6));

    // Golden Week 2025, inclusive at both ends.
    const QList<Holiday> gw = japaneseHolidays(QDate(2025, 4, 29), QDate(2025, 5, 6));
    QCOMPARE(gw.size(), 5);
    QCOMPARE(gw.first().day, QDate(2025, 4, 29));
    QCOMPARE(gw.last().day, QDate(2025, 5, 6));
    // Across a year end, in order.
    const QList<Holiday> yearEnd = japaneseHolidays(QDate(2024, 11, 1), QDate(2025, 1, 31));
    QStringList days;
    for (const Holiday &h : yearEnd)
        days << h.day.toString(Qt::ISODate);
    QCOMPARE(days, QStringList({"2024-11-03", "2024-11-04", "2024-11-23", "2025-01-01",
                                "2025-01-13"}));
    QVERIFY(japaneseHolidays(QDate(2025, 5, 6), QDate(2025, 4, 29)).isEmpty());
    QCOMPARE(japaneseHolidays(QDate(2025, 1, 1), QDate(2025, 12, 31)).size(), 19);
}

void tst_Holidays::outOfRange()
{
    QVERIFY(japaneseHolidays(1979).isEmpty());
    QVERIFY(japaneseHolidays(2100).isEmpty());
    QVERIFY(!japaneseHolidays(1980).isEmpty());
    QVERIFY(!japaneseHolidays(2099).isEmpty());
    QVERIFY(!japaneseHoliday(QDate(1979, 1, 1)));
    QVERIFY(!japaneseHoliday(QDate(2100, 1, 1)));
    // A range reaching outside keeps the supported part only.
    const QList<Holiday> edge = japaneseHolidays(QDate(1979, 12, 1), QDate(1980, 1, 1));
    QCOMPARE(edge.size(), 1);
    QCOMPARE(edge.first().day, QDate(1980, 1, 1));
}

QTEST_GUILESS_MAIN(tst_Holidays)
#include "tst_holidays.moc"
