/* config.c - the table of built-in modules (see config.h). */
#include "config.h"

#include <string.h>

/* Modules of other areas that may not be linked in yet are declared weak:
 * a missing one is simply not importable (ModuleNotFoundError). */
#if defined(__GNUC__) || defined(__clang__)
#define RP_WEAK __attribute__((weak))
#else
#define RP_WEAK
#endif
RP_WEAK RpObject *rp_math_module_init(void);

const RpBuiltinModule rp_builtin_modules[] = {
    { "builtins", NULL },
    { "sys", NULL },
    { "_imp", rp_imp_module_init },
    { "atexit", rp_atexit_module_init },
    { "ctypes", rp_ctypes_module_init },
    { "gc", rp_gc_module_init },
    { "math", rp_math_module_init },
    { "posix", rp_posix_module_init },
    { "time", rp_time_module_init },
    { "_traceback", rp_traceback_module_init },
    { "_weakref", rp_weakrefmodule_init },
    { NULL, NULL }
};

int rp_builtin_module_exists(const char *name)
{
    for (const RpBuiltinModule *m = rp_builtin_modules; m->name != NULL; m++) {
        if (strcmp(m->name, name) == 0) {
            return m->init != NULL || strcmp(name, "builtins") == 0 || strcmp(name, "sys") == 0;
        }
    }
    return 0;
}
