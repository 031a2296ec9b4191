/* excgroup.c - BaseExceptionGroup and ExceptionGroup (PEP 654): making a
 * group (a BaseExceptionGroup of Exceptions only is an ExceptionGroup),
 * str "msg (2 sub-exceptions)", derive(), split() and subgroup().
 * Models the exception group part of CPython 3.11's exceptions.c. */
#include "exceptions.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "dictobject.h"
#include "excinternal.h"
#include "listobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "weakrefobject.h"
#include "typeobject.h"

/* ---- BaseExceptionGroup ------------------------------------------------------------------------------ */

#define EG(o) ((RpBaseExceptionGroupObject *)(o))

RpObject *rp_excgroup_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                                        RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        return rp_err_format(&RpExc_TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
    }
    if (nargs != 2) {
        return rp_err_format(&RpExc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                             (rp_ssize_t)nargs);
    }
    RpObject *msg = args[0], *excs = args[1];
    if (!rp_str_check(msg)) {
        return rp_err_format(&RpExc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                             rp_type(msg)->tp_name);
    }
    if (rp_type(excs)->sq_item == NULL || rp_dict_check(excs)) {
        return rp_err_set_string(&RpExc_TypeError, "second argument (exceptions) must be a sequence");
    }
    RpObject *tuple = rp_sequence_tuple(excs);
    if (tuple == NULL) {
        return NULL;
    }
    rp_ssize_t n = rp_tuple_len(tuple);
    if (n == 0) {
        rp_decref(tuple);
        return rp_err_set_string(&RpExc_ValueError,
                                 "second argument (exceptions) must be a non-empty sequence");
    }
    int nested_base = 0;
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *e = rp_tuple_get_borrow(tuple, i);
        if (!rp_exception_check(e)) {
            rp_decref(tuple);
            return rp_err_format(&RpExc_ValueError,
                                 "Item %zd of second argument (exceptions) is not an exception", i);
        }
        if (!rp_object_type_check(e, &RpExc_Exception)) {
            nested_base = 1;
        }
    }
    RpTypeObject *cls = type;
    if (cls == &RpExc_ExceptionGroup) {
        if (nested_base) {
            rp_decref(tuple);
            return rp_err_set_string(&RpExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (cls == &RpExc_BaseExceptionGroup) {
        if (!nested_base) {
            cls = &RpExc_ExceptionGroup;
        }
    } else if (nested_base && rp_type_is_subtype(cls, &RpExc_Exception)) {
        /* a user subclass that is an Exception holding a BaseException */
        rp_decref(tuple);
        return rp_err_format(&RpExc_TypeError, "Cannot nest BaseExceptions in '%.200s'", cls->tp_name);
    }
    RpObject *self = rp_exc_base_new(cls, args, nargs, NULL);
    if (self == NULL) {
        rp_decref(tuple);
        return NULL;
    }
    EG(self)->msg = rp_newref(msg);
    EG(self)->excs = tuple;
    return self;
}

int rp_excgroup_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kw)
{
    if (rp_exc_base_init(self, args, nargs, NULL) < 0) {
        return -1;
    }
    return 0;
}

int rp_excgroup_clear(RpObject *self)
{
    RP_CLEAR(EG(self)->msg);
    RP_CLEAR(EG(self)->excs);
    return rp_exc_base_clear(self);
}

int rp_excgroup_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(EG(self)->msg);
    RP_VISIT(EG(self)->excs);
    return rp_exc_base_traverse(self, visit, arg);
}

void rp_excgroup_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    if (rp_type_is_subtype(rp_type(self), &RpExc_ExceptionGroup) &&
        ((RpExceptionGroupObject *)self)->weakreflist != NULL) {
        rp_weakref_clear_all(self);
    }
    rp_excgroup_clear(self);
    rp_type(self)->tp_free(self);
}

RpObject *rp_excgroup_str(RpObject *self)
{
    rp_ssize_t n = EG(self)->excs ? rp_tuple_len(EG(self)->excs) : 0;
    return rp_str_from_format("%S (%zd sub-exception%s)", EG(self)->msg ? EG(self)->msg : rp_None, n,
                              n > 1 ? "s" : "");
}

static RpObject *BaseExceptionGroup_derive(RpObject *self, RpObject *excs)
{
    RpObject *args[2] = { EG(self)->msg, excs };
    return rp_call((RpObject *)&RpExc_BaseExceptionGroup, args, 2, NULL);
}

/* Does exception e match the condition (a type, a tuple of types, or a
 * predicate)? */
static int eg_match(RpObject *e, RpObject *cond)
{
    if (rp_type_check(cond) || rp_tuple_check(cond)) {
        return rp_err_given_matches(e, cond);
    }
    RpObject *r = rp_call_one(cond, e);
    if (r == NULL) {
        return -1;
    }
    int t = rp_object_is_true(r);
    rp_decref(r);
    return t;
}

