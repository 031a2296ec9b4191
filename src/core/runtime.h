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
struct RpStackChunk;      /* vm/frame.h */
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
    /* vm/frame.h: the data stack holding interpreter frames, a list of
       chunks; frames are pushed by bumping datastack_top */
    struct RpStackChunk *datastack_chunk;
    RpObject **datastack_top;
    RpObject **datastack_limit;
    struct RpStackChunk *datastack_spare;   /* one emptied chunk kept for reuse */
    /* listobject.c (rp_repr_enter): the containers whose repr is being
       computed, innermost last, so that a container reached again prints
       as [...] / {...} (CPython's Py_ReprEnter).  Borrowed pointers in an
       rp_mem block of repr_running_cap entries (NULL until first used). */
    RpObject **repr_running;
    rp_ssize_t repr_running_len, repr_running_cap;
} RpThreadState;

/* typeattr.c: one entry of the method cache (CPython's type_cache). */
#define RP_TYPE_CACHE_SIZE_EXP 12
typedef struct RpTypeCacheEntry {
    unsigned int version;     /* the type's tp_version_tag; 0 = empty */
    RpObject *name;           /* owned (an interned str in practice) */
    RpObject *value;          /* borrowed: the MRO lookup result or NULL */
} RpTypeCacheEntry;

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

    /* objects/: state of the containers.
       dictobject.c: the counter behind every dict's ma_version_tag (each
       dict creation and mutation takes the next value; the VM caches
       global lookups against it) and the one behind the versions of key
       tables (instance attribute caches, 0 = none given yet);
       sliceobject.c: one dead slice kept for reuse (CPython 3.11's
       interp->slice_cache), or NULL */
    uint64_t dict_version;
    uint32_t dictkeys_version;
    RpObject *slice_cache;

    /* gc.c: generations, thresholds, statistics, gc.garbage/callbacks */
    RpGCState gc;

    /* intern.c: the intern table, an open-addressing set of str keyed by
       their cached hash.  It holds NO references: interned strings are
       "mortal" as in CPython 3.11 (whose interned dict's two references
       are subtracted from the count), so sys.getrefcount is CPython's and
       an interned string dies when unused; str's dealloc removes it. */
    RpObject **interned;          /* rp_mem block of interned_mask + 1 slots */
    rp_ssize_t interned_mask;     /* slots - 1 (a power of two minus one) */
    rp_ssize_t interned_used;     /* live entries */
    rp_ssize_t interned_fill;     /* live + deleted entries */

    /* the executing thread (refpy runs one) */
    RpThreadState ts;

    /* modules: sys.modules (dict), the builtins module and its dict, the
       sys module; owned */
    RpObject *modules;
    RpObject *builtins;
    RpObject *builtins_dict;
    RpObject *sysmod;

    /* vm/pythonrun.c: the -O level (0, 1, 2): the default optimization of
       compile() and of the program (asserts off from 1, docstrings from 2) */
    int optimize;

    /* vm/errors.c: a MemoryError instance made at start-up, raised when
       there is not even memory for a new one; owned */
    RpObject *memory_error;

    /* typeattr.c: (tp_version_tag, name) -> rp_type_lookup_borrow result,
       so a method lookup is one hash and compare; a type's tag is reset
       by rp_type_modified (attribute assignment on it or a base) */
    RpTypeCacheEntry type_cache[1 << RP_TYPE_CACHE_SIZE_EXP];
    unsigned int next_version_tag;
    /* typeobject.c: every static type readied so far, in order (rp_types_fini
       releases their dicts at exit); an rp_mem_malloc'd array */
    RpTypeObject **static_types;
    int nstatic_types, static_types_cap;

    /* sys.set_int_max_str_digits: the most digits int <-> str conversions
       accept (0 = no limit); set to 4300 (or PYTHONINTMAXSTRDIGITS) by
       rp_sys_init, read by the int conversions */
    int int_max_str_digits;

    /* atexit module: the registered callbacks, a list of
       (func, args tuple, kwargs dict or None), run last first at exit
       (rp_atexit_run) */
    RpObject *atexit_callbacks;

    /* set when the interpreter is shutting down */
    int finalizing;
} RpRuntime;

extern RpRuntime rp_runtime;

static inline RpThreadState *rp_tstate(void) { return &rp_runtime.ts; }

#endif /* RP_RUNTIME_H */
