/* funcobject.c: Python functions, cells, bound methods, built-in functions, the descriptors that
 * expose C methods/getsets/members on types, and modules. Calling a Python function is the VM's
 * job (vm_call_function in vm/call.c); everything else about these objects is here. */
#include "objects/funcobject.h"
#include "objects/weakrefobject.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/typeobject.h"
#include "gc/gc.h"
#include "vm/errors.h"
#include "vm/call.h"
#include "vm/vm.h"
#include <string.h>

/* ---- function ---- */

Object *func_new(Object *code, Object *globals, Object *qualname)
{
    FunctionObject *f = (FunctionObject *)obj_alloc(&function_type, 0);
    if (f == NULL)
        return NULL;
    CodeObject *co = (CodeObject *)code;
    f->code = obj_newref(code);
    f->globals = obj_newref(globals);
    Object *b = dict_get_str_borrow(globals, "__builtins__");
    if (b != NULL && MODULE_CHECK(b))
        b = module_dict_borrow(b);
    if (b == NULL || !DICT_CHECK(b))
        b = vm_builtins_borrow();
    f->builtins = obj_newref(b);
    f->name = obj_newref(co->name);
    f->qualname = obj_newref(qualname ? qualname : co->qualname);
    Object *mod = dict_get_str_borrow(globals, "__name__");
    f->module = obj_xnewref(mod);
    Object *doc = NULL;
    /* a function's first constant is its docstring, or None (the compiler puts it there) */
    if ((co->flags & CO_OPTIMIZED) && co->consts != NULL && TUPLE_SIZE(co->consts) > 0 &&
        STR_CHECK(TUPLE_GET(co->consts, 0)))
        doc = TUPLE_GET(co->consts, 0);
    f->doc = obj_newref(doc ? doc : NONE);
    gc_track((Object *)f);
    return (Object *)f;
}

static int func_traverse(Object *self, visitproc visit, void *arg)
{
    FunctionObject *f = (FunctionObject *)self;
    VISIT(f->code);
    VISIT(f->globals);
    VISIT(f->builtins);
    VISIT(f->module);
    VISIT(f->defaults);
    VISIT(f->kwdefaults);
    VISIT(f->doc);
    VISIT(f->name);
    VISIT(f->dict);
    VISIT(f->closure);
    VISIT(f->annotations);
    VISIT(f->qualname);
    return 0;
}

static int func_clear(Object *self)
{
    FunctionObject *f = (FunctionObject *)self;
    OBJ_CLEAR(f->globals);
    OBJ_CLEAR(f->builtins);
    OBJ_CLEAR(f->module);
    OBJ_CLEAR(f->defaults);
    OBJ_CLEAR(f->kwdefaults);
    OBJ_CLEAR(f->doc);
    OBJ_CLEAR(f->dict);
    OBJ_CLEAR(f->closure);
    OBJ_CLEAR(f->annotations);
    return 0;
}

static void func_dealloc(Object *self)
{
    FunctionObject *f = (FunctionObject *)self;
    gc_untrack(self);
    weakref_clear_refs(self);
    func_clear(self);
    OBJ_CLEAR(f->code);
    OBJ_CLEAR(f->name);
    OBJ_CLEAR(f->qualname);
    obj_free(self);
}

static Object *func_repr(Object *self)
{
    return str_from_format("<function %U at %p>", ((FunctionObject *)self)->qualname, (void *)self);
}

static Object *func_descr_get(Object *self, Object *obj, Object *type)
{
    UNUSED(type);
    if (obj == NULL || obj == NONE)
        return obj_newref(self);
    return method_new(self, obj);
}

#define FUNC_FIELD_GETTER(field)                                            \
    static Object *func_get_##field(Object *self, void *c)                  \
    {                                                                       \
        UNUSED(c);                                                          \
        Object *v = ((FunctionObject *)self)->field;                        \
        return obj_newref(v ? v : NONE);                                    \
    }
