/* call.h: calling Python functions (argument binding with CPython's messages, frames, generators). */
#ifndef TALLY_CALL_H
#define TALLY_CALL_H

#include "objects/object.h"

struct Frame;

/* function_type's call slot. */
Object *vm_call_function(Object *func, Object *const *args, ssize_t nargs, Object *kwnames);
/* Calls [callable] with [self] prepended to the arguments (bound methods). */
Object *vm_call_prepend(Object *callable, Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
/* A frame for calling [func] with the arguments bound into its locals, or NULL with an exception. */
struct Frame *vm_frame_for_call(Object *func, Object *const *args, ssize_t nargs, Object *kwnames);
/* Runs [f] (an entry frame) to completion or until it yields; consumes the frame unless it yielded. */
Object *vm_eval(struct Frame *f);
/* The builtins dict of the running program. */
Object *vm_builtins_borrow(void);

#endif
