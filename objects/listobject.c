/* listobject.c: the mutable sequence, with CPython 3.11's allocation policy so that
 * sys.getsizeof(list) = 56 + 8 * allocated reports the same numbers as CPython: list_resize's
 * growth pattern 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...; exact allocation for list(sized),
 * slices, concatenation and repetition. Sorting lives in listsort.c. Also the list iterators. */
#include "objects/listobject.h"
#include "objects/tupleobject.h"
#include "objects/intobject.h"
#include "objects/rangeobject.h"
#include "objects/containers_internal.h"
#include "gc/alloc.h"
#include "gc/gc.h"
#include <string.h>

#define LIST(o) ((ListObject *)(o))
#define MAX_LIST_ITEMS ((ssize_t)(PTRDIFF_MAX / (ssize_t)sizeof(Object *)))


/* ---- storage ---- */

/* CPython's list_resize: keeps the allocation when newsize is in [allocated/2, allocated],
 * otherwise reallocates to newsize + newsize/8 + 6 rounded down to a multiple of 4 (exactly
 * newsize rounded up to 4 when the jump is large). A zero-size request keeps a (tiny) block,
 * as CPython's realloc(p, 0) does: only clear() and friends return to items == NULL. */
static int list_resize(ListObject *self, ssize_t newsize)
{
    ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        SIZE(self) = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - SIZE(self) > (ssize_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) new_allocated = 0;
    if (new_allocated > (size_t)MAX_LIST_ITEMS) {
        exc_no_memory();
        return -1;
    }
    size_t nbytes = new_allocated * sizeof(Object *);
    Object **items = mem_realloc(self->items, nbytes ? nbytes : 1);
    if (items == NULL) {
        exc_no_memory();
        return -1;
    }
    self->items = items;
    SIZE(self) = newsize;
    self->allocated = (ssize_t)new_allocated;
    return 0;
}

/* CPython's list_preallocate_exact: room for [size] items rounded up to even (the allocator's
 * granularity is 16 bytes), for a list whose items are NULL. */
static int preallocate_exact(ListObject *self, ssize_t size)
{
    size = (size + 1) & ~(ssize_t)1;
    if (size > MAX_LIST_ITEMS) {
        exc_no_memory();
        return -1;
    }
    Object **items = mem_alloc((size_t)size * sizeof(Object *));
    if (items == NULL) {
        exc_no_memory();
        return -1;
    }
    self->items = items;
    self->allocated = size;
    return 0;
}

/* A new empty list with room for exactly [size] items (size stays 0). */
static Object *new_prealloc(ssize_t size)
{
    if (size == 0) return list_new(0);
    if (size > MAX_LIST_ITEMS) return exc_no_memory();
    ListObject *op = (ListObject *)obj_alloc(&list_type, 0);
    if (op == NULL) return NULL;
    op->items = mem_alloc((size_t)size * sizeof(Object *));
    if (op->items == NULL) {
        obj_free((Object *)op);
        return exc_no_memory();
    }
    op->allocated = size;
    gc_track((Object *)op);
    return (Object *)op;
}

/* Drops every item; the list ends with items == NULL (getsizeof 56). */
static int clear_items(ListObject *a)
{
    Object **item = a->items;
    if (item != NULL) {
        ssize_t i = SIZE(a);
        SIZE(a) = 0;
        a->items = NULL;
        a->allocated = 0;
        while (--i >= 0) OBJ_XDECREF(item[i]);
        mem_free(item);
    }
    return 0;
}

static int append_take_ref(ListObject *self, Object *item)
{
    ssize_t n = SIZE(self);
    if (self->allocated > n) {
        self->items[n] = item;
        SIZE(self) = n + 1;
        return 0;
    }
    if (list_resize(self, n + 1) < 0) {
        OBJ_DECREF(item);
        return -1;
    }
    self->items[n] = item;
    return 0;
}

/* ---- the public API ---- */

Object *list_new(ssize_t n)
{
    if (n < 0) return exc_bad_internal_call("list_new");
    if (n > MAX_LIST_ITEMS) return exc_no_memory();
    ListObject *op = (ListObject *)obj_alloc(&list_type, 0);
    if (op == NULL) return NULL;
    if (n > 0) {
        op->items = mem_calloc((size_t)n, sizeof(Object *));
        if (op->items == NULL) {
            obj_free((Object *)op);
            return exc_no_memory();
        }
    }
    SIZE(op) = n;
    op->allocated = n;
    gc_track((Object *)op);
    return (Object *)op;
}

void list_set_item_steal(Object *l, ssize_t i, Object *item)
{
    Object *old = LIST(l)->items[i];
    LIST(l)->items[i] = item;
    OBJ_XDECREF(old);
}