FUNC_FIELD_GETTER(name)
FUNC_FIELD_GETTER(qualname)
FUNC_FIELD_GETTER(defaults)
FUNC_FIELD_GETTER(kwdefaults)
FUNC_FIELD_GETTER(closure)
FUNC_FIELD_GETTER(doc)
FUNC_FIELD_GETTER(module)
FUNC_FIELD_GETTER(code)
FUNC_FIELD_GETTER(globals)

static int func_set_str_field(Object **field, Object *value, const char *what)
{
    if (value == NULL || !STR_CHECK(value)) {
        exc_format(Exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    OBJ_SETREF(*field, obj_newref(value));
    return 0;
}

static int func_set_name(Object *self, Object *v, void *c)
{
    UNUSED(c);
    return func_set_str_field(&((FunctionObject *)self)->name, v, "__name__");
}

static int func_set_qualname(Object *self, Object *v, void *c)
{
    UNUSED(c);
    return func_set_str_field(&((FunctionObject *)self)->qualname, v, "__qualname__");
}

static int func_set_any(Object **field, Object *v)
{
    OBJ_SETREF(*field, obj_newref(v ? v : NONE));
    return 0;
}

static int func_set_doc(Object *self, Object *v, void *c) { UNUSED(c); return func_set_any(&((FunctionObject *)self)->doc, v); }
static int func_set_module(Object *self, Object *v, void *c) { UNUSED(c); return func_set_any(&((FunctionObject *)self)->module, v); }

static int func_set_defaults(Object *self, Object *v, void *c)
{
    UNUSED(c);
    if (v == NONE)
        v = NULL;
    if (v != NULL && !TUPLE_CHECK(v)) {
        exc_set_string(Exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    OBJ_SETREF(((FunctionObject *)self)->defaults, obj_xnewref(v));
    return 0;
}

static int func_set_kwdefaults(Object *self, Object *v, void *c)
{
    UNUSED(c);
    if (v == NONE)
        v = NULL;
    if (v != NULL && !DICT_CHECK(v)) {
        exc_set_string(Exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    OBJ_SETREF(((FunctionObject *)self)->kwdefaults, obj_xnewref(v));
    return 0;
}

static Object *func_get_dict(Object *self, void *c)
{
    UNUSED(c);
    FunctionObject *f = (FunctionObject *)self;
    if (f->dict == NULL && (f->dict = dict_new()) == NULL)
        return NULL;
    return obj_newref(f->dict);
}

static Object *func_get_annotations(Object *self, void *c)
{
    UNUSED(c);
    FunctionObject *f = (FunctionObject *)self;
    if (f->annotations == NULL && (f->annotations = dict_new()) == NULL)
        return NULL;
    return obj_newref(f->annotations);
}

static int func_set_annotations(Object *self, Object *v, void *c)
{
    UNUSED(c);
    if (v == NONE) v = NULL;
    if (v != NULL && !DICT_CHECK(v)) {
        exc_set_string(Exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    OBJ_SETREF(((FunctionObject *)self)->annotations, obj_xnewref(v));
    return 0;
}

static GetSetDef func_getset[] = {
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL, NULL},
    {"__module__", func_get_module, func_set_module, NULL, NULL},
    {"__code__", func_get_code, NULL, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL, NULL},
    {"__dict__", func_get_dict, NULL, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject function_type = {
    .ob = {{1, &type_type}, 0},
    .name = "function",
    .basicsize = sizeof(FunctionObject),
    .flags = TPFLAG_GC | TPFLAG_METHOD_DESCRIPTOR,
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .call = vm_call_function,
    .descr_get = func_descr_get,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .getset = func_getset,
    .dictoffset = offsetof(FunctionObject, dict),
    .weaklistoffset = offsetof(FunctionObject, weakreflist),
};

/* ---- cell ---- */

Object *cell_new(Object *value)
{
    CellObject *c = (CellObject *)obj_alloc(&cell_type, 0);
    if (c == NULL)
        return NULL;
    c->ref = obj_xnewref(value);
    gc_track((Object *)c);
    return (Object *)c;
}

static int cell_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((CellObject *)self)->ref);
    return 0;
}

static int cell_clear(Object *self)
{
    OBJ_CLEAR(((CellObject *)self)->ref);
    return 0;
}

static void cell_dealloc(Object *self)
{
    gc_untrack(self);
    OBJ_CLEAR(((CellObject *)self)->ref);
    obj_free(self);
}

static Object *cell_repr(Object *self)
{
    Object *r = ((CellObject *)self)->ref;
    if (r == NULL)
        return str_from_format("<cell at %p: empty>", (void *)self);
    return str_from_format("<cell at %p: %s object at %p>", (void *)self, obj_type_name(r), (void *)r);
}

static Object *cell_get_contents(Object *self, void *c)
{
    UNUSED(c);
    Object *r = ((CellObject *)self)->ref;
    if (r == NULL)
        return exc_set_string(Exc_ValueError, "Cell is empty");
    return obj_newref(r);
}

static int cell_set_contents(Object *self, Object *v, void *c)
{
    UNUSED(c);
    OBJ_SETREF(((CellObject *)self)->ref, obj_xnewref(v));
    return 0;
}

static GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject cell_type = {
    .ob = {{1, &type_type}, 0},
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .flags = TPFLAG_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getset = cell_getset,
};

/* ---- bound method ---- */

Object *method_new(Object *func, Object *self)
{
    MethodObject *m = (MethodObject *)obj_alloc(&method_type, 0);
    if (m == NULL)
        return NULL;
    m->func = obj_newref(func);
    m->self = obj_newref(self);
    gc_track((Object *)m);
    return (Object *)m;
}

static int method_traverse(Object *self, visitproc visit, void *arg)
{
    MethodObject *m = (MethodObject *)self;
    VISIT(m->func);
    VISIT(m->self);
    return 0;
}

static void method_dealloc(Object *self)
{
    MethodObject *m = (MethodObject *)self;
    gc_untrack(self);
    weakref_clear_refs(self);
    OBJ_CLEAR(m->func);
    OBJ_CLEAR(m->self);
    obj_free(self);
}

static Object *method_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    MethodObject *m = (MethodObject *)callable;
    return vm_call_prepend(m->func, m->self, args, nargs, kwnames);
}

static Object *method_repr(Object *self)
{
    MethodObject *m = (MethodObject *)self;
    Object *name = obj_getattr_cstr(m->func, "__qualname__");
    if (name == NULL) {
        exc_clear();
        name = str_from_cstr("?");
        if (name == NULL)
            return NULL;
    }
    Object *srepr = obj_repr(m->self);
    if (srepr == NULL) {
        OBJ_DECREF(name);
        return NULL;
    }
    Object *r = str_from_format("<bound method %U of %U>", name, srepr);
    OBJ_DECREF(name);
    OBJ_DECREF(srepr);
    return r;
}

static Object *method_richcompare(Object *a, Object *b, int op)
{
    if ((op != RICH_EQ && op != RICH_NE) || TYPE(b) != &method_type)
        RETURN_NOTIMPL;
    MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
    bool eq = x->self == y->self;
    if (eq) {
        int r = obj_richcompare_bool(x->func, y->func, RICH_EQ);
        if (r < 0)
            return NULL;
        eq = r;
    }
    return bool_from(op == RICH_EQ ? eq : !eq);
}

static hash_t method_hash(Object *self)
{
    MethodObject *m = (MethodObject *)self;
    hash_t a = (hash_t)((uintptr_t)m->self >> 4);
    hash_t b = obj_hash(m->func);
    if (b == -1)
        return -1;
    hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Object *method_getattro(Object *self, Object *name)
{
    Object *r = obj_generic_getattr(self, name);
    if (r != NULL || !exc_matches(Exc_AttributeError))
        return r;
    exc_clear();
    return obj_getattr(((MethodObject *)self)->func, name);
}

static Object *method_get_func(Object *self, void *c) { UNUSED(c); return obj_newref(((MethodObject *)self)->func); }
static Object *method_get_self(Object *self, void *c) { UNUSED(c); return obj_newref(((MethodObject *)self)->self); }

static Object *method_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    if (arg_no_kwargs("method", kwnames) < 0 || arg_count("method", nargs, 2, 2) < 0)
        return NULL;
    if (!obj_is_callable(args[0]))
        return exc_set_string(Exc_TypeError, "first argument must be callable");
    if (args[1] == NONE)
        return exc_set_string(Exc_TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

static GetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject method_type = {
    .ob = {{1, &type_type}, 0},
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .flags = TPFLAG_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattro = method_getattro,
    .getset = method_getset,
    .tp_new = method_tp_new,
    .weaklistoffset = offsetof(MethodObject, weakreflist),
};

/* ---- built-in function ---- */

Object *builtin_function_new(MethodDef *def, Object *self, Object *module)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)obj_alloc(&builtin_function_type, 0);
    if (f == NULL)
        return NULL;
    f->def = def;
    f->self = obj_xnewref(self);
    f->module = obj_xnewref(module);
    gc_track((Object *)f);
    return (Object *)f;
}

static int builtin_traverse(Object *self, visitproc visit, void *arg)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)self;
    VISIT(f->self);
    VISIT(f->module);
    return 0;
}

static void builtin_dealloc(Object *self)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)self;
    gc_untrack(self);
    OBJ_CLEAR(f->self);
    OBJ_CLEAR(f->module);
    obj_free(self);
}

static Object *builtin_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)callable;
    return f->def->fn(f->self, args, nargs, kwnames);
}

