// Compensating controls, their evidence, risk acceptances and the operational cadences
// (DESIGN.md section 2; issue 6): what keeps a frozen system or an accepted finding safe, who
// accepted the rest of the risk until when, and the recurring obligations of the handbook.
//
// Dates are calendar days (QDate, no time zone): a control is done on a day, an acceptance
// expires on a day. They are stored as "yyyy-MM-dd".
#pragma once

#include "models/domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

/// The kinds of compensating control (補完的な措置) of DESIGN.md section 2.
enum class ControlKind {
    VendorSupportContract, ///< an individual support contract with the vendor
    AlternativeService,    ///< the function is also provided by another, supported service
    NetworkIsolation,      ///< network isolation or ACL
    VirtualPatch,          ///< WAF/IPS signature
    FeatureDisabled,       ///< the vulnerable feature is turned off
    EnhancedMonitoring,
    LogReview,             ///< periodic review of the logs for attempts to exploit
};
/// NIST SP 800-40r4 risk responses.
enum class RiskResponse { Accept, Mitigate, Transfer, Avoid };
/// The operational cadences of the handbook, one of each per system at most.
enum class CadenceKind { VulnerabilityScan, BackupRestoreDrill, EoslReview, IncidentProfileReview,
                         ControlCheck };

QString toKey(ControlKind v);  ///< "vendor_support_contract","alternative_service",
                               ///< "network_isolation","virtual_patch","feature_disabled",
                               ///< "enhanced_monitoring","log_review"
QString toKey(RiskResponse v); ///< "accept","mitigate","transfer","avoid"
QString toKey(CadenceKind v);  ///< "vulnerability_scan","backup_restore_drill","eosl_review",
                               ///< "incident_profile_review","control_check"
template<> std::optional<ControlKind> fromKey<ControlKind>(const QString &key);
template<> std::optional<RiskResponse> fromKey<RiskResponse>(const QString &key);
template<> std::optional<CadenceKind> fromKey<CadenceKind>(const QString &key);
QString displayName(ControlKind v);
QString displayName(RiskResponse v);
QString displayName(CadenceKind v);
template<> QList<ControlKind> allValues<ControlKind>();
template<> QList<RiskResponse> allValues<RiskResponse>();
template<> QList<CadenceKind> allValues<CadenceKind>();

/// A compensating control, attached to a system, a component or a finding (at least one).
/// Periodic when it has a cadence; its next due date follows from the last evidence.
struct Control
{
    qint64 id = 0;          ///< 0 until stored
    qint64 systemId = 0;    ///< 0 = not attached to a system as a whole
    qint64 componentId = 0; ///< 0 = not attached to a component
    qint64 findingId = 0;   ///< 0 = not attached to a finding
    ControlKind kind = ControlKind::NetworkIsolation;
    QString title;
    QString description;
    QString owner;
    std::optional<int> cadenceDays; ///< days between checks; nullopt = not periodic
    QDate lastDone;   ///< the newest evidence; null = never done
    QDate nextDue;    ///< computed (planning/controlrules.h); null when not periodic
    QDate validFrom;  ///< null = open
    QDate validUntil; ///< the last day it applies; null = open
    int rowVersion = 0;
    QDateTime updatedAt; ///< UTC

    bool isPeriodic() const { return cadenceDays.has_value(); }
    /// Everything a user edits, for the audit trail's before and after.
    QJsonObject toJson() const;
};

/// One entry of a control's evidence log: done when, by whom, what was found.
struct ControlEvidence
{
    qint64 id = 0;
    qint64 controlId = 0;
    QDate doneOn;      ///< never in the future
    QString doneBy;
    QString note;      ///< what was found
    QString reference; ///< optional file or ticket reference

    QJsonObject toJson() const;
};

/// The accepted risk of a finding or of a (frozen) component, with the controls it relies on.
/// Pending until someone other than the requester approves it; it applies up to and including
/// expiresOn and lapses the day after.
struct RiskAcceptance
{
    qint64 id = 0;
    qint64 findingId = 0;   ///< 0 = a component's acceptance
    qint64 componentId = 0; ///< 0 = a finding's acceptance (the finding names its component)
    RiskResponse response = RiskResponse::Accept;
    QString requester;
    QString approver;  ///< empty until approved
    QDate approvedOn;  ///< null until approved
    QDate expiresOn;   ///< mandatory: the last day the acceptance applies
    QString residualRisk;
    QString rationale; ///< the justification
    QList<qint64> controlIds; ///< the controls it relies on
    int rowVersion = 0;
    QDateTime updatedAt;

    bool isApproved() const { return !approver.isEmpty() && approvedOn.isValid(); }
    QJsonObject toJson() const;
};

/// One recurring obligation of a system, with its next due date.
struct Cadence
{
    qint64 id = 0;
    qint64 systemId = 0;
    CadenceKind kind = CadenceKind::VulnerabilityScan;
    int intervalDays = 365;
    QDate lastDone; ///< null = never done
    QDate nextDue;
    QString note;   ///< the last time's note (what was done, the evidence reference)
    int rowVersion = 0;
    QDateTime updatedAt;

    QJsonObject toJson() const;
};

/// "yyyy-MM-dd"; empty for a null date.
QString dateKey(const QDate &d);

} // namespace pp
