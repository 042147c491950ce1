/* builtins_num.c: the numeric built-in functions: abs, min, max, sum, round, divmod, pow, hex, oct,
 * bin, ord and chr, with CPython 3.11's fast paths (sum over small ints and floats without
 * allocating) and messages. */
#include "stdlib/builtins_internal.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"

#include <limits.h>
#include <math.h>

int mod_builtins_as_c_int(Object *o, int *out)
{
    Object *idx = obj_index(o);
    if (idx == NULL)
        return -1;
    int overflow;
    long v = int_as_long(idx, &overflow);
    OBJ_DECREF(idx);
    if (overflow != 0 || v > INT_MAX || v < INT_MIN) {
        exc_set_string(Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static Object *b_abs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("abs", nargs, kwnames) < 0)
        return NULL;
    return obj_absolute(args[0]);
}

/* ---- min / max ---- */

static Object *min_max(Object *const *args, ssize_t nargs, Object *kwnames, int op)
{
    const char *name = op == RICH_LT ? "min" : "max";
    bool positional = nargs > 1;
    Object *key = NULL, *dflt = NULL;
    if (nargs == 0)
        return exc_format(Exc_TypeError, "%s expected at least 1 argument, got 0", name);
    ssize_t nkw = kwnames != NULL ? TUPLE_SIZE(kwnames) : 0;
    if (nkw > 2)
        return exc_format(Exc_TypeError, "%s() takes at most 2 keyword arguments (%zd given)", name, nkw);
    for (ssize_t i = 0; i < nkw; i++) {
        Object *kw = TUPLE_GET(kwnames, i);
        if (str_eq_cstr(kw, "key"))
            key = args[nargs + i];
        else if (str_eq_cstr(kw, "default"))
            dflt = args[nargs + i];
        else
            return exc_format(Exc_TypeError, "'%U' is an invalid keyword argument for %s()", kw, name);
    }
    if (positional && dflt != NULL)
        return exc_format(Exc_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments", name);
    if (key == NONE)
        key = NULL;

    Object *it = NULL;
    if (!positional) {
        it = obj_get_iter(args[0]);
        if (it == NULL)
            return NULL;
    }
    Object *best = NULL, *bestval = NULL;
    for (ssize_t i = 0;; i++) {
        Object *item;
        if (positional) {
            if (i == nargs)
                break;
            item = NEWREF(args[i]);
        } else {
            item = obj_iter_next(it);
            if (item == NULL) {
                if (exc_occurred())
                    goto error;
                break;
            }
        }
        Object *val = key != NULL ? obj_call_one(key, item) : NEWREF(item);
        if (val == NULL) {
            OBJ_DECREF(item);
            goto error;
        }
        if (bestval == NULL) {
            best = item;
            bestval = val;
            continue;
        }
        int cmp;
        if (INT_CHECK_EXACT(val) && INT_CHECK_EXACT(bestval) && INT_IS_COMPACT(val) &&
            INT_IS_COMPACT(bestval)) {
            /* int's own comparison, inline */
            intptr_t x = INT_COMPACT_VALUE(val), y = INT_COMPACT_VALUE(bestval);
            cmp = op == RICH_LT ? x < y : x > y;
        } else if (TYPE(val) == &float_type && TYPE(bestval) == &float_type) {
            double x = FLOAT_VALUE(val), y = FLOAT_VALUE(bestval);
            cmp = op == RICH_LT ? x < y : x > y;
        } else {
            cmp = obj_richcompare_bool(val, bestval, op);
        }
        if (cmp < 0) {
            OBJ_DECREF(item);
            OBJ_DECREF(val);
            goto error;
        }
        if (cmp > 0) {
            OBJ_SETREF(best, item);
            OBJ_SETREF(bestval, val);
        } else {
            OBJ_DECREF(item);
            OBJ_DECREF(val);
        }
    }
    OBJ_XDECREF(it);
    if (bestval == NULL) {
        if (dflt != NULL)
            return NEWREF(dflt);
        return exc_format(Exc_ValueError, "%s() arg is an empty sequence", name);
    }
    OBJ_DECREF(bestval);
    return best;
error:
    OBJ_XDECREF(it);
    OBJ_XDECREF(best);
    OBJ_XDECREF(bestval);
    return NULL;
}

static Object *b_min(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return min_max(args, nargs, kwnames, RICH_LT);
}

static Object *b_max(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return min_max(args, nargs, kwnames, RICH_GT);
}

/* ---- sum ---- */

static Object *b_sum(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"iterable", "start", NULL};
    UNUSED(self);
    Object *a[2] = {NULL, NULL};
    if (nargs < 1)
        return exc_format(Exc_TypeError, "sum() takes at least 1 positional argument (%zd given)", nargs);
    if (arg_parse("sum", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    Object *result;
    if (a[1] == NULL) {
        result = int_from_long(0);
    } else {
        if (STR_CHECK(a[1]))
            return exc_set_string(Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (BYTES_CHECK(a[1]))
            return exc_set_string(Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        result = NEWREF(a[1]);
    }
    Object *it = obj_get_iter(a[0]);
    if (it == NULL) {
        OBJ_DECREF(result);
        return NULL;
    }
    Object *item;

    /* fast path: exact ints (and bools) summed in a C int64 while they fit; the iterator's own
     * next (obj_iter_next without the repeated type check) */
    unaryfunc next = TYPE(it)->iternext;
    if (INT_CHECK_EXACT(result) && next != NULL) {
        int64_t acc;
        bool ok = int_as_i64_fast(result, &acc);
        while (ok) {
            item = next(it);
            if (item == NULL) {
                if (exc_occurred()) {
                    if (!exc_matches(Exc_StopIteration))
                        goto error;
                    exc_clear();
                }
                OBJ_DECREF(it);
                OBJ_DECREF(result);
                return int_from_i64(acc);
            }
            int64_t b, x;
            if ((INT_CHECK_EXACT(item) || BOOL_CHECK(item)) && int_as_i64_fast(item, &b) &&
                !__builtin_add_overflow(acc, b, &x)) {
                acc = x;
                OBJ_DECREF(item);
                continue;
            }
            /* overflowed or not an int: back to objects */
            Object *r = int_from_i64(acc);
            OBJ_SETREF(result, r);
            if (result == NULL) {
                OBJ_DECREF(item);
                goto error;
            }
            Object *t = obj_binary_op(result, item, NB_ADD);
            OBJ_DECREF(item);
            OBJ_SETREF(result, t);
            if (result == NULL)
                goto error;
            break;
        }
    }

    /* fast path: floats (and ints that fit a long) summed in a C double */
    if (TYPE(result) == &float_type) {
        double acc = FLOAT_VALUE(result);
        for (;;) {
            item = obj_iter_next(it);
            if (item == NULL) {
                OBJ_DECREF(it);
                OBJ_DECREF(result);
                return exc_occurred() ? NULL : float_new(acc);
            }
            if (TYPE(item) == &float_type) {
                acc += FLOAT_VALUE(item);
                OBJ_DECREF(item);
                continue;
            }
            if (INT_CHECK(item)) {
                int ovf;
                long v = int_as_long(item, &ovf);
                if (ovf == 0) {
                    acc += (double)v;
                    OBJ_DECREF(item);
                    continue;
                }
            }
            Object *r = float_new(acc);
            OBJ_SETREF(result, r);
            if (result == NULL) {
                OBJ_DECREF(item);
                goto error;
            }
            Object *t = obj_binary_op(result, item, NB_ADD);
            OBJ_DECREF(item);
            OBJ_SETREF(result, t);
            if (result == NULL)
                goto error;
            break;
        }
    }

    /* the general case: result = result + item */
    for (;;) {
        item = obj_iter_next(it);
        if (item == NULL)
            break;
        Object *t = obj_binary_op(result, item, NB_ADD);
        OBJ_DECREF(item);
        OBJ_SETREF(result, t);
        if (result == NULL)
            goto error;
    }
    OBJ_DECREF(it);
    if (exc_occurred()) {
        OBJ_DECREF(result);
        return NULL;
    }
    return result;
error:
    OBJ_DECREF(it);
    OBJ_XDECREF(result);
    return NULL;
}

/* ---- round ---- */

static Object *b_round(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    UNUSED(self);
    Object *a[2] = {NULL, NULL};
    if (arg_parse("round", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    Object *number = a[0], *ndigits = a[1] == NONE ? NULL : a[1];
    if (TYPE(number) == &float_type)
        return float_round(FLOAT_VALUE(number), ndigits);
    if (ndigits == NULL && INT_CHECK_EXACT(number))
        return NEWREF(number);
    if (ndigits == NULL && BOOL_CHECK(number))
        return int_from_long(number == TRUE_OBJ);
    int found;
    Object *meth = mod_builtins_lookup_special(number, "__round__", &found);
    if (meth == NULL) {
        if (found == 0)
            exc_format(Exc_TypeError, "type %s doesn't define __round__ method", obj_type_name(number));
        return NULL;
    }
    Object *res = ndigits == NULL ? obj_call_noargs(meth) : obj_call_one(meth, ndigits);
    OBJ_DECREF(meth);
    return res;
}

/* ---- divmod ---- */

/* CPython's float_divmod: the floor quotient and a remainder with the divisor's sign. */
static Object *float_divmod_values(double vx, double wx)
{
    if (wx == 0.0)
        return exc_set_string(Exc_ZeroDivisionError, "float divmod()");
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    double floordiv;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    Object *q = float_new(floordiv);
    Object *r = float_new(mod);
    Object *t = NULL;
    if (q != NULL && r != NULL)
        t = tuple_pack(2, q, r);
    OBJ_XDECREF(q);
    OBJ_XDECREF(r);
    return t;
}

/* Calls type(a).<name>(a, b); NotImplemented (new ref) when the type has no such method. */
static Object *call_binary_special(Object *a, const char *name, Object *b)
{
    int found;
    Object *meth = mod_builtins_lookup_special(a, name, &found);
    if (meth == NULL)
        return found < 0 ? NULL : NEWREF(NOTIMPL);
    Object *res = obj_call_one(meth, b);
    OBJ_DECREF(meth);
    return res;
}

static bool is_real(Object *o)
{
    return INT_CHECK(o) || FLOAT_CHECK(o);
}

static Object *b_divmod(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_positional_nokw("divmod", nargs, kwnames, 2, 2) < 0)
        return NULL;
    Object *a = args[0], *b = args[1];
    bool a_builtin = INT_CHECK_EXACT(a) || BOOL_CHECK(a) || TYPE(a) == &float_type;
    bool b_builtin = INT_CHECK_EXACT(b) || BOOL_CHECK(b) || TYPE(b) == &float_type;
    if (a_builtin && b_builtin) {
        if (INT_CHECK(a) && INT_CHECK(b))
            return int_divmod(a, b);
        double x = float_as_double(a);
        if (x == -1.0 && exc_occurred())
            return NULL;
        double y = float_as_double(b);
        if (y == -1.0 && exc_occurred())
            return NULL;
        return float_divmod_values(x, y);
    }
    /* subclasses and other types: __divmod__, then the reflected __rdivmod__ */
    Object *res;
    if (!a_builtin) {
        res = call_binary_special(a, "__divmod__", b);
        if (res != NOTIMPL)
            return res;
        OBJ_DECREF(res);
    }
    if (!b_builtin && TYPE(a) != TYPE(b)) {
        res = call_binary_special(b, "__rdivmod__", a);
        if (res != NOTIMPL)
            return res;
        OBJ_DECREF(res);
    }
    if (is_real(a) && is_real(b)) {
        if (INT_CHECK(a) && INT_CHECK(b))
            return int_divmod(a, b);
        double x = float_as_double(a);
        if (x == -1.0 && exc_occurred())
            return NULL;
        double y = float_as_double(b);
        if (y == -1.0 && exc_occurred())
            return NULL;
        return float_divmod_values(x, y);
    }
    return exc_format(Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      obj_type_name(a), obj_type_name(b));
}

/* ---- pow ---- */

static Object *b_pow(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    UNUSED(self);
    Object *a[3] = {NULL, NULL, NULL};
    if (arg_parse("pow", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    Object *base = a[0], *exp = a[1], *mod = a[2];
    if (mod == NULL || mod == NONE)
        return obj_binary_op(base, exp, NB_POWER);
    if (INT_CHECK(base) && INT_CHECK(exp) && INT_CHECK(mod))
        return int_pow(base, exp, mod);
    /* three-argument pow of other types: type(base).__pow__(base, exp, mod) only (no reflection) */
    if (!is_real(base)) {
        int found;
        Object *meth = mod_builtins_lookup_special(base, "__pow__", &found);
        if (meth == NULL && found < 0)
            return NULL;
        if (meth != NULL) {
            Object *argv[2] = {exp, mod};
            Object *res = obj_call(meth, argv, 2, NULL);
            OBJ_DECREF(meth);
            if (res != NOTIMPL)
                return res;
            OBJ_DECREF(res);
        }
    }
    if (FLOAT_CHECK(base) || FLOAT_CHECK(exp) || FLOAT_CHECK(mod))
        return exc_set_string(Exc_TypeError,
                              "pow() 3rd argument not allowed unless all arguments are integers");
    return exc_format(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                      obj_type_name(base), obj_type_name(exp), obj_type_name(mod));
}

/* ---- hex, oct, bin ---- */

static Object *to_base(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames, int base)
{
    if (check_one_arg(fname, nargs, kwnames) < 0)
        return NULL;
    Object *idx = obj_index(args[0]);
    if (idx == NULL)
        return NULL;
    Object *res = int_to_base(idx, base, true);
    OBJ_DECREF(idx);
    return res;
}

static Object *b_hex(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return to_base("hex", args, nargs, kwnames, 16);
}

static Object *b_oct(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return to_base("oct", args, nargs, kwnames, 8);
}

static Object *b_bin(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    return to_base("bin", args, nargs, kwnames, 2);
}

/* ---- ord, chr ---- */

static uint32_t decode_first_codepoint(const unsigned char *s)
{
    if (s[0] < 0x80)
        return s[0];
    if (s[0] < 0xE0)
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (s[0] < 0xF0)
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

static Object *b_ord(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("ord", nargs, kwnames) < 0)
        return NULL;
    Object *c = args[0];
    ssize_t size;
    if (STR_CHECK(c)) {
        size = STR_LEN(c);
        if (size == 1)
            return int_from_long((long)decode_first_codepoint((const unsigned char *)STR_DATA(c)));
    } else if (BYTES_CHECK(c)) {
        size = BYTES_LEN(c);
        if (size == 1)
            return int_from_long((unsigned char)BYTES_DATA(c)[0]);
    } else {
        return exc_format(Exc_TypeError, "ord() expected string of length 1, but %s found", obj_type_name(c));
    }
    return exc_format(Exc_TypeError, "ord() expected a character, but string of length %zd found", size);
}

static Object *b_chr(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (check_one_arg("chr", nargs, kwnames) < 0)
        return NULL;
    int v;
    if (mod_builtins_as_c_int(args[0], &v) < 0)
        return NULL;
    if (v < 0 || v > 0x10FFFF)
        return exc_set_string(Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)v);
}

MethodDef builtins_num_methods[] = {
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"min", b_min, 0, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                      "With a single iterable argument, return its smallest item. The\n"
                      "default keyword-only argument specifies an object to return if\n"
                      "the provided iterable is empty.\n"
                      "With two or more arguments, return the smallest argument."},
    {"max", b_max, 0, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                      "With a single iterable argument, return its biggest item. The\n"
                      "default keyword-only argument specifies an object to return if\n"
                      "the provided iterable is empty.\n"
                      "With two or more arguments, return the largest argument."},
    {"sum", b_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"round", b_round, 0, "Round a number to a given precision in decimal digits."},
    {"divmod", b_divmod, 0, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"pow", b_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"hex", b_hex, 0, "Return the hexadecimal representation of an integer."},
    {"oct", b_oct, 0, "Return the octal representation of an integer."},
    {"bin", b_bin, 0, "Return the binary representation of an integer."},
    {"ord", b_ord, 0, "Return the Unicode code point for a one-character string."},
    {"chr", b_chr, 0, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {NULL, NULL, 0, NULL},
};
