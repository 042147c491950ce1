/* floatobject.h: float (a C double; getsizeof 24), CPython's shortest repr and numeric hash. */
#ifndef TALLY_FLOATOBJECT_H
#define TALLY_FLOATOBJECT_H

#include "objects/object.h"

typedef struct FloatObject {
    Object ob;
    double value;
} FloatObject;

#define FLOAT_CHECK(o) (TYPE(o) == &float_type || type_is_subtype(TYPE(o), &float_type))
#define FLOAT_VALUE(o) (((FloatObject *)(o))->value)

Object *float_new(double v);
/* float(text): Python's rules ("  1_0.5e3 ", "inf", "-nan", ...); ValueError
 * "could not convert string to float: 'abc'". */
Object *float_from_string(const char *s, ssize_t len);
Object *float_from_literal(const char *text);    /* a source literal ("1_0.5e3") */
/* Value of a float or an int (OverflowError for huge ints); TypeError "must be real number, not str". */
double float_as_double(Object *o);
/* Writes repr(v) as CPython prints it ("0.1", "1e+16", "inf", "-0.0") into buf (>= 32 bytes). */
void float_repr_buf(double v, char *buf, size_t size);
Object *float_format(Object *o, Object *spec);   /* format(float, spec): the format mini-language */
hash_t float_hash_value(double v);               /* CPython's numeric hash (equal to the int's for integral values) */
Object *float_round(double v, Object *ndigits);  /* round(v[, ndigits]) with CPython's correctly rounded result */
/* divmod(a, b) where a or b is a float (the other a float or an int): (a // b, a % b) as floats;
 * ZeroDivisionError "float divmod()"; NotImplemented (new ref) for other operand types. */
Object *float_divmod(Object *a, Object *b);

#endif
