/* mappingproxy.c: the read-only view of a mapping that Class.__dict__ returns (CPython's
 * types.MappingProxyType): reads go to the mapping, writes are refused. */
#include "objects/mappingproxy.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/dictobject.h"
#include "gc/gc.h"
#include "vm/errors.h"

typedef struct MappingProxyObject {
    Object ob;
    Object *mapping;
} MappingProxyObject;

#define MAPPING(o) (((MappingProxyObject *)(o))->mapping)

Object *mappingproxy_new(Object *mapping)
{
    MappingProxyObject *p = (MappingProxyObject *)obj_alloc(&mappingproxy_type, 0);
    if (p == NULL)
        return NULL;
    p->mapping = obj_newref(mapping);
    gc_track((Object *)p);
    return (Object *)p;
}

static Object *mp_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    if (arg_no_kwargs("mappingproxy", kwnames) < 0 || arg_count("mappingproxy", nargs, 1, 1) < 0)
        return NULL;
    if (!DICT_CHECK(args[0]) && TYPE(args[0])->getitem == NULL)
        return exc_format(Exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                          obj_type_name(args[0]));
    return mappingproxy_new(args[0]);
}

static int mp_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(MAPPING(self));
    return 0;
}

static void mp_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_CLEAR(MAPPING(self));
    obj_free(self);
}

static Object *mp_repr(Object *self)
{
    return str_from_format("mappingproxy(%R)", MAPPING(self));
}

static Object *mp_str(Object *self)
{
    return obj_str(MAPPING(self));
}

static ssize_t mp_len(Object *self) { return obj_len(MAPPING(self)); }
static Object *mp_getitem(Object *self, Object *key) { return obj_getitem(MAPPING(self), key); }
static int mp_contains(Object *self, Object *key) { return obj_contains(MAPPING(self), key); }
static Object *mp_iter(Object *self) { return obj_get_iter(MAPPING(self)); }

static Object *mp_richcompare(Object *a, Object *b, int op)
{
    return obj_richcompare(MAPPING(a), b, op);
}

static Object *mp_or(Object *a, Object *b)
{
    /* proxy | dict gives a dict, as CPython */
    Object *x = TYPE(a) == &mappingproxy_type ? MAPPING(a) : a;
    Object *y = TYPE(b) == &mappingproxy_type ? MAPPING(b) : b;
    return obj_binary_op(x, y, NB_OR);
}

/* get/keys/values/items/copy forward to the mapping's own methods */
static Object *forward(Object *self, const char *name, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs(name, kwnames) < 0)
        return NULL;
    return obj_call_method(MAPPING(self), name, args, nargs);
}

static Object *mp_get(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_count("get", nargs, 1, 2) < 0)
        return NULL;
    return forward(self, "get", args, nargs, kwnames);
}

#define FORWARD0(fname, name)                                                                 \
    static Object *fname(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)  \
    {                                                                                         \
        if (arg_count(name, nargs, 0, 0) < 0)                                                 \
            return NULL;                                                                      \
        return forward(self, name, args, nargs, kwnames);                                     \
    }
FORWARD0(mp_keys, "keys")
FORWARD0(mp_values, "values")
FORWARD0(mp_items, "items")
FORWARD0(mp_copy, "copy")

static MethodDef mp_methods[] = {
    {"get", mp_get, 0, "Return the value for key if key is in the mapping, else default."},
    {"keys", mp_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mp_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", mp_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mp_copy, 0, "D.copy() -> a shallow copy of D"},
    {NULL, NULL, 0, NULL}
};

TypeObject mappingproxy_type = {
    .ob = {{1, &type_type}, 0},
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObject),
    .flags = TPFLAG_GC,
    .doc = "Read-only proxy of a mapping.",
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .iter = mp_iter,
    .nb = { [NB_OR] = mp_or },
    .methods = mp_methods,
    .tp_new = mp_tp_new,
};
