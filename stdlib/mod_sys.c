/* mod_sys.c: the sys module: argv, path, modules, the std streams, version information, exit,
 * the recursion limit, and the memory questions a learner asks (getrefcount, getsizeof, intern,
 * _debugmallocstats). Values are measured from the running interpreter, never tabulated. */
#include "stdlib/builtins_internal.h"
#include "stdlib/modules.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "gc/alloc.h"
#include "gc/gc.h"
#include "vm/vm.h"
#include "objects/floatobject.h"
#include <float.h>
#include "objects/typeobject.h"
#include "vm/frameobject.h"
#include "vm/traceback.h"

#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int vm_recursion_limit = DEFAULT_RECURSION_LIMIT;

#if defined(__clang__)
#define COMPILER_TEXT "[" __VERSION__ "]"
#elif defined(__GNUC__)
#define COMPILER_TEXT "[GCC " __VERSION__ "]"
#else
#define COMPILER_TEXT "[C compiler]"
#endif
#define SYS_VERSION TALLY_VERSION " (" TALLY_NAME ") " COMPILER_TEXT
#define HEXVERSION 0x030B07F0          /* 3.11.7 final */

/* Interned keys for the lookups print() and input() make on every call, so that finding
 * sys.stdout allocates nothing (released by mod_sys_clear_cache at shutdown). */
static const char *const cached_names[] = {"sys", "stdout", "stderr", "stdin"};
static Object *cached_keys[4];

static Object *get_borrow(Object *d, const char *name)
{
    for (int i = 0; i < 4; i++) {
        if (strcmp(name, cached_names[i]) != 0)
            continue;
        if (cached_keys[i] == NULL && (cached_keys[i] = str_intern_cstr(name)) == NULL) {
            exc_clear();
            return NULL;
        }
        Object *v = dict_get_item_borrow(d, cached_keys[i]);
        if (v == NULL && exc_occurred())
            exc_clear();
        return v;
    }
    return dict_get_str_borrow(d, name);
}

Object *mod_sys_get_borrow(const char *name)
{
    Object *modules = vm_modules_borrow();
    if (modules == NULL || !DICT_CHECK(modules))
        return NULL;
    Object *sys = get_borrow(modules, "sys");
    if (sys == NULL || !MODULE_CHECK(sys))
        return NULL;
    Object *d = module_dict_borrow(sys);
    return d != NULL ? get_borrow(d, name) : NULL;
}

void mod_sys_clear_cache(void)
{
    for (int i = 0; i < 4; i++)
        OBJ_CLEAR(cached_keys[i]);
}

/* ---- a minimal types.SimpleNamespace, for sys.implementation ---- */

typedef struct NamespaceObject {
    Object ob;
    Object *dict;
} NamespaceObject;

static void ns_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_CLEAR(((NamespaceObject *)self)->dict);
    obj_free(self);
}

static int ns_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((NamespaceObject *)self)->dict);
    return 0;
}

static int ns_clear(Object *self)
{
    OBJ_CLEAR(((NamespaceObject *)self)->dict);
    return 0;
}

static Object *ns_repr(Object *self)
{
    NamespaceObject *ns = (NamespaceObject *)self;
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("namespace(...)") : NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "namespace(");
    ssize_t pos = 0;
    Object *key, *value;
    bool first = true;
    while (ns->dict != NULL && dict_next(ns->dict, &pos, &key, &value)) {
        if (!STR_CHECK(key))
            continue;
        if (!first)
            sb_append_cstr(&sb, ", ");
        first = false;
        sb_append_str(&sb, key);
        sb_append_char(&sb, '=');
        if (sb_append_repr(&sb, value) < 0) {
            sb_fini(&sb);
            repr_leave(self);
            return NULL;
        }
    }
    sb_append_char(&sb, ')');
    repr_leave(self);
    return sb_finish(&sb);
}

