/* bytesobject.c: bytes, an immutable byte string (CPython's layout: 32-byte header, data inline
 * with a trailing NUL, so getsizeof(b'') == 33). Construction, repr with CPython's escapes,
 * indexing (ints) and slicing, comparison, hashing (same function as str), +, *, `in`, and the
 * common methods: decode, hex, find/rfind/index/count, startswith/endswith, split, join, strip,
 * replace, upper/lower. */
#include "objects/str_internal.h"
#include "objects/bytearrayobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/rangeobject.h"
#include "vm/errors.h"
#include "gc/alloc.h"
#include <string.h>

static Object *empty_bytes;

Object *bytes_new_uninit(ssize_t len)
{
    if (len < 0 || len > (ssize_t)(SIZE_MAX / 2) - (ssize_t)sizeof(BytesObject) - 1) return exc_no_memory();
    Object *o = obj_alloc(&bytes_type, len + 1);
    if (o == NULL) return NULL;
    BytesObject *b = (BytesObject *)o;
    b->ob.size = len;
    b->hash = -1;
    b->data[len] = '\0';
    return o;
}

Object *bytes_from_data(const char *data, ssize_t len)
{
    if (len == 0) {
        if (empty_bytes == NULL && (empty_bytes = bytes_new_uninit(0)) == NULL) return NULL;
        return NEWREF(empty_bytes);
    }
    Object *o = bytes_new_uninit(len);
    if (o != NULL && data != NULL) memcpy(BYTES_DATA(o), data, (size_t)len);
    return o;
}

void str_bytes_fini(void)
{
    OBJ_CLEAR(empty_bytes);
}

Object *bytes_decode(const char *data, ssize_t len, const char *encoding, const char *errors)
{
    int codec = str_codec_lookup(encoding);
    if (codec < 0) return NULL;
    return str_decode(data, len, codec, errors);
}

/* ------------------------------------------------------------------------------------------ */
/* repr                                                                                         */

Object *bytes_repr_of(Object *b)
{
    const unsigned char *d = (const unsigned char *)BYTES_DATA(b);
    ssize_t n = BYTES_LEN(b), size = 3;
    char quote = '\'';
    if (memchr(d, '\'', (size_t)n) != NULL && memchr(d, '"', (size_t)n) == NULL) quote = '"';
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == (unsigned char)quote || c == '\\' || c == '\t' || c == '\n' || c == '\r') size += 2;
        else if (c < 0x20 || c >= 0x7F) size += 4;
        else size++;
    }
    Object *r = str_new_uninit(size, size, true);
    if (r == NULL) return NULL;
    static const char hex[] = "0123456789abcdef";
    char *o = STR_DATA(r);
    *o++ = 'b';
    *o++ = quote;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == (unsigned char)quote || c == '\\') { *o++ = '\\'; *o++ = (char)c; }
        else if (c == '\t') { *o++ = '\\'; *o++ = 't'; }
        else if (c == '\n') { *o++ = '\\'; *o++ = 'n'; }
        else if (c == '\r') { *o++ = '\\'; *o++ = 'r'; }
        else if (c < 0x20 || c >= 0x7F) { *o++ = '\\'; *o++ = 'x'; *o++ = hex[c >> 4]; *o++ = hex[c & 15]; }
        else *o++ = (char)c;
    }
    *o = quote;
    return r;
}

/* ------------------------------------------------------------------------------------------ */
/* slots                                                                                        */

static Object *bytes_repr_slot(Object *b)
{
    return bytes_repr_of(b);
}

static hash_t bytes_hash_slot(Object *b)
{
    BytesObject *bo = (BytesObject *)b;
    if (bo->hash == -1) bo->hash = str_hash_bytes(bo->data, BYTES_LEN(b));
    return bo->hash;
}

static ssize_t bytes_len_slot(Object *b)
{
    return BYTES_LEN(b);
}

