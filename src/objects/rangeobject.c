/* rangeobject.c - range and its iterators.
 *
 * Models CPython 3.11's Objects/rangeobject.c.
 *
 * A range is lazy: it stores start, stop, step and its length as ints of
 * any size and computes items on demand (r[i] = start + i*step), so
 * `x in range(...)` is O(1) for ints, slicing gives another range, and
 * len() fails with OverflowError only when the length exceeds ssize_t.
 * Ranges are not GC objects (ints cannot form cycles).
 *
 * Iteration: when start, stop, step and the length fit in a C long, the
 * range_iterator counts with C longs and allocates nothing but the int
 * objects it returns (small ints are shared); otherwise the
 * longrange_iterator does the arithmetic on ints.
 */
#include "rangeobject.h"

#include <limits.h>
#include <stddef.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "boolobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "iterobject.h"
#include "noneobject.h"
#include "sliceobject.h"
#include "strobject.h"
#include "tupleobject.h"

#define RANGE(o) ((RpRangeObject *)(o))

static inline RpObject *zero(void) { return rp_small_int_borrow(0); }
static inline RpObject *one(void) { return rp_small_int_borrow(1); }

/* ---- lengths ---- */

/* The number of items of range(lo, hi, step) with C longs (it always
 * fits in an unsigned long). */
static unsigned long get_len_of_range(long lo, long hi, long step)
{
    if (step > 0 && lo < hi) {
        return 1UL + ((unsigned long)hi - 1UL - (unsigned long)lo) / (unsigned long)step;
    }
    if (step < 0 && lo > hi) {
        return 1UL + ((unsigned long)lo - 1UL - (unsigned long)hi) / (0UL - (unsigned long)step);
    }
    return 0UL;
}

/* the C long value of an int, or 0 and *ok = 0 if it does not fit */
static long as_long(RpObject *o, int *ok)
{
    int overflow;
    long v = rp_int_as_long_and_overflow(o, &overflow);
    *ok = overflow == 0;
    return v;
}

/* The length with C longs when everything fits; -1 if not. */
static long compute_range_length_long(RpObject *start, RpObject *stop, RpObject *step)
{
    int ok1, ok2, ok3;
    long s = as_long(start, &ok1), e = as_long(stop, &ok2), st = as_long(step, &ok3);
    if (!ok1 || !ok2 || !ok3) {
        return -1;
    }
    unsigned long len = get_len_of_range(s, e, st);
    if (len > (unsigned long)LONG_MAX) {
        return -1;
    }
    return (long)len;
}

static RpObject *compute_range_length(RpObject *start, RpObject *stop, RpObject *step)
{
    long len = compute_range_length_long(start, stop, step);
    if (len >= 0) {
        return rp_int_from_long(len);
    }
    RpObject *lo, *hi, *tmp1 = NULL, *diff = NULL, *tmp2 = NULL, *result;
    int cmp = rp_object_richcompare_bool(step, zero(), RP_GT);
    if (cmp == -1) {
        return NULL;
    }
    if (cmp == 1) {
        lo = start;
        hi = stop;
        rp_incref(step);
    } else {
        lo = stop;
        hi = start;
        step = rp_number_negative(step);
        if (step == NULL) {
            return NULL;
        }
    }
    cmp = rp_object_richcompare_bool(lo, hi, RP_GE);
    if (cmp != 0) {
        rp_decref(step);
        if (cmp < 0) {
            return NULL;
        }
        return rp_newref(zero());
    }
    /* (hi - lo - 1) // step + 1 */
    if ((tmp1 = rp_number_subtract(hi, lo)) == NULL ||
        (diff = rp_number_subtract(tmp1, one())) == NULL ||
        (tmp2 = rp_number_floor_divide(diff, step)) == NULL ||
        (result = rp_number_add(tmp2, one())) == NULL) {
        rp_xdecref(tmp2);
        rp_xdecref(diff);
        rp_decref(step);
        rp_xdecref(tmp1);
        return NULL;
    }
    rp_decref(tmp2);
    rp_decref(diff);
    rp_decref(step);
    rp_decref(tmp1);
    return result;
}

