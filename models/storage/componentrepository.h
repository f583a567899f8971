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
    /// findById() for many, in one query per chunk of ids: id -> component, the ones found.
    Result<QHash<qint64, Component>> findByIds(const QList<qint64> &ids) const;
    /// The component that is "the same" by DESIGN.md section 5: system, kind, product, version.
    Result<std::optional<Component>> findSame(qint64 systemId, ComponentKind kind,
                                              const QString &product,
                                              const QString &version) const;

    Result<Component> insert(const Component &c);
    Result<Component> update(const Component &c);
    /// Inserts many new components as insert() does one by one (each validated, one audit entry
    /// each), with statements prepared once: an inventory import. Uniqueness is the caller's to
    /// know beforehand; the table's UNIQUE constraint still refuses a duplicate, failing all.
    /// On failure, @p failedAt (when given) is the index of the component that failed.
    Result<QList<Component>> insertMany(const QList<Component> &components,
                                        qsizetype *failedAt = nullptr);
    /// Updates many components as update() does one by one: each only if still at its
    /// rowVersion (else a conflict fails all), one audit entry each.
    Result<QList<Component>> updateMany(const QList<Component> &components,
                                        qsizetype *failedAt = nullptr);
    Status remove(qint64 id, int expectedVersion);

private:
    Database &m_db;
};

} // namespace pp
