/* intconv.c: ints to and from text and bytes: str()/repr() in decimal (base 10**9, quadratic, with
 * CPython 3.11's 4300-digit limit), hex/oct/bin, int(text, base) with Python's literal rules and
 * Unicode digits, and int.to_bytes / int.from_bytes. */
#include "objects/int_internal.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "gc/alloc.h"
#include "vm/errors.h"

#include <math.h>
#include <string.h>

#define MAX_STR_DIGITS_TO_STR \
    "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
#define MAX_STR_DIGITS_TO_INT \
    "Exceeds the limit (%d digits) for integer string conversion: value has %zd digits; use sys.set_int_max_str_digits() to increase the limit"

/* ---- int -> text ---- */

/* Writes the decimal digits of a value below 2**64 backwards, ending at end; returns the start. */
static char *u64_to_dec(uint64_t v, char *end)
{
    char *p = end;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return p;
}

Object *int_to_decimal(Object *a)
{
    ssize_t size_a = INT_NDIGITS(a);
    bool negative = SIZE(a) < 0;
    if (size_a <= 2) {
        char buf[32];
        uint64_t v = size_a == 0 ? 0 : INT_DIGITS(a)[0];
        if (size_a == 2)
            v |= (uint64_t)INT_DIGITS(a)[1] << INT_SHIFT;
        char *p = u64_to_dec(v, buf + sizeof buf);
        if (negative)
            *--p = '-';
        return str_from_utf8(p, buf + sizeof buf - p);
    }
    int max_digits = int_max_str_digits;
    if (size_a >= 10 * INT_MAX_STR_DIGITS_THRESHOLD / (3 * INT_SHIFT) + 2 && max_digits > 0 &&
        max_digits / (3 * INT_SHIFT) <= (size_a - 11) / 10)
        return exc_format(Exc_ValueError, MAX_STR_DIGITS_TO_STR, max_digits);

    /* convert base 2**30 digits to base 10**9 digits (Knuth 4.4, method 1b) */
    ssize_t d = (33 * INT_DECIMAL_SHIFT) / (10 * INT_SHIFT - 33 * INT_DECIMAL_SHIFT);
    ssize_t cap = 1 + size_a + size_a / d, size = 0;
    digit *pout = mem_alloc((size_t)cap * sizeof(digit));
    if (pout == NULL)
        return exc_no_memory();
    const digit *pin = INT_DIGITS(a);
    for (ssize_t i = size_a; --i >= 0;) {
        digit hi = pin[i];
        for (ssize_t j = 0; j < size; j++) {
            twodigits z = (twodigits)pout[j] << INT_SHIFT | hi;
            hi = (digit)(z / INT_DECIMAL_BASE);
            pout[j] = (digit)(z - (twodigits)hi * INT_DECIMAL_BASE);
        }
        while (hi) {
            pout[size++] = hi % INT_DECIMAL_BASE;
            hi /= INT_DECIMAL_BASE;
        }
    }
    if (size == 0)
        pout[size++] = 0;
    /* exact length */
    ssize_t ndigits = 1 + (size - 1) * INT_DECIMAL_SHIFT;
    for (digit tenpow = 10, rem = pout[size - 1]; rem >= tenpow && tenpow < 1000000000u; tenpow *= 10)
        ndigits++;
    if (ndigits > INT_MAX_STR_DIGITS_THRESHOLD && max_digits > 0 && ndigits > max_digits) {
        mem_free(pout);
        return exc_format(Exc_ValueError, MAX_STR_DIGITS_TO_STR, max_digits);
    }
    ssize_t len = ndigits + negative;
    char *buf = mem_alloc((size_t)len + 1);
    if (buf == NULL) {
        mem_free(pout);
        return exc_no_memory();
    }
    char *p = buf + len;
    for (ssize_t i = 0; i < size - 1; i++) {
        digit rem = pout[i];
        for (int j = 0; j < INT_DECIMAL_SHIFT; j++) {
            *--p = (char)('0' + rem % 10);
            rem /= 10;
        }
    }
    digit rem = pout[size - 1];
    do {
        *--p = (char)('0' + rem % 10);
        rem /= 10;
    } while (rem != 0);
    if (negative)
        *--p = '-';
    mem_free(pout);
    Object *res = str_from_utf8(buf, len);
    mem_free(buf);
    return res;
}

