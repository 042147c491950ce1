/* floatobject.c: the float type (a C double, getsizeof 24): arithmetic with Python's sign rules
 * and error messages, exact comparison with ints, CPython's numeric hash, float(x), and the
 * methods. Text (repr, parsing, hex, round) is in floatrepr.c, format() in numformat.c. */
#include "objects/complexobject.h"
#include "gc/alloc.h"
#include "objects/int_internal.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "vm/errors.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

FloatObject *float_free_list = NULL;
int float_numfree = 0;

Object *float_alloc_fresh(double v)
{
    /* the block and header obj_alloc would make, without its generic work (as str_new_uninit) */
    FloatObject *f = mem_alloc(sizeof(FloatObject));
    if (f == NULL)
        return exc_no_memory();
    f->ob.refcnt = 1;
    REF_TOTAL_INC();
    f->ob.type = &float_type;
    f->value = v;
    return (Object *)f;
}

Object *float_new(double v)
{
    return float_from_double(v);
}

void float_clear_freelist(void)
{
    while (float_free_list != NULL) {
        FloatObject *f = float_free_list;
        float_free_list = (FloatObject *)(void *)f->ob.type;
        f->ob.type = &float_type;
        obj_free((Object *)f);
    }
    float_numfree = 0;
}

void float_free_fresh(Object *o)
{
    mem_free(o);                /* what obj_free does for an exact float */
}

static void float_dealloc(Object *o)
{
    /* exact floats go to the free list (subclass instances come here from subtype_dealloc) */
    if (TYPE(o) == &float_type && (float_numfree < FLOAT_MAX_FREE || o->refcnt == 0)) {
        float_dealloc_exact(o);
        return;
    }
    obj_free(o);
}

double float_as_double(Object *o)
{
    if (TYPE(o) == &float_type)
        return FLOAT_VALUE(o);
    if (INT_CHECK_EXACT(o))
        return int_as_double(o);
    TypeObject *t = TYPE(o);
    if (t->nb_float != NULL) {
        Object *r = t->nb_float(o);
        if (r == NULL)
            return -1.0;
        if (!FLOAT_CHECK(r)) {
            exc_format(Exc_TypeError, "%s.__float__ returned non-float (type %T)", t->name, r);
            OBJ_DECREF(r);
            return -1.0;
        }
        double v = FLOAT_VALUE(r);
        OBJ_DECREF(r);
        return v;
    }
    if (t->nb_index != NULL) {
        Object *i = obj_index(o);
        if (i == NULL)
            return -1.0;
        double v = int_as_double(i);
        OBJ_DECREF(i);
        return v;
    }
    exc_format(Exc_TypeError, "must be real number, not %T", o);
    return -1.0;
}

/* Converts an operand of a binary slot: 1 done, 0 not a number we handle, -1 error. */
static int to_double(Object *o, double *v)
{
    if (TYPE(o) == &float_type) {
        *v = FLOAT_VALUE(o);
        return 1;
    }
    if (INT_CHECK(o)) {
        if (INT_IS_COMPACT(o)) {
            *v = (double)INT_COMPACT_VALUE(o);
            return 1;
        }
        *v = int_as_double(o);
        if (*v == -1.0 && exc_occurred())
            return -1;
        return 1;
    }
    if (FLOAT_CHECK(o)) {
        *v = FLOAT_VALUE(o);
        return 1;
    }
    return 0;
}

#define CONVERT(o, v)                   \
    do {                                \
        int r_ = to_double((o), &(v));  \
        if (r_ < 0)                     \
            return NULL;                \
        if (r_ == 0)                    \
            RETURN_NOTIMPL;             \
    } while (0)

/* ---- arithmetic ---- */

/* Two exact floats, the common case (n-body style loops): no conversion, a free-list float. */
#define BOTH_EXACT(a, b) (TYPE(a) == &float_type && TYPE(b) == &float_type)

static Object *float_add(Object *a, Object *b)
{
    if (BOTH_EXACT(a, b))
        return float_from_double(FLOAT_VALUE(a) + FLOAT_VALUE(b));
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return float_new(x + y);
}

static Object *float_sub(Object *a, Object *b)
{
    if (BOTH_EXACT(a, b))
        return float_from_double(FLOAT_VALUE(a) - FLOAT_VALUE(b));
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return float_new(x - y);
}

