/* dictviews.c: the dict views (dict_keys, dict_values, dict_items: live, set-like for keys and
 * items) and the dict iterators, forward and reversed. Built on dictobject.c's public API
 * (dict_next/dict_prev walk the entries by position). An iterator remembers the dict's size and
 * raises "dictionary changed size during iteration" when it changes, as CPython does. */
#include "objects/dictobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/intobject.h"
#include "objects/setobject.h"
#include "objects/rangeobject.h"
#include "objects/typeobject.h"
#include "objects/containers_internal.h"
#include "gc/gc.h"

typedef struct DictViewObject {
    Object ob;
    Object *dict;
} DictViewObject;

typedef struct DictIterObject {
    Object ob;
    Object *dict;              /* NULL when exhausted */
    ssize_t used;              /* the dict's size when the iterator was made; -1 after a change */
    ssize_t pos;               /* next entry to look at */
    Object *result;            /* items iterators: a reusable (key, value) tuple */
    ssize_t len;               /* items left */
} DictIterObject;

#define VIEW_DICT(o) (((DictViewObject *)(o))->dict)
#define IS_KEYS(o) (TYPE(o) == &dict_keys_type)
#define IS_ITEMS(o) (TYPE(o) == &dict_items_type)
#define IS_SETVIEW(o) (IS_KEYS(o) || IS_ITEMS(o))

/* ---- iterators ---- */

static bool is_reverse(TypeObject *t)
{
    return t == &dict_reverse_key_iter_type || t == &dict_reverse_value_iter_type ||
           t == &dict_reverse_item_iter_type;
}

Object *dict_iter_new(Object *d, TypeObject *type)
{
    /* the reversed iterator types may be missing from the interpreter's start-up list */
    if (!TYPE_HAS_FLAG(type, TPFLAG_READY) && type_ready(type) < 0) return NULL;
    DictIterObject *di = (DictIterObject *)obj_alloc(type, 0);
    if (di == NULL) return NULL;
    di->dict = obj_newref(d);
    di->used = DICT_SIZE(d);
    di->len = di->used;
    di->pos = is_reverse(type) ? dict_nentries(d) - 1 : 0;
    if (type == &dict_item_iter_type || type == &dict_reverse_item_iter_type) {
        di->result = tuple_pack(2, NONE, NONE);
        if (di->result == NULL) {
            OBJ_DECREF(di);
            return NULL;
        }
    }
    gc_track((Object *)di);
    return (Object *)di;
}

static void dictiter_dealloc(Object *self)
{
    gc_untrack(self);
    DictIterObject *di = (DictIterObject *)self;
    OBJ_XDECREF(di->dict);
    OBJ_XDECREF(di->result);
    obj_free(self);
}

static int dictiter_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((DictIterObject *)self)->dict);
    VISIT(((DictIterObject *)self)->result);
    return 0;
}

static int dictiter_clear(Object *self)
{
    OBJ_CLEAR(((DictIterObject *)self)->dict);
    OBJ_CLEAR(((DictIterObject *)self)->result);
    return 0;
}

static Object *self_iter(Object *self)
{
    return obj_newref(self);
}

/* Advances to the next entry (forward or backward); false at the end or on error (with the
 * iterator exhausted, and an exception set on error). */
static bool dictiter_step(DictIterObject *di, Object **key, Object **value)
{
    Object *d = di->dict;
    if (d == NULL) return false;
    if (di->used != DICT_SIZE(d)) {
        exc_set_string(Exc_RuntimeError, "dictionary changed size during iteration");
        di->used = -1;          /* sticky */
        return false;
    }
    ssize_t pos = di->pos;
    if (is_reverse(TYPE(di))) {
        if (pos < 0 || !dict_prev(d, &pos, key, value)) goto fail;
    } else {
        if (!dict_next(d, &pos, key, value)) goto fail;
        if (di->len == 0) {
            exc_set_string(Exc_RuntimeError, "dictionary keys changed during iteration");
            goto fail;
        }
    }
    di->pos = pos;
    di->len--;
    return true;
fail:
    di->dict = NULL;
    OBJ_DECREF(d);
    return false;
}

static Object *dictiter_next_key(Object *self)
{
    Object *key;
    if (!dictiter_step((DictIterObject *)self, &key, NULL)) return NULL;
    return obj_newref(key);
}

static Object *dictiter_next_value(Object *self)
{
    Object *value;
    if (!dictiter_step((DictIterObject *)self, NULL, &value)) return NULL;
    return obj_newref(value);
}

