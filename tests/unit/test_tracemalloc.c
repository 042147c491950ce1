/* test_tracemalloc.c: unit tests of stdlib/mod_tracemalloc.c through its C API: the trace table
 * under many allocations, frees and reallocs (open addressing with backward-shift deletion must
 * find every block), current and peak against the allocator's own block sizes, and stop/fini
 * releasing everything (the leak check of vm_fini must pass). No Python frame runs here, so every
 * block is attributed to "<unknown>". */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "gc/alloc.h"
#include "objects/object.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "stdlib/mod_tracemalloc.h"

static void setup(void)
{
    cr_assert_eq(vm_init(0, NULL), 0, "vm_init failed");
}

static void teardown(void)
{
    cr_assert_eq(vm_fini(), 0, "vm_fini reported leaked references or blocks");
}

TestSuite(tracemalloc, .init = setup, .fini = teardown);

static size_t traced_now(void)
{
    size_t cur, peak;
    mod_tracemalloc_traced_memory(&cur, &peak);
    return cur;
}

Test(tracemalloc, bad_nframe)
{
    cr_assert_eq(mod_tracemalloc_start(0), -1);
    cr_assert(exc_occurred());
    exc_clear();
    cr_assert_eq(mod_tracemalloc_start(65536), -1);
    exc_clear();
    cr_assert(!mod_tracemalloc_is_tracing());
}

Test(tracemalloc, counts_blocks_and_sizes)
{
    enum { N = 5000 };
    static void *blocks[N];
    cr_assert_eq(mod_tracemalloc_start(1), 0);
    size_t base_count = mod_tracemalloc_trace_count(), base = traced_now(), expect = 0;
    for (int i = 0; i < N; i++) {
        size_t n = (size_t)(i * 37 % 700) + 1;     /* small and large requests */
        blocks[i] = mem_alloc(n);
        cr_assert_not_null(blocks[i]);
        expect += mem_block_size(blocks[i]);
    }
    cr_assert_eq(mod_tracemalloc_trace_count(), base_count + N);
    cr_assert_eq(traced_now(), base + expect);
    /* free every other block, then realloc the rest (moved or not) */
    for (int i = 0; i < N; i += 2) {
        expect -= mem_block_size(blocks[i]);
        mem_free(blocks[i]);
        blocks[i] = NULL;
    }
    cr_assert_eq(mod_tracemalloc_trace_count(), base_count + N / 2);
    cr_assert_eq(traced_now(), base + expect);
    for (int i = 1; i < N; i += 2) {
        expect -= mem_block_size(blocks[i]);
        blocks[i] = mem_realloc(blocks[i], (size_t)(i % 900) + 8);
        cr_assert_not_null(blocks[i]);
        expect += mem_block_size(blocks[i]);
    }
    cr_assert_eq(mod_tracemalloc_trace_count(), base_count + N / 2);
    cr_assert_eq(traced_now(), base + expect);
    size_t cur, peak;
    mod_tracemalloc_traced_memory(&cur, &peak);
    cr_assert_geq(peak, cur);
    for (int i = 1; i < N; i += 2)
        mem_free(blocks[i]);
    cr_assert_eq(mod_tracemalloc_trace_count(), base_count);
    cr_assert_eq(traced_now(), base);
    mod_tracemalloc_stop();
    cr_assert(!mod_tracemalloc_is_tracing());
    mod_tracemalloc_traced_memory(&cur, &peak);
    cr_assert_eq(cur, 0);
    cr_assert_eq(peak, 0);
    cr_assert_eq(mod_tracemalloc_trace_count(), 0);
}

Test(tracemalloc, untraced_blocks_are_ignored)
{
    void *before = mem_alloc(100);
    cr_assert_eq(mod_tracemalloc_start(5), 0);
    size_t base = traced_now();
    mem_free(before);                           /* allocated before start: not in the table */
    cr_assert_eq(traced_now(), base);
    void *p = mem_alloc(64);
    cr_assert_eq(traced_now(), base + mem_block_size(p));
    mod_tracemalloc_stop();
    mem_free(p);                                /* freed after stop: no hook */
    cr_assert_eq(traced_now(), 0);
}

Test(tracemalloc, fini_while_tracing)
{
    cr_assert_eq(mod_tracemalloc_start(2), 0);
    void *p = mem_alloc(48);
    cr_assert_eq(mod_tracemalloc_trace_count() >= 1, true);
    mem_free(p);
    mod_tracemalloc_fini();                     /* vm_fini calls it again: must be idempotent */
    cr_assert(!mod_tracemalloc_is_tracing());
}
