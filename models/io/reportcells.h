// What the printed reports (roadmap, frozen register) write the same way: support end dates,
// the tone of an EOSL status, and the "Generated ..." line of the page footer.
#pragma once

#include "models/domain/lifecycle.h"
#include "models/io/printdocument.h"
#include "models/planning/lifecyclestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pp {

class ReportCells
{
    Q_DECLARE_TR_FUNCTIONS(ReportCells)

public:
    /// An ISO date, or "ended", "not announced", "unknown".
    static QString supportEnd(const SupportEnd &end);
    /// Alert for past and the two nearest horizons, Good for supported, Muted for unknown.
    static PrintCell::Tone tone(EoslStatus status);
    /// "Generated 2026-11-29 10:05 JST by sato" (local time of @p at; now when null).
    static QString generated(const QDateTime &at, const QString &by);
};

} // namespace pp
