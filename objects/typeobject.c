/* typeobject.c: `type` and `object`. type_ready turns a statically defined type into a complete
 * one (method descriptors in its dict, MRO, inherited slots); calling a type creates an instance
 * (tp_new then tp_init). Classes made by the class statement are in objects/classobject.c. */
#include "objects/typeobject.h"
#include "objects/weakrefobject.h"
#include "objects/slots.h"
#include "objects/genericalias.h"
#include "objects/mappingproxy.h"
#include "objects/weakrefobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include <string.h>

static uint64_t next_version_tag = 1;

/* ---- slot inheritance ---- */

#define INHERIT(slot) do { if (t->slot == NULL) t->slot = base->slot; } while (0)

static void inherit_slots(TypeObject *t, TypeObject *base)
{
    INHERIT(dealloc);
    if (TYPE_HAS_FLAG(base, TPFLAG_GC) && !TYPE_HAS_FLAG(t, TPFLAG_GC) &&
        t->traverse == NULL && t->clear == NULL) {
        t->flags |= TPFLAG_GC;
        t->traverse = base->traverse;
        t->clear = base->clear;
    }
    INHERIT(repr);
    INHERIT(str);
    if (t->richcompare == NULL && t->hash == NULL) {
        t->richcompare = base->richcompare;
        t->hash = base->hash;
    }
    INHERIT(getattro);
    INHERIT(setattro);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    for (int i = 0; i < NB__COUNT; i++) {
        INHERIT(nb[i]);
        INHERIT(nb_inplace[i]);
    }
    INHERIT(nb_negative);
    INHERIT(nb_positive);
    INHERIT(nb_absolute);
    INHERIT(nb_invert);
    INHERIT(nb_bool);
    INHERIT(nb_int);
    INHERIT(nb_float);
    INHERIT(nb_index);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(sq_concat);
    INHERIT(sq_repeat);
    INHERIT(sq_inplace_concat);
    INHERIT(sq_inplace_repeat);
    INHERIT(tp_new);
    INHERIT(tp_init);
    if (t->dictoffset == 0)
        t->dictoffset = base->dictoffset;
    if (t->weaklistoffset == 0)
        t->weaklistoffset = base->weaklistoffset;
    if (t->basicsize == 0)
        t->basicsize = base->basicsize;
    if (t->itemsize == 0)
        t->itemsize = base->itemsize;
    t->flags |= base->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS |
                               TPFLAG_BYTES_SUBCLASS | TPFLAG_STR_SUBCLASS | TPFLAG_DICT_SUBCLASS |
                               TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS);
}

/* ---- MRO (C3 linearization, as CPython's mro_implementation) ---- */

static int tail_contains(Object *seq, ssize_t start, Object *o)
{
    for (ssize_t i = start + 1; i < LIST_SIZE(seq); i++)
        if (LIST_GET(seq, i) == o)
            return 1;
    return 0;
}

