/* sliceobject.c: slice objects (start, stop, step: any objects, None when omitted) and the index
 * arithmetic every sequence uses: CPython's PySlice_Unpack + PySlice_AdjustIndices for C-sized
 * sequences, and slice.indices()'s arbitrary-precision variant (used by range slicing).
 * Slices are GC-tracked and unhashable, as in CPython 3.11. */
#include "objects/rangeobject.h"
#include "objects/tupleobject.h"
#include "objects/intobject.h"
#include "objects/containers_internal.h"
#include "gc/gc.h"
#include <stddef.h>

#define SLICE(o) ((SliceObject *)(o))

/* CPython 3.11's slice_cache: the last dead slice is kept for the next one (a[i:j] builds and
 * drops one each time). */
static SliceObject *slice_cache;
static bool slice_cache_off;    /* after slice_fini_cache */

void slice_fini_cache(void)
{
    if (slice_cache != NULL) obj_free((Object *)slice_cache);
    slice_cache = NULL;
    slice_cache_off = true;
}

Object *slice_new(Object *start, Object *stop, Object *step)
{
    SliceObject *s = slice_cache;
    if (s != NULL) {
        slice_cache = NULL;
        freelist_revive((Object *)s);     /* no allocation for the collector's count, as CPython */
    } else {
        s = (SliceObject *)obj_alloc(&slice_type, 0);
        if (s == NULL) return NULL;
    }
    s->start = obj_newref(start != NULL ? start : NONE);
    s->stop = obj_newref(stop != NULL ? stop : NONE);
    s->step = obj_newref(step != NULL ? step : NONE);
    gc_track((Object *)s);
    return (Object *)s;
}

/* An index-like object as a C index, clamped to +-PTRDIFF_MAX (PyNumber_AsSsize_t(v, NULL)). */
static inline int clamp_index(Object *v, ssize_t *out)
{
    if (INT_CHECK_EXACT(v) && INT_IS_COMPACT(v)) {
        *out = INT_COMPACT_VALUE(v);
        return 0;
    }
    Object *i = obj_index(v);
    if (i == NULL) return -1;
    int overflow;
    long x = int_as_long(i, &overflow);
    OBJ_DECREF(i);
    if (overflow) x = overflow < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    else if (x == -1 && exc_occurred()) return -1;
    *out = x;
    return 0;
}

