#include "models/storage/settingsrepository.h"

#include "models/storage/auditlog.h"
#include "models/storage/database.h"

#include <QHash>
#include <QSqlQuery>

namespace pp {

QString SettingsRepository::lifecycleHorizonsKey()
{
    return QStringLiteral("eosl.horizons_days");
}

QString SettingsRepository::acceptanceWarningDaysKey()
{
    return QStringLiteral("policy.acceptance.warning_days");
}

Result<int> SettingsRepository::acceptanceWarningDays() const
{
    auto days = integer(acceptanceWarningDaysKey(), kDefaultAcceptanceWarningDays);
    if (!days)
        return days.error();
    if (*days < 0 || *days > 3650)
        return kDefaultAcceptanceWarningDays;
    return *days;
}

Status SettingsRepository::setAcceptanceWarningDays(int days)
{
    if (days < 0 || days > 3650) {
        return rejected(tr("The acceptance warning must be from 0 to 3650 days (%1 given).")
                            .arg(days));
    }
    return setValue(acceptanceWarningDaysKey(), QString::number(days));
}

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    auto q = m_db.run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<QString> SettingsRepository::text(const QString &key, const QString &fallback) const
{
    auto v = value(key);
    if (!v)
        return v.error();
    return v->value_or(fallback);
}

Result<int> SettingsRepository::integer(const QString &key, int fallback) const
{
    auto v = value(key);
    if (!v)
        return v.error();
    if (!v->has_value())
        return fallback;
    bool ok = false;
    const int n = (*v)->trimmed().toInt(&ok);
    return ok ? n : fallback;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return usage(tr("A setting needs a name."));
    return m_db.transaction([&]() -> Status {
        auto current = this->value(key);
        if (!current)
            return current.error();
        if (current->has_value() && **current == value)
            return {};
        auto q = current->has_value()
            ? m_db.run(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"), {value, key})
            : m_db.run(QStringLiteral("INSERT INTO settings (value, key) VALUES (?, ?)"),
                       {value, key});
        if (!q)
            return q.error();
        const QJsonObject before = current->has_value()
            ? QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), **current}}
            : QJsonObject();
        return AuditLog(m_db).append(current->has_value() ? QStringLiteral("update")
                                                          : QStringLiteral("create"),
                                     QStringLiteral("setting"), 0, before,
                                     QJsonObject{{QStringLiteral("key"), key},
                                                 {QStringLiteral("value"), value}});
    });
}

Status SettingsRepository::remove(const QString &key)
{
    return m_db.transaction([&]() -> Status {
        auto current = value(key);
        if (!current)
            return current.error();
        if (!current->has_value())
            return {};
        auto q = m_db.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
        if (!q)
            return q.error();
        return AuditLog(m_db).append(QStringLiteral("delete"), QStringLiteral("setting"), 0,
                                     QJsonObject{{QStringLiteral("key"), key},
                                                 {QStringLiteral("value"), **current}},
                                     {});
    });
}

QString SettingsRepository::horizonsText(const LifecycleHorizons &h)
{
    return QStringLiteral("%1,%2,%3,%4").arg(h.d30).arg(h.d90).arg(h.d180).arg(h.d365);
}

