/* test_int.c: unit tests of the int type (objects/intobject.c, longarith.c, intconv.c,
 * boolobject.c) through the C API: the small-int cache, C conversions and their rounding, the
 * numeric hash, arithmetic on big operands checked against values python3 computed (hashes of
 * results for operands built from the same LCG text in both), parsing and its messages, the
 * digit limit, and format(). Each test runs on a fresh interpreter (vm_init/vm_fini). */
#include <criterion/criterion.h>
#include <string.h>

#include "objects/object.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
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

TestSuite(int, .init = setup, .fini = teardown);

static Object *num(const char *text)
{
    Object *o = int_from_string(text, (ssize_t)strlen(text), 10);
    cr_assert_not_null(o, "cannot parse %s", text);
    return o;
}

/* Asserts that o (owned; released here) is an int whose decimal text is [expected]. */
static void check_dec(Object *o, const char *expected)
{
    cr_assert_not_null(o);
    cr_assert(INT_CHECK(o));
    Object *s = int_to_decimal(o);
    cr_assert_not_null(s);
    cr_assert_str_eq(STR_DATA(s), expected);
    OBJ_DECREF(s);
    OBJ_DECREF(o);
}

/* Asserts that a NULL result raised [type] with message [msg]; clears it. */
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

Test(int, small_cache_is_shared)
{
    Object *a = int_from_long(5), *b = int_from_long(5);
    cr_assert_eq(a, b);
    Object *c = int_from_long(300), *d = int_from_long(300);
    cr_assert_neq(c, d);
    Object *e = int_from_long(-5), *f = int_from_i64(-5), *g = int_from_u64(256), *h = int_from_ssize(256);
    cr_assert_eq(e, f);
    cr_assert_eq(g, h);
    /* arithmetic results in -5..256 are the cached objects */
    Object *m44 = int_from_long(-44);
    Object *sum = obj_binary_op(c, m44, NB_ADD);
    cr_assert_eq(sum, g);
    Object *big = num("123456789012345678901234567890");
    Object *diff = obj_binary_op(big, big, NB_SUBTRACT), *zero = int_from_long(0);
    cr_assert_eq(diff, zero);
    Object *objs[] = { a, b, c, d, e, f, g, h, m44, sum, big, diff, zero };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        OBJ_DECREF(objs[i]);
}

Test(int, layout_matches_cpython)
{
    Object *zero = int_from_long(0), *one = int_from_long(-1), *big = num("1073741824");
    cr_assert_eq(SIZE(zero), 0);
    cr_assert_eq(SIZE(one), -1);
    cr_assert_eq(SIZE(big), 2);
    cr_assert_eq(((IntObject *)big)->d[0], 0);
    cr_assert_eq(((IntObject *)big)->d[1], 1);
    cr_assert(INT_IS_COMPACT(one) && INT_COMPACT_VALUE(one) == -1);
    cr_assert(!INT_IS_COMPACT(big));
    OBJ_DECREF(zero);
    OBJ_DECREF(one);
    OBJ_DECREF(big);
}

Test(int, c_conversions)
{
    int overflow;
    Object *o = num("9223372036854775807");
    cr_assert_eq(int_as_i64(o, &overflow), INT64_MAX);
    cr_assert_eq(overflow, 0);
    OBJ_DECREF(o);
    o = num("-9223372036854775808");
    cr_assert_eq(int_as_i64(o, &overflow), INT64_MIN);
    cr_assert_eq(overflow, 0);
    OBJ_DECREF(o);
    o = num("9223372036854775808");
    int_as_i64(o, &overflow);
    cr_assert_eq(overflow, 1);
    cr_assert_eq(int_as_ssize(o), -1);
    check_error(NULL, Exc_OverflowError, "Python int too large to convert to C ssize_t");
    OBJ_DECREF(o);
    o = num("-100000000000000000000");
    int_as_long(o, &overflow);
    cr_assert_eq(overflow, -1);
    OBJ_DECREF(o);
    check_dec(int_from_u64(UINT64_MAX), "18446744073709551615");
    check_dec(int_from_i64(INT64_MIN), "-9223372036854775808");
    check_dec(int_from_long(-1073741824), "-1073741824");
    cr_assert_eq(int_bit_length(o = num("-1267650600228229401496703205376")), 101);
    cr_assert_eq(int_sign(o), -1);
    OBJ_DECREF(o);
}

