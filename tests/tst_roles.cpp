// Access to a shared database: the viewer, planner and approver roles that `admin init-roles`
// sets up on PostgreSQL and that the database enforces (users alice, bob and carol are created
// on the test server and connect as themselves; the server trusts local connections), the
// capabilities the window reads back, and the connection options of File > Connect to shared
// database (TLS mode in the URL, a password that never lands in the location, ~/.pgpass).
// On SQLite: a single local user who may do everything, unless the file is read-only.
#include "testsupport.h"

#include "models/capabilities.h"
#include "models/storage/auditlog.h"
#include "models/storage/pgpass.h"
#include "models/storage/roleadmin.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace pp;

class tst_Roles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // SQLite
    void sqliteUserMayDoEverything();
    void readOnlySqliteFileIsAViewer();
    void initRolesIsAPostgresFeature();
    void commandLineOnSqliteIsAUsageError();

    // Connection options, both backends
    void badUrlParametersAreUsageErrors_data();
    void badUrlParametersAreUsageErrors();
    void pgpassLookup_data();
    void pgpassLookup();
    void storedPasswordFollowsLibpqRules();

    // PostgreSQL
    void initRolesIsIdempotentAndAudited();
    void capabilitiesFollowTheRoles();
    void viewerMayNotWrite();
    void plannerEditsButMayNotApprove();
    void approverApprovesButMayNotEdit();
    void nonOwnerCannotInitRoles();
    void commandLineInitRolesPrintsGrants();
    void sslModeReachesTheDriver();
    void passwordStaysOutOfTheLocation();

private:
    /// The test database as @p user (a LOGIN role created by initUsers()).
    std::unique_ptr<Database> connectAs(const QString &user);
    /// Roles set up, alice a viewer, bob a planner, carol an approver.
    void setUpRoles();
    qint64 insertPlan();
    int runApp(const QStringList &args, QString *out = nullptr, QString *err = nullptr);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_admin; ///< the test server's superuser: owns the tables
};

#define PP_POSTGRES_ONLY()                                                                         \
    do {                                                                                           \
        if (!pp::test::isPostgres())                                                               \
            QSKIP("about PostgreSQL roles (runs as tst_roles_psql)");                              \
    } while (false)

void tst_Roles::initTestCase()
{
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
}

void tst_Roles::init()
{
    m_dir = new QTemporaryDir;
    m_admin = test::openTemp(*m_dir);
    QVERIFY(m_admin);
}

void tst_Roles::cleanup()
{
    m_admin.reset();
    delete m_dir;
    m_dir = nullptr;
}

