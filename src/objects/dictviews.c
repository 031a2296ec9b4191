/* dictviews.c - dict iterators and the keys/values/items views.
 *
 * Models the iterator and view parts of CPython 3.11's
 * Objects/dictobject.c.
 *
 * An iterator remembers the dict's size when it started: a different
 * size at the next step raises "dictionary changed size during
 * iteration" (and keeps raising).  Its own count of remaining items
 * catches a change that kept the size ("dictionary keys changed during
 * iteration").  The items iterators hand out one result tuple again and
 * again when the caller dropped it (refcount 1), so `for k, v in
 * d.items()` allocates no tuple per step, as in CPython.
 *
 * A view holds only the dict; len/in/iter go to it.  Keys and items
 * views are set-like: ==, <, <=, ..., &, |, -, ^ and isdisjoint work with
 * any iterable, building sets as CPython does (so results print in the
 * same order).
 */
#include "dictobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "descrobject.h"
#include "dict_internal.h"
#include "exceptions.h"
#include "intobject.h"
#include "iterobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "setobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

/* ---- iterators ---- */

typedef struct {
    RP_OBJECT_HEAD;
    RpDictObject *di_dict;     /* NULL when exhausted */
    rp_ssize_t di_used;        /* the dict's size at the start */
    rp_ssize_t di_pos;
    RpObject *di_result;       /* the reusable (key, value) tuple */
    rp_ssize_t len;            /* items still expected */
} DictIterObject;

static int is_reverse_type(RpTypeObject *t)
{
    return t == &RpDictRevIterKey_Type || t == &RpDictRevIterValue_Type ||
           t == &RpDictRevIterItem_Type;
}

static RpObject *dictiter_new(RpDictObject *dict, RpTypeObject *itertype)
{
    DictIterObject *di = (DictIterObject *)rp_object_alloc(itertype);
    if (di == NULL) {
        return NULL;
    }
    di->di_dict = (RpDictObject *)rp_newref(dict);
    di->di_used = dict->ma_used;
    di->len = dict->ma_used;
    if (is_reverse_type(itertype)) {
        di->di_pos = dict->ma_values != NULL ? dict->ma_used - 1 : dict->ma_keys->dk_nentries - 1;
    } else {
        di->di_pos = 0;
    }
    if (itertype == &RpDictIterItem_Type || itertype == &RpDictRevIterItem_Type) {
        di->di_result = rp_tuple_pack(2, rp_None, rp_None);
        if (di->di_result == NULL) {
            rp_decref(di);
            return NULL;
        }
    } else {
        di->di_result = NULL;
    }
    rp_gc_track(di);
    return (RpObject *)di;
}

RpObject *rp_dict_iter(RpObject *dict)
{
    return dictiter_new((RpDictObject *)dict, &RpDictIterKey_Type);
}

RpObject *rp_dict_reversed(RpObject *dict, RpObject *unused)
{
    (void)unused;
    return dictiter_new((RpDictObject *)dict, &RpDictRevIterKey_Type);
}

static void dictiter_dealloc(RpObject *o)
{
    DictIterObject *di = (DictIterObject *)o;
    rp_gc_untrack(o);
    rp_xdecref(di->di_dict);
    rp_xdecref(di->di_result);
    rp_object_free(o);
}

static int dictiter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    DictIterObject *di = (DictIterObject *)o;
    RP_VISIT(di->di_dict);
    RP_VISIT(di->di_result);
    return 0;
}

static RpObject *dictiter_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    DictIterObject *di = (DictIterObject *)o;
    rp_ssize_t len = 0;
    if (di->di_dict != NULL && di->di_used == di->di_dict->ma_used) {
        len = di->len;
    }
    return rp_int_from_ssize_t(len);
}

