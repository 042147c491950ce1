/* floatrepr.c: floats as text. Decimal digits the way David Gay's dtoa() gives them (shortest
 * round-trip, N significant digits, N digits past the point), built on the C library's correctly
 * rounded printf and strtod; CPython's format_float_short layout on top (repr, str, format());
 * float(text) and float literals; float.hex / float.fromhex; round(x, n). */
#include "objects/int_internal.h"
#include "objects/strobject.h"
#include "gc/alloc.h"
#include "vm/errors.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- decimal digits ---- */

/* Splits printf "%e" output ("d.ddde+XX", no sign) into bare digits and a decimal exponent. */
static int split_e(const char *buf, char *digits, int *exp10)
{
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    digits[n] = '\0';
    *exp10 = *p == 'e' ? atoi(p + 1) : 0;
    return n;
}

/* Builds "d.ddde<exp>" from n digits and parses it back. */
static double digits_value(const char *digits, int n, int exp10)
{
    char buf[48];
    int k = 0;
    buf[k++] = digits[0];
    if (n > 1) {
        buf[k++] = '.';
        memcpy(buf + k, digits + 1, (size_t)n - 1);
        k += n - 1;
    }
    buf[k++] = 'e';
    if (exp10 < 0) {
        buf[k++] = '-';
        exp10 = -exp10;
    }
    char tmp[8];
    int t = 0;
    do {
        tmp[t++] = (char)('0' + exp10 % 10);
        exp10 /= 10;
    } while (exp10);
    while (t > 0)
        buf[k++] = tmp[--t];
    buf[k] = '\0';
    return strtod(buf, NULL);
}

/* p-digit candidate next to digits (dir +1 or -1); adjusts exp10. */
static void neighbour(char *digits, int p, int *exp10, int dir)
{
    int i = p - 1;
    if (dir > 0) {
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i >= 0)
            digits[i]++;
        else {
            digits[0] = '1';        /* 999 + 1 = 1000: one more decimal place */
            (*exp10)++;
        }
    }
    else {
        while (i >= 0 && digits[i] == '0')
            digits[i--] = '9';
        if (i >= 0)
            digits[i]--;
        if (digits[0] == '0') {     /* 1000 - 1 = 0999: the grid below is finer */
            memmove(digits, digits + 1, (size_t)p - 1);
            digits[p - 1] = '9';
            (*exp10)--;
        }
    }
}

/* Does some p-significant-digit decimal round-trip to v (v > 0, finite)? On success digits[]
 * holds it (p digits) and *exp10 its exponent. Tries the correctly rounded one, then its two
 * neighbours (needed where the rounding interval is lopsided, at powers of two). */
static bool try_precision(double v, int p, char *digits, int *exp10)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    int n = split_e(buf, digits, exp10);
    if (digits_value(digits, n, *exp10) == v)
        return true;
    for (int dir = -1; dir <= 1; dir += 2) {
        char cand[24];
        int e = *exp10;
        memcpy(cand, digits, (size_t)n + 1);
        neighbour(cand, n, &e, dir);
        if (cand[0] != '0' && digits_value(cand, n, e) == v) {
            memcpy(digits, cand, (size_t)n + 1);
            *exp10 = e;
            return true;
        }
    }
    return false;
}

/* The correctly rounded p-digit form of v from its 17-digit form d17 (exponent e17): false when
 * d17's tail is exactly a half (the 17-digit rounding may have made the tie), so the caller
 * asks printf instead. */
static bool round_digits(const char *d17, int e17, int p, char *out, int *exp10)
{
    memcpy(out, d17, (size_t)p);
    out[p] = '\0';
    *exp10 = e17;
    if (p >= 17)
        return true;
    bool rest_nonzero = false;
    for (int i = p + 1; i < 17; i++)
        if (d17[i] != '0')
            rest_nonzero = true;
    if (d17[p] < '5')
        return true;
    if (d17[p] == '5' && !rest_nonzero)
        return false;
    int i = p - 1;
    while (i >= 0 && out[i] == '9')
        out[i--] = '0';
    if (i >= 0)
        out[i]++;
    else {
        out[0] = '1';
        (*exp10)++;
    }
    return true;
}

