/* typeobject.c - `type`: names, subclass tests, the MRO, readying static
 * types, and the type object's own attributes and methods.
 *
 * Models CPython 3.11's Objects/typeobject.c.  Class creation (type(name,
 * bases, ns)) is in typenew.c, `object` in baseobject.c, the slot <->
 * dunder bridge in typeslots.c and attribute lookup in typeattr.c.
 *
 * rp_type_ready(type), for a static type:
 *   1. tp_base defaults to object; the base is readied first
 *   2. tp_bases = (tp_base,), tp_dict = {}
 *   3. tp_dict gets __new__, a slot wrapper for each slot the type itself
 *      defines (typeslots.c), then tp_methods, tp_members, tp_getset, and
 *      __doc__ - in this order, so dir()/__dict__ order matches CPython
 *   4. tp_mro is computed (C3), then the slots the type lacks are
 *      inherited from its bases (inherit_slots: hash and richcompare go
 *      together, GC slots with the GC flag ...)
 *   5. the type is added to each base's tp_subclasses
 */
#include "typeobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "descrobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "listobject.h"
#include "methodobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeinternal.h"
#include "weakrefobject.h"

/* ---- names ---------------------------------------------------------------- */

const char *rp_type_name(RpTypeObject *type)
{
    if (type->tp_flags & RP_TPFLAGS_HEAPTYPE) {
        return type->tp_name;
    }
    const char *dot = strrchr(type->tp_name, '.');
    return dot ? dot + 1 : type->tp_name;
}

RpObject *rp_type_qualname(RpTypeObject *type)
{
    if (type->tp_flags & RP_TPFLAGS_HEAPTYPE) {
        return rp_newref(type->ht_qualname);
    }
    return rp_str_from_cstr(rp_type_name(type));
}

RpObject *rp_type_module(RpTypeObject *type)
{
    if (type->tp_flags & RP_TPFLAGS_HEAPTYPE) {
        RpObject *mod = rp_dict_get_borrow(type->tp_dict, rp_id(__module__));
        if (mod == NULL) {
            if (rp_err_occurred()) {
                return NULL;
            }
            rp_err_set_string(&RpExc_AttributeError, "__module__");
            return NULL;
        }
        return rp_newref(mod);
    }
    const char *dot = strrchr(type->tp_name, '.');
    if (dot != NULL) {
        return rp_str_from_utf8(type->tp_name, dot - type->tp_name);
    }
    return rp_str_intern_cstr("builtins");
}

RpObject *rp_type_fullname(RpTypeObject *type)
{
    RpObject *mod = rp_type_module(type);
    if (mod == NULL) {
        rp_err_clear();
        return rp_type_qualname(type);
    }
    RpObject *qual = rp_type_qualname(type);
    if (qual == NULL) {
        rp_decref(mod);
        return NULL;
    }
    RpObject *res;
    if (rp_str_check(mod) && !rp_str_eq_cstr(mod, "builtins")) {
        res = rp_str_from_format("%U.%U", mod, qual);
    } else {
        res = rp_newref(qual);
    }
    rp_decref(mod);
    rp_decref(qual);
    return res;
}

/* ---- subtype tests ---------------------------------------------------------- */

int rp_type_is_subtype(RpTypeObject *a, RpTypeObject *b)
{
    if (a == b) {
        return 1;
    }
    RpObject *mro = a->tp_mro;
    if (mro != NULL) {
        rp_ssize_t n = rp_tuple_len(mro);
        RpObject *const *items = rp_tuple_items(mro);
        for (rp_ssize_t i = 0; i < n; i++) {
            if (items[i] == (RpObject *)b) {
                return 1;
            }
        }
        return 0;
    }
    /* not ready yet: follow tp_base */
    for (; a != NULL; a = a->tp_base) {
        if (a == b) {
            return 1;
        }
    }
    return b == &RpBaseObject_Type;
}

/* ---- the MRO (C3 linearization) ------------------------------------------------ */

static int tail_contains(RpObject *list, rp_ssize_t whence, RpObject *o)
{
    rp_ssize_t n = rp_tuple_check(list) ? rp_tuple_len(list) : rp_list_len(list);
    RpObject **items = rp_tuple_check(list) ? rp_tuple_items(list) : rp_list_items(list);
    for (rp_ssize_t j = whence + 1; j < n; j++) {
        if (items[j] == o) {
            return 1;
        }
    }
    return 0;
}

static rp_ssize_t seq_len(RpObject *s)
{
    return rp_tuple_check(s) ? rp_tuple_len(s) : rp_list_len(s);
}
static RpObject *seq_get(RpObject *s, rp_ssize_t i)
{
    return rp_tuple_check(s) ? rp_tuple_get_borrow(s, i) : rp_list_get_borrow(s, i);
}

