/* genobject.c - generators and coroutines (see genobject.h).
 *
 * Models CPython 3.11's Objects/genobject.c.  The generator owns its
 * interpreter frame; RETURN_GENERATOR (ceval.c) moves the frame of the
 * call into a new generator.  Resuming pushes the sent value on the
 * frame's stack, links the frame under the caller and runs the eval loop
 * on it; YIELD_VALUE returns from that loop with the frame suspended.
 *
 * Semantics kept exactly: StopIteration carries the return value, a
 * StopIteration escaping the body becomes RuntimeError("generator raised
 * StopIteration"), close() throws GeneratorExit ("generator ignored
 * GeneratorExit"), a suspended generator is closed when it dies (errors
 * reported as unraisable), throw() into `yield from` goes to the
 * sub-iterator first.
 */
#include "genobject.h"

#include <stddef.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/ceval.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "codeobject.h"
#include "exceptions.h"
#include "frameobject.h"
#include "funcobject.h"
#include "intobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "traceback.h"
#include "tupleobject.h"
#include "typeobject.h"
#include "weakrefobject.h"

#define GEN_HEADER_SIZE (offsetof(RpGenObject, gi_iframe) + offsetof(RpIFrame, localsplus))

static int is_coro(RpGenObject *g) { return RP_TYPE(g) == &RpCoro_Type; }

RpGenObject *rp_gen_new_for_frame(RpIFrame *f)
{
    RpCodeObject *co = f->f_code;
    RpTypeObject *type = &RpGen_Type;
    if (co->co_flags & RP_CO_COROUTINE) {
        type = &RpCoro_Type;
    }
    else if (co->co_flags & RP_CO_ASYNC_GENERATOR) {
        return (RpGenObject *)rp_err_set_string(&RpExc_NotImplementedError,
                                                "asynchronous generators are not supported");
    }
    /* allocated as a var object: the ob_size word (CPython's gi_code slot)
       keeps the frame's slot count, which __sizeof__ reports */
    RpGenObject *gen = (RpGenObject *)rp_object_alloc_var(type, co->co_framesize);
    if (gen == NULL) {
        return NULL;
    }
    gen->gi_weakreflist = NULL;
    RpFunctionObject *func = (RpFunctionObject *)f->f_func;
    gen->gi_name = rp_newref(func->func_name);
    gen->gi_qualname = rp_newref(func->func_qualname);
    gen->gi_exc_state.exc_value = NULL;
    gen->gi_exc_state.previous_item = NULL;
    gen->gi_origin_or_finalizer = NULL;
    gen->gi_hooks_inited = 0;
    gen->gi_closed = 0;
    gen->gi_running_async = 0;
    gen->gi_frame_state = RP_FRAME_CREATED;
    rp_gen_iframe(gen)->f_code = NULL;
    rp_gen_iframe(gen)->stacktop = 0;
    rp_gc_track(gen);
    return gen;
}

/* ---- sending ----------------------------------------------------------------- */

static void set_stop_iteration_value(RpObject *value)
{
    RpObject *e = rp_exception_new(&RpExc_StopIteration, &value, 1);
    if (e != NULL) {
        rp_err_set_raised_steal(e);
    }
}

/* The value of a pending StopIteration (clearing it), None when no
 * exception is pending: 0; -1 when another exception is pending. */
static int fetch_stop_iteration_value(RpObject **pvalue)
{
    RpObject *exc = rp_err_occurred();
    if (exc == NULL) {
        *pvalue = rp_none_new();
        return 0;
    }
    if (!rp_err_matches(&RpExc_StopIteration)) {
        return -1;
    }
    exc = rp_err_fetch();
    RpObject *v = ((RpStopIterationObject *)exc)->value;
    *pvalue = rp_newref(v ? v : rp_None);
    RP_DECREF(exc);
    return 0;
}

int rp_gen_send_ex(RpGenObject *gen, RpObject *arg, int exc, RpObject **presult)
{
    return rp_gen_send_ex2(gen, arg, exc, 0, presult);
}

