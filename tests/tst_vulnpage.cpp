// The Vulnerabilities page on a real database: it shows the stored vulnerabilities and
// findings, its filters work, bulk triage through the dialog changes every selected finding in
// one undo step, read-only users get no triage, and feed text with markup reads literally.
#include "testsupport.h"

#include "models/itemmodels/filterproxymodel.h"
#include "models/itemmodels/findingtablemodel.h"
#include "models/itemmodels/vulntablemodel.h"
#include "models/storage/componentrepository.h"
#include "models/storage/findingrepository.h"
#include "models/storage/systemrepository.h"
#include "models/storage/vulnerabilityrepository.h"
#include "models/workspace.h"
#include "ui/vulnerabilities/triagedialog.h"
#include "ui/vulnerabilities/vulnerabilitiespage.h"
#include "ui/vulnerabilities/vulnerabilitydetail.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace pp;

/// The page reads its lists in the background (issue 9): wait until it has them.
#define SETTLED(p) QTRY_VERIFY_WITH_TIMEOUT(!(p)->isLoading(), 10000)

namespace {

const QString kHtmlTitle =
    QStringLiteral("<b>Boom</b><script>alert('x')</script> in <i>Tomcat</i> & friends");
const QString kHtmlDescription =
    QStringLiteral("<p>Remote code execution via <a href=\"javascript:alert(1)\">link</a></p>");

VulnRecord record(const QString &id, const QString &title, double score, const QString &cpe,
                  const QString &endExcluding)
{
    VulnRecord r;
    r.source = VulnSource::Nvd;
    r.identifier = id;
    r.title = title;
    r.description = QStringLiteral("Description of %1.").arg(id);
    CvssMetric m;
    m.version = QStringLiteral("3.1");
    m.score = score;
    m.severity = severityFromScore(score);
    m.vector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    m.source = QStringLiteral("nvd@nist.gov");
    m.primary = true;
    r.metrics = {m};
    r.published = QDateTime(QDate(2024, 4, 12), QTime(8, 0), Qt::UTC);
    r.lastModified = r.published;
    r.status = QStringLiteral("Analyzed");
    CpeCriterion c;
    c.criteria = cpe;
    c.versionEndExcluding = endExcluding;
    CpeNode node;
    node.matches = {c};
    CpeConfiguration config;
    config.nodes = {node};
    r.configurations = {config};
    VulnReference ref;
    ref.url = QStringLiteral("https://example.org/advisory/%1").arg(id);
    ref.tags = {QStringLiteral("Vendor Advisory")};
    r.references = {ref};
    r.sourceFile = QStringLiteral("test.json");
    r.line = 1;
    return r;
}

} // namespace

class tst_VulnPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsVulnerabilitiesAndFindings();
    void findingFilters();
    void fullFindingListAsksTheDatabase();
    void vulnerabilityFiltersAndDetail();
    void htmlTitleShownLiterally();
    void bulkTriageAndUndo();
    void keepsSelectionOnReload();
    void readOnlyHidesTriage();
    void emptyDatabaseExplains();
    void screenshot();

private:
    VulnerabilitiesPage *makePage(Workspace &ws, bool readOnly = false);
    QTemporaryDir m_dir;
    QString m_location;
    qint64 m_crm = 0, m_web = 0;
    qint64 m_tomcat = 0, m_nginx = 0, m_openssl = 0;
    qint64 m_vulnTomcat = 0, m_vulnNginx = 0, m_vulnHtml = 0, m_vulnUnmatched = 0;
    QList<std::unique_ptr<Workspace>> m_workspaces;
};

