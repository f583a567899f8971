// Maintenance windows: RRULE checking, expansion with libical and plain-words descriptions (see
// recurrence.h).
#include "models/planning/recurrence.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTimeZone>
#include <QVarLengthArray>

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <memory>

namespace pp {
namespace Internal {

/// The translation context of the messages and descriptions of maintenance windows.
struct RecurrenceTr
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)
};

} // namespace Internal

namespace {

using Internal::RecurrenceTr;

constexpr qint64 kDay = 86400;               // seconds
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01
constexpr int kMaxRuleLength = 1000;         // characters; a real rule has fewer than 100
constexpr int kMaxInterval = 1000;           // libical keeps INTERVAL in a short
/// Iterations of one expansion before giving up: only a COUNT rule expanded far from its
/// dtstart comes near it (an hourly rule over a century is 876,000).
constexpr qint64 kMaxIterations = 2000000;

struct IteratorDeleter
{
    void operator()(icalrecur_iterator *it) const { icalrecur_iterator_free(it); }
};
/// libical's iterator, freed when it goes out of scope.
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorDeleter>;

/// The rule without spaces around it and without an "RRULE:" prefix.
QString ruleText(const QString &rrule)
{
    QString text = rrule.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6).trimmed();
    return text;
}

/// The number of values in one of libical's BY* arrays (ended by ICAL_RECURRENCE_ARRAY_MAX
/// unless full).
template<size_t N>
int byCount(const short (&values)[N])
{
    int n = 0;
    while (n < int(N) && values[n] != ICAL_RECURRENCE_ARRAY_MAX)
        ++n;
    return n;
}

/// A floating (zone-less) libical date-time.
icaltimetype floatingTime(const QDate &date, const QTime &time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.is_date = 0;
    return t;
}

/// Wall-clock seconds: a local date and time counted as if it were UTC, so that local times
/// compare and subtract as plain numbers.
qint64 wallSeconds(const icaltimetype &t)
{
    const qint64 jd = QDate(t.year, t.month, t.day).toJulianDay();
    return (jd - kUnixEpochJulianDay) * kDay + t.hour * 3600 + t.minute * 60 + t.second;
}

icaltimetype fromWallSeconds(qint64 seconds)
{
    qint64 days = seconds / kDay;
    qint64 rest = seconds % kDay;
    if (rest < 0) {
        rest += kDay;
        --days;
    }
    return floatingTime(QDate::fromJulianDay(days + kUnixEpochJulianDay),
                        QTime(int(rest / 3600), int(rest / 60 % 60), int(rest % 60)));
}

/// The UTC offsets of a zone over a period, read once from QTimeZone, to turn many wall-clock
/// times into instants cheaply (a zone without transitions in the period, such as Asia/Tokyo,
/// costs one subtraction per occurrence).
class ZoneOffsets
{
public:
    ZoneOffsets(const QTimeZone &zone, qint64 fromUtc, qint64 toUtc)
    {
        const QDateTime from = QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC);
        const QDateTime to = QDateTime::fromSecsSinceEpoch(toUtc, Qt::UTC);
        m_segments.append({std::numeric_limits<qint64>::min(), zone.offsetFromUtc(from)});
        for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
            const qint64 at = t.atUtc.toSecsSinceEpoch();
            if (at > m_segments.last().start && t.offsetFromUtc != m_segments.last().offset)
                m_segments.append({at, t.offsetFromUtc});
        }
    }

    /// The wall-clock time of an instant.
    qint64 toWall(qint64 utc) const
    {
        int i = int(m_segments.size()) - 1;
        while (i > 0 && m_segments[i].start > utc)
            --i;
        return utc + m_segments[i].offset;
    }

    /// The instant of a wall-clock time: the earlier one in an overlap; in a gap the time is
    /// read with the offset before the gap, which moves it forward by the gap like QDateTime.
    qint64 toUtc(qint64 wall) const
    {
        const int n = int(m_segments.size());
        if (n == 1)
            return wall - m_segments[0].offset;
        // The segment whose wall-clock start is the last at or before the time, and its
        // neighbours: the only ones that can hold it.
        int i = 0;
        for (int lo = 1, hi = n - 1; lo <= hi;) {
            const int mid = (lo + hi) / 2;
            if (m_segments[mid].start + m_segments[mid].offset <= wall) {
                i = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = std::max(0, i - 1); k <= std::min(n - 1, i + 1); ++k) {
            const qint64 candidate = wall - m_segments[k].offset;
            const qint64 end = k + 1 < n ? m_segments[k + 1].start
                                         : std::numeric_limits<qint64>::max();
            if (candidate >= m_segments[k].start && candidate < end)
                return candidate; // the first segment that holds it is the earlier instant
        }
        for (int k = std::max(1, i - 1); k <= std::min(n - 1, i + 1); ++k) {
            const qint64 at = m_segments[k].start;
            if (wall - m_segments[k - 1].offset >= at && wall - m_segments[k].offset < at)
                return wall - m_segments[k - 1].offset; // in the gap at this transition
        }
        return wall - m_segments[i].offset;
    }

private:
    struct Segment
    {
        qint64 start; ///< UTC seconds from which offset applies
        int offset;   ///< seconds east of UTC
    };
    QVarLengthArray<Segment, 8> m_segments;
};

