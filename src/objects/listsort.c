/* listsort.c - list.sort(): Tim Peters' timsort, as in CPython 3.11.
 *
 * Models the sort in CPython 3.11's Objects/listobject.c (see its
 * Objects/listsort.txt for the design): natural runs are found (strictly
 * descending ones reversed in place), short runs extended to `minrun` by
 * binary insertion, and runs merged with 3.11's "powersort" merge order,
 * galloping when one run keeps winning.  The sort is stable, and
 * performs the same comparisons in the same order as CPython (a __lt__
 * that prints shows the same trace).
 *
 * key=: the keys are computed first, once per item, and sorted in step
 * with the items.  reverse=True: the list is reversed, sorted, and
 * reversed again, which keeps equal items in their original order.
 * While sorting, the list looks empty to Python code; if that code
 * changes it, ValueError "list modified during sort" (and the changes
 * are lost, as in CPython).
 *
 * Comparisons use `<` only.  When all keys share a type the pre-sort
 * check picks a direct comparison (exact str, small exact int, float,
 * tuples) that gives the same answers as `<` without the generic
 * dispatch.
 */
#include "listobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "exceptions.h"
#include "floatobject.h"
#include "intobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"

#define MAX_MERGE_PENDING 85
#define MIN_GALLOP 7
#define MERGESTATE_TEMP_SIZE 256

/* Items to sort: keys, and values (the list items) when a key function
 * made the keys; values NULL otherwise (the keys are the items). */
typedef struct {
    RpObject **keys;
    RpObject **values;
} SortSlice;

struct RunSlice {
    SortSlice base;
    rp_ssize_t len;
    int power;
};

typedef struct MergeState MergeState;
typedef int (*KeyCompare)(RpObject *, RpObject *, MergeState *);

struct MergeState {
    rp_ssize_t min_gallop;
    rp_ssize_t listlen;
    RpObject **basekeys;
    SortSlice a;            /* temporary storage for merges */
    rp_ssize_t alloced;
    int n;                  /* runs pending */
    struct RunSlice pending[MAX_MERGE_PENDING];
    RpObject *temparray[MERGESTATE_TEMP_SIZE];
    KeyCompare key_compare;
    KeyCompare tuple_elem_compare;
};

/* ---- comparisons ---- */

static int safe_object_compare(RpObject *v, RpObject *w, MergeState *ms)
{
    (void)ms;
    return rp_object_richcompare_bool(v, w, RP_LT);
}

static int unsafe_str_compare(RpObject *v, RpObject *w, MergeState *ms)
{
    (void)ms;
    return rp_str_compare(v, w) < 0;
}

static int unsafe_long_compare(RpObject *v, RpObject *w, MergeState *ms)
{
    (void)ms;
    return rp_int_compact_value((RpLongObject *)v) < rp_int_compact_value((RpLongObject *)w);
}

/* exact ints of any size compared by sign-size and digits, no rich-compare
   dispatch (CPython's unsafe_object_compare calls long_richcompare
   directly); written out here, as int's comparison is not one of the few
   things the containers' unit tests link */
static int unsafe_int_compare(RpObject *v, RpObject *w, MergeState *ms)
{
    (void)ms;
    rp_ssize_t sv = RP_SIZE(v), sw = RP_SIZE(w);
    if (sv != sw) {
        return sv < sw;
    }
    const rp_digit *dv = ((RpLongObject *)v)->ob_digit, *dw = ((RpLongObject *)w)->ob_digit;
    rp_ssize_t i = sv < 0 ? -sv : sv;
    while (--i >= 0 && dv[i] == dw[i]) {
    }
    if (i < 0) {
        return 0;
    }
    return sv < 0 ? dv[i] > dw[i] : dv[i] < dw[i];
}

static int unsafe_float_compare(RpObject *v, RpObject *w, MergeState *ms)
{
    (void)ms;
    return rp_float_value(v) < rp_float_value(w);
}

