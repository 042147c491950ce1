/* mod_math.c: the math module, CPython 3.11's functions, results and messages: constants, the
 * libm wrappers with "math domain error" / "math range error", exact integer functions on big
 * ints (factorial, gcd, lcm, comb, perm, isqrt), exact float summation (fsum, Shewchuk) and the
 * accurate vector norm behind hypot and dist. */
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/funcobject.h"
#include "vm/errors.h"
#include "stdlib/modules.h"

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>

#define MATH_PI 3.141592653589793238462643383279502884197
#define MATH_E 2.718281828459045235360287471352662497757
#define MATH_TAU 6.283185307179586476925286766559005768394

typedef Object *(*MathFn)(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);

/* ---- argument helpers ---- */

static int one_arg(const char *name, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        exc_format(Exc_TypeError, "math.%s() takes exactly one argument (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static int two_args(const char *name, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 2) {
        exc_format(Exc_TypeError, "%s expected 2 arguments, got %zd", name, nargs);
        return -1;
    }
    return 0;
}

/* The value of a real number (float, int, __float__, __index__); -1 with TypeError
 * "must be real number, not str" otherwise. */
static int as_double(Object *o, double *out)
{
    if (TYPE(o) == &float_type) {
        *out = FLOAT_VALUE(o);
        return 0;
    }
    if (!INT_CHECK(o) && !FLOAT_CHECK(o) && TYPE(o)->nb_float == NULL && TYPE(o)->nb_index == NULL) {
        exc_format(Exc_TypeError, "must be real number, not %s", obj_type_name(o));
        return -1;
    }
    double v = float_as_double(o);
    if (v == -1.0 && exc_occurred())
        return -1;
    *out = v;
    return 0;
}

static Object *domain_error(void)
{
    return exc_set_string(Exc_ValueError, "math domain error");
}

static Object *range_error(void)
{
    return exc_set_string(Exc_OverflowError, "math range error");
}

