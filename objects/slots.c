/* slots.c: the bridge between C type slots and Python dunder methods, in both directions.
 *  - A class statement that defines __add__ gets the C slot nb[NB_ADD] pointed at a trampoline
 *    that looks up and calls the Python method (slot_*).
 *  - A built-in type whose C slot is set gets a "slot wrapper" in its dict (int.__add__,
 *    object.__init__, list.__len__) so Python code can call it, e.g. through super().
 * One table (slots_defs) lists every dunder with its slot, its trampoline and its wrapper. */
#include "objects/slots.h"
#include "objects/typeobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include "vm/call.h"
#include "vm/traceback.h"
#include <string.h>

/* ---- interned dunder names, looked up by the address of their C string ---- */

#define NAME_CACHE_SIZE 256
static struct { const char *key; Object *name; } name_cache[NAME_CACHE_SIZE];

Object *slots_dunder(const char *s)
{
    size_t h = ((uintptr_t)s >> 3) & (NAME_CACHE_SIZE - 1);
    for (size_t i = 0; i < NAME_CACHE_SIZE; i++, h = (h + 1) & (NAME_CACHE_SIZE - 1)) {
        if (name_cache[h].key == s)
            return name_cache[h].name;
        if (name_cache[h].key == NULL) {
            Object *n = str_intern_cstr(s);
            if (n == NULL)
                return NULL;
            name_cache[h].key = s;
            name_cache[h].name = n;
            return n;
        }
    }
    /* table full: fall back to a lookup that the caller does not keep */
    return NULL;
}

void slots_fini(void)
{
    for (size_t i = 0; i < NAME_CACHE_SIZE; i++) {
        name_cache[i].key = NULL;
        OBJ_CLEAR(name_cache[i].name);
    }
}

/* ---- calling the Python-level method from a trampoline ---- */

/* Calls [descr], found on type(self), as a method of [self]: a plain function gets self prepended
 * (no bound method is made), any other descriptor is bound first, anything else is called as is. */
static Object *call_descr(Object *descr, Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (TYPE_HAS_FLAG(TYPE(descr), TPFLAG_METHOD_DESCRIPTOR))
        return vm_call_prepend(descr, self, args, nargs, kwnames);
    if (TYPE(descr)->descr_get == NULL)
        return obj_call(descr, args, nargs, kwnames);
    Object *bound = TYPE(descr)->descr_get(descr, self, (Object *)TYPE(self));
    if (bound == NULL)
        return NULL;
    Object *r = obj_call(bound, args, nargs, kwnames);
    OBJ_DECREF(bound);
    return r;
}

/* The descriptor [name] of type(self), borrowed, or NULL (without an exception when absent). */
static int slot_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);

bool slots_init_is_trampoline(TypeObject *t)
{
    return t->tp_init == slot_init;
}

static Object *lookup_special(Object *self, const char *name)
{
    Object *n = slots_dunder(name);
    if (n == NULL) {
        if (!exc_occurred())
            exc_bad_internal_call("lookup_special");
        return NULL;
    }
    return type_lookup_borrow(TYPE(self), n);
}

/* Looks [name] up on type(self) (not the instance) and calls it with self and args. Sets
 * *found = 0 (and returns NULL without an exception) when the type has no such attribute. */
Object *obj_call_special(Object *self, const char *name, Object *const *args, ssize_t nargs, int *found)
{
    Object *descr = lookup_special(self, name);
    if (found) *found = descr != NULL;
    if (descr == NULL) {
        if (found == NULL && !exc_occurred())
            exc_format(Exc_AttributeError, "'%s' object has no attribute '%s'", obj_type_name(self), name);
        return NULL;
    }
    OBJ_INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, NULL);
    OBJ_DECREF(descr);
    return r;
}

#define UNARY_SLOT(fname, dunder)                                       \
    static Object *fname(Object *self)                                  \
    {                                                                   \
        return obj_call_special(self, dunder, NULL, 0, NULL);               \
    }
UNARY_SLOT(slot_repr, "__repr__")
UNARY_SLOT(slot_str, "__str__")
UNARY_SLOT(slot_neg, "__neg__")
UNARY_SLOT(slot_pos, "__pos__")
UNARY_SLOT(slot_abs, "__abs__")
UNARY_SLOT(slot_invert, "__invert__")
UNARY_SLOT(slot_int, "__int__")
UNARY_SLOT(slot_float, "__float__")
UNARY_SLOT(slot_index, "__index__")
UNARY_SLOT(slot_iter, "__iter__")

static Object *slot_iternext(Object *self)
{
    return obj_call_special(self, "__next__", NULL, 0, NULL);
}