int list_append(Object *l, Object *item)
{
    return append_take_ref(LIST(l), obj_newref(item));
}

ssize_t list_allocated(Object *l)
{
    return LIST(l)->allocated;
}

int list_insert(Object *l, ssize_t where, Object *v)
{
    ListObject *self = LIST(l);
    ssize_t n = SIZE(self);
    if (list_resize(self, n + 1) < 0) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    Object **items = self->items;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * sizeof(Object *));
    items[where] = obj_newref(v);
    return 0;
}

ssize_t list_length_hint(Object *o, ssize_t deflt)
{
    if (TYPE(o)->len != NULL) {
        ssize_t res = TYPE(o)->len(o);
        if (res >= 0) return res;
        if (!exc_matches(Exc_TypeError)) return -1;
        exc_clear();
    }
    Object *hint = lookup_special(o, "__length_hint__");
    if (hint == NULL) return exc_occurred() ? -1 : deflt;
    Object *result = obj_call_noargs(hint);
    OBJ_DECREF(hint);
    if (result == NULL) {
        if (exc_matches(Exc_TypeError)) {
            exc_clear();
            return deflt;
        }
        return -1;
    }
    if (result == NOTIMPL) {
        OBJ_DECREF(result);
        return deflt;
    }
    if (!INT_CHECK(result)) {
        exc_format(Exc_TypeError, "__length_hint__ must be an integer, not %T", result);
        OBJ_DECREF(result);
        return -1;
    }
    ssize_t res = int_as_ssize(result);
    OBJ_DECREF(result);
    if (res < 0 && exc_occurred()) return -1;
    if (res < 0) {
        exc_set_string(Exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return res;
}

int list_extend(Object *l, Object *iterable)
{
    ListObject *self = LIST(l);
    if (LIST_CHECK_EXACT(iterable) || TUPLE_CHECK_EXACT(iterable) || iterable == l) {
        ssize_t n = SIZE(iterable);
        if (n == 0) return 0;
        ssize_t m = SIZE(self);
        if (self->items == NULL) {
            if (preallocate_exact(self, n) < 0) return -1;
            SIZE(self) = n;
        } else if (list_resize(self, m + n) < 0) {
            return -1;
        }
        /* read the source after the resize: it may be this list */
        Object **src = TUPLE_CHECK_EXACT(iterable) ? TUPLE_ITEMS(iterable) : LIST_ITEMS(iterable);
        Object **dest = self->items + m;
        for (ssize_t i = 0; i < n; i++) dest[i] = obj_newref(src[i]);
        return 0;
    }

    Object *it = obj_get_iter(iterable);
    if (it == NULL) return -1;
    unaryfunc iternext = TYPE(it)->iternext;
    ssize_t n = list_length_hint(iterable, 8);
    if (n < 0) goto error;
    ssize_t m = SIZE(self);
    if (m > PTRDIFF_MAX - n) {
        /* the hint lied or the list is huge: grow as we go */
    } else if (self->items == NULL) {
        if (n > 0 && preallocate_exact(self, n) < 0) goto error;
    } else {
        if (list_resize(self, m + n) < 0) goto error;
        SIZE(self) = m;
    }
    for (;;) {
        Object *item = iternext != NULL ? iternext(it) : obj_iter_next(it);
        if (item == NULL) {
            if (exc_occurred()) {
                if (!exc_matches(Exc_StopIteration)) goto error;
                exc_clear();
            }
            break;
        }
        if (SIZE(self) < self->allocated) {
            self->items[SIZE(self)] = item;
            SIZE(self)++;
        } else if (append_take_ref(self, item) < 0) {
            goto error;
        }
    }
    /* cut back if the guess was too large */
    if (SIZE(self) < self->allocated && list_resize(self, SIZE(self)) < 0) goto error;
    OBJ_DECREF(it);
    return 0;
error:
    OBJ_DECREF(it);
    return -1;
}

/* list.__init__'s body: clears, preallocates exactly for sized iterables, extends. */
static int list_init_from(ListObject *self, Object *iterable)
{
    if (self->items != NULL) clear_items(self);
    if (iterable == NULL) return 0;
    if (TYPE(iterable)->len != NULL) {
        ssize_t n = TYPE(iterable)->len(iterable);
        if (n == -1) {
            if (!exc_matches(Exc_TypeError)) return -1;
            exc_clear();
        }
        if (n > 0 && self->items == NULL && preallocate_exact(self, n) < 0) return -1;
    }
    return list_extend((Object *)self, iterable);
}

Object *list_from_iterable(Object *iterable)
{
    Object *l = list_new(0);
    if (l == NULL) return NULL;
    if (list_init_from(LIST(l), iterable) < 0) {
        OBJ_DECREF(l);
        return NULL;
    }
    return l;
}

Object *list_as_tuple(Object *l)
{
    return tuple_from_array(LIST(l)->items, SIZE(l));
}

Object *list_slice(Object *l, ssize_t ilow, ssize_t ihigh)
{
    ssize_t n = SIZE(l);
    if (ilow < 0) ilow = 0;
    else if (ilow > n) ilow = n;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > n) ihigh = n;
    ssize_t len = ihigh - ilow;
    if (len <= 0) return list_new(0);
    Object *np = new_prealloc(len);
    if (np == NULL) return NULL;
    Object **src = LIST(l)->items + ilow, **dest = LIST(np)->items;
    for (ssize_t i = 0; i < len; i++) dest[i] = obj_newref(src[i]);
    SIZE(np) = len;
    return np;
}

static void reverse_items(Object **lo, Object **hi)
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

int list_reverse(Object *l)
{
    if (SIZE(l) > 1) reverse_items(LIST(l)->items, LIST(l)->items + SIZE(l));
    return 0;
}

/* PySequence_Fast: a list or tuple with the items of [v] (v itself when it is one); TypeError
 * [msg] when v is not iterable. */
static Object *seq_fast(Object *v, const char *msg)
{
    if (LIST_CHECK_EXACT(v) || TUPLE_CHECK_EXACT(v)) return obj_newref(v);
    Object *it = obj_get_iter(v);
    if (it == NULL) {
        if (exc_matches(Exc_TypeError)) exc_set_string(Exc_TypeError, msg);
        return NULL;
    }
    Object *l = list_from_iterable(it);
    OBJ_DECREF(it);
    return l;
}

#define FAST_ITEMS(s) (TUPLE_CHECK_EXACT(s) ? TUPLE_ITEMS(s) : LIST_ITEMS(s))

/* a[ilow:ihigh] = v (v NULL: delete). Items removed are released only after the list is back in
 * a consistent state, since their destructors may look at it. */
static int ass_slice(ListObject *a, ssize_t ilow, ssize_t ihigh, Object *v)
{
    Object *recycle_on_stack[32];
    Object **recycle = recycle_on_stack;
    Object *v_as_sf = NULL;
    Object **vitem = NULL;
    ssize_t n;
    int result = -1;

    if (v == NULL) {
        n = 0;
    } else {
        if (v == (Object *)a) {
            /* a[i:j] = a: copy first */
            Object *copy = list_slice(v, 0, SIZE(v));
            if (copy == NULL) return -1;
            result = ass_slice(a, ilow, ihigh, copy);
            OBJ_DECREF(copy);
            return result;
        }
        v_as_sf = seq_fast(v, "can only assign an iterable");
        if (v_as_sf == NULL) return -1;
        n = SIZE(v_as_sf);
        vitem = FAST_ITEMS(v_as_sf);
    }
    if (ilow < 0) ilow = 0;
    else if (ilow > SIZE(a)) ilow = SIZE(a);
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > SIZE(a)) ihigh = SIZE(a);

    ssize_t norig = ihigh - ilow;
    ssize_t d = n - norig;
    if (d == 0 && n > 0 && n <= (ssize_t)(sizeof(recycle_on_stack) / sizeof(Object *))) {
        /* same size (a[:k] = a[k::-1]): swap the items in place, release the old ones after */
        Object **item = a->items + ilow;
        for (ssize_t k = 0; k < n; k++) {
            recycle[k] = item[k];
            item[k] = obj_xnewref(vitem[k]);
        }
        for (ssize_t k = n - 1; k >= 0; --k) OBJ_XDECREF(recycle[k]);
        OBJ_XDECREF(v_as_sf);
        return 0;
    }
    if (SIZE(a) + d == 0) {
        OBJ_XDECREF(v_as_sf);
        return clear_items(a);
    }
    Object **item = a->items;
    size_t s = (size_t)norig * sizeof(Object *);
    if (s) {
        if (s > sizeof(recycle_on_stack)) {
            recycle = mem_alloc(s);
            if (recycle == NULL) {
                exc_no_memory();
                goto done;
            }
        }
        memcpy(recycle, &item[ilow], s);
    }
    if (d < 0) {
        size_t tail = (size_t)(SIZE(a) - ihigh) * sizeof(Object *);
        memmove(&item[ihigh + d], &item[ihigh], tail);
        if (list_resize(a, SIZE(a) + d) < 0) {
            memmove(&item[ihigh], &item[ihigh + d], tail);
            memcpy(&item[ilow], recycle, s);
            goto done;
        }
        item = a->items;
    } else if (d > 0) {
        ssize_t k = SIZE(a);
        if (list_resize(a, k + d) < 0) goto done;
        item = a->items;
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(k - ihigh) * sizeof(Object *));
    }
    for (ssize_t k = 0; k < n; k++, ilow++) item[ilow] = obj_xnewref(vitem[k]);
    for (ssize_t k = norig - 1; k >= 0; --k) OBJ_XDECREF(recycle[k]);
    result = 0;
