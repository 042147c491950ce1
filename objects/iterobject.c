/* iterobject.c: the built-in iterator types that are not tied to one container: the sequence
 * iterator (for objects with only __getitem__), iter(callable, sentinel), enumerate, zip, map,
 * filter and reversed. Layouts are CPython 3.11's (getsizeof(enumerate([])) == 72 etc.);
 * enumerate, zip and dict items reuse their result tuple when nobody else holds it. */
#include "objects/rangeobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/intobject.h"
#include "objects/containers_internal.h"
#include "gc/alloc.h"
#include "gc/gc.h"
#include <stdint.h>

typedef struct SeqIterObject {
    Object ob;
    ssize_t index;
    Object *seq;               /* NULL when exhausted */
} SeqIterObject;

typedef struct CallIterObject {
    Object ob;
    Object *callable;          /* NULL when exhausted */
    Object *sentinel;
} CallIterObject;

typedef struct EnumObject {
    Object ob;
    ssize_t index;             /* next index while it fits; PTRDIFF_MAX: use longindex */
    Object *sit;               /* the underlying iterator */
    Object *result;            /* a reusable (index, item) tuple */
    Object *longindex;         /* the next index as an int once it no longer fits */
    Object *one;               /* unused (CPython keeps a borrowed 1 here) */
} EnumObject;

typedef struct ZipObject {
    Object ob;
    ssize_t tuplesize;
    Object *ittuple;           /* tuple of iterators */
    Object *result;            /* a reusable tuple of tuplesize items */
    int strict;
} ZipObject;

typedef struct MapObject {
    Object ob;
    Object *iters;             /* tuple of iterators */
    Object *func;
} MapObject;

typedef struct FilterObject {
    Object ob;
    Object *func;              /* None or bool: truth of the items themselves */
    Object *it;
} FilterObject;

typedef struct ReversedObject {
    Object ob;
    ssize_t index;             /* next index to fetch; -1 when exhausted */
    Object *seq;
} ReversedObject;

static Object *self_iter(Object *self)
{
    return obj_newref(self);
}

/* Rebuilds a reused result tuple's tracking: the collector may have untracked it. */
static void retrack(Object *t)
{
    if (!gc_is_tracked(t)) gc_track(t);
}

/* ---- the sequence iterator ---- */

Object *seq_iter_new(Object *seq)
{
    SeqIterObject *it = (SeqIterObject *)obj_alloc(&seq_iter_type, 0);
    if (it == NULL) return NULL;
    it->index = 0;
    it->seq = obj_newref(seq);
    gc_track((Object *)it);
    return (Object *)it;
}

static void seqiter_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(((SeqIterObject *)self)->seq);
    obj_free(self);
}

static int seqiter_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((SeqIterObject *)self)->seq);
    return 0;
}

static int seqiter_clear(Object *self)
{
    OBJ_CLEAR(((SeqIterObject *)self)->seq);
    return 0;
}

static Object *seqiter_next(Object *self)
{
    SeqIterObject *it = (SeqIterObject *)self;
    Object *seq = it->seq;
    if (seq == NULL) return NULL;
    if (it->index == PTRDIFF_MAX) return exc_set_string(Exc_OverflowError, "iter index too large");
    Object *index = int_from_ssize(it->index);
    if (index == NULL) return NULL;
    Object *result = obj_getitem(seq, index);
    OBJ_DECREF(index);
    if (result != NULL) {
        it->index++;
        return result;
    }
    if (exc_matches(Exc_IndexError) || exc_matches(Exc_StopIteration)) {
        exc_clear();
        it->seq = NULL;
        OBJ_DECREF(seq);
    }
    return NULL;
}

static Object *seqiter_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                   Object *kwnames)
{
    UNUSED(args);
    if (no_args("iterator.__length_hint__", nargs, kwnames) < 0) return NULL;
    SeqIterObject *it = (SeqIterObject *)self;
    if (it->seq != NULL) {
        if (TYPE(it->seq)->len == NULL) RETURN_NOTIMPL;
        ssize_t seqsize = obj_len(it->seq);
        if (seqsize == -1) return NULL;
        ssize_t len = seqsize - it->index;
        if (len >= 0) return int_from_ssize(len);
    }
    return int_from_long(0);
}

static MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject seq_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "iterator",
    .basicsize = sizeof(SeqIterObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
    .base = &object_type,
};

/* ---- iter(callable, sentinel) ---- */

Object *callable_iter_new(Object *callable, Object *sentinel)
{
    if (!obj_is_callable(callable))
        return exc_set_string(Exc_TypeError, "iter(v, w): v must be callable");
    CallIterObject *it = (CallIterObject *)obj_alloc(&callable_iter_type, 0);
    if (it == NULL) return NULL;
    it->callable = obj_newref(callable);
    it->sentinel = obj_newref(sentinel);
    gc_track((Object *)it);
    return (Object *)it;
}

static void calliter_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(((CallIterObject *)self)->callable);
    OBJ_XDECREF(((CallIterObject *)self)->sentinel);
    obj_free(self);
}

static int calliter_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((CallIterObject *)self)->callable);
    VISIT(((CallIterObject *)self)->sentinel);
    return 0;
}

static int calliter_clear(Object *self)
{
    OBJ_CLEAR(((CallIterObject *)self)->callable);
    OBJ_CLEAR(((CallIterObject *)self)->sentinel);
    return 0;
}

static Object *calliter_next(Object *self)
{
    CallIterObject *it = (CallIterObject *)self;
    if (it->callable == NULL) return NULL;
    Object *result = obj_call_noargs(it->callable);
    if (result != NULL) {
        int ok = obj_richcompare_bool(it->sentinel, result, RICH_EQ);
        if (ok == 0) return result;
        if (ok > 0) {
            OBJ_CLEAR(it->callable);
            OBJ_CLEAR(it->sentinel);
        }
    } else if (exc_matches(Exc_StopIteration)) {
        exc_clear();
        OBJ_CLEAR(it->callable);
        OBJ_CLEAR(it->sentinel);
    }
    OBJ_XDECREF(result);
    return NULL;
}

TypeObject callable_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = calliter_next,
    .base = &object_type,
};

/* ---- enumerate ---- */

static bool kw_is(Object *kwnames, ssize_t i, const char *name)
{
    if (str_eq_cstr(TUPLE_ITEMS(kwnames)[i], name)) return true;
    exc_format(Exc_TypeError, "'%S' is an invalid keyword argument for enumerate()",
               TUPLE_ITEMS(kwnames)[i]);
    return false;
}

static Object *enum_new_impl(TypeObject *type, Object *iterable, Object *start)
{
    EnumObject *en = (EnumObject *)obj_alloc(type, 0);
    if (en == NULL) return NULL;
    if (start != NULL) {
        start = obj_index(start);
        if (start == NULL) goto fail;
        int overflow;
        long v = int_as_long(start, &overflow);
        if (overflow) {
            en->index = PTRDIFF_MAX;
            en->longindex = start;
        } else {
            en->index = v;
            OBJ_DECREF(start);
        }
    }
    en->sit = obj_get_iter(iterable);
    if (en->sit == NULL) goto fail;
    en->result = tuple_pack(2, NONE, NONE);
    if (en->result == NULL) goto fail;
    gc_track((Object *)en);
    return (Object *)en;
fail:
    OBJ_DECREF(en);
    return NULL;
}

