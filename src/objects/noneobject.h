/* noneobject.h - the singletons None, NotImplemented and Ellipsis.
 * They are statically allocated and never freed. */
#ifndef RP_NONEOBJECT_H
#define RP_NONEOBJECT_H

#include "../core/object.h"
#include "../core/refcount.h"

extern RpObject rp_None_struct, rp_NotImplemented_struct, rp_Ellipsis_struct;
extern RpTypeObject RpNone_Type, RpNotImplemented_Type, RpEllipsis_Type;

#define rp_None            (&rp_None_struct)
#define rp_NotImplemented  (&rp_NotImplemented_struct)
#define rp_Ellipsis        (&rp_Ellipsis_struct)

static inline RpObject *rp_none_new(void) { return rp_newref(rp_None); }
static inline RpObject *rp_notimplemented_new(void) { return rp_newref(rp_NotImplemented); }

#endif