int rp_gen_send_ex2(RpGenObject *gen, RpObject *arg, int exc, int closing, RpObject **presult)
{
    RpThreadState *ts = rp_tstate();
    RpIFrame *frame = rp_gen_iframe(gen);
    *presult = NULL;
    if (gen->gi_frame_state == RP_FRAME_CREATED && arg != NULL && arg != rp_None) {
        rp_err_set_string(&RpExc_TypeError,
                          is_coro(gen) ? "can't send non-None value to a just-started coroutine"
                                       : "can't send non-None value to a just-started generator");
        return -1;
    }
    if (gen->gi_frame_state == RP_FRAME_EXECUTING) {
        rp_err_set_string(&RpExc_ValueError,
                          is_coro(gen) ? "coroutine already executing" : "generator already executing");
        return -1;
    }
    if (gen->gi_frame_state >= RP_FRAME_COMPLETED) {
        if (is_coro(gen) && !closing) {
            rp_err_set_string(&RpExc_RuntimeError, "cannot reuse already awaited coroutine");
        }
        else if (arg != NULL && !exc) {
            *presult = rp_none_new();
            return 0;
        }
        return -1;
    }
    /* push the sent value */
    frame->localsplus[frame->stacktop++] = rp_newref(arg ? arg : rp_None);

    gen->gi_exc_state.previous_item = ts->exc_info;
    ts->exc_info = &gen->gi_exc_state;
    if (exc) {
        RpObject *cur = rp_err_occurred();
        RpObject *ctx = gen->gi_exc_state.exc_value;
        if (cur != NULL && ctx != NULL && ctx != rp_None) {
            rp_err_chain_context(cur, ctx);
        }
    }
    gen->gi_frame_state = RP_FRAME_EXECUTING;
    RpObject *result = rp_eval_frame(ts, frame, exc);
    if (gen->gi_frame_state == RP_FRAME_EXECUTING) {
        gen->gi_frame_state = RP_FRAME_COMPLETED;
    }
    ts->exc_info = gen->gi_exc_state.previous_item;
    gen->gi_exc_state.previous_item = NULL;
    frame->previous = NULL;

    if (result != NULL) {
        if (gen->gi_frame_state == RP_FRAME_SUSPENDED) {
            *presult = result;
            return 1;
        }
    }
    else if (rp_err_matches(&RpExc_StopIteration)) {
        /* PEP 479 */
        RpObject *cause = rp_err_fetch();
        rp_err_set_string(&RpExc_RuntimeError, is_coro(gen) ? "coroutine raised StopIteration"
                                                            : "generator raised StopIteration");
        RpObject *e = rp_err_occurred();
        if (e != NULL) {
            rp_exception_set_context_steal(e, rp_newref(cause));
            rp_exception_set_cause_steal(e, cause);
        }
        else {
            RP_DECREF(cause);
        }
    }
    /* the generator cannot run again: release its frame */
    RP_CLEAR(gen->gi_exc_state.exc_value);
    gen->gi_frame_state = RP_FRAME_CLEARED;
    rp_iframe_clear(frame);
    *presult = result;
    return result != NULL ? 0 : -1;
}

/* send/next with the StopIteration conversion */
static RpObject *gen_send_ex(RpGenObject *gen, RpObject *arg, int exc, int closing)
{
    RpObject *result;
    int r = rp_gen_send_ex2(gen, arg, exc, closing, &result);
    if (r == 0) {
        if (result == rp_None) {
            rp_err_set_none(&RpExc_StopIteration);
        }
        else {
            set_stop_iteration_value(result);
        }
        RP_CLEAR(result);
    }
    return result;
}

static RpObject *gen_iternext(RpObject *self)
{
    RpObject *result;
    if (rp_gen_send_ex2((RpGenObject *)self, NULL, 0, 0, &result) == 0) {
        if (result != rp_None) {
            set_stop_iteration_value(result);
        }
        RP_CLEAR(result);
    }
    return result;
}

