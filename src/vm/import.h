/* import.h - the contract between the VM and the import system.
 *
 * The modules engineer implements these (src/vm/import.c or
 * src/modules/); the eval loop calls them for IMPORT_NAME, IMPORT_FROM and
 * IMPORT_STAR.  In return the VM provides rp_run_code_in (pythonrun.h)
 * and rp_compile_source (compiler/compile.h) to run a module's code.
 */
#ifndef RP_IMPORT_H
#define RP_IMPORT_H

#include "../core/object.h"

/* __import__(name, globals, None, fromlist, level) as IMPORT_NAME needs
 * it: `name` a str, `fromlist` None or a tuple of str, level >= 0.
 * Returns the module (NEW reference) or NULL with ImportError /
 * ModuleNotFoundError ("No module named 'x'") set.  When builtins
 * __import__ was replaced by the program, the VM calls that instead. */
RpObject *rp_import_name(RpObject *name, RpObject *globals, RpObject *fromlist, int level);

/* `from module import name`: getattr(module, name), falling back to
 * sys.modules["<module>.<name>"]; raises ImportError "cannot import name
 * 'x' from 'm' (path)" with CPython's wording. NEW reference. */
RpObject *rp_import_from(RpObject *module, RpObject *name);

/* `from module import *` into the locals mapping (honours __all__, else
 * skips names starting with '_').  0 or -1. */
int rp_import_star(RpObject *module, RpObject *locals);

#endif
