/* frame.h: an activation record. Its slots hold the locals, then the cells and free variables,
 * then the value stack; every slot owns its reference. Frames of ordinary calls live only while
 * the call runs; a generator owns its frame between resumptions. Private to vm/. */
#ifndef TALLY_FRAME_H
#define TALLY_FRAME_H

#include "objects/object.h"
#include "objects/codeobject.h"
#include "objects/funcobject.h"
#include "objects/tupleobject.h"
#include "vm/frameobject.h"
#include "vm/errors.h"

typedef struct Frame {
    struct Frame *back;        /* the caller, or NULL */
    CodeObject *code;          /* owned */
    Object *func;              /* owned FunctionObject, NULL for module/exec code */
    Object *globals;           /* dict: borrowed from func, or owned when func is NULL */
    Object *builtins;          /* dict: likewise */
    Object *locals;            /* owned dict for module and class bodies, else NULL */
    const Instr *ip;           /* next instruction, saved whenever the frame is not running */
    Object **sp;               /* stack top, saved likewise */
    Object *gen;               /* the generator owning this frame (borrowed), or NULL */
    uint64_t serial;           /* unique per frame: frame objects recognise their frame by it */
    bool is_entry;             /* eval returns to its C caller when this frame finishes */
    bool yielded;              /* set by YIELD_VALUE when the entry frame suspends */
    bool on_heap;              /* a generator's frame, from the allocator; others are on the frame stack */
    bool is_init;              /* the __init__ of a class call made by the eval loop: its caller
                                * already holds the new instance, and None must come back */
    int nslots;
    Object *slots[];           /* nlocals + ncells + nfrees + stacksize */
} Frame;

#define FRAME_STACK_BASE(f) ((f)->slots + (f)->code->nlocals + (f)->code->ncells + (f)->code->nfrees)

/* A frame for [code] with empty slots; owns new references to everything given. NULL + MemoryError. */
Frame *frame_new(CodeObject *code, Object *func, Object *globals, Object *builtins, Object *locals);
/* Releases the frame's slots and references and frees it. Frames that are not a generator's
 * live on the frame stack and must be freed in the reverse order of their creation. */
void frame_free(Frame *f);
/* ---- the frame stack (vm/call.c): frames of calls that are not generators' ---- */
typedef struct FrameStack {
    char *top, *limit;         /* free space of the current chunk */
    char *base;                /* the current chunk's first byte */
} FrameStack;
extern FrameStack frame_stack;
/* Slow paths: a new chunk with room for [bytes] (NULL, no exception, without memory); back to the
 * previous chunk once the current one is empty. */
Frame *frame_stack_push_chunk(size_t bytes);
void frame_stack_pop_chunk(void);

static inline size_t frame_bytes(int nslots)
{
    return (sizeof(Frame) + sizeof(Object *) * (size_t)nslots + 15) & ~(size_t)15;
}

static ALWAYS_INLINE Frame *frame_stack_alloc(size_t bytes)
{
    char *p = frame_stack.top;
    if (LIKELY((size_t)(frame_stack.limit - p) >= bytes)) {
        frame_stack.top = p + bytes;
        return (Frame *)p;
    }
    return frame_stack_push_chunk(bytes);
}

/* The frame of a call whose arguments need no binding (code->simple_args and nargs equal to
 * its argcount): takes over the reference to [func] and the [nargs] references in [args], which
 * the caller must forget. NULL with MemoryError (the references are then still the caller's). */
static ALWAYS_INLINE Frame *frame_for_simple_call(Object *func, Object **args, ssize_t nargs)
{
    FunctionObject *fn = (FunctionObject *)func;
    CodeObject *co = (CodeObject *)fn->code;
    int nslots = co->nlocals + co->nfrees + co->stacksize;
    Frame *f = frame_stack_alloc(frame_bytes(nslots));
    if (f == NULL)
        return (Frame *)exc_no_memory();
    f->code = (CodeObject *)obj_newref((Object *)co);
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->ip = co->code;
    f->gen = NULL;
    f->serial = frame_next_serial();
    f->is_entry = f->yielded = f->on_heap = f->is_init = false;
    f->nslots = nslots;
    Object **slots = f->slots;
    for (ssize_t i = 0; i < nargs; i++)
        slots[i] = args[i];
    for (int i = (int)nargs; i < co->nlocals; i++)
        slots[i] = NULL;
    for (int i = 0; i < co->nfrees; i++)
        slots[co->nlocals + i] = obj_newref(TUPLE_GET(fn->closure, i));
    f->sp = slots + co->nlocals + co->nfrees;
    return f;
}

/* frame_free of a frame on the frame stack (the last one made). No collector or frame object can
 * reach a finished frame of the frame stack, so its slots are released without clearing them. */
static ALWAYS_INLINE void frame_free_stacked(Frame *f)
{
    CodeObject *code = f->code;
    Object **p = f->slots, **top = f->sp;
    Object **base = p + code->nlocals + code->ncells + code->nfrees;
    while (top > base) {
        Object *v = *--top;
        OBJ_XDECREF(v);
    }
    for (; p < base; p++)
        OBJ_XDECREF(*p);
    OBJ_XDECREF(f->locals);
    if (f->func != NULL) {
        OBJ_DECREF(f->func);
    } else {
        OBJ_DECREF(f->globals);
        OBJ_DECREF(f->builtins);
    }
    frame_stack.top = (char *)f;
    if (UNLIKELY(frame_stack.top == frame_stack.base))
        frame_stack_pop_chunk();
    OBJ_DECREF(code);
}

/* Frees the frame stack's memory (at exit, when no frame is left). */
void frame_stack_fini(void);
/* Index of the instruction the frame is executing (the last one started). */
static inline int frame_lasti(const Frame *f) { return (int)(f->ip - f->code->code) - 1; }
int frame_traverse(Frame *f, visitproc visit, void *arg);

#endif