static const struct { const char *text; double value; } to_double_cases[] = {
    { "9007199254740993", 0x1.0000000000000p+53 },
    { "18014398509481986", 0x1.0000000000000p+54 },
    { "18014398509481990", 0x1.0000000000002p+54 },
    { "18446744073709551615", 0x1.0000000000000p+64 },
    { "10000000000000000000000", 0x1.0f0cf064dd592p+73 },
    { "100000000000000000000000", 0x1.52d02c7e14af6p+76 },
    { "-123456789012345678901234567890", -0x1.8ee90ff6c373ep+96 },
    { "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", 0x1.fffffffffffffp+1023 },
};

Test(int, to_double_rounds_half_even)
{
    for (size_t i = 0; i < sizeof to_double_cases / sizeof to_double_cases[0]; i++) {
        Object *o = num(to_double_cases[i].text);
        cr_assert_eq(int_as_double(o), to_double_cases[i].value, "case %zu", i);
        OBJ_DECREF(o);
    }
    /* 2**1024 - 2**970 is halfway to 2**1024: overflows */
    Object *o = num("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792");
    cr_assert_eq(int_as_double(o), -1.0);
    check_error(NULL, Exc_OverflowError, "int too large to convert to float");
    OBJ_DECREF(o);
    check_dec(int_from_double(-1e20), "-100000000000000000000");
    check_dec(int_from_double(0x1.fffffffffffffp+1023), to_double_cases[7].text);
    check_dec(int_from_double(-0.99), "0");
    check_error(int_from_double(1.0 / 0.0), Exc_OverflowError, "cannot convert float infinity to integer");
    check_error(int_from_double(0.0 / 0.0), Exc_ValueError, "cannot convert float NaN to integer");
}

static const struct { const char *text; long long hash; } hash_cases[] = {
    { "0", 0LL },
    { "1", 1LL },
    { "-1", -2LL },
    { "1073741823", 1073741823LL },
    { "1073741824", 1073741824LL },
    { "-1073741824", -1073741824LL },
    { "2305843009213693950", 2305843009213693950LL },
    { "2305843009213693951", 0LL },
    { "2305843009213693952", 1LL },
    { "4611686018427387909", 7LL },
    { "-9223372036854775808", -4LL },
    { "18446744073709551616", 8LL },
    { "1000000000000000000000000000000", 465258685558744706LL },
    { "-1000000000000000000000000000001", -465258685558744707LL },
    { "515377520732011331036461129765621272702107522001", 1175369268131054105LL },
};

Test(int, hash_matches_cpython)
{
    for (size_t i = 0; i < sizeof hash_cases / sizeof hash_cases[0]; i++) {
        Object *o = num(hash_cases[i].text);
        cr_assert_eq((long long)int_hash_value(o), hash_cases[i].hash, "hash(%s)", hash_cases[i].text);
        cr_assert_eq((long long)obj_hash(o), hash_cases[i].hash);
        OBJ_DECREF(o);
    }
    cr_assert_eq(obj_hash(TRUE_OBJ), 1);
}

/* Builds the int whose hex text comes from the same LCG as the python3 generator. */
static Object *lcg_int(uint64_t seed, int n, int neg)
{
    char buf[8192];
    uint64_t x = seed;
    for (int i = 0; i < n; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        buf[i] = "0123456789abcdef"[x >> 60];
    }
    buf[n] = '\0';
    Object *v = int_from_string(buf, n, 16);
    cr_assert_not_null(v);
    if (neg) {
        Object *m = obj_negative(v);
        OBJ_DECREF(v);
        v = m;
    }
    return v;
}

