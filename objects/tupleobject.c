/* tupleobject.c: the immutable sequence (CPython 3.11's layout: a 24-byte VarObject with the item
 * pointers inline, so getsizeof is 40 + 8 per item with the GC header) and its iterator.
 * The empty tuple is one shared object, never tracked; every other tuple is tracked from
 * tuple_new on, its items filled in with tuple_set_item_steal. Hash is CPython's xxHash-based one. */
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/intobject.h"
#include "objects/rangeobject.h"
#include "objects/dictobject.h"
#include "objects/typeobject.h"
#include "objects/containers_internal.h"
#include "gc/gc.h"
#include <stdarg.h>
#include <string.h>

static Object *empty_tuple;     /* the shared (), created on first use */

/* CPython 3.11's tuple free lists: up to TUPLE_MAXFREELIST dead exact tuples of each size
 * 1..TUPLE_MAXSAVESIZE-1, chained through items[0]; released by tuple_fini. */
#define TUPLE_MAXSAVESIZE 20
#define TUPLE_MAXFREELIST 2000
static Object *tuple_free_list[TUPLE_MAXSAVESIZE];
static int tuple_numfree[TUPLE_MAXSAVESIZE];

typedef struct TupleIterObject {
    Object ob;
    ssize_t index;
    Object *seq;                /* the tuple, NULL when exhausted */
} TupleIterObject;

/* ---- construction ---- */

Object *tuple_new(ssize_t n)
{
    if (n == 0) {
        if (empty_tuple == NULL) {
            empty_tuple = obj_alloc(&tuple_type, 0);
            if (empty_tuple == NULL) return NULL;
        }
        return obj_newref(empty_tuple);
    }
    if (n < 0) return exc_bad_internal_call("tuple_new");
    if ((size_t)n > ((size_t)PTRDIFF_MAX - sizeof(TupleObject)) / sizeof(Object *))
        return exc_no_memory();
    Object *t;
    if (n < TUPLE_MAXSAVESIZE && (t = tuple_free_list[n]) != NULL) {
        tuple_free_list[n] = TUPLE_ITEMS(t)[0];
        tuple_numfree[n]--;
        freelist_revive(t);
        memset(TUPLE_ITEMS(t), 0, (size_t)n * sizeof(Object *));
        /* not counted as an allocation by the collector, as in CPython (nor counted off when
         * it goes back to the free list) */
    } else {
        t = obj_alloc(&tuple_type, n);
        if (t == NULL) return NULL;
    }
    gc_track(t);
    return t;
}

void tuple_set_item_steal(Object *t, ssize_t i, Object *item)
{
    Object *old = TUPLE_ITEMS(t)[i];
    TUPLE_ITEMS(t)[i] = item;
    OBJ_XDECREF(old);
}

Object *tuple_pack(ssize_t n, ...)
{
    Object *t = tuple_new(n);
    if (t == NULL) return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++) {
        Object *o = va_arg(ap, Object *);
        TUPLE_ITEMS(t)[i] = obj_newref(o);
    }
    va_end(ap);
    return t;
}

Object *tuple_from_array(Object *const *items, ssize_t n)
{
    Object *t = tuple_new(n);
    if (t == NULL) return NULL;
    for (ssize_t i = 0; i < n; i++) TUPLE_ITEMS(t)[i] = obj_newref(items[i]);
    return t;
}

Object *tuple_from_iterable(Object *iterable)
{
    if (TUPLE_CHECK_EXACT(iterable)) return obj_newref(iterable);
    if (LIST_CHECK_EXACT(iterable)) return list_as_tuple(iterable);
    Object *l = list_from_iterable(iterable);
    if (l == NULL) return NULL;
    Object *t = list_as_tuple(l);
    OBJ_DECREF(l);
    return t;
}

Object *tuple_slice(Object *t, ssize_t start, ssize_t stop)
{
    ssize_t n = TUPLE_SIZE(t);
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop < start) stop = start;
    if (start == 0 && stop == n && TUPLE_CHECK_EXACT(t)) return obj_newref(t);
    return tuple_from_array(TUPLE_ITEMS(t) + start, stop - start);
}

