/* bytearrayobject.c: bytearray, mutable bytes with CPython 3.11's messages, repr, over-allocation
 * (sys.getsizeof agrees) and methods. Mutators are implemented here; the read-only methods shared
 * with bytes (find, count, decode, hex, split, strip, ...) run bytes' implementation on a copy
 * and convert the results back to bytearray where CPython returns one. */
#include "objects/bytearrayobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/rangeobject.h"
#include "vm/errors.h"

#include <stdlib.h>
#include <string.h>

#define BA(o) ((ByteArrayObject *)(o))

/* A bytearray viewed by a memoryview (objects/memoryobject.c) cannot change size. */
static int check_exports(Object *o)
{
    if (BA(o)->exports > 0) {
        exc_set_string(Exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int bytearray_resize(Object *o, ssize_t size)
{
    ByteArrayObject *b = BA(o);
    if (size != SIZE(o) && check_exports(o) < 0)
        return -1;
    ssize_t alloc = b->alloc;
    if (size + 1 <= alloc) {
        if (size >= alloc / 2) {           /* minor downsize: keep the buffer */
            SIZE(o) = size;
            b->data[size] = 0;
            return 0;
        }
        alloc = size + 1;                  /* major downsize: exact size */
    } else if ((double)size <= (double)alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    char *p = realloc(b->data, (size_t)alloc);
    if (p == NULL) {
        exc_no_memory();
        return -1;
    }
    b->data = p;
    b->alloc = alloc;
    SIZE(o) = size;
    p[size] = 0;
    return 0;
}

static Object *ba_alloc(TypeObject *type)
{
    return obj_alloc(type, 0);
}

Object *bytearray_from_data(const char *data, ssize_t len)
{
    Object *r = ba_alloc(&bytearray_type);
    if (r == NULL)
        return NULL;
    if (len > 0) {
        if (bytearray_resize(r, len) < 0) {
            OBJ_DECREF(r);
            return NULL;
        }
        if (data != NULL)
            memcpy(BA(r)->data, data, (size_t)len);
    }
    return r;
}

/* A byte value from an int-like object: 0..255, or -1 with TypeError/ValueError. */
static int byte_value(Object *v)
{
    ssize_t c = obj_as_ssize(v, Exc_OverflowError);
    if (c == -1 && exc_occurred()) {
        if (exc_matches(Exc_OverflowError)) {
            exc_clear();
            c = -1;
        } else {
            return -1;
        }
    }
    if (c < 0 || c > 255) {
        exc_set_string(Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)c;
}

/* Bytes-like data of [o] (bytes or bytearray), or false. */
static bool buffer_of(Object *o, const char **data, ssize_t *len)
{
    if (BYTES_CHECK(o)) {
        *data = BYTES_DATA(o);
        *len = BYTES_LEN(o);
        return true;
    }
    if (BYTEARRAY_CHECK(o)) {
        *data = BYTEARRAY_DATA(o);
        *len = BYTEARRAY_LEN(o);
        return true;
    }
    return false;
}

/* The bytes of any source ints/bytes-like/iterable of ints as a new bytes object (slice assignment,
 * extend, the constructor). NULL with an exception; [what] names the error flavour. */
static Object *bytes_of_iterable(Object *src)
{
    const char *d;
    ssize_t n;
    if (buffer_of(src, &d, &n))
        return bytes_from_data(d, n);
    Object *it = obj_get_iter(src);
    if (it == NULL)
        return NULL;
    Object *list = list_from_iterable(it);
    OBJ_DECREF(it);
    if (list == NULL)
        return NULL;
    n = LIST_SIZE(list);
    Object *r = bytes_new_uninit(n);
    for (ssize_t i = 0; r != NULL && i < n; i++) {
        int c = byte_value(LIST_GET(list, i));
        if (c < 0)
            OBJ_CLEAR(r);
        else
            BYTES_DATA(r)[i] = (char)c;
    }
    OBJ_DECREF(list);
    return r;
}

/* Replaces [lo, hi) by [data, data+n) (data may point into self: it is copied first). */
static int replace_range(Object *self, ssize_t lo, ssize_t hi, const char *data, ssize_t n)
{
    ssize_t len = SIZE(self);
    char *copy = NULL;
    if (n != hi - lo && check_exports(self) < 0)
        return -1;
    if (n > 0) {
        copy = malloc((size_t)n);
        if (copy == NULL) {
            exc_no_memory();
            return -1;
        }
        memcpy(copy, data, (size_t)n);
    }
    ssize_t newlen = len - (hi - lo) + n;
    ssize_t tail = len - hi;
    if (n < hi - lo) {
        memmove(BA(self)->data + lo + n, BA(self)->data + hi, (size_t)tail);
        if (bytearray_resize(self, newlen) < 0)
            goto error;
    } else if (n > hi - lo) {
        if (bytearray_resize(self, newlen) < 0)
            goto error;
        memmove(BA(self)->data + lo + n, BA(self)->data + hi, (size_t)tail);
    }
    if (n > 0)
        memcpy(BA(self)->data + lo, copy, (size_t)n);
    free(copy);
    return 0;
error:
    free(copy);
    return -1;
}

/* ---- construction ---- */

static Object *ba_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    UNUSED(kwnames);
    return ba_alloc(type);
}

/* bytearray(), bytearray(int), bytearray(str, encoding[, errors]), bytearray(bytes-like),
 * bytearray(iterable of ints) */
static int ba_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Object *a[3];
    if (arg_parse("bytearray", args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    for (int k = 1; k <= 2; k++) {
        if (a[k] != NULL && !STR_CHECK(a[k])) {
            exc_format(Exc_TypeError, "bytearray() argument '%s' must be str, not %s", names[k],
                       obj_type_name(a[k]));
            return -1;
        }
    }
    Object *x = a[0], *r = NULL;
    if (x == NULL) {
        if (a[1] != NULL || a[2] != NULL) {
            exc_set_string(Exc_TypeError, a[1] ? "encoding without a string argument"
                                                : "errors without a string argument");
            return -1;
        }
        return SIZE(self) == 0 ? 0 : bytearray_resize(self, 0);
    }
    if (STR_CHECK(x)) {
        if (a[1] == NULL) {
            exc_set_string(Exc_TypeError, "string argument without an encoding");
            return -1;
        }
        r = str_encode(x, STR_DATA(a[1]), a[2] ? STR_DATA(a[2]) : NULL);
    } else if (a[1] != NULL || a[2] != NULL) {
        exc_set_string(Exc_TypeError, a[1] ? "encoding without a string argument"
                                           : "errors without a string argument");
        return -1;
    } else if (INT_CHECK(x) || (TYPE(x)->nb_index != NULL && !BYTES_CHECK(x) && !BYTEARRAY_CHECK(x))) {
        ssize_t n = obj_as_ssize(x, Exc_OverflowError);
        if (n == -1 && exc_occurred())
            return -1;
        if (n < 0) {
            exc_set_string(Exc_ValueError, "negative count");
            return -1;
        }
        if (bytearray_resize(self, n) < 0)
            return -1;
        memset(BA(self)->data, 0, (size_t)n);
        return 0;
    } else {
        const char *d;
        ssize_t n;
        if (!buffer_of(x, &d, &n)) {
            Object *it = obj_get_iter(x);
            if (it == NULL) {
                if (exc_matches(Exc_TypeError))
                    exc_format(Exc_TypeError, "cannot convert '%s' object to bytearray", obj_type_name(x));
                return -1;
            }
            OBJ_DECREF(it);
        }
        r = bytes_of_iterable(x);
    }
    if (r == NULL)
        return -1;
    int rc = replace_range(self, 0, SIZE(self), BYTES_DATA(r), BYTES_LEN(r));
    OBJ_DECREF(r);
    return rc;
}

static void ba_dealloc(Object *o)
{
    free(BA(o)->data);
    obj_free(o);
}

/* ---- slots ---- */

/* CPython's bytearray repr: single quotes unless the data has ' and no "; ' is always escaped. */
static Object *ba_repr(Object *self)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *d = (const unsigned char *)BYTEARRAY_DATA(self);
    ssize_t n = SIZE(self);
    char quote = '\'';
    for (ssize_t i = 0; i < n; i++) {
        if (d[i] == '"') {
            quote = '\'';
            break;
        }
        if (d[i] == '\'')
            quote = '"';
    }
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, TYPE(self)->name);
    sb_append_cstr(&sb, "(b");
    sb_append_char(&sb, quote);
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        char esc[4] = {'\\', 0, 0, 0};
        if (c == '\'' || c == '\\') {
            esc[1] = (char)c;
            sb_append(&sb, esc, 2);
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
            sb_append(&sb, esc, 2);
        } else if (c < ' ' || c >= 0x7f) {
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
            sb_append(&sb, esc, 4);
        } else {
            sb_append_char(&sb, (char)c);
        }
    }
    sb_append_char(&sb, quote);
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static ssize_t ba_len(Object *self)
{
    return SIZE(self);
}

static Object *ba_richcompare(Object *a, Object *b, int op)
{
    const char *da, *db;
    ssize_t na, nb;
    if (!buffer_of(a, &da, &na) || !buffer_of(b, &db, &nb))
        RETURN_NOTIMPL;
    if ((op == RICH_EQ || op == RICH_NE) && na != nb)
        return bool_from(op == RICH_NE);
    int c = memcmp(da, db, (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = na < nb ? -1 : na > nb ? 1 : 0;
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

static Object *ba_getitem(Object *self, Object *key)
{
    ssize_t len = SIZE(self);
    const char *d = BYTEARRAY_DATA(self);
    if (SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, len, &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (step == 1)
            return bytearray_from_data(d + start, n);
        Object *r = bytearray_from_data(NULL, n);
        if (r == NULL)
            return NULL;
        for (ssize_t k = 0; k < n; k++)
            BA(r)->data[k] = d[start + k * step];
        return r;
    }
    if (INT_CHECK(key) || TYPE(key)->nb_index != NULL) {
        ssize_t i = obj_as_ssize(key, Exc_IndexError);
        if (i == -1 && exc_occurred())
            return NULL;
        if (i < 0)
            i += len;
        if (i < 0 || i >= len)
            return exc_set_string(Exc_IndexError, "bytearray index out of range");
        return int_from_long((unsigned char)d[i]);
    }
    return exc_format(Exc_TypeError, "bytearray indices must be integers or slices, not %s", obj_type_name(key));
}

static int ba_setitem(Object *self, Object *key, Object *value)
{
    ssize_t len = SIZE(self);
    if (SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, len, &start, &stop, &step);
        if (n < 0)
            return -1;
        Object *src = NULL;
        if (value != NULL) {
            if (INT_CHECK(value) || STR_CHECK(value) || (!BYTES_CHECK(value) && !BYTEARRAY_CHECK(value) &&
                                                        TYPE(value)->iter == NULL && TYPE(value)->getitem == NULL)) {
                exc_set_string(Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            src = bytes_of_iterable(value);
            if (src == NULL)
                return -1;
        }
        int rc = 0;
        if (step == 1) {
            if (stop < start)
                stop = start;
            rc = replace_range(self, start, stop, src ? BYTES_DATA(src) : NULL, src ? BYTES_LEN(src) : 0);
        } else if (src != NULL) {
            if (BYTES_LEN(src) != n) {
                exc_format(Exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                           BYTES_LEN(src), n);
                rc = -1;
            } else {
                for (ssize_t k = 0; k < n; k++)
                    BA(self)->data[start + k * step] = BYTES_DATA(src)[k];
            }
        } else if (n > 0) {                   /* del b[::step] */
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            char *d = BA(self)->data;
            ssize_t w = 0;
            for (ssize_t r = 0, k = 0; r < len; r++) {
                if (k < n && r == start + k * step) {
                    k++;
                    continue;
                }
                d[w++] = d[r];
            }
            rc = bytearray_resize(self, w);
        }
        OBJ_XDECREF(src);
        return rc;
    }
    if (INT_CHECK(key) || TYPE(key)->nb_index != NULL) {
        ssize_t i = obj_as_ssize(key, Exc_IndexError);
        if (i == -1 && exc_occurred())
            return -1;
        if (i < 0)
            i += len;
        if (i < 0 || i >= len) {
            exc_set_string(Exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (value == NULL)
            return replace_range(self, i, i + 1, NULL, 0);
        int c = byte_value(value);
        if (c < 0)
            return -1;
        BA(self)->data[i] = (char)c;
        return 0;
    }
    exc_format(Exc_TypeError, "bytearray indices must be integers or slices, not %s", obj_type_name(key));
    return -1;
}

static int ba_contains(Object *self, Object *x)
{
    const char *d;
    ssize_t n;
    char one;
    if (!buffer_of(x, &d, &n)) {
        if (!INT_CHECK(x) && TYPE(x)->nb_index == NULL) {
            exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(x));
            return -1;
        }
        int c = byte_value(x);
        if (c < 0)
            return -1;
        one = (char)c;
        d = &one;
        n = 1;
    }
    ssize_t len = SIZE(self);
    const char *h = BYTEARRAY_DATA(self);
    if (n == 0)
        return 1;
    for (ssize_t i = 0; i + n <= len; i++)
        if (h[i] == d[0] && memcmp(h + i, d, (size_t)n) == 0)
            return 1;
    return 0;
}

static Object *ba_concat(Object *a, Object *b)
{
    const char *db;
    ssize_t nb;
    if (!buffer_of(b, &db, &nb))
        return exc_format(Exc_TypeError, "can't concat %s to %s", obj_type_name(b), obj_type_name(a));
    ssize_t na = SIZE(a);
    Object *r = bytearray_from_data(NULL, na + nb);
    if (r == NULL)
        return NULL;
    memcpy(BA(r)->data, BYTEARRAY_DATA(a), (size_t)na);
    memcpy(BA(r)->data + na, db, (size_t)nb);
    return r;
}

static Object *ba_add(Object *a, Object *b)
{
    if (BYTEARRAY_CHECK(a))
        return ba_concat(a, b);
    if (BYTES_CHECK(a)) {                       /* bytes + bytearray is bytes */
        ssize_t na = BYTES_LEN(a), nb = SIZE(b);
        Object *r = bytes_new_uninit(na + nb);
        if (r == NULL)
            return NULL;
        memcpy(BYTES_DATA(r), BYTES_DATA(a), (size_t)na);
        memcpy(BYTES_DATA(r) + na, BYTEARRAY_DATA(b), (size_t)nb);
        return r;
    }
    RETURN_NOTIMPL;
}

static Object *ba_inplace_concat(Object *a, Object *b)
{
    const char *db;
    ssize_t nb;
    if (!buffer_of(b, &db, &nb))
        return exc_format(Exc_TypeError, "can't concat %s to %s", obj_type_name(b), obj_type_name(a));
    ssize_t na = SIZE(a);
    if (replace_range(a, na, na, db, nb) < 0)
        return NULL;
    return NEWREF(a);
}

static Object *ba_inplace_add(Object *a, Object *b)
{
    if (!BYTEARRAY_CHECK(a))
        RETURN_NOTIMPL;
    return ba_inplace_concat(a, b);
}

static Object *ba_repeat(Object *self, ssize_t n)
{
    ssize_t len = SIZE(self);
    if (n < 0)
        n = 0;
    if (len > 0 && n > ((ssize_t)(SIZE_MAX / 4)) / len)
        return exc_no_memory();
    Object *r = bytearray_from_data(NULL, len * n);
    if (r == NULL)
        return NULL;
    for (ssize_t k = 0; k < n; k++)
        memcpy(BA(r)->data + k * len, BYTEARRAY_DATA(self), (size_t)len);
    return r;
}

static Object *ba_inplace_repeat(Object *self, ssize_t n)
{
    ssize_t len = SIZE(self);
    if (n <= 0) {
        if (bytearray_resize(self, 0) < 0)
            return NULL;
        return NEWREF(self);
    }
    if (len > 0 && n > ((ssize_t)(SIZE_MAX / 4)) / len)
        return exc_no_memory();
    if (bytearray_resize(self, len * n) < 0)
        return NULL;
    for (ssize_t k = 1; k < n; k++)
        memcpy(BA(self)->data + k * len, BA(self)->data, (size_t)len);
    return NEWREF(self);
}

static Object *mul_common(Object *a, Object *b, bool inplace)
{
    Object *s = a, *count = b;
    if (!BYTEARRAY_CHECK(s)) {
        if (inplace)
            RETURN_NOTIMPL;
        s = b;
        count = a;
    }
    if (!BYTEARRAY_CHECK(s) || !(INT_CHECK(count) || TYPE(count)->nb_index != NULL))
        RETURN_NOTIMPL;
    ssize_t n = obj_as_ssize(count, Exc_OverflowError);
    if (n == -1 && exc_occurred())
        return NULL;
    return inplace ? ba_inplace_repeat(s, n) : ba_repeat(s, n);
}

static Object *ba_mul(Object *a, Object *b)
{
    return mul_common(a, b, false);
}

static Object *ba_inplace_mul(Object *a, Object *b)
{
    return mul_common(a, b, true);
}

/* ---- iterator ---- */

typedef struct ByteArrayIter {
    Object ob;
    Object *seq;           /* NULL once exhausted */
    ssize_t index;
} ByteArrayIter;

static Object *ba_iter(Object *self)
{
    ByteArrayIter *it = (ByteArrayIter *)obj_alloc(&bytearray_iter_type, 0);
    if (it == NULL)
        return NULL;
    it->seq = NEWREF(self);
    return (Object *)it;
}

static Object *bai_next(Object *o)
{
    ByteArrayIter *it = (ByteArrayIter *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < SIZE(it->seq))
        return int_from_long((unsigned char)BYTEARRAY_DATA(it->seq)[it->index++]);
    OBJ_CLEAR(it->seq);
    return NULL;
}

static Object *bai_self(Object *o)
{
    return NEWREF(o);
}

static void bai_dealloc(Object *o)
{
    OBJ_CLEAR(((ByteArrayIter *)o)->seq);
    obj_free(o);
}

TypeObject bytearray_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "bytearray_iterator",
    .basicsize = sizeof(ByteArrayIter),
    .dealloc = bai_dealloc,
    .getattro = obj_generic_getattr,
    .iter = bai_self,
    .iternext = bai_next,
    .base = &object_type,
};

/* ---- methods ---- */

static Object *bam_append(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("bytearray.append", kwnames) < 0 || arg_count("append", nargs, 1, 1) < 0)
        return NULL;
    int c = byte_value(args[0]);
    if (c < 0)
        return NULL;
    ssize_t n = SIZE(self);
    if (bytearray_resize(self, n + 1) < 0)
        return NULL;
    BA(self)->data[n] = (char)c;
    RETURN_NONE;
}

static Object *bam_extend(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("bytearray.extend", kwnames) < 0 || arg_count("extend", nargs, 1, 1) < 0)
        return NULL;
    Object *x = args[0];
    if (STR_CHECK(x))
        return exc_set_string(Exc_TypeError, "expected iterable of integers; got: 'str'");
    const char *d;
    ssize_t n;
    if (!buffer_of(x, &d, &n) && TYPE(x)->iter == NULL && TYPE(x)->getitem == NULL)
        return exc_format(Exc_TypeError, "can't extend bytearray with %s", obj_type_name(x));
    Object *src = bytes_of_iterable(x);
    if (src == NULL)
        return NULL;
    ssize_t len = SIZE(self);
    int rc = replace_range(self, len, len, BYTES_DATA(src), BYTES_LEN(src));
    OBJ_DECREF(src);
    if (rc < 0)
        return NULL;
    RETURN_NONE;
}

static Object *bam_pop(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("bytearray.pop", kwnames) < 0 || arg_count("pop", nargs, 0, 1) < 0)
        return NULL;
    ssize_t len = SIZE(self), i = -1;
    if (nargs == 1) {
        i = obj_as_ssize(args[0], Exc_OverflowError);
        if (i == -1 && exc_occurred())
            return NULL;
    }
    if (len == 0)
        return exc_set_string(Exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return exc_set_string(Exc_IndexError, "pop index out of range");
    int c = (unsigned char)BA(self)->data[i];
    if (replace_range(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return int_from_long(c);
}

static Object *bam_insert(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("bytearray.insert", kwnames) < 0 || arg_count("insert", nargs, 2, 2) < 0)
        return NULL;
    ssize_t i = obj_as_ssize(args[0], Exc_OverflowError);
    if (i == -1 && exc_occurred())
        return NULL;
    int c = byte_value(args[1]);
    if (c < 0)
        return NULL;
    ssize_t len = SIZE(self);
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    if (i > len)
        i = len;
    char ch = (char)c;
    if (replace_range(self, i, i, &ch, 1) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *bam_remove(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("bytearray.remove", kwnames) < 0 || arg_count("remove", nargs, 1, 1) < 0)
        return NULL;
    int c = byte_value(args[0]);
    if (c < 0)
        return NULL;
    const char *d = BYTEARRAY_DATA(self);
    for (ssize_t i = 0; i < SIZE(self); i++) {
        if ((unsigned char)d[i] == c) {
            if (replace_range(self, i, i + 1, NULL, 0) < 0)
                return NULL;
            RETURN_NONE;
        }
    }
    return exc_set_string(Exc_ValueError, "value not found in bytearray");
}

static Object *bam_reverse(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("bytearray.reverse", kwnames) < 0 || arg_count("reverse", nargs, 0, 0) < 0)
        return NULL;
    char *d = BA(self)->data;
    for (ssize_t i = 0, j = SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    RETURN_NONE;
}

static Object *bam_clear(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("bytearray.clear", kwnames) < 0 || arg_count("clear", nargs, 0, 0) < 0)
        return NULL;
    if (bytearray_resize(self, 0) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *bam_copy(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("bytearray.copy", kwnames) < 0 || arg_count("copy", nargs, 0, 0) < 0)
        return NULL;
    return bytearray_from_data(BYTEARRAY_DATA(self), SIZE(self));
}

static Object *bam_sizeof(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("bytearray.__sizeof__", kwnames) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0)
        return NULL;
    return int_from_ssize(TYPE(self)->basicsize + BA(self)->alloc);
}

static Object *bam_alloc(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("bytearray.__alloc__", kwnames) < 0 || arg_count("__alloc__", nargs, 0, 0) < 0)
        return NULL;
    return int_from_ssize(BA(self)->alloc);
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* bytearray.fromhex(string) (a classmethod) */
static Object *bam_fromhex(Object *cls, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("fromhex", kwnames) < 0 || arg_count("fromhex", nargs, 1, 1) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "fromhex() argument must be str, not %s", obj_type_name(args[0]));
    const char *s = STR_DATA(args[0]);
    ssize_t n = STR_NBYTES(args[0]);
    Object *r = bytearray_from_data(NULL, 0);
    if (r == NULL)
        return NULL;
    for (ssize_t i = 0; i < n;) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
            i++;
            continue;
        }
        int hi = hexval(s[i]), lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            OBJ_DECREF(r);
            ssize_t pos = hi < 0 ? i : i + 1;
            return exc_format(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                              str_cp_index(args[0], pos));
        }
        char c = (char)(hi * 16 + lo);
        if (replace_range(r, SIZE(r), SIZE(r), &c, 1) < 0) {
            OBJ_DECREF(r);
            return NULL;
        }
        i += 2;
    }
    if ((TypeObject *)cls == &bytearray_type)
        return r;
    Object *sub = obj_call_one(cls, r);
    OBJ_DECREF(r);
    return sub;
}

/* ---- methods shared with bytes: run bytes' implementation on copies ---- */

enum { WRAP_NONE, WRAP_BYTES };

/* bytes -> bytearray, lists/tuples of bytes -> of bytearrays; steals [r]. */
static Object *wrap_result(Object *r)
{
    if (r == NULL)
        return NULL;
    if (BYTES_CHECK(r)) {
        Object *w = bytearray_from_data(BYTES_DATA(r), BYTES_LEN(r));
        OBJ_DECREF(r);
        return w;
    }
    if (TYPE(r) == &list_type) {
        for (ssize_t i = 0; i < LIST_SIZE(r); i++) {
            Object *w = wrap_result(NEWREF(LIST_GET(r, i)));
            if (w == NULL) {
                OBJ_DECREF(r);
                return NULL;
            }
            OBJ_SETREF(LIST_ITEMS(r)[i], w);
        }
    }
    return r;
}

/* bytearray arguments become bytes (bytes' methods accept only bytes) */
static Object *unwrap_arg(Object *a)
{
    if (BYTEARRAY_CHECK(a))
        return bytes_from_data(BYTEARRAY_DATA(a), SIZE(a));
    if (TYPE(a) == &list_type || TYPE(a) == &tuple_type) {  /* join's iterable, startswith's tuple */
        bool any = false;
        ssize_t n = SIZE(a);
        Object *const *items = TYPE(a) == &list_type ? LIST_ITEMS(a) : TUPLE_ITEMS(a);
        for (ssize_t i = 0; i < n; i++)
            any = any || BYTEARRAY_CHECK(items[i]);
        if (!any)
            return NEWREF(a);
        Object *t = TYPE(a) == &list_type ? list_new(n) : tuple_new(n);
        if (t == NULL)
            return NULL;
        for (ssize_t i = 0; i < n; i++) {
            Object *u = BYTEARRAY_CHECK(items[i]) ? bytes_from_data(BYTEARRAY_DATA(items[i]), SIZE(items[i]))
                                                  : NEWREF(items[i]);
            if (u == NULL) {
                OBJ_DECREF(t);
                return NULL;
            }
            if (TYPE(t) == &list_type)
                LIST_ITEMS(t)[i] = u;
            else
                TUPLE_ITEMS(t)[i] = u;
        }
        return t;
    }
    return NEWREF(a);
}

static Object *delegate(const char *name, int wrap, Object *self, Object *const *args, ssize_t nargs,
                        Object *kwnames)
{
    ssize_t total = nargs + (kwnames ? TUPLE_SIZE(kwnames) : 0);
    Object *conv[8];
    if (total > 8)
        return exc_format(Exc_TypeError, "%s() takes at most 8 arguments (%zd given)", name, total);
    Object *tmp = bytes_from_data(BYTEARRAY_DATA(self), SIZE(self));
    if (tmp == NULL)
        return NULL;
    ssize_t k = 0;
    Object *res = NULL;
    for (; k < total; k++) {
        Object *a = args[k];
        if (k == 0 && strcmp(name, "join") == 0 && TYPE(a) != &list_type && TYPE(a) != &tuple_type)
            conv[k] = list_from_iterable(a);
        else
            conv[k] = NEWREF(a);
        if (conv[k] != NULL) {
            Object *u = unwrap_arg(conv[k]);
            OBJ_SETREF(conv[k], u);
        }
        if (conv[k] == NULL)
            goto done;
    }
    Object *meth = obj_getattr_cstr(tmp, name);
    if (meth != NULL) {
        res = obj_call(meth, conv, nargs, kwnames);
        OBJ_DECREF(meth);
    }
    if (wrap == WRAP_BYTES)
        res = wrap_result(res);
done:
    while (k-- > 0)
        OBJ_DECREF(conv[k]);
    OBJ_DECREF(tmp);
    return res;
}

#define DELEGATE(cname, pyname, wrap)                                                          \
    static Object *cname(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)   \
    {                                                                                          \
        return delegate(pyname, wrap, self, args, nargs, kwnames);                             \
    }

DELEGATE(bam_count, "count", WRAP_NONE)
DELEGATE(bam_decode, "decode", WRAP_NONE)
DELEGATE(bam_endswith, "endswith", WRAP_NONE)
DELEGATE(bam_find, "find", WRAP_NONE)
DELEGATE(bam_hex, "hex", WRAP_NONE)
DELEGATE(bam_index, "index", WRAP_NONE)
DELEGATE(bam_rfind, "rfind", WRAP_NONE)
DELEGATE(bam_startswith, "startswith", WRAP_NONE)
DELEGATE(bam_join, "join", WRAP_BYTES)
DELEGATE(bam_lower, "lower", WRAP_BYTES)
DELEGATE(bam_upper, "upper", WRAP_BYTES)
DELEGATE(bam_strip, "strip", WRAP_BYTES)
DELEGATE(bam_lstrip, "lstrip", WRAP_BYTES)
DELEGATE(bam_rstrip, "rstrip", WRAP_BYTES)
DELEGATE(bam_replace, "replace", WRAP_BYTES)
DELEGATE(bam_split, "split", WRAP_BYTES)

static MethodDef bytearray_methods[] = {
    {"__alloc__", bam_alloc, METH_DEFAULT, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"__sizeof__", bam_sizeof, METH_DEFAULT, "Returns the size of the bytearray object in memory, in bytes."},
    {"append", bam_append, METH_DEFAULT, "Append a single item to the end of the bytearray."},
    {"clear", bam_clear, METH_DEFAULT, "Remove all items from the bytearray."},
    {"copy", bam_copy, METH_DEFAULT, "Return a copy of B."},
    {"count", bam_count, METH_DEFAULT, "Return the number of non-overlapping occurrences of subsection sub."},
    {"decode", bam_decode, METH_DEFAULT, "Decode the bytearray using the codec registered for encoding."},
    {"endswith", bam_endswith, METH_DEFAULT, "Return True if B ends with the specified suffix, False otherwise."},
    {"extend", bam_extend, METH_DEFAULT, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"find", bam_find, METH_DEFAULT, "Return the lowest index in B where subsection sub is found."},
    {"fromhex", bam_fromhex, METH_CLASS, "Create a bytearray object from a string of hexadecimal numbers."},
    {"hex", bam_hex, METH_DEFAULT, "Create a string of hexadecimal numbers from a bytearray object."},
    {"index", bam_index, METH_DEFAULT, "Like find() but raise ValueError when the subsection is not found."},
    {"insert", bam_insert, METH_DEFAULT, "Insert a single item into the bytearray before the given index."},
    {"join", bam_join, METH_DEFAULT, "Concatenate any number of bytes/bytearray objects."},
    {"lower", bam_lower, METH_DEFAULT, "Return a copy of B with all ASCII characters converted to lowercase."},
    {"lstrip", bam_lstrip, METH_DEFAULT, "Strip leading bytes contained in the argument."},
    {"pop", bam_pop, METH_DEFAULT, "Remove and return a single item from B."},
    {"remove", bam_remove, METH_DEFAULT, "Remove the first occurrence of a value in the bytearray."},
    {"replace", bam_replace, METH_DEFAULT, "Return a copy with all occurrences of substring old replaced by new."},
    {"reverse", bam_reverse, METH_DEFAULT, "Reverse the order of the values in B in place."},
    {"rfind", bam_rfind, METH_DEFAULT, "Return the highest index in B where subsection sub is found."},
    {"rstrip", bam_rstrip, METH_DEFAULT, "Strip trailing bytes contained in the argument."},
    {"split", bam_split, METH_DEFAULT, "Return a list of the sections in the bytearray, using sep as the delimiter."},
    {"startswith", bam_startswith, METH_DEFAULT, "Return True if B starts with the specified prefix, False otherwise."},
    {"strip", bam_strip, METH_DEFAULT, "Strip leading and trailing bytes contained in the argument."},
    {"upper", bam_upper, METH_DEFAULT, "Return a copy of B with all ASCII characters converted to uppercase."},
    {NULL, NULL, 0, NULL},
};

TypeObject bytearray_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "bytearray",
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
    .basicsize = sizeof(ByteArrayObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .str = ba_repr,
    .hash = NULL,
    .richcompare = ba_richcompare,
    .getattro = obj_generic_getattr,
    .iter = ba_iter,
    .nb = {[NB_ADD] = ba_add, [NB_MULTIPLY] = ba_mul},
    .nb_inplace = {[NB_ADD] = ba_inplace_add, [NB_MULTIPLY] = ba_inplace_mul},
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .sq_concat = ba_concat,
    .sq_repeat = ba_repeat,
    .sq_inplace_concat = ba_inplace_concat,
    .sq_inplace_repeat = ba_inplace_repeat,
    .tp_new = ba_tp_new,
    .tp_init = ba_tp_init,
    .methods = bytearray_methods,
    .base = &object_type,
};
