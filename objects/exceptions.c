/* exceptions.c: BaseException and the built-in hierarchy of objects/exceptions.def. Every built-in
 * exception class shares BaseException's layout (ExceptionObject); the attributes particular to a
 * few classes (SyntaxError.lineno, OSError.errno, ...) live in the instance __dict__. */
#include "vm/errors.h"
#include "objects/strobject.h"
#include "objects/strunicode.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/listobject.h"
#include "objects/typeobject.h"
#include "gc/gc.h"
#include "vm/traceback.h"
#include <string.h>
#include <errno.h>

#define EXC(name, base, doc) TypeObject *Exc_##name;
#include "objects/exceptions.def"
#undef EXC

#define Exc_NONE_BASE ((TypeObject *)NULL)

static TypeObject base_exception_type;

/* OSError(errno, strerror) picks the subclass for the errno, as CPython's OSError.__new__ does. */
static TypeObject *oserror_subclass(Object *const *args, ssize_t nargs)
{
    if (nargs < 2 || !INT_CHECK(args[0]))
        return NULL;
    int overflow;
    long e = int_as_long(args[0], &overflow);
    if (overflow)
        return NULL;
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return Exc_BlockingIOError;
    case ECHILD: return Exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return Exc_BrokenPipeError;
    case ECONNABORTED: return Exc_ConnectionAbortedError;
    case ECONNREFUSED: return Exc_ConnectionRefusedError;
    case ECONNRESET: return Exc_ConnectionResetError;
    case EEXIST: return Exc_FileExistsError;
    case ENOENT: return Exc_FileNotFoundError;
    case EISDIR: return Exc_IsADirectoryError;
    case ENOTDIR: return Exc_NotADirectoryError;
    case EINTR: return Exc_InterruptedError;
    case EACCES: case EPERM: return Exc_PermissionError;
    case ESRCH: return Exc_ProcessLookupError;
    case ETIMEDOUT: return Exc_TimeoutError;
    default: return NULL;
    }
}

static Object *base_exc_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(kwnames);
    if (type == Exc_OSError) {
        TypeObject *sub = oserror_subclass(args, nargs);
        if (sub != NULL)
            type = sub;
    }
    ExceptionObject *e = (ExceptionObject *)obj_alloc(type, 0);
    if (e == NULL)
        return NULL;
    e->args = tuple_from_array(args, nargs);
    if (e->args == NULL) {
        OBJ_DECREF(e);
        return NULL;
    }
    gc_track((Object *)e);
    return (Object *)e;
}

static int set_attr(Object *self, const char *name, Object *value)
{
    Object *n = str_intern_cstr(name);
    if (n == NULL)
        return -1;
    int r = obj_generic_setattr(self, n, value);
    OBJ_DECREF(n);
    return r;
}

