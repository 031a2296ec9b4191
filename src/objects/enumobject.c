/* enumobject.c - enumerate and reversed.
 *
 * Models CPython 3.11's Objects/enumobject.c.
 *
 * enumerate keeps its count in a C integer until sys.maxsize, then in an
 * int.  Its (index, item) result tuple is handed out again when the
 * caller dropped it (refcount back to 1), so `for i, x in enumerate(s)`
 * allocates one tuple in all, as in CPython.
 */
#include "enumobject.h"

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "dictobject.h"
#include "exceptions.h"
#include "genericaliasobject.h"
#include "intobject.h"
#include "iterobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

/* ---- enumerate ---- */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t en_index;       /* the next index, while it fits */
    RpObject *en_sit;          /* the underlying iterator */
    RpObject *en_result;       /* the reusable result tuple */
    RpObject *en_longindex;    /* the next index past sys.maxsize */
    RpObject *one;             /* borrowed 1 */
} EnumObject;                  /* 56 bytes + GC head, as 3.11's */

static RpObject *alloc_instance(RpTypeObject *type, RpTypeObject *base)
{
    if (type == base) {
        return rp_object_alloc(type);
    }
    return rp_type_generic_alloc(type, 0);
}

static RpObject *enum_new_impl(RpTypeObject *type, RpObject *iterable, RpObject *start)
{
    EnumObject *en = (EnumObject *)alloc_instance(type, &RpEnum_Type);
    if (en == NULL) {
        return NULL;
    }
    en->one = rp_small_int_borrow(1);
    if (start != NULL) {
        start = rp_number_index(start);
        if (start == NULL) {
            rp_decref(en);
            return NULL;
        }
        en->en_index = rp_int_as_ssize_t(start);
        if (en->en_index == -1 && rp_err_occurred()) {
            rp_err_clear();
            en->en_index = RP_SSIZE_T_MAX;
            en->en_longindex = start;
        } else {
            en->en_longindex = NULL;
            rp_decref(start);
        }
    } else {
        en->en_index = 0;
        en->en_longindex = NULL;
    }
    en->en_sit = rp_object_get_iter(iterable);
    if (en->en_sit == NULL) {
        rp_decref(en);
        return NULL;
    }
    en->en_result = rp_tuple_pack(2, rp_None, rp_None);
    if (en->en_result == NULL) {
        rp_decref(en);
        return NULL;
    }
    if (!rp_gc_is_tracked(en)) {
        rp_gc_track(en);
    }
    return (RpObject *)en;
}

static int check_keyword(RpObject *kwnames, rp_ssize_t index, const char *name)
{
    RpObject *kw = rp_tuple_get_borrow(kwnames, index);
    if (!rp_str_eq_cstr(kw, name)) {
        rp_err_format(&RpExc_TypeError, "'%S' is an invalid keyword argument for enumerate()", kw);
        return 0;
    }
    return 1;
}

/* enumerate(iterable, start=0), with 3.11's hand-made argument checks */
static RpObject *enum_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    rp_ssize_t nkwargs = kwnames != NULL ? rp_tuple_len(kwnames) : 0;
    rp_ssize_t total = (rp_ssize_t)nargs + nkwargs;
    if (total == 2) {
        if (nkwargs == 1) {
            if (!check_keyword(kwnames, 0, "start")) {
                return NULL;
            }
        } else if (nkwargs == 2) {
            RpObject *kw0 = rp_tuple_get_borrow(kwnames, 0);
            if (rp_str_eq_cstr(kw0, "start")) {
                if (!check_keyword(kwnames, 1, "iterable")) {
                    return NULL;
                }
                return enum_new_impl(type, args[1], args[0]);
            }
            if (!check_keyword(kwnames, 0, "iterable") || !check_keyword(kwnames, 1, "start")) {
                return NULL;
            }
        }
        return enum_new_impl(type, args[0], args[1]);
    }
    if (total == 1) {
        if (nkwargs == 1 && !check_keyword(kwnames, 0, "iterable")) {
            return NULL;
        }
        return enum_new_impl(type, args[0], NULL);
    }
    if (nargs == 0) {
        return rp_err_set_string(&RpExc_TypeError, "enumerate() missing required argument 'iterable'");
    }
    return rp_err_format(&RpExc_TypeError, "enumerate() takes at most 2 arguments (%zd given)", total);
}

static void enum_dealloc(RpObject *o)
{
    EnumObject *en = (EnumObject *)o;
    rp_gc_untrack(o);
    rp_xdecref(en->en_sit);
    rp_xdecref(en->en_result);
    rp_xdecref(en->en_longindex);
    rp_type(o)->tp_free(o);
}

static int enum_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    EnumObject *en = (EnumObject *)o;
    RP_VISIT(en->en_sit);
    RP_VISIT(en->en_result);
    RP_VISIT(en->en_longindex);
    return 0;
}

/* (index, item) in the reused tuple when possible; steals both */
static RpObject *enum_result(EnumObject *en, RpObject *next_index, RpObject *next_item)
{
    RpObject *result = en->en_result;
    if (rp_refcnt(result) == 1) {
        rp_incref(result);
        RpObject *old_index = rp_tuple_get_borrow(result, 0);
        RpObject *old_item = rp_tuple_get_borrow(result, 1);
        rp_tuple_set_steal(result, 0, next_index);
        rp_tuple_set_steal(result, 1, next_item);
        rp_decref(old_index);
        rp_decref(old_item);
        /* a collection may have untracked it */
        if (!rp_gc_is_tracked(result)) {
            rp_gc_track(result);
        }
        return result;
    }
    result = rp_tuple_new(2);
    if (result == NULL) {
        rp_decref(next_index);
        rp_decref(next_item);
        return NULL;
    }
    rp_tuple_set_steal(result, 0, next_index);
    rp_tuple_set_steal(result, 1, next_item);
    return result;
}

