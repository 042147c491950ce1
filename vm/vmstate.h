/* vmstate.h: the interpreter's global state, private to vm/ (and the few object files that must
 * reach the pending exception). One interpreter per process, as CPython's main interpreter. */
#ifndef TALLY_VMSTATE_H
#define TALLY_VMSTATE_H

#include "objects/object.h"

struct Frame;

typedef struct VMState {
    Object *curexc;            /* the pending exception (an instance), or NULL */
    Object *handled;           /* the exception being handled (sys.exc_info()), or NULL */
    struct Frame *frame;       /* the innermost running frame */
    int depth;                 /* Python frames + C recursion, checked against the limit */
    bool recursion_headroom;   /* set while RecursionError is being raised */
    Object *builtins;          /* the builtins module's dict */
    Object *builtins_module;
    Object *modules;           /* sys.modules */
    Object *sys;               /* the sys module */
    Object *main_module;
    Object *memory_error;      /* preallocated MemoryError instance */
    Object *source_cache;      /* dict filename -> source str, for tracebacks of <stdin>/-c/REPL */
    bool interactive;
} VMState;

extern VMState vm;

#endif
