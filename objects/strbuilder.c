/* strbuilder.c: StrBuilder (a growing UTF-8 buffer that counts code points as it goes and
 * remembers an out-of-memory failure until sb_finish), str_from_format (printf-like formatting
 * with object codes, used by exc_format), and the repr recursion guard (CPython's Py_ReprEnter). */
#include "objects/str_internal.h"
#include "vm/errors.h"
#include "gc/alloc.h"
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------------------------------ */
/* StrBuilder                                                                                   */

/* One released buffer is kept for the next builder: formatting a short string then costs no
 * allocator round trip for the buffer. */
#define SPARE_MAX 4096
static char *spare;
static ssize_t spare_cap;

void sb_init(StrBuilder *sb)
{
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->ncodepoints = 0;
    sb->ascii = true;
    sb->failed = false;
}

bool sb_reserve(StrBuilder *sb, ssize_t n)
{
    if (sb->failed) return false;
    if (n <= sb->cap - sb->len) return true;
    if (n > (ssize_t)(SIZE_MAX / 4) - sb->len) {
        sb->failed = true;
        return false;
    }
    ssize_t need = sb->len + n;
    if (sb->buf == NULL && spare != NULL && need <= spare_cap) {
        sb->buf = spare;
        sb->cap = spare_cap;
        spare = NULL;
        return true;
    }
    ssize_t cap = sb->cap ? sb->cap : 48;
    while (cap < need) cap += cap / 2 + 16;
    char *b = mem_realloc(sb->buf, (size_t)cap);
    if (b == NULL) {
        sb->failed = true;
        return false;
    }
    sb->buf = b;
    sb->cap = cap;
    return true;
}

char *sb_grow(StrBuilder *sb, ssize_t n, ssize_t ncp, bool ascii)
{
    if (!sb_reserve(sb, n)) return NULL;
    char *at = sb->buf + sb->len;
    sb->len += n;
    sb->ncodepoints += ncp;
    sb->ascii &= ascii;
    return at;
}

void sb_append_ascii(StrBuilder *sb, const char *s, ssize_t n)
{
    if (n <= 0) return;
    char *at = sb_grow(sb, n, n, true);
    if (at != NULL) memcpy(at, s, (size_t)n);
}

void sb_append(StrBuilder *sb, const char *s, ssize_t nbytes)
{
    if (nbytes <= 0) return;
    bool ascii;
    ssize_t ncp = str_utf8_count(s, nbytes, &ascii);
    char *at = sb_grow(sb, nbytes, ncp, ascii);
    if (at != NULL) memcpy(at, s, (size_t)nbytes);
}

void sb_append_cstr(StrBuilder *sb, const char *s)
{
    sb_append(sb, s, (ssize_t)strlen(s));
}

void sb_append_char(StrBuilder *sb, char c)
{
    if (!sb->failed && sb->len < sb->cap) {
        sb->buf[sb->len++] = c;
        sb->ncodepoints++;
        return;
    }
    char *at = sb_grow(sb, 1, 1, true);
    if (at != NULL) *at = c;
}

void sb_append_codepoint(StrBuilder *sb, uint32_t cp)
{
    if (cp < 128) {
        sb_append_char(sb, (char)cp);
        return;
    }
    char buf[4];
    int n = utf8_encode(cp, buf);
    char *at = sb_grow(sb, n, 1, false);
    if (at != NULL) memcpy(at, buf, (size_t)n);
}

int sb_append_str(StrBuilder *sb, Object *s)
{
    ssize_t n = STR_NBYTES(s);
    if (n == 0) return 0;
    char *at = sb_grow(sb, n, STR_LEN(s), STR_IS_ASCII(s));
    if (at != NULL) memcpy(at, STR_DATA(s), (size_t)n);
    return 0;
}

int sb_append_repr(StrBuilder *sb, Object *o)
{
    if (STR_CHECK_EXACT(o)) {
        str_repr_to(sb, o, false);
        return 0;
    }
    Object *r = obj_repr(o);
    if (r == NULL) return -1;
    sb_append_str(sb, r);
    OBJ_DECREF(r);
    return 0;
}

int sb_append_strof(StrBuilder *sb, Object *o)
{
    if (STR_CHECK_EXACT(o)) return sb_append_str(sb, o);
    Object *r = obj_str(o);
    if (r == NULL) return -1;
    sb_append_str(sb, r);
    OBJ_DECREF(r);
    return 0;
}

