// export roadmap --pdf and export frozen --pdf as a process, on the demo estate with the
// endoflife.date sample: exit statuses, the PDFs' text, bad option values (exit 2), and the
// Japanese document with --lang ja.
#include "clirun.h"
#include "reportpdfsupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <QtTest>

using namespace pp;

namespace {

using Run = pp::test::CliRun;

} // namespace

class tst_CliReportPdfs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roadmap();
    void roadmapFiltered();
    void frozen();
    void badOptions();
    void japanese();

private:
    Run run(const QStringList &args, const QString &lang = QStringLiteral("en"));
    QString pdf(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_CliReportPdfs::run(const QStringList &args, const QString &lang)
{
    QStringList all;
    if (!m_db.isEmpty())
        all << QStringLiteral("--db") << m_db;
    return pp::test::runCli(QStringLiteral(PP_APP), m_dir.path(), all + args, lang);
}

void tst_CliReportPdfs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString db = test::location(m_dir, QStringLiteral("cli-reportpdfs"));
    QCOMPARE(run({QStringLiteral("demo"), db}).status, 0);
    m_db = db;
    const Run imported = run({QStringLiteral("import"), QStringLiteral("endoflife"),
                              QStringLiteral(PP_TEST_DATA "/endoflife-v0")});
    QVERIFY2(imported.status == 0, imported.err.constData());
}

void tst_CliReportPdfs::roadmap()
{
    const QString path = pdf(QStringLiteral("roadmap.pdf"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("roadmap"), QStringLiteral("--pdf"),
                       path});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(QString::fromUtf8(r.out).contains(path));
    const int pages = test::pdfPages(path);
    QVERIFY(pages > 3);
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("%1 page").arg(pages)));
    const QString text = test::pdfLayoutText(path);
    QVERIFY(text.contains(QLatin1String("EOSL roadmap")));
    QVERIFY(text.contains(QLatin1String("Components per status")));
    QVERIFY(text.contains(QLatin1String("Components by EOSL")));
    QVERIFY(text.contains(QLatin1String("MFG-01")));
    QVERIFY(text.contains(QLatin1String("Past EOSL")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    // Landscape A4 by default.
    QCOMPARE(test::pdfPageSize(path), QSize(842, 595));
    QString why;
    QVERIFY2(test::fontsOk(path, true, &why), qPrintable(why));

    // Chart only, on A3 portrait, a chosen range.
    const QString chart = pdf(QStringLiteral("chart.pdf"));
    const Run c = run({QStringLiteral("export"), QStringLiteral("roadmap"), QStringLiteral("--pdf"),
                       chart, QStringLiteral("--chart-only"), QStringLiteral("--paper"),
                       QStringLiteral("A3"), QStringLiteral("--orientation"),
                       QStringLiteral("portrait"), QStringLiteral("--chart-from"),
                       QStringLiteral("2025-01-01"), QStringLiteral("--chart-to"),
                       QStringLiteral("2028-12-31")});
    QVERIFY2(c.status == 0, c.err.constData());
    const QString chartText = test::pdfLayoutText(chart);
    QVERIFY(!chartText.contains(QLatin1String("Components by EOSL")));
    QVERIFY(chartText.contains(QStringLiteral("Rows 1–")));
    QVERIFY(test::pdfPages(chart) < pages);
    QCOMPARE(test::pdfPageSize(chart), QSize(842, 1191));
}

void tst_CliReportPdfs::roadmapFiltered()
{
    const QString path = pdf(QStringLiteral("past.pdf"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("roadmap"), QStringLiteral("--pdf"),
                       path, QStringLiteral("--status"), QStringLiteral("past"),
                       QStringLiteral("--group-by"), QStringLiteral("product"),
                       QStringLiteral("--kind"), QStringLiteral("os")});
    QVERIFY2(r.status == 0, r.err.constData());
    const QString text = test::pdfLayoutText(path);
    QVERIFY(text.contains(QLatin1String("status: Past EOSL")));
    QVERIFY(text.contains(QLatin1String("kind: Operating system")));
    QVERIFY(text.contains(QLatin1String("By product cycle")));
    QVERIFY(text.contains(QLatin1String("Windows Server")));
    QVERIFY(QRegularExpression(QStringLiteral("Supported\\s+0\\n")).match(text).hasMatch());
    const QString table = text.mid(text.indexOf(QLatin1String("Components by EOSL")));
    QVERIFY(!table.contains(QLatin1String("Middleware")));

    const QString one = pdf(QStringLiteral("one.pdf"));
    const Run s = run({QStringLiteral("export"), QStringLiteral("roadmap"), QStringLiteral("--pdf"),
                       one, QStringLiteral("--system"), QStringLiteral("mfg-01"),
                       QStringLiteral("--filter"), QStringLiteral("log4j")});
    QVERIFY2(s.status == 0, s.err.constData());
    const QString oneText = test::pdfLayoutText(one);
    QVERIFY(oneText.contains(QLatin1String("Apache Log4j")));
    QVERIFY(oneText.contains(QStringLiteral("Rows 1–1 of 1")));
}

void tst_CliReportPdfs::frozen()
{
    const QString path = pdf(QStringLiteral("frozen.pdf"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("frozen"), QStringLiteral("--pdf"),
                       path});
    QVERIFY2(r.status == 0, r.err.constData());
    const QString text = test::pdfLayoutText(path);
    QVERIFY(text.contains(QLatin1String("Frozen-systems register")));
    for (const char *code : {"MFG-01", "OT-01", "QMS-01", "EDI-02"})
        QVERIFY2(text.contains(QLatin1String(code)), code);
    QVERIFY(text.contains(QStringLiteral("生産管理システム")));
    QVERIFY(text.contains(QLatin1String("Compensating controls")));
    QVERIFY(text.contains(QLatin1String("No gaps")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(test::pdfPages(path))));
    QCOMPARE(test::pdfPageSize(path), QSize(595, 842));
    QString why;
    QVERIFY2(test::fontsOk(path, true, &why), qPrintable(why));
}

void tst_CliReportPdfs::badOptions()
{
    const QString path = pdf(QStringLiteral("bad.pdf"));
    const QStringList roadmap{QStringLiteral("export"), QStringLiteral("roadmap"),
                              QStringLiteral("--pdf"), path};
    const QList<QStringList> bad{
        {QStringLiteral("--paper"), QStringLiteral("b5")},
        {QStringLiteral("--orientation"), QStringLiteral("sideways")},
        {QStringLiteral("--status"), QStringLiteral("nonsense")},
        {QStringLiteral("--kind"), QStringLiteral("toaster")},
        {QStringLiteral("--group-by"), QStringLiteral("owner")},
        {QStringLiteral("--chart-from"), QStringLiteral("2025-13-01")},
        {QStringLiteral("--chart-from"), QStringLiteral("2030-01-01"), QStringLiteral("--chart-to"),
         QStringLiteral("2029-01-01")},
    };
    for (const QStringList &extra : bad) {
        const Run r = run(roadmap + extra);
        QVERIFY2(r.status == 2, qPrintable(extra.join(QLatin1Char(' '))));
        QVERIFY(!r.err.isEmpty());
    }
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("roadmap")}).status, 2); // no --pdf
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("frozen")}).status, 2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("frozen"), QStringLiteral("--pdf"), path,
                  QStringLiteral("--paper"), QStringLiteral("b5")})
                 .status,
             2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("frozen"), QStringLiteral("--pdf"), path,
                  QStringLiteral("--chart-only")})
                 .status,
             2);
    QVERIFY(!QFile::exists(path));
}