static const struct {
    int sa, na, nega, sb, nb, negb;
    long long hashes[12];
    const char *head, *tail;
    int ndigits;
} big_cases[] = {
/* generated by python3: hash() of the results for operands built from LCG hex text */
    { 1, 40, 0, 2, 17, 0, { 1561228462433069168LL, 2234831582523053335LL, 805745594603635967LL, 1130964716388407323LL, 905984580904191275LL, 581087782185762887LL, 980140680247306281LL, 399052898061543394LL, 594421089501991609LL, 292344500258698832LL, 1589087356702571285LL, -1785598178766200726LL },
      "142384115032467270538846", "029336368936277998268180", 69 },
    { 3, 200, 1, 4, 150, 0, { -2138953596453851205LL, -1186253802519935899LL, -283604078697668279LL, -2043414704653111957LL, 1363761720900439606LL, 753938434154909815LL, -587049021395067069LL, -1340987455549976884LL, -90492189161863318LL, -226390593643143170LL, 318954163725207409LL, 554201233162297850LL },
      "-11344214954458046924528", "664741214877451807296752", 421 },
    { 5, 600, 0, 6, 590, 1, { 1872583872193505176LL, 749681460797180381LL, -1825294997695814304LL, -5246402544568LL, -1122968259621695689LL, 1983019864469916008LL, -110435992276410832LL, -2093455856746326840LL, 1456536099692941712LL, 1295615375078832642LL, 1485929350410375004LL, -1589965726771961235LL },
      "-97039572162931730921586", "342855846751328895552111", 1432 },
    { 7, 700, 1, 8, 9, 0, { -936091085366092911LL, -936091200232628345LL, -181058065926706370LL, -90987171209420324LL, 22084682856LL, 17599955460LL, -936091102966048371LL, -936091120566003831LL, -715874368570550253LL, -1235585168144991517LL, 735081860410570961LL, 1080644717337684859LL },
      "-21966131069168466022541", "493354236049364194552218", 854 },
    { 9, 1200, 0, 10, 1100, 0, { 1582115351122611527LL, 355384368707880788LL, 1876525643039987374LL, 897723747654357643LL, 676346061465746992LL, 2009924010346702252LL, 1878034349989603226LL, 2173953348856594925LL, 1215246724936625037LL, 2171300291315189554LL, 1115096934169401468LL, -2244452460983160345LL },
      "266805371432821772299658", "300448060318307581749525", 2769 },
    { 11, 2000, 1, 12, 1900, 1, { -1903843316227923154LL, -2071276364886563715LL, 2170905979424433559LL, 1266900742715494991LL, -643710526347990169LL, -104740399857870882LL, -1799102916370052272LL, 611480492701512561LL, -1955963287148125353LL, -358650500809800479LL, 980202811410727888LL, 278212778650132153LL },
      "244288366980315244732297", "131741798273902088496408", 4696 },
    { 13, 3000, 0, 14, 800, 0, { 1680886781885664664LL, 1952293817615715179LL, 1082595909247419522LL, 219786470928941000LL, 57542764537843148LL, 1096058945069891062LL, 584827836815773602LL, 1794611900959576491LL, 1387318758196005294LL, 1726048332036125048LL, 1704387288953904320LL, -1758451604523743616LL },
      "245025110531079233834024", "548573424409208680140736", 4576 },
    { 15, 5000, 0, 16, 2600, 1, { 2170783786268709853LL, 1703570225927456807LL, -1189187362831218954LL, -2166494428085329441LL, -1388262439741807326LL, 1246985647159665405LL, -1382044870104649503LL, -323187508050620957LL, 2033713365641254673LL, 2284556246340830922LL, 1051097063064822343LL, -2182954341508490411LL },
      "-32463213673753681687586", "698714669532641529667247", 9151 },
    { 17, 4000, 1, 18, 4000, 1, { -1614206464527130216LL, -1099260967961623872LL, 79034725897053277LL, 3LL, -584315471396117528LL, -1573892147836568082LL, -40314316690562134LL, 1533577831146005948LL, -1594392511455205024LL, -748705090159120072LL, 571169871420841301LL, 452244572081459014LL },
      "238647029143119172085787", "360311109906384597433653", 9633 },
    { 19, 130, 0, 20, 129, 0, { 1241646887843786307LL, 473051051919146933LL, 1396931335699302943LL, 11LL, 1241757890723337965LL, 1016863531602115265LL, 224783356241671042LL, 1513762833853249728LL, 745484641715904303LL, 1585682195933592033LL, 1696381071211560511LL, -285782989960488874LL },
      "476163397843648872784754", "407504568016530692998462", 312 },
};

