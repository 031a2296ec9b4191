/* methodobject.c - builtin_function_or_method and bound methods.
 *
 * Models CPython 3.11's Objects/methodobject.c (C functions: len,
 * [].append) and classobject.c (the bound method a Python function gives
 * when looked up on an instance).  Argument-count errors use CPython's
 * texts: "len() takes exactly one argument (0 given)",
 * "list.copy() takes no arguments (1 given)".
 */
#include "methodobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "moduleobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"
#include "weakrefobject.h"

/* ---- calling a C function ------------------------------------------------------- */

/* "list.append", "len", "A.__init_subclass__": the name in messages */
static RpObject *cfunc_qualname(RpMethodDef *ml, RpObject *self)
{
    if (self != NULL && rp_module_check(self)) {
        /* "math.sqrt", but "len" for builtins (CPython's _PyObject_FunctionStr) */
        RpObject *mn = ((RpModuleObject *)self)->md_name;
        if (mn != NULL && rp_str_check(mn) && !rp_str_eq_cstr(mn, "builtins")) {
            return rp_str_from_format("%U.%s", mn, ml->ml_name);
        }
        return rp_str_from_cstr(ml->ml_name);
    }
    if (self == NULL) {
        return rp_str_from_cstr(ml->ml_name);
    }
    RpObject *tq;
    if (rp_type_check(self)) {
        tq = rp_type_qualname((RpTypeObject *)self);
    } else {
        tq = rp_type_qualname(rp_type(self));
    }
    if (tq == NULL) {
        return NULL;
    }
    RpObject *r = rp_str_from_format("%U.%s", tq, ml->ml_name);
    rp_decref(tq);
    return r;
}

static RpObject *arg_error(RpMethodDef *ml, RpObject *self, const char *fmt, rp_ssize_t n)
{
    RpObject *q = cfunc_qualname(ml, self);
    if (q == NULL) {
        return NULL;
    }
    rp_err_format(&RpExc_TypeError, fmt, q, n);
    rp_decref(q);
    return NULL;
}

typedef RpObject *(*rp_noargs_fn)(RpObject *, RpObject *);
typedef RpObject *(*rp_fast_fn)(RpObject *, RpObject *const *, size_t);
typedef RpObject *(*rp_fastkw_fn)(RpObject *, RpObject *const *, size_t, RpObject *);

RpObject *rp_methoddef_call(RpMethodDef *ml, RpObject *self, RpObject *const *args,
                            size_t nargs, RpObject *kwnames)
{
    int flags = ml->ml_flags & (RP_METH_NOARGS | RP_METH_O | RP_METH_FASTCALL | RP_METH_KEYWORDS);
    RpObject *msgself = self;   /* names the function in messages */
    if (ml->ml_flags & RP_METH_STATIC) {
        self = NULL;
    }
    int haskw = kwnames != NULL && rp_tuple_len(kwnames) > 0;
    if (RP_UNLIKELY(haskw) && flags != (RP_METH_FASTCALL | RP_METH_KEYWORDS)) {
        return arg_error(ml, msgself, "%U() takes no keyword arguments", 0);
    }
    switch (flags) {
    case RP_METH_NOARGS:
        if (nargs != 0) {
            return arg_error(ml, msgself, "%U() takes no arguments (%zd given)", (rp_ssize_t)nargs);
        }
        return ((rp_noargs_fn)(void (*)(void))ml->ml_meth)(self, NULL);
    case RP_METH_O:
        if (nargs != 1) {
            return arg_error(ml, msgself, "%U() takes exactly one argument (%zd given)",
                             (rp_ssize_t)nargs);
        }
        return ((rp_noargs_fn)(void (*)(void))ml->ml_meth)(self, args[0]);
    case RP_METH_FASTCALL:
        return ((rp_fast_fn)(void (*)(void))ml->ml_meth)(self, args, nargs);
    case RP_METH_FASTCALL | RP_METH_KEYWORDS:
        return ((rp_fastkw_fn)(void (*)(void))ml->ml_meth)(self, args, nargs, haskw ? kwnames : NULL);
    default:
        return rp_err_set_string(&RpExc_SystemError, "bad call flags");
    }
}

