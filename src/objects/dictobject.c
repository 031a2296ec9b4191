/* dictobject.c - the dict type: CPython 3.11's compact, ordered dict.
 *
 * Models CPython 3.11's Objects/dictobject.c (views and iterators are in
 * dictviews.c; the table layout is described in dict_internal.h).
 *
 * Lookup: the hash picks a slot of the index table (hash & mask); on a
 * collision the next slot is (5*i + 1 + perturb) & mask, perturb being
 * the hash shifted right by 5 each step, so every bit of the hash is used
 * eventually.  Each slot holds an index into the entries array, in
 * insertion order, which is what iteration walks.
 *
 * Sizes (sys.getsizeof = 48 + 16 GC head + the key table, if owned):
 *   - an empty dict points to a static empty table and owns nothing: 64;
 *   - the first insertion makes a table of 8 slots, 5 entries;
 *   - inserting when no entry is free resizes to the smallest power of
 *     two holding 3 * used (3.11's formula, including its quirk that any
 *     request of 1..7 slots gives 16); deleted entries are squeezed out
 *     by that resize, never before;
 *   - str-only tables use 16-byte entries, others 24-byte ones; a table
 *     becomes general the first time a non-str key is stored.
 *
 * Sharing: dict.copy() of a dense dict copies the table as is (same
 * size); the free lists hold 80 dicts and 80 small str tables.
 *
 * This file is the table itself and the C API; the rest of the dict is
 * in dictmerge.c (update, merge, copy, fromkeys), dicttype.c (the
 * Python-level type and its methods), dictinstance.c (instance
 * attributes: the managed dict API of dictobject.h) and dictviews.c.
 */
#include "dictobject.h"

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
#include "dict_internal.h"
#include "exceptions.h"
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "setobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

#define GROWTH_RATE(d) ((d)->ma_used * 3)

_Static_assert(sizeof(RpDictObject) == 48, "dict header size as CPython's");
_Static_assert(sizeof(struct RpDictKeys) == 32, "key table header as CPython's");

#define DICT(o) ((RpDictObject *)(o))

/* The shared empty table of every empty dict.  It is never reference
 * counted, written or freed; 3.11 gives it log2 size 0 (DK_SIZE 1), which
 * matters: merging into an empty dict presizes because 0 < n. */
static struct {
    RpDictKeys hdr;
    int8_t indices[8];
} empty_keys_struct = {
    { 1, 0, 0, DICT_KEYS_UNICODE, 1, 0, 0 },
    { DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY,
      DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY },
};
#define Py_EMPTY_KEYS (&empty_keys_struct.hdr)


static void free_keys_object(RpDictKeys *keys);

static inline void dictkeys_incref(RpDictKeys *dk)
{
    if (dk != Py_EMPTY_KEYS) {
        dk->dk_refcnt++;
    }
}

static inline void dictkeys_decref(RpDictKeys *dk)
{
    if (dk != Py_EMPTY_KEYS && --dk->dk_refcnt == 0) {
        free_keys_object(dk);
    }
}

/* ---- index table access ---- */

/* ---- str helpers ---- */

/* ---- key tables ---- */

RpDictKeys *rp_dictkeys_new(uint8_t log2_size, int unicode)
{
    RpDictKeys *dk;
    size_t entry_size = unicode ? sizeof(DictUnicodeEntry) : sizeof(DictKeyEntry);
    rp_ssize_t usable = USABLE_FRACTION((rp_ssize_t)1 << log2_size);
    int log2_bytes;
    if (log2_size < 8) {
        log2_bytes = log2_size;
    } else if (log2_size < 16) {
        log2_bytes = log2_size + 1;
    } else if (log2_size >= 32) {
        log2_bytes = log2_size + 3;
    } else {
        log2_bytes = log2_size + 2;
    }
    RpFreeList *fl = &rp_runtime.freelists.dictkeys;
    if (log2_size == PyDict_LOG_MINSIZE && unicode && fl->head != NULL) {
        dk = fl->head;
        fl->head = *(void **)dk;
        fl->count--;
    } else {
        dk = rp_mem_malloc(sizeof(RpDictKeys) + ((size_t)1 << log2_bytes) +
                           entry_size * (size_t)usable);
        if (dk == NULL) {
            rp_err_nomemory();
            return NULL;
        }
    }
    RP_REFTOTAL_ADD(1);
    dk->dk_refcnt = 1;
    dk->dk_log2_size = log2_size;
    dk->dk_log2_index_bytes = (uint8_t)log2_bytes;
    dk->dk_kind = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
    dk->dk_nentries = 0;
    dk->dk_usable = usable;
    dk->dk_version = 0;
    memset(dk_indices(dk), 0xff, (size_t)1 << log2_bytes);
    memset(dk_indices(dk) + ((size_t)1 << log2_bytes), 0, entry_size * (size_t)usable);
    return dk;
}

/* Give a key table's memory back (free list for small str tables). */
static void release_keys_memory(RpDictKeys *keys)
{
    RP_REFTOTAL_ADD(-1);
    RpFreeList *fl = &rp_runtime.freelists.dictkeys;
    if (DK_LOG_SIZE(keys) == PyDict_LOG_MINSIZE && keys->dk_kind == DICT_KEYS_UNICODE &&
        fl->count < fl->capacity) {
        *(void **)keys = fl->head;
        fl->head = keys;
        fl->count++;
        return;
    }
    rp_mem_free(keys);
}

