/* dictobject.h - dict: an insertion-ordered hash table.
 *
 * Models CPython 3.11's Objects/dictobject.c: a compact dict is an index
 * table of 2**k slots (1, 2, 4 or 8 bytes each, by size) pointing into a
 * dense array of entries in insertion order; the entries array holds 2/3
 * of 2**k.  Tables whose keys are all exact str ("unicode" kind) use
 * 16-byte entries (the str caches its hash), others 24-byte ones.  Growth
 * is to the smallest power of two >= 3 * used; deletion leaves a dummy
 * index and an empty entry that the next resize squeezes out.  So
 * sys.getsizeof matches 3.11 ({} -> 64, {1: 2} -> 224, {'a': 1} -> 184)
 * and iteration order is insertion order.  An empty dict shares one
 * static empty key table (not counted in its size).
 *
 * Lookups compare identity first (`nan in {nan: 1}`), then, for str keys
 * with cached hashes, length + memcmp without calling __eq__.
 * Free lists: 80 dicts ({} and dict displays reuse them; dict() does not,
 * as CPython) and 80 key tables of the minimum size with str keys.
 *
 * GC tracking as 3.11: a new dict is untracked; it becomes tracked when a
 * key or value that may be tracked (a GC object, except an untracked
 * tuple) is stored; a full collection untracks dicts that no longer need
 * it (rp_dict_maybe_untrack).
 *
 * ma_version_tag changes on every mutation (a global counter in the
 * runtime), so the VM can cache LOAD_GLOBAL results against the versions
 * of globals and builtins.
 */
#ifndef RP_DICTOBJECT_H
#define RP_DICTOBJECT_H

#include <stdint.h>

#include "../core/object.h"

typedef struct RpDictKeys RpDictKeys;   /* private to dictobject.c */

/* The values of a "split" table (instance attributes, see below): an
 * array parallel to a shared key table.  A few bytes before `values`
 * record the per-instance insertion order (private). */
typedef struct RpDictValues {
    RpObject *values[1];
} RpDictValues;

typedef struct RpDictObject {
    RP_OBJECT_HEAD;
    rp_ssize_t ma_used;           /* number of items */
    uint64_t ma_version_tag;      /* changes on every mutation (caches) */
    RpDictKeys *ma_keys;
    RpDictValues *ma_values;      /* NULL: combined table (keys hold values);
                                     else a split table of instance
                                     attributes sharing its class's keys */
} RpDictObject;                   /* 48 bytes, as PyDictObject */

extern RpTypeObject RpDict_Type;
extern RpTypeObject RpDictKeys_Type, RpDictValues_Type, RpDictItems_Type;
extern RpTypeObject RpDictIterKey_Type, RpDictIterValue_Type, RpDictIterItem_Type;
extern RpTypeObject RpDictRevIterKey_Type, RpDictRevIterValue_Type, RpDictRevIterItem_Type;

static inline int rp_dict_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_DICT_SUBCLASS) != 0;
}
static inline int rp_dict_check_exact(RpObject *o) { return o->ob_type == &RpDict_Type; }
static inline rp_ssize_t rp_dict_size(RpObject *d) { return ((RpDictObject *)d)->ma_used; }
static inline uint64_t rp_dict_version(RpObject *d) { return ((RpDictObject *)d)->ma_version_tag; }

/* ---- creation ---- */
RpObject *rp_dict_new(void);                     /* {} (uses the free list) */
/* A dict with room for n items without resizing (3.11's
 * _PyDict_NewPresized; n <= 5 gives a plain {}). */
RpObject *rp_dict_new_presized(rp_ssize_t n);
/* The BUILD_MAP / dict display: keys[i*kstride] -> values[i*vstride] for
 * i < n, presized as CPython's _PyDict_FromItems (str-keys table when
 * every key is an exact str).  Borrowed arguments. */
RpObject *rp_dict_from_items(RpObject *const *keys, rp_ssize_t kstride,
                             RpObject *const *values, rp_ssize_t vstride, rp_ssize_t n);
/* dict.fromkeys(iterable, value) for the class `cls` */
RpObject *rp_dict_from_keys(RpObject *cls, RpObject *iterable, RpObject *value);

/* ---- lookup ---- */
/* d[key] as a borrowed reference; NULL without exception if missing,
 * NULL with exception if hashing/comparing failed. */
RpObject *rp_dict_get_borrow(RpObject *d, RpObject *key);
RpObject *rp_dict_get_known_hash_borrow(RpObject *d, RpObject *key, rp_hash_t hash);
/* Same with a C string key (makes a temporary str; for C code only). */
RpObject *rp_dict_get_cstr_borrow(RpObject *d, const char *key);
/* d[key] for the VM's BINARY_SUBSCR: NEW reference; KeyError(key) when
 * missing (after __missing__ for subclasses). */