static Object *bytes_richcompare(Object *a, Object *b, int op)
{
    if (!BYTES_CHECK(a) || !BYTES_CHECK(b)) RETURN_NOTIMPL;
    ssize_t na = BYTES_LEN(a), nb = BYTES_LEN(b);
    if ((op == RICH_EQ || op == RICH_NE) && na != nb) return bool_from(op == RICH_NE);
    int c = memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)(na < nb ? na : nb));
    if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
    bool r;
    switch (op) {
    case RICH_LT: r = c < 0; break;
    case RICH_LE: r = c <= 0; break;
    case RICH_EQ: r = c == 0; break;
    case RICH_NE: r = c != 0; break;
    case RICH_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

static Object *bytes_concat(Object *a, Object *b)
{
    if (!BYTES_CHECK(b))
        return exc_format(Exc_TypeError, "can't concat %s to %s", obj_type_name(b), obj_type_name(a));
    ssize_t na = BYTES_LEN(a), nb = BYTES_LEN(b);
    if (nb == 0 && TYPE(a) == &bytes_type) return NEWREF(a);
    if (na == 0 && TYPE(b) == &bytes_type) return NEWREF(b);
    Object *r = bytes_new_uninit(na + nb);
    if (r == NULL) return NULL;
    memcpy(BYTES_DATA(r), BYTES_DATA(a), (size_t)na);
    memcpy(BYTES_DATA(r) + na, BYTES_DATA(b), (size_t)nb);
    return r;
}

static Object *bytes_add_slot(Object *a, Object *b)
{
    if (!BYTES_CHECK(a) || !BYTES_CHECK(b)) RETURN_NOTIMPL;
    return bytes_concat(a, b);
}

static Object *bytes_repeat(Object *b, ssize_t n)
{
    ssize_t len = BYTES_LEN(b);
    if (n <= 0 || len == 0) return bytes_from_data(NULL, 0);
    if (n == 1 && TYPE(b) == &bytes_type) return NEWREF(b);
    if (len > ((ssize_t)(SIZE_MAX / 4)) / n) return exc_set_string(Exc_OverflowError, "repeated bytes are too long");
    Object *r = bytes_new_uninit(len * n);
    if (r == NULL) return NULL;
    for (ssize_t k = 0; k < n; k++) memcpy(BYTES_DATA(r) + k * len, BYTES_DATA(b), (size_t)len);
    return r;
}

static Object *bytes_mul_slot(Object *a, Object *b)
{
    Object *s = a, *count = b;
    if (!BYTES_CHECK(s)) { s = b; count = a; }
    if (!BYTES_CHECK(s) || !(INT_CHECK(count) || TYPE(count)->nb_index != NULL)) RETURN_NOTIMPL;
    ssize_t n = obj_as_ssize(count, Exc_OverflowError);
    if (n == -1 && exc_occurred()) return NULL;
    return bytes_repeat(s, n);
}

static Object *bytes_getitem_slot(Object *b, Object *key)
{
    ssize_t len = BYTES_LEN(b);
    if (SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return NULL;
        if (step == 1) {
            if (n == len && TYPE(b) == &bytes_type) return NEWREF(b);
            return bytes_from_data(BYTES_DATA(b) + start, n);
        }
        Object *r = bytes_new_uninit(n);
        if (r == NULL) return NULL;
        for (ssize_t k = 0; k < n; k++) BYTES_DATA(r)[k] = BYTES_DATA(b)[start + k * step];
        return r;
    }
    if (INT_CHECK(key) || TYPE(key)->nb_index != NULL) {
        ssize_t i = obj_as_ssize(key, Exc_IndexError);
        if (i == -1 && exc_occurred()) return NULL;
        if (i < 0) i += len;
        if (i < 0 || i >= len) return exc_set_string(Exc_IndexError, "index out of range");
        return int_from_long((unsigned char)BYTES_DATA(b)[i]);
    }
    return exc_format(Exc_TypeError, "byte indices must be integers or slices, not %s", obj_type_name(key));
}

/* A search argument: bytes, or an int byte value. Fills *p and *n (buf holds the int's byte). */
static int search_arg(Object *x, char *buf, const char **p, ssize_t *n)
{
    if (BYTES_CHECK(x)) {
        *p = BYTES_DATA(x);
        *n = BYTES_LEN(x);
        return 0;
    }
    if (INT_CHECK(x) || TYPE(x)->nb_index != NULL) {
        ssize_t v = obj_as_ssize(x, Exc_OverflowError);
        if (v == -1 && exc_occurred()) return -1;
        if (v < 0 || v > 255) {
            exc_set_string(Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        buf[0] = (char)v;
        *p = buf;
        *n = 1;
        return 0;
    }
    exc_format(Exc_TypeError, "argument should be integer or bytes-like object, not '%s'", obj_type_name(x));
    return -1;
}

static int bytes_contains_slot(Object *b, Object *x)
{
    char buf[1];
    const char *p;
    ssize_t n;
    if (!BYTES_CHECK(x) && !INT_CHECK(x) && TYPE(x)->nb_index == NULL) {
        exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(x));
        return -1;
    }
    if (search_arg(x, buf, &p, &n) < 0) return -1;
    return str_find_bytes(BYTES_DATA(b), BYTES_LEN(b), p, n) >= 0;
}

static Object *bytes_iter_slot(Object *b)
{
    return seq_iter_new(b);
}

/* bytes(), bytes(int), bytes(str, encoding[, errors]), bytes(bytes), bytes(iterable of ints) */
static Object *bytes_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Object *a[3];
    if (str_arg_kw("bytes", args, nargs, kwnames, names, a) < 0) return NULL;
    for (int k = 1; k <= 2; k++)
        if (a[k] != NULL && !STR_CHECK(a[k]))
            return exc_format(Exc_TypeError, "bytes() argument '%s' must be str, not %s", names[k], obj_type_name(a[k]));
    Object *x = a[0], *r = NULL;
    if (x == NULL) {
        if (a[1] != NULL || a[2] != NULL)
            return exc_set_string(Exc_TypeError, a[1] ? "encoding without a string argument"
                                                       : "errors without a string argument");
        r = bytes_from_data(NULL, 0);
    } else if (STR_CHECK(x)) {
        if (a[1] == NULL) return exc_set_string(Exc_TypeError, "string argument without an encoding");
        r = str_encode(x, STR_DATA(a[1]), a[2] ? STR_DATA(a[2]) : NULL);
    } else if (a[1] != NULL || a[2] != NULL) {
        return exc_set_string(Exc_TypeError, a[1] ? "encoding without a string argument"
                                                  : "errors without a string argument");
    } else if (BYTES_CHECK(x)) {
        r = bytes_from_data(BYTES_DATA(x), BYTES_LEN(x));
    } else if (INT_CHECK(x) || TYPE(x)->nb_index != NULL) {
        ssize_t n = obj_as_ssize(x, Exc_OverflowError);
        if (n == -1 && exc_occurred()) return NULL;
        if (n < 0) return exc_set_string(Exc_ValueError, "negative count");
        r = bytes_new_uninit(n);
        if (r != NULL) memset(BYTES_DATA(r), 0, (size_t)n);
    } else {
        Object *it = obj_get_iter(x);
        if (it == NULL) {
            if (exc_matches(Exc_TypeError))
                exc_format(Exc_TypeError, "cannot convert '%s' object to bytes", obj_type_name(x));
            return NULL;
        }
        Object *list = list_from_iterable(it);
        OBJ_DECREF(it);
        if (list == NULL) return NULL;
        ssize_t n = LIST_SIZE(list);
        r = bytes_new_uninit(n);
        for (ssize_t i = 0; r != NULL && i < n; i++) {
            Object *v = LIST_GET(list, i);
            ssize_t c = obj_as_ssize(v, Exc_OverflowError);
            if (c == -1 && exc_occurred()) {
                OBJ_CLEAR(r);
            } else if (c < 0 || c > 255) {
                exc_set_string(Exc_ValueError, "bytes must be in range(0, 256)");
                OBJ_CLEAR(r);
            } else {
                BYTES_DATA(r)[i] = (char)c;
            }
        }
        OBJ_DECREF(list);
    }
    if (r == NULL || type == &bytes_type) return r;
    Object *sub = obj_alloc(type, BYTES_LEN(r) + 1);
    if (sub != NULL) {
        ((BytesObject *)sub)->ob.size = BYTES_LEN(r);
        ((BytesObject *)sub)->hash = -1;
        memcpy(BYTES_DATA(sub), BYTES_DATA(r), (size_t)BYTES_LEN(r) + 1);
    }
    OBJ_DECREF(r);
    return sub;
}

static void bytes_dealloc(Object *o)
{
    obj_free(o);
}

/* ------------------------------------------------------------------------------------------ */
/* methods                                                                                      */

static Object *need_bytes(Object *o)
{
    if (BYTES_CHECK(o)) return o;
    return exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(o));
}

