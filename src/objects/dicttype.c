/* dicttype.c - the dict type as Python sees it: repr, ==, |, [],
 * dict(...), and the methods.
 *
 * Models the corresponding parts of CPython 3.11's Objects/dictobject.c.
 * dict() allocates a fresh object (dict_new uses tp_alloc, not the free
 * list, in CPython); `{}` and dict displays go through rp_dict_new and so
 * reuse freed dicts.  A subclass's missing key calls its __missing__.
 */
#include "dictobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "boolobject.h"
#include "dict_internal.h"
#include "exceptions.h"
#include "genericaliasobject.h"
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "setobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

#define DICT(o) ((RpDictObject *)(o))

static RpObject *dict_repr(RpObject *o)
{
    RpDictObject *mp = DICT(o);
    int r = rp_repr_enter(o);
    if (r != 0) {
        return r > 0 ? rp_str_from_cstr("{...}") : NULL;
    }
    if (mp->ma_used == 0) {
        rp_repr_leave(o);
        return rp_str_from_cstr("{}");
    }
    RpStrWriter w;
    RpObject *key = NULL, *value = NULL;
    rp_strwriter_init(&w);
    if (rp_strwriter_write_char(&w, '{') < 0) {
        goto nomem;
    }
    rp_ssize_t i = 0;
    int first = 1;
    while (rp_dict_next(o, &i, &key, &value)) {
        /* the reprs may change the dict: hold the pair */
        rp_incref(key);
        rp_incref(value);
        if (!first && rp_strwriter_write_ascii(&w, ", ", 2) < 0) {
            goto nomem;
        }
        first = 0;
        RpObject *s = rp_object_repr(key);
        if (s == NULL) {
            goto error;
        }
        int rc = rp_strwriter_write_str(&w, s);
        rp_decref(s);
        if (rc < 0 || rp_strwriter_write_ascii(&w, ": ", 2) < 0) {
            goto nomem;
        }
        s = rp_object_repr(value);
        if (s == NULL) {
            goto error;
        }
        rc = rp_strwriter_write_str(&w, s);
        rp_decref(s);
        if (rc < 0) {
            goto nomem;
        }
        RP_CLEAR(key);
        RP_CLEAR(value);
    }
    if (rp_strwriter_write_char(&w, '}') < 0) {
        goto nomem;
    }
    rp_repr_leave(o);
    return rp_strwriter_finish(&w);

nomem:
    rp_err_nomemory();
error:
    rp_repr_leave(o);
    rp_strwriter_discard(&w);
    rp_xdecref(key);
    rp_xdecref(value);
    return NULL;
}

static rp_ssize_t dict_length(RpObject *o) { return DICT(o)->ma_used; }

RpObject *rp_dict_getitem(RpObject *o, RpObject *key)
{
    RpDictObject *mp = DICT(o);
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    RpObject *value;
    rp_ssize_t ix = rp_dict_lookup_internal(mp, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix == DKIX_EMPTY || value == NULL) {
        if (!rp_dict_check_exact(o)) {
            /* a subclass may define __missing__ */
            int found = 0;
            RpObject *res = rp_call_special(o, rp_id(__missing__), &key, 1, &found);
            if (found || res != NULL || rp_err_occurred()) {
                return res;
            }
        }
        rp_dict_set_key_error(key);
        return NULL;
    }
    return rp_newref(value);
}

static int dict_ass_sub(RpObject *mp, RpObject *v, RpObject *w)
{
    if (w == NULL) {
        return rp_dict_del(mp, v);
    }
    return rp_dict_set(mp, v, w);
}

static int dict_equal(RpDictObject *a, RpDictObject *b)
{
    if (a->ma_used != b->ma_used) {
        return 0;
    }
    for (rp_ssize_t i = 0; i < a->ma_keys->dk_nentries; i++) {
        RpObject *key, *aval;
        rp_hash_t hash;
        if (DK_IS_UNICODE(a->ma_keys)) {
            DictUnicodeEntry *ep = &dk_unicode_entries(a->ma_keys)[i];
            key = ep->me_key;
            if (key == NULL) {
                continue;
            }
            hash = str_cached_hash(key);
            aval = a->ma_values != NULL ? a->ma_values->values[i] : ep->me_value;
        } else {
            DictKeyEntry *ep = &dk_entries(a->ma_keys)[i];
            key = ep->me_key;
            aval = ep->me_value;
            hash = ep->me_hash;
        }
        if (aval != NULL) {
            RpObject *bval;
            rp_incref(aval);
            rp_incref(key);
            rp_dict_lookup_internal(b, key, hash, &bval);
            if (bval == NULL) {
                rp_decref(key);
                rp_decref(aval);
                return rp_err_occurred() ? -1 : 0;
            }
            rp_incref(bval);
            int cmp = rp_object_richcompare_bool(aval, bval, RP_EQ);
            rp_decref(key);
            rp_decref(aval);
            rp_decref(bval);
            if (cmp <= 0) {
                return cmp;
            }
        }
    }
    return 1;
}