Object *sb_finish(StrBuilder *sb)
{
    Object *o = NULL;
    if (sb->failed) exc_no_memory();
    else o = str_from_utf8_known(sb->buf ? sb->buf : "", sb->len, sb->ncodepoints, sb->ascii);
    sb_fini(sb);
    return o;
}

void sb_fini(StrBuilder *sb)
{
    if (sb->buf != NULL && spare == NULL && sb->cap <= SPARE_MAX) {
        spare = sb->buf;
        spare_cap = sb->cap;
    } else {
        mem_free(sb->buf);
    }
    sb_init(sb);
}

/* ------------------------------------------------------------------------------------------ */
/* str_from_format                                                                              */

/* Appends at most [prec] code points (prec < 0: all) of UTF-8 [s, s+n), padded to [width]. */
static void append_padded(StrBuilder *sb, const char *s, ssize_t n, ssize_t width, ssize_t prec, bool left)
{
    ssize_t ncp = str_utf8_count(s, n, NULL);
    if (prec >= 0 && ncp > prec) {
        ssize_t off = 0;
        for (ssize_t k = 0; k < prec; k++) off += utf8_seqlen((unsigned char)s[off]);
        n = off;
        ncp = prec;
    }
    if (!left) for (ssize_t k = ncp; k < width; k++) sb_append_char(sb, ' ');
    sb_append(sb, s, n);
    if (left) for (ssize_t k = ncp; k < width; k++) sb_append_char(sb, ' ');
}

static int append_object(StrBuilder *sb, char conv, Object *o, ssize_t width, ssize_t prec, bool left)
{
    Object *s;
    switch (conv) {
    case 'R': s = obj_repr(o); break;
    case 'S': s = obj_str(o); break;
    case 'A': s = obj_ascii(o); break;
    default: s = NEWREF(o); break;  /* 'U' */
    }
    if (s == NULL) return -1;
    if (width <= 0 && prec < 0) sb_append_str(sb, s);
    else append_padded(sb, STR_DATA(s), STR_NBYTES(s), width, prec, left);
    OBJ_DECREF(s);
    return 0;
}

