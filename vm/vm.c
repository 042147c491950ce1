/* vm.c: the interpreter's life: start-up (types, builtins, sys, __main__), running a program or
 * a REPL statement, printing uncaught exceptions, SystemExit, Ctrl-C, and the orderly shutdown
 * whose debug build checks that every reference and every block was given back. */
#include "vm/vm.h"
#include "vm/vmstate.h"
#include "vm/frame.h"
#include "vm/frameobject.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/traceback.h"
#include "vm/generator.h"
#include "vm/eval_helpers.h"
#include "compiler/compiler.h"
#include "objects/typeobject.h"
#include "objects/slots.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/complexobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/setobject.h"
#include "objects/rangeobject.h"
#include "objects/funcobject.h"
#include "objects/genericalias.h"
#include "objects/mappingproxy.h"
#include "stdlib/modules.h"
#include "gc/alloc.h"
#include "gc/gc.h"
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <limits.h>

VMState vm;
volatile sig_atomic_t vm_interrupt_pending;

extern TypeObject super_type;
extern TypeObject memoryview_type;   /* objects/memoryobject.h */

/* Every statically defined type, readied at start-up and released at shutdown. */
static TypeObject *const static_types[] = {
    &object_type, &type_type,
    /* the descriptor types first: readying any other type creates them */
    &builtin_function_type, &method_descr_type, &classmethod_descr_type, &getset_descr_type,
    &member_descr_type, &wrapper_descr_type, &method_wrapper_type, &staticmethod_type,
    &classmethod_type, &property_type, &function_type, &cell_type, &method_type, &module_type,
    &code_type, &none_type, &notimpl_type, &ellipsis_type,
    &str_type, &int_type, &bool_type, &float_type, &complex_type, &bytes_type,
    &tuple_type, &list_type, &dict_type, &dict_keys_type, &dict_values_type, &dict_items_type,
    &set_type, &frozenset_type, &set_iter_type, &range_type, &slice_type,
    &seq_iter_type, &range_iter_type, &longrange_iter_type, &enumerate_type, &zip_type, &map_type,
    &filter_type, &reversed_type, &callable_iter_type, &list_iter_type, &tuple_iter_type,
    &list_reverse_iter_type, &dict_key_iter_type, &dict_value_iter_type, &dict_item_iter_type,
    &dict_reverse_key_iter_type, &dict_reverse_value_iter_type, &dict_reverse_item_iter_type,
    &str_iter_type, &generator_type, &traceback_type, &super_type, &generic_alias_type, &union_type, &frame_object_type, &mappingproxy_type,
    &memoryview_type,
};
#define N_STATIC_TYPES (sizeof static_types / sizeof static_types[0])

static void sigint_handler(int sig)
{
    UNUSED(sig);
    vm_interrupt_pending = 1;
}

void vm_install_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = sigint_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

Object *vm_builtins_borrow(void) { return vm.builtins; }
int vm_recursion_depth(void) { return vm.depth; }
Object *vm_handled_exception_borrow(void) { return vm.handled; }
Object *vm_modules_borrow(void) { return vm.modules; }

Object *vm_globals_borrow(void)
{
    if (vm.frame != NULL)
        return vm.frame->globals;
    return vm.main_module ? module_dict_borrow(vm.main_module) : NULL;
}

Object *vm_locals(void)
{
    Frame *f = vm.frame;
    if (f == NULL)
        return obj_newref(vm_globals_borrow());
    if (f->locals != NULL)
        return obj_newref(f->locals);
    Object *d = dict_new();
    if (d == NULL)
        return NULL;
    CodeObject *co = f->code;
    for (int i = 0; i < co->nlocals; i++) {
        Object *v = f->slots[i];
        if (v != NULL && dict_set_item(d, TUPLE_GET(co->varnames, i), v) < 0)
            goto error;
    }
    for (int i = 0; i < co->ncells + co->nfrees; i++) {
        Object *cell = f->slots[co->nlocals + i];
        Object *v = cell ? ((CellObject *)cell)->ref : NULL;
        Object *name = i < co->ncells ? TUPLE_GET(co->cellvars, i) : TUPLE_GET(co->freevars, i - co->ncells);
        if (v != NULL && dict_set_item(d, name, v) < 0)
            goto error;
    }
    return d;
error:
    OBJ_DECREF(d);
    return NULL;
}

