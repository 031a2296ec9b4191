/* gc.c - the cycle collector.
 *
 * Models CPython 3.11's Modules/gcmodule.c.  Reference counting frees an
 * object when its count reaches zero, but objects in a cycle keep each
 * other's counts above zero forever.  The collector finds such groups:
 *
 *   1. update_refs:    copy each object's refcount into its GC head
 *                      ("gc_refs")
 *   2. subtract_refs:  for every reference *between* objects of the
 *                      generation (found through tp_traverse), subtract 1
 *                      from the target's gc_refs.  What is left counts the
 *                      references from outside: names, the stack, older
 *                      generations.
 *   3. move_unreachable: objects with gc_refs > 0 are reachable, and so is
 *                      everything they reach (traverse again); the rest is
 *                      unreachable garbage.
 *   4. weak references to the garbage are cleared (hook), finalizers
 *      (__del__, PEP 442) run once each, and a second pass finds objects
 *      a finalizer "resurrected" (made reachable again); those survive.
 *   5. delete_garbage: tp_clear breaks the references of what is left, and
 *      reference counting then frees the cycle.
 *
 * The GC head is two words.  gc_next links the generation list (0 means
 * "not tracked").  gc_prev links backwards; its low two bits are flags
 * (FINALIZED: __del__ already ran; COLLECTING: in the set being
 * collected).  During a collection gc_prev temporarily holds gc_refs
 * instead of a pointer, and bit 0 of gc_next marks the tentatively
 * unreachable - exactly CPython's trick to need no extra memory.
 *
 * Three generations with thresholds (700, 10, 10): gen 0 is collected when
 * GC allocations minus deallocations exceed 700; gen 1 after 10 gen-0
 * collections; gen 2 after 10 gen-1 collections, and only if the objects
 * awaiting their first full collection are over 25% of those that
 * survived the last one.
 *
 * The collector knows no concrete type: it works through tp_traverse and
 * tp_clear, and through the hooks in RpGCState.  The only exception is
 * the 3.11 untracking rules for tuples and dicts, which call their
 * types' functions (as CPython does).
 */
#include "gc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "debug.h"
#include "lifecycle.h"
#include "refcount.h"
#include "runtime.h"

/* Untracking rules (tupleobject.c, dictobject.c) */
extern RpTypeObject RpTuple_Type, RpDict_Type;
int rp_tuple_can_untrack(RpObject *t);
void rp_dict_maybe_untrack(RpObject *d);
/* free lists are emptied by a full collection (freelist.c, dictobject.c) */
void rp_freelists_clear_all(void);

#define FINALIZED_MASK   RP_GC_FINALIZED_MASK
#define COLLECTING_MASK  RP_GC_COLLECTING_MASK
#define FLAGS_MASK       RP_GC_FLAGS_MASK
#define REFS_SHIFT       2
#define UNREACHABLE_MASK ((uintptr_t)1)

#define GCS (&rp_runtime.gc)
#define GEN_HEAD(n) (&GCS->generations[n].head)

/* ---- list primitives (the shared ones are in gc.h) ---- */

#define gc_next(g) rp_gc_next(g)
#define gc_prev(g) rp_gc_prev(g)
#define set_next(g, n) rp_gc_set_next((g), (n))
#define set_prev(g, p) rp_gc_set_prev((g), (p))
#define gc_list_init(l) rp_gc_list_init(l)
#define gc_list_is_empty(l) rp_gc_list_is_empty(l)
#define gc_list_move(n, l) rp_gc_list_move((n), (l))

static inline void gc_list_append(RpGCHead *node, RpGCHead *list)
{
    RpGCHead *last = (RpGCHead *)list->gc_prev;
    set_prev(node, last);
    set_next(last, node);
    set_next(node, list);
    list->gc_prev = (uintptr_t)node;
}

static inline void gc_list_remove(RpGCHead *node)
{
    RpGCHead *prev = gc_prev(node), *next = gc_next(node);
    set_next(prev, next);
    set_prev(next, prev);
    node->gc_next = 0;
}

/* append `from` to `to`, leaving `from` empty */
static void gc_list_merge(RpGCHead *from, RpGCHead *to)
{
    if (!gc_list_is_empty(from)) {
        RpGCHead *to_tail = (RpGCHead *)to->gc_prev;
        RpGCHead *from_head = gc_next(from), *from_tail = (RpGCHead *)from->gc_prev;
        set_next(to_tail, from_head);
        set_prev(from_head, to_tail);
        set_next(from_tail, to);
        to->gc_prev = (uintptr_t)from_tail;
    }
    gc_list_init(from);
}

