// The endoflife.date importer, writing to the database: see tst_endoflifeimport.h.
#include "tst_endoflifeimport.h"

#include "models/storage/auditlog.h"
#include "models/storage/lifecyclerepository.h"

#include <QElapsedTimer>

using namespace pp;
using namespace pp::test;

std::unique_ptr<Database> tst_EndOfLifeImport::openDb(const QString &name)
{
    return test::openTemp(m_dir, name);
}

int tst_EndOfLifeImport::auditCount(Database &db)
{
    auto n = AuditLog(db).count({});
    return n ? *n : -1;
}

void tst_EndOfLifeImport::importCreatesThenUnchangedWritesNothing()
{
    auto db = openDb(QStringLiteral("unchanged.db"));
    QVERIFY(db);
    const EndOfLifePreview p = EndOfLifeImport::parse({v0Dir() + QLatin1String("/rhel.json")});
    const QDateTime day(QDate(2026, 8, 22), QTime(9, 0), Qt::UTC);
    auto r = EndOfLifeImport::apply(*db, p, day);
    PP_VERIFY_OK(r);
    QCOMPARE(r->releasesCreated, 7);
    QCOMPARE(r->productsCreated, 1);
    const int entries = auditCount(*db);
    QCOMPARE(entries, 8); // the product and its seven cycles
    auto again = EndOfLifeImport::apply(*db, p);
    PP_VERIFY_OK(again);
    QCOMPARE(again->releasesCreated, 0);
    QCOMPARE(again->releasesUpdated, 0);
    QCOMPARE(again->releasesUnchanged, 7);
    QCOMPARE(auditCount(*db), entries); // nothing written, nothing audited
    auto stored = LifecycleRepository(*db).releases(QStringLiteral("rhel"));
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 7);
    QCOMPARE(stored->constFirst().cycle, QStringLiteral("10")); // newest release first
    QCOMPARE(stored->at(2).securitySupport, SupportEnd::on(QDate(2029, 5, 31)));
    QCOMPARE(stored->at(2).sourceFile, QStringLiteral("rhel.json"));
    QCOMPARE(stored->at(2).importedAt, day); // the day of the first import: nothing changed since
}