void tuple_clear_freelists(void)
{
    for (int n = 1; n < TUPLE_MAXSAVESIZE; n++) {
        while (tuple_free_list[n] != NULL) {
            Object *t = tuple_free_list[n];
            tuple_free_list[n] = TUPLE_ITEMS(t)[0];
            obj_free(t);
        }
        tuple_numfree[n] = 0;
    }
}

void tuple_fini(void)
{
    OBJ_CLEAR(empty_tuple);
    tuple_clear_freelists();
    for (int n = 1; n < TUPLE_MAXSAVESIZE; n++)
        tuple_numfree[n] = TUPLE_MAXFREELIST;   /* tuples dying later are freed at once */
    slice_fini_cache();
    /* Types readied on first use when the start-up list lacks them (dictviews.c, rangeobject.c):
     * release what type_ready made. Harmless for types already finalized. */
    TypeObject *lazy[] = {&dict_reverse_key_iter_type, &dict_reverse_value_iter_type,
                          &dict_reverse_item_iter_type, &longrange_iter_type};
    for (size_t i = 0; i < sizeof lazy / sizeof lazy[0]; i++)
        if (TYPE_HAS_FLAG(lazy[i], TPFLAG_READY)) type_fini_static(lazy[i]);
}

/* ---- slots ---- */

static void tuple_dealloc(Object *self)
{
    gc_untrack(self);
    bool trash = TYPE(self)->dealloc == tuple_dealloc;
    if (trash && !list_trash_begin(self)) return;
    ssize_t n = TUPLE_SIZE(self), i = n;
    while (--i >= 0) OBJ_XDECREF(TUPLE_ITEMS(self)[i]);
    if (n > 0 && n < TUPLE_MAXSAVESIZE && tuple_numfree[n] < TUPLE_MAXFREELIST &&
        TUPLE_CHECK_EXACT(self)) {
        TUPLE_ITEMS(self)[0] = tuple_free_list[n];
        tuple_free_list[n] = self;
        tuple_numfree[n]++;
    } else {
        obj_free(self);
    }
    if (trash) list_trash_end();
}

static int tuple_traverse(Object *self, visitproc visit, void *arg)
{
    for (ssize_t i = TUPLE_SIZE(self); --i >= 0;) VISIT(TUPLE_ITEMS(self)[i]);
    return 0;
}

static int tuple_clear(Object *self)
{
    /* Tuples cannot be cleared (CPython: tp_clear is NULL); a cycle through a tuple is broken at
     * its mutable members. Returning 0 keeps the collector's contract. */
    UNUSED(self);
    return 0;
}

static Object *tuple_repr(Object *self)
{
    ssize_t n = TUPLE_SIZE(self);
    if (n == 0) return str_from_cstr("()");
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("(...)") : NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '(');
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0) sb_append_cstr(&sb, ", ");
        if (sb_append_repr(&sb, TUPLE_ITEMS(self)[i]) < 0) {
            sb_fini(&sb);
            repr_leave(self);
            return NULL;
        }
    }
    sb_append_cstr(&sb, n == 1 ? ",)" : ")");
    repr_leave(self);
    return sb_finish(&sb);
}

