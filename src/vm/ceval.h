/* ceval.h - the evaluation loop and what the rest of the interpreter
 * asks of the running code.
 *
 * Models CPython 3.11's Python/ceval.c.  One C invocation of the loop
 * (rp_eval_frame) runs a frame and every Python function it calls
 * directly: such calls push a frame and continue in the same loop, so
 * Python recursion does not consume the C stack.  Calls that go through C
 * (a Python function called by a built-in, a __dunder__ slot, a
 * generator's next()) enter the loop again (rp_eval_vector); each such
 * entry checks the real C stack.
 */
#ifndef RP_CEVAL_H
#define RP_CEVAL_H

#include "../core/object.h"
#include "../core/runtime.h"
#include "../objects/funcobject.h"
#include "frame.h"

/* Run `frame` (and everything it calls) until it returns or raises.
 * throwflag: an exception is set and must be raised in the frame (a
 * generator's throw()).  Returns the result (NEW) or NULL. */
RpObject *rp_eval_frame(RpThreadState *ts, RpIFrame *frame, int throwflag);

/* Call a Python function from C: push its frame, bind the arguments
 * (borrowed; kwnames as in object.h's vectorcall convention), run it.
 * `locals` is the locals mapping for code that uses one (class bodies),
 * else NULL. */
RpObject *rp_eval_vector(RpFunctionObject *func, RpObject *locals, RpObject *const *args,
                         size_t argcount, RpObject *kwnames);

/* Run a code object with globals and locals mappings (exec/eval, module
 * bodies): NEW reference or NULL. */
RpObject *rp_eval_code(RpObject *code, RpObject *globals, RpObject *locals);

/* ---- the running frame, for built-ins ---------------------------------- */
RpIFrame *rp_eval_current_frame(void);
/* globals / builtins dict of the innermost Python frame (borrowed), or
 * NULL without an exception when no Python code runs */
RpObject *rp_eval_get_globals_borrow(void);
RpObject *rp_eval_get_builtins_borrow(void);
/* locals() of the innermost frame: a NEW reference (for a function, a
 * dict refreshed from its fast locals) */
RpObject *rp_eval_get_locals(void);
/* sys._getframe(depth): NEW reference, or NULL WITHOUT exception when the
 * stack is not that deep */
RpObject *rp_eval_get_frame(int depth);
/* Run a class body: func's code with `ns` as its locals; returns what the
 * body returns (the __classcell__ cell or None). */
RpObject *rp_eval_class_body(RpObject *func, RpObject *ns);
/* Zero-argument super(): the class from the running function's __class__
 * cell and its first argument (borrowed).  RuntimeError "super(): no
 * arguments", "super(): __class__ cell not found", ... when not possible. */
int rp_eval_super_args(RpTypeObject **type, RpObject **obj);

/* ---- helpers shared by ceval.c, call.c and genobject.c -------------------- */

/* Bind arguments into a new frame's locals (CPython's initialize_locals),
 * with CPython's error messages.  The references in args (positional then
 * keyword values) are STOLEN; on failure they have been released and the
 * frame must be cleared by the caller. */
int rp_frame_bind_args(RpThreadState *ts, RpIFrame *frame, RpFunctionObject *func,
                       RpObject *const *args, size_t argcount, RpObject *kwnames);
/* Push and initialise a frame for a call (stealing func's and the
 * arguments' references); NULL on error (everything released). */
RpIFrame *rp_frame_push_for_call(RpThreadState *ts, RpFunctionObject *func, RpObject *locals,
                                 RpObject *const *args, size_t argcount, RpObject *kwnames);
/* Clear and pop a thread-owned frame. */
void rp_frame_clear_and_pop(RpThreadState *ts, RpIFrame *frame);

/* "f()" / "module.Class.f()": CPython's _PyObject_FunctionStr */
RpObject *rp_object_function_str(RpObject *func);
/* CALL_FUNCTION_EX / DICT_MERGE error reformatting */
void rp_format_kwargs_error(RpObject *func, RpObject *kwargs);
int rp_check_args_iterable(RpObject *func, RpObject *args);
/* d.update(other) refusing duplicate keys (KeyError(key)), for **kwargs */
int rp_dict_merge_unique(RpObject *d, RpObject *other);

/* pattern matching support (match.c) */
int rp_match_is_mapping(RpObject *subject);
int rp_match_is_sequence(RpObject *subject);
/* MATCH_KEYS: a tuple of the values of `keys` in subject, or None */
RpObject *rp_match_keys(RpObject *subject, RpObject *keys);
/* MATCH_CLASS: a tuple of the matched attributes, or NULL without an
 * exception when it does not match */
RpObject *rp_match_class(RpObject *subject, RpObject *type, int nargs, RpObject *kwargs);

/* genobject.c: the iterator `await o` drives (o.__await__()), or NULL */
RpObject *rp_coro_get_awaitable_iter(RpObject *o);

#endif
