/* frameobject.c - frame objects (see frameobject.h).
 *
 * Models CPython 3.11's Objects/frameobject.c.  A frame object is a view
 * of an interpreter frame; when the call ends while the frame object is
 * still referenced (typically by a traceback), the interpreter frame is
 * copied into the frame object ("take ownership"), and from then on the
 * frame object keeps the locals alive and is tracked by the collector.
 */
#include "frameobject.h"

#include <stddef.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "cellobject.h"
#include "codeobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "funcobject.h"
#include "genobject.h"
#include "intobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

RpFrameObject *rp_frame_new_for(RpIFrame *f)
{
    rp_ssize_t slots = RP_IFRAME_HEADER_WORDS + f->f_code->co_framesize;
    RpFrameObject *fo = (RpFrameObject *)rp_object_alloc_var(&RpFrame_Type, slots);
    if (fo == NULL) {
        return NULL;
    }
    fo->f_back = NULL;
    fo->f_frame = f;
    fo->f_trace = NULL;
    fo->f_lineno = 0;
    fo->f_trace_lines = 1;
    fo->f_trace_opcodes = 0;
    fo->f_fast_as_locals = 0;
    return fo;
}

void rp_frame_take_ownership(RpFrameObject *fo, RpIFrame *f)
{
    RpIFrame *dst = (RpIFrame *)fo->_f_frame_data;
    size_t n = offsetof(RpIFrame, localsplus) + sizeof(RpObject *) * (size_t)f->stacktop;
    memcpy(dst, f, n);
    dst->frame_obj = NULL;
    dst->owner = RP_FRAME_OWNED_BY_FRAME_OBJECT;
    dst->previous = NULL;
    fo->f_frame = dst;
    /* the references now belong to the frame object */
    RpIFrame *prev = f->previous;
    f->stacktop = 0;
    f->f_locals = NULL;
    f->f_func = NULL;
    f->f_code = NULL;
    if (prev != NULL && fo->f_back == NULL) {
        RpFrameObject *back = rp_iframe_get_frame_object(prev);
        if (back == NULL) {
            rp_err_clear();   /* out of memory: f_back stays None */
        }
        else {
            fo->f_back = (RpFrameObject *)rp_newref(back);
        }
    }
    if (!rp_gc_is_tracked(fo)) {
        rp_gc_track(fo);
    }
}

RpObject *rp_frame_get_back(RpFrameObject *fo)
{
    RpFrameObject *back = fo->f_back;
    if (back == NULL && fo->f_frame->owner != RP_FRAME_OWNED_BY_FRAME_OBJECT) {
        RpIFrame *prev = fo->f_frame->previous;
        if (prev != NULL) {
            back = rp_iframe_get_frame_object(prev);
            if (back == NULL) {
                return NULL;
            }
        }
    }
    return rp_xnewref(back);
}

int rp_frame_get_lineno(RpFrameObject *fo)
{
    if (fo->f_lineno != 0 && fo->f_trace != NULL) {
        return fo->f_lineno;
    }
    return rp_iframe_get_lineno(fo->f_frame);
}

