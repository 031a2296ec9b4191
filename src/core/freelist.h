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
 *   tuple[1..19]     2000   PyTuple_MAXSAVESIZE 20, PyTuple_MAXFREELIST
 *   list               80   PyList_MAXFREELIST
 *   dict               80   PyDict_MAXFREELIST
 *   dictkeys           80   PyDict_MAXFREELIST (key tables of size 8)
 *
 * A dead object on a free list is linked through its first word (the
 * refcount slot, meaningless once the object is dead).  Objects with a
 * GC head keep it.  The ASan build sets every capacity to 0 so that a use
 * after free is caught instead of hidden by reuse.
 */
#ifndef RP_FREELIST_H
#define RP_FREELIST_H

#include "freelist_types.h"
#include "lifecycle.h"
#include "object.h"

/* Take memory from the free list, or NULL when empty.  The caller sets the
 * header (rp_object_init_header) and reports RP_LIFE_REUSED through it. */
static inline void *rp_freelist_pop(RpFreeList *fl)
{
    void *p = fl->head;
    if (p != NULL) {
        fl->head = *(void **)p;
        fl->count--;
    }
    return p;
}

/* Keep a dead object; returns 0 (and does nothing) when the list is full,
 * in which case the caller frees it. */
static inline int rp_freelist_push(RpFreeList *fl, RpObject *o)
{
    if (fl->count >= fl->capacity) {
        return 0;
    }
    rp_life(RP_LIFE_TO_FREELIST, o);
    *(void **)o = fl->head;
    fl->head = o;
    fl->count++;
    return 1;
}

/* Release every object kept on the lists (at exit, and gc.collect(2) as
 * CPython clears free lists on a full collection). `release` frees one. */
void rp_freelist_clear(RpFreeList *fl, void (*release)(void *));
void rp_freelists_init(void);
void rp_freelists_clear_all(void);

#endif /* RP_FREELIST_H */
