/* alloc.c: tally's pooled small-object allocator, in the manner of CPython's obmalloc.
 *
 * WHY. An interpreter makes and drops small objects all the time: ints, floats, short strings,
 *   tuples, frames. General-purpose malloc spends time and bytes on generality (any size, any
 *   thread). Here every request of 512 bytes or less is served from a pool that holds blocks of one
 *   size only, so allocation and release are a few loads and stores on a free list, and the
 *   allocator can tell a learner exactly where every byte of its heap went.
 *
 * THE LAYERS, from the operating system up to the objects:
 *
 *     objects    [int] [float] [str] [tuple] [list] ...    one object = one block
 *                   |  mem_alloc(n) / mem_free(p)    (n > 512 or n == 0: malloc, see below)
 *                   v
 *     blocks     16, 32, 48, ... 512 bytes: 32 size classes, 16 bytes apart; a block is 16-aligned
 *                   |  carved out of
 *     pools      16 KiB, 16 KiB-aligned: a 48-byte header, then blocks of ONE size class
 *                   |  64 of them make
 *     arenas     1 MiB, 1 MiB-aligned, from mmap; munmap'ed when all 64 pools are empty
 *                   |
 *     the OS     mmap/munmap for arenas; malloc/free for large requests and for bookkeeping
 *
 *   Because pools are aligned to their size, the pool holding block p is p & ~(16 KiB - 1): freeing
 *   needs no size from the caller. Because arenas are aligned to theirs, p & ~(1 MiB - 1) names the
 *   arena, and a two-level radix tree keyed by that number (one bit per possible arena) answers "is
 *   p pooled?" in O(1) without ever reading memory the allocator does not own. (CPython <= 3.9
 *   peeked at the would-be pool header, which could be someone else's memory.)
 *
 * SIZE CLASSES (request -> block):
 *
 *       request bytes     block size    class index        blocks per pool ((16384 - 48) / size)
 *          1 ..  16           16             0                  1021
 *         17 ..  32           32             1                   510
 *         33 ..  48           48             2                   340
 *          ...               ...           ...                   ...
 *        481 .. 496          496            30                    32
 *        497 .. 512          512            31                    31
 *        0, or 513 and up:   malloc(16 + n); a 16-byte header remembers n (and a check word)
 *
 *   The class of n is (n - 1) >> 4; for n == 0 that wraps to a huge number, so 0 goes to malloc
 *   too, exactly as in CPython. What a pool cannot divide evenly is lost "to quantization" at its
 *   tail.
 *
 * POOL STATES. Every pool is in exactly one of three states:
 *
 *     EMPTY  no block in use. On its arena's freepools list (or never touched yet: lazily carved).
 *     USED   some blocks in use, some free. On usedpools[class], a doubly-linked list per class.
 *     FULL   every block in use. On no list at all: nothing can be allocated from it.
 *
 *       EMPTY --first alloc--> USED --alloc takes the last free block--> FULL
 *       FULL  --any free-----> USED --free of the last block in use----> EMPTY
 *
 *   A USED pool always has a non-NULL freeblock, so allocation is: look at usedpools[class], pop
 *   its free list. Blocks a pool never handed out are not on the free list: the pool carves them
 *   lazily (nextoffset) only when the free list runs dry, so untouched memory stays untouched (not
 *   resident). An EMPTY pool keeps its class and free list; if it is reused for the same class
 *   nothing is redone.
 *
 * ARENAS. usable_arenas lists the arenas that have at least one EMPTY pool, sorted by their number
 *   of empty pools, fewest first, and new pools come from its head: the fullest arenas fill up, the
 *   emptiest ones get the chance to drain completely and go back to the OS. nfp2lasta[k] points at
 *   the last arena with k empty pools, so the list is re-sorted in O(1) when a pool empties. As in
 *   CPython (bpo-37257), one wholly empty arena, the last of the list, is kept rather than
 *   unmapped, so a loop that allocates and frees one object does not mmap and munmap an arena every
 *   turn; mem_trim() gives it back.
 *
 * DEBUGGING. Under DEBUG_ALLOC new blocks are filled with 0xCB and freed ones with 0xDB. Under
 *   AddressSanitizer free pooled blocks (and never-used pool space) are poisoned, so a
 *   use-after-free or a double free in pooled memory is reported like one in malloc'd memory. Not
 *   thread-safe, by design.
 */
#include "gc/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* ================================== tunables ================================== */
#define ALIGNMENT_SHIFT 4
#define ALIGNMENT ((size_t)1 << ALIGNMENT_SHIFT)             /* 16: block sizes and addresses */
#define SMALL_REQUEST_THRESHOLD ((size_t)512)                /* largest pooled request */
#define NB_CLASSES (SMALL_REQUEST_THRESHOLD / ALIGNMENT)     /* 32 size classes */
#define POOL_BITS 14
#define POOL_SIZE ((size_t)1 << POOL_BITS)                   /* 16 KiB */
#define ARENA_BITS 20
#define ARENA_SIZE ((size_t)1 << ARENA_BITS)                 /* 1 MiB */
#define POOLS_PER_ARENA (ARENA_SIZE / POOL_SIZE)             /* 64 */
#define SYSTEM_PAGE_SIZE ((size_t)4096)                      /* smallest page we design for */
/* Requests larger than this fail at once (MemoryError) instead of asking malloc for terabytes
 * that no machine tally runs on has: [0] * 10**12 ends as in CPython, without a system call. */
