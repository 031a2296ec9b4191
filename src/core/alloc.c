/* alloc.c - the small-object allocator and object allocation.
 *
 * Models CPython 3.11's Objects/obmalloc.c (64-bit, "large" arenas/pools):
 *
 *   arena (1 MiB, from mmap)  -> 64 pools of 16 KiB
 *   pool  (16 KiB)            -> blocks of ONE size class
 *   size classes              -> 16, 32, ... 512 bytes (32 classes)
 *
 * Requests over 512 bytes go to the system malloc.  A pool keeps its free
 * blocks in a LIFO list threaded through the blocks themselves, so the
 * block freed last is the one handed out next: that is why, as in
 * CPython, `id(C()) == id(C())` is usually True - the first object dies
 * before the second is made, and the second gets the same address.
 *
 *   usedpools[c]  pools of class c with at least one free block
 *   arena->freepools  pools not yet used for any class (or emptied)
 *   usable_arenas     arenas that still have a free pool
 * An arena whose pools are all empty again is returned to the system.
 *
 * rp_mem_free() must tell our blocks from malloc's: arenas are aligned on
 * their size, so the arena number of any address is one shift away, and a
 * two-level radix map of arena numbers answers "is it ours?".
 *
 * In the ASan build the same allocator runs, and free blocks are poisoned,
 * so a use after free is still reported while reuse (and thus `id`
 * behaviour) stays the same as in the release build.
 *
 * Object allocation (rp_object_alloc*) adds the 16-byte GC head for types
 * with RP_TPFLAGS_HAVE_GC, and in debug builds a 16-byte RpDebugHead
 * before everything, linking every live object in a list for the leak
 * report at exit.
 */
#include "alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gc.h"
#include "lifecycle.h"
#include "refcount.h"
#include "runtime.h"

#ifdef RP_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n)   ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n)   ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define ALIGNMENT_SHIFT   4
#define ALIGNMENT         (1 << ALIGNMENT_SHIFT)          /* 16 */
#define SMALL_REQUEST_THRESHOLD 512
#define NB_SMALL_SIZE_CLASSES (SMALL_REQUEST_THRESHOLD / ALIGNMENT)
#define ARENA_BITS        20
#define ARENA_SIZE        ((size_t)1 << ARENA_BITS)        /* 1 MiB */
#define POOL_BITS         14
#define POOL_SIZE         ((size_t)1 << POOL_BITS)         /* 16 KiB */
#define POOLS_PER_ARENA   (ARENA_SIZE / POOL_SIZE)

typedef struct Pool Pool;
typedef struct Arena Arena;

/* The header at the start of every pool (as CPython's pool_header). */
struct Pool {
    unsigned int ref;          /* blocks in use */
    unsigned int szidx;        /* size class index */
    uint8_t *freeblock;        /* LIFO list of freed blocks */
    uint8_t *nextfree;         /* never-used space starts here */
    uint8_t *limit;            /* past the last block that fits */
    Pool *nextpool, *prevpool; /* in usedpools[szidx], or arena freepools */
    Arena *arena;
};
#define POOL_OVERHEAD ((sizeof(Pool) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1))

struct Arena {
    uint8_t *base;             /* ARENA_SIZE aligned */
    void *mapping;             /* what mmap returned (may be below base) */
    size_t mapping_size;
    unsigned int nfreepools;   /* empty pools (in freepools or untouched) */
    unsigned int ntotalpools;
    unsigned int nextfresh;    /* pools [nextfresh, total) never carved */
    Pool *freepools;
    Arena *nextarena, *prevarena;   /* usable_arenas list */
};

/* The allocator's state.  (Part of the runtime conceptually; it is kept
 * here, private, because nothing else may touch it.) */
