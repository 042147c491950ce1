/* intobject.h: arbitrary-precision int (CPython 3.11 layout: 30-bit digits, sign in size) and bool.
 * getsizeof(0) == getsizeof(1) == 28 (3.11 always allocates one digit), +4 per extra digit.
 * Small ints -5..256 are preallocated. */
#ifndef TALLY_INTOBJECT_H
#define TALLY_INTOBJECT_H

#include "objects/object.h"

typedef uint32_t digit;
#define INT_SHIFT 30
#define INT_BASE ((digit)1 << INT_SHIFT)
#define INT_MASK ((digit)(INT_BASE - 1))

typedef struct IntObject {
    VarObject ob;        /* size: number of digits, negative for negative numbers, 0 for zero */
    digit d[1];          /* little-endian base-2**30 digits */
} IntObject;

#define INT_CHECK(o) TYPE_HAS_FLAG(TYPE(o), TPFLAG_INT_SUBCLASS)   /* int, bool, subclasses */
#define INT_CHECK_EXACT(o) (TYPE(o) == &int_type)
#define BOOL_CHECK(o) (TYPE(o) == &bool_type)
/* True when the value fits one digit (|v| < 2**30): the fast paths of the VM use it. */
#define INT_IS_COMPACT(o) (SIZE(o) >= -1 && SIZE(o) <= 1)
#define INT_COMPACT_VALUE(o) ((intptr_t)SIZE(o) * (intptr_t)((IntObject *)(o))->d[0])

#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 256

extern IntObject int_true, int_false;     /* the two bools (type bool_type) */
#define TRUE_OBJ ((Object *)&int_true)
#define FALSE_OBJ ((Object *)&int_false)
#define RETURN_TRUE return obj_newref(TRUE_OBJ)
#define RETURN_FALSE return obj_newref(FALSE_OBJ)
static inline Object *bool_from(int v) { return obj_newref(v ? TRUE_OBJ : FALSE_OBJ); }

int int_init(void);                              /* builds the small-int cache; -1 on OOM */
void int_fini(void);

Object *int_from_long(long v);                   /* the small-int cache for -5..256 */
Object *int_from_ssize(ssize_t v);
Object *int_from_i64(int64_t v);
Object *int_from_u64(uint64_t v);
Object *int_from_double(double v);               /* int(1e20); OverflowError for inf, ValueError for nan */

/* The preallocated ints -5..256 (also declared in int_internal.h). */
extern IntObject int_small[SMALL_INT_MAX - SMALL_INT_MIN + 1];

/* True when v is in the small-int cache's range -5..256. */
static inline bool int_is_small_value(intptr_t v)
{
    return (uintptr_t)v - (uintptr_t)(intptr_t)SMALL_INT_MIN <= (uintptr_t)(SMALL_INT_MAX - SMALL_INT_MIN);
}

/* int_from_ssize for the VM's fast paths: a small-int cache hit is inline, everything else
 * calls int_from_i64. New ref; NULL with MemoryError. */
static inline Object *int_from_ssize_fast(intptr_t v)
{
    if (int_is_small_value(v)) {
        Object *o = (Object *)&int_small[v - SMALL_INT_MIN];
        OBJ_INCREF(o);
        return o;
    }
    return int_from_i64((int64_t)v);
}

/* The value of an exact or derived int of at most two digits (|v| < 2**60, so sums, differences
 * and quotients of two such values fit an int64_t): true with *v set, false for bigger ints. */
static inline bool int_as_i64_fast(Object *o, int64_t *v)
{
    ssize_t n = SIZE(o);
    const digit *d = ((IntObject *)o)->d;
    if (n >= -1 && n <= 1) {
        *v = (int64_t)n * (int64_t)d[0];
        return true;
    }
    if (n == 2 || n == -2) {
        int64_t a = (int64_t)d[0] | ((int64_t)d[1] << INT_SHIFT);
        *v = n < 0 ? -a : a;
        return true;
    }
    return false;
}

/* Python's floor division and modulo of two values below 2**62 in magnitude (y != 0, so the
 * quotient cannot overflow): the sign of the remainder follows y. */
static inline void int_compact_floor_divmod(int64_t x, int64_t y, int64_t *q, int64_t *r)
{
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
        rr += y;
        qq -= 1;
    }
    *q = qq;
    *r = rr;
}

/* int(text, base): Python's rules (sign, whitespace, underscores, 0x/0o/0b with base 0 or the matching
 * base). ValueError "invalid literal for int() with base 10: 'abc'" (repr of the text). */
Object *int_from_string(const char *s, ssize_t len, int base);
/* Converts a source literal ("0x_ff", "1_000"): no whitespace or sign; NULL+exception if invalid. */
Object *int_from_literal(const char *text);

long int_as_long(Object *o, int *overflow);      /* *overflow: -1/0/1; o must be an int */
ssize_t int_as_ssize(Object *o);                 /* -1 with OverflowError "Python int too large to convert to C ssize_t" */
int64_t int_as_i64(Object *o, int *overflow);
double int_as_double(Object *o);                 /* -1.0 with OverflowError "int too large to convert to float" */
int int_sign(Object *o);                         /* -1, 0, 1 */
ssize_t int_bit_length(Object *o);
int int_compare(Object *a, Object *b);           /* -1, 0, 1 for two ints */

Object *int_to_decimal(Object *o);               /* str(o) */
/* str() of a value with |v| < 2**63 (the compact ints' fast path; one-digit results are the
 * cached one-character strs). New ref; NULL with MemoryError. */
Object *int_compact_to_decimal(intptr_t v);
/* hex/oct/bin: base 16, 8, 2 with prefix "0x" "0o" "0b" (sign first), as Python's hex() etc. */
Object *int_to_base(Object *o, int base, bool prefix);
/* pow(a, b, m) for ints (m may be NULL); ValueError for a zero modulus etc. */
Object *int_pow(Object *a, Object *b, Object *m);
Object *int_divmod(Object *a, Object *b);        /* (a // b, a % b); ZeroDivisionError */
Object *int_format(Object *o, Object *spec);     /* format(int, spec): the format mini-language */
hash_t int_hash_value(Object *o);                /* CPython's numeric hash (mod 2**61 - 1) */

/* sys.get_int_max_str_digits()/set_int_max_str_digits(): the limit on decimal digits when
 * converting between int and str (0: no limit; otherwise >= 640). Default 4300 as CPython. */
extern int int_max_str_digits;

#endif