static int unsafe_tuple_compare(RpObject *v, RpObject *w, MergeState *ms)
{
    rp_ssize_t vlen = rp_tuple_len(v), wlen = rp_tuple_len(w), i;
    RpObject **vi = rp_tuple_items(v), **wi = rp_tuple_items(w);
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = rp_object_richcompare_bool(vi[i], wi[i], RP_EQ);
        if (k < 0) {
            return -1;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vlen || i >= wlen) {
        return vlen < wlen;
    }
    if (i == 0) {
        return ms->tuple_elem_compare(vi[i], wi[i], ms);
    }
    return rp_object_richcompare_bool(vi[i], wi[i], RP_LT);
}

/* The pre-sort check: which comparison gives the answers of `<` for
 * these keys (all of one exact type?) */
static KeyCompare choose_compare(RpObject **keys, rp_ssize_t n, int for_tuple_elems)
{
    RpTypeObject *key_type = rp_type(keys[0]);
    int same_type = 1, ints_bounded = 1;
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *key = keys[i];
        if (for_tuple_elems) {
            key = rp_tuple_get_borrow(key, 0);
            if (i == 0) {
                key_type = rp_type(key);
            }
        }
        if (rp_type(key) != key_type) {
            same_type = 0;
            break;
        }
        if (key_type == &RpLong_Type && !rp_int_is_compact((RpLongObject *)key)) {
            ints_bounded = 0;
        }
    }
    if (!same_type) {
        return safe_object_compare;
    }
    if (key_type == &RpStr_Type) {
        return unsafe_str_compare;
    }
    if (key_type == &RpLong_Type) {
        return ints_bounded ? unsafe_long_compare : unsafe_int_compare;
    }
    if (key_type == &RpFloat_Type) {
        return unsafe_float_compare;
    }
    return safe_object_compare;
}

#define ISLT(X, Y) (ms->key_compare((X), (Y), ms))
/* IFLT(X, Y): if X < Y ... ; jumps to `fail` on error */
#define IFLT(X, Y)                   \
    if ((k = ISLT((X), (Y))) < 0) {  \
        goto fail;                   \
    }                                \
    if (k)

/* ---- slices of keys (and values) ---- */

static void sortslice_copy(SortSlice *s1, rp_ssize_t i, SortSlice *s2, rp_ssize_t j)
{
    s1->keys[i] = s2->keys[j];
    if (s1->values != NULL) {
        s1->values[i] = s2->values[j];
    }
}

static void sortslice_copy_incr(SortSlice *dst, SortSlice *src)
{
    *dst->keys++ = *src->keys++;
    if (dst->values != NULL) {
        *dst->values++ = *src->values++;
    }
}

static void sortslice_copy_decr(SortSlice *dst, SortSlice *src)
{
    *dst->keys-- = *src->keys--;
    if (dst->values != NULL) {
        *dst->values-- = *src->values--;
    }
}

static void sortslice_memcpy(SortSlice *s1, rp_ssize_t i, SortSlice *s2, rp_ssize_t j,
                             rp_ssize_t n)
{
    memcpy(&s1->keys[i], &s2->keys[j], sizeof(RpObject *) * (size_t)n);
    if (s1->values != NULL) {
        memcpy(&s1->values[i], &s2->values[j], sizeof(RpObject *) * (size_t)n);
    }
}

static void sortslice_memmove(SortSlice *s1, rp_ssize_t i, SortSlice *s2, rp_ssize_t j,
                              rp_ssize_t n)
{
    memmove(&s1->keys[i], &s2->keys[j], sizeof(RpObject *) * (size_t)n);
    if (s1->values != NULL) {
        memmove(&s1->values[i], &s2->values[j], sizeof(RpObject *) * (size_t)n);
    }
}

static void sortslice_advance(SortSlice *slice, rp_ssize_t n)
{
    slice->keys += n;
    if (slice->values != NULL) {
        slice->values += n;
    }
}