static struct {
    Pool *usedpools[NB_SMALL_SIZE_CLASSES];
    Arena *usable_arenas;
    size_t narenas;
    /* statistics for sys._debugmallocstats() */
    size_t arenas_allocated_total, arenas_reclaimed_total, max_arenas;
    size_t blocks_in_use[NB_SMALL_SIZE_CLASSES];
    size_t large_allocs;
    /* usable_arenas is kept sorted by nfreepools, fullest first (CPython's
       order, so that nearly empty arenas drain and can be given back);
       nfp2lasta[n] is the LAST arena in it with n free pools, or NULL,
       which finds an arena's new place in O(1) */
    Arena *nfp2lasta[POOLS_PER_ARENA + 1];
#ifdef RP_DEBUG
    long fail_countdown;       /* RP_FAIL_ALLOC=N: fail the Nth allocation */
    unsigned long nallocs;     /* allocations attempted so far */
#endif
} A;

static inline unsigned size_class(size_t n)
{
    return (unsigned)((n - 1) >> ALIGNMENT_SHIFT);
}
static inline size_t class_size(unsigned c)
{
    return ((size_t)c + 1) << ALIGNMENT_SHIFT;
}

/* ---- the arena map ---- */

/* Which arena (if any) holds an address: a two-level radix map over the
 * arena number (address >> ARENA_BITS) of a 48-bit address space, as
 * CPython's arena_map_* (obmalloc.c, WITH_PYMALLOC_RADIX_TREE): the top
 * MAP_L1_BITS select a leaf (allocated when an arena first lands in its
 * range), the next MAP_L2_BITS the arena's slot.  Two loads per lookup,
 * no hashing, no probing. */
#define MAP_ADDR_BITS 48
#define MAP_L2_BITS   14
#define MAP_L1_BITS   (MAP_ADDR_BITS - ARENA_BITS - MAP_L2_BITS)
#define MAP_L2_MASK   ((1u << MAP_L2_BITS) - 1)
typedef struct MapLeaf {
    Arena *arenas[1u << MAP_L2_BITS];
} MapLeaf;
static MapLeaf *arena_map[1u << MAP_L1_BITS];

static inline Arena *arena_of(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (RP_UNLIKELY((a >> MAP_ADDR_BITS) != 0)) {
        return NULL;   /* never an arena (table_insert refuses those) */
    }
    MapLeaf *leaf = arena_map[a >> (ARENA_BITS + MAP_L2_BITS)];
    if (leaf == NULL) {
        return NULL;
    }
    /* arenas are whole aligned mappings: no system block shares one */
    return leaf->arenas[(a >> ARENA_BITS) & MAP_L2_MASK];
}

static int table_insert(Arena *a)
{
    uintptr_t b = (uintptr_t)a->base;
    if ((b >> MAP_ADDR_BITS) != 0) {
        return -1;
    }
    MapLeaf **lp = &arena_map[b >> (ARENA_BITS + MAP_L2_BITS)];
    if (*lp == NULL) {
        *lp = calloc(1, sizeof(MapLeaf));
        if (*lp == NULL) {
            return -1;
        }
    }
    (*lp)->arenas[(b >> ARENA_BITS) & MAP_L2_MASK] = a;
    return 0;
}

static void table_remove(Arena *a)
{
    uintptr_t b = (uintptr_t)a->base;
    arena_map[b >> (ARENA_BITS + MAP_L2_BITS)]->arenas[(b >> ARENA_BITS) & MAP_L2_MASK] = NULL;
}

/* ---- arenas ---- */