void tst_VulnPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = test::location(m_dir, QStringLiteral("vulns.db"));
    auto db = test::openTemp(m_dir, QStringLiteral("vulns.db"));
    QVERIFY(db);

    System crm;
    crm.code = QStringLiteral("CRM");
    crm.name = QStringLiteral("Customer relations");
    crm.exposure = Exposure::Internal;
    System web;
    web.code = QStringLiteral("WEB");
    web.name = QStringLiteral("Public web shop");
    web.exposure = Exposure::Internet;
    auto crmStored = SystemRepository(*db).insert(crm);
    PP_VERIFY_OK(crmStored);
    auto webStored = SystemRepository(*db).insert(web);
    PP_VERIFY_OK(webStored);
    m_crm = crmStored->id;
    m_web = webStored->id;

    const auto component = [&db](qint64 system, ComponentKind kind, const QString &vendor,
                                 const QString &product, const QString &version,
                                 const QString &cpe) -> qint64 {
        Component c;
        c.systemId = system;
        c.kind = kind;
        c.vendor = vendor;
        c.product = product;
        c.version = version;
        c.cpe = cpe;
        auto stored = ComponentRepository(*db).insert(c);
        return stored ? stored->id : 0;
    };
    m_tomcat = component(m_crm, ComponentKind::Middleware, QStringLiteral("apache"),
                         QStringLiteral("tomcat"), QStringLiteral("9.0.80"),
                         QStringLiteral("cpe:2.3:a:apache:tomcat:9.0.80:*:*:*:*:*:*:*"));
    m_nginx = component(m_web, ComponentKind::Middleware, QStringLiteral("f5"),
                        QStringLiteral("nginx"), QStringLiteral("1.24.0"), QString());
    m_openssl = component(m_web, ComponentKind::Runtime, QStringLiteral("openssl"),
                          QStringLiteral("openssl"), QStringLiteral("3.0.1"),
                          QStringLiteral("cpe:2.3:a:openssl:openssl:3.0.1:*:*:*:*:*:*:*"));
    QVERIFY(m_tomcat && m_nginx && m_openssl);

    QList<VulnRecord> records{
        record(QStringLiteral("CVE-2024-0001"), QStringLiteral("Tomcat request smuggling"), 7.5,
               QStringLiteral("cpe:2.3:a:apache:tomcat:*:*:*:*:*:*:*:*"),
               QStringLiteral("9.0.90")),
        record(QStringLiteral("CVE-2024-0002"), QStringLiteral("nginx resolver overflow"), 9.8,
               QStringLiteral("cpe:2.3:a:f5:nginx:*:*:*:*:*:*:*:*"), QStringLiteral("1.25.0")),
        record(QStringLiteral("CVE-2024-0003"), kHtmlTitle, 5.3,
               QStringLiteral("cpe:2.3:a:openssl:openssl:*:*:*:*:*:*:*:*"),
               QStringLiteral("3.0.8")),
        record(QStringLiteral("CVE-2024-0004"), QStringLiteral("Affects nothing here"), 4.0,
               QStringLiteral("cpe:2.3:a:example:nothing:*:*:*:*:*:*:*:*"), QString()),
    };
    records[1].kev = KevEntry{QDate(2024, 5, 1), QDate(2024, 5, 22), true,
                              QStringLiteral("F5"), QStringLiteral("nginx"),
                              QStringLiteral("nginx overflow"),
                              QStringLiteral("Apply updates per vendor instructions."), {}};
    records[2].description = kHtmlDescription;

    VulnerabilityRepository vulns(*db);
    FindingRepository findings(*db);
    PP_VERIFY_OK(db->transaction([&]() -> Status {
        auto stored = vulns.upsert(records);
        if (!stored)
            return stored.error();
        m_vulnTomcat = stored->at(0).id;
        m_vulnNginx = stored->at(1).id;
        m_vulnHtml = stored->at(2).id;
        m_vulnUnmatched = stored->at(3).id;
        const auto cpeMatch = [](qint64 component, const QString &criteria, MatchKind kind) {
            VulnMatch m;
            m.componentId = component;
            m.kind = kind;
            m.criteria = criteria;
            return m;
        };
        const auto criteria = [&records](int i) {
            return records[i].configurations[0].nodes[0].matches[0].criteria;
        };
        const QList<VulnMatches> matches{
            {m_vulnTomcat, {cpeMatch(m_tomcat, criteria(0), MatchKind::Cpe)}},
            {m_vulnNginx, {cpeMatch(m_nginx, criteria(1), MatchKind::Name)}},
            {m_vulnHtml, {cpeMatch(m_openssl, criteria(2), MatchKind::Cpe)}},
        };
        auto applied = findings.applyMatches(matches, QDateTime::currentDateTimeUtc());
        if (!applied)
            return applied.error();
        return {};
    }));
    // Pin due dates and tracks (the policy's own results are another test's business): the
    // nginx finding is overdue and on the emergency track, the others due in the future.
    PP_VERIFY_OK(db->run(QStringLiteral("UPDATE findings SET due_date = ?, track = 'regular'"),
                         {QDate::currentDate().addDays(30).toString(Qt::ISODate)}));
    PP_VERIFY_OK(db->run(QStringLiteral("UPDATE findings SET due_date = ?, track = 'emergency' "
                                        "WHERE vulnerability_id = ?"),
                         {QDate::currentDate().addDays(-10).toString(Qt::ISODate), m_vulnNginx}));
}

