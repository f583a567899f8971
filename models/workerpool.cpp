#include "models/workerpool.h"

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

} // namespace

QThreadPool *workerPool()
{
    return s_pool();
}

} // namespace pp
