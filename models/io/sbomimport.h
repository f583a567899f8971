// CycloneDX JSON SBOM (spec 1.2 - 1.6) into one system's components (issue 5:
// `import sbom FILE --system S`). Like the inventory CSV: parse() checks everything without
// touching the database (the preview); apply() writes in one transaction, or nothing.
#pragma once

#include "models/domain/component.h"
#include "models/io/importissue.h"
#include "models/io/vulnimport.h"
#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pp {

class Database;

/// One SBOM component as it will be stored.
struct SbomComponent
{
    Component component; ///< kind from the CycloneDX type, vendor from group/supplier/publisher,
                         ///< product = name, version, cpe (2.2 converted to 2.3), purl
    QString bomRef;
    int line = 0;        ///< where it starts in the file
};

struct SbomPreview
{
    QString file;
    QString specVersion;
    QList<SbomComponent> components; ///< nested components flattened, in file order
    QList<ImportIssue> issues;
    bool hasErrors() const { return pp::hasErrors(issues); }
};

struct SbomImportReport
{
    int created = 0;
    int updated = 0;   ///< same system, kind, product and version: cpe/purl/vendor refreshed
    int unchanged = 0;
    int skipped = 0;   ///< e.g. a component without a name or of type "file"/"data" (warned)
};

/// What applyAndMatch() did: the components, and the findings matching gave them.
struct SbomMatchOutcome
{
    SbomImportReport components;
    VulnImportReport matching;
};

class SbomImport
{
    Q_DECLARE_TR_FUNCTIONS(SbomImport)

public:
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;
    static constexpr int kMaxComponents = 200000;

    /// Checks bomFormat "CycloneDX" and specVersion, every component (name required; version
    /// and cpe checked; a malformed cpe is an error naming the component); type mapped:
    /// operating-system -> os, firmware/device -> firmware, container/platform -> runtime,
    /// framework/library/application -> application (middleware when the name says so is not
    /// guessed). Duplicate bom-refs are errors.
    static SbomPreview parse(const QString &path);
    static SbomPreview parseData(const QByteArray &data, const QString &fileName);

    /// Adds or updates the components of @p preview in system @p systemCode (which must
    /// exist: otherwise InputRejected), audited, in one transaction; refuses a preview with
    /// errors. The caller then re-matches the system's components (VulnImport::rematch).
    static Result<SbomImportReport> apply(Database &db, const SbomPreview &preview,
                                          const QString &systemCode);

    /// apply(), then every component of the system matched against the stored
    /// vulnerabilities (VulnImport::rematch), in ONE transaction: the components and their
    /// findings together, or neither. With @p dryRun everything is done and rolled back.
    static Result<SbomMatchOutcome> applyAndMatch(Database &db, const SbomPreview &preview,
                                                  const QString &systemCode, bool dryRun = false);
};

} // namespace pp
