/* abstract.c: the protocols that dispatch through type slots: calls, iteration, items, length,
 * membership, arithmetic (with CPython's reflected-operand rules and error messages), conversions
 * to index/int/float, and isinstance/issubclass. */
#include "objects/object.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/int_internal.h"
#include "objects/floatobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/rangeobject.h"
#include "objects/funcobject.h"
#include "objects/genericalias.h"
#include "vm/errors.h"
#include <string.h>
#include <limits.h>
#include <stdlib.h>

const char *const nb_op_symbols[NB__COUNT] = {
    [NB_ADD] = "+", [NB_AND] = "&", [NB_FLOOR_DIVIDE] = "//", [NB_LSHIFT] = "<<",
    [NB_MATRIX_MULTIPLY] = "@", [NB_MULTIPLY] = "*", [NB_REMAINDER] = "%", [NB_OR] = "|",
    [NB_POWER] = "**", [NB_RSHIFT] = ">>", [NB_SUBTRACT] = "-", [NB_TRUE_DIVIDE] = "/",
    [NB_XOR] = "^",
};

/* ---- calls ---- */

Object *obj_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    callfunc call = TYPE(callable)->call;
    if (call == NULL)
        return exc_format(Exc_TypeError, "'%s' object is not callable", obj_type_name(callable));
    /* Python functions count their own frame (vm_eval); only other callables count here,
     * as CPython 3.11 counts only calls through tp_call */
    if (TYPE(callable) == &function_type || TYPE(callable) == &method_type)
        return call(callable, args, nargs, kwnames);
    if (vm_enter_recursion(" while calling a Python object"))
        return NULL;
    Object *r = call(callable, args, nargs, kwnames);
    vm_leave_recursion();
    return r;
}

Object *obj_call_tuple_dict(Object *callable, Object *args, Object *kwargs)
{
    ssize_t nargs = TUPLE_SIZE(args);
    ssize_t nkw = kwargs ? DICT_SIZE(kwargs) : 0;
    if (nkw == 0)
        return obj_call(callable, TUPLE_ITEMS(args), nargs, NULL);
    Object *small[16];
    Object **stack = small;
    if (nargs + nkw > 16) {
        stack = malloc(sizeof(Object *) * (size_t)(nargs + nkw));
        if (stack == NULL)
            return exc_no_memory();
    }
    Object *kwnames = tuple_new(nkw);
    if (kwnames == NULL) {
        if (stack != small) free(stack);
        return NULL;
    }
    memcpy(stack, TUPLE_ITEMS(args), sizeof(Object *) * (size_t)nargs);
    ssize_t pos = 0, i = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!STR_CHECK(k)) {
            OBJ_DECREF(kwnames);
            if (stack != small) free(stack);
            return exc_set_string(Exc_TypeError, "keywords must be strings");
        }
        tuple_set_item_steal(kwnames, i, obj_newref(k));
        stack[nargs + i] = v;
        i++;
    }
    Object *r = obj_call(callable, stack, nargs, kwnames);
    OBJ_DECREF(kwnames);
    if (stack != small) free(stack);
    return r;
}

Object *obj_call_noargs(Object *callable)
{
    return obj_call(callable, NULL, 0, NULL);
}

Object *obj_call_one(Object *callable, Object *arg)
{
    return obj_call(callable, &arg, 1, NULL);
}

Object *obj_call_method(Object *o, const char *name, Object *const *args, ssize_t nargs)
{
    Object *m = obj_getattr_cstr(o, name);
    if (m == NULL)
        return NULL;
    Object *r = obj_call(m, args, nargs, NULL);
    OBJ_DECREF(m);
    return r;
}

bool obj_is_callable(Object *o)
{
    return TYPE(o)->call != NULL;
}

/* ---- iteration, items, length ---- */

Object *obj_get_iter(Object *o)
{
    TypeObject *t = TYPE(o);
    if (t->iter == NULL) {
        if (t->getitem != NULL && !DICT_CHECK(o))
            return seq_iter_new(o);
        return exc_format(Exc_TypeError, "'%s' object is not iterable", t->name);
    }
    Object *it = t->iter(o);
    if (it != NULL && TYPE(it)->iternext == NULL) {
        exc_format(Exc_TypeError, "iter() returned non-iterator of type '%s'", obj_type_name(it));
        OBJ_DECREF(it);
        return NULL;
    }
    return it;
}