/* CPython's math_1: r = f(x) with errors derived from the result. */
static Object *math_1(Object *const *args, ssize_t nargs, Object *kwnames, const char *name,
                      double (*f)(double), bool can_overflow)
{
    double x;
    if (one_arg(name, nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno == ERANGE && fabs(r) >= 1.5)
        return range_error();
    return float_new(r);
}

/* CPython's math_2: r = f(x, y). */
static Object *math_2(Object *const *args, ssize_t nargs, Object *kwnames, const char *name,
                      double (*f)(double, double))
{
    double x, y;
    if (two_args(name, nargs, kwnames) < 0 || as_double(args[0], &x) < 0 || as_double(args[1], &y) < 0)
        return NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error();
    return float_new(r);
}

#define MATH1(pyname, cfn, ovf)                                                           \
    static Object *math_##pyname(Object *self, Object *const *args, ssize_t nargs, Object *kw) \
    {                                                                                     \
        UNUSED(self);                                                                     \
        return math_1(args, nargs, kw, #pyname, cfn, ovf);                                \
    }

static double m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    return NAN;
}

static double m_log2(double x)
{
    if (!isfinite(x))
        return m_log(x);
    if (x > 0.0)
        return log2(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x)
{
    if (!isfinite(x))
        return m_log(x);
    if (x > 0.0)
        return log10(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_gamma(double x)
{
    if (isfinite(x) && x <= 0.0 && floor(x) == x)
        return NAN;
    if (isinf(x) && x < 0)
        return NAN;
    return tgamma(x);
}

static double m_lgamma(double x)
{
    if (isfinite(x) && x <= 0.0 && floor(x) == x)
        return HUGE_VAL;   /* pole: an infinite result from a finite x is a domain error */
    return lgamma(x);
}

static double m_sqrt(double x) { return sqrt(x); }
static double m_exp(double x) { return exp(x); }
static double m_exp2(double x) { return exp2(x); }
static double m_expm1(double x) { return expm1(x); }
static double m_log1p(double x) { return log1p(x); }
static double m_sin(double x) { return sin(x); }
static double m_cos(double x) { return cos(x); }
static double m_tan(double x) { return tan(x); }
static double m_asin(double x) { return asin(x); }
static double m_acos(double x) { return acos(x); }
static double m_atan(double x) { return atan(x); }
static double m_sinh(double x) { return sinh(x); }
static double m_cosh(double x) { return cosh(x); }
static double m_tanh(double x) { return tanh(x); }
static double m_asinh(double x) { return asinh(x); }
static double m_acosh(double x) { return acosh(x); }
static double m_atanh(double x) { return atanh(x); }
static double m_fabs(double x) { return fabs(x); }
static double m_cbrt(double x) { return cbrt(x); }
static double m_erf(double x) { return erf(x); }
static double m_erfc(double x) { return erfc(x); }

MATH1(sqrt, m_sqrt, false)
MATH1(exp, m_exp, true)
MATH1(exp2, m_exp2, true)
MATH1(expm1, m_expm1, true)
MATH1(log1p, m_log1p, false)
MATH1(sin, m_sin, false)
MATH1(cos, m_cos, false)
MATH1(tan, m_tan, false)
MATH1(asin, m_asin, false)
MATH1(acos, m_acos, false)
MATH1(atan, m_atan, false)
MATH1(sinh, m_sinh, true)
MATH1(cosh, m_cosh, true)
MATH1(tanh, m_tanh, false)
MATH1(asinh, m_asinh, false)
MATH1(acosh, m_acosh, false)
MATH1(atanh, m_atanh, false)
MATH1(fabs, m_fabs, false)
MATH1(cbrt, m_cbrt, false)
MATH1(erf, m_erf, false)
MATH1(erfc, m_erfc, false)
MATH1(gamma, m_gamma, true)
MATH1(lgamma, m_lgamma, false)

/* ---- logarithms (ints of any size) ---- */

/* func(x) for a real x; ints too large for a double are split as m * 2**e. -1 with an exception. */
static int log_helper(Object *x, double (*func)(double), double *out)
{
    if (INT_CHECK(x)) {
        if (int_sign(x) <= 0) {
            domain_error();
            return -1;
        }
        double v = int_as_double(x);
        if (v == -1.0 && exc_occurred()) {
            if (!exc_matches(Exc_OverflowError))
                return -1;
            exc_clear();
            ssize_t bits = int_bit_length(x);
            ssize_t shift = bits - 60;
            Object *sh = int_from_ssize(shift);
            Object *top = sh ? obj_binary_op(x, sh, NB_RSHIFT) : NULL;
            OBJ_XDECREF(sh);
            if (top == NULL)
                return -1;
            double m = ldexp(int_as_double(top), -60);
            OBJ_DECREF(top);
            *out = func(m) + func(2.0) * (double)(shift + 60);
            return 0;
        }
        *out = func(v);
        return 0;
    }
    double v;
    if (as_double(x, &v) < 0)
        return -1;
    double r = func(v);
    if (isnan(r) && !isnan(v)) {
        domain_error();
        return -1;
    }
    if (isinf(r) && isfinite(v)) {
        domain_error();
        return -1;
    }
    *out = r;
    return 0;
}

static Object *math_log(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_set_string(Exc_TypeError, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return exc_set_string(Exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_helper(args[0], m_log, &num) < 0)
        return NULL;
    if (nargs == 2) {
        if (log_helper(args[1], m_log, &den) < 0)
            return NULL;
        if (den == 0.0)
            return exc_set_string(Exc_ZeroDivisionError, "float division by zero");
        num /= den;
    }
    return float_new(num);
}

static Object *math_log2(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double r;
    if (one_arg("log2", nargs, kwnames) < 0 || log_helper(args[0], m_log2, &r) < 0)
        return NULL;
    return float_new(r);
}

static Object *math_log10(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double r;
    if (one_arg("log10", nargs, kwnames) < 0 || log_helper(args[0], m_log10, &r) < 0)
        return NULL;
    return float_new(r);
}

/* ---- two-argument float functions ---- */

static double m_atan2(double y, double x) { return atan2(y, x); }
static double m_copysign(double x, double y) { return copysign(x, y); }
static double m_remainder(double x, double y)
{
    if (isnan(x) || isnan(y))
        return isnan(x) ? x : y;
    if (isinf(x) || y == 0.0)
        return NAN;
    if (isinf(y))
        return x;
    return remainder(x, y);
}
static double m_fmod(double x, double y)
{
    if (isinf(y) && isfinite(x))
        return x;
    return fmod(x, y);
}
static double m_nextafter(double x, double y) { return nextafter(x, y); }

static Object *math_atan2(Object *self, Object *const *args, ssize_t nargs, Object *kw)
{
    UNUSED(self);
    return math_2(args, nargs, kw, "atan2", m_atan2);
}

static Object *math_copysign(Object *self, Object *const *args, ssize_t nargs, Object *kw)
{
    UNUSED(self);
    return math_2(args, nargs, kw, "copysign", m_copysign);
}

static Object *math_remainder(Object *self, Object *const *args, ssize_t nargs, Object *kw)
{
    UNUSED(self);
    return math_2(args, nargs, kw, "remainder", m_remainder);
}

static Object *math_fmod(Object *self, Object *const *args, ssize_t nargs, Object *kw)
{
    UNUSED(self);
    return math_2(args, nargs, kw, "fmod", m_fmod);
}

static Object *math_nextafter(Object *self, Object *const *args, ssize_t nargs, Object *kw)
{
    UNUSED(self);
    return math_2(args, nargs, kw, "nextafter", m_nextafter);
}

static Object *math_pow(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x, y, r;
    if (two_args("pow", nargs, kwnames) < 0 || as_double(args[0], &x) < 0 || as_double(args[1], &y) < 0)
        return NULL;
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r))
            err = EDOM;
        else if (isinf(r))
            err = x == 0.0 ? EDOM : ERANGE;
    }
    if (err == EDOM)
        return domain_error();
    if (err == ERANGE)
        return range_error();
    return float_new(r);
}

static Object *math_degrees(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x;
    if (one_arg("degrees", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    return float_new(x * (180.0 / MATH_PI));
}

static Object *math_radians(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x;
    if (one_arg("radians", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    return float_new(x * (MATH_PI / 180.0));
}

/* ---- floor, ceil, trunc ---- */

static Object *call_special(Object *o, const char *name, int *found)
{
    Object *n = str_from_cstr(name);
    if (n == NULL) {
        *found = -1;
        return NULL;
    }
    Object *m = type_lookup_borrow(TYPE(o), n);
    OBJ_DECREF(n);
    if (m == NULL) {
        *found = 0;
        return NULL;
    }
    *found = 1;
    return obj_call_method(o, name, NULL, 0);
}

static Object *floor_ceil(Object *const *args, ssize_t nargs, Object *kwnames, bool is_floor)
{
    const char *name = is_floor ? "floor" : "ceil";
    if (one_arg(name, nargs, kwnames) < 0)
        return NULL;
    Object *o = args[0];
    if (TYPE(o) == &float_type)
        return int_from_double(is_floor ? floor(FLOAT_VALUE(o)) : ceil(FLOAT_VALUE(o)));
    if (INT_CHECK_EXACT(o))
        return obj_newref(o);
    int found;
    Object *r = call_special(o, is_floor ? "__floor__" : "__ceil__", &found);
    if (found != 0)
        return r;
    double x;
    if (as_double(o, &x) < 0)
        return NULL;
    return int_from_double(is_floor ? floor(x) : ceil(x));
}

static Object *math_floor(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return floor_ceil(args, nargs, kwnames, true);
}

static Object *math_ceil(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return floor_ceil(args, nargs, kwnames, false);
}

static Object *math_trunc(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (one_arg("trunc", nargs, kwnames) < 0)
        return NULL;
    Object *o = args[0];
    if (TYPE(o) == &float_type)
        return int_from_double(trunc(FLOAT_VALUE(o)));
    if (INT_CHECK_EXACT(o))
        return obj_newref(o);
    int found;
    Object *r = call_special(o, "__trunc__", &found);
    if (found == 0)
        return exc_format(Exc_TypeError, "type %s doesn't define __trunc__ method", obj_type_name(o));
    return r;
}

/* ---- float decomposition and classification ---- */

static Object *math_modf(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x, ip, fp;
    if (one_arg("modf", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    Object *a = float_new(fp), *b = float_new(ip);
    Object *t = (a && b) ? tuple_pack(2, a, b) : NULL;
    OBJ_XDECREF(a);
    OBJ_XDECREF(b);
    return t;
}

static Object *math_frexp(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x, m;
    int e = 0;
    if (one_arg("frexp", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x) || isinf(x) || x == 0.0)
        m = x;
    else
        m = frexp(x, &e);
    Object *a = float_new(m), *b = int_from_long(e);
    Object *t = (a && b) ? tuple_pack(2, a, b) : NULL;
    OBJ_XDECREF(a);
    OBJ_XDECREF(b);
    return t;
}

static Object *math_ldexp(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x;
    if (two_args("ldexp", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    if (!INT_CHECK(args[1]))
        return exc_set_string(Exc_TypeError, "Expected an int as second argument to ldexp.");
    int overflow;
    long e = int_as_long(args[1], &overflow);
    if (overflow)
        e = overflow > 0 ? LONG_MAX : LONG_MIN;
    double r;
    if (x == 0.0 || !isfinite(x))
        r = x;
    else if (e > INT_MAX)
        return range_error();
    else if (e < INT_MIN)
        r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            return range_error();
    }
    return float_new(r);
}

static Object *math_isfinite(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x;
    if (one_arg("isfinite", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    return bool_from(isfinite(x));
}

static Object *math_isinf(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x;
    if (one_arg("isinf", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    return bool_from(isinf(x));
}

static Object *math_isnan(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x;
    if (one_arg("isnan", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    return bool_from(isnan(x));
}

static Object *math_ulp(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    double x;
    if (one_arg("ulp", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return float_new(x);
    x = fabs(x);
    if (isinf(x))
        return float_new(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return float_new(x - x2);
    }
    return float_new(x2 - x);
}

static Object *math_isclose(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Object *v[4] = {NULL, NULL, NULL, NULL};
    if (nargs > 2)
        return exc_format(Exc_TypeError, "isclose() takes exactly 2 positional arguments (%zd given)", nargs);
    if (arg_parse("isclose", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(v[0], &a) < 0 || as_double(v[1], &b) < 0)
        return NULL;
    if (v[2] != NULL && as_double(v[2], &rel_tol) < 0)
        return NULL;
    if (v[3] != NULL && as_double(v[3], &abs_tol) < 0)
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return exc_set_string(Exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        RETURN_TRUE;
    if (isinf(a) || isinf(b))
        RETURN_FALSE;
    double diff = fabs(b - a);
    return bool_from(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- hypot and dist: CPython's vector_norm (scaled, compensated sum of squares) ---- */

static double vector_norm(ssize_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (ssize_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (ssize_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        double prhi = x * x, prlo = fma(x, x, -prhi);
        double smhi = csum + prhi, smlo = (csum - smhi) + prhi;
        csum = smhi;
        frac1 += prlo;
        frac2 += smlo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double prhi = -h * h, prlo = fma(-h, h, -prhi);
    double smhi = csum + prhi, smlo = (csum - smhi) + prhi;
    csum = smhi;
    frac1 += prlo;
    frac2 += smlo;
    double x = csum - 1.0 + (frac1 + frac2);
    return (h + x / (2.0 * h)) / scale;
}

static Object *math_hypot(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("hypot", kwnames) < 0)
        return NULL;
    double small[16];
    double *vec = nargs <= 16 ? small : malloc(sizeof(double) * (size_t)nargs);
    if (vec == NULL)
        return exc_no_memory();
    double max = 0.0;
    bool found_nan = false;
    for (ssize_t i = 0; i < nargs; i++) {
        double x;
        if (as_double(args[i], &x) < 0) {
            if (vec != small)
                free(vec);
            return NULL;
        }
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(nargs, vec, max, found_nan);
    if (vec != small)
        free(vec);
    return float_new(r);
}

static Object *math_dist(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (two_args("dist", nargs, kwnames) < 0)
        return NULL;
    Object *p = tuple_from_iterable(args[0]);
    Object *q = p ? tuple_from_iterable(args[1]) : NULL;
    Object *result = NULL;
    double *vec = NULL;
    if (q == NULL)
        goto done;
    ssize_t n = TUPLE_SIZE(p);
    if (TUPLE_SIZE(q) != n) {
        exc_set_string(Exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    vec = malloc(sizeof(double) * (size_t)(n + 1));
    if (vec == NULL) {
        exc_no_memory();
        goto done;
    }
    double max = 0.0;
    bool found_nan = false;
    for (ssize_t i = 0; i < n; i++) {
        double a, b;
        if (as_double(TUPLE_GET(p, i), &a) < 0 || as_double(TUPLE_GET(q, i), &b) < 0)
            goto done;
        double x = fabs(a - b);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    result = float_new(vector_norm(n, vec, max, found_nan));
done:
    free(vec);
    OBJ_XDECREF(p);
    OBJ_XDECREF(q);
    return result;
}

/* ---- fsum: Shewchuk's exact summation with CPython's final rounding ---- */

static Object *math_fsum(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (one_arg("fsum", nargs, kwnames) < 0)
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (it == NULL)
        return NULL;
    double ps_small[32], *p = ps_small, special_sum = 0.0, inf_sum = 0.0;
    ssize_t n = 0, cap = 32;
    Object *result = NULL, *item;
    while ((item = obj_iter_next(it)) != NULL) {
        double x;
        int rc = as_double(item, &x);
        OBJ_DECREF(item);
        if (rc < 0)
            goto done;
        double xsave = x;
        ssize_t i = 0;
        for (ssize_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    exc_set_string(Exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np = malloc(sizeof(double) * (size_t)cap * 2);
                    if (np == NULL) {
                        exc_no_memory();
                        goto done;
                    }
                    for (ssize_t k = 0; k < n; k++)
                        np[k] = p[k];
                    if (p != ps_small)
                        free(p);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (exc_occurred())
        goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            exc_set_string(Exc_ValueError, "-inf + inf in fsum");
        else
            result = float_new(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = float_new(hi);
done:
    if (p != ps_small)
        free(p);
    OBJ_DECREF(it);
    return result;
}

static Object *math_prod(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"", "start", NULL};
    Object *v[2] = {NULL, NULL};
    if (arg_parse("prod", args, nargs, kwnames, names, 1, 1, v) < 0)
        return NULL;
    Object *it = obj_get_iter(v[0]);
    if (it == NULL)
        return NULL;
    Object *acc = v[1] != NULL ? obj_newref(v[1]) : int_from_long(1), *item;
    while (acc != NULL && (item = obj_iter_next(it)) != NULL) {
        Object *r = obj_binary_op(acc, item, NB_MULTIPLY);
        OBJ_DECREF(item);
        OBJ_SETREF(acc, r);
    }
    OBJ_DECREF(it);
    if (exc_occurred())
        OBJ_CLEAR(acc);
    return acc;
}

/* ---- integer functions ---- */

/* operator.index(o) as a new int; TypeError "'float' object cannot be interpreted as an integer". */
static Object *as_int(Object *o)
{
    if (INT_CHECK_EXACT(o))
        return obj_newref(o);
    return obj_index(o);
}

static Object *binop(Object *a, Object *b, int op)
{
    return obj_binary_op(a, b, op);
}

/* Multiplies acc (owned) by the u64 m; returns the new owned product or NULL. */
static Object *mul_u64_steal(Object *acc, uint64_t m)
{
    Object *mo = int_from_u64(m);
    Object *r = mo ? binop(acc, mo, NB_MULTIPLY) : NULL;
    OBJ_XDECREF(mo);
    OBJ_DECREF(acc);
    return r;
}

/* Product of the integers lo..hi (inclusive, 1 <= lo), as a new int. */
static Object *range_product(uint64_t lo, uint64_t hi)
{
    Object *acc = int_from_long(1);
    uint64_t chunk = 1;
    for (uint64_t i = lo; acc != NULL && i <= hi; i++) {
        if (chunk > UINT64_MAX / i) {
            acc = mul_u64_steal(acc, chunk);
            chunk = 1;
        }
        chunk *= i;
        if (i == UINT64_MAX)
            break;
    }
    if (acc != NULL && chunk != 1)
        acc = mul_u64_steal(acc, chunk);
    return acc;
}

static Object *factorial_of(Object *n)
{
    int overflow;
    long v = int_as_long(n, &overflow);
    if (overflow > 0)
        return exc_format(Exc_OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
    if (overflow < 0 || v < 0)
        return exc_set_string(Exc_ValueError, "factorial() not defined for negative values");
    if (v < 2)
        return int_from_long(1);
    return range_product(2, (uint64_t)v);
}

static Object *math_factorial(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (one_arg("factorial", nargs, kwnames) < 0)
        return NULL;
    Object *n = as_int(args[0]);
    if (n == NULL)
        return NULL;
    Object *r = factorial_of(n);
    OBJ_DECREF(n);
    return r;
}

static Object *gcd2(Object *a, Object *b)
{
    Object *x = obj_absolute(a), *y = x ? obj_absolute(b) : NULL;
    if (y == NULL) {
        OBJ_XDECREF(x);
        return NULL;
    }
    while (int_sign(y) != 0) {
        int o1, o2;
        long xs = int_as_long(x, &o1), ys = int_as_long(y, &o2);
        if (!o1 && !o2) {
            while (ys != 0) {
                long t = xs % ys;
                xs = ys;
                ys = t;
            }
            OBJ_DECREF(x);
            OBJ_DECREF(y);
            return int_from_long(xs);
        }
        Object *r = binop(x, y, NB_REMAINDER);
        if (r == NULL) {
            OBJ_DECREF(x);
            OBJ_DECREF(y);
            return NULL;
        }
        OBJ_SETREF(x, y);
        y = r;
    }
    OBJ_DECREF(y);
    return x;
}

static Object *math_gcd(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("gcd", kwnames) < 0)
        return NULL;
    Object *acc = int_from_long(0);
    for (ssize_t i = 0; acc != NULL && i < nargs; i++) {
        Object *v = as_int(args[i]);
        if (v == NULL) {
            OBJ_DECREF(acc);
            return NULL;
        }
        Object *g = gcd2(acc, v);
        OBJ_DECREF(v);
        OBJ_SETREF(acc, g);
    }
    return acc;
}

static Object *math_lcm(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("lcm", kwnames) < 0)
        return NULL;
    Object *acc = int_from_long(1);
    for (ssize_t i = 0; acc != NULL && i < nargs; i++) {
        Object *v = as_int(args[i]);
        if (v == NULL) {
            OBJ_DECREF(acc);
            return NULL;
        }
        Object *r;
        if (int_sign(acc) == 0 || int_sign(v) == 0) {
            r = int_from_long(0);
        } else {
            Object *g = gcd2(acc, v);
            Object *q = g ? binop(acc, g, NB_FLOOR_DIVIDE) : NULL;
            Object *m = q ? binop(q, v, NB_MULTIPLY) : NULL;
            r = m ? obj_absolute(m) : NULL;
            OBJ_XDECREF(g);
            OBJ_XDECREF(q);
            OBJ_XDECREF(m);
        }
        OBJ_DECREF(v);
        OBJ_SETREF(acc, r);
    }
    return acc;
}

static uint64_t isqrt_u64(uint64_t n)
{
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r > 0 && (r > UINT32_MAX || r * r > n))
        r--;
    while (r + 1 <= UINT32_MAX && (r + 1) * (r + 1) <= n)
        r++;
    return r;
}

static Object *math_isqrt(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (one_arg("isqrt", nargs, kwnames) < 0)
        return NULL;
    Object *n = as_int(args[0]);
    if (n == NULL)
        return NULL;
    if (int_sign(n) < 0) {
        OBJ_DECREF(n);
        return exc_set_string(Exc_ValueError, "isqrt() argument must be nonnegative");
    }
    ssize_t bits = int_bit_length(n);
    if (bits <= 63) {
        int overflow;
        long v = int_as_long(n, &overflow);
        OBJ_DECREF(n);
        return int_from_u64(isqrt_u64((uint64_t)v));
    }
    /* Newton's iteration from above: x = 2**ceil(bits/2) >= sqrt(n) */
    Object *y = NULL;
    Object *one = int_from_long(1);
    Object *sh = int_from_ssize((bits + 1) / 2);
    Object *x = (one && sh) ? binop(one, sh, NB_LSHIFT) : NULL;
    OBJ_XDECREF(sh);
    while (x != NULL) {
        Object *q = binop(n, x, NB_FLOOR_DIVIDE);
        Object *s = q ? binop(x, q, NB_ADD) : NULL;
        y = s ? binop(s, one, NB_RSHIFT) : NULL;
        OBJ_XDECREF(q);
        OBJ_XDECREF(s);
        if (y == NULL) {
            OBJ_CLEAR(x);
            break;
        }
        if (int_compare(y, x) >= 0) {
            OBJ_DECREF(y);
            break;
        }
        OBJ_SETREF(x, y);
    }
    OBJ_XDECREF(one);
    OBJ_DECREF(n);
    return x;
}

/* Reads k: a non-negative int that fits a long (ValueError/OverflowError as CPython). */
static int get_k(Object *k, Object *n, long *out, bool *too_big)
{
    UNUSED(n);
    int overflow;
    long v = int_as_long(k, &overflow);
    *too_big = overflow > 0;
    if (overflow < 0 || (!overflow && v < 0)) {
        exc_set_string(Exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    *out = v;
    return 0;
}

static Object *math_perm(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("perm", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return exc_format(Exc_TypeError, "perm expected at most 2 arguments, got %zd", nargs);
    Object *n = as_int(args[0]), *k = NULL, *result = NULL, *acc = NULL;
    if (n == NULL)
        return NULL;
    if (nargs == 1 || args[1] == NONE) {
        result = factorial_of(n);
        OBJ_DECREF(n);
        return result;
    }
    k = as_int(args[1]);
    if (k == NULL)
        goto done;
    if (int_sign(n) < 0) {
        exc_set_string(Exc_ValueError, "n must be a non-negative integer");
        goto done;
    }
    long kv;
    bool too_big;
    if (get_k(k, n, &kv, &too_big) < 0)
        goto done;
    if (int_compare(k, n) > 0) {
        result = int_from_long(0);
        goto done;
    }
    if (too_big) {
        exc_format(Exc_OverflowError, "k must not exceed %ld", LONG_MAX);
        goto done;
    }
    acc = int_from_long(1);
    Object *f = obj_newref(n), *one = int_from_long(1);
    for (long i = 0; acc != NULL && f != NULL && i < kv; i++) {
        Object *m = binop(acc, f, NB_MULTIPLY);
        OBJ_SETREF(acc, m);
        Object *g = binop(f, one, NB_SUBTRACT);
        OBJ_SETREF(f, g);
    }
    OBJ_XDECREF(f);
    OBJ_XDECREF(one);
    if (!exc_occurred())
        result = obj_newref(acc);
done:
    OBJ_XDECREF(acc);
    OBJ_XDECREF(n);
    OBJ_XDECREF(k);
    return result;
}

static Object *math_comb(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (two_args("comb", nargs, kwnames) < 0)
        return NULL;
    Object *n = as_int(args[0]), *k = NULL, *result = NULL;
    if (n == NULL)
        return NULL;
    k = as_int(args[1]);
    if (k == NULL)
        goto done;
    if (int_sign(n) < 0) {
        exc_set_string(Exc_ValueError, "n must be a non-negative integer");
        goto done;
    }
    if (int_sign(k) < 0) {
        exc_set_string(Exc_ValueError, "k must be a non-negative integer");
        goto done;
    }
    if (int_compare(k, n) > 0) {
        result = int_from_long(0);
        goto done;
    }
    /* k = min(k, n - k) */
    Object *nk = binop(n, k, NB_SUBTRACT);
    if (nk == NULL)
        goto done;
    if (int_compare(nk, k) < 0)
        OBJ_SETREF(k, nk);
    else
        OBJ_DECREF(nk);
    int overflow;
    long kv = int_as_long(k, &overflow);
    if (overflow) {
        exc_format(Exc_OverflowError, "min(n - k, k) must not exceed %ld", LONG_MAX);
        goto done;
    }
    /* result = prod_{i=1..k} (n - k + i) / i, exact at every step */
    Object *acc = int_from_long(1);
    Object *base = binop(n, k, NB_SUBTRACT);
    for (long i = 1; acc != NULL && base != NULL && i <= kv; i++) {
        Object *io = int_from_long(i);
        Object *f = io ? binop(base, io, NB_ADD) : NULL;
        Object *m = f ? binop(acc, f, NB_MULTIPLY) : NULL;
        Object *q = m ? binop(m, io, NB_FLOOR_DIVIDE) : NULL;
        OBJ_XDECREF(io);
        OBJ_XDECREF(f);
        OBJ_XDECREF(m);
        OBJ_SETREF(acc, q);
    }
    OBJ_XDECREF(base);
    if (!exc_occurred())
        result = obj_xnewref(acc);
    OBJ_XDECREF(acc);
done:
    OBJ_XDECREF(n);
    OBJ_XDECREF(k);
    return result;
}

static MethodDef math_functions[] = {
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"log", math_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"nextafter", math_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number)."},
    {"isclose", math_isclose, 0, "Determine whether two floating point numbers are close in value."},
    {"fsum", math_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {NULL, NULL, 0, NULL}
};

Object *mod_math_init(void)
{
    Object *m = module_new("math");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, math_functions) < 0)
        goto error;
    static const struct { const char *name; double value; } consts[] = {
        {"pi", MATH_PI}, {"e", MATH_E}, {"tau", MATH_TAU}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        Object *v = float_new(consts[i].value);
        if (v == NULL || module_add_object(m, consts[i].name, v) < 0) {
            OBJ_XDECREF(v);
            goto error;
        }
        OBJ_DECREF(v);
    }
    return m;
error:
    OBJ_DECREF(m);
    return NULL;
}
