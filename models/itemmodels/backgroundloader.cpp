#include "models/itemmodels/backgroundloader.h"

#include "models/workspace.h"

namespace pp {

BackgroundLoader::Gate BackgroundLoader::gate(const Workspace *workspace)
{
    const bool open = workspace && workspace->isOpen();
    if (!m_active && open) {
        cancel();
        m_stale = true;
        return Gate::Deferred;
    }
    m_stale = false;
    if (!open) {
        cancel();
        return Gate::Closed;
    }
    return Gate::Read;
}

bool BackgroundLoader::setActive(bool active)
{
    m_active = active;
    return m_active && m_stale;
}

BackgroundLoader::Address BackgroundLoader::addressOf(const Workspace *workspace)
{
    const Database *db = databaseOf(workspace);
    if (!db)
        return {};
    const QString location = db->location();
    // An in-memory SQLite database exists only for the connection that made it.
    if (location.isEmpty() || location == QLatin1String(":memory:")
        || location.startsWith(QLatin1String("file::memory:")))
        return {};
    return {location, db->connection().password()};
}

Database *BackgroundLoader::databaseOf(const Workspace *workspace)
{
    return workspace && workspace->isOpen() ? workspace->database() : nullptr;
}

Result<std::unique_ptr<Database>> BackgroundLoader::connect(const Address &address,
                                                           bool forWriting)
{
    if (address.location.isEmpty())
        return fail(tr("This database cannot be opened a second time (it is held in memory)."));
    Database::Options options(false, -1, !forWriting);
    options.password = address.password;
    return Database::open(address.location, options);
}

} // namespace pp