static Arena *new_arena(void)
{
    Arena *a = calloc(1, sizeof(Arena));
    if (a == NULL) {
        return NULL;
    }
    /* map twice the size and keep the aligned middle */
    size_t maplen = ARENA_SIZE * 2;
    void *m = mmap(NULL, maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) {
        free(a);
        return NULL;
    }
    uintptr_t start = ((uintptr_t)m + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1);
    /* give back the unused head and tail */
    size_t head = start - (uintptr_t)m;
    if (head) {
        munmap(m, head);
    }
    size_t tail = maplen - head - ARENA_SIZE;
    if (tail) {
        munmap((void *)(start + ARENA_SIZE), tail);
    }
    a->base = (uint8_t *)start;
    a->mapping = (void *)start;
    a->mapping_size = ARENA_SIZE;
    a->ntotalpools = (unsigned)POOLS_PER_ARENA;
    a->nfreepools = a->ntotalpools;
    if (table_insert(a) < 0) {
        munmap(a->mapping, a->mapping_size);
        free(a);
        return NULL;
    }
    A.narenas++;
    A.arenas_allocated_total++;
    if (A.narenas > A.max_arenas) {
        A.max_arenas = A.narenas;
    }
    POISON(a->base, ARENA_SIZE);
    return a;
}

static void free_arena(Arena *a)
{
    if (a->prevarena) {
        a->prevarena->nextarena = a->nextarena;
    } else if (A.usable_arenas == a) {
        A.usable_arenas = a->nextarena;
    }
    if (a->nextarena) {
        a->nextarena->prevarena = a->prevarena;
    }
    table_remove(a);
    UNPOISON(a->base, ARENA_SIZE);
    munmap(a->mapping, a->mapping_size);
    A.narenas--;
    A.arenas_reclaimed_total++;
    free(a);
}

/* Take an empty pool from the first usable arena (making one if needed). */
static Pool *take_pool(void)
{
    Arena *a = A.usable_arenas;
    if (a == NULL) {
        a = new_arena();
        if (a == NULL) {
            return NULL;
        }
        a->nextarena = a->prevarena = NULL;
        A.usable_arenas = a;
        A.nfp2lasta[a->nfreepools] = a;
    }
    /* the head has the fewest free pools: one fewer keeps it first (and
       alone with that count) */
    if (A.nfp2lasta[a->nfreepools] == a) {
        A.nfp2lasta[a->nfreepools] = NULL;
    }
    if (a->nfreepools > 1) {
        A.nfp2lasta[a->nfreepools - 1] = a;
    }
    Pool *p;
    if (a->freepools != NULL) {
        p = a->freepools;
        a->freepools = p->nextpool;
    } else {
        p = (Pool *)(a->base + (size_t)a->nextfresh * POOL_SIZE);
        a->nextfresh++;
    }
    a->nfreepools--;
    if (a->nfreepools == 0) {
        /* no longer usable: unlink */
        A.usable_arenas = a->nextarena;
        if (a->nextarena) {
            a->nextarena->prevarena = NULL;
        }
        a->nextarena = a->prevarena = NULL;
    }
    UNPOISON(p, POOL_OVERHEAD);
    p->arena = a;
    return p;
}

/* ---- blocks ---- */

static void *small_alloc(size_t n)
{
    unsigned c = size_class(n);
    Pool *p = A.usedpools[c];
    uint8_t *bp;
    if (RP_LIKELY(p != NULL)) {
        if ((bp = p->freeblock) != NULL) {
            UNPOISON(bp, sizeof(void *));
            p->freeblock = *(uint8_t **)bp;
        } else {
            bp = p->nextfree;
            p->nextfree += class_size(c);
        }
        p->ref++;
        if (p->freeblock == NULL && p->nextfree > p->limit) {
            /* pool full: unlink from usedpools */
            A.usedpools[c] = p->nextpool;
            if (p->nextpool) {
                p->nextpool->prevpool = NULL;
            }
            p->nextpool = p->prevpool = NULL;
        }
    } else {
        p = take_pool();
        if (p == NULL) {
            return NULL;
        }
        p->szidx = c;
        p->ref = 1;
        p->freeblock = NULL;
        bp = (uint8_t *)p + POOL_OVERHEAD;
        p->nextfree = bp + class_size(c);
        p->limit = (uint8_t *)p + POOL_SIZE - class_size(c);
        p->nextpool = p->prevpool = NULL;
        if (p->nextfree <= p->limit) {
            A.usedpools[c] = p;
        }
    }
    A.blocks_in_use[c]++;
    UNPOISON(bp, class_size(c));
    return bp;
}

