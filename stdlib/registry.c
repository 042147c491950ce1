/* registry.c: the table of built-in modules, derived from stdlib/modules.def by X-macro (the
 * import system and sys.builtin_module_names read it), and the list of stdlib/'s static types. */
#include "stdlib/modules.h"
#include "stdlib/builtins_internal.h"

#include <string.h>

const BuiltinModule builtin_modules[] = {
#define MODULE(name, init) {#name, init},
#include "stdlib/modules.def"
#undef MODULE
    {NULL, NULL},
};

const BuiltinModule *builtin_module_find(const char *name)
{
    for (const BuiltinModule *m = builtin_modules; m->name != NULL; m++) {
        if (strcmp(m->name, name) == 0)
            return m;
    }
    return NULL;
}

TypeObject *const stdlib_static_types[] = {
    &file_type,
    &quitter_type,
    &namespace_type,
    NULL,
};