static Object *float_mul(Object *a, Object *b)
{
    if (BOTH_EXACT(a, b))
        return float_from_double(FLOAT_VALUE(a) * FLOAT_VALUE(b));
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return float_new(x * y);
}

static Object *float_div(Object *a, Object *b)
{
    if (BOTH_EXACT(a, b) && FLOAT_VALUE(b) != 0.0)
        return float_from_double(FLOAT_VALUE(a) / FLOAT_VALUE(b));
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return exc_set_string(Exc_ZeroDivisionError, "float division by zero");
    return float_new(x / y);
}

static Object *float_rem(Object *a, Object *b)
{
    double vx, wx;
    CONVERT(a, vx);
    CONVERT(b, wx);
    if (wx == 0.0)
        return exc_set_string(Exc_ZeroDivisionError, "float modulo");
    double mod = fmod(vx, wx);
    if (mod) {
        if ((wx < 0) != (mod < 0))
            mod += wx;
    }
    else
        mod = copysign(0.0, wx);
    return float_new(mod);
}

static void float_div_mod(double vx, double wx, double *floordiv, double *mod)
{
    double div;
    *mod = fmod(vx, wx);
    div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    }
    else
        *mod = copysign(0.0, wx);
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5)
            *floordiv += 1.0;
    }
    else
        *floordiv = copysign(0.0, vx / wx);
}

static Object *float_floordiv(Object *a, Object *b)
{
    double vx, wx, d, m;
    CONVERT(a, vx);
    CONVERT(b, wx);
    if (wx == 0.0)
        return exc_set_string(Exc_ZeroDivisionError, "float floor division by zero");
    float_div_mod(vx, wx, &d, &m);
    return float_new(d);
}

Object *float_divmod(Object *a, Object *b)
{
    double vx, wx, d, m;
    CONVERT(a, vx);
    CONVERT(b, wx);
    if (wx == 0.0)
        return exc_set_string(Exc_ZeroDivisionError, "float divmod()");
    float_div_mod(vx, wx, &d, &m);
    Object *fd = float_new(d), *fm = fd ? float_new(m) : NULL, *res = NULL;
    if (fm != NULL)
        res = tuple_pack(2, fd, fm);
    OBJ_XDECREF(fd);
    OBJ_XDECREF(fm);
    return res;
}

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

