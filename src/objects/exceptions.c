/* exceptions.c - the built-in exception classes (exceptions.def).
 *
 * Models CPython 3.11's Objects/exceptions.c: every class is a static
 * type; instances keep args, __traceback__, __context__, __cause__,
 * __suppress_context__ and a __dict__ (where add_note() puts __notes__).
 * str() and repr() follow CPython for each class:
 *   ValueError('x')   str 'x'    KeyError('b')    str "'b'"
 *   OSError(2, 'No such file', 'f') -> FileNotFoundError, "[Errno 2] No such file: 'f'"
 *   SyntaxError('bad', ('f.py', 3, 4, 'x = (')) -> "bad (f.py, line 3)"
 *
 * Making an exception is cheap: rp_exception_new fills args directly when
 * the class uses BaseException's __new__/__init__ (the common case for
 * the errors the interpreter raises itself).
 */
#include "exceptions.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "bytesobject.h"
#include "descrobject.h"
#include "dictobject.h"
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"
#include "excinternal.h"

extern RpTypeObject RpTraceBack_Type __attribute__((weak));   /* vm/traceback.c */

#define BE(o) ((RpBaseExceptionObject *)(o))

static int no_keywords(RpObject *self, RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        rp_err_format(&RpExc_TypeError, "%s() takes no keyword arguments", rp_type(self)->tp_name);
        return -1;
    }
    return 0;
}

/* ---- BaseException ---------------------------------------------------------------- */

RpObject *rp_exc_base_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                                   RpObject *kwnames)
{
    RpBaseExceptionObject *self = (RpBaseExceptionObject *)rp_type_generic_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->args = rp_tuple_from_array(args, (rp_ssize_t)nargs);
    if (self->args == NULL) {
        rp_decref(self);
        return NULL;
    }
    rp_gc_track(self);
    return (RpObject *)self;
}

int rp_exc_base_init(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    if (no_keywords(self, kwnames) < 0) {
        return -1;
    }
    RpObject *t = rp_tuple_from_array(args, (rp_ssize_t)nargs);
    if (t == NULL) {
        return -1;
    }
    RP_XSETREF(BE(self)->args, t);
    return 0;
}

int rp_exc_base_clear(RpObject *op)
{
    RpBaseExceptionObject *self = BE(op);
    RP_CLEAR(self->dict);
    RP_CLEAR(self->args);
    RP_CLEAR(self->notes);
    RP_CLEAR(self->traceback);
    RP_CLEAR(self->cause);
    RP_CLEAR(self->context);
    return 0;
}

int rp_exc_base_traverse(RpObject *op, rp_visitproc visit, void *arg)
{
    RpBaseExceptionObject *self = BE(op);
    RP_VISIT(self->dict);
    RP_VISIT(self->args);
    RP_VISIT(self->notes);
    RP_VISIT(self->traceback);
    RP_VISIT(self->cause);
    RP_VISIT(self->context);
    return 0;
}

static void BaseException_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    rp_exc_base_clear(self);
    rp_type(self)->tp_free(self);
}

static RpObject *BaseException_str(RpObject *op)
{
    RpObject *args = BE(op)->args;
    switch (args ? rp_tuple_len(args) : 0) {
    case 0:
        return rp_newref(rp_str_empty_borrow());
    case 1:
        return rp_object_str(rp_tuple_get_borrow(args, 0));
    default:
        return rp_object_str(args);
    }
}

static RpObject *BaseException_repr(RpObject *op)
{
    const char *name = rp_type_name(rp_type(op));
    RpObject *args = BE(op)->args;
    if (args != NULL && rp_tuple_len(args) == 1) {
        return rp_str_from_format("%s(%R)", name, rp_tuple_get_borrow(args, 0));
    }
    if (args == NULL || rp_tuple_len(args) == 0) {
        return rp_str_from_format("%s()", name);
    }
    return rp_str_from_format("%s%R", name, args);
}

static RpObject *BaseException_reduce(RpObject *op, RpObject *unused)
{
    RpBaseExceptionObject *self = BE(op);
    RpObject *args = self->args ? self->args : rp_tuple_empty_borrow();
    if (self->dict != NULL && rp_dict_size(self->dict) > 0) {
        return rp_tuple_pack(3, (RpObject *)rp_type(op), args, self->dict);
    }
    return rp_tuple_pack(2, (RpObject *)rp_type(op), args);
}

static RpObject *BaseException_setstate(RpObject *self, RpObject *state)
{
    if (state != rp_None) {
        if (!rp_dict_check(state)) {
            return rp_err_set_string(&RpExc_TypeError, "state is not a dictionary");
        }
        rp_ssize_t pos = 0;
        RpObject *k, *v;
        while (rp_dict_next(state, &pos, &k, &v)) {
            rp_incref(k);
            rp_incref(v);
            int r = rp_object_setattr(self, k, v);
            rp_decref(k);
            rp_decref(v);
            if (r < 0) {
                return NULL;
            }
        }
    }
    return rp_none_new();
}

static RpObject *BaseException_with_traceback(RpObject *self, RpObject *tb)
{
    if (rp_object_setattr(self, rp_id(__traceback__), tb) < 0) {
        return NULL;
    }
    return rp_newref(self);
}

