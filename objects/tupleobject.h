/* tupleobject.h: tuple (getsizeof 40 + 8 per item: 24-byte header, items inline, GCHead). */
#ifndef TALLY_TUPLEOBJECT_H
#define TALLY_TUPLEOBJECT_H

#include "objects/object.h"

typedef struct TupleObject {
    VarObject ob;
    Object *items[];
} TupleObject;

#define TUPLE_CHECK(o) TYPE_HAS_FLAG(TYPE(o), TPFLAG_TUPLE_SUBCLASS)
#define TUPLE_CHECK_EXACT(o) (TYPE(o) == &tuple_type)
#define TUPLE_ITEMS(o) (((TupleObject *)(o))->items)
#define TUPLE_SIZE(o) SIZE(o)
#define TUPLE_GET(o, i) (TUPLE_ITEMS(o)[i])              /* borrowed */

/* A new tuple of [n] NULL items (fill with tuple_set_item_steal, then it is complete);
 * tuple_new(0) returns the shared empty tuple. GC tracking starts in tuple_new for n > 0. */
Object *tuple_new(ssize_t n);
void tuple_set_item_steal(Object *t, ssize_t i, Object *item);
Object *tuple_pack(ssize_t n, ...);                      /* borrowed args */
Object *tuple_from_array(Object *const *items, ssize_t n);   /* borrowed items */
Object *tuple_from_iterable(Object *iterable);           /* tuple(iterable) */
Object *tuple_slice(Object *t, ssize_t start, ssize_t stop);
void tuple_fini(void);                                   /* releases the empty tuple and free lists */
void tuple_clear_freelists(void);                        /* frees the tuples kept for reuse (gc.collect(2)) */

/* Added by the containers part. */
/* For the collector (CPython's _PyTuple_MaybeUntrack): untracks [t] when no item can be part of
 * a cycle (atoms, untracked tuples). */
void tuple_maybe_untrack(Object *t);

#endif
