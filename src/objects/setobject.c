/* setobject.c - set and frozenset.
 *
 * Models CPython 3.11's Objects/setobject.c.
 *
 * The table: open addressing over 2**k entries {key, hash}.  A probe
 * starts at hash & mask and looks at up to 9 following entries (cache
 * friendly) before jumping to (5*i + 1 + perturb) & mask, where perturb
 * is the hash shifted right by 5 at each jump.  A deleted key leaves the
 * `dummy` marker (hash -1) so that probe chains stay intact.  Up to 5
 * keys live in the smalltable inside the object (sys.getsizeof(set()) ==
 * 216); when fill reaches 3/5 of the table it is rebuilt with room for 4x
 * the keys (2x past 50000), dropping dummies.
 *
 * Iteration walks the table in slot order, so the order a program sees is
 * the table layout; every bulk operation below follows CPython's
 * algorithm step by step (which set is iterated, when the table is
 * presized, when a table is copied slot for slot) to produce the same
 * layout.
 *
 * Sets are tracked by the GC from creation (as PyType_GenericAlloc) and
 * have no free list in 3.11.  frozenset() is not a singleton in 3.11;
 * frozenset(f) is f and f.copy() is f for an exact frozenset.
 *
 * This file is the table and the C API; setops.c has the set algebra,
 * the methods and the type objects (set_internal.h between them).
 */
#include "setobject.h"

#include <stddef.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "boolobject.h"
#include "dict_internal.h"
#include "dictobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "iterobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "set_internal.h"
#include "typeobject.h"
#include "weakrefobject.h"

_Static_assert(sizeof(RpSetObject) == 200, "set size as CPython's");

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5


/* the marker of deleted entries (never seen by Python code) */
static RpObject dummy_struct = { 1, NULL };
#define dummy (&dummy_struct)

int rp_set_check(RpObject *o)
{
    return rp_type(o) == &RpSet_Type || rp_type_is_subtype(rp_type(o), &RpSet_Type);
}

int rp_frozenset_check(RpObject *o)
{
    return rp_type(o) == &RpFrozenSet_Type || rp_type_is_subtype(rp_type(o), &RpFrozenSet_Type);
}

int rp_anyset_check(RpObject *o)
{
    return rp_anyset_check_exact(o) || rp_type_is_subtype(rp_type(o), &RpSet_Type) ||
           rp_type_is_subtype(rp_type(o), &RpFrozenSet_Type);
}

static inline int str_eq(RpObject *a, RpObject *b)
{
    rp_ssize_t len = rp_str_len(a);
    if (len != rp_str_len(b) || rp_str_kind(a) != rp_str_kind(b)) {
        return 0;
    }
    return memcmp(rp_str_data(a), rp_str_data(b), (size_t)len * (size_t)rp_str_kind(a)) == 0;
}

static inline rp_hash_t hash_fast(RpObject *key)
{
    rp_hash_t hash;
    if (rp_str_check_exact(key) && (hash = ((RpStrObject *)key)->hash) != -1) {
        return hash;
    }
    return rp_object_hash(key);
}

void rp_set_key_error(RpObject *key)
{
    RpObject *exc = rp_exception_new(&RpExc_KeyError, &key, 1);
    if (exc != NULL) {
        rp_err_set_raised_steal(exc);
    }
}

/* ---- probing ---- */

