/* import.c: the import system: sys.modules, built-in modules (stdlib/modules.def), and modules and
 * packages written in Python found on sys.path, with relative imports and CPython's messages. */
#include "vm/eval_helpers.h"
#include "vm/vm.h"
#include "vm/vmstate.h"
#include "vm/errors.h"
#include "compiler/compiler.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "stdlib/modules.h"
#include <string.h>
#include <sys/stat.h>

static Object *module_not_found(const char *name)
{
    exc_format(Exc_ModuleNotFoundError, "No module named '%s'", name);
    Object *e = exc_fetch();
    if (e != NULL) {
        Object *n = str_from_cstr(name);
        if (n == NULL || obj_setattr_cstr(e, "name", n) < 0)
            exc_clear();
        OBJ_XDECREF(n);
        exc_restore(e);
    }
    return NULL;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static Object *read_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return exc_format(Exc_OSError, "cannot read '%s'", path);
    StrBuilder sb;
    sb_init(&sb);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        sb_append(&sb, buf, (ssize_t)n);
    fclose(fp);
    return sb_finish(&sb);
}

/* Runs the source at [path] as module [fullname]; [pkgdir] non-NULL makes it a package. */
static Object *load_source_module(const char *fullname, const char *path, const char *pkgdir)
{
    Object *m = module_new(fullname);
    if (m == NULL)
        return NULL;
    Object *d = module_dict_borrow(m);
    Object *file = str_from_cstr(path);
    const char *dot = strrchr(fullname, '.');
    Object *package = pkgdir ? str_from_cstr(fullname)
                             : dot ? str_from_utf8(fullname, dot - fullname) : str_from_cstr("");
    if (file == NULL || package == NULL || dict_set_str(d, "__file__", file) < 0 ||
        dict_set_str(d, "__package__", package) < 0 ||
        dict_set_str(d, "__builtins__", vm.builtins_module) < 0)
        goto error;
    if (pkgdir != NULL) {
        Object *dir = str_from_cstr(pkgdir);
        Object *p = dir ? list_new(0) : NULL;
        if (p == NULL || list_append(p, dir) < 0 || dict_set_str(d, "__path__", p) < 0) {
            OBJ_XDECREF(dir);
            OBJ_XDECREF(p);
            goto error;
        }
        OBJ_DECREF(dir);
        OBJ_DECREF(p);
    }
    if (dict_set_str(vm.modules, fullname, m) < 0)
        goto error;
    const FrozenModule *fm = path[0] == '<' ? stdlib_frozen_find(fullname) : NULL;
    Object *src = fm ? str_from_utf8(fm->source, (ssize_t)fm->len) : read_file(path);
    Object *code = src ? compile_source(STR_DATA(src), (size_t)STR_NBYTES(src), path, PARSE_FILE, NULL) : NULL;
    OBJ_XDECREF(src);
    Object *r = code ? vm_eval_code(code, d, d) : NULL;
    OBJ_XDECREF(code);
    if (r == NULL) {
        Object *saved = exc_fetch();
        dict_del_str(vm.modules, fullname);
        exc_restore(saved);
        goto error;
    }
    OBJ_DECREF(r);
    OBJ_DECREF(file);
    OBJ_DECREF(package);
    OBJ_DECREF(m);
    /* the module may have replaced itself in sys.modules */
    Object *final = dict_get_str_borrow(vm.modules, fullname);
    if (final == NULL)
        return exc_format(Exc_ImportError, "Loaded module %s not found in sys.modules", fullname);
    return obj_newref(final);
error:
    OBJ_XDECREF(file);
    OBJ_XDECREF(package);
    OBJ_DECREF(m);
    return NULL;
}

/* Looks for [name] (the last component) in the directories of [path] (a list of str). */
static Object *find_and_load(const char *fullname, const char *name, Object *path)
{
    if (path == NULL || !LIST_CHECK(path))
        return module_not_found(fullname);
    for (ssize_t i = 0; i < LIST_SIZE(path); i++) {
        Object *dir = LIST_GET(path, i);
        if (!STR_CHECK(dir))
            continue;
        const char *base = STR_NBYTES(dir) ? STR_DATA(dir) : ".";
        size_t n = strlen(base) + strlen(name) + 32;
        char *pkg = malloc(n), *init = malloc(n), *file = malloc(n);
        if (pkg == NULL || init == NULL || file == NULL) {
            free(pkg); free(init); free(file);
            return exc_no_memory();
        }
        snprintf(pkg, n, "%s/%s", base, name);
        snprintf(init, n, "%s/%s/__init__.py", base, name);
        snprintf(file, n, "%s/%s.py", base, name);
        Object *m = NULL;
        bool found = true;
        if (is_file(init))
            m = load_source_module(fullname, init, pkg);
        else if (is_file(file))
            m = load_source_module(fullname, file, NULL);
        else
            found = false;
        free(pkg); free(init); free(file);
        if (found)
            return m;
    }
    return module_not_found(fullname);
}