VulnerabilitiesPage *tst_VulnPage::makePage(Workspace &ws, bool readOnly)
{
    const Status opened = ws.open(m_location, Database::Options(false, -1, readOnly));
    if (!opened.ok())
        qWarning("open failed: %s", qPrintable(opened.error().message));
    auto *page = new VulnerabilitiesPage(&ws);
    page->resize(1500, 800);
    return page;
}

void tst_VulnPage::showsVulnerabilitiesAndFindings()
{
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws));
    QVERIFY(ws.isOpen());
    // Affecting my systems only (the default): the three matched ones, not the fourth.
    SETTLED(page);
    QCOMPARE(page->vulnModel()->rowCount(), 3);
    QCOMPARE(page->vulnModel()->rowOf(m_vulnUnmatched), -1);
    const int nginx = page->vulnModel()->rowOf(m_vulnNginx);
    QVERIFY(nginx >= 0);
    const VulnTableModel *vm = page->vulnModel();
    QCOMPARE(vm->index(nginx, VulnTableModel::KevColumn).data().toString(),
             QStringLiteral("KEV, ransomware"));
    QCOMPARE(vm->index(nginx, VulnTableModel::CvssColumn).data().toString(),
             QStringLiteral("9.8"));
    QCOMPARE(vm->index(nginx, VulnTableModel::SystemsColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(vm->index(nginx, VulnTableModel::EmergencyColumn).data().toString(),
             QStringLiteral("Emergency"));

    SETTLED(page);
    QCOMPARE(page->findingModel()->rowCount(), 3);
    const int row = [&] {
        for (int r = 0; r < page->findingModel()->rowCount(); ++r) {
            if (page->findingModel()->rowAt(r).finding.vulnerabilityId == m_vulnNginx)
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    const FindingTableModel *fm = page->findingModel();
    QCOMPARE(fm->index(row, FindingTableModel::SystemColumn).data().toString(),
             QStringLiteral("WEB"));
    QCOMPARE(fm->index(row, FindingTableModel::MatchColumn).data().toString(),
             QStringLiteral("name (lower confidence)"));
    QVERIFY(fm->index(row, FindingTableModel::DueColumn).data().toString().endsWith(
        QStringLiteral("(overdue)")));
    // The table is shown, not the empty-state text.
    QVERIFY(page->vulnTable()->isVisibleTo(page.get()));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("vulnEmpty"))->isVisibleTo(page.get()));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("findingEmpty"))->isVisibleTo(page.get()));
}

