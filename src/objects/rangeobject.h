/* rangeobject.h - range and its iterators.
 *
 * Models CPython 3.11's Objects/rangeobject.c: a range stores start,
 * stop, step and its length as ints (any size); it is not a GC object
 * (sys.getsizeof(range(9)) == 48).  Iteration uses C longs when they fit
 * (range_iterator), else ints (longrange_iterator). */
#ifndef RP_RANGEOBJECT_H
#define RP_RANGEOBJECT_H

#include "../core/object.h"

typedef struct RpRangeObject {
    RP_OBJECT_HEAD;
    RpObject *start, *stop, *step, *length;   /* ints */
} RpRangeObject;                               /* 48 bytes, as CPython */

extern RpTypeObject RpRange_Type, RpRangeIter_Type, RpLongRangeIter_Type;

static inline int rp_range_check(RpObject *o) { return o->ob_type == &RpRange_Type; }
/* range(start, stop, step) from ints (already __index__ed); step != 0 */
RpObject *rp_range_new(RpObject *start, RpObject *stop, RpObject *step);

#endif
