/* strcodecs.c: str <-> bytes: the utf-8, ascii and latin-1 codecs with the strict, ignore, replace,
 * backslashreplace, surrogateescape (and, encoding, xmlcharrefreplace) error handlers, with
 * CPython's UnicodeDecodeError/UnicodeEncodeError positions and reasons; str.encode, and
 * str.maketrans/str.translate. */
#include "objects/str_internal.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "vm/errors.h"
#include "gc/alloc.h"
#include <stdio.h>
#include <string.h>

#define HIGH_BITS 0x8080808080808080ULL

/* Code point at byte offset i; its length in *n. */
static inline uint32_t cp_at(const char *d, ssize_t i, int *n)
{
    unsigned char b = (unsigned char)d[i];
    if (b < 128) { *n = 1; return b; }
    return utf8_decode(d + i, n);
}

/* ------------------------------------------------------------------------------------------ */
/* decoding                                                                                     */

Object *str_raise_unicode_error(TypeObject *type, const char *encoding, Object *object,
                                ssize_t start, ssize_t end, const char *reason)
{
    Object *args[5] = {str_from_cstr(encoding), NEWREF(object), int_from_ssize(start),
                       int_from_ssize(end), str_from_cstr(reason)};
    Object *exc = NULL;
    if (args[0] && args[2] && args[3] && args[4]) exc = exc_new(type, args, 5);
    for (int i = 0; i < 5; i++) OBJ_XDECREF(args[i]);
    if (exc != NULL) exc_restore(exc);
    return NULL;
}

static bool is_cont(unsigned char b) { return (b & 0xC0) == 0x80; }

/* Validates UTF-8 from [i]: returns the offset of the first error (setting *end and *reason, as
 * CPython reports them) or n when all is valid. */
static ssize_t utf8_find_error(const unsigned char *s, ssize_t n, ssize_t i, ssize_t *end, const char **reason)
{
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & HIGH_BITS) == 0) { i += 8; continue; }
        }
        unsigned char b = s[i];
        if (b < 0x80) { i++; continue; }
        *reason = "invalid continuation byte";
        if (b < 0xC2 || b > 0xF4) {
            *reason = "invalid start byte";
            *end = i + 1;
            return i;
        }
        int need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
        unsigned char lo = 0x80, hi = 0xBF;      /* range of the second byte */
        if (b == 0xE0) lo = 0xA0;
        else if (b == 0xED) hi = 0x9F;
        else if (b == 0xF0) lo = 0x90;
        else if (b == 0xF4) hi = 0x8F;
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) {
                *reason = "unexpected end of data";
                *end = n;
                return i;
            }
            unsigned char c = s[i + k];
            if (k == 1 ? (c < lo || c > hi) : !is_cont(c)) {
                *end = i + k;
                return i;
            }
        }
        i += need + 1;
    }
    return n;
}

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

