// Between the parts of the demo estate (demodata.cpp, demodata_controls.cpp).
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"
#include "models/result.h"

#include <QDate>
#include <QList>

namespace pp {
class Database;
}

namespace pp::Internal {

/// A system of the demo estate as stored, with its stored components.
struct DemoStored
{
    System system;
    QList<Component> components;
};

/// Adds the compensating controls with their evidence, the risk acceptances (approved by a
/// second person, one expired, one pending) and the operational cadences, dated back from
/// @p today. Part of createDemoEstate()'s transaction.
Status addDemoControls(Database &db, const QList<DemoStored> &stored, const QDate &today,
                       quint32 seed);

/// Adds the maintenance windows the systems name and the change freezes (year-end holidays,
/// fiscal year-end close) around @p today. Part of createDemoEstate()'s transaction.
Status addDemoWindows(Database &db, const QDate &today);

} // namespace pp::Internal
