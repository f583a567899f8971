// Tying a component to an endoflife.date product and release cycle (issue 4, item 2). Pure
// functions: the catalog of imported products and cycles and the user's remembered choices are
// passed in; nothing here reads storage or the clock.
//
// Order of precedence, first that applies wins:
//   1. explicit   the component's own eol_product (and eol_cycle; an empty eol_cycle is found
//                 from the version as below);
//   2. remembered the user's confirmed product for this vendor and product (EolMapping); an
//                 empty product there means "not tracked on endoflife.date": no tie;
//   3. by name    a built-in table of common names ("Red Hat Enterprise Linux" -> rhel, "SQL
//                 Server" -> mssqlserver...), then the ids, labels and aliases of imported
//                 products, compared as lower-case letters and digits ("Node.js" = "nodejs");
//                 also a known name followed by a number ("Windows 7 Professional" -> windows);
//   4. by CPE     the vendor:product of the component's CPE against the CPE identifiers of
//                 imported v1 products (and a few built-in ones).
// The cycle is the longest known cycle of the product that the version starts with, at a
// segment boundary ("8.10" -> "8", "3.11.9" -> "3.11" never "3.1", "7.0 U3" -> "7.0",
// "2012 R2" -> "2012-r2"), else a cycle whose label the version starts with (SQL Server "2019
// CU26" -> "15.0", label "2019 'Aris/Seattle'"), else one found with a number of the product
// name ("Windows 7 Professional" "SP1" -> "7-sp1"). Windows client and server builds and LTSC
// years are known ("Windows 10 Enterprise LTSC" "2019" -> "10-1809-e-lts").
#pragma once

#include "models/domain/component.h"
#include "models/domain/lifecycle.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pp {

/// A release cycle of a product, as the matcher sees it.
struct EolCycleName
{
    QString cycle; ///< e.g. "2012-r2"
    QString label; ///< e.g. "2008 R2 'Kilimanjaro' SP3", "Windows Server 2012 R2 (LTSC)"; may be empty
};

/// One endoflife.date product as known from the imported files.
struct EolCatalogEntry
{
    QString id;          ///< e.g. "windows-server"
    QString label;       ///< e.g. "Microsoft Windows Server"; may be empty (v0 file only)
    QStringList aliases; ///< v1 aliases, e.g. "windowsserver"
    QStringList cpes;    ///< v1 CPE identifiers, either form ("cpe:/o:...", "cpe:2.3:o:...")
    QList<EolCycleName> cycles;
};

/// The outcome of matching one component (or one vendor and product).
struct CycleMatch
{
    /// The product and cycle found, and how the product was found. A product without a cycle
    /// (tie.cycle empty) means no known cycle fits the version; kind None means no product.
    LifecycleTie tie;
    /// The user confirmed that this vendor and product is not tracked on endoflife.date.
    bool untracked = false;
    /// Why, for the mapping screen: which name, alias or identifier matched (not translated:
    /// the names and ids quoted are data).
    QString reason;

    bool isComplete() const { return tie.isComplete(); }
};

/// Matches components against a catalog. Build one per catalog (it indexes the names), then ask
/// for any number of components; cheap enough for 35,000 components.
class CycleMatcher
{
public:
    CycleMatcher() = default;
    CycleMatcher(const QList<EolCatalogEntry> &catalog, const QList<EolMapping> &mappings);

    /// The tie of @p c by the order of precedence above.
    CycleMatch match(const Component &c) const;
    /// The product alone, for a vendor and product (the mapping screen's rows): remembered, by
    /// name or by CPE, ignoring any explicit eol_product. tie.cycle stays empty.
    CycleMatch matchProduct(const QString &vendor, const QString &product,
                            const QString &cpe = {}) const;
    /// The cycle of @p eolProduct for @p version (and the component's product name, which may
    /// carry the major version); empty when none fits or the product has no known cycles.
    QString cycleFor(const QString &eolProduct, const QString &version,
                     const QString &productName = {}, const QString &cpe = {}) const;

    /// The catalog entry of @p id, nullptr when not imported.
    const EolCatalogEntry *entry(const QString &id) const;
    /// Every product id known to the matcher (imported and built-in), sorted.
    QStringList productIds() const;

private:
    struct NameHit
    {
        QString product;
        QString remainder; ///< product-name words after the matched name ("7 professional")
        QString reason;
    };
    NameHit byName(const QString &vendor, const QString &product) const;
    QString byCpe(const QString &cpe) const;

    QList<EolCatalogEntry> m_catalog;
    QHash<QString, int> m_byId;         ///< product id -> index in m_catalog
    QHash<QString, QString> m_names;    ///< compact name -> product id (catalog ids, labels, aliases)
    QHash<QString, QString> m_cpes;     ///< "vendor:product" -> product id
    QHash<QString, QString> m_mappings; ///< mappingKey() -> product id ("" = untracked)
};

/// Lower-case letters and digits only: "Node.js" -> "nodejs", "Red Hat" -> "redhat". Letters
/// of other scripts are kept (NFKC-folded), so Japanese product names compare too.
QString compactName(const QString &name);
/// The key under which a vendor and product's remembered choice is found: both lower-cased,
/// trimmed and with runs of spaces made one ("Red  Hat" = "red hat").
QString mappingKey(const QString &vendor, const QString &product);
/// How a version or cycle is compared: lower case, spaces and underscores as "-", a leading "v"
/// before a digit dropped ("7.0 Update 3" -> "7.0-update-3", "2012 R2" -> "2012-r2").
QString cycleKey(const QString &text);
/// The built-in endoflife.date product of a vendor and product name; empty when none.
QString builtinEolProduct(const QString &vendor, const QString &product);
/// "vendor:product" of a CPE 2.3 formatted string or a CPE 2.2 URI, lower case; empty when
/// @p cpe is neither (an escaped "\:" does not split).
QString cpeVendorProduct(const QString &cpe);
/// The version field of a CPE 2.3 string or 2.2 URI; empty when absent, "*" or "-".
QString cpeVersion(const QString &cpe);
/// The cycle of @p cycles that @p version belongs to by the rules above (without the Windows
/// build tables); empty when none fits. @p productLabel words are ignored in cycle labels.
QString matchCycle(const QString &version, const QList<EolCycleName> &cycles,
                   const QString &productLabel = {});

} // namespace pp
