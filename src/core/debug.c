/* debug.c - leak report, heap checker and GC consistency check (debug.h). */
#include "debug.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "gc.h"
#include "refcount.h"
#include "runtime.h"

void rp_debug_configure_from_env(void)
{
#ifdef RP_DEBUG
    const char *v = getenv("RP_GC_STRESS");
    if (v != NULL && *v != '\0' && *v != '0') {
        rp_runtime.gc.stress = *v == '2' ? 2 : 1;
    }
    v = getenv("RP_FAIL_ALLOC");
    if (v != NULL && *v != '\0') {
        rp_mem_set_fail_countdown(strtol(v, NULL, 10));
    }
#endif
}

void rp_debug_alloc_count(const char *when)
{
#ifdef RP_DEBUG
    const char *v = getenv("RP_ALLOC_COUNT");
    if (v != NULL && *v != '\0' && *v != '0') {
        fprintf(stderr, "refpy: allocations: %lu at %s\n", rp_mem_alloc_count(), when);
    }
#else
    (void)when;
#endif
}

rp_ssize_t rp_debug_total_refcount(void)
{
#ifdef RP_DEBUG
    return rp_total_refcount;
#else
    return 0;
#endif
}

/* ---- a small pointer -> count table ---- */

typedef struct {
    uintptr_t *keys;
    rp_ssize_t *vals;
    size_t mask, used;
} PtrMap;

static size_t ptr_hash(uintptr_t p) { return (size_t)((p >> 4) * 0x9E3779B97F4A7C15ull >> 16); }

static int map_init(PtrMap *m, size_t n)
{
    size_t size = 64;
    while (size < n * 2) {
        size <<= 1;
    }
    m->keys = calloc(size, sizeof(uintptr_t));
    m->vals = calloc(size, sizeof(rp_ssize_t));
    m->mask = size - 1;
    m->used = 0;
    return m->keys && m->vals ? 0 : -1;
}

static rp_ssize_t *map_slot(PtrMap *m, uintptr_t key, int insert)
{
    size_t i = ptr_hash(key) & m->mask;
    while (m->keys[i] != 0) {
        if (m->keys[i] == key) {
            return &m->vals[i];
        }
        i = (i + 1) & m->mask;
    }
    if (!insert) {
        return NULL;
    }
    m->keys[i] = key;
    m->used++;
    return &m->vals[i];
}

static void map_free(PtrMap *m)
{
    free(m->keys);
    free(m->vals);
}

/* ---- leak report ---- */

typedef struct {
    PtrMap by_type;
    FILE *out;
    rp_ssize_t shown;
} LeakCtx;

static void count_type(RpObject *o, void *arg)
{
    LeakCtx *c = arg;
    rp_ssize_t *n = map_slot(&c->by_type, (uintptr_t)o->ob_type, 1);
    (*n)++;
    if (c->shown < 10) {
        fprintf(c->out, "refpy:   leaked <%s object at %p>, refcount %ld\n",
                o->ob_type->tp_name, (void *)o, (long)o->ob_refcnt);
        c->shown++;
    }
}

rp_ssize_t rp_debug_leak_report(FILE *out)
{
    rp_ssize_t n = rp_object_walk_live(NULL, NULL);
    if (n == 0) {
        return 0;
    }
    fprintf(out, "refpy: %ld objects leaked\n", (long)n);
    LeakCtx c = { .out = out, .shown = 0 };
    if (map_init(&c.by_type, 256) < 0) {
        return n;
    }
    rp_object_walk_live(count_type, &c);
    for (size_t i = 0; i <= c.by_type.mask; i++) {
        if (c.by_type.keys[i]) {
            fprintf(out, "refpy:   %6ld x %s\n", (long)c.by_type.vals[i],
                    ((RpTypeObject *)c.by_type.keys[i])->tp_name);
        }
    }
    map_free(&c.by_type);
    return n;
}

/* ---- heap check ---- */

typedef struct {
    PtrMap refs;
    FILE *out;
    rp_ssize_t bad;
} HeapCtx;

static int count_ref(RpObject *target, void *arg)
{
    HeapCtx *c = arg;
    rp_ssize_t *n = map_slot(&c->refs, (uintptr_t)target, 1);
    (*n)++;
    return 0;
}

static void traverse_one(RpObject *o, void *arg)
{
    if (o->ob_type->tp_traverse != NULL && rp_object_is_gc(o)) {
        o->ob_type->tp_traverse(o, count_ref, arg);
    }
}

static void check_one(RpObject *o, void *arg)
{
    HeapCtx *c = arg;
    rp_ssize_t *n = map_slot(&c->refs, (uintptr_t)o, 0);
    if (n != NULL && *n > o->ob_refcnt) {
        if (c->bad < 20) {
            fprintf(c->out, "refpy: heap check: <%s object at %p> has refcount %ld but "
                    "%ld references were found\n", o->ob_type->tp_name, (void *)o,
                    (long)o->ob_refcnt, (long)*n);
        }
        c->bad++;
    }
}

rp_ssize_t rp_debug_heap_check(FILE *out)
{
    rp_ssize_t live = rp_object_walk_live(NULL, NULL);
    HeapCtx c = { .out = out, .bad = 0 };
    if (live == 0 || map_init(&c.refs, (size_t)live) < 0) {
        return 0;
    }
    rp_object_walk_live(traverse_one, &c);
    rp_object_walk_live(check_one, &c);
    map_free(&c.refs);
    return c.bad;
}

/* ---- collector consistency check on generation 0 ---- */

static int check_decref(RpObject *op, void *arg)
{
    (void)arg;
    if (rp_object_is_gc(op)) {
        RpGCHead *g = rp_as_gc(op);
        if (g->gc_prev & RP_GC_COLLECTING_MASK) {
            g->gc_prev -= (uintptr_t)1 << 2;
        }
    }
    return 0;
}

int rp_debug_gc_check(void)
{
    RpGCHead *head = &rp_runtime.gc.generations[0].head;
    int bad = 0;
    /* gc_refs = refcount, then subtract internal references */
    for (RpGCHead *g = rp_gc_next(head); g != head; g = rp_gc_next(g)) {
        rp_ssize_t rc = rp_refcnt(rp_from_gc(g));
        g->gc_prev = (g->gc_prev & RP_GC_FINALIZED_MASK) | RP_GC_COLLECTING_MASK |
                     ((uintptr_t)rc << 2);
    }
    for (RpGCHead *g = rp_gc_next(head); g != head; g = rp_gc_next(g)) {
        RpObject *o = rp_from_gc(g);
        o->ob_type->tp_traverse(o, check_decref, NULL);
    }
    /* every gc_refs must be >= 0; then restore the prev links */
    RpGCHead *prev = head;
    for (RpGCHead *g = rp_gc_next(head); g != head; g = rp_gc_next(g)) {
        intptr_t refs = (intptr_t)g->gc_prev >> 2;
        if (refs < 0) {
            RpObject *o = rp_from_gc(g);
            fprintf(stderr, "refpy: gc check: <%s object at %p>: more references found "
                    "by traversal than its refcount %ld\n", o->ob_type->tp_name,
                    (void *)o, (long)o->ob_refcnt);
            bad++;
        }
        g->gc_prev = (g->gc_prev & RP_GC_FINALIZED_MASK) | (uintptr_t)prev;
        prev = g;
    }
    head->gc_prev = (uintptr_t)prev;
    return bad;
}
