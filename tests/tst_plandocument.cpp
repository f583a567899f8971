// The printed plan (models/io/plandocument.h) on the demo estate with the real NVD and KEV
// samples, read back with poppler-utils: the cover (window and zone, systems, author, approval
// and checklist), the scope (operations profile, components, findings with due date), the steps
// with checkboxes, the rollback deadline, the timeline tiled or fitted, chart only and a date
// range; Japanese; 2,000 hostile steps.
#include "demoestate.h"
#include "pdftools.h"
#include "testsupport.h"

#include "models/io/plandocument.h"
#include "models/planning/planrules.h"
#include "models/plans/planservice.h"
#include "models/storage/planrepository.h"
#include "models/storage/systemrepository.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace pp;

namespace {

const QTimeZone kTokyo(QByteArrayLiteral("Asia/Tokyo"));
const QDateTime kNow = QDateTime(QDate(2026, 11, 29), QTime(10, 0), kTokyo).toUTC();

QDateTime tokyo(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kTokyo).toUTC();
}

/// pdftotext wraps table cells: compare texts without any white space.
QString squash(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

SecurityChecklist checklist()
{
    SecurityChecklist c;
    c.networkReachabilityChanged = false;
    c.monitoringChanged = true;
    c.runbookAgreesWithPolicy = true;
    c.backupRestoreConfirmed = true;
    c.rollbackConfirmed = true;
    c.note = QStringLiteral("Alerts of ERP-01 are suppressed for the window only.");
    return c;
}

} // namespace

class tst_PlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wholeDocument();
    void timelineTiledFittedAndRanged();
    void japanese();
    void twoThousandHostileSteps();
    void missingPlan();

private:
    qint64 systemId(const QString &code);
    qint64 createPlan(const QString &language = QString());
    QString write(const PlanDocumentData &data, const PlanDocumentOptions &options,
                  const PageSetup &setup, const QString &name, int *pages = nullptr);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_PlanDocument::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
    QVERIFY2(test::havePoppler(), "poppler-utils (pdftotext, pdfinfo, pdffonts) are needed: "
                                  "scripts/dev.sh test installs them");
}

void tst_PlanDocument::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openTemp(*m_dir);
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("alice"));
    QVERIFY(test::fillDemoEstate(*m_db, kNow.toTimeZone(kTokyo).date(), kNow));
}

void tst_PlanDocument::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

qint64 tst_PlanDocument::systemId(const QString &code)
{
    auto s = SystemRepository(*m_db).findByCode(code);
    return s && s->has_value() ? (*s)->id : 0;
}

qint64 tst_PlanDocument::createPlan(const QString &language)
{
    // ERP-01 and AD-01 follow the second-Sunday window: 2026-12-13 01:00-05:00 Tokyo.
    NewPlanRequest r;
    r.type = PlanType::Regular;
    r.windowStart = tokyo(2026, 12, 13, 1);
    r.systemIds = {systemId(QStringLiteral("ERP-01")), systemId(QStringLiteral("AD-01"))};
    r.timeZone = QStringLiteral("Asia/Tokyo");
    r.language = language;
    auto plan = PlanService(*m_db).create(r, kNow);
    if (!plan) {
        qWarning("%s", qPrintable(plan.error().message));
        return 0;
    }
    return plan->id;
}

QString tst_PlanDocument::write(const PlanDocumentData &data, const PlanDocumentOptions &options,
                                const PageSetup &setup, const QString &name, int *pages)
{
    const QString file = m_dir->filePath(name);
    PrintDocument doc = PlanDocument::build(data, options, setup);
    const Status s = doc.writePdf(file);
    if (!s) {
        qWarning("%s", qPrintable(s.error().message));
        return QString();
    }
    if (pages)
        *pages = doc.pageCount();
    return file;
}

