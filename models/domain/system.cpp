#include "models/domain/system.h"

namespace pp {

QJsonObject System::toJson() const
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("owner_team"), ownerTeam},
        {QStringLiteral("ops_contact"), opsContact},
        {QStringLiteral("criticality"), criticality},
        {QStringLiteral("environment"), toKey(environment)},
        {QStringLiteral("exposure"), toKey(exposure)},
        {QStringLiteral("lifecycle_state"), toKey(lifecycleState)},
        {QStringLiteral("window_schedule"), windowSchedule},
        {QStringLiteral("initial_response"), profile.initialResponse},
        {QStringLiteral("escalation_contacts"), profile.escalationContacts},
        {QStringLiteral("recovery_policy"), profile.recoveryPolicy},
        {QStringLiteral("trace_check_procedure"), profile.traceCheckProcedure},
        {QStringLiteral("log_short_term"), profile.logShortTerm},
        {QStringLiteral("log_long_term"), profile.logLongTerm},
    };
}

bool System::sameContent(const System &o) const
{
    return toJson() == o.toJson();
}

} // namespace pp
