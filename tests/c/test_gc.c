/* test_gc.c - unit tests of the cycle collector (src/core/gc.c) on object
 * graphs built directly in C: what a collection frees, what it keeps, and
 * in which order it finalizes, clears and frees.
 *
 * A test-local GC type ("Node", up to four children) keeps the tests
 * independent of the object layer; each node logs its finalizer, clear and
 * free into `events` so the tests can check the order of the phases.  The
 * few symbols core needs from other layers are stubbed at the bottom. */
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

#define GS (&rp_runtime.gc)

/* ---- the test type ---- */

#define NKIDS 4
typedef struct Node {
    RP_OBJECT_HEAD;
    RpObject *kids[NKIDS];
    int id;
} Node;

/* event log: 'F' finalize, 'C' clear, 'D' dealloc, followed by the id */
static char events[4096];
static size_t nevents;
static int freed, finalized, cleared;
static RpObject *resurrect_slot;     /* a finalizer of id 99 stores itself here */
static int resurrect_other;          /* id whose finalizer stores node 'resurrect_target' */
static RpObject *resurrect_target;

static void log_event(char what, int id)
{
    if (nevents + 16 < sizeof events) {     /* the big tests log too much: keep the start */
        nevents += (size_t)snprintf(events + nevents, sizeof events - nevents, "%c%d ", what, id);
    }
}

static void reset(void)
{
    rp_gc_collect(2);
    events[0] = '\0';
    nevents = 0;
    freed = finalized = cleared = 0;
}

static int node_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    Node *n = (Node *)o;
    for (int i = 0; i < NKIDS; i++) {
        RP_VISIT(n->kids[i]);
    }
    return 0;
}

static int node_clear_kids(RpObject *o)
{
    Node *n = (Node *)o;
    for (int i = 0; i < NKIDS; i++) {
        RP_CLEAR(n->kids[i]);
    }
    return 0;
}

static int node_clear(RpObject *o)
{
    cleared++;
    log_event('C', ((Node *)o)->id);
    return node_clear_kids(o);
}

static void node_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    freed++;
    log_event('D', ((Node *)o)->id);
    node_clear_kids(o);
    rp_object_free(o);
}

