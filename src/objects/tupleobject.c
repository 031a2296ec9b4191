/* tupleobject.c - the tuple type.
 *
 * Models CPython 3.11's Objects/tupleobject.c.
 *
 * Memory model:
 *   - () is one statically allocated object (never tracked, never freed);
 *     every way of making an empty exact tuple returns it.
 *   - A dead exact tuple of length 1..19 is kept on the free list for its
 *     length (2000 each, LIFO) and handed out by the next rp_tuple_new of
 *     that length; taking one is not a GC allocation (as 3.11).
 *   - Items are released last to first (visible through __del__).
 *   - A tuple is tracked by the GC from creation; a collection untracks
 *     it when none of its items can be part of a cycle
 *     (rp_tuple_maybe_untrack), as CPython's _PyTuple_MaybeUntrack.
 *   - t[:] is t, t * 1 is t, t + () is t, () + t is t, tuple(t) is t for
 *     exact tuples: immutable objects are shared instead of copied.
 */
#include "tupleobject.h"

#include <stdarg.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/freelist.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "boolobject.h"
#include "exceptions.h"
#include "genericaliasobject.h"
#include "intobject.h"
#include "iterobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "sliceobject.h"
#include "strobject.h"
#include "typeobject.h"

/* The () singleton, with room for its GC head in front (it is a GC type's
 * instance, but never tracked). */
static struct {
    RpGCHead gc;
    RpTupleObject tuple;
} empty_tuple = {
    { 0, 0 },
    { RP_STATIC_IMMORTAL_VAROBJECT_INIT(&RpTuple_Type, 0), { NULL } },
};
#define EMPTY ((RpObject *)&empty_tuple.tuple)

RpObject *rp_tuple_empty_borrow(void) { return EMPTY; }

static inline RpObject *tuple_get_empty(void) { return rp_newref(EMPTY); }

/* Can `o` be part of a reference cycle?  (CPython's
 * _PyObject_GC_MAY_BE_TRACKED: GC objects, except untracked tuples.) */
static inline int may_be_tracked(RpObject *o)
{
    if (!rp_object_is_gc(o)) {
        return 0;
    }
    if (rp_tuple_check_exact(o)) {
        return rp_gc_is_tracked(o);
    }
    return 1;
}

/* Memory for an exact tuple of n > 0 slots, from the free list when
 * possible; slots NULL, not tracked. */
static RpTupleObject *tuple_alloc(rp_ssize_t n)
{
    RpTupleObject *op;
    if (n < RP_TUPLE_MAXSAVESIZE) {
        op = (RpTupleObject *)rp_freelist_pop(&rp_runtime.freelists.tuple[n], &RpTuple_Type);
        if (op != NULL) {
            op->ob_base.ob_size = n;
            memset(op->ob_item, 0, (size_t)n * sizeof(RpObject *));
            return op;
        }
    }
    if ((size_t)n > ((size_t)RP_SSIZE_T_MAX - sizeof(RpTupleObject)) / sizeof(RpObject *)) {
        return (RpTupleObject *)rp_err_nomemory();
    }
    return (RpTupleObject *)rp_object_alloc_var(&RpTuple_Type, n);
}

RpObject *rp_tuple_new(rp_ssize_t n)
{
    if (n == 0) {
        return tuple_get_empty();
    }
    if (n < 0) {
        return RP_BAD_INTERNAL_CALL();
    }
    RpTupleObject *op = tuple_alloc(n);
    if (op == NULL) {
        return NULL;
    }
    rp_gc_track(op);
    return (RpObject *)op;
}

RpObject *rp_tuple_from_array(RpObject *const *items, rp_ssize_t n)
{
    if (n == 0) {
        return tuple_get_empty();
    }
    RpTupleObject *op = tuple_alloc(n);
    if (op == NULL) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        op->ob_item[i] = rp_newref(items[i]);
    }
    rp_gc_track(op);
    return (RpObject *)op;
}

