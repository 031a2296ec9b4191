/* test_containers.c - unit tests of list, tuple, set, range, slice and
 * the iterators, on the stub runtime of containers_stubs.h.  Expected
 * numbers (sizes, hashes, orders) were printed by python3 (3.11.7). */
#include "containers_stubs.h"

#include "objects/dict_internal.h"
#include "objects/dictobject.h"
#include "objects/enumobject.h"
#include "objects/iterobject.h"
#include "objects/listobject.h"
#include "objects/rangeobject.h"
#include "objects/setobject.h"
#include "objects/sliceobject.h"
#include "objects/tupleobject.h"

static rp_ssize_t list_getsizeof(RpObject *l)
{
    return 40 + ((RpListObject *)l)->allocated * 8 + GC_HEAD;
}

/* ---- helpers ---- */

/* "[a, b, c]" of the ints an iterable yields */
static void ints_of(RpObject *iterable, char *buf, size_t size)
{
    RpObject *it = rp_object_get_iter(iterable);
    size_t n = 0;
    buf[0] = 0;
    RpObject *x;
    while ((x = rp_iter_next(it)) != NULL) {
        n += (size_t)snprintf(buf + n, size - n, n ? ",%ld" : "%ld", rp_int_as_long(x));
        rp_decref(x);
    }
    rp_decref(it);
}
#define CHECK_INTS(iterable, text)                                   \
    do {                                                             \
        char buf_[2048];                                             \
        ints_of((iterable), buf_, sizeof buf_);                      \
        stub_checks++;                                               \
        if (strcmp(buf_, (text)) != 0) {                             \
            stub_failures++;                                         \
            printf("FAIL %s:%d: got [%s], expected [%s]\n", __FILE__, __LINE__, buf_, (text)); \
        }                                                            \
    } while (0)

static RpObject *range_list(long lo, long hi)
{
    RpObject *l = rp_list_new(0);
    for (long i = lo; i < hi; i++) {
        RpObject *v = I(i);
        rp_list_append(l, v);
        rp_decref(v);
    }
    return l;
}

/* An object that records the order of deallocations (__del__ order). */
typedef struct {
    RP_OBJECT_HEAD;
    int id;
} Tracer;
static char dealloc_log[256];
static void tracer_dealloc(RpObject *o)
{
    size_t n = strlen(dealloc_log);
    snprintf(dealloc_log + n, sizeof dealloc_log - n, "%d", ((Tracer *)o)->id);
    rp_object_free(o);
}
static RpTypeObject Tracer_Type = {
    .tp_name = "tracer",
    .tp_basicsize = sizeof(Tracer),
    .tp_dealloc = tracer_dealloc,
    .tp_free = rp_object_free,
};
static RpObject *tracer(int id)
{
    Tracer *t = (Tracer *)rp_object_alloc(&Tracer_Type);
    t->id = id;
    return (RpObject *)t;
}

/* A callable: key=lambda x: -x, and for map */
static RpObject *negate_call(RpObject *c, RpObject *const *args, size_t nargs, RpObject *kw)
{
    (void)c;
    (void)kw;
    (void)nargs;
    return I(-rp_int_as_long(args[0]));
}
static RpTypeObject Negate_Type = {
    .tp_name = "negate",
    .tp_basicsize = sizeof(RpObject),
    .tp_call = negate_call,
};
static RpObject negate_obj = { 1 << 30, &Negate_Type };

/* ---- lists ---- */

