// libFuzzer target: the inventory CSV parser (encoding detection, RFC 4180, field checks) must
// never crash, hang or read out of bounds, whatever the bytes.
#include "models/io/inventorycsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pp::InventoryImportPreview preview = pp::InventoryCsv::parse(bytes, QStringLiteral("fuzz.csv"));
    // Every issue must be printable: the command line formats each one.
    for (const pp::ImportIssue &issue : preview.issues)
        (void)issue.toString();
    return 0;
}