Object *int_to_base(Object *a, int base, bool prefix)
{
    if (base == 10)
        return int_to_decimal(a);
    int bits = base == 2 ? 1 : base == 8 ? 3 : base == 16 ? 4 : 0;
    if (bits == 0)
        return exc_bad_internal_call("int_to_base");
    ssize_t size_a = INT_NDIGITS(a);
    ssize_t nbits = int_bit_length(a);
    ssize_t ndigits = nbits == 0 ? 1 : (nbits + bits - 1) / bits;
    ssize_t len = ndigits + (SIZE(a) < 0) + (prefix ? 2 : 0);
    char small[80];
    char *buf = len < (ssize_t)sizeof small ? small : mem_alloc((size_t)len);
    if (buf == NULL)
        return exc_no_memory();
    char *p = buf + len;
    if (size_a == 0)
        *--p = '0';
    else {
        twodigits accum = 0;
        int accumbits = 0;
        const digit *d = INT_DIGITS(a);
        for (ssize_t i = 0; i < size_a; ++i) {
            accum |= (twodigits)d[i] << accumbits;
            accumbits += INT_SHIFT;
            do {
                digit c = (digit)(accum & (digit)(base - 1));
                *--p = "0123456789abcdef"[c];
                accumbits -= bits;
                accum >>= bits;
            } while (i < size_a - 1 ? accumbits >= bits : accum > 0);
        }
    }
    if (prefix) {
        *--p = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        *--p = '0';
    }
    if (SIZE(a) < 0)
        *--p = '-';
    Object *res = str_from_utf8(p, buf + len - p);
    if (buf != small)
        mem_free(buf);
    return res;
}

/* ---- text -> int ---- */

/* Code points of the digit zero of every Unicode decimal-digit run beyond ASCII (category Nd). */
static const uint32_t nd_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t c)
{
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static int unicode_decimal(uint32_t c)
{
    for (size_t i = 0; i < sizeof nd_zeros / sizeof nd_zeros[0]; i++)
        if (c >= nd_zeros[i] && c < nd_zeros[i] + 10)
            return (int)(c - nd_zeros[i]);
    return -1;
}

char *int_ascii_numeric(const char *s, ssize_t n, ssize_t *outlen)
{
    char *out = mem_alloc((size_t)n + 1);
    if (out == NULL) {
        exc_no_memory();
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    char *q = out;
    while (p < end) {
        uint32_t c = *p;
        int len = 1;
        if (c >= 0x80) {
            if ((c & 0xe0) == 0xc0 && end - p >= 2) {
                c = ((c & 0x1f) << 6) | (p[1] & 0x3f);
                len = 2;
            }
            else if ((c & 0xf0) == 0xe0 && end - p >= 3) {
                c = ((c & 0x0f) << 12) | ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
                len = 3;
            }
            else if ((c & 0xf8) == 0xf0 && end - p >= 4) {
                c = ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3f) << 12) |
                    ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
                len = 4;
            }
            int dv;
            if (unicode_space(c))
                *q++ = ' ';
            else if ((dv = unicode_decimal(c)) >= 0)
                *q++ = (char)('0' + dv);
            else
                *q++ = '?';
        }
        else
            *q++ = (char)c;
        p += len;
    }
    *q = '\0';
    *outlen = q - out;
    return out;
}

static bool c_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 37;
}

/* digits of a power-of-two base, read from the right (CPython's long_from_binary_base) */
static IntObject *from_binary_base(const char *start, const char *end, int base)
{
    int bits_per_char = 0;
    for (int n = base; n > 1; n >>= 1)
        ++bits_per_char;
    ssize_t ndig = 0;
    for (const char *p = start; p < end; p++)
        if (*p != '_')
            ndig++;
    ssize_t n = (ndig * bits_per_char + INT_SHIFT - 1) / INT_SHIFT;
    IntObject *z = int_alloc(n);
    if (z == NULL)
        return NULL;
    digit *pdigit = z->d;
    twodigits accum = 0;
    int bits_in_accum = 0;
    for (const char *p = end; p-- > start;) {
        if (*p == '_')
            continue;
        accum |= (twodigits)digit_value(*p) << bits_in_accum;
        bits_in_accum += bits_per_char;
        if (bits_in_accum >= INT_SHIFT) {
            *pdigit++ = (digit)(accum & INT_MASK);
            accum >>= INT_SHIFT;
            bits_in_accum -= INT_SHIFT;
        }
    }
    if (bits_in_accum)
        *pdigit++ = (digit)accum;
    while (pdigit - z->d < n)
        *pdigit++ = 0;
    return int_strip(z);
}