static void set_mro_error(RpObject **to_merge, rp_ssize_t n, rp_ssize_t *remain)
{
    /* the heads that could not be placed, each once, in order */
    RpObject *seen = rp_list_new(0);
    if (seen == NULL) {
        return;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        if (remain[i] < seq_len(to_merge[i])) {
            RpObject *c = seq_get(to_merge[i], remain[i]);
            int dup = 0;
            for (rp_ssize_t k = 0; k < rp_list_len(seen); k++) {
                if (rp_list_get_borrow(seen, k) == c) {
                    dup = 1;
                }
            }
            if (!dup && rp_list_append(seen, c) < 0) {
                rp_decref(seen);
                return;
            }
        }
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    for (rp_ssize_t k = 0; k < rp_list_len(seen); k++) {
        RpObject *c = rp_list_get_borrow(seen, k);
        if (k > 0 && rp_strwriter_write_ascii(&w, ", ", 2) < 0) {
            goto fail;
        }
        const char *nm = rp_type_check(c) ? rp_type_name((RpTypeObject *)c) : "?";
        if (rp_strwriter_write_utf8(&w, nm, (rp_ssize_t)strlen(nm)) < 0) {
            goto fail;
        }
    }
    RpObject *names = rp_strwriter_finish(&w);
    rp_decref(seen);
    if (names == NULL) {
        return;
    }
    rp_err_format(&RpExc_TypeError,
                  "Cannot create a consistent method resolution\norder (MRO) for bases %U",
                  names);
    rp_decref(names);
    return;
fail:
    rp_strwriter_discard(&w);
    rp_decref(seen);
}

/* Merge the sequences to_merge[0..n) into acc (a list) the C3 way. */
static int pmerge(RpObject *acc, RpObject **to_merge, rp_ssize_t n)
{
    rp_ssize_t remain_buf[16];
    rp_ssize_t *remain = n <= 16 ? remain_buf : rp_mem_malloc(sizeof(rp_ssize_t) * (size_t)n);
    if (remain == NULL) {
        rp_err_nomemory();
        return -1;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        remain[i] = 0;
    }
    int res = 0;
    rp_ssize_t empty_cnt;
again:
    empty_cnt = 0;
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *cur = to_merge[i];
        if (remain[i] >= seq_len(cur)) {
            empty_cnt++;
            continue;
        }
        RpObject *candidate = seq_get(cur, remain[i]);
        int in_tail = 0;
        for (rp_ssize_t j = 0; j < n; j++) {
            if (tail_contains(to_merge[j], remain[j], candidate)) {
                in_tail = 1;
                break;
            }
        }
        if (in_tail) {
            continue;
        }
        if (rp_list_append(acc, candidate) < 0) {
            res = -1;
            goto out;
        }
        for (rp_ssize_t j = 0; j < n; j++) {
            if (remain[j] < seq_len(to_merge[j]) && seq_get(to_merge[j], remain[j]) == candidate) {
                remain[j]++;
            }
        }
        goto again;
    }
    if (empty_cnt != n) {
        set_mro_error(to_merge, n, remain);
        res = -1;
    }
out:
    if (remain != remain_buf) {
        rp_mem_free(remain);
    }
    return res;
}

static RpObject *mro_implementation(RpTypeObject *type)
{
    RpObject *bases = type->tp_bases;
    rp_ssize_t n = rp_tuple_len(bases);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpTypeObject *b = (RpTypeObject *)rp_tuple_get_borrow(bases, i);
        if (b->tp_mro == NULL) {
            rp_err_format(&RpExc_TypeError,
                          "Cannot extend an incomplete type '%.100s'", b->tp_name);
            return NULL;
        }
    }
    if (n == 1) {
        /* the common case: (type,) + base.__mro__ */
        RpObject *bmro = ((RpTypeObject *)rp_tuple_get_borrow(bases, 0))->tp_mro;
        rp_ssize_t k = rp_tuple_len(bmro);
        RpObject *res = rp_tuple_new(k + 1);
        if (res == NULL) {
            return NULL;
        }
        rp_tuple_set_steal(res, 0, rp_newref(type));
        for (rp_ssize_t i = 0; i < k; i++) {
            rp_tuple_set_steal(res, i + 1, rp_newref(rp_tuple_get_borrow(bmro, i)));
        }
        return res;
    }
    /* duplicate bases */
    for (rp_ssize_t i = 0; i < n; i++) {
        for (rp_ssize_t j = i + 1; j < n; j++) {
            if (rp_tuple_get_borrow(bases, i) == rp_tuple_get_borrow(bases, j)) {
                return rp_err_format(&RpExc_TypeError, "duplicate base class %s",
                                     rp_type_name((RpTypeObject *)rp_tuple_get_borrow(bases, i)));
            }
        }
    }
    RpObject **to_merge = rp_mem_malloc(sizeof(RpObject *) * (size_t)(n + 1));
    if (to_merge == NULL) {
        return rp_err_nomemory();
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        to_merge[i] = ((RpTypeObject *)rp_tuple_get_borrow(bases, i))->tp_mro;
    }
    to_merge[n] = bases;
    RpObject *result = rp_list_new(0);
    if (result == NULL || rp_list_append(result, (RpObject *)type) < 0 ||
        pmerge(result, to_merge, n + 1) < 0) {
        rp_mem_free(to_merge);
        rp_xdecref(result);
        return NULL;
    }
    rp_mem_free(to_merge);
    RpObject *t = rp_list_as_tuple(result);
    rp_decref(result);
    return t;
}

/* type.mro(self) */
static RpObject *type_mro_method(RpObject *self, RpObject *unused)
{
    RpObject *t = mro_implementation((RpTypeObject *)self);
    if (t == NULL) {
        return NULL;
    }
    RpObject *l = rp_sequence_list(t);
    rp_decref(t);
    return l;
}

/* Compute tp_mro, calling an overridden mro() of a metaclass. */
static int mro_internal(RpTypeObject *type)
{
    RpObject *mro;
    RpTypeObject *meta = rp_type((RpObject *)type);
    if (meta == &RpType_Type) {
        mro = mro_implementation(type);
    } else {
        RpObject *m = rp_type_lookup_borrow(meta, rp_id(mro));
        if (m == NULL) {
            mro = mro_implementation(type);
        } else {
            RpObject *r = rp_call_method((RpObject *)type, rp_id(mro), NULL, 0);
            if (r == NULL) {
                return -1;
            }
            mro = rp_sequence_tuple(r);
            rp_decref(r);
            if (mro != NULL) {
                for (rp_ssize_t i = 0; i < rp_tuple_len(mro); i++) {
                    RpObject *c = rp_tuple_get_borrow(mro, i);
                    if (!rp_type_check(c)) {
                        rp_err_format(&RpExc_TypeError, "mro() returned a non-class ('%.500s')",
                                      rp_type(c)->tp_name);
                        rp_decref(mro);
                        return -1;
                    }
                }
            }
        }
    }
    if (mro == NULL) {
        return -1;
    }
    RP_XSETREF(type->tp_mro, mro);
    rp_type_modified(type);
    return 0;
}

/* ---- subclass registry ------------------------------------------------------------ */

