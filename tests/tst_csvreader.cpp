// The RFC 4180 reader, its encoding detection and the formula-safe writer.
#include "models/io/csvreader.h"
#include "models/io/csvwriter.h"

#include <QtTest>

using namespace pp;

using Records = QList<QStringList>;
using Lines = QList<int>;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void unterminatedQuote();
    void textAfterQuoteIsReportedAndReadingGoesOn();
    void fieldTooLongIsCountedNotKept();
    void blankRecord();

    void decodeUtf8();
    void decodeUtf8Bom();
    void decodeShiftJis();
    void decodeRejects_data();
    void decodeRejects();

    void neutraliseAndRestore_data();
    void neutraliseAndRestore();
    void writerQuotes();
    void writtenLinesReadBack();

private:
    static Records readAll(const QString &text, Lines *lines = nullptr, qsizetype max = 4000);
};

Records tst_CsvReader::readAll(const QString &text, Lines *lines, qsizetype max)
{
    CsvReader reader(text, max);
    CsvRecord r;
    Records out;
    while (reader.readNext(r)) {
        out << r.fields;
        if (lines)
            *lines << r.line;
    }
    return out;
}

void tst_CsvReader::records_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("LF") << "a,b\nc,d\n" << Records {{"a", "b"}, {"c", "d"}} << Lines {1, 2};
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n" << Records {{"a", "b"}, {"c", "d"}} << Lines {1, 2};
    QTest::newRow("CR only") << "a,b\rc,d" << Records {{"a", "b"}, {"c", "d"}} << Lines {1, 2};
    QTest::newRow("no final line break") << "a\nb" << Records {{"a"}, {"b"}} << Lines {1, 2};
    QTest::newRow("trailing empty lines") << "a\r\n\r\n\n" << Records {{"a"}} << Lines {1};
    QTest::newRow("empty lines between") << "a\n\n\nb\n" << Records {{"a"}, {"b"}} << Lines {1, 4};
    QTest::newRow("empty fields") << ",,\n" << Records {{"", "", ""}} << Lines {1};
    QTest::newRow("trailing comma at end") << "a," << Records {{"a", ""}} << Lines {1};
    QTest::newRow("quoted comma") << "\"a,b\",c\n" << Records {{"a,b", "c"}} << Lines {1};
    QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\",x\n"
                                    << Records {{"say \"hi\"", "x"}} << Lines {1};
    QTest::newRow("quoted empty") << "\"\",\"\"\n" << Records {{"", ""}} << Lines {1};
    QTest::newRow("quote inside unquoted value is literal")
        << "5'10\",x\n"
        << Records {{"5'10\"", "x"}} << Lines {1};
    QTest::newRow("spaces kept") << " a , b \n" << Records {{" a ", " b "}} << Lines {1};
    // A quoted field may span lines; the next record's line counts them (LF, CRLF and CR).
    QTest::newRow("multi-line field")
        << "h1,h2\n\"one\ntwo\r\nthree\rfour\",x\nnext,y\n"
        << Records {{"h1", "h2"}, {"one\ntwo\r\nthree\rfour", "x"}, {"next", "y"}}
        << Lines {1, 2, 6};
    QTest::newRow("quoted line break at the end") << "\"a\n\"\nb\n"
                                                  << Records {{"a\n"}, {"b"}} << Lines {1, 3};
    QTest::newRow("Japanese") << "顧客,\"管理,システム\"\n"
                              << Records {{"顧客", "管理,システム"}} << Lines {1};
    QTest::newRow("empty text") << "" << Records {} << Lines {};
}

void tst_CsvReader::records()
{
    QFETCH(QString, text);
    QFETCH(Records, records);
    QFETCH(Lines, lines);
    Lines gotLines;
    QCOMPARE(readAll(text, &gotLines), records);
    QCOMPARE(gotLines, lines);
}