static RpObject *BaseException_add_note(RpObject *self, RpObject *note)
{
    if (!rp_str_check(note)) {
        return rp_err_format(&RpExc_TypeError, "note must be a str, not '%s'", rp_type(note)->tp_name);
    }
    RpObject *notes;
    if (rp_object_lookup_attr(self, rp_id(__notes__), &notes) < 0) {
        return NULL;
    }
    if (notes == NULL) {
        notes = rp_list_new(0);
        if (notes == NULL) {
            return NULL;
        }
        if (rp_object_setattr(self, rp_id(__notes__), notes) < 0) {
            rp_decref(notes);
            return NULL;
        }
    } else if (!rp_list_check(notes)) {
        rp_decref(notes);
        return rp_err_set_string(&RpExc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int r = rp_list_append(notes, note);
    rp_decref(notes);
    if (r < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpMethodDef BaseException_methods[] = {
    {"__reduce__", RP_CFUNC(BaseException_reduce), RP_METH_NOARGS, NULL},
    {"__setstate__", RP_CFUNC(BaseException_setstate), RP_METH_O, NULL},
    {"with_traceback", RP_CFUNC(BaseException_with_traceback), RP_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", RP_CFUNC(BaseException_add_note), RP_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL}
};

static RpObject *exc_get_args(RpObject *self, void *c)
{
    RpObject *a = BE(self)->args;
    return rp_newref(a ? a : rp_tuple_empty_borrow());
}

static int exc_set_args(RpObject *self, RpObject *value, void *c)
{
    if (value == NULL) {
        rp_err_set_string(&RpExc_TypeError, "args may not be deleted");
        return -1;
    }
    RpObject *t = rp_sequence_tuple(value);
    if (t == NULL) {
        return -1;
    }
    RP_XSETREF(BE(self)->args, t);
    return 0;
}

static RpObject *exc_get_tb(RpObject *self, void *c)
{
    RpObject *tb = BE(self)->traceback;
    return rp_newref(tb ? tb : rp_None);
}

static int exc_set_tb(RpObject *self, RpObject *tb, void *c)
{
    if (tb == NULL) {
        rp_err_set_string(&RpExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (tb == rp_None) {
        RP_CLEAR(BE(self)->traceback);
        return 0;
    }
    if (&RpTraceBack_Type == NULL || rp_type(tb) != &RpTraceBack_Type) {
        rp_err_set_string(&RpExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    RP_XSETREF(BE(self)->traceback, rp_newref(tb));
    return 0;
}

static RpObject *exc_get_context(RpObject *self, void *c)
{
    RpObject *v = BE(self)->context;
    return rp_newref(v ? v : rp_None);
}

static int exc_set_context(RpObject *self, RpObject *arg, void *c)
{
    if (arg == NULL) {
        rp_err_set_string(&RpExc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (arg == rp_None) {
        arg = NULL;
    } else if (!rp_exception_check(arg)) {
        rp_err_set_string(&RpExc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    } else {
        rp_incref(arg);
    }
    RP_XSETREF(BE(self)->context, arg);
    return 0;
}

static RpObject *exc_get_cause(RpObject *self, void *c)
{
    RpObject *v = BE(self)->cause;
    return rp_newref(v ? v : rp_None);
}

static int exc_set_cause(RpObject *self, RpObject *arg, void *c)
{
    if (arg == NULL) {
        rp_err_set_string(&RpExc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (arg == rp_None) {
        arg = NULL;
    } else if (!rp_exception_check(arg)) {
        rp_err_set_string(&RpExc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    } else {
        rp_incref(arg);
    }
    BE(self)->suppress_context = 1;
    RP_XSETREF(BE(self)->cause, arg);
    return 0;
}

static RpGetSetDef BaseException_getset[] = {
    {"__dict__", rp_object_generic_get_dict, rp_object_generic_set_dict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context, "exception context", NULL},
    {"__cause__", exc_get_cause, exc_set_cause, "exception cause", NULL},
    {NULL}
};

static RpMemberDef BaseException_members[] = {
    {"__suppress_context__", RP_T_BOOL, offsetof(RpBaseExceptionObject, suppress_context), 0, NULL},
    {NULL}
};

/* ---- KeyError ------------------------------------------------------------------------------ */

static RpObject *KeyError_str(RpObject *op)
{
    /* a single key is shown by repr, so KeyError('') prints '' */
    RpObject *args = BE(op)->args;
    if (args != NULL && rp_tuple_len(args) == 1) {
        return rp_object_repr(rp_tuple_get_borrow(args, 0));
    }
    return BaseException_str(op);
}

/* ---- StopIteration, SystemExit ------------------------------------------------------------------ */

static int StopIteration_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    if (rp_exc_base_init(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    RP_XSETREF(((RpStopIterationObject *)self)->value, rp_newref(nargs > 0 ? args[0] : rp_None));
    return 0;
}

static int StopIteration_clear(RpObject *self)
{
    RP_CLEAR(((RpStopIterationObject *)self)->value);
    return rp_exc_base_clear(self);
}

static int StopIteration_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpStopIterationObject *)self)->value);
    return rp_exc_base_traverse(self, visit, arg);
}

static void StopIteration_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    StopIteration_clear(self);
    rp_type(self)->tp_free(self);
}

static RpMemberDef StopIteration_members[] = {
    {"value", RP_T_OBJECT, offsetof(RpStopIterationObject, value), 0, "generator return value"},
    {NULL}
};

static int SystemExit_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    if (rp_exc_base_init(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    RpObject *code;
    if (nargs == 0) {
        return 0;
    } else if (nargs == 1) {
        code = rp_newref(args[0]);
    } else {
        code = rp_newref(BE(self)->args);
    }
    RP_XSETREF(((RpSystemExitObject *)self)->code, code);
    return 0;
}

static int SystemExit_clear(RpObject *self)
{
    RP_CLEAR(((RpSystemExitObject *)self)->code);
    return rp_exc_base_clear(self);
}

static int SystemExit_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpSystemExitObject *)self)->code);
    return rp_exc_base_traverse(self, visit, arg);
}

static void SystemExit_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    SystemExit_clear(self);
    rp_type(self)->tp_free(self);
}

static RpMemberDef SystemExit_members[] = {
    {"code", RP_T_OBJECT, offsetof(RpSystemExitObject, code), 0, "exception code"},
    {NULL}
};

/* ---- keyword arguments of ImportError, NameError, AttributeError ------------------------------ */

/* Accept only the given keywords (stored in out[]); positional args are
 * BaseException's. */
static int parse_kw(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames,
                    const char *const *names, RpObject **out, int n)
{
    for (int j = 0; j < n; j++) {
        out[j] = NULL;
    }
    if (kwnames == NULL) {
        return 0;
    }
    for (rp_ssize_t k = 0; k < rp_tuple_len(kwnames); k++) {
        RpObject *kn = rp_tuple_get_borrow(kwnames, k);
        int found = 0;
        for (int j = 0; j < n; j++) {
            if (rp_str_eq_cstr(kn, names[j])) {
                out[j] = args[nargs + (size_t)k];
                found = 1;
            }
        }
        if (!found) {
            rp_err_format(&RpExc_TypeError, "'%U' is an invalid keyword argument for %s()", kn,
                          rp_type(self)->tp_name);
            return -1;
        }
    }
    return 0;
}

/* ---- ImportError ---------------------------------------------------------------------------- */

#define IE(o) ((RpImportErrorObject *)(o))

static int ImportError_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kw[] = {"name", "path"};
    RpObject *vals[2];
    if (parse_kw(self, args, nargs, kwnames, kw, vals, 2) < 0) {
        return -1;
    }
    if (rp_exc_base_init(self, args, nargs, NULL) < 0) {
        return -1;
    }
    RP_XSETREF(IE(self)->name, rp_xnewref(vals[0]));
    RP_XSETREF(IE(self)->path, rp_xnewref(vals[1]));
    RP_XSETREF(IE(self)->msg, nargs == 1 ? rp_newref(args[0]) : NULL);
    return 0;
}

static int ImportError_clear(RpObject *self)
{
    RP_CLEAR(IE(self)->msg);
    RP_CLEAR(IE(self)->name);
    RP_CLEAR(IE(self)->path);
    return rp_exc_base_clear(self);
}

static int ImportError_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(IE(self)->msg);
    RP_VISIT(IE(self)->name);
    RP_VISIT(IE(self)->path);
    return rp_exc_base_traverse(self, visit, arg);
}

static void ImportError_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    ImportError_clear(self);
    rp_type(self)->tp_free(self);
}

static RpObject *ImportError_str(RpObject *self)
{
    if (IE(self)->msg != NULL && rp_str_check_exact(IE(self)->msg)) {
        return rp_newref(IE(self)->msg);
    }
    return BaseException_str(self);
}

static RpObject *ImportError_reduce(RpObject *self, RpObject *unused)
{
    RpObject *state = NULL;
    RpObject *dict = BE(self)->dict;
    if (IE(self)->name || IE(self)->path) {
        state = dict ? rp_dict_copy(dict) : rp_dict_new();
        if (state == NULL) {
            return NULL;
        }
        if ((IE(self)->name && rp_dict_set(state, rp_id(name), IE(self)->name) < 0) ||
            (IE(self)->path && rp_dict_set(state, rp_id(path), IE(self)->path) < 0)) {
            rp_decref(state);
            return NULL;
        }
    } else if (dict != NULL) {
        state = rp_newref(dict);
    }
    RpObject *args = BE(self)->args ? BE(self)->args : rp_tuple_empty_borrow();
    RpObject *res = state ? rp_tuple_pack(3, (RpObject *)rp_type(self), args, state)
                          : rp_tuple_pack(2, (RpObject *)rp_type(self), args);
    rp_xdecref(state);
    return res;
}

static RpMemberDef ImportError_members[] = {
    {"msg", RP_T_OBJECT, offsetof(RpImportErrorObject, msg), 0, "exception message"},
    {"name", RP_T_OBJECT, offsetof(RpImportErrorObject, name), 0, "module name"},
    {"path", RP_T_OBJECT, offsetof(RpImportErrorObject, path), 0, "module path"},
    {NULL}
};

static RpMethodDef ImportError_methods[] = {
    {"__reduce__", RP_CFUNC(ImportError_reduce), RP_METH_NOARGS, NULL},
    {NULL}
};

/* ---- NameError, AttributeError ------------------------------------------------------------------ */

static int NameError_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kw[] = {"name"};
    RpObject *vals[1];
    if (parse_kw(self, args, nargs, kwnames, kw, vals, 1) < 0) {
        return -1;
    }
    if (rp_exc_base_init(self, args, nargs, NULL) < 0) {
        return -1;
    }
    RP_XSETREF(((RpNameErrorObject *)self)->name, rp_xnewref(vals[0]));
    return 0;
}

static int NameError_clear(RpObject *self)
{
    RP_CLEAR(((RpNameErrorObject *)self)->name);
    return rp_exc_base_clear(self);
}

static int NameError_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpNameErrorObject *)self)->name);
    return rp_exc_base_traverse(self, visit, arg);
}

