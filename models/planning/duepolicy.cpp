#include "models/planning/duepolicy.h"

#include <QStringList>

#include <cmath>

namespace pp {

namespace {

bool validDays(int days)
{
    return days >= 1 && days <= 3650;
}

/// Scores are given with one decimal; a tolerance keeps 9.0 read from text as 8.9999... at 9.0.
constexpr double kScoreEpsilon = 1e-9;

} // namespace

bool DuePolicy::isValid() const
{
    return validDays(kevDays) && validDays(internetCriticalDays) && validDays(internetHighDays)
        && validDays(criticalDays) && validDays(highDays) && validDays(mediumDays)
        && validDays(lowDays) && std::isfinite(emergencyCvss) && emergencyCvss >= 0
        && emergencyCvss <= 10 && exposedInternalMaxTier >= kMinCriticality
        && exposedInternalMaxTier <= kMaxCriticality;
}

DueDecision DueRules::decide(const DueInputs &in, const DuePolicy &policy)
{
    Severity severity = in.severity;
    // A score without a stated severity still says how bad it is.
    if (severity == Severity::Unknown && in.cvss)
        severity = severityFromScore(*in.cvss);

    DueDecision d;
    // Candidates in order of precedence: on the same date the more specific rule is named.
    auto consider = [&d](QDate date, DueRule rule) {
        if (!date.isValid())
            return;
        if (!d.dueDate.isValid() || date < d.dueDate) {
            d.dueDate = date;
            d.rule = rule;
        }
    };

    if (in.kev) {
        // The catalog's date is used even when it precedes dateAdded (the 2021 initial load):
        // such a finding is simply overdue.
        if (in.kev->dueDate.isValid())
            consider(in.kev->dueDate, DueRule::KevDueDate);
        else if (in.kev->dateAdded.isValid())
            consider(in.kev->dateAdded.addDays(policy.kevDays), DueRule::KevAdded);
    }
    if (in.detected.isValid()) {
        if (in.exposure == Exposure::Internet) {
            if (severity == Severity::Critical)
                consider(in.detected.addDays(policy.internetCriticalDays),
                         DueRule::InternetCritical);
            else if (severity == Severity::High)
                consider(in.detected.addDays(policy.internetHighDays), DueRule::InternetHigh);
        }
        switch (severity) {
        case Severity::Critical:
            consider(in.detected.addDays(policy.criticalDays), DueRule::Critical);
            break;
        case Severity::High:
            consider(in.detected.addDays(policy.highDays), DueRule::High);
            break;
        case Severity::Medium:
            consider(in.detected.addDays(policy.mediumDays), DueRule::Medium);
            break;
        case Severity::Low:
            consider(in.detected.addDays(policy.lowDays), DueRule::Low);
            break;
        case Severity::Unknown:
            // Never forgotten: an unscored vulnerability waits as long as a medium one.
            consider(in.detected.addDays(policy.mediumDays), DueRule::Unscored);
            break;
        case Severity::None:
            break;
        }
    }

    // Track (DESIGN.md section 3), like an SSVC decision: exploitation, exposure, criticality.
    const bool exploited = in.kev.has_value();
    const bool internet = in.exposure == Exposure::Internet;
    const bool exposed = internet
        || (in.exposure == Exposure::Internal && in.criticality <= policy.exposedInternalMaxTier);
    const bool highScore = in.cvss && *in.cvss + kScoreEpsilon >= policy.emergencyCvss;
    d.track = (exploited && exposed) || (highScore && internet) ? Track::Emergency
                                                                : Track::Regular;

    QStringList parts;
    parts << (exploited ? (in.kev->ransomware ? tr("known exploited (KEV, ransomware)")
                                              : tr("known exploited (KEV)"))
                        : tr("not known exploited"));
    switch (in.exposure) {
    case Exposure::Internet: parts << tr("internet-facing"); break;
    case Exposure::Internal:
        parts << (exposed ? tr("internal") : tr("internal, not exposed at this tier"));
        break;
    case Exposure::Isolated: parts << tr("isolated"); break;
    }
    parts << tr("tier %1").arg(in.criticality);
    QString sev;
    switch (severity) {
    case Severity::Critical: sev = tr("critical"); break;
    case Severity::High: sev = tr("high"); break;
    case Severity::Medium: sev = tr("medium"); break;
    case Severity::Low: sev = tr("low"); break;
    case Severity::None: sev = tr("severity none"); break;
    case Severity::Unknown: sev = tr("unscored"); break;
    }
    if (in.cvss)
        sev = tr("%1 (CVSS %2)").arg(sev, QString::number(*in.cvss, 'f', 1));
    parts << sev;
    d.trackReason = tr("%1: %2").arg(parts.join(QStringLiteral("; ")),
                                     d.track == Track::Emergency ? tr("emergency")
                                                                 : tr("regular"));
    return d;
}

Severity DueRules::effectiveSeverity(const Vulnerability &v)
{
    if (const auto metric = preferredMetric(v.metrics)) {
        if (metric->severity != Severity::Unknown)
            return metric->severity;
        return severityFromScore(metric->score);
    }
    // A stored summary without the metrics (a row read without its metric list).
    if (v.cvssScore)
        return v.severity != Severity::Unknown ? v.severity : severityFromScore(*v.cvssScore);
    return severityFromWord(v.jvnSeverity);
}

} // namespace pp
