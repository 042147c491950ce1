/* mod_weakref.c: the _weakref module (CPython 3.11's Modules/_weakref.c): ref, proxy,
 * getweakrefcount, getweakrefs, _remove_dead_weakref and the three types. The Python-level
 * weakref module (stdlib/lib/weakref.py) builds the containers and finalize on top of it. */
#include "objects/weakrefobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "stdlib/modules.h"

static Object *wr_getweakrefcount(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("getweakrefcount", kwnames) < 0 ||
        arg_count("_weakref.getweakrefcount", nargs, 1, 1) < 0)
        return NULL;
    return int_from_ssize(weakref_count(args[0]));
}

static Object *wr_getweakrefs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("getweakrefs", kwnames) < 0 || arg_count("_weakref.getweakrefs", nargs, 1, 1) < 0)
        return NULL;
    WeakrefObject **list = weakref_list_ptr(args[0]);
    Object *result = list_new(0);
    if (result == NULL)
        return NULL;
    for (WeakrefObject *w = list ? *list : NULL; w != NULL; w = w->next) {
        if (list_append(result, (Object *)w) < 0) {
            OBJ_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *wr_proxy(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("proxy", kwnames) < 0 || arg_count("proxy", nargs, 1, 2) < 0)
        return NULL;
    return weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

/* _remove_dead_weakref(dict, key): del dict[key] if its value is a dead weak reference. */
static Object *wr_remove_dead_weakref(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("_remove_dead_weakref", kwnames) < 0 ||
        arg_count("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    Object *d = args[0], *key = args[1];
    if (!DICT_CHECK(d))
        return exc_format(Exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                          obj_type_name(d));
    Object *v = dict_get_item_borrow(d, key);
    if (v == NULL) {
        if (exc_occurred())
            return NULL;
        RETURN_NONE;
    }
    if (WEAKREF_CHECK(v) && weakref_get_object_borrow(v) == NONE && dict_del_item(d, key) < 0) {
        if (!exc_matches(Exc_KeyError))
            return NULL;
        exc_clear();
    }
    RETURN_NONE;
}

static MethodDef weakref_functions[] = {
    {"getweakrefcount", wr_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", wr_proxy, 0, "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", wr_remove_dead_weakref, 0, "Atomically delete key from dict if it is a dead weakref."},
    {NULL, NULL, 0, NULL}
};

Object *mod__weakref_init(void)
{
    if (type_ready(&weakref_type) < 0 || type_ready(&weakproxy_type) < 0 ||
        type_ready(&weakcallableproxy_type) < 0)
        return NULL;
    Object *m = module_new("_weakref");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, weakref_functions) < 0 ||
        module_add_object(m, "ref", (Object *)&weakref_type) < 0 ||
        module_add_object(m, "ReferenceType", (Object *)&weakref_type) < 0 ||
        module_add_object(m, "ProxyType", (Object *)&weakproxy_type) < 0 ||
        module_add_object(m, "CallableProxyType", (Object *)&weakcallableproxy_type) < 0) {
        OBJ_DECREF(m);
        return NULL;
    }
    return m;
}
