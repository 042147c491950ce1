/* eval_match.c: the slow paths of the pattern-matching opcodes (GET_LEN, MATCH_MAPPING,
 * MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS), after CPython 3.11's ceval.c (match_keys,
 * match_class). Declared in vm/eval_helpers.h. */
#include "vm/eval_helpers.h"
#include "vm/errors.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/setobject.h"
#include "objects/bytearrayobject.h"

/* collections.abc's flags (CPython's Py_TPFLAGS_SEQUENCE / _MAPPING): a Python class opts in
 * with a class attribute __abc_tpflags__ holding these bits (collections.deque-like classes). */
#define ABC_FLAG_SEQUENCE (1 << 5)
#define ABC_FLAG_MAPPING (1 << 6)

static int abc_flags(TypeObject *t)
{
    if (!TYPE_HAS_FLAG(t, TPFLAG_HEAPTYPE)) return 0;
    Object *name = str_from_cstr("__abc_tpflags__");
    if (!name) return -1;
    Object *v = type_lookup_borrow(t, name);
    OBJ_DECREF(name);
    if (!v || !TYPE_HAS_FLAG(TYPE(v), TPFLAG_INT_SUBCLASS) || TYPE(v) == &bool_type) return 0;
    int overflow;
    long bits = int_as_long(v, &overflow);
    return overflow ? 0 : (int)(bits & (ABC_FLAG_SEQUENCE | ABC_FLAG_MAPPING));
}

Object *eval_get_len(Object *o)
{
    ssize_t n = obj_len(o);
    return n < 0 ? NULL : int_from_ssize(n);
}

int eval_match_mapping(Object *subject)
{
    TypeObject *t = TYPE(subject);
    if (TYPE_HAS_FLAG(t, TPFLAG_DICT_SUBCLASS)) return 1;
    int f = abc_flags(t);
    return f < 0 ? -1 : (f & ABC_FLAG_MAPPING) != 0;
}

int eval_match_sequence(Object *subject)
{
    TypeObject *t = TYPE(subject);
    if (TYPE_HAS_FLAG(t, TPFLAG_LIST_SUBCLASS) || TYPE_HAS_FLAG(t, TPFLAG_TUPLE_SUBCLASS) ||
        t == &range_type)
        return 1;
    if (TYPE_HAS_FLAG(t, TPFLAG_STR_SUBCLASS) || TYPE_HAS_FLAG(t, TPFLAG_BYTES_SUBCLASS) ||
        type_is_subtype(t, &bytearray_type))
        return 0;
    int f = abc_flags(t);
    return f < 0 ? -1 : (f & ABC_FLAG_SEQUENCE) != 0;
}