void tst_VulnPage::fullFindingListAsksTheDatabase()
{
    // A whole estate has millions of findings: the list holds the first ones by due date, says
    // so, and a text beyond them is searched in the database.
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws));
    FindingTableModel *fm = page->findingModel();
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 3);
    QVERIFY(!page->findingsCapped());
    const FindingRow last = fm->rowAt(2);
    auto *count = page->findChild<QLabel *>(QStringLiteral("findingCount"));
    auto *text = page->findChild<QLineEdit *>(QStringLiteral("findingFilter"));
    QVERIFY(count && text);
    QVERIFY(!count->text().contains(QLatin1String("narrow")));

    page->setFindingLimit(2);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 2);
    QVERIFY(page->findingsCapped());
    QVERIFY2(count->text().contains(QLatin1String("first 2 by due date shown")), qPrintable(count->text()));
    QCOMPARE(fm->rowOf(last.finding.id), -1);

    // The third finding is not loaded; its identifier typed, the database finds it.
    text->setText(last.vulnIdentifier);
    QCOMPARE(fm->filter().text, QString()); // not before a pause in the typing
    QTRY_COMPARE_WITH_TIMEOUT(fm->filter().text, last.vulnIdentifier, 5000);
    SETTLED(page);
    QVERIFY(fm->rowOf(last.finding.id) >= 0);
    QVERIFY(!page->findingsCapped());
    QCOMPARE(page->findingProxy()->rowCount(), 1);

    // The text cleared: the first two again, still capped.
    text->clear();
    QTRY_COMPARE_WITH_TIMEOUT(fm->filter().text, QString(), 5000);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 2);
    QVERIFY(page->findingsCapped());

    // Not capped: the text narrows the loaded rows only, never asking the database.
    page->setFindingLimit(100);
    SETTLED(page);
    text->setText(last.vulnIdentifier);
    QTest::qWait(500);
    QCOMPARE(fm->filter().text, QString());
    QCOMPARE(fm->rowCount(), 3);
    QCOMPARE(page->findingProxy()->rowCount(), 1);
}

void tst_VulnPage::findingFilters()
{
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws));
    FindingTableModel *fm = page->findingModel();
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 3);

    auto *emergency = page->findChild<QCheckBox *>(QStringLiteral("emergencyOnly"));
    auto *overdue = page->findChild<QCheckBox *>(QStringLiteral("overdueOnly"));
    auto *kev = page->findChild<QCheckBox *>(QStringLiteral("findingKevOnly"));
    auto *system = page->findChild<QComboBox *>(QStringLiteral("findingSystem"));
    QVERIFY(emergency && overdue && kev && system);

    emergency->setChecked(true);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 1);
    QCOMPARE(fm->rowAt(0).finding.vulnerabilityId, m_vulnNginx);
    emergency->setChecked(false);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 3);

    overdue->setChecked(true);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 1);
    QCOMPARE(fm->rowAt(0).finding.componentId, m_nginx);
    overdue->setChecked(false);

    kev->setChecked(true);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 1);
    kev->setChecked(false);

    // The system combo lists every system.
    QCOMPARE(system->count(), 3);
    system->setCurrentIndex(system->findData(m_crm));
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 1);
    QCOMPARE(fm->rowAt(0).finding.componentId, m_tomcat);

    // The dashboard's entry points.
    page->showSystem(m_web);
    QCOMPARE(page->tabs()->currentIndex(), int(VulnerabilitiesPage::FindingsTab));
    QCOMPARE(system->currentData().toLongLong(), m_web);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 2);
    page->showFilter(FindingQuickFilter::Overdue);
    QVERIFY(overdue->isChecked());
    QCOMPARE(system->currentIndex(), 0);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 1);
    page->showFilter(FindingQuickFilter::Untriaged);
    QVERIFY(!overdue->isChecked());
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 3); // all three are not set yet
    page->showFilter(FindingQuickFilter::Kev);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 1);
    page->showFilter(FindingQuickFilter::All);
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 3);

    // Typing narrows at once, in the proxy.
    auto *text = page->findChild<QLineEdit *>(QStringLiteral("findingFilter"));
    text->setText(QStringLiteral("tomcat"));
    QCOMPARE(page->findingProxy()->rowCount(), 1);
    text->setText(QStringLiteral("no such thing"));
    QCOMPARE(page->findingProxy()->rowCount(), 0);
    auto *empty = page->findChild<QLabel *>(QStringLiteral("findingEmpty"));
    SETTLED(page);
    QVERIFY(empty->text().contains(QStringLiteral("no such thing")));
}

