/* listobject.h: list (getsizeof 56 + 8 per allocated slot, CPython 3.11's growth pattern). */
#ifndef TALLY_LISTOBJECT_H
#define TALLY_LISTOBJECT_H

#include "objects/object.h"

typedef struct ListObject {
    VarObject ob;          /* size: number of items */
    Object **items;        /* mem_alloc'ed array of `allocated` slots */
    ssize_t allocated;
} ListObject;

#define LIST_CHECK(o) TYPE_HAS_FLAG(TYPE(o), TPFLAG_LIST_SUBCLASS)
#define LIST_CHECK_EXACT(o) (TYPE(o) == &list_type)
#define LIST_ITEMS(o) (((ListObject *)(o))->items)
#define LIST_SIZE(o) SIZE(o)
#define LIST_GET(o, i) (LIST_ITEMS(o)[i])                /* borrowed */

/* A new list of [n] NULL items (fill with list_set_item_steal before it escapes). */
Object *list_new(ssize_t n);
void list_set_item_steal(Object *l, ssize_t i, Object *item);
int list_append(Object *l, Object *item);                /* 0, -1 with MemoryError */
int list_extend(Object *l, Object *iterable);
int list_insert(Object *l, ssize_t where, Object *item);
Object *list_from_iterable(Object *iterable);            /* list(iterable) */
Object *list_as_tuple(Object *l);
Object *list_slice(Object *l, ssize_t start, ssize_t stop);
/* Sorts in place, stable (CPython's result order); key may be NULL. 0 or -1. */
int list_sort(Object *l, Object *key, bool reverse);
int list_reverse(Object *l);

/* Added by the containers part. */
/* operator.length_hint(o, deflt): len(o), else o.__length_hint__(), else [deflt]. -1 with an
 * exception ("__length_hint__() should return >= 0" etc.). */
ssize_t list_length_hint(Object *o, ssize_t deflt);
/* Number of allocated item slots (for tests and sys.getsizeof: 40 + 8 * allocated). */
ssize_t list_allocated(Object *l);
Object *list_reverse_iter_new(Object *l);               /* reversed(l) */

/* The list iterator (exposed for the eval loop's FOR_ITER). */
typedef struct ListIterObject {
    Object ob;
    ssize_t index;
    Object *seq;                /* the list, NULL when exhausted */
} ListIterObject;

extern TypeObject list_iter_type;

/* list_iterator.__next__ inline: new ref, NULL (no exception) when exhausted. */
static inline Object *list_iter_next_inline(Object *self)
{
    ListIterObject *it = (ListIterObject *)self;
    Object *seq = it->seq;
    if (seq == NULL) return NULL;
    if (it->index < SIZE(seq)) {
        Object *item = LIST_ITEMS(seq)[it->index++];
        OBJ_INCREF(item);
        return item;
    }
    it->seq = NULL;
    OBJ_DECREF(seq);
    return NULL;
}

#endif
