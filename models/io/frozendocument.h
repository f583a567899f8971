// The frozen-systems register as a printed document (`export frozen --pdf`, and Export PDF /
// Print on the Frozen systems page): a summary table of the frozen systems, then one section per
// system with its frozen components, compensating controls and their evidence dates, risk
// acceptances, operational cadences and gaps (DESIGN.md section 3), what an auditor signs.
//
// Two steps, as models/io/roadmapdocument.h: gatherFrozenData() reads the database,
// frozenDocument() builds from plain values (safe on a worker thread).
#pragma once

#include "models/io/printdocument.h"
#include "models/result.h"
#include "models/storage/controlrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pp {

class Database;

struct FrozenDocumentData
{
    QList<FrozenRegisterRow> rows; ///< ControlRepository::frozenRegister(), in its order
    QList<Cadence> cadences;       ///< of every system (those of frozen systems are shown)
    QDate today;
    LifecycleHorizons horizons;
    int warningDays = 30;          ///< acceptances expiring within this many days are flagged
    QDateTime generatedAt;         ///< null: now
    QString generatedBy;
};

struct FrozenDocumentOptions
{
    PageSetup setup; ///< A4 portrait
};

/// The register on @p today with cadences, horizons and the acceptance warning days.
Result<FrozenDocumentData> gatherFrozenData(Database &db, const QDate &today);

/// The document (pure: no storage, safe on a worker thread).
PrintDocument frozenDocument(const FrozenDocumentData &data, const FrozenDocumentOptions &options);

/// Strings of the document, in one translation context.
struct FrozenDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(FrozenDocument)
};

} // namespace pp
