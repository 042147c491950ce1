/* mod_tracemalloc.h: the C side of tracemalloc (stdlib/mod_tracemalloc.c) for the rest of the
 * interpreter: shutdown, and a small C API the unit tests drive without Python code. The Python
 * view is the _tracemalloc module and stdlib/lib/tracemalloc.py. */
#ifndef TALLY_MOD_TRACEMALLOC_H
#define TALLY_MOD_TRACEMALLOC_H

#include "common/config.h"

/* Starts tracing with tracebacks of at most nframe frames (1..65535); does nothing if already
 * tracing (as CPython). 0, or -1 with ValueError (bad nframe) or MemoryError. */
int mod_tracemalloc_start(int nframe);
/* Stops tracing and frees every trace and traceback (current and peak become 0). No failure. */
void mod_tracemalloc_stop(void);
/* True while the allocator hooks are installed. */
bool mod_tracemalloc_is_tracing(void);
/* Bytes in traced blocks now, and the most there were since start/clear/reset_peak. */
void mod_tracemalloc_traced_memory(size_t *current, size_t *peak);
/* Number of blocks traced now. */
size_t mod_tracemalloc_trace_count(void);
/* Shutdown (stdlib_fini): stops tracing and releases everything tracemalloc keeps. */
void mod_tracemalloc_fini(void);

#endif