static rp_ssize_t gc_list_size(RpGCHead *l)
{
    rp_ssize_t n = 0;
    for (RpGCHead *g = gc_next(l); g != l; g = gc_next(g)) {
        n++;
    }
    return n;
}

/* ---- gc_refs and flags ---- */

static inline rp_ssize_t gc_get_refs(RpGCHead *g) { return (rp_ssize_t)(g->gc_prev >> REFS_SHIFT); }
static inline void gc_set_refs(RpGCHead *g, rp_ssize_t refs)
{
    g->gc_prev = (g->gc_prev & FLAGS_MASK) | ((uintptr_t)refs << REFS_SHIFT);
}
static inline void gc_reset_refs(RpGCHead *g, rp_ssize_t refs)
{
    g->gc_prev = (g->gc_prev & FINALIZED_MASK) | COLLECTING_MASK | ((uintptr_t)refs << REFS_SHIFT);
}
static inline void gc_decref(RpGCHead *g) { g->gc_prev -= (uintptr_t)1 << REFS_SHIFT; }
static inline int gc_is_collecting(RpGCHead *g) { return (g->gc_prev & COLLECTING_MASK) != 0; }
static inline void gc_clear_collecting(RpGCHead *g) { g->gc_prev &= ~COLLECTING_MASK; }

int rp_gc_is_finalized(const void *o) { return (rp_as_gc(o)->gc_prev & FINALIZED_MASK) != 0; }
void rp_gc_set_finalized(void *o) { rp_as_gc(o)->gc_prev |= FINALIZED_MASK; }

/* ---- tracking ---- */

void rp_gc_init(void)
{
    static const int thresholds[RP_GC_NUM_GENERATIONS] = { 700, 10, 10 };
    for (int i = 0; i < RP_GC_NUM_GENERATIONS; i++) {
        gc_list_init(GEN_HEAD(i));
        GCS->generations[i].threshold = thresholds[i];
        GCS->generations[i].count = 0;
    }
    gc_list_init(&GCS->permanent_generation);
    GCS->enabled = 1;
}

void rp_gc_track(void *o)
{
    RpGCHead *g = rp_as_gc(o);
#ifdef RP_DEBUG
    if (((RpObject *)o)->ob_type->tp_traverse == NULL || g->gc_next != 0) {
        fprintf(stderr, "refpy: rp_gc_track: <%s object at %p> %s\n",
                ((RpObject *)o)->ob_type->tp_name, o,
                g->gc_next != 0 ? "is already tracked" : "has no tp_traverse");
        abort();    /* a bug in refpy's C code */
    }
#endif
    RpGCHead *gen0 = GEN_HEAD(0);
    RpGCHead *last = (RpGCHead *)gen0->gc_prev;
    set_next(last, g);
    g->gc_prev = (g->gc_prev & FINALIZED_MASK) | (uintptr_t)last;
    set_next(g, gen0);
    gen0->gc_prev = (uintptr_t)g;
}

void rp_gc_untrack(void *o)
{
    RpGCHead *g = rp_as_gc(o);
    if (g->gc_next != 0) {
        gc_list_remove(g);
        g->gc_prev &= FINALIZED_MASK;
    }
}

static rp_ssize_t collect_generations(void);
static rp_ssize_t collect_with_callback(int generation);

void rp_gc_on_alloc(void)
{
    RpGCGeneration *g0 = &GCS->generations[0];
    g0->count++;
#ifdef RP_DEBUG
    if (RP_UNLIKELY(GCS->stress)) {
        /* the check walks generation 0: skipped while it is huge (the
           collector disabled by a program building a million objects),
           which would make the walk quadratic */
        if (!GCS->collecting && g0->count <= 10000 && rp_debug_gc_check() != 0) {
            abort();    /* a tp_traverse or refcount bug in refpy's C code */
        }
        if (GCS->stress >= 2 && GCS->enabled && !GCS->collecting &&
            rp_runtime.ts.curexc == NULL && !rp_runtime.finalizing) {
            /* RP_GC_STRESS=2: a real collection at every GC allocation
               (generation 0 always; the older ones as their counts say) */
            GCS->collecting = 1;
            int gen = 0;
            for (int i = RP_GC_NUM_GENERATIONS - 1; i > 0; i--) {
                if (GCS->generations[i].count > GCS->generations[i].threshold &&
                    (i < RP_GC_NUM_GENERATIONS - 1 ||
                     GCS->long_lived_pending >= GCS->long_lived_total / 4)) {
                    gen = i;
                    break;
                }
            }
            collect_with_callback(gen);
            GCS->collecting = 0;
            return;
        }
    }
#endif
    if (g0->count > g0->threshold && GCS->enabled && g0->threshold &&
        !GCS->collecting && rp_runtime.ts.curexc == NULL && !rp_runtime.finalizing) {
        GCS->collecting = 1;
        collect_generations();
        GCS->collecting = 0;
    }
}

