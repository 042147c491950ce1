/* setobject.c: set and frozenset, following CPython 3.11's Objects/setobject.c so that iteration
 * order, resizing and getsizeof come out the same: an open-addressed table of (key, hash) entries,
 * probed linearly for LINEAR_PROBES slots and then with perturbation; deleted slots hold a dummy
 * key (hash -1) that later insertions may reuse; the table grows to hold four times the live keys
 * once it is 60% full (fill * 5 >= mask * 3). Also frozenset's order-independent hash and the
 * set iterator. */
#include "objects/setobject.h"
#include "objects/weakrefobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/containers_internal.h"
#include "gc/alloc.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include <string.h>

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

#define SO(o) ((SetObject *)(o))
#define ANYSET_CHECK(o) SET_CHECK(o)
#define ANYSET_CHECK_EXACT(o) (TYPE(o) == &set_type || TYPE(o) == &frozenset_type)
#define SET_ONLY_CHECK(o) (TYPE(o) == &set_type || type_is_subtype(TYPE(o), &set_type))
#define FROZENSET_CHECK_EXACT(o) (TYPE(o) == &frozenset_type)

/* The key of a deleted slot: never visible outside this file, never refcounted. */
static Object dummy_struct = {1, &none_type};
#define DUMMY (&dummy_struct)

#define IS_LIVE(e) ((e)->key != NULL && (e)->key != DUMMY)

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

/* ---- hashing and equality fast paths ---- */

/* hash(key) with the common cases inline: exact str (cached) and one-digit exact int. */
static inline hash_t key_hash(Object *key)
{
    if (STR_CHECK_EXACT(key)) {
        hash_t h = ((StrObject *)key)->hash;
        return h != -1 ? h : str_hash_value(key);
    }
    if (INT_CHECK_EXACT(key) && INT_IS_COMPACT(key)) {
        hash_t v = INT_COMPACT_VALUE(key);
        return v == -1 ? -2 : v;
    }
    return obj_hash(key);
}

/* Equality of two keys with equal hashes when it can be decided without running code:
 * 1 equal, 0 unequal, -1 undecided (call __eq__). */
static inline int quick_eq(Object *a, Object *b)
{
    if (a == b) return 1;
    if (STR_CHECK_EXACT(a) && STR_CHECK_EXACT(b)) return str_eq(a, b);
    if (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && INT_IS_COMPACT(a) && INT_IS_COMPACT(b))
        return INT_COMPACT_VALUE(a) == INT_COMPACT_VALUE(b);
    return -1;
}

/* ---- the table ---- */

/* Finds the entry holding [key], or the first never-used entry where the search ended (key NULL).
 * NULL with an exception when a comparison fails. A comparison that mutates the set restarts. */
static SetEntry *set_lookkey(SetObject *so, Object *key, hash_t hash)
{
    size_t mask = (size_t)so->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                int cmp = quick_eq(startkey, key);
                if (cmp > 0) return entry;
                if (cmp < 0) {
                    SetEntry *table = so->table;
                    OBJ_INCREF(startkey);
                    cmp = obj_richcompare_bool(startkey, key, RICH_EQ);
                    OBJ_DECREF(startkey);
                    if (cmp < 0) return NULL;
                    if (table != so->table || entry->key != startkey)
                        return set_lookkey(so, key, hash);
                    if (cmp > 0) return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Inserts into a table known to hold no dummies and not [key]: no comparisons. */
static inline void insert_clean(SetEntry *table, size_t mask, Object *key, hash_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuilds the table with the smallest power-of-two size (at least SET_MINSIZE) greater than
 * [minused], dropping dummies. 0, or -1 with MemoryError. */
static int set_table_resize(SetObject *so, ssize_t minused)
{
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *oldtable = so->table, *newtable;
    size_t oldmask = (size_t)so->mask;
    bool old_malloced = oldtable != so->smalltable;
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
        if (newsize > (size_t)PTRDIFF_MAX / sizeof(SetEntry)) {
            exc_no_memory();
            return -1;
        }
    }
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;                   /* no dummies to purge */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = mem_alloc(newsize * sizeof(SetEntry));
        if (newtable == NULL) {
            exc_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (ssize_t)newsize - 1;
    so->table = newtable;
    size_t newmask = newsize - 1;
    if (so->fill == so->used) {
        for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (e->key != NULL) insert_clean(newtable, newmask, e->key, e->hash);
    } else {
        so->fill = so->used;
        for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (IS_LIVE(e)) insert_clean(newtable, newmask, e->key, e->hash);
    }
    if (old_malloced) mem_free(oldtable);
    return 0;
}

/* Adds [key] (borrowed) with its hash. The last dummy met on the probe path is reused.
 * 0, or -1 when a comparison or a resize fails. */
static int set_add_entry(SetObject *so, Object *key, hash_t hash)
{
    SetEntry *entry, *freeslot;
    size_t mask, perturb, i;
    int probes, cmp;
    OBJ_INCREF(key);            /* a comparison must not free it under us */
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                cmp = quick_eq(startkey, key);
                if (cmp > 0) goto found_active;
                if (cmp < 0) {
                    SetEntry *table = so->table;
                    OBJ_INCREF(startkey);
                    cmp = obj_richcompare_bool(startkey, key, RICH_EQ);
                    OBJ_DECREF(startkey);
                    if (cmp > 0) goto found_active;
                    if (cmp < 0) goto comparison_error;
                    if (table != so->table || entry->key != startkey) goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;       /* the last dummy on the path (checked against CPython) */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);

found_active:
    OBJ_DECREF(key);
    return 0;

comparison_error:
    OBJ_DECREF(key);
    return -1;
}

static int set_add_key(SetObject *so, Object *key)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return -1;
    return set_add_entry(so, key, hash);
}

/* 1/0/-1 */
static int set_contains_entry(SetObject *so, Object *key, hash_t hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL) return -1;
    return entry->key != NULL;
}

static int set_contains_key(SetObject *so, Object *key)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return -1;
    return set_contains_entry(so, key, hash);
}

