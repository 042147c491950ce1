/* test_float.c: unit tests of the float type (objects/floatobject.c, floatrepr.c, numformat.c)
 * through the C API: shortest round-trip repr against a table python3 printed (exact values as
 * C hex literals), parsing with its accepted forms and messages, the numeric hash, round(),
 * format(), exact comparison with ints and the arithmetic error messages. Each test runs on a
 * fresh interpreter (vm_init/vm_fini). */
#include <criterion/criterion.h>
#include <math.h>
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

TestSuite(float, .init = setup, .fini = teardown);

static void check_error(Object *result, TypeObject *type, const char *msg)
{
    cr_assert_null(result);
    cr_assert(exc_matches(type), "wrong exception type");
    Object *exc = exc_fetch();
    Object *m = exc_message_str(exc);
    cr_assert_not_null(m);
    cr_assert_str_eq(STR_DATA(m), msg);
    OBJ_DECREF(m);
    OBJ_DECREF(exc);
}

/* The bits of two doubles are equal (tells -0.0 from 0.0). */
static bool same_double(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b));
}

static const struct { double value; const char *repr; } repr_cases[] = {
    { 0x1.999999999999ap-4, "0.1" },
    { 0x1.999999999999ap-3, "0.2" },
    { 0x1.3333333333334p-2, "0.30000000000000004" },
    { 0x1.5555555555555p-2, "0.3333333333333333" },
    { 0x1.5555555555555p-1, "0.6666666666666666" },
    { 0x1.1c37937e08000p+53, "1e+16" },
    { 0x1.4f8b588e368f1p-17, "1e-05" },
    { 0x1.a36e2eb1c432dp-14, "0.0001" },
    { 0x1.c12218377de40p+46, "123456789012345.0" },
    { 0x1.18b54f22aeb00p+50, "1234567890123456.0" },
    { 0x1.0f0cf064dd592p+73, "1e+22" },
    { 0x1.52d02c7e14af6p+76, "1e+23" },
    { 0x0.0000000000001p-1022, "5e-324" },
    { 0x0.0000000000002p-1022, "1e-323" },
    { 0x1.0000000000000p-1022, "2.2250738585072014e-308" },
    { 0x1.fffffffffffffp+1023, "1.7976931348623157e+308" },
    { 0x1.0000000000000p-1022, "2.2250738585072014e-308" },
    { 0x1.0000000000000p-1021, "4.450147717014403e-308" },
    { 0x1.0000000000000p+63, "9.223372036854776e+18" },
    { 0x1.0000000000000p+64, "1.8446744073709552e+19" },
    { 0x1.0000000000000p+53, "9007199254740992.0" },
    { 0x1.1666666666666p+2, "4.35" },
    { 0x1.c7e83209e90b2p+72, "8.41e+21" },
    { 0x1.7e43c8800759cp+996, "1e+300" },
    { 0x1.0000000000000p-1, "0.5" },
    { 0x1.9000000000000p+6, "100.0" },
    { -0x0.0p+0, "-0.0" },
    { -0x1.8000000000000p+0, "-1.5" },
    { 0x1.5666666666666p+1, "2.675" },
    { 0x1.a36e2eb1c432dp-15, "5e-05" },
    { 0x1.0000000000000p-1000, "9.332636185032189e-302" },
    { 0x1.0000000000000p-500, "3.054936363499605e-151" },
    { 0x1.0000000000000p-100, "7.888609052210118e-31" },
    { 0x1.0000000000000p-10, "0.0009765625" },
    { 0x1.0000000000000p+10, "1024.0" },
    { 0x1.0000000000000p+60, "1.152921504606847e+18" },
    { 0x1.0000000000000p+100, "1.2676506002282294e+30" },
    { 0x1.0000000000000p+500, "3.273390607896142e+150" },
    { 0x1.0000000000000p+1000, "1.0715086071862673e+301" },
    { 0x1.2d7283ab5a383p+803, "6.281422160250761e+241" },
    { -0x1.c65fe72129737p+991, "-3.714495214539439e+298" },
    { -0x1.48b905e5c7474p-714, "-1.4899540913722066e-215" },
    { -0x1.495104513e9a4p+334, "-4.501860577151965e+100" },
    { -0x1.5b1d8560d8297p-869, "-3.4448282974871947e-262" },
    { 0x1.bf4d9c097ce13p-860, "2.272823609468156e-259" },
    { 0x1.8d06eec35bea1p+802, "4.1365348509257663e+241" },
    { -0x1.0ca3ee9896e77p-335, "-1.499279998173067e-101" },
    { -0x1.a87369f4b56d2p-830, "-2.3157465536046427e-250" },
    { -0x1.b6ec663bc45c1p-608, "-1.614029396311327e-183" },
    { -0x1.fc89649f9b43ap+519, "-3.409181143433498e+156" },
    { 0x1.fb5c0fe3f7f14p-529, "1.1277380288664419e-159" },
    { 0x1.f578cede15ff1p-556, "8.304797618838449e-168" },
    { 0x1.6a1e7b1243c1bp-704, "1.6807165558205658e-212" },
    { 0x1.949efe35fed0dp+341, "7.080061766855847e+102" },
    { -0x1.89bdd1a845f0dp+438, "-1.0917150699312332e+132" },
    { -0x1.733f5bd72f56dp+993, "-1.2139736524159657e+299" },
    { -0x1.662adeefe4237p+666, "-4.2837417310395595e+200" },
    { -0x1.7d8f2005075e8p+356, "-2.1877630681114125e+107" },
    { -0x1.9ba74a4ae0b71p-709, "-5.970695145048062e-214" },
    { 0x1.3b11756980427p+153, "1.4052511199339634e+46" },
    { 0x1.364c8959f352ep+72, "5.724005700970255e+21" },
    { -0x1.739631b6ebfddp-488, "-1.8162779360938163e-147" },
    { -0x1.04b77aa8323f6p+496, "-2.083563592139126e+149" },
    { 0x1.fc8ef35ae2cd6p+255, "1.150137494690702e+77" },
    { 0x1.7d9dd804b2962p-509, "8.894457697299141e-154" },
    { -0x1.e3e63d07da479p+251, "-6.8398094346515935e+75" },
    { 0x1.dfe43d27ba20ep+676, "5.877331862915562e+203" },
    { -0x1.d4c489635f071p+217, "-3.856797109255368e+65" },
    { 0x1.e8c2308bb2028p+402, "1.9720261164680139e+121" },
    { 0x1.6e1559c10c03bp-418, "2.1125251323803378e-126" },
    { -0x1.09d76939d412cp-917, "-9.372958774881357e-277" },
    { -0x1.eb02e138b7d01p-833, "-3.3486139994896626e-251" },
    { -0x1.e030a8be16eabp-361, "-3.9934180744097305e-109" },
    { -0x1.d73444660ac57p+487, "-7.354904652395681e+146" },
    { -0x1.52a49c6610000p-245, "-2.339662501540623e-74" },
    { 0x1.163037f058744p-637, "1.9054244816128375e-192" },
    { 0x1.65a408c5ee086p+821, "1.9535902653783406e+247" },
    { 0x1.b40cd2b05600ap-979, "3.3337318171262915e-295" },
    { 0x1.81490706ca8fcp+27, "202000440.21222675" },
};