/* Attributes particular to some classes, set from the constructor arguments as CPython does. */
static int special_init(Object *self, Object *const *args, ssize_t nargs)
{
    TypeObject *t = TYPE(self);
    Object *none = NONE;
    if (type_is_subtype(t, Exc_StopIteration)) {
        return set_attr(self, "value", nargs > 0 ? args[0] : none);
    }
    if (type_is_subtype(t, Exc_SystemExit)) {
        Object *code = none;
        Object *tmp = NULL;
        if (nargs == 1) code = args[0];
        else if (nargs > 1) code = tmp = tuple_from_array(args, nargs);
        int r = set_attr(self, "code", code);
        OBJ_XDECREF(tmp);
        return r;
    }
    if (type_is_subtype(t, Exc_ImportError)) {
        if (set_attr(self, "msg", nargs > 0 ? args[0] : none) < 0) return -1;
        if (set_attr(self, "name", none) < 0 || set_attr(self, "path", none) < 0) return -1;
        return 0;
    }
    if (type_is_subtype(t, Exc_AttributeError) || type_is_subtype(t, Exc_NameError)) {
        if (set_attr(self, "name", none) < 0) return -1;
        if (type_is_subtype(t, Exc_AttributeError) && set_attr(self, "obj", none) < 0) return -1;
        return 0;
    }
    if (type_is_subtype(t, Exc_SyntaxError)) {
        static const char *const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        if (set_attr(self, "msg", nargs > 0 ? args[0] : none) < 0 ||
            set_attr(self, "print_file_and_line", none) < 0)
            return -1;
        Object *info = nargs > 1 ? args[1] : NULL;
        if (info != NULL && (!TUPLE_CHECK(info) || TUPLE_SIZE(info) < 4 || TUPLE_SIZE(info) > 6)) {
            exc_set_string(Exc_IndexError, "tuple index out of range");
            return -1;
        }
        for (int i = 0; i < 6; i++) {
            Object *v = (info != NULL && i < TUPLE_SIZE(info)) ? TUPLE_GET(info, i) : none;
            if (set_attr(self, fields[i], v) < 0)
                return -1;
        }
        return 0;
    }
    if (type_is_subtype(t, Exc_OSError)) {
        Object *eno = nargs >= 2 ? args[0] : none, *serr = nargs >= 2 ? args[1] : none;
        Object *fname = nargs >= 3 ? args[2] : none;
        Object *fname2 = nargs >= 5 ? args[4] : none;
        if (set_attr(self, "errno", eno) < 0 || set_attr(self, "strerror", serr) < 0 ||
            set_attr(self, "filename", fname) < 0 || set_attr(self, "filename2", fname2) < 0)
            return -1;
        if (nargs >= 3) {   /* args is (errno, strerror) when a filename is given */
            Object *a = tuple_from_array(args, 2);
            if (a == NULL) return -1;
            OBJ_SETREF(((ExceptionObject *)self)->args, a);
        }
        return 0;
    }
    if ((type_is_subtype(t, Exc_UnicodeDecodeError) || type_is_subtype(t, Exc_UnicodeEncodeError)) && nargs == 5) {
        static const char *const fields[] = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < 5; i++)
            if (set_attr(self, fields[i], args[i]) < 0)
                return -1;
    }
    return 0;
}

static int base_exc_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", TYPE(self)->name);
        return -1;
    }
    Object *a = tuple_from_array(args, nargs);
    if (a == NULL)
        return -1;
    OBJ_SETREF(((ExceptionObject *)self)->args, a);
    return special_init(self, args, nargs);
}

static int base_exc_traverse(Object *self, visitproc visit, void *arg)
{
    ExceptionObject *e = (ExceptionObject *)self;
    VISIT(e->dict);
    VISIT(e->args);
    VISIT(e->notes);
    VISIT(e->traceback);
    VISIT(e->context);
    VISIT(e->cause);
    for (int i = 0; i < 4; i++)
        VISIT(e->extra[i]);
    return 0;
}

static int base_exc_clear(Object *self)
{
    ExceptionObject *e = (ExceptionObject *)self;
    OBJ_CLEAR(e->dict);
    OBJ_CLEAR(e->args);
    OBJ_CLEAR(e->notes);
    OBJ_CLEAR(e->traceback);
    OBJ_CLEAR(e->context);
    OBJ_CLEAR(e->cause);
    for (int i = 0; i < 4; i++)
        OBJ_CLEAR(e->extra[i]);
    return 0;
}

static void base_exc_dealloc(Object *self)
{
    gc_untrack(self);
    base_exc_clear(self);
    obj_free(self);
}

static Object *dict_attr(Object *self, const char *name)
{
    Object **dp = obj_dict_ptr(self);
    if (dp == NULL || *dp == NULL)
        return NULL;
    return dict_get_str_borrow(*dp, name);
}

