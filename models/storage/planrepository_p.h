// Between the two halves of PlanRepository (planrepository.cpp: plans, steps and approvals;
// planrepository_windows.cpp: maintenance windows and blackouts): value conversions and the
// guarded write.
#pragma once

#include "models/result.h"
#include "models/storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace pp::Internal::PlanStore {

inline QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

inline QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant();
}

inline QDateTime timeOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

inline QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QString inList(int n)
{
    QStringList marks;
    marks.reserve(n);
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

inline QVariantList idVariants(const QList<qint64> &ids)
{
    QVariantList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << id;
    return out;
}

/// Runs a write guarded by row_version: a Conflict when no row matched.
inline Status guarded(Database &db, const QString &sql, const QVariantList &binds,
               const QString &conflictMessage)
{
    auto q = db.run(sql, binds);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return conflict(conflictMessage);
    return {};
}

} // namespace pp::Internal::PlanStore
