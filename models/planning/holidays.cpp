// Japan's public holidays by the rules of the Public Holiday Act (see holidays.h).
#include "models/planning/holidays.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace pp {
namespace {

struct Names
{
    const char16_t *ja;
    const char *en;
};

/// The @p n-th Monday of @p month in @p year (the "Happy Monday" holidays).
QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int toMonday = (Qt::Monday - first.dayOfWeek() + 7) % 7;
    return first.addDays(toMonday + 7 * (n - 1));
}

/// The standard approximation of the equinox days, valid 1980..2099: the day of March
/// (vernal) or September (autumnal) of the equinox in Japan Standard Time.
int equinoxDay(int year, double constant)
{
    const int y = year - 1980;
    return int(std::floor(constant + 0.242194 * y - std::floor(y / 4.0)));
}

QList<Holiday> computeYear(int year)
{
    // The national holidays (国民の祝日), and the days special laws made holidays treated as
    // such (the 2019 law made its days count for the citizens' holiday rule).
    QMap<QDate, Names> national;
    auto add = [&national](const QDate &d, const char16_t *ja, const char *en) {
        national.insert(d, Names{ja, en});
    };
    add(QDate(year, 1, 1), u"元日", "New Year's Day");
    add(year < 2000 ? QDate(year, 1, 15) : nthMonday(year, 1, 2), u"成人の日",
        "Coming of Age Day");
    add(QDate(year, 2, 11), u"建国記念の日", "National Foundation Day");
    if (year >= 2020)
        add(QDate(year, 2, 23), u"天皇誕生日", "The Emperor's Birthday");
    add(QDate(year, 3, equinoxDay(year, 20.8431)), u"春分の日", "Vernal Equinox Day");
    if (year <= 1988)
        add(QDate(year, 4, 29), u"天皇誕生日", "The Emperor's Birthday");
    else if (year <= 2006)
        add(QDate(year, 4, 29), u"みどりの日", "Greenery Day");
    else
        add(QDate(year, 4, 29), u"昭和の日", "Showa Day");
    add(QDate(year, 5, 3), u"憲法記念日", "Constitution Memorial Day");
    if (year >= 2007)
        add(QDate(year, 5, 4), u"みどりの日", "Greenery Day");
    add(QDate(year, 5, 5), u"こどもの日", "Children's Day");

    // Marine Day from 1996, a Happy Monday from 2003; moved for the Tokyo Olympics.
    if (year == 2020)
        add(QDate(2020, 7, 23), u"海の日", "Marine Day");
    else if (year == 2021)
        add(QDate(2021, 7, 22), u"海の日", "Marine Day");
    else if (year >= 2003)
        add(nthMonday(year, 7, 3), u"海の日", "Marine Day");
    else if (year >= 1996)
        add(QDate(year, 7, 20), u"海の日", "Marine Day");

    // Mountain Day from 2016; moved for the Olympics.
    if (year == 2020)
        add(QDate(2020, 8, 10), u"山の日", "Mountain Day");
    else if (year == 2021)
        add(QDate(2021, 8, 8), u"山の日", "Mountain Day");
    else if (year >= 2016)
        add(QDate(year, 8, 11), u"山の日", "Mountain Day");

    add(year < 2003 ? QDate(year, 9, 15) : nthMonday(year, 9, 3), u"敬老の日",
        "Respect for the Aged Day");
    add(QDate(year, 9, equinoxDay(year, 23.2488)), u"秋分の日", "Autumnal Equinox Day");

    // Health and Sports Day, a Happy Monday from 2000, renamed Sports Day from 2020.
    if (year < 2000)
        add(QDate(year, 10, 10), u"体育の日", "Health and Sports Day");
    else if (year < 2020)
        add(nthMonday(year, 10, 2), u"体育の日", "Health and Sports Day");
    else if (year == 2020)
        add(QDate(2020, 7, 24), u"スポーツの日", "Sports Day");
    else if (year == 2021)
        add(QDate(2021, 7, 23), u"スポーツの日", "Sports Day");
    else
        add(nthMonday(year, 10, 2), u"スポーツの日", "Sports Day");

    add(QDate(year, 11, 3), u"文化の日", "Culture Day");
    add(QDate(year, 11, 23), u"勤労感謝の日", "Labour Thanksgiving Day");
    if (year >= 1989 && year <= 2018)
        add(QDate(year, 12, 23), u"天皇誕生日", "The Emperor's Birthday");

    // One-off holidays of the imperial ceremonies, each by its own law.
    switch (year) {
    case 1989:
        add(QDate(1989, 2, 24), u"昭和天皇の大喪の礼", "The Funeral Ceremony of Emperor Showa");
        break;
    case 1990:
        add(QDate(1990, 11, 12), u"即位礼正殿の儀", "The Enthronement Ceremony");
        break;
    case 1993:
        add(QDate(1993, 6, 9), u"結婚の儀", "The Rite of Wedding of the Crown Prince");
        break;
    case 2019:
        add(QDate(2019, 5, 1), u"天皇の即位の日", "The Day of the Emperor's Enthronement");
        add(QDate(2019, 10, 22), u"即位礼正殿の儀", "The Enthronement Ceremony");
        break;
    default:
        break;
    }

    QMap<QDate, Names> all = national;

    // Substitute holidays (振替休日) for a national holiday on a Sunday: since 2007 the nearest
    // following day that is not a national holiday; 1973-2006 the next day (a Monday) when it
    // is not one itself.
    for (auto it = national.cbegin(); it != national.cend(); ++it) {
        if (it.key().dayOfWeek() != Qt::Sunday)
            continue;
        QDate d = it.key().addDays(1);
        if (year >= 2007) {
            while (national.contains(d))
                d = d.addDays(1);
        } else if (national.contains(d)) {
            continue;
        }
        if (d.year() == year && !all.contains(d))
            all.insert(d, Names{u"振替休日", "Substitute holiday"});
    }

    // Citizens' holidays (国民の休日, since the 1985 amendment): a day between two national
    // holidays that is not one itself; until 2006 not on a Sunday or a substitute holiday.
    if (year >= 1986) {
        for (auto it = national.cbegin(); it != national.cend(); ++it) {
            const QDate between = it.key().addDays(1);
            if (national.contains(between) || !national.contains(it.key().addDays(2)))
                continue;
            if (all.contains(between))
                continue; // already a substitute holiday
            if (year < 2007 && between.dayOfWeek() == Qt::Sunday)
                continue;
            all.insert(between, Names{u"国民の休日", "Citizens' holiday"});
        }
    }

    QList<Holiday> result;
    result.reserve(all.size());
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        result.append(Holiday{it.key(), QString::fromUtf16(it->ja), QString::fromLatin1(it->en)});
    return result;
}