static Object *enum_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t nkw = kwnames != NULL ? TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw == 2) {
        if (nkw == 1) {
            if (!kw_is(kwnames, 0, "start")) return NULL;
        } else if (nkw == 2) {
            if (str_eq_cstr(TUPLE_ITEMS(kwnames)[0], "start")) {
                if (!kw_is(kwnames, 1, "iterable")) return NULL;
                return enum_new_impl(type, args[1], args[0]);
            }
            if (!kw_is(kwnames, 0, "iterable") || !kw_is(kwnames, 1, "start")) return NULL;
        }
        return enum_new_impl(type, args[0], args[1]);
    }
    if (nargs + nkw == 1) {
        if (nkw == 1 && !kw_is(kwnames, 0, "iterable")) return NULL;
        return enum_new_impl(type, args[0], NULL);
    }
    if (nargs == 0)
        return exc_set_string(Exc_TypeError, "enumerate() missing required argument 'iterable'");
    return exc_format(Exc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                      nargs + nkw);
}

static void enum_dealloc(Object *self)
{
    gc_untrack(self);
    EnumObject *en = (EnumObject *)self;
    OBJ_XDECREF(en->sit);
    OBJ_XDECREF(en->result);
    OBJ_XDECREF(en->longindex);
    obj_free(self);
}

static int enum_traverse(Object *self, visitproc visit, void *arg)
{
    EnumObject *en = (EnumObject *)self;
    VISIT(en->sit);
    VISIT(en->result);
    VISIT(en->longindex);
    return 0;
}

static int enum_clear(Object *self)
{
    EnumObject *en = (EnumObject *)self;
    OBJ_CLEAR(en->sit);
    OBJ_CLEAR(en->result);
    OBJ_CLEAR(en->longindex);
    return 0;
}

/* (index, item) in the reused result tuple when possible; steals both. */
static Object *pair_result(Object **result_slot, Object *index, Object *item)
{
    Object *result = *result_slot;
    if (result != NULL && REFCNT(result) == 1) {
        OBJ_INCREF(result);
        Object *old_index = TUPLE_ITEMS(result)[0], *old_item = TUPLE_ITEMS(result)[1];
        TUPLE_ITEMS(result)[0] = index;
        TUPLE_ITEMS(result)[1] = item;
        OBJ_DECREF(old_index);
        OBJ_DECREF(old_item);
        retrack(result);
        return result;
    }
    result = tuple_new(2);
    if (result == NULL) {
        OBJ_DECREF(index);
        OBJ_DECREF(item);
        return NULL;
    }
    TUPLE_ITEMS(result)[0] = index;
    TUPLE_ITEMS(result)[1] = item;
    return result;
}

static Object *enum_next(Object *self)
{
    EnumObject *en = (EnumObject *)self;
    if (en->sit == NULL) return NULL;
    Object *next_item = obj_iter_next(en->sit);
    if (next_item == NULL) return NULL;
    Object *next_index;
    if (en->index == PTRDIFF_MAX) {
        if (en->longindex == NULL) {
            en->longindex = int_from_ssize(PTRDIFF_MAX);
            if (en->longindex == NULL) goto fail;
        }
        Object *one = int_from_long(1);
        if (one == NULL) goto fail;
        Object *stepped_up = obj_binary_op(en->longindex, one, NB_ADD);
        OBJ_DECREF(one);
        if (stepped_up == NULL) goto fail;
        next_index = en->longindex;
        en->longindex = stepped_up;
    } else {
        next_index = int_from_ssize_fast(en->index);
        if (next_index == NULL) goto fail;
        en->index++;
    }
    return pair_result(&en->result, next_index, next_item);
fail:
    OBJ_DECREF(next_item);
    return NULL;
}

TypeObject enumerate_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "enumerate",
    .basicsize = sizeof(EnumObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "Return an enumerate object.\n\n"
           "  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n\n"
           "enumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .dealloc = enum_dealloc,
    .traverse = enum_traverse,
    .clear = enum_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = enum_next,
    .tp_new = enum_tp_new,
    .base = &object_type,
};

/* ---- zip ---- */