/* DISCARD_FOUND / DISCARD_NOTFOUND / -1. The slot becomes a dummy; the table never shrinks here. */
static int set_discard_entry(SetObject *so, Object *key, hash_t hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL) return -1;
    if (entry->key == NULL) return DISCARD_NOTFOUND;
    Object *old_key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    OBJ_DECREF(old_key);
    return DISCARD_FOUND;
}

static int set_discard_key(SetObject *so, Object *key)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return -1;
    return set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(SetObject *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empties the set first, then releases the keys (a key's destructor may touch the set). */
static int set_clear_internal(Object *self)
{
    SetObject *so = SO(self);
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *table = so->table;
    ssize_t used = so->used;
    bool malloced = table != so->smalltable;
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (SetEntry *e = table; used > 0; e++) {
        if (IS_LIVE(e)) {
            used--;
            OBJ_DECREF(e->key);
        }
    }
    if (malloced) mem_free(table);
    return 0;
}

/* The next live entry at or after *pos; advances *pos past it. */
static bool next_entry(SetObject *so, ssize_t *pos, SetEntry **entry_out)
{
    ssize_t i = *pos, mask = so->mask;
    SetEntry *entry = &so->table[i];
    while (i <= mask && !IS_LIVE(entry)) {
        i++;
        entry++;
    }
    *pos = i + 1;
    if (i > mask) return false;
    *entry_out = entry;
    return true;
}

/* Adds every key of the set [other] (CPython's set_merge: one resize up front, and a plain copy
 * of the slots when this set is empty and the tables have the same size). */
static int set_merge(SetObject *so, SetObject *other)
{
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
    }
    SetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            Object *key = other_entry->key;
            if (key != NULL) {
                so_entry->key = obj_newref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (ssize_t i = other->mask + 1; i > 0; i--, other_entry++) {
            if (IS_LIVE(other_entry))
                insert_clean(so->table, newmask, obj_newref(other_entry->key), other_entry->hash);
        }
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        if (IS_LIVE(other_entry) && set_add_entry(so, other_entry->key, other_entry->hash) < 0)
            return -1;
    }
    return 0;
}

static int set_update_internal(SetObject *so, Object *other)
{
    if (ANYSET_CHECK(other))
        return set_merge(so, SO(other));
    if (DICT_CHECK_EXACT(other)) {
        ssize_t dictsize = DICT_SIZE(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + dictsize) * 2) != 0) return -1;
        }
        ssize_t pos = 0;
        Object *key;
        while (dict_next(other, &pos, &key, NULL)) {
            OBJ_INCREF(key);
            int r = set_add_key(so, key);
            OBJ_DECREF(key);
            if (r < 0) return -1;
        }
        return 0;
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) return -1;
    Object *key;
    while ((key = obj_iter_next(it)) != NULL) {
        int r = set_add_key(so, key);
        OBJ_DECREF(key);
        if (r < 0) {
            OBJ_DECREF(it);
            return -1;
        }
    }
    OBJ_DECREF(it);
    return exc_occurred() ? -1 : 0;
}

/* ---- construction ---- */

static Object *make_new_set(TypeObject *type, Object *iterable)
{
    SetObject *so = (SetObject *)obj_alloc(type, 0);
    if (so == NULL) return NULL;
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    gc_track((Object *)so);
    if (iterable != NULL && set_update_internal(so, iterable) < 0) {
        OBJ_DECREF(so);
        return NULL;
    }
    return (Object *)so;
}

/* A result of the base type: set for set subclasses, frozenset for frozenset subclasses. */
static Object *make_new_set_basetype(TypeObject *type, Object *iterable)
{
    if (type != &set_type && type != &frozenset_type)
        type = type_is_subtype(type, &set_type) ? &set_type : &frozenset_type;
    return make_new_set(type, iterable);
}

static Object *make_new_frozenset(TypeObject *type, Object *iterable)
{
    if (type != &frozenset_type)
        return make_new_set(type, iterable);
    if (iterable != NULL && FROZENSET_CHECK_EXACT(iterable))
        return obj_newref(iterable);        /* frozenset(f) is f */
    return make_new_set(type, iterable);
}

static Object *set_copy_of(Object *so)
{
    return make_new_set_basetype(TYPE(so), so);
}