static void test_list_growth(void)
{
    /* python3: l = []; for i in range(30): l.append(i); sizes */
    static const int expect[20] = { 88, 88, 88, 88, 120, 120, 120, 120, 184, 184,
                                    184, 184, 184, 184, 184, 184, 248, 248, 248, 248 };
    RpObject *l = rp_list_new(0);
    CHECK_EQ(list_getsizeof(l), 56);
    for (int i = 0; i < 30; i++) {
        RpObject *v = I(i);
        rp_list_append(l, v);
        rp_decref(v);
        if (i < 20) {
            CHECK_EQ(list_getsizeof(l), expect[i]);
        }
    }
    CHECK_EQ(list_getsizeof(l), 312);
    rp_decref(l);

    /* [1,2,3] (extend of a const tuple on an empty list) -> 88;
       [1,2,3].extend(range(10)) -> 184; [].extend(range(10)) -> 136 */
    RpObject *t = rp_tuple_pack(3, rp_small_int_borrow(1), rp_small_int_borrow(2),
                                rp_small_int_borrow(3));
    l = rp_list_new(0);
    rp_list_extend(l, t);
    CHECK_EQ(list_getsizeof(l), 88);
    RpObject *r10 = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(10),
                                 rp_small_int_borrow(1));
    rp_list_extend(l, r10);
    CHECK_EQ(list_getsizeof(l), 184);
    CHECK_EQ(rp_list_len(l), 13);
    rp_decref(l);
    l = rp_list_new(0);
    rp_list_extend(l, r10);
    CHECK_EQ(list_getsizeof(l), 136);
    /* l[:] and copy are exact; l * 2 exact */
    RpObject *s = rp_list_slice(l, 0, rp_list_len(l));
    CHECK_EQ(list_getsizeof(s), 136);
    rp_decref(s);
    RpObject *rep = RpList_Type.sq_repeat(l, 2);
    CHECK_EQ(list_getsizeof(rep), 56 + 160);
    rp_decref(rep);
    /* list(range(100)); del l[50:] keeps 856; pop -> 536 */
    rp_decref(l);
    RpObject *r100 = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(100),
                                  rp_small_int_borrow(1));
    l = rp_list_new(0);
    rp_list_extend(l, r100);
    CHECK_EQ(list_getsizeof(l), 856);
    CHECK(rp_list_set_slice(l, 50, 100, NULL) == 0);
    CHECK_EQ(list_getsizeof(l), 856);
    RpObject *popped = NULL;
    {
        RpObject *pop = rp_list_items(l)[49];
        rp_incref(pop);
        CHECK(rp_list_set_slice(l, 49, 50, NULL) == 0);
        popped = pop;
    }
    CHECK_EQ(list_getsizeof(l), 536);
    rp_decref(popped);
    rp_decref(l);
    /* insert into list(range(10)) -> 184 */
    l = rp_list_new(0);
    rp_list_extend(l, r10);
    CHECK(rp_list_insert(l, 0, rp_small_int_borrow(7)) == 0);
    CHECK_EQ(list_getsizeof(l), 184);
    CHECK_INTS(l, "7,0,1,2,3,4,5,6,7,8,9");
    rp_decref(l);
    /* l *= 3 from [1,2,3] -> 184 */
    l = rp_list_new(0);
    rp_list_extend(l, t);
    RpObject *same = RpList_Type.sq_inplace_repeat(l, 3);
    CHECK(same == l);
    rp_decref(same);
    CHECK_EQ(list_getsizeof(l), 184);
    CHECK_INTS(l, "1,2,3,1,2,3,1,2,3");
    rp_decref(l);
    rp_decref(t);
    rp_decref(r10);
    rp_decref(r100);
}

static void test_list_slices(void)
{
    RpObject *l = range_list(0, 8);
    /* l[::2] = 'abcd' (here: 4 ints) then del l[::2] */
    RpObject *four = range_list(100, 104);
    RpObject *sl = rp_slice_new(NULL, NULL, rp_small_int_borrow(2));
    CHECK(RpList_Type.mp_ass_subscript(l, sl, four) == 0);
    CHECK_INTS(l, "100,1,101,3,102,5,103,7");
    CHECK(RpList_Type.mp_ass_subscript(l, sl, NULL) == 0);
    CHECK_INTS(l, "1,3,5,7");
    CHECK_EQ(list_getsizeof(l), 120);
    /* size mismatch */
    RpObject *three = range_list(0, 3);
    CHECK(RpList_Type.mp_ass_subscript(l, sl, three) == -1 && rp_err_matches(&RpExc_ValueError));
    CHECK(strcmp(stub_err_msg, "attempt to assign sequence of size 3 to extended slice of size 2") == 0);
    rp_err_clear();
    rp_decref(sl);
    rp_decref(l);
    /* del l[::-3] on range(8) -> [0,2,3,5,6] */
    l = range_list(0, 8);
    sl = rp_slice_new(NULL, NULL, rp_small_int_borrow(-3));
    CHECK(RpList_Type.mp_ass_subscript(l, sl, NULL) == 0);
    CHECK_INTS(l, "0,2,3,5,6");
    RpObject *rev = RpList_Type.mp_subscript(l, sl);
    CHECK_INTS(rev, "6,2");
    rp_decref(rev);
    rp_decref(sl);
    /* l[1:1] = [...] inserts */
    CHECK(rp_list_set_slice(l, 1, 1, three) == 0);
    CHECK_INTS(l, "0,0,1,2,2,3,5,6");
    /* a[i:j] = a */
    CHECK(rp_list_set_slice(l, 0, 2, l) == 0);
    CHECK_INTS(l, "0,0,1,2,2,3,5,6,1,2,2,3,5,6");
    rp_decref(three);
    rp_decref(four);
    rp_decref(l);
    /* index errors */
    l = range_list(0, 2);
    RpObject *k = I(5);
    CHECK(RpList_Type.mp_subscript(l, k) == NULL && rp_err_matches(&RpExc_IndexError));
    CHECK(strcmp(stub_err_msg, "list index out of range") == 0);
    rp_err_clear();
    CHECK(RpList_Type.mp_ass_subscript(l, k, k) == -1);
    CHECK(strcmp(stub_err_msg, "list assignment index out of range") == 0);
    rp_err_clear();
    RpObject *m1 = I(-1);
    RpObject *last = RpList_Type.mp_subscript(l, m1);
    CHECK(rp_int_as_long(last) == 1);
    rp_decref(last);
    rp_decref(m1);
    rp_decref(k);
    rp_decref(l);
}

