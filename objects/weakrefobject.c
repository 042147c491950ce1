/* weakrefobject.c: weak references, as CPython 3.11's Objects/weakrefobject.c.
 * A referent's weakref list keeps the shared callback-less ref first, then the shared
 * callback-less proxy, then every other weak reference, most recently created first; when the
 * referent dies, all are cleared before any callback runs, and callbacks run in list order.
 * Proxies forward every operation to the referent, or raise ReferenceError once it is gone. */
#include "objects/weakrefobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include "vm/traceback.h"
#include <stddef.h>
#include <stdlib.h>

#define WR(o) ((WeakrefObject *)(o))

bool weakref_supported(Object *o)
{
    return TYPE(o)->weaklistoffset > 0;
}

WeakrefObject **weakref_list_ptr(Object *o)
{
    if (!weakref_supported(o))
        return NULL;
    return (WeakrefObject **)((char *)o + TYPE(o)->weaklistoffset);
}

Object *weakref_get_object_borrow(Object *wr)
{
    return WR(wr)->object;
}

ssize_t weakref_count(Object *o)
{
    WeakrefObject **list = weakref_list_ptr(o);
    ssize_t n = 0;
    for (WeakrefObject *w = list ? *list : NULL; w != NULL; w = w->next)
        n++;
    return n;
}

/* Unlinks [self] from its referent's list (it becomes dead) and drops its callback. */
static void clear_weakref(WeakrefObject *self)
{
    Object *callback = self->callback;
    if (self->object != NONE) {
        WeakrefObject **list = weakref_list_ptr(self->object);
        if (*list == self)
            *list = self->next;
        self->object = NONE;
        if (self->prev != NULL)
            self->prev->next = self->next;
        if (self->next != NULL)
            self->next->prev = self->prev;
        self->prev = NULL;
        self->next = NULL;
    }
    if (callback != NULL) {
        self->callback = NULL;
        OBJ_DECREF(callback);
    }
}

void weakref_clear_ref_keep_callback(WeakrefObject *wr)
{
    Object *callback = wr->callback;
    wr->callback = NULL;
    clear_weakref(wr);
    wr->callback = callback;
}

static void handle_callback(WeakrefObject *wr, Object *callback)
{
    Object *r = obj_call_one(callback, (Object *)wr);
    if (r == NULL)
        vm_write_unraisable(callback);
    else
        OBJ_DECREF(r);
}

void weakref_call_callback(WeakrefObject *wr)
{
    if (wr->callback != NULL)
        handle_callback(wr, wr->callback);
}

/* The shared callback-less ref and proxy at the head of a list (CPython's get_basic_refs). */
static void get_basic_refs(WeakrefObject *head, WeakrefObject **refp, WeakrefObject **proxyp)
{
    *refp = NULL;
    *proxyp = NULL;
    if (head != NULL && head->callback == NULL) {
        if (TYPE(head) == &weakref_type) {
            *refp = head;
            head = head->next;
        }
        if (head != NULL && head->callback == NULL && WEAKREF_CHECK_PROXY(head))
            *proxyp = head;
    }
}

static void insert_after(WeakrefObject *newref, WeakrefObject *prev)
{
    newref->prev = prev;
    newref->next = prev->next;
    if (prev->next != NULL)
        prev->next->prev = newref;
    prev->next = newref;
}

static void insert_head(WeakrefObject *newref, WeakrefObject **list)
{
    WeakrefObject *next = *list;
    newref->prev = NULL;
    newref->next = next;
    if (next != NULL)
        next->prev = newref;
    *list = newref;
}

static Object *cannot_weakref(Object *ob)
{
    return exc_format(Exc_TypeError, "cannot create weak reference to '%s' object", obj_type_name(ob));
}

/* Allocates an untracked, unlinked weak reference of [type] to [ob]. */
static WeakrefObject *alloc_weakref(TypeObject *type, Object *ob, Object *callback)
{
    WeakrefObject *self = (WeakrefObject *)obj_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->object = ob;
    self->callback = obj_xnewref(callback);
    self->hash = -1;
    gc_track((Object *)self);
    return self;
}

