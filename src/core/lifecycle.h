/* lifecycle.h - the one place object lifetime events are reported.
 *
 * Every allocation, free, free-list push/pop and collection goes through
 * rp_life().  When no tracer is attached (the normal case) that is one
 * predictable branch on a global; viz/ attaches a tracer to show the
 * memory model as a program runs.
 */
#ifndef RP_LIFECYCLE_H
#define RP_LIFECYCLE_H

#include "object.h"
#include "runtime.h"

typedef enum RpLifeEvent {
    RP_LIFE_CREATED = 1,     /* fresh memory became an object */
    RP_LIFE_REUSED,          /* an object was taken from a free list */
    RP_LIFE_TO_FREELIST,     /* a dead object was kept on a free list */
    RP_LIFE_FREED,           /* an object's memory was released */
    RP_LIFE_COLLECTED,       /* the cycle collector found it unreachable */
    RP_LIFE_DEALLOC          /* its refcount reached zero (tp_dealloc starts) */
} RpLifeEvent;

/* ev is an RpLifeEvent */
typedef void (*rp_tracer_fn)(int ev, RpObject *o, void *data);

void rp_life_report(RpLifeEvent ev, RpObject *o);   /* slow path */
void rp_life_set_tracer(rp_tracer_fn fn, void *data);

static inline void rp_life(RpLifeEvent ev, RpObject *o)
{
    if (RP_UNLIKELY(rp_runtime.tracer != NULL)) {
        rp_life_report(ev, o);
    }
}

#endif /* RP_LIFECYCLE_H */