static void test_list_sort(void)
{
    /* a permutation with runs, plus duplicates, plus a descending run */
    RpObject *l = rp_list_new(0);
    long vals[] = { 5, 3, 9, 1, 1, 7, 2, 8, 6, 4, 0, 3, 12, 11, 10, 9, 8, 7, 6, 5 };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        RpObject *v = I(vals[i]);
        rp_list_append(l, v);
        rp_decref(v);
    }
    CHECK(rp_list_sort(l) == 0);
    CHECK_INTS(l, "0,1,1,2,3,3,4,5,5,6,6,7,7,8,8,9,9,10,11,12");
    CHECK(rp_list_sort_ex(l, NULL, 1) == 0);
    CHECK_INTS(l, "12,11,10,9,9,8,8,7,7,6,6,5,5,4,3,3,2,1,1,0");
    rp_decref(l);
    /* big: 1000 pseudo-random values, checked sorted, and stable by key */
    l = rp_list_new(0);
    unsigned x = 12345;
    for (int i = 0; i < 1000; i++) {
        x = x * 1103515245u + 12345u;
        RpObject *v = I((long)((x >> 8) % 500));
        rp_list_append(l, v);
        rp_decref(v);
    }
    CHECK(rp_list_sort(l) == 0);
    int sorted = 1;
    for (int i = 1; i < 1000; i++) {
        if (rp_int_as_long(rp_list_get_borrow(l, i - 1)) > rp_int_as_long(rp_list_get_borrow(l, i))) {
            sorted = 0;
        }
    }
    CHECK(sorted);
    /* key=negate: descending; equal keys keep their order (stability) */
    CHECK(rp_list_sort_ex(l, &negate_obj, 0) == 0);
    sorted = 1;
    for (int i = 1; i < 1000; i++) {
        if (rp_int_as_long(rp_list_get_borrow(l, i - 1)) < rp_int_as_long(rp_list_get_borrow(l, i))) {
            sorted = 0;
        }
    }
    CHECK(sorted);
    rp_decref(l);
    /* stability with tuples keyed on the first item */
    l = rp_list_new(0);
    for (int i = 0; i < 300; i++) {
        RpObject *t = rp_tuple_pack(2, rp_small_int_borrow(i % 7), rp_small_int_borrow(i % 250));
        rp_list_append(l, t);
        rp_decref(t);
    }
    CHECK(rp_list_sort(l) == 0);
    int ok = 1;
    for (int i = 1; i < 300; i++) {
        RpObject *a = rp_list_get_borrow(l, i - 1), *b = rp_list_get_borrow(l, i);
        long a0 = rp_int_as_long(rp_tuple_get_borrow(a, 0)), b0 = rp_int_as_long(rp_tuple_get_borrow(b, 0));
        long a1 = rp_int_as_long(rp_tuple_get_borrow(a, 1)), b1 = rp_int_as_long(rp_tuple_get_borrow(b, 1));
        if (a0 > b0 || (a0 == b0 && a1 > b1)) {
            ok = 0;
        }
    }
    CHECK(ok);
    rp_decref(l);
    /* strs */
    l = rp_list_new(0);
    const char *words[] = { "pear", "apple", "fig", "banana", "apple", "cherry" };
    for (int i = 0; i < 6; i++) {
        RpObject *w = S(words[i]);
        rp_list_append(l, w);
        rp_decref(w);
    }
    CHECK(rp_list_sort(l) == 0);
    CHECK(rp_str_eq_cstr(rp_list_get_borrow(l, 0), "apple") &&
          rp_str_eq_cstr(rp_list_get_borrow(l, 5), "pear") &&
          rp_str_eq_cstr(rp_list_get_borrow(l, 2), "banana"));
    rp_decref(l);
}

