/* dictobject.c: dict, CPython 3.11's compact ordered hash table, so that iteration order,
 * resizing and sys.getsizeof match CPython. A dict points to a DictKeys block:
 *
 *     +---------------------------+  32-byte header: refcnt, log2 size, log2 index bytes, kind,
 *     | header                    |  version, usable (slots left), nentries (slots used)
 *     +---------------------------+
 *     | indices[2**log2_size]     |  int8/16/32/64 each: an entry number, EMPTY (-1) or DUMMY (-2)
 *     +---------------------------+
 *     | entries[usable fraction]  |  dense, in insertion order: (key, value) for tables whose keys
 *     +---------------------------+  are all exact str ("unicode" kind), else (hash, key, value)
 *
 * A deletion leaves a DUMMY index and a hole in entries; the table is rebuilt when an insertion
 * finds no usable slot, to a size from used * 3. Empty dicts share one static empty keys block
 * (getsizeof({}) is 64). Probing is CPython's perturbed 5*i+1 recurrence. Lookups compare by
 * identity, then hash, then ==, with fast paths for exact str and int keys. The views and
 * iterators live in dictviews.c. */
#include "objects/dictobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/intobject.h"
#include "objects/rangeobject.h"
#include "objects/setobject.h"
#include "objects/containers_internal.h"
#include "gc/alloc.h"
#include "gc/gc.h"
#include <string.h>

#define DICT_LOG_MINSIZE 3
#define DICT_MINSIZE 8
#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DKIX_RESTART (-4)        /* internal: the table changed under a comparison */
#define PERTURB_SHIFT 5
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define GROWTH_RATE(d) ((d)->used * 3)

_Static_assert(sizeof(struct DictKeys) == 32, "DictKeys header must be CPython's 32 bytes");

typedef struct DictEntry {
    hash_t hash;
    Object *key;
    Object *value;               /* NULL: a deleted entry */
} DictEntry;

static DictKeys empty_keys_struct = {1, 0, 0, KEYS_UNICODE, 1, 0, 0};
#define EMPTY_KEYS (&empty_keys_struct)

#define DK(d) (((DictObject *)(d))->keys)
#define DK_SIZE(dk) ((ssize_t)1 << (dk)->log2_size)
#define DK_MASK(dk) ((size_t)DK_SIZE(dk) - 1)
#define DK_IS_UNICODE(dk) ((dk)->kind == KEYS_UNICODE)
#define DK_ENTRIES(dk) ((DictEntry *)(void *)(&(dk)->indices[(size_t)1 << (dk)->log2_index_bytes]))
#define MP(o) ((DictObject *)(o))

/* NOINLINE keeps a slow path out of line so that the fast path calling it needs no stack frame;
 * FORCE_INLINE specializes a helper at each call site (e.g. next_entry without its hash). */
#if defined(__GNUC__) || defined(__clang__)
#define NOINLINE __attribute__((noinline))
#define FORCE_INLINE inline __attribute__((always_inline))
#else
#define NOINLINE
#define FORCE_INLINE inline
#endif

static uint64_t dict_global_version;
#define NEXT_VERSION() (++dict_global_version)

/* ---- hashing ---- */

static inline hash_t str_cached_hash(Object *s)
{
    hash_t h = ((StrObject *)s)->hash;
    return h != -1 ? h : str_hash_value(s);
}

/* hash(key) with the exact-str and small-int fast paths; -1 with an exception. */
static inline hash_t key_hash(Object *key)
{
    if (STR_CHECK_EXACT(key)) return str_cached_hash(key);
    if (INT_CHECK_EXACT(key) && INT_IS_COMPACT(key)) {
        hash_t h = INT_COMPACT_VALUE(key);
        return h == -1 ? -2 : h;
    }
    return obj_hash(key);
}

/* ---- the index table ---- */

static inline ssize_t get_index(const DictKeys *keys, size_t i)
{
    int log2size = keys->log2_size;
    if (log2size < 8) return ((const int8_t *)keys->indices)[i];
    if (log2size < 16) return ((const int16_t *)(const void *)keys->indices)[i];
    if (log2size >= 32) return (ssize_t)((const int64_t *)(const void *)keys->indices)[i];
    return ((const int32_t *)(const void *)keys->indices)[i];
}

static inline void set_index(DictKeys *keys, size_t i, ssize_t ix)
{
    int log2size = keys->log2_size;
    if (log2size < 8) ((int8_t *)keys->indices)[i] = (int8_t)ix;
    else if (log2size < 16) ((int16_t *)(void *)keys->indices)[i] = (int16_t)ix;
    else if (log2size >= 32) ((int64_t *)(void *)keys->indices)[i] = (int64_t)ix;
    else ((int32_t *)(void *)keys->indices)[i] = (int32_t)ix;
}

static inline int bit_length(size_t x)
{
    return x == 0 ? 0 : (int)(sizeof(size_t) * 8) - __builtin_clzl((unsigned long)x);
}

/* CPython 3.11's calculate_log2_keysize, quirk included (sizes below 8 map to 16 slots except
 * 0): the growth policy's numbers are visible through sys.getsizeof. */
static inline uint8_t calculate_log2_keysize(ssize_t minsize)
{
    minsize = (minsize | DICT_MINSIZE) - 1;
    return (uint8_t)bit_length((size_t)(minsize | (DICT_MINSIZE - 1)));
}

/* The table size that holds n entries without resizing. */
static inline uint8_t estimate_log2_keysize(ssize_t n)
{
    return calculate_log2_keysize((n * 3 + 1) / 2);
}

static size_t keys_nbytes(const DictKeys *dk)
{
    size_t es = DK_IS_UNICODE(dk) ? sizeof(DictUnicodeEntry) : sizeof(DictEntry);
    return sizeof(DictKeys) + ((size_t)1 << dk->log2_index_bytes) +
           (size_t)USABLE_FRACTION(DK_SIZE(dk)) * es;
}

static DictKeys *new_keys_object(uint8_t log2_size, bool unicode)
{
    ssize_t usable = USABLE_FRACTION((ssize_t)1 << log2_size);
    uint8_t log2_bytes;
    if (log2_size < 8) log2_bytes = log2_size;
    else if (log2_size < 16) log2_bytes = (uint8_t)(log2_size + 1);
    else if (log2_size >= 32) log2_bytes = (uint8_t)(log2_size + 3);
    else log2_bytes = (uint8_t)(log2_size + 2);
    size_t es = unicode ? sizeof(DictUnicodeEntry) : sizeof(DictEntry);
    size_t index_bytes = (size_t)1 << log2_bytes;
    /* The entries are left uninitialized: every reader stops at nentries, and each entry is
     * written whole when it is appended (CPython zeroes them; nothing here can observe it). */
    DictKeys *dk = mem_alloc(sizeof(DictKeys) + index_bytes + es * (size_t)usable);
    if (dk == NULL) {
        exc_no_memory();
        return NULL;
    }
    dk->refcnt = 1;
    dk->log2_size = log2_size;
    dk->log2_index_bytes = log2_bytes;
    dk->kind = unicode ? KEYS_UNICODE : KEYS_GENERAL;
    dk->version = 0;
    dk->usable = usable;
    dk->nentries = 0;
    if (index_bytes == 8) {
        uint64_t all_empty = UINT64_MAX;         /* the smallest table: one store, not a call */
        memcpy(&dk->indices[0], &all_empty, 8);
    } else {
        memset(&dk->indices[0], 0xff, index_bytes);
    }
    return dk;
}

