// The end of the application while a worker still reads (models/workerpool.h). Qt SQL closes
// every connection still registered from the QCoreApplication's destructor, on the main thread:
// a worker's too, in the middle of its read. That was an intermittent crash on exit (a double
// free in SQLite, seen in tst_listexport when a page's load outlived the test). The
// application's destructor must wait for the workers instead.

#include "models/itemmodels/backgroundloader.h"
#include "models/workerpool.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <atomic>

using namespace pp;

class tst_WorkerShutdown : public QObject
{
    Q_OBJECT

private slots:
    void applicationEndWaitsForWorkersReads();
};

void tst_WorkerShutdown::applicationEndWaitsForWorkersReads()
{
    int argc = 1;
    char name[] = "tst_workershutdown";
    char *argv[] = {name, nullptr};
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    // The pool before anything touches Qt SQL, as when the window's first page starts a read:
    // the order in which the clean-ups were registered must not matter.
    QThreadPool *pool = workerPool();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        auto db = test::openTemp(dir);
        QVERIFY(db);
    }
    const BackgroundLoader::Address address{test::location(dir), QString()};

    QSemaphore reading;
    std::atomic<int> reads{0};
    std::atomic<bool> failed{false};
    std::atomic<bool> finished{false};
    pool->start([&]() {
        auto db = BackgroundLoader::connect(address);
        if (!db) {
            failed = true;
        } else {
            reading.release();
            // A read that outlives the application by a while, one statement after another.
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 300) {
                if (!(*db)->run(QStringLiteral("SELECT count(*) FROM systems")))
                    failed = true;
                ++reads;
            }
        }
        finished = true;
        if (!db)
            reading.release();
    });
    reading.acquire();

    app.reset(); // Qt SQL's clean-up runs in here

    QVERIFY2(finished, "the application ended before its worker's read did");
    QVERIFY2(!failed, "the worker's connection was closed under it");
    QVERIFY(reads > 0);
}

QTEST_APPLESS_MAIN(tst_WorkerShutdown)
#include "tst_workershutdown.moc"