RpObject *rp_dict_getitem(RpObject *d, RpObject *key);
int rp_dict_contains(RpObject *d, RpObject *key);                       /* 1/0/-1 */
int rp_dict_contains_known_hash(RpObject *d, RpObject *key, rp_hash_t hash);

/* ---- the VM's fast paths ---- */
/* LOAD_GLOBAL: globals[name], else builtins[name]; borrowed; NULL without
 * exception when in neither (raise NameError), with one on error. */
RpObject *rp_dict_load_global_borrow(RpObject *globals, RpObject *builtins, RpObject *name);
/* Lookup with a position hint (LOAD_ATTR / LOAD_GLOBAL caches): *hint is
 * an entry index tried first and updated to where `key` (an exact str)
 * was found (-1 if absent).  Borrowed value, or NULL. */
RpObject *rp_dict_get_hint_borrow(RpObject *d, RpObject *key, rp_ssize_t *hint);

/* ---- mutation ---- */
int rp_dict_set(RpObject *d, RpObject *key, RpObject *value);          /* increfs both */
int rp_dict_set_known_hash(RpObject *d, RpObject *key, RpObject *value, rp_hash_t hash);
/* steals both key and value, even on failure (STORE_SUBSCR, MAP_ADD) */
int rp_dict_set_steal(RpObject *d, RpObject *key, RpObject *value);
int rp_dict_set_cstr(RpObject *d, const char *key, RpObject *value);
/* Delete; KeyError(key) when missing. */
int rp_dict_del(RpObject *d, RpObject *key);
int rp_dict_del_cstr(RpObject *d, const char *key);
/* Remove and return (NEW) the value, or NULL without exception if missing. */
RpObject *rp_dict_pop(RpObject *d, RpObject *key);
/* d.pop(key[, dflt]): dflt NULL raises KeyError(key) when missing */
RpObject *rp_dict_pop_default(RpObject *d, RpObject *key, RpObject *dflt);
void rp_dict_clear(RpObject *d);
/* d.popitem(): remove and return (NEW) the last (key, value) pair;
 * KeyError when empty */
RpObject *rp_dict_popitem(RpObject *d);
/* dict.setdefault semantics; returns borrowed value. */
RpObject *rp_dict_setdefault_borrow(RpObject *d, RpObject *key, RpObject *dflt);

/* ---- iteration and bulk operations ---- */
/* Iterate: pos starts at 0; returns 1 with borrowed *key and *value (either
 * pointer may be NULL), 0 at the end. The dict must not change meanwhile
 * (replacing values of existing keys is allowed). */
int rp_dict_next(RpObject *d, rp_ssize_t *pos, RpObject **key, RpObject **value);
int rp_dict_next_hash(RpObject *d, rp_ssize_t *pos, RpObject **key, RpObject **value,
                      rp_hash_t *hash);
RpObject *rp_dict_copy(RpObject *d);
/* d.update(other): other a mapping (has keys()) or an iterable of pairs */
int rp_dict_update(RpObject *d, RpObject *other);
/* Merge a mapping.  override = 1: replace existing keys (update);
 * 0: keep them; 2: raise KeyError(key) on the first existing key (the
 * VM's DICT_MERGE for f(**a, **b) turns it into "got multiple values"). */
int rp_dict_merge(RpObject *d, RpObject *other, int override);
/* Merge an iterable of pairs (dict(iterable) / update(iterable)). */
int rp_dict_merge_from_seq2(RpObject *d, RpObject *seq2, int override);
RpObject *rp_dict_keys_list(RpObject *d);
RpObject *rp_dict_values_list(RpObject *d);
RpObject *rp_dict_items_list(RpObject *d);
/* 1 if every key is a str (keyword-argument dicts) */
int rp_dict_has_only_str_keys(RpObject *d);
/* d.__sizeof__() (sys.getsizeof adds the GC head) */
rp_ssize_t rp_dict_sizeof(RpObject *d);

/* ---- memory model hooks ---- */
/* Untrack a dict whose keys and values cannot be part of a cycle (full
 * collections call this, as CPython's _PyDict_MaybeUntrack). */
void rp_dict_maybe_untrack(RpObject *d);
/* Free the kept key tables (the dict objects' free list is emptied by
 * rp_freelists_clear_all). */
void rp_dict_keys_freelist_clear(void);

