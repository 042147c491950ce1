/* builtins_eval.c: the built-ins that reach into the running program: eval, exec, compile,
 * globals, locals, vars and dir (with object.__dir__'s default listing when a type has no
 * __dir__ of its own). Namespaces come from the VM (vm/vm.h), code from the compiler. */
#include "stdlib/builtins_internal.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/codeobject.h"
#include "compiler/compiler.h"
#include "vm/vm.h"

#include <string.h>

/* The text of a source argument (str or bytes), or NULL with CPython's errors. */
static const char *source_text(Object *src, const char *fname, const char *what, ssize_t *len)
{
    const char *text;
    if (STR_CHECK(src)) {
        text = STR_DATA(src);
        *len = STR_NBYTES(src);
    } else if (BYTES_CHECK(src)) {
        text = BYTES_DATA(src);
        *len = BYTES_LEN(src);
    } else {
        exc_format(Exc_TypeError, "%s() arg 1 must be a %s object", fname, what);
        return NULL;
    }
    if (memchr(text, '\0', (size_t)*len) != NULL) {
        exc_set_string(Exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    return text;
}

static bool is_mapping(Object *o)
{
    return TYPE(o)->getitem != NULL;
}

/* globals gets __builtins__ (the builtins dict) if it has none, as CPython's eval/exec. */
static int ensure_builtins(Object *globals)
{
    if (dict_get_str_borrow(globals, "__builtins__") != NULL)
        return 0;
    Object *b = vm_builtins_borrow();
    if (b == NULL)
        return 0;
    return dict_set_str(globals, "__builtins__", b);
}

/* Resolves the (globals, locals) pair of eval/exec: None means the caller's. New references. */
static int resolve_namespaces(Object *globals, Object *locals, Object **g, Object **l)
{
    *g = *l = NULL;
    if (globals == NONE) {
        Object *cur = vm_globals_borrow();
        *g = obj_xnewref(cur);
        *l = locals == NONE ? (cur != NULL ? vm_locals() : NULL) : NEWREF(locals);
        if (*l == NULL && exc_occurred()) {
            OBJ_CLEAR(*g);
            return -1;
        }
    } else {
        *g = NEWREF(globals);
        *l = NEWREF(locals == NONE ? globals : locals);
    }
    if (*g == NULL || *l == NULL) {
        OBJ_CLEAR(*g);
        OBJ_CLEAR(*l);
        exc_set_string(Exc_TypeError, "eval must be given globals and locals when called without a frame");
        return -1;
    }
    return 0;
}

static Object *run(Object *code, Object *g, Object *l, const char *fname)
{
    if (((CodeObject *)code)->nfrees > 0)
        return exc_format(Exc_TypeError, "code object passed to %s() may not contain free variables", fname);
    return vm_eval_code(code, g, l);
}

static Object *b_eval(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("eval", nargs, kwnames, 1, 3) < 0)
        return NULL;
    Object *src = args[0];
    Object *globals = nargs > 1 ? args[1] : NONE, *locals = nargs > 2 ? args[2] : NONE;
    if (locals != NONE && !is_mapping(locals))
        return exc_set_string(Exc_TypeError, "locals must be a mapping");
    if (globals != NONE && !DICT_CHECK(globals))
        return exc_set_string(Exc_TypeError, is_mapping(globals)
                                                 ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                 : "globals must be a dict");
    Object *g, *l, *res = NULL;
    if (resolve_namespaces(globals, locals, &g, &l) < 0)
        return NULL;
    if (ensure_builtins(g) < 0)
        goto done;
    if (CODE_CHECK(src)) {
        res = run(src, g, l, "eval");
        goto done;
    }
    ssize_t len;
    const char *text = source_text(src, "eval", "string, bytes or code", &len);
    if (text == NULL)
        goto done;
    while (len > 0 && (*text == ' ' || *text == '\t')) {
        text++;
        len--;
    }
    Object *code = compile_source(text, (size_t)len, "<string>", PARSE_EVAL, NULL);
    if (code != NULL) {
        res = vm_eval_code(code, g, l);
        OBJ_DECREF(code);
    }
done:
    OBJ_DECREF(g);
    OBJ_DECREF(l);
    return res;
}

static Object *b_exec(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    Object *closure = NULL;
    for (ssize_t i = 0; kwnames != NULL && i < TUPLE_SIZE(kwnames); i++) {
        Object *name = TUPLE_GET(kwnames, i);
        if (!str_eq_cstr(name, "closure"))
            return exc_format(Exc_TypeError, "'%U' is an invalid keyword argument for exec()", name);
        closure = args[nargs + i];
    }
    if (nargs > 3)
        return exc_format(Exc_TypeError, "exec() takes at most 3 positional arguments (%zd given)", nargs);
    if (nargs < 1)
        return exc_format(Exc_TypeError, "exec() takes at least 1 positional argument (%zd given)", nargs);
    if (closure == NONE)
        closure = NULL;
    Object *src = args[0];
    Object *globals = nargs > 1 ? args[1] : NONE, *locals = nargs > 2 ? args[2] : NONE;
    Object *g, *l, *res = NULL;
    if (globals == NONE) {
        if (resolve_namespaces(globals, locals, &g, &l) < 0) {
            if (exc_matches(Exc_TypeError)) {
                exc_clear();
                exc_set_string(Exc_SystemError, "globals and locals cannot be NULL");
            }
            return NULL;
        }
    } else {
        g = NEWREF(globals);
        l = NEWREF(locals == NONE ? globals : locals);
    }
    if (!DICT_CHECK(g)) {
        exc_format(Exc_TypeError, "exec() globals must be a dict, not %s", obj_type_name(g));
        goto done;
    }
    if (!is_mapping(l)) {
        exc_format(Exc_TypeError, "locals must be a mapping or None, not %s", obj_type_name(l));
        goto done;
    }
    if (ensure_builtins(g) < 0)
        goto done;
    if (CODE_CHECK(src)) {
        int nfree = ((CodeObject *)src)->nfrees;
        if (nfree == 0 && closure != NULL) {
            exc_set_string(Exc_TypeError, "cannot use a closure with this code object");
            goto done;
        }
        if (nfree > 0) {
            if (closure == NULL || !TUPLE_CHECK(closure) || TUPLE_SIZE(closure) != nfree)
                exc_format(Exc_TypeError, "code object requires a closure of exactly length %d", nfree);
            else
                exc_set_string(Exc_NotImplementedError, "exec() with a closure is not supported by tally");
            goto done;
        }
        res = vm_eval_code(src, g, l);
    } else {
        if (closure != NULL) {
            exc_set_string(Exc_TypeError, "closure can only be used when source is a code object");
            goto done;
        }
        ssize_t len;
        const char *text = source_text(src, "exec", "string, bytes or code", &len);
        if (text == NULL)
            goto done;
        Object *code = compile_source(text, (size_t)len, "<string>", PARSE_FILE, NULL);
        if (code == NULL)
            goto done;
        res = vm_eval_code(code, g, l);
        OBJ_DECREF(code);
    }
    if (res != NULL)
        OBJ_SETREF(res, NEWREF(NONE));
done:
    OBJ_DECREF(g);
    OBJ_DECREF(l);
    return res;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) */
static Object *b_compile(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", NULL};
    UNUSED(self);
    Object *a[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    if (arg_parse("compile", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    Object *filename = a[1], *mode = a[2];
    Object *fname_str = NULL;
    if (STR_CHECK(filename))
        fname_str = NEWREF(filename);
    else if (BYTES_CHECK(filename))
        fname_str = str_decode_utf8(BYTES_DATA(filename), BYTES_LEN(filename));
    else
        return exc_format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                          obj_type_name(filename));
    if (fname_str == NULL)
        return NULL;
    Object *res = NULL;
    if (!STR_CHECK(mode)) {
        exc_format(Exc_TypeError, "compile() argument 'mode' must be str, not %s", obj_type_name(mode));
        goto done;
    }
    for (int i = 3; i < 6; i++) {           /* flags, dont_inherit, optimize: ints (ignored) */
        int dummy;
        if (a[i] != NULL && mod_builtins_as_c_int(a[i], &dummy) < 0)
            goto done;
    }
    ParseMode pm;
    if (str_eq_cstr(mode, "exec"))
        pm = PARSE_FILE;
    else if (str_eq_cstr(mode, "eval"))
        pm = PARSE_EVAL;
    else if (str_eq_cstr(mode, "single"))
        pm = PARSE_SINGLE;
    else {
        exc_set_string(Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        goto done;
    }
    ssize_t len;
    const char *text = source_text(a[0], "compile", "string, bytes or AST", &len);
    if (text == NULL)
        goto done;
    res = compile_source(text, (size_t)len, STR_DATA(fname_str), pm, NULL);
done:
    OBJ_DECREF(fname_str);
    return res;
}

static Object *b_globals(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(args);
    if (check_no_args("globals", nargs, kwnames) < 0)
        return NULL;
    Object *g = vm_globals_borrow();
    return NEWREF(g != NULL ? g : NONE);
}

static Object *b_locals(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    UNUSED(args);
    if (check_no_args("locals", nargs, kwnames) < 0)
        return NULL;
    return vm_locals();
}

static Object *b_vars(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("vars", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return vm_locals();
    Object *name = str_intern_cstr("__dict__");
    if (name == NULL)
        return NULL;
    int found;
    Object *d = obj_lookup_attr(args[0], name, &found);
    OBJ_DECREF(name);
    if (d == NULL && found == 0)
        return exc_set_string(Exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* ---- dir ---- */

/* Adds the keys of [d] to the set-like dict [names]. */
static int merge_keys(Object *names, Object *d)
{
    if (d == NULL || !DICT_CHECK(d))
        return 0;
    ssize_t pos = 0;
    Object *key;
    while (dict_next(d, &pos, &key, NULL)) {
        if (dict_set_item(names, key, NONE) < 0)
            return -1;
    }
    return 0;
}

/* The attributes of a class and, recursively, of its bases (CPython's merge_class_dict). */
static int merge_class_dict(Object *names, TypeObject *t, int depth)
{
    if (depth > 200)
        return 0;
    if (merge_keys(names, t->dict) < 0)
        return -1;
    if (t->bases != NULL && TUPLE_CHECK(t->bases)) {
        for (ssize_t i = 0; i < TUPLE_SIZE(t->bases); i++) {
            Object *b = TUPLE_GET(t->bases, i);
            if (TYPE_HAS_FLAG(TYPE(b), TPFLAG_TYPE_SUBCLASS) && merge_class_dict(names, (TypeObject *)b, depth + 1) < 0)
                return -1;
        }
    } else if (t->base != NULL) {
        return merge_class_dict(names, t->base, depth + 1);
    }
    return 0;
}

/* dir(o) when type(o) defines no __dir__: module.__dir__, type.__dir__ or object.__dir__. */
static Object *default_dir(Object *o)
{
    if (MODULE_CHECK(o)) {
        Object *d = module_dict_borrow(o);
        if (d == NULL || !DICT_CHECK(d))
            return exc_format(Exc_TypeError, "<module>.__dict__ is not a dictionary");
        Object *f = dict_get_str_borrow(d, "__dir__");      /* PEP 562 */
        if (f != NULL)
            return obj_call_noargs(f);
        return dict_keys_list(d);
    }
    Object *names = dict_new();
    if (names == NULL)
        return NULL;
    if (TYPE_HAS_FLAG(TYPE(o), TPFLAG_TYPE_SUBCLASS)) {
        if (merge_class_dict(names, (TypeObject *)o, 0) < 0)
            goto error;
    } else {
        Object **dp = obj_dict_ptr(o);
        if (dp != NULL && merge_keys(names, *dp) < 0)
            goto error;
        if (merge_class_dict(names, TYPE(o), 0) < 0)
            goto error;
    }
    Object *res = dict_keys_list(names);
    OBJ_DECREF(names);
    return res;
error:
    OBJ_DECREF(names);
    return NULL;
}

static Object *b_dir(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("dir", nargs, kwnames, 0, 1) < 0)
        return NULL;
    Object *list;
    if (nargs == 0) {
        Object *l = vm_locals();
        if (l == NULL)
            return NULL;
        if (DICT_CHECK(l)) {
            list = dict_keys_list(l);
        } else {
            Object *keys = obj_call_method(l, "keys", NULL, 0);
            list = keys != NULL ? list_from_iterable(keys) : NULL;
            OBJ_XDECREF(keys);
        }
        OBJ_DECREF(l);
    } else {
        /* object.__dir__ (and no __dir__ at all) get tally's default, which also knows modules
         * (their dict only) and classes (their attributes and their bases'), as CPython's
         * module.__dir__ and type.__dir__ */
        Object *key = str_intern_cstr("__dir__");
        if (key == NULL)
            return NULL;
        Object *own = type_lookup_borrow(TYPE(args[0]), key);
        Object *base = object_type.dict != NULL ? dict_get_item_borrow(object_type.dict, key) : NULL;
        OBJ_DECREF(key);
        int found = 0;
        Object *meth = NULL;
        if (own != NULL && own != base)
            meth = mod_builtins_lookup_special(args[0], "__dir__", &found);
        else if (exc_occurred())
            return NULL;
        if (meth != NULL) {
            Object *res = obj_call_noargs(meth);
            OBJ_DECREF(meth);
            if (res == NULL)
                return NULL;
            list = list_from_iterable(res);
            OBJ_DECREF(res);
        } else if (found < 0) {
            return NULL;
        } else {
            list = default_dir(args[0]);
        }
    }
    if (list == NULL)
        return NULL;
    if (list_sort(list, NULL, false) < 0) {
        OBJ_DECREF(list);
        return NULL;
    }
    return list;
}

MethodDef builtins_eval_methods[] = {
    {"eval", b_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"exec", b_exec, 0, "Execute the given source in the context of globals and locals."},
    {"compile", b_compile, 0, "Compile source into a code object that can be executed by exec() or eval()."},
    {"globals", b_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"locals", b_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"vars", b_vars, 0, "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\n"
                        "With an argument, equivalent to object.__dict__."},
    {"dir", b_dir, 0, "dir([object]) -> list of strings"},
    {NULL, NULL, 0, NULL},
};
