/* test_set.c: unit tests of objects/setobject.c through the C API: adding, discarding and resizing
 * with many keys, reuse of deleted (dummy) slots, iteration and pop order of int sets compared with
 * what python3 (CPython 3.11) prints, frozenset hashes, CPython's __sizeof__ numbers, the frozenset
 * constants of the compiler, GC tracking and the iterator's size-change check. Each test runs on a
 * fresh interpreter (vm_init/vm_fini), whose leak check must pass in DEBUG_REFS builds. */
#include <criterion/criterion.h>
#include <string.h>

#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/setobject.h"
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

TestSuite(set, .init = setup, .fini = teardown);

static Object *mk_int(long v)
{
    Object *o = int_from_long(v);
    cr_assert_not_null(o);
    return o;
}

static void add_int(Object *s, long v)
{
    Object *k = mk_int(v);
    cr_assert_eq(set_add(s, k), 0);
    OBJ_DECREF(k);
}

static int discard_int(Object *s, long v)
{
    Object *k = mk_int(v);
    int r = set_discard(s, k);
    OBJ_DECREF(k);
    cr_assert_geq(r, 0);
    return r;
}

static int has_int(Object *s, long v)
{
    Object *k = mk_int(v);
    int r = set_contains(s, k);
    OBJ_DECREF(k);
    cr_assert_geq(r, 0);
    return r;
}

/* A set (or frozenset when frozen) of the ints, added in order. */
static Object *set_of(const long *vals, size_t n, bool frozen)
{
    Object *l = list_new(0);
    cr_assert_not_null(l);
    for (size_t i = 0; i < n; i++) {
        Object *k = mk_int(vals[i]);
        cr_assert_eq(list_append(l, k), 0);
        OBJ_DECREF(k);
    }
    Object *s = frozen ? frozenset_new(l) : set_new(l);
    OBJ_DECREF(l);
    cr_assert_not_null(s);
    return s;
}

static void assert_repr(Object *o, const char *expected)
{
    Object *r = obj_repr(o);
    cr_assert_not_null(r);
    cr_assert_str_eq(STR_DATA(r), expected);
    OBJ_DECREF(r);
}

static long as_long(Object *o)
{
    int overflow = 0;
    long v = int_as_long(o, &overflow);
    cr_assert_eq(overflow, 0);
    return v;
}

/* Every expected string below was printed by python3 (CPython 3.11). */

Test(set, iteration_order_of_small_int_sets)
{
    static const long a[] = {1000, 8, 16, 24, 3, 11, 19};
    static const long b[] = {-1, -2, -3, 7, 15, 23, 31};
    static const long c[] = {40, 8, 16, 0, 32, 24, 48};
    static const long d[] = {3, 1, 2};
    Object *s = set_of(a, 7, false);
    assert_repr(s, "{3, 1000, 8, 11, 16, 19, 24}");
    OBJ_DECREF(s);
    s = set_of(b, 7, false);
    assert_repr(s, "{7, 15, -2, 23, -3, -1, 31}");
    OBJ_DECREF(s);
    s = set_of(c, 7, false);
    assert_repr(s, "{32, 0, 40, 8, 16, 48, 24}");
    cr_assert_eq(set_sizeof(s), 712);
    OBJ_DECREF(s);
    s = set_of(d, 3, true);
    assert_repr(s, "frozenset({1, 2, 3})");
    OBJ_DECREF(s);
    s = set_new(NULL);
    assert_repr(s, "set()");
    OBJ_DECREF(s);
    s = frozenset_new(NULL);
    assert_repr(s, "frozenset()");
    OBJ_DECREF(s);
}

Test(set, compiler_constants_iterate_like_cpython)
{
    /* {100, 5, 37} is a frozenset constant in CPython 3.11, built twice: it prints {5, 100, 37},
     * while adding 100, 5, 37 one by one gives {37, 100, 5}. */
    static const long v[] = {100, 5, 37};
    Object *t = set_of(v, 3, false);
    assert_repr(t, "{37, 100, 5}");
    Object *l = list_new(0);
    for (int i = 0; i < 3; i++) {
        Object *k = mk_int(v[i]);
        list_append(l, k);
        OBJ_DECREF(k);
    }
    Object *fc = frozenset_const_new(l);
    cr_assert_not_null(fc);
    assert_repr(fc, "frozenset({5, 100, 37})");
    Object *s = set_new(NULL);
    cr_assert_eq(set_update(s, fc), 0);     /* BUILD_SET 0; SET_UPDATE */
    assert_repr(s, "{5, 100, 37}");
    OBJ_DECREF(s);
    OBJ_DECREF(fc);
    OBJ_DECREF(l);
    OBJ_DECREF(t);
}

