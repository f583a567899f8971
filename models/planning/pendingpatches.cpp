#include "models/planning/pendingpatches.h"

namespace pp {

UpgradeTarget PendingPatches::upgradeTarget(const QList<Finding> &findings,
                                            version::Scheme scheme)
{
    UpgradeTarget t;
    for (const Finding &f : findings) {
        if (!isOpen(f.state))
            continue;
        if (!f.fixedVersion.isEmpty()) {
            if (t.targetVersion.isEmpty()
                || version::compare(scheme, f.fixedVersion, t.targetVersion) > 0)
                t.targetVersion = f.fixedVersion;
        } else if (!f.lastAffectedVersion.isEmpty()) {
            if (t.laterThan.isEmpty()
                || version::compare(scheme, f.lastAffectedVersion, t.laterThan) > 0)
                t.laterThan = f.lastAffectedVersion;
        } else {
            ++t.unknownFix;
        }
    }
    // The target already lies above a lower "last affected" version, so that finding needs
    // nothing more; one at or above the target means the target is not enough.
    if (!t.laterThan.isEmpty() && !t.targetVersion.isEmpty()
        && version::compare(scheme, t.laterThan, t.targetVersion) < 0)
        t.laterThan.clear();
    return t;
}

PatchUrgency PendingPatches::urgency(const QList<Finding> &openFindings)
{
    PatchUrgency u;
    for (const Finding &f : openFindings) {
        // The caller passes open findings; a closed one slipping in must not set a date.
        if (!isOpen(f.state))
            continue;
        if (f.dueDate.isValid() && (!u.dueDate.isValid() || f.dueDate < u.dueDate))
            u.dueDate = f.dueDate;
        if (f.track == Track::Emergency)
            u.track = Track::Emergency;
    }
    return u;
}

QString PendingPatches::upgradeTitle(const QString &product, const QString &fromVersion,
                                     const UpgradeTarget &target)
{
    const QString what = fromVersion.isEmpty()
        ? product
        : tr("%1 %2", "product and version").arg(product, fromVersion);
    if (!target.laterThan.isEmpty())
        return tr("Upgrade %1 to a version later than %2").arg(what, target.laterThan);
    if (!target.targetVersion.isEmpty())
        return tr("Upgrade %1 to %2").arg(what, target.targetVersion);
    return tr("Upgrade %1 (fixed version unknown)").arg(what);
}

} // namespace pp
