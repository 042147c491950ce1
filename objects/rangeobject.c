/* rangeobject.c: range (start, stop, step and the precomputed length, all ints of any size;
 * getsizeof 48, not GC-tracked) and its iterators: range_iterator runs on C longs when every
 * value fits, longrange_iterator on int objects otherwise (CPython 3.11's split). Membership of
 * an int is computed arithmetically; slicing a range gives a range. */
#include "objects/rangeobject.h"
#include "objects/tupleobject.h"
#include "objects/intobject.h"
#include "objects/typeobject.h"
#include "objects/containers_internal.h"
#include <limits.h>
#include <stddef.h>

#define RANGE(o) ((RangeObject *)(o))


typedef struct LongRangeIterObject {
    Object ob;
    Object *index, *start, *step, *len;
} LongRangeIterObject;

/* The value of an int as a C long; false when it does not fit. */
static bool long_of(Object *o, long *out)
{
    if (INT_IS_COMPACT(o)) {
        *out = INT_COMPACT_VALUE(o);
        return true;
    }
    int overflow;
    long v = int_as_long(o, &overflow);
    if (overflow) return false;
    *out = v;
    return true;
}

/* Number of items in range(lo, hi, step), step != 0; always fits an unsigned long. */
static unsigned long get_len_of_range(long lo, long hi, long step)
{
    if (step > 0 && lo < hi) return 1UL + ((unsigned long)hi - 1UL - (unsigned long)lo) / (unsigned long)step;
    if (step < 0 && lo > hi)
        return 1UL + ((unsigned long)lo - 1UL - (unsigned long)hi) / (0UL - (unsigned long)step);
    return 0UL;
}

/* len(range(start, stop, step)) as an int object. */
static Object *compute_range_length(Object *start, Object *stop, Object *step)
{
    long lstart, lstop, lstep;
    if (long_of(start, &lstart) && long_of(stop, &lstop) && long_of(step, &lstep)) {
        unsigned long len = get_len_of_range(lstart, lstop, lstep);
        return int_from_u64((uint64_t)len);
    }
    Object *lo, *hi, *result = NULL, *tmp1 = NULL, *diff = NULL, *tmp2 = NULL, *one = NULL;
    if (int_sign(step) > 0) {
        lo = start;
        hi = stop;
        OBJ_INCREF(step);
    } else {
        lo = stop;
        hi = start;
        step = obj_negative(step);
        if (step == NULL) return NULL;
    }
    if (int_compare(lo, hi) >= 0) {
        OBJ_DECREF(step);
        return int_from_long(0);
    }
    one = int_from_long(1);
    if (one == NULL) goto done;
    if ((tmp1 = obj_binary_op(hi, lo, NB_SUBTRACT)) == NULL) goto done;
    if ((diff = obj_binary_op(tmp1, one, NB_SUBTRACT)) == NULL) goto done;
    if ((tmp2 = obj_binary_op(diff, step, NB_FLOOR_DIVIDE)) == NULL) goto done;
    result = obj_binary_op(tmp2, one, NB_ADD);
done:
    OBJ_DECREF(step);
    OBJ_XDECREF(one);
    OBJ_XDECREF(tmp1);
    OBJ_XDECREF(diff);
    OBJ_XDECREF(tmp2);
    return result;
}

