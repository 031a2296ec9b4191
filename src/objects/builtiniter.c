/* builtiniter.c - zip, map and filter, the lazy builtins.
 *
 * Models the zip/map/filter types of CPython 3.11's Python/bltinmodule.c
 * (builtins.c exposes them under their names).
 *
 * zip reuses its result tuple when the caller dropped it, so unpacking
 * loops allocate no tuple per step.  zip(..., strict=True) reports the
 * first argument that ends early or late with CPython's messages.
 */
#include "iterobject.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "boolobject.h"
#include "exceptions.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

static RpObject *alloc_instance(RpTypeObject *type, RpTypeObject *base)
{
    if (type == base) {
        return rp_object_alloc(type);
    }
    return rp_type_generic_alloc(type, 0);
}

/* next(it), treating a StopIteration raised inside as the end */
static RpObject *next_item(RpObject *it)
{
    RpObject *item = rp_iter_next(it);
    if (item == NULL && rp_err_occurred() && rp_err_matches(&RpExc_StopIteration)) {
        rp_err_clear();
    }
    return item;
}

/* a tuple of iter(x) for each x */
static RpObject *iterators_of(RpObject *const *args, size_t n)
{
    RpObject *ittuple = rp_tuple_new((rp_ssize_t)n);
    if (ittuple == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        RpObject *it = rp_object_get_iter(args[i]);
        if (it == NULL) {
            rp_decref(ittuple);
            return NULL;
        }
        rp_tuple_set_steal(ittuple, (rp_ssize_t)i, it);
    }
    return ittuple;
}

/* ---- zip ---- */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t tuplesize;
    RpObject *ittuple;         /* tuple of iterators */
    RpObject *result;          /* the reusable result tuple */
    int strict;
} ZipObject;

static RpObject *zip_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    int strict = 0;
    rp_ssize_t nkw = kwnames != NULL ? rp_tuple_len(kwnames) : 0;
    if (nkw > 1) {
        return rp_err_format(&RpExc_TypeError, "zip() takes at most 1 keyword argument (%zd given)",
                             nkw);
    }
    if (nkw == 1) {
        RpObject *name = rp_tuple_get_borrow(kwnames, 0);
        if (!rp_str_eq_cstr(name, "strict")) {
            return rp_err_format(&RpExc_TypeError, "'%U' is an invalid keyword argument for zip()",
                                 name);
        }
        strict = rp_object_is_true(args[nargs]);
        if (strict < 0) {
            return NULL;
        }
    }
    rp_ssize_t tuplesize = (rp_ssize_t)nargs;
    RpObject *ittuple = iterators_of(args, nargs);
    if (ittuple == NULL) {
        return NULL;
    }
    RpObject *result = rp_tuple_new(tuplesize);
    if (result == NULL) {
        rp_decref(ittuple);
        return NULL;
    }
    for (rp_ssize_t i = 0; i < tuplesize; i++) {
        rp_tuple_set_steal(result, i, rp_none_new());
    }
    ZipObject *lz = (ZipObject *)alloc_instance(type, &RpZip_Type);
    if (lz == NULL) {
        rp_decref(ittuple);
        rp_decref(result);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->tuplesize = tuplesize;
    lz->result = result;
    lz->strict = strict;
    if (!rp_gc_is_tracked(lz)) {
        rp_gc_track(lz);
    }
    return (RpObject *)lz;
}

static void zip_dealloc(RpObject *o)
{
    ZipObject *lz = (ZipObject *)o;
    rp_gc_untrack(o);
    rp_xdecref(lz->ittuple);
    rp_xdecref(lz->result);
    rp_type(o)->tp_free(o);
}

static int zip_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    ZipObject *lz = (ZipObject *)o;
    RP_VISIT(lz->ittuple);
    RP_VISIT(lz->result);
    return 0;
}

