// Enumerations of the inventory and their two spellings: the stable key stored in the database,
// the CSV files and JSON output, and the translated label shown to a user.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pp {

enum class Environment { Production, Staging, Development };
enum class Exposure { Internet, Internal, Isolated };
enum class LifecycleState { Active, Frozen, Retiring, Retired };
enum class ComponentKind { Os, Middleware, Database, Runtime, Application, Network, Firmware, Cloud };

/// Criticality is a tier, 1 (highest) to 4.
constexpr int kMinCriticality = 1;
constexpr int kMaxCriticality = 4;

QString toKey(Environment v);
QString toKey(Exposure v);
QString toKey(LifecycleState v);
QString toKey(ComponentKind v);

/// Parses a stored or imported key, case-insensitively; nullopt when it is not one of the keys.
template<typename E>
std::optional<E> fromKey(const QString &key);

template<> std::optional<Environment> fromKey<Environment>(const QString &key);
template<> std::optional<Exposure> fromKey<Exposure>(const QString &key);
template<> std::optional<LifecycleState> fromKey<LifecycleState>(const QString &key);
template<> std::optional<ComponentKind> fromKey<ComponentKind>(const QString &key);

QString displayName(Environment v);
QString displayName(Exposure v);
QString displayName(LifecycleState v);
QString displayName(ComponentKind v);
QString criticalityName(int tier);

/// Every value, in display order.
template<typename E>
QList<E> allValues();

template<> QList<Environment> allValues<Environment>();
template<> QList<Exposure> allValues<Exposure>();
template<> QList<LifecycleState> allValues<LifecycleState>();
template<> QList<ComponentKind> allValues<ComponentKind>();

/// The keys of an enumeration joined for a message, e.g. "production|staging|development".
template<typename E>
QString keyList()
{
    QStringList keys;
    for (E v : allValues<E>())
        keys << toKey(v);
    return keys.join(QLatin1Char('|'));
}

} // namespace pp
