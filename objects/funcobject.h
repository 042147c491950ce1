/* funcobject.h: functions, cells, bound methods, built-in functions and descriptors, modules. */
#ifndef TALLY_FUNCOBJECT_H
#define TALLY_FUNCOBJECT_H

#include "objects/object.h"
#include "objects/codeobject.h"

typedef struct FunctionObject {
    Object ob;
    Object *code;          /* CodeObject */
    Object *globals;       /* dict */
    Object *builtins;      /* dict */
    Object *name, *qualname;
    Object *defaults;      /* tuple or NULL */
    Object *kwdefaults;    /* dict or NULL */
    Object *closure;       /* tuple of cells or NULL */
    Object *doc;
    Object *dict;          /* __dict__ or NULL */
    Object *module;        /* __module__ */
    Object *annotations;   /* dict or NULL */
    Object *weakreflist;
    uint32_t version;
} FunctionObject;

typedef struct CellObject {
    Object ob;
    Object *ref;           /* NULL when empty */
} CellObject;

typedef struct MethodObject {      /* a bound method: func with self */
    Object ob;
    Object *func, *self;
    Object *weakreflist;
} MethodObject;

typedef struct BuiltinFunctionObject {  /* a C function, bound to self (a module or an instance) */
    Object ob;
    MethodDef *def;
    Object *self;          /* may be NULL */
    Object *module;        /* str or NULL */
} BuiltinFunctionObject;

typedef struct MethodDescrObject {      /* a MethodDef in a type's dict (list.append) */
    Object ob;
    MethodDef *def;
    TypeObject *owner;
} MethodDescrObject;

typedef struct GetSetDescrObject {
    Object ob;
    GetSetDef *def;
    TypeObject *owner;
} GetSetDescrObject;

typedef struct MemberDescrObject {
    Object ob;
    MemberDef *def;
    TypeObject *owner;
} MemberDescrObject;

typedef struct ModuleObject {
    Object ob;
    Object *dict;
    Object *name;
    Object *weakreflist;
} ModuleObject;

extern TypeObject function_type, cell_type, method_type, builtin_function_type,
    method_descr_type, classmethod_descr_type, getset_descr_type, member_descr_type, module_type;

#define FUNC_CHECK(o) (TYPE(o) == &function_type)
#define CELL_CHECK(o) (TYPE(o) == &cell_type)
#define MODULE_CHECK(o) (TYPE(o) == &module_type || type_is_subtype(TYPE(o), &module_type))

Object *func_new(Object *code, Object *globals, Object *qualname);
Object *cell_new(Object *value);                 /* value may be NULL (empty cell) */
Object *method_new(Object *func, Object *self);
Object *builtin_function_new(MethodDef *def, Object *self, Object *module);
Object *method_descr_new(TypeObject *owner, MethodDef *def);
Object *getset_descr_new(TypeObject *owner, GetSetDef *def);
Object *member_descr_new(TypeObject *owner, MemberDef *def);
Object *module_new(const char *name);
Object *module_dict_borrow(Object *m);
/* Adds the functions of a NULL-terminated table to module [m]. 0 or -1. */
int module_add_functions(Object *m, MethodDef *defs);
/* staticmethod(f) and classmethod(f) wrappers (objects/descrobject.c). */
Object *staticmethod_new(Object *callable);
Object *classmethod_new(Object *callable);
extern TypeObject staticmethod_type, classmethod_type, property_type;

int module_add_object(Object *m, const char *name, Object *value);   /* borrowed value */

#endif