static Object *builtin_repr(Object *self)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)self;
    if (f->self == NULL || MODULE_CHECK(f->self))
        return str_from_format("<built-in function %s>", f->def->name);
    return str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                           obj_type_name(f->self), (void *)f->self);
}

static Object *builtin_get_name(Object *self, void *c)
{
    UNUSED(c);
    return str_from_cstr(((BuiltinFunctionObject *)self)->def->name);
}

static Object *builtin_get_qualname(Object *self, void *c)
{
    UNUSED(c);
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)self;
    if (f->self == NULL || MODULE_CHECK(f->self))
        return str_from_cstr(f->def->name);
    TypeObject *t = TYPE_HAS_FLAG(TYPE(f->self), TPFLAG_TYPE_SUBCLASS) ? (TypeObject *)f->self : TYPE(f->self);
    return str_from_format("%s.%s", t->name, f->def->name);
}

static Object *builtin_get_doc(Object *self, void *c)
{
    UNUSED(c);
    const char *doc = ((BuiltinFunctionObject *)self)->def->doc;
    if (doc == NULL) RETURN_NONE;
    return str_from_cstr(doc);
}

static Object *builtin_get_self(Object *self, void *c)
{
    UNUSED(c);
    Object *s = ((BuiltinFunctionObject *)self)->self;
    return obj_newref(s ? s : NONE);
}