static RpObject *enum_next_long(EnumObject *en, RpObject *next_item)
{
    if (en->en_longindex == NULL) {
        en->en_longindex = rp_int_from_ssize_t(RP_SSIZE_T_MAX);
        if (en->en_longindex == NULL) {
            rp_decref(next_item);
            return NULL;
        }
    }
    RpObject *next_index = en->en_longindex;
    RpObject *stepped_up = rp_number_add(next_index, en->one);
    if (stepped_up == NULL) {
        rp_decref(next_item);
        return NULL;
    }
    en->en_longindex = stepped_up;
    return enum_result(en, next_index, next_item);
}

static RpObject *enum_next(RpObject *o)
{
    EnumObject *en = (EnumObject *)o;
    RpObject *next_item = rp_iter_next(en->en_sit);
    if (next_item == NULL) {
        return NULL;
    }
    if (en->en_index == RP_SSIZE_T_MAX) {
        return enum_next_long(en, next_item);
    }
    RpObject *next_index = rp_int_from_ssize_t(en->en_index);
    if (next_index == NULL) {
        rp_decref(next_item);
        return NULL;
    }
    en->en_index++;
    return enum_result(en, next_index, next_item);
}

static RpMethodDef enum_methods[] = {
    { "__class_getitem__", RP_CFUNC(rp_generic_alias_class_getitem), RP_METH_O | RP_METH_CLASS,
      "See PEP 585" },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpEnum_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(EnumObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = enum_dealloc,
    .tp_traverse = enum_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = enum_next,
    .tp_new = enum_tp_new,
    .tp_free = rp_object_free,
    .tp_methods = enum_methods,
    .tp_doc = "Return an enumerate object.\n\n"
              "  iterable\n    an object supporting iteration\n\n"
              "The enumerate object yields pairs containing a count (from start, which\n"
              "defaults to zero) and a value yielded by the iterable argument.",
};

/* ---- reversed ---- */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t index;
    RpObject *seq;             /* NULL when exhausted */
} ReversedObject;

static RpObject *reversed_new_impl(RpTypeObject *type, RpObject *seq)
{
    RpObject *meth = rp_type_lookup_borrow(rp_type(seq), rp_id(__reversed__));
    if (meth == rp_None) {
        return rp_err_format(&RpExc_TypeError, "'%T' object is not reversible", seq);
    }
    if (meth != NULL) {
        int found = 0;
        return rp_call_special(seq, rp_id(__reversed__), NULL, 0, &found);
    }
    /* a sequence: has __getitem__ and is not a mapping */
    if (rp_type(seq)->sq_item == NULL || rp_dict_check(seq)) {
        return rp_err_format(&RpExc_TypeError, "'%T' object is not reversible", seq);
    }
    rp_ssize_t n = rp_object_len(seq);
    if (n == -1) {
        return NULL;
    }
    ReversedObject *ro = (ReversedObject *)alloc_instance(type, &RpReversed_Type);
    if (ro == NULL) {
        return NULL;
    }
    ro->index = n - 1;
    ro->seq = rp_newref(seq);
    if (!rp_gc_is_tracked(ro)) {
        rp_gc_track(ro);
    }
    return (RpObject *)ro;
}

static RpObject *reversed_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames)
{
    if (!rp_arg_no_kwnames("reversed", kwnames) ||
        !rp_arg_check_positional("reversed", nargs, 1, 1)) {
        return NULL;
    }
    return reversed_new_impl(type, args[0]);
}

static void reversed_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_xdecref(((ReversedObject *)o)->seq);
    rp_type(o)->tp_free(o);
}

static int reversed_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(((ReversedObject *)o)->seq);
    return 0;
}

static RpObject *reversed_next(RpObject *o)
{
    ReversedObject *ro = (ReversedObject *)o;
    rp_ssize_t index = ro->index;
    if (index >= 0) {
        RpObject *item = rp_sequence_getitem(ro->seq, index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (rp_err_matches(&RpExc_IndexError) || rp_err_matches(&RpExc_StopIteration)) {
            rp_err_clear();
        }
    }
    ro->index = -1;
    RP_CLEAR(ro->seq);
    return NULL;
}

static RpObject *reversed_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    ReversedObject *ro = (ReversedObject *)o;
    if (ro->seq == NULL) {
        return rp_int_from_long(0);
    }
    rp_ssize_t seqsize = rp_object_len(ro->seq);
    if (seqsize == -1) {
        return NULL;
    }
    rp_ssize_t position = ro->index + 1;
    return rp_int_from_ssize_t(seqsize < position ? 0 : position);
}

static RpMethodDef reversed_methods[] = {
    { "__length_hint__", RP_CFUNC(reversed_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpReversed_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "reversed",
    .tp_basicsize = sizeof(ReversedObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = reversed_dealloc,
    .tp_traverse = reversed_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = reversed_next,
    .tp_new = reversed_tp_new,
    .tp_free = rp_object_free,
    .tp_methods = reversed_methods,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
};