int str_errors_lookup(const char *errors)
{
    if (errors == NULL || strcmp(errors, "strict") == 0) return ERRORS_STRICT;
    if (strcmp(errors, "ignore") == 0) return ERRORS_IGNORE;
    if (strcmp(errors, "replace") == 0) return ERRORS_REPLACE;
    if (strcmp(errors, "backslashreplace") == 0) return ERRORS_BACKSLASHREPLACE;
    if (strcmp(errors, "surrogateescape") == 0) return ERRORS_SURROGATEESCAPE;
    exc_format(Exc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

int str_codec_lookup(const char *encoding)
{
    if (encoding == NULL) return CODEC_UTF8;
    char norm[32];
    size_t k = 0;
    for (const char *p = encoding; *p; p++) {
        char c = *p;
        if (c == '-' || c == '_' || c == ' ') continue;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (k + 1 >= sizeof norm) { k = 0; break; }
        norm[k++] = c;
    }
    norm[k] = '\0';
    static const struct { const char *name; int codec; } names[] = {
        {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8}, {"cp65001", CODEC_UTF8},
        {"ascii", CODEC_ASCII}, {"usascii", CODEC_ASCII}, {"646", CODEC_ASCII},
        {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1}, {"l1", CODEC_LATIN1},
        {"iso88591", CODEC_LATIN1}, {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1},
        {"iso8859", CODEC_LATIN1},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (k > 0 && strcmp(norm, names[i].name) == 0) return names[i].codec;
    exc_format(Exc_LookupError, "unknown encoding: %s", encoding);
    return -1;
}

/* Applies a non-strict error handler to bytes [start, end) of the input. */
static void decode_handle(StrBuilder *sb, const unsigned char *s, ssize_t start, ssize_t end, int errors)
{
    static const char hex[] = "0123456789abcdef";
    for (ssize_t k = start; k < end; k++) {
        switch (errors) {
        case ERRORS_REPLACE:
            if (k == start) sb_append_codepoint(sb, 0xFFFD);
            break;
        case ERRORS_BACKSLASHREPLACE: {
            char esc[4] = {'\\', 'x', hex[s[k] >> 4], hex[s[k] & 15]};
            sb_append(sb, esc, 4);
            break;
        }
        case ERRORS_SURROGATEESCAPE:
            if (s[k] >= 128) sb_append_codepoint(sb, 0xDC00 + s[k]);
            else sb_append_char(sb, (char)s[k]);
            break;
        default:
            break;
        }
    }
}

Object *str_decode(const char *data, ssize_t n, int codec, const char *errors_name)
{
    const unsigned char *s = (const unsigned char *)data;
    if (codec == CODEC_LATIN1) {
        ssize_t extra = 0;
        for (ssize_t i = 0; i < n; i++) extra += s[i] >> 7;
        Object *o = str_new_uninit(n + extra, n, extra == 0);
        if (o == NULL || n == 0) return o;
        char *out = STR_DATA(o);
        for (ssize_t i = 0; i < n; i++) out += utf8_encode(s[i], out);
        return str_finish(o);
    }
    ssize_t end = 0;
    const char *reason = NULL;
    ssize_t err;
    if (codec == CODEC_UTF8) {
        err = utf8_find_error(s, n, 0, &end, &reason);
    } else {
        for (err = 0; err < n && s[err] < 128; err++) {}
        end = err + 1;
        reason = "ordinal not in range(128)";
    }
    if (err == n) return str_from_utf8(data, n);
    int errors = str_errors_lookup(errors_name);
    if (errors < 0) return NULL;
    if (errors == ERRORS_STRICT) {
        Object *b = bytes_from_data(data, n);
        if (b == NULL) return NULL;
        str_raise_unicode_error(Exc_UnicodeDecodeError, codec_names[codec], b, err, end, reason);
        OBJ_DECREF(b);
        return NULL;
    }
    StrBuilder sb;
    sb_init(&sb);
    ssize_t pos = 0;
    while (pos < n) {
        sb_append(&sb, data + pos, err - pos);
        if (err == n) break;
        decode_handle(&sb, s, err, end, errors);
        pos = end;
        if (codec == CODEC_UTF8) {
            err = utf8_find_error(s, n, pos, &end, &reason);
        } else {
            for (err = pos; err < n && s[err] < 128; err++) {}
            end = err + 1;
        }
    }
    return sb_finish(&sb);
}

Object *str_decode_utf8(const char *s, ssize_t nbytes)
{
    return str_decode(s, nbytes, CODEC_UTF8, NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* encode                                                                                       */

static const char *const encode_names[] = {"utf-8", "ascii", "latin-1"};

/* Appends the replacement bytes for code points [i, j) (byte offsets) under a handler. */
static int encode_handle(char **buf, ssize_t *len, ssize_t *cap, const char *d, ssize_t i, ssize_t j,
                         int errors, int codec)
{
    for (ssize_t k = i; k < j;) {
        int n;
        uint32_t cp = cp_at(d, k, &n);
        char tmp[16];
        int tn = 0;
        switch (errors) {
        case ERRORS_REPLACE: tmp[0] = '?'; tn = 1; break;
        case ERRORS_BACKSLASHREPLACE:
            tn = snprintf(tmp, sizeof tmp, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
            break;
        case -2: tn = snprintf(tmp, sizeof tmp, "&#%u;", cp); break;       /* xmlcharrefreplace */
        case ERRORS_SURROGATEESCAPE:
            if (cp < 0xDC80 || cp > 0xDCFF) return -1;
            tmp[0] = (char)(cp - 0xDC00);
            tn = 1;
            break;
        default: break;     /* ignore */
        }
        UNUSED(codec);
        if (*len + tn > *cap) {
            ssize_t nc = (*cap + tn) * 2;
            char *nb = mem_realloc(*buf, (size_t)nc);
            if (nb == NULL) return -2;
            *buf = nb;
            *cap = nc;
        }
        memcpy(*buf + *len, tmp, (size_t)tn);
        *len += tn;
        k += n;
    }
    return 0;
}

Object *str_encode(Object *s, const char *encoding, const char *errors)
{
    int codec = str_codec_lookup(encoding);
    if (codec < 0) return NULL;
    const char *d = STR_DATA(s);
    ssize_t n = STR_NBYTES(s);
    if (STR_IS_ASCII(s)) return bytes_from_data(d, n);
    if (codec == CODEC_UTF8) {          /* the data is the encoding unless it holds a surrogate */
        const char *p = d, *end = d + n;
        while ((p = memchr(p, 0xED, (size_t)(end - p))) != NULL && (unsigned char)p[1] < 0xA0) p++;
        if (p == NULL) return bytes_from_data(d, n);
    }
    uint32_t limit = codec == CODEC_ASCII ? 128 : codec == CODEC_LATIN1 ? 256 : 0;
    /* output buffer: at most n bytes for any of the three codecs without handlers */
    ssize_t cap = n + 16, len = 0;
    char *buf = mem_alloc((size_t)cap);
    if (buf == NULL) return exc_no_memory();
    Object *result = NULL;
    for (ssize_t i = 0; i < n;) {
        int k;
        uint32_t cp = cp_at(d, i, &k);
        bool bad = limit ? cp >= limit : (cp >= 0xD800 && cp < 0xE000);
        if (!bad) {
            if (limit == 0 || cp < 128) { memcpy(buf + len, d + i, (size_t)k); len += k; }
            else buf[len++] = (char)cp;
            i += k;
            continue;
        }
        ssize_t j = i;      /* the run of unencodable code points */
        int kk;
        while (j < n) {
            uint32_t c2 = cp_at(d, j, &kk);
            if (limit ? c2 < limit : (c2 < 0xD800 || c2 >= 0xE000)) break;
            j += kk;
        }
        int h = ERRORS_STRICT;
        if (errors != NULL && strcmp(errors, "xmlcharrefreplace") == 0) h = -2;
        else if ((h = str_errors_lookup(errors)) < 0) goto done;
        int r = h == ERRORS_STRICT ? -1 : encode_handle(&buf, &len, &cap, d, i, j, h, codec);
        if (r == -2) { exc_no_memory(); goto done; }
        if (r == -1) {
            const char *reason = limit == 128 ? "ordinal not in range(128)"
                                 : limit ? "ordinal not in range(256)" : "surrogates not allowed";
            ssize_t c0 = str_cp_index(s, i), c1 = str_cp_index(s, j);
            if (h == ERRORS_SURROGATEESCAPE) {      /* report the first code point it cannot map */
                ssize_t q = i;
                while (q < j) {
                    uint32_t c3 = cp_at(d, q, &kk);
                    if (c3 < 0xDC80 || c3 > 0xDCFF) break;
                    q += kk;
                }
                c0 = str_cp_index(s, q);
                c1 = c0 + 1;
            }
            str_raise_unicode_error(Exc_UnicodeEncodeError, encode_names[codec], s, c0, c1, reason);
            goto done;
        }
        if (cap - len < n - j + 16) {
            char *nb = mem_realloc(buf, (size_t)(len + n - j + 16));
            if (nb == NULL) { exc_no_memory(); goto done; }
            buf = nb;
            cap = len + n - j + 16;
        }
        i = j;
    }
    result = bytes_from_data(buf, len);
done:
    mem_free(buf);
    return result;
}

Object *str_m_encode(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Object *a[2];
    if (str_arg_kw("encode", args, nargs, kwnames, names, a) < 0) return NULL;
    for (int k = 0; k < 2; k++)
        if (a[k] != NULL && !STR_CHECK(a[k]))
            return exc_format(Exc_TypeError, "encode() argument '%s' must be str, not %s", names[k], obj_type_name(a[k]));
    return str_encode(self, a[0] ? STR_DATA(a[0]) : NULL, a[1] ? STR_DATA(a[1]) : NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* maketrans, translate                                                                         */

Object *str_m_maketrans(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (str_arg_range("maketrans", nargs, kwnames, 1, 3) < 0) return NULL;
    Object *d = dict_new();
    if (d == NULL) return NULL;
    if (nargs == 1) {
        Object *x = args[0];
        if (!DICT_CHECK(x)) {
            exc_set_string(Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        ssize_t pos = 0;
        Object *k, *v;
        while (dict_next(x, &pos, &k, &v)) {
            Object *key;
            if (STR_CHECK(k)) {
                if (STR_LEN(k) != 1) {
                    exc_set_string(Exc_ValueError, "string keys in translate table must be of length 1");
                    goto fail;
                }
                int n;
                key = int_from_long((long)utf8_decode(STR_DATA(k), &n));
            } else if (INT_CHECK(k)) {
                key = NEWREF(k);
            } else {
                exc_set_string(Exc_TypeError, "keys in translate table must be strings or integers");
                goto fail;
            }
            if (key == NULL) goto fail;
            int r = dict_set_item(d, key, v);
            OBJ_DECREF(key);
            if (r < 0) goto fail;
        }
        return d;
    }
    if (!STR_CHECK(args[0])) {
        exc_set_string(Exc_TypeError, "first maketrans argument must be a string if there is a second argument");
        goto fail;
    }
    for (ssize_t k = 1; k < nargs; k++) {
        if (!STR_CHECK(args[k])) {
            exc_format(Exc_TypeError, "maketrans() argument %zd must be str, not %s", k + 1, obj_type_name(args[k]));
            goto fail;
        }
    }
    Object *x = args[0], *y = args[1];
    if (STR_LEN(x) != STR_LEN(y)) {
        exc_set_string(Exc_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (int pass = 0; pass < (nargs > 2 ? 2 : 1); pass++) {
        Object *src = pass == 0 ? x : args[2];
        const char *sd = STR_DATA(src), *yd = STR_DATA(y);
        ssize_t yi = 0;
        for (ssize_t i = 0; i < STR_NBYTES(src);) {
            int n, m;
            uint32_t cp = utf8_decode(sd + i, &n);
            Object *key = int_from_long((long)cp), *val;
            if (pass == 0) {
                val = int_from_long((long)utf8_decode(yd + yi, &m));
                yi += m;
            } else {
                val = NEWREF(NONE);
            }
            int r = (key && val) ? dict_set_item(d, key, val) : -1;
            OBJ_XDECREF(key);
            OBJ_XDECREF(val);
            if (r < 0) goto fail;
            i += n;
        }
    }
    return d;
fail:
    OBJ_DECREF(d);
    return NULL;
}

/* Looks cp up in the table: 1 mapped (*out new ref: None, int or str), 0 unmapped, -1 error. */
static int translate_lookup(Object *table, uint32_t cp, Object **out)
{
    Object *key = int_from_long((long)cp);
    if (key == NULL) return -1;
    Object *v = obj_getitem(table, key);
    OBJ_DECREF(key);
    if (v == NULL) {
        if (exc_matches(Exc_LookupError)) {
            exc_clear();
            return 0;
        }
        return -1;
    }
    if (v != NONE && !STR_CHECK(v)) {
        if (!INT_CHECK(v)) {
            OBJ_DECREF(v);
            exc_set_string(Exc_TypeError, "character mapping must return integer, None or str");
            return -1;
        }
        int ovf;
        long c = int_as_long(v, &ovf);
        if (ovf || c < 0 || c >= 0x110000) {
            OBJ_DECREF(v);
            exc_set_string(Exc_ValueError, "character mapping must be in range(0x110000)");
            return -1;
        }
    }
    *out = v;
    return 1;
}

Object *str_m_translate(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (str_arg_one("str.translate", nargs, kwnames) < 0) return NULL;
    Object *table = args[0];
    Object *cache[128] = {NULL};    /* ASCII results, owned (NotImplemented: unmapped, kept) */
    StrBuilder sb;
    sb_init(&sb);
    const char *d = STR_DATA(self);
    ssize_t n = STR_NBYTES(self);
    Object *result = NULL;
    for (ssize_t i = 0; i < n;) {
        int len;
        uint32_t cp = cp_at(d, i, &len);
        Object *v = NULL;
        int r;
        if (cp < 128 && cache[cp] != NULL) {
            v = NEWREF(cache[cp]);
            r = 2;
        } else {
            r = translate_lookup(table, cp, &v);
            if (r < 0) goto done;
            if (cp < 128) cache[cp] = r ? NEWREF(v) : NEWREF(NOTIMPL);
        }
        if (r == 0 || v == NOTIMPL) {
            sb_append(&sb, d + i, len);
        } else if (STR_CHECK(v)) {
            sb_append_str(&sb, v);
        } else if (v != NONE) {
            int ovf;
            sb_append_codepoint(&sb, (uint32_t)int_as_long(v, &ovf));
        }
        OBJ_XDECREF(v);
        i += len;
    }
    result = sb_finish(&sb);
done:
    sb_fini(&sb);
    for (int k = 0; k < 128; k++) OBJ_XDECREF(cache[k]);
    return result;
}

