/* fileobject.c: a minimal text stream over a C FILE*, used for sys.stdin, sys.stdout and sys.stderr.
 * It shows itself as CPython's <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> and
 * has the methods programs use on the std streams: write, flush, readline, read, readlines,
 * fileno, isatty, readable, writable, close, iteration and the with-statement. Text is UTF-8;
 * buffering is the C library's (line-buffered on a terminal, block-buffered otherwise). */
#include "stdlib/builtins_internal.h"
#include "stdlib/modules.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "vm/vm.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int err_closed(void)
{
    exc_set_string(Exc_ValueError, "I/O operation on closed file.");
    return -1;
}

/* io.UnsupportedOperation is a subclass of OSError (and ValueError) in CPython. */
static int err_unsupported(const char *what)
{
    exc_set_string(Exc_OSError, what);
    return -1;
}

static int err_errno(void)
{
    int e = errno;
    exc_format(Exc_OSError, "[Errno %d] %s", e, strerror(e));
    return -1;
}

int file_write_utf8(Object *file, const char *s, size_t n)
{
    FileObject *f = (FileObject *)file;
    if (f->closed)
        return err_closed();
    if (!f->writable)
        return err_unsupported("not writable");
    if (n > 0 && fwrite(s, 1, n, f->fp) != n) {
        int r = err_errno();
        clearerr(f->fp);
        return r;
    }
    return 0;
}

int file_flush(Object *file)
{
    FileObject *f = (FileObject *)file;
    if (f->closed)
        return err_closed();
    if (f->writable && fflush(f->fp) != 0) {
        int r = err_errno();
        clearerr(f->fp);
        return r;
    }
    return 0;
}

/* A growing byte buffer for reads. */
typedef struct ReadBuf {
    char *data;
    size_t len, cap;
} ReadBuf;

static int rb_push(ReadBuf *b, char c)
{
    if (b->len == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 128;
        char *p = realloc(b->data, ncap);
        if (p == NULL) {
            exc_no_memory();
            return -1;
        }
        b->data = p;
        b->cap = ncap;
    }
    b->data[b->len++] = c;
    return 0;
}

/* An interrupted read (Ctrl-C while waiting): KeyboardInterrupt, as CPython. */
static int read_interrupted(FILE *fp)
{
    clearerr(fp);
    if (vm_interrupt_pending) {
        vm_interrupt_pending = 0;
        Object *e = exc_new(Exc_KeyboardInterrupt, NULL, 0);
        if (e != NULL)
            exc_restore(e);
        return -1;
    }
    return 0;
}

/* Reads up to [limit] characters (limit < 0: no limit), stopping after '\n' if [line]. */
static Object *read_text(FileObject *f, ssize_t limit, bool line)
{
    if (f->closed) {
        err_closed();
        return NULL;
    }
    if (!f->readable) {
        err_unsupported("not readable");
        return NULL;
    }
    ReadBuf b = {NULL, 0, 0};
    ssize_t nchars = 0;
    for (;;) {
        int c = getc(f->fp);
        if (c == EOF) {
            if (ferror(f->fp)) {
                if (errno == EINTR) {
                    if (read_interrupted(f->fp) < 0)
                        goto error;
                    continue;
                }
                err_errno();
                clearerr(f->fp);
                goto error;
            }
            break;
        }
        if ((c & 0xC0) != 0x80) {          /* the first byte of a character */
            if (limit >= 0 && nchars == limit) {
                ungetc(c, f->fp);
                break;
            }
            nchars++;
        }
        if (rb_push(&b, (char)c) < 0)
            goto error;
        if (line && c == '\n')
            break;
    }
    Object *res = str_decode_utf8(b.data ? b.data : "", (ssize_t)b.len);
    free(b.data);
    return res;
error:
    free(b.data);
    return NULL;
}

Object *file_readline(Object *file, ssize_t limit)
{
    return read_text((FileObject *)file, limit, true);
}

/* the optional size argument of read/readline: an int or None */
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

