/* intobject.c: the int type. Arbitrary-precision integers in CPython 3.11's layout (30-bit digits,
 * the sign in the size field, at least one digit allocated), the small-int cache -5..256,
 * conversions to and from C numbers, comparison, hashing, + - *, and the type object with its
 * methods. Division, powers, shifts and bit operations: longarith.c; text and bytes: intconv.c. */
#include "objects/int_internal.h"
#include "gc/alloc.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "vm/errors.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

int int_max_str_digits = 4300;

/* ---- the small-int cache: statically initialised so it works before int_init ---- */

#define SI(v) { { { 1, &int_type }, (v) < 0 ? -1 : (v) > 0 ? 1 : 0 }, { (digit)((v) < 0 ? -(v) : (v)) } }
IntObject int_small[SMALL_INT_MAX - SMALL_INT_MIN + 1] = {
    SI(-5), SI(-4), SI(-3), SI(-2), SI(-1), SI(0), SI(1), SI(2), SI(3), SI(4), SI(5), SI(6), SI(7),
    SI(8), SI(9), SI(10), SI(11), SI(12), SI(13), SI(14), SI(15), SI(16), SI(17), SI(18), SI(19),
    SI(20), SI(21), SI(22), SI(23), SI(24), SI(25), SI(26), SI(27), SI(28), SI(29), SI(30), SI(31),
    SI(32), SI(33), SI(34), SI(35), SI(36), SI(37), SI(38), SI(39), SI(40), SI(41), SI(42), SI(43),
    SI(44), SI(45), SI(46), SI(47), SI(48), SI(49), SI(50), SI(51), SI(52), SI(53), SI(54), SI(55),
    SI(56), SI(57), SI(58), SI(59), SI(60), SI(61), SI(62), SI(63), SI(64), SI(65), SI(66), SI(67),
    SI(68), SI(69), SI(70), SI(71), SI(72), SI(73), SI(74), SI(75), SI(76), SI(77), SI(78), SI(79),
    SI(80), SI(81), SI(82), SI(83), SI(84), SI(85), SI(86), SI(87), SI(88), SI(89), SI(90), SI(91),
    SI(92), SI(93), SI(94), SI(95), SI(96), SI(97), SI(98), SI(99), SI(100), SI(101), SI(102),
    SI(103), SI(104), SI(105), SI(106), SI(107), SI(108), SI(109), SI(110), SI(111), SI(112),
    SI(113), SI(114), SI(115), SI(116), SI(117), SI(118), SI(119), SI(120), SI(121), SI(122),
    SI(123), SI(124), SI(125), SI(126), SI(127), SI(128), SI(129), SI(130), SI(131), SI(132),
    SI(133), SI(134), SI(135), SI(136), SI(137), SI(138), SI(139), SI(140), SI(141), SI(142),
    SI(143), SI(144), SI(145), SI(146), SI(147), SI(148), SI(149), SI(150), SI(151), SI(152),
    SI(153), SI(154), SI(155), SI(156), SI(157), SI(158), SI(159), SI(160), SI(161), SI(162),
    SI(163), SI(164), SI(165), SI(166), SI(167), SI(168), SI(169), SI(170), SI(171), SI(172),
    SI(173), SI(174), SI(175), SI(176), SI(177), SI(178), SI(179), SI(180), SI(181), SI(182),
    SI(183), SI(184), SI(185), SI(186), SI(187), SI(188), SI(189), SI(190), SI(191), SI(192),
    SI(193), SI(194), SI(195), SI(196), SI(197), SI(198), SI(199), SI(200), SI(201), SI(202),
    SI(203), SI(204), SI(205), SI(206), SI(207), SI(208), SI(209), SI(210), SI(211), SI(212),
    SI(213), SI(214), SI(215), SI(216), SI(217), SI(218), SI(219), SI(220), SI(221), SI(222),
    SI(223), SI(224), SI(225), SI(226), SI(227), SI(228), SI(229), SI(230), SI(231), SI(232),
    SI(233), SI(234), SI(235), SI(236), SI(237), SI(238), SI(239), SI(240), SI(241), SI(242),
    SI(243), SI(244), SI(245), SI(246), SI(247), SI(248), SI(249), SI(250), SI(251), SI(252),
    SI(253), SI(254), SI(255), SI(256)
};
#undef SI

int int_init(void)
{
    return 0;   /* the cache is static; nothing to build */
}

void int_fini(void)
{
    float_clear_freelist();
}

/* ---- allocation and normalisation ---- */

/* obj_alloc's block size for an exact int of one digit (rounded to a word like obj_alloc) */
#define ONE_DIGIT_SIZE ((offsetof(IntObject, d) + sizeof(digit) + 7) & ~(size_t)7)
#define TWO_DIGIT_SIZE ((offsetof(IntObject, d) + 2 * sizeof(digit) + 7) & ~(size_t)7)
#define MAX_INT_DIGITS ((ssize_t)((SIZE_MAX / 2 - sizeof(IntObject)) / sizeof(digit)))