RpObject *rp_iframe_get_locals(RpIFrame *f)
{
    RpObject *locals = f->f_locals;
    if (locals == NULL) {
        locals = f->f_locals = rp_dict_new();
        if (locals == NULL) {
            return NULL;
        }
    }
    RpCodeObject *co = f->f_code;
    int lasti = rp_iframe_lasti(f);
    if (lasti < 0 && co->co_nfreevars > 0 && RP_OPCODE(co->co_code[0]) == OP_COPY_FREE_VARS) {
        /* free variables not copied yet: do it now */
        RpObject *closure = ((RpFunctionObject *)f->f_func)->func_closure;
        int offset = co->co_nlocalsplus - co->co_nfreevars;
        for (int i = 0; i < co->co_nfreevars; i++) {
            f->localsplus[offset + i] = rp_newref(rp_tuple_get_borrow(closure, i));
        }
        f->prev_instr = co->co_code;
    }
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        unsigned char kind = rp_code_localkind(co, i);
        if ((kind & RP_CO_FAST_FREE) && !(co->co_flags & RP_CO_OPTIMIZED)) {
            continue;
        }
        RpObject *name = rp_tuple_get_borrow(co->co_localsplusnames, i);
        RpObject *value = f->stacktop != 0 ? f->localsplus[i] : NULL;
        if (value != NULL) {
            if (kind & RP_CO_FAST_FREE) {
                value = rp_cell_get_borrow(value);
            }
            else if ((kind & RP_CO_FAST_CELL) && rp_cell_check(value) &&
                     rp_iframe_lasti(f) >= 0) {
                value = rp_cell_get_borrow(value);
            }
        }
        int r;
        if (value == NULL) {
            r = rp_dict_check_exact(locals) ? (rp_dict_contains(locals, name) > 0
                                                   ? rp_dict_del(locals, name) : 0)
                                            : rp_object_delitem(locals, name);
            if (r < 0) {
                if (rp_err_matches(&RpExc_KeyError)) {
                    rp_err_clear();
                }
                else {
                    return NULL;
                }
            }
        }
        else if (rp_object_setitem(locals, name, value) < 0) {
            return NULL;
        }
    }
    return rp_newref(locals);
}

/* ---- the type ------------------------------------------------------------- */

static void clear_owned_frame(RpFrameObject *fo)
{
    RpIFrame *f = fo->f_frame;
    if (f->owner != RP_FRAME_OWNED_BY_FRAME_OBJECT) {
        return;
    }
    int n = f->stacktop;
    f->stacktop = 0;
    for (int i = 0; i < n; i++) {
        RP_CLEAR(f->localsplus[i]);
    }
    RP_CLEAR(f->f_locals);
    RP_CLEAR(f->f_func);
    RP_CLEAR(f->f_code);
}

static void frame_dealloc(RpObject *self)
{
    RpFrameObject *fo = (RpFrameObject *)self;
    if (rp_gc_is_tracked(self)) {
        rp_gc_untrack(self);
    }
    clear_owned_frame(fo);
    RP_CLEAR(fo->f_back);
    RP_CLEAR(fo->f_trace);
    rp_object_free(self);
}

static int frame_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpFrameObject *fo = (RpFrameObject *)self;
    RP_VISIT(fo->f_back);
    RP_VISIT(fo->f_trace);
    if (fo->f_frame->owner == RP_FRAME_OWNED_BY_FRAME_OBJECT) {
        return rp_iframe_traverse(fo->f_frame, visit, arg);
    }
    return 0;
}

static int frame_tp_clear(RpObject *self)
{
    RpFrameObject *fo = (RpFrameObject *)self;
    RP_CLEAR(fo->f_trace);
    clear_owned_frame(fo);
    return 0;
}

static RpObject *frame_repr(RpObject *self)
{
    RpFrameObject *fo = (RpFrameObject *)self;
    RpCodeObject *co = fo->f_frame->f_code;
    if (co == NULL) {
        return rp_str_from_format("<frame at %p>", (void *)self);
    }
    return rp_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)self,
                              co->co_filename, rp_frame_get_lineno(fo), co->co_name);
}

static RpObject *frame_get_back(RpObject *self, void *c)
{
    RpObject *b = rp_frame_get_back((RpFrameObject *)self);
    if (b == NULL && !rp_err_occurred()) {
        return rp_none_new();
    }
    return b;
}

static RpObject *frame_get_code(RpObject *self, void *c)
{
    RpCodeObject *co = ((RpFrameObject *)self)->f_frame->f_code;
    return co ? rp_newref(co) : rp_none_new();
}

static RpObject *frame_get_globals(RpObject *self, void *c)
{
    RpObject *g = ((RpFrameObject *)self)->f_frame->f_globals;
    return g ? rp_newref(g) : rp_none_new();
}