/* Releases every key and value (in entry order, as CPython), then the block. */
static void free_keys_object(DictKeys *keys)
{
    if (keys == EMPTY_KEYS) return;
    ssize_t n = keys->nentries;
    if (DK_IS_UNICODE(keys)) {
        DictUnicodeEntry *ep = DK_UENTRIES(keys);
        for (ssize_t i = 0; i < n; i++) {
            OBJ_XDECREF(ep[i].key);
            OBJ_XDECREF(ep[i].value);
        }
    } else {
        DictEntry *ep = DK_ENTRIES(keys);
        for (ssize_t i = 0; i < n; i++) {
            OBJ_XDECREF(ep[i].key);
            OBJ_XDECREF(ep[i].value);
        }
    }
    mem_free(keys);
}

/* The index slot that holds entry [index]. */
static size_t lookdict_index(DictKeys *k, hash_t hash, ssize_t index)
{
    size_t mask = DK_MASK(k);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = get_index(k, i);
        if (ix == index) return i;
        if (ix == DKIX_EMPTY) return (size_t)-1;    /* cannot happen for a live entry */
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* First EMPTY or DUMMY slot on [hash]'s probe sequence (dummies are reused). */
static size_t find_empty_slot(DictKeys *keys, hash_t hash)
{
    size_t mask = DK_MASK(keys);
    size_t i = (size_t)hash & mask;
    ssize_t ix = get_index(keys, i);
    for (size_t perturb = (size_t)hash; ix >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = get_index(keys, i);
    }
    return i;
}

static void build_indices(DictKeys *keys, ssize_t n)
{
    size_t mask = DK_MASK(keys);
    for (ssize_t ix = 0; ix != n; ix++) {
        hash_t hash = DK_IS_UNICODE(keys) ? str_cached_hash(DK_UENTRIES(keys)[ix].key)
                                          : DK_ENTRIES(keys)[ix].hash;
        size_t i = (size_t)hash & mask;
        for (size_t perturb = (size_t)hash; get_index(keys, i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
        set_index(keys, i, ix);
    }
}

/* ---- lookup ---- */

/* Equality of a stored key and a probe key with equal hashes: 1, 0, -1, or DKIX_RESTART when
 * the comparison changed the table. */
static inline int keys_equal(DictObject *mp, DictKeys *dk, Object **slot, Object *key)
{
    Object *startkey = *slot;
    if (STR_CHECK_EXACT(startkey) && STR_CHECK_EXACT(key)) return str_eq(startkey, key);
    if (INT_CHECK_EXACT(startkey) && INT_CHECK_EXACT(key)) return int_compare(startkey, key) == 0;
    OBJ_INCREF(startkey);
    int cmp = obj_richcompare_bool(startkey, key, RICH_EQ);
    OBJ_DECREF(startkey);
    if (cmp < 0) return -1;
    if (dk != mp->keys || *slot != startkey) return DKIX_RESTART;
    return cmp;
}

/* The entry index of [key] or DKIX_EMPTY; *value_addr gets its value (borrowed) or NULL.
 * DKIX_ERROR with an exception when a comparison fails. Any key type (dict_lookup below
 * handles exact str keys in all-str tables inline). */
static NOINLINE ssize_t lookup_generic(DictObject *mp, Object *key, hash_t hash,
                                       Object **value_addr)
{
start:;
    DictKeys *dk = mp->keys;
    *value_addr = NULL;
    if (mp->used == 0) return DKIX_EMPTY;
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep0 = DK_UENTRIES(dk);
        bool probe_is_str = STR_CHECK_EXACT(key);
        for (;;) {
            ssize_t ix = get_index(dk, i);
            if (ix >= 0) {
                DictUnicodeEntry *ep = &ep0[ix];
                if (ep->key == key) {
                    *value_addr = ep->value;
                    return ix;
                }
                if (((StrObject *)ep->key)->hash == hash) {
                    if (probe_is_str) {
                        if (str_eq(ep->key, key)) {
                            *value_addr = ep->value;
                            return ix;
                        }
                    } else {
                        int cmp = keys_equal(mp, dk, &ep->key, key);
                        if (cmp == DKIX_RESTART) goto start;
                        if (cmp < 0) return DKIX_ERROR;
                        if (cmp > 0) {
                            *value_addr = ep->value;
                            return ix;
                        }
                    }
                }
            } else if (ix == DKIX_EMPTY) {
                return DKIX_EMPTY;
            }
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
    }
    DictEntry *ep0 = DK_ENTRIES(dk);
    for (;;) {
        ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            DictEntry *ep = &ep0[ix];
            if (ep->key == key) {
                *value_addr = ep->value;
                return ix;
            }
            if (ep->hash == hash) {
                int cmp = keys_equal(mp, dk, &ep->key, key);
                if (cmp == DKIX_RESTART) goto start;
                if (cmp < 0) return DKIX_ERROR;
                if (cmp > 0) {
                    *value_addr = ep->value;
                    return ix;
                }
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* Exact str [key] in a unicode table (every key an exact str): no comparison can run code, so
 * this needs no restart or error path. Identity first, then the cached hash, then the bytes.
 * Probes from slot i with the given perturb state (hash & mask and hash for a fresh search). */
static FORCE_INLINE ssize_t unicode_probe_from(DictKeys *dk, Object *key, hash_t hash, size_t i,
                                               size_t perturb)
{
    DictUnicodeEntry *ep0 = DK_UENTRIES(dk);
    size_t mask = DK_MASK(dk);
    for (;;) {
        ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            Object *k = ep0[ix].key;
            if (k == key || (((StrObject *)k)->hash == hash && str_eq(k, key))) return ix;
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

static FORCE_INLINE ssize_t lookup_unicode_str(DictKeys *dk, Object *key, hash_t hash)
{
    return unicode_probe_from(dk, key, hash, (size_t)hash & DK_MASK(dk), (size_t)hash);
}

/* dict_lookup's contract (see lookup_generic), with the exact-str-in-all-str-table case inline. */
static inline ssize_t dict_lookup(DictObject *mp, Object *key, hash_t hash, Object **value_addr)
{
    DictKeys *dk = mp->keys;
    if (STR_CHECK_EXACT(key) && DK_IS_UNICODE(dk) && mp->used != 0) {
        /* used != 0 also keeps the probes off the shared empty block, which has no indices */
        ssize_t ix = lookup_unicode_str(dk, key, hash);
        *value_addr = ix >= 0 ? DK_UENTRIES(dk)[ix].value : NULL;
        return ix;
    }
    return lookup_generic(mp, key, hash, value_addr);
}

/* ---- tracking ---- */

static inline bool may_be_tracked(Object *o)
{
    return OBJ_IS_GC(o) && (!TUPLE_CHECK_EXACT(o) || gc_is_tracked(o));
}

/* A dict is tracked only once it holds something that can take part in a cycle (CPython). */
static inline void maintain_tracking(DictObject *mp, Object *key, Object *value)
{
    /* cheapest tests first: most keys and values (str, int) are not GC objects at all */
    if ((may_be_tracked(key) || may_be_tracked(value)) &&
        !(mp->flags & DICT_OWNED_BY_INSTANCE) && !gc_is_tracked((Object *)mp))
        gc_track((Object *)mp);
}

void dict_release_ownership(Object *d)
{
    DictObject *mp = (DictObject *)d;
    if (!(mp->flags & DICT_OWNED_BY_INSTANCE))
        return;
    mp->flags &= ~(uint64_t)DICT_OWNED_BY_INSTANCE;
    gc_on_alloc();              /* now a dict of its own: counted, as CPython's materialized __dict__ */
    ssize_t pos = 0;
    Object *k, *v;
    while (!gc_is_tracked(d) && dict_next(d, &pos, &k, &v))
        maintain_tracking(mp, k, v);
}

void dict_maybe_untrack(Object *d)
{
    if (!gc_is_tracked(d)) return;
    DictKeys *dk = DK(d);
    ssize_t n = dk->nentries;
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep = DK_UENTRIES(dk);
        for (ssize_t i = 0; i < n; i++)
            if (ep[i].value != NULL && may_be_tracked(ep[i].value)) return;
    } else {
        DictEntry *ep = DK_ENTRIES(dk);
        for (ssize_t i = 0; i < n; i++) {
            if (ep[i].value == NULL) continue;
            if (may_be_tracked(ep[i].value) || may_be_tracked(ep[i].key)) return;
        }
    }
    gc_untrack(d);
}

/* ---- resizing and insertion ---- */

/* Rebuilds the table with 2**log2_newsize slots, compacting out deleted entries. A unicode
 * table stays unicode only when [unicode] asks for it. */
static int dictresize(DictObject *mp, uint8_t log2_newsize, bool unicode)
{
    if (log2_newsize >= sizeof(size_t) * 8) {
        exc_no_memory();
        return -1;
    }
    DictKeys *oldkeys = mp->keys;
    if (!DK_IS_UNICODE(oldkeys)) unicode = false;
    DictKeys *newkeys = new_keys_object(log2_newsize, unicode);
    if (newkeys == NULL) return -1;
    ssize_t numentries = mp->used;
    if (!DK_IS_UNICODE(oldkeys)) {
        DictEntry *oldentries = DK_ENTRIES(oldkeys), *newentries = DK_ENTRIES(newkeys);
        if (oldkeys->nentries == numentries) {
            memcpy(newentries, oldentries, (size_t)numentries * sizeof(DictEntry));
        } else {
            DictEntry *ep = oldentries;
            for (ssize_t i = 0; i < numentries; i++) {
                while (ep->value == NULL) ep++;
                newentries[i] = *ep++;
            }
        }
    } else if (unicode) {
        DictUnicodeEntry *oldentries = DK_UENTRIES(oldkeys), *newentries = DK_UENTRIES(newkeys);
        if (oldkeys->nentries == numentries) {
            memcpy(newentries, oldentries, (size_t)numentries * sizeof(DictUnicodeEntry));
        } else {
            DictUnicodeEntry *ep = oldentries;
            for (ssize_t i = 0; i < numentries; i++) {
                while (ep->value == NULL) ep++;
                newentries[i] = *ep++;
            }
        }
    } else {
        DictUnicodeEntry *ep = DK_UENTRIES(oldkeys);
        DictEntry *newentries = DK_ENTRIES(newkeys);
        for (ssize_t i = 0; i < numentries; i++) {
            while (ep->value == NULL) ep++;
            newentries[i].key = ep->key;
            newentries[i].hash = str_cached_hash(ep->key);
            newentries[i].value = ep->value;
            ep++;
        }
    }
    build_indices(newkeys, numentries);
    newkeys->usable -= numentries;
    newkeys->nentries = numentries;
    mp->keys = newkeys;
    if (oldkeys != EMPTY_KEYS) mem_free(oldkeys);    /* references moved to newkeys */
    return 0;
}

static int insertion_resize(DictObject *mp, bool unicode)
{
    return dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

/* Appends a new entry for a key known to be absent (steals key and value). */
static int insert_new_entry(DictObject *mp, Object *key, hash_t hash, Object *value)
{
    maintain_tracking(mp, key, value);
    if (mp->keys->usable <= 0 && insertion_resize(mp, true) < 0) {
        OBJ_DECREF(key);
        OBJ_DECREF(value);
        return -1;
    }
    DictKeys *dk = mp->keys;
    size_t hashpos = find_empty_slot(dk, hash);
    set_index(dk, hashpos, dk->nentries);
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep = &DK_UENTRIES(dk)[dk->nentries];
        ep->key = key;
        ep->value = value;
    } else {
        DictEntry *ep = &DK_ENTRIES(dk)[dk->nentries];
        ep->key = key;
        ep->hash = hash;
        ep->value = value;
    }
    mp->used++;
    mp->version = NEXT_VERSION();
    dk->version = 0;
    dk->usable--;
    dk->nentries++;
    return 0;
}

/* The first insertion into a dict sharing the empty keys (steals key and value). */
static int insert_to_emptydict(DictObject *mp, Object *key, hash_t hash, Object *value)
{
    DictKeys *newkeys = new_keys_object(DICT_LOG_MINSIZE, STR_CHECK_EXACT(key));
    if (newkeys == NULL) {
        OBJ_DECREF(key);
        OBJ_DECREF(value);
        return -1;
    }
    mp->keys = newkeys;
    maintain_tracking(mp, key, value);
    set_index(newkeys, (size_t)hash & (DICT_MINSIZE - 1), 0);
    if (DK_IS_UNICODE(newkeys)) {
        DK_UENTRIES(newkeys)[0].key = key;
        DK_UENTRIES(newkeys)[0].value = value;
    } else {
        DK_ENTRIES(newkeys)[0].key = key;
        DK_ENTRIES(newkeys)[0].hash = hash;
        DK_ENTRIES(newkeys)[0].value = value;
    }
    mp->used++;
    mp->version = NEXT_VERSION();
    newkeys->usable--;
    newkeys->nentries++;
    return 0;
}

static inline Object **entry_value_slot(DictKeys *dk, ssize_t ix)
{
    return DK_IS_UNICODE(dk) ? &DK_UENTRIES(dk)[ix].value : &DK_ENTRIES(dk)[ix].value;
}

/* d[key] = value, stealing both references (CPython's insertdict). */
static int insertdict(DictObject *mp, Object *key, hash_t hash, Object *value)
{
    if (mp->keys == EMPTY_KEYS) return insert_to_emptydict(mp, key, hash, value);
    if (DK_IS_UNICODE(mp->keys) && !STR_CHECK_EXACT(key)) {
        if (insertion_resize(mp, false) < 0) goto fail;
    }
    Object *old_value;
    ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) goto fail;
    if (ix == DKIX_EMPTY) return insert_new_entry(mp, key, hash, value);
    maintain_tracking(mp, key, value);
    if (old_value != value) {
        *entry_value_slot(mp->keys, ix) = value;
        mp->version = NEXT_VERSION();
    }
    OBJ_XDECREF(old_value);     /* may run code: the table is already consistent */
    OBJ_DECREF(key);
    return 0;
fail:
    OBJ_DECREF(value);
    OBJ_DECREF(key);
    return -1;
}

/* Removes entry [ix] (whose value is old_value) and releases the dict's references. */
static void delitem_common(DictObject *mp, hash_t hash, ssize_t ix, Object *old_value)
{
    DictKeys *dk = mp->keys;
    size_t hashpos = lookdict_index(dk, hash, ix);
    mp->used--;
    mp->version = NEXT_VERSION();
    dk->version = 0;
    set_index(dk, hashpos, DKIX_DUMMY);
    Object *old_key;
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep = &DK_UENTRIES(dk)[ix];
        old_key = ep->key;
        ep->key = NULL;
        ep->value = NULL;
    } else {
        DictEntry *ep = &DK_ENTRIES(dk)[ix];
        old_key = ep->key;
        ep->key = NULL;
        ep->value = NULL;
        ep->hash = 0;
    }
    OBJ_DECREF(old_key);
    OBJ_DECREF(old_value);
}

/* KeyError(key): the key is the single argument even when it is a tuple. */
static void set_key_error(Object *key)
{
    Object *exc = exc_new(Exc_KeyError, &key, 1);
    if (exc == NULL) return;
    exc_set_object(Exc_KeyError, exc);
    OBJ_DECREF(exc);
}

/* ---- the public API ---- */

static Object *new_dict_with_keys(TypeObject *type, DictKeys *keys)
{
    DictObject *mp = (DictObject *)obj_alloc(type, 0);
    if (mp == NULL) {
        if (keys != EMPTY_KEYS) mem_free(keys);
        return NULL;
    }
    mp->keys = keys;
    mp->flags = 0;
    mp->used = 0;
    mp->version = NEXT_VERSION();
    return (Object *)mp;
}

Object *dict_new(void)
{
    return new_dict_with_keys(&dict_type, EMPTY_KEYS);
}

static Object *new_presized(ssize_t minused, bool unicode)
{
    const uint8_t log2_max_presize = 17;
    if (minused <= USABLE_FRACTION(DICT_MINSIZE)) return dict_new();
    uint8_t log2_newsize = minused > USABLE_FRACTION((ssize_t)1 << log2_max_presize)
                               ? log2_max_presize
                               : estimate_log2_keysize(minused);
    DictKeys *keys = new_keys_object(log2_newsize, unicode);
    if (keys == NULL) return NULL;
    return new_dict_with_keys(&dict_type, keys);
}

Object *dict_new_presized(ssize_t minused)
{
    return new_presized(minused, false);
}

Object *dict_from_items(Object *const *keys, ssize_t keys_step, Object *const *values,
                        ssize_t values_step, ssize_t n)
{
    bool unicode = true;
    for (ssize_t i = 0; i < n; i++) {
        if (!STR_CHECK_EXACT(keys[i * keys_step])) {
            unicode = false;
            break;
        }
    }
    Object *d = new_presized(n, unicode);
    if (d == NULL) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        if (dict_set_item(d, keys[i * keys_step], values[i * values_step]) < 0) {
            OBJ_DECREF(d);
            return NULL;
        }
    }
    return d;
}

Object *dict_get_item_known_hash_borrow(Object *d, Object *key, hash_t hash)
{
    Object *value;
    ssize_t ix = dict_lookup(MP(d), key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    return value;
}

/* dict_get_item_borrow's continuation at slot i, where a key with an equal hash (but not the
 * same object) sits: compares there and probes on. */
static NOINLINE Object *unicode_get_from(DictKeys *dk, Object *key, hash_t hash, size_t i,
                                         size_t perturb)
{
    ssize_t ix = unicode_probe_from(dk, key, hash, i, perturb);
    return ix >= 0 ? DK_UENTRIES(dk)[ix].value : NULL;
}

/* dict_get_item_borrow's general case: any key, any table. */
static NOINLINE Object *get_item_slow(Object *d, Object *key)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return NULL;
    return dict_get_item_known_hash_borrow(d, key, hash);
}

/* ---- hinted access for the VM's attribute caches ----
 * Instances of a class usually get their attributes in the same order, so an attribute sits at
 * the same entry index in each instance's dict: a cache that remembers the index finds it by one
 * identity test, with no hashing or probing. A wrong guess costs one test before the lookup. */

/* The probe of an all-str table for an exact str key with its hash: compares by identity, and
 * continues in unicode_get_from at a distinct key with the same hash. Calls nothing on the way,
 * so its callers need no stack frame. With [hint], stores there where the key was found. */
static FORCE_INLINE Object *unicode_probe(DictKeys *dk, Object *key, hash_t hash, int32_t *hint)
{
    DictUnicodeEntry *ep0 = DK_UENTRIES(dk);
    size_t mask = DK_MASK(dk), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = get_index(dk, i);
        if (ix >= 0) {
            Object *k = ep0[ix].key;
            if (k == key) {
                if (hint != NULL && ix <= INT32_MAX)
                    *hint = (int32_t)ix;
                return ep0[ix].value;
            }
            if (((StrObject *)k)->hash == hash)
                return unicode_get_from(dk, key, hash, i, perturb);
        } else if (ix == DKIX_EMPTY) {
            return NULL;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

static NOINLINE Object *hinted_probe(DictKeys *dk, Object *key, hash_t hash, int32_t *hint)
{
    return unicode_probe(dk, key, hash, hint);
}

Object *dict_get_hinted_slow(Object *d, Object *key, int32_t *hint)
{
    DictKeys *dk = DK(d);
    hash_t hash;
    /* an empty dict may share the empty keys block, which has no index table to probe */
    if (DK_IS_UNICODE(dk) && STR_CHECK_EXACT(key) && (hash = ((StrObject *)key)->hash) != -1 &&
        MP(d)->used != 0)
        return hinted_probe(dk, key, hash, hint);
    return dict_get_item_borrow(d, key);
}

int dict_set_hinted(Object *d, Object *key, Object *value, int32_t *hint)
{
    DictObject *mp = MP(d);
    DictKeys *dk = mp->keys;
    ssize_t ix = *hint;
    if (DK_IS_UNICODE(dk) && ix < dk->nentries && DK_UENTRIES(dk)[ix].key != key &&
        STR_CHECK_EXACT(key) && ((StrObject *)key)->hash != -1) {
        /* a wrong guess at an entry that exists (another layout of the same attributes): find
         * the key's entry by identity and remember it. A guess past the end is a new attribute
         * being added, as in __init__: dict_set_item below appends it. */
        if (hinted_probe(dk, key, ((StrObject *)key)->hash, hint) != NULL)
            ix = *hint;
    }
    if (DK_IS_UNICODE(dk) && ix < dk->nentries) {
        DictUnicodeEntry *ep = &DK_UENTRIES(dk)[ix];
        if (ep->key == key && ep->value != NULL) {
            /* insertdict's replacement of a value, without the lookup */
            Object *old = ep->value;
            maintain_tracking(mp, key, value);
            if (old != value) {
                ep->value = obj_newref(value);
                mp->version = NEXT_VERSION();
                OBJ_DECREF(old);          /* may run code: the table is already consistent */
            }
            return 0;
        }
    }
    int r = dict_set_item(d, key, value);
    dk = mp->keys;
    ix = dk->nentries - 1;          /* a new key is the last entry, even after a resize */
    if (r == 0 && DK_IS_UNICODE(dk) && ix >= 0 && ix <= INT32_MAX && DK_UENTRIES(dk)[ix].key == key)
        *hint = (int32_t)ix;
    return r;
}

Object *dict_get_item_borrow(Object *d, Object *key)
{
    /* The attribute and global path: an interned str key (hash cached) found by identity in an
     * all-str table, or missed, with no call; other keys or tables take get_item_slow. */
    DictKeys *dk = DK(d);
    hash_t hash;
    if (STR_CHECK_EXACT(key) && DK_IS_UNICODE(dk) && (hash = ((StrObject *)key)->hash) != -1 &&
        MP(d)->used != 0)
        return unicode_probe(dk, key, hash, NULL);
    return get_item_slow(d, key);
}

Object *dict_get_str_borrow(Object *d, const char *key)
{
    bool had_exc = exc_occurred();
    Object *saved = had_exc ? exc_fetch() : NULL;
    Object *value = NULL;
    Object *k = str_from_cstr(key);
    if (k != NULL) {
        value = dict_get_item_borrow(d, k);
        OBJ_DECREF(k);
    }
    if (exc_occurred()) exc_clear();
    if (had_exc) exc_restore(saved);
    return value;
}

int dict_set_item_known_hash(Object *d, Object *key, Object *value, hash_t hash)
{
    return insertdict(MP(d), obj_newref(key), hash, obj_newref(value));
}

int dict_set_item(Object *d, Object *key, Object *value)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return -1;
    return insertdict(MP(d), obj_newref(key), hash, obj_newref(value));
}

int dict_set_str(Object *d, const char *key, Object *value)
{
    Object *k = str_intern_cstr(key);
    if (k == NULL) return -1;
    int r = dict_set_item(d, k, value);
    OBJ_DECREF(k);
    return r;
}

static int del_item_known_hash(DictObject *mp, Object *key, hash_t hash)
{
    Object *old_value;
    ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY || old_value == NULL) {
        set_key_error(key);
        return -1;
    }
    delitem_common(mp, hash, ix, old_value);
    return 0;
}

int dict_del_item(Object *d, Object *key)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return -1;
    return del_item_known_hash(MP(d), key, hash);
}

int dict_del_str(Object *d, const char *key)
{
    Object *k = str_from_cstr(key);
    if (k == NULL) return -1;
    int r = dict_del_item(d, k);
    OBJ_DECREF(k);
    return r;
}

int dict_contains(Object *d, Object *key)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return -1;
    Object *value;
    ssize_t ix = dict_lookup(MP(d), key, hash, &value);
    if (ix == DKIX_ERROR) return -1;
    return ix != DKIX_EMPTY && value != NULL;
}

/* Entry at *pos or after, with its hash; false at the end. */
static FORCE_INLINE bool next_entry(DictObject *mp, ssize_t *pos, Object **key, Object **value,
                                     hash_t *hash)
{
    DictKeys *dk = mp->keys;
    ssize_t i = *pos, n = dk->nentries;
    if (i < 0) return false;
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep = &DK_UENTRIES(dk)[i];
        while (i < n && ep->value == NULL) {
            ep++;
            i++;
        }
        if (i >= n) return false;
        if (key) *key = ep->key;
        if (value) *value = ep->value;
        if (hash) *hash = str_cached_hash(ep->key);
    } else {
        DictEntry *ep = &DK_ENTRIES(dk)[i];
        while (i < n && ep->value == NULL) {
            ep++;
            i++;
        }
        if (i >= n) return false;
        if (key) *key = ep->key;
        if (value) *value = ep->value;
        if (hash) *hash = ep->hash;
    }
    *pos = i + 1;
    return true;
}

bool dict_next(Object *d, ssize_t *pos, Object **key, Object **value)
{
    return next_entry(MP(d), pos, key, value, NULL);
}

bool dict_prev(Object *d, ssize_t *pos, Object **key, Object **value)
{
    DictKeys *dk = DK(d);
    ssize_t i = *pos;
    if (i >= dk->nentries) i = dk->nentries - 1;
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep0 = DK_UENTRIES(dk);
        while (i >= 0 && ep0[i].value == NULL) i--;
        if (i < 0) return false;
        if (key) *key = ep0[i].key;
        if (value) *value = ep0[i].value;
    } else {
        DictEntry *ep0 = DK_ENTRIES(dk);
        while (i >= 0 && ep0[i].value == NULL) i--;
        if (i < 0) return false;
        if (key) *key = ep0[i].key;
        if (value) *value = ep0[i].value;
    }
    *pos = i - 1;
    return true;
}

