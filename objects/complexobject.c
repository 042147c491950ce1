/* complexobject.c: the complex type after CPython 3.11's Objects/complexobject.c: arithmetic
 * (Smith's division, powers by repeated squaring for small integral exponents, else the polar
 * form), equality with ints and floats, the numeric hash, repr, format() and complex(x). */
#include "objects/complexobject.h"
#include "objects/containers_internal.h"
#include "objects/floatobject.h"
#include "objects/int_internal.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "gc/alloc.h"
#include "vm/errors.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct { double real, imag; } Cx;

Object *complex_new(double real, double imag)
{
    ComplexObject *c = (ComplexObject *)obj_alloc(&complex_type, 0);
    if (c == NULL)
        return NULL;
    c->real = real;
    c->imag = imag;
    return (Object *)c;
}

static Object *cx_new(Cx c)
{
    return complex_new(c.real, c.imag);
}

static void complex_dealloc(Object *o)
{
    obj_free(o);
}

Object *complex_from_literal(const char *text)
{
    size_t n = strlen(text);
    char *buf = mem_alloc(n + 1);
    if (buf == NULL)
        return exc_no_memory();
    memcpy(buf, text, n + 1);
    if (n > 0 && (buf[n - 1] == 'j' || buf[n - 1] == 'J'))
        buf[n - 1] = '\0';
    Object *f = float_from_literal(buf);
    mem_free(buf);
    if (f == NULL)
        return NULL;
    Object *c = complex_new(0.0, FLOAT_VALUE(f));
    OBJ_DECREF(f);
    return c;
}

/* __complex__ of o: 1 found (*out set), 0 absent, -1 error */
static int try_complex_special(Object *o, Cx *out)
{
    Object *f = lookup_special(o, "__complex__");
    if (f == NULL)
        return exc_occurred() ? -1 : 0;
    Object *r = obj_call_noargs(f);
    OBJ_DECREF(f);
    if (r == NULL)
        return -1;
    if (!COMPLEX_CHECK(r)) {
        exc_format(Exc_TypeError, "__complex__ returned non-complex (type %T)", r);
        OBJ_DECREF(r);
        return -1;
    }
    out->real = COMPLEX_REAL(r);
    out->imag = COMPLEX_IMAG(r);
    OBJ_DECREF(r);
    return 1;
}

int complex_as_parts(Object *o, double *real, double *imag)
{
    if (COMPLEX_CHECK(o)) {
        *real = COMPLEX_REAL(o);
        *imag = COMPLEX_IMAG(o);
        return 0;
    }
    Cx c;
    int r = try_complex_special(o, &c);
    if (r < 0)
        return -1;
    if (r > 0) {
        *real = c.real;
        *imag = c.imag;
        return 0;
    }
    double d = float_as_double(o);
    if (d == -1.0 && exc_occurred())
        return -1;
    *real = d;
    *imag = 0.0;
    return 0;
}

/* Operand of a binary slot: 1 done, 0 not ours, -1 error. */
static int to_cx(Object *o, Cx *c)
{
    c->imag = 0.0;
    if (COMPLEX_CHECK(o)) {
        c->real = COMPLEX_REAL(o);
        c->imag = COMPLEX_IMAG(o);
        return 1;
    }
    if (INT_CHECK(o)) {
        c->real = int_as_double(o);
        if (c->real == -1.0 && exc_occurred())
            return -1;
        return 1;
    }
    if (FLOAT_CHECK(o)) {
        c->real = FLOAT_VALUE(o);
        return 1;
    }
    return 0;
}

#define CONVERT(o, v)                   \
    do {                                \
        int r_ = to_cx((o), &(v));      \
        if (r_ < 0)                     \
            return NULL;                \
        if (r_ == 0)                    \
            RETURN_NOTIMPL;             \
    } while (0)

/* ---- arithmetic (CPython's _Py_c_*) ---- */

static Cx c_prod(Cx a, Cx b)
{
    Cx r = { a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real };
    return r;
}

