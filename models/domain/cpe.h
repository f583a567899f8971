// CPE names (NIST IR 7695 naming, IR 7696 name matching): the 2.3 formatted string
// cpe:2.3:part:vendor:product:version:update:edition:language:sw_edition:target_sw:target_hw:other
// and the 2.2 URI cpe:/part:vendor:product:version:update:edition:language (JVN, endoflife.date,
// CycloneDX), read into one form.
#pragma once

#include "models/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>

namespace pp {

/// One attribute of a CPE name.
struct CpeAttribute
{
    enum class Kind : quint8 {
        Any,   ///< "*" in 2.3, empty in 2.2: any value (for a component: not known)
        Na,    ///< "-": not applicable (e.g. no update)
        Value, ///< a value
    };
    Kind kind = Kind::Any;
    /// For Value: the attribute in its formatted-string spelling, lowercased: escapes kept
    /// ("\." stays "\."), unescaped '*' and '?' are wildcards. Compare with matches().
    QString value;

    static CpeAttribute any() { return {}; }
    static CpeAttribute na() { return {Kind::Na, {}}; }

    bool isAny() const { return kind == Kind::Any; }
    bool isNa() const { return kind == Kind::Na; }
    bool isValue() const { return kind == Kind::Value; }
    /// The value without escapes ("node\.js" -> "node.js"), for display and for version
    /// comparison; "*" for Any, "-" for Na.
    QString text() const;
    bool operator==(const CpeAttribute &) const = default;
};

class Cpe
{
    Q_DECLARE_TR_FUNCTIONS(Cpe)

public:
    enum Attr { Part, Vendor, Product, Version, Update, Edition, Language, SwEdition, TargetSw,
                TargetHw, Other, AttrCount };

    /// Longest text accepted (the specification sets none; real names are below 200).
    static constexpr int kMaxLength = 2048;

    /// Parses a 2.3 formatted string (exactly 13 fields, split on unescaped ':' only; escapes
    /// only before punctuation; '?' and '*' only as wildcards at the start or end of a value)
    /// or a 2.2 URI ("cpe:/" prefix; percent-encoding decoded; a packed edition "~a~b~c~d~e"
    /// unpacked; missing trailing fields are Any). Part must be a, o, h or Any. Case-insensitive
    /// (stored lowercase). Surrounding whitespace is ignored. A malformed name is an
    /// InputRejected error whose message says what is wrong and where, e.g. "field 5 (version)".
    static Result<Cpe> parse(QStringView text);

    const CpeAttribute &attr(Attr a) const { return m_attrs[a]; }
    void setAttr(Attr a, CpeAttribute v) { m_attrs[a] = std::move(v); }

    /// Shorthands for attr(...).text(): "a", "microsoft", "exchange_server", "2019", ...
    QString part() const { return m_attrs[Part].text(); }
    QString vendor() const { return m_attrs[Vendor].text(); }
    QString product() const { return m_attrs[Product].text(); }
    QString version() const { return m_attrs[Version].text(); }
    QString update() const { return m_attrs[Update].text(); }

    /// The canonical 2.3 formatted string (lowercase, escapes as the specification writes them).
    QString toFormattedString() const;

    bool operator==(const Cpe &) const = default;

    /// The name of an attribute as the messages use it: "version", "target_sw", ...
    static QString attrName(Attr a);

private:
    std::array<CpeAttribute, AttrCount> m_attrs;
};

/// Can @p target (a component's attribute) be one of the values @p source (a vulnerability's
/// criteria attribute) describes? Source Any: yes. Source Na: target Na or Any. Source value:
/// target Any (not known, so possibly) or a target value equal to it, with the source's '*'
/// (any sequence) and '?' (one character) wildcards honoured. Case-insensitive.
bool cpeAttributeMatches(const CpeAttribute &source, const CpeAttribute &target);

/// Every attribute except Version and Update matches (cpeAttributeMatches); version and update
/// are left to the caller, which compares versions with version::compare() and ranges.
bool cpeMatchesExceptVersion(const Cpe &criteria, const Cpe &target);

} // namespace pp