static Object *float_pow(Object *a, Object *b)
{
    double iv, iw, ix;
    bool negate_result = false;
    CONVERT(a, iv);
    CONVERT(b, iw);
    if (iw == 0)
        return float_new(1.0);
    if (isnan(iv))
        return float_new(iv);
    if (isnan(iw))
        return float_new(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return float_new(1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return float_new(fabs(iw));
        return float_new(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return float_new(odd ? iv : fabs(iv));
        return float_new(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0)
            return exc_set_string(Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw))    /* negative numbers raised to fractional powers become complex */
            return complex_type.nb[NB_POWER](a, b);
        iv = -iv;
        negate_result = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return float_new(negate_result ? -1.0 : 1.0);
    errno = 0;
    ix = pow(iv, iw);
    if (errno == 0 && (ix == HUGE_VAL || ix == -HUGE_VAL))
        errno = ERANGE;
    else if (errno == ERANGE && ix == 0.0)
        errno = 0;      /* underflow is not an error */
    if (negate_result)
        ix = -ix;
    if (errno != 0) {
        int e = errno;
        Object *args[2];
        args[0] = int_from_long(e);
        args[1] = str_from_cstr(e == ERANGE ? "Numerical result out of range" : "Numerical argument out of domain");
        Object *exc = NULL;
        if (args[0] != NULL && args[1] != NULL)
            exc = exc_new(e == ERANGE ? Exc_OverflowError : Exc_ValueError, args, 2);
        OBJ_XDECREF(args[0]);
        OBJ_XDECREF(args[1]);
        if (exc != NULL) {
            exc_set_object(TYPE(exc), exc);
            OBJ_DECREF(exc);
        }
        return NULL;
    }
    return float_new(ix);
}

static Object *float_neg(Object *a)
{
    return float_new(-FLOAT_VALUE(a));
}

static Object *float_float(Object *a)
{
    if (TYPE(a) == &float_type)
        return obj_newref(a);
    return float_new(FLOAT_VALUE(a));
}

static Object *float_abs(Object *a)
{
    return float_new(fabs(FLOAT_VALUE(a)));
}

static int float_bool(Object *a)
{
    return FLOAT_VALUE(a) != 0.0;
}

static Object *float_trunc(Object *a)
{
    return int_from_double(FLOAT_VALUE(a));
}

/* ---- comparison (exact against ints, CPython's float_richcompare) ---- */

static bool cmp_doubles(double i, double j, int op)
{
    switch (op) {
    case RICH_EQ: return i == j;
    case RICH_NE: return i != j;
    case RICH_LE: return i <= j;
    case RICH_GE: return i >= j;
    case RICH_LT: return i < j;
    default: return i > j;
    }
}

static int swapped_op(int op)
{
    switch (op) {
    case RICH_LT: return RICH_GT;
    case RICH_LE: return RICH_GE;
    case RICH_GT: return RICH_LT;
    case RICH_GE: return RICH_LE;
    default: return op;
    }
}

static Object *float_richcompare(Object *v, Object *w, int op)
{
    double i = FLOAT_VALUE(v), j;
    if (TYPE(w) == &float_type || (!INT_CHECK(w) && FLOAT_CHECK(w)))
        j = FLOAT_VALUE(w);
    else if (!INT_CHECK(w))
        RETURN_NOTIMPL;
    else if (!isfinite(i))
        j = 0.0;
    else if (INT_IS_COMPACT(w))
        j = (double)INT_COMPACT_VALUE(w);     /* |w| < 2**30: exact */
    else {
        int vsign = i == 0.0 ? 0 : i < 0.0 ? -1 : 1;
        int wsign = int_sign(w);
        if (vsign != wsign) {
            i = vsign;
            j = wsign;
        }
        else {
            ssize_t nbits = int_bit_length(w);
            if (nbits <= 48)
                j = int_as_double(w);
            else {
                int exponent;
                if (vsign < 0) {
                    i = -i;
                    op = swapped_op(op);
                }
                (void)frexp(i, &exponent);
                if (exponent < 0 || (ssize_t)exponent < nbits) {
                    i = 1.0;
                    j = 2.0;
                }
                else if ((ssize_t)exponent > nbits) {
                    i = 2.0;
                    j = 1.0;
                }
                else {
                    /* same number of bits before the point: compare as ints */
                    double intpart, fracpart = modf(i, &intpart);
                    Object *ww = wsign < 0 ? int_neg(w) : obj_newref(w), *vv = NULL, *t;
                    if (ww == NULL)
                        return NULL;
                    vv = int_from_double(intpart);
                    if (vv == NULL)
                        goto error;
                    if (fracpart != 0.0) {
                        /* shift left and or in a 1 bit for the lost fraction */
                        t = int_lshift_ssize(ww, 1);
                        OBJ_SETREF(ww, t);
                        if (ww == NULL)
                            goto error;
                        t = int_lshift_ssize(vv, 1);
                        OBJ_SETREF(vv, t);
                        if (vv == NULL)
                            goto error;
                        Object *one = int_small_get(1);
                        t = int_bitwise(vv, '|', one);
                        OBJ_DECREF(one);
                        OBJ_SETREF(vv, t);
                        if (vv == NULL)
                            goto error;
                    }
                    int c = int_compare(vv, ww);
                    OBJ_DECREF(vv);
                    OBJ_DECREF(ww);
                    return bool_from(cmp_doubles((double)c, 0.0, op));
                error:
                    OBJ_XDECREF(vv);
                    OBJ_XDECREF(ww);
                    return NULL;
                }
            }
        }
    }
    return bool_from(cmp_doubles(i, j, op));
}

/* ---- hashing (CPython's _Py_HashDouble) ---- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

hash_t float_hash_value(double v)
{
    int e, sign;
    double m;
    uint64_t x, y;
    /* integral values below 2**52 hash to themselves, as the int with that value (-1 is -2) */
    if (v > -4503599627370496.0 && v < 4503599627370496.0) {
        int64_t iv = (int64_t)v;
        if ((double)iv == v)
            return iv == -1 ? -2 : (hash_t)iv;
    }
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? HASH_INF : -HASH_INF;
        return 0;
    }
    m = frexp(v, &e);
    sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    if (sign < 0)
        x = 0 - x;
    if (x == (uint64_t)-1)
        x = (uint64_t)-2;
    return (hash_t)x;
}

