/* descrobject.h - descriptors: method_descriptor (list.append),
 * classmethod_descriptor, wrapper_descriptor / method-wrapper (slot
 * wrappers such as int.__add__), member_descriptor, getset_descriptor,
 * property, classmethod, staticmethod. */
#ifndef RP_DESCROBJECT_H
#define RP_DESCROBJECT_H

#include "../core/object.h"

extern RpTypeObject RpMethodDescr_Type, RpClassMethodDescr_Type,
    RpWrapperDescr_Type, RpMethodWrapper_Type, RpMemberDescr_Type,
    RpGetSetDescr_Type, RpProperty_Type, RpClassMethod_Type,
    RpStaticMethod_Type;

RpObject *rp_descr_new_method(RpTypeObject *type, RpMethodDef *ml);
RpObject *rp_descr_new_classmethod(RpTypeObject *type, RpMethodDef *ml);
RpObject *rp_descr_new_member(RpTypeObject *type, RpMemberDef *m);
RpObject *rp_descr_new_getset(RpTypeObject *type, RpGetSetDef *g);
RpObject *rp_classmethod_new(RpObject *callable);
RpObject *rp_staticmethod_new(RpObject *callable);

#endif
