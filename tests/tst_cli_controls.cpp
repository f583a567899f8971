// The command-line contract of issue 6: report frozen and report due, with their exact keys,
// run as a separate process the way scripts run it, on the demo estate with the endoflife.date
// sample; and a report lapsing a risk acceptance past its expiry.
#include "testsupport.h"

#include "models/storage/controlrepository.h"
#include "models/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace pp;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

const QString kData = QStringLiteral(PP_TEST_DATA);

} // namespace

class tst_CliControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportFrozen();
    void reportFrozenCsvAndTable();
    void reportDue();
    void reportLapsesExpiredAcceptances();
    void usage();

private:
    Run run(const QStringList &args);
    Run runDb(const QStringList &args) { return run(QStringList{QStringLiteral("--db"), m_db} + args); }
    QJsonArray json(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_CliControls::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), m_dir.path());
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    e.insert(QStringLiteral("PP_USER"), QStringLiteral("cli-tester"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PP_APP), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForFinished(240000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonArray tst_CliControls::json(const QStringList &args)
{
    const Run r = runDb(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (r.status != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

void tst_CliControls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::location(m_dir, QStringLiteral("cli-controls"));
    const Run demo = run({QStringLiteral("demo"), m_db});
    QVERIFY2(demo.status == 0, demo.err.constData());
    const Run eol = runDb({QStringLiteral("import"), QStringLiteral("endoflife"),
                           kData + QStringLiteral("/endoflife-v0")});
    QVERIFY2(eol.status == 0, eol.err.constData());
}

void tst_CliControls::reportFrozen()
{
    const QJsonArray rows = json({QStringLiteral("report"), QStringLiteral("frozen")});
    QVERIFY(rows.size() > 20);
    const QStringList keys{QStringLiteral("system_code"), QStringLiteral("component_kind"),
                           QStringLiteral("product"),     QStringLiteral("version"),
                           QStringLiteral("eosl"),        QStringLiteral("status"),
                           QStringLiteral("controls"),    QStringLiteral("next_due"),
                           QStringLiteral("gaps")};
    QSet<QString> systems;
    bool sawWindows7 = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QStringList got = o.keys();
        got.sort();
        QStringList want = keys;
        want.sort();
        QCOMPARE(got, want);
        QVERIFY(o.value(QStringLiteral("controls")).isArray());
        QVERIFY(o.value(QStringLiteral("gaps")).isArray());
        systems.insert(o.value(QStringLiteral("system_code")).toString());
        if (o.value(QStringLiteral("product")).toString() == QLatin1String("Windows 7 Professional")) {
            sawWindows7 = true;
            QCOMPARE(o.value(QStringLiteral("system_code")).toString(), QStringLiteral("OT-01"));
            QCOMPARE(o.value(QStringLiteral("eosl")).toString(), QStringLiteral("2020-01-14"));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("past"));
            const QJsonArray gaps = o.value(QStringLiteral("gaps")).toArray();
            QVERIFY(gaps.contains(QStringLiteral("eosl_without_support")));
            QVERIFY(gaps.contains(QStringLiteral("acceptance_expired")));
            QVERIFY(gaps.contains(QStringLiteral("control_overdue")));
            QVERIFY(o.value(QStringLiteral("controls")).toArray()
                        .contains(QStringLiteral("network_isolation")));
            QVERIFY(!o.value(QStringLiteral("next_due")).toString().isEmpty());
        }
        if (o.value(QStringLiteral("system_code")).toString() == QLatin1String("MFG-01"))
            QVERIFY(o.value(QStringLiteral("gaps")).toArray().isEmpty());
    }
    QVERIFY(sawWindows7);
    QCOMPARE(systems, (QSet<QString>{QStringLiteral("EDI-02"), QStringLiteral("MFG-01"),
                                     QStringLiteral("OT-01"), QStringLiteral("QMS-01")}));
}

void tst_CliControls::reportFrozenCsvAndTable()
{
    const Run csv = runDb({QStringLiteral("report"), QStringLiteral("frozen"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.status, 0);
    QVERIFY(csv.out.startsWith("system_code,component_kind,product,version,eosl,status,controls,"
                               "next_due,gaps"));
    QVERIFY(csv.out.contains("eosl_without_support;acceptance_expired;control_overdue"));
    const QString file = m_dir.filePath(QStringLiteral("frozen.txt"));
    const Run table = runDb({QStringLiteral("report"), QStringLiteral("frozen"),
                             QStringLiteral("-o"), file});
    QCOMPARE(table.status, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("QMS-01"));
}

void tst_CliControls::reportDue()
{
    const QJsonArray all = json({QStringLiteral("report"), QStringLiteral("due")});
    QVERIFY(all.size() >= 3 * 40); // every system's cadences, and the periodic controls
    bool overdueEnded = false;
    bool sawControl = false;
    QString previous;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        QStringList got = o.keys();
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("kind"), QStringLiteral("next_due"),
                                   QStringLiteral("obligation"), QStringLiteral("overdue"),
                                   QStringLiteral("system_code")}));
        QVERIFY(o.value(QStringLiteral("overdue")).isBool());
        const bool overdue = o.value(QStringLiteral("overdue")).toBool();
        QVERIFY2(!(overdue && overdueEnded), "overdue first");
        if (!overdue)
            overdueEnded = true;
        const QString due = o.value(QStringLiteral("next_due")).toString();
        QCOMPARE(QDate::fromString(due, Qt::ISODate).isValid(), true);
        if (overdue == !overdueEnded && !previous.isEmpty())
            QVERIFY(previous <= due || !overdue);
        previous = due;
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("network_isolation")
            && o.value(QStringLiteral("system_code")).toString() == QLatin1String("OT-01")) {
            sawControl = true;
            QVERIFY(overdue);
        }
    }
    QVERIFY(sawControl);
    const QJsonArray soon = json({QStringLiteral("report"), QStringLiteral("due"),
                                  QStringLiteral("--horizon-days"), QStringLiteral("7")});
    QVERIFY(soon.size() < all.size());
    const QDate limit = QDate::currentDate().addDays(7);
    for (const QJsonValue &v : soon) {
        QVERIFY(QDate::fromString(v.toObject().value(QStringLiteral("next_due")).toString(),
                                  Qt::ISODate)
                <= limit);
    }
}