static hash_t float_hash(Object *o)
{
    double v = FLOAT_VALUE(o);
    if (isnan(v)) {
        /* NaNs hash by identity (CPython 3.10+) */
        uintptr_t y = (uintptr_t)o;
        y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
        hash_t h = (hash_t)y;
        return h == -1 ? -2 : h;
    }
    return float_hash_value(v);
}

/* repr() without printf/strtod for the common values: integral |v| < 1e16 ("123.0") and
 * 1e-4 <= |v| < 1e15 with at most 15 significant digits ("0.1", "1234.5"), i.e. those CPython
 * prints in fixed notation. The shortest round-tripping decimal N / 10**k is searched for k =
 * 1, 2, ...: N < 2**53 and 10**k (k <= 22) are exact doubles, so N / 10**k is correctly rounded
 * and equals float("N e-k"). With <= 15 digits the spacing of candidates exceeds a double's
 * rounding interval, so at most one N fits, and it is within 1 of round(|v| * 10**k).
 * Returns the length written to buf (>= 32 bytes), or 0 when the general algorithm must run. */
int float_repr_fast(double v, char *buf)
{
    static const double pow10[16] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                      1e11, 1e12, 1e13, 1e14, 1e15 };
    double a = fabs(v);
    char digits[24];
    int nd = 0, k = 0;
    uint64_t n = 0;
    if (!(a < 1e16) || (a < 1e-4 && a != 0.0))
        return 0;                                   /* also NaN */
    if (a == (double)(uint64_t)a) {
        n = (uint64_t)a;
    }
    else {
        if (a >= 1e15)
            return 0;
        for (k = 1;; k++) {
            if (k > 19)
                return 0;
            double x = a * (k < 16 ? pow10[k] : pow10[15] * pow10[k - 15]);
            if (x >= 1e15)
                return 0;
            double p10 = k < 16 ? pow10[k] : pow10[15] * pow10[k - 15];
            uint64_t n0 = (uint64_t)nearbyint(x);
            if (n0 > 0 && (double)(n0 - 1) / p10 == a)
                n = n0 - 1;
            else if ((double)n0 / p10 == a)
                n = n0;
            else if ((double)(n0 + 1) / p10 == a)
                n = n0 + 1;
            else
                continue;
            break;
        }
    }
    do {
        digits[nd++] = (char)('0' + n % 10);
        n /= 10;
    } while (n != 0);                               /* backwards */
    char *p = buf;
    if (signbit(v))
        *p++ = '-';
    if (k == 0) {
        while (nd > 0)
            *p++ = digits[--nd];
        *p++ = '.';
        *p++ = '0';
    }
    else if (nd > k) {
        while (nd > k)
            *p++ = digits[--nd];
        *p++ = '.';
        while (nd > 0)
            *p++ = digits[--nd];
    }
    else {
        *p++ = '0';
        *p++ = '.';
        for (int z = k - nd; z > 0; z--)
            *p++ = '0';
        while (nd > 0)
            *p++ = digits[--nd];
    }
    *p = '\0';
    return (int)(p - buf);
}

