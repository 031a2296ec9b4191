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
 * Instance attributes (split tables, the managed dict API of
 * dictobject.h) live at the end of this file.
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

#define PyDict_LOG_MINSIZE 3
#define PyDict_MINSIZE 8
#define PERTURB_SHIFT 5
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

static inline uint64_t dict_next_version(void) { return ++rp_runtime.dict_version; }

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

static inline rp_ssize_t dictkeys_get_index(const RpDictKeys *keys, size_t i)
{
    int log2size = DK_LOG_SIZE(keys);
    const int8_t *ind = dk_indices(keys);
    if (log2size < 8) {
        return ind[i];
    }
    if (log2size < 16) {
        return ((const int16_t *)ind)[i];
    }
    if (log2size >= 32) {
        return (rp_ssize_t)((const int64_t *)ind)[i];
    }
    return ((const int32_t *)ind)[i];
}

static inline void dictkeys_set_index(RpDictKeys *keys, size_t i, rp_ssize_t ix)
{
    int log2size = DK_LOG_SIZE(keys);
    int8_t *ind = dk_indices(keys);
    if (log2size < 8) {
        ind[i] = (int8_t)ix;
    } else if (log2size < 16) {
        ((int16_t *)ind)[i] = (int16_t)ix;
    } else if (log2size >= 32) {
        ((int64_t *)ind)[i] = (int64_t)ix;
    } else {
        ((int32_t *)ind)[i] = (int32_t)ix;
    }
}

static inline int bit_length(size_t x)
{
    return x == 0 ? 0 : (int)(sizeof(size_t) * 8) - __builtin_clzl(x);
}

/* 3.11's "smallest dk_size >= minsize", with its exact arithmetic
 * (any minsize of 1..7 gives 16) */
static inline uint8_t calculate_log2_keysize(rp_ssize_t minsize)
{
    size_t m = ((size_t)minsize | PyDict_MINSIZE) - 1;
    return (uint8_t)bit_length(m | (PyDict_MINSIZE - 1));
}

/* room for n entries without a resize */
static inline uint8_t estimate_log2_keysize(rp_ssize_t n)
{
    return calculate_log2_keysize((n * 3 + 1) / 2);
}

/* ---- str helpers ---- */

static inline rp_hash_t str_cached_hash(RpObject *s)
{
    return ((RpStrObject *)s)->hash;
}

/* Equality of two exact str with the same hash (CPython's unicode_eq). */
static inline int unicode_eq(RpObject *a, RpObject *b)
{
    rp_ssize_t len = rp_str_len(a);
    if (len != rp_str_len(b)) {
        return 0;
    }
    int kind = rp_str_kind(a);
    if (kind != rp_str_kind(b)) {
        return 0;
    }
    return memcmp(rp_str_data(a), rp_str_data(b), (size_t)len * (size_t)kind) == 0;
}

/* hash(key), using the str cache first */
static inline rp_hash_t key_hash(RpObject *key)
{
    rp_hash_t hash;
    if (rp_str_check_exact(key) && (hash = str_cached_hash(key)) != -1) {
        return hash;
    }
    return rp_object_hash(key);
}

/* Could o be part of a cycle (CPython's _PyObject_GC_MAY_BE_TRACKED)? */
static inline int may_be_tracked(RpObject *o)
{
    if (!rp_object_is_gc(o)) {
        return 0;
    }
    if (rp_tuple_check_exact(o)) {
        return rp_gc_is_tracked(o);
    }
    return 1;
}

static inline void maintain_tracking(RpDictObject *mp, RpObject *key, RpObject *value)
{
    if (!rp_gc_is_tracked(mp)) {
        if (may_be_tracked(key) || may_be_tracked(value)) {
            rp_gc_track(mp);
        }
    }
}

/* ---- key tables ---- */

static RpDictKeys *new_keys_object(uint8_t log2_size, int unicode)
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

static RpDictValues *new_values(rp_ssize_t size)
{
    size_t prefix_size = ((size_t)size + 2 + sizeof(RpObject *) - 1) & ~(sizeof(RpObject *) - 1);
    uint8_t *mem = rp_mem_malloc(prefix_size + (size_t)size * sizeof(RpObject *));
    if (mem == NULL) {
        return NULL;
    }
    mem[prefix_size - 1] = (uint8_t)prefix_size;
    return (RpDictValues *)(mem + prefix_size);
}

static void free_values(RpDictValues *values)
{
    int prefix_size = ((uint8_t *)values)[-1];
    rp_mem_free((char *)values - prefix_size);
}