static RpObject *subclass_key(RpTypeObject *t)
{
    return rp_int_from_size_t((size_t)(uintptr_t)t);
}

static int add_subclass(RpTypeObject *base, RpTypeObject *type)
{
    if (base->tp_subclasses == NULL) {
        base->tp_subclasses = rp_dict_new();
        if (base->tp_subclasses == NULL) {
            return -1;
        }
    }
    RpObject *key = subclass_key(type);
    if (key == NULL) {
        return -1;
    }
    int r = rp_dict_set(base->tp_subclasses, key, key);
    rp_decref(key);
    return r;
}

static void remove_subclass(RpTypeObject *base, RpTypeObject *type)
{
    if (base->tp_subclasses == NULL) {
        return;
    }
    RpObject *saved = rp_err_fetch();
    RpObject *key = subclass_key(type);
    if (key != NULL) {
        RpObject *v = rp_dict_pop(base->tp_subclasses, key);
        rp_xdecref(v);
        rp_decref(key);
    }
    rp_err_clear();
    if (rp_dict_size(base->tp_subclasses) == 0) {
        RP_CLEAR(base->tp_subclasses);
    }
    rp_err_restore(saved);
}

static void remove_all_subclasses(RpTypeObject *type, RpObject *bases)
{
    if (bases == NULL) {
        return;
    }
    for (rp_ssize_t i = 0; i < rp_tuple_len(bases); i++) {
        RpObject *b = rp_tuple_get_borrow(bases, i);
        if (rp_type_check(b)) {
            remove_subclass((RpTypeObject *)b, type);
        }
    }
}

static int add_all_subclasses(RpTypeObject *type, RpObject *bases)
{
    for (rp_ssize_t i = 0; i < rp_tuple_len(bases); i++) {
        RpObject *b = rp_tuple_get_borrow(bases, i);
        if (rp_type_check(b) && add_subclass((RpTypeObject *)b, type) < 0) {
            return -1;
        }
    }
    return 0;
}

RpObject *rp_type_subclasses_list(RpTypeObject *type)
{
    RpObject *list = rp_list_new(0);
    if (list == NULL || type->tp_subclasses == NULL) {
        return list;
    }
    rp_ssize_t pos = 0;
    RpObject *key, *value;
    while (rp_dict_next(type->tp_subclasses, &pos, &key, &value)) {
        RpObject *sub = (RpObject *)(uintptr_t)rp_int_as_ssize_t(value);
        if (rp_list_append(list, sub) < 0) {
            rp_decref(list);
            return NULL;
        }
    }
    return list;
}

/* ---- slot inheritance ---------------------------------------------------------- */

#define SUBCLASS_FLAGS (RP_TPFLAGS_LONG_SUBCLASS | RP_TPFLAGS_LIST_SUBCLASS | \
                        RP_TPFLAGS_TUPLE_SUBCLASS | RP_TPFLAGS_BYTES_SUBCLASS | \
                        RP_TPFLAGS_UNICODE_SUBCLASS | RP_TPFLAGS_DICT_SUBCLASS | \
                        RP_TPFLAGS_BASE_EXC_SUBCLASS | RP_TPFLAGS_TYPE_SUBCLASS)

static void inherit_special(RpTypeObject *type, RpTypeObject *base)
{
    /* GC: a type without its own traverse/clear takes the base's */
    if (!(type->tp_flags & RP_TPFLAGS_HAVE_GC) && (base->tp_flags & RP_TPFLAGS_HAVE_GC) &&
        type->tp_traverse == NULL && type->tp_clear == NULL) {
        type->tp_flags |= RP_TPFLAGS_HAVE_GC;
        type->tp_traverse = base->tp_traverse;
        type->tp_clear = base->tp_clear;
    }
    if (type->tp_basicsize == 0) {
        type->tp_basicsize = base->tp_basicsize;
    }
    if (type->tp_itemsize == 0) {
        type->tp_itemsize = base->tp_itemsize;
    }
    if (type->tp_weaklistoffset == 0) {
        type->tp_weaklistoffset = base->tp_weaklistoffset;
    }
    if (type->tp_dictoffset == 0) {
        type->tp_dictoffset = base->tp_dictoffset;
    }
    type->tp_flags |= base->tp_flags & (SUBCLASS_FLAGS | RP_TPFLAGS_MANAGED_DICT);
}

#define COPY(f) do { if (type->f == NULL) type->f = base->f; } while (0)

static void inherit_slots(RpTypeObject *type, RpTypeObject *base)
{
    COPY(nb_add); COPY(nb_subtract); COPY(nb_multiply); COPY(nb_remainder);
    COPY(nb_divmod); COPY(nb_power); COPY(nb_negative); COPY(nb_positive);
    COPY(nb_absolute); COPY(nb_bool); COPY(nb_invert); COPY(nb_lshift);
    COPY(nb_rshift); COPY(nb_and); COPY(nb_xor); COPY(nb_or); COPY(nb_int);
    COPY(nb_float); COPY(nb_inplace_add); COPY(nb_inplace_subtract);
    COPY(nb_inplace_multiply); COPY(nb_inplace_remainder); COPY(nb_inplace_power);
    COPY(nb_inplace_lshift); COPY(nb_inplace_rshift); COPY(nb_inplace_and);
    COPY(nb_inplace_xor); COPY(nb_inplace_or); COPY(nb_floor_divide);
    COPY(nb_true_divide); COPY(nb_inplace_floor_divide); COPY(nb_inplace_true_divide);
    COPY(nb_index); COPY(nb_matrix_multiply); COPY(nb_inplace_matrix_multiply);

    COPY(sq_length); COPY(sq_concat); COPY(sq_repeat); COPY(sq_item);
    COPY(sq_ass_item); COPY(sq_contains); COPY(sq_inplace_concat); COPY(sq_inplace_repeat);
    COPY(mp_length); COPY(mp_subscript); COPY(mp_ass_subscript);

    COPY(tp_dealloc);
    COPY(tp_repr);
    COPY(tp_call);
    COPY(tp_str);
    /* as CPython's inherit_slots: getattro and setattro separately (int
       defines tp_getattro but inherits object's tp_setattro) */
    COPY(tp_getattro);
    COPY(tp_setattro);
    /* richcompare and hash are inherited together, and only when the type
       defines neither (a class with __eq__ but no __hash__ is unhashable;
       that is arranged in typenew.c) */
    if (type->tp_richcompare == NULL && type->tp_hash == NULL) {
        int overrides = type->tp_dict != NULL &&
            (rp_dict_get_borrow(type->tp_dict, rp_id(__eq__)) != NULL ||
             rp_dict_get_borrow(type->tp_dict, rp_id(__hash__)) != NULL);
        if (!overrides) {
            type->tp_richcompare = base->tp_richcompare;
            type->tp_hash = base->tp_hash;
        }
    }
    COPY(tp_iter);
    COPY(tp_iternext);
    COPY(tp_descr_get);
    if (type->tp_descr_set == NULL) {
        type->tp_descr_set = base->tp_descr_set;
    }
    COPY(tp_init);
    COPY(tp_free);
    COPY(tp_is_gc);
    COPY(tp_finalize);
    if (type->tp_finalize != NULL) {
        type->tp_flags |= RP_TPFLAGS_HAS_FINALIZE;
    }
}
#undef COPY

