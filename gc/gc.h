/* gc.h: the cycle collector's interface: tracking of container objects and collections.
 * The header layout (GCHead) lives in objects/object.h; the algorithm in gc/gc.c. */
#ifndef TALLY_GC_H
#define TALLY_GC_H

#include "objects/object.h"

void gc_track(Object *o);          /* start tracking a fully built container (it must not be tracked) */
void gc_untrack(Object *o);        /* stop tracking; harmless if not tracked */
bool gc_is_tracked(Object *o);

/* Bookkeeping called by obj_alloc/obj_free for GC types (generation 0's count). */
void gc_on_alloc(void);
void gc_on_free(void);

int gc_init(void);
void gc_fini(void);

/* Runs a collection of generations 0..[generation]; returns the number of unreachable objects
 * found, or -1 with an exception set. */
ssize_t gc_collect(int generation);

#endif