#define MAX_REQUEST ((size_t)1 << 40)                        /* 1 TiB */

_Static_assert((ALIGNMENT & (ALIGNMENT - 1)) == 0, "ALIGNMENT must be a power of two");
_Static_assert(ALIGNMENT >= sizeof(void *), "a free block must hold its free-list link");
_Static_assert(ALIGNMENT % _Alignof(max_align_t) == 0, "blocks must be aligned like malloc's");
_Static_assert(SMALL_REQUEST_THRESHOLD % ALIGNMENT == 0,
               "threshold must be a multiple of ALIGNMENT");
_Static_assert(NB_CLASSES == MEM_NUM_CLASSES && ALIGNMENT == MEM_ALIGNMENT &&
               SMALL_REQUEST_THRESHOLD == MEM_SMALL_THRESHOLD, "alloc.h mirror out of date");
_Static_assert(POOL_SIZE == MEM_POOL_SIZE && ARENA_SIZE == MEM_ARENA_SIZE,
               "alloc.h mirror out of date");
_Static_assert(POOL_SIZE % SYSTEM_PAGE_SIZE == 0, "pools must be whole pages");
_Static_assert(ARENA_SIZE % POOL_SIZE == 0 && POOLS_PER_ARENA >= 2,
               "an arena is several whole pools");
_Static_assert(POOLS_PER_ARENA <= UINT32_MAX, "pool counts are kept in 32 bits");
/* (checks that need the pool header are just below its definition) */
/* ================================ end tunables ================================ */

#define ARENA_MASK (ARENA_SIZE - 1)
#define POOL_MASK (POOL_SIZE - 1)
#define CLASS_SIZE(idx) (((size_t)(idx) + 1) << ALIGNMENT_SHIFT)
#define POOL_OF(p) ((Pool *)((uintptr_t)(p) & ~(uintptr_t)POOL_MASK))

#if defined(__GNUC__) || defined(__clang__)
#define COLD __attribute__((noinline, cold))
#else
#define COLD
#endif

/* ---- AddressSanitizer support -------------------------------------------------------------- */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEM_ASAN 1
#endif
#endif
#if !defined(MEM_ASAN) && defined(__SANITIZE_ADDRESS__)
#define MEM_ASAN 1
#endif
#ifndef MEM_ASAN
#define MEM_ASAN 0
#endif

#if MEM_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#if DEBUG_ALLOC
#define FILL_NEW(p, n) memset((p), 0xCB, (n))
#define FILL_DEAD(p, n) memset((p), 0xDB, (n))
#else
#define FILL_NEW(p, n) ((void)(p), (void)(n))
#define FILL_DEAD(p, n) ((void)(p), (void)(n))
#endif

/* ---- data structures ----------------------------------------------------------------------- */

typedef struct Block {
    struct Block *next;         /* free-list link, stored in the free block itself */
} Block;

struct Arena;

/* The header at the start of every pool that has ever been used. */
typedef struct Pool {
    Block *freeblock;           /* head of the free list; NULL only when the pool is FULL */
    struct Pool *nextpool;      /* usedpools[class] list (USED), or the arena's freepools (EMPTY) */
    struct Pool *prevpool;      /* usedpools[class] list only */
    struct Arena *arena;        /* owner */
    uint32_t count;             /* blocks in use */
    uint32_t szidx;             /* size class index */
    uint32_t nextoffset;        /* offset of the next never-used block */
    uint32_t maxnextoffset;     /* largest offset at which a whole block still fits */
} Pool;

#define POOL_OVERHEAD ((sizeof(Pool) + ALIGNMENT - 1) & ~(ALIGNMENT - 1))   /* 48 on 64-bit */
#define BLOCKS_PER_POOL(idx) ((POOL_SIZE - POOL_OVERHEAD) / CLASS_SIZE(idx))

_Static_assert(POOL_OVERHEAD + 2 * SMALL_REQUEST_THRESHOLD <= POOL_SIZE,
               "every pool must hold at least two blocks of the largest class");
_Static_assert(POOL_SIZE <= UINT32_MAX, "pool offsets are kept in 32 bits");

/* Bookkeeping for one arena (malloc'd, outside the arena, so all 64 pools are usable). */
typedef struct Arena {
    uintptr_t base;             /* 1 MiB-aligned start of the mapping */
    uintptr_t pool_address;     /* next never-used pool; base + ARENA_SIZE once all are carved */
    Pool *freepools;            /* EMPTY pools that were used before, linked through nextpool */
    uint32_t nfreepools;        /* EMPTY pools: on freepools, or never used */
    uint32_t ntotalpools;
    struct Arena *nextarena;    /* usable_arenas (arenas with nfreepools > 0) */
    struct Arena *prevarena;
    struct Arena *allnext;      /* every live arena, for statistics */
    struct Arena *allprev;
} Arena;

typedef struct LargeHeader {    /* in front of every malloc'd block */
    size_t size;                /* the request size */
    size_t check;               /* LARGE_CHECK while live: catches frees of foreign pointers */
} LargeHeader;
#define LARGE_CHECK ((size_t)0x7A11C0DEu)
_Static_assert(sizeof(LargeHeader) % ALIGNMENT == 0, "large blocks must stay aligned");

