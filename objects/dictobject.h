/* dictobject.h: dict, insertion ordered (CPython's compact layout: an index table and a dense
 * entries array). Empty dict getsizeof 64. Also the dict views. */
#ifndef TALLY_DICTOBJECT_H
#define TALLY_DICTOBJECT_H

#include "objects/object.h"

/* The index table and entries (CPython's PyDictKeysObject). Only dictobject.c reads or changes
 * them, except for dict_get_hinted_borrow below. */
enum { KEYS_GENERAL = 0, KEYS_UNICODE = 1 };
typedef struct DictKeys {
    ssize_t refcnt;              /* 1; the shared empty block is never freed */
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    uint8_t kind;                /* KEYS_UNICODE: every key an exact str (DictUnicodeEntry) */
    uint32_t version;
    ssize_t usable;              /* entries still free for insertion */
    ssize_t nentries;            /* entries used, holes included */
    char indices[];              /* then the entries */
} DictKeys;

typedef struct DictUnicodeEntry {
    Object *key;                 /* an exact str; its hash is cached in the str; NULL: deleted */
    Object *value;
} DictUnicodeEntry;

#define DK_UENTRIES(dk) \
    ((DictUnicodeEntry *)(void *)(&(dk)->indices[(size_t)1 << (dk)->log2_index_bytes]))

typedef struct DictObject {
    Object ob;
    ssize_t used;          /* number of items */
    uint64_t version;      /* changes on every mutation (global caches) */
    DictKeys *keys;        /* index table + entries */
    uint64_t flags;        /* DICT_OWNED_BY_INSTANCE */
} DictObject;

/* The __dict__ of a class instance nobody else has asked for (CPython 3.11 keeps such attributes
 * inline): the collector sees its entries through the instance and never tracks the dict itself,
 * so a cycle of two instances is two unreachable objects, as in CPython. Asking for
 * obj.__dict__ ends the ownership (dict_release_ownership). */
#define DICT_OWNED_BY_INSTANCE 1u

#define DICT_CHECK(o) TYPE_HAS_FLAG(TYPE(o), TPFLAG_DICT_SUBCLASS)
#define DICT_CHECK_EXACT(o) (TYPE(o) == &dict_type)
#define DICT_SIZE(o) (((DictObject *)(o))->used)

extern TypeObject dict_keys_type, dict_values_type, dict_items_type;

Object *dict_new(void);
/* Clears DICT_OWNED_BY_INSTANCE and tracks the dict if it holds anything that may form a cycle. */
void dict_release_ownership(Object *d);
/* Borrowed value, or NULL without an exception when absent, or NULL with one (unhashable key,
 * a failing __eq__). */
Object *dict_get_item_borrow(Object *d, Object *key);
Object *dict_get_item_known_hash_borrow(Object *d, Object *key, hash_t hash);
Object *dict_get_str_borrow(Object *d, const char *key);     /* never raises */
int dict_set_item(Object *d, Object *key, Object *value);    /* 0 or -1 */
/* dict_get_item_borrow and dict_set_item for the VM's attribute caches: [*hint] is a guess at the
 * entry index of [key] (an exact str), tested first and updated after a lookup. */
Object *dict_get_hinted_slow(Object *d, Object *key, int32_t *hint);   /* the lookup when the guess fails */
static inline Object *dict_get_hinted_borrow(Object *d, Object *key, int32_t *hint)
{
    DictKeys *dk = ((DictObject *)d)->keys;
    if (dk->kind == KEYS_UNICODE && *hint < dk->nentries) {
        DictUnicodeEntry *ep = &DK_UENTRIES(dk)[*hint];
        if (ep->key == key)
            return ep->value;
    }
    return dict_get_hinted_slow(d, key, hint);
}
int dict_set_hinted(Object *d, Object *key, Object *value, int32_t *hint);
int dict_set_item_known_hash(Object *d, Object *key, Object *value, hash_t hash);
int dict_set_str(Object *d, const char *key, Object *value);
int dict_del_item(Object *d, Object *key);                    /* KeyError if missing */
int dict_del_str(Object *d, const char *key);
int dict_contains(Object *d, Object *key);                    /* 1/0/-1 */
/* Iterates: start with *pos = 0; returns false at the end; key/value borrowed (may be NULL args). */
bool dict_next(Object *d, ssize_t *pos, Object **key, Object **value);
Object *dict_copy(Object *d);
int dict_update(Object *d, Object *other);        /* other: a dict, a mapping (keys()), or pairs */
int dict_merge(Object *d, Object *other, bool override);
void dict_clear(Object *d);
Object *dict_keys_list(Object *d);
Object *dict_values_list(Object *d);
Object *dict_items_list(Object *d);
Object *dict_pop_item(Object *d, Object *key, Object *deflt);   /* d.pop(key[, deflt]) */
ssize_t dict_sizeof(Object *d);                    /* bytes, as CPython's dict.__sizeof__ */

/* Added by the containers part. */
extern TypeObject dict_reverse_key_iter_type, dict_reverse_value_iter_type, dict_reverse_item_iter_type;
/* An empty dict sized for [minused] items without resizing (CPython's _PyDict_NewPresized). */
Object *dict_new_presized(ssize_t minused);
/* {k0: v0, ...}: BUILD_MAP / BUILD_CONST_KEY_MAP (CPython's _PyDict_FromItems, presized, so that
 * getsizeof matches); keys[i * keys_step], values[i * values_step], borrowed. */
Object *dict_from_items(Object *const *keys, ssize_t keys_step, Object *const *values,
                        ssize_t values_step, ssize_t n);
/* Backward iteration: start with *pos = dict_nentries(d) - 1; false at the end; borrowed. */
bool dict_prev(Object *d, ssize_t *pos, Object **key, Object **value);
ssize_t dict_nentries(Object *d);                  /* entries used in the table, holes included */
/* An iterator of [type] (dict_key_iter_type ... dict_reverse_item_iter_type) over [d]. */
Object *dict_iter_new(Object *d, TypeObject *type);
/* A view of [type] (dict_keys_type, dict_values_type, dict_items_type) on [d]. */
Object *dict_view_new(Object *d, TypeObject *type);
/* For the collector (CPython's _PyDict_MaybeUntrack): untracks [d] when nothing it holds can be
 * part of a cycle. */
void dict_maybe_untrack(Object *d);

#endif
