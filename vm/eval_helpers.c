/* eval_helpers.c: the slow paths of the eval loop: method lookup, unpacking, raising, `with`,
 * f-string fields, star-arguments, set/dict displays and the REPL's echo. */
#include "vm/eval_helpers.h"
#include "vm/vmstate.h"
#include "vm/errors.h"
#include "vm/vm.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/listobject.h"
#include "objects/dictobject.h"
#include "objects/setobject.h"
#include "objects/funcobject.h"
#include "objects/codeobject.h"
#include "objects/slots.h"
#include "objects/descrobject.h"
#include "gc/alloc.h"
#include <string.h>

int eval_load_method(Object *owner, Object *name, Object **meth)
{
    TypeObject *t = TYPE(owner);
    if (t->getattro == obj_generic_getattr) {
        Object *descr = type_lookup_borrow(t, name);
        if (descr != NULL && TYPE_HAS_FLAG(TYPE(descr), TPFLAG_METHOD_DESCRIPTOR)) {
            Object **dp = obj_dict_ptr(owner);
            if (dp != NULL && *dp != NULL) {
                Object *v = dict_get_item_borrow(*dp, name);
                if (v != NULL) {
                    *meth = obj_newref(v);
                    return 0;
                }
                if (exc_occurred()) {
                    *meth = NULL;
                    return 0;
                }
            }
            *meth = obj_newref(descr);
            return 1;
        }
    }
    *meth = obj_getattr(owner, name);
    return 0;
}

/* Takes the answer [n] just found for one type into the cache [c]: when it is the answer [c]
 * already holds for another type (the same method inherited by both, an attribute in each one's
 * instance dict), [c] keeps both types (tag2); otherwise [n] replaces it. */
static void take_answer(AttrCache *c, const AttrCache *n)
{
    if (n->kind != ATTR_UNCACHED && n->kind == c->kind && n->descr == c->descr &&
        (n->kind == ATTR_DICT || n->offset == c->offset) && n->tag != c->tag) {
        c->tag2 = n->tag;
        return;
    }
    *c = *n;
}

void eval_fill_attr_cache(AttrCache *cache, TypeObject *t, Object *name, int op)
{
    AttrCache answer = {0, ATTR_NO_TAG, NULL, ATTR_UNCACHED, 0}, *c = &answer;
    bool generic = op == OP_STORE_ATTR ? t->setattro == obj_generic_setattr
                                       : t->getattro == obj_generic_getattr;
    if (t->version_tag == 0 || t->dictoffset < 0 || !generic)
        return;
    Object *descr = type_lookup_borrow(t, name);
    if (descr == NULL && exc_occurred()) {
        exc_clear();
        return;
    }
    int kind = ATTR_UNCACHED;
    if (descr != NULL && TYPE(descr) == &member_descr_type &&
        ((MemberDescrObject *)descr)->def->kind == MEMBER_OBJECT_EX &&
        type_is_subtype(t, ((MemberDescrObject *)descr)->owner)) {
        kind = ATTR_SLOT;
        c->offset = (int32_t)((MemberDescrObject *)descr)->def->offset;
    } else if (op == OP_STORE_ATTR) {
        if (t->dictoffset > 0 && (descr == NULL || TYPE(descr)->descr_set == NULL)) {
            kind = ATTR_DICT;
            if (descr != NULL)
                t->flags |= TPFLAG_SHADOWED;    /* the stores will hide the type's attribute */
        }
    } else if (descr == NULL) {
        if (t->dictoffset > 0)
            kind = ATTR_DICT;
    } else if (op == OP_LOAD_METHOD) {
        if (TYPE_HAS_FLAG(TYPE(descr), TPFLAG_METHOD_DESCRIPTOR))
            kind = ATTR_METHOD;
    } else if (TYPE(descr)->descr_get == NULL) {
        kind = ATTR_CLASS_VALUE;
    }
    if (kind != ATTR_UNCACHED) {
        c->kind = kind;
        c->descr = descr;
        c->tag = t->version_tag;
    }
    take_answer(cache, c);
}

