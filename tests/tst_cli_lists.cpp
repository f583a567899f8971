// The list reports of issue 8 item 5 as a process, on the demo estate: `report systems`,
// `report windows` and `report audit` in JSON and CSV (the keys of the help text, typed values,
// -o FILE), hostile text neutralised in CSV, and the usage error for an unknown report.
#include "clirun.h"
#include "testsupport.h"

#include "models/storage/auditlog.h"
#include "models/storage/planrepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace pp;

namespace {

using Run = pp::test::CliRun;

const QString kHostile = QStringLiteral("=cmd|' /C calc'!A0");

QStringList keysOf(const QJsonObject &o)
{
    return o.keys(); // QJsonObject keeps keys sorted
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

/// Lines of a CSV without quoted line breaks (the tests' columns hold none, or count records).
QList<QByteArray> csvLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.trimmed().split('\n');
    for (QByteArray &l : lines)
        l = l.trimmed();
    return lines;
}

} // namespace

class tst_CliLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systems();
    void windows();
    void audit();
    void outputFileAndUsage();

private:
    Run run(const QStringList &args);
    Run report(const QString &kind, const QString &format)
    {
        return run({QStringLiteral("--db"), m_db, QStringLiteral("report"), kind,
                    QStringLiteral("--format"), format});
    }
    QJsonArray json(const QString &kind);

    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_CliLists::run(const QStringList &args)
{
    return pp::test::runCli(QStringLiteral(PP_APP), m_dir.path(), args);
}

QJsonArray tst_CliLists::json(const QString &kind)
{
    const Run r = report(kind, QStringLiteral("json"));
    if (r.status != 0)
        qWarning("report %s: %s", qPrintable(kind), r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("report %s: %s", qPrintable(kind), qPrintable(error.errorString()));
    return doc.array();
}

void tst_CliLists::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::location(m_dir, QStringLiteral("cli-lists.db"));
    const Run demo = run({QStringLiteral("demo"), m_db});
    QVERIFY2(demo.status == 0, demo.err.constData());
    // A blackout whose name a spreadsheet would run as a formula.
    auto db = Database::open(m_db);
    QVERIFY(db);
    Blackout b;
    b.name = kHostile;
    b.startsOn = QDate(2027, 3, 25);
    b.endsOn = QDate(2027, 3, 31);
    b.reason = QStringLiteral("Fiscal close, \"hard\" freeze; no changes");
    auto stored = PlanRepository(**db).insertBlackout(b);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
}

void tst_CliLists::systems()
{
    const QJsonArray rows = json(QStringLiteral("systems"));
    QCOMPARE(rows.size(), 40); // the demo estate
    const QStringList keys{QStringLiteral("code"),           QStringLiteral("name"),
                           QStringLiteral("owner_team"),     QStringLiteral("ops_contact"),
                           QStringLiteral("criticality"),    QStringLiteral("environment"),
                           QStringLiteral("exposure"),       QStringLiteral("lifecycle_state"),
                           QStringLiteral("window_schedule"), QStringLiteral("components"),
                           QStringLiteral("escalation_contacts"),
                           QStringLiteral("recovery_policy"), QStringLiteral("updated_at")};
    QString previous;
    int components = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(keysOf(o), sorted(keys));
        QVERIFY(o.value(QStringLiteral("criticality")).isDouble());
        QVERIFY(o.value(QStringLiteral("components")).isDouble());
        components += o.value(QStringLiteral("components")).toInt();
        QVERIFY(QStringList({QStringLiteral("production"), QStringLiteral("staging"),
                             QStringLiteral("development")})
                    .contains(o.value(QStringLiteral("environment")).toString()));
        QVERIFY(o.value(QStringLiteral("updated_at")).toString().endsWith(QLatin1Char('Z')));
        // By code.
        const QString code = o.value(QStringLiteral("code")).toString();
        QVERIFY2(previous < code, qPrintable(code));
        previous = code;
    }
    QVERIFY(components > 200);

    const Run csv = report(QStringLiteral("systems"), QStringLiteral("csv"));
    QCOMPARE(csv.status, 0);
    QCOMPARE(csvLines(csv.out).first(), keys.join(QLatin1Char(',')).toUtf8());
}

