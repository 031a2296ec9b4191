/* funcobject.c - Python functions (see funcobject.h).
 *
 * Models CPython 3.11's Objects/funcobject.c: MAKE_FUNCTION builds one
 * from a code object; its attributes are those of CPython (__name__,
 * __qualname__, __module__, __defaults__, __kwdefaults__, __code__,
 * __globals__, __builtins__, __closure__, __doc__, __dict__,
 * __annotations__); calling it runs the code in a new frame (ceval.c).
 */
#include "funcobject.h"

#include <stddef.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/ceval.h"
#include "../vm/errors.h"
#include "codeobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"
#include "weakrefobject.h"

RpObject *rp_builtins_from_globals_borrow(RpObject *globals)
{
    RpObject *b = rp_dict_get_borrow(globals, rp_id(__builtins__));
    if (b != NULL) {
        if (rp_module_check(b)) {
            return rp_module_dict_borrow(b);
        }
        if (rp_dict_check(b)) {
            return b;
        }
    }
    rp_err_clear();
    return rp_runtime.builtins_dict;
}

RpObject *rp_function_new(RpObject *code, RpObject *globals, RpObject *qualname)
{
    RpCodeObject *co = (RpCodeObject *)code;
    RpObject *module = rp_dict_get_borrow(globals, rp_id(__name__));
    if (module == NULL && rp_err_occurred()) {
        return NULL;
    }
    RpObject *builtins = rp_builtins_from_globals_borrow(globals);
    RpFunctionObject *op = (RpFunctionObject *)rp_object_alloc(&RpFunction_Type);
    if (op == NULL) {
        return NULL;
    }
    op->func_globals = rp_newref(globals);
    op->func_builtins = rp_xnewref(builtins);
    op->func_name = rp_newref(co->co_name);
    op->func_qualname = rp_newref(qualname ? qualname : co->co_qualname);
    op->func_code = rp_newref(code);
    op->func_defaults = NULL;
    op->func_kwdefaults = NULL;
    op->func_closure = NULL;
    RpObject *doc = rp_tuple_len(co->co_consts) > 0 ? rp_tuple_get_borrow(co->co_consts, 0)
                                                     : rp_None;
    if (!rp_str_check(doc)) {
        doc = rp_None;
    }
    op->func_doc = rp_newref(doc);
    op->func_dict = NULL;
    op->func_weakreflist = NULL;
    op->func_module = rp_xnewref(module);
    op->func_annotations = NULL;
    op->vectorcall = rp_function_vectorcall;
    op->func_version = 0;
    rp_gc_track(op);
    return (RpObject *)op;
}

RpObject *rp_function_vectorcall(RpObject *func, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames)
{
    return rp_eval_vector((RpFunctionObject *)func, NULL, args, nargs, kwnames);
}

/* ---- the type --------------------------------------------------------------- */

static int func_clear(RpObject *self)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    op->func_version = 0;
    RP_CLEAR(op->func_globals);
    RP_CLEAR(op->func_builtins);
    RP_CLEAR(op->func_module);
    RP_CLEAR(op->func_defaults);
    RP_CLEAR(op->func_kwdefaults);
    RP_CLEAR(op->func_doc);
    RP_CLEAR(op->func_dict);
    RP_CLEAR(op->func_closure);
    RP_CLEAR(op->func_annotations);
    /* code, name and qualname are never NULL: the names become '' */
    RP_SETREF(op->func_name, rp_newref(rp_str_empty_borrow()));
    RP_SETREF(op->func_qualname, rp_newref(rp_str_empty_borrow()));
    return 0;
}

static void func_dealloc(RpObject *self)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    rp_gc_untrack(self);
    if (op->func_weakreflist != NULL) {
        rp_weakref_clear_all(self);
    }
    func_clear(self);
    RP_DECREF(op->func_code);
    RP_DECREF(op->func_name);
    RP_DECREF(op->func_qualname);
    rp_object_free(self);
}

static int func_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpFunctionObject *f = (RpFunctionObject *)self;
    RP_VISIT(f->func_code);
    RP_VISIT(f->func_globals);
    RP_VISIT(f->func_builtins);
    RP_VISIT(f->func_module);
    RP_VISIT(f->func_defaults);
    RP_VISIT(f->func_kwdefaults);
    RP_VISIT(f->func_doc);
    RP_VISIT(f->func_name);
    RP_VISIT(f->func_dict);
    RP_VISIT(f->func_closure);
    RP_VISIT(f->func_annotations);
    RP_VISIT(f->func_qualname);
    return 0;
}

