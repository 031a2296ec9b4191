/* sliceobject.c - slice objects and the index arithmetic of slicing.
 *
 * Models CPython 3.11's Objects/sliceobject.c.
 *
 * A slice holds three references (None when a bound is absent).  Slices
 * are GC objects (a slice can hold a list that holds it).  3.11 keeps the
 * memory of ONE dead slice (interp->slice_cache) for the next slice made,
 * which is why `id(slice(1)) == id(slice(2))`; refpy keeps it in
 * rp_runtime.slice_cache.  Like a free list, taking it does not count as a
 * GC allocation.
 *
 * The arithmetic: rp_slice_unpack turns the bounds into C integers (None
 * -> the defaults for the step's sign, huge values clamped),
 * rp_slice_adjust_indices clamps them to a length and counts the items.
 * slice.indices() and range slicing need the same with unbounded ints
 * (rp_slice_get_long_indices).
 */
#include "sliceobject.h"

#include <stddef.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/lifecycle.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "boolobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"

RpObject *rp_slice_new(RpObject *start, RpObject *stop, RpObject *step)
{
    RpSliceObject *obj;
    if (rp_runtime.slice_cache != NULL) {
        obj = (RpSliceObject *)rp_runtime.slice_cache;
        rp_runtime.slice_cache = NULL;
        rp_object_freelist_revive((RpObject *)obj, &RpSlice_Type);
    } else {
        obj = (RpSliceObject *)rp_object_alloc(&RpSlice_Type);
        if (obj == NULL) {
            return NULL;
        }
    }
    obj->start = rp_newref(start != NULL ? start : rp_None);
    obj->stop = rp_newref(stop != NULL ? stop : rp_None);
    obj->step = rp_newref(step != NULL ? step : rp_None);
    rp_gc_track(obj);
    return (RpObject *)obj;
}

static void slice_dealloc(RpObject *o)
{
    RpSliceObject *r = (RpSliceObject *)o;
    rp_gc_untrack(o);
    /* CPython's order */
    rp_decref(r->step);
    rp_decref(r->start);
    rp_decref(r->stop);
    if (rp_runtime.slice_cache == NULL) {
        rp_life(RP_LIFE_TO_FREELIST, o);
        rp_object_freelist_release(o);
        rp_runtime.slice_cache = o;
    } else {
        rp_object_free(o);
    }
}

void rp_slice_cache_clear(void)
{
    RpObject *o = rp_runtime.slice_cache;
    if (o != NULL) {
        rp_runtime.slice_cache = NULL;
        rp_object_freelist_revive(o, &RpSlice_Type);
        o->ob_refcnt = 0;
        RP_REFTOTAL_ADD(-1);
        rp_object_free(o);
    }
}

static int slice_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RpSliceObject *r = (RpSliceObject *)o;
    RP_VISIT(r->start);
    RP_VISIT(r->stop);
    RP_VISIT(r->step);
    return 0;
}