static Object *c3_merge(TypeObject *t, Object *bases)
{
    ssize_t nb = TUPLE_SIZE(bases);
    /* to_merge: the MROs of the bases, then the bases list itself */
    Object *lists = list_new(0), *result = list_new(0);
    ssize_t *idx = NULL;
    if (lists == NULL || result == NULL)
        goto error;
    for (ssize_t i = 0; i < nb; i++) {
        Object *l = list_from_iterable(((TypeObject *)TUPLE_GET(bases, i))->mro);
        if (l == NULL || list_append(lists, l) < 0) { OBJ_XDECREF(l); goto error; }
        OBJ_DECREF(l);
    }
    Object *bl = list_from_iterable(bases);
    if (bl == NULL || list_append(lists, bl) < 0) { OBJ_XDECREF(bl); goto error; }
    OBJ_DECREF(bl);
    if (list_append(result, (Object *)t) < 0)
        goto error;
    ssize_t nl = LIST_SIZE(lists);
    idx = calloc((size_t)nl, sizeof(ssize_t));
    if (idx == NULL) { exc_no_memory(); goto error; }
    for (;;) {
        bool empty = true, found = false;
        for (ssize_t i = 0; i < nl; i++) {
            Object *li = LIST_GET(lists, i);
            if (idx[i] >= LIST_SIZE(li))
                continue;
            empty = false;
            Object *cand = LIST_GET(li, idx[i]);
            bool in_tail = false;
            for (ssize_t j = 0; j < nl && !in_tail; j++)
                if (tail_contains(LIST_GET(lists, j), idx[j], cand))
                    in_tail = true;
            if (in_tail)
                continue;
            if (list_append(result, cand) < 0)
                goto error;
            for (ssize_t j = 0; j < nl; j++) {
                Object *lj = LIST_GET(lists, j);
                if (idx[j] < LIST_SIZE(lj) && LIST_GET(lj, idx[j]) == cand)
                    idx[j]++;
            }
            found = true;
            break;
        }
        if (empty)
            break;
        if (!found) {
            StrBuilder sb;
            sb_init(&sb);
            sb_append_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
            for (ssize_t i = 0; i < nb; i++) {
                sb_append_cstr(&sb, i ? ", " : " ");
                sb_append_cstr(&sb, ((TypeObject *)TUPLE_GET(bases, i))->name);
            }
            Object *msg = sb_finish(&sb);
            if (msg != NULL) {
                exc_set_object(Exc_TypeError, msg);
                OBJ_DECREF(msg);
            }
            goto error;
        }
    }
    free(idx);
    OBJ_DECREF(lists);
    Object *tup = list_as_tuple(result);
    OBJ_DECREF(result);
    return tup;
error:
    free(idx);
    OBJ_XDECREF(lists);
    OBJ_XDECREF(result);
    return NULL;
}

int type_compute_mro(TypeObject *t)
{
    Object *mro;
    if (t->bases == NULL || TUPLE_SIZE(t->bases) == 0)
        mro = tuple_pack(1, (Object *)t);
    else if (TUPLE_SIZE(t->bases) == 1) {
        TypeObject *b = (TypeObject *)TUPLE_GET(t->bases, 0);
        ssize_t n = TUPLE_SIZE(b->mro);
        mro = tuple_new(n + 1);
        if (mro != NULL) {
            tuple_set_item_steal(mro, 0, obj_newref((Object *)t));
            for (ssize_t i = 0; i < n; i++)
                tuple_set_item_steal(mro, i + 1, obj_newref(TUPLE_GET(b->mro, i)));
        }
    } else
        mro = c3_merge(t, t->bases);
    if (mro == NULL)
        return -1;
    OBJ_SETREF(t->mro, mro);
    return 0;
}

/* ---- type_ready ---- */

static int add_descriptors(TypeObject *t)
{
    if (t->methods != NULL) {
        for (MethodDef *m = t->methods; m->name != NULL; m++) {
            Object *d = method_descr_new(t, m);
            if (d == NULL || dict_set_str(t->dict, m->name, d) < 0) { OBJ_XDECREF(d); return -1; }
            OBJ_DECREF(d);
        }
    }
    if (t->getset != NULL) {
        for (GetSetDef *g = t->getset; g->name != NULL; g++) {
            Object *d = getset_descr_new(t, g);
            if (d == NULL || dict_set_str(t->dict, g->name, d) < 0) { OBJ_XDECREF(d); return -1; }
            OBJ_DECREF(d);
        }
    }
    if (t->members != NULL) {
        for (MemberDef *m = t->members; m->name != NULL; m++) {
            Object *d = member_descr_new(t, m);
            if (d == NULL || dict_set_str(t->dict, m->name, d) < 0) { OBJ_XDECREF(d); return -1; }
            OBJ_DECREF(d);
        }
    }
    return 0;
}

