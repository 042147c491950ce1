/* genericalias.c: the objects annotations evaluate to: list[int] (types.GenericAlias, PEP 585)
 * and int | None (types.UnionType, PEP 604), with CPython 3.11's reprs, equality and hashing.
 * They are what `def f(x: list[int] | None)` needs at definition time. */
#include "objects/genericalias.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/typeobject.h"
#include "gc/gc.h"
#include "vm/errors.h"

typedef struct AliasObject {
    Object ob;
    Object *origin;        /* list, or NULL for a union */
    Object *args;          /* tuple */
} AliasObject;

static bool is_type(Object *o)
{
    return TYPE_HAS_FLAG(TYPE(o), TPFLAG_TYPE_SUBCLASS);
}

static Object *alias_alloc(TypeObject *t, Object *origin, Object *args)
{
    AliasObject *a = (AliasObject *)obj_alloc(t, 0);
    if (a == NULL)
        return NULL;
    a->origin = obj_xnewref(origin);
    a->args = obj_newref(args);
    gc_track((Object *)a);
    return (Object *)a;
}

Object *generic_alias_new(Object *origin, Object *args)
{
    Object *t = TUPLE_CHECK(args) ? obj_newref(args) : tuple_pack(1, args);
    if (t == NULL)
        return NULL;
    Object *r = alias_alloc(&generic_alias_type, origin, t);
    OBJ_DECREF(t);
    return r;
}

static int alias_traverse(Object *self, visitproc visit, void *arg)
{
    AliasObject *a = (AliasObject *)self;
    VISIT(a->origin);
    VISIT(a->args);
    return 0;
}

static int alias_clear(Object *self)
{
    AliasObject *a = (AliasObject *)self;
    OBJ_CLEAR(a->origin);
    OBJ_CLEAR(a->args);
    return 0;
}

static void alias_dealloc(Object *self)
{
    gc_untrack(self);
    alias_clear(self);
    obj_free(self);
}

/* repr of one argument as CPython's ga_repr_item: types by (module.)qualname, ... for Ellipsis */
static int repr_item(StrBuilder *sb, Object *p)
{
    if (p == ELLIPSIS) {
        sb_append_cstr(sb, "...");
        return 0;
    }
    if (is_type(p) && TYPE(p) != &generic_alias_type) {
        TypeObject *t = (TypeObject *)p;
        Object *mod = obj_getattr_cstr(p, "__module__");
        if (mod == NULL)
            return -1;
        if (STR_CHECK(mod) && !str_eq_cstr(mod, "builtins")) {
            sb_append_str(sb, mod);
            sb_append_char(sb, '.');
        }
        OBJ_DECREF(mod);
        sb_append_str(sb, t->qualname);
        return 0;
    }
    return sb_append_repr(sb, p);
}

static Object *alias_repr(Object *self)
{
    AliasObject *a = (AliasObject *)self;
    StrBuilder sb;
    sb_init(&sb);
    if (repr_item(&sb, a->origin) < 0)
        goto error;
    sb_append_char(&sb, '[');
    ssize_t n = TUPLE_SIZE(a->args);
    if (n == 0)
        sb_append_cstr(&sb, "()");
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0)
            sb_append_cstr(&sb, ", ");
        if (repr_item(&sb, TUPLE_GET(a->args, i)) < 0)
            goto error;
    }
    sb_append_char(&sb, ']');
    return sb_finish(&sb);
error:
    sb_fini(&sb);
    return NULL;
}

static Object *union_repr(Object *self)
{
    AliasObject *a = (AliasObject *)self;
    StrBuilder sb;
    sb_init(&sb);
    for (ssize_t i = 0; i < TUPLE_SIZE(a->args); i++) {
        if (i > 0)
            sb_append_cstr(&sb, " | ");
        Object *p = TUPLE_GET(a->args, i);
        if (p == (Object *)&none_type)
            sb_append_cstr(&sb, "None");
        else if (repr_item(&sb, p) < 0) {
            sb_fini(&sb);
            return NULL;
        }
    }
    return sb_finish(&sb);
}

static Object *alias_richcompare(Object *a, Object *b, int op)
{
    if ((op != RICH_EQ && op != RICH_NE) || TYPE(a) != TYPE(b))
        RETURN_NOTIMPL;
    AliasObject *x = (AliasObject *)a, *y = (AliasObject *)b;
    int eq = x->origin == y->origin;
    if (eq) {
        eq = obj_richcompare_bool(x->args, y->args, RICH_EQ);
        if (eq < 0)
            return NULL;
    }
    return bool_from(op == RICH_EQ ? eq : !eq);
}

static hash_t alias_hash(Object *self)
{
    AliasObject *a = (AliasObject *)self;
    hash_t h0 = a->origin ? obj_hash(a->origin) : 0;
    hash_t h1 = obj_hash(a->args);
    if (h0 == -1 || h1 == -1)
        return -1;
    hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static Object *alias_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return obj_call(((AliasObject *)callable)->origin, args, nargs, kwnames);
}