void eval_fill_type_attr_cache(AttrCache *cache, TypeObject *owner, Object *name, int op)
{
    AttrCache answer = {0, ATTR_NO_TAG, NULL, ATTR_UNCACHED, 0}, *c = &answer;
    if (owner->version_tag == 0 || owner == &type_type)
        return;
    /* anything type itself has under that name (__name__, mro, ...) takes part: not cached */
    Object *meta = type_lookup_borrow(&type_type, name);
    Object *v = meta == NULL ? type_lookup_borrow(owner, name) : NULL;
    if (v == NULL) {
        exc_clear();
        return;
    }
    int kind = ATTR_UNCACHED;
    if (TYPE(v)->descr_get == NULL || FUNC_CHECK(v))
        kind = ATTR_TYPE_VALUE;          /* a function's __get__(None, cls) is the function */
    else if (op == OP_LOAD_METHOD && TYPE(v) == &classmethod_type)
        kind = ATTR_TYPE_CLASSMETHOD;
    if (kind != ATTR_UNCACHED) {
        c->kind = kind;
        c->descr = v;
        c->tag = owner->version_tag;
    }
    take_answer(cache, c);
}

Object *eval_plain_init(TypeObject *t)
{
    if (t->tp_new != object_type.tp_new || !slots_init_is_trampoline(t))
        return NULL;
    Object *name = slots_dunder("__init__");
    Object *init = name != NULL ? type_lookup_borrow(t, name) : NULL;
    if (init == NULL || !FUNC_CHECK(init) ||
        (((CodeObject *)((FunctionObject *)init)->code)->flags & CO_GENERATOR)) {
        exc_clear();        /* whatever went wrong, the general path meets it again */
        return NULL;
    }
    return init;
}

int eval_handle_interrupt(void)
{
    vm_interrupt_pending = 0;
    exc_restore(NULL);
    Object *e = exc_new(Exc_KeyboardInterrupt, NULL, 0);
    if (e != NULL)
        exc_restore(e);
    return -1;
}

Object *eval_build_set(Object *const *items, ssize_t n)
{
    Object *s = set_new(NULL);
    if (s == NULL)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        if (set_add(s, items[i]) < 0) {
            OBJ_DECREF(s);
            return NULL;
        }
    }
    return s;
}

int eval_set_add(Object *set, Object *v)
{
    return set_add(set, v);
}

int eval_set_update(Object *set, Object *iterable)
{
    return set_update(set, iterable);
}

/* "module.qualname()" as CPython's _PyObject_FunctionStr (no module for builtins). */
static Object *func_display_name(Object *func)
{
    Object *qn = obj_getattr_cstr(func, "__qualname__");
    if (qn != NULL && STR_CHECK(qn)) {
        Object *mod = obj_getattr_cstr(func, "__module__");
        if (mod == NULL)
            exc_clear();
        Object *r;
        if (mod != NULL && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
            r = str_from_format("%U.%U()", mod, qn);
        else
            r = str_from_format("%U()", qn);
        OBJ_XDECREF(mod);
        OBJ_DECREF(qn);
        return r;
    }
    OBJ_XDECREF(qn);
    exc_clear();
    return str_from_format("%s object", obj_type_name(func));
}

int eval_list_extend(Object *list, Object *iterable)
{
    if (list_extend(list, iterable) == 0)
        return 0;
    if (exc_matches(Exc_TypeError) && TYPE(iterable)->iter == NULL && TYPE(iterable)->getitem == NULL) {
        exc_clear();
        exc_format(Exc_TypeError, "Value after * must be an iterable, not %s", obj_type_name(iterable));
    }
    return -1;
}

int eval_dict_update(Object *dict, Object *mapping)
{
    if (!DICT_CHECK(mapping) && !obj_hasattr_cstr(mapping, "keys")) {
        exc_format(Exc_TypeError, "'%s' object is not a mapping", obj_type_name(mapping));
        return -1;
    }
    return dict_update(dict, mapping);
}

int eval_dict_merge(Object *func, Object *dict, Object *mapping)
{
    if (!DICT_CHECK(mapping) && !obj_hasattr_cstr(mapping, "keys")) {
        Object *fn = func_display_name(func);
        if (fn != NULL) {
            exc_format(Exc_TypeError, "%U argument after ** must be a mapping, not %s", fn, obj_type_name(mapping));
            OBJ_DECREF(fn);
        }
        return -1;
    }
    Object *src = DICT_CHECK(mapping) ? obj_newref(mapping) : dict_new();
    if (src == NULL)
        return -1;
    if (!DICT_CHECK(mapping) && dict_update(src, mapping) < 0) {
        OBJ_DECREF(src);
        return -1;
    }
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(src, &pos, &k, &v)) {
        if (!STR_CHECK(k)) {
            Object *fn = func_display_name(func);
            if (fn != NULL) {
                exc_format(Exc_TypeError, "%U keywords must be strings", fn);
                OBJ_DECREF(fn);
            }
            OBJ_DECREF(src);
            return -1;
        }
        int has = dict_contains(dict, k);
        if (has != 0) {
            if (has > 0) {
                Object *fn = func_display_name(func);
                if (fn != NULL) {
                    exc_format(Exc_TypeError, "%U got multiple values for keyword argument '%U'", fn, k);
                    OBJ_DECREF(fn);
                }
            }
            OBJ_DECREF(src);
            return -1;
        }
        if (dict_set_item(dict, k, v) < 0) {
            OBJ_DECREF(src);
            return -1;
        }
    }
    OBJ_DECREF(src);
    return 0;
}