int type_ready(TypeObject *t)
{
    if (TYPE_HAS_FLAG(t, TPFLAG_READY))
        return 0;
    if (TYPE(t) == NULL)
        t->ob.ob.type = &type_type;
    if (t->base == NULL && t != &object_type)
        t->base = &object_type;
    if (t->base != NULL && type_ready(t->base) < 0)
        return -1;
    if (t->bases == NULL) {
        t->bases = t->base ? tuple_pack(1, (Object *)t->base) : tuple_new(0);
        if (t->bases == NULL)
            return -1;
    }
    if (t->dict == NULL && (t->dict = dict_new()) == NULL)
        return -1;
    if (t->name_obj == NULL) {
        const char *dot = strrchr(t->name, '.');
        t->name_obj = str_intern_cstr(dot ? dot + 1 : t->name);
        if (t->name_obj == NULL)
            return -1;
    }
    if (t->qualname == NULL)
        t->qualname = obj_newref(t->name_obj);
    if (add_descriptors(t) < 0)
        return -1;
    if (!TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE) && slots_add_wrappers(t) < 0)
        return -1;
    if (t->doc != NULL && dict_get_str_borrow(t->dict, "__doc__") == NULL) {
        Object *doc = str_from_cstr(t->doc);
        if (doc == NULL || dict_set_str(t->dict, "__doc__", doc) < 0) { OBJ_XDECREF(doc); return -1; }
        OBJ_DECREF(doc);
    }
    if (type_compute_mro(t) < 0)
        return -1;
    for (ssize_t i = 1; i < TUPLE_SIZE(t->mro); i++)
        inherit_slots(t, (TypeObject *)TUPLE_GET(t->mro, i));
    /* an unhashable type says so in its dict (list.__hash__ is None), as CPython */
    if (t->hash == NULL && dict_get_str_borrow(t->dict, "__hash__") == NULL &&
        dict_set_str(t->dict, "__hash__", NONE) < 0)
        return -1;
    if (t->version_tag == 0)
        t->version_tag = next_version_tag++;
    t->flags |= TPFLAG_READY;
    return 0;
}

/* Applies [fn] to each of t's direct subclasses that is still alive. */
static void each_subclass(TypeObject *t, void (*fn)(TypeObject *))
{
    if (t->subclasses == NULL)
        return;
    for (ssize_t i = 0; i < LIST_SIZE(t->subclasses); i++) {
        Object *sub = weakref_get_object_borrow(LIST_GET(t->subclasses, i));
        if (sub != NONE)
            fn((TypeObject *)sub);
    }
}

void type_mark_shadowed(TypeObject *t)
{
    t->flags |= TPFLAG_SHADOWED;
    each_subclass(t, type_mark_shadowed);
}

void type_modified(TypeObject *t)
{
    t->version_tag = next_version_tag++;
    each_subclass(t, type_modified);
}

/* Static types own their dict, bases, mro and names; release them at shutdown. */
void type_fini_static(TypeObject *t)
{
    if (TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE))
        return;
    type_modified(t);
    if (t->dict != NULL)
        dict_clear(t->dict);
    OBJ_CLEAR(t->dict);
    OBJ_CLEAR(t->mro);
    OBJ_CLEAR(t->bases);
    OBJ_CLEAR(t->name_obj);
    OBJ_CLEAR(t->qualname);
    OBJ_CLEAR(t->module);
    OBJ_CLEAR(t->subclasses);
    t->flags &= ~TPFLAG_READY;
}

/* ---- object ---- */

static void object_dealloc(Object *o)
{
    obj_free(o);
}

static Object *object_repr(Object *o)
{
    TypeObject *t = TYPE(o);
    Object *mod = t->module;
    if (mod != NULL && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
        return str_from_format("<%U.%U object at %p>", mod, t->qualname, (void *)o);
    return str_from_format("<%s object at %p>", t->name, (void *)o);
}

static hash_t object_hash(Object *o)
{
    uintptr_t y = (uintptr_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    hash_t h = (hash_t)y;
    return h == -1 ? -2 : h;
}

static Object *object_richcompare(Object *a, Object *b, int op)
{
    switch (op) {
    case RICH_EQ:
        if (a == b) RETURN_TRUE;
        RETURN_NOTIMPL;
    case RICH_NE: {
        /* by default, != inverts the result of == */
        richcmpfunc eq = TYPE(a)->richcompare;
        if (eq == NULL) RETURN_NOTIMPL;
        Object *r = eq(a, b, RICH_EQ);
        if (r == NULL || r == NOTIMPL)
            return r;
        int t = obj_is_true(r);
        OBJ_DECREF(r);
        if (t < 0)
            return NULL;
        return bool_from(!t);
    }
    default:
        RETURN_NOTIMPL;
    }
}

static bool excess_args(ssize_t nargs, Object *kwnames)
{
    return nargs > 0 || (kwnames != NULL && TUPLE_SIZE(kwnames) > 0);
}

static Object *object_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != object_new)
            return exc_set_string(Exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->tp_init == object_type.tp_init)
            return exc_format(Exc_TypeError, "%U() takes no arguments", type->qualname);
    }
    if (TYPE_HAS_FLAG(type, TPFLAG_ABSTRACT))
        return exc_format(Exc_TypeError, "Can't instantiate abstract class %U", type->qualname);
    Object *o = obj_alloc(type, 0);
    if (o != NULL && TYPE_HAS_FLAG(type, TPFLAG_GC))
        gc_track(o);
    return o;
}