static Object *dictiter_next_item(Object *self)
{
    DictIterObject *di = (DictIterObject *)self;
    Object *key, *value;
    if (!dictiter_step(di, &key, &value)) return NULL;
    OBJ_INCREF(key);
    OBJ_INCREF(value);
    Object *result = di->result;
    if (REFCNT(result) == 1) {
        /* nobody else holds the last tuple: reuse it */
        Object *oldkey = TUPLE_ITEMS(result)[0], *oldvalue = TUPLE_ITEMS(result)[1];
        TUPLE_ITEMS(result)[0] = key;
        TUPLE_ITEMS(result)[1] = value;
        OBJ_INCREF(result);
        OBJ_DECREF(oldkey);
        OBJ_DECREF(oldvalue);
        if (!gc_is_tracked(result)) gc_track(result);    /* the collector may have untracked it */
        return result;
    }
    result = tuple_new(2);
    if (result == NULL) {
        OBJ_DECREF(key);
        OBJ_DECREF(value);
        return NULL;
    }
    TUPLE_ITEMS(result)[0] = key;
    TUPLE_ITEMS(result)[1] = value;
    return result;
}

static Object *dictiter_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                    Object *kwnames)
{
    UNUSED(args);
    if (no_args("__length_hint__", nargs, kwnames) < 0) return NULL;
    DictIterObject *di = (DictIterObject *)self;
    ssize_t len = 0;
    if (di->dict != NULL && di->used == DICT_SIZE(di->dict)) len = di->len;
    return int_from_ssize(len);
}

static MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)                                          \
    TypeObject cname = {                                                               \
        .ob = {.ob = {.refcnt = 1, .type = &type_type}},                               \
        .name = pyname,                                                                \
        .basicsize = sizeof(DictIterObject),                                           \
        .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,                                     \
        .dealloc = dictiter_dealloc,                                                   \
        .traverse = dictiter_traverse,                                                 \
        .clear = dictiter_clear,                                                       \
        .repr = addr_repr,                                                             \
        .getattro = obj_generic_getattr,                                               \
        .iter = self_iter,                                                             \
        .iternext = nextfn,                                                            \
        .methods = dictiter_methods,                                                   \
        .base = &object_type,                                                          \
    }

DICT_ITER_TYPE(dict_key_iter_type, "dict_keyiterator", dictiter_next_key);
DICT_ITER_TYPE(dict_value_iter_type, "dict_valueiterator", dictiter_next_value);
DICT_ITER_TYPE(dict_item_iter_type, "dict_itemiterator", dictiter_next_item);
DICT_ITER_TYPE(dict_reverse_key_iter_type, "dict_reversekeyiterator", dictiter_next_key);
DICT_ITER_TYPE(dict_reverse_value_iter_type, "dict_reversevalueiterator", dictiter_next_value);
DICT_ITER_TYPE(dict_reverse_item_iter_type, "dict_reverseitemiterator", dictiter_next_item);

/* ---- views ---- */

Object *dict_view_new(Object *d, TypeObject *type)
{
    if (d == NULL || !DICT_CHECK(d)) return exc_bad_internal_call("dict_view_new");
    DictViewObject *dv = (DictViewObject *)obj_alloc(type, 0);
    if (dv == NULL) return NULL;
    dv->dict = obj_newref(d);
    gc_track((Object *)dv);
    return (Object *)dv;
}

static void dictview_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(VIEW_DICT(self));
    obj_free(self);
}

static int dictview_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(VIEW_DICT(self));
    return 0;
}

static int dictview_clear(Object *self)
{
    OBJ_CLEAR(VIEW_DICT(self));
    return 0;
}

static ssize_t dictview_len(Object *self)
{
    return VIEW_DICT(self) != NULL ? DICT_SIZE(VIEW_DICT(self)) : 0;
}

static Object *dictview_repr(Object *self)
{
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("...") : NULL;
    Object *seq = list_from_iterable(self);
    Object *res = NULL;
    if (seq != NULL) {
        res = str_from_format("%s(%R)", TYPE(self)->name, seq);
        OBJ_DECREF(seq);
    }
    repr_leave(self);
    return res;
}

/* An iterator of [type] over the view's dict (empty once the collector cleared the view). */
static Object *view_iter(Object *self, TypeObject *type)
{
    if (VIEW_DICT(self) == NULL) {
        Object *empty = tuple_new(0);
        if (empty == NULL) return NULL;
        Object *it = obj_get_iter(empty);
        OBJ_DECREF(empty);
        return it;
    }
    return dict_iter_new(VIEW_DICT(self), type);
}