/* An arena got a pool back (CPython's insert_to_freepool, arena part):
 *  1. all its pools free: give it back to the system, unless it is the
 *     last arena of the list - one wholly free arena is kept, so that a
 *     loop that allocates and frees does not map and unmap an arena on
 *     every turn (bpo-37257);
 *  2. its first free pool: it becomes usable, at the head of the list;
 *  3. otherwise it may have to slide right to keep the list sorted. */
static void arena_pool_freed(Arena *a)
{
    unsigned nf = a->nfreepools;
    Arena *lastnf = A.nfp2lasta[nf];
    if (lastnf == a) {
        Arena *pv = a->prevarena;
        A.nfp2lasta[nf] = (pv != NULL && pv->nfreepools == nf) ? pv : NULL;
    }
    a->nfreepools = ++nf;
    if (nf == a->ntotalpools && a->nextarena != NULL) {
        free_arena(a);        /* unlinks it from usable_arenas */
        return;
    }
    if (nf == 1) {
        a->prevarena = NULL;
        a->nextarena = A.usable_arenas;
        if (A.usable_arenas != NULL) {
            A.usable_arenas->prevarena = a;
        }
        A.usable_arenas = a;
        if (A.nfp2lasta[1] == NULL) {
            A.nfp2lasta[1] = a;
        }
        return;
    }
    if (A.nfp2lasta[nf] == NULL) {
        A.nfp2lasta[nf] = a;
    }
    if (a == lastnf) {
        return;               /* still in order */
    }
    /* move it to just after lastnf, the last arena with its old count */
    if (a->prevarena != NULL) {
        a->prevarena->nextarena = a->nextarena;
    } else {
        A.usable_arenas = a->nextarena;
    }
    a->nextarena->prevarena = a->prevarena;
    a->prevarena = lastnf;
    a->nextarena = lastnf->nextarena;
    if (a->nextarena != NULL) {
        a->nextarena->prevarena = a;
    }
    lastnf->nextarena = a;
}

static void small_free(Arena *a, void *ptr)
{
    Pool *p = (Pool *)((uintptr_t)ptr & ~(uintptr_t)(POOL_SIZE - 1));
    unsigned c = p->szidx;
    int was_full = (p->freeblock == NULL && p->nextfree > p->limit);
    *(uint8_t **)ptr = p->freeblock;
    p->freeblock = ptr;
    POISON(ptr, class_size(c));
    A.blocks_in_use[c]--;
    if (--p->ref == 0) {
        /* empty pool: unlink from usedpools (unless it was full, then it
           was not linked) and give it back to its arena */
        if (!was_full) {
            if (p->prevpool) {
                p->prevpool->nextpool = p->nextpool;
            } else {
                A.usedpools[c] = p->nextpool;
            }
            if (p->nextpool) {
                p->nextpool->prevpool = p->prevpool;
            }
        }
        p->nextpool = a->freepools;
        a->freepools = p;
        POISON((uint8_t *)p + POOL_OVERHEAD, POOL_SIZE - POOL_OVERHEAD);
        arena_pool_freed(a);
        return;
    }
    if (was_full) {
        /* it has a free block again: link it first in usedpools */
        p->prevpool = NULL;
        p->nextpool = A.usedpools[c];
        if (p->nextpool) {
            p->nextpool->prevpool = p;
        }
        A.usedpools[c] = p;
    }
}

/* ---- the rp_mem_* interface ---- */

#ifdef RP_DEBUG
static int injected_failure(void)
{
    A.nallocs++;
    if (A.fail_countdown > 0 && --A.fail_countdown == 0) {
        return 1;
    }
    return 0;
}
void rp_mem_set_fail_countdown(long n) { A.fail_countdown = n; }
unsigned long rp_mem_alloc_count(void) { return A.nallocs; }
#else
#define injected_failure() 0
unsigned long rp_mem_alloc_count(void) { return 0; }
#endif

