/* errors.c - raising, testing and clearing exceptions (errors.h).
 *
 * Models CPython 3.11's Python/errors.c.  The current exception is one
 * instance in rp_tstate()->curexc.  Raising while an exception is being
 * handled sets the new exception's __context__ (implicit chaining), with
 * CPython's care not to create a cycle in the context chain.
 */
#include "errors.h"

#include <stdio.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/exceptions.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/traceback.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "abstract.h"
#include "pythonrun.h"

/* ---- the exception being handled -------------------------------------- */

RpObject *rp_err_get_handled(void)
{
    RpErrStackItem *item = rp_tstate()->exc_info;
    while (item != NULL) {
        if (item->exc_value != NULL && item->exc_value != rp_None) {
            return item->exc_value;
        }
        item = item->previous_item;
    }
    return NULL;
}

/* ---- chaining ----------------------------------------------------------- */

void rp_err_chain_context(RpObject *exc, RpObject *ctx)
{
    if (ctx == NULL || ctx == rp_None || ctx == exc) {
        return;
    }
    /* Break a would-be cycle: if exc is already in ctx's context chain,
       cut the chain there (Floyd's algorithm guards against pre-existing
       cycles, as CPython). */
    RpObject *o = ctx, *slow = ctx, *context;
    int toggle = 0;
    while ((context = rp_exception_get_context_borrow(o)) != NULL) {
        if (context == exc) {
            rp_exception_set_context_steal(o, NULL);
            break;
        }
        o = context;
        if (o == slow) {
            break;
        }
        if (toggle) {
            slow = rp_exception_get_context_borrow(slow);
        }
        toggle = !toggle;
    }
    rp_exception_set_context_steal(exc, rp_newref(ctx));
}

void rp_err_set_raised_steal(RpObject *exc)
{
    RpObject *handled = rp_err_get_handled();
    if (handled != NULL && handled != exc) {
        rp_err_chain_context(exc, handled);
    }
    RpThreadState *ts = rp_tstate();
    RpObject *old = ts->curexc;
    ts->curexc = exc;
    RP_XDECREF(old);
}

/* ---- raising ------------------------------------------------------------ */

/* CPython's _PyErr_CreateException: type(), type(*value) for a tuple,
 * type(value) otherwise. */
static RpObject *create_exception(RpTypeObject *type, RpObject *value)
{
    if (value == NULL || value == rp_None) {
        return rp_exception_new(type, NULL, 0);
    }
    if (rp_tuple_check(value)) {
        return rp_exception_new(type, rp_tuple_items(value), (size_t)rp_tuple_len(value));
    }
    return rp_exception_new(type, &value, 1);
}

RpObject *rp_err_set_object(RpTypeObject *type, RpObject *value)
{
    RpObject *exc;
    if (value != NULL && rp_exception_check(value) &&
        rp_type_is_subtype(RP_TYPE(value), type)) {
        exc = rp_newref(value);
    }
    else {
        /* keep a pending error (e.g. while formatting) out of the way */
        RpObject *saved = rp_err_fetch();
        exc = create_exception(type, value);
        if (exc == NULL) {
            RP_XDECREF(saved);
            return NULL;   /* the failure to create it is raised instead */
        }
        RP_XDECREF(saved);
        if (!rp_exception_check(exc)) {
            RP_DECREF(exc);
            return rp_err_format(&RpExc_TypeError,
                                 "calling %R should have returned an instance of "
                                 "BaseException, not %T", (RpObject *)type, exc);
        }
    }
    rp_err_set_raised_steal(exc);
    return NULL;
}

RpObject *rp_err_set_none(RpTypeObject *type)
{
    return rp_err_set_object(type, NULL);
}

RpObject *rp_err_set_string(RpTypeObject *type, const char *msg)
{
    RpObject *s = rp_str_from_cstr(msg);
    if (s == NULL) {
        return NULL;
    }
    rp_err_set_object(type, s);
    RP_DECREF(s);
    return NULL;
}

RpObject *rp_err_set_key_error(RpObject *key)
{
    RpObject *t = rp_tuple_pack(1, key);
    if (t == NULL) {
        return NULL;
    }
    rp_err_set_object(&RpExc_KeyError, t);
    RP_DECREF(t);
    return NULL;
}

RpObject *rp_err_vformat(RpTypeObject *type, const char *fmt, va_list ap)
{
    RpObject *msg = rp_str_from_vformat(fmt, ap);
    if (msg == NULL) {
        return NULL;
    }
    rp_err_set_object(type, msg);
    RP_DECREF(msg);
    return NULL;
}