static int object_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    TypeObject *type = TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (type->tp_init != object_init) {
            exc_set_string(Exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            exc_format(Exc_TypeError, "%U() takes no arguments", type->qualname);
            return -1;
        }
    }
    return 0;
}

static Object *object_get_class(Object *self, void *closure)
{
    UNUSED(closure);
    return obj_newref((Object *)TYPE(self));
}

static int object_set_class(Object *self, Object *value, void *closure)
{
    UNUSED(closure);
    return type_assign_class(self, value);
}

static Object *object_dir_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("__dir__", kwnames) < 0 || arg_count("__dir__", nargs, 0, 0) < 0)
        return NULL;
    Object *names = dict_new();
    if (names == NULL)
        return NULL;
    Object **dp = obj_dict_ptr(self);
    if (dp != NULL && *dp != NULL && dict_update(names, *dp) < 0)
        goto error;
    Object *mro = TYPE(self)->mro;
    for (ssize_t i = 0; mro != NULL && i < TUPLE_SIZE(mro); i++) {
        Object *d = ((TypeObject *)TUPLE_GET(mro, i))->dict;
        if (d != NULL && dict_update(names, d) < 0)
            goto error;
    }
    Object *keys = dict_keys_list(names);
    OBJ_DECREF(names);
    return keys;
error:
    OBJ_DECREF(names);
    return NULL;
}

static Object *object_sizeof_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("__sizeof__", kwnames) < 0 || arg_count("__sizeof__", nargs, 0, 0) < 0)
        return NULL;
    TypeObject *t = TYPE(self);
    ssize_t size = t->basicsize;
    if (t->itemsize != 0) {
        ssize_t n = SIZE(self);
        size += (n < 0 ? -n : n) * t->itemsize;
    }
    return int_from_ssize(size);
}

static Object *object_format_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("__format__", kwnames) < 0 || arg_count("__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "__format__() argument must be str, not %s", obj_type_name(args[0]));
    if (STR_LEN(args[0]) > 0)
        return exc_format(Exc_TypeError, "unsupported format string passed to %s.__format__",
                          obj_type_name(self));
    return obj_str(self);
}

static Object *object_reduce_ex_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args); UNUSED(nargs); UNUSED(kwnames);
    return exc_format(Exc_TypeError, "cannot pickle '%s' object", obj_type_name(self));
}

static Object *object_init_subclass_m(Object *cls, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_format(Exc_TypeError, "%U.__init_subclass__() takes no keyword arguments",
                          ((TypeObject *)cls)->qualname);
    if (nargs > 0)
        return exc_format(Exc_TypeError, "%U.__init_subclass__() takes no arguments (%zd given)",
                          ((TypeObject *)cls)->qualname, nargs);
    RETURN_NONE;
}

static Object *object_str(Object *o)
{
    return obj_repr(o);
}

static Object *object_subclasshook_m(Object *cls, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(cls); UNUSED(args); UNUSED(nargs); UNUSED(kwnames);
    RETURN_NOTIMPL;
}

static Object *object_getstate_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("__getstate__", kwnames) < 0 || arg_count("__getstate__", nargs, 0, 0) < 0)
        return NULL;
    Object **dp = obj_dict_ptr(self);
    if (dp == NULL || *dp == NULL || DICT_SIZE(*dp) == 0)
        RETURN_NONE;
    return dict_copy(*dp);
}

