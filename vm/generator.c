/* generator.c: generator objects. A generator owns a suspended frame; next()/send() resume it in
 * vm_eval until it yields or returns, throw() resumes it by raising at the yield, close() throws
 * GeneratorExit. PEP 479: a StopIteration escaping the body becomes RuntimeError. A generator
 * freed while suspended is closed first, as CPython's finalizer does. */
#include "vm/generator.h"
#include "objects/weakrefobject.h"
#include "vm/frame.h"
#include "vm/frameobject.h"
#include "vm/call.h"
#include "vm/vmstate.h"
#include "vm/errors.h"
#include "vm/traceback.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "gc/gc.h"

bool gen_check(Object *o)
{
    return TYPE(o) == &generator_type;
}

Object *gen_new(Frame *frame, Object *name, Object *qualname)
{
    GenObject *g = (GenObject *)obj_alloc(&generator_type, 0);
    if (g == NULL) {
        frame_free(frame);
        return NULL;
    }
    g->frame = frame;
    frame->gen = (Object *)g;
    g->name = obj_newref(name);
    g->qualname = obj_newref(qualname);
    gc_track((Object *)g);
    return (Object *)g;
}

static bool gen_started(GenObject *g)
{
    return g->frame != NULL && g->frame->ip != g->frame->code->code;
}

static void gen_finish(GenObject *g)
{
    Frame *f = g->frame;
    g->frame = NULL;
    if (f != NULL) {
        f->gen = NULL;
        frame_free(f);
    }
}

/* Resumes [g] with [value] pushed (or with the pending exception raised when [throwing]).
 * Returns the yielded value with *done false, the return value with *done true, or NULL with an
 * exception (then *done is true). */
static Object *gen_resume(GenObject *g, Object *value, bool throwing, bool *done)
{
    *done = true;
    if (g->running) {
        if (throwing)
            exc_clear();
        return exc_set_string(Exc_ValueError, "generator already executing");
    }
    if (g->frame == NULL) {
        if (throwing)
            return NULL;            /* the thrown exception propagates */
        return obj_newref(NONE);    /* exhausted: the caller raises StopIteration */
    }
    Frame *f = g->frame;
    if (!gen_started(g)) {
        if (!throwing && value != NONE) {
            *done = false;
            return exc_set_string(Exc_TypeError, "can't send non-None value to a just-started generator");
        }
    } else if (!throwing) {
        *f->sp++ = obj_newref(value);
    }
    /* the generator's own "exception being handled" replaces the caller's while it runs */
    Object *saved = vm.handled;
    vm.handled = g->handled;
    g->handled = NULL;
    g->running = true;
    Object *r = vm_eval(f);
    g->running = false;
    g->handled = vm.handled;
    vm.handled = saved;
    if (f->yielded) {
        *done = false;
        return r;
    }
    OBJ_CLEAR(g->handled);
    gen_finish(g);
    if (r == NULL && exc_matches(Exc_StopIteration)) {
        Object *cause = exc_fetch();
        exc_set_string(Exc_RuntimeError, "generator raised StopIteration");
        Object *e = exc_fetch();
        if (e != NULL) {
            ExceptionObject *x = (ExceptionObject *)e;
            OBJ_SETREF(x->cause, obj_newref(cause));
            exc_set_context(e, cause);
            x->suppress_context = 1;
            exc_restore(e);
        }
        OBJ_DECREF(cause);
    }
    return r;
}

static void set_stop_iteration(Object *value)
{
    if (value == NONE) {
        exc_set_object(Exc_StopIteration, NULL);
        return;
    }
    /* StopIteration(value), even when value is a tuple or an exception */
    Object *e = exc_new(Exc_StopIteration, &value, 1);
    if (e != NULL)
        exc_restore(e);
}

static Object *gen_iternext(Object *self)
{
    bool done;
    Object *r = gen_resume((GenObject *)self, NONE, false, &done);
    if (done && r != NULL) {
        if (r != NONE)
            set_stop_iteration(r);
        OBJ_DECREF(r);
        return NULL;
    }
    return r;
}

static Object *gen_send_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("send", kwnames) < 0 || arg_count("send", nargs, 1, 1) < 0)
        return NULL;
    bool done;
    Object *r = gen_resume((GenObject *)self, args[0], false, &done);
    if (done && r != NULL) {
        set_stop_iteration(r);
        OBJ_DECREF(r);
        return NULL;
    }
    return r;
}

int gen_send_ex(Object *it, Object *v, Object **result)
{
    if (gen_check(it)) {
        bool done;
        Object *r = gen_resume((GenObject *)it, v, false, &done);
        *result = r;
        if (r == NULL)
            return -1;
        return done ? 1 : 0;
    }
    Object *r;
    if (v == NONE && TYPE(it)->iternext != NULL)
        r = TYPE(it)->iternext(it);
    else
        r = obj_call_method(it, "send", &v, 1);
    if (r != NULL) {
        *result = r;
        return 0;
    }
    if (exc_occurred() && !exc_matches(Exc_StopIteration))
        return -1;
    Object *stop = exc_fetch();
    Object *value = NULL;
    if (stop != NULL) {
        value = obj_getattr_cstr(stop, "value");
        OBJ_DECREF(stop);
        if (value == NULL)
            return -1;
    }
    *result = value ? value : obj_newref(NONE);
    return 1;
}

