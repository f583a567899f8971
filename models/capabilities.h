// What the user of the open database may do: the value the window shows and hides its actions
// by. Detected once per connection (RoleAdmin::capabilities()); the database itself enforces it.
#pragma once

#include <QString>

namespace pp {

/// The rights of the three roles of DESIGN.md: a viewer may look, a planner may also change the
/// inventory and the plans, an approver may record approvals and set a plan's status. On
/// PostgreSQL they follow the database roles pp_viewer, pp_planner and pp_approver (see
/// RoleAdmin); an SQLite file has one local user, who may do everything unless the file is
/// read-only.
struct Capabilities
{
    bool canEdit = false;    ///< add, change and delete records (planner)
    bool canApprove = false; ///< record approvals and set a plan's status (approver)

    /// The single local user of a writable SQLite file; a PostgreSQL superuser or table owner.
    static Capabilities everything() { return {true, true}; }
    /// A read-only file or connection; a pp_viewer.
    static Capabilities viewOnly() { return {}; }

    bool operator==(const Capabilities &) const = default;

    /// "viewer", "planner", "approver" or "planner+approver": stable, for logs and scripts.
    QString roleKey() const;
    /// The same, translated, for the status bar.
    QString roleName() const;
};

} // namespace pp
