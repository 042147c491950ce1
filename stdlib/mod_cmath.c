/* mod_cmath.c: the cmath module. Finite arguments use CPython 3.11's own formulas
 * (Modules/cmathmodule.c, so results agree to the last bit); infinities and NaNs go through
 * C99's <complex.h> (Annex G, the source of CPython's special-value tables). */
#include "objects/complexobject.h"
#include "objects/floatobject.h"
#include "objects/tupleobject.h"
#include "objects/intobject.h"
#include "objects/funcobject.h"
#include "vm/errors.h"
#include "stdlib/modules.h"

#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>

typedef struct { double real, imag; } Cx;

#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_SQRT_LARGE_DOUBLE 6.703903964971298e+153   /* sqrt(CM_LARGE_DOUBLE) */
#define CM_LOG_LARGE_DOUBLE 708.3964185322641        /* log(CM_LARGE_DOUBLE) */
#define CM_SQRT_DBL_MIN 1.4916681462400413e-154       /* sqrt(DBL_MIN) */
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)
#define M_LN2_ 0.6931471805599453094
#define M_LN10_ 2.302585092994045684
#define PI_ 3.14159265358979323846
#define E_ 2.71828182845904523536

static int cm_err;    /* the errno CPython's formulas set (libm's own errno is ignored) */

static Cx mk(double re, double im) { Cx r = { re, im }; return r; }
static bool finite2(Cx z) { return isfinite(z.real) && isfinite(z.imag); }
static bool large(Cx z) { return fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE; }

static Cx c_sqrt(Cx z)
{
    double s, d, ax, ay;
    if (z.real == 0. && z.imag == 0.)
        return mk(0., z.imag);
    ax = fabs(z.real);
    ay = fabs(z.imag);
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    }
    else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    d = ay / (2. * s);
    if (z.real >= 0.)
        return mk(s, copysign(d, z.imag));
    return mk(d, copysign(s, z.imag));
}

static Cx c_log(Cx z)
{
    Cx r;
    double ax = fabs(z.real), ay = fabs(z.imag), h, am, an;
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE)
        r.real = log(hypot(ax / 2., ay / 2.)) + M_LN2_;
    else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.)
            r.real = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2_;
        else {
            cm_err = EDOM;
            return mk(-INFINITY, atan2(z.imag, z.real));
        }
    }
    else {
        h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            am = ax > ay ? ax : ay;
            an = ax > ay ? ay : ax;
            r.real = log1p((am - 1) * (am + 1) + an * an) / 2.;
        }
        else
            r.real = log(h);
    }
    r.imag = atan2(z.imag, z.real);
    return r;
}

static Cx c_exp(Cx z)
{
    double l;
    Cx r;
    if (z.real > CM_LOG_LARGE_DOUBLE) {
        l = exp(z.real - 1.);
        r = mk(l * cos(z.imag) * E_, l * sin(z.imag) * E_);
    }
    else {
        l = exp(z.real);
        r = mk(l * cos(z.imag), l * sin(z.imag));
    }
    if (isinf(r.real) || isinf(r.imag))
        cm_err = ERANGE;
    return r;
}

static Cx c_asinh(Cx z)
{
    Cx s1, s2, r;
    if (large(z)) {
        if (z.imag >= 0.)
            r.real = copysign(log(hypot(z.real / 2., z.imag / 2.)) + M_LN2_ * 2., z.real);
        else
            r.real = -copysign(log(hypot(z.real / 2., z.imag / 2.)) + M_LN2_ * 2., -z.real);
        r.imag = atan2(z.imag, fabs(z.real));
    }
    else {
        s1 = c_sqrt(mk(1. + z.imag, -z.real));
        s2 = c_sqrt(mk(1. - z.imag, z.real));
        r.real = asinh(s1.real * s2.imag - s2.real * s1.imag);
        r.imag = atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    }
    return r;
}