int rp_iter_send(RpObject *iter, RpObject *arg, RpObject **result)
{
    if (rp_gen_check(iter) || rp_coro_check(iter)) {
        int r = rp_gen_send_ex2((RpGenObject *)iter, arg, 0, 0, result);
        return r;
    }
    if (arg == rp_None && RP_TYPE(iter)->tp_iternext != NULL) {
        *result = RP_TYPE(iter)->tp_iternext(iter);
    }
    else {
        *result = rp_call_method(iter, rp_id(send), &arg, 1);
    }
    if (*result != NULL) {
        return 1;
    }
    if (fetch_stop_iteration_value(result) == 0) {
        return 0;
    }
    return -1;
}

RpObject *rp_gen_yf(RpGenObject *gen)
{
    if (gen->gi_frame_state >= RP_FRAME_CLEARED || gen->gi_frame_state == RP_FRAME_CREATED) {
        return NULL;
    }
    RpIFrame *f = rp_gen_iframe(gen);
    if (gen->gi_frame_state == RP_FRAME_COMPLETED) {
        return NULL;
    }
    rp_codeunit u = *f->prev_instr;
    if (RP_OPCODE(u) != OP_YIELD_VALUE || RP_OPARG(u) != 1) {
        return NULL;
    }
    if (f->stacktop <= f->f_code->co_nlocalsplus) {
        return NULL;
    }
    return rp_newref(f->localsplus[f->stacktop - 1]);
}

static RpObject *gen_send(RpObject *self, RpObject *arg)
{
    return gen_send_ex((RpGenObject *)self, arg, 0, 0);
}

static int gen_close_iter(RpObject *yf)
{
    RpObject *retval = NULL;
    if (rp_gen_check(yf) || rp_coro_check(yf)) {
        retval = rp_gen_close((RpGenObject *)yf);
        if (retval == NULL) {
            return -1;
        }
    }
    else {
        RpObject *meth;
        if (rp_object_lookup_attr(yf, rp_id(close), &meth) < 0) {
            rp_err_write_unraisable(yf);
        }
        if (meth != NULL) {
            retval = rp_call_noargs(meth);
            RP_DECREF(meth);
            if (retval == NULL) {
                return -1;
            }
        }
    }
    RP_XDECREF(retval);
    return 0;
}

RpObject *rp_gen_close(RpGenObject *gen)
{
    RpObject *yf = rp_gen_yf(gen);
    int err = 0;
    if (yf != NULL) {
        int8_t state = gen->gi_frame_state;
        gen->gi_frame_state = RP_FRAME_EXECUTING;
        err = gen_close_iter(yf);
        gen->gi_frame_state = state;
        RP_DECREF(yf);
    }
    if (err == 0) {
        rp_err_set_none(&RpExc_GeneratorExit);
    }
    RpObject *retval = gen_send_ex(gen, rp_None, 1, 1);
    if (retval != NULL) {
        RP_DECREF(retval);
        rp_err_set_string(&RpExc_RuntimeError, is_coro(gen) ? "coroutine ignored GeneratorExit"
                                                            : "generator ignored GeneratorExit");
        return NULL;
    }
    if (rp_err_matches(&RpExc_StopIteration) || rp_err_matches(&RpExc_GeneratorExit)) {
        rp_err_clear();
        return rp_none_new();
    }
    return NULL;
}

static RpObject *gen_close_meth(RpObject *self, RpObject *unused)
{
    return rp_gen_close((RpGenObject *)self);
}

