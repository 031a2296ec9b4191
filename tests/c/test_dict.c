/* test_dict.c - unit tests of the dict (dictobject.c, dictviews.c):
 * insertion, deletion and resizing, ordering, collisions, size
 * accounting against CPython 3.11's sys.getsizeof, free lists, GC
 * tracking, reference counts, and the instance-attribute (managed dict)
 * API.  Sizes quoted below were printed by python3 (3.11.7). */
#include "containers_stubs.h"

#include "objects/dict_internal.h"
#include "objects/dictobject.h"
#include "objects/listobject.h"
#include "objects/tupleobject.h"

static rp_ssize_t getsizeof(RpObject *d) { return rp_dict_sizeof(d) + GC_HEAD; }

/* A key type whose hash the test chooses: collisions on demand. */
typedef struct {
    RP_OBJECT_HEAD;
    long id;
    rp_hash_t hash;
} CKey;
static int ckey_eq_calls;
static rp_hash_t ckey_hash(RpObject *o) { return ((CKey *)o)->hash; }
static RpObject *ckey_richcompare(RpObject *a, RpObject *b, int op)
{
    if (a->ob_type != b->ob_type || (op != RP_EQ && op != RP_NE)) {
        return rp_notimplemented_new();
    }
    ckey_eq_calls++;
    int eq = ((CKey *)a)->id == ((CKey *)b)->id;
    return rp_newref((op == RP_EQ) == eq ? rp_True : rp_False);
}
static void ckey_dealloc(RpObject *o) { rp_object_free(o); }
static RpTypeObject CKey_Type = {
    .tp_name = "ckey",
    .tp_basicsize = sizeof(CKey),
    .tp_dealloc = ckey_dealloc,
    .tp_hash = ckey_hash,
    .tp_richcompare = ckey_richcompare,
    .tp_free = rp_object_free,
};
static RpObject *ckey(long id, rp_hash_t hash)
{
    CKey *k = (CKey *)rp_object_alloc(&CKey_Type);
    k->id = id;
    k->hash = hash;
    return (RpObject *)k;
}

