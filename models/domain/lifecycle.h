// Lifecycle of a product release and of a component: release date, end of active support, end
// of security support (EOSL, the date that matters) and end of extended (paid) support; and the
// upgrade decision taken for a component.
#pragma once

#include "models/domain/component.h"
#include "models/domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pp {

/// How much is known about the end of a support phase. endoflife.date writes a date, `true`
/// (ended on an unknown date) or `false` (no end announced); no data at all is Unknown, which is
/// shown as unknown and never treated as fine.
enum class SupportState {
    Date,         ///< ends on date (the last supported day)
    Ended,        ///< already ended, date unknown
    NotAnnounced, ///< no end announced
    Unknown,      ///< nothing known
};

QString toKey(SupportState s); ///< "date", "ended", "not_announced", "unknown"
std::optional<SupportState> supportStateFromKey(const QString &key);

/// The end of one support phase.
struct SupportEnd
{
    SupportState state = SupportState::Unknown;
    QDate date; ///< valid exactly when state is Date

    static SupportEnd on(QDate d) { return {SupportState::Date, d}; }
    static SupportEnd ended() { return {SupportState::Ended, {}}; }
    static SupportEnd notAnnounced() { return {SupportState::NotAnnounced, {}}; }
    static SupportEnd unknown() { return {}; }

    bool isKnown() const { return state != SupportState::Unknown; }
    /// "2029-05-31", "ended", "not announced" or "unknown", for messages and the audit trail.
    QString toText() const;
    bool operator==(const SupportEnd &) const = default;
};

/// Where a date came from: typed by hand, or imported from an endoflife.date file on a day.
struct LifecycleSource
{
    enum class Kind { None, Manual, Imported };
    Kind kind = Kind::None;
    QString file;      ///< the imported file's name (Imported)
    QDateTime at;      ///< when it was typed or imported (UTC)
    QString by;        ///< who typed it (Manual)

    bool operator==(const LifecycleSource &) const = default;
};

/// The dates of one endoflife.date release cycle, as imported.
struct ReleaseLifecycle
{
    QString eolProduct; ///< endoflife.date product id, e.g. "rhel"
    QString cycle;      ///< release cycle, e.g. "8"
    QString label;      ///< display name of the cycle, may be empty
    QDate releaseDate;
    SupportEnd activeSupport;   ///< end of active support (endoflife.date "support"/eoas)
    SupportEnd securitySupport; ///< EOSL (endoflife.date "eol")
    SupportEnd extendedSupport; ///< end of extended support (endoflife.date "extendedSupport"/eoes)
    bool lts = false;
    QString latest;     ///< latest version of the cycle, as text ("8.10" is not 8.1)
    QString sourceFile; ///< file it was imported from
    QDateTime importedAt;

    bool operator==(const ReleaseLifecycle &) const = default;
    /// Same dates, label, LTS flag and latest version; source and time are ignored (a re-import
    /// of the same data changes nothing).
    bool sameContent(const ReleaseLifecycle &other) const;
    /// The imported values, for the audit trail's before and after.
    QJsonObject toJson() const;
};

/// One date of a component's lifecycle and where it came from.
template<typename T>
struct Sourced
{
    T value{};
    LifecycleSource source;
    bool operator==(const Sourced &) const = default;
};

/// How a component is tied to an endoflife.date product and release cycle.
enum class TieKind {
    None,       ///< not tied: no lifecycle data can reach it
    Explicit,   ///< the component's own eol_product (and eol_cycle), from the CSV or the editor
    Remembered, ///< the user's confirmed choice for this vendor and product (EolMapping)
    ByName,     ///< automatic: the vendor and product name is a known name of the product
    ByCpe,      ///< automatic: the CPE vendor:product is an identifier of the product
};

QString toKey(TieKind k); ///< "", "explicit", "remembered", "name", "cpe"
std::optional<TieKind> tieKindFromKey(const QString &key);
QString displayName(TieKind k);

/// The endoflife.date product and release cycle a component's imported dates come from.
struct LifecycleTie
{
    QString eolProduct; ///< e.g. "rhel"; empty when no product was found
    QString cycle;      ///< e.g. "8"; empty when the product is known but no cycle fits the version
    TieKind kind = TieKind::None;

    /// Product and cycle known: imported dates can reach the component.
    bool isComplete() const { return !eolProduct.isEmpty() && !cycle.isEmpty(); }
    bool isAutomatic() const { return kind == TieKind::ByName || kind == TieKind::ByCpe; }
    bool operator==(const LifecycleTie &) const = default;
};

/// The effective lifecycle of a component: manual dates win over imported ones, field by field.
struct ComponentLifecycle
{
    qint64 componentId = 0;
    Sourced<QDate> releaseDate;
    Sourced<SupportEnd> activeSupport;
    Sourced<SupportEnd> securitySupport; ///< EOSL
    Sourced<SupportEnd> extendedSupport;
    bool extendedContract = false; ///< an extended-support contract covers this component
    LifecycleTie tie;              ///< where the imported dates come from
    int manualRowVersion = 0;      ///< version of the manual values (ManualLifecycle), 0 = none

