/* mod_io.c: the io module: open (the builtin), the file types, io.UnsupportedOperation (a subclass
 * of OSError and ValueError, raised by the file objects once io is imported), and the in-memory
 * streams StringIO and BytesIO (one implementation: a byte buffer with a position; StringIO keeps
 * UTF-8 and counts its positions in code points, as CPython). */
#include "stdlib/builtins_internal.h"
#include "stdlib/fileobject.h"
#include "stdlib/modules.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/bytearrayobject.h"
#include "objects/typeobject.h"
#include "vm/vm.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct MemIO {
    Object ob;
    char *buf;
    ssize_t len, cap;      /* bytes */
    ssize_t pos;           /* byte offset (may be past len after a seek) */
    bool closed;
    bool binary;           /* BytesIO */
} MemIO;

extern TypeObject stringio_type, bytesio_type;
#define MEM(o) ((MemIO *)(o))

static bool is_cont(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

/* byte offset -> position as the user sees it (code points for StringIO) */
static ssize_t user_pos(MemIO *m, ssize_t byte)
{
    if (m->binary)
        return byte;
    ssize_t n = 0, lim = byte < m->len ? byte : m->len;
    for (ssize_t i = 0; i < lim; i++)
        n += !is_cont(m->buf[i]);
    return n + (byte - lim);
}

/* advance [k] code points (bytes for BytesIO) from byte offset [from], at most to len */
static ssize_t advance(MemIO *m, ssize_t from, ssize_t k)
{
    if (m->binary)
        return from + k < m->len ? from + k : m->len;
    ssize_t i = from;
    while (i < m->len && k > 0) {
        i++;
        while (i < m->len && is_cont(m->buf[i]))
            i++;
        k--;
    }
    return i;
}

static int reserve(MemIO *m, ssize_t need)
{
    if (need <= m->cap)
        return 0;
    ssize_t ncap = m->cap ? m->cap : 64;
    while (ncap < need)
        ncap *= 2;
    char *p = realloc(m->buf, (size_t)ncap);
    if (p == NULL) {
        exc_no_memory();
        return -1;
    }
    m->buf = p;
    m->cap = ncap;
    return 0;
}

static bool check_open(MemIO *m)
{
    if (m->closed) {
        exc_set_string(Exc_ValueError, m->binary ? "I/O operation on closed file." : "I/O operation on closed file");
        return false;
    }
    return true;
}

/* Writes [n] bytes ([nchars] user units) at the position, overwriting. */
static int mem_write(MemIO *m, const char *s, ssize_t n, ssize_t nchars)
{
    if (m->pos > m->len) {                     /* pad a gap after a seek past the end */
        if (reserve(m, m->pos) < 0)
            return -1;
        memset(m->buf + m->len, 0, (size_t)(m->pos - m->len));
        m->len = m->pos;
    }
    ssize_t end = advance(m, m->pos, nchars);  /* the bytes being overwritten */
    ssize_t newlen = m->len - (end - m->pos) + n;
    if (reserve(m, newlen) < 0)
        return -1;
    memmove(m->buf + m->pos + n, m->buf + end, (size_t)(m->len - end));
    memcpy(m->buf + m->pos, s, (size_t)n);
    m->len = newlen;
    m->pos += n;
    return 0;
}

static Object *make_result(MemIO *m, const char *s, ssize_t n)
{
    return m->binary ? bytes_from_data(s, n) : str_from_utf8(s, n);
}

/* ---- construction ---- */

static Object *mem_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    bool binary = type_is_subtype(type, &bytesio_type);
    static const char *const snames[] = {"initial_value", "newline", NULL};
    static const char *const bnames[] = {"initial_bytes", NULL};
    Object *a[2] = {NULL, NULL};
    if (arg_parse(binary ? "BytesIO" : "StringIO", args, nargs, kwnames, binary ? bnames : snames, 0, 0, a) < 0)
        return NULL;
    Object *init = a[0] == NONE ? NULL : a[0];
    const char *data = NULL;
    ssize_t n = 0;
    if (init != NULL) {
        if (binary) {
            if (BYTES_CHECK(init)) {
                data = BYTES_DATA(init);
                n = BYTES_LEN(init);
            } else if (BYTEARRAY_CHECK(init)) {
                data = BYTEARRAY_DATA(init);
                n = BYTEARRAY_LEN(init);
            } else {
                return exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(init));
            }
        } else {
            if (!STR_CHECK(init))
                return exc_format(Exc_TypeError, "initial_value must be str or None, not %s", obj_type_name(init));
            data = STR_DATA(init);
            n = STR_NBYTES(init);
        }
    }
    if (a[1] != NULL && a[1] != NONE && !STR_CHECK(a[1]))
        return exc_format(Exc_TypeError, "newline must be str or None, not %s", obj_type_name(a[1]));
    MemIO *m = (MemIO *)obj_alloc(type, 0);
    if (m == NULL)
        return NULL;
    m->binary = binary;
    if (n > 0) {
        if (reserve(m, n) < 0) {
            OBJ_DECREF(m);
            return NULL;
        }
        memcpy(m->buf, data, (size_t)n);
        m->len = n;
    }
    return (Object *)m;
}

