/* errors.h: raising, testing and fetching the current exception (the NULL/-1 convention's other
 * half), and the built-in exception types. One exception is pending at a time, held by the VM. */
#ifndef TALLY_ERRORS_H
#define TALLY_ERRORS_H

#include "objects/object.h"
#include <stdarg.h>

#define EXC(name, base, doc) extern TypeObject *Exc_##name;
#include "objects/exceptions.def"
#undef EXC

/* The layout of every exception instance (CPython's PyBaseExceptionObject). */
typedef struct ExceptionObject {
    Object ob;
    Object *dict;
    Object *args;          /* tuple */
    Object *notes;
    Object *traceback;     /* Traceback object or NULL */
    Object *context;       /* __context__ */
    Object *cause;         /* __cause__ */
    char suppress_context;
    Object *extra[4];      /* per-type fields: SystemExit.code, StopIteration.value,
                            * SyntaxError (msg, filename, lineno, offset, ...: see exceptions.c) */
} ExceptionObject;

#define EXC_CHECK(o) TYPE_HAS_FLAG(TYPE(o), TPFLAG_BASE_EXC_SUBCLASS)
#define EXC_TYPE_CHECK(t) (TYPE_HAS_FLAG(TYPE(t), TPFLAG_TYPE_SUBCLASS) && \
                           TYPE_HAS_FLAG((TypeObject *)(t), TPFLAG_BASE_EXC_SUBCLASS))

int exc_types_init(void);       /* creates the hierarchy of exceptions.def; -1 on failure */
void exc_types_fini(void);

/* All of these set the pending exception and return NULL so callers can `return exc_...(...)`. */
Object *exc_set_string(TypeObject *type, const char *msg);
/* fmt takes str_from_format's codes: %s %d %zd %c, %R repr, %S str, %U a str's text, %T type name. */
Object *exc_format(TypeObject *type, const char *fmt, ...);
Object *exc_set_object(TypeObject *type, Object *value);  /* value: args of type(value), or an instance */
Object *exc_no_memory(void);    /* raises a MemoryError without allocating */
Object *exc_bad_internal_call(const char *where);          /* SystemError */
/* A SyntaxError/IndentationError/TabError with CPython's attributes (msg, filename, lineno, offset,
 * text, end_lineno, end_offset). text may be NULL. */
Object *exc_set_syntax_error(const char *type, const char *msg, const char *filename, int lineno,
                             int offset, const char *text, int end_lineno, int end_offset);

bool exc_occurred(void);
Object *exc_occurred_borrow(void);        /* the pending exception instance, or NULL */
bool exc_matches(TypeObject *type);       /* pending exception is an instance of type */
Object *exc_fetch(void);                  /* new ref to the pending exception (or NULL); clears it */
void exc_restore(Object *exc_steal);      /* makes exc (may be NULL) the pending exception */
void exc_clear(void);
/* Creates an instance: type(*args). New ref. */
Object *exc_new(TypeObject *type, Object *const *args, ssize_t nargs);
/* Chaining: sets exc.__context__ (with cycle breaking, as CPython). */
void exc_set_context(Object *exc, Object *context);
/* str(exc) as CPython shows it after "TypeError: " (KeyError's repr of its key, etc.). */
Object *exc_message_str(Object *exc);

/* C-level recursion guard (CPython's Py_EnterRecursiveCall): 0, or -1 with RecursionError
 * "maximum recursion depth exceeded<where>" once the depth passes sys.getrecursionlimit(). */
int vm_enter_recursion(const char *where);
void vm_leave_recursion(void);

/* Argument checking helpers for built-in functions, with CPython's messages. -1 on error. */
int arg_no_kwargs(const char *fname, Object *kwnames);                 /* "f() takes no keyword arguments" */
int arg_count(const char *fname, ssize_t nargs, ssize_t min, ssize_t max);
/* Unpacks positional+keyword arguments against names[] (NULL-terminated). Fills out[] with
 * borrowed refs (NULL for missing optional ones); [npos_only] leading names are positional-only,
 * [nrequired] must be present. CPython's messages for missing/duplicate/unexpected arguments. */
int arg_parse(const char *fname, Object *const *args, ssize_t nargs, Object *kwnames,
              const char *const *names, int npos_only, int nrequired, Object **out);

#endif