static Object *base_exc_str(Object *self)
{
    ExceptionObject *e = (ExceptionObject *)self;
    TypeObject *t = TYPE(self);
    ssize_t n = e->args ? TUPLE_SIZE(e->args) : 0;
    if (type_is_subtype(t, Exc_KeyError) && n == 1)
        return obj_repr(TUPLE_GET(e->args, 0));
    if (type_is_subtype(t, Exc_OSError)) {
        Object *eno = dict_attr(self, "errno"), *serr = dict_attr(self, "strerror");
        Object *fname = dict_attr(self, "filename"), *fname2 = dict_attr(self, "filename2");
        if (fname != NULL && fname != NONE && fname2 != NULL && fname2 != NONE && eno != NULL && serr != NULL)
            return str_from_format("[Errno %S] %S: %R -> %R", eno, serr, fname, fname2);
        if (fname != NULL && fname != NONE && eno != NULL && serr != NULL)
            return str_from_format("[Errno %S] %S: %R", eno, serr, fname);
        if (eno != NULL && eno != NONE && serr != NULL && serr != NONE)
            return str_from_format("[Errno %S] %S", eno, serr);
    }
    if (type_is_subtype(t, Exc_SyntaxError)) {
        Object *msg = dict_attr(self, "msg"), *fname = dict_attr(self, "filename");
        Object *lineno = dict_attr(self, "lineno");
        if (msg == NULL) msg = NONE;
        bool have_file = fname != NULL && STR_CHECK(fname);
        bool have_line = lineno != NULL && INT_CHECK(lineno);
        if (have_file) {
            const char *base = strrchr(STR_DATA(fname), '/');
            base = base ? base + 1 : STR_DATA(fname);
            if (have_line)
                return str_from_format("%S (%s, line %S)", msg, base, lineno);
            return str_from_format("%S (%s)", msg, base);
        }
        if (have_line)
            return str_from_format("%S (line %S)", msg, lineno);
        return obj_str(msg);
    }
    if (type_is_subtype(t, Exc_UnicodeDecodeError)) {
        Object *enc = dict_attr(self, "encoding"), *obj = dict_attr(self, "object");
        Object *start = dict_attr(self, "start"), *end = dict_attr(self, "end"), *reason = dict_attr(self, "reason");
        if (enc && obj && start && end && reason && BYTES_CHECK(obj) && INT_CHECK(start) && INT_CHECK(end)) {
            ssize_t s = int_as_ssize(start), en = int_as_ssize(end);
            if (s >= 0 && s < BYTES_LEN(obj) && en == s + 1)
                return str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U", enc,
                                       (unsigned)(unsigned char)BYTES_DATA(obj)[s], s, reason);
            return str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", enc, s, en - 1, reason);
        }
    }
    if (type_is_subtype(t, Exc_UnicodeEncodeError)) {
        Object *enc = dict_attr(self, "encoding"), *obj = dict_attr(self, "object");
        Object *start = dict_attr(self, "start"), *end = dict_attr(self, "end"), *reason = dict_attr(self, "reason");
        if (enc && obj && start && end && reason && STR_CHECK(obj) && INT_CHECK(start) && INT_CHECK(end)) {
            ssize_t s = int_as_ssize(start), en = int_as_ssize(end);
            if (s >= 0 && s < STR_LEN(obj) && en == s + 1) {
                Object *ch = str_substr(obj, s, s + 1);
                if (ch == NULL)
                    return NULL;
                int nb;
                uint32_t cp = str_utf8_decode(STR_DATA(ch), &nb);
                OBJ_DECREF(ch);
                const char *fmt = cp < 0x100 ? "'%U' codec can't encode character '\\x%02x' in position %zd: %U"
                                : cp < 0x10000 ? "'%U' codec can't encode character '\\u%04x' in position %zd: %U"
                                : "'%U' codec can't encode character '\\U%08x' in position %zd: %U";
                return str_from_format(fmt, enc, (unsigned)cp, s, reason);
            }
            return str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U", enc, s, en - 1, reason);
        }
    }
    if (n == 0)
        return str_from_cstr("");
    if (n == 1)
        return obj_str(TUPLE_GET(e->args, 0));
    return obj_str(e->args);
}

static Object *base_exc_repr(Object *self)
{
    ExceptionObject *e = (ExceptionObject *)self;
    const char *name = TYPE(self)->name;
    const char *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    ssize_t n = e->args ? TUPLE_SIZE(e->args) : 0;
    if (n == 1)
        return str_from_format("%s(%R)", name, TUPLE_GET(e->args, 0));
    if (n == 0)
        return str_from_format("%s()", name);
    return str_from_format("%s%R", name, e->args);
}

static Object *exc_get_args(Object *self, void *c)
{
    UNUSED(c);
    Object *a = ((ExceptionObject *)self)->args;
    return a ? obj_newref(a) : tuple_new(0);
}

