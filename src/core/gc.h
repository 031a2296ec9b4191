/* gc.h - the GC head and the cycle collector's interface.
 *
 * Models CPython 3.11's PyGC_Head and Modules/gcmodule.c.
 *
 * Objects whose type has RP_TPFLAGS_HAVE_GC are allocated with a 16-byte
 * RpGCHead in front of them (rp_object_alloc does it).  A *tracked* object
 * is linked into the list of one of three generations through that head;
 * the collector finds unreachable cycles among tracked objects by trial
 * deletion through each type's tp_traverse, and breaks them with tp_clear.
 *
 * Tracking rules (CPython 3.11): containers are tracked once fully built
 * (rp_gc_track at the end of their constructor) and untracked first thing
 * in their tp_dealloc.  Atoms are never tracked.  Tuples holding only
 * untracked objects are untracked by a collection; dicts start untracked
 * and become tracked when a tracked value or key is stored.
 */
#ifndef RP_GC_H
#define RP_GC_H

#include <stdint.h>

#include "object.h"

typedef struct RpGCHead {
    uintptr_t gc_next;   /* next in the generation list; 0 = not tracked */
    uintptr_t gc_prev;   /* previous; low bits hold flags (see gc.c) */
} RpGCHead;

#define RP_GC_NUM_GENERATIONS 3

typedef struct RpGCGeneration {
    RpGCHead head;       /* list head (a circular doubly linked list) */
    int threshold;
    int count;           /* gen 0: allocations minus deallocations;
                            gen 1..: collections of the younger generation */
} RpGCGeneration;

typedef struct RpGCGenStats {
    rp_ssize_t collections, collected, uncollectable;
} RpGCGenStats;

typedef struct RpGCState {
    RpGCGeneration generations[RP_GC_NUM_GENERATIONS];
    RpGCHead permanent_generation;     /* gc.freeze() */
    rp_ssize_t permanent_count;
    RpGCGenStats stats[RP_GC_NUM_GENERATIONS];
    int enabled;
    int collecting;
    int debug;                         /* gc.set_debug flags */
    int stress;                        /* debug builds: RP_GC_STRESS=1 runs
                                          rp_debug_gc_check at every GC
                                          allocation (debug.h) */
    rp_ssize_t long_lived_total;
    rp_ssize_t long_lived_pending;
    RpObject *garbage;                 /* gc.garbage list (NULL until used) */
    RpObject *callbacks;               /* gc.callbacks list (NULL until used) */

    /* Hooks filled by higher layers, so the collector itself knows no
       concrete type (NULL = nothing to do):
       - weakref support: clear weak references to unreachable objects and
         run the callbacks that must run; returns how many weakref objects
         were freed meanwhile (counted in the collection's result);
       - gc module: DEBUG_SAVEALL appends to gc.garbage; gc.callbacks are
         called at "start" and "stop" of each collection. */
    rp_ssize_t (*handle_weakrefs)(RpGCHead *unreachable, RpGCHead *old);
    int (*save_garbage)(RpObject *o);
    void (*invoke_callbacks)(const char *phase, int generation,
                             rp_ssize_t collected, rp_ssize_t uncollectable);
    /* where the DEBUG_* flags' lines go (sys.stderr, as CPython's
       PySys_WriteStderr); NULL = the C stderr */
    void (*debug_write)(const char *text);
} RpGCState;

/* gc.set_debug flags */
#define RP_GC_DEBUG_STATS         (1 << 0)
#define RP_GC_DEBUG_COLLECTABLE   (1 << 1)
#define RP_GC_DEBUG_UNCOLLECTABLE (1 << 2)
#define RP_GC_DEBUG_SAVEALL       (1 << 5)
#define RP_GC_DEBUG_LEAK (RP_GC_DEBUG_COLLECTABLE | RP_GC_DEBUG_UNCOLLECTABLE | RP_GC_DEBUG_SAVEALL)

static inline RpGCHead *rp_as_gc(const void *o) { return ((RpGCHead *)o) - 1; }
static inline RpObject *rp_from_gc(RpGCHead *g) { return (RpObject *)(g + 1); }

static inline int rp_gc_is_tracked(const void *o)
{
    return rp_as_gc(o)->gc_next != 0;
}

void rp_gc_init(void);
void rp_gc_track(void *o);        /* o must be an untracked GC object */
void rp_gc_untrack(void *o);      /* no-op when not tracked */
/* Called by the allocator for each new / freed GC object: keeps the
 * generation-0 count and runs an automatic collection past the threshold. */
void rp_gc_on_alloc(void);
void rp_gc_on_free(void);
/* Run a collection of `generation` (0..2); returns the number of
 * unreachable objects found (gc.collect's result), or -1 with an
 * exception set. */
rp_ssize_t rp_gc_collect(int generation);
/* Collect everything at shutdown (no finalizers run on resurrection). */
void rp_gc_collect_at_exit(void);
int rp_gc_is_finalized(const void *o);
void rp_gc_set_finalized(void *o);

/* For the gc module: walk the objects of a generation (0..2; 3 = the
 * permanent generation of gc.freeze(); -1 = all); stops early and returns
 * fn's result when it is non-zero. */
int rp_gc_for_each(int generation, int (*fn)(RpObject *o, void *arg), void *arg);
rp_ssize_t rp_gc_generation_size(int generation);
void rp_gc_freeze(void);
void rp_gc_unfreeze(void);
/* ---- list primitives, for gc.c and for hooks working on its lists ----
 * gc_prev's low two bits are flags; rp_gc_prev() masks them. */
#define RP_GC_FINALIZED_MASK  ((uintptr_t)1)
#define RP_GC_COLLECTING_MASK ((uintptr_t)2)
#define RP_GC_FLAGS_MASK      ((uintptr_t)3)

static inline RpGCHead *rp_gc_next(RpGCHead *g) { return (RpGCHead *)g->gc_next; }
static inline RpGCHead *rp_gc_prev(RpGCHead *g)
{
    return (RpGCHead *)(g->gc_prev & ~RP_GC_FLAGS_MASK);
}
static inline void rp_gc_set_next(RpGCHead *g, RpGCHead *n) { g->gc_next = (uintptr_t)n; }
static inline void rp_gc_set_prev(RpGCHead *g, RpGCHead *p)
{
    g->gc_prev = (g->gc_prev & RP_GC_FLAGS_MASK) | (uintptr_t)p;
}
static inline void rp_gc_list_init(RpGCHead *l)
{
    l->gc_prev = (uintptr_t)l;
    l->gc_next = (uintptr_t)l;
}
static inline int rp_gc_list_is_empty(RpGCHead *l) { return l->gc_next == (uintptr_t)l; }
/* unlink node from its list and append it to `list` */
static inline void rp_gc_list_move(RpGCHead *node, RpGCHead *list)
{
    RpGCHead *from_prev = rp_gc_prev(node), *from_next = rp_gc_next(node);
    rp_gc_set_next(from_prev, from_next);
    rp_gc_set_prev(from_next, from_prev);
    RpGCHead *to_prev = (RpGCHead *)list->gc_prev;
    rp_gc_set_prev(node, to_prev);
    rp_gc_set_next(to_prev, node);
    list->gc_prev = (uintptr_t)node;
    rp_gc_set_next(node, list);
}
/* is the object part of the set being collected right now? */
static inline int rp_gc_is_collecting(const void *o)
{
    return (rp_as_gc(o)->gc_prev & RP_GC_COLLECTING_MASK) != 0;
}

#endif /* RP_GC_H */
