// libFuzzer target: the JVN reader (JVNRSS and VULDEF XML, with the status:Status repair) must
// never crash, whatever the bytes.
#include "models/io/vulnfeed.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const pp::FeedReadResult result = pp::VulnFeedReader::readJvn(
        buffer, QStringLiteral("fuzz.xml"), [](pp::VulnRecord &&) { return true; });
    for (const pp::ImportIssue &issue : result.issues)
        (void)issue.toString();
    return 0;
}