std::unique_ptr<Database> tst_Roles::connectAs(const QString &user)
{
    QUrl url(m_admin->location());
    url.setUserName(user);
    auto db = Database::open(url.toString());
    if (!db) {
        qWarning("cannot connect as %s: %s", qPrintable(user), qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(*db);
}

void tst_Roles::setUpRoles()
{
    PP_VERIFY_OK(RoleAdmin(*m_admin).initRoles());
    // Login roles are cluster-wide: create them once, grant on every run.
    PP_VERIFY_OK(m_admin->run(QStringLiteral(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN CREATE ROLE alice "
        "LOGIN; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bob') THEN CREATE ROLE bob "
        "LOGIN; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'carol') THEN CREATE ROLE carol "
        "LOGIN; END IF; END $$")));
    for (const char *grant : {"GRANT pp_viewer TO alice", "GRANT pp_planner TO bob",
                              "GRANT pp_approver TO carol"})
        PP_VERIFY_OK(m_admin->run(QString::fromLatin1(grant)));
}

qint64 tst_Roles::insertPlan()
{
    auto q = m_admin->run(QStringLiteral(
        "INSERT INTO plans (title, plan_type, window_start, window_end, author, created_at, "
        "updated_at) VALUES ('May patch night', 'regular', '2025-05-10T22:00:00Z', "
        "'2025-05-11T04:00:00Z', 'bob', '2025-05-01T09:00:00Z', '2025-05-01T09:00:00Z') "
        "RETURNING id"));
    if (!q || !q->next())
        return 0;
    return q->value(0).toLongLong();
}

int tst_Roles::runApp(const QStringList &args, QString *out, QString *err)
{
    QProcess p;
    p.start(QStringLiteral(PP_APP), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// --- SQLite -------------------------------------------------------------------------------------

void tst_Roles::sqliteUserMayDoEverything()
{
    PP_SQLITE_ONLY();
    auto caps = RoleAdmin(*m_admin).capabilities();
    PP_VERIFY_OK(caps);
    QCOMPARE(*caps, Capabilities::everything());
    QCOMPARE(caps->roleKey(), QStringLiteral("planner+approver"));
    Workspace ws;
    ws.setDatabase(std::move(m_admin));
    QVERIFY(ws.canEdit());
    QVERIFY(ws.capabilities().canApprove);
    ws.close();
    QVERIFY(!ws.canEdit());
    QCOMPARE(ws.capabilities(), Capabilities::viewOnly());
}

void tst_Roles::readOnlySqliteFileIsAViewer()
{
    PP_SQLITE_ONLY();
    const QString path = m_admin->location();
    m_admin.reset();
    {
        Database::Options options;
        options.readOnly = true;
        Workspace ws;
        PP_VERIFY_OK(ws.open(path, options));
        QCOMPARE(ws.capabilities(), Capabilities::viewOnly());
        QVERIFY(!ws.canEdit());
    }
    // A file the user may not write (root may write anything: then only the above is checked).
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    if (QFileInfo(path).isWritable()) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return;
    }
    Workspace ws;
    PP_VERIFY_OK(ws.open(path));
    QVERIFY(ws.isReadOnly());
    QCOMPARE(ws.capabilities(), Capabilities::viewOnly());
    QCOMPARE(ws.capabilities().roleKey(), QStringLiteral("viewer"));
    QVERIFY(!ws.canEdit());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_Roles::initRolesIsAPostgresFeature()
{
    PP_SQLITE_ONLY();
    const Status st = RoleAdmin(*m_admin).initRoles();
    QVERIFY(!st);
    QCOMPARE(st.error().kind, ErrorKind::Usage);
    QVERIFY2(st.error().message.contains(QStringLiteral("PostgreSQL")),
             qPrintable(st.error().message));
}

void tst_Roles::commandLineOnSqliteIsAUsageError()
{
    PP_SQLITE_ONLY();
    QString out;
    QString err;
    const int code = runApp({QStringLiteral("--db"), m_admin->location(), QStringLiteral("admin"),
                             QStringLiteral("init-roles")},
                            &out, &err);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("PostgreSQL")), qPrintable(err));
    QVERIFY(out.isEmpty());
    QCOMPARE(runApp({QStringLiteral("--db"), m_admin->location(), QStringLiteral("admin"),
                     QStringLiteral("frobnicate")}),
             2);
}

// --- Connection options --------------------------------------------------------------------------

void tst_Roles::badUrlParametersAreUsageErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown TLS mode")
        << "postgresql://alice@127.0.0.1:1/pp?sslmode=always" << "unknown TLS mode 'always'";
    QTest::newRow("unknown parameter")
        << "postgresql://alice@127.0.0.1:1/pp?application_name=x"
        << "unknown parameter 'application_name'";
    QTest::newRow("no database") << "postgresql://alice@127.0.0.1:1/" << "not a valid address";
}

void tst_Roles::badUrlParametersAreUsageErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    auto db = Database::open(url);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Usage);
    QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
}

void tst_Roles::pgpassLookup_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected"); // "-" for none

    const QString file = QStringLiteral(
        "# Patch Planner servers\n"
        "db.example.jp:5432:patchplanner:alice:s3cret\n"
        "db.example.jp:5432:*:bob:pa\\:ss\\\\word\r\n"
        "*:*:*:carol:wildcard\n"
        "db.example.jp:5433:patchplanner:alice:other-port\n"
        "db.example.jp:5432:patchplanner:alice:second-match\n"
        "broken line without fields\n");
    QTest::newRow("exact") << file << "db.example.jp" << 5432 << "patchplanner" << "alice"
                           << "s3cret";
    QTest::newRow("escapes") << file << "db.example.jp" << 5432 << "anything" << "bob"
                             << "pa:ss\\word";
    QTest::newRow("wildcards") << file << "elsewhere" << 6000 << "x" << "carol" << "wildcard";
    QTest::newRow("port") << file << "db.example.jp" << 5433 << "patchplanner" << "alice"
                          << "other-port";
    QTest::newRow("no match") << file << "db.example.jp" << 5432 << "patchplanner" << "dave"
                              << "-";
    QTest::newRow("other host") << file << "db2.example.jp" << 5432 << "patchplanner" << "alice"
                                << "-";
    QTest::newRow("empty file") << QString() << "db.example.jp" << 5432 << "patchplanner"
                                << "alice" << "-";
}

