// libFuzzer target: the endoflife.date JSON parser (list and v1 object forms, date-or-boolean
// fields) must never crash, whatever the bytes.
#include "models/io/endoflifeimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pp::EndOfLifePreview preview = pp::EndOfLifeImport::parseData(bytes, QStringLiteral("fuzz.json"));
    for (const pp::ImportIssue &issue : preview.issues)
        (void)issue.toString();
    return 0;
}
