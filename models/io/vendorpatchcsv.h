// A list of vendor patches (issue 5, item 5: "a vendor patch entered by hand or from a list"),
// such as a monthly rollup or a vendor's advisory table, as CSV (RFC 4180, UTF-8 with or without
// BOM, or Shift_JIS from Excel). Header names, any order, case-insensitive:
//   title*, product*, vendor, advisory_id, kb, target_version, release_date (YYYY-MM-DD),
//   reboot (yes|no|true|false|1|0), expected_minutes (1-1440), can_rollback (yes|no|...), notes
// Like the other imports: parse() checks every row without touching the database; apply()
// writes all rows in one transaction, or nothing.
#pragma once

#include "models/domain/vulnerability.h"
#include "models/io/importissue.h"
#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pp {

class Database;

struct VendorPatchPreview
{
    QString file;
    QList<Patch> patches; ///< kind Vendor, findingIds empty (apply() links them)
    QList<int> lines;     ///< the line of each patch
    QList<ImportIssue> issues;
    bool hasErrors() const { return pp::hasErrors(issues); }
};

struct VendorPatchImportReport
{
    int created = 0;
    int updated = 0;   ///< same vendor, product, advisory and KB: fields or links changed
    int unchanged = 0;
    int findingsLinked = 0; ///< open findings the imported patches now resolve
};

class VendorPatchCsv
{
    Q_DECLARE_TR_FUNCTIONS(VendorPatchCsv)

public:
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
    static constexpr int kMaxRows = 100000;

    static QStringList columnNames();
    static VendorPatchPreview parseFile(const QString &path);
    static VendorPatchPreview parse(const QByteArray &data, const QString &fileName);

    /// Stores the patches of @p preview: a patch with the same vendor, product, advisory id and
    /// KB as a stored vendor patch updates it, otherwise it is created (audited either way).
    /// Each is linked to the open findings it resolves: findings on components of the same
    /// product (normalised names; the vendor too when both are given) whose first fixed version
    /// is not above the patch's target version (or is unknown). Links added by hand stay.
    /// Refuses a preview with errors (InputRejected); nothing is changed on any failure.
    static Result<VendorPatchImportReport> apply(Database &db, const VendorPatchPreview &preview);

    /// True when patch @p p resolves a finding on (@p vendor, @p product) whose first fixed
    /// version is @p fixedVersion: the rule apply() links by.
    static bool resolves(const Patch &p, const QString &vendor, const QString &product,
                         const QString &fixedVersion);
};

} // namespace pp
