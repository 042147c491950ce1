/* rangeobject.h: range, slice and the built-in iterator types (sequence iterator, enumerate, zip,
 * map, filter, reversed, callable iterator). */
#ifndef TALLY_RANGEOBJECT_H
#define TALLY_RANGEOBJECT_H

#include "objects/object.h"

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

#endif