void tst_VulnPage::vulnerabilityFiltersAndDetail()
{
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws));
    auto *affecting = page->findChild<QCheckBox *>(QStringLiteral("affectingOnly"));
    auto *kevOnly = page->findChild<QCheckBox *>(QStringLiteral("kevOnly"));
    auto *minSeverity = page->findChild<QComboBox *>(QStringLiteral("minSeverity"));
    QVERIFY(affecting && affecting->isChecked() && kevOnly && minSeverity);

    affecting->setChecked(false);
    SETTLED(page);
    QCOMPARE(page->vulnModel()->rowCount(), 4);
    kevOnly->setChecked(true);
    SETTLED(page);
    QCOMPARE(page->vulnModel()->rowCount(), 1);
    kevOnly->setChecked(false);
    minSeverity->setCurrentIndex(minSeverity->findData(int(Severity::High)));
    SETTLED(page);
    QCOMPARE(page->vulnModel()->rowCount(), 2); // 7.5 and 9.8
    minSeverity->setCurrentIndex(0);
    auto *text = page->findChild<QLineEdit *>(QStringLiteral("vulnFilter"));
    text->setText(QStringLiteral("CVE-2024-0004"));
    QTRY_COMPARE(page->vulnModel()->rowCount(), 1);
    text->clear();
    QTRY_COMPARE(page->vulnModel()->rowCount(), 4);

    // Selecting shows the detail: facts, configurations with ranges, references, findings.
    page->selectVulnerability(m_vulnTomcat);
    QCOMPARE(page->selectedVulnerability(), m_vulnTomcat);
    VulnerabilityDetail *detail = page->detail();
    QCOMPARE(detail->vulnerabilityId(), m_vulnTomcat);
    QVERIFY(detail->titleLabel()->text().contains(QStringLiteral("Tomcat request smuggling")));
    auto *configs = detail->findChild<QPlainTextEdit *>(QStringLiteral("vulnConfigurations"));
    QVERIFY(configs->toPlainText().contains(QStringLiteral("cpe:2.3:a:apache:tomcat:*")));
    QVERIFY(configs->toPlainText().contains(QStringLiteral("before 9.0.90")));
    auto *metrics = detail->findChild<QPlainTextEdit *>(QStringLiteral("vulnMetrics"));
    QVERIFY(metrics->toPlainText().contains(QStringLiteral("AV:N/AC:L")));
    QCOMPARE(detail->referenceList()->count(), 1);
    QCOMPARE(detail->referenceList()->item(0)->data(Qt::UserRole).toString(),
             QStringLiteral("https://example.org/advisory/CVE-2024-0001"));
    QTRY_COMPARE(detail->findingModel()->rowCount(), 1);

    page->selectVulnerability(m_vulnNginx);
    auto *kev = detail->findChild<QPlainTextEdit *>(QStringLiteral("vulnKev"));
    QVERIFY(kev->toPlainText().contains(QStringLiteral("2024-05-22")));
    QVERIFY(kev->toPlainText().contains(QStringLiteral("Known ransomware campaign use: yes")));
}

void tst_VulnPage::htmlTitleShownLiterally()
{
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws));
    SETTLED(page);
    const int row = page->vulnModel()->rowOf(m_vulnHtml);
    QVERIFY(row >= 0);
    QCOMPARE(page->vulnModel()->index(row, VulnTableModel::TitleColumn).data().toString(),
             kHtmlTitle);
    page->selectVulnerability(m_vulnHtml);
    QLabel *title = page->detail()->titleLabel();
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY(title->text().contains(kHtmlTitle));
    QCOMPARE(page->detail()->descriptionView()->toPlainText(), kHtmlDescription);
    // No label of the page interprets markup from the feed.
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->text().contains(QStringLiteral("<script>")))
            QCOMPARE(l->textFormat(), Qt::PlainText);
    }
}