Object *vm_eval_code(Object *code, Object *globals, Object *locals)
{
    if (locals == NULL)
        locals = globals;
    if (dict_get_str_borrow(globals, "__builtins__") == NULL &&
        dict_set_str(globals, "__builtins__", vm.builtins_module) < 0)
        return NULL;
    CodeObject *co = (CodeObject *)code;
    if (co->nfrees > 0)
        return exc_set_string(Exc_TypeError, "code object passed to exec() may not contain free variables");
    Frame *f = frame_new(co, NULL, globals, vm.builtins, locals);
    if (f == NULL)
        return NULL;
    for (int i = 0; i < co->ncells; i++) {
        Object *cell = cell_new(NULL);
        if (cell == NULL) {
            frame_free(f);
            return NULL;
        }
        f->slots[co->nlocals + i] = cell;
    }
    return vm_eval(f);
}

/* ---- __build_class__ ---- */

/* PEP 560: a base that is not a class may stand for others through __mro_entries__(bases).
 * Returns [bases] itself (new ref) when nothing changes. */
static Object *update_bases(Object *bases)
{
    ssize_t n = TUPLE_SIZE(bases);
    Object *result = NULL;        /* built only once some base is replaced */
    for (ssize_t i = 0; i < n; i++) {
        Object *b = TUPLE_GET(bases, i);
        Object *meth = NULL;
        if (!TYPE_HAS_FLAG(TYPE(b), TPFLAG_TYPE_SUBCLASS)) {
            int found;
            Object *name = str_intern_cstr("__mro_entries__");
            if (name == NULL)
                goto error;
            meth = obj_lookup_attr(b, name, &found);
            OBJ_DECREF(name);
            if (meth == NULL && found < 0)
                goto error;
        }
        if (meth == NULL) {
            if (result != NULL && list_append(result, b) < 0)
                goto error;
            continue;
        }
        Object *entries = obj_call_one(meth, bases);
        OBJ_DECREF(meth);
        if (entries == NULL)
            goto error;
        if (!TUPLE_CHECK(entries)) {
            OBJ_DECREF(entries);
            exc_set_string(Exc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (result == NULL) {
            result = list_new(0);
            for (ssize_t j = 0; result != NULL && j < i; j++)
                if (list_append(result, TUPLE_GET(bases, j)) < 0)
                    OBJ_CLEAR(result);
            if (result == NULL) {
                OBJ_DECREF(entries);
                goto error;
            }
        }
        int err = list_extend(result, entries);
        OBJ_DECREF(entries);
        if (err < 0)
            goto error;
    }
    if (result == NULL)
        return obj_newref(bases);
    Object *t = list_as_tuple(result);
    OBJ_DECREF(result);
    return t;
error:
    OBJ_XDECREF(result);
    return NULL;
}

static Object *build_class(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (nargs < 2)
        return exc_set_string(Exc_TypeError, "__build_class__: not enough arguments");
    Object *func = args[0], *name = args[1];
    if (!FUNC_CHECK(func))
        return exc_set_string(Exc_TypeError, "__build_class__: func must be a function");
    if (!STR_CHECK(name))
        return exc_set_string(Exc_TypeError, "__build_class__: name is not a string");
    Object *orig_bases = tuple_from_array(args + 2, nargs - 2);
    if (orig_bases == NULL)
        return NULL;
    Object *bases = update_bases(orig_bases);
    if (bases == NULL) {
        OBJ_DECREF(orig_bases);
        return NULL;
    }
    /* keyword arguments: metaclass= is taken out, the rest go to the metaclass */
    ssize_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    Object *meta = NULL;
    Object *kwn = NULL, *kwv[32];
    ssize_t nk = 0;
    for (ssize_t i = 0; i < nkw; i++) {
        Object *k = TUPLE_GET(kwnames, i);
        if (str_eq_cstr(k, "metaclass"))
            meta = args[nargs + i];
        else if (nk < 32)
            kwv[nk++] = args[nargs + i];
    }
    Object *ns = NULL, *cls = NULL, *cell = NULL;
    if (nk > 0) {
        kwn = tuple_new(nk);
        if (kwn == NULL)
            goto done;
        ssize_t j = 0;
        for (ssize_t i = 0; i < nkw; i++) {
            Object *k = TUPLE_GET(kwnames, i);
            if (!str_eq_cstr(k, "metaclass"))
                tuple_set_item_steal(kwn, j++, obj_newref(k));
        }
    }
    if (meta == NULL)
        meta = TUPLE_SIZE(bases) > 0 ? (Object *)TYPE(TUPLE_GET(bases, 0)) : (Object *)&type_type;
    OBJ_INCREF(meta);
    if (TYPE_HAS_FLAG(TYPE(meta), TPFLAG_TYPE_SUBCLASS)) {
        TypeObject *winner = type_calculate_metaclass((TypeObject *)meta, bases);
        if (winner == NULL)
            goto done;
        OBJ_SETREF(meta, obj_newref((Object *)winner));
    }
    /* ns = meta.__prepare__(name, bases, **kw) */
    int found;
    Object *prep_name = str_intern_cstr("__prepare__");
    Object *prepare = prep_name ? obj_lookup_attr(meta, prep_name, &found) : NULL;
    OBJ_XDECREF(prep_name);
    if (prepare == NULL) {
        if (found < 0)
            goto done;
        ns = dict_new();
    } else {
        Object *pargs[2 + 32] = { name, bases };
        for (ssize_t i = 0; i < nk; i++)
            pargs[2 + i] = kwv[i];
        ns = obj_call(prepare, pargs, 2, kwn);
        OBJ_DECREF(prepare);
    }
    if (ns == NULL)
        goto done;
    if (bases != orig_bases && DICT_CHECK(ns) && dict_set_str(ns, "__orig_bases__", orig_bases) < 0)
        goto done;
    if (!DICT_CHECK(ns)) {
        exc_format(Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                   TYPE_HAS_FLAG(TYPE(meta), TPFLAG_TYPE_SUBCLASS) ? ((TypeObject *)meta)->name : "<metaclass>",
                   obj_type_name(ns));
        goto done;
    }
    /* run the class body with ns as its locals */
    FunctionObject *fn = (FunctionObject *)func;
    CodeObject *co = (CodeObject *)fn->code;
    Frame *f = frame_new(co, func, fn->globals, fn->builtins, ns);
    if (f == NULL)
        goto done;
    for (int i = 0; i < co->ncells; i++) {
        if ((f->slots[co->nlocals + i] = cell_new(NULL)) == NULL) {
            frame_free(f);
            goto done;
        }
    }
    for (int i = 0; i < co->nfrees; i++)
        f->slots[co->nlocals + co->ncells + i] = obj_newref(TUPLE_GET(fn->closure, i));
    cell = vm_eval(f);
    if (cell == NULL)
        goto done;
    {
        Object *margs[3 + 32] = { name, bases, ns };
        for (ssize_t i = 0; i < nk; i++)
            margs[3 + i] = kwv[i];
        cls = obj_call(meta, margs, 3, kwn);
    }
    if (cls != NULL && CELL_CHECK(cell) && ((CellObject *)cell)->ref != cls) {
        Object *r = ((CellObject *)cell)->ref;
        if (r == NULL)
            exc_format(Exc_RuntimeError, "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                       name, cls);
        else
            exc_format(Exc_TypeError, "__class__ set to %R defining %R as %R", r, name, cls);
        OBJ_CLEAR(cls);
    }
done:
    OBJ_XDECREF(cell);
    OBJ_XDECREF(ns);
    OBJ_XDECREF(meta);
    OBJ_XDECREF(kwn);
    OBJ_DECREF(bases);
    OBJ_DECREF(orig_bases);
    return cls;
}

static MethodDef build_class_def = {"__build_class__", build_class, 0,
    "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"};

/* ---- start-up and shutdown ---- */

static int init_main_module(void)
{
    vm.main_module = module_new("__main__");
    if (vm.main_module == NULL)
        return -1;
    Object *d = module_dict_borrow(vm.main_module);
    Object *ann = dict_new();
    int err = ann == NULL || dict_set_str(d, "__annotations__", ann) < 0;
    OBJ_XDECREF(ann);
    if (err)
        return -1;
    if (dict_set_str(d, "__builtins__", vm.builtins_module) < 0 ||
        dict_set_str(vm.modules, "__main__", vm.main_module) < 0)
        return -1;
    return 0;
}

int vm_init(int argc, char **argv)
{
    memset(&vm, 0, sizeof vm);
    if (gc_init() < 0 || int_init() < 0 || str_init() < 0)
        goto fail;
    for (size_t i = 0; i < N_STATIC_TYPES; i++)
        if (type_ready(static_types[i]) < 0)
            goto fail;
    if (exc_types_init() < 0)
        goto fail;
    {
        TypeObject *const generic[] = { &list_type, &dict_type, &tuple_type, &set_type, &frozenset_type };
        if (generic_alias_install(generic, sizeof generic / sizeof generic[0]) < 0)
            goto fail;
    }
    vm.memory_error = exc_new(Exc_MemoryError, NULL, 0);
    vm.modules = dict_new();
    if (vm.memory_error == NULL || vm.modules == NULL)
        goto fail;
    vm.builtins_module = mod_builtins_init();
    if (vm.builtins_module == NULL)
        goto fail;
    vm.builtins = module_dict_borrow(vm.builtins_module);
    Object *bc = builtin_function_new(&build_class_def, vm.builtins_module, NULL);
    if (bc == NULL || dict_set_str(vm.builtins, "__build_class__", bc) < 0)
        goto fail;
    OBJ_DECREF(bc);
    if (dict_set_str(vm.modules, "builtins", vm.builtins_module) < 0)
        goto fail;
    vm.sys = mod_sys_init();
    if (vm.sys == NULL || dict_set_str(vm.modules, "sys", vm.sys) < 0)
        goto fail;
    if (mod_sys_set_argv(vm.sys, argc, argv) < 0)
        goto fail;
    if (init_main_module() < 0)
        goto fail;
    gc_state.allow_automatic = true;
    return 0;
fail:
    if (exc_occurred()) {
        Object *e = exc_fetch();
        fprintf(stderr, "tally: start-up failed: ");
        obj_print(e, stderr, true);
        fputc('\n', stderr);
        OBJ_DECREF(e);
    } else {
        fprintf(stderr, "tally: start-up failed\n");
    }
    return -1;
}

static void flush_stream(const char *name)
{
    if (vm.sys == NULL)
        return;
    Object *f = dict_get_str_borrow(module_dict_borrow(vm.sys), name);
    if (f == NULL || f == NONE)
        return;
    Object *r = obj_call_method(f, "flush", NULL, 0);
    if (r == NULL)
        exc_clear();
    OBJ_XDECREF(r);
}

void vm_flush_std(void)
{
    flush_stream("stdout");
    flush_stream("stderr");
    fflush(stdout);
    fflush(stderr);
}

static void clear_module_dicts(void)
{
    if (vm.modules == NULL)
        return;
    /* __main__ first, then the other modules, builtins and sys last (as CPython) */
    if (vm.main_module != NULL)
        dict_clear(module_dict_borrow(vm.main_module));
    Object *mods = dict_values_list(vm.modules);
    if (mods == NULL) {
        exc_clear();
        return;
    }
    for (ssize_t i = LIST_SIZE(mods) - 1; i >= 0; i--) {
        Object *m = LIST_GET(mods, i);
        if (MODULE_CHECK(m) && m != vm.builtins_module && m != vm.sys && module_dict_borrow(m) != NULL)
            dict_clear(module_dict_borrow(m));
    }
    OBJ_DECREF(mods);
}

int vm_fini(void)
{
    vm_flush_std();
    gc_state.allow_automatic = false;
    gc_state.on_collect = NULL;          /* the gc module's hooks die with the module */
    gc_state.on_unreachable = NULL;
    gc_state.save_garbage = NULL;
    gc_unfreeze();                       /* frozen objects are freed like the rest */
    gc_state.debug_saveall = false;
    OBJ_CLEAR(vm.curexc);
    OBJ_CLEAR(vm.handled);
    clear_module_dicts();
    gc_collect(2);
    exc_clear();
    if (vm.sys != NULL)
        dict_clear(module_dict_borrow(vm.sys));
    if (vm.modules != NULL)
        dict_clear(vm.modules);
    if (vm.builtins != NULL)
        dict_clear(vm.builtins);
    OBJ_CLEAR(vm.main_module);
    OBJ_CLEAR(vm.sys);
    vm.builtins = NULL;
    OBJ_CLEAR(vm.builtins_module);
    OBJ_CLEAR(vm.modules);
    OBJ_CLEAR(vm.source_cache);
    gc_collect(2);
    exc_clear();
#if !DEBUG_REFS
    /* No Python code can run from here on: what is left is the interpreter's own memory (type
     * dicts, interned strings, free lists, arenas), which the system takes back at exit. Only the
     * checking builds free it block by block, for the leak check. */
    return 0;
#endif
    OBJ_CLEAR(vm.memory_error);
    exc_types_fini();
    for (size_t i = N_STATIC_TYPES; i-- > 0;)
        type_fini_static(static_types[i]);
    stdlib_fini();
    slots_fini();
    gc_collect(2);
    type_cache_clear();
    tuple_fini();
    frame_stack_fini();
    int_fini();
    str_fini();
    gc_fini();
    int status = 0;
#if DEBUG_REFS
    size_t blocks = mem_blocks_in_use();
    if (ref_total != 0 || blocks != 0) {
        fprintf(stderr, "tally: leak check failed: reference total %zd, %zu block%s still in use\n",
                ref_total, blocks, blocks == 1 ? "" : "s");
        status = -1;
    }
#endif
    return status;
}

/* ---- running ---- */

/* Handles an uncaught exception: SystemExit gives its status, anything else is printed. */
static int report_exception(void)
{
    Object *exc = exc_fetch();
    if (exc == NULL)
        return 0;
    int status = 1;
    if (type_is_subtype(TYPE(exc), Exc_SystemExit)) {
        Object *code = obj_getattr_cstr(exc, "code");
        if (code == NULL) {
            exc_clear();
        } else if (code == NONE) {
            status = 0;
        } else if (INT_CHECK(code)) {
            int overflow;
            long v = int_as_long(code, &overflow);
            status = overflow ? -1 : (int)v;
        } else {
            vm_flush_std();
            Object *s = obj_str(code);
            if (s != NULL) {
                fprintf(stderr, "%s\n", STR_DATA(s));
                OBJ_DECREF(s);
            } else {
                exc_clear();
            }
        }
        OBJ_XDECREF(code);
    } else {
        vm_flush_std();
        tb_print_exception(exc, stderr);
        if (type_is_subtype(TYPE(exc), Exc_KeyboardInterrupt))
            status = 130;
    }
    OBJ_DECREF(exc);
    return status;
}

static Object *run_in_main(Object *code)
{
    Object *globals = module_dict_borrow(vm.main_module);
    return vm_eval_code(code, globals, globals);
}

int vm_run_source(const char *src, size_t len, const char *filename)
{
    Object *main_dict = module_dict_borrow(vm.main_module);
    if (filename[0] != '<') {
        Object *fn = str_from_cstr(filename);
        if (fn == NULL || dict_set_str(main_dict, "__file__", fn) < 0) {
            OBJ_XDECREF(fn);
            return report_exception();
        }
        OBJ_DECREF(fn);
    }
    Object *code = compile_source(src, len, filename, PARSE_FILE, NULL);
    if (code == NULL)
        return report_exception();
    Object *r = run_in_main(code);
    OBJ_DECREF(code);
    if (r == NULL)
        return report_exception();
    OBJ_DECREF(r);
    return 0;
}

/* os.path.abspath: joined with the working directory, "." and ".." components collapsed. */
static void abspath_of(const char *path, char *out, size_t size)
{
    char joined[PATH_MAX];
    if (path[0] == '/' || getcwd(joined, sizeof joined) == NULL)
        snprintf(joined, sizeof joined, "%s", path);
    else {
        size_t n = strlen(joined);
        snprintf(joined + n, sizeof joined - n, "/%s", path);
    }
    size_t len = 0;
    out[0] = '\0';
    char *save = NULL;
    for (char *part = strtok_r(joined, "/", &save); part != NULL; part = strtok_r(NULL, "/", &save)) {
        if (strcmp(part, ".") == 0)
            continue;
        if (strcmp(part, "..") == 0) {
            while (len > 0 && out[len - 1] != '/')
                len--;
            if (len > 0)
                len--;
            out[len] = '\0';
            continue;
        }
        int n = snprintf(out + len, size - len, "/%s", part);
        if (n < 0 || (size_t)n >= size - len)
            break;
        len += (size_t)n;
    }
    if (len == 0)
        snprintf(out, size, "/");
}

int vm_run_file(const char *path)
{
    char abspath[PATH_MAX];
    abspath_of(path, abspath, sizeof abspath);
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        int err = errno;
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", TALLY_NAME, abspath, err, strerror(err));
        return 2;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 4096 > cap) {
            cap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, cap);
            if (nb == NULL) {
                free(buf);
                fclose(fp);
                fprintf(stderr, "%s: out of memory reading '%s'\n", TALLY_NAME, path);
                return 1;
            }
            buf = nb;
        }
        size_t n = fread(buf + len, 1, cap - len, fp);
        len += n;
        if (n == 0)
            break;
    }
    fclose(fp);
    int status = vm_run_source(buf, len, abspath);
    free(buf);
    return status;
}

