/* memoryobject.c: memoryview over bytes and bytearray, format 'B' in one dimension (slices with any
 * step are views of the same exporter). A view of a bytearray counts as an export: the bytearray
 * refuses to change size while one is alive (BufferError), as in CPython 3.11. Messages are
 * CPython's. */
#include "objects/memoryobject.h"
#include "objects/bytearrayobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/rangeobject.h"
#include "vm/errors.h"

#include <stdlib.h>
#include <string.h>

#define MV(o) ((MemoryViewObject *)(o))

static Object *released_error(void)
{
    return exc_set_string(Exc_ValueError, "operation forbidden on released memoryview object");
}

#define CHECK_RELEASED(m, ret) \
    do { if (MV(m)->obj == NULL) { released_error(); return ret; } } while (0)

static char *base_data(Object *exporter)
{
    return BYTES_CHECK(exporter) ? BYTES_DATA(exporter) : BYTEARRAY_DATA(exporter);
}

static char *item_ptr(MemoryViewObject *m, ssize_t i)
{
    return base_data(m->obj) + m->start + i * m->step;
}

static Object *view_new(Object *exporter, ssize_t start, ssize_t len, ssize_t step, bool readonly)
{
    MemoryViewObject *m = (MemoryViewObject *)obj_alloc(&memoryview_type, 0);
    if (m == NULL)
        return NULL;
    m->obj = obj_newref(exporter);
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = readonly;
    if (BYTEARRAY_CHECK(exporter))
        ((ByteArrayObject *)exporter)->exports++;
    return (Object *)m;
}

Object *memory_from_object(Object *obj)
{
    if (MEMORYVIEW_CHECK(obj)) {
        MemoryViewObject *src = MV(obj);
        CHECK_RELEASED(obj, NULL);
        return view_new(src->obj, src->start, src->len, src->step, src->readonly);
    }
    if (BYTES_CHECK(obj))
        return view_new(obj, 0, BYTES_LEN(obj), 1, true);
    if (BYTEARRAY_CHECK(obj))
        return view_new(obj, 0, BYTEARRAY_LEN(obj), 1, false);
    return exc_format(Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                      obj_type_name(obj));
}