RpObject *rp_tuple_from_array_steal(RpObject *const *items, rp_ssize_t n)
{
    if (n == 0) {
        return tuple_get_empty();
    }
    RpTupleObject *op = tuple_alloc(n);
    if (op == NULL) {
        for (rp_ssize_t i = 0; i < n; i++) {
            rp_decref(items[i]);
        }
        return NULL;
    }
    memcpy(op->ob_item, items, (size_t)n * sizeof(RpObject *));
    rp_gc_track(op);
    return (RpObject *)op;
}

RpObject *rp_tuple_pack(rp_ssize_t n, ...)
{
    if (n == 0) {
        return tuple_get_empty();
    }
    RpTupleObject *op = tuple_alloc(n);
    if (op == NULL) {
        return NULL;
    }
    va_list ap;
    va_start(ap, n);
    for (rp_ssize_t i = 0; i < n; i++) {
        op->ob_item[i] = rp_newref(va_arg(ap, RpObject *));
    }
    va_end(ap);
    rp_gc_track(op);
    return (RpObject *)op;
}

/* tupleslice: [lo, hi) clamped; the whole exact tuple is itself */
RpObject *rp_tuple_slice(RpObject *t, rp_ssize_t lo, rp_ssize_t hi)
{
    rp_ssize_t n = rp_tuple_len(t);
    if (lo < 0) {
        lo = 0;
    }
    if (hi > n) {
        hi = n;
    }
    if (hi < lo) {
        hi = lo;
    }
    if (lo == 0 && hi == n && rp_tuple_check_exact(t)) {
        return rp_newref(t);
    }
    return rp_tuple_from_array(rp_tuple_items(t) + lo, hi - lo);
}

int rp_tuple_resize(RpObject **pt, rp_ssize_t newsize)
{
    RpObject *v = *pt;
    if (v == NULL || rp_type(v) != &RpTuple_Type || newsize < 0 ||
        (rp_size(v) != 0 && rp_refcnt(v) != 1)) {
        *pt = NULL;
        rp_xdecref(v);
        RP_BAD_INTERNAL_CALL();
        return -1;
    }
    rp_ssize_t oldsize = rp_size(v);
    if (oldsize == newsize) {
        return 0;
    }
    if (newsize == 0) {
        rp_decref(v);
        *pt = tuple_get_empty();
        return 0;
    }
    if (oldsize == 0) {
        /* the singleton is never resized in place */
        rp_decref(v);
        *pt = rp_tuple_new(newsize);
        return *pt == NULL ? -1 : 0;
    }
    /* As CPython's PyObject_GC_Resize: new memory of the new size (not
     * from a free list), the items moved, the old memory released. */
    RpTupleObject *old = (RpTupleObject *)v;
    for (rp_ssize_t i = newsize; i < oldsize; i++) {
        RP_CLEAR(old->ob_item[i]);
    }
    RpTupleObject *sv = (RpTupleObject *)rp_object_alloc_var(&RpTuple_Type, newsize);
    if (sv == NULL) {
        *pt = NULL;
        rp_decref(v);
        return -1;
    }
    rp_ssize_t keep = oldsize < newsize ? oldsize : newsize;
    memcpy(sv->ob_item, old->ob_item, (size_t)keep * sizeof(RpObject *));
    rp_gc_untrack(v);
    rp_life(RP_LIFE_DEALLOC, v);
    old->ob_base.ob_base.ob_refcnt = 0;
    RP_REFTOTAL_ADD(-1);
    rp_object_free(v);
    rp_gc_track(sv);
    *pt = (RpObject *)sv;
    return 0;
}

RpObject *rp_tuple_from_iterable(RpObject *v)
{
    if (rp_tuple_check_exact(v)) {
        return rp_newref(v);
    }
    if (rp_list_check_exact(v)) {
        return rp_list_as_tuple(v);
    }
    RpObject *it = rp_object_get_iter(v);
    if (it == NULL) {
        return NULL;
    }
    RpObject *result = NULL;
    rp_ssize_t n = rp_object_length_hint(v, 10);
    if (n < 0) {
        goto fail;
    }
    result = rp_tuple_new(n);
    if (result == NULL) {
        goto fail;
    }
    rp_ssize_t j;
    for (j = 0;; j++) {
        RpObject *item = rp_iter_next(it);
        if (item == NULL) {
            if (rp_err_occurred()) {
                goto fail;
            }
            break;
        }
        if (j >= n) {
            /* grow by ten and then 25%: the excess is given back below */
            size_t newn = (size_t)n + 10u;
            newn += newn >> 2;
            if (newn > (size_t)RP_SSIZE_T_MAX) {
                rp_err_nomemory();
                rp_decref(item);
                goto fail;
            }
            n = (rp_ssize_t)newn;
            if (rp_tuple_resize(&result, n) != 0) {
                rp_decref(item);
                goto fail;
            }
        }
        rp_tuple_set_steal(result, j, item);
    }
    if (j < n && rp_tuple_resize(&result, j) != 0) {
        goto fail;
    }
    rp_decref(it);
    return result;

fail:
    rp_xdecref(result);
    rp_decref(it);
    return NULL;
}

