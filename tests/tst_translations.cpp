// The Japanese translation file as lupdate leaves it: every message translated, every message in
// a named context (a string whose tr() lupdate cannot place lands in an empty context and stays
// English at run time), placeholders kept, and a label's mnemonic letter kept as "(&X)".
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool finished = true;
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            m.finished = type.isEmpty();
            bool numerus = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                   && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    m.translations << xml.readElementText();
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!numerus)
                m.translations << text;
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void japaneseIsComplete();
};

void tst_Translations::japaneseIsComplete()
{
    QString error;
    const QList<Message> messages
        = readTs(QStringLiteral(PP_TEST_DATA "/../../resources/translations/patchplanner_ja.ts"),
                 &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 2000);
    QStringList problems;
    // A mnemonic letter (not "&%1": a number filled in at run time).
    static const QRegularExpression mnemonic(QStringLiteral("&([^&%\\s])"));
    for (const Message &m : messages) {
        const QString where = QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context,
                                                                           m.source.left(50));
        if (m.context.trimmed().isEmpty())
            problems << where + QStringLiteral(": no context (tr() lupdate could not place)");
        if (!m.finished)
            problems << where + QStringLiteral(": not translated");
        for (const QString &t : m.translations) {
            if (t.isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                continue;
            }
            QStringList want = placeholders(m.source);
            QStringList got = placeholders(t);
            want.removeAll(QStringLiteral("%n"));
            got.removeAll(QStringLiteral("%n"));
            if (want != got)
                problems << where + QStringLiteral(": placeholders %1 became %2")
                                        .arg(want.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')));
            QString plain = m.source;
            plain.remove(QStringLiteral("&&"));
            const auto mm = mnemonic.match(plain);
            if (mm.hasMatch()
                && !t.contains(QStringLiteral("(&%1)").arg(mm.captured(1).toUpper())))
                problems << where + QStringLiteral(": mnemonic (&%1) missing in \"%2\"")
                                        .arg(mm.captured(1).toUpper(), t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size())
                                            + problems.mid(0, 40).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
