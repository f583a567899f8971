// libFuzzer target: the CISA KEV reader (JSON and CSV, told apart by content) must never crash,
// whatever the bytes.
#include "models/io/vulnfeed.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Both paths: as given, and with a JSON object start or the CSV header in front, so that
    // the fuzzer reaches each reader without having to find the way in first.
    const QByteArray inputs[] = {
        bytes,
        QByteArray("{\"vulnerabilities\":[") + bytes,
        QByteArray("cveID,vendorProject,product,vulnerabilityName,dateAdded,shortDescription,"
                   "requiredAction,dueDate,knownRansomwareCampaignUse,notes,cwes\n") + bytes,
    };
    for (const QByteArray &input : inputs) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        const pp::FeedReadResult result = pp::VulnFeedReader::readKev(
            buffer, QStringLiteral("fuzz.kev"), [](pp::VulnRecord &&) { return true; });
        for (const pp::ImportIssue &issue : result.issues)
            (void)issue.toString();
    }
    return 0;
}
