// Helpers shared by the files of LifecycleRepository: how dates, states and times are stored.
#pragma once

#include "models/domain/lifecycle.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace pp::Internal {

/// A date as stored ("YYYY-MM-DD"), or SQL NULL for an invalid one.
inline QVariant storedDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

/// A UTC time as stored ("yyyy-MM-ddTHH:mm:ssZ"), or SQL NULL for an invalid one.
inline QVariant storedTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant();
}

inline QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

/// A SupportEnd from its stored state key and date; an unknown key reads as unknown.
inline SupportEnd supportFrom(const QVariant &state, const QVariant &date)
{
    const SupportState s = supportStateFromKey(state.toString()).value_or(SupportState::Unknown);
    if (s == SupportState::Date) {
        const QDate d = dateFrom(date);
        return d.isValid() ? SupportEnd::on(d) : SupportEnd::unknown();
    }
    return {s, {}};
}

/// The same SupportEnd without a stray date when the state is not Date.
inline SupportEnd normalized(const SupportEnd &e)
{
    return e.state == SupportState::Date ? e : SupportEnd{e.state, {}};
}

inline LifecycleSource manualSource(const QVariant &by, const QVariant &at)
{
    LifecycleSource s;
    s.kind = LifecycleSource::Kind::Manual;
    s.by = by.toString();
    s.at = timeFrom(at);
    return s;
}

inline LifecycleSource importedSource(const QVariant &file, const QVariant &at)
{
    LifecycleSource s;
    s.kind = LifecycleSource::Kind::Imported;
    s.file = file.toString();
    s.at = timeFrom(at);
    return s;
}

} // namespace pp::Internal
