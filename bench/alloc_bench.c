/* alloc_bench.c: times tally's pooled allocator (mem_alloc/mem_free) against the C library's
 * malloc/free on the same request sequence: mixed sizes 8..512 bytes, as an interpreter makes them.
 * Standalone; build and run from the repository root:
 *     gcc -O2 -std=c11 -D_GNU_SOURCE -I. bench/alloc_bench.c gc/alloc.c -o build/alloc_bench
 *     build/alloc_bench [operations]          (default 10,000,000)
 * Three patterns: "churn" (random slot freed and refilled among 10,000 live blocks, the steady
 * state of a running program), "burst" (allocate 100,000 then free them all in reverse, like
 * building and dropping a big structure) and "fifo" (free in allocation order). Each is timed three
 * times, the allocators alternating, and the best time of each is printed. Ratio < 1 means tally is
 * faster. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc/alloc.h"

typedef void *(*AllocFn)(size_t);
typedef void (*FreeFn)(void *);

#define LIVE 10000
#define BURST 100000
#define REPEAT 3

static uint32_t *sizes;        /* precomputed so the random generator is not timed */
static uint32_t *slots;
static void *live[BURST];
static volatile unsigned char sink;

static uint64_t rng_state = 88172645463325252u;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Steady state: free a random live block, allocate a new one in its place. Every block is written,
 * so the compiler cannot drop a malloc/free pair. */
static double churn(AllocFn alloc, FreeFn release, size_t ops)
{
    for (size_t i = 0; i < LIVE; i++) {
        live[i] = alloc(sizes[i]);
        *(unsigned char *)live[i] = 1;
    }
    double t0 = now();
    for (size_t k = 0; k < ops; k++) {
        uint32_t i = slots[k];
        release(live[i]);
        unsigned char *p = alloc(sizes[k]);
        p[0] = (unsigned char)k;
        live[i] = p;
    }
    double t = now() - t0;
    unsigned acc = 0;
    for (size_t i = 0; i < LIVE; i++) {
        acc += *(unsigned char *)live[i];
        release(live[i]);
    }
    sink = (unsigned char)acc;
    return t;
}

static double burst(AllocFn alloc, FreeFn release, size_t ops, int fifo)
{
    double t0 = now();
    for (size_t done = 0; done < ops; done += BURST) {
        for (size_t i = 0; i < BURST; i++) {
            unsigned char *p = alloc(sizes[(done + i) % ops]);
            p[0] = (unsigned char)i;
            live[i] = p;
        }
        unsigned acc = 0;
        if (fifo) {
            for (size_t i = 0; i < BURST; i++) {
                acc += *(unsigned char *)live[i];
                release(live[i]);
            }
        } else {
            for (size_t i = BURST; i-- > 0;) {
                acc += *(unsigned char *)live[i];
                release(live[i]);
            }
        }
        sink = (unsigned char)acc;
    }
    return now() - t0;
}

static void report(const char *name, size_t ops, double t_mem, double t_libc)
{
    printf("%-6s %12zu ops   tally %7.3f s (%5.1f ns/op)   malloc %7.3f s (%5.1f ns/op)   "
           "ratio tally/malloc %.2f\n",
           name, ops, t_mem, t_mem / (double)ops * 1e9, t_libc, t_libc / (double)ops * 1e9,
           t_mem / t_libc);
}

int main(int argc, char **argv)
{
    size_t ops = argc > 1 ? strtoull(argv[1], NULL, 10) : 10000000;
    if (ops < BURST)
        ops = BURST;
    sizes = malloc(ops * sizeof *sizes);
    slots = malloc(ops * sizeof *slots);
    if (sizes == NULL || slots == NULL) {
        fputs("alloc_bench: out of memory\n", stderr);
        return 1;
    }
    for (size_t k = 0; k < ops; k++) {
        uint64_t r = rng();
        /* Mostly small, as in an interpreter: 3/4 of requests in 8..128, the rest in 8..512. */
        sizes[k] = (uint32_t)((r & 3) ? 8 + (r >> 8) % 121 : 8 + (r >> 8) % 505);
        slots[k] = (uint32_t)((r >> 32) % LIVE);
    }

    printf("alloc_bench: %zu operations of mixed sizes 8..512 bytes\n", ops);
    /* Warm up both allocators once so first-touch page faults are not charged to either. */
    burst(mem_alloc, mem_free, BURST, 0);
    burst(malloc, free, BURST, 0);

    /* Each measurement is repeated, alternating the two allocators, and the best time is kept: the
     * machine's noise (other processes, frequency changes) only ever adds time. */
    static const char *const names[] = {"churn", "burst", "fifo"};
    for (int pattern = 0; pattern < 3; pattern++) {
        double best_mem = 1e30, best_libc = 1e30;
        for (int rep = 0; rep < REPEAT; rep++) {
            double m = pattern == 0 ? churn(mem_alloc, mem_free, ops)
                                    : burst(mem_alloc, mem_free, ops, pattern == 2);
            double c =
                pattern == 0 ? churn(malloc, free, ops) : burst(malloc, free, ops, pattern == 2);
            best_mem = m < best_mem ? m : best_mem;
            best_libc = c < best_libc ? c : best_libc;
        }
        report(names[pattern], ops, best_mem, best_libc);
    }

    if (mem_blocks_in_use() != 0) {
        fprintf(stderr, "alloc_bench: %zu blocks leaked\n", mem_blocks_in_use());
        return 1;
    }
    free(sizes);
    free(slots);
    return 0;
}