/* A range from three ints (all stolen, even on failure). */
static Object *make_range_object(Object *start, Object *stop, Object *step)
{
    Object *length = compute_range_length(start, stop, step);
    RangeObject *r = length != NULL ? (RangeObject *)obj_alloc(&range_type, 0) : NULL;
    if (r == NULL) {
        OBJ_XDECREF(length);
        OBJ_DECREF(start);
        OBJ_DECREF(stop);
        OBJ_DECREF(step);
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return (Object *)r;
}

/* step as an int; ValueError for zero. NULL means 1. */
static Object *validate_step(Object *step)
{
    if (step == NULL) return int_from_long(1);
    step = obj_index(step);
    if (step != NULL && int_sign(step) == 0) {
        exc_set_string(Exc_ValueError, "range() arg 3 must not be zero");
        OBJ_CLEAR(step);
    }
    return step;
}

Object *range_new(Object *start, Object *stop, Object *step)
{
    Object *istart = start != NULL ? obj_index(start) : int_from_long(0);
    if (istart == NULL) return NULL;
    Object *istop = obj_index(stop);
    if (istop == NULL) {
        OBJ_DECREF(istart);
        return NULL;
    }
    Object *istep = validate_step(step);
    if (istep == NULL) {
        OBJ_DECREF(istart);
        OBJ_DECREF(istop);
        return NULL;
    }
    return make_range_object(istart, istop, istep);
}

ssize_t range_length(Object *r)
{
    return int_as_ssize(RANGE(r)->length);
}

/* start + i * step, i an int. */
static Object *compute_item(RangeObject *r, Object *i)
{
    long lstart, lstep, li;
    if (long_of(r->start, &lstart) && long_of(r->step, &lstep) && long_of(i, &li)) {
        long prod, sum;
        if (!__builtin_mul_overflow(li, lstep, &prod) && !__builtin_add_overflow(lstart, prod, &sum))
            return int_from_long(sum);
    }
    Object *incr = obj_binary_op(i, r->step, NB_MULTIPLY);
    if (incr == NULL) return NULL;
    Object *result = obj_binary_op(r->start, incr, NB_ADD);
    OBJ_DECREF(incr);
    return result;
}

/* r[i] for an int i, negative indices counting from the end. */
static Object *compute_range_item(RangeObject *r, Object *arg)
{
    Object *i;
    if (int_sign(arg) < 0) {
        i = obj_binary_op(r->length, arg, NB_ADD);
        if (i == NULL) return NULL;
    } else {
        i = obj_newref(arg);
    }
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
        OBJ_DECREF(i);
        return exc_set_string(Exc_IndexError, "range object index out of range");
    }
    Object *result = compute_item(r, i);
    OBJ_DECREF(i);
    return result;
}

static Object *compute_slice(RangeObject *r, Object *slice)
{
    Object *start, *stop, *step;
    if (slice_get_long_indices(slice, r->length, &start, &stop, &step) < 0) return NULL;
    Object *substep = NULL, *substart = NULL, *substop = NULL;
    substep = obj_binary_op(r->step, step, NB_MULTIPLY);
    if (substep == NULL) goto fail;
    substart = compute_item(r, start);
    if (substart == NULL) goto fail;
    substop = compute_item(r, stop);
    if (substop == NULL) goto fail;
    OBJ_DECREF(start);
    OBJ_DECREF(stop);
    OBJ_DECREF(step);
    return make_range_object(substart, substop, substep);
fail:
    OBJ_DECREF(start);
    OBJ_DECREF(stop);
    OBJ_DECREF(step);
    OBJ_XDECREF(substep);
    OBJ_XDECREF(substart);
    return NULL;
}

/* Is the int [ob] one of the range's values? 1/0/-1. */
static int range_contains_long(RangeObject *r, Object *ob)
{
    long lstart, lstop, lstep, v;
    if (long_of(r->start, &lstart) && long_of(r->stop, &lstop) && long_of(r->step, &lstep) &&
        long_of(ob, &v)) {
        if (lstep > 0 ? !(lstart <= v && v < lstop) : !(lstop < v && v <= lstart)) return 0;
        unsigned long diff = lstep > 0 ? (unsigned long)v - (unsigned long)lstart
                                       : (unsigned long)lstart - (unsigned long)v;
        unsigned long ustep = lstep > 0 ? (unsigned long)lstep : 0UL - (unsigned long)lstep;
        return diff % ustep == 0;
    }
    int in;
    if (int_sign(r->step) > 0)
        in = int_compare(r->start, ob) <= 0 && int_compare(ob, r->stop) < 0;
    else
        in = int_compare(ob, r->start) <= 0 && int_compare(r->stop, ob) < 0;
    if (!in) return 0;
    Object *tmp1 = obj_binary_op(ob, r->start, NB_SUBTRACT);
    if (tmp1 == NULL) return -1;
    Object *tmp2 = obj_binary_op(tmp1, r->step, NB_REMAINDER);
    OBJ_DECREF(tmp1);
    if (tmp2 == NULL) return -1;
    int result = int_sign(tmp2) == 0;
    OBJ_DECREF(tmp2);
    return result;
}

enum { SEARCH_COUNT, SEARCH_INDEX, SEARCH_CONTAINS };

