/* super.c: super(), with and without arguments. The zero-argument form reads the calling frame:
 * its first argument and the __class__ cell the compiler provides to methods that use super. */
#include "vm/frame.h"
#include "vm/vmstate.h"
#include "vm/errors.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "gc/gc.h"

typedef struct SuperObject {
    Object ob;
    TypeObject *type;          /* the class whose successors are searched */
    Object *obj;               /* the instance or class, or NULL (unbound) */
    TypeObject *obj_type;
} SuperObject;

extern TypeObject super_type;

static int super_traverse(Object *self, visitproc visit, void *arg)
{
    SuperObject *s = (SuperObject *)self;
    VISIT(s->type);
    VISIT(s->obj);
    VISIT(s->obj_type);
    return 0;
}

static int super_clear(Object *self)
{
    SuperObject *s = (SuperObject *)self;
    OBJ_CLEAR(s->type);
    OBJ_CLEAR(s->obj);
    OBJ_CLEAR(s->obj_type);
    return 0;
}

static void super_dealloc(Object *self)
{
    gc_untrack(self);
    super_clear(self);
    obj_free(self);
}

static Object *super_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args); UNUSED(nargs); UNUSED(kwnames);
    Object *o = obj_alloc(type, 0);
    if (o != NULL)
        gc_track(o);
    return o;
}

static TypeObject *check_obj(TypeObject *type, Object *obj)
{
    if (TYPE_HAS_FLAG(TYPE(obj), TPFLAG_TYPE_SUBCLASS) && type_is_subtype((TypeObject *)obj, type))
        return (TypeObject *)obj;
    if (type_is_subtype(TYPE(obj), type))
        return TYPE(obj);
    exc_set_string(Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    SuperObject *s = (SuperObject *)self;
    if (arg_no_kwargs("super", kwnames) < 0 || arg_count("super", nargs, 0, 2) < 0)
        return -1;
    Object *type, *obj = NULL;
    if (nargs == 0) {
        Frame *f = vm.frame;
        if (f == NULL || f->code->argcount == 0) {
            exc_set_string(Exc_RuntimeError, "super(): no arguments");
            return -1;
        }
        CodeObject *co = f->code;
        obj = f->slots[0];
        for (int i = 0; obj == NULL && co->cell2arg && i < co->ncells; i++)
            if (co->cell2arg[i] == 0)
                obj = ((CellObject *)f->slots[co->nlocals + i])->ref;
        if (obj == NULL) {
            exc_set_string(Exc_RuntimeError, "super(): arg[0] deleted");
            return -1;
        }
        type = NULL;
        for (int i = 0; i < co->nfrees; i++) {
            if (str_eq_cstr(TUPLE_GET(co->freevars, i), "__class__")) {
                Object *cell = f->slots[co->nlocals + co->ncells + i];
                type = ((CellObject *)cell)->ref;
                if (type == NULL) {
                    exc_set_string(Exc_RuntimeError, "super(): empty __class__ cell");
                    return -1;
                }
                break;
            }
        }
        if (type == NULL) {
            exc_set_string(Exc_RuntimeError, "super(): __class__ cell not found");
            return -1;
        }
    } else {
        type = args[0];
        obj = nargs > 1 ? args[1] : NULL;
        if (obj == NONE)
            obj = NULL;
    }
    if (!TYPE_HAS_FLAG(TYPE(type), TPFLAG_TYPE_SUBCLASS)) {
        exc_format(Exc_TypeError, "super() argument 1 must be a type, not %s", obj_type_name(type));
        return -1;
    }
    TypeObject *obj_type = NULL;
    if (obj != NULL && (obj_type = check_obj((TypeObject *)type, obj)) == NULL)
        return -1;
    OBJ_SETREF(s->type, (TypeObject *)obj_newref(type));
    OBJ_SETREF(s->obj, obj_xnewref(obj));
    OBJ_SETREF(s->obj_type, (TypeObject *)obj_xnewref((Object *)obj_type));
    return 0;
}

static Object *super_getattro(Object *self, Object *name)
{
    SuperObject *s = (SuperObject *)self;
    if (s->obj_type != NULL && !str_eq_cstr(name, "__class__")) {
        Object *mro = s->obj_type->mro;
        ssize_t n = TUPLE_SIZE(mro), i = 0;
        while (i < n && TUPLE_GET(mro, i) != (Object *)s->type)
            i++;
        for (i++; i < n; i++) {
            Object *d = ((TypeObject *)TUPLE_GET(mro, i))->dict;
            Object *res = d ? dict_get_item_borrow(d, name) : NULL;
            if (res == NULL)
                continue;
            descrgetfunc get = TYPE(res)->descr_get;
            if (get == NULL)
                return obj_newref(res);
            OBJ_INCREF(res);
            Object *r = get(res, s->obj == (Object *)s->obj_type ? NULL : s->obj, (Object *)s->obj_type);
            OBJ_DECREF(res);
            return r;
        }
    }
    return obj_generic_getattr(self, name);
}

static Object *super_repr(Object *self)
{
    SuperObject *s = (SuperObject *)self;
    const char *tn = s->type ? s->type->name : "NULL";
    if (s->obj_type != NULL)
        return str_from_format("<super: <class '%s'>, <%s object>>", tn, s->obj_type->name);
    return str_from_format("<super: <class '%s'>, NULL>", tn);
}

TypeObject super_type = {
    .ob = {{1, &type_type}, 0},
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "super() -> same as super(__class__, <first argument>)",
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .clear = super_clear,
    .repr = super_repr,
    .getattro = super_getattro,
    .tp_new = super_new,
    .tp_init = super_init,
};