Test(int, big_arithmetic_matches_cpython)
{
    int saved = int_max_str_digits;
    int_max_str_digits = 0;
    for (size_t i = 0; i < sizeof big_cases / sizeof big_cases[0]; i++) {
        Object *a = lcg_int((uint64_t)big_cases[i].sa, big_cases[i].na, big_cases[i].nega);
        Object *b = lcg_int((uint64_t)big_cases[i].sb, big_cases[i].nb, big_cases[i].negb);
        Object *s77 = int_from_long(77), *three = int_from_long(3);
        Object *na = obj_negative(a);
        Object *r[12] = {
            obj_binary_op(a, b, NB_ADD), obj_binary_op(a, b, NB_SUBTRACT), obj_binary_op(a, b, NB_MULTIPLY),
            obj_binary_op(a, b, NB_FLOOR_DIVIDE), obj_binary_op(a, b, NB_REMAINDER), obj_binary_op(a, b, NB_AND),
            obj_binary_op(a, b, NB_OR), obj_binary_op(a, b, NB_XOR), obj_binary_op(a, s77, NB_LSHIFT),
            obj_binary_op(a, s77, NB_RSHIFT), obj_binary_op(a, a, NB_MULTIPLY), obj_binary_op(na, three, NB_FLOOR_DIVIDE),
        };
        for (int k = 0; k < 12; k++) {
            cr_assert_not_null(r[k], "case %zu op %d", i, k);
            cr_assert_eq((long long)int_hash_value(r[k]), big_cases[i].hashes[k], "case %zu op %d", i, k);
        }
        /* the decimal text of the product: first and last digits, length */
        Object *s = int_to_decimal(r[2]);
        cr_assert_not_null(s);
        const char *text = STR_DATA(s);
        size_t len = strlen(text);
        cr_assert_eq(strncmp(text, big_cases[i].head, strlen(big_cases[i].head)), 0, "case %zu", i);
        cr_assert_str_eq(text + len - strlen(big_cases[i].tail), big_cases[i].tail, "case %zu", i);
        cr_assert_eq((int)(len - (text[0] == '-')), big_cases[i].ndigits);
        /* and back again */
        Object *back = int_from_string(text, (ssize_t)len, 10);
        cr_assert_not_null(back);
        cr_assert_eq(int_compare(back, r[2]), 0);
        /* (a*b) // b == a and (a*b) % b == 0 */
        Object *q = obj_binary_op(r[2], b, NB_FLOOR_DIVIDE), *m = obj_binary_op(r[2], b, NB_REMAINDER);
        cr_assert_eq(int_compare(q, a), 0);
        cr_assert_eq(SIZE(m), 0);
        OBJ_DECREF(q);
        OBJ_DECREF(m);
        OBJ_DECREF(back);
        OBJ_DECREF(s);
        for (int k = 0; k < 12; k++)
            OBJ_DECREF(r[k]);
        OBJ_DECREF(na);
        OBJ_DECREF(s77);
        OBJ_DECREF(three);
        OBJ_DECREF(a);
        OBJ_DECREF(b);
    }
    int_max_str_digits = saved;
}

