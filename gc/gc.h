/* gc.h: the cycle collector's interface: tracking of container objects and collections.
 * The header layout (GCHead) lives in objects/object.h; the algorithm in gc/gc.c. */
#ifndef TALLY_GC_H
#define TALLY_GC_H

#include "objects/object.h"

#define NUM_GENERATIONS 3

typedef struct Generation {
    GCHead head;           /* circular list of the generation's objects */
    int threshold;
    int count;             /* gen 0: allocations minus deallocations; gen n: collections of n-1 */
} Generation;

typedef struct GCStats {
    ssize_t collections, collected, uncollectable;
} GCStats;

/* The collector's state, read by the gc module (stdlib/mod_gc.c). */
typedef struct GCState {
    Generation generations[NUM_GENERATIONS];
    GCStats stats[NUM_GENERATIONS];
    bool enabled;              /* gc.enable()/disable(): automatic collections */
    bool allow_automatic;      /* false until start-up completes and during shutdown */
    bool collecting;
    ssize_t long_lived_total, long_lived_pending;
    bool debug_saveall;        /* DEBUG_SAVEALL: unreachable objects go to gc.garbage */
    void (*save_garbage)(Object *o);     /* DEBUG_SAVEALL: appends to gc.garbage */
    /* gc.callbacks and DEBUG_STATS: called before (phase 0) and after (phase 1) a collection */
    void (*on_collect)(int phase, int generation, ssize_t collected, ssize_t uncollectable);
    /* DEBUG_COLLECTABLE: called for each unreachable object found (only while on_collect is set) */
    void (*on_unreachable)(Object *o);
    Generation permanent;      /* gc.freeze(): objects that collections ignore */
} GCState;

extern GCState gc_state;

void gc_track(Object *o);          /* start tracking a fully built container (it must not be tracked) */
void gc_untrack(Object *o);        /* stop tracking; harmless if not tracked */
bool gc_is_tracked(Object *o);

/* Bookkeeping called by obj_alloc/obj_free for GC types (generation 0's count). */
void gc_on_alloc(void);
void gc_on_free(void);
/* Adjusts the generation-0 count without collecting: an instance's owned __dict__ (as CPython
 * 3.11's inline values) is no allocation of its own for the collector's counts. */
void gc_count_add(int n);

bool gc_is_finalized(Object *o);  /* PEP 442: has its finalizer run? */
void gc_set_finalized(Object *o);
/* Runs the collections whose thresholds are exceeded (called on allocation). */
void gc_collect_generations(void);
ssize_t gc_generation_size(int generation);
/* Calls fn on every object of [generation] until fn returns non-zero (which is returned). */
int gc_visit_generation(int generation, int (*fn)(Object *o, void *arg), void *arg);

/* gc.freeze(): moves every tracked object to the permanent generation, which collections ignore;
 * gc.unfreeze() moves them back into the oldest generation. The final collections at shutdown
 * (allow_automatic false) unfreeze first. */
void gc_freeze(void);
void gc_unfreeze(void);
ssize_t gc_freeze_count(void);

int gc_init(void);
void gc_fini(void);

/* Runs a collection of generations 0..[generation]; returns the number of unreachable objects
 * found, or -1 with an exception set. */
ssize_t gc_collect(int generation);

#endif