/* CPython 3.11's tuplehash: xxHash (XXH64's round) over the item hashes. */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static hash_t tuple_hash(Object *self)
{
    ssize_t len = TUPLE_SIZE(self);
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < len; i++) {
        hash_t h = obj_hash(TUPLE_ITEMS(self)[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (hash_t)acc;
}

static Object *compare_sizes(ssize_t a, ssize_t b, int op)
{
    bool r;
    switch (op) {
    case RICH_LT: r = a < b; break;
    case RICH_LE: r = a <= b; break;
    case RICH_EQ: r = a == b; break;
    case RICH_NE: r = a != b; break;
    case RICH_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return bool_from(r);
}

static Object *tuple_richcompare(Object *v, Object *w, int op)
{
    if (!TUPLE_CHECK(v) || !TUPLE_CHECK(w)) RETURN_NOTIMPL;
    ssize_t vlen = TUPLE_SIZE(v), wlen = TUPLE_SIZE(w);
    ssize_t i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = obj_richcompare_bool(TUPLE_ITEMS(v)[i], TUPLE_ITEMS(w)[i], RICH_EQ);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) return compare_sizes(vlen, wlen, op);
    if (op == RICH_EQ) RETURN_FALSE;
    if (op == RICH_NE) RETURN_TRUE;
    return obj_richcompare(TUPLE_ITEMS(v)[i], TUPLE_ITEMS(w)[i], op);
}

static ssize_t tuple_length(Object *self)
{
    return TUPLE_SIZE(self);
}

static int tuple_contains(Object *self, Object *el)
{
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < TUPLE_SIZE(self); i++)
        cmp = obj_richcompare_bool(TUPLE_ITEMS(self)[i], el, RICH_EQ);
    return cmp;
}

static Object *tuple_subscript(Object *self, Object *key)
{
    if (is_index(key)) {
        ssize_t i = obj_as_ssize(key, Exc_IndexError);
        if (i == -1 && exc_occurred()) return NULL;
        if (i < 0) i += TUPLE_SIZE(self);
        if (i < 0 || i >= TUPLE_SIZE(self))
            return exc_set_string(Exc_IndexError, "tuple index out of range");
        return obj_newref(TUPLE_ITEMS(self)[i]);
    }
    if (SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        ssize_t n = slice_indices(key, TUPLE_SIZE(self), &start, &stop, &step);
        if (n < 0) return NULL;
        if (n <= 0) return tuple_new(0);
        if (start == 0 && step == 1 && n == TUPLE_SIZE(self) && TUPLE_CHECK_EXACT(self))
            return obj_newref(self);
        Object *t = tuple_new(n);
        if (t == NULL) return NULL;
        for (ssize_t cur = start, i = 0; i < n; cur += step, i++)
            TUPLE_ITEMS(t)[i] = obj_newref(TUPLE_ITEMS(self)[cur]);
        return t;
    }
    return exc_format(Exc_TypeError, "tuple indices must be integers or slices, not %T", key);
}

static Object *tuple_concat(Object *a, Object *b)
{
    if (!TUPLE_CHECK(b))
        return exc_format(Exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    ssize_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b);
    if (na == 0 && TUPLE_CHECK_EXACT(b)) return obj_newref(b);
    if (nb == 0 && TUPLE_CHECK_EXACT(a)) return obj_newref(a);
    if (na > PTRDIFF_MAX / (ssize_t)sizeof(Object *) - nb) return exc_no_memory();
    Object *t = tuple_new(na + nb);
    if (t == NULL) return NULL;
    for (ssize_t i = 0; i < na; i++) TUPLE_ITEMS(t)[i] = obj_newref(TUPLE_ITEMS(a)[i]);
    for (ssize_t i = 0; i < nb; i++) TUPLE_ITEMS(t)[na + i] = obj_newref(TUPLE_ITEMS(b)[i]);
    return t;
}

static Object *tuple_repeat(Object *a, ssize_t n)
{
    ssize_t len = TUPLE_SIZE(a);
    if ((len == 0 || n == 1) && TUPLE_CHECK_EXACT(a)) return obj_newref(a);
    if (len == 0 || n <= 0) return tuple_new(0);
    if (n > PTRDIFF_MAX / (ssize_t)sizeof(Object *) / len) return exc_no_memory();
    Object *t = tuple_new(len * n);
    if (t == NULL) return NULL;
    Object **dst = TUPLE_ITEMS(t);
    for (ssize_t j = 0; j < n; j++)
        for (ssize_t i = 0; i < len; i++) *dst++ = obj_newref(TUPLE_ITEMS(a)[i]);
    return t;
}

static Object *tuple_iter(Object *self)
{
    TupleIterObject *it = (TupleIterObject *)obj_alloc(&tuple_iter_type, 0);
    if (it == NULL) return NULL;
    it->index = 0;
    it->seq = obj_newref(self);
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *tuple_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &tuple_type && no_kwargs("tuple", kwnames) < 0) return NULL;
    if (npos_args("tuple", nargs, 0, 1) < 0) return NULL;
    Object *tmp = nargs == 0 ? tuple_new(0) : tuple_from_iterable(args[0]);
    if (tmp == NULL || type == &tuple_type) return tmp;
    /* a subclass: copy into an instance of [type] */
    ssize_t n = TUPLE_SIZE(tmp);
    Object *t = obj_alloc(type, n);
    if (t == NULL) {
        OBJ_DECREF(tmp);
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) TUPLE_ITEMS(t)[i] = obj_newref(TUPLE_ITEMS(tmp)[i]);
    OBJ_DECREF(tmp);
    gc_track(t);
    return t;
}

