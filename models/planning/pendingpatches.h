// What a pending patch needs (issue 5, item 5), as pure rules: the version an upgrade must
// reach to resolve a component's open findings, and the urgency a patch inherits from them.
#pragma once

#include "models/domain/version.h"
#include "models/domain/vulnerability.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace pp {

struct UpgradeTarget
{
    /// The highest of the findings' first fixed versions (versionEndExcluding); empty when no
    /// finding names one.
    QString targetVersion;
    /// Findings that only name their last affected version (versionEndIncluding) need a version
    /// above it: the highest such, when it is not below targetVersion ("later than 2.4.58").
    QString laterThan;
    /// Findings whose fix is unknown (neither bound): their count, so the UI can say so.
    int unknownFix = 0;
};

struct PatchUrgency
{
    QDate dueDate;                 ///< the earliest of the findings' due dates (null if none)
    Track track = Track::Regular;  ///< emergency when any finding is
};

class PendingPatches
{
    Q_DECLARE_TR_FUNCTIONS(PendingPatches)

public:
    /// Only open findings count (isOpen()); versions compared with @p scheme.
    static UpgradeTarget upgradeTarget(const QList<Finding> &findings, version::Scheme scheme);
    static PatchUrgency urgency(const QList<Finding> &openFindings);
    /// A title for a computed upgrade patch: "Upgrade Apache HTTP Server 2.4.57 to 2.4.62",
    /// "Upgrade ... to a version later than 2.4.58", "Upgrade ... (fixed version unknown)".
    static QString upgradeTitle(const QString &product, const QString &fromVersion,
                                const UpgradeTarget &target);
};

} // namespace pp