Test(float, repr_is_shortest_round_trip)
{
    char buf[32];
    for (size_t i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        float_repr_buf(repr_cases[i].value, buf, sizeof buf);
        cr_assert_str_eq(buf, repr_cases[i].repr, "case %zu", i);
        Object *f = float_new(repr_cases[i].value);
        Object *s = obj_repr(f);
        cr_assert_str_eq(STR_DATA(s), repr_cases[i].repr);
        OBJ_DECREF(s);
        OBJ_DECREF(f);
    }
    float_repr_buf(INFINITY, buf, sizeof buf);
    cr_assert_str_eq(buf, "inf");
    float_repr_buf(-INFINITY, buf, sizeof buf);
    cr_assert_str_eq(buf, "-inf");
    float_repr_buf(-NAN, buf, sizeof buf);
    cr_assert_str_eq(buf, "nan");
}

static const struct { const char *text; double value; } parse_cases[] = {
    { "0.1", 0x1.999999999999ap-4 }, { "1e500", INFINITY }, { "-1e-400", -0.0 }, { "  .5e1 ", 5.0 },
    { "1_0.2_5", 10.25 }, { "inFinity", INFINITY }, { "-inf", -INFINITY }, { "\xd9\xa1.5", 1.5 },
    { "4.9406564584124654e-324", 0x0.0000000000001p-1022 }, { "2.4703282292062328e-324", 0x0.0000000000001p-1022 },
    { "2.4703282292062327e-324", 0.0 }, { "1.7976931348623158e308", 0x1.fffffffffffffp+1023 },
    { "9007199254740993", 9007199254740992.0 }, { "5.", 5.0 }, { "\xc2\xa0" "2\xe2\x80\x83", 2.0 },
};

static const char *const bad_floats[] = { "", " ", ".", "e5", "1e", "1__0", "_1", "1_", "1_e5", "1e_5", "0x10",
                                          "infinit", "nan(1)", "1 2", "in_f" };

