/* rangeobject.h: range, slice and the built-in iterator types (sequence iterator, enumerate, zip,
 * map, filter, reversed, callable iterator). */
#ifndef TALLY_RANGEOBJECT_H
#define TALLY_RANGEOBJECT_H

#include "objects/object.h"
#include "objects/intobject.h"

typedef struct RangeObject {
    Object ob;
    Object *start, *stop, *step, *length;      /* ints */
} RangeObject;

typedef struct SliceObject {
    Object ob;
    Object *start, *stop, *step;               /* any objects, None when omitted */
} SliceObject;

#define SLICE_CHECK(o) (TYPE(o) == &slice_type)

extern TypeObject seq_iter_type, range_iter_type, enumerate_type, zip_type, map_type,
    filter_type, reversed_type, callable_iter_type, list_iter_type, tuple_iter_type,
    list_reverse_iter_type, dict_key_iter_type, dict_value_iter_type, dict_item_iter_type,
    str_iter_type;

Object *range_new(Object *start, Object *stop, Object *step);    /* ValueError for step 0 */
Object *slice_new(Object *start, Object *stop, Object *step);    /* NULL args mean None */
/* Resolves a slice against a sequence length as CPython's PySlice_Unpack + AdjustIndices:
 * returns the number of items, or -1 with an exception (step 0: ValueError "slice step cannot be zero"). */
ssize_t slice_indices(Object *slice, ssize_t length, ssize_t *start, ssize_t *stop, ssize_t *step);
Object *seq_iter_new(Object *seq);             /* iterator over seq[0], seq[1], ... until IndexError */
Object *callable_iter_new(Object *callable, Object *sentinel);   /* iter(f, sentinel) */

/* Added by the containers part. */
/* Converts a slice bound or index() bound [o] (an int or an object with __index__) to a C index,
 * clamping huge values to +-PTRDIFF_MAX as CPython's _PyEval_SliceIndex. 0, or -1 with TypeError
 * "slice indices must be integers or have an __index__ method". */
int slice_index_clamped(Object *o, ssize_t *out);
/* CPython's PySlice_Unpack: step 0 raises ValueError; None bounds become the extremes. 0 or -1. */
int slice_unpack(Object *slice, ssize_t *start, ssize_t *stop, ssize_t *step);
/* CPython's PySlice_AdjustIndices: clamps start/stop to [length]; returns the slice length. */
ssize_t slice_adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step);
/* slice.indices(length) with arbitrary-precision ints (CPython's _PySlice_GetLongIndices):
 * [length] is a non-negative int; sets three new references. 0, or -1 with an exception. */
int slice_get_long_indices(Object *slice, Object *length, Object **start, Object **stop,
                           Object **step);
extern TypeObject longrange_iter_type;
/* len(range) as a C ssize_t; -1 with OverflowError for huge ranges. */
ssize_t range_length(Object *r);

/* slice_unpack inline when every field is None or a compact int (a[i:j], a[::-1]...), the
 * out-of-line slice_unpack (which runs __index__ and raises) otherwise. 0 or -1. */
static inline int slice_unpack_inline(Object *slice, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    const SliceObject *s = (const SliceObject *)slice;
    Object *a = s->start, *b = s->stop, *c = s->step;
    ssize_t st = 1;
    if (c != NONE) {
        if (!INT_CHECK_EXACT(c) || !INT_IS_COMPACT(c) || SIZE(c) == 0) goto slow;
        st = INT_COMPACT_VALUE(c);
    }
    if (a == NONE) *start = st < 0 ? PTRDIFF_MAX : 0;
    else if (INT_CHECK_EXACT(a) && INT_IS_COMPACT(a)) *start = INT_COMPACT_VALUE(a);
    else goto slow;
    if (b == NONE) *stop = st < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    else if (INT_CHECK_EXACT(b) && INT_IS_COMPACT(b)) *stop = INT_COMPACT_VALUE(b);
    else goto slow;
    *step = st;
    return 0;
slow:
    return slice_unpack(slice, start, stop, step);
}

/* The body of slice_adjust_indices, for callers on a hot path. */
static inline ssize_t slice_adjust_inline(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* The iterator of ranges whose values fit a C long (exposed for the eval loop's FOR_ITER). */
typedef struct RangeIterObject {
    Object ob;
    long index, start, step, len;
} RangeIterObject;

/* range_iterator.__next__ inline: new ref, NULL (no exception) when exhausted. */
static inline Object *range_iter_next_inline(Object *self)
{
    RangeIterObject *r = (RangeIterObject *)self;
    if (r->index < r->len)
        return int_from_ssize_fast(
            (long)((unsigned long)r->start + (unsigned long)(r->index++) * (unsigned long)r->step));
    return NULL;
}

#endif