Object *obj_iter_next(Object *it)
{
    unaryfunc next = TYPE(it)->iternext;
    if (next == NULL)
        return exc_format(Exc_TypeError, "'%s' object is not an iterator", obj_type_name(it));
    Object *r = next(it);
    if (r == NULL && exc_matches(Exc_StopIteration))
        exc_clear();
    return r;
}

ssize_t obj_len(Object *o)
{
    lenfunc len = TYPE(o)->len;
    if (len == NULL) {
        exc_format(Exc_TypeError, "object of type '%s' has no len()", obj_type_name(o));
        return -1;
    }
    return len(o);
}

Object *obj_getitem(Object *o, Object *key)
{
    binaryfunc get = TYPE(o)->getitem;
    if (get == NULL) {
        if (TYPE_HAS_FLAG(TYPE(o), TPFLAG_TYPE_SUBCLASS)) {
            if (o == (Object *)&type_type)
                return generic_alias_new(o, key);      /* type[int], as CPython's PyObject_GetItem */
            Object *cg = obj_getattr_cstr(o, "__class_getitem__");
            if (cg != NULL) {
                Object *r = obj_call_one(cg, key);
                OBJ_DECREF(cg);
                return r;
            }
            exc_clear();
            return exc_format(Exc_TypeError, "type '%s' is not subscriptable", ((TypeObject *)o)->name);
        }
        return exc_format(Exc_TypeError, "'%s' object is not subscriptable", obj_type_name(o));
    }
    return get(o, key);
}

int obj_setitem(Object *o, Object *key, Object *value)
{
    objobjargproc set = TYPE(o)->setitem;
    if (set == NULL) {
        exc_format(Exc_TypeError, "'%s' object does not support item assignment", obj_type_name(o));
        return -1;
    }
    return set(o, key, value);
}

int obj_delitem(Object *o, Object *key)
{
    objobjargproc set = TYPE(o)->setitem;
    if (set == NULL) {
        if (TYPE(o)->getitem != NULL)
            exc_format(Exc_TypeError, "'%s' object doesn't support item deletion", obj_type_name(o));
        else
            exc_format(Exc_TypeError, "'%s' object does not support item deletion", obj_type_name(o));
        return -1;
    }
    return set(o, key, NULL);
}