/* A range owning start, stop and step (their references are consumed). */
static RpObject *make_range_object_steal(RpObject *start, RpObject *stop, RpObject *step)
{
    RpObject *length = compute_range_length(start, stop, step);
    if (length == NULL) {
        goto fail;
    }
    RpRangeObject *obj = (RpRangeObject *)rp_object_alloc(&RpRange_Type);
    if (obj == NULL) {
        rp_decref(length);
        goto fail;
    }
    obj->start = start;
    obj->stop = stop;
    obj->step = step;
    obj->length = length;
    return (RpObject *)obj;
fail:
    rp_decref(start);
    rp_decref(stop);
    rp_decref(step);
    return NULL;
}

RpObject *rp_range_new(RpObject *start, RpObject *stop, RpObject *step)
{
    return make_range_object_steal(rp_newref(start), rp_newref(stop), rp_newref(step));
}

static RpObject *range_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    (void)type;
    if (!rp_arg_no_kwnames("range", kwnames)) {
        return NULL;
    }
    RpObject *start = NULL, *stop = NULL, *step = NULL;
    switch (nargs) {
    case 3:
    case 2:
        start = rp_number_index(args[0]);
        if (start == NULL) {
            return NULL;
        }
        stop = rp_number_index(args[1]);
        if (stop == NULL) {
            rp_decref(start);
            return NULL;
        }
        if (nargs == 3) {
            step = rp_number_index(args[2]);
            if (step != NULL && rp_int_sign(step) == 0) {
                rp_err_set_string(&RpExc_ValueError, "range() arg 3 must not be zero");
                RP_CLEAR(step);
            }
        } else {
            step = rp_int_from_long(1);
        }
        if (step == NULL) {
            rp_decref(start);
            rp_decref(stop);
            return NULL;
        }
        break;
    case 1:
        stop = rp_number_index(args[0]);
        if (stop == NULL) {
            return NULL;
        }
        start = rp_newref(zero());
        step = rp_newref(one());
        break;
    case 0:
        return rp_err_set_string(&RpExc_TypeError, "range expected at least 1 argument, got 0");
    default:
        return rp_err_format(&RpExc_TypeError, "range expected at most 3 arguments, got %zd",
                             (rp_ssize_t)nargs);
    }
    return make_range_object_steal(start, stop, step);
}

static void range_dealloc(RpObject *o)
{
    RpRangeObject *r = RANGE(o);
    rp_decref(r->start);
    rp_decref(r->stop);
    rp_decref(r->step);
    rp_decref(r->length);
    rp_object_free(o);
}

static rp_ssize_t range_length(RpObject *o)
{
    return rp_int_as_ssize_t(RANGE(o)->length);
}

static int range_bool(RpObject *o)
{
    return rp_object_is_true(RANGE(o)->length);
}

/* start + i * step */
static RpObject *compute_item(RpRangeObject *r, RpObject *i)
{
    if (r->step == one()) {
        return rp_number_add(r->start, i);
    }
    RpObject *incr = rp_number_multiply(i, r->step);
    if (incr == NULL) {
        return NULL;
    }
    RpObject *result = rp_number_add(r->start, incr);
    rp_decref(incr);
    return result;
}

static RpObject *compute_range_item(RpRangeObject *r, RpObject *arg)
{
    RpObject *i;
    int cmp = rp_object_richcompare_bool(arg, zero(), RP_LT);
    if (cmp == -1) {
        return NULL;
    }
    if (cmp == 1) {
        i = rp_number_add(r->length, arg);
        if (i == NULL) {
            return NULL;
        }
    } else {
        i = rp_newref(arg);
    }
    cmp = rp_object_richcompare_bool(i, zero(), RP_LT);
    if (cmp == 0) {
        cmp = rp_object_richcompare_bool(i, r->length, RP_GE);
    }
    if (cmp == -1) {
        rp_decref(i);
        return NULL;
    }
    if (cmp == 1) {
        rp_decref(i);
        return rp_err_set_string(&RpExc_IndexError, "range object index out of range");
    }
    RpObject *result = compute_item(r, i);
    rp_decref(i);
    return result;
}

static RpObject *range_item(RpObject *o, rp_ssize_t i)
{
    RpObject *arg = rp_int_from_ssize_t(i);
    if (arg == NULL) {
        return NULL;
    }
    RpObject *res = compute_range_item(RANGE(o), arg);
    rp_decref(arg);
    return res;
}