/* ---- instance attributes: CPython 3.11's "managed dict" -------------------
 *
 * Instances of a class statement do not get a dict object when created.
 * The class owns one SHARED KEY TABLE (str keys only, at most 30 names,
 * common to all its instances) and each instance owns a VALUES ARRAY
 * parallel to it, which also records the order in which that instance set
 * its attributes.  A dict object is made ("materialised") only when
 *   - the program asks for obj.__dict__ (vars(obj), obj.__dict__...),
 *   - an attribute name is not an exact str, or the shared table is full.
 * The materialised dict then shares the class's keys and takes over the
 * instance's values (a "split" dict) until it outgrows them.
 *
 * What a program can observe, as in 3.11:
 *   - sys.getsizeof(instance) does not depend on its attributes;
 *   - gc.collect() of a cycle of two instances finds 2 objects (no dicts);
 *   - sys.getsizeof(obj.__dict__) == 64 + 8 * (size of the shared table);
 *     that size starts at 29 and shrinks by one with each instance made
 *     (3.11 reserves room that way), never below the names already known;
 *   - obj.__dict__ lists attributes in the order that instance set them;
 *   - a materialised dict holding only atoms is not GC-tracked.
 *
 * How typeobject.c uses it.  A heap type whose instances have a __dict__
 * keeps `RpDictKeys *cached_keys` (made by rp_dictkeys_new_shared when the
 * class is created, released with rp_dictkeys_decref when the type dies).
 * Each instance has two pointer slots, `RpDictValues *values` and
 * `RpObject *dict`; at most one is non-NULL:
 *   creation      values = rp_dictvalues_new(cached_keys)
 *   getattr       values ? rp_dictvalues_get_borrow(keys, values, name)
 *                        : dict ? rp_dict_get_borrow(dict, name) : NULL
 *   setattr/del   values ? rp_dictvalues_store(keys, &values, &dict, name, v)
 *                        : rp_dict_set / rp_dict_del on dict (make one
 *                          with rp_dict_new() if NULL)
 *   __dict__      rp_dict_materialize(keys, &values, &dict)
 *   tp_traverse   rp_dictvalues_traverse(keys, values, visit, arg); RP_VISIT(dict)
 *   tp_clear      rp_dictvalues_clear(keys, values); RP_CLEAR(dict)
 *   tp_dealloc    rp_dictvalues_free(keys, values) (values NULL allowed);
 *                 RP_CLEAR(dict)
 * The VM may cache an attribute's index: rp_dictkeys_lookup_str gives it,
 * and it stays valid while rp_dictkeys_get_version(keys) is unchanged;
 * then rp_dictvalues_get_at_borrow / rp_dictvalues_store_at use it.
 */

/* A new shared key table for a class; NULL with MemoryError. */
RpDictKeys *rp_dictkeys_new_shared(void);
void rp_dictkeys_incref(RpDictKeys *keys);
void rp_dictkeys_decref(RpDictKeys *keys);
/* A version number for the current content of a key table (0 = none
 * available); it changes whenever a name is added. */
uint32_t rp_dictkeys_get_version(RpDictKeys *keys);
/* The index of `name` in a shared key table, or -1 (never fails). */
rp_ssize_t rp_dictkeys_lookup_str(RpDictKeys *keys, RpObject *name);

/* A new, empty values array for an instance; NULL with MemoryError. */
RpDictValues *rp_dictvalues_new(RpDictKeys *shared);
/* obj.name from the values (borrowed), or NULL (no exception) if unset. */
RpObject *rp_dictvalues_get_borrow(RpDictKeys *shared, RpDictValues *values, RpObject *name);
static inline RpObject *rp_dictvalues_get_at_borrow(RpDictValues *values, rp_ssize_t ix)
{
    return values->values[ix];
}
/* Set (value != NULL, increfed) or delete (value NULL) attribute `name`.
 * If it cannot live in the shared keys, a dict is materialised into
 * *dict_slot (*values_slot becomes NULL) and the change made there.
 * With *values_slot NULL the change goes to *dict_slot (made if needed).
 * Returns 0 when done, 1 (no exception) when deleting an attribute that is
 * not set (the caller raises its AttributeError), -1 on error. */
int rp_dictvalues_store(RpDictKeys *shared, RpDictValues **values_slot,
                        RpObject **dict_slot, RpObject *name, RpObject *value);
/* Store at a cached index ix < the shared keys' entries (value increfed,
 * not NULL). */
void rp_dictvalues_store_at(RpDictValues *values, rp_ssize_t ix, RpObject *value);
/* obj.__dict__: the dict (NEW reference), materialised from *values_slot
 * or created empty when the instance has neither. */
RpObject *rp_dict_materialize(RpDictKeys *shared, RpDictValues **values_slot,
                              RpObject **dict_slot);
int rp_dictvalues_traverse(RpDictKeys *shared, RpDictValues *values,
                           rp_visitproc visit, void *arg);
void rp_dictvalues_clear(RpDictKeys *shared, RpDictValues *values);
/* Release the values (in index order, as 3.11) and the array. */
void rp_dictvalues_free(RpDictKeys *shared, RpDictValues *values);
/* 1 if no attribute is set */
int rp_dictvalues_is_empty(RpDictKeys *shared, RpDictValues *values);

#endif