static RpObject *gen_throw_impl(RpGenObject *gen, int close_on_genexit, RpObject *typ,
                                RpObject *val, RpObject *tb)
{
    RpObject *yf = rp_gen_yf(gen);
    if (yf != NULL) {
        RpIFrame *frame = rp_gen_iframe(gen);
        RpObject *ret;
        int err;
        if (close_on_genexit && rp_err_given_matches(typ, (RpObject *)&RpExc_GeneratorExit)) {
            int8_t state = gen->gi_frame_state;
            gen->gi_frame_state = RP_FRAME_EXECUTING;
            err = gen_close_iter(yf);
            gen->gi_frame_state = state;
            RP_DECREF(yf);
            if (err < 0) {
                return gen_send_ex(gen, rp_None, 1, 0);
            }
            goto throw_here;
        }
        if (rp_gen_check(yf) || rp_coro_check(yf)) {
            RpThreadState *ts = rp_tstate();
            RpIFrame *prev = ts->frame;
            frame->previous = prev;
            ts->frame = frame;
            int8_t state = gen->gi_frame_state;
            gen->gi_frame_state = RP_FRAME_EXECUTING;
            ret = gen_throw_impl((RpGenObject *)yf, close_on_genexit, typ, val, tb);
            gen->gi_frame_state = state;
            ts->frame = prev;
            frame->previous = NULL;
        }
        else {
            RpObject *meth;
            if (rp_object_lookup_attr(yf, rp_id(throw), &meth) < 0) {
                RP_DECREF(yf);
                return NULL;
            }
            if (meth == NULL) {
                RP_DECREF(yf);
                goto throw_here;
            }
            int8_t state = gen->gi_frame_state;
            gen->gi_frame_state = RP_FRAME_EXECUTING;
            RpObject *args[3] = { typ, val ? val : rp_None, tb ? tb : rp_None };
            ret = rp_call(meth, args, 3, NULL);
            gen->gi_frame_state = state;
            RP_DECREF(meth);
        }
        RP_DECREF(yf);
        if (ret == NULL) {
            /* the sub-iterator is done: pop it, resume after the SEND
               loop with its value (or the error) */
            RpObject *sub = frame->localsplus[--frame->stacktop];
            RP_DECREF(sub);
            rp_codeunit send = frame->prev_instr[-1];
            frame->prev_instr = frame->f_code->co_code + RP_OPARG(send) - 1;
            RpObject *v;
            if (fetch_stop_iteration_value(&v) == 0) {
                ret = gen_send_ex(gen, v, 0, 0);
                RP_DECREF(v);
            }
            else {
                ret = gen_send_ex(gen, rp_None, 1, 0);
            }
        }
        return ret;
    }

throw_here:
    if (tb == rp_None) {
        tb = NULL;
    }
    else if (tb != NULL && !rp_traceback_check(tb)) {
        return rp_err_set_string(&RpExc_TypeError,
                                 "throw() third argument must be a traceback object");
    }
    RpObject *exc;
    if (rp_type_check(typ) && (((RpTypeObject *)typ)->tp_flags & RP_TPFLAGS_BASE_EXC_SUBCLASS)) {
        if (val != NULL && val != rp_None && rp_exception_check(val) &&
            rp_type_is_subtype(RP_TYPE(val), (RpTypeObject *)typ)) {
            exc = rp_newref(val);
        }
        else {
            RpObject *v = val;
            if (v == NULL || v == rp_None) {
                exc = rp_call_noargs(typ);
            }
            else if (rp_tuple_check(v)) {
                exc = rp_call(typ, rp_tuple_items(v), (size_t)rp_tuple_len(v), NULL);
            }
            else {
                exc = rp_call_one(typ, v);
            }
            if (exc == NULL) {
                return NULL;
            }
            if (!rp_exception_check(exc)) {
                rp_err_format(&RpExc_TypeError,
                              "calling %R should have returned an instance of BaseException, not %R",
                              typ, (RpObject *)RP_TYPE(exc));
                RP_DECREF(exc);
                return NULL;
            }
        }
    }
    else if (rp_exception_check(typ)) {
        if (val != NULL && val != rp_None) {
            return rp_err_set_string(&RpExc_TypeError,
                                     "instance exception may not have a separate value");
        }
        exc = rp_newref(typ);
    }
    else {
        return rp_err_format(&RpExc_TypeError,
                             "exceptions must be classes or instances deriving from BaseException, not %s",
                             RP_TYPE(typ)->tp_name);
    }
    if (tb != NULL) {
        rp_exception_set_traceback(exc, rp_newref(tb));
    }
    rp_err_restore(exc);
    return gen_send_ex(gen, rp_None, 1, 0);
}