RpObject *rp_call_prepend(RpObject *callable, RpObject *self, RpObject *const *args,
                          size_t nargs, RpObject *kwnames)
{
    size_t nkw = kwnames ? (size_t)rp_tuple_len(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    RpObject *small[9];
    RpObject **stack = total <= 9 ? small : rp_mem_malloc(total * sizeof(RpObject *));
    if (stack == NULL) {
        return rp_err_nomemory();
    }
    stack[0] = self;
    if (nargs + nkw > 0) {
        memcpy(stack + 1, args, (nargs + nkw) * sizeof(RpObject *));
    }
    RpObject *r = rp_call(callable, stack, nargs + 1, nkw ? kwnames : NULL);
    if (stack != small) {
        rp_mem_free(stack);
    }
    return r;
}

/* ---- builtin_function_or_method -------------------------------------------------- */

static RpObject *cfunction_vectorcall(RpObject *func, RpObject *const *args, size_t nargs,
                                      RpObject *kwnames)
{
    RpCFunctionObject *f = (RpCFunctionObject *)func;
    return rp_methoddef_call(f->m_ml, f->m_self, args, nargs, kwnames);
}

RpObject *rp_cfunction_new(RpMethodDef *ml, RpObject *self, RpObject *module)
{
    RpCFunctionObject *f = (RpCFunctionObject *)rp_object_alloc(&RpCFunction_Type);
    if (f == NULL) {
        return NULL;
    }
    f->m_ml = ml;
    f->m_self = rp_xnewref(self);
    f->m_module = rp_xnewref(module);
    f->m_weakreflist = NULL;
    f->vectorcall = cfunction_vectorcall;
    rp_gc_track(f);
    return (RpObject *)f;
}

static void cfunction_dealloc(RpObject *self)
{
    RpCFunctionObject *f = (RpCFunctionObject *)self;
    rp_gc_untrack(self);
    if (f->m_weakreflist != NULL) {
        rp_weakref_clear_all(self);
    }
    RP_CLEAR(f->m_self);
    RP_CLEAR(f->m_module);
    rp_object_free(self);
}

static int cfunction_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpCFunctionObject *f = (RpCFunctionObject *)self;
    RP_VISIT(f->m_self);
    RP_VISIT(f->m_module);
    return 0;
}

static RpObject *cfunction_repr(RpObject *self)
{
    RpCFunctionObject *f = (RpCFunctionObject *)self;
    if (f->m_self == NULL || rp_module_check(f->m_self)) {
        return rp_str_from_format("<built-in function %s>", f->m_ml->ml_name);
    }
    return rp_str_from_format("<built-in method %s of %s object at %p>", f->m_ml->ml_name,
                              rp_type(f->m_self)->tp_name, (void *)f->m_self);
}

static RpObject *cfunction_richcompare(RpObject *a, RpObject *b, int op)
{
    if ((op != RP_EQ && op != RP_NE) || !rp_cfunction_check(a) || !rp_cfunction_check(b)) {
        return rp_notimplemented_new();
    }
    RpCFunctionObject *fa = (RpCFunctionObject *)a, *fb = (RpCFunctionObject *)b;
    int eq = fa->m_self == fb->m_self && fa->m_ml->ml_meth == fb->m_ml->ml_meth;
    return rp_bool_from_long(op == RP_EQ ? eq : !eq);
}

static rp_hash_t cfunction_hash(RpObject *self)
{
    RpCFunctionObject *f = (RpCFunctionObject *)self;
    rp_hash_t x = rp_object_generic_hash(f->m_self ? f->m_self : rp_None);
    rp_hash_t y = (rp_hash_t)(((uintptr_t)(void *)f->m_ml->ml_meth >> 4) |
                              ((uintptr_t)(void *)f->m_ml->ml_meth << (8 * sizeof(void *) - 4)));
    x ^= y;
    return x == -1 ? -2 : x;
}

static RpObject *cfunction_get_name(RpObject *self, void *c)
{
    return rp_str_from_cstr(((RpCFunctionObject *)self)->m_ml->ml_name);
}

static RpObject *cfunction_get_qualname(RpObject *self, void *c)
{
    RpCFunctionObject *f = (RpCFunctionObject *)self;
    return cfunc_qualname(f->m_ml, f->m_self);
}

static RpObject *cfunction_get_self(RpObject *self, void *c)
{
    RpCFunctionObject *f = (RpCFunctionObject *)self;
    return rp_newref(f->m_self ? f->m_self : rp_None);
}

static RpObject *cfunction_get_doc(RpObject *self, void *c)
{
    const char *doc = ((RpCFunctionObject *)self)->m_ml->ml_doc;
    if (doc == NULL) {
        return rp_none_new();
    }
    const char *sig_end = strstr(doc, "\n--\n\n");
    return rp_str_from_cstr(sig_end ? sig_end + 5 : doc);
}