static void test_dealloc_order(void)
{
    /* lists and tuples release their items last to first */
    RpObject *l = rp_list_new(0);
    for (int i = 1; i <= 4; i++) {
        RpObject *t = tracer(i);
        rp_list_append(l, t);
        rp_decref(t);
    }
    dealloc_log[0] = 0;
    rp_decref(l);
    CHECK(strcmp(dealloc_log, "4321") == 0);
    RpObject *tup = rp_tuple_new(3);
    for (int i = 0; i < 3; i++) {
        rp_tuple_set_steal(tup, i, tracer(i + 1));
    }
    dealloc_log[0] = 0;
    rp_decref(tup);
    CHECK(strcmp(dealloc_log, "321") == 0);
    /* dicts in entry order: key then value */
    RpObject *d = rp_dict_new();
    for (int i = 1; i <= 3; i++) {
        RpObject *k = I(i), *v = tracer(i);
        rp_dict_set(d, k, v);
        rp_decref(k);
        rp_decref(v);
    }
    dealloc_log[0] = 0;
    rp_decref(d);
    CHECK(strcmp(dealloc_log, "123") == 0);
    /* list.clear: emptied first, then items released last to first */
    l = rp_list_new(0);
    for (int i = 1; i <= 3; i++) {
        RpObject *t = tracer(i);
        rp_list_append(l, t);
        rp_decref(t);
    }
    dealloc_log[0] = 0;
    rp_list_clear(l);
    CHECK(strcmp(dealloc_log, "321") == 0);
    rp_decref(l);
    /* a list nested a million deep is freed without recursing in C */
    RpObject *deep = rp_list_new(0);
    for (int i = 0; i < 1000000; i++) {
        RpObject *outer = rp_list_new(0);
        rp_list_append_steal(outer, deep);
        deep = outer;
    }
    rp_decref(deep);
    CHECK(1);
}

/* ---- tuples ---- */

