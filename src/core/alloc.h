/* alloc.h - memory for objects.
 *
 *   rp_mem_*            raw memory (the small-object allocator, or the
 *                       system malloc in the ASan build); no exception set
 *   rp_object_alloc     memory for one object of a fixed-size type, with a
 *                       GC head in front when the type has one; header set
 *                       (refcount 1, type; a heap type gets a reference);
 *                       NOT tracked; NULL with MemoryError on failure
 *   rp_object_alloc_var the same with room for n items (ob_size = n)
 *   rp_object_free      release an object's memory (tp_free); a heap type's
 *                       reference is NOT dropped here (tp_dealloc does it
 *                       after calling tp_free, as in CPython)
 */
#ifndef RP_ALLOC_H
#define RP_ALLOC_H

#include <stddef.h>
#include <stdio.h>

#include "object.h"

void *rp_mem_malloc(size_t n);
void *rp_mem_calloc(size_t n, size_t size);
void *rp_mem_realloc(void *p, size_t n);
void rp_mem_free(void *p);

RpObject *rp_object_alloc(RpTypeObject *type);
RpVarObject *rp_object_alloc_var(RpTypeObject *type, rp_ssize_t nitems);
/* Memory for an object of exactly `size` bytes whose layout is not
 * basicsize + n * itemsize (str: a 48- or 72-byte header, then (len+1)
 * code points of 1, 2 or 4 bytes).  The RpObject header is set, the rest
 * is UNINITIALISED (the caller fills every field); NOT tracked; NULL with
 * MemoryError. */
RpObject *rp_object_alloc_size(RpTypeObject *type, size_t size);
/* Resize such an object (it must not carry a GC head, nor be referenced
 * from anywhere but the caller: it may move).  Returns the new address,
 * or NULL with MemoryError and the object left untouched.  Bytes past the
 * old size are uninitialised.  (CPython's resize_compact, behind the
 * in-place `s += t`.) */
RpObject *rp_object_resize(RpObject *o, size_t oldsize, size_t newsize);
/* Bytes rp_object_alloc_var would allocate for the object itself. */
static inline size_t rp_var_size(const RpTypeObject *t, rp_ssize_t n)
{
    return (size_t)t->tp_basicsize + (size_t)n * (size_t)t->tp_itemsize;
}
/* Initialise the header of memory obtained elsewhere (a free list):
 * refcount 1, type set, heap type increfed. */
void rp_object_init_header(RpObject *o, RpTypeObject *type);
void rp_object_free(void *o);

/* Free lists (freelist.h) call these: an object pushed on a free list is
 * dead (released), one popped is revived with a fresh header. */
void rp_object_freelist_release(RpObject *o);
void rp_object_freelist_revive(RpObject *o, RpTypeObject *type);

/* Debug builds: call fn on every live object; returns how many there are
 * (0 in release builds, where no list is kept). */
rp_ssize_t rp_object_walk_live(void (*fn)(RpObject *, void *), void *arg);
/* RP_DEBUG only: make the Nth next rp_mem_* allocation fail (0 = never). */
void rp_mem_set_fail_countdown(long n);
/* RP_DEBUG only: how many rp_mem_* allocations were attempted so far (the
 * numbering RP_FAIL_ALLOC uses; 0 in release builds). */
unsigned long rp_mem_alloc_count(void);
/* Allocator statistics (sys._debugmallocstats). */
void rp_mem_stats(size_t *narenas, size_t *max_arenas, size_t *allocated_total,
                  size_t *reclaimed_total, size_t blocks_in_use[], int *nclasses);

/* sys._debugmallocstats(): print the allocator's state to `out` in CPython
 * 3.11's layout (_PyObject_DebugMallocStats); returns 1. */
int rp_mem_debug_stats(FILE *out);
/* One "label = value" statistics line (obmalloc's printone); returns value. */
size_t rp_mem_print_stat(FILE *out, const char *label, size_t value);

/* Raise MemoryError (defined in vm/errors.c); returns NULL. */
RpObject *rp_err_nomemory(void);

#endif /* RP_ALLOC_H */
