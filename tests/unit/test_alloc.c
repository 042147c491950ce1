/* test_alloc.c: Criterion tests for the pooled allocator (gc/alloc.c): size classes, pool states,
 * arena release and ordering, realloc, accounting, a random stress run against a shadow table,
 * hooks, the _debugmallocstats report. Criterion runs each test in a fresh process, so each starts
 * with the allocator as the test binary left it at start-up; the tests still compare against
 * "before" values. */
#include <criterion/criterion.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gc/alloc.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TEST_ASAN 1
#endif
#endif
#if !defined(TEST_ASAN) && defined(__SANITIZE_ADDRESS__)
#define TEST_ASAN 1
#endif
#ifndef TEST_ASAN
#define TEST_ASAN 0
#endif
#if TEST_ASAN
#include <sanitizer/asan_interface.h>
#endif

#define ARENA_OF(p) ((uintptr_t)(p) & ~(uintptr_t)(MEM_ARENA_SIZE - 1))
#define POOL_ADDR(p) ((uintptr_t)(p) & ~(uintptr_t)(MEM_POOL_SIZE - 1))

static void check_consistent(void)
{
    cr_assert_eq(mem_verify(stderr), 0, "allocator invariants broken (see stderr)");
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rng(void)   /* xorshift64*: deterministic across runs */
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}

Test(alloc, size_classes)
{
    cr_assert_eq(mem_size_class(1), 0);
    cr_assert_eq(mem_size_class(16), 0);
    cr_assert_eq(mem_size_class(17), 1);
    cr_assert_eq(mem_size_class(100), 6);
    cr_assert_eq(mem_size_class(512), 31);
    cr_assert_eq(mem_size_class(513), -1);
    cr_assert_eq(mem_size_class(0), -1);
    cr_assert_eq(mem_class_size(0), 16);
    cr_assert_eq(mem_class_size(31), 512);
    cr_assert_eq(mem_blocks_per_pool(0), (16384 - 48) / 16);
    cr_assert_eq(mem_blocks_per_pool(31), 31);

    static const size_t req[] = {1, 16, 17, 512, 513, 4000};
    static const size_t want[] = {16, 16, 32, 512, 513, 4000};
    for (size_t i = 0; i < sizeof req / sizeof req[0]; i++) {
        void *p = mem_alloc(req[i]);
        cr_assert_not_null(p);
        cr_assert_eq((uintptr_t)p % MEM_ALIGNMENT, 0, "block for %zu misaligned", req[i]);
        cr_assert_eq(mem_block_size(p), want[i], "request %zu", req[i]);
        cr_assert_eq(mem_is_pooled(p), req[i] <= 512, "request %zu pooled?", req[i]);
        memset(p, 0x5A, req[i]);
        mem_free(p);
    }
    check_consistent();
}

Test(alloc, edge_requests)
{
    size_t before = mem_blocks_in_use();
    void *z = mem_alloc(0);
    cr_assert_not_null(z);
    cr_assert_eq(mem_block_size(z), 0);
    cr_assert_not(mem_is_pooled(z));
    cr_assert_eq(mem_blocks_in_use(), before + 1);
    mem_free(z);
    mem_free(NULL);
    cr_assert_null(mem_alloc(SIZE_MAX));
    cr_assert_null(mem_alloc(SIZE_MAX - 8));
    cr_assert_null(mem_calloc(SIZE_MAX / 2, 3));

    unsigned char *c = mem_calloc(10, 7);
    cr_assert_not_null(c);
    for (int i = 0; i < 70; i++)
        cr_assert_eq(c[i], 0);
    mem_free(c);
    c = mem_calloc(100, 10);    /* large */
    for (int i = 0; i < 1000; i++)
        cr_assert_eq(c[i], 0);
    mem_free(c);

    int on_stack = 0;
    void *from_malloc = malloc(64);
    cr_assert_not(mem_is_pooled(&on_stack));
    cr_assert_not(mem_is_pooled(from_malloc));
    cr_assert_not(mem_is_pooled(NULL));
    cr_assert_eq(mem_pool_state(from_malloc), MEM_POOL_NONE);
    free(from_malloc);
    cr_assert_eq(mem_blocks_in_use(), before);
    check_consistent();
}

