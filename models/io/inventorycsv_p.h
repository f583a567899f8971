// Internal to the inventory CSV code (inventorycsv*.cpp): the columns and how a row's cells map
// to System and Component fields. Not for other users.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"

#include <QString>

#include <array>
#include <optional>

namespace pp::Internal {

/// The columns, in the order export writes them. kColumnNames is the one list of their names.
enum class Col {
    SystemCode,
    SystemName,
    Owner,
    Criticality,
    Environment,
    Exposure,
    LifecycleState,
    ComponentKind,
    Vendor,
    Product,
    Version,
    Cpe,
    EolProduct,
    EolCycle,
    Instances,
    Purl,
    Notes,
    Count
};
constexpr int kColumnCount = int(Col::Count);

// DESIGN.md section 5 lists the first fifteen; purl and notes were added after it.
constexpr std::array<const char *, kColumnCount> kColumnNames {"system_code", "system_name",
    "owner", "criticality", "environment", "exposure", "lifecycle_state", "component_kind",
    "vendor", "product", "version", "cpe", "eol_product", "eol_cycle", "instances", "purl",
    "notes"};

constexpr std::array<Col, 7> kSystemColumns {Col::SystemCode, Col::SystemName, Col::Owner,
    Col::Criticality, Col::Environment, Col::Exposure, Col::LifecycleState};
constexpr std::array<Col, 10> kComponentColumns {Col::ComponentKind, Col::Vendor, Col::Product,
    Col::Version, Col::Cpe, Col::EolProduct, Col::EolCycle, Col::Instances, Col::Purl, Col::Notes};
/// Component columns that an import updates on a component that is already stored; the others
/// (kind, product, version) are what makes it the same component.
constexpr std::array<Col, 7> kComponentDataColumns {
    Col::Vendor, Col::Cpe, Col::EolProduct, Col::EolCycle, Col::Instances, Col::Purl, Col::Notes};

inline QString nameOf(Col c)
{
    return QString::fromLatin1(kColumnNames[std::size_t(c)]);
}

/// Columns as bits, as in InventoryCsvRow::givenColumns.
using ColumnSet = quint32;
static_assert(kColumnCount <= 32, "ColumnSet has a bit per column");

constexpr ColumnSet bit(Col c)
{
    return ColumnSet(1) << int(c);
}
constexpr bool has(ColumnSet set, Col c)
{
    return (set & bit(c)) != 0;
}

/// Numbers and choices cannot be blank: a blank cell there means "not given".
inline bool blankMeansNotGiven(Col c)
{
    return c == Col::Criticality || c == Col::Environment || c == Col::Exposure
        || c == Col::LifecycleState || c == Col::Instances;
}

/// A value shortened for a message, so that a long bad value does not drown the sentence.
inline QString elided(const QString &value)
{
    constexpr qsizetype kShown = 60;
    return value.size() <= kShown ? value : value.left(kShown - 1) + QChar(0x2026);
}

/// The text of a system's column, as the file writes it.
inline QString systemValue(const System &s, Col c)
{
    switch (c) {
    case Col::SystemCode:
        return s.code;
    case Col::SystemName:
        return s.name;
    case Col::Owner:
        return s.ownerTeam;
    case Col::Criticality:
        return QString::number(s.criticality);
    case Col::Environment:
        return toKey(s.environment);
    case Col::Exposure:
        return toKey(s.exposure);
    case Col::LifecycleState:
        return toKey(s.lifecycleState);
    default:
        break;
    }
    Q_ASSERT_X(false, "systemValue", "not a system column");
    return {};
}

inline QString componentValue(const Component &comp, Col c)
{
    switch (c) {
    case Col::ComponentKind:
        return toKey(comp.kind);
    case Col::Vendor:
        return comp.vendor;
    case Col::Product:
        return comp.product;
    case Col::Version:
        return comp.version;
    case Col::Cpe:
        return comp.cpe;
    case Col::EolProduct:
        return comp.eolProduct;
    case Col::EolCycle:
        return comp.eolCycle;
    case Col::Instances:
        return QString::number(comp.instances);
    case Col::Purl:
        return comp.purl;
    case Col::Notes:
        return comp.notes;
    default:
        break;
    }
    Q_ASSERT_X(false, "componentValue", "not a component column");
    return {};
}

/// Copies the columns in @p given from @p from into @p to.
inline void copySystemColumns(System &to, const System &from, ColumnSet given)
{
    for (Col c : kSystemColumns) {
        if (!has(given, c))
            continue;
        switch (c) {
        case Col::SystemCode:
            to.code = from.code;
            break;
        case Col::SystemName:
            to.name = from.name;
            break;
        case Col::Owner:
            to.ownerTeam = from.ownerTeam;
            break;
        case Col::Criticality:
            to.criticality = from.criticality;
            break;
        case Col::Environment:
            to.environment = from.environment;
            break;
        case Col::Exposure:
            to.exposure = from.exposure;
            break;
        case Col::LifecycleState:
            to.lifecycleState = from.lifecycleState;
            break;
        default:
            break;
        }
    }
}

inline void copyComponentData(Component &to, const Component &from, ColumnSet given)
{
    for (Col c : kComponentDataColumns) {
        if (!has(given, c))
            continue;
        switch (c) {
        case Col::Vendor:
            to.vendor = from.vendor;
            break;
        case Col::Cpe:
            to.cpe = from.cpe;
            break;
        case Col::EolProduct:
            to.eolProduct = from.eolProduct;
            break;
        case Col::EolCycle:
            to.eolCycle = from.eolCycle;
            break;
        case Col::Instances:
            to.instances = from.instances;
            break;
        case Col::Purl:
            to.purl = from.purl;
            break;
        case Col::Notes:
            to.notes = from.notes;
            break;
        default:
            break;
        }
    }
}

/// "The same component" of DESIGN.md section 5, as a hash key. The separator is a control
/// character, which validation keeps out of products and versions.
inline QString componentKey(
    const QString &system, ComponentKind kind, const QString &product, const QString &version)
{
    const QChar sep(0x1f);
    return system + sep + toKey(kind) + sep + product.trimmed() + sep + version.trimmed();
}

/// A whole number written with ASCII digits and an optional minus sign (so that "-3" reaches
/// the domain's range check); nothing else: not "1e9", "12abc", "3.0" or "high".
inline std::optional<int> wholeNumber(const QString &text)
{
    const qsizetype digitsFrom = text.startsWith(u'-') ? 1 : 0;
    const qsizetype digits = text.size() - digitsFrom;
    if (digits < 1 || digits > 9) // 9 digits always fit in an int
        return std::nullopt;
    for (qsizetype i = digitsFrom; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return std::nullopt;
    }
    return text.toInt();
}

} // namespace pp::Internal