void tst_CliLists::windows()
{
    const QJsonArray rows = json(QStringLiteral("windows"));
    const QStringList keys{QStringLiteral("kind"),       QStringLiteral("name"),
                           QStringLiteral("system_code"), QStringLiteral("group"),
                           QStringLiteral("rrule"),      QStringLiteral("time_zone"),
                           QStringLiteral("start"),      QStringLiteral("end"),
                           QStringLiteral("next_start"), QStringLiteral("duration_minutes"),
                           QStringLiteral("reason")};
    int windows = 0;
    int blackouts = 0;
    bool hostileSeen = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(keysOf(o), sorted(keys));
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("window")) {
            // Windows come first.
            QCOMPARE(blackouts, 0);
            ++windows;
            QVERIFY(!o.value(QStringLiteral("rrule")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("duration_minutes")).isDouble());
            QVERIFY(o.value(QStringLiteral("reason")).isNull());
            const QDateTime next = QDateTime::fromString(
                o.value(QStringLiteral("next_start")).toString(), Qt::ISODate);
            QVERIFY2(next.isValid() && next >= now.addSecs(-60),
                     qPrintable(o.value(QStringLiteral("next_start")).toString()));
            // The first occurrence carries its zone's offset (the demo is in Tokyo).
            QVERIFY2(o.value(QStringLiteral("start")).toString().endsWith(QLatin1String("+09:00")),
                     qPrintable(o.value(QStringLiteral("start")).toString()));
        } else {
            QCOMPARE(kind, QStringLiteral("blackout"));
            ++blackouts;
            QVERIFY(o.value(QStringLiteral("rrule")).isNull());
            QVERIFY(o.value(QStringLiteral("next_start")).isNull());
            QVERIFY(QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate)
                        .isValid());
            QVERIFY(QDate::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate)
                        .isValid());
            if (o.value(QStringLiteral("name")).toString() == kHostile) {
                hostileSeen = true;
                QCOMPARE(o.value(QStringLiteral("start")).toString(), QStringLiteral("2027-03-25"));
                QVERIFY(o.value(QStringLiteral("system_code")).isNull());
            }
        }
    }
    QVERIFY(windows > 0);
    QVERIFY(blackouts > 0);
    QVERIFY(hostileSeen);

    const Run csv = report(QStringLiteral("windows"), QStringLiteral("csv"));
    QCOMPARE(csv.status, 0);
    QCOMPARE(csvLines(csv.out).first(), keys.join(QLatin1Char(',')).toUtf8());
    // The formula is text to a spreadsheet: an apostrophe in front, never a bare '='.
    QVERIFY2(csv.out.contains("blackout,\"'=cmd|' /C calc'!A0\"")
                 || csv.out.contains("blackout,'=cmd|' /C calc'!A0"),
             csv.out.constData());
    QVERIFY(!csv.out.contains(",=cmd"));
    QVERIFY(csv.out.contains("\"Fiscal close, \"\"hard\"\" freeze; no changes\""));
}

void tst_CliLists::audit()
{
    const QJsonArray rows = json(QStringLiteral("audit"));
    auto db = Database::open(m_db);
    QVERIFY(db);
    auto count = AuditLog(**db).count({});
    QVERIFY(count);
    QCOMPARE(rows.size(), *count);
    const QStringList keys{QStringLiteral("id"),      QStringLiteral("at"),
                           QStringLiteral("actor"),   QStringLiteral("action"),
                           QStringLiteral("entity"),  QStringLiteral("entity_id"),
                           QStringLiteral("summary"), QStringLiteral("before"),
                           QStringLiteral("after")};
    qint64 previous = 0;
    bool blackoutCreated = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(keysOf(o), sorted(keys));
        const qint64 id = o.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > previous); // oldest first
        previous = id;
        QVERIFY(o.value(QStringLiteral("entity_id")).isDouble());
        const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(),
                                                   Qt::ISODate);
        QVERIFY(at.isValid());
        QCOMPARE(at.timeSpec(), Qt::UTC);
        for (const QString &side : {QStringLiteral("before"), QStringLiteral("after")}) {
            const QJsonValue value = o.value(side);
            if (value.isNull())
                continue;
            QVERIFY2(QJsonDocument::fromJson(value.toString().toUtf8()).isObject(),
                     qPrintable(value.toString()));
        }
        if (o.value(QStringLiteral("entity")).toString() == QLatin1String("blackout")
            && o.value(QStringLiteral("action")).toString() == QLatin1String("create")
            && o.value(QStringLiteral("after")).toString().contains(QStringLiteral("=cmd"))) {
            blackoutCreated = true;
            QVERIFY(o.value(QStringLiteral("before")).isNull());
        }
    }
    QVERIFY(blackoutCreated);

    const Run csv = report(QStringLiteral("audit"), QStringLiteral("csv"));
    QCOMPARE(csv.status, 0);
    QVERIFY(csv.out.startsWith(keys.join(QLatin1Char(',')).toUtf8() + '\n')
            || csv.out.startsWith(keys.join(QLatin1Char(',')).toUtf8() + "\r\n"));
}

void tst_CliLists::outputFileAndUsage()
{
    const QString path = m_dir.filePath(QStringLiteral("systems.csv"));
    const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("report"),
                       QStringLiteral("systems"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), path});
    QCOMPARE(r.status, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("code,name,owner_team"));

    const Run text = report(QStringLiteral("windows"), QStringLiteral("table"));
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.startsWith("kind"));

    const Run bad = run({QStringLiteral("--db"), m_db, QStringLiteral("report"),
                         QStringLiteral("nonsense")});
    QCOMPARE(bad.status, 2);
    QVERIFY(bad.err.contains("systems|windows|audit"));
    const Run help = run({QStringLiteral("--help")});
    QVERIFY(help.out.contains("report windows") && help.out.contains("report audit")
            && help.out.contains("report systems"));
}

QTEST_GUILESS_MAIN(tst_CliLists)
#include "tst_cli_lists.moc"
