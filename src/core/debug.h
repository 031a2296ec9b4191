/* debug.h - making memory bugs loud (debug builds, RP_DEBUG).
 *
 *   rp_debug_leak_report  after shutdown freed everything: list what is
 *                         still alive, by type; returns the count
 *   rp_debug_heap_check   for every live object, the references found by
 *                         traversing all other objects must not exceed its
 *                         refcount (a missing incref shows up here)
 *   rp_debug_gc_check     the collector's counting pass on generation 0,
 *                         without collecting: gc_refs must never go
 *                         negative (a tp_traverse visiting a reference it
 *                         does not own shows up here).  The GC stress mode
 *                         (RP_GC_STRESS=1) runs it at every allocation; it
 *                         changes nothing a program can observe.
 *                         RP_GC_STRESS=2 also runs a real collection at
 *                         every GC allocation while the collector is
 *                         enabled (generation 0 each time, the older ones
 *                         as their counts say): cycles die sooner, so what
 *                         a program sees of collection timing changes, but
 *                         nothing may crash or leak (tests/stress.sh).
 * In release builds the functions exist but do nothing (no live list).
 */
#ifndef RP_DEBUG_H
#define RP_DEBUG_H

#include <stdio.h>

#include "object.h"

/* Read the debug switches from the environment (call once at start-up):
 *   RP_GC_STRESS=1   GC consistency check at every GC allocation
 *   RP_GC_STRESS=2   the same, and a collection at every GC allocation
 *   RP_FAIL_ALLOC=N  make the Nth memory allocation fail (MemoryError
 *                    paths); only in debug builds
 *   RP_ALLOC_COUNT=1 print "refpy: allocations: N at WHEN" on stderr at
 *                    the end of start-up and at exit (rp_debug_alloc_count),
 *                    so tests/failalloc.sh knows which N to try */
void rp_debug_configure_from_env(void);
void rp_debug_alloc_count(const char *when);

rp_ssize_t rp_debug_leak_report(FILE *out);
rp_ssize_t rp_debug_heap_check(FILE *out);
int rp_debug_gc_check(void);
rp_ssize_t rp_debug_total_refcount(void);

#endif
