// Reading back the PDFs the tests write, with poppler-utils (pdftotext, pdfinfo, pdffonts): an
// independent reader, so that what a user copies or searches is what the test sees.
#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace pp::test {

/// Runs a poppler tool; the standard output, or a null string when it failed.
inline QString poppler(const QString &tool, const QStringList &args)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return QString();
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

/// The text of @p path (pages @p first .. @p last, 1-based; 0: all), in reading order.
inline QString pdfText(const QString &path, int first = 0, int last = 0, bool layout = false)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << path << QStringLiteral("-");
    return poppler(QStringLiteral("pdftotext"), args);
}

/// A field of pdfinfo ("Pages", "Page size", "Title"); empty when missing.
inline QString pdfInfo(const QString &path, const QString &field)
{
    const QString out = poppler(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return QString();
}

inline int pdfPages(const QString &path)
{
    return pdfInfo(path, QStringLiteral("Pages")).toInt();
}

struct PdfFont
{
    QString name;
    bool embedded = false;
    bool unicode = false;
};

/// The fonts of @p path as pdffonts lists them (name, emb, uni).
inline QList<PdfFont> pdfFonts(const QString &path)
{
    QList<PdfFont> out;
    const QStringList lines = poppler(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        if (cols.size() < 7)
            continue;
        // name type... emb sub uni object ID: the last five columns are fixed.
        PdfFont f;
        f.name = cols.first();
        f.embedded = cols.at(cols.size() - 5) == QLatin1String("yes");
        f.unicode = cols.at(cols.size() - 3) == QLatin1String("yes");
        out << f;
    }
    return out;
}

} // namespace pp::test