static void free_keys_object(RpDictKeys *keys)
{
    rp_ssize_t n = keys->dk_nentries;
    if (DK_IS_UNICODE(keys)) {
        DictUnicodeEntry *entries = dk_unicode_entries(keys);
        for (rp_ssize_t i = 0; i < n; i++) {
            rp_xdecref(entries[i].me_key);
            rp_xdecref(entries[i].me_value);
        }
    } else {
        DictKeyEntry *entries = dk_entries(keys);
        for (rp_ssize_t i = 0; i < n; i++) {
            rp_xdecref(entries[i].me_key);
            rp_xdecref(entries[i].me_value);
        }
    }
    release_keys_memory(keys);
}

void rp_dict_keys_freelist_clear(void)
{
    RpFreeList *fl = &rp_runtime.freelists.dictkeys;
    while (fl->head != NULL) {
        void *p = fl->head;
        fl->head = *(void **)p;
        fl->count--;
        rp_mem_free(p);
    }
}

static rp_ssize_t keys_size(const RpDictKeys *keys)
{
    size_t es = keys->dk_kind == DICT_KEYS_GENERAL ? sizeof(DictKeyEntry) : sizeof(DictUnicodeEntry);
    return (rp_ssize_t)(sizeof(RpDictKeys) + ((size_t)1 << keys->dk_log2_index_bytes) +
                        (size_t)USABLE_FRACTION(DK_SIZE(keys)) * es);
}

/* ---- values arrays of split tables ---- */

RpDictValues *rp_dictvalues_alloc(rp_ssize_t size)
{
    size_t prefix_size = ((size_t)size + 2 + sizeof(RpObject *) - 1) & ~(sizeof(RpObject *) - 1);
    uint8_t *mem = rp_mem_malloc(prefix_size + (size_t)size * sizeof(RpObject *));
    if (mem == NULL) {
        return NULL;
    }
    mem[prefix_size - 1] = (uint8_t)prefix_size;
    return (RpDictValues *)(mem + prefix_size);
}

void rp_dictvalues_release(RpDictValues *values)
{
    int prefix_size = ((uint8_t *)values)[-1];
    rp_mem_free((char *)values - prefix_size);
}

/* ---- dict objects ---- */

/* A dict object (free list first) owning `keys` (its reference is
 * consumed, also on failure) and `values`; not tracked. */
RpObject *rp_dict_new_with(RpDictKeys *keys, RpDictValues *values, rp_ssize_t used,
                          int free_values_on_failure)
{
    RpDictObject *mp = (RpDictObject *)rp_freelist_pop(&rp_runtime.freelists.dict, &RpDict_Type);
    if (mp == NULL) {
        mp = (RpDictObject *)rp_object_alloc(&RpDict_Type);
        if (mp == NULL) {
            dictkeys_decref(keys);
            if (free_values_on_failure) {
                rp_dictvalues_release(values);
            }
            return NULL;
        }
    }
    mp->ma_keys = keys;
    mp->ma_values = values;
    mp->ma_used = used;
    mp->ma_version_tag = rp_dict_next_version();
    return (RpObject *)mp;
}

RpObject *rp_dict_new(void)
{
    return rp_dict_new_with(Py_EMPTY_KEYS, NULL, 0, 0);
}

/* A copy of a combined table (incref'ing its keys and values). */
RpDictKeys *rp_dict_clone_keys(RpDictObject *orig)
{
    rp_ssize_t size = keys_size(orig->ma_keys);
    RpDictKeys *keys = rp_mem_malloc((size_t)size);
    if (keys == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    memcpy(keys, orig->ma_keys, (size_t)size);
    rp_ssize_t n = keys->dk_nentries;
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *k, *v;
        dict_entry_at(keys, i, &k, &v);
        if (v != NULL) {
            rp_incref(v);
            rp_incref(k);
        }
    }
    RP_REFTOTAL_ADD(1);
    return keys;
}

/* ---- lookup ---- */

