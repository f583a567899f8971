#include "models/io/csvwriter.h"

namespace pp {
namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// True when @p cell is zero or more apostrophes followed by a formula character.
bool hasFormulaStart(const QString &cell, qsizetype apostrophesAtLeast)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i >= apostrophesAtLeast && i < cell.size() && isFormulaStart(cell.at(i));
}

} // namespace

QString CsvWriter::neutralise(const QString &cell)
{
    return hasFormulaStart(cell, 0) ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::restore(const QString &cell)
{
    return hasFormulaStart(cell, 1) ? cell.mid(1) : cell;
}

QString CsvWriter::field(const QString &cell)
{
    QString out = neutralise(cell);
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\r') || out.contains(u'\n')) {
        out.replace(QLatin1String("\""), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QString CsvWriter::line(const QStringList &cells)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(cells.at(i));
    }
    return out + QLatin1String("\r\n");
}

QByteArray CsvWriter::utf8Bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

} // namespace pp