static Object *bm_decode(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    Object *a[2];
    if (str_arg_kw("decode", args, nargs, kwnames, names, a) < 0) return NULL;
    for (int k = 0; k < 2; k++)
        if (a[k] != NULL && !STR_CHECK(a[k]))
            return exc_format(Exc_TypeError, "decode() argument '%s' must be str, not %s", names[k], obj_type_name(a[k]));
    return bytes_decode(BYTES_DATA(self), BYTES_LEN(self), a[0] ? STR_DATA(a[0]) : NULL, a[1] ? STR_DATA(a[1]) : NULL);
}

static Object *bm_hex(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const char hex[] = "0123456789abcdef";
    Object *a[2];
    if (str_arg_kw("hex", args, nargs, kwnames, names, a) < 0) return NULL;
    char sep = 0;
    ssize_t per = 1;
    if (a[0] != NULL) {
        ssize_t sl = obj_len(a[0]);
        if (sl < 0) return NULL;
        if (sl != 1) return exc_set_string(Exc_ValueError, "sep must be length 1.");
        int c = STR_CHECK(a[0]) ? (unsigned char)STR_DATA(a[0])[0] : BYTES_CHECK(a[0]) ? (unsigned char)BYTES_DATA(a[0])[0] : 256;
        if (c > 127) return exc_set_string(Exc_ValueError, "sep must be ASCII.");
        sep = (char)c;
    }
    if (a[1] != NULL) {
        per = obj_as_ssize(a[1], Exc_OverflowError);
        if (per == -1 && exc_occurred()) return NULL;
    }
    ssize_t n = BYTES_LEN(self), apc = per < 0 ? -per : per;
    ssize_t nsep = (sep && apc > 0 && n > 0) ? (n - 1) / apc : 0;
    Object *r = str_new_uninit(2 * n + nsep, 2 * n + nsep, true);
    if (r == NULL || n == 0) return r;
    const unsigned char *d = (const unsigned char *)BYTES_DATA(self);
    char *o = STR_DATA(r);
    for (ssize_t i = 0; i < n; i++) {
        /* per > 0: groups counted from the right; per < 0: from the left */
        if (i > 0 && nsep > 0 && (per > 0 ? (n - i) % apc == 0 : i % apc == 0)) *o++ = sep;
        *o++ = hex[d[i] >> 4];
        *o++ = hex[d[i] & 15];
    }
    return r;
}

