/* dictmerge.c - dicts built from other objects: update and merge,
 * copy, fromkeys, the key/value/item lists.
 *
 * Models the corresponding parts of CPython 3.11's Objects/dictobject.c.
 * Bulk operations presize the target and copy tables as CPython does, so
 * sizes and orders agree: an empty dict updated from a clean, small or
 * dense dict takes a copy of its table; otherwise the target is resized
 * once for both sizes (note that 3.11's empty table counts as one slot,
 * so merging into an empty dict always presizes); d.copy() of a dict
 * with few deleted entries copies the table as is, else compacts.
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
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "setobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

#define DICT(o) ((RpDictObject *)(o))

RpObject *rp_dict_from_keys(RpObject *cls, RpObject *iterable, RpObject *value)
{
    RpObject *d = rp_call_noargs(cls);
    if (d == NULL) {
        return NULL;
    }
    if (rp_dict_check_exact(d) && DICT(d)->ma_used == 0) {
        RpDictObject *mp = DICT(d);
        if (rp_dict_check_exact(iterable)) {
            rp_ssize_t pos = 0;
            RpObject *key, *oldvalue;
            rp_hash_t hash;
            int unicode = DK_IS_UNICODE(DICT(iterable)->ma_keys);
            if (rp_dict_resize(mp, estimate_log2_keysize(rp_dict_size(iterable)), unicode)) {
                rp_decref(d);
                return NULL;
            }
            while (rp_dict_next_hash(iterable, &pos, &key, &oldvalue, &hash)) {
                if (rp_dict_insert(mp, rp_newref(key), hash, rp_newref(value)) < 0) {
                    rp_decref(d);
                    return NULL;
                }
            }
            return d;
        }
        if (rp_anyset_check_exact(iterable)) {
            rp_ssize_t pos = 0;
            RpObject *key;
            rp_hash_t hash;
            if (rp_dict_resize(mp, estimate_log2_keysize(rp_set_len(iterable)), 0)) {
                rp_decref(d);
                return NULL;
            }
            while (rp_set_next(iterable, &pos, &key, &hash)) {
                if (rp_dict_insert(mp, rp_newref(key), hash, rp_newref(value)) < 0) {
                    rp_decref(d);
                    return NULL;
                }
            }
            return d;
        }
    }
    RpObject *it = rp_object_get_iter(iterable);
    if (it == NULL) {
        rp_decref(d);
        return NULL;
    }
    int exact = rp_dict_check_exact(d);
    RpObject *key;
    while ((key = rp_iter_next(it)) != NULL) {
        int status = exact ? rp_dict_set(d, key, value) : rp_object_setitem(d, key, value);
        rp_decref(key);
        if (status < 0) {
            goto fail;
        }
    }
    if (rp_err_occurred()) {
        goto fail;
    }
    rp_decref(it);
    return d;
fail:
    rp_decref(it);
    rp_decref(d);
    return NULL;
}

RpObject *rp_dict_keys_list(RpObject *d)
{
    RpDictObject *mp = DICT(d);
    rp_ssize_t n = mp->ma_used;
    RpObject *v = rp_list_new(n);
    if (v == NULL) {
        return NULL;
    }
    rp_ssize_t j = 0, pos = 0;
    RpObject *key;
    while (j < n && rp_dict_next(d, &pos, &key, NULL)) {
        rp_list_items(v)[j++] = rp_newref(key);
    }
    return v;
}

RpObject *rp_dict_values_list(RpObject *d)
{
    RpDictObject *mp = DICT(d);
    rp_ssize_t n = mp->ma_used;
    RpObject *v = rp_list_new(n);
    if (v == NULL) {
        return NULL;
    }
    rp_ssize_t j = 0, pos = 0;
    RpObject *value;
    while (j < n && rp_dict_next(d, &pos, NULL, &value)) {
        rp_list_items(v)[j++] = rp_newref(value);
    }
    return v;
}

RpObject *rp_dict_items_list(RpObject *d)
{
    RpDictObject *mp = DICT(d);
    rp_ssize_t n;
    RpObject *v;
    /* make the pairs first: an allocation may run the collector, which
       cannot change the dict, but be safe as CPython */