static void reverse_slice(RpObject **lo, RpObject **hi)
{
    --hi;
    while (lo < hi) {
        RpObject *t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

static void reverse_sortslice(SortSlice *s, rp_ssize_t n)
{
    reverse_slice(s->keys, &s->keys[n]);
    if (s->values != NULL) {
        reverse_slice(s->values, &s->values[n]);
    }
}

/* ---- the algorithm ---- */

/* Binary insertion sort of [lo, hi), of which [lo, start) is sorted. */
static int binarysort(MergeState *ms, SortSlice lo, RpObject **hi, RpObject **start)
{
    int k;
    RpObject **l, **p, **r;
    RpObject *pivot;

    if (lo.keys == start) {
        ++start;
    }
    for (; start < hi; ++start) {
        l = lo.keys;
        r = start;
        pivot = *r;
        /* pivot >= all in [lo, l); pivot < all in [r, start) */
        do {
            p = l + ((r - l) >> 1);
            IFLT(pivot, *p) {
                r = p;
            } else {
                l = p + 1;
            }
        } while (l < r);
        /* equal items stay before the pivot: the sort is stable */
        for (p = start; p > l; --p) {
            *p = *(p - 1);
        }
        *l = pivot;
        if (lo.values != NULL) {
            rp_ssize_t offset = lo.values - lo.keys;
            p = start + offset;
            pivot = *p;
            l += offset;
            for (p = start + offset; p > l; --p) {
                *p = *(p - 1);
            }
            *l = pivot;
        }
    }
    return 0;
fail:
    return -1;
}

/* Length of the run starting at lo; *descending set if it is strictly
 * descending (then reversing it keeps the sort stable). */
static rp_ssize_t count_run(MergeState *ms, RpObject **lo, RpObject **hi, int *descending)
{
    int k;
    rp_ssize_t n;

    *descending = 0;
    ++lo;
    if (lo == hi) {
        return 1;
    }
    n = 2;
    IFLT(*lo, *(lo - 1)) {
        *descending = 1;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) {
                ;
            } else {
                break;
            }
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) {
                break;
            }
        }
    }
    return n;
fail:
    return -1;
}

/* Where does key go in the sorted a[0:n]?  Leftmost position (before
 * equal items); hint is where to start galloping. */