void tst_VulnPage::bulkTriageAndUndo()
{
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws));
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->tabs()->setCurrentIndex(VulnerabilitiesPage::FindingsTab);
    FindingTableModel *fm = page->findingModel();
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 3);
    QVERIFY(page->triageButton()->isVisible());
    QVERIFY(!page->triageButton()->isEnabled()); // nothing selected yet

    const qint64 a = fm->rowAt(fm->rowOf(fm->rowAt(0).finding.id)).finding.id;
    qint64 b = 0;
    qint64 untouched = 0;
    for (int r = 0; r < fm->rowCount(); ++r) {
        const qint64 id = fm->rowAt(r).finding.id;
        if (id == a)
            continue;
        if (!b)
            b = id;
        else
            untouched = id;
    }
    page->selectFindings({a, b});
    QCOMPARE(page->selectedFindings().size(), 2);
    QVERIFY(page->triageButton()->isEnabled());
    QVERIFY(page->triageAction()->isEnabled());

    int shownCount = 0;
    const QDate review = QDate::currentDate().addDays(45);
    connect(page.get(), &VulnerabilitiesPage::triageDialogOpened, this,
            [&](TriageDialog *dialog) {
                shownCount = dialog->findChild<QLabel *>(QStringLiteral("triageCount"))
                                 ->text()
                                 .startsWith(QStringLiteral("2 "))
                    ? 2
                    : -1;
                // Justification and review date are only for not affected / false positive.
                dialog->stateCombo()->setCurrentIndex(
                    dialog->stateCombo()->findData(int(AnalysisState::Affected)));
                QVERIFY(!dialog->justificationCombo()->isEnabled());
                QVERIFY(!dialog->reviewDateEdit()->isEnabled());
                dialog->stateCombo()->setCurrentIndex(
                    dialog->stateCombo()->findData(int(AnalysisState::NotAffected)));
                QVERIFY(dialog->justificationCombo()->isEnabled());
                QCOMPARE(dialog->reviewDateEdit()->date(), QDate::currentDate().addDays(90));
                dialog->justificationCombo()->setCurrentIndex(
                    dialog->justificationCombo()->findData(int(Justification::CodeNotReachable)));
                dialog->detailEdit()->setPlainText(QStringLiteral("Module not loaded"));
                dialog->reviewDateEdit()->setDate(review);
                dialog->buttons()->button(QDialogButtonBox::Ok)->click();
            });
    const int undoBefore = ws.undoStack()->count();
    page->triageAction()->trigger();
    QCOMPARE(shownCount, 2);
    QCOMPARE(ws.undoStack()->count(), undoBefore + 1); // one step for both

    FindingFilter all;
    all.states = allValues<AnalysisState>();
    const auto states = [&ws, &all]() {
        QHash<qint64, Finding> out;
        auto rows = ws.findingRows(all);
        if (rows) {
            for (const FindingRow &r : std::as_const(*rows))
                out.insert(r.finding.id, r.finding);
        }
        return out;
    };
    QHash<qint64, Finding> after = states();
    for (qint64 id : {a, b}) {
        QCOMPARE(after.value(id).state, AnalysisState::NotAffected);
        QCOMPARE(after.value(id).justification, Justification::CodeNotReachable);
        QCOMPARE(after.value(id).detail, QStringLiteral("Module not loaded"));
        QCOMPARE(after.value(id).reviewDate, review);
    }
    QCOMPARE(after.value(untouched).state, AnalysisState::NotSet);
    // The default view hides not-affected findings until their review date: one left.
    QTRY_COMPARE(fm->rowCount(), 1);

    ws.undoStack()->undo();
    QHash<qint64, Finding> undone = states();
    QCOMPARE(undone.value(a).state, AnalysisState::NotSet);
    QCOMPARE(undone.value(b).state, AnalysisState::NotSet);
    QCOMPARE(undone.value(a).detail, QString());
    QTRY_COMPARE(fm->rowCount(), 3);
    ws.undoStack()->redo();
    QCOMPARE(states().value(b).state, AnalysisState::NotAffected);
    ws.undoStack()->undo();
}

void tst_VulnPage::keepsSelectionOnReload()
{
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws));
    FindingTableModel *fm = page->findingModel();
    SETTLED(page);
    QCOMPARE(fm->rowCount(), 3);
    const QList<qint64> ids{fm->rowAt(0).finding.id, fm->rowAt(2).finding.id};
    page->selectFindings(ids);
    QSignalSpy resets(fm, &QAbstractItemModel::modelReset);
    // What an import does: several change signals, read once.
    emit ws.vulnerabilitiesChanged();
    emit ws.findingsChanged();
    QTRY_COMPARE(resets.size(), 1);
    QTest::qWait(20);
    QCOMPARE(resets.size(), 1);
    QList<qint64> kept = page->selectedFindings();
    std::sort(kept.begin(), kept.end());
    QList<qint64> expected = ids;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(kept, expected);

    page->selectVulnerability(m_vulnNginx);
    QSignalSpy vulnResets(page->vulnModel(), &QAbstractItemModel::modelReset);
    emit ws.vulnerabilitiesChanged();
    QTRY_COMPARE(vulnResets.size(), 1);
    QCOMPARE(page->selectedVulnerability(), m_vulnNginx);
    QCOMPARE(page->detail()->vulnerabilityId(), m_vulnNginx);
}

