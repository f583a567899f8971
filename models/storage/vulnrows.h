// What the vulnerability, finding and patch lists show: joined rows and their filters. Filled
// by the repositories with one query each (no per-row queries); shown by the item models.
#pragma once

#include "models/domain/enums.h"
#include "models/domain/vulnerability.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

/// One vulnerability with what it means for the estate.
struct VulnRow
{
    qint64 id = 0;
    QString identifier;
    QString title;
    Severity severity = Severity::Unknown;
    std::optional<double> cvssScore;
    QString cvssVersion;
    bool kev = false;
    QDate kevDueDate;
    bool ransomware = false;
    QDateTime published;
    QStringList aliases;
    QStringList sources;  ///< "nvd","kev","jvn"
    int findings = 0;     ///< findings in any state
    int openFindings = 0; ///< not set, in triage, affected
    int systems = 0;      ///< distinct systems with a finding
    QDate earliestDue;    ///< of its open findings
    bool emergency = false; ///< an open finding on the emergency track
};

struct VulnFilter
{
    bool affectingOnly = true; ///< only vulnerabilities with at least one finding
    bool kevOnly = false;
    std::optional<Severity> minSeverity;
    QString text;              ///< identifier, alias or title contains (case-insensitive)
    int limit = 5000;          ///< most rows returned (the newest published first)
};

/// One finding with its vulnerability, component and system.
struct FindingRow
{
    Finding finding;
    QString vulnIdentifier;
    QString vulnTitle;
    Severity severity = Severity::Unknown;
    std::optional<double> cvssScore;
    bool kev = false;
    qint64 systemId = 0;
    QString systemCode;
    QString systemName;
    Exposure exposure = Exposure::Internal;
    int criticality = 3;
    ComponentKind componentKind = ComponentKind::Application;
    QString vendor;
    QString product;
    QString version;
    qint64 patchId = 0; ///< the pending patch that resolves it, 0 when none
};

struct FindingFilter
{
    qint64 systemId = 0;         ///< 0 = every system
    qint64 componentId = 0;      ///< 0 = every component
    qint64 vulnerabilityId = 0;  ///< 0 = every vulnerability
    QList<AnalysisState> states; ///< empty = the default view: every state except resolved, and
                                 ///< not affected / false positive only once their review date
                                 ///< has come
    bool emergencyOnly = false;
    bool overdueOnly = false;    ///< due date before today, open states
    bool kevOnly = false;
    QString text;                ///< vulnerability id/title, system code/name, product contains
    QDate today;                 ///< for overdue and review dates; null = QDate::currentDate()
    int limit = 0;               ///< most rows returned, the first in the list's order; 0 = all
};

/// The dashboard's counts.
struct FindingCounts
{
    int open = 0;       ///< not set, in triage, affected
    int untriaged = 0;  ///< not set
    int emergency = 0;  ///< open and on the emergency track
    int overdue = 0;    ///< open and past due
    int kev = 0;        ///< open on a KEV vulnerability
    int vulnerabilities = 0; ///< stored vulnerabilities
};

/// One pending patch with what it resolves and when it is due.
struct PatchRow
{
    Patch patch;
    qint64 systemId = 0;   ///< of its component (0 for a vendor patch without one)
    QString systemCode;
    ComponentKind componentKind = ComponentKind::Application;
    QString product;       ///< the component's product (or the patch's)
    QString version;       ///< the component's current version
    QStringList resolves;  ///< vulnerability identifiers of its open findings
    QDate dueDate;         ///< earliest due date of those findings
    Track track = Track::Regular; ///< most urgent track of them
    bool overdue = false;
};

} // namespace pp