static Object *ns_get_dict(Object *self, void *closure)
{
    UNUSED(closure);
    NamespaceObject *ns = (NamespaceObject *)self;
    if (ns->dict == NULL && (ns->dict = dict_new()) == NULL)
        return NULL;
    return NEWREF(ns->dict);
}

static GetSetDef ns_getset[] = {
    {"__dict__", ns_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

TypeObject namespace_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(NamespaceObject),
    .flags = TPFLAG_GC,
    .doc = "A simple attribute-based namespace.",
    .dealloc = ns_dealloc,
    .traverse = ns_traverse,
    .clear = ns_clear,
    .repr = ns_repr,
    .getset = ns_getset,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .base = &object_type,
    .dictoffset = offsetof(NamespaceObject, dict),
};

/* ---- sys.version_info: a tuple whose items are also named (a CPython struct sequence) ---- */

/* The field names of a struct sequence type, NULL-terminated, kept in the type's getset table:
 * repr shows "sys.version_info(major=3, ...)" from them. */
static Object *vi_get_field(Object *self, void *closure)
{
    return NEWREF(TUPLE_GET(self, (ssize_t)(intptr_t)closure));
}

static Object *vi_repr(Object *self)
{
    StrBuilder sb;
    sb_init(&sb);
    const GetSetDef *fields = TYPE(self)->getset;
    sb_append_cstr(&sb, TYPE(self)->name);
    sb_append_char(&sb, '(');
    for (ssize_t i = 0; i < TUPLE_SIZE(self) && fields[i].name != NULL; i++) {
        if (i > 0)
            sb_append_cstr(&sb, ", ");
        sb_append_cstr(&sb, fields[i].name);
        sb_append_char(&sb, '=');
        if (sb_append_repr(&sb, TUPLE_GET(self, i)) < 0) {
            sb_fini(&sb);
            return NULL;
        }
    }
    sb_append_char(&sb, ')');
    return sb_finish(&sb);
}

static Object *vi_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    UNUSED(kwnames);
    return exc_format(Exc_TypeError, "cannot create '%s' instances", type->name);
}

static GetSetDef vi_getset[] = {
    {"major", vi_get_field, NULL, NULL, (void *)0},
    {"minor", vi_get_field, NULL, NULL, (void *)1},
    {"micro", vi_get_field, NULL, NULL, (void *)2},
    {"releaselevel", vi_get_field, NULL, NULL, (void *)3},
    {"serial", vi_get_field, NULL, NULL, (void *)4},
    {NULL, NULL, NULL, NULL, NULL},
};

static GetSetDef fi_getset[] = {
    {"max", vi_get_field, NULL, "DBL_MAX -- maximum representable finite float", (void *)0},
    {"max_exp", vi_get_field, NULL, "DBL_MAX_EXP", (void *)1},
    {"max_10_exp", vi_get_field, NULL, "DBL_MAX_10_EXP", (void *)2},
    {"min", vi_get_field, NULL, "DBL_MIN -- minimum positive normalized float", (void *)3},
    {"min_exp", vi_get_field, NULL, "DBL_MIN_EXP", (void *)4},
    {"min_10_exp", vi_get_field, NULL, "DBL_MIN_10_EXP", (void *)5},
    {"dig", vi_get_field, NULL, "DBL_DIG -- decimal digits of precision", (void *)6},
    {"mant_dig", vi_get_field, NULL, "DBL_MANT_DIG -- mantissa digits", (void *)7},
    {"epsilon", vi_get_field, NULL, "DBL_EPSILON -- Difference between 1 and the next representable float", (void *)8},
    {"radix", vi_get_field, NULL, "FLT_RADIX -- radix of exponent", (void *)9},
    {"rounds", vi_get_field, NULL, "FLT_ROUNDS -- rounding mode used for arithmetic operations", (void *)10},
    {NULL, NULL, NULL, NULL, NULL},
};