static IntObject *from_other_base(const char *start, const char *end, int base, ssize_t ndigits)
{
    static double log_base_BASE[37];
    static int convwidth_base[37];
    static twodigits convmultmax_base[37];
    if (log_base_BASE[base] == 0.0) {
        twodigits convmax = base;
        int i = 1;
        log_base_BASE[base] = log((double)base) / log((double)INT_BASE);
        for (;;) {
            twodigits next = convmax * (twodigits)base;
            if (next > INT_BASE)
                break;
            convmax = next;
            ++i;
        }
        convmultmax_base[base] = convmax;
        convwidth_base[base] = i;
    }
    ssize_t size_z = (ssize_t)((double)ndigits * log_base_BASE[base]) + 2;
    IntObject *z = int_alloc(size_z);
    if (z == NULL)
        return NULL;
    SIZE(z) = 0;
    int convwidth = convwidth_base[base];
    twodigits convmultmax = convmultmax_base[base];
    const char *str = start;
    while (str < end) {
        if (*str == '_') {
            str++;
            continue;
        }
        twodigits c = (digit)digit_value(*str++);
        int i;
        for (i = 1; i < convwidth && str != end; ++str) {
            if (*str == '_')
                continue;
            i++;
            c = c * (twodigits)base + (twodigits)digit_value(*str);
        }
        twodigits convmult = convmultmax;
        if (i != convwidth) {
            convmult = base;
            for (; i > 1; --i)
                convmult *= base;
        }
        digit *pz = z->d, *pzstop = pz + SIZE(z);
        for (; pz < pzstop; ++pz) {
            c += (twodigits)*pz * convmult;
            *pz = (digit)(c & INT_MASK);
            c >>= INT_SHIFT;
        }
        if (c) {
            if (SIZE(z) < size_z) {
                *pz = (digit)c;
                SIZE(z)++;
            }
            else {
                IntObject *tmp = int_alloc(size_z + 1);
                if (tmp == NULL) {
                    OBJ_DECREF(z);
                    return NULL;
                }
                memcpy(tmp->d, z->d, (size_t)size_z * sizeof(digit));
                OBJ_DECREF(z);
                z = tmp;
                z->d[size_z] = (digit)c;
                ++size_z;
            }
        }
    }
    return z;
}

