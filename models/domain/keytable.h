// The table behind each enumeration's two spellings (enums.h): value <-> stored key. One
// implementation of the lookups for every enumeration of the domain.
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace pp::Internal {

/// Each value with its stable key, in display order.
template<typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char *>, N>;

template<typename E, std::size_t N>
QString keyOf(const KeyTable<E, N> &table, E v)
{
    for (const auto &[value, key] : table) {
        if (value == v)
            return QString::fromLatin1(key);
    }
    Q_ASSERT_X(false, "toKey", "enum value without a key");
    return {};
}

/// The value of @p key, case-insensitively and ignoring surrounding spaces.
template<typename E, std::size_t N>
std::optional<E> parseKey(const KeyTable<E, N> &table, const QString &key)
{
    const QString k = key.trimmed();
    for (const auto &[value, text] : table) {
        if (k.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const KeyTable<E, N> &table)
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const auto &entry : table)
        out << entry.first;
    return out;
}

} // namespace pp::Internal