Test(set, add_discard_resize_with_many_keys)
{
    Object *s = set_new(NULL);
    cr_assert_eq(set_sizeof(s), 200);
    for (long i = 0; i < 10000; i++)
        add_int(s, i * 7);
    cr_assert_eq(SET_SIZE(s), 10000);
    cr_assert_eq(set_sizeof(s), 524488);    /* python3: same loop, s.__sizeof__() */
    for (long i = 0; i < 10000; i++) {
        cr_assert_eq(has_int(s, i * 7), 1);
        cr_assert_eq(has_int(s, i * 7 + 1), 0);
    }
    for (long i = 0; i < 10000; i += 2)
        cr_assert_eq(discard_int(s, i * 7), 1);
    cr_assert_eq(discard_int(s, 0), 0);
    cr_assert_eq(SET_SIZE(s), 5000);
    cr_assert_eq(set_sizeof(s), 524488);    /* discard never shrinks the table */
    for (long i = 0; i < 10000; i++)
        cr_assert_eq(has_int(s, i * 7), i % 2);
    SetObject *so = (SetObject *)s;
    cr_assert_eq(so->fill, 10000);          /* 5000 live + 5000 dummies */
    cr_assert_eq(so->used, 5000);
    /* sum of the keys through set_next */
    ssize_t pos = 0, count = 0;
    long sum = 0;
    Object *key;
    hash_t hash;
    while (set_next(s, &pos, &key, &hash)) {
        sum += as_long(key);
        cr_assert_eq(hash, as_long(key));
        count++;
    }
    cr_assert_eq(count, 5000);
    cr_assert_eq(sum, 7L * 5000 * 5000);    /* 7 * (1 + 3 + ... + 9999) */
    cr_assert_eq(set_clear(s), 0);
    cr_assert_eq(SET_SIZE(s), 0);
    cr_assert_eq(set_sizeof(s), 200);
    OBJ_DECREF(s);
}

Test(set, dummy_slots_are_reused)
{
    Object *s = set_new(NULL);
    SetObject *so = (SetObject *)s;
    add_int(s, 1);
    add_int(s, 2);
    cr_assert_eq(discard_int(s, 1), 1);
    cr_assert_eq(so->fill, 2);
    cr_assert_eq(so->used, 1);
    add_int(s, 9);                          /* hash 9 & 7 == 1: takes the dummy */
    cr_assert_eq(so->fill, 2);
    cr_assert_eq(so->used, 2);
    cr_assert_eq(as_long(so->table[1].key), 9);
    assert_repr(s, "{9, 2}");
    OBJ_DECREF(s);

    /* the last dummy on the probe path wins (python3 prints {-3, -5}) */
    s = set_new(NULL);
    so = (SetObject *)s;
    add_int(s, -3);
    add_int(s, 1);
    add_int(s, -1);
    Object *p = set_pop(s);
    cr_assert_eq(as_long(p), 1);
    OBJ_DECREF(p);
    add_int(s, -5);
    static const long first[] = {0, -1}, second[] = {-2, -3};
    Object *other = set_of(first, 2, false);
    Object *r = obj_inplace_op(s, other, NB_SUBTRACT);  /* 2 dummies of 4 used slots: rebuilt */
    cr_assert_eq(r, s);
    OBJ_DECREF(r);
    OBJ_DECREF(other);
    cr_assert_eq(set_sizeof(s), 200 + 16 * 16);
    cr_assert_eq(so->fill, so->used);
    other = set_of(second, 2, false);
    r = obj_inplace_op(s, other, NB_SUBTRACT);
    OBJ_DECREF(r);
    OBJ_DECREF(other);
    add_int(s, 1);
    discard_int(s, 1);
    add_int(s, -3);
    assert_repr(s, "{-3, -5}");
    OBJ_DECREF(s);
}

Test(set, pop_order_matches_cpython)
{
    static const long v[] = {64, 0, 32, 8, 1};
    Object *s = set_of(v, 5, false);
    static const long expected[] = {64, 0, 32, 1, 8};
    for (int i = 0; i < 5; i++) {
        Object *k = set_pop(s);
        cr_assert_not_null(k);
        cr_assert_eq(as_long(k), expected[i]);
        OBJ_DECREF(k);
    }
    cr_assert_null(set_pop(s));
    cr_assert(exc_matches(Exc_KeyError));
    exc_clear();
    OBJ_DECREF(s);
}

Test(set, frozenset_hash_matches_cpython)
{
    static const long a[] = {1, 2, 3};
    static const long b[] = {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4};
    static const long c[] = {1L << 40, 7};
    Object *f = set_of(a, 3, true);
    cr_assert_eq(obj_hash(f), (hash_t)-272375401224217160LL);
    OBJ_DECREF(f);
    f = set_of(b, 10, true);
    cr_assert_eq(obj_hash(f), (hash_t)835390546672302284LL);
    OBJ_DECREF(f);
    f = set_of(c, 2, true);
    cr_assert_eq(obj_hash(f), (hash_t)3110874308590974904LL);
    OBJ_DECREF(f);
    f = frozenset_new(NULL);
    cr_assert_eq(obj_hash(f), (hash_t)133146708735736LL);
    OBJ_DECREF(f);
    Object *s = set_of(a, 3, false);
    cr_assert_eq(obj_hash(s), -1);          /* unhashable type: 'set' */
    cr_assert(exc_matches(Exc_TypeError));
    exc_clear();
    OBJ_DECREF(s);
}