static hash_t slot_hash(Object *self)
{
    Object *r = obj_call_special(self, "__hash__", NULL, 0, NULL);
    if (r == NULL)
        return -1;
    if (!INT_CHECK(r)) {
        exc_set_string(Exc_TypeError, "__hash__ method should return an integer");
        OBJ_DECREF(r);
        return -1;
    }
    /* a result that fits is the hash itself (-1 becomes -2); a bigger one is reduced by int's
     * hash, as CPython's slot_tp_hash does */
    int64_t v;
    hash_t h;
    if (int_as_i64_fast(r, &v))
        h = v == -1 ? -2 : (hash_t)v;
    else {
        h = obj_as_ssize(r, Exc_OverflowError);
        if (h == -1 && exc_occurred()) {
            exc_clear();
            h = int_type.hash(r);
        } else if (h == -1) {
            h = -2;
        }
    }
    OBJ_DECREF(r);
    return h;
}

static ssize_t slot_len(Object *self)
{
    Object *r = obj_call_special(self, "__len__", NULL, 0, NULL);
    if (r == NULL)
        return -1;
    ssize_t n = obj_as_ssize(r, Exc_OverflowError);
    OBJ_DECREF(r);
    if (n < 0 && !exc_occurred()) {
        exc_set_string(Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int slot_bool(Object *self)
{
    int found;
    Object *r = obj_call_special(self, "__bool__", NULL, 0, &found);
    if (r == NULL && !found && !exc_occurred()) {
        /* no __bool__: fall back to __len__ */
        r = obj_call_special(self, "__len__", NULL, 0, &found);
        if (r == NULL)
            return found || exc_occurred() ? -1 : 1;
        ssize_t n = obj_as_ssize(r, Exc_OverflowError);
        OBJ_DECREF(r);
        return n < 0 ? -1 : n > 0;
    }
    if (r == NULL)
        return -1;
    if (!BOOL_CHECK(r)) {
        exc_format(Exc_TypeError, "__bool__ should return bool, returned %s", obj_type_name(r));
        OBJ_DECREF(r);
        return -1;
    }
    int t = r == TRUE_OBJ;
    OBJ_DECREF(r);
    return t;
}

static Object *slot_getitem(Object *self, Object *key)
{
    return obj_call_special(self, "__getitem__", &key, 1, NULL);
}

static int slot_setitem(Object *self, Object *key, Object *value)
{
    Object *args[2] = { key, value };
    Object *r = value ? obj_call_special(self, "__setitem__", args, 2, NULL)
                      : obj_call_special(self, "__delitem__", args, 1, NULL);
    if (r == NULL)
        return -1;
    OBJ_DECREF(r);
    return 0;
}

static int slot_contains(Object *self, Object *item)
{
    int found;
    Object *r = obj_call_special(self, "__contains__", &item, 1, &found);
    if (r == NULL) {
        if (found || exc_occurred())
            return -1;
        /* no __contains__: iterate */
        Object *it = obj_get_iter(self);
        if (it == NULL)
            return -1;
        Object *x;
        int res = 0;
        while ((x = obj_iter_next(it)) != NULL) {
            res = obj_richcompare_bool(x, item, RICH_EQ);
            OBJ_DECREF(x);
            if (res != 0)
                break;
        }
        OBJ_DECREF(it);
        return exc_occurred() ? -1 : res;
    }
    int t = obj_is_true(r);
    OBJ_DECREF(r);
    return t;
}

static Object *slot_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    Object *descr = lookup_special(self, "__call__");
    if (descr == NULL)
        return exc_occurred() ? NULL : exc_format(Exc_TypeError, "'%s' object is not callable", obj_type_name(self));
    OBJ_INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, kwnames);
    OBJ_DECREF(descr);
    return r;
}

static const char *const richcmp_names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

static Object *slot_richcompare(Object *self, Object *other, int op)
{
    int found;
    Object *r = obj_call_special(self, richcmp_names[op], &other, 1, &found);
    if (r == NULL && !found && !exc_occurred())
        RETURN_NOTIMPL;
    return r;
}

static Object *slot_getattro(Object *self, Object *name)
{
    Object *getattribute = NULL, *n = str_intern_cstr("__getattribute__");
    if (n != NULL) {
        getattribute = type_lookup_borrow(TYPE(self), n);
        OBJ_DECREF(n);
    }
    Object *r;
    if (getattribute == NULL || (TYPE(getattribute) == &wrapper_descr_type &&
                                 ((WrapperDescrObject *)getattribute)->owner == &object_type))
        r = obj_generic_getattr(self, name);
    else
        r = obj_call_special(self, "__getattribute__", &name, 1, NULL);
    if (r != NULL || !exc_matches(Exc_AttributeError))
        return r;
    n = str_intern_cstr("__getattr__");
    Object *hook = n ? type_lookup_borrow(TYPE(self), n) : NULL;
    OBJ_XDECREF(n);
    if (hook == NULL)
        return NULL;
    exc_clear();
    return obj_call_special(self, "__getattr__", &name, 1, NULL);
}

static int slot_setattro(Object *self, Object *name, Object *value)
{
    Object *args[2] = { name, value };
    Object *r = value ? obj_call_special(self, "__setattr__", args, 2, NULL)
                      : obj_call_special(self, "__delattr__", args, 1, NULL);
    if (r == NULL)
        return -1;
    OBJ_DECREF(r);
    return 0;
}

static Object *slot_descr_get(Object *self, Object *obj, Object *type)
{
    Object *args[2] = { obj ? obj : NONE, type ? type : NONE };
    return obj_call_special(self, "__get__", args, 2, NULL);
}

static int slot_descr_set(Object *self, Object *obj, Object *value)
{
    Object *args[2] = { obj, value };
    Object *r = value ? obj_call_special(self, "__set__", args, 2, NULL)
                      : obj_call_special(self, "__delete__", args, 1, NULL);
    if (r == NULL)
        return -1;
    OBJ_DECREF(r);
    return 0;
}

static int slot_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    Object *descr = lookup_special(self, "__init__");
    if (descr == NULL)
        return exc_occurred() ? -1 : 0;
    OBJ_INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, kwnames);
    OBJ_DECREF(descr);
    if (r == NULL)
        return -1;
    if (r != NONE) {
        exc_format(Exc_TypeError, "__init__() should return None, not '%s'", obj_type_name(r));
        OBJ_DECREF(r);
        return -1;
    }
    OBJ_DECREF(r);
    return 0;
}