TypeObject float_info_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "sys.float_info",
    .basicsize = sizeof(TupleObject),
    .itemsize = sizeof(Object *),
    .flags = TPFLAG_TUPLE_SUBCLASS,
    .doc = "sys.float_info\n\nA named tuple holding information about the float type.",
    .repr = vi_repr,
    .tp_new = vi_new,
    .getset = fi_getset,
    .base = &tuple_type,
};

/* Everything else (items, comparison, hashing, the GC slots) is inherited from tuple. */
TypeObject version_info_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "sys.version_info",
    .basicsize = sizeof(TupleObject),
    .itemsize = sizeof(Object *),
    .flags = TPFLAG_TUPLE_SUBCLASS,
    .doc = "sys.version_info\n\nVersion information as a named tuple.",
    .repr = vi_repr,
    .tp_new = vi_new,
    .getset = vi_getset,
    .base = &tuple_type,
};

/* ---- functions ---- */

static Object *sys_exit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_set_string(Exc_TypeError, "sys.exit() takes no keyword arguments");
    if (check_positional("exit", nargs, 0, 1) < 0)
        return NULL;
    Object *exc;
    if (nargs == 0 || args[0] == NONE)
        exc = exc_new(Exc_SystemExit, NULL, 0);
    else if (TUPLE_CHECK(args[0]))        /* as PyErr_SetObject: a tuple is the argument list */
        exc = exc_new(Exc_SystemExit, TUPLE_ITEMS(args[0]), TUPLE_SIZE(args[0]));
    else
        exc = exc_new(Exc_SystemExit, args, 1);
    if (exc != NULL)
        exc_restore(exc);
    return NULL;
}

static Object *sys_getrecursionlimit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(args);
    if (check_no_args("sys.getrecursionlimit", nargs, kwnames) < 0)
        return NULL;
    return int_from_long(vm_recursion_limit);
}

static Object *sys_setrecursionlimit(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("sys.setrecursionlimit", nargs, kwnames) < 0)
        return NULL;
    int limit;
    if (mod_builtins_as_c_int(args[0], &limit) < 0)
        return NULL;
    if (limit < 1)
        return exc_set_string(Exc_ValueError, "recursion limit must be greater or equal than 1");
    vm_recursion_limit = limit;
    RETURN_NONE;
}

static Object *sys_getrefcount(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("sys.getrefcount", nargs, kwnames) < 0)
        return NULL;
    return int_from_ssize(REFCNT(args[0]));
}

/* type(o).__sizeof__(o) plus the GC header, as CPython's _PySys_GetSizeOf; (size_t)-1 on error. */
static ssize_t sizeof_object(Object *o)
{
    TypeObject *t = TYPE(o);
    Object *name = str_intern_cstr("__sizeof__");
    if (name == NULL)
        return -1;
    Object *meth = type_lookup_borrow(t, name);
    OBJ_DECREF(name);
    ssize_t size;
    if (meth != NULL) {
        Object *res;
        OBJ_INCREF(meth);
        if (TYPE(meth)->descr_get != NULL) {
            Object *bound = TYPE(meth)->descr_get(meth, o, (Object *)t);
            OBJ_DECREF(meth);
            if (bound == NULL)
                return -1;
            res = obj_call_noargs(bound);
            OBJ_DECREF(bound);
        } else {
            res = obj_call_noargs(meth);
            OBJ_DECREF(meth);
        }
        if (res == NULL)
            return -1;
        if (!INT_CHECK(res)) {
            exc_set_string(Exc_TypeError, "an integer is required");
            OBJ_DECREF(res);
            return -1;
        }
        size = int_as_ssize(res);
        OBJ_DECREF(res);
        if (size == -1 && exc_occurred())
            return -1;
        if (size < 0) {
            exc_set_string(Exc_ValueError, "__sizeof__() should return >= 0");
            return -1;
        }
    } else if (exc_occurred()) {
        return -1;
    } else {
        /* no __sizeof__ anywhere on the MRO: the instance's own layout */
        ssize_t n = t->itemsize != 0 ? SIZE(o) : 0;
        size = t->basicsize + t->itemsize * (n < 0 ? -n : n);
    }
    if (TYPE_HAS_FLAG(t, TPFLAG_GC))
        size += (ssize_t)sizeof(GCHead);
    return size;
}