Test(set, string_keys)
{
    Object *s = set_new(NULL);
    const char *words[] = {"alpha", "beta", "gamma", "delta", "alpha", "beta", "epsilon"};
    for (int i = 0; i < 7; i++) {
        Object *w = str_from_cstr(words[i]);
        cr_assert_eq(set_add(s, w), 0);
        OBJ_DECREF(w);
    }
    cr_assert_eq(SET_SIZE(s), 5);
    Object *probe = str_from_cstr("gamma");     /* equal, not identical */
    cr_assert_eq(set_contains(s, probe), 1);
    cr_assert_eq(set_discard(s, probe), 1);
    cr_assert_eq(set_contains(s, probe), 0);
    OBJ_DECREF(probe);
    cr_assert_eq(SET_SIZE(s), 4);
    OBJ_DECREF(s);
}

Test(set, unhashable_keys_and_set_keys)
{
    Object *s = set_new(NULL);
    Object *l = list_new(0);
    cr_assert_eq(set_add(s, l), -1);
    cr_assert(exc_matches(Exc_TypeError));
    exc_clear();
    /* `{1, 2} in {frozenset({1, 2})}` looks the set up as a frozenset */
    static const long v[] = {1, 2};
    Object *inner = set_of(v, 2, true);
    cr_assert_eq(set_add(s, inner), 0);
    Object *key = set_of(v, 2, false);
    cr_assert_eq(obj_contains(s, key), 1);
    cr_assert_eq(set_contains(s, key), -1);     /* the C API does not convert, as PySet_Contains */
    exc_clear();
    OBJ_DECREF(key);
    OBJ_DECREF(inner);
    OBJ_DECREF(l);
    OBJ_DECREF(s);
}

Test(set, sizeof_follows_cpython)
{
    Object *s = set_new(NULL);
    static const ssize_t expected[] = {200, 200, 200, 200, 200, 712};   /* python3: __sizeof__ */
    for (int i = 0; i < 6; i++) {
        cr_assert_eq(set_sizeof(s), expected[i]);
        if (i < 5) add_int(s, i);
    }
    for (int i = 5; i < 18; i++) add_int(s, i);
    cr_assert_eq(set_sizeof(s), 712);
    add_int(s, 18);                         /* the 19th key: 32 slots -> 128 */
    cr_assert_eq(set_sizeof(s), 2248);
    OBJ_DECREF(s);
    cr_assert_eq((ssize_t)sizeof(SetObject), 200);
    cr_assert_eq(set_type.basicsize + (ssize_t)sizeof(GCHead), 216);
}

Test(set, operators_and_tracking)
{
    static const long a[] = {1, 9, 17, 25, 33};
    static const long b[] = {2, 10, 18, 26};
    Object *u = set_of(a, 5, false), *v = set_of(b, 4, false);
    Object *r = obj_binary_op(u, v, NB_OR);
    cr_assert_not_null(r);
    assert_repr(r, "{1, 33, 2, 9, 10, 17, 18, 25, 26}");
    OBJ_DECREF(r);
    r = obj_binary_op(v, u, NB_XOR);
    assert_repr(r, "{1, 2, 9, 10, 17, 18, 25, 26, 33}");
    OBJ_DECREF(r);
    r = obj_binary_op(u, v, NB_AND);
    assert_repr(r, "set()");
    OBJ_DECREF(r);
    Object *t = tuple_new(0);
    cr_assert_null(obj_binary_op(u, t, NB_SUBTRACT));
    cr_assert(exc_matches(Exc_TypeError));
    exc_clear();
    OBJ_DECREF(t);
    cr_assert(gc_is_tracked(u));
    Object *f = frozenset_new(u);
    cr_assert(gc_is_tracked(f));
    cr_assert_eq(frozenset_new(f), f);      /* frozenset(f) is f */
    OBJ_DECREF(f);
    cr_assert_eq(obj_richcompare_bool(f, u, RICH_EQ), 1);
    cr_assert_eq(obj_richcompare_bool(v, u, RICH_LT), 0);
    OBJ_DECREF(f);
    OBJ_DECREF(u);
    OBJ_DECREF(v);
}

Test(set, iterator_detects_size_change)
{
    static const long a[] = {1, 2, 3};
    Object *s = set_of(a, 3, false);
    Object *it = obj_get_iter(s);
    cr_assert_not_null(it);
    cr_assert_eq(TYPE(it), &set_iter_type);
    Object *x = obj_iter_next(it);
    cr_assert_eq(as_long(x), 1);
    OBJ_DECREF(x);
    add_int(s, 4);
    cr_assert_null(obj_iter_next(it));
    cr_assert(exc_matches(Exc_RuntimeError));
    exc_clear();
    discard_int(s, 4);                      /* the error is sticky */
    cr_assert_null(obj_iter_next(it));
    cr_assert(exc_matches(Exc_RuntimeError));
    exc_clear();
    OBJ_DECREF(it);
    OBJ_DECREF(s);
}