/* find/rfind/index/rindex/count: -2 error, -1 not found, else the index (or the count). */
static ssize_t bytes_search(const char *name, Object *self, Object *const *args, ssize_t nargs,
                            Object *kwnames, int mode)
{
    if (str_arg_old(name, nargs, kwnames, 1, 3) < 0) return -2;
    char buf[1];
    const char *p;
    ssize_t pn, start = 0, end = (ssize_t)(SIZE_MAX / 2);
    if (search_arg(args[0], buf, &p, &pn) < 0) return -2;
    if (nargs > 1 && str_arg_slice_index(args[1], &start) < 0) return -2;
    if (nargs > 2 && str_arg_slice_index(args[2], &end) < 0) return -2;
    str_adjust_indices(&start, &end, BYTES_LEN(self));
    if (end - start < pn) return mode == 2 ? 0 : -1;
    const char *h = BYTES_DATA(self) + start;
    if (mode == 2) {
        if (pn == 0) return end - start + 1;
        return str_count_bytes(h, end - start, p, pn, (ssize_t)(SIZE_MAX / 2));
    }
    ssize_t k = mode == 1 ? str_rfind_bytes(h, end - start, p, pn) : str_find_bytes(h, end - start, p, pn);
    return k < 0 ? -1 : start + k;
}

static Object *bm_find(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t r = bytes_search("find", self, args, nargs, kwnames, 0);
    return r == -2 ? NULL : int_from_ssize(r);
}

static Object *bm_rfind(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t r = bytes_search("rfind", self, args, nargs, kwnames, 1);
    return r == -2 ? NULL : int_from_ssize(r);
}

static Object *bm_index(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t r = bytes_search("index", self, args, nargs, kwnames, 0);
    if (r == -1) return exc_set_string(Exc_ValueError, "subsection not found");
    return r == -2 ? NULL : int_from_ssize(r);
}

static Object *bm_count(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t r = bytes_search("count", self, args, nargs, kwnames, 2);
    return r == -2 ? NULL : int_from_ssize(r);
}

