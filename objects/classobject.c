/* classobject.c: classes made at run time: type(name, bases, ns) as used by the class statement
 * (metaclass choice, instance layout with __dict__ or __slots__, C3 MRO, dunder trampolines,
 * __set_name__, __init_subclass__, the __class__ cell), the deallocation of their instances
 * (PEP 442 finalizers), and super(). */
#include "objects/typeobject.h"
#include "objects/weakrefobject.h"
#include "objects/slots.h"
#include "objects/containers_internal.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include <string.h>

typedef struct HeapTypeExtra {
    ssize_t nslots;
    MemberDef members[];       /* nslots + 1 (NULL-terminated) */
} HeapTypeExtra;

/* ---- instances of classes ---- */

/* The first base that is not a class made at run time: its dealloc frees the object. */
static TypeObject *solid_static_base(TypeObject *t)
{
    while (t != NULL && TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE))
        t = t->base;
    return t;
}

static void subtype_dealloc(Object *self)
{
    TypeObject *t = TYPE(self);
    /* a long chain of instances (a linked list) is freed through the trashcan, not by recursion
     * on the C stack; deferred before the finalizer, whose flag the trashcan's chaining reuses */
    bool trash = OBJ_IS_GC(self);
    if (trash) {
        gc_untrack(self);
        if (!list_trash_begin(self))
            return;
    }
    if (t->finalize != NULL && !gc_is_finalized(self)) {
        /* PEP 442: the finalizer runs once; it may resurrect the object */
        self->refcnt = 1;
        gc_set_finalized(self);
        t->finalize(self);
        if (--self->refcnt != 0) {
            if (OBJ_IS_GC(self))
                gc_track(self);
            if (trash)
                list_trash_end();
            return;
        }
    }
    /* weak references die after the finalizer, before the contents (CPython's order) */
    if (t->weaklistoffset > 0 && solid_static_base(t)->weaklistoffset == 0)
        weakref_clear_refs(self);
    /* clear __slots__ and the instance dict of every class level */
    for (TypeObject *b = t; b != NULL && TYPE_HAS_FLAG(b, TPFLAG_HEAPTYPE); b = b->base) {
        HeapTypeExtra *x = b->extra;
        for (ssize_t i = 0; x != NULL && i < x->nslots; i++) {
            Object **slot = (Object **)((char *)self + x->members[i].offset);
            OBJ_CLEAR(*slot);
        }
    }
    Object **dp = obj_dict_ptr(self);
    if (dp != NULL && *dp != NULL && TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE)) {
        TypeObject *sb = solid_static_base(t);
        if (sb == NULL || sb->dictoffset != t->dictoffset)
            OBJ_CLEAR(*dp);
    }
    TypeObject *base = solid_static_base(t);
    base->dealloc(self);
    if (trash)
        list_trash_end();
}

static int subtype_traverse(Object *self, visitproc visit, void *arg)
{
    TypeObject *t = TYPE(self);
    for (TypeObject *b = t; b != NULL && TYPE_HAS_FLAG(b, TPFLAG_HEAPTYPE); b = b->base) {
        HeapTypeExtra *x = b->extra;
        for (ssize_t i = 0; x != NULL && i < x->nslots; i++)
            VISIT(*(Object **)((char *)self + x->members[i].offset));
    }
    TypeObject *sb = solid_static_base(t);
    Object **dp = obj_dict_ptr(self);
    if (dp != NULL && *dp != NULL && (sb == NULL || sb->dictoffset != t->dictoffset)) {
        if (((DictObject *)*dp)->flags & DICT_OWNED_BY_INSTANCE) {
            /* attributes kept "inline": the collector sees them through the instance */
            ssize_t pos = 0;
            Object *k, *v;
            while (dict_next(*dp, &pos, &k, &v))
                VISIT(v);
        } else {
            VISIT(*dp);
        }
    }
    VISIT(t);
    if (sb != NULL && sb->traverse != NULL)
        return sb->traverse(self, visit, arg);
    return 0;
}