static RpSetEntry *set_lookkey(RpSetObject *so, RpObject *key, rp_hash_t hash)
{
    for (;;) {
        RpSetEntry *entry;
        size_t perturb = (size_t)hash;
        size_t mask = (size_t)so->mask;
        size_t i = (size_t)hash & mask;
        int restart = 0;
        for (;;) {
            entry = &so->table[i];
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            do {
                if (entry->hash == 0 && entry->key == NULL) {
                    return entry;
                }
                if (entry->hash == hash) {
                    RpObject *startkey = entry->key;
                    if (startkey == key) {
                        return entry;
                    }
                    if (rp_str_check_exact(startkey) && rp_str_check_exact(key) &&
                        str_eq(startkey, key)) {
                        return entry;
                    }
                    RpSetEntry *table = so->table;
                    rp_incref(startkey);
                    int cmp = rp_object_richcompare_bool(startkey, key, RP_EQ);
                    rp_decref(startkey);
                    if (cmp < 0) {
                        return NULL;
                    }
                    if (table != so->table || entry->key != startkey) {
                        restart = 1;   /* the set changed: start over */
                        break;
                    }
                    if (cmp > 0) {
                        return entry;
                    }
                    mask = (size_t)so->mask;
                }
                entry++;
            } while (probes--);
            if (restart) {
                break;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
}

int rp_set_table_resize(RpSetObject *so, rp_ssize_t minused);

/* Add key (borrowed; increfed when stored). */
int rp_set_add_entry(RpSetObject *so, RpObject *key, rp_hash_t hash)
{
    RpSetEntry *freeslot, *entry;
    size_t perturb, mask, i;

    /* hold key: a comparison may release the caller's reference */
    rp_incref(key);
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->hash == hash) {
                RpObject *startkey = entry->key;
                if (startkey == key) {
                    goto found_active;
                }
                if (rp_str_check_exact(startkey) && rp_str_check_exact(key) &&
                    str_eq(startkey, key)) {
                    goto found_active;
                }
                RpSetEntry *table = so->table;
                rp_incref(startkey);
                int cmp = rp_object_richcompare_bool(startkey, key, RP_EQ);
                rp_decref(startkey);
                if (cmp > 0) {
                    goto found_active;
                }
                if (cmp < 0) {
                    goto comparison_error;
                }
                if (table != so->table || entry->key != startkey) {
                    goto restart;
                }
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot == NULL) {
        goto found_unused;
    }
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) {
        return 0;
    }
    return rp_set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    rp_decref(key);
    return 0;
comparison_error:
    rp_decref(key);
    return -1;
}

/* Insert a key known to be absent into a table without dummies. */
static void set_insert_clean(RpSetEntry *table, size_t mask, RpObject *key, rp_hash_t hash)
{
    RpSetEntry *entry;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) {
            goto found_null;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) {
                    goto found_null;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuild the table with more than minused slots, dropping dummies. */
int rp_set_table_resize(RpSetObject *so, rp_ssize_t minused)
{
    RpSetEntry *oldtable, *newtable, *entry;
    rp_ssize_t oldmask = so->mask;
    RpSetEntry small_copy[RP_SET_MINSIZE];

    size_t newsize = RP_SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
    }
    oldtable = so->table;
    int is_oldtable_malloced = oldtable != so->smalltable;
    if (newsize == RP_SET_MINSIZE) {
        /* a big table shrinking, or a small one purged of dummies */
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) {
                return 0;
            }
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > (size_t)RP_SSIZE_T_MAX / sizeof(RpSetEntry)) {
            rp_err_nomemory();
            return -1;
        }
        newtable = rp_mem_malloc(sizeof(RpSetEntry) * newsize);
        if (newtable == NULL) {
            rp_err_nomemory();
            return -1;
        }
    }
    memset(newtable, 0, sizeof(RpSetEntry) * newsize);
    so->mask = (rp_ssize_t)newsize - 1;
    so->table = newtable;
    size_t newmask = (size_t)so->mask;
    if (so->fill == so->used) {
        for (entry = oldtable; entry <= oldtable + oldmask; entry++) {
            if (entry->key != NULL) {
                set_insert_clean(newtable, newmask, entry->key, entry->hash);
            }
        }
    } else {
        so->fill = so->used;
        for (entry = oldtable; entry <= oldtable + oldmask; entry++) {
            if (entry->key != NULL && entry->key != dummy) {
                set_insert_clean(newtable, newmask, entry->key, entry->hash);
            }
        }
    }
    if (is_oldtable_malloced) {
        rp_mem_free(oldtable);
    }
    return 0;
}

int rp_set_contains_entry(RpSetObject *so, RpObject *key, rp_hash_t hash)
{
    RpSetEntry *entry = set_lookkey(so, key, hash);
    if (entry != NULL) {
        return entry->key != NULL;
    }
    return -1;
}


int rp_set_discard_entry(RpSetObject *so, RpObject *key, rp_hash_t hash)
{
    RpSetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL) {
        return -1;
    }
    if (entry->key == NULL) {
        return DISCARD_NOTFOUND;
    }
    RpObject *old_key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    rp_decref(old_key);
    return DISCARD_FOUND;
}

int rp_set_add_key(RpSetObject *so, RpObject *key)
{
    rp_hash_t hash = hash_fast(key);
    if (hash == -1) {
        return -1;
    }
    return rp_set_add_entry(so, key, hash);
}

int rp_set_contains_key(RpSetObject *so, RpObject *key)
{
    rp_hash_t hash = hash_fast(key);
    if (hash == -1) {
        return -1;
    }
    return rp_set_contains_entry(so, key, hash);
}

