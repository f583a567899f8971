// Reads for the views off the GUI thread (issue 9): a list of 300,000 vulnerabilities or a
// million findings takes seconds to read, and the window must not freeze meanwhile.
#pragma once

#include "models/result.h"
#include "models/storage/database.h"
#include "models/workerpool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace pp {

class Workspace;

/// Runs one model's reads on a worker thread, each with its own connection to the workspace's
/// open database (a QSqlDatabase connection belongs to the thread that opened it), and hands
/// the result back on the loader's thread. Only the newest load counts: the result of a load
/// that a newer load() or a cancel() superseded is dropped, so a reload while loading never
/// shows stale rows. A database no second connection can reach (SQLite ":memory:") is read at
/// once, on the calling thread.
///
/// The read function runs on the worker: it gets the worker's Database and must touch nothing
/// else that is not its own (capture values, never the model or the workspace).
class BackgroundLoader : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundLoader(QObject *parent = nullptr) : QObject(parent) { }

    /// A load is running whose result has not been delivered.
    bool isLoading() const { return m_loading; }

    template <typename T>
    void load(const Workspace *workspace, std::function<Result<T>(Database &)> read,
              std::function<void(Result<T>)> done);

    /// What a model's reload() does, asked before it reads. While the loader is inactive (its
    /// page is not shown) and a database is open: Deferred, the running load dropped and the
    /// reload put off until setActive(true). Nothing open: Closed, the running load dropped
    /// (the model clears its rows). Else Read: load() now.
    enum class Gate { Read, Deferred, Closed };
    Gate gate(const Workspace *workspace);
    /// Active unless set. True when made active with a reload put off: the model reloads now.
    bool setActive(bool active);

    /// Drops the running load's result (if any); isLoading() becomes false.
    void cancel()
    {
        ++m_generation;
        setLoading(false);
    }

    /// Where a worker connects: the open database's location and the password its connection
    /// was opened with; an empty location when a second connection cannot reach it.
    struct Address
    {
        QString location;
        QString password;
    };
    static Address addressOf(const Workspace *workspace);
    /// A connection of the calling thread's own (a worker's) to @p address: for reading only,
    /// as load() reads, or @p forWriting, as the imports that run on a worker write. The
    /// window's connection has already migrated the database; a file removed meanwhile is
    /// never created again. An empty address (addressOf() of a database held in memory) fails.
    static Result<std::unique_ptr<Database>> connect(const Address &address,
                                                     bool forWriting = false);

    /// Makes every loader read on the calling thread, as the views did before issue 9: only for
    /// the start-up benchmark's comparison (bench_window --as-before) and tests about what a
    /// page does with its rows (tst_calendarui), never in the product.
    static void setReadOnCallingThread(bool on) { s_readOnCallingThread = on; }

signals:
    void loadingChanged(bool loading);

private:
    void setLoading(bool loading)
    {
        if (m_loading == loading)
            return;
        m_loading = loading;
        emit loadingChanged(loading);
    }
    static Database *databaseOf(const Workspace *workspace);

    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_active = true;
    bool m_stale = false; ///< a reload was put off while inactive
    static inline bool s_readOnCallingThread = false;
};

template <typename T>
void BackgroundLoader::load(const Workspace *workspace, std::function<Result<T>(Database &)> read,
                            std::function<void(Result<T>)> done)
{
    const quint64 generation = ++m_generation;
    const Address address = addressOf(workspace);
    if (address.location.isEmpty() || s_readOnCallingThread) {
        // Nothing a worker can open: read here (or report that nothing is open).
        setLoading(false);
        Database *db = databaseOf(workspace);
        if (!db) {
            done(Result<T>(usage(tr("No database is open."))));
            return;
        }
        done(read(*db));
        return;
    }
    setLoading(true);
    using Shared = std::shared_ptr<Result<T>>;
    auto *watcher = new QFutureWatcher<Shared>(this);
    QObject::connect(watcher, &QFutureWatcherBase::finished, this,
                     [this, watcher, generation, done = std::move(done)]() {
                         watcher->deleteLater();
                         if (generation != m_generation)
                             return; // superseded: a newer load or a cancel
                         const Shared result = watcher->future().resultCount() > 0
                             ? watcher->future().result()
                             : Shared();
                         // The rows first, then "loaded" (unless done() started another load).
                         done(result ? std::move(*result)
                                     : Result<T>(fail(tr("The list could not be read."))));
                         if (generation == m_generation)
                             setLoading(false);
                     });
    watcher->setFuture(QtConcurrent::run(workerPool(), [address, read = std::move(read)]() -> Shared {
        auto db = connect(address);
        if (!db)
            return std::make_shared<Result<T>>(db.error());
        return std::make_shared<Result<T>>(read(**db));
    }));
}

} // namespace pp
