// libFuzzer target: the streaming NVD CVE API 2.0 reader (JsonStream plus the record mapping)
// must never crash, whatever the bytes.
#include "models/io/vulnfeed.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // As given (bare cve object or anything), and inside a vulnerabilities array.
    const QByteArray inputs[] = {bytes, QByteArray("{\"vulnerabilities\":[") + bytes};
    for (const QByteArray &input : inputs) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        const pp::FeedReadResult result = pp::VulnFeedReader::readNvd(
            buffer, QStringLiteral("fuzz.json"), [](pp::VulnRecord &&) { return true; });
        for (const pp::ImportIssue &issue : result.issues)
            (void)issue.toString();
    }
    return 0;
}
