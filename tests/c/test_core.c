/* test_core.c - unit tests of src/core: the small-object allocator, the
 * cycle collector, finalizers and resurrection, and the trashcan.
 *
 * The tests build object graphs from a test-local GC type ("Node") so
 * they depend on src/core alone.  The few symbols core needs from other
 * layers are stubbed at the bottom of this file. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/debug.h"
#include "core/freelist.h"
#include "core/gc.h"
#include "core/lifecycle.h"
#include "core/object.h"
#include "core/refcount.h"
#include "core/runtime.h"

static int failures, checks;
#define CHECK(cond)                                                         \
    do {                                                                    \
        checks++;                                                           \
        if (!(cond)) {                                                      \
            failures++;                                                     \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                   \
    } while (0)

/* ---- a test container type ---- */

#define NKIDS 4
typedef struct Node {
    RP_OBJECT_HEAD;
    RpObject *kids[NKIDS];
    int id;
} Node;

static int freed_count;
static int finalized_count;
static RpObject *resurrect_into;   /* a finalizer stores its object here */

static int node_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    Node *n = (Node *)o;
    for (int i = 0; i < NKIDS; i++) {
        RP_VISIT(n->kids[i]);
    }
    return 0;
}

static int node_clear(RpObject *o)
{
    Node *n = (Node *)o;
    for (int i = 0; i < NKIDS; i++) {
        RP_CLEAR(n->kids[i]);
    }
    return 0;
}

static void node_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    node_clear(o);
    freed_count++;
    rp_object_free(o);
}

static void node_finalize(RpObject *o)
{
    finalized_count++;
    if (resurrect_into == NULL && ((Node *)o)->id == 99) {
        resurrect_into = rp_newref(o);
    }
}

static RpTypeObject Node_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(NULL, 0),
    .tp_name = "Node",
    .tp_basicsize = sizeof(Node),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = node_dealloc,
    .tp_traverse = node_traverse,
    .tp_clear = node_clear,
};

static RpTypeObject FinNode_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(NULL, 0),
    .tp_name = "FinNode",
    .tp_basicsize = sizeof(Node),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = node_dealloc,
    .tp_finalize = node_finalize,
    .tp_traverse = node_traverse,
    .tp_clear = node_clear,
};

static RpObject *node(RpTypeObject *t, int id)
{
    Node *n = (Node *)rp_object_alloc(t);
    if (n == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    n->id = id;
    rp_gc_track(n);
    return (RpObject *)n;
}

static void link(RpObject *from, int slot, RpObject *to)
{
    RP_XSETREF(((Node *)from)->kids[slot], rp_newref(to));
}

/* ---- allocator ---- */

static void test_allocator(void)
{
    /* LIFO reuse within a size class */
    void *a = rp_mem_malloc(40);
    rp_mem_free(a);
    void *b = rp_mem_malloc(40);
    CHECK(a == b);
    /* same class (33..48) reuses too */
    rp_mem_free(b);
    void *c = rp_mem_malloc(48);
    CHECK(c == a);
    rp_mem_free(c);
    CHECK(((uintptr_t)rp_mem_malloc(1) & 15) == 0);

    /* many blocks of many sizes, written and checked, freed out of order */
    enum { N = 200000 };
    static unsigned char *blocks[N];
    static size_t sizes[N];
    unsigned seed = 12345;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        sizes[i] = 1 + (seed >> 8) % 700;      /* some go to malloc */
        blocks[i] = rp_mem_malloc(sizes[i]);
        CHECK(blocks[i] != NULL);
        memset(blocks[i], i & 0xff, sizes[i]);
    }
    for (int i = 0; i < N; i += 2) {
        rp_mem_free(blocks[i]);
        blocks[i] = NULL;
    }
    int bad = 0;
    for (int i = 1; i < N; i += 2) {
        for (size_t k = 0; k < sizes[i]; k++) {
            if (blocks[i][k] != (unsigned char)(i & 0xff)) {
                bad++;
                break;
            }
        }
        /* grow with realloc and check the prefix survives */
        unsigned char *r = rp_mem_realloc(blocks[i], sizes[i] * 2);
        CHECK(r != NULL);
        for (size_t k = 0; k < sizes[i]; k++) {
            if (r[k] != (unsigned char)(i & 0xff)) {
                bad++;
                break;
            }
        }
        blocks[i] = r;
    }
    CHECK(bad == 0);
    for (int i = N - 1; i >= 0; i--) {
        rp_mem_free(blocks[i]);
    }
    /* everything freed: the arenas went back to the system */
    size_t narenas, max_arenas, total, reclaimed, in_use[64];
    int nclasses;
    rp_mem_stats(&narenas, &max_arenas, &total, &reclaimed, in_use, &nclasses);
    CHECK(max_arenas >= 2);
    CHECK(reclaimed >= 1);
    size_t live = 0;
    for (int i = 0; i < nclasses; i++) {
        live += in_use[i];
    }
    CHECK(live <= 2);    /* the two probes above that were not freed */
}

