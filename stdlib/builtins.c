/* builtins.c: the builtins module: its assembly (functions, types, singletons, exceptions, exit
 * and quit), print and input, and the object-protocol functions (len, repr, ascii, format,
 * isinstance, issubclass, iter, next, id, hash, callable, getattr & co., any, all, sorted,
 * __import__). Numeric functions live in builtins_num.c, eval/exec/compile/dir/vars in
 * builtins_eval.c. Behaviour and messages are CPython 3.11's. */
#include "stdlib/builtins_internal.h"
#include "stdlib/modules.h"
#include "objects/memoryobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/complexobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/setobject.h"
#include "objects/rangeobject.h"
#include "objects/funcobject.h"
#include "objects/descrobject.h"
#include "vm/vm.h"

#include <string.h>

/* ---- print ---- */

/* Writes the str of [v] through [writer] (a bound write method), or straight to the stream when
 * [file] is one of our std stream objects. */
static int write_obj(Object *file, Object *writer, Object *v)
{
    if (writer == NULL) {                               /* our own stream: no str object needed */
        if (STR_CHECK_EXACT(v))
            return file_write_utf8(file, STR_DATA(v), (size_t)STR_NBYTES(v));
        Object *s = obj_str(v);
        if (s == NULL)
            return -1;
        int r = file_write_utf8(file, STR_DATA(s), (size_t)STR_NBYTES(s));
        OBJ_DECREF(s);
        return r;
    }
    Object *s = obj_str(v);
    if (s == NULL)
        return -1;
    Object *res = obj_call_one(writer, s);
    OBJ_DECREF(s);
    if (res == NULL)
        return -1;
    OBJ_DECREF(res);
    return 0;
}

static int write_cstr(Object *file, Object *writer, const char *text)
{
    if (writer == NULL)
        return file_write_utf8(file, text, strlen(text));
    Object *s = str_from_cstr(text);            /* " " and "\n" are cached one-character strings */
    if (s == NULL)
        return -1;
    int r = write_obj(file, writer, s);
    OBJ_DECREF(s);
    return r;
}

int builtin_print_to(Object *file, Object *const *values, ssize_t n, Object *sep, Object *end, bool flush)
{
    if (file == NULL || file == NONE) {
        file = mod_sys_get_borrow("stdout");
        if (file == NULL) {
            exc_set_string(Exc_RuntimeError, "lost sys.stdout");
            return -1;
        }
        if (file == NONE)                       /* sys.stdout may be None: print does nothing */
            return 0;
    }
    if (sep == NONE)
        sep = NULL;
    else if (sep != NULL && !STR_CHECK(sep)) {
        exc_format(Exc_TypeError, "sep must be None or a string, not %s", obj_type_name(sep));
        return -1;
    }
    if (end == NONE)
        end = NULL;
    else if (end != NULL && !STR_CHECK(end)) {
        exc_format(Exc_TypeError, "end must be None or a string, not %s", obj_type_name(end));
        return -1;
    }

    OBJ_INCREF(file);                            /* write() may replace sys.stdout */
    Object *writer = NULL;
    if (!FILE_CHECK(file)) {
        writer = obj_getattr_cstr(file, "write");
        if (writer == NULL)
            goto error;
    }
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0) {
            if ((sep == NULL ? write_cstr(file, writer, " ") : write_obj(file, writer, sep)) < 0)
                goto error;
        }
        if (write_obj(file, writer, values[i]) < 0)
            goto error;
    }
    if ((end == NULL ? write_cstr(file, writer, "\n") : write_obj(file, writer, end)) < 0)
        goto error;
    if (flush) {
        if (writer == NULL) {
            if (file_flush(file) < 0)
                goto error;
        } else {
            Object *res = obj_call_method(file, "flush", NULL, 0);
            if (res == NULL)
                goto error;
            OBJ_DECREF(res);
        }
    }
    OBJ_XDECREF(writer);
    OBJ_DECREF(file);
    return 0;