void *rp_mem_malloc(size_t n)
{
    if (injected_failure()) {
        return NULL;
    }
    if (n == 0) {
        n = 1;
    }
    if (n <= SMALL_REQUEST_THRESHOLD) {
        return small_alloc(n);
    }
    A.large_allocs++;
    return malloc(n);
}

void *rp_mem_calloc(size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size) {
        return NULL;
    }
    void *p = rp_mem_malloc(n * size);
    if (p != NULL) {
        memset(p, 0, (n * size) != 0 ? n * size : 1);
    }
    return p;
}

static size_t block_size(const void *p, Arena **arena)
{
    Arena *a = arena_of(p);
    *arena = a;
    if (a == NULL) {
        return 0;
    }
    const Pool *pool = (const Pool *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1));
    return class_size(pool->szidx);
}

void *rp_mem_realloc(void *p, size_t n)
{
    if (p == NULL) {
        return rp_mem_malloc(n);
    }
    if (n == 0) {
        n = 1;
    }
    Arena *a;
    size_t have = block_size(p, &a);
    if (a == NULL) {
        /* a system block */
        if (n <= SMALL_REQUEST_THRESHOLD) {
            /* CPython keeps it in malloc's memory too */
        }
        if (injected_failure()) {
            return NULL;
        }
        return realloc(p, n);
    }
    if (n <= have && n > have / 2) {
        return p;     /* fits, and not much too big */
    }
    void *q = rp_mem_malloc(n);
    if (q == NULL) {
        return NULL;
    }
    memcpy(q, p, have < n ? have : n);
    small_free(a, p);
    return q;
}

void rp_mem_free(void *p)
{
    if (p == NULL) {
        return;
    }
    Arena *a = arena_of(p);
    if (a != NULL) {
        small_free(a, p);
    } else {
        free(p);
    }
}

/* ---- objects ---- */

#ifdef RP_DEBUG
/* Every live object is linked through a debug head placed before
 * everything else, for the leak report (lifecycle.c). */
typedef struct RpDebugHead {
    struct RpDebugHead *prev, *next;
    RpObject *obj;
    void *pad;                  /* keeps objects 16-byte aligned */
} RpDebugHead;
static RpDebugHead live_list = { &live_list, &live_list, NULL, NULL };
#define DEBUG_HEAD_SIZE sizeof(RpDebugHead)
#else
#define DEBUG_HEAD_SIZE 0
#endif

/* Bytes before the object: [debug head][managed dict words][GC head].
 * The two managed dict words (RP_TPFLAGS_MANAGED_DICT, object.h) sit
 * right before the GC head, as CPython 3.11's pre-header. */
#define MANAGED_DICT_SIZE (2 * sizeof(void *))
static inline size_t pre_size(const RpTypeObject *t)
{
    return DEBUG_HEAD_SIZE + (rp_type_is_gc(t) ? sizeof(RpGCHead) : 0) +
           ((t->tp_flags & RP_TPFLAGS_MANAGED_DICT) ? MANAGED_DICT_SIZE : 0);
}

static RpObject *alloc_object(RpTypeObject *type, size_t size)
{
    size_t pre = pre_size(type);
    uint8_t *mem = rp_mem_malloc(pre + size);
    if (mem == NULL) {
        return (RpObject *)rp_err_nomemory();
    }
#ifdef RP_DEBUG
    RpDebugHead *dh = (RpDebugHead *)mem;
    dh->next = live_list.next;
    dh->prev = &live_list;
    live_list.next->prev = dh;
    live_list.next = dh;
    dh->obj = (RpObject *)(mem + pre);
#endif
    RpObject *o = (RpObject *)(mem + pre);
    if (type->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        memset(mem + DEBUG_HEAD_SIZE, 0, MANAGED_DICT_SIZE);
    }
    if (rp_type_is_gc(type)) {
        RpGCHead *g = rp_as_gc(o);
        g->gc_next = 0;
        g->gc_prev = 0;
    }
    rp_object_init_header(o, type);
    rp_life(RP_LIFE_CREATED, o);
    if (rp_type_is_gc(type)) {
        rp_gc_on_alloc();
    }
    return o;
}