ReplResult vm_repl_exec(const char *src, size_t len, int *exit_status)
{
    bool incomplete = false;
    Object *code = compile_source(src, len, "<stdin>", PARSE_SINGLE, &incomplete);
    if (code == NULL) {
        if (incomplete) {
            exc_clear();
            return REPL_INCOMPLETE;
        }
        report_exception();
        return REPL_OK;
    }
    Object *r = run_in_main(code);
    OBJ_DECREF(code);
    vm_flush_std();
    if (r != NULL) {
        OBJ_DECREF(r);
        return REPL_OK;
    }
    if (exc_matches(Exc_SystemExit)) {
        *exit_status = report_exception();
        return REPL_EXIT;
    }
    report_exception();
    return REPL_OK;
}

/* ---- completion ---- */

static int add_matches(Object *result, Object *names, const char *prefix, size_t plen, const char *lead)
{
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(names, &pos, &k, &v)) {
        if (!STR_CHECK(k) || strncmp(STR_DATA(k), prefix, plen) != 0)
            continue;
        if (plen == 0 && STR_DATA(k)[0] == '_')
            continue;
        Object *s = str_from_format("%s%U%s", lead, k, obj_is_callable(v) && !TYPE_HAS_FLAG(TYPE(v), TPFLAG_TYPE_SUBCLASS) ? "(" : "");
        if (s == NULL || list_append(result, s) < 0) {
            OBJ_XDECREF(s);
            return -1;
        }
        OBJ_DECREF(s);
    }
    return 0;
}