/* Exchanges the contents of two sets (for the in-place updates built from a new set). */
static void set_swap_bodies(SetObject *a, SetObject *b)
{
    SetEntry tab[SET_MINSIZE];
    ssize_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (type_is_subtype(TYPE(a), &frozenset_type) && type_is_subtype(TYPE(b), &frozenset_type)) {
        hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ---- the public API ---- */

Object *set_new(Object *iterable)
{
    return make_new_set(&set_type, iterable);
}

Object *frozenset_new(Object *iterable)
{
    return make_new_frozenset(&frozenset_type, iterable);
}

Object *frozenset_const_new(Object *items)
{
    Object *first = make_new_set(&frozenset_type, items);
    if (first == NULL || SO(first)->used == 0) return first;
    Object *order = list_from_iterable(first);
    OBJ_DECREF(first);
    if (order == NULL) return NULL;
    Object *result = make_new_set(&frozenset_type, order);
    OBJ_DECREF(order);
    return result;
}

/* A frozenset may be filled only while it is being built (refcount 1), as CPython's PySet_Add. */
static bool can_mutate(Object *s)
{
    return SET_ONLY_CHECK(s) || (SET_CHECK(s) && REFCNT(s) == 1);
}

static int bad_call(const char *where)
{
    exc_bad_internal_call(where);
    return -1;
}

int set_add(Object *s, Object *key)
{
    return can_mutate(s) ? set_add_key(SO(s), key) : bad_call("set_add");
}

int set_discard(Object *s, Object *key)
{
    return SET_ONLY_CHECK(s) ? set_discard_key(SO(s), key) : bad_call("set_discard");
}

int set_contains(Object *s, Object *key)
{
    return SET_CHECK(s) ? set_contains_key(SO(s), key) : bad_call("set_contains");
}

int set_update(Object *s, Object *iterable)
{
    return can_mutate(s) ? set_update_internal(SO(s), iterable) : bad_call("set_update");
}

int set_clear(Object *s)
{
    return SET_ONLY_CHECK(s) ? set_clear_internal(s) : bad_call("set_clear");
}

bool set_next(Object *s, ssize_t *pos, Object **key, hash_t *hash)
{
    SetEntry *entry;
    if (!next_entry(SO(s), pos, &entry)) return false;
    if (key != NULL) *key = entry->key;
    if (hash != NULL) *hash = entry->hash;
    return true;
}

/* ---- slots ---- */

static void set_dealloc(Object *self)
{
    SetObject *so = SO(self);
    ssize_t used = so->used;
    gc_untrack(self);
    bool trash = TYPE(self)->dealloc == set_dealloc;     /* deep nesting: see list_trash_begin */
    if (trash && !list_trash_begin(self)) return;
    weakref_clear_refs(self);
    for (SetEntry *e = so->table; used > 0; e++) {
        if (IS_LIVE(e)) {
            used--;
            OBJ_DECREF(e->key);
        }
    }
    if (so->table != so->smalltable) mem_free(so->table);
    obj_free(self);
    if (trash) list_trash_end();
}

static int set_traverse(Object *self, visitproc visit, void *arg)
{
    ssize_t pos = 0;
    SetEntry *entry;
    while (next_entry(SO(self), &pos, &entry))
        VISIT(entry->key);
    return 0;
}

static ssize_t set_len(Object *self)
{
    return SO(self)->used;
}

static Object *set_repr(Object *self)
{
    const char *name = TYPE(self)->name;
    int status = repr_enter(self);
    if (status != 0)
        return status < 0 ? NULL : str_from_format("%s(...)", name);
    Object *result = NULL;
    if (SO(self)->used == 0) {
        result = str_from_format("%s()", name);
        goto done;
    }
    Object *keys;
    if (ANYSET_CHECK_EXACT(self)) {
        keys = list_new(0);
        ssize_t pos = 0;
        Object *key;
        while (keys != NULL && set_next(self, &pos, &key, NULL)) {
            if (list_append(keys, key) < 0) OBJ_CLEAR(keys);
        }
    } else {
        keys = list_from_iterable(self);
    }
    if (keys == NULL) goto done;
    StrBuilder sb;
    sb_init(&sb);
    bool exact_set = TYPE(self) == &set_type;
    if (!exact_set) {
        sb_append_cstr(&sb, name);
        sb_append_char(&sb, '(');
    }
    sb_append_char(&sb, '{');
    for (ssize_t i = 0; i < LIST_SIZE(keys); i++) {
        if (i > 0) sb_append_cstr(&sb, ", ");
        if (sb_append_repr(&sb, LIST_GET(keys, i)) < 0) {
            sb_fini(&sb);
            OBJ_DECREF(keys);
            goto done;
        }
    }
    sb_append_char(&sb, '}');
    if (!exact_set) sb_append_char(&sb, ')');
    OBJ_DECREF(keys);
    result = sb_finish(&sb);
done:
    repr_leave(self);
    return result;
}

/* CPython's _shuffle_bits: spreads the bits of an entry's hash before they are xored together. */
static size_t shuffle_bits(size_t h)
{
    return ((h ^ (size_t)89869747UL) ^ (h << 16)) * (size_t)3644798167UL;
}

static hash_t frozenset_hash(Object *self)
{
    SetObject *so = SO(self);
    if (so->hash != -1) return so->hash;
    size_t hash = 0;
    /* every slot counts (unused ones hash 0, dummies -1); the parity corrections below cancel them */
    for (SetEntry *e = so->table; e <= &so->table[so->mask]; e++)
        hash ^= shuffle_bits((size_t)e->hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((size_t)-1);
    hash ^= ((size_t)so->used + 1) * (size_t)1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + (size_t)907133923UL;
    if (hash == (size_t)-1)
        hash = 590923713UL;
    so->hash = (hash_t)hash;
    return so->hash;
}

/* KeyError(key): the key is the single argument even when it is a tuple. */
static void set_key_error(Object *key)
{
    Object *exc = exc_new(Exc_KeyError, &key, 1);
    if (exc == NULL) return;
    exc_set_object(Exc_KeyError, exc);
    OBJ_DECREF(exc);
}

/* A set used as a key is looked up as the equal frozenset (CPython's behaviour for `in`,
 * remove and discard), when hashing it failed with TypeError. */
static Object *frozen_key_after_error(Object *key)
{
    if (!SET_ONLY_CHECK(key) || !exc_matches(Exc_TypeError))
        return NULL;
    exc_clear();
    return make_new_set(&frozenset_type, key);
}

static int set_contains_slot(Object *self, Object *key)
{
    int rv = set_contains_key(SO(self), key);
    if (rv < 0) {
        Object *tmp = frozen_key_after_error(key);
        if (tmp == NULL) return -1;
        rv = set_contains_key(SO(self), tmp);
        OBJ_DECREF(tmp);
    }
    return rv;
}

static Object *set_iter(Object *self);

/* ---- the set algebra ---- */

static Object *set_intersection(Object *self, Object *other)
{
    if (self == other) return set_copy_of(self);
    Object *result = make_new_set_basetype(TYPE(self), NULL);
    if (result == NULL) return NULL;
    SetObject *so = SO(self);
    if (ANYSET_CHECK(other)) {
        SetObject *small = SO(other);
        if (small->used > so->used) {
            small = so;
            so = SO(other);
        }
        ssize_t pos = 0;
        SetEntry *entry;
        while (next_entry(small, &pos, &entry)) {
            Object *key = obj_newref(entry->key);
            hash_t hash = entry->hash;
            int rv = set_contains_entry(so, key, hash);
            if (rv > 0) rv = set_add_entry(SO(result), key, hash);
            OBJ_DECREF(key);
            if (rv < 0) {
                OBJ_DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Object *it = obj_get_iter(other);
    if (it == NULL) {
        OBJ_DECREF(result);
        return NULL;
    }
    Object *key;
    while ((key = obj_iter_next(it)) != NULL) {
        hash_t hash = key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        bool found = rv > 0;
        if (found) rv = set_add_entry(SO(result), key, hash);
        OBJ_DECREF(key);
        if (rv < 0) goto error;
        if (found && SO(result)->used >= so->used) break;    /* nothing more can match */
    }
    OBJ_DECREF(it);
    if (exc_occurred()) {
        OBJ_DECREF(result);
        return NULL;
    }
    return result;
error:
    OBJ_DECREF(it);
    OBJ_DECREF(result);
    return NULL;
}

static Object *set_intersection_multi(Object *self, Object *const *args, ssize_t nargs)
{
    if (nargs == 0) return set_copy_of(self);
    Object *result = obj_newref(self);
    for (ssize_t i = 0; i < nargs; i++) {
        Object *newresult = set_intersection(result, args[i]);
        OBJ_DECREF(result);
        if (newresult == NULL) return NULL;
        result = newresult;
    }
    return result;
}

/* Replaces the contents of [self] by [tmp_steal]'s. */
static int swap_in(Object *self, Object *tmp_steal)
{
    if (tmp_steal == NULL) return -1;
    set_swap_bodies(SO(self), SO(tmp_steal));
    OBJ_DECREF(tmp_steal);
    return 0;
}

static int set_difference_update_internal(SetObject *so, Object *other)
{
    if ((Object *)so == other)
        return set_clear_internal((Object *)so);
    if (ANYSET_CHECK(other)) {
        /* when other is much larger, walk only the part it shares with this set */
        if ((SO(other)->used >> 3) > so->used) {
            other = set_intersection((Object *)so, other);
            if (other == NULL) return -1;
        } else {
            OBJ_INCREF(other);
        }
        ssize_t pos = 0;
        SetEntry *entry;
        while (next_entry(SO(other), &pos, &entry)) {
            Object *key = obj_newref(entry->key);
            int rv = set_discard_entry(so, key, entry->hash);
            OBJ_DECREF(key);
            if (rv < 0) {
                OBJ_DECREF(other);
                return -1;
            }
        }
        OBJ_DECREF(other);
    } else {
        Object *it = obj_get_iter(other);
        if (it == NULL) return -1;
        Object *key;
        while ((key = obj_iter_next(it)) != NULL) {
            int rv = set_discard_key(so, key);
            OBJ_DECREF(key);
            if (rv < 0) {
                OBJ_DECREF(it);
                return -1;
            }
        }
        OBJ_DECREF(it);
        if (exc_occurred()) return -1;
    }
    /* more than a quarter dummies: rebuild */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Object *set_copy_and_difference(Object *self, Object *other)
{
    Object *result = set_copy_of(self);
    if (result == NULL) return NULL;
    if (set_difference_update_internal(SO(result), other) == 0) return result;
    OBJ_DECREF(result);
    return NULL;
}

static Object *set_difference(Object *self, Object *other)
{
    ssize_t other_size;
    bool is_dict = DICT_CHECK_EXACT(other);
    if (ANYSET_CHECK(other)) other_size = SO(other)->used;
    else if (is_dict) other_size = DICT_SIZE(other);
    else return set_copy_and_difference(self, other);
    if ((SO(self)->used >> 2) > other_size)
        return set_copy_and_difference(self, other);
    Object *result = make_new_set_basetype(TYPE(self), NULL);
    if (result == NULL) return NULL;
    ssize_t pos = 0;
    SetEntry *entry;
    while (next_entry(SO(self), &pos, &entry)) {
        Object *key = obj_newref(entry->key);
        hash_t hash = entry->hash;
        int rv;
        if (is_dict) {
            Object *v = dict_get_item_known_hash_borrow(other, key, hash);
            rv = v != NULL ? 1 : exc_occurred() ? -1 : 0;
        } else {
            rv = set_contains_entry(SO(other), key, hash);
        }
        if (rv == 0) rv = set_add_entry(SO(result), key, hash);
        OBJ_DECREF(key);
        if (rv < 0) {
            OBJ_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *set_difference_multi(Object *self, Object *const *args, ssize_t nargs)
{
    if (nargs == 0) return set_copy_of(self);
    Object *result = set_difference(self, args[0]);
    if (result == NULL) return NULL;
    for (ssize_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(SO(result), args[i]) < 0) {
            OBJ_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int set_symmetric_difference_update_internal(SetObject *so, Object *other)
{
    if ((Object *)so == other)
        return set_clear_internal((Object *)so);
    Object *otherset;
    if (DICT_CHECK_EXACT(other)) {
        ssize_t pos = 0;
        Object *key;
        while (dict_next(other, &pos, &key, NULL)) {
            OBJ_INCREF(key);
            hash_t hash = key_hash(key);
            int rv = hash == -1 ? -1 : set_discard_entry(so, key, hash);
            if (rv == DISCARD_NOTFOUND) rv = set_add_entry(so, key, hash);
            OBJ_DECREF(key);
            if (rv < 0) return -1;
        }
        return 0;
    }
    if (ANYSET_CHECK(other)) {
        otherset = obj_newref(other);
    } else {
        otherset = make_new_set_basetype(TYPE(so), other);
        if (otherset == NULL) return -1;
    }
    ssize_t pos = 0;
    SetEntry *entry;
    while (next_entry(SO(otherset), &pos, &entry)) {
        Object *key = obj_newref(entry->key);
        hash_t hash = entry->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == DISCARD_NOTFOUND) rv = set_add_entry(so, key, hash);
        OBJ_DECREF(key);
        if (rv < 0) {
            OBJ_DECREF(otherset);
            return -1;
        }
    }
    OBJ_DECREF(otherset);
    return 0;
}

static Object *set_symmetric_difference(Object *self, Object *other)
{
    Object *otherset = make_new_set_basetype(TYPE(self), other);
    if (otherset == NULL) return NULL;
    if (set_symmetric_difference_update_internal(SO(otherset), self) < 0) {
        OBJ_DECREF(otherset);
        return NULL;
    }
    return otherset;
}

static Object *set_union_multi(Object *self, Object *const *args, ssize_t nargs)
{
    Object *result = set_copy_of(self);
    if (result == NULL) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update_internal(SO(result), args[i]) < 0) {
            OBJ_DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* other <= so: every key of so is in other (any iterable other). */
static Object *set_issubset(Object *self, Object *other)
{
    if (!ANYSET_CHECK(other)) {
        Object *tmp = set_intersection(self, other);
        if (tmp == NULL) return NULL;
        bool result = SO(tmp)->used == SO(self)->used;
        OBJ_DECREF(tmp);
        return bool_from(result);
    }
    if (SO(self)->used > SO(other)->used) RETURN_FALSE;
    ssize_t pos = 0;
    SetEntry *entry;
    while (next_entry(SO(self), &pos, &entry)) {
        Object *key = obj_newref(entry->key);
        int rv = set_contains_entry(SO(other), key, entry->hash);
        OBJ_DECREF(key);
        if (rv < 0) return NULL;
        if (rv == 0) RETURN_FALSE;
    }
    RETURN_TRUE;
}

/* Walks the iterable [other] until a key whose membership in [self] is [stop_on]:
 * 1 when one was found, 0 when none, -1 on error. */
static int scan_iterable(Object *self, Object *other, int stop_on)
{
    Object *it = obj_get_iter(other);
    if (it == NULL) return -1;
    Object *key;
    int found = 0;
    while (!found && (key = obj_iter_next(it)) != NULL) {
        int rv = set_contains_key(SO(self), key);
        OBJ_DECREF(key);
        if (rv < 0) {
            OBJ_DECREF(it);
            return -1;
        }
        found = rv == stop_on;
    }
    OBJ_DECREF(it);
    return !found && exc_occurred() ? -1 : found;
}

static Object *set_issuperset(Object *self, Object *other)
{
    if (ANYSET_CHECK(other))
        return set_issubset(other, self);
    int missing = scan_iterable(self, other, 0);
    return missing < 0 ? NULL : bool_from(!missing);
}

static Object *set_isdisjoint(Object *self, Object *other)
{
    if (self == other) return bool_from(SO(self)->used == 0);
    if (ANYSET_CHECK_EXACT(other)) {
        SetObject *so = SO(self), *small = SO(other);
        if (small->used > so->used) {
            small = so;
            so = SO(other);
        }
        ssize_t pos = 0;
        SetEntry *entry;
        while (next_entry(small, &pos, &entry)) {
            Object *key = obj_newref(entry->key);
            int rv = set_contains_entry(so, key, entry->hash);
            OBJ_DECREF(key);
            if (rv < 0) return NULL;
            if (rv) RETURN_FALSE;
        }
        RETURN_TRUE;
    }
    int common = scan_iterable(self, other, 1);
    return common < 0 ? NULL : bool_from(!common);
}

static Object *set_richcompare(Object *self, Object *other, int op)
{
    if (!ANYSET_CHECK(other)) RETURN_NOTIMPL;
    SetObject *v = SO(self), *w = SO(other);
    switch (op) {
    case RICH_EQ:
        if (v->used != w->used) RETURN_FALSE;
        if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) RETURN_FALSE;
        return set_issubset(self, other);
    case RICH_NE: {
        Object *r = set_richcompare(self, other, RICH_EQ);
        if (r == NULL) return NULL;
        int t = obj_is_true(r);
        OBJ_DECREF(r);
        if (t < 0) return NULL;
        return bool_from(!t);
    }
    case RICH_LE:
        return set_issubset(self, other);
    case RICH_GE:
        return set_issuperset(self, other);
    case RICH_LT:
        if (v->used >= w->used) RETURN_FALSE;
        return set_issubset(self, other);
    case RICH_GT:
        if (v->used <= w->used) RETURN_FALSE;
        return set_issuperset(self, other);
    }
    RETURN_NOTIMPL;
}

/* ---- the operators (either operand may be the set: both must be sets) ---- */

static Object *set_or(Object *a, Object *b)
{
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b)) RETURN_NOTIMPL;
    Object *result = set_copy_of(a);
    if (result == NULL || a == b) return result;
    if (set_update_internal(SO(result), b) < 0) {
        OBJ_DECREF(result);
        return NULL;
    }
    return result;
}

static Object *set_and(Object *a, Object *b)
{
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b)) RETURN_NOTIMPL;
    return set_intersection(a, b);
}

static Object *set_sub(Object *a, Object *b)
{
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b)) RETURN_NOTIMPL;
    return set_difference(a, b);
}

static Object *set_xor(Object *a, Object *b)
{
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b)) RETURN_NOTIMPL;
    return set_symmetric_difference(a, b);
}

static Object *set_ior(Object *self, Object *other)
{
    if (!ANYSET_CHECK(other)) RETURN_NOTIMPL;
    if (set_update_internal(SO(self), other) < 0) return NULL;
    return obj_newref(self);
}

static Object *set_iand(Object *self, Object *other)
{
    if (!ANYSET_CHECK(other)) RETURN_NOTIMPL;
    if (swap_in(self, set_intersection(self, other)) < 0) return NULL;
    return obj_newref(self);
}

static Object *set_isub(Object *self, Object *other)
{
    if (!ANYSET_CHECK(other)) RETURN_NOTIMPL;
    if (set_difference_update_internal(SO(self), other) < 0) return NULL;
    return obj_newref(self);
}

static Object *set_ixor(Object *self, Object *other)
{
    if (!ANYSET_CHECK(other)) RETURN_NOTIMPL;
    if (set_symmetric_difference_update_internal(SO(self), other) < 0) return NULL;
    return obj_newref(self);
}

/* ---- methods ---- */

/* "set.add" or "frozenset.copy": the qualified name used in argument errors. */
static void qualname(char *buf, size_t size, Object *self, const char *meth)
{
    snprintf(buf, size, "%s.%s", SET_ONLY_CHECK(self) ? "set" : "frozenset", meth);
}

static int check_one(Object *self, const char *meth, ssize_t nargs, Object *kwnames)
{
    if (nargs == 1 && (kwnames == NULL || TUPLE_SIZE(kwnames) == 0)) return 0;
    char q[64];
    qualname(q, sizeof q, self, meth);
    return one_arg(q, nargs, kwnames);
}

static int check_none(Object *self, const char *meth, ssize_t nargs, Object *kwnames)
{
    if (nargs == 0 && (kwnames == NULL || TUPLE_SIZE(kwnames) == 0)) return 0;
    char q[64];
    qualname(q, sizeof q, self, meth);
    return no_args(q, nargs, kwnames);
}

static int check_varargs(Object *self, const char *meth, Object *kwnames)
{
    if (kwnames == NULL || TUPLE_SIZE(kwnames) == 0) return 0;
    char q[64];
    qualname(q, sizeof q, self, meth);
    return no_kwargs(q, kwnames);
}

/* 0, or None: the result of the update methods. */
static Object *none_unless(int r)
{
    if (r < 0) return NULL;
    RETURN_NONE;
}

/* discard/remove: 1 found, 0 absent, -1 error (a set key is retried as a frozenset). */
static int discard_with_fallback(Object *self, Object *key)
{
    int rv = set_discard_key(SO(self), key);
    if (rv < 0) {
        Object *tmp = frozen_key_after_error(key);
        if (tmp == NULL) return -1;
        rv = set_discard_key(SO(self), tmp);
        OBJ_DECREF(tmp);
    }
    return rv;
}

static int remove_key(Object *self, Object *key)
{
    int rv = discard_with_fallback(self, key);
    if (rv == DISCARD_NOTFOUND) {
        set_key_error(key);
        return -1;
    }
    return rv;
}

static int update_all(Object *self, Object *const *args, ssize_t nargs, bool difference)
{
    for (ssize_t i = 0; i < nargs; i++) {
        int r = difference ? set_difference_update_internal(SO(self), args[i])
                           : set_update_internal(SO(self), args[i]);
        if (r < 0) return -1;
    }
    return 0;
}

Object *set_pop(Object *s)
{
    SetObject *so = SO(s);
    if (so->used == 0)
        return exc_set_string(Exc_KeyError, "pop from an empty set");
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!IS_LIVE(entry)) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Object *key = entry->key;           /* the set's reference moves to the caller */
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

/* CPython's set_sizeof: the object, plus the table when it is not the inline one. */
ssize_t set_sizeof(Object *s)
{
    SetObject *so = SO(s);
    ssize_t res = TYPE(s)->basicsize;
    if (so->table != so->smalltable)
        res += (so->mask + 1) * (ssize_t)sizeof(SetEntry);
    return res;
}

/* (type(self), (list(self),), self.__dict__ or None): enough for copy and pickle. */
static Object *set_reduce(Object *self)
{
    Object *keys = list_from_iterable(self);
    if (keys == NULL) return NULL;
    Object *targs = tuple_pack(1, keys);
    OBJ_DECREF(keys);
    if (targs == NULL) return NULL;
    Object **dp = obj_dict_ptr(self);
    Object *state = (dp != NULL && *dp != NULL) ? *dp : NONE;
    if (state != NONE)
        dict_release_ownership(state);
    Object *result = tuple_pack(3, (Object *)TYPE(self), targs, state);
    OBJ_DECREF(targs);
    return result;
}

static Object *frozenset_copy(Object *self)
{
    return FROZENSET_CHECK_EXACT(self) ? obj_newref(self) : set_copy_of(self);
}

/* The methods, one line each: METHOD_NOARGS (no arguments), METHOD_O (exactly one: args[0]),
 * METHOD_VARARGS (any number of positional arguments: args, nargs). */
#define METHOD_HEAD(fn) static Object *fn(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
#define METHOD_NOARGS(fn, name, expr) \
    METHOD_HEAD(fn) { UNUSED(args); return check_none(self, name, nargs, kwnames) < 0 ? NULL : (expr); }
#define METHOD_O(fn, name, expr) \
    METHOD_HEAD(fn) { return check_one(self, name, nargs, kwnames) < 0 ? NULL : (expr); }
#define METHOD_VARARGS(fn, name, expr) \
    METHOD_HEAD(fn) { return check_varargs(self, name, kwnames) < 0 ? NULL : (expr); }

METHOD_O(meth_add, "add", none_unless(set_add_key(SO(self), args[0])))
METHOD_NOARGS(meth_clear, "clear", none_unless(set_clear_internal(self)))
METHOD_NOARGS(meth_copy, "copy", set_copy_of(self))
METHOD_NOARGS(meth_frozenset_copy, "copy", frozenset_copy(self))
METHOD_O(meth_discard, "discard", none_unless(discard_with_fallback(self, args[0])))
METHOD_O(meth_remove, "remove", none_unless(remove_key(self, args[0])))
METHOD_NOARGS(meth_pop, "pop", set_pop(self))
METHOD_VARARGS(meth_union, "union", set_union_multi(self, args, nargs))
METHOD_VARARGS(meth_update, "update", none_unless(update_all(self, args, nargs, false)))
METHOD_VARARGS(meth_intersection, "intersection", set_intersection_multi(self, args, nargs))
METHOD_VARARGS(meth_intersection_update, "intersection_update",
               none_unless(swap_in(self, set_intersection_multi(self, args, nargs))))
METHOD_VARARGS(meth_difference, "difference", set_difference_multi(self, args, nargs))
METHOD_VARARGS(meth_difference_update, "difference_update",
               none_unless(update_all(self, args, nargs, true)))
METHOD_O(meth_symmetric_difference, "symmetric_difference", set_symmetric_difference(self, args[0]))
METHOD_O(meth_symmetric_difference_update, "symmetric_difference_update",
         none_unless(set_symmetric_difference_update_internal(SO(self), args[0])))
METHOD_O(meth_issubset, "issubset", set_issubset(self, args[0]))
METHOD_O(meth_issuperset, "issuperset", set_issuperset(self, args[0]))
METHOD_O(meth_isdisjoint, "isdisjoint", set_isdisjoint(self, args[0]))
METHOD_NOARGS(meth_sizeof, "__sizeof__", int_from_ssize(set_sizeof(self)))
METHOD_NOARGS(meth_reduce, "__reduce__", set_reduce(self))

static Object *meth_contains(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (check_one(self, "__contains__", nargs, kwnames) < 0) return NULL;
    int rv = set_contains_slot(self, args[0]);
    return rv < 0 ? NULL : bool_from(rv);
}

#define DOC_CONTAINS "x.__contains__(y) <==> y in x."
#define DOC_COPY "Return a shallow copy of a set."
#define DOC_DIFFERENCE "Return the difference of two or more sets as a new set.\n\n" \
    "(i.e. all elements that are in this set but not the others.)"
#define DOC_INTERSECTION "Return the intersection of two sets as a new set.\n\n" \
    "(i.e. all elements that are in both sets.)"
#define DOC_ISDISJOINT "Return True if two sets have a null intersection."
#define DOC_ISSUBSET "Report whether another set contains this set."
#define DOC_ISSUPERSET "Report whether this set contains another set."
#define DOC_REDUCE "Return state information for pickling."
#define DOC_SIZEOF "S.__sizeof__() -> size of S in memory, in bytes"
#define DOC_SYMDIFF "Return the symmetric difference of two sets as a new set.\n\n" \
    "(i.e. all elements that are in exactly one of the sets.)"
#define DOC_UNION "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"

static MethodDef set_methods[] = {
    {"add", meth_add, METH_DEFAULT,
     "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", meth_clear, METH_DEFAULT, "Remove all elements from this set."},
    {"__contains__", meth_contains, METH_DEFAULT, DOC_CONTAINS},
    {"copy", meth_copy, METH_DEFAULT, DOC_COPY},
    {"discard", meth_discard, METH_DEFAULT,
     "Remove an element from a set if it is a member.\n\n"
     "Unlike set.remove(), the discard() method does not raise\n"
     "an exception when an element is missing from the set."},
    {"difference", meth_difference, METH_DEFAULT, DOC_DIFFERENCE},
    {"difference_update", meth_difference_update, METH_DEFAULT,
     "Remove all elements of another set from this set."},
    {"intersection", meth_intersection, METH_DEFAULT, DOC_INTERSECTION},
    {"intersection_update", meth_intersection_update, METH_DEFAULT,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", meth_isdisjoint, METH_DEFAULT, DOC_ISDISJOINT},
    {"issubset", meth_issubset, METH_DEFAULT, DOC_ISSUBSET},
    {"issuperset", meth_issuperset, METH_DEFAULT, DOC_ISSUPERSET},
    {"pop", meth_pop, METH_DEFAULT,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"__reduce__", meth_reduce, METH_DEFAULT, DOC_REDUCE},
    {"remove", meth_remove, METH_DEFAULT,
     "Remove an element from a set; it must be a member.\n\n"
     "If the element is not a member, raise a KeyError."},
    {"__sizeof__", meth_sizeof, METH_DEFAULT, DOC_SIZEOF},
    {"symmetric_difference", meth_symmetric_difference, METH_DEFAULT, DOC_SYMDIFF},
    {"symmetric_difference_update", meth_symmetric_difference_update, METH_DEFAULT,
     "Update a set with the symmetric difference of itself and another."},
    {"union", meth_union, METH_DEFAULT, DOC_UNION},
    {"update", meth_update, METH_DEFAULT, "Update a set with the union of itself and others."},
    {NULL, NULL, 0, NULL},
};

static MethodDef frozenset_methods[] = {
    {"__contains__", meth_contains, METH_DEFAULT, DOC_CONTAINS},
    {"copy", meth_frozenset_copy, METH_DEFAULT, DOC_COPY},
    {"difference", meth_difference, METH_DEFAULT, DOC_DIFFERENCE},
    {"intersection", meth_intersection, METH_DEFAULT, DOC_INTERSECTION},
    {"isdisjoint", meth_isdisjoint, METH_DEFAULT, DOC_ISDISJOINT},
    {"issubset", meth_issubset, METH_DEFAULT, DOC_ISSUBSET},
    {"issuperset", meth_issuperset, METH_DEFAULT, DOC_ISSUPERSET},
    {"__reduce__", meth_reduce, METH_DEFAULT, DOC_REDUCE},
    {"__sizeof__", meth_sizeof, METH_DEFAULT, DOC_SIZEOF},
    {"symmetric_difference", meth_symmetric_difference, METH_DEFAULT, DOC_SYMDIFF},
    {"union", meth_union, METH_DEFAULT, DOC_UNION},
    {NULL, NULL, 0, NULL},
};

/* ---- construction from Python: set(...), frozenset(...) ---- */

static Object *set_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    if ((type == &set_type || type->tp_init == set_type.tp_init) && no_kwargs("set", kwnames) < 0)
        return NULL;
    return make_new_set(type, NULL);
}

static int set_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("set", kwnames) < 0) return -1;
    if (npos_args(TYPE(self)->name, nargs, 0, 1) < 0) return -1;
    SetObject *so = SO(self);
    if (so->fill) set_clear_internal(self);
    so->hash = -1;
    if (nargs == 0) return 0;
    return set_update_internal(so, args[0]);
}

static Object *frozenset_tp_new(TypeObject *type, Object *const *args, ssize_t nargs,
                                Object *kwnames)
{
    if ((type == &frozenset_type || type->tp_init == frozenset_type.tp_init) &&
        no_kwargs("frozenset", kwnames) < 0)
        return NULL;
    if (npos_args(type->name, nargs, 0, 1) < 0) return NULL;
    return make_new_frozenset(type, nargs > 0 ? args[0] : NULL);
}

#define SET_BINARY_SLOTS                                                              \
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor}