/* ---- collector ---- */

static void test_cycles(void)
{
    rp_gc_collect(2);
    freed_count = 0;

    /* two objects in a cycle: 2 unreachable */
    RpObject *x = node(&Node_Type, 1), *y = node(&Node_Type, 2);
    link(x, 0, y);
    link(y, 0, x);
    rp_decref(x);
    rp_decref(y);
    CHECK(freed_count == 0);
    CHECK(rp_gc_collect(2) == 2);
    CHECK(freed_count == 2);

    /* a self-reference: 1 */
    freed_count = 0;
    RpObject *s = node(&Node_Type, 3);
    link(s, 0, s);
    rp_decref(s);
    CHECK(rp_gc_collect(2) == 1);
    CHECK(freed_count == 1);

    /* a reachable cycle is left alone */
    freed_count = 0;
    RpObject *k = node(&Node_Type, 4);
    link(k, 0, k);
    CHECK(rp_gc_collect(2) == 0);
    CHECK(freed_count == 0);
    CHECK(rp_gc_is_tracked(k));

    /* a cycle reachable only through a reachable object survives, and an
       unreachable cycle pointing INTO reachable objects is collected
       without touching them */
    RpObject *a = node(&Node_Type, 5), *b = node(&Node_Type, 6);
    link(k, 1, a);
    link(a, 0, b);
    link(b, 0, a);
    rp_decref(a);
    rp_decref(b);
    RpObject *g1 = node(&Node_Type, 7), *g2 = node(&Node_Type, 8);
    link(g1, 0, g2);
    link(g2, 0, g1);
    link(g1, 1, k);
    rp_decref(g1);
    rp_decref(g2);
    rp_ssize_t krefs = rp_refcnt(k);
    CHECK(rp_gc_collect(2) == 2);
    CHECK(freed_count == 2);
    CHECK(rp_refcnt(k) == krefs - 1);
    CHECK(rp_refcnt(a) == 2);
    /* drop the last outside reference: everything goes */
    freed_count = 0;
    rp_decref(k);
    CHECK(rp_gc_collect(2) == 3);
    CHECK(freed_count == 3);

    /* a long ring of 100000: all found, no recursion */
    freed_count = 0;
    enum { RING = 100000 };
    RpObject *first = node(&Node_Type, 0), *prev = first;
    for (int i = 1; i < RING; i++) {
        RpObject *n = node(&Node_Type, i);
        link(prev, 0, n);
        if (prev != first) {
            rp_decref(prev);
        }
        prev = n;
    }
    link(prev, 0, first);
    rp_decref(prev);
    rp_decref(first);
    CHECK(rp_gc_collect(2) == RING);
    CHECK(freed_count == RING);
}

static void test_generations(void)
{
    rp_gc_collect(2);
    RpGCState *gs = &rp_runtime.gc;
    CHECK(gs->generations[0].count == 0);
    RpObject *objs[800];
    for (int i = 0; i < 700; i++) {
        objs[i] = node(&Node_Type, i);
    }
    CHECK(gs->generations[0].count == 700);
    rp_ssize_t before = gs->stats[0].collections;
    objs[700] = node(&Node_Type, 700);        /* 701 > 700: collect gen 0 */
    CHECK(gs->stats[0].collections == before + 1);
    CHECK(gs->generations[0].count == 0);
    CHECK(gs->generations[1].count >= 1);
    /* survivors moved to generation 1 */
    CHECK(rp_gc_generation_size(0) == 0 || rp_gc_generation_size(0) == 1);
    CHECK(rp_gc_generation_size(1) >= 700);
    for (int i = 0; i <= 700; i++) {
        rp_decref(objs[i]);
    }
    /* deallocations lower the gen-0 count, never below zero */
    CHECK(gs->generations[0].count == 0);
    /* disabled: no automatic collection */
    gs->enabled = 0;
    before = gs->stats[0].collections;
    for (int i = 0; i < 800; i++) {
        objs[i] = node(&Node_Type, i);
    }
    CHECK(gs->stats[0].collections == before);
    gs->enabled = 1;
    for (int i = 0; i < 800; i++) {
        rp_decref(objs[i]);
    }
}