int eval_unpack(Object *seq, int before, int after, Object **top)
{
    Object *it = obj_get_iter(seq);
    if (it == NULL) {
        if (exc_matches(Exc_TypeError) && TYPE(seq)->iter == NULL && TYPE(seq)->getitem == NULL) {
            exc_clear();
            exc_format(Exc_TypeError, "cannot unpack non-iterable %s object", obj_type_name(seq));
        }
        return -1;
    }
    Object **out = top - 1;     /* first item goes to top[-1], then downwards */
    int i;
    for (i = 0; i < before; i++) {
        Object *v = obj_iter_next(it);
        if (v == NULL) {
            if (!exc_occurred()) {
                if (after < 0)
                    exc_format(Exc_ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
                else
                    exc_format(Exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                               before + after, i);
            }
            goto error;
        }
        *out-- = v;
    }
    if (after < 0) {
        Object *extra = obj_iter_next(it);
        if (extra != NULL) {
            OBJ_DECREF(extra);
            exc_format(Exc_ValueError, "too many values to unpack (expected %d)", before);
            goto error;
        }
        if (exc_occurred())
            goto error;
        OBJ_DECREF(it);
        return 0;
    }
    Object *rest = list_from_iterable(it);
    if (rest == NULL)
        goto error;
    if (LIST_SIZE(rest) < after) {
        exc_format(Exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                   before + after, before + LIST_SIZE(rest));
        OBJ_DECREF(rest);
        goto error;
    }
    ssize_t nrest = LIST_SIZE(rest) - after;
    for (int j = 0; j < after; j++)
        out[-1 - j] = obj_newref(LIST_GET(rest, nrest + j));
    /* drop the moved tail from the list */
    for (ssize_t j = nrest; j < LIST_SIZE(rest); j++)
        OBJ_CLEAR(LIST_ITEMS(rest)[j]);
    SIZE(rest) = nrest;
    *out = rest;
    OBJ_DECREF(it);
    return 0;
error:
    for (int j = 0; j < i; j++)
        OBJ_DECREF(top[-1 - j]);
    OBJ_DECREF(it);
    return -1;
}

Object *eval_format_value(Object *v, int conversion, Object *spec)
{
    Object *conv = NULL;
    switch (conversion) {
    case 1: conv = obj_str(v); break;
    case 2: conv = obj_repr(v); break;
    case 3: conv = obj_ascii(v); break;
    default: break;
    }
    if (conversion != 0) {
        if (conv == NULL)
            return NULL;
        v = conv;
    }
    Object *r = str_format_value(v, spec);
    OBJ_XDECREF(conv);
    return r;
}

Object *eval_star_args(Object *func, Object *iterable)
{
    Object *t = tuple_from_iterable(iterable);
    if (t == NULL && exc_matches(Exc_TypeError) && TYPE(iterable)->iter == NULL &&
        TYPE(iterable)->getitem == NULL) {
        exc_clear();
        Object *fn = func_display_name(func);
        if (fn != NULL) {
            exc_format(Exc_TypeError, "%U argument after * must be an iterable, not %s", fn,
                       obj_type_name(iterable));
            OBJ_DECREF(fn);
        }
    }
    return t;
}

#define IS_EXC_CLASS(o) (TYPE_HAS_FLAG(TYPE(o), TPFLAG_TYPE_SUBCLASS) && \
                         TYPE_HAS_FLAG((TypeObject *)(o), TPFLAG_BASE_EXC_SUBCLASS))

