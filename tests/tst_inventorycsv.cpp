// The inventory CSV of DESIGN.md section 5: parsing with located issues, applying in one
// transaction with audit entries, and export that round-trips through import.
#include "testsupport.h"

#include "models/domain/validation.h"
#include "models/io/csvreader.h"
#include "models/io/inventorycsv.h"
#include "models/planning/controlrules.h"
#include "models/storage/auditlog.h"
#include "models/storage/componentrepository.h"
#include "models/storage/controlrepository.h"
#include "models/storage/inventoryrepository.h"
#include "models/storage/systemrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace pp;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PP_TEST_DATA "/csv/") + name;
}

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

/// Everything an import could change: every system and component with its version, and the
/// number of audit entries. Ids are left out (a second database numbers its own).
struct Snapshot
{
    QStringList records;
    int auditEntries = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Database &db, bool withVersions = true)
{
    Snapshot out;
    auto systems = SystemRepository(db).findAll();
    auto components = ComponentRepository(db).findAll();
    auto audit = AuditLog(db).count({});
    if (!systems || !components || !audit) {
        qWarning("snapshot failed");
        return out;
    }
    QHash<qint64, QString> codes;
    for (const System &s : *systems) {
        codes.insert(s.id, s.code);
        out.records << QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact))
                + (withVersions ? QStringLiteral(" v%1").arg(s.rowVersion) : QString());
    }
    for (const Component &c : *components) {
        QJsonObject json = c.toJson();
        json.remove(QStringLiteral("system_id"));
        json.insert(QStringLiteral("system_code"), codes.value(c.systemId));
        out.records << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))
                + (withVersions ? QStringLiteral(" v%1").arg(c.rowVersion) : QString());
    }
    out.records.sort();
    out.auditEntries = *audit;
    return out;
}

const ImportIssue *firstError(const InventoryImportPreview &p)
{
    for (const ImportIssue &i : p.issues) {
        if (i.isError())
            return &i;
    }
    return nullptr;
}

QString allIssues(const InventoryImportPreview &p)
{
    QStringList out;
    for (const ImportIssue &i : p.issues)
        out << i.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_InventoryCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnNames();
    void issueToString();
    void parseGoodFile();
    void headerAnyOrderBomCrlfUnknownColumn();
    void shiftJisFile();
    void multiLineQuotes();
    void headerOnlyWarnsAndImportsNothing();
    void blankNumbersAndChoicesAreNotGiven();
    void hostileStringsAreKeptVerbatim();
    void apostropheGuardIsRemovedOnImport();
    void repeatedComponentIsWarned();

    void badFileIsRejected_data();
    void badFileIsRejected();
    void hugeFieldIsRejectedByLength();
    void fileOverSizeLimitIsNotRead();
    void tooManyRows();
    void tooManyIssuesStopsReading();

    void importCreatesWithAudit();
    void importTwiceIsUnchanged();
    void repeatedCodeUpdatesOnlyGivenColumns();
    void sameComponentIsUpdated();
    void failureRollsBackEverything();
    void rejectedRowRollsBackEverything();

    void toCsvFormat();
    void formulasAreNeutralisedInOutput();
    void exportImportRoundTrip();
    void exportFileFailsClearly();

private:
    InventoryImportReport importFile(const QString &path);
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_InventoryCsv::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
}

void tst_InventoryCsv::cleanup()
{
    m_db.reset();
    delete m_dir;
}

InventoryImportReport tst_InventoryCsv::importFile(const QString &path)
{
    const InventoryImportPreview p = InventoryCsv::parseFile(path);
    if (p.hasErrors()) {
        qWarning("%s", qPrintable(allIssues(p)));
        return {};
    }
    auto r = InventoryCsv::apply(*m_db, p);
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return {};
    }
    return *r;
}

void tst_InventoryCsv::columnNames()
{
    const QStringList names = InventoryCsv::columnNames();
    QCOMPARE(names.size(), 17);
    QCOMPARE(names.first(), QStringLiteral("system_code"));
    QVERIFY(names.contains(QStringLiteral("purl")));
    QVERIFY(names.contains(QStringLiteral("notes")));
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

void tst_InventoryCsv::issueToString()
{
    const InventoryImportPreview p = InventoryCsv::parseFile(fixture("bad-criticality-word.csv"));
    const ImportIssue *e = firstError(p);
    QVERIFY(e);
    const QString text = e->toString();
    QVERIFY2(
        text.startsWith(fixture("bad-criticality-word.csv") + QStringLiteral(":3: criticality: ")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"high\"")), qPrintable(text));
    QCOMPARE(p.issuesAt(3).size(), 1);
    QVERIFY(p.issuesAt(2).isEmpty());
}

