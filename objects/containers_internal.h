/* containers_internal.h: small helpers shared by the container and iterator files (list, tuple,
 * dict, range, slice, iterators). Private to objects/; nothing here is part of the object API.
 * Argument checks with CPython's exact messages for METH_O / METH_NOARGS style methods, and the
 * "<name object at 0x...>" repr of iterators. */
#ifndef TALLY_CONTAINERS_INTERNAL_H
#define TALLY_CONTAINERS_INTERNAL_H

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "vm/errors.h"
#include <stdio.h>

/* "list.append() takes no keyword arguments" when [kwnames] is a non-empty tuple. */
static inline int no_kwargs(const char *qualname, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    return 0;
}

/* A METH_O method: exactly one positional argument, no keywords. */
static inline int one_arg(const char *qualname, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs(qualname, kwnames) < 0) return -1;
    if (nargs != 1) {
        exc_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", qualname, nargs);
        return -1;
    }
    return 0;
}

/* A METH_NOARGS method: no arguments at all. */
static inline int no_args(const char *qualname, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs(qualname, kwnames) < 0) return -1;
    if (nargs != 0) {
        exc_format(Exc_TypeError, "%s() takes no arguments (%zd given)", qualname, nargs);
        return -1;
    }
    return 0;
}

/* Argument Clinic's positional check: "insert expected 2 arguments, got 1". */
static inline int npos_args(const char *name, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min) {
        exc_format(Exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        exc_format(Exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* The default repr of iterators: "<list_iterator object at 0x7f...>". */
static inline Object *addr_repr(Object *o)
{
    char buf[160];
    snprintf(buf, sizeof buf, "<%s object at %p>", TYPE(o)->name, (void *)o);
    return str_from_cstr(buf);
}

/* Free lists (CPython's for tuple and slice): a GC object kept by its type after its last
 * reference went away is handed out again as obj_alloc would make it (refcount 1, not tracked,
 * not finalized), without the allocator. The caller resets the fields and keeps generation 0's
 * count as obj_alloc/obj_free would (gc_on_alloc/gc_on_free). */
static inline void freelist_revive(Object *o)
{
    AS_GC(o)->next = 0;
    AS_GC(o)->prev = 0;
    o->refcnt = 1;
    REF_TOTAL_INC();
}

/* Index argument of a sequence subscript: true when [o] can be used as an integer index. */
static inline bool is_index(Object *o)
{
    return TYPE(o)->nb_index != NULL || TYPE_HAS_FLAG(TYPE(o), TPFLAG_INT_SUBCLASS);
}

/* CPython's _PyObject_LookupSpecial: finds [name] on type(o) (not the instance) and binds it.
 * Returns a new reference, NULL without an exception when absent, NULL with one on error. */
static inline Object *lookup_special(Object *o, const char *name)
{
    Object *n = str_intern_cstr(name);
    if (n == NULL) return NULL;
    Object *f = type_lookup_borrow(TYPE(o), n);
    OBJ_DECREF(n);
    if (f == NULL) return NULL;
    descrgetfunc get = TYPE(f)->descr_get;
    if (get == NULL) return obj_newref(f);
    return get(f, o, (Object *)TYPE(o));
}

/* The trashcan (CPython's Py_TRASHCAN_BEGIN/END): deallocating a deeply nested container
 * (l = [l] a million times) would recurse once per level and overflow the C stack. Past a depth
 * of TRASH_UNWIND_LEVEL, list_trash_begin defers the object (chained through its GCHead, which
 * is free once untracked) and returns false; the outermost list_trash_end frees the deferred ones
 * iteratively; the collector's flag bits in the GCHead stay. Used by the list, tuple, dict and set
 * deallocators for their exact types and by subtype_dealloc (instances of classes). */
#define TRASH_UNWIND_LEVEL 50
bool list_trash_begin(Object *op);
/* Frees the block kept by slice's one-object cache, and keeps no more (called by tuple_fini
 * at shutdown). */
void slice_fini_cache(void);
void list_trash_end(void);

#endif