static Object *zip_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    int strict = 0;
    ssize_t nkw = kwnames != NULL ? TUPLE_SIZE(kwnames) : 0;
    if (nkw > 1)
        return exc_format(Exc_TypeError, "zip() takes at most 1 keyword argument (%zd given)", nkw);
    if (nkw == 1) {
        Object *name = TUPLE_ITEMS(kwnames)[0];
        if (!str_eq_cstr(name, "strict"))
            return exc_format(Exc_TypeError, "'%S' is an invalid keyword argument for zip()", name);
        strict = obj_is_true(args[nargs]);
        if (strict < 0) return NULL;
    }
    Object *ittuple = tuple_new(nargs);
    if (ittuple == NULL) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        Object *it = obj_get_iter(args[i]);
        if (it == NULL) {
            OBJ_DECREF(ittuple);
            return NULL;
        }
        tuple_set_item_steal(ittuple, i, it);
    }
    Object *result = tuple_new(nargs);
    if (result == NULL) {
        OBJ_DECREF(ittuple);
        return NULL;
    }
    for (ssize_t i = 0; i < nargs; i++) tuple_set_item_steal(result, i, obj_newref(NONE));
    ZipObject *lz = (ZipObject *)obj_alloc(type, 0);
    if (lz == NULL) {
        OBJ_DECREF(ittuple);
        OBJ_DECREF(result);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->tuplesize = nargs;
    lz->result = result;
    lz->strict = strict;
    gc_track((Object *)lz);
    return (Object *)lz;
}

static void zip_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(((ZipObject *)self)->ittuple);
    OBJ_XDECREF(((ZipObject *)self)->result);
    obj_free(self);
}

static int zip_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((ZipObject *)self)->ittuple);
    VISIT(((ZipObject *)self)->result);
    return 0;
}

static int zip_clear(Object *self)
{
    OBJ_CLEAR(((ZipObject *)self)->ittuple);
    OBJ_CLEAR(((ZipObject *)self)->result);
    return 0;
}

/* zip(strict=True) found iterator i exhausted: check the lengths agree. */
static Object *zip_strict_check(ZipObject *lz, ssize_t i)
{
    if (exc_occurred()) return NULL;        /* obj_iter_next raised something else */
    if (i) {
        const char *plural = i == 1 ? " " : "s 1-";
        return exc_format(Exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                          i + 1, plural, i);
    }
    for (i = 1; i < lz->tuplesize; i++) {
        Object *item = obj_iter_next(TUPLE_ITEMS(lz->ittuple)[i]);
        if (item != NULL) {
            OBJ_DECREF(item);
            const char *plural = i == 1 ? " " : "s 1-";
            return exc_format(Exc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                              i + 1, plural, i);
        }
        if (exc_occurred()) return NULL;
    }
    return NULL;
}

static Object *zip_next(Object *self)
{
    ZipObject *lz = (ZipObject *)self;
    ssize_t tuplesize = lz->tuplesize;
    if (tuplesize == 0 || lz->ittuple == NULL) return NULL;
    Object *result = lz->result;
    if (REFCNT(result) == 1) {
        OBJ_INCREF(result);
        for (ssize_t i = 0; i < tuplesize; i++) {
            Object *item = obj_iter_next(TUPLE_ITEMS(lz->ittuple)[i]);
            if (item == NULL) {
                OBJ_DECREF(result);
                return lz->strict ? zip_strict_check(lz, i) : NULL;
            }
            Object *olditem = TUPLE_ITEMS(result)[i];
            TUPLE_ITEMS(result)[i] = item;
            OBJ_DECREF(olditem);
        }
        retrack(result);
        return result;
    }
    result = tuple_new(tuplesize);
    if (result == NULL) return NULL;
    for (ssize_t i = 0; i < tuplesize; i++) {
        Object *item = obj_iter_next(TUPLE_ITEMS(lz->ittuple)[i]);
        if (item == NULL) {
            OBJ_DECREF(result);
            return lz->strict ? zip_strict_check(lz, i) : NULL;
        }
        TUPLE_ITEMS(result)[i] = item;
    }
    return result;
}

TypeObject zip_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "zip",
    .basicsize = sizeof(ZipObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
           "   >>> list(zip('abcdefg', range(3), range(4)))\n"
           "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
           "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = zip_next,
    .tp_new = zip_tp_new,
    .base = &object_type,
};

