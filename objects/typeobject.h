/* typeobject.h: type and object, readying static types, and classes made at run time. */
#ifndef TALLY_TYPEOBJECT_H
#define TALLY_TYPEOBJECT_H

#include "objects/object.h"
#include "objects/listobject.h"

/* Completes a static type: type dict from its method/getset/member tables, bases, MRO, slots
 * inherited from its bases. Idempotent. 0 or -1. */
int type_ready(TypeObject *t);
int type_compute_mro(TypeObject *t);
/* Gives t and all its subclasses new version tags (invalidates the type attribute cache): call it
 * before changing a ready type's dict, bases or MRO. */
void type_modified(TypeObject *t);
/* Sets TPFLAG_SHADOWED on t and all its subclasses (see objects/object.h). */
void type_mark_shadowed(TypeObject *t);
void type_fini_static(TypeObject *t);        /* shutdown: releases a static type's dict and tuples */

/* The most derived of [meta] and the metaclasses of [bases] (borrowed), or NULL with TypeError
 * "metaclass conflict". */
TypeObject *type_calculate_metaclass(TypeObject *meta, Object *bases);
/* The class statement's type(name, bases, ns, **kw) (objects/classobject.c). New ref. */
Object *type_new_class(TypeObject *meta, Object *name, Object *bases, Object *ns,
                       Object *const *kwvalues, Object *kwnames);
/* obj.__class__ = value (objects/classobject.c): both classes made at run time with the same
 * instance layout, else TypeError with CPython's messages. 0 or -1. */
int type_assign_class(Object *obj, Object *value);
/* Starts tracking a new instance of a class derived from an atom type (int.__new__(Sub) etc.). */
void type_track_instance(Object *o);
/* Records [sub] (weakly) among [base]'s direct subclasses, for type.__subclasses__(). 0 or -1. */
int type_add_subclass(TypeObject *base, TypeObject *sub);
/* True when instances of [t] keep their __dict__ "inline" (objects/classobject.c). */
bool type_owns_instance_dict(TypeObject *t);
/* After `Class.__dunder__ = f`, re-points the matching C slot (objects/classobject.c). */
void type_update_slot(TypeObject *t, Object *name);

#endif
