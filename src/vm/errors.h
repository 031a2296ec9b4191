/* errors.h - raising, testing and clearing exceptions from C.
 *
 * The convention everywhere in refpy: a function that fails sets the
 * current exception and returns NULL (pointer results) or -1 (int
 * results).  Callers check every result and pass the failure up.  There is
 * no longjmp: under reference counting an unwind would skip DECREFs.
 *
 * The current exception is one exception *instance* (as in CPython 3.12;
 * 3.11 keeps a (type, value, tb) triple but always normalises before a
 * program can see it), stored in rp_tstate()->curexc.
 */
#ifndef RP_ERRORS_H
#define RP_ERRORS_H

#include <stdarg.h>

#include "../core/object.h"
#include "../core/runtime.h"

/* The exception being handled, as sys.exc_info() sees it.  The VM pushes
 * one per generator/coroutine and per frame that handles an exception. */
typedef struct RpErrStackItem {
    RpObject *exc_value;                 /* owned; NULL or None = none */
    struct RpErrStackItem *previous_item;
} RpErrStackItem;

/* Raise `type` with a message (a UTF-8 C string). Always returns NULL so
 * that `return rp_err_set_string(...)` works in pointer functions. */
RpObject *rp_err_set_string(RpTypeObject *type, const char *msg);
/* Raise `type(value)` (value may be NULL: no arguments), or, when value is
 * already an instance of type, raise that instance. */
RpObject *rp_err_set_object(RpTypeObject *type, RpObject *value);
RpObject *rp_err_set_none(RpTypeObject *type);
/* As CPython's PyErr_SetObject, a tuple `value` gives type(*value) and
 * None gives type().  KeyError(key) for any key, tuples included: */
RpObject *rp_err_set_key_error(RpObject *key);
/* Raise with a message built like CPython's PyUnicode_FromFormat:
 *   %s (UTF-8 C string), %.Ns (at most N bytes), %d %i %u %ld %lu %zd %zu
 *   %x %c (code point) %p %%,
 *   %S  str(obj),  %R  repr(obj),  %A  ascii(obj),  %U  a str object,
 *   %T  the type name of an object (Python 3.13's %T; type(o).__name__),
 *   %N  the fully qualified name of a type object (3.13's %N).
 * Returns NULL. */
RpObject *rp_err_format(RpTypeObject *type, const char *fmt, ...);
RpObject *rp_err_vformat(RpTypeObject *type, const char *fmt, va_list ap);
/* Set an existing exception instance as the current one (steals it). */
void rp_err_set_raised_steal(RpObject *exc);

/* The current exception (borrowed) or NULL. */
static inline RpObject *rp_err_occurred(void) { return rp_tstate()->curexc; }
/* Is the current exception an instance of `type` (or a subclass)? */
int rp_err_matches(RpTypeObject *type);
/* Does exception instance `exc` match `type`, a class or a tuple of
 * classes (the `except` test)? */
int rp_err_given_matches(RpObject *exc, RpObject *type);
void rp_err_clear(void);
/* Take the current exception out of the thread state (NEW reference, or
 * NULL); rp_err_restore puts one back (steals). */
RpObject *rp_err_fetch(void);
void rp_err_restore(RpObject *exc);

/* Common raises; each returns NULL. */
RpObject *rp_err_nomemory(void);
RpObject *rp_err_bad_internal_call(const char *file, int line);
#define RP_BAD_INTERNAL_CALL() rp_err_bad_internal_call(__FILE__, __LINE__)
/* "TypeError: bad argument type for built-in operation" */
RpObject *rp_err_bad_argument(void);

/* Report an exception that cannot be raised (in __del__, a weakref
 * callback, ...) the way CPython does:
 *   "Exception ignored in: <obj repr>" + traceback on stderr.
 * Clears the current exception. `obj` may be NULL. */
void rp_err_write_unraisable(RpObject *obj);
/* Same with a custom first line ("Exception ignored " + msg). */
void rp_err_write_unraisable_msg(const char *msg, RpObject *obj);

/* Set __context__ of the current exception to `ctx` (the exception being
 * handled) as CPython does when an exception is raised in a handler. */
void rp_err_chain_context(RpObject *exc, RpObject *ctx);

/* Recursion guard for C code that recurses on user data (repr of nested
 * lists, comparisons, deepcopy ...).  Returns -1 with RecursionError set
 * (message "maximum recursion depth exceeded" + `where`) when too deep.
 * Also checks the real C stack so that it can never overflow. */
int rp_enter_recursive_call(const char *where);
void rp_leave_recursive_call(void);

/* The C-stack half of the guard alone, for C recursion that CPython does
 * not count against the recursion limit (hash of nested tuples): 0 while
 * the stack has room, else -1 with RecursionError set. */
int rp_check_c_stack(const char *where);

/* The sys.exc_info() exception (borrowed), or NULL. */
RpObject *rp_err_get_handled(void);

#endif /* RP_ERRORS_H */