/* ---- methods ---- */

static Object *f_write(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (check_one_arg("TextIOWrapper.write", nargs, kwnames) < 0)
        return NULL;
    Object *s = args[0];
    if (!STR_CHECK(s))
        return exc_format(Exc_TypeError, "write() argument must be str, not %T", s);
    if (file_write_utf8(self, STR_DATA(s), (size_t)STR_NBYTES(s)) < 0)
        return NULL;
    return int_from_ssize(STR_LEN(s));
}

static Object *f_flush(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("TextIOWrapper.flush", nargs, kwnames) < 0)
        return NULL;
    if (file_flush(self) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *f_readline(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t size;
    if (size_arg("readline", args, nargs, kwnames, &size) < 0)
        return NULL;
    return read_text((FileObject *)self, size, true);
}

static Object *f_read(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t size;
    if (size_arg("read", args, nargs, kwnames, &size) < 0)
        return NULL;
    return read_text((FileObject *)self, size, false);
}

static Object *f_readlines(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_positional_nokw("readlines", nargs, kwnames, 0, 1) < 0)
        return NULL;
    Object *list = list_new(0);
    if (list == NULL)
        return NULL;
    for (;;) {
        Object *line = read_text((FileObject *)self, -1, true);
        if (line == NULL)
            goto error;
        if (STR_LEN(line) == 0) {
            OBJ_DECREF(line);
            break;
        }
        int r = list_append(list, line);
        OBJ_DECREF(line);
        if (r < 0)
            goto error;
    }
    return list;
error:
    OBJ_DECREF(list);
    return NULL;
}

static Object *f_fileno(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("TextIOWrapper.fileno", nargs, kwnames) < 0)
        return NULL;
    FileObject *f = (FileObject *)self;
    if (f->closed) {
        err_closed();
        return NULL;
    }
    return int_from_long(fileno(f->fp));
}

static Object *f_isatty(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("TextIOWrapper.isatty", nargs, kwnames) < 0)
        return NULL;
    FileObject *f = (FileObject *)self;
    if (f->closed) {
        err_closed();
        return NULL;
    }
    return bool_from(isatty(fileno(f->fp)));
}

static Object *f_readable(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("TextIOWrapper.readable", nargs, kwnames) < 0)
        return NULL;
    FileObject *f = (FileObject *)self;
    if (f->closed) {
        err_closed();
        return NULL;
    }
    return bool_from(f->readable);
}

static Object *f_writable(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("TextIOWrapper.writable", nargs, kwnames) < 0)
        return NULL;
    FileObject *f = (FileObject *)self;
    if (f->closed) {
        err_closed();
        return NULL;
    }
    return bool_from(f->writable);
}

static Object *f_seekable(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("TextIOWrapper.seekable", nargs, kwnames) < 0)
        return NULL;
    FileObject *f = (FileObject *)self;
    if (f->closed) {
        err_closed();
        return NULL;
    }
    return bool_from(ftell(f->fp) >= 0);
}

static int do_close(FileObject *f)
{
    if (f->closed)
        return 0;
    int r = 0;
    if (f->writable && fflush(f->fp) != 0)
        r = err_errno();
    f->closed = true;
    if (f->owns_fp) {
        fclose(f->fp);
        f->fp = NULL;
    }
    return r;
}

static Object *f_close(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("TextIOWrapper.close", nargs, kwnames) < 0)
        return NULL;
    if (do_close((FileObject *)self) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *f_enter(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_no_args("_IOBase.__enter__", nargs, kwnames) < 0)
        return NULL;
    if (((FileObject *)self)->closed) {
        err_closed();
        return NULL;
    }
    return NEWREF(self);
}