static Object *ref_create(TypeObject *type, Object *ob, Object *callback)
{
    if (!weakref_supported(ob))
        return cannot_weakref(ob);
    if (callback == NONE)
        callback = NULL;
    WeakrefObject **list = weakref_list_ptr(ob);
    WeakrefObject *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && type == &weakref_type && ref != NULL)
        return obj_newref((Object *)ref);
    WeakrefObject *self = alloc_weakref(type, ob, callback);
    if (self == NULL)
        return NULL;
    if (callback == NULL && type == &weakref_type) {
        insert_head(self, list);
    } else {
        /* the allocation may have run a collection: look again */
        get_basic_refs(*list, &ref, &proxy);
        WeakrefObject *prev = proxy == NULL ? ref : proxy;
        if (prev == NULL)
            insert_head(self, list);
        else
            insert_after(self, prev);
    }
    return (Object *)self;
}

Object *weakref_new_ref(Object *ob, Object *callback)
{
    return ref_create(&weakref_type, ob, callback);
}

Object *weakref_new_proxy(Object *ob, Object *callback)
{
    if (!weakref_supported(ob))
        return cannot_weakref(ob);
    if (callback == NONE)
        callback = NULL;
    WeakrefObject **list = weakref_list_ptr(ob);
    WeakrefObject *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && proxy != NULL)
        return obj_newref((Object *)proxy);
    TypeObject *type = obj_is_callable(ob) ? &weakcallableproxy_type : &weakproxy_type;
    WeakrefObject *self = alloc_weakref(type, ob, callback);
    if (self == NULL)
        return NULL;
    get_basic_refs(*list, &ref, &proxy);
    WeakrefObject *prev;
    if (callback == NULL) {
        if (proxy != NULL) {
            /* a collection during the allocation made another one: share it */
            OBJ_DECREF(self);
            return obj_newref((Object *)proxy);
        }
        prev = ref;
    } else {
        prev = proxy == NULL ? ref : proxy;
    }
    if (prev == NULL)
        insert_head(self, list);
    else
        insert_after(self, prev);
    return (Object *)self;
}

void weakref_clear_refs(Object *o)
{
    WeakrefObject **list = weakref_list_ptr(o);
    if (list == NULL || *list == NULL)
        return;
    /* the callback-less shared ref and proxy first */
    if ((*list)->callback == NULL) {
        clear_weakref(*list);
        if (*list != NULL && (*list)->callback == NULL)
            clear_weakref(*list);
    }
    if (*list == NULL)
        return;
    Object *saved = exc_fetch();
    ssize_t count = 0;
    for (WeakrefObject *w = *list; w != NULL; w = w->next)
        count++;
    /* clear them all, keeping (ref, callback) pairs for the live ones, then call */
    struct { WeakrefObject *wr; Object *cb; } *pending = malloc((size_t)count * sizeof *pending);
    WeakrefObject *cur = *list;
    ssize_t n = 0;
    for (ssize_t i = 0; i < count && cur != NULL; i++) {
        WeakrefObject *next = cur->next;
        Object *cb = cur->callback;
        cur->callback = NULL;
        clear_weakref(cur);
        if (cb != NULL) {
            if (REFCNT(cur) > 0 && pending != NULL) {
                pending[n].wr = (WeakrefObject *)obj_newref((Object *)cur);
                pending[n].cb = cb;
                n++;
            } else {
                OBJ_DECREF(cb);
            }
        }
        cur = next;
    }
    for (ssize_t i = 0; i < n; i++) {
        handle_callback(pending[i].wr, pending[i].cb);
        OBJ_DECREF(pending[i].cb);
        OBJ_DECREF(pending[i].wr);
    }
    free(pending);
    if (exc_occurred())
        exc_clear();
    exc_restore(saved);
}

/* ---- ReferenceType ---- */

static void weakref_dealloc(Object *self)
{
    gc_untrack(self);
    clear_weakref(WR(self));
    obj_free(self);
}

static int weakref_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(WR(self)->callback);
    return 0;
}

static int weakref_tp_clear(Object *self)
{
    clear_weakref(WR(self));
    return 0;
}