ssize_t dict_nentries(Object *d)
{
    return DK(d)->nentries;
}

/* A copy of the keys block with every key and value increfed (clean tables only). */
static DictKeys *clone_combined_dict_keys(DictObject *orig)
{
    size_t keys_size = keys_nbytes(orig->keys);
    DictKeys *keys = mem_alloc(keys_size);
    if (keys == NULL) {
        exc_no_memory();
        return NULL;
    }
    memcpy(keys, orig->keys, keys_size);
    ssize_t n = keys->nentries;
    if (DK_IS_UNICODE(keys)) {
        DictUnicodeEntry *ep = DK_UENTRIES(keys);
        for (ssize_t i = 0; i < n; i++) {
            if (ep[i].value != NULL) {
                OBJ_INCREF(ep[i].value);
                OBJ_INCREF(ep[i].key);
            }
        }
    } else {
        DictEntry *ep = DK_ENTRIES(keys);
        for (ssize_t i = 0; i < n; i++) {
            if (ep[i].value != NULL) {
                OBJ_INCREF(ep[i].value);
                OBJ_INCREF(ep[i].key);
            }
        }
    }
    return keys;
}

static Object *dict_iter_slot(Object *self);

Object *dict_copy(Object *o)
{
    DictObject *mp = MP(o);
    if (mp->used == 0) return dict_new();
    if (TYPE(o)->iter == dict_iter_slot && mp->used >= (mp->keys->nentries * 2) / 3) {
        /* fast copy of a table with at most a third of holes */
        DictKeys *keys = clone_combined_dict_keys(mp);
        if (keys == NULL) return NULL;
        Object *copy = new_dict_with_keys(&dict_type, keys);
        if (copy == NULL) return NULL;
        MP(copy)->used = mp->used;
        if (gc_is_tracked(o)) gc_track(copy);
        return copy;
    }
    Object *copy = dict_new();
    if (copy == NULL) return NULL;
    if (dict_merge(copy, o, true) < 0) {
        OBJ_DECREF(copy);
        return NULL;
    }
    return copy;
}