int rp_tuple_can_untrack(RpObject *op)
{
    if (!rp_tuple_check_exact(op) || !rp_gc_is_tracked(op)) {
        return 0;
    }
    rp_ssize_t n = rp_tuple_len(op);
    RpObject **items = rp_tuple_items(op);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *elt = items[i];
        /* a tuple being filled is not untracked yet */
        if (elt == NULL || may_be_tracked(elt)) {
            return 0;
        }
    }
    return 1;
}

void rp_tuple_maybe_untrack(RpObject *op)
{
    if (rp_tuple_can_untrack(op)) {
        rp_gc_untrack(op);
    }
}

/* ---- slots ---- */

static void tuple_dealloc(RpObject *o)
{
    RpTupleObject *op = (RpTupleObject *)o;
    rp_ssize_t n = op->ob_base.ob_size;
    rp_gc_untrack(o);
    rp_ssize_t i = n;
    while (--i >= 0) {
        rp_xdecref(op->ob_item[i]);
    }
    RpTypeObject *type = rp_type(o);
    /* lengths 1..20 are kept; 20 is never taken back (tuple_alloc), as in
       CPython 3.11 */
    if (type == &RpTuple_Type && n > 0 && n <= RP_TUPLE_MAXSAVESIZE &&
        rp_freelist_push(&rp_runtime.freelists.tuple[n], o)) {
        return;
    }
    type->tp_free(o);
}

static int tuple_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RpTupleObject *op = (RpTupleObject *)o;
    for (rp_ssize_t i = op->ob_base.ob_size; --i >= 0;) {
        RP_VISIT(op->ob_item[i]);
    }
    return 0;
}