static Object *builtin_get_module(Object *self, void *c)
{
    UNUSED(c);
    Object *m = ((BuiltinFunctionObject *)self)->module;
    return obj_newref(m ? m : NONE);
}

static GetSetDef builtin_getset[] = {
    {"__name__", builtin_get_name, NULL, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL, NULL},
    {"__module__", builtin_get_module, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject builtin_function_type = {
    .ob = {{1, &type_type}, 0},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFunctionObject),
    .flags = TPFLAG_GC,
    .dealloc = builtin_dealloc,
    .traverse = builtin_traverse,
    .repr = builtin_repr,
    .call = builtin_call,
    .getset = builtin_getset,
};

/* ---- descriptors for C methods, getsets and members of types ---- */

static Object *descr_alloc(TypeObject *dtype, TypeObject *owner, void *def)
{
    MethodDescrObject *d = (MethodDescrObject *)obj_alloc(dtype, 0);
    if (d == NULL)
        return NULL;
    d->def = def;
    d->owner = owner;   /* borrowed: the owner's dict holds the descriptor */
    return (Object *)d;
}

Object *method_descr_new(TypeObject *owner, MethodDef *def)
{
    if (def->flags & METH_CLASS)
        return descr_alloc(&classmethod_descr_type, owner, def);
    if (def->flags & METH_STATIC) {
        Object *f = builtin_function_new(def, NULL, NULL);
        if (f == NULL)
            return NULL;
        Object *sm = staticmethod_new(f);
        OBJ_DECREF(f);
        return sm;
    }
    return descr_alloc(&method_descr_type, owner, def);
}

Object *getset_descr_new(TypeObject *owner, GetSetDef *def)
{
    return descr_alloc(&getset_descr_type, owner, def);
}

Object *member_descr_new(TypeObject *owner, MemberDef *def)
{
    return descr_alloc(&member_descr_type, owner, def);
}

static void descr_dealloc(Object *self)
{
    obj_free(self);
}

static int descr_check(TypeObject *owner, Object *obj, const char *name)
{
    if (!type_is_subtype(TYPE(obj), owner)) {
        exc_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                   name, owner->name, obj_type_name(obj));
        return -1;
    }
    return 0;
}

