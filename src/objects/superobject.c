/* superobject.c - super(type, obj), super(type, type2), super(type) and
 * the zero-argument super() of methods.
 *
 * Models the super part of CPython 3.11's Objects/typeobject.c.  Looking
 * an attribute up through super(C, obj) walks type(obj).__mro__ from the
 * class AFTER C, and binds what it finds to obj.
 *
 * Zero-argument super() needs the running frame: the VM answers through
 * rp_eval_super_args (descrobject.h) with the class from the function's
 * __class__ cell and its first argument.
 */
#include "descrobject.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "dictobject.h"
#include "exceptions.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"
#include "typeobject.h"

int rp_eval_super_args(RpTypeObject **type, RpObject **obj) __attribute__((weak));

typedef struct {
    RP_OBJECT_HEAD;
    RpTypeObject *type;       /* the class given (search starts after it) */
    RpObject *obj;            /* the instance or class, or NULL */
    RpTypeObject *obj_type;   /* type(obj), or obj when it is a class */
} RpSuperObject;

static void super_dealloc(RpObject *self)
{
    RpSuperObject *su = (RpSuperObject *)self;
    rp_gc_untrack(self);
    RP_CLEAR(su->obj);
    RP_CLEAR(su->type);
    RP_CLEAR(su->obj_type);
    rp_type(self)->tp_free(self);
}

static int super_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpSuperObject *su = (RpSuperObject *)self;
    RP_VISIT(su->obj);
    RP_VISIT(su->type);
    RP_VISIT(su->obj_type);
    return 0;
}

static RpObject *super_repr(RpObject *self)
{
    RpSuperObject *su = (RpSuperObject *)self;
    const char *tn = su->type ? rp_type_name(su->type) : "NULL";
    if (su->obj_type != NULL) {
        return rp_str_from_format("<super: <class '%s'>, <%s object>>", tn, su->obj_type->tp_name);
    }
    return rp_str_from_format("<super: <class '%s'>, NULL>", tn);
}

static RpObject *super_getattro(RpObject *self, RpObject *name)
{
    RpSuperObject *su = (RpSuperObject *)self;
    RpTypeObject *starttype = su->obj_type;
    /* super().__class__ is the super type itself */
    if (starttype == NULL || (rp_str_check(name) && rp_str_eq(name, rp_id(__class__)))) {
        return rp_object_generic_getattr(self, name);
    }
    RpObject *mro = starttype->tp_mro;
    if (mro == NULL) {
        return rp_object_generic_getattr(self, name);
    }
    rp_ssize_t n = rp_tuple_len(mro), i;
    for (i = 0; i + 1 < n; i++) {
        if ((RpObject *)su->type == rp_tuple_get_borrow(mro, i)) {
            break;
        }
    }
    i++;
    if (i >= n) {
        return rp_object_generic_getattr(self, name);
    }
    rp_incref(mro);
    for (; i < n; i++) {
        RpTypeObject *t = (RpTypeObject *)rp_tuple_get_borrow(mro, i);
        RpObject *res = rp_dict_get_borrow(t->tp_dict, name);
        if (res != NULL) {
            rp_incref(res);
            rp_decref(mro);
            rp_descrgetfunc f = rp_type(res)->tp_descr_get;
            if (f != NULL) {
                RpObject *bound = f(res, su->obj == (RpObject *)starttype ? NULL : su->obj,
                                    (RpObject *)starttype);
                rp_decref(res);
                return bound;
            }
            return res;
        }
    }
    rp_decref(mro);
    return rp_object_generic_getattr(self, name);
}