again:
    n = mp->ma_used;
    v = rp_list_new(n);
    if (v == NULL) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *item = rp_tuple_new(2);
        if (item == NULL) {
            rp_decref(v);
            return NULL;
        }
        rp_list_items(v)[i] = item;
    }
    if (n != mp->ma_used) {
        rp_decref(v);
        goto again;
    }
    rp_ssize_t j = 0, pos = 0;
    RpObject *key, *value;
    while (rp_dict_next(d, &pos, &key, &value)) {
        RpObject *item = rp_list_items(v)[j++];
        rp_tuple_set_steal(item, 0, rp_newref(key));
        rp_tuple_set_steal(item, 1, rp_newref(value));
    }
    return v;
}

int rp_dict_has_only_str_keys(RpObject *dict)
{
    if (DICT(dict)->ma_keys->dk_kind != DICT_KEYS_GENERAL) {
        return 1;
    }
    rp_ssize_t pos = 0;
    RpObject *key;
    while (rp_dict_next(dict, &pos, &key, NULL)) {
        if (!rp_str_check(key)) {
            return 0;
        }
    }
    return 1;
}

/* ---- update / merge ---- */

int rp_dict_merge_from_seq2(RpObject *d, RpObject *seq2, int override)
{
    RpObject *it = rp_object_get_iter(seq2);
    if (it == NULL) {
        return -1;
    }
    rp_ssize_t i;
    RpObject *item = NULL, *fast = NULL;
    for (i = 0;; ++i) {
        item = rp_iter_next(it);
        if (item == NULL) {
            if (rp_err_occurred()) {
                goto fail;
            }
            break;
        }
        /* the pair as a list or tuple of length 2 */
        if (rp_list_check_exact(item) || rp_tuple_check_exact(item)) {
            fast = rp_newref(item);
        } else {
            RpObject *iit = rp_object_get_iter(item);
            if (iit == NULL) {
                if (rp_err_matches(&RpExc_TypeError)) {
                    rp_err_clear();
                    rp_err_format(&RpExc_TypeError,
                                  "cannot convert dictionary update sequence element #%zd to a sequence",
                                  i);
                }
                goto fail;
            }
            fast = rp_list_from_iterable(iit);
            rp_decref(iit);
            if (fast == NULL) {
                goto fail;
            }
        }
        rp_ssize_t n = rp_size(fast);
        if (n != 2) {
            rp_err_format(&RpExc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required",
                          i, n);
            goto fail;
        }
        RpObject **pair = rp_list_check_exact(fast) ? rp_list_items(fast) : rp_tuple_items(fast);
        RpObject *key = rp_newref(pair[0]), *value = rp_newref(pair[1]);
        int r;
        if (override) {
            r = rp_dict_set(d, key, value);
        } else {
            r = rp_dict_setdefault_borrow(d, key, value) == NULL ? -1 : 0;
        }
        rp_decref(key);
        rp_decref(value);
        if (r < 0) {
            goto fail;
        }
        RP_CLEAR(fast);
        RP_CLEAR(item);
    }
    rp_decref(it);
    return 0;
fail:
    rp_xdecref(item);
    rp_xdecref(fast);
    rp_decref(it);
    return -1;
}