/* ---- the arena map: a two-level radix tree with one bit per possible arena ------------------
 * An arena number is address >> ARENA_BITS. Its high bits pick a leaf from map_root (a static
 * array: untouched parts cost no memory), its low bits a bit in that leaf. On 64-bit Linux user
 * addresses have 47 bits, we cover 48. */
#if UINTPTR_MAX > 0xFFFFFFFFu
#define MAP_ADDR_BITS 48
#else
#define MAP_ADDR_BITS 32
#endif
#define MAP_INDEX_BITS (MAP_ADDR_BITS - ARENA_BITS)
#define MAP_LEAF_BITS (MAP_INDEX_BITS < 14 ? MAP_INDEX_BITS : 14)
#define MAP_ROOT_BITS (MAP_INDEX_BITS - MAP_LEAF_BITS)
#define MAP_ROOT_LEN ((uint64_t)1 << MAP_ROOT_BITS)
#define MAP_LEAF_LEN ((uint64_t)1 << MAP_LEAF_BITS)
_Static_assert(MAP_LEAF_LEN % 64 == 0, "a map leaf is whole 64-bit words");

typedef struct MapLeaf {
    uint64_t bits[MAP_LEAF_LEN / 64];
} MapLeaf;

static MapLeaf *map_root[MAP_ROOT_LEN];
static size_t map_nleaves;

/* ---- global state -------------------------------------------------------------------------- */
static Pool *usedpools[NB_CLASSES];             /* USED pools per class, most recently used first */
static Arena *usable_arenas;                    /* sorted by nfreepools, fewest first */
static Arena *nfp2lasta[POOLS_PER_ARENA + 1];   /* last arena in usable_arenas with k free pools */
static Arena *all_arenas;

static size_t narenas_current, narenas_total, narenas_highwater, narenas_reclaimed;
static size_t large_count, large_bytes, large_total;

static MemHook hook_alloc, hook_free;
static bool in_hook;                            /* allocations made by a hook are not reported */

/* ---- arena map ----------------------------------------------------------------------------- */

static ALWAYS_INLINE bool in_arena(const void *p)
{
    uint64_t n = (uint64_t)(uintptr_t)p >> ARENA_BITS;
    uint64_t r = n >> MAP_LEAF_BITS;
    if (UNLIKELY(r >= MAP_ROOT_LEN))
        return false;
    const MapLeaf *leaf = map_root[r];
    if (leaf == NULL)
        return false;
    uint64_t i = n & (MAP_LEAF_LEN - 1);
    return (leaf->bits[i >> 6] >> (i & 63)) & 1;
}

/* Marks (on) or unmarks the arena at base. Returns -1 if a leaf cannot be allocated. */
static int map_mark(uintptr_t base, bool on)
{
    uint64_t n = (uint64_t)base >> ARENA_BITS;
    uint64_t r = n >> MAP_LEAF_BITS, i = n & (MAP_LEAF_LEN - 1);
    MapLeaf *leaf = map_root[r];
    if (leaf == NULL) {
        if (!on)
            return 0;
        leaf = calloc(1, sizeof *leaf);
        if (leaf == NULL)
            return -1;
        map_root[r] = leaf;
        map_nleaves++;
    }
    if (on)
        leaf->bits[i >> 6] |= (uint64_t)1 << (i & 63);
    else
        leaf->bits[i >> 6] &= ~((uint64_t)1 << (i & 63));
    return 0;
}

/* ---- arenas -------------------------------------------------------------------------------- */

/* mmap ARENA_SIZE bytes aligned to ARENA_SIZE, or NULL. Linux places mappings next to each other,
 * so a plain 1 MiB mapping is often aligned already; otherwise map 2 MiB and trim both ends. */
