/* freelist.h - every free list in one table.
 *
 * A free list keeps the memory of dead objects of one type (and size) so
 * the next allocation of that type reuses it without calling the
 * allocator.  Capacities are CPython 3.11's; lists are LIFO, which is why
 * `id([]) == id([])` holds: the first list dies, goes to the free list,
 * and the second one is the same memory.
 *
 *   name          capacity  CPython 3.11
 *   float             100   PyFloat_MAXFREELIST
 *   tuple[1..20]     2000   PyTuple_MAXSAVESIZE 20, PyTuple_MAXFREELIST
 *                          (20-tuples go in but never come out, as 3.11)
 *   list               80   PyList_MAXFREELIST
 *   dict               80   PyDict_MAXFREELIST
 *   dictkeys           80   PyDict_MAXFREELIST (key tables of size 8)
 *
 * A dead object on a free list is linked through its first word (the
 * refcount slot, meaningless once the object is dead).  Objects with a
 * GC head keep it, untracked.  As in CPython, taking from or giving to a
 * free list does not change the GC allocation count.  The ASan build keeps
 * the free lists (tests observe their reuse through id()).
 */
#ifndef RP_FREELIST_H
#define RP_FREELIST_H

#include "alloc.h"
#include "freelist_types.h"
#include "lifecycle.h"
#include "object.h"

/* Take an object from the free list, or NULL when empty.  It comes back
 * alive: refcount 1, ob_type = type (reported as RP_LIFE_REUSED); every
 * other field is stale and must be set by the caller. */
static inline RpObject *rp_freelist_pop(RpFreeList *fl, RpTypeObject *type)
{
    void *p = fl->head;
    if (p != NULL) {
        fl->head = *(void **)p;
        fl->count--;
        rp_object_freelist_revive((RpObject *)p, type);
    }
    return (RpObject *)p;
}

/* Keep a dead object; returns 0 (and does nothing) when the list is full,
 * in which case the caller frees it. */
static inline int rp_freelist_push(RpFreeList *fl, RpObject *o)
{
    if (fl->count >= fl->capacity) {
        return 0;
    }
    rp_life(RP_LIFE_TO_FREELIST, o);
    rp_object_freelist_release(o);
    *(void **)o = fl->head;
    fl->head = o;
    fl->count++;
    return 1;
}

/* Give the memory of every object kept on a list back to the allocator
 * (a full collection does it, as CPython's gc.collect(2), and so does
 * shutdown).  All objects on `fl` must be of `type`. */
void rp_freelist_clear(RpFreeList *fl, RpTypeObject *type);
void rp_freelists_init(void);     /* set the capacities */
void rp_freelists_clear_all(void);
/* sys._debugmallocstats(): one line per free list, CPython's layout. */
void rp_freelists_debug_stats(FILE *out);

#endif /* RP_FREELIST_H */
