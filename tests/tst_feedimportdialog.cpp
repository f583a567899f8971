// File > Import > KEV / NVD: the dialog runs a real import in its background thread on its own
// database connection; the preview changes nothing; the report counts what changed and the
// workspace reloads; a bad file shows its located error and nothing changes; Cancel stops it.
#include "testsupport.h"

#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/importexport/feedimportdialog.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace pp;

namespace {

const QString kKevJson = QStringLiteral(PP_TEST_DATA "/kev/known_exploited_vulnerabilities.json");
const QString kKevCsv = QStringLiteral(PP_TEST_DATA "/kev/known_exploited_vulnerabilities.csv");

int storedVulnerabilities(const Workspace &ws)
{
    VulnFilter all;
    all.affectingOnly = false;
    all.limit = 100000;
    auto rows = ws.vulnerabilityRows(all);
    return rows ? int(rows->size()) : -1;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return f.fileName();
}

} // namespace

class tst_FeedImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recognisesTheFeedOfAFile();
    void previewChangesNothingThenImportReports();
    void nvdFileCreatesFindings();
    void badFileShowsLocatedErrorAndChangesNothing();
    void cancelStopsAndChangesNothing();

private:
    QTemporaryDir m_dir;
    QString m_location;
};

void tst_FeedImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(kKevJson));
    auto db = test::openTemp(m_dir, QStringLiteral("feeds.db"));
    QVERIFY(db);
    m_location = test::location(m_dir, QStringLiteral("feeds.db"));
    System s;
    s.code = QStringLiteral("EDGE");
    s.name = QStringLiteral("Edge gateway");
    s.exposure = Exposure::Internet;
    auto stored = SystemRepository(*db).insert(s);
    PP_VERIFY_OK(stored);
    Component c;
    c.systemId = stored->id;
    c.kind = ComponentKind::Firmware;
    c.vendor = QStringLiteral("Example");
    c.product = QStringLiteral("Gateway OS");
    c.version = QStringLiteral("7.1.2");
    c.cpe = QStringLiteral("cpe:2.3:o:example:gateway_os:7.1.2:*:*:*:*:*:*:*");
    PP_VERIFY_OK(ComponentRepository(*db).insert(c));
}

void tst_FeedImportDialog::recognisesTheFeedOfAFile()
{
    QCOMPARE(FeedImportDialog::sniffKind(kKevJson), std::optional(VulnFeedKind::Kev));
    QCOMPARE(FeedImportDialog::sniffKind(kKevCsv), std::optional(VulnFeedKind::Kev));
    const QString jvn = QStringLiteral(PP_TEST_DATA "/jvn/dataFeed_jvndb_rss_hnd.xml");
    if (QFile::exists(jvn))
        QCOMPARE(FeedImportDialog::sniffKind(jvn), std::optional(VulnFeedKind::Jvn));
    const QString nvd = writeFile(m_dir, QStringLiteral("one.json"),
                                  R"({"resultsPerPage":0,"vulnerabilities":[]})");
    QCOMPARE(FeedImportDialog::sniffKind(nvd), std::optional(VulnFeedKind::Nvd));
    const QString other = writeFile(m_dir, QStringLiteral("other.txt"), "hello");
    QCOMPARE(FeedImportDialog::sniffKind(other), std::nullopt);

    // Choosing a KEV file from the NVD entry switches the feed; the list says what each is.
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    FeedImportDialog dialog(&ws, VulnFeedKind::Nvd);
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.setFiles({kKevJson});
    QCOMPARE(dialog.kind(), VulnFeedKind::Kev);
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.previewButton()->isEnabled());
    QVERIFY(!dialog.cancelButton()->isEnabled());
    // Files of two feeds at once: refused until the user picks one feed.
    dialog.setFiles({kKevJson, nvd});
    QVERIFY(!dialog.importButton()->isEnabled());
}

void tst_FeedImportDialog::previewChangesNothingThenImportReports()
{
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    QCOMPARE(storedVulnerabilities(ws), 0);
    FeedImportDialog dialog(&ws, VulnFeedKind::Kev);
    QSignalSpy finished(&dialog, &FeedImportDialog::finished);
    QSignalSpy imported(&dialog, &FeedImportDialog::imported);
    dialog.setFiles({kKevJson});

    dialog.start(true);
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!dialog.isRunning());
    QVERIFY2(dialog.lastRunSucceeded(), qPrintable(dialog.summaryLabel()->text()));
    QVERIFY(dialog.lastRunWasPreview());
    QCOMPARE(dialog.lastReport().created, 1404);
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1,404 created")));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(storedVulnerabilities(ws), 0);

    QSignalSpy reloaded(&ws, &Workspace::vulnerabilitiesChanged);
    dialog.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
    QVERIFY2(dialog.lastRunSucceeded(), qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(0).value<VulnImportReport>().created, 1404);
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Imported")));
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1,404 created")));
    QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    QVERIFY(reloaded.count() >= 1);
    QCOMPARE(storedVulnerabilities(ws), 1404);

    // Again: every record unchanged.
    dialog.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 120000);
    QVERIFY(dialog.lastRunSucceeded());
    QCOMPARE(dialog.lastReport().unchanged, 1404);
    QCOMPARE(dialog.lastReport().created, 0);
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1,404 unchanged")));
}

