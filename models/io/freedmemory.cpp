#include "models/io/freedmemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pp {

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace pp