static void test_finalizers(void)
{
    rp_gc_collect(2);
    freed_count = 0;
    finalized_count = 0;

    /* a cycle with finalizers: each runs once, then the cycle is freed */
    RpObject *x = node(&FinNode_Type, 1), *y = node(&FinNode_Type, 2);
    link(x, 0, y);
    link(y, 0, x);
    rp_decref(x);
    rp_decref(y);
    CHECK(rp_gc_collect(2) == 2);
    CHECK(finalized_count == 2);
    CHECK(freed_count == 2);

    /* resurrection: the finalizer of node 99 keeps it alive (and with it
       its partner); nothing is freed, the finalizers ran once */
    freed_count = 0;
    finalized_count = 0;
    RpObject *r = node(&FinNode_Type, 99), *p = node(&FinNode_Type, 100);
    link(r, 0, p);
    link(p, 0, r);
    rp_decref(r);
    rp_decref(p);
    CHECK(rp_gc_collect(2) == 0);
    CHECK(finalized_count == 2);
    CHECK(freed_count == 0);
    CHECK(resurrect_into == r);
    CHECK(rp_gc_is_finalized(r) && rp_gc_is_finalized(p));
    /* unreachable again: collected without running the finalizers again */
    RpObject *keep = resurrect_into;
    resurrect_into = (RpObject *)1;   /* do not resurrect twice */
    rp_decref(keep);
    CHECK(rp_gc_collect(2) == 2);
    CHECK(finalized_count == 2);
    CHECK(freed_count == 2);
    resurrect_into = NULL;
}

static void test_trashcan(void)
{
    /* a chain a million deep freed by one decref: no stack overflow */
    freed_count = 0;
    enum { DEPTH = 1000000 };
    RpObject *head = node(&Node_Type, 0);
    RpObject *cur = head;
    for (int i = 1; i < DEPTH; i++) {
        RpObject *n = node(&Node_Type, i);
        ((Node *)cur)->kids[0] = n;    /* steals */
        cur = n;
    }
    rp_decref(head);
    CHECK(freed_count == DEPTH);
    CHECK(rp_runtime.trash_queue == NULL);
    CHECK(rp_runtime.dealloc_depth == 0);
}

static void test_debug_checks(void)
{
#ifdef RP_DEBUG
    RpObject *x = node(&Node_Type, 1), *y = node(&Node_Type, 2);
    link(x, 0, y);
    link(y, 0, x);
    link(x, 1, y);
    CHECK(rp_debug_gc_check() == 0);
    CHECK(rp_debug_heap_check(stderr) == 0);
    /* an uncounted reference (a bug) is found by both checks */
    rp_decref(y);                       /* y lives through x only now */
    ((Node *)x)->kids[2] = y;           /* no incref */
    CHECK(rp_debug_heap_check(stderr) == 1);
    CHECK(rp_debug_gc_check() == 1);
    ((Node *)x)->kids[2] = NULL;
    CHECK(rp_debug_gc_check() == 0);
    /* the check left the generation list intact: a collection works */
    rp_decref(x);
    CHECK(rp_gc_collect(2) == 2);
    CHECK(rp_debug_leak_report(stderr) == 0);
#endif
}

int main(void)
{
    rp_gc_init();
    test_allocator();
    test_cycles();
    test_generations();
    test_finalizers();
    test_trashcan();
    test_debug_checks();
#ifdef RP_DEBUG
    CHECK(rp_object_walk_live(NULL, NULL) == 0);
#endif
    printf("test_core: %d checks, %d failed\n", checks, failures);
    return failures != 0;
}

/* ---- stubs for what core needs from other layers ---- */
RpTypeObject RpTuple_Type, RpDict_Type, RpFloat_Type, RpList_Type;
void rp_tuple_maybe_untrack(RpObject *t) { (void)t; }
int rp_tuple_can_untrack(RpObject *t) { (void)t; return 0; }
void rp_dict_maybe_untrack(RpObject *d) { (void)d; }
RpObject *rp_err_nomemory(void) { return NULL; }