/* Imports the module [fullname] (dotted), its parents first. New ref. */
static Object *import_module(const char *fullname)
{
    Object *m = dict_get_str_borrow(vm.modules, fullname);
    if (m != NULL) {
        if (m == NONE)
            return module_not_found(fullname);
        return obj_newref(m);
    }
    const char *dot = strrchr(fullname, '.');
    Object *parent = NULL, *path;
    const char *name = fullname;
    if (dot != NULL) {
        char *pname = strndup(fullname, (size_t)(dot - fullname));
        if (pname == NULL)
            return exc_no_memory();
        parent = import_module(pname);
        free(pname);
        if (parent == NULL)
            return NULL;
        m = dict_get_str_borrow(vm.modules, fullname);      /* the parent may have imported it */
        if (m != NULL) {
            OBJ_DECREF(parent);
            return obj_newref(m);
        }
        name = dot + 1;
        path = MODULE_CHECK(parent) ? dict_get_str_borrow(module_dict_borrow(parent), "__path__") : NULL;
        if (path == NULL) {
            char *parent_name = strndup(fullname, (size_t)(dot - fullname));
            exc_format(Exc_ModuleNotFoundError, "No module named '%s'; '%s' is not a package", fullname,
                       parent_name ? parent_name : "?");
            free(parent_name);
            OBJ_DECREF(parent);
            return NULL;
        }
    } else {
        const BuiltinModule *bm = builtin_module_find(fullname);
        if (bm != NULL) {
            m = bm->init();
            if (m == NULL || dict_set_str(vm.modules, fullname, m) < 0) {
                OBJ_XDECREF(m);
                return NULL;
            }
            return m;
        }
        if (stdlib_frozen_find(fullname) != NULL) {
            char file[128];
            snprintf(file, sizeof file, "<frozen %s>", fullname);
            return load_source_module(fullname, file, NULL);
        }
        path = dict_get_str_borrow(module_dict_borrow(vm.sys), "path");
    }
    m = find_and_load(fullname, name, path);
    if (m != NULL && parent != NULL && obj_setattr_cstr(parent, name, m) < 0)
        OBJ_CLEAR(m);
    OBJ_XDECREF(parent);
    return m;
}

Object *vm_import(const char *name)
{
    return import_module(name);
}

/* The absolute name for a relative import of [name] at [level] from a module with [globals]. */
static Object *resolve_name(Object *name, Object *globals, ssize_t level)
{
    Object *package = dict_get_str_borrow(globals, "__package__");
    Object *pkg = NULL;
    if (package != NULL && package != NONE) {
        pkg = obj_newref(package);
    } else {
        Object *modname = dict_get_str_borrow(globals, "__name__");
        if (modname == NULL || !STR_CHECK(modname))
            return exc_set_string(Exc_KeyError, "'__name__' not in globals");
        if (dict_get_str_borrow(globals, "__path__") != NULL) {
            pkg = obj_newref(modname);
        } else {
            const char *s = STR_DATA(modname), *dot = strrchr(s, '.');
            pkg = dot ? str_from_utf8(s, dot - s) : str_from_cstr("");
        }
    }
    if (pkg == NULL)
        return NULL;
    if (STR_NBYTES(pkg) == 0) {
        OBJ_DECREF(pkg);
        return exc_set_string(Exc_ImportError, "attempted relative import with no known parent package");
    }
    const char *s = STR_DATA(pkg);
    ssize_t end = STR_NBYTES(pkg);
    for (ssize_t i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.')
            end--;
        if (end == 0) {
            OBJ_DECREF(pkg);
            return exc_set_string(Exc_ImportError, "attempted relative import beyond top-level package");
        }
        end--;
    }
    Object *base = str_from_utf8(s, end);
    OBJ_DECREF(pkg);
    if (base == NULL || STR_NBYTES(name) == 0)
        return base;
    Object *r = str_from_format("%U.%U", base, name);
    OBJ_DECREF(base);
    return r;
}

