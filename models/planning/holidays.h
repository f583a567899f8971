// Japan's public holidays, computed by the rules of the Public Holiday Act (国民の祝日に関する法律)
// and its special laws, for 1980..2099. Pure functions: no storage, no clock.
//
// A holiday is a calendar day in Japan (no time zone). The list holds the national holidays
// (国民の祝日), the substitute holidays (振替休日), the citizens' holidays (国民の休日, a day
// between two national holidays) and the one-off days of the imperial ceremonies, as the
// Cabinet Office (内閣府) publishes them. The equinox days use the standard approximation
// formula valid 1980..2099; the Cabinet decides them each February for the following year, so
// far-future equinoxes are predictions.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

struct Holiday
{
    QDate day;
    QString nameJa; ///< the official name, e.g. "振替休日"
    QString nameEn; ///< the Cabinet Office's English name, e.g. "Substitute holiday"
};

/// First and last year japaneseHolidays() knows.
constexpr int kFirstHolidayYear = 1980;
constexpr int kLastHolidayYear = 2099;

/// Japan's public holidays of @p year (1980..2099; empty outside), in date order, including
/// substitute holidays (振替休日: since 2007 the next day that is not a national holiday after a
/// Sunday holiday; 1973-2006 the Monday) and citizens' holidays (国民の休日, since 1986).
QList<Holiday> japaneseHolidays(int year);
/// The holidays from @p from to @p to, both inclusive, in date order.
QList<Holiday> japaneseHolidays(const QDate &from, const QDate &to);
/// The holiday on @p day, if it is one.
std::optional<Holiday> japaneseHoliday(const QDate &day);

} // namespace pp