static Object *sys_getsizeof(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"object", "default", NULL};
    UNUSED(self);
    Object *a[2] = {NULL, NULL};
    if (arg_parse("getsizeof", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    ssize_t size = sizeof_object(a[0]);
    if (size < 0) {
        if (a[1] != NULL && exc_matches(Exc_TypeError)) {
            exc_clear();
            return NEWREF(a[1]);
        }
        return NULL;
    }
    return int_from_ssize(size);
}

static Object *sys_intern(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("sys.intern", nargs, kwnames) < 0)
        return NULL;
    Object *s = args[0];
    if (!STR_CHECK(s))
        return exc_format(Exc_TypeError, "intern() argument must be str, not %T", s);
    if (!STR_CHECK_EXACT(s))
        return exc_format(Exc_TypeError, "can't intern %s", obj_type_name(s));
    Object *r = NEWREF(s);
    str_intern_inplace(&r);
    return r;
}

static Object *sys_getdefaultencoding(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(args);
    if (check_no_args("sys.getdefaultencoding", nargs, kwnames) < 0)
        return NULL;
    return str_from_cstr("utf-8");
}

static Object *sys_getfilesystemencoding(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(args);
    if (check_no_args("sys.getfilesystemencoding", nargs, kwnames) < 0)
        return NULL;
    return str_from_cstr("utf-8");
}

static Object *sys_debugmallocstats(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(args);
    if (check_no_args("sys._debugmallocstats", nargs, kwnames) < 0)
        return NULL;
    mem_debug_stats(stderr);
    fflush(stderr);
    RETURN_NONE;
}

/* sys.getallocatedblocks(): the allocator's live blocks (pooled and large), as pymalloc's count. */
static Object *sys_getallocatedblocks(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(args);
    if (check_no_args("sys.getallocatedblocks", nargs, kwnames) < 0)
        return NULL;
    return int_from_ssize((ssize_t)mem_blocks_in_use());
}

static Object *sys_exc_info(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args);
    if (arg_no_kwargs("exc_info", kwnames) < 0 || arg_count("exc_info", nargs, 0, 0) < 0)
        return NULL;
    Object *e = vm_handled_exception_borrow();
    if (e == NULL)
        return tuple_pack(3, NONE, NONE, NONE);
    Object *tb = ((ExceptionObject *)e)->traceback;
    return tuple_pack(3, (Object *)TYPE(e), e, tb ? tb : NONE);
}

/* Runs [print] (which prints [arg] to a FILE) into a memory buffer: the text as a str, or NULL. */
static Object *print_to_str(void (*print)(Object *, FILE *, bool), Object *arg, bool flag)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    if (f == NULL)
        return exc_set_string(Exc_MemoryError, "open_memstream failed"), NULL;
    print(arg, f, flag);
    fclose(f);
    Object *r = str_from_utf8(buf, (ssize_t)size);
    free(buf);
    return r;
}

static void print_entry(Object *tb, FILE *out, bool unused)
{
    UNUSED(unused);
    tb_print_entry(tb, out);
}

/* sys.excepthook(type, value, traceback): prints as an uncaught exception is printed. */
static Object *sys_excepthook(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("excepthook", kwnames) < 0 || arg_count("excepthook", nargs, 3, 3) < 0)
        return NULL;
    vm_flush_std();
    if (!EXC_CHECK(args[1])) {
        fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s found\n",
                obj_type_name(args[1]));
        fflush(stderr);
        RETURN_NONE;
    }
    tb_print_exception(args[1], stderr);
    RETURN_NONE;
}

/* sys._format_exception(value, chain=True): tally's helper for the traceback module, the text
 * an uncaught [value] prints (without its cause and context when chain is false). */