static Object *keys_iter(Object *self)
{
    return view_iter(self, &dict_key_iter_type);
}

static Object *values_iter(Object *self)
{
    return view_iter(self, &dict_value_iter_type);
}

static Object *items_iter(Object *self)
{
    return view_iter(self, &dict_item_iter_type);
}

static int keys_contains(Object *self, Object *key)
{
    if (VIEW_DICT(self) == NULL) return 0;
    return dict_contains(VIEW_DICT(self), key);
}

static int items_contains(Object *self, Object *obj)
{
    if (VIEW_DICT(self) == NULL) return 0;
    if (!TUPLE_CHECK(obj) || TUPLE_SIZE(obj) != 2) return 0;
    Object *key = TUPLE_ITEMS(obj)[0], *value = TUPLE_ITEMS(obj)[1];
    Object *found = dict_get_item_borrow(VIEW_DICT(self), key);
    if (found == NULL) return exc_occurred() ? -1 : 0;
    OBJ_INCREF(found);
    int result = obj_richcompare_bool(found, value, RICH_EQ);
    OBJ_DECREF(found);
    return result;
}

/* Every item of [self] is in [other]: 1, 0, -1. */
static int all_contained_in(Object *self, Object *other)
{
    Object *iter = obj_get_iter(self);
    if (iter == NULL) return -1;
    int ok = 1;
    for (;;) {
        Object *next = obj_iter_next(iter);
        if (next == NULL) {
            if (exc_occurred()) ok = -1;
            break;
        }
        ok = obj_contains(other, next);
        OBJ_DECREF(next);
        if (ok <= 0) break;
    }
    OBJ_DECREF(iter);
    return ok;
}

static Object *dictview_richcompare(Object *self, Object *other, int op)
{
    if (!SET_CHECK(other) && !IS_SETVIEW(other)) RETURN_NOTIMPL;
    ssize_t len_self = obj_len(self);
    if (len_self < 0) return NULL;
    ssize_t len_other = obj_len(other);
    if (len_other < 0) return NULL;
    int ok = 0;
    switch (op) {
    case RICH_NE:
    case RICH_EQ:
        if (len_self == len_other) ok = all_contained_in(self, other);
        if (op == RICH_NE && ok >= 0) ok = !ok;
        break;
    case RICH_LT:
        if (len_self < len_other) ok = all_contained_in(self, other);
        break;
    case RICH_LE:
        if (len_self <= len_other) ok = all_contained_in(self, other);
        break;
    case RICH_GT:
        if (len_self > len_other) ok = all_contained_in(other, self);
        break;
    case RICH_GE:
        if (len_self >= len_other) ok = all_contained_in(other, self);
        break;
    }
    if (ok < 0) return NULL;
    return bool_from(ok);
}

/* set(view), with the dict itself standing in for a keys view. */
static Object *to_set(Object *self)
{
    Object *left = self;
    if (IS_KEYS(self) && DICT_CHECK_EXACT(VIEW_DICT(self))) left = VIEW_DICT(self);
    return set_new(left);
}

static Object *set_op_method(Object *self, Object *other, const char *method)
{
    Object *result = to_set(self);
    if (result == NULL) return NULL;
    Object *tmp = obj_call_method(result, method, &other, 1);
    if (tmp == NULL) {
        OBJ_DECREF(result);
        return NULL;
    }
    OBJ_DECREF(tmp);
    return result;
}

static Object *dictviews_sub(Object *self, Object *other)
{
    return set_op_method(self, other, "difference_update");
}

static Object *dictviews_xor(Object *self, Object *other)
{
    return set_op_method(self, other, "symmetric_difference_update");
}

static Object *dictviews_or(Object *self, Object *other)
{
    Object *result = to_set(self);
    if (result == NULL) return NULL;
    if (set_update(result, other) < 0) {
        OBJ_DECREF(result);
        return NULL;
    }
    return result;
}

