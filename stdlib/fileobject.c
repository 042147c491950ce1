/* fileobject.c: file objects over a C FILE*: the text stream _io.TextIOWrapper (sys.stdin, stdout,
 * stderr and text files from open()) and the binary files _io.BufferedReader/Writer/Random, with
 * CPython's methods, messages and reprs: read/readline/readlines/write/writelines, iteration,
 * seek/tell/truncate, close and the with-statement; universal newlines on text reads. Encodings
 * other than UTF-8 go through the str/bytes codecs. Buffering is the C library's. */
#include "stdlib/builtins_internal.h"
#include "stdlib/fileobject.h"
#include "stdlib/modules.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/bytearrayobject.h"
#include "vm/vm.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* newline= of a text file */
enum { NL_RAW, NL_UNIVERSAL, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };
enum { OP_NONE, OP_READ, OP_WRITE };

/* A FileObject with what open() adds (file_type's basicsize is this struct's). */
typedef struct IOFile {
    FileObject f;
    Object *encoding;      /* str (text files from open); NULL: 'utf-8' (the std streams) */
    Object *errors;        /* str or NULL ('strict') */
    bool binary;
    bool utf8;             /* the encoding is UTF-8: no conversion */
    bool seekable;
    int newline;           /* NL_* */
    int last_op;           /* OP_*: C streams need a seek between reads and writes */
} IOFile;

#define IOF(o) ((IOFile *)(o))

static int err_closed(void)
{
    exc_set_string(Exc_ValueError, "I/O operation on closed file.");
    return -1;
}

/* io.UnsupportedOperation (an OSError and ValueError subclass; the io module is imported for
 * it), else OSError. */
static int err_unsupported(const char *what)
{
    TypeObject *t = Exc_OSError;
    Object *io = vm_import("io");
    if (io == NULL)
        exc_clear();
    else if (TYPE(io) == &module_type) {
        Object *u = dict_get_str_borrow(module_dict_borrow(io), "UnsupportedOperation");
        if (u != NULL && EXC_TYPE_CHECK(u))
            t = (TypeObject *)u;
    }
    exc_set_string(t, what);
    OBJ_XDECREF(io);
    return -1;
}

/* The OSError subclass CPython picks for an errno value. */
static TypeObject *errno_type(int e)
{
    switch (e) {
    case ENOENT: return Exc_FileNotFoundError;
    case EEXIST: return Exc_FileExistsError;
    case EISDIR: return Exc_IsADirectoryError;
    case ENOTDIR: return Exc_NotADirectoryError;
    case EACCES: case EPERM: return Exc_PermissionError;
    case EINTR: return Exc_InterruptedError;
    default: return Exc_OSError;
    }
}

/* OSError(errno, strerror[, filename]) of the right subclass; -1. */
static int err_errno_filename(int e, Object *filename)
{
    Object *args[3];
    args[0] = int_from_long(e);
    args[1] = str_from_cstr(strerror(e));
    args[2] = filename;
    if (args[0] != NULL && args[1] != NULL) {
        Object *exc = exc_new(errno_type(e), args, filename ? 3 : 2);
        if (exc != NULL)
            exc_restore(exc);
    }
    OBJ_XDECREF(args[0]);
    OBJ_XDECREF(args[1]);
    return -1;
}

static int err_errno(void)
{
    return err_errno_filename(errno, NULL);
}

/* Before a read or a write on a file that is both: C wants a seek in between. */
static void switch_op(IOFile *f, int op)
{
    if (f->last_op != op && f->last_op != OP_NONE && f->seekable)
        fseek(f->f.fp, 0, SEEK_CUR);
    f->last_op = op;
}

static int write_raw(IOFile *f, const char *s, size_t n)
{
    switch_op(f, OP_WRITE);
    if (n > 0 && fwrite(s, 1, n, f->f.fp) != n) {
        int r = err_errno();
        clearerr(f->f.fp);
        return r;
    }
    return 0;
}

