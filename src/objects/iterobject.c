/* iterobject.c - the two generic iterators of CPython 3.11's
 * Objects/iterobject.c:
 *   iterator           iter(obj) for an object with __getitem__ only:
 *                      obj[0], obj[1], ... until IndexError/StopIteration
 *   callable_iterator  iter(callable, sentinel)
 */
#include "iterobject.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "intobject.h"
#include "noneobject.h"
#include "tupleobject.h"
#include "typeobject.h"

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t it_index;
    RpObject *it_seq;          /* NULL when exhausted */
} RpSeqIterObject;

RpObject *rp_seqiter_new(RpObject *seq)
{
    RpSeqIterObject *it = (RpSeqIterObject *)rp_object_alloc(&RpSeqIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = rp_newref(seq);
    rp_gc_track(it);
    return (RpObject *)it;
}

static void seqiter_dealloc(RpObject *self)
{
    rp_gc_untrack(self);
    RP_CLEAR(((RpSeqIterObject *)self)->it_seq);
    rp_object_free(self);
}

static int seqiter_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpSeqIterObject *)self)->it_seq);
    return 0;
}

static RpObject *seqiter_next(RpObject *self)
{
    RpSeqIterObject *it = (RpSeqIterObject *)self;
    RpObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->it_index == RP_SSIZE_T_MAX) {
        return rp_err_set_string(&RpExc_OverflowError, "iter index too large");
    }
    RpObject *r = rp_sequence_getitem(seq, it->it_index);
    if (r != NULL) {
        it->it_index++;
        return r;
    }
    if (rp_err_matches(&RpExc_IndexError) || rp_err_matches(&RpExc_StopIteration)) {
        rp_err_clear();
        it->it_seq = NULL;
        rp_decref(seq);
    }
    return NULL;
}

static RpObject *seqiter_iter(RpObject *self)
{
    return rp_newref(self);
}

static RpObject *seqiter_length_hint(RpObject *self, RpObject *unused)
{
    RpSeqIterObject *it = (RpSeqIterObject *)self;
    if (it->it_seq == NULL) {
        return rp_int_from_long(0);
    }
    rp_ssize_t n = rp_type(it->it_seq)->sq_length ? rp_object_len(it->it_seq) : -1;
    if (n < 0) {
        if (n == -1 && rp_err_occurred()) {
            if (!rp_err_matches(&RpExc_TypeError)) {
                return NULL;
            }
            rp_err_clear();
        }
        return rp_notimplemented_new();
    }
    n -= it->it_index;
    return rp_int_from_ssize_t(n < 0 ? 0 : n);
}

static RpMethodDef seqiter_methods[] = {
    {"__length_hint__", RP_CFUNC(seqiter_length_hint), RP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL}
};

RpTypeObject RpSeqIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(RpSeqIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = seqiter_iter,
    .tp_iternext = seqiter_next,
    .tp_methods = seqiter_methods,
};

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *it_callable;     /* NULL when exhausted */
    RpObject *it_sentinel;
} RpCallIterObject;

RpObject *rp_calliter_new(RpObject *callable, RpObject *sentinel)
{
    RpCallIterObject *it = (RpCallIterObject *)rp_object_alloc(&RpCallIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_callable = rp_newref(callable);
    it->it_sentinel = rp_newref(sentinel);
    rp_gc_track(it);
    return (RpObject *)it;
}

static void calliter_dealloc(RpObject *self)
{
    RpCallIterObject *it = (RpCallIterObject *)self;
    rp_gc_untrack(self);
    RP_CLEAR(it->it_callable);
    RP_CLEAR(it->it_sentinel);
    rp_object_free(self);
}

static int calliter_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpCallIterObject *it = (RpCallIterObject *)self;
    RP_VISIT(it->it_callable);
    RP_VISIT(it->it_sentinel);
    return 0;
}

static RpObject *calliter_next(RpObject *self)
{
    RpCallIterObject *it = (RpCallIterObject *)self;
    if (it->it_callable == NULL) {
        return NULL;
    }
    RpObject *r = rp_call_noargs(it->it_callable);
    if (r != NULL) {
        int ok = rp_object_richcompare_bool(it->it_sentinel, r, RP_EQ);
        if (ok == 0) {
            return r;
        }
        rp_decref(r);
        if (ok > 0) {
            RP_CLEAR(it->it_callable);
            RP_CLEAR(it->it_sentinel);
        }
    } else if (rp_err_matches(&RpExc_StopIteration)) {
        rp_err_clear();
        RP_CLEAR(it->it_callable);
        RP_CLEAR(it->it_sentinel);
    }
    return NULL;
}

RpTypeObject RpCallIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(RpCallIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = calliter_dealloc,
    .tp_traverse = calliter_traverse,
    .tp_iter = seqiter_iter,
    .tp_iternext = calliter_next,
};