/* ---- rp_type_ready ------------------------------------------------------------- */

static int add_methods(RpTypeObject *type, RpMethodDef *meth)
{
    for (; meth->ml_name != NULL; meth++) {
        RpObject *name = rp_str_intern_cstr(meth->ml_name);
        if (name == NULL) {
            return -1;
        }
        /* a method replaces the slot wrapper of the same name (CPython's
           METH_COEXIST: list.__getitem__ is a method_descriptor), keeping
           its place in the dict; otherwise the first entry wins */
        RpObject *prev = rp_dict_get_borrow(type->tp_dict, name);
        if (prev != NULL && rp_type(prev) != &RpWrapperDescr_Type) {
            rp_decref(name);
            continue;
        }
        RpObject *descr;
        if (meth->ml_flags & RP_METH_CLASS) {
            descr = rp_descr_new_classmethod(type, meth);
        } else if (meth->ml_flags & RP_METH_STATIC) {
            /* self is the type (for the repr); the call passes NULL */
            RpObject *cf = rp_cfunction_new(meth, (RpObject *)type, NULL);
            if (cf == NULL) {
                rp_decref(name);
                return -1;
            }
            descr = rp_staticmethod_new(cf);
            rp_decref(cf);
        } else {
            descr = rp_descr_new_method(type, meth);
        }
        if (descr == NULL || rp_dict_set(type->tp_dict, name, descr) < 0) {
            rp_xdecref(descr);
            rp_decref(name);
            return -1;
        }
        rp_decref(descr);
        rp_decref(name);
    }
    return 0;
}

static int add_members(RpTypeObject *type, RpMemberDef *m)
{
    for (; m->name != NULL; m++) {
        RpObject *name = rp_str_intern_cstr(m->name);
        if (name == NULL) {
            return -1;
        }
        if (rp_dict_get_borrow(type->tp_dict, name) != NULL) {
            rp_decref(name);
            continue;
        }
        RpObject *descr = rp_descr_new_member(type, m);
        if (descr == NULL || rp_dict_set(type->tp_dict, name, descr) < 0) {
            rp_xdecref(descr);
            rp_decref(name);
            return -1;
        }
        rp_decref(descr);
        rp_decref(name);
    }
    return 0;
}

static int add_getset(RpTypeObject *type, RpGetSetDef *g)
{
    for (; g->name != NULL; g++) {
        RpObject *name = rp_str_intern_cstr(g->name);
        if (name == NULL) {
            return -1;
        }
        if (rp_dict_get_borrow(type->tp_dict, name) != NULL) {
            rp_decref(name);
            continue;
        }
        RpObject *descr = rp_descr_new_getset(type, g);
        if (descr == NULL || rp_dict_set(type->tp_dict, name, descr) < 0) {
            rp_xdecref(descr);
            rp_decref(name);
            return -1;
        }
        rp_decref(descr);
        rp_decref(name);
    }
    return 0;
}

static int set_doc(RpTypeObject *type)
{
    if (rp_dict_get_borrow(type->tp_dict, rp_id(__doc__)) != NULL) {
        return 0;
    }
    if (type->tp_doc != NULL && !(type->tp_flags & RP_TPFLAGS_HEAPTYPE)) {
        /* skip a "name(sig)\n--\n\n" signature prefix */
        const char *doc = type->tp_doc;
        const char *sig_end = strstr(doc, "\n--\n\n");
        if (sig_end != NULL) {
            doc = sig_end + 5;
        }
        RpObject *s = rp_str_from_cstr(doc);
        if (s == NULL) {
            return -1;
        }
        int r = rp_dict_set(type->tp_dict, rp_id(__doc__), s);
        rp_decref(s);
        return r;
    }
    return rp_dict_set(type->tp_dict, rp_id(__doc__), rp_None);
}

