// Components: reading, and every change written together with its audit entry.
#pragma once

#include "models/domain/component.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace pp {

class Database;

class ComponentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComponentRepository)

public:
    explicit ComponentRepository(Database &db) : m_db(db) { }

    /// Every component of every system, ordered by system, kind, product and version.
    Result<QList<Component>> findAll() const;
    Result<QList<Component>> findBySystem(qint64 systemId) const;
    /// How many components each system has (system id -> count); systems without any are absent.
    Result<QHash<qint64, int>> countBySystem() const;
    Result<std::optional<Component>> findById(qint64 id) const;
    /// The component that is "the same" by DESIGN.md section 5: system, kind, product, version.
    Result<std::optional<Component>> findSame(qint64 systemId, ComponentKind kind,
                                              const QString &product,
                                              const QString &version) const;

    Result<Component> insert(const Component &c);
    Result<Component> update(const Component &c);
    Status remove(qint64 id, int expectedVersion);

private:
    Database &m_db;
};

} // namespace pp