done:
    if (recycle != recycle_on_stack) mem_free(recycle);
    OBJ_XDECREF(v_as_sf);
    return result;
}

/* ---- the trashcan (see containers_internal.h) ---- */

#define TRASH_FLAG_BITS ((uintptr_t)3)

static int trash_delete_nesting;
static Object *trash_delete_later;      /* chained through AS_GC(o)->prev */

bool list_trash_begin(Object *op)
{
    if (trash_delete_nesting >= TRASH_UNWIND_LEVEL) {
        /* the low bits of prev are the collector's flags (PREV_FINALIZED: __del__ already ran):
         * they stay, the chain takes the rest */
        AS_GC(op)->prev = (uintptr_t)trash_delete_later | (AS_GC(op)->prev & TRASH_FLAG_BITS);
        trash_delete_later = op;
        return false;
    }
    ++trash_delete_nesting;
    return true;
}

void list_trash_end(void)
{
    --trash_delete_nesting;
    if (trash_delete_later == NULL || trash_delete_nesting > 0) return;
    /* stay at nesting 1 so that the deallocators below do not start another loop */
    ++trash_delete_nesting;
    while (trash_delete_later != NULL) {
        Object *op = trash_delete_later;
        trash_delete_later = (Object *)(AS_GC(op)->prev & ~TRASH_FLAG_BITS);
        AS_GC(op)->prev &= TRASH_FLAG_BITS;
        TYPE(op)->dealloc(op);
    }
    --trash_delete_nesting;
}

