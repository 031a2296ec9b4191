/* setobject.h - set and frozenset: open addressing with CPython 3.11's
 * probing (linear probes of 9, then perturbation) and resize rule, so the
 * iteration order of a set is the same as CPython's (print({3, 1, 2}) ->
 * {1, 2, 3}) and sys.getsizeof(set()) == 216.
 *
 * Models CPython 3.11's Objects/setobject.c.  A set of up to 5 keys lives
 * in the 8-entry smalltable inside the object; past 3/5 full the table is
 * rebuilt 4x the number of keys (2x past 50000).  Deleted keys leave a
 * dummy.  Bulk operations (update from a set or dict, copy, |, &, -, ^)
 * follow CPython's algorithms step by step, since the layout they produce
 * is the iteration order a program sees. */
#ifndef RP_SETOBJECT_H
#define RP_SETOBJECT_H

#include "../core/object.h"

#define RP_SET_MINSIZE 8

typedef struct RpSetEntry {
    RpObject *key;
    rp_hash_t hash;
} RpSetEntry;

typedef struct RpSetObject {
    RP_OBJECT_HEAD;
    rp_ssize_t fill;              /* active + dummy entries */
    rp_ssize_t used;              /* active entries */
    rp_ssize_t mask;              /* table size - 1 */
    RpSetEntry *table;
    rp_hash_t hash;               /* frozenset only; -1 until computed */
    rp_ssize_t finger;            /* set.pop() search start */
    RpSetEntry smalltable[RP_SET_MINSIZE];
    RpObject *weakreflist;
} RpSetObject;                    /* 200 bytes, as PySetObject */

extern RpTypeObject RpSet_Type, RpFrozenSet_Type, RpSetIter_Type;

int rp_set_check(RpObject *o);          /* set or subclass */
int rp_frozenset_check(RpObject *o);    /* frozenset or subclass */
int rp_anyset_check(RpObject *o);       /* set or frozenset (or subclasses) */
static inline int rp_anyset_check_exact(RpObject *o)
{
    return o->ob_type == &RpSet_Type || o->ob_type == &RpFrozenSet_Type;
}

RpObject *rp_set_new(RpObject *iterable);         /* iterable may be NULL */
RpObject *rp_frozenset_new(RpObject *iterable);
int rp_set_add(RpObject *s, RpObject *key);       /* increfs */
int rp_set_contains(RpObject *s, RpObject *key);  /* 1/0/-1 */
int rp_set_discard(RpObject *s, RpObject *key);   /* 1 found, 0 not, -1 error */
int rp_set_update(RpObject *s, RpObject *iterable);   /* SET_UPDATE */
int rp_set_clear(RpObject *s);
RpObject *rp_set_pop(RpObject *s);                /* NEW; KeyError when empty */
rp_ssize_t rp_set_len(RpObject *s);      /* len(s) */
/* Iterate like rp_dict_next (borrowed key; hash may be NULL). */
int rp_set_next(RpObject *s, rp_ssize_t *pos, RpObject **key, rp_hash_t *hash);

#endif