void tst_PlanDocument::wholeDocument()
{
    const qint64 id = createPlan();
    QVERIFY(id > 0);
    PlanRepository plans(*m_db);
    auto plan = plans.plan(id);
    auto review = plans.setStatus(id, (*plan)->rowVersion, PlanStatus::InReview, kNow);
    PP_VERIFY_OK(review);
    m_db->setActor(QStringLiteral("bob"));
    PP_VERIFY_OK(plans.approve(id, review->rowVersion, ApprovalDecision::Approved, checklist(),
                               QStringLiteral("Go ahead"), kNow));

    auto data = loadPlanDocument(*m_db, id, kNow, QStringLiteral("carol"));
    PP_VERIFY_OK(data);
    QCOMPARE(data->systems.size(), 2);
    QVERIFY(!data->components.isEmpty());
    QVERIFY(!data->patches.isEmpty());
    QVERIFY(!data->findings.isEmpty());
    QCOMPARE(data->approvals.size(), 1);

    int pages = 0;
    const QString file = write(*data, {}, PageSetup{}, QStringLiteral("plan.pdf"), &pages);
    QVERIFY(!file.isEmpty());
    QCOMPARE(test::pdfPages(file), pages);
    const QString text = test::pdfText(file);
    const QString flat = squash(text);
    const Plan &p = data->plan;
    // Cover.
    QVERIFY(text.contains(QStringLiteral("Patch plan %1: %2").arg(p.id).arg(p.title))
            || flat.contains(squash(QStringLiteral("Patch plan %1: %2").arg(p.id).arg(p.title))));
    QVERIFY2(flat.contains(squash(QStringLiteral("2026-12-13 01:00-05:00 (Asia/Tokyo, UTC+09:00)"))),
             qPrintable(text.left(1500)));
    QVERIFY(flat.contains(squash(QStringLiteral("ERP-01 基幹会計システム"))));
    QVERIFY(flat.contains(squash(QStringLiteral("AD-01 Active Directory"))));
    QVERIFY(flat.contains(QStringLiteral("bobApproved"))); // the approver's row
    QVERIFY(flat.contains(QStringLiteral("GoAhead")) || flat.contains(QStringLiteral("Goahead")));
    QVERIFY(!text.contains(QStringLiteral("□ Yes")));       // answered, not blank boxes
    QVERIFY(flat.contains(squash(QStringLiteral("2. Are monitoring or alerts changed? Yes"))));
    QVERIFY(flat.contains(squash(QStringLiteral("1. Is network reachability changed? No"))));
    QVERIFY(flat.contains(squash(checklist().note)));
    QVERIFY(text.contains(QStringLiteral("Sign-off")));
    // Scope: the operations profile as stored, components, findings with due dates and rules.
    for (const System &s : std::as_const(data->systems)) {
        QVERIFY(text.contains(QStringLiteral("Operations profile of %1").arg(s.code)));
        if (!s.profile.escalationContacts.isEmpty())
            QVERIFY2(flat.contains(squash(s.profile.escalationContacts)), qPrintable(s.code));
        if (!s.profile.recoveryPolicy.isEmpty())
            QVERIFY2(flat.contains(squash(s.profile.recoveryPolicy)), qPrintable(s.code));
    }
    for (const FindingRow &f : std::as_const(data->findings)) {
        QVERIFY2(text.contains(f.vulnIdentifier), qPrintable(f.vulnIdentifier));
        if (f.finding.dueDate.isValid())
            QVERIFY(text.contains(f.finding.dueDate.toString(Qt::ISODate)));
    }
    // Steps by phase, each with a box and its owner; the rollback deadline.
    int boxes = 0;
    for (const PlanStep &s : std::as_const(data->steps)) {
        QVERIFY2(flat.contains(squash(s.title)), qPrintable(s.title));
        ++boxes;
    }
    QVERIFY(text.count(QStringLiteral("□")) >= boxes);
    const QDateTime deadline = rollbackDecisionDeadline(data->steps, p);
    QVERIFY(flat.contains(squash(QStringLiteral("Decision deadline: %1")
                                     .arg(deadline.toTimeZone(kTokyo).toString(
                                         QStringLiteral("yyyy-MM-dd HH:mm"))))));
    // The timeline, and the frame of every page.
    QVERIFY(text.contains(QStringLiteral("Timeline, part 1 of")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Plan %1 · version %2").arg(p.id).arg(p.rowVersion)));
    QVERIFY(text.contains(QStringLiteral("Generated 2026-11-29 10:00 (Asia/Tokyo, UTC+09:00) "
                                         "by carol")));
}

void tst_PlanDocument::timelineTiledFittedAndRanged()
{
    const qint64 id = createPlan();
    QVERIFY(id > 0);
    auto data = loadPlanDocument(*m_db, id, kNow, QString());
    PP_VERIFY_OK(data);

    // Chart only, tiled on A4 portrait: the lead time and the window do not fit one page
    // across, so there are several tiles, each labelled, with the labels column repeated.
    PlanDocumentOptions chartOnly;
    chartOnly.chartOnly = true;
    int tiled = 0;
    const QString tiledFile = write(*data, chartOnly, PageSetup{}, QStringLiteral("tiled.pdf"),
                                    &tiled);
    QVERIFY2(tiled >= 2, qPrintable(QString::number(tiled)));
    QCOMPARE(test::pdfPages(tiledFile), tiled);
    const QString firstStep = [&] {
        for (const PlanStep &s : std::as_const(data->steps)) {
            if (s.phase == StepPhase::Apply)
                return s.title.left(12);
        }
        return QString();
    }();
    for (int page = 1; page <= tiled; ++page) {
        const QString t = test::pdfText(tiledFile, page, page);
        QVERIFY2(t.contains(QStringLiteral("Timeline, part %1 of %2").arg(page).arg(tiled)),
                 qPrintable(t.left(300)));
        QVERIFY2(t.contains(firstStep), qPrintable(t.left(600))); // labels on every tile
        QVERIFY(!t.contains(QStringLiteral("Scope")));
    }

    // Landscape A3 needs fewer tiles than portrait A4; fitted is always one page.
    PageSetup a3;
    a3.paper = QPageSize::A3;
    a3.orientation = QPageLayout::Landscape;
    int wide = 0;
    QVERIFY(!write(*data, chartOnly, a3, QStringLiteral("a3.pdf"), &wide).isEmpty());
    QVERIFY2(wide < tiled, qPrintable(QStringLiteral("%1 %2").arg(wide).arg(tiled)));
    PlanDocumentOptions fit = chartOnly;
    fit.fitChart = true;
    int fitted = 0;
    const QString fitFile = write(*data, fit, PageSetup{}, QStringLiteral("fit.pdf"), &fitted);
    QCOMPARE(fitted, 1);
    QVERIFY(test::pdfText(fitFile).contains(QStringLiteral("Timeline (steps 1–")));

    // A date range: the window's day only.
    PlanDocumentOptions day = chartOnly;
    day.chartFrom = QDate(2026, 12, 13);
    day.chartTo = QDate(2026, 12, 13);
    int dayPages = 0;
    const QString dayFile = write(*data, day, PageSetup{}, QStringLiteral("day.pdf"), &dayPages);
    const QString dayText = test::pdfText(dayFile, 1, 1);
    QVERIFY2(dayText.contains(QStringLiteral("2026-12-13 00:00 –")), qPrintable(dayText.left(300)));
    QVERIFY(!dayText.contains(QStringLiteral("2026-11-22")));

    // The whole document has the text sections before the chart.
    int all = 0;
    const QString allFile = write(*data, {}, PageSetup{}, QStringLiteral("all.pdf"), &all);
    QVERIFY(all > tiled);
    QVERIFY(test::pdfText(allFile, 1, 1).contains(QStringLiteral("Approvals")));
    QVERIFY(test::pdfText(allFile, all - tiled + 1, all - tiled + 1)
                .contains(QStringLiteral("Timeline, part 1 of")));
}

void tst_PlanDocument::japanese()
{
    const qint64 id = createPlan(QStringLiteral("ja"));
    QVERIFY(id > 0);
    auto data = loadPlanDocument(*m_db, id, kNow, QStringLiteral("佐藤"));
    PP_VERIFY_OK(data);
    data->plan.title = QStringLiteral("基幹会計システム 12月定例パッチ適用");
    const QString file = write(*data, {}, PageSetup{}, QStringLiteral("ja.pdf"));
    QVERIFY(!file.isEmpty());
    const QString text = test::pdfText(file);
    QVERIFY(text.contains(QStringLiteral("基幹会計システム 12月定例パッチ適用")));
    // The Japanese step templates come back character for character.
    int japaneseSteps = 0;
    for (const PlanStep &s : std::as_const(data->steps)) {
        if (s.title.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]")))) {
            ++japaneseSteps;
            QVERIFY2(squash(text).contains(squash(s.title)), qPrintable(s.title));
        }
    }
    QVERIFY(japaneseSteps > 5);
    bool ipa = false;
    for (const test::PdfFont &f : test::pdfFonts(file)) {
        QVERIFY2(f.embedded, qPrintable(f.name));
        ipa = ipa || f.name.contains(QStringLiteral("IPAPGothic"));
    }
    QVERIFY(ipa);
}

void tst_PlanDocument::twoThousandHostileSteps()
{
    const qint64 id = createPlan();
    QVERIFY(id > 0);
    PlanRepository plans(*m_db);
    auto plan = plans.plan(id);
    const QStringList hostile{
        QStringLiteral("<img src=file:///etc/passwd>"),
        QStringLiteral("<b>bold</b> <script>alert(1)</script>"),
        QStringLiteral("שלום עולם – restart"),
        QStringLiteral("Deploy 🚀 and check ✅"),
        QString(300, QLatin1Char('L')),
        QStringLiteral("=cmd|' /C calc'!A0"),
    };
    QList<PlanStep> steps;
    for (int i = 0; i < 2000; ++i) {
        PlanStep s;
        s.id = -(i + 1);
        s.position = i;
        s.phase = i < 600 ? StepPhase::Pre : i < 1400 ? StepPhase::Apply : StepPhase::Post;
        s.title = QStringLiteral("%1 %2").arg(i + 1).arg(hostile.at(i % hostile.size()));
        s.detail = hostile.at((i + 1) % hostile.size());
        s.ownerRole = QStringLiteral("ops");
        s.durationMinutes = 1;
        steps << s;
    }
    PP_VERIFY_OK(plans.replaceSteps(id, (*plan)->rowVersion, steps, kNow));
    auto data = loadPlanDocument(*m_db, id, kNow, QString());
    PP_VERIFY_OK(data);
    QCOMPARE(data->steps.size(), 2000);
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    const QString file = write(*data, {}, PageSetup{}, QStringLiteral("big.pdf"), &pages);
    qInfo("2,000 steps: %d pages in %lld ms", pages, timer.elapsed());
    QVERIFY(!file.isEmpty());
    QCOMPARE(test::pdfPages(file), pages);
    const QString text = test::pdfText(file);
    QVERIFY(text.count(QStringLiteral("<img src=file:///etc/passwd>")) >= 2 * 2000 / 6);
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(text.contains(QStringLiteral("=cmd|' /C calc'!A0")));
    QVERIFY(text.contains(QStringLiteral("2000 ")));
    QVERIFY(text.contains(QStringLiteral("Timeline, part 1 of")));
    // Every step is in the tables (steps whose text is not right-to-left or emoji, which
    // poppler gives back in another order).
    const QString flat = squash(text);
    for (int i : {1, 2, 1001, 1404, 2000})
        QVERIFY2(flat.contains(squash(QStringLiteral("%1 %2").arg(i).arg(hostile.at((i - 1) % hostile.size()).left(20)))),
                 qPrintable(QString::number(i)));
}

void tst_PlanDocument::missingPlan()
{
    auto data = loadPlanDocument(*m_db, 4242, kNow, QString());
    QVERIFY(!data);
    QCOMPARE(data.error().kind, ErrorKind::InputRejected);
    const Status s = exportPlanPdf(*m_db, 4242, m_dir->filePath(QStringLiteral("x.pdf")), {},
                                   PageSetup{}, kNow, QString());
    QCOMPARE(s.error().kind, ErrorKind::InputRejected);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
}

QTEST_MAIN(tst_PlanDocument)
#include "tst_plandocument.moc"
