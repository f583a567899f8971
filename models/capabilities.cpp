#include "models/capabilities.h"

#include "models/tr.h"

namespace pp {

QString Capabilities::roleKey() const
{
    if (canEdit && canApprove)
        return QStringLiteral("planner+approver");
    if (canEdit)
        return QStringLiteral("planner");
    if (canApprove)
        return QStringLiteral("approver");
    return QStringLiteral("viewer");
}

QString Capabilities::roleName() const
{
    if (canEdit && canApprove)
        return Tr::tr("planner and approver");
    if (canEdit)
        return Tr::tr("planner");
    if (canApprove)
        return Tr::tr("approver");
    return Tr::tr("viewer");
}

} // namespace pp