/* Merges the dict [b] into [a]: override 0 keeps existing keys, 1 replaces them, 2 raises
 * KeyError on a duplicate. */
static int merge_from_dict(DictObject *mp, DictObject *other, int override)
{
    if (other == mp || other->used == 0) return 0;
    if (mp->used == 0) {
        override = 1;
        DictKeys *okeys = other->keys;
        if (other->used == okeys->nentries &&
            (okeys->log2_size == DICT_LOG_MINSIZE ||
             USABLE_FRACTION(DK_SIZE(okeys) / 2) < other->used)) {
            DictKeys *keys = clone_combined_dict_keys(other);
            if (keys == NULL) return -1;
            DictKeys *old = mp->keys;
            mp->keys = keys;
            free_keys_object(old);
            mp->used = other->used;
            mp->version = NEXT_VERSION();
            if (gc_is_tracked((Object *)other) && !gc_is_tracked((Object *)mp) &&
                !(mp->flags & DICT_OWNED_BY_INSTANCE))
                gc_track((Object *)mp);
            return 0;
        }
    }
    if (USABLE_FRACTION(DK_SIZE(mp->keys)) < other->used) {
        if (dictresize(mp, estimate_log2_keysize(mp->used + other->used),
                       DK_IS_UNICODE(other->keys)) < 0)
            return -1;
    }
    ssize_t orig_size = other->keys->nentries;
    for (ssize_t pos = 0;;) {
        Object *key, *value;
        hash_t hash;
        if (!next_entry(other, &pos, &key, &value, &hash)) break;
        OBJ_INCREF(key);
        OBJ_INCREF(value);
        int err;
        if (override == 1) {
            err = insertdict(mp, key, hash, value);
        } else {
            Object *found;
            ssize_t ix = dict_lookup(mp, key, hash, &found);
            if (ix == DKIX_ERROR) {
                err = -1;
                OBJ_DECREF(key);
                OBJ_DECREF(value);
            } else if (found == NULL) {
                err = insertdict(mp, key, hash, value);
            } else {
                err = 0;
                if (override != 0) {
                    set_key_error(key);
                    err = -1;
                }
                OBJ_DECREF(key);
                OBJ_DECREF(value);
            }
        }
        if (err != 0) return -1;
        if (orig_size != other->keys->nentries) {
            exc_set_string(Exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* Merges a mapping with keys() and __getitem__. */
static int merge_from_mapping(Object *a, Object *b, int override)
{
    Object *keys_result = obj_call_method(b, "keys", NULL, 0);
    if (keys_result == NULL) return -1;
    Object *it = obj_get_iter(keys_result);
    OBJ_DECREF(keys_result);
    if (it == NULL) return -1;
    for (;;) {
        Object *key = obj_iter_next(it);
        if (key == NULL) break;
        if (override != 1) {
            int status = dict_contains(a, key);
            if (status != 0) {
                if (status > 0) {
                    if (override == 0) {
                        OBJ_DECREF(key);
                        continue;
                    }
                    set_key_error(key);
                }
                OBJ_DECREF(key);
                OBJ_DECREF(it);
                return -1;
            }
        }
        Object *value = obj_getitem(b, key);
        if (value == NULL) {
            OBJ_DECREF(key);
            OBJ_DECREF(it);
            return -1;
        }
        int status = dict_set_item(a, key, value);
        OBJ_DECREF(key);
        OBJ_DECREF(value);
        if (status < 0) {
            OBJ_DECREF(it);
            return -1;
        }
    }
    OBJ_DECREF(it);
    return exc_occurred() ? -1 : 0;
}

static int merge_any(Object *a, Object *b, int override)
{
    if (DICT_CHECK(b) && TYPE(b)->iter == dict_iter_slot)
        return merge_from_dict(MP(a), MP(b), override);
    return merge_from_mapping(a, b, override);
}

int dict_merge(Object *d, Object *other, bool override)
{
    return merge_any(d, other, override ? 1 : 0);
}

/* PySequence_Fast for the pairs of dict(iterable): a tuple or list holding the item's items. */
static Object *pair_fast(Object *item)
{
    if (TUPLE_CHECK_EXACT(item) || LIST_CHECK_EXACT(item)) return obj_newref(item);
    Object *it = obj_get_iter(item);
    if (it == NULL) return NULL;
    Object *l = list_from_iterable(it);
    OBJ_DECREF(it);
    return l;
}

/* dict.update(iterable of pairs). */
static int merge_from_seq2(Object *d, Object *seq2, bool override)
{
    Object *it = obj_get_iter(seq2);
    if (it == NULL) return -1;
    for (ssize_t i = 0;; ++i) {
        Object *item = obj_iter_next(it);
        if (item == NULL) {
            if (exc_occurred()) goto fail;
            break;
        }
        Object *fast = pair_fast(item);
        OBJ_DECREF(item);
        if (fast == NULL) {
            if (exc_matches(Exc_TypeError))
                exc_format(Exc_TypeError,
                           "cannot convert dictionary update sequence element #%zd to a sequence", i);
            goto fail;
        }
        ssize_t n = SIZE(fast);
        if (n != 2) {
            exc_format(Exc_ValueError,
                       "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            OBJ_DECREF(fast);
            goto fail;
        }
        Object **items = TUPLE_CHECK_EXACT(fast) ? TUPLE_ITEMS(fast) : LIST_ITEMS(fast);
        Object *key = obj_newref(items[0]), *value = obj_newref(items[1]);
        OBJ_DECREF(fast);
        int status = 0;
        if (override) {
            status = dict_set_item(d, key, value);
        } else {
            Object *found = dict_get_item_borrow(d, key);
            if (found == NULL) status = exc_occurred() ? -1 : dict_set_item(d, key, value);
        }
        OBJ_DECREF(key);
        OBJ_DECREF(value);
        if (status < 0) goto fail;
    }
    OBJ_DECREF(it);
    return 0;
fail:
    OBJ_DECREF(it);
    return -1;
}


/* dict.update's argument: a dict, an object with keys(), or an iterable of pairs. */
static int update_arg(Object *d, Object *arg)
{
    if (DICT_CHECK_EXACT(arg)) return merge_any(d, arg, 1);
    Object *name = str_intern_cstr("keys");
    if (name == NULL) return -1;
    int found;
    Object *func = obj_lookup_attr(arg, name, &found);
    OBJ_DECREF(name);
    if (func == NULL && found < 0) return -1;
    if (func != NULL) {
        OBJ_DECREF(func);
        return merge_any(d, arg, 1);
    }
    return merge_from_seq2(d, arg, true);
}

int dict_update(Object *d, Object *other)
{
    return update_arg(d, other);
}

void dict_clear(Object *d)
{
    DictObject *mp = MP(d);
    DictKeys *oldkeys = mp->keys;
    if (oldkeys == EMPTY_KEYS) return;
    mp->keys = EMPTY_KEYS;
    mp->used = 0;
    mp->version = NEXT_VERSION();
    free_keys_object(oldkeys);
}

/* keys(), values() or items() as a new list (which = 0, 1, 2). The allocation may run a
 * collection and finalizers that change the dict, so the size is checked again. */
static Object *dict_list(Object *d, int which)
{
    for (;;) {
        ssize_t n = MP(d)->used;
        Object *l = list_new(n);
        if (l == NULL) return NULL;
        if (n != MP(d)->used) {
            OBJ_DECREF(l);
            continue;
        }
        ssize_t pos = 0, j = 0;
        Object *key, *value;
        while (dict_next(d, &pos, &key, &value)) {
            Object *item;
            if (which == 0) {
                item = obj_newref(key);
            } else if (which == 1) {
                item = obj_newref(value);
            } else {
                item = tuple_pack(2, key, value);
                if (item == NULL) {
                    OBJ_DECREF(l);
                    return NULL;
                }
            }
            list_set_item_steal(l, j++, item);
        }
        return l;
    }
}

Object *dict_keys_list(Object *d)
{
    return dict_list(d, 0);
}

Object *dict_values_list(Object *d)
{
    return dict_list(d, 1);
}

Object *dict_items_list(Object *d)
{
    return dict_list(d, 2);
}

Object *dict_pop_item(Object *d, Object *key, Object *deflt)
{
    DictObject *mp = MP(d);
    if (mp->used == 0) {
        if (deflt != NULL) return obj_newref(deflt);
        set_key_error(key);
        return NULL;
    }
    hash_t hash = key_hash(key);
    if (hash == -1) return NULL;
    Object *old_value;
    ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY || old_value == NULL) {
        if (deflt != NULL) return obj_newref(deflt);
        set_key_error(key);
        return NULL;
    }
    OBJ_INCREF(old_value);
    delitem_common(mp, hash, ix, old_value);
    return old_value;
}

ssize_t dict_sizeof(Object *d)
{
    ssize_t res = TYPE(d)->basicsize;
    if (DK(d) != EMPTY_KEYS) res += (ssize_t)keys_nbytes(DK(d));
    return res;
}

/* d.setdefault(key, deflt): the value now in the dict (borrowed), or NULL with an exception. */
static Object *setdefault_borrow(DictObject *mp, Object *key, Object *deflt)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return NULL;
    if (mp->keys == EMPTY_KEYS) {
        if (insert_to_emptydict(mp, obj_newref(key), hash, obj_newref(deflt)) < 0) return NULL;
        return deflt;
    }
    if (!STR_CHECK_EXACT(key) && DK_IS_UNICODE(mp->keys) && insertion_resize(mp, false) < 0)
        return NULL;
    Object *value;
    ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY) {
        if (insert_new_entry(mp, obj_newref(key), hash, obj_newref(deflt)) < 0) return NULL;
        return deflt;
    }
    return value;
}

/* ---- slots ---- */

static void dict_dealloc(Object *self)
{
    gc_untrack(self);
    bool trash = TYPE(self)->dealloc == dict_dealloc;
    if (trash && !list_trash_begin(self)) return;
    DictKeys *keys = DK(self);
    DK(self) = EMPTY_KEYS;
    free_keys_object(keys);
    if (MP(self)->flags & DICT_OWNED_BY_INSTANCE)
        gc_count_add(1);        /* it was never counted (obj_generic_setattr): obj_free uncounts */
    obj_free(self);
    if (trash) list_trash_end();
}

static int dict_traverse(Object *self, visitproc visit, void *arg)
{
    DictKeys *dk = DK(self);
    ssize_t n = dk->nentries;
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep = DK_UENTRIES(dk);
        for (ssize_t i = 0; i < n; i++) VISIT(ep[i].value);
    } else {
        DictEntry *ep = DK_ENTRIES(dk);
        for (ssize_t i = 0; i < n; i++) {
            if (ep[i].value != NULL) {
                VISIT(ep[i].value);
                VISIT(ep[i].key);
            }
        }
    }
    return 0;
}

static int dict_tp_clear(Object *self)
{
    dict_clear(self);
    return 0;
}

static Object *dict_repr(Object *self)
{
    int r = repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("{...}") : NULL;
    if (MP(self)->used == 0) {
        repr_leave(self);
        return str_from_cstr("{}");
    }
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '{');
    bool first = true;
    ssize_t pos = 0;
    Object *key, *value;
    while (dict_next(self, &pos, &key, &value)) {
        OBJ_INCREF(key);
        OBJ_INCREF(value);
        if (!first) sb_append_cstr(&sb, ", ");
        first = false;
        int rc = sb_append_repr(&sb, key);
        if (rc == 0) {
            sb_append_cstr(&sb, ": ");
            rc = sb_append_repr(&sb, value);
        }
        OBJ_DECREF(key);
        OBJ_DECREF(value);
        if (rc < 0) {
            sb_fini(&sb);
            repr_leave(self);
            return NULL;
        }
    }
    sb_append_char(&sb, '}');
    repr_leave(self);
    return sb_finish(&sb);
}