static rp_ssize_t gallop_left(MergeState *ms, RpObject *key, RpObject **a, rp_ssize_t n,
                              rp_ssize_t hint)
{
    int k;
    rp_ssize_t ofs, lastofs, t;

    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(*a, key) {
        /* a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs] */
        const rp_ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if (ofs > maxofs) {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs] */
        const rp_ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) {
            ofs = maxofs;
        }
        t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    /* a[lastofs] < key <= a[ofs]: binary search in between */
    ++lastofs;
    while (lastofs < ofs) {
        rp_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    return ofs;
fail:
    return -1;
}

/* Rightmost position for key (after equal items). */
static rp_ssize_t gallop_right(MergeState *ms, RpObject *key, RpObject **a, rp_ssize_t n,
                               rp_ssize_t hint)
{
    int k;
    rp_ssize_t ofs, lastofs, t;

    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(key, *a) {
        /* key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs] */
        const rp_ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if (ofs > maxofs) {
            ofs = maxofs;
        }
        t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        /* a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs] */
        const rp_ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        rp_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    return ofs;
fail:
    return -1;
}

static void merge_init(MergeState *ms, rp_ssize_t list_size, int has_keyfunc, SortSlice *lo)
{
    if (has_keyfunc) {
        ms->alloced = MERGESTATE_TEMP_SIZE / 2;
        ms->a.values = &ms->temparray[ms->alloced];
    } else {
        ms->alloced = MERGESTATE_TEMP_SIZE;
        ms->a.values = NULL;
    }
    ms->a.keys = ms->temparray;
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = list_size;
    ms->basekeys = lo->keys;
}

static void merge_freemem(MergeState *ms)
{
    if (ms->a.keys != ms->temparray) {
        rp_mem_free(ms->a.keys);
        ms->a.keys = NULL;
    }
}

/* Room for `need` temporary keys (and values). */
static int merge_getmem(MergeState *ms, rp_ssize_t need)
{
    if (need <= ms->alloced) {
        return 0;
    }
    int multiplier = ms->a.values != NULL ? 2 : 1;
    merge_freemem(ms);
    if ((size_t)need > (size_t)RP_SSIZE_T_MAX / sizeof(RpObject *) / (size_t)multiplier) {
        rp_err_nomemory();
        return -1;
    }
    ms->a.keys = rp_mem_malloc((size_t)multiplier * (size_t)need * sizeof(RpObject *));
    if (ms->a.keys != NULL) {
        ms->alloced = need;
        if (ms->a.values != NULL) {
            ms->a.values = &ms->a.keys[need];
        }
        return 0;
    }
    rp_err_nomemory();
    return -1;
}

/* Merge the na items of ssa with the nb items of ssb that follow them,
 * in place, na <= nb. */
static rp_ssize_t merge_lo(MergeState *ms, SortSlice ssa, rp_ssize_t na, SortSlice ssb,
                           rp_ssize_t nb)
{
    rp_ssize_t k;
    SortSlice dest;
    int result = -1;
    rp_ssize_t min_gallop;

    if (merge_getmem(ms, na) < 0) {
        return -1;
    }
    sortslice_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;

    sortslice_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) {
        goto succeed;
    }
    if (na == 1) {
        goto copy_b;
    }
    min_gallop = ms->min_gallop;
    for (;;) {
        rp_ssize_t acount = 0, bcount = 0;   /* wins in a row */
        /* one item at a time until one run wins consistently */
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) {
                    goto fail;
                }
                sortslice_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) {
                    goto succeed;
                }
                if (bcount >= min_gallop) {
                    break;
                }
            } else {
                sortslice_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) {
                    goto copy_b;
                }
                if (acount >= min_gallop) {
                    break;
                }
            }
        }
        /* gallop while one run keeps winning */
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) {
                    goto fail;
                }
                sortslice_memcpy(&dest, 0, &ssa, 0, k);
                sortslice_advance(&dest, k);
                sortslice_advance(&ssa, k);
                na -= k;
                if (na == 1) {
                    goto copy_b;
                }
                /* na == 0 only with an inconsistent comparison */
                if (na == 0) {
                    goto succeed;
                }
            }
            sortslice_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) {
                goto succeed;
            }
            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) {
                    goto fail;
                }
                sortslice_memmove(&dest, 0, &ssb, 0, k);
                sortslice_advance(&dest, k);
                sortslice_advance(&ssb, k);
                nb -= k;
                if (nb == 0) {
                    goto succeed;
                }
            }
            sortslice_copy_incr(&dest, &ssa);
            --na;
            if (na == 1) {
                goto copy_b;
            }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;   /* penalize leaving galloping mode */
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) {
        sortslice_memcpy(&dest, 0, &ssa, 0, na);
    }
    return result;
copy_b:
    /* the last item of a belongs at the end */
    sortslice_memmove(&dest, 0, &ssb, 0, nb);
    sortslice_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* The same merging from the right, na >= nb. */