static inline void values_add_to_order(RpDictValues *values, rp_ssize_t ix)
{
    uint8_t *size_ptr = ((uint8_t *)values) - 2;
    int size = *size_ptr + 1;
    size_ptr[-size] = (uint8_t)ix;
    *size_ptr = (uint8_t)size;
}

static void delete_index_from_values(RpDictValues *values, rp_ssize_t ix)
{
    uint8_t *size_ptr = ((uint8_t *)values) - 2;
    int size = *size_ptr;
    int i;
    for (i = 1; size_ptr[-i] != ix; i++) {
    }
    for (; i < size; i++) {
        size_ptr[-i] = size_ptr[-i - 1];
    }
    *size_ptr = (uint8_t)(size - 1);
}

static inline rp_ssize_t shared_keys_usable_size(const RpDictKeys *keys)
{
    return keys->dk_nentries + keys->dk_usable;
}

/* ---- dict objects ---- */

/* A dict object (free list first) owning `keys` (its reference is
 * consumed, also on failure) and `values`; not tracked. */
static RpObject *new_dict(RpDictKeys *keys, RpDictValues *values, rp_ssize_t used,
                          int free_values_on_failure)
{
    RpDictObject *mp = (RpDictObject *)rp_freelist_pop(&rp_runtime.freelists.dict, &RpDict_Type);
    if (mp == NULL) {
        mp = (RpDictObject *)rp_object_alloc(&RpDict_Type);
        if (mp == NULL) {
            dictkeys_decref(keys);
            if (free_values_on_failure) {
                free_values(values);
            }
            return NULL;
        }
    }
    mp->ma_keys = keys;
    mp->ma_values = values;
    mp->ma_used = used;
    mp->ma_version_tag = dict_next_version();
    return (RpObject *)mp;
}

RpObject *rp_dict_new(void)
{
    return new_dict(Py_EMPTY_KEYS, NULL, 0, 0);
}

/* A copy of a combined table (incref'ing its keys and values). */
static RpDictKeys *clone_combined_dict_keys(RpDictObject *orig)
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