/* 1 if a and b hold equal items, 0 if not, -1 on error. */
static int dict_equal(DictObject *a, DictObject *b)
{
    if (a->used != b->used) return 0;
    Object *key, *aval;
    hash_t hash;
    /* next_entry re-reads a's table every time: comparisons may change it */
    for (ssize_t pos = 0; next_entry(a, &pos, &key, &aval, &hash);) {
        OBJ_INCREF(aval);
        OBJ_INCREF(key);
        Object *bval;
        ssize_t ix = dict_lookup(b, key, hash, &bval);
        OBJ_DECREF(key);
        if (ix == DKIX_ERROR) {
            OBJ_DECREF(aval);
            return -1;
        }
        if (bval == NULL) {
            OBJ_DECREF(aval);
            return 0;
        }
        OBJ_INCREF(bval);
        int cmp = obj_richcompare_bool(aval, bval, RICH_EQ);
        OBJ_DECREF(aval);
        OBJ_DECREF(bval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static Object *dict_richcompare(Object *v, Object *w, int op)
{
    if (!DICT_CHECK(v) || !DICT_CHECK(w) || (op != RICH_EQ && op != RICH_NE)) RETURN_NOTIMPL;
    int cmp = dict_equal(MP(v), MP(w));
    if (cmp < 0) return NULL;
    return bool_from((cmp != 0) == (op == RICH_EQ));
}

static ssize_t dict_length(Object *self)
{
    return MP(self)->used;
}

static Object *dict_subscript(Object *self, Object *key)
{
    hash_t hash = key_hash(key);
    if (hash == -1) return NULL;
    Object *value;
    ssize_t ix = dict_lookup(MP(self), key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (value != NULL) return obj_newref(value);
    if (!DICT_CHECK_EXACT(self)) {
        /* subclasses may define __missing__ */
        Object *missing = lookup_special(self, "__missing__");
        if (missing != NULL) {
            Object *res = obj_call_one(missing, key);
            OBJ_DECREF(missing);
            return res;
        }
        if (exc_occurred()) return NULL;
    }
    set_key_error(key);
    return NULL;
}

static int dict_ass_sub(Object *self, Object *key, Object *value)
{
    if (value == NULL) return dict_del_item(self, key);
    return dict_set_item(self, key, value);
}

static int dict_contains_slot(Object *self, Object *key)
{
    return dict_contains(self, key);
}

static Object *dict_iter_slot(Object *self)
{
    return dict_iter_new(self, &dict_key_iter_type);
}

static Object *dict_or(Object *self, Object *other)
{
    if (!DICT_CHECK(self) || !DICT_CHECK(other)) RETURN_NOTIMPL;
    Object *res = dict_copy(self);
    if (res == NULL) return NULL;
    if (update_arg(res, other) < 0) {
        OBJ_DECREF(res);
        return NULL;
    }
    return res;
}

static Object *dict_ior(Object *self, Object *other)
{
    if (update_arg(self, other) < 0) return NULL;
    return obj_newref(self);
}

static Object *dict_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    UNUSED(kwnames);
    Object *d = new_dict_with_keys(type, EMPTY_KEYS);
    if (d != NULL && type != &dict_type) gc_track(d);   /* subclass instances have a __dict__ */
    return d;
}

/* dict.update / dict.__init__: one optional positional argument, then the keywords. */
static int update_common(Object *self, Object *const *args, ssize_t nargs, Object *kwnames,
                         const char *name)
{
    if (npos_args(name, nargs, 0, 1) < 0) return -1;
    if (nargs == 1 && update_arg(self, args[0]) < 0) return -1;
    ssize_t nkw = kwnames != NULL ? TUPLE_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (dict_set_item(self, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0) return -1;
    return 0;
}

static int dict_tp_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return update_common(self, args, nargs, kwnames, "dict");
}

/* ---- methods ---- */

static Object *meth_getitem(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("dict.__getitem__", nargs, kwnames) < 0) return NULL;
    return dict_subscript(self, args[0]);
}

static Object *meth_contains(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_arg("dict.__contains__", nargs, kwnames) < 0) return NULL;
    int r = dict_contains(self, args[0]);
    if (r < 0) return NULL;
    return bool_from(r);
}

static Object *meth_sizeof(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("dict.__sizeof__", nargs, kwnames) < 0) return NULL;
    return int_from_ssize(dict_sizeof(self));
}