/* Writes text given as UTF-8: newline translation and the file's encoding. */
static int write_text(IOFile *f, const char *s, size_t n)
{
    if (f->utf8 && f->newline != NL_CR && f->newline != NL_CRLF)
        return write_raw(f, s, n);
    Object *tmp = NULL, *enc = NULL;
    if (f->newline == NL_CR || f->newline == NL_CRLF) {
        const char *rep = f->newline == NL_CR ? "\r" : "\r\n";
        size_t nl = 0;
        for (size_t i = 0; i < n; i++)
            nl += s[i] == '\n';
        if (nl > 0) {
            char *buf = malloc(n + nl + 1);
            if (buf == NULL) {
                exc_no_memory();
                return -1;
            }
            size_t k = 0;
            for (size_t i = 0; i < n; i++) {
                if (s[i] == '\n') {
                    memcpy(buf + k, rep, strlen(rep));
                    k += strlen(rep);
                } else {
                    buf[k++] = s[i];
                }
            }
            if (f->utf8) {
                int r = write_raw(f, buf, k);
                free(buf);
                return r;
            }
            tmp = str_decode_utf8(buf, (ssize_t)k);
            free(buf);
            if (tmp == NULL)
                return -1;
        }
    }
    if (tmp == NULL && (tmp = str_decode_utf8(s, (ssize_t)n)) == NULL)
        return -1;
    enc = str_encode(tmp, STR_DATA(f->encoding), f->errors ? STR_DATA(f->errors) : NULL);
    OBJ_DECREF(tmp);
    if (enc == NULL)
        return -1;
    int r = write_raw(f, BYTES_DATA(enc), (size_t)BYTES_LEN(enc));
    OBJ_DECREF(enc);
    return r;
}

