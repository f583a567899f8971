// After a large import: the memory it freed given back to the system, so that the window's
// resident size after importing 100,000 components is not what the import needed at its peak.
#pragma once

namespace pp {

/// Returns the free pages of the heap to the system (glibc's malloc_trim); nothing elsewhere.
void releaseFreedMemory();

} // namespace pp
