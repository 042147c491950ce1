/* registry.c: the table of built-in modules, derived from stdlib/modules.def by X-macro (the
 * import system and sys.builtin_module_names read it), and the list of stdlib/'s static types. */
#include "stdlib/modules.h"
#include "stdlib/builtins_internal.h"
#include "objects/typeobject.h"
#include "objects/weakrefobject.h"

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

const FrozenModule *stdlib_frozen_find(const char *name)
{
    for (const FrozenModule *m = stdlib_frozen_modules; m->name != NULL; m++) {
        if (strcmp(m->name, name) == 0)
            return m;
    }
    return NULL;
}

extern TypeObject mod_random_type, mod_time_struct_time_type;   /* _random.Random, time.struct_time */

extern TypeObject bufreader_type, bufwriter_type, bufrandom_type, stringio_type, bytesio_type,
    bytearray_type, bytearray_iter_type;   /* stdlib/fileobject.h, stdlib/mod_io.c, objects/bytearrayobject.h */
TypeObject *const stdlib_static_types[] = {
    &file_type, &bufreader_type, &bufwriter_type, &bufrandom_type, &stringio_type, &bytesio_type,
    &bytearray_type, &bytearray_iter_type,
    &quitter_type,
    &namespace_type,
    &version_info_type,
    &float_info_type,
    &mod_random_type, &mod_time_struct_time_type,   /* stdlib/mod_random.c, stdlib/mod_time.c */
    &weakref_type, &weakproxy_type, &weakcallableproxy_type,
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

void mod_tracemalloc_fini(void);     /* stdlib/mod_tracemalloc.h */

void stdlib_fini(void)
{
    mod_tracemalloc_fini();
    mod_sys_clear_cache();
    for (TypeObject *const *t = stdlib_static_types; *t != NULL; t++)
        type_fini_static(*t);
}
