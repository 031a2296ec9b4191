/* listobject.h - list: a growable array of references.
 *
 * Models CPython 3.11's Objects/listobject.c.
 * Growth as CPython 3.11's list_resize, and every operation pre-sizes as
 * CPython's does, so sys.getsizeof matches ([] -> 56, and 56 + 8 *
 * allocated).  A free list of 80 list headers (`[]` reuses them; `list()`
 * allocates, as in CPython).  Items are released last to first.
 *
 * Also here: the repr recursion guard shared by all containers
 * (CPython's Py_ReprEnter / Py_ReprLeave). */
#ifndef RP_LISTOBJECT_H
#define RP_LISTOBJECT_H

#include "../core/object.h"
#include "../core/refcount.h"

typedef struct RpListObject {
    RP_OBJECT_VAR_HEAD;
    RpObject **ob_item;
    rp_ssize_t allocated;
} RpListObject;

extern RpTypeObject RpList_Type;
extern RpTypeObject RpListIter_Type;
extern RpTypeObject RpListRevIter_Type;

static inline int rp_list_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_LIST_SUBCLASS) != 0;
}
static inline int rp_list_check_exact(RpObject *o) { return o->ob_type == &RpList_Type; }
static inline rp_ssize_t rp_list_len(RpObject *l) { return ((RpVarObject *)l)->ob_size; }
static inline RpObject **rp_list_items(RpObject *l) { return ((RpListObject *)l)->ob_item; }
static inline RpObject *rp_list_get_borrow(RpObject *l, rp_ssize_t i)
{
    return ((RpListObject *)l)->ob_item[i];
}

/* A new list of n NULL slots (fill with rp_list_set_steal); allocated == n
 * exactly, as CPython's PyList_New. */
RpObject *rp_list_new(rp_ssize_t n);
RpObject *rp_list_from_array(RpObject *const *items, rp_ssize_t n);   /* increfs */
/* Store v at i (in range), stealing v and releasing the old item. */
void rp_list_set_steal(RpObject *l, rp_ssize_t i, RpObject *v);
int rp_list_append(RpObject *l, RpObject *v);           /* increfs v */
int rp_list_append_slow_steal(RpObject *l, RpObject *v);
/* Append stealing v (the LIST_APPEND instruction); v is released on
 * failure.  Inline fast path when there is room. */
static inline int rp_list_append_steal(RpObject *l, RpObject *v)
{
    RpListObject *self = (RpListObject *)l;
    rp_ssize_t n = self->ob_base.ob_size;
    if (RP_LIKELY(self->allocated > n)) {
        self->ob_item[n] = v;
        self->ob_base.ob_size = n + 1;
        return 0;
    }
    return rp_list_append_slow_steal(l, v);
}
int rp_list_insert(RpObject *l, rp_ssize_t i, RpObject *v);
/* l.extend(iterable) (LIST_EXTEND), with CPython's pre-sizing */
int rp_list_extend(RpObject *l, RpObject *iterable);
/* list(iterable), CPython's PySequence_List (always a new list) */
RpObject *rp_list_from_iterable(RpObject *iterable);
RpObject *rp_list_as_tuple(RpObject *l);
int rp_list_sort(RpObject *l);                          /* l.sort() */
/* l.sort(key=key, reverse=reverse); key may be NULL or None (sorted()). */
int rp_list_sort_ex(RpObject *l, RpObject *key, int reverse);
int rp_list_reverse(RpObject *l);
RpObject *rp_list_slice(RpObject *l, rp_ssize_t lo, rp_ssize_t hi);
/* l[lo:hi] = v (v NULL: delete), CPython's PyList_SetSlice */
int rp_list_set_slice(RpObject *l, rp_ssize_t lo, rp_ssize_t hi, RpObject *v);
void rp_list_clear(RpObject *l);

/* ---- repr recursion guard (CPython's Py_ReprEnter / Py_ReprLeave) ----
 * rp_repr_enter(o) returns 0 when o is not being repr'd yet (and records
 * it; call rp_repr_leave(o) when done), 1 when it is (print "[...]"),
 * and -1 with an exception set on error. */
int rp_repr_enter(RpObject *o);
void rp_repr_leave(RpObject *o);

#endif
