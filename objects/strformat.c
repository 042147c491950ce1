/* strformat.c: str's formatting: the format-spec mini-language for str values (format(s, spec),
 * str.__format__), the __format__ protocol (str_format_value, used by f-strings and format()),
 * str.format / str.format_map (replacement fields, conversions, nested specs, auto numbering),
 * and the printf-style % operator. Behaviour and messages follow CPython 3.11. */
#include "objects/str_internal.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "vm/errors.h"
#include "gc/alloc.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------------------------------ */
/* the format-spec mini-language, for str values                                                */

typedef struct FormatSpec {
    uint32_t fill;
    char align, sign, grouping, type;
    bool alternate, no_neg_0;
    ssize_t width, precision;       /* -1 when absent */
} FormatSpec;

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Digits at *p: the count consumed (0 if none) or -1 with ValueError on overflow. */
static int spec_integer(const char **p, const char *end, ssize_t *out)
{
    ssize_t v = 0;
    int n = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        int d = **p - '0';
        if (v > ((ssize_t)(SIZE_MAX / 2) - d) / 10) {
            exc_set_string(Exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*p)++;
        n++;
    }
    *out = v;
    return n;
}

static Object *bad_grouping(char grouping, char type)
{
    if (type > 32 && type < 127)
        return exc_format(Exc_ValueError, "Cannot specify '%c' with '%c'.", grouping, type);
    return exc_format(Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", grouping, (unsigned)(unsigned char)type);
}

/* CPython's parse_internal_render_format_spec (for str: default type 's', align '<'). */
static int parse_spec(Object *obj, Object *spec, FormatSpec *f)
{
    const char *s = STR_DATA(spec), *p = s, *end = s + STR_NBYTES(spec);
    f->fill = ' ';
    f->align = '<';
    f->sign = f->grouping = '\0';
    f->type = 's';
    f->alternate = f->no_neg_0 = false;
    f->width = f->precision = -1;
    bool fill_given = false, align_given = false;
    int n = 0;
    uint32_t first = p < end ? utf8_decode(p, &n) : 0;
    if (p < end && p + n < end && is_align(p[n])) {
        f->fill = first;
        f->align = p[n];
        fill_given = align_given = true;
        p += n + 1;
    } else if (p < end && is_align(*p)) {
        f->align = *p++;
        align_given = true;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) f->sign = *p++;
    if (p < end && *p == 'z') { f->no_neg_0 = true; p++; }
    if (p < end && *p == '#') { f->alternate = true; p++; }
    if (!fill_given && p < end && *p == '0') {
        f->fill = '0';
        UNUSED(align_given);        /* str's default alignment is '<': no '=' */
        p++;
    }
    ssize_t v;
    int k = spec_integer(&p, end, &v);
    if (k < 0) return -1;
    if (k > 0) f->width = v;
    if (p < end && *p == ',') { f->grouping = ','; p++; }
    if (p < end && *p == '_') {
        if (f->grouping) { exc_set_string(Exc_ValueError, "Cannot specify both ',' and '_'."); return -1; }
        f->grouping = '_';
        p++;
    }
    if (p < end && *p == ',' && f->grouping == '_') {
        exc_set_string(Exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (p < end && *p == '.') {
        p++;
        k = spec_integer(&p, end, &v);
        if (k < 0) return -1;
        if (k == 0) { exc_set_string(Exc_ValueError, "Format specifier missing precision"); return -1; }
        f->precision = v;
    }
    if (end - p > 1) {
        int len;
        utf8_decode(p, &len);
        if (end - p > len) {
            exc_format(Exc_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec, obj_type_name(obj));
            return -1;
        }
    }
    if (p < end) {
        int len;
        uint32_t t = utf8_decode(p, &len);
        f->type = t < 128 ? (char)t : (char)0xFF;
        if (t >= 128) {
            exc_format(Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)t,
                       obj_type_name(obj));
            return -1;
        }
    }
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') break;
            /* fall through */
        default:
            bad_grouping(f->grouping, f->type);
            return -1;
        }
    }
    return 0;
}