void rp_gc_on_free(void)
{
    if (GCS->generations[0].count > 0) {
        GCS->generations[0].count--;
    }
}

/* ---- the algorithm ---- */

static void update_refs(RpGCHead *containers)
{
    for (RpGCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        gc_reset_refs(g, rp_refcnt(rp_from_gc(g)));
    }
}

static int visit_decref(RpObject *op, void *parent)
{
    (void)parent;
    if (rp_object_is_gc(op)) {
        RpGCHead *g = rp_as_gc(op);
        if (gc_is_collecting(g)) {
            gc_decref(g);
        }
    }
    return 0;
}

static void subtract_refs(RpGCHead *containers)
{
    for (RpGCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        RpObject *o = rp_from_gc(g);
        o->ob_type->tp_traverse(o, visit_decref, o);
    }
}

static int visit_reachable(RpObject *op, void *arg)
{
    RpGCHead *reachable = arg;
    if (!rp_object_is_gc(op)) {
        return 0;
    }
    RpGCHead *g = rp_as_gc(op);
    if (!gc_is_collecting(g)) {
        return 0;       /* not in the generation being collected */
    }
    if (g->gc_next & UNREACHABLE_MASK) {
        /* tentatively unreachable, but reached after all: move it back to
           the end of the reachable list, to be scanned in turn */
        RpGCHead *prev = gc_prev(g);
        RpGCHead *next = (RpGCHead *)(g->gc_next & ~UNREACHABLE_MASK);
        prev->gc_next = g->gc_next;      /* keeps the mark on prev's link */
        set_prev(next, prev);
        gc_list_append(g, reachable);
        gc_set_refs(g, 1);
    } else if (gc_get_refs(g) == 0) {
        /* not scanned yet: it will be, and it is reachable */
        gc_set_refs(g, 1);
    }
    return 0;
}

/* Returns the number of objects left in `young`.  With `untrack_tuples`,
 * CPython's untrack_tuples pass (run over the survivors right after this
 * one) is done here, as each reachable tuple is scanned: the survivors
 * list is exactly the scan order, so every tuple sees the same state of
 * its items as in CPython's separate walk, and one walk over the heap is
 * saved. */
static rp_ssize_t move_unreachable(RpGCHead *young, RpGCHead *unreachable, int untrack_tuples)
{
    RpGCHead *prev = young;
    RpGCHead *g = gc_next(young);
    rp_ssize_t kept = 0;
    while (g != young) {
        if (gc_get_refs(g)) {
            RpObject *o = rp_from_gc(g);
            o->ob_type->tp_traverse(o, visit_reachable, young);
            if (untrack_tuples && o->ob_type == &RpTuple_Type && rp_tuple_can_untrack(o)) {
                /* untracked: out of the (singly linked) list */
                prev->gc_next = g->gc_next;
                g->gc_next = 0;
                g->gc_prev &= FINALIZED_MASK;
            } else {
                set_prev(g, prev);       /* gc_prev is a pointer again */
                gc_clear_collecting(g);
                prev = g;
                kept++;
            }
        } else {
            /* move to unreachable; young is singly linked meanwhile */
            prev->gc_next = g->gc_next;
            RpGCHead *last = gc_prev(unreachable);
            last->gc_next = UNREACHABLE_MASK | (uintptr_t)g;
            set_prev(g, last);
            g->gc_next = UNREACHABLE_MASK | (uintptr_t)unreachable;
            unreachable->gc_prev = (uintptr_t)g;
        }
        g = gc_next(prev);
    }
    young->gc_prev = (uintptr_t)prev;
    unreachable->gc_next &= ~UNREACHABLE_MASK;
    return kept;
}

static void clear_unreachable_mask(RpGCHead *unreachable)
{
    for (RpGCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        g->gc_next &= ~UNREACHABLE_MASK;
    }
}

static rp_ssize_t deduce_unreachable(RpGCHead *base, RpGCHead *unreachable, int untrack_tuples)
{
    update_refs(base);
    subtract_refs(base);
    gc_list_init(unreachable);
    return move_unreachable(base, unreachable, untrack_tuples);
}

/* CPython's untrack_dicts, also returning how many objects stay in the
 * list (its gc_list_size, in the same walk) */