/// Every supported year, computed once (a function-local static: thread-safe initialisation,
/// read-only afterwards).
const QList<QList<Holiday>> &holidayTable()
{
    static const QList<QList<Holiday>> table = [] {
        QList<QList<Holiday>> years;
        years.reserve(kLastHolidayYear - kFirstHolidayYear + 1);
        for (int y = kFirstHolidayYear; y <= kLastHolidayYear; ++y)
            years.append(computeYear(y));
        return years;
    }();
    return table;
}

} // namespace

QList<Holiday> japaneseHolidays(int year)
{
    if (year < kFirstHolidayYear || year > kLastHolidayYear)
        return {};
    return holidayTable().at(year - kFirstHolidayYear);
}

QList<Holiday> japaneseHolidays(const QDate &from, const QDate &to)
{
    QList<Holiday> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const int first = std::max(from.year(), kFirstHolidayYear);
    const int last = std::min(to.year(), kLastHolidayYear);
    for (int y = first; y <= last; ++y) {
        for (const Holiday &h : holidayTable().at(y - kFirstHolidayYear)) {
            if (h.day >= from && h.day <= to)
                result.append(h);
        }
    }
    return result;
}

std::optional<Holiday> japaneseHoliday(const QDate &day)
{
    if (!day.isValid())
        return std::nullopt;
    const QList<Holiday> year = japaneseHolidays(day.year());
    const auto it = std::find_if(year.cbegin(), year.cend(),
                                 [&day](const Holiday &h) { return h.day == day; });
    if (it == year.cend())
        return std::nullopt;
    return *it;
}

} // namespace pp