static Cx c_quot(Cx a, Cx b)
{
    Cx r;
    double abs_breal = b.real < 0 ? -b.real : b.real;
    double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        }
        else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    }
    else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    }
    else
        r.real = r.imag = NAN;
    return r;
}

static Cx c_pow(Cx a, Cx b)
{
    Cx r;
    if (b.real == 0. && b.imag == 0.) {
        r.real = 1.;
        r.imag = 0.;
    }
    else if (a.real == 0. && a.imag == 0.) {
        if (b.imag != 0. || b.real < 0.)
            errno = EDOM;
        r.real = 0.;
        r.imag = 0.;
    }
    else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static Cx c_powu(Cx x, long n)
{
    Cx r = { 1., 0. }, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cx c_powi(Cx x, long n)
{
    Cx one = { 1., 0. };
    if (n > 0)
        return c_powu(x, n);
    return c_quot(one, c_powu(x, -n));
}

static Object *complex_add(Object *a, Object *b)
{
    Cx x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return complex_new(x.real + y.real, x.imag + y.imag);
}

static Object *complex_sub(Object *a, Object *b)
{
    Cx x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return complex_new(x.real - y.real, x.imag - y.imag);
}

static Object *complex_mul(Object *a, Object *b)
{
    Cx x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return cx_new(c_prod(x, y));
}

static Object *complex_div(Object *a, Object *b)
{
    Cx x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    errno = 0;
    Cx q = c_quot(x, y);
    if (errno == EDOM)
        return exc_set_string(Exc_ZeroDivisionError, "complex division by zero");
    return cx_new(q);
}

static Object *complex_pow(Object *a, Object *b)
{
    Cx x, y, p;
    CONVERT(a, x);
    CONVERT(b, y);
    errno = 0;
    if (y.imag == 0. && y.real == floor(y.real) && fabs(y.real) <= 100.0)
        p = c_powi(x, (long)y.real);
    else
        p = c_pow(x, y);
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0)
            errno = ERANGE;
    }
    else if (errno == ERANGE)
        errno = 0;
    if (errno == EDOM)
        return exc_set_string(Exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE)
        return exc_set_string(Exc_OverflowError, "complex exponentiation");
    return cx_new(p);
}

static Object *complex_neg(Object *a)
{
    return complex_new(-COMPLEX_REAL(a), -COMPLEX_IMAG(a));
}

static Object *complex_pos(Object *a)
{
    if (TYPE(a) == &complex_type)
        return obj_newref(a);
    return complex_new(COMPLEX_REAL(a), COMPLEX_IMAG(a));
}

static Object *complex_abs(Object *a)
{
    double re = COMPLEX_REAL(a), im = COMPLEX_IMAG(a), r;
    if (!isfinite(re) || !isfinite(im)) {
        if (isinf(re) || isinf(im))
            return float_new(INFINITY);
        return float_new(NAN);
    }
    r = hypot(re, im);
    if (!isfinite(r))
        return exc_set_string(Exc_OverflowError, "absolute value too large");
    return float_new(r);
}

static int complex_bool(Object *a)
{
    return COMPLEX_REAL(a) != 0.0 || COMPLEX_IMAG(a) != 0.0;
}

static Object *complex_richcompare(Object *v, Object *w, int op)
{
    if (op != RICH_EQ && op != RICH_NE)
        RETURN_NOTIMPL;
    bool equal;
    double re = COMPLEX_REAL(v), im = COMPLEX_IMAG(v);
    if (INT_CHECK(w)) {
        if (im == 0.0) {
            Object *j = float_new(re);
            if (j == NULL)
                return NULL;
            Object *r = float_type.richcompare(j, w, op);
            OBJ_DECREF(j);
            return r;
        }
        equal = false;
    }
    else if (FLOAT_CHECK(w))
        equal = re == FLOAT_VALUE(w) && im == 0.0;
    else if (COMPLEX_CHECK(w))
        equal = re == COMPLEX_REAL(w) && im == COMPLEX_IMAG(w);
    else
        RETURN_NOTIMPL;
    return bool_from(op == RICH_EQ ? equal : !equal);
}

