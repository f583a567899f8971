// libFuzzer target: the version comparators (models/domain/version.h) must never crash, and
// must be antisymmetric: compare(a, b) and compare(b, a) have opposite signs (or are both 0),
// for all three schemes. The input is split at its first NUL byte, or in the middle.
#include "models/domain/version.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

int sgn(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringView all(text);
    const qsizetype nul = all.indexOf(QChar(u'\0'));
    const QStringView a = nul >= 0 ? all.first(nul) : all.first(all.size() / 2);
    const QStringView b = nul >= 0 ? all.mid(nul + 1) : all.mid(all.size() / 2);
    for (pp::version::Scheme s : {pp::version::Scheme::Generic, pp::version::Scheme::Debian,
                                  pp::version::Scheme::Rpm}) {
        if (sgn(pp::version::compare(s, a, b)) != -sgn(pp::version::compare(s, b, a)))
            std::abort();
        if (pp::version::compare(s, a, a) != 0)
            std::abort();
    }
    (void)pp::version::isValid(a);
    (void)pp::version::schemeForPurl(a);
    return 0;
}
