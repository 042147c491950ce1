/* mod_os.c: the _os module, the POSIX primitives under stdlib/lib/os.py (CPython's posix module,
 * reduced): getcwd, chdir, listdir, remove/unlink, mkdir, rmdir, rename, stat, getpid, urandom,
 * cpu_count, strerror and a snapshot of the environment. Errors are OSError subclasses picked
 * by errno, with CPython's "[Errno 2] No such file or directory: 'x'" form. */
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "vm/errors.h"
#include "stdlib/modules.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

extern char **environ;

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

/* Raises OSError(e, strerror(e)[, filename]) of the right subclass; NULL. */
static Object *err_errno(int e, Object *filename)
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
    return NULL;
}

/* The C path of a str argument, borrowed from it; NULL with TypeError/ValueError. */
static const char *path_arg(const char *fname, const char *argname, Object *o)
{
    if (!STR_CHECK(o)) {
        exc_format(Exc_TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname, argname,
                   obj_type_name(o));
        return NULL;
    }
    if ((ssize_t)strlen(STR_DATA(o)) != STR_NBYTES(o)) {
        exc_format(Exc_ValueError, "%s: embedded null character in %s", fname, argname);
        return NULL;
    }
    return STR_DATA(o);
}

/* f(path): one path argument, positional or keyword */
static const char *one_path(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames, Object **obj)
{
    static const char *const names[] = {"path", NULL};
    *obj = NULL;
    if (arg_parse(fname, args, nargs, kwnames, names, 0, 1, obj) < 0)
        return NULL;
    return path_arg(fname, "path", *obj);
}

static Object *os_getcwd(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("getcwd", kwnames) < 0 || arg_count("getcwd", nargs, 0, 0) < 0)
        return NULL;
    char buf[PATH_MAX + 1];
    if (getcwd(buf, sizeof buf) == NULL)
        return err_errno(errno, NULL);
    return str_decode_utf8(buf, (ssize_t)strlen(buf));
}

static Object *os_chdir(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Object *p;
    const char *path = one_path("chdir", args, nargs, kwnames, &p);
    if (path == NULL)
        return NULL;
    if (chdir(path) != 0)
        return err_errno(errno, p);
    RETURN_NONE;
}

static Object *os_listdir(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"path", NULL};
    Object *p = NULL;
    if (arg_parse("listdir", args, nargs, kwnames, names, 0, 0, &p) < 0)
        return NULL;
    const char *path = ".";
    if (p != NULL && p != NONE && (path = path_arg("listdir", "path", p)) == NULL)
        return NULL;
    DIR *d = opendir(path);
    if (d == NULL) {
        if (p == NULL || p == NONE) {
            Object *dot = str_from_cstr(".");
            if (dot != NULL)
                err_errno(errno, dot);
            OBJ_XDECREF(dot);
            return NULL;
        }
        return err_errno(errno, p);
    }
    Object *result = list_new(0);
    struct dirent *e;
    while (result != NULL && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        Object *name = str_decode_utf8(e->d_name, (ssize_t)strlen(e->d_name));
        if (name == NULL || list_append(result, name) < 0)
            OBJ_CLEAR(result);
        OBJ_XDECREF(name);
    }
    closedir(d);
    return result;
}

static Object *os_remove(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Object *p;
    const char *path = one_path("remove", args, nargs, kwnames, &p);
    if (path == NULL)
        return NULL;
    if (unlink(path) != 0)
        return err_errno(errno, p);
    RETURN_NONE;
}

static Object *os_unlink(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Object *p;
    const char *path = one_path("unlink", args, nargs, kwnames, &p);
    if (path == NULL)
        return NULL;
    if (unlink(path) != 0)
        return err_errno(errno, p);
    RETURN_NONE;
}

static Object *os_rmdir(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Object *p;
    const char *path = one_path("rmdir", args, nargs, kwnames, &p);
    if (path == NULL)
        return NULL;
    if (rmdir(path) != 0)
        return err_errno(errno, p);
    RETURN_NONE;
}

static Object *os_mkdir(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"path", "mode", NULL};
    Object *out[2] = {NULL, NULL};
    if (arg_parse("mkdir", args, nargs, kwnames, names, 0, 1, out) < 0)
        return NULL;
    const char *path = path_arg("mkdir", "path", out[0]);
    if (path == NULL)
        return NULL;
    long mode = 0777;
    if (out[1] != NULL) {
        int overflow;
        if (!INT_CHECK(out[1]))
            return exc_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              obj_type_name(out[1]));
        mode = int_as_long(out[1], &overflow);
        if (overflow)
            return exc_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    }
    if (mkdir(path, (mode_t)mode) != 0)
        return err_errno(errno, out[0]);
    RETURN_NONE;
}

static Object *os_rename(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    static const char *const names[] = {"src", "dst", NULL};
    Object *out[2] = {NULL, NULL};
    if (arg_parse("rename", args, nargs, kwnames, names, 0, 2, out) < 0)
        return NULL;
    const char *src = path_arg("rename", "src", out[0]), *dst = NULL;
    if (src == NULL || (dst = path_arg("rename", "dst", out[1])) == NULL)
        return NULL;
    if (rename(src, dst) != 0) {
        /* CPython: "[Errno 2] No such file or directory: 'a' -> 'b'" (filename and filename2) */
        int e = errno;
        err_errno(e, out[0]);
        Object *exc = exc_occurred_borrow();
        if (exc != NULL)
            if (obj_setattr_cstr(exc, "filename2", out[1]) < 0)
                return NULL;
        return NULL;
    }
    RETURN_NONE;
}