void tst_FeedImportDialog::nvdFileCreatesFindings()
{
    const QString file = writeFile(m_dir, QStringLiteral("nvd.json"), R"({"resultsPerPage":1,
"startIndex":0,"totalResults":1,"format":"NVD_CVE","version":"2.0",
"timestamp":"2024-08-01T00:00:00.000","vulnerabilities":[{"cve":{"id":"CVE-2099-1000",
"sourceIdentifier":"psirt@example.com","published":"2024-07-01T10:00:00.000",
"lastModified":"2024-07-02T10:00:00.000","vulnStatus":"Analyzed",
"descriptions":[{"lang":"en","value":"A test flaw in Gateway OS."}],
"metrics":{"cvssMetricV31":[{"source":"nvd@nist.gov","type":"Primary","cvssData":{
"version":"3.1","vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
"baseScore":9.8,"baseSeverity":"CRITICAL"}}]},
"configurations":[{"nodes":[{"operator":"OR","negate":false,"cpeMatch":[{"vulnerable":true,
"criteria":"cpe:2.3:o:example:gateway_os:*:*:*:*:*:*:*:*","versionEndExcluding":"7.1.5",
"matchCriteriaId":"33333333-3333-3333-3333-333333333333"}]}]}],"references":[]}}]})");
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    QSignalSpy findings(&ws, &Workspace::findingsChanged);
    FeedImportDialog dialog(&ws, VulnFeedKind::Kev);
    QSignalSpy finished(&dialog, &FeedImportDialog::finished);
    dialog.setFiles({file});
    QCOMPARE(dialog.kind(), VulnFeedKind::Nvd);
    dialog.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(dialog.lastRunSucceeded(), qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(dialog.lastReport().created, 1);
    QCOMPARE(dialog.lastReport().findingsCreated, 1);
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Findings: 1 created")));
    QVERIFY(findings.count() >= 1);
    auto rows = ws.findingRows(FindingFilter{});
    PP_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().vulnIdentifier, QStringLiteral("CVE-2099-1000"));
}

void tst_FeedImportDialog::badFileShowsLocatedErrorAndChangesNothing()
{
    // The second entry's cveID is malformed (line 12 of the file).
    const QString bad = writeFile(m_dir, QStringLiteral("bad.json"), R"({
  "catalogVersion": "2099.01.01",
  "count": 2,
  "vulnerabilities": [
    {"cveID": "CVE-2099-2001", "vendorProject": "Example", "product": "Thing",
     "vulnerabilityName": "Example Thing Vulnerability", "dateAdded": "2099-01-01",
     "shortDescription": "A flaw.", "requiredAction": "Patch.", "dueDate": "2099-01-22",
     "knownRansomwareCampaignUse": "Unknown", "notes": ""},
    {
      "vendorProject": "Example", "product": "Other",
      "cveID": "CVE-99-BAD",
      "vulnerabilityName": "Example Other Vulnerability", "dateAdded": "2099-01-01",
      "shortDescription": "A flaw.", "requiredAction": "Patch.", "dueDate": "2099-01-22",
      "knownRansomwareCampaignUse": "Unknown", "notes": ""}
  ]
})");
    Workspace ws;
    PP_VERIFY_OK(ws.open(m_location));
    const int before = storedVulnerabilities(ws);
    FeedImportDialog dialog(&ws, VulnFeedKind::Kev);
    QSignalSpy finished(&dialog, &FeedImportDialog::finished);
    QSignalSpy imported(&dialog, &FeedImportDialog::imported);
    dialog.setFiles({bad});
    dialog.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!dialog.lastRunSucceeded());
    QCOMPARE(imported.count(), 0);
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("nothing was changed")),
             qPrintable(dialog.summaryLabel()->text()));
    QTreeWidget *issues = dialog.issueList();
    QVERIFY(issues->topLevelItemCount() >= 1);
    bool located = false;
    for (int i = 0; i < issues->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = issues->topLevelItem(i);
        if (item->text(0) == QLatin1String("Error")
            && item->text(1).startsWith(QStringLiteral("bad.json:"))
            && item->text(2).contains(QStringLiteral("CVE-99-BAD")))
            located = true;
    }
    QVERIFY2(located, qPrintable(issues->topLevelItem(0)->text(1) + QLatin1Char(' ')
                                 + issues->topLevelItem(0)->text(2)));
    QCOMPARE(storedVulnerabilities(ws), before);
}

void tst_FeedImportDialog::cancelStopsAndChangesNothing()
{
    // A fresh database, so that a finished import would show.
    QTemporaryDir dir;
    auto db = test::openTemp(dir, QStringLiteral("cancel.db"));
    QVERIFY(db);
    db.reset();
    Workspace ws;
    PP_VERIFY_OK(ws.open(test::location(dir, QStringLiteral("cancel.db"))));
    FeedImportDialog dialog(&ws, VulnFeedKind::Kev);
    QSignalSpy finished(&dialog, &FeedImportDialog::finished);
    QSignalSpy imported(&dialog, &FeedImportDialog::imported);
    // Both forms of the catalog: work enough that Cancel arrives while it runs.
    dialog.setFiles({kKevJson});
    dialog.start(false);
    QVERIFY(dialog.isRunning());
    dialog.cancel();
    QVERIFY(!dialog.cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!dialog.lastRunSucceeded());
    QCOMPARE(imported.count(), 0);
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("Cancelled")),
             qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(storedVulnerabilities(ws), 0);
    // And the dialog can run again afterwards.
    QVERIFY(dialog.previewButton()->isEnabled());
}

QTEST_MAIN(tst_FeedImportDialog)
#include "tst_feedimportdialog.moc"