IntObject *int_alloc(ssize_t ndigits)
{
    if (ndigits > MAX_INT_DIGITS) {
        exc_set_string(Exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    if (ndigits <= 2) {
        /* one or two digits, the common cases: the block obj_alloc would make (same size class,
         * same header), without its generic size, flag and zero-fill work (as str_new_uninit) */
        IntObject *v = mem_alloc(ndigits <= 1 ? ONE_DIGIT_SIZE : TWO_DIGIT_SIZE);
        if (v == NULL)
            return (IntObject *)exc_no_memory();
        v->ob.ob.refcnt = 1;
        REF_TOTAL_INC();
        v->ob.ob.type = &int_type;
        v->ob.size = ndigits;
        v->d[0] = 0;
        if (ndigits == 2)
            v->d[1] = 0;
        return v;
    }
    IntObject *v = (IntObject *)obj_alloc(&int_type, ndigits);
    if (v == NULL)
        return NULL;
    SIZE(v) = ndigits;
    return v;
}

IntObject *int_strip(IntObject *v)
{
    ssize_t n = INT_NDIGITS(v), i = n;
    while (i > 0 && v->d[i - 1] == 0)
        i--;
    if (i != n)
        SIZE(v) = SIZE(v) < 0 ? -i : i;
    return v;
}

static inline bool is_small(intptr_t v)
{
    return int_is_small_value(v);
}

Object *int_finish(IntObject *v)
{
    if (v == NULL)
        return NULL;
    int_strip(v);
    ssize_t s = SIZE(v);
    if (s >= -1 && s <= 1) {
        intptr_t val = (intptr_t)s * (intptr_t)v->d[0];
        if (is_small(val)) {
            OBJ_DECREF(v);
            return int_small_get(val);
        }
    }
    return (Object *)v;
}

/* A value with |v| < 2**60 (two digits at most): the fast paths' constructor. */
static Object *from_medium(int64_t v)
{
    if (is_small((intptr_t)v))
        return int_small_get((intptr_t)v);
    uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    IntObject *z;
    if (a < INT_BASE) {
        z = int_alloc(1);
        if (z == NULL)
            return NULL;
        z->d[0] = (digit)a;
        if (v < 0)
            SIZE(z) = -1;
        return (Object *)z;
    }
    z = int_alloc(2);
    if (z == NULL)
        return NULL;
    z->d[0] = (digit)(a & INT_MASK);
    z->d[1] = (digit)(a >> INT_SHIFT);
    if (v < 0)
        SIZE(z) = -2;
    return (Object *)z;
}

static Object *from_u64_sign(uint64_t a, bool neg)
{
    if (a < ((uint64_t)1 << 60))
        return from_medium(neg ? -(int64_t)a : (int64_t)a);
    IntObject *z = int_alloc(3);
    if (z == NULL)
        return NULL;
    z->d[0] = (digit)(a & INT_MASK);
    z->d[1] = (digit)((a >> INT_SHIFT) & INT_MASK);
    z->d[2] = (digit)(a >> (2 * INT_SHIFT));
    if (neg)
        SIZE(z) = -3;
    return (Object *)z;
}

Object *int_from_long(long v)
{
    return int_from_i64((int64_t)v);
}

Object *int_from_ssize(ssize_t v)
{
    return int_from_i64((int64_t)v);
}

Object *int_from_i64(int64_t v)
{
    if (is_small((intptr_t)v))
        return int_small_get((intptr_t)v);
    uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (a < INT_BASE) {
        /* one digit: the common case of the VM's fast paths */
        IntObject *z = int_alloc(1);
        if (z == NULL)
            return NULL;
        z->d[0] = (digit)a;
        if (v < 0)
            SIZE(z) = -1;
        return (Object *)z;
    }
    return from_u64_sign(a, v < 0);
}

Object *int_from_u64(uint64_t v)
{
    return from_u64_sign(v, false);
}

Object *int_from_double(double v)
{
    if (isinf(v))
        return exc_set_string(Exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(v))
        return exc_set_string(Exc_ValueError, "cannot convert float NaN to integer");
    if (v > -9.2e18 && v < 9.2e18)
        return int_from_i64((int64_t)v);
    bool neg = v < 0;
    int expo;
    double frac = frexp(fabs(v), &expo);     /* |v| = frac * 2**expo, expo > 63 */
    ssize_t ndig = (expo - 1) / INT_SHIFT + 1;
    IntObject *z = int_alloc(ndig);
    if (z == NULL)
        return NULL;
    frac = ldexp(frac, (expo - 1) % INT_SHIFT + 1);
    for (ssize_t i = ndig; --i >= 0;) {
        digit bits = (digit)frac;
        z->d[i] = bits;
        frac -= (double)bits;
        frac = ldexp(frac, INT_SHIFT);
    }
    if (neg)
        SIZE(z) = -SIZE(z);
    return int_finish(z);
}

Object *int_exact(Object *o)
{
    if (INT_CHECK_EXACT(o))
        return obj_newref(o);
    if (INT_IS_COMPACT(o))
        return from_medium(INT_COMPACT_VALUE(o));
    ssize_t n = INT_NDIGITS(o);
    IntObject *z = int_alloc(n);
    if (z == NULL)
        return NULL;
    memcpy(z->d, INT_DIGITS(o), (size_t)n * sizeof(digit));
    SIZE(z) = SIZE(o);
    return (Object *)z;
}

/* ---- conversions to C ---- */

int64_t int_as_i64(Object *o, int *overflow)
{
    ssize_t s = SIZE(o);
    const digit *d = INT_DIGITS(o);
    *overflow = 0;
    switch (s) {
    case 0: return 0;
    case 1: return d[0];
    case -1: return -(int64_t)d[0];
    default: break;
    }
    ssize_t n = s < 0 ? -s : s;
    uint64_t x = 0;
    for (ssize_t i = n; --i >= 0;) {
        if (x > (UINT64_MAX >> INT_SHIFT))
            goto overflow;
        x = (x << INT_SHIFT) | d[i];
    }
    if (s > 0) {
        if (x <= (uint64_t)INT64_MAX)
            return (int64_t)x;
    }
    else {
        if (x <= (uint64_t)INT64_MAX)
            return -(int64_t)x;
        if (x == (uint64_t)INT64_MAX + 1)
            return INT64_MIN;
    }
overflow:
    *overflow = s < 0 ? -1 : 1;
    return -1;
}

long int_as_long(Object *o, int *overflow)
{
    int64_t v = int_as_i64(o, overflow);
    if (*overflow == 0 && (v < LONG_MIN || v > LONG_MAX)) {
        *overflow = v < 0 ? -1 : 1;
        return -1;
    }
    return (long)v;
}

ssize_t int_as_ssize(Object *o)
{
    int overflow;
    int64_t v = int_as_i64(o, &overflow);
    if (overflow || v < PTRDIFF_MIN || v > PTRDIFF_MAX) {
        exc_set_string(Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ssize_t)v;
}

int int_digit_bits(digit x)
{
    return x == 0 ? 0 : 32 - __builtin_clz(x);
}

int int_sign(Object *o)
{
    return SIZE(o) < 0 ? -1 : SIZE(o) > 0;
}

ssize_t int_bit_length(Object *o)
{
    ssize_t n = INT_NDIGITS(o);
    if (n == 0)
        return 0;
    return (n - 1) * INT_SHIFT + int_digit_bits(INT_DIGITS(o)[n - 1]);
}

double int_frexp(Object *a, ssize_t *e)
{
    /* CPython's _PyLong_Frexp: take the top DBL_MANT_DIG + 2 bits with a sticky bit, round half
     * to even by hand, then convert (exactly) and rescale. */
    static const int half_even_correction[8] = { 0, -1, -2, 1, 0, -1, 2, 1 };
    digit x_digits[2 + (DBL_MANT_DIG + 1) / INT_SHIFT] = { 0 };
    ssize_t a_size = INT_NDIGITS(a), x_size, shift_digits;
    int shift_bits;
    const digit *ad = INT_DIGITS(a);
    if (a_size == 0) {
        *e = 0;
        return 0.0;
    }
    ssize_t a_bits = (a_size - 1) * INT_SHIFT + int_digit_bits(ad[a_size - 1]);
    if (a_bits <= DBL_MANT_DIG + 2) {
        shift_digits = (DBL_MANT_DIG + 2 - a_bits) / INT_SHIFT;
        shift_bits = (int)((DBL_MANT_DIG + 2 - a_bits) % INT_SHIFT);
        x_size = shift_digits;
        digit rem = int_v_lshift(x_digits + x_size, ad, a_size, shift_bits);
        x_size += a_size;
        x_digits[x_size++] = rem;
    }
    else {
        shift_digits = (a_bits - DBL_MANT_DIG - 2) / INT_SHIFT;
        shift_bits = (int)((a_bits - DBL_MANT_DIG - 2) % INT_SHIFT);
        digit rem = int_v_rshift(x_digits, ad + shift_digits, a_size - shift_digits, shift_bits);
        x_size = a_size - shift_digits;
        if (rem)
            x_digits[0] |= 1;
        else {
            while (shift_digits > 0) {
                if (ad[--shift_digits]) {
                    x_digits[0] |= 1;
                    break;
                }
            }
        }
    }
    x_digits[0] = (digit)((int)x_digits[0] + half_even_correction[x_digits[0] & 7]);
    double dx = x_digits[--x_size];
    while (x_size > 0)
        dx = dx * INT_BASE + x_digits[--x_size];
    dx /= 4.0 * 9007199254740992.0;     /* 2**(DBL_MANT_DIG + 2) */
    if (dx == 1.0) {
        dx = 0.5;
        a_bits += 1;
    }
    *e = a_bits;
    return SIZE(a) < 0 ? -dx : dx;
}

double int_as_double(Object *o)
{
    ssize_t s = SIZE(o);
    const digit *d = INT_DIGITS(o);
    if (s >= -2 && s <= 2) {
        /* at most 60 bits: the hardware conversion rounds correctly */
        int64_t v = s == 0 ? 0 : (int64_t)d[0];
        if (s == 2 || s == -2)
            v |= (int64_t)d[1] << INT_SHIFT;
        return (double)(s < 0 ? -v : v);
    }
    ssize_t e;
    double x = int_frexp(o, &e);
    if (e > DBL_MAX_EXP) {
        exc_set_string(Exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return ldexp(x, (int)e);
}

/* ---- comparison and hashing ---- */

int int_compare(Object *a, Object *b)
{
    ssize_t sa = SIZE(a), sb = SIZE(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    ssize_t i = sa < 0 ? -sa : sa;
    const digit *da = INT_DIGITS(a), *db = INT_DIGITS(b);
    while (--i >= 0 && da[i] == db[i])
        ;
    if (i < 0)
        return 0;
    int c = da[i] < db[i] ? -1 : 1;
    return sa < 0 ? -c : c;
}

static bool cmp_outcome(int c, int op)
{
    switch (op) {
    case RICH_LT: return c < 0;
    case RICH_LE: return c <= 0;
    case RICH_EQ: return c == 0;
    case RICH_NE: return c != 0;
    case RICH_GT: return c > 0;
    default: return c >= 0;
    }
}

static Object *int_richcompare(Object *a, Object *b, int op)
{
    if (!INT_CHECK(a) || !INT_CHECK(b))
        RETURN_NOTIMPL;
    int c;
    if (INT_IS_COMPACT(a) && INT_IS_COMPACT(b)) {
        intptr_t x = INT_COMPACT_VALUE(a), y = INT_COMPACT_VALUE(b);
        c = x < y ? -1 : x > y;
    }
    else
        c = a == b ? 0 : int_compare(a, b);
    return bool_from(cmp_outcome(c, op));
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

hash_t int_hash_value(Object *o)
{
    ssize_t i = SIZE(o);
    const digit *d = INT_DIGITS(o);
    switch (i) {
    case -1: return d[0] == 1 ? -2 : -(hash_t)d[0];
    case 0: return 0;
    case 1: return (hash_t)d[0];
    default: break;
    }
    int sign = 1;
    uint64_t x = 0;
    if (i < 0) {
        sign = -1;
        i = -i;
    }
    while (--i >= 0) {
        /* x * 2**30 mod (2**61 - 1) is a rotation of x's 61 bits */
        x = ((x << INT_SHIFT) & HASH_MODULUS) | (x >> (HASH_BITS - INT_SHIFT));
        x += d[i];
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    if (sign < 0)
        x = 0 - x;
    if (x == (uint64_t)-1)
        x = (uint64_t)-2;
    return (hash_t)x;
}

static hash_t int_hash(Object *o)
{
    return int_hash_value(o);
}

/* ---- addition, subtraction, multiplication ---- */

IntObject *int_x_add(IntObject *a, IntObject *b)
{
    ssize_t size_a = INT_NDIGITS(a), size_b = INT_NDIGITS(b), i;
    digit carry = 0;
    if (size_a < size_b) {
        IntObject *t = a; a = b; b = t;
        ssize_t s = size_a; size_a = size_b; size_b = s;
    }
    IntObject *z = int_alloc(size_a + 1);
    if (z == NULL)
        return NULL;
    for (i = 0; i < size_b; ++i) {
        carry += a->d[i] + b->d[i];
        z->d[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    for (; i < size_a; ++i) {
        carry += a->d[i];
        z->d[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    z->d[i] = carry;
    return int_strip(z);
}

IntObject *int_x_sub(IntObject *a, IntObject *b)
{
    ssize_t size_a = INT_NDIGITS(a), size_b = INT_NDIGITS(b), i;
    int sign = 1;
    digit borrow = 0;
    if (size_a < size_b) {
        sign = -1;
        IntObject *t = a; a = b; b = t;
        ssize_t s = size_a; size_a = size_b; size_b = s;
    }
    else if (size_a == size_b) {
        i = size_a;
        while (--i >= 0 && a->d[i] == b->d[i])
            ;
        if (i < 0)
            return int_alloc(0);
        if (a->d[i] < b->d[i]) {
            sign = -1;
            IntObject *t = a; a = b; b = t;
        }
        size_a = size_b = i + 1;
    }
    IntObject *z = int_alloc(size_a);
    if (z == NULL)
        return NULL;
    for (i = 0; i < size_b; ++i) {
        borrow = a->d[i] - b->d[i] - borrow;
        z->d[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    for (; i < size_a; ++i) {
        borrow = a->d[i] - borrow;
        z->d[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    if (sign < 0)
        SIZE(z) = -SIZE(z);
    return int_strip(z);
}

static inline IntObject *negated(IntObject *z)
{
    if (z != NULL)
        SIZE(z) = -SIZE(z);
    return z;
}

Object *int_add(Object *a, Object *b)
{
    if (INT_IS_COMPACT(a) && INT_IS_COMPACT(b))
        return from_medium((int64_t)INT_COMPACT_VALUE(a) + INT_COMPACT_VALUE(b));
    IntObject *x = (IntObject *)a, *y = (IntObject *)b, *z;
    if (SIZE(a) < 0)
        z = SIZE(b) < 0 ? negated(int_x_add(x, y)) : int_x_sub(y, x);
    else
        z = SIZE(b) < 0 ? int_x_sub(x, y) : int_x_add(x, y);
    return int_finish(z);
}

Object *int_sub(Object *a, Object *b)
{
    if (INT_IS_COMPACT(a) && INT_IS_COMPACT(b))
        return from_medium((int64_t)INT_COMPACT_VALUE(a) - INT_COMPACT_VALUE(b));
    IntObject *x = (IntObject *)a, *y = (IntObject *)b, *z;
    if (SIZE(a) < 0)
        z = SIZE(b) < 0 ? int_x_sub(y, x) : negated(int_x_add(x, y));
    else
        z = SIZE(b) < 0 ? int_x_add(x, y) : int_x_sub(x, y);
    return int_finish(z);
}

Object *int_mul(Object *a, Object *b)
{
    if (INT_IS_COMPACT(a) && INT_IS_COMPACT(b))
        return int_from_i64((int64_t)INT_COMPACT_VALUE(a) * INT_COMPACT_VALUE(b));
    IntObject *z = int_k_mul((IntObject *)a, (IntObject *)b);
    if (z != NULL && (SIZE(a) < 0) != (SIZE(b) < 0))
        SIZE(z) = -SIZE(z);
    return int_finish(z);
}

Object *int_neg(Object *a)
{
    if (INT_IS_COMPACT(a))
        return from_medium(-(int64_t)INT_COMPACT_VALUE(a));
    ssize_t n = INT_NDIGITS(a);
    IntObject *z = int_alloc(n);
    if (z == NULL)
        return NULL;
    memcpy(z->d, INT_DIGITS(a), (size_t)n * sizeof(digit));
    SIZE(z) = -SIZE(a);
    return (Object *)z;
}

/* ---- number slots ---- */

#define BINOP_CHECK(a, b) do { if (!INT_CHECK(a) || !INT_CHECK(b)) RETURN_NOTIMPL; } while (0)

static Object *int_add_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_add(a, b);
}

static Object *int_sub_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_sub(a, b);
}

static Object *int_mul_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_mul(a, b);
}

/* One-digit operands (i % 100, i // 7) skip int_divmod_parts' general path and its calls. */
static Object *int_floordiv_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    if (INT_IS_COMPACT(a) && INT_IS_COMPACT(b) && SIZE(b) != 0) {
        int64_t q, r;
        int_compact_floor_divmod(INT_COMPACT_VALUE(a), INT_COMPACT_VALUE(b), &q, &r);
        return int_from_i64(q);
    }
    return int_floordiv(a, b);
}

static Object *int_mod_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    if (INT_IS_COMPACT(a) && INT_IS_COMPACT(b) && SIZE(b) != 0) {
        int64_t q, r;
        int_compact_floor_divmod(INT_COMPACT_VALUE(a), INT_COMPACT_VALUE(b), &q, &r);
        return int_from_i64(r);
    }
    return int_mod(a, b);
}

static Object *int_truediv_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_true_divide(a, b);
}

static Object *int_pow_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_pow(a, b, NULL);
}

static Object *int_lshift_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_lshift(a, b);
}

static Object *int_rshift_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_rshift(a, b);
}

Object *int_and_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_bitwise(a, '&', b);
}

Object *int_or_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_bitwise(a, '|', b);
}

Object *int_xor_slot(Object *a, Object *b)
{
    BINOP_CHECK(a, b);
    return int_bitwise(a, '^', b);
}

static Object *int_abs(Object *a)
{
    return SIZE(a) < 0 ? int_neg(a) : int_exact(a);
}

static int int_bool(Object *a)
{
    return SIZE(a) != 0;
}

static Object *int_float(Object *a)
{
    double d = int_as_double(a);
    if (d == -1.0 && exc_occurred())
        return NULL;
    return float_new(d);
}

Object *int_compact_to_decimal(intptr_t v)
{
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    if (v >= 0 && v < 10)
        return str_from_codepoint((uint32_t)('0' + v));     /* the cached one-character str */
    char buf[24], *end = buf + sizeof buf, *p = end;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    while (u >= 100) {
        unsigned k = (unsigned)(u % 100) * 2;
        u /= 100;
        *--p = pairs[k + 1];
        *--p = pairs[k];
    }
    if (u >= 10) {
        *--p = pairs[u * 2 + 1];
        *--p = pairs[u * 2];
    }
    else
        *--p = (char)('0' + u);
    if (v < 0)
        *--p = '-';
    ssize_t n = end - p;
    Object *r = str_new_uninit(n, n, true);
    if (r == NULL)
        return NULL;
    memcpy(STR_DATA(r), p, (size_t)n);
    return r;
}

Object *int_repr_slot(Object *o)
{
    if (INT_IS_COMPACT(o))
        return int_compact_to_decimal(INT_COMPACT_VALUE(o));
    return int_to_decimal(o);
}

static void int_dealloc(Object *o)
{
    if (TYPE(o) == &int_type && o->refcnt == 0) {
        mem_free(o);            /* what obj_free does for an exact int (no GC head, static type) */
        return;
    }
    if (o >= (Object *)&int_small[0] && o <= (Object *)&int_small[SMALL_INT_MAX - SMALL_INT_MIN]) {
        /* a refcount bug elsewhere: never free the static cache (CPython aborts here) */
        fprintf(stderr, "tally: deallocating a cached small int\n");
        o->refcnt = (ssize_t)1 << 40;
        return;
    }
    obj_free(o);
}

/* ---- methods ---- */

static int no_args(const char *name, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 0) {
        exc_format(Exc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

#define NOARGS(name) do { if (no_args(name, nargs, kwnames) < 0) return NULL; } while (0)

static Object *int_meth_self(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.conjugate");
    return int_exact(self);
}

static Object *int_meth_trunc(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.__trunc__");
    return int_exact(self);
}

static Object *int_meth_floor(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.__floor__");
    return int_exact(self);
}

static Object *int_meth_ceil(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.__ceil__");
    return int_exact(self);
}

static Object *int_meth_bit_length(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.bit_length");
    return int_from_ssize(int_bit_length(self));
}

static Object *int_meth_bit_count(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.bit_count");
    ssize_t n = INT_NDIGITS(self), count = 0;
    for (ssize_t i = 0; i < n; i++)
        count += __builtin_popcount(INT_DIGITS(self)[i]);
    return int_from_ssize(count);
}

static Object *int_meth_as_integer_ratio(Object *self, Object *const *args, ssize_t nargs,
                                         Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.as_integer_ratio");
    Object *num = int_exact(self);
    if (num == NULL)
        return NULL;
    Object *res = tuple_pack(2, num, (Object *)&int_small[1 - SMALL_INT_MIN]);
    OBJ_DECREF(num);
    return res;
}

static Object *int_meth_getnewargs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.__getnewargs__");
    Object *v = int_exact(self);
    if (v == NULL)
        return NULL;
    Object *res = tuple_pack(1, v);
    OBJ_DECREF(v);
    return res;
}

static Object *int_meth_sizeof(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("int.__sizeof__");
    ssize_t n = INT_NDIGITS(self);
    return int_from_ssize((ssize_t)offsetof(IntObject, d) + (n > 0 ? n : 1) * (ssize_t)sizeof(digit));
}

static Object *int_meth_format(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_set_string(Exc_TypeError, "int.__format__() takes no keyword arguments");
    if (nargs != 1)
        return exc_format(Exc_TypeError, "int.__format__() takes exactly one argument (%zd given)", nargs);
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return int_format(self, args[0]);
}

static Object *int_meth_round(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_set_string(Exc_TypeError, "int.__round__() takes no keyword arguments");
    if (nargs > 1)
        return exc_format(Exc_TypeError, "__round__ expected at most 1 argument, got %zd", nargs);
    if (nargs == 0 || args[0] == NONE)
        return int_exact(self);
    Object *nd = obj_index(args[0]);
    if (nd == NULL)
        return NULL;
    if (SIZE(nd) >= 0) {
        OBJ_DECREF(nd);
        return int_exact(self);
    }
    /* result = self - divmod_near(self, 10 ** -ndigits)[1] */
    Object *neg = int_neg(nd), *ten = NULL, *pw = NULL, *q = NULL, *r = NULL, *res = NULL;
    OBJ_DECREF(nd);
    if (neg == NULL)
        return NULL;
    ten = int_small_get(10);
    pw = int_pow(ten, neg, NULL);
    if (pw == NULL)
        goto done;
    if (int_divmod_near(self, pw, &q, &r) < 0)
        goto done;
    res = int_sub(self, r);
done:
    OBJ_DECREF(neg);
    OBJ_DECREF(ten);
    OBJ_XDECREF(pw);
    OBJ_XDECREF(q);
    OBJ_XDECREF(r);
    return res;
}

static Object *int_meth_divmod(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if ((kwnames != NULL && TUPLE_SIZE(kwnames) > 0) || nargs != 1)
        return exc_format(Exc_TypeError, "expected 1 argument, got %zd", nargs);
    if (!INT_CHECK(args[0]))
        RETURN_NOTIMPL;
    return int_divmod(self, args[0]);
}

static Object *int_meth_rdivmod(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if ((kwnames != NULL && TUPLE_SIZE(kwnames) > 0) || nargs != 1)
        return exc_format(Exc_TypeError, "expected 1 argument, got %zd", nargs);
    if (!INT_CHECK(args[0]))
        RETURN_NOTIMPL;
    return int_divmod(args[0], self);
}


static MethodDef int_methods[] = {
    { "conjugate", int_meth_self, METH_DEFAULT, "Returns self, the complex conjugate of any int." },
    { "bit_length", int_meth_bit_length, METH_DEFAULT,
      "Number of bits necessary to represent self in binary." },
    { "bit_count", int_meth_bit_count, METH_DEFAULT,
      "Number of ones in the binary representation of the absolute value of self." },
    { "to_bytes", int_meth_to_bytes, METH_DEFAULT, "Return an array of bytes representing an integer." },
    { "from_bytes", int_meth_from_bytes, METH_CLASS,
      "Return the integer represented by the given array of bytes." },
    { "as_integer_ratio", int_meth_as_integer_ratio, METH_DEFAULT,
      "Return integer ratio." },
    { "__trunc__", int_meth_trunc, METH_DEFAULT, "Truncating an Integral returns itself." },
    { "__floor__", int_meth_floor, METH_DEFAULT, "Flooring an Integral returns itself." },
    { "__ceil__", int_meth_ceil, METH_DEFAULT, "Ceiling of an Integral returns itself." },
    { "__round__", int_meth_round, METH_DEFAULT,
      "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer." },
    { "__getnewargs__", int_meth_getnewargs, METH_DEFAULT, NULL },
    { "__format__", int_meth_format, METH_DEFAULT, "Convert to a string according to format_spec." },
    { "__sizeof__", int_meth_sizeof, METH_DEFAULT, "Returns size in memory, in bytes." },
    { "__divmod__", int_meth_divmod, METH_DEFAULT, "Return divmod(self, value)." },
    { "__rdivmod__", int_meth_rdivmod, METH_DEFAULT, "Return divmod(value, self)." },
    { NULL, NULL, 0, NULL }
};

static Object *int_get_self(Object *self, void *closure)
{
    UNUSED(closure);
    return int_exact(self);
}

static Object *int_get_imag(Object *self, void *closure)
{
    UNUSED(self);
    UNUSED(closure);
    return int_small_get(0);
}

static Object *int_get_one(Object *self, void *closure)
{
    UNUSED(self);
    UNUSED(closure);
    return int_small_get(1);
}

static GetSetDef int_getset[] = {
    { "real", int_get_self, NULL, "the real part of a complex number", NULL },
    { "imag", int_get_imag, NULL, "the imaginary part of a complex number", NULL },
    { "numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL },
    { "denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

/* ---- int(x), int(x, base) ---- */

static Object *int_from_str_object(Object *s, int base)
{
    /* int("123"), int("-42"): plain ASCII decimal digits that fit 18 digits skip the general
     * parser (which handles whitespace, underscores, Unicode digits and errors) */
    const char *t = STR_DATA(s);
    ssize_t n = STR_NBYTES(s), i = t[0] == '-';
    if (base == 10 && n > i && n - i <= 18) {
        int64_t v = 0;
        for (; i < n; i++) {
            unsigned c = (unsigned)(unsigned char)t[i] - '0';
            if (c > 9)
                break;
            v = v * 10 + c;
        }
        if (i == n)
            return int_from_i64(t[0] == '-' ? -v : v);
    }
    return int_from_string(STR_DATA(s), STR_NBYTES(s), base);
}

static Object *int_from_bytes_object(Object *b, int base)
{
    Object *res = NULL;
    int r = int_parse(BYTES_DATA(b), BYTES_LEN(b), base, &res);
    if (r == 0)
        return res;
    if (r < 0)
        return NULL;
    Object *shown = bytes_from_data(BYTES_DATA(b), BYTES_LEN(b) < 200 ? BYTES_LEN(b) : 200);
    if (shown == NULL)
        return NULL;
    exc_format(Exc_ValueError, "invalid literal for int() with base %d: %.200R", base, shown);
    OBJ_DECREF(shown);
    return NULL;
}

static Object *int_compute(Object *x, Object *obase)
{
    if (x == NULL) {
        if (obase != NULL)
            return exc_set_string(Exc_TypeError, "int() missing string argument");
        return int_small_get(0);
    }
    if (obase == NULL) {
        if (INT_CHECK_EXACT(x))
            return obj_newref(x);
        if (TYPE(x) == &float_type)
            return int_from_double(FLOAT_VALUE(x));
        if (STR_CHECK(x))
            return int_from_str_object(x, 10);
        if (BYTES_CHECK(x))
            return int_from_bytes_object(x, 10);
        return obj_number_int(x);
    }
    ssize_t base;
    Object *bi = obj_index(obase);
    if (bi == NULL)
        return NULL;
    if (INT_NDIGITS(bi) > 1)
        base = -1;
    else
        base = INT_COMPACT_VALUE(bi);
    OBJ_DECREF(bi);
    if ((base != 0 && base < 2) || base > 36)
        return exc_set_string(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (STR_CHECK(x))
        return int_from_str_object(x, (int)base);
    if (BYTES_CHECK(x))
        return int_from_bytes_object(x, (int)base);
    return exc_set_string(Exc_TypeError, "int() can't convert non-string with explicit base");
}

static Object *int_new_impl(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t nkw = kwnames != NULL ? TUPLE_SIZE(kwnames) : 0;
    Object *x = NULL, *obase = NULL;
    if (nargs + nkw > 2)
        return exc_format(Exc_TypeError, "int() takes at most 2 arguments (%zd given)", nargs + nkw);
    if (nargs >= 1)
        x = args[0];
    if (nargs >= 2)
        obase = args[1];
    for (ssize_t i = 0; i < nkw; i++) {
        Object *name = TUPLE_GET(kwnames, i);
        if (str_eq_cstr(name, "base")) {
            if (obase != NULL)
                return exc_set_string(Exc_TypeError,
                                      "argument for int() given by name ('base') and position (2)");
            obase = args[nargs + i];
        }
        else
            return exc_format(Exc_TypeError, "'%U' is an invalid keyword argument for int()", name);
    }
    Object *v = int_compute(x, obase);
    if (v == NULL || type == &int_type)
        return v;
    if (!INT_CHECK(v)) {
        OBJ_DECREF(v);
        return exc_bad_internal_call("int_new_impl");
    }
    /* a subclass: copy the digits into an instance of it */
    ssize_t n = INT_NDIGITS(v);
    Object *o = obj_alloc(type, n > 0 ? n : 1);
    if (o == NULL) {
        OBJ_DECREF(v);
        return NULL;
    }
    memcpy(INT_DIGITS(o), INT_DIGITS(v), (size_t)(n > 0 ? n : 1) * sizeof(digit));
    SIZE(o) = SIZE(v);
    OBJ_DECREF(v);
    return o;
}

/* ---- the type ---- */

TypeObject int_type = {
    .ob = { { 1, &type_type }, 0 },
    .name = "int",
    .basicsize = offsetof(IntObject, d),
    .itemsize = sizeof(digit),
    .flags = TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.\n\n"
           "If x is not a number or if base is given, then x must be a string,\n"
           "bytes, or bytearray instance representing an integer literal in the\n"
           "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
           "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
           "Base 0 means to interpret the base from the string as an integer literal.\n"
           ">>> int('0b100', base=0)\n4",
    .dealloc = int_dealloc,
    .repr = int_repr_slot,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .getattro = obj_generic_getattr,
    .nb = {
        [NB_ADD] = int_add_slot,
        [NB_SUBTRACT] = int_sub_slot,
        [NB_MULTIPLY] = int_mul_slot,
        [NB_FLOOR_DIVIDE] = int_floordiv_slot,
        [NB_REMAINDER] = int_mod_slot,
        [NB_TRUE_DIVIDE] = int_truediv_slot,
        [NB_POWER] = int_pow_slot,
        [NB_LSHIFT] = int_lshift_slot,
        [NB_RSHIFT] = int_rshift_slot,
        [NB_AND] = int_and_slot,
        [NB_OR] = int_or_slot,
        [NB_XOR] = int_xor_slot,
    },
    .nb_negative = int_neg,
    .nb_positive = int_exact,
    .nb_absolute = int_abs,
    .nb_invert = int_invert,
    .nb_bool = int_bool,
    .nb_int = int_exact,
    .nb_float = int_float,
    .nb_index = int_exact,
    .tp_new = int_new_impl,
    .methods = int_methods,
    .getset = int_getset,
};
