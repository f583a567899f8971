#include "models/domain/lifecycle.h"

#include "models/tr.h"

#include <QJsonArray>

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

bool ReleaseLifecycle::sameContent(const ReleaseLifecycle &o) const
{
    return eolProduct == o.eolProduct && cycle == o.cycle && label == o.label
        && releaseDate == o.releaseDate && activeSupport == o.activeSupport
        && securitySupport == o.securitySupport && extendedSupport == o.extendedSupport
        && lts == o.lts && latest == o.latest;
}

QJsonObject ReleaseLifecycle::toJson() const
{
    return QJsonObject{
        {QStringLiteral("eol_product"), eolProduct},
        {QStringLiteral("cycle"), cycle},
        {QStringLiteral("label"), label},
        {QStringLiteral("release_date"), releaseDate.toString(Qt::ISODate)},
        {QStringLiteral("active_support_end"), activeSupport.toText()},
        {QStringLiteral("eosl"), securitySupport.toText()},
        {QStringLiteral("extended_support_end"), extendedSupport.toText()},
        {QStringLiteral("lts"), lts},
        {QStringLiteral("latest"), latest},
        {QStringLiteral("source"), sourceFile},
    };
}

QJsonObject ComponentLifecycle::toJson() const
{
    return QJsonObject{
        {QStringLiteral("release_date"), releaseDate.value.toString(Qt::ISODate)},
        {QStringLiteral("active_support_end"), activeSupport.value.toText()},
        {QStringLiteral("eosl"), securitySupport.value.toText()},
        {QStringLiteral("extended_support_end"), extendedSupport.value.toText()},
        {QStringLiteral("extended_contract"), extendedContract},
        {QStringLiteral("eol_product"), tie.eolProduct},
        {QStringLiteral("eol_cycle"), tie.cycle},
        {QStringLiteral("tie"), toKey(tie.kind)},
    };
}

QString toKey(TieKind k)
{
    switch (k) {
    case TieKind::None: return {};
    case TieKind::Explicit: return QStringLiteral("explicit");
    case TieKind::Remembered: return QStringLiteral("remembered");
    case TieKind::ByName: return QStringLiteral("name");
    case TieKind::ByCpe: return QStringLiteral("cpe");
    }
    return {};
}

std::optional<TieKind> tieKindFromKey(const QString &key)
{
    for (TieKind k : {TieKind::None, TieKind::Explicit, TieKind::Remembered, TieKind::ByName,
                      TieKind::ByCpe}) {
        if (toKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString displayName(TieKind k)
{
    switch (k) {
    case TieKind::None: return Tr::tr("Not matched");
    case TieKind::Explicit: return Tr::tr("Set on the component");
    case TieKind::Remembered: return Tr::tr("Confirmed for this product");
    case TieKind::ByName: return Tr::tr("Matched by name");
    case TieKind::ByCpe: return Tr::tr("Matched by CPE");
    }
    return {};
}

QString toKey(LifecycleField f)
{
    switch (f) {
    case LifecycleField::ReleaseDate: return QStringLiteral("release_date");
    case LifecycleField::ActiveSupport: return QStringLiteral("active_support_end");
    case LifecycleField::SecuritySupport: return QStringLiteral("eosl");
    case LifecycleField::ExtendedSupport: return QStringLiteral("extended_support_end");
    }
    return {};
}

QString displayName(LifecycleField f)
{
    switch (f) {
    case LifecycleField::ReleaseDate: return Tr::tr("Release date");
    case LifecycleField::ActiveSupport: return Tr::tr("End of active support");
    case LifecycleField::SecuritySupport: return Tr::tr("End of security support (EOSL)");
    case LifecycleField::ExtendedSupport: return Tr::tr("End of extended support");
    }
    return {};
}

bool ManualLifecycle::hasOverride(LifecycleField f) const
{
    return value(f).has_value();
}

std::optional<SupportEnd> ManualLifecycle::value(LifecycleField f) const
{
    switch (f) {
    case LifecycleField::ReleaseDate:
        if (releaseDate)
            return SupportEnd::on(*releaseDate);
        return std::nullopt;
    case LifecycleField::ActiveSupport: return activeSupport;
    case LifecycleField::SecuritySupport: return securitySupport;
    case LifecycleField::ExtendedSupport: return extendedSupport;
    }
    return std::nullopt;
}

void ManualLifecycle::setValue(LifecycleField f, const std::optional<SupportEnd> &v)
{
    switch (f) {
    case LifecycleField::ReleaseDate:
        if (v && v->state == SupportState::Date)
            releaseDate = v->date;
        else
            releaseDate.reset();
        return;
    case LifecycleField::ActiveSupport: activeSupport = v; return;
    case LifecycleField::SecuritySupport: securitySupport = v; return;
    case LifecycleField::ExtendedSupport: extendedSupport = v; return;
    }
}

QJsonObject ManualLifecycle::toJson() const
{
    // null = not set by hand (the imported value applies).
    auto text = [](const std::optional<SupportEnd> &v) {
        return v ? QJsonValue(v->toText()) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("release_date"),
         releaseDate ? QJsonValue(releaseDate->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("active_support_end"), text(activeSupport)},
        {QStringLiteral("eosl"), text(securitySupport)},
        {QStringLiteral("extended_support_end"), text(extendedSupport)},
        {QStringLiteral("extended_contract"), extendedContract},
    };
}

QStringList EolProduct::identifiersOf(const QString &type) const
{
    QStringList out;
    for (const EolIdentifier &i : identifiers) {
        if (i.type == type)
            out << i.id;
    }
    return out;
}

QJsonObject EolProduct::toJson() const
{
    QJsonArray ids;
    for (const EolIdentifier &i : identifiers)
        ids.append(QJsonObject{{QStringLiteral("type"), i.type}, {QStringLiteral("id"), i.id}});
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("label"), label},
        {QStringLiteral("category"), category},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)},
        {QStringLiteral("identifiers"), ids},
    };
}

QJsonObject EolMapping::toJson() const
{
    return QJsonObject{
        {QStringLiteral("vendor"), vendor},
        {QStringLiteral("product"), product},
        {QStringLiteral("eol_product"), eolProduct},
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
        {QStringLiteral("component_id"), componentId},
    };
}

} // namespace pp