/* CPython's _PySequence_IterSearch over the range's values. */
static ssize_t iter_search(Object *seq, Object *obj, int operation)
{
    Object *it = obj_get_iter(seq);
    if (it == NULL) return -1;
    ssize_t n = 0;
    for (;;) {
        Object *item = obj_iter_next(it);
        if (item == NULL) {
            if (exc_occurred()) goto fail;
            break;
        }
        int cmp = obj_richcompare_bool(item, obj, RICH_EQ);
        OBJ_DECREF(item);
        if (cmp < 0) goto fail;
        if (cmp > 0) {
            if (operation == SEARCH_COUNT) {
                n++;
                continue;
            }
            if (operation == SEARCH_CONTAINS) n = 1;
            OBJ_DECREF(it);
            return n;
        }
        if (operation == SEARCH_INDEX) n++;
    }
    OBJ_DECREF(it);
    if (operation == SEARCH_INDEX) {
        exc_set_string(Exc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return operation == SEARCH_COUNT ? n : 0;
fail:
    OBJ_DECREF(it);
    return -1;
}

/* ---- slots ---- */

static void range_dealloc(Object *self)
{
    RangeObject *r = RANGE(self);
    OBJ_DECREF(r->start);
    OBJ_DECREF(r->stop);
    OBJ_DECREF(r->step);
    OBJ_DECREF(r->length);
    obj_free(self);
}

static Object *range_repr(Object *self)
{
    RangeObject *r = RANGE(self);
    long step;
    if (long_of(r->step, &step) && step == 1)
        return str_from_format("range(%R, %R)", r->start, r->stop);
    return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static hash_t range_hash(Object *self)
{
    RangeObject *r = RANGE(self);
    Object *t = tuple_new(3);
    if (t == NULL) return -1;
    tuple_set_item_steal(t, 0, obj_newref(r->length));
    if (int_sign(r->length) == 0) {
        tuple_set_item_steal(t, 1, obj_newref(NONE));
        tuple_set_item_steal(t, 2, obj_newref(NONE));
    } else {
        tuple_set_item_steal(t, 1, obj_newref(r->start));
        long len;
        bool one = long_of(r->length, &len) && len == 1;
        tuple_set_item_steal(t, 2, obj_newref(one ? NONE : r->step));
    }
    hash_t h = obj_hash(t);
    OBJ_DECREF(t);
    return h;
}

static int range_equals(RangeObject *r0, RangeObject *r1)
{
    if (r0 == r1) return 1;
    if (int_compare(r0->length, r1->length) != 0) return 0;
    if (int_sign(r0->length) == 0) return 1;
    if (int_compare(r0->start, r1->start) != 0) return 0;
    long len;
    if (long_of(r0->length, &len) && len == 1) return 1;
    return int_compare(r0->step, r1->step) == 0;
}

static Object *range_richcompare(Object *self, Object *other, int op)
{
    if (TYPE(other) != &range_type || (op != RICH_EQ && op != RICH_NE)) RETURN_NOTIMPL;
    int result = range_equals(RANGE(self), RANGE(other));
    return bool_from(op == RICH_EQ ? result : !result);
}

static ssize_t range_len_slot(Object *self)
{
    return range_length(self);
}

static int range_bool(Object *self)
{
    return int_sign(RANGE(self)->length) != 0;
}

static Object *range_subscript(Object *self, Object *item)
{
    RangeObject *r = RANGE(self);
    if (is_index(item)) {
        long i, lstart, lstep, len;
        if (INT_CHECK_EXACT(item) && INT_IS_COMPACT(item) && long_of(r->length, &len) &&
            long_of(r->start, &lstart) && long_of(r->step, &lstep)) {
            /* fast path: the value lies between start and stop, so it fits a long */
            i = INT_COMPACT_VALUE(item);
            if (i < 0) i += len;
            if (i < 0 || i >= len)
                return exc_set_string(Exc_IndexError, "range object index out of range");
            return int_from_long((long)((unsigned long)lstart + (unsigned long)i * (unsigned long)lstep));
        }
        Object *idx = obj_index(item);
        if (idx == NULL) return NULL;
        Object *result = compute_range_item(r, idx);
        OBJ_DECREF(idx);
        return result;
    }
    if (SLICE_CHECK(item)) return compute_slice(r, item);
    return exc_format(Exc_TypeError, "range indices must be integers or slices, not %T", item);
}

static int range_contains(Object *self, Object *ob)
{
    if (INT_CHECK_EXACT(ob) || BOOL_CHECK(ob)) return range_contains_long(RANGE(self), ob);
    return (int)iter_search(self, ob, SEARCH_CONTAINS);
}

static Object *fast_range_iter(long start, long step, long len)
{
    RangeIterObject *it = (RangeIterObject *)obj_alloc(&range_iter_type, 0);
    if (it == NULL) return NULL;
    it->start = start;
    it->step = step;
    it->len = len;
    it->index = 0;
    return (Object *)it;
}

static Object *long_range_iter(Object *start, Object *step, Object *len)
{
    /* this type may be missing from the interpreter's start-up list */
    if (!TYPE_HAS_FLAG(&longrange_iter_type, TPFLAG_READY) && type_ready(&longrange_iter_type) < 0)
        return NULL;
    LongRangeIterObject *it = (LongRangeIterObject *)obj_alloc(&longrange_iter_type, 0);
    if (it == NULL) return NULL;
    it->start = obj_newref(start);
    it->step = obj_newref(step);
    it->len = obj_newref(len);
    it->index = int_from_long(0);
    if (it->index == NULL) {
        OBJ_DECREF(it);
        return NULL;
    }
    return (Object *)it;
}

static Object *range_iter(Object *self)
{
    RangeObject *r = RANGE(self);
    long lstart, lstop, lstep;
    if (long_of(r->start, &lstart) && long_of(r->stop, &lstop) && long_of(r->step, &lstep)) {
        unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
        bool fits = ulen <= (unsigned long)LONG_MAX;
        /* start + len * step must not overflow either */
        if (fits && ulen) {
            if (lstep > 0) fits = lstop <= LONG_MAX - (lstep - 1);
            else fits = lstop >= LONG_MIN + (-1 - lstep);
        }
        if (fits) return fast_range_iter(lstart, lstep, (long)ulen);
    }
    return long_range_iter(r->start, r->step, r->length);
}

/* ---- methods ---- */

static Object *meth_reversed(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("range.__reversed__", nargs, kwnames) < 0) return NULL;
    RangeObject *r = RANGE(self);
    long lstart, lstop, lstep;
    /* reversed(range(start, stop, step)) is range(start + (n-1)*step, start - step, -step) */
    if (long_of(r->start, &lstart) && long_of(r->stop, &lstop) && long_of(r->step, &lstep) &&
        lstep != LONG_MIN) {
        bool fits = lstep > 0 ? !((unsigned long)lstart - (unsigned long)LONG_MIN < (unsigned long)lstep)
                              : !((unsigned long)LONG_MAX - (unsigned long)lstart < 0UL - (unsigned long)lstep);
        unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
        if (fits && ulen <= (unsigned long)LONG_MAX) {
            long new_stop = lstart - lstep;
            long new_start = (long)((unsigned long)new_stop + ulen * (unsigned long)lstep);
            return fast_range_iter(new_start, -lstep, (long)ulen);
        }
    }
    Object *one = int_from_long(1), *diff = NULL, *product = NULL, *start = NULL, *step = NULL;
    Object *res = NULL;
    if (one == NULL) return NULL;
    if ((diff = obj_binary_op(r->length, one, NB_SUBTRACT)) == NULL) goto done;
    if ((product = obj_binary_op(diff, r->step, NB_MULTIPLY)) == NULL) goto done;
    if ((start = obj_binary_op(r->start, product, NB_ADD)) == NULL) goto done;
    if ((step = obj_negative(r->step)) == NULL) goto done;
    res = long_range_iter(start, step, r->length);
done:
    OBJ_DECREF(one);
    OBJ_XDECREF(diff);
    OBJ_XDECREF(product);
    OBJ_XDECREF(start);
    OBJ_XDECREF(step);
    return res;
}

static Object *meth_count(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("range.count", nargs, kwnames) < 0) return NULL;
    Object *ob = args[0];
    if (INT_CHECK_EXACT(ob) || BOOL_CHECK(ob)) {
        int result = range_contains_long(RANGE(self), ob);
        if (result < 0) return NULL;
        return int_from_long(result);
    }
    ssize_t count = iter_search(self, ob, SEARCH_COUNT);
    if (count < 0) return NULL;
    return int_from_ssize(count);
}

static Object *meth_index(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("range.index", nargs, kwnames) < 0) return NULL;
    RangeObject *r = RANGE(self);
    Object *ob = args[0];
    if (!INT_CHECK_EXACT(ob) && !BOOL_CHECK(ob)) {
        ssize_t index = iter_search(self, ob, SEARCH_INDEX);
        if (index < 0) return NULL;
        return int_from_ssize(index);
    }
    int contains = range_contains_long(r, ob);
    if (contains < 0) return NULL;
    if (!contains) return exc_format(Exc_ValueError, "%R is not in range", ob);
    Object *idx = obj_binary_op(ob, r->start, NB_SUBTRACT);
    if (idx == NULL) return NULL;
    long step;
    if (long_of(r->step, &step) && step == 1) return idx;
    Object *sidx = obj_binary_op(idx, r->step, NB_FLOOR_DIVIDE);
    OBJ_DECREF(idx);
    return sidx;
}

