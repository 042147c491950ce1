/* mod_struct.c: the _struct module (pack, unpack, calcsize, pack_into, unpack_from, iter_unpack
 * and struct.error) with CPython 3.11's format language (@ = < > ! prefixes, native alignment) and
 * messages. The Struct class is Python, in stdlib/lib/struct.py, over these functions. */
#include "objects/memoryobject.h"
#include "objects/bytearrayobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "stdlib/modules.h"
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>
#include <math.h>

static Object *struct_error;    /* borrowed: the module owns it */

typedef struct Item {
    char code;
    ssize_t count;              /* repeat count (length for s and p) */
    ssize_t offset, size;       /* size of one item */
} Item;

typedef struct Format {
    bool native, little;
    Item items[64];
    int nitems;
    ssize_t size;               /* total bytes */
    ssize_t nvalues;            /* values packed/unpacked */
} Format;

static Object *error(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return exc_set_string((TypeObject *)struct_error, buf);
}

static ssize_t code_size(char c, bool native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? (ssize_t)sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : -1;
    default: return -1;
    }
}

static int parse_format(Object *fmtobj, Format *f)
{
    const char *s;
    if (STR_CHECK(fmtobj)) {
        s = STR_DATA(fmtobj);
    } else if (BYTES_CHECK(fmtobj)) {
        s = BYTES_DATA(fmtobj);
    } else {
        exc_format(Exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                   obj_type_name(fmtobj));
        return -1;
    }
    f->native = true;
    f->little = true;
    switch (*s) {
    case '@': s++; break;
    case '=': f->native = false; s++; break;
    case '<': f->native = false; s++; break;
    case '>': case '!': f->native = false; f->little = false; s++; break;
    default: break;
    }
    f->nitems = 0;
    f->size = 0;
    f->nvalues = 0;
    while (*s) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v') {
            s++;
            continue;
        }
        ssize_t count = 1;
        if (*s >= '0' && *s <= '9') {
            count = 0;
            while (*s >= '0' && *s <= '9') {
                if (count > (PTRDIFF_MAX - 9) / 10) {
                    error("total struct size too long");
                    return -1;
                }
                count = count * 10 + (*s++ - '0');
            }
            if (*s == 0) {
                error("repeat count given without format specifier");
                return -1;
            }
        }
        char c = *s++;
        ssize_t sz = code_size(c, f->native);
        if (sz < 0) {
            error("bad char in struct format");
            return -1;
        }
        if (f->native && sz > 1 && c != 's' && c != 'p')
            f->size = (f->size + sz - 1) / sz * sz;
        if (f->nitems == 64) {
            error("struct format too long");
            return -1;
        }
        Item *it = &f->items[f->nitems++];
        it->code = c;
        it->count = count;
        it->offset = f->size;
        it->size = sz;
        f->size += sz * count;
        if (c == 's' || c == 'p')
            f->nvalues++;
        else if (c != 'x')
            f->nvalues += count;
    }
    return 0;
}

static void put_uint(char *p, uint64_t v, ssize_t n, bool little)
{
    for (ssize_t i = 0; i < n; i++) {
        p[little ? i : n - 1 - i] = (char)(v & 0xff);
        v >>= 8;
    }
}

static uint64_t get_uint(const char *p, ssize_t n, bool little)
{
    uint64_t v = 0;
    for (ssize_t i = 0; i < n; i++)
        v = (v << 8) | (unsigned char)p[little ? n - 1 - i : i];
    return v;
}