static void NameError_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    NameError_clear(self);
    rp_type(self)->tp_free(self);
}

static RpMemberDef NameError_members[] = {
    {"name", RP_T_OBJECT, offsetof(RpNameErrorObject, name), 0, "name"},
    {NULL}
};

static int AttributeError_init(RpObject *self, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    static const char *const kw[] = {"name", "obj"};
    RpObject *vals[2];
    if (parse_kw(self, args, nargs, kwnames, kw, vals, 2) < 0) {
        return -1;
    }
    if (rp_exc_base_init(self, args, nargs, NULL) < 0) {
        return -1;
    }
    RP_XSETREF(((RpAttributeErrorObject *)self)->name, rp_xnewref(vals[0]));
    RP_XSETREF(((RpAttributeErrorObject *)self)->obj, rp_xnewref(vals[1]));
    return 0;
}

static int AttributeError_clear(RpObject *self)
{
    RP_CLEAR(((RpAttributeErrorObject *)self)->obj);
    RP_CLEAR(((RpAttributeErrorObject *)self)->name);
    return rp_exc_base_clear(self);
}

static int AttributeError_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpAttributeErrorObject *)self)->obj);
    RP_VISIT(((RpAttributeErrorObject *)self)->name);
    return rp_exc_base_traverse(self, visit, arg);
}

static void AttributeError_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    AttributeError_clear(self);
    rp_type(self)->tp_free(self);
}