/* strict=True: argument i (0-based) ended first; who else ended? */
static RpObject *zip_check(ZipObject *lz, rp_ssize_t i)
{
    if (rp_err_occurred()) {
        return NULL;    /* next() raised something else */
    }
    if (i) {
        const char *plural = i == 1 ? " " : "s 1-";
        return rp_err_format(&RpExc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             i + 1, plural, i);
    }
    for (i = 1; i < lz->tuplesize; i++) {
        RpObject *item = next_item(rp_tuple_get_borrow(lz->ittuple, i));
        if (item != NULL) {
            rp_decref(item);
            const char *plural = i == 1 ? " " : "s 1-";
            return rp_err_format(&RpExc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                 i + 1, plural, i);
        }
        if (rp_err_occurred()) {
            return NULL;
        }
    }
    return NULL;   /* all exhausted together */
}

static RpObject *zip_next(RpObject *o)
{
    ZipObject *lz = (ZipObject *)o;
    rp_ssize_t tuplesize = lz->tuplesize;
    RpObject *result = lz->result;
    rp_ssize_t i;
    if (tuplesize == 0) {
        return NULL;
    }
    if (rp_refcnt(result) == 1) {
        rp_incref(result);
        for (i = 0; i < tuplesize; i++) {
            RpObject *item = next_item(rp_tuple_get_borrow(lz->ittuple, i));
            if (item == NULL) {
                rp_decref(result);
                return lz->strict ? zip_check(lz, i) : NULL;
            }
            RpObject *olditem = rp_tuple_get_borrow(result, i);
            rp_tuple_set_steal(result, i, item);
            rp_decref(olditem);
        }
        if (!rp_gc_is_tracked(result)) {
            rp_gc_track(result);
        }
        return result;
    }
    result = rp_tuple_new(tuplesize);
    if (result == NULL) {
        return NULL;
    }
    for (i = 0; i < tuplesize; i++) {
        RpObject *item = next_item(rp_tuple_get_borrow(lz->ittuple, i));
        if (item == NULL) {
            rp_decref(result);
            return lz->strict ? zip_check(lz, i) : NULL;
        }
        rp_tuple_set_steal(result, i, item);
    }
    return result;
}

RpTypeObject RpZip_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "zip",
    .tp_basicsize = sizeof(ZipObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = zip_dealloc,
    .tp_traverse = zip_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = zip_next,
    .tp_new = zip_tp_new,
    .tp_free = rp_object_free,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};

/* ---- map ---- */

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *iters;           /* tuple of iterators */
    RpObject *func;
} MapObject;

static RpObject *map_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    if ((type == &RpMap_Type || type->tp_init == RpMap_Type.tp_init) &&
        !rp_arg_no_kwnames("map", kwnames)) {
        return NULL;
    }
    if (nargs < 2) {
        return rp_err_set_string(&RpExc_TypeError, "map() must have at least two arguments.");
    }
    RpObject *iters = iterators_of(args + 1, nargs - 1);
    if (iters == NULL) {
        return NULL;
    }
    MapObject *lz = (MapObject *)alloc_instance(type, &RpMap_Type);
    if (lz == NULL) {
        rp_decref(iters);
        return NULL;
    }
    lz->iters = iters;
    lz->func = rp_newref(args[0]);
    if (!rp_gc_is_tracked(lz)) {
        rp_gc_track(lz);
    }
    return (RpObject *)lz;
}

static void map_dealloc(RpObject *o)
{
    MapObject *lz = (MapObject *)o;
    rp_gc_untrack(o);
    rp_xdecref(lz->iters);
    rp_xdecref(lz->func);
    rp_type(o)->tp_free(o);
}

static int map_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    MapObject *lz = (MapObject *)o;
    RP_VISIT(lz->iters);
    RP_VISIT(lz->func);
    return 0;
}