static rp_ssize_t merge_hi(MergeState *ms, SortSlice ssa, rp_ssize_t na, SortSlice ssb,
                           rp_ssize_t nb)
{
    rp_ssize_t k;
    SortSlice dest, basea, baseb;
    int result = -1;
    rp_ssize_t min_gallop;

    if (merge_getmem(ms, nb) < 0) {
        return -1;
    }
    dest = ssb;
    sortslice_advance(&dest, nb - 1);
    sortslice_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values != NULL) {
        ssb.values = ms->a.values + nb - 1;
    }
    sortslice_advance(&ssa, na - 1);

    sortslice_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) {
        goto succeed;
    }
    if (nb == 1) {
        goto copy_a;
    }
    min_gallop = ms->min_gallop;
    for (;;) {
        rp_ssize_t acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) {
                    goto fail;
                }
                sortslice_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) {
                    goto succeed;
                }
                if (acount >= min_gallop) {
                    break;
                }
            } else {
                sortslice_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) {
                    goto copy_a;
                }
                if (bcount >= min_gallop) {
                    break;
                }
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) {
                goto fail;
            }
            k = na - k;
            acount = k;
            if (k) {
                sortslice_advance(&dest, -k);
                sortslice_advance(&ssa, -k);
                sortslice_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0) {
                    goto succeed;
                }
            }
            sortslice_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) {
                goto copy_a;
            }
            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) {
                goto fail;
            }
            k = nb - k;
            bcount = k;
            if (k) {
                sortslice_advance(&dest, -k);
                sortslice_advance(&ssb, -k);
                sortslice_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1) {
                    goto copy_a;
                }
                if (nb == 0) {
                    goto succeed;
                }
            }
            sortslice_copy_decr(&dest, &ssa);
            --na;
            if (na == 0) {
                goto succeed;
            }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) {
        sortslice_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    }
    return result;
copy_a:
    /* the first item of b belongs at the front */
    sortslice_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    sortslice_advance(&dest, -na);
    sortslice_advance(&ssa, -na);
    sortslice_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merge pending runs i and i+1. */
static rp_ssize_t merge_at(MergeState *ms, int i)
{
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    rp_ssize_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    rp_ssize_t k;

    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) {
        ms->pending[i + 1] = ms->pending[i + 2];
    }
    --ms->n;

    /* items of a before where b starts are in place already */
    k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) {
        return -1;
    }
    sortslice_advance(&ssa, k);
    na -= k;
    if (na == 0) {
        return 0;
    }
    /* and so are items of b after where a ends */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) {
        return nb;
    }
    if (na <= nb) {
        return merge_lo(ms, ssa, na, ssb, nb);
    }
    return merge_hi(ms, ssa, na, ssb, nb);
}

/* The "power" of the run boundary between two adjacent runs: the depth
 * of that boundary in a conceptual binary merge tree (powersort). */
static int powerloop(rp_ssize_t s1, rp_ssize_t n1, rp_ssize_t n2, rp_ssize_t n)
{
    int result = 0;
    rp_ssize_t a = 2 * s1 + n1;     /* 2 * midpoint of run 1 */
    rp_ssize_t b = a + n1 + n2;     /* 2 * midpoint of run 2 */
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A run of length n2 was found: merge pending runs of greater power. */
static int found_new_run(MergeState *ms, rp_ssize_t n2)
{
    if (ms->n) {
        struct RunSlice *p = ms->pending;
        rp_ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
        rp_ssize_t n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power) {
            if (merge_at(ms, ms->n - 2) < 0) {
                return -1;
            }
        }
        p[ms->n - 1].power = power;
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms)
{
    struct RunSlice *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) {
            --n;
        }
        if (merge_at(ms, n) < 0) {
            return -1;
        }
    }
    return 0;
}

