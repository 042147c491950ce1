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
const BuiltinModule *builtin_module_find(const char *name);

/* sys.stdout / sys.stderr as objects with write() and flush() (stdlib/fileobject.c). */
Object *file_std_new(FILE *fp, const char *name, const char *mode);
/* print(): writes str(o) of each value with sep/end to [file] (an object with write()). */
int builtin_print_to(Object *file, Object *const *values, ssize_t n, Object *sep, Object *end, bool flush);

#endif
