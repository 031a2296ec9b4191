/* dict_internal.h - the layout of dict key tables, shared by
 * dictobject.c and dictviews.c only (everything else uses dictobject.h).
 *
 * A key table (CPython 3.11's PyDictKeysObject) is one block:
 *
 *   RpDictKeys header (32 bytes)
 *   indices: 2**dk_log2_size signed integers of 1, 2, 4 or 8 bytes
 *            (DKIX_EMPTY, DKIX_DUMMY, or an index into the entries)
 *   entries: USABLE_FRACTION(2**dk_log2_size) entries in insertion order
 *            - DictKeyEntry {hash, key, value} (24 bytes), general kind
 *            - DictUnicodeEntry {key, value} (16 bytes) when every key is
 *              an exact str (its hash is cached in the str)
 *            - split kind: unicode entries whose values live in each
 *              dict's RpDictValues instead (instance attributes)
 */
#ifndef RP_DICT_INTERNAL_H
#define RP_DICT_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "../core/gc.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "dictobject.h"
#include "strobject.h"
#include "tupleobject.h"

enum { DICT_KEYS_GENERAL = 0, DICT_KEYS_UNICODE = 1, DICT_KEYS_SPLIT = 2 };

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)         /* a deleted slot (combined tables) */
#define DKIX_ERROR (-3)
#define DKIX_KEY_CHANGED (-4)   /* a comparison changed the dict: retry */

/* At most this many instance attribute names in a class's shared keys. */
#define SHARED_KEYS_MAX_SIZE 30
#define NEXT_LOG2_SHARED_KEYS_MAX_SIZE 6

struct RpDictKeys {
    rp_ssize_t dk_refcnt;
    uint8_t dk_log2_size;          /* the index table has 2**this slots */
    uint8_t dk_log2_index_bytes;   /* and 2**this bytes */
    uint8_t dk_kind;               /* DICT_KEYS_* */
    uint32_t dk_version;           /* for caches; 0 = none given yet */
    rp_ssize_t dk_usable;          /* entries still free */
    rp_ssize_t dk_nentries;        /* entries used (deleted ones count) */
    /* indices, then entries, follow */
};

typedef struct {
    rp_hash_t me_hash;
    RpObject *me_key;
    RpObject *me_value;   /* NULL: a deleted entry */
} DictKeyEntry;

typedef struct {
    RpObject *me_key;     /* an exact str */
    RpObject *me_value;   /* NULL: deleted (or, split: unused here) */
} DictUnicodeEntry;

#define DK_LOG_SIZE(dk) ((dk)->dk_log2_size)
#define DK_SIZE(dk) (((int64_t)1) << DK_LOG_SIZE(dk))
#define DK_MASK(dk) ((size_t)DK_SIZE(dk) - 1)
#define DK_IS_UNICODE(dk) ((dk)->dk_kind != DICT_KEYS_GENERAL)
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define PyDict_LOG_MINSIZE 3
#define PyDict_MINSIZE 8
#define PERTURB_SHIFT 5

static inline int8_t *dk_indices(const RpDictKeys *dk)
{
    return (int8_t *)(dk + 1);
}
static inline DictKeyEntry *dk_entries(const RpDictKeys *dk)
{
    return (DictKeyEntry *)(dk_indices(dk) + ((size_t)1 << dk->dk_log2_index_bytes));
}
static inline DictUnicodeEntry *dk_unicode_entries(const RpDictKeys *dk)
{
    return (DictUnicodeEntry *)(dk_indices(dk) + ((size_t)1 << dk->dk_log2_index_bytes));
}

/* The i-th attribute set on an instance (split tables keep per-dict
 * insertion order in the bytes before the values: [-1] the prefix
 * size, [-2] the count, [-3 - i] the i-th index). */
static inline int get_index_from_order(const RpDictObject *mp, rp_ssize_t i)
{
    return ((const uint8_t *)mp->ma_values)[-3 - i];
}

/* Entry i of a combined dict: key and value (value NULL if deleted). */
static inline void dict_entry_at(const RpDictKeys *dk, rp_ssize_t i, RpObject **key,
                                 RpObject **value)
{
    if (DK_IS_UNICODE(dk)) {
        DictUnicodeEntry *ep = &dk_unicode_entries(dk)[i];
        *key = ep->me_key;
        *value = ep->me_value;
    } else {
        DictKeyEntry *ep = &dk_entries(dk)[i];
        *key = ep->me_key;
        *value = ep->me_value;
    }
}