static Object *weakref_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("weakref", kwnames) < 0)
        return NULL;
    if (nargs != 0)
        return exc_format(Exc_TypeError, "weakref expected 0 arguments, got %zd", nargs);
    return obj_newref(WR(self)->object);
}

static hash_t weakref_hash(Object *self)
{
    WeakrefObject *w = WR(self);
    if (w->hash != -1)
        return w->hash;
    if (w->object == NONE) {
        exc_set_string(Exc_TypeError, "weak object has gone away");
        return -1;
    }
    Object *o = obj_newref(w->object);
    w->hash = obj_hash(o);
    OBJ_DECREF(o);
    return w->hash;
}

static Object *weakref_repr(Object *self)
{
    Object *obj = WR(self)->object;
    if (obj == NONE)
        return str_from_format("<weakref at %p; dead>", (void *)self);
    OBJ_INCREF(obj);
    int found = 0;
    Object *r = NULL, *name = NULL;
    Object *key = str_intern_cstr("__name__");
    if (key == NULL)
        goto done;
    name = obj_lookup_attr(obj, key, &found);
    OBJ_DECREF(key);
    if (name == NULL && found < 0)
        goto done;
    if (name == NULL || !STR_CHECK(name))
        r = str_from_format("<weakref at %p; to '%s' at %p>", (void *)self, obj_type_name(obj), (void *)obj);
    else
        r = str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self, obj_type_name(obj),
                            (void *)obj, name);
done:
    OBJ_XDECREF(name);
    OBJ_DECREF(obj);
    return r;
}

static Object *weakref_richcompare(Object *a, Object *b, int op)
{
    if ((op != RICH_EQ && op != RICH_NE) || !WEAKREF_CHECK(a) || !WEAKREF_CHECK(b))
        RETURN_NOTIMPL;
    Object *x = WR(a)->object, *y = WR(b)->object;
    if (x == NONE || y == NONE) {
        bool res = (a == b) == (op == RICH_EQ);
        return obj_newref(res ? TRUE_OBJ : FALSE_OBJ);
    }
    OBJ_INCREF(x);
    OBJ_INCREF(y);
    Object *r = obj_richcompare(x, y, op);
    OBJ_DECREF(x);
    OBJ_DECREF(y);
    return r;
}

static int parse_init_args(const char *fname, Object *const *args, ssize_t nargs, Object **ob, Object **cb)
{
    if (arg_count(fname, nargs, 1, 2) < 0)
        return -1;
    *ob = args[0];
    *cb = nargs > 1 ? args[1] : NULL;
    return 0;
}

static Object *weakref_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("ref", kwnames) < 0)
        return NULL;
    Object *ob, *cb;
    if (parse_init_args("__new__", args, nargs, &ob, &cb) < 0)
        return NULL;
    return ref_create(type, ob, cb);
}

static int weakref_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(kwnames);
    Object *ob, *cb;
    return parse_init_args("__init__", args, nargs, &ob, &cb);
}

static MemberDef weakref_members[] = {
    {"__callback__", MEMBER_OBJECT, offsetof(WeakrefObject, callback), true, NULL},
    {NULL, 0, 0, false, NULL}
};

TypeObject weakref_type = {
    .ob = {{1, &type_type}, 0},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakrefObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_tp_clear,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .tp_new = weakref_tp_new,
    .tp_init = weakref_tp_init,
    .members = weakref_members,
};

/* ---- ProxyType and CallableProxyType ---- */

