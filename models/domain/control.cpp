// The keys and labels of the control enumerations (see control.h). The keys are stored in the
// database (CHECK constraints in schema.cpp) and written to reports: they never change.
#include "models/domain/control.h"

#include "models/domain/keytable.h"
#include "models/tr.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace pp {
namespace {

using Internal::KeyTable;
using Internal::keyOf;
using Internal::parseKey;
using Internal::valuesOf;

constexpr KeyTable<ControlKind, 7> kControlKindKeys{{
    {ControlKind::VendorSupportContract, "vendor_support_contract"},
    {ControlKind::AlternativeService, "alternative_service"},
    {ControlKind::NetworkIsolation, "network_isolation"},
    {ControlKind::VirtualPatch, "virtual_patch"},
    {ControlKind::FeatureDisabled, "feature_disabled"},
    {ControlKind::EnhancedMonitoring, "enhanced_monitoring"},
    {ControlKind::LogReview, "log_review"},
}};
constexpr KeyTable<RiskResponse, 4> kResponseKeys{{
    {RiskResponse::Accept, "accept"},
    {RiskResponse::Mitigate, "mitigate"},
    {RiskResponse::Transfer, "transfer"},
    {RiskResponse::Avoid, "avoid"},
}};
constexpr KeyTable<CadenceKind, 5> kCadenceKeys{{
    {CadenceKind::VulnerabilityScan, "vulnerability_scan"},
    {CadenceKind::BackupRestoreDrill, "backup_restore_drill"},
    {CadenceKind::EoslReview, "eosl_review"},
    {CadenceKind::IncidentProfileReview, "incident_profile_review"},
    {CadenceKind::ControlCheck, "control_check"},
}};

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(dateKey(d)) : QJsonValue();
}

} // namespace

QString toKey(ControlKind v) { return keyOf(kControlKindKeys, v); }
QString toKey(RiskResponse v) { return keyOf(kResponseKeys, v); }
QString toKey(CadenceKind v) { return keyOf(kCadenceKeys, v); }

template<> std::optional<ControlKind> fromKey<ControlKind>(const QString &key)
{
    return parseKey(kControlKindKeys, key);
}
template<> std::optional<RiskResponse> fromKey<RiskResponse>(const QString &key)
{
    return parseKey(kResponseKeys, key);
}
template<> std::optional<CadenceKind> fromKey<CadenceKind>(const QString &key)
{
    return parseKey(kCadenceKeys, key);
}

template<> QList<ControlKind> allValues<ControlKind>() { return valuesOf(kControlKindKeys); }
template<> QList<RiskResponse> allValues<RiskResponse>() { return valuesOf(kResponseKeys); }
template<> QList<CadenceKind> allValues<CadenceKind>() { return valuesOf(kCadenceKeys); }

QString displayName(ControlKind v)
{
    switch (v) {
    case ControlKind::VendorSupportContract: return Tr::tr("Vendor support contract");
    case ControlKind::AlternativeService: return Tr::tr("Alternative service");
    case ControlKind::NetworkIsolation: return Tr::tr("Network isolation or ACL");
    case ControlKind::VirtualPatch: return Tr::tr("Virtual patch (WAF/IPS)");
    case ControlKind::FeatureDisabled: return Tr::tr("Feature disabled");
    case ControlKind::EnhancedMonitoring: return Tr::tr("Enhanced monitoring");
    case ControlKind::LogReview: return Tr::tr("Periodic log review");
    }
    return {};
}

QString displayName(RiskResponse v)
{
    switch (v) {
    case RiskResponse::Accept: return Tr::tr("Accept");
    case RiskResponse::Mitigate: return Tr::tr("Mitigate");
    case RiskResponse::Transfer: return Tr::tr("Transfer");
    case RiskResponse::Avoid: return Tr::tr("Avoid");
    }
    return {};
}

QString displayName(CadenceKind v)
{
    switch (v) {
    case CadenceKind::VulnerabilityScan: return Tr::tr("Vulnerability scan");
    case CadenceKind::BackupRestoreDrill: return Tr::tr("Backup-restore drill");
    case CadenceKind::EoslReview: return Tr::tr("EOSL review");
    case CadenceKind::IncidentProfileReview: return Tr::tr("Incident-response profile review");
    case CadenceKind::ControlCheck: return Tr::tr("Control check");
    }
    return {};
}

QString dateKey(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject Control::toJson() const
{
    return QJsonObject{
        {QStringLiteral("system_id"), systemId},
        {QStringLiteral("component_id"), componentId},
        {QStringLiteral("finding_id"), findingId},
        {QStringLiteral("kind"), toKey(kind)},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("cadence_days"), cadenceDays ? QJsonValue(*cadenceDays) : QJsonValue()},
        {QStringLiteral("last_done"), dateJson(lastDone)},
        {QStringLiteral("next_due"), dateJson(nextDue)},
        {QStringLiteral("valid_from"), dateJson(validFrom)},
        {QStringLiteral("valid_until"), dateJson(validUntil)},
    };
}

QJsonObject ControlEvidence::toJson() const
{
    return QJsonObject{
        {QStringLiteral("control_id"), controlId},
        {QStringLiteral("done_on"), dateJson(doneOn)},
        {QStringLiteral("done_by"), doneBy},
        {QStringLiteral("note"), note},
        {QStringLiteral("reference"), reference},
    };
}

QJsonObject RiskAcceptance::toJson() const
{
    QJsonArray controls;
    for (qint64 id : controlIds)
        controls.append(id);
    return QJsonObject{
        {QStringLiteral("finding_id"), findingId},
        {QStringLiteral("component_id"), componentId},
        {QStringLiteral("response"), toKey(response)},
        {QStringLiteral("requester"), requester},
        {QStringLiteral("approver"), approver},
        {QStringLiteral("approved_on"), dateJson(approvedOn)},
        {QStringLiteral("expires_on"), dateJson(expiresOn)},
        {QStringLiteral("residual_risk"), residualRisk},
        {QStringLiteral("rationale"), rationale},
        {QStringLiteral("controls"), controls},
    };
}

QJsonObject Cadence::toJson() const
{
    return QJsonObject{
        {QStringLiteral("system_id"), systemId},
        {QStringLiteral("kind"), toKey(kind)},
        {QStringLiteral("interval_days"), intervalDays},
        {QStringLiteral("last_done"), dateJson(lastDone)},
        {QStringLiteral("next_due"), dateJson(nextDue)},
        {QStringLiteral("note"), note},
    };
}

} // namespace pp