void tst_EndOfLifeImport::reimportUpdatesAndAudits()
{
    auto db = openDb(QStringLiteral("reimport.db"));
    QVERIFY(db);
    PP_VERIFY_OK(EndOfLifeImport::apply(*db, EndOfLifeImport::parse({v0Dir() + QLatin1String("/rhel.json")})));
    const int entries = auditCount(*db);
    // Red Hat moves RHEL 8's end a year out, and 7's extended support ends early.
    QByteArray changed = readFile(v0Dir() + QLatin1String("/rhel.json"));
    changed.replace("\"eol\":\"2029-05-31\",\"lts\":\"2029-05-31\"", "\"eol\":\"2030-05-31\",\"lts\":\"2029-05-31\"");
    changed.replace("\"extendedSupport\":\"2029-05-31\"", "\"extendedSupport\":true");
    const QString path = writeFile(QStringLiteral("v2/rhel.json"), changed);
    auto r = EndOfLifeImport::apply(*db, EndOfLifeImport::parse({path}));
    PP_VERIFY_OK(r);
    QCOMPARE(r->releasesUpdated, 2);
    QCOMPARE(r->releasesUnchanged, 5);
    QCOMPARE(auditCount(*db), entries + 2);
    auto log = AuditLog(*db).find({QStringLiteral("lifecycle_release"), {}, QStringLiteral("update"),
                                   {}, {}, {}}, 0, 10);
    PP_VERIFY_OK(log);
    QCOMPARE(log->size(), 2);
    bool sawRhel8 = false;
    for (const AuditEntry &e : *log) {
        const QJsonObject before = QJsonDocument::fromJson(e.beforeJson.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        if (after.value(QLatin1String("cycle")).toString() == QLatin1String("8")) {
            sawRhel8 = true;
            QCOMPARE(before.value(QLatin1String("eosl")).toString(), QStringLiteral("2029-05-31"));
            QCOMPARE(after.value(QLatin1String("eosl")).toString(), QStringLiteral("2030-05-31"));
        } else {
            QCOMPARE(after.value(QLatin1String("cycle")).toString(), QStringLiteral("7"));
            QCOMPARE(before.value(QLatin1String("extended_support_end")).toString(),
                     QStringLiteral("2029-05-31"));
            QCOMPARE(after.value(QLatin1String("extended_support_end")).toString(),
                     QStringLiteral("not announced"));
        }
    }
    QVERIFY(sawRhel8);
    auto v = AuditLog(*db).verify();
    PP_VERIFY_OK(v);
    QVERIFY(v->intact);
}

void tst_EndOfLifeImport::oneBadFileChangesNothing()
{
    auto db = openDb(QStringLiteral("onebad.db"));
    QVERIFY(db);
    const QString good = writeFile(QStringLiteral("mixed/rhel.json"),
                                   readFile(v0Dir() + QLatin1String("/rhel.json")));
    const QByteArray pg = readFile(v0Dir() + QLatin1String("/postgresql.json"));
    const QString bad = writeFile(QStringLiteral("mixed/postgresql.json"), pg.left(pg.size() - 10));
    const EndOfLifePreview p = EndOfLifeImport::parse({good, bad});
    QVERIFY(p.hasErrors());
    QCOMPARE(p.files.size(), 1); // the good one parsed, but the call is one transaction
    const int entries = auditCount(*db);
    auto r = EndOfLifeImport::apply(*db, p);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    auto releases = LifecycleRepository(*db).allReleases();
    PP_VERIFY_OK(releases);
    QVERIFY(releases->isEmpty());
    QCOMPARE(auditCount(*db), entries);
    // The folder as a whole: the same.
    r = EndOfLifeImport::apply(*db, EndOfLifeImport::parse({m_dir.filePath(QStringLiteral("mixed"))}));
    QVERIFY(!r);
    QVERIFY(LifecycleRepository(*db).allReleases()->isEmpty());
}

void tst_EndOfLifeImport::hostileStringsStoredVerbatim()
{
    auto db = openDb(QStringLiteral("hostile.db"));
    QVERIFY(db);
    const QStringList cycles{QStringLiteral("'; DROP TABLE lifecycle_releases; --"),
                             QStringLiteral("<script>alert(1)</script>"),
                             QStringLiteral("=cmd|' /C calc'!A0"),
                             QStringLiteral("\u202Egpj.exe"),
                             QStringLiteral("日本語 🚀 \\ \" %1 %n"),
                             QString(EndOfLifeImport::kMaxText, QLatin1Char('x'))};
    QJsonArray releases;
    for (const QString &c : cycles) {
        releases.append(QJsonObject{{QStringLiteral("name"), c},
                                    {QStringLiteral("label"), QStringLiteral("Robert'); DROP TABLE "
                                                                             "students;--")},
                                    {QStringLiteral("isEol"), true},
                                    {QStringLiteral("latest"), QJsonObject{{QStringLiteral("name"), c}}}});
    }
    const QJsonObject doc{{QStringLiteral("result"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("hostile")},
                                       {QStringLiteral("label"), QStringLiteral("<b>bold</b>")},
                                       {QStringLiteral("aliases"), QJsonArray{QStringLiteral("' OR 1=1 --")}},
                                       {QStringLiteral("releases"), releases}}}};
    const EndOfLifePreview p = EndOfLifeImport::parseData(QJsonDocument(doc).toJson(),
                                                          QStringLiteral("hostile.json"));
    QVERIFY2(!p.hasErrors(), qPrintable(p.issues.value(0).toString()));
    PP_VERIFY_OK(EndOfLifeImport::apply(*db, p));
    auto stored = LifecycleRepository(*db).releases(QStringLiteral("hostile"));
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->size(), cycles.size());
    QStringList got;
    for (const ReleaseLifecycle &r : *stored) {
        got << r.cycle;
        QCOMPARE(r.latest, r.cycle);
        QCOMPARE(r.label, QStringLiteral("Robert'); DROP TABLE students;--"));
        QCOMPARE(r.securitySupport, SupportEnd::ended());
    }
    QStringList expected = cycles;
    expected.sort();
    got.sort();
    QCOMPARE(got, expected);
    auto product = LifecycleRepository(*db).product(QStringLiteral("hostile"));
    PP_VERIFY_OK(product);
    QCOMPARE((*product)->label, QStringLiteral("<b>bold</b>"));
    QCOMPARE((*product)->aliases, QStringList{QStringLiteral("' OR 1=1 --")});
}

