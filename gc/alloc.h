/* alloc.h: tally's pooled small-object allocator (obmalloc-style).
 * Requests of MEM_SMALL_THRESHOLD bytes or less come from 16 KiB pools inside 1 MiB mmap'ed arenas,
 * larger ones from malloc. Every number it reports is measured from its own state.
 * Not thread-safe: the interpreter is single-threaded. Design and layers: the top of gc/alloc.c. */
#ifndef TALLY_GC_ALLOC_H
#define TALLY_GC_ALLOC_H

#include "common/config.h"
#include <stdio.h>

/* Public mirror of the tunables in gc/alloc.c (which _Static_asserts that they agree). */
#define MEM_ALIGNMENT 16            /* every block address and size class is a multiple of this */
#define MEM_SMALL_THRESHOLD 512     /* largest request served from pools */
#define MEM_NUM_CLASSES 32          /* MEM_SMALL_THRESHOLD / MEM_ALIGNMENT */
#define MEM_POOL_SIZE 16384         /* 16 KiB */
#define MEM_ARENA_SIZE 1048576      /* 1 MiB */

/* --- allocation --------------------------------------------------------------------------- */

/* Returns a block of at least n bytes (n == 0 allowed), aligned to MEM_ALIGNMENT, or NULL when out
 * of memory. Sets no exception: the caller raises MemoryError. */
void *mem_alloc(size_t n);
/* Like mem_alloc, zero-filled, for nelem * elsize bytes; NULL on overflow or out of memory. */
void *mem_calloc(size_t nelem, size_t elsize);
/* Like realloc: p may be NULL (acts as mem_alloc). Returns the new block, or NULL with p untouched
 * and still owned by the caller. Contents are preserved up to min(old, n). Sets no exception. */
void *mem_realloc(void *p, size_t n);
/* Releases a block from mem_alloc/mem_calloc/mem_realloc; p may be NULL. Needs no size. */
void mem_free(void *p);

/* --- questions about blocks --------------------------------------------------------------- */

/* Usable size of a live block: the class size if pooled, the request size if large. */
size_t mem_block_size(const void *p);
/* True when p lies inside one of the allocator's arenas (reads no memory outside the allocator). */
bool mem_is_pooled(const void *p);
/* Size class index that serves a request of n bytes, or -1 when the request goes to malloc. */
int mem_size_class(size_t n);
/* Block size of size class idx (0 <= idx < MEM_NUM_CLASSES): 16 * (idx + 1). */
size_t mem_class_size(int idx);
/* How many blocks of size class idx fit in one pool (after the pool header). */
size_t mem_blocks_per_pool(int idx);

typedef enum MemPoolState {
    MEM_POOL_NONE = 0,  /* address is not in an arena (malloc'd or foreign) */
    MEM_POOL_EMPTY,     /* no block in use: on its arena's free-pool list, or never used yet */
    MEM_POOL_USED,      /* some blocks in use, some free: on usedpools[class] */
    MEM_POOL_FULL       /* every block in use: on no list */
} MemPoolState;
/* State of the pool containing address p (p need not be a live block). For tests and teaching. */
MemPoolState mem_pool_state(const void *p);

/* --- statistics --------------------------------------------------------------------------- */

/* Live blocks (pooled + large). The DEBUG_REFS leak check at exit expects 0. Walks the arenas. */
size_t mem_blocks_in_use(void);
/* Bytes in live blocks (block sizes for pooled blocks, request sizes for large ones). */
size_t mem_bytes_in_use(void);

typedef struct MemClassStats {
    size_t size;            /* block size of this class */
    size_t pools;           /* pools currently serving this class (used + full) */
    size_t full_pools;      /* of which full */
    size_t blocks_in_use;
    size_t free_blocks;     /* free or never-carved blocks in those pools */
} MemClassStats;

typedef struct MemStats {
    MemClassStats classes[MEM_NUM_CLASSES];
    size_t arenas_allocated_total;  /* arenas ever mmap'ed */
    size_t arenas_reclaimed;        /* arenas munmap'ed (returned to the OS) */
    size_t arenas_highwater;        /* most arenas alive at once */
    size_t arenas_current;          /* arenas alive now */
    size_t pools_used;              /* pools with free and used blocks */
    size_t pools_full;
    size_t pools_empty;             /* empty pools, including never-used ones */
    size_t bytes_in_blocks;         /* sum over pooled classes of blocks_in_use * size */
    size_t bytes_available;         /* sum of free_blocks * size */
    size_t bytes_pool_headers;      /* lost to pool headers */
    size_t bytes_quantization;      /* lost at each pool's tail: (pool - header) % block size */
    size_t bytes_arena_alignment;   /* lost to aligning arenas (0: arenas are mapped aligned) */
    size_t bytes_arena_map;         /* the radix tree that tells pooled addresses from others */
    size_t bytes_arena_objects;     /* malloc'd arena descriptors */
    size_t large_blocks;            /* live blocks from malloc */
    size_t large_bytes;             /* their request sizes */
    size_t large_header_bytes;      /* lost to the size header of each large block */
    size_t large_requests_total;    /* large allocations ever made (realloc counts once per call) */
} MemStats;

/* Fills and returns a snapshot of the allocator's state (walks every arena; O(arenas * 64)). */
MemStats mem_stats(void);
/* Prints the allocator's state in the layout of CPython 3.11's sys._debugmallocstats(), followed by
 * a tally section on large (malloc'd) requests. */
void mem_debug_stats(FILE *out);
/* Checks every internal invariant (lists, counts, free lists, arena order); prints the first
 * problem to err (if not NULL) and returns -1, else returns 0. Slow: for tests and debug builds. */
int mem_verify(FILE *err);
/* Returns the spare wholly-empty arena (kept to avoid mmap/munmap thrashing) to the OS.
 * Returns the number of arenas released. */
size_t mem_trim(void);

/* --- hooks (for tracemalloc) -------------------------------------------------------------- */

/* Called with a block and its block size (mem_block_size) after every successful allocation, and
 * before every release. A successful mem_realloc reports on_free(old, old size) then on_alloc(new,
 * new size), even when the block did not move; the old address is then only a key, never to be
 * read. Allocations a hook makes itself (with mem_alloc) are not reported: hooks cannot recurse. */
typedef void (*MemHook)(void *p, size_t size);
/* Installs the hooks (either may be NULL = none); returns nothing. The default is no hooks. */
void mem_set_hooks(MemHook on_alloc, MemHook on_free);

#endif