static Object *dictviews_and(Object *self, Object *other)
{
    /* the VM swaps the operands when the view is on the right of & */
    if (!IS_SETVIEW(self)) {
        Object *tmp = other;
        other = self;
        self = tmp;
    }
    ssize_t len_self = dictview_len(self);
    if (TYPE(other) == &set_type) {
        ssize_t len_other = obj_len(other);
        if (len_other < 0) return NULL;
        if (len_self <= len_other) return obj_call_method(other, "intersection", &self, 1);
    }
    if (IS_SETVIEW(other) && dictview_len(other) > len_self) {
        Object *tmp = other;
        other = self;
        self = tmp;
    }
    Object *result = set_new(NULL);
    if (result == NULL) return NULL;
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        OBJ_DECREF(result);
        return NULL;
    }
    int (*contains)(Object *, Object *) = IS_KEYS(self) ? keys_contains : items_contains;
    for (;;) {
        Object *key = obj_iter_next(it);
        if (key == NULL) break;
        int rv = contains(self, key);
        if (rv > 0) rv = set_add(result, key);
        OBJ_DECREF(key);
        if (rv < 0) break;
    }
    OBJ_DECREF(it);
    if (exc_occurred()) {
        OBJ_DECREF(result);
        return NULL;
    }
    return result;
}

static Object *meth_isdisjoint(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("isdisjoint", nargs, kwnames) < 0) return NULL;
    Object *other = args[0];
    if (self == other) return bool_from(dictview_len(self) == 0);
    if (SET_CHECK(other) || IS_SETVIEW(other)) {
        ssize_t len_self = dictview_len(self);
        ssize_t len_other = obj_len(other);
        if (len_other == -1) return NULL;
        if (len_other > len_self) {
            Object *tmp = other;
            other = self;
            self = tmp;
        }
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) return NULL;
    for (;;) {
        Object *item = obj_iter_next(it);
        if (item == NULL) break;
        int contains = obj_contains(self, item);
        OBJ_DECREF(item);
        if (contains != 0) {
            OBJ_DECREF(it);
            return contains < 0 ? NULL : bool_from(false);
        }
    }
    OBJ_DECREF(it);
    if (exc_occurred()) return NULL;
    RETURN_TRUE;
}

static Object *reversed_view(Object *self, TypeObject *type, ssize_t nargs, Object *kwnames)
{
    if (no_args("__reversed__", nargs, kwnames) < 0) return NULL;
    return view_iter(self, type);
}

static Object *keys_reversed(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    return reversed_view(self, &dict_reverse_key_iter_type, nargs, kwnames);
}

static Object *values_reversed(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    return reversed_view(self, &dict_reverse_value_iter_type, nargs, kwnames);
}

static Object *items_reversed(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    return reversed_view(self, &dict_reverse_item_iter_type, nargs, kwnames);
}

static MethodDef keys_methods[] = {
    {"isdisjoint", meth_isdisjoint, METH_DEFAULT, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static MethodDef items_methods[] = {
    {"isdisjoint", meth_isdisjoint, METH_DEFAULT, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, METH_DEFAULT, "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};

static MethodDef values_methods[] = {
    {"__reversed__", values_reversed, METH_DEFAULT, "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

TypeObject dict_keys_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "dict_keys",
    .basicsize = sizeof(DictViewObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = dictview_dealloc,
    .traverse = dictview_traverse,
    .clear = dictview_clear,
    .repr = dictview_repr,
    .hash = NULL,
    .richcompare = dictview_richcompare,
    .getattro = obj_generic_getattr,
    .iter = keys_iter,
    .nb = {[NB_SUBTRACT] = dictviews_sub, [NB_AND] = dictviews_and, [NB_XOR] = dictviews_xor,
           [NB_OR] = dictviews_or},
    .len = dictview_len,
    .contains = keys_contains,
    .methods = keys_methods,
    .base = &object_type,
};

TypeObject dict_items_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "dict_items",
    .basicsize = sizeof(DictViewObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = dictview_dealloc,
    .traverse = dictview_traverse,
    .clear = dictview_clear,
    .repr = dictview_repr,
    .hash = NULL,
    .richcompare = dictview_richcompare,
    .getattro = obj_generic_getattr,
    .iter = items_iter,
    .nb = {[NB_SUBTRACT] = dictviews_sub, [NB_AND] = dictviews_and, [NB_XOR] = dictviews_xor,
           [NB_OR] = dictviews_or},
    .len = dictview_len,
    .contains = items_contains,
    .methods = items_methods,
    .base = &object_type,
};

TypeObject dict_values_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "dict_values",
    .basicsize = sizeof(DictViewObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = dictview_dealloc,
    .traverse = dictview_traverse,
    .clear = dictview_clear,
    .repr = dictview_repr,
    .getattro = obj_generic_getattr,
    .iter = values_iter,
    .len = dictview_len,
    .methods = values_methods,
    .base = &object_type,
};
