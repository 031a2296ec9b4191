/* listobject.h - list: a growable array of references.
 * Growth as CPython 3.11's list_resize, so sys.getsizeof matches
 * ([] -> 56, and 56 + 8 * allocated). A free list of 80 list headers.
 * Items are released last to first. */
#ifndef RP_LISTOBJECT_H
#define RP_LISTOBJECT_H

#include "../core/object.h"

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

/* A new list of n NULL slots (fill with rp_list_set_steal). */
RpObject *rp_list_new(rp_ssize_t n);
RpObject *rp_list_from_array(RpObject *const *items, rp_ssize_t n);   /* increfs */
/* Store v at i (in range), stealing v and releasing the old item. */
void rp_list_set_steal(RpObject *l, rp_ssize_t i, RpObject *v);
int rp_list_append(RpObject *l, RpObject *v);           /* increfs v */
int rp_list_insert(RpObject *l, rp_ssize_t i, RpObject *v);
int rp_list_extend(RpObject *l, RpObject *iterable);
RpObject *rp_list_as_tuple(RpObject *l);
int rp_list_sort(RpObject *l);                          /* l.sort() */
int rp_list_reverse(RpObject *l);
RpObject *rp_list_slice(RpObject *l, rp_ssize_t lo, rp_ssize_t hi);

#endif