static RpMemberDef AttributeError_members[] = {
    {"name", RP_T_OBJECT, offsetof(RpAttributeErrorObject, name), 0, "attribute name"},
    {"obj", RP_T_OBJECT, offsetof(RpAttributeErrorObject, obj), 0, "object"},
    {NULL}
};

/* ---- OSError ------------------------------------------------------------------------------------ */

#define OE(o) ((RpOSErrorObject *)(o))

static RpTypeObject *errno_subclass(long e)
{
    switch (e) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return &RpExc_BlockingIOError;
    case ECHILD:
        return &RpExc_ChildProcessError;
    case EPIPE:
#ifdef ESHUTDOWN
    case ESHUTDOWN:
#endif
        return &RpExc_BrokenPipeError;
    case ECONNABORTED:
        return &RpExc_ConnectionAbortedError;
    case ECONNREFUSED:
        return &RpExc_ConnectionRefusedError;
    case ECONNRESET:
        return &RpExc_ConnectionResetError;
    case EEXIST:
        return &RpExc_FileExistsError;
    case ENOENT:
        return &RpExc_FileNotFoundError;
    case EISDIR:
        return &RpExc_IsADirectoryError;
    case ENOTDIR:
        return &RpExc_NotADirectoryError;
    case EINTR:
        return &RpExc_InterruptedError;
    case EACCES:
    case EPERM:
        return &RpExc_PermissionError;
    case ESRCH:
        return &RpExc_ProcessLookupError;
    case ETIMEDOUT:
        return &RpExc_TimeoutError;
    }
    return NULL;
}

/* Fill errno/strerror/filename/filename2 from 2..5 arguments; args keeps
 * only (errno, strerror) when a filename is given. */
static int oserror_parse(RpObject *self, RpObject *const *args, size_t nargs)
{
    RpOSErrorObject *e = OE(self);
    RpObject *t = NULL;
    if (nargs >= 2 && nargs <= 5) {
        RP_XSETREF(e->myerrno, rp_newref(args[0]));
        RP_XSETREF(e->strerror, rp_newref(args[1]));
        if (nargs >= 3 && args[2] != rp_None) {
            RP_XSETREF(e->filename, rp_newref(args[2]));
            if (nargs == 5 && args[4] != rp_None) {
                RP_XSETREF(e->filename2, rp_newref(args[4]));
            }
            t = rp_tuple_from_array(args, 2);
        }
    }
    if (t == NULL) {
        t = rp_tuple_from_array(args, (rp_ssize_t)nargs);
        if (t == NULL) {
            return -1;
        }
    }
    RP_XSETREF(BE(self)->args, t);
    return 0;
}

static int OSError_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames);

static RpObject *OSError_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    if (type == &RpExc_OSError && nargs >= 2 && nargs <= 5 && rp_int_check(args[0])) {
        int overflow;
        long e = rp_int_as_long_and_overflow(args[0], &overflow);
        if (!overflow) {
            RpTypeObject *sub = errno_subclass(e);
            if (sub != NULL) {
                type = sub;
            }
        }
    }
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0 && type->tp_init == OSError_init) {
        return rp_err_format(&RpExc_TypeError, "%s() takes no keyword arguments", type->tp_name);
    }
    RpObject *self = rp_type_generic_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    OE(self)->written = -1;
    if (oserror_parse(self, args, nargs) < 0) {
        rp_decref(self);
        return NULL;
    }
    rp_gc_track(self);
    return self;
}

static int OSError_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    if (no_keywords(self, kwnames) < 0) {
        return -1;
    }
    /* __new__ parsed the arguments already when it was OSError's own;
       parse again for a subclass __init__ calling super().__init__() */
    return oserror_parse(self, args, nargs);
}

static int OSError_clear(RpObject *self)
{
    RP_CLEAR(OE(self)->myerrno);
    RP_CLEAR(OE(self)->strerror);
    RP_CLEAR(OE(self)->filename);
    RP_CLEAR(OE(self)->filename2);
    return rp_exc_base_clear(self);
}

static int OSError_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(OE(self)->myerrno);
    RP_VISIT(OE(self)->strerror);
    RP_VISIT(OE(self)->filename);
    RP_VISIT(OE(self)->filename2);
    return rp_exc_base_traverse(self, visit, arg);
}

static void OSError_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    OSError_clear(self);
    rp_type(self)->tp_free(self);
}

static RpObject *OSError_str(RpObject *self)
{
    RpOSErrorObject *e = OE(self);
    if (e->filename != NULL) {
        if (e->filename2 != NULL) {
            return rp_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror,
                                      e->filename, e->filename2);
        }
        return rp_str_from_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL) {
        return rp_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    }
    return BaseException_str(self);
}

static RpObject *OSError_reduce(RpObject *self, RpObject *unused)
{
    RpOSErrorObject *e = OE(self);
    RpObject *args = BE(self)->args ? BE(self)->args : rp_tuple_empty_borrow();
    RpObject *newargs;
    if (rp_tuple_len(args) == 2 && e->filename != NULL) {
        newargs = e->filename2
            ? rp_tuple_pack(5, rp_tuple_get_borrow(args, 0), rp_tuple_get_borrow(args, 1),
                            e->filename, rp_None, e->filename2)
            : rp_tuple_pack(3, rp_tuple_get_borrow(args, 0), rp_tuple_get_borrow(args, 1),
                            e->filename);
    } else {
        newargs = rp_newref(args);
    }
    if (newargs == NULL) {
        return NULL;
    }
    RpObject *res = BE(self)->dict
        ? rp_tuple_pack(3, (RpObject *)rp_type(self), newargs, BE(self)->dict)
        : rp_tuple_pack(2, (RpObject *)rp_type(self), newargs);
    rp_decref(newargs);
    return res;
}

static RpObject *OSError_written_get(RpObject *self, void *c)
{
    if (OE(self)->written == -1) {
        return rp_err_set_string(&RpExc_AttributeError, "characters_written");
    }
    return rp_int_from_ssize_t(OE(self)->written);
}

