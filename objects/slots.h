/* slots.h: the table linking dunder method names to C type slots (objects/slots.c). */
#ifndef TALLY_SLOTS_H
#define TALLY_SLOTS_H

#include "objects/object.h"

typedef enum {
    SK_UNARY, SK_NEXT, SK_HASH, SK_LEN, SK_BOOL, SK_BINARY, SK_RBINARY, SK_INPLACE, SK_RICHCMP,
    SK_GETITEM, SK_SETITEM, SK_DELITEM, SK_CONTAINS, SK_CALL, SK_GETATTR, SK_SETATTR, SK_DELATTR,
    SK_DESCR_GET, SK_DESCR_SET, SK_DESCR_DELETE, SK_INIT, SK_NEW, SK_FINALIZE,
    SK_SQ_CONCAT, SK_SQ_REPEAT, SK_SQ_INPLACE_CONCAT, SK_SQ_INPLACE_REPEAT   /* wrappers only */
} SlotKind;

typedef struct SlotDef {
    const char *name;          /* "__add__" */
    size_t offset;             /* offset of the slot in TypeObject */
    SlotKind kind;
    int op;                    /* NB_* or RICH_* where the slot is shared */
    void *trampoline;          /* the slot function calling the Python method */
    const char *flags;         /* "no-wrapper": built-in types get no wrapper for it */
} SlotDef;

typedef struct WrapperDescrObject {   /* int.__add__: a C slot callable from Python */
    Object ob;
    const SlotDef *slot;
    TypeObject *owner;
} WrapperDescrObject;

extern const SlotDef slots_defs[];
extern const binaryfunc slots_binop_table[NB__COUNT];
extern TypeObject wrapper_descr_type, method_wrapper_type;

/* Adds wrappers for the C slots a built-in type defines itself (type_ready). 0 or -1. */
int slots_add_wrappers(TypeObject *t);
/* Points the slots of a new class at trampolines for its Python-level dunders. */
void slots_fixup_heap_type(TypeObject *t);
Object *method_wrapper_new(Object *descr, Object *self);
void slots_fini(void);                     /* releases the cached dunder names (shutdown) */
/* The interned str for the string literal [s] (borrowed; cached, by the literal's address, until
 * slots_fini). NULL if the cache is full or with MemoryError. */
Object *slots_dunder(const char *s);
/* True when t's __init__ slot is the trampoline that calls a Python-level __init__. */
bool slots_init_is_trampoline(TypeObject *t);

#endif
