/* runtime.h - ALL mutable global state of the interpreter, in one struct.
 *
 * Nothing else in src/ may hold mutable globals (static type objects and
 * the preallocated singletons are constant in layout; their refcounts are
 * the only thing that changes).  Each field says what it owns.
 */
#ifndef RP_RUNTIME_H
#define RP_RUNTIME_H

#include "freelist_types.h"
#include "gc.h"
#include "object.h"

struct RpIFrame;          /* vm/frame.h */
struct RpErrStackItem;    /* vm/errors.h */

typedef struct RpThreadState {
    /* the exception being raised (an exception instance), or NULL */
    RpObject *curexc;
    /* the exception being handled (sys.exc_info()), innermost first; a
       stack because handlers nest and generators carry their own */
    struct RpErrStackItem *exc_info;
    /* the innermost executing frame (a linked list via ->previous) */
    struct RpIFrame *frame;
    /* Python-level recursion: depth of nested calls and its limit
       (sys.setrecursionlimit); RecursionError past it */
    int recursion_depth;
    int recursion_limit;
    int recursion_headroom;   /* extra depth allowed while handling RecursionError */
    /* C stack guard: an address past which recursion in C raises
       RecursionError instead of overflowing the stack */
    char *c_stack_limit;
} RpThreadState;

typedef struct RpRuntime {
    /* lifecycle.c: the tracer (viz/); NULL = off, the fast path */
    void (*tracer)(int ev, RpObject *o, void *data);   /* an rp_tracer_fn */
    void *tracer_data;

    /* lifecycle.c: the deallocation "trashcan" that keeps freeing a deeply
       nested structure from recursing in C: past a depth, objects are
       queued (linked through their GC head) and freed by the outermost
       rp_dealloc */
    int dealloc_depth;
    RpObject *trash_queue;

    /* freelist.h: one list per entry of RP_FREELIST_TABLE, plus tuples by
       length (index 0 unused: the empty tuple is a singleton) */
    RpFreeLists freelists;

    /* gc.c: generations, thresholds, statistics, gc.garbage/callbacks */
    RpGCState gc;

    /* intern.c: the intern table (a dict str -> str), owns its entries */
    RpObject *interned;

    /* the executing thread (refpy runs one) */
    RpThreadState ts;

    /* modules: sys.modules (dict), the builtins module and its dict, the
       sys module; owned */
    RpObject *modules;
    RpObject *builtins;
    RpObject *builtins_dict;
    RpObject *sysmod;

    /* objects/intobject.c: sys.set_int_max_str_digits (0 = no limit);
       the default 4300 applies until rp_int_init() sets the flag */
    int int_max_str_digits;
    int int_max_str_digits_set;

    /* set when the interpreter is shutting down */
    int finalizing;
} RpRuntime;

extern RpRuntime rp_runtime;

static inline RpThreadState *rp_tstate(void) { return &rp_runtime.ts; }

#endif /* RP_RUNTIME_H */
