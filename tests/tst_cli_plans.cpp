// The plan commands of issue 7 as a process, on the demo estate with the real samples: a
// regular plan for a window next month and an emergency plan for a KEV finding are created,
// shown (the JSON keys of the issue), approved by a second user, executed step by step and
// closed; the author cannot approve; report conflicts lists what was provoked.
#include "testsupport.h"

#include <QDir>
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
const QString kChecklist =
    QStringLiteral("reachability=no,monitoring=no,policy=yes,backup=yes,rollback=yes");

} // namespace

class tst_CliPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regularPlanFromCreateToDone();
    void emergencyPlanOnProvisionalApproval();
    void reportConflicts();
    void usage();

private:
    Run run(const QStringList &args, const QString &user = QStringLiteral("alice"));
    Run runDb(const QStringList &args, const QString &user = QStringLiteral("alice"))
    {
        return run(QStringList{QStringLiteral("--db"), m_db} + args, user);
    }
    QJsonObject show(qint64 id);
    qint64 created(const Run &r);

    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_CliPlans::run(const QStringList &args, const QString &user)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), m_dir.path());
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    e.insert(QStringLiteral("PP_USER"), user);
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PP_APP), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForFinished(240000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject tst_CliPlans::show(qint64 id)
{
    const Run r = runDb({QStringLiteral("plan"), QStringLiteral("show"), QString::number(id),
                         QStringLiteral("--format"), QStringLiteral("json")});
    if (r.status != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

qint64 tst_CliPlans::created(const Run &r)
{
    // "Created plan N: ..."
    const QString text = QString::fromUtf8(r.out);
    const qsizetype at = text.indexOf(QStringLiteral("Created plan "));
    if (at < 0)
        return 0;
    return text.mid(at + 13).section(QLatin1Char(':'), 0, 0).toLongLong();
}

void tst_CliPlans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::location(m_dir, QStringLiteral("cli-plans"));
    QVERIFY(run({QStringLiteral("demo"), m_db}).status == 0);
    QStringList nvd{QStringLiteral("import"), QStringLiteral("nvd")};
    for (const QFileInfo &f : QDir(kData + QStringLiteral("/nvd")).entryInfoList({QStringLiteral("*.json")}))
        nvd << f.filePath();
    QCOMPARE(runDb(nvd).status, 0);
    QCOMPARE(runDb({QStringLiteral("import"), QStringLiteral("kev"),
                    kData + QStringLiteral("/kev/known_exploited_vulnerabilities.json")})
                 .status,
             0);
}

void tst_CliPlans::regularPlanFromCreateToDone()
{
    if (test::isPostgres()) {
        // The approver is the database user there, one per connection URL: approval by a
        // second person is covered on PostgreSQL by tst_planrepository (two actors).
        QSKIP("needs a second database user to approve");
    }
    // ERP-01's second-Sunday window two months ahead (lead time met), Tokyo time.
    const QDate month = QDate::currentDate().addMonths(2);
    QDate sunday(month.year(), month.month(), 1);
    while (sunday.dayOfWeek() != Qt::Sunday)
        sunday = sunday.addDays(1);
    sunday = sunday.addDays(7);
    const QString start = sunday.toString(Qt::ISODate) + QStringLiteral("T01:00:00+09:00");
    const Run create = runDb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--type"),
                              QStringLiteral("regular"), QStringLiteral("--window"), start,
                              QStringLiteral("--systems"), QStringLiteral("ERP-01")});
    QVERIFY2(create.status == 0, create.err.constData());
    const qint64 id = created(create);
    QVERIFY(id > 0);

    QJsonObject plan = show(id);
    for (const char *key : {"id", "type", "status", "window_start", "window_end", "systems",
                            "steps", "milestones", "conflicts"})
        QVERIFY2(plan.contains(QLatin1String(key)), key);
    QCOMPARE(plan.value(QStringLiteral("type")).toString(), QStringLiteral("regular"));
    QCOMPARE(plan.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(plan.value(QStringLiteral("window_start")).toString(), start);
    QCOMPARE(plan.value(QStringLiteral("window_end")).toString(),
             sunday.toString(Qt::ISODate) + QStringLiteral("T05:00:00+09:00"));
    QCOMPARE(plan.value(QStringLiteral("systems")).toArray(), QJsonArray{QStringLiteral("ERP-01")});
    const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
    QVERIFY(steps.size() >= 10);
    QSet<QString> phases;
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"phase", "title", "owner", "start", "end", "done_at"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        phases.insert(s.value(QStringLiteral("phase")).toString());
    }
    QCOMPARE(phases, (QSet<QString>{QStringLiteral("pre"), QStringLiteral("apply"),
                                    QStringLiteral("post"), QStringLiteral("rollback")}));
    const QJsonArray milestones = plan.value(QStringLiteral("milestones")).toArray();
    QCOMPARE(milestones.size(), 5);
    const QDateTime first = QDateTime::fromString(milestones.first()[QStringLiteral("due")].toString(), Qt::ISODate);
    QCOMPARE(first.daysTo(QDateTime::fromString(start, Qt::ISODate)), 21); // T-21 d

    // Review, the author's approval refused (3), a second user's accepted.
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("submit"), QString::number(id)}).status, 0);
    const Run self = runDb({QStringLiteral("plan"), QStringLiteral("approve"), QString::number(id),
                            QStringLiteral("--checklist"), kChecklist});
    QCOMPARE(self.status, 3);
    const Run incomplete = runDb({QStringLiteral("plan"), QStringLiteral("approve"), QString::number(id),
                                  QStringLiteral("--checklist"), QStringLiteral("backup=yes")},
                                 QStringLiteral("carol"));
    QCOMPARE(incomplete.status, 3);
    const Run approve = runDb({QStringLiteral("plan"), QStringLiteral("approve"), QString::number(id),
                               QStringLiteral("--checklist"), kChecklist},
                              QStringLiteral("carol"));
    QVERIFY2(approve.status == 0, approve.err.constData());
    QCOMPARE(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("status"), QString::number(id),
                    QStringLiteral("scheduled")}).status,
             0);
    // Executed early here (the clock cannot wait for the window): in progress, every step.
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("status"), QString::number(id),
                    QStringLiteral("in_progress")}).status,
             0);
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("complete"), QString::number(id)}).status,
             3); // steps not done
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("phase")).toString() == QLatin1String("rollback"))
            continue;
        const Run done = runDb({QStringLiteral("plan"), QStringLiteral("step"), QString::number(id),
                                QString::number(s.value(QStringLiteral("position")).toInt()),
                                QStringLiteral("done"), QStringLiteral("--note"),
                                QStringLiteral("ok")},
                               QStringLiteral("bob"));
        QVERIFY2(done.status == 0, done.err.constData());
    }
    const Run complete = runDb({QStringLiteral("plan"), QStringLiteral("complete"), QString::number(id)});
    QVERIFY2(complete.status == 0, complete.err.constData());
    QVERIFY(complete.out.contains("finding(s) resolved"));
    plan = show(id);
    QCOMPARE(plan.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    for (const QJsonValue &v : plan.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("phase")).toString() != QLatin1String("rollback"))
            QVERIFY(!s.value(QStringLiteral("done_at")).isNull());
    }
    const Run list = runDb({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    bool listed = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "type", "status", "window_start"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("id")).toInteger() == id) {
            listed = true;
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        }
    }
    QVERIFY(listed);
}