static RpObject *cfunction_get_module(RpObject *self, void *c)
{
    RpCFunctionObject *f = (RpCFunctionObject *)self;
    if (f->m_module != NULL) {
        return rp_newref(f->m_module);
    }
    if (f->m_self != NULL && rp_module_check(f->m_self)) {
        return rp_newref(((RpModuleObject *)f->m_self)->md_name);
    }
    return rp_none_new();
}

static int cfunction_set_module(RpObject *self, RpObject *value, void *c)
{
    RP_XSETREF(((RpCFunctionObject *)self)->m_module, rp_xnewref(value));
    return 0;
}

static RpObject *cfunction_text_signature(RpObject *self, void *c)
{
    return rp_none_new();
}

static RpObject *cfunction_reduce(RpObject *self, RpObject *unused)
{
    RpCFunctionObject *f = (RpCFunctionObject *)self;
    if (f->m_self == NULL || rp_module_check(f->m_self)) {
        return rp_str_from_cstr(f->m_ml->ml_name);
    }
    RpObject *getattr = rp_runtime.builtins_dict
        ? rp_dict_get_cstr_borrow(rp_runtime.builtins_dict, "getattr") : NULL;
    if (getattr == NULL) {
        return rp_err_set_string(&RpExc_RuntimeError, "builtins.getattr missing");
    }
    RpObject *name = rp_str_from_cstr(f->m_ml->ml_name);
    if (name == NULL) {
        return NULL;
    }
    RpObject *inner = rp_tuple_pack(2, f->m_self, name);
    rp_decref(name);
    if (inner == NULL) {
        return NULL;
    }
    RpObject *res = rp_tuple_pack(2, getattr, inner);
    rp_decref(inner);
    return res;
}

static RpGetSetDef cfunction_getsets[] = {
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__text_signature__", cfunction_text_signature, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {"__module__", cfunction_get_module, cfunction_set_module, NULL, NULL},
    {NULL}
};

static RpMethodDef cfunction_methods[] = {
    {"__reduce__", RP_CFUNC(cfunction_reduce), RP_METH_NOARGS, NULL},
    {NULL}
};

RpTypeObject RpCFunction_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(RpCFunctionObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = cfunction_dealloc,
    .tp_traverse = cfunction_traverse,
    .tp_repr = cfunction_repr,
    .tp_hash = cfunction_hash,
    .tp_richcompare = cfunction_richcompare,
    .tp_call = cfunction_vectorcall,
    .tp_getset = cfunction_getsets,
    .tp_methods = cfunction_methods,
    .tp_weaklistoffset = offsetof(RpCFunctionObject, m_weakreflist),
};

/* ---- bound methods ------------------------------------------------------------------ */

static RpObject *method_vectorcall(RpObject *m, RpObject *const *args, size_t nargs,
                                   RpObject *kwnames)
{
    RpMethodObject *mo = (RpMethodObject *)m;
    return rp_call_prepend(mo->im_func, mo->im_self, args, nargs, kwnames);
}

RpObject *rp_method_new(RpObject *func, RpObject *self)
{
    if (self == NULL) {
        return rp_err_bad_internal_call(__FILE__, __LINE__);
    }
    RpMethodObject *m = (RpMethodObject *)rp_object_alloc(&RpMethod_Type);
    if (m == NULL) {
        return NULL;
    }
    m->im_func = rp_newref(func);
    m->im_self = rp_newref(self);
    m->im_weakreflist = NULL;
    m->vectorcall = method_vectorcall;
    rp_gc_track(m);
    return (RpObject *)m;
}

static void method_dealloc(RpObject *self)
{
    RpMethodObject *m = (RpMethodObject *)self;
    rp_gc_untrack(self);
    if (m->im_weakreflist != NULL) {
        rp_weakref_clear_all(self);
    }
    RP_CLEAR(m->im_func);
    RP_CLEAR(m->im_self);
    rp_object_free(self);
}

static int method_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpMethodObject *m = (RpMethodObject *)self;
    RP_VISIT(m->im_func);
    RP_VISIT(m->im_self);
    return 0;
}

static RpObject *method_repr(RpObject *self)
{
    RpMethodObject *m = (RpMethodObject *)self;
    RpObject *name;
    if (rp_object_lookup_attr(m->im_func, rp_id(__qualname__), &name) < 0) {
        return NULL;
    }
    if (name == NULL || !rp_str_check(name)) {
        rp_xdecref(name);
        if (rp_object_lookup_attr(m->im_func, rp_id(__name__), &name) < 0) {
            return NULL;
        }
    }
    RpObject *res;
    if (name == NULL || !rp_str_check(name)) {
        res = rp_str_from_format("<bound method ? of %R>", m->im_self);
    } else {
        res = rp_str_from_format("<bound method %U of %R>", name, m->im_self);
    }
    rp_xdecref(name);
    return res;
}