static RpObject *compute_slice(RpRangeObject *r, RpObject *slice)
{
    RpObject *start, *stop, *step, *substart = NULL, *substop = NULL, *substep = NULL;
    if (rp_slice_get_long_indices(slice, r->length, &start, &stop, &step) < 0) {
        return NULL;
    }
    substep = rp_number_multiply(r->step, step);
    if (substep == NULL) {
        goto fail;
    }
    substart = compute_item(r, start);
    if (substart == NULL) {
        goto fail;
    }
    substop = compute_item(r, stop);
    if (substop == NULL) {
        goto fail;
    }
    rp_decref(start);
    rp_decref(stop);
    rp_decref(step);
    return make_range_object_steal(substart, substop, substep);
fail:
    rp_decref(start);
    rp_decref(stop);
    rp_decref(step);
    rp_xdecref(substart);
    rp_xdecref(substop);
    rp_xdecref(substep);
    return NULL;
}

static RpObject *range_subscript(RpObject *o, RpObject *item)
{
    if (rp_index_check(item)) {
        RpObject *i = rp_number_index(item);
        if (i == NULL) {
            return NULL;
        }
        RpObject *result = compute_range_item(RANGE(o), i);
        rp_decref(i);
        return result;
    }
    if (rp_slice_check(item)) {
        return compute_slice(RANGE(o), item);
    }
    return rp_err_format(&RpExc_TypeError, "range indices must be integers or slices, not %T",
                         item);
}

/* `ob in r` for an int (or bool): arithmetic, no iteration */
static int range_contains_long(RpRangeObject *r, RpObject *ob)
{
    int cmp1, cmp2, cmp3, result = -1;
    RpObject *tmp1 = NULL, *tmp2 = NULL;

    cmp1 = rp_object_richcompare_bool(r->step, zero(), RP_GT);
    if (cmp1 == -1) {
        goto end;
    }
    if (cmp1 == 1) {
        /* start <= ob < stop */
        cmp2 = rp_object_richcompare_bool(r->start, ob, RP_LE);
        cmp3 = rp_object_richcompare_bool(ob, r->stop, RP_LT);
    } else {
        /* stop < ob <= start */
        cmp2 = rp_object_richcompare_bool(ob, r->start, RP_LE);
        cmp3 = rp_object_richcompare_bool(r->stop, ob, RP_LT);
    }
    if (cmp2 == -1 || cmp3 == -1) {
        goto end;
    }
    if (cmp2 == 0 || cmp3 == 0) {
        result = 0;
        goto end;
    }
    /* (ob - start) % step == 0 */
    tmp1 = rp_number_subtract(ob, r->start);
    if (tmp1 == NULL) {
        goto end;
    }
    tmp2 = rp_number_remainder(tmp1, r->step);
    if (tmp2 == NULL) {
        goto end;
    }
    result = rp_object_richcompare_bool(tmp2, zero(), RP_EQ);
end:
    rp_xdecref(tmp1);
    rp_xdecref(tmp2);
    return result;
}

enum { SEARCH_COUNT = 1, SEARCH_INDEX, SEARCH_CONTAINS };

/* CPython's _PySequence_IterSearch over the range's items */
static rp_ssize_t iter_search(RpObject *seq, RpObject *obj, int operation)
{
    RpObject *it = rp_object_get_iter(seq);
    if (it == NULL) {
        return -1;
    }
    rp_ssize_t n = 0;
    int wrapped = 0;
    for (;;) {
        RpObject *item = rp_iter_next(it);
        if (item == NULL) {
            if (rp_err_occurred()) {
                goto fail;
            }
            break;
        }
        int cmp = rp_object_richcompare_bool(item, obj, RP_EQ);
        rp_decref(item);
        if (cmp < 0) {
            goto fail;
        }
        if (cmp > 0) {
            switch (operation) {
            case SEARCH_COUNT:
                if (n == RP_SSIZE_T_MAX) {
                    rp_err_set_string(&RpExc_OverflowError, "count exceeds C integer size");
                    goto fail;
                }
                ++n;
                break;
            case SEARCH_INDEX:
                if (wrapped) {
                    rp_err_set_string(&RpExc_OverflowError, "index exceeds C integer size");
                    goto fail;
                }
                goto done;
            default:
                n = 1;
                goto done;
            }
        }
        if (operation == SEARCH_INDEX) {
            if (n == RP_SSIZE_T_MAX) {
                wrapped = 1;
            }
            ++n;
        }
    }
    if (operation == SEARCH_INDEX) {
        rp_err_set_string(&RpExc_ValueError, "sequence.index(x): x not in sequence");
        goto fail;
    }
done:
    rp_decref(it);
    return n;
fail:
    rp_decref(it);
    return -1;
}