static Object *meth_reduce(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("range.__reduce__", nargs, kwnames) < 0) return NULL;
    RangeObject *r = RANGE(self);
    Object *t = tuple_pack(3, r->start, r->stop, r->step);
    if (t == NULL) return NULL;
    Object *res = tuple_pack(2, (Object *)&range_type, t);
    OBJ_DECREF(t);
    return res;
}

static Object *range_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    if (no_kwargs("range", kwnames) < 0) return NULL;
    if (npos_args("range", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return range_new(NULL, args[0], NULL);
    return range_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static MethodDef range_methods[] = {
    {"__reversed__", meth_reversed, METH_DEFAULT, "Return a reverse iterator."},
    {"__reduce__", meth_reduce, METH_DEFAULT, NULL},
    {"count", meth_count, METH_DEFAULT, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", meth_index, METH_DEFAULT,
     "rangeobject.index(value) -> integer -- return index of value.\n"
     "Raise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL},
};

static MemberDef range_members[] = {
    {"start", MEMBER_OBJECT, offsetof(RangeObject, start), true, NULL},
    {"stop", MEMBER_OBJECT, offsetof(RangeObject, stop), true, NULL},
    {"step", MEMBER_OBJECT, offsetof(RangeObject, step), true, NULL},
    {NULL, 0, 0, false, NULL},
};

TypeObject range_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "range",
    .basicsize = sizeof(RangeObject),
    .flags = TPFLAG_IMMUTABLETYPE,
    .doc = "range(stop) -> range object\n"
           "range(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattro = obj_generic_getattr,
    .iter = range_iter,
    .nb_bool = range_bool,
    .len = range_len_slot,
    .getitem = range_subscript,
    .contains = range_contains,
    .tp_new = range_tp_new,
    .methods = range_methods,
    .members = range_members,
    .base = &object_type,
};

/* ---- the iterators ---- */

static void rangeiter_dealloc(Object *self)
{
    obj_free(self);
}

static Object *self_iter(Object *self)
{
    return obj_newref(self);
}

static Object *rangeiter_next(Object *self)
{
    return range_iter_next_inline(self);
}

static Object *rangeiter_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                     Object *kwnames)
{
    UNUSED(args);
    if (no_args("range_iterator.__length_hint__", nargs, kwnames) < 0) return NULL;
    RangeIterObject *r = (RangeIterObject *)self;
    return int_from_long(r->len - r->index);
}

static MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject range_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .flags = TPFLAG_IMMUTABLETYPE,
    .dealloc = rangeiter_dealloc,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
    .base = &object_type,
};