error:
    OBJ_XDECREF(writer);
    OBJ_DECREF(file);
    return -1;
}

static Object *b_print(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Object *sep = NULL, *end = NULL, *file = NULL;
    bool flush = false;
    if (kwnames != NULL) {
        for (ssize_t i = 0; i < TUPLE_SIZE(kwnames); i++) {
            Object *name = TUPLE_GET(kwnames, i);
            Object *value = args[nargs + i];
            if (str_eq_cstr(name, "sep"))
                sep = value;
            else if (str_eq_cstr(name, "end"))
                end = value;
            else if (str_eq_cstr(name, "file"))
                file = value;
            else if (str_eq_cstr(name, "flush")) {
                int t = obj_is_true(value);
                if (t < 0)
                    return NULL;
                flush = t;
            } else
                return exc_format(Exc_TypeError, "'%U' is an invalid keyword argument for print()", name);
        }
    }
    if (builtin_print_to(file, args, nargs, sep, end, flush) < 0)
        return NULL;
    RETURN_NONE;
}

/* ---- input ---- */

static Object *call_flush_ignoring_errors(Object *f)
{
    Object *res = FILE_CHECK(f) ? (file_flush(f) < 0 ? NULL : NEWREF(NONE))
                                : obj_call_method(f, "flush", NULL, 0);
    if (res == NULL)
        exc_clear();
    return res;
}

static Object *b_input(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("input", nargs, kwnames, 0, 1) < 0)
        return NULL;
    static const char *const names[3] = {"stdin", "stdout", "stderr"};
    Object *f[3];
    for (int i = 0; i < 3; i++) {
        f[i] = mod_sys_get_borrow(names[i]);
        if (f[i] == NULL || f[i] == NONE)
            return exc_format(Exc_RuntimeError, "input(): lost sys.%s", names[i]);
    }
    Object *fin = NEWREF(f[0]), *fout = NEWREF(f[1]), *ferr = NEWREF(f[2]);
    Object *line = NULL, *res = NULL;

    OBJ_XDECREF(call_flush_ignoring_errors(ferr));
    if (nargs == 1) {
        Object *writer = FILE_CHECK(fout) ? NULL : obj_getattr_cstr(fout, "write");
        if (writer == NULL && !FILE_CHECK(fout))
            goto done;
        int r = write_obj(fout, writer, args[0]);
        OBJ_XDECREF(writer);
        if (r < 0)
            goto done;
    }
    OBJ_XDECREF(call_flush_ignoring_errors(fout));

    line = FILE_CHECK(fin) ? file_readline(fin, -1) : obj_call_method(fin, "readline", NULL, 0);
    if (line == NULL)
        goto done;
    if (!STR_CHECK(line)) {
        exc_set_string(Exc_TypeError, "object.readline() returned non-string");
        goto done;
    }
    if (STR_NBYTES(line) == 0) {
        exc_set_string(Exc_EOFError, "EOF when reading a line");
        goto done;
    }
    if (STR_DATA(line)[STR_NBYTES(line) - 1] == '\n')
        res = str_from_utf8(STR_DATA(line), STR_NBYTES(line) - 1);
    else
        res = NEWREF(line);
done:
    OBJ_XDECREF(line);
    OBJ_DECREF(fin);
    OBJ_DECREF(fout);
    OBJ_DECREF(ferr);
    return res;
}

/* ---- simple one-argument functions ---- */

static Object *b_len(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("len", nargs, kwnames) < 0)
        return NULL;
    ssize_t n = obj_len(args[0]);
    if (n < 0)
        return NULL;
    return int_from_ssize_fast(n);
}

static Object *b_repr(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("repr", nargs, kwnames) < 0)
        return NULL;
    return obj_repr(args[0]);
}

static Object *b_ascii(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("ascii", nargs, kwnames) < 0)
        return NULL;
    return obj_ascii(args[0]);
}