static inline int is_int_or_bool(RpObject *ob)
{
    return rp_int_check_exact(ob) || rp_bool_check(ob);
}

static int range_contains(RpObject *o, RpObject *ob)
{
    if (is_int_or_bool(ob)) {
        return range_contains_long(RANGE(o), ob);
    }
    return (int)iter_search(o, ob, SEARCH_CONTAINS);
}

static RpObject *range_count(RpObject *o, RpObject *ob)
{
    if (is_int_or_bool(ob)) {
        int result = range_contains_long(RANGE(o), ob);
        if (result == -1) {
            return NULL;
        }
        return rp_int_from_long(result);
    }
    rp_ssize_t count = iter_search(o, ob, SEARCH_COUNT);
    if (count == -1) {
        return NULL;
    }
    return rp_int_from_ssize_t(count);
}

static RpObject *range_index(RpObject *o, RpObject *ob)
{
    RpRangeObject *r = RANGE(o);
    if (!is_int_or_bool(ob)) {
        rp_ssize_t index = iter_search(o, ob, SEARCH_INDEX);
        if (index == -1) {
            return NULL;
        }
        return rp_int_from_ssize_t(index);
    }
    int contains = range_contains_long(r, ob);
    if (contains == -1) {
        return NULL;
    }
    if (contains) {
        RpObject *idx = rp_number_subtract(ob, r->start);
        if (idx == NULL || r->step == one()) {
            return idx;
        }
        RpObject *sidx = rp_number_floor_divide(idx, r->step);
        rp_decref(idx);
        return sidx;
    }
    return rp_err_format(&RpExc_ValueError, "%R is not in range", ob);
}

static int range_equals(RpRangeObject *r0, RpRangeObject *r1)
{
    if (r0 == r1) {
        return 1;
    }
    int cmp = rp_object_richcompare_bool(r0->length, r1->length, RP_EQ);
    if (cmp != 1) {
        return cmp;
    }
    cmp = rp_object_not(r0->length);
    if (cmp != 0) {
        return cmp;
    }
    cmp = rp_object_richcompare_bool(r0->start, r1->start, RP_EQ);
    if (cmp != 1) {
        return cmp;
    }
    cmp = rp_object_richcompare_bool(r0->length, one(), RP_EQ);
    if (cmp != 0) {
        return cmp;
    }
    return rp_object_richcompare_bool(r0->step, r1->step, RP_EQ);
}

static RpObject *range_richcompare(RpObject *self, RpObject *other, int op)
{
    if (!rp_range_check(other) || (op != RP_EQ && op != RP_NE)) {
        return rp_notimplemented_new();
    }
    int result = range_equals(RANGE(self), RANGE(other));
    if (result == -1) {
        return NULL;
    }
    if (op == RP_NE) {
        result = !result;
    }
    return rp_bool_from_long(result);
}

/* hash((len, start, step)), with None for what does not matter */
static rp_hash_t range_hash(RpObject *o)
{
    RpRangeObject *r = RANGE(o);
    RpObject *t = rp_tuple_new(3);
    rp_hash_t result = -1;
    if (t == NULL) {
        return -1;
    }
    rp_tuple_set_steal(t, 0, rp_newref(r->length));
    int cmp = rp_object_not(r->length);
    if (cmp == -1) {
        goto end;
    }
    if (cmp == 1) {
        rp_tuple_set_steal(t, 1, rp_none_new());
        rp_tuple_set_steal(t, 2, rp_none_new());
    } else {
        rp_tuple_set_steal(t, 1, rp_newref(r->start));
        cmp = rp_object_richcompare_bool(r->length, one(), RP_EQ);
        if (cmp == -1) {
            goto end;
        }
        rp_tuple_set_steal(t, 2, cmp == 1 ? rp_none_new() : rp_newref(r->step));
    }
    result = rp_object_hash(t);
end:
    rp_decref(t);
    return result;
}