static RpObject *map_next(RpObject *o)
{
    MapObject *lz = (MapObject *)o;
    RpObject *small_stack[5];
    RpObject **stack = small_stack;
    RpObject *result = NULL;
    rp_ssize_t niters = rp_tuple_len(lz->iters);
    if (niters > 5) {
        stack = rp_mem_malloc((size_t)niters * sizeof(RpObject *));
        if (stack == NULL) {
            return rp_err_nomemory();
        }
    }
    rp_ssize_t nargs = 0;
    for (rp_ssize_t i = 0; i < niters; i++) {
        RpObject *val = next_item(rp_tuple_get_borrow(lz->iters, i));
        if (val == NULL) {
            goto done;
        }
        stack[i] = val;
        nargs++;
    }
    result = rp_call(lz->func, stack, (size_t)nargs, NULL);
done:
    for (rp_ssize_t i = 0; i < nargs; i++) {
        rp_decref(stack[i]);
    }
    if (stack != small_stack) {
        rp_mem_free(stack);
    }
    return result;
}

RpTypeObject RpMap_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "map",
    .tp_basicsize = sizeof(MapObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = map_dealloc,
    .tp_traverse = map_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = map_next,
    .tp_new = map_tp_new,
    .tp_free = rp_object_free,
    .tp_doc = "map(func, *iterables) --> map object\n\n"
              "Make an iterator that computes the function using arguments from\n"
              "each of the iterables.  Stops when the shortest iterable is exhausted.",
};

/* ---- filter ---- */

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *func;
    RpObject *it;
} FilterObject;

static RpObject *filter_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    if ((type == &RpFilter_Type || type->tp_init == RpFilter_Type.tp_init) &&
        !rp_arg_no_kwnames("filter", kwnames)) {
        return NULL;
    }
    if (!rp_arg_check_positional("filter", nargs, 2, 2)) {
        return NULL;
    }
    RpObject *it = rp_object_get_iter(args[1]);
    if (it == NULL) {
        return NULL;
    }
    FilterObject *lz = (FilterObject *)alloc_instance(type, &RpFilter_Type);
    if (lz == NULL) {
        rp_decref(it);
        return NULL;
    }
    lz->func = rp_newref(args[0]);
    lz->it = it;
    if (!rp_gc_is_tracked(lz)) {
        rp_gc_track(lz);
    }
    return (RpObject *)lz;
}

static void filter_dealloc(RpObject *o)
{
    FilterObject *lz = (FilterObject *)o;
    rp_gc_untrack(o);
    rp_xdecref(lz->func);
    rp_xdecref(lz->it);
    rp_type(o)->tp_free(o);
}

static int filter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    FilterObject *lz = (FilterObject *)o;
    RP_VISIT(lz->it);
    RP_VISIT(lz->func);
    return 0;
}

static RpObject *filter_next(RpObject *o)
{
    FilterObject *lz = (FilterObject *)o;
    int checktrue = lz->func == rp_None || lz->func == (RpObject *)&RpBool_Type;
    for (;;) {
        RpObject *item = next_item(lz->it);
        if (item == NULL) {
            return NULL;
        }
        int ok;
        if (checktrue) {
            ok = rp_object_is_true(item);
        } else {
            RpObject *good = rp_call_one(lz->func, item);
            if (good == NULL) {
                rp_decref(item);
                return NULL;
            }
            ok = rp_object_is_true(good);
            rp_decref(good);
        }
        if (ok > 0) {
            return item;
        }
        rp_decref(item);
        if (ok < 0) {
            return NULL;
        }
    }
}

RpTypeObject RpFilter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "filter",
    .tp_basicsize = sizeof(FilterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = filter_dealloc,
    .tp_traverse = filter_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = filter_next,
    .tp_new = filter_tp_new,
    .tp_free = rp_object_free,
    .tp_doc = "filter(function or None, iterable) --> filter object\n\n"
              "Return an iterator yielding those items of iterable for which function(item)\n"
              "is true. If function is None, return the items that are true.",
};