static rp_ssize_t untrack_dicts_counting(RpGCHead *head)
{
    rp_ssize_t n = 0;
    RpGCHead *next;
    for (RpGCHead *g = gc_next(head); g != head; g = next) {
        next = gc_next(g);
        RpObject *o = rp_from_gc(g);
        if (o->ob_type == &RpDict_Type) {
            rp_dict_maybe_untrack(o);
        }
        n += g->gc_next != 0;
    }
    return n;
}

static void gc_list_clear_collecting(RpGCHead *head)
{
    for (RpGCHead *g = gc_next(head); g != head; g = gc_next(g)) {
        gc_clear_collecting(g);
    }
}

/* Run tp_finalize (__del__) once on each object that has one. */
static void finalize_garbage(RpGCHead *collectable)
{
    RpGCHead seen;
    gc_list_init(&seen);
    while (!gc_list_is_empty(collectable)) {
        RpGCHead *g = gc_next(collectable);
        RpObject *o = rp_from_gc(g);
        gc_list_move(g, &seen);
        if (!(g->gc_prev & FINALIZED_MASK) && o->ob_type->tp_finalize != NULL) {
            g->gc_prev |= FINALIZED_MASK;
            rp_incref(o);
            o->ob_type->tp_finalize(o);
            rp_decref(o);
        }
    }
    gc_list_merge(&seen, collectable);
}

static void handle_resurrected_objects(RpGCHead *unreachable, RpGCHead *still_unreachable,
                                       RpGCHead *old)
{
    gc_list_clear_collecting(unreachable);
    deduce_unreachable(unreachable, still_unreachable, 0);
    clear_unreachable_mask(still_unreachable);
    gc_list_merge(unreachable, old);     /* the resurrected survive */
}

static void delete_garbage(RpGCHead *collectable, RpGCHead *old)
{
    while (!gc_list_is_empty(collectable)) {
        RpGCHead *g = gc_next(collectable);
        RpObject *o = rp_from_gc(g);
        rp_life(RP_LIFE_COLLECTED, o);
        if ((GCS->debug & RP_GC_DEBUG_SAVEALL) && GCS->save_garbage != NULL) {
            GCS->save_garbage(o);
        } else if (o->ob_type->tp_clear != NULL) {
            rp_incref(o);
            o->ob_type->tp_clear(o);
            rp_decref(o);
        }
        if (gc_next(collectable) == g) {
            /* still alive (something else holds it): it may die later */
            gc_clear_collecting(g);
            gc_list_move(g, old);
        }
    }
}

/* a line of the DEBUG_* output, to sys.stderr through the gc module's hook */
static void debug_print(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (GCS->debug_write != NULL) {
        GCS->debug_write(buf);
    } else {
        fputs(buf, stderr);
    }
}

static void debug_cycle(const char *what, RpObject *o)
{
    debug_print("gc: %s <%s %p>\n", what, o->ob_type->tp_name, (void *)o);
}

static double monotonic_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* One collection of `generation`; returns the number of unreachable
 * objects found (what gc.collect() returns). */
