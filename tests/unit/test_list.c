/* test_list.c: unit tests of objects/listobject.c, listsort.c and tupleobject.c through the C
 * API: CPython 3.11's allocation pattern (growth, shrinking, exact allocation), slicing and slice
 * assignment, sort stability (with key and reverse) against a reference merge sort, tuple hashing
 * and the recursion guard of repr. Each test runs on a fresh interpreter (vm_init/vm_fini). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/rangeobject.h"
#include "objects/funcobject.h"
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

TestSuite(list, .init = setup, .fini = teardown);

static Object *mk_int(long v)
{
    Object *o = int_from_long(v);
    cr_assert_not_null(o);
    return o;
}

static long as_long(Object *o)
{
    int overflow;
    return int_as_long(o, &overflow);
}

/* A list of the C longs v[0..n). */
static Object *int_list(const long *v, ssize_t n)
{
    Object *l = list_new(n);
    for (ssize_t i = 0; i < n; i++) list_set_item_steal(l, i, mk_int(v[i]));
    return l;
}

static void expect_ints(Object *l, const long *v, ssize_t n)
{
    cr_assert_eq(LIST_SIZE(l), n, "size %zd != %zd", LIST_SIZE(l), n);
    for (ssize_t i = 0; i < n; i++)
        cr_assert_eq(as_long(LIST_GET(l, i)), v[i], "item %zd: %ld != %ld", i,
                     as_long(LIST_GET(l, i)), v[i]);
}

Test(list, growth_follows_cpython)
{
    /* allocated after each append (CPython 3.11): 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ... */
    ssize_t expect[] = {4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108, 128, 148, 172, 200};
    Object *l = list_new(0);
    cr_assert_eq(list_allocated(l), 0);
    ssize_t last = 0;
    int k = 0;
    for (long i = 0; i < 200; i++) {
        Object *v = mk_int(i);
        cr_assert_eq(list_append(l, v), 0);
        OBJ_DECREF(v);
        if (list_allocated(l) != last) {
            last = list_allocated(l);
            cr_assert_lt(k, 15);
            cr_assert_eq(last, expect[k], "growth step %d: %zd != %zd", k, last, expect[k]);
            k++;
        }
    }
    cr_assert_eq(k, 15);
    OBJ_DECREF(l);
}

Test(list, pop_shrinks_like_cpython)
{
    /* 30 appends then 30 pops: sys.getsizeof in CPython 3.11 */
    ssize_t expect[30] = {312, 312, 312, 312, 312, 312, 312, 312, 312, 312, 312, 312, 312, 312,
                          216, 216, 216, 216, 216, 216, 184, 184, 152, 152, 120, 120, 120, 120,
                          88, 56};
    Object *l = list_new(0);
    for (long i = 0; i < 30; i++) {
        Object *v = mk_int(i);
        list_append(l, v);
        OBJ_DECREF(v);
    }
    cr_assert_eq(56 + 8 * list_allocated(l), 312);
    Object *pop = obj_getattr_cstr(l, "pop");
    cr_assert_not_null(pop);
    for (int i = 0; i < 30; i++) {
        Object *v = obj_call_noargs(pop);
        cr_assert_not_null(v);
        OBJ_DECREF(v);
        cr_assert_eq(56 + 8 * list_allocated(l), expect[i], "pop %d", i);
    }
    /* an emptied list keeps a zero-slot block: extend then over-allocates (CPython: 120) */
    long three[] = {1, 2, 3};
    Object *src = int_list(three, 3);
    Object *t = list_as_tuple(src);
    cr_assert_eq(list_extend(l, t), 0);
    cr_assert_eq(56 + 8 * list_allocated(l), 120);
    OBJ_DECREF(t);
    OBJ_DECREF(src);
    OBJ_DECREF(pop);
    OBJ_DECREF(l);
}

