/* vm_api.h - what the built-in modules need from the VM (ceval, frames,
 * pythonrun, the compiler, function/code/cell objects).
 *
 * Once the VM's headers are in the tree they are included instead of the
 * declarations below (the names were agreed: rp_compile_source, rp_eval_code,
 * rp_run_code_in, rp_eval_get_*, rp_eval_class_body, rp_code_check,
 * rp_function_check, rp_cell_check, rp_cell_get_borrow).  Until then the
 * same declarations stand in, so the modules compile on their own.
 */
#ifndef RP_MODULES_VM_API_H
#define RP_MODULES_VM_API_H

#include "../core/object.h"

#if defined(__has_include)
#if __has_include("../vm/ceval.h") && __has_include("../objects/cellobject.h") && \
    __has_include("../objects/codeobject.h") && __has_include("../vm/pythonrun.h")
#define RP_HAVE_VM_HEADERS 1
#endif
#endif

#ifdef RP_HAVE_VM_HEADERS

#include "../objects/cellobject.h"
#include "../objects/codeobject.h"
#include "../objects/funcobject.h"
#include "../vm/ceval.h"
#include "../vm/pythonrun.h"

#else

/* Run a code object with globals and locals mappings (exec/eval). */
RpObject *rp_eval_code(RpObject *code, RpObject *globals, RpObject *locals);
/* Run a code object in a globals dict (locals = globals): module bodies. */
RpObject *rp_run_code_in(RpObject *code, RpObject *globals);
int rp_code_check(RpObject *o);

/* ---- the executing frame ---- */
/* globals / builtins dict of the innermost Python frame (borrowed), or NULL
 * (no exception) when no Python code runs */
RpObject *rp_eval_get_globals_borrow(void);
RpObject *rp_eval_get_builtins_borrow(void);
/* locals() of the innermost frame (NEW) */
RpObject *rp_eval_get_locals(void);
/* sys._getframe(depth): NEW, or NULL WITHOUT exception when too deep */
RpObject *rp_eval_get_frame(int depth);
/* Run a class body with `ns` as its locals; returns the __classcell__ cell
 * or None. */
RpObject *rp_eval_class_body(RpObject *func, RpObject *ns);

/* ---- functions and cells ---- */
int rp_function_check(RpObject *o);
int rp_cell_check(RpObject *o);
RpObject *rp_cell_get_borrow(RpObject *cell);

#endif

/* ---- compiling (compiler/compile.h; not included here: its AST header
 * is not meant to be mixed with the object headers) ---- */
#ifndef RP_COMPILE_H
enum { RP_COMPILE_EXEC = 0, RP_COMPILE_EVAL = 1, RP_COMPILE_SINGLE = 2 };
/* Compile UTF-8 source text (NUL-terminated) to a code object. */
RpObject *rp_compile_source(const char *src, const char *filename, int mode);
/* the same for `len` bytes with flags (RP_COMPILE_FLAG_BYTES: the source
 * was bytes) and an optimization level (-1: the interpreter's) */
#define RP_COMPILE_FLAG_BYTES    0x20000000
RpObject *rp_compile_source_ex(const char *src, size_t len, const char *filename, int mode,
                               int flags, int optimize);
/* The same for len bytes; *literals gets the list of literal objects to keep
 * alive while the code runs (compile.h) */
RpObject *rp_compile_source_keep(const char *src, size_t len, const char *filename,
                                 int mode, int flags, int optimize, RpObject **literals);
#endif

/* Print exception instance `exc` with its traceback to sys.stderr, as
 * CPython's PyErr_Display (the VM's pythonrun.c may provide it, with
 * source carets; sys.excepthook falls back to its own printer when it is
 * not linked in). */
#if defined(__GNUC__) || defined(__clang__)
void rp_err_display(RpObject *exc) __attribute__((weak));
#else
void rp_err_display(RpObject *exc);
#endif

#endif