/* ---- shared by the dict files ---- */

static inline uint64_t rp_dict_next_version(void) { return ++rp_runtime.dict_version; }

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


/* ---- str keys ---- */

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


/* a free slot for hash, when the key is known to be absent */
static inline size_t find_empty_slot(RpDictKeys *keys, rp_hash_t hash)
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


/* ---- the per-instance order of split values ---- */

static inline void values_add_to_order(RpDictValues *values, rp_ssize_t ix)
{
    uint8_t *size_ptr = ((uint8_t *)values) - 2;
    int size = *size_ptr + 1;
    size_ptr[-size] = (uint8_t)ix;
    *size_ptr = (uint8_t)size;
}

static inline void delete_index_from_values(RpDictValues *values, rp_ssize_t ix)
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


/* ---- dictobject.c's internals for dictmerge.c, dicttype.c,
 *      dictinstance.c and dictviews.c ---- */

/* a key table of 2**log2_size slots (str kind if unicode) */
RpDictKeys *rp_dictkeys_new(uint8_t log2_size, int unicode);
/* a dict object owning keys (consumed, also on failure) and values */
RpObject *rp_dict_new_with(RpDictKeys *keys, RpDictValues *values, rp_ssize_t used,
                           int free_values_on_failure);
/* an empty dict's fields (the shared empty table) */
void rp_dict_init_empty(RpDictObject *d);
/* a copy of a combined table, its keys and values increfed */
RpDictKeys *rp_dict_clone_keys(RpDictObject *orig);
/* store key -> value with its hash, consuming both (also on failure) */
int rp_dict_insert(RpDictObject *mp, RpObject *key, rp_hash_t hash, RpObject *value);
/* rebuild into 2**log2_newsize slots (split -> combined) */
int rp_dict_resize(RpDictObject *mp, uint8_t log2_newsize, int unicode);
/* raise KeyError(key) */
void rp_dict_set_key_error(RpObject *key);
/* values arrays of split tables: room for `size`, order bytes in front */
RpDictValues *rp_dictvalues_alloc(rp_ssize_t size);
void rp_dictvalues_release(RpDictValues *values);
void rp_dict_dealloc(RpObject *o);
int rp_dict_traverse(RpObject *o, rp_visitproc visit, void *arg);
int rp_dict_tp_clear(RpObject *o);
/* dictmerge.c: update(self, [arg], **kwargs) and dict.__init__.  kw_mode:
 * how CPython's path receives the keyword arguments (sys.getsizeof shows
 * the difference once the dict resizes):
 *   RP_DICT_KW_SET             set one by one (dict(...): dict_vectorcall)
 *   RP_DICT_KW_MERGE_PRESIZED  merged as one dict presized for them
 *                              (d.update(...): _PyStack_AsDict)
 *   RP_DICT_KW_MERGE_BUILT     merged as one dict built by insertion
 *                              (a subclass's dict_init: the call's kwargs) */
enum { RP_DICT_KW_SET, RP_DICT_KW_MERGE_PRESIZED, RP_DICT_KW_MERGE_BUILT };
int rp_dict_update_common(RpObject *self, RpObject *const *args, size_t nargs,
                          RpObject *kwnames, const char *methname, int kw_mode);

/* set operations the views use (setobject.c) */
int rp_set_difference_update_internal(RpObject *so, RpObject *other);
int rp_set_symmetric_difference_update_internal(RpObject *so, RpObject *other);
RpObject *rp_set_intersection_internal(RpObject *so, RpObject *other);

/* dictobject.c for dictviews.c */
RpObject *rp_dict_iter(RpObject *dict);
rp_ssize_t rp_dict_lookup_internal(RpDictObject *mp, RpObject *key, rp_hash_t hash,
                                   RpObject **value_addr);
RpObject *rp_dict_keys_view_new(RpObject *dict, RpObject *unused);
RpObject *rp_dict_values_view_new(RpObject *dict, RpObject *unused);
RpObject *rp_dict_items_view_new(RpObject *dict, RpObject *unused);
RpObject *rp_dict_reversed(RpObject *dict, RpObject *unused);

#endif
