/* sliceobject.h - slice objects and index arithmetic. */
#ifndef RP_SLICEOBJECT_H
#define RP_SLICEOBJECT_H

#include "../core/object.h"

typedef struct RpSliceObject {
    RP_OBJECT_HEAD;
    RpObject *start, *stop, *step;    /* never NULL: None when absent */
} RpSliceObject;

extern RpTypeObject RpSlice_Type;

static inline int rp_slice_check(RpObject *o) { return o->ob_type == &RpSlice_Type; }
/* start/stop/step may be NULL (= None). Increfs. */
RpObject *rp_slice_new(RpObject *start, RpObject *stop, RpObject *step);
/* CPython's PySlice_Unpack + PySlice_AdjustIndices: clamp to a sequence of
 * `length`; returns the slice length, or -1 with an exception set
 * ("slice step cannot be zero", "slice indices must be integers or None
 * or have an __index__ method"). */
int rp_slice_unpack(RpObject *slice, rp_ssize_t *start, rp_ssize_t *stop, rp_ssize_t *step);
rp_ssize_t rp_slice_adjust_indices(rp_ssize_t length, rp_ssize_t *start, rp_ssize_t *stop,
                                   rp_ssize_t step);

#endif
