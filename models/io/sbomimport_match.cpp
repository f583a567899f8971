// SbomImport::applyAndMatch(): the SBOM's components and the findings they get, together.
#include "models/io/sbomimport.h"

#include "models/storage/componentrepository.h"
#include "models/storage/database.h"
#include "models/storage/systemrepository.h"

namespace pp {

Result<SbomMatchOutcome> SbomImport::applyAndMatch(Database &db, const SbomPreview &preview,
                                                   const QString &systemCode, bool dryRun)
{
    SbomMatchOutcome outcome;
    bool rolledBackOnPurpose = false;
    Status st = db.transaction([&]() -> Status {
        auto applied = apply(db, preview, systemCode);
        if (!applied)
            return applied.error();
        outcome.components = *applied;
        auto system = SystemRepository(db).findByCode(systemCode);
        if (!system)
            return system.error();
        if (!*system)
            return rejected(tr("No system with code %1.").arg(systemCode));
        auto components = ComponentRepository(db).findBySystem((*system)->id);
        if (!components)
            return components.error();
        QList<qint64> ids;
        ids.reserve(components->size());
        for (const Component &c : std::as_const(*components))
            ids << c.id;
        auto matched = VulnImport::rematch(db, ids);
        if (!matched)
            return matched.error();
        outcome.matching = *matched;
        if (dryRun) {
            rolledBackOnPurpose = true;
            return Error{ErrorKind::Usage, tr("Dry run: rolled back.")};
        }
        return {};
    });
    if (!st && !rolledBackOnPurpose)
        return st.error();
    return outcome;
}

} // namespace pp