/* EMPTY -> USED -> FULL -> USED -> EMPTY -> USED for one pool of the 512-byte class. */
Test(alloc, pool_transitions)
{
    enum { CLS = 31, SIZE = 512 };
    size_t per_pool = mem_blocks_per_pool(CLS);
    MemStats s0 = mem_stats();
    cr_assert_eq(s0.classes[CLS].pools, 0, "the test binary already uses 512-byte blocks");

    void *blocks[64];
    blocks[0] = mem_alloc(SIZE);
    uintptr_t pool = POOL_ADDR(blocks[0]);
    cr_assert_eq(mem_pool_state(blocks[0]), MEM_POOL_USED);
    cr_assert_eq(mem_stats().classes[CLS].pools, 1);
    size_t n = 1;
    while (mem_pool_state(blocks[0]) == MEM_POOL_USED) {
        cr_assert_lt(n, 64);
        blocks[n] = mem_alloc(SIZE);
        cr_assert_eq(POOL_ADDR(blocks[n]), pool, "blocks come from the head pool until it is full");
        n++;
    }
    cr_assert_eq(n, per_pool);
    cr_assert_eq(mem_pool_state(blocks[0]), MEM_POOL_FULL);
    MemStats s = mem_stats();
    cr_assert_eq(s.classes[CLS].full_pools, 1);
    cr_assert_eq(s.classes[CLS].blocks_in_use, per_pool);
    cr_assert_eq(s.classes[CLS].free_blocks, 0);
    check_consistent();

    /* A full pool is on no list: the next block opens a second pool. */
    void *other = mem_alloc(SIZE);
    cr_assert_neq(POOL_ADDR(other), pool);
    mem_free(other);

    mem_free(blocks[3]);                                    /* FULL -> USED */
    cr_assert_eq(mem_pool_state(blocks[0]), MEM_POOL_USED);
    void *again = mem_alloc(SIZE);                          /* LIFO free list: same block back */
    cr_assert_eq(again, blocks[3]);
    cr_assert_eq(mem_pool_state(blocks[0]), MEM_POOL_FULL);

    for (size_t i = 0; i < n; i++) {
        mem_free(blocks[i]);
        cr_assert_eq(mem_pool_state((void *)pool), i + 1 < n ? MEM_POOL_USED : MEM_POOL_EMPTY);
    }
    s = mem_stats();
    cr_assert_eq(s.classes[CLS].pools, 0);
    cr_assert_geq(s.pools_empty, 1);
    check_consistent();

    /* The emptied pool is reused, even by another class. */
    void *q = mem_alloc(24);
    cr_assert_eq(mem_pool_state(q), MEM_POOL_USED);
    mem_free(q);
    check_consistent();
}

