/* dictinstance.c - instance attributes without dict objects: the
 * "managed dict" API of dictobject.h (see the comment block there).
 *
 * Models CPython 3.11's split tables (Objects/dictobject.c: shared keys,
 * _PyObject_InitializeDict, _PyObject_StoreInstanceAttribute,
 * make_dict_from_instance_attributes).  A class's shared key table has
 * room for 30 names; each new instance takes one slot of that room away
 * (3.11's way of sizing values arrays), which is what makes
 * sys.getsizeof(obj.__dict__) shrink from one instance to the next.
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

RpDictKeys *rp_dictkeys_new_shared(void)
{
    RpDictKeys *keys = rp_dictkeys_new(NEXT_LOG2_SHARED_KEYS_MAX_SIZE, 1);
    if (keys == NULL) {
        return NULL;
    }
    /* one more than the maximum: each new instance takes one off */
    keys->dk_usable = SHARED_KEYS_MAX_SIZE;
    keys->dk_kind = DICT_KEYS_SPLIT;
    return keys;
}


uint32_t rp_dictkeys_get_version(RpDictKeys *keys)
{
    if (keys->dk_version != 0) {
        return keys->dk_version;
    }
    if (rp_runtime.dictkeys_version >= UINT32_MAX - 2) {
        return 0;   /* out of versions: no more caching */
    }
    keys->dk_version = ++rp_runtime.dictkeys_version + 1;
    return keys->dk_version;
}

static rp_ssize_t shared_lookup(RpDictKeys *keys, RpObject *name)
{
    if (!rp_str_check_exact(name) || keys->dk_kind == DICT_KEYS_GENERAL) {
        return DKIX_ERROR;
    }
    rp_hash_t hash = str_cached_hash(name);
    if (hash == -1) {
        hash = rp_str_hash(name);
        if (hash == -1) {
            rp_err_clear();
            return DKIX_ERROR;
        }
    }
    return unicodekeys_lookup_unicode(keys, name, hash);
}

rp_ssize_t rp_dictkeys_lookup_str(RpDictKeys *keys, RpObject *name)
{
    rp_ssize_t ix = shared_lookup(keys, name);
    return ix >= 0 ? ix : -1;
}

/* Add a name to a class's shared keys; its index, or DKIX_EMPTY when
 * full. */
static rp_ssize_t insert_into_dictkeys(RpDictKeys *keys, RpObject *name)
{
    rp_hash_t hash = str_cached_hash(name);
    if (hash == -1) {
        hash = rp_str_hash(name);
        if (hash == -1) {
            rp_err_clear();
            return DKIX_EMPTY;
        }
    }
    rp_ssize_t ix = unicodekeys_lookup_unicode(keys, name, hash);
    if (ix == DKIX_EMPTY) {
        if (keys->dk_usable <= 0) {
            return DKIX_EMPTY;
        }
        keys->dk_version = 0;
        size_t hashpos = find_empty_slot(keys, hash);
        ix = keys->dk_nentries;
        DictUnicodeEntry *ep = &dk_unicode_entries(keys)[ix];
        dictkeys_set_index(keys, hashpos, ix);
        ep->me_key = rp_newref(name);
        keys->dk_usable--;
        keys->dk_nentries++;
    }
    return ix;
}