static Cx c_acos(Cx z)
{
    Cx s1, s2, r;
    if (large(z)) {
        r.real = atan2(fabs(z.imag), z.real);
        if (z.real < 0)
            r.imag = -copysign(log(hypot(z.real / 2., z.imag / 2.)) + M_LN2_ * 2., z.imag);
        else
            r.imag = copysign(log(hypot(z.real / 2., z.imag / 2.)) + M_LN2_ * 2., -z.imag);
    }
    else {
        s1 = c_sqrt(mk(1. - z.real, -z.imag));
        s2 = c_sqrt(mk(1. + z.real, z.imag));
        r.real = 2. * atan2(s1.real, s2.real);
        r.imag = asinh(s2.real * s1.imag - s2.imag * s1.real);
    }
    return r;
}

static Cx c_acosh(Cx z)
{
    Cx s1, s2, r;
    if (large(z)) {
        r.real = log(hypot(z.real / 2., z.imag / 2.)) + M_LN2_ * 2.;
        r.imag = atan2(z.imag, z.real);
    }
    else {
        s1 = c_sqrt(mk(z.real - 1., z.imag));
        s2 = c_sqrt(mk(z.real + 1., z.imag));
        r.real = asinh(s1.real * s2.real + s1.imag * s2.imag);
        r.imag = 2. * atan2(s1.imag, s2.real);
    }
    return r;
}

static Cx c_asin(Cx z)
{
    Cx s = c_asinh(mk(-z.imag, z.real));
    return mk(s.imag, -s.real);
}

static Cx c_atanh(Cx z)
{
    Cx r;
    double ay, h;
    if (z.real < 0.) {
        r = c_atanh(mk(-z.real, -z.imag));
        return mk(-r.real, -r.imag);
    }
    ay = fabs(z.imag);
    if (z.real > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        h = hypot(z.real / 2., z.imag / 2.);
        r.real = z.real / 4. / h / h;
        r.imag = -copysign(PI_ / 2., -z.imag);
    }
    else if (z.real == 1. && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0.) {
            cm_err = EDOM;
            return mk(INFINITY, z.imag);
        }
        r.real = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
        r.imag = copysign(atan2(2., -ay) / 2, z.imag);
    }
    else {
        r.real = log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.;
        r.imag = -atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.;
    }
    return r;
}

static Cx c_atan(Cx z)
{
    Cx s = c_atanh(mk(-z.imag, z.real));
    return mk(s.imag, -s.real);
}

static Cx c_cosh(Cx z)
{
    Cx r;
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        double x1 = z.real - copysign(1., z.real);
        r = mk(cos(z.imag) * cosh(x1) * E_, sin(z.imag) * sinh(x1) * E_);
    }
    else
        r = mk(cos(z.imag) * cosh(z.real), sin(z.imag) * sinh(z.real));
    if (isinf(r.real) || isinf(r.imag))
        cm_err = ERANGE;
    return r;
}

static Cx c_sinh(Cx z)
{
    Cx r;
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        double x1 = z.real - copysign(1., z.real);
        r = mk(cos(z.imag) * sinh(x1) * E_, sin(z.imag) * cosh(x1) * E_);
    }
    else
        r = mk(cos(z.imag) * sinh(z.real), sin(z.imag) * cosh(z.real));
    if (isinf(r.real) || isinf(r.imag))
        cm_err = ERANGE;
    return r;
}