/* ---- slots ---- */

static void list_dealloc(Object *self)
{
    gc_untrack(self);
    bool trash = TYPE(self)->dealloc == list_dealloc;
    if (trash && !list_trash_begin(self)) return;
    ListObject *op = LIST(self);
    if (op->items != NULL) {
        ssize_t i = SIZE(op);
        while (--i >= 0) OBJ_XDECREF(op->items[i]);
        mem_free(op->items);
    }
    obj_free(self);
    if (trash) list_trash_end();
}

static int list_traverse(Object *self, visitproc visit, void *arg)
{
    for (ssize_t i = SIZE(self); --i >= 0;) VISIT(LIST(self)->items[i]);
    return 0;
}

static int list_clear_slot(Object *self)
{
    return clear_items(LIST(self));
}

static Object *list_repr(Object *self)
{
    if (SIZE(self) == 0) return str_from_cstr("[]");
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("[...]") : NULL;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '[');
    /* the list may change while an item's repr runs: re-read the size every time */
    for (ssize_t i = 0; i < SIZE(self); i++) {
        if (i > 0) sb_append_cstr(&sb, ", ");
        Object *item = obj_newref(LIST(self)->items[i]);
        int rc = sb_append_repr(&sb, item);
        OBJ_DECREF(item);
        if (rc < 0) {
            sb_fini(&sb);
            repr_leave(self);
            return NULL;
        }
    }
    sb_append_char(&sb, ']');
    repr_leave(self);
    return sb_finish(&sb);
}

static Object *rich_sizes(ssize_t a, ssize_t b, int op)
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

static Object *list_richcompare(Object *v, Object *w, int op)
{
    if (!LIST_CHECK(v) || !LIST_CHECK(w)) RETURN_NOTIMPL;
    if (SIZE(v) != SIZE(w) && (op == RICH_EQ || op == RICH_NE)) return bool_from(op == RICH_NE);
    ssize_t i;
    for (i = 0; i < SIZE(v) && i < SIZE(w); i++) {
        Object *vitem = LIST(v)->items[i], *witem = LIST(w)->items[i];
        if (vitem == witem) continue;
        OBJ_INCREF(vitem);
        OBJ_INCREF(witem);
        int k = obj_richcompare_bool(vitem, witem, RICH_EQ);
        OBJ_DECREF(vitem);
        OBJ_DECREF(witem);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= SIZE(v) || i >= SIZE(w)) return rich_sizes(SIZE(v), SIZE(w), op);
    if (op == RICH_EQ) RETURN_FALSE;
    if (op == RICH_NE) RETURN_TRUE;
    Object *vitem = obj_newref(LIST(v)->items[i]), *witem = obj_newref(LIST(w)->items[i]);
    Object *res = obj_richcompare(vitem, witem, op);
    OBJ_DECREF(vitem);
    OBJ_DECREF(witem);
    return res;
}

static ssize_t list_length(Object *self)
{
    return SIZE(self);
}

