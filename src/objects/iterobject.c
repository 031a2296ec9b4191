/* iterobject.c - the generic iterators.
 *
 * Models CPython 3.11's Objects/iterobject.c.
 *
 *   iterator           what iter(obj) returns for an object that has
 *                      __getitem__ but no __iter__: it asks obj[0], obj[1],
 *                      ... and stops at IndexError or StopIteration
 *   callable_iterator  iter(f, sentinel): calls f() until the result
 *                      equals sentinel (or f raises StopIteration)
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

RpObject *rp_self_iter(RpObject *o)
{
    return rp_newref(o);
}

/* ---- sequence iterator ---- */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t it_index;
    RpObject *it_seq;          /* NULL when exhausted */
} SeqIterObject;

RpObject *rp_seqiter_new(RpObject *seq)
{
    SeqIterObject *it = (SeqIterObject *)rp_object_alloc(&RpSeqIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = rp_newref(seq);
    rp_gc_track(it);
    return (RpObject *)it;
}

static void seqiter_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_xdecref(((SeqIterObject *)o)->it_seq);
    rp_object_free(o);
}

static int seqiter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(((SeqIterObject *)o)->it_seq);
    return 0;
}

static RpObject *seqiter_next(RpObject *o)
{
    SeqIterObject *it = (SeqIterObject *)o;
    RpObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->it_index == RP_SSIZE_T_MAX) {
        return rp_err_set_string(&RpExc_OverflowError, "iter index too large");
    }
    RpObject *result = rp_sequence_getitem(seq, it->it_index);
    if (result != NULL) {
        it->it_index++;
        return result;
    }
    if (rp_err_matches(&RpExc_IndexError) || rp_err_matches(&RpExc_StopIteration)) {
        rp_err_clear();
        it->it_seq = NULL;
        rp_decref(seq);
    }
    return NULL;
}

static RpObject *seqiter_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    SeqIterObject *it = (SeqIterObject *)o;
    if (it->it_seq != NULL) {
        RpTypeObject *t = rp_type(it->it_seq);
        if (t->sq_length == NULL && t->mp_length == NULL) {
            return rp_notimplemented_new();
        }
        rp_ssize_t seqsize = rp_object_len(it->it_seq);
        if (seqsize == -1) {
            return NULL;
        }
        rp_ssize_t len = seqsize - it->it_index;
        if (len >= 0) {
            return rp_int_from_ssize_t(len);
        }
    }
    return rp_int_from_long(0);
}

static RpMethodDef seqiter_methods[] = {
    { "__length_hint__", RP_CFUNC(seqiter_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpSeqIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = seqiter_next,
    .tp_free = rp_object_free,
    .tp_methods = seqiter_methods,
};

/* ---- callable iterator ---- */

typedef struct {
    RP_OBJECT_HEAD;
    RpObject *it_callable;     /* NULL when exhausted */
    RpObject *it_sentinel;
} CallIterObject;

RpObject *rp_calliter_new(RpObject *callable, RpObject *sentinel)
{
    CallIterObject *it = (CallIterObject *)rp_object_alloc(&RpCallIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_callable = rp_newref(callable);
    it->it_sentinel = rp_newref(sentinel);
    rp_gc_track(it);
    return (RpObject *)it;
}

static void calliter_dealloc(RpObject *o)
{
    CallIterObject *it = (CallIterObject *)o;
    rp_gc_untrack(o);
    rp_xdecref(it->it_callable);
    rp_xdecref(it->it_sentinel);
    rp_object_free(o);
}

static int calliter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    CallIterObject *it = (CallIterObject *)o;
    RP_VISIT(it->it_callable);
    RP_VISIT(it->it_sentinel);
    return 0;
}

static RpObject *calliter_next(RpObject *o)
{
    CallIterObject *it = (CallIterObject *)o;
    if (it->it_callable == NULL) {
        return NULL;
    }
    RpObject *result = rp_call_noargs(it->it_callable);
    if (result != NULL) {
        int ok = rp_object_richcompare_bool(it->it_sentinel, result, RP_EQ);
        if (ok == 0) {
            return result;
        }
        if (ok > 0) {
            RP_CLEAR(it->it_callable);
            RP_CLEAR(it->it_sentinel);
        }
    } else if (rp_err_matches(&RpExc_StopIteration)) {
        rp_err_clear();
        RP_CLEAR(it->it_callable);
        RP_CLEAR(it->it_sentinel);
    }
    rp_xdecref(result);
    return NULL;
}

RpTypeObject RpCallIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = calliter_dealloc,
    .tp_traverse = calliter_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = calliter_next,
    .tp_free = rp_object_free,
};
