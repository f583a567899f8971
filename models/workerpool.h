// The thread pool that Patch Planner's own long work runs on: background reads, imports,
// exports, backups.
#pragma once

class QThreadPool;

namespace pp {

/// Our workers' pool, never QThreadPool::globalInstance(). Qt's raster paint engine splits a
/// large paint into parts, runs them on the global pool and waits for them: with the global
/// pool's threads busy reading 2.5 million findings, every repaint of the window waited for
/// the read (a 6.6 s stall on the whole-estate benchmark, issue 9). At least four threads, so
/// that a long read never queues the next page's. The QCoreApplication's destructor waits for
/// the work running on it, before Qt SQL closes the connections that work reads through.
QThreadPool *workerPool();

} // namespace pp
