#include "models/domain/lifecycle.h"

#include "models/tr.h"

namespace pp {

QString toKey(SupportState s)
{
    switch (s) {
    case SupportState::Date: return QStringLiteral("date");
    case SupportState::Ended: return QStringLiteral("ended");
    case SupportState::NotAnnounced: return QStringLiteral("not_announced");
    case SupportState::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<SupportState> supportStateFromKey(const QString &key)
{
    for (SupportState s : {SupportState::Date, SupportState::Ended, SupportState::NotAnnounced,
                           SupportState::Unknown}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString SupportEnd::toText() const
{
    switch (state) {
    case SupportState::Date: return date.toString(Qt::ISODate);
    case SupportState::Ended: return QStringLiteral("ended");
    case SupportState::NotAnnounced: return QStringLiteral("not announced");
    case SupportState::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject ComponentLifecycle::toJson() const
{
    return QJsonObject{
        {QStringLiteral("release_date"), releaseDate.value.toString(Qt::ISODate)},
        {QStringLiteral("active_support_end"), activeSupport.value.toText()},
        {QStringLiteral("eosl"), securitySupport.value.toText()},
        {QStringLiteral("extended_support_end"), extendedSupport.value.toText()},
        {QStringLiteral("extended_contract"), extendedContract},
    };
}

QString toKey(UpgradeDecisionKind d)
{
    switch (d) {
    case UpgradeDecisionKind::None: return {};
    case UpgradeDecisionKind::Routine: return QStringLiteral("routine");
    case UpgradeDecisionKind::VendorProject: return QStringLiteral("vendor_project");
    case UpgradeDecisionKind::Frozen: return QStringLiteral("frozen");
    }
    return {};
}

std::optional<UpgradeDecisionKind> upgradeDecisionFromKey(const QString &key)
{
    for (UpgradeDecisionKind d : {UpgradeDecisionKind::None, UpgradeDecisionKind::Routine,
                                  UpgradeDecisionKind::VendorProject, UpgradeDecisionKind::Frozen}) {
        if (toKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QString displayName(UpgradeDecisionKind d)
{
    switch (d) {
    case UpgradeDecisionKind::None: return Tr::tr("No decision");
    case UpgradeDecisionKind::Routine: return Tr::tr("Routine upgrade");
    case UpgradeDecisionKind::VendorProject: return Tr::tr("Vendor project");
    case UpgradeDecisionKind::Frozen: return Tr::tr("Frozen");
    }
    return {};
}

QJsonObject UpgradeDecision::toJson() const
{
    return QJsonObject{
        {QStringLiteral("decision"), toKey(decision)},
        {QStringLiteral("target_version"), targetVersion},
        {QStringLiteral("target_date"), targetDate.toString(Qt::ISODate)},
        {QStringLiteral("note"), note},
    };
}

} // namespace pp