static int OSError_written_set(RpObject *self, RpObject *v, void *c)
{
    if (v == NULL) {
        if (OE(self)->written == -1) {
            rp_err_set_string(&RpExc_AttributeError, "characters_written");
            return -1;
        }
        OE(self)->written = -1;
        return 0;
    }
    rp_ssize_t n = rp_number_as_ssize_t(v, &RpExc_ValueError);
    if (n == -1 && rp_err_occurred()) {
        return -1;
    }
    OE(self)->written = n;
    return 0;
}

static RpMemberDef OSError_members[] = {
    {"errno", RP_T_OBJECT, offsetof(RpOSErrorObject, myerrno), 0, "POSIX exception code"},
    {"strerror", RP_T_OBJECT, offsetof(RpOSErrorObject, strerror), 0, "exception strerror"},
    {"filename", RP_T_OBJECT, offsetof(RpOSErrorObject, filename), 0, "exception filename"},
    {"filename2", RP_T_OBJECT, offsetof(RpOSErrorObject, filename2), 0, "second exception filename"},
    {NULL}
};

static RpGetSetDef OSError_getset[] = {
    {"characters_written", OSError_written_get, OSError_written_set, NULL, NULL},
    {NULL}
};

static RpMethodDef OSError_methods[] = {
    {"__reduce__", RP_CFUNC(OSError_reduce), RP_METH_NOARGS, NULL},
    {NULL}
};

/* ---- SyntaxError ------------------------------------------------------------------------------ */

#define SE(o) ((RpSyntaxErrorObject *)(o))

static int SyntaxError_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    if (rp_exc_base_init(self, args, nargs, kwnames) < 0) {
        return -1;
    }
    RpSyntaxErrorObject *e = SE(self);
    if (nargs >= 1) {
        RP_XSETREF(e->msg, rp_newref(args[0]));
    }
    if (nargs == 2) {
        RpObject *info = rp_sequence_tuple(args[1]);
        if (info == NULL) {
            return -1;
        }
        rp_ssize_t n = rp_tuple_len(info);
        if (n < 4 || n > 6) {
            rp_err_format(&RpExc_TypeError, n < 4 ? "function takes at least 4 arguments (%zd given)"
                                                  : "function takes at most 6 arguments (%zd given)",
                          n);
            rp_decref(info);
            return -1;
        }
        RpObject **it = rp_tuple_items(info);
        RP_XSETREF(e->filename, rp_newref(it[0]));
        RP_XSETREF(e->lineno, rp_newref(it[1]));
        RP_XSETREF(e->offset, rp_newref(it[2]));
        RP_XSETREF(e->text, rp_newref(it[3]));
        RP_XSETREF(e->end_lineno, n > 4 ? rp_newref(it[4]) : NULL);
        RP_XSETREF(e->end_offset, n > 5 ? rp_newref(it[5]) : NULL);
        rp_decref(info);
    }
    return 0;
}

static int SyntaxError_clear(RpObject *self)
{
    RpSyntaxErrorObject *e = SE(self);
    RP_CLEAR(e->msg);
    RP_CLEAR(e->filename);
    RP_CLEAR(e->lineno);
    RP_CLEAR(e->offset);
    RP_CLEAR(e->end_lineno);
    RP_CLEAR(e->end_offset);
    RP_CLEAR(e->text);
    RP_CLEAR(e->print_file_and_line);
    return rp_exc_base_clear(self);
}

static int SyntaxError_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpSyntaxErrorObject *e = SE(self);
    RP_VISIT(e->msg);
    RP_VISIT(e->filename);
    RP_VISIT(e->lineno);
    RP_VISIT(e->offset);
    RP_VISIT(e->end_lineno);
    RP_VISIT(e->end_offset);
    RP_VISIT(e->text);
    RP_VISIT(e->print_file_and_line);
    return rp_exc_base_traverse(self, visit, arg);
}

static void SyntaxError_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    SyntaxError_clear(self);
    rp_type(self)->tp_free(self);
}

static RpObject *basename_of(RpObject *filename)
{
    rp_ssize_t n = rp_str_len(filename), i = n;
    while (i > 0 && rp_str_read_char(filename, i - 1) != '/') {
        i--;
    }
    if (i == 0) {
        return rp_newref(filename);
    }
    return rp_str_substring(filename, i, n);
}

static RpObject *SyntaxError_str(RpObject *self)
{
    RpSyntaxErrorObject *e = SE(self);
    RpObject *filename = NULL;
    if (e->filename != NULL && rp_str_check(e->filename)) {
        filename = basename_of(e->filename);
        if (filename == NULL) {
            return NULL;
        }
    }
    int have_lineno = e->lineno != NULL && rp_int_check_exact(e->lineno);
    RpObject *msg = e->msg ? e->msg : rp_None;
    RpObject *res;
    if (filename != NULL && have_lineno) {
        res = rp_str_from_format("%S (%U, line %ld)", msg, filename, rp_int_as_long(e->lineno));
    } else if (filename != NULL) {
        res = rp_str_from_format("%S (%U)", msg, filename);
    } else if (have_lineno) {
        res = rp_str_from_format("%S (line %ld)", msg, rp_int_as_long(e->lineno));
    } else {
        res = rp_object_str(msg);
    }
    rp_xdecref(filename);
    return res;
}