static void *map_aligned(void)
{
    const int prot = PROT_READ | PROT_WRITE, flags = MAP_PRIVATE | MAP_ANONYMOUS;
    void *p = mmap(NULL, ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (((uintptr_t)p & ARENA_MASK) == 0)
        return p;
    munmap(p, ARENA_SIZE);
    p = mmap(NULL, 2 * ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t a = (uintptr_t)p, aligned = (a + ARENA_MASK) & ~(uintptr_t)ARENA_MASK;
    if (aligned > a)
        munmap(p, aligned - a);
    uintptr_t tail = a + 2 * ARENA_SIZE - (aligned + ARENA_SIZE);
    if (tail > 0)
        munmap((void *)(aligned + ARENA_SIZE), tail);
    return (void *)aligned;
}

static Arena *new_arena(void)
{
    Arena *ao = malloc(sizeof *ao);
    if (ao == NULL)
        return NULL;
    void *mem = map_aligned();
    if (mem == NULL) {
        free(ao);
        return NULL;
    }
    uintptr_t base = (uintptr_t)mem;
    if (((uint64_t)base >> MAP_ADDR_BITS) != 0 || map_mark(base, true) < 0) {
        munmap(mem, ARENA_SIZE);
        free(ao);
        return NULL;
    }
    POISON(mem, ARENA_SIZE);
#if MEM_ASAN
    __lsan_register_root_region(mem, ARENA_SIZE);   /* objects in pools point at malloc'd memory */
#endif
    ao->base = base;
    ao->pool_address = base;
    ao->freepools = NULL;
    ao->nfreepools = ao->ntotalpools = (uint32_t)POOLS_PER_ARENA;
    ao->nextarena = ao->prevarena = NULL;
    ao->allprev = NULL;
    ao->allnext = all_arenas;
    if (all_arenas != NULL)
        all_arenas->allprev = ao;
    all_arenas = ao;
    narenas_total++;
    if (++narenas_current > narenas_highwater)
        narenas_highwater = narenas_current;
    return ao;
}

/* Returns a wholly empty arena, already off usable_arenas, to the OS. */
static void release_arena(Arena *ao)
{
    void *mem = (void *)ao->base;
    map_mark(ao->base, false);
#if MEM_ASAN
    __lsan_unregister_root_region(mem, ARENA_SIZE);
#endif
    UNPOISON(mem, ARENA_SIZE);   /* whatever is mapped here next must not inherit our poison */
    munmap(mem, ARENA_SIZE);
    if (ao->allprev != NULL)
        ao->allprev->allnext = ao->allnext;
    else
        all_arenas = ao->allnext;
    if (ao->allnext != NULL)
        ao->allnext->allprev = ao->allprev;
    free(ao);
    narenas_current--;
    narenas_reclaimed++;
}

static void unlink_usable(Arena *ao)
{
    if (ao->prevarena != NULL)
        ao->prevarena->nextarena = ao->nextarena;
    else
        usable_arenas = ao->nextarena;
    if (ao->nextarena != NULL)
        ao->nextarena->prevarena = ao->prevarena;
    ao->nextarena = ao->prevarena = NULL;
}

/* ---- pools --------------------------------------------------------------------------------- */

static ALWAYS_INLINE void set_link(Block *b, Block *next)
{
    UNPOISON(b, sizeof(Block));
    b->next = next;
    POISON(b, sizeof(Block));
}

static Block *get_link(Block *b)        /* read a free block's link without unpoisoning the block */
{
    UNPOISON(b, sizeof(Block));
    Block *next = b->next;
    POISON(b, sizeof(Block));
    return next;
}

static void insert_used(Pool *pool)
{
    Pool *head = usedpools[pool->szidx];
    pool->nextpool = head;
    pool->prevpool = NULL;
    if (head != NULL)
        head->prevpool = pool;
    usedpools[pool->szidx] = pool;
}

static void unlink_used(Pool *pool)
{
    if (pool->prevpool != NULL)
        pool->prevpool->nextpool = pool->nextpool;
    else
        usedpools[pool->szidx] = pool->nextpool;
    if (pool->nextpool != NULL)
        pool->nextpool->prevpool = pool->prevpool;
}

/* A USED pool's free list just ran dry: carve one more never-used block, or the pool is FULL. */
static void pool_extend(Pool *pool)
{
    if (pool->nextoffset <= pool->maxnextoffset) {
        Block *b = (Block *)((char *)pool + pool->nextoffset);
        pool->nextoffset += (uint32_t)CLASS_SIZE(pool->szidx);
        set_link(b, NULL);
        pool->freeblock = b;
        return;
    }
    unlink_used(pool);      /* USED -> FULL */
}

static ALWAYS_INLINE void *take_block(Pool *pool, size_t idx)
{
    Block *bp = pool->freeblock;
    UNPOISON(bp, CLASS_SIZE(idx));
    pool->count++;
    if (UNLIKELY((pool->freeblock = bp->next) == NULL))
        pool_extend(pool);
    FILL_NEW(bp, CLASS_SIZE(idx));
    return bp;
}

/* usedpools[idx] is empty: take an EMPTY pool from the fullest usable arena and make it USED. */
static COLD void *alloc_from_new_pool(size_t idx)
{
    if (usable_arenas == NULL) {
        Arena *fresh = new_arena();
        if (fresh == NULL)
            return NULL;
        usable_arenas = fresh;
        nfp2lasta[fresh->nfreepools] = fresh;
    }
    Arena *ao = usable_arenas;
    uint32_t nf = ao->nfreepools;
    /* ao is the head, so it alone may hold the smallest count nf; after this it holds nf - 1. */
    if (nfp2lasta[nf] == ao)
        nfp2lasta[nf] = NULL;
    if (nf > 1)
        nfp2lasta[nf - 1] = ao;
    ao->nfreepools = nf - 1;
    if (nf == 1)
        unlink_usable(ao);  /* no EMPTY pool left: off the usable list */

    Pool *pool = ao->freepools;
    if (pool != NULL) {
        ao->freepools = pool->nextpool;
        if (pool->szidx == idx) {           /* same class as last time: free list still intact */
            insert_used(pool);
            return take_block(pool, idx);
        }
    } else {
        pool = (Pool *)ao->pool_address;   /* carve a never-used pool */
        ao->pool_address += POOL_SIZE;
        UNPOISON(pool, POOL_OVERHEAD);
        pool->arena = ao;
    }
    size_t size = CLASS_SIZE(idx);
    Block *first = (Block *)((char *)pool + POOL_OVERHEAD);
    pool->szidx = (uint32_t)idx;
    pool->count = 0;
    pool->nextoffset = (uint32_t)(POOL_OVERHEAD + size);
    pool->maxnextoffset = (uint32_t)(POOL_SIZE - size);
    set_link(first, NULL);
    pool->freeblock = first;
    insert_used(pool);
    return take_block(pool, idx);
}

/* A pool's last block was freed: USED -> EMPTY, then keep usable_arenas sorted, maybe free the
 * arena. */
static COLD void pool_became_empty(Pool *pool)
{
    unlink_used(pool);
    Arena *ao = pool->arena;
    pool->nextpool = ao->freepools;
    ao->freepools = pool;

    uint32_t nf = ao->nfreepools;
    Arena *lastnf = nfp2lasta[nf];      /* NULL when nf == 0: such arenas are on no list */
    if (lastnf == ao) {
        Arena *prev = ao->prevarena;
        nfp2lasta[nf] = (prev != NULL && prev->nfreepools == nf) ? prev : NULL;
    }
    ao->nfreepools = ++nf;

    if (nf == ao->ntotalpools && ao->nextarena != NULL) {
        /* Wholly empty and not the last of the list: back to the OS. */
        unlink_usable(ao);
        release_arena(ao);
        return;
    }
    if (nf == 1) {
        /* It was full, so it was on no list: it becomes the head (the fullest usable arena). */
        ao->prevarena = NULL;
        ao->nextarena = usable_arenas;
        if (usable_arenas != NULL)
            usable_arenas->prevarena = ao;
        usable_arenas = ao;
        if (nfp2lasta[1] == NULL)
            nfp2lasta[1] = ao;
        return;
    }
    if (nfp2lasta[nf] == NULL)
        nfp2lasta[nf] = ao;
    if (ao == lastnf)
        return;             /* still in order: the arena after it has more than nf - 1 free pools */
    /* Slide ao right, to just after the last arena with its old count. */
    unlink_usable(ao);
    ao->prevarena = lastnf;
    ao->nextarena = lastnf->nextarena;
    if (ao->nextarena != NULL)
        ao->nextarena->prevarena = ao;
    lastnf->nextarena = ao;
}

/* ---- large blocks (malloc) ----------------------------------------------------------------- */

static COLD NORETURN void large_corrupt(const void *p, const char *what)
{
    fprintf(stderr, "tally: %s(%p): not a live block of the tally allocator\n", what, p);
    abort();
}

static COLD void *large_alloc(size_t n)
{
    if (n > MAX_REQUEST)
        return NULL;
    LargeHeader *h = malloc(sizeof *h + n);
    if (h == NULL)
        return NULL;
    h->size = n;
    h->check = LARGE_CHECK;
    large_count++;
    large_bytes += n;
    large_total++;
    FILL_NEW(h + 1, n);
    return h + 1;
}

static COLD void large_free(void *p)
{
    LargeHeader *h = (LargeHeader *)p - 1;
    if (h->check != LARGE_CHECK)
        large_corrupt(p, "mem_free");
    large_count--;
    large_bytes -= h->size;
    FILL_DEAD(p, h->size);
    h->check = 0;
    free(h);
}

static COLD void *large_realloc(void *p, size_t n)
{
    LargeHeader *h = (LargeHeader *)p - 1;
    if (h->check != LARGE_CHECK)
        large_corrupt(p, "mem_realloc");
    if (n > MAX_REQUEST)
        return NULL;
    size_t old = h->size;
    LargeHeader *nh = realloc(h, sizeof *nh + n);
    if (nh == NULL)
        return NULL;
    nh->size = n;
    large_bytes = large_bytes - old + n;
    large_total++;
    if (n > old)
        FILL_NEW((char *)(nh + 1) + old, n - old);
    return nh + 1;
}

/* ---- the public entry points --------------------------------------------------------------- */

static ALWAYS_INLINE void *alloc_raw(size_t n)
{
    size_t idx = (n - 1) >> ALIGNMENT_SHIFT;    /* n == 0 wraps around: malloc */
    if (LIKELY(idx < NB_CLASSES)) {
        Pool *pool = usedpools[idx];
        if (LIKELY(pool != NULL))
            return take_block(pool, idx);
        return alloc_from_new_pool(idx);
    }
    return large_alloc(n);
}

static ALWAYS_INLINE void free_raw(void *p)
{
    if (LIKELY(in_arena(p))) {
        Block *b = p;
        Pool *pool = POOL_OF(p);
        Block *last = pool->freeblock;
        FILL_DEAD(b, CLASS_SIZE(pool->szidx));
        b->next = last;                     /* under ASan a double free is caught right here */
        POISON(b, CLASS_SIZE(pool->szidx));
        pool->freeblock = b;
        pool->count--;
        if (UNLIKELY(last == NULL)) {
            insert_used(pool);              /* FULL -> USED (a pool holds >= 2 blocks) */
            return;
        }
        if (LIKELY(pool->count != 0))
            return;
        pool_became_empty(pool);            /* USED -> EMPTY */
        return;
    }
    if (p != NULL)
        large_free(p);
}

/* Calls a hook, unless we are already inside one (a hook's own allocations are not reported). */
static COLD void report(MemHook hook, void *p, size_t size)
{
    if (in_hook)
        return;
    in_hook = true;
    hook(p, size);
    in_hook = false;
}

static COLD void *alloc_hooked(size_t n)
{
    void *p = alloc_raw(n);
    if (p != NULL)
        report(hook_alloc, p, mem_block_size(p));
    return p;
}

static COLD void free_hooked(void *p)
{
    if (p != NULL)
        report(hook_free, p, mem_block_size(p));
    free_raw(p);
}

/* The hooks are tested first, so without them the fast path is a tail with no saved registers. */
void *mem_alloc(size_t n)
{
    if (UNLIKELY(hook_alloc != NULL))
        return alloc_hooked(n);
    return alloc_raw(n);
}

void *mem_calloc(size_t nelem, size_t elsize)
{
    if (elsize != 0 && nelem > SIZE_MAX / elsize)
        return NULL;
    size_t n = nelem * elsize;
    void *p = mem_alloc(n);
    if (p != NULL)
        memset(p, 0, n);
    return p;
}

void mem_free(void *p)
{
    if (UNLIKELY(hook_free != NULL)) {
        free_hooked(p);
        return;
    }
    free_raw(p);
}

void *mem_realloc(void *p, size_t n)
{
    if (p == NULL)
        return mem_alloc(n);
    size_t old = mem_block_size(p);
    void *q;
    if (in_arena(p) && n <= old && 4 * n > 3 * old) {
        q = p;                              /* shrinking by less than a quarter: stay put */
    } else if (in_arena(p) || mem_size_class(n) >= 0) {
        q = alloc_raw(n);                   /* across classes, or between pool and malloc */
        if (q == NULL)
            return NULL;
        memcpy(q, p, old < n ? old : n);
        free_raw(p);
    } else {
        q = large_realloc(p, n);
        if (q == NULL)
            return NULL;
    }
    if (UNLIKELY(hook_free != NULL))
        report(hook_free, p, old);          /* p may be gone: pass its address as a key only */
    if (UNLIKELY(hook_alloc != NULL))
        report(hook_alloc, q, mem_block_size(q));
    return q;
}

void mem_set_hooks(MemHook on_alloc, MemHook on_free)
{
    hook_alloc = on_alloc;
    hook_free = on_free;
}

size_t mem_block_size(const void *p)
{
    if (in_arena(p))
        return CLASS_SIZE(POOL_OF(p)->szidx);
    if (p == NULL)
        return 0;
    return ((const LargeHeader *)p - 1)->size;
}

bool mem_is_pooled(const void *p)
{
    return in_arena(p);
}

int mem_size_class(size_t n)
{
    size_t idx = (n - 1) >> ALIGNMENT_SHIFT;
    return idx < NB_CLASSES ? (int)idx : -1;
}

size_t mem_class_size(int idx)
{
    return CLASS_SIZE(idx);
}

size_t mem_blocks_per_pool(int idx)
{
    return BLOCKS_PER_POOL(idx);
}

size_t mem_trim(void)
{
    size_t released = 0;
    Arena *ao = usable_arenas;
    while (ao != NULL) {
        Arena *next = ao->nextarena;
        if (ao->nfreepools == ao->ntotalpools) {
            uint32_t nf = ao->nfreepools;
            if (nfp2lasta[nf] == ao) {
                Arena *prev = ao->prevarena;
                nfp2lasta[nf] = (prev != NULL && prev->nfreepools == nf) ? prev : NULL;
            }
            unlink_usable(ao);
            release_arena(ao);
            released++;
        }
        ao = next;
    }
    return released;
}

/* ---- statistics ---------------------------------------------------------------------------- */

static Arena *arena_of(const void *p)
{
    uintptr_t base = (uintptr_t)p & ~(uintptr_t)ARENA_MASK;
    for (Arena *ao = all_arenas; ao != NULL; ao = ao->allnext)
        if (ao->base == base)
            return ao;
    return NULL;
}

MemPoolState mem_pool_state(const void *p)
{
    if (!in_arena(p))
        return MEM_POOL_NONE;
    Arena *ao = arena_of(p);
    Pool *pool = POOL_OF(p);
    if (ao == NULL)
        return MEM_POOL_NONE;
    if ((uintptr_t)pool >= ao->pool_address || pool->count == 0)
        return MEM_POOL_EMPTY;
    return pool->freeblock != NULL ? MEM_POOL_USED : MEM_POOL_FULL;
}

MemStats mem_stats(void)
{
    MemStats s;
    memset(&s, 0, sizeof s);
    for (int i = 0; i < (int)NB_CLASSES; i++)
        s.classes[i].size = CLASS_SIZE(i);
    for (Arena *ao = all_arenas; ao != NULL; ao = ao->allnext) {
        s.pools_empty += ao->nfreepools;
        for (uintptr_t a = ao->base; a < ao->pool_address; a += POOL_SIZE) {
            const Pool *pool = (const Pool *)a;
            if (pool->count == 0)
                continue;                   /* EMPTY: counted through nfreepools */
            MemClassStats *c = &s.classes[pool->szidx];
            c->pools++;
            c->blocks_in_use += pool->count;
            c->free_blocks += BLOCKS_PER_POOL(pool->szidx) - pool->count;
            if (pool->freeblock == NULL) {
                c->full_pools++;
                s.pools_full++;
            } else {
                s.pools_used++;
            }
        }
    }
    for (int i = 0; i < (int)NB_CLASSES; i++) {
        const MemClassStats *c = &s.classes[i];
        s.bytes_in_blocks += c->blocks_in_use * c->size;
        s.bytes_available += c->free_blocks * c->size;
        s.bytes_pool_headers += c->pools * POOL_OVERHEAD;
        s.bytes_quantization += c->pools * ((POOL_SIZE - POOL_OVERHEAD) % c->size);
    }
    s.arenas_allocated_total = narenas_total;
    s.arenas_reclaimed = narenas_reclaimed;
    s.arenas_highwater = narenas_highwater;
    s.arenas_current = narenas_current;
    s.bytes_arena_alignment = 0;
    s.bytes_arena_map = sizeof map_root + map_nleaves * sizeof(MapLeaf);
    s.bytes_arena_objects = narenas_current * sizeof(Arena);
    s.large_blocks = large_count;
    s.large_bytes = large_bytes;
    s.large_header_bytes = large_count * sizeof(LargeHeader);
    s.large_requests_total = large_total;
    return s;
}

size_t mem_blocks_in_use(void)
{
    size_t n = large_count;
    for (Arena *ao = all_arenas; ao != NULL; ao = ao->allnext)
        for (uintptr_t a = ao->base; a < ao->pool_address; a += POOL_SIZE)
            n += ((const Pool *)a)->count;
    return n;
}

size_t mem_bytes_in_use(void)
{
    size_t n = large_bytes;
    for (Arena *ao = all_arenas; ao != NULL; ao = ao->allnext)
        for (uintptr_t a = ao->base; a < ao->pool_address; a += POOL_SIZE)
            n += ((const Pool *)a)->count * CLASS_SIZE(((const Pool *)a)->szidx);
    return n;
}

/* One "label = value" line as CPython prints it: label padded to 35 columns, then the value with
 * thousands separators right-aligned in 21. Returns value so totals can be summed while printing.
 */
static size_t printone(FILE *out, const char *label, size_t value)
{
    char digits[32], buf[40];
    int nd = snprintf(digits, sizeof digits, "%zu", value), k = 0;
    for (int i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0)
            buf[k++] = ',';
        buf[k++] = digits[i];
    }
    buf[k] = '\0';
    fprintf(out, "%-35s=%21s\n", label, buf);
    return value;
}

void mem_debug_stats(FILE *out)
{
    MemStats s = mem_stats();
    char label[64];

    fprintf(out, "Small block threshold = %zu, in %zu size classes.\n", SMALL_REQUEST_THRESHOLD,
            NB_CLASSES);
    fputs("\nclass   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    for (int i = 0; i < (int)NB_CLASSES; i++) {
        const MemClassStats *c = &s.classes[i];
        if (c->pools == 0)
            continue;
        fprintf(out, "%5d %6zu %11zu %15zu %13zu\n", i, c->size, c->pools, c->blocks_in_use,
                c->free_blocks);
    }
    fputc('\n', out);
    printone(out, "# arenas allocated total", s.arenas_allocated_total);
    printone(out, "# arenas reclaimed", s.arenas_reclaimed);
    printone(out, "# arenas highwater mark", s.arenas_highwater);
    printone(out, "# arenas allocated current", s.arenas_current);
    snprintf(label, sizeof label, "%zu arenas * %zu bytes/arena", s.arenas_current, ARENA_SIZE);
    printone(out, label, s.arenas_current * ARENA_SIZE);

    fputc('\n', out);
    size_t total = printone(out, "# bytes in allocated blocks", s.bytes_in_blocks);
    total += printone(out, "# bytes in available blocks", s.bytes_available);
    snprintf(label, sizeof label, "%zu unused pools * %zu bytes", s.pools_empty, POOL_SIZE);
    total += printone(out, label, s.pools_empty * POOL_SIZE);
    total += printone(out, "# bytes lost to pool headers", s.bytes_pool_headers);
    total += printone(out, "# bytes lost to quantization", s.bytes_quantization);
    total += printone(out, "# bytes lost to arena alignment", s.bytes_arena_alignment);
    printone(out, "Total", total);

    fputs("\narena map counts\n", out);
    printone(out, "# arena map leaf nodes", map_nleaves);
    fputc('\n', out);
    size_t map_total = printone(out, "# bytes lost to arena map root", sizeof map_root);
    map_total += printone(out, "# bytes lost to arena map leaves", map_nleaves * sizeof(MapLeaf));
    map_total += printone(out, "# bytes in arena descriptors", s.bytes_arena_objects);
    printone(out, "Total", map_total);

    snprintf(label, sizeof label, "\nlarge requests (> %zu bytes, from malloc)\n",
             SMALL_REQUEST_THRESHOLD);
    fputs(label, out);
    printone(out, "# large blocks in use", s.large_blocks);
    printone(out, "# bytes in large blocks", s.large_bytes);
    printone(out, "# bytes lost to large headers", s.large_header_bytes);
    printone(out, "# large requests total", s.large_requests_total);
}

/* ---- consistency check --------------------------------------------------------------------- */

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        if (err != NULL) {                                                                         \
            fputs("mem_verify: ", err);                                                            \
            fprintf(err, __VA_ARGS__);                                                             \
            fputc('\n', err);                                                                      \
        }                                                                                          \
        return -1;                                                                                 \
    } while (0)

