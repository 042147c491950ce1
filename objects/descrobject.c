/* descrobject.c: staticmethod, classmethod and property, the decorator descriptors of
 * CPython 3.11 (Objects/funcobject.c and Objects/descrobject.c there): construction, binding
 * (__get__), property's setter/deleter dispatch, the getter/setter/deleter copy decorators, doc
 * strings taken from the getter, and CPython's exact error messages. All three are GC containers. */
#include "objects/descrobject.h"
#include "objects/funcobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/intobject.h"
#include "gc/gc.h"
#include "vm/errors.h"

#include <stddef.h>
#include <string.h>

/* ---- helpers ---- */

static bool has_kwargs(Object *kwnames)
{
    return kwnames != NULL && TUPLE_SIZE(kwnames) > 0;
}

/* A new str with the qualified name of [t] (what CPython's PyType_GetQualName returns). */
static Object *type_qualname(TypeObject *t)
{
    if (t->qualname != NULL)
        return NEWREF(t->qualname);
    const char *name = t->name;
    const char *dot = strrchr(name, '.');
    return str_from_cstr(dot ? dot + 1 : name);
}

/* The type's name without a module prefix ("staticmethod", or a subclass's __name__). */
static const char *short_type_name(TypeObject *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* Allocation shared by the three types (tp_new ignores its arguments, as PyType_GenericNew). */
static Object *generic_gc_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    UNUSED(nargs);
    UNUSED(kwnames);
    Object *o = obj_alloc(type, 0);
    if (o == NULL)
        return NULL;
    gc_track(o);
    return o;
}

/* __dict__ getter/setter for staticmethod/classmethod (their dict slot is lazily created). */
static Object *sm_get_dict(Object *self, void *closure)
{
    UNUSED(closure);
    StaticMethodObject *sm = (StaticMethodObject *)self;
    if (sm->dict == NULL) {
        sm->dict = dict_new();
        if (sm->dict == NULL)
            return NULL;
    }
    return NEWREF(sm->dict);
}

static int sm_set_dict(Object *self, Object *value, void *closure)
{
    UNUSED(closure);
    StaticMethodObject *sm = (StaticMethodObject *)self;
    if (value == NULL) {
        exc_set_string(Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!DICT_CHECK(value)) {
        exc_format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", obj_type_name(value));
        return -1;
    }
    OBJ_INCREF(value);
    OBJ_SETREF(sm->dict, value);
    return 0;
}

/* functools.wraps-like: copies the callable's __module__, __name__, __qualname__, __doc__ and
 * __annotations__ (those it has) into the wrapper's __dict__, as CPython's functools_wraps. */
static int copy_wrapped_attrs(StaticMethodObject *sm, Object *callable)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__", NULL};
    for (int i = 0; names[i] != NULL; i++) {
        Object *name = str_intern_cstr(names[i]);
        if (name == NULL)
            return -1;
        int found;
        Object *value = obj_lookup_attr(callable, name, &found);
        if (value == NULL) {
            OBJ_DECREF(name);
            if (found < 0) {
                if (!exc_matches(Exc_AttributeError))
                    return -1;
                exc_clear();
            }
            continue;
        }
        if (sm->dict == NULL && (sm->dict = dict_new()) == NULL) {
            OBJ_DECREF(name);
            OBJ_DECREF(value);
            return -1;
        }
        int r = dict_set_item(sm->dict, name, value);
        OBJ_DECREF(name);
        OBJ_DECREF(value);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* callable.__isabstractmethod__ is true: 1/0/-1 */
static int is_abstract(Object *callable)
{
    if (callable == NULL)
        return 0;
    Object *name = str_intern_cstr("__isabstractmethod__");
    if (name == NULL)
        return -1;
    int found;
    Object *v = obj_lookup_attr(callable, name, &found);
    OBJ_DECREF(name);
    if (v == NULL)
        return found < 0 ? -1 : 0;
    int r = obj_is_true(v);
    OBJ_DECREF(v);
    return r;
}

static Object *sm_get_isabstract(Object *self, void *closure)
{
    UNUSED(closure);
    int r = is_abstract(((StaticMethodObject *)self)->callable);
    if (r < 0)
        return NULL;
    return bool_from(r);
}

/* The explicit d.__get__(obj, type=None) method (CPython's wrap_descr_get, with its check that
 * obj and type are not both None). It calls the C function of the type that defines it, never
 * TYPE(self)->descr_get: in a Python subclass that slot would call __get__ again. */
static Object *call_descr_get(descrgetfunc func, Object *self, Object *const *args, ssize_t nargs,
                              Object *kwnames)
{
    if (has_kwargs(kwnames))
        return exc_set_string(Exc_TypeError, "wrapper __get__() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return exc_format(Exc_TypeError, " expected %s%d argument%s, got %zd",
                          nargs < 1 ? "at least " : "at most ", nargs < 1 ? 1 : 2,
                          nargs < 1 ? "" : "s", nargs);
    Object *obj = args[0] == NONE ? NULL : args[0];
    Object *type = nargs > 1 && args[1] != NONE ? args[1] : NULL;
    if (obj == NULL && type == NULL)
        return exc_set_string(Exc_TypeError, "__get__(None, None) is invalid");
    return func(self, obj, type);
}

/* ---- staticmethod and classmethod ---- */

static void sm_dealloc(Object *self)
{
    StaticMethodObject *sm = (StaticMethodObject *)self;
    gc_untrack(self);
    OBJ_CLEAR(sm->callable);
    OBJ_CLEAR(sm->dict);
    obj_free(self);
}

static int sm_traverse(Object *self, visitproc visit, void *arg)
{
    StaticMethodObject *sm = (StaticMethodObject *)self;
    VISIT(sm->callable);
    VISIT(sm->dict);
    return 0;
}

static int sm_clear(Object *self)
{
    StaticMethodObject *sm = (StaticMethodObject *)self;
    OBJ_CLEAR(sm->callable);
    OBJ_CLEAR(sm->dict);
    return 0;
}

/* staticmethod.__init__ / classmethod.__init__ (the messages name the base type, as CPython). */
static int sm_init_common(Object *self, const char *tname, Object *const *args, ssize_t nargs,
                          Object *kwnames)
{
    StaticMethodObject *sm = (StaticMethodObject *)self;
    if (has_kwargs(kwnames)) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", tname);
        return -1;
    }
    if (nargs != 1) {
        exc_format(Exc_TypeError, "%s expected 1 argument, got %zd", tname, nargs);
        return -1;
    }
    OBJ_INCREF(args[0]);
    OBJ_SETREF(sm->callable, args[0]);
    return copy_wrapped_attrs(sm, args[0]);
}

static int sm_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return sm_init_common(self, "staticmethod", args, nargs, kwnames);
}