static Object *meth_get(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("dict.get", kwnames) < 0 || npos_args("get", nargs, 1, 2) < 0) return NULL;
    Object *value = dict_get_item_borrow(self, args[0]);
    if (value == NULL) {
        if (exc_occurred()) return NULL;
        value = nargs > 1 ? args[1] : NONE;
    }
    return obj_newref(value);
}

static Object *meth_setdefault(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("dict.setdefault", kwnames) < 0 || npos_args("setdefault", nargs, 1, 2) < 0)
        return NULL;
    Object *value = setdefault_borrow(MP(self), args[0], nargs > 1 ? args[1] : NONE);
    return value != NULL ? obj_newref(value) : NULL;
}

static Object *meth_pop(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("dict.pop", kwnames) < 0 || npos_args("pop", nargs, 1, 2) < 0) return NULL;
    return dict_pop_item(self, args[0], nargs > 1 ? args[1] : NULL);
}

static Object *meth_popitem(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("dict.popitem", nargs, kwnames) < 0) return NULL;
    DictObject *mp = MP(self);
    Object *res = tuple_new(2);
    if (res == NULL) return NULL;
    if (mp->used == 0) {
        OBJ_DECREF(res);
        return exc_set_string(Exc_KeyError, "popitem(): dictionary is empty");
    }
    DictKeys *dk = mp->keys;
    dk->version = 0;
    ssize_t i = dk->nentries - 1;
    Object *key, *value;
    hash_t hash;
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep0 = DK_UENTRIES(dk);
        while (i >= 0 && ep0[i].value == NULL) i--;
        key = ep0[i].key;
        hash = str_cached_hash(key);
        value = ep0[i].value;
        ep0[i].key = NULL;
        ep0[i].value = NULL;
    } else {
        DictEntry *ep0 = DK_ENTRIES(dk);
        while (i >= 0 && ep0[i].value == NULL) i--;
        key = ep0[i].key;
        hash = ep0[i].hash;
        value = ep0[i].value;
        ep0[i].key = NULL;
        ep0[i].value = NULL;
        ep0[i].hash = -1;
    }
    size_t j = lookdict_index(dk, hash, i);
    set_index(dk, j, DKIX_DUMMY);
    tuple_set_item_steal(res, 0, key);
    tuple_set_item_steal(res, 1, value);
    /* usable stays: the DUMMY still occupies its index slot */
    dk->nentries = i;
    mp->used--;
    mp->version = NEXT_VERSION();
    return res;
}