static Object *double_of_timespec(struct timespec ts)
{
    return float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

/* stat(path) -> (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime,
 * st_mtime, st_ctime) with float times; os.py wraps it in os.stat_result. */
static Object *os_stat(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Object *p;
    const char *path = one_path("stat", args, nargs, kwnames, &p);
    if (path == NULL)
        return NULL;
    struct stat st;
    if (stat(path, &st) != 0)
        return err_errno(errno, p);
    Object *items[10] = {
        int_from_long((long)st.st_mode), int_from_long((long)st.st_ino), int_from_long((long)st.st_dev),
        int_from_long((long)st.st_nlink), int_from_long((long)st.st_uid), int_from_long((long)st.st_gid),
        int_from_long((long)st.st_size), double_of_timespec(st.st_atim), double_of_timespec(st.st_mtim),
        double_of_timespec(st.st_ctim),
    };
    Object *result = NULL;
    bool ok = true;
    for (int i = 0; i < 10; i++)
        ok = ok && items[i] != NULL;
    if (ok)
        result = tuple_from_array(items, 10);
    for (int i = 0; i < 10; i++)
        OBJ_XDECREF(items[i]);
    return result;
}

static Object *os_getpid(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("getpid", kwnames) < 0 || arg_count("getpid", nargs, 0, 0) < 0)
        return NULL;
    return int_from_long((long)getpid());
}

static Object *os_cpu_count(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("cpu_count", kwnames) < 0 || arg_count("cpu_count", nargs, 0, 0) < 0)
        return NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        RETURN_NONE;
    return int_from_long(n);
}

static Object *os_urandom(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("urandom", kwnames) < 0 || arg_count("urandom", nargs, 1, 1) < 0)
        return NULL;
    if (!INT_CHECK(args[0]))
        return exc_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(args[0]));
    int overflow;
    long n = int_as_long(args[0], &overflow);
    if (overflow)
        return exc_set_string(Exc_OverflowError, "Python int too large to convert to C ssize_t");
    if (n < 0)
        return exc_set_string(Exc_ValueError, "negative argument not allowed");
    Object *b = bytes_new_uninit((ssize_t)n);
    if (b == NULL || n == 0)
        return b;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        OBJ_DECREF(b);
        return err_errno(errno, NULL);
    }
    char *p = BYTES_DATA(b);
    long got = 0;
    while (got < n) {
        ssize_t r = read(fd, p + got, (size_t)(n - got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            int e = r < 0 ? errno : EIO;
            close(fd);
            OBJ_DECREF(b);
            return err_errno(e, NULL);
        }
        got += r;
    }
    close(fd);
    return b;
}

static Object *os_strerror(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("strerror", kwnames) < 0 || arg_count("strerror", nargs, 1, 1) < 0)
        return NULL;
    if (!INT_CHECK(args[0]))
        return exc_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(args[0]));
    int overflow;
    long e = int_as_long(args[0], &overflow);
    if (overflow || e > INT_MAX || e < INT_MIN)
        return exc_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    const char *s = strerror((int)e);
    return str_decode_utf8(s, (ssize_t)strlen(s));
}

/* A dict snapshot of the process environment (as CPython's posix.environ, but str -> str). */
static Object *environ_dict(void)
{
    Object *d = dict_new();
    for (char **e = environ; d != NULL && e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL)
            continue;
        Object *k = str_decode_utf8(*e, (ssize_t)(eq - *e));
        Object *v = str_decode_utf8(eq + 1, (ssize_t)strlen(eq + 1));
        if (k == NULL || v == NULL || dict_set_item(d, k, v) < 0)
            OBJ_CLEAR(d);
        OBJ_XDECREF(k);
        OBJ_XDECREF(v);
    }
    return d;
}

static MethodDef os_functions[] = {
    {"getcwd", os_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"chdir", os_chdir, 0, "Change the current working directory to the specified path."},
    {"listdir", os_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"remove", os_remove, 0, "Remove a file (same as unlink())."},
    {"unlink", os_unlink, 0, "Remove a file (same as remove())."},
    {"rmdir", os_rmdir, 0, "Remove a directory."},
    {"mkdir", os_mkdir, 0, "Create a directory."},
    {"rename", os_rename, 0, "Rename a file or directory."},
    {"stat", os_stat, 0, "Perform a stat system call on the given path (a tuple)."},
    {"getpid", os_getpid, 0, "Return the current process id."},
    {"cpu_count", os_cpu_count, 0, "Return the number of CPUs in the system; return None if indeterminable."},
    {"urandom", os_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"strerror", os_strerror, 0, "Translate an error code to a message string."},
    {NULL, NULL, 0, NULL},
};

/* The _os module: a new module, or NULL with an exception set. */
Object *mod__os_init(void)
{
    Object *m = module_new("_os");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, os_functions) < 0)
        goto error;
    Object *env = environ_dict();
    if (env == NULL || module_add_object(m, "environ", env) < 0) {
        OBJ_XDECREF(env);
        goto error;
    }
    OBJ_DECREF(env);
    return m;
error:
    OBJ_DECREF(m);
    return NULL;
}