/* ---- map ---- */

static Object *map_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &map_type && no_kwargs("map", kwnames) < 0) return NULL;
    if (nargs < 2) return exc_set_string(Exc_TypeError, "map() must have at least two arguments.");
    Object *iters = tuple_new(nargs - 1);
    if (iters == NULL) return NULL;
    for (ssize_t i = 1; i < nargs; i++) {
        Object *it = obj_get_iter(args[i]);
        if (it == NULL) {
            OBJ_DECREF(iters);
            return NULL;
        }
        tuple_set_item_steal(iters, i - 1, it);
    }
    MapObject *lz = (MapObject *)obj_alloc(type, 0);
    if (lz == NULL) {
        OBJ_DECREF(iters);
        return NULL;
    }
    lz->iters = iters;
    lz->func = obj_newref(args[0]);
    gc_track((Object *)lz);
    return (Object *)lz;
}

static void map_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(((MapObject *)self)->iters);
    OBJ_XDECREF(((MapObject *)self)->func);
    obj_free(self);
}

static int map_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((MapObject *)self)->iters);
    VISIT(((MapObject *)self)->func);
    return 0;
}

static int map_clear(Object *self)
{
    OBJ_CLEAR(((MapObject *)self)->iters);
    OBJ_CLEAR(((MapObject *)self)->func);
    return 0;
}

static Object *map_next(Object *self)
{
    MapObject *lz = (MapObject *)self;
    if (lz->iters == NULL) return NULL;
    Object *small_stack[8];
    Object **stack = small_stack;
    ssize_t niters = TUPLE_SIZE(lz->iters), nargs = 0;
    Object *result = NULL;
    if (niters > (ssize_t)(sizeof(small_stack) / sizeof(small_stack[0]))) {
        stack = mem_alloc((size_t)niters * sizeof(Object *));
        if (stack == NULL) return exc_no_memory();
    }
    for (ssize_t i = 0; i < niters; i++) {
        Object *val = obj_iter_next(TUPLE_ITEMS(lz->iters)[i]);
        if (val == NULL) goto exit;
        stack[nargs++] = val;
    }
    result = obj_call(lz->func, stack, nargs, NULL);
exit:
    for (ssize_t i = 0; i < nargs; i++) OBJ_DECREF(stack[i]);
    if (stack != small_stack) mem_free(stack);
    return result;
}

TypeObject map_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "map",
    .basicsize = sizeof(MapObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "map(func, *iterables) --> map object\n\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .clear = map_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = map_next,
    .tp_new = map_tp_new,
    .base = &object_type,
};

/* ---- filter ---- */

static Object *filter_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &filter_type && no_kwargs("filter", kwnames) < 0) return NULL;
    if (npos_args("filter", nargs, 2, 2) < 0) return NULL;
    Object *it = obj_get_iter(args[1]);
    if (it == NULL) return NULL;
    FilterObject *lz = (FilterObject *)obj_alloc(type, 0);
    if (lz == NULL) {
        OBJ_DECREF(it);
        return NULL;
    }
    lz->func = obj_newref(args[0]);
    lz->it = it;
    gc_track((Object *)lz);
    return (Object *)lz;
}

static void filter_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(((FilterObject *)self)->func);
    OBJ_XDECREF(((FilterObject *)self)->it);
    obj_free(self);
}

static int filter_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((FilterObject *)self)->it);
    VISIT(((FilterObject *)self)->func);
    return 0;
}

static int filter_clear(Object *self)
{
    OBJ_CLEAR(((FilterObject *)self)->func);
    OBJ_CLEAR(((FilterObject *)self)->it);
    return 0;
}