int rp_set_discard_key(RpSetObject *so, RpObject *key)
{
    rp_hash_t hash = hash_fast(key);
    if (hash == -1) {
        return -1;
    }
    return rp_set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(RpSetObject *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = RP_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empty the set first, then release the keys (their __del__ may use it). */
int rp_set_clear_internal(RpSetObject *so)
{
    RpSetEntry *table = so->table;
    rp_ssize_t fill = so->fill, used = so->used;
    int table_is_malloced = table != so->smalltable;
    RpSetEntry small_copy[RP_SET_MINSIZE];

    if (table_is_malloced) {
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (RpSetEntry *entry = table; used > 0; entry++) {
        if (entry->key && entry->key != dummy) {
            used--;
            rp_decref(entry->key);
        }
    }
    if (table_is_malloced) {
        rp_mem_free(table);
    }
    return 0;
}

/* the next active entry at or after *pos_ptr */
int rp_set_next_entry(RpSetObject *so, rp_ssize_t *pos_ptr, RpSetEntry **entry_ptr)
{
    rp_ssize_t i = *pos_ptr;
    rp_ssize_t mask = so->mask;
    RpSetEntry *entry = &so->table[i];
    while (i <= mask && (entry->key == NULL || entry->key == dummy)) {
        i++;
        entry++;
    }
    *pos_ptr = i + 1;
    if (i > mask) {
        return 0;
    }
    *entry_ptr = entry;
    return 1;
}

int rp_set_next(RpObject *s, rp_ssize_t *pos, RpObject **key, rp_hash_t *hash)
{
    RpSetEntry *entry;
    if (!rp_set_next_entry(SET(s), pos, &entry)) {
        return 0;
    }
    *key = entry->key;
    if (hash != NULL) {
        *hash = entry->hash;
    }
    return 1;
}

/* ---- bulk insertion ---- */

static int set_merge(RpSetObject *so, RpObject *otherset)
{
    RpSetObject *other = SET(otherset);
    RpObject *key;
    RpSetEntry *so_entry, *other_entry;

    if (other == so || other->used == 0) {
        return 0;
    }
    /* one big resize first: expect few overlapping keys */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (rp_set_table_resize(so, (so->used + other->used) * 2) != 0) {
            return -1;
        }
    }
    so_entry = so->table;
    other_entry = other->table;
    /* an empty table of the same size, no dummies: copy slot for slot */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (rp_ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            key = other_entry->key;
            if (key != NULL) {
                so_entry->key = rp_newref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    /* an empty table: no duplicates possible */
    if (so->fill == 0) {
        RpSetEntry *newtable = so->table;
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (rp_ssize_t i = other->mask + 1; i > 0; i--, other_entry++) {
            key = other_entry->key;
            if (key != NULL && key != dummy) {
                set_insert_clean(newtable, newmask, rp_newref(key), other_entry->hash);
            }
        }
        return 0;
    }
    for (rp_ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        key = other_entry->key;
        if (key != NULL && key != dummy) {
            if (rp_set_add_entry(so, key, other_entry->hash)) {
                return -1;
            }
        }
    }
    return 0;
}

int rp_set_update_internal(RpSetObject *so, RpObject *other)
{
    if (rp_anyset_check(other)) {
        return set_merge(so, other);
    }
    if (rp_dict_check_exact(other)) {
        rp_ssize_t dictsize = rp_dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (rp_set_table_resize(so, (so->used + dictsize) * 2) != 0) {
                return -1;
            }
        }
        rp_ssize_t pos = 0;
        RpObject *key, *value;
        rp_hash_t hash;
        while (rp_dict_next_hash(other, &pos, &key, &value, &hash)) {
            if (rp_set_add_entry(so, key, hash)) {
                return -1;
            }
        }
        return 0;
    }
    RpObject *it = rp_object_get_iter(other);
    if (it == NULL) {
        return -1;
    }
    RpObject *key;
    while ((key = rp_iter_next(it)) != NULL) {
        if (rp_set_add_key(so, key)) {
            rp_decref(it);
            rp_decref(key);
            return -1;
        }
        rp_decref(key);
    }
    rp_decref(it);
    return rp_err_occurred() ? -1 : 0;
}

/* ---- creation ---- */

RpObject *rp_set_new_of_type(RpTypeObject *type, RpObject *iterable)
{
    RpSetObject *so;
    if (type == &RpSet_Type || type == &RpFrozenSet_Type) {
        so = (RpSetObject *)rp_object_alloc(type);
    } else {
        so = (RpSetObject *)rp_type_generic_alloc(type, 0);
    }
    if (so == NULL) {
        return NULL;
    }
    so->fill = 0;
    so->used = 0;
    so->mask = RP_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    if (!rp_gc_is_tracked(so)) {
        rp_gc_track(so);
    }
    if (iterable != NULL) {
        if (rp_set_update_internal(so, iterable)) {
            rp_decref(so);
            return NULL;
        }
    }
    return (RpObject *)so;
}

/* a new set or frozenset of the base type of `type` */
RpObject *rp_set_new_basetype(RpTypeObject *type, RpObject *iterable)
{
    if (type != &RpSet_Type && type != &RpFrozenSet_Type) {
        type = rp_type_is_subtype(type, &RpSet_Type) ? &RpSet_Type : &RpFrozenSet_Type;
    }
    return rp_set_new_of_type(type, iterable);
}

RpObject *rp_frozenset_new_of_type(RpTypeObject *type, RpObject *iterable)
{
    if (type != &RpFrozenSet_Type) {
        return rp_set_new_of_type(type, iterable);
    }
    if (iterable != NULL && rp_type(iterable) == &RpFrozenSet_Type) {
        return rp_newref(iterable);   /* frozenset(f) is f */
    }
    return rp_set_new_of_type(type, iterable);
}

RpObject *rp_set_new(RpObject *iterable)
{
    return rp_set_new_of_type(&RpSet_Type, iterable);
}

RpObject *rp_frozenset_new(RpObject *iterable)
{
    return rp_set_new_of_type(&RpFrozenSet_Type, iterable);
}

RpObject *rp_frozenset_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                                  RpObject *kwnames)
{
    if ((type == &RpFrozenSet_Type || type->tp_init == RpFrozenSet_Type.tp_init) &&
        !rp_arg_no_kwnames("frozenset", kwnames)) {
        return NULL;
    }
    if (!rp_arg_check_positional(rp_type_name(type), nargs, 0, 1)) {
        return NULL;
    }
    return rp_frozenset_new_of_type(type, nargs ? args[0] : NULL);
}

RpObject *rp_set_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                            RpObject *kwnames)
{
    (void)args;
    (void)nargs;
    if (type == &RpSet_Type && !rp_arg_no_kwnames("set", kwnames)) {
        return NULL;
    }
    return rp_set_new_of_type(type, NULL);
}

int rp_set_tp_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    RpSetObject *so = SET(self);
    if (!rp_arg_no_kwnames("set", kwnames) ||
        !rp_arg_check_positional(rp_type_name(rp_type(self)), nargs, 0, 1)) {
        return -1;
    }
    if (so->fill) {
        rp_set_clear_internal(so);
    }
    so->hash = -1;
    if (nargs == 0) {
        return 0;
    }
    return rp_set_update_internal(so, args[0]);
}

