/* call.c: frames and calls of Python functions: binding positional, keyword, default, *args and
 * **kwargs arguments into a new frame's locals with CPython 3.11's error messages, creating cells
 * and copying the closure, and starting generators. */
#include "vm/call.h"
#include "vm/frame.h"
#include "vm/frameobject.h"
#include "vm/vmstate.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "gc/alloc.h"
#include "objects/funcobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/dictobject.h"
#include <assert.h>
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

/* ---- the frame stack ----------------------------------------------------------------------
 * Frames of ordinary calls live and die in LIFO order, so they are carved from big chunks by a
 * pointer bump (as CPython 3.11's data stack) instead of asking the allocator on every call; the
 * fast paths are inline in frame.h. A generator's frame outlives the call that makes it: it comes
 * from the allocator (on_heap). The chunks are plain malloc memory, like CPython's, so they count
 * in no heap statistics. */
typedef struct FrameChunk {
    struct FrameChunk *prev;
    char *prev_top;            /* the previous chunk's top when this one was started */
    size_t size;               /* usable bytes in data */
    alignas(16) char data[];
} FrameChunk;

#define FRAME_CHUNK_SIZE ((size_t)64 * 1024 - sizeof(FrameChunk))

FrameStack frame_stack;
static FrameChunk *chunk;      /* the chunk frames are carved from now */
static FrameChunk *spare;      /* one emptied chunk kept, so a call at a chunk border is cheap */

Frame *frame_stack_push_chunk(size_t need)
{
    FrameChunk *c = spare;
    if (c == NULL || c->size < need) {
        size_t size = need > FRAME_CHUNK_SIZE ? need : FRAME_CHUNK_SIZE;
        c = malloc(sizeof(FrameChunk) + size);
        if (c == NULL)
            return NULL;
        c->size = size;
        if (spare != NULL)
            free(spare);
    }
    spare = NULL;
    c->prev = chunk;
    c->prev_top = frame_stack.top;
    chunk = c;
    frame_stack.base = c->data;
    frame_stack.top = c->data + need;
    frame_stack.limit = c->data + c->size;
    return (Frame *)c->data;
}

void frame_stack_pop_chunk(void)
{
    if (chunk->prev == NULL)
        return;                 /* the first chunk stays */
    if (spare != NULL)
        free(spare);
    spare = chunk;
    chunk = chunk->prev;
    frame_stack.base = chunk->data;
    frame_stack.top = spare->prev_top;
    frame_stack.limit = chunk->data + chunk->size;
}

void frame_stack_fini(void)
{
    while (chunk != NULL) {
        FrameChunk *prev = chunk->prev;
        free(chunk);
        chunk = prev;
    }
    free(spare);
    spare = NULL;
    frame_stack.top = frame_stack.limit = frame_stack.base = NULL;
}

Frame *frame_new(CodeObject *code, Object *func, Object *globals, Object *builtins, Object *locals)
{
    int nslots = code->nlocals + code->ncells + code->nfrees + code->stacksize;
    bool on_heap = (code->flags & CO_GENERATOR) != 0;
    size_t bytes = frame_bytes(nslots);
    Frame *f = on_heap ? mem_alloc(bytes) : frame_stack_alloc(bytes);
    if (f == NULL)
        return (Frame *)exc_no_memory();
    memset(f, 0, sizeof(Frame) + sizeof(Object *) * (size_t)(code->nlocals + code->ncells + code->nfrees));
    f->code = (CodeObject *)obj_newref((Object *)code);
    f->func = obj_xnewref(func);
    f->globals = func != NULL ? globals : obj_newref(globals);
    f->builtins = func != NULL ? builtins : obj_newref(builtins);
    f->locals = obj_xnewref(locals);
    f->ip = code->code;
    f->serial = frame_next_serial();
    f->nslots = nslots;
    f->on_heap = on_heap;
    f->sp = FRAME_STACK_BASE(f);
    return f;
}