static int list_contains(Object *self, Object *el)
{
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < SIZE(self); i++) {
        Object *item = obj_newref(LIST(self)->items[i]);
        cmp = obj_richcompare_bool(item, el, RICH_EQ);
        OBJ_DECREF(item);
    }
    return cmp;
}

static Object *list_subscript(Object *self, Object *key)
{
    if (is_index(key)) {
        ssize_t i = obj_as_ssize(key, Exc_IndexError);
        if (i == -1 && exc_occurred()) return NULL;
        if (i < 0) i += SIZE(self);
        if ((size_t)i >= (size_t)SIZE(self))
            return exc_set_string(Exc_IndexError, "list index out of range");
        return obj_newref(LIST(self)->items[i]);
    }
    if (SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        if (slice_unpack_inline(key, &start, &stop, &step) < 0) return NULL;
        ssize_t n = slice_adjust_inline(SIZE(self), &start, &stop, step);
        if (n <= 0) return list_new(0);
        if (step == 1) return list_slice(self, start, stop);
        Object *res = new_prealloc(n);
        if (res == NULL) return NULL;
        Object **src = LIST(self)->items, **dest = LIST(res)->items;
        for (ssize_t cur = start, i = 0; i < n; cur += step, i++) dest[i] = obj_newref(src[cur]);
        SIZE(res) = n;
        return res;
    }
    return exc_format(Exc_TypeError, "list indices must be integers or slices, not %T", key);
}

static int ass_extended_slice(ListObject *self, ssize_t start, ssize_t stop, ssize_t step,
                              ssize_t slicelength, Object *value)
{
    if (value == NULL) {
        if (slicelength <= 0) return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        Object **garbage = mem_alloc((size_t)slicelength * sizeof(Object *));
        if (garbage == NULL) {
            exc_no_memory();
            return -1;
        }
        size_t cur;
        ssize_t i;
        for (cur = (size_t)start, i = 0; cur < (size_t)stop; cur += (size_t)step, i++) {
            ssize_t lim = step - 1;
            garbage[i] = self->items[cur];
            if (cur + (size_t)step >= (size_t)SIZE(self)) lim = SIZE(self) - (ssize_t)cur - 1;
            memmove(self->items + cur - i, self->items + cur + 1, (size_t)lim * sizeof(Object *));
        }
        cur = (size_t)start + (size_t)slicelength * (size_t)step;
        if (cur < (size_t)SIZE(self))
            memmove(self->items + cur - slicelength, self->items + cur,
                    ((size_t)SIZE(self) - cur) * sizeof(Object *));
        SIZE(self) -= slicelength;
        int res = list_resize(self, SIZE(self));
        for (i = 0; i < slicelength; i++) OBJ_DECREF(garbage[i]);
        mem_free(garbage);
        return res;
    }

    Object *seq = value == (Object *)self ? list_slice(value, 0, SIZE(value))
                                          : seq_fast(value, "must assign iterable to extended slice");
    if (seq == NULL) return -1;
    if (SIZE(seq) != slicelength) {
        exc_format(Exc_ValueError,
                   "attempt to assign sequence of size %zd to extended slice of size %zd",
                   SIZE(seq), slicelength);
        OBJ_DECREF(seq);
        return -1;
    }
    if (slicelength == 0) {
        OBJ_DECREF(seq);
        return 0;
    }
    Object **garbage = mem_alloc((size_t)slicelength * sizeof(Object *));
    if (garbage == NULL) {
        OBJ_DECREF(seq);
        exc_no_memory();
        return -1;
    }
    Object **selfitems = self->items, **seqitems = FAST_ITEMS(seq);
    size_t cur = (size_t)start;
    for (ssize_t i = 0; i < slicelength; cur += (size_t)step, i++) {
        garbage[i] = selfitems[cur];
        selfitems[cur] = obj_newref(seqitems[i]);
    }
    for (ssize_t i = 0; i < slicelength; i++) OBJ_DECREF(garbage[i]);
    mem_free(garbage);
    OBJ_DECREF(seq);
    return 0;
}

