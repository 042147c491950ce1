/* modules.h: the built-in modules (registry in stdlib/modules.def). */
#ifndef TALLY_MODULES_H
#define TALLY_MODULES_H

#include "objects/object.h"

#define MODULE(name, init) Object *init(void);
#include "stdlib/modules.def"
#undef MODULE

typedef struct BuiltinModule {
    const char *name;
    Object *(*init)(void);
} BuiltinModule;

extern const BuiltinModule builtin_modules[];     /* terminated by {NULL, NULL} */

/* Standard-library modules written in Python (stdlib/lib/NAME.py), embedded in the binary by
 * stdlib/embed.sh into build/gen/frozen.c; imported like files, with __file__ "<frozen NAME>". */
typedef struct FrozenModule {
    const char *name;
    const char *source;        /* NUL-terminated UTF-8 */
    size_t len;
} FrozenModule;

extern const FrozenModule stdlib_frozen_modules[];       /* terminated by {NULL, NULL, 0} */
const FrozenModule *stdlib_frozen_find(const char *name);
const BuiltinModule *builtin_module_find(const char *name);

/* sys.stdout / sys.stderr as objects with write() and flush() (stdlib/fileobject.c). */
Object *file_std_new(FILE *fp, const char *name, const char *mode);
/* print(): writes str(o) of each value with sep/end to [file] (an object with write()).
 * file NULL or None: sys.stdout (nothing is written if sys.stdout is None); sep/end NULL or None:
 * " " and "\n". 0, or -1 with an exception (RuntimeError "lost sys.stdout", errors of write()). */
int builtin_print_to(Object *file, Object *const *values, ssize_t n, Object *sep, Object *end, bool flush);

/* sys.argv = argv[0..argc) (argv[0]: the script path as given, "" for the REPL, "-c" for -c;
 * argc 0 gives ['']) and sys.path = [the script's absolute directory, or '']. 0 or -1. */
int mod_sys_set_argv(Object *sys, int argc, char **argv);
/* Borrowed attribute [name] of the sys module in sys.modules (e.g. "stdout"), or NULL without an
 * exception when sys or the attribute is missing. */
Object *mod_sys_get_borrow(const char *name);
/* sys.getrecursionlimit(); the VM raises RecursionError beyond it. Default DEFAULT_RECURSION_LIMIT. */
extern int vm_recursion_limit;

/* The static types defined in stdlib/ (the std stream type, exit/quit's type, sys.implementation's
 * namespace type), NULL-terminated. mod_builtins_init readies them (stdlib_ready_types). */
extern TypeObject *const stdlib_static_types[];
int stdlib_ready_types(void);      /* type_ready on each of them; 0 or -1 */
/* Shutdown, after the modules are gone: releases what stdlib/ keeps (its static types' dicts). */
void stdlib_fini(void);

#endif
