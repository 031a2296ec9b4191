/* config.h - the table of built-in modules (modules written in C).
 *
 * `import name` looks here first (vm/import.c), then among the frozen
 * lib/NAME.py modules, then on sys.path.  Each entry's init function creates
 * the module object and returns a NEW reference (NULL + exception on
 * failure); it is called once per import that does not find the module in
 * sys.modules.
 *
 * To add a module: write RpObject *rp_<name>_module_init(void) in
 * src/modules/<name>module.c, declare it below and add a line to the table
 * in config.c.
 */
#ifndef RP_MODULES_CONFIG_H
#define RP_MODULES_CONFIG_H

#include "../core/object.h"

typedef struct RpBuiltinModule {
    const char *name;
    RpObject *(*init)(void);     /* NULL: the module is made at start-up */
} RpBuiltinModule;

/* ends with { NULL, NULL } */
extern const RpBuiltinModule rp_builtin_modules[];

/* The start-up modules: made once by the driver, in this order.
 *   rp_builtins_init()          the builtins module (every built-in name and
 *                               exception class); stored in
 *                               rp_runtime.builtins / builtins_dict
 *   rp_sys_init(argc, argv)     the sys module, sys.modules, sys.path and the
 *                               standard streams; argv is what sys.argv shows
 *                               (argv[0]: the script path, "-c" or "");
 *                               sys.path[0] is the script's directory
 *                               (absolute) or "" for -c / stdin / the REPL.
 * Both store the module in rp_runtime (which owns it) and return a NEW
 * reference too. */
RpObject *rp_builtins_init(void);
RpObject *rp_sys_init(int argc, char **argv);

RpObject *rp_atexit_module_init(void);
RpObject *rp_traceback_module_init(void);
RpObject *rp_imp_module_init(void);       /* _imp (vm/import.c) */
RpObject *rp_gc_module_init(void);
/* At shutdown, before the modules are torn down: with DEBUG_UNCOLLECTABLE
 * (and not DEBUG_SAVEALL), print gc.garbage if it is not empty, as
 * CPython's _PyGC_DumpShutdownStats (gcmodule.c). */
void rp_gc_dump_shutdown_stats(void);
RpObject *rp_time_module_init(void);
RpObject *rp_posix_module_init(void);
RpObject *rp_ctypes_module_init(void);
RpObject *rp_math_module_init(void);      /* the numbers engineer's */
RpObject *rp_weakrefmodule_init(void);    /* _weakref (weakrefmodule.c) */

/* Run the atexit callbacks (last registered first); for the driver's
 * shutdown, before the modules are cleared. */
void rp_atexit_run(void);

/* True if `name` (a C string) is in the table, or is builtins/sys. */
int rp_builtin_module_exists(const char *name);

#endif
