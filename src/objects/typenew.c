/* typenew.c - making classes: type(name, bases, ns) and what a class
 * statement's instances need (allocation, dealloc, traverse, clear).
 *
 * Models CPython 3.11's type_new and friends (Objects/typeobject.c):
 *
 *   1. the metaclass: the most derived of the given one and the bases'
 *   2. the "best base": the base whose instance layout the new class
 *      extends (layouts of several bases must be compatible)
 *   3. __slots__: member descriptors at fixed offsets, no __dict__ unless
 *      asked for; otherwise instances get a managed dict (typeobject.h)
 *      and a __weakref__ slot
 *   4. the namespace is copied; __qualname__ and __classcell__ leave it;
 *      __new__ becomes a staticmethod, __init_subclass__ and
 *      __class_getitem__ classmethods; __eq__ without __hash__ adds
 *      __hash__ = None
 *   5. rp_type_ready, then every slot is set from the dunders found on
 *      the MRO (typeslots.c), then __set_name__ and __init_subclass__
 *
 * Instance layout of a heap type:
 *   [values][dict] (managed)  [GC head]  [base's fields][__slots__ ...][weakref]
 * or, for subclasses of variable-size built-ins (int, tuple, bytes), a
 * dict pointer after the items (tp_dictoffset < 0).
 */
#include "typeobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "descrobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "listobject.h"
#include "methodobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"
#include "weakrefobject.h"

/* Provided by the VM (funcobject.c, cellobject.c, ceval.c).  Declared weak
 * so that unit tests of this area link without the VM. */
extern RpTypeObject RpFunction_Type __attribute__((weak));
extern RpTypeObject RpCell_Type __attribute__((weak));
int rp_cell_set(RpObject *cell, RpObject *value) __attribute__((weak));
RpObject *rp_eval_get_globals_borrow(void) __attribute__((weak));

static int is_function(RpObject *o)
{
    return &RpFunction_Type != NULL && rp_type(o) == &RpFunction_Type;
}

/* ---- allocation -------------------------------------------------------------- */

RpObject *rp_type_generic_alloc(RpTypeObject *type, rp_ssize_t nitems)
{
    RpObject *o;
    if ((type->tp_flags & RP_TPFLAGS_MANAGED_DICT) && type->ht_cached_keys != NULL) {
        /* instances of classes get their attribute values array at once,
           as CPython 3.11's _PyObject_InitializeDict */
        RpDictValues *values = rp_dictvalues_new(type->ht_cached_keys);
        if (values == NULL) {
            return NULL;
        }
        o = type->tp_itemsize == 0 ? rp_object_alloc(type)
                                   : (RpObject *)rp_object_alloc_var(type, nitems + 1);
        if (o == NULL) {
            rp_dictvalues_free(type->ht_cached_keys, values);
            return NULL;
        }
        if (type->tp_itemsize != 0) {
            rp_set_size(o, nitems);
        }
        *rp_managed_values_ptr(o) = values;
        return o;
    }
    if (type->tp_itemsize == 0) {
        o = rp_object_alloc(type);
    } else {
        /* one spare item (CPython's sentinel) and room to round up to a
           pointer, so a dict pointer after the items fits */
        rp_ssize_t extra = 1 + (type->tp_itemsize < (rp_ssize_t)sizeof(void *)
                                ? (rp_ssize_t)sizeof(void *) / type->tp_itemsize : 0);
        o = (RpObject *)rp_object_alloc_var(type, nitems + extra);
        if (o != NULL) {
            rp_set_size(o, nitems);
        }
    }
    return o;
}

/* ---- the metaclass --------------------------------------------------------------- */

