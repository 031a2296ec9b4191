/* descrobject.c - descriptors made from C tables and the Python-level
 * descriptor types.
 *
 * Models CPython 3.11's Objects/descrobject.c (method_descriptor,
 * classmethod_descriptor, wrapper_descriptor, method-wrapper,
 * member_descriptor, getset_descriptor, property, mappingproxy) and the
 * classmethod / staticmethod parts of funcobject.c.  super lives in
 * superobject.c.
 *
 * Every descriptor found on a class answers __get__(obj, type): with an
 * instance it binds (a method becomes a builtin method of that object, a
 * member reads the field), without one it returns itself.
 */
#include "descrobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "floatobject.h"
#include "intobject.h"
#include "listobject.h"
#include "methodobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"
#include "typeobject.h"

/* ---- common --------------------------------------------------------------------- */

static RpObject *descr_new(RpTypeObject *descrtype, RpTypeObject *type, const char *name)
{
    RpDescrObject *d = (RpDescrObject *)rp_object_alloc(descrtype);
    if (d == NULL) {
        return NULL;
    }
    d->d_type = (RpTypeObject *)rp_xnewref(type);
    d->d_name = rp_str_intern_cstr(name);
    d->d_qualname = NULL;
    if (d->d_name == NULL) {
        rp_decref(d);
        return NULL;
    }
    rp_gc_track(d);
    return (RpObject *)d;
}

static void descr_dealloc(RpObject *self)
{
    RpDescrObject *d = (RpDescrObject *)self;
    rp_gc_untrack(self);
    RP_CLEAR(d->d_type);
    RP_CLEAR(d->d_name);
    RP_CLEAR(d->d_qualname);
    rp_object_free(self);
}

static int descr_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpDescrObject *)self)->d_type);
    return 0;
}

static RpObject *descr_repr(RpDescrObject *d, const char *kind)
{
    return rp_str_from_format("<%s '%U' of '%s' objects>", kind, d->d_name, d->d_type->tp_name);
}

/* obj must be an instance of the descriptor's class */
static int descr_check(RpDescrObject *d, RpObject *obj)
{
    if (!rp_object_type_check(obj, d->d_type)) {
        rp_err_format(&RpExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                      d->d_name, d->d_type->tp_name, rp_type(obj)->tp_name);
        return -1;
    }
    return 0;
}

static RpObject *descr_get_qualname(RpObject *self, void *c)
{
    RpDescrObject *d = (RpDescrObject *)self;
    if (d->d_qualname == NULL) {
        RpObject *tq = rp_type_qualname(d->d_type);
        if (tq == NULL) {
            return NULL;
        }
        d->d_qualname = rp_str_from_format("%U.%U", tq, d->d_name);
        rp_decref(tq);
        if (d->d_qualname == NULL) {
            return NULL;
        }
    }
    return rp_newref(d->d_qualname);
}

static RpObject *descr_get_name(RpObject *self, void *c)
{
    return rp_newref(((RpDescrObject *)self)->d_name);
}

static RpObject *descr_get_objclass(RpObject *self, void *c)
{
    return rp_newref(((RpDescrObject *)self)->d_type);
}

static RpObject *doc_from_cstr(const char *doc)
{
    if (doc == NULL || *doc == '\0') {
        return rp_none_new();
    }
    const char *sig_end = strstr(doc, "\n--\n\n");
    if (sig_end != NULL) {
        doc = sig_end + 5;
    }
    return rp_str_from_cstr(doc);
}

static RpObject *no_text_signature(RpObject *self, void *c)
{
    return rp_none_new();
}

#define DESCR_COMMON_GETSETS                                             \
    {"__name__", descr_get_name, NULL, NULL, NULL},                      \
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},              \
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},              \
    {"__text_signature__", no_text_signature, NULL, NULL, NULL}

/* ---- method_descriptor (list.append) ------------------------------------------------ */

static RpObject *methoddescr_vectorcall(RpObject *self, RpObject *const *args, size_t nargs,
                                        RpObject *kwnames)
{
    RpMethodDescrObject *d = (RpMethodDescrObject *)self;
    if (nargs < 1) {
        RpObject *q = descr_get_qualname(self, NULL);
        if (q == NULL) {
            return NULL;
        }
        rp_err_format(&RpExc_TypeError, "unbound method %U() needs an argument", q);
        rp_decref(q);
        return NULL;
    }
    if (descr_check(&d->d_common, args[0]) < 0) {
        return NULL;
    }
    return rp_methoddef_call(d->d_method, args[0], args + 1, nargs - 1, kwnames);
}

static RpObject *methoddescr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpMethodDescrObject *d = (RpMethodDescrObject *)self;
    if (obj == NULL) {
        return rp_newref(self);
    }
    if (descr_check(&d->d_common, obj) < 0) {
        return NULL;
    }
    return rp_cfunction_new(d->d_method, obj, NULL);
}

static RpObject *methoddescr_repr(RpObject *self)
{
    return descr_repr((RpDescrObject *)self, "method");
}

static RpObject *methoddescr_doc(RpObject *self, void *c)
{
    return doc_from_cstr(((RpMethodDescrObject *)self)->d_method->ml_doc);
}

static RpGetSetDef methoddescr_getsets[] = {
    {"__doc__", methoddescr_doc, NULL, NULL, NULL},
    DESCR_COMMON_GETSETS,
    {NULL}
};

