#include "models/io/reporttable.h"

#include "models/io/csvwriter.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace pp {
namespace {

QString cellText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QStringList:
        return v.toStringList().join(QLatin1Char(';'));
    default:
        return v.toString();
    }
}

QJsonValue jsonValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::Bool:
        return QJsonValue(v.toBool());
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(v.toStringList());
    default:
        return QJsonValue(cellText(v));
    }
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QByteArray ReportTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject o;
        for (int i = 0; i < keys.size(); ++i)
            o.insert(keys.at(i), jsonValue(row.value(i)));
        array.append(o);
    }
    // QJsonObject sorts keys; scripts read by key, so order does not matter to them.
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ReportTable::toCsv() const
{
    QString out = CsvWriter::line(keys);
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (int i = 0; i < keys.size(); ++i)
            cells << cellText(row.value(i));
        out += CsvWriter::line(cells);
    }
    return out.toUtf8();
}

QByteArray ReportTable::toText() const
{
    QList<int> widths;
    for (const QString &k : keys)
        widths << displayWidth(k);
    QList<QStringList> texts;
    for (const QVariantList &row : rows) {
        QStringList line;
        for (int i = 0; i < keys.size(); ++i) {
            // One line per row in a terminal: line breaks inside a cell become spaces.
            QString t = cellText(row.value(i)).simplified();
            widths[i] = qMax(widths[i], displayWidth(t));
            line << t;
        }
        texts << line;
    }
    auto format = [&](const QStringList &line) {
        QString out;
        for (int i = 0; i < line.size(); ++i) {
            out += line.at(i);
            if (i + 1 < line.size())
                out += QString(widths.at(i) - displayWidth(line.at(i)) + 2, QLatin1Char(' '));
        }
        return out + QLatin1Char('\n');
    };
    QString out = format(keys);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += format(rule);
    for (const QStringList &line : texts)
        out += format(line);
    return out.toUtf8();
}

} // namespace pp
