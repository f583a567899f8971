// releaseFreedMemory(): what a large import or report freed goes back to the system. On glibc
// the resident size falls once many small blocks are freed and it is called; before this test
// it compiled to nothing (the glibc check came before any C library header).
#include "models/io/freedmemory.h"

#include <QFile>
#include <QtTest>

#include <cstdlib>
#include <cstring>
#include <vector>

#include <unistd.h>

using namespace pp;

class tst_FreedMemory : public QObject
{
    Q_OBJECT

private slots:
    void freedSmallBlocksLeaveTheProcess();
};

namespace {

/// Resident size of this process in MiB, from /proc/self/statm; -1 if unknown.
double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

} // namespace

void tst_FreedMemory::freedSmallBlocksLeaveTheProcess()
{
#if !defined(__GLIBC__)
    QSKIP("malloc_trim() is glibc's");
#else
    if (residentMiB() < 0)
        QSKIP("no /proc/self/statm");
    // 160 MiB in blocks of 256 bytes, as an import's strings are; one block in 4,096 stays
    // (the last one too), so the heap cannot simply shrink from its top.
    constexpr size_t kBlocks = 640 * 1024;
    std::vector<char *> blocks(kBlocks);
    for (size_t i = 0; i < kBlocks; ++i) {
        blocks[i] = static_cast<char *>(std::malloc(256));
        QVERIFY(blocks[i]);
        std::memset(blocks[i], int(i & 0x7f), 256);
    }
    for (size_t i = 0; i < kBlocks; ++i) {
        if (i % 4096 != 0 && i != kBlocks - 1) {
            std::free(blocks[i]);
            blocks[i] = nullptr;
        }
    }
    const double before = residentMiB();
    releaseFreedMemory();
    const double after = residentMiB();
    for (char *b : blocks)
        std::free(b);
    QVERIFY2(before - after > 100,
             qPrintable(QStringLiteral("resident %1 MiB before, %2 MiB after").arg(before).arg(after)));
#endif
}

QTEST_GUILESS_MAIN(tst_FreedMemory)
#include "tst_freedmemory.moc"
