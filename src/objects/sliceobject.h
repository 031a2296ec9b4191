/* sliceobject.h - slice objects and index arithmetic.
 *
 * Models CPython 3.11's Objects/sliceobject.c: slices are GC objects
 * (sys.getsizeof(slice(1)) == 56), unhashable in 3.11, compared as the
 * tuples (start, stop, step).  One dead slice is kept for reuse
 * (interp->slice_cache), so `id(slice(1)) == id(slice(2))`. */
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
/* CPython's PySlice_Unpack: the raw indices (None -> defaults; values out
 * of the ssize_t range are clamped; step != 0) with the errors
 * "slice step cannot be zero" and "slice indices must be integers or None
 * or have an __index__ method". 0 or -1. */
int rp_slice_unpack(RpObject *slice, rp_ssize_t *start, rp_ssize_t *stop, rp_ssize_t *step);
/* CPython's PySlice_AdjustIndices: clamp to a sequence of `length`;
 * returns the slice length (never fails). */
rp_ssize_t rp_slice_adjust_indices(rp_ssize_t length, rp_ssize_t *start, rp_ssize_t *stop,
                                   rp_ssize_t step);
/* slice.indices(length) with arbitrary ints: NEW references in the three
 * outputs, or -1 with an exception. */
int rp_slice_get_long_indices(RpObject *slice, RpObject *length, RpObject **start,
                              RpObject **stop, RpObject **step);
/* Release the cached slice (at shutdown). */
void rp_slice_cache_clear(void);

#endif