static Object *b_id(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("id", nargs, kwnames) < 0)
        return NULL;
    return int_from_u64((uint64_t)(uintptr_t)args[0]);
}

static Object *b_hash(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("hash", nargs, kwnames) < 0)
        return NULL;
    hash_t h = obj_hash(args[0]);
    if (h == -1)
        return NULL;
    return int_from_ssize((ssize_t)h);
}

static Object *b_callable(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("callable", nargs, kwnames) < 0)
        return NULL;
    return bool_from(obj_is_callable(args[0]));
}

/* ---- format ---- */

Object *mod_builtins_lookup_special(Object *o, const char *name, int *found)
{
    Object *key = str_intern_cstr(name);
    if (key == NULL) {
        *found = -1;
        return NULL;
    }
    Object *meth = type_lookup_borrow(TYPE(o), key);
    OBJ_DECREF(key);
    if (meth == NULL) {
        *found = exc_occurred() ? -1 : 0;
        return NULL;
    }
    *found = 1;
    if (TYPE(meth)->descr_get == NULL)
        return NEWREF(meth);
    OBJ_INCREF(meth);
    Object *bound = TYPE(meth)->descr_get(meth, o, (Object *)TYPE(o));
    OBJ_DECREF(meth);
    if (bound == NULL)
        *found = -1;
    return bound;
}

static Object *b_format(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("format", nargs, kwnames, 1, 2) < 0)
        return NULL;
    Object *spec = nargs > 1 ? args[1] : NULL;
    if (spec != NULL && !STR_CHECK(spec))
        return exc_format(Exc_TypeError, "format() argument 2 must be str, not %s", obj_type_name(spec));
    if (spec != NULL)
        return str_format_value(args[0], spec);
    Object *empty = str_from_cstr("");
    if (empty == NULL)
        return NULL;
    Object *res = str_format_value(args[0], empty);
    OBJ_DECREF(empty);
    return res;
}

/* ---- isinstance / issubclass ---- */

/* Calls cls.__instancecheck__(arg) / cls.__subclasscheck__(arg) as defined by cls's metaclass:
 * 1/0, -1 on error, -2 when the metaclass defines no such method. */
static int call_check(Object *cls, const char *name, Object *arg)
{
    int found;
    Object *m = mod_builtins_lookup_special(cls, name, &found);
    if (m == NULL)
        return found < 0 ? -1 : -2;
    Object *res = obj_call_one(m, arg);
    OBJ_DECREF(m);
    if (res == NULL)
        return -1;
    int t = obj_is_true(res);
    OBJ_DECREF(res);
    return t;
}

/* CPython's object_recursive_isinstance: exact types and tuples (walked in order, so (int, 2)
 * answers True for 1 before it would complain about 2), then a metaclass's __instancecheck__. */