static RpObject *tuple_repr(RpObject *o)
{
    rp_ssize_t n = rp_tuple_len(o);
    if (n == 0) {
        return rp_str_from_cstr("()");
    }
    /* a tuple can hold itself only through a mutable object: guard */
    int r = rp_repr_enter(o);
    if (r != 0) {
        return r > 0 ? rp_str_from_cstr("(...)") : NULL;
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (rp_strwriter_write_char(&w, '(') < 0) {
        goto nomem;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        if (i > 0 && rp_strwriter_write_ascii(&w, ", ", 2) < 0) {
            goto nomem;
        }
        RpObject *s = rp_object_repr(rp_tuple_get_borrow(o, i));
        if (s == NULL) {
            goto error;
        }
        int rc = rp_strwriter_write_str(&w, s);
        rp_decref(s);
        if (rc < 0) {
            goto nomem;
        }
    }
    if (n == 1 ? rp_strwriter_write_ascii(&w, ",)", 2) < 0
               : rp_strwriter_write_char(&w, ')') < 0) {
        goto nomem;
    }
    rp_repr_leave(o);
    return rp_strwriter_finish(&w);

nomem:
    rp_err_nomemory();
error:
    rp_repr_leave(o);
    rp_strwriter_discard(&w);
    return NULL;
}

/* CPython 3.11's tuplehash: xxHash's round on each item's hash */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

rp_hash_t rp_tuple_hash(RpObject *o)
{
    rp_ssize_t len = rp_tuple_len(o);
    RpObject **item = rp_tuple_items(o);
    uint64_t acc = XXPRIME_5;
    if (RP_UNLIKELY(rp_check_c_stack("") < 0)) {
        return -1;
    }
    for (rp_ssize_t i = 0; i < len; i++) {
        rp_hash_t h = rp_object_hash(item[i]);
        if (h == -1) {
            return -1;
        }
        uint64_t lane = (uint64_t)h;
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    /* the length, mangled to keep the historical value of hash(()) */
    acc += (uint64_t)len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (rp_hash_t)acc;
}

static RpObject *richcompare_sizes(rp_ssize_t a, rp_ssize_t b, int op)
{
    int r;
    switch (op) {
    case RP_LT: r = a < b; break;
    case RP_LE: r = a <= b; break;
    case RP_EQ: r = a == b; break;
    case RP_NE: r = a != b; break;
    case RP_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return rp_bool_from_long(r);
}

static RpObject *tuple_richcompare(RpObject *v, RpObject *w, int op)
{
    if (!rp_tuple_check(v) || !rp_tuple_check(w)) {
        return rp_notimplemented_new();
    }
    rp_ssize_t vlen = rp_tuple_len(v), wlen = rp_tuple_len(w);
    RpObject **vi = rp_tuple_items(v), **wi = rp_tuple_items(w);
    rp_ssize_t i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = rp_object_richcompare_bool(vi[i], wi[i], RP_EQ);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vlen || i >= wlen) {
        return richcompare_sizes(vlen, wlen, op);
    }
    if (op == RP_EQ) {
        return rp_bool_from_long(0);
    }
    if (op == RP_NE) {
        return rp_bool_from_long(1);
    }
    return rp_object_richcompare(vi[i], wi[i], op);
}

static rp_ssize_t tuple_length(RpObject *o) { return rp_tuple_len(o); }

static int tuple_contains(RpObject *a, RpObject *el)
{
    int cmp = 0;
    for (rp_ssize_t i = 0; cmp == 0 && i < rp_tuple_len(a); i++) {
        cmp = rp_object_richcompare_bool(rp_tuple_get_borrow(a, i), el, RP_EQ);
    }
    return cmp;
}

static RpObject *tuple_item(RpObject *a, rp_ssize_t i)
{
    if ((size_t)i >= (size_t)rp_tuple_len(a)) {
        return rp_err_set_string(&RpExc_IndexError, "tuple index out of range");
    }
    return rp_newref(rp_tuple_get_borrow(a, i));
}

static RpObject *tuple_subscript(RpObject *self, RpObject *item)
{
    rp_ssize_t n = rp_tuple_len(self);
    if (rp_int_check_exact(item) && rp_int_is_compact((RpLongObject *)item)) {
        rp_ssize_t i = rp_int_compact_value((RpLongObject *)item);
        if (i < 0) {
            i += n;
        }
        return tuple_item(self, i);
    }
    if (rp_index_check(item)) {
        rp_ssize_t i = rp_number_as_ssize_t(item, &RpExc_IndexError);
        if (i == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += n;
        }
        return tuple_item(self, i);
    }
    if (rp_slice_check(item)) {
        rp_ssize_t start, stop, step;
        if (rp_slice_unpack(item, &start, &stop, &step) < 0) {
            return NULL;
        }
        rp_ssize_t len = rp_slice_adjust_indices(n, &start, &stop, step);
        if (len <= 0) {
            return tuple_get_empty();
        }
        if (start == 0 && step == 1 && len == n && rp_tuple_check_exact(self)) {
            return rp_newref(self);
        }
        RpTupleObject *result = tuple_alloc(len);
        if (result == NULL) {
            return NULL;
        }
        RpObject **src = rp_tuple_items(self);
        size_t cur = (size_t)start;
        for (rp_ssize_t i = 0; i < len; cur += (size_t)step, i++) {
            result->ob_item[i] = rp_newref(src[cur]);
        }
        rp_gc_track(result);
        return (RpObject *)result;
    }
    return rp_err_format(&RpExc_TypeError, "tuple indices must be integers or slices, not %T",
                         item);
}

static RpObject *tuple_concat(RpObject *a, RpObject *bb)
{
    if (!rp_tuple_check(bb)) {
        return rp_err_format(&RpExc_TypeError,
                             "can only concatenate tuple (not \"%T\") to tuple", bb);
    }
    rp_ssize_t na = rp_tuple_len(a), nb = rp_tuple_len(bb);
    if (na == 0 && rp_tuple_check_exact(bb)) {
        return rp_newref(bb);
    }
    if (nb == 0 && rp_tuple_check_exact(a)) {
        return rp_newref(a);
    }
    rp_ssize_t size = na + nb;
    if (size == 0) {
        return tuple_get_empty();
    }
    RpTupleObject *np = tuple_alloc(size);
    if (np == NULL) {
        return NULL;
    }
    RpObject **src = rp_tuple_items(a);
    for (rp_ssize_t i = 0; i < na; i++) {
        np->ob_item[i] = rp_newref(src[i]);
    }
    src = rp_tuple_items(bb);
    for (rp_ssize_t i = 0; i < nb; i++) {
        np->ob_item[na + i] = rp_newref(src[i]);
    }
    rp_gc_track(np);
    return (RpObject *)np;
}

static RpObject *tuple_repeat(RpObject *a, rp_ssize_t n)
{
    rp_ssize_t size = rp_tuple_len(a);
    if ((size == 0 || n == 1) && rp_tuple_check_exact(a)) {
        return rp_newref(a);
    }
    if (size == 0 || n <= 0) {
        return tuple_get_empty();
    }
    if (size > RP_SSIZE_T_MAX / n) {
        return rp_err_nomemory();
    }
    RpTupleObject *np = tuple_alloc(size * n);
    if (np == NULL) {
        return NULL;
    }
    RpObject **src = rp_tuple_items(a), **dest = np->ob_item;
    for (rp_ssize_t i = 0; i < n; i++) {
        for (rp_ssize_t j = 0; j < size; j++) {
            *dest++ = rp_newref(src[j]);
        }
    }
    rp_gc_track(np);
    return (RpObject *)np;
}

/* ---- creation from Python ---- */

static RpObject *tuple_subtype_new(RpTypeObject *type, RpObject *iterable)
{
    RpObject *tmp = iterable == NULL ? tuple_get_empty() : rp_tuple_from_iterable(iterable);
    if (tmp == NULL) {
        return NULL;
    }
    rp_ssize_t n = rp_tuple_len(tmp);
    RpObject *newobj = rp_type_generic_alloc(type, n);
    if (newobj == NULL) {
        rp_decref(tmp);
        return NULL;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        rp_tuple_set_steal(newobj, i, rp_newref(rp_tuple_get_borrow(tmp, i)));
    }
    rp_decref(tmp);
    if (!rp_gc_is_tracked(newobj)) {
        rp_gc_track(newobj);
    }
    return newobj;
}

static RpObject *tuple_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    if (!rp_arg_no_kwnames("tuple", kwnames) ||
        !rp_arg_check_positional("tuple", nargs, 0, 1)) {
        return NULL;
    }
    RpObject *iterable = nargs ? args[0] : NULL;
    if (type != &RpTuple_Type) {
        return tuple_subtype_new(type, iterable);
    }
    if (iterable == NULL) {
        return tuple_get_empty();
    }
    return rp_tuple_from_iterable(iterable);
}

/* ---- methods ---- */

static RpObject *tuple_index(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("index", nargs, 1, 3)) {
        return NULL;
    }
    rp_ssize_t n = rp_tuple_len(self);
    rp_ssize_t start = 0, stop = RP_SSIZE_T_MAX;
    if (nargs >= 2 && rp_arg_slice_index(args[1], &start) < 0) {
        return NULL;
    }
    if (nargs >= 3 && rp_arg_slice_index(args[2], &stop) < 0) {
        return NULL;
    }
    if (start < 0) {
        start += n;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += n;
    } else if (stop > n) {
        stop = n;
    }
    for (rp_ssize_t i = start; i < stop; i++) {
        int cmp = rp_object_richcompare_bool(rp_tuple_get_borrow(self, i), args[0], RP_EQ);
        if (cmp > 0) {
            return rp_int_from_ssize_t(i);
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    return rp_err_set_string(&RpExc_ValueError, "tuple.index(x): x not in tuple");
}

static RpObject *tuple_count(RpObject *self, RpObject *value)
{
    rp_ssize_t count = 0;
    for (rp_ssize_t i = 0; i < rp_tuple_len(self); i++) {
        int cmp = rp_object_richcompare_bool(rp_tuple_get_borrow(self, i), value, RP_EQ);
        if (cmp > 0) {
            count++;
        } else if (cmp < 0) {
            return NULL;
        }
    }
    return rp_int_from_ssize_t(count);
}

static RpObject *tuple_getnewargs(RpObject *self, RpObject *unused)
{
    (void)unused;
    RpObject *t = rp_tuple_slice(self, 0, rp_tuple_len(self));
    if (t == NULL) {
        return NULL;
    }
    return rp_tuple_from_array_steal(&t, 1);
}

static RpMethodDef tuple_methods[] = {
    { "__class_getitem__", RP_CFUNC(rp_generic_alias_class_getitem), RP_METH_O | RP_METH_CLASS,
      "See PEP 585" },
    { "__getnewargs__", RP_CFUNC(tuple_getnewargs), RP_METH_NOARGS, NULL },
    { "index", RP_CFUNC(tuple_index), RP_METH_FASTCALL,
      "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", RP_CFUNC(tuple_count), RP_METH_O, "Return number of occurrences of value." },
    { NULL, NULL, 0, NULL }
};

/* ---- the iterator ---- */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t it_index;
    RpObject *it_seq;          /* NULL when exhausted */
} TupleIterObject;

static RpObject *tuple_iter(RpObject *seq)
{
    TupleIterObject *it = (TupleIterObject *)rp_object_alloc(&RpTupleIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = rp_newref(seq);
    rp_gc_track(it);
    return (RpObject *)it;
}

static void tupleiter_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_xdecref(((TupleIterObject *)o)->it_seq);
    rp_object_free(o);
}

static int tupleiter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(((TupleIterObject *)o)->it_seq);
    return 0;
}