RpObject *rp_descr_new_method(RpTypeObject *type, RpMethodDef *ml)
{
    RpMethodDescrObject *d = (RpMethodDescrObject *)descr_new(&RpMethodDescr_Type, type, ml->ml_name);
    if (d != NULL) {
        d->d_method = ml;
        d->vectorcall = methoddescr_vectorcall;
    }
    return (RpObject *)d;
}

RpTypeObject RpMethodDescr_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(RpMethodDescrObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = methoddescr_repr,
    .tp_call = methoddescr_vectorcall,
    .tp_descr_get = methoddescr_get,
    .tp_getset = methoddescr_getsets,
};

/* ---- classmethod_descriptor (dict.fromkeys) ------------------------------------------- */

static RpObject *classmethoddescr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpMethodDescrObject *d = (RpMethodDescrObject *)self;
    if (type == NULL) {
        if (obj != NULL) {
            type = (RpObject *)rp_type(obj);
        } else {
            return rp_err_format(&RpExc_TypeError,
                                 "descriptor '%U' for type '%.100s' needs either an object or a type",
                                 d->d_common.d_name, d->d_common.d_type->tp_name);
        }
    }
    if (!rp_type_check(type)) {
        return rp_err_format(&RpExc_TypeError,
                             "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                             d->d_common.d_name, d->d_common.d_type->tp_name, rp_type(type)->tp_name);
    }
    if (!rp_type_is_subtype((RpTypeObject *)type, d->d_common.d_type)) {
        return rp_err_format(&RpExc_TypeError,
                             "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                             d->d_common.d_name, d->d_common.d_type->tp_name,
                             ((RpTypeObject *)type)->tp_name);
    }
    return rp_cfunction_new(d->d_method, type, NULL);
}

static RpObject *classmethoddescr_call(RpObject *self, RpObject *const *args, size_t nargs,
                                       RpObject *kwnames)
{
    RpMethodDescrObject *d = (RpMethodDescrObject *)self;
    if (nargs < 1) {
        return rp_err_format(&RpExc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                             d->d_common.d_name, d->d_common.d_type->tp_name);
    }
    RpObject *bound = classmethoddescr_get(self, NULL, args[0]);
    if (bound == NULL) {
        return NULL;
    }
    RpObject *r = rp_call(bound, args + 1, nargs - 1, kwnames);
    rp_decref(bound);
    return r;
}

RpObject *rp_descr_new_classmethod(RpTypeObject *type, RpMethodDef *ml)
{
    RpMethodDescrObject *d = (RpMethodDescrObject *)descr_new(&RpClassMethodDescr_Type, type,
                                                              ml->ml_name);
    if (d != NULL) {
        d->d_method = ml;
        d->vectorcall = classmethoddescr_call;
    }
    return (RpObject *)d;
}

RpTypeObject RpClassMethodDescr_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(RpMethodDescrObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = methoddescr_repr,
    .tp_call = classmethoddescr_call,
    .tp_descr_get = classmethoddescr_get,
    .tp_getset = methoddescr_getsets,
};

/* ---- wrapper_descriptor (int.__add__) and method-wrapper ((1).__add__) ------------------ */

static RpObject *call_wrapper(RpWrapperDescrObject *d, RpObject *self, RpObject *const *args,
                              size_t nargs, RpObject *kwnames)
{
    const RpSlotDef *base = d->d_base;
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0 && !(base->flags & RP_SLOT_KEYWORDS)) {
        return rp_err_format(&RpExc_TypeError, "wrapper %s() takes no keyword arguments", base->name);
    }
    return base->wrapper(self, args, nargs, kwnames, d->d_wrapped);
}

static RpObject *wrapperdescr_call(RpObject *self, RpObject *const *args, size_t nargs,
                                   RpObject *kwnames)
{
    RpWrapperDescrObject *d = (RpWrapperDescrObject *)self;
    if (nargs < 1) {
        return rp_err_format(&RpExc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                             d->d_common.d_name, d->d_common.d_type->tp_name);
    }
    if (!rp_object_type_check(args[0], d->d_common.d_type)) {
        return rp_err_format(&RpExc_TypeError,
                             "descriptor '%U' requires a '%.100s' object but received a '%.100s'",
                             d->d_common.d_name, d->d_common.d_type->tp_name,
                             rp_type(args[0])->tp_name);
    }
    return call_wrapper(d, args[0], args + 1, nargs - 1, kwnames);
}

typedef struct {
    RP_OBJECT_HEAD;
    RpWrapperDescrObject *descr;
    RpObject *self;
} RpMethodWrapperObject;

static RpObject *wrapperdescr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpWrapperDescrObject *d = (RpWrapperDescrObject *)self;
    if (obj == NULL) {
        return rp_newref(self);
    }
    if (descr_check(&d->d_common, obj) < 0) {
        return NULL;
    }
    RpMethodWrapperObject *w = (RpMethodWrapperObject *)rp_object_alloc(&RpMethodWrapper_Type);
    if (w == NULL) {
        return NULL;
    }
    w->descr = (RpWrapperDescrObject *)rp_newref(d);
    w->self = rp_newref(obj);
    rp_gc_track(w);
    return (RpObject *)w;
}

static RpObject *wrapperdescr_repr(RpObject *self)
{
    return descr_repr((RpDescrObject *)self, "slot wrapper");
}

static RpObject *wrapperdescr_doc(RpObject *self, void *c)
{
    return doc_from_cstr(((RpWrapperDescrObject *)self)->d_base->doc);
}