Test(alloc, arena_release)
{
    MemStats s0 = mem_stats();
    size_t before = mem_blocks_in_use();
    enum { N = 6 * 64 * 31 };     /* 512-byte blocks: six arenas' worth */
    void **v = malloc(N * sizeof *v);
    for (size_t i = 0; i < N; i++) {
        v[i] = mem_alloc(300 + i % 213);     /* classes 18..31 */
        cr_assert_not_null(v[i]);
        *(size_t *)v[i] = i;
    }
    MemStats s1 = mem_stats();
    cr_assert_geq(s1.arenas_current, s0.arenas_current + 4);
    cr_assert_eq(s1.arenas_highwater, s1.arenas_current > s0.arenas_highwater
                                          ? s1.arenas_current : s0.arenas_highwater);
    cr_assert_eq(s1.arenas_allocated_total - s0.arenas_allocated_total,
                 s1.arenas_current - s0.arenas_current);
    cr_assert_eq(mem_blocks_in_use(), before + N);
    check_consistent();

    /* Free in a scrambled order. */
    for (size_t k = 0; k < N; k++) {
        size_t i = (k * 7919) % N;      /* 7919 is prime and does not divide N */
        cr_assert_eq(*(size_t *)v[i], i);
        mem_free(v[i]);
        if (k % 2000 == 0)
            check_consistent();
    }
    free(v);
    MemStats s2 = mem_stats();
    cr_assert_eq(mem_blocks_in_use(), before);
    cr_assert_leq(s2.arenas_current, s0.arenas_current + 1,
                  "at most one spare empty arena is kept");
    cr_assert_eq(s2.arenas_reclaimed - s0.arenas_reclaimed,
                 s2.arenas_allocated_total - s0.arenas_allocated_total -
                     (s2.arenas_current - s0.arenas_current));
    cr_assert_eq(s2.arenas_highwater, s1.arenas_highwater);
    check_consistent();

    mem_trim();
    MemStats s3 = mem_stats();
    cr_assert_leq(s3.arenas_current, s0.arenas_current);
    cr_assert_eq(s3.arenas_allocated_total, s2.arenas_allocated_total);
    if (s0.arenas_current == 0) {
        cr_assert_eq(s3.arenas_current, 0);
        cr_assert_eq(s3.arenas_reclaimed, s3.arenas_allocated_total);
    }
    check_consistent();
}

/* New pools come from the arena with the fewest empty pools. */
Test(alloc, arena_prefers_fullest)
{
    enum { PER_POOL = 31, PER_ARENA = 64 * 31, N = 3 * PER_ARENA };
    cr_assert_eq(mem_stats().arenas_current, 0, "expects a fresh allocator");
    void **v = malloc(N * sizeof *v);
    for (size_t i = 0; i < N; i++)
        v[i] = mem_alloc(512);
    uintptr_t a = ARENA_OF(v[0]), b = ARENA_OF(v[PER_ARENA]), c = ARENA_OF(v[2 * PER_ARENA]);
    cr_assert(a != b && b != c && a != c);
    for (size_t i = 0; i < N; i++)
        cr_assert_eq(ARENA_OF(v[i]), i < PER_ARENA ? a : i < 2 * PER_ARENA ? b : c);
    cr_assert_eq(mem_stats().pools_empty, 0);

    /* Empty 40 pools of b and 10 of a (freeing whole pools: blocks are pool-contiguous in v). */
    for (size_t i = PER_ARENA; i < PER_ARENA + 40 * PER_POOL; i++) {
        mem_free(v[i]);
        v[i] = NULL;
    }
    for (size_t i = 0; i < 10 * PER_POOL; i++) {
        mem_free(v[i]);
        v[i] = NULL;
    }
    cr_assert_eq(mem_stats().pools_empty, 50);
    check_consistent();

    /* The next 10 pools must come from a (10 empty), not b (40 empty). */
    void *w[10 * PER_POOL + 1];
    for (size_t i = 0; i < 10 * PER_POOL; i++) {
        w[i] = mem_alloc(64);      /* another class: pools are reinitialized */
        cr_assert_eq(ARENA_OF(w[i]), a);
    }
    /* A 64-byte pool holds 255 blocks, so those 310 blocks took two of a's pools: a has 8 empty
     * pools left, still fewer than b's 40, so a 512-byte pool comes from a as well. */
    cr_assert_eq(mem_pool_state(w[0]), MEM_POOL_FULL);
    w[10 * PER_POOL] = mem_alloc(512);
    cr_assert_eq(ARENA_OF(w[10 * PER_POOL]), a);
    check_consistent();

    for (size_t i = 0; i <= 10 * PER_POOL; i++)
        mem_free(w[i]);
    for (size_t i = 0; i < N; i++)
        mem_free(v[i]);
    free(v);
    check_consistent();
    mem_trim();
    MemStats s = mem_stats();
    cr_assert_eq(s.arenas_current, 0);
    cr_assert_eq(s.arenas_reclaimed, 3);
    cr_assert_eq(s.arenas_highwater, 3);
}