static RpMemberDef SyntaxError_members[] = {
    {"msg", RP_T_OBJECT, offsetof(RpSyntaxErrorObject, msg), 0, "exception msg"},
    {"filename", RP_T_OBJECT, offsetof(RpSyntaxErrorObject, filename), 0, "exception filename"},
    {"lineno", RP_T_OBJECT, offsetof(RpSyntaxErrorObject, lineno), 0, "exception lineno"},
    {"offset", RP_T_OBJECT, offsetof(RpSyntaxErrorObject, offset), 0, "exception offset"},
    {"text", RP_T_OBJECT, offsetof(RpSyntaxErrorObject, text), 0, "exception text"},
    {"end_lineno", RP_T_OBJECT, offsetof(RpSyntaxErrorObject, end_lineno), 0, "exception end lineno"},
    {"end_offset", RP_T_OBJECT, offsetof(RpSyntaxErrorObject, end_offset), 0, "exception end offset"},
    {"print_file_and_line", RP_T_OBJECT, offsetof(RpSyntaxErrorObject, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL}
};

/* ---- UnicodeError subclasses ------------------------------------------------------------------------ */

#define UE(o) ((RpUnicodeErrorObject *)(o))

static int unicode_error_fill(RpObject *self, RpObject *const *args, size_t nargs, int with_encoding,
                              int bytes_object)
{
    size_t want = with_encoding ? 5 : 4;
    if (nargs != want) {
        rp_err_format(&RpExc_TypeError, "function takes exactly %d arguments (%zd given)", (int)want,
                      (rp_ssize_t)nargs);
        return -1;
    }
    size_t i = 0;
    RpObject *encoding = with_encoding ? args[i++] : NULL;
    RpObject *object = args[i++];
    RpObject *start = args[i++], *end = args[i++], *reason = args[i++];
    if (encoding != NULL && !rp_str_check(encoding)) {
        rp_err_format(&RpExc_TypeError, "argument 1 must be str, not %.200s", rp_type(encoding)->tp_name);
        return -1;
    }
    if (bytes_object ? !(rp_bytes_check(object) || rp_bytearray_check(object)) : !rp_str_check(object)) {
        rp_err_format(&RpExc_TypeError, bytes_object ? "argument %d must be bytes-like object, not '%.200s'"
                                                     : "argument %d must be str, not %.200s",
                      with_encoding ? 2 : 1, rp_type(object)->tp_name);
        return -1;
    }
    rp_ssize_t s = rp_number_as_ssize_t(start, NULL);
    if (s == -1 && rp_err_occurred()) {
        return -1;
    }
    rp_ssize_t e = rp_number_as_ssize_t(end, NULL);
    if (e == -1 && rp_err_occurred()) {
        return -1;
    }
    if (!rp_str_check(reason)) {
        rp_err_format(&RpExc_TypeError, "argument %d must be str, not %.200s", with_encoding ? 5 : 4,
                      rp_type(reason)->tp_name);
        return -1;
    }
    RpUnicodeErrorObject *u = UE(self);
    RP_XSETREF(u->encoding, rp_xnewref(encoding));
    if (bytes_object && !rp_bytes_check(object)) {
        RpObject *b = rp_bytes_from_data(((RpByteArrayObject *)object)->ob_start, rp_size(object));
        if (b == NULL) {
            return -1;
        }
        RP_XSETREF(u->object, b);
    } else {
        RP_XSETREF(u->object, rp_newref(object));
    }
    u->start = s;
    u->end = e;
    RP_XSETREF(u->reason, rp_newref(reason));
    return 0;
}

static int UnicodeDecodeError_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kw)
{
    if (rp_exc_base_init(self, args, nargs, kw) < 0) {
        return -1;
    }
    return unicode_error_fill(self, args, nargs, 1, 1);
}

static int UnicodeEncodeError_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kw)
{
    if (rp_exc_base_init(self, args, nargs, kw) < 0) {
        return -1;
    }
    return unicode_error_fill(self, args, nargs, 1, 0);
}

static int UnicodeTranslateError_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kw)
{
    if (rp_exc_base_init(self, args, nargs, kw) < 0) {
        return -1;
    }
    return unicode_error_fill(self, args, nargs, 0, 0);
}

static int UnicodeError_clear(RpObject *self)
{
    RP_CLEAR(UE(self)->encoding);
    RP_CLEAR(UE(self)->object);
    RP_CLEAR(UE(self)->reason);
    return rp_exc_base_clear(self);
}

static int UnicodeError_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(UE(self)->encoding);
    RP_VISIT(UE(self)->object);
    RP_VISIT(UE(self)->reason);
    return rp_exc_base_traverse(self, visit, arg);
}

static void UnicodeError_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    UnicodeError_clear(self);
    rp_type(self)->tp_free(self);
}

static rp_ssize_t object_len(RpObject *o)
{
    if (o == NULL) {
        return 0;
    }
    return rp_str_check(o) ? rp_str_len(o) : rp_size(o);
}

/* '\xe9', '\u20ac', '\U0001f600' as CPython's UnicodeEncodeError shows it */
static void fmt_char(char *buf, size_t n, uint32_t ch)
{
    if (ch <= 0xff) {
        snprintf(buf, n, "\\x%02x", ch);
    } else if (ch <= 0xffff) {
        snprintf(buf, n, "\\u%04x", ch);
    } else {
        snprintf(buf, n, "\\U%08x", ch);
    }
}

static RpObject *UnicodeDecodeError_str(RpObject *self)
{
    RpUnicodeErrorObject *u = UE(self);
    if (u->object == NULL) {
        return rp_newref(rp_str_empty_borrow());
    }
    RpObject *reason = rp_object_str(u->reason);
    RpObject *enc = reason ? rp_object_str(u->encoding) : NULL;
    RpObject *res = NULL;
    if (enc != NULL) {
        if (u->start < object_len(u->object) && u->end == u->start + 1) {
            char byte[8];
            snprintf(byte, sizeof byte, "0x%02x", (unsigned char)rp_bytes_data(u->object)[u->start]);
            res = rp_str_from_format("'%U' codec can't decode byte %s in position %zd: %U", enc,
                                     byte, u->start, reason);
        } else {
            res = rp_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", enc,
                                     u->start, u->end - 1, reason);
        }
    }
    rp_xdecref(enc);
    rp_xdecref(reason);
    return res;
}