static RpGetSetDef wrapperdescr_getsets[] = {
    {"__doc__", wrapperdescr_doc, NULL, NULL, NULL},
    DESCR_COMMON_GETSETS,
    {NULL}
};

RpObject *rp_descr_new_wrapper(RpTypeObject *type, const struct RpSlotDef *base, void *wrapped)
{
    RpWrapperDescrObject *d = (RpWrapperDescrObject *)descr_new(&RpWrapperDescr_Type, type, base->name);
    if (d != NULL) {
        d->d_base = base;
        d->d_wrapped = wrapped;
    }
    return (RpObject *)d;
}

RpTypeObject RpWrapperDescr_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(RpWrapperDescrObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = wrapperdescr_repr,
    .tp_call = wrapperdescr_call,
    .tp_descr_get = wrapperdescr_get,
    .tp_getset = wrapperdescr_getsets,
};

static void methodwrapper_dealloc(RpObject *self)
{
    RpMethodWrapperObject *w = (RpMethodWrapperObject *)self;
    rp_gc_untrack(self);
    RP_CLEAR(w->descr);
    RP_CLEAR(w->self);
    rp_object_free(self);
}

static int methodwrapper_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpMethodWrapperObject *w = (RpMethodWrapperObject *)self;
    RP_VISIT(w->descr);
    RP_VISIT(w->self);
    return 0;
}

static RpObject *methodwrapper_call(RpObject *self, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames)
{
    RpMethodWrapperObject *w = (RpMethodWrapperObject *)self;
    return call_wrapper(w->descr, w->self, args, nargs, kwnames);
}

static RpObject *methodwrapper_repr(RpObject *self)
{
    RpMethodWrapperObject *w = (RpMethodWrapperObject *)self;
    return rp_str_from_format("<method-wrapper '%U' of %s object at %p>", w->descr->d_common.d_name,
                              rp_type(w->self)->tp_name, (void *)w->self);
}

static RpObject *methodwrapper_richcompare(RpObject *a, RpObject *b, int op)
{
    if ((op != RP_EQ && op != RP_NE) || rp_type(b) != &RpMethodWrapper_Type) {
        return rp_notimplemented_new();
    }
    RpMethodWrapperObject *wa = (RpMethodWrapperObject *)a, *wb = (RpMethodWrapperObject *)b;
    int eq = wa->descr == wb->descr && wa->self == wb->self;
    return rp_bool_from_long(op == RP_EQ ? eq : !eq);
}

static rp_hash_t methodwrapper_hash(RpObject *self)
{
    RpMethodWrapperObject *w = (RpMethodWrapperObject *)self;
    rp_hash_t x = rp_object_generic_hash(w->self);
    rp_hash_t y = rp_object_generic_hash((RpObject *)w->descr);
    x = x ^ y;
    return x == -1 ? -2 : x;
}

static RpObject *mw_self(RpObject *self, void *c)
{
    return rp_newref(((RpMethodWrapperObject *)self)->self);
}
static RpObject *mw_name(RpObject *self, void *c)
{
    return rp_newref(((RpMethodWrapperObject *)self)->descr->d_common.d_name);
}
static RpObject *mw_qualname(RpObject *self, void *c)
{
    return descr_get_qualname((RpObject *)((RpMethodWrapperObject *)self)->descr, NULL);
}
static RpObject *mw_objclass(RpObject *self, void *c)
{
    return rp_newref(((RpMethodWrapperObject *)self)->descr->d_common.d_type);
}
static RpObject *mw_doc(RpObject *self, void *c)
{
    return doc_from_cstr(((RpMethodWrapperObject *)self)->descr->d_base->doc);
}

static RpGetSetDef methodwrapper_getsets[] = {
    {"__objclass__", mw_objclass, NULL, NULL, NULL},
    {"__name__", mw_name, NULL, NULL, NULL},
    {"__qualname__", mw_qualname, NULL, NULL, NULL},
    {"__doc__", mw_doc, NULL, NULL, NULL},
    {"__self__", mw_self, NULL, NULL, NULL},
    {"__text_signature__", no_text_signature, NULL, NULL, NULL},
    {NULL}
};

RpTypeObject RpMethodWrapper_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(RpMethodWrapperObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = methodwrapper_dealloc,
    .tp_traverse = methodwrapper_traverse,
    .tp_repr = methodwrapper_repr,
    .tp_hash = methodwrapper_hash,
    .tp_richcompare = methodwrapper_richcompare,
    .tp_call = methodwrapper_call,
    .tp_getset = methodwrapper_getsets,
};

/* ---- member_descriptor ---------------------------------------------------------------------- */

RpObject *rp_member_get(RpObject *obj, RpMemberDef *m)
{
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case RP_T_OBJECT: {
        RpObject *v = *(RpObject **)addr;
        return rp_newref(v ? v : rp_None);
    }
    case RP_T_OBJECT_EX: {
        RpObject *v = *(RpObject **)addr;
        if (v == NULL) {
            RpObject *name = rp_str_from_cstr(m->name);
            if (name == NULL) {
                return NULL;
            }
            rp_err_format(&RpExc_AttributeError, "'%.200s' object has no attribute '%s'",
                          rp_type(obj)->tp_name, m->name);
            rp_set_attribute_error_context(obj, name);
            rp_decref(name);
            return NULL;
        }
        return rp_newref(v);
    }
    case RP_T_SSIZE:
        return rp_int_from_ssize_t(*(rp_ssize_t *)addr);
    case RP_T_INT:
        return rp_int_from_long(*(int *)addr);
    case RP_T_BOOL:
        return rp_bool_from_long(*(char *)addr);
    case RP_T_DOUBLE:
        return rp_float_from_double(*(double *)addr);
    }
    return rp_err_set_string(&RpExc_SystemError, "bad memberdescr type");
}

