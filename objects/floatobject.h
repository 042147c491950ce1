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

/* The free list of exact floats (CPython's: at most FLOAT_MAX_FREE dead floats kept for reuse; the
 * link lives in the type field). Only floatobject.c and float_from_double touch it. */
#define FLOAT_MAX_FREE 100
extern FloatObject *float_free_list;
extern int float_numfree;
/* float_new's slow path: a fresh block from the allocator. New ref; NULL with MemoryError. */
Object *float_alloc_fresh(double v);
/* Empties the free list (int_fini calls it at shutdown so the leak check sees no block). */
void float_clear_freelist(void);

/* float_new inlined for the VM's fast paths: a free-list hit costs a few instructions.
 * New ref; NULL with MemoryError. */
static inline Object *float_from_double(double v)
{
    FloatObject *f = float_free_list;
    if (f != NULL) {
        float_free_list = (FloatObject *)(void *)f->ob.type;
        float_numfree--;
        f->ob.type = &float_type;
        f->ob.refcnt = 1;
        REF_TOTAL_INC();
        f->value = v;
        return (Object *)f;
    }
    return float_alloc_fresh(v);
}
void float_free_fresh(Object *o);       /* a dead exact float the free list has no room for */
/* The deallocation of a dead exact float: onto the free list while it has room. */
static inline void float_dealloc_exact(Object *o)
{
    if (float_numfree < FLOAT_MAX_FREE) {
        o->type = (TypeObject *)(void *)float_free_list;
        float_free_list = (FloatObject *)o;
        float_numfree++;
    } else {
        float_free_fresh(o);
    }
}
/* OBJ_DECREF of an exact float with its deallocation inline: the VM's float fast paths release
 * their operands this way. */
#define FLOAT_DECREF(o)                                                        \
    do {                                                                       \
        Object *fdecref_ = (Object *)(o);                                      \
        REF_TOTAL_DEC();                                                       \
        if (--fdecref_->refcnt == 0)                                           \
            float_dealloc_exact(fdecref_);                                     \
    } while (0)

/* float(text): Python's rules ("  1_0.5e3 ", "inf", "-nan", ...); ValueError
 * "could not convert string to float: 'abc'". */
Object *float_from_string(const char *s, ssize_t len);
Object *float_from_literal(const char *text);    /* a source literal ("1_0.5e3") */
/* Value of a float or an int (OverflowError for huge ints); TypeError "must be real number, not str". */
double float_as_double(Object *o);
/* Writes repr(v) as CPython prints it ("0.1", "1e+16", "inf", "-0.0") into buf (>= 32 bytes). */
void float_repr_buf(double v, char *buf, size_t size);
/* repr(v) without printf/strtod for integral |v| < 1e16 and 1e-4 <= |v| < 1e15 with at most 15
 * significant digits (the same text as float_repr_buf): returns the length written to buf (>= 32
 * bytes, NUL-terminated), or 0 when float_repr_buf must be used. */
int float_repr_fast(double v, char *buf);
/* float(text) for plain ASCII decimal text ("-12.5", "3e-7": no spaces, underscores or words)
 * with an exactly representable significand and |exponent| <= 22 (Clinger's fast path, correctly
 * rounded). Returns false, setting nothing, when the full parser must decide. */
bool float_parse_simple(const char *s, ssize_t n, double *out);
/* printf("%.*f", ndigits, v) without printf, for 0 <= ndigits <= 15 and |v| * 10**ndigits < 2**52
 * (rounded half-even on v's exact value, as printf): the length written, or -1 when v or ndigits
 * is outside that range or buf (cap bytes) too small (then use printf). */
int float_format_fixed(double v, int ndigits, char *buf, size_t cap);
Object *float_format(Object *o, Object *spec);   /* format(float, spec): the format mini-language */
hash_t float_hash_value(double v);               /* CPython's numeric hash (equal to the int's for integral values) */
Object *float_round(double v, Object *ndigits);  /* round(v[, ndigits]) with CPython's correctly rounded result */
/* divmod(a, b) where a or b is a float (the other a float or an int): (a // b, a % b) as floats;
 * ZeroDivisionError "float divmod()"; NotImplemented (new ref) for other operand types. */
Object *float_divmod(Object *a, Object *b);

#endif
