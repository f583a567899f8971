// libFuzzer target: the CycloneDX SBOM parser (JSON, component line scan, CPE checks) must
// never crash, whatever the bytes.
#include "models/io/sbomimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pp::SbomPreview preview = pp::SbomImport::parseData(bytes, QStringLiteral("fuzz.json"));
    for (const pp::ImportIssue &issue : preview.issues)
        (void)issue.toString();
    return 0;
}