/* CPython's PyFloat_Pack2 (round half to even). */
static int pack_half(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 1 : 0;
    int e;
    uint16_t bits;
    if (isnan(x)) {
        *out = (uint16_t)((sign << 15) | 0x7e00);
        return 0;
    }
    if (isinf(x)) {
        *out = (uint16_t)((sign << 15) | 0x7c00);
        return 0;
    }
    double f = frexp(fabs(x), &e);
    if (f == 0.0) {
        *out = (uint16_t)(sign << 15);
        return 0;
    }
    e--;
    f *= 2.0;                   /* f in [1, 2) */
    if (e >= 16) {
        exc_set_string(Exc_OverflowError, "float too large to pack with e format");
        return -1;
    }
    if (e < -25) {
        f = 0.0;
        e = 0;
    } else if (e < -14) {
        f = ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    bits = (uint16_t)f;
    double rem = f - bits;
    if (rem > 0.5 || (rem == 0.5 && (bits & 1))) {
        bits++;
        if (bits == 1024) {
            bits = 0;
            e++;
            if (e == 31) {
                exc_set_string(Exc_OverflowError, "float too large to pack with e format");
                return -1;
            }
        }
    }
    *out = (uint16_t)((sign << 15) | (e << 10) | bits);
    return 0;
}

static double unpack_half(uint16_t h)
{
    int sign = h >> 15, e = (h >> 10) & 0x1f, m = h & 0x3ff;
    double x;
    if (e == 0x1f)
        x = m ? NAN : INFINITY;
    else if (e == 0)
        x = ldexp((double)m, -24);
    else
        x = ldexp((double)(m | 0x400), e - 25);
    return sign ? -x : x;
}

static int range_error(const Format *f, char c, ssize_t size)
{
    switch (c) {
    case 'b': error("byte format requires -128 <= number <= 127"); return -1;
    case 'B': error("ubyte format requires 0 <= number <= 255"); return -1;
    case 'h': error("short format requires -32768 <= number <= 32767"); return -1;
    case 'H': error("ushort format requires 0 <= number <= 65535"); return -1;
    default: break;
    }
    if ((c == 'i' || c == 'l') && size == 4 && !(c == 'l' && f->native && sizeof(long) != 4)) {
        error("'%c' format requires -2147483648 <= number <= 2147483647", c);
        return -1;
    }
    error("argument out of range");
    return -1;
}

/* Packs one integer of [size] bytes: 0 or -1. */
static int pack_int(const Format *f, char c, ssize_t size, Object *v, char *p)
{
    if (!INT_CHECK(v) && TYPE(v)->nb_index == NULL) {
        error("required argument is not an integer");
        return -1;
    }
    Object *iv = obj_index(v);
    if (iv == NULL)
        return -1;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    bool neg = int_sign(iv) < 0;
    ssize_t bits = int_bit_length(iv);
    uint64_t u;
    int ovf = 0;
    if (neg) {
        int64_t sv = int_as_i64(iv, &ovf);
        u = (uint64_t)sv;
        if (ovf || is_unsigned || (size < 8 && sv < -((int64_t)1 << (size * 8 - 1)))) {
            OBJ_DECREF(iv);
            return range_error(f, c, size);
        }
    } else {
        if (bits > (is_unsigned ? size * 8 : size * 8 - 1)) {
            OBJ_DECREF(iv);
            return range_error(f, c, size);
        }
        if (bits == 64) {
            Object *half = int_from_u64((uint64_t)1 << 63);
            Object *d = half ? obj_binary_op(iv, half, NB_SUBTRACT) : NULL;
            OBJ_XDECREF(half);
            if (d == NULL) {
                OBJ_DECREF(iv);
                return -1;
            }
            u = (uint64_t)int_as_i64(d, &ovf) + ((uint64_t)1 << 63);
            OBJ_DECREF(d);
        } else {
            u = (uint64_t)int_as_i64(iv, &ovf);
        }
    }
    OBJ_DECREF(iv);
    put_uint(p, u, size, f->little);
    return 0;
}

static int float_arg(Object *v, double *out)
{
    if (FLOAT_CHECK(v)) {
        *out = float_as_double(v);
        return 0;
    }
    if (INT_CHECK(v)) {
        *out = int_as_double(v);
        return *out == -1.0 && exc_occurred() ? -1 : 0;
    }
    if (TYPE(v)->nb_float == NULL && TYPE(v)->nb_index == NULL) {
        error("required argument is not a float");
        return -1;
    }
    Object *fv = TYPE(v)->nb_float != NULL ? obj_number_float(v) : obj_index(v);
    if (fv == NULL)
        return -1;
    int rc = float_arg(fv, out);
    OBJ_DECREF(fv);
    return rc;
}

/* Packs [vals] (f->nvalues of them) into [buf] (f->size bytes). 0 or -1. */
static int pack_values(const Format *f, Object *const *vals, char *buf)
{
    ssize_t k = 0;
    for (int n = 0; n < f->nitems; n++) {
        const Item *it = &f->items[n];
        char *p = buf + it->offset;
        char c = it->code;
        if (c == 'x') {
            memset(p, 0, (size_t)it->count);
            continue;
        }
        if (c == 's' || c == 'p') {
            Object *v = vals[k++];
            if (!BYTES_CHECK(v) && !BYTEARRAY_CHECK(v)) {
                error("argument for '%c' must be a bytes object", c);
                return -1;
            }
            const char *d = BYTES_CHECK(v) ? BYTES_DATA(v) : BYTEARRAY_DATA(v);
            ssize_t len = BYTES_CHECK(v) ? BYTES_LEN(v) : BYTEARRAY_LEN(v);
            memset(p, 0, (size_t)it->count);
            if (c == 's') {
                memcpy(p, d, (size_t)(len < it->count ? len : it->count));
            } else if (it->count > 0) {
                ssize_t m = len < it->count - 1 ? len : it->count - 1;
                memcpy(p + 1, d, (size_t)m);
                p[0] = (char)(m > 255 ? 255 : m);
            }
            continue;
        }
        for (ssize_t r = 0; r < it->count; r++, p += it->size) {
            Object *v = vals[k++];
            double x;
            switch (c) {
            case 'c':
                if (!BYTES_CHECK(v) || BYTES_LEN(v) != 1) {
                    error("char format requires a bytes object of length 1");
                    return -1;
                }
                *p = BYTES_DATA(v)[0];
                break;
            case '?': {
                int t = obj_is_true(v);
                if (t < 0)
                    return -1;
                *p = (char)t;
                break;
            }
            case 'e': {
                uint16_t h;
                if (float_arg(v, &x) < 0 || pack_half(x, &h) < 0)
                    return -1;
                put_uint(p, h, 2, f->little);
                break;
            }
            case 'f': {
                if (float_arg(v, &x) < 0)
                    return -1;
                if (!f->native && isfinite(x) && fabs(x) > 3.4028234663852886e38) {
                    exc_set_string(Exc_OverflowError, "float too large to pack with f format");
                    return -1;
                }
                float fl = (float)x;
                uint32_t u;
                memcpy(&u, &fl, 4);
                put_uint(p, u, 4, f->little);
                break;
            }
            case 'd': {
                if (float_arg(v, &x) < 0)
                    return -1;
                uint64_t u;
                memcpy(&u, &x, 8);
                put_uint(p, u, 8, f->little);
                break;
            }
            default:
                if (pack_int(f, c, it->size, v, p) < 0)
                    return -1;
                break;
            }
        }
    }
    return 0;
}

static Object *unpack_values(const Format *f, const char *buf)
{
    Object *t = tuple_new(f->nvalues);
    if (t == NULL)
        return NULL;
    ssize_t k = 0;
    for (int n = 0; n < f->nitems; n++) {
        const Item *it = &f->items[n];
        const char *p = buf + it->offset;
        char c = it->code;
        if (c == 'x')
            continue;
        if (c == 's' || c == 'p') {
            Object *v;
            if (c == 's') {
                v = bytes_from_data(p, it->count);
            } else {
                ssize_t m = it->count == 0 ? 0 : (unsigned char)p[0];
                if (m > it->count - 1)
                    m = it->count > 0 ? it->count - 1 : 0;
                v = bytes_from_data(p + 1, m);
            }
            if (v == NULL)
                goto error;
            TUPLE_ITEMS(t)[k++] = v;
            continue;
        }
        for (ssize_t r = 0; r < it->count; r++, p += it->size) {
            Object *v;
            bool is_unsigned = strchr("BHILQNP", c) != NULL;
            switch (c) {
            case 'c': v = bytes_from_data(p, 1); break;
            case '?': v = obj_newref(*p ? TRUE_OBJ : FALSE_OBJ); break;
            case 'e': v = float_new(unpack_half((uint16_t)get_uint(p, 2, f->little))); break;
            case 'f': {
                uint32_t u = (uint32_t)get_uint(p, 4, f->little);
                float fl;
                memcpy(&fl, &u, 4);
                v = float_new(fl);
                break;
            }
            case 'd': {
                uint64_t u = get_uint(p, 8, f->little);
                double d;
                memcpy(&d, &u, 8);
                v = float_new(d);
                break;
            }
            default: {
                uint64_t u = get_uint(p, it->size, f->little);
                if (is_unsigned) {
                    v = int_from_u64(u);
                } else {
                    if (it->size < 8 && (u >> (it->size * 8 - 1)) & 1)
                        u |= ~(uint64_t)0 << (it->size * 8);
                    v = int_from_i64((int64_t)u);
                }
                break;
            }
            }
            if (v == NULL)
                goto error;
            TUPLE_ITEMS(t)[k++] = v;
        }
    }
    return t;
error:
    OBJ_DECREF(t);
    return NULL;
}

/* The readable bytes of [o]: 0, or -1 with TypeError for non-bytes-like objects. */
static int read_buffer(Object *o, char **data, ssize_t *len)
{
    int got = memory_get_buffer(o, false, data, len);
    if (got == 0)
        exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(o));
    return got > 0 ? 0 : -1;
}

