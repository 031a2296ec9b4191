/* boolobject.h - bool, a subclass of int with two instances. */
#ifndef RP_BOOLOBJECT_H
#define RP_BOOLOBJECT_H

#include "../core/refcount.h"
#include "intobject.h"

extern RpTypeObject RpBool_Type;
extern RpLongObject rp_False_struct, rp_True_struct;

#define rp_False ((RpObject *)&rp_False_struct)
#define rp_True  ((RpObject *)&rp_True_struct)

static inline int rp_bool_check(RpObject *o) { return o->ob_type == &RpBool_Type; }
static inline RpObject *rp_bool_from_long(long v)
{
    return rp_newref(v ? rp_True : rp_False);
}

#endif