/* ---- slots ---- */

void rp_set_dealloc(RpObject *o)
{
    RpSetObject *so = SET(o);
    rp_ssize_t used = so->used;
    rp_gc_untrack(o);
    if (so->weakreflist != NULL) {
        rp_weakref_clear_all(o);
    }
    for (RpSetEntry *entry = so->table; used > 0; entry++) {
        if (entry->key && entry->key != dummy) {
            used--;
            rp_decref(entry->key);
        }
    }
    if (so->table != so->smalltable) {
        rp_mem_free(so->table);
    }
    rp_type(o)->tp_free(o);
}

int rp_set_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    rp_ssize_t pos = 0;
    RpSetEntry *entry;
    while (rp_set_next_entry(SET(o), &pos, &entry)) {
        RP_VISIT(entry->key);
    }
    return 0;
}

int rp_set_tp_clear(RpObject *o)
{
    return rp_set_clear_internal(SET(o));
}

RpObject *rp_set_repr(RpObject *o)
{
    RpSetObject *so = SET(o);
    const char *name = rp_type_name(rp_type(o));
    int status = rp_repr_enter(o);
    if (status != 0) {
        if (status < 0) {
            return NULL;
        }
        return rp_str_from_format("%s(...)", name);
    }
    if (!so->used) {
        rp_repr_leave(o);
        return rp_str_from_format("%s()", name);
    }
    RpObject *result = NULL;
    RpObject *keys = rp_list_from_iterable(o);
    if (keys == NULL) {
        goto done;
    }
    RpObject *listrepr = rp_object_repr(keys);
    rp_decref(keys);
    if (listrepr == NULL) {
        goto done;
    }
    /* repr(keys)[1:-1] */
    RpObject *tmp = rp_str_substring(listrepr, 1, rp_str_len(listrepr) - 1);
    rp_decref(listrepr);
    if (tmp == NULL) {
        goto done;
    }
    if (rp_type(o) != &RpSet_Type) {
        result = rp_str_from_format("%s({%U})", name, tmp);
    } else {
        result = rp_str_from_format("{%U}", tmp);
    }
    rp_decref(tmp);
done:
    rp_repr_leave(o);
    return result;
}