/* Only one wholly empty arena is kept: a loop of alloc/free does not map and unmap every turn. */
Test(alloc, no_arena_thrashing)
{
    MemStats s0 = mem_stats();
    for (int i = 0; i < 1000; i++)
        mem_free(mem_alloc(100));
    MemStats s1 = mem_stats();
    cr_assert_leq(s1.arenas_allocated_total - s0.arenas_allocated_total, 1);
}

static void fill_pattern(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(seed * 31u + i * 7u);
}

static bool check_pattern(const unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(seed * 31u + i * 7u))
            return false;
    return true;
}

Test(alloc, realloc_across_classes)
{
    size_t before = mem_blocks_in_use();
    size_t n = 1;
    unsigned char *p = mem_realloc(NULL, n);
    fill_pattern(p, n, 1);
    static const size_t steps[] = {1,   15,  16,  17,  33,  100, 500, 511, 512, 513, 600,
                                   5000, 513, 512, 400, 300, 200, 64,  48,  16,  1,   2000};
    for (size_t i = 1; i < sizeof steps / sizeof steps[0]; i++) {
        size_t m = steps[i];
        unsigned char *q = mem_realloc(p, m);
        cr_assert_not_null(q);
        size_t keep = n < m ? n : m;
        cr_assert(check_pattern(q, keep, 1), "contents lost in realloc %zu -> %zu", n, m);
        cr_assert_eq(mem_is_pooled(q), m <= 512, "realloc to %zu", m);
        cr_assert_geq(mem_block_size(q), m);
        fill_pattern(q, m, 1);
        p = q;
        n = m;
        cr_assert_eq(mem_blocks_in_use(), before + 1);
    }
    /* A small shrink stays in place; a big one moves to a smaller class. */
    unsigned char *r = mem_realloc(p, 256);
    cr_assert_not_null(r);
    cr_assert_eq(mem_realloc(r, 250), r);
    unsigned char *t = mem_realloc(r, 100);
    cr_assert_eq(mem_block_size(t), 112);
    mem_free(t);
    cr_assert_eq(mem_blocks_in_use(), before);
    check_consistent();
}

Test(alloc, accounting)
{
    size_t blocks0 = mem_blocks_in_use(), bytes0 = mem_bytes_in_use();
    MemStats s0 = mem_stats();
    void *small[100], *large[10];
    size_t bytes = 0;
    for (int i = 0; i < 100; i++) {
        small[i] = mem_alloc((size_t)i * 5 + 1);
        bytes += mem_block_size(small[i]);
    }
    for (int i = 0; i < 10; i++) {
        large[i] = mem_alloc(1000 + (size_t)i);
        bytes += 1000 + (size_t)i;
    }
    cr_assert_eq(mem_blocks_in_use(), blocks0 + 110);
    cr_assert_eq(mem_bytes_in_use(), bytes0 + bytes);
    MemStats s = mem_stats();
    cr_assert_eq(s.large_blocks, s0.large_blocks + 10);
    cr_assert_eq(s.large_header_bytes - s0.large_header_bytes, 10 * 16);
    cr_assert_eq(s.large_requests_total, s0.large_requests_total + 10);
    size_t in_classes = 0;
    for (int i = 0; i < MEM_NUM_CLASSES; i++)
        in_classes += s.classes[i].blocks_in_use;
    cr_assert_eq(in_classes + s.large_blocks, mem_blocks_in_use());
    /* Every byte of every arena is accounted for, as in CPython's report. */
    cr_assert_eq(s.bytes_in_blocks + s.bytes_available + s.pools_empty * MEM_POOL_SIZE +
                     s.bytes_pool_headers + s.bytes_quantization + s.bytes_arena_alignment,
                 s.arenas_current * MEM_ARENA_SIZE);
    for (int i = 0; i < 100; i++)
        mem_free(small[i]);
    for (int i = 0; i < 10; i++)
        mem_free(large[i]);
    cr_assert_eq(mem_blocks_in_use(), blocks0);
    cr_assert_eq(mem_bytes_in_use(), bytes0);
    cr_assert_eq(mem_stats().large_blocks, s0.large_blocks);
}