/* Does the correctly rounded p-digit decimal of v round-trip? Fills digits/exp10 either way. */
static bool round_trips(double v, const char *d17, int e17, int p, char *digits, int *exp10)
{
    if (!round_digits(d17, e17, p, digits, exp10)) {
        char buf[48];
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        split_e(buf, digits, exp10);
    }
    return p >= 17 || digits_value(digits, p, *exp10) == v;
}

/* Shortest round-trip digits of v > 0 (at most 17); returns their count. */
static int shortest_digits(double v, char *digits, int *decpt)
{
    int lo = 1, hi = 17, exp10, n;
    char tmp[24];
    int fexp;
    if (v < 9007199254740992.0 && v == floor(v)) {
        /* an integer below 2**53: its own digits are the shortest (all neighbours are doubles) */
        char buf[24];
        uint64_t u = (uint64_t)v;
        n = 0;
        do {
            buf[n++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        for (int i = 0; i < n; i++)
            digits[i] = buf[n - 1 - i];
        *decpt = n;
    }
    else if (frexp(v, &fexp) == 0.5) {
        /* a power of two: the rounding interval is lopsided, so neighbours may win */
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (try_precision(v, mid, tmp, &exp10))
                hi = mid;
            else
                lo = mid + 1;
        }
        if (!try_precision(v, lo, digits, &exp10)) {
            char buf[48];
            snprintf(buf, sizeof buf, "%.16e", v);
            lo = split_e(buf, digits, &exp10);
        }
        n = lo;
        *decpt = exp10 + 1;
    }
    else {
        char buf[48], d17[24];
        int e17;
        snprintf(buf, sizeof buf, "%.16e", v);
        split_e(buf, d17, &e17);
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (round_trips(v, d17, e17, mid, tmp, &exp10))
                hi = mid;
            else
                lo = mid + 1;
        }
        round_trips(v, d17, e17, lo, digits, &exp10);
        n = lo;
        *decpt = exp10 + 1;
    }
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return n;
}

int float_format_fixed(double v, int ndigits, char *buf, size_t cap)
{
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15};
    if (ndigits < 0 || ndigits > 15 || !isfinite(v))
        return -1;
    bool neg = signbit(v);
    double a = fabs(v), scale = pow10[ndigits];
    if (!(a * scale < 4503599627370496.0))          /* 2**52: f + 0.5 below stays exact */
        return -1;
    /* f = floor of the exact a * scale; fma gives the sign of an exact difference (its one
     * rounding keeps sign and zero), so the rounding is decided on v's exact value */
    double f = floor(a * scale);
    if (fma(a, scale, -f) < 0.0)
        f -= 1.0;
    else if (fma(a, scale, -(f + 1.0)) >= 0.0)
        f += 1.0;
    double d = fma(a, scale, -(f + 0.5));
    uint64_t r = (uint64_t)f;
    if (d > 0.0 || (d == 0.0 && (r & 1)))
        r++;                                        /* ties to even, as printf */
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + r % 10);
        r /= 10;
    } while (r != 0);
    while (n <= ndigits)
        tmp[n++] = '0';
    if ((size_t)(neg + n + 2) > cap)
        return -1;
    char *p = buf;
    if (neg)
        *p++ = '-';
    for (int i = n - 1; i >= ndigits; i--)
        *p++ = tmp[i];
    if (ndigits > 0) {
        *p++ = '.';
        for (int i = ndigits - 1; i >= 0; i--)
            *p++ = tmp[i];
    }
    *p = '\0';
    return (int)(p - buf);
}