static void mem_dealloc(Object *o)
{
    free(MEM(o)->buf);
    obj_free(o);
}

/* ---- methods ---- */

static Object *m_write(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    MemIO *m = MEM(self);
    if (check_one_arg("write", nargs, kwnames) < 0)
        return NULL;
    Object *s = args[0];
    const char *data;
    ssize_t n, nchars;
    if (m->binary) {
        if (BYTES_CHECK(s)) {
            data = BYTES_DATA(s);
            n = BYTES_LEN(s);
        } else if (BYTEARRAY_CHECK(s)) {
            data = BYTEARRAY_DATA(s);
            n = BYTEARRAY_LEN(s);
        } else {
            return exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(s));
        }
        nchars = n;
    } else {
        if (!STR_CHECK(s))
            return exc_format(Exc_TypeError, "string argument expected, got '%s'", obj_type_name(s));
        data = STR_DATA(s);
        n = STR_NBYTES(s);
        nchars = STR_LEN(s);
    }
    if (!check_open(m))
        return NULL;
    if (mem_write(m, data, n, nchars) < 0)
        return NULL;
    return int_from_ssize(nchars);
}

static Object *m_writelines(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (check_one_arg("writelines", nargs, kwnames) < 0 || !check_open(MEM(self)))
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (it == NULL)
        return NULL;
    Object *item;
    while ((item = obj_iter_next(it)) != NULL) {
        Object *r = m_write(self, &item, 1, NULL);
        OBJ_DECREF(item);
        if (r == NULL) {
            OBJ_DECREF(it);
            return NULL;
        }
        OBJ_DECREF(r);
    }
    OBJ_DECREF(it);
    if (exc_occurred())
        return NULL;
    RETURN_NONE;
}

static int size_arg(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames, ssize_t *size)
{
    if (check_positional_nokw(fname, nargs, kwnames, 0, 1) < 0)
        return -1;
    *size = -1;
    if (nargs == 1 && args[0] != NONE) {
        *size = obj_as_ssize(args[0], Exc_OverflowError);
        if (*size == -1 && exc_occurred())
            return -1;
    }
    return 0;
}

static Object *read_common(MemIO *m, ssize_t size, bool line)
{
    if (!check_open(m))
        return NULL;
    ssize_t start = m->pos < m->len ? m->pos : m->len;
    ssize_t end = size < 0 ? m->len : advance(m, start, size);
    if (line) {
        const char *nl = memchr(m->buf + start, '\n', (size_t)(end - start));
        if (nl != NULL)
            end = nl - m->buf + 1;
    }
    if (m->pos < end)
        m->pos = end;
    return make_result(m, m->buf ? m->buf + start : "", end - start);
}

static Object *m_read(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t size;
    if (size_arg("read", args, nargs, kwnames, &size) < 0)
        return NULL;
    return read_common(MEM(self), size, false);
}

static Object *m_readline(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t size;
    if (size_arg("readline", args, nargs, kwnames, &size) < 0)
        return NULL;
    return read_common(MEM(self), size, true);
}

static Object *m_readlines(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_positional_nokw("readlines", nargs, kwnames, 0, 1) < 0 || !check_open(MEM(self)))
        return NULL;
    Object *list = list_new(0);
    if (list == NULL)
        return NULL;
    while (MEM(self)->pos < MEM(self)->len) {
        Object *line = read_common(MEM(self), -1, true);
        if (line == NULL || list_append(list, line) < 0) {
            OBJ_XDECREF(line);
            OBJ_DECREF(list);
            return NULL;
        }
        OBJ_DECREF(line);
    }
    return list;
}

static Object *m_getvalue(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    MemIO *m = MEM(self);
    if (check_no_args("getvalue", nargs, kwnames) < 0 || !check_open(m))
        return NULL;
    return make_result(m, m->buf ? m->buf : "", m->len);
}

static Object *m_tell(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    MemIO *m = MEM(self);
    if (check_no_args("tell", nargs, kwnames) < 0 || !check_open(m))
        return NULL;
    return int_from_ssize(user_pos(m, m->pos));
}