static hash_t hash_part(Object *o, double v)
{
    if (isnan(v)) {
        uintptr_t y = (uintptr_t)o;
        y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
        return (hash_t)y;
    }
    return float_hash_value(v);
}

static hash_t complex_hash(Object *o)
{
    uint64_t hr = (uint64_t)hash_part(o, COMPLEX_REAL(o));
    uint64_t hi = (uint64_t)hash_part(o, COMPLEX_IMAG(o));
    uint64_t combined = hr + 1000003u * hi;
    if (combined == (uint64_t)-1)
        combined = (uint64_t)-2;
    return (hash_t)combined;
}

/* ---- text ---- */

/* repr(v) without float's added ".0"; a leading '+' when [sign] and v is not negative */
static void part_repr(double v, bool sign, char *buf, size_t size)
{
    char tmp[40];
    float_repr_buf(v, tmp, sizeof tmp);
    size_t n = strlen(tmp);
    if (n >= 2 && strcmp(tmp + n - 2, ".0") == 0 && strchr(tmp, 'e') == NULL)
        tmp[n - 2] = '\0';
    snprintf(buf, size, "%s%s", sign && tmp[0] != '-' ? "+" : "", tmp);
}

void complex_repr_buf(double re, double im, char *buf, size_t size)
{
    char rs[48], is[48];
    if (re == 0.0 && copysign(1.0, re) == 1.0) {
        part_repr(im, false, is, sizeof is);
        snprintf(buf, size, "%sj", is);
        return;
    }
    part_repr(re, false, rs, sizeof rs);
    part_repr(im, true, is, sizeof is);
    snprintf(buf, size, "(%s%sj)", rs, is);
}

static Object *complex_repr(Object *o)
{
    char buf[100];
    complex_repr_buf(COMPLEX_REAL(o), COMPLEX_IMAG(o), buf, sizeof buf);
    return str_from_cstr(buf);
}

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static size_t utf8_len(unsigned char c)
{
    return c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
}

/* One part formatted by float's format() with [inner] (a spec without fill/align/width). */
static Object *format_part(double v, const char *inner, bool strip_dot0)
{
    Object *f = float_new(v), *spec = f ? str_from_cstr(inner) : NULL, *r = NULL;
    if (spec != NULL)
        r = float_format(f, spec);
    OBJ_XDECREF(f);
    OBJ_XDECREF(spec);
    if (r != NULL && strip_dot0) {
        const char *s = STR_DATA(r);
        size_t n = (size_t)STR_NBYTES(r);
        if (n >= 2 && strcmp(s + n - 2, ".0") == 0 && strchr(s, 'e') == NULL) {
            Object *t = str_from_utf8(s, (ssize_t)n - 2);
            OBJ_SETREF(r, t);
        }
    }
    return r;
}