ssize_t float_dtoa(double v, int mode, int ndigits, char **pdigits, int *decpt, int *sign)
{
    char *out;
    ssize_t n = 0;
    *sign = signbit(v) ? 1 : 0;
    v = fabs(v);
    if (v == 0.0) {
        out = mem_alloc(2);
        if (out == NULL)
            goto nomem;
        out[0] = '0';
        out[1] = '\0';
        *pdigits = out;
        *decpt = 1;
        return 1;
    }
    if (mode == 0) {
        out = mem_alloc(24);
        if (out == NULL)
            goto nomem;
        n = shortest_digits(v, out, decpt);
        *pdigits = out;
        return n;
    }
    if (mode == 2) {
        if (ndigits < 1)
            ndigits = 1;
        if (ndigits > 800)
            ndigits = 800;      /* a double has at most 767 significant digits */
        size_t cap = (size_t)ndigits + 16;
        char *buf = mem_alloc(cap);
        out = mem_alloc(cap);
        if (buf == NULL || out == NULL) {
            mem_free(buf);
            mem_free(out);
            goto nomem;
        }
        snprintf(buf, cap, "%.*e", ndigits - 1, v);
        int exp10;
        n = split_e(buf, out, &exp10);
        mem_free(buf);
        while (n > 1 && out[n - 1] == '0')
            n--;
        out[n] = '\0';
        *decpt = exp10 + 1;
        *pdigits = out;
        return n;
    }
    /* mode 3: ndigits past the decimal point (negative: to the left of it) */
    if (ndigits >= 0) {
        size_t cap = (size_t)ndigits + 330;
        char *buf = mem_alloc(cap);
        out = mem_alloc(cap);
        if (buf == NULL || out == NULL) {
            mem_free(buf);
            mem_free(out);
            goto nomem;
        }
        if (float_format_fixed(v, ndigits, buf, cap) < 0)
            snprintf(buf, cap, "%.*f", ndigits, v);
        int intlen = 0;
        const char *p = buf;
        for (; *p && *p != '.'; p++) {
            out[n++] = *p;
            intlen++;
        }
        if (*p == '.')
            for (p++; *p; p++)
                out[n++] = *p;
        mem_free(buf);
        /* strip leading zeros (moving the point) and trailing zeros */
        ssize_t lead = 0;
        while (lead < n && out[lead] == '0')
            lead++;
        if (lead == n) {
            out[0] = '\0';
            *decpt = -ndigits;
            *pdigits = out;
            return 0;
        }
        memmove(out, out + lead, (size_t)(n - lead));
        n -= lead;
        *decpt = intlen - (int)lead;
        while (n > 0 && out[n - 1] == '0')
            n--;
        out[n] = '\0';
        *pdigits = out;
        return n;
    }
    else {
        /* exact expansion (a double has at most 767 significant digits), rounded by hand */
        size_t cap = 800;
        out = mem_alloc(cap);
        if (out == NULL)
            goto nomem;
        char *buf = mem_alloc(cap);
        if (buf == NULL) {
            mem_free(out);
            goto nomem;
        }
        snprintf(buf, cap, "%.770e", v);
        int exp10;
        int total = split_e(buf, out, &exp10);
        mem_free(buf);
        int k = exp10 + 1 + ndigits;        /* significant digits kept */
        if (k < 0 || (k == 0 && out[0] < '5')) {
            out[0] = '\0';
            *decpt = -ndigits;
            *pdigits = out;
            return 0;
        }
        bool rest_nonzero = false;
        if (k == 0) {
            for (int i = 1; i < total; i++)
                if (out[i] != '0')
                    rest_nonzero = true;
            if (out[0] == '5' && !rest_nonzero) {      /* a tie rounds to even: 0 */
                out[0] = '\0';
                *decpt = -ndigits;
                *pdigits = out;
                return 0;
            }
            out[0] = '1';
            out[1] = '\0';
            *decpt = -ndigits + 1;
            *pdigits = out;
            return 1;
        }
        for (int i = k + 1; i < total; i++)
            if (out[i] != '0')
                rest_nonzero = true;
        bool up = out[k] > '5' || (out[k] == '5' && (rest_nonzero || ((out[k - 1] - '0') & 1)));
        *decpt = exp10 + 1;
        n = k;
        if (up) {
            int i = k - 1;
            while (i >= 0 && out[i] == '9')
                out[i--] = '0';
            if (i >= 0)
                out[i]++;
            else {
                out[0] = '1';
                (*decpt)++;
            }
        }
        while (n > 0 && out[n - 1] == '0')
            n--;
        out[n] = '\0';
        *pdigits = out;
        return n;
    }
nomem:
    exc_no_memory();
    return -1;
}

/* ---- layout (CPython's format_float_short) ---- */