int rp_member_set(RpObject *obj, RpMemberDef *m, RpObject *value)
{
    char *addr = (char *)obj + m->offset;
    if (m->flags & RP_READONLY) {
        rp_err_set_string(&RpExc_AttributeError, "readonly attribute");
        return -1;
    }
    if (value == NULL && m->type != RP_T_OBJECT && m->type != RP_T_OBJECT_EX) {
        rp_err_set_string(&RpExc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (m->type) {
    case RP_T_OBJECT:
    case RP_T_OBJECT_EX: {
        RpObject *old = *(RpObject **)addr;
        if (value == NULL && m->type == RP_T_OBJECT_EX && old == NULL) {
            rp_err_set_string(&RpExc_AttributeError, m->name);
            return -1;
        }
        *(RpObject **)addr = rp_xnewref(value);
        rp_xdecref(old);
        return 0;
    }
    case RP_T_BOOL:
        if (!rp_bool_check(value)) {
            rp_err_set_string(&RpExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == rp_True;
        return 0;
    case RP_T_SSIZE:
    case RP_T_INT: {
        if (!rp_int_check(value)) {
            rp_err_set_string(&RpExc_TypeError, "an integer is required");
            return -1;
        }
        rp_ssize_t v = rp_int_as_ssize_t(value);
        if (v == -1 && rp_err_occurred()) {
            return -1;
        }
        if (m->type == RP_T_INT) {
            *(int *)addr = (int)v;
        } else {
            *(rp_ssize_t *)addr = v;
        }
        return 0;
    }
    case RP_T_DOUBLE: {
        double d = rp_float_as_double(value);
        if (d == -1.0 && rp_err_occurred()) {
            return -1;
        }
        *(double *)addr = d;
        return 0;
    }
    }
    rp_err_set_string(&RpExc_SystemError, "bad memberdescr type");
    return -1;
}

static RpObject *memberdescr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpMemberDescrObject *d = (RpMemberDescrObject *)self;
    if (obj == NULL) {
        return rp_newref(self);
    }
    if (descr_check(&d->d_common, obj) < 0) {
        return NULL;
    }
    return rp_member_get(obj, d->d_member);
}

static int memberdescr_set(RpObject *self, RpObject *obj, RpObject *value)
{
    RpMemberDescrObject *d = (RpMemberDescrObject *)self;
    if (descr_check(&d->d_common, obj) < 0) {
        return -1;
    }
    return rp_member_set(obj, d->d_member, value);
}

static RpObject *memberdescr_repr(RpObject *self)
{
    return descr_repr((RpDescrObject *)self, "member");
}

static RpObject *memberdescr_doc(RpObject *self, void *c)
{
    return doc_from_cstr(((RpMemberDescrObject *)self)->d_member->doc);
}

static RpGetSetDef memberdescr_getsets[] = {
    {"__doc__", memberdescr_doc, NULL, NULL, NULL},
    DESCR_COMMON_GETSETS,
    {NULL}
};

RpObject *rp_descr_new_member(RpTypeObject *type, RpMemberDef *m)
{
    RpMemberDescrObject *d = (RpMemberDescrObject *)descr_new(&RpMemberDescr_Type, type, m->name);
    if (d != NULL) {
        d->d_member = m;
    }
    return (RpObject *)d;
}

RpTypeObject RpMemberDescr_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(RpMemberDescrObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = memberdescr_repr,
    .tp_descr_get = memberdescr_get,
    .tp_descr_set = memberdescr_set,
    .tp_getset = memberdescr_getsets,
};

/* ---- getset_descriptor ----------------------------------------------------------------------- */

static RpObject *getsetdescr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpGetSetDescrObject *d = (RpGetSetDescrObject *)self;
    if (obj == NULL) {
        return rp_newref(self);
    }
    if (descr_check(&d->d_common, obj) < 0) {
        return NULL;
    }
    if (d->d_getset->get != NULL) {
        return d->d_getset->get(obj, d->d_getset->closure);
    }
    return rp_err_format(&RpExc_AttributeError, "attribute '%U' of '%.100s' objects is not readable",
                         d->d_common.d_name, d->d_common.d_type->tp_name);
}

static int getsetdescr_set(RpObject *self, RpObject *obj, RpObject *value)
{
    RpGetSetDescrObject *d = (RpGetSetDescrObject *)self;
    if (descr_check(&d->d_common, obj) < 0) {
        return -1;
    }
    if (d->d_getset->set != NULL) {
        return d->d_getset->set(obj, value, d->d_getset->closure);
    }
    rp_err_format(&RpExc_AttributeError, "attribute '%U' of '%.100s' objects is not writable",
                  d->d_common.d_name, d->d_common.d_type->tp_name);
    return -1;
}

static RpObject *getsetdescr_repr(RpObject *self)
{
    return descr_repr((RpDescrObject *)self, "attribute");
}

static RpObject *getsetdescr_doc(RpObject *self, void *c)
{
    return doc_from_cstr(((RpGetSetDescrObject *)self)->d_getset->doc);
}

static RpGetSetDef getsetdescr_getsets[] = {
    {"__doc__", getsetdescr_doc, NULL, NULL, NULL},
    DESCR_COMMON_GETSETS,
    {NULL}
};

RpObject *rp_descr_new_getset(RpTypeObject *type, RpGetSetDef *g)
{
    RpGetSetDescrObject *d = (RpGetSetDescrObject *)descr_new(&RpGetSetDescr_Type, type, g->name);
    if (d != NULL) {
        d->d_getset = g;
    }
    return (RpObject *)d;
}

RpTypeObject RpGetSetDescr_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(RpGetSetDescrObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = getsetdescr_repr,
    .tp_descr_get = getsetdescr_get,
    .tp_descr_set = getsetdescr_set,
    .tp_getset = getsetdescr_getsets,
};

/* ---- property ---------------------------------------------------------------------------------- */

static void property_dealloc(RpObject *self)
{
    RpPropertyObject *p = (RpPropertyObject *)self;
    rp_gc_untrack(self);
    RP_CLEAR(p->prop_get);
    RP_CLEAR(p->prop_set);
    RP_CLEAR(p->prop_del);
    RP_CLEAR(p->prop_doc);
    RP_CLEAR(p->prop_name);
    rp_type(self)->tp_free(self);
}

static int property_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpPropertyObject *p = (RpPropertyObject *)self;
    RP_VISIT(p->prop_get);
    RP_VISIT(p->prop_set);
    RP_VISIT(p->prop_del);
    RP_VISIT(p->prop_doc);
    RP_VISIT(p->prop_name);
    return 0;
}

static int property_clear(RpObject *self)
{
    RpPropertyObject *p = (RpPropertyObject *)self;
    RP_CLEAR(p->prop_get);
    RP_CLEAR(p->prop_set);
    RP_CLEAR(p->prop_del);
    RP_CLEAR(p->prop_doc);
    RP_CLEAR(p->prop_name);
    return 0;
}

static RpObject *property_error(RpPropertyObject *p, RpObject *obj, const char *what)
{
    RpObject *qual = rp_type_qualname(rp_type(obj));
    if (qual == NULL) {
        return NULL;
    }
    if (p->prop_name != NULL) {
        rp_err_format(&RpExc_AttributeError, "property %R of %R object has no %s",
                      p->prop_name, qual, what);
    } else {
        rp_err_format(&RpExc_AttributeError, "property of %R object has no %s", qual, what);
    }
    rp_decref(qual);
    return NULL;
}

static RpObject *property_descr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpPropertyObject *p = (RpPropertyObject *)self;
    if (obj == NULL || obj == rp_None) {
        return rp_newref(self);
    }
    if (p->prop_get == NULL) {
        return property_error(p, obj, "getter");
    }
    return rp_call_one(p->prop_get, obj);
}