int maxDaysInMonth(int month)
{
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
}

/// The rule parsed by libical after our own checks: every part known and given once, a FREQ,
/// values libical accepts, and no combination that libical would search for centuries
/// (a fifth... ninth Sunday of a month, the 30th of February).
Result<icalrecurrencetype> parseRule(const QString &rrule)
{
    const QString text = ruleText(rrule);
    if (text.isEmpty())
        return rejected(RecurrenceTr::tr("The rule is empty: give at least its FREQ, for "
                                         "example FREQ=MONTHLY;BYDAY=2SU."));
    if (text.size() > kMaxRuleLength)
        return rejected(RecurrenceTr::tr("The rule is too long (%1 characters, at most %2).")
                            .arg(text.size())
                            .arg(kMaxRuleLength));
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return rejected(RecurrenceTr::tr("The rule contains a character that is not "
                                             "allowed: “%1”.")
                                .arg(c));
    }

    static const QStringList known = {
        QStringLiteral("FREQ"),     QStringLiteral("UNTIL"),      QStringLiteral("COUNT"),
        QStringLiteral("INTERVAL"), QStringLiteral("BYSECOND"),   QStringLiteral("BYMINUTE"),
        QStringLiteral("BYHOUR"),   QStringLiteral("BYDAY"),      QStringLiteral("BYMONTHDAY"),
        QStringLiteral("BYYEARDAY"), QStringLiteral("BYWEEKNO"),  QStringLiteral("BYMONTH"),
        QStringLiteral("BYSETPOS"), QStringLiteral("WKST")};
    QStringList parts;
    QSet<QString> names;
    QString intervalValue;
    QString countValue;
    QString byDayValue;
    for (const QString &raw : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString part = raw.toUpper();
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == part.size() - 1)
            return rejected(RecurrenceTr::tr("“%1” is not a NAME=VALUE part of a rule.").arg(raw));
        const QString name = part.left(eq);
        if (!known.contains(name))
            return rejected(RecurrenceTr::tr("The rule part %1 is not supported.").arg(name));
        if (names.contains(name))
            return rejected(RecurrenceTr::tr("The rule gives %1 more than once.").arg(name));
        names.insert(name);
        parts.append(part);
        if (name == QLatin1String("INTERVAL"))
            intervalValue = part.mid(eq + 1);
        else if (name == QLatin1String("COUNT"))
            countValue = part.mid(eq + 1);
        else if (name == QLatin1String("BYDAY"))
            byDayValue = part;
    }
    if (!names.contains(QStringLiteral("FREQ")))
        return rejected(RecurrenceTr::tr("The rule has no FREQ (for example FREQ=MONTHLY)."));
    if (names.contains(QStringLiteral("COUNT")) && names.contains(QStringLiteral("UNTIL")))
        return rejected(RecurrenceTr::tr("The rule cannot have both COUNT and UNTIL."));
    if (!intervalValue.isEmpty()) {
        bool ok = false;
        const int interval = intervalValue.toInt(&ok);
        if (!ok || interval < 1 || interval > kMaxInterval)
            return rejected(RecurrenceTr::tr("INTERVAL must be a whole number from 1 to %1.")
                                .arg(kMaxInterval));
    }
    if (!countValue.isEmpty()) {
        bool ok = false;
        const int count = countValue.toInt(&ok);
        if (!ok || count < 1)
            return rejected(RecurrenceTr::tr("COUNT must be a whole number of at least 1."));
    }

    const QByteArray normalized = parts.join(QLatin1Char(';')).toLatin1();
    icalerror_clear_errno();
    const icalrecurrencetype recur = icalrecurrencetype_from_string(normalized.constData());
    const bool failed = icalerrno != ICAL_NO_ERROR || recur.freq == ICAL_NO_RECURRENCE;
    icalerror_clear_errno();
    if (failed) {
        // Find the part at fault by parsing each one alone.
        for (const QString &part : parts) {
            const QByteArray probe = part.startsWith(QLatin1String("FREQ="))
                ? part.toLatin1()
                : QByteArrayLiteral("FREQ=YEARLY;") + part.toLatin1();
            const icalrecurrencetype r = icalrecurrencetype_from_string(probe.constData());
            const bool bad = icalerrno != ICAL_NO_ERROR || r.freq == ICAL_NO_RECURRENCE;
            icalerror_clear_errno();
            if (bad)
                return rejected(RecurrenceTr::tr("The rule part %1 has an invalid value.").arg(part));
        }
        return rejected(RecurrenceTr::tr("The rule is not a valid iCalendar RRULE."));
    }

    // Weekday positions: only within a month or a year, and no further than exists there.
    const bool byMonth = byCount(recur.by_month) > 0;
    for (int i = 0, n = byCount(recur.by_day); i < n; ++i) {
        const int pos = icalrecurrencetype_day_position(recur.by_day[i]);
        if (pos == 0)
            continue;
        if (recur.freq != ICAL_MONTHLY_RECURRENCE && recur.freq != ICAL_YEARLY_RECURRENCE)
            return rejected(RecurrenceTr::tr("A numbered weekday (%1) needs FREQ=MONTHLY or "
                                             "FREQ=YEARLY.")
                                .arg(byDayValue));
        const bool inMonth = recur.freq == ICAL_MONTHLY_RECURRENCE || byMonth;
        if (inMonth && std::abs(pos) > 5)
            return rejected(RecurrenceTr::tr("A month has at most five of each weekday (%1).")
                                .arg(byDayValue));
        if (!inMonth && std::abs(pos) > 53)
            return rejected(RecurrenceTr::tr("A year has at most 53 of each weekday (%1).")
                                .arg(byDayValue));
    }
    // Days of the month that no month of the rule has (February 30th).
    if (const int days = byCount(recur.by_month_day); days > 0) {
        QList<int> months;
        for (int i = 0, n = byCount(recur.by_month); i < n; ++i)
            months.append(icalrecurrencetype_month_month(recur.by_month[i]));
        if (months.isEmpty())
            months = {1};
        bool possible = false;
        for (int i = 0; i < days && !possible; ++i) {
            const int day = std::abs(recur.by_month_day[i]);
            for (int m : months)
                possible = possible || (m >= 1 && m <= 12 && day <= maxDaysInMonth(m));
        }
        if (!possible)
            return rejected(RecurrenceTr::tr("No month of the rule has the days of BYMONTHDAY."));
    }
    return recur;
}

