/* import.h - the import system.
 *
 * Models CPython 3.11's Python/import.c together with the parts of
 * importlib._bootstrap that a program can observe:
 *
 *   sys.modules          the cache: a module found there is returned as is
 *                        (even a partially initialised one: circular imports)
 *   search order         1. built-in modules (modules/config.c)
 *                        2. frozen modules written in Python (lib/NAME.py)
 *                        3. NAME/__init__.py (a package) or NAME.py in each
 *                           directory of sys.path (or of the parent package's
 *                           __path__); a directory without __init__.py is a
 *                           namespace package if nothing else is found
 *   module attributes    __name__ __doc__ __package__ __loader__ __spec__
 *                        __path__ (packages) __file__ __cached__ __builtins__
 *   errors               ModuleNotFoundError "No module named 'x'",
 *                        ImportError "cannot import name 'y' from 'x' (/p/x.py)",
 *                        "... from partially initialized module 'x' (most
 *                        likely due to a circular import) (...)",
 *                        "attempted relative import with no known parent
 *                        package", "attempted relative import beyond
 *                        top-level package"
 *
 * Everything returns NEW references, NULL + exception on failure.
 */
#ifndef RP_IMPORT_H
#define RP_IMPORT_H

#include "../core/object.h"

/* import NAME (an absolute dotted name): the module NAME itself. */
RpObject *rp_import_module(const char *name);
RpObject *rp_import_module_object(RpObject *name);

/* __import__(name, globals, locals, fromlist, level): what the IMPORT_NAME
 * instruction does.  With an empty fromlist `import a.b.c` gives the top
 * package `a`; with a fromlist the module `a.b.c` itself (submodules named
 * in fromlist are imported).  globals is needed when level > 0 (relative
 * imports); locals is unused, as in CPython. */
RpObject *rp_import_import_name(RpObject *name, RpObject *globals, RpObject *locals,
                                RpObject *fromlist, int level);

/* The IMPORT_NAME instruction: calls builtins.__import__ if a program
 * replaced it, else rp_import_import_name directly.  `builtins` is the
 * frame's builtins dict. */
RpObject *rp_import_name_op(RpObject *builtins, RpObject *globals, RpObject *locals,
                            RpObject *name, RpObject *fromlist, RpObject *level);

/* The IMPORT_FROM instruction (`from module import name`): getattr, then
 * sys.modules["module.name"], then CPython's ImportError messages. */
RpObject *rp_import_from(RpObject *module, RpObject *name);

/* The IMPORT_STAR instruction: copy module.__all__ (or every public
 * name) into `locals`.  0 or -1. */
int rp_import_star(RpObject *module, RpObject *locals);

/* sys.modules[name], creating an empty module there if absent (CPython's
 * PyImport_AddModule).  For the driver's __main__. */
RpObject *rp_import_add_module(const char *name);

/* Give a built-in module made outside the import system (builtins, sys at
 * start-up) the attributes an import would: __spec__ (origin 'built-in'),
 * __loader__, __package__.  0 or -1. */
int rp_import_set_builtin_attrs(RpObject *module);

/* The driver's __main__ module, set up as CPython's: __name__ '__main__',
 * __doc__/__package__/__loader__/__spec__ None, __annotations__ {},
 * __builtins__ (the builtins module), and when `filename` is not NULL
 * (NULL for -c): __file__ (made absolute unless it is "<stdin>"-like) and
 * __cached__ None.  Returns it (NEW); run the script's code in its dict. */
RpObject *rp_import_init_main_module(const char *filename);

/* The module being imported right now?  (its __spec__._initializing) */
int rp_import_is_initializing(RpObject *module);

/* Make a module from source text: compile `source` as `filename`, create
 * module `name` in sys.modules and run the code in it.  On error the module
 * is removed from sys.modules again.  For embedding and tests. */
RpObject *rp_import_exec_source(const char *name, const char *source, const char *filename);

/* Interpreter shutdown: runs the atexit callbacks (rp_atexit_run) and
 * flushes sys.stdout/stderr, then does CPython's finalize_modules(): empties sys.modules
 * and the modules' dicts (newest module first; builtins and sys last) so
 * that objects still referenced by globals are released (their __del__
 * runs), with a garbage collection in between. */
void rp_import_finalize_modules(void);

#endif
