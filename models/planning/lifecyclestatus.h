// Lifecycle status from the EOSL date and today (DESIGN.md section 3). Pure functions: no
// storage, no clock; today and the horizons are passed in.
#pragma once

#include "models/domain/lifecycle.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

/// The horizons, in days before EOSL, from nearest to farthest. A setting the user can change.
struct LifecycleHorizons
{
    int d30 = 30;
    int d90 = 90;
    int d180 = 180;
    int d365 = 365;

    /// Four positive, strictly increasing numbers.
    bool isValid() const { return 0 < d30 && d30 < d90 && d90 < d180 && d180 < d365; }
    int longest() const { return d365; }
    bool operator==(const LifecycleHorizons &) const = default;
};

enum class EoslStatus {
    Past,      ///< today is after the EOSL date, or support has ended on an unknown date
    Within30,  ///< EOSL within the first horizon (0 on the day itself)
    Within90,
    Within180,
    Within365,
    Supported, ///< beyond the farthest horizon, or no end announced
    Unknown,   ///< no lifecycle data
};

/// "past", "d30", "d90", "d180", "d365", "supported", "unknown": the report's stable keys. The
/// keys name the default horizons even when the user changed their lengths.
QString toKey(EoslStatus s);
std::optional<EoslStatus> eoslStatusFromKey(const QString &key);
/// Translated label, e.g. "Ends within 90 days" (with the horizon's actual length).
QString displayName(EoslStatus s, const LifecycleHorizons &horizons = {});

struct EoslAssessment
{
    EoslStatus status = EoslStatus::Unknown;
    std::optional<int> daysLeft; ///< EOSL - today in days (negative when past); only for a date
};

/// The status of a component whose security support ends at @p eosl, on @p today. The EOSL date
/// is the last supported day: past means today is after it; days left = EOSL - today (0 on the
/// day itself, in the nearest band).
EoslAssessment assessEosl(const SupportEnd &eosl, QDate today, const LifecycleHorizons &horizons);

/// True when a component needs an upgrade decision and has none: it is past EOSL or ends within
/// the farthest horizon.
bool needsDecision(EoslStatus status, UpgradeDecisionKind decision);

} // namespace pp
