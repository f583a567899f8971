#include "models/workerpool.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace pp {
namespace {

struct WorkerPool : QThreadPool
{
    WorkerPool()
    {
        setObjectName(QStringLiteral("PatchPlannerWorkers"));
        setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(WorkerPool, s_pool)

QAtomicInt s_drainArmed;

/// Qt SQL closes every connection still registered in a routine of the QCoreApplication's
/// destructor, on the main thread: a worker's connection too, while the worker still reads
/// through it (a double free in SQLite, seen as a crash on exit). So the workers finish first.
void drainWorkers()
{
    s_drainArmed.storeRelease(0);
    if (s_pool.exists())
        s_pool->waitForDone();
}

void armDrain()
{
    if (!s_drainArmed.testAndSetAcquire(0, 1))
        return;
    // The routines run newest first: touching Qt SQL's driver list registers its clean-up
    // now (if it was not already), so that ours, added after it, runs before it.
    QSqlDatabase::drivers();
    qAddPostRoutine(drainWorkers);
}

} // namespace

QThreadPool *workerPool()
{
    armDrain();
    return s_pool();
}

} // namespace pp
