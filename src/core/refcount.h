/* refcount.h - the reference counting rules.
 *
 *   rp_incref(o)    take a new reference
 *   rp_decref(o)    drop a reference; at zero the object is deallocated
 *                   at once (rp_dealloc -> tp_dealloc), which is how
 *                   __del__ runs the moment the last name goes away
 *   rp_xdecref(o)   same, accepting NULL
 *   rp_newref(o)    incref and return o (for "return rp_newref(x)")
 *   RP_CLEAR(p)     set the field p to NULL *then* decref the old value:
 *                   the decref may run arbitrary code (__del__) that must
 *                   not see a dangling pointer in p (CPython's Py_CLEAR)
 *   RP_SETREF(p, v) store v in p (v's reference is given to p), then
 *                   decref the old value, for the same reason
 *
 * Ownership conventions are in function names: see object.h.
 *
 * In debug builds (RP_DEBUG) every change is also added to a total
 * reference count, and a count going negative traps at once.
 */
#ifndef RP_REFCOUNT_H
#define RP_REFCOUNT_H

#include "object.h"

/* Deallocate an object whose count just reached zero (lifecycle.c). */
void rp_dealloc(RpObject *o);

#ifdef RP_DEBUG
extern rp_ssize_t rp_total_refcount;    /* sum of all changes; see lifecycle.c */
void rp_refcount_negative(RpObject *o); /* reports and aborts: a bug in C code */
#define RP_REFTOTAL_ADD(n) (rp_total_refcount += (n))
#else
#define RP_REFTOTAL_ADD(n) ((void)0)
#endif

static inline void rp_incref(void *op)
{
    RpObject *o = (RpObject *)op;
    o->ob_refcnt++;
    RP_REFTOTAL_ADD(1);
}

static inline void rp_decref(void *op)
{
    RpObject *o = (RpObject *)op;
    RP_REFTOTAL_ADD(-1);
    if (--o->ob_refcnt == 0) {
        rp_dealloc(o);
    }
#ifdef RP_DEBUG
    else if (o->ob_refcnt < 0) {
        rp_refcount_negative(o);
    }
#endif
}

static inline void rp_xincref(void *o) { if (o != NULL) rp_incref(o); }
static inline void rp_xdecref(void *o) { if (o != NULL) rp_decref(o); }

static inline RpObject *rp_newref(void *o) { rp_incref(o); return (RpObject *)o; }
static inline RpObject *rp_xnewref(void *o) { rp_xincref(o); return (RpObject *)o; }

#define RP_INCREF(o)  rp_incref(o)
#define RP_DECREF(o)  rp_decref(o)
#define RP_XINCREF(o) rp_xincref(o)
#define RP_XDECREF(o) rp_xdecref(o)

#define RP_CLEAR(field)                                  \
    do {                                                 \
        RpObject *rp_clear_tmp_ = (RpObject *)(field);   \
        if (rp_clear_tmp_ != NULL) {                     \
            (field) = NULL;                              \
            rp_decref(rp_clear_tmp_);                    \
        }                                                \
    } while (0)

#define RP_SETREF(field, value)                          \
    do {                                                 \
        RpObject *rp_setref_old_ = (RpObject *)(field);  \
        (field) = (value);                               \
        rp_decref(rp_setref_old_);                       \
    } while (0)

#define RP_XSETREF(field, value)                         \
    do {                                                 \
        RpObject *rp_setref_old_ = (RpObject *)(field);  \
        (field) = (value);                               \
        rp_xdecref(rp_setref_old_);                      \
    } while (0)

/* "Visit" helper for tp_traverse implementations. */
#define RP_VISIT(o)                                              \
    do {                                                         \
        if ((o) != NULL) {                                       \
            int rp_visit_r_ = visit((RpObject *)(o), arg);       \
            if (rp_visit_r_) return rp_visit_r_;                 \
        }                                                        \
    } while (0)

#endif /* RP_REFCOUNT_H */
