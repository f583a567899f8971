// Systems: reading, and every change written together with its audit entry.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pp {

class Database;

class SystemRepository
{
    Q_DECLARE_TR_FUNCTIONS(SystemRepository)

public:
    explicit SystemRepository(Database &db) : m_db(db) { }

    /// Every system, ordered by code.
    Result<QList<System>> findAll() const;
    Result<std::optional<System>> findById(qint64 id) const;
    Result<std::optional<System>> findByCode(const QString &code) const;

    /// Stores a new system (or, with a non-zero id, restores a deleted one under its id) and
    /// returns it as stored, with its id and version.
    Result<System> insert(const System &s);
    /// Saves @p s if it still has the version it was read with; a conflict otherwise.
    Result<System> update(const System &s);
    /// Deletes the system and its components; a conflict when it changed since it was read.
    Status remove(qint64 id, int expectedVersion);

private:
    Database &m_db;
};

} // namespace pp
