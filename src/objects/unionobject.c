/* unionobject.c - types.UnionType: what `int | str` makes.
 *
 * Models the part of CPython 3.11's Objects/unionobject.c that programs
 * meet without the typing module: X | Y of classes (and None), its repr
 * "int | str", equality ignoring order, and isinstance()/issubclass()
 * against it.  The arguments are flattened and deduplicated; a union of
 * one class is that class (int | int is int).
 */
#include "typeobject.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "exceptions.h"
#include "genericaliasobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "setobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *args;     /* tuple of classes (None as NoneType) */
    RpObject *parameters_unused; /* CPython's lazily computed __parameters__; here
                                    for its size (sys.getsizeof: 48), always NULL */
} RpUnionObject;

extern RpTypeObject RpUnion_Type;

static int is_unionable(RpObject *o)
{
    return o == rp_None || rp_type_check(o) || rp_type(o) == &RpUnion_Type ||
           rp_generic_alias_check(o);
}

/* append o (or a union's args) to list, skipping duplicates */
static int add_args(RpObject *list, RpObject *o)
{
    if (rp_type(o) == &RpUnion_Type) {
        RpObject *a = ((RpUnionObject *)o)->args;
        for (rp_ssize_t i = 0; i < rp_tuple_len(a); i++) {
            if (add_args(list, rp_tuple_get_borrow(a, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (o == rp_None) {
        o = (RpObject *)&RpNone_Type;
    }
    for (rp_ssize_t i = 0; i < rp_list_len(list); i++) {
        if (rp_list_get_borrow(list, i) == o) {
            return 0;
        }
    }
    return rp_list_append(list, o);
}

RpObject *rp_union_or(RpObject *a, RpObject *b)
{
    if (!is_unionable(a) || !is_unionable(b)) {
        return rp_notimplemented_new();
    }
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    if (add_args(list, a) < 0 || add_args(list, b) < 0) {
        rp_decref(list);
        return NULL;
    }
    if (rp_list_len(list) == 1) {
        RpObject *only = rp_newref(rp_list_get_borrow(list, 0));
        rp_decref(list);
        return only;
    }
    RpObject *args = rp_list_as_tuple(list);
    rp_decref(list);
    if (args == NULL) {
        return NULL;
    }
    RpUnionObject *u = (RpUnionObject *)rp_object_alloc(&RpUnion_Type);
    if (u == NULL) {
        rp_decref(args);
        return NULL;
    }
    u->args = args;
    u->parameters_unused = NULL;
    rp_gc_track(u);
    return (RpObject *)u;
}

static void union_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    RP_CLEAR(((RpUnionObject *)self)->args);
    rp_object_free(self);
}

static int union_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpUnionObject *)self)->args);
    return 0;
}

static RpObject *union_repr(RpObject *self)
{
    RpObject *args = ((RpUnionObject *)self)->args;
    RpStrWriter w;
    rp_strwriter_init(&w);
    for (rp_ssize_t i = 0; i < rp_tuple_len(args); i++) {
        RpObject *a = rp_tuple_get_borrow(args, i);
        RpObject *s;
        if (a == (RpObject *)&RpNone_Type) {
            s = rp_str_from_cstr("None");
        } else if (rp_type_check(a)) {
            s = rp_type_fullname((RpTypeObject *)a);
        } else {
            s = rp_object_repr(a);
        }
        if (s == NULL || (i > 0 && rp_strwriter_write_ascii(&w, " | ", 3) < 0) ||
            rp_strwriter_write_str(&w, s) < 0) {
            rp_xdecref(s);
            rp_strwriter_discard(&w);
            return NULL;
        }
        rp_decref(s);
    }
    return rp_strwriter_finish(&w);
}

static RpObject *union_richcompare(RpObject *a, RpObject *b, int op)
{
    if (rp_type(b) != &RpUnion_Type || (op != RP_EQ && op != RP_NE)) {
        return rp_notimplemented_new();
    }
    RpObject *sa = rp_frozenset_new(((RpUnionObject *)a)->args);
    RpObject *sb = sa ? rp_frozenset_new(((RpUnionObject *)b)->args) : NULL;
    RpObject *r = sb ? rp_object_richcompare(sa, sb, op) : NULL;
    rp_xdecref(sa);
    rp_xdecref(sb);
    return r;
}

static rp_hash_t union_hash(RpObject *self)
{
    RpObject *s = rp_frozenset_new(((RpUnionObject *)self)->args);
    if (s == NULL) {
        return -1;
    }
    rp_hash_t h = rp_object_hash(s);
    rp_decref(s);
    return h;
}

static RpObject *union_instancecheck(RpObject *self, RpObject *inst)
{
    RpObject *args = ((RpUnionObject *)self)->args;
    for (rp_ssize_t i = 0; i < rp_tuple_len(args); i++) {
        int r = rp_object_is_instance(inst, rp_tuple_get_borrow(args, i));
        if (r != 0) {
            return r < 0 ? NULL : rp_bool_from_long(1);
        }
    }
    return rp_bool_from_long(0);
}

static RpObject *union_subclasscheck(RpObject *self, RpObject *sub)
{
    if (!rp_type_check(sub)) {
        return rp_err_set_string(&RpExc_TypeError, "issubclass() arg 1 must be a class");
    }
    RpObject *args = ((RpUnionObject *)self)->args;
    for (rp_ssize_t i = 0; i < rp_tuple_len(args); i++) {
        int r = rp_object_is_subclass(sub, rp_tuple_get_borrow(args, i));
        if (r != 0) {
            return r < 0 ? NULL : rp_bool_from_long(1);
        }
    }
    return rp_bool_from_long(0);
}

static RpObject *union_args(RpObject *self, void *c)
{
    return rp_newref(((RpUnionObject *)self)->args);
}

static RpObject *union_parameters(RpObject *self, void *c)
{
    return rp_newref(rp_tuple_empty_borrow());
}

static RpMethodDef union_methods[] = {
    {"__instancecheck__", RP_CFUNC(union_instancecheck), RP_METH_O, NULL},
    {"__subclasscheck__", RP_CFUNC(union_subclasscheck), RP_METH_O, NULL},
    {NULL}
};

static RpGetSetDef union_getsets[] = {
    {"__args__", union_args, NULL, NULL, NULL},
    {"__parameters__", union_parameters, NULL, NULL, NULL},
    {NULL}
};

RpTypeObject RpUnion_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(RpUnionObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = union_dealloc,
    .tp_traverse = union_traverse,
    .tp_repr = union_repr,
    .tp_hash = union_hash,
    .tp_richcompare = union_richcompare,
    .nb_or = rp_union_or,
    .tp_methods = union_methods,
    .tp_getset = union_getsets,
    .tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};
