/* numformat.c: the format-spec mini-language for int and float (format(), f-strings, str.format):
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type], after CPython 3.11's
 * Python/formatter_unicode.c: the same parse, the same field layout (padding, sign, prefix,
 * zero padding through the grouping, decimal point, remainder) and the same error messages.
 * 'n' uses the C locale (no grouping, '.' as decimal point). */
#include "objects/int_internal.h"
#include "objects/strobject.h"
#include "gc/alloc.h"
#include "vm/errors.h"

#include <limits.h>
#include <string.h>

typedef struct Spec {
    uint32_t fill;
    uint32_t align;         /* '<' '>' '=' '^' */
    bool alternate;
    bool no_neg_0;
    char sign;              /* '\0' '+' '-' ' ' */
    ssize_t width;          /* -1: none */
    int thousands;          /* 0, ',' , '_' or 4 ('_' every four digits) */
    ssize_t precision;      /* -1: none */
    uint32_t type;          /* '\0': none */
} Spec;

/* ---- parsing ---- */

static ssize_t decode_utf8(const char *s, ssize_t n, uint32_t *out)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    ssize_t k = 0;
    while (p < end) {
        uint32_t c = *p;
        int len = 1;
        if (c >= 0xf0 && end - p >= 4) {
            c = ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3f) << 12) | ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
            len = 4;
        }
        else if (c >= 0xe0 && end - p >= 3) {
            c = ((c & 0x0f) << 12) | ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
            len = 3;
        }
        else if (c >= 0xc0 && end - p >= 2) {
            c = ((c & 0x1f) << 6) | (p[1] & 0x3f);
            len = 2;
        }
        out[k++] = c;
        p += len;
    }
    return k;
}

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static bool is_sign(uint32_t c)
{
    return c == ' ' || c == '+' || c == '-';
}

static ssize_t get_integer(const uint32_t *cps, ssize_t *ppos, ssize_t end, ssize_t *result)
{
    ssize_t acc = 0, pos = *ppos, numdigits = 0;
    for (; pos < end; pos++, numdigits++) {
        uint32_t c = cps[pos];
        if (c < '0' || c > '9')
            break;
        ssize_t dv = (ssize_t)(c - '0');
        if (acc > (PTRDIFF_MAX - dv) / 10) {
            exc_set_string(Exc_ValueError, "Too many decimal digits in format string");
            *ppos = pos;
            return -1;
        }
        acc = acc * 10 + dv;
    }
    *ppos = pos;
    *result = acc;
    return numdigits;
}