/* the slot of the index table that holds entry `index` */
static rp_ssize_t lookdict_index(RpDictKeys *k, rp_hash_t hash, rp_ssize_t index)
{
    size_t mask = DK_MASK(k);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        rp_ssize_t ix = dictkeys_get_index(k, i);
        if (ix == index) {
            return (rp_ssize_t)i;
        }
        if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* a key that is not an exact str, in a str table */
static rp_ssize_t unicodekeys_lookup_generic(RpDictObject *mp, RpDictKeys *dk, RpObject *key,
                                             rp_hash_t hash)
{
    DictUnicodeEntry *ep0 = dk_unicode_entries(dk);
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        rp_ssize_t ix = dictkeys_get_index(dk, i);
        if (ix >= 0) {
            DictUnicodeEntry *ep = &ep0[ix];
            if (ep->me_key == key) {
                return ix;
            }
            if (str_cached_hash(ep->me_key) == hash) {
                RpObject *startkey = rp_newref(ep->me_key);
                int cmp = rp_object_richcompare_bool(startkey, key, RP_EQ);
                rp_decref(startkey);
                if (cmp < 0) {
                    return DKIX_ERROR;
                }
                if (dk == mp->ma_keys && ep->me_key == startkey) {
                    if (cmp > 0) {
                        return ix;
                    }
                } else {
                    return DKIX_KEY_CHANGED;
                }
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

static rp_ssize_t dictkeys_generic_lookup(RpDictObject *mp, RpDictKeys *dk, RpObject *key,
                                          rp_hash_t hash)
{
    DictKeyEntry *ep0 = dk_entries(dk);
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        rp_ssize_t ix = dictkeys_get_index(dk, i);
        if (ix >= 0) {
            DictKeyEntry *ep = &ep0[ix];
            if (ep->me_key == key) {
                return ix;
            }
            if (ep->me_hash == hash) {
                RpObject *startkey = rp_newref(ep->me_key);
                int cmp = rp_object_richcompare_bool(startkey, key, RP_EQ);
                rp_decref(startkey);
                if (cmp < 0) {
                    return DKIX_ERROR;
                }
                if (dk == mp->ma_keys && ep->me_key == startkey) {
                    if (cmp > 0) {
                        return ix;
                    }
                } else {
                    return DKIX_KEY_CHANGED;
                }
            }
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* The lookup behind everything: the entry index of key (DKIX_EMPTY if
 * absent, DKIX_ERROR with an exception) and its value in *value_addr
 * (NULL if absent, or for a split dict not holding that attribute). */
static rp_ssize_t dict_lookup(RpDictObject *mp, RpObject *key, rp_hash_t hash,
                              RpObject **value_addr)
{
    for (;;) {
        RpDictKeys *dk = mp->ma_keys;
        int kind = dk->dk_kind;
        rp_ssize_t ix;
        if (kind != DICT_KEYS_GENERAL) {
            if (rp_str_check_exact(key)) {
                ix = unicodekeys_lookup_unicode(dk, key, hash);
            } else {
                ix = unicodekeys_lookup_generic(mp, dk, key, hash);
                if (ix == DKIX_KEY_CHANGED) {
                    continue;
                }
            }
            if (ix >= 0) {
                *value_addr = kind == DICT_KEYS_SPLIT ? mp->ma_values->values[ix]
                                                      : dk_unicode_entries(dk)[ix].me_value;
            } else {
                *value_addr = NULL;
            }
        } else {
            ix = dictkeys_generic_lookup(mp, dk, key, hash);
            if (ix == DKIX_KEY_CHANGED) {
                continue;
            }
            *value_addr = ix >= 0 ? dk_entries(dk)[ix].me_value : NULL;
        }
        return ix;
    }
}

rp_ssize_t rp_dict_lookup_internal(RpDictObject *mp, RpObject *key, rp_hash_t hash,
                                   RpObject **value_addr)
{
    return dict_lookup(mp, key, hash, value_addr);
}

void rp_dict_maybe_untrack(RpObject *op)
{
    if (!rp_dict_check_exact(op) || !rp_gc_is_tracked(op)) {
        return;
    }
    RpDictObject *mp = DICT(op);
    rp_ssize_t n = mp->ma_keys->dk_nentries;
    if (mp->ma_values != NULL) {
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *v = mp->ma_values->values[i];
            if (v != NULL && may_be_tracked(v)) {
                return;
            }
        }
    } else if (DK_IS_UNICODE(mp->ma_keys)) {
        DictUnicodeEntry *ep0 = dk_unicode_entries(mp->ma_keys);
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *v = ep0[i].me_value;
            if (v != NULL && may_be_tracked(v)) {
                return;
            }
        }
    } else {
        DictKeyEntry *ep0 = dk_entries(mp->ma_keys);
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *v = ep0[i].me_value;
            if (v != NULL && (may_be_tracked(v) || may_be_tracked(ep0[i].me_key))) {
                return;
            }
        }
    }
    rp_gc_untrack(op);
}


static int insertion_resize(RpDictObject *mp, int unicode)
{
    return rp_dict_resize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

/* Store key -> value; consumes both references (also on failure). */
int rp_dict_insert(RpDictObject *mp, RpObject *key, rp_hash_t hash, RpObject *value)
{
    RpObject *old_value;

    if (DK_IS_UNICODE(mp->ma_keys) && !rp_str_check_exact(key)) {
        if (insertion_resize(mp, 0) < 0) {
            goto fail;
        }
    }
    rp_ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        goto fail;
    }
    maintain_tracking(mp, key, value);

    if (ix == DKIX_EMPTY) {
        /* a new entry */
        mp->ma_keys->dk_version = 0;
        if (mp->ma_keys->dk_usable <= 0) {
            if (insertion_resize(mp, 1) < 0) {
                goto fail;
            }
        }
        RpDictKeys *dk = mp->ma_keys;
        size_t hashpos = find_empty_slot(dk, hash);
        dictkeys_set_index(dk, hashpos, dk->dk_nentries);
        if (DK_IS_UNICODE(dk)) {
            DictUnicodeEntry *ep = &dk_unicode_entries(dk)[dk->dk_nentries];
            ep->me_key = key;
            if (mp->ma_values != NULL) {
                rp_ssize_t index = dk->dk_nentries;
                values_add_to_order(mp->ma_values, index);
                mp->ma_values->values[index] = value;
            } else {
                ep->me_value = value;
            }
        } else {
            DictKeyEntry *ep = &dk_entries(dk)[dk->dk_nentries];
            ep->me_key = key;
            ep->me_hash = hash;
            ep->me_value = value;
        }
        mp->ma_used++;
        mp->ma_version_tag = rp_dict_next_version();
        dk->dk_usable--;
        dk->dk_nentries++;
        return 0;
    }

    if (old_value != value) {
        if (mp->ma_values != NULL) {
            mp->ma_values->values[ix] = value;
            if (old_value == NULL) {
                values_add_to_order(mp->ma_values, ix);
                mp->ma_used++;
            }
        } else if (DK_IS_UNICODE(mp->ma_keys)) {
            dk_unicode_entries(mp->ma_keys)[ix].me_value = value;
        } else {
            dk_entries(mp->ma_keys)[ix].me_value = value;
        }
        mp->ma_version_tag = rp_dict_next_version();
    }
    rp_xdecref(old_value);   /* may run __del__: the dict is consistent */
    rp_decref(key);
    return 0;

fail:
    rp_decref(value);
    rp_decref(key);
    return -1;
}

/* rp_dict_insert for a dict with the empty table (consumes both). */
static int insert_to_emptydict(RpDictObject *mp, RpObject *key, rp_hash_t hash, RpObject *value)
{
    int unicode = rp_str_check_exact(key);
    RpDictKeys *newkeys = rp_dictkeys_new(PyDict_LOG_MINSIZE, unicode);
    if (newkeys == NULL) {
        rp_decref(key);
        rp_decref(value);
        return -1;
    }
    mp->ma_keys = newkeys;
    mp->ma_values = NULL;
    maintain_tracking(mp, key, value);
    size_t hashpos = (size_t)hash & (PyDict_MINSIZE - 1);
    dictkeys_set_index(newkeys, hashpos, 0);
    if (unicode) {
        DictUnicodeEntry *ep = dk_unicode_entries(newkeys);
        ep->me_key = key;
        ep->me_value = value;
    } else {
        DictKeyEntry *ep = dk_entries(newkeys);
        ep->me_key = key;
        ep->me_hash = hash;
        ep->me_value = value;
    }
    mp->ma_used++;
    mp->ma_version_tag = rp_dict_next_version();
    newkeys->dk_usable--;
    newkeys->dk_nentries++;
    return 0;
}

static void build_indices_generic(RpDictKeys *keys, DictKeyEntry *ep, rp_ssize_t n)
{
    size_t mask = DK_MASK(keys);
    for (rp_ssize_t ix = 0; ix != n; ix++, ep++) {
        rp_hash_t hash = ep->me_hash;
        size_t i = (size_t)hash & mask;
        for (size_t perturb = (size_t)hash; dictkeys_get_index(keys, i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
        dictkeys_set_index(keys, i, ix);
    }
}

static void build_indices_unicode(RpDictKeys *keys, DictUnicodeEntry *ep, rp_ssize_t n)
{
    size_t mask = DK_MASK(keys);
    for (rp_ssize_t ix = 0; ix != n; ix++, ep++) {
        rp_hash_t hash = str_cached_hash(ep->me_key);
        size_t i = (size_t)hash & mask;
        for (size_t perturb = (size_t)hash; dictkeys_get_index(keys, i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
        dictkeys_set_index(keys, i, ix);
    }
}

/* A new table of 2**log2_newsize slots holding the live entries, dense
 * and in order (split -> combined; str -> general if !unicode). */
int rp_dict_resize(RpDictObject *mp, uint8_t log2_newsize, int unicode)
{
    if (log2_newsize >= sizeof(size_t) * 8) {
        rp_err_nomemory();
        return -1;
    }
    RpDictKeys *oldkeys = mp->ma_keys;
    RpDictValues *oldvalues = mp->ma_values;
    if (!DK_IS_UNICODE(oldkeys)) {
        unicode = 0;
    }
    mp->ma_keys = rp_dictkeys_new(log2_newsize, unicode);
    if (mp->ma_keys == NULL) {
        mp->ma_keys = oldkeys;
        return -1;
    }
    rp_ssize_t numentries = mp->ma_used;

    if (oldvalues != NULL) {
        /* split -> combined: the keys are increfed, the values moved */
        DictUnicodeEntry *oldentries = dk_unicode_entries(oldkeys);
        if (mp->ma_keys->dk_kind == DICT_KEYS_GENERAL) {
            DictKeyEntry *newentries = dk_entries(mp->ma_keys);
            for (rp_ssize_t i = 0; i < numentries; i++) {
                int index = get_index_from_order(mp, i);
                DictUnicodeEntry *ep = &oldentries[index];
                newentries[i].me_key = rp_newref(ep->me_key);
                newentries[i].me_hash = str_cached_hash(ep->me_key);
                newentries[i].me_value = oldvalues->values[index];
            }
            build_indices_generic(mp->ma_keys, newentries, numentries);
        } else {
            DictUnicodeEntry *newentries = dk_unicode_entries(mp->ma_keys);
            for (rp_ssize_t i = 0; i < numentries; i++) {
                int index = get_index_from_order(mp, i);
                DictUnicodeEntry *ep = &oldentries[index];
                newentries[i].me_key = rp_newref(ep->me_key);
                newentries[i].me_value = oldvalues->values[index];
            }
            build_indices_unicode(mp->ma_keys, newentries, numentries);
        }
        dictkeys_decref(oldkeys);
        mp->ma_values = NULL;
        rp_dictvalues_release(oldvalues);
    } else {
        if (oldkeys->dk_kind == DICT_KEYS_GENERAL) {
            DictKeyEntry *oldentries = dk_entries(oldkeys);
            DictKeyEntry *newentries = dk_entries(mp->ma_keys);
            if (oldkeys->dk_nentries == numentries) {
                memcpy(newentries, oldentries, (size_t)numentries * sizeof(DictKeyEntry));
            } else {
                DictKeyEntry *ep = oldentries;
                for (rp_ssize_t i = 0; i < numentries; i++) {
                    while (ep->me_value == NULL) {
                        ep++;
                    }
                    newentries[i] = *ep++;
                }
            }
            build_indices_generic(mp->ma_keys, newentries, numentries);
        } else {
            DictUnicodeEntry *oldentries = dk_unicode_entries(oldkeys);
            if (unicode) {
                DictUnicodeEntry *newentries = dk_unicode_entries(mp->ma_keys);
                if (oldkeys->dk_nentries == numentries) {
                    memcpy(newentries, oldentries, (size_t)numentries * sizeof(DictUnicodeEntry));
                } else {
                    DictUnicodeEntry *ep = oldentries;
                    for (rp_ssize_t i = 0; i < numentries; i++) {
                        while (ep->me_value == NULL) {
                            ep++;
                        }
                        newentries[i] = *ep++;
                    }
                }
                build_indices_unicode(mp->ma_keys, newentries, numentries);
            } else {
                DictKeyEntry *newentries = dk_entries(mp->ma_keys);
                DictUnicodeEntry *ep = oldentries;
                for (rp_ssize_t i = 0; i < numentries; i++) {
                    while (ep->me_value == NULL) {
                        ep++;
                    }
                    newentries[i].me_key = ep->me_key;
                    newentries[i].me_hash = str_cached_hash(ep->me_key);
                    newentries[i].me_value = ep->me_value;
                    ep++;
                }
                build_indices_generic(mp->ma_keys, newentries, numentries);
            }
        }
        /* the references moved: release only the memory */
        if (oldkeys != Py_EMPTY_KEYS) {
            release_keys_memory(oldkeys);
        }
    }
    mp->ma_keys->dk_usable -= numentries;
    mp->ma_keys->dk_nentries = numentries;
    return 0;
}

static RpObject *dict_new_presized(rp_ssize_t minused, int unicode)
{
    const uint8_t log2_max_presize = 17;
    const rp_ssize_t max_presize = (rp_ssize_t)1 << log2_max_presize;
    uint8_t log2_newsize;
    if (minused <= USABLE_FRACTION(PyDict_MINSIZE)) {
        return rp_dict_new();
    }
    /* a medium size rather than a huge one or MemoryError */
    if (minused > USABLE_FRACTION(max_presize)) {
        log2_newsize = log2_max_presize;
    } else {
        log2_newsize = estimate_log2_keysize(minused);
    }
    RpDictKeys *new_keys = rp_dictkeys_new(log2_newsize, unicode);
    if (new_keys == NULL) {
        return NULL;
    }
    return rp_dict_new_with(new_keys, NULL, 0, 0);
}

RpObject *rp_dict_new_presized(rp_ssize_t n)
{
    return dict_new_presized(n, 0);
}

RpObject *rp_dict_from_items(RpObject *const *keys, rp_ssize_t kstride,
                             RpObject *const *values, rp_ssize_t vstride, rp_ssize_t n)
{
    int unicode = 1;
    for (rp_ssize_t i = 0; i < n; i++) {
        if (!rp_str_check_exact(keys[i * kstride])) {
            unicode = 0;
            break;
        }
    }
    RpObject *dict = dict_new_presized(n, unicode);
    if (dict == NULL) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        if (rp_dict_set(dict, keys[i * kstride], values[i * vstride]) < 0) {
            rp_decref(dict);
            return NULL;
        }
    }
    return dict;
}

/* ---- the C API ---- */

RpObject *rp_dict_get_known_hash_borrow(RpObject *op, RpObject *key, rp_hash_t hash)
{
    RpObject *value;
    rp_ssize_t ix = dict_lookup(DICT(op), key, hash, &value);
    (void)ix;
    return value;
}

RpObject *rp_dict_get_borrow(RpObject *op, RpObject *key)
{
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    RpObject *value;
    dict_lookup(DICT(op), key, hash, &value);
    return value;
}

RpObject *rp_dict_get_cstr_borrow(RpObject *d, const char *key)
{
    RpObject *k = rp_str_from_cstr(key);
    if (k == NULL) {
        return NULL;
    }
    RpObject *v = rp_dict_get_borrow(d, k);
    rp_decref(k);
    return v;
}

RpObject *rp_dict_load_global_borrow(RpObject *globals, RpObject *builtins, RpObject *key)
{
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    RpObject *value;
    rp_ssize_t ix = dict_lookup(DICT(globals), key, hash, &value);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (value != NULL) {
        return value;
    }
    dict_lookup(DICT(builtins), key, hash, &value);
    return value;
}

RpObject *rp_dict_get_hint_borrow(RpObject *d, RpObject *key, rp_ssize_t *hint)
{
    RpDictObject *mp = DICT(d);
    rp_ssize_t h = *hint;
    if (h >= 0 && h < mp->ma_keys->dk_nentries) {
        RpObject *res = NULL;
        if (DK_IS_UNICODE(mp->ma_keys)) {
            DictUnicodeEntry *ep = dk_unicode_entries(mp->ma_keys) + h;
            if (ep->me_key == key) {
                res = mp->ma_values != NULL ? mp->ma_values->values[h] : ep->me_value;
            }
        } else {
            DictKeyEntry *ep = dk_entries(mp->ma_keys) + h;
            if (ep->me_key == key) {
                res = ep->me_value;
            }
        }
        if (res != NULL) {
            return res;
        }
    }
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    RpObject *value;
    rp_ssize_t ix = dict_lookup(mp, key, hash, &value);
    *hint = ix >= 0 ? ix : -1;
    return value;
}

int rp_dict_set_steal(RpObject *op, RpObject *key, RpObject *value)
{
    RpDictObject *mp = DICT(op);
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        rp_decref(key);
        rp_decref(value);
        return -1;
    }
    if (mp->ma_keys == Py_EMPTY_KEYS) {
        return insert_to_emptydict(mp, key, hash, value);
    }
    return rp_dict_insert(mp, key, hash, value);
}

int rp_dict_set(RpObject *op, RpObject *key, RpObject *value)
{
    return rp_dict_set_steal(op, rp_newref(key), rp_newref(value));
}

int rp_dict_set_known_hash(RpObject *op, RpObject *key, RpObject *value, rp_hash_t hash)
{
    RpDictObject *mp = DICT(op);
    rp_incref(key);
    rp_incref(value);
    if (mp->ma_keys == Py_EMPTY_KEYS) {
        return insert_to_emptydict(mp, key, hash, value);
    }
    return rp_dict_insert(mp, key, hash, value);
}

int rp_dict_set_cstr(RpObject *d, const char *key, RpObject *value)
{
    RpObject *k = rp_str_intern_cstr(key);
    if (k == NULL) {
        return -1;
    }
    int r = rp_dict_set(d, k, value);
    rp_decref(k);
    return r;
}

/* KeyError(key) (a tuple key is not unpacked into the arguments) */
void rp_dict_set_key_error(RpObject *key)
{
    RpObject *exc = rp_exception_new(&RpExc_KeyError, &key, 1);
    if (exc != NULL) {
        rp_err_set_raised_steal(exc);
    }
}

/* Remove entry ix (whose value is old_value); the references are released
 * once the dict is consistent again. */
static void delitem_common(RpDictObject *mp, rp_hash_t hash, rp_ssize_t ix, RpObject *old_value)
{
    rp_ssize_t hashpos = lookdict_index(mp->ma_keys, hash, ix);
    mp->ma_used--;
    mp->ma_version_tag = rp_dict_next_version();
    if (mp->ma_values != NULL) {
        mp->ma_values->values[ix] = NULL;
        delete_index_from_values(mp->ma_values, ix);
    } else {
        RpObject *old_key;
        mp->ma_keys->dk_version = 0;
        dictkeys_set_index(mp->ma_keys, (size_t)hashpos, DKIX_DUMMY);
        if (DK_IS_UNICODE(mp->ma_keys)) {
            DictUnicodeEntry *ep = &dk_unicode_entries(mp->ma_keys)[ix];
            old_key = ep->me_key;
            ep->me_key = NULL;
            ep->me_value = NULL;
        } else {
            DictKeyEntry *ep = &dk_entries(mp->ma_keys)[ix];
            old_key = ep->me_key;
            ep->me_key = NULL;
            ep->me_value = NULL;
            ep->me_hash = 0;
        }
        rp_decref(old_key);
    }
    rp_decref(old_value);
}

static int dict_del_known_hash(RpObject *op, RpObject *key, rp_hash_t hash)
{
    RpDictObject *mp = DICT(op);
    RpObject *old_value;
    rp_ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (ix == DKIX_EMPTY || old_value == NULL) {
        rp_dict_set_key_error(key);
        return -1;
    }
    delitem_common(mp, hash, ix, old_value);
    return 0;
}

int rp_dict_del(RpObject *op, RpObject *key)
{
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return dict_del_known_hash(op, key, hash);
}

int rp_dict_del_cstr(RpObject *d, const char *key)
{
    RpObject *k = rp_str_from_cstr(key);
    if (k == NULL) {
        return -1;
    }
    int r = rp_dict_del(d, k);
    rp_decref(k);
    return r;
}

void rp_dict_clear(RpObject *op)
{
    RpDictObject *mp = DICT(op);
    RpDictKeys *oldkeys = mp->ma_keys;
    RpDictValues *oldvalues = mp->ma_values;
    if (oldkeys == Py_EMPTY_KEYS) {
        return;
    }
    /* empty the dict first, then release what it held */
    mp->ma_keys = Py_EMPTY_KEYS;
    mp->ma_values = NULL;
    mp->ma_used = 0;
    mp->ma_version_tag = rp_dict_next_version();
    if (oldvalues != NULL) {
        rp_ssize_t n = oldkeys->dk_nentries;
        for (rp_ssize_t i = 0; i < n; i++) {
            RP_CLEAR(oldvalues->values[i]);
        }
        rp_dictvalues_release(oldvalues);
        dictkeys_decref(oldkeys);
    } else {
        dictkeys_decref(oldkeys);
    }
}

int rp_dict_next_hash(RpObject *op, rp_ssize_t *ppos, RpObject **pkey, RpObject **pvalue,
                      rp_hash_t *phash)
{
    RpDictObject *mp = DICT(op);
    rp_ssize_t i = *ppos;
    RpObject *key, *value;
    rp_hash_t hash;
    if (mp->ma_values != NULL) {
        if (i < 0 || i >= mp->ma_used) {
            return 0;
        }
        int index = get_index_from_order(mp, i);
        value = mp->ma_values->values[index];
        key = dk_unicode_entries(mp->ma_keys)[index].me_key;
        hash = str_cached_hash(key);
    } else {
        rp_ssize_t n = mp->ma_keys->dk_nentries;
        if (i < 0 || i >= n) {
            return 0;
        }
        if (DK_IS_UNICODE(mp->ma_keys)) {
            DictUnicodeEntry *ep = &dk_unicode_entries(mp->ma_keys)[i];
            while (i < n && ep->me_value == NULL) {
                ep++;
                i++;
            }
            if (i >= n) {
                return 0;
            }
            key = ep->me_key;
            hash = str_cached_hash(key);
            value = ep->me_value;
        } else {
            DictKeyEntry *ep = &dk_entries(mp->ma_keys)[i];
            while (i < n && ep->me_value == NULL) {
                ep++;
                i++;
            }
            if (i >= n) {
                return 0;
            }
            key = ep->me_key;
            hash = ep->me_hash;
            value = ep->me_value;
        }
    }
    *ppos = i + 1;
    if (pkey) {
        *pkey = key;
    }
    if (pvalue) {
        *pvalue = value;
    }
    if (phash) {
        *phash = hash;
    }
    return 1;
}

int rp_dict_next(RpObject *d, rp_ssize_t *pos, RpObject **key, RpObject **value)
{
    return rp_dict_next_hash(d, pos, key, value, NULL);
}

static RpObject *dict_pop_known_hash(RpObject *dict, RpObject *key, rp_hash_t hash,
                                     RpObject *deflt, int raise)
{
    RpDictObject *mp = DICT(dict);
    RpObject *old_value;
    if (mp->ma_used == 0) {
        goto missing;
    }
    rp_ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix == DKIX_EMPTY || old_value == NULL) {
        goto missing;
    }
    rp_incref(old_value);
    delitem_common(mp, hash, ix, old_value);
    return old_value;
missing:
    if (deflt != NULL) {
        return rp_newref(deflt);
    }
    if (raise) {
        rp_dict_set_key_error(key);
    }
    return NULL;
}

RpObject *rp_dict_pop_default(RpObject *dict, RpObject *key, RpObject *deflt)
{
    if (DICT(dict)->ma_used == 0) {
        if (deflt != NULL) {
            return rp_newref(deflt);
        }
        rp_dict_set_key_error(key);
        return NULL;
    }
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    return dict_pop_known_hash(dict, key, hash, deflt, 1);
}

RpObject *rp_dict_pop(RpObject *dict, RpObject *key)
{
    if (DICT(dict)->ma_used == 0) {
        return NULL;
    }
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    return dict_pop_known_hash(dict, key, hash, NULL, 0);
}

int rp_dict_contains_known_hash(RpObject *op, RpObject *key, rp_hash_t hash)
{
    RpObject *value;
    rp_ssize_t ix = dict_lookup(DICT(op), key, hash, &value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    return ix != DKIX_EMPTY && value != NULL;
}

int rp_dict_contains(RpObject *op, RpObject *key)
{
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return rp_dict_contains_known_hash(op, key, hash);
}

RpObject *rp_dict_setdefault_borrow(RpObject *d, RpObject *key, RpObject *defaultobj)
{
    RpDictObject *mp = DICT(d);
    RpObject *value;
    rp_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    if (mp->ma_keys == Py_EMPTY_KEYS) {
        if (insert_to_emptydict(mp, rp_newref(key), hash, rp_newref(defaultobj)) < 0) {
            return NULL;
        }
        return defaultobj;
    }
    if (!rp_str_check_exact(key) && DK_IS_UNICODE(mp->ma_keys)) {
        if (insertion_resize(mp, 0) < 0) {
            return NULL;
        }
    }
    rp_ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix == DKIX_EMPTY) {
        mp->ma_keys->dk_version = 0;
        value = defaultobj;
        if (mp->ma_keys->dk_usable <= 0) {
            if (insertion_resize(mp, 1) < 0) {
                return NULL;
            }
        }
        RpDictKeys *dk = mp->ma_keys;
        size_t hashpos = find_empty_slot(dk, hash);
        dictkeys_set_index(dk, hashpos, dk->dk_nentries);
        if (DK_IS_UNICODE(dk)) {
            DictUnicodeEntry *ep = &dk_unicode_entries(dk)[dk->dk_nentries];
            ep->me_key = rp_newref(key);
            if (mp->ma_values != NULL) {
                rp_ssize_t index = dk->dk_nentries;
                mp->ma_values->values[index] = rp_newref(value);
                values_add_to_order(mp->ma_values, index);
            } else {
                ep->me_value = rp_newref(value);
            }
        } else {
            DictKeyEntry *ep = &dk_entries(dk)[dk->dk_nentries];
            ep->me_key = rp_newref(key);
            ep->me_hash = hash;
            ep->me_value = rp_newref(value);
        }
        maintain_tracking(mp, key, value);
        mp->ma_used++;
        mp->ma_version_tag = rp_dict_next_version();
        dk->dk_usable--;
        dk->dk_nentries++;
    } else if (value == NULL) {
        /* an attribute name of the shared keys this dict does not hold */
        value = defaultobj;
        maintain_tracking(mp, key, value);
        mp->ma_values->values[ix] = rp_newref(value);
        values_add_to_order(mp->ma_values, ix);
        mp->ma_used++;
        mp->ma_version_tag = rp_dict_next_version();
    }
    return value;
}

/* ---- slots ---- */

void rp_dict_dealloc(RpObject *o)
{
    RpDictObject *mp = DICT(o);
    RpDictValues *values = mp->ma_values;
    RpDictKeys *keys = mp->ma_keys;
    rp_gc_untrack(o);
    if (values != NULL) {
        for (rp_ssize_t i = 0, n = keys->dk_nentries; i < n; i++) {
            rp_xdecref(values->values[i]);
        }
        rp_dictvalues_release(values);
        dictkeys_decref(keys);
    } else if (keys != NULL) {
        dictkeys_decref(keys);
    }
    if (rp_type(o) == &RpDict_Type && rp_freelist_push(&rp_runtime.freelists.dict, o)) {
        return;
    }
    rp_type(o)->tp_free(o);
}

int rp_dict_traverse(RpObject *op, rp_visitproc visit, void *arg)
{
    RpDictObject *mp = DICT(op);
    RpDictKeys *keys = mp->ma_keys;
    rp_ssize_t n = keys->dk_nentries;
    if (DK_IS_UNICODE(keys)) {
        if (mp->ma_values != NULL) {
            for (rp_ssize_t i = 0; i < n; i++) {
                RP_VISIT(mp->ma_values->values[i]);
            }
        } else {
            DictUnicodeEntry *entries = dk_unicode_entries(keys);
            for (rp_ssize_t i = 0; i < n; i++) {
                RP_VISIT(entries[i].me_value);
            }
        }
    } else {
        DictKeyEntry *entries = dk_entries(keys);
        for (rp_ssize_t i = 0; i < n; i++) {
            if (entries[i].me_value != NULL) {
                RP_VISIT(entries[i].me_value);
                RP_VISIT(entries[i].me_key);
            }
        }
    }
    return 0;
}

int rp_dict_tp_clear(RpObject *op)
{
    rp_dict_clear(op);
    return 0;
}

rp_ssize_t rp_dict_sizeof(RpObject *o)
{
    RpDictObject *mp = DICT(o);
    rp_ssize_t res = rp_type(o)->tp_basicsize;
    if (mp->ma_values != NULL) {
        res += shared_keys_usable_size(mp->ma_keys) * (rp_ssize_t)sizeof(RpObject *);
    }
    /* a split table's keys are counted with its class */
    if (mp->ma_keys != Py_EMPTY_KEYS && mp->ma_keys->dk_refcnt == 1) {
        res += keys_size(mp->ma_keys);
    }
    return res;
}

/* d.popitem(): the last entry, LIFO */
RpObject *rp_dict_popitem(RpObject *self)
{
    RpDictObject *mp = DICT(self);
    /* the pair first: as CPython, in case the allocation collects */
    RpObject *res = rp_tuple_new(2);
    if (res == NULL) {
        return NULL;
    }
    if (mp->ma_used == 0) {
        rp_decref(res);
        RpObject *msg = rp_str_from_cstr("popitem(): dictionary is empty");
        if (msg != NULL) {
            rp_dict_set_key_error(msg);
            rp_decref(msg);
        }
        return NULL;
    }
    if (mp->ma_keys->dk_kind == DICT_KEYS_SPLIT) {
        if (rp_dict_resize(mp, DK_LOG_SIZE(mp->ma_keys), 1)) {
            rp_decref(res);
            return NULL;
        }
    }
    mp->ma_keys->dk_version = 0;
    RpObject *key, *value;
    rp_hash_t hash;
    rp_ssize_t i;
    if (DK_IS_UNICODE(mp->ma_keys)) {
        DictUnicodeEntry *ep0 = dk_unicode_entries(mp->ma_keys);
        i = mp->ma_keys->dk_nentries - 1;
        while (i >= 0 && ep0[i].me_value == NULL) {
            i--;
        }
        key = ep0[i].me_key;
        hash = str_cached_hash(key);
        value = ep0[i].me_value;
        ep0[i].me_key = NULL;
        ep0[i].me_value = NULL;
    } else {
        DictKeyEntry *ep0 = dk_entries(mp->ma_keys);
        i = mp->ma_keys->dk_nentries - 1;
        while (i >= 0 && ep0[i].me_value == NULL) {
            i--;
        }
        key = ep0[i].me_key;
        hash = ep0[i].me_hash;
        value = ep0[i].me_value;
        ep0[i].me_key = NULL;
        ep0[i].me_hash = -1;
        ep0[i].me_value = NULL;
    }
    rp_ssize_t j = lookdict_index(mp->ma_keys, hash, i);
    dictkeys_set_index(mp->ma_keys, (size_t)j, DKIX_DUMMY);
    rp_tuple_set_steal(res, 0, key);
    rp_tuple_set_steal(res, 1, value);
    /* no dk_usable++: the dummy index stays */
    mp->ma_keys->dk_nentries = i;
    mp->ma_used--;
    mp->ma_version_tag = rp_dict_next_version();
    return res;
}

void rp_dict_init_empty(RpDictObject *d)
{
    d->ma_used = 0;
    d->ma_version_tag = rp_dict_next_version();
    d->ma_keys = Py_EMPTY_KEYS;
    d->ma_values = NULL;
}

void rp_dictkeys_incref(RpDictKeys *keys) { dictkeys_incref(keys); }
void rp_dictkeys_decref(RpDictKeys *keys) { dictkeys_decref(keys); }