void tst_CsvReader::unterminatedQuote()
{
    const QString text = QStringLiteral("a,b\nc,\"d\ne\nf,g\n");
    CsvReader reader(text, 4000);
    CsvRecord r;
    QVERIFY(reader.readNext(r));
    QCOMPARE(r.problem, CsvRecord::Problem::None);
    QVERIFY(reader.readNext(r));
    QCOMPARE(r.problem, CsvRecord::Problem::UnterminatedQuote);
    QCOMPARE(r.line, 2);
    QCOMPARE(r.problemLine, 2);
    QCOMPARE(r.problemField, 1);
    QVERIFY(CsvReader::describe(r, 4000).contains(QLatin1String("line 2")));
    QVERIFY(!reader.readNext(r)); // the open quote ran to the end
}

void tst_CsvReader::textAfterQuoteIsReportedAndReadingGoesOn()
{
    const QString text = QStringLiteral("\"a\"b,c\nd,e\n");
    CsvReader reader(text, 4000);
    CsvRecord r;
    QVERIFY(reader.readNext(r));
    QCOMPARE(r.problem, CsvRecord::Problem::TextAfterQuote);
    QCOMPARE(r.problemField, 0);
    QCOMPARE(r.fields.size(), 2);
    QVERIFY(!CsvReader::describe(r, 4000).isEmpty());
    QVERIFY(reader.readNext(r));
    QCOMPARE(r.problem, CsvRecord::Problem::None);
    QCOMPARE(r.fields, QStringList({"d", "e"}));
    QCOMPARE(r.line, 2);
}

void tst_CsvReader::fieldTooLongIsCountedNotKept()
{
    // Quoted and unquoted, with a doubled quote and a line break inside the long one.
    const QString longQuoted = QLatin1Char('"') + QString(50, u'x') + QLatin1String("\"\"\n")
        + QString(50, u'y') + QLatin1Char('"');
    const QString text = QLatin1String("ok,") + QString(11, u'z') + QLatin1String("\n")
        + QLatin1String("ok,") + longQuoted + QLatin1String("\nlast,row\n");
    CsvReader reader(text, 10);
    CsvRecord r;
    QVERIFY(reader.readNext(r));
    QCOMPARE(r.problem, CsvRecord::Problem::FieldTooLong);
    QCOMPARE(r.problemField, 1);
    QCOMPARE(r.problemLength, 11);
    QCOMPARE(r.fields.at(1), QString());
    QVERIFY(reader.readNext(r));
    QCOMPARE(r.problem, CsvRecord::Problem::FieldTooLong);
    QCOMPARE(r.line, 2);
    QCOMPARE(r.problemLength, 102); // 50 + one quote + LF + 50
    QVERIFY(CsvReader::describe(r, 10).contains(QLatin1String("102")));
    QVERIFY(reader.readNext(r));
    QCOMPARE(r.problem, CsvRecord::Problem::None);
    QCOMPARE(r.line, 4);
    QCOMPARE(r.fields, QStringList({"last", "row"}));
}

void tst_CsvReader::blankRecord()
{
    CsvRecord r;
    r.fields = {QString(), QStringLiteral("  ")};
    QVERIFY(r.isBlank());
    r.fields << QStringLiteral("x");
    QVERIFY(!r.isBlank());
}

void tst_CsvReader::decodeUtf8()
{
    const DecodedText d = CsvReader::decode(QStringLiteral("a,顧客\n").toUtf8());
    QVERIFY(d.ok());
    QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(d.text, QStringLiteral("a,顧客\n"));
}

void tst_CsvReader::decodeUtf8Bom()
{
    const DecodedText d = CsvReader::decode("\xEF\xBB\xBF" + QStringLiteral("顧客").toUtf8());
    QVERIFY(d.ok());
    QCOMPARE(d.encoding, QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(d.text, QStringLiteral("顧客")); // the BOM is not part of the text
}

void tst_CsvReader::decodeShiftJis()
{
    // 日本語 and the NEC special character ① (0x8740), which Excel's code page 932 has.
    const DecodedText d = CsvReader::decode(QByteArray("a,\x93\xfa\x96\x7b\x8c\xea,\x87\x40\r\n"));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.encoding, QStringLiteral("Shift_JIS"));
    QCOMPARE(d.text, QStringLiteral("a,日本語,①\r\n"));
}

