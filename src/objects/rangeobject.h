/* rangeobject.h - range and its iterators. */
#ifndef RP_RANGEOBJECT_H
#define RP_RANGEOBJECT_H

#include "../core/object.h"

typedef struct RpRangeObject {
    RP_OBJECT_HEAD;
    RpObject *start, *stop, *step, *length;   /* ints */
} RpRangeObject;                               /* 48 bytes, as CPython */

extern RpTypeObject RpRange_Type, RpRangeIter_Type, RpLongRangeIter_Type;

#endif