static Object *sys_format_exception(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"value", "chain", NULL};
    UNUSED(self);
    Object *a[2] = {NULL, NULL};
    if (arg_parse("_format_exception", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    if (!EXC_CHECK(a[0]))
        return exc_format(Exc_TypeError, "print_exception(): Exception expected for value, %s found",
                          obj_type_name(a[0]));
    int chain = a[1] != NULL ? obj_is_true(a[1]) : 1;
    if (chain < 0)
        return NULL;
    return print_to_str(tb_print_exception_ex, a[0], chain != 0);
}

/* sys._format_tb_entry(tb): tally's helper for the traceback module, one traceback entry as
 * printed ("  File ..." line, source line, carets), "" for a hidden frame. */
static Object *sys_format_tb_entry(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("_format_tb_entry", kwnames) < 0 || arg_count("_format_tb_entry", nargs, 1, 1) < 0)
        return NULL;
    if (TYPE(args[0]) != &traceback_type)
        return exc_format(Exc_TypeError, "expected traceback, got %s", obj_type_name(args[0]));
    return print_to_str(print_entry, args[0], false);
}

static Object *sys_getframe(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("_getframe", kwnames) < 0 || arg_count("_getframe", nargs, 0, 1) < 0)
        return NULL;
    ssize_t depth = 0;
    if (nargs == 1) {
        depth = obj_as_ssize(args[0], Exc_OverflowError);
        if (depth == -1 && exc_occurred())
            return NULL;
    }
    return vm_getframe(depth < 0 ? 0 : (int)depth);
}

static MethodDef sys_methods[] = {
    {"_getframe", sys_getframe, 0, "Return a frame object from the call stack."},
    {"excepthook", sys_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"_format_exception", sys_format_exception, 0, "Format an exception as an uncaught one is printed."},
    {"_format_tb_entry", sys_format_tb_entry, 0, "Format one traceback entry."},
    {"exc_info", sys_exc_info, 0, "Return current exception information: (type, value, traceback)."},
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, 0, "Set the maximum depth of the Python interpreter stack to n."},
    {"getrefcount", sys_getrefcount, 0, "Return the reference count of object."},
    {"getsizeof", sys_getsizeof, 0, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"intern", sys_intern, 0, "``Intern'' the given string."},
    {"getdefaultencoding", sys_getdefaultencoding, 0, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getallocatedblocks", sys_getallocatedblocks, 0, "Return the number of memory blocks currently allocated."},
    {"_debugmallocstats", sys_debugmallocstats, 0, "Print summary info to stderr about the state of pymalloc's structures."},
    {NULL, NULL, 0, NULL},
};

/* ---- module construction ---- */