static rp_ssize_t merge_compute_minrun(rp_ssize_t n)
{
    rp_ssize_t r = 0;   /* 1 if any 1 bits are shifted off */
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

int rp_list_sort_ex(RpObject *l, RpObject *keyfunc, int reverse)
{
    RpListObject *self = (RpListObject *)l;
    MergeState ms;
    SortSlice lo;
    rp_ssize_t nremaining, minrun, i;
    int result = -1;
    RpObject **keys = NULL;
    RpObject **final_ob_item;

    if (keyfunc == rp_None) {
        keyfunc = NULL;
    }
    /* The list looks empty while it is sorted; a change is detected
       through allocated, which nothing but a change sets. */
    rp_ssize_t saved_ob_size = self->ob_base.ob_size;
    RpObject **saved_ob_item = self->ob_item;
    rp_ssize_t saved_allocated = self->allocated;
    self->ob_base.ob_size = 0;
    self->ob_item = NULL;
    self->allocated = -1;

    if (keyfunc == NULL) {
        lo.keys = saved_ob_item;
        lo.values = NULL;
    } else {
        if (saved_ob_size > 0) {
            keys = rp_mem_malloc(sizeof(RpObject *) * (size_t)saved_ob_size);
            if (keys == NULL) {
                rp_err_nomemory();
                goto keyfunc_fail;
            }
        }
        for (i = 0; i < saved_ob_size; i++) {
            keys[i] = rp_call_one(keyfunc, saved_ob_item[i]);
            if (keys[i] == NULL) {
                for (i = i - 1; i >= 0; i--) {
                    rp_decref(keys[i]);
                }
                rp_mem_free(keys);
                keys = NULL;
                goto keyfunc_fail;
            }
        }
        lo.keys = keys;
        lo.values = saved_ob_item;
    }

    /* the pre-sort check */
    if (saved_ob_size > 1) {
        ms.key_compare = choose_compare(lo.keys, saved_ob_size, 0);
        if (ms.key_compare == safe_object_compare && rp_type(lo.keys[0]) == &RpTuple_Type) {
            int all_tuples = 1;
            for (i = 0; i < saved_ob_size; i++) {
                if (rp_type(lo.keys[i]) != &RpTuple_Type || rp_tuple_len(lo.keys[i]) == 0) {
                    all_tuples = 0;
                    break;
                }
            }
            if (all_tuples) {
                ms.key_compare = unsafe_tuple_compare;
                ms.tuple_elem_compare = choose_compare(lo.keys, saved_ob_size, 1);
            }
        }
    } else {
        ms.key_compare = safe_object_compare;
    }

    merge_init(&ms, saved_ob_size, keys != NULL, &lo);
    nremaining = saved_ob_size;
    if (nremaining < 2) {
        goto succeed;
    }
    /* reverse-sort stability: reverse, sort forward, reverse back */
    if (reverse) {
        if (keys != NULL) {
            reverse_slice(&keys[0], &keys[saved_ob_size]);
        }
        reverse_slice(&saved_ob_item[0], &saved_ob_item[saved_ob_size]);
    }
    /* walk the array once, finding natural runs, extending short ones */
    minrun = merge_compute_minrun(nremaining);
    do {
        int descending;
        rp_ssize_t n = count_run(&ms, lo.keys, lo.keys + nremaining, &descending);
        if (n < 0) {
            goto fail;
        }
        if (descending) {
            reverse_sortslice(&lo, n);
        }
        if (n < minrun) {
            const rp_ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(&ms, lo, lo.keys + force, lo.keys + n) < 0) {
                goto fail;
            }
            n = force;
        }
        if (found_new_run(&ms, n) < 0) {
            goto fail;
        }
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = n;
        ++ms.n;
        sortslice_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);

    if (merge_force_collapse(&ms) < 0) {
        goto fail;
    }
succeed:
    result = 0;
fail:
    if (keys != NULL) {
        for (i = 0; i < saved_ob_size; i++) {
            rp_decref(keys[i]);
        }
        rp_mem_free(keys);
    }
    if (self->allocated != -1 && result == 0) {
        /* the list was changed during the sort */
        rp_err_set_string(&RpExc_ValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && saved_ob_size > 1) {
        reverse_slice(saved_ob_item, saved_ob_item + saved_ob_size);
    }
    merge_freemem(&ms);

keyfunc_fail:
    final_ob_item = self->ob_item;
    i = self->ob_base.ob_size;
    self->ob_base.ob_size = saved_ob_size;
    self->ob_item = saved_ob_item;
    self->allocated = saved_allocated;
    if (final_ob_item != NULL) {
        /* what Python code put in the list meanwhile is dropped */
        while (--i >= 0) {
            rp_xdecref(final_ob_item[i]);
        }
        rp_mem_free(final_ob_item);
    }
    return result;
}