Test(int, division_signs_and_errors)
{
    static const long cases[][4] = {
        { 7, 2, 3, 1 }, { -7, 2, -4, 1 }, { 7, -2, -4, -1 }, { -7, -2, 3, -1 }, { 0, 5, 0, 0 }, { 6, -3, -2, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *a = int_from_long(cases[i][0]), *b = int_from_long(cases[i][1]);
        Object *t = int_divmod(a, b);
        cr_assert_not_null(t);
        int ov;
        cr_assert_eq(int_as_i64(TUPLE_GET(t, 0), &ov), cases[i][2]);
        cr_assert_eq(int_as_i64(TUPLE_GET(t, 1), &ov), cases[i][3]);
        OBJ_DECREF(t);
        OBJ_DECREF(a);
        OBJ_DECREF(b);
    }
    Object *big = num("-100000000000000000000000000000000000001"), *d = num("7000000000000");
    check_dec(obj_binary_op(big, d, NB_FLOOR_DIVIDE), "-14285714285714285714285715");
    check_dec(obj_binary_op(big, d, NB_REMAINDER), "4999999999999");
    Object *zero = int_from_long(0);
    check_error(obj_binary_op(big, zero, NB_FLOOR_DIVIDE), Exc_ZeroDivisionError,
                "integer division or modulo by zero");
    check_error(obj_binary_op(big, zero, NB_REMAINDER), Exc_ZeroDivisionError, "integer modulo by zero");
    check_error(obj_binary_op(big, zero, NB_TRUE_DIVIDE), Exc_ZeroDivisionError, "division by zero");
    check_error(int_divmod(big, zero), Exc_ZeroDivisionError, "integer division or modulo by zero");
    OBJ_DECREF(zero);
    OBJ_DECREF(big);
    OBJ_DECREF(d);
}

static double true_div(const char *x, const char *y)
{
    Object *a = num(x), *b = num(y);
    Object *q = obj_binary_op(a, b, NB_TRUE_DIVIDE);
    cr_assert_not_null(q);
    cr_assert(FLOAT_CHECK(q));
    double v = FLOAT_VALUE(q);
    OBJ_DECREF(q);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    return v;
}

Test(int, true_division_is_correctly_rounded)
{
    cr_assert_eq(true_div("1", "3"), 1.0 / 3.0);
    cr_assert_eq(true_div("1000000000000000000000000000000", "7"), 0x1.cd98a8b00a10bp+96);
    cr_assert_eq(true_div("-100000000000000000000000000000000000000000000000000", "300000000000000000000"),
                 -0x1.0d43b7bc05df1p+98);
    /* 1 / 2**1074 is the smallest subnormal; 1 / 2**1075 is a tie that rounds to even (zero) */
    Object *one = int_from_long(1), *e1074 = int_from_long(1074), *e1075 = int_from_long(1075);
    Object *p1 = obj_binary_op(one, e1074, NB_LSHIFT), *p2 = obj_binary_op(one, e1075, NB_LSHIFT);
    Object *q1 = obj_binary_op(one, p1, NB_TRUE_DIVIDE), *q2 = obj_binary_op(one, p2, NB_TRUE_DIVIDE);
    cr_assert_eq(FLOAT_VALUE(q1), 0x0.0000000000001p-1022);
    cr_assert_eq(FLOAT_VALUE(q2), 0.0);
    Object *big = obj_binary_op(p2, p2, NB_MULTIPLY);
    check_error(obj_binary_op(big, one, NB_TRUE_DIVIDE), Exc_OverflowError,
                "integer division result too large for a float");
    OBJ_DECREF(big);
    OBJ_DECREF(q1);
    OBJ_DECREF(q2);
    OBJ_DECREF(p1);
    OBJ_DECREF(p2);
    OBJ_DECREF(one);
    OBJ_DECREF(e1074);
    OBJ_DECREF(e1075);
}

Test(int, powers)
{
    Object *two = int_from_long(2), *e = int_from_long(100), *m = int_from_long(1000000007);
    check_dec(int_pow(two, e, NULL), "1267650600228229401496703205376");
    check_dec(int_pow(two, e, m), "976371285");
    Object *neg = int_from_long(-1), *seven = int_from_long(7);
    check_dec(int_pow(two, neg, seven), "4");
    Object *f = int_pow(two, neg, NULL);
    cr_assert(FLOAT_CHECK(f) && FLOAT_VALUE(f) == 0.5);
    OBJ_DECREF(f);
    Object *zero = int_from_long(0), *four = int_from_long(4);
    check_error(int_pow(zero, neg, NULL), Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    check_error(int_pow(two, e, zero), Exc_ValueError, "pow() 3rd argument cannot be 0");
    check_error(int_pow(two, neg, four), Exc_ValueError, "base is not invertible for the given modulus");
    Object *mseven = int_from_long(-7), *three = int_from_long(3);
    check_dec(int_pow(two, three, mseven), "-6");
    OBJ_DECREF(mseven);
    OBJ_DECREF(three);
    OBJ_DECREF(zero);
    OBJ_DECREF(four);
    OBJ_DECREF(neg);
    OBJ_DECREF(seven);
    OBJ_DECREF(two);
    OBJ_DECREF(e);
    OBJ_DECREF(m);
}

Test(int, shifts_and_bitwise_on_negatives)
{
    Object *a = num("-1267650600228229401496703205377"), *s = int_from_long(3), *ns = int_from_long(-1);
    check_dec(obj_binary_op(a, s, NB_RSHIFT), "-158456325028528675187087900673");
    check_dec(obj_binary_op(a, s, NB_LSHIFT), "-10141204801825835211973625643016");
    check_error(obj_binary_op(a, ns, NB_LSHIFT), Exc_ValueError, "negative shift count");
    check_error(obj_binary_op(a, ns, NB_RSHIFT), Exc_ValueError, "negative shift count");
    Object *b = num("340282366920938463463374607431768211455");
    check_dec(obj_binary_op(a, b, NB_AND), "340282365653287863235145205935065006079");
    check_dec(obj_binary_op(a, b, NB_OR), "-1");
    check_dec(obj_binary_op(a, b, NB_XOR), "-340282365653287863235145205935065006080");
    check_dec(obj_invert(a), "1267650600228229401496703205376");
    Object *m6 = int_from_long(-6), *five = int_from_long(5);
    check_dec(obj_binary_op(m6, five, NB_AND), "0");
    check_dec(obj_binary_op(m6, five, NB_OR), "-1");
    check_dec(obj_binary_op(m6, five, NB_XOR), "-1");
    OBJ_DECREF(m6);
    OBJ_DECREF(five);
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    OBJ_DECREF(s);
    OBJ_DECREF(ns);
}

Test(int, bools)
{
    cr_assert_eq(TYPE(TRUE_OBJ), &bool_type);
    cr_assert(INT_CHECK(TRUE_OBJ) && BOOL_CHECK(FALSE_OBJ));
    Object *r = obj_binary_op(TRUE_OBJ, FALSE_OBJ, NB_OR);
    cr_assert_eq(r, TRUE_OBJ);
    OBJ_DECREF(r);
    r = obj_binary_op(TRUE_OBJ, TRUE_OBJ, NB_ADD);
    cr_assert_eq(TYPE(r), &int_type);
    check_dec(r, "2");
    Object *s = obj_repr(TRUE_OBJ);
    cr_assert_str_eq(STR_DATA(s), "True");
    OBJ_DECREF(s);
    s = obj_str(FALSE_OBJ);
    cr_assert_str_eq(STR_DATA(s), "False");
    OBJ_DECREF(s);
}

static const struct { const char *text; int base; const char *value; } parse_ok[] = {
    { "  -42\n", 10, "-42" }, { "0x_1f", 0, "31" }, { "0o17", 0, "15" }, { "0b101", 0, "5" }, { "00", 0, "0" },
    { "1_000", 10, "1000" }, { "zz", 36, "1295" }, { "+0X1F", 16, "31" }, { "\xd9\xa1\xd9\xa2", 10, "12" },
    { "\xc2\xa0" "7\xe3\x80\x80", 10, "7" }, { "123456789012345678901234567890", 10, "123456789012345678901234567890" },
    { "-ffffffffffffffffffffffff", 16, "-79228162514264337593543950335" },
};

static const struct { const char *text; int base; const char *msg; } parse_bad[] = {
    { "", 10, "invalid literal for int() with base 10: ''" },
    { "010", 0, "invalid literal for int() with base 0: '010'" },
    { "1__0", 10, "invalid literal for int() with base 10: '1__0'" },
    { "_1", 10, "invalid literal for int() with base 10: '_1'" },
    { "1_", 10, "invalid literal for int() with base 10: '1_'" },
    { "0x", 16, "invalid literal for int() with base 16: '0x'" },
    { "12", 2, "invalid literal for int() with base 2: '12'" },
    { "1.5", 10, "invalid literal for int() with base 10: '1.5'" },
    { "12", 37, "int() base must be >= 2 and <= 36, or 0" },
};

Test(int, parsing)
{
    for (size_t i = 0; i < sizeof parse_ok / sizeof parse_ok[0]; i++)
        check_dec(int_from_string(parse_ok[i].text, (ssize_t)strlen(parse_ok[i].text), parse_ok[i].base),
                  parse_ok[i].value);
    for (size_t i = 0; i < sizeof parse_bad / sizeof parse_bad[0]; i++) {
        Object *r = int_from_string(parse_bad[i].text, (ssize_t)strlen(parse_bad[i].text), parse_bad[i].base);
        check_error(r, Exc_ValueError, parse_bad[i].msg);
    }
    check_dec(int_from_literal("0x_ff"), "255");
    check_dec(int_from_literal("1_000_000"), "1000000");
}

Test(int, digit_limit)
{
    char buf[4400];
    memset(buf, '7', 4301);
    buf[4301] = '\0';
    check_error(int_from_string(buf, 4301, 10), Exc_ValueError,
                "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
                "use sys.set_int_max_str_digits() to increase the limit");
    Object *v = int_from_string(buf, 4300, 10);
    cr_assert_not_null(v);
    Object *ten = int_from_long(10);
    Object *w = obj_binary_op(v, ten, NB_MULTIPLY);
    check_error(int_to_decimal(w), Exc_ValueError,
                "Exceeds the limit (4300 digits) for integer string conversion; "
                "use sys.set_int_max_str_digits() to increase the limit");
    Object *s = int_to_decimal(v);
    cr_assert_eq(STR_NBYTES(s), 4300);
    OBJ_DECREF(s);
    s = int_to_base(w, 16, true);       /* power-of-two bases have no limit */
    cr_assert_not_null(s);
    OBJ_DECREF(s);
    OBJ_DECREF(w);
    OBJ_DECREF(ten);
    OBJ_DECREF(v);
}

static void check_format(Object *v, const char *spec, const char *expected)
{
    Object *sp = str_from_cstr(spec);
    Object *r = int_format(v, sp);
    cr_assert_not_null(r, "format(%s)", spec);
    cr_assert_str_eq(STR_DATA(r), expected, "spec %s", spec);
    OBJ_DECREF(r);
    OBJ_DECREF(sp);
}

Test(int, format)
{
    Object *v = num("-1234567");
    check_format(v, "", "-1234567");
    check_format(v, ",", "-1,234,567");
    check_format(v, "015,", "-00,001,234,567");
    check_format(v, "#_x", "-0x12_d687");
    check_format(v, "^+14X", "   -12D687    ");
    check_format(v, "*>12", "****-1234567");
    check_format(v, ".2e", "-1.23e+06");
    check_format(v, "%", "-123456700.000000%");
    OBJ_DECREF(v);
    v = int_from_long(65);
    check_format(v, "c", "A");
    check_format(v, "#010b", "0b01000001");
    Object *sp = str_from_cstr("z");
    check_error(int_format(v, sp), Exc_ValueError,
                "Negative zero coercion (z) not allowed in integer format specifier");
    OBJ_DECREF(sp);
    sp = str_from_cstr(",x");
    check_error(int_format(v, sp), Exc_ValueError, "Cannot specify ',' with 'x'.");
    OBJ_DECREF(sp);
    sp = str_from_cstr("q");
    check_error(int_format(v, sp), Exc_ValueError, "Unknown format code 'q' for object of type 'int'");
    OBJ_DECREF(sp);
    OBJ_DECREF(v);
}

Test(int, text_of_small_and_big_values)
{
    check_dec(int_from_long(0), "0");
    check_dec(int_from_i64(-1152921504606846976), "-1152921504606846976");
    Object *v = num("-1000000000000000000000000000000000000001");
    Object *h = int_to_base(v, 16, true), *o = int_to_base(v, 8, true), *b = int_to_base(v, 2, false);
    cr_assert_str_eq(STR_DATA(h), "-0x2f050fe938943acc45f65568000000001");
    cr_assert_str_eq(STR_DATA(o), "-0o13602417722342241654610575452550000000000001");
    cr_assert_eq(STR_NBYTES(b), 131);
    OBJ_DECREF(h);
    OBJ_DECREF(o);
    OBJ_DECREF(b);
    OBJ_DECREF(v);
}