/* module_add_object with a new reference (released here); NULL value means an earlier failure. */
static int add_new(Object *m, const char *name, Object *value)
{
    if (value == NULL)
        return -1;
    int r = module_add_object(m, name, value);
    OBJ_DECREF(value);
    return r;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static Object *builtin_module_names(void)
{
    ssize_t n = 0;
    while (builtin_modules[n].name != NULL)
        n++;
    const char **names = malloc(sizeof(char *) * (size_t)(n ? n : 1));
    if (names == NULL)
        return exc_no_memory();
    for (ssize_t i = 0; i < n; i++)
        names[i] = builtin_modules[i].name;
    qsort(names, (size_t)n, sizeof(char *), cmp_cstr);
    Object *t = tuple_new(n);
    for (ssize_t i = 0; t != NULL && i < n; i++) {
        Object *s = str_from_cstr(names[i]);
        if (s == NULL)
            OBJ_CLEAR(t);
        else
            tuple_set_item_steal(t, i, s);
    }
    free(names);
    return t;
}

static Object *version_info(void)
{
    Object *items[5] = {int_from_long(3), int_from_long(11), int_from_long(7), str_from_cstr("final"),
                        int_from_long(0)};
    Object *t = NULL;
    if (items[0] && items[1] && items[2] && items[3] && items[4])
        t = obj_alloc(&version_info_type, 5);
    if (t == NULL) {
        for (int i = 0; i < 5; i++)
            OBJ_XDECREF(items[i]);
        return NULL;
    }
    for (int i = 0; i < 5; i++)
        TUPLE_ITEMS(t)[i] = items[i];
    gc_track(t);
    return t;
}

static Object *float_info(void)
{
    Object *items[11] = {
        float_new(DBL_MAX), int_from_long(DBL_MAX_EXP), int_from_long(DBL_MAX_10_EXP),
        float_new(DBL_MIN), int_from_long(DBL_MIN_EXP), int_from_long(DBL_MIN_10_EXP),
        int_from_long(DBL_DIG), int_from_long(DBL_MANT_DIG), float_new(DBL_EPSILON),
        int_from_long(FLT_RADIX), int_from_long(1),
    };
    Object *t = NULL;
    bool ok = true;
    for (int i = 0; i < 11; i++)
        ok = ok && items[i] != NULL;
    if (ok)
        t = obj_alloc(&float_info_type, 11);
    if (t == NULL) {
        for (int i = 0; i < 11; i++)
            OBJ_XDECREF(items[i]);
        return NULL;
    }
    for (int i = 0; i < 11; i++)
        TUPLE_ITEMS(t)[i] = items[i];
    gc_track(t);
    return t;
}

static Object *implementation(Object *vinfo)
{
    NamespaceObject *ns = (NamespaceObject *)obj_alloc(&namespace_type, 0);
    if (ns == NULL)
        return NULL;
    gc_track((Object *)ns);
    ns->dict = dict_new();
    if (ns->dict == NULL)
        goto error;
    Object *name = str_from_cstr(TALLY_NAME);
    if (name == NULL || dict_set_str(ns->dict, "name", name) < 0) {
        OBJ_XDECREF(name);
        goto error;
    }
    OBJ_DECREF(name);
    if (dict_set_str(ns->dict, "cache_tag", NONE) < 0 || dict_set_str(ns->dict, "version", vinfo) < 0)
        goto error;
    Object *hex = int_from_long(HEXVERSION);
    if (hex == NULL || dict_set_str(ns->dict, "hexversion", hex) < 0) {
        OBJ_XDECREF(hex);
        goto error;
    }
    OBJ_DECREF(hex);
    return (Object *)ns;
error:
    OBJ_DECREF(ns);
    return NULL;
}

static Object *executable_path(void)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0)
        n = 0;
    buf[n] = '\0';
    return str_decode_utf8(buf, n);
}

/* A list of one str. */
static Object *list_of_cstr(const char *s)
{
    Object *item = str_decode_utf8(s, (ssize_t)strlen(s));
    if (item == NULL)
        return NULL;
    Object *l = list_new(1);
    if (l == NULL) {
        OBJ_DECREF(item);
        return NULL;
    }
    list_set_item_steal(l, 0, item);
    return l;
}

