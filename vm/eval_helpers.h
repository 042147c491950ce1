/* eval_helpers.h: the slow paths of the eval loop, moved out of vm/eval.c (vm/eval_helpers.c)
 * and the import system (vm/import.c). All follow the NULL/-1-with-exception convention. */
#ifndef TALLY_EVAL_HELPERS_H
#define TALLY_EVAL_HELPERS_H

#include "objects/object.h"

/* LOAD_METHOD: returns 1 with *meth = an unbound function/descriptor to call with owner as self,
 * 0 with *meth = the attribute itself, or 0 with *meth NULL on error. */
int eval_load_method(Object *owner, Object *name, Object **meth);
struct AttrCache;
/* Fills the inline cache [c] of a LOAD_ATTR, LOAD_METHOD or STORE_ATTR ([op]) of [name] for
 * instances of [t], or leaves it ATTR_UNCACHED when the case is not one the cache handles.
 * Never fails (an error while looking is cleared: the slow path will meet it again). */
void eval_fill_attr_cache(struct AttrCache *c, TypeObject *t, Object *name, int op);
/* For calls of a class: its __init__ (borrowed) when calling the class would mean object.__new__
 * and then this plain Python function (no generator); NULL otherwise. Never raises. */
Object *eval_plain_init(TypeObject *t);
/* The same for Class.name, [owner] being a class whose metaclass is exactly type. */
void eval_fill_type_attr_cache(struct AttrCache *c, TypeObject *owner, Object *name, int op);
int eval_handle_interrupt(void);                 /* raises KeyboardInterrupt: always -1 */
Object *eval_build_set(Object *const *items, ssize_t n);
int eval_set_add(Object *set, Object *v);
int eval_set_update(Object *set, Object *iterable);
int eval_list_extend(Object *list, Object *iterable);
int eval_dict_update(Object *dict, Object *mapping);
int eval_dict_merge(Object *func, Object *dict, Object *mapping);
/* Unpacks [seq] into [before] items, a list of the rest (if after >= 0) and [after] items,
 * written downwards from top[-1] (first item on top, as UNPACK_SEQUENCE/UNPACK_EX push). */
int eval_unpack(Object *seq, int before, int after, Object **top);
Object *eval_format_value(Object *v, int conversion, Object *spec);
Object *eval_star_args(Object *func, Object *iterable);     /* f(*x) with x not a tuple */
/* RAISE_VARARGS: sets the exception; returns 1 for a bare re-raise (no new traceback entry),
 * 0 otherwise (the caller adds this frame's entry). Consumes exc and cause. */
int eval_do_raise(Object *exc, Object *cause);
int eval_exc_match(Object *exc, Object *type);    /* 1/0/-1 */
Object *eval_before_with(Object *mgr, Object **exit_fn);
int eval_print_expr(Object *v);

/* ---- pattern matching (vm/eval_match.c) ---- */
Object *eval_get_len(Object *o);                  /* len(o) as an int; NULL on error */
int eval_match_mapping(Object *subject);          /* 1/0/-1: a mapping for `case {...}` */
int eval_match_sequence(Object *subject);         /* 1/0/-1: a sequence for `case [...]` */
/* MATCH_KEYS: tuple of subject.get(k) for the keys tuple, new None if one is missing, NULL
 * on error (ValueError for a repeated key). */
Object *eval_match_keys(Object *subject, Object *keys);
/* MATCH_CLASS: tuple of [nargs] positional and len(names) keyword attributes, new None when
 * the subject does not match, NULL on error. */
Object *eval_match_class(Object *subject, Object *type, int nargs, Object *names);



Object *vm_import_name(Object *name, Object *globals, Object *fromlist, Object *level);
Object *vm_import_from(Object *module, Object *name);
int vm_import_star(Object *locals, Object *module);

#endif