void tst_CsvReader::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("needle");
    QTest::newRow("NUL") << QByteArray("a\nb\nc\0d\n", 8) << 3 << "binary";
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe"
                                          "a\0b\0",
        6) << 1 << "binary";
    QTest::newRow("neither") << QByteArray("a\nb\n\xff\xfe\xfd\n") << 3 << "neither";
    // Shift_JIS on lines 1 and 2 (so not UTF-8 from line 1), broken on line 3.
    QTest::newRow("Shift_JIS broken later")
        << QByteArray("\x93\xfa\n\x96\x7b\n\x81\x20x\n") << 3 << "neither";
    // UTF-8 until line 3, whose byte is not UTF-8.
    QTest::newRow("UTF-8 broken later")
        << (QStringLiteral("顧客\n管理\n").toUtf8() + "x\xff\n") << 3 << "neither";
    QTest::newRow("BOM then not UTF-8") << QByteArray("\xEF\xBB\xBF"
                                                      "a\nb\xff\n")
                                        << 2 << "byte order mark";
    QTest::newRow("UTF-8 cut off at the end")
        << (QStringLiteral("顧客").toUtf8() + "\xe9") << 1 << "neither";
}

void tst_CsvReader::decodeRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, needle);
    const DecodedText d = CsvReader::decode(bytes);
    QVERIFY(!d.ok());
    QVERIFY(d.text.isEmpty());
    QVERIFY(d.encoding.isEmpty());
    QCOMPARE(d.errorLine, line);
    QVERIFY2(d.error.contains(needle), qPrintable(d.error));
}

void tst_CsvReader::neutraliseAndRestore_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "Windows Server"
                           << "Windows Server";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("=") << "=cmd|' /C calc'!A0"
                       << "'=cmd|' /C calc'!A0";
    QTest::newRow("+") << "+1"
                       << "'+1";
    QTest::newRow("-") << "-2+3"
                       << "'-2+3";
    QTest::newRow("@") << "@SUM(A1)"
                       << "'@SUM(A1)";
    QTest::newRow("TAB") << "\t=x"
                         << "'\t=x";
    QTest::newRow("CR") << "\rx"
                        << "'\rx";
    QTest::newRow("formula later") << "a=b"
                                   << "a=b";
    QTest::newRow("apostrophe alone") << "'quoted'"
                                      << "'quoted'";
    // Already guarded by hand: one more apostrophe, so that restore() gives it back as it was.
    QTest::newRow("apostrophe then =") << "'=x"
                                       << "''=x";
    QTest::newRow("two apostrophes then @") << "''@x"
                                            << "'''@x";
}

void tst_CsvReader::neutraliseAndRestore()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralise(cell), written);
    QCOMPARE(CsvWriter::restore(written), cell);
}

void tst_CsvReader::writerQuotes()
{
    QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("@SUM(1,2)")), QStringLiteral("\"'@SUM(1,2)\""));
    QCOMPARE(CsvWriter::line({QStringLiteral("a"), QString(), QStringLiteral("c")}),
        QStringLiteral("a,,c\r\n"));
    QCOMPARE(CsvWriter::utf8Bom(), QByteArray("\xEF\xBB\xBF"));
}

void tst_CsvReader::writtenLinesReadBack()
{
    const QStringList cells {QStringLiteral("=1+1"), QStringLiteral("a,\"b\"\r\nc"),
        QStringLiteral("顧客"), QStringLiteral("'@x"), QString(), QStringLiteral("\tindented")};
    const QString text = CsvWriter::line(cells) + CsvWriter::line(cells);
    const Records read = readAll(text);
    QCOMPARE(read.size(), 2);
    for (const QStringList &record : read) {
        QStringList restored;
        for (const QString &cell : record) {
            restored << CsvWriter::restore(cell);
            // Nothing a spreadsheet would run as a formula.
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                qPrintable(cell));
        }
        QCOMPARE(restored, cells);
    }
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