Test(list, exact_allocations)
{
    long v[] = {1, 2, 3, 4, 5};
    Object *l = int_list(v, 5);
    cr_assert_eq(list_allocated(l), 5);                /* list_new is exact */
    Object *t = list_as_tuple(l);
    Object *from_t = list_from_iterable(t);            /* sized: rounded up to even */
    cr_assert_eq(list_allocated(from_t), 6);
    Object *s = list_slice(l, 1, 4);                   /* slices are exact */
    cr_assert_eq(list_allocated(s), 3);
    long mid[] = {2, 3, 4};
    expect_ints(s, mid, 3);
    Object *ten = mk_int(1000);
    Object *r = range_new(NULL, ten, NULL);
    Object *from_r = list_from_iterable(r);
    cr_assert_eq(list_allocated(from_r), 1000);        /* 8056 bytes in CPython */
    /* an iterator without a length: 8 guessed, then cut back */
    Object *it = obj_get_iter(t);
    Object *from_it = list_from_iterable(it);
    cr_assert_eq(list_allocated(from_it), 6);          /* length hint of tuple_iterator: 5 */
    OBJ_DECREF(it);
    OBJ_DECREF(from_it);
    OBJ_DECREF(ten);
    OBJ_DECREF(r);
    OBJ_DECREF(from_r);
    OBJ_DECREF(s);
    OBJ_DECREF(from_t);
    OBJ_DECREF(t);
    OBJ_DECREF(l);
}

