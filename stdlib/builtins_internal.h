/* builtins_internal.h: shared by stdlib/builtins*.c, mod_sys.c, mod_dis.c and fileobject.c (private
 * to stdlib/). Argument-count checks with the exact messages of CPython's calling conventions
 * (METH_O, METH_NOARGS, _PyArg_CheckPositional), the std stream type, and the tables that
 * builtins.c assembles into the module. */
#ifndef TALLY_BUILTINS_INTERNAL_H
#define TALLY_BUILTINS_INTERNAL_H

#include "objects/object.h"
#include "objects/tupleobject.h"
#include "vm/errors.h"

/* ---- argument checks (static inline: one copy per user, no exported symbol) ---- */

/* METH_NOARGS-style: "f() takes no arguments (1 given)" / "f() takes no keyword arguments". */
static inline int check_no_args(const char *fname, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 0) {
        exc_format(Exc_TypeError, "%s() takes no arguments (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

/* METH_O-style: "f() takes exactly one argument (0 given)". */
static inline int check_one_arg(const char *fname, ssize_t nargs, Object *kwnames)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 1) {
        exc_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

/* _PyArg_CheckPositional: "f expected 2 arguments, got 1", "f expected at least 1 argument, got 0",
 * "f expected at most 2 arguments, got 3" (the name without parentheses, as CPython). */
static inline int check_positional(const char *fname, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min) {
        exc_format(Exc_TypeError, "%s expected %s%zd argument%s, got %zd", fname,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        exc_format(Exc_TypeError, "%s expected %s%zd argument%s, got %zd", fname,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* Both of the above for functions taking no keywords. */
static inline int check_positional_nokw(const char *fname, ssize_t nargs, Object *kwnames,
                                        ssize_t min, ssize_t max)
{
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0) {
        exc_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return check_positional(fname, nargs, min, max);
}

/* ---- the std stream type (fileobject.c) ---- */

typedef struct FileObject {
    Object ob;
    FILE *fp;
    Object *name;          /* str: '<stdout>' */
    Object *mode;          /* str: 'w' */
    bool readable, writable;
    bool closed;
    bool owns_fp;          /* fclose on close/dealloc (never for the process's std streams) */
} FileObject;

extern TypeObject file_type;
#define FILE_CHECK(o) (TYPE(o) == &file_type)

/* Writes [n] bytes of UTF-8 to a FileObject (no str object needed: print's fast path).
 * 0, or -1 with ValueError (closed) / OSError (not writable, write failure). */
int file_write_utf8(Object *file, const char *s, size_t n);
/* Flushes a FileObject; 0 or -1 with an exception. */
int file_flush(Object *file);
/* Reads one line (with its '\n', if any) from a readable FileObject: a new str ('' at EOF),
 * or NULL with an exception (KeyboardInterrupt when interrupted while waiting). */
Object *file_readline(Object *file, ssize_t limit);

/* ---- tables builtins.c merges into the module (builtins_num.c, builtins_eval.c) ---- */
extern MethodDef builtins_num_methods[];
extern MethodDef builtins_eval_methods[];
extern TypeObject quitter_type;      /* exit and quit (builtins.c) */
extern TypeObject namespace_type;    /* types.SimpleNamespace, for sys.implementation (mod_sys.c) */
extern TypeObject version_info_type; /* sys.version_info's type (mod_sys.c) */
extern TypeObject float_info_type;   /* sys.float_info's type (mod_sys.c) */

/* Releases the interned keys mod_sys_get_borrow caches (stdlib_fini). */
void mod_sys_clear_cache(void);

/* Parses a Python int argument into a C int (CPython's `int` argument converter): TypeError
 * "'str' object cannot be interpreted as an integer", OverflowError "Python int too large to
 * convert to C int". 0 or -1. */
int mod_builtins_as_c_int(Object *o, int *out);
/* Looks [name] up on type(o) and binds it to o (CPython's _PyObject_LookupSpecial). New reference,
 * or NULL with *found = 0 (missing, no exception) or -1 (an exception is set). */
Object *mod_builtins_lookup_special(Object *o, const char *name, int *found);

#endif
