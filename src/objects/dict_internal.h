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

#include "dictobject.h"

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