int rp_type_ready(RpTypeObject *type)
{
    if (type->tp_flags & RP_TPFLAGS_READY) {
        return 0;
    }
    type->tp_flags |= RP_TPFLAGS_READYING;
    int heap = (type->tp_flags & RP_TPFLAGS_HEAPTYPE) != 0;
    int made_bases = 0;
    if (!heap) {
        type->tp_flags |= RP_TPFLAGS_IMMUTABLETYPE;
    }
    if (type->ob_base.ob_base.ob_type == NULL) {
        type->ob_base.ob_base.ob_type = &RpType_Type;
    }
    RpTypeObject *base = type->tp_base;
    if (base == NULL && type != &RpBaseObject_Type) {
        base = type->tp_base = &RpBaseObject_Type;
    }
    if (base != NULL && !(base->tp_flags & RP_TPFLAGS_READY)) {
        if (rp_type_ready(base) < 0) {
            goto error;
        }
    }
    made_bases = type->tp_bases == NULL;
    if (type->tp_bases == NULL) {
        type->tp_bases = base ? rp_tuple_pack(1, (RpObject *)base) : rp_tuple_new(0);
        if (type->tp_bases == NULL) {
            goto error;
        }
    }
    if (type->tp_dict == NULL) {
        type->tp_dict = rp_dict_new();
        if (type->tp_dict == NULL) {
            goto error;
        }
    }
    if (base != NULL) {
        inherit_special(type, base);
    }
    if (type->tp_free == NULL) {
        type->tp_free = rp_object_free;
    }
    /* a static type deriving from object without tp_new cannot be
       instantiated from Python; others inherit their base's */
    if (type->tp_new == NULL && base != NULL && (heap || base != &RpBaseObject_Type)) {
        type->tp_new = base->tp_new;
    }
    if (!heap) {
        if (rp_type_add_operators(type) < 0) {
            goto error;
        }
    }
    if (type->tp_methods != NULL && add_methods(type, type->tp_methods) < 0) {
        goto error;
    }
    if (type->tp_members != NULL && add_members(type, type->tp_members) < 0) {
        goto error;
    }
    if (type->tp_getset != NULL && add_getset(type, type->tp_getset) < 0) {
        goto error;
    }
    if (set_doc(type) < 0) {
        goto error;
    }
    if (mro_internal(type) < 0) {
        goto error;
    }
    /* inherit slots along the MRO (the first base that has one wins) */
    {
        RpObject *mro = type->tp_mro;
        for (rp_ssize_t i = 1; i < rp_tuple_len(mro); i++) {
            RpObject *b = rp_tuple_get_borrow(mro, i);
            if (rp_type_check(b)) {
                inherit_slots(type, (RpTypeObject *)b);
            }
        }
    }
    if (type->tp_hash == NULL) {
        /* neither own nor inherited hash (richcompare defined without
           hash): not hashable, and __hash__ = None says so */
        if (rp_dict_get_borrow(type->tp_dict, rp_id(__hash__)) == NULL &&
            rp_dict_set(type->tp_dict, rp_id(__hash__), rp_None) < 0) {
            goto error;
        }
        type->tp_hash = rp_object_hash_not_implemented;
    }
    if (add_all_subclasses(type, type->tp_bases) < 0) {
        goto error;
    }
    if (!heap) {
        /* remember it for rp_types_fini */
        RpRuntime *rt = &rp_runtime;
        if (rt->nstatic_types == rt->static_types_cap) {
            int cap = rt->static_types_cap ? rt->static_types_cap * 2 : 256;
            RpTypeObject **a = rp_mem_realloc(rt->static_types, sizeof(RpTypeObject *) * (size_t)cap);
            if (a == NULL) {
                rp_err_nomemory();
                goto error;
            }
            rt->static_types = a;
            rt->static_types_cap = cap;
        }
        rt->static_types[rt->nstatic_types++] = type;
    }
    type->tp_flags = (type->tp_flags & ~RP_TPFLAGS_READYING) | RP_TPFLAGS_READY;
    return 0;
error:
    type->tp_flags &= ~RP_TPFLAGS_READYING;
    if (!heap) {
        /* a static type is not registered for rp_types_fini until it is
           ready: drop what was made, so nothing leaks and a later
           rp_type_ready starts again */
        RP_CLEAR(type->tp_dict);
        RP_CLEAR(type->tp_mro);
        if (made_bases) {
            RP_CLEAR(type->tp_bases);
        }
    }
    return -1;
}

/* ---- type's attributes ---------------------------------------------------------- */

static RpObject *type_name_get(RpObject *self, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (t->tp_flags & RP_TPFLAGS_HEAPTYPE) {
        return rp_newref(t->ht_name);
    }
    return rp_str_from_cstr(rp_type_name(t));
}

static int check_set_special_type_attr(RpTypeObject *t, RpObject *value, const char *name)
{
    if (!(t->tp_flags & RP_TPFLAGS_HEAPTYPE) || (t->tp_flags & RP_TPFLAGS_IMMUTABLETYPE)) {
        rp_err_format(&RpExc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                      name, t->tp_name);
        return -1;
    }
    if (value == NULL) {
        rp_err_format(&RpExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                      name, t->tp_name);
        return -1;
    }
    return 0;
}