static bool bytes_tail(Object *self, Object *sub, ssize_t start, ssize_t end, bool right)
{
    str_adjust_indices(&start, &end, BYTES_LEN(self));
    ssize_t sn = BYTES_LEN(sub);
    if (end - start < sn || start > BYTES_LEN(self)) return false;
    const char *at = BYTES_DATA(self) + (right ? end - sn : start);
    return memcmp(at, BYTES_DATA(sub), (size_t)sn) == 0;
}

static Object *bytes_startswith(const char *name, Object *self, Object *const *args, ssize_t nargs,
                                Object *kwnames, bool right)
{
    if (str_arg_old(name, nargs, kwnames, 1, 3) < 0) return NULL;
    ssize_t start = 0, end = (ssize_t)(SIZE_MAX / 2);
    if (nargs > 1 && str_arg_slice_index(args[1], &start) < 0) return NULL;
    if (nargs > 2 && str_arg_slice_index(args[2], &end) < 0) return NULL;
    Object *x = args[0];
    if (TUPLE_CHECK(x)) {
        for (ssize_t i = 0; i < TUPLE_SIZE(x); i++) {
            Object *sub = TUPLE_GET(x, i);
            if (!BYTES_CHECK(sub))
                return exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(sub));
            if (bytes_tail(self, sub, start, end, right)) RETURN_TRUE;
        }
        RETURN_FALSE;
    }
    if (!BYTES_CHECK(x))
        return exc_format(Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, obj_type_name(x));
    return bool_from(bytes_tail(self, x, start, end, right));
}

static Object *bm_startswith(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return bytes_startswith("startswith", self, args, nargs, kwnames, false);
}

static Object *bm_endswith(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return bytes_startswith("endswith", self, args, nargs, kwnames, true);
}

static bool ascii_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int append_bytes(Object *list, const char *p, ssize_t n)
{
    Object *b = bytes_from_data(p, n);
    if (b == NULL) return -1;
    int r = list_append(list, b);
    OBJ_DECREF(b);
    return r;
}

static Object *bm_split(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Object *a[2];
    if (str_arg_kw("split", args, nargs, kwnames, names, a) < 0) return NULL;
    ssize_t maxcount = -1;
    if (a[1] != NULL) {
        maxcount = obj_as_ssize(a[1], Exc_OverflowError);
        if (maxcount == -1 && exc_occurred()) return NULL;
    }
    if (maxcount < 0) maxcount = (ssize_t)(SIZE_MAX / 2);
    Object *sep = a[0] == NONE ? NULL : a[0];
    if (sep != NULL && need_bytes(sep) == NULL) return NULL;
    if (sep != NULL && BYTES_LEN(sep) == 0) return exc_set_string(Exc_ValueError, "empty separator");
    Object *list = list_new(0);
    if (list == NULL) return NULL;
    const char *d = BYTES_DATA(self);
    ssize_t n = BYTES_LEN(self), i = 0;
    if (sep == NULL) {
        while (maxcount-- > 0) {
            while (i < n && ascii_space((unsigned char)d[i])) i++;
            if (i == n) break;
            ssize_t j = i;
            while (i < n && !ascii_space((unsigned char)d[i])) i++;
            if (append_bytes(list, d + j, i - j) < 0) goto fail;
        }
        while (i < n && ascii_space((unsigned char)d[i])) i++;
        if (i < n && append_bytes(list, d + i, n - i) < 0) goto fail;
        return list;
    }
    ssize_t sn = BYTES_LEN(sep);
    while (maxcount-- > 0) {
        ssize_t k = str_find_bytes(d + i, n - i, BYTES_DATA(sep), sn);
        if (k < 0) break;
        if (append_bytes(list, d + i, k) < 0) goto fail;
        i += k + sn;
    }
    if (append_bytes(list, d + i, n - i) < 0) goto fail;
    return list;
fail:
    OBJ_DECREF(list);
    return NULL;
}