static Object *f_exit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    UNUSED(kwnames);
    if (do_close((FileObject *)self) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *f_iter(Object *self)
{
    if (((FileObject *)self)->closed) {
        err_closed();
        return NULL;
    }
    return NEWREF(self);
}

static Object *f_iternext(Object *self)
{
    Object *line = read_text((FileObject *)self, -1, true);
    if (line != NULL && STR_LEN(line) == 0) {
        OBJ_DECREF(line);
        return NULL;                        /* exhausted, no exception */
    }
    return line;
}

/* ---- attributes ---- */

static Object *f_get_encoding(Object *self, void *closure)
{
    UNUSED(self);
    UNUSED(closure);
    return str_from_cstr("utf-8");
}

static Object *f_get_errors(Object *self, void *closure)
{
    UNUSED(closure);
    FileObject *f = (FileObject *)self;
    return str_from_cstr(f->fp == stderr ? "backslashreplace" : "strict");
}

static Object *f_get_closed(Object *self, void *closure)
{
    UNUSED(closure);
    return bool_from(((FileObject *)self)->closed);
}

static Object *f_get_line_buffering(Object *self, void *closure)
{
    UNUSED(closure);
    FileObject *f = (FileObject *)self;
    return bool_from(!f->closed && f->writable && isatty(fileno(f->fp)));
}

static Object *f_repr(Object *self)
{
    FileObject *f = (FileObject *)self;
    return str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

static void f_dealloc(Object *self)
{
    FileObject *f = (FileObject *)self;
    if (!f->closed) {
        if (f->owns_fp)
            fclose(f->fp);
        else if (f->writable)
            fflush(f->fp);
    }
    OBJ_CLEAR(f->name);
    OBJ_CLEAR(f->mode);
    obj_free(self);
}

static MethodDef file_methods[] = {
    {"write", f_write, METH_DEFAULT, "Write string to stream.\nReturns the number of characters written (which is always equal to\nthe length of the string)."},
    {"flush", f_flush, METH_DEFAULT, NULL},
    {"readline", f_readline, METH_DEFAULT, NULL},
    {"read", f_read, METH_DEFAULT, NULL},
    {"readlines", f_readlines, METH_DEFAULT, NULL},
    {"fileno", f_fileno, METH_DEFAULT, NULL},
    {"isatty", f_isatty, METH_DEFAULT, NULL},
    {"readable", f_readable, METH_DEFAULT, NULL},
    {"writable", f_writable, METH_DEFAULT, NULL},
    {"seekable", f_seekable, METH_DEFAULT, NULL},
    {"close", f_close, METH_DEFAULT, NULL},
    {"__enter__", f_enter, METH_DEFAULT, NULL},
    {"__exit__", f_exit, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef file_members[] = {
    {"name", MEMBER_OBJECT, offsetof(FileObject, name), true, NULL},
    {"mode", MEMBER_OBJECT, offsetof(FileObject, mode), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static GetSetDef file_getset[] = {
    {"encoding", f_get_encoding, NULL, NULL, NULL},
    {"errors", f_get_errors, NULL, NULL, NULL},
    {"closed", f_get_closed, NULL, NULL, NULL},
    {"line_buffering", f_get_line_buffering, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

TypeObject file_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(FileObject),
    .flags = 0,
    .doc = "Character and line based layer over a C stream (tally's sys.stdin/stdout/stderr).",
    .dealloc = f_dealloc,
    .repr = f_repr,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .iter = f_iter,
    .iternext = f_iternext,
    .methods = file_methods,
    .members = file_members,
    .getset = file_getset,
    .base = &object_type,
};

Object *file_std_new(FILE *fp, const char *name, const char *mode)
{
    FileObject *f = (FileObject *)obj_alloc(&file_type, 0);
    if (f == NULL)
        return NULL;
    f->fp = fp;
    f->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    f->writable = strchr(mode, 'w') != NULL || strchr(mode, 'a') != NULL || strchr(mode, '+') != NULL;
    f->name = str_from_cstr(name);
    f->mode = str_from_cstr(mode);
    if (f->name == NULL || f->mode == NULL) {
        f->closed = true;
        OBJ_DECREF(f);
        return NULL;
    }
    return (Object *)f;
}