std::optional<LifecycleHorizons> SettingsRepository::parseHorizons(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    int days[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        days[i] = parts.at(i).trimmed().toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    const LifecycleHorizons h{days[0], days[1], days[2], days[3]};
    if (!h.isValid())
        return std::nullopt;
    return h;
}

Result<LifecycleHorizons> SettingsRepository::lifecycleHorizons() const
{
    auto v = value(lifecycleHorizonsKey());
    if (!v)
        return v.error();
    if (!v->has_value())
        return LifecycleHorizons{};
    return parseHorizons(**v).value_or(LifecycleHorizons{});
}

Status SettingsRepository::setLifecycleHorizons(const LifecycleHorizons &h,
                                                const std::optional<LifecycleHorizons> &expected)
{
    if (!h.isValid()) {
        return rejected(tr("The horizons must be four whole numbers of days, each larger than "
                           "the one before, starting above 0 (for example 30, 90, 180, 365)."));
    }
    return m_db.transaction([&]() -> Status {
        if (expected) {
            auto current = lifecycleHorizons();
            if (!current)
                return current.error();
            if (!(*current == *expected)) {
                return conflict(tr("The EOSL horizons were changed by someone else to %1 days "
                                   "since you opened them.")
                                    .arg(horizonsText(*current)));
            }
        }
        return setValue(lifecycleHorizonsKey(), horizonsText(h));
    });
}

namespace {

/// The policy's fields as text, in the order of duePolicyKeys().
QStringList duePolicyTexts(const DuePolicy &p)
{
    return {QString::number(p.kevDays), QString::number(p.internetCriticalDays),
            QString::number(p.internetHighDays), QString::number(p.criticalDays),
            QString::number(p.highDays), QString::number(p.mediumDays),
            QString::number(p.lowDays), QString::number(p.emergencyCvss, 'g', 3),
            QString::number(p.exposedInternalMaxTier)};
}

} // namespace

QStringList SettingsRepository::duePolicyKeys()
{
    return {QStringLiteral("policy.due.kev_days"),
            QStringLiteral("policy.due.internet_critical_days"),
            QStringLiteral("policy.due.internet_high_days"),
            QStringLiteral("policy.due.critical_days"),
            QStringLiteral("policy.due.high_days"),
            QStringLiteral("policy.due.medium_days"),
            QStringLiteral("policy.due.low_days"),
            QStringLiteral("policy.due.emergency_cvss"),
            QStringLiteral("policy.due.exposed_internal_max_tier")};
}

Result<DuePolicy> SettingsRepository::duePolicy() const
{
    // One query for every key: the policy is read once per batch of findings.
    auto q = m_db.run(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'policy.due.%'"));
    if (!q)
        return q.error();
    QHash<QString, QString> stored;
    while (q->next())
        stored.insert(q->value(0).toString(), q->value(1).toString().trimmed());
    DuePolicy p;
    const QStringList keys = duePolicyKeys();
    int *ints[] = {&p.kevDays, &p.internetCriticalDays, &p.internetHighDays, &p.criticalDays,
                   &p.highDays, &p.mediumDays, &p.lowDays};
    for (int i = 0; i < 7; ++i) {
        bool ok = false;
        const int n = stored.value(keys.at(i)).toInt(&ok);
        if (ok)
            *ints[i] = n;
    }
    bool ok = false;
    const double cvss = stored.value(keys.at(7)).toDouble(&ok);
    if (ok)
        p.emergencyCvss = cvss;
    const int tier = stored.value(keys.at(8)).toInt(&ok);
    if (ok)
        p.exposedInternalMaxTier = tier;
    // Values edited by hand into something impossible must not drive due dates.
    return p.isValid() ? p : DuePolicy{};
}

Status SettingsRepository::setDuePolicy(const DuePolicy &policy,
                                        const std::optional<DuePolicy> &expected)
{
    if (!policy.isValid()) {
        return rejected(tr("The due-date policy is not valid: every number of days must be "
                           "between 1 and 3650, the emergency CVSS score between 0 and 10, and "
                           "the exposed tier between 1 and 4."));
    }
    return m_db.transaction([&]() -> Status {
        auto current = duePolicy();
        if (!current)
            return current.error();
        if (expected && !(*current == *expected)) {
            return conflict(tr("The due-date policy was changed by someone else since you "
                               "opened it."));
        }
        const QStringList keys = duePolicyKeys();
        const QStringList now = duePolicyTexts(*current);
        const QStringList wanted = duePolicyTexts(policy);
        for (int i = 0; i < keys.size(); ++i) {
            auto stored = value(keys.at(i));
            if (!stored)
                return stored.error();
            // A default that was never stored stays unstored unless it changes.
            if (!stored->has_value() && now.at(i) == wanted.at(i))
                continue;
            if (Status s = setValue(keys.at(i), wanted.at(i)); !s)
                return s;
        }
        return {};
    });
}

} // namespace pp