static MethodDef object_methods[] = {
    {"__subclasshook__", object_subclasshook_m, METH_CLASS, "Abstract classes can override this to customize issubclass()."},
    {"__getstate__", object_getstate_m, 0, "Helper for pickle."},
    {"__reduce__", object_reduce_ex_m, 0, "Helper for pickle."},
    {"__init_subclass__", object_init_subclass_m, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__dir__", object_dir_m, 0, "Default dir() implementation."},
    {"__sizeof__", object_sizeof_m, 0, "Size of object in memory, in bytes."},
    {"__format__", object_format_m, 0, "Default object formatter."},
    {"__reduce_ex__", object_reduce_ex_m, 0, "Helper for pickle."},
    {NULL, NULL, 0, NULL}
};

static GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject object_type = {
    .ob = {{1, &type_type}, 0},
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .tp_new = object_new,
    .tp_init = object_init,
    .methods = object_methods,
    .getset = object_getset,
};

/* ---- type ---- */

static Object *type_repr(Object *o)
{
    TypeObject *t = (TypeObject *)o;
    Object *mod = t->module;
    if (TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE) && t->dict != NULL) {
        Object *m = dict_get_str_borrow(t->dict, "__module__");
        if (m != NULL)
            mod = m;
    }
    if (mod != NULL && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
        return str_from_format("<class '%U.%U'>", mod, t->qualname);
    return str_from_format("<class '%s'>", t->name);
}

void type_track_instance(Object *o)
{
    /* instances of classes derived from atoms (int, str, float) are GC objects: their __dict__
     * and their class can form cycles, but the atom's constructor does not track them */
    if (OBJ_IS_GC(o) && !gc_is_tracked(o) && TYPE_HAS_FLAG(TYPE(o), TPFLAG_HEAPTYPE))
        gc_track(o);
}

static Object *type_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    TypeObject *type = (TypeObject *)callable;
    /* type(x) returns the type of x */
    if (type == &type_type && nargs == 1 && (kwnames == NULL || TUPLE_SIZE(kwnames) == 0))
        return obj_newref((Object *)TYPE(args[0]));
    if (type->tp_new == NULL)
        return exc_format(Exc_TypeError, "cannot create '%s' instances", type->name);
    Object *o = type->tp_new(type, args, nargs, kwnames);
    if (o == NULL)
        return NULL;
    type_track_instance(o);
    /* __init__ runs only when __new__ returned an instance of the type */
    if (!type_is_subtype(TYPE(o), type))
        return o;
    TypeObject *t = TYPE(o);
    if (t->tp_init != NULL && t->tp_init(o, args, nargs, kwnames) < 0) {
        OBJ_DECREF(o);
        return NULL;
    }
    return o;
}

static Object *type_getattro(Object *o, Object *name)
{
    TypeObject *type = (TypeObject *)o;
    TypeObject *meta = TYPE(o);
    Object *meta_attr = type_lookup_borrow(meta, name);
    descrgetfunc meta_get = NULL;
    if (meta_attr != NULL) {
        OBJ_INCREF(meta_attr);
        meta_get = TYPE(meta_attr)->descr_get;
        if (meta_get != NULL && TYPE(meta_attr)->descr_set != NULL) {
            Object *r = meta_get(meta_attr, o, (Object *)meta);
            OBJ_DECREF(meta_attr);
            return r;
        }
    }
    Object *attr = type_lookup_borrow(type, name);
    if (attr != NULL) {
        OBJ_XDECREF(meta_attr);
        descrgetfunc get = TYPE(attr)->descr_get;
        if (get != NULL)
            return get(attr, NULL, o);
        return obj_newref(attr);
    }
    if (meta_get != NULL) {
        Object *r = meta_get(meta_attr, o, (Object *)meta);
        OBJ_DECREF(meta_attr);
        return r;
    }
    if (meta_attr != NULL)
        return meta_attr;
    return exc_format(Exc_AttributeError, "type object '%U' has no attribute '%U'", type->qualname, name);
}

static int type_setattro(Object *o, Object *name, Object *value)
{
    TypeObject *type = (TypeObject *)o;
    if (!TYPE_HAS_FLAG(type, TPFLAG_HEAPTYPE)) {
        exc_format(Exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, type->name);
        return -1;
    }
    Object *meta_attr = type_lookup_borrow(TYPE(o), name);
    if (meta_attr != NULL && TYPE(meta_attr)->descr_set != NULL)
        return TYPE(meta_attr)->descr_set(meta_attr, o, value);
    int r;
    type_modified(type);          /* before: code run by the change must not see stale entries */
    if (value != NULL)
        type_mark_shadowed(type);     /* instances may already hold the new name */
    if (value == NULL) {
        r = dict_del_item(type->dict, name);
        if (r < 0 && exc_matches(Exc_KeyError)) {
            exc_clear();
            exc_format(Exc_AttributeError, "type object '%U' has no attribute '%U'", type->qualname, name);
        }
    } else {
        r = dict_set_item(type->dict, name, value);
    }
    if (r == 0)
        type_update_slot(type, name);
    type_modified(type);
    return r;
}