/// The iterator over @p recur from @p dtstart (floating); null when libical cannot expand the
/// combination (e.g. BYWEEKNO with FREQ=MONTHLY).
IteratorPtr makeIterator(const icalrecurrencetype &recur, const icaltimetype &dtstart)
{
    icalerror_clear_errno();
    IteratorPtr it(icalrecur_iterator_new(recur, dtstart));
    icalerror_clear_errno();
    return it;
}

QString cannotExpandMessage()
{
    return RecurrenceTr::tr("This combination of rule parts cannot be expanded (for example "
                            "BYWEEKNO needs FREQ=YEARLY).");
}

/// The problems of @p w and, when the rule parsed, the rule. @p probeIterator also asks
/// libical to expand the rule (expandWindow does that anyway).
QStringList windowProblems(const MaintenanceWindow &w, bool probeIterator,
                           std::optional<icalrecurrencetype> *parsed = nullptr)
{
    QStringList problems;
    if (w.name.trimmed().isEmpty())
        problems << RecurrenceTr::tr("A maintenance window needs a name.");
    Result<icalrecurrencetype> recur = parseRule(w.rrule);
    if (!recur) {
        problems << recur.error().message;
    } else if (recur->freq < ICAL_HOURLY_RECURRENCE) {
        problems << RecurrenceTr::tr("A maintenance window cannot repeat more often than hourly.");
    } else {
        if (probeIterator && !makeIterator(*recur, floatingTime(QDate(2001, 1, 1), QTime(0, 0))))
            problems << cannotExpandMessage();
        if (parsed)
            *parsed = *recur;
    }
    if (!w.dtstart.isValid())
        problems << RecurrenceTr::tr("A maintenance window needs the date and time of its first "
                                     "occurrence.");
    if (w.durationMinutes < 1 || w.durationMinutes > kMaxWindowMinutes)
        problems << RecurrenceTr::tr("The duration must be from 1 to %1 minutes (a week); %2 "
                                     "given.")
                        .arg(kMaxWindowMinutes)
                        .arg(w.durationMinutes);
    if (w.timeZone.trimmed().isEmpty())
        problems << RecurrenceTr::tr("A maintenance window needs a time zone.");
    else if (!isKnownTimeZone(w.timeZone))
        problems << RecurrenceTr::tr("Unknown time zone “%1”: use an IANA name such as "
                                     "Asia/Tokyo.")
                        .arg(w.timeZone);
    return problems;
}