Test(float, parsing)
{
    for (size_t i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
        Object *f = float_from_string(parse_cases[i].text, (ssize_t)strlen(parse_cases[i].text));
        cr_assert_not_null(f, "case %zu", i);
        cr_assert(same_double(FLOAT_VALUE(f), parse_cases[i].value), "case %zu: %a", i, FLOAT_VALUE(f));
        OBJ_DECREF(f);
    }
    Object *f = float_from_string("-nan", 4);
    cr_assert(isnan(FLOAT_VALUE(f)));
    OBJ_DECREF(f);
    for (size_t i = 0; i < sizeof bad_floats / sizeof bad_floats[0]; i++) {
        char msg[128];
        snprintf(msg, sizeof msg, "could not convert string to float: '%s'", bad_floats[i]);
        check_error(float_from_string(bad_floats[i], (ssize_t)strlen(bad_floats[i])), Exc_ValueError, msg);
    }
    f = float_from_literal("1_000.5e-3");
    cr_assert_eq(FLOAT_VALUE(f), 1.0005);
    OBJ_DECREF(f);
}

static const struct { double value; long long hash; } hash_cases[] = {
    { 0.5, 1152921504606846976LL }, { 1.5, 1152921504606846977LL }, { -2.25, -576460752303423490LL },
    { 0x1.249ad2594c37dp+332, 1822893315824342674LL }, { 0x1.56e1fc2f8f359p-997, 482449582752280463LL },
    { 0x1.921f9f01b866ep+1, 326484311674566659LL }, { 0x1.0p+61, 1LL }, { INFINITY, 314159LL },
    { -INFINITY, -314159LL }, { -1.0, -2LL }, { 0.0, 0LL }, { -0.0, 0LL },
};

Test(float, hash_matches_cpython)
{
    for (size_t i = 0; i < sizeof hash_cases / sizeof hash_cases[0]; i++)
        cr_assert_eq((long long)float_hash_value(hash_cases[i].value), hash_cases[i].hash, "case %zu", i);
    /* integral floats hash like the equal int */
    Object *i = int_from_string("1000000000000000000000000", 25, 10);
    Object *f = float_new(1e24);
    cr_assert_neq(obj_hash(i), obj_hash(f));
    cr_assert_eq(obj_richcompare_bool(i, f, RICH_EQ), 0);    /* 1e24 is not exactly 10**24 */
    OBJ_DECREF(i);
    i = int_from_double(1e24);
    cr_assert_eq(obj_hash(i), obj_hash(f));
    cr_assert_eq(obj_richcompare_bool(i, f, RICH_EQ), 1);
    OBJ_DECREF(i);
    OBJ_DECREF(f);
}

static const struct { double x; int n; double expected; } round_cases[] = {
    { 0x1.5666666666666p+1, 2, 0x1.55c28f5c28f5cp+1 }, { 0x1.0p-3, 2, 0x1.eb851eb851eb8p-4 },
    { 0x1.8p-2, 2, 0x1.851eb851eb852p-2 }, { 0x1.34a456d5cfaadp+10, -2, 0x1.2cp+10 },
    { 0x1.1eb2d66005835p+997, -299, 0x1.1eb2d66005835p+997 }, { 0x0.0000000000001p-1022, 323, 0.0 },
    { -0x1.999999999999ap-2, 0, -0.0 }, { 0x1.12e0be826d695p-32, 10, 0x1.49da7e361ce4cp-32 },
    { 0x1.1ccf385ebc8a0p+1023, -308, 0x1.1ccf385ebc8a0p+1023 }, { 25.0, -1, 20.0 }, { 35.0, -1, 40.0 },
};

Test(float, round_is_correctly_rounded)
{
    for (size_t i = 0; i < sizeof round_cases / sizeof round_cases[0]; i++) {
        Object *n = int_from_long(round_cases[i].n);
        Object *r = float_round(round_cases[i].x, n);
        cr_assert_not_null(r);
        cr_assert(same_double(FLOAT_VALUE(r), round_cases[i].expected), "case %zu: %a", i, FLOAT_VALUE(r));
        OBJ_DECREF(r);
        OBJ_DECREF(n);
    }
    Object *r = float_round(2.5, NULL);
    cr_assert(INT_CHECK(r) && INT_COMPACT_VALUE(r) == 2);
    OBJ_DECREF(r);
    r = float_round(-3.5, NONE);
    cr_assert(INT_COMPACT_VALUE(r) == -4);
    OBJ_DECREF(r);
    Object *n = int_from_long(-308);
    check_error(float_round(0x1.fffffffffffffp+1023, n), Exc_OverflowError, "rounded value too large to represent");
    OBJ_DECREF(n);
    check_error(float_round(INFINITY, NULL), Exc_OverflowError, "cannot convert float infinity to integer");
}