Object *eval_match_keys(Object *subject, Object *keys)
{
    ssize_t n = TUPLE_SIZE(keys);
    if (n == 0) return tuple_new(0);
    Object *get = NULL, *seen = NULL, *values = NULL, *dummy = NULL, *result = NULL;
    if (!(get = obj_getattr_cstr(subject, "get")) || !(seen = set_new(NULL)) ||
        !(values = list_new(0)) || !(dummy = list_new(0)))
        goto done;
    for (ssize_t i = 0; i < n; i++) {
        Object *key = TUPLE_GET(keys, i);
        int in = set_contains(seen, key);
        if (in < 0 || (in == 0 && set_add(seen, key) < 0)) goto done;
        if (in) {
            exc_format(Exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        Object *args[2] = {key, dummy};
        Object *v = obj_call(get, args, 2, NULL);
        if (!v) goto done;
        if (v == dummy) {
            OBJ_DECREF(v);
            result = obj_newref(NONE);
            goto done;
        }
        int r = list_append(values, v);
        OBJ_DECREF(v);
        if (r < 0) goto done;
    }
    result = list_as_tuple(values);
done:
    OBJ_XDECREF(get);
    OBJ_XDECREF(seen);
    OBJ_XDECREF(values);
    OBJ_XDECREF(dummy);
    return result;
}

/* subject.name for a class pattern; NULL without an exception when it is missing. */
static Object *class_attr(Object *subject, TypeObject *type, Object *name, Object *seen)
{
    int in = set_contains(seen, name);
    if (in < 0 || (in == 0 && set_add(seen, name) < 0)) return NULL;
    if (in)
        return exc_format(Exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                          type->name, name);
    Object *attr = obj_getattr(subject, name);
    if (!attr && exc_matches(Exc_AttributeError)) exc_clear();
    return attr;
}

/* Built-in types whose one positional sub-pattern matches the subject itself. */
static bool match_self(TypeObject *t)
{
    static TypeObject *const types[] = {
        &bool_type, &bytearray_type, &bytes_type, &dict_type, &float_type, &frozenset_type,
        &int_type, &list_type, &set_type, &str_type, &tuple_type
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_is_subtype(t, types[i])) return true;
    return false;
}

/* The positional attributes (via __match_args__) appended to [attrs]; 1 on success, 0 for no
 * match, -1 on error. */
static int class_positional(Object *subject, TypeObject *type, int nargs, Object *attrs,
                            Object *seen)
{
    bool self = false;
    Object *match_args = obj_getattr_cstr((Object *)type, "__match_args__");
    if (match_args) {
        if (TYPE(match_args) != &tuple_type) {
            exc_format(Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                       TYPE(match_args)->name);
            OBJ_DECREF(match_args);
            return -1;
        }
    } else if (exc_matches(Exc_AttributeError)) {
        exc_clear();
        match_args = tuple_new(0);
        if (!match_args) return -1;
        self = match_self(type);
    } else {
        return -1;
    }
    int r = 1;
    ssize_t allowed = self ? 1 : TUPLE_SIZE(match_args);
    if (allowed < nargs) {
        exc_format(Exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)",
                   type->name, allowed, allowed == 1 ? "" : "s", nargs);
        r = -1;
    } else if (self) {
        r = list_append(attrs, subject) < 0 ? -1 : 1;
    } else {
        for (int i = 0; i < nargs && r == 1; i++) {
            Object *name = TUPLE_GET(match_args, i);
            if (TYPE(name) != &str_type) {
                exc_format(Exc_TypeError, "__match_args__ elements must be strings (got %s)",
                           TYPE(name)->name);
                r = -1;
                break;
            }
            Object *attr = class_attr(subject, type, name, seen);
            if (!attr) r = exc_occurred() ? -1 : 0;
            else {
                if (list_append(attrs, attr) < 0) r = -1;
                OBJ_DECREF(attr);
            }
        }
    }
    OBJ_DECREF(match_args);
    return r;
}

/* isinstance(subject, type), honouring a metaclass's own __instancecheck__. */
static int is_instance(Object *subject, Object *type)
{
    if (TYPE(subject) == (TypeObject *)type) return 1;
    if (TYPE(type) == &type_type) return obj_is_instance(subject, type);
    Object *name = str_from_cstr("__instancecheck__");
    if (!name) return -1;
    Object *m = type_lookup_borrow(TYPE(type), name);
    Object *base = type_lookup_borrow(&type_type, name);
    OBJ_DECREF(name);
    if (!m || m == base) return obj_is_instance(subject, type);
    Object *args[2] = {type, subject};
    OBJ_INCREF(m);
    Object *res = obj_call(m, args, 2, NULL);
    OBJ_DECREF(m);
    if (!res) return -1;
    int t = obj_is_true(res);
    OBJ_DECREF(res);
    return t;
}

Object *eval_match_class(Object *subject, Object *type, int nargs, Object *names)
{
    if (!TYPE_HAS_FLAG(TYPE(type), TPFLAG_TYPE_SUBCLASS))
        return exc_set_string(Exc_TypeError, "called match pattern must be a type");
    int inst = is_instance(subject, type);
    if (inst < 0) return NULL;
    if (!inst) return obj_newref(NONE);
    TypeObject *t = (TypeObject *)type;
    Object *seen = set_new(NULL), *attrs = list_new(0), *result = NULL;
    if (!seen || !attrs) goto done;
    if (nargs) {
        int r = class_positional(subject, t, nargs, attrs, seen);
        if (r < 0) goto done;
        if (r == 0) {
            result = obj_newref(NONE);
            goto done;
        }
    }
    for (ssize_t i = 0; i < TUPLE_SIZE(names); i++) {
        Object *attr = class_attr(subject, t, TUPLE_GET(names, i), seen);
        if (!attr) {
            if (!exc_occurred()) result = obj_newref(NONE);
            goto done;
        }
        int r = list_append(attrs, attr);
        OBJ_DECREF(attr);
        if (r < 0) goto done;
    }
    result = list_as_tuple(attrs);
done:
    OBJ_XDECREF(seen);
    OBJ_XDECREF(attrs);
    return result;
}