void tst_CliPlans::emergencyPlanOnProvisionalApproval()
{
    if (test::isPostgres()) {
        // The approver is the database user there, one per connection URL: approval by a
        // second person is covered on PostgreSQL by tst_planrepository (two actors).
        QSKIP("needs a second database user to approve");
    }
    // The KEV finding CVE-2024-3400 on NET-01: its patch id from report patches.
    const Run patches = runDb({QStringLiteral("report"), QStringLiteral("patches"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(patches.status, 0);
    const Run findings = runDb({QStringLiteral("report"), QStringLiteral("findings"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(findings.out.contains("CVE-2024-3400"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
    const Run create = runDb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--type"),
                              QStringLiteral("emergency"), QStringLiteral("--window"),
                              start.toString(Qt::ISODate), QStringLiteral("--end"),
                              start.addSecs(3 * 3600).toString(Qt::ISODate),
                              QStringLiteral("--systems"), QStringLiteral("NET-01")});
    QVERIFY2(create.status == 0, create.err.constData());
    const qint64 id = created(create);
    QJsonObject plan = show(id);
    QCOMPARE(plan.value(QStringLiteral("type")).toString(), QStringLiteral("emergency"));
    QList<QDateTime> before;
    for (const QJsonValue &v : plan.value(QStringLiteral("milestones")).toArray()) {
        const QDateTime due = QDateTime::fromString(v[QStringLiteral("due")].toString(), Qt::ISODate);
        if (due < start)
            before << due;
    }
    QCOMPARE(before.size(), 4);
    QCOMPARE(before.first().secsTo(start), 48 * 3600); // T-48 h
    QCOMPARE(before.last().secsTo(start), 4 * 3600);   // T-4 h

    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("submit"), QString::number(id)}).status, 0);
    const Run provisional = runDb({QStringLiteral("plan"), QStringLiteral("approve"), QString::number(id),
                                   QStringLiteral("--decision"), QStringLiteral("provisional"),
                                   QStringLiteral("--checklist"), kChecklist},
                                  QStringLiteral("carol"));
    QVERIFY2(provisional.status == 0, provisional.err.constData());
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("status"), QString::number(id),
                    QStringLiteral("in_progress")}).status,
             0); // runs on the provisional approval
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("confirm"), QString::number(id)}).status,
             3); // not by the author
    const Run confirm = runDb({QStringLiteral("plan"), QStringLiteral("confirm"), QString::number(id)},
                              QStringLiteral("dave"));
    QVERIFY2(confirm.status == 0, confirm.err.constData());
    const QJsonArray approvals = show(id).value(QStringLiteral("approvals")).toArray();
    QCOMPARE(approvals.size(), 1);
    QVERIFY(!approvals.first()[QStringLiteral("confirmed_at")].isNull());
}