static Object *filter_next(Object *self)
{
    FilterObject *lz = (FilterObject *)self;
    if (lz->it == NULL) return NULL;
    for (;;) {
        Object *item = obj_iter_next(lz->it);
        if (item == NULL) return NULL;
        int ok;
        if (lz->func == NONE || lz->func == (Object *)&bool_type) {
            ok = obj_is_true(item);
        } else {
            Object *good = obj_call_one(lz->func, item);
            if (good == NULL) {
                OBJ_DECREF(item);
                return NULL;
            }
            ok = obj_is_true(good);
            OBJ_DECREF(good);
        }
        if (ok > 0) return item;
        OBJ_DECREF(item);
        if (ok < 0) return NULL;
    }
}

TypeObject filter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "filter",
    .basicsize = sizeof(FilterObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "filter(function or None, iterable) --> filter object\n\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = filter_next,
    .tp_new = filter_tp_new,
    .base = &object_type,
};

/* ---- reversed ---- */

static Object *reversed_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &reversed_type && no_kwargs("reversed", kwnames) < 0) return NULL;
    if (npos_args("reversed", nargs, 1, 1) < 0) return NULL;
    Object *seq = args[0];
    /* fast paths for the built-in types with __reversed__ */
    if (type == &reversed_type) {
        if (LIST_CHECK_EXACT(seq)) return list_reverse_iter_new(seq);
        if (DICT_CHECK_EXACT(seq)) return dict_iter_new(seq, &dict_reverse_key_iter_type);
    }
    Object *reversed_meth = lookup_special(seq, "__reversed__");
    if (reversed_meth == NONE) {
        OBJ_DECREF(reversed_meth);
        return exc_format(Exc_TypeError, "'%s' object is not reversible", TYPE(seq)->name);
    }
    if (reversed_meth != NULL) {
        Object *res = obj_call_noargs(reversed_meth);
        OBJ_DECREF(reversed_meth);
        return res;
    }
    if (exc_occurred()) return NULL;
    /* a sequence: len() and __getitem__, not a mapping */
    if (TYPE(seq)->getitem == NULL || DICT_CHECK(seq))
        return exc_format(Exc_TypeError, "'%s' object is not reversible", TYPE(seq)->name);
    ssize_t n = obj_len(seq);
    if (n == -1) return NULL;
    ReversedObject *ro = (ReversedObject *)obj_alloc(type, 0);
    if (ro == NULL) return NULL;
    ro->index = n - 1;
    ro->seq = obj_newref(seq);
    gc_track((Object *)ro);
    return (Object *)ro;
}

static void reversed_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(((ReversedObject *)self)->seq);
    obj_free(self);
}

static int reversed_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((ReversedObject *)self)->seq);
    return 0;
}

static int reversed_clear(Object *self)
{
    OBJ_CLEAR(((ReversedObject *)self)->seq);
    return 0;
}

static Object *reversed_next(Object *self)
{
    ReversedObject *ro = (ReversedObject *)self;
    ssize_t index = ro->index;
    if (index >= 0) {
        Object *i = int_from_ssize(index);
        if (i == NULL) return NULL;
        Object *item = obj_getitem(ro->seq, i);
        OBJ_DECREF(i);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (exc_matches(Exc_IndexError) || exc_matches(Exc_StopIteration)) exc_clear();
        else return NULL;
    }
    ro->index = -1;
    OBJ_CLEAR(ro->seq);
    return NULL;
}

static Object *reversed_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                    Object *kwnames)
{
    UNUSED(args);
    if (no_args("reversed.__length_hint__", nargs, kwnames) < 0) return NULL;
    ReversedObject *ro = (ReversedObject *)self;
    if (ro->seq == NULL) return int_from_long(0);
    ssize_t seqsize = obj_len(ro->seq);
    if (seqsize == -1) return NULL;
    ssize_t position = ro->index + 1;
    return int_from_ssize(seqsize < position ? 0 : position);
}

static MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject reversed_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "reversed",
    .basicsize = sizeof(ReversedObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .clear = reversed_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = reversed_next,
    .tp_new = reversed_tp_new,
    .methods = reversed_methods,
    .base = &object_type,
};