/* Random alloc/realloc/free against a shadow table remembering each block's size and seed. */
Test(alloc, random_stress)
{
    enum { SLOTS = 3000, OPS = 300000 };
    static unsigned char *ptr[SLOTS];
    static size_t len[SLOTS];
    static unsigned seed[SLOTS];
    size_t before = mem_blocks_in_use(), live = 0;
    for (unsigned op = 1; op <= OPS; op++) {
        size_t i = rng() % SLOTS;
        uint64_t r = rng();
        size_t n = (r % 100 < 93) ? (size_t)(r >> 8) % 513 : 513 + (size_t)(r >> 8) % 6000;
        if (ptr[i] != NULL) {
            cr_assert(check_pattern(ptr[i], len[i], seed[i]), "slot %zu corrupted at op %u", i, op);
            if (r % 3 == 0) {
                unsigned char *q = mem_realloc(ptr[i], n);
                cr_assert_not_null(q);
                size_t keep = len[i] < n ? len[i] : n;
                cr_assert(check_pattern(q, keep, seed[i]), "realloc lost contents at op %u", op);
                ptr[i] = q;
            } else {
                mem_free(ptr[i]);
                ptr[i] = NULL;
                live--;
                continue;
            }
        } else {
            ptr[i] = mem_alloc(n);
            cr_assert_not_null(ptr[i]);
            live++;
        }
        len[i] = n;
        seed[i] = op;
        cr_assert_geq(mem_block_size(ptr[i]), n);
        fill_pattern(ptr[i], n, op);
        if (op % 50000 == 0) {
            check_consistent();
            cr_assert_eq(mem_blocks_in_use(), before + live);
        }
    }
    for (size_t i = 0; i < SLOTS; i++) {
        if (ptr[i] != NULL) {
            cr_assert(check_pattern(ptr[i], len[i], seed[i]));
            mem_free(ptr[i]);
        }
    }
    cr_assert_eq(mem_blocks_in_use(), before);
    check_consistent();
}

static size_t hook_allocs, hook_frees, hook_alloc_bytes, hook_free_bytes;
static void *hook_last;

static void on_alloc(void *p, size_t size)
{
    hook_allocs++;
    hook_alloc_bytes += size;
    hook_last = p;
}

static void on_free(void *p, size_t size)
{
    hook_frees++;
    hook_free_bytes += size;
    hook_last = p;
}

static void on_alloc_reentrant(void *p, size_t size)
{
    on_alloc(p, size);
    mem_free(mem_alloc(40));    /* a hook that allocates must not see its own allocations */
}

Test(alloc, hooks_called)
{
    mem_set_hooks(on_alloc, on_free);
    void *a = mem_alloc(20);
    cr_assert_eq(hook_allocs, 1);
    cr_assert_eq(hook_alloc_bytes, 32);
    cr_assert_eq(hook_last, a);
    void *b = mem_alloc(1000);
    cr_assert_eq(hook_alloc_bytes, 32 + 1000);
    mem_free(a);
    cr_assert_eq(hook_frees, 1);
    cr_assert_eq(hook_free_bytes, 32);
    void *c = mem_realloc(b, 100);      /* large -> pooled: free(1000) then alloc(112) */
    cr_assert_eq(hook_frees, 2);
    cr_assert_eq(hook_free_bytes, 32 + 1000);
    cr_assert_eq(hook_allocs, 3);
    cr_assert_eq(hook_alloc_bytes, 32 + 1000 + 112);
    cr_assert_eq(hook_last, c);
    mem_free(NULL);                     /* nothing to report */
    cr_assert_eq(hook_frees, 2);
    mem_free(c);
    cr_assert_eq(hook_frees, 3);
    cr_assert_eq(hook_alloc_bytes, hook_free_bytes, "every traced byte is untraced again");

    mem_set_hooks(on_alloc_reentrant, on_free);
    void *d = mem_alloc(8);
    cr_assert_eq(hook_allocs, 4);
    cr_assert_eq(hook_frees, 3);
    mem_free(d);
    cr_assert_eq(hook_frees, 4);

    mem_set_hooks(NULL, NULL);
    mem_free(mem_alloc(8));
    cr_assert_eq(hook_allocs, 4);
    cr_assert_eq(hook_frees, 4);
}

