/* tupleobject.h - tuple: an immutable array of references.
 *
 * Models CPython 3.11's Objects/tupleobject.c.
 * Sizes as CPython: sys.getsizeof(()) == 40 (24 + 16 GC head), + 8 per item.
 * () is a singleton (tuple() is (), tuple([]) is (), t[0:0] is ()); tuples
 * of length 1..19 are recycled through per-length free lists of 2000
 * (freelist.h), LIFO, and a reuse is not a GC allocation (gc.get_count()).
 * Items are released last to first.  t[:] is t, t * 1 is t, and
 * tuple(t) is t for an exact tuple.  Tuples whose items cannot be part of
 * a cycle are untracked by the collector (rp_tuple_maybe_untrack). */
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
/* Same, stealing the n references in items (left unchanged on failure,
 * in which case the references are released). */
RpObject *rp_tuple_from_array_steal(RpObject *const *items, rp_ssize_t n);
RpObject *rp_tuple_pack(rp_ssize_t n, ...);                            /* increfs */
RpObject *rp_tuple_slice(RpObject *t, rp_ssize_t lo, rp_ssize_t hi);
/* tuple(iterable), CPython's PySequence_Tuple: an exact tuple is returned
 * itself, a list is copied, anything else iterated (length hint first). */
RpObject *rp_tuple_from_iterable(RpObject *iterable);
/* _PyTuple_Resize: change the length of a tuple that nobody else sees yet
 * (refcount 1, new); *pt may move.  On failure *pt is released and set to
 * NULL, and -1 is returned. */
int rp_tuple_resize(RpObject **pt, rp_ssize_t newsize);
/* Untrack a tuple holding only untracked items (the collector calls this). */
void rp_tuple_maybe_untrack(RpObject *t);
/* The test alone: 1 if rp_tuple_maybe_untrack would untrack t (the
 * collector applies the rule while it scans, gc.c). */
int rp_tuple_can_untrack(RpObject *t);
/* The () singleton (borrowed). */
RpObject *rp_tuple_empty_borrow(void);
/* hash(t) with CPython 3.11's xxHash-based algorithm */
rp_hash_t rp_tuple_hash(RpObject *t);

#endif