int slice_index_clamped(Object *o, ssize_t *out)
{
    if (!is_index(o)) {
        exc_set_string(Exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    return clamp_index(o, out);
}

/* _PyEval_SliceIndex: None leaves *out alone. */
static inline int slice_bound(Object *v, ssize_t *out)
{
    if (v == NONE) return 0;
    if (INT_CHECK_EXACT(v) && INT_IS_COMPACT(v)) {
        *out = INT_COMPACT_VALUE(v);
        return 0;
    }
    if (!is_index(v)) {
        exc_set_string(Exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return clamp_index(v, out);
}

int slice_unpack(Object *slice, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    SliceObject *r = SLICE(slice);
    if (r->step == NONE) {
        *step = 1;
    } else {
        if (slice_bound(r->step, step) < 0) return -1;
        if (*step == 0) {
            exc_set_string(Exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* keep "step = -step" free of overflow */
        if (*step < -PTRDIFF_MAX) *step = -PTRDIFF_MAX;
    }
    if (r->start == NONE) *start = *step < 0 ? PTRDIFF_MAX : 0;
    else if (slice_bound(r->start, start) < 0) return -1;
    if (r->stop == NONE) *stop = *step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    else if (slice_bound(r->stop, stop) < 0) return -1;
    return 0;
}

ssize_t slice_adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step)
{
    return slice_adjust_inline(length, start, stop, step);
}

ssize_t slice_indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    if (slice_unpack_inline(slice, start, stop, step) < 0) return -1;
    return slice_adjust_inline(length, start, stop, *step);
}

/* A slice bound as an int object (evaluate_slice_index). */
static Object *bound_as_int(Object *v)
{
    if (!is_index(v))
        return exc_set_string(Exc_TypeError,
                               "slice indices must be integers or None or have an __index__ method");
    return obj_index(v);
}

/* Clamps [*v] (an owned int) into [lower, upper] after adding length to negatives. */
static int clamp_bound(Object **v, Object *length, Object *lower, Object *upper)
{
    if (int_sign(*v) < 0) {
        Object *tmp = obj_binary_op(*v, length, NB_ADD);
        if (tmp == NULL) return -1;
        OBJ_SETREF(*v, tmp);
        if (int_compare(*v, lower) < 0) OBJ_SETREF(*v, obj_newref(lower));
    } else if (int_compare(*v, upper) > 0) {
        OBJ_SETREF(*v, obj_newref(upper));
    }
    return 0;
}

int slice_get_long_indices(Object *slice, Object *length, Object **start_ptr, Object **stop_ptr,
                           Object **step_ptr)
{
    SliceObject *self = SLICE(slice);
    Object *start = NULL, *stop = NULL, *step = NULL, *upper = NULL, *lower = NULL;
    bool step_is_negative;
    if (self->step == NONE) {
        step = int_from_long(1);
        if (step == NULL) goto error;
        step_is_negative = false;
    } else {
        step = bound_as_int(self->step);
        if (step == NULL) goto error;
        int sign = int_sign(step);
        if (sign == 0) {
            exc_set_string(Exc_ValueError, "slice step cannot be zero");
            goto error;
        }
        step_is_negative = sign < 0;
    }
    if (step_is_negative) {
        lower = int_from_long(-1);
        if (lower == NULL) goto error;
        upper = obj_binary_op(length, lower, NB_ADD);
        if (upper == NULL) goto error;
    } else {
        lower = int_from_long(0);
        if (lower == NULL) goto error;
        upper = obj_newref(length);
    }
    if (self->start == NONE) {
        start = obj_newref(step_is_negative ? upper : lower);
    } else {
        start = bound_as_int(self->start);
        if (start == NULL || clamp_bound(&start, length, lower, upper) < 0) goto error;
    }
    if (self->stop == NONE) {
        stop = obj_newref(step_is_negative ? lower : upper);
    } else {
        stop = bound_as_int(self->stop);
        if (stop == NULL || clamp_bound(&stop, length, lower, upper) < 0) goto error;
    }
    *start_ptr = start;
    *stop_ptr = stop;
    *step_ptr = step;
    OBJ_DECREF(lower);
    OBJ_DECREF(upper);
    return 0;
error:
    *start_ptr = *stop_ptr = *step_ptr = NULL;
    OBJ_XDECREF(start);
    OBJ_XDECREF(stop);
    OBJ_XDECREF(step);
    OBJ_XDECREF(upper);
    OBJ_XDECREF(lower);
    return -1;
}

/* ---- the type ---- */

static void slice_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_DECREF(SLICE(self)->step);
    OBJ_DECREF(SLICE(self)->start);
    OBJ_DECREF(SLICE(self)->stop);
    if (slice_cache == NULL && !slice_cache_off) {
        slice_cache = SLICE(self);
    } else {
        obj_free(self);
    }
}

static int slice_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(SLICE(self)->start);
    VISIT(SLICE(self)->stop);
    VISIT(SLICE(self)->step);
    return 0;
}

static int slice_clear(Object *self)
{
    /* the fields are never NULL: replace them with None */
    OBJ_SETREF(SLICE(self)->start, obj_newref(NONE));
    OBJ_SETREF(SLICE(self)->stop, obj_newref(NONE));
    OBJ_SETREF(SLICE(self)->step, obj_newref(NONE));
    return 0;
}

static Object *slice_repr(Object *self)
{
    return str_from_format("slice(%R, %R, %R)", SLICE(self)->start, SLICE(self)->stop,
                           SLICE(self)->step);
}

static Object *slice_richcompare(Object *v, Object *w, int op)
{
    if (!SLICE_CHECK(v) || !SLICE_CHECK(w)) RETURN_NOTIMPL;
    if (v == w) return bool_from(op == RICH_EQ || op == RICH_LE || op == RICH_GE);
    Object *t1 = tuple_pack(3, SLICE(v)->start, SLICE(v)->stop, SLICE(v)->step);
    if (t1 == NULL) return NULL;
    Object *t2 = tuple_pack(3, SLICE(w)->start, SLICE(w)->stop, SLICE(w)->step);
    if (t2 == NULL) {
        OBJ_DECREF(t1);
        return NULL;
    }
    Object *res = obj_richcompare(t1, t2, op);
    OBJ_DECREF(t1);
    OBJ_DECREF(t2);
    return res;
}

static Object *slice_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    if (no_kwargs("slice", kwnames) < 0 || npos_args("slice", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return slice_new(NULL, args[0], NULL);
    return slice_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static Object *meth_indices(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("slice.indices", nargs, kwnames) < 0) return NULL;
    Object *length = obj_index(args[0]);
    if (length == NULL) return NULL;
    if (int_sign(length) < 0) {
        OBJ_DECREF(length);
        return exc_set_string(Exc_ValueError, "length should not be negative");
    }
    Object *start, *stop, *step;
    int r = slice_get_long_indices(self, length, &start, &stop, &step);
    OBJ_DECREF(length);
    if (r < 0) return NULL;
    Object *res = tuple_pack(3, start, stop, step);
    OBJ_DECREF(start);
    OBJ_DECREF(stop);
    OBJ_DECREF(step);
    return res;
}

static Object *meth_reduce(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("slice.__reduce__", nargs, kwnames) < 0) return NULL;
    Object *t = tuple_pack(3, SLICE(self)->start, SLICE(self)->stop, SLICE(self)->step);
    if (t == NULL) return NULL;
    Object *res = tuple_pack(2, (Object *)&slice_type, t);
    OBJ_DECREF(t);
    return res;
}

static MethodDef slice_methods[] = {
    {"indices", meth_indices, METH_DEFAULT,
     "S.indices(len) -> (start, stop, stride)\n\n"
     "Assuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\n"
     "S. Out of bounds indices are clipped in a manner consistent with the\n"
     "handling of normal slices."},
    {"__reduce__", meth_reduce, METH_DEFAULT, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static MemberDef slice_members[] = {
    {"start", MEMBER_OBJECT, offsetof(SliceObject, start), true, NULL},
    {"stop", MEMBER_OBJECT, offsetof(SliceObject, stop), true, NULL},
    {"step", MEMBER_OBJECT, offsetof(SliceObject, step), true, NULL},
    {NULL, 0, 0, false, NULL},
};

TypeObject slice_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "slice",
    .basicsize = sizeof(SliceObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .repr = slice_repr,
    .hash = NULL,
    .richcompare = slice_richcompare,
    .getattro = obj_generic_getattr,
    .tp_new = slice_tp_new,
    .methods = slice_methods,
    .members = slice_members,
    .base = &object_type,
};