    QJsonObject toJson() const;
    bool operator==(const ComponentLifecycle &) const = default;
};

/// The four dates of a lifecycle, for setting or clearing one of them by hand.
enum class LifecycleField { ReleaseDate, ActiveSupport, SecuritySupport, ExtendedSupport };

QString toKey(LifecycleField f); ///< "release_date", "active_support_end", "eosl", ...
QString displayName(LifecycleField f);

/// What was typed by hand for one component. A set field wins over the imported value; an unset
/// one (nullopt) lets the imported value through. Each set field remembers who set it and when.
struct ManualLifecycle
{
    qint64 componentId = 0;
    std::optional<QDate> releaseDate; ///< a valid date when set
    std::optional<SupportEnd> activeSupport;
    std::optional<SupportEnd> securitySupport; ///< EOSL
    std::optional<SupportEnd> extendedSupport;
    bool extendedContract = false;
    int rowVersion = 0; ///< optimistic-locking version; 0 = nothing stored yet

    /// Who set each field and when (Kind::Manual), filled in by the repository; ignored on save.
    LifecycleSource releaseSource;
    LifecycleSource activeSource;
    LifecycleSource securitySource;
    LifecycleSource extendedSource;

    bool hasOverride(LifecycleField f) const;
    /// The value of @p f as a SupportEnd (the release date as SupportEnd::on()); nullopt = unset.
    std::optional<SupportEnd> value(LifecycleField f) const;
    /// Sets (@p v given) or clears (nullopt) @p f. The release date takes only a date.
    void setValue(LifecycleField f, const std::optional<SupportEnd> &v);
    /// The values (not the sources or version), for the audit trail and comparisons.
    QJsonObject toJson() const;
    bool sameContent(const ManualLifecycle &other) const { return toJson() == other.toJson(); }
};

/// An endoflife.date product as imported: the v1 form brings its label, aliases and CPE/purl
/// identifiers; a v0 file only its id (the file name).
struct EolIdentifier
{
    QString type; ///< "cpe", "purl", "repology"
    QString id;   ///< e.g. "cpe:2.3:o:redhat:enterprise_linux"
    bool operator==(const EolIdentifier &) const = default;
};

struct EolProduct
{
    QString id;       ///< endoflife.date product id, e.g. "rhel"
    QString label;    ///< e.g. "Red Hat Enterprise Linux"; empty when only a v0 file was seen
    QString category; ///< os, database, lang, server-app...; may be empty
    QStringList aliases;
    QList<EolIdentifier> identifiers;
    QString sourceFile;
    QDateTime importedAt; ///< UTC

    /// The identifiers of one type ("cpe", "purl").
    QStringList identifiersOf(const QString &type) const;
    /// Label, category, aliases and identifiers (not source or time).
    QJsonObject toJson() const;
    bool sameContent(const EolProduct &other) const { return toJson() == other.toJson(); }
    bool operator==(const EolProduct &) const = default;
};

/// The user's choice of endoflife.date product for every component of one vendor and product
/// (matched case- and space-insensitively). An empty eolProduct records "not tracked on
/// endoflife.date", so that the mapping screen stops proposing a match.
struct EolMapping
{
    qint64 id = 0;
    QString vendor;
    QString product;
    QString eolProduct;
    QString confirmedBy;
    QDateTime confirmedAt; ///< UTC
    int rowVersion = 0;    ///< 0 until stored

    QJsonObject toJson() const;
};

enum class UpgradeDecisionKind {
    None,          ///< no decision yet
    Routine,       ///< routine upgrade, done by operations
    VendorProject, ///< budgeted project with a vendor
    Frozen,        ///< 塩漬け: not upgraded; needs compensating controls
};

QString toKey(UpgradeDecisionKind d); ///< "", "routine", "vendor_project", "frozen"
std::optional<UpgradeDecisionKind> upgradeDecisionFromKey(const QString &key);
QString displayName(UpgradeDecisionKind d);

struct UpgradeDecision
{
    qint64 componentId = 0;
    UpgradeDecisionKind decision = UpgradeDecisionKind::None;
    QString targetVersion;
    QDate targetDate;
    QString note;
    int rowVersion = 0;
    QString decidedBy;   ///< who saved it last (filled in by the repository)
    QDateTime updatedAt; ///< when, UTC (filled in by the repository)

    QJsonObject toJson() const;
    bool operator==(const UpgradeDecision &) const = default;
};

/// One component with its system and everything the roadmap, the dashboard and `report eosl`
/// show about it: read for all components at once (LifecycleRepository::rows()).
struct LifecycleRow
{
    Component component;
    QString systemCode;
    QString systemName;
    QString ownerTeam;
    LifecycleState systemState = LifecycleState::Active;
    ComponentLifecycle lifecycle; ///< effective: manual over imported, with sources and the tie
    UpgradeDecision decision;     ///< decision None and rowVersion 0 when none was taken
};

} // namespace pp