static RpObject *dict_richcompare(RpObject *v, RpObject *w, int op)
{
    if (!rp_dict_check(v) || !rp_dict_check(w) || (op != RP_EQ && op != RP_NE)) {
        return rp_notimplemented_new();
    }
    int cmp = dict_equal(DICT(v), DICT(w));
    if (cmp < 0) {
        return NULL;
    }
    return rp_bool_from_long(cmp == (op == RP_EQ));
}

static RpObject *dict_or(RpObject *self, RpObject *other)
{
    if (!rp_dict_check(self) || !rp_dict_check(other)) {
        return rp_notimplemented_new();
    }
    RpObject *new = rp_dict_copy(self);
    if (new == NULL) {
        return NULL;
    }
    if (rp_dict_update(new, other)) {
        rp_decref(new);
        return NULL;
    }
    return new;
}

static RpObject *dict_ior(RpObject *self, RpObject *other)
{
    if (rp_dict_update(self, other)) {
        return NULL;
    }
    return rp_newref(self);
}

/* ---- creation from Python ---- */

static RpObject *dict_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    RpDictObject *d;
    /* never the free list, as CPython's tp_alloc */
    if (type == &RpDict_Type) {
        d = (RpDictObject *)rp_object_alloc(type);
    } else {
        d = (RpDictObject *)rp_type_generic_alloc(type, 0);
    }
    if (d == NULL) {
        return NULL;
    }
    rp_dict_init_empty(d);
    if (type != &RpDict_Type && !rp_gc_is_tracked(d)) {
        rp_gc_track(d);
    }
    return (RpObject *)d;
}

static int dict_tp_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    /* CPython calls dict(...) through dict_vectorcall, which sets the
       keywords one by one; a subclass goes through type_call and dict_init,
       which merges the call's kwargs dict.  We have one path: an exact
       dict is taken to be dict(...) (so an explicit d.__init__(**kw) on
       one sets one by one, where CPython merges). */
    return rp_dict_update_common(self, args, nargs, kwnames, "dict",
                                 rp_type(self) == &RpDict_Type ? RP_DICT_KW_SET
                                                               : RP_DICT_KW_MERGE_BUILT);
}

/* ---- methods ---- */

static RpObject *dict_contains_meth(RpObject *self, RpObject *key)
{
    int r = rp_dict_contains(self, key);
    if (r < 0) {
        return NULL;
    }
    return rp_bool_from_long(r);
}

static RpObject *dict_getitem_meth(RpObject *self, RpObject *key)
{
    return rp_dict_getitem(self, key);
}

static RpObject *dict_sizeof_meth(RpObject *self, RpObject *unused)
{
    (void)unused;
    return rp_int_from_ssize_t(rp_dict_sizeof(self));
}

static RpObject *dict_get_meth(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("get", nargs, 1, 2)) {
        return NULL;
    }
    RpObject *key = args[0];
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    RpObject *val;
    rp_ssize_t ix = rp_dict_lookup_internal(DICT(self), key, hash, &val);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (val == NULL) {
        val = nargs == 2 ? args[1] : rp_None;
    }
    return rp_newref(val);
}

static RpObject *dict_setdefault_meth(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("setdefault", nargs, 1, 2)) {
        return NULL;
    }
    RpObject *val = rp_dict_setdefault_borrow(self, args[0], nargs == 2 ? args[1] : rp_None);
    return rp_xnewref(val);
}

static RpObject *dict_pop_meth(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("pop", nargs, 1, 2)) {
        return NULL;
    }
    return rp_dict_pop_default(self, args[0], nargs == 2 ? args[1] : NULL);
}

static RpObject *dict_popitem_meth(RpObject *self, RpObject *unused)
{
    (void)unused;
    return rp_dict_popitem(self);
}