static void sep_type_error(int sep, uint32_t type)
{
    if (type > 32 && type < 128)
        exc_format(Exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    else
        exc_format(Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

static int parse_spec(Object *obj, Object *specobj, Spec *f, char default_type, char default_align)
{
    const char *s = STR_DATA(specobj);
    ssize_t nbytes = STR_NBYTES(specobj);
    uint32_t small[64];
    uint32_t *cps = nbytes <= 64 ? small : mem_alloc((size_t)nbytes * sizeof(uint32_t));
    if (cps == NULL) {
        exc_no_memory();
        return -1;
    }
    ssize_t end = decode_utf8(s, nbytes, cps), pos = 0, consumed;
    bool align_specified = false, fill_specified = false;
    int ret = -1;

    f->fill = ' ';
    f->align = (uint32_t)default_align;
    f->alternate = false;
    f->no_neg_0 = false;
    f->sign = '\0';
    f->width = -1;
    f->thousands = 0;
    f->precision = -1;
    f->type = (uint32_t)default_type;

    if (end - pos >= 2 && is_align(cps[pos + 1])) {
        f->align = cps[pos + 1];
        f->fill = cps[pos];
        fill_specified = align_specified = true;
        pos += 2;
    }
    else if (end - pos >= 1 && is_align(cps[pos])) {
        f->align = cps[pos];
        align_specified = true;
        ++pos;
    }
    if (end - pos >= 1 && is_sign(cps[pos]))
        f->sign = (char)cps[pos++];
    if (end - pos >= 1 && cps[pos] == 'z') {
        f->no_neg_0 = true;
        ++pos;
    }
    if (end - pos >= 1 && cps[pos] == '#') {
        f->alternate = true;
        ++pos;
    }
    if (!fill_specified && end - pos >= 1 && cps[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>')
            f->align = '=';
        ++pos;
    }
    consumed = get_integer(cps, &pos, end, &f->width);
    if (consumed < 0)
        goto done;
    if (consumed == 0)
        f->width = -1;
    if (end - pos && cps[pos] == ',') {
        f->thousands = ',';
        ++pos;
    }
    if (end - pos && cps[pos] == '_') {
        if (f->thousands != 0) {
            exc_set_string(Exc_ValueError, "Cannot specify both ',' and '_'.");
            goto done;
        }
        f->thousands = '_';
        ++pos;
    }
    if (end - pos && cps[pos] == ',' && f->thousands == '_') {
        exc_set_string(Exc_ValueError, "Cannot specify both ',' and '_'.");
        goto done;
    }
    if (end - pos && cps[pos] == '.') {
        ++pos;
        consumed = get_integer(cps, &pos, end, &f->precision);
        if (consumed < 0)
            goto done;
        if (consumed == 0) {
            exc_set_string(Exc_ValueError, "Format specifier missing precision");
            goto done;
        }
    }
    if (end - pos > 1) {
        exc_format(Exc_ValueError, "Invalid format specifier '%s' for object of type '%.200s'", s,
                   TYPE(obj)->name);
        goto done;
    }
    if (end - pos == 1)
        f->type = cps[pos++];
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->thousands = 4;
                break;
            }
            /* fall through */
        default:
            sep_type_error(f->thousands == 4 ? '_' : f->thousands, f->type);
            goto done;
        }
    }
    ret = 0;
done:
    if (cps != small)
        mem_free(cps);
    return ret;
}

static Object *unknown_type(uint32_t type, const char *type_name)
{
    if (type > 32 && type < 128)
        return exc_format(Exc_ValueError, "Unknown format code '%c' for object of type '%.200s'", (int)type,
                          type_name);
    return exc_format(Exc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                      (unsigned)type, type_name);
}

/* ---- layout ---- */

typedef struct Widths {
    ssize_t n_lpadding, n_prefix, n_spadding, n_rpadding;
    char sign;
    ssize_t n_sign;
    ssize_t n_grouped_digits;   /* digits with separators and zero padding */
    ssize_t n_decimal;          /* 0 or 1 */
    ssize_t n_remainder;        /* characters after the digits (and the point) */
    ssize_t n_digits;           /* digits before the point or exponent */
    ssize_t n_min_width;
} Widths;

/* CPython's _PyUnicode_InsertThousandsGrouping: writes backwards into buf[0:n_buffer] (when buf is
 * not NULL) the last n_digits of digits[] grouped by [group] (0: no grouping) with [sep], zero
 * padded to min_width; returns the number of characters. */
static ssize_t group_digits(char *buf, ssize_t n_buffer, const char *digits, ssize_t n_digits,
                            ssize_t min_width, int group, char sep)
{
    ssize_t count = 0, remaining = n_digits, buffer_pos = n_buffer, digits_pos = n_digits;
    ssize_t sep_len = group > 0 ? 1 : 0;
    bool use_sep = false, broken = false;
    if (min_width < 0)
        min_width = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (;;) {
            ssize_t len;
            if (pass == 0) {
                if (group <= 0)
                    break;
                len = group;
                ssize_t lim = remaining > min_width ? remaining : min_width;
                if (lim < 1)
                    lim = 1;
                if (len > lim)
                    len = lim;
            }
            else {
                len = remaining > min_width ? remaining : min_width;
                if (len < 1)
                    len = 1;
            }
            ssize_t n_zeros = len - remaining > 0 ? len - remaining : 0;
            ssize_t n_chars = remaining < len ? remaining : len;
            if (n_chars < 0)
                n_chars = 0;
            count += (use_sep ? sep_len : 0) + n_zeros + n_chars;
            if (buf != NULL) {
                if (use_sep && sep_len) {
                    buffer_pos -= 1;
                    buf[buffer_pos] = sep;
                }
                buffer_pos -= n_chars;
                digits_pos -= n_chars;
                memcpy(buf + buffer_pos, digits + digits_pos, (size_t)n_chars);
                buffer_pos -= n_zeros;
                memset(buf + buffer_pos, '0', (size_t)n_zeros);
            }
            use_sep = true;
            if (pass == 1)
                break;
            remaining -= n_chars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
        if (broken)
            break;
    }
    return count;
}

static int group_of(const Spec *f, char *sep)
{
    switch (f->thousands) {
    case ',': *sep = ','; return 3;
    case '_': *sep = '_'; return 3;
    case 4: *sep = '_'; return 4;
    default: *sep = '\0'; return 0;
    }
}

static void calc_widths(Widths *w, ssize_t n_prefix, char sign_char, ssize_t n_number, ssize_t n_remainder,
                        bool has_decimal, const Spec *f)
{
    char sep;
    int group = group_of(f, &sep);
    w->n_digits = n_number - n_remainder - (has_decimal ? 1 : 0);
    w->n_lpadding = w->n_spadding = w->n_rpadding = 0;
    w->n_prefix = n_prefix;
    w->n_decimal = has_decimal ? 1 : 0;
    w->n_remainder = n_remainder;
    w->sign = '\0';
    w->n_sign = 0;
    switch (f->sign) {
    case '+':
        w->n_sign = 1;
        w->sign = sign_char == '-' ? '-' : '+';
        break;
    case ' ':
        w->n_sign = 1;
        w->sign = sign_char == '-' ? '-' : ' ';
        break;
    default:
        if (sign_char == '-') {
            w->n_sign = 1;
            w->sign = '-';
        }
    }
    ssize_t n_non_digit = w->n_sign + w->n_prefix + w->n_decimal + w->n_remainder;
    if (f->fill == '0' && f->align == '=')
        w->n_min_width = f->width - n_non_digit;
    else
        w->n_min_width = 0;
    if (w->n_digits == 0)
        w->n_grouped_digits = 0;
    else
        w->n_grouped_digits = group_digits(NULL, 0, NULL, w->n_digits, w->n_min_width, group, sep);
    ssize_t n_padding = f->width - (n_non_digit + w->n_grouped_digits);
    if (n_padding > 0) {
        switch (f->align) {
        case '<': w->n_rpadding = n_padding; break;
        case '^':
            w->n_lpadding = n_padding / 2;
            w->n_rpadding = n_padding - w->n_lpadding;
            break;
        case '=': w->n_spadding = n_padding; break;
        default: w->n_lpadding = n_padding; break;
        }
    }
}

static void append_fill(StrBuilder *sb, uint32_t fill, ssize_t n)
{
    if (fill < 0x80) {
        char chunk[64];
        memset(chunk, (int)fill, sizeof chunk);
        while (n > 0) {
            ssize_t k = n < (ssize_t)sizeof chunk ? n : (ssize_t)sizeof chunk;
            sb_append(sb, chunk, k);
            n -= k;
        }
    }
    else
        while (n-- > 0)
            sb_append_codepoint(sb, fill);
}

static char upper_ascii(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/* Writes the field: digits[0:n_digits] are the integer digits, rem/rem_nbytes the remainder. */
static Object *fill_number(const Widths *w, const Spec *f, const char *digits, const char *prefix,
                           const char *rem, ssize_t rem_nbytes, bool toupper)
{
    StrBuilder sb;
    char sep;
    int group = group_of(f, &sep);
    sb_init(&sb);
    append_fill(&sb, f->fill, w->n_lpadding);
    if (w->n_sign)
        sb_append_char(&sb, w->sign);
    for (ssize_t i = 0; i < w->n_prefix; i++)
        sb_append_char(&sb, toupper ? upper_ascii(prefix[i]) : prefix[i]);
    append_fill(&sb, f->fill, w->n_spadding);
    if (w->n_digits != 0) {
        char small[128];
        char *g = w->n_grouped_digits <= (ssize_t)sizeof small ? small : mem_alloc((size_t)w->n_grouped_digits);
        if (g == NULL) {
            sb_fini(&sb);
            return exc_no_memory();
        }
        group_digits(g, w->n_grouped_digits, digits, w->n_digits, w->n_min_width, group, sep);
        if (toupper)
            for (ssize_t i = 0; i < w->n_grouped_digits; i++)
                g[i] = upper_ascii(g[i]);
        sb_append(&sb, g, w->n_grouped_digits);
        if (g != small)
            mem_free(g);
    }
    if (w->n_decimal)
        sb_append_char(&sb, '.');
    if (rem_nbytes > 0)
        sb_append(&sb, rem, rem_nbytes);
    append_fill(&sb, f->fill, w->n_rpadding);
    return sb_finish(&sb);
}

/* ---- floats ---- */

static Object *format_double(double val, const Spec *f)
{
    int flags = 0, default_precision = 6;
    uint32_t type = f->type;
    bool add_pct = false;
    if (f->precision > INT_MAX)
        return exc_set_string(Exc_ValueError, "precision too big");
    int precision = (int)f->precision;
    if (f->alternate)
        flags |= FLOAT_FMT_ALT;
    if (f->no_neg_0)
        flags |= FLOAT_FMT_NO_NEG_0;
    if (type == '\0') {
        flags |= FLOAT_FMT_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    if (type == 'E' || type == 'F' || type == 'G') {
        flags |= FLOAT_FMT_UPPER;
        type = type - 'A' + 'a';
    }
    char *buf = float_to_string(val, (char)type, precision, flags);
    if (buf == NULL)
        return NULL;
    ssize_t n = (ssize_t)strlen(buf);
    if (add_pct) {
        char *b2 = mem_realloc(buf, (size_t)n + 2);
        if (b2 == NULL) {
            mem_free(buf);
            return exc_no_memory();
        }
        buf = b2;
        buf[n++] = '%';
        buf[n] = '\0';
    }
    Object *res;
    if (f->sign != '+' && f->sign != ' ' && f->width == -1 && f->type != 'n' && !f->thousands) {
        res = str_from_utf8(buf, n);
        mem_free(buf);
        return res;
    }
    char sign_char = '\0';
    ssize_t index = 0;
    if (buf[0] == '-') {
        sign_char = '-';
        index = 1;
    }
    ssize_t n_number = n - index, pos = index;
    while (pos < n && buf[pos] >= '0' && buf[pos] <= '9')
        pos++;
    bool has_decimal = pos < n && buf[pos] == '.';
    ssize_t remainder_start = has_decimal ? pos + 1 : pos;
    ssize_t n_remainder = n - remainder_start;
    Spec g = *f;
    if (f->type == 'n')
        g.thousands = 0;
    Widths w;
    calc_widths(&w, 0, sign_char, n_number, n_remainder, has_decimal, &g);
    res = fill_number(&w, &g, buf + index, NULL, buf + remainder_start, n_remainder, false);
    mem_free(buf);
    return res;
}

Object *float_format(Object *o, Object *spec)
{
    if (STR_NBYTES(spec) == 0)
        return obj_str(o);
    Spec f;
    if (parse_spec(o, spec, &f, '\0', '>') < 0)
        return NULL;
    switch (f.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_double(FLOAT_VALUE(o), &f);
    default:
        return unknown_type(f.type, TYPE(o)->name);
    }
}

/* ---- ints ---- */

static Object *format_long(Object *value, const Spec *f)
{
    Widths w;
    if (f->precision != -1)
        return exc_set_string(Exc_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return exc_set_string(Exc_ValueError,
                              "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') {
        if (f->sign != '\0')
            return exc_set_string(Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return exc_set_string(Exc_ValueError,
                                  "Alternate form (#) not allowed with integer format specifier 'c'");
        int overflow;
        int64_t x = int_as_i64(value, &overflow);
        if (overflow)
            return exc_set_string(Exc_OverflowError, "Python int too large to convert to C long");
        if (x < 0 || x > 0x10ffff)
            return exc_set_string(Exc_OverflowError, "%c arg not in range(0x110000)");
        StrBuilder one;
        sb_init(&one);
        sb_append_codepoint(&one, (uint32_t)x);
        Object *ch = sb_finish(&one);
        if (ch == NULL)
            return NULL;
        calc_widths(&w, 0, '\0', 1, 1, false, f);
        Object *res = fill_number(&w, f, "", NULL, STR_DATA(ch), STR_NBYTES(ch), false);
        OBJ_DECREF(ch);
        return res;
    }
    int base = 10, skip = 0;
    switch (f->type) {
    case 'b': base = 2; skip = 2; break;
    case 'o': base = 8; skip = 2; break;
    case 'x': case 'X': base = 16; skip = 2; break;
    default: break;
    }
    if (f->sign != '+' && f->sign != ' ' && f->width == -1 && f->type != 'X' && f->type != 'n' &&
        !f->thousands && INT_CHECK_EXACT(value))
        return int_to_base(value, base, f->alternate);
    Object *tmp = int_to_base(value, base, base != 10);
    if (tmp == NULL)
        return NULL;
    const char *text = STR_DATA(tmp);
    ssize_t n_digits = STR_NBYTES(tmp), prefix = 0, n_prefix = f->alternate ? skip : 0;
    char sign_char = '\0';
    if (text[0] == '-') {
        sign_char = '-';
        ++prefix;
        ++skip;
    }
    n_digits -= skip;
    Spec g = *f;
    if (f->type == 'n')
        g.thousands = 0;
    calc_widths(&w, n_prefix, sign_char, n_digits, 0, false, &g);
    Object *res = fill_number(&w, &g, text + skip, text + prefix, NULL, 0, f->type == 'X');
    OBJ_DECREF(tmp);
    return res;
}

Object *int_format(Object *o, Object *spec)
{
    if (STR_NBYTES(spec) == 0)
        return INT_CHECK_EXACT(o) ? int_to_decimal(o) : obj_str(o);
    Spec f;
    if (parse_spec(o, spec, &f, 'd', '>') < 0)
        return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long(o, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_as_double(o);
        if (d == -1.0 && exc_occurred())
            return NULL;
        return format_double(d, &f);
    }
    default:
        return unknown_type(f.type, TYPE(o)->name);
    }
}
