// The frozen-systems register PDF (issue 8, item 2): the demo estate's frozen systems with their
// controls, evidence dates, acceptances and gaps, read back with poppler; hostile names and
// control titles come back as literal text.
#include "reportpdfsupport.h"

#include "models/io/frozendocument.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace pp;

class tst_FrozenDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoRegister();
    void landscapeLetter();
    void hostileText();
    void emptyRegister();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_FrozenDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openTemp(m_dir);
    QVERIFY(m_db);
    QVERIFY(test::fillDemo(*m_db));
}

void tst_FrozenDocument::demoRegister()
{
    auto data = gatherFrozenData(*m_db, test::kPdfToday);
    PP_VERIFY_OK(data);
    QVERIFY(!data->rows.isEmpty());
    PrintDocument doc = frozenDocument(*data, {});
    QCOMPARE(doc.setup().orientation, QPageLayout::Portrait);
    const QString path = m_dir.filePath(QStringLiteral("frozen.pdf"));
    PP_VERIFY_OK(doc.writePdf(path));
    QCOMPARE(test::pdfPages(path), doc.pageCount());
    const QString text = test::pdfLayoutText(path);
    QVERIFY(text.contains(QLatin1String("Frozen-systems register")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(doc.pageCount())));

    // Every frozen system, with its (Japanese) name, and the summary's counts.
    QSet<QString> systems;
    QSet<QString> names;
    int gaps = 0;
    for (const FrozenRegisterRow &r : std::as_const(data->rows)) {
        systems.insert(r.eosl.row.systemCode);
        names.insert(r.eosl.row.systemName);
    }
    QCOMPARE(systems, (QSet<QString>{QStringLiteral("EDI-02"), QStringLiteral("MFG-01"),
                                    QStringLiteral("OT-01"), QStringLiteral("QMS-01")}));
    for (const QString &s : std::as_const(systems))
        QVERIFY2(text.contains(s), qPrintable(s));
    for (const QString &n : std::as_const(names))
        QVERIFY2(test::squeezed(text).contains(test::squeezed(n)), qPrintable(n));
    QVERIFY(text.contains(QStringLiteral("生産管理システム")));
    const QList<Gap> distinct = distinctGaps(data->rows);
    gaps = int(distinct.size());
    QVERIFY(gaps > 0);
    QVERIFY2(text.contains(QStringLiteral("%1 system(s), %2 component(s),")
                               .arg(systems.size())
                               .arg(data->rows.size())),
             qPrintable(text.left(3000)));

    // Controls with their evidence dates, acceptances and gaps; MFG-01 is kept up (no gaps).
    QVERIFY(text.contains(QLatin1String("Compensating controls")));
    QVERIFY(text.contains(QLatin1String("Last")));
    int controlsSeen = 0;
    for (const FrozenRegisterRow &r : std::as_const(data->rows)) {
        for (const Control &c : r.controls) {
            if (c.lastDone.isValid()) {
                QVERIFY2(text.contains(c.lastDone.toString(Qt::ISODate)), qPrintable(c.title));
                ++controlsSeen;
            }
        }
    }
    QVERIFY(controlsSeen > 0);
    QVERIFY(text.contains(QLatin1String("Risk acceptances")));
    QVERIFY(text.contains(QLatin1String("No gaps")));
    for (const Gap &g : distinct)
        QVERIFY2(text.contains(displayName(g.kind)), qPrintable(displayName(g.kind)));
    // Each system starts a page of its own: the section of OT-01 is not on page 1.
    QVERIFY(!test::pdfPageText(path, 1).contains(QLatin1String("Compensating controls")));

    QString why;
    QVERIFY2(test::fontsOk(path, true, &why), qPrintable(why));
}

void tst_FrozenDocument::landscapeLetter()
{
    auto data = gatherFrozenData(*m_db, test::kPdfToday);
    PP_VERIFY_OK(data);
    FrozenDocumentOptions options;
    options.setup.paper = QPageSize::Letter;
    options.setup.orientation = QPageLayout::Landscape;
    PrintDocument doc = frozenDocument(*data, options);
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    PP_VERIFY_OK(doc.writePdf(path));
    QCOMPARE(test::pdfPages(path), doc.pageCount());
    QCOMPARE(test::pdfPageSize(path), QSize(792, 612));
}

void tst_FrozenDocument::hostileText()
{
    auto data = gatherFrozenData(*m_db, test::kPdfToday);
    PP_VERIFY_OK(data);
    const QString html = QStringLiteral("<img src=file:///etc/passwd>");
    // A 300-character word (of a letter found nowhere else), wrapped in its narrow cell.
    const QString longWord = QString(300, QChar(0x0436)) + QStringLiteral("END");
    const qint64 systemId = data->rows.first().eosl.row.component.systemId;
    bool withControl = false;
    for (FrozenRegisterRow &r : data->rows) {
        if (r.eosl.row.component.systemId != systemId)
            continue;
        r.eosl.row.systemName = html;
        r.reason = QStringLiteral("<script>alert(1)</script> שלום 🧊");
        if (!r.controls.isEmpty() && !withControl) {
            r.controls.first().title = longWord;
            r.controls.first().owner = QStringLiteral("مدير 👩‍💻");
            withControl = true;
        }
        Gap g;
        g.kind = GapKind::ControlOverdue;
        g.systemId = systemId;
        g.message = QStringLiteral("<a href='http://example.com'>gap</a>");
        r.gaps << g;
    }
    QVERIFY(withControl);
    PrintDocument doc = frozenDocument(*data, {});
    const QString path = m_dir.filePath(QStringLiteral("hostile.pdf"));
    PP_VERIFY_OK(doc.writePdf(path));
    QCOMPARE(test::pdfPages(path), doc.pageCount());
    const QString text = test::pdfLayoutText(path);
    QVERIFY2(text.contains(html), qPrintable(text.left(3000)));
    QVERIFY(test::squeezed(text).contains(QLatin1String("<script>alert(1)</script>")));
    QCOMPARE(text.count(QChar(0x0436)), 300);
    QVERIFY(test::squeezed(text).contains(QLatin1String("<ahref='http://example.com'>gap</a>")));
    QString why;
    QVERIFY2(test::fontsOk(path, true, &why), qPrintable(why));
}

void tst_FrozenDocument::emptyRegister()
{
    FrozenDocumentData data;
    data.today = test::kPdfToday;
    PrintDocument doc = frozenDocument(data, {});
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    PP_VERIFY_OK(doc.writePdf(path));
    QCOMPARE(doc.pageCount(), 1);
    QCOMPARE(test::pdfPages(path), 1);
    QVERIFY(test::pdfLayoutText(path).contains(QLatin1String("No frozen systems or components.")));
}

QTEST_MAIN(tst_FrozenDocument)
#include "tst_frozendocument.moc"