/* Appends [n] copies of code point cp. */
static void sb_fill(StrBuilder *sb, uint32_t cp, ssize_t n)
{
    if (n <= 0) return;
    if (cp < 128) {
        char *at = sb_grow(sb, n, n, true);
        if (at != NULL) memset(at, (int)cp, (size_t)n);
        return;
    }
    for (ssize_t i = 0; i < n; i++) sb_append_codepoint(sb, cp);
}

Object *str_format_spec(Object *s, Object *spec)
{
    if (STR_NBYTES(spec) == 0) return str_exact_new(s);
    FormatSpec f;
    if (parse_spec(s, spec, &f) < 0) return NULL;
    if (f.type != 's') {
        if (f.type > 32 && f.type < 127)
            return exc_format(Exc_ValueError, "Unknown format code '%c' for object of type '%s'", f.type, obj_type_name(s));
        return exc_format(Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                          (unsigned)(unsigned char)f.type, obj_type_name(s));
    }
    if (f.sign == ' ') return exc_set_string(Exc_ValueError, "Space not allowed in string format specifier");
    if (f.sign) return exc_set_string(Exc_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return exc_set_string(Exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return exc_set_string(Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return exc_set_string(Exc_ValueError, "'=' alignment not allowed in string format specifier");
    ssize_t len = STR_LEN(s);
    if (f.precision >= 0 && len >= f.precision) len = f.precision;
    ssize_t total = f.width > len ? f.width : len;
    ssize_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
    ssize_t rpad = total - len - lpad;
    if (lpad == 0 && rpad == 0 && len == STR_LEN(s)) return str_exact_new(s);
    StrBuilder sb;
    sb_init(&sb);
    sb_fill(&sb, f.fill, lpad);
    ssize_t nb = str_byte_offset(s, len);
    char *at = sb_grow(&sb, nb, len, STR_IS_ASCII(s));
    if (at != NULL) memcpy(at, STR_DATA(s), (size_t)nb);
    sb_fill(&sb, f.fill, rpad);
    return sb_finish(&sb);
}

Object *str_format_value(Object *value, Object *spec)
{
    /* spec NULL (an f-string field without one) is "": CPython's PyObject_Format fast path */
    if (spec == NULL || STR_NBYTES(spec) == 0) {
        if (STR_CHECK_EXACT(value)) return NEWREF(value);
        if (INT_CHECK_EXACT(value) || TYPE(value) == &float_type) return obj_str(value);
        return obj_format(value, spec);
    }
    if (STR_CHECK_EXACT(value)) return str_format_spec(value, spec);
    if (INT_CHECK_EXACT(value)) return int_format(value, spec);
    if (TYPE(value) == &float_type) return float_format(value, spec);
    return obj_format(value, spec);
}

Object *str_dunder_format_method(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (str_arg_one("str.__format__", nargs, kwnames) < 0) return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "__format__() argument must be str, not %s", obj_type_name(args[0]));
    return str_format_spec(self, args[0]);
}

/* ------------------------------------------------------------------------------------------ */
/* str.format and str.format_map                                                                */

enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL };

typedef struct FormatCtx {
    Object *const *args;            /* positional arguments (NULL for format_map) */
    ssize_t nargs;
    Object *const *kwvalues;        /* str.format: keyword values matching kwnames */
    Object *kwnames;
    Object *mapping;                /* str.format_map: the mapping */
    int auto_state;
    ssize_t auto_next;
    bool ascii;                     /* the format string is ASCII (literal text needs no counting) */
} FormatCtx;

/* Decimal digits only: the value, -1 when [s, e) is not all digits (or empty), -2 on overflow. */
static ssize_t field_integer(const char *s, const char *e)
{
    if (s == e) return -1;
    ssize_t v = 0;
    for (const char *p = s; p < e; p++) {
        if (*p < '0' || *p > '9') return -1;
        int d = *p - '0';
        if (v > ((ssize_t)(SIZE_MAX / 2) - d) / 10) {
            exc_set_string(Exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

/* The object named by the first part of a field name. New reference. */
static Object *field_first(FormatCtx *c, const char *s, const char *e)
{
    ssize_t idx = field_integer(s, e);
    if (idx == -2) return NULL;
    bool empty = s == e;
    if (empty || idx >= 0) {
        if (c->auto_state == AUTO_INIT) c->auto_state = empty ? AUTO_AUTO : AUTO_MANUAL;
        if (c->auto_state == AUTO_MANUAL && empty)
            return exc_set_string(Exc_ValueError,
                                  "cannot switch from manual field specification to automatic field numbering");
        if (c->auto_state == AUTO_AUTO && !empty)
            return exc_set_string(Exc_ValueError,
                                  "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = c->auto_next++;
        if (c->args == NULL) return exc_set_string(Exc_ValueError, "Format string contains positional fields");
        if (idx >= c->nargs)
            return exc_format(Exc_IndexError, "Replacement index %zd out of range for positional args tuple", idx);
        return NEWREF(c->args[idx]);
    }
    Object *key = str_from_utf8(s, e - s);
    if (key == NULL) return NULL;
    Object *v = NULL;
    if (c->mapping != NULL) {
        v = obj_getitem(c->mapping, key);
    } else {
        ssize_t nkw = c->kwnames ? TUPLE_SIZE(c->kwnames) : 0;
        for (ssize_t i = 0; i < nkw; i++) {
            if (str_eq(TUPLE_GET(c->kwnames, i), key)) {
                v = NEWREF(c->kwvalues[i]);
                break;
            }
        }
        if (v == NULL) exc_set_object(Exc_KeyError, key);
    }
    OBJ_DECREF(key);
    return v;
}

/* Resolves a whole field name ("0", "name.attr[key]"): new reference. */
static Object *field_object(FormatCtx *c, const char *s, const char *e)
{
    const char *p = s;
    while (p < e && *p != '.' && *p != '[') p++;
    Object *obj = field_first(c, s, p);
    while (obj != NULL && p < e) {
        bool attr = *p == '.';
        if (*p != '.' && *p != '[') {
            exc_set_string(Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            goto fail;
        }
        const char *ns = ++p;
        if (attr) {
            while (p < e && *p != '.' && *p != '[') p++;
        } else {
            while (p < e && *p != ']') p++;
            if (p == e) {
                exc_set_string(Exc_ValueError, "Missing ']' in format string");
                goto fail;
            }
        }
        const char *ne = p;
        if (!attr) p++;             /* past ']' */
        if (ns == ne) {
            exc_set_string(Exc_ValueError, "Empty attribute in format string");
            goto fail;
        }
        Object *next;
        if (attr) {
            Object *name = str_from_utf8(ns, ne - ns);
            if (name == NULL) goto fail;
            next = obj_getattr(obj, name);
            OBJ_DECREF(name);
        } else {
            ssize_t idx = field_integer(ns, ne);
            if (idx == -2) goto fail;
            Object *key = idx >= 0 ? int_from_ssize(idx) : str_from_utf8(ns, ne - ns);
            if (key == NULL) goto fail;
            next = obj_getitem(obj, key);
            OBJ_DECREF(key);
        }
        OBJ_SETREF(obj, next);
    }
    return obj;
fail:
    OBJ_DECREF(obj);
    return NULL;
}

static int render(StrBuilder *sb, FormatCtx *c, const char *p, const char *end, int depth);

/* One replacement field whose text (after '{') starts at *pp; advances *pp past its '}'. */
static int render_field(StrBuilder *sb, FormatCtx *c, const char **pp, const char *end, int depth)
{
    const char *p = *pp, *name = p;
    char ch = 0;
    while (p < end) {
        ch = *p++;
        if (ch == '{') {
            exc_set_string(Exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (p < end && *p != ']') p++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    if (ch != '}' && ch != ':' && ch != '!') {
        exc_set_string(Exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    const char *name_end = p - 1;
    uint32_t conversion = 0;
    const char *spec = NULL, *spec_end = NULL;
    bool expand = false;
    if (ch == '!' || ch == ':') {
        bool done = false;
        if (ch == '!') {
            if (p >= end) {
                exc_set_string(Exc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            int n;
            conversion = utf8_decode(p, &n);
            p += n;
            if (p < end) {
                char c2 = *p++;
                if (c2 == '}') done = true;
                else if (c2 != ':') {
                    exc_set_string(Exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (!done) {
            spec = p;
            int count = 1;
            while (p < end) {
                char c3 = *p++;
                if (c3 == '{') { expand = true; count++; }
                else if (c3 == '}' && --count == 0) break;
            }
            if (count != 0) {
                exc_set_string(Exc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
            spec_end = p - 1;
        }
    }
    *pp = p;
    Object *obj = field_object(c, name, name_end);
    if (obj == NULL) return -1;
    if (conversion) {
        Object *conv;
        switch (conversion) {
        case 'r': conv = obj_repr(obj); break;
        case 's': conv = obj_str(obj); break;
        case 'a': conv = obj_ascii(obj); break;
        default:
            if (conversion > 32 && conversion < 127)
                exc_format(Exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                exc_format(Exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            conv = NULL;
            break;
        }
        OBJ_SETREF(obj, conv);
        if (obj == NULL) return -1;
    }
    Object *spec_obj;
    if (spec == NULL || spec == spec_end) {
        spec_obj = str_empty_new();
    } else if (expand) {
        if (depth <= 1) {
            OBJ_DECREF(obj);
            exc_set_string(Exc_ValueError, "Max string recursion exceeded");
            return -1;
        }
        StrBuilder inner;
        sb_init(&inner);
        if (render(&inner, c, spec, spec_end, depth - 1) < 0) {
            sb_fini(&inner);
            OBJ_DECREF(obj);
            return -1;
        }
        spec_obj = sb_finish(&inner);
    } else {
        spec_obj = str_from_utf8(spec, spec_end - spec);
    }
    if (spec_obj == NULL) {
        OBJ_DECREF(obj);
        return -1;
    }
    Object *text = str_format_value(obj, spec_obj);
    OBJ_DECREF(spec_obj);
    OBJ_DECREF(obj);
    if (text == NULL) return -1;
    sb_append_str(sb, text);
    OBJ_DECREF(text);
    return 0;
}

static int render(StrBuilder *sb, FormatCtx *c, const char *p, const char *end, int depth)
{
    while (p < end) {
        const char *lit = p;
        while (p < end && *p != '{' && *p != '}') p++;
        if (c->ascii) sb_append_ascii(sb, lit, p - lit);
        else sb_append(sb, lit, p - lit);
        if (p >= end) break;
        char ch = *p++;
        bool at_end = p >= end;
        if (ch == '}') {
            if (at_end || *p != '}') {
                exc_set_string(Exc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            sb_append_char(sb, '}');
            p++;
            continue;
        }
        if (at_end) {
            exc_set_string(Exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (*p == '{') {
            sb_append_char(sb, '{');
            p++;
            continue;
        }
        if (render_field(sb, c, &p, end, depth) < 0) return -1;
    }
    return 0;
}

static Object *do_format(Object *format, FormatCtx *c)
{
    const char *d = STR_DATA(format);
    ssize_t n = STR_NBYTES(format);
    if (memchr(d, '{', (size_t)n) == NULL && memchr(d, '}', (size_t)n) == NULL) return str_exact_new(format);
    StrBuilder sb;
    sb_init(&sb);
    sb_reserve(&sb, n + 16);
    c->ascii = STR_IS_ASCII(format);
    if (render(&sb, c, d, d + n, 2) < 0) {
        sb_fini(&sb);
        return NULL;
    }
    return sb_finish(&sb);
}

Object *str_format_method(Object *format, Object *const *args, ssize_t nargs, Object *kwnames)
{
    FormatCtx c = {args, nargs, args + nargs, kwnames, NULL, AUTO_INIT, 0, false};
    return do_format(format, &c);
}

Object *str_format_map_method(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (str_arg_one("str.format_map", nargs, kwnames) < 0) return NULL;
    FormatCtx c = {NULL, 0, NULL, NULL, args[0], AUTO_INIT, 0, false};
    return do_format(self, &c);
}

/* ------------------------------------------------------------------------------------------ */
/* the % operator                                                                               */

#define F_LJUST 1
#define F_SIGN 2
#define F_BLANK 4
#define F_ALT 8
#define F_ZERO 16

typedef struct PctArg {
    int flags;
    ssize_t width, prec;            /* -1 when absent */
    bool sign;                      /* a numeric conversion (sign and zero padding apply) */
    char ch;
} PctArg;

typedef struct PctCtx {
    Object *args;                   /* the right operand, or the value looked up by %(key) */
    Object *owned;                  /* a looked-up value we own (args points to it) */
    Object *dict;                   /* mapping for %(key) or NULL */
    ssize_t arglen, argidx;
} PctCtx;

static Object *next_arg(PctCtx *c)
{
    ssize_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        return c->arglen < 0 ? c->args : TUPLE_GET(c->args, i);
    }
    return exc_set_string(Exc_TypeError, "not enough arguments for format string");
}

/* CPython's unicode_format_arg_output: [s, s+nb) holding ncp code points, padded and signed. */
static void pct_output(StrBuilder *sb, PctArg *a, const char *s, ssize_t nb, ssize_t ncp)
{
    uint32_t fill = (a->sign && (a->flags & F_ZERO)) ? '0' : ' ';
    ssize_t len = ncp;
    if ((a->width < 0 || a->width <= len) && (a->prec < 0 || a->prec >= len) && !(a->flags & (F_SIGN | F_BLANK))) {
        char *at = sb_grow(sb, nb, len, nb == len);
        if (at != NULL) memcpy(at, s, (size_t)nb);
        return;
    }
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len >= a->prec) {
        ssize_t off = 0;
        for (ssize_t k = 0; k < a->prec; k++) off += utf8_seqlen((unsigned char)s[off]);
        nb = off;
        len = a->prec;
    }
    char signchar = 0;
    if (a->sign) {
        if (s[0] == '-' || s[0] == '+') {
            signchar = s[0];
            s++;
            nb--;
            len--;
        } else if (a->flags & F_SIGN) {
            signchar = '+';
        } else if (a->flags & F_BLANK) {
            signchar = ' ';
        } else {
            a->sign = false;
        }
    }
    ssize_t width = a->width < len ? len : a->width;
    if (a->sign) {
        if (fill != ' ') sb_append_char(sb, signchar);
        if (width > len) width--;
    }
    bool prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (prefix) {
        if (fill != ' ') {
            sb_append_ascii(sb, s, 2);
            s += 2;
            nb -= 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        sb_fill(sb, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (a->sign) sb_append_char(sb, signchar);
        if (prefix) {
            sb_append_ascii(sb, s, 2);
            s += 2;
            nb -= 2;
        }
    }
    char *at = sb_grow(sb, nb, len, nb == len);
    if (at != NULL) memcpy(at, s, (size_t)nb);
    if (width > len) sb_fill(sb, ' ', width - len);
}

/* CPython's _PyUnicode_FormatLong: sign, "0x"/"0X"/"0o" when alt, digits zero-padded to prec. */
static int pct_long(StrBuilder *sb, PctArg *a, Object *v)
{
    char type = a->ch == 'i' || a->ch == 'u' ? 'd' : a->ch;
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    Object *digits_obj = NULL;
    char small[32];
    const char *digits;
    ssize_t nd;
    bool neg;
    if (INT_CHECK_EXACT(v) && INT_IS_COMPACT(v)) {
        long x = (long)INT_COMPACT_VALUE(v);
        neg = x < 0;
        unsigned long ux = neg ? 0UL - (unsigned long)x : (unsigned long)x;
        char *e = small + sizeof small, *q = e;
        do {
            *--q = "0123456789abcdef"[ux % (unsigned)base];
            ux /= (unsigned)base;
        } while (ux);
        digits = q;
        nd = e - q;
    } else {
        digits_obj = base == 10 ? int_to_decimal(v) : int_to_base(v, base, false);
        if (digits_obj == NULL) return -1;
        digits = STR_DATA(digits_obj);
        nd = STR_NBYTES(digits_obj);
        neg = int_sign(v) < 0;
        if (nd > 0 && digits[0] == '-') { digits++; nd--; }
    }
    ssize_t zeros = a->prec > nd ? a->prec - nd : 0;
    ssize_t total = neg + ((a->flags & F_ALT) && base != 10 ? 2 : 0) + zeros + nd;
    char local[64];
    char *buf = total < (ssize_t)sizeof local ? local : mem_alloc((size_t)total + 1);
    if (buf == NULL) {
        OBJ_XDECREF(digits_obj);
        exc_no_memory();
        return -1;
    }
    char *o = buf;
    if (neg) *o++ = '-';
    if ((a->flags & F_ALT) && base != 10) {
        *o++ = '0';
        *o++ = base == 8 ? 'o' : type;
    }
    memset(o, '0', (size_t)zeros);
    o += zeros;
    for (ssize_t k = 0; k < nd; k++) *o++ = type == 'X' ? (char)((digits[k] >= 'a' && digits[k] <= 'f') ? digits[k] - 32 : digits[k]) : digits[k];
    OBJ_XDECREF(digits_obj);
    a->sign = true;
    pct_output(sb, a, buf, total, total);
    if (buf != local) mem_free(buf);
    return 0;
}

static int pct_float(StrBuilder *sb, PctArg *a, Object *v)
{
    double x = FLOAT_CHECK(v) ? FLOAT_VALUE(v) : float_as_double(v);
    if (x == -1.0 && exc_occurred()) return -1;
    ssize_t prec = a->prec < 0 ? 6 : a->prec;
    bool upper = a->ch == 'E' || a->ch == 'F' || a->ch == 'G';
    char small[64];
    char *buf = small;
    int n;
    if (isnan(x) || isinf(x)) {
        const char *t = isnan(x) ? (upper ? "NAN" : "nan") : x < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
        n = snprintf(small, sizeof small, "%s", t);
    } else {
        char fmt[8] = "%.*";
        if (a->flags & F_ALT) strcpy(fmt, "%#.*");
        size_t fl = strlen(fmt);
        fmt[fl] = a->ch;
        fmt[fl + 1] = '\0';
        n = -1;
        if ((a->ch == 'f' || a->ch == 'F') && !(a->flags & F_ALT))
            n = float_format_fixed(x, (int)(prec < 16 ? prec : 16), small, sizeof small);
        if (n < 0)
            n = snprintf(small, sizeof small, fmt, (int)prec, x);
        if (n >= (int)sizeof small) {
            buf = mem_alloc((size_t)n + 1);
            if (buf == NULL) {
                exc_no_memory();
                return -1;
            }
            snprintf(buf, (size_t)n + 1, fmt, (int)prec, x);
        }
    }
    a->sign = true;
    pct_output(sb, a, buf, n, n);
    if (buf != small) mem_free(buf);
    return 0;
}

static int pct_char(StrBuilder *sb, PctArg *a, Object *v)
{
    uint32_t cp;
    if (STR_CHECK(v)) {
        if (STR_LEN(v) != 1) goto wrong;
        int n;
        cp = utf8_decode(STR_DATA(v), &n);
    } else {
        if (!INT_CHECK(v) && TYPE(v)->nb_index == NULL) goto wrong;
        Object *i = obj_index(v);
        if (i == NULL) return -1;
        int ovf;
        long x = int_as_long(i, &ovf);
        OBJ_DECREF(i);
        if (ovf || x < 0 || x > 0x10FFFF) {
            exc_set_string(Exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    }
    char buf[4];
    int n = utf8_encode(cp, buf);
    a->sign = false;
    pct_output(sb, a, buf, n, 1);
    return 0;
wrong:
    exc_set_string(Exc_TypeError, "%c requires int or char");
    return -1;
}

/* Formats one argument with conversion a->ch. */
static int pct_convert(StrBuilder *sb, PctArg *a, Object *v)
{
    switch (a->ch) {
    case 's': case 'r': case 'a': {
        Object *s;
        if (a->ch == 's') s = STR_CHECK_EXACT(v) ? NEWREF(v) : obj_str(v);
        else if (a->ch == 'r') s = obj_repr(v);
        else s = obj_ascii(v);
        if (s == NULL) return -1;
        a->sign = false;
        pct_output(sb, a, STR_DATA(s), STR_NBYTES(s), STR_LEN(s));
        OBJ_DECREF(s);
        return 0;
    }
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        if (INT_CHECK(v)) return pct_long(sb, a, v);
        TypeObject *t = TYPE(v);
        bool number = t->nb_index != NULL || t->nb_int != NULL || t->nb_float != NULL;
        Object *i = NULL;
        if (number) {
            i = (a->ch == 'o' || a->ch == 'x' || a->ch == 'X') ? obj_index(v) : obj_number_int(v);
            if (i == NULL && !exc_matches(Exc_TypeError)) return -1;
            if (i == NULL) exc_clear();
        }
        if (i == NULL) {
            if (a->ch == 'o' || a->ch == 'x' || a->ch == 'X')
                exc_format(Exc_TypeError, "%%%c format: an integer is required, not %s", a->ch, obj_type_name(v));
            else
                exc_format(Exc_TypeError, "%%%c format: a real number is required, not %s", a->ch, obj_type_name(v));
            return -1;
        }
        int r = pct_long(sb, a, i);
        OBJ_DECREF(i);
        return r;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return pct_float(sb, a, v);
    case 'c':
        return pct_char(sb, a, v);
    default:
        return 1;
    }
}

/* Parses the specifier after '%' at *pp (CPython's unicode_format_arg_parse). 0 or -1. */
static int pct_parse(PctCtx *c, const char **pp, const char *end, PctArg *a)
{
    const char *p = *pp;
    if (p < end && *p == '(') {
        if (c->dict == NULL) {
            exc_set_string(Exc_TypeError, "format requires a mapping");
            return -1;
        }
        const char *ks = ++p;
        int depth = 1;
        while (p < end && depth > 0) {
            if (*p == ')') depth--;
            else if (*p == '(') depth++;
            p++;
        }
        if (depth > 0) {
            exc_set_string(Exc_ValueError, "incomplete format key");
            return -1;
        }
        Object *key = str_from_utf8(ks, p - 1 - ks);
        if (key == NULL) return -1;
        Object *v = obj_getitem(c->dict, key);
        OBJ_DECREF(key);
        if (v == NULL) return -1;
        OBJ_SETREF(c->owned, v);
        c->args = v;
        c->arglen = -1;
        c->argidx = -2;
    }
    for (; p < end; p++) {
        if (*p == '-') a->flags |= F_LJUST;
        else if (*p == '+') a->flags |= F_SIGN;
        else if (*p == ' ') a->flags |= F_BLANK;
        else if (*p == '#') a->flags |= F_ALT;
        else if (*p == '0') a->flags |= F_ZERO;
        else break;
    }
    if (p < end && *p == '*') {
        Object *v = next_arg(c);
        if (v == NULL) return -1;
        if (!INT_CHECK(v)) { exc_set_string(Exc_TypeError, "* wants int"); return -1; }
        a->width = int_as_ssize(v);
        if (a->width == -1 && exc_occurred()) return -1;
        if (a->width < 0) { a->flags |= F_LJUST; a->width = -a->width; }
        p++;
    } else if (p < end && *p >= '0' && *p <= '9') {
        a->width = 0;
        for (; p < end && *p >= '0' && *p <= '9'; p++) {
            if (a->width > ((ssize_t)(SIZE_MAX / 2) - (*p - '0')) / 10) {
                exc_set_string(Exc_ValueError, "width too big");
                return -1;
            }
            a->width = a->width * 10 + (*p - '0');
        }
    }
    if (p < end && *p == '.') {
        a->prec = 0;
        p++;
        if (p < end && *p == '*') {
            Object *v = next_arg(c);
            if (v == NULL) return -1;
            if (!INT_CHECK(v)) { exc_set_string(Exc_TypeError, "* wants int"); return -1; }
            int ovf;
            long pr = int_as_long(v, &ovf);
            if (ovf || pr > 0x7FFFFFFF) {
                exc_set_string(Exc_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            a->prec = pr < 0 ? 0 : pr;
            p++;
        } else {
            for (; p < end && *p >= '0' && *p <= '9'; p++) {
                if (a->prec > (0x7FFFFFFF - (*p - '0')) / 10) {
                    exc_set_string(Exc_ValueError, "precision too big");
                    return -1;
                }
                a->prec = a->prec * 10 + (*p - '0');
            }
        }
    }
    if (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
    if (p >= end) {
        exc_set_string(Exc_ValueError, "incomplete format");
        return -1;
    }
    *pp = p;
    return 0;
}

Object *str_percent_format(Object *format, Object *args)
{
    PctCtx c = {args, NULL, NULL, -1, -2};
    if (TUPLE_CHECK(args)) {
        c.arglen = TUPLE_SIZE(args);
        c.argidx = 0;
    }
    if (TYPE(args)->getitem != NULL && !TUPLE_CHECK(args) && !STR_CHECK(args)) c.dict = args;
    const char *d = STR_DATA(format), *p = d, *end = d + STR_NBYTES(format);
    bool ascii_fmt = STR_IS_ASCII(format);
    StrBuilder sb;
    sb_init(&sb);
    sb_reserve(&sb, STR_NBYTES(format) + 16);
    while (p < end) {
        const char *lit = p;
        while (p < end && *p != '%') p++;
        if (ascii_fmt) sb_append_ascii(&sb, lit, p - lit);
        else sb_append(&sb, lit, p - lit);
        if (p >= end) break;
        p++;
        if (p < end && *p == '%') {
            sb_append_char(&sb, '%');
            p++;
            continue;
        }
        PctArg a = {0, -1, -1, false, 0};
        if (pct_parse(&c, &p, end, &a) < 0) goto fail;
        int len;
        uint32_t ch = utf8_decode(p, &len);
        a.ch = ch < 128 ? (char)ch : '?';
        Object *v = next_arg(&c);
        if (v == NULL) goto fail;
        int r = ch < 128 ? pct_convert(&sb, &a, v) : 1;
        if (r < 0) goto fail;
        if (r > 0) {
            exc_format(Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                       (ch >= 31 && ch <= 126) ? (int)ch : '?', (unsigned)ch, str_cp_index(format, p - d));
            goto fail;
        }
        p += len;
    }
    if (c.argidx < c.arglen && c.dict == NULL) {
        exc_set_string(Exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    OBJ_XDECREF(c.owned);
    return sb_finish(&sb);
fail:
    OBJ_XDECREF(c.owned);
    sb_fini(&sb);
    return NULL;
}

Object *str_mod_slot(Object *a, Object *b)
{
    if (!STR_CHECK(a)) RETURN_NOTIMPL;
    return str_percent_format(a, b);
}
