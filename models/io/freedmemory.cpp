#include "models/io/freedmemory.h"

// <cstdlib> defines __GLIBC__ (through <features.h>) on glibc systems: without a C library
// header first, the test below never held and malloc_trim() was never called.
#include <cstdlib>

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