static Object *meth_keys(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("dict.keys", nargs, kwnames) < 0) return NULL;
    return dict_view_new(self, &dict_keys_type);
}

static Object *meth_values(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("dict.values", nargs, kwnames) < 0) return NULL;
    return dict_view_new(self, &dict_values_type);
}

static Object *meth_items(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("dict.items", nargs, kwnames) < 0) return NULL;
    return dict_view_new(self, &dict_items_type);
}

static Object *meth_update(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (update_common(self, args, nargs, kwnames, "update") < 0) return NULL;
    RETURN_NONE;
}

static Object *meth_copy(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("dict.copy", nargs, kwnames) < 0) return NULL;
    return dict_copy(self);
}

static Object *meth_clear(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("dict.clear", nargs, kwnames) < 0) return NULL;
    dict_clear(self);
    RETURN_NONE;
}

static Object *meth_reversed(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (no_args("dict.__reversed__", nargs, kwnames) < 0) return NULL;
    return dict_iter_new(self, &dict_reverse_key_iter_type);
}

/* dict.fromkeys(iterable, value=None), a classmethod: self is the class. */
static Object *meth_fromkeys(Object *cls, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (no_kwargs("fromkeys", kwnames) < 0 || npos_args("fromkeys", nargs, 1, 2) < 0) return NULL;
    Object *iterable = args[0], *value = nargs > 1 ? args[1] : NONE;
    Object *d = obj_call_noargs(cls);
    if (d == NULL) return NULL;
    if (DICT_CHECK_EXACT(d) && DICT_CHECK_EXACT(iterable)) {
        DictObject *mp = MP(d), *src = MP(iterable);
        if (dictresize(mp, estimate_log2_keysize(src->used), DK_IS_UNICODE(src->keys)) < 0)
            goto fail;
        ssize_t pos = 0;
        Object *key;
        hash_t hash;
        while (next_entry(src, &pos, &key, NULL, &hash)) {
            if (insertdict(mp, obj_newref(key), hash, obj_newref(value)) < 0) goto fail;
        }
        return d;
    }
    if (DICT_CHECK_EXACT(d) && (TYPE(iterable) == &set_type || TYPE(iterable) == &frozenset_type)) {
        DictObject *mp = MP(d);
        if (dictresize(mp, estimate_log2_keysize(SET_SIZE(iterable)), false) < 0) goto fail;
        ssize_t pos = 0;
        Object *key;
        hash_t hash;
        while (set_next(iterable, &pos, &key, &hash)) {
            if (insertdict(mp, obj_newref(key), hash, obj_newref(value)) < 0) goto fail;
        }
        return d;
    }
    Object *it = obj_get_iter(iterable);
    if (it == NULL) goto fail;
    bool exact = DICT_CHECK_EXACT(d);
    for (;;) {
        Object *key = obj_iter_next(it);
        if (key == NULL) break;
        int status = exact ? dict_set_item(d, key, value) : obj_setitem(d, key, value);
        OBJ_DECREF(key);
        if (status < 0) break;
    }
    OBJ_DECREF(it);
    if (exc_occurred()) goto fail;
    return d;
fail:
    OBJ_DECREF(d);
    return NULL;
}

