/* builtins.h - private to the builtins module's files. */
#ifndef RP_MODULES_BUILTINS_H
#define RP_MODULES_BUILTINS_H

#include "../core/object.h"

/* builtins_functions.c: len, abs, min, max, sum, sorted, iter, next, ... */
extern RpMethodDef rp_builtin_functions_compute[];
/* vm/import.c: __import__ (the IMPORT_NAME fast path recognises it) */
extern RpMethodDef rp_import_builtin_def;

#endif
