/* dictobject.h - dict: an insertion-ordered hash table.
 *
 * The layout and growth follow CPython 3.11's compact dict (an index
 * table plus a dense entry array, `PyDictKeysObject`), so that
 * sys.getsizeof matches ({} -> 64, {1: 2} -> 224) and iteration order is
 * insertion order.  Keys that are str with a cached hash take a fast path,
 * and interned strings compare by pointer first (names in globals and
 * instance dicts).  A free list of 80 dicts and 80 small key tables.
 *
 * GC tracking as 3.11: a new dict is untracked; it becomes tracked when a
 * key or value that may be tracked (a GC object) is stored.
 */
#ifndef RP_DICTOBJECT_H
#define RP_DICTOBJECT_H

#include "../core/object.h"

typedef struct RpDictKeys RpDictKeys;   /* private to dictobject.c */

typedef struct RpDictObject {
    RP_OBJECT_HEAD;
    rp_ssize_t ma_used;           /* number of items */
    uint64_t ma_version_tag;      /* changes on every mutation (caches) */
    RpDictKeys *ma_keys;
    RpObject **ma_values;         /* NULL (refpy does not split tables) */
} RpDictObject;                   /* 48 bytes, as PyDictObject */

extern RpTypeObject RpDict_Type;
extern RpTypeObject RpDictKeys_Type, RpDictValues_Type, RpDictItems_Type;
extern RpTypeObject RpDictIterKey_Type, RpDictIterValue_Type, RpDictIterItem_Type;

static inline int rp_dict_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_DICT_SUBCLASS) != 0;
}
static inline int rp_dict_check_exact(RpObject *o) { return o->ob_type == &RpDict_Type; }
static inline rp_ssize_t rp_dict_size(RpObject *d) { return ((RpDictObject *)d)->ma_used; }

RpObject *rp_dict_new(void);
/* d[key] as a borrowed reference; NULL without exception if missing,
 * NULL with exception if hashing/comparing failed. */
RpObject *rp_dict_get_borrow(RpObject *d, RpObject *key);
RpObject *rp_dict_get_known_hash_borrow(RpObject *d, RpObject *key, rp_hash_t hash);
/* Same with a C string key (makes a temporary str; for C code only). */
RpObject *rp_dict_get_cstr_borrow(RpObject *d, const char *key);
int rp_dict_set(RpObject *d, RpObject *key, RpObject *value);          /* increfs both */
int rp_dict_set_known_hash(RpObject *d, RpObject *key, RpObject *value, rp_hash_t hash);
int rp_dict_set_cstr(RpObject *d, const char *key, RpObject *value);
/* Delete; KeyError when missing. */
int rp_dict_del(RpObject *d, RpObject *key);
int rp_dict_del_cstr(RpObject *d, const char *key);
/* Remove and return (NEW) the value, or NULL without exception if missing. */
RpObject *rp_dict_pop(RpObject *d, RpObject *key);
int rp_dict_contains(RpObject *d, RpObject *key);                       /* 1/0/-1 */
void rp_dict_clear(RpObject *d);
/* Iterate: pos starts at 0; returns 1 with borrowed *key and *value (either
 * pointer may be NULL), 0 at the end. The dict must not change meanwhile. */
int rp_dict_next(RpObject *d, rp_ssize_t *pos, RpObject **key, RpObject **value);
RpObject *rp_dict_copy(RpObject *d);
/* d.update(other): other a mapping or an iterable of pairs */
int rp_dict_update(RpObject *d, RpObject *other);
/* Merge a mapping; override=0 keeps existing keys (for **kwargs errors
 * the VM uses its own check). */
int rp_dict_merge(RpObject *d, RpObject *other, int override);
RpObject *rp_dict_keys_list(RpObject *d);
RpObject *rp_dict_values_list(RpObject *d);
RpObject *rp_dict_items_list(RpObject *d);
/* dict.setdefault semantics; returns borrowed value. */
RpObject *rp_dict_setdefault_borrow(RpObject *d, RpObject *key, RpObject *dflt);

#endif
