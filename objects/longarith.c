/* longarith.c: the heavy arithmetic of ints, after CPython 3.11's longobject.c: digit-vector
 * primitives, schoolbook and Karatsuba multiplication, Knuth's division (floor // and %, divmod,
 * correctly rounded true division), powers with and without a modulus, shifts, and the bitwise
 * operators on two's-complement semantics. intobject.c has the type and the simple operations. */
#include "objects/int_internal.h"
#include "objects/tupleobject.h"
#include "vm/errors.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* ---- digit-vector primitives ---- */

digit int_v_lshift(digit *z, const digit *a, ssize_t m, int d)
{
    digit carry = 0;
    for (ssize_t i = 0; i < m; i++) {
        twodigits acc = (twodigits)a[i] << d | carry;
        z[i] = (digit)acc & INT_MASK;
        carry = (digit)(acc >> INT_SHIFT);
    }
    return carry;
}

digit int_v_rshift(digit *z, const digit *a, ssize_t m, int d)
{
    digit carry = 0;
    digit mask = ((digit)1 << d) - 1U;
    for (ssize_t i = m; i-- > 0;) {
        twodigits acc = (twodigits)carry << INT_SHIFT | a[i];
        carry = (digit)acc & mask;
        z[i] = (digit)(acc >> d);
    }
    return carry;
}

