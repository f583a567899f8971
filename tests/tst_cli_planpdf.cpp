// `patchplanner export plan ID --pdf FILE` as a process, headless (no display): the options of
// issue 8 (paper, orientation, chart only, fitted chart, date range), the exit statuses of
// DESIGN.md section 4, and the Japanese document with --lang ja.
#include "pdftools.h"
#include "clirun.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace pp;

namespace {

using Run = pp::test::CliRun;

} // namespace

class tst_CliPlanPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsThePlan();
    void options();
    void japanese();
    void usageAndFailures_data();
    void usageAndFailures();

private:
    Run run(const QStringList &args, const QString &lang = QStringLiteral("en"));
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_planId;
};

Run tst_CliPlanPdf::run(const QStringList &args, const QString &lang)
{
    return pp::test::runCli(QStringLiteral(PP_APP), m_dir.path(),
                        QStringList{QStringLiteral("--db"), m_db} + args, lang);
}

void tst_CliPlanPdf::initTestCase()
{
    QVERIFY2(test::havePoppler(), "poppler-utils (pdftotext, pdfinfo, pdffonts) are needed: "
                                  "scripts/dev.sh test installs them");
    QVERIFY(m_dir.isValid());
    m_db = file(QStringLiteral("demo.db"));
    QProcess demo;
    demo.start(QStringLiteral(PP_APP), {QStringLiteral("demo"), m_db});
    QVERIFY(demo.waitForFinished(240000));
    QCOMPARE(demo.exitCode(), 0);
    const Run created = run({QStringLiteral("plan"), QStringLiteral("create"),
                             QStringLiteral("--type"), QStringLiteral("regular"),
                             QStringLiteral("--window"), QStringLiteral("2026-12-13T01:00+09:00"),
                             QStringLiteral("--systems"), QStringLiteral("ERP-01,AD-01"),
                             QStringLiteral("--time-zone"), QStringLiteral("Asia/Tokyo"),
                             QStringLiteral("--title"),
                             QStringLiteral("December <b>rollup</b> 定例パッチ")});
    QVERIFY2(created.status == 0, created.err.constData());
    const auto m = QRegularExpression(QStringLiteral("plan (\\d+)"))
                       .match(QString::fromUtf8(created.out));
    QVERIFY(m.hasMatch());
    m_planId = m.captured(1);
}

void tst_CliPlanPdf::exportsThePlan()
{
    const QString pdf = file(QStringLiteral("plan.pdf"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("plan"), m_planId,
                       QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    const auto m = QRegularExpression(QStringLiteral("Wrote .*plan\\.pdf \\((\\d+) pages\\)"))
                       .match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), r.out.constData());
    const int pages = m.captured(1).toInt();
    QCOMPARE(test::pdfPages(pdf), pages);
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
    const QString text = test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Patch plan %1: December <b>rollup</b> 定例パッチ")
                              .arg(m_planId)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Timeline, part 1 of")));
    QVERIFY(text.contains(QStringLiteral("by alice")));
    for (const test::PdfFont &f : test::pdfFonts(pdf))
        QVERIFY2(f.embedded, qPrintable(f.name));
}

void tst_CliPlanPdf::options()
{
    const QString a3 = file(QStringLiteral("a3.pdf"));
    Run r = run({QStringLiteral("export"), QStringLiteral("plan"), m_planId, QStringLiteral("--pdf"),
                 a3, QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--orientation"),
                 QStringLiteral("landscape")});
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(test::pdfInfo(a3, QStringLiteral("Page size")), QStringLiteral("1191 x 842 pts (A3)"));

    const QString fit = file(QStringLiteral("fit.pdf"));
    r = run({QStringLiteral("export"), QStringLiteral("plan"), m_planId, QStringLiteral("--pdf"),
             fit, QStringLiteral("--chart-only"), QStringLiteral("--fit-chart")});
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(test::pdfPages(fit), 1);
    const QString fitText = test::pdfText(fit);
    QVERIFY(fitText.contains(QStringLiteral("Timeline (steps 1–")));
    QVERIFY(!fitText.contains(QStringLiteral("Security checklist")));

    const QString day = file(QStringLiteral("day.pdf"));
    r = run({QStringLiteral("export"), QStringLiteral("plan"), m_planId, QStringLiteral("--pdf"),
             day, QStringLiteral("--chart-only"), QStringLiteral("--chart-from"),
             QStringLiteral("2026-12-13"), QStringLiteral("--chart-to"),
             QStringLiteral("2026-12-13")});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(test::pdfText(day, 1, 1).contains(QStringLiteral("2026-12-13 00:00 –")));
}