static Object *type_new_entry(TypeObject *meta, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (nargs == 1 && (kwnames == NULL || TUPLE_SIZE(kwnames) == 0) && meta == &type_type)
        return obj_newref((Object *)TYPE(args[0]));
    if (nargs != 3)
        return exc_set_string(Exc_TypeError, "type() takes 1 or 3 arguments");
    return type_new_class(meta, args[0], args[1], args[2], kwnames ? args + 3 : NULL, kwnames);
}

static int type_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args); UNUSED(kwnames);
    if (nargs != 1 && nargs != 3) {
        exc_set_string(Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static Object *type_get_name(Object *self, void *c) { UNUSED(c); return obj_newref(((TypeObject *)self)->name_obj); }
static Object *type_get_qualname(Object *self, void *c) { UNUSED(c); return obj_newref(((TypeObject *)self)->qualname); }

static int type_set_name(Object *self, Object *value, void *c)
{
    UNUSED(c);
    TypeObject *t = (TypeObject *)self;
    if (!TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE)) {
        exc_format(Exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (value == NULL || !STR_CHECK(value)) {
        exc_format(Exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                   value ? obj_type_name(value) : "NULL");
        return -1;
    }
    OBJ_SETREF(t->name_obj, obj_newref(value));
    t->name = STR_DATA(value);
    return 0;
}

static int type_set_qualname(Object *self, Object *value, void *c)
{
    UNUSED(c);
    TypeObject *t = (TypeObject *)self;
    if (value == NULL || !STR_CHECK(value) || !TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE)) {
        exc_format(Exc_TypeError, "can only assign string to %s.__qualname__", t->name);
        return -1;
    }
    OBJ_SETREF(t->qualname, obj_newref(value));
    return 0;
}

static Object *type_get_module(Object *self, void *c)
{
    UNUSED(c);
    TypeObject *t = (TypeObject *)self;
    if (TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE)) {
        Object *m = dict_get_str_borrow(t->dict, "__module__");
        if (m != NULL)
            return obj_newref(m);
    }
    if (t->module != NULL)
        return obj_newref(t->module);
    return str_intern_cstr("builtins");
}

static int type_set_module(Object *self, Object *value, void *c)
{
    UNUSED(c);
    TypeObject *t = (TypeObject *)self;
    if (!TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE)) {
        exc_format(Exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (value == NULL) {
        exc_format(Exc_TypeError, "cannot delete '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    type_modified(t);
    if (dict_set_str(t->dict, "__module__", value) < 0)
        return -1;
    OBJ_SETREF(t->module, obj_newref(value));
    return 0;
}

static Object *type_get_bases(Object *self, void *c) { UNUSED(c); return obj_newref(((TypeObject *)self)->bases); }
static Object *type_get_mro(Object *self, void *c) { UNUSED(c); return obj_newref(((TypeObject *)self)->mro); }

static Object *type_get_base(Object *self, void *c)
{
    UNUSED(c);
    TypeObject *b = ((TypeObject *)self)->base;
    return obj_newref(b ? (Object *)b : NONE);
}

static Object *type_get_dict(Object *self, void *c)
{
    UNUSED(c);
    return mappingproxy_new(((TypeObject *)self)->dict);    /* read-only, as CPython */
}

static Object *type_get_doc(Object *self, void *c)
{
    UNUSED(c);
    TypeObject *t = (TypeObject *)self;
    Object *d = dict_get_str_borrow(t->dict, "__doc__");
    if (d != NULL) {
        if (TYPE(d)->descr_get != NULL)
            return TYPE(d)->descr_get(d, NULL, self);
        return obj_newref(d);
    }
    if (t->doc != NULL)
        return str_from_cstr(t->doc);
    RETURN_NONE;
}

static Object *type_mro_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("mro", kwnames) < 0 || arg_count("mro", nargs, 0, 0) < 0)
        return NULL;
    return list_from_iterable(((TypeObject *)self)->mro);
}

int type_add_subclass(TypeObject *base, TypeObject *sub)
{
    if (base->subclasses == NULL && (base->subclasses = list_new(0)) == NULL)
        return -1;
    /* drop the references to classes that died since */
    Object *l = base->subclasses;
    ssize_t keep = 0;
    for (ssize_t i = 0; i < LIST_SIZE(l); i++) {
        Object *wr = LIST_GET(l, i);
        if (weakref_get_object_borrow(wr) == NONE)
            OBJ_DECREF(wr);
        else
            LIST_ITEMS(l)[keep++] = wr;
    }
    SIZE(l) = keep;
    Object *ref = weakref_new_ref((Object *)sub, NULL);
    if (ref == NULL)
        return -1;
    int r = list_append(base->subclasses, ref);
    OBJ_DECREF(ref);
    return r;
}

static Object *type_subclasses_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("__subclasses__", kwnames) < 0 || arg_count("__subclasses__", nargs, 0, 0) < 0)
        return NULL;
    TypeObject *t = (TypeObject *)self;
    Object *result = list_new(0);
    if (result == NULL || t->subclasses == NULL)
        return result;
    for (ssize_t i = 0; i < LIST_SIZE(t->subclasses); i++) {
        Object *sub = weakref_get_object_borrow(LIST_GET(t->subclasses, i));
        if (sub != NONE && list_append(result, sub) < 0) {
            OBJ_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *type_instancecheck_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("__instancecheck__", kwnames) < 0 || arg_count("__instancecheck__", nargs, 1, 1) < 0)
        return NULL;
    int r = obj_is_instance(args[0], self);
    return r < 0 ? NULL : bool_from(r);
}

static Object *type_subclasscheck_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("__subclasscheck__", kwnames) < 0 || arg_count("__subclasscheck__", nargs, 1, 1) < 0)
        return NULL;
    int r = obj_is_subclass(args[0], self);
    return r < 0 ? NULL : bool_from(r);
}

