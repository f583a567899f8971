// The demo estate: the inventory of a fictional Japanese manufacturer (example.co.jp) that every
// new user sees first (`patchplanner demo PATH`, `scripts/dev.sh run`). Real product names,
// versions, CPE names and endoflife.date cycles, so that lifecycle and vulnerability imports link
// up with it; fictional people, teams and addresses.
#pragma once

#include "models/result.h"

#include <QDate>
#include <QtGlobal>

namespace pp {

class Database;

/// Most systems a demo estate may have (DESIGN.md section 1: up to 5,000 systems).
constexpr int kMaxDemoSystems = 5000;

/// What to generate. The same options always give the same estate (its operational records dated
/// back from DemoOptions::today).
struct DemoOptions
{
    /// How many systems, 1 .. kMaxDemoSystems. The first 45 are hand-written (the default 40 is
    /// the head office estate); beyond them site copies of the factory and branch systems are
    /// added (名古屋工場 製造実行システム ...). About 7 components a system.
    int systems = 40;
    /// Seeds QRandomGenerator: which patch level each component runs, how many instances, which
    /// optional components a system has and who its ops contact is.
    quint32 seed = 20261128;
    /// The day the operational records (control evidence, risk acceptances, cadences done)
    /// count back from; null: the local date. The inventory does not depend on it.
    QDate today;
};

/// Fills an empty database with a believable estate, in one transaction, through the
/// repositories (so that every record gets its audit entry). Refuses (InputRejected) a database
/// that already has systems, and (Usage) a system count out of range; nothing is changed then.
Status createDemoEstate(Database &db, const DemoOptions &options = {});

} // namespace pp