/// The wall-clock starts a rule gives in a wall-clock period, as libical expands them.
struct WallTimes
{
    QList<qint64> times;
    bool complete = true; ///< false: stopped after the limit asked for
};

/// Expansions already made, shared by every window with the same rule, dtstart and zone over
/// the same days: conflict detection expands thousands of systems' windows, most of them on a
/// few rules, and libical's expansion (through ICU calendars) is the costly part. A memo of a
/// pure function: bounded, guarded, and invisible in the results.
class WallTimesCache
{
public:
    std::optional<WallTimes> find(const QByteArray &key)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend())
            return std::nullopt;
        return *it;
    }
    void insert(const QByteArray &key, const WallTimes &walls)
    {
        if (walls.times.size() > kMaxCachedTimes)
            return;
        QMutexLocker lock(&m_mutex);
        if (m_entries.size() >= kMaxEntries)
            m_entries.clear();
        m_entries.insert(key, walls);
    }

private:
    static constexpr qsizetype kMaxEntries = 512;
    static constexpr qsizetype kMaxCachedTimes = 4096;
    QMutex m_mutex;
    QHash<QByteArray, WallTimes> m_entries;
};

WallTimesCache &wallTimesCache()
{
    static WallTimesCache cache;
    return cache;
}

/// The wall-clock starts of @p recur from @p dtstart within [wallLow, wallHigh], at most
/// @p limit of them; nullopt when libical cannot expand the rule.
std::optional<WallTimes> expandWallTimes(const icalrecurrencetype &recur,
                                         const icaltimetype &dtstart, qint64 wallLow,
                                         qint64 wallHigh, qsizetype limit)
{
    WallTimes walls;
    const bool hasUntil = !icaltime_is_null_time(recur.until);
    // Start near the period rather than at dtstart (not possible with COUNT, which counts from
    // dtstart).
    if (recur.count == 0 && hasUntil && wallLow > wallSeconds(recur.until))
        return walls;
    IteratorPtr it = makeIterator(recur, dtstart);
    if (!it)
        return std::nullopt;
    if (recur.count == 0 && wallLow > wallSeconds(dtstart)
        && !icalrecur_iterator_set_start(it.get(), fromWallSeconds(wallLow))) {
        it = makeIterator(recur, dtstart);
        if (!it)
            return std::nullopt;
    }
    for (qint64 n = 0; n < kMaxIterations; ++n) {
        const icaltimetype t = icalrecur_iterator_next(it.get());
        if (icaltime_is_null_time(t))
            break;
        const qint64 wall = wallSeconds(t);
        if (wall > wallHigh)
            break;
        if (wall < wallLow)
            continue;
        if (walls.times.size() >= limit) {
            walls.complete = false;
            break;
        }
        walls.times.append(wall);
    }
    icalerror_clear_errno();
    return walls;
}