static RpObject *dict_update_meth(RpObject *self, RpObject *const *args, size_t nargs,
                                  RpObject *kwnames)
{
    if (rp_dict_update_common(self, args, nargs, kwnames, "update", RP_DICT_KW_MERGE_PRESIZED) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *dict_fromkeys_meth(RpObject *cls, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("fromkeys", nargs, 1, 2)) {
        return NULL;
    }
    return rp_dict_from_keys(cls, args[0], nargs == 2 ? args[1] : rp_None);
}

static RpObject *dict_clear_meth(RpObject *self, RpObject *unused)
{
    (void)unused;
    rp_dict_clear(self);
    return rp_none_new();
}

static RpObject *dict_copy_meth(RpObject *self, RpObject *unused)
{
    (void)unused;
    return rp_dict_copy(self);
}

static RpMethodDef dict_methods[] = {
    { "__class_getitem__", RP_CFUNC(rp_generic_alias_class_getitem), RP_METH_O | RP_METH_CLASS,
      "See PEP 585" },
    { "__contains__", RP_CFUNC(dict_contains_meth), RP_METH_O | RP_METH_COEXIST,
      "True if the dictionary has the specified key, else False." },
    { "__getitem__", RP_CFUNC(dict_getitem_meth), RP_METH_O | RP_METH_COEXIST, "x.__getitem__(y) <==> x[y]" },
    { "__sizeof__", RP_CFUNC(dict_sizeof_meth), RP_METH_NOARGS,
      "D.__sizeof__() -> size of D in memory, in bytes" },
    { "get", RP_CFUNC(dict_get_meth), RP_METH_FASTCALL,
      "Return the value for key if key is in the dictionary, else default." },
    { "setdefault", RP_CFUNC(dict_setdefault_meth), RP_METH_FASTCALL,
      "Insert key with a value of default if key is not in the dictionary.\n\n"
      "Return the value for key if key is in the dictionary, else default." },
    { "pop", RP_CFUNC(dict_pop_meth), RP_METH_FASTCALL,
      "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
      "If the key is not found, return the default if given; otherwise,\nraise a KeyError." },
    { "popitem", RP_CFUNC(dict_popitem_meth), RP_METH_NOARGS,
      "Remove and return a (key, value) pair as a 2-tuple.\n\n"
      "Pairs are returned in LIFO (last-in, first-out) order.\n"
      "Raises KeyError if the dict is empty." },
    { "keys", RP_CFUNC(rp_dict_keys_view_new), RP_METH_NOARGS,
      "D.keys() -> a set-like object providing a view on D's keys" },
    { "items", RP_CFUNC(rp_dict_items_view_new), RP_METH_NOARGS,
      "D.items() -> a set-like object providing a view on D's items" },
    { "values", RP_CFUNC(rp_dict_values_view_new), RP_METH_NOARGS,
      "D.values() -> an object providing a view on D's values" },
    { "update", RP_CFUNC(dict_update_meth), RP_METH_FASTCALL | RP_METH_KEYWORDS,
      "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F." },
    { "fromkeys", RP_CFUNC(dict_fromkeys_meth), RP_METH_FASTCALL | RP_METH_CLASS,
      "Create a new dictionary with keys from iterable and values set to value." },
    { "clear", RP_CFUNC(dict_clear_meth), RP_METH_NOARGS, "D.clear() -> None.  Remove all items from D." },
    { "copy", RP_CFUNC(dict_copy_meth), RP_METH_NOARGS, "D.copy() -> a shallow copy of D" },
    { "__reversed__", RP_CFUNC(rp_dict_reversed), RP_METH_NOARGS,
      "Return a reverse iterator over the dict keys." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpDict_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "dict",
    .tp_basicsize = sizeof(RpDictObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE | RP_TPFLAGS_DICT_SUBCLASS,
    .tp_dealloc = rp_dict_dealloc,
    .tp_traverse = rp_dict_traverse,
    .tp_clear = rp_dict_tp_clear,
    .tp_repr = dict_repr,
    .tp_hash = rp_object_hash_not_implemented,
    .tp_richcompare = dict_richcompare,
    .tp_iter = rp_dict_iter,
    .tp_new = dict_tp_new,
    .tp_init = dict_tp_init,
    .tp_free = rp_object_free,
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
    .sq_contains = rp_dict_contains,
    .mp_length = dict_length,
    .mp_subscript = rp_dict_getitem,
    .mp_ass_subscript = dict_ass_sub,
    .tp_methods = dict_methods,
    .tp_doc = "dict() -> new empty dictionary\n"
              "dict(mapping) -> new dictionary initialized from a mapping object's\n"
              "    (key, value) pairs\n"
              "dict(iterable) -> new dictionary initialized as if via:\n"
              "    d = {}\n"
              "    for k, v in iterable:\n"
              "        d[k] = v\n"
              "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
              "    in the keyword argument list.  For example:  dict(one=1, two=2)",
};
