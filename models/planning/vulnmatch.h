// Matching vulnerabilities to components (issue 5, item 2). Pure: no database. The storage
// layer loads the components once into a ComponentIndex and asks it for each vulnerability.
//
// A configuration applies to a component when the component satisfies a vulnerable criterion
// of it and the configuration's node expression holds for the component's SYSTEM: an AND
// configuration's other nodes (the platform, e.g. "running on" a given OS or runtime,
// vulnerable:false) must each be satisfied by some component of the same system.
//
// A criterion holds for a component with a CPE when every attribute but version/update matches
// (cpeMatchesExceptVersion) and: the criteria's version is ANY -> the component's version lies
// in the range (versionStart/End Including/Excluding; missing bounds open; no bound at all =
// every version); a criteria version -> equal by version::compare (and the update attribute
// matches). A component without a CPE is compared by normalised vendor and product (lowercase,
// spaces and '-' as '_', trailing ", inc."/"corporation"/"co., ltd." dropped) against the
// criteria's, then by version as above: MatchKind::Name, lower confidence. A component with an
// unknown (empty) version matches a criterion only when the criterion covers every version.
#pragma once

#include "models/domain/cpe.h"
#include "models/domain/version.h"
#include "models/domain/vulnerability.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

/// What matching needs of a component.
struct MatchComponent
{
    qint64 id = 0;
    qint64 systemId = 0;
    QString vendor;
    QString product;
    QString version;
    QString cpe;  ///< may be empty or malformed (then matched by name)
    QString purl; ///< decides the version scheme
};

struct VulnMatch
{
    qint64 componentId = 0;
    MatchKind kind = MatchKind::Cpe;
    QString criteria;            ///< the vulnerable criterion that matched
    QString fixedVersion;        ///< its versionEndExcluding, if any
    QString lastAffectedVersion; ///< its versionEndIncluding, if any
    bool operator==(const VulnMatch &) const = default;
};

class ComponentIndex
{
public:
    ComponentIndex() = default;
    explicit ComponentIndex(const QList<MatchComponent> &components);

    int size() const;
    /// The components a criterion's vendor and product can apply to (by CPE and by name).
    QList<int> candidates(const QString &cpeVendor, const QString &cpeProduct) const;
    const MatchComponent &at(int i) const;

    /// Normalised vendor or product for name matching: "Apache Software Foundation" ->
    /// "apache_software_foundation", "Oracle Corporation" -> "oracle".
    static QString normalise(const QString &name);

private:
    struct Entry
    {
        MatchComponent c;
        std::optional<Cpe> cpe; ///< nullopt: no CPE, a malformed one, or one without a vendor
                                ///< and product value; then matched by name
        version::Scheme scheme = version::Scheme::Generic;
        /// Computed once so that comparisons allocate nothing: the version to compare with a
        /// criteria's version (the CPE's when it names one, else the inventory's), the version
        /// to place in a range (with the CPE's update appended, "10.2.9-h4"), and the
        /// normalised vendor and product for name matching.
        QString exactVersion;
        QString rangeVersion;
        QString normVendor;
        QString normProduct;
    };
    static Entry makeEntry(const MatchComponent &c);
    void addName(const QString &key, int i);

    QList<Entry> m_entries;
    QHash<QString, QList<int>> m_byCpe;  ///< "vendor:product" of the CPE (formatted spelling)
    QHash<QString, QList<int>> m_byCpeProduct; ///< CPE product, for criteria with vendor ANY
    /// Normalised "vendor:product" of components without a usable CPE, under the full vendor,
    /// its first word ("apache_software_foundation" also as "apache") and its compact form
    /// ("palo_alto_networks" also as "paloaltonetworks"), the ways NVD shortens vendor names.
    QHash<QString, QList<int>> m_byName;
    QHash<QString, QList<int>> m_byProductName; ///< normalised product, when vendor is empty
    QHash<QString, QList<int>> m_byAnyProductName; ///< normalised product, every name entry
    QHash<qint64, QList<int>> m_bySystem;
    friend class VulnMatcher;
};

class VulnMatcher
{
public:
    explicit VulnMatcher(const ComponentIndex &index) : m_index(index) { }

    /// Every component the configurations apply to, once each (a CPE match wins over a name
    /// match; among several criteria the one with the highest fixed version is kept), sorted by
    /// component id.
    QList<VulnMatch> match(const QList<CpeConfiguration> &configurations) const;

    /// Does one criterion hold for one component? Exposed for tests.
    static std::optional<VulnMatch> matchCriterion(const CpeCriterion &criterion,
                                                   const MatchComponent &component);

private:
    /// A criterion parsed once per match() call, with what every comparison needs precomputed.
    struct Parsed;
    static std::optional<Parsed> parse(const CpeCriterion &criterion);
    static bool holds(const Parsed &p, const ComponentIndex::Entry &e);
    static VulnMatch makeMatch(const Parsed &p, const ComponentIndex::Entry &e);
    QList<int> candidatesFor(const Parsed &p) const;

    const ComponentIndex &m_index;
};

} // namespace pp
