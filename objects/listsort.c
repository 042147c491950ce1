/* listsort.c: list.sort, CPython 3.11's adaptive stable merge sort (timsort with the powersort
 * merge policy), so that the order of equal keys and the sequence of __lt__ calls a program can
 * observe are CPython's. Natural runs are found and extended to minrun with binary insertion;
 * runs are merged with galloping when one side keeps winning. Only `<` is ever used.
 * While sorting, the list is emptied (items NULL, allocated -1) so that a key or comparison that
 * mutates the list cannot corrupt memory; such a mutation raises "list modified during sort". */
#include "objects/listobject.h"
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "vm/errors.h"
#include "gc/alloc.h"
#include <string.h>

#define MAX_MERGE_PENDING ((int)(sizeof(size_t) * 8))
#define MIN_GALLOP 7
#define MERGESTATE_TEMP_SIZE 256

/* Keys are sorted; values (the list items when a key function is used) move with them. */
typedef struct SortSlice {
    Object **keys;
    Object **values;            /* NULL without a key function */
} SortSlice;

typedef struct PendingRun {
    SortSlice base;
    ssize_t len;
    int power;
} PendingRun;

typedef struct MergeState MergeState;
struct MergeState {
    ssize_t min_gallop;
    ssize_t listlen;
    Object **basekeys;
    SortSlice a;                /* temp storage for merges */
    ssize_t alloced;
    int n;                      /* pending runs on the stack */
    PendingRun pending[MAX_MERGE_PENDING];
    Object *temparray[MERGESTATE_TEMP_SIZE];
    int (*lt)(Object *, Object *);   /* 1, 0, or -1 with an exception */
};

/* ---- comparisons ---- */

static int generic_lt(Object *v, Object *w)
{
    return obj_richcompare_bool(v, w, RICH_LT);
}

static int compact_int_lt(Object *v, Object *w)
{
    return INT_COMPACT_VALUE(v) < INT_COMPACT_VALUE(w);
}

static int str_lt(Object *v, Object *w)
{
    return str_compare(v, w) < 0;
}

static int float_lt(Object *v, Object *w)
{
    return FLOAT_VALUE(v) < FLOAT_VALUE(w);
}

/* CPython's unsafe_tuple_compare: keys are non-empty exact tuples whose first items share one
 * built-in type, compared with that type's fast `<`; later items use the generic protocol.
 * The item comparison is a static (list_sort saves and restores it around a sort, so a sort
 * run by a comparison inside another sort leaves the outer one's unchanged). */
static int (*tuple_elem_lt)(Object *, Object *);

/* a == b for tuple items: exact strs and compact ints inline (their __eq__ is only this),
 * everything else through the protocol. 1, 0 or -1. */
static inline int item_eq(Object *a, Object *b)
{
    if (a == b) return 1;
    TypeObject *t = TYPE(a);
    if (t == TYPE(b)) {
        if (t == &str_type) return str_eq(a, b);
        if (t == &int_type && INT_IS_COMPACT(a) && INT_IS_COMPACT(b))
            return INT_COMPACT_VALUE(a) == INT_COMPACT_VALUE(b);
    }
    return obj_richcompare_bool(a, b, RICH_EQ);
}

/* a < b for tuple items, as item_eq. */
static inline int item_lt(Object *a, Object *b)
{
    TypeObject *t = TYPE(a);
    if (t == TYPE(b)) {
        if (t == &str_type) return str_compare(a, b) < 0;
        if (t == &int_type && INT_IS_COMPACT(a) && INT_IS_COMPACT(b))
            return INT_COMPACT_VALUE(a) < INT_COMPACT_VALUE(b);
    }
    return obj_richcompare_bool(a, b, RICH_LT);
}

static int tuple_lt(Object *v, Object *w)
{
    ssize_t vlen = TUPLE_SIZE(v), wlen = TUPLE_SIZE(w), i = 0;
    Object *a = TUPLE_GET(v, 0), *b = TUPLE_GET(w, 0);
    if (tuple_elem_lt == compact_int_lt) {
        /* first items are compact ints: equality is a plain comparison too */
        if (INT_COMPACT_VALUE(a) != INT_COMPACT_VALUE(b)) return INT_COMPACT_VALUE(a) < INT_COMPACT_VALUE(b);
        i = 1;
    }
    for (; i < vlen && i < wlen; i++) {
        a = TUPLE_GET(v, i);
        b = TUPLE_GET(w, i);
        int k = item_eq(a, b);
        if (k < 0) return -1;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i == 0) return tuple_elem_lt(a, b);
    return item_lt(a, b);
}