/* type(obj) if obj is an instance of type, obj if it is a subclass */
static RpTypeObject *supercheck(RpTypeObject *type, RpObject *obj)
{
    if (rp_type_check(obj) && rp_type_is_subtype((RpTypeObject *)obj, type)) {
        return (RpTypeObject *)rp_newref(obj);
    }
    if (rp_type_is_subtype(rp_type(obj), type)) {
        return (RpTypeObject *)rp_newref(rp_type(obj));
    }
    /* a proxy pretending with __class__ */
    RpObject *cls;
    if (rp_object_lookup_attr(obj, rp_id(__class__), &cls) < 0) {
        return NULL;
    }
    if (cls != NULL) {
        if (rp_type_check(cls) && cls != (RpObject *)rp_type(obj) &&
            rp_type_is_subtype((RpTypeObject *)cls, type)) {
            return (RpTypeObject *)cls;
        }
        rp_decref(cls);
    }
    rp_err_set_string(&RpExc_TypeError,
                      "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init_impl(RpObject *self, RpTypeObject *type, RpObject *obj)
{
    RpSuperObject *su = (RpSuperObject *)self;
    RpTypeObject *obj_type = NULL;
    if (obj == rp_None) {
        obj = NULL;
    }
    if (obj != NULL) {
        obj_type = supercheck(type, obj);
        if (obj_type == NULL) {
            return -1;
        }
        rp_incref(obj);
    }
    rp_incref(type);
    RP_XSETREF(su->type, type);
    RP_XSETREF(su->obj, obj);
    RP_XSETREF(su->obj_type, obj_type);
    return 0;
}

static int super_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        rp_err_set_string(&RpExc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        rp_err_format(&RpExc_TypeError, "super() takes at most 2 arguments (%zd given)",
                      (rp_ssize_t)nargs);
        return -1;
    }
    RpTypeObject *type;
    RpObject *obj = NULL;
    if (nargs == 0) {
        if (rp_eval_super_args == NULL) {
            rp_err_set_string(&RpExc_RuntimeError, "super(): no arguments");
            return -1;
        }
        if (rp_eval_super_args(&type, &obj) < 0) {
            return -1;
        }
        /* borrowed from the frame */
    } else {
        if (!rp_type_check(args[0])) {
            rp_err_format(&RpExc_TypeError, "super() argument 1 must be a type, not %.200s",
                          rp_type(args[0])->tp_name);
            return -1;
        }
        type = (RpTypeObject *)args[0];
        obj = nargs > 1 ? args[1] : NULL;
    }
    return super_init_impl(self, type, obj);
}

static RpObject *super_descr_get(RpObject *self, RpObject *obj, RpObject *type)
{
    RpSuperObject *su = (RpSuperObject *)self;
    if (obj == NULL || obj == rp_None || su->obj != NULL) {
        return rp_newref(self);
    }
    if (rp_type(self) != &RpSuper_Type) {
        /* a subclass of super: call it */
        RpObject *args[2] = { (RpObject *)su->type, obj };
        return rp_call((RpObject *)rp_type(self), args, 2, NULL);
    }
    RpObject *newobj = rp_type_generic_new(&RpSuper_Type, NULL, 0, NULL);
    if (newobj == NULL) {
        return NULL;
    }
    if (super_init_impl(newobj, su->type, obj) < 0) {
        rp_decref(newobj);
        return NULL;
    }
    return newobj;
}

static RpMemberDef super_members[] = {
    {"__thisclass__", RP_T_OBJECT, offsetof(RpSuperObject, type), RP_READONLY,
     "the class invoking super()"},
    {"__self__", RP_T_OBJECT, offsetof(RpSuperObject, obj), RP_READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", RP_T_OBJECT, offsetof(RpSuperObject, obj_type), RP_READONLY,
     "the type of the instance invoking super(); may be None"},
    {NULL}
};

RpTypeObject RpSuper_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "super",
    .tp_basicsize = sizeof(RpSuperObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = super_dealloc,
    .tp_traverse = super_traverse,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_new = rp_type_generic_new,
    .tp_members = super_members,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\n"
              "super(type) -> unbound super object\n"
              "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
              "super(type, type2) -> bound super object; requires issubclass(type2, type)\n",
};