static int list_ass_subscript(Object *self, Object *key, Object *value)
{
    ListObject *l = LIST(self);
    if (is_index(key)) {
        ssize_t i = obj_as_ssize(key, Exc_IndexError);
        if (i == -1 && exc_occurred()) return -1;
        if (i < 0) i += SIZE(l);
        if ((size_t)i >= (size_t)SIZE(l)) {
            exc_set_string(Exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (value == NULL) return ass_slice(l, i, i + 1, NULL);
        OBJ_SETREF(l->items[i], obj_newref(value));
        return 0;
    }
    if (SLICE_CHECK(key)) {
        ssize_t start, stop, step;
        if (slice_unpack_inline(key, &start, &stop, &step) < 0) return -1;
        ssize_t slicelength = slice_adjust_inline(SIZE(l), &start, &stop, step);
        if (step == 1) return ass_slice(l, start, stop, value);
        /* s[5:2] = [..] inserts before 5, not before 2 */
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        return ass_extended_slice(l, start, stop, step, slicelength, value);
    }
    exc_format(Exc_TypeError, "list indices must be integers or slices, not %T", key);
    return -1;
}

static Object *list_concat(Object *a, Object *b)
{
    if (!LIST_CHECK(b))
        return exc_format(Exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
    ssize_t na = SIZE(a), nb = SIZE(b);
    if (na > MAX_LIST_ITEMS - nb) return exc_no_memory();
    ssize_t size = na + nb;
    if (size == 0) return list_new(0);
    Object *np = new_prealloc(size);
    if (np == NULL) return NULL;
    Object **dest = LIST(np)->items;
    for (ssize_t i = 0; i < na; i++) dest[i] = obj_newref(LIST(a)->items[i]);
    for (ssize_t i = 0; i < nb; i++) dest[na + i] = obj_newref(LIST(b)->items[i]);
    SIZE(np) = size;
    return np;
}

static Object *list_repeat(Object *a, ssize_t n)
{
    if (n < 0) n = 0;
    ssize_t len = SIZE(a);
    if (n > 0 && len > MAX_LIST_ITEMS / n) return exc_no_memory();
    ssize_t size = len * n;
    if (size == 0) return list_new(0);
    Object *np = new_prealloc(size);
    if (np == NULL) return NULL;
    Object **dest = LIST(np)->items;
    if (len == 1) {
        Object *elem = LIST(a)->items[0];
        for (ssize_t i = 0; i < n; i++) dest[i] = elem;
        elem->refcnt += n;
#if DEBUG_REFS
        ref_total += n;
#endif
    } else {
        Object **src = LIST(a)->items;
        for (ssize_t i = 0; i < n; i++)
            for (ssize_t j = 0; j < len; j++) *dest++ = obj_newref(src[j]);
    }
    SIZE(np) = size;
    return np;
}

static Object *list_inplace_concat(Object *self, Object *other)
{
    if (list_extend(self, other) < 0) return NULL;
    return obj_newref(self);
}

static Object *list_inplace_repeat(Object *self, ssize_t n)
{
    ListObject *l = LIST(self);
    ssize_t size = SIZE(l);
    if (size == 0 || n == 1) return obj_newref(self);
    if (n < 1) {
        clear_items(l);
        return obj_newref(self);
    }
    if (size > MAX_LIST_ITEMS / n) return exc_no_memory();
    if (list_resize(l, size * n) < 0) return NULL;
    Object **items = l->items;
    ssize_t p = size;
    for (ssize_t i = 1; i < n; i++)
        for (ssize_t j = 0; j < size; j++) items[p++] = obj_newref(items[j]);
    return obj_newref(self);
}

static Object *list_iter(Object *self)
{
    ListIterObject *it = (ListIterObject *)obj_alloc(&list_iter_type, 0);
    if (it == NULL) return NULL;
    it->index = 0;
    it->seq = obj_newref(self);
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *list_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    UNUSED(kwnames);
    Object *op = obj_alloc(type, 0);
    if (op == NULL) return NULL;
    gc_track(op);
    return op;
}

static int list_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if ((TYPE(self) == &list_type || TYPE(self)->tp_new == list_type.tp_new) &&
        no_kwargs("list", kwnames) < 0)
        return -1;
    if (npos_args("list", nargs, 0, 1) < 0) return -1;
    return list_init_from(LIST(self), nargs > 0 ? args[0] : NULL);
}

/* ---- methods ---- */

/* A Py_ssize_t argument converted as Argument Clinic does (__index__, OverflowError). */
static int ssize_arg(Object *o, ssize_t *out)
{
    Object *i = obj_index(o);
    if (i == NULL) return -1;
    ssize_t v = int_as_ssize(i);
    OBJ_DECREF(i);
    if (v == -1 && exc_occurred()) return -1;
    *out = v;
    return 0;
}

static Object *meth_append(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("list.append", nargs, kwnames) < 0) return NULL;
    if (append_take_ref(LIST(self), obj_newref(args[0])) < 0) return NULL;
    RETURN_NONE;
}

static Object *meth_extend(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("list.extend", nargs, kwnames) < 0) return NULL;
    if (list_extend(self, args[0]) < 0) return NULL;
    RETURN_NONE;
}

static Object *meth_insert(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("list.insert", kwnames) < 0 || npos_args("insert", nargs, 2, 2) < 0) return NULL;
    ssize_t where;
    if (ssize_arg(args[0], &where) < 0) return NULL;
    if (list_insert(self, where, args[1]) < 0) return NULL;
    RETURN_NONE;
}