void tst_Roles::pgpassLookup()
{
    QFETCH(QString, file);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, expected);
    const std::optional<QString> found = PgPass::lookup(file, host, port, database, user);
    if (expected == QLatin1String("-"))
        QVERIFY(!found.has_value());
    else
        QCOMPARE(found.value_or(QStringLiteral("<none>")), expected);
}

void tst_Roles::storedPasswordFollowsLibpqRules()
{
    const QString path = m_dir->filePath(QStringLiteral("pgpass"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("db.example.jp:5432:patchplanner:alice:s3cret\n");
    }
    qputenv("PGPASSFILE", path.toLocal8Bit());
    QCOMPARE(PgPass::passwordFilePath(), path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(PgPass::hasStoredPassword(QStringLiteral("db.example.jp"), 5432,
                                      QStringLiteral("patchplanner"), QStringLiteral("alice")));
    QVERIFY(!PgPass::hasStoredPassword(QStringLiteral("db.example.jp"), 5432,
                                       QStringLiteral("patchplanner"), QStringLiteral("bob")));
    // libpq ignores a password file others may read: so does the dialog.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                            | QFile::ReadOther));
    QVERIFY(!PgPass::hasStoredPassword(QStringLiteral("db.example.jp"), 5432,
                                       QStringLiteral("patchplanner"), QStringLiteral("alice")));
    qputenv("PGPASSWORD", "from-the-environment");
    QVERIFY(PgPass::hasStoredPassword(QStringLiteral("db.example.jp"), 5432,
                                      QStringLiteral("patchplanner"), QStringLiteral("bob")));
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
}

// --- PostgreSQL ---------------------------------------------------------------------------------

void tst_Roles::initRolesIsIdempotentAndAudited()
{
    PP_POSTGRES_ONLY();
    const int before = *AuditLog(*m_admin).count({});
    PP_VERIFY_OK(RoleAdmin(*m_admin).initRoles());
    PP_VERIFY_OK(RoleAdmin(*m_admin).initRoles()); // again: same roles, same grants
    auto roles = m_admin->run(QStringLiteral(
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'pp\\_%' ORDER BY rolname"));
    PP_VERIFY_OK(roles);
    QStringList names;
    while (roles->next()) {
        names << roles->value(0).toString();
        QVERIFY(!roles->value(1).toBool()); // group roles: NOLOGIN
    }
    QCOMPARE(names, (QStringList{QStringLiteral("pp_approver"), QStringLiteral("pp_planner"),
                                 QStringLiteral("pp_viewer")}));
    QCOMPARE(*AuditLog(*m_admin).count({}), before + 2);
    AuditFilter filter;
    filter.action = QStringLiteral("init-roles");
    QCOMPARE(*AuditLog(*m_admin).count(filter), 2);
    QVERIFY(AuditLog(*m_admin).verify()->intact);
}

void tst_Roles::capabilitiesFollowTheRoles()
{
    PP_POSTGRES_ONLY();
    setUpRoles();
    // The superuser (owner) may do everything.
    QCOMPARE(*RoleAdmin(*m_admin).capabilities(), Capabilities::everything());
    const QList<std::pair<QString, Capabilities>> expected{
        {QStringLiteral("alice"), Capabilities{false, false}},
        {QStringLiteral("bob"), Capabilities{true, false}},
        {QStringLiteral("carol"), Capabilities{false, true}},
    };
    for (const auto &[user, caps] : expected) {
        auto db = connectAs(user);
        QVERIFY(db);
        QCOMPARE(db->actor(), user);
        auto found = RoleAdmin(*db).capabilities();
        PP_VERIFY_OK(found);
        QVERIFY2(*found == caps, qPrintable(user + QLatin1Char(' ') + found->roleKey()));
    }
    // The window reads them through the Workspace.
    Workspace ws;
    ws.setDatabase(connectAs(QStringLiteral("alice")));
    QVERIFY(!ws.canEdit());
    QCOMPARE(ws.capabilities().roleName(), QStringLiteral("viewer"));
    ws.setDatabase(connectAs(QStringLiteral("bob")));
    QVERIFY(ws.canEdit());
    QCOMPARE(ws.capabilities().roleName(), QStringLiteral("planner"));
    ws.setDatabase(connectAs(QStringLiteral("carol")));
    QCOMPARE(ws.capabilities().roleName(), QStringLiteral("approver"));
}

void tst_Roles::viewerMayNotWrite()
{
    PP_POSTGRES_ONLY();
    setUpRoles();
    System s;
    s.code = QStringLiteral("CRM");
    s.name = QStringLiteral("Customer relations");
    PP_VERIFY_OK(SystemRepository(*m_admin).insert(s));

    auto alice = connectAs(QStringLiteral("alice"));
    QVERIFY(alice);
    auto all = SystemRepository(*alice).findAll(); // reading is fine
    PP_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);

    System mine = all->first();
    mine.ownerTeam = QStringLiteral("Finance IT");
    auto updated = SystemRepository(*alice).update(mine);
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, ErrorKind::Failed);
    QVERIFY2(updated.error().message.contains(QStringLiteral("may not")),
             qPrintable(updated.error().message));
    System another;
    another.code = QStringLiteral("ERP");
    another.name = QStringLiteral("Enterprise resources");
    auto inserted = SystemRepository(*alice).insert(another);
    QVERIFY(!inserted);
    QVERIFY(inserted.error().message.contains(QStringLiteral("may not")));
    // Nothing changed, and the trail is whole.
    QCOMPARE(SystemRepository(*m_admin).findAll()->size(), 1);
    QVERIFY(AuditLog(*m_admin).verify()->intact);
}

void tst_Roles::plannerEditsButMayNotApprove()
{
    PP_POSTGRES_ONLY();
    setUpRoles();
    const qint64 plan = insertPlan();
    QVERIFY(plan > 0);
    auto bob = connectAs(QStringLiteral("bob"));
    QVERIFY(bob);

    // Systems: add, edit, delete, each with its audit entry.
    System s;
    s.code = QStringLiteral("WEB");
    s.name = QStringLiteral("Corporate web site");
    auto stored = SystemRepository(*bob).insert(s);
    PP_VERIFY_OK(stored);
    System edited = *stored;
    edited.exposure = Exposure::Internet;
    auto updated = SystemRepository(*bob).update(edited);
    PP_VERIFY_OK(updated);
    QCOMPARE(updated->exposure, Exposure::Internet);
    PP_VERIFY_OK(SystemRepository(*bob).remove(updated->id, updated->rowVersion));

    // Plans: every column but the status.
    PP_VERIFY_OK(bob->run(QStringLiteral("UPDATE plans SET title = ? WHERE id = ?"),
                          {QStringLiteral("May patch night (DB first)"), plan}));
    auto status = bob->run(QStringLiteral("UPDATE plans SET status = 'approved' WHERE id = ?"),
                           {plan});
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(QStringLiteral("may not")),
             qPrintable(status.error().message));
    // Approvals: not at all.
    auto approval = bob->run(QStringLiteral("INSERT INTO approvals (plan_id, approver, decision, "
                                            "decided_at) VALUES (?, 'bob', 'approved', ?)"),
                             {plan, Database::nowUtc()});
    QVERIFY(!approval);
    QCOMPARE(approval.error().kind, ErrorKind::Failed);
    QVERIFY2(approval.error().message.contains(QStringLiteral("may not")),
             qPrintable(approval.error().message));
    // The audit trail's past is out of reach.
    QVERIFY(!bob->run(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!bob->run(QStringLiteral("UPDATE audit_log SET actor = 'nobody'")));
    QVERIFY(AuditLog(*m_admin).verify()->intact);
}

void tst_Roles::approverApprovesButMayNotEdit()
{
    PP_POSTGRES_ONLY();
    setUpRoles();
    const qint64 plan = insertPlan();
    System s;
    s.code = QStringLiteral("HR");
    s.name = QStringLiteral("Human resources");
    auto stored = SystemRepository(*m_admin).insert(s);
    PP_VERIFY_OK(stored);

    auto carol = connectAs(QStringLiteral("carol"));
    QVERIFY(carol);
    PP_VERIFY_OK(carol->run(QStringLiteral("INSERT INTO approvals (plan_id, approver, decision, "
                                           "decided_at) VALUES (?, 'carol', 'approved', ?)"),
                            {plan, Database::nowUtc()}));
    PP_VERIFY_OK(carol->run(QStringLiteral("UPDATE plans SET status = 'approved', "
                                           "row_version = row_version + 1, updated_at = ? "
                                           "WHERE id = ?"),
                            {Database::nowUtc(), plan}));
    // Recording it in the audit trail works too.
    PP_VERIFY_OK(carol->transaction([&]() -> Status {
        return AuditLog(*carol).append(QStringLiteral("approve"), QStringLiteral("plan"), plan, {},
                                       QJsonObject{{QStringLiteral("status"),
                                                    QStringLiteral("approved")}});
    }));
    QVERIFY(!carol->run(QStringLiteral("UPDATE plans SET title = 'x' WHERE id = ?"), {plan}));
    System mine = *stored;
    mine.name = QStringLiteral("HR portal");
    auto updated = SystemRepository(*carol).update(mine);
    QVERIFY(!updated);
    QVERIFY(updated.error().message.contains(QStringLiteral("may not")));
    QVERIFY(AuditLog(*m_admin).verify()->intact);
}

void tst_Roles::nonOwnerCannotInitRoles()
{
    PP_POSTGRES_ONLY();
    setUpRoles();
    auto bob = connectAs(QStringLiteral("bob"));
    QVERIFY(bob);
    const Status st = RoleAdmin(*bob).initRoles();
    QVERIFY(!st);
    QCOMPARE(st.error().kind, ErrorKind::Failed);
    QVERIFY2(st.error().message.contains(QStringLiteral("owner")), qPrintable(st.error().message));
}

void tst_Roles::commandLineInitRolesPrintsGrants()
{
    PP_POSTGRES_ONLY();
    QString out;
    QString err;
    const int code = runApp({QStringLiteral("--db"), m_admin->location(), QStringLiteral("admin"),
                             QStringLiteral("init-roles")},
                            &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    for (const char *expected : {"pp_viewer", "pp_planner", "pp_approver",
                                 "GRANT pp_planner TO bob;"})
        QVERIFY2(out.contains(QString::fromLatin1(expected)), qPrintable(out));
    // Again: still fine.
    QCOMPARE(runApp({QStringLiteral("--db"), m_admin->location(), QStringLiteral("admin"),
                     QStringLiteral("init-roles")}),
             0);
}

void tst_Roles::sslModeReachesTheDriver()
{
    PP_POSTGRES_ONLY();
    QUrl url(m_admin->location());
    url.setQuery(QStringLiteral("sslmode=disable"));
    auto plain = Database::open(url.toString());
    PP_VERIFY_OK(plain);
    QCOMPARE((*plain)->location(), url.toString()); // kept, for the recent files
    // The test server has no TLS: requiring it must fail, and say why.
    url.setQuery(QStringLiteral("sslmode=require"));
    auto tls = Database::open(url.toString());
    QVERIFY(!tls);
    QCOMPARE(tls.error().kind, ErrorKind::Failed);
    QVERIFY2(tls.error().message.contains(QStringLiteral("TLS")), qPrintable(tls.error().message));
}

void tst_Roles::passwordStaysOutOfTheLocation()
{
    PP_POSTGRES_ONLY();
    QUrl url(m_admin->location());
    url.setPassword(QStringLiteral("not-for-the-settings"));
    auto db = Database::open(url.toString()); // the test server trusts: any password does
    PP_VERIFY_OK(db);
    QVERIFY(!(*db)->location().contains(QStringLiteral("not-for-the-settings")));
    QCOMPARE((*db)->location(), m_admin->location());
    Database::Options options;
    options.password = QStringLiteral("typed-in-the-dialog");
    auto typed = Database::open(m_admin->location(), options);
    PP_VERIFY_OK(typed);
    QCOMPARE((*typed)->location(), m_admin->location());
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_roles.moc"