void rp_object_init_header(RpObject *o, RpTypeObject *type)
{
    o->ob_type = type;
    o->ob_refcnt = 1;
    RP_REFTOTAL_ADD(1);
    if (type->tp_flags & RP_TPFLAGS_HEAPTYPE) {
        rp_incref(type);
    }
}

RpObject *rp_object_alloc(RpTypeObject *type)
{
    RpObject *o = alloc_object(type, (size_t)type->tp_basicsize);
    if (o != NULL) {
        memset((char *)o + sizeof(RpObject), 0, (size_t)type->tp_basicsize - sizeof(RpObject));
    }
    return o;
}

RpVarObject *rp_object_alloc_var(RpTypeObject *type, rp_ssize_t nitems)
{
    if (nitems < 0 || (type->tp_itemsize != 0 &&
                       (size_t)nitems > (SIZE_MAX / 2 - (size_t)type->tp_basicsize) /
                                            (size_t)type->tp_itemsize)) {
        return (RpVarObject *)rp_err_nomemory();
    }
    size_t size = rp_var_size(type, nitems);
    RpVarObject *o = (RpVarObject *)alloc_object(type, size);
    if (o != NULL) {
        memset((char *)o + sizeof(RpObject), 0, size - sizeof(RpObject));
        o->ob_size = nitems;
    }
    return o;
}

RpObject *rp_object_alloc_size(RpTypeObject *type, size_t size)
{
    if (size < sizeof(RpObject) || size > SIZE_MAX / 2) {
        return rp_err_nomemory();
    }
    /* not zeroed: the caller initialises every field (a big str would
       otherwise be written twice) */
    return alloc_object(type, size);
}

RpObject *rp_object_resize(RpObject *o, size_t oldsize, size_t newsize)
{
    (void)oldsize;
    if (rp_type_is_gc(o->ob_type) || newsize > SIZE_MAX / 2) {
        return rp_err_nomemory();
    }
    uint8_t *mem = (uint8_t *)o - DEBUG_HEAD_SIZE;
#ifdef RP_DEBUG
    /* the neighbours in the live list point at the debug head: unlink it
       while the block may move, relink wherever it ends up */
    RpDebugHead *dh = (RpDebugHead *)mem;
    dh->prev->next = dh->next;
    dh->next->prev = dh->prev;
#endif
    uint8_t *newmem = rp_mem_realloc(mem, DEBUG_HEAD_SIZE + newsize);
    int failed = newmem == NULL;
    if (failed) {
        newmem = mem;
    }
#ifdef RP_DEBUG
    dh = (RpDebugHead *)newmem;
    dh->next = live_list.next;
    dh->prev = &live_list;
    live_list.next->prev = dh;
    live_list.next = dh;
    dh->obj = (RpObject *)(newmem + DEBUG_HEAD_SIZE);
#endif
    if (failed) {
        return rp_err_nomemory();
    }
    return (RpObject *)(newmem + DEBUG_HEAD_SIZE);
}

void rp_object_free(void *op)
{
    RpObject *o = op;
    rp_life(RP_LIFE_FREED, o);
    int gc = rp_type_is_gc(o->ob_type);
    if (gc) {
        rp_gc_on_free();
    }
    uint8_t *mem = (uint8_t *)o - pre_size(o->ob_type);
#ifdef RP_DEBUG
    RpDebugHead *dh = (RpDebugHead *)mem;
    dh->prev->next = dh->next;
    dh->next->prev = dh->prev;
#endif
    rp_mem_free(mem);
}