static int add_std_streams(Object *m)
{
    static const struct { const char *attr, *dunder, *name, *mode; } streams[] = {
        {"stdin", "__stdin__", "<stdin>", "r"},
        {"stdout", "__stdout__", "<stdout>", "w"},
        {"stderr", "__stderr__", "<stderr>", "w"},
    };
    FILE *fps[3] = {stdin, stdout, stderr};
    for (int i = 0; i < 3; i++) {
        Object *f = file_std_new(fps[i], streams[i].name, streams[i].mode);
        if (f == NULL)
            return -1;
        int r = module_add_object(m, streams[i].attr, f);
        if (r == 0)
            r = module_add_object(m, streams[i].dunder, f);
        OBJ_DECREF(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

Object *mod_sys_init(void)
{
    Object *m = module_new("sys");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, sys_methods) < 0)
        goto error;
    if (add_std_streams(m) < 0)
        goto error;
    Object *modules = vm_modules_borrow();
    if (modules != NULL && module_add_object(m, "modules", modules) < 0)
        goto error;
    type_ready(&float_info_type);
    Object *finfo = float_info();
    if (finfo == NULL || module_add_object(m, "float_info", finfo) < 0) {
        OBJ_XDECREF(finfo);
        OBJ_DECREF(m);
        return NULL;
    }
    OBJ_DECREF(finfo);
    Object *vinfo = version_info();
    if (vinfo == NULL)
        goto error;
    int r = module_add_object(m, "version_info", vinfo);
    if (r == 0)
        r = add_new(m, "implementation", implementation(vinfo));
    OBJ_DECREF(vinfo);
    if (r < 0)
        goto error;
    if (add_new(m, "argv", list_of_cstr("")) < 0 ||
        add_new(m, "path", list_of_cstr("")) < 0 ||
        add_new(m, "version", str_from_cstr(SYS_VERSION)) < 0 ||
        add_new(m, "hexversion", int_from_long(HEXVERSION)) < 0 ||
        add_new(m, "platform", str_from_cstr("linux")) < 0 ||
        add_new(m, "byteorder", str_from_cstr(
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            "big"
#else
            "little"
#endif
            )) < 0 ||
        add_new(m, "maxsize", int_from_ssize(SSIZE_MAX)) < 0 ||
        add_new(m, "maxunicode", int_from_long(0x10FFFF)) < 0 ||
        add_new(m, "executable", executable_path()) < 0 ||
        add_new(m, "builtin_module_names", builtin_module_names()) < 0 ||
        add_new(m, "copyright", str_from_cstr("Copyright (c) the tally authors.\n"
                                              "Behaviour modelled on CPython 3.11, "
                                              "Copyright (c) 2001-2023 Python Software Foundation.")) < 0 ||
        module_add_object(m, "dont_write_bytecode", TRUE_OBJ) < 0)
        goto error;
    return m;
error:
    OBJ_DECREF(m);
    return NULL;
}

/* sys.path[0]: the directory of the script (absolute, symlinks resolved), '' for the REPL and -c. */
static Object *script_dir(const char *script)
{
    if (script[0] == '\0' || strcmp(script, "-c") == 0 || strcmp(script, "-") == 0 ||
        strcmp(script, "-m") == 0)
        return str_from_cstr("");
    char *full = realpath(script, NULL);
    const char *path = full != NULL ? full : script;
    const char *slash = strrchr(path, '/');
    Object *res;
    if (slash == NULL) {
        char *cwd = getcwd(NULL, 0);
        res = cwd != NULL ? str_decode_utf8(cwd, (ssize_t)strlen(cwd)) : str_from_cstr("");
        free(cwd);
    } else if (slash == path) {
        res = str_from_cstr("/");
    } else {
        res = str_decode_utf8(path, slash - path);
    }
    free(full);
    return res;
}

int mod_sys_set_argv(Object *sys, int argc, char **argv)
{
    Object *list = list_new(0);
    if (list == NULL)
        return -1;
    for (int i = 0; i < argc; i++) {
        Object *s = str_decode_utf8(argv[i], (ssize_t)strlen(argv[i]));
        if (s == NULL || list_append(list, s) < 0) {
            OBJ_XDECREF(s);
            OBJ_DECREF(list);
            return -1;
        }
        OBJ_DECREF(s);
    }
    if (argc == 0) {
        Object *empty = str_from_cstr("");
        if (empty == NULL || list_append(list, empty) < 0) {
            OBJ_XDECREF(empty);
            OBJ_DECREF(list);
            return -1;
        }
        OBJ_DECREF(empty);
    }
    if (obj_setattr_cstr(sys, "argv", list) < 0) {
        OBJ_DECREF(list);
        return -1;
    }
    OBJ_DECREF(list);

    Object *dir = script_dir(argc > 0 ? argv[0] : "");
    if (dir == NULL)
        return -1;
    Object *path = list_new(1);
    if (path == NULL) {
        OBJ_DECREF(dir);
        return -1;
    }
    list_set_item_steal(path, 0, dir);
    int r = obj_setattr_cstr(sys, "path", path);
    OBJ_DECREF(path);
    return r;
}