static Object *m_seek(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    MemIO *m = MEM(self);
    if (check_positional_nokw("seek", nargs, kwnames, 1, 2) < 0)
        return NULL;
    ssize_t off = obj_as_ssize(args[0], Exc_OverflowError);
    if (off == -1 && exc_occurred())
        return NULL;
    int whence = 0;
    if (nargs == 2 && mod_builtins_as_c_int(args[1], &whence) < 0)
        return NULL;
    if (!check_open(m))
        return NULL;
    if (whence < 0 || whence > 2)
        return exc_format(Exc_ValueError, "%s whence (%d, should be 0, 1 or 2)",
                          m->binary ? "invalid" : "Invalid", whence);
    if (m->binary) {
        if (whence == 0 && off < 0)
            return exc_format(Exc_ValueError, "negative seek value %zd", off);
        ssize_t base = whence == 0 ? 0 : whence == 1 ? m->pos : m->len;
        ssize_t np = base + off;
        m->pos = np < 0 ? 0 : np;
        return int_from_ssize(m->pos);
    }
    if (off < 0 && whence == 0)
        return exc_format(Exc_ValueError, "Negative seek position %zd", off);
    if (whence != 0 && off != 0) {
        exc_set_string(Exc_OSError, whence == 1 ? "Can't do nonzero cur-relative seeks"
                                                : "Can't do nonzero end-relative seeks");
        return NULL;
    }
    if (whence == 1)
        return int_from_ssize(user_pos(m, m->pos));
    if (whence == 2) {
        m->pos = m->len;
        return int_from_ssize(user_pos(m, m->pos));
    }
    ssize_t chars_in = user_pos(m, m->len);
    m->pos = off <= chars_in ? advance(m, 0, off) : m->len + (off - chars_in);
    return int_from_ssize(off);
}

static Object *m_truncate(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    MemIO *m = MEM(self);
    if (check_positional_nokw("truncate", nargs, kwnames, 0, 1) < 0 || !check_open(m))
        return NULL;
    ssize_t size = user_pos(m, m->pos);
    if (nargs == 1 && args[0] != NONE) {
        size = obj_as_ssize(args[0], Exc_OverflowError);
        if (size == -1 && exc_occurred())
            return NULL;
        if (size < 0)
            return exc_format(Exc_ValueError, "Negative size value %zd", size);
    }
    ssize_t b = advance(m, 0, size);
    if (b < m->len)
        m->len = b;
    return int_from_ssize(size);
}

static Object *m_close(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("close", nargs, kwnames) < 0)
        return NULL;
    MEM(self)->closed = true;
    RETURN_NONE;
}

static Object *m_true(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("readable", nargs, kwnames) < 0 || !check_open(MEM(self)))
        return NULL;
    return bool_from(1);
}

static Object *m_false(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("isatty", nargs, kwnames) < 0 || !check_open(MEM(self)))
        return NULL;
    return bool_from(0);
}

static Object *m_flush(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("flush", nargs, kwnames) < 0 || !check_open(MEM(self)))
        return NULL;
    RETURN_NONE;
}

static Object *m_enter(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("__enter__", nargs, kwnames) < 0 || !check_open(MEM(self)))
        return NULL;
    return NEWREF(self);
}

static Object *m_exit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    UNUSED(kwnames);
    MEM(self)->closed = true;
    RETURN_NONE;
}

static Object *m_iter(Object *self)
{
    if (!check_open(MEM(self)))
        return NULL;
    return NEWREF(self);
}

static Object *m_iternext(Object *self)
{
    MemIO *m = MEM(self);
    if (!check_open(m))
        return NULL;
    if (m->pos >= m->len)
        return NULL;
    return read_common(m, -1, true);
}

static Object *m_get_closed(Object *self, void *closure)
{
    UNUSED(closure);
    return bool_from(MEM(self)->closed);
}

static Object *m_get_line_buffering(Object *self, void *closure)
{
    UNUSED(closure);
    if (!check_open(MEM(self)))
        return NULL;
    return bool_from(0);
}

static Object *m_get_none(Object *self, void *closure)
{
    UNUSED(closure);
    if (!check_open(MEM(self)))
        return NULL;
    RETURN_NONE;
}