int int_parse(const char *str, ssize_t len, int base, Object **out)
{
    const char *p = str, *end = str + len;
    int sign = 1;
    bool error_if_nonzero = false;
    *out = NULL;
    if ((base != 0 && base < 2) || base > 36) {
        exc_set_string(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return -1;
    }
    while (p < end && c_space(*p))
        p++;
    if (p < end && *p == '+')
        p++;
    else if (p < end && *p == '-') {
        p++;
        sign = -1;
    }
    char c1 = p + 1 < end ? p[1] : '\0';
    if (base == 0) {
        if (p >= end || p[0] != '0')
            base = 10;
        else if (c1 == 'x' || c1 == 'X')
            base = 16;
        else if (c1 == 'o' || c1 == 'O')
            base = 8;
        else if (c1 == 'b' || c1 == 'B')
            base = 2;
        else {
            /* an old-style octal literal is invalid, unless it is zero */
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (p < end && p[0] == '0' &&
        ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
         (base == 2 && (c1 == 'b' || c1 == 'B')))) {
        p += 2;
        if (p < end && *p == '_')   /* one underscore allowed after the prefix */
            ++p;
    }
    if (p < end && *p == '_')
        return 1;
    const char *start = p;
    ssize_t ndigits = 0;
    char prev = '\0';
    while (p < end && (digit_value(*p) < base || *p == '_')) {
        if (*p == '_') {
            if (prev == '_')
                return 1;
        }
        else
            ndigits++;
        prev = *p++;
    }
    if (prev == '_' || ndigits == 0)
        return 1;
    const char *stop = p;
    while (p < end && c_space(*p))
        p++;
    Object *z;
    if ((base & (base - 1)) == 0) {
        if (p != end)
            return 1;
        IntObject *v = from_binary_base(start, stop, base);
        if (v == NULL)
            return -1;
        if (sign < 0)
            SIZE(v) = -SIZE(v);
        z = int_finish(v);
    }
    else {
        if (ndigits > INT_MAX_STR_DIGITS_THRESHOLD && int_max_str_digits > 0 &&
            ndigits > int_max_str_digits) {
            exc_format(Exc_ValueError, MAX_STR_DIGITS_TO_INT, int_max_str_digits, ndigits);
            return -1;
        }
        if (p != end)
            return 1;
        if (base == 10 && ndigits <= 18 && stop - start == ndigits) {
            int64_t v = 0;
            for (const char *q = start; q < stop; q++)
                v = v * 10 + (*q - '0');
            z = int_from_i64(sign < 0 ? -v : v);
        }
        else {
            IntObject *v = from_other_base(start, stop, base, ndigits);
            if (v == NULL)
                return -1;
            if (sign < 0)
                SIZE(v) = -SIZE(v);
            z = int_finish(v);
        }
    }
    if (z == NULL)
        return -1;
    if (error_if_nonzero && SIZE(z) != 0) {
        OBJ_DECREF(z);
        return 1;
    }
    *out = z;
    return 0;
}

Object *int_from_string(const char *s, ssize_t len, int base)
{
    Object *res = NULL;
    int r;
    bool ascii = true;
    for (ssize_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        r = int_parse(s, len, base, &res);
    else {
        ssize_t n;
        char *buf = int_ascii_numeric(s, len, &n);
        if (buf == NULL)
            return NULL;
        r = int_parse(buf, n, base, &res);
        mem_free(buf);
    }
    if (r == 0)
        return res;
    if (r < 0)
        return NULL;
    Object *shown = str_from_utf8(s, len);
    if (shown == NULL)
        return NULL;
    exc_format(Exc_ValueError, "invalid literal for int() with base %d: %.200R", base, shown);
    OBJ_DECREF(shown);
    return NULL;
}

Object *int_from_literal(const char *text)
{
    Object *res = NULL;
    int r = int_parse(text, (ssize_t)strlen(text), 0, &res);
    if (r == 0)
        return res;
    if (r > 0)
        exc_format(Exc_ValueError, "invalid int literal: '%s'", text);
    return NULL;
}

/* ---- to_bytes / from_bytes ---- */

static int parse_byteorder(const char *fname, Object *o, bool *little)
{
    if (o == NULL) {
        *little = false;
        return 0;
    }
    if (!STR_CHECK(o)) {
        exc_format(Exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, o);
        return -1;
    }
    if (str_eq_cstr(o, "little"))
        *little = true;
    else if (str_eq_cstr(o, "big"))
        *little = false;
    else {
        exc_set_string(Exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

/* Sorts positional and keyword arguments into out[] by name; returns -1 with CPython's messages. */
static int bytes_args(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
                      const char *const *names, Object **out)
{
    ssize_t nkw = kwnames != NULL ? TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 3) {
        exc_format(Exc_TypeError, "%s() takes at most 3 arguments (%zd given)", fname, nargs + nkw);
        return -1;
    }
    if (nargs > 2) {
        exc_format(Exc_TypeError, "%s() takes at most 2 positional arguments (%zd given)", fname, nargs);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (ssize_t i = 0; i < nkw; i++) {
        Object *name = TUPLE_GET(kwnames, i);
        int k;
        for (k = 0; k < 3; k++)
            if (str_eq_cstr(name, names[k]))
                break;
        if (k == 3) {
            exc_format(Exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, name);
            return -1;
        }
        if (out[k] != NULL) {
            exc_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                       names[k], k + 1);
            return -1;
        }
        out[k] = args[nargs + i];
    }
    return 0;
}

Object *int_meth_to_bytes(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = { "length", "byteorder", "signed" };
    Object *a[3] = { NULL, NULL, NULL };
    ssize_t length = 1;
    bool little, is_signed = false;
    if (bytes_args("to_bytes", args, nargs, kwnames, names, a) < 0)
        return NULL;
    if (a[0] != NULL) {
        length = obj_as_ssize(a[0], Exc_OverflowError);
        if (length == -1 && exc_occurred())
            return NULL;
        if (length < 0)
            return exc_set_string(Exc_ValueError, "length argument must be non-negative");
    }
    if (parse_byteorder("to_bytes", a[1], &little) < 0)
        return NULL;
    if (a[2] != NULL) {
        int t = obj_is_true(a[2]);
        if (t < 0)
            return NULL;
        is_signed = t;
    }
    if (SIZE(self) < 0 && !is_signed)
        return exc_set_string(Exc_OverflowError, "can't convert negative int to unsigned");
    /* does it fit? */
    ssize_t nbits;
    if (SIZE(self) < 0) {
        Object *inv = int_invert(self);           /* |self| - 1 */
        if (inv == NULL)
            return NULL;
        nbits = int_bit_length(inv) + 1;
        OBJ_DECREF(inv);
    }
    else
        nbits = int_bit_length(self) + (is_signed ? 1 : 0);
    if (nbits > length * 8)
        return exc_set_string(Exc_OverflowError, "int too big to convert");
    unsigned char *buf = mem_alloc((size_t)length + 1);
    if (buf == NULL)
        return exc_no_memory();
    /* little-endian two's complement of the magnitude */
    const digit *d = INT_DIGITS(self);
    ssize_t nd = INT_NDIGITS(self), di = 0;
    twodigits accum = 0;
    int accumbits = 0;
    bool neg = SIZE(self) < 0;
    unsigned carry = 1;
    for (ssize_t i = 0; i < length; i++) {
        if (accumbits < 8 && di < nd) {
            accum |= (twodigits)d[di++] << accumbits;
            accumbits += INT_SHIFT;
        }
        unsigned byte = (unsigned)(accum & 0xff);
        accum >>= 8;
        accumbits -= 8;
        if (accumbits < 0)
            accumbits = 0;
        if (neg) {
            byte = (byte ^ 0xffu) + carry;
            carry = byte >> 8;
            byte &= 0xff;
        }
        buf[little ? i : length - 1 - i] = (unsigned char)byte;
    }
    Object *res = bytes_from_data((const char *)buf, length);
    mem_free(buf);
    return res;
}

Object *int_meth_from_bytes(Object *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = { "bytes", "byteorder", "signed" };
    Object *a[3] = { NULL, NULL, NULL };
    bool little, is_signed = false;
    if (bytes_args("from_bytes", args, nargs, kwnames, names, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return exc_set_string(Exc_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    if (parse_byteorder("from_bytes", a[1], &little) < 0)
        return NULL;
    if (a[2] != NULL) {
        int t = obj_is_true(a[2]);
        if (t < 0)
            return NULL;
        is_signed = t;
    }
    Object *data = NULL;
    if (BYTES_CHECK(a[0]))
        data = obj_newref(a[0]);
    else if (STR_CHECK(a[0]) || INT_CHECK(a[0]))
        return exc_format(Exc_TypeError, "cannot convert '%T' object to bytes", a[0]);
    else {
        Object *it = obj_get_iter(a[0]);
        if (it == NULL)
            return NULL;
        ssize_t n = 0, cap = 16;
        char *tmp = mem_alloc((size_t)cap);
        if (tmp == NULL) {
            OBJ_DECREF(it);
            return exc_no_memory();
        }
        Object *item;
        while ((item = obj_iter_next(it)) != NULL) {
            ssize_t v = obj_as_ssize(item, NULL);
            OBJ_DECREF(item);
            if (v == -1 && exc_occurred())
                break;
            if (v < 0 || v > 255) {
                exc_set_string(Exc_ValueError, "bytes must be in range(0, 256)");
                break;
            }
            if (n == cap) {
                char *t2 = mem_realloc(tmp, (size_t)cap * 2);
                if (t2 == NULL) {
                    exc_no_memory();
                    break;
                }
                tmp = t2;
                cap *= 2;
            }
            tmp[n++] = (char)v;
        }
        OBJ_DECREF(it);
        if (!exc_occurred())
            data = bytes_from_data(tmp, n);
        mem_free(tmp);
        if (data == NULL)
            return NULL;
    }
    const unsigned char *p = (const unsigned char *)BYTES_DATA(data);
    ssize_t n = BYTES_LEN(data);
    ssize_t ndig = (n * 8 + INT_SHIFT - 1) / INT_SHIFT;
    IntObject *z = int_alloc(ndig);
    if (z == NULL) {
        OBJ_DECREF(data);
        return NULL;
    }
    bool negative = is_signed && n > 0 && (p[little ? n - 1 : 0] & 0x80);
    twodigits accum = 0;
    int accumbits = 0;
    ssize_t di = 0;
    unsigned carry = 1;
    for (ssize_t i = 0; i < n; i++) {
        unsigned byte = p[little ? i : n - 1 - i];
        if (negative) {
            byte = (byte ^ 0xffu) + carry;
            carry = byte >> 8;
            byte &= 0xff;
        }
        accum |= (twodigits)byte << accumbits;
        accumbits += 8;
        if (accumbits >= INT_SHIFT) {
            z->d[di++] = (digit)(accum & INT_MASK);
            accum >>= INT_SHIFT;
            accumbits -= INT_SHIFT;
        }
    }
    if (accumbits > 0 && di < ndig)
        z->d[di++] = (digit)accum;
    OBJ_DECREF(data);
    if (negative)
        SIZE(z) = -SIZE(z);
    Object *res = int_finish(z);
    if (res == NULL || type == (Object *)&int_type)
        return res;
    Object *sub = obj_call_one(type, res);
    OBJ_DECREF(res);
    return sub;
}