void tst_CliReportPdfs::japanese()
{
    // Both documents in Japanese: their own headings, the frame and the chart's words; no
    // English heading left (a string lupdate could not place in its context stays English).
    const QString roadmap = pdf(QStringLiteral("ja-roadmap.pdf"));
    Run r = run({QStringLiteral("export"), QStringLiteral("roadmap"), QStringLiteral("--pdf"),
                 roadmap},
                QStringLiteral("ja"));
    QVERIFY2(r.status == 0, r.err.constData());
    QString text = test::pdfLayoutText(roadmap);
    for (const QString &words : {QStringLiteral("EOSL ロードマップ"), QStringLiteral("EOSL超過"),
                                 QStringLiteral("状態ごとの構成要素数"), QStringLiteral("ページ")})
        QVERIFY2(text.contains(words), qPrintable(words + QLatin1Char('\n') + text.left(1500)));
    for (const QString &english : {QStringLiteral("EOSL roadmap"), QStringLiteral("Components per status"),
                                   QStringLiteral("Page 1 of"), QStringLiteral("Generated")})
        QVERIFY2(!text.contains(english), qPrintable(english));
    QString why;
    QVERIFY2(test::fontsOk(roadmap, true, &why), qPrintable(why));

    const QString frozen = pdf(QStringLiteral("ja-frozen.pdf"));
    r = run({QStringLiteral("export"), QStringLiteral("frozen"), QStringLiteral("--pdf"), frozen},
            QStringLiteral("ja"));
    QVERIFY2(r.status == 0, r.err.constData());
    text = test::pdfLayoutText(frozen);
    for (const QString &words : {QStringLiteral("塩漬けシステム台帳"), QStringLiteral("補完的な措置")})
        QVERIFY2(text.contains(words), qPrintable(words + QLatin1Char('\n') + text.left(1500)));
    for (const QString &english : {QStringLiteral("Frozen-systems register"),
                                   QStringLiteral("Compensating controls"), QStringLiteral("Summary")})
        QVERIFY2(!text.contains(english), qPrintable(english));
    QVERIFY2(test::fontsOk(frozen, true, &why), qPrintable(why));
}

QTEST_MAIN(tst_CliReportPdfs)
#include "tst_cli_reportpdfs.moc"
