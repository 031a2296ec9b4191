/* vm_api.h - what the built-in modules need from the VM (ceval, frames,
 * pythonrun, function and cell objects).
 *
 * These are the declarations the modules are written against until the
 * VM's own headers (vm/pythonrun.h, vm/frame.h, objects/funcobject.h,
 * objects/cellobject.h ...) land; then this file only includes those, and
 * any name that differs is adapted here, in one place.  Every function
 * follows the usual conventions (NEW references, NULL/-1 + exception).
 */
#ifndef RP_MODULES_VM_API_H
#define RP_MODULES_VM_API_H

#include "../core/object.h"

/* ---- compiling and running code (pythonrun) ---- */
/* compile() modes */
enum { RP_COMPILE_EXEC = 0, RP_COMPILE_EVAL = 1, RP_COMPILE_SINGLE = 2 };
/* Compile UTF-8 source text (NUL-terminated) to a code object; SyntaxError
 * on bad source.  `filename` names the source in tracebacks. */
RpObject *rp_compile_source(const char *source, const char *filename, int mode);
/* Run a code object with the given globals (a dict) and locals (a
 * mapping; may equal globals); returns the value of the code (None for
 * module code, the expression's value for "eval" code). */
RpObject *rp_run_code_in(RpObject *code, RpObject *globals, RpObject *locals);
int rp_code_check(RpObject *o);

/* ---- the executing frame ---- */
/* The globals / builtins dict of the innermost Python frame (borrowed), or
 * NULL (no exception) when no Python code runs. */
RpObject *rp_eval_get_globals_borrow(void);
RpObject *rp_eval_get_builtins_borrow(void);
/* locals() of the innermost frame: a NEW reference to its locals mapping
 * (for a function, a dict refreshed from its fast locals, as CPython's
 * PyEval_GetLocals). */
RpObject *rp_eval_get_locals(void);
/* sys._getframe(depth): the frame object `depth` calls up (NEW), or NULL
 * WITHOUT an exception when the stack is not that deep. */
RpObject *rp_eval_get_frame(int depth);
/* Run a class body: the code of function `func` with `ns` as its locals
 * mapping (CPython's _PyEval_Vector(func, locals=ns)).  Returns the
 * __classcell__ cell the body returns, or None. */
RpObject *rp_eval_class_body(RpObject *func, RpObject *ns);

/* ---- functions and cells ---- */
int rp_function_check(RpObject *o);
int rp_cell_check(RpObject *o);
RpObject *rp_cell_get_borrow(RpObject *cell);    /* NULL when empty */

/* ---- reporting an uncaught exception ---- */
/* Print "Traceback (most recent call last):" ... and the exception line
 * for exception instance `exc` to sys.stderr, as CPython's PyErr_Display
 * (sys.excepthook's work).  Never fails (errors while printing are
 * cleared). */
void rp_err_display(RpObject *exc);

#endif
