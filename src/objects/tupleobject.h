/* tupleobject.h - tuple: an immutable array of references.
 * Sizes as CPython: sys.getsizeof(()) == 40 (24 + 16 GC head), + 8 per item.
 * () is a singleton; tuples of length 1..19 are recycled through per-length
 * free lists of 2000 (freelist.h).  Items are released last to first. */
#ifndef RP_TUPLEOBJECT_H
#define RP_TUPLEOBJECT_H

#include "../core/object.h"

typedef struct RpTupleObject {
    RP_OBJECT_VAR_HEAD;
    RpObject *ob_item[1];
} RpTupleObject;

extern RpTypeObject RpTuple_Type;
extern RpTypeObject RpTupleIter_Type;

static inline int rp_tuple_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_TUPLE_SUBCLASS) != 0;
}
static inline int rp_tuple_check_exact(RpObject *o) { return o->ob_type == &RpTuple_Type; }
static inline rp_ssize_t rp_tuple_len(RpObject *t) { return ((RpVarObject *)t)->ob_size; }
static inline RpObject **rp_tuple_items(RpObject *t) { return ((RpTupleObject *)t)->ob_item; }
static inline RpObject *rp_tuple_get_borrow(RpObject *t, rp_ssize_t i)
{
    return ((RpTupleObject *)t)->ob_item[i];
}
/* Fill a slot of a tuple being built (steals v; the slot must be NULL). */
static inline void rp_tuple_set_steal(RpObject *t, rp_ssize_t i, RpObject *v)
{
    ((RpTupleObject *)t)->ob_item[i] = v;
}

/* A new tuple of n NULL slots, to be filled with rp_tuple_set_steal before
 * any Python code sees it; it is GC-tracked already (as CPython's
 * PyTuple_New).  n == 0 gives the () singleton. */
RpObject *rp_tuple_new(rp_ssize_t n);
RpObject *rp_tuple_from_array(RpObject *const *items, rp_ssize_t n);   /* increfs */
RpObject *rp_tuple_pack(rp_ssize_t n, ...);                            /* increfs */
RpObject *rp_tuple_slice(RpObject *t, rp_ssize_t lo, rp_ssize_t hi);
/* Untrack a tuple holding only untracked items (the collector calls this). */
void rp_tuple_maybe_untrack(RpObject *t);
/* The () singleton (borrowed). */
RpObject *rp_tuple_empty_borrow(void);

#endif