static RpObject *gen_throw(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (nargs < 1 || nargs > 3) {
        return rp_err_format(&RpExc_TypeError, "throw expected at least 1 argument, got %zd",
                             (rp_ssize_t)nargs);
    }
    return gen_throw_impl((RpGenObject *)self, 1, args[0], nargs > 1 ? args[1] : NULL,
                          nargs > 2 ? args[2] : NULL);
}

/* ---- lifetime ------------------------------------------------------------------ */

static void gen_finalize(RpObject *self)
{
    RpGenObject *gen = (RpGenObject *)self;
    if (gen->gi_frame_state >= RP_FRAME_COMPLETED) {
        return;
    }
    RpObject *saved = rp_err_fetch();
    RpObject *res = NULL;
    if (is_coro(gen) && gen->gi_frame_state == RP_FRAME_CREATED) {
        /* "coroutine ... was never awaited" is a RuntimeWarning in
           CPython; refpy has no warnings machinery for it yet */
        res = rp_none_new();
    }
    else {
        res = rp_gen_close(gen);
    }
    if (res == NULL) {
        if (rp_err_occurred()) {
            rp_err_write_unraisable(self);
        }
    }
    else {
        RP_DECREF(res);
    }
    rp_err_restore(saved);
}

static void gen_dealloc(RpObject *self)
{
    RpGenObject *gen = (RpGenObject *)self;
    rp_gc_untrack(self);
    if (gen->gi_weakreflist != NULL) {
        rp_weakref_clear_all(self);
    }
    if (gen->gi_frame_state < RP_FRAME_COMPLETED && !rp_gc_is_finalized(self)) {
        /* run the finalizer with the object alive again */
        rp_gc_track(self);
        self->ob_refcnt = 1;
        gen_finalize(self);
        rp_gc_set_finalized(self);
        if (--self->ob_refcnt != 0) {
            return;   /* resurrected */
        }
        rp_gc_untrack(self);
    }
    if (gen->gi_frame_state < RP_FRAME_CLEARED) {
        RpIFrame *f = rp_gen_iframe(gen);
        gen->gi_frame_state = RP_FRAME_CLEARED;
        f->previous = NULL;
        rp_iframe_clear(f);
    }
    RP_CLEAR(gen->gi_origin_or_finalizer);
    RP_CLEAR(gen->gi_name);
    RP_CLEAR(gen->gi_qualname);
    RP_CLEAR(gen->gi_exc_state.exc_value);
    rp_object_free(self);
}

static int gen_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpGenObject *gen = (RpGenObject *)self;
    RP_VISIT(gen->gi_name);
    RP_VISIT(gen->gi_qualname);
    if (gen->gi_frame_state < RP_FRAME_CLEARED) {
        RpIFrame *f = rp_gen_iframe(gen);
        if (f->f_code != NULL) {
            int r = rp_iframe_traverse(f, visit, arg);
            if (r) {
                return r;
            }
        }
    }
    RP_VISIT(gen->gi_exc_state.exc_value);
    return 0;
}

static int gen_clear(RpObject *self)
{
    RpGenObject *gen = (RpGenObject *)self;
    RP_CLEAR(gen->gi_exc_state.exc_value);
    if (gen->gi_frame_state < RP_FRAME_CLEARED && gen->gi_frame_state != RP_FRAME_EXECUTING) {
        RpIFrame *f = rp_gen_iframe(gen);
        gen->gi_frame_state = RP_FRAME_CLEARED;
        if (f->f_code != NULL) {
            rp_iframe_clear(f);
        }
    }
    return 0;
}

/* ---- attributes -------------------------------------------------------------------- */

static RpObject *gen_repr(RpObject *self)
{
    RpGenObject *gen = (RpGenObject *)self;
    return rp_str_from_format(is_coro(gen) ? "<coroutine object %U at %p>"
                                           : "<generator object %U at %p>",
                              gen->gi_qualname, (void *)self);
}

