/* lifecycle.c - deallocation, and the one place lifetime events go.
 *
 * rp_dealloc() runs when a refcount reaches zero.  It calls the type's
 * tp_dealloc, which releases what the object owns (items of a list, the
 * __dict__ of an instance ...) - and those releases may reach zero in
 * turn.  Freeing a list nested a million deep would therefore recurse a
 * million C frames deep.  As CPython's "trashcan", past a nesting depth
 * of RP_TRASHCAN_DEPTH the objects to free are queued instead (linked
 * through their GC head; only containers can nest) and the outermost
 * rp_dealloc frees the queue, each one again at a shallow depth.  For the
 * usual shallow cases nothing is deferred, so __del__ output comes in
 * exactly CPython's order.
 */
#include "lifecycle.h"

#include <stdio.h>
#include <stdlib.h>

#include "alloc.h"
#include "gc.h"
#include "refcount.h"
#include "runtime.h"

#define RP_TRASHCAN_DEPTH 50    /* CPython's _PyTrash_UNWIND_LEVEL */

RpRuntime rp_runtime;

#ifdef RP_DEBUG
rp_ssize_t rp_total_refcount;

void rp_refcount_negative(RpObject *o)
{
    fprintf(stderr, "refpy: negative reference count %ld on a '%s' object at %p\n",
            (long)o->ob_refcnt, o->ob_type ? o->ob_type->tp_name : "?", (void *)o);
    abort();   /* a bug in refpy's C code, never reachable from Python */
}
#endif

static void trash_push(RpObject *o)
{
    /* the GC head is free to use: the object is untracked */
    RpGCHead *g = rp_as_gc(o);
    g->gc_prev = (uintptr_t)rp_runtime.trash_queue;
    rp_runtime.trash_queue = o;
}

static void trash_drain(void)
{
    while (rp_runtime.trash_queue != NULL) {
        RpObject *o = rp_runtime.trash_queue;
        rp_runtime.trash_queue = (RpObject *)rp_as_gc(o)->gc_prev;
        rp_as_gc(o)->gc_prev = 0;
        rp_runtime.dealloc_depth++;
        o->ob_type->tp_dealloc(o);
        rp_runtime.dealloc_depth--;
    }
}

void rp_dealloc(RpObject *o)
{
    RpTypeObject *t = o->ob_type;
    if (RP_UNLIKELY(rp_runtime.dealloc_depth >= RP_TRASHCAN_DEPTH) && rp_object_is_gc(o)) {
        rp_gc_untrack(o);
        trash_push(o);
        return;
    }
    rp_life(RP_LIFE_DEALLOC, o);
    rp_runtime.dealloc_depth++;
    t->tp_dealloc(o);
    rp_runtime.dealloc_depth--;
    if (RP_UNLIKELY(rp_runtime.trash_queue != NULL) && rp_runtime.dealloc_depth == 0) {
        trash_drain();
    }
}

void rp_life_report(RpLifeEvent ev, RpObject *o)
{
    rp_tracer_fn fn = rp_runtime.tracer;
    /* detach while reporting so a tracer that allocates does not recurse */
    rp_runtime.tracer = NULL;
    fn((int)ev, o, rp_runtime.tracer_data);
    rp_runtime.tracer = fn;
}

void rp_life_set_tracer(rp_tracer_fn fn, void *data)
{
    rp_runtime.tracer = fn;
    rp_runtime.tracer_data = data;
}