static MethodDef mem_methods[] = {
    {"write", m_write, METH_DEFAULT, "Write string to file.\n\nReturns the number of characters written."},
    {"writelines", m_writelines, METH_DEFAULT, NULL},
    {"read", m_read, METH_DEFAULT, "Read at most size characters, returned as a string."},
    {"readline", m_readline, METH_DEFAULT, "Read until newline or EOF."},
    {"readlines", m_readlines, METH_DEFAULT, NULL},
    {"getvalue", m_getvalue, METH_DEFAULT, "Retrieve the entire contents of the object."},
    {"tell", m_tell, METH_DEFAULT, "Tell the current file position."},
    {"seek", m_seek, METH_DEFAULT, "Change stream position."},
    {"truncate", m_truncate, METH_DEFAULT, "Truncate size to pos."},
    {"close", m_close, METH_DEFAULT, "Close the IO object."},
    {"readable", m_true, METH_DEFAULT, NULL},
    {"writable", m_true, METH_DEFAULT, NULL},
    {"seekable", m_true, METH_DEFAULT, NULL},
    {"isatty", m_false, METH_DEFAULT, NULL},
    {"flush", m_flush, METH_DEFAULT, NULL},
    {"__enter__", m_enter, METH_DEFAULT, NULL},
    {"__exit__", m_exit, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef stringio_getset[] = {
    {"closed", m_get_closed, NULL, NULL, NULL},
    {"line_buffering", m_get_line_buffering, NULL, NULL, NULL},
    {"newlines", m_get_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GetSetDef bytesio_getset[] = {
    {"closed", m_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

TypeObject stringio_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "_io.StringIO",
    .basicsize = sizeof(MemIO),
    .flags = TPFLAG_BASETYPE,
    .doc = "Text I/O implementation using an in-memory buffer.",
    .dealloc = mem_dealloc,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .iter = m_iter,
    .iternext = m_iternext,
    .tp_new = mem_new,
    .methods = mem_methods,
    .getset = stringio_getset,
    .base = &object_type,
};

TypeObject bytesio_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "_io.BytesIO",
    .basicsize = sizeof(MemIO),
    .flags = TPFLAG_BASETYPE,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .dealloc = mem_dealloc,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .iter = m_iter,
    .iternext = m_iternext,
    .tp_new = mem_new,
    .methods = mem_methods,
    .getset = bytesio_getset,
    .base = &object_type,
};

/* ---- the module ---- */

static MethodDef io_functions[] = {
    {"open", file_open, METH_DEFAULT, "Open file and return a stream.  Raise OSError upon failure."},
    {NULL, NULL, 0, NULL},
};

/* class UnsupportedOperation(OSError, ValueError), created with type(name, bases, ns) */
static Object *make_unsupported(void)
{
    Object *name = str_from_cstr("UnsupportedOperation");
    Object *bases = tuple_new(2);
    Object *ns = dict_new();
    Object *mod = str_from_cstr("io");
    Object *res = NULL;
    if (name == NULL || bases == NULL || ns == NULL || mod == NULL || dict_set_str(ns, "__module__", mod) < 0)
        goto done;
    TUPLE_ITEMS(bases)[0] = NEWREF(Exc_OSError);
    TUPLE_ITEMS(bases)[1] = NEWREF(Exc_ValueError);
    Object *args[3] = {name, bases, ns};
    res = obj_call((Object *)&type_type, args, 3, NULL);
    if (res == NULL && exc_matches(Exc_TypeError)) {
        /* the type system refused the two bases (instance layout): an OSError subclass will do */
        exc_clear();
        Object *one = tuple_new(1);
        if (one == NULL)
            goto done;
        TUPLE_ITEMS(one)[0] = NEWREF(Exc_OSError);
        args[1] = one;
        res = obj_call((Object *)&type_type, args, 3, NULL);
        OBJ_DECREF(one);
    }
done:
    OBJ_XDECREF(name);
    OBJ_XDECREF(bases);
    OBJ_XDECREF(ns);
    OBJ_XDECREF(mod);
    return res;
}

Object *mod_io_init(void)
{
    Object *m = module_new("io");
    if (m == NULL)
        return NULL;
    /* io.open is the builtin open (the same object) */
    Object *bopen = vm_builtins_borrow() ? dict_get_str_borrow(vm_builtins_borrow(), "open") : NULL;
    if (bopen != NULL ? module_add_object(m, "open", bopen) < 0 : module_add_functions(m, io_functions) < 0)
        goto error;
    static const struct { const char *name; TypeObject *type; } types[] = {
        {"StringIO", &stringio_type}, {"BytesIO", &bytesio_type}, {"TextIOWrapper", &file_type},
        {"BufferedReader", &bufreader_type}, {"BufferedWriter", &bufwriter_type},
        {"BufferedRandom", &bufrandom_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (type_ready(types[i].type) < 0 || module_add_object(m, types[i].name, (Object *)types[i].type) < 0)
            goto error;
    }
    static const struct { const char *name; int value; } consts[] = {
        {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}, {"DEFAULT_BUFFER_SIZE", 8192},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        Object *v = int_from_long(consts[i].value);
        if (v == NULL || module_add_object(m, consts[i].name, v) < 0) {
            OBJ_XDECREF(v);
            goto error;
        }
        OBJ_DECREF(v);
    }
    Object *unsup = make_unsupported();
    if (unsup == NULL || module_add_object(m, "UnsupportedOperation", unsup) < 0) {
        OBJ_XDECREF(unsup);
        goto error;
    }
    OBJ_DECREF(unsup);
    if (module_add_object(m, "BlockingIOError", (Object *)Exc_BlockingIOError) < 0)
        goto error;
    return m;
error:
    OBJ_DECREF(m);
    return NULL;
}