static RpObject *gen_get_name(RpObject *self, void *c)
{
    return rp_newref(((RpGenObject *)self)->gi_name);
}

static int gen_set_name(RpObject *self, RpObject *v, void *c)
{
    if (v == NULL || !rp_str_check(v)) {
        rp_err_set_string(&RpExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    RP_SETREF(((RpGenObject *)self)->gi_name, rp_newref(v));
    return 0;
}

static RpObject *gen_get_qualname(RpObject *self, void *c)
{
    return rp_newref(((RpGenObject *)self)->gi_qualname);
}

static int gen_set_qualname(RpObject *self, RpObject *v, void *c)
{
    if (v == NULL || !rp_str_check(v)) {
        rp_err_set_string(&RpExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    RP_SETREF(((RpGenObject *)self)->gi_qualname, rp_newref(v));
    return 0;
}

static RpObject *gen_get_frame(RpObject *self, void *c)
{
    RpGenObject *gen = (RpGenObject *)self;
    if (gen->gi_frame_state >= RP_FRAME_COMPLETED) {
        return rp_none_new();
    }
    RpFrameObject *fo = rp_iframe_get_frame_object(rp_gen_iframe(gen));
    return fo ? rp_newref(fo) : NULL;
}

static RpObject *gen_get_running(RpObject *self, void *c)
{
    return rp_bool_from_long(((RpGenObject *)self)->gi_frame_state == RP_FRAME_EXECUTING);
}

static RpObject *gen_get_suspended(RpObject *self, void *c)
{
    return rp_bool_from_long(((RpGenObject *)self)->gi_frame_state == RP_FRAME_SUSPENDED);
}

static RpObject *gen_get_code(RpObject *self, void *c)
{
    RpGenObject *gen = (RpGenObject *)self;
    if (gen->gi_frame_state < RP_FRAME_CLEARED && rp_gen_iframe(gen)->f_code != NULL) {
        return rp_newref(rp_gen_iframe(gen)->f_code);
    }
    return rp_none_new();
}

static RpObject *gen_get_yieldfrom(RpObject *self, void *c)
{
    RpObject *yf = rp_gen_yf((RpGenObject *)self);
    return yf ? yf : rp_none_new();
}

static RpObject *gen_sizeof(RpObject *self, RpObject *unused)
{
    /* CPython's gen_sizeof counts its code's frame size for as long as the
       generator lives (it keeps gi_code), finished or not; the frame's
       slot count is the ob_size word it was allocated with */
    rp_ssize_t slots = rp_size(self);
    return rp_int_from_ssize_t((rp_ssize_t)GEN_HEADER_SIZE + slots * (rp_ssize_t)sizeof(RpObject *));
}

static RpMethodDef gen_methods[] = {
    {"send", RP_CFUNC(gen_send), RP_METH_O, NULL},
    {"throw", RP_CFUNC(gen_throw), RP_METH_FASTCALL, NULL},
    {"close", RP_CFUNC(gen_close_meth), RP_METH_NOARGS, NULL},
    {"__sizeof__", RP_CFUNC(gen_sizeof), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static RpGetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static RpObject *gen_self_iter(RpObject *self)
{
    return rp_newref(self);
}

RpTypeObject RpGen_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "generator",
    .tp_basicsize = GEN_HEADER_SIZE,
    .tp_itemsize = sizeof(RpObject *),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_HAS_FINALIZE,
    .tp_dealloc = gen_dealloc,
    .tp_finalize = gen_finalize,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_repr = gen_repr,
    .tp_getattro = rp_object_generic_getattr,
    .tp_iter = gen_self_iter,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_getset = gen_getset,
    .tp_weaklistoffset = offsetof(RpGenObject, gi_weakreflist),
    .tp_free = rp_object_free,
};

/* ---- coroutines ------------------------------------------------------------------ */

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *cw_coroutine;
} RpCoroWrapper;

static RpObject *coro_await(RpObject *self, RpObject *unused)
{
    RpCoroWrapper *cw = (RpCoroWrapper *)rp_object_alloc(&RpCoroWrapper_Type);
    if (cw == NULL) {
        return NULL;
    }
    cw->cw_coroutine = rp_newref(self);
    rp_gc_track(cw);
    return (RpObject *)cw;
}

static RpMethodDef coro_methods[] = {
    {"send", RP_CFUNC(gen_send), RP_METH_O, NULL},
    {"throw", RP_CFUNC(gen_throw), RP_METH_FASTCALL, NULL},
    {"close", RP_CFUNC(gen_close_meth), RP_METH_NOARGS, NULL},
    {"__await__", RP_CFUNC(coro_await), RP_METH_NOARGS, NULL},
    {"__sizeof__", RP_CFUNC(gen_sizeof), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static RpGetSetDef coro_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

RpTypeObject RpCoro_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "coroutine",
    .tp_basicsize = GEN_HEADER_SIZE,
    .tp_itemsize = sizeof(RpObject *),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_HAS_FINALIZE,
    .tp_dealloc = gen_dealloc,
    .tp_finalize = gen_finalize,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_repr = gen_repr,
    .tp_getattro = rp_object_generic_getattr,
    .tp_methods = coro_methods,
    .tp_getset = coro_getset,
    .tp_weaklistoffset = offsetof(RpGenObject, gi_weakreflist),
    .tp_free = rp_object_free,
};

static void cw_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    RP_CLEAR(((RpCoroWrapper *)self)->cw_coroutine);
    rp_object_free(self);
}

static int cw_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpCoroWrapper *)self)->cw_coroutine);
    return 0;
}