/* The sub-iterator a suspended `yield from` is delegating to, or NULL. */
static Object *yield_from_target(GenObject *g)
{
    Frame *f = g->frame;
    if (f == NULL || !gen_started(g) || f->ip - f->code->code < 2)
        return NULL;
    if (INSTR_OP(f->ip[-2]) != OP_SEND || INSTR_OP(f->ip[-1]) != OP_YIELD_VALUE)
        return NULL;
    return f->sp[-1];
}

static Object *gen_close_impl(GenObject *g);

static Object *gen_throw_impl(GenObject *g, Object *exc)
{
    bool done;
    Object *sub = yield_from_target(g);
    if (sub != NULL) {
        OBJ_INCREF(sub);
        Object *r = NULL;
        g->running = true;
        if (type_is_subtype(TYPE(exc), Exc_GeneratorExit)) {
            /* close the delegate first, then raise GeneratorExit here */
            Object *cr = gen_check(sub) ? gen_close_impl((GenObject *)sub) : NULL;
            if (!gen_check(sub)) {
                int found = -1;
                Object *cname = str_intern_cstr("close");
                Object *closefn = cname ? obj_lookup_attr(sub, cname, &found) : NULL;
                OBJ_XDECREF(cname);
                if (closefn != NULL) {
                    cr = obj_call_noargs(closefn);
                    OBJ_DECREF(closefn);
                } else if (found == 0) {
                    cr = obj_newref(NONE);
                }
            }
            g->running = false;
            OBJ_DECREF(sub);
            if (cr == NULL)
                goto throw_here_with_pending;
            OBJ_DECREF(cr);
            goto throw_here;
        }
        if (gen_check(sub)) {
            r = gen_throw_impl((GenObject *)sub, exc);
        } else {
            Object *tb = ((ExceptionObject *)exc)->traceback;
            Object *args[3] = { (Object *)TYPE(exc), exc, tb ? tb : NONE };
            int found = -1;
            Object *tname = str_intern_cstr("throw");
            Object *thr = tname ? obj_lookup_attr(sub, tname, &found) : NULL;
            OBJ_XDECREF(tname);
            if (thr == NULL && found == 0) {
                g->running = false;
                OBJ_DECREF(sub);
                goto throw_here;
            }
            r = thr ? obj_call(thr, args, 3, NULL) : NULL;
            OBJ_XDECREF(thr);
        }
        g->running = false;
        OBJ_DECREF(sub);
        if (r != NULL)
            return r;            /* the delegate yielded: we stay suspended in yield from */
        /* the delegate finished or raised: resume here with its value or exception */
        if (exc_matches(Exc_StopIteration)) {
            Object *stop = exc_fetch();
            Object *value = obj_getattr_cstr(stop, "value");
            OBJ_DECREF(stop);
            if (value == NULL)
                return NULL;
            /* pop the delegate and jump past the yield-from loop, as SEND does on return */
            Frame *f = g->frame;
            Object *it = *--f->sp;
            OBJ_DECREF(it);
            *f->sp++ = value;
            f->ip = f->code->code + INSTR_ARG(f->ip[-2]);
            Object *res = gen_resume(g, NONE, true, &done);  /* no exception pending: just runs */
            if (done && res != NULL) {
                set_stop_iteration(res);
                OBJ_DECREF(res);
                return NULL;
            }
            return res;
        }
        goto throw_here_with_pending;
    }
throw_here:
    exc_restore(obj_newref(exc));
throw_here_with_pending:
    if (g->frame == NULL)
        return NULL;
    {
        Object *r = gen_resume(g, NONE, true, &done);
        if (done && r != NULL) {
            set_stop_iteration(r);
            OBJ_DECREF(r);
            return NULL;
        }
        return r;
    }
}

static Object *gen_throw_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("throw", kwnames) < 0 || arg_count("throw", nargs, 1, 3) < 0)
        return NULL;
    Object *typ = args[0], *val = nargs > 1 ? args[1] : NONE;
    if (nargs > 2 && args[2] != NONE && TYPE(args[2]) != &traceback_type)
        return exc_set_string(Exc_TypeError, "throw() third argument must be a traceback object");
    Object *exc;
    if (TYPE_HAS_FLAG(TYPE(typ), TPFLAG_TYPE_SUBCLASS) &&
        TYPE_HAS_FLAG((TypeObject *)typ, TPFLAG_BASE_EXC_SUBCLASS)) {
        if (val != NONE && EXC_CHECK(val))
            exc = obj_newref(val);
        else
            exc = exc_new((TypeObject *)typ, val == NONE ? NULL : &val, val == NONE ? 0 : 1);
    } else if (EXC_CHECK(typ)) {
        if (val != NONE)
            return exc_set_string(Exc_TypeError, "instance exception may not have a separate value");
        exc = obj_newref(typ);
    } else {
        return exc_format(Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                          obj_type_name(typ));
    }
    if (exc == NULL)
        return NULL;
    Object *r = gen_throw_impl((GenObject *)self, exc);
    OBJ_DECREF(exc);
    return r;
}