static RpMethodDef dictiter_methods[] = {
    { "__length_hint__", RP_CFUNC(dictiter_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

/* The next (key, value) of a forward iterator, borrowed; 1 found, 0 at
 * the end (the iterator is then exhausted) or on error. */
static int dictiter_step(DictIterObject *di, RpObject **key, RpObject **value)
{
    RpDictObject *d = di->di_dict;
    if (d == NULL) {
        return 0;
    }
    if (di->di_used != d->ma_used) {
        rp_err_set_string(&RpExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;   /* sticky */
        return 0;
    }
    rp_ssize_t i = di->di_pos;
    RpDictKeys *k = d->ma_keys;
    if (d->ma_values != NULL) {
        if (i >= d->ma_used) {
            goto fail;
        }
        int index = get_index_from_order(d, i);
        *key = dk_unicode_entries(k)[index].me_key;
        *value = d->ma_values->values[index];
    } else {
        rp_ssize_t n = k->dk_nentries;
        for (;;) {
            if (i >= n) {
                goto fail;
            }
            dict_entry_at(k, i, key, value);
            if (*value != NULL) {
                break;
            }
            i++;
        }
    }
    /* an item, where none was expected */
    if (di->len == 0) {
        rp_err_set_string(&RpExc_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    di->di_pos = i + 1;
    di->len--;
    return 1;
fail:
    di->di_dict = NULL;
    rp_decref(d);
    return 0;
}

static RpObject *dictiter_iternextkey(RpObject *o)
{
    RpObject *key, *value;
    if (!dictiter_step((DictIterObject *)o, &key, &value)) {
        return NULL;
    }
    return rp_newref(key);
}

static RpObject *dictiter_iternextvalue(RpObject *o)
{
    RpObject *key, *value;
    if (!dictiter_step((DictIterObject *)o, &key, &value)) {
        return NULL;
    }
    return rp_newref(value);
}

/* the (key, value) pair, reusing the iterator's tuple when possible
 * (steals key and value) */
static RpObject *make_pair(DictIterObject *di, RpObject *key, RpObject *value)
{
    RpObject *result = di->di_result;
    if (rp_refcnt(result) == 1) {
        RpObject *oldkey = rp_tuple_get_borrow(result, 0);
        RpObject *oldvalue = rp_tuple_get_borrow(result, 1);
        rp_tuple_set_steal(result, 0, key);
        rp_tuple_set_steal(result, 1, value);
        rp_incref(result);
        rp_decref(oldkey);
        rp_decref(oldvalue);
        /* a collection may have untracked it meanwhile */
        if (!rp_gc_is_tracked(result)) {
            rp_gc_track(result);
        }
        return result;
    }
    result = rp_tuple_new(2);
    if (result == NULL) {
        rp_decref(key);
        rp_decref(value);
        return NULL;
    }
    rp_tuple_set_steal(result, 0, key);
    rp_tuple_set_steal(result, 1, value);
    return result;
}

static RpObject *dictiter_iternextitem(RpObject *o)
{
    RpObject *key, *value;
    DictIterObject *di = (DictIterObject *)o;
    if (!dictiter_step(di, &key, &value)) {
        return NULL;
    }
    return make_pair(di, rp_newref(key), rp_newref(value));
}

static RpObject *dictreviter_iternext(RpObject *o)
{
    DictIterObject *di = (DictIterObject *)o;
    RpDictObject *d = di->di_dict;
    if (d == NULL) {
        return NULL;
    }
    if (di->di_used != d->ma_used) {
        rp_err_set_string(&RpExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;
        return NULL;
    }
    rp_ssize_t i = di->di_pos;
    RpDictKeys *k = d->ma_keys;
    RpObject *key, *value;
    if (i < 0) {
        goto fail;
    }
    if (d->ma_values != NULL) {
        int index = get_index_from_order(d, i);
        key = dk_unicode_entries(k)[index].me_key;
        value = d->ma_values->values[index];
    } else {
        for (;;) {
            dict_entry_at(k, i, &key, &value);
            if (value != NULL) {
                break;
            }
            if (--i < 0) {
                goto fail;
            }
        }
    }
    di->di_pos = i - 1;
    di->len--;
    RpTypeObject *t = rp_type(o);
    if (t == &RpDictRevIterKey_Type) {
        return rp_newref(key);
    }
    if (t == &RpDictRevIterValue_Type) {
        return rp_newref(value);
    }
    return make_pair(di, rp_newref(key), rp_newref(value));
fail:
    di->di_dict = NULL;
    rp_decref(d);
    return NULL;
}

#define DICTITER_TYPE(cname, pyname, next)             \
    RpTypeObject cname = {                             \
        .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0), \
        .tp_name = pyname,                             \
        .tp_basicsize = sizeof(DictIterObject),        \
        .tp_flags = RP_TPFLAGS_HAVE_GC,                \
        .tp_dealloc = dictiter_dealloc,                \
        .tp_traverse = dictiter_traverse,              \
        .tp_iter = rp_self_iter,                       \
        .tp_iternext = next,                           \
        .tp_free = rp_object_free,                     \
        .tp_methods = dictiter_methods,                \
    }

DICTITER_TYPE(RpDictIterKey_Type, "dict_keyiterator", dictiter_iternextkey);
DICTITER_TYPE(RpDictIterValue_Type, "dict_valueiterator", dictiter_iternextvalue);
DICTITER_TYPE(RpDictIterItem_Type, "dict_itemiterator", dictiter_iternextitem);
DICTITER_TYPE(RpDictRevIterKey_Type, "dict_reversekeyiterator", dictreviter_iternext);
DICTITER_TYPE(RpDictRevIterValue_Type, "dict_reversevalueiterator", dictreviter_iternext);
DICTITER_TYPE(RpDictRevIterItem_Type, "dict_reverseitemiterator", dictreviter_iternext);

/* ---- views ---- */

typedef struct {
    RP_OBJECT_HEAD;
    RpDictObject *dv_dict;
} DictViewObject;

#define VIEW_DICT(o) (((DictViewObject *)(o))->dv_dict)

static int is_view_set(RpObject *o)
{
    return rp_type(o) == &RpDictKeys_Type || rp_type(o) == &RpDictItems_Type;
}

static RpObject *dictview_new(RpObject *dict, RpTypeObject *type)
{
    if (!rp_dict_check(dict)) {
        return rp_err_format(&RpExc_TypeError, "%s() requires a dict argument, not '%T'",
                             type->tp_name, dict);
    }
    DictViewObject *dv = (DictViewObject *)rp_object_alloc(type);
    if (dv == NULL) {
        return NULL;
    }
    dv->dv_dict = (RpDictObject *)rp_newref(dict);
    rp_gc_track(dv);
    return (RpObject *)dv;
}

RpObject *rp_dict_keys_view_new(RpObject *dict, RpObject *unused)
{
    (void)unused;
    return dictview_new(dict, &RpDictKeys_Type);
}

RpObject *rp_dict_values_view_new(RpObject *dict, RpObject *unused)
{
    (void)unused;
    return dictview_new(dict, &RpDictValues_Type);
}

RpObject *rp_dict_items_view_new(RpObject *dict, RpObject *unused)
{
    (void)unused;
    return dictview_new(dict, &RpDictItems_Type);
}

static void dictview_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_xdecref(VIEW_DICT(o));
    rp_object_free(o);
}

static int dictview_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(VIEW_DICT(o));
    return 0;
}

static rp_ssize_t dictview_len(RpObject *o)
{
    return VIEW_DICT(o) != NULL ? VIEW_DICT(o)->ma_used : 0;
}

/* every item of self is in other: 1, 0, -1 */
static int all_contained_in(RpObject *self, RpObject *other)
{
    RpObject *iter = rp_object_get_iter(self);
    int ok = 1;
    if (iter == NULL) {
        return -1;
    }
    for (;;) {
        RpObject *next = rp_iter_next(iter);
        if (next == NULL) {
            if (rp_err_occurred()) {
                ok = -1;
            }
            break;
        }
        ok = rp_sequence_contains(other, next);
        rp_decref(next);
        if (ok <= 0) {
            break;
        }
    }
    rp_decref(iter);
    return ok;
}

static RpObject *dictview_richcompare(RpObject *self, RpObject *other, int op)
{
    if (!rp_anyset_check(other) && !is_view_set(other)) {
        return rp_notimplemented_new();
    }
    rp_ssize_t len_self = rp_object_len(self);
    if (len_self < 0) {
        return NULL;
    }
    rp_ssize_t len_other = rp_object_len(other);
    if (len_other < 0) {
        return NULL;
    }
    int ok = 0;
    switch (op) {
    case RP_NE:
    case RP_EQ:
        if (len_self == len_other) {
            ok = all_contained_in(self, other);
        }
        if (op == RP_NE && ok >= 0) {
            ok = !ok;
        }
        break;
    case RP_LT:
        if (len_self < len_other) {
            ok = all_contained_in(self, other);
        }
        break;
    case RP_LE:
        if (len_self <= len_other) {
            ok = all_contained_in(self, other);
        }
        break;
    case RP_GT:
        if (len_self > len_other) {
            ok = all_contained_in(other, self);
        }
        break;
    case RP_GE:
        if (len_self >= len_other) {
            ok = all_contained_in(other, self);
        }
        break;
    }
    if (ok < 0) {
        return NULL;
    }
    return rp_bool_from_long(ok);
}

static RpObject *dictview_repr(RpObject *dv)
{
    int rc = rp_repr_enter(dv);
    if (rc != 0) {
        return rc > 0 ? rp_str_from_cstr("...") : NULL;
    }
    RpObject *result = NULL;
    RpObject *seq = rp_list_from_iterable(dv);
    if (seq != NULL) {
        result = rp_str_from_format("%s(%R)", rp_type(dv)->tp_name, seq);
        rp_decref(seq);
    }
    rp_repr_leave(dv);
    return result;
}

/* view.mapping: a read-only proxy of the dict */
static RpObject *dictview_mapping(RpObject *view, void *closure)
{
    (void)closure;
    return rp_dictproxy_new((RpObject *)VIEW_DICT(view));
}

static RpGetSetDef dictview_getset[] = {
    { "mapping", dictview_mapping, NULL, "dictionary that this view refers to", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

/* dict_keys */

static RpObject *dictkeys_iter(RpObject *dv)
{
    if (VIEW_DICT(dv) == NULL) {
        return rp_none_new();
    }
    return dictiter_new(VIEW_DICT(dv), &RpDictIterKey_Type);
}

static int dictkeys_contains(RpObject *dv, RpObject *obj)
{
    if (VIEW_DICT(dv) == NULL) {
        return 0;
    }
    return rp_dict_contains((RpObject *)VIEW_DICT(dv), obj);
}

static int dictitems_contains(RpObject *dv, RpObject *obj)
{
    if (VIEW_DICT(dv) == NULL) {
        return 0;
    }
    if (!rp_tuple_check(obj) || rp_tuple_len(obj) != 2) {
        return 0;
    }
    RpObject *key = rp_tuple_get_borrow(obj, 0), *value = rp_tuple_get_borrow(obj, 1);
    RpObject *found = rp_dict_get_borrow((RpObject *)VIEW_DICT(dv), key);
    if (found == NULL) {
        return rp_err_occurred() ? -1 : 0;
    }
    rp_incref(found);
    int result = rp_object_richcompare_bool(found, value, RP_EQ);
    rp_decref(found);
    return result;
}

/* a set of the view's items (keys of an exact dict: straight from it) */
static RpObject *dictviews_to_set(RpObject *self)
{
    RpObject *left = self;
    if (rp_type(self) == &RpDictKeys_Type) {
        RpObject *dict = (RpObject *)VIEW_DICT(self);
        if (rp_dict_check_exact(dict)) {
            left = dict;
        }
    }
    return rp_set_new(left);
}

static RpObject *dictviews_sub(RpObject *self, RpObject *other)
{
    RpObject *result = dictviews_to_set(self);
    if (result == NULL) {
        return NULL;
    }
    if (rp_set_difference_update_internal(result, other) < 0) {
        rp_decref(result);
        return NULL;
    }
    return result;
}

static RpObject *dictview_intersect(RpObject *self, RpObject *other)
{
    /* a view on the right of & arrives second */
    if (!is_view_set(self)) {
        RpObject *tmp = other;
        other = self;
        self = tmp;
    }
    rp_ssize_t len_self = dictview_len(self);
    /* a bigger set: reuse set intersection */
    if (rp_type(other) == &RpSet_Type) {
        rp_ssize_t len_other = rp_object_len(other);
        if (len_other < 0) {
            return NULL;
        }
        if (len_self <= len_other) {
            return rp_set_intersection_internal(other, self);
        }
    }
    /* iterate over the smaller view */
    if (is_view_set(other)) {
        rp_ssize_t len_other = dictview_len(other);
        if (len_other > len_self) {
            RpObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    RpObject *result = rp_set_new(NULL);
    if (result == NULL) {
        return NULL;
    }
    RpObject *it = rp_object_get_iter(other);
    if (it == NULL) {
        rp_decref(result);
        return NULL;
    }
    int (*contains)(RpObject *, RpObject *) =
        rp_type(self) == &RpDictKeys_Type ? dictkeys_contains : dictitems_contains;
    RpObject *key;
    while ((key = rp_iter_next(it)) != NULL) {
        int rv = contains(self, key);
        if (rv < 0 || (rv && rp_set_add(result, key) < 0)) {
            rp_decref(key);
            rp_decref(it);
            rp_decref(result);
            return NULL;
        }
        rp_decref(key);
    }
    rp_decref(it);
    if (rp_err_occurred()) {
        rp_decref(result);
        return NULL;
    }
    return result;
}

static RpObject *dictviews_or(RpObject *self, RpObject *other)
{
    RpObject *result = dictviews_to_set(self);
    if (result == NULL) {
        return NULL;
    }
    if (rp_set_update(result, other) < 0) {
        rp_decref(result);
        return NULL;
    }
    return result;
}

static RpObject *dictitems_xor(RpObject *self, RpObject *other)
{
    RpObject *d1 = (RpObject *)VIEW_DICT(self), *d2 = (RpObject *)VIEW_DICT(other);
    RpObject *temp_dict = rp_dict_copy(d1);
    if (temp_dict == NULL) {
        return NULL;
    }
    RpObject *result_set = rp_set_new(NULL);
    if (result_set == NULL) {
        rp_decref(temp_dict);
        return NULL;
    }
    RpObject *key = NULL, *val1 = NULL, *val2 = NULL;
    rp_ssize_t pos = 0;
    rp_hash_t hash;
    while (rp_dict_next_hash(d2, &pos, &key, &val2, &hash)) {
        rp_incref(key);
        rp_incref(val2);
        val1 = rp_dict_get_known_hash_borrow(temp_dict, key, hash);
        int to_delete;
        if (val1 == NULL) {
            if (rp_err_occurred()) {
                goto error;
            }
            to_delete = 0;
        } else {
            rp_incref(val1);
            to_delete = rp_object_richcompare_bool(val1, val2, RP_EQ);
            if (to_delete < 0) {
                goto error;
            }
        }
        if (to_delete) {
            RpObject *gone = rp_dict_pop(temp_dict, key);
            if (gone == NULL) {
                goto error;
            }
            rp_decref(gone);
        } else {
            RpObject *pair = rp_tuple_pack(2, key, val2);
            if (pair == NULL) {
                goto error;
            }
            int r = rp_set_add(result_set, pair);
            rp_decref(pair);
            if (r < 0) {
                goto error;
            }
        }
        rp_decref(key);
        rp_xdecref(val1);
        rp_decref(val2);
    }
    key = val1 = val2 = NULL;
    RpObject *remaining = rp_dict_items_view_new(temp_dict, NULL);
    if (remaining == NULL) {
        goto error;
    }
    int r = rp_set_update(result_set, remaining);
    rp_decref(remaining);
    if (r < 0) {
        goto error;
    }
    rp_decref(temp_dict);
    return result_set;
error:
    rp_decref(temp_dict);
    rp_decref(result_set);
    rp_xdecref(key);
    rp_xdecref(val1);
    rp_xdecref(val2);
    return NULL;
}

static RpObject *dictviews_xor(RpObject *self, RpObject *other)
{
    if (rp_type(self) == &RpDictItems_Type && rp_type(other) == &RpDictItems_Type) {
        return dictitems_xor(self, other);
    }
    RpObject *result = dictviews_to_set(self);
    if (result == NULL) {
        return NULL;
    }
    if (rp_set_symmetric_difference_update_internal(result, other) < 0) {
        rp_decref(result);
        return NULL;
    }
    return result;
}

static RpObject *dictviews_isdisjoint(RpObject *self, RpObject *other)
{
    if (self == other) {
        return rp_bool_from_long(dictview_len(self) == 0);
    }
    /* iterate over the shorter one, when other is set-like */
    if (rp_anyset_check(other) || is_view_set(other)) {
        rp_ssize_t len_self = dictview_len(self);
        rp_ssize_t len_other = rp_object_len(other);
        if (len_other == -1) {
            return NULL;
        }
        if (len_other > len_self) {
            RpObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    RpObject *it = rp_object_get_iter(other);
    if (it == NULL) {
        return NULL;
    }
    RpObject *item;
    while ((item = rp_iter_next(it)) != NULL) {
        int contains = rp_sequence_contains(self, item);
        rp_decref(item);
        if (contains == -1) {
            rp_decref(it);
            return NULL;
        }
        if (contains) {
            rp_decref(it);
            return rp_bool_from_long(0);
        }
    }
    rp_decref(it);
    if (rp_err_occurred()) {
        return NULL;
    }
    return rp_bool_from_long(1);
}

static RpObject *dictkeys_reversed(RpObject *dv, RpObject *unused)
{
    (void)unused;
    if (VIEW_DICT(dv) == NULL) {
        return rp_none_new();
    }
    return dictiter_new(VIEW_DICT(dv), &RpDictRevIterKey_Type);
}

static RpMethodDef dictkeys_methods[] = {
    { "isdisjoint", RP_CFUNC(dictviews_isdisjoint), RP_METH_O,
      "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", RP_CFUNC(dictkeys_reversed), RP_METH_NOARGS,
      "Return a reverse iterator over the dict keys." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpDictKeys_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = dictview_dealloc,
    .tp_traverse = dictview_traverse,
    .tp_repr = dictview_repr,
    .tp_hash = rp_object_hash_not_implemented,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictkeys_iter,
    .tp_free = rp_object_free,
    .nb_subtract = dictviews_sub,
    .nb_and = dictview_intersect,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
    .sq_length = dictview_len,
    .sq_contains = dictkeys_contains,
    .tp_methods = dictkeys_methods,
    .tp_getset = dictview_getset,
};

/* dict_items */

static RpObject *dictitems_iter(RpObject *dv)
{
    if (VIEW_DICT(dv) == NULL) {
        return rp_none_new();
    }
    return dictiter_new(VIEW_DICT(dv), &RpDictIterItem_Type);
}

static RpObject *dictitems_reversed(RpObject *dv, RpObject *unused)
{
    (void)unused;
    if (VIEW_DICT(dv) == NULL) {
        return rp_none_new();
    }
    return dictiter_new(VIEW_DICT(dv), &RpDictRevIterItem_Type);
}

static RpMethodDef dictitems_methods[] = {
    { "isdisjoint", RP_CFUNC(dictviews_isdisjoint), RP_METH_O,
      "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", RP_CFUNC(dictitems_reversed), RP_METH_NOARGS,
      "Return a reverse iterator over the dict items." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpDictItems_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = dictview_dealloc,
    .tp_traverse = dictview_traverse,
    .tp_repr = dictview_repr,
    .tp_hash = rp_object_hash_not_implemented,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictitems_iter,
    .tp_free = rp_object_free,
    .nb_subtract = dictviews_sub,
    .nb_and = dictview_intersect,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
    .sq_length = dictview_len,
    .sq_contains = dictitems_contains,
    .tp_methods = dictitems_methods,
    .tp_getset = dictview_getset,
};

/* dict_values */

static RpObject *dictvalues_iter(RpObject *dv)
{
    if (VIEW_DICT(dv) == NULL) {
        return rp_none_new();
    }
    return dictiter_new(VIEW_DICT(dv), &RpDictIterValue_Type);
}

static RpObject *dictvalues_reversed(RpObject *dv, RpObject *unused)
{
    (void)unused;
    if (VIEW_DICT(dv) == NULL) {
        return rp_none_new();
    }
    return dictiter_new(VIEW_DICT(dv), &RpDictRevIterValue_Type);
}

static RpMethodDef dictvalues_methods[] = {
    { "__reversed__", RP_CFUNC(dictvalues_reversed), RP_METH_NOARGS,
      "Return a reverse iterator over the dict values." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpDictValues_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(DictViewObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = dictview_dealloc,
    .tp_traverse = dictview_traverse,
    .tp_repr = dictview_repr,
    .tp_iter = dictvalues_iter,
    .tp_free = rp_object_free,
    .sq_length = dictview_len,
    .tp_methods = dictvalues_methods,
    .tp_getset = dictview_getset,
};