static int cm_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return sm_init_common(self, "classmethod", args, nargs, kwnames);
}

static Object *sm_descr_get(Object *self, Object *obj, Object *type)
{
    UNUSED(obj);
    UNUSED(type);
    StaticMethodObject *sm = (StaticMethodObject *)self;
    if (sm->callable == NULL)
        return exc_set_string(Exc_RuntimeError, "uninitialized staticmethod object");
    return NEWREF(sm->callable);
}

static Object *cm_descr_get(Object *self, Object *obj, Object *type)
{
    ClassMethodObject *cm = (ClassMethodObject *)self;
    if (cm->callable == NULL)
        return exc_set_string(Exc_RuntimeError, "uninitialized classmethod object");
    if (type == NULL) {
        if (obj == NULL)
            return exc_set_string(Exc_TypeError, "__get__(None, None) is invalid");
        type = (Object *)TYPE(obj);
    }
    /* 3.9-3.12 chain through the wrapped object's own __get__ (classmethod(property(...))) */
    descrgetfunc f = TYPE(cm->callable)->descr_get;
    if (f != NULL && !FUNC_CHECK(cm->callable))
        return f(cm->callable, type, type);
    return method_new(cm->callable, type);
}

static Object *sm_get_method(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return call_descr_get(sm_descr_get, self, args, nargs, kwnames);
}

static Object *cm_get_method(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return call_descr_get(cm_descr_get, self, args, nargs, kwnames);
}

static Object *sm_call(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    StaticMethodObject *sm = (StaticMethodObject *)self;
    if (sm->callable == NULL)
        return exc_set_string(Exc_RuntimeError, "uninitialized staticmethod object");
    return obj_call(sm->callable, args, nargs, kwnames);
}

static Object *sm_repr(Object *self)
{
    StaticMethodObject *sm = (StaticMethodObject *)self;
    if (sm->callable == NULL)
        return str_from_format("<%s(NULL)>", short_type_name(TYPE(self)));
    return str_from_format("<%s(%R)>", short_type_name(TYPE(self)), sm->callable);
}