/* The fast `<` for [n] keys of one built-in type [t] (ints all compact), else generic_lt. */
static int (*same_type_compare(TypeObject *t, bool ints_compact))(Object *, Object *)
{
    if (t == &int_type && ints_compact) return compact_int_lt;
    if (t == &str_type) return str_lt;
    if (t == &float_type) return float_lt;
    return generic_lt;
}

/* CPython's pre-sort check: when every key has the same built-in type, compare without the
 * generic protocol (the results are the same; it is only faster). */
static int (*choose_compare(Object **keys, ssize_t n))(Object *, Object *)
{
    if (n < 2) return generic_lt;
    TypeObject *t = TYPE(keys[0]);
    bool ints_compact = true;
    for (ssize_t i = 0; i < n; i++) {
        if (TYPE(keys[i]) != t) return generic_lt;
        if (t == &int_type && !INT_IS_COMPACT(keys[i])) ints_compact = false;
    }
    if (t == &tuple_type) {
        if (TUPLE_SIZE(keys[0]) == 0) return generic_lt;
        TypeObject *et = TYPE(TUPLE_GET(keys[0], 0));
        bool elems_compact = true;
        for (ssize_t i = 0; i < n; i++) {
            if (TUPLE_SIZE(keys[i]) == 0) return generic_lt;
            Object *e = TUPLE_GET(keys[i], 0);
            if (TYPE(e) != et) return generic_lt;
            if (et == &int_type && !INT_IS_COMPACT(e)) elems_compact = false;
        }
        int (*elem)(Object *, Object *) = same_type_compare(et, elems_compact);
        if (elem == generic_lt) return generic_lt;
        tuple_elem_lt = elem;
        return tuple_lt;
    }
    return same_type_compare(t, ints_compact);
}

#define ISLT(x, y) (ms->lt((x), (y)))
#define IFLT(x, y)                  \
    if ((k = ISLT((x), (y))) < 0)   \
        goto fail;                  \
    if (k)

/* ---- slices ---- */

static void reverse_range(Object **lo, Object **hi)
{
    --hi;
    while (lo < hi) {
        Object *t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

static void reverse_sortslice(SortSlice *s, ssize_t n)
{
    reverse_range(s->keys, &s->keys[n]);
    if (s->values != NULL) reverse_range(s->values, &s->values[n]);
}

static void ss_copy(SortSlice *s1, ssize_t i, SortSlice *s2, ssize_t j)
{
    s1->keys[i] = s2->keys[j];
    if (s1->values != NULL) s1->values[i] = s2->values[j];
}

static void ss_copy_incr(SortSlice *dst, SortSlice *src)
{
    *dst->keys++ = *src->keys++;
    if (dst->values != NULL) *dst->values++ = *src->values++;
}

static void ss_copy_decr(SortSlice *dst, SortSlice *src)
{
    *dst->keys-- = *src->keys--;
    if (dst->values != NULL) *dst->values-- = *src->values--;
}

static void ss_memcpy(SortSlice *s1, ssize_t i, SortSlice *s2, ssize_t j, ssize_t n)
{
    memcpy(&s1->keys[i], &s2->keys[j], sizeof(Object *) * (size_t)n);
    if (s1->values != NULL) memcpy(&s1->values[i], &s2->values[j], sizeof(Object *) * (size_t)n);
}

static void ss_memmove(SortSlice *s1, ssize_t i, SortSlice *s2, ssize_t j, ssize_t n)
{
    memmove(&s1->keys[i], &s2->keys[j], sizeof(Object *) * (size_t)n);
    if (s1->values != NULL) memmove(&s1->values[i], &s2->values[j], sizeof(Object *) * (size_t)n);
}

static void ss_advance(SortSlice *s, ssize_t n)
{
    s->keys += n;
    if (s->values != NULL) s->values += n;
}

/* ---- runs ---- */

/* Binary insertion sort of [lo, hi), of which [lo, start) is already sorted. Stable: an item is
 * placed after the items equal to it. */
static int binarysort(MergeState *ms, SortSlice lo, Object **hi, Object **start)
{
    int k;
    Object **l, **p, **r;
    Object *pivot;
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        l = lo.keys;
        r = start;
        pivot = *r;
        do {
            p = l + ((r - l) >> 1);
            IFLT(pivot, *p) r = p;
            else l = p + 1;
        } while (l < r);
        for (p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values != NULL) {
            ssize_t offset = lo.values - lo.keys;
            p = start + offset;
            pivot = *p;
            l += offset;
            for (p = start + offset; p > l; --p) *p = *(p - 1);
            *l = pivot;
        }
    }
    return 0;
fail:
    return -1;
}

/* Length of the run starting at lo: non-descending, or strictly descending (*descending = 1). */
static ssize_t count_run(MergeState *ms, Object **lo, Object **hi, int *descending)
{
    int k;
    ssize_t n;
    *descending = 0;
    ++lo;
    if (lo == hi) return 1;
    n = 2;
    IFLT(*lo, *(lo - 1)) {
        *descending = 1;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1));
            else break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) break;
        }
    }
    return n;
