#include "models/planning/lifecyclestatus.h"

#include "models/tr.h"

namespace pp {

QString toKey(EoslStatus s)
{
    switch (s) {
    case EoslStatus::Past: return QStringLiteral("past");
    case EoslStatus::Within30: return QStringLiteral("d30");
    case EoslStatus::Within90: return QStringLiteral("d90");
    case EoslStatus::Within180: return QStringLiteral("d180");
    case EoslStatus::Within365: return QStringLiteral("d365");
    case EoslStatus::Supported: return QStringLiteral("supported");
    case EoslStatus::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<EoslStatus> eoslStatusFromKey(const QString &key)
{
    for (EoslStatus s : {EoslStatus::Past, EoslStatus::Within30, EoslStatus::Within90,
                         EoslStatus::Within180, EoslStatus::Within365, EoslStatus::Supported,
                         EoslStatus::Unknown}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(EoslStatus s, const LifecycleHorizons &h)
{
    switch (s) {
    case EoslStatus::Past: return Tr::tr("Past EOSL");
    case EoslStatus::Within30: return Tr::tr("Ends within %n day(s)", nullptr, h.d30);
    case EoslStatus::Within90: return Tr::tr("Ends within %n day(s)", nullptr, h.d90);
    case EoslStatus::Within180: return Tr::tr("Ends within %n day(s)", nullptr, h.d180);
    case EoslStatus::Within365: return Tr::tr("Ends within %n day(s)", nullptr, h.d365);
    case EoslStatus::Supported: return Tr::tr("Supported");
    case EoslStatus::Unknown: return Tr::tr("Unknown");
    }
    return {};
}

EoslAssessment assessEosl(const SupportEnd &eosl, QDate today, const LifecycleHorizons &h)
{
    switch (eosl.state) {
    case SupportState::Unknown:
        return {EoslStatus::Unknown, std::nullopt};
    case SupportState::Ended:
        return {EoslStatus::Past, std::nullopt};
    case SupportState::NotAnnounced:
        return {EoslStatus::Supported, std::nullopt};
    case SupportState::Date:
        break;
    }
    if (!eosl.date.isValid())
        return {EoslStatus::Unknown, std::nullopt};
    const int days = int(today.daysTo(eosl.date));
    EoslStatus status = EoslStatus::Supported;
    if (days < 0)
        status = EoslStatus::Past;
    else if (days <= h.d30)
        status = EoslStatus::Within30;
    else if (days <= h.d90)
        status = EoslStatus::Within90;
    else if (days <= h.d180)
        status = EoslStatus::Within180;
    else if (days <= h.d365)
        status = EoslStatus::Within365;
    return {status, days};
}

bool needsDecision(EoslStatus status, UpgradeDecisionKind decision)
{
    if (decision != UpgradeDecisionKind::None)
        return false;
    return status != EoslStatus::Supported && status != EoslStatus::Unknown;
}

} // namespace pp
