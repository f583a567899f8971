// A save that found its record changed by someone else: the two versions side by side, field by
// field, for the window's conflict dialog. The rule that detects the conflict (row versions) lives
// in the repositories; this is only the comparison, a pure function of two records.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pp {

/// One field whose value differs between the user's copy and the stored record.
struct FieldDifference
{
    QString key;    ///< the domain toJson() key, e.g. "owner_team"
    QString label;  ///< translated field label, e.g. "Owner team"
    QString mine;   ///< the user's value as shown to a user (enum labels, system codes)
    QString theirs; ///< the stored value, the same way; empty when the record was deleted
    bool changedByMe = false;   ///< the user changed it from what they started from
    bool changedByThem = false; ///< someone else changed it from what the user started from
};

/// The fields of @p mine that differ from @p theirs, in the editor's order. With @p base (the
/// values the user started from) each difference says who changed it. Without @p theirs (the
/// record was deleted) every field the user filled in is listed, with an empty stored value.
QList<FieldDifference> compareSystems(const System &mine, const std::optional<System> &theirs,
                                      const std::optional<System> &base = std::nullopt);
/// The same for components; @p systemNames (system id -> "CODE — Name") names the systems.
QList<FieldDifference> compareComponents(const Component &mine,
                                         const std::optional<Component> &theirs,
                                         const std::optional<Component> &base = std::nullopt,
                                         const QHash<qint64, QString> &systemNames = {});

/// What a stale save ran into: the stored record now, who changed it last and how it differs.
struct EditConflict
{
    QString entity;       ///< "system" or "component", as in the audit trail
    qint64 id = 0;
    QString recordLabel;  ///< e.g. "CRM-01", or "PostgreSQL 15.4" for a component
    bool deleted = false; ///< the stored record is gone
    int theirVersion = 0; ///< the stored row version: a deliberate overwrite is based on it
    QString actor;        ///< who changed it last, from the audit trail (empty when unknown)
    QDateTime at;         ///< when, UTC (invalid when unknown)
    QList<FieldDifference> differences;
};

} // namespace pp