static int property_descr_set(RpObject *self, RpObject *obj, RpObject *value)
{
    RpPropertyObject *p = (RpPropertyObject *)self;
    RpObject *func = value == NULL ? p->prop_del : p->prop_set;
    if (func == NULL) {
        property_error(p, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    RpObject *r = value == NULL ? rp_call_one(func, obj) : rp_call_two(func, obj, value);
    if (r == NULL) {
        return -1;
    }
    rp_decref(r);
    return 0;
}

/* property(fget=None, fset=None, fdel=None, doc=None) */
static int property_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"fget", "fset", "fdel", "doc"};
    RpObject *vals[4] = {NULL, NULL, NULL, NULL};
    size_t nkw = kwnames ? (size_t)rp_tuple_len(kwnames) : 0;
    if (nargs > 4) {
        rp_err_format(&RpExc_TypeError, "property() takes at most 4 arguments (%zd given)",
                      (rp_ssize_t)(nargs + nkw));
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        vals[i] = args[i];
    }
    for (size_t k = 0; k < nkw; k++) {
        RpObject *kn = rp_tuple_get_borrow(kwnames, (rp_ssize_t)k);
        int found = 0;
        for (int j = 0; j < 4; j++) {
            if (rp_str_eq_cstr(kn, kwlist[j])) {
                if (vals[j] != NULL) {
                    rp_err_format(&RpExc_TypeError,
                                  "argument for property() given by name ('%s') and position (%d)",
                                  kwlist[j], j + 1);
                    return -1;
                }
                vals[j] = args[nargs + k];
                found = 1;
            }
        }
        if (!found) {
            rp_err_format(&RpExc_TypeError, "property() got an unexpected keyword argument '%U'", kn);
            return -1;
        }
    }
    RpPropertyObject *p = (RpPropertyObject *)self;
    for (int j = 0; j < 4; j++) {
        if (vals[j] == rp_None) {
            vals[j] = NULL;
        }
    }
    RP_XSETREF(p->prop_get, rp_xnewref(vals[0]));
    RP_XSETREF(p->prop_set, rp_xnewref(vals[1]));
    RP_XSETREF(p->prop_del, rp_xnewref(vals[2]));
    RP_XSETREF(p->prop_doc, rp_xnewref(vals[3]));
    p->getter_doc = 0;
    /* no doc given: take fget's */
    if ((vals[3] == NULL) && vals[0] != NULL) {
        RpObject *gdoc;
        if (rp_object_lookup_attr(vals[0], rp_id(__doc__), &gdoc) < 0) {
            return -1;
        }
        if (gdoc != NULL) {
            if (rp_type(self) == &RpProperty_Type) {
                RP_XSETREF(p->prop_doc, gdoc);
            } else {
                /* a subclass: its instances have a __dict__ for __doc__ */
                int r = rp_object_setattr(self, rp_id(__doc__), gdoc);
                rp_decref(gdoc);
                if (r < 0) {
                    return -1;
                }
            }
            p->getter_doc = 1;
        }
    }
    return 0;
}