/// The occurrences of @p w in [from, to): overlapping the period, or (@p startsOnly) starting
/// in it.
Result<QList<WindowOccurrence>> expand(const MaintenanceWindow &w, const QDateTime &from,
                                       const QDateTime &to, int maxCount, bool startsOnly)
{
    if (!from.isValid() || !to.isValid())
        return usage(RecurrenceTr::tr("The period to list the maintenance windows of is not "
                                      "valid."));
    std::optional<icalrecurrencetype> parsed;
    const QStringList problems = windowProblems(w, false, &parsed);
    if (!problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    icalrecurrencetype recur = *parsed;

    QList<WindowOccurrence> result;
    const qint64 fromUtc = from.toSecsSinceEpoch();
    const qint64 toUtc = to.toSecsSinceEpoch();
    if (toUtc <= fromUtc || maxCount <= 0)
        return result;

    const QTimeZone zone(w.timeZone.toLatin1());
    const qint64 duration = qint64(w.durationMinutes) * 60;
    // An occurrence overlaps the period when it starts after lowUtc and before toUtc.
    const qint64 lowUtc = startsOnly ? fromUtc - 1 : fromUtc - duration;
    const ZoneOffsets offsets(zone, lowUtc - 3 * kDay, toUtc + 3 * kDay);
    // Wall-clock bounds in whole days, with a day to spare for the offsets (whole days let
    // windows of other durations share an expansion).
    auto floorDay = [](qint64 s) { return (s >= 0 ? s : s - kDay + 1) / kDay * kDay; };
    const qint64 wallLow = floorDay(offsets.toWall(lowUtc)) - kDay;
    const qint64 wallHigh = floorDay(offsets.toWall(toUtc)) + 2 * kDay;

    const icaltimetype dtstart = floatingTime(w.dtstart.date(), w.dtstart.time());
    // UNTIL in the window's wall-clock time: a UTC one converted, a date-only one to the end
    // of its day (libical compares it with the floating occurrences as they are).
    if (!icaltime_is_null_time(recur.until)) {
        const icaltimetype u = recur.until;
        if (u.is_date) {
            recur.until = floatingTime(QDate(u.year, u.month, u.day), QTime(23, 59, 59));
        } else if (icaltime_is_utc(u)) {
            const QDateTime utc(QDate(u.year, u.month, u.day), QTime(u.hour, u.minute, u.second),
                                Qt::UTC);
            const QDateTime local = utc.toTimeZone(zone);
            recur.until = floatingTime(local.date(), local.time());
        } else {
            recur.until = floatingTime(QDate(u.year, u.month, u.day),
                                       QTime(u.hour, u.minute, u.second));
        }
    }

    const QByteArray key = ruleText(w.rrule).toUpper().toLatin1() + '|' + w.timeZone.toLatin1()
        + '|' + QByteArray::number(wallSeconds(dtstart)) + '|' + QByteArray::number(wallLow)
        + '|' + QByteArray::number(wallHigh);
    // A few more starts than asked for: those before the period in the spare day.
    qsizetype limit = qsizetype(maxCount) + 256;
    for (;;) {
        std::optional<WallTimes> walls = wallTimesCache().find(key);
        if (!walls || (!walls->complete && walls->times.size() < limit)) {
            walls = expandWallTimes(recur, dtstart, wallLow, wallHigh, limit);
            if (!walls)
                return rejected(cannotExpandMessage());
            wallTimesCache().insert(key, *walls);
        }
        result.clear();
        for (const qint64 wall : std::as_const(walls->times)) {
            const qint64 start = offsets.toUtc(wall);
            if (start >= toUtc)
                break; // wall-clock to instant never goes backwards
            if (start <= lowUtc)
                continue;
            result.append(WindowOccurrence{w.id, QDateTime::fromSecsSinceEpoch(start, Qt::UTC),
                                           QDateTime::fromSecsSinceEpoch(start + duration,
                                                                         Qt::UTC)});
            if (result.size() >= maxCount)
                return result;
        }
        if (walls->complete || limit >= kMaxIterations)
            return result;
        limit *= 4; // stopped short of the period's end: expand further
    }
}

// --- Plain words ---------------------------------------------------------------------------

QString weekdayName(int icalWeekday)
{
    switch (icalWeekday) {
    case ICAL_SUNDAY_WEEKDAY: return RecurrenceTr::tr("Sunday");
    case ICAL_MONDAY_WEEKDAY: return RecurrenceTr::tr("Monday");
    case ICAL_TUESDAY_WEEKDAY: return RecurrenceTr::tr("Tuesday");
    case ICAL_WEDNESDAY_WEEKDAY: return RecurrenceTr::tr("Wednesday");
    case ICAL_THURSDAY_WEEKDAY: return RecurrenceTr::tr("Thursday");
    case ICAL_FRIDAY_WEEKDAY: return RecurrenceTr::tr("Friday");
    case ICAL_SATURDAY_WEEKDAY: return RecurrenceTr::tr("Saturday");
    default: return {};
    }
}

/// Qt's day of the week (Monday 1 .. Sunday 7) as libical's (Sunday 1 .. Saturday 7).
int icalWeekday(int qtDayOfWeek)
{
    return qtDayOfWeek % 7 + 1;
}

QString monthName(int month)
{
    switch (month) {
    case 1: return RecurrenceTr::tr("January");
    case 2: return RecurrenceTr::tr("February");
    case 3: return RecurrenceTr::tr("March");
    case 4: return RecurrenceTr::tr("April");
    case 5: return RecurrenceTr::tr("May");
    case 6: return RecurrenceTr::tr("June");
    case 7: return RecurrenceTr::tr("July");
    case 8: return RecurrenceTr::tr("August");
    case 9: return RecurrenceTr::tr("September");
    case 10: return RecurrenceTr::tr("October");
    case 11: return RecurrenceTr::tr("November");
    case 12: return RecurrenceTr::tr("December");
    default: return {};
    }
}

/// "the second Sunday"; empty for a position with no words here.
QString numberedWeekday(int position, const QString &day)
{
    switch (position) {
    case 1: return RecurrenceTr::tr("the first %1").arg(day);
    case 2: return RecurrenceTr::tr("the second %1").arg(day);
    case 3: return RecurrenceTr::tr("the third %1").arg(day);
    case 4: return RecurrenceTr::tr("the fourth %1").arg(day);
    case 5: return RecurrenceTr::tr("the fifth %1").arg(day);
    case -1: return RecurrenceTr::tr("the last %1").arg(day);
    case -2: return RecurrenceTr::tr("the second to last %1").arg(day);
    default: return {};
    }
}

/// "a", "a and b", "a, b and c".
QString joinWords(const QStringList &words)
{
    if (words.isEmpty())
        return {};
    QString text = words.first();
    for (qsizetype i = 1; i < words.size(); ++i) {
        text = i + 1 == words.size() ? RecurrenceTr::tr("%1 and %2").arg(text, words[i])
                                     : RecurrenceTr::tr("%1, %2").arg(text, words[i]);
    }
    return text;
}

QString frequencyWords(icalrecurrencetype_frequency freq, int interval)
{
    switch (freq) {
    case ICAL_DAILY_RECURRENCE:
        return interval == 1 ? RecurrenceTr::tr("Daily")
                             : RecurrenceTr::tr("Every %1 days").arg(interval);
    case ICAL_WEEKLY_RECURRENCE:
        return interval == 1 ? RecurrenceTr::tr("Weekly")
                             : RecurrenceTr::tr("Every %1 weeks").arg(interval);
    case ICAL_MONTHLY_RECURRENCE:
        return interval == 1 ? RecurrenceTr::tr("Monthly")
                             : RecurrenceTr::tr("Every %1 months").arg(interval);
    case ICAL_YEARLY_RECURRENCE:
        return interval == 1 ? RecurrenceTr::tr("Yearly")
                             : RecurrenceTr::tr("Every %1 years").arg(interval);
    default:
        return {};
    }
}

/// The rule in words without its time of day; empty when it has no words here.
QString ruleWords(const icalrecurrencetype &r, const QDate &firstDay)
{
    if (r.freq < ICAL_DAILY_RECURRENCE || r.freq > ICAL_YEARLY_RECURRENCE)
        return {};
    if (byCount(r.by_second) > 1 || byCount(r.by_year_day) > 0 || byCount(r.by_week_no) > 0
        || byCount(r.by_set_pos) > 0)
        return {};
    const int dayCount = byCount(r.by_day);
    const int monthDayCount = byCount(r.by_month_day);
    if (dayCount > 0 && monthDayCount > 0)
        return {};

    QString text = frequencyWords(r.freq, r.interval);

    QList<int> months;
    for (int i = 0, n = byCount(r.by_month); i < n; ++i)
        months.append(icalrecurrencetype_month_month(r.by_month[i]));
    if (months.isEmpty() && r.freq == ICAL_YEARLY_RECURRENCE && dayCount == 0)
        months.append(firstDay.month()); // "yearly" alone repeats dtstart's day
    if (!months.isEmpty()) {
        QStringList names;
        for (int m : months)
            names.append(monthName(m));
        text = RecurrenceTr::tr("%1 in %2", "frequency, months").arg(text, joinWords(names));
    }

    QStringList days;
    if (dayCount > 0) {
        for (int i = 0; i < dayCount; ++i) {
            const QString name = weekdayName(icalrecurrencetype_day_day_of_week(r.by_day[i]));
            const int pos = icalrecurrencetype_day_position(r.by_day[i]);
            const QString words = pos == 0 ? name : numberedWeekday(pos, name);
            if (words.isEmpty())
                return {};
            days.append(words);
        }
    } else if (monthDayCount > 0) {
        QStringList numbers;
        for (int i = 0; i < monthDayCount; ++i) {
            const int d = r.by_month_day[i];
            if (d == -1)
                days.append(RecurrenceTr::tr("the last day"));
            else if (d > 0)
                numbers.append(QString::number(d));
            else
                return {};
        }
        if (!numbers.isEmpty()) {
            days.prepend(numbers.size() == 1 ? RecurrenceTr::tr("day %1").arg(numbers.first())
                                             : RecurrenceTr::tr("days %1").arg(joinWords(numbers)));
        }
    } else if (r.freq == ICAL_WEEKLY_RECURRENCE) {
        days.append(weekdayName(icalWeekday(firstDay.dayOfWeek())));
    } else if (r.freq == ICAL_MONTHLY_RECURRENCE || r.freq == ICAL_YEARLY_RECURRENCE) {
        days.append(RecurrenceTr::tr("day %1").arg(firstDay.day()));
    }
    if (!days.isEmpty())
        text = RecurrenceTr::tr("%1 on %2", "frequency, days").arg(text, joinWords(days));
    return text;
}

} // namespace