static Object *st_pack(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Format f;
    if (arg_no_kwargs("pack", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return exc_set_string(Exc_TypeError, "pack expected at least 1 argument, got 0");
    if (parse_format(args[0], &f) < 0)
        return NULL;
    if (nargs - 1 != f.nvalues)
        return error("pack expected %zd items for packing (got %zd)", f.nvalues, nargs - 1);
    Object *r = bytes_new_uninit(f.size);
    if (r == NULL)
        return NULL;
    memset(BYTES_DATA(r), 0, (size_t)f.size);
    if (pack_values(&f, args + 1, BYTES_DATA(r)) < 0)
        OBJ_CLEAR(r);
    return r;
}

static Object *st_pack_into(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Format f;
    if (arg_no_kwargs("pack_into", kwnames) < 0)
        return NULL;
    if (nargs < 3)
        return exc_format(Exc_TypeError, "pack_into expected at least 3 arguments, got %zd", nargs);
    if (parse_format(args[0], &f) < 0)
        return NULL;
    if (nargs - 3 != f.nvalues)
        return error("pack_into expected %zd items for packing (got %zd)", f.nvalues, nargs - 3);
    char *data;
    ssize_t len;
    int got = memory_get_buffer(args[1], true, &data, &len);
    if (got == 0)
        return exc_format(Exc_TypeError, "argument must be read-write bytes-like object, not %s",
                          obj_type_name(args[1]));
    if (got < 0)
        return NULL;
    ssize_t off = obj_as_ssize(args[2], Exc_OverflowError);
    if (off == -1 && exc_occurred())
        return NULL;
    if (off < 0) {
        if (off + f.size > 0)
            return error("no space to pack %zd bytes at offset %zd", f.size, off);
        if (off + len < 0)
            return error("offset %zd out of range for %zd-byte buffer", off, len);
        off += len;
    }
    if (len - off < f.size)
        return error("pack_into requires a buffer of at least %zd bytes for packing %zd bytes at "
                     "offset %zd (actual buffer size is %zd)", f.size + off, f.size, off, len);
    char *tmp = malloc((size_t)f.size + 1);
    if (tmp == NULL)
        return exc_no_memory();
    memset(tmp, 0, (size_t)f.size);
    int rc = pack_values(&f, args + 3, tmp);
    if (rc == 0)
        memcpy(data + off, tmp, (size_t)f.size);
    free(tmp);
    return rc < 0 ? NULL : obj_newref(NONE);
}

static Object *st_unpack(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Format f;
    char *data;
    ssize_t len;
    if (arg_no_kwargs("unpack", kwnames) < 0 || arg_count("unpack", nargs, 2, 2) < 0)
        return NULL;
    if (parse_format(args[0], &f) < 0 || read_buffer(args[1], &data, &len) < 0)
        return NULL;
    if (len != f.size)
        return error("unpack requires a buffer of %zd bytes", f.size);
    return unpack_values(&f, data);
}

static Object *st_unpack_from(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    Object *a[3];
    Format f;
    char *data;
    ssize_t len, off = 0;
    if (arg_parse("unpack_from", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    if (parse_format(a[0], &f) < 0 || read_buffer(a[1], &data, &len) < 0)
        return NULL;
    if (a[2] != NULL) {
        off = obj_as_ssize(a[2], Exc_OverflowError);
        if (off == -1 && exc_occurred())
            return NULL;
    }
    if (off < 0) {
        if (off + len < 0)
            return error("offset %zd out of range for %zd-byte buffer", off, len);
        off += len;
    }
    if (len - off < f.size)
        return error("unpack_from requires a buffer of at least %zd bytes for unpacking %zd bytes "
                     "at offset %zd (actual buffer size is %zd)", f.size + off, f.size, off, len);
    return unpack_values(&f, data + off);
}

static Object *st_iter_unpack(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Format f;
    char *data;
    ssize_t len;
    if (arg_no_kwargs("iter_unpack", kwnames) < 0 || arg_count("iter_unpack", nargs, 2, 2) < 0)
        return NULL;
    if (parse_format(args[0], &f) < 0 || read_buffer(args[1], &data, &len) < 0)
        return NULL;
    if (f.size == 0)
        return error("cannot iteratively unpack with a struct of length 0");
    if (len % f.size != 0)
        return error("iterative unpacking requires a buffer of a multiple of %zd bytes", f.size);
    Object *l = list_new(0);
    for (ssize_t off = 0; l != NULL && off < len; off += f.size) {
        Object *t = unpack_values(&f, data + off);
        if (t == NULL || list_append(l, t) < 0)
            OBJ_CLEAR(l);
        OBJ_XDECREF(t);
    }
    if (l == NULL)
        return NULL;
    Object *it = obj_get_iter(l);
    OBJ_DECREF(l);
    return it;
}

static Object *st_calcsize(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Format f;
    if (arg_no_kwargs("calcsize", kwnames) < 0 || arg_count("calcsize", nargs, 1, 1) < 0)
        return NULL;
    if (parse_format(args[0], &f) < 0)
        return NULL;
    return int_from_ssize(f.size);
}

/* _count(format): the number of values the format packs (Struct's bookkeeping). */
static Object *st_count(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Format f;
    if (arg_no_kwargs("_count", kwnames) < 0 || arg_count("_count", nargs, 1, 1) < 0)
        return NULL;
    if (parse_format(args[0], &f) < 0)
        return NULL;
    return int_from_ssize(f.nvalues);
}

static Object *st_clearcache(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(args);
    if (arg_no_kwargs("_clearcache", kwnames) < 0 || arg_count("_clearcache", nargs, 0, 0) < 0)
        return NULL;
    return obj_newref(NONE);
}

static MethodDef struct_functions[] = {
    {"pack", st_pack, 0, "Return a bytes object containing the values packed according to the format string."},
    {"pack_into", st_pack_into, 0, "Pack the values according to the format string and write them into the buffer at offset."},
    {"unpack", st_unpack, 0, "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", st_unpack_from, 0, "Return a tuple containing values unpacked from the buffer starting at offset."},
    {"iter_unpack", st_iter_unpack, 0, "Return an iterator yielding tuples unpacked from the buffer."},
    {"calcsize", st_calcsize, 0, "Return size in bytes of the struct described by the format string."},
    {"_count", st_count, 0, NULL},
    {"_clearcache", st_clearcache, 0, "Clear the internal cache."},
    {NULL, NULL, 0, NULL},
};

Object *mod__struct_init(void)
{
    Object *m = module_new("_struct");
    if (m == NULL)
        return NULL;
    Object *name = str_from_cstr("error");
    Object *bases = tuple_pack(1, (Object *)Exc_Exception);
    Object *ns = dict_new();
    Object *modname = str_from_cstr("struct");
    Object *err = NULL;
    if (name != NULL && bases != NULL && ns != NULL && modname != NULL &&
        dict_set_str(ns, "__module__", modname) == 0)
        err = type_new_class(&type_type, name, bases, ns, NULL, NULL);
    OBJ_XDECREF(name);
    OBJ_XDECREF(bases);
    OBJ_XDECREF(ns);
    OBJ_XDECREF(modname);
    if (err == NULL || module_add_functions(m, struct_functions) < 0 ||
        module_add_object(m, "error", err) < 0) {
        OBJ_XDECREF(err);
        OBJ_DECREF(m);
        return NULL;
    }
    struct_error = err;
    OBJ_DECREF(err);
    return m;
}