/* An exception instance from a class or an instance: new ref, or NULL with TypeError. */
static Object *make_exception(Object *exc, const char *what)
{
    if (IS_EXC_CLASS(exc)) {
        Object *inst = obj_call_noargs(exc);
        if (inst == NULL)
            return NULL;
        if (!EXC_CHECK(inst)) {
            exc_format(Exc_TypeError, "calling %R should have returned an instance of BaseException, not %s",
                       exc, obj_type_name(inst));
            OBJ_DECREF(inst);
            return NULL;
        }
        return inst;
    }
    if (EXC_CHECK(exc))
        return obj_newref(exc);
    return exc_set_string(Exc_TypeError, what);
}

int eval_do_raise(Object *exc, Object *cause)
{
    if (exc == NULL) {
        if (vm.handled == NULL) {
            exc_set_string(Exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        exc_restore(obj_newref(vm.handled));
        return 1;
    }
    Object *inst = make_exception(exc, "exceptions must derive from BaseException");
    OBJ_DECREF(exc);
    if (inst == NULL) {
        OBJ_XDECREF(cause);
        return 0;
    }
    if (cause != NULL) {
        Object *c = NULL;
        if (cause != NONE) {
            c = make_exception(cause, "exception causes must derive from BaseException");
            if (c == NULL) {
                OBJ_DECREF(cause);
                OBJ_DECREF(inst);
                return 0;
            }
        }
        OBJ_DECREF(cause);
        ExceptionObject *e = (ExceptionObject *)inst;
        OBJ_SETREF(e->cause, c);
        e->suppress_context = 1;
    }
    if (vm.handled != NULL)
        exc_set_context(inst, vm.handled);
    exc_restore(inst);
    return 0;
}

int eval_exc_match(Object *exc, Object *type)
{
    if (TUPLE_CHECK(type)) {
        for (ssize_t i = 0; i < TUPLE_SIZE(type); i++)
            if (!IS_EXC_CLASS(TUPLE_GET(type, i)))
                goto bad;
    } else if (!IS_EXC_CLASS(type)) {
        goto bad;
    }
    return obj_is_instance(exc, type);
bad:
    exc_set_string(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static Object *bind_special(Object *descr, Object *obj)
{
    descrgetfunc get = TYPE(descr)->descr_get;
    if (get != NULL)
        return get(descr, obj, (Object *)TYPE(obj));
    return obj_newref(descr);
}

Object *eval_before_with(Object *mgr, Object **exit_fn)
{
    Object *name = slots_dunder("__enter__");
    Object *enter = name ? type_lookup_borrow(TYPE(mgr), name) : NULL;
    if (enter == NULL && exc_occurred())
        return NULL;
    if (enter == NULL)
        return exc_format(Exc_TypeError, "'%s' object does not support the context manager protocol",
                          obj_type_name(mgr));
    OBJ_INCREF(enter);
    name = slots_dunder("__exit__");
    Object *exit = name ? type_lookup_borrow(TYPE(mgr), name) : NULL;
    if (exit == NULL && exc_occurred()) {
        OBJ_DECREF(enter);
        return NULL;
    }
    if (exit == NULL) {
        OBJ_DECREF(enter);
        return exc_format(Exc_TypeError,
                          "'%s' object does not support the context manager protocol (missed __exit__ method)",
                          obj_type_name(mgr));
    }
    *exit_fn = bind_special(exit, mgr);
    if (*exit_fn == NULL) {
        OBJ_DECREF(enter);
        return NULL;
    }
    Object *bound = bind_special(enter, mgr);
    OBJ_DECREF(enter);
    Object *res = bound ? obj_call_noargs(bound) : NULL;
    OBJ_XDECREF(bound);
    if (res == NULL)
        OBJ_CLEAR(*exit_fn);
    return res;
}

int eval_print_expr(Object *v)
{
    if (v == NONE)
        return 0;
    if (dict_set_str(vm.builtins, "_", NONE) < 0)
        return -1;
    Object *r = obj_repr(v);
    if (r == NULL)
        return -1;
    Object *out = dict_get_str_borrow(module_dict_borrow(vm.sys), "stdout");
    if (out == NULL || out == NONE) {
        OBJ_DECREF(r);
        exc_set_string(Exc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    Object *nl = str_from_cstr("\n");
    Object *line = nl ? str_concat(r, nl) : NULL;
    OBJ_XDECREF(nl);
    OBJ_DECREF(r);
    if (line == NULL)
        return -1;
    Object *w = obj_call_method(out, "write", &line, 1);
    OBJ_DECREF(line);
    if (w == NULL)
        return -1;
    OBJ_DECREF(w);
    return dict_set_str(vm.builtins, "_", v);
}

