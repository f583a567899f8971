// The ordered migration steps of the schema (see schema.cpp).
#pragma once

#include <QList>
#include <QStringList>

namespace pp::Internal {

struct MigrationStep
{
    int toVersion;          ///< the schema version after this step
    QStringList statements; ///< SQL with SqlDialect placeholders, run in one transaction
};

/// Every step, in order; the last one's toVersion is the schema version of this build.
QList<MigrationStep> migrationSteps();

} // namespace pp::Internal
