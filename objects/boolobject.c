/* boolobject.c: bool, the subclass of int with exactly two instances, True and False
 * (statically allocated IntObjects). & | ^ between two bools give a bool; everything else is int
 * arithmetic, inherited from int_type by type_ready. */
#include "objects/int_internal.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "vm/errors.h"

IntObject int_false = { { { 1, &bool_type }, 0 }, { 0 } };
IntObject int_true = { { { 1, &bool_type }, 1 }, { 1 } };

static Object *bool_repr(Object *o)
{
    return str_from_cstr(o == TRUE_OBJ ? "True" : "False");
}

static Object *bool_and(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from(a == TRUE_OBJ && b == TRUE_OBJ);
    return int_and_slot(a, b);
}

static Object *bool_or(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from(a == TRUE_OBJ || b == TRUE_OBJ);
    return int_or_slot(a, b);
}

static Object *bool_xor(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from((a == TRUE_OBJ) != (b == TRUE_OBJ));
    return int_xor_slot(a, b);
}

static Object *bool_new_impl(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_set_string(Exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1)
        return exc_format(Exc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
    if (nargs == 0)
        RETURN_FALSE;
    int t = obj_is_true(args[0]);
    if (t < 0)
        return NULL;
    return bool_from(t);
}

static void bool_dealloc(Object *o)
{
    /* a refcount bug elsewhere: the two bools are static (CPython aborts here) */
    fprintf(stderr, "tally: deallocating %s\n", o == TRUE_OBJ ? "True" : "False");
    o->refcnt = (ssize_t)1 << 40;
}

TypeObject bool_type = {
    .ob = { { 1, &type_type }, 0 },
    .name = "bool",
    .basicsize = offsetof(IntObject, d),
    .itemsize = sizeof(digit),
    .flags = TPFLAG_INT_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .doc = "bool(x) -> bool\n\n"
           "Returns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .str = bool_repr,
    .nb = {
        [NB_AND] = bool_and,
        [NB_OR] = bool_or,
        [NB_XOR] = bool_xor,
    },
    .tp_new = bool_new_impl,
    .base = &int_type,
};