int obj_contains(Object *container, Object *item)
{
    objobjproc contains = TYPE(container)->contains;
    if (contains != NULL)
        return contains(container, item);
    TypeObject *t = TYPE(container);
    if (t->iter == NULL && t->getitem == NULL) {
        exc_format(Exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Object *it = obj_get_iter(container);
    if (it == NULL)
        return -1;
    int found = 0;
    Object *x;
    while ((x = obj_iter_next(it)) != NULL) {
        int eq = obj_richcompare_bool(x, item, RICH_EQ);
        OBJ_DECREF(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    OBJ_DECREF(it);
    if (found == 0 && exc_occurred())
        return -1;
    return found;
}

/* ---- arithmetic ---- */

/* CPython's binary_op1: the right operand's slot goes first when its type is a subclass of the
 * left's and overrides the slot. Returns NotImplemented (new ref) when neither side can do it. */
static Object *binary_op1(Object *v, Object *w, int op, bool inplace)
{
    binaryfunc slotv = NULL, slotw = NULL;
    if (inplace && TYPE(v)->nb_inplace[op] != NULL) {
        Object *x = TYPE(v)->nb_inplace[op](v, w);
        if (x != NOTIMPL)
            return x;
        OBJ_DECREF(x);
    }
    slotv = TYPE(v)->nb[op];
    if (TYPE(w) != TYPE(v)) {
        slotw = TYPE(w)->nb[op];
        if (slotw == slotv)
            slotw = NULL;
    }
    if (slotv != NULL) {
        if (slotw != NULL && type_is_subtype(TYPE(w), TYPE(v))) {
            Object *x = slotw(v, w);
            if (x != NOTIMPL)
                return x;
            OBJ_DECREF(x);
            slotw = NULL;
        }
        Object *x = slotv(v, w);
        if (x != NOTIMPL)
            return x;
        OBJ_DECREF(x);
    }
    if (slotw != NULL)
        return slotw(v, w);
    RETURN_NOTIMPL;
}

static Object *binop_type_error(Object *v, Object *w, int op, bool inplace)
{
    if (op == NB_POWER && !inplace)
        return exc_format(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                          obj_type_name(v), obj_type_name(w));
    return exc_format(Exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                      nb_op_symbols[op], inplace ? "=" : "", obj_type_name(v), obj_type_name(w));
}

static Object *sequence_repeat(ssizeargfunc repeat, Object *seq, Object *n)
{
    if (TYPE(n)->nb_index == NULL)
        return exc_format(Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          obj_type_name(n));
    ssize_t count = obj_as_ssize(n, Exc_OverflowError);
    if (count == -1 && exc_occurred())
        return NULL;
    return repeat(seq, count);
}

static Object *binary_or_inplace(Object *v, Object *w, int op, bool inplace)
{
    Object *r = binary_op1(v, w, op, inplace);
    if (r != NOTIMPL)
        return r;
    OBJ_DECREF(r);
    TypeObject *tv = TYPE(v), *tw = TYPE(w);
    if (op == NB_ADD) {
        if (inplace && tv->sq_inplace_concat != NULL)
            return tv->sq_inplace_concat(v, w);
        if (tv->sq_concat != NULL)
            return tv->sq_concat(v, w);
    } else if (op == NB_MULTIPLY) {
        if (inplace && tv->sq_inplace_repeat != NULL)
            return sequence_repeat(tv->sq_inplace_repeat, v, w);
        if (tv->sq_repeat != NULL)
            return sequence_repeat(tv->sq_repeat, v, w);
        if (tw->sq_repeat != NULL)
            return sequence_repeat(tw->sq_repeat, w, v);
    }
    return binop_type_error(v, w, op, inplace);
}

Object *obj_binary_op(Object *a, Object *b, int nb)
{
    return binary_or_inplace(a, b, nb, false);
}

Object *obj_inplace_op(Object *a, Object *b, int nb)
{
    return binary_or_inplace(a, b, nb, true);
}

static Object *unary(Object *o, unaryfunc f, const char *sym)
{
    if (f == NULL)
        return exc_format(Exc_TypeError, "bad operand type for %s: '%s'", sym, obj_type_name(o));
    return f(o);
}

Object *obj_negative(Object *o) { return unary(o, TYPE(o)->nb_negative, "unary -"); }
Object *obj_positive(Object *o) { return unary(o, TYPE(o)->nb_positive, "unary +"); }
Object *obj_invert(Object *o) { return unary(o, TYPE(o)->nb_invert, "unary ~"); }
Object *obj_absolute(Object *o) { return unary(o, TYPE(o)->nb_absolute, "abs()"); }

Object *obj_index(Object *o)
{
    if (INT_CHECK_EXACT(o))
        return obj_newref(o);
    if (INT_CHECK(o))
        return int_exact(o);          /* True -> 1: operator.index gives an exact int */
    unaryfunc f = TYPE(o)->nb_index;
    if (f == NULL)
        return exc_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(o));
    Object *r = f(o);
    if (r != NULL && !INT_CHECK(r)) {
        exc_format(Exc_TypeError, "__index__ returned non-int (type %s)", obj_type_name(r));
        OBJ_DECREF(r);
        return NULL;
    }
    return r;
}

ssize_t obj_as_ssize(Object *o, TypeObject *overflow_exc)
{
    Object *i = obj_index(o);
    if (i == NULL)
        return -1;
    int overflow = 0;
    long v = int_as_long(i, &overflow);
    if (overflow) {
        if (overflow_exc == NULL) {
            v = overflow < 0 ? LONG_MIN : LONG_MAX;
        } else {
            exc_format(overflow_exc, "cannot fit '%s' into an index-sized integer", obj_type_name(o));
            v = -1;
        }
    }
    OBJ_DECREF(i);
    return (ssize_t)v;
}

Object *obj_number_int(Object *o)
{
    if (INT_CHECK_EXACT(o))
        return obj_newref(o);
    TypeObject *t = TYPE(o);
    if (t->nb_int != NULL) {
        Object *r = t->nb_int(o);
        if (r != NULL && !INT_CHECK(r)) {
            exc_format(Exc_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
            OBJ_DECREF(r);
            return NULL;
        }
        return r;
    }
    if (t->nb_index != NULL)
        return obj_index(o);
    Object *trunc = obj_getattr_cstr(o, "__trunc__");
    if (trunc != NULL) {
        Object *r = obj_call_noargs(trunc);
        OBJ_DECREF(trunc);
        if (r != NULL && !INT_CHECK(r)) {
            Object *i = obj_index(r);
            OBJ_DECREF(r);
            return i;
        }
        return r;
    }
    exc_clear();
    if (STR_CHECK(o))
        return int_from_string(STR_DATA(o), STR_NBYTES(o), 10);
    return exc_format(Exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      obj_type_name(o));
}

Object *obj_number_float(Object *o)
{
    if (TYPE(o) == &float_type)
        return obj_newref(o);
    TypeObject *t = TYPE(o);
    if (t->nb_float != NULL) {
        Object *r = t->nb_float(o);
        if (r != NULL && !FLOAT_CHECK(r)) {
            exc_format(Exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name, obj_type_name(r));
            OBJ_DECREF(r);
            return NULL;
        }
        return r;
    }
    if (t->nb_index != NULL) {
        Object *i = obj_index(o);
        if (i == NULL)
            return NULL;
        double d = int_as_double(i);
        OBJ_DECREF(i);
        if (d == -1.0 && exc_occurred())
            return NULL;
        return float_new(d);
    }
    if (STR_CHECK(o))
        return float_from_string(STR_DATA(o), STR_NBYTES(o));
    return exc_format(Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                      obj_type_name(o));
}

/* ---- isinstance / issubclass ---- */

bool type_is_subtype(TypeObject *a, TypeObject *b)
{
    if (a == b)
        return true;
    Object *mro = a->mro;
    if (mro != NULL) {
        ssize_t n = TUPLE_SIZE(mro);
        for (ssize_t i = 0; i < n; i++)
            if (TUPLE_GET(mro, i) == (Object *)b)
                return true;
        return false;
    }
    for (TypeObject *t = a->base; t != NULL; t = t->base)
        if (t == b)
            return true;
    return b == &object_type;
}

#define IS_TYPE(o) TYPE_HAS_FLAG(TYPE(o), TPFLAG_TYPE_SUBCLASS)

int obj_is_instance(Object *o, Object *cls)
{
    if (TYPE(cls) == &union_type)
        cls = union_args_borrow(cls);
    if (IS_TYPE(cls))
        return TYPE(o) == (TypeObject *)cls || type_is_subtype(TYPE(o), (TypeObject *)cls);
    if (TUPLE_CHECK(cls)) {
        if (vm_enter_recursion(" in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = obj_is_instance(o, TUPLE_GET(cls, i));
        vm_leave_recursion();
        return r;
    }
    exc_set_string(Exc_TypeError,
                   "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int obj_is_subclass(Object *derived, Object *cls)
{
    if (!IS_TYPE(derived)) {
        exc_set_string(Exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (TYPE(cls) == &union_type)
        cls = union_args_borrow(cls);
    if (IS_TYPE(cls))
        return type_is_subtype((TypeObject *)derived, (TypeObject *)cls);
    if (TUPLE_CHECK(cls)) {
        if (vm_enter_recursion(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = obj_is_subclass(derived, TUPLE_GET(cls, i));
        vm_leave_recursion();
        return r;
    }
    exc_set_string(Exc_TypeError,
                   "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

Object *obj_format(Object *v, Object *spec)
{
    Object *empty = NULL;
    if (spec == NULL) {
        spec = empty = str_from_cstr("");
        if (spec == NULL)
            return NULL;
    }
    Object *r = obj_call_special(v, "__format__", &spec, 1, NULL);
    OBJ_XDECREF(empty);
    if (r != NULL && !STR_CHECK(r)) {
        exc_format(Exc_TypeError, "__format__ must return a str, not %s", obj_type_name(r));
        OBJ_DECREF(r);
        return NULL;
    }
    return r;
}