static Cx c_tanh(Cx z)
{
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE)
        return mk(copysign(1., z.real), 4. * sin(z.imag) * cos(z.imag) * exp(-2. * fabs(z.real)));
    double tx = tanh(z.real), ty = tan(z.imag), cx = 1. / cosh(z.real);
    double txty = tx * ty, denom = 1. + txty * txty;
    return mk(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

static Cx c_cos(Cx z) { return c_cosh(mk(-z.imag, z.real)); }
static Cx c_sin(Cx z) { Cx s = c_sinh(mk(-z.imag, z.real)); return mk(s.imag, -s.real); }
static Cx c_tan(Cx z) { Cx s = c_tanh(mk(-z.imag, z.real)); return mk(s.imag, -s.real); }

typedef Cx (*CxFunc)(Cx);
typedef double complex (*C99Func)(double complex);

static double complex c99_log10(double complex z) { return clog(z) / M_LN10_; }

enum { F_SQRT, F_EXP, F_LOG, F_LOG10, F_SIN, F_COS, F_TAN, F_ASIN, F_ACOS, F_ATAN,
       F_SINH, F_COSH, F_TANH, F_ASINH, F_ACOSH, F_ATANH };

static const struct { const char *name; CxFunc f; C99Func c99; } funcs[] = {
    [F_SQRT] = { "sqrt", c_sqrt, csqrt }, [F_EXP] = { "exp", c_exp, cexp },
    [F_LOG] = { "log", c_log, clog }, [F_LOG10] = { "log10", NULL, c99_log10 },
    [F_SIN] = { "sin", c_sin, csin }, [F_COS] = { "cos", c_cos, ccos }, [F_TAN] = { "tan", c_tan, ctan },
    [F_ASIN] = { "asin", c_asin, casin }, [F_ACOS] = { "acos", c_acos, cacos }, [F_ATAN] = { "atan", c_atan, catan },
    [F_SINH] = { "sinh", c_sinh, csinh }, [F_COSH] = { "cosh", c_cosh, ccosh }, [F_TANH] = { "tanh", c_tanh, ctanh },
    [F_ASINH] = { "asinh", c_asinh, casinh }, [F_ACOSH] = { "acosh", c_acosh, cacosh },
    [F_ATANH] = { "atanh", c_atanh, catanh },
};

static Object *math_error(void)
{
    if (errno == EDOM)
        return exc_set_string(Exc_ValueError, "math domain error");
    return exc_set_string(Exc_OverflowError, "math range error");
}

/* Applies funcs[k] to z; errno is set as CPython's cmath does. */
static Cx apply(int k, Cx z)
{
    errno = 0;
    if (finite2(z)) {
        Cx r;
        cm_err = 0;
        if (k == F_LOG10) {
            r = c_log(z);
            r = mk(r.real / M_LN10_, r.imag / M_LN10_);
        }
        else
            r = funcs[k].f(z);
        errno = cm_err;
        return r;
    }
    double complex r = funcs[k].c99(CMPLX(z.real, z.imag));
    Cx res = mk(creal(r), cimag(r));
    bool in_nan = isnan(z.real) || isnan(z.imag);
    if (!in_nan && (isnan(res.real) || isnan(res.imag)))
        errno = EDOM;
    return res;
}

static int get_cx(Object *o, Cx *z)
{
    return complex_as_parts(o, &z->real, &z->imag);
}

static Object *unary(int k, Object *const *args, ssize_t nargs, Object *kwnames)
{
    Cx z;
    if (arg_no_kwargs(funcs[k].name, kwnames) < 0 || arg_count(funcs[k].name, nargs, 1, 1) < 0 ||
        get_cx(args[0], &z) < 0)
        return NULL;
    Cx r = apply(k, z);
    if (errno != 0)
        return math_error();
    return complex_new(r.real, r.imag);
}

#define UNARY(k, fname)                                                                          \
    static Object *fname(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)      \
    {                                                                                            \
        UNUSED(self);                                                                            \
        return unary(k, args, nargs, kwnames);                                                   \
    }

UNARY(F_SQRT, cm_sqrt) UNARY(F_EXP, cm_exp) UNARY(F_LOG10, cm_log10)
UNARY(F_SIN, cm_sin) UNARY(F_COS, cm_cos) UNARY(F_TAN, cm_tan)
UNARY(F_ASIN, cm_asin) UNARY(F_ACOS, cm_acos) UNARY(F_ATAN, cm_atan)
UNARY(F_SINH, cm_sinh) UNARY(F_COSH, cm_cosh) UNARY(F_TANH, cm_tanh)
UNARY(F_ASINH, cm_asinh) UNARY(F_ACOSH, cm_acosh) UNARY(F_ATANH, cm_atanh)

static Object *cm_log(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Cx z, b;
    if (arg_no_kwargs("log", kwnames) < 0 || arg_count("log", nargs, 1, 2) < 0 || get_cx(args[0], &z) < 0)
        return NULL;
    if (nargs == 2 && get_cx(args[1], &b) < 0)
        return NULL;
    Cx r = apply(F_LOG, z);
    if (errno == 0 && nargs == 2) {
        Cx lb = apply(F_LOG, b);
        if (errno == 0) {
            /* CPython's _Py_c_quot */
            double abr = fabs(lb.real), abi = fabs(lb.imag);
            if (abr >= abi) {
                if (abr == 0.0)
                    errno = EDOM;
                else {
                    double ratio = lb.imag / lb.real, denom = lb.real + lb.imag * ratio;
                    r = mk((r.real + r.imag * ratio) / denom, (r.imag - r.real * ratio) / denom);
                }
            }
            else if (abi >= abr) {
                double ratio = lb.real / lb.imag, denom = lb.real * ratio + lb.imag;
                r = mk((r.real * ratio + r.imag) / denom, (r.imag * ratio - r.real) / denom);
            }
            else
                r = mk(NAN, NAN);
        }
    }
    if (errno != 0)
        return math_error();
    return complex_new(r.real, r.imag);
}

static Object *cm_phase(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Cx z;
    if (arg_no_kwargs("phase", kwnames) < 0 || arg_count("phase", nargs, 1, 1) < 0 || get_cx(args[0], &z) < 0)
        return NULL;
    return float_new(atan2(z.imag, z.real));
}

static Object *cm_polar(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Cx z;
    if (arg_no_kwargs("polar", kwnames) < 0 || arg_count("polar", nargs, 1, 1) < 0 || get_cx(args[0], &z) < 0)
        return NULL;
    double r;
    if (isinf(z.real) || isinf(z.imag))
        r = INFINITY;
    else if (isnan(z.real) || isnan(z.imag))
        r = NAN;
    else {
        r = hypot(z.real, z.imag);
        if (isinf(r))
            return exc_set_string(Exc_OverflowError, "math range error");
    }
    Object *a = float_new(r), *p = a ? float_new(atan2(z.imag, z.real)) : NULL, *res = NULL;
    if (p != NULL)
        res = tuple_pack(2, a, p);
    OBJ_XDECREF(a);
    OBJ_XDECREF(p);
    return res;
}

static Object *cm_rect(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("rect", kwnames) < 0 || arg_count("rect", nargs, 2, 2) < 0)
        return NULL;
    double r = float_as_double(args[0]);
    if (r == -1.0 && exc_occurred())
        return NULL;
    double phi = float_as_double(args[1]);
    if (phi == -1.0 && exc_occurred())
        return NULL;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.) {
            if (r > 0)
                return complex_new(copysign(INFINITY, cos(phi)), copysign(INFINITY, sin(phi)));
            return complex_new(-copysign(INFINITY, cos(phi)), -copysign(INFINITY, sin(phi)));
        }
        if (isinf(phi) && !isnan(r) && r != 0.0)
            return exc_set_string(Exc_ValueError, "math domain error");
        if (isinf(r) && phi == 0.0)
            return complex_new(r, r * phi);
        double complex c = r * cexp(CMPLX(0.0, phi));
        return complex_new(isnan(r) || isnan(phi) ? NAN : creal(c), isnan(phi) || (isnan(r) && phi != 0.0)
                                                                    ? NAN : (r == 0.0 ? 0.0 : cimag(c)));
    }
    if (phi == 0.0)
        return complex_new(r, r * phi);
    return complex_new(r * cos(phi), r * sin(phi));
}