RpObject *rp_err_format(RpTypeObject *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

/* ---- testing and clearing ------------------------------------------------- */

int rp_err_given_matches(RpObject *exc, RpObject *type)
{
    if (exc == NULL || type == NULL) {
        return 0;
    }
    if (rp_tuple_check(type)) {
        rp_ssize_t n = rp_tuple_len(type);
        for (rp_ssize_t i = 0; i < n; i++) {
            if (rp_err_given_matches(exc, rp_tuple_get_borrow(type, i))) {
                return 1;
            }
        }
        return 0;
    }
    RpTypeObject *et = rp_exception_check(exc) ? RP_TYPE(exc)
                       : (rp_type_check(exc) ? (RpTypeObject *)exc : NULL);
    if (et == NULL) {
        return exc == type;
    }
    if (rp_type_check(type)) {
        return rp_type_is_subtype(et, (RpTypeObject *)type);
    }
    return exc == type;
}

int rp_err_matches(RpTypeObject *type)
{
    RpObject *exc = rp_tstate()->curexc;
    return exc != NULL && rp_type_is_subtype(RP_TYPE(exc), type);
}

void rp_err_clear(void)
{
    RP_CLEAR(rp_tstate()->curexc);
}

RpObject *rp_err_fetch(void)
{
    RpThreadState *ts = rp_tstate();
    RpObject *exc = ts->curexc;
    ts->curexc = NULL;
    return exc;
}

void rp_err_restore(RpObject *exc)
{
    RpThreadState *ts = rp_tstate();
    RpObject *old = ts->curexc;
    ts->curexc = exc;
    RP_XDECREF(old);
}

/* ---- common raises ---------------------------------------------------------- */

RpObject *rp_err_nomemory(void)
{
    RpThreadState *ts = rp_tstate();
    /* Creating the instance needs memory too; when even that fails, a
       preallocated instance is raised (CPython keeps a few). */
    RpObject *exc = rp_exception_new(&RpExc_MemoryError, NULL, 0);
    if (exc == NULL) {
        exc = rp_runtime.memory_error;
        if (exc == NULL) {
            return NULL;
        }
        RP_INCREF(exc);
        rp_exception_set_traceback(exc, NULL);
        rp_exception_set_context_steal(exc, NULL);
    }
    RpObject *old = ts->curexc;
    ts->curexc = exc;
    RP_XDECREF(old);
    return NULL;
}

RpObject *rp_err_bad_internal_call(const char *file, int line)
{
    return rp_err_format(&RpExc_SystemError, "%s:%d: bad argument to internal function",
                         file, line);
}

RpObject *rp_err_bad_argument(void)
{
    return rp_err_set_string(&RpExc_TypeError, "bad argument type for built-in operation");
}

/* ---- unraisable exceptions -------------------------------------------------- */

void rp_err_write_unraisable_msg(const char *msg, RpObject *obj)
{
    RpObject *exc = rp_err_fetch();
    if (exc == NULL) {
        return;
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (obj != NULL && obj != rp_None) {
        if (msg != NULL) {
            rp_strwriter_write_ascii(&w, "Exception ignored ", 18);
            rp_strwriter_write_utf8(&w, msg, (rp_ssize_t)strlen(msg));
        }
        else {
            rp_strwriter_write_ascii(&w, "Exception ignored in", 20);
        }
        rp_strwriter_write_ascii(&w, ": ", 2);
        RpObject *r = rp_object_repr(obj);
        if (r != NULL) {
            rp_strwriter_write_str(&w, r);
            RP_DECREF(r);
        }
        else {
            rp_err_clear();
            rp_strwriter_write_ascii(&w, "<object repr() failed>", 22);
        }
        rp_strwriter_write_char(&w, '\n');
    }
    else if (msg != NULL) {
        rp_strwriter_write_ascii(&w, "Exception ignored ", 18);
        rp_strwriter_write_utf8(&w, msg, (rp_ssize_t)strlen(msg));
        rp_strwriter_write_ascii(&w, ":\n", 2);
    }
    RpObject *head = rp_strwriter_finish(&w);
    if (head == NULL) {
        rp_err_clear();
    }
    RpObject *text = rp_exception_format_unraisable(head, exc);
    if (text != NULL) {
        rp_write_stderr(text);
        RP_DECREF(text);
    }
    rp_err_clear();
    RP_XDECREF(head);
    RP_DECREF(exc);
}

void rp_err_write_unraisable(RpObject *obj)
{
    rp_err_write_unraisable_msg(NULL, obj);
}

/* ---- recursion guard ------------------------------------------------------------ */

int rp_check_c_stack(const char *where)
{
    RpThreadState *ts = rp_tstate();
    if (RP_LIKELY((char *)__builtin_frame_address(0) >= ts->c_stack_limit)) {
        return 0;
    }
    if (!ts->recursion_headroom) {
        ts->recursion_headroom++;
        rp_err_format(&RpExc_RecursionError, "maximum recursion depth exceeded%s", where);
        ts->recursion_headroom--;
    }
    return -1;
}

int rp_enter_recursive_call(const char *where)
{
    RpThreadState *ts = rp_tstate();
    char *sp = (char *)__builtin_frame_address(0);
    if (RP_UNLIKELY(sp < ts->c_stack_limit)) {
        /* the C stack is nearly exhausted, whatever the Python limit */
        if (ts->recursion_headroom) {
            /* raising the error itself recursed: give up quietly, the
               RecursionError being raised will do */
            return -1;
        }
        ts->recursion_headroom++;
        rp_err_format(&RpExc_RecursionError, "maximum recursion depth exceeded%s", where);
        ts->recursion_headroom--;
        return -1;
    }
    if (RP_UNLIKELY(++ts->recursion_depth > ts->recursion_limit)) {
        if (ts->recursion_headroom) {
            if (ts->recursion_depth <= ts->recursion_limit + 50) {
                return 0;   /* allowed while creating the RecursionError */
            }
            --ts->recursion_depth;
            return -1;
        }
        ts->recursion_headroom++;
        rp_err_format(&RpExc_RecursionError, "maximum recursion depth exceeded%s", where);
        ts->recursion_headroom--;
        --ts->recursion_depth;
        return -1;
    }
    return 0;
}

void rp_leave_recursive_call(void)
{
    rp_tstate()->recursion_depth--;
}