Test(alloc, debug_stats_report)
{
    void *v[300];
    for (int i = 0; i < 300; i++)
        v[i] = mem_alloc(40);           /* class 2, 48 bytes, 340 per pool */
    for (int i = 0; i < 100; i++)
        mem_free(v[i]);
    void *big = mem_alloc(100000);

    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    mem_debug_stats(out);
    fclose(out);
    cr_assert(strstr(text, "Small block threshold = 512, in 32 size classes.\n\n"
                           "class   size   num pools   blocks in use  avail blocks\n"
                           "-----   ----   ---------   -------------  ------------\n") == text);
    MemStats s = mem_stats();
    char line[128];
    snprintf(line, sizeof line, "    2     48 %11zu %15zu %13zu\n", s.classes[2].pools,
             s.classes[2].blocks_in_use, s.classes[2].free_blocks);
    cr_assert_not_null(strstr(text, line), "missing row: %s in\n%s", line, text);
    cr_assert_geq(s.classes[2].blocks_in_use, 200);
    snprintf(line, sizeof line, "%zu arenas * 1048576 bytes/arena", s.arenas_current);
    cr_assert_not_null(strstr(text, line));
    cr_assert_not_null(strstr(text, "# arenas allocated total           ="));
    cr_assert_not_null(strstr(text, "# bytes lost to quantization       ="));
    cr_assert_not_null(strstr(text, "\n# large blocks in use              ="));
    cr_assert_not_null(strstr(text, "# bytes in large blocks            =              100,000\n"));
    /* The first Total equals the arenas' bytes. */
    snprintf(line, sizeof line, "%zu arenas", s.arenas_current);
    const char *total = strstr(text, "\nTotal                              =");
    cr_assert_not_null(total);
    char digits[32];
    size_t k = 0;
    for (const char *c = total + 37; *c != '\n'; c++)
        if (*c >= '0' && *c <= '9')
            digits[k++] = *c;
    digits[k] = '\0';
    cr_assert_eq(strtoull(digits, NULL, 10), s.arenas_current * MEM_ARENA_SIZE);
    free(text);

    mem_free(big);
    for (int i = 100; i < 300; i++)
        mem_free(v[i]);
}

#if DEBUG_ALLOC
Test(alloc, debug_fill)
{
    unsigned char *p = mem_alloc(64);
    for (int i = 0; i < 64; i++)
        cr_assert_eq(p[i], 0xCB);
    unsigned char *q = mem_alloc(700);
    for (int i = 0; i < 700; i++)
        cr_assert_eq(q[i], 0xCB);
    mem_free(q);
    mem_free(p);
}
#endif

#if TEST_ASAN
Test(alloc, asan_poisons_free_blocks)
{
    char *p = mem_alloc(100);
    cr_assert_not(__asan_address_is_poisoned(p));
    cr_assert_not(__asan_address_is_poisoned(p + 111));
    void *keep = mem_alloc(100);        /* keeps the pool (and arena) alive */
    mem_free(p);
    cr_assert(__asan_address_is_poisoned(p));
    cr_assert(__asan_address_is_poisoned(p + 50));
    char *again = mem_alloc(100);
    cr_assert_eq(again, p);
    cr_assert_not(__asan_address_is_poisoned(again + 111));
    mem_free(again);
    mem_free(keep);
}
#endif