static RpObject *property_copy(RpObject *old, RpObject *get, RpObject *set, RpObject *del)
{
    RpPropertyObject *pold = (RpPropertyObject *)old;
    get = get == NULL ? pold->prop_get : get;
    set = set == NULL ? pold->prop_set : set;
    del = del == NULL ? pold->prop_del : del;
    RpObject *doc = (pold->getter_doc && get != rp_None) ? rp_None
                    : (pold->prop_doc ? pold->prop_doc : rp_None);
    RpObject *args[4] = { get ? get : rp_None, set ? set : rp_None, del ? del : rp_None, doc };
    RpObject *new = rp_call((RpObject *)rp_type(old), args, 4, NULL);
    if (new == NULL) {
        return NULL;
    }
    if (rp_object_type_check(new, &RpProperty_Type)) {
        RP_XSETREF(((RpPropertyObject *)new)->prop_name, rp_xnewref(pold->prop_name));
    }
    return new;
}

static RpObject *property_getter(RpObject *self, RpObject *f)
{
    return property_copy(self, f, NULL, NULL);
}
static RpObject *property_setter(RpObject *self, RpObject *f)
{
    return property_copy(self, NULL, f, NULL);
}
static RpObject *property_deleter(RpObject *self, RpObject *f)
{
    return property_copy(self, NULL, NULL, f);
}

static RpObject *property_set_name(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (nargs != 2) {
        return rp_err_format(&RpExc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given",
                             (rp_ssize_t)nargs);
    }
    RP_XSETREF(((RpPropertyObject *)self)->prop_name, rp_newref(args[1]));
    return rp_none_new();
}

static RpMethodDef property_methods[] = {
    {"getter", RP_CFUNC(property_getter), RP_METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", RP_CFUNC(property_setter), RP_METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", RP_CFUNC(property_deleter), RP_METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", RP_CFUNC(property_set_name), RP_METH_FASTCALL, "Method to set name of a property."},
    {NULL}
};

static RpMemberDef property_members[] = {
    {"fget", RP_T_OBJECT, offsetof(RpPropertyObject, prop_get), RP_READONLY, NULL},
    {"fset", RP_T_OBJECT, offsetof(RpPropertyObject, prop_set), RP_READONLY, NULL},
    {"fdel", RP_T_OBJECT, offsetof(RpPropertyObject, prop_del), RP_READONLY, NULL},
    {"__doc__", RP_T_OBJECT, offsetof(RpPropertyObject, prop_doc), 0, NULL},
    {NULL}
};

static RpObject *property_isabstract(RpObject *self, void *c)
{
    RpPropertyObject *p = (RpPropertyObject *)self;
    RpObject *fs[3] = { p->prop_get, p->prop_set, p->prop_del };
    for (int i = 0; i < 3; i++) {
        if (fs[i] == NULL) {
            continue;
        }
        RpObject *v;
        if (rp_object_lookup_attr(fs[i], rp_id(__isabstractmethod__), &v) < 0) {
            return NULL;
        }
        if (v != NULL) {
            int t = rp_object_is_true(v);
            rp_decref(v);
            if (t < 0) {
                return NULL;
            }
            if (t) {
                return rp_bool_from_long(1);
            }
        }
    }
    return rp_bool_from_long(0);
}

static RpGetSetDef property_getsets[] = {
    {"__isabstractmethod__", property_isabstract, NULL, NULL, NULL},
    {NULL}
};

RpTypeObject RpProperty_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "property",
    .tp_basicsize = sizeof(RpPropertyObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = property_dealloc,
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_descr_get = property_descr_get,
    .tp_descr_set = property_descr_set,
    .tp_init = property_init,
    .tp_new = rp_type_generic_new,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_getset = property_getsets,
    .tp_doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n"
              "  fset\n    function to be used for setting an attribute value\n"
              "  fdel\n    function to be used for del'ing an attribute\n"
              "  doc\n    docstring\n",
};

/* ---- classmethod and staticmethod --------------------------------------------------------------- */

static void sm_dealloc(RpObject *self)
{
    RpStaticMethodObject *sm = (RpStaticMethodObject *)self;
    rp_gc_untrack(self);
    RP_CLEAR(sm->sm_callable);
    RP_CLEAR(sm->sm_dict);
    rp_type(self)->tp_free(self);
}

static int sm_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpStaticMethodObject *sm = (RpStaticMethodObject *)self;
    RP_VISIT(sm->sm_callable);
    RP_VISIT(sm->sm_dict);
    return 0;
}

static int sm_clear(RpObject *self)
{
    RpStaticMethodObject *sm = (RpStaticMethodObject *)self;
    RP_CLEAR(sm->sm_callable);
    RP_CLEAR(sm->sm_dict);
    return 0;
}

/* copy __module__, __name__, __qualname__, __doc__ (functools.wraps-like,
 * as 3.10+ does for classmethod/staticmethod) */