void tst_CliControls::reportLapsesExpiredAcceptances()
{
    // A finding accepted until yesterday: the next report lapses it (audited) and says so.
    qint64 finding = 0;
    {
        auto opened = Database::open(m_db);
        PP_VERIFY_OK(opened);
        Database &db = **opened;
        db.setActor(QStringLiteral("alice"));
        auto comp = db.run(QStringLiteral("SELECT c.id FROM components c JOIN systems s ON "
                                          "s.id = c.system_id WHERE s.code = 'QMS-01' "
                                          "ORDER BY c.id"));
        PP_VERIFY_OK(comp);
        QVERIFY(comp->next());
        const qint64 component = comp->value(0).toLongLong();
        comp->finish();
        auto v = db.run(QStringLiteral("INSERT INTO vulnerabilities (identifier, title, "
                                       "severity, cvss_score, updated_at) VALUES "
                                       "('CVE-2099-0001', 'test', 'high', 7.5, ?) RETURNING id"),
                        {Database::nowUtc()});
        PP_VERIFY_OK(v);
        QVERIFY(v->next());
        const qint64 vuln = v->value(0).toLongLong();
        v->finish();
        auto f = db.run(QStringLiteral("INSERT INTO findings (vulnerability_id, component_id, "
                                       "state, detected_at, updated_at) VALUES (?, ?, "
                                       "'not_set', ?, ?) RETURNING id"),
                        {vuln, component, Database::nowUtc(), Database::nowUtc()});
        PP_VERIFY_OK(f);
        QVERIFY(f->next());
        finding = f->value(0).toLongLong();
        f->finish();
        ControlRepository repo(db);
        RiskAcceptance a;
        a.findingId = finding;
        a.requester = QStringLiteral("alice");
        a.expiresOn = QDate::currentDate().addDays(-1);
        auto request = repo.insertAcceptance(a);
        PP_VERIFY_OK(request);
        db.setActor(QStringLiteral("carol"));
        PP_VERIFY_OK(repo.approveAcceptance(request->id, request->rowVersion,
                                            QDate::currentDate().addDays(-30)));
    }
    const Run r = runDb({QStringLiteral("report"), QStringLiteral("findings"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.err.contains("lapsed"), r.err.constData());
    bool open = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("vulnerability")).toString() == QLatin1String("CVE-2099-0001")) {
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("not_set"));
            QVERIFY(!o.value(QStringLiteral("due_date")).isNull());
            open = true;
        }
    }
    QVERIFY(open);
    // The second run has nothing left to lapse.
    const Run again = runDb({QStringLiteral("report"), QStringLiteral("frozen")});
    QCOMPARE(again.status, 0);
    QVERIFY(!again.err.contains("lapsed"));
}

void tst_CliControls::usage()
{
    QCOMPARE(runDb({QStringLiteral("report"), QStringLiteral("frozen"),
                    QStringLiteral("--horizon-days"), QStringLiteral("7")}).status, 2);
    QCOMPARE(runDb({QStringLiteral("report"), QStringLiteral("due"),
                    QStringLiteral("--horizon-days"), QStringLiteral("-1")}).status, 2);
    QCOMPARE(runDb({QStringLiteral("report"), QStringLiteral("due"), QStringLiteral("--format"),
                    QStringLiteral("xml")}).status, 2);
    const Run help = run({QStringLiteral("--help")});
    for (const char *word : {"report frozen", "report due", "acceptance_expired"})
        QVERIFY2(help.out.contains(word), word);
}

QTEST_GUILESS_MAIN(tst_CliControls)
#include "tst_cli_controls.moc"