/* _PyEval_SliceIndex: None leaves *pi alone */
static int slice_index(RpObject *v, rp_ssize_t *pi)
{
    if (v == rp_None) {
        return 0;
    }
    if (!rp_index_check(v)) {
        rp_err_set_string(&RpExc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    rp_ssize_t x = rp_number_as_ssize_t(v, NULL);
    if (x == -1 && rp_err_occurred()) {
        return -1;
    }
    *pi = x;
    return 0;
}

int rp_slice_unpack(RpObject *slice, rp_ssize_t *start, rp_ssize_t *stop, rp_ssize_t *step)
{
    RpSliceObject *r = (RpSliceObject *)slice;
    if (r->step == rp_None) {
        *step = 1;
    } else {
        if (slice_index(r->step, step) < 0) {
            return -1;
        }
        if (*step == 0) {
            rp_err_set_string(&RpExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* keep -step representable */
        if (*step < -RP_SSIZE_T_MAX) {
            *step = -RP_SSIZE_T_MAX;
        }
    }
    if (r->start == rp_None) {
        *start = *step < 0 ? RP_SSIZE_T_MAX : 0;
    } else if (slice_index(r->start, start) < 0) {
        return -1;
    }
    if (r->stop == rp_None) {
        *stop = *step < 0 ? RP_SSIZE_T_MIN : RP_SSIZE_T_MAX;
    } else if (slice_index(r->stop, stop) < 0) {
        return -1;
    }
    return 0;
}

rp_ssize_t rp_slice_adjust_indices(rp_ssize_t length, rp_ssize_t *start, rp_ssize_t *stop,
                                   rp_ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0) {
            *start = step < 0 ? -1 : 0;
        }
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) {
            *stop = step < 0 ? -1 : 0;
        }
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* ---- unbounded indices (slice.indices, range slicing) ---- */

static RpObject *evaluate_slice_index(RpObject *v)
{
    if (rp_index_check(v)) {
        return rp_number_index(v);
    }
    return rp_err_set_string(&RpExc_TypeError,
                             "slice indices must be integers or None or have an __index__ method");
}

/* Clamp an index given by the program (not None) into [lower, upper],
 * adding length first when it is negative. NEW reference or NULL. */
static RpObject *clamp_index(RpObject *given, RpObject *length, RpObject *lower,
                             RpObject *upper)
{
    RpObject *v = evaluate_slice_index(given);
    if (v == NULL) {
        return NULL;
    }
    if (rp_int_sign(v) < 0) {
        RpObject *tmp = rp_number_add(v, length);
        rp_decref(v);
        if (tmp == NULL) {
            return NULL;
        }
        v = tmp;
        int c = rp_object_richcompare_bool(v, lower, RP_LT);
        if (c < 0) {
            rp_decref(v);
            return NULL;
        }
        if (c) {
            rp_decref(v);
            v = rp_newref(lower);
        }
    } else {
        int c = rp_object_richcompare_bool(v, upper, RP_GT);
        if (c < 0) {
            rp_decref(v);
            return NULL;
        }
        if (c) {
            rp_decref(v);
            v = rp_newref(upper);
        }
    }
    return v;
}

int rp_slice_get_long_indices(RpObject *slice, RpObject *length, RpObject **start_ptr,
                              RpObject **stop_ptr, RpObject **step_ptr)
{
    RpSliceObject *self = (RpSliceObject *)slice;
    RpObject *start = NULL, *stop = NULL, *step = NULL, *upper = NULL, *lower = NULL;
    int step_is_negative;

    if (self->step == rp_None) {
        step = rp_newref(rp_small_int_borrow(1));
        step_is_negative = 0;
    } else {
        step = evaluate_slice_index(self->step);
        if (step == NULL) {
            goto error;
        }
        int sign = rp_int_sign(step);
        if (sign == 0) {
            rp_err_set_string(&RpExc_ValueError, "slice step cannot be zero");
            goto error;
        }
        step_is_negative = sign < 0;
    }
    if (step_is_negative) {
        lower = rp_newref(rp_small_int_borrow(-1));
        upper = rp_number_add(length, lower);
        if (upper == NULL) {
            goto error;
        }
    } else {
        lower = rp_newref(rp_small_int_borrow(0));
        upper = rp_newref(length);
    }
    if (self->start == rp_None) {
        start = rp_newref(step_is_negative ? upper : lower);
    } else if ((start = clamp_index(self->start, length, lower, upper)) == NULL) {
        goto error;
    }
    if (self->stop == rp_None) {
        stop = rp_newref(step_is_negative ? lower : upper);
    } else if ((stop = clamp_index(self->stop, length, lower, upper)) == NULL) {
        goto error;
    }
    rp_decref(upper);
    rp_decref(lower);
    *start_ptr = start;
    *stop_ptr = stop;
    *step_ptr = step;
    return 0;

error:
    rp_xdecref(start);
    rp_xdecref(stop);
    rp_xdecref(step);
    rp_xdecref(upper);
    rp_xdecref(lower);
    return -1;
}

/* ---- Python-level methods ---- */

static RpObject *slice_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    (void)type;
    if (!rp_arg_no_kwnames("slice", kwnames) ||
        !rp_arg_check_positional("slice", nargs, 1, 3)) {
        return NULL;
    }
    if (nargs == 1) {
        return rp_slice_new(NULL, args[0], NULL);
    }
    return rp_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static RpObject *slice_repr(RpObject *o)
{
    RpSliceObject *r = (RpSliceObject *)o;
    return rp_str_from_format("slice(%R, %R, %R)", r->start, r->stop, r->step);
}

static RpObject *slice_indices(RpObject *self, RpObject *len)
{
    RpObject *length = rp_number_index(len);
    if (length == NULL) {
        return NULL;
    }
    if (rp_int_sign(length) < 0) {
        rp_decref(length);
        return rp_err_set_string(&RpExc_ValueError, "length should not be negative");
    }
    RpObject *start, *stop, *step;
    int err = rp_slice_get_long_indices(self, length, &start, &stop, &step);
    rp_decref(length);
    if (err < 0) {
        return NULL;
    }
    RpObject *items[3] = { start, stop, step };
    return rp_tuple_from_array_steal(items, 3);
}

static RpObject *slice_reduce(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpSliceObject *r = (RpSliceObject *)self;
    RpObject *args = rp_tuple_pack(3, r->start, r->stop, r->step);
    if (args == NULL) {
        return NULL;
    }
    RpObject *items[2] = { rp_newref(&RpSlice_Type), args };
    return rp_tuple_from_array_steal(items, 2);
}

static RpObject *slice_richcompare(RpObject *v, RpObject *w, int op)
{
    if (!rp_slice_check(v) || !rp_slice_check(w)) {
        return rp_notimplemented_new();
    }
    if (v == w) {
        return rp_bool_from_long(op == RP_EQ || op == RP_LE || op == RP_GE);
    }
    RpSliceObject *a = (RpSliceObject *)v, *b = (RpSliceObject *)w;
    RpObject *t1 = rp_tuple_pack(3, a->start, a->stop, a->step);
    if (t1 == NULL) {
        return NULL;
    }
    RpObject *t2 = rp_tuple_pack(3, b->start, b->stop, b->step);
    if (t2 == NULL) {
        rp_decref(t1);
        return NULL;
    }
    RpObject *res = rp_object_richcompare(t1, t2, op);
    rp_decref(t1);
    rp_decref(t2);
    return res;
}

static RpMethodDef slice_methods[] = {
    { "indices", RP_CFUNC(slice_indices), RP_METH_O,
      "S.indices(len) -> (start, stop, stride)" },
    { "__reduce__", RP_CFUNC(slice_reduce), RP_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL }
};

static RpMemberDef slice_members[] = {
    { "start", RP_T_OBJECT, offsetof(RpSliceObject, start), RP_READONLY, NULL },
    { "stop", RP_T_OBJECT, offsetof(RpSliceObject, stop), RP_READONLY, NULL },
    { "step", RP_T_OBJECT, offsetof(RpSliceObject, step), RP_READONLY, NULL },
    { NULL, 0, 0, 0, NULL }
};

RpTypeObject RpSlice_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "slice",
    .tp_basicsize = sizeof(RpSliceObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = slice_dealloc,
    .tp_traverse = slice_traverse,
    .tp_repr = slice_repr,
    .tp_hash = rp_object_hash_not_implemented,
    .tp_richcompare = slice_richcompare,
    .tp_new = slice_tp_new,
    .tp_free = rp_object_free,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])\n\n"
              "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
};