void tst_CliPlans::reportConflicts()
{
    // Provoked: a regular plan on New Year's Day (blackout, holiday, outside the window).
    const int year = QDate::currentDate().year() + 1;
    const Run create = runDb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--type"),
                              QStringLiteral("regular"), QStringLiteral("--window"),
                              QStringLiteral("%1-01-01T10:00:00+09:00").arg(year),
                              QStringLiteral("--end"),
                              QStringLiteral("%1-01-01T12:00:00+09:00").arg(year),
                              QStringLiteral("--systems"), QStringLiteral("HR-01")});
    QVERIFY2(create.status == 0, create.err.constData());
    const qint64 id = created(create);
    const Run r = runDb({QStringLiteral("report"), QStringLiteral("conflicts"), QStringLiteral("--format"),
                         QStringLiteral("json")});
    QVERIFY2(r.status == 0, r.err.constData());
    QSet<QString> kinds;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("kind"), QStringLiteral("plan_id"),
                                    QStringLiteral("reason"), QStringLiteral("system_code")}));
        if (o.value(QStringLiteral("plan_id")).toInteger() == id)
            kinds.insert(o.value(QStringLiteral("kind")).toString());
    }
    QVERIFY(kinds.contains(QStringLiteral("holiday")));
    QVERIFY(kinds.contains(QStringLiteral("blackout")));
    QVERIFY(kinds.contains(QStringLiteral("outside_window")));
    const Run csv = runDb({QStringLiteral("report"), QStringLiteral("conflicts"), QStringLiteral("--format"),
                           QStringLiteral("csv")});
    QVERIFY(csv.out.startsWith("plan_id,system_code,kind,reason"));
}

void tst_CliPlans::usage()
{
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--window"),
                    QStringLiteral("2027-01-10T01:00")}).status,
             2); // no --type
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--type"),
                    QStringLiteral("weekly"), QStringLiteral("--window"),
                    QStringLiteral("2027-01-10T01:00"), QStringLiteral("--systems"),
                    QStringLiteral("ERP-01")}).status,
             2);
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--type"),
                    QStringLiteral("regular"), QStringLiteral("--window"), QStringLiteral("soon"),
                    QStringLiteral("--systems"), QStringLiteral("ERP-01")}).status,
             2);
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--type"),
                    QStringLiteral("regular"), QStringLiteral("--window"),
                    QStringLiteral("2027-01-10T01:00"), QStringLiteral("--systems"),
                    QStringLiteral("NOPE-99")}).status,
             3);
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("999")}).status, 3);
    QCOMPARE(runDb({QStringLiteral("plan"), QStringLiteral("frobnicate")}).status, 2);
    const Run help = run({QStringLiteral("--help")});
    for (const char *word : {"plan create", "plan show", "plan approve", "report conflicts"})
        QVERIFY2(help.out.contains(word), word);
}

QTEST_GUILESS_MAIN(tst_CliPlans)
#include "tst_cli_plans.moc"