static Object *meth_pop(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("list.pop", kwnames) < 0 || npos_args("pop", nargs, 0, 1) < 0) return NULL;
    ssize_t index = -1;
    if (nargs > 0 && ssize_arg(args[0], &index) < 0) return NULL;
    ListObject *l = LIST(self);
    if (SIZE(l) == 0) return exc_set_string(Exc_IndexError, "pop from empty list");
    if (index < 0) index += SIZE(l);
    if ((size_t)index >= (size_t)SIZE(l))
        return exc_set_string(Exc_IndexError, "pop index out of range");
    Object *v = l->items[index];
    if (index == SIZE(l) - 1) {
        if (list_resize(l, SIZE(l) - 1) < 0) return NULL;
        return v;               /* the list's reference moves to the caller */
    }
    OBJ_INCREF(v);
    if (ass_slice(l, index, index + 1, NULL) < 0) {
        OBJ_DECREF(v);
        return NULL;
    }
    return v;
}

static Object *meth_remove(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("list.remove", nargs, kwnames) < 0) return NULL;
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *obj = obj_newref(LIST(self)->items[i]);
        int cmp = obj_richcompare_bool(obj, args[0], RICH_EQ);
        OBJ_DECREF(obj);
        if (cmp > 0) {
            if (ass_slice(LIST(self), i, i + 1, NULL) < 0) return NULL;
            RETURN_NONE;
        }
        if (cmp < 0) return NULL;
    }
    return exc_set_string(Exc_ValueError, "list.remove(x): x not in list");
}

static Object *meth_index(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("list.index", kwnames) < 0 || npos_args("index", nargs, 1, 3) < 0) return NULL;
    ssize_t start = 0, stop = PTRDIFF_MAX;
    if (nargs > 1 && slice_index_clamped(args[1], &start) < 0) return NULL;
    if (nargs > 2 && slice_index_clamped(args[2], &stop) < 0) return NULL;
    if (start < 0) {
        start += SIZE(self);
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += SIZE(self);
        if (stop < 0) stop = 0;
    }
    for (ssize_t i = start; i < stop && i < SIZE(self); i++) {
        Object *obj = obj_newref(LIST(self)->items[i]);
        int cmp = obj_richcompare_bool(obj, args[0], RICH_EQ);
        OBJ_DECREF(obj);
        if (cmp > 0) return int_from_ssize(i);
        if (cmp < 0) return NULL;
    }
    return exc_format(Exc_ValueError, "%R is not in list", args[0]);
}

static Object *meth_count(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("list.count", nargs, kwnames) < 0) return NULL;
    ssize_t count = 0;
    for (ssize_t i = 0; i < SIZE(self); i++) {
        Object *obj = LIST(self)->items[i];
        if (obj == args[0]) {
            count++;
            continue;
        }
        OBJ_INCREF(obj);
        int cmp = obj_richcompare_bool(obj, args[0], RICH_EQ);
        OBJ_DECREF(obj);
        if (cmp > 0) count++;
        else if (cmp < 0) return NULL;
    }
    return int_from_ssize(count);
}

static Object *meth_clear(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("list.clear", nargs, kwnames) < 0) return NULL;
    clear_items(LIST(self));
    RETURN_NONE;
}

static Object *meth_copy(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("list.copy", nargs, kwnames) < 0) return NULL;
    return list_slice(self, 0, SIZE(self));
}

static Object *meth_reverse(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("list.reverse", nargs, kwnames) < 0) return NULL;
    list_reverse(self);
    RETURN_NONE;
}

static Object *meth_sort(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (nargs > 0) return exc_set_string(Exc_TypeError, "sort() takes no positional arguments");
    Object *key = NULL;
    int reverse = 0;
    ssize_t nkw = kwnames != NULL ? TUPLE_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        Object *name = TUPLE_ITEMS(kwnames)[i], *value = args[nargs + i];
        if (str_eq_cstr(name, "key")) {
            key = value == NONE ? NULL : value;
        } else if (str_eq_cstr(name, "reverse")) {
            Object *iv = obj_index(value);
            if (iv == NULL) return NULL;
            int overflow;
            long r = int_as_long(iv, &overflow);
            OBJ_DECREF(iv);
            if (overflow || r > INT32_MAX || r < INT32_MIN)
                return exc_set_string(Exc_OverflowError, "Python int too large to convert to C int");
            reverse = r != 0;
        } else {
            return exc_format(Exc_TypeError, "'%U' is an invalid keyword argument for sort()", name);
        }
    }
    if (list_sort(self, key, reverse) < 0) return NULL;
    RETURN_NONE;
}

static Object *meth_reversed(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("list.__reversed__", nargs, kwnames) < 0) return NULL;
    return list_reverse_iter_new(self);
}