static int check_condition(RpObject *cond)
{
    if (rp_type_check(cond) && rp_type_is_subtype((RpTypeObject *)cond, &RpExc_BaseException)) {
        return 0;
    }
    if (rp_tuple_check(cond)) {
        for (rp_ssize_t i = 0; i < rp_tuple_len(cond); i++) {
            RpObject *c = rp_tuple_get_borrow(cond, i);
            if (!rp_type_check(c) || !rp_type_is_subtype((RpTypeObject *)c, &RpExc_BaseException)) {
                goto bad;
            }
        }
        return 0;
    }
    if (rp_callable_check(cond)) {
        return 0;
    }
bad:
    rp_err_set_string(&RpExc_TypeError,
                      "expected a function, exception type or tuple of exception types");
    return -1;
}

/* Split into (matching, rest), each an exception group, None or the
 * group itself; with construct_rest = 0 only the match is made. */
static int eg_split(RpObject *eg, RpObject *cond, RpObject **match, RpObject **rest, int with_rest)
{
    *match = *rest = NULL;
    int m = eg_match(eg, cond);
    if (m < 0) {
        return -1;
    }
    if (m) {
        *match = rp_newref(eg);
        return 0;
    }
    if (!rp_object_type_check(eg, &RpExc_BaseExceptionGroup)) {
        if (with_rest) {
            *rest = rp_newref(eg);
        }
        return 0;
    }
    RpObject *excs = EG(eg)->excs;
    RpObject *ml = rp_list_new(0), *rl = with_rest ? rp_list_new(0) : NULL;
    if (ml == NULL || (with_rest && rl == NULL)) {
        goto error;
    }
    for (rp_ssize_t i = 0; i < rp_tuple_len(excs); i++) {
        RpObject *sm, *sr;
        if (eg_split(rp_tuple_get_borrow(excs, i), cond, &sm, &sr, with_rest) < 0) {
            goto error;
        }
        int r = 0;
        if (sm != NULL) {
            r = rp_list_append(ml, sm);
            rp_decref(sm);
        }
        if (sr != NULL) {
            if (r == 0) {
                r = rp_list_append(rl, sr);
            }
            rp_decref(sr);
        }
        if (r < 0) {
            goto error;
        }
    }
    if (rp_list_len(ml) > 0) {
        RpObject *d = rp_call_method_str(eg, "derive", &ml, 1);
        if (d == NULL) {
            goto error;
        }
        *match = d;
    }
    if (with_rest && rp_list_len(rl) > 0) {
        RpObject *d = rp_call_method_str(eg, "derive", &rl, 1);
        if (d == NULL) {
            goto error;
        }
        *rest = d;
    }
    rp_decref(ml);
    rp_xdecref(rl);
    return 0;
error:
    rp_xdecref(ml);
    rp_xdecref(rl);
    RP_CLEAR(*match);
    RP_CLEAR(*rest);
    return -1;
}

static RpObject *BaseExceptionGroup_split(RpObject *self, RpObject *cond)
{
    if (check_condition(cond) < 0) {
        return NULL;
    }
    RpObject *m, *r;
    if (eg_split(self, cond, &m, &r, 1) < 0) {
        return NULL;
    }
    RpObject *res = rp_tuple_pack(2, m ? m : rp_None, r ? r : rp_None);
    rp_xdecref(m);
    rp_xdecref(r);
    return res;
}

static RpObject *BaseExceptionGroup_subgroup(RpObject *self, RpObject *cond)
{
    if (check_condition(cond) < 0) {
        return NULL;
    }
    RpObject *m, *r;
    if (eg_split(self, cond, &m, &r, 0) < 0) {
        return NULL;
    }
    return m ? m : rp_none_new();
}

static RpObject *BaseExceptionGroup_class_getitem(RpObject *cls, RpObject *arg)
{
    return rp_newref(cls);
}

RpMemberDef rp_excgroup_members[] = {
    {"message", RP_T_OBJECT, offsetof(RpBaseExceptionGroupObject, msg), RP_READONLY, "exception message"},
    {"exceptions", RP_T_OBJECT, offsetof(RpBaseExceptionGroupObject, excs), RP_READONLY,
     "nested exceptions"},
    {NULL}
};

RpMethodDef rp_excgroup_methods[] = {
    {"__class_getitem__", RP_CFUNC(BaseExceptionGroup_class_getitem), RP_METH_O | RP_METH_CLASS, NULL},
    {"derive", RP_CFUNC(BaseExceptionGroup_derive), RP_METH_O, NULL},
    {"split", RP_CFUNC(BaseExceptionGroup_split), RP_METH_O, NULL},
    {"subgroup", RP_CFUNC(BaseExceptionGroup_subgroup), RP_METH_O, NULL},
    {NULL}
};

