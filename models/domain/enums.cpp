#include "models/domain/enums.h"

#include "models/domain/keytable.h"
#include "models/tr.h"

#include <array>
#include <utility>

namespace pp {
namespace {

using Internal::KeyTable;
using Internal::keyOf;
using Internal::parseKey;
using Internal::valuesOf;

constexpr KeyTable<Environment, 3> kEnvironmentKeys{{
    {Environment::Production, "production"},
    {Environment::Staging, "staging"},
    {Environment::Development, "development"},
}};
constexpr KeyTable<Exposure, 3> kExposureKeys{{
    {Exposure::Internet, "internet"},
    {Exposure::Internal, "internal"},
    {Exposure::Isolated, "isolated"},
}};
constexpr KeyTable<LifecycleState, 4> kLifecycleKeys{{
    {LifecycleState::Active, "active"},
    {LifecycleState::Frozen, "frozen"},
    {LifecycleState::Retiring, "retiring"},
    {LifecycleState::Retired, "retired"},
}};
constexpr KeyTable<ComponentKind, 8> kKindKeys{{
    {ComponentKind::Os, "os"},
    {ComponentKind::Middleware, "middleware"},
    {ComponentKind::Database, "database"},
    {ComponentKind::Runtime, "runtime"},
    {ComponentKind::Application, "application"},
    {ComponentKind::Network, "network"},
    {ComponentKind::Firmware, "firmware"},
    {ComponentKind::Cloud, "cloud"},
}};

} // namespace

QString toKey(Environment v) { return keyOf(kEnvironmentKeys, v); }
QString toKey(Exposure v) { return keyOf(kExposureKeys, v); }
QString toKey(LifecycleState v) { return keyOf(kLifecycleKeys, v); }
QString toKey(ComponentKind v) { return keyOf(kKindKeys, v); }

template<> std::optional<Environment> fromKey<Environment>(const QString &key)
{
    return parseKey(kEnvironmentKeys, key);
}
template<> std::optional<Exposure> fromKey<Exposure>(const QString &key)
{
    return parseKey(kExposureKeys, key);
}
template<> std::optional<LifecycleState> fromKey<LifecycleState>(const QString &key)
{
    return parseKey(kLifecycleKeys, key);
}
template<> std::optional<ComponentKind> fromKey<ComponentKind>(const QString &key)
{
    return parseKey(kKindKeys, key);
}

template<> QList<Environment> allValues<Environment>() { return valuesOf(kEnvironmentKeys); }
template<> QList<Exposure> allValues<Exposure>() { return valuesOf(kExposureKeys); }
template<> QList<LifecycleState> allValues<LifecycleState>() { return valuesOf(kLifecycleKeys); }
template<> QList<ComponentKind> allValues<ComponentKind>() { return valuesOf(kKindKeys); }

QString displayName(Environment v)
{
    switch (v) {
    case Environment::Production: return Tr::tr("Production");
    case Environment::Staging: return Tr::tr("Staging");
    case Environment::Development: return Tr::tr("Development");
    }
    return {};
}

QString displayName(Exposure v)
{
    switch (v) {
    case Exposure::Internet: return Tr::tr("Internet-facing");
    case Exposure::Internal: return Tr::tr("Internal");
    case Exposure::Isolated: return Tr::tr("Isolated");
    }
    return {};
}

QString displayName(LifecycleState v)
{
    switch (v) {
    case LifecycleState::Active: return Tr::tr("Active");
    case LifecycleState::Frozen: return Tr::tr("Frozen");
    case LifecycleState::Retiring: return Tr::tr("Retiring");
    case LifecycleState::Retired: return Tr::tr("Retired");
    }
    return {};
}

QString displayName(ComponentKind v)
{
    switch (v) {
    case ComponentKind::Os: return Tr::tr("Operating system");
    case ComponentKind::Middleware: return Tr::tr("Middleware");
    case ComponentKind::Database: return Tr::tr("Database");
    case ComponentKind::Runtime: return Tr::tr("Runtime");
    case ComponentKind::Application: return Tr::tr("Application");
    case ComponentKind::Network: return Tr::tr("Network device");
    case ComponentKind::Firmware: return Tr::tr("Firmware/hardware");
    case ComponentKind::Cloud: return Tr::tr("Cloud service");
    }
    return {};
}

QString criticalityName(int tier)
{
    return Tr::tr("Tier %1").arg(tier);
}

} // namespace pp
