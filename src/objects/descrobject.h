/* descrobject.h - descriptors: method_descriptor (list.append),
 * classmethod_descriptor, wrapper_descriptor / method-wrapper (slot
 * wrappers such as int.__add__), member_descriptor, getset_descriptor,
 * property, classmethod, staticmethod, super, and mappingproxy (the
 * read-only view that type.__dict__ returns). */
#ifndef RP_DESCROBJECT_H
#define RP_DESCROBJECT_H

#include "../core/object.h"

extern RpTypeObject RpMethodDescr_Type, RpClassMethodDescr_Type,
    RpWrapperDescr_Type, RpMethodWrapper_Type, RpMemberDescr_Type,
    RpGetSetDescr_Type, RpProperty_Type, RpClassMethod_Type,
    RpStaticMethod_Type, RpSuper_Type, RpDictProxy_Type;

/* The fields every descriptor made from a C table starts with. */
typedef struct RpDescrObject {
    RP_OBJECT_HEAD;
    RpTypeObject *d_type;       /* the class it was found in (owned) */
    RpObject *d_name;           /* str */
    RpObject *d_qualname;       /* str or NULL (made on demand) */
} RpDescrObject;

typedef struct RpMethodDescrObject {
    RpDescrObject d_common;
    RpMethodDef *d_method;
    rp_vectorcallfunc vectorcall;
} RpMethodDescrObject;

typedef struct RpMemberDescrObject {
    RpDescrObject d_common;
    RpMemberDef *d_member;
} RpMemberDescrObject;

typedef struct RpGetSetDescrObject {
    RpDescrObject d_common;
    RpGetSetDef *d_getset;
} RpGetSetDescrObject;

struct RpSlotDef;               /* typeslots.c */
typedef struct RpWrapperDescrObject {
    RpDescrObject d_common;
    const struct RpSlotDef *d_base;
    void *d_wrapped;            /* the C slot function it calls */
} RpWrapperDescrObject;

/* property: fget/fset/fdel/doc */
typedef struct RpPropertyObject {
    RP_OBJECT_HEAD;
    RpObject *prop_get, *prop_set, *prop_del, *prop_doc, *prop_name;
    int getter_doc;
} RpPropertyObject;

/* classmethod / staticmethod */
typedef struct RpStaticMethodObject {
    RP_OBJECT_HEAD;
    RpObject *sm_callable;
    RpObject *sm_dict;
} RpStaticMethodObject;

RpObject *rp_descr_new_method(RpTypeObject *type, RpMethodDef *ml);
RpObject *rp_descr_new_classmethod(RpTypeObject *type, RpMethodDef *ml);
RpObject *rp_descr_new_member(RpTypeObject *type, RpMemberDef *m);
RpObject *rp_descr_new_getset(RpTypeObject *type, RpGetSetDef *g);
RpObject *rp_descr_new_wrapper(RpTypeObject *type, const struct RpSlotDef *base,
                               void *wrapped);
RpObject *rp_classmethod_new(RpObject *callable);
RpObject *rp_staticmethod_new(RpObject *callable);
/* mappingproxy(mapping): a read-only view */
RpObject *rp_dictproxy_new(RpObject *mapping);

/* Read / write a member (RpMemberDef) of an object, as member descriptors
 * do: "readonly attribute", AttributeError for unset RP_T_OBJECT_EX. */
RpObject *rp_member_get(RpObject *obj, RpMemberDef *m);
int rp_member_set(RpObject *obj, RpMemberDef *m, RpObject *value);

/* Provided by the VM (ceval.c) for zero-argument super(): the class in the
 * running function's __class__ cell and its first argument (borrowed).
 * -1 with RuntimeError ("super(): no arguments", "super(): __class__ cell
 * not found", "super(): empty __class__ cell") otherwise. */
int rp_eval_super_args(RpTypeObject **type, RpObject **obj);

/* Is it a data descriptor (its type defines __set__ / __delete__)? */
static inline int rp_descr_is_data(RpObject *d) { return d->ob_type->tp_descr_set != NULL; }

#endif