int memory_get_buffer(Object *o, bool writable, char **data, ssize_t *len)
{
    if (BYTES_CHECK(o)) {
        if (writable) {
            exc_format(Exc_TypeError, "argument must be read-write bytes-like object, not %s",
                       obj_type_name(o));
            return -1;
        }
        *data = BYTES_DATA(o);
        *len = BYTES_LEN(o);
        return 1;
    }
    if (BYTEARRAY_CHECK(o)) {
        *data = BYTEARRAY_DATA(o);
        *len = BYTEARRAY_LEN(o);
        return 1;
    }
    if (!MEMORYVIEW_CHECK(o))
        return 0;
    MemoryViewObject *m = MV(o);
    CHECK_RELEASED(o, -1);
    if (writable && m->readonly) {
        exc_set_string(Exc_TypeError, "argument must be read-write bytes-like object, not memoryview");
        return -1;
    }
    if (m->step != 1 && m->len > 1) {
        exc_set_string(Exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    *data = base_data(m->obj) + m->start;
    *len = m->len;
    return 1;
}

/* The viewed bytes as a new bytes object. */
static Object *view_bytes(MemoryViewObject *m)
{
    Object *r = bytes_new_uninit(m->len);
    if (r == NULL)
        return NULL;
    char *d = BYTES_DATA(r);
    for (ssize_t i = 0; i < m->len; i++)
        d[i] = *item_ptr(m, i);
    return r;
}

static void release_view(MemoryViewObject *m)
{
    Object *exporter = m->obj;
    if (exporter == NULL)
        return;
    if (BYTEARRAY_CHECK(exporter))
        ((ByteArrayObject *)exporter)->exports--;
    OBJ_CLEAR(m->obj);
}

static void mv_dealloc(Object *o)
{
    release_view(MV(o));
    obj_free(o);
}

static Object *mv_repr(Object *o)
{
    char buf[64];
    snprintf(buf, sizeof buf, MV(o)->obj == NULL ? "<released memory at %p>" : "<memory at %p>",
             (void *)o);
    return str_from_cstr(buf);
}

static ssize_t mv_len(Object *o)
{
    CHECK_RELEASED(o, -1);
    return MV(o)->len;
}

static hash_t mv_hash(Object *o)
{
    CHECK_RELEASED(o, -1);
    if (!MV(o)->readonly) {
        exc_set_string(Exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    Object *b = view_bytes(MV(o));
    if (b == NULL)
        return -1;
    hash_t h = obj_hash(b);
    OBJ_DECREF(b);
    return h;
}

/* An item index from [key] (an int or __index__ object) checked against the view: 0, or -1. */
static int item_index(MemoryViewObject *m, Object *key, ssize_t *out)
{
    ssize_t i = obj_as_ssize(key, Exc_IndexError);
    if (i == -1 && exc_occurred())
        return -1;
    if (i < 0)
        i += m->len;
    if (i < 0 || i >= m->len) {
        exc_set_string(Exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = i;
    return 0;
}

static bool is_index_key(Object *key)
{
    return INT_CHECK(key) || TYPE(key)->nb_index != NULL;
}

static Object *mv_getitem(Object *o, Object *key)
{
    MemoryViewObject *m = MV(o);
    CHECK_RELEASED(o, NULL);
    if (is_index_key(key)) {
        ssize_t i;
        if (item_index(m, key, &i) < 0)
            return NULL;
        return int_from_long((unsigned char)*item_ptr(m, i));
    }
    if (SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, m->len, &start, &stop, &step);
        if (n < 0)
            return NULL;
        return view_new(m->obj, m->start + start * m->step, n, m->step * step, m->readonly);
    }
    if (key == ELLIPSIS)
        return obj_newref(o);
    return exc_set_string(Exc_TypeError, "memoryview: invalid slice key");
}

static int mv_setitem(Object *o, Object *key, Object *value)
{
    MemoryViewObject *m = MV(o);
    CHECK_RELEASED(o, -1);
    if (m->readonly) {
        exc_set_string(Exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        exc_set_string(Exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (is_index_key(key)) {
        ssize_t i;
        if (item_index(m, key, &i) < 0)
            return -1;
        if (!INT_CHECK(value) && TYPE(value)->nb_index == NULL) {
            exc_set_string(Exc_TypeError, "memoryview: invalid type for format 'B'");
            return -1;
        }
        ssize_t v = obj_as_ssize(value, Exc_OverflowError);
        if (v == -1 && exc_occurred()) {
            if (!exc_matches(Exc_OverflowError))
                return -1;
            exc_clear();
        }
        if (v < 0 || v > 255) {
            exc_set_string(Exc_ValueError, "memoryview: invalid value for format 'B'");
            return -1;
        }
        *item_ptr(m, i) = (char)v;
        return 0;
    }
    if (!SLICE_CHECK(key)) {
        exc_set_string(Exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    char *src;
    ssize_t srclen;
    int got = memory_get_buffer(value, false, &src, &srclen);
    if (got < 0)
        return -1;
    if (got == 0) {
        exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(value));
        return -1;
    }
    ssize_t start, stop, step;
    ssize_t n = slice_indices(key, m->len, &start, &stop, &step);
    if (n < 0)
        return -1;
    if (n != srclen) {
        exc_set_string(Exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    if (n == 0)
        return 0;
    char *copy = malloc((size_t)n);
    if (copy == NULL) {
        exc_no_memory();
        return -1;
    }
    memcpy(copy, src, (size_t)n);
    for (ssize_t k = 0; k < n; k++)
        *item_ptr(m, start + k * step) = copy[k];
    free(copy);
    return 0;
}

static Object *mv_richcompare(Object *a, Object *b, int op)
{
    if (op != RICH_EQ && op != RICH_NE)
        return obj_newref(NOTIMPL);
    bool equal;
    if (MV(a)->obj == NULL || (MEMORYVIEW_CHECK(b) && MV(b)->obj == NULL)) {
        equal = a == b;
    } else {
        Object *bb = NULL;
        if (MEMORYVIEW_CHECK(b))
            bb = view_bytes(MV(b));
        else if (BYTES_CHECK(b) || BYTEARRAY_CHECK(b))
            bb = obj_newref(b);
        else
            return obj_newref(NOTIMPL);
        if (bb == NULL)
            return NULL;
        MemoryViewObject *m = MV(a);
        const char *d = BYTES_CHECK(bb) ? BYTES_DATA(bb) : BYTEARRAY_DATA(bb);
        ssize_t n = BYTES_CHECK(bb) ? BYTES_LEN(bb) : BYTEARRAY_LEN(bb);
        equal = n == m->len;
        for (ssize_t i = 0; equal && i < n; i++)
            equal = *item_ptr(m, i) == d[i];
        OBJ_DECREF(bb);
    }
    return obj_newref(equal == (op == RICH_EQ) ? TRUE_OBJ : FALSE_OBJ);
}

static Object *mv_iter(Object *o)
{
    CHECK_RELEASED(o, NULL);
    return seq_iter_new(o);
}

static Object *mv_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"object", NULL};
    Object *a[1];
    UNUSED(type);
    if (arg_parse("memoryview", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    return memory_from_object(a[0]);
}

/* ---- methods ---- */

static Object *mm_tobytes(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"order", NULL};
    Object *a[1];
    if (arg_parse("tobytes", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    CHECK_RELEASED(self, NULL);
    return view_bytes(MV(self));
}

static Object *mm_tolist(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("tolist", kwnames) < 0 || arg_count("tolist", nargs, 0, 0) < 0)
        return NULL;
    UNUSED(args);
    CHECK_RELEASED(self, NULL);
    MemoryViewObject *m = MV(self);
    Object *l = list_new(0);
    for (ssize_t i = 0; l != NULL && i < m->len; i++) {
        Object *v = int_from_long((unsigned char)*item_ptr(m, i));
        if (v == NULL || list_append(l, v) < 0)
            OBJ_CLEAR(l);
        OBJ_XDECREF(v);
    }
    return l;
}

static Object *mm_hex(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    Object *a[2];
    if (arg_parse("hex", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    CHECK_RELEASED(self, NULL);
    Object *b = view_bytes(MV(self));
    if (b == NULL)
        return NULL;
    Object *pos[2];
    ssize_t n = 0;
    if (a[0] != NULL)
        pos[n++] = a[0];
    if (a[1] != NULL) {
        if (n == 0)
            pos[n++] = NONE;
        pos[n++] = a[1];
    }
    Object *r = obj_call_method(b, "hex", pos, n);
    OBJ_DECREF(b);
    return r;
}

static Object *mm_release(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("release", kwnames) < 0 || arg_count("release", nargs, 0, 0) < 0)
        return NULL;
    UNUSED(args);
    release_view(MV(self));
    return obj_newref(NONE);
}

static Object *mm_toreadonly(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("toreadonly", kwnames) < 0 || arg_count("toreadonly", nargs, 0, 0) < 0)
        return NULL;
    UNUSED(args);
    CHECK_RELEASED(self, NULL);
    MemoryViewObject *m = MV(self);
    return view_new(m->obj, m->start, m->len, m->step, true);
}

static Object *mm_enter(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("__enter__", kwnames) < 0 || arg_count("__enter__", nargs, 0, 0) < 0)
        return NULL;
    UNUSED(args);
    CHECK_RELEASED(self, NULL);
    return obj_newref(self);
}

static Object *mm_exit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    if (arg_no_kwargs("__exit__", kwnames) < 0)
        return NULL;
    release_view(MV(self));
    return obj_newref(NONE);
}

static MethodDef mv_methods[] = {
    {"tobytes", mm_tobytes, METH_DEFAULT, "Return the data in the buffer as a byte string."},
    {"tolist", mm_tolist, METH_DEFAULT, "Return the data in the buffer as a list of elements."},
    {"hex", mm_hex, METH_DEFAULT, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mm_release, METH_DEFAULT, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mm_toreadonly, METH_DEFAULT, "Return a readonly version of the memoryview."},
    {"__enter__", mm_enter, METH_DEFAULT, NULL},
    {"__exit__", mm_exit, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes ---- */

static Object *get_obj(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return obj_newref(MV(self)->obj);
}

static Object *get_nbytes(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return int_from_ssize(MV(self)->len);
}

static Object *get_readonly(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return obj_newref(MV(self)->readonly ? TRUE_OBJ : FALSE_OBJ);
}

static Object *get_itemsize(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return int_from_long(1);
}

static Object *get_ndim(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return int_from_long(1);
}

static Object *get_format(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return str_from_cstr("B");
}

static Object *one_tuple(ssize_t v)
{
    Object *i = int_from_ssize(v);
    if (i == NULL)
        return NULL;
    Object *t = tuple_pack(1, i);
    OBJ_DECREF(i);
    return t;
}

static Object *get_shape(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return one_tuple(MV(self)->len);
}

static Object *get_strides(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return one_tuple(MV(self)->step);
}

static Object *get_suboffsets(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    return tuple_new(0);
}

static Object *get_contiguous(Object *self, void *c)
{
    UNUSED(c);
    CHECK_RELEASED(self, NULL);
    MemoryViewObject *m = MV(self);
    return obj_newref(m->step == 1 || m->len <= 1 ? TRUE_OBJ : FALSE_OBJ);
}

static GetSetDef mv_getset[] = {
    {"obj", get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", get_nbytes, NULL, "The amount of space in bytes that the array would use.", NULL},
    {"readonly", get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL},
    {"format", get_format, NULL, "A string containing the format (in struct module style).", NULL},
    {"ndim", get_ndim, NULL, "The number of dimensions of the memory.", NULL},
    {"shape", get_shape, NULL, "A tuple of ndim integers giving the shape of the memory.", NULL},
    {"strides", get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access each element.", NULL},
    {"suboffsets", get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays.", NULL},
    {"c_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", get_contiguous, NULL, "A bool indicating whether the memory is contiguous.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

TypeObject memoryview_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "memoryview",
    .basicsize = sizeof(MemoryViewObject),
    .flags = TPFLAG_IMMUTABLETYPE,
    .doc = "Create a new memoryview object which references the given object.",
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .getattro = obj_generic_getattr,
    .iter = mv_iter,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .tp_new = mv_tp_new,
    .methods = mv_methods,
    .getset = mv_getset,
    .base = &object_type,
};