static void test_tuples(void)
{
    RpObject *e1 = rp_tuple_new(0), *e2 = rp_tuple_from_array(NULL, 0);
    CHECK(e1 == e2 && e1 == rp_tuple_empty_borrow());
    CHECK(!rp_gc_is_tracked(e1));
    rp_decref(e1);
    rp_decref(e2);
    /* per-length free lists, LIFO */
    RpObject *t = rp_tuple_pack(2, rp_small_int_borrow(1), rp_small_int_borrow(2));
    RpObject *addr = t;
    CHECK_EQ(rp_tuple_hash(t), -3550055125485641917LL);
    rp_decref(t);
    t = rp_tuple_pack(2, rp_small_int_borrow(3), rp_small_int_borrow(4));
    CHECK(t == addr);
    rp_decref(t);
    RpObject *t3 = rp_tuple_new(3);   /* another length: other list */
    CHECK(t3 != addr);
    for (int i = 0; i < 3; i++) {
        rp_tuple_set_steal(t3, i, I(i));
    }
    /* hashes as python3 */
    RpObject *empty = rp_tuple_new(0);
    CHECK_EQ(rp_tuple_hash(empty), 5740354900026072187LL);
    rp_decref(empty);
    RpObject *one = rp_tuple_pack(1, rp_small_int_borrow(1));
    CHECK_EQ(rp_tuple_hash(one), -6644214454873602895LL);
    RpObject *m1 = rp_tuple_pack(1, rp_small_int_borrow(-1));
    CHECK_EQ(rp_tuple_hash(m1), 8078679518589016365LL);
    RpObject *inner = rp_tuple_pack(2, rp_small_int_borrow(2), rp_small_int_borrow(3));
    RpObject *nested = rp_tuple_pack(2, rp_small_int_borrow(1), inner);
    CHECK_EQ(rp_tuple_hash(nested), 7267574591690527098LL);
    /* untracking: atoms only -> untracked; holding a tracked tuple -> not */
    RpObject *l = rp_list_new(0);
    RpObject *withlist = rp_tuple_pack(1, l);
    rp_tuple_maybe_untrack(withlist);
    CHECK(rp_gc_is_tracked(withlist));
    rp_tuple_maybe_untrack(nested);
    CHECK(rp_gc_is_tracked(nested));   /* inner is still tracked */
    rp_tuple_maybe_untrack(inner);
    rp_tuple_maybe_untrack(nested);
    CHECK(!rp_gc_is_tracked(nested));
    /* sharing: t[:] is t, t * 1 is t, t + () is t */
    RpObject *whole = rp_tuple_slice(t3, 0, 3);
    CHECK(whole == t3);
    rp_decref(whole);
    RpObject *times1 = RpTuple_Type.sq_repeat(t3, 1);
    CHECK(times1 == t3);
    rp_decref(times1);
    RpObject *e = rp_tuple_new(0);
    RpObject *plus = RpTuple_Type.sq_concat(t3, e);
    CHECK(plus == t3);
    rp_decref(plus);
    plus = RpTuple_Type.sq_concat(e, t3);
    CHECK(plus == t3);
    rp_decref(plus);
    RpObject *zero = RpTuple_Type.sq_repeat(t3, 0);
    CHECK(zero == e);
    rp_decref(zero);
    rp_decref(e);
    RpObject *cat = RpTuple_Type.sq_concat(t3, t3);
    CHECK_INTS(cat, "0,1,2,0,1,2");
    rp_decref(cat);
    CHECK(RpTuple_Type.sq_concat(t3, l) == NULL);
    CHECK(strcmp(stub_err_msg, "can only concatenate tuple (not \"list\") to tuple") == 0);
    rp_err_clear();
    /* tuple(iterable): from a list; from a range (resizing) */
    RpObject *fromlist = rp_tuple_from_iterable(l);
    CHECK(rp_tuple_len(fromlist) == 0);
    rp_decref(fromlist);
    RpObject *r = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(25), rp_small_int_borrow(1));
    RpObject *it = rp_object_get_iter(r);
    RpObject *fromit = rp_tuple_from_iterable(it);   /* no length hint */
    CHECK_EQ(rp_tuple_len(fromit), 25);
    CHECK_INTS(fromit, "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24");
    CHECK(rp_tuple_from_iterable(fromit) == fromit);
    rp_decref(fromit);
    rp_decref(fromit);
    rp_decref(it);
    rp_decref(r);
    rp_decref(withlist);
    rp_decref(l);
    rp_decref(nested);
    rp_decref(inner);
    rp_decref(one);
    rp_decref(m1);
    rp_decref(t3);
}

/* ---- sets ---- */

static RpObject *set_of(const long *v, int n)
{
    RpObject *s = rp_set_new(NULL);
    for (int i = 0; i < n; i++) {
        RpObject *x = I(v[i]);
        rp_set_add(s, x);
        rp_decref(x);
    }
    return s;
}