void frame_free(Frame *f)
{
    if (!f->on_heap) {
        frame_free_stacked(f);
        return;
    }
    int n = f->code->nlocals + f->code->ncells + f->code->nfrees;
    for (int i = 0; i < n; i++)
        OBJ_CLEAR(f->slots[i]);
    Object **base = FRAME_STACK_BASE(f);
    while (f->sp > base) {
        Object *v = *--f->sp;
        OBJ_XDECREF(v);
    }
    OBJ_CLEAR(f->locals);
    if (f->func == NULL) {
        OBJ_CLEAR(f->globals);
        OBJ_CLEAR(f->builtins);
    }
    OBJ_CLEAR(f->func);
    Object *code = (Object *)f->code;
    f->code = NULL;
    mem_free(f);
    OBJ_DECREF(code);
}

int frame_traverse(Frame *f, visitproc visit, void *arg)
{
    VISIT(f->code);
    VISIT(f->func);
    if (f->func == NULL) {             /* else borrowed from the function */
        VISIT(f->globals);
        VISIT(f->builtins);
    }
    VISIT(f->locals);
    int n = f->code->nlocals + f->code->ncells + f->code->nfrees;
    for (int i = 0; i < n; i++)
        VISIT(f->slots[i]);
    for (Object **p = FRAME_STACK_BASE(f); p < f->sp; p++)
        VISIT(*p);
    return 0;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Object *name_list(Object **names, int n)
{
    StrBuilder sb;
    sb_init(&sb);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_append_cstr(&sb, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        sb_append_char(&sb, '\'');
        sb_append_str(&sb, names[i]);
        sb_append_char(&sb, '\'');
    }
    return sb_finish(&sb);
}

static void missing_args(FunctionObject *fn, Object **names, int n, const char *kind)
{
    Object *list = name_list(names, n);
    if (list == NULL)
        return;
    exc_format(Exc_TypeError, "%U() missing %d required %s argument%s: %U", fn->qualname, n, kind,
               n == 1 ? "" : "s", list);
    OBJ_DECREF(list);
}

static void too_many_positional(FunctionObject *fn, CodeObject *co, ssize_t given, Object **slots)
{
    int argcount = co->argcount;
    ssize_t ndef = fn->defaults ? TUPLE_SIZE(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int i = argcount; i < argcount + co->kwonlyargcount; i++)
        if (slots[i] != NULL)
            kwonly_given++;
    Object *sig;
    if (ndef > 0)
        sig = str_from_format("from %zd to %d positional arguments", argcount - ndef, argcount);
    else
        sig = str_from_format("%d positional argument%s", argcount, argcount == 1 ? "" : "s");
    if (sig == NULL)
        return;
    if (kwonly_given > 0)
        exc_format(Exc_TypeError, "%U() takes %U but %zd positional argument%s (and %d keyword-only argument%s) were given",
                   fn->qualname, sig, given, given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        exc_format(Exc_TypeError, "%U() takes %U but %zd %s given", fn->qualname, sig, given,
                   given == 1 ? "was" : "were");
    OBJ_DECREF(sig);
}

static int find_param(CodeObject *co, Object *name, int from, int to)
{
    Object *const *vn = TUPLE_ITEMS(co->varnames);
    for (int i = from; i < to; i++)
        if (vn[i] == name)
            return i;
    for (int i = from; i < to; i++)
        if (str_eq(vn[i], name))
            return i;
    return -1;
}

Frame *vm_frame_for_call(Object *func, Object *const *args, ssize_t nargs, Object *kwnames)
{
    FunctionObject *fn = (FunctionObject *)func;
    CodeObject *co = (CodeObject *)fn->code;
    Frame *f = frame_new(co, func, fn->globals, fn->builtins, NULL);
    if (f == NULL)
        return NULL;
    Object **slots = f->slots;
    if (kwnames == NULL && nargs == co->argcount && co->kwonlyargcount == 0 && co->ncells == 0 &&
        co->nfrees == 0 && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        /* the common case: exactly the positional arguments, nothing else to set up */
        for (ssize_t i = 0; i < nargs; i++)
            slots[i] = obj_newref(args[i]);
        return f;
    }
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    ssize_t n = nargs < argcount ? nargs : argcount;
    for (ssize_t i = 0; i < n; i++)
        slots[i] = obj_newref(args[i]);
    int varargs_slot = (co->flags & CO_VARARGS) ? total : -1;
    int kwargs_slot = (co->flags & CO_VARKEYWORDS) ? total + (varargs_slot >= 0) : -1;
    if (varargs_slot >= 0) {
        Object *rest = tuple_from_array(args + n, nargs - n);
        if (rest == NULL)
            goto error;
        slots[varargs_slot] = rest;
    }
    Object *kwdict = NULL;
    if (kwargs_slot >= 0) {
        kwdict = dict_new();
        if (kwdict == NULL)
            goto error;
        slots[kwargs_slot] = kwdict;
    }
    ssize_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        Object *name = TUPLE_GET(kwnames, k);
        Object *value = args[nargs + k];
        int j = find_param(co, name, co->posonlyargcount, total);
        if (j < 0) {
            if (kwdict != NULL) {
                if (dict_set_item(kwdict, name, value) < 0)
                    goto error;
                continue;
            }
            if (find_param(co, name, 0, co->posonlyargcount) >= 0)
                exc_format(Exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                           fn->qualname, name);
            else
                exc_format(Exc_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, name);
            goto error;
        }
        if (slots[j] != NULL) {
            exc_format(Exc_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, name);
            goto error;
        }
        slots[j] = obj_newref(value);
    }
    if (nargs > argcount && varargs_slot < 0) {
        too_many_positional(fn, co, nargs, slots);
        goto error;
    }
    if (nargs < argcount) {
        ssize_t ndef = fn->defaults ? TUPLE_SIZE(fn->defaults) : 0;
        ssize_t first_default = argcount - ndef;
        Object *missing[64];
        int nmissing = 0;
        for (ssize_t i = nargs; i < argcount; i++) {
            if (slots[i] != NULL)
                continue;
            if (i >= first_default)
                slots[i] = obj_newref(TUPLE_GET(fn->defaults, i - first_default));
            else if (nmissing < 64)
                missing[nmissing++] = TUPLE_GET(co->varnames, i);
        }
        if (nmissing > 0) {
            missing_args(fn, missing, nmissing, "positional");
            goto error;
        }
    }
    if (co->kwonlyargcount > 0) {
        Object *missing[64];
        int nmissing = 0;
        for (int i = argcount; i < total; i++) {
            if (slots[i] != NULL)
                continue;
            Object *name = TUPLE_GET(co->varnames, i);
            Object *d = fn->kwdefaults ? dict_get_item_borrow(fn->kwdefaults, name) : NULL;
            if (d != NULL)
                slots[i] = obj_newref(d);
            else if (nmissing < 64)
                missing[nmissing++] = name;
        }
        if (nmissing > 0) {
            missing_args(fn, missing, nmissing, "keyword-only");
            goto error;
        }
    }
    /* cells for captured locals (a captured parameter moves into its cell), then the closure */
    for (int i = 0; i < co->ncells; i++) {
        int a = co->cell2arg ? co->cell2arg[i] : -1;
        Object *cell = cell_new(a >= 0 ? slots[a] : NULL);
        if (cell == NULL)
            goto error;
        if (a >= 0)
            OBJ_CLEAR(slots[a]);
        slots[co->nlocals + i] = cell;
    }
    for (int i = 0; i < co->nfrees; i++)
        slots[co->nlocals + co->ncells + i] = obj_newref(TUPLE_GET(fn->closure, i));
    return f;
error:
    frame_free(f);
    return NULL;
}

Object *vm_call_function(Object *func, Object *const *args, ssize_t nargs, Object *kwnames)
{
    Frame *f = vm_frame_for_call(func, args, nargs, kwnames);
    if (f == NULL)
        return NULL;
    FunctionObject *fn = (FunctionObject *)func;
    if (((CodeObject *)fn->code)->flags & CO_GENERATOR)
        return gen_new(f, fn->name, fn->qualname);
    return vm_eval(f);
}

Object *vm_call_prepend(Object *callable, Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    ssize_t total = nargs + (kwnames ? TUPLE_SIZE(kwnames) : 0);
    Object *small[9];
    Object **stack = small;
    if (total + 1 > 9) {
        stack = malloc(sizeof(Object *) * (size_t)(total + 1));
        if (stack == NULL)
            return exc_no_memory();
    }
    stack[0] = self;
    if (total > 0)
        memcpy(stack + 1, args, sizeof(Object *) * (size_t)total);
    Object *r = obj_call(callable, stack, nargs + 1, kwnames);
    if (stack != small)
        free(stack);
    return r;
}
