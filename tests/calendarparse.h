// An independent check of our iCalendar output: Debian's python3-icalendar parses the file and
// prints what it read as JSON. /usr/bin/python3 explicitly: a `python3` on PATH may be a pyenv
// without the module. Used by tst_calendarexport and tst_cli_calendar.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace pp::test {

inline const char *icalendarScript()
{
    return R"PY(
import json, sys
try:
    import icalendar
except ImportError:
    sys.exit(3)
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def text(v):
    return None if v is None else str(v)
def when(comp, name):
    p = comp.get(name)
    if p is None:
        return None, None, None
    dt = p.dt
    return dt.isoformat(), p.params.get('TZID'), not hasattr(dt, 'hour')
out = {'calendar': {k: text(cal.get(k)) for k in
                    ('VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME')},
       'timezones': [text(tz.get('TZID')) for tz in cal.walk('VTIMEZONE')],
       'events': []}
for e in cal.walk('VEVENT'):
    start, start_tz, all_day = when(e, 'DTSTART')
    end, end_tz, _ = when(e, 'DTEND')
    cats = e.get('CATEGORIES')
    if cats is None:
        cats = []
    elif not isinstance(cats, list):
        cats = [cats]
    categories = []
    for c in cats:
        categories += [str(x) for x in getattr(c, 'cats', [c])]
    rrule = e.get('RRULE')
    out['events'].append({
        'uid': text(e.get('UID')), 'summary': text(e.get('SUMMARY')),
        'description': text(e.get('DESCRIPTION')), 'sequence': int(e.get('SEQUENCE', 0)),
        'dtstart': start, 'tzid': start_tz, 'all_day': all_day, 'dtend': end,
        'end_tzid': end_tz, 'rrule': rrule.to_ical().decode() if rrule is not None else None,
        'dtstamp': e['DTSTAMP'].dt.isoformat() if e.get('DTSTAMP') is not None else None,
        'categories': categories})
json.dump(out, sys.stdout, ensure_ascii=True)
)PY";
}

/// What python3-icalendar read from @p path; an empty object with @p skip set when the parser
/// is not installed, with @p error set when it failed.
inline QJsonObject parseWithPython(const QString &path, bool *skip, QString *error)
{
    *skip = false;
    if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        *skip = true;
        return {};
    }
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromUtf8(icalendarScript()), path});
    if (!p.waitForFinished(120000)) {
        *error = QStringLiteral("python3 did not finish");
        return {};
    }
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 3) {
        *skip = true;
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &pe);
    if (pe.error != QJsonParseError::NoError)
        *error = pe.errorString();
    return doc.object();
}

} // namespace pp::test

/// Parses @p path into @p var (a QJsonObject), or skips when python3-icalendar is missing.
#define PP_PARSE_ICS(var, path)                                                                   \
    QJsonObject var;                                                                               \
    do {                                                                                           \
        bool pp_skip_ = false;                                                                     \
        QString pp_err_;                                                                           \
        var = pp::test::parseWithPython(path, &pp_skip_, &pp_err_);                                \
        if (pp_skip_)                                                                              \
            QSKIP("python3-icalendar is not installed (apt install python3-icalendar): the "      \
                  "independent parser is needed to check the calendar");                          \
        QVERIFY2(pp_err_.isEmpty(), qPrintable(pp_err_));                                          \
    } while (false)