static int isinstance_rec(Object *o, Object *cls)
{
    if (TYPE(o) == (TypeObject *)cls)
        return 1;
    if (TYPE(cls) == &type_type)
        return obj_is_instance(o, cls);
    if (TUPLE_CHECK(cls)) {
        if (vm_enter_recursion(" in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = isinstance_rec(o, TUPLE_GET(cls, i));
        vm_leave_recursion();
        return r;
    }
    int r = call_check(cls, "__instancecheck__", o);
    return r != -2 ? r : obj_is_instance(o, cls);
}

static int issubclass_rec(Object *derived, Object *cls)
{
    if (TYPE(cls) == &type_type)
        return obj_is_subclass(derived, cls);
    if (TUPLE_CHECK(cls)) {
        if (vm_enter_recursion(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = issubclass_rec(derived, TUPLE_GET(cls, i));
        vm_leave_recursion();
        return r;
    }
    int r = call_check(cls, "__subclasscheck__", derived);
    return r != -2 ? r : obj_is_subclass(derived, cls);
}

static Object *b_isinstance(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("isinstance", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int r = isinstance_rec(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

static Object *b_issubclass(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("issubclass", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int r = issubclass_rec(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

/* ---- iteration ---- */

static Object *b_iter(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("iter", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return obj_get_iter(args[0]);
    if (!obj_is_callable(args[0]))
        return exc_set_string(Exc_TypeError, "iter(v, w): v must be callable");
    return callable_iter_new(args[0], args[1]);
}

static Object *b_next(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("next", nargs, kwnames, 1, 2) < 0)
        return NULL;
    Object *it = args[0];
    if (TYPE(it)->iternext == NULL)
        return exc_format(Exc_TypeError, "'%s' object is not an iterator", obj_type_name(it));
    Object *res = TYPE(it)->iternext(it);
    if (res != NULL)
        return res;
    if (nargs > 1) {
        if (exc_occurred()) {
            if (!exc_matches(Exc_StopIteration))
                return NULL;
            exc_clear();
        }
        return NEWREF(args[1]);
    }
    if (!exc_occurred()) {
        Object *e = exc_new(Exc_StopIteration, NULL, 0);
        if (e != NULL)
            exc_restore(e);
    }
    return NULL;
}

/* any() and all(): stop at the first item whose truth is [stop_on]. */
static Object *any_all(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames, bool stop_on)
{
    if (check_one_arg(fname, nargs, kwnames) < 0)
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (it == NULL)
        return NULL;
    for (;;) {
        Object *item = obj_iter_next(it);
        if (item == NULL)
            break;
        int t = obj_is_true(item);
        OBJ_DECREF(item);
        if (t < 0) {
            OBJ_DECREF(it);
            return NULL;
        }
        if ((t != 0) == stop_on) {
            OBJ_DECREF(it);
            return bool_from(stop_on);
        }
    }
    OBJ_DECREF(it);
    if (exc_occurred())
        return NULL;
    return bool_from(!stop_on);
}

static Object *b_any(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return any_all("any", args, nargs, kwnames, true);
}

static Object *b_all(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return any_all("all", args, nargs, kwnames, false);
}

static Object *b_sorted(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (nargs != 1)
        return exc_format(Exc_TypeError, "sorted expected 1 argument, got %zd", nargs);
    Object *key = NULL;
    bool reverse = false;
    if (kwnames != NULL) {
        for (ssize_t i = 0; i < TUPLE_SIZE(kwnames); i++) {
            Object *name = TUPLE_GET(kwnames, i);
            Object *value = args[nargs + i];
            if (str_eq_cstr(name, "key")) {
                key = value == NONE ? NULL : value;
            } else if (str_eq_cstr(name, "reverse")) {
                int r;
                if (mod_builtins_as_c_int(value, &r) < 0)
                    return NULL;
                reverse = r != 0;
            } else {
                return exc_format(Exc_TypeError, "'%U' is an invalid keyword argument for sort()", name);
            }
        }
    }
    Object *list = list_from_iterable(args[0]);
    if (list == NULL)
        return NULL;
    if (list_sort(list, key, reverse) < 0) {
        OBJ_DECREF(list);
        return NULL;
    }
    return list;
}

/* ---- attributes ---- */

static int check_attr_name(Object *name)
{
    if (!STR_CHECK(name)) {
        exc_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
        return -1;
    }
    return 0;
}

static Object *b_getattr(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("getattr", nargs, kwnames, 2, 3) < 0)
        return NULL;
    if (check_attr_name(args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return obj_getattr(args[0], args[1]);
    int found;
    Object *res = obj_lookup_attr(args[0], args[1], &found);
    if (res == NULL && found == 0)
        return NEWREF(args[2]);
    return res;
}

static Object *b_hasattr(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("hasattr", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (check_attr_name(args[1]) < 0)
        return NULL;
    int found;
    Object *res = obj_lookup_attr(args[0], args[1], &found);
    if (res == NULL)
        return found < 0 ? NULL : bool_from(0);
    OBJ_DECREF(res);
    RETURN_TRUE;
}

static Object *b_setattr(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("setattr", nargs, kwnames, 3, 3) < 0)
        return NULL;
    if (check_attr_name(args[1]) < 0 || obj_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *b_delattr(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("delattr", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (check_attr_name(args[1]) < 0 || obj_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    RETURN_NONE;
}

/* ---- __import__ ---- */

static Object *b_import(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    UNUSED(self);
    Object *a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (arg_parse("__import__", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    Object *name = a[0];
    if (!STR_CHECK(name))
        return exc_set_string(Exc_TypeError, "module name must be a string");
    if (a[4] != NULL) {
        ssize_t level = obj_as_ssize(a[4], Exc_OverflowError);
        if (level == -1 && exc_occurred())
            return NULL;
        if (level < 0)
            return exc_set_string(Exc_ValueError, "level must be >= 0");
        if (level > 0)
            return exc_set_string(Exc_ImportError, "attempted relative import with no known parent package");
    }
    if (STR_NBYTES(name) == 0)
        return exc_set_string(Exc_ValueError, "Empty module name");
    Object *mod = vm_import(STR_DATA(name));
    if (mod == NULL)
        return NULL;
    int fromlist = 0;
    if (a[3] != NULL && a[3] != NONE) {
        fromlist = obj_is_true(a[3]);
        if (fromlist < 0) {
            OBJ_DECREF(mod);
            return NULL;
        }
    }
    const char *dot = strchr(STR_DATA(name), '.');
    if (fromlist || dot == NULL)
        return mod;
    /* "import a.b" binds the top-level package */
    OBJ_DECREF(mod);
    Object *top = str_from_utf8(STR_DATA(name), dot - STR_DATA(name));
    if (top == NULL)
        return NULL;
    mod = vm_import(STR_DATA(top));
    OBJ_DECREF(top);
    return mod;
}

/* ---- exit and quit ---- */

typedef struct QuitterObject {
    Object ob;
    const char *name;          /* "exit" or "quit" */
} QuitterObject;

static Object *quitter_repr(Object *self)
{
    return str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObject *)self)->name);
}

static Object *quitter_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Object *code = nargs > 0 ? args[0] : NULL;
    ssize_t nkw = kwnames != NULL ? TUPLE_SIZE(kwnames) : 0;
    if (nargs > 1)
        return exc_format(Exc_TypeError,
                          "Quitter.__call__() takes from 1 to 2 positional arguments but %zd were given",
                          nargs + 1);
    for (ssize_t i = 0; i < nkw; i++) {
        Object *name = TUPLE_GET(kwnames, i);
        if (!str_eq_cstr(name, "code"))
            return exc_format(Exc_TypeError, "Quitter.__call__() got an unexpected keyword argument '%U'", name);
        if (code != NULL)
            return exc_set_string(Exc_TypeError, "Quitter.__call__() got multiple values for argument 'code'");
        code = args[nargs + i];
    }
    if (code == NULL)
        code = NONE;
    Object *exc = exc_new(Exc_SystemExit, &code, 1);
    if (exc != NULL)
        exc_restore(exc);
    return NULL;
}

TypeObject quitter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObject),
    .dealloc = obj_free,
    .repr = quitter_repr,
    .getattro = obj_generic_getattr,
    .call = quitter_call,
    .base = &object_type,
};

static Object *quitter_new(const char *name)
{
    QuitterObject *q = (QuitterObject *)obj_alloc(&quitter_type, 0);
    if (q != NULL)
        q->name = name;
    return (Object *)q;
}

/* ---- the module ---- */

extern TypeObject super_type;      /* vm/super.c (no header declares it yet) */

static MethodDef builtin_methods[] = {
    {"print", b_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"input", b_input, 0, "Read a string from standard input.  The trailing newline is stripped."},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"repr", b_repr, 0, "Return the canonical string representation of the object."},
    {"ascii", b_ascii, 0, "Return an ASCII-only representation of an object."},
    {"format", b_format, 0, "Return value.__format__(format_spec)"},
    {"isinstance", b_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", b_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", b_iter, 0, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator"},
    {"next", b_next, 0, "next(iterator[, default])"},
    {"id", b_id, 0, "Return the identity of an object."},
    {"hash", b_hash, 0, "Return the hash value for the given object."},
    {"callable", b_callable, 0, "Return whether the object is callable (i.e., some kind of function)."},
    {"any", b_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"all", b_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"sorted", b_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"getattr", b_getattr, 0, "getattr(object, name[, default]) -> value"},
    {"hasattr", b_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"setattr", b_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"delattr", b_delattr, 0, "Deletes the named attribute from the given object."},
    {"__import__", b_import, 0, "Import a module."},
    {NULL, NULL, 0, NULL},
};

static int put_new(Object *d, const char *name, Object *value)
{
    if (value == NULL)
        return -1;
    int r = dict_set_str(d, name, value);
    OBJ_DECREF(value);
    return r;
}

Object *mod_builtins_init(void)
{
    static const struct { const char *name; TypeObject *type; } types[] = {
        {"bool", &bool_type}, {"bytes", &bytes_type}, {"classmethod", &classmethod_type},
        {"dict", &dict_type}, {"enumerate", &enumerate_type}, {"filter", &filter_type},
        {"complex", &complex_type}, {"float", &float_type}, {"int", &int_type}, {"list", &list_type},
        {"map", &map_type}, {"memoryview", &memoryview_type},
        {"object", &object_type}, {"property", &property_type}, {"range", &range_type},
        {"reversed", &reversed_type}, {"set", &set_type}, {"frozenset", &frozenset_type},
        {"slice", &slice_type}, {"staticmethod", &staticmethod_type},
        {"str", &str_type}, {"super", &super_type}, {"tuple", &tuple_type}, {"type", &type_type},
        {"zip", &zip_type},
    };
    if (stdlib_ready_types() < 0)
        return NULL;
    Object *m = module_new("builtins");
    if (m == NULL)
        return NULL;
    Object *d = module_dict_borrow(m);
    if (module_add_functions(m, builtin_methods) < 0 ||
        module_add_functions(m, builtins_num_methods) < 0 ||
        module_add_functions(m, builtins_eval_methods) < 0)
        goto error;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (dict_set_str(d, types[i].name, (Object *)types[i].type) < 0)
            goto error;
    }
    if (dict_set_str(d, "None", NONE) < 0 || dict_set_str(d, "Ellipsis", ELLIPSIS) < 0 ||
        dict_set_str(d, "NotImplemented", NOTIMPL) < 0 || dict_set_str(d, "True", TRUE_OBJ) < 0 ||
        dict_set_str(d, "False", FALSE_OBJ) < 0 || dict_set_str(d, "__debug__", TRUE_OBJ) < 0)
        goto error;
#define EXC(name, base, doc) \
    if (Exc_##name != NULL && dict_set_str(d, #name, (Object *)Exc_##name) < 0) goto error;
#include "objects/exceptions.def"
#undef EXC
    if (Exc_OSError != NULL &&
        (dict_set_str(d, "EnvironmentError", (Object *)Exc_OSError) < 0 ||
         dict_set_str(d, "IOError", (Object *)Exc_OSError) < 0))
        goto error;
    if (put_new(d, "exit", quitter_new("exit")) < 0 || put_new(d, "quit", quitter_new("quit")) < 0)
        goto error;
    extern int file_add_builtins(Object *d);   /* open and bytearray (stdlib/fileobject.c) */
    if (file_add_builtins(d) < 0)
        goto error;
    if (put_new(d, "__name__", str_from_cstr("builtins")) < 0 ||
        put_new(d, "__doc__", str_from_cstr("Built-in functions, exceptions, and other objects.\n\n"
                                            "Noteworthy: None is the `nil' object; Ellipsis represents "
                                            "`...' in slices.")) < 0)
        goto error;
    return m;
error:
    OBJ_DECREF(m);
    return NULL;
}