void tst_VulnPage::readOnlyHidesTriage()
{
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws, true));
    QVERIFY(ws.isOpen());
    QVERIFY(!ws.canEdit());
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->tabs()->setCurrentIndex(VulnerabilitiesPage::FindingsTab);
    SETTLED(page);
    QCOMPARE(page->findingModel()->rowCount(), 3);
    page->selectFindings({page->findingModel()->rowAt(0).finding.id});
    QVERIFY(!page->triageButton()->isVisible());
    QVERIFY(!page->triageAction()->isEnabled());
    bool opened = false;
    connect(page.get(), &VulnerabilitiesPage::triageDialogOpened, this,
            [&opened](TriageDialog *d) {
                opened = true;
                d->reject();
            });
    page->triageSelected();
    QVERIFY(!opened);
}

void tst_VulnPage::emptyDatabaseExplains()
{
    QTemporaryDir dir;
    auto db = test::openTemp(dir, QStringLiteral("empty.db"));
    QVERIFY(db);
    Workspace ws;
    ws.setDatabase(std::move(db));
    VulnerabilitiesPage page(&ws);
    SETTLED(&page);
    QCOMPARE(page.vulnModel()->rowCount(), 0);
    auto *empty = page.findChild<QLabel *>(QStringLiteral("vulnEmpty"));
    QVERIFY(empty->isVisibleTo(&page));
    SETTLED(&page);
    QVERIFY(empty->text().contains(QStringLiteral("No vulnerabilities imported yet")));
    auto *findingsEmpty = page.findChild<QLabel *>(QStringLiteral("findingEmpty"));
    QVERIFY(findingsEmpty->text().contains(QStringLiteral("No vulnerabilities imported yet")));
}

/// Not a check: with PP_VULNPAGE_SCREENSHOT=<dir> it saves both tabs as PNGs to look at.
void tst_VulnPage::screenshot()
{
    const QString dir = qEnvironmentVariable("PP_VULNPAGE_SCREENSHOT");
    if (dir.isEmpty())
        QSKIP("set PP_VULNPAGE_SCREENSHOT to a folder to get screenshots");
    Workspace ws;
    std::unique_ptr<VulnerabilitiesPage> page(makePage(ws));
    page->resize(1600, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->selectVulnerability(m_vulnNginx);
    QTest::qWait(50);
    QVERIFY(page->grab().save(dir + QStringLiteral("/vulnpage.png")));
    page->tabs()->setCurrentIndex(VulnerabilitiesPage::FindingsTab);
    page->findingTable()->clearSelection(); // the overdue row's red shows unselected
    QTest::qWait(50);
    QVERIFY(page->grab().save(dir + QStringLiteral("/vulnpage-findings.png")));
    page->tabs()->setCurrentIndex(VulnerabilitiesPage::VulnerabilitiesTab);
    page->selectVulnerability(m_vulnHtml);
    page->detail()->findChild<QTabWidget *>()->setCurrentIndex(4);
    QTest::qWait(50);
    QVERIFY(page->grab().save(dir + QStringLiteral("/vulnpage-detail.png")));
    page->tabs()->setCurrentIndex(VulnerabilitiesPage::FindingsTab);
    page->findChild<QCheckBox *>(QStringLiteral("affectingOnly"))->setChecked(false);
    page->findChild<QComboBox *>(QStringLiteral("findingSystem"))->setCurrentIndex(1);
    page->findChild<QComboBox *>(QStringLiteral("findingState"))->setCurrentIndex(
        page->findChild<QComboBox *>(QStringLiteral("findingState"))->findData(
            int(AnalysisState::Resolved)));
    QTest::qWait(50);
    QVERIFY(page->grab().save(dir + QStringLiteral("/vulnpage-empty.png")));
}

QTEST_MAIN(tst_VulnPage)
#include "tst_vulnpage.moc"