RpDictValues *rp_dictvalues_new(RpDictKeys *keys)
{
    if (keys->dk_usable > 1) {
        keys->dk_usable--;
    }
    rp_ssize_t size = shared_keys_usable_size(keys);
    RpDictValues *values = rp_dictvalues_alloc(size);
    if (values == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    ((uint8_t *)values)[-2] = 0;
    for (rp_ssize_t i = 0; i < size; i++) {
        values->values[i] = NULL;
    }
    return values;
}

RpObject *rp_dictvalues_get_borrow(RpDictKeys *keys, RpDictValues *values, RpObject *name)
{
    rp_ssize_t ix = shared_lookup(keys, name);
    if (ix < 0) {
        return NULL;
    }
    return values->values[ix];
}

void rp_dictvalues_store_at(RpDictValues *values, rp_ssize_t ix, RpObject *value)
{
    RpObject *old = values->values[ix];
    values->values[ix] = rp_newref(value);
    if (old == NULL) {
        values_add_to_order(values, ix);
    } else {
        rp_decref(old);
    }
}

/* The dict of an instance made from its values (they move into it). */
static RpObject *make_dict_from_instance_attributes(RpDictKeys *keys, RpDictValues *values)
{
    rp_dictkeys_incref(keys);
    rp_ssize_t used = 0, track = 0;
    rp_ssize_t size = shared_keys_usable_size(keys);
    for (rp_ssize_t i = 0; i < size; i++) {
        RpObject *val = values->values[i];
        if (val != NULL) {
            used += 1;
            track += may_be_tracked(val);
        }
    }
    RpObject *res = rp_dict_new_with(keys, values, used, 0);
    if (track && res != NULL) {
        rp_gc_track(res);
    }
    return res;
}

int rp_dictvalues_store(RpDictKeys *keys, RpDictValues **values_slot, RpObject **dict_slot,
                        RpObject *name, RpObject *value)
{
    RpDictValues *values = *values_slot;
    if (values == NULL) {
        /* the instance has a dict already (or neither) */
        if (*dict_slot == NULL) {
            if (value == NULL) {
                return 1;
            }
            *dict_slot = rp_dict_new();
            if (*dict_slot == NULL) {
                return -1;
            }
        }
        if (value == NULL) {
            int r = rp_dict_contains(*dict_slot, name);
            if (r <= 0) {
                return r < 0 ? -1 : 1;
            }
            return rp_dict_del(*dict_slot, name);
        }
        return rp_dict_set(*dict_slot, name, value);
    }
    rp_ssize_t ix = DKIX_EMPTY;
    if (rp_str_check_exact(name)) {
        ix = insert_into_dictkeys(keys, name);
    }
    if (ix == DKIX_EMPTY) {
        /* it does not fit: the instance gets a real dict */
        RpObject *dict = make_dict_from_instance_attributes(keys, values);
        if (dict == NULL) {
            return -1;
        }
        *values_slot = NULL;
        *dict_slot = dict;
        if (value == NULL) {
            int r = rp_dict_contains(dict, name);
            if (r <= 0) {
                return r < 0 ? -1 : 1;
            }
            return rp_dict_del(dict, name);
        }
        return rp_dict_set(dict, name, value);
    }
    RpObject *old_value = values->values[ix];
    values->values[ix] = rp_xnewref(value);
    if (old_value == NULL) {
        if (value == NULL) {
            return 1;
        }
        values_add_to_order(values, ix);
    } else {
        if (value == NULL) {
            delete_index_from_values(values, ix);
        }
        rp_decref(old_value);
    }
    return 0;
}

RpObject *rp_dict_materialize(RpDictKeys *keys, RpDictValues **values_slot, RpObject **dict_slot)
{
    RpObject *dict;
    if (*values_slot != NULL) {
        dict = make_dict_from_instance_attributes(keys, *values_slot);
        if (dict == NULL) {
            return NULL;
        }
        *values_slot = NULL;
        *dict_slot = dict;
    } else if (*dict_slot == NULL) {
        dict = rp_dict_new();
        if (dict == NULL) {
            return NULL;
        }
        *dict_slot = dict;
    } else {
        dict = *dict_slot;
    }
    return rp_newref(dict);
}

int rp_dictvalues_traverse(RpDictKeys *keys, RpDictValues *values, rp_visitproc visit, void *arg)
{
    if (values == NULL) {
        return 0;
    }
    for (rp_ssize_t i = 0; i < keys->dk_nentries; i++) {
        RP_VISIT(values->values[i]);
    }
    return 0;
}

void rp_dictvalues_clear(RpDictKeys *keys, RpDictValues *values)
{
    if (values == NULL) {
        return;
    }
    for (rp_ssize_t i = 0; i < keys->dk_nentries; i++) {
        RP_CLEAR(values->values[i]);
    }
    ((uint8_t *)values)[-2] = 0;
}

void rp_dictvalues_free(RpDictKeys *keys, RpDictValues *values)
{
    if (values == NULL) {
        return;
    }
    for (rp_ssize_t i = 0; i < keys->dk_nentries; i++) {
        rp_xdecref(values->values[i]);
    }
    rp_dictvalues_release(values);
}

int rp_dictvalues_is_empty(RpDictKeys *keys, RpDictValues *values)
{
    for (rp_ssize_t i = 0; i < keys->dk_nentries; i++) {
        if (values->values[i] != NULL) {
            return 0;
        }
    }
    return 1;
}
