// endoflife.date API files (DESIGN.md section 5, shared/data/SCHEMAS.md section 1): the v0 list
// form `[{"cycle": ..., "eol": ...}]` of GET /api/<id>.json (the product id is the file name)
// and the v1 object form `{"result": {"name": ..., "releases": [...]}}` of
// GET /api/v1/products/<id>/. Import is two steps: parse() reads and checks every file without
// touching the database (the preview), apply() writes all files of one call in ONE transaction,
// or nothing when any file has an error.
//
// Date-or-boolean fields become a SupportEnd:
//   v0 "eol":             date -> on(date); true -> ended; false -> not announced.
//   v0 "support",         INVERTED booleans (they say "still supported", not "ended"):
//   v0 "extendedSupport": date -> on(date); true -> not announced; false -> ended. A v0
//                         "extendedSupport": false is also what a release without extended
//                         support gets; both mean there is none to fall back on: ended.
//   v1 "eoasFrom"/"isEoas", "eolFrom"/"isEol", "eoesFrom"/"isEoes": a date in *From wins;
//                         else is* true -> ended, false -> not announced; "isEoes": null (not
//                         eligible for extended support) -> ended, like v0.
//   a field absent (the product has no such column) -> unknown.
#pragma once

#include "models/domain/lifecycle.h"
#include "models/io/importissue.h"
#include "models/planning/cyclematch.h"
#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pp {

class Database;

enum class EndOfLifeForm {
    V0List,   ///< `[{"cycle": ...}]`
    V1Object, ///< `{"result": {"releases": [...]}}`
};

/// One file as understood.
struct EndOfLifeFile
{
    QString path;       ///< as given (in messages)
    QString name;       ///< file name, stored as the source of the imported dates
    EndOfLifeForm form = EndOfLifeForm::V0List;
    EolProduct product; ///< v0: only the id (from the file name); v1: label, aliases, identifiers
    QList<ReleaseLifecycle> releases; ///< in file order (sourceFile set, importedAt not yet)
    QList<int> releaseLines;          ///< the 1-based line where each release starts
};

struct EndOfLifePreview
{
    QList<EndOfLifeFile> files; ///< the files that parsed (even with warnings)
    QList<ImportIssue> issues;  ///< errors and warnings, by file, in file order

    bool hasErrors() const;
    int releaseCount() const;
};

/// What apply() wrote.
struct EndOfLifeImportReport
{
    int files = 0;
    int productsCreated = 0;
    int productsUpdated = 0;
    int releasesCreated = 0;
    int releasesUpdated = 0;   ///< dates (or label, LTS, latest) changed; audited before/after
    int releasesUnchanged = 0; ///< identical to what was stored; nothing written
    int componentsNewlyMatched = 0; ///< components that got a product and cycle from this import
    int componentsTied = 0;         ///< components with a product and cycle afterwards
    int components = 0;
};

class EndOfLifeImport
{
    Q_DECLARE_TR_FUNCTIONS(EndOfLifeImport)

public:
    /// Largest file accepted; a larger one is refused before it is read. The real files are
    /// below 100 KB.
    static constexpr qint64 kMaxFileSize = 32 * 1024 * 1024;
    /// Most release cycles per file (windows.json has 47).
    static constexpr int kMaxReleases = 5000;
    /// Most files per call (endoflife.date has about 450 products).
    static constexpr int kMaxFiles = 2000;
    /// Longest text accepted in a cycle name, label, alias or identifier.
    static constexpr int kMaxText = 1000;
    /// Parsing stops collecting issues after this many.
    static constexpr int kMaxIssues = 1000;

    struct Limits
    {
        qint64 maxFileSize = kMaxFileSize;
        int maxReleases = kMaxReleases;
        int maxFiles = kMaxFiles;
    };

    /// Reads and checks @p paths: files, and directories (every *.json directly in them, by
    /// name). Never touches a database. A missing file, an unreadable one, an empty directory,
    /// one above the size limit, bad JSON or an unknown shape is a located error.
    static EndOfLifePreview parse(const QStringList &paths);
    static EndOfLifePreview parse(const QStringList &paths, const Limits &limits);
    /// One file's bytes; @p fileName gives the v0 product id ("rhel.json" -> rhel) and is used
    /// in messages. A UTF-8 byte order mark is skipped.
    static EndOfLifePreview parseData(const QByteArray &data, const QString &fileName);
    static EndOfLifePreview parseData(const QByteArray &data, const QString &fileName,
                                      const Limits &limits);

    /// The products and cycles of @p preview as the cycle matcher sees them (one entry per
    /// product; a v1 file's label, aliases and CPEs), to show matches before anything is applied.
    static QList<EolCatalogEntry> catalog(const EndOfLifePreview &preview);

    /// Writes every file of @p preview in one transaction: products, release cycles (created,
    /// updated with audit before/after, unchanged untouched), then refreshes the components'
    /// automatic ties. Refuses a preview with errors (InputRejected); nothing is changed then,
    /// nor when any write fails. @p importedAt (UTC) is the day the dates are imported on.
    static Result<EndOfLifeImportReport> apply(Database &db, const EndOfLifePreview &preview,
                                               const QDateTime &importedAt);
    static Result<EndOfLifeImportReport> apply(Database &db, const EndOfLifePreview &preview)
    {
        return apply(db, preview, QDateTime::currentDateTimeUtc());
    }
};

} // namespace pp