/* format(complex, spec): CPython's format_complex_internal */
static Object *complex_format(Object *o, Object *specobj)
{
    const char *s = STR_DATA(specobj);
    size_t n = (size_t)STR_NBYTES(specobj), pos = 0;
    if (n == 0)
        return obj_str(o);
    char fill[5] = " ", align = '>';
    bool fill_set = false;
    size_t l1 = utf8_len((unsigned char)s[0]);
    if (n > l1 && is_align(s[l1])) {
        memcpy(fill, s, l1);
        fill[l1] = '\0';
        align = s[l1];
        fill_set = true;
        pos = l1 + 1;
    }
    else if (is_align(s[0])) {
        align = s[0];
        pos = 1;
    }
    char sign = '\0';
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        sign = s[pos++];
    bool nz = false, alt = false;
    if (pos < n && s[pos] == 'z') {
        nz = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        alt = true;
        pos++;
    }
    if (pos < n && s[pos] == '0' && !fill_set) {
        fill[0] = '0';
        fill[1] = '\0';
        pos++;
    }
    ssize_t width = -1;
    if (pos < n && s[pos] >= '0' && s[pos] <= '9') {
        width = 0;
        while (pos < n && s[pos] >= '0' && s[pos] <= '9') {
            if (width > 100000000)
                return exc_set_string(Exc_ValueError, "Too many decimal digits in format string");
            width = width * 10 + (s[pos++] - '0');
        }
    }
    /* the rest: [grouping][.precision][type] */
    const char *rest = s + pos;
    size_t nrest = n - pos;
    char type = '\0';
    if (nrest > 0) {
        char c = rest[nrest - 1];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%') {
            type = c;
            nrest--;
        }
    }
    bool has_prec = memchr(rest, '.', nrest) != NULL;
    switch (type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        if (type >= 0x20 && type < 0x7f)
            return exc_format(Exc_ValueError, "Unknown format code '%c' for object of type 'complex'", type);
        return exc_format(Exc_ValueError, "Unknown format code '\\x%x' for object of type 'complex'",
                          (unsigned)(unsigned char)type);
    }
    if (strcmp(fill, "0") == 0)
        return exc_set_string(Exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (align == '=')
        return exc_set_string(Exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    double re = COMPLEX_REAL(o), im = COMPLEX_IMAG(o);
    bool skip_re = false, parens = false, strip = false;
    char ftype = type == 'n' ? 'g' : type;
    if (type == '\0') {
        if (re == 0.0 && copysign(1.0, re) == 1.0)
            skip_re = true;
        else
            parens = true;
        if (has_prec)
            ftype = 'g';
        else
            strip = true;
    }
    char inner[96];
    char mid[64];
    if (nrest >= sizeof mid - 1)
        return exc_set_string(Exc_ValueError, "Too many decimal digits in format string");
    memcpy(mid, rest, nrest);
    mid[nrest] = '\0';
    Object *rs = NULL, *is = NULL, *res = NULL;
    char ts[2] = { ftype, '\0' };
    if (!skip_re) {
        char sg[2] = { sign, '\0' };
        snprintf(inner, sizeof inner, "%s%s%s%s%s", sg, nz ? "z" : "", alt ? "#" : "", mid, ts);
        rs = format_part(re, inner, strip);
        if (rs == NULL)
            return NULL;
    }
    char isg[2] = { skip_re ? sign : '+', '\0' };
    snprintf(inner, sizeof inner, "%s%s%s%s%s", isg, nz ? "z" : "", alt ? "#" : "", mid, ts);
    is = format_part(im, inner, strip);
    if (is == NULL)
        goto done;
    ssize_t body = (rs ? STR_NBYTES(rs) : 0) + STR_NBYTES(is) + 1 + (parens ? 2 : 0);
    ssize_t lpad = 0, rpad = 0;
    if (width > body) {
        ssize_t pad = width - body;
        if (align == '>')
            lpad = pad;
        else if (align == '^')
            lpad = pad / 2;
        rpad = pad - lpad;
    }
    StrBuilder sb;
    sb_init(&sb);
    for (ssize_t i = 0; i < lpad; i++)
        sb_append_cstr(&sb, fill);
    if (parens)
        sb_append_char(&sb, '(');
    if (rs != NULL)
        sb_append_str(&sb, rs);
    sb_append_str(&sb, is);
    sb_append_char(&sb, 'j');
    if (parens)
        sb_append_char(&sb, ')');
    for (ssize_t i = 0; i < rpad; i++)
        sb_append_cstr(&sb, fill);
    res = sb_finish(&sb);
done:
    OBJ_XDECREF(rs);
    OBJ_XDECREF(is);
    return res;
}

/* ---- complex(str) ---- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Parses a float prefix of s (no underscores: they are removed first); returns the end or s. */
static const char *parse_float_prefix(const char *s, double *out)
{
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    if (strncasecmp(p, "infinity", 8) == 0 || strncasecmp(p, "inf", 3) == 0 || strncasecmp(p, "nan", 3) == 0) {
        double v = tolower((unsigned char)*p) == 'n' ? NAN : INFINITY;
        size_t len = strncasecmp(p, "infinity", 8) == 0 ? 8 : 3;
        *out = *s == '-' ? -v : v;
        return p + len;
    }
    const char *digits = p;
    while (is_digit(*p))
        p++;
    bool any = p > digits;
    if (*p == '.') {
        p++;
        const char *f = p;
        while (is_digit(*p))
            p++;
        any = any || p > f;
    }
    if (!any)
        return s;
    if (*p == 'e' || *p == 'E') {
        const char *e = p + 1;
        if (*e == '+' || *e == '-')
            e++;
        if (is_digit(*e)) {
            while (is_digit(*e))
                e++;
            p = e;
        }
    }
    char *tmp = strndup(s, (size_t)(p - s));
    if (tmp == NULL)
        return s;
    *out = strtod(tmp, NULL);
    free(tmp);
    return p;
}

static Object *malformed(void)
{
    return exc_set_string(Exc_ValueError, "complex() arg is a malformed string");
}

static Object *complex_from_string(Object *str, Cx *out)
{
    const char *src = STR_DATA(str);
    ssize_t n = STR_NBYTES(str);
    if ((ssize_t)strlen(src) != n)
        return malformed();
    /* remove underscores that sit between digits */
    char *buf = mem_alloc((size_t)n + 1);
    if (buf == NULL)
        return exc_no_memory();
    ssize_t k = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (src[i] == '_') {
            if (i == 0 || i + 1 >= n || !is_digit(src[i - 1]) || !is_digit(src[i + 1])) {
                mem_free(buf);
                return exc_format(Exc_ValueError, "could not convert string to complex: %R", str);
            }
            continue;
        }
        buf[k++] = src[i];
    }
    buf[k] = '\0';
    const char *s = buf, *end;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (is_space(*s))
        s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (is_space(*s))
            s++;
    }
    end = parse_float_prefix(s, &z);
    if (end != s) {
        s = end;
        if (*s == '+' || *s == '-') {
            x = z;
            end = parse_float_prefix(s, &y);
            if (end != s)
                s = end;
            else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (!(*s == 'j' || *s == 'J'))
                goto error;
            s++;
        }
        else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        }
        else
            x = z;
    }
    else {
        if (*s == '+' || *s == '-') {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        }
        else
            y = 1.0;
        if (!(*s == 'j' || *s == 'J'))
            goto error;
        s++;
    }
    while (is_space(*s))
        s++;
    if (bracket) {
        if (*s != ')')
            goto error;
        s++;
        while (is_space(*s))
            s++;
    }
    if (*s != '\0')
        goto error;
    mem_free(buf);
    out->real = x;
    out->imag = y;
    return NONE;
