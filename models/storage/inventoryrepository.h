// Read-only views across systems and components: the flat inventory (report, CSV export) and
// the counts on the dashboard. One query each, however large the estate.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"
#include "models/result.h"

#include <QList>
#include <QMap>

#include <optional>

namespace pp {

class Database;

/// One component with its system's columns; a system without components has no component.
struct InventoryRow
{
    System system;
    std::optional<Component> component;
};

struct InventoryStats
{
    int systems = 0;
    int components = 0;
    int frozenSystems = 0;
    int internetFacingSystems = 0;
    int tier1Systems = 0;
    int componentInstances = 0;
    QMap<QString, int> componentsByKind;      ///< kind key -> count
    QMap<QString, int> systemsByEnvironment;  ///< environment key -> count
    QMap<QString, int> systemsByLifecycle;    ///< lifecycle key -> count
};

class InventoryRepository
{
public:
    explicit InventoryRepository(Database &db) : m_db(db) { }

    /// Systems by code, each followed by its components (kind, product, version).
    Result<QList<InventoryRow>> rows() const;
    Result<InventoryStats> stats() const;

private:
    Database &m_db;
};

} // namespace pp