static Object *method_descr_get(Object *self, Object *obj, Object *type)
{
    UNUSED(type);
    MethodDescrObject *d = (MethodDescrObject *)self;
    if (obj == NULL)
        return obj_newref(self);
    if (descr_check(d->owner, obj, d->def->name) < 0)
        return NULL;
    return builtin_function_new(d->def, obj, NULL);
}

/* list.append(l, x): the first argument is self */
static Object *method_descr_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    MethodDescrObject *d = (MethodDescrObject *)callable;
    if (nargs < 1)
        return exc_format(Exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name, d->def->name);
    if (descr_check(d->owner, args[0], d->def->name) < 0)
        return NULL;
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Object *method_descr_repr(Object *self)
{
    MethodDescrObject *d = (MethodDescrObject *)self;
    return str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Object *descr_get_name(Object *self, void *c)
{
    UNUSED(c);
    return str_from_cstr(((MethodDescrObject *)self)->def->name);
}

static Object *descr_get_qualname(Object *self, void *c)
{
    UNUSED(c);
    MethodDescrObject *d = (MethodDescrObject *)self;
    return str_from_format("%s.%s", d->owner->name, d->def->name);
}

static Object *descr_get_objclass(Object *self, void *c)
{
    UNUSED(c);
    return obj_newref((Object *)((MethodDescrObject *)self)->owner);
}

static Object *method_descr_get_doc(Object *self, void *c)
{
    UNUSED(c);
    const char *doc = ((MethodDescrObject *)self)->def->doc;
    if (doc == NULL) RETURN_NONE;
    return str_from_cstr(doc);
}

static GetSetDef method_descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", method_descr_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject method_descr_type = {
    .ob = {{1, &type_type}, 0},
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .flags = TPFLAG_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getset = method_descr_getset,
};

static Object *classmethod_descr_get(Object *self, Object *obj, Object *type)
{
    MethodDescrObject *d = (MethodDescrObject *)self;
    if (type == NULL)
        type = (Object *)TYPE(obj);
    return builtin_function_new(d->def, type, NULL);
}