static Object *alias_getattro(Object *self, Object *name)
{
    AliasObject *a = (AliasObject *)self;
    if (str_eq_cstr(name, "__origin__"))
        return obj_newref(a->origin);
    if (str_eq_cstr(name, "__args__"))
        return obj_newref(a->args);
    if (str_eq_cstr(name, "__parameters__"))
        return tuple_new(0);
    if (STR_DATA(name)[0] != '_' || !str_eq_cstr(name, "__class__"))
        return obj_getattr(a->origin, name);
    return obj_generic_getattr(self, name);
}

static Object *union_or(Object *a, Object *b);

static Object *alias_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    if (arg_no_kwargs("GenericAlias", kwnames) < 0 || arg_count("GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    return generic_alias_new(args[0], args[1]);
}

TypeObject generic_alias_type = {
    .ob = {{1, &type_type}, 0},
    .name = "types.GenericAlias",
    .basicsize = sizeof(AliasObject),
    .flags = TPFLAG_GC,
    .doc = "Represent a PEP 585 generic type",
    .dealloc = alias_dealloc,
    .traverse = alias_traverse,
    .clear = alias_clear,
    .repr = alias_repr,
    .hash = alias_hash,
    .richcompare = alias_richcompare,
    .call = alias_call,
    .getattro = alias_getattro,
    .nb = { [NB_OR] = union_or },
    .tp_new = alias_tp_new,
};

static Object *union_getattro(Object *self, Object *name)
{
    if (str_eq_cstr(name, "__args__"))
        return obj_newref(((AliasObject *)self)->args);
    return obj_generic_getattr(self, name);
}

TypeObject union_type = {
    .ob = {{1, &type_type}, 0},
    .name = "types.UnionType",
    .basicsize = sizeof(AliasObject),
    .flags = TPFLAG_GC,
    .doc = "Represent a PEP 604 union type",
    .dealloc = alias_dealloc,
    .traverse = alias_traverse,
    .clear = alias_clear,
    .repr = union_repr,
    .hash = alias_hash,
    .richcompare = alias_richcompare,
    .getattro = union_getattro,
    .nb = { [NB_OR] = union_or },
};

/* Can [o] take part in X | Y? None, types, aliases and unions can. */
static bool unionable(Object *o)
{
    return o == NONE || is_type(o) || TYPE(o) == &generic_alias_type || TYPE(o) == &union_type;
}

static int add_flat(Object *list_tuple_out[], ssize_t *n, ssize_t cap, Object *o)
{
    if (o == NONE)
        o = (Object *)&none_type;
    if (TYPE(o) == &union_type) {
        Object *args = ((AliasObject *)o)->args;
        for (ssize_t i = 0; i < TUPLE_SIZE(args); i++)
            if (add_flat(list_tuple_out, n, cap, TUPLE_GET(args, i)) < 0)
                return -1;
        return 0;
    }
    for (ssize_t i = 0; i < *n; i++)
        if (list_tuple_out[i] == o)
            return 0;
    if (*n >= cap)
        return -1;
    list_tuple_out[(*n)++] = o;
    return 0;
}

static Object *union_or(Object *a, Object *b)
{
    if (!unionable(a) || !unionable(b))
        RETURN_NOTIMPL;
    Object *items[64];
    ssize_t n = 0;
    if (add_flat(items, &n, 64, a) < 0 || add_flat(items, &n, 64, b) < 0)
        return exc_set_string(Exc_TypeError, "union too large");
    if (n == 1)
        return obj_newref(items[0]);
    Object *args = tuple_from_array(items, n);
    if (args == NULL)
        return NULL;
    Object *r = alias_alloc(&union_type, NULL, args);
    OBJ_DECREF(args);
    return r;
}

Object *union_args_borrow(Object *u)
{
    return ((AliasObject *)u)->args;
}

Object *type_or(Object *a, Object *b)
{
    return union_or(a, b);
}

static Object *class_getitem(Object *cls, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("__class_getitem__", kwnames) < 0 || arg_count("__class_getitem__", nargs, 1, 1) < 0)
        return NULL;
    return generic_alias_new(cls, args[0]);
}

static MethodDef class_getitem_def = {"__class_getitem__", class_getitem, METH_CLASS,
                                      "See PEP 585"};

int generic_alias_install(TypeObject *const *types, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        TypeObject *t = types[i];
        if (dict_get_str_borrow(t->dict, "__class_getitem__") != NULL)
            continue;
        type_modified(t);
        Object *d = method_descr_new(t, &class_getitem_def);
        if (d == NULL || dict_set_str(t->dict, "__class_getitem__", d) < 0) {
            OBJ_XDECREF(d);
            return -1;
        }
        OBJ_DECREF(d);
    }
    return 0;
}