static Object *float_repr(Object *o)
{
    char buf[64];
    int n = float_repr_fast(FLOAT_VALUE(o), buf);
    if (n > 0) {
        Object *r = str_new_uninit(n, n, true);
        if (r != NULL)
            memcpy(STR_DATA(r), buf, (size_t)n);
        return r;
    }
    float_repr_buf(FLOAT_VALUE(o), buf, sizeof buf);
    return str_from_cstr(buf);
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

static int one_arg(const char *name, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        exc_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static Object *float_meth_conjugate(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("float.conjugate");
    return float_float(self);
}

static Object *float_meth_trunc(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("float.__trunc__");
    return float_trunc(self);
}

static Object *float_meth_floor(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("float.__floor__");
    return int_from_double(floor(FLOAT_VALUE(self)));
}

static Object *float_meth_ceil(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("float.__ceil__");
    return int_from_double(ceil(FLOAT_VALUE(self)));
}

static Object *float_meth_round(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_set_string(Exc_TypeError, "float.__round__() takes no keyword arguments");
    if (nargs > 1)
        return exc_format(Exc_TypeError, "__round__ expected at most 1 argument, got %zd", nargs);
    return float_round(FLOAT_VALUE(self), nargs == 1 ? args[0] : NULL);
}

static Object *float_meth_is_integer(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("float.is_integer");
    double x = FLOAT_VALUE(self);
    return bool_from(isfinite(x) && floor(x) == x);
}

static Object *float_meth_as_integer_ratio(Object *self, Object *const *args, ssize_t nargs,
                                           Object *kwnames)
{
    UNUSED(args);
    NOARGS("float.as_integer_ratio");
    double self_double = FLOAT_VALUE(self), float_part;
    int exponent;
    if (isinf(self_double))
        return exc_set_string(Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(self_double))
        return exc_set_string(Exc_ValueError, "cannot convert NaN to integer ratio");
    float_part = frexp(self_double, &exponent);
    for (int i = 0; i < 300 && float_part != floor(float_part); i++) {
        float_part *= 2.0;
        exponent--;
    }
    Object *num = int_from_double(float_part), *den = NULL, *res = NULL, *t;
    if (num == NULL)
        return NULL;
    den = int_small_get(1);
    if (exponent > 0) {
        t = int_lshift_ssize(num, exponent);
        OBJ_SETREF(num, t);
    }
    else {
        t = int_lshift_ssize(den, -exponent);
        OBJ_SETREF(den, t);
    }
    if (num != NULL && den != NULL)
        res = tuple_pack(2, num, den);
    OBJ_XDECREF(num);
    OBJ_XDECREF(den);
    return res;
}

static Object *float_meth_hex(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("float.hex");
    return float_to_hex(FLOAT_VALUE(self));
}

static Object *float_meth_fromhex(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("float.fromhex", nargs, kwnames) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "fromhex() argument must be str, not %T", args[0]);
    Object *r = float_from_hex_text(STR_DATA(args[0]), STR_NBYTES(args[0]));
    if (r == NULL || type == (Object *)&float_type)
        return r;
    Object *sub = obj_call_one(type, r);
    OBJ_DECREF(r);
    return sub;
}

static Object *float_meth_getnewargs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    NOARGS("float.__getnewargs__");
    Object *v = float_new(FLOAT_VALUE(self));
    if (v == NULL)
        return NULL;
    Object *res = tuple_pack(1, v);
    OBJ_DECREF(v);
    return res;
}

static Object *float_meth_getformat(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    if (one_arg("float.__getformat__", nargs, kwnames) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "__getformat__() argument must be str, not %T", args[0]);
    if (!str_eq_cstr(args[0], "double") && !str_eq_cstr(args[0], "float"))
        return exc_set_string(Exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr("IEEE, little-endian");
}

static Object *float_meth_format(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("float.__format__", nargs, kwnames) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return float_format(self, args[0]);
}

static Object *float_meth_divmod(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("float.__divmod__", nargs, kwnames) < 0)
        return NULL;
    return float_divmod(self, args[0]);
}

static Object *float_meth_rdivmod(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("float.__rdivmod__", nargs, kwnames) < 0)
        return NULL;
    return float_divmod(args[0], self);
}

