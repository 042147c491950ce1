/* test_cont_speed.c: the container fast paths keep the general code's semantics: tuples and
 * slices handed out again by the free lists look fresh (refcount 1, tracked, NULL items, same
 * getsizeof, generation 0 counted as for a new allocation), the inline slice unpacking agrees
 * with the out-of-line one, and the inline list and range iterator steps stop cleanly.
 * Fresh interpreter per test; vm_fini's leak check covers the blocks the free lists keep. */
#include <criterion/criterion.h>

#include "objects/object.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/tupleobject.h"
#include "objects/rangeobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include "vm/vm.h"

static void setup(void)
{
    cr_assert_eq(vm_init(0, NULL), 0, "vm_init failed");
}

static void teardown(void)
{
    cr_assert_eq(vm_fini(), 0, "vm_fini reported leaked references or blocks");
}

TestSuite(cont_speed, .init = setup, .fini = teardown);

Test(cont_speed, tuple_free_list_gives_fresh_tuples)
{
    gc_state.enabled = false;
    for (ssize_t n = 1; n < 22; n++) {
        Object *t = tuple_new(n);
        cr_assert_not_null(t);
        for (ssize_t i = 0; i < n; i++) tuple_set_item_steal(t, i, int_from_long(1000 + i));
        OBJ_DECREF(t);
        int count = gc_state.generations[0].count;
        Object *u = tuple_new(n);
        cr_assert_not_null(u);
        /* as CPython: a tuple from the free list (sizes below 20) is no allocation for the
         * collector's count, and going back to it is no free; bigger ones count */
        cr_assert_eq(gc_state.generations[0].count, count + (n < 20 ? 0 : 1), "count after tuple_new(%zd)", n);
        cr_assert_eq(u->refcnt, 1);
        cr_assert_eq(TUPLE_SIZE(u), n);
        cr_assert(gc_is_tracked(u));
        cr_assert(!gc_is_finalized(u));
        for (ssize_t i = 0; i < n; i++) cr_assert_null(TUPLE_GET(u, i));
        tuple_set_item_steal(u, 0, int_from_long(5));
        OBJ_DECREF(u);
        cr_assert_eq(gc_state.generations[0].count, count, "count after freeing a tuple of %zd", n);
    }
    gc_state.enabled = true;
}

Test(cont_speed, slice_cache_gives_fresh_slices)
{
    Object *a = int_from_long(3), *b = int_from_long(-2);
    Object *s = slice_new(a, b, NULL);
    OBJ_DECREF(s);
    s = slice_new(NULL, a, b);
    cr_assert_not_null(s);
    cr_assert_eq(s->refcnt, 1);
    cr_assert(gc_is_tracked(s));
    SliceObject *sl = (SliceObject *)s;
    cr_assert_eq(sl->start, NONE);
    cr_assert_eq(sl->stop, a);
    cr_assert_eq(sl->step, b);
    Object *s2 = slice_new(b, NULL, NULL);     /* the cache is empty now: a new block */
    cr_assert_neq(s2, s);
    OBJ_DECREF(s);
    OBJ_DECREF(s2);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
}

Test(cont_speed, inline_slice_unpack_matches_general)
{
    long vals[] = {0, 1, -1, 5, -7, 100, -100, 1L << 40};
    size_t nv = sizeof vals / sizeof vals[0];
    for (size_t i = 0; i <= nv; i++) {
        for (size_t j = 0; j <= nv; j++) {
            for (size_t k = 0; k <= nv; k++) {
                if (k < nv && vals[k] == 0) continue;
                Object *start = i < nv ? int_from_long(vals[i]) : NULL;
                Object *stop = j < nv ? int_from_long(vals[j]) : NULL;
                Object *step = k < nv ? int_from_long(vals[k]) : NULL;
                Object *s = slice_new(start, stop, step);
                ssize_t a1, b1, c1, a2, b2, c2;
                cr_assert_eq(slice_unpack(s, &a1, &b1, &c1), 0);
                cr_assert_eq(slice_unpack_inline(s, &a2, &b2, &c2), 0);
                cr_assert(a1 == a2 && b1 == b2 && c1 == c2);
                ssize_t n1 = slice_adjust_indices(10, &a1, &b1, c1);
                ssize_t n2 = slice_adjust_inline(10, &a2, &b2, c2);
                cr_assert(n1 == n2 && a1 == a2 && b1 == b2);
                OBJ_DECREF(s);
                OBJ_XDECREF(start);
                OBJ_XDECREF(stop);
                OBJ_XDECREF(step);
            }
        }
    }
    Object *zero = int_from_long(0);
    Object *s = slice_new(NULL, NULL, zero);
    ssize_t a, b, c;
    cr_assert_eq(slice_unpack_inline(s, &a, &b, &c), -1);
    cr_assert(exc_matches(Exc_ValueError));
    exc_clear();
    OBJ_DECREF(s);
    OBJ_DECREF(zero);
}

Test(cont_speed, inline_iterators_stop_cleanly)
{
    Object *l = list_new(0);
    for (long i = 0; i < 3; i++) {
        Object *v = int_from_long(i * 1000);
        list_append(l, v);
        OBJ_DECREF(v);
    }
    Object *it = obj_get_iter(l);
    cr_assert_eq(TYPE(it), &list_iter_type);
    for (long i = 0; i < 3; i++) {
        Object *v = list_iter_next_inline(it);
        cr_assert_eq(v, LIST_GET(l, i));
        OBJ_DECREF(v);
    }
    cr_assert_eq(l->refcnt, 2);
    cr_assert_null(list_iter_next_inline(it));
    cr_assert_eq(l->refcnt, 1, "an exhausted iterator lets go of its list");
    cr_assert_null(list_iter_next_inline(it));
    cr_assert(!exc_occurred());
    OBJ_DECREF(it);
    OBJ_DECREF(l);

    Object *lo = int_from_long(250), *hi = int_from_long(262), *st = int_from_long(5);
    Object *r = range_new(lo, hi, st);
    it = obj_get_iter(r);
    cr_assert_eq(TYPE(it), &range_iter_type);
    Object *v = range_iter_next_inline(it);
    cr_assert_eq(v, lo, "small ints come from the cache");
    OBJ_DECREF(v);
    v = range_iter_next_inline(it);
    cr_assert_eq(int_as_long(v, &(int){0}), 255);
    OBJ_DECREF(v);
    v = range_iter_next_inline(it);
    cr_assert_eq(int_as_long(v, &(int){0}), 260);
    OBJ_DECREF(v);
    cr_assert_null(range_iter_next_inline(it));
    cr_assert(!exc_occurred());
    OBJ_DECREF(it);
    OBJ_DECREF(r);
    OBJ_DECREF(lo);
    OBJ_DECREF(hi);
    OBJ_DECREF(st);
}
