/* test_num_speed.c: the number fast paths (objects/intobject.c, floatobject.c): the float free
 * list keeps identity and refcount semantics (ints have none, as in CPython 3.11),
 * int_from_ssize_fast hits the small-int cache exactly for -5..256, the compact int -> str
 * conversion, and the fast float repr and hash agree with the general algorithms. Each test runs on a fresh interpreter. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "objects/object.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
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

TestSuite(num_speed, .init = setup, .fini = teardown);

Test(num_speed, float_free_list_reuses_and_is_bounded)
{
    Object *objs[300];
    for (int i = 0; i < 300; i++) {
        objs[i] = float_from_double(i + 0.5);
        cr_assert_not_null(objs[i]);
        cr_assert_eq(objs[i]->refcnt, 1);
        cr_assert_eq(TYPE(objs[i]), &float_type);
        cr_assert_eq(FLOAT_VALUE(objs[i]), i + 0.5);
    }
    for (int i = 0; i < 300; i++)
        OBJ_DECREF(objs[i]);
    cr_assert_eq(float_numfree, FLOAT_MAX_FREE);
    Object *t = float_new(1.0);
    OBJ_DECREF(t);                      /* back on the list, on top */
    cr_assert_eq(float_numfree, FLOAT_MAX_FREE);
    Object *f = float_new(2.25);        /* the most recently freed float comes back first */
    cr_assert_eq(f, t);
    cr_assert_eq(float_numfree, FLOAT_MAX_FREE - 1);
    cr_assert_eq(f->refcnt, 1);
    cr_assert_eq(TYPE(f), &float_type);
    cr_assert_eq(FLOAT_VALUE(f), 2.25);
    Object *g = float_new(3.0);
    cr_assert_neq(f, g);                /* two live floats are distinct objects */
    OBJ_DECREF(f);
    OBJ_DECREF(g);
}

Test(num_speed, int_from_ssize_fast_small_cache_range)
{
    for (intptr_t v = -10; v <= 300; v++) {
        Object *a = int_from_ssize_fast(v), *b = int_from_ssize_fast(v);
        cr_assert_eq(INT_COMPACT_VALUE(a), v);
        cr_assert_eq(TYPE(a), &int_type);
        if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
            cr_assert_eq(a, b, "%ld should be cached", (long)v);
            Object *c = int_from_long((long)v);
            cr_assert_eq(a, c);
            OBJ_DECREF(c);
        }
        else {
            cr_assert_neq(a, b, "%ld should not be cached", (long)v);
            cr_assert_eq(a->refcnt, 1);
        }
        OBJ_DECREF(a);
        OBJ_DECREF(b);
    }
    Object *big = int_from_ssize_fast((intptr_t)1 << 40);
    cr_assert_eq(SIZE(big), 2);
    cr_assert_eq(int_as_ssize(big), (ssize_t)1 << 40);
    OBJ_DECREF(big);
}

Test(num_speed, fresh_ints_after_many_frees)
{
    Object *objs[150];
    for (int i = 0; i < 150; i++)
        objs[i] = int_from_i64(1000 + i);
    for (int i = 0; i < 150; i++)
        OBJ_DECREF(objs[i]);
    Object *neg = int_from_i64(-123456);
    cr_assert_eq(SIZE(neg), -1);
    cr_assert_eq(neg->refcnt, 1);
    cr_assert_eq(int_as_ssize(neg), -123456);
    Object *two = int_from_i64((int64_t)1 << 35);        /* two digits: never from the list */
    cr_assert_eq(SIZE(two), 2);
    cr_assert_eq(int_as_ssize(two), (ssize_t)1 << 35);
    OBJ_DECREF(neg);
    OBJ_DECREF(two);
}

Test(num_speed, compact_to_decimal)
{
    static const int64_t vals[] = { 0, 1, 9, 10, 11, 99, 100, 101, 255, 256, 257, 1000, 99999,
                                    -1, -5, -9, -10, -99, -100, 1073741823, -1073741823,
                                    INT64_MAX, INT64_MIN + 1, 1234567890123456789LL };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        char want[32];
        snprintf(want, sizeof want, "%lld", (long long)vals[i]);
        Object *s = int_compact_to_decimal((intptr_t)vals[i]);
        cr_assert_not_null(s);
        cr_assert_str_eq(STR_DATA(s), want);
        cr_assert_eq(STR_LEN(s), (ssize_t)strlen(want));
        cr_assert(STR_IS_ASCII(s));
        OBJ_DECREF(s);
        Object *o = int_from_i64(vals[i]);
        Object *r = obj_str(o);
        cr_assert_str_eq(STR_DATA(r), want);
        OBJ_DECREF(r);
        OBJ_DECREF(o);
    }
    Object *a = int_compact_to_decimal(7), *b = int_compact_to_decimal(7);
    cr_assert_eq(a, b);                 /* one-character strs are the cached ones */
    OBJ_DECREF(a);
    OBJ_DECREF(b);
}

/* The fast repr must agree with the general algorithm (float_repr_buf) everywhere. */
static void check_repr(double v)
{
    char want[64];
    float_repr_buf(v, want, sizeof want);
    Object *f = float_new(v);
    Object *s = obj_repr(f);
    cr_assert_str_eq(STR_DATA(s), want, "repr(%.17g)", v);
    OBJ_DECREF(s);
    OBJ_DECREF(f);
}

Test(num_speed, fast_repr_agrees_with_general)
{
    static const double edge[] = { 0.0, -0.0, 1e-4, 9.999999999999999e-05, 1e15, 1e16, 9999999999999998.0,
                                   999999999999999.9, 123456789012345.6, 0.30000000000000004, 5e-324,
                                   1.7976931348623157e308, 1e22, 1e-5, 0.1, 1.0 / 3, 4503599627370496.5 };
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++) {
        check_repr(edge[i]);
        check_repr(-edge[i]);
    }
    for (int i = 0; i < 20000; i++) {
        check_repr(i * 0.1);
        check_repr(i / 7.0);
        check_repr(-i * 0.37);
        check_repr(i * 1e-4);
        check_repr(ldexp((double)(i * 2654435761u % 1000003), i % 60 - 40));
    }
    check_repr(INFINITY);
    check_repr(-INFINITY);
    check_repr(NAN);
}

Test(num_speed, float_hash_of_integral_values_matches_int)
{
    static const double vals[] = { 0.0, -0.0, 1.0, -1.0, -2.0, 2.0, 1e15, -1e15, 4503599627370495.0,
                                   4503599627370496.0, 9007199254740992.0, 1e300, -1e300, 12345.0 };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        Object *o = int_from_double(vals[i]);
        cr_assert_eq(float_hash_value(vals[i]), int_hash_value(o), "hash(%g)", vals[i]);
        OBJ_DECREF(o);
    }
    cr_assert_eq(float_hash_value(-1.0), -2);
    cr_assert_eq(float_hash_value(0.5), (hash_t)1 << 60);
}