static int exc_set_args(Object *self, Object *v, void *c)
{
    UNUSED(c);
    if (v == NULL) {
        exc_set_string(Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Object *t = tuple_from_iterable(v);
    if (t == NULL)
        return -1;
    OBJ_SETREF(((ExceptionObject *)self)->args, t);
    return 0;
}

static Object *exc_get_tb(Object *self, void *c)
{
    UNUSED(c);
    Object *tb = ((ExceptionObject *)self)->traceback;
    return obj_newref(tb ? tb : NONE);
}

static int exc_set_tb(Object *self, Object *v, void *c)
{
    UNUSED(c);
    if (v == NULL) {
        exc_set_string(Exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != NONE && TYPE(v) != &traceback_type) {
        exc_set_string(Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    OBJ_SETREF(((ExceptionObject *)self)->traceback, v == NONE ? NULL : obj_newref(v));
    return 0;
}

static Object *exc_get_context(Object *self, void *c)
{
    UNUSED(c);
    Object *x = ((ExceptionObject *)self)->context;
    return obj_newref(x ? x : NONE);
}

static int check_exc_or_none(Object *v, const char *what)
{
    if (v == NULL) {
        exc_format(Exc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (v != NONE && !EXC_CHECK(v)) {
        exc_format(Exc_TypeError, "exception %s must be None or derive from BaseException",
                   strcmp(what, "__cause__") == 0 ? "cause" : "context");
        return -1;
    }
    return 0;
}

static int exc_set_context_attr(Object *self, Object *v, void *c)
{
    UNUSED(c);
    if (check_exc_or_none(v, "__context__") < 0)
        return -1;
    OBJ_SETREF(((ExceptionObject *)self)->context, v == NONE ? NULL : obj_newref(v));
    return 0;
}

static Object *exc_get_cause(Object *self, void *c)
{
    UNUSED(c);
    Object *x = ((ExceptionObject *)self)->cause;
    return obj_newref(x ? x : NONE);
}

static int exc_set_cause(Object *self, Object *v, void *c)
{
    UNUSED(c);
    if (check_exc_or_none(v, "__cause__") < 0)
        return -1;
    ExceptionObject *e = (ExceptionObject *)self;
    OBJ_SETREF(e->cause, v == NONE ? NULL : obj_newref(v));
    e->suppress_context = 1;
    return 0;
}

static Object *exc_get_suppress(Object *self, void *c)
{
    UNUSED(c);
    return bool_from(((ExceptionObject *)self)->suppress_context);
}

static int exc_set_suppress(Object *self, Object *v, void *c)
{
    UNUSED(c);
    int t = v ? obj_is_true(v) : 0;
    if (t < 0)
        return -1;
    ((ExceptionObject *)self)->suppress_context = (char)t;
    return 0;
}

static Object *exc_with_traceback(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("with_traceback", kwnames) < 0 || arg_count("with_traceback", nargs, 1, 1) < 0)
        return NULL;
    if (exc_set_tb(self, args[0], NULL) < 0)
        return NULL;
    return obj_newref(self);
}

static Object *exc_add_note(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("add_note", kwnames) < 0 || arg_count("add_note", nargs, 1, 1) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "note must be a str, not '%s'", obj_type_name(args[0]));
    ExceptionObject *e = (ExceptionObject *)self;
    Object *notes = dict_attr(self, "__notes__");
    if (notes == NULL) {
        notes = list_new(0);
        if (notes == NULL || set_attr(self, "__notes__", notes) < 0) {
            OBJ_XDECREF(notes);
            return NULL;
        }
        OBJ_DECREF(notes);
    }
    UNUSED(e);
    if (!LIST_CHECK(notes))
        return exc_set_string(Exc_TypeError, "Cannot add note: __notes__ is not a list");
    if (list_append(notes, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

static MethodDef base_exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0, "Set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, 0, "Add a note to the exception"},
    {NULL, NULL, 0, NULL}
};

static Object *exc_get_dict(Object *self, void *c)
{
    UNUSED(c);
    ExceptionObject *e = (ExceptionObject *)self;
    if (e->dict == NULL && (e->dict = dict_new()) == NULL)
        return NULL;
    return obj_newref(e->dict);
}

static int exc_set_dict(Object *self, Object *v, void *c)
{
    UNUSED(c);
    if (v == NULL) {
        exc_set_string(Exc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!DICT_CHECK(v)) {
        exc_set_string(Exc_TypeError, "__dict__ must be a dictionary");
        return -1;
    }
    OBJ_SETREF(((ExceptionObject *)self)->dict, obj_newref(v));
    return 0;
}

static GetSetDef base_exc_getset[] = {
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context_attr, NULL, NULL},
    {"__cause__", exc_get_cause, exc_set_cause, NULL, NULL},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static TypeObject base_exception_type = {
    .ob = {{1, &type_type}, 0},
    .name = "BaseException",
    .basicsize = sizeof(ExceptionObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .doc = "Common base class for all exceptions",
    .dealloc = base_exc_dealloc,
    .traverse = base_exc_traverse,
    .clear = base_exc_clear,
    .repr = base_exc_repr,
    .str = base_exc_str,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .tp_new = base_exc_new,
    .tp_init = base_exc_init,
    .methods = base_exc_methods,
    .getset = base_exc_getset,
    .dictoffset = offsetof(ExceptionObject, dict),
};

/* The other classes are copies of BaseException's type with their own name, base and doc. */
static TypeObject *made_types[128];
static int n_made;

int exc_types_init(void)
{
    Exc_BaseException = &base_exception_type;
    if (type_ready(&base_exception_type) < 0)
        return -1;
#define EXC(n_, b_, d_)                                                         \
    if (strcmp(#n_, "BaseException") != 0) {                                 \
        TypeObject *t = calloc(1, sizeof(TypeObject));                          \
        if (t == NULL) return -1;                                               \
        *t = (TypeObject){ .ob = {{1, &type_type}, 0}, .name = #n_, .doc = d_,   \
            .basicsize = sizeof(ExceptionObject), .flags = base_exception_type.flags & \
            (TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS),            \
            .dealloc = base_exc_dealloc, .traverse = base_exc_traverse,         \
            .clear = base_exc_clear, .repr = base_exc_repr, .str = base_exc_str, \
            .getattro = obj_generic_getattr, .setattro = obj_generic_setattr,   \
            .tp_new = base_exc_new, .tp_init = base_exc_init,                   \
            .dictoffset = offsetof(ExceptionObject, dict), .base = Exc_##b_ }; \
        Exc_##n_ = t;                                                         \
        made_types[n_made++] = t;                                               \
        if (type_ready(t) < 0) return -1;                                       \
    }
#include "objects/exceptions.def"
#undef EXC
    return 0;
}

void exc_types_fini(void)
{
    for (int i = n_made - 1; i >= 0; i--) {
        type_fini_static(made_types[i]);
        free(made_types[i]);
    }
    n_made = 0;
    type_fini_static(&base_exception_type);
}

Object *exc_message_str(Object *exc)
{
    return obj_str(exc);
}

Object *exc_set_syntax_error(const char *type, const char *msg, const char *filename, int lineno,
                             int offset, const char *text, int end_lineno, int end_offset)
{
    TypeObject *t = Exc_SyntaxError;
    if (strcmp(type, "IndentationError") == 0) t = Exc_IndentationError;
    else if (strcmp(type, "TabError") == 0) t = Exc_TabError;
    Object *m = str_from_cstr(msg);
    Object *f = str_from_cstr(filename ? filename : "<unknown>");
    Object *l = int_from_long(lineno);
    Object *o = offset > 0 ? int_from_long(offset) : obj_newref(NONE);
    Object *tx = text ? str_decode_utf8(text, (ssize_t)strlen(text)) : obj_newref(NONE);
    if (tx == NULL) { exc_clear(); tx = obj_newref(NONE); }
    Object *el = end_lineno > 0 ? int_from_long(end_lineno) : obj_newref(NONE);
    Object *eo = end_offset > 0 ? int_from_long(end_offset) : obj_newref(NONE);
    Object *info = NULL, *exc = NULL;
    if (m && f && l && o && el && eo) {
        info = tuple_pack(6, f, l, o, tx, el, eo);
        if (info != NULL) {
            Object *args[2] = { m, info };
            exc = exc_new(t, args, 2);
        }
    }
    OBJ_XDECREF(m); OBJ_XDECREF(f); OBJ_XDECREF(l); OBJ_XDECREF(o);
    OBJ_XDECREF(tx); OBJ_XDECREF(el); OBJ_XDECREF(eo); OBJ_XDECREF(info);
    if (exc != NULL)
        exc_restore(exc);
    return NULL;
}