static void test_sets(void)
{
    long a[] = { 3, 1, 2 };
    RpObject *s = set_of(a, 3);
    CHECK_INTS(s, "1,2,3");
    CHECK_EQ(RpSet_Type.tp_basicsize + GC_HEAD, 216);
    rp_decref(s);
    long b[] = { -1, -2, 100, 7 };
    s = set_of(b, 4);
    CHECK_INTS(s, "100,7,-1,-2");   /* set([-1, -2, 100, 7]) */
    rp_decref(s);
    /* set(range(20)) - {5} */
    RpObject *r = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(20), rp_small_int_borrow(1));
    RpObject *s20 = rp_set_new(r);
    long five[] = { 5 };
    RpObject *s5 = set_of(five, 1);
    RpObject *diff = RpSet_Type.nb_subtract(s20, s5);
    CHECK_INTS(diff, "0,1,2,3,4,6,7,8,9,10,11,12,13,14,15,16,17,18,19");
    rp_decref(diff);
    rp_decref(s5);
    rp_decref(s20);
    rp_decref(r);
    /* {1,2,3} ^ {3,4,...,33,65} and {100,200,300} | {1..6} */
    long x1[] = { 1, 2, 3 }, x2[] = { 3, 4, 5, 6, 7, 8, 9, 10, 33, 65 };
    RpObject *sa = set_of(x1, 3), *sb = set_of(x2, 10);
    RpObject *sx = RpSet_Type.nb_xor(sa, sb);
    CHECK_INTS(sx, "33,65,4,5,6,7,8,9,10,1,2");
    rp_decref(sx);
    rp_decref(sa);
    rp_decref(sb);
    long y1[] = { 100, 200, 300 }, y2[] = { 1, 2, 3, 4, 5, 6 };
    sa = set_of(y1, 3);
    sb = set_of(y2, 6);
    RpObject *su = RpSet_Type.nb_or(sa, sb);
    CHECK_INTS(su, "1,2,3,100,4,5,6,200,300");
    rp_decref(su);
    rp_decref(sa);
    rp_decref(sb);
    long z[] = { 40, 8, 16, 32, 24, 72 };
    RpObject *l = rp_list_new(0);
    for (int i = 0; i < 6; i++) {
        RpObject *v = I(z[i]);
        rp_list_append(l, v);
        rp_decref(v);
    }
    s = rp_set_new(l);
    CHECK_INTS(s, "32,40,8,72,16,24");
    rp_decref(s);
    rp_decref(l);
    /* s = set(range(100)); s.difference_update(range(0,100,3)) */
    RpObject *r100 = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(100), rp_small_int_borrow(1));
    RpObject *r3 = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(100), rp_small_int_borrow(3));
    s = rp_set_new(r100);
    CHECK(rp_set_difference_update_internal(s, r3) == 0);
    CHECK_EQ(rp_set_len(s), 66);
    rp_decref(s);
    rp_decref(r100);
    rp_decref(r3);
    /* sizes grow as python3: 216 x4, 728 x14, then 2264 */
    s = rp_set_new(NULL);
    for (int i = 0; i < 40; i++) {
        RpObject *v = I(i);
        rp_set_add(s, v);
        rp_decref(v);
        RpSetObject *so = (RpSetObject *)s;
        rp_ssize_t size = 216 + (so->table != so->smalltable ? (so->mask + 1) * 16 : 0);
        CHECK_EQ(size, i < 4 ? 216 : i < 18 ? 728 : 2264);
    }
    /* pop / discard / contains */
    RpObject *k = I(39);
    CHECK_EQ(rp_set_contains(s, k), 1);
    CHECK_EQ(rp_set_discard(s, k), 1);
    CHECK_EQ(rp_set_discard(s, k), 0);
    CHECK_EQ(rp_set_contains(s, k), 0);
    rp_decref(k);
    RpObject *p = rp_set_pop(s);
    CHECK(p != NULL && rp_int_as_long(p) == 0);
    rp_decref(p);
    rp_set_clear(s);
    CHECK(rp_set_pop(s) == NULL && rp_err_matches(&RpExc_KeyError));
    rp_err_clear();
    rp_decref(s);
    /* frozenset hashes as python3 */
    RpObject *fe = rp_frozenset_new(NULL);
    CHECK_EQ(RpFrozenSet_Type.tp_hash(fe), 133146708735736LL);
    rp_decref(fe);
    RpObject *fs = rp_frozenset_new(NULL);
    for (int i = 1; i <= 3; i++) {
        RpObject *v = I(i);
        rp_set_add(fs, v);
        rp_decref(v);
    }
    CHECK_EQ(RpFrozenSet_Type.tp_hash(fs), -272375401224217160LL);
    rp_decref(fs);
    r100 = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(100), rp_small_int_borrow(1));
    fs = rp_frozenset_new(r100);
    CHECK_EQ(RpFrozenSet_Type.tp_hash(fs), 4411996150312757951LL);
    rp_decref(fs);
    rp_decref(r100);
}

/* ---- range, slice, iterators ---- */

