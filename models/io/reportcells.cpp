#include "models/io/reportcells.h"

namespace pp {

QString ReportCells::supportEnd(const SupportEnd &end)
{
    switch (end.state) {
    case SupportState::Date:
        return end.date.toString(Qt::ISODate);
    case SupportState::Ended:
        return tr("ended");
    case SupportState::NotAnnounced:
        return tr("not announced");
    case SupportState::Unknown:
        return tr("unknown");
    }
    return {};
}

PrintCell::Tone ReportCells::tone(EoslStatus status)
{
    switch (status) {
    case EoslStatus::Past:
    case EoslStatus::Within30:
    case EoslStatus::Within90:
        return PrintCell::Tone::Alert;
    case EoslStatus::Supported:
        return PrintCell::Tone::Good;
    case EoslStatus::Unknown:
        return PrintCell::Tone::Muted;
    default:
        return PrintCell::Tone::Normal;
    }
}

QString ReportCells::generated(const QDateTime &at, const QString &by)
{
    const QDateTime t = at.isValid() ? at.toLocalTime() : QDateTime::currentDateTime();
    const QString when = t.toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    return by.isEmpty() ? tr("Generated %1").arg(when) : tr("Generated %1 by %2").arg(when, by);
}

} // namespace pp