static int sm_copy_attrs(RpObject *self, RpObject *callable)
{
    /* functools.wraps' attributes, as 3.11's functools_wraps (__wrapped__
       is a member, not in the dict) */
    static const int ids[] = { RP_ID___module__, RP_ID___name__, RP_ID___qualname__, RP_ID___doc__,
                               RP_ID___annotations__ };
    RpStaticMethodObject *sm = (RpStaticMethodObject *)self;
    if (sm->sm_dict == NULL) {
        sm->sm_dict = rp_dict_new();
        if (sm->sm_dict == NULL) {
            return -1;
        }
    }
    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        RpObject *v;
        if (rp_object_lookup_attr(callable, rp_ids[ids[i]], &v) < 0) {
            return -1;
        }
        if (v != NULL) {
            int r = rp_dict_set(sm->sm_dict, rp_ids[ids[i]], v);
            rp_decref(v);
            if (r < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int sm_init_common(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames,
                          const char *name)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        rp_err_format(&RpExc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        rp_err_format(&RpExc_TypeError, "%s expected 1 argument, got %zd", name, (rp_ssize_t)nargs);
        return -1;
    }
    RpStaticMethodObject *sm = (RpStaticMethodObject *)self;
    RP_XSETREF(sm->sm_callable, rp_newref(args[0]));
    return sm_copy_attrs(self, args[0]);
}

static int cm_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    return sm_init_common(self, args, nargs, kwnames, "classmethod");
}

static int sm_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    return sm_init_common(self, args, nargs, kwnames, "staticmethod");
}

static RpObject *cm_descr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpStaticMethodObject *cm = (RpStaticMethodObject *)self;
    if (cm->sm_callable == NULL) {
        return rp_err_set_string(&RpExc_RuntimeError, "uninitialized classmethod object");
    }
    if (type == NULL) {
        type = (RpObject *)rp_type(obj);
    }
    rp_descrgetfunc f = rp_type(cm->sm_callable)->tp_descr_get;
    if (f != NULL) {
        return f(cm->sm_callable, type, type);
    }
    return rp_method_new(cm->sm_callable, type);
}

static RpObject *sm_descr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpStaticMethodObject *sm = (RpStaticMethodObject *)self;
    if (sm->sm_callable == NULL) {
        return rp_err_set_string(&RpExc_RuntimeError, "uninitialized staticmethod object");
    }
    return rp_newref(sm->sm_callable);
}

static RpObject *sm_call(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    return rp_call(((RpStaticMethodObject *)self)->sm_callable, args, nargs, kwnames);
}

static RpObject *cm_repr(RpObject *self)
{
    return rp_str_from_format("<classmethod(%R)>", ((RpStaticMethodObject *)self)->sm_callable);
}

static RpObject *sm_repr(RpObject *self)
{
    return rp_str_from_format("<staticmethod(%R)>", ((RpStaticMethodObject *)self)->sm_callable);
}

static RpObject *sm_isabstract(RpObject *self, void *c)
{
    RpObject *v;
    if (rp_object_lookup_attr(((RpStaticMethodObject *)self)->sm_callable, rp_id(__isabstractmethod__),
                              &v) < 0) {
        return NULL;
    }
    if (v == NULL) {
        return rp_bool_from_long(0);
    }
    int t = rp_object_is_true(v);
    rp_decref(v);
    if (t < 0) {
        return NULL;
    }
    return rp_bool_from_long(t);
}

static RpMemberDef sm_members[] = {
    {"__func__", RP_T_OBJECT, offsetof(RpStaticMethodObject, sm_callable), RP_READONLY, NULL},
    {"__wrapped__", RP_T_OBJECT, offsetof(RpStaticMethodObject, sm_callable), RP_READONLY, NULL},
    {NULL}
};

static RpGetSetDef sm_getsets[] = {
    {"__isabstractmethod__", sm_isabstract, NULL, NULL, NULL},
    {"__dict__", rp_object_generic_get_dict, rp_object_generic_set_dict, NULL, NULL},
    {NULL}
};

RpTypeObject RpClassMethod_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(RpStaticMethodObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = sm_dealloc,
    .tp_free = rp_object_free,   /* used before rp_type_ready (static methods of types) */
    .tp_traverse = sm_traverse,
    .tp_clear = sm_clear,
    .tp_repr = cm_repr,
    .tp_descr_get = cm_descr_get,
    .tp_init = cm_init,
    .tp_new = rp_type_generic_new,
    .tp_members = sm_members,
    .tp_getset = sm_getsets,
    .tp_dictoffset = offsetof(RpStaticMethodObject, sm_dict),
    .tp_doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};

RpTypeObject RpStaticMethod_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(RpStaticMethodObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = sm_dealloc,
    .tp_free = rp_object_free,   /* used before rp_type_ready (static methods of types) */
    .tp_traverse = sm_traverse,
    .tp_clear = sm_clear,
    .tp_repr = sm_repr,
    .tp_call = sm_call,
    .tp_descr_get = sm_descr_get,
    .tp_init = sm_init,
    .tp_new = rp_type_generic_new,
    .tp_members = sm_members,
    .tp_getset = sm_getsets,
    .tp_dictoffset = offsetof(RpStaticMethodObject, sm_dict),
    .tp_doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};

static RpObject *sm_new_common(RpTypeObject *type, RpObject *callable)
{
    RpStaticMethodObject *sm = (RpStaticMethodObject *)rp_object_alloc(type);
    if (sm == NULL) {
        return NULL;
    }
    sm->sm_callable = rp_newref(callable);
    rp_gc_track(sm);
    if (sm_copy_attrs((RpObject *)sm, callable) < 0) {
        rp_decref(sm);
        return NULL;
    }
    return (RpObject *)sm;
}

