// Report output: JSON types and nulls, CSV quoting and formula neutralisation, text alignment.
#include "models/io/reporttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace pp;

class tst_ReportTable : public QObject
{
    Q_OBJECT

private slots:
    void jsonKeepsTypesAndNulls();
    void csvQuotesAndNeutralises_data();
    void csvQuotesAndNeutralises();
    void textAlignsWideCharacters();
    void displayWidthCountsWideCharacters();
    void emptyTable();
    void listsAreArraysInJsonAndJoinedInCsv();
};

void tst_ReportTable::jsonKeepsTypesAndNulls()
{
    ReportTable t;
    t.keys = {QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("score"),
              QStringLiteral("due"), QStringLiteral("none")};
    t.rows << QVariantList{QStringLiteral("基幹"), 1, 9.8, QDate(2026, 12, 1), QVariant()};
    const QJsonArray a = QJsonDocument::fromJson(t.toJson()).array();
    QCOMPARE(a.size(), 1);
    const QJsonObject o = a.first().toObject();
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("基幹"));
    QVERIFY(o.value(QLatin1String("tier")).isDouble());
    QCOMPARE(o.value(QLatin1String("tier")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("score")).toDouble(), 9.8);
    QCOMPARE(o.value(QLatin1String("due")).toString(), QStringLiteral("2026-12-01"));
    QVERIFY(o.value(QLatin1String("none")).isNull());
}

void tst_ReportTable::csvQuotesAndNeutralises_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << "nginx" << QByteArray("nginx");
    QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
    QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << "two\nlines" << QByteArray("\"two\nlines\"");
    QTest::newRow("formula =") << "=cmd|' /C calc'!A0" << QByteArray("'=cmd|' /C calc'!A0");
    QTest::newRow("formula +") << "+1+1" << QByteArray("'+1+1");
    QTest::newRow("formula -") << "-2" << QByteArray("'-2");
    QTest::newRow("formula @") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
    QTest::newRow("formula tab") << "\t=1" << QByteArray("'\t=1");
    QTest::newRow("formula with comma") << "=A1,B1" << QByteArray("\"'=A1,B1\"");
    QTest::newRow("japanese") << "人事給与" << QByteArray("人事給与");
}

void tst_ReportTable::csvQuotesAndNeutralises()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    ReportTable t;
    t.keys = {QStringLiteral("value")};
    t.rows << QVariantList{cell};
    QCOMPARE(t.toCsv(), QByteArray("value\r\n") + written + "\r\n");
}

void tst_ReportTable::textAlignsWideCharacters()
{
    ReportTable t;
    t.keys = {QStringLiteral("code"), QStringLiteral("name")};
    t.rows << QVariantList{QStringLiteral("HR-01"), QStringLiteral("人事")};
    t.rows << QVariantList{QStringLiteral("A"), QStringLiteral("multi\nline")};
    const QStringList lines = QString::fromUtf8(t.toText()).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("code   name"));
    QCOMPARE(lines.at(1), QStringLiteral("-----  ----------"));
    QCOMPARE(lines.at(2), QStringLiteral("HR-01  人事"));
    QCOMPARE(lines.at(3), QStringLiteral("A      multi line"));
}

void tst_ReportTable::displayWidthCountsWideCharacters()
{
    QCOMPARE(displayWidth(QStringLiteral("abc")), 3);
    QCOMPARE(displayWidth(QStringLiteral("塩漬け")), 6);
    QCOMPARE(displayWidth(QStringLiteral("ＡＢ")), 4);
    QCOMPARE(displayWidth(QString()), 0);
}

void tst_ReportTable::emptyTable()
{
    ReportTable t;
    t.keys = {QStringLiteral("a")};
    QCOMPARE(t.toJson().trimmed(), QByteArray("[\n]"));
    QCOMPARE(t.toCsv(), QByteArray("a\r\n"));
}

void tst_ReportTable::listsAreArraysInJsonAndJoinedInCsv()
{
    ReportTable t;
    t.keys = {QStringLiteral("resolves")};
    t.rows << QVariantList{QStringList{QStringLiteral("CVE-2024-1"), QStringLiteral("JVNDB-2024-000001")}}
           << QVariantList{QStringList{}};
    const QJsonArray a = QJsonDocument::fromJson(t.toJson()).array();
    QCOMPARE(a.size(), 2);
    const QJsonArray ids = a.at(0).toObject().value(QLatin1String("resolves")).toArray();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids.at(1).toString(), QStringLiteral("JVNDB-2024-000001"));
    QVERIFY(a.at(1).toObject().value(QLatin1String("resolves")).isArray());
    QCOMPARE(t.toCsv(), QByteArray("resolves\r\nCVE-2024-1;JVNDB-2024-000001\r\n\r\n"));
}

QTEST_GUILESS_MAIN(tst_ReportTable)
#include "tst_reporttable.moc"