static RpObject *func_repr(RpObject *self)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    return rp_str_from_format("<function %U at %p>", op->func_qualname, (void *)op);
}

static RpObject *func_descr_get(RpObject *func, RpObject *obj, RpObject *type)
{
    if (obj == NULL || obj == rp_None) {
        return rp_newref(func);
    }
    return rp_method_new(func, obj);
}

/* ---- attributes ------------------------------------------------------------------ */

static RpObject *func_get_code(RpObject *self, void *c)
{
    return rp_newref(((RpFunctionObject *)self)->func_code);
}

static int func_set_code(RpObject *self, RpObject *value, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    if (value == NULL || !rp_code_check(value)) {
        rp_err_set_string(&RpExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    int nfree = ((RpCodeObject *)value)->co_nfreevars;
    int nclosure = op->func_closure == NULL ? 0 : (int)rp_tuple_len(op->func_closure);
    if (nclosure != nfree) {
        rp_err_format(&RpExc_ValueError,
                      "%U() requires a code object with %zd free vars, not %zd",
                      op->func_name, (rp_ssize_t)nclosure, (rp_ssize_t)nfree);
        return -1;
    }
    op->func_version = 0;
    RP_SETREF(op->func_code, rp_newref(value));
    return 0;
}

static RpObject *func_get_name(RpObject *self, void *c)
{
    return rp_newref(((RpFunctionObject *)self)->func_name);
}

static int func_set_name(RpObject *self, RpObject *value, void *c)
{
    if (value == NULL || !rp_str_check(value)) {
        rp_err_set_string(&RpExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    RP_SETREF(((RpFunctionObject *)self)->func_name, rp_newref(value));
    return 0;
}

static RpObject *func_get_qualname(RpObject *self, void *c)
{
    return rp_newref(((RpFunctionObject *)self)->func_qualname);
}

static int func_set_qualname(RpObject *self, RpObject *value, void *c)
{
    if (value == NULL || !rp_str_check(value)) {
        rp_err_set_string(&RpExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    RP_SETREF(((RpFunctionObject *)self)->func_qualname, rp_newref(value));
    return 0;
}

static RpObject *func_get_defaults(RpObject *self, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    return rp_newref(op->func_defaults ? op->func_defaults : rp_None);
}

static int func_set_defaults(RpObject *self, RpObject *value, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    if (value == rp_None) {
        value = NULL;
    }
    if (value != NULL && !rp_tuple_check(value)) {
        rp_err_set_string(&RpExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    op->func_version = 0;
    RP_XSETREF(op->func_defaults, rp_xnewref(value));
    return 0;
}

static RpObject *func_get_kwdefaults(RpObject *self, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    return rp_newref(op->func_kwdefaults ? op->func_kwdefaults : rp_None);
}

static int func_set_kwdefaults(RpObject *self, RpObject *value, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    if (value == rp_None) {
        value = NULL;
    }
    if (value != NULL && !rp_dict_check(value)) {
        rp_err_set_string(&RpExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    op->func_version = 0;
    RP_XSETREF(op->func_kwdefaults, rp_xnewref(value));
    return 0;
}

/* The compiler stores annotations as a flat tuple (name, value, ...);
 * __annotations__ turns it into a dict on first use. */
static RpObject *func_get_annotations(RpObject *self, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    if (op->func_annotations == NULL) {
        op->func_annotations = rp_dict_new();
        if (op->func_annotations == NULL) {
            return NULL;
        }
    }
    else if (rp_tuple_check(op->func_annotations)) {
        RpObject *t = op->func_annotations;
        RpObject *d = rp_dict_new();
        if (d == NULL) {
            return NULL;
        }
        for (rp_ssize_t i = 0; i + 1 < rp_tuple_len(t); i += 2) {
            if (rp_dict_set(d, rp_tuple_get_borrow(t, i), rp_tuple_get_borrow(t, i + 1)) < 0) {
                RP_DECREF(d);
                return NULL;
            }
        }
        RP_SETREF(op->func_annotations, d);
    }
    return rp_newref(op->func_annotations);
}

static int func_set_annotations(RpObject *self, RpObject *value, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    if (value == rp_None) {
        value = NULL;
    }
    if (value != NULL && !rp_dict_check(value)) {
        rp_err_set_string(&RpExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    RP_XSETREF(op->func_annotations, rp_xnewref(value));
    return 0;
}

static RpObject *func_get_dict(RpObject *self, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    if (op->func_dict == NULL) {
        op->func_dict = rp_dict_new();
        if (op->func_dict == NULL) {
            return NULL;
        }
    }
    return rp_newref(op->func_dict);
}

static int func_set_dict(RpObject *self, RpObject *value, void *c)
{
    RpFunctionObject *op = (RpFunctionObject *)self;
    if (value == NULL) {
        rp_err_set_string(&RpExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!rp_dict_check(value)) {
        rp_err_format(&RpExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                      RP_TYPE(value)->tp_name);
        return -1;
    }
    RP_XSETREF(op->func_dict, rp_newref(value));
    return 0;
}

static RpGetSetDef func_getset[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

#define OFF(f) offsetof(RpFunctionObject, f)
static RpMemberDef func_members[] = {
    {"__closure__", RP_T_OBJECT, OFF(func_closure), RP_READONLY, NULL},
    {"__doc__", RP_T_OBJECT, OFF(func_doc), 0, NULL},
    {"__globals__", RP_T_OBJECT, OFF(func_globals), RP_READONLY, NULL},
    {"__module__", RP_T_OBJECT, OFF(func_module), 0, NULL},
    {"__builtins__", RP_T_OBJECT, OFF(func_builtins), RP_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};
#undef OFF

/* function(code, globals, name=None, argdefs=None, closure=None) */
static RpObject *func_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                          RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        return rp_err_set_string(&RpExc_TypeError, "function() takes no keyword arguments");
    }
    if (nargs < 2 || nargs > 5) {
        return rp_err_format(&RpExc_TypeError,
                             "function() takes at least 2 arguments (%zd given)",
                             (rp_ssize_t)nargs);
    }
    if (!rp_code_check(args[0])) {
        return rp_err_format(&RpExc_TypeError,
                             "function() argument 'code' must be code, not %.200s",
                             RP_TYPE(args[0])->tp_name);
    }
    if (!rp_dict_check(args[1])) {
        return rp_err_format(&RpExc_TypeError,
                             "function() argument 'globals' must be dict, not %.200s",
                             RP_TYPE(args[1])->tp_name);
    }
    RpCodeObject *co = (RpCodeObject *)args[0];
    RpObject *name = nargs > 2 ? args[2] : rp_None;
    RpObject *defaults = nargs > 3 ? args[3] : rp_None;
    RpObject *closure = nargs > 4 ? args[4] : rp_None;
    if (name != rp_None && !rp_str_check(name)) {
        return rp_err_set_string(&RpExc_TypeError, "arg 3 (name) must be None or string");
    }
    if (defaults != rp_None && !rp_tuple_check(defaults)) {
        return rp_err_set_string(&RpExc_TypeError, "arg 4 (defaults) must be None or tuple");
    }
    rp_ssize_t nclosure = closure == rp_None ? 0 : (rp_tuple_check(closure) ? rp_tuple_len(closure) : -1);
    if (nclosure < 0) {
        return rp_err_set_string(&RpExc_TypeError, "arg 5 (closure) must be tuple");
    }
    if (co->co_nfreevars != nclosure) {
        return rp_err_format(&RpExc_ValueError, "%U requires closure of length %zd, not %zd",
                             co->co_name, (rp_ssize_t)co->co_nfreevars, nclosure);
    }
    RpObject *f = rp_function_new(args[0], args[1], NULL);
    if (f == NULL) {
        return NULL;
    }
    RpFunctionObject *op = (RpFunctionObject *)f;
    if (name != rp_None) {
        RP_SETREF(op->func_name, rp_newref(name));
    }
    if (defaults != rp_None) {
        op->func_defaults = rp_newref(defaults);
    }
    if (closure != rp_None) {
        op->func_closure = rp_newref(closure);
    }
    return f;
}

RpTypeObject RpFunction_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "function",
    .tp_basicsize = sizeof(RpFunctionObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = func_dealloc,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_repr = func_repr,
    .tp_call = rp_function_vectorcall,
    .tp_getattro = rp_object_generic_getattr,
    .tp_setattro = rp_object_generic_setattr,
    .tp_descr_get = func_descr_get,
    .tp_getset = func_getset,
    .tp_members = func_members,
    .tp_new = func_new,
    .tp_dictoffset = offsetof(RpFunctionObject, func_dict),
    .tp_weaklistoffset = offsetof(RpFunctionObject, func_weakreflist),
    .tp_free = rp_object_free,
};

_Static_assert(sizeof(RpFunctionObject) == 136, "function size must match CPython 3.11");