static RpObject *UnicodeEncodeError_str(RpObject *self)
{
    RpUnicodeErrorObject *u = UE(self);
    if (u->object == NULL) {
        return rp_newref(rp_str_empty_borrow());
    }
    RpObject *reason = rp_object_str(u->reason);
    RpObject *enc = reason ? rp_object_str(u->encoding) : NULL;
    RpObject *res = NULL;
    if (enc != NULL) {
        if (u->start < object_len(u->object) && u->end == u->start + 1) {
            char buf[16];
            fmt_char(buf, sizeof buf, rp_str_read_char(u->object, u->start));
            res = rp_str_from_format("'%U' codec can't encode character '%s' in position %zd: %U",
                                     enc, buf, u->start, reason);
        } else {
            res = rp_str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U",
                                     enc, u->start, u->end - 1, reason);
        }
    }
    rp_xdecref(enc);
    rp_xdecref(reason);
    return res;
}

static RpObject *UnicodeTranslateError_str(RpObject *self)
{
    RpUnicodeErrorObject *u = UE(self);
    if (u->object == NULL) {
        return rp_newref(rp_str_empty_borrow());
    }
    RpObject *reason = rp_object_str(u->reason);
    if (reason == NULL) {
        return NULL;
    }
    RpObject *res;
    if (u->start < object_len(u->object) && u->end == u->start + 1) {
        char buf[16];
        fmt_char(buf, sizeof buf, rp_str_read_char(u->object, u->start));
        res = rp_str_from_format("can't translate character '%s' in position %zd: %U", buf,
                                 u->start, reason);
    } else {
        res = rp_str_from_format("can't translate characters in position %zd-%zd: %U", u->start,
                                 u->end - 1, reason);
    }
    rp_decref(reason);
    return res;
}

static RpMemberDef UnicodeError_members[] = {
    {"encoding", RP_T_OBJECT, offsetof(RpUnicodeErrorObject, encoding), 0, "exception encoding"},
    {"object", RP_T_OBJECT, offsetof(RpUnicodeErrorObject, object), 0, "exception object"},
    {"start", RP_T_SSIZE, offsetof(RpUnicodeErrorObject, start), 0, "exception start"},
    {"end", RP_T_SSIZE, offsetof(RpUnicodeErrorObject, end), 0, "exception end"},
    {"reason", RP_T_OBJECT, offsetof(RpUnicodeErrorObject, reason), 0, "exception reason"},
    {NULL}
};

/* ---- the types -------------------------------------------------------------------------------------- */

#define EXC_FLAGS (RP_TPFLAGS_BASETYPE | RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASE_EXC_SUBCLASS)

#define LAYOUT_Base                                                                \
    .tp_basicsize = sizeof(RpBaseExceptionObject), .tp_new = rp_exc_base_new,    \
    .tp_init = rp_exc_base_init, .tp_dealloc = BaseException_dealloc,            \
    .tp_traverse = rp_exc_base_traverse, .tp_clear = rp_exc_base_clear
#define LAYOUT_StopIter                                                            \
    .tp_basicsize = sizeof(RpStopIterationObject), .tp_new = rp_exc_base_new,    \
    .tp_init = StopIteration_init, .tp_dealloc = StopIteration_dealloc,            \
    .tp_traverse = StopIteration_traverse, .tp_clear = StopIteration_clear,        \
    .tp_members = StopIteration_members
#define LAYOUT_SystemExit                                                          \
    .tp_basicsize = sizeof(RpSystemExitObject), .tp_new = rp_exc_base_new,       \
    .tp_init = SystemExit_init, .tp_dealloc = SystemExit_dealloc,                  \
    .tp_traverse = SystemExit_traverse, .tp_clear = SystemExit_clear,              \
    .tp_members = SystemExit_members
#define LAYOUT_Syntax                                                              \
    .tp_basicsize = sizeof(RpSyntaxErrorObject), .tp_new = rp_exc_base_new,      \
    .tp_init = SyntaxError_init, .tp_dealloc = SyntaxError_dealloc,                \
    .tp_traverse = SyntaxError_traverse, .tp_clear = SyntaxError_clear,            \
    .tp_members = SyntaxError_members, .tp_str = SyntaxError_str
#define LAYOUT_Import                                                              \
    .tp_basicsize = sizeof(RpImportErrorObject), .tp_new = rp_exc_base_new,      \
    .tp_init = ImportError_init, .tp_dealloc = ImportError_dealloc,                \
    .tp_traverse = ImportError_traverse, .tp_clear = ImportError_clear,            \
    .tp_members = ImportError_members, .tp_str = ImportError_str,                  \
    .tp_methods = ImportError_methods
#define LAYOUT_Name                                                                \
    .tp_basicsize = sizeof(RpNameErrorObject), .tp_new = rp_exc_base_new,        \
    .tp_init = NameError_init, .tp_dealloc = NameError_dealloc,                    \
    .tp_traverse = NameError_traverse, .tp_clear = NameError_clear,                \
    .tp_members = NameError_members
#define LAYOUT_Attribute                                                           \
    .tp_basicsize = sizeof(RpAttributeErrorObject), .tp_new = rp_exc_base_new,   \
    .tp_init = AttributeError_init, .tp_dealloc = AttributeError_dealloc,          \
    .tp_traverse = AttributeError_traverse, .tp_clear = AttributeError_clear,      \
    .tp_members = AttributeError_members
#define LAYOUT_OS                                                                  \
    .tp_basicsize = sizeof(RpOSErrorObject), .tp_new = OSError_new,                \
    .tp_init = OSError_init, .tp_dealloc = OSError_dealloc,                        \
    .tp_traverse = OSError_traverse, .tp_clear = OSError_clear,                    \
    .tp_members = OSError_members, .tp_str = OSError_str,                          \
    .tp_methods = OSError_methods, .tp_getset = OSError_getset