TypeObject set_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "set",
    .basicsize = sizeof(SetObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "set() -> new empty set object\n"
           "set(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .repr = set_repr,
    .hash = NULL,
    .richcompare = set_richcompare,
    .getattro = obj_generic_getattr,
    .iter = set_iter,
    SET_BINARY_SLOTS,
    .nb_inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUBTRACT] = set_isub,
                   [NB_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .tp_new = set_tp_new,
    .tp_init = set_tp_init,
    .methods = set_methods,
    .base = &object_type,
    .weaklistoffset = offsetof(SetObject, weakreflist),
};

TypeObject frozenset_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "frozenset",
    .basicsize = sizeof(SetObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .doc = "frozenset() -> empty frozenset object\n"
           "frozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .getattro = obj_generic_getattr,
    .iter = set_iter,
    SET_BINARY_SLOTS,
    .len = set_len,
    .contains = set_contains_slot,
    .tp_new = frozenset_tp_new,
    .methods = frozenset_methods,
    .base = &object_type,
    .weaklistoffset = offsetof(SetObject, weakreflist),
};

/* ---- the iterator ---- */

typedef struct SetIterObject {
    Object ob;
    Object *set;           /* NULL once exhausted */
    ssize_t used;          /* the set's size when iteration began; -1 after a size change */
    ssize_t pos;
    ssize_t len;           /* keys left, for __length_hint__ */
} SetIterObject;