/* Checks one carved pool's free list and counts against its class. */
static int verify_pool(FILE *err, const Arena *ao, Pool *pool)
{
    if (pool->arena != ao)
        FAIL("pool %p: wrong arena", (void *)pool);
    if (pool->szidx >= NB_CLASSES)
        FAIL("pool %p: bad size class %u", (void *)pool, (unsigned)pool->szidx);
    size_t size = CLASS_SIZE(pool->szidx), bpp = BLOCKS_PER_POOL(pool->szidx);
    if (pool->count > bpp)
        FAIL("pool %p: %u blocks in use > %zu", (void *)pool, (unsigned)pool->count, bpp);
    if (pool->maxnextoffset != POOL_SIZE - size || pool->nextoffset < POOL_OVERHEAD + size ||
        (pool->nextoffset - POOL_OVERHEAD) % size != 0 || pool->nextoffset > POOL_SIZE)
        FAIL("pool %p: bad carving offsets", (void *)pool);
    size_t carved = (pool->nextoffset - POOL_OVERHEAD) / size, nfree = 0;
    for (Block *b = pool->freeblock; b != NULL; b = get_link(b)) {
        uintptr_t off = (uintptr_t)b - (uintptr_t)pool;
        if (POOL_OF(b) != pool || off < POOL_OVERHEAD || (off - POOL_OVERHEAD) % size != 0 ||
            off >= pool->nextoffset)
            FAIL("pool %p: free-list link %p outside its carved blocks", (void *)pool, (void *)b);
        if (++nfree > carved)
            FAIL("pool %p: free list longer than its carved blocks (a cycle?)", (void *)pool);
    }
    if (nfree + pool->count != carved)
        FAIL("pool %p: %zu free + %u in use != %zu carved", (void *)pool, nfree,
             (unsigned)pool->count, carved);
    if (pool->count > 0 && (pool->freeblock == NULL) != (pool->count == bpp))
        FAIL("pool %p: freeblock NULL must mean full", (void *)pool);
    return 0;
}