static MemberDef sm_members[] = {
    {"__func__", MEMBER_OBJECT, offsetof(StaticMethodObject, callable), true, NULL},
    {"__wrapped__", MEMBER_OBJECT, offsetof(StaticMethodObject, callable), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static GetSetDef sm_getset[] = {
    {"__isabstractmethod__", sm_get_isabstract, NULL, NULL, NULL},
    {"__dict__", sm_get_dict, sm_set_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MethodDef sm_methods[] = {
    {"__get__", sm_get_method, METH_DEFAULT, "Return an attribute of instance, which is of type owner."},
    {NULL, NULL, 0, NULL},
};

static MethodDef cm_methods[] = {
    {"__get__", cm_get_method, METH_DEFAULT, "Return an attribute of instance, which is of type owner."},
    {NULL, NULL, 0, NULL},
};

static const char staticmethod_doc[] =
    "staticmethod(function) -> method\n\n"
    "Convert a function to be a static method.\n\n"
    "A static method does not receive an implicit first argument.\n"
    "To declare a static method, use this idiom:\n\n"
    "     class C:\n"
    "         @staticmethod\n"
    "         def f(arg1, arg2, argN):\n"
    "             ...\n\n"
    "It can be called either on the class (e.g. C.f()) or on an instance\n"
    "(e.g. C().f()). Both the class and the instance are ignored, and\n"
    "neither is passed implicitly as the first argument to the method.\n\n"
    "Static methods in Python are similar to those found in Java or C++.\n"
    "For a more advanced concept, see the classmethod builtin.";

static const char classmethod_doc[] =
    "classmethod(function) -> method\n\n"
    "Convert a function to be a class method.\n\n"
    "A class method receives the class as implicit first argument,\n"
    "just like an instance method receives the instance.\n"
    "To declare a class method, use this idiom:\n\n"
    "  class C:\n"
    "      @classmethod\n"
    "      def f(cls, arg1, arg2, argN):\n"
    "          ...\n\n"
    "It can be called either on the class (e.g. C.f()) or on an instance\n"
    "(e.g. C().f()).  The instance is ignored except for its class.\n"
    "If a class method is called for a derived class, the derived class\n"
    "object is passed as the implied first argument.\n\n"
    "Class methods are different than C++ or Java static methods.\n"
    "If you want those, see the staticmethod builtin.";

TypeObject staticmethod_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "staticmethod",
    .basicsize = sizeof(StaticMethodObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = staticmethod_doc,
    .dealloc = sm_dealloc,
    .traverse = sm_traverse,
    .clear = sm_clear,
    .repr = sm_repr,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .call = sm_call,
    .descr_get = sm_descr_get,
    .tp_new = generic_gc_new,
    .tp_init = sm_init,
    .methods = sm_methods,
    .members = sm_members,
    .getset = sm_getset,
    .base = &object_type,
    .dictoffset = offsetof(StaticMethodObject, dict),
};

TypeObject classmethod_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "classmethod",
    .basicsize = sizeof(ClassMethodObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = classmethod_doc,
    .dealloc = sm_dealloc,
    .traverse = sm_traverse,
    .clear = sm_clear,
    .repr = sm_repr,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .descr_get = cm_descr_get,
    .tp_new = generic_gc_new,
    .tp_init = cm_init,
    .methods = cm_methods,
    .members = sm_members,
    .getset = sm_getset,
    .base = &object_type,
    .dictoffset = offsetof(ClassMethodObject, dict),
};

/* The C-level constructors (PyStaticMethod_New): no attribute copying, so that type_ready can use
 * them for METH_STATIC/METH_CLASS tables before the exception types exist. */
static Object *sm_or_cm_new(TypeObject *type, Object *callable)
{
    Object *o = generic_gc_new(type, NULL, 0, NULL);
    if (o != NULL)
        ((StaticMethodObject *)o)->callable = NEWREF(callable);
    return o;
}

Object *staticmethod_new(Object *callable)
{
    return sm_or_cm_new(&staticmethod_type, callable);
}

Object *classmethod_new(Object *callable)
{
    return sm_or_cm_new(&classmethod_type, callable);
}

Object *staticmethod_callable_borrow(Object *sm)
{
    return ((StaticMethodObject *)sm)->callable;
}

/* ---- property ---- */

static void prop_dealloc(Object *self)
{
    PropertyObject *p = (PropertyObject *)self;
    gc_untrack(self);
    OBJ_CLEAR(p->fget);
    OBJ_CLEAR(p->fset);
    OBJ_CLEAR(p->fdel);
    OBJ_CLEAR(p->doc);
    OBJ_CLEAR(p->name);
    obj_free(self);
}

static int prop_traverse(Object *self, visitproc visit, void *arg)
{
    PropertyObject *p = (PropertyObject *)self;
    VISIT(p->fget);
    VISIT(p->fset);
    VISIT(p->fdel);
    VISIT(p->doc);
    VISIT(p->name);
    return 0;
}

static int prop_clear(Object *self)
{
    PropertyObject *p = (PropertyObject *)self;
    OBJ_CLEAR(p->fget);
    OBJ_CLEAR(p->fset);
    OBJ_CLEAR(p->fdel);
    OBJ_CLEAR(p->doc);
    OBJ_CLEAR(p->name);
    return 0;
}

/* property(fget=None, fset=None, fdel=None, doc=None) */
static int prop_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    PropertyObject *p = (PropertyObject *)self;
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (arg_parse("property", args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    Object *fget = a[0] == NONE ? NULL : a[0];
    Object *fset = a[1] == NONE ? NULL : a[1];
    Object *fdel = a[2] == NONE ? NULL : a[2];
    Object *doc = a[3];

    OBJ_SETREF(p->fget, obj_xnewref(fget));
    OBJ_SETREF(p->fset, obj_xnewref(fset));
    OBJ_SETREF(p->fdel, obj_xnewref(fdel));
    OBJ_SETREF(p->doc, obj_xnewref(doc));
    OBJ_CLEAR(p->name);
    p->getter_doc = 0;

    /* no docstring given and the getter has one: use that one */
    if ((doc == NULL || doc == NONE) && fget != NULL) {
        Object *docname = str_intern_cstr("__doc__");
        if (docname == NULL)
            return -1;
        int found;
        Object *get_doc = obj_lookup_attr(fget, docname, &found);
        if (get_doc == NULL) {
            OBJ_DECREF(docname);
            return found < 0 ? -1 : 0;
        }
        if (TYPE(self) == &property_type) {
            OBJ_SETREF(p->doc, get_doc);
        } else {
            /* a subclass: put __doc__ in the instance dict, or the class's __doc__ shadows it */
            int err = obj_setattr(self, docname, get_doc);
            OBJ_DECREF(get_doc);
            if (err < 0) {
                OBJ_DECREF(docname);
                return -1;
            }
        }
        OBJ_DECREF(docname);
        p->getter_doc = 1;
    }
    return 0;
}

/* AttributeError "property 'x' of 'C' object has no getter" and its variants. */
static Object *prop_missing(PropertyObject *p, Object *obj, const char *what)
{
    Object *qualname = obj != NULL ? type_qualname(TYPE(obj)) : NULL;
    if (obj != NULL && qualname == NULL)
        return NULL;
    if (p->name != NULL && qualname != NULL)
        exc_format(Exc_AttributeError, "property %R of %R object has no %s", p->name, qualname, what);
    else if (qualname != NULL)
        exc_format(Exc_AttributeError, "property of %R object has no %s", qualname, what);
    else if (what[0] == 'g')
        exc_set_string(Exc_AttributeError, "property has no getter");
    else
        exc_format(Exc_AttributeError, "can't %s attribute", what[0] == 's' ? "set" : "delete");
    OBJ_XDECREF(qualname);
    return NULL;
}

static Object *prop_descr_get(Object *self, Object *obj, Object *type)
{
    UNUSED(type);
    PropertyObject *p = (PropertyObject *)self;
    if (obj == NULL || obj == NONE)
        return NEWREF(self);
    if (p->fget == NULL)
        return prop_missing(p, obj, "getter");
    return obj_call_one(p->fget, obj);
}

static int prop_descr_set(Object *self, Object *obj, Object *value)
{
    PropertyObject *p = (PropertyObject *)self;
    Object *func = value == NULL ? p->fdel : p->fset;
    if (func == NULL) {
        prop_missing(p, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    Object *res;
    if (value == NULL) {
        res = obj_call_one(func, obj);
    } else {
        Object *args[2] = {obj, value};
        res = obj_call(func, args, 2, NULL);
    }
    if (res == NULL)
        return -1;
    OBJ_DECREF(res);
    return 0;
}

/* getter/setter/deleter: a copy of the property (of the same type) with one function replaced. */
static Object *prop_copy(Object *old, Object *get, Object *set, Object *del)
{
    PropertyObject *po = (PropertyObject *)old;
    if (get == NULL || get == NONE)
        get = po->fget ? po->fget : NONE;
    if (set == NULL || set == NONE)
        set = po->fset ? po->fset : NONE;
    if (del == NULL || del == NONE)
        del = po->fdel ? po->fdel : NONE;
    Object *doc;
    if (po->getter_doc && get != NONE)
        doc = NONE;                        /* make __init__ take the doc from the new getter */
    else
        doc = po->doc ? po->doc : NONE;
    Object *args[4] = {get, set, del, doc};
    Object *res = obj_call((Object *)TYPE(old), args, 4, NULL);
    if (res == NULL)
        return NULL;
    if (PROPERTY_CHECK(res)) {
        PropertyObject *pn = (PropertyObject *)res;
        OBJ_SETREF(pn->name, obj_xnewref(po->name));
    }
    return res;
}

static int one_method_arg(const char *fname, ssize_t nargs, Object *kwnames)
{
    if (has_kwargs(kwnames)) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 1) {
        exc_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

static Object *prop_getter(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_method_arg("property.getter", nargs, kwnames) < 0)
        return NULL;
    return prop_copy(self, args[0], NULL, NULL);
}

static Object *prop_setter(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_method_arg("property.setter", nargs, kwnames) < 0)
        return NULL;
    return prop_copy(self, NULL, args[0], NULL);
}

static Object *prop_deleter(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (one_method_arg("property.deleter", nargs, kwnames) < 0)
        return NULL;
    return prop_copy(self, NULL, NULL, args[0]);
}

static Object *prop_set_name(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (has_kwargs(kwnames))
        return exc_set_string(Exc_TypeError, "__set_name__() takes no keyword arguments");
    if (nargs != 2)
        return exc_format(Exc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given",
                          nargs);
    PropertyObject *p = (PropertyObject *)self;
    OBJ_SETREF(p->name, NEWREF(args[1]));
    RETURN_NONE;
}

static Object *prop_get_method(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    return call_descr_get(prop_descr_get, self, args, nargs, kwnames);
}

static Object *prop_get_isabstract(Object *self, void *closure)
{
    UNUSED(closure);
    PropertyObject *p = (PropertyObject *)self;
    Object *fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(fs[i]);
        if (r != 0)
            return r < 0 ? NULL : bool_from(1);
    }
    RETURN_FALSE;
}

static MemberDef prop_members[] = {
    {"fget", MEMBER_OBJECT, offsetof(PropertyObject, fget), true, NULL},
    {"fset", MEMBER_OBJECT, offsetof(PropertyObject, fset), true, NULL},
    {"fdel", MEMBER_OBJECT, offsetof(PropertyObject, fdel), true, NULL},
    {"__doc__", MEMBER_OBJECT, offsetof(PropertyObject, doc), false, NULL},
    {NULL, 0, 0, false, NULL},
};

static GetSetDef prop_getset[] = {
    {"__isabstractmethod__", prop_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MethodDef prop_methods[] = {
    {"getter", prop_getter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", prop_setter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", prop_deleter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", prop_set_name, METH_DEFAULT, "Method to set name of a property."},
    {"__get__", prop_get_method, METH_DEFAULT, "Return an attribute of instance, which is of type owner."},
    {NULL, NULL, 0, NULL},
};

static const char property_doc[] =
    "Property attribute.\n\n"
    "  fget\n    function to be used for getting an attribute value\n"
    "  fset\n    function to be used for setting an attribute value\n"
    "  fdel\n    function to be used for del'ing an attribute\n"
    "  doc\n    docstring\n\n"
    "Typical use is to define a managed attribute x:\n\n"
    "class C(object):\n"
    "    def getx(self): return self._x\n"
    "    def setx(self, value): self._x = value\n"
    "    def delx(self): del self._x\n"
    "    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\n"
    "Decorators make defining new properties or modifying existing ones easy:\n\n"
    "class C(object):\n"
    "    @property\n"
    "    def x(self):\n"
    "        \"I am the 'x' property.\"\n"
    "        return self._x\n"
    "    @x.setter\n"
    "    def x(self, value):\n"
    "        self._x = value\n"
    "    @x.deleter\n"
    "    def x(self):\n"
    "        del self._x";

TypeObject property_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = property_doc,
    .dealloc = prop_dealloc,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .descr_get = prop_descr_get,
    .descr_set = prop_descr_set,
    .tp_new = generic_gc_new,
    .tp_init = prop_init,
    .methods = prop_methods,
    .members = prop_members,
    .getset = prop_getset,
    .base = &object_type,
};