static RpObject *cw_iternext(RpObject *self)
{
    return gen_iternext(((RpCoroWrapper *)self)->cw_coroutine);
}

static RpObject *cw_send(RpObject *self, RpObject *arg)
{
    return gen_send(((RpCoroWrapper *)self)->cw_coroutine, arg);
}

static RpObject *cw_throw(RpObject *self, RpObject *const *args, size_t nargs)
{
    return gen_throw(((RpCoroWrapper *)self)->cw_coroutine, args, nargs);
}

static RpObject *cw_close(RpObject *self, RpObject *unused)
{
    return gen_close_meth(((RpCoroWrapper *)self)->cw_coroutine, NULL);
}

static RpMethodDef cw_methods[] = {
    {"send", RP_CFUNC(cw_send), RP_METH_O, NULL},
    {"throw", RP_CFUNC(cw_throw), RP_METH_FASTCALL, NULL},
    {"close", RP_CFUNC(cw_close), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

RpTypeObject RpCoroWrapper_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(RpCoroWrapper),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = cw_dealloc,
    .tp_traverse = cw_traverse,
    .tp_getattro = rp_object_generic_getattr,
    .tp_iter = gen_self_iter,
    .tp_iternext = cw_iternext,
    .tp_methods = cw_methods,
    .tp_free = rp_object_free,
};

RpObject *rp_coro_get_awaitable_iter(RpObject *o)
{
    if (rp_coro_check(o)) {
        return rp_newref(o);
    }
    RpObject *getter = rp_object_lookup_special(o, rp_id(__await__));
    if (getter == NULL) {
        if (!rp_err_occurred()) {
            rp_err_format(&RpExc_TypeError, "object %.100s can't be used in 'await' expression",
                          RP_TYPE(o)->tp_name);
        }
        return NULL;
    }
    RpObject *res = rp_call_noargs(getter);
    RP_DECREF(getter);
    if (res == NULL) {
        return NULL;
    }
    if (rp_coro_check(res)) {
        RP_DECREF(res);
        return rp_err_set_string(&RpExc_TypeError, "__await__() returned a coroutine");
    }
    if (RP_TYPE(res)->tp_iternext == NULL) {
        rp_err_format(&RpExc_TypeError, "__await__() returned non-iterator of type '%.100s'",
                      RP_TYPE(res)->tp_name);
        RP_DECREF(res);
        return NULL;
    }
    return res;
}