int file_write_utf8(Object *file, const char *s, size_t n)
{
    IOFile *f = IOF(file);
    if (f->f.closed)
        return err_closed();
    if (!f->f.writable)
        return err_unsupported("not writable");
    return write_text(f, s, n);
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

/* The next byte, EOF at the end, or -2 with an exception. */
static int next_byte(FILE *fp)
{
    for (;;) {
        int c = getc_unlocked(fp);
        if (c != EOF)
            return c;
        if (!ferror(fp))
            return EOF;
        if (errno == EINTR) {
            if (read_interrupted(fp) < 0)
                return -2;
            continue;
        }
        err_errno();
        clearerr(fp);
        return -2;
    }
}

/* [what]: the operation, for binary files' messages ("read of closed file", as CPython) */
static bool check_readable(IOFile *f, const char *what)
{
    if (f->binary && !f->f.readable) {
        err_unsupported(what);
        return false;
    }
    if (f->f.closed) {
        if (f->binary)
            exc_format(Exc_ValueError, "%s of closed file", what);
        else
            err_closed();
        return false;
    }
    if (!f->f.readable) {
        err_unsupported("not readable");
        return false;
    }
    return true;
}

/* Reads up to [limit] characters (bytes for binary files; limit < 0: no limit), stopping at the
 * end of a line if [line], with the text file's newline handling. Bytes go to *b; 0 or -1. */
static int read_into(IOFile *f, ssize_t limit, bool line, ReadBuf *b)
{
    FILE *fp = f->f.fp;
    int nl = f->binary ? NL_LF : f->newline;
    bool count_utf8 = !f->binary && f->utf8;
    ssize_t nchars = 0;
    switch_op(f, OP_READ);
    for (;;) {
        int c = next_byte(fp);
        if (c == -2)
            return -1;
        if (c == EOF)
            break;
        if (!count_utf8 || (c & 0xC0) != 0x80) {       /* the first byte of a character */
            if (limit >= 0 && nchars == limit) {
                ungetc(c, fp);
                break;
            }
            nchars++;
        }
        if (c == '\r' && (nl == NL_UNIVERSAL || nl == NL_EMPTY || nl == NL_CRLF)) {
            int d = next_byte(fp);
            if (d == -2)
                return -1;
            if (nl == NL_UNIVERSAL) {
                if (d != '\n' && d != EOF)
                    ungetc(d, fp);
                if (rb_push(b, '\n') < 0)
                    return -1;
                if (line)
                    break;
                continue;
            }
            if (rb_push(b, '\r') < 0)
                return -1;
            if (d == '\n') {
                if (limit >= 0 && nchars == limit && nl == NL_EMPTY) {
                    ungetc(d, fp);
                    break;
                }
                nchars += nl == NL_EMPTY;
                if (rb_push(b, '\n') < 0)
                    return -1;
                if (line)
                    break;
                continue;
            }
            if (d != EOF)
                ungetc(d, fp);
            if (line && nl == NL_EMPTY)
                break;
            continue;
        }
        if (rb_push(b, (char)c) < 0)
            return -1;
        if (line && ((c == '\n' && nl != NL_CR && nl != NL_CRLF) || (c == '\r' && nl == NL_CR)))
            break;
    }
    return 0;
}

/* read/readline of any file: str for text, bytes for binary. */
static Object *read_obj(IOFile *f, ssize_t limit, bool line)
{
    if (!check_readable(f, line ? "readline" : "read"))
        return NULL;
    ReadBuf b = {NULL, 0, 0};
    Object *res = NULL;
    if (read_into(f, limit, line, &b) == 0) {
        const char *data = b.data ? b.data : "";
        if (f->binary)
            res = bytes_from_data(data, (ssize_t)b.len);
        else if (f->utf8 && f->errors == NULL)
            res = str_decode_utf8(data, (ssize_t)b.len);
        else
            res = bytes_decode(data, (ssize_t)b.len, f->encoding ? STR_DATA(f->encoding) : NULL,
                               f->errors ? STR_DATA(f->errors) : NULL);
    }
    free(b.data);
    return res;
}

Object *file_readline(Object *file, ssize_t limit)
{
    return read_obj(IOF(file), limit, true);
}

static bool is_empty(Object *o)
{
    return STR_CHECK(o) ? STR_NBYTES(o) == 0 : BYTES_LEN(o) == 0;
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

static bool check_open(IOFile *f)
{
    if (f->f.closed) {
        err_closed();
        return false;
    }
    return true;
}

/* "TextIOWrapper.flush" / "BufferedReader.flush": the name in argument-count messages */
static const char *mname(Object *self, const char *method, char *buf, size_t size)
{
    const char *t = TYPE(self)->name;
    const char *dot = strrchr(t, '.');
    snprintf(buf, size, "%s.%s", dot ? dot + 1 : t, method);
    return buf;
}

/* ---- methods ---- */

static Object *f_write(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    IOFile *f = IOF(self);
    if (check_one_arg(f->binary ? "write" : "TextIOWrapper.write", nargs, kwnames) < 0)
        return NULL;
    Object *s = args[0];
    if (f->binary) {
        const char *data;
        ssize_t n;
        if (BYTES_CHECK(s)) {
            data = BYTES_DATA(s);
            n = BYTES_LEN(s);
        } else if (BYTEARRAY_CHECK(s)) {
            data = BYTEARRAY_DATA(s);
            n = BYTEARRAY_LEN(s);
        } else {
            return exc_format(Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(s));
        }
        if (!f->f.writable)
            return err_unsupported("write"), NULL;
        if (f->f.closed)
            return exc_set_string(Exc_ValueError, "write to closed file");
        if (write_raw(f, data, (size_t)n) < 0)
            return NULL;
        return int_from_ssize(n);
    }
    if (f->f.closed)
        return err_closed(), NULL;
    if (!STR_CHECK(s))
        return exc_format(Exc_TypeError, "write() argument must be str, not %T", s);
    if (file_write_utf8(self, STR_DATA(s), (size_t)STR_NBYTES(s)) < 0)
        return NULL;
    return int_from_ssize(STR_LEN(s));
}

static Object *f_writelines(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (check_one_arg("writelines", nargs, kwnames) < 0)
        return NULL;
    if (!check_open(IOF(self)))
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (it == NULL)
        return NULL;
    Object *item;
    while ((item = obj_iter_next(it)) != NULL) {
        Object *r = f_write(self, &item, 1, NULL);
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

static Object *f_flush(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    char nb[64];
    UNUSED(args);
    if (check_no_args(mname(self, "flush", nb, sizeof nb), nargs, kwnames) < 0)
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
    return read_obj(IOF(self), size, true);
}

static Object *f_read(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t size;
    if (size_arg("read", args, nargs, kwnames, &size) < 0)
        return NULL;
    return read_obj(IOF(self), size, false);
}

static Object *f_readlines(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (check_positional_nokw("readlines", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (!check_readable(IOF(self), "readline"))
        return NULL;
    Object *list = list_new(0);
    if (list == NULL)
        return NULL;
    for (;;) {
        Object *line = read_obj(IOF(self), -1, true);
        if (line == NULL)
            goto error;
        if (is_empty(line)) {
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
    char nb[64];
    UNUSED(args);
    if (check_no_args(mname(self, "fileno", nb, sizeof nb), nargs, kwnames) < 0 || !check_open(IOF(self)))
        return NULL;
    return int_from_long(fileno(IOF(self)->f.fp));
}

static Object *f_isatty(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    char nb[64];
    UNUSED(args);
    if (check_no_args(mname(self, "isatty", nb, sizeof nb), nargs, kwnames) < 0 || !check_open(IOF(self)))
        return NULL;
    return bool_from(isatty(fileno(IOF(self)->f.fp)));
}

static Object *f_readable(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    char nb[64];
    UNUSED(args);
    if (check_no_args(mname(self, "readable", nb, sizeof nb), nargs, kwnames) < 0 || !check_open(IOF(self)))
        return NULL;
    return bool_from(IOF(self)->f.readable);
}

static Object *f_writable(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    char nb[64];
    UNUSED(args);
    if (check_no_args(mname(self, "writable", nb, sizeof nb), nargs, kwnames) < 0 || !check_open(IOF(self)))
        return NULL;
    return bool_from(IOF(self)->f.writable);
}

static Object *f_seekable(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    char nb[64];
    UNUSED(args);
    if (check_no_args(mname(self, "seekable", nb, sizeof nb), nargs, kwnames) < 0 || !check_open(IOF(self)))
        return NULL;
    return bool_from(ftell(IOF(self)->f.fp) >= 0);
}

static Object *f_tell(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    char nb[64];
    UNUSED(args);
    if (check_no_args(mname(self, "tell", nb, sizeof nb), nargs, kwnames) < 0 || !check_open(IOF(self)))
        return NULL;
    long pos = ftell(IOF(self)->f.fp);
    if (pos < 0)
        return err_errno(), NULL;
    return int_from_ssize((ssize_t)pos);
}

static Object *f_seek(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    IOFile *f = IOF(self);
    if (check_positional_nokw("seek", nargs, kwnames, 1, 2) < 0)
        return NULL;
    ssize_t off = obj_as_ssize(args[0], Exc_OverflowError);
    if (off == -1 && exc_occurred())
        return NULL;
    int whence = 0;
    if (nargs == 2 && mod_builtins_as_c_int(args[1], &whence) < 0)
        return NULL;
    if (!check_open(f))
        return NULL;
    if (whence < 0 || whence > 2)
        return exc_format(Exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    if (!f->binary) {
        if (whence == 1 && off != 0)
            return err_unsupported("can't do nonzero cur-relative seeks"), NULL;
        if (whence == 2 && off != 0)
            return err_unsupported("can't do nonzero end-relative seeks"), NULL;
        if (off < 0)
            return exc_format(Exc_ValueError, "negative seek position %zd", off);
    }
    if (f->f.writable && fflush(f->f.fp) != 0)
        return err_errno(), NULL;
    if (fseek(f->f.fp, (long)off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) != 0)
        return err_errno(), NULL;
    f->last_op = OP_NONE;
    long pos = ftell(f->f.fp);
    if (pos < 0)
        return err_errno(), NULL;
    return int_from_ssize((ssize_t)pos);
}

static Object *f_truncate(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    IOFile *f = IOF(self);
    if (check_positional_nokw("truncate", nargs, kwnames, 0, 1) < 0 || !check_open(f))
        return NULL;
    if (!f->f.writable)
        return err_unsupported(f->binary ? "truncate" : "not writable"), NULL;
    if (fflush(f->f.fp) != 0)
        return err_errno(), NULL;
    ssize_t size;
    if (nargs == 1 && args[0] != NONE) {
        size = obj_as_ssize(args[0], Exc_OverflowError);
        if (size == -1 && exc_occurred())
            return NULL;
    } else {
        long pos = ftell(f->f.fp);
        if (pos < 0)
            return err_errno(), NULL;
        size = (ssize_t)pos;
    }
    if (ftruncate(fileno(f->f.fp), (off_t)size) != 0)
        return err_errno(), NULL;
    return int_from_ssize(size);
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
    char nb[64];
    UNUSED(args);
    if (check_no_args(mname(self, "close", nb, sizeof nb), nargs, kwnames) < 0)
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
    Object *line = read_obj(IOF(self), -1, true);
    if (line != NULL && is_empty(line)) {
        OBJ_DECREF(line);
        return NULL;                        /* exhausted, no exception */
    }
    return line;
}

/* ---- attributes ---- */

static Object *f_get_encoding(Object *self, void *closure)
{
    UNUSED(closure);
    IOFile *f = IOF(self);
    return f->encoding ? NEWREF(f->encoding) : str_from_cstr("utf-8");
}

static Object *f_get_errors(Object *self, void *closure)
{
    UNUSED(closure);
    IOFile *f = IOF(self);
    if (f->errors != NULL)
        return NEWREF(f->errors);
    return str_from_cstr(f->f.fp == stderr ? "backslashreplace" : "strict");
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

static Object *f_get_newlines(Object *self, void *closure)
{
    UNUSED(self);
    UNUSED(closure);
    RETURN_NONE;
}

static Object *f_repr(Object *self)
{
    IOFile *f = IOF(self);
    if (f->binary)
        return str_from_format("<%s name=%R>", TYPE(self)->name, f->f.name);
    if (f->encoding != NULL)
        return str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->f.name, f->f.mode,
                               f->encoding);
    return str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->f.name, f->f.mode);
}

static void f_dealloc(Object *self)
{
    IOFile *f = IOF(self);
    if (!f->f.closed) {
        if (f->f.owns_fp)
            fclose(f->f.fp);
        else if (f->f.writable)
            fflush(f->f.fp);
    }
    OBJ_CLEAR(f->f.name);
    OBJ_CLEAR(f->f.mode);
    OBJ_CLEAR(f->encoding);
    OBJ_CLEAR(f->errors);
    obj_free(self);
}

static MethodDef file_methods[] = {
    {"write", f_write, METH_DEFAULT, "Write string to stream.\nReturns the number of characters written (which is always equal to\nthe length of the string)."},
    {"writelines", f_writelines, METH_DEFAULT, NULL},
    {"flush", f_flush, METH_DEFAULT, NULL},
    {"readline", f_readline, METH_DEFAULT, NULL},
    {"read", f_read, METH_DEFAULT, NULL},
    {"readlines", f_readlines, METH_DEFAULT, NULL},
    {"fileno", f_fileno, METH_DEFAULT, NULL},
    {"isatty", f_isatty, METH_DEFAULT, NULL},
    {"readable", f_readable, METH_DEFAULT, NULL},
    {"writable", f_writable, METH_DEFAULT, NULL},
    {"seekable", f_seekable, METH_DEFAULT, NULL},
    {"seek", f_seek, METH_DEFAULT, NULL},
    {"tell", f_tell, METH_DEFAULT, NULL},
    {"truncate", f_truncate, METH_DEFAULT, NULL},
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
    {"newlines", f_get_newlines, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GetSetDef binary_getset[] = {
    {"closed", f_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

TypeObject file_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(IOFile),
    .flags = 0,
    .doc = "Character and line based layer over a C stream.",
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

#define BINARY_TYPE(var, tname, tdoc)                                  \
    TypeObject var = {                                                 \
        .ob = {.ob = {.refcnt = 1, .type = &type_type}},               \
        .name = tname,                                                 \
        .basicsize = sizeof(IOFile),                                   \
        .doc = tdoc,                                                   \
        .dealloc = f_dealloc,                                          \
        .repr = f_repr,                                                \
        .getattro = obj_generic_getattr,                               \
        .setattro = obj_generic_setattr,                               \
        .iter = f_iter,                                                \
        .iternext = f_iternext,                                        \
        .methods = file_methods,                                       \
        .members = file_members,                                       \
        .getset = binary_getset,                                       \
        .base = &object_type,                                          \
    }

BINARY_TYPE(bufreader_type, "_io.BufferedReader", "Create a new buffered reader using the given readable raw IO object.");
BINARY_TYPE(bufwriter_type, "_io.BufferedWriter", "A buffer for a writeable sequential RawIO object.");
BINARY_TYPE(bufrandom_type, "_io.BufferedRandom", "A buffered interface to random access streams.");

Object *file_std_new(FILE *fp, const char *name, const char *mode)
{
    FileObject *f = (FileObject *)obj_alloc(&file_type, 0);
    if (f == NULL)
        return NULL;
    f->fp = fp;
    f->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    f->writable = strchr(mode, 'w') != NULL || strchr(mode, 'a') != NULL || strchr(mode, '+') != NULL;
    IOF(f)->utf8 = true;
    IOF(f)->newline = NL_RAW;
    f->name = str_from_cstr(name);
    f->mode = str_from_cstr(mode);
    if (f->name == NULL || f->mode == NULL) {
        f->closed = true;
        OBJ_DECREF(f);
        return NULL;
    }
    return (Object *)f;
}

/* ---- open() ---- */

/* CPython's checks of the mode string; fills the flags; 0 or -1 with ValueError. */
static int parse_mode(const char *mode, bool *rd, bool *wr, bool *ap, bool *cr, bool *plus, bool *bin)
{
    bool text = false;
    int seen[256] = {0};
    *rd = *wr = *ap = *cr = *plus = *bin = false;
    for (const char *p = mode; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (strchr("rwaxb+t", c) == NULL || seen[c]++) {
            exc_format(Exc_ValueError, "invalid mode: '%s'", mode);
            return -1;
        }
        switch (c) {
        case 'r': *rd = true; break;
        case 'w': *wr = true; break;
        case 'a': *ap = true; break;
        case 'x': *cr = true; break;
        case '+': *plus = true; break;
        case 'b': *bin = true; break;
        default: text = true; break;
        }
    }
    if (text && *bin) {
        exc_set_string(Exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    int n = *rd + *wr + *ap + *cr;
    if (n > 1) {
        exc_set_string(Exc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    if (n == 0) {
        exc_set_string(Exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    return 0;
}

static bool is_utf8_name(const char *e)
{
    char norm[16];
    size_t k = 0;
    for (const char *p = e; *p && k < sizeof norm - 1; p++) {
        if (*p == '-' || *p == '_' || *p == ' ')
            continue;
        norm[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
    }
    norm[k] = 0;
    return strcmp(norm, "utf8") == 0;
}

Object *file_open(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline",
                                        "closefd", "opener", NULL};
    Object *a[8];
    if (arg_parse("open", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    Object *file = a[0];
    const char *mode = "r";
    if (a[1] != NULL) {
        if (!STR_CHECK(a[1]))
            return exc_format(Exc_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        mode = STR_DATA(a[1]);
    }
    int buffering = -1;
    if (a[2] != NULL && mod_builtins_as_c_int(a[2], &buffering) < 0)
        return NULL;
    static const char *const optnames[] = {"encoding", "errors", "newline"};
    for (int k = 3; k <= 5; k++) {
        if (a[k] == NONE)
            a[k] = NULL;
        if (a[k] != NULL && !STR_CHECK(a[k]))
            return exc_format(Exc_TypeError, "open() argument '%s' must be str or None, not %T",
                              optnames[k - 3], a[k]);
    }
    bool closefd = true;
    if (a[6] != NULL) {
        int t = obj_is_true(a[6]);
        if (t < 0)
            return NULL;
        closefd = t;
    }
    if (a[7] != NULL && a[7] != NONE)
        return exc_set_string(Exc_NotImplementedError, "open(): opener is not supported");
    bool is_fd = INT_CHECK(file);
    if (!is_fd && !STR_CHECK(file) && !BYTES_CHECK(file))
        return exc_format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    bool rd, wr, ap, cr, plus, bin;
    if (parse_mode(mode, &rd, &wr, &ap, &cr, &plus, &bin) < 0)
        return NULL;
    int nl = NL_UNIVERSAL;
    if (bin) {
        if (a[3] != NULL)
            return exc_set_string(Exc_ValueError, "binary mode doesn't take an encoding argument");
        if (a[4] != NULL)
            return exc_set_string(Exc_ValueError, "binary mode doesn't take an errors argument");
        if (a[5] != NULL)
            return exc_set_string(Exc_ValueError, "binary mode doesn't take a newline argument");
    }
    if (!is_fd && !closefd)
        return exc_set_string(Exc_ValueError, "Cannot use closefd=False with file name");
    /* the encoding must exist (LookupError now, as CPython) */
    if (a[3] != NULL && !is_utf8_name(STR_DATA(a[3]))) {
        Object *probe = bytes_decode("", 0, STR_DATA(a[3]), NULL);
        if (probe == NULL)
            return NULL;
        OBJ_DECREF(probe);
    }
    char cmode[8];
    int k = 0;
    cmode[k++] = rd ? 'r' : ap ? 'a' : 'w';
    if (plus)
        cmode[k++] = '+';
    if (cr)
        cmode[k++] = 'x';
    cmode[k] = 0;
    FILE *fp;
    if (is_fd) {
        int fd;
        if (mod_builtins_as_c_int(file, &fd) < 0)
            return NULL;
        if (fd < 0)
            return exc_set_string(Exc_ValueError, "negative file descriptor");
        char fmode[4] = {cmode[0] == 'r' ? 'r' : cmode[0] == 'a' ? 'a' : 'w', plus ? '+' : 0, 0, 0};
        fp = fdopen(closefd ? fd : dup(fd), fmode);
        if (fp == NULL)
            return err_errno(), NULL;
    } else {
        const char *path = STR_CHECK(file) ? STR_DATA(file) : BYTES_DATA(file);
        if ((ssize_t)strlen(path) != (STR_CHECK(file) ? STR_NBYTES(file) : BYTES_LEN(file)))
            return exc_set_string(Exc_ValueError, "embedded null byte");
        fp = fopen(path, cmode);
        if (fp == NULL)
            return err_errno_filename(errno, file), NULL;
        int fd = fileno(fp);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            fclose(fp);
            return err_errno_filename(EISDIR, file), NULL;
        }
    }
    if (!bin) {               /* checked after opening, as CPython (the file is created) */
        const char *msg = NULL;
        if (buffering == 0)
            msg = "can't have unbuffered text I/O";
        if (msg == NULL && a[5] != NULL) {
            const char *n = STR_DATA(a[5]);
            if (strcmp(n, "") == 0) nl = NL_EMPTY;
            else if (strcmp(n, "\n") == 0) nl = NL_LF;
            else if (strcmp(n, "\r") == 0) nl = NL_CR;
            else if (strcmp(n, "\r\n") == 0) nl = NL_CRLF;
            else msg = "illegal newline value: ";
        }
        if (msg != NULL) {
            fclose(fp);
            if (buffering == 0)
                return exc_set_string(Exc_ValueError, msg);
            return exc_format(Exc_ValueError, "%s%U", msg, a[5]);
        }
    }
    if (buffering == 0)
        setvbuf(fp, NULL, _IONBF, 0);
    else if (buffering == 1 && !bin)
        setvbuf(fp, NULL, _IOLBF, BUFSIZ);
    TypeObject *type = !bin ? &file_type : plus ? &bufrandom_type : rd ? &bufreader_type : &bufwriter_type;
    IOFile *f = (IOFile *)obj_alloc(type, 0);
    if (f == NULL) {
        fclose(fp);
        return NULL;
    }
    f->f.fp = fp;
    f->f.owns_fp = true;
    f->f.readable = rd || plus;
    f->f.writable = !rd || plus;
    f->binary = bin;
    f->newline = nl;
    f->seekable = ftell(fp) >= 0;
    f->f.name = NEWREF(file);
    /* the mode as CPython shows it: text files keep the given string, binary files normalize */
    if (bin) {
        const char *bmode = cr ? (plus ? "xb+" : "xb") : ap ? (plus ? "ab+" : "ab")
                          : (rd || plus) ? (plus ? "rb+" : "rb") : "wb";   /* FileIO.mode */
        f->f.mode = str_from_cstr(bmode);
    } else {
        f->f.mode = a[1] ? NEWREF(a[1]) : str_from_cstr("r");
    }
    if (f->f.mode == NULL)
        goto error;
    if (!bin) {
        f->encoding = a[3] ? NEWREF(a[3]) : str_from_cstr("UTF-8");
        if (f->encoding == NULL)
            goto error;
        f->utf8 = is_utf8_name(STR_DATA(f->encoding));
        f->errors = a[4] ? NEWREF(a[4]) : NULL;
    }
    if (ap && fseek(fp, 0, SEEK_END) != 0 && errno != ESPIPE)
        clearerr(fp);
    return (Object *)f;
error:
    OBJ_DECREF(f);
    return NULL;
}

static MethodDef open_def = {
    "open", file_open, METH_DEFAULT,
    "Open file and return a stream.  Raise OSError upon failure."};

int file_add_builtins(Object *d)
{
    Object *fn = builtin_function_new(&open_def, NULL, NULL);
    if (fn == NULL)
        return -1;
    int r = dict_set_str(d, "open", fn);
    OBJ_DECREF(fn);
    if (r < 0)
        return -1;
    return dict_set_str(d, "bytearray", (Object *)&bytearray_type);
}
