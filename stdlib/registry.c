/* registry.c: the table of built-in modules, derived from stdlib/modules.def by X-macro (the
 * import system and sys.builtin_module_names read it), and the list of stdlib/'s static types. */
#include "stdlib/modules.h"
#include "stdlib/builtins_internal.h"
#include "objects/typeobject.h"

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

const FrozenModule *frozen_module_find(const char *name)
{
    for (const FrozenModule *m = frozen_modules; m->name != NULL; m++) {
        if (strcmp(m->name, name) == 0)
            return m;
    }
    return NULL;
}

TypeObject *const stdlib_static_types[] = {
    &file_type,
    &quitter_type,
    &namespace_type,
    &version_info_type,
    NULL,
};

int stdlib_ready_types(void)
{
    for (TypeObject *const *t = stdlib_static_types; *t != NULL; t++) {
        if (type_ready(*t) < 0)
            return -1;
    }
    return 0;
}

void stdlib_fini(void)
{
    mod_sys_clear_cache();
    for (TypeObject *const *t = stdlib_static_types; *t != NULL; t++)
        type_fini_static(*t);
}