static RpObject *frame_get_builtins(RpObject *self, void *c)
{
    RpObject *b = ((RpFrameObject *)self)->f_frame->f_builtins;
    return b ? rp_newref(b) : rp_none_new();
}

static RpObject *frame_get_locals(RpObject *self, void *c)
{
    return rp_iframe_get_locals(((RpFrameObject *)self)->f_frame);
}

static RpObject *frame_get_lineno(RpObject *self, void *c)
{
    int l = rp_frame_get_lineno((RpFrameObject *)self);
    return l < 0 ? rp_none_new() : rp_int_from_long(l);
}

static RpObject *frame_get_lasti(RpObject *self, void *c)
{
    int lasti = rp_iframe_lasti(((RpFrameObject *)self)->f_frame);
    return rp_int_from_long(lasti < 0 ? -1 : lasti * RP_CODEUNIT_PY_BYTES);
}

static RpObject *frame_get_trace(RpObject *self, void *c)
{
    RpObject *t = ((RpFrameObject *)self)->f_trace;
    return rp_newref(t ? t : rp_None);
}

static int frame_set_trace(RpObject *self, RpObject *v, void *c)
{
    if (v == rp_None) {
        v = NULL;
    }
    RP_XSETREF(((RpFrameObject *)self)->f_trace, rp_xnewref(v));
    return 0;
}

static RpObject *frame_clear_method(RpObject *self, RpObject *unused)
{
    RpFrameObject *fo = (RpFrameObject *)self;
    RpIFrame *f = fo->f_frame;
    if (f->owner == RP_FRAME_OWNED_BY_GENERATOR) {
        RpGenObject *gen = rp_gen_from_iframe(f);
        if (gen->gi_frame_state == RP_FRAME_EXECUTING) {
            return rp_err_set_string(&RpExc_RuntimeError, "cannot clear an executing frame");
        }
        RpObject *r = rp_call_method_str((RpObject *)gen, "close", NULL, 0);
        if (r == NULL) {
            return NULL;
        }
        RP_DECREF(r);
        return rp_none_new();
    }
    if (f->owner == RP_FRAME_OWNED_BY_THREAD) {
        return rp_err_set_string(&RpExc_RuntimeError, "cannot clear an executing frame");
    }
    RP_CLEAR(fo->f_trace);
    clear_owned_frame(fo);
    return rp_none_new();
}

/* CPython 3.11's frame_sizeof: the frame object up to its embedded frame
 * (48 bytes), the interpreter frame's fixed part (72) and one word per
 * local, cell, free variable and stack slot of its code.  Our structs are
 * smaller; the figure is CPython's. */
static RpObject *frame_sizeof(RpObject *self, RpObject *unused)
{
    RpCodeObject *co = ((RpFrameObject *)self)->f_frame->f_code;
    rp_ssize_t n = 48 + 72;
    if (co != NULL) {
        n += ((rp_ssize_t)co->co_nlocalsplus + co->co_stacksize) * (rp_ssize_t)sizeof(RpObject *);
    }
    return rp_int_from_ssize_t(n);
}

static RpMethodDef frame_methods[] = {
    {"clear", RP_CFUNC(frame_clear_method), RP_METH_NOARGS, NULL},
    {"__sizeof__", RP_CFUNC(frame_sizeof), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static RpGetSetDef frame_getset[] = {
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

RpTypeObject RpFrame_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "frame",
    .tp_basicsize = offsetof(RpFrameObject, _f_frame_data),
    .tp_itemsize = sizeof(RpObject *),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = frame_dealloc,
    .tp_traverse = frame_traverse,
    .tp_clear = frame_tp_clear,
    .tp_repr = frame_repr,
    .tp_getattro = rp_object_generic_getattr,
    .tp_setattro = rp_object_generic_setattr,
    .tp_methods = frame_methods,
    .tp_getset = frame_getset,
    .tp_free = rp_object_free,
};