static Object *classify(Object *const *args, ssize_t nargs, Object *kwnames, const char *name, int which)
{
    Cx z;
    if (arg_no_kwargs(name, kwnames) < 0 || arg_count(name, nargs, 1, 1) < 0 || get_cx(args[0], &z) < 0)
        return NULL;
    if (which == 0)
        return bool_from(isfinite(z.real) && isfinite(z.imag));
    if (which == 1)
        return bool_from(isinf(z.real) || isinf(z.imag));
    return bool_from(isnan(z.real) || isnan(z.imag));
}

static Object *cm_isfinite(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return classify(args, nargs, kwnames, "isfinite", 0);
}

static Object *cm_isinf(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return classify(args, nargs, kwnames, "isinf", 1);
}

static Object *cm_isnan(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return classify(args, nargs, kwnames, "isnan", 2);
}

static Object *cm_isclose(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Object *o[4] = {NULL, NULL, NULL, NULL};
    Cx a, b;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (nargs > 2)
        return exc_format(Exc_TypeError, "isclose() takes exactly 2 positional arguments (%zd given)", nargs);
    if (arg_parse("isclose", args, nargs, kwnames, names, 0, 2, o) < 0 || get_cx(o[0], &a) < 0 ||
        get_cx(o[1], &b) < 0)
        return NULL;
    if (o[2] != NULL && ((rel_tol = float_as_double(o[2])) == -1.0 && exc_occurred()))
        return NULL;
    if (o[3] != NULL && ((abs_tol = float_as_double(o[3])) == -1.0 && exc_occurred()))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return exc_set_string(Exc_ValueError, "tolerances must be non-negative");
    if (a.real == b.real && a.imag == b.imag)
        return bool_from(true);
    if (isinf(a.real) || isinf(a.imag) || isinf(b.real) || isinf(b.imag))
        return bool_from(false);
    double diff = hypot(a.real - b.real, a.imag - b.imag);
    return bool_from(diff <= rel_tol * hypot(b.real, b.imag) || diff <= rel_tol * hypot(a.real, a.imag) ||
                     diff <= abs_tol);
}