/* The live referent (borrowed), or NULL with ReferenceError. */
static Object *proxy_target(Object *p)
{
    Object *o = WR(p)->object;
    if (o == NONE) {
        exc_set_string(Exc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return o;
}

/* Replaces a proxy operand by its referent (new reference either way); NULL if dead. */
static Object *unwrap(Object *o)
{
    if (WEAKREF_CHECK_PROXY(o)) {
        Object *t = proxy_target(o);
        return t ? obj_newref(t) : NULL;
    }
    return obj_newref(o);
}

static Object *proxy_repr(Object *self)
{
    Object *o = WR(self)->object;
    return str_from_format("<weakproxy at %p to %s at %p>", (void *)self, obj_type_name(o), (void *)o);
}

#define PROXY_UNARY(fname, call)                                        \
    static Object *fname(Object *self)                                  \
    {                                                                   \
        Object *o = unwrap(self);                                       \
        if (o == NULL)                                                  \
            return NULL;                                                \
        Object *r = call(o);                                            \
        OBJ_DECREF(o);                                                  \
        return r;                                                       \
    }
PROXY_UNARY(proxy_str, obj_str)
PROXY_UNARY(proxy_neg, obj_negative)
PROXY_UNARY(proxy_pos, obj_positive)
PROXY_UNARY(proxy_abs, obj_absolute)
PROXY_UNARY(proxy_invert, obj_invert)
PROXY_UNARY(proxy_int, obj_number_int)
PROXY_UNARY(proxy_float, obj_number_float)
PROXY_UNARY(proxy_index, obj_index)
PROXY_UNARY(proxy_iter, obj_get_iter)

static Object *binary(Object *a, Object *b, int k, bool inplace)
{
    Object *x = unwrap(a);
    if (x == NULL)
        return NULL;
    Object *y = unwrap(b);
    if (y == NULL) {
        OBJ_DECREF(x);
        return NULL;
    }
    Object *r = inplace ? obj_inplace_op(x, y, k) : obj_binary_op(x, y, k);
    OBJ_DECREF(x);
    OBJ_DECREF(y);
    return r;
}

#define PROXY_BINARY(name, k)                                                               \
    static Object *proxy_##name(Object *a, Object *b) { return binary(a, b, k, false); }    \
    static Object *proxy_i##name(Object *a, Object *b) { return binary(a, b, k, true); }
PROXY_BINARY(add, NB_ADD)
PROXY_BINARY(and, NB_AND)
PROXY_BINARY(floordiv, NB_FLOOR_DIVIDE)
PROXY_BINARY(lshift, NB_LSHIFT)
PROXY_BINARY(matmul, NB_MATRIX_MULTIPLY)
PROXY_BINARY(mul, NB_MULTIPLY)
PROXY_BINARY(mod, NB_REMAINDER)
PROXY_BINARY(or, NB_OR)
PROXY_BINARY(pow, NB_POWER)
PROXY_BINARY(rshift, NB_RSHIFT)
PROXY_BINARY(sub, NB_SUBTRACT)
PROXY_BINARY(truediv, NB_TRUE_DIVIDE)
PROXY_BINARY(xor, NB_XOR)

#define NB_TABLE(p) {                                                                       \
    [NB_ADD] = p##add, [NB_AND] = p##and, [NB_FLOOR_DIVIDE] = p##floordiv,                  \
    [NB_LSHIFT] = p##lshift, [NB_MATRIX_MULTIPLY] = p##matmul, [NB_MULTIPLY] = p##mul,      \
    [NB_REMAINDER] = p##mod, [NB_OR] = p##or, [NB_POWER] = p##pow, [NB_RSHIFT] = p##rshift, \
    [NB_SUBTRACT] = p##sub, [NB_TRUE_DIVIDE] = p##truediv, [NB_XOR] = p##xor }

static Object *proxy_richcompare(Object *a, Object *b, int op)
{
    Object *x = unwrap(a);
    if (x == NULL)
        return NULL;
    Object *y = unwrap(b);
    if (y == NULL) {
        OBJ_DECREF(x);
        return NULL;
    }
    Object *r = obj_richcompare(x, y, op);
    OBJ_DECREF(x);
    OBJ_DECREF(y);
    return r;
}

static Object *proxy_getattr(Object *self, Object *name)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return NULL;
    Object *r = obj_getattr(o, name);
    OBJ_DECREF(o);
    return r;
}

static int proxy_setattr(Object *self, Object *name, Object *value)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return -1;
    int r = obj_setattr(o, name, value);
    OBJ_DECREF(o);
    return r;
}

static int proxy_bool(Object *self)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return -1;
    int r = obj_is_true(o);
    OBJ_DECREF(o);
    return r;
}

static ssize_t proxy_len(Object *self)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return -1;
    ssize_t r = obj_len(o);
    OBJ_DECREF(o);
    return r;
}

static Object *proxy_getitem(Object *self, Object *key)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return NULL;
    Object *r = obj_getitem(o, key);
    OBJ_DECREF(o);
    return r;
}