QString validateRecurrence(const QString &rrule)
{
    const Result<icalrecurrencetype> recur = parseRule(rrule);
    if (!recur)
        return recur.error().message;
    if (!makeIterator(*recur, floatingTime(QDate(2001, 1, 1), QTime(0, 0))))
        return cannotExpandMessage();
    return {};
}

QStringList validateWindow(const MaintenanceWindow &w)
{
    return windowProblems(w, true);
}

Result<QList<WindowOccurrence>> expandWindow(const MaintenanceWindow &w, const QDateTime &from,
                                             const QDateTime &to, int maxCount)
{
    return expand(w, from, to, maxCount, false);
}

std::optional<WindowOccurrence> nextOccurrence(const MaintenanceWindow &w,
                                               const QDateTime &after, int horizonDays)
{
    if (!after.isValid() || horizonDays <= 0)
        return std::nullopt;
    const Result<QList<WindowOccurrence>> found =
        expand(w, after, after.addDays(horizonDays), 1, true);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

QString describeWindow(const MaintenanceWindow &w)
{
    const QString zone = w.timeZone;
    const QString fallback = RecurrenceTr::tr("%1 (%2)", "rule, time zone")
                                 .arg(ruleText(w.rrule), zone);
    const Result<icalrecurrencetype> parsed = parseRule(w.rrule);
    if (!parsed || !w.dtstart.isValid())
        return fallback;
    const icalrecurrencetype &r = *parsed;
    if (byCount(r.by_hour) > 1 || byCount(r.by_minute) > 1)
        return fallback;
    const QString rule = ruleWords(r, w.dtstart.date());
    if (rule.isEmpty())
        return fallback;

    const QTime first = w.dtstart.time();
    const QTime start(byCount(r.by_hour) ? r.by_hour[0] : first.hour(),
                      byCount(r.by_minute) ? r.by_minute[0] : first.minute());
    const QString from = start.toString(QStringLiteral("HH:mm"));
    QString time;
    if (w.durationMinutes >= 1 && w.durationMinutes < 24 * 60) {
        const QString until = start.addSecs(w.durationMinutes * 60).toString(QStringLiteral("HH:mm"));
        time = RecurrenceTr::tr("%1–%2", "start time, end time").arg(from, until);
    } else {
        const int hours = w.durationMinutes / 60;
        const int minutes = w.durationMinutes % 60;
        const QString length = minutes == 0
            ? RecurrenceTr::tr("%1 h").arg(hours)
            : RecurrenceTr::tr("%1 h %2 min").arg(hours).arg(minutes);
        time = RecurrenceTr::tr("%1 for %2", "start time, duration").arg(from, length);
    }
    QString text = RecurrenceTr::tr("%1, %2 (%3)", "rule, time, time zone").arg(rule, time, zone);
    if (r.count == 1)
        text = RecurrenceTr::tr("%1, once").arg(text);
    else if (r.count > 1)
        text = RecurrenceTr::tr("%1, %2 times").arg(text).arg(r.count);
    if (!icaltime_is_null_time(r.until)) {
        const QDate until(r.until.year, r.until.month, r.until.day);
        text = RecurrenceTr::tr("%1, until %2")
                   .arg(text, until.toString(Qt::ISODate));
    }
    return text;
}

bool isKnownTimeZone(const QString &id)
{
    // QTimeZone(name).isValid() also accepts names that are no zone ("Nowhere"); the zone
    // table does not list the system's own "Etc/UTC".
    const QByteArray name = id.trimmed().toUtf8();
    return !name.isEmpty()
        && (QTimeZone::isTimeZoneIdAvailable(name) || name == QTimeZone::systemTimeZoneId());
}

} // namespace pp
