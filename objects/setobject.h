/* setobject.h: set and frozenset (CPython 3.11 layout: 200 bytes + GCHead = 216 for an empty set,
 * an 8-entry small table inline; open addressing with linear probes then perturbation, so
 * iteration order matches CPython's for ints). */
#ifndef TALLY_SETOBJECT_H
#define TALLY_SETOBJECT_H

#include "objects/object.h"

typedef struct SetEntry {
    Object *key;
    hash_t hash;
} SetEntry;

#define SET_MINSIZE 8

typedef struct SetObject {
    Object ob;
    ssize_t fill;          /* active + dummy entries */
    ssize_t used;          /* active entries */
    ssize_t mask;          /* table size - 1 */
    SetEntry *table;       /* smalltable or a mem_alloc'ed table */
    hash_t hash;           /* frozenset only, -1 until computed */
    ssize_t finger;        /* pop() search position */
    SetEntry smalltable[SET_MINSIZE];
    Object *weakreflist;
} SetObject;

extern TypeObject set_type, frozenset_type;
#define SET_CHECK(o) (TYPE(o) == &set_type || TYPE(o) == &frozenset_type || \
                      type_is_subtype(TYPE(o), &set_type) || type_is_subtype(TYPE(o), &frozenset_type))
#define SET_SIZE(o) (((SetObject *)(o))->used)

Object *set_new(Object *iterable);             /* set(iterable); iterable may be NULL */
Object *frozenset_new(Object *iterable);
int set_add(Object *s, Object *key);           /* 0 or -1 (unhashable key) */
int set_discard(Object *s, Object *key);       /* 1 removed, 0 absent, -1 error */
int set_contains(Object *s, Object *key);      /* 1/0/-1 */
int set_update(Object *s, Object *iterable);
/* Iterates: *pos starts at 0; false at the end; key borrowed. */
bool set_next(Object *s, ssize_t *pos, Object **key, hash_t *hash);

/* ---- additions (the set helper) ---- */
extern TypeObject set_iter_type;               /* "set_iterator": ready it with the other static types */
int set_clear(Object *s);                      /* s.clear(): 0, or -1 (SystemError) if s is not a set */
/* s.pop(): a new reference to an arbitrary key (CPython's choice), or NULL with
 * KeyError "pop from an empty set". s must be a set. */
Object *set_pop(Object *s);
/* s.__sizeof__(): basicsize, plus 16 bytes per slot when the table is not the inline one. */
ssize_t set_sizeof(Object *s);
/* The frozenset constant CPython 3.11's compiler makes for a display of constants ({1, 2, 3} is
 * compiled to BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE; `x in {1, 2, 3}` to a frozenset
 * constant): frozenset(items), then rebuilt once from its own iteration order, as CPython's
 * merge_consts does. The iteration order of the result (and of sets updated from it) is CPython's;
 * a plain frozenset(items) differs ({100, 5, 37} prints {5, 100, 37}). New ref, or NULL. */
Object *frozenset_const_new(Object *items);

#endif