void tst_EndOfLifeImport::v0KeepsWhatV1Brought()
{
    auto db = openDb(QStringLiteral("v1v0.db"));
    QVERIFY(db);
    PP_VERIFY_OK(EndOfLifeImport::apply(*db, EndOfLifeImport::parse({v1Dir() + QLatin1String("/rhel.json")})));
    auto r = EndOfLifeImport::apply(*db, EndOfLifeImport::parse({v0Dir() + QLatin1String("/rhel.json")}));
    PP_VERIFY_OK(r);
    QCOMPARE(r->productsUpdated, 0);
    QCOMPARE(r->releasesUpdated, 0); // same dates; v1's labels kept
    auto product = LifecycleRepository(*db).product(QStringLiteral("rhel"));
    PP_VERIFY_OK(product);
    QCOMPARE((*product)->label, QStringLiteral("Red Hat Enterprise Linux"));
    QVERIFY((*product)->aliases.contains(QStringLiteral("redhat")));
    QVERIFY(!(*product)->identifiersOf(QStringLiteral("cpe")).isEmpty());
}

void tst_EndOfLifeImport::importTiesComponents()
{
    auto db = openDb(QStringLiteral("ties.db"));
    QVERIFY(db);
    auto q = db->run(QStringLiteral("INSERT INTO systems (code, name, updated_at) VALUES "
                                    "('S1', 'One', '2026-01-01T00:00:00Z') RETURNING id"));
    PP_VERIFY_OK(q);
    QVERIFY(q->next());
    const qint64 system = q->value(0).toLongLong();
    q->finish();
    for (const auto &[product, version] :
         {std::pair{"Red Hat Enterprise Linux", "8.10"}, std::pair{"PostgreSQL", "13.4"},
          std::pair{"Zabbix Agent 2", "6.0.33"}}) {
        PP_VERIFY_OK(db->run(QStringLiteral("INSERT INTO components (system_id, kind, vendor, "
                                            "product, version, updated_at) VALUES (?, 'os', '', ?, "
                                            "?, '2026-01-01T00:00:00Z')"),
                             {system, QString::fromUtf8(product), QString::fromUtf8(version)}));
    }
    auto r = EndOfLifeImport::apply(*db, EndOfLifeImport::parse({v0Dir()}));
    PP_VERIFY_OK(r);
    QCOMPARE(r->components, 3);
    QCOMPARE(r->componentsNewlyMatched, 2);
    QCOMPARE(r->componentsTied, 2);
    r = EndOfLifeImport::apply(*db, EndOfLifeImport::parse({v0Dir()}));
    PP_VERIFY_OK(r);
    QCOMPARE(r->componentsNewlyMatched, 0);
    QCOMPARE(r->componentsTied, 2);
}

void tst_EndOfLifeImport::timingAllSamples()
{
    auto db = openDb(QStringLiteral("timing.db"));
    QVERIFY(db);
    QElapsedTimer t;
    t.start();
    const EndOfLifePreview v0 = EndOfLifeImport::parse({v0Dir()});
    const qint64 parsed = t.elapsed();
    auto r = EndOfLifeImport::apply(*db, v0);
    PP_VERIFY_OK(r);
    const qint64 applied = t.elapsed();
    auto r1 = EndOfLifeImport::apply(*db, EndOfLifeImport::parse({v1Dir()}));
    PP_VERIFY_OK(r1);
    const qint64 both = t.elapsed();
    qInfo("22 v0 files, 413 cycles: parsed in %lld ms, imported in %lld ms; then 22 v1 files "
          "(%d updated, %d unchanged) in %lld ms",
          parsed, applied, r1->releasesUpdated, r1->releasesUnchanged, both - applied);
    QCOMPARE(r->releasesCreated, 413);
    QCOMPARE(r1->releasesCreated, 0);
    QVERIFY(both < 30000);
}