static MethodDef dict_methods[] = {
    {"__contains__", meth_contains, METH_DEFAULT, "True if the dictionary has the specified key, else False."},
    {"__getitem__", meth_getitem, METH_DEFAULT, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", meth_sizeof, METH_DEFAULT, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", meth_get, METH_DEFAULT, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", meth_setdefault, METH_DEFAULT,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", meth_pop, METH_DEFAULT,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", meth_popitem, METH_DEFAULT,
     "Remove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\n"
     "Raises KeyError if the dict is empty."},
    {"keys", meth_keys, METH_DEFAULT, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", meth_items, METH_DEFAULT, "D.items() -> a set-like object providing a view on D's items"},
    {"values", meth_values, METH_DEFAULT, "D.values() -> an object providing a view on D's values"},
    {"update", meth_update, METH_DEFAULT,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", meth_fromkeys, METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", meth_clear, METH_DEFAULT, "D.clear() -> None.  Remove all items from D."},
    {"copy", meth_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D"},
    {"__reversed__", meth_reversed, METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

TypeObject dict_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "dict",
    .basicsize = sizeof(DictObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_DICT_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_tp_clear,
    .repr = dict_repr,
    .hash = NULL,
    .richcompare = dict_richcompare,
    .getattro = obj_generic_getattr,
    .iter = dict_iter_slot,
    .nb = {[NB_OR] = dict_or},
    .nb_inplace = {[NB_OR] = dict_ior},
    .len = dict_length,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains_slot,
    .tp_new = dict_tp_new,
    .tp_init = dict_tp_init,
    .methods = dict_methods,
    .base = &object_type,
};