rp_ssize_t rp_set_len_slot(RpObject *o)
{
    return SET(o)->used;
}

rp_ssize_t rp_set_len(RpObject *s) { return SET(s)->used; }

/* Spread the bits of closely spaced hashes (for frozenset hashes). */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

rp_hash_t rp_frozenset_hash(RpObject *self)
{
    RpSetObject *so = SET(self);
    if (so->hash != -1) {
        return so->hash;
    }
    uint64_t hash = 0;
    /* xor of every slot's shuffled hash (order-independent), then take
       out the NULL and dummy slots' contribution */
    for (RpSetEntry *entry = so->table; entry <= &so->table[so->mask]; entry++) {
        hash ^= shuffle_bits((uint64_t)entry->hash);
    }
    if ((so->mask + 1 - so->fill) & 1) {
        hash ^= shuffle_bits(0);
    }
    if ((so->fill - so->used) & 1) {
        hash ^= shuffle_bits((uint64_t)-1);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) {
        hash = 590923713UL;
    }
    so->hash = (rp_hash_t)hash;
    return so->hash;
}

/* ---- the iterator ---- */

typedef struct {
    RP_OBJECT_HEAD;
    RpSetObject *si_set;       /* NULL when exhausted */
    rp_ssize_t si_used;
    rp_ssize_t si_pos;
    rp_ssize_t len;
} SetIterObject;

RpObject *rp_set_iter(RpObject *o)
{
    SetIterObject *si = (SetIterObject *)rp_object_alloc(&RpSetIter_Type);
    if (si == NULL) {
        return NULL;
    }
    si->si_set = (RpSetObject *)rp_newref(o);
    si->si_used = SET(o)->used;
    si->si_pos = 0;
    si->len = SET(o)->used;
    rp_gc_track(si);
    return (RpObject *)si;
}

static void setiter_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_xdecref(((SetIterObject *)o)->si_set);
    rp_object_free(o);
}

static int setiter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(((SetIterObject *)o)->si_set);
    return 0;
}

static RpObject *setiter_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    SetIterObject *si = (SetIterObject *)o;
    rp_ssize_t len = 0;
    if (si->si_set != NULL && si->si_used == si->si_set->used) {
        len = si->len;
    }
    return rp_int_from_ssize_t(len);
}

static RpObject *setiter_iternext(RpObject *o)
{
    SetIterObject *si = (SetIterObject *)o;
    RpSetObject *so = si->si_set;
    if (so == NULL) {
        return NULL;
    }
    if (si->si_used != so->used) {
        rp_err_set_string(&RpExc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1;   /* sticky */
        return NULL;
    }
    rp_ssize_t i = si->si_pos;
    RpSetEntry *entry = so->table;
    rp_ssize_t mask = so->mask;
    while (i <= mask && (entry[i].key == NULL || entry[i].key == dummy)) {
        i++;
    }
    si->si_pos = i + 1;
    if (i > mask) {
        si->si_set = NULL;
        rp_decref(so);
        return NULL;
    }
    si->len--;
    return rp_newref(entry[i].key);
}

static RpMethodDef setiter_methods[] = {
    { "__length_hint__", RP_CFUNC(setiter_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpSetIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = setiter_dealloc,
    .tp_traverse = setiter_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = setiter_iternext,
    .tp_free = rp_object_free,
    .tp_methods = setiter_methods,
};

RpObject *rp_set_pop_meth(RpObject *o, RpObject *unused)
{
    (void)unused;
    RpSetObject *so = SET(o);
    /* the search finger, kept in bounds */
    RpSetEntry *entry = so->table + (so->finger & so->mask);
    RpSetEntry *limit = so->table + so->mask;
    if (so->used == 0) {
        RpObject *msg = rp_str_from_cstr("pop from an empty set");
        if (msg != NULL) {
            rp_set_key_error(msg);
            rp_decref(msg);
        }
        return NULL;
    }
    while (entry->key == NULL || entry->key == dummy) {
        entry++;
        if (entry > limit) {
            entry = so->table;
        }
    }
    RpObject *key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

RpObject *rp_set_pop(RpObject *s)
{
    return rp_set_pop_meth(s, NULL);
}