static int type_name_set(RpObject *self, RpObject *value, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (check_set_special_type_attr(t, value, "__name__") < 0) {
        return -1;
    }
    if (!rp_str_check(value)) {
        rp_err_format(&RpExc_TypeError, "can only assign string to %s.__name__, not '%s'",
                      t->tp_name, rp_type(value)->tp_name);
        return -1;
    }
    rp_ssize_t len;
    const char *u = rp_str_as_utf8_cached(value, &len);
    if (u == NULL) {
        return -1;
    }
    if ((rp_ssize_t)strlen(u) != len) {
        rp_err_set_string(&RpExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    t->tp_name = u;
    RP_SETREF(t->ht_name, rp_newref(value));
    return 0;
}

static RpObject *type_qualname_get(RpObject *self, void *c)
{
    return rp_type_qualname((RpTypeObject *)self);
}

static int type_qualname_set(RpObject *self, RpObject *value, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (check_set_special_type_attr(t, value, "__qualname__") < 0) {
        return -1;
    }
    if (!rp_str_check(value)) {
        rp_err_format(&RpExc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                      t->tp_name, rp_type(value)->tp_name);
        return -1;
    }
    RP_SETREF(t->ht_qualname, rp_newref(value));
    return 0;
}

static RpObject *type_module_get(RpObject *self, void *c)
{
    return rp_type_module((RpTypeObject *)self);
}

static int type_module_set(RpObject *self, RpObject *value, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (check_set_special_type_attr(t, value, "__module__") < 0) {
        return -1;
    }
    rp_type_modified(t);
    return rp_dict_set(t->tp_dict, rp_id(__module__), value);
}

static RpObject *type_dict_get(RpObject *self, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (t->tp_dict == NULL) {
        return rp_none_new();
    }
    return rp_dictproxy_new(t->tp_dict);
}

static RpObject *type_doc_get(RpObject *self, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    RpObject *doc = rp_dict_get_borrow(t->tp_dict, rp_id(__doc__));
    if (doc == NULL) {
        if (rp_err_occurred()) {
            return NULL;
        }
        return rp_none_new();
    }
    rp_descrgetfunc get = rp_type(doc)->tp_descr_get;
    if (get != NULL) {
        return get(doc, NULL, self);
    }
    return rp_newref(doc);
}

static int type_doc_set(RpObject *self, RpObject *value, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (check_set_special_type_attr(t, value, "__doc__") < 0) {
        return -1;
    }
    rp_type_modified(t);
    return rp_dict_set(t->tp_dict, rp_id(__doc__), value);
}

static RpObject *type_bases_get(RpObject *self, void *c)
{
    return rp_newref(((RpTypeObject *)self)->tp_bases);
}

static int type_bases_set(RpObject *self, RpObject *value, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (check_set_special_type_attr(t, value, "__bases__") < 0) {
        return -1;
    }
    if (!rp_tuple_check(value)) {
        rp_err_format(&RpExc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                      t->tp_name, rp_type(value)->tp_name);
        return -1;
    }
    if (rp_tuple_len(value) == 0) {
        rp_err_format(&RpExc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                      t->tp_name);
        return -1;
    }
    for (rp_ssize_t i = 0; i < rp_tuple_len(value); i++) {
        RpObject *b = rp_tuple_get_borrow(value, i);
        if (!rp_type_check(b)) {
            rp_err_format(&RpExc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                          t->tp_name, rp_type(b)->tp_name);
            return -1;
        }
        if (rp_type_is_subtype((RpTypeObject *)b, t)) {
            rp_err_set_string(&RpExc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    RpObject *old_bases = t->tp_bases;
    RpObject *old_mro = rp_xnewref(t->tp_mro);
    RpTypeObject *old_base = t->tp_base;
    t->tp_bases = rp_newref(value);
    t->tp_base = (RpTypeObject *)rp_tuple_get_borrow(value, 0);
    rp_incref(t->tp_base);
    if (mro_internal(t) < 0) {
        rp_decref(t->tp_bases);
        rp_decref(t->tp_base);
        t->tp_bases = old_bases;
        t->tp_base = old_base;
        RP_XSETREF(t->tp_mro, old_mro);
        return -1;
    }
    remove_all_subclasses(t, old_bases);
    int r = add_all_subclasses(t, value);
    rp_xdecref(old_mro);
    rp_decref(old_bases);
    rp_decref(old_base);
    rp_type_modified(t);
    return r;
}

static RpObject *type_abstractmethods_get(RpObject *self, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    RpObject *v = NULL;
    if (t != &RpType_Type) {
        v = rp_dict_get_borrow(t->tp_dict, rp_id(__abstractmethods__));
    }
    if (v == NULL) {
        if (!rp_err_occurred()) {
            rp_err_set_object(&RpExc_AttributeError, rp_id(__abstractmethods__));
        }
        return NULL;
    }
    return rp_newref(v);
}

static int type_abstractmethods_set(RpObject *self, RpObject *value, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    int abstract = 0;
    int r;
    if (value != NULL) {
        abstract = rp_object_is_true(value);
        if (abstract < 0) {
            return -1;
        }
        r = rp_dict_set(t->tp_dict, rp_id(__abstractmethods__), value);
    } else {
        r = rp_dict_del(t->tp_dict, rp_id(__abstractmethods__));
        if (r < 0 && rp_err_matches(&RpExc_KeyError)) {
            rp_err_clear();
            rp_err_set_object(&RpExc_AttributeError, rp_id(__abstractmethods__));
        }
    }
    if (r < 0) {
        return -1;
    }
    rp_type_modified(t);
    if (abstract) {
        t->tp_flags |= RP_TPFLAGS_IS_ABSTRACT;
    } else {
        t->tp_flags &= ~RP_TPFLAGS_IS_ABSTRACT;
    }
    return 0;
}

static RpObject *type_annotations_get(RpObject *self, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (!(t->tp_flags & RP_TPFLAGS_HEAPTYPE)) {
        return rp_err_format(&RpExc_AttributeError,
                             "type object '%s' has no attribute '__annotations__'", t->tp_name);
    }
    RpObject *a = rp_dict_get_borrow(t->tp_dict, rp_id(__annotations__));
    if (a != NULL) {
        rp_descrgetfunc get = rp_type(a)->tp_descr_get;
        if (get != NULL) {
            return get(a, NULL, self);
        }
        return rp_newref(a);
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    a = rp_dict_new();
    if (a == NULL) {
        return NULL;
    }
    if (rp_dict_set(t->tp_dict, rp_id(__annotations__), a) < 0) {
        rp_decref(a);
        return NULL;
    }
    rp_type_modified(t);
    return a;
}

static int type_annotations_set(RpObject *self, RpObject *value, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (t->tp_flags & RP_TPFLAGS_IMMUTABLETYPE) {
        rp_err_format(&RpExc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                      t->tp_name);
        return -1;
    }
    int r;
    if (value != NULL) {
        r = rp_dict_set(t->tp_dict, rp_id(__annotations__), value);
    } else {
        r = rp_dict_del(t->tp_dict, rp_id(__annotations__));
        if (r < 0 && rp_err_matches(&RpExc_KeyError)) {
            rp_err_clear();
            rp_err_set_string(&RpExc_AttributeError, "__annotations__");
        }
    }
    rp_type_modified(t);
    return r;
}

static RpObject *type_text_signature_get(RpObject *self, void *c)
{
    return rp_none_new();
}

static RpObject *type_mro_get(RpObject *self, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    return t->tp_mro ? rp_newref(t->tp_mro) : rp_none_new();
}

static RpObject *type_base_get(RpObject *self, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    return t->tp_base ? rp_newref(t->tp_base) : rp_none_new();
}

static RpObject *type_basicsize_get(RpObject *self, void *c)
{
    return rp_int_from_ssize_t(((RpTypeObject *)self)->tp_basicsize);
}

static RpObject *type_itemsize_get(RpObject *self, void *c)
{
    return rp_int_from_ssize_t(((RpTypeObject *)self)->tp_itemsize);
}

static RpObject *type_flags_get(RpObject *self, void *c)
{
    return rp_int_from_size_t(((RpTypeObject *)self)->tp_flags &
                              ~(unsigned long)(RP_TPFLAGS_READYING));
}

static RpObject *type_weakrefoffset_get(RpObject *self, void *c)
{
    return rp_int_from_ssize_t(((RpTypeObject *)self)->tp_weaklistoffset);
}

static RpObject *type_dictoffset_get(RpObject *self, void *c)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (t->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        /* what CPython 3.11 reports for its managed dicts */
        return rp_int_from_ssize_t(-t->tp_basicsize - 3 * (rp_ssize_t)sizeof(void *));
    }
    return rp_int_from_ssize_t(t->tp_dictoffset);
}

static RpGetSetDef type_getsets[] = {
    {"__basicsize__", type_basicsize_get, NULL, NULL, NULL},
    {"__itemsize__", type_itemsize_get, NULL, NULL, NULL},
    {"__flags__", type_flags_get, NULL, NULL, NULL},
    {"__weakrefoffset__", type_weakrefoffset_get, NULL, NULL, NULL},
    {"__base__", type_base_get, NULL, NULL, NULL},
    {"__dictoffset__", type_dictoffset_get, NULL, NULL, NULL},
    {"__mro__", type_mro_get, NULL, NULL, NULL},
    {"__name__", type_name_get, type_name_set, NULL, NULL},
    {"__qualname__", type_qualname_get, type_qualname_set, NULL, NULL},
    {"__bases__", type_bases_get, type_bases_set, NULL, NULL},
    {"__module__", type_module_get, type_module_set, NULL, NULL},
    {"__abstractmethods__", type_abstractmethods_get, type_abstractmethods_set, NULL, NULL},
    {"__dict__", type_dict_get, NULL, NULL, NULL},
    {"__doc__", type_doc_get, type_doc_set, NULL, NULL},
    {"__text_signature__", type_text_signature_get, NULL, NULL, NULL},
    {"__annotations__", type_annotations_get, type_annotations_set, NULL, NULL},
    {NULL}
};

/* ---- type's methods ---------------------------------------------------------------- */

static RpObject *type_subclasses_method(RpObject *self, RpObject *unused)
{
    return rp_type_subclasses_list((RpTypeObject *)self);
}

static RpObject *type_prepare(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    return rp_dict_new();
}

static RpObject *type_instancecheck(RpObject *self, RpObject *inst)
{
    int r = rp_object_real_is_instance(inst, self);
    if (r < 0) {
        return NULL;
    }
    return rp_bool_from_long(r);
}

static RpObject *type_subclasscheck(RpObject *self, RpObject *sub)
{
    int r = rp_object_real_is_subclass(sub, self);
    if (r < 0) {
        return NULL;
    }
    return rp_bool_from_long(r);
}

static RpObject *type_sizeof(RpObject *self, RpObject *unused)
{
    /* CPython 3.11's numbers: sizeof(PyTypeObject) for static types,
       sizeof(PyHeapTypeObject) plus the shared keys table for classes */
    RpTypeObject *t = (RpTypeObject *)self;
    rp_ssize_t size;
    if (t->tp_flags & RP_TPFLAGS_HEAPTYPE) {
        size = 904 + (t->ht_cached_keys != NULL ? 768 : 0);
    } else {
        size = 408;
    }
    return rp_int_from_ssize_t(size);
}

/* dir(class): the names of the class and its bases */
static int merge_class_dict(RpObject *dict, RpObject *cls)
{
    RpObject *cd;
    if (rp_object_lookup_attr(cls, rp_id(__dict__), &cd) < 0) {
        return -1;
    }
    if (cd != NULL) {
        int r = rp_dict_update(dict, cd);
        rp_decref(cd);
        if (r < 0) {
            return -1;
        }
    }
    RpObject *bases;
    if (rp_object_lookup_attr(cls, rp_id(__bases__), &bases) < 0) {
        return -1;
    }
    if (bases != NULL) {
        rp_ssize_t n = rp_object_len(bases);
        if (n < 0) {
            rp_decref(bases);
            return -1;
        }
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *b = rp_sequence_getitem(bases, i);
            if (b == NULL) {
                rp_decref(bases);
                return -1;
            }
            int r = merge_class_dict(dict, b);
            rp_decref(b);
            if (r < 0) {
                rp_decref(bases);
                return -1;
            }
        }
        rp_decref(bases);
    }
    return 0;
}

RpObject *rp_type_dir_list(RpObject *cls);
RpObject *rp_type_dir_list(RpObject *cls)
{
    RpObject *dict = rp_dict_new();
    if (dict == NULL) {
        return NULL;
    }
    RpObject *res = NULL;
    if (merge_class_dict(dict, cls) == 0) {
        res = rp_dict_keys_list(dict);
    }
    rp_decref(dict);
    return res;
}

static RpObject *type_dir(RpObject *self, RpObject *unused)
{
    return rp_type_dir_list(self);
}

static RpObject *type_mro_wrapper(RpObject *self, RpObject *unused)
{
    return type_mro_method(self, unused);
}

static RpMethodDef type_methods[] = {
    {"mro", RP_CFUNC(type_mro_wrapper), RP_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", RP_CFUNC(type_subclasses_method), RP_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__prepare__", RP_CFUNC(type_prepare), RP_METH_FASTCALL | RP_METH_KEYWORDS | RP_METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", RP_CFUNC(type_instancecheck), RP_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", RP_CFUNC(type_subclasscheck), RP_METH_O,
     "Check if a class is a subclass."},
    {"__dir__", RP_CFUNC(type_dir), RP_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", RP_CFUNC(type_sizeof), RP_METH_NOARGS, "Return memory consumption of the type object."},
    {NULL}
};

/* ---- type's slots -------------------------------------------------------------------- */

static RpObject *type_repr(RpObject *self)
{
    RpTypeObject *t = (RpTypeObject *)self;
    RpObject *mod = rp_type_module(t);
    if (mod == NULL) {
        rp_err_clear();
    } else if (!rp_str_check(mod)) {
        RP_CLEAR(mod);
    }
    RpObject *name = rp_type_qualname(t);
    if (name == NULL) {
        rp_xdecref(mod);
        return NULL;
    }
    RpObject *res;
    if (mod != NULL && !rp_str_eq_cstr(mod, "builtins")) {
        res = rp_str_from_format("<class '%U.%U'>", mod, name);
    } else {
        res = rp_str_from_format("<class '%s'>", t->tp_name);
    }
    rp_xdecref(mod);
    rp_decref(name);
    return res;
}

RpObject *rp_type_call(RpObject *self, RpObject *const *args, size_t nargs,
                       RpObject *kwnames)
{
    RpTypeObject *type = (RpTypeObject *)self;
    size_t nkw = kwnames ? (size_t)rp_tuple_len(kwnames) : 0;
    if (type == &RpType_Type) {
        if (nargs == 1 && nkw == 0) {
            return rp_newref(rp_type(args[0]));
        }
        if (nargs != 3) {
            return rp_err_set_string(&RpExc_TypeError, "type() takes 1 or 3 arguments");
        }
    }
    if (RP_UNLIKELY(type->tp_new == NULL)) {
        return rp_err_format(&RpExc_TypeError, "cannot create '%s' instances", type->tp_name);
    }
    RpObject *obj = type->tp_new(type, args, nargs, kwnames);
    if (obj == NULL) {
        return NULL;
    }
    /* only initialise what __new__ made of this type */
    if (!rp_object_type_check(obj, type)) {
        return obj;
    }
    RpTypeObject *t = rp_type(obj);
    if (t->tp_init != NULL) {
        if (t->tp_init(obj, args, nargs, kwnames) < 0) {
            rp_decref(obj);
            return NULL;
        }
    }
    return obj;
}

static int type_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    size_t nkw = kwnames ? (size_t)rp_tuple_len(kwnames) : 0;
    if (nargs == 1 && nkw != 0) {
        rp_err_set_string(&RpExc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        rp_err_set_string(&RpExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static int type_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpTypeObject *t = (RpTypeObject *)self;
    if (!(t->tp_flags & RP_TPFLAGS_HEAPTYPE)) {
        return 0;
    }
    RP_VISIT(t->tp_dict);
    RP_VISIT(t->tp_mro);
    RP_VISIT(t->tp_bases);
    RP_VISIT(t->tp_base);
    RP_VISIT(t->ht_module);
    /* (a heap metatype is visited by subtype_traverse) */
    return 0;
}

static int type_clear(RpObject *self)
{
    RpTypeObject *t = (RpTypeObject *)self;
    /* CPython clears only the dict and MRO: enough to break any cycle,
       while the type stays usable by instances still alive */
    rp_type_modified(t);
    if (t->tp_dict != NULL) {
        rp_dict_clear(t->tp_dict);
    }
    RP_CLEAR(t->tp_mro);
    return 0;
}

static void type_dealloc(RpObject *self)
{
    RpTypeObject *t = (RpTypeObject *)self;
    rp_gc_untrack(self);
    rp_type_modified(t);
    remove_all_subclasses(t, t->tp_bases);
    if (t->tp_weaklist != NULL) {
        rp_weakref_clear_all(self);
    }
    RP_CLEAR(t->tp_base);
    RP_CLEAR(t->tp_dict);
    RP_CLEAR(t->tp_bases);
    RP_CLEAR(t->tp_mro);
    RP_CLEAR(t->tp_subclasses);
    RP_CLEAR(t->ht_name);
    RP_CLEAR(t->ht_qualname);
    RP_CLEAR(t->ht_slots);
    RP_CLEAR(t->ht_module);
    if (t->tp_members != NULL) {
        rp_mem_free(t->tp_members);
        t->tp_members = NULL;
    }
    if (t->tp_doc != NULL) {
        rp_mem_free((void *)t->tp_doc);
        t->tp_doc = NULL;
    }
    if (t->ht_cached_keys != NULL) {
        rp_dictkeys_decref(t->ht_cached_keys);
        t->ht_cached_keys = NULL;
    }
    /* a heap metatype's reference is dropped by subtype_dealloc */
    rp_type(self)->tp_free(self);
}

static int type_is_gc(RpObject *self)
{
    return (((RpTypeObject *)self)->tp_flags & RP_TPFLAGS_HEAPTYPE) != 0;
}


RpTypeObject RpType_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(RpTypeObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE | RP_TPFLAGS_TYPE_SUBCLASS,
    .tp_dealloc = type_dealloc,
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_is_gc = type_is_gc,
    .tp_repr = type_repr,
    .tp_call = rp_type_call,
    .tp_getattro = rp_type_getattro,
    .tp_setattro = rp_type_setattro,
    .tp_new = rp_type_new_vectorcall,
    .tp_init = type_init,
    .nb_or = rp_union_or,
    .tp_methods = type_methods,
    .tp_getset = type_getsets,
    .tp_base = &RpBaseObject_Type,
    .tp_weaklistoffset = offsetof(RpTypeObject, tp_weaklist),
    .tp_dictoffset = offsetof(RpTypeObject, tp_dict),
    .tp_doc = "type(object) -> the object's type\n"
              "type(name, bases, dict, **kwds) -> a new type",
};