static void test_range_slice_iter(void)
{
    RpObject *r = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(10), rp_small_int_borrow(2));
    CHECK_EQ(RpRange_Type.sq_length(r), 5);
    CHECK_INTS(r, "0,2,4,6,8");
    CHECK_EQ(RpRange_Type.tp_hash(r), -6143170332311272345LL);
    RpObject *four = I(4), *five = I(5);
    CHECK_EQ(RpRange_Type.sq_contains(r, four), 1);
    CHECK_EQ(RpRange_Type.sq_contains(r, five), 0);
    RpObject *sl = rp_slice_new(rp_small_int_borrow(1), NULL, rp_small_int_borrow(-1));
    RpObject *sub = RpRange_Type.mp_subscript(r, sl);
    CHECK_INTS(sub, "2,0");
    rp_decref(sub);
    rp_decref(sl);
    RpObject *rv = RpReversed_Type.tp_new(&RpReversed_Type, &r, 1, NULL);
    CHECK_INTS(rv, "8,6,4,2,0");
    rp_decref(rv);
    RpObject *r5 = rp_range_new(rp_small_int_borrow(0), rp_small_int_borrow(5), rp_small_int_borrow(1));
    CHECK_EQ(RpRange_Type.tp_hash(r5), 5795932985296280846LL);
    rp_decref(r5);
    rp_decref(four);
    rp_decref(five);
    rp_decref(r);
    /* slices */
    rp_ssize_t start, stop, step;
    sl = rp_slice_new(rp_small_int_borrow(-3), NULL, NULL);
    CHECK(rp_slice_unpack(sl, &start, &stop, &step) == 0);
    CHECK_EQ(rp_slice_adjust_indices(10, &start, &stop, step), 3);
    CHECK(start == 7 && stop == 10 && step == 1);
    RpObject *addr = sl;
    rp_decref(sl);
    sl = rp_slice_new(NULL, NULL, rp_small_int_borrow(0));
    CHECK(sl == addr);   /* the cached slice */
    CHECK(rp_slice_unpack(sl, &start, &stop, &step) == -1 && rp_err_matches(&RpExc_ValueError));
    rp_err_clear();
    rp_decref(sl);
    /* enumerate / zip / map reuse and results */
    RpObject *l = range_list(10, 13);
    RpObject *args[2] = { l, rp_small_int_borrow(5) };
    RpObject *en = RpEnum_Type.tp_new(&RpEnum_Type, args, 2, NULL);
    RpObject *p1 = rp_iter_next(en);
    CHECK(rp_int_as_long(rp_tuple_get_borrow(p1, 0)) == 5 && rp_int_as_long(rp_tuple_get_borrow(p1, 1)) == 10);
    RpObject *a1 = p1;
    rp_decref(p1);
    RpObject *p2 = rp_iter_next(en);
    CHECK(p2 == a1 && rp_int_as_long(rp_tuple_get_borrow(p2, 0)) == 6);
    rp_decref(p2);
    rp_decref(en);
    RpObject *zargs[2] = { l, l };
    RpObject *z = RpZip_Type.tp_new(&RpZip_Type, zargs, 2, NULL);
    RpObject *zp = rp_iter_next(z);
    CHECK(rp_tuple_len(zp) == 2 && rp_int_as_long(rp_tuple_get_borrow(zp, 1)) == 10);
    rp_decref(zp);
    rp_decref(z);
    RpObject *margs[2] = { &negate_obj, l };
    RpObject *m = RpMap_Type.tp_new(&RpMap_Type, margs, 2, NULL);
    CHECK_INTS(m, "-10,-11,-12");
    rp_decref(m);
    RpObject *rev = RpReversed_Type.tp_new(&RpReversed_Type, &l, 1, NULL);
    CHECK(rev != NULL);
    CHECK_INTS(rev, "12,11,10");
    rp_decref(rev);
    RpObject *si = rp_seqiter_new(l);
    CHECK_INTS(si, "10,11,12");
    rp_decref(si);
    rp_decref(l);
}

int main(void)
{
    stub_init();
    test_list_growth();
    test_list_slices();
    test_list_sort();
    test_dealloc_order();
    test_tuples();
    test_sets();
    test_range_slice_iter();
    CHECK(!rp_err_occurred());
    printf("%s test_containers: %d checks, %d failed\n", stub_failures ? "FAIL" : "ok",
           stub_checks, stub_failures);
    return stub_failures != 0;
}