Object *str_from_vformat(const char *fmt, va_list ap)
{
    StrBuilder sb;
    sb_init(&sb);
    const char *p = fmt;
    while (*p) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') q++;
            sb_append(&sb, p, q - p);
            p = q;
            continue;
        }
        const char *spec = p++;
        bool left = false, zero = false;
        while (*p == '-' || *p == '0') {
            if (*p == '-') left = true;
            else zero = true;
            p++;
        }
        ssize_t width = 0, prec = -1;
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        if (*p == '.') {
            p++;
            prec = 0;
            while (*p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
        }
        int lng = 0;                /* 1: l, 2: ll, 3: z */
        if (*p == 'l') { lng = 1; p++; if (*p == 'l') { lng = 2; p++; } }
        else if (*p == 'z') { lng = 3; p++; }
        char conv = *p ? *p++ : '\0';
        char num[64];
        int nlen = -1;
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            char f[16];
            int k = 0;
            f[k++] = '%';
            if (left) f[k++] = '-';
            if (zero) f[k++] = '0';
            f[k++] = '*';
            if (prec >= 0) { f[k++] = '.'; f[k++] = '*'; }
            if (lng == 1) f[k++] = 'l';
            else if (lng == 2) { f[k++] = 'l'; f[k++] = 'l'; }
            else if (lng == 3) f[k++] = 'z';
            f[k++] = conv;
            f[k] = '\0';
            int w = (int)(width < 40 ? width : 40), pr = (int)(prec < 40 ? prec : 40);
            bool sgn = conv == 'd' || conv == 'i';
#define FMT_NUM(type, sval, uval)                                                              \
            do {                                                                               \
                if (sgn) { type v = va_arg(ap, sval);                                          \
                    nlen = prec >= 0 ? snprintf(num, sizeof num, f, w, pr, v) : snprintf(num, sizeof num, f, w, v); } \
                else { unsigned type v = va_arg(ap, unsigned uval);                            \
                    nlen = prec >= 0 ? snprintf(num, sizeof num, f, w, pr, v) : snprintf(num, sizeof num, f, w, v); } \
            } while (0)
            if (lng == 1) FMT_NUM(long, long, long);
            else if (lng == 2) FMT_NUM(long long, long long, long long);
            else if (lng == 3) {
                if (sgn) { ssize_t v = va_arg(ap, ssize_t);
                    nlen = prec >= 0 ? snprintf(num, sizeof num, f, w, pr, v) : snprintf(num, sizeof num, f, w, v); }
                else { size_t v = va_arg(ap, size_t);
                    nlen = prec >= 0 ? snprintf(num, sizeof num, f, w, pr, v) : snprintf(num, sizeof num, f, w, v); }
            } else FMT_NUM(int, int, int);
#undef FMT_NUM
            break;
        }
        case 'p':
            nlen = snprintf(num, sizeof num, "0x%lx", (unsigned long)(uintptr_t)va_arg(ap, void *));
            break;
        case 'c': {
            int cp = va_arg(ap, int);
            if (cp >= 0 && cp < 0x110000) sb_append_codepoint(&sb, (uint32_t)cp);
            break;
        }
        case 's': {                 /* UTF-8, decoded with "replace" as CPython does */
            const char *s = va_arg(ap, const char *);
            if (s == NULL) s = "(null)";
            ssize_t n = (ssize_t)strlen(s);
            bool ascii;
            str_utf8_count(s, n, &ascii);
            Object *t = ascii ? NULL : str_decode(s, n, CODEC_UTF8, "replace");
            if (!ascii && t == NULL) {
                sb_fini(&sb);
                return NULL;
            }
            if (t != NULL) append_padded(&sb, STR_DATA(t), STR_NBYTES(t), width, prec, left);
            else append_padded(&sb, s, n, width, prec, left);
            OBJ_XDECREF(t);
            break;
        }
        case 'R': case 'S': case 'U': case 'A':
            if (append_object(&sb, conv, va_arg(ap, Object *), width, prec, left) < 0) {
                sb_fini(&sb);
                return NULL;
            }
            break;
        case 'V': {         /* a str object, or the C string when the object is NULL */
            Object *o = va_arg(ap, Object *);
            const char *s = va_arg(ap, const char *);
            if (o != NULL) append_padded(&sb, STR_DATA(o), STR_NBYTES(o), width, prec, left);
            else append_padded(&sb, s, (ssize_t)strlen(s), width, prec, left);
            break;
        }
        case 'T': {
            const char *name = obj_type_name(va_arg(ap, Object *));
            append_padded(&sb, name, (ssize_t)strlen(name), width, prec, left);
            break;
        }
        case '%':
            sb_append_char(&sb, '%');
            break;
        default:            /* unknown code: copy the rest of the format verbatim, as CPython does */
            sb_append_cstr(&sb, spec);
            p = spec + strlen(spec);
            break;
        }
        if (nlen > 0) sb_append(&sb, num, nlen < (int)sizeof num ? nlen : (ssize_t)sizeof num - 1);
    }
    return sb_finish(&sb);
}

Object *str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *r = str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ------------------------------------------------------------------------------------------ */
/* repr recursion guard                                                                         */

static Object **guard;              /* objects being repr'ed (borrowed), innermost last */
static ssize_t guard_len, guard_cap;

int repr_enter(Object *o)
{
    for (ssize_t i = guard_len - 1; i >= 0; i--)
        if (guard[i] == o) return 1;
    if (guard_len == guard_cap) {
        ssize_t cap = guard_cap ? guard_cap * 2 : 16;
        Object **g = mem_realloc(guard, (size_t)cap * sizeof(Object *));
        if (g == NULL) {
            exc_no_memory();
            return -1;
        }
        guard = g;
        guard_cap = cap;
    }
    guard[guard_len++] = o;
    return 0;
}

void repr_leave(Object *o)
{
    for (ssize_t i = guard_len - 1; i >= 0; i--) {
        if (guard[i] == o) {
            memmove(&guard[i], &guard[i + 1], (size_t)(guard_len - i - 1) * sizeof(Object *));
            guard_len--;
            return;
        }
    }
}

void str_builder_fini(void)
{
    mem_free(spare);
    spare = NULL;
    mem_free(guard);
    guard = NULL;
    guard_len = guard_cap = 0;
}