static int subtype_clear(Object *self)
{
    TypeObject *t = TYPE(self);
    for (TypeObject *b = t; b != NULL && TYPE_HAS_FLAG(b, TPFLAG_HEAPTYPE); b = b->base) {
        HeapTypeExtra *x = b->extra;
        for (ssize_t i = 0; x != NULL && i < x->nslots; i++)
            OBJ_CLEAR(*(Object **)((char *)self + x->members[i].offset));
    }
    TypeObject *sb = solid_static_base(t);
    Object **dp = obj_dict_ptr(self);
    if (dp != NULL && (sb == NULL || sb->dictoffset != t->dictoffset))
        OBJ_CLEAR(*dp);
    if (sb != NULL && sb->clear != NULL)
        return sb->clear(self);
    return 0;
}

static Object *subtype_get_dict(Object *self, void *c)
{
    UNUSED(c);
    Object **dp = obj_dict_ptr(self);
    if (dp == NULL)
        return exc_format(Exc_AttributeError, "This object has no __dict__");
    if (*dp == NULL && (*dp = dict_new()) == NULL)
        return NULL;
    dict_release_ownership(*dp);       /* it escapes: from now on an ordinary tracked dict */
    return obj_newref(*dp);
}

bool type_owns_instance_dict(TypeObject *t)
{
    if (!TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE) || t->dictoffset == 0 || t->traverse != subtype_traverse)
        return false;
    TypeObject *sb = solid_static_base(t);
    return sb == NULL || sb->dictoffset != t->dictoffset;
}