digit int_v_iadd(digit *x, ssize_t m, const digit *y, ssize_t n)
{
    ssize_t i;
    digit carry = 0;
    for (i = 0; i < n; ++i) {
        carry += x[i] + y[i];
        x[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    for (; carry && i < m; ++i) {
        carry += x[i];
        x[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
    return carry;
}

digit int_v_isub(digit *x, ssize_t m, const digit *y, ssize_t n)
{
    ssize_t i;
    digit borrow = 0;
    for (i = 0; i < n; ++i) {
        borrow = x[i] - y[i] - borrow;
        x[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    for (; borrow && i < m; ++i) {
        borrow = x[i] - borrow;
        x[i] = borrow & INT_MASK;
        borrow = (borrow >> INT_SHIFT) & 1;
    }
    return borrow;
}

digit int_inplace_divrem1(digit *pout, const digit *pin, ssize_t size, digit n)
{
    digit remainder = 0;
    while (--size >= 0) {
        twodigits dividend = ((twodigits)remainder << INT_SHIFT) | pin[size];
        digit quotient = (digit)(dividend / n);
        remainder = (digit)(dividend % n);
        pout[size] = quotient;
    }
    return remainder;
}

/* ---- multiplication ---- */

static IntObject *x_mul(IntObject *a, IntObject *b)
{
    ssize_t size_a = INT_NDIGITS(a), size_b = INT_NDIGITS(b);
    IntObject *z = int_alloc(size_a + size_b);
    if (z == NULL)
        return NULL;
    /* int_alloc zero-fills */
    if (a == b) {
        /* squaring: each cross product appears twice (HAC 14.16) */
        const digit *paend = a->d + size_a;
        for (ssize_t i = 0; i < size_a; ++i) {
            twodigits f = a->d[i];
            digit *pz = z->d + (i << 1);
            const digit *pa = a->d + i + 1;
            twodigits carry = *pz + f * f;
            *pz++ = (digit)(carry & INT_MASK);
            carry >>= INT_SHIFT;
            f <<= 1;
            while (pa < paend) {
                carry += *pz + *pa++ * f;
                *pz++ = (digit)(carry & INT_MASK);
                carry >>= INT_SHIFT;
            }
            if (carry) {
                carry += *pz;
                *pz = (digit)(carry & INT_MASK);
                carry >>= INT_SHIFT;
                if (carry)
                    pz[1] = (digit)carry;
            }
        }
    }
    else {
        for (ssize_t i = 0; i < size_a; ++i) {
            twodigits carry = 0;
            twodigits f = a->d[i];
            digit *pz = z->d + i;
            const digit *pb = b->d, *pbend = b->d + size_b;
            while (pb < pbend) {
                carry += *pz + *pb++ * f;
                *pz++ = (digit)(carry & INT_MASK);
                carry >>= INT_SHIFT;
            }
            if (carry)
                *pz += (digit)(carry & INT_MASK);
        }
    }
    return int_strip(z);
}

/* Splits |n| into high and low parts at [size] digits. */
static int kmul_split(IntObject *n, ssize_t size, IntObject **high, IntObject **low)
{
    ssize_t size_n = INT_NDIGITS(n);
    ssize_t size_lo = size_n < size ? size_n : size;
    ssize_t size_hi = size_n - size_lo;
    IntObject *hi = int_alloc(size_hi);
    if (hi == NULL)
        return -1;
    IntObject *lo = int_alloc(size_lo);
    if (lo == NULL) {
        OBJ_DECREF(hi);
        return -1;
    }
    memcpy(lo->d, n->d, (size_t)size_lo * sizeof(digit));
    memcpy(hi->d, n->d + size_lo, (size_t)size_hi * sizeof(digit));
    *high = int_strip(hi);
    *low = int_strip(lo);
    return 0;
}

static IntObject *k_lopsided_mul(IntObject *a, IntObject *b);

IntObject *int_k_mul(IntObject *a, IntObject *b)
{
    ssize_t asize = INT_NDIGITS(a), bsize = INT_NDIGITS(b);
    IntObject *ah = NULL, *al = NULL, *bh = NULL, *bl = NULL, *ret = NULL, *t1, *t2, *t3;
    if (asize > bsize) {
        IntObject *t = a; a = b; b = t;
        ssize_t s = asize; asize = bsize; bsize = s;
    }
    ssize_t cutoff = a == b ? INT_KARATSUBA_SQUARE_CUTOFF : INT_KARATSUBA_CUTOFF;
    if (asize <= cutoff) {
        if (asize == 0)
            return int_alloc(0);
        return x_mul(a, b);
    }
    if (2 * asize <= bsize)
        return k_lopsided_mul(a, b);

    /* (ah*X+al)(bh*X+bl) = ah*bh*X*X + ((ah+al)(bh+bl) - ah*bh - al*bl)*X + al*bl */
    ssize_t shift = bsize >> 1;
    if (kmul_split(a, shift, &ah, &al) < 0)
        goto fail;
    if (a == b) {
        bh = (IntObject *)obj_newref((Object *)ah);
        bl = (IntObject *)obj_newref((Object *)al);
    }
    else if (kmul_split(b, shift, &bh, &bl) < 0)
        goto fail;

    ret = int_alloc(asize + bsize);
    if (ret == NULL)
        goto fail;
    ssize_t retsize = asize + bsize;
    if ((t1 = int_k_mul(ah, bh)) == NULL)
        goto fail;
    memcpy(ret->d + 2 * shift, t1->d, (size_t)SIZE(t1) * sizeof(digit));
    /* the rest of ret is already zero (int_alloc) */
    if ((t2 = int_k_mul(al, bl)) == NULL) {
        OBJ_DECREF(t1);
        goto fail;
    }
    memcpy(ret->d, t2->d, (size_t)SIZE(t2) * sizeof(digit));

    ssize_t i = retsize - shift;   /* digits after shift */
    (void)int_v_isub(ret->d + shift, i, t2->d, SIZE(t2));
    OBJ_DECREF(t2);
    (void)int_v_isub(ret->d + shift, i, t1->d, SIZE(t1));
    OBJ_DECREF(t1);

    if ((t1 = int_x_add(ah, al)) == NULL)
        goto fail;
    OBJ_CLEAR(ah);
    OBJ_CLEAR(al);
    if (a == b)
        t2 = (IntObject *)obj_newref((Object *)t1);
    else if ((t2 = int_x_add(bh, bl)) == NULL) {
        OBJ_DECREF(t1);
        goto fail;
    }
    OBJ_CLEAR(bh);
    OBJ_CLEAR(bl);
    t3 = int_k_mul(t1, t2);
    OBJ_DECREF(t1);
    OBJ_DECREF(t2);
    if (t3 == NULL)
        goto fail;
    (void)int_v_iadd(ret->d + shift, i, t3->d, SIZE(t3));
    OBJ_DECREF(t3);
    return int_strip(ret);

fail:
    OBJ_XDECREF(ret);
    OBJ_XDECREF(ah);
    OBJ_XDECREF(al);
    OBJ_XDECREF(bh);
    OBJ_XDECREF(bl);
    return NULL;
}

/* b has at least twice the digits of a: multiply a by successive slices of b. */
static IntObject *k_lopsided_mul(IntObject *a, IntObject *b)
{
    ssize_t asize = INT_NDIGITS(a), bsize = INT_NDIGITS(b), nbdone = 0;
    IntObject *ret = int_alloc(asize + bsize);
    if (ret == NULL)
        return NULL;
    IntObject *bslice = int_alloc(asize);
    if (bslice == NULL)
        goto fail;
    while (bsize > 0) {
        ssize_t nbtouse = bsize < asize ? bsize : asize;
        memcpy(bslice->d, b->d + nbdone, (size_t)nbtouse * sizeof(digit));
        SIZE(bslice) = nbtouse;
        int_strip(bslice);
        if (SIZE(bslice) > 0) {
            IntObject *product = int_k_mul(a, bslice);
            if (product == NULL)
                goto fail;
            (void)int_v_iadd(ret->d + nbdone, asize + INT_NDIGITS(b) - nbdone, product->d, SIZE(product));
            OBJ_DECREF(product);
        }
        bsize -= nbtouse;
        nbdone += nbtouse;
    }
    OBJ_DECREF(bslice);
    return int_strip(ret);
fail:
    OBJ_DECREF(ret);
    OBJ_XDECREF(bslice);
    return NULL;
}

/* ---- division ---- */

IntObject *int_x_divrem(IntObject *v1, IntObject *w1, IntObject **prem)
{
    ssize_t size_v = INT_NDIGITS(v1), size_w = INT_NDIGITS(w1), k, i;
    IntObject *v = int_alloc(size_v + 1);
    *prem = NULL;
    if (v == NULL)
        return NULL;
    IntObject *w = int_alloc(size_w);
    if (w == NULL) {
        OBJ_DECREF(v);
        return NULL;
    }
    /* normalise: shift w1 left so its top digit is >= BASE/2; shift v1 by the same amount */
    int d = INT_SHIFT - int_digit_bits(w1->d[size_w - 1]);
    (void)int_v_lshift(w->d, w1->d, size_w, d);
    digit carry = int_v_lshift(v->d, v1->d, size_v, d);
    if (carry != 0 || v->d[size_v - 1] >= w->d[size_w - 1]) {
        v->d[size_v] = carry;
        size_v++;
    }
    k = size_v - size_w;
    IntObject *a = int_alloc(k);
    if (a == NULL) {
        OBJ_DECREF(w);
        OBJ_DECREF(v);
        return NULL;
    }
    digit *v0 = v->d, *w0 = w->d, *vk, *ak;
    digit wm1 = w0[size_w - 1], wm2 = w0[size_w - 2];
    for (vk = v0 + k, ak = a->d + k; vk-- > v0;) {
        /* estimate the quotient digit q; it may be one too large (rarely) */
        digit vtop = vk[size_w];
        twodigits vv = ((twodigits)vtop << INT_SHIFT) | vk[size_w - 1];
        digit q = (digit)(vv / wm1);
        digit r = (digit)(vv % wm1);
        while ((twodigits)wm2 * q > (((twodigits)r << INT_SHIFT) | vk[size_w - 2])) {
            --q;
            r += wm1;
            if (r >= INT_BASE)
                break;
        }
        /* subtract q * w0[0:size_w] from vk[0:size_w+1] */
        sdigit zhi = 0;
        for (i = 0; i < size_w; ++i) {
            stwodigits z = (sdigit)vk[i] + zhi - (stwodigits)q * (stwodigits)w0[i];
            vk[i] = (digit)z & INT_MASK;
            zhi = (sdigit)(z >> INT_SHIFT);      /* arithmetic shift (GCC, Clang) */
        }
        /* add w back if q was too large */
        if ((sdigit)vtop + zhi < 0) {
            carry = 0;
            for (i = 0; i < size_w; ++i) {
                carry += vk[i] + w0[i];
                vk[i] = carry & INT_MASK;
                carry >>= INT_SHIFT;
            }
            --q;
        }
        *--ak = q;
    }
    /* unshift the remainder into w */
    (void)int_v_rshift(w0, v0, size_w, d);
    OBJ_DECREF(v);
    *prem = int_strip(w);
    return int_strip(a);
}

/* Truncating division of ints: |q| = |a| // |b| with q's sign the product's, r with a's sign.
 * Results are fresh or cached; 0 or -1 (ZeroDivisionError is the caller's). */
static int long_divrem(Object *a, Object *b, Object **pdiv, Object **prem)
{
    ssize_t size_a = INT_NDIGITS(a), size_b = INT_NDIGITS(b);
    IntObject *z, *rem;
    if (size_a < size_b || (size_a == size_b && INT_DIGITS(a)[size_a - 1] < INT_DIGITS(b)[size_b - 1])) {
        *pdiv = int_small_get(0);
        *prem = int_exact(a);
        if (*prem == NULL) {
            OBJ_CLEAR(*pdiv);
            return -1;
        }
        return 0;
    }
    if (size_b == 1) {
        z = int_alloc(size_a);
        if (z == NULL)
            return -1;
        digit r = int_inplace_divrem1(z->d, INT_DIGITS(a), size_a, INT_DIGITS(b)[0]);
        int_strip(z);
        rem = int_alloc(1);
        if (rem == NULL) {
            OBJ_DECREF(z);
            return -1;
        }
        rem->d[0] = r;
        SIZE(rem) = r != 0;
    }
    else {
        z = int_x_divrem((IntObject *)a, (IntObject *)b, &rem);
        if (z == NULL)
            return -1;
    }
    if ((SIZE(a) < 0) != (SIZE(b) < 0))
        SIZE(z) = -SIZE(z);
    if (SIZE(a) < 0)
        SIZE(rem) = -SIZE(rem);
    *pdiv = int_finish(z);
    *prem = int_finish(rem);
    return 0;
}

/* Floor division for operands of one digit each (Python's sign rules). */
static void fast_floor_divmod(intptr_t x, intptr_t y, intptr_t *q, intptr_t *r)
{
    intptr_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
        rr += y;
        qq -= 1;
    }
    *q = qq;
    *r = rr;
}

int int_divmod_parts(Object *a, Object *b, Object **pdiv, Object **pmod)
{
    Object *div = NULL, *mod = NULL;
    if (SIZE(b) == 0) {
        exc_set_string(Exc_ZeroDivisionError, pdiv == NULL ? "integer modulo by zero"
                                                           : "integer division or modulo by zero");
        return -1;
    }
    if (INT_IS_COMPACT(a) && INT_IS_COMPACT(b)) {
        intptr_t q, r;
        fast_floor_divmod(INT_COMPACT_VALUE(a), INT_COMPACT_VALUE(b), &q, &r);
        if (pdiv != NULL && (*pdiv = int_from_ssize(q)) == NULL)
            return -1;
        if (pmod != NULL && (*pmod = int_from_ssize(r)) == NULL) {
            if (pdiv != NULL)
                OBJ_CLEAR(*pdiv);
            return -1;
        }
        return 0;
    }
    if (long_divrem(a, b, &div, &mod) < 0)
        return -1;
    if ((SIZE(mod) < 0 && SIZE(b) > 0) || (SIZE(mod) > 0 && SIZE(b) < 0)) {
        Object *t = int_add(mod, b);
        OBJ_SETREF(mod, t);
        if (mod == NULL)
            goto error;
        if (pdiv != NULL) {
            Object *one = int_small_get(1);
            t = int_sub(div, one);
            OBJ_DECREF(one);
            OBJ_SETREF(div, t);
            if (div == NULL)
                goto error;
        }
    }
    if (pdiv != NULL)
        *pdiv = div;
    else
        OBJ_DECREF(div);
    if (pmod != NULL)
        *pmod = mod;
    else
        OBJ_DECREF(mod);
    return 0;
error:
    OBJ_XDECREF(div);
    OBJ_XDECREF(mod);
    return -1;
}

Object *int_floordiv(Object *a, Object *b)
{
    Object *div;
    if (int_divmod_parts(a, b, &div, NULL) < 0)
        return NULL;
    return div;
}

Object *int_mod(Object *a, Object *b)
{
    Object *mod;
    if (int_divmod_parts(a, b, NULL, &mod) < 0)
        return NULL;
    return mod;
}

Object *int_divmod(Object *a, Object *b)
{
    Object *div, *mod;
    if (int_divmod_parts(a, b, &div, &mod) < 0)
        return NULL;
    Object *t = tuple_pack(2, div, mod);
    OBJ_DECREF(div);
    OBJ_DECREF(mod);
    return t;
}

int int_divmod_near(Object *a, Object *b, Object **pq, Object **pr)
{
    Object *q = NULL, *r = NULL, *twice = NULL;
    *pq = *pr = NULL;
    if (int_divmod_parts(a, b, &q, &r) < 0)
        return -1;
    /* round up if r/b > 1/2, or r/b == 1/2 and q is odd (r has b's sign) */
    twice = int_lshift_ssize(r, 1);
    if (twice == NULL)
        goto error;
    int c = int_compare(twice, b);
    if (SIZE(b) < 0)
        c = -c;
    bool q_odd = SIZE(q) != 0 && (INT_DIGITS(q)[0] & 1);
    if (c > 0 || (c == 0 && q_odd)) {
        Object *one = int_small_get(1);
        Object *t = int_add(q, one);
        OBJ_DECREF(one);
        OBJ_SETREF(q, t);
        if (q == NULL)
            goto error;
        t = int_sub(r, b);
        OBJ_SETREF(r, t);
        if (r == NULL)
            goto error;
    }
    OBJ_DECREF(twice);
    *pq = q;
    *pr = r;
    return 0;
error:
    OBJ_XDECREF(q);
    OBJ_XDECREF(r);
    OBJ_XDECREF(twice);
    return -1;
}

/* ---- true division, correctly rounded (CPython's long_true_divide) ---- */

#define MANT_DIG_DIGITS (DBL_MANT_DIG / INT_SHIFT)
#define MANT_DIG_BITS (DBL_MANT_DIG % INT_SHIFT)

Object *int_true_divide(Object *v, Object *w)
{
    IntObject *a = (IntObject *)v, *b = (IntObject *)w, *x;
    ssize_t a_size = INT_NDIGITS(a), b_size = INT_NDIGITS(b), shift, extra_bits, diff, x_size, x_bits;
    bool negate = (SIZE(a) < 0) != (SIZE(b) < 0), inexact;
    double dx, result;
    if (b_size == 0)
        return exc_set_string(Exc_ZeroDivisionError, "division by zero");
    if (a_size == 0)
        goto underflow_or_zero;

    bool a_is_small = a_size <= MANT_DIG_DIGITS ||
                      (a_size == MANT_DIG_DIGITS + 1 && a->d[MANT_DIG_DIGITS] >> MANT_DIG_BITS == 0);
    bool b_is_small = b_size <= MANT_DIG_DIGITS ||
                      (b_size == MANT_DIG_DIGITS + 1 && b->d[MANT_DIG_DIGITS] >> MANT_DIG_BITS == 0);
    if (a_is_small && b_is_small) {
        double da = a->d[--a_size], db = b->d[--b_size];
        while (a_size > 0)
            da = da * INT_BASE + a->d[--a_size];
        while (b_size > 0)
            db = db * INT_BASE + b->d[--b_size];
        result = da / db;
        goto success;
    }

    diff = a_size - b_size;
    if (diff > PTRDIFF_MAX / INT_SHIFT - 1)
        goto overflow;
    if (diff < 1 - PTRDIFF_MAX / INT_SHIFT)
        goto underflow_or_zero;
    diff = diff * INT_SHIFT + int_digit_bits(a->d[a_size - 1]) - int_digit_bits(b->d[b_size - 1]);
    if (diff > DBL_MAX_EXP)
        goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        goto underflow_or_zero;

    shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    inexact = false;
    if (shift <= 0) {
        ssize_t shift_digits = -shift / INT_SHIFT;
        x = int_alloc(a_size + shift_digits + 1);
        if (x == NULL)
            return NULL;
        digit rem = int_v_lshift(x->d + shift_digits, a->d, a_size, (int)(-shift % INT_SHIFT));
        x->d[a_size + shift_digits] = rem;
    }
    else {
        ssize_t shift_digits = shift / INT_SHIFT;
        x = int_alloc(a_size - shift_digits);
        if (x == NULL)
            return NULL;
        digit rem = int_v_rshift(x->d, a->d + shift_digits, a_size - shift_digits, (int)(shift % INT_SHIFT));
        if (rem)
            inexact = true;
        while (!inexact && shift_digits > 0)
            if (a->d[--shift_digits])
                inexact = true;
    }
    int_strip(x);
    x_size = SIZE(x);

    if (b_size == 1) {
        digit rem = int_inplace_divrem1(x->d, x->d, x_size, b->d[0]);
        int_strip(x);
        if (rem)
            inexact = true;
    }
    else {
        IntObject *rem;
        IntObject *div = int_x_divrem(x, b, &rem);
        OBJ_DECREF(x);
        x = div;
        if (x == NULL)
            return NULL;
        if (SIZE(rem))
            inexact = true;
        OBJ_DECREF(rem);
    }
    x_size = INT_NDIGITS(x);
    x_bits = (x_size - 1) * INT_SHIFT + int_digit_bits(x->d[x_size - 1]);

    /* the number of extra bits to round away */
    extra_bits = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    digit mask = (digit)1 << (extra_bits - 1);
    digit low = x->d[0] | (digit)inexact;
    if ((low & mask) && (low & (3U * mask - 1U)))
        low += mask;
    x->d[0] = low & ~(2U * mask - 1U);

    dx = x->d[--x_size];
    while (x_size > 0)
        dx = dx * INT_BASE + x->d[--x_size];
    OBJ_DECREF(x);
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
        goto overflow;
    result = ldexp(dx, (int)shift);

success:
    return float_new(negate ? -result : result);
underflow_or_zero:
    return float_new(negate ? -0.0 : 0.0);
overflow:
    return exc_set_string(Exc_OverflowError, "integer division result too large for a float");
}

/* ---- powers ---- */

/* The inverse of a modulo n (n > 0); ValueError when there is none. */
static Object *long_invmod(Object *a, Object *n)
{
    Object *b = int_small_get(1), *c = int_small_get(0);
    OBJ_INCREF(a);
    OBJ_INCREF(n);
    while (SIZE(n) != 0) {
        Object *q, *r, *s, *t;
        if (int_divmod_parts(a, n, &q, &r) < 0)
            goto error;
        OBJ_DECREF(a);
        a = n;
        n = r;
        t = int_mul(q, c);
        OBJ_DECREF(q);
        if (t == NULL)
            goto error;
        s = int_sub(b, t);
        OBJ_DECREF(t);
        if (s == NULL)
            goto error;
        OBJ_DECREF(b);
        b = c;
        c = s;
    }
    OBJ_DECREF(c);
    OBJ_DECREF(n);
    if (!(SIZE(a) == 1 && INT_DIGITS(a)[0] == 1)) {
        OBJ_DECREF(a);
        OBJ_DECREF(b);
        return exc_set_string(Exc_ValueError, "base is not invertible for the given modulus");
    }
    OBJ_DECREF(a);
    return b;
error:
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    OBJ_DECREF(c);
    OBJ_DECREF(n);
    return NULL;
}

/* z = z * y (mod m when m is not NULL): steals z, returns the new value or NULL. */
static Object *mulmod(Object *z, Object *y, Object *m)
{
    Object *t = int_mul(z, y);
    OBJ_DECREF(z);
    if (t == NULL || m == NULL)
        return t;
    Object *r = int_mod(t, m);
    OBJ_DECREF(t);
    return r;
}

Object *int_pow(Object *a, Object *b, Object *m)
{
    Object *z = NULL, *c = NULL;
    bool negative_output = false;
    if (m == NONE)
        m = NULL;
    if (!INT_CHECK(a) || !INT_CHECK(b) || (m != NULL && !INT_CHECK(m))) {
        if (m != NULL)
            return exc_set_string(Exc_TypeError,
                                  "pow() 3rd argument not allowed unless all arguments are integers");
        return exc_set_string(Exc_TypeError, "int_pow: ints expected");
    }
    if (SIZE(b) < 0 && m == NULL) {
        /* a negative exponent gives a float: float ** float */
        double x = int_as_double(a), y;
        if (x == -1.0 && exc_occurred())
            return NULL;
        y = int_as_double(b);
        if (y == -1.0 && exc_occurred())
            return NULL;
        Object *fa = float_new(x), *fb = fa ? float_new(y) : NULL, *res = NULL;
        if (fb != NULL)
            res = float_type.nb[NB_POWER](fa, fb);
        OBJ_XDECREF(fa);
        OBJ_XDECREF(fb);
        return res;
    }
    OBJ_INCREF(a);
    OBJ_INCREF(b);
    if (m != NULL) {
        if (SIZE(m) == 0) {
            exc_set_string(Exc_ValueError, "pow() 3rd argument cannot be 0");
            goto error;
        }
        if (SIZE(m) < 0) {
            negative_output = true;
            c = int_neg(m);
        }
        else
            c = int_exact(m);
        if (c == NULL)
            goto error;
        if (SIZE(c) == 1 && INT_DIGITS(c)[0] == 1) {
            z = int_small_get(0);
            goto done;
        }
        if (SIZE(b) < 0) {
            Object *t = int_neg(b);
            OBJ_SETREF(b, t);
            if (b == NULL)
                goto error;
            t = long_invmod(a, c);
            OBJ_SETREF(a, t);
            if (a == NULL)
                goto error;
        }
        if (SIZE(a) < 0 || INT_NDIGITS(a) > INT_NDIGITS(c)) {
            Object *t = int_mod(a, c);
            OBJ_SETREF(a, t);
            if (a == NULL)
                goto error;
        }
    }
    /* fast paths for small exponents without modulus */
    if (c == NULL && INT_IS_COMPACT(b) && INT_IS_COMPACT(a)) {
        intptr_t base = INT_COMPACT_VALUE(a), e = INT_COMPACT_VALUE(b);
        if (base == 0 || base == 1) {
            z = int_small_get(e == 0 ? 1 : base);
            goto done;
        }
        if (base == -1) {
            z = int_small_get(e & 1 ? -1 : 1);
            goto done;
        }
        /* try 64-bit arithmetic while it cannot overflow */
        if (e < 63) {
            int64_t acc = 1, bb = base;
            intptr_t k = e;
            bool ok = true;
            while (k > 0) {
                if ((k & 1) && __builtin_mul_overflow(acc, bb, &acc)) {
                    ok = false;
                    break;
                }
                k >>= 1;
                if (k && __builtin_mul_overflow(bb, bb, &bb)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                z = int_from_i64(acc);
                goto done;
            }
        }
    }
    /* left-to-right binary exponentiation */
    z = int_small_get(1);
    ssize_t nb = INT_NDIGITS(b);
    for (ssize_t i = nb - 1; i >= 0; --i) {
        digit bi = INT_DIGITS(b)[i];
        for (digit j = (digit)1 << (INT_SHIFT - 1); j != 0; j >>= 1) {
            z = mulmod(z, z, c);
            if (z == NULL)
                goto error;
            if (bi & j) {
                z = mulmod(z, a, c);
                if (z == NULL)
                    goto error;
            }
        }
    }
    if (c != NULL && SIZE(z) != 0 && INT_NDIGITS(z) >= INT_NDIGITS(c)) {
        Object *t = int_mod(z, c);
        OBJ_SETREF(z, t);
        if (z == NULL)
            goto error;
    }
done:
    if (negative_output && SIZE(z) != 0) {
        Object *t = int_sub(z, c);
        OBJ_SETREF(z, t);
        if (z == NULL)
            goto error;
    }
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    OBJ_XDECREF(c);
    return z;
error:
    OBJ_XDECREF(z);
    OBJ_XDECREF(a);
    OBJ_XDECREF(b);
    OBJ_XDECREF(c);
    return NULL;
}

/* ---- shifts ---- */

Object *int_lshift_ssize(Object *a, ssize_t shiftby)
{
    if (SIZE(a) == 0 || shiftby == 0)
        return int_exact(a);
    if (INT_IS_COMPACT(a) && shiftby < 32) {
        int64_t v = INT_COMPACT_VALUE(a);
        return int_from_i64(v < 0 ? -(int64_t)((uint64_t)-v << shiftby) : (int64_t)((uint64_t)v << shiftby));
    }
    ssize_t wordshift = shiftby / INT_SHIFT;
    int remshift = (int)(shiftby % INT_SHIFT);
    ssize_t oldsize = INT_NDIGITS(a);
    ssize_t newsize = oldsize + wordshift + (remshift ? 1 : 0);
    IntObject *z = int_alloc(newsize);
    if (z == NULL)
        return NULL;
    if (SIZE(a) < 0)
        SIZE(z) = -SIZE(z);
    const digit *ad = INT_DIGITS(a);
    twodigits accum = 0;
    ssize_t i, j;
    for (i = wordshift, j = 0; j < oldsize; i++, j++) {
        accum |= (twodigits)ad[j] << remshift;
        z->d[i] = (digit)(accum & INT_MASK);
        accum >>= INT_SHIFT;
    }
    if (remshift)
        z->d[newsize - 1] = (digit)accum;
    return int_finish(z);
}

static ssize_t shift_count(Object *b, bool *huge)
{
    *huge = false;
    if (SIZE(b) < 0) {
        exc_set_string(Exc_ValueError, "negative shift count");
        return -1;
    }
    int overflow;
    int64_t n = int_as_i64(b, &overflow);
    if (overflow || n > PTRDIFF_MAX) {
        *huge = true;
        return 0;
    }
    return (ssize_t)n;
}

Object *int_lshift(Object *a, Object *b)
{
    bool huge;
    ssize_t n = shift_count(b, &huge);
    if (n < 0)
        return NULL;
    if (SIZE(a) == 0)
        return int_small_get(0);
    if (huge || n / INT_SHIFT > PTRDIFF_MAX / 8)
        return exc_no_memory();
    return int_lshift_ssize(a, n);
}

/* |a| >> n on magnitudes; fresh result. */
static IntObject *mag_rshift(Object *a, ssize_t n)
{
    ssize_t wordshift = n / INT_SHIFT, size = INT_NDIGITS(a);
    int loshift = (int)(n % INT_SHIFT);
    ssize_t newsize = size - wordshift;
    if (newsize <= 0)
        return int_alloc(0);
    IntObject *z = int_alloc(newsize);
    if (z == NULL)
        return NULL;
    (void)int_v_rshift(z->d, INT_DIGITS(a) + wordshift, newsize, loshift);
    return int_strip(z);
}

Object *int_rshift(Object *a, Object *b)
{
    bool huge;
    ssize_t n = shift_count(b, &huge);
    if (n < 0)
        return NULL;
    if (huge)
        return int_small_get(SIZE(a) < 0 ? -1 : 0);
    if (INT_IS_COMPACT(a)) {
        intptr_t v = INT_COMPACT_VALUE(a);
        if (n >= 63)
            return int_small_get(v < 0 ? -1 : 0);
        return int_from_ssize(v >> n);      /* arithmetic shift: floor */
    }
    if (SIZE(a) >= 0)
        return int_finish(mag_rshift(a, n));
    /* a < 0: a >> n == ~(~a >> n), and ~a = |a| - 1 >= 0 */
    Object *inv = int_invert(a);
    if (inv == NULL)
        return NULL;
    IntObject *s = mag_rshift(inv, n);
    OBJ_DECREF(inv);
    if (s == NULL)
        return NULL;
    Object *sf = int_finish(s);
    if (sf == NULL)
        return NULL;
    Object *res = int_invert(sf);
    OBJ_DECREF(sf);
    return res;
}

/* ---- bitwise operations ---- */

Object *int_invert(Object *a)
{
    if (INT_IS_COMPACT(a))
        return int_from_ssize(~INT_COMPACT_VALUE(a));
    /* ~a == -(a + 1) */
    Object *one = int_small_get(1);
    Object *t = int_add(a, one);
    OBJ_DECREF(one);
    if (t == NULL)
        return NULL;
    SIZE(t) = -SIZE(t);     /* t is fresh: |a + 1| has two digits or more */
    return t;
}

static void v_complement(digit *z, const digit *a, ssize_t m)
{
    digit carry = 1;
    for (ssize_t i = 0; i < m; ++i) {
        carry += a[i] ^ INT_MASK;
        z[i] = carry & INT_MASK;
        carry >>= INT_SHIFT;
    }
}

Object *int_bitwise(Object *ao, char op, Object *bo)
{
    if (INT_IS_COMPACT(ao) && INT_IS_COMPACT(bo)) {
        intptr_t x = INT_COMPACT_VALUE(ao), y = INT_COMPACT_VALUE(bo);
        return int_from_ssize(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    IntObject *a = (IntObject *)ao, *b = (IntObject *)bo, *z;
    ssize_t size_a = INT_NDIGITS(a), size_b = INT_NDIGITS(b), size_z, i;
    bool nega = SIZE(a) < 0, negb = SIZE(b) < 0, negz;
    /* negative operands become two's complement copies */
    if (nega) {
        z = int_alloc(size_a);
        if (z == NULL)
            return NULL;
        v_complement(z->d, a->d, size_a);
        a = z;
    }
    else
        OBJ_INCREF(a);
    if (negb) {
        z = int_alloc(size_b);
        if (z == NULL) {
            OBJ_DECREF(a);
            return NULL;
        }
        v_complement(z->d, b->d, size_b);
        b = z;
    }
    else
        OBJ_INCREF(b);
    if (size_a < size_b) {
        z = a; a = b; b = z;
        size_z = size_a; size_a = size_b; size_b = size_z;
        negz = nega; nega = negb; negb = negz;
    }
    switch (op) {
    case '^':
        negz = nega ^ negb;
        size_z = size_a;
        break;
    case '&':
        negz = nega & negb;
        size_z = negb ? size_a : size_b;
        break;
    default:
        negz = nega | negb;
        size_z = negb ? size_b : size_a;
        break;
    }
    z = int_alloc(size_z + negz);
    if (z == NULL) {
        OBJ_DECREF(a);
        OBJ_DECREF(b);
        return NULL;
    }
    switch (op) {
    case '&':
        for (i = 0; i < size_b; ++i)
            z->d[i] = a->d[i] & b->d[i];
        break;
    case '|':
        for (i = 0; i < size_b; ++i)
            z->d[i] = a->d[i] | b->d[i];
        break;
    default:
        for (i = 0; i < size_b; ++i)
            z->d[i] = a->d[i] ^ b->d[i];
        break;
    }
    if (op == '^' && negb)
        for (; i < size_z; ++i)
            z->d[i] = a->d[i] ^ INT_MASK;
    else if (i < size_z)
        memcpy(&z->d[i], &a->d[i], (size_t)(size_z - i) * sizeof(digit));
    if (negz) {
        SIZE(z) = -SIZE(z);
        z->d[size_z] = INT_MASK;
        v_complement(z->d, z->d, size_z + 1);
    }
    OBJ_DECREF(a);
    OBJ_DECREF(b);
    return int_finish(z);
}