static int dict_merge(RpObject *a, RpObject *b, int override)
{
    RpDictObject *mp = DICT(a);
    if (rp_dict_check(b) && rp_type(b)->tp_iter == rp_dict_iter) {
        RpDictObject *other = DICT(b);
        if (other == mp || other->ma_used == 0) {
            return 0;   /* a.update(a) or a.update({}) */
        }
        if (mp->ma_used == 0) {
            /* nothing to override in an empty dict */
            override = 1;
            RpDictKeys *okeys = other->ma_keys;
            /* a clean, combined, dense source: copy its table as is */
            if (other->ma_values == NULL && other->ma_used == okeys->dk_nentries &&
                (DK_LOG_SIZE(okeys) == PyDict_LOG_MINSIZE ||
                 USABLE_FRACTION(DK_SIZE(okeys) / 2) < other->ma_used)) {
                RpDictKeys *keys = rp_dict_clone_keys(other);
                if (keys == NULL) {
                    return -1;
                }
                rp_dictkeys_decref(mp->ma_keys);
                mp->ma_keys = keys;
                if (mp->ma_values != NULL) {
                    rp_dictvalues_release(mp->ma_values);
                    mp->ma_values = NULL;
                }
                mp->ma_used = other->ma_used;
                mp->ma_version_tag = rp_dict_next_version();
                if (rp_gc_is_tracked(other) && !rp_gc_is_tracked(mp)) {
                    rp_gc_track(mp);
                }
                return 0;
            }
        }
        /* one big resize first */
        if (USABLE_FRACTION(DK_SIZE(mp->ma_keys)) < other->ma_used) {
            int unicode = DK_IS_UNICODE(other->ma_keys);
            if (rp_dict_resize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used), unicode)) {
                return -1;
            }
        }
        rp_ssize_t orig_size = other->ma_keys->dk_nentries;
        rp_ssize_t pos = 0;
        rp_hash_t hash;
        RpObject *key, *value;
        while (rp_dict_next_hash(b, &pos, &key, &value, &hash)) {
            int err = 0;
            rp_incref(key);
            rp_incref(value);
            if (override == 1) {
                err = rp_dict_insert(mp, rp_newref(key), hash, rp_newref(value));
            } else {
                err = rp_dict_contains_known_hash(a, key, hash);
                if (err == 0) {
                    err = rp_dict_insert(mp, rp_newref(key), hash, rp_newref(value));
                } else if (err > 0) {
                    if (override != 0) {
                        rp_dict_set_key_error(key);
                        rp_decref(value);
                        rp_decref(key);
                        return -1;
                    }
                    err = 0;
                }
            }
            rp_decref(value);
            rp_decref(key);
            if (err != 0) {
                return -1;
            }
            if (orig_size != other->ma_keys->dk_nentries) {
                rp_err_set_string(&RpExc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    /* a mapping: list(b.keys()) first (CPython's PyMapping_Keys), then
       b[key] for each */
    RpObject *keys = rp_call_method(b, rp_id(keys), NULL, 0);
    if (keys == NULL) {
        return -1;
    }
    if (!rp_list_check_exact(keys)) {
        RpObject *kit = rp_object_get_iter(keys);
        if (kit == NULL) {
            if (rp_err_matches(&RpExc_TypeError)) {
                rp_err_clear();
                rp_err_format(&RpExc_TypeError, "%s.keys() returned a non-iterable (type %T)",
                              rp_type_name(rp_type(b)), keys);
            }
            rp_decref(keys);
            return -1;
        }
        rp_decref(keys);
        keys = rp_list_from_iterable(kit);
        rp_decref(kit);
        if (keys == NULL) {
            return -1;
        }
    }
    RpObject *iter = rp_object_get_iter(keys);
    rp_decref(keys);
    if (iter == NULL) {
        return -1;
    }
    RpObject *key;
    while ((key = rp_iter_next(iter)) != NULL) {
        if (override != 1) {
            int status = rp_dict_contains(a, key);
            if (status != 0) {
                if (status > 0) {
                    if (override == 0) {
                        rp_decref(key);
                        continue;
                    }
                    rp_dict_set_key_error(key);
                }
                rp_decref(key);
                rp_decref(iter);
                return -1;
            }
        }
        RpObject *value = rp_object_getitem(b, key);
        if (value == NULL) {
            rp_decref(iter);
            rp_decref(key);
            return -1;
        }
        int status = rp_dict_set(a, key, value);
        rp_decref(key);
        rp_decref(value);
        if (status < 0) {
            rp_decref(iter);
            return -1;
        }
    }
    rp_decref(iter);
    return rp_err_occurred() ? -1 : 0;
}

int rp_dict_merge(RpObject *d, RpObject *other, int override)
{
    return dict_merge(d, other, override);
}

/* d.update(arg): a dict, a mapping (has keys()), or pairs */
static int dict_update_arg(RpObject *self, RpObject *arg)
{
    if (rp_dict_check_exact(arg)) {
        return dict_merge(self, arg, 1);
    }
    RpObject *func;
    int r = rp_object_lookup_attr(arg, rp_id(keys), &func);
    if (r < 0) {
        return -1;
    }
    if (func != NULL) {
        rp_decref(func);
        return dict_merge(self, arg, 1);
    }
    return rp_dict_merge_from_seq2(self, arg, 1);
}

int rp_dict_update(RpObject *d, RpObject *other)
{
    return dict_update_arg(d, other);
}

/* update(self, [arg], **kwargs) / dict.__init__, the keywords as kw_mode
 * says (dict_internal.h) */
int rp_dict_update_common(RpObject *self, RpObject *const *args, size_t nargs,
                          RpObject *kwnames, const char *methname, int kw_mode)
{
    if (!rp_arg_check_positional(methname, nargs, 0, 1)) {
        return -1;
    }
    if (nargs == 1 && dict_update_arg(self, args[0]) < 0) {
        return -1;
    }
    rp_ssize_t nkw = kwnames != NULL ? rp_tuple_len(kwnames) : 0;
    if (kw_mode != RP_DICT_KW_SET && nkw > 0) {
        /* CPython hands dict.update and dict_init their keywords as a dict
         * and merges that dict: an empty target clones its table, a full
         * one resizes once (sys.getsizeof shows both) */
        RpObject *kw;
        if (kw_mode == RP_DICT_KW_MERGE_PRESIZED) {
            kw = rp_dict_from_items(rp_tuple_items(kwnames), 1, args + nargs, 1, nkw);
        } else {
            kw = rp_dict_new();
            for (rp_ssize_t i = 0; kw != NULL && i < nkw; i++) {
                if (rp_dict_set(kw, rp_tuple_get_borrow(kwnames, i), args[nargs + (size_t)i]) < 0) {
                    RP_CLEAR(kw);
                }
            }
        }
        if (kw == NULL) {
            return -1;
        }
        int r = dict_merge(self, kw, 1);
        rp_decref(kw);
        return r;
    }
    if (kwnames != NULL) {
        for (rp_ssize_t i = 0; i < rp_tuple_len(kwnames); i++) {
            if (rp_dict_set(self, rp_tuple_get_borrow(kwnames, i), args[nargs + (size_t)i]) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

RpObject *rp_dict_copy(RpObject *o)
{
    RpDictObject *mp = DICT(o);
    if (mp->ma_used == 0) {
        return rp_dict_new();
    }
    if (mp->ma_values != NULL) {
        /* a split dict: share the keys, copy values and order */
        rp_ssize_t size = shared_keys_usable_size(mp->ma_keys);
        RpDictValues *newvalues = rp_dictvalues_alloc(size);
        if (newvalues == NULL) {
            return rp_err_nomemory();
        }
        RpDictObject *split_copy = (RpDictObject *)rp_object_alloc(&RpDict_Type);
        if (split_copy == NULL) {
            rp_dictvalues_release(newvalues);
            return NULL;
        }
        size_t prefix_size = ((uint8_t *)newvalues)[-1];
        memcpy((char *)newvalues - prefix_size, (char *)mp->ma_values - prefix_size,
               prefix_size - 1);
        split_copy->ma_values = newvalues;
        split_copy->ma_keys = mp->ma_keys;
        split_copy->ma_used = mp->ma_used;
        split_copy->ma_version_tag = rp_dict_next_version();
        rp_dictkeys_incref(mp->ma_keys);
        for (rp_ssize_t i = 0; i < size; i++) {
            newvalues->values[i] = rp_xnewref(mp->ma_values->values[i]);
        }
        if (rp_gc_is_tracked(mp)) {
            rp_gc_track(split_copy);
        }
        return (RpObject *)split_copy;
    }
    if (rp_type(o)->tp_iter == rp_dict_iter && mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        /* dense enough: copy the table as is */
        RpDictKeys *keys = rp_dict_clone_keys(mp);
        if (keys == NULL) {
            return NULL;
        }
        RpDictObject *copy = (RpDictObject *)rp_dict_new_with(keys, NULL, 0, 0);
        if (copy == NULL) {
            return NULL;
        }
        copy->ma_used = mp->ma_used;
        if (rp_gc_is_tracked(mp)) {
            rp_gc_track(copy);
        }
        return (RpObject *)copy;
    }
    RpObject *copy = rp_dict_new();
    if (copy == NULL) {
        return NULL;
    }
    if (dict_merge(copy, o, 1) == 0) {
        return copy;
    }
    rp_decref(copy);
    return NULL;
}
