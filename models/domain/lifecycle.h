// Lifecycle of a product release and of a component: release date, end of active support, end
// of security support (EOSL, the date that matters) and end of extended (paid) support; and the
// upgrade decision taken for a component.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

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
};

/// One date of a component's lifecycle and where it came from.
template<typename T>
struct Sourced
{
    T value{};
    LifecycleSource source;
    bool operator==(const Sourced &) const = default;
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

    QJsonObject toJson() const;
};

} // namespace pp