/* Free-list reuse goes through here to keep the live list right in debug
 * builds: an object on a free list is dead (not in the live list). */
void rp_object_freelist_release(RpObject *o)
{
#ifdef RP_DEBUG
    RpDebugHead *dh = (RpDebugHead *)((uint8_t *)o - pre_size(o->ob_type));
    dh->prev->next = dh->next;
    dh->next->prev = dh->prev;
#endif
    (void)o;
}

void rp_object_freelist_revive(RpObject *o, RpTypeObject *type)
{
#ifdef RP_DEBUG
    RpDebugHead *dh = (RpDebugHead *)((uint8_t *)o - pre_size(type));
    dh->next = live_list.next;
    dh->prev = &live_list;
    live_list.next->prev = dh;
    live_list.next = dh;
#endif
    /* as CPython: reuse from a free list does not count as a GC
       allocation (gc.get_count() is unchanged) */
    rp_object_init_header(o, type);
    rp_life(RP_LIFE_REUSED, o);
}

/* Walk every live object (debug builds only; returns the count). */
rp_ssize_t rp_object_walk_live(void (*fn)(RpObject *, void *), void *arg)
{
    rp_ssize_t n = 0;
#ifdef RP_DEBUG
    for (RpDebugHead *dh = live_list.next; dh != &live_list; dh = dh->next) {
        RpObject *obj = dh->obj;
        if (fn) {
            fn(obj, arg);
        }
        n++;
    }
#else
    (void)fn;
    (void)arg;
#endif
    return n;
}

/* Statistics for sys._debugmallocstats(). */
void rp_mem_stats(size_t *narenas, size_t *max_arenas, size_t *allocated_total,
                  size_t *reclaimed_total, size_t blocks_in_use[], int *nclasses)
{
    *narenas = A.narenas;
    *max_arenas = A.max_arenas;
    *allocated_total = A.arenas_allocated_total;
    *reclaimed_total = A.arenas_reclaimed_total;
    for (int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
        blocks_in_use[i] = A.blocks_in_use[i];
    }
    *nclasses = NB_SMALL_SIZE_CLASSES;
}

/* ---- sys._debugmallocstats() ---- */

/* One "label = value" line in CPython's layout (obmalloc.c's printone):
 * the label padded to 35 columns, '=', the value with thousands commas
 * right-aligned in 21 columns.  Returns the value. */
size_t rp_mem_print_stat(FILE *out, const char *label, size_t value)
{
    char digits[32], buf[48];
    int len = snprintf(digits, sizeof(digits), "%zu", value);
    int j = 0;
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0) {
            buf[j++] = ',';
        }
        buf[j++] = digits[i];
    }
    buf[j] = '\0';
    fprintf(out, "%-35s=%21s\n", label, buf);
    return value;
}

/* The allocator's state in the layout of CPython 3.11's
 * _PyObject_DebugMallocStats: per size class the pools in use, the blocks
 * in use and the free blocks in those pools; the arena counts; where the
 * arena bytes go (they add up to the arenas' total); then the arena map
 * (as CPython's radix-tree "arena map" section).  Returns 1 (something was
 * printed). */