static int subtype_set_dict(Object *self, Object *value, void *c)
{
    UNUSED(c);
    Object **dp = obj_dict_ptr(self);
    if (dp == NULL) {
        exc_set_string(Exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value != NULL && !DICT_CHECK(value)) {
        exc_format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", obj_type_name(value));
        return -1;
    }
    OBJ_SETREF(*dp, obj_xnewref(value));
    return 0;
}

static GetSetDef subtype_dict_getset[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* ---- type(name, bases, ns) ---- */

TypeObject *type_calculate_metaclass(TypeObject *meta, Object *bases)
{
    TypeObject *winner = meta;
    for (ssize_t i = 0; i < TUPLE_SIZE(bases); i++) {
        TypeObject *t = TYPE(TUPLE_GET(bases, i));
        if (type_is_subtype(winner, t))
            continue;
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        exc_set_string(Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                      "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Does [t] add instance fields to [b] beyond a __dict__ and a __weakref__ pointer? */
static bool extra_ivars(TypeObject *t, TypeObject *b)
{
    if (t->itemsize != 0 || b->itemsize != 0)
        return t->itemsize != b->itemsize || t->basicsize != b->basicsize + (t->dictoffset != b->dictoffset ? 8 : 0);
    ssize_t ts = t->basicsize;
    if (t->weaklistoffset != 0 && b->weaklistoffset == 0 && t->weaklistoffset + 8 == ts)
        ts -= 8;
    if (t->dictoffset > 0 && b->dictoffset == 0 && t->dictoffset + 8 == ts)
        ts -= 8;
    return ts != b->basicsize;
}

/* The most derived base with the same instance layout as [t] (CPython's solid_base). */
static TypeObject *solid_base(TypeObject *t)
{
    if (t->base == NULL)
        return t;
    TypeObject *base = solid_base(t->base);
    return extra_ivars(t, t->base) ? t : base;
}

/* The base whose instance layout the new class extends (CPython's best_base). */
static TypeObject *best_base(Object *bases)
{
    TypeObject *best = NULL, *best_solid = NULL;
    for (ssize_t i = 0; i < TUPLE_SIZE(bases); i++) {
        Object *b = TUPLE_GET(bases, i);
        if (!TYPE_HAS_FLAG(TYPE(b), TPFLAG_TYPE_SUBCLASS)) {
            exc_set_string(Exc_TypeError, "bases must be types");
            return NULL;
        }
        TypeObject *bt = (TypeObject *)b;
        if (!TYPE_HAS_FLAG(bt, TPFLAG_BASETYPE)) {
            exc_format(Exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        TypeObject *solid = solid_base(bt);
        if (best_solid == NULL || type_is_subtype(solid, best_solid)) {
            best = bt;
            best_solid = solid;
        } else if (!type_is_subtype(best_solid, solid)) {
            exc_set_string(Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static int is_identifier(Object *s)
{
    const unsigned char *p = (const unsigned char *)STR_DATA(s);
    if (!*p || (*p >= '0' && *p <= '9'))
        return 0;
    for (; *p; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p >= 0x80))
            return 0;
    return 1;
}

/* Handles __slots__: member descriptors at the end of the layout. Returns 0/-1; sets *add_dict
 * and *add_weak to whether '__dict__'/'__weakref__' were named (or no __slots__ at all). */
static int setup_slots(TypeObject *t, Object *dict, bool *add_dict, bool *add_weak)
{
    Object *slots = dict_get_str_borrow(dict, "__slots__");
    *add_dict = *add_weak = true;
    if (slots == NULL)
        return 0;
    *add_dict = *add_weak = false;
    Object *seq;
    if (STR_CHECK(slots))
        seq = tuple_pack(1, slots);
    else
        seq = tuple_from_iterable(slots);
    if (seq == NULL)
        return -1;
    ssize_t n = TUPLE_SIZE(seq), nreal = 0;
    for (ssize_t i = 0; i < n; i++) {
        Object *s = TUPLE_GET(seq, i);
        if (!STR_CHECK(s)) {
            exc_format(Exc_TypeError, "__slots__ items must be strings, not '%s'", obj_type_name(s));
            goto error;
        }
        if (!is_identifier(s)) {
            exc_set_string(Exc_TypeError, "__slots__ must be identifiers");
            goto error;
        }
        if (str_eq_cstr(s, "__dict__")) {
            if (*add_dict || t->base->dictoffset != 0) {
                exc_set_string(Exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto error;
            }
            *add_dict = true;
        } else if (str_eq_cstr(s, "__weakref__")) {
            *add_weak = true;
        } else {
            if (dict_get_item_borrow(dict, s) != NULL) {
                exc_format(Exc_ValueError, "%R in __slots__ conflicts with class variable", s);
                goto error;
            }
            nreal++;
        }
    }
    HeapTypeExtra *x = calloc(1, sizeof(HeapTypeExtra) + sizeof(MemberDef) * (size_t)(nreal + 1));
    if (x == NULL) {
        exc_no_memory();
        goto error;
    }
    t->extra = x;
    for (ssize_t i = 0; i < n; i++) {
        Object *s = TUPLE_GET(seq, i);
        if (str_eq_cstr(s, "__dict__") || str_eq_cstr(s, "__weakref__"))
            continue;
        Object *interned = obj_newref(s);
        str_intern_inplace(&interned);
        MemberDef *m = &x->members[x->nslots++];
        m->name = STR_DATA(interned);
        m->kind = MEMBER_OBJECT_EX;
        m->offset = t->basicsize;
        t->basicsize += (ssize_t)sizeof(Object *);
        Object *d = member_descr_new(t, m);
        int err = d ? dict_set_item(t->dict, interned, d) : -1;
        OBJ_XDECREF(d);
        OBJ_DECREF(interned);     /* the type dict keeps the name alive */
        if (err < 0)
            goto error;
    }
    OBJ_DECREF(seq);
    return 0;
error:
    OBJ_DECREF(seq);
    return -1;
}

static int wrap_implicit(Object *dict, const char *name, Object *(*wrap)(Object *))
{
    Object *f = dict_get_str_borrow(dict, name);
    if (f == NULL || !FUNC_CHECK(f))
        return 0;
    Object *w = wrap(f);
    if (w == NULL)
        return -1;
    int r = dict_set_str(dict, name, w);
    OBJ_DECREF(w);
    return r;
}

static int call_set_name(TypeObject *t)
{
    Object *items = dict_items_list(t->dict);
    if (items == NULL)
        return -1;
    for (ssize_t i = 0; i < LIST_SIZE(items); i++) {
        Object *pair = LIST_GET(items, i);
        Object *value = TUPLE_GET(pair, 1);
        Object *n = str_intern_cstr("__set_name__");
        Object *fn = n ? type_lookup_borrow(TYPE(value), n) : NULL;
        OBJ_XDECREF(n);
        if (fn == NULL)
            continue;
        Object *args[2] = { (Object *)t, TUPLE_GET(pair, 0) };
        Object *r = obj_call_method(value, "__set_name__", args, 2);
        if (r == NULL) {
            /* 3.11 wraps the error: RuntimeError from the original */
            Object *cause = exc_fetch();
            exc_format(Exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%U'",
                       obj_type_name(value), TUPLE_GET(pair, 0), t->name_obj);
            Object *err = exc_fetch();
            if (err != NULL && cause != NULL) {
                OBJ_SETREF(((ExceptionObject *)err)->cause, obj_newref(cause));
                ((ExceptionObject *)err)->suppress_context = 1;
                exc_set_context(err, cause);
            }
            OBJ_XDECREF(cause);
            exc_restore(err);
            OBJ_DECREF(items);
            return -1;
        }
        OBJ_DECREF(r);
    }
    OBJ_DECREF(items);
    return 0;
}

/* super(type, type).__init_subclass__(**kwargs) */
static int init_subclass(TypeObject *t, Object *const *kwvalues, Object *kwnames)
{
    Object *mro = t->mro;
    Object *n = str_intern_cstr("__init_subclass__");
    if (n == NULL)
        return -1;
    Object *fn = NULL;
    for (ssize_t i = 1; i < TUPLE_SIZE(mro) && fn == NULL; i++) {
        Object *d = ((TypeObject *)TUPLE_GET(mro, i))->dict;
        fn = d ? dict_get_item_borrow(d, n) : NULL;
    }
    OBJ_DECREF(n);
    if (fn == NULL)
        return 0;
    OBJ_INCREF(fn);
    Object *bound = TYPE(fn)->descr_get ? TYPE(fn)->descr_get(fn, NULL, (Object *)t) : obj_newref(fn);
    OBJ_DECREF(fn);
    if (bound == NULL)
        return -1;
    Object *r = obj_call(bound, kwvalues, 0, kwnames);
    OBJ_DECREF(bound);
    if (r == NULL)
        return -1;
    OBJ_DECREF(r);
    return 0;
}

/* The name of the __slots__ member at [offset] in instances of [t], or NULL. */
static const char *slot_name_at(TypeObject *t, ssize_t offset)
{
    for (ssize_t i = 0; i < TUPLE_SIZE(t->mro); i++) {
        TypeObject *b = (TypeObject *)TUPLE_GET(t->mro, i);
        HeapTypeExtra *x = TYPE_HAS_FLAG(b, TPFLAG_HEAPTYPE) ? b->extra : NULL;
        for (ssize_t k = 0; x != NULL && k < x->nslots; k++)
            if (x->members[k].offset == offset)
                return x->members[k].name;
    }
    return NULL;
}

/* CPython's compatible_for_assignment: the same C base, size, dict/weakref places and slots. */
static bool same_layout(TypeObject *a, TypeObject *b)
{
    TypeObject *base = solid_static_base(a);
    if (base != solid_static_base(b) || a->basicsize != b->basicsize || a->itemsize != b->itemsize ||
        a->dictoffset != b->dictoffset || a->weaklistoffset != b->weaklistoffset ||
        TYPE_HAS_FLAG(a, TPFLAG_GC) != TYPE_HAS_FLAG(b, TPFLAG_GC))
        return false;
    for (ssize_t off = base->basicsize; off < a->basicsize; off += (ssize_t)sizeof(Object *)) {
        const char *x = slot_name_at(a, off), *y = slot_name_at(b, off);
        if ((x == NULL) != (y == NULL) || (x != NULL && strcmp(x, y) != 0))
            return false;
    }
    return true;
}

int type_assign_class(Object *obj, Object *value)
{
    if (value == NULL) {
        exc_set_string(Exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!TYPE_HAS_FLAG(TYPE(value), TPFLAG_TYPE_SUBCLASS)) {
        exc_format(Exc_TypeError, "__class__ must be set to a class, not '%s' object", obj_type_name(value));
        return -1;
    }
    TypeObject *old = TYPE(obj), *new = (TypeObject *)value;
    if (!TYPE_HAS_FLAG(old, TPFLAG_HEAPTYPE) || !TYPE_HAS_FLAG(new, TPFLAG_HEAPTYPE)) {
        exc_set_string(Exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(old, new)) {
        exc_format(Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", new->name, old->name);
        return -1;
    }
    OBJ_INCREF(new);
    obj->type = new;
    type_mark_shadowed(new);        /* the instance dict was filled under another class */
    OBJ_DECREF(old);
    return 0;
}

Object *type_new_class(TypeObject *meta, Object *name, Object *bases, Object *ns,
                       Object *const *kwvalues, Object *kwnames)
{
    if (!STR_CHECK(name))
        return exc_format(Exc_TypeError, "type.__new__() argument 1 must be str, not %s", obj_type_name(name));
    if (!TUPLE_CHECK(bases))
        return exc_format(Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", obj_type_name(bases));
    if (!DICT_CHECK(ns))
        return exc_format(Exc_TypeError, "type.__new__() argument 3 must be dict, not %s", obj_type_name(ns));
    TypeObject *winner = type_calculate_metaclass(meta, bases);
    if (winner == NULL)
        return NULL;
    if (winner != meta && winner->tp_new != meta->tp_new)
        return obj_call((Object *)winner, (Object *[]){name, bases, ns}, 3, NULL);
    meta = winner;
    Object *real_bases = TUPLE_SIZE(bases) == 0 ? tuple_pack(1, (Object *)&object_type) : obj_newref(bases);
    if (real_bases == NULL)
        return NULL;
    TypeObject *base = best_base(real_bases);
    if (base == NULL) {
        OBJ_DECREF(real_bases);
        return NULL;
    }
    TypeObject *t = (TypeObject *)obj_alloc(meta, 0);
    if (t == NULL) {
        OBJ_DECREF(real_bases);
        return NULL;
    }
    t->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | TPFLAG_GC;
    t->bases = real_bases;
    t->base = (TypeObject *)obj_newref((Object *)base);
    t->name_obj = obj_newref(name);
    str_intern_inplace(&t->name_obj);
    t->name = STR_DATA(t->name_obj);
    t->dict = dict_copy(ns);
    if (t->dict == NULL)
        goto error;
    Object *qn = dict_get_str_borrow(t->dict, "__qualname__");
    if (qn != NULL) {
        if (!STR_CHECK(qn)) {
            exc_format(Exc_TypeError, "type __qualname__ must be a str, not %s", obj_type_name(qn));
            goto error;
        }
        t->qualname = obj_newref(qn);
        if (dict_del_str(t->dict, "__qualname__") < 0)
            goto error;
    } else {
        t->qualname = obj_newref(name);
    }
    if (dict_get_str_borrow(t->dict, "__module__") == NULL) {
        Object *g = vm_globals_borrow();
        Object *modname = g ? dict_get_str_borrow(g, "__name__") : NULL;
        if (modname != NULL && dict_set_str(t->dict, "__module__", modname) < 0)
            goto error;
    }
    Object *mod = dict_get_str_borrow(t->dict, "__module__");
    t->module = obj_xnewref(mod);
    if (dict_get_str_borrow(t->dict, "__doc__") == NULL && dict_set_str(t->dict, "__doc__", NONE) < 0)
        goto error;
    /* layout: the base's, then __slots__, then __dict__ and __weakref__ pointers */
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    bool add_dict, add_weak;
    if (setup_slots(t, t->dict, &add_dict, &add_weak) < 0)
        goto error;
    if (add_dict && t->dictoffset == 0 && base->itemsize == 0) {
        t->dictoffset = t->basicsize;
        t->basicsize += (ssize_t)sizeof(Object *);
    } else if (add_dict && t->dictoffset == 0) {
        /* after the items, wherever they end (CPython's negative tp_dictoffset) */
        t->dictoffset = -(ssize_t)sizeof(Object *);
        t->basicsize += (ssize_t)sizeof(Object *);
    }
    if (add_weak && t->weaklistoffset == 0 && base->itemsize == 0) {
        t->weaklistoffset = t->basicsize;
        t->basicsize += (ssize_t)sizeof(Object *);
    }
    if (t->dictoffset != 0 && t->dictoffset != base->dictoffset) {
        Object *d = getset_descr_new(t, &subtype_dict_getset[0]);
        if (d == NULL || dict_set_str(t->dict, "__dict__", d) < 0) {
            OBJ_XDECREF(d);
            goto error;
        }
        OBJ_DECREF(d);
    }
    if (t->weaklistoffset != 0 && t->weaklistoffset != base->weaklistoffset) {
        Object *d = getset_descr_new(t, &weakref_subtype_getset[0]);
        if (d == NULL || dict_set_str(t->dict, "__weakref__", d) < 0) {
            OBJ_XDECREF(d);
            goto error;
        }
        OBJ_DECREF(d);
    }
    /* __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods */
    if (wrap_implicit(t->dict, "__new__", staticmethod_new) < 0 ||
        wrap_implicit(t->dict, "__init_subclass__", classmethod_new) < 0 ||
        wrap_implicit(t->dict, "__class_getitem__", classmethod_new) < 0)
        goto error;
    /* defining __eq__ without __hash__ makes instances unhashable */
    if (dict_get_str_borrow(t->dict, "__eq__") != NULL && dict_get_str_borrow(t->dict, "__hash__") == NULL &&
        dict_set_str(t->dict, "__hash__", NONE) < 0)
        goto error;
    if (type_compute_mro(t) < 0)
        goto error;
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    for (ssize_t i = 1; i < TUPLE_SIZE(t->mro); i++) {
        TypeObject *b = (TypeObject *)TUPLE_GET(t->mro, i);
        for (int k = 0; k < NB__COUNT; k++) {
            if (t->nb[k] == NULL) t->nb[k] = b->nb[k];
            if (t->nb_inplace[k] == NULL) t->nb_inplace[k] = b->nb_inplace[k];
        }
#define INH(f) if (t->f == NULL) t->f = b->f
        INH(repr); INH(str); INH(hash); INH(richcompare); INH(getattro); INH(setattro); INH(call);
        INH(iter); INH(iternext); INH(descr_get); INH(descr_set); INH(nb_negative); INH(nb_positive);
        INH(nb_absolute); INH(nb_invert); INH(nb_bool); INH(nb_int); INH(nb_float); INH(nb_index);
        INH(len); INH(getitem); INH(setitem); INH(contains); INH(sq_concat); INH(sq_repeat);
        INH(sq_inplace_concat); INH(sq_inplace_repeat); INH(tp_new); INH(tp_init); INH(finalize);
#undef INH
        t->flags |= b->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS |
                                TPFLAG_BYTES_SUBCLASS | TPFLAG_STR_SUBCLASS | TPFLAG_DICT_SUBCLASS |
                                TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS);
    }
    slots_fixup_heap_type(t);
    t->flags |= TPFLAG_READY;
    for (ssize_t i = 0; i < TUPLE_SIZE(t->bases); i++)
        if (type_add_subclass((TypeObject *)TUPLE_GET(t->bases, i), t) < 0)
            goto error;
    type_modified(t);
    gc_track((Object *)t);
    /* the class body's __class__ cell now refers to the class */
    Object *cell = dict_get_str_borrow(t->dict, "__classcell__");
    if (cell != NULL) {
        if (!CELL_CHECK(cell)) {
            exc_format(Exc_TypeError, "__classcell__ must be a nonlocal cell, not %s", obj_type_name(cell));
            OBJ_DECREF(t);
            return NULL;
        }
        OBJ_SETREF(((CellObject *)cell)->ref, obj_newref((Object *)t));
        if (dict_del_str(t->dict, "__classcell__") < 0) {
            OBJ_DECREF(t);
            return NULL;
        }
        type_modified(t);
    }
    if (call_set_name(t) < 0 || init_subclass(t, kwvalues, kwnames) < 0) {
        OBJ_DECREF(t);
        return NULL;
    }
    return (Object *)t;
error:
    OBJ_DECREF(t);
    return NULL;
}