int mem_verify(FILE *err)
{
    size_t used_per_class[NB_CLASSES] = {0}, narenas = 0, nusable = 0;
    for (Arena *ao = all_arenas; ao != NULL; ao = ao->allnext) {
        narenas++;
        if ((ao->base & ARENA_MASK) != 0 || !in_arena((void *)ao->base))
            FAIL("arena %p: misaligned or not in the arena map", (void *)ao->base);
        if (ao->pool_address < ao->base || ao->pool_address > ao->base + ARENA_SIZE ||
            (ao->pool_address & POOL_MASK) != 0)
            FAIL("arena %p: bad pool_address", (void *)ao->base);
        size_t uncarved = (ao->base + ARENA_SIZE - ao->pool_address) / POOL_SIZE, nempty = 0;
        for (Pool *pool = ao->freepools; pool != NULL; pool = pool->nextpool) {
            if (pool->count != 0 || (uintptr_t)pool >= ao->pool_address ||
                ++nempty > POOLS_PER_ARENA)
                FAIL("arena %p: bad pool %p on freepools", (void *)ao->base, (void *)pool);
        }
        if (nempty + uncarved != ao->nfreepools || ao->ntotalpools != POOLS_PER_ARENA)
            FAIL("arena %p: nfreepools %u, but %zu empty + %zu never used", (void *)ao->base,
                 (unsigned)ao->nfreepools, nempty, uncarved);
        if (ao->nfreepools > 0)
            nusable++;
        for (uintptr_t a = ao->base; a < ao->pool_address; a += POOL_SIZE) {
            Pool *pool = (Pool *)a;
            if (verify_pool(err, ao, pool) < 0)
                return -1;
            if (pool->count > 0 && pool->freeblock != NULL)
                used_per_class[pool->szidx]++;
        }
    }
    if (narenas != narenas_current)
        FAIL("%zu arenas listed, %zu counted", narenas, narenas_current);
    for (size_t i = 0; i < NB_CLASSES; i++) {
        size_t n = 0;
        for (Pool *pool = usedpools[i]; pool != NULL; pool = pool->nextpool) {
            if (pool->szidx != i || pool->count == 0 || pool->freeblock == NULL)
                FAIL("usedpools[%zu]: pool %p is not a USED pool of that class", i, (void *)pool);
            if (pool->nextpool != NULL && pool->nextpool->prevpool != pool)
                FAIL("usedpools[%zu]: broken back link", i);
            if (++n > used_per_class[i])
                break;
        }
        if (n != used_per_class[i])
            FAIL("usedpools[%zu] lists %zu pools, the arenas hold %zu USED ones", i, n,
                 used_per_class[i]);
    }
    size_t n = 0;
    for (Arena *ao = usable_arenas; ao != NULL; ao = ao->nextarena) {
        uint32_t nf = ao->nfreepools;
        if (nf == 0 || (ao->prevarena != NULL && ao->prevarena->nfreepools > nf))
            FAIL("usable_arenas not sorted by free pools at arena %p", (void *)ao->base);
        if ((ao->nextarena == NULL || ao->nextarena->nfreepools != nf) && nfp2lasta[nf] != ao)
            FAIL("nfp2lasta[%u] is not the last arena with %u free pools", (unsigned)nf,
                 (unsigned)nf);
        if (ao->nextarena != NULL && ao->nextarena->prevarena != ao)
            FAIL("usable_arenas: broken back link");
        if (++n > nusable)
            break;
    }
    if (n != nusable)
        FAIL("usable_arenas lists %zu arenas, %zu have empty pools", n, nusable);
    for (size_t k = 0; k <= POOLS_PER_ARENA; k++)
        if (nfp2lasta[k] != NULL && nfp2lasta[k]->nfreepools != k)
            FAIL("nfp2lasta[%zu] points at an arena with %u free pools", k,
                 (unsigned)nfp2lasta[k]->nfreepools);
    return 0;
}
