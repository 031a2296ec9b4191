/* noneobject.c - None, NotImplemented and Ellipsis, and their types.
 *
 * Models the singletons of CPython 3.11's Objects/object.c and
 * sliceobject.c.  Each is one static object; calling its type returns it
 * ("NoneType takes no arguments" otherwise).  Their hash is object's
 * (the address), inherited from object.
 */
#include "noneobject.h"

#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "numformat.h"
#include "tupleobject.h"

RpObject rp_None_struct = RP_STATIC_OBJECT_INIT(&RpNone_Type);
RpObject rp_NotImplemented_struct = RP_STATIC_OBJECT_INIT(&RpNotImplemented_Type);
RpObject rp_Ellipsis_struct = RP_STATIC_OBJECT_INIT(&RpEllipsis_Type);

static void singleton_dealloc(RpObject *o)
{
    /* static objects: losing the last reference is a refcounting bug in
       C code; keep them alive */
    o->ob_refcnt = 1;
}

static int has_args(size_t nargs, RpObject *kwnames)
{
    return nargs > 0 || (kwnames != NULL && rp_tuple_len(kwnames) > 0);
}

/* ---- None ---- */

static RpObject *none_repr(RpObject *o)
{
    (void)o;
    return rp_numfmt_ascii("None", 4);
}

static int none_bool(RpObject *o)
{
    (void)o;
    return 0;
}

static RpObject *none_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                          RpObject *kwnames)
{
    (void)type;
    (void)args;
    if (has_args(nargs, kwnames)) {
        return rp_err_set_string(&RpExc_TypeError, "NoneType takes no arguments");
    }
    return rp_none_new();
}

RpTypeObject RpNone_Type = {
    RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(RpObject),
    .tp_itemsize = 0,
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_new = none_new,
    .nb_bool = none_bool,
};

/* ---- NotImplemented ---- */

static RpObject *notimplemented_repr(RpObject *o)
{
    (void)o;
    return rp_numfmt_ascii("NotImplemented", 14);
}

static RpObject *notimplemented_reduce(RpObject *o, RpObject *unused)
{
    (void)o;
    (void)unused;
    return rp_numfmt_ascii("NotImplemented", 14);
}

static int notimplemented_bool(RpObject *o)
{
    (void)o;
    /* (CPython 3.11 warns: "NotImplemented should not be used in a
       boolean context") */
    return 1;
}

static RpObject *notimplemented_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames)
{
    (void)type;
    (void)args;
    if (has_args(nargs, kwnames)) {
        return rp_err_set_string(&RpExc_TypeError, "NotImplementedType takes no arguments");
    }
    return rp_notimplemented_new();
}

static RpMethodDef notimplemented_methods[] = {
    {"__reduce__", RP_CFUNC(notimplemented_reduce), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

RpTypeObject RpNotImplemented_Type = {
    RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(RpObject),
    .tp_itemsize = 0,
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimplemented_repr,
    .tp_new = notimplemented_new,
    .nb_bool = notimplemented_bool,
    .tp_methods = notimplemented_methods,
};

/* ---- Ellipsis ---- */

static RpObject *ellipsis_repr(RpObject *o)
{
    (void)o;
    return rp_numfmt_ascii("Ellipsis", 8);
}

static RpObject *ellipsis_reduce(RpObject *o, RpObject *unused)
{
    (void)o;
    (void)unused;
    return rp_numfmt_ascii("Ellipsis", 8);
}

static RpObject *ellipsis_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    (void)type;
    (void)args;
    if (has_args(nargs, kwnames)) {
        return rp_err_set_string(&RpExc_TypeError, "EllipsisType takes no arguments");
    }
    return rp_newref(rp_Ellipsis);
}

static RpMethodDef ellipsis_methods[] = {
    {"__reduce__", RP_CFUNC(ellipsis_reduce), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

RpTypeObject RpEllipsis_Type = {
    RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(RpObject),
    .tp_itemsize = 0,
    .tp_dealloc = singleton_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_getattro = rp_object_generic_getattr,
    .tp_new = ellipsis_new,
    .tp_methods = ellipsis_methods,
};