static int proxy_setitem(Object *self, Object *key, Object *value)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return -1;
    int r = value == NULL ? obj_delitem(o, key) : obj_setitem(o, key, value);
    OBJ_DECREF(o);
    return r;
}

static int proxy_contains(Object *self, Object *item)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return -1;
    int r = obj_contains(o, item);
    OBJ_DECREF(o);
    return r;
}

static Object *proxy_iternext(Object *self)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return NULL;
    Object *r = NULL;
    if (TYPE(o)->iternext == NULL)
        exc_format(Exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object", obj_type_name(o));
    else
        r = obj_iter_next(o);
    OBJ_DECREF(o);
    return r;
}

static Object *proxy_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    Object *o = unwrap(self);
    if (o == NULL)
        return NULL;
    Object *r = obj_call(o, args, nargs, kwnames);
    OBJ_DECREF(o);
    return r;
}

static Object *proxy_bytes(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("__bytes__", kwnames) < 0 || arg_count("__bytes__", nargs, 0, 0) < 0)
        return NULL;
    Object *o = unwrap(self);
    if (o == NULL)
        return NULL;
    Object *r = obj_call_one((Object *)&bytes_type, o);
    OBJ_DECREF(o);
    return r;
}

static Object *proxy_reversed(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("__reversed__", kwnames) < 0 || arg_count("__reversed__", nargs, 0, 0) < 0)
        return NULL;
    Object *o = unwrap(self);
    if (o == NULL)
        return NULL;
    Object *r = obj_call_method(o, "__reversed__", NULL, 0);
    OBJ_DECREF(o);
    return r;
}

static Object *proxy_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args); UNUSED(nargs); UNUSED(kwnames);
    return exc_format(Exc_TypeError, "cannot create '%s' instances", type->name);
}

static MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, METH_DEFAULT, NULL},
    {"__reversed__", proxy_reversed, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL}
};

#define PROXY_TYPE_BODY                                                 \
    .basicsize = sizeof(WeakrefObject),                                 \
    .flags = TPFLAG_GC,                                                 \
    .dealloc = weakref_dealloc,                                         \
    .traverse = weakref_traverse,                                       \
    .clear = weakref_tp_clear,                                          \
    .repr = proxy_repr,                                                 \
    .str = proxy_str,                                                   \
    .richcompare = proxy_richcompare,                                   \
    .getattro = proxy_getattr,                                          \
    .setattro = proxy_setattr,                                          \
    .iter = proxy_iter,                                                 \
    .iternext = proxy_iternext,                                         \
    .nb = NB_TABLE(proxy_),                                             \
    .nb_inplace = NB_TABLE(proxy_i),                                    \
    .nb_negative = proxy_neg,                                           \
    .nb_positive = proxy_pos,                                           \
    .nb_absolute = proxy_abs,                                           \
    .nb_invert = proxy_invert,                                          \
    .nb_bool = proxy_bool,                                              \
    .nb_int = proxy_int,                                                \
    .nb_float = proxy_float,                                            \
    .nb_index = proxy_index,                                            \
    .len = proxy_len,                                                   \
    .getitem = proxy_getitem,                                           \
    .setitem = proxy_setitem,                                           \
    .contains = proxy_contains,                                         \
    .tp_new = proxy_tp_new,                                             \
    .methods = proxy_methods

TypeObject weakproxy_type = {
    .ob = {{1, &type_type}, 0},
    .name = "weakref.ProxyType",
    PROXY_TYPE_BODY,
};

TypeObject weakcallableproxy_type = {
    .ob = {{1, &type_type}, 0},
    .name = "weakref.CallableProxyType",
    PROXY_TYPE_BODY,
    .call = proxy_call,
};

/* ---- __weakref__ of class instances ---- */

static Object *subtype_get_weakref(Object *self, void *closure)
{
    UNUSED(closure);
    WeakrefObject **list = weakref_list_ptr(self);
    if (list == NULL || *list == NULL)
        RETURN_NONE;
    return obj_newref((Object *)*list);
}

GetSetDef weakref_subtype_getset[] = {
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};