static MethodDef cmath_functions[] = {
    { "sqrt", cm_sqrt, 0, "Return the square root of z." },
    { "exp", cm_exp, 0, "Return the exponential value e**z." },
    { "log", cm_log, 0, "log(z[, base]) -> the logarithm of z to the given base." },
    { "log10", cm_log10, 0, "Return the base-10 logarithm of z." },
    { "sin", cm_sin, 0, "Return the sine of z." },
    { "cos", cm_cos, 0, "Return the cosine of z." },
    { "tan", cm_tan, 0, "Return the tangent of z." },
    { "asin", cm_asin, 0, "Return the arc sine of z." },
    { "acos", cm_acos, 0, "Return the arc cosine of z." },
    { "atan", cm_atan, 0, "Return the arc tangent of z." },
    { "sinh", cm_sinh, 0, "Return the hyperbolic sine of z." },
    { "cosh", cm_cosh, 0, "Return the hyperbolic cosine of z." },
    { "tanh", cm_tanh, 0, "Return the hyperbolic tangent of z." },
    { "asinh", cm_asinh, 0, "Return the inverse hyperbolic sine of z." },
    { "acosh", cm_acosh, 0, "Return the inverse hyperbolic cosine of z." },
    { "atanh", cm_atanh, 0, "Return the inverse hyperbolic tangent of z." },
    { "phase", cm_phase, 0, "Return argument, also known as the phase angle, of a complex." },
    { "polar", cm_polar, 0, "Convert a complex from rectangular coordinates to polar coordinates." },
    { "rect", cm_rect, 0, "Convert from polar coordinates to rectangular coordinates." },
    { "isfinite", cm_isfinite, 0, "Return True if both the real and imaginary parts of z are finite." },
    { "isinf", cm_isinf, 0, "Checks if the real or imaginary part of z is infinite." },
    { "isnan", cm_isnan, 0, "Checks if the real or imaginary part of z not a number (NaN)." },
    { "isclose", cm_isclose, 0, "Determine whether two complex numbers are close in value." },
    { NULL, NULL, 0, NULL }
};

Object *mod_cmath_init(void)
{
    Object *m = module_new("cmath");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, cmath_functions) < 0)
        goto error;
    static const struct { const char *name; double re, im; bool cx; } consts[] = {
        {"pi", PI_, 0, false}, {"e", E_, 0, false}, {"tau", 2 * PI_, 0, false},
        {"inf", INFINITY, 0, false}, {"nan", NAN, 0, false},
        {"infj", 0.0, INFINITY, true}, {"nanj", 0.0, NAN, true},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        Object *v = consts[i].cx ? complex_new(consts[i].re, consts[i].im) : float_new(consts[i].re);
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