error:
    mem_free(buf);
    return malformed();
}

/* ---- complex(real=0, imag=0) ---- */

static bool is_number(Object *o)
{
    TypeObject *t = TYPE(o);
    return t->nb_float != NULL || t->nb_index != NULL || COMPLEX_CHECK(o) || INT_CHECK(o) || FLOAT_CHECK(o);
}

static Object *complex_new_impl(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"real", "imag", NULL};
    Object *a[2] = {NULL, NULL};
    if (arg_parse("complex", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    Object *r = a[0], *i = a[1];
    Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    if (r == NULL)
        goto build;
    if (TYPE(r) == &complex_type && i == NULL && type == &complex_type)
        return obj_newref(r);
    if (STR_CHECK(r)) {
        if (i != NULL)
            return exc_set_string(Exc_TypeError, "complex() can't take second arg if first is a string");
        if (complex_from_string(r, &cr) == NULL)
            return NULL;
        ci.real = cr.imag;
        goto build;
    }
    if (i != NULL && STR_CHECK(i))
        return exc_set_string(Exc_TypeError, "complex() second arg can't be a string");
    int got = try_complex_special(r, &cr);
    if (got < 0)
        return NULL;
    if (got > 0)
        cr_is_complex = true;
    else {
        if (!is_number(r))
            return exc_format(Exc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                              TYPE(r)->name);
        if (COMPLEX_CHECK(r)) {
            cr.real = COMPLEX_REAL(r);
            cr.imag = COMPLEX_IMAG(r);
            cr_is_complex = true;
        }
        else {
            cr.real = float_as_double(r);
            if (cr.real == -1.0 && exc_occurred())
                return NULL;
        }
    }
    if (i != NULL) {
        if (!is_number(i))
            return exc_format(Exc_TypeError, "complex() second argument must be a number, not '%s'",
                              TYPE(i)->name);
        if (COMPLEX_CHECK(i)) {
            ci.real = COMPLEX_REAL(i);
            ci.imag = COMPLEX_IMAG(i);
            ci_is_complex = true;
        }
        else {
            ci.real = float_as_double(i);
            if (ci.real == -1.0 && exc_occurred())
                return NULL;
        }
    }
    if (ci_is_complex)
        cr.real -= ci.imag;
    if (cr_is_complex && i != NULL)
        ci.real += cr.imag;
    else if (cr_is_complex)
        ci.real = cr.imag;
build:
    if (type == &complex_type)
        return complex_new(cr.real, ci.real);
    Object *o = obj_alloc(type, 0);
    if (o != NULL) {
        ((ComplexObject *)o)->real = cr.real;
        ((ComplexObject *)o)->imag = ci.real;
    }
    return o;
}

/* ---- methods ---- */

static Object *complex_meth_conjugate(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("complex.conjugate", kwnames) < 0 || arg_count("complex.conjugate", nargs, 0, 0) < 0)
        return NULL;
    return complex_new(COMPLEX_REAL(self), -COMPLEX_IMAG(self));
}

