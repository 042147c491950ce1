/* int_internal.h: what intobject.c, longarith.c, intconv.c, boolobject.c and numformat.c share
 * about ints and floats and nobody else should use: digit-level helpers, the small-int cache,
 * raw (unnormalised) constructors, and the slot functions bool inherits or wraps.
 * Everything here follows CPython 3.11's longobject.c; names keep the int_ prefix. */
#ifndef TALLY_INT_INTERNAL_H
#define TALLY_INT_INTERNAL_H

#include "objects/intobject.h"
#include "objects/floatobject.h"

typedef int32_t sdigit;
typedef uint64_t twodigits;
typedef int64_t stwodigits;

#define INT_DIGITS(o) (((IntObject *)(o))->d)
#define INT_NDIGITS(o) (SIZE(o) < 0 ? -SIZE(o) : SIZE(o))

#define INT_DECIMAL_SHIFT 9                   /* base 10**9 for decimal conversion */
#define INT_DECIMAL_BASE ((digit)1000000000)
#define INT_MAX_STR_DIGITS_THRESHOLD 640      /* below this many digits the limit is not checked */
#define INT_KARATSUBA_CUTOFF 70
#define INT_KARATSUBA_SQUARE_CUTOFF (2 * INT_KARATSUBA_CUTOFF)

/* The preallocated ints -5..256 (statically initialised, never freed). */
extern IntObject int_small[SMALL_INT_MAX - SMALL_INT_MIN + 1];

static inline Object *int_small_get(intptr_t v)      /* new ref; v must be in range */
{
    Object *o = (Object *)&int_small[v - SMALL_INT_MIN];
    OBJ_INCREF(o);
    return o;
}

/* A new exact int with room for [ndigits] digits (at least one is always allocated, as in
 * CPython 3.11), all zero, size ndigits. NULL with MemoryError. The caller fills and normalises. */
IntObject *int_alloc(ssize_t ndigits);
/* Strips leading zero digits in place (keeps the sign); returns v. */
IntObject *int_strip(IntObject *v);
/* Steals v: strips it, and returns the cached small int instead when the value is in -5..256. */
Object *int_finish(IntObject *v);
/* An exact-int copy of any int (subclass or bool included); small values are cached. New ref. */
Object *int_exact(Object *o);
/* Bit length of one digit (0 for 0). */
int int_digit_bits(digit x);

/* Digit-vector primitives (m digits in, results as in CPython's v_* helpers). */
digit int_v_lshift(digit *z, const digit *a, ssize_t m, int d);     /* returns carry out */
digit int_v_rshift(digit *z, const digit *a, ssize_t m, int d);     /* returns bits shifted out */
digit int_v_iadd(digit *x, ssize_t m, const digit *y, ssize_t n);   /* x[0:m] += y[0:n] */
digit int_v_isub(digit *x, ssize_t m, const digit *y, ssize_t n);   /* x[0:m] -= y[0:n] */
digit int_inplace_divrem1(digit *pout, const digit *pin, ssize_t size, digit n);
/* |a| + |b| and |a| - |b| as fresh ints (not small-substituted). */
IntObject *int_x_add(IntObject *a, IntObject *b);
IntObject *int_x_sub(IntObject *a, IntObject *b);
/* |a| * |b| (Karatsuba above the cutoff); fresh, normalised, non-negative. */
IntObject *int_k_mul(IntObject *a, IntObject *b);
/* |v1| divmod |w1| for |w1| of two digits or more (Knuth D); both results fresh, non-negative. */
IntObject *int_x_divrem(IntObject *v1, IntObject *w1, IntObject **prem);

/* Arithmetic on ints (both arguments ints; any subclass). New refs; NULL with an exception. */
Object *int_add(Object *a, Object *b);
Object *int_sub(Object *a, Object *b);
Object *int_mul(Object *a, Object *b);
Object *int_neg(Object *a);
Object *int_floordiv(Object *a, Object *b);
Object *int_mod(Object *a, Object *b);
/* Floor division and modulo together; either out pointer may be NULL. 0 or -1. */
int int_divmod_parts(Object *a, Object *b, Object **pdiv, Object **pmod);
Object *int_true_divide(Object *a, Object *b);
Object *int_lshift(Object *a, Object *b);
Object *int_rshift(Object *a, Object *b);
Object *int_lshift_ssize(Object *a, ssize_t n);
Object *int_bitwise(Object *a, char op, Object *b);     /* op: '&', '|', '^' */
Object *int_invert(Object *a);
/* round-half-even division helper of int.__round__: (q, r) with a = q*b + r, |r| <= |b|/2. */
int int_divmod_near(Object *a, Object *b, Object **pq, Object **pr);
/* Frexp for ints: a = x * 2**e with 0.5 <= |x| < 1, correctly rounded; -1.0 with OverflowError. */
double int_frexp(Object *a, ssize_t *e);

/* The slots of int_type that bool wraps (longarith.c / intobject.c). */
Object *int_and_slot(Object *a, Object *b);
Object *int_or_slot(Object *a, Object *b);
Object *int_xor_slot(Object *a, Object *b);
Object *int_repr_slot(Object *o);

/* int.to_bytes and int.from_bytes (intconv.c); from_bytes is a classmethod (self is the type). */
Object *int_meth_to_bytes(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
Object *int_meth_from_bytes(Object *type, Object *const *args, ssize_t nargs, Object *kwnames);

/* floatrepr.c helpers for floatobject.c: float(bytes), float.hex(), float.fromhex(text). */
Object *float_from_bytes_text(Object *b);
Object *float_to_hex(double x);
Object *float_from_hex_text(const char *s, ssize_t len);

/* Copies a numeric string into an ASCII buffer (mem_alloc'd, NUL-terminated, caller mem_frees):
 * Unicode white space becomes ' ', Unicode decimal digits their ASCII digit, other non-ASCII
 * characters '?'. NULL with MemoryError. */
char *int_ascii_numeric(const char *s, ssize_t nbytes, ssize_t *outlen);

/* Parses int text (already ASCII) in base 0 or 2..36 with Python's rules. Returns 0 and *out on
 * success, 1 when the text is not a valid literal (no exception), -1 on other errors (set). */
int int_parse(const char *s, ssize_t len, int base, Object **out);

/* Decimal digits of a double the way David Gay's dtoa() gives them (floatobject.c):
 * mode 0 shortest round-trip, mode 2 [ndigits] significant digits, mode 3 [ndigits] past the point.
 * Writes the digits (no trailing zeros; "0" for zero, "" when mode 3 rounds to zero) into a
 * mem_alloc'd buffer *digits, with *decpt the position of the decimal point and *sign 1 for
 * negative. v must be finite. Returns the number of digits, or -1 with MemoryError. */
ssize_t float_dtoa(double v, int mode, int ndigits, char **digits, int *decpt, int *sign);

/* format_float_short of CPython's pystrtod.c: formats v with format code 'e', 'f', 'g' or 'r'
 * (mode 0 for 'r'), the flags below. Returns a mem_alloc'd NUL-terminated string or NULL with
 * MemoryError. */
#define FLOAT_FMT_SIGN 1        /* always add a sign */
#define FLOAT_FMT_ADD_DOT_0 2   /* integral values get ".0" */
#define FLOAT_FMT_ALT 4         /* '#': keep trailing zeros and the point */
#define FLOAT_FMT_NO_NEG_0 8    /* 'z': -0.0 prints as 0.0 */
#define FLOAT_FMT_UPPER 16      /* 'E', 'F', 'G': upper-case exponent and INF/NAN */
char *float_to_string(double v, char code, int precision, int flags);

#endif