/* Lays out digits into out (room for at least 3 + vdigits_end - vdigits_start + 6 bytes). */
static void layout(char *out, const char *digits, ssize_t digits_len, ssize_t decpt, int sign,
                   char code, int precision, int flags)
{
    bool use_exp = false, add_dot_0 = flags & FLOAT_FMT_ADD_DOT_0, alt = flags & FLOAT_FMT_ALT;
    ssize_t vdigits_end = digits_len, vdigits_start;
    int exp = 0;
    char *p = out;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vdigits_end = precision;
        break;
    default:    /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = (int)decpt - 1;
        decpt = 1;
    }
    vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    if (sign)
        *p++ = '-';
    else if (flags & FLOAT_FMT_SIGN)
        *p++ = '+';
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vdigits_start));
        p += decpt - vdigits_start;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - decpt));
        p += 0 - decpt;
    }
    else {
        memset(p, '0', (size_t)(0 - vdigits_start));
        p += 0 - vdigits_start;
    }
    if (0 < decpt && decpt <= digits_len) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(digits_len - decpt));
        p += digits_len - decpt;
    }
    else {
        memcpy(p, digits, (size_t)digits_len);
        p += digits_len;
    }
    if (digits_len < decpt) {
        memset(p, '0', (size_t)(decpt - digits_len));
        p += decpt - digits_len;
        *p++ = '.';
        memset(p, '0', (size_t)(vdigits_end - decpt));
        p += vdigits_end - decpt;
    }
    else {
        memset(p, '0', (size_t)(vdigits_end - digits_len));
        p += vdigits_end - digits_len;
    }
    if (p[-1] == '.' && !alt)
        p--;
    if (use_exp) {
        *p++ = (flags & FLOAT_FMT_UPPER) ? 'E' : 'e';
        p += sprintf(p, "%+.02d", exp);
    }
    *p = '\0';
}

static size_t layout_size(ssize_t digits_len, ssize_t decpt, int precision)
{
    /* generous bound: sign, point, NUL, exponent, zero padding on both sides */
    ssize_t span = digits_len + (decpt < 0 ? -decpt : decpt) + precision + 4;
    return (size_t)span + 16;
}

static void nonfinite(char *out, double v, int flags)
{
    char *p = out;
    bool upper = flags & FLOAT_FMT_UPPER;
    if (isnan(v)) {
        if (flags & FLOAT_FMT_SIGN)
            *p++ = '+';
        strcpy(p, upper ? "NAN" : "nan");
        return;
    }
    if (v < 0)
        *p++ = '-';
    else if (flags & FLOAT_FMT_SIGN)
        *p++ = '+';
    strcpy(p, upper ? "INF" : "inf");
}

char *float_to_string(double v, char code, int precision, int flags)
{
    int mode = 0;
    switch (code) {
    case 'e': mode = 2; precision++; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: code = 'r'; precision = 0; break;
    }
    if (!isfinite(v)) {
        char *out = mem_alloc(8);
        if (out == NULL) {
            exc_no_memory();
            return NULL;
        }
        nonfinite(out, v, flags);
        return out;
    }
    char *digits;
    int decpt, sign;
    ssize_t n = float_dtoa(v, mode, precision, &digits, &decpt, &sign);
    if (n < 0)
        return NULL;
    if ((flags & FLOAT_FMT_NO_NEG_0) && sign && (n == 0 || (n == 1 && digits[0] == '0')))
        sign = 0;
    char *out = mem_alloc(layout_size(n, decpt, precision));
    if (out == NULL) {
        mem_free(digits);
        exc_no_memory();
        return NULL;
    }
    layout(out, digits, n, decpt, sign, code, precision, flags);
    mem_free(digits);
    return out;
}

void float_repr_buf(double v, char *buf, size_t size)
{
    char tmp[64];
    if (!isfinite(v))
        nonfinite(tmp, v, 0);
    else {
        char digits[24];
        int decpt = 1;
        int sign = signbit(v) ? 1 : 0;
        ssize_t n;
        if (v == 0.0) {
            digits[0] = '0';
            digits[1] = '\0';
            n = 1;
        }
        else
            n = shortest_digits(fabs(v), digits, &decpt);
        layout(tmp, digits, n, decpt, sign, 'r', 0, FLOAT_FMT_ADD_DOT_0);
    }
    snprintf(buf, size, "%s", tmp);
}