Object *vm_import_name(Object *name, Object *globals, Object *fromlist, Object *level)
{
    ssize_t lv = INT_CHECK(level) ? int_as_ssize(level) : 0;
    Object *absname = lv > 0 ? resolve_name(name, globals, lv) : obj_newref(name);
    if (absname == NULL)
        return NULL;
    if (STR_NBYTES(absname) == 0) {
        OBJ_DECREF(absname);
        return exc_set_string(Exc_ValueError, "Empty module name");
    }
    Object *m = import_module(STR_DATA(absname));
    if (m == NULL) {
        OBJ_DECREF(absname);
        return NULL;
    }
    bool has_from = fromlist != NULL && fromlist != NONE && TUPLE_CHECK(fromlist) && TUPLE_SIZE(fromlist) > 0;
    if (!has_from) {
        /* `import a.b.c` binds a: return the top-level package */
        const char *s = STR_DATA(absname), *dot = strchr(s, '.');
        if (dot != NULL && lv == 0) {
            char *top = strndup(s, (size_t)(dot - s));
            Object *t = top ? dict_get_str_borrow(vm.modules, top) : NULL;
            free(top);
            if (t != NULL)
                OBJ_SETREF(m, obj_newref(t));
        }
    } else if (MODULE_CHECK(m) && dict_get_str_borrow(module_dict_borrow(m), "__path__") != NULL) {
        /* from package import submodule */
        for (ssize_t i = 0; i < TUPLE_SIZE(fromlist); i++) {
            Object *item = TUPLE_GET(fromlist, i);
            if (!STR_CHECK(item) || str_eq_cstr(item, "*") ||
                dict_get_item_borrow(module_dict_borrow(m), item) != NULL)
                continue;
            Object *sub = str_from_format("%U.%U", absname, item);
            if (sub == NULL)
                break;
            Object *sm = import_module(STR_DATA(sub));
            OBJ_DECREF(sub);
            if (sm == NULL) {
                if (exc_matches(Exc_ModuleNotFoundError))
                    exc_clear();         /* IMPORT_FROM reports the missing name */
                else {
                    OBJ_DECREF(m);
                    OBJ_DECREF(absname);
                    return NULL;
                }
            }
            OBJ_XDECREF(sm);
        }
    }
    OBJ_DECREF(absname);
    return m;
}

Object *vm_import_from(Object *module, Object *name)
{
    int found;
    Object *v = obj_lookup_attr(module, name, &found);
    if (v != NULL || found < 0)
        return v;
    Object *modname = MODULE_CHECK(module) ? dict_get_str_borrow(module_dict_borrow(module), "__name__") : NULL;
    if (modname != NULL && STR_CHECK(modname)) {
        Object *full = str_from_format("%U.%U", modname, name);
        Object *sub = full ? dict_get_item_borrow(vm.modules, full) : NULL;
        OBJ_XDECREF(full);
        if (sub != NULL)
            return obj_newref(sub);
        Object *file = dict_get_str_borrow(module_dict_borrow(module), "__file__");
        if (file != NULL && STR_CHECK(file))
            exc_format(Exc_ImportError, "cannot import name '%U' from '%U' (%U)", name, modname, file);
        else
            exc_format(Exc_ImportError, "cannot import name '%U' from '%U' (unknown location)", name, modname);
    } else {
        exc_format(Exc_ImportError, "cannot import name '%U'", name);
    }
    return NULL;
}

int vm_import_star(Object *locals, Object *module)
{
    Object *d = MODULE_CHECK(module) ? module_dict_borrow(module) : NULL;
    if (d == NULL) {
        exc_set_string(Exc_TypeError, "import * needs a module");
        return -1;
    }
    Object *all = dict_get_str_borrow(d, "__all__");
    if (all != NULL) {
        Object *it = obj_get_iter(all);
        if (it == NULL)
            return -1;
        Object *n;
        while ((n = obj_iter_next(it)) != NULL) {
            Object *v = obj_getattr(module, n);
            int err = v ? obj_setitem(locals, n, v) : -1;
            OBJ_XDECREF(v);
            OBJ_DECREF(n);
            if (err < 0) {
                OBJ_DECREF(it);
                return -1;
            }
        }
        OBJ_DECREF(it);
        return exc_occurred() ? -1 : 0;
    }
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(d, &pos, &k, &v)) {
        if (STR_CHECK(k) && STR_DATA(k)[0] != '_' && obj_setitem(locals, k, v) < 0)
            return -1;
    }
    return 0;
}
