// What the report PDF tests share: the demo estate with the endoflife.date sample, and the
// poppler tools of pdftools.h, laid-out text.
#pragma once

#include "demoestate.h"
#include "pdftools.h"
#include "testsupport.h"


#include <QRegularExpression>
#include <QStringList>
#include <QtTest>

namespace pp::test {

inline const QDate kPdfToday(2026, 11, 29);

/// The demo estate on kPdfToday with the endoflife.date sample imported; false on failure.
inline bool fillDemo(pp::Database &db)
{
    return fillDemoEstate(db, kPdfToday);
}

/// The text of @p path laid out as on the page (pdftotext -layout).
inline QString pdfLayoutText(const QString &path)
{
    return pdfText(path, 0, 0, true);
}

/// The text of page @p page (1-based), laid out as on the page.
inline QString pdfPageText(const QString &path, int page)
{
    return pdfText(path, page, page, true);
}

/// The first page's size in points, rounded (pdfinfo's "Page size: 842 x 595 pts (A4)").
inline QSize pdfPageSize(const QString &path)
{
    const auto m = QRegularExpression(QStringLiteral("([\\d.]+) x ([\\d.]+) pts"))
                       .match(pdfInfo(path, QStringLiteral("Page size")));
    return m.hasMatch() ? QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble()))
                        : QSize();
}

/// Every font embedded, and one of them IPA P Gothic when @p needIpa.
inline bool fontsOk(const QString &path, bool needIpa, QString *why)
{
    const QList<PdfFont> fonts = pdfFonts(path);
    if (fonts.isEmpty()) {
        *why = QStringLiteral("no fonts listed");
        return false;
    }
    bool ipa = false;
    for (const PdfFont &f : fonts) {
        if (!f.embedded) {
            *why = QStringLiteral("not embedded: ") + f.name;
            return false;
        }
        ipa = ipa || f.name.contains(QLatin1String("IPAPGothic"), Qt::CaseInsensitive);
    }
    if (needIpa && !ipa) {
        *why = QStringLiteral("IPA P Gothic missing");
        return false;
    }
    return true;
}

/// @p text with every run of white space removed (for strings that wrap in a table cell).
inline QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

} // namespace pp::test