/* ---- parsing ---- */

static bool c_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static bool ci_equal(const char *s, ssize_t n, const char *word)
{
    ssize_t i = 0;
    for (; i < n && word[i]; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return i == n && word[i] == '\0';
}

/* Parses ASCII float text (no surrounding space) with Python's grammar; underscores allowed
 * between digits. 0 with *out, 1 when invalid, -1 on memory errors. */
static int parse_float_text(const char *s, ssize_t n, double *out)
{
    const char *p = s, *end = s + n;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    ssize_t rest = end - p;
    if (ci_equal(p, rest, "inf") || ci_equal(p, rest, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (ci_equal(p, rest, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    /* digits [. digits] [e [sign] digits], with '_' only between two digits */
    char small[128];
    char *clean = n < (ssize_t)sizeof small ? small : mem_alloc((size_t)n + 1);
    if (clean == NULL) {
        exc_no_memory();
        return -1;
    }
    char *q = clean;
    int result = 1;
    ssize_t mant_digits = 0;
    if (neg)
        *q++ = '-';
#define DIGITS(counter)                                                          \
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) {                 \
        if (*p == '_') {                                                         \
            if (p == s || !(p[-1] >= '0' && p[-1] <= '9') || p + 1 >= end ||    \
                !(p[1] >= '0' && p[1] <= '9'))                                   \
                goto done;                                                       \
        }                                                                        \
        else {                                                                   \
            *q++ = *p;                                                           \
            counter++;                                                           \
        }                                                                        \
        p++;                                                                     \
    }
    DIGITS(mant_digits);
    if (p < end && *p == '.') {
        *q++ = *p++;
        DIGITS(mant_digits);
    }
    if (mant_digits == 0)
        goto done;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ssize_t exp_digits = 0;
        *q++ = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            *q++ = *p++;
        DIGITS(exp_digits);
        if (exp_digits == 0)
            goto done;
    }
#undef DIGITS
    if (p != end)
        goto done;
    *q = '\0';
    *out = strtod(clean, NULL);
    result = 0;
done:
    if (clean != small)
        mem_free(clean);
    return result;
}

/* float(text) for ASCII or UTF-8 text: strips white space, maps Unicode digits. */
static int parse_float_any(const char *s, ssize_t len, double *out)
{
    char *buf = NULL;
    bool ascii = true;
    for (ssize_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80) {
            ascii = false;
            break;
        }
    if (!ascii) {
        buf = int_ascii_numeric(s, len, &len);
        if (buf == NULL)
            return -1;
        s = buf;
    }
    const char *p = s, *end = s + len;
    while (p < end && c_space(*p))
        p++;
    while (end > p && c_space(end[-1]))
        end--;
    int r = 1;
    bool has_nul = memchr(p, '\0', (size_t)(end - p)) != NULL;
    if (end > p && !has_nul)
        r = parse_float_text(p, end - p, out);
    mem_free(buf);
    return r;
}

Object *float_from_string(const char *s, ssize_t len)
{
    double v;
    int r = parse_float_any(s, len, &v);
    if (r == 0)
        return float_new(v);
    if (r < 0)
        return NULL;
    Object *shown = str_from_utf8(s, len);
    if (shown == NULL)
        return NULL;
    exc_format(Exc_ValueError, "could not convert string to float: %R", shown);
    OBJ_DECREF(shown);
    return NULL;
}

Object *float_from_bytes_text(Object *b)
{
    double v;
    int r = parse_float_any(BYTES_DATA(b), BYTES_LEN(b), &v);
    if (r == 0)
        return float_new(v);
    if (r < 0)
        return NULL;
    return exc_format(Exc_ValueError, "could not convert string to float: %R", b);
}

Object *float_from_literal(const char *text)
{
    double v;
    int r = parse_float_text(text, (ssize_t)strlen(text), &v);
    if (r == 0)
        return float_new(v);
    if (r > 0)
        exc_format(Exc_ValueError, "invalid float literal: '%s'", text);
    return NULL;
}

/* ---- hex ---- */

Object *float_to_hex(double x)
{
    if (!isfinite(x)) {
        char buf[32];
        float_repr_buf(x, buf, sizeof buf);
        return str_from_cstr(buf);
    }
    if (x == 0.0)
        return str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[32];
    int si = 0;
    s[si++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG + 3 - (DBL_MANT_DIG + 2) % 4 - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    s[si] = '\0';
    char out[64];
    snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0.0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return str_from_cstr(out);
}

static bool hexdigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

Object *float_from_hex_text(const char *s, ssize_t len)
{
    const char *p = s, *end = s + len;
    while (p < end && c_space(*p))
        p++;
    while (end > p && c_space(end[-1]))
        end--;
    const char *t = p;
    bool neg = false;
    if (t < end && (*t == '+' || *t == '-')) {
        neg = *t == '-';
        t++;
    }
    if (ci_equal(t, end - t, "inf") || ci_equal(t, end - t, "infinity"))
        return float_new(neg ? -INFINITY : INFINITY);
    if (ci_equal(t, end - t, "nan"))
        return float_new(neg ? -NAN : NAN);
    if (end - t >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X'))
        t += 2;
    /* validate: hexdigits [. hexdigits] [p [sign] digits], at least one hex digit */
    const char *m = t;
    ssize_t nhex = 0;
    while (t < end && hexdigit(*t)) {
        t++;
        nhex++;
    }
    if (t < end && *t == '.') {
        t++;
        while (t < end && hexdigit(*t)) {
            t++;
            nhex++;
        }
    }
    const char *mend = t;
    if (nhex == 0)
        goto invalid;
    if (t < end && (*t == 'p' || *t == 'P')) {
        t++;
        if (t < end && (*t == '+' || *t == '-'))
            t++;
        ssize_t nd = 0;
        while (t < end && *t >= '0' && *t <= '9') {
            t++;
            nd++;
        }
        if (nd == 0)
            goto invalid;
    }
    if (t != end)
        goto invalid;
    /* strtod parses C99 hex floats exactly: give it "0x" + mantissa + exponent */
    size_t n = (size_t)(end - m) + 8;
    char *buf = mem_alloc(n);
    if (buf == NULL)
        return exc_no_memory();
    snprintf(buf, n, "%s0x%.*s%s%.*s", neg ? "-" : "", (int)(mend - m), m,
             mend == end ? "p0" : "", (int)(end - mend), mend);
    errno = 0;
    double v = strtod(buf, NULL);
    mem_free(buf);
    if (isinf(v))
        return exc_set_string(Exc_OverflowError, "hexadecimal value too large to represent as a float");
    return float_new(v);
invalid:
    return exc_set_string(Exc_ValueError, "invalid hexadecimal floating-point string");
}

/* ---- round ---- */

#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

static Object *double_round(double x, int ndigits)
{
    char *digits;
    int decpt, sign;
    ssize_t n = float_dtoa(x, 3, ndigits, &digits, &decpt, &sign);
    if (n < 0)
        return NULL;
    size_t cap = (size_t)n + 32;
    char *buf = mem_alloc(cap);
    if (buf == NULL) {
        mem_free(digits);
        return exc_no_memory();
    }
    snprintf(buf, cap, "%s0%se%d", sign ? "-" : "", digits, decpt - (int)n);
    mem_free(digits);
    errno = 0;
    double rounded = strtod(buf, NULL);
    bool range = errno == ERANGE;
    mem_free(buf);
    if (range && fabs(rounded) >= 1.0)
        return exc_set_string(Exc_OverflowError, "rounded value too large to represent");
    return float_new(rounded);
}

Object *float_round(double x, Object *ndigits)
{
    if (ndigits == NULL || ndigits == NONE) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5)
            rounded = 2.0 * round(x / 2.0);
        return int_from_double(rounded);
    }
    ssize_t nd = obj_as_ssize(ndigits, NULL);
    if (nd == -1 && exc_occurred())
        return NULL;
    if (!isfinite(x) || x == 0.0)
        return float_new(x);
    if (nd > NDIGITS_MAX)
        return float_new(x);
    if (nd < NDIGITS_MIN)
        return float_new(0.0 * x);
    return double_round(x, (int)nd);
}