RpTypeObject *rp_type_calculate_metaclass(RpTypeObject *metatype, RpObject *bases)
{
    RpTypeObject *winner = metatype;
    rp_ssize_t n = rp_tuple_len(bases);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpTypeObject *tmptype = rp_type(rp_tuple_get_borrow(bases, i));
        if (rp_type_is_subtype(winner, tmptype)) {
            continue;
        }
        if (rp_type_is_subtype(tmptype, winner)) {
            winner = tmptype;
            continue;
        }
        rp_err_set_string(&RpExc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* ---- the best base ------------------------------------------------------------------ */

static int extra_ivars(RpTypeObject *type, RpTypeObject *base)
{
    size_t t_size = (size_t)type->tp_basicsize;
    size_t b_size = (size_t)base->tp_basicsize;
    if (type->tp_itemsize || base->tp_itemsize) {
        return t_size != b_size || type->tp_itemsize != base->tp_itemsize;
    }
    if (type->tp_weaklistoffset && base->tp_weaklistoffset == 0 &&
        (size_t)type->tp_weaklistoffset + sizeof(void *) == t_size &&
        (type->tp_flags & RP_TPFLAGS_HEAPTYPE)) {
        t_size -= sizeof(void *);
    }
    if (type->tp_dictoffset > 0 && base->tp_dictoffset == 0 &&
        (size_t)type->tp_dictoffset + sizeof(void *) == t_size &&
        (type->tp_flags & RP_TPFLAGS_HEAPTYPE)) {
        t_size -= sizeof(void *);
    }
    return t_size != b_size;
}

static RpTypeObject *solid_base(RpTypeObject *type)
{
    RpTypeObject *base = type->tp_base ? solid_base(type->tp_base) : &RpBaseObject_Type;
    return extra_ivars(type, base) ? type : base;
}

static RpTypeObject *best_base(RpObject *bases)
{
    rp_ssize_t n = rp_tuple_len(bases);
    RpTypeObject *base = NULL, *winner = NULL;
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *b = rp_tuple_get_borrow(bases, i);
        if (!rp_type_check(b)) {
            rp_err_set_string(&RpExc_TypeError, "bases must be types");
            return NULL;
        }
        RpTypeObject *base_i = (RpTypeObject *)b;
        if (!(base_i->tp_flags & RP_TPFLAGS_READY) && rp_type_ready(base_i) < 0) {
            return NULL;
        }
        if (!(base_i->tp_flags & RP_TPFLAGS_BASETYPE)) {
            rp_err_format(&RpExc_TypeError, "type '%.100s' is not an acceptable base type",
                          base_i->tp_name);
            return NULL;
        }
        RpTypeObject *candidate = solid_base(base_i);
        if (winner == NULL) {
            winner = candidate;
            base = base_i;
        } else if (rp_type_is_subtype(winner, candidate)) {
            /* keep */
        } else if (rp_type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = base_i;
        } else {
            rp_err_set_string(&RpExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* ---- instances: dealloc, traverse, clear ------------------------------------------------ */

static int slot_count(RpTypeObject *t)
{
    return t->ht_slots ? (int)rp_tuple_len(t->ht_slots) : 0;
}

static void clear_slots(RpTypeObject *type, RpObject *self)
{
    int n = slot_count(type);
    RpMemberDef *mp = type->tp_members;
    for (int i = 0; i < n; i++, mp++) {
        if (mp->type == RP_T_OBJECT_EX && !(mp->flags & RP_READONLY)) {
            RpObject **addr = (RpObject **)((char *)self + mp->offset);
            RP_CLEAR(*addr);
        }
    }
}

static int subtype_traverse(RpObject *self, rp_visitproc visit, void *arg);
static int subtype_clear(RpObject *self);

static int subtype_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpTypeObject *type = rp_type(self), *base = type;
    rp_traverseproc basetraverse;
    while ((basetraverse = base->tp_traverse) == subtype_traverse) {
        int n = slot_count(base);
        RpMemberDef *mp = base->tp_members;
        for (int i = 0; i < n; i++, mp++) {
            if (mp->type == RP_T_OBJECT_EX) {
                RP_VISIT(*(RpObject **)((char *)self + mp->offset));
            }
        }
        base = base->tp_base;
    }
    if (type->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        if (!(base->tp_flags & RP_TPFLAGS_MANAGED_DICT)) {
            int r = rp_managed_dict_traverse(self, visit, arg);
            if (r) {
                return r;
            }
        }
    } else if (type->tp_dictoffset != base->tp_dictoffset) {
        RpObject **dp = rp_object_dict_ptr(self);
        if (dp != NULL) {
            RP_VISIT(*dp);
        }
    }
    if (type->tp_flags & RP_TPFLAGS_HEAPTYPE &&
        (basetraverse == NULL || !(base->tp_flags & RP_TPFLAGS_HEAPTYPE))) {
        RP_VISIT(type);
    }
    if (basetraverse != NULL) {
        return basetraverse(self, visit, arg);
    }
    return 0;
}

static int subtype_clear(RpObject *self)
{
    RpTypeObject *type = rp_type(self), *base = type;
    rp_inquiry baseclear;
    while ((baseclear = base->tp_clear) == subtype_clear) {
        if (slot_count(base)) {
            clear_slots(base, self);
        }
        base = base->tp_base;
    }
    if (type->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        if (!(base->tp_flags & RP_TPFLAGS_MANAGED_DICT)) {
            rp_managed_dict_clear_values(self);
        }
    } else if (type->tp_dictoffset != base->tp_dictoffset) {
        RpObject **dp = rp_object_dict_ptr(self);
        if (dp != NULL) {
            RP_CLEAR(*dp);
        }
    }
    if (baseclear != NULL) {
        return baseclear(self);
    }
    return 0;
}

/* PEP 442: run __del__ from dealloc.  Returns 0 when the object is to be
 * freed, -1 when __del__ resurrected it. */
static int call_finalizer_from_dealloc(RpObject *self)
{
    /* temporarily revive */
    rp_incref(self);
    if (!rp_gc_is_finalized(self)) {
        rp_type(self)->tp_finalize(self);
        rp_gc_set_finalized(self);
    }
    RP_REFTOTAL_ADD(-1);
    if (--self->ob_refcnt == 0) {
        return 0;
    }
    /* resurrected: someone kept a reference; it lives on */
    return -1;
}

void rp_subtype_dealloc(RpObject *self)
{
    RpTypeObject *type = rp_type(self), *base;
    rp_destructor basedealloc;

    rp_gc_untrack(self);

    /* the nearest base with a different tp_dealloc */
    base = type;
    while ((basedealloc = base->tp_dealloc) == rp_subtype_dealloc) {
        base = base->tp_base;
    }
    int has_finalizer = type->tp_finalize != NULL;
    if (has_finalizer) {
        /* __del__ may look at gc state: keep it tracked meanwhile */
        rp_gc_track(self);
        if (call_finalizer_from_dealloc(self) < 0) {
            return;   /* resurrected */
        }
        rp_gc_untrack(self);
    }
    /* weak references die before the attributes do */
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset) {
        RpObject **wl = (RpObject **)((char *)self + type->tp_weaklistoffset);
        if (*wl != NULL) {
            rp_weakref_clear_all(self);
        }
    }
    /* __slots__, then the dict */
    base = type;
    while ((basedealloc = base->tp_dealloc) == rp_subtype_dealloc) {
        if (slot_count(base)) {
            clear_slots(base, self);
        }
        base = base->tp_base;
    }
    if (type->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        if (!(base->tp_flags & RP_TPFLAGS_MANAGED_DICT)) {
            rp_managed_dict_clear(self);
        }
    } else if (type->tp_dictoffset && !base->tp_dictoffset) {
        RpObject **dp = rp_object_dict_ptr(self);
        if (dp != NULL) {
            RP_CLEAR(*dp);
        }
    }
    /* __del__ may have changed __class__ */
    type = rp_type(self);
    /* (the base's dealloc untracks again: a no-op, rp_gc_untrack allows it) */
    basedealloc(self);
    /* the instance held a reference to its heap type */
    rp_decref(type);
}

/* ---- __dict__ and __weakref__ of instances ------------------------------------------------- */

static RpObject *subtype_dict_get(RpObject *obj, void *c)
{
    return rp_object_generic_get_dict(obj, c);
}

static int subtype_dict_set(RpObject *obj, RpObject *value, void *c)
{
    RpTypeObject *tp = rp_type(obj);
    if (value != NULL && !rp_dict_check(value)) {
        rp_err_format(&RpExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                      rp_type(value)->tp_name);
        return -1;
    }
    if (!(tp->tp_flags & RP_TPFLAGS_MANAGED_DICT) && value == NULL) {
        RpObject **dp = rp_object_dict_ptr(obj);
        if (dp != NULL) {
            RP_CLEAR(*dp);
            return 0;
        }
    }
    return rp_object_generic_set_dict(obj, value, c);
}

static RpObject *subtype_weakref_get(RpObject *obj, void *c)
{
    RpTypeObject *tp = rp_type(obj);
    if (tp->tp_weaklistoffset == 0) {
        return rp_err_set_string(&RpExc_AttributeError, "This object has no __weakref__");
    }
    RpObject *r = *(RpObject **)((char *)obj + tp->tp_weaklistoffset);
    return rp_newref(r ? r : rp_None);
}

static RpGetSetDef subtype_getsets_full[] = {
    {"__dict__", subtype_dict_get, subtype_dict_set, "dictionary for instance variables (if defined)", NULL},
    {"__weakref__", subtype_weakref_get, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL}
};
static RpGetSetDef subtype_getsets_dict_only[] = {
    {"__dict__", subtype_dict_get, subtype_dict_set, "dictionary for instance variables (if defined)", NULL},
    {NULL}
};
static RpGetSetDef subtype_getsets_weakref_only[] = {
    {"__weakref__", subtype_weakref_get, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL}
};

/* ---- helpers ------------------------------------------------------------------------------------- */

/* _Py_Mangle: "__x" in class "_A" -> "_A__x" */
static RpObject *mangle(RpObject *classname, RpObject *name)
{
    rp_ssize_t n = rp_str_len(name);
    if (n < 2 || rp_str_read_char(name, 0) != '_' || rp_str_read_char(name, 1) != '_') {
        return rp_newref(name);
    }
    if (n >= 4 && rp_str_read_char(name, n - 1) == '_' && rp_str_read_char(name, n - 2) == '_') {
        return rp_newref(name);
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        if (rp_str_read_char(name, i) == '.') {
            return rp_newref(name);
        }
    }
    rp_ssize_t cl = rp_str_len(classname), start = 0;
    while (start < cl && rp_str_read_char(classname, start) == '_') {
        start++;
    }
    if (start == cl) {
        return rp_newref(name);
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (rp_strwriter_write_char(&w, '_') < 0 ||
        rp_strwriter_write_substr(&w, classname, start, cl) < 0 ||
        rp_strwriter_write_str(&w, name) < 0) {
        rp_strwriter_discard(&w);
        return NULL;
    }
    return rp_strwriter_finish(&w);
}

static int raise_from_cause_runtime(const char *fmt, RpObject *a, RpObject *b, const char *c)
{
    RpObject *cause = rp_err_fetch();
    rp_err_format(&RpExc_RuntimeError, fmt, rp_type(a)->tp_name, b, c);
    RpObject *exc = rp_err_fetch();
    if (exc != NULL && cause != NULL) {
        rp_exception_set_cause_steal(exc, rp_newref(cause));
        rp_exception_set_context_steal(exc, cause);
        cause = NULL;
    }
    rp_xdecref(cause);
    rp_err_restore(exc);
    return -1;
}

static int set_names(RpTypeObject *type)
{
    RpObject *names = rp_dict_copy(type->tp_dict);
    if (names == NULL) {
        return -1;
    }
    rp_ssize_t pos = 0;
    RpObject *key, *value;
    while (rp_dict_next(names, &pos, &key, &value)) {
        RpObject *set_name = rp_type_lookup_borrow(rp_type(value), rp_id(__set_name__));
        if (set_name == NULL) {
            continue;
        }
        RpObject *args[2] = { (RpObject *)type, key };
        int found;
        RpObject *r = rp_call_special(value, rp_id(__set_name__), args, 2, &found);
        if (r == NULL) {
            if (!found) {
                continue;
            }
            raise_from_cause_runtime("Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                                     value, key, type->tp_name);
            rp_decref(names);
            return -1;
        }
        rp_decref(r);
    }
    rp_decref(names);
    return 0;
}

static int init_subclass(RpTypeObject *type, RpObject *kwds)
{
    /* super(type, type).__init_subclass__(**kwds) */
    RpObject *mro = type->tp_mro;
    RpObject *func = NULL;
    for (rp_ssize_t i = 1; i < rp_tuple_len(mro); i++) {
        RpTypeObject *b = (RpTypeObject *)rp_tuple_get_borrow(mro, i);
        RpObject *f = rp_dict_get_borrow(b->tp_dict, rp_id(__init_subclass__));
        if (f != NULL) {
            rp_descrgetfunc get = rp_type(f)->tp_descr_get;
            func = get ? get(f, NULL, (RpObject *)type) : rp_newref(f);
            if (func == NULL) {
                return -1;
            }
            break;
        }
    }
    if (func == NULL) {
        return 0;
    }
    RpObject *r;
    if (kwds == NULL || rp_dict_size(kwds) == 0) {
        r = rp_call(func, NULL, 0, NULL);
    } else {
        r = rp_call_tuple_dict(func, rp_tuple_empty_borrow(), kwds);
    }
    rp_decref(func);
    if (r == NULL) {
        return -1;
    }
    rp_decref(r);
    return 0;
}

/* ---- type.__new__ ------------------------------------------------------------------------------------ */

typedef struct {
    RpObject *slots;        /* tuple of the slot names (mangled, sorted) or NULL */
    int add_dict, add_weak;
} SlotsInfo;

static int process_slots(RpObject *name, RpObject *dict, RpTypeObject *base, SlotsInfo *si)
{
    int may_add_dict = base->tp_dictoffset == 0 && !(base->tp_flags & RP_TPFLAGS_MANAGED_DICT);
    int may_add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
    si->slots = NULL;
    si->add_dict = si->add_weak = 0;
    RpObject *slots = rp_dict_get_borrow(dict, rp_id(__slots__));
    if (slots == NULL) {
        if (rp_err_occurred()) {
            return -1;
        }
        si->add_dict = may_add_dict;
        si->add_weak = may_add_weak;
        return 0;
    }
    RpObject *seq;
    if (rp_str_check(slots)) {
        seq = rp_tuple_pack(1, slots);
    } else {
        seq = rp_sequence_tuple(slots);
    }
    if (seq == NULL) {
        return -1;
    }
    rp_ssize_t n = rp_tuple_len(seq);
    if (n > 0 && base->tp_itemsize != 0) {
        rp_err_format(&RpExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                      base->tp_name);
        goto error;
    }
    RpObject *newslots = rp_list_new(0);
    if (newslots == NULL) {
        goto error;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *s = rp_tuple_get_borrow(seq, i);
        if (!rp_str_check(s)) {
            rp_err_format(&RpExc_TypeError, "__slots__ items must be strings, not '%.200s'",
                          rp_type(s)->tp_name);
            goto error2;
        }
        if (!rp_str_is_identifier(s)) {
            rp_err_set_string(&RpExc_TypeError, "__slots__ must be identifiers");
            goto error2;
        }
        if (rp_str_eq(s, rp_id(__dict__))) {
            if (!may_add_dict || si->add_dict) {
                rp_err_set_string(&RpExc_TypeError, "__dict__ slot disallowed: we already got one");
                goto error2;
            }
            si->add_dict = 1;
            continue;
        }
        if (rp_str_eq(s, rp_id(__weakref__))) {
            if (!may_add_weak || si->add_weak) {
                rp_err_set_string(&RpExc_TypeError,
                                  "__weakref__ slot disallowed: either we already got one, "
                                  "or __itemsize__ != 0");
                goto error2;
            }
            si->add_weak = 1;
            continue;
        }
        RpObject *m = mangle(name, s);
        if (m == NULL) {
            goto error2;
        }
        rp_str_intern_inplace(&m);
        int dup = 0;
        for (rp_ssize_t k = 0; k < rp_list_len(newslots); k++) {
            if (rp_str_eq(rp_list_get_borrow(newslots, k), m)) {
                dup = 1;
            }
        }
        if (!dup) {
            int c = rp_dict_contains(dict, m);
            if (c != 0) {
                if (c > 0) {
                    rp_err_format(&RpExc_ValueError, "%R in __slots__ conflicts with class variable",
                                  m);
                }
                rp_decref(m);
                goto error2;
            }
            if (rp_list_append(newslots, m) < 0) {
                rp_decref(m);
                goto error2;
            }
        }
        rp_decref(m);
    }
    if (rp_list_sort(newslots) < 0) {
        goto error2;
    }
    si->slots = rp_list_as_tuple(newslots);
    rp_decref(newslots);
    rp_decref(seq);
    return si->slots ? 0 : -1;
error2:
    rp_decref(newslots);
error:
    rp_decref(seq);
    return -1;
}

/* Turn plain functions into staticmethod / classmethod in the dict. */
static int wrap_special(RpObject *dict, RpObject *name, RpObject *(*wrap)(RpObject *))
{
    RpObject *f = rp_dict_get_borrow(dict, name);
    if (f == NULL || !is_function(f)) {
        return rp_err_occurred() ? -1 : 0;
    }
    RpObject *w = wrap(f);
    if (w == NULL) {
        return -1;
    }
    int r = rp_dict_set(dict, name, w);
    rp_decref(w);
    return r;
}

RpObject *rp_type_new_class(RpTypeObject *metatype, RpObject *name, RpObject *bases,
                            RpObject *ns, RpObject *kwds)
{
    /* a base that is not a class but could give one (__mro_entries__) */
    for (rp_ssize_t i = 0; i < rp_tuple_len(bases); i++) {
        RpObject *b = rp_tuple_get_borrow(bases, i);
        if (rp_type_check(b)) {
            continue;
        }
        RpObject *me;
        if (rp_object_lookup_attr(b, rp_id(__mro_entries__), &me) < 0) {
            return NULL;
        }
        if (me != NULL) {
            rp_decref(me);
            return rp_err_set_string(&RpExc_TypeError,
                                     "type() doesn't support MRO entry resolution; "
                                     "use types.new_class()");
        }
    }
    RpTypeObject *winner = rp_type_calculate_metaclass(metatype, bases);
    if (winner == NULL) {
        return NULL;
    }
    if (winner != metatype && winner->tp_new != rp_type_new_vectorcall) {
        /* the winner's own __new__ (only __new__: the caller's type_call
           runs __init__) */
        rp_ssize_t nkw = kwds ? rp_dict_size(kwds) : 0;
        RpObject *stack_small[8];
        RpObject **stack = nkw <= 5 ? stack_small : rp_mem_malloc(sizeof(RpObject *) * (size_t)(3 + nkw));
        if (stack == NULL) {
            return rp_err_nomemory();
        }
        RpObject *kwnames = nkw ? rp_tuple_new(nkw) : NULL;
        if (nkw && kwnames == NULL) {
            if (stack != stack_small) {
                rp_mem_free(stack);
            }
            return NULL;
        }
        stack[0] = name;
        stack[1] = bases;
        stack[2] = ns;
        rp_ssize_t pos = 0, i = 0;
        RpObject *k, *v;
        while (nkw && rp_dict_next(kwds, &pos, &k, &v)) {
            rp_tuple_set_steal(kwnames, i, rp_newref(k));
            stack[3 + i] = v;
            i++;
        }
        RpObject *res = winner->tp_new(winner, stack, 3, kwnames);
        rp_xdecref(kwnames);
        if (stack != stack_small) {
            rp_mem_free(stack);
        }
        return res;
    }
    metatype = winner;

    RpObject *bases_own;
    if (rp_tuple_len(bases) == 0) {
        bases_own = rp_tuple_pack(1, (RpObject *)&RpBaseObject_Type);
    } else {
        bases_own = rp_newref(bases);
    }
    if (bases_own == NULL) {
        return NULL;
    }
    RpTypeObject *base = best_base(bases_own);
    if (base == NULL) {
        rp_decref(bases_own);
        return NULL;
    }
    RpObject *dict = rp_dict_copy(ns);
    if (dict == NULL) {
        rp_decref(bases_own);
        return NULL;
    }
    SlotsInfo si;
    if (process_slots(name, dict, base, &si) < 0) {
        rp_decref(dict);
        rp_decref(bases_own);
        return NULL;
    }
    RpTypeObject *type = (RpTypeObject *)rp_type_generic_alloc(metatype, 0);
    if (type == NULL) {
        rp_xdecref(si.slots);
        rp_decref(dict);
        rp_decref(bases_own);
        return NULL;
    }
    type->tp_flags = RP_TPFLAGS_HEAPTYPE | RP_TPFLAGS_BASETYPE | RP_TPFLAGS_HAVE_GC;
    type->tp_bases = bases_own;
    type->tp_base = (RpTypeObject *)rp_newref(base);
    type->tp_dict = dict;
    type->ht_slots = si.slots;
    type->ht_name = rp_newref(name);
    {
        rp_ssize_t len;
        const char *u = rp_str_as_utf8_cached(name, &len);
        if (u == NULL) {
            goto error;
        }
        if ((rp_ssize_t)strlen(u) != len) {
            rp_err_set_string(&RpExc_ValueError, "type name must not contain null characters");
            goto error;
        }
        type->tp_name = u;
    }
    /* __qualname__ */
    RpObject *qualname = rp_dict_get_borrow(dict, rp_id(__qualname__));
    if (qualname != NULL) {
        if (!rp_str_check(qualname)) {
            rp_err_format(&RpExc_TypeError, "type __qualname__ must be a str, not %s",
                          rp_type(qualname)->tp_name);
            goto error;
        }
        type->ht_qualname = rp_newref(qualname);
        if (rp_dict_del(dict, rp_id(__qualname__)) < 0) {
            goto error;
        }
    } else {
        if (rp_err_occurred()) {
            goto error;
        }
        type->ht_qualname = rp_newref(name);
    }
    /* __module__ from the caller's globals when the body did not set it */
    if (rp_dict_get_borrow(dict, rp_id(__module__)) == NULL) {
        if (rp_err_occurred()) {
            goto error;
        }
        RpObject *globals = rp_eval_get_globals_borrow ? rp_eval_get_globals_borrow() : NULL;
        if (globals != NULL) {
            RpObject *modname = rp_dict_get_borrow(globals, rp_id(__name__));
            if (modname != NULL && rp_dict_set(dict, rp_id(__module__), modname) < 0) {
                goto error;
            }
        }
    }
    /* __doc__ as the type's C doc too */
    {
        RpObject *doc = rp_dict_get_borrow(dict, rp_id(__doc__));
        if (doc != NULL && rp_str_check(doc)) {
            rp_ssize_t len;
            const char *u = rp_str_as_utf8_cached(doc, &len);
            if (u == NULL) {
                goto error;
            }
            char *copy = rp_mem_malloc((size_t)len + 1);
            if (copy == NULL) {
                rp_err_nomemory();
                goto error;
            }
            memcpy(copy, u, (size_t)len + 1);
            type->tp_doc = copy;
        }
    }
    if (wrap_special(dict, rp_id(__new__), rp_staticmethod_new) < 0 ||
        wrap_special(dict, rp_id(__init_subclass__), rp_classmethod_new) < 0 ||
        wrap_special(dict, rp_id(__class_getitem__), rp_classmethod_new) < 0) {
        goto error;
    }
    /* (__eq__ without __hash__ makes __hash__ None: rp_type_ready) */
    /* layout */
    {
        rp_ssize_t slotoffset = base->tp_basicsize;
        int nslots = slot_count(type);
        type->tp_itemsize = base->tp_itemsize;
        type->tp_dictoffset = base->tp_dictoffset;
        type->tp_weaklistoffset = base->tp_weaklistoffset;
        if (nslots > 0) {
            RpMemberDef *mp = rp_mem_calloc((size_t)nslots + 1, sizeof(RpMemberDef));
            if (mp == NULL) {
                rp_err_nomemory();
                goto error;
            }
            type->tp_members = mp;
            for (int i = 0; i < nslots; i++) {
                const char *u = rp_str_as_utf8(rp_tuple_get_borrow(type->ht_slots, i), NULL);
                if (u == NULL) {
                    goto error;
                }
                mp[i].name = u;
                mp[i].type = RP_T_OBJECT_EX;
                mp[i].offset = slotoffset;
                slotoffset += (rp_ssize_t)sizeof(RpObject *);
            }
        }
        if (si.add_dict && base->tp_itemsize) {
            type->tp_dictoffset = -(rp_ssize_t)sizeof(RpObject *);
            slotoffset += (rp_ssize_t)sizeof(RpObject *);
        }
        if (si.add_weak) {
            type->tp_weaklistoffset = slotoffset;
            slotoffset += (rp_ssize_t)sizeof(RpObject *);
        }
        if (si.add_dict && base->tp_itemsize == 0) {
            type->tp_flags |= RP_TPFLAGS_MANAGED_DICT;
            type->tp_dictoffset = 0;
        }
        type->tp_basicsize = slotoffset;
        if (si.add_dict && si.add_weak) {
            type->tp_getset = subtype_getsets_full;
        } else if (si.add_dict) {
            type->tp_getset = subtype_getsets_dict_only;
        } else if (si.add_weak) {
            type->tp_getset = subtype_getsets_weakref_only;
        }
    }
    type->tp_dealloc = rp_subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    type->tp_free = rp_object_free;

    if (rp_type_ready(type) < 0) {
        goto error;
    }
    /* managed dicts are inherited with the base's layout; each class has
       its own shared keys */
    if (base->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        type->tp_flags |= RP_TPFLAGS_MANAGED_DICT;
    }
    if (type->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        type->ht_cached_keys = rp_dictkeys_new_shared();
        if (type->ht_cached_keys == NULL) {
            rp_err_nomemory();
            goto error;
        }
    }
    rp_type_fixup_slots(type);

    /* __classcell__: the cell behind zero-argument super() */
    {
        RpObject *cell = rp_dict_get_borrow(dict, rp_id(__classcell__));
        if (cell != NULL) {
            if (&RpCell_Type == NULL || rp_type(cell) != &RpCell_Type || rp_cell_set == NULL) {
                rp_err_format(&RpExc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                              (RpObject *)rp_type(cell));
                goto error;
            }
            if (rp_cell_set(cell, (RpObject *)type) < 0 ||
                rp_dict_del(dict, rp_id(__classcell__)) < 0) {
                goto error;
            }
        } else if (rp_err_occurred()) {
            goto error;
        }
    }
    rp_gc_track(type);
    if (set_names(type) < 0 || init_subclass(type, kwds) < 0) {
        rp_decref(type);
        return NULL;
    }
    return (RpObject *)type;
error:
    /* a half-built class may already be in cycles (its MRO, its
       descriptors): tracked, the collector can free them */
    if (!rp_gc_is_tracked(type)) {
        rp_gc_track(type);
    }
    rp_decref(type);
    return NULL;
}

static RpObject *kwnames_to_dict(RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    if (kwnames == NULL || rp_tuple_len(kwnames) == 0) {
        return NULL;
    }
    RpObject *d = rp_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < rp_tuple_len(kwnames); i++) {
        if (rp_dict_set(d, rp_tuple_get_borrow(kwnames, i), args[nargs + (size_t)i]) < 0) {
            rp_decref(d);
            return NULL;
        }
    }
    return d;
}

/* type.__new__(metatype, name, bases, ns, **kwds) as tp_new */
RpObject *rp_type_new_vectorcall(RpTypeObject *metatype, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames)
{
    if (nargs != 3) {
        return rp_err_format(&RpExc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                             (rp_ssize_t)nargs);
    }
    if (!rp_str_check(args[0])) {
        return rp_err_format(&RpExc_TypeError, "type.__new__() argument 1 must be str, not %s",
                             rp_type(args[0])->tp_name);
    }
    if (!rp_tuple_check(args[1])) {
        return rp_err_format(&RpExc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             rp_type(args[1])->tp_name);
    }
    if (!rp_dict_check(args[2])) {
        return rp_err_format(&RpExc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                             rp_type(args[2])->tp_name);
    }
    RpObject *kwds = kwnames_to_dict(args, nargs, kwnames);
    if (kwds == NULL && rp_err_occurred()) {
        return NULL;
    }
    RpObject *res = rp_type_new_class(metatype, args[0], args[1], args[2], kwds);
    rp_xdecref(kwds);
    return res;
}