static Object *classmethod_descr_call(Object *callable, Object *const *args, ssize_t nargs, Object *kwnames)
{
    MethodDescrObject *d = (MethodDescrObject *)callable;
    if (nargs < 1)
        return exc_format(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name, d->owner->name);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Object *classmethod_descr_repr(Object *self)
{
    MethodDescrObject *d = (MethodDescrObject *)self;
    return str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

TypeObject classmethod_descr_type = {
    .ob = {{1, &type_type}, 0},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .repr = classmethod_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getset = method_descr_getset,
};

static Object *getset_descr_get(Object *self, Object *obj, Object *type)
{
    UNUSED(type);
    GetSetDescrObject *d = (GetSetDescrObject *)self;
    if (obj == NULL)
        return obj_newref(self);
    if (descr_check(d->owner, obj, d->def->name) < 0)
        return NULL;
    if (d->def->get == NULL)
        return exc_format(Exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                          d->def->name, d->owner->name);
    return d->def->get(obj, d->def->closure);
}

static int getset_descr_set(Object *self, Object *obj, Object *value)
{
    GetSetDescrObject *d = (GetSetDescrObject *)self;
    if (descr_check(d->owner, obj, d->def->name) < 0)
        return -1;
    if (d->def->set == NULL) {
        exc_format(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                   d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, value, d->def->closure);
}

static Object *getset_descr_repr(Object *self)
{
    GetSetDescrObject *d = (GetSetDescrObject *)self;
    return str_from_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

TypeObject getset_descr_type = {
    .ob = {{1, &type_type}, 0},
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject),
    .dealloc = descr_dealloc,
    .repr = getset_descr_repr,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
    .getset = method_descr_getset,
};

static Object *member_descr_get(Object *self, Object *obj, Object *type)
{
    UNUSED(type);
    MemberDescrObject *d = (MemberDescrObject *)self;
    if (obj == NULL)
        return obj_newref(self);
    if (descr_check(d->owner, obj, d->def->name) < 0)
        return NULL;
    char *addr = (char *)obj + d->def->offset;
    switch (d->def->kind) {
    case MEMBER_OBJECT: {
        Object *v = *(Object **)addr;
        return obj_newref(v ? v : NONE);
    }
    case MEMBER_OBJECT_EX: {
        Object *v = *(Object **)addr;
        if (v == NULL)
            return exc_format(Exc_AttributeError, "'%s' object has no attribute '%s'",
                              obj_type_name(obj), d->def->name);
        return obj_newref(v);
    }
    case MEMBER_INT: return int_from_long(*(int *)addr);
    case MEMBER_SSIZE: return int_from_ssize(*(ssize_t *)addr);
    case MEMBER_BOOL: return bool_from(*(bool *)addr);
    }
    return exc_bad_internal_call("member_descr_get");
}

static int member_descr_set(Object *self, Object *obj, Object *value)
{
    MemberDescrObject *d = (MemberDescrObject *)self;
    if (descr_check(d->owner, obj, d->def->name) < 0)
        return -1;
    if (d->def->readonly) {
        exc_set_string(Exc_AttributeError, "readonly attribute");
        return -1;
    }
    char *addr = (char *)obj + d->def->offset;
    switch (d->def->kind) {
    case MEMBER_OBJECT:
    case MEMBER_OBJECT_EX: {
        Object **slot = (Object **)addr;
        if (value == NULL && *slot == NULL && d->def->kind == MEMBER_OBJECT_EX) {
            exc_format(Exc_AttributeError, "'%s' object has no attribute '%s'", obj_type_name(obj), d->def->name);
            return -1;
        }
        OBJ_SETREF(*slot, obj_xnewref(value));
        return 0;
    }
    default:
        if (value == NULL) {
            exc_set_string(Exc_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        ssize_t v = obj_as_ssize(value, Exc_OverflowError);
        if (v == -1 && exc_occurred())
            return -1;
        if (d->def->kind == MEMBER_INT) *(int *)addr = (int)v;
        else if (d->def->kind == MEMBER_SSIZE) *(ssize_t *)addr = v;
        else *(bool *)addr = v != 0;
        return 0;
    }
}

static Object *member_descr_repr(Object *self)
{
    MemberDescrObject *d = (MemberDescrObject *)self;
    return str_from_format("<member '%s' of '%s' objects>", d->def->name, d->owner->name);
}

TypeObject member_descr_type = {
    .ob = {{1, &type_type}, 0},
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObject),
    .dealloc = descr_dealloc,
    .repr = member_descr_repr,
    .descr_get = member_descr_get,
    .descr_set = member_descr_set,
    .getset = method_descr_getset,
};

/* ---- module ---- */

Object *module_new(const char *name)
{
    ModuleObject *m = (ModuleObject *)obj_alloc(&module_type, 0);
    if (m == NULL)
        return NULL;
    m->dict = dict_new();
    m->name = str_from_cstr(name);
    if (m->dict == NULL || m->name == NULL)
        goto error;
    /* as CPython's module_init_dict: the import system fills in the real values */
    if (dict_set_str(m->dict, "__name__", m->name) < 0 ||
        dict_set_str(m->dict, "__doc__", NONE) < 0 ||
        dict_set_str(m->dict, "__package__", NONE) < 0 ||
        dict_set_str(m->dict, "__loader__", NONE) < 0 ||
        dict_set_str(m->dict, "__spec__", NONE) < 0)
        goto error;
    gc_track((Object *)m);
    return (Object *)m;
error:
    OBJ_DECREF(m);
    return NULL;
}

Object *module_dict_borrow(Object *m)
{
    return ((ModuleObject *)m)->dict;
}

int module_add_functions(Object *m, MethodDef *defs)
{
    ModuleObject *mod = (ModuleObject *)m;
    for (MethodDef *d = defs; d->name != NULL; d++) {
        Object *f = builtin_function_new(d, m, mod->name);
        if (f == NULL || dict_set_str(mod->dict, d->name, f) < 0) {
            OBJ_XDECREF(f);
            return -1;
        }
        OBJ_DECREF(f);
    }
    return 0;
}

int module_add_object(Object *m, const char *name, Object *value)
{
    return dict_set_str(((ModuleObject *)m)->dict, name, value);
}

static int module_traverse(Object *self, visitproc visit, void *arg)
{
    VISIT(((ModuleObject *)self)->dict);
    return 0;
}

static int module_clear(Object *self)
{
    OBJ_CLEAR(((ModuleObject *)self)->dict);
    return 0;
}

static void module_dealloc(Object *self)
{
    ModuleObject *m = (ModuleObject *)self;
    gc_untrack(self);
    weakref_clear_refs(self);
    OBJ_CLEAR(m->dict);
    OBJ_CLEAR(m->name);
    obj_free(self);
}

static Object *module_repr(Object *self)
{
    ModuleObject *m = (ModuleObject *)self;
    Object *file = m->dict ? dict_get_str_borrow(m->dict, "__file__") : NULL;
    if (file != NULL && STR_CHECK(file))
        return str_from_format("<module %R from %R>", m->name, file);
    return str_from_format("<module %R (built-in)>", m->name);
}

static Object *module_getattro(Object *self, Object *name)
{
    Object *r = obj_generic_getattr(self, name);
    if (r != NULL || !exc_matches(Exc_AttributeError))
        return r;
    exc_clear();
    ModuleObject *m = (ModuleObject *)self;
    Object *getattr = m->dict ? dict_get_str_borrow(m->dict, "__getattr__") : NULL;
    if (getattr != NULL)
        return obj_call_one(getattr, name);
    return exc_format(Exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
}

static Object *module_get_dict(Object *self, void *c)
{
    UNUSED(c);
    return obj_newref(((ModuleObject *)self)->dict);
}

static GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static Object *module_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(type);
    if (arg_no_kwargs("module", kwnames) < 0 || arg_count("module", nargs, 1, 2) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return exc_format(Exc_TypeError, "module.__init__() argument 'name' must be str, not %s", obj_type_name(args[0]));
    return module_new(STR_DATA(args[0]));
}

TypeObject module_type = {
    .ob = {{1, &type_type}, 0},
    .name = "module",
    .basicsize = sizeof(ModuleObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = obj_generic_setattr,
    .getset = module_getset,
    .tp_new = module_tp_new,
    .dictoffset = offsetof(ModuleObject, dict),
    .weaklistoffset = offsetof(ModuleObject, weakreflist),
};