#define LAYOUT_Unicode                                                             \
    .tp_basicsize = sizeof(RpUnicodeErrorObject), .tp_new = rp_exc_base_new,     \
    .tp_init = UnicodeDecodeError_init, .tp_dealloc = UnicodeError_dealloc,        \
    .tp_traverse = UnicodeError_traverse, .tp_clear = UnicodeError_clear,          \
    .tp_members = UnicodeError_members, .tp_str = UnicodeDecodeError_str
#define LAYOUT_Group                                                               \
    .tp_basicsize = sizeof(RpBaseExceptionGroupObject), .tp_new = rp_excgroup_new, \
    .tp_init = rp_excgroup_init, .tp_dealloc = rp_excgroup_dealloc,  \
    .tp_traverse = rp_excgroup_traverse, .tp_clear = rp_excgroup_clear, \
    .tp_members = rp_excgroup_members, .tp_str = rp_excgroup_str,   \
    .tp_methods = rp_excgroup_methods
#define LAYOUT_GroupW                                                              \
    .tp_basicsize = sizeof(RpExceptionGroupObject), .tp_new = rp_excgroup_new,   \
    .tp_weaklistoffset = offsetof(RpExceptionGroupObject, weakreflist),            \
    .tp_init = rp_excgroup_init, .tp_dealloc = rp_excgroup_dealloc,  \
    .tp_traverse = rp_excgroup_traverse, .tp_clear = rp_excgroup_clear, \
    .tp_members = rp_excgroup_members, .tp_str = rp_excgroup_str,   \
    .tp_methods = rp_excgroup_methods

#define RpExc_NONE RpBaseObject_Type
#define RP_EXC(name, base, layout)                                                 \
    RpTypeObject RpExc_##name = {                                                  \
        .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),                      \
        .tp_name = #name,                                                          \
        .tp_base = &RpExc_##base,                                                  \
        .tp_flags = EXC_FLAGS,                                                     \
        .tp_dictoffset = offsetof(RpBaseExceptionObject, dict),                    \
        LAYOUT_##layout,                                                           \
    };
#include "exceptions.def"
#undef RP_EXC

/* ---- API ---------------------------------------------------------------------------------------------- */

RpObject *rp_exception_new(RpTypeObject *type, RpObject *const *args, size_t nargs)
{
    if (type->tp_new == rp_exc_base_new && type->tp_init == rp_exc_base_init) {
        return rp_exc_base_new(type, args, nargs, NULL);
    }
    return rp_call((RpObject *)type, args, nargs, NULL);
}

RpObject *rp_exception_get_traceback_borrow(RpObject *exc)
{
    return BE(exc)->traceback;
}

void rp_exception_set_traceback(RpObject *exc, RpObject *tb)
{
    if (tb == rp_None) {
        rp_decref(tb);
        tb = NULL;
    }
    RP_XSETREF(BE(exc)->traceback, tb);
}

RpObject *rp_exception_get_context_borrow(RpObject *exc)
{
    return BE(exc)->context;
}

void rp_exception_set_context_steal(RpObject *exc, RpObject *ctx)
{
    if (ctx == rp_None) {
        rp_decref(ctx);
        ctx = NULL;
    }
    RP_XSETREF(BE(exc)->context, ctx);
}

RpObject *rp_exception_get_cause_borrow(RpObject *exc)
{
    return BE(exc)->cause;
}

void rp_exception_set_cause_steal(RpObject *exc, RpObject *cause)
{
    if (cause == rp_None) {
        rp_decref(cause);
        cause = NULL;
    }
    BE(exc)->suppress_context = 1;
    RP_XSETREF(BE(exc)->cause, cause);
}

RpObject *rp_exception_get_args_borrow(RpObject *exc)
{
    return BE(exc)->args;
}

int rp_exceptions_init(RpObject *builtins_dict)
{
    /* the slots that differ from their layout's */
    RpExc_BaseException.tp_repr = BaseException_repr;
    RpExc_BaseException.tp_str = BaseException_str;
    RpExc_BaseException.tp_getattro = rp_object_generic_getattr;
    RpExc_BaseException.tp_setattro = rp_object_generic_setattr;
    RpExc_BaseException.tp_methods = BaseException_methods;
    RpExc_BaseException.tp_getset = BaseException_getset;
    RpExc_BaseException.tp_members = BaseException_members;
    RpExc_BaseException.tp_doc = "Common base class for all exceptions";
    RpExc_Exception.tp_doc = "Common base class for all non-exit exceptions.";
    RpExc_KeyError.tp_str = KeyError_str;
    RpExc_UnicodeEncodeError.tp_init = UnicodeEncodeError_init;
    RpExc_UnicodeEncodeError.tp_str = UnicodeEncodeError_str;
    RpExc_UnicodeTranslateError.tp_init = UnicodeTranslateError_init;
    RpExc_UnicodeTranslateError.tp_str = UnicodeTranslateError_str;
    /* ExceptionGroup(BaseExceptionGroup, Exception): two bases */
    if (RpExc_ExceptionGroup.tp_bases == NULL) {
        RpExc_ExceptionGroup.tp_bases = rp_tuple_pack(2, (RpObject *)&RpExc_BaseExceptionGroup,
                                                      (RpObject *)&RpExc_Exception);
        if (RpExc_ExceptionGroup.tp_bases == NULL) {
            return -1;
        }
    }
#define RP_EXC(name, base, layout)                                                    \
    if (rp_type_ready(&RpExc_##name) < 0) {                                           \
        return -1;                                                                    \
    }                                                                                 \
    if (builtins_dict != NULL && rp_dict_set_cstr(builtins_dict, #name, (RpObject *)&RpExc_##name) < 0) { \
        return -1;                                                                    \
    }
#include "exceptions.def"
#undef RP_EXC
    if (builtins_dict != NULL &&
        (rp_dict_set_cstr(builtins_dict, "EnvironmentError", (RpObject *)&RpExc_OSError) < 0 ||
         rp_dict_set_cstr(builtins_dict, "IOError", (RpObject *)&RpExc_OSError) < 0)) {
        return -1;
    }
    return 0;
}