void tst_InventoryCsv::parseGoodFile()
{
    const InventoryImportPreview p = InventoryCsv::parseFile(fixture("good.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    QCOMPARE(p.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(p.columns.size(), 15);
    QCOMPARE(p.rows.size(), 4);
    const InventoryCsvRow &first = p.rows.at(0);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.system.code, QStringLiteral("CRM-01"));
    QCOMPARE(first.system.name, QStringLiteral("顧客管理システム"));
    QCOMPARE(first.system.ownerTeam, QStringLiteral("営業システム課"));
    QCOMPARE(first.system.criticality, 1);
    QCOMPARE(first.system.exposure, Exposure::Internet);
    QVERIFY(first.component);
    QCOMPARE(first.component->kind, ComponentKind::Os);
    QCOMPARE(first.component->cpe,
        QStringLiteral("cpe:2.3:o:redhat:enterprise_linux:8.10:*:*:*:*:*:*:*"));
    QCOMPARE(first.component->instances, 4);
    QVERIFY(first.isGiven(QStringLiteral("criticality")));
    QVERIFY(!first.isGiven(QStringLiteral("notes"))); // no such column in the file
    QCOMPARE(p.rows.at(2).system.lifecycleState, LifecycleState::Frozen);
    const InventoryCsvRow &lab = p.rows.at(3);
    QCOMPARE(lab.line, 5);
    QVERIFY(!lab.component); // a system without components
    QCOMPARE(lab.system.environment, Environment::Development);
}

void tst_InventoryCsv::headerAnyOrderBomCrlfUnknownColumn()
{
    const InventoryImportPreview p = InventoryCsv::parseFile(fixture("good-bom-crlf.csv"));
    QVERIFY2(!p.hasErrors(), qPrintable(allIssues(p)));
    QCOMPARE(p.encoding, QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(p.columns.first(), QStringLiteral("system_name")); // trimmed, lower case, no BOM
    QCOMPARE(p.issues.size(), 1);
    QCOMPARE(p.issues.first().severity, ImportIssue::Severity::Warning);
    QCOMPARE(p.issues.first().field, QStringLiteral("comment"));
    QCOMPARE(p.issues.first().line, 1);
    QCOMPARE(p.rows.size(), 2); // the trailing empty line is no row
    QCOMPARE(p.rows.at(0).system.name, QStringLiteral("Web, public"));
    QCOMPARE(p.rows.at(0).system.code, QStringLiteral("WEB-01"));
    QCOMPARE(p.rows.at(0).component->purl, QStringLiteral("pkg:generic/nginx@1.24.0"));
    QCOMPARE(p.rows.at(0).component->notes, QStringLiteral("Reverse proxy; TLS 1.2+"));
    QCOMPARE(p.rows.at(1).component->kind, ComponentKind::Runtime);
    QCOMPARE(p.rows.at(1).line, 3);

    const InventoryImportReport r = importFile(fixture("good-bom-crlf.csv"));
    QCOMPARE(r.systemsCreated, 1);
    QCOMPARE(r.componentsCreated, 2);
}

void tst_InventoryCsv::shiftJisFile()
{
    const InventoryImportPreview p = InventoryCsv::parseFile(fixture("shift_jis.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    QCOMPARE(p.encoding, QStringLiteral("Shift_JIS"));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.rows.at(0).system.name, QStringLiteral("会計システム"));
    QCOMPARE(p.rows.at(0).system.ownerTeam, QStringLiteral("経理部"));
    QCOMPARE(p.rows.at(0).component->product, QStringLiteral("ＰＲＩＭＥＱＵＥＳＴ"));
    QCOMPARE(p.rows.at(1).component->product, QStringLiteral("会計パッケージ①"));
}

void tst_InventoryCsv::multiLineQuotes()
{
    const InventoryImportPreview p = InventoryCsv::parseFile(fixture("multiline.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.rows.at(0).line, 2);
    QCOMPARE(p.rows.at(0).system.name, QStringLiteral("Multi\nline name"));
    QCOMPARE(p.rows.at(0).component->notes,
        QStringLiteral("first line\r\nsecond line\nthird \"quoted\" line"));
    QCOMPARE(p.rows.at(1).line, 6); // after four lines of record 2
    QCOMPARE(p.rows.at(1).system.code, QStringLiteral("ML-02"));
}

void tst_InventoryCsv::headerOnlyWarnsAndImportsNothing()
{
    // Decided: a header without rows is not an error (it is what an empty export looks like),
    // but it is worth a warning, because it is rarely what the user meant to import.
    const InventoryImportPreview p = InventoryCsv::parseFile(fixture("header-only.csv"));
    QVERIFY(!p.hasErrors());
    QCOMPARE(p.issues.size(), 1);
    QCOMPARE(p.issues.first().severity, ImportIssue::Severity::Warning);
    QCOMPARE(p.issues.first().line, 1);
    QVERIFY(p.rows.isEmpty());
    const Snapshot before = snapshot(*m_db);
    auto r = InventoryCsv::apply(*m_db, p);
    PP_VERIFY_OK(r);
    QCOMPARE(r->systemsCreated + r->systemsUpdated + r->componentsCreated + r->unchanged, 0);
    QCOMPARE(snapshot(*m_db), before);
}

void tst_InventoryCsv::blankNumbersAndChoicesAreNotGiven()
{
    const QByteArray csv = utf8("system_code,system_name,criticality,environment,instances,"
                                "component_kind,product\n"
                                "A-01,Alpha,,,,os,Linux\n"
                                "A-01,Alpha,1,staging,,database,PostgreSQL\n");
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("blank.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    QVERIFY(!p.rows.at(0).isGiven(QStringLiteral("criticality")));
    QVERIFY(!p.rows.at(0).isGiven(QStringLiteral("instances")));
    QVERIFY(p.rows.at(1).isGiven(QStringLiteral("criticality")));
    auto r = InventoryCsv::apply(*m_db, p);
    PP_VERIFY_OK(r);
    // The values given on the second row count for the system; instances default to 1.
    auto s = SystemRepository(*m_db).findByCode(QStringLiteral("A-01"));
    PP_VERIFY_OK(s);
    QCOMPARE((*s)->criticality, 1);
    QCOMPARE((*s)->environment, Environment::Staging);
    QCOMPARE(ComponentRepository(*m_db).findAll()->first().instances, 1);
    QCOMPARE(r->systemsCreated, 1);
    QCOMPARE(r->componentsCreated, 2);
}

void tst_InventoryCsv::hostileStringsAreKeptVerbatim()
{
    const QByteArray csv
        = utf8("system_code,system_name,owner\n"
               "\"x'); DROP TABLE systems;--\",<script>alert(1)</script>,=cmd|' /C calc'!A0\n"
               "B,\"+SUM(1,2)\",@owner\n");
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("hostile.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    auto r = InventoryCsv::apply(*m_db, p);
    PP_VERIFY_OK(r);
    QCOMPARE(r->systemsCreated, 2);
    auto s = SystemRepository(*m_db).findByCode(QStringLiteral("x'); DROP TABLE systems;--"));
    PP_VERIFY_OK(s);
    QVERIFY(s->has_value());
    QCOMPARE((*s)->name, QStringLiteral("<script>alert(1)</script>"));
    QCOMPARE((*s)->ownerTeam, QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE((*SystemRepository(*m_db).findByCode(QStringLiteral("B")))->name,
        QStringLiteral("+SUM(1,2)"));
}

void tst_InventoryCsv::apostropheGuardIsRemovedOnImport()
{
    const QByteArray csv = utf8("system_code,system_name,owner\n"
                                "A,'=1+1,'Plain\n"
                                "B,''@x,'-3\n");
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("guard.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    QCOMPARE(p.rows.at(0).system.name, QStringLiteral("=1+1"));
    QCOMPARE(p.rows.at(0).system.ownerTeam, QStringLiteral("'Plain")); // not a guard: kept
    QCOMPARE(p.rows.at(1).system.name, QStringLiteral("'@x"));
    QCOMPARE(p.rows.at(1).system.ownerTeam, QStringLiteral("-3"));
}

void tst_InventoryCsv::repeatedComponentIsWarned()
{
    const QByteArray csv = utf8("system_code,system_name,component_kind,product,version\n"
                                "A,Alpha,os,Linux,6.1\n"
                                "A,Alpha,os,Linux,6.1\n");
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("repeat.csv"));
    QVERIFY(!p.hasErrors());
    QCOMPARE(p.issues.size(), 1);
    QCOMPARE(p.issues.first().line, 3);
    QVERIFY(p.issues.first().message.contains(QLatin1String("line 2")));
    auto r = InventoryCsv::apply(*m_db, p);
    PP_VERIFY_OK(r);
    QCOMPARE(r->componentsCreated, 1);
    QCOMPARE(ComponentRepository(*m_db).findAll()->size(), 1);
}

void tst_InventoryCsv::badFileIsRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("needle"); // a word the message must contain

    QTest::newRow("criticality word") << "bad-criticality-word.csv" << 3 << "criticality"
                                      << "whole number";
    QTest::newRow("criticality range") << "bad-criticality-range.csv" << 2 << "criticality"
                                       << "from 1 to 4";
    QTest::newRow("environment") << "bad-environment.csv" << 3 << "environment"
                                 << "production|staging|development";
    QTest::newRow("exposure") << "bad-exposure.csv" << 2 << "exposure"
                              << "internet|internal|isolated";
    QTest::newRow("lifecycle") << "bad-lifecycle.csv" << 4 << "lifecycle_state"
                               << "active|frozen|retiring|retired";
    QTest::newRow("instances -3") << "bad-instances-negative.csv" << 2 << "instances"
                                  << "-3";
    QTest::newRow("instances 1e9") << "bad-instances-exponent.csv" << 3 << "instances"
                                   << "\"1e9\"";
    QTest::newRow("instances 12abc") << "bad-instances-suffix.csv" << 2 << "instances"
                                     << "\"12abc\"";
    QTest::newRow("instances overflow") << "bad-instances-huge.csv" << 2 << "instances"
                                        << "whole number";
    QTest::newRow("kind") << "bad-kind.csv" << 2 << "component_kind"
                          << "os|middleware";
    QTest::newRow("kind missing") << "bad-kind-missing.csv" << 2 << "component_kind"
                                  << "required";
    QTest::newRow("product missing") << "bad-product-missing.csv" << 2 << "product"
                                     << "product is required";
    QTest::newRow("cpe") << "bad-cpe.csv" << 2 << "cpe"
                         << "cpe:2.3:";
    QTest::newRow("code empty") << "bad-code-empty.csv" << 2 << "system_code"
                                << "required";
    QTest::newRow("name blank") << "bad-name-empty.csv" << 2 << "system_name"
                                << "required";
    QTest::newRow("name too long") << "bad-name-too-long.csv" << 2 << "system_name"
                                   << "201";
    QTest::newRow("control character") << "bad-control-char.csv" << 2 << "system_name"
                                       << "control characters";
    QTest::newRow("system rows disagree") << "bad-system-disagrees.csv" << 4 << "system_name"
                                          << "line 2";
    QTest::newRow("component rows disagree") << "bad-component-disagrees.csv" << 3 << "instances"
                                             << "line 2";
    QTest::newRow("unterminated quote") << "bad-unterminated-quote.csv" << 3 << "system_name"
                                        << "never closed";
    QTest::newRow("text after quote") << "bad-text-after-quote.csv" << 2 << "system_name"
                                      << "closing quote";
    QTest::newRow("column count") << "bad-column-count.csv" << 3 << ""
                                  << "7 fields";
    QTest::newRow("missing required column") << "bad-missing-required.csv" << 1 << "system_name"
                                             << "required column";
    QTest::newRow("duplicate column") << "bad-duplicate-column.csv" << 1 << "owner"
                                      << "twice";
    QTest::newRow("component columns without product")
        << "bad-component-columns-without-product.csv" << 1 << "product"
        << "component columns";
    QTest::newRow("NUL bytes") << "bad-nul.csv" << 3 << ""
                               << "binary";
    QTest::newRow("neither UTF-8 nor Shift_JIS") << "bad-encoding.csv" << 3 << ""
                                                 << "Shift_JIS";
    QTest::newRow("Shift_JIS damaged later") << "bad-shift_jis-damaged.csv" << 4 << ""
                                             << "Shift_JIS";
    QTest::newRow("empty file") << "bad-empty.csv" << 0 << ""
                                << "empty";
    QTest::newRow("after multi-line quotes") << "bad-after-multiline.csv" << 6 << "criticality"
                                             << "from 1 to 4";
}

void tst_InventoryCsv::badFileIsRejected()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, needle);

    // Something stored first, so that "unchanged" means something.
    const InventoryImportReport seeded = importFile(fixture("good.csv"));
    QCOMPARE(seeded.systemsCreated, 3);

    const InventoryImportPreview p = InventoryCsv::parseFile(fixture(file));
    QVERIFY(p.hasErrors());
    const ImportIssue *e = firstError(p);
    QVERIFY(e);
    QVERIFY2(e->line == line && e->field == field && e->message.contains(needle),
        qPrintable(allIssues(p)));
    QCOMPARE(e->file, fixture(file));

    const Snapshot before = snapshot(*m_db);
    auto r = InventoryCsv::apply(*m_db, p);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QCOMPARE(snapshot(*m_db), before);
}

void tst_InventoryCsv::hugeFieldIsRejectedByLength()
{
    constexpr qsizetype kTenMegabytes = 10 * 1024 * 1024;
    QByteArray csv = "system_code,system_name,criticality\nA-01,";
    csv += QByteArray(kTenMegabytes, 'x');
    csv += ",2\nB-01,Beta,3\n";
    QElapsedTimer timer;
    timer.start();
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("huge.csv"));
    qDebug("10 MB field read in %lld ms", timer.elapsed());
    QVERIFY(p.hasErrors());
    const ImportIssue *e = firstError(p);
    QCOMPARE(e->line, 2);
    QCOMPARE(e->field, QStringLiteral("system_name"));
    QVERIFY2(e->message.contains(QString::number(kTenMegabytes))
            && e->message.contains(QString::number(kMaxFieldLength)),
        qPrintable(e->message));
    // The row with the huge value is not kept; the next one is read as usual.
    QCOMPARE(p.rows.size(), 1);
    QCOMPARE(p.rows.first().system.code, QStringLiteral("B-01"));
    QCOMPARE(p.rows.first().line, 3);
}

void tst_InventoryCsv::fileOverSizeLimitIsNotRead()
{
    // A sparse file: large on paper, no disk used, and too slow to read if the size check failed.
    const QString path = m_dir->filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("system_code,system_name\n") > 0);
        QVERIFY(f.resize(InventoryCsv::kMaxFileSize + 1));
    }
    QElapsedTimer timer;
    timer.start();
    const InventoryImportPreview p = InventoryCsv::parseFile(path);
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(p.hasErrors());
    QCOMPARE(p.issues.size(), 1);
    QCOMPARE(p.issues.first().line, 0);
    QVERIFY(p.rows.isEmpty());

    // Bytes already in memory are held to the same limit.
    InventoryCsv::Limits small;
    small.maxFileSize = 10;
    const InventoryImportPreview q
        = InventoryCsv::parse("system_code,system_name\nA,B\n", QStringLiteral("x.csv"), small);
    QVERIFY(q.hasErrors());
    QVERIFY(q.rows.isEmpty());
}

void tst_InventoryCsv::tooManyRows()
{
    InventoryCsv::Limits limits;
    limits.maxRows = 3;
    const QByteArray csv = "system_code,system_name\nA,a\nB,b\n\nC,c\nD,d\nE,e\n";
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("rows.csv"), limits);
    QVERIFY(p.hasErrors());
    const ImportIssue *e = firstError(p);
    QCOMPARE(e->line, 6); // the fourth data row (the empty line is no row)
    QVERIFY(e->message.contains(QLatin1String("3")));
}

void tst_InventoryCsv::tooManyIssuesStopsReading()
{
    InventoryCsv::Limits limits;
    limits.maxIssues = 5;
    QByteArray csv = "system_code,system_name,criticality\n";
    for (int i = 0; i < 100; ++i)
        csv += "S" + QByteArray::number(i) + ",n,high\n";
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("many.csv"), limits);
    QCOMPARE(p.issues.size(), 6); // five problems, then where reading stopped
    QCOMPARE(p.issues.last().line, 6);
}

void tst_InventoryCsv::importCreatesWithAudit()
{
    const InventoryImportReport r = importFile(fixture("good.csv"));
    QCOMPARE(r.systemsCreated, 3);
    QCOMPARE(r.systemsUpdated, 0);
    QCOMPARE(r.componentsCreated, 3);
    QCOMPARE(r.componentsUpdated, 0);
    QCOMPARE(r.unchanged, 0);
    // Three systems, three components, and the new systems' default cadences (one entry).
    QCOMPARE(*AuditLog(*m_db).count({}), 7);
    QVERIFY(AuditLog(*m_db).verify()->intact);
    auto hr = SystemRepository(*m_db).findByCode(QStringLiteral("HR-01"));
    PP_VERIFY_OK(hr);
    // Made with the import, due today, so that the first open has none to make.
    auto cadences = ControlRepository(*m_db).cadences((*hr)->id);
    PP_VERIFY_OK(cadences);
    QCOMPARE(cadences->size(),
             defaultCadences((*hr)->id, (*hr)->criticality, QDate::currentDate(), {}).size());
    for (const Cadence &c : std::as_const(*cadences))
        QCOMPARE(c.nextDue, QDate::currentDate());
    auto again = ControlRepository(*m_db).ensureDefaultCadences(QDate::currentDate());
    PP_VERIFY_OK(again);
    QCOMPARE(*again, 0);
    QCOMPARE((*hr)->name, QStringLiteral("人事給与システム"));
    QCOMPARE((*hr)->lifecycleState, LifecycleState::Frozen);
    auto comps = ComponentRepository(*m_db).findBySystem((*hr)->id);
    QCOMPARE(comps->size(), 1);
    QCOMPARE(comps->first().version, QStringLiteral("2012 R2"));
    QCOMPARE(comps->first().eolCycle, QStringLiteral("2012-r2"));
}

void tst_InventoryCsv::importTwiceIsUnchanged()
{
    importFile(fixture("good.csv"));
    const Snapshot before = snapshot(*m_db);
    const InventoryImportReport r = importFile(fixture("good.csv"));
    QCOMPARE(r.systemsCreated + r.systemsUpdated + r.componentsCreated + r.componentsUpdated, 0);
    QCOMPARE(r.unchanged, 4);
    QCOMPARE(snapshot(*m_db), before); // same versions, no audit entry
}

void tst_InventoryCsv::repeatedCodeUpdatesOnlyGivenColumns()
{
    importFile(fixture("good.csv"));
    const int auditBefore = *AuditLog(*m_db).count({});
    const QByteArray csv = utf8("system_code,system_name,owner\n"
                                "HR-01,人事給与システム,人事部\n"
                                "CRM-01,顧客管理システム,営業システム課\n");
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("update.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    auto r = InventoryCsv::apply(*m_db, p);
    PP_VERIFY_OK(r);
    QCOMPARE(r->systemsUpdated, 1);
    QCOMPARE(r->systemsCreated, 0);
    QCOMPARE(r->unchanged, 1);
    QCOMPARE(*AuditLog(*m_db).count({}), auditBefore + 1);
    auto hr = SystemRepository(*m_db).findByCode(QStringLiteral("HR-01"));
    QCOMPARE((*hr)->ownerTeam, QStringLiteral("人事部"));
    // Columns the file does not have keep their stored values.
    QCOMPARE((*hr)->criticality, 2);
    QCOMPARE((*hr)->lifecycleState, LifecycleState::Frozen);
    QCOMPARE((*hr)->exposure, Exposure::Internal);
    QCOMPARE((*hr)->rowVersion, 2);
    QCOMPARE(ComponentRepository(*m_db).findAll()->size(), 3);
}

void tst_InventoryCsv::sameComponentIsUpdated()
{
    importFile(fixture("good.csv"));
    const QByteArray csv
        = utf8("system_code,system_name,component_kind,product,version,instances,cpe\n"
               "CRM-01,顧客管理システム,database,PostgreSQL,13.16,3,"
               "cpe:2.3:a:postgresql:postgresql:13.16:*:*:*:*:*:*:*\n"
               "CRM-01,顧客管理システム,database,PostgreSQL,16.4,1,\n");
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("comp.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    auto r = InventoryCsv::apply(*m_db, p);
    PP_VERIFY_OK(r);
    QCOMPARE(r->componentsUpdated, 1);
    QCOMPARE(r->componentsCreated, 1); // another version is another component
    QCOMPARE(r->systemsUpdated, 0);
    QCOMPARE(r->unchanged, 0);
    auto same = ComponentRepository(*m_db).findSame(
        (*SystemRepository(*m_db).findByCode(QStringLiteral("CRM-01")))->id,
        ComponentKind::Database, QStringLiteral("PostgreSQL"), QStringLiteral("13.16"));
    PP_VERIFY_OK(same);
    QCOMPARE((*same)->instances, 3);
    QVERIFY((*same)->cpe.startsWith(QLatin1String("cpe:2.3:a:postgresql")));
    // vendor and eol_product are not in the file: kept.
    QCOMPARE((*same)->vendor, QStringLiteral("PostgreSQL"));
    QCOMPARE((*same)->eolProduct, QStringLiteral("postgresql"));
    QCOMPARE((*same)->rowVersion, 2);
}

void tst_InventoryCsv::failureRollsBackEverything()
{
    importFile(fixture("good.csv"));
    // A failure injected half-way: the database refuses the last row's component.
    QSqlQuery q(m_db->connection());
    if (test::isPostgres()) {
        QVERIFY(q.exec(QStringLiteral(
            "CREATE FUNCTION inject_failure() RETURNS trigger AS $$ BEGIN "
            "IF NEW.product = 'Boom' THEN RAISE EXCEPTION 'injected failure'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER inject_failure BEFORE INSERT ON components "
                                      "FOR EACH ROW EXECUTE FUNCTION inject_failure()")));
    } else {
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER inject_failure BEFORE INSERT ON components WHEN NEW.product = 'Boom' "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    }
    const Snapshot before = snapshot(*m_db);
    const QByteArray csv = utf8("system_code,system_name,owner,component_kind,product,version\n"
                                "NEW-01,New,Ops,os,Linux,6.1\n"
                                "HR-01,人事給与システム,Changed,os,Linux,6.1\n"
                                "NEW-02,Newer,Ops,application,Boom,1\n");
    const InventoryImportPreview p = InventoryCsv::parse(csv, QStringLiteral("boom.csv"));
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    auto r = InventoryCsv::apply(*m_db, p);
    QVERIFY(!r);
    QVERIFY2(
        r.error().message.startsWith(QLatin1String("boom.csv:4: ")), qPrintable(r.error().message));
    QCOMPARE(snapshot(*m_db), before);
    QVERIFY(AuditLog(*m_db).verify()->intact);
}

void tst_InventoryCsv::rejectedRowRollsBackEverything()
{
    importFile(fixture("good.csv"));
    const Snapshot before = snapshot(*m_db);
    // A preview that did not come from parse() (so no issues) with a component the repository
    // refuses: everything before it must be undone too.
    const InventoryImportPreview parsed
        = InventoryCsv::parse(utf8("system_code,system_name,owner,component_kind,product,cpe\n"
                                   "NEW-01,New,Ops,os,Linux,\n"
                                   "HR-01,人事給与システム,Changed,os,Linux,\n"),
            QStringLiteral("forged.csv"));
    QVERIFY(!parsed.hasErrors());
    InventoryImportPreview forged = parsed;
    forged.rows[1].component->cpe = QStringLiteral("not a cpe");
    auto r = InventoryCsv::apply(*m_db, forged);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.startsWith(QLatin1String("forged.csv:3: ")),
        qPrintable(r.error().message));
    QCOMPARE(snapshot(*m_db), before);
}

void tst_InventoryCsv::toCsvFormat()
{
    importFile(fixture("good.csv"));
    auto rows = InventoryRepository(*m_db).rows();
    PP_VERIFY_OK(rows);
    const QByteArray bytes = InventoryCsv::toCsv(*rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), 6); // header, four rows, and what follows the last CRLF
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < lines.size() - 1; ++i)
        QVERIFY(lines.at(i).endsWith('\r'));
    QCOMPARE(QString::fromUtf8(lines.first().chopped(1)), InventoryCsv::columnNames().join(u','));
    // CRM-01, HR-01, LAB-01 in code order; LAB-01 has empty component columns.
    QCOMPARE(lines.at(4),
        QByteArray("LAB-01,Test lab,Platform,4,development,isolated,active,"
                   ",,,,,,,,,\r"));
}

void tst_InventoryCsv::formulasAreNeutralisedInOutput()
{
    InventoryRow row;
    row.system.code = QStringLiteral("=cmd|' /C calc'!A0");
    row.system.name = QStringLiteral("@SUM(1,2)");
    row.system.ownerTeam = QStringLiteral("-2+3");
    Component c;
    c.kind = ComponentKind::Application;
    c.vendor = QStringLiteral("+vendor");
    c.product = QStringLiteral("\tproduct");
    c.version = QStringLiteral("\rv");
    c.notes = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
    row.component = c;
    const QByteArray bytes = InventoryCsv::toCsv({row});
    const QByteArray data = bytes.mid(bytes.indexOf('\n') + 1);
    QCOMPARE(data,
        QByteArray("'=cmd|' /C calc'!A0,\"'@SUM(1,2)\",'-2+3,3,production,internal,active,"
                   "application,'+vendor,'\tproduct,\"'\rv\",,,,1,,"
                   "\"'=HYPERLINK(\"\"http://example.invalid\"\")\"\r\n"));
    // And no cell of the output starts with a formula character.
    const QString text = CsvReader::decode(bytes).text;
    CsvReader reader(text, kMaxFieldLength);
    CsvRecord record;
    while (reader.readNext(record)) {
        for (const QString &cell : record.fields)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                qPrintable(cell));
    }
}