Object *vm_complete(const char *text)
{
    Object *result = list_new(0);
    if (result == NULL) {
        exc_clear();
        return NULL;
    }
    const char *dot = strrchr(text, '.');
    if (dot == NULL) {
        size_t plen = strlen(text);
        if (add_matches(result, module_dict_borrow(vm.main_module), text, plen, "") < 0 ||
            add_matches(result, vm.builtins, text, plen, "") < 0)
            exc_clear();
        return result;
    }
    /* "obj.attr": evaluate the part before the last dot by name lookups only (no calls) */
    char *base = strndup(text, (size_t)(dot - text));
    Object *obj = NULL;
    if (base != NULL) {
        char *save = NULL;
        for (char *part = strtok_r(base, ".", &save); part != NULL; part = strtok_r(NULL, ".", &save)) {
            Object *next;
            if (obj == NULL) {
                next = dict_get_str_borrow(module_dict_borrow(vm.main_module), part);
                if (next == NULL)
                    next = dict_get_str_borrow(vm.builtins, part);
                next = next ? obj_newref(next) : NULL;
            } else {
                next = obj_getattr_cstr(obj, part);
                OBJ_DECREF(obj);
            }
            obj = next;
            if (obj == NULL)
                break;
        }
        free(base);
    }
    if (obj != NULL) {
        Object *names = dict_new();
        if (names != NULL) {
            Object **dp = obj_dict_ptr(obj);
            if (dp != NULL && *dp != NULL)
                dict_update(names, *dp);
            TypeObject *t = TYPE_HAS_FLAG(TYPE(obj), TPFLAG_TYPE_SUBCLASS) ? (TypeObject *)obj : TYPE(obj);
            for (ssize_t i = 0; t->mro && i < TUPLE_SIZE(t->mro); i++)
                dict_update(names, ((TypeObject *)TUPLE_GET(t->mro, i))->dict);
            Object *lead = str_from_utf8(text, dot - text + 1);
            if (lead != NULL)
                add_matches(result, names, dot + 1, strlen(dot + 1), STR_DATA(lead));
            OBJ_XDECREF(lead);
            OBJ_DECREF(names);
        }
        OBJ_DECREF(obj);
    }
    exc_clear();
    return result;
}