static Object *type_prepare_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self); UNUSED(args); UNUSED(nargs); UNUSED(kwnames);
    return dict_new();
}

static MethodDef type_methods[] = {
    {"mro", type_mro_m, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses_m, 0, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck_m, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck_m, 0, "Check if a class is a subclass."},
    {"__prepare__", type_prepare_m, METH_CLASS, "Create the namespace for the class statement"},
    {NULL, NULL, 0, NULL}
};

static GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static int type_traverse(Object *self, visitproc visit, void *arg)
{
    TypeObject *t = (TypeObject *)self;
    if (!TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE))
        return 0;
    VISIT(t->dict);
    VISIT(t->mro);
    VISIT(t->bases);
    VISIT(t->base);
    VISIT(t->module);
    return 0;
}

static int type_clear(Object *self)
{
    TypeObject *t = (TypeObject *)self;
    type_modified(t);
    if (t->dict != NULL)
        dict_clear(t->dict);
    OBJ_CLEAR(t->mro);
    return 0;
}

static void type_dealloc(Object *self)
{
    TypeObject *t = (TypeObject *)self;
    if (!TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE)) {
        self->refcnt = 1;     /* static types are never freed */
        return;
    }
    gc_untrack(self);
    weakref_clear_refs(self);
    OBJ_CLEAR(t->dict);
    OBJ_CLEAR(t->mro);
    OBJ_CLEAR(t->bases);
    OBJ_CLEAR(t->base);
    OBJ_CLEAR(t->qualname);
    OBJ_CLEAR(t->module);
    OBJ_CLEAR(t->subclasses);
    Object *name = t->name_obj;
    t->name_obj = NULL;
    free(t->extra);
    obj_free(self);
    OBJ_XDECREF(name);
}

TypeObject type_type = {
    .ob = {{1, &type_type}, 0},
    .name = "type",
    .basicsize = sizeof(TypeObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_TYPE_SUBCLASS,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .call = type_call,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .tp_new = type_new_entry,
    .tp_init = type_init,
    .methods = type_methods,
    .getset = type_getset,
    .base = &object_type,
    .dictoffset = offsetof(TypeObject, dict),
    .weaklistoffset = offsetof(TypeObject, weaklist),
    .nb = { [NB_OR] = type_or },
};
