/* descrobject.h: the descriptor types written in C that programs use as decorators:
 * staticmethod, classmethod and property (CPython 3.11's behaviour, messages and layouts:
 * getsizeof(property()) == 80, getsizeof(staticmethod(f)) == 48). */
#ifndef TALLY_DESCROBJECT_H
#define TALLY_DESCROBJECT_H

#include "objects/object.h"

/* staticmethod and classmethod share this layout (CPython's staticmethod/classmethod structs). */
typedef struct StaticMethodObject {
    Object ob;
    Object *callable;      /* __func__ / __wrapped__; NULL only before __init__ */
    Object *dict;          /* __dict__ (copies of the callable's __name__, __doc__, ...) or NULL */
} StaticMethodObject;

typedef StaticMethodObject ClassMethodObject;

typedef struct PropertyObject {
    Object ob;
    Object *fget, *fset, *fdel;   /* NULL when absent (read back as None) */
    Object *doc;                  /* __doc__, NULL or any object */
    Object *name;                 /* set by __set_name__, for error messages; NULL if unknown */
    int getter_doc;               /* doc was taken from fget.__doc__ */
} PropertyObject;

extern TypeObject staticmethod_type, classmethod_type, property_type;

#define STATICMETHOD_CHECK(o) (TYPE(o) == &staticmethod_type || type_is_subtype(TYPE(o), &staticmethod_type))
#define CLASSMETHOD_CHECK(o) (TYPE(o) == &classmethod_type || type_is_subtype(TYPE(o), &classmethod_type))
#define PROPERTY_CHECK(o) (TYPE(o) == &property_type || type_is_subtype(TYPE(o), &property_type))

/* staticmethod(callable) / classmethod(callable) from C (PyStaticMethod_New): new reference, NULL
 * with MemoryError. Calling the types from Python also copies __module__, __name__, __qualname__,
 * __doc__ and __annotations__ of the callable into their __dict__, as CPython's. */
Object *staticmethod_new(Object *callable);
Object *classmethod_new(Object *callable);
/* The wrapped callable of a staticmethod/classmethod (borrowed; NULL before __init__). */
Object *staticmethod_callable_borrow(Object *sm);

#endif
