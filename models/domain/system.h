// A business service (サービス/システム) and the operations profile that says how it is run.
#pragma once

#include "models/domain/enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pp {

/// What to do when malware or an attack hits this system (handbook: decide it in advance,
/// per service), and how its logs are kept.
struct OperationsProfile
{
    QString initialResponse;     ///< first response (初動対応)
    QString escalationContacts;  ///< who is told, in which order
    QString recoveryPolicy;      ///< how the service is recovered, from which backups
    QString traceCheckProcedure; ///< 痕跡確認: how traces of an intrusion are checked
    QString logShortTerm;        ///< short-term log retention for incident response
    QString logLongTerm;         ///< long-term (compressed) archive for audit

    bool operator==(const OperationsProfile &) const = default;
};

struct System
{
    qint64 id = 0; ///< 0 until stored
    QString code;  ///< short unique code, e.g. "CRM-01"
    QString name;
    QString description;
    QString ownerTeam;
    QString opsContact;
    int criticality = 3; ///< tier 1 (highest) .. 4
    Environment environment = Environment::Production;
    Exposure exposure = Exposure::Internal;
    LifecycleState lifecycleState = LifecycleState::Active;
    QString windowSchedule; ///< the patch-window schedule it follows (RRULE text or a name)
    OperationsProfile profile;
    int rowVersion = 0;   ///< optimistic-locking version; 0 until stored
    QDateTime updatedAt;  ///< UTC

    /// Everything a user edits, for the audit trail's before and after (no id, version, time).
    QJsonObject toJson() const;
    /// Same fields compared; id, version and time stamps are ignored.
    bool sameContent(const System &other) const;
};

} // namespace pp
