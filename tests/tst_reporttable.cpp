// Report output: JSON types and nulls, CSV quoting and formula neutralisation, text alignment.
#include "models/io/reporttable.h"

#include <QBuffer>
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
    void streamedJsonIsTheWholeDocument();
    void writerStreamsInChunksAndMatchesTheTable();
    void writerReportsAFailedDevice();
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

namespace {

/// What toJson() wrote before it streamed: one QJsonDocument of the whole array. Scripts read
/// this output, so the streamed one must be byte for byte the same.
QByteArray wholeDocument(const ReportTable &t)
{
    QJsonArray array;
    for (const QVariantList &row : t.rows) {
        QJsonObject o;
        for (int i = 0; i < t.keys.size(); ++i) {
            const QVariant v = row.value(i);
            QJsonValue j;
            if (!v.isValid() || v.isNull())
                j = QJsonValue::Null;
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                j = v.toLongLong();
            else if (v.typeId() == QMetaType::Double)
                j = v.toDouble();
            else if (v.typeId() == QMetaType::Bool)
                j = v.toBool();
            else if (v.typeId() == QMetaType::QDate)
                j = v.toDate().toString(Qt::ISODate);
            else if (v.typeId() == QMetaType::QStringList)
                j = QJsonArray::fromStringList(v.toStringList());
            else
                j = v.toString();
            o.insert(t.keys.at(i), j);
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

ReportTable varied(int rows)
{
    ReportTable t;
    t.keys = {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("when"),
              QStringLiteral("score"), QStringLiteral("kev"), QStringLiteral("ids"),
              QStringLiteral("note")};
    for (int i = 0; i < rows; ++i) {
        t.rows << QVariantList{i,
                               QStringLiteral("\"\\/\n\t\x01 <b>=cmd|' /C calc'!A0</b> 日本語 %1").arg(i),
                               i % 3 ? QVariant(QDate(2026, 1, 1).addDays(i)) : QVariant(),
                               i % 2 ? QVariant(7.5 + i) : QVariant(10.0),
                               i % 2 == 0,
                               QStringList{QStringLiteral("CVE-2024-%1").arg(i)},
                               QString()};
    }
    return t;
}

/// A device that takes @p capacity bytes and refuses the rest.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity) : m_left(capacity) { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (len > m_left) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_left -= len;
        written += len;
        return len;
    }

private:
    qint64 m_left;
};

} // namespace

void tst_ReportTable::streamedJsonIsTheWholeDocument()
{
    for (int n : {0, 1, 2, 7}) {
        const ReportTable t = varied(n);
        QCOMPARE(t.toJson(), wholeDocument(t));
    }
}

void tst_ReportTable::writerStreamsInChunksAndMatchesTheTable()
{
    // Enough rows that the writer hands the device several chunks before finish().
    const ReportTable t = varied(6000);
    for (auto [format, expected] :
         {std::pair{ReportWriter::Format::Json, t.toJson()},
          std::pair{ReportWriter::Format::Csv, t.toCsv()},
          std::pair{ReportWriter::Format::Text, t.toText()}}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ReportWriter writer(&buffer, format);
        writer.begin(t.keys);
        qint64 beforeFinish = 0;
        for (const QVariantList &row : t.rows)
            QVERIFY(writer.row(row));
        beforeFinish = buffer.size();
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), expected);
        if (format != ReportWriter::Format::Text)
            QVERIFY2(beforeFinish > expected.size() / 2, "JSON and CSV stream as they go");
        else
            QCOMPARE(beforeFinish, 0); // the table waits for every column's width
    }
    QCOMPARE(wholeDocument(t), t.toJson());
}

void tst_ReportTable::writerReportsAFailedDevice()
{
    const ReportTable t = varied(6000);
    FullDevice device(100 * 1024);
    ReportWriter writer(&device, ReportWriter::Format::Csv);
    writer.begin(t.keys);
    int taken = 0;
    for (const QVariantList &row : t.rows) {
        if (!writer.row(row))
            break;
        ++taken;
    }
    QVERIFY2(taken < t.rows.size(), "the writer stops at the first refused write");
    const Status s = writer.finish();
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("No space left")), qPrintable(s.error().message));
}

QTEST_GUILESS_MAIN(tst_ReportTable)
#include "tst_reporttable.moc"