/* an exact str in a str table: no Python code runs */
static inline rp_ssize_t unicodekeys_lookup_unicode(RpDictKeys *dk, RpObject *key, rp_hash_t hash)
{
    DictUnicodeEntry *ep0 = dk_unicode_entries(dk);
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        rp_ssize_t ix = dictkeys_get_index(dk, i);
        if (ix >= 0) {
            RpObject *ek = ep0[ix].me_key;
            if (ek == key || (str_cached_hash(ek) == hash && unicode_eq(ek, key))) {
                return ix;
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

/* a free slot for hash, when the key is known to be absent */
static size_t find_empty_slot(RpDictKeys *keys, rp_hash_t hash)
{
    const size_t mask = DK_MASK(keys);
    size_t i = (size_t)hash & mask;
    rp_ssize_t ix = dictkeys_get_index(keys, i);
    for (size_t perturb = (size_t)hash; ix >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = dictkeys_get_index(keys, i);
    }
    return i;
}

static int dictresize(RpDictObject *mp, uint8_t log2_newsize, int unicode);

static int insertion_resize(RpDictObject *mp, int unicode)
{
    return dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

/* Store key -> value; consumes both references (also on failure). */
static int insertdict(RpDictObject *mp, RpObject *key, rp_hash_t hash, RpObject *value)
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
        mp->ma_version_tag = dict_next_version();
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
        mp->ma_version_tag = dict_next_version();
    }
    rp_xdecref(old_value);   /* may run __del__: the dict is consistent */
    rp_decref(key);
    return 0;

fail:
    rp_decref(value);
    rp_decref(key);
    return -1;
}

/* insertdict for a dict with the empty table (consumes both). */
static int insert_to_emptydict(RpDictObject *mp, RpObject *key, rp_hash_t hash, RpObject *value)
{
    int unicode = rp_str_check_exact(key);
    RpDictKeys *newkeys = new_keys_object(PyDict_LOG_MINSIZE, unicode);
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
    mp->ma_version_tag = dict_next_version();
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
static int dictresize(RpDictObject *mp, uint8_t log2_newsize, int unicode)
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
    mp->ma_keys = new_keys_object(log2_newsize, unicode);
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
        free_values(oldvalues);
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
    RpDictKeys *new_keys = new_keys_object(log2_newsize, unicode);
    if (new_keys == NULL) {
        return NULL;
    }
    return new_dict(new_keys, NULL, 0, 0);
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
    return insertdict(mp, key, hash, value);
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
    return insertdict(mp, key, hash, value);
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
static void set_key_error(RpObject *key)
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
    mp->ma_version_tag = dict_next_version();
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
        set_key_error(key);
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
    mp->ma_version_tag = dict_next_version();
    if (oldvalues != NULL) {
        rp_ssize_t n = oldkeys->dk_nentries;
        for (rp_ssize_t i = 0; i < n; i++) {
            RP_CLEAR(oldvalues->values[i]);
        }
        free_values(oldvalues);
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
        set_key_error(key);
    }
    return NULL;
}

RpObject *rp_dict_pop_default(RpObject *dict, RpObject *key, RpObject *deflt)
{
    if (DICT(dict)->ma_used == 0) {
        if (deflt != NULL) {
            return rp_newref(deflt);
        }
        set_key_error(key);
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
        mp->ma_version_tag = dict_next_version();
        dk->dk_usable--;
        dk->dk_nentries++;
    } else if (value == NULL) {
        /* an attribute name of the shared keys this dict does not hold */
        value = defaultobj;
        maintain_tracking(mp, key, value);
        mp->ma_values->values[ix] = rp_newref(value);
        values_add_to_order(mp->ma_values, ix);
        mp->ma_used++;
        mp->ma_version_tag = dict_next_version();
    }
    return value;
}

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
            if (dictresize(mp, estimate_log2_keysize(rp_dict_size(iterable)), unicode)) {
                rp_decref(d);
                return NULL;
            }
            while (rp_dict_next_hash(iterable, &pos, &key, &oldvalue, &hash)) {
                if (insertdict(mp, rp_newref(key), hash, rp_newref(value)) < 0) {
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
            if (dictresize(mp, estimate_log2_keysize(rp_set_len(iterable)), 0)) {
                rp_decref(d);
                return NULL;
            }
            while (rp_set_next(iterable, &pos, &key, &hash)) {
                if (insertdict(mp, rp_newref(key), hash, rp_newref(value)) < 0) {
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
                RpDictKeys *keys = clone_combined_dict_keys(other);
                if (keys == NULL) {
                    return -1;
                }
                dictkeys_decref(mp->ma_keys);
                mp->ma_keys = keys;
                if (mp->ma_values != NULL) {
                    free_values(mp->ma_values);
                    mp->ma_values = NULL;
                }
                mp->ma_used = other->ma_used;
                mp->ma_version_tag = dict_next_version();
                if (rp_gc_is_tracked(other) && !rp_gc_is_tracked(mp)) {
                    rp_gc_track(mp);
                }
                return 0;
            }
        }
        /* one big resize first */
        if (USABLE_FRACTION(DK_SIZE(mp->ma_keys)) < other->ma_used) {
            int unicode = DK_IS_UNICODE(other->ma_keys);
            if (dictresize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used), unicode)) {
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
                err = insertdict(mp, rp_newref(key), hash, rp_newref(value));
            } else {
                err = rp_dict_contains_known_hash(a, key, hash);
                if (err == 0) {
                    err = insertdict(mp, rp_newref(key), hash, rp_newref(value));
                } else if (err > 0) {
                    if (override != 0) {
                        set_key_error(key);
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
    /* a mapping: keys() then b[key] */
    RpObject *keys = rp_call_method(b, rp_id(keys), NULL, 0);
    if (keys == NULL) {
        return -1;
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
                    set_key_error(key);
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

/* update(self, [arg], **kwargs) / dict.__init__ */
static int dict_update_common(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames, const char *methname)
{
    if (!rp_arg_check_positional(methname, nargs, 0, 1)) {
        return -1;
    }
    if (nargs == 1 && dict_update_arg(self, args[0]) < 0) {
        return -1;
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
        RpDictValues *newvalues = new_values(size);
        if (newvalues == NULL) {
            return rp_err_nomemory();
        }
        RpDictObject *split_copy = (RpDictObject *)rp_object_alloc(&RpDict_Type);
        if (split_copy == NULL) {
            free_values(newvalues);
            return NULL;
        }
        size_t prefix_size = ((uint8_t *)newvalues)[-1];
        memcpy((char *)newvalues - prefix_size, (char *)mp->ma_values - prefix_size,
               prefix_size - 1);
        split_copy->ma_values = newvalues;
        split_copy->ma_keys = mp->ma_keys;
        split_copy->ma_used = mp->ma_used;
        split_copy->ma_version_tag = dict_next_version();
        dictkeys_incref(mp->ma_keys);
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
        RpDictKeys *keys = clone_combined_dict_keys(mp);
        if (keys == NULL) {
            return NULL;
        }
        RpDictObject *copy = (RpDictObject *)new_dict(keys, NULL, 0, 0);
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

/* ---- slots ---- */

static void dict_dealloc(RpObject *o)
{
    RpDictObject *mp = DICT(o);
    RpDictValues *values = mp->ma_values;
    RpDictKeys *keys = mp->ma_keys;
    rp_gc_untrack(o);
    if (values != NULL) {
        for (rp_ssize_t i = 0, n = keys->dk_nentries; i < n; i++) {
            rp_xdecref(values->values[i]);
        }
        free_values(values);
        dictkeys_decref(keys);
    } else if (keys != NULL) {
        dictkeys_decref(keys);
    }
    if (rp_type(o) == &RpDict_Type && rp_freelist_push(&rp_runtime.freelists.dict, o)) {
        return;
    }
    rp_type(o)->tp_free(o);
}

static int dict_traverse(RpObject *op, rp_visitproc visit, void *arg)
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

static int dict_tp_clear(RpObject *op)
{
    rp_dict_clear(op);
    return 0;
}

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
    rp_ssize_t ix = dict_lookup(mp, key, hash, &value);
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
        set_key_error(key);
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
            dict_lookup(b, key, hash, &bval);
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
    if (dict_update_arg(new, other)) {
        rp_decref(new);
        return NULL;
    }
    return new;
}

static RpObject *dict_ior(RpObject *self, RpObject *other)
{
    if (dict_update_arg(self, other)) {
        return NULL;
    }
    return rp_newref(self);
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
    d->ma_used = 0;
    d->ma_version_tag = dict_next_version();
    d->ma_keys = Py_EMPTY_KEYS;
    d->ma_values = NULL;
    if (type != &RpDict_Type && !rp_gc_is_tracked(d)) {
        rp_gc_track(d);
    }
    return (RpObject *)d;
}

static int dict_tp_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    return dict_update_common(self, args, nargs, kwnames, "dict");
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
    rp_ssize_t ix = dict_lookup(DICT(self), key, hash, &val);
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
            set_key_error(msg);
            rp_decref(msg);
        }
        return NULL;
    }
    if (mp->ma_keys->dk_kind == DICT_KEYS_SPLIT) {
        if (dictresize(mp, DK_LOG_SIZE(mp->ma_keys), 1)) {
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
    mp->ma_version_tag = dict_next_version();
    return res;
}

static RpObject *dict_update_meth(RpObject *self, RpObject *const *args, size_t nargs,
                                  RpObject *kwnames)
{
    if (dict_update_common(self, args, nargs, kwnames, "update") < 0) {
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
    { "__contains__", RP_CFUNC(dict_contains_meth), RP_METH_O,
      "True if the dictionary has the specified key, else False." },
    { "__getitem__", RP_CFUNC(dict_getitem_meth), RP_METH_O, "x.__getitem__(y) <==> x[y]" },
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
    .tp_dealloc = dict_dealloc,
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
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

/* ==== instance attributes (the managed dict API of dictobject.h) ==== */

RpDictKeys *rp_dictkeys_new_shared(void)
{
    RpDictKeys *keys = new_keys_object(NEXT_LOG2_SHARED_KEYS_MAX_SIZE, 1);
    if (keys == NULL) {
        return NULL;
    }
    /* one more than the maximum: each new instance takes one off */
    keys->dk_usable = SHARED_KEYS_MAX_SIZE;
    keys->dk_kind = DICT_KEYS_SPLIT;
    return keys;
}

void rp_dictkeys_incref(RpDictKeys *keys) { dictkeys_incref(keys); }
void rp_dictkeys_decref(RpDictKeys *keys) { dictkeys_decref(keys); }

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
    RpDictValues *values = new_values(size);
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
    dictkeys_incref(keys);
    rp_ssize_t used = 0, track = 0;
    rp_ssize_t size = shared_keys_usable_size(keys);
    for (rp_ssize_t i = 0; i < size; i++) {
        RpObject *val = values->values[i];
        if (val != NULL) {
            used += 1;
            track += may_be_tracked(val);
        }
    }
    RpObject *res = new_dict(keys, values, used, 0);
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
    free_values(values);
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