static RpObject *method_richcompare(RpObject *a, RpObject *b, int op)
{
    if ((op != RP_EQ && op != RP_NE) || !rp_method_check(a) || !rp_method_check(b)) {
        return rp_notimplemented_new();
    }
    RpMethodObject *ma = (RpMethodObject *)a, *mb = (RpMethodObject *)b;
    int eq = rp_object_richcompare_bool(ma->im_func, mb->im_func, RP_EQ);
    if (eq < 0) {
        return NULL;
    }
    if (eq == 1) {
        eq = ma->im_self == mb->im_self;
    }
    return rp_bool_from_long(op == RP_EQ ? eq : !eq);
}

static rp_hash_t method_hash(RpObject *self)
{
    RpMethodObject *m = (RpMethodObject *)self;
    rp_hash_t x = rp_object_generic_hash(m->im_self);
    rp_hash_t y = rp_object_hash(m->im_func);
    if (y == -1) {
        return -1;
    }
    x ^= y;
    return x == -1 ? -2 : x;
}

/* attributes not found on the method come from the function */
static RpObject *method_getattro(RpObject *self, RpObject *name)
{
    RpMethodObject *m = (RpMethodObject *)self;
    RpTypeObject *tp = rp_type(self);
    RpObject *descr = rp_type_lookup_borrow(tp, name);
    if (descr != NULL) {
        rp_descrgetfunc f = rp_type(descr)->tp_descr_get;
        if (f != NULL) {
            return f(descr, self, (RpObject *)tp);
        }
        return rp_newref(descr);
    }
    return rp_object_getattr(m->im_func, name);
}

static RpObject *method_descr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    /* a bound method does not rebind */
    return rp_newref(self);
}

static RpObject *method_get_doc(RpObject *self, void *c)
{
    return rp_object_getattr(((RpMethodObject *)self)->im_func, rp_id(__doc__));
}

static RpObject *method_reduce(RpObject *self, RpObject *unused)
{
    RpMethodObject *m = (RpMethodObject *)self;
    RpObject *getattr = rp_runtime.builtins_dict
        ? rp_dict_get_cstr_borrow(rp_runtime.builtins_dict, "getattr") : NULL;
    if (getattr == NULL) {
        return rp_err_set_string(&RpExc_RuntimeError, "builtins.getattr missing");
    }
    RpObject *name = rp_object_getattr(m->im_func, rp_id(__name__));
    if (name == NULL) {
        return NULL;
    }
    RpObject *inner = rp_tuple_pack(2, m->im_self, name);
    rp_decref(name);
    if (inner == NULL) {
        return NULL;
    }
    RpObject *res = rp_tuple_pack(2, getattr, inner);
    rp_decref(inner);
    return res;
}

static RpMemberDef method_members[] = {
    {"__func__", RP_T_OBJECT, offsetof(RpMethodObject, im_func), RP_READONLY,
     "the function (or other callable) implementing a method"},
    {"__self__", RP_T_OBJECT, offsetof(RpMethodObject, im_self), RP_READONLY,
     "the instance to which a method is bound"},
    {NULL}
};

static RpGetSetDef method_getsets[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL}
};

static RpMethodDef method_methods[] = {
    {"__reduce__", RP_CFUNC(method_reduce), RP_METH_NOARGS, NULL},
    {NULL}
};

static RpObject *method_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        return rp_err_set_string(&RpExc_TypeError, "method() takes no keyword arguments");
    }
    if (nargs != 2) {
        return rp_err_format(&RpExc_TypeError, "method expected 2 arguments, got %zd",
                             (rp_ssize_t)nargs);
    }
    if (!rp_callable_check(args[0])) {
        return rp_err_set_string(&RpExc_TypeError, "first argument must be callable");
    }
    if (args[1] == rp_None) {
        return rp_err_set_string(&RpExc_TypeError, "instance must not be None");
    }
    return rp_method_new(args[0], args[1]);
}

RpTypeObject RpMethod_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "method",
    .tp_basicsize = sizeof(RpMethodObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = method_dealloc,
    .tp_traverse = method_traverse,
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_richcompare = method_richcompare,
    .tp_call = method_vectorcall,
    .tp_getattro = method_getattro,
    .tp_setattro = rp_object_generic_setattr,
    .tp_descr_get = method_descr_get,
    .tp_new = method_new,
    .tp_members = method_members,
    .tp_getset = method_getsets,
    .tp_methods = method_methods,
    .tp_weaklistoffset = offsetof(RpMethodObject, im_weakreflist),
};