void tst_CliPlanPdf::japanese()
{
    const QString pdf = file(QStringLiteral("ja.pdf"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("plan"), m_planId,
                       QStringLiteral("--pdf"), pdf},
                      QStringLiteral("ja"));
    QVERIFY2(r.status == 0, r.err.constData());
    const QString text = test::pdfText(pdf);
    // The document's own words are Japanese: headings, the frame and the timeline.
    for (const QString &words : {QStringLiteral("パッチ適用計画"), QStringLiteral("セキュリティチェックリスト"),
                                 QStringLiteral("ロールバック"), QStringLiteral("ページ")})
        QVERIFY2(text.contains(words), qPrintable(words + QLatin1Char('\n') + text.left(800)));
    QVERIFY(!text.contains(QStringLiteral("Security checklist")));
    QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
    bool ipa = false;
    for (const test::PdfFont &f : test::pdfFonts(pdf))
        ipa = ipa || (f.embedded && f.name.contains(QStringLiteral("IPAPGothic")));
    QVERIFY(ipa);
}

void tst_CliPlanPdf::usageAndFailures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    const QString out = QStringLiteral("PDF");
    QTest::newRow("no --pdf") << QStringList{QStringLiteral("1")} << 2;
    QTest::newRow("id not a number") << QStringList{QStringLiteral("abc"), QStringLiteral("--pdf"), out} << 2;
    QTest::newRow("no such plan") << QStringList{QStringLiteral("999"), QStringLiteral("--pdf"), out} << 3;
    QTest::newRow("paper b5") << QStringList{QStringLiteral("1"), QStringLiteral("--pdf"), out,
                                             QStringLiteral("--paper"), QStringLiteral("b5")}
                              << 2;
    QTest::newRow("orientation") << QStringList{QStringLiteral("1"), QStringLiteral("--pdf"), out,
                                                QStringLiteral("--orientation"),
                                                QStringLiteral("sideways")}
                                 << 2;
    QTest::newRow("bad date") << QStringList{QStringLiteral("1"), QStringLiteral("--pdf"), out,
                                             QStringLiteral("--chart-from"),
                                             QStringLiteral("2026-13-01")}
                              << 2;
    QTest::newRow("range backwards")
        << QStringList{QStringLiteral("1"), QStringLiteral("--pdf"), out,
                       QStringLiteral("--chart-from"), QStringLiteral("2026-12-14"),
                       QStringLiteral("--chart-to"), QStringLiteral("2026-12-13")}
        << 2;
    QTest::newRow("unwritable") << QStringList{QStringLiteral("1"), QStringLiteral("--pdf"),
                                               QStringLiteral("/nonexistent-dir/x.pdf")}
                                << 1;
}

void tst_CliPlanPdf::usageAndFailures()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    // "PDF" stands for a fresh path in the temporary folder; "1" for the plan.
    const QString pdf = file(QStringLiteral("failed-%1.pdf").arg(QTest::currentDataTag())
                                 .replace(QLatin1Char(' '), QLatin1Char('-')));
    for (QString &a : args) {
        if (a == QLatin1String("PDF"))
            a = pdf;
        else if (a == QLatin1String("1"))
            a = m_planId;
    }
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("plan")} + args);
    QCOMPARE(r.status, status);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(tst_CliPlanPdf)
#include "tst_cli_planpdf.moc"