int rp_mem_debug_stats(FILE *out)
{
    size_t numpools[NB_SMALL_SIZE_CLASSES] = {0};
    size_t numblocks[NB_SMALL_SIZE_CLASSES] = {0};
    size_t numfreeblocks[NB_SMALL_SIZE_CLASSES] = {0};
    size_t numfreepools = 0;
    size_t arenas_seen = 0;
    size_t leaves = 0;
    /* walk every arena (the map holds them all, usable or full) and
       every pool ever carved from it */
    for (size_t t = 0; t < sizeof(arena_map) / sizeof(arena_map[0]); t++) {
        if (arena_map[t] != NULL) {
            leaves++;
        }
    }
    for (size_t k = 0; k < (sizeof(arena_map) / sizeof(arena_map[0])) << MAP_L2_BITS; k++) {
        MapLeaf *leaf = arena_map[k >> MAP_L2_BITS];
        if (leaf == NULL) {
            k |= MAP_L2_MASK;   /* skip the whole absent leaf */
            continue;
        }
        Arena *a = leaf->arenas[k & MAP_L2_MASK];
        if (a == NULL) {
            continue;
        }
        arenas_seen++;
        numfreepools += a->nfreepools;
        for (unsigned i = 0; i < a->nextfresh; i++) {
            const Pool *p = (const Pool *)(a->base + (size_t)i * POOL_SIZE);
            if (p->ref == 0) {
                continue;       /* emptied: counted in nfreepools */
            }
            unsigned c = p->szidx;
            size_t perpool = (POOL_SIZE - POOL_OVERHEAD) / class_size(c);
            numpools[c]++;
            numblocks[c] += p->ref;
            numfreeblocks[c] += perpool - p->ref;
        }
    }
    fprintf(out, "Small block threshold = %d, in %d size classes.\n", SMALL_REQUEST_THRESHOLD,
            NB_SMALL_SIZE_CLASSES);
    fputs("\nclass   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    size_t allocated_bytes = 0, available_bytes = 0, pool_header_bytes = 0, quantization = 0;
    for (unsigned c = 0; c < NB_SMALL_SIZE_CLASSES; c++) {
        if (numpools[c] == 0) {
            continue;
        }
        size_t size = class_size(c);
        fprintf(out, "%5u %6zu %11zu %15zu %13zu\n", c, size, numpools[c], numblocks[c],
                numfreeblocks[c]);
        allocated_bytes += numblocks[c] * size;
        available_bytes += numfreeblocks[c] * size;
        pool_header_bytes += numpools[c] * POOL_OVERHEAD;
        quantization += numpools[c] * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    fputc('\n', out);
    rp_mem_print_stat(out, "# arenas allocated total", A.arenas_allocated_total);
    rp_mem_print_stat(out, "# arenas reclaimed", A.arenas_reclaimed_total);
    rp_mem_print_stat(out, "# arenas highwater mark", A.max_arenas);
    rp_mem_print_stat(out, "# arenas allocated current", A.narenas);
    char label[80];
    snprintf(label, sizeof(label), "%zu arenas * %zu bytes/arena", A.narenas, ARENA_SIZE);
    rp_mem_print_stat(out, label, A.narenas * ARENA_SIZE);
    fputc('\n', out);
    size_t total = rp_mem_print_stat(out, "# bytes in allocated blocks", allocated_bytes);
    total += rp_mem_print_stat(out, "# bytes in available blocks", available_bytes);
    snprintf(label, sizeof(label), "%zu unused pools * %zu bytes", numfreepools, POOL_SIZE);
    total += rp_mem_print_stat(out, label, numfreepools * POOL_SIZE);
    total += rp_mem_print_stat(out, "# bytes lost to pool headers", pool_header_bytes);
    total += rp_mem_print_stat(out, "# bytes lost to quantization", quantization);
    /* our arenas are mapped on their own alignment: nothing lost there */
    total += rp_mem_print_stat(out, "# bytes lost to arena alignment", 0);
    rp_mem_print_stat(out, "Total", total);
    /* the arena map: a two-level radix tree (CPython's has three levels:
       root, mid and bottom nodes; ours has the root and bottom ones) */
    fputs("\narena map counts\n", out);
    rp_mem_print_stat(out, "# arena map bot nodes", leaves);
    fputc('\n', out);
    total = rp_mem_print_stat(out, "# bytes lost to arena map root", sizeof(arena_map));
    total += rp_mem_print_stat(out, "# bytes lost to arena map bot", leaves * sizeof(MapLeaf));
    total += rp_mem_print_stat(out, "# bytes lost to arena headers", arenas_seen * sizeof(Arena));
    rp_mem_print_stat(out, "Total", total);
    return 1;
}