static RpObject *tupleiter_next(RpObject *o)
{
    TupleIterObject *it = (TupleIterObject *)o;
    RpObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->it_index < rp_tuple_len(seq)) {
        return rp_newref(rp_tuple_get_borrow(seq, it->it_index++));
    }
    it->it_seq = NULL;
    rp_decref(seq);
    return NULL;
}

static RpObject *tupleiter_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    TupleIterObject *it = (TupleIterObject *)o;
    rp_ssize_t len = 0;
    if (it->it_seq != NULL) {
        len = rp_tuple_len(it->it_seq) - it->it_index;
    }
    return rp_int_from_ssize_t(len);
}

static RpObject *tupleiter_setstate(RpObject *o, RpObject *state)
{
    TupleIterObject *it = (TupleIterObject *)o;
    rp_ssize_t index = rp_number_as_ssize_t(state, NULL);
    if (index == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (it->it_seq != NULL) {
        if (index < 0) {
            index = 0;
        } else if (index > rp_tuple_len(it->it_seq)) {
            index = rp_tuple_len(it->it_seq);
        }
        it->it_index = index;
    }
    return rp_none_new();
}

static RpMethodDef tupleiter_methods[] = {
    { "__length_hint__", RP_CFUNC(tupleiter_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__setstate__", RP_CFUNC(tupleiter_setstate), RP_METH_O,
      "Set state information for unpickling." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpTupleIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(TupleIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = tupleiter_dealloc,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = tupleiter_next,
    .tp_free = rp_object_free,
    .tp_methods = tupleiter_methods,
};

RpTypeObject RpTuple_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "tuple",
    .tp_basicsize = sizeof(RpTupleObject) - sizeof(RpObject *),
    .tp_itemsize = sizeof(RpObject *),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE | RP_TPFLAGS_TUPLE_SUBCLASS,
    .tp_dealloc = tuple_dealloc,
    .tp_traverse = tuple_traverse,
    .tp_repr = tuple_repr,
    .tp_hash = rp_tuple_hash,
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .tp_new = tuple_tp_new,
    .tp_free = rp_object_free,
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
    .tp_methods = tuple_methods,
    .tp_doc = "Built-in immutable sequence.\n\n"
              "If no argument is given, the constructor returns an empty tuple.\n"
              "If iterable is specified the tuple is initialized from iterable's items.\n\n"
              "If the argument is a tuple, the return value is the same object.",
};
