/* weakrefobject.h: weak references (CPython 3.11's weakref.ReferenceType, ProxyType and
 * CallableProxyType). A weakly referenceable object keeps, at its type's weaklistoffset, the head
 * of a doubly linked list of the weak references to it; its dealloc calls weakref_clear_refs. */
#ifndef TALLY_WEAKREFOBJECT_H
#define TALLY_WEAKREFOBJECT_H

#include "objects/object.h"

/* CPython's PyWeakReference layout: 64 bytes (80 with the GC header). */
typedef struct WeakrefObject {
    Object ob;
    Object *object;                 /* the referent, not owned; NONE once the referent is gone */
    Object *callback;               /* owned, or NULL */
    hash_t hash;                    /* cached hash of the referent, -1 until computed */
    struct WeakrefObject *prev, *next;   /* siblings in the referent's list */
    void *reserved;                 /* CPython's vectorcall pointer (keeps the size honest) */
} WeakrefObject;

extern TypeObject weakref_type, weakproxy_type, weakcallableproxy_type;

#define WEAKREF_CHECK_REF(o) type_is_subtype(TYPE(o), &weakref_type)
#define WEAKREF_CHECK_PROXY(o) (TYPE(o) == &weakproxy_type || TYPE(o) == &weakcallableproxy_type)
#define WEAKREF_CHECK(o) (WEAKREF_CHECK_REF(o) || WEAKREF_CHECK_PROXY(o))

/* Does [o]'s type allow weak references (weaklistoffset != 0)? */
bool weakref_supported(Object *o);
/* Address of [o]'s weakref list head; NULL if its type does not support weak references. */
WeakrefObject **weakref_list_ptr(Object *o);
/* weakref.ref(ob, callback): a new ref (or the shared callback-less one); callback may be NULL or
 * None. NULL with TypeError "cannot create weak reference to 'int' object". */
Object *weakref_new_ref(Object *ob, Object *callback);
/* weakref.proxy(ob, callback): new reference, NULL with an exception. */
Object *weakref_new_proxy(Object *ob, Object *callback);
/* The referent of a ref or proxy: borrowed, NONE when dead. */
Object *weakref_get_object_borrow(Object *wr);
/* Number of weak references to [o] (0 if unsupported). */
ssize_t weakref_count(Object *o);
/* Called by the dealloc of every type with weaklistoffset != 0, once its refcount is 0: clears
 * every weak reference to [o] and calls their callbacks (most recently created first); errors in
 * callbacks are printed as unraisable. Preserves a pending exception. Harmless when none. */
void weakref_clear_refs(Object *o);
/* For the collector (CPython's _PyWeakref_ClearRef): detaches [wr] from its referent, making it
 * dead, but keeps its callback. */
void weakref_clear_ref_keep_callback(WeakrefObject *wr);
/* Calls wr's callback with wr, printing an error as unraisable (the collector's second pass). */
void weakref_call_callback(WeakrefObject *wr);

/* getset for the __weakref__ attribute of instances of classes (first weak reference or None). */
extern GetSetDef weakref_subtype_getset[];

#endif