RpObject *rp_classmethod_new(RpObject *callable)
{
    return sm_new_common(&RpClassMethod_Type, callable);
}

RpObject *rp_staticmethod_new(RpObject *callable)
{
    return sm_new_common(&RpStaticMethod_Type, callable);
}

/* ---- mappingproxy --------------------------------------------------------------------------------- */

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *mapping;
} RpDictProxyObject;

RpObject *rp_dictproxy_new(RpObject *mapping)
{
    RpDictProxyObject *p = (RpDictProxyObject *)rp_object_alloc(&RpDictProxy_Type);
    if (p == NULL) {
        return NULL;
    }
    p->mapping = rp_newref(mapping);
    rp_gc_track(p);
    return (RpObject *)p;
}

static RpObject *dictproxy_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    if ((kwnames != NULL && rp_tuple_len(kwnames) > 0) || nargs != 1) {
        if (nargs == 0) {
            return rp_err_set_string(&RpExc_TypeError,
                                     "mappingproxy() missing required argument 'mapping' (pos 1)");
        }
        return rp_err_format(&RpExc_TypeError, "mappingproxy() takes exactly one argument (%zd given)",
                             (rp_ssize_t)nargs);
    }
    RpObject *m = args[0];
    if (rp_type(m)->mp_subscript == NULL || rp_list_check(m) || rp_tuple_check(m)) {
        return rp_err_format(&RpExc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                             rp_type(m)->tp_name);
    }
    return rp_dictproxy_new(m);
}

static void dictproxy_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    RP_CLEAR(((RpDictProxyObject *)self)->mapping);
    rp_object_free(self);
}

static int dictproxy_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpDictProxyObject *)self)->mapping);
    return 0;
}

#define PM(o) (((RpDictProxyObject *)(o))->mapping)

static rp_ssize_t dictproxy_len(RpObject *self) { return rp_object_len(PM(self)); }
static RpObject *dictproxy_getitem(RpObject *self, RpObject *key) { return rp_object_getitem(PM(self), key); }
static int dictproxy_contains(RpObject *self, RpObject *key)
{
    if (rp_dict_check_exact(PM(self))) {
        return rp_dict_contains(PM(self), key);
    }
    return rp_sequence_contains(PM(self), key);
}
static RpObject *dictproxy_iter(RpObject *self) { return rp_object_get_iter(PM(self)); }
static RpObject *dictproxy_str(RpObject *self) { return rp_object_str(PM(self)); }
static RpObject *dictproxy_repr(RpObject *self)
{
    return rp_str_from_format("mappingproxy(%R)", PM(self));
}
static RpObject *dictproxy_richcompare(RpObject *a, RpObject *b, int op)
{
    return rp_object_richcompare(PM(a), b, op);
}

static RpObject *dictproxy_get(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        return rp_err_format(&RpExc_TypeError, "get expected at %s %d argument%s, got %zd",
                             nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s",
                             (rp_ssize_t)nargs);
    }
    return rp_call_method(PM(self), rp_id(get), args, nargs);
}
static RpObject *dictproxy_keys(RpObject *self, RpObject *u) { return rp_call_method(PM(self), rp_id(keys), NULL, 0); }
static RpObject *dictproxy_values(RpObject *self, RpObject *u) { return rp_call_method(PM(self), rp_id(values), NULL, 0); }
static RpObject *dictproxy_items(RpObject *self, RpObject *u) { return rp_call_method(PM(self), rp_id(items), NULL, 0); }
static RpObject *dictproxy_copy(RpObject *self, RpObject *u) { return rp_call_method(PM(self), rp_id(copy), NULL, 0); }

static RpObject *dictproxy_or(RpObject *a, RpObject *b)
{
    if (rp_type(a) == &RpDictProxy_Type) {
        a = PM(a);
    }
    if (rp_type(b) == &RpDictProxy_Type) {
        b = PM(b);
    }
    return rp_number_or(a, b);
}

static RpObject *dictproxy_ior(RpObject *a, RpObject *b)
{
    return rp_err_format(&RpExc_TypeError, "'|=' is not supported by %s; use '|' instead",
                         rp_type(a)->tp_name);
}

static RpMethodDef dictproxy_methods[] = {
    {"get", RP_CFUNC(dictproxy_get), RP_METH_FASTCALL, NULL},
    {"keys", RP_CFUNC(dictproxy_keys), RP_METH_NOARGS, NULL},
    {"values", RP_CFUNC(dictproxy_values), RP_METH_NOARGS, NULL},
    {"items", RP_CFUNC(dictproxy_items), RP_METH_NOARGS, NULL},
    {"copy", RP_CFUNC(dictproxy_copy), RP_METH_NOARGS, NULL},
    {NULL}
};

RpTypeObject RpDictProxy_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(RpDictProxyObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = dictproxy_dealloc,
    .tp_traverse = dictproxy_traverse,
    .tp_repr = dictproxy_repr,
    .tp_str = dictproxy_str,
    .tp_richcompare = dictproxy_richcompare,
    .tp_iter = dictproxy_iter,
    .tp_new = dictproxy_new,
    .nb_or = dictproxy_or,
    .nb_inplace_or = dictproxy_ior,
    .sq_contains = dictproxy_contains,
    .mp_length = dictproxy_len,
    .mp_subscript = dictproxy_getitem,
    .tp_methods = dictproxy_methods,
};