Object *list_reverse_iter_new(Object *self)
{
    ListIterObject *it = (ListIterObject *)obj_alloc(&list_reverse_iter_type, 0);
    if (it == NULL) return NULL;
    it->index = SIZE(self) - 1;
    it->seq = obj_newref(self);
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *meth_sizeof(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("list.__sizeof__", nargs, kwnames) < 0) return NULL;
    return int_from_ssize(TYPE(self)->basicsize + LIST(self)->allocated * (ssize_t)sizeof(Object *));
}

static Object *meth_getitem(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("list.__getitem__", nargs, kwnames) < 0) return NULL;
    return list_subscript(self, args[0]);
}

static MethodDef list_methods[] = {
    {"__getitem__", meth_getitem, METH_DEFAULT, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", meth_reversed, METH_DEFAULT, "Return a reverse iterator over the list."},
    {"__sizeof__", meth_sizeof, METH_DEFAULT, "Return the size of the list in memory, in bytes."},
    {"clear", meth_clear, METH_DEFAULT, "Remove all items from list."},
    {"copy", meth_copy, METH_DEFAULT, "Return a shallow copy of the list."},
    {"append", meth_append, METH_DEFAULT, "Append object to the end of the list."},
    {"insert", meth_insert, METH_DEFAULT, "Insert object before index."},
    {"extend", meth_extend, METH_DEFAULT, "Extend list by appending elements from the iterable."},
    {"pop", meth_pop, METH_DEFAULT,
     "Remove and return item at index (default last).\n\n"
     "Raises IndexError if list is empty or index is out of range."},
    {"remove", meth_remove, METH_DEFAULT,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", meth_index, METH_DEFAULT,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", meth_count, METH_DEFAULT, "Return number of occurrences of value."},
    {"reverse", meth_reverse, METH_DEFAULT, "Reverse *IN PLACE*."},
    {"sort", meth_sort, METH_DEFAULT,
     "Sort the list in ascending order and return None.\n\n"
     "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
     "order of two equal elements is maintained).\n\n"
     "If a key function is given, apply it once to each list item and sort them,\n"
     "ascending or descending, according to their function values.\n\n"
     "The reverse flag can be set to sort in descending order."},
    {NULL, NULL, 0, NULL},
};

TypeObject list_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "list",
    .basicsize = sizeof(ListObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_LIST_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .doc = "Built-in mutable sequence.\n\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .repr = list_repr,
    .hash = NULL,
    .richcompare = list_richcompare,
    .getattro = obj_generic_getattr,
    .iter = list_iter,
    .len = list_length,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
    .tp_new = list_tp_new,
    .tp_init = list_tp_init,
    .methods = list_methods,
    .base = &object_type,
};

/* ---- the iterators ---- */

static void listiter_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(((ListIterObject *)self)->seq);
    obj_free(self);
}

static int listiter_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((ListIterObject *)self)->seq);
    return 0;
}

static int listiter_clear(Object *self)
{
    OBJ_CLEAR(((ListIterObject *)self)->seq);
    return 0;
}

static Object *self_iter(Object *self)
{
    return obj_newref(self);
}

static Object *listiter_next(Object *self)
{
    return list_iter_next_inline(self);
}

static Object *listiter_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                    Object *kwnames)
{
    UNUSED(args);
    if (no_args("list_iterator.__length_hint__", nargs, kwnames) < 0) return NULL;
    ListIterObject *it = (ListIterObject *)self;
    ssize_t len = 0;
    if (it->seq != NULL) {
        len = SIZE(it->seq) - it->index;
        if (len < 0) len = 0;
    }
    return int_from_ssize(len);
}

static MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject list_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = listiter_next,
    .methods = listiter_methods,
    .base = &object_type,
};

static Object *listreviter_next(Object *self)
{
    ListIterObject *it = (ListIterObject *)self;
    Object *seq = it->seq;
    if (seq == NULL) return NULL;
    ssize_t index = it->index;
    if (index >= 0 && index < SIZE(seq)) {
        it->index--;
        return obj_newref(LIST(seq)->items[index]);
    }
    it->index = -1;
    it->seq = NULL;
    OBJ_DECREF(seq);
    return NULL;
}

static Object *listreviter_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                       Object *kwnames)
{
    UNUSED(args);
    if (no_args("list_reverseiterator.__length_hint__", nargs, kwnames) < 0) return NULL;
    ListIterObject *it = (ListIterObject *)self;
    ssize_t len = it->index + 1;
    if (it->seq == NULL || SIZE(it->seq) < len) len = 0;
    return int_from_ssize(len);
}

static MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject list_reverse_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = self_iter,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
    .base = &object_type,
};