static rp_ssize_t collect_main(int generation)
{
    rp_ssize_t m = 0;   /* objects collected */
    RpGCHead unreachable, final_unreachable;

    double t1 = 0;
    if (GCS->debug & RP_GC_DEBUG_STATS) {
        debug_print("gc: collecting generation %d...\n", generation);
        debug_print("gc: objects in each generation: %zd %zd %zd\n"
                    "gc: objects in permanent generation: %zd\n",
                    (ssize_t)gc_list_size(GEN_HEAD(0)), (ssize_t)gc_list_size(GEN_HEAD(1)),
                    (ssize_t)gc_list_size(GEN_HEAD(2)),
                    (ssize_t)gc_list_size(&GCS->permanent_generation));
        t1 = monotonic_seconds();
    }

    /* update collection and allocation counters */
    if (generation + 1 < RP_GC_NUM_GENERATIONS) {
        GCS->generations[generation + 1].count += 1;
    }
    for (int i = 0; i <= generation; i++) {
        GCS->generations[i].count = 0;
    }
    /* merge younger generations with the one we are collecting */
    for (int i = 0; i < generation; i++) {
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    }
    RpGCHead *young = GEN_HEAD(generation);
    RpGCHead *old = generation < RP_GC_NUM_GENERATIONS - 1 ? GEN_HEAD(generation + 1) : young;

    rp_ssize_t survivors = deduce_unreachable(young, &unreachable, 1);
    /* the reachable survive into the next generation.  CPython walks the
       survivors again for untrack_tuples, untrack_dicts (full collection)
       and gc_list_size; each walk misses the cache on every object of a
       big heap, so here the tuples are untracked and the survivors counted
       during move_unreachable, and the dict rule counts as it walks:
       the same results with two or three walks fewer. */
    if (young != old) {
        if (generation == RP_GC_NUM_GENERATIONS - 2) {
            GCS->long_lived_pending += survivors;
        }
        gc_list_merge(young, old);
    } else {
        GCS->long_lived_pending = 0;
        GCS->long_lived_total = untrack_dicts_counting(young);
    }

    clear_unreachable_mask(&unreachable);
    if (GCS->debug & RP_GC_DEBUG_COLLECTABLE) {
        for (RpGCHead *g = gc_next(&unreachable); g != &unreachable; g = gc_next(g)) {
            debug_cycle("collectable", rp_from_gc(g));
        }
    }
    if (GCS->handle_weakrefs != NULL) {
        m += GCS->handle_weakrefs(&unreachable, old);
    }
    finalize_garbage(&unreachable);
    handle_resurrected_objects(&unreachable, &final_unreachable, old);
    m += gc_list_size(&final_unreachable);
    delete_garbage(&final_unreachable, old);

    if (generation == RP_GC_NUM_GENERATIONS - 1) {
        rp_freelists_clear_all();
    }
    if (GCS->debug & RP_GC_DEBUG_STATS) {
        debug_print("gc: done, %zd unreachable, 0 uncollectable, %.4fs elapsed\n", (ssize_t)m,
                    monotonic_seconds() - t1);
    }
    GCS->stats[generation].collections++;
    GCS->stats[generation].collected += m;
    return m;
}

static rp_ssize_t collect_with_callback(int generation)
{
    if (GCS->invoke_callbacks) {
        GCS->invoke_callbacks("start", generation, 0, 0);
    }
    rp_ssize_t n = collect_main(generation);
    if (GCS->invoke_callbacks) {
        GCS->invoke_callbacks("stop", generation, n, 0);
    }
    return n;
}

static rp_ssize_t collect_generations(void)
{
    for (int i = RP_GC_NUM_GENERATIONS - 1; i >= 0; i--) {
        if (GCS->generations[i].count > GCS->generations[i].threshold) {
            /* avoid quadratic behaviour: a full collection only when the
               objects awaiting one are over 25% of the long-lived ones */
            if (i == RP_GC_NUM_GENERATIONS - 1 &&
                GCS->long_lived_pending < GCS->long_lived_total / 4) {
                continue;
            }
            return collect_with_callback(i);
        }
    }
    return 0;
}

rp_ssize_t rp_gc_collect(int generation)
{
    if (GCS->collecting) {
        return 0;     /* already collecting: do nothing (as CPython) */
    }
    GCS->collecting = 1;
    rp_ssize_t n = collect_with_callback(generation);
    GCS->collecting = 0;
    return n;
}

void rp_gc_collect_at_exit(void)
{
    if (!GCS->collecting) {
        GCS->collecting = 1;
        collect_main(RP_GC_NUM_GENERATIONS - 1);
        GCS->collecting = 0;
    }
}

/* ---- introspection for the gc module ---- */

int rp_gc_for_each(int generation, int (*fn)(RpObject *o, void *arg), void *arg)
{
    int lo = generation < 0 ? 0 : generation;
    int hi = generation < 0 ? RP_GC_NUM_GENERATIONS : generation + 1;
    for (int i = lo; i < hi; i++) {
        RpGCHead *head = i == RP_GC_NUM_GENERATIONS ? &GCS->permanent_generation : GEN_HEAD(i);
        for (RpGCHead *g = gc_next(head); g != head; g = gc_next(g)) {
            int r = fn(rp_from_gc(g), arg);
            if (r) {
                return r;
            }
        }
    }
    return 0;
}

rp_ssize_t rp_gc_generation_size(int generation)
{
    if (generation == RP_GC_NUM_GENERATIONS) {
        return gc_list_size(&GCS->permanent_generation);
    }
    return gc_list_size(GEN_HEAD(generation));
}

void rp_gc_freeze(void)
{
    for (int i = 0; i < RP_GC_NUM_GENERATIONS; i++) {
        gc_list_merge(GEN_HEAD(i), &GCS->permanent_generation);
        GCS->generations[0].count = 0;
    }
}

void rp_gc_unfreeze(void)
{
    gc_list_merge(&GCS->permanent_generation, GEN_HEAD(RP_GC_NUM_GENERATIONS - 1));
}