static Object *gen_close_impl(GenObject *g)
{
    if (g->frame == NULL)
        RETURN_NONE;
    if (!gen_started(g)) {
        gen_finish(g);
        RETURN_NONE;
    }
    Object *exit = exc_new(Exc_GeneratorExit, NULL, 0);
    if (exit == NULL)
        return NULL;
    Object *r = gen_throw_impl(g, exit);
    OBJ_DECREF(exit);
    if (r != NULL) {
        OBJ_DECREF(r);
        return exc_set_string(Exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (exc_matches(Exc_GeneratorExit) || exc_matches(Exc_StopIteration)) {
        exc_clear();
        RETURN_NONE;
    }
    return NULL;
}

static Object *gen_close_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("close", kwnames) < 0 || arg_count("close", nargs, 0, 0) < 0)
        return NULL;
    return gen_close_impl((GenObject *)self);
}

static Object *gen_iter(Object *self)
{
    return obj_newref(self);
}

static Object *gen_repr(Object *self)
{
    return str_from_format("<generator object %U at %p>", ((GenObject *)self)->qualname, (void *)self);
}

static int gen_traverse(Object *self, visitproc visit, void *arg)
{
    GenObject *g = (GenObject *)self;
    VISIT(g->handled);
    /* a running frame's saved stack top is stale: its stack holds only external references */
    if (g->frame != NULL && !g->running)
        return frame_traverse(g->frame, visit, arg);
    return 0;
}

static int gen_clear(Object *self)
{
    GenObject *g = (GenObject *)self;
    OBJ_CLEAR(g->handled);
    gen_finish(g);
    return 0;
}

static void gen_dealloc(Object *self)
{
    GenObject *g = (GenObject *)self;
    gc_untrack(self);
    weakref_clear_refs(self);
    if (gen_started(g)) {
        /* finalize: close the suspended frame (this may run `finally` blocks) */
        self->refcnt = 1;
        Object *saved = exc_fetch();
        Object *r = gen_close_impl(g);
        if (r == NULL)
            vm_write_unraisable(self);
        OBJ_XDECREF(r);
        exc_restore(saved);
        if (--self->refcnt != 0)
            return;              /* resurrected by the finalizer */
    }
    OBJ_CLEAR(g->handled);
    gen_finish(g);
    OBJ_CLEAR(g->name);
    OBJ_CLEAR(g->qualname);
    obj_free(self);
}

static Object *gen_sizeof_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args); UNUSED(nargs); UNUSED(kwnames);
    GenObject *g = (GenObject *)self;
    ssize_t size = (ssize_t)sizeof(GenObject);
    if (g->frame != NULL)
        size += (ssize_t)sizeof(Frame) + (ssize_t)sizeof(Object *) * g->frame->nslots;
    return int_from_ssize(size);
}

static Object *gen_get_name(Object *self, void *c) { UNUSED(c); return obj_newref(((GenObject *)self)->name); }
static Object *gen_get_qualname(Object *self, void *c) { UNUSED(c); return obj_newref(((GenObject *)self)->qualname); }
static Object *gen_get_running(Object *self, void *c) { UNUSED(c); return bool_from(((GenObject *)self)->running); }

static Object *gen_get_code(Object *self, void *c)
{
    UNUSED(c);
    GenObject *g = (GenObject *)self;
    if (g->frame == NULL) RETURN_NONE;
    return obj_newref((Object *)g->frame->code);
}

static MethodDef gen_methods[] = {
    {"send", gen_send_m, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw_m, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", gen_close_m, 0, "close() -> raise GeneratorExit inside generator."},
    {"__sizeof__", gen_sizeof_m, 0, "gen.__sizeof__() -> size of gen in memory, in bytes"},
    {NULL, NULL, 0, NULL}
};

static Object *gen_get_frame(Object *self, void *c)
{
    UNUSED(c);
    GenObject *g = (GenObject *)self;
    if (g->frame == NULL) RETURN_NONE;
    return frame_object_new(g->frame);
}

static GetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"__name__", gen_get_name, NULL, NULL, NULL},
    {"__qualname__", gen_get_qualname, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject generator_type = {
    .ob = {{1, &type_type}, 0},
    .name = "generator",
    .basicsize = sizeof(GenObject),
    .flags = TPFLAG_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getset = gen_getset,
    .weaklistoffset = offsetof(GenObject, weakreflist),
};