Test(list, insert_reverse_slice_assign)
{
    long v[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    Object *l = int_list(v, 10);
    Object *x = mk_int(99);
    cr_assert_eq(list_insert(l, -1, x), 0);
    cr_assert_eq(list_insert(l, 100, x), 0);
    cr_assert_eq(list_insert(l, -100, x), 0);
    long e1[] = {99, 0, 1, 2, 3, 4, 5, 6, 7, 8, 99, 9, 99};
    expect_ints(l, e1, 13);
    cr_assert_eq(list_reverse(l), 0);
    long e2[] = {99, 9, 99, 8, 7, 6, 5, 4, 3, 2, 1, 0, 99};
    expect_ints(l, e2, 13);
    /* del l[::2] */
    Object *two = mk_int(2);
    Object *sl = slice_new(NULL, NULL, two);
    cr_assert_eq(obj_delitem(l, sl), 0);
    long e3[] = {9, 8, 6, 4, 2, 0};
    expect_ints(l, e3, 6);
    /* l[::2] = [a, b] with the wrong size */
    long ab[] = {-1, -2};
    Object *rep = int_list(ab, 2);
    cr_assert_eq(obj_setitem(l, sl, rep), -1);
    Object *e = exc_fetch();
    Object *msg = exc_message_str(e);
    cr_assert_str_eq(STR_DATA(msg), "attempt to assign sequence of size 2 to extended slice of size 3");
    OBJ_DECREF(msg);
    OBJ_DECREF(e);
    /* l[1:3] = l */
    Object *one = mk_int(1), *three = mk_int(3);
    Object *sl2 = slice_new(one, three, NULL);
    cr_assert_eq(obj_setitem(l, sl2, l), 0);
    long e4[] = {9, 9, 8, 6, 4, 2, 0, 4, 2, 0};
    expect_ints(l, e4, 10);
    OBJ_DECREF(sl2);
    OBJ_DECREF(one);
    OBJ_DECREF(three);
    OBJ_DECREF(rep);
    OBJ_DECREF(sl);
    OBJ_DECREF(two);
    OBJ_DECREF(x);
    OBJ_DECREF(l);
}

/* ---- sorting ---- */

/* key function: x -> x // 10 (many equal keys) */
static Object *key_div10(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(nargs);
    UNUSED(kwnames);
    return int_from_long(as_long(args[0]) / 10);
}

static MethodDef key_div10_def = {"key_div10", key_div10, METH_DEFAULT, NULL};

/* A reference stable sort (insertion sort) of vals by vals / 10, optionally descending. */
static void reference_sort(long *vals, ssize_t n, bool reverse)
{
    for (ssize_t i = 1; i < n; i++) {
        long x = vals[i];
        ssize_t j = i;
        while (j > 0 && (reverse ? vals[j - 1] / 10 < x / 10 : vals[j - 1] / 10 > x / 10)) {
            vals[j] = vals[j - 1];
            j--;
        }
        vals[j] = x;
    }
}

static void check_sort(ssize_t n, unsigned seed, bool reverse)
{
    long *vals = malloc((size_t)n * sizeof(long));
    srand(seed);
    for (ssize_t i = 0; i < n; i++) {
        /* runs, plateaus and noise, to exercise galloping */
        long base = (i / 50) % 2 ? 5000 - i : i;
        vals[i] = (rand() % 4 == 0) ? rand() % 3000 : base;
        vals[i] = vals[i] * 10 + (long)(i % 10);         /* distinct items, equal keys */
    }
    Object *l = int_list(vals, n);
    Object *key = builtin_function_new(&key_div10_def, NULL, NULL);
    cr_assert_not_null(key);
    cr_assert_eq(list_sort(l, key, reverse), 0);
    reference_sort(vals, n, reverse);
    expect_ints(l, vals, n);
    OBJ_DECREF(key);
    OBJ_DECREF(l);
    free(vals);
}

Test(list, sort_is_stable_with_key)
{
    check_sort(10, 1, false);
    check_sort(100, 2, false);
    check_sort(3000, 3, false);
}

Test(list, sort_is_stable_with_reverse)
{
    check_sort(100, 4, true);
    check_sort(3000, 5, true);
}

Test(list, sort_plain_ints_and_errors)
{
    long v[] = {5, -3, 8, 0, 8, -3, 1000000000000L, 2};
    Object *l = int_list(v, 8);
    cr_assert_eq(list_sort(l, NULL, false), 0);
    long sorted[] = {-3, -3, 0, 2, 5, 8, 8, 1000000000000L};
    expect_ints(l, sorted, 8);
    cr_assert_eq(list_sort(l, NULL, true), 0);
    long rsorted[] = {1000000000000L, 8, 8, 5, 2, 0, -3, -3};
    expect_ints(l, rsorted, 8);
    /* mixed types: '<' not supported between instances of 'str' and 'int' */
    Object *s = str_from_cstr("a");
    cr_assert_eq(list_append(l, s), 0);
    cr_assert_eq(list_sort(l, NULL, false), -1);
    Object *e = exc_fetch();
    Object *msg = exc_message_str(e);
    cr_assert_str_eq(STR_DATA(msg), "'<' not supported between instances of 'str' and 'int'");
    OBJ_DECREF(msg);
    OBJ_DECREF(e);
    cr_assert_eq(LIST_SIZE(l), 9);                    /* the list is intact */
    OBJ_DECREF(s);
    OBJ_DECREF(l);
}

/* ---- tuples ---- */

Test(list, tuple_hash_matches_cpython)
{
    Object *one = mk_int(1), *two = mk_int(2);
    Object *t = tuple_pack(2, one, two);
    cr_assert_eq(obj_hash(t), (hash_t)-3550055125485641917LL);
    Object *e = tuple_new(0);
    cr_assert_eq(obj_hash(e), (hash_t)5740354900026072187LL);
    Object *t1 = tuple_pack(1, one);
    cr_assert_eq(obj_hash(t1), (hash_t)-6644214454873602895LL);
    cr_assert_eq(tuple_new(0), e);                    /* the shared empty tuple */
    OBJ_DECREF(e);
    cr_assert(!gc_is_tracked(e));
    cr_assert(gc_is_tracked(t));
    tuple_maybe_untrack(t);
    cr_assert(!gc_is_tracked(t));
    OBJ_DECREF(t1);
    OBJ_DECREF(e);
    OBJ_DECREF(t);
    OBJ_DECREF(one);
    OBJ_DECREF(two);
}

Test(list, repr_recursion_guard)
{
    Object *l = list_new(0);
    cr_assert_eq(list_append(l, l), 0);
    Object *t = tuple_pack(1, l);
    Object *r = obj_repr(t);
    cr_assert_str_eq(STR_DATA(r), "([[...]],)");
    OBJ_DECREF(r);
    r = obj_repr(l);
    cr_assert_str_eq(STR_DATA(r), "[[...]]");
    OBJ_DECREF(r);
    OBJ_DECREF(t);
    Object *clear = obj_getattr_cstr(l, "clear");
    Object *none = obj_call_noargs(clear);
    OBJ_DECREF(none);
    OBJ_DECREF(clear);
    OBJ_DECREF(l);
}