static RpObject *range_repr(RpObject *o)
{
    RpRangeObject *r = RANGE(o);
    rp_ssize_t istep = rp_number_as_ssize_t(r->step, NULL);
    if (istep == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (istep == 1) {
        return rp_str_from_format("range(%R, %R)", r->start, r->stop);
    }
    return rp_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static RpObject *range_reduce(RpObject *o, RpObject *unused)
{
    (void)unused;
    RpRangeObject *r = RANGE(o);
    RpObject *args = rp_tuple_pack(3, r->start, r->stop, r->step);
    if (args == NULL) {
        return NULL;
    }
    RpObject *items[2] = { rp_newref(&RpRange_Type), args };
    return rp_tuple_from_array_steal(items, 2);
}

/* ---- iterators ---- */

typedef struct {
    RP_OBJECT_HEAD;
    long index;
    long start;
    long step;
    long len;
} RangeIterObject;        /* 48 bytes, as 3.11's */

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *index;
    RpObject *start;
    RpObject *step;
    RpObject *len;
} LongRangeIterObject;

static RpObject *fast_range_iter(long start, long step, long len)
{
    RangeIterObject *it = (RangeIterObject *)rp_object_alloc(&RpRangeIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->start = start;
    it->step = step;
    it->len = len;
    it->index = 0;
    return (RpObject *)it;
}

static RpObject *rangeiter_next(RpObject *o)
{
    RangeIterObject *r = (RangeIterObject *)o;
    if (r->index < r->len) {
        /* unsigned arithmetic: no signed overflow in between */
        return rp_int_from_long((long)((unsigned long)r->start +
                                       (unsigned long)(r->index++) * (unsigned long)r->step));
    }
    return NULL;
}

static RpObject *rangeiter_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    RangeIterObject *r = (RangeIterObject *)o;
    return rp_int_from_long(r->len - r->index);
}

static void rangeiter_dealloc(RpObject *o)
{
    rp_object_free(o);
}

static RpMethodDef rangeiter_methods[] = {
    { "__length_hint__", RP_CFUNC(rangeiter_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpRangeIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(RangeIterObject),
    .tp_dealloc = rangeiter_dealloc,
    .tp_iter = rp_self_iter,
    .tp_iternext = rangeiter_next,
    .tp_free = rp_object_free,
    .tp_methods = rangeiter_methods,
};

static void longrangeiter_dealloc(RpObject *o)
{
    LongRangeIterObject *r = (LongRangeIterObject *)o;
    rp_xdecref(r->index);
    rp_xdecref(r->start);
    rp_xdecref(r->step);
    rp_xdecref(r->len);
    rp_object_free(o);
}

static RpObject *longrangeiter_next(RpObject *o)
{
    LongRangeIterObject *r = (LongRangeIterObject *)o;
    int cmp = rp_object_richcompare_bool(r->index, r->len, RP_LT);
    if (cmp != 1) {
        return NULL;
    }
    RpObject *new_index = rp_number_add(r->index, one());
    if (new_index == NULL) {
        return NULL;
    }
    RpObject *product = rp_number_multiply(r->index, r->step);
    if (product == NULL) {
        rp_decref(new_index);
        return NULL;
    }
    RpObject *result = rp_number_add(r->start, product);
    rp_decref(product);
    if (result != NULL) {
        RP_SETREF(r->index, new_index);
    } else {
        rp_decref(new_index);
    }
    return result;
}

static RpObject *longrangeiter_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    LongRangeIterObject *r = (LongRangeIterObject *)o;
    return rp_number_subtract(r->len, r->index);
}

static RpMethodDef longrangeiter_methods[] = {
    { "__length_hint__", RP_CFUNC(longrangeiter_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpLongRangeIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(LongRangeIterObject),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_iter = rp_self_iter,
    .tp_iternext = longrangeiter_next,
    .tp_free = rp_object_free,
    .tp_methods = longrangeiter_methods,
};

static RpObject *range_iter(RpObject *seq)
{
    RpRangeObject *r = RANGE(seq);
    int ok1, ok2, ok3;
    long lstart = as_long(r->start, &ok1), lstop = as_long(r->stop, &ok2),
         lstep = as_long(r->step, &ok3);
    if (ok1 && ok2 && ok3) {
        unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
        int fits = ulen <= (unsigned long)LONG_MAX;
        /* lstart + ulen * lstep must not overflow */
        if (fits && ulen) {
            if (lstep > 0) {
                fits = !(lstop > LONG_MAX - (lstep - 1));
            } else {
                fits = !(lstop < LONG_MIN + (-1 - lstep));
            }
        }
        if (fits) {
            return fast_range_iter(lstart, lstep, (long)ulen);
        }
    }
    LongRangeIterObject *it = (LongRangeIterObject *)rp_object_alloc(&RpLongRangeIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->start = rp_newref(r->start);
    it->step = rp_newref(r->step);
    it->len = rp_newref(r->length);
    it->index = rp_newref(zero());
    return (RpObject *)it;
}

/* reversed(range(start, stop, step)) is range(start+(n-1)*step,
 * start-step, -step) */
static RpObject *range_reverse(RpObject *seq, RpObject *unused)
{
    (void)unused;
    RpRangeObject *range = RANGE(seq);
    int ok1, ok2, ok3;
    long lstart = as_long(range->start, &ok1), lstop = as_long(range->stop, &ok2),
         lstep = as_long(range->step, &ok3);
    if (ok1 && ok2 && ok3 && lstep != LONG_MIN) {
        int fits;
        /* lstart - lstep must not overflow */
        if (lstep > 0) {
            fits = !((unsigned long)lstart - (unsigned long)LONG_MIN < (unsigned long)lstep);
        } else {
            fits = !((unsigned long)LONG_MAX - (unsigned long)lstart < 0UL - (unsigned long)lstep);
        }
        unsigned long ulen = get_len_of_range(lstart, lstop, lstep);
        if (fits && ulen <= (unsigned long)LONG_MAX) {
            long new_stop = (long)((unsigned long)lstart - (unsigned long)lstep);
            long new_start = (long)((unsigned long)new_stop + ulen * (unsigned long)lstep);
            return fast_range_iter(new_start, -lstep, (long)ulen);
        }
    }
    LongRangeIterObject *it = (LongRangeIterObject *)rp_object_alloc(&RpLongRangeIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->index = it->start = it->step = NULL;
    it->len = rp_newref(range->length);
    /* start + (len - 1) * step */
    RpObject *diff = rp_number_subtract(it->len, one());
    if (diff == NULL) {
        goto fail;
    }
    RpObject *product = rp_number_multiply(diff, range->step);
    rp_decref(diff);
    if (product == NULL) {
        goto fail;
    }
    it->start = rp_number_add(range->start, product);
    rp_decref(product);
    if (it->start == NULL) {
        goto fail;
    }
    it->step = rp_number_negative(range->step);
    if (it->step == NULL) {
        goto fail;
    }
    it->index = rp_newref(zero());
    return (RpObject *)it;
fail:
    rp_decref(it);
    return NULL;
}

static RpMethodDef range_methods[] = {
    { "__reversed__", RP_CFUNC(range_reverse), RP_METH_NOARGS,
      "Return a reverse iterator." },
    { "__reduce__", RP_CFUNC(range_reduce), RP_METH_NOARGS, NULL },
    { "count", RP_CFUNC(range_count), RP_METH_O, "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", RP_CFUNC(range_index), RP_METH_O,
      "rangeobject.index(value) -> integer -- return index of value.\n"
      "Raise ValueError if the value is not present." },
    { NULL, NULL, 0, NULL }
};

static RpMemberDef range_members[] = {
    { "start", RP_T_OBJECT_EX, offsetof(RpRangeObject, start), RP_READONLY, NULL },
    { "stop", RP_T_OBJECT_EX, offsetof(RpRangeObject, stop), RP_READONLY, NULL },
    { "step", RP_T_OBJECT_EX, offsetof(RpRangeObject, step), RP_READONLY, NULL },
    { NULL, 0, 0, 0, NULL }
};

RpTypeObject RpRange_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "range",
    .tp_basicsize = sizeof(RpRangeObject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_hash = range_hash,
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_new = range_tp_new,
    .tp_free = rp_object_free,
    .nb_bool = range_bool,
    .sq_length = range_length,
    .sq_item = range_item,
    .sq_contains = range_contains,
    .mp_length = range_length,
    .mp_subscript = range_subscript,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_doc = "range(stop) -> range object\n"
              "range(start, stop[, step]) -> range object\n\n"
              "Return an object that produces a sequence of integers from start (inclusive)\n"
              "to stop (exclusive) by step.",
};