static Object *bm_join(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (str_arg_one("bytes.join", nargs, kwnames) < 0) return NULL;
    Object *it = obj_get_iter(args[0]);
    if (it == NULL) {
        if (exc_matches(Exc_TypeError)) exc_set_string(Exc_TypeError, "can only join an iterable");
        return NULL;
    }
    Object *list = list_from_iterable(it);
    OBJ_DECREF(it);
    if (list == NULL) return NULL;
    ssize_t n = LIST_SIZE(list), total = 0, sn = BYTES_LEN(self);
    Object *r = NULL;
    for (ssize_t i = 0; i < n; i++) {
        Object *item = LIST_GET(list, i);
        if (!BYTES_CHECK(item)) {
            exc_format(Exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found", i, obj_type_name(item));
            goto done;
        }
        total += BYTES_LEN(item) + (i > 0 ? sn : 0);
    }
    r = bytes_new_uninit(total);
    if (r == NULL) goto done;
    char *o = BYTES_DATA(r);
    for (ssize_t i = 0; i < n; i++) {
        Object *item = LIST_GET(list, i);
        if (i > 0) { memcpy(o, BYTES_DATA(self), (size_t)sn); o += sn; }
        memcpy(o, BYTES_DATA(item), (size_t)BYTES_LEN(item));
        o += BYTES_LEN(item);
    }
done:
    OBJ_DECREF(list);
    return r;
}

static Object *bytes_strip(Object *self, Object *const *args, ssize_t nargs, Object *kwnames, int where, const char *name)
{
    if (str_arg_range(name, nargs, kwnames, 0, 1) < 0) return NULL;
    Object *chars = nargs > 0 && args[0] != NONE ? args[0] : NULL;
    if (chars != NULL && need_bytes(chars) == NULL) return NULL;
    const char *d = BYTES_DATA(self);
    ssize_t i = 0, j = BYTES_LEN(self);
#define STRIPPED(c) (chars ? memchr(BYTES_DATA(chars), (c), (size_t)BYTES_LEN(chars)) != NULL : ascii_space((unsigned char)(c)))
    if (where & 1) while (i < j && STRIPPED(d[i])) i++;
    if (where & 2) while (j > i && STRIPPED(d[j - 1])) j--;
#undef STRIPPED
    if (i == 0 && j == BYTES_LEN(self) && TYPE(self) == &bytes_type) return NEWREF(self);
    return bytes_from_data(d + i, j - i);
}

static Object *bm_strip(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return bytes_strip(self, args, nargs, kwnames, 3, "strip");
}

static Object *bm_lstrip(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return bytes_strip(self, args, nargs, kwnames, 1, "lstrip");
}

static Object *bm_rstrip(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return bytes_strip(self, args, nargs, kwnames, 2, "rstrip");
}

static Object *bm_replace(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (str_arg_range("replace", nargs, kwnames, 2, 3) < 0) return NULL;
    if (need_bytes(args[0]) == NULL || need_bytes(args[1]) == NULL) return NULL;
    ssize_t max = -1;
    if (nargs > 2) {
        max = obj_as_ssize(args[2], Exc_OverflowError);
        if (max == -1 && exc_occurred()) return NULL;
    }
    if (max < 0) max = (ssize_t)(SIZE_MAX / 2);
    const char *d = BYTES_DATA(self), *od = BYTES_DATA(args[0]), *nd = BYTES_DATA(args[1]);
    ssize_t n = BYTES_LEN(self), on = BYTES_LEN(args[0]), nn = BYTES_LEN(args[1]);
    ssize_t count = on == 0 ? (n + 1 < max ? n + 1 : max) : str_count_bytes(d, n, od, on, max);
    if (count == 0) return bytes_from_data(d, n);
    Object *r = bytes_new_uninit(n + count * (nn - on));
    if (r == NULL) return NULL;
    char *o = BYTES_DATA(r);
    ssize_t i = 0;
    for (ssize_t k = 0; k < count; k++) {
        ssize_t j = on == 0 ? i : i + str_find_bytes(d + i, n - i, od, on);
        memcpy(o, d + i, (size_t)(j - i));
        o += j - i;
        memcpy(o, nd, (size_t)nn);
        o += nn;
        i = j + on;
        if (on == 0 && i < n) *o++ = d[i++];
    }
    memcpy(o, d + i, (size_t)(n - i));
    return r;
}

static Object *bytes_case(Object *self, ssize_t nargs, Object *kwnames, bool upper)
{
    if (str_arg_none(upper ? "bytes.upper" : "bytes.lower", nargs, kwnames) < 0) return NULL;
    ssize_t n = BYTES_LEN(self);
    Object *r = bytes_new_uninit(n);
    if (r == NULL) return NULL;
    const char *d = BYTES_DATA(self);
    char *o = BYTES_DATA(r);
    for (ssize_t i = 0; i < n; i++) {
        char c = d[i];
        if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
        else if (!upper && c >= 'A' && c <= 'Z') c = (char)(c + 32);
        o[i] = c;
    }
    return r;
}

static Object *bm_upper(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    return bytes_case(self, nargs, kwnames, true);
}

static Object *bm_lower(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    return bytes_case(self, nargs, kwnames, false);
}

static Object *bm_sizeof(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (str_arg_none("bytes.__sizeof__", nargs, kwnames) < 0) return NULL;
    return int_from_ssize(TYPE(self)->basicsize + BYTES_LEN(self) + 1);
}

static Object *bytes_fromhex_via_bytearray(Object *const *args, ssize_t nargs, Object *kwnames)
{
    Object *fn = obj_getattr_cstr((Object *)&bytearray_type, "fromhex");
    if (fn == NULL)
        return NULL;
    Object *r = obj_call(fn, args, nargs, kwnames);
    OBJ_DECREF(fn);
    return r;
}

/* bytes.fromhex(string) (a classmethod): bytearray's parser, then the bytes of the result */
static Object *bytes_fromhex(Object *cls, Object *const *args, ssize_t nargs, Object *kwnames)
{
    Object *ba = bytes_fromhex_via_bytearray(args, nargs, kwnames);
    if (ba == NULL)
        return NULL;
    Object *b = bytes_from_data(BYTEARRAY_DATA(ba), BYTEARRAY_LEN(ba));
    OBJ_DECREF(ba);
    if (b == NULL || (TypeObject *)cls == &bytes_type)
        return b;
    Object *sub = obj_call_one(cls, b);
    OBJ_DECREF(b);
    return sub;
}

static MethodDef bytes_methods[] = {
    {"fromhex", bytes_fromhex, METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {"__sizeof__", bm_sizeof, METH_DEFAULT, "Return the size of the bytes in memory, in bytes."},
    {"count", bm_count, METH_DEFAULT, "Return the number of non-overlapping occurrences of subsection sub."},
    {"decode", bm_decode, METH_DEFAULT, "Decode the bytes using the codec registered for encoding."},
    {"endswith", bm_endswith, METH_DEFAULT, "Return True if B ends with the specified suffix, False otherwise."},
    {"find", bm_find, METH_DEFAULT, "Return the lowest index in B where subsection sub is found."},
    {"hex", bm_hex, METH_DEFAULT, "Create a string of hexadecimal numbers from a bytes object."},
    {"index", bm_index, METH_DEFAULT, "Like find() but raise ValueError when the subsection is not found."},
    {"join", bm_join, METH_DEFAULT, "Concatenate any number of bytes objects."},
    {"lower", bm_lower, METH_DEFAULT, "Return a copy of B with all ASCII characters converted to lowercase."},
    {"lstrip", bm_lstrip, METH_DEFAULT, "Strip leading bytes contained in the argument."},
    {"replace", bm_replace, METH_DEFAULT, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", bm_rfind, METH_DEFAULT, "Return the highest index in B where subsection sub is found."},
    {"rstrip", bm_rstrip, METH_DEFAULT, "Strip trailing bytes contained in the argument."},
    {"split", bm_split, METH_DEFAULT, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"startswith", bm_startswith, METH_DEFAULT, "Return True if B starts with the specified prefix, False otherwise."},
    {"strip", bm_strip, METH_DEFAULT, "Strip leading and trailing bytes contained in the argument."},
    {"upper", bm_upper, METH_DEFAULT, "Return a copy of B with all ASCII characters converted to uppercase."},
    {NULL, NULL, 0, NULL},
};

TypeObject bytes_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "bytes",
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
    .basicsize = sizeof(BytesObject),
    .itemsize = 1,
    .flags = TPFLAG_BASETYPE | TPFLAG_BYTES_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr_slot,
    .str = bytes_repr_slot,
    .hash = bytes_hash_slot,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_slot,
    .nb = {[NB_ADD] = bytes_add_slot, [NB_MULTIPLY] = bytes_mul_slot},
    .len = bytes_len_slot,
    .getitem = bytes_getitem_slot,
    .contains = bytes_contains_slot,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .tp_new = bytes_tp_new,
    .methods = bytes_methods,
};