fail:
    return -1;
}

/* Where key belongs in the sorted a[0:n], leftmost among equals, searching from a[hint]. */
static ssize_t gallop_left(MergeState *ms, Object *key, Object **a, ssize_t n, ssize_t hint)
{
    int k;
    ssize_t ofs, lastofs;
    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(*a, key) {
        const ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        const ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
fail:
    return -1;
}

/* Like gallop_left, but rightmost among equals. */
static ssize_t gallop_right(MergeState *ms, Object *key, Object **a, ssize_t n, ssize_t hint)
{
    int k;
    ssize_t ofs, lastofs;
    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(key, *a) {
        const ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        const ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

/* ---- merging ---- */

static void merge_init(MergeState *ms, ssize_t list_size, bool has_keyfunc, SortSlice *lo)
{
    if (has_keyfunc) {
        ms->alloced = (list_size + 1) / 2;
        if (MERGESTATE_TEMP_SIZE / 2 < ms->alloced) ms->alloced = MERGESTATE_TEMP_SIZE / 2;
        ms->a.values = &ms->temparray[ms->alloced];
    } else {
        ms->alloced = MERGESTATE_TEMP_SIZE;
        ms->a.values = NULL;
    }
    ms->a.keys = ms->temparray;
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = list_size;
    ms->basekeys = lo->keys;
}

static void merge_freemem(MergeState *ms)
{
    if (ms->a.keys != ms->temparray) {
        mem_free(ms->a.keys);
        ms->a.keys = NULL;
    }
}

static int merge_getmem(MergeState *ms, ssize_t need)
{
    if (need <= ms->alloced) return 0;
    bool multiplier = ms->a.values != NULL;
    merge_freemem(ms);
    if ((size_t)need > (size_t)PTRDIFF_MAX / sizeof(Object *) / 2) {
        exc_no_memory();
        return -1;
    }
    ms->a.keys = mem_alloc((size_t)(multiplier ? 2 : 1) * (size_t)need * sizeof(Object *));
    if (ms->a.keys == NULL) {
        exc_no_memory();
        return -1;
    }
    ms->alloced = need;
    if (multiplier) ms->a.values = &ms->a.keys[need];
    return 0;
}

/* Merges the na items at ssa with the nb items at ssb (ssa + na == ssb), na <= nb. */
static ssize_t merge_lo(MergeState *ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb)
{
    ssize_t k;
    SortSlice dest;
    int result = -1;
    ssize_t min_gallop;

    if (merge_getmem(ms, na) < 0) return -1;
    ss_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;

    ss_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;

    min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                ss_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                ss_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                ss_memcpy(&dest, 0, &ssa, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssa, k);
                na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed;      /* only with an inconsistent comparison */
            }
            ss_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) goto succeed;

            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                ss_memmove(&dest, 0, &ssb, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssb, k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            ss_copy_incr(&dest, &ssa);
            --na;
            if (na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) ss_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copy_b:
    /* the last item of a belongs at the end of the merge */
    ss_memmove(&dest, 0, &ssb, 0, nb);
    ss_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* Merges the na items at ssa with the nb items at ssb (ssa + na == ssb), na >= nb. */
static ssize_t merge_hi(MergeState *ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb)
{
    ssize_t k;
    SortSlice dest, basea, baseb;
    int result = -1;
    ssize_t min_gallop;

    if (merge_getmem(ms, nb) < 0) return -1;
    dest = ssb;
    ss_advance(&dest, nb - 1);
    ss_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values != NULL) ssb.values = ms->a.values + nb - 1;
    ss_advance(&ssa, na - 1);

    ss_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;

    min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                ss_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                ss_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssa, -k);
                ss_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            ss_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) goto copy_a;

            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssb, -k);
                ss_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;      /* only with an inconsistent comparison */
            }
            ss_copy_decr(&dest, &ssa);
            --na;
            if (na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a:
    /* the first item of b belongs at the front of the merge */
    ss_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merges pending runs i and i + 1 (i is the second- or third-last run). */
static ssize_t merge_at(MergeState *ms, int i)
{
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    ssize_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ssize_t k;

    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;

    /* items of a before where b[0] goes are already in place */
    k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ss_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    /* items of b after where a[-1] goes are already in place */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return nb;
    if (na <= nb) return merge_lo(ms, ssa, na, ssb, nb);
    return merge_hi(ms, ssa, na, ssb, nb);
}

/* Powersort's node power of the boundary between the runs [s1, s1+n1) and [s1+n1, s1+n1+n2)
 * in a list of n items: the first bit where the midpoints' binary fractions differ. */
static int powerloop(ssize_t s1, ssize_t n1, ssize_t n2, ssize_t n)
{
    int result = 0;
    ssize_t a = 2 * s1 + n1;
    ssize_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A run of n2 items was found right after the last pending run: merge while the run below has
 * a greater power than the new boundary. */
static int found_new_run(MergeState *ms, ssize_t n2)
{
    if (ms->n) {
        PendingRun *p = ms->pending;
        ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
        ssize_t n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power) {
            if (merge_at(ms, ms->n - 2) < 0) return -1;
        }
        p[ms->n - 1].power = power;
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms)
{
    PendingRun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (merge_at(ms, n) < 0) return -1;
    }
    return 0;
}

/* minrun in [32, 64]: n / minrun is a power of two or slightly less. */
static ssize_t merge_compute_minrun(ssize_t n)
{
    ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ---- list.sort ---- */

int list_sort(Object *l, Object *keyfunc, bool reverse)
{
    ListObject *self = (ListObject *)l;
    MergeState ms;
    SortSlice lo;
    int result = -1;
    Object **keys = NULL;
    int (*saved_elem_lt)(Object *, Object *) = NULL;

    ssize_t saved_size = SIZE(self);
    Object **saved_items = self->items;
    ssize_t saved_allocated = self->allocated;
    SIZE(self) = 0;
    self->items = NULL;
    self->allocated = -1;       /* any change to the list during the sort resets it */

    if (keyfunc == NULL) {
        lo.keys = saved_items;
        lo.values = NULL;
    } else {
        keys = mem_alloc((size_t)(saved_size > 0 ? saved_size : 1) * sizeof(Object *));
        if (keys == NULL) {
            exc_no_memory();
            goto keyfunc_fail;
        }
        for (ssize_t i = 0; i < saved_size; i++) {
            keys[i] = obj_call_one(keyfunc, saved_items[i]);
            if (keys[i] == NULL) {
                while (--i >= 0) OBJ_DECREF(keys[i]);
                mem_free(keys);
                keys = NULL;
                goto keyfunc_fail;
            }
        }
        lo.keys = keys;
        lo.values = saved_items;
    }
    saved_elem_lt = tuple_elem_lt;
    ms.lt = choose_compare(lo.keys, saved_size);
    merge_init(&ms, saved_size, keys != NULL, &lo);

    ssize_t nremaining = saved_size;
    if (nremaining < 2) goto succeed;

    /* stability under reverse: reverse, sort forward, reverse back */
    if (reverse) {
        if (keys != NULL) reverse_range(&keys[0], &keys[saved_size]);
        reverse_range(&saved_items[0], &saved_items[saved_size]);
    }

    ssize_t minrun = merge_compute_minrun(nremaining);
    do {
        int descending;
        ssize_t n = count_run(&ms, lo.keys, lo.keys + nremaining, &descending);
        if (n < 0) goto fail;
        if (descending) reverse_sortslice(&lo, n);
        if (n < minrun) {
            const ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(&ms, lo, lo.keys + force, lo.keys + n) < 0) goto fail;
            n = force;
        }
        if (found_new_run(&ms, n) < 0) goto fail;
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = n;
        ++ms.n;
        ss_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);

    if (merge_force_collapse(&ms) < 0) goto fail;

succeed:
    result = 0;
fail:
    if (keys != NULL) {
        for (ssize_t i = 0; i < saved_size; i++) OBJ_DECREF(keys[i]);
        mem_free(keys);
    }
    if (self->allocated != -1 && result == 0) {
        exc_set_string(Exc_ValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && saved_size > 1) reverse_range(saved_items, saved_items + saved_size);
    merge_freemem(&ms);
    tuple_elem_lt = saved_elem_lt;

keyfunc_fail:;
    Object **final_items = self->items;
    ssize_t i = SIZE(self);
    SIZE(self) = saved_size;
    self->items = saved_items;
    self->allocated = saved_allocated;
    if (final_items != NULL) {
        while (--i >= 0) OBJ_XDECREF(final_items[i]);
        mem_free(final_items);
    }
    return result;
}
