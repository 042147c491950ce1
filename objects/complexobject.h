/* complexobject.h: complex (two C doubles; getsizeof 32) with CPython 3.11's arithmetic,
 * hash, repr, format() and constructor. */
#ifndef TALLY_COMPLEXOBJECT_H
#define TALLY_COMPLEXOBJECT_H

#include "objects/object.h"

typedef struct ComplexObject {
    Object ob;
    double real, imag;
} ComplexObject;

extern TypeObject complex_type;

#define COMPLEX_CHECK(o) (TYPE(o) == &complex_type || type_is_subtype(TYPE(o), &complex_type))
#define COMPLEX_REAL(o) (((ComplexObject *)(o))->real)
#define COMPLEX_IMAG(o) (((ComplexObject *)(o))->imag)

Object *complex_new(double real, double imag);      /* new ref; NULL on MemoryError */
/* An imaginary source literal ("3j", "1.5e3J", "1_0j") as complex(0, value); new ref or NULL. */
Object *complex_from_literal(const char *text);
/* Value of a complex, an object with __complex__, or a real number (float(), __index__):
 * 0, or -1 with TypeError "must be real number, not str" etc. */
int complex_as_parts(Object *o, double *real, double *imag);
/* repr of complex(re, im) exactly as CPython prints it, into buf (>= 80 bytes). */
void complex_repr_buf(double re, double im, char *buf, size_t size);

#endif