static void longrangeiter_dealloc(Object *self)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    OBJ_XDECREF(r->index);
    OBJ_XDECREF(r->start);
    OBJ_XDECREF(r->step);
    OBJ_XDECREF(r->len);
    obj_free(self);
}

static Object *longrangeiter_next(Object *self)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    if (int_compare(r->index, r->len) >= 0) return NULL;
    Object *one = int_from_long(1);
    if (one == NULL) return NULL;
    Object *new_index = obj_binary_op(r->index, one, NB_ADD);
    OBJ_DECREF(one);
    if (new_index == NULL) return NULL;
    Object *product = obj_binary_op(r->index, r->step, NB_MULTIPLY);
    if (product == NULL) {
        OBJ_DECREF(new_index);
        return NULL;
    }
    Object *result = obj_binary_op(r->start, product, NB_ADD);
    OBJ_DECREF(product);
    if (result == NULL) {
        OBJ_DECREF(new_index);
        return NULL;
    }
    OBJ_SETREF(r->index, new_index);
    return result;
}

static Object *longrangeiter_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                         Object *kwnames)
{
    UNUSED(args);
    if (no_args("longrange_iterator.__length_hint__", nargs, kwnames) < 0) return NULL;
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    return obj_binary_op(r->len, r->index, NB_SUBTRACT);
}

static MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject longrange_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObject),
    .flags = TPFLAG_IMMUTABLETYPE,
    .dealloc = longrangeiter_dealloc,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
    .base = &object_type,
};
