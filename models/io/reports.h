// The reports of `patchplanner report ...`: each reads the database and returns a ReportTable
// whose keys are part of the command-line contract (README, DESIGN.md section 4).
#pragma once

#include "models/io/reporttable.h"
#include "models/result.h"

namespace pp {

class Database;

/// One row per component (a system without components: one row, component keys null). Keys:
/// system_code, system_name, component_kind, vendor, product, version, cpe, environment,
/// exposure, criticality, lifecycle_state (the system's).
Result<ReportTable> inventoryReport(Database &db);

} // namespace pp