static Object *slot_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    Object *n = str_intern_cstr("__new__");
    Object *fn = n ? type_lookup_borrow(type, n) : NULL;
    OBJ_XDECREF(n);
    if (fn == NULL)
        return exc_format(Exc_TypeError, "cannot create '%s' instances", type->name);
    OBJ_INCREF(fn);
    Object *callable = TYPE(fn)->descr_get ? TYPE(fn)->descr_get(fn, NULL, (Object *)type) : obj_newref(fn);
    OBJ_DECREF(fn);
    if (callable == NULL)
        return NULL;
    Object *r = vm_call_prepend(callable, (Object *)type, args, nargs, kwnames);
    OBJ_DECREF(callable);
    return r;
}

static void slot_finalize(Object *self)
{
    Object *saved = exc_fetch();
    Object *r = obj_call_special(self, "__del__", NULL, 0, NULL);
    if (r == NULL) {
        Object *n = str_intern_cstr("__del__");
        Object *d = n ? type_lookup_borrow(TYPE(self), n) : NULL;
        OBJ_XDECREF(n);
        vm_write_unraisable(d ? d : self);
    }
    OBJ_XDECREF(r);
    exc_restore(saved);
}

/* Binary operator trampolines: a.__op__(b), else b.__rop__(a) (CPython's SLOT1BINFULL). */
static const char *const nb_names[NB__COUNT][3] = {
    [NB_ADD] = {"__add__", "__radd__", "__iadd__"},
    [NB_AND] = {"__and__", "__rand__", "__iand__"},
    [NB_FLOOR_DIVIDE] = {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    [NB_LSHIFT] = {"__lshift__", "__rlshift__", "__ilshift__"},
    [NB_MATRIX_MULTIPLY] = {"__matmul__", "__rmatmul__", "__imatmul__"},
    [NB_MULTIPLY] = {"__mul__", "__rmul__", "__imul__"},
    [NB_REMAINDER] = {"__mod__", "__rmod__", "__imod__"},
    [NB_OR] = {"__or__", "__ror__", "__ior__"},
    [NB_POWER] = {"__pow__", "__rpow__", "__ipow__"},
    [NB_RSHIFT] = {"__rshift__", "__rrshift__", "__irshift__"},
    [NB_SUBTRACT] = {"__sub__", "__rsub__", "__isub__"},
    [NB_TRUE_DIVIDE] = {"__truediv__", "__rtruediv__", "__itruediv__"},
    [NB_XOR] = {"__xor__", "__rxor__", "__ixor__"},
};

static Object *slot_binop(int op, Object *a, Object *b)
{
    TypeObject *ta = TYPE(a), *tb = TYPE(b);
    int found = 0;
    bool a_has = TYPE_HAS_FLAG(ta, TPFLAG_HEAPTYPE) && ta->nb[op] == slots_binop_table[op];
    bool b_has = ta != tb && TYPE_HAS_FLAG(tb, TPFLAG_HEAPTYPE) && tb->nb[op] == slots_binop_table[op];
    if (a_has) {
        if (b_has && type_is_subtype(tb, ta)) {
            Object *r = obj_call_special(b, nb_names[op][1], &a, 1, &found);
            if (r == NULL && exc_occurred())
                return NULL;
            if (r != NULL && r != NOTIMPL)
                return r;
            OBJ_XDECREF(r);
            b_has = false;
        }
        Object *r = obj_call_special(a, nb_names[op][0], &b, 1, &found);
        if (r == NULL && exc_occurred())
            return NULL;
        if (r != NULL && r != NOTIMPL)
            return r;
        OBJ_XDECREF(r);
    }
    if (b_has || (tb->nb[op] == slots_binop_table[op] && ta != tb)) {
        Object *r = obj_call_special(b, nb_names[op][1], &a, 1, &found);
        if (r == NULL && exc_occurred())
            return NULL;
        if (r != NULL)
            return r;
    }
    RETURN_NOTIMPL;
}

static Object *slot_inplace(int op, Object *a, Object *b)
{
    int found;
    Object *r = obj_call_special(a, nb_names[op][2], &b, 1, &found);
    if (r == NULL && !found && !exc_occurred())
        RETURN_NOTIMPL;
    return r;
}

#define BINOP_TRAMPOLINES(op)                                                          \
    static Object *slot_nb_##op(Object *a, Object *b) { return slot_binop(op, a, b); }   \
    static Object *slot_inb_##op(Object *a, Object *b) { return slot_inplace(op, a, b); }
BINOP_TRAMPOLINES(NB_ADD)
BINOP_TRAMPOLINES(NB_AND)
BINOP_TRAMPOLINES(NB_FLOOR_DIVIDE)
BINOP_TRAMPOLINES(NB_LSHIFT)
BINOP_TRAMPOLINES(NB_MATRIX_MULTIPLY)
BINOP_TRAMPOLINES(NB_MULTIPLY)
BINOP_TRAMPOLINES(NB_REMAINDER)
BINOP_TRAMPOLINES(NB_OR)
BINOP_TRAMPOLINES(NB_POWER)
BINOP_TRAMPOLINES(NB_RSHIFT)
BINOP_TRAMPOLINES(NB_SUBTRACT)
BINOP_TRAMPOLINES(NB_TRUE_DIVIDE)
BINOP_TRAMPOLINES(NB_XOR)

#define BINOP_ENTRY(op) [op] = slot_nb_##op
const binaryfunc slots_binop_table[NB__COUNT] = {
    BINOP_ENTRY(NB_ADD), BINOP_ENTRY(NB_AND), BINOP_ENTRY(NB_FLOOR_DIVIDE), BINOP_ENTRY(NB_LSHIFT),
    BINOP_ENTRY(NB_MATRIX_MULTIPLY), BINOP_ENTRY(NB_MULTIPLY), BINOP_ENTRY(NB_REMAINDER),
    BINOP_ENTRY(NB_OR), BINOP_ENTRY(NB_POWER), BINOP_ENTRY(NB_RSHIFT), BINOP_ENTRY(NB_SUBTRACT),
    BINOP_ENTRY(NB_TRUE_DIVIDE), BINOP_ENTRY(NB_XOR),
};
#define INB_ENTRY(op) [op] = slot_inb_##op
static const binaryfunc slot_inplace_table[NB__COUNT] = {
    INB_ENTRY(NB_ADD), INB_ENTRY(NB_AND), INB_ENTRY(NB_FLOOR_DIVIDE), INB_ENTRY(NB_LSHIFT),
    INB_ENTRY(NB_MATRIX_MULTIPLY), INB_ENTRY(NB_MULTIPLY), INB_ENTRY(NB_REMAINDER),
    INB_ENTRY(NB_OR), INB_ENTRY(NB_POWER), INB_ENTRY(NB_RSHIFT), INB_ENTRY(NB_SUBTRACT),
    INB_ENTRY(NB_TRUE_DIVIDE), INB_ENTRY(NB_XOR),
};

/* ---- wrappers: calling a C slot from Python ---- */

static bool wrapper_args(const char *name, ssize_t nargs, Object *kwnames, ssize_t n)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != n) {
        exc_format(Exc_TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

static Object *int_result(ssize_t v)
{
    return v == -1 && exc_occurred() ? NULL : int_from_ssize(v);
}

static Object *status_result(int r)
{
    if (r < 0)
        return NULL;
    RETURN_NONE;
}

/* Calls the slot of [d] on self with args; the switch mirrors the slots_defs kinds. */
static Object *wrapper_call_slot(WrapperDescrObject *d, Object *self, Object *const *args, ssize_t nargs,
                                 Object *kwnames)
{
    const SlotDef *s = d->slot;
    TypeObject *t = d->owner;
    const char *name = s->name;
    switch (s->kind) {
    case SK_UNARY:
        if (!wrapper_args(name, nargs, kwnames, 0)) return NULL;
        return (*(unaryfunc *)((char *)t + s->offset))(self);
    case SK_NEXT: {
        if (!wrapper_args(name, nargs, kwnames, 0)) return NULL;
        Object *r = t->iternext(self);
        if (r == NULL && !exc_occurred())
            exc_set_object(Exc_StopIteration, NULL);
        return r;
    }
    case SK_HASH:
        if (!wrapper_args(name, nargs, kwnames, 0)) return NULL;
        return int_result(t->hash(self));
    case SK_LEN:
        if (!wrapper_args(name, nargs, kwnames, 0)) return NULL;
        return int_result(t->len(self));
    case SK_BOOL: {
        if (!wrapper_args(name, nargs, kwnames, 0)) return NULL;
        int r = t->nb_bool(self);
        return r < 0 ? NULL : bool_from(r);
    }
    case SK_BINARY:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return t->nb[s->op](self, args[0]);
    case SK_RBINARY:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return t->nb[s->op](args[0], self);
    case SK_INPLACE:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return t->nb_inplace[s->op](self, args[0]);
    case SK_RICHCMP:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return t->richcompare(self, args[0], s->op);
    case SK_GETITEM:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return t->getitem(self, args[0]);
    case SK_SETITEM:
        if (!wrapper_args(name, nargs, kwnames, 2)) return NULL;
        return status_result(t->setitem(self, args[0], args[1]));
    case SK_DELITEM:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return status_result(t->setitem(self, args[0], NULL));
    case SK_CONTAINS: {
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        int r = t->contains(self, args[0]);
        return r < 0 ? NULL : bool_from(r);
    }
    case SK_CALL:
        return t->call(self, args, nargs, kwnames);
    case SK_GETATTR:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        if (!STR_CHECK(args[0]))
            return exc_format(Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(args[0]));
        return t->getattro(self, args[0]);
    case SK_SETATTR:
        if (!wrapper_args(name, nargs, kwnames, 2)) return NULL;
        return status_result(t->setattro(self, args[0], args[1]));
    case SK_DELATTR:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return status_result(t->setattro(self, args[0], NULL));
    case SK_DESCR_GET:
        if (nargs < 1 || nargs > 2)
            return exc_set_string(Exc_TypeError, "__get__(None, None) is invalid");
        return t->descr_get(self, args[0] == NONE ? NULL : args[0], nargs > 1 && args[1] != NONE ? args[1] : NULL);
    case SK_DESCR_SET:
        if (!wrapper_args(name, nargs, kwnames, 2)) return NULL;
        return status_result(t->descr_set(self, args[0], args[1]));
    case SK_DESCR_DELETE:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return status_result(t->descr_set(self, args[0], NULL));
    case SK_INIT:
        return status_result(t->tp_init(self, args, nargs, kwnames));
    case SK_SQ_CONCAT:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return t->sq_concat(self, args[0]);
    case SK_SQ_INPLACE_CONCAT:
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        return t->sq_inplace_concat(self, args[0]);
    case SK_SQ_REPEAT:
    case SK_SQ_INPLACE_REPEAT: {
        if (!wrapper_args(name, nargs, kwnames, 1)) return NULL;
        if (TYPE(args[0])->nb_index == NULL)
            RETURN_NOTIMPL;
        ssize_t n = obj_as_ssize(args[0], Exc_OverflowError);
        if (n == -1 && exc_occurred())
            return NULL;
        return s->kind == SK_SQ_REPEAT ? t->sq_repeat(self, n) : t->sq_inplace_repeat(self, n);
    }
    case SK_NEW:
    case SK_FINALIZE:
        break;
    }
    return exc_bad_internal_call("wrapper_call_slot");
}

#define SLOT_OFF(field) offsetof(TypeObject, field)
#define NB_OFF(op) (offsetof(TypeObject, nb) + (op) * sizeof(binaryfunc))
#define NBI_OFF(op) (offsetof(TypeObject, nb_inplace) + (op) * sizeof(binaryfunc))
#define BIN_DEFS(op, n, rn, in)                                                           \
    {n, NB_OFF(op), SK_BINARY, op, (void *)0, NULL},                                        \
    {rn, NB_OFF(op), SK_RBINARY, op, (void *)0, NULL},                                      \
    {in, NBI_OFF(op), SK_INPLACE, op, (void *)0, NULL}

/* The trampoline for binary entries is taken from the tables above (index op). */
const SlotDef slots_defs[] = {
    {"__repr__", SLOT_OFF(repr), SK_UNARY, 0, (void *)slot_repr, NULL},
    {"__str__", SLOT_OFF(str), SK_UNARY, 0, (void *)slot_str, NULL},
    {"__hash__", SLOT_OFF(hash), SK_HASH, 0, (void *)slot_hash, NULL},
    {"__call__", SLOT_OFF(call), SK_CALL, 0, (void *)slot_call, NULL},
    {"__getattribute__", SLOT_OFF(getattro), SK_GETATTR, 0, (void *)slot_getattro, NULL},
    {"__getattr__", SLOT_OFF(getattro), SK_GETATTR, 0, (void *)slot_getattro, "no-wrapper"},
    {"__setattr__", SLOT_OFF(setattro), SK_SETATTR, 0, (void *)slot_setattro, NULL},
    {"__delattr__", SLOT_OFF(setattro), SK_DELATTR, 0, (void *)slot_setattro, NULL},
    {"__lt__", SLOT_OFF(richcompare), SK_RICHCMP, RICH_LT, (void *)slot_richcompare, NULL},
    {"__le__", SLOT_OFF(richcompare), SK_RICHCMP, RICH_LE, (void *)slot_richcompare, NULL},
    {"__eq__", SLOT_OFF(richcompare), SK_RICHCMP, RICH_EQ, (void *)slot_richcompare, NULL},
    {"__ne__", SLOT_OFF(richcompare), SK_RICHCMP, RICH_NE, (void *)slot_richcompare, NULL},
    {"__gt__", SLOT_OFF(richcompare), SK_RICHCMP, RICH_GT, (void *)slot_richcompare, NULL},
    {"__ge__", SLOT_OFF(richcompare), SK_RICHCMP, RICH_GE, (void *)slot_richcompare, NULL},
    {"__iter__", SLOT_OFF(iter), SK_UNARY, 0, (void *)slot_iter, NULL},
    {"__next__", SLOT_OFF(iternext), SK_NEXT, 0, (void *)slot_iternext, NULL},
    {"__get__", SLOT_OFF(descr_get), SK_DESCR_GET, 0, (void *)slot_descr_get, NULL},
    {"__set__", SLOT_OFF(descr_set), SK_DESCR_SET, 0, (void *)slot_descr_set, NULL},
    {"__delete__", SLOT_OFF(descr_set), SK_DESCR_DELETE, 0, (void *)slot_descr_set, NULL},
    {"__init__", SLOT_OFF(tp_init), SK_INIT, 0, (void *)slot_init, NULL},
    {"__new__", SLOT_OFF(tp_new), SK_NEW, 0, (void *)slot_new, "no-wrapper"},
    {"__del__", SLOT_OFF(finalize), SK_FINALIZE, 0, (void *)slot_finalize, "no-wrapper"},
    {"__len__", SLOT_OFF(len), SK_LEN, 0, (void *)slot_len, NULL},
    {"__getitem__", SLOT_OFF(getitem), SK_GETITEM, 0, (void *)slot_getitem, NULL},
    {"__setitem__", SLOT_OFF(setitem), SK_SETITEM, 0, (void *)slot_setitem, NULL},
    {"__delitem__", SLOT_OFF(setitem), SK_DELITEM, 0, (void *)slot_setitem, NULL},
    {"__contains__", SLOT_OFF(contains), SK_CONTAINS, 0, (void *)slot_contains, NULL},
    {"__bool__", SLOT_OFF(nb_bool), SK_BOOL, 0, (void *)slot_bool, NULL},
    {"__neg__", SLOT_OFF(nb_negative), SK_UNARY, 0, (void *)slot_neg, NULL},
    {"__pos__", SLOT_OFF(nb_positive), SK_UNARY, 0, (void *)slot_pos, NULL},
    {"__abs__", SLOT_OFF(nb_absolute), SK_UNARY, 0, (void *)slot_abs, NULL},
    {"__invert__", SLOT_OFF(nb_invert), SK_UNARY, 0, (void *)slot_invert, NULL},
    {"__int__", SLOT_OFF(nb_int), SK_UNARY, 0, (void *)slot_int, NULL},
    {"__float__", SLOT_OFF(nb_float), SK_UNARY, 0, (void *)slot_float, NULL},
    {"__index__", SLOT_OFF(nb_index), SK_UNARY, 0, (void *)slot_index, NULL},
    BIN_DEFS(NB_ADD, "__add__", "__radd__", "__iadd__"),
    BIN_DEFS(NB_AND, "__and__", "__rand__", "__iand__"),
    BIN_DEFS(NB_FLOOR_DIVIDE, "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    BIN_DEFS(NB_LSHIFT, "__lshift__", "__rlshift__", "__ilshift__"),
    BIN_DEFS(NB_MATRIX_MULTIPLY, "__matmul__", "__rmatmul__", "__imatmul__"),
    BIN_DEFS(NB_MULTIPLY, "__mul__", "__rmul__", "__imul__"),
    BIN_DEFS(NB_REMAINDER, "__mod__", "__rmod__", "__imod__"),
    BIN_DEFS(NB_OR, "__or__", "__ror__", "__ior__"),
    BIN_DEFS(NB_POWER, "__pow__", "__rpow__", "__ipow__"),
    BIN_DEFS(NB_RSHIFT, "__rshift__", "__rrshift__", "__irshift__"),
    BIN_DEFS(NB_SUBTRACT, "__sub__", "__rsub__", "__isub__"),
    BIN_DEFS(NB_TRUE_DIVIDE, "__truediv__", "__rtruediv__", "__itruediv__"),
    BIN_DEFS(NB_XOR, "__xor__", "__rxor__", "__ixor__"),
    /* sequence slots: wrappers for built-in types that have no number slot for the operator */
    {"__add__", SLOT_OFF(sq_concat), SK_SQ_CONCAT, 0, NULL, NULL},
    {"__mul__", SLOT_OFF(sq_repeat), SK_SQ_REPEAT, 0, NULL, NULL},
    {"__rmul__", SLOT_OFF(sq_repeat), SK_SQ_REPEAT, 0, NULL, NULL},
    {"__iadd__", SLOT_OFF(sq_inplace_concat), SK_SQ_INPLACE_CONCAT, 0, NULL, NULL},
    {"__imul__", SLOT_OFF(sq_inplace_repeat), SK_SQ_INPLACE_REPEAT, 0, NULL, NULL},
    {NULL, 0, 0, 0, NULL, NULL}
};

static void *slot_trampoline(const SlotDef *s)
{
    if (s->kind == SK_BINARY || s->kind == SK_RBINARY)
        return (void *)slots_binop_table[s->op];
    if (s->kind == SK_INPLACE)
        return (void *)slot_inplace_table[s->op];
    return s->trampoline;
}

static void *read_slot(TypeObject *t, const SlotDef *s)
{
    return *(void **)((char *)t + s->offset);
}

/* ---- wrapper descriptor type ---- */

static void wrapper_dealloc(Object *self)
{
    obj_free(self);
}

static Object *wrapper_descr_get(Object *self, Object *obj, Object *type)
{
    UNUSED(type);
    if (obj == NULL)
        return obj_newref(self);
    return method_wrapper_new(self, obj);
}

static Object *wrapper_descr_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    WrapperDescrObject *d = (WrapperDescrObject *)callable;
    if (nargs < 1)
        return exc_format(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->slot->name, d->owner->name);
    if (!type_is_subtype(TYPE(args[0]), d->owner))
        return exc_format(Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                          d->slot->name, d->owner->name, obj_type_name(args[0]));
    return wrapper_call_slot(d, args[0], args + 1, nargs - 1, kwnames);
}

static Object *wrapper_repr(Object *self)
{
    WrapperDescrObject *d = (WrapperDescrObject *)self;
    return str_from_format("<slot wrapper '%s' of '%s' objects>", d->slot->name, d->owner->name);
}

static Object *wrapper_get_name(Object *self, void *c)
{
    UNUSED(c);
    return str_from_cstr(((WrapperDescrObject *)self)->slot->name);
}

static Object *wrapper_get_qualname(Object *self, void *c)
{
    UNUSED(c);
    WrapperDescrObject *d = (WrapperDescrObject *)self;
    return str_from_format("%s.%s", d->owner->name, d->slot->name);
}

static GetSetDef wrapper_getset[] = {
    {"__name__", wrapper_get_name, NULL, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject wrapper_descr_type = {
    .ob = {{1, &type_type}, 0},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperDescrObject),
    .flags = TPFLAG_METHOD_DESCRIPTOR,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getset = wrapper_getset,
};

/* method-wrapper: a slot wrapper bound to an instance (obj.__add__) */
typedef struct MethodWrapperObject {
    Object ob;
    Object *descr, *self;
} MethodWrapperObject;

static int mw_traverse(Object *o, visitproc visit, void *arg)
{
    VISIT(((MethodWrapperObject *)o)->self);
    return 0;
}

static void mw_dealloc(Object *o)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    gc_untrack(o);
    OBJ_CLEAR(m->descr);
    OBJ_CLEAR(m->self);
    obj_free(o);
}

static Object *mw_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    MethodWrapperObject *m = (MethodWrapperObject *)callable;
    return wrapper_call_slot((WrapperDescrObject *)m->descr, m->self, args, nargs, kwnames);
}

static Object *mw_repr(Object *o)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    return str_from_format("<method-wrapper '%s' of %s object at %p>",
                           ((WrapperDescrObject *)m->descr)->slot->name, obj_type_name(m->self), (void *)m->self);
}

