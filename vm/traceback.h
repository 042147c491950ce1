/* traceback.h: traceback objects (one per frame an exception passed through) and printing
 * exceptions as CPython 3.11 does, carets and chained exceptions included. */
#ifndef TALLY_TRACEBACK_H
#define TALLY_TRACEBACK_H

#include "objects/object.h"
#include "objects/codeobject.h"

typedef struct TracebackObject {
    Object ob;
    Object *next;              /* the traceback of the frame called from here, or NULL */
    Object *code;              /* CodeObject */
    int lasti;                 /* instruction index */
    int lineno;
} TracebackObject;

extern TypeObject traceback_type;

/* Adds an entry for (code, lasti) at the head of [exc]'s traceback. 0 or -1. */
int tb_add(Object *exc, CodeObject *code, int lasti);
/* Prints [exc] with its traceback and chain to [out] exactly like CPython's default excepthook. */
void tb_print_exception(Object *exc, FILE *out);
/* As tb_print_exception; [chain_too] false prints [exc] alone, without its cause or context. */
void tb_print_exception_ex(Object *exc, FILE *out, bool chain_too);
/* Prints one traceback entry ("  File ..., line N, in f", the source line, carets) of the
 * traceback object [tb] to [out]; nothing for a frame tracebacks hide. */
void tb_print_entry(Object *tb, FILE *out);
/* Prints "Exception ignored in: <repr of obj>" and the pending exception (which it clears), as
 * CPython does for errors in finalizers and other places that cannot raise. */
void vm_write_unraisable(Object *obj);
/* CPython 3.11's "Did you mean" for a NameError: the closest of the local names, else of the
 * globals, else of the builtins. New ref, or NULL. */
Object *tb_suggest_name(Object *name, Object *varnames, Object *globals, Object *builtins);

#endif
