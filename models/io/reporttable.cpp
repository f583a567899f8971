#include "models/io/reporttable.h"

#include "models/io/csvwriter.h"
#include "models/tr.h"

#include <QBuffer>
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

QByteArray write(const ReportTable &table, ReportWriter::Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ReportWriter writer(&buffer, format);
    table.writeTo(writer);
    (void)writer.finish(); // a QBuffer takes every write
    return buffer.data();
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
    return write(*this, ReportWriter::Format::Json);
}

QByteArray ReportTable::toCsv() const
{
    return write(*this, ReportWriter::Format::Csv);
}

QByteArray ReportTable::toText() const
{
    return write(*this, ReportWriter::Format::Text);
}

bool ReportTable::writeTo(ReportSink &sink) const
{
    sink.begin(keys);
    for (const QVariantList &r : rows) {
        if (!sink.row(r))
            return false;
    }
    return true;
}

void ReportCollector::begin(const QStringList &keys)
{
    m_table.keys = keys;
    m_table.rows.clear();
}

bool ReportCollector::row(const QVariantList &cells)
{
    m_table.rows << cells;
    return true;
}

ReportWriter::ReportWriter(QIODevice *device, Format format)
    : m_device(device)
    , m_format(format)
{
}

void ReportWriter::begin(const QStringList &keys)
{
    m_keys = keys;
    m_rows = 0;
    switch (m_format) {
    case Format::Json:
        m_buffer += "[\n";
        break;
    case Format::Csv:
        m_buffer += CsvWriter::line(keys).toUtf8();
        break;
    case Format::Text:
        m_widths.clear();
        for (const QString &k : keys)
            m_widths << displayWidth(k);
        break;
    }
}

bool ReportWriter::row(const QVariantList &cells)
{
    switch (m_format) {
    case Format::Json: {
        // What QJsonDocument writes for this object as an element of an indented array, so
        // that the stream is byte for byte the document's (keys in its sorted order).
        QJsonObject o;
        for (int i = 0; i < m_keys.size(); ++i)
            o.insert(m_keys.at(i), jsonValue(cells.value(i)));
        const QByteArray element = QJsonDocument(QJsonArray{o}).toJson(QJsonDocument::Indented);
        // "[\n" + the element's lines + "\n]\n": keep the lines, without their last newline.
        if (m_rows > 0)
            m_buffer += ",\n";
        m_buffer += QByteArrayView(element).sliced(2, element.size() - 2 - 3);
        break;
    }
    case Format::Csv: {
        QStringList texts;
        texts.reserve(m_keys.size());
        for (int i = 0; i < m_keys.size(); ++i)
            texts << cellText(cells.value(i));
        m_buffer += CsvWriter::line(texts).toUtf8();
        break;
    }
    case Format::Text: {
        QStringList line;
        line.reserve(m_keys.size());
        for (int i = 0; i < m_keys.size(); ++i) {
            // One line per row in a terminal: line breaks inside a cell become spaces.
            QString t = cellText(cells.value(i)).simplified();
            m_widths[i] = qMax(m_widths[i], displayWidth(t));
            line << t;
        }
        m_texts << line;
        break;
    }
    }
    ++m_rows;
    return flush();
}

bool ReportWriter::flush(bool force)
{
    constexpr qsizetype kChunk = 256 * 1024;
    if (!m_error.isEmpty())
        return false;
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < kChunk))
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = Tr::tr("The report could not be written.");
        return false;
    }
    m_buffer.clear();
    return true;
}

Status ReportWriter::finish()
{
    switch (m_format) {
    case Format::Json:
        m_buffer += m_rows > 0 ? "\n]\n" : "]\n";
        break;
    case Format::Csv:
        break;
    case Format::Text: {
        auto format = [&](const QStringList &line) {
            QString out;
            for (int i = 0; i < line.size(); ++i) {
                out += line.at(i);
                if (i + 1 < line.size())
                    out += QString(m_widths.at(i) - displayWidth(line.at(i)) + 2, QLatin1Char(' '));
            }
            return (out + QLatin1Char('\n')).toUtf8();
        };
        m_buffer += format(m_keys);
        QStringList rule;
        for (int w : std::as_const(m_widths))
            rule << QString(w, QLatin1Char('-'));
        m_buffer += format(rule);
        for (const QStringList &line : std::as_const(m_texts)) {
            m_buffer += format(line);
            if (!flush())
                break;
        }
        m_texts.clear();
        break;
    }
    }
    if (!flush(true))
        return fail(m_error);
    return {};
}

} // namespace pp
