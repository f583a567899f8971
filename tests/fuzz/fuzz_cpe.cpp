// libFuzzer target: CPE names (models/domain/cpe.h) must never crash the parser, and every name
// it accepts must read back unchanged from its canonical formatted string.
#include "models/domain/cpe.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const pp::Result<pp::Cpe> cpe = pp::Cpe::parse(text);
    if (!cpe.ok()) {
        (void)cpe.error().message.size();
        return 0;
    }
    const QString formatted = cpe->toFormattedString();
    const pp::Result<pp::Cpe> again = pp::Cpe::parse(formatted);
    if (!again.ok() || !(again.value() == cpe.value()))
        std::abort();
    // Matching a name against itself must hold, whatever wildcards it carries as a target.
    for (int a = 0; a < pp::Cpe::AttrCount; ++a)
        (void)pp::cpeAttributeMatches(cpe->attr(pp::Cpe::Attr(a)), again->attr(pp::Cpe::Attr(a)));
    return 0;
}