static Object *mw_get_self(Object *o, void *c)
{
    UNUSED(c);
    return obj_newref(((MethodWrapperObject *)o)->self);
}

static Object *mw_get_name(Object *o, void *c)
{
    UNUSED(c);
    return str_from_cstr(((WrapperDescrObject *)((MethodWrapperObject *)o)->descr)->slot->name);
}

static GetSetDef mw_getset[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject method_wrapper_type = {
    .ob = {{1, &type_type}, 0},
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObject),
    .flags = TPFLAG_GC,
    .dealloc = mw_dealloc,
    .traverse = mw_traverse,
    .repr = mw_repr,
    .call = mw_call,
    .getset = mw_getset,
};

Object *method_wrapper_new(Object *descr, Object *self)
{
    MethodWrapperObject *m = (MethodWrapperObject *)obj_alloc(&method_wrapper_type, 0);
    if (m == NULL)
        return NULL;
    m->descr = obj_newref(descr);
    m->self = obj_newref(self);
    gc_track((Object *)m);
    return (Object *)m;
}

/* ---- installing ---- */

static Object *new_wrapper_fn(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    /* T.__new__(S, ...): S must be a subtype of T */
    TypeObject *t = (TypeObject *)self;
    if (nargs < 1)
        return exc_format(Exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    Object *sub = args[0];
    if (!TYPE_HAS_FLAG(TYPE(sub), TPFLAG_TYPE_SUBCLASS))
        return exc_format(Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name, obj_type_name(sub));
    if (!type_is_subtype((TypeObject *)sub, t))
        return exc_format(Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name,
                          ((TypeObject *)sub)->name, ((TypeObject *)sub)->name, t->name);
    /* the most derived built-in base of sub must use this very __new__ (CPython's tp_new_wrapper) */
    TypeObject *staticbase = (TypeObject *)sub;
    while (staticbase != NULL && staticbase->tp_new == slot_new)
        staticbase = staticbase->base;
    if (staticbase != NULL && staticbase->tp_new != t->tp_new)
        return exc_format(Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name,
                          ((TypeObject *)sub)->name, staticbase->name);
    Object *o = t->tp_new((TypeObject *)sub, args + 1, nargs - 1, kwnames);
    if (o != NULL)
        type_track_instance(o);
    return o;
}

static MethodDef new_wrapper_def = {"__new__", new_wrapper_fn, 0, "Create and return a new object."};

int slots_add_wrappers(TypeObject *t)
{
    for (const SlotDef *s = slots_defs; s->name != NULL; s++) {
        if (s->flags != NULL && s->kind != SK_NEW)
            continue;
        void *fn = read_slot(t, s);
        if (fn == NULL)
            continue;
        /* only the slots this type defines itself, not those it inherits */
        if (t->base != NULL && read_slot(t->base, s) == fn)
            continue;
        Object *name = slots_dunder(s->name);        /* interned once for all types */
        if (name == NULL)
            return -1;
        if (dict_get_item_borrow(t->dict, name) != NULL)
            continue;
        Object *w;
        if (s->kind == SK_NEW) {
            w = builtin_function_new(&new_wrapper_def, (Object *)t, NULL);
        } else {
            WrapperDescrObject *d = (WrapperDescrObject *)obj_alloc(&wrapper_descr_type, 0);
            if (d != NULL) {
                d->slot = s;
                d->owner = t;
            }
            w = (Object *)d;
        }
        if (w == NULL || dict_set_item(t->dict, name, w) < 0) {
            OBJ_XDECREF(w);
            return -1;
        }
        OBJ_DECREF(w);
    }
    return 0;
}

/* Re-points the C slot at [offset] of heap type [t]: at the trampoline when any dunder sharing
 * that slot (__lt__ .. __ge__ share richcompare) has a Python-level definition along the MRO, at the
 * C function of a built-in base when only its slot wrapper is found. */
static void update_slot_offset(TypeObject *t, size_t offset)
{
    void *tramp = NULL, *inherited = NULL;
    bool python_level = false, unhashable = false, builtin_new = false;
    for (const SlotDef *s = slots_defs; s->name != NULL; s++) {
        if (s->offset != offset || (s->trampoline == NULL && s->kind >= SK_SQ_CONCAT))
            continue;       /* sequence slots have no trampoline: classes use the number slots */
        Object *name = str_intern_cstr(s->name);
        if (name == NULL) {
            exc_clear();
            return;
        }
        Object *descr = type_lookup_borrow(t, name);
        OBJ_DECREF(name);
        tramp = slot_trampoline(s);
        if (descr == NULL)
            continue;
        if (TYPE(descr) == &wrapper_descr_type) {
            /* a built-in base's slot: reuse it when it is this very slot */
            if (inherited == NULL && ((WrapperDescrObject *)descr)->slot->offset == offset)
                inherited = read_slot(((WrapperDescrObject *)descr)->owner, s);
        } else if (s->kind == SK_HASH && descr == NONE) {
            unhashable = true;
        } else if (s->kind == SK_NEW && TYPE(descr) == &builtin_function_type) {
            builtin_new = true;
        } else {
            python_level = true;
        }
    }
    if (python_level)
        *(void **)((char *)t + offset) = tramp;
    else if (unhashable)
        *(void **)((char *)t + offset) = NULL;
    else if (inherited != NULL && !builtin_new)
        *(void **)((char *)t + offset) = inherited;
}

void slots_fixup_heap_type(TypeObject *t)
{
    for (const SlotDef *s = slots_defs; s->name != NULL; s++)
        update_slot_offset(t, s->offset);
}

void type_update_slot(TypeObject *t, Object *name)
{
    if (!TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE))
        return;
    for (const SlotDef *s = slots_defs; s->name != NULL; s++)
        if (str_eq_cstr(name, s->name))
            update_slot_offset(t, s->offset);
    type_modified(t);
}