static const struct { double value; const char *spec, *expected; } format_cases[] = {
    { 0x1.34a456d5cfaadp+10, ",.2f", "1,234.57" }, { -0.0, "", "-0.0" }, { -0.0, "z", "0.0" },
    { 0x1.ad7f29abcaf48p-24, "", "1e-07" }, { 0.1, ".30f", "0.100000000000000005551115123126" },
    { 12.5, "%", "1250.000000%" }, { -1.5, "=+12.3e", "-  1.500e+00" }, { 1e16, ".3", "1e+16" },
    { NAN, "+", "+nan" }, { -INFINITY, "010F", "-000000INF" }, { 3.0, "#.0f", "3." }, { 1e100, "g", "1e+100" },
    { 0x1.e240c9fbe76c9p+16, "_.1f", "123_456.8" }, { 1.0, "", "1.0" }, { 1e22, "", "1e+22" },
};

Test(float, format)
{
    for (size_t i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
        Object *f = float_new(format_cases[i].value), *spec = str_from_cstr(format_cases[i].spec);
        Object *r = float_format(f, spec);
        cr_assert_not_null(r, "case %zu", i);
        cr_assert_str_eq(STR_DATA(r), format_cases[i].expected, "case %zu", i);
        OBJ_DECREF(r);
        OBJ_DECREF(spec);
        OBJ_DECREF(f);
    }
    Object *f = float_new(1.5), *spec = str_from_cstr("d");
    check_error(float_format(f, spec), Exc_ValueError, "Unknown format code 'd' for object of type 'float'");
    OBJ_DECREF(spec);
    spec = str_from_cstr(",_");
    check_error(float_format(f, spec), Exc_ValueError, "Cannot specify both ',' and '_'.");
    OBJ_DECREF(spec);
    OBJ_DECREF(f);
}

Test(float, arithmetic_errors_and_mixed_operands)
{
    Object *one = float_new(1.0), *zero = float_new(0.0), *izero = int_from_long(0), *three = int_from_long(3);
    check_error(obj_binary_op(one, zero, NB_TRUE_DIVIDE), Exc_ZeroDivisionError, "float division by zero");
    check_error(obj_binary_op(one, izero, NB_FLOOR_DIVIDE), Exc_ZeroDivisionError, "float floor division by zero");
    check_error(obj_binary_op(one, zero, NB_REMAINDER), Exc_ZeroDivisionError, "float modulo");
    check_error(float_divmod(one, izero), Exc_ZeroDivisionError, "float divmod()");
    Object *mone = float_new(-1.0);
    check_error(obj_binary_op(zero, mone, NB_POWER), Exc_ZeroDivisionError,
                "0.0 cannot be raised to a negative power");
    OBJ_DECREF(mone);
    Object *r = obj_binary_op(three, one, NB_TRUE_DIVIDE);
    cr_assert(FLOAT_CHECK(r) && FLOAT_VALUE(r) == 3.0);
    OBJ_DECREF(r);
    Object *m = float_new(-7.5), *two = int_from_long(2);
    r = obj_binary_op(m, two, NB_REMAINDER);
    cr_assert_eq(FLOAT_VALUE(r), 0.5);
    OBJ_DECREF(r);
    r = obj_binary_op(m, two, NB_FLOOR_DIVIDE);
    cr_assert_eq(FLOAT_VALUE(r), -4.0);
    OBJ_DECREF(r);
    OBJ_DECREF(m);
    OBJ_DECREF(two);
    OBJ_DECREF(one);
    OBJ_DECREF(zero);
    OBJ_DECREF(izero);
    OBJ_DECREF(three);
}

Test(float, exact_comparison_with_ints)
{
    Object *big = int_from_string("9007199254740993", 16, 10);     /* 2**53 + 1 */
    Object *f = float_new(9007199254740992.0);
    cr_assert_eq(obj_richcompare_bool(f, big, RICH_EQ), 0);
    cr_assert_eq(obj_richcompare_bool(f, big, RICH_LT), 1);
    cr_assert_eq(obj_richcompare_bool(big, f, RICH_GT), 1);
    OBJ_DECREF(f);
    f = float_new(9007199254740994.5);    /* rounds to 2**53 + 2 */
    cr_assert_eq(obj_richcompare_bool(f, big, RICH_GT), 1);
    OBJ_DECREF(f);
    f = float_new(NAN);
    cr_assert_eq(obj_richcompare_bool(f, big, RICH_EQ), 0);
    cr_assert_eq(obj_richcompare_bool(f, big, RICH_NE), 1);
    cr_assert_eq(obj_richcompare_bool(f, big, RICH_LT), 0);
    OBJ_DECREF(f);
    f = float_new(INFINITY);
    cr_assert_eq(obj_richcompare_bool(f, big, RICH_GT), 1);
    OBJ_DECREF(f);
    OBJ_DECREF(big);
    cr_assert_eq(float_as_double(TRUE_OBJ), 1.0);
    Object *s = str_from_cstr("x");
    cr_assert_eq(float_as_double(s), -1.0);
    check_error(NULL, Exc_TypeError, "must be real number, not str");
    OBJ_DECREF(s);
}
