/* genericalias.h: list[int] (types.GenericAlias) and int | None (types.UnionType). */
#ifndef TALLY_GENERICALIAS_H
#define TALLY_GENERICALIAS_H

#include "objects/object.h"

extern TypeObject generic_alias_type, union_type;

Object *generic_alias_new(Object *origin, Object *args);   /* origin[args]; new ref */
Object *type_or(Object *a, Object *b);
Object *union_args_borrow(Object *u);      /* the member types of int | str, as a tuple */                     /* type.__or__: X | Y */
/* Gives each of [types] a __class_getitem__ returning a GenericAlias (PEP 585). 0 or -1. */
int generic_alias_install(TypeObject *const *types, size_t n);

#endif
