// Roles on a shared PostgreSQL database: the group roles that carry the viewer, planner and
// approver rights, and what the connected user turns out to be allowed.
#pragma once

#include "models/capabilities.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pp {

class Database;

/// Creates and grants the three NOLOGIN group roles (DESIGN.md: viewer, planner, approver):
/// - pp_viewer: SELECT on every table of the schema;
/// - pp_planner: pp_viewer plus INSERT, UPDATE and DELETE on every table except approvals,
///   UPDATE on every column of plans except status, INSERT only on audit_log; the sequences;
/// - pp_approver: pp_viewer plus INSERT and UPDATE on approvals, UPDATE of plans.status (with
///   row_version and updated_at), and the INSERT on audit_log and meta that recording it needs.
/// An administrator then grants them to login roles (GRANT pp_planner TO alice). The database
/// enforces them; capabilities() reads them back for the window.
class RoleAdmin
{
    Q_DECLARE_TR_FUNCTIONS(RoleAdmin)

public:
    explicit RoleAdmin(Database &db) : m_db(db) { }

    static QString viewerRole() { return QStringLiteral("pp_viewer"); }
    static QString plannerRole() { return QStringLiteral("pp_planner"); }
    static QString approverRole() { return QStringLiteral("pp_approver"); }

    /// Creates the roles that are missing and (re)grants their privileges on the tables as they
    /// are now, in one transaction, recorded in the audit trail. Safe to run again, and to be run
    /// again after an upgrade that added tables. Needs the tables' owner (or a superuser) with
    /// the CREATEROLE right. A Usage error on SQLite, which has no roles.
    Status initRoles();

    /// The rights of the connected user: on PostgreSQL from its table privileges (so a superuser
    /// or the owner may do everything); on SQLite everything, unless the file is read-only.
    Result<Capabilities> capabilities() const;

private:
    Database &m_db;
};

} // namespace pp
