// The inventory CSV of DESIGN.md section 5: one row per component, the system's columns repeated.
// Import is two steps: parse() reads and validates everything without touching the database
// (the preview), apply() writes it in one transaction or not at all.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"
#include "models/io/importissue.h"
#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace pp {

class Database;
struct InventoryRow;

/// One data row of the file, as understood.
struct InventoryCsvRow
{
    int line = 0;                       ///< 1-based line where the record starts
    System system;                      ///< id 0; only the columns present in the file are meaningful
    std::optional<Component> component; ///< systemId 0; empty when the component columns are empty
    /// The columns whose values this row sets, as bits: bit i stands for columnNames().at(i).
    /// Every column in the header is given, except criticality, environment, exposure,
    /// lifecycle_state and instances when blank (a number or a choice cannot be blank, so blank
    /// there means "keep the stored value", or the default for a new record). A blank text column
    /// sets the text to empty. Bits, not a set of names: a file may have 500,000 rows.
    quint32 givenColumns = 0;

    /// True when this row sets @p column (a name from InventoryCsv::columnNames()).
    bool isGiven(const QString &column) const;
};

struct InventoryImportPreview
{
    QString file;                ///< the name used in messages
    QString encoding;            ///< "UTF-8", "UTF-8 with BOM" or "Shift_JIS"
    QStringList columns;         ///< the header as read (normalised to lower case)
    QList<InventoryCsvRow> rows;
    QList<ImportIssue> issues;   ///< errors and warnings, in file order

    bool hasErrors() const;
    /// The issues reported for @p line.
    QList<ImportIssue> issuesAt(int line) const;
};

struct InventoryImportReport
{
    int systemsCreated = 0;
    int systemsUpdated = 0;
    int componentsCreated = 0;
    int componentsUpdated = 0;
    int unchanged = 0; ///< rows that matched stored records exactly
    /// Components created or updated, then matched against the stored vulnerabilities in the
    /// same transaction; systems updated (exposure, tier) had their findings' due dates
    /// recomputed.
    QList<qint64> touchedComponents;
    QList<qint64> updatedSystems;
    int findingsCreated = 0;  ///< by that matching
    int findingsResolved = 0; ///< no longer matched after a version change
};

class InventoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCsv)

public:
    /// Largest file accepted, in bytes.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
    /// Most data rows accepted.
    static constexpr int kMaxRows = 500000;
    /// Reading stops after this many issues: a wrong file would otherwise give one per row.
    static constexpr int kMaxIssues = 1000;

    /// The limits of one parse. The defaults are the constants above; tests lower them.
    struct Limits
    {
        qint64 maxFileSize = kMaxFileSize;
        int maxRows = kMaxRows;
        int maxIssues = kMaxIssues;
    };

    /// Every column name, in the order export writes them.
    static QStringList columnNames();

    /// Reads and validates @p path; never touches a database.
    static InventoryImportPreview parseFile(const QString &path);
    /// Same, for bytes already read; @p fileName is used in messages.
    static InventoryImportPreview parse(const QByteArray &data, const QString &fileName);
    static InventoryImportPreview parseFile(const QString &path, const Limits &limits);
    static InventoryImportPreview parse(const QByteArray &data, const QString &fileName,
                                        const Limits &limits);

    /// Writes the preview to @p db in one transaction. Refuses (InputRejected, nothing changed)
    /// when the preview has errors or a row clashes with the database. The systems it creates
    /// get their default cadences, first due @p today (ControlRepository::ensureDefaultCadences),
    /// in the same transaction, rather than on the next open of the database.
    static Result<InventoryImportReport> apply(Database &db, const InventoryImportPreview &preview,
                                               const QDate &today = QDate::currentDate());

    /// The inventory as CSV (UTF-8 with a BOM, CRLF, RFC 4180), with cells that a spreadsheet
    /// would run as a formula neutralised by a leading apostrophe, which import removes again.
    static QByteArray toCsv(const QList<InventoryRow> &rows);
    /// Reads the inventory from @p db and writes it to @p path.
    static Status exportFile(Database &db, const QString &path);
};

} // namespace pp
