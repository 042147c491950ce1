/* frameobject.c: frame objects for Python code (sys._getframe, generator.gi_frame). tally's frames
 * are not objects, so a frame object is a view of a live frame: it remembers the frame and the
 * frame's serial number, and reads it while that frame still exists; once the frame has finished,
 * it keeps the values it last saw (code, globals, line), as CPython's frame objects outlive their
 * frames. */
#include "vm/frameobject.h"
#include "vm/frame.h"
#include "vm/vmstate.h"
#include "vm/errors.h"
#include "objects/strobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "gc/gc.h"

typedef struct FrameObject {
    Object ob;
    Frame *frame;              /* the live frame, valid only while its serial matches */
    uint64_t serial;
    Object *code, *globals, *builtins;
    int lineno;                /* the line when last seen */
} FrameObject;

uint64_t frame_serial_counter = 1;

/* The live frame behind [fo], or NULL once it has finished (found on the running chain or as a
 * suspended generator's frame by its serial). */
static Frame *live(FrameObject *fo)
{
    for (Frame *f = vm.frame; f != NULL; f = f->back)
        if (f == fo->frame && f->serial == fo->serial)
            return f;
    return NULL;
}

Object *frame_object_new(struct Frame *f)
{
    FrameObject *fo = (FrameObject *)obj_alloc(&frame_object_type, 0);
    if (fo == NULL)
        return NULL;
    fo->frame = f;
    fo->serial = f->serial;
    fo->code = obj_newref((Object *)f->code);
    fo->globals = obj_newref(f->globals);
    fo->builtins = obj_newref(f->builtins);
    fo->lineno = code_line_of(f->code, frame_lasti(f));
    gc_track((Object *)fo);
    return (Object *)fo;
}

static int fo_traverse(Object *self, visitproc visit, void *arg)
{
    FrameObject *fo = (FrameObject *)self;
    VISIT(fo->code);
    VISIT(fo->globals);
    VISIT(fo->builtins);
    return 0;
}

static int fo_clear(Object *self)
{
    FrameObject *fo = (FrameObject *)self;
    OBJ_CLEAR(fo->globals);
    OBJ_CLEAR(fo->builtins);
    return 0;
}

static void fo_dealloc(Object *self)
{
    gc_untrack(self);
    fo_clear(self);
    OBJ_CLEAR(((FrameObject *)self)->code);
    obj_free(self);
}

static Object *fo_get_code(Object *self, void *c) { UNUSED(c); return obj_newref(((FrameObject *)self)->code); }

static Object *fo_get_globals(Object *self, void *c)
{
    UNUSED(c);
    Object *g = ((FrameObject *)self)->globals;
    return obj_newref(g ? g : NONE);
}

static Object *fo_get_builtins(Object *self, void *c)
{
    UNUSED(c);
    Object *b = ((FrameObject *)self)->builtins;
    return obj_newref(b ? b : NONE);
}

static Object *fo_get_lineno(Object *self, void *c)
{
    UNUSED(c);
    FrameObject *fo = (FrameObject *)self;
    Frame *f = live(fo);
    if (f != NULL)
        fo->lineno = code_line_of(f->code, frame_lasti(f));
    return int_from_long(fo->lineno);
}

/* f_locals: the locals dict of module and class bodies, else a snapshot of the fast locals */
static Object *fo_get_locals(Object *self, void *c)
{
    UNUSED(c);
    FrameObject *fo = (FrameObject *)self;
    Frame *f = live(fo);
    if (f == NULL)
        return dict_new();
    if (f->locals != NULL)
        return obj_newref(f->locals);
    Object *d = dict_new();
    if (d == NULL)
        return NULL;
    CodeObject *co = f->code;
    for (int i = 0; i < co->nlocals + co->ncells + co->nfrees; i++) {
        Object *v = f->slots[i];
        Object *name;
        if (i < co->nlocals) {
            name = TUPLE_GET(co->varnames, i);
        } else {
            v = v ? ((CellObject *)v)->ref : NULL;
            int k = i - co->nlocals;
            name = k < co->ncells ? TUPLE_GET(co->cellvars, k) : TUPLE_GET(co->freevars, k - co->ncells);
        }
        if (v != NULL && dict_set_item(d, name, v) < 0) {
            OBJ_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static Object *fo_get_back(Object *self, void *c)
{
    UNUSED(c);
    Frame *f = live((FrameObject *)self);
    if (f == NULL || f->back == NULL)
        RETURN_NONE;
    return frame_object_new(f->back);
}

static Object *fo_repr(Object *self)
{
    FrameObject *fo = (FrameObject *)self;
    CodeObject *co = (CodeObject *)fo->code;
    Frame *f = live(fo);
    if (f != NULL)
        fo->lineno = code_line_of(f->code, frame_lasti(f));
    return str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)self, co->filename,
                           fo->lineno, co->name);
}

static GetSetDef fo_getset[] = {
    {"f_code", fo_get_code, NULL, NULL, NULL},
    {"f_globals", fo_get_globals, NULL, NULL, NULL},
    {"f_builtins", fo_get_builtins, NULL, NULL, NULL},
    {"f_locals", fo_get_locals, NULL, NULL, NULL},
    {"f_lineno", fo_get_lineno, NULL, NULL, NULL},
    {"f_back", fo_get_back, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

TypeObject frame_object_type = {
    .ob = {{1, &type_type}, 0},
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .flags = TPFLAG_GC,
    .dealloc = fo_dealloc,
    .traverse = fo_traverse,
    .clear = fo_clear,
    .repr = fo_repr,
    .getset = fo_getset,
};

Object *vm_getframe(int depth)
{
    Frame *f = vm.frame;
    for (int i = 0; f != NULL && i < depth; i++)
        f = f->back;
    if (f == NULL)
        return exc_set_string(Exc_ValueError, "call stack is not deep enough");
    return frame_object_new(f);
}
