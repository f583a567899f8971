// What the benchmark programs read of their own process from /proc (Linux): the resident
// high-water mark, and how long ago the kernel started the process.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

#include <ctime>
#include <unistd.h>

namespace pp::bench {

/// A size line of /proc/self/status ("VmHWM", "VmRSS": kB) in MiB; -1 if unknown.
inline double statusMiB(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = field + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// The resident high-water mark of this process in MiB (VmHWM); -1 if unknown.
inline double peakMiB()
{
    return statusMiB("VmHWM");
}

/// The resident size of this process now in MiB (VmRSS); -1 if unknown.
inline double residentMiB()
{
    return statusMiB("VmRSS");
}

/// Milliseconds since the kernel started this process: field 22 of /proc/self/stat (start time
/// in clock ticks after boot) against CLOCK_BOOTTIME, the clock /proc/uptime reads; at the
/// kernel's clock-tick resolution (10 ms). -1 if unknown.
inline double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int kStartTimeAfterName = 22 - 3; // fields 3.. follow the name
    if (fields.size() <= kStartTimeAfterName)
        return -1;
    bool ok = false;
    const double startTicks = fields.at(kStartTimeAfterName).toDouble(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(ticksPerSecond);
}

} // namespace pp::bench