/* ---- methods ---- */

/* Resolves an optional start/stop argument of index(): clamps like CPython's slice indices. */
static int index_bound(Object *o, ssize_t *out)
{
    if (o == NULL) return 0;
    return slice_index_clamped(o, out);
}

static Object *tuple_index_meth(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("tuple.index", kwnames) < 0 || npos_args("index", nargs, 1, 3) < 0) return NULL;
    ssize_t start = 0, stop = PTRDIFF_MAX;
    if (index_bound(nargs > 1 ? args[1] : NULL, &start) < 0) return NULL;
    if (index_bound(nargs > 2 ? args[2] : NULL, &stop) < 0) return NULL;
    ssize_t n = TUPLE_SIZE(self);
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    for (ssize_t i = start; i < stop && i < n; i++) {
        int cmp = obj_richcompare_bool(TUPLE_ITEMS(self)[i], args[0], RICH_EQ);
        if (cmp > 0) return int_from_ssize(i);
        if (cmp < 0) return NULL;
    }
    return exc_set_string(Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Object *tuple_count_meth(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("tuple.count", nargs, kwnames) < 0) return NULL;
    ssize_t count = 0;
    for (ssize_t i = 0; i < TUPLE_SIZE(self); i++) {
        int cmp = obj_richcompare_bool(TUPLE_ITEMS(self)[i], args[0], RICH_EQ);
        if (cmp > 0) count++;
        else if (cmp < 0) return NULL;
    }
    return int_from_ssize(count);
}

static Object *tuple_getnewargs(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("tuple.__getnewargs__", nargs, kwnames) < 0) return NULL;
    Object *copy = tuple_slice(self, 0, TUPLE_SIZE(self));
    if (copy == NULL) return NULL;
    Object *r = tuple_pack(1, copy);
    OBJ_DECREF(copy);
    return r;
}

static MethodDef tuple_methods[] = {
    {"index", tuple_index_meth, METH_DEFAULT,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count_meth, METH_DEFAULT, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObject tuple_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "tuple",
    .basicsize = sizeof(TupleObject),
    .itemsize = sizeof(Object *),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_TUPLE_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .doc = "Built-in immutable sequence.\n\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .getattro = obj_generic_getattr,
    .iter = tuple_iter,
    .len = tuple_length,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .tp_new = tuple_tp_new,
    .methods = tuple_methods,
    .base = &object_type,
};

/* ---- the iterator ---- */

static void tupleiter_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(((TupleIterObject *)self)->seq);
    obj_free(self);
}

static int tupleiter_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((TupleIterObject *)self)->seq);
    return 0;
}

static int tupleiter_clear(Object *self)
{
    OBJ_CLEAR(((TupleIterObject *)self)->seq);
    return 0;
}

static Object *self_iter(Object *self)
{
    return obj_newref(self);
}

static Object *tupleiter_next(Object *self)
{
    TupleIterObject *it = (TupleIterObject *)self;
    Object *seq = it->seq;
    if (seq == NULL) return NULL;
    if (it->index < TUPLE_SIZE(seq)) return obj_newref(TUPLE_ITEMS(seq)[it->index++]);
    it->seq = NULL;
    OBJ_DECREF(seq);
    return NULL;
}

static Object *tupleiter_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                     Object *kwnames)
{
    UNUSED(args);
    if (no_args("tuple_iterator.__length_hint__", nargs, kwnames) < 0) return NULL;
    TupleIterObject *it = (TupleIterObject *)self;
    ssize_t n = it->seq != NULL ? TUPLE_SIZE(it->seq) - it->index : 0;
    return int_from_ssize(n < 0 ? 0 : n);
}

static MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject tuple_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .clear = tupleiter_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
    .base = &object_type,
};

void tuple_maybe_untrack(Object *t)
{
    if (!gc_is_tracked(t)) return;
    for (ssize_t i = TUPLE_SIZE(t); --i >= 0;) {
        Object *elt = TUPLE_ITEMS(t)[i];
        /* a NULL item means the tuple is still being built */
        if (elt == NULL) return;
        if (OBJ_IS_GC(elt) && (!TUPLE_CHECK_EXACT(elt) || gc_is_tracked(elt))) return;
    }
    gc_untrack(t);
}
