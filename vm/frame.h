/* frame.h: an activation record. Its slots hold the locals, then the cells and free variables,
 * then the value stack; every slot owns its reference. Frames of ordinary calls live only while
 * the call runs; a generator owns its frame between resumptions. Private to vm/. */
#ifndef TALLY_FRAME_H
#define TALLY_FRAME_H

#include "objects/object.h"
#include "objects/codeobject.h"

typedef struct Frame {
    struct Frame *back;        /* the caller, or NULL */
    CodeObject *code;          /* owned */
    Object *func;              /* owned FunctionObject, NULL for module/exec code */
    Object *globals;           /* owned dict */
    Object *builtins;          /* owned dict */
    Object *locals;            /* owned dict for module and class bodies, else NULL */
    const Instr *ip;           /* next instruction, saved whenever the frame is not running */
    Object **sp;               /* stack top, saved likewise */
    Object *gen;               /* the generator owning this frame (borrowed), or NULL */
    uint64_t serial;           /* unique per frame: frame objects recognise their frame by it */
    bool is_entry;             /* eval returns to its C caller when this frame finishes */
    bool yielded;              /* set by YIELD_VALUE when the entry frame suspends */
    bool on_heap;              /* a generator's frame, from the allocator; others are on the frame stack */
    int nslots;
    Object *slots[];           /* nlocals + ncells + nfrees + stacksize */
} Frame;

#define FRAME_STACK_BASE(f) ((f)->slots + (f)->code->nlocals + (f)->code->ncells + (f)->code->nfrees)

/* A frame for [code] with empty slots; owns new references to everything given. NULL + MemoryError. */
Frame *frame_new(CodeObject *code, Object *func, Object *globals, Object *builtins, Object *locals);
/* Releases the frame's slots and references and frees it. Frames that are not a generator's
 * live on the frame stack and must be freed in the reverse order of their creation. */
void frame_free(Frame *f);
/* The frame of a call whose arguments need no binding (code->simple_args and nargs equal to
 * its argcount): takes over the reference to [func] and the [nargs] references in [args], which
 * the caller must forget. NULL with MemoryError (the references are then still the caller's). */
Frame *frame_for_simple_call(Object *func, Object **args, ssize_t nargs);
/* Frees the frame stack's memory (at exit, when no frame is left). */
void frame_stack_fini(void);
/* Index of the instruction the frame is executing (the last one started). */
static inline int frame_lasti(const Frame *f) { return (int)(f->ip - f->code->code) - 1; }
int frame_traverse(Frame *f, visitproc visit, void *arg);

#endif
