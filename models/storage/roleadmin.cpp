#include "models/storage/roleadmin.h"

#include "models/storage/auditlog.h"
#include "models/storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>

namespace pp {
namespace {

Result<QString> scalar(const Database &db, const QString &sql)
{
    auto q = db.run(sql);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace

Status RoleAdmin::initRoles()
{
    if (m_db.dialect().isSqlite()) {
        return usage(tr("Roles are a PostgreSQL feature. An SQLite file has one local user, who "
                        "may change everything the file's permissions allow: make the file "
                        "read-only for people who may only look."));
    }
    auto schema = scalar(m_db, QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return schema.error();
    auto database = scalar(m_db, QStringLiteral("SELECT current_database()"));
    if (!database)
        return database.error();
    // GRANT by someone who does not own the tables only warns; say so instead.
    auto owner = scalar(m_db, QStringLiteral(
        "SELECT CASE WHEN bool_and(pg_has_role(current_user, tableowner, 'USAGE')) "
        "THEN 'yes' ELSE 'no' END FROM pg_tables WHERE schemaname = current_schema()"));
    if (!owner)
        return owner.error();
    if (*owner != QLatin1String("yes")) {
        return fail(tr("Only the owner of the Patch Planner tables in %1 (or a superuser) can set "
                       "up the roles; %2 is not.")
                        .arg(m_db.location(), m_db.actor()));
    }
    QSqlDriver *driver = m_db.connection().driver();
    const auto ident = [driver](const QString &name) {
        return driver->escapeIdentifier(name, QSqlDriver::TableName);
    };
    auto planColumns = m_db.run(QStringLiteral(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = 'plans' AND column_name <> 'status' "
        "ORDER BY ordinal_position"));
    if (!planColumns)
        return planColumns.error();
    QStringList columns;
    while (planColumns->next())
        columns << ident(planColumns->value(0).toString());
    if (columns.isEmpty())
        return fail(tr("%1 has no plans table; open it with Patch Planner once to create its "
                       "tables.").arg(m_db.location()));

    const QString s = ident(*schema);
    const QString viewer = viewerRole();
    const QString planner = plannerRole();
    const QString approver = approverRole();
    QStringList statements;
    // Granting what is already granted is fine, but PostgreSQL says so: keep that quiet.
    statements << QStringLiteral("SET LOCAL client_min_messages = warning");
    // CREATE ROLE has no IF NOT EXISTS.
    statements << QStringLiteral(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pp_viewer') THEN "
        "CREATE ROLE pp_viewer NOLOGIN; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pp_planner') THEN "
        "CREATE ROLE pp_planner NOLOGIN; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pp_approver') THEN "
        "CREATE ROLE pp_approver NOLOGIN; END IF; "
        "END $$");
    statements
        << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3, %4")
               .arg(ident(*database), viewer, planner, approver)
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3, %4")
               .arg(s, viewer, planner, approver)
        // Viewer: read everything.
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, viewer)
        << QStringLiteral("GRANT %1 TO %2, %3").arg(viewer, planner, approver)
        // Planner: write everything but the approvals, the plans' status and the audit trail's
        // past (audit entries are only ever added).
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
               .arg(s, planner)
        << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON approvals FROM %1").arg(planner)
        << QStringLiteral("REVOKE UPDATE, DELETE ON audit_log FROM %1").arg(planner)
        << QStringLiteral("REVOKE DELETE ON meta FROM %1").arg(planner)
        // Revoking UPDATE on the table also revokes it on every column; then the columns back.
        << QStringLiteral("REVOKE UPDATE ON plans FROM %1").arg(planner)
        << QStringLiteral("GRANT UPDATE (%1) ON plans TO %2")
               .arg(columns.join(QLatin1String(", ")), planner)
        // Approver: approvals, the plans' status, and what recording them in the trail needs.
        << QStringLiteral("GRANT INSERT, UPDATE ON approvals TO %1").arg(approver)
        << QStringLiteral("GRANT UPDATE (status, row_version, updated_at) ON plans TO %1")
               .arg(approver)
        << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(approver)
        << QStringLiteral("GRANT INSERT, UPDATE ON meta TO %1").arg(approver)
        // ... and approving a risk acceptance, which sets its finding to risk accepted.
        << QStringLiteral("GRANT UPDATE (approver, approved_at, updated_at, row_version) "
                          "ON risk_acceptances TO %1")
               .arg(approver)
        << QStringLiteral("GRANT UPDATE (state, decided_by, decided_at, updated_at, "
                          "row_version) ON findings TO %1")
               .arg(approver)
        << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2, %3")
               .arg(s, planner, approver);

    return m_db.transaction([&]() -> Status {
        for (const QString &sql : std::as_const(statements)) {
            if (auto q = m_db.run(sql); !q) {
                return Error{q.error().kind, tr("Setting up the roles failed: %1")
                                                 .arg(q.error().message)};
            }
        }
        const QJsonObject after{
            {QStringLiteral("roles"), QJsonArray{viewer, planner, approver}},
            {QStringLiteral("schema"), *schema},
        };
        return AuditLog(m_db).append(QStringLiteral("init-roles"), QStringLiteral("roles"), 0, {},
                                     after);
    });
}

Result<Capabilities> RoleAdmin::capabilities() const
{
    if (m_db.isReadOnly())
        return Capabilities::viewOnly();
    if (m_db.dialect().isSqlite())
        return Capabilities::everything();
    // Privileges rather than role names: they include inherited roles, owners and superusers.
    auto q = m_db.run(QStringLiteral(
        "SELECT has_table_privilege('systems', 'INSERT') AND has_table_privilege('systems', "
        "'UPDATE') AND has_table_privilege('audit_log', 'INSERT'), "
        "has_table_privilege('approvals', 'INSERT') AND has_column_privilege('plans', 'status', "
        "'UPDATE')"));
    if (!q)
        return q.error();
    if (!q->next())
        return fail(tr("Could not read your rights on %1.").arg(m_db.location()));
    Capabilities c;
    c.canEdit = q->value(0).toBool();
    c.canApprove = q->value(1).toBool();
    return c;
}

} // namespace pp