/* A GC type, to watch tracking. */
static void gcobj_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_object_free(o);
}
static int gcobj_traverse(RpObject *o, rp_visitproc v, void *a) { (void)o; (void)v; (void)a; return 0; }
static RpTypeObject GcObj_Type = {
    .tp_name = "gcobj",
    .tp_basicsize = sizeof(RpObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = gcobj_dealloc,
    .tp_traverse = gcobj_traverse,
    .tp_free = rp_object_free,
};

static void set_int(RpObject *d, long k, long v)
{
    RpObject *key = I(k), *val = I(v);
    CHECK(rp_dict_set(d, key, val) == 0);
    rp_decref(key);
    rp_decref(val);
}

static long get_int(RpObject *d, long k)
{
    RpObject *key = I(k);
    RpObject *v = rp_dict_get_borrow(d, key);
    rp_decref(key);
    return v == NULL ? -999 : rp_int_as_long(v);
}

static void test_sizes(void)
{
    RpObject *d = rp_dict_new();
    CHECK_EQ(getsizeof(d), 64);
    /* python3: d = {}; for i in range(20): d[i] = i -> */
    static const int expect[20] = { 224, 224, 224, 224, 224, 352, 352, 352, 352, 352,
                                    632, 632, 632, 632, 632, 632, 632, 632, 632, 632 };
    for (int i = 0; i < 20; i++) {
        set_int(d, i, i);
        CHECK_EQ(getsizeof(d), expect[i]);
    }
    CHECK_EQ(rp_dict_size(d), 20);
    rp_decref(d);

    /* str keys: 184 184 184 184 184 272 272 272 272 272 464 ... */
    static const int sexpect[11] = { 184, 184, 184, 184, 184, 272, 272, 272, 272, 272, 464 };
    d = rp_dict_new();
    for (int i = 0; i < 11; i++) {
        char buf[8];
        snprintf(buf, sizeof buf, "%d", i);
        RpObject *k = S(buf), *v = I(i);
        CHECK(rp_dict_set(d, k, v) == 0);
        rp_decref(k);
        rp_decref(v);
        CHECK_EQ(getsizeof(d), sexpect[i]);
    }
    /* a non-str key turns the table general: 24-byte entries */
    set_int(d, 1000, 1);
    /* 3.11 resizes for 3 * 11 = 33 slots (python3: 1168) */
    CHECK_EQ(getsizeof(d), 1168);
    rp_decref(d);

    /* x = {1..9}; copy keeps the table; after 4 deletions 352 stays and
       copy() compacts to 224 (python3) */
    d = rp_dict_new();
    for (int i = 1; i <= 9; i++) {
        set_int(d, i, i);
    }
    RpObject *c = rp_dict_copy(d);
    CHECK_EQ(getsizeof(c), 352);
    rp_decref(c);
    for (int i = 1; i <= 4; i++) {
        RpObject *k = I(i);
        CHECK(rp_dict_del(d, k) == 0);
        rp_decref(k);
    }
    CHECK_EQ(getsizeof(d), 352);
    c = rp_dict_copy(d);
    CHECK_EQ(getsizeof(c), 224);
    CHECK_EQ(rp_dict_size(c), 5);
    CHECK_EQ(get_int(c, 9), 9);
    rp_decref(c);
    rp_decref(d);

    /* e = {}; e[1] = 1; del e[1] -> 224; e.clear() -> 64 */
    d = rp_dict_new();
    set_int(d, 1, 1);
    RpObject *k = I(1);
    rp_dict_del(d, k);
    rp_decref(k);
    CHECK_EQ(getsizeof(d), 224);
    rp_dict_clear(d);
    CHECK_EQ(getsizeof(d), 64);
    rp_decref(d);

    /* presized: {'a':1,...,'f':6} display -> 272; 5 or fewer -> plain */
    RpObject *keys[6], *vals[6];
    for (int i = 0; i < 6; i++) {
        char buf[2] = { (char)('a' + i), 0 };
        keys[i] = S(buf);
        vals[i] = I(i);
    }
    d = rp_dict_from_items(keys, 1, vals, 1, 6);
    CHECK_EQ(getsizeof(d), 272);
    rp_decref(d);
    d = rp_dict_from_items(keys, 1, vals, 1, 2);
    CHECK_EQ(getsizeof(d), 184);
    rp_decref(d);
    for (int i = 0; i < 6; i++) {
        rp_decref(keys[i]);
        rp_decref(vals[i]);
    }
}

static void test_order_and_delete(void)
{
    RpObject *d = rp_dict_new();
    long order[] = { 5, 3, 9, 1, 7, 2, 8 };
    for (int i = 0; i < 7; i++) {
        set_int(d, order[i], i);
    }
    /* delete 3 and 1, reinsert 3: it goes to the end */
    RpObject *k3 = I(3), *k1 = I(1);
    CHECK(rp_dict_del(d, k3) == 0);
    CHECK(rp_dict_del(d, k1) == 0);
    CHECK(rp_dict_del(d, k1) == -1 && rp_err_matches(&RpExc_KeyError));
    rp_err_clear();
    set_int(d, 3, 100);
    long want[] = { 5, 9, 7, 2, 8, 3 };
    rp_ssize_t pos = 0;
    RpObject *key, *value;
    int n = 0;
    while (rp_dict_next(d, &pos, &key, &value)) {
        CHECK(n < 6 && rp_int_as_long(key) == want[n]);
        n++;
    }
    CHECK_EQ(n, 6);
    /* replacing a value keeps the position */
    set_int(d, 5, 55);
    pos = 0;
    CHECK(rp_dict_next(d, &pos, &key, &value) && rp_int_as_long(key) == 5 &&
          rp_int_as_long(value) == 55);
    /* popitem is LIFO */
    RpObject *popitem = NULL;
    {
        rp_ssize_t p = 0;
        RpObject *lastk = NULL;
        while (rp_dict_next(d, &p, &key, NULL)) {
            lastk = key;
        }
        CHECK(rp_int_as_long(lastk) == 3);
    }
    (void)popitem;
    RpObject *v = rp_dict_pop(d, k3);
    CHECK(v != NULL && rp_int_as_long(v) == 100);
    rp_decref(v);
    CHECK(rp_dict_pop(d, k3) == NULL && !rp_err_occurred());
    RpObject *dflt = I(42);
    v = rp_dict_pop_default(d, k3, dflt);
    CHECK(v == dflt);
    rp_decref(v);
    rp_decref(dflt);
    v = rp_dict_setdefault_borrow(d, k1, rp_None);
    CHECK(v == rp_None);
    CHECK_EQ(rp_dict_contains(d, k1), 1);
    rp_decref(k3);
    rp_decref(k1);
    rp_decref(d);
}

static void test_collisions(void)
{
    RpObject *d = rp_dict_new();
    RpObject *keys[60];
    for (int i = 0; i < 60; i++) {
        keys[i] = ckey(i, 12345);   /* all collide */
        RpObject *v = I(i);
        CHECK(rp_dict_set(d, keys[i], v) == 0);
        rp_decref(v);
    }
    CHECK_EQ(rp_dict_size(d), 60);
    for (int i = 0; i < 60; i++) {
        RpObject *probe = ckey(i, 12345);   /* equal, not identical */
        RpObject *v = rp_dict_get_borrow(d, probe);
        CHECK(v != NULL && rp_int_as_long(v) == i);
        rp_decref(probe);
    }
    for (int i = 0; i < 60; i += 2) {
        CHECK(rp_dict_del(d, keys[i]) == 0);
    }
    CHECK_EQ(rp_dict_size(d), 30);
    for (int i = 0; i < 60; i++) {
        RpObject *v = rp_dict_get_borrow(d, keys[i]);
        CHECK((i % 2 == 0) ? v == NULL : (v != NULL && rp_int_as_long(v) == i));
    }
    /* identity is checked before __eq__ */
    ckey_eq_calls = 0;
    CHECK(rp_dict_get_borrow(d, keys[59]) != NULL);
    /* the keys with an odd id before it in the probe chain are compared */
    CHECK(ckey_eq_calls <= 30);
    /* hashes differing only in high bits: perturbation finds them */
    RpObject *d2 = rp_dict_new();
    for (int i = 0; i < 100; i++) {
        RpObject *k = ckey(1000 + i, (rp_hash_t)i << 40);
        RpObject *v = I(i);
        CHECK(rp_dict_set(d2, k, v) == 0);
        rp_decref(k);
        rp_decref(v);
    }
    for (int i = 0; i < 100; i++) {
        RpObject *k = ckey(1000 + i, (rp_hash_t)i << 40);
        RpObject *v = rp_dict_get_borrow(d2, k);
        CHECK(v != NULL && rp_int_as_long(v) == i);
        rp_decref(k);
    }
    rp_decref(d2);
    for (int i = 0; i < 60; i++) {
        rp_decref(keys[i]);
    }
    rp_decref(d);
}

static void test_refcounts_and_version(void)
{
    RpObject *d = rp_dict_new();
    RpObject *k = ckey(1, 1), *v = ckey(2, 2);
    uint64_t v0 = rp_dict_version(d);
    CHECK(rp_dict_set(d, k, v) == 0);
    CHECK_EQ(rp_refcnt(k), 2);
    CHECK_EQ(rp_refcnt(v), 2);
    uint64_t v1 = rp_dict_version(d);
    CHECK(v1 != v0);
    CHECK(rp_dict_get_borrow(d, k) == v);
    CHECK(rp_dict_version(d) == v1);   /* a lookup changes nothing */
    CHECK(rp_dict_set(d, k, v) == 0);  /* same value: no change */
    CHECK(rp_dict_version(d) == v1);
    RpObject *v2 = ckey(3, 3);
    CHECK(rp_dict_set(d, k, v2) == 0);
    CHECK(rp_dict_version(d) != v1);
    CHECK_EQ(rp_refcnt(v), 1);
    CHECK_EQ(rp_refcnt(k), 2);
    rp_dict_clear(d);
    CHECK_EQ(rp_refcnt(k), 1);
    CHECK_EQ(rp_refcnt(v2), 1);
    rp_decref(k);
    rp_decref(v);
    rp_decref(v2);
    rp_decref(d);
}

static void test_freelist_and_tracking(void)
{
    RpObject *d = rp_dict_new();
    RpObject *addr = d;
    rp_decref(d);
    d = rp_dict_new();
    CHECK(d == addr);   /* LIFO reuse: id({}) == id({}) */
    CHECK(!rp_gc_is_tracked(d));
    set_int(d, 1, 2);
    CHECK(!rp_gc_is_tracked(d));   /* atoms only */
    RpObject *g = rp_object_alloc(&GcObj_Type);
    rp_gc_track(g);
    RpObject *k = I(5);
    CHECK(rp_dict_set(d, k, g) == 0);
    CHECK(rp_gc_is_tracked(d));
    /* replaced by an atom: a full collection's pass untracks it */
    CHECK(rp_dict_set(d, k, k) == 0);
    rp_dict_maybe_untrack(d);
    CHECK(!rp_gc_is_tracked(d));
    /* an untracked tuple does not make the dict tracked */
    RpObject *t = rp_tuple_pack(2, k, k);
    rp_tuple_maybe_untrack(t);
    CHECK(!rp_gc_is_tracked(t));
    CHECK(rp_dict_set(d, t, t) == 0);
    CHECK(!rp_gc_is_tracked(d));
    rp_decref(t);
    rp_decref(k);
    rp_decref(g);
    rp_decref(d);
}

static void test_merge_and_views(void)
{
    RpObject *a = rp_dict_new();
    for (int i = 0; i < 3; i++) {
        set_int(a, i, i * 10);
    }
    RpObject *b = rp_dict_new();
    CHECK(rp_dict_update(b, a) == 0);      /* clean small table: cloned */
    CHECK_EQ(getsizeof(b), 224);
    CHECK_EQ(get_int(b, 2), 20);
    set_int(b, 7, 70);
    RpObject *c = rp_dict_copy(a);
    CHECK(rp_dict_merge(c, b, 0) == 0);    /* keeps existing */
    CHECK_EQ(rp_dict_size(c), 4);
    CHECK_EQ(get_int(c, 7), 70);
    CHECK(rp_dict_merge(c, b, 2) == -1 && rp_err_matches(&RpExc_KeyError));
    rp_err_clear();
    RpObject *items = rp_dict_items_list(c);
    CHECK_EQ(rp_list_len(items), 4);
    RpObject *first = rp_list_get_borrow(items, 0);
    CHECK(rp_tuple_len(first) == 2 && rp_int_as_long(rp_tuple_get_borrow(first, 1)) == 0);
    rp_decref(items);

    /* iterators: size change is an error, and sticky */
    RpObject *it = rp_object_get_iter(c);
    RpObject *x = rp_iter_next(it);
    CHECK(x != NULL && rp_int_as_long(x) == 0);
    rp_decref(x);
    set_int(c, 99, 1);
    CHECK(rp_iter_next(it) == NULL && rp_err_matches(&RpExc_RuntimeError));
    rp_err_clear();
    CHECK(rp_iter_next(it) == NULL && rp_err_matches(&RpExc_RuntimeError));
    rp_err_clear();
    rp_decref(it);

    /* items iterator reuses its result tuple when the caller dropped it */
    RpObject *view = rp_dict_items_view_new(c, NULL);
    it = rp_object_get_iter(view);
    RpObject *p1 = rp_iter_next(it);
    RpObject *addr = p1;
    rp_decref(p1);
    RpObject *p2 = rp_iter_next(it);
    CHECK(p2 == addr);
    RpObject *p3 = rp_iter_next(it);   /* p2 still held: a new tuple */
    CHECK(p3 != p2);
    rp_decref(p2);
    rp_decref(p3);
    rp_decref(it);
    rp_decref(view);

    /* merging a dict into an empty one presizes (3.11's DK_SIZE of the
       empty table is 1): 2 general entries -> 16 slots */
    RpObject *e = rp_dict_new();
    RpObject *src = rp_dict_new();
    set_int(src, 1, 1);
    set_int(src, 2, 2);
    set_int(src, 3, 3);
    RpObject *k1 = I(1);
    rp_dict_del(src, k1);   /* not clean any more: no clone */
    rp_decref(k1);
    CHECK(rp_dict_update(e, src) == 0);
    CHECK_EQ(getsizeof(e), 48 + 16 + 32 + 16 + 10 * 24);
    rp_decref(e);
    rp_decref(src);
    rp_decref(a);
    rp_decref(b);
    rp_decref(c);
}

/* The instance attribute API, with python3's numbers:
 *   class C: pass
 *   c = C(); c.a = 1; c.b = 2; sys.getsizeof(c.__dict__) -> 296
 *   c2 = C(); c2.x = 1; sys.getsizeof(c2.__dict__) -> 288
 *   then each new instance with one attribute: 280 272 264 256 248 */
static void test_managed_dict(void)
{
    RpDictKeys *keys = rp_dictkeys_new_shared();
    RpObject *a = S("a"), *b = S("b"), *x = S("x");
    RpObject *one = I(1), *two = I(2);

    RpDictValues *cv = rp_dictvalues_new(keys);
    RpObject *cdict = NULL;
    CHECK(rp_dictvalues_store(keys, &cv, &cdict, a, one) == 0);
    CHECK(rp_dictvalues_store(keys, &cv, &cdict, b, two) == 0);
    CHECK(cdict == NULL);
    CHECK(rp_dictvalues_get_borrow(keys, cv, a) == one);
    CHECK(rp_dictvalues_get_borrow(keys, cv, x) == NULL);
    CHECK_EQ(rp_dictkeys_lookup_str(keys, b), 1);
    uint32_t ver = rp_dictkeys_get_version(keys);
    CHECK(ver != 0 && rp_dictkeys_get_version(keys) == ver);
    /* deleting an unset attribute: 1, no exception */
    CHECK(rp_dictvalues_store(keys, &cv, &cdict, x, NULL) == 1 && !rp_err_occurred());
    CHECK(rp_dictkeys_get_version(keys) != ver);   /* x was added to the keys */

    RpObject *d = rp_dict_materialize(keys, &cv, &cdict);
    CHECK(d == cdict && cv == NULL);
    CHECK_EQ(getsizeof(d), 296);
    CHECK(!rp_gc_is_tracked(d));   /* atoms only */
    rp_decref(d);
    RP_CLEAR(cdict);   /* the instance dies */

    RpDictValues *c2v = rp_dictvalues_new(keys);
    RpObject *c2dict = NULL;
    /* set b then a: the instance's own order */
    CHECK(rp_dictvalues_store(keys, &c2v, &c2dict, b, two) == 0);
    CHECK(rp_dictvalues_store(keys, &c2v, &c2dict, a, one) == 0);
    d = rp_dict_materialize(keys, &c2v, &c2dict);
    CHECK_EQ(getsizeof(d), 288);
    rp_ssize_t pos = 0;
    RpObject *k, *v;
    CHECK(rp_dict_next(d, &pos, &k, &v) && k == b);
    CHECK(rp_dict_next(d, &pos, &k, &v) && k == a);
    CHECK(!rp_dict_next(d, &pos, &k, &v));
    /* copies of split dicts keep sharing: same size */
    RpObject *cp = rp_dict_copy(d);
    CHECK_EQ(getsizeof(cp), 288);
    rp_decref(cp);
    /* a str key already known goes to the values; a new one is added to
       the shared keys too */
    CHECK(rp_dict_set(d, x, one) == 0);
    CHECK_EQ(rp_dict_size(d), 3);
    CHECK(((RpDictObject *)d)->ma_values != NULL);
    /* a non-str key makes it an ordinary dict */
    CHECK(rp_dict_set(d, one, one) == 0);
    CHECK(((RpDictObject *)d)->ma_values == NULL);
    pos = 0;
    CHECK(rp_dict_next(d, &pos, &k, &v) && k == b);
    rp_decref(d);
    rp_decref(c2dict);

    static const int expect[5] = { 280, 272, 264, 256, 248 };
    for (int i = 0; i < 5; i++) {
        RpDictValues *ov = rp_dictvalues_new(keys);
        RpObject *odict = NULL;
        CHECK(rp_dictvalues_store(keys, &ov, &odict, a, one) == 0);
        RpObject *od = rp_dict_materialize(keys, &ov, &odict);
        CHECK_EQ(getsizeof(od), expect[i]);
        rp_decref(od);
        rp_decref(odict);
    }

    /* values hold references; free releases them */
    RpDictValues *fv = rp_dictvalues_new(keys);
    RpObject *fdict = NULL;
    RpObject *g = rp_object_alloc(&GcObj_Type);
    rp_gc_track(g);
    CHECK(rp_dictvalues_store(keys, &fv, &fdict, a, g) == 0);
    CHECK_EQ(rp_refcnt(g), 2);
    CHECK(!rp_dictvalues_is_empty(keys, fv));
    /* a materialised dict holding a GC object is tracked */
    RpObject *gd = rp_dict_materialize(keys, &fv, &fdict);
    CHECK(rp_gc_is_tracked(gd));
    rp_decref(gd);
    rp_decref(fdict);
    CHECK_EQ(rp_refcnt(g), 1);
    RpDictValues *hv = rp_dictvalues_new(keys);
    RpObject *hdict = NULL;
    CHECK(rp_dictvalues_store(keys, &hv, &hdict, b, g) == 0);
    rp_dictvalues_free(keys, hv);
    CHECK_EQ(rp_refcnt(g), 1);
    rp_decref(g);

    /* more than 30 names: the instance gets a real dict */
    RpDictValues *mv = rp_dictvalues_new(keys);
    RpObject *mdict = NULL;
    for (int i = 0; i < 40; i++) {
        char buf[8];
        snprintf(buf, sizeof buf, "n%d", i);
        RpObject *name = S(buf);
        CHECK(rp_dictvalues_store(keys, &mv, &mdict, name, one) == 0);
        rp_decref(name);
    }
    CHECK(mv == NULL && mdict != NULL && rp_dict_size(mdict) == 40);
    rp_decref(mdict);

    rp_decref(a);
    rp_decref(b);
    rp_decref(x);
    rp_decref(one);
    rp_decref(two);
    rp_dictkeys_decref(keys);
}

static void leak_count(RpObject *o, void *arg) { (void)o; (*(int *)arg)++; }
static void leak_print(RpObject *o, void *arg)
{
    (void)arg;
    printf("  live: %s refcnt %ld\n", o->ob_type->tp_name, (long)o->ob_refcnt);
}

int main(void)
{
    stub_init();
    int before = 0, after = 0;
    rp_object_walk_live(leak_count, &before);
    test_sizes();
    test_order_and_delete();
    test_collisions();
    test_refcounts_and_version();
    test_freelist_and_tracking();
    test_merge_and_views();
    test_managed_dict();
    CHECK(!rp_err_occurred());
    rp_object_walk_live(leak_count, &after);
    CHECK_EQ(after, before);
    if (after != before) {
        rp_object_walk_live(leak_print, NULL);
    }
    printf("%s test_dict: %d checks, %d failed\n", stub_failures ? "FAIL" : "ok", stub_checks,
           stub_failures);
    return stub_failures != 0;
}