static Object *complex_meth_complex(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("complex.__complex__", kwnames) < 0 || arg_count("complex.__complex__", nargs, 0, 0) < 0)
        return NULL;
    return complex_pos(self);
}

static Object *complex_meth_getnewargs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("complex.__getnewargs__", kwnames) < 0 ||
        arg_count("complex.__getnewargs__", nargs, 0, 0) < 0)
        return NULL;
    Object *re = float_new(COMPLEX_REAL(self)), *im = re ? float_new(COMPLEX_IMAG(self)) : NULL, *res = NULL;
    if (im != NULL)
        res = tuple_pack(2, re, im);
    OBJ_XDECREF(re);
    OBJ_XDECREF(im);
    return res;
}

static Object *complex_meth_format(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("complex.__format__", kwnames) < 0 || arg_count("complex.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return complex_format(self, args[0]);
}

static MethodDef complex_methods[] = {
    { "conjugate", complex_meth_conjugate, METH_DEFAULT, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j." },
    { "__complex__", complex_meth_complex, METH_DEFAULT, "Convert this value to exact type complex." },
    { "__getnewargs__", complex_meth_getnewargs, METH_DEFAULT, NULL },
    { "__format__", complex_meth_format, METH_DEFAULT, "Convert to a string according to format_spec." },
    { NULL, NULL, 0, NULL }
};

static Object *complex_get_real(Object *self, void *closure)
{
    UNUSED(closure);
    return float_new(COMPLEX_REAL(self));
}

static Object *complex_get_imag(Object *self, void *closure)
{
    UNUSED(closure);
    return float_new(COMPLEX_IMAG(self));
}

static GetSetDef complex_getset[] = {
    { "real", complex_get_real, NULL, "the real part of a complex number", NULL },
    { "imag", complex_get_imag, NULL, "the imaginary part of a complex number", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

TypeObject complex_type = {
    .ob = { { 1, &type_type }, 0 },
    .name = "complex",
    .basicsize = sizeof(ComplexObject),
    .itemsize = 0,
    .flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattro = obj_generic_getattr,
    .nb = {
        [NB_ADD] = complex_add,
        [NB_SUBTRACT] = complex_sub,
        [NB_MULTIPLY] = complex_mul,
        [NB_TRUE_DIVIDE] = complex_div,
        [NB_POWER] = complex_pow,
    },
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .tp_new = complex_new_impl,
    .methods = complex_methods,
    .getset = complex_getset,
};