void tst_InventoryCsv::exportImportRoundTrip()
{
    SystemRepository systems(*m_db);
    ComponentRepository components(*m_db);
    struct Spec
    {
        QString code, name, owner;
    };
    const QList<Spec> specs {
        {QStringLiteral("SQL-1"), QStringLiteral("x'); DROP TABLE systems;--"),
            QStringLiteral("<script>alert(1)</script>")},
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+SUM(A1:A2)"),
            QStringLiteral("-2+3")},
        {QStringLiteral("AT-1"), QStringLiteral("@SUM(1,2)"),
            QStringLiteral("\"quoted\", with comma")},
        {QStringLiteral("JP-1"), QStringLiteral("顧客管理「基幹」システム"),
            QStringLiteral("情報システム部\n運用課")},
        {QStringLiteral("NL-1"), QStringLiteral("line one\r\nline two"), QStringLiteral("'=x")},
    };
    QList<qint64> ids;
    int tier = 1;
    for (const Spec &spec : specs) {
        System s;
        s.code = spec.code;
        s.name = spec.name;
        s.ownerTeam = spec.owner;
        s.criticality = tier++ % 4 + 1;
        s.exposure = Exposure::Isolated;
        s.lifecycleState = LifecycleState::Retiring;
        auto stored = systems.insert(s);
        PP_VERIFY_OK(stored);
        ids << stored->id;
    }
    Component c;
    c.systemId = ids.at(1);
    c.kind = ComponentKind::Application;
    c.vendor = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
    c.product = QStringLiteral("-Product, \"quoted\"");
    c.version = QStringLiteral("+1");
    c.instances = 0;
    c.purl = QStringLiteral("pkg:npm/%40scope/pkg@1.0");
    c.eolProduct = QStringLiteral("'=already guarded");
    c.notes = QStringLiteral("\tindented note\nsecond line, with comma and \"quotes\"\r\n");
    PP_VERIFY_OK(components.insert(c));
    c.systemId = ids.at(3);
    c.kind = ComponentKind::Middleware;
    c.vendor = QStringLiteral("富士通");
    c.product = QStringLiteral("Interstage Application Server");
    c.version = QStringLiteral("V12");
    c.instances = 2;
    c.purl.clear();
    c.eolProduct.clear();
    c.cpe = QStringLiteral("cpe:2.3:a:fujitsu:interstage_application_server:12:*:*:*:*:*:*:*");
    c.notes = QStringLiteral("運用手順書 §3 参照");
    PP_VERIFY_OK(components.insert(c));

    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    PP_VERIFY_OK(InventoryCsv::exportFile(*m_db, path));

    QTemporaryDir otherDir;
    auto other = test::openTemp(otherDir);
    QVERIFY(other);
    const InventoryImportPreview p = InventoryCsv::parseFile(path);
    QVERIFY2(p.issues.isEmpty(), qPrintable(allIssues(p)));
    QCOMPARE(p.encoding, QStringLiteral("UTF-8 with BOM"));
    auto r = InventoryCsv::apply(*other, p);
    PP_VERIFY_OK(r);
    QCOMPARE(r->systemsCreated, 5);
    QCOMPARE(r->componentsCreated, 2);
    QCOMPARE(snapshot(*other, false).records, snapshot(*m_db, false).records);

    // And back into the source: everything matches, nothing is written.
    const Snapshot before = snapshot(*m_db);
    auto again = InventoryCsv::apply(*m_db, p);
    PP_VERIFY_OK(again);
    QCOMPARE(again->unchanged, p.rows.size());
    QCOMPARE(snapshot(*m_db), before);
}

void tst_InventoryCsv::exportFileFailsClearly()
{
    importFile(fixture("good.csv"));
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/out.csv"));
    const Status s = InventoryCsv::exportFile(*m_db, path);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, ErrorKind::Failed);
    QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
    QVERIFY(!QFile::exists(path));

    // A good export replaces the old file whole.
    const QString good = m_dir->filePath(QStringLiteral("out.csv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content that is longer than nothing");
    }
    PP_VERIFY_OK(InventoryCsv::exportFile(*m_db, good));
    QFile f(good);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "system_code,system_name,"));
    QVERIFY(!bytes.contains("old content"));
}

QTEST_GUILESS_MAIN(tst_InventoryCsv)
#include "tst_inventorycsv.moc"
