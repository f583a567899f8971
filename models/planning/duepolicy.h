// The due date and the track of a finding (DESIGN.md section 3). One place for the rule; the
// numbers are settings (SettingsRepository::duePolicy()).
//
// Due date = the earliest of the rules that apply, and the finding names it:
//   KEV: the catalog's due date (or date added + kevDays when it has none);
//   internet-facing: critical internetCriticalDays, high internetHighDays from detection;
//   otherwise: critical criticalDays, high highDays, medium mediumDays, low lowDays.
//   A vulnerability without a severity counts as medium (rule Unscored) so that it is never
//   forgotten; severity none sets no date unless KEV does.
// Track: emergency when known exploited (KEV) and the component is exposed (its system is
// internet-facing, or internal on a tier 1-2 system), or when CVSS >= emergencyCvss on an
// internet-facing system; regular otherwise. The reason lists the inputs.
#pragma once

#include "models/domain/enums.h"
#include "models/domain/vulnerability.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace pp {

struct DuePolicy
{
    int kevDays = 14;
    int internetCriticalDays = 15;
    int internetHighDays = 30;
    int criticalDays = 30;
    int highDays = 30;
    int mediumDays = 90;
    int lowDays = 180;
    double emergencyCvss = 9.0;
    /// Tiers up to this one (1 = highest) count as exposed when internal.
    int exposedInternalMaxTier = 2;

    /// Every day count 1..3650, emergencyCvss 0..10, tier 1..4.
    bool isValid() const;
    bool operator==(const DuePolicy &) const = default;
};

/// What the rule looks at.
struct DueInputs
{
    QDate detected;                ///< the day the finding was first matched
    std::optional<KevEntry> kev;   ///< known exploited
    Severity severity = Severity::Unknown;
    std::optional<double> cvss;    ///< preferred metric's base score
    Exposure exposure = Exposure::Internal;
    int criticality = 3;           ///< the system's tier
};

struct DueDecision
{
    QDate dueDate;        ///< null when no rule applies (severity none, not KEV)
    DueRule rule = DueRule::Unscored;
    Track track = Track::Regular;
    /// The inputs and the outcome in words, e.g. "known exploited (KEV); internet-facing;
    /// tier 2; critical (CVSS 9.8): emergency". Translated.
    QString trackReason;
    bool operator==(const DueDecision &) const = default;
};

class DueRules
{
    Q_DECLARE_TR_FUNCTIONS(DueRules)

public:
    static DueDecision decide(const DueInputs &in, const DuePolicy &policy);
    /// Severity to decide by: the preferred metric's, else JVN's word, else Unknown.
    static Severity effectiveSeverity(const Vulnerability &v);
};

} // namespace pp