#define SI(o) ((SetIterObject *)(o))

static Object *set_iter(Object *self)
{
    SetIterObject *it = (SetIterObject *)obj_alloc(&set_iter_type, 0);
    if (it == NULL) return NULL;
    it->set = obj_newref(self);
    it->used = SO(self)->used;
    it->pos = 0;
    it->len = SO(self)->used;
    gc_track((Object *)it);
    return (Object *)it;
}

static void setiter_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_XDECREF(SI(self)->set);
    obj_free(self);
}

static int setiter_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(SI(self)->set);
    return 0;
}

static int setiter_clear(Object *self)
{
    OBJ_CLEAR(SI(self)->set);
    return 0;
}

static Object *setiter_self(Object *self)
{
    return obj_newref(self);
}

static Object *setiter_next(Object *self)
{
    SetIterObject *si = SI(self);
    Object *s = si->set;
    if (s == NULL) return NULL;
    if (si->used != SO(s)->used) {
        si->used = -1;          /* the error is sticky */
        return exc_set_string(Exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *entry;
    if (next_entry(SO(s), &si->pos, &entry)) {
        si->len--;
        return obj_newref(entry->key);
    }
    si->set = NULL;
    OBJ_DECREF(s);
    return NULL;
}

static Object *setiter_length_hint(Object *self, Object *const *args, ssize_t nargs,
                                   Object *kwnames)
{
    UNUSED(args);
    if (no_args("set_iterator.__length_hint__", nargs, kwnames) < 0) return NULL;
    SetIterObject *si = SI(self);
    ssize_t len = 0;
    if (si->set != NULL && si->used == SO(si->set)->used) len = si->len;
    return int_from_ssize(len);
}

static MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObject set_iter_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .flags = TPFLAG_GC | TPFLAG_IMMUTABLETYPE,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .repr = addr_repr,
    .getattro = obj_generic_getattr,
    .iter = setiter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
    .base = &object_type,
};