static void node_finalize(RpObject *o)
{
    Node *n = (Node *)o;
    finalized++;
    log_event('F', n->id);
    if (n->id == 99 && resurrect_slot == NULL) {
        resurrect_slot = rp_newref(o);
    }
    if (resurrect_other != 0 && n->id == resurrect_other && resurrect_target != NULL) {
        resurrect_slot = rp_newref(resurrect_target);
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

static int in_generation(RpObject *o, int gen)
{
    RpGCHead *head = gen == RP_GC_NUM_GENERATIONS ? &GS->permanent_generation
                                                  : &GS->generations[gen].head;
    for (RpGCHead *g = rp_gc_next(head); g != head; g = rp_gc_next(g)) {
        if (rp_from_gc(g) == o) {
            return 1;
        }
    }
    return 0;
}

/* ---- tests ---- */

/* A graph referenced from outside at one node survives whole; dropping
 * that reference makes all of it garbage. */
static void test_reachable_from_outside(void)
{
    reset();
    enum { N = 50 };
    RpObject *nodes[N];
    for (int i = 0; i < N; i++) {
        nodes[i] = node(&Node_Type, i);
    }
    for (int i = 0; i < N; i++) {
        link(nodes[i], 0, nodes[(i + 1) % N]);
        link(nodes[i], 1, nodes[(i * 7) % N]);
    }
    RpObject *root = rp_newref(nodes[17]);
    for (int i = 0; i < N; i++) {
        rp_decref(nodes[i]);
    }
    CHECK(rp_gc_collect(2) == 0);
    CHECK(freed == 0);
    CHECK(in_generation(root, 2));
    rp_decref(root);
    CHECK(rp_gc_collect(2) == N);
    CHECK(freed == N);
    CHECK(cleared >= 1);
}

/* Garbage hanging off a cycle (a tree only the cycle refers to) is freed
 * with it: the tree is counted as unreachable too. */
static void test_tree_hanging_off_cycle(void)
{
    reset();
    RpObject *a = node(&Node_Type, 1), *b = node(&Node_Type, 2);
    link(a, 0, b);
    link(b, 0, a);
    RpObject *t1 = node(&Node_Type, 10), *t2 = node(&Node_Type, 11), *t3 = node(&Node_Type, 12);
    link(a, 1, t1);
    link(t1, 0, t2);
    link(t1, 1, t3);
    rp_decref(t1);
    rp_decref(t2);
    rp_decref(t3);
    rp_decref(a);
    rp_decref(b);
    CHECK(rp_gc_collect(2) == 5);
    CHECK(freed == 5);
}

/* An object outside the graph that the garbage refers to survives; an
 * object of the graph referred to from outside keeps what it reaches. */
static void test_partial_survival(void)
{
    reset();
    RpObject *outside = node(&Node_Type, 1);
    RpObject *a = node(&Node_Type, 2), *b = node(&Node_Type, 3), *c = node(&Node_Type, 4);
    link(a, 0, b);
    link(b, 0, a);
    link(a, 1, outside);      /* garbage -> live object */
    link(c, 0, c);            /* self-cycle, kept by the outside object */
    link(outside, 0, c);
    rp_decref(a);
    rp_decref(b);
    rp_decref(c);
    CHECK(rp_gc_collect(2) == 2);
    CHECK(freed == 2);
    CHECK(rp_refcnt(outside) == 1);
    CHECK(rp_refcnt(c) == 2);
    rp_decref(outside);       /* c is now an unreachable self-cycle */
    CHECK(rp_gc_collect(2) == 1);
    CHECK(freed == 4);
}

/* A young collection cannot free a cycle that goes through an older
 * generation; a full collection does. */
static void test_generations(void)
{
    reset();
    RpObject *old = node(&Node_Type, 1);
    rp_gc_collect(1);                       /* old is now in generation 2 */
    CHECK(in_generation(old, 2));
    RpObject *young = node(&Node_Type, 2);
    CHECK(in_generation(young, 0));
    link(old, 0, young);
    link(young, 0, old);
    rp_decref(old);
    rp_decref(young);
    CHECK(rp_gc_collect(0) == 0);           /* old counts as a root */
    CHECK(in_generation(young, 1));
    CHECK(rp_gc_collect(1) == 0);
    CHECK(in_generation(young, 2));
    CHECK(freed == 0);
    CHECK(rp_gc_collect(2) == 2);
    CHECK(freed == 2);

    /* counts: a collection of generation g resets 0..g and adds one to g+1 */
    reset();
    int c1 = GS->generations[1].count;
    rp_gc_collect(0);
    CHECK(GS->generations[0].count == 0);
    CHECK(GS->generations[1].count == c1 + 1);
    int c2 = GS->generations[2].count;
    rp_gc_collect(1);
    CHECK(GS->generations[1].count == 0);
    CHECK(GS->generations[2].count == c2 + 1);
    rp_gc_collect(2);
    CHECK(GS->generations[2].count == 0);
}

/* PEP 442: every finalizer of the garbage runs before any tp_clear, and
 * tp_clear before the frees. */
static void test_phase_order(void)
{
    reset();
    RpObject *a = node(&FinNode_Type, 1), *b = node(&FinNode_Type, 2), *c = node(&FinNode_Type, 3);
    link(a, 0, b);
    link(b, 0, c);
    link(c, 0, a);
    rp_decref(a);
    rp_decref(b);
    rp_decref(c);
    CHECK(rp_gc_collect(2) == 3);
    CHECK(finalized == 3 && freed == 3);
    /* the finalizers in the order the objects were tracked, then clears */
    CHECK(strncmp(events, "F1 F2 F3 C", 10) == 0);
    char *first_clear = strchr(events, 'C');
    char *last_final = strrchr(events, 'F');
    CHECK(first_clear != NULL && last_final != NULL && last_final < first_clear);
}

/* Resurrection of another member: the whole cycle survives, nothing is
 * cleared; the finalizers do not run again on the next collection. */
static void test_resurrect_other(void)
{
    reset();
    RpObject *a = node(&FinNode_Type, 1), *b = node(&FinNode_Type, 2), *c = node(&FinNode_Type, 3);
    link(a, 0, b);
    link(b, 0, c);
    link(c, 0, a);
    resurrect_other = 1;           /* a's finalizer saves c */
    resurrect_target = c;
    rp_decref(a);
    rp_decref(b);
    rp_decref(c);
    CHECK(rp_gc_collect(2) == 0);
    CHECK(finalized == 3 && cleared == 0 && freed == 0);
    CHECK(resurrect_slot == c);
    CHECK(rp_gc_is_finalized(a) && rp_gc_is_finalized(b) && rp_gc_is_finalized(c));
    resurrect_other = 0;
    resurrect_target = NULL;
    RpObject *keep = resurrect_slot;
    resurrect_slot = (RpObject *)1;            /* no more resurrection */
    rp_decref(keep);
    CHECK(rp_gc_collect(2) == 3);
    CHECK(finalized == 3 && freed == 3);
    resurrect_slot = NULL;
}

/* A resurrected object that is not part of any cycle: the rest of the
 * garbage it does not reach is still freed. */
static void test_resurrect_partial(void)
{
    reset();
    RpObject *r = node(&FinNode_Type, 99);     /* resurrects itself */
    RpObject *x = node(&Node_Type, 5), *y = node(&Node_Type, 6);
    link(r, 0, r);
    link(x, 0, y);
    link(y, 0, x);
    link(x, 1, r);                             /* garbage -> r */
    rp_decref(r);
    rp_decref(x);
    rp_decref(y);
    CHECK(rp_gc_collect(2) == 2);              /* x and y */
    CHECK(resurrect_slot == r);
    CHECK(rp_refcnt(r) == 2);                  /* its own cycle + the slot */
    CHECK(freed == 2);
    RpObject *keep = resurrect_slot;
    resurrect_slot = (RpObject *)1;
    rp_decref(keep);
    CHECK(rp_gc_collect(2) == 1);
    CHECK(finalized == 1 && freed == 3);
    resurrect_slot = NULL;
}

/* gc.freeze: the permanent generation is never collected until unfrozen. */
static void test_freeze(void)
{
    reset();
    RpObject *a = node(&Node_Type, 1);
    link(a, 0, a);
    rp_decref(a);
    rp_gc_freeze();
    CHECK(rp_gc_generation_size(RP_GC_NUM_GENERATIONS) >= 1);
    CHECK(in_generation(a, RP_GC_NUM_GENERATIONS));
    CHECK(rp_gc_collect(2) == 0);
    CHECK(freed == 0);
    rp_gc_unfreeze();
    CHECK(rp_gc_generation_size(RP_GC_NUM_GENERATIONS) == 0);
    CHECK(rp_gc_collect(2) == 1);
    CHECK(freed == 1);
}

/* The DEBUG_SAVEALL hook gets the garbage instead of tp_clear. */
static RpObject *saved[16];
static int nsaved;
static int save_hook(RpObject *o)
{
    saved[nsaved++] = rp_newref(o);
    return 0;
}

static void test_saveall(void)
{
    reset();
    GS->save_garbage = save_hook;
    GS->debug = RP_GC_DEBUG_SAVEALL;
    RpObject *a = node(&Node_Type, 1), *b = node(&Node_Type, 2);
    link(a, 0, b);
    link(b, 0, a);
    rp_decref(a);
    rp_decref(b);
    CHECK(rp_gc_collect(2) == 2);
    CHECK(nsaved == 2 && cleared == 0 && freed == 0);
    /* still tracked, in the oldest generation */
    CHECK(rp_gc_is_tracked(a) && rp_gc_is_tracked(b));
    GS->debug = 0;
    GS->save_garbage = NULL;
    for (int i = 0; i < nsaved; i++) {
        rp_decref(saved[i]);
    }
    nsaved = 0;
    CHECK(rp_gc_collect(2) == 2);
    CHECK(freed == 2);
}

/* The callbacks hook: "start" and "stop" around each collection, with the
 * generation and the number found. */
static char cb_log[256];
static void callbacks_hook(const char *phase, int generation, rp_ssize_t collected,
                           rp_ssize_t uncollectable)
{
    size_t n = strlen(cb_log);
    snprintf(cb_log + n, sizeof cb_log - n, "%s:%d:%ld:%ld ", phase, generation,
             (long)collected, (long)uncollectable);
}

static void test_callbacks_hook(void)
{
    reset();
    GS->invoke_callbacks = callbacks_hook;
    cb_log[0] = '\0';
    RpObject *a = node(&Node_Type, 1);
    link(a, 0, a);
    rp_decref(a);
    CHECK(rp_gc_collect(1) == 1);
    CHECK(strcmp(cb_log, "start:1:0:0 stop:1:1:0 ") == 0);
    GS->invoke_callbacks = NULL;
}

/* Automatic collection: past the gen-0 threshold an allocation collects. */
static void test_automatic(void)
{
    reset();
    int saved_threshold = GS->generations[0].threshold;
    GS->generations[0].threshold = 10;
    rp_ssize_t before = GS->stats[0].collections;
    RpObject *a = node(&Node_Type, 1);
    link(a, 0, a);
    rp_decref(a);
    RpObject *keep[20];
    for (int i = 0; i < 20; i++) {
        keep[i] = node(&Node_Type, 100 + i);
    }
    CHECK(GS->stats[0].collections > before);
    CHECK(freed == 1);                          /* the self-cycle went */
    for (int i = 0; i < 20; i++) {
        rp_decref(keep[i]);
    }
    GS->generations[0].threshold = saved_threshold;
#ifdef RP_DEBUG
    /* stress mode 2: a collection at every allocation */
    reset();
    GS->stress = 2;
    RpObject *b = node(&Node_Type, 2);
    link(b, 0, b);
    rp_decref(b);
    RpObject *c = node(&Node_Type, 3);          /* this allocation collects b */
    CHECK(freed == 1);
    GS->stress = 0;
    rp_decref(c);
#endif
}

/* A big graph (a ring with chords) of 100,000 nodes: one collection frees
 * all of it; the generation lists are empty again. */
static void test_big_graph(void)
{
    reset();
    enum { N = 100000 };
    RpObject *first = node(&Node_Type, 0), *prev = first;
    rp_incref(first);
    for (int i = 1; i < N; i++) {
        RpObject *n = node(&Node_Type, i);
        link(prev, 0, n);
        if (i % 3 == 0) {
            link(n, 1, first);
        }
        rp_decref(prev);
        prev = n;
    }
    link(prev, 0, first);
    rp_decref(prev);
    rp_decref(first);
    CHECK(rp_gc_collect(2) == N);
    CHECK(freed == N);
    CHECK(rp_runtime.dealloc_depth == 0);
}

int main(void)
{
    rp_gc_init();
    test_reachable_from_outside();
    test_tree_hanging_off_cycle();
    test_partial_survival();
    test_generations();
    test_phase_order();
    test_resurrect_other();
    test_resurrect_partial();
    test_freeze();
    test_saveall();
    test_callbacks_hook();
    test_automatic();
    test_big_graph();
#ifdef RP_DEBUG
    rp_gc_collect(2);
    CHECK(rp_object_walk_live(NULL, NULL) == 0);
#endif
    printf("test_gc: %d checks, %d failed\n", checks, failures);
    return failures != 0;
}

/* ---- stubs for what core needs from other layers ---- */
RpTypeObject RpTuple_Type, RpDict_Type, RpFloat_Type, RpList_Type;
void rp_tuple_maybe_untrack(RpObject *t) { (void)t; }
int rp_tuple_can_untrack(RpObject *t) { (void)t; return 0; }
void rp_dict_maybe_untrack(RpObject *d) { (void)d; }
RpObject *rp_err_nomemory(void) { return NULL; }