static MethodDef float_methods[] = {
    { "conjugate", float_meth_conjugate, METH_DEFAULT, "Return self, the complex conjugate of any float." },
    { "__trunc__", float_meth_trunc, METH_DEFAULT, "Return the Integral closest to x between 0 and x." },
    { "__floor__", float_meth_floor, METH_DEFAULT, "Return the floor as an Integral." },
    { "__ceil__", float_meth_ceil, METH_DEFAULT, "Return the ceiling as an Integral." },
    { "__round__", float_meth_round, METH_DEFAULT,
      "Return the Integral closest to x, rounding half toward even.\n\n"
      "When an argument is passed, work like built-in round(x, ndigits)." },
    { "as_integer_ratio", float_meth_as_integer_ratio, METH_DEFAULT,
      "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\n"
      "and with a positive denominator." },
    { "fromhex", float_meth_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string." },
    { "hex", float_meth_hex, METH_DEFAULT, "Return a hexadecimal representation of a floating-point number." },
    { "is_integer", float_meth_is_integer, METH_DEFAULT, "Return True if the float is an integer." },
    { "__getnewargs__", float_meth_getnewargs, METH_DEFAULT, NULL },
    { "__getformat__", float_meth_getformat, METH_CLASS,
      "You probably don't want to use this function." },
    { "__format__", float_meth_format, METH_DEFAULT, "Formats the float according to format_spec." },
    { "__divmod__", float_meth_divmod, METH_DEFAULT, "Return divmod(self, value)." },
    { "__rdivmod__", float_meth_rdivmod, METH_DEFAULT, "Return divmod(value, self)." },
    { NULL, NULL, 0, NULL }
};

static Object *float_get_real(Object *self, void *closure)
{
    UNUSED(closure);
    return float_float(self);
}

static Object *float_get_imag(Object *self, void *closure)
{
    UNUSED(self);
    UNUSED(closure);
    return float_new(0.0);
}

static GetSetDef float_getset[] = {
    { "real", float_get_real, NULL, "the real part of a complex number", NULL },
    { "imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

/* ---- float(x) ---- */

/* float("12.5"), float("-3e-7"): plain ASCII decimal text (sign, digits, point, exponent; no
 * spaces, underscores or words) whose digits make an integer N < 2**53 and whose decimal exponent
 * e has |e| <= 22. N and 10**|e| are exact doubles, so one multiplication or division is
 * correctly rounded: the value strtod gives (Clinger's fast path). false: use the full parser. */
bool float_parse_simple(const char *s, ssize_t n, double *out)
{
    static const double pow10[23] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    ssize_t i = 0;
    bool neg = false;
    if (n > 0 && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        i++;
    }
    uint64_t mant = 0;
    int ndigits = 0, frac = 0, exp = 0;
    for (; i < n && (unsigned)(s[i] - '0') <= 9; i++, ndigits++)
        mant = mant * 10 + (unsigned)(s[i] - '0');
    if (i < n && s[i] == '.') {
        for (i++; i < n && (unsigned)(s[i] - '0') <= 9; i++, ndigits++, frac++)
            mant = mant * 10 + (unsigned)(s[i] - '0');
    }
    if (ndigits == 0 || ndigits > 19 || mant > ((uint64_t)1 << 53))
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        bool eneg = false;
        i++;
        if (i < n && (s[i] == '-' || s[i] == '+'))
            eneg = s[i++] == '-';
        int nexp = 0;
        for (; i < n && (unsigned)(s[i] - '0') <= 9 && nexp < 4; i++, nexp++)
            exp = exp * 10 + (s[i] - '0');
        if (nexp == 0)
            return false;
        if (eneg)
            exp = -exp;
    }
    if (i != n)
        return false;
    int e = exp - frac;
    double v = (double)mant;
    if (mant == 0)
        v = 0.0;
    else if (e >= 0 && e <= 22)
        v *= pow10[e];
    else if (e < 0 && e >= -22)
        v /= pow10[-e];
    else
        return false;
    *out = neg ? -v : v;
    return true;
}

static Object *float_compute(Object *x)
{
    if (TYPE(x) == &float_type)
        return obj_newref(x);
    double d;
    if (STR_CHECK(x) && float_parse_simple(STR_DATA(x), STR_NBYTES(x), &d))
        return float_new(d);
    if (STR_CHECK(x))
        return float_from_string(STR_DATA(x), STR_NBYTES(x));
    if (BYTES_CHECK(x))
        return float_from_bytes_text(x);
    if (INT_CHECK_EXACT(x)) {
        d = int_as_double(x);
        if (d == -1.0 && exc_occurred())
            return NULL;
        return float_new(d);
    }
    return obj_number_float(x);
}

static Object *float_new_impl(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_set_string(Exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1)
        return exc_format(Exc_TypeError, "float expected at most 1 argument, got %zd", nargs);
    Object *v = nargs == 0 ? float_new(0.0) : float_compute(args[0]);
    if (v == NULL || type == &float_type)
        return v;
    Object *o = obj_alloc(type, 0);
    if (o != NULL)
        ((FloatObject *)o)->value = FLOAT_VALUE(v);
    OBJ_DECREF(v);
    return o;
}

TypeObject float_type = {
    .ob = { { 1, &type_type }, 0 },
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .itemsize = 0,
    .flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .getattro = obj_generic_getattr,
    .nb = {
        [NB_ADD] = float_add,
        [NB_SUBTRACT] = float_sub,
        [NB_MULTIPLY] = float_mul,
        [NB_TRUE_DIVIDE] = float_div,
        [NB_FLOOR_DIVIDE] = float_floordiv,
        [NB_REMAINDER] = float_rem,
        [NB_POWER] = float_pow,
    },
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_trunc,
    .nb_float = float_float,
    .tp_new = float_new_impl,
    .methods = float_methods,
    .getset = float_getset,
};
