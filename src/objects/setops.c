/* setops.c - the set algebra (union, intersection, difference,
 * symmetric difference, subset tests, comparisons), the methods of set
 * and frozenset, and the two type objects.
 *
 * Models the corresponding parts of CPython 3.11's Objects/setobject.c,
 * step by step: which set is iterated, when a result is presized and when
 * a table is copied slot for slot decide the layout, which is the order a
 * program sees.  A method or operator on a subclass builds a plain set or
 * frozenset (make_new_set_basetype).
 */
#include "set_internal.h"

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
#include "genericaliasobject.h"
#include "intobject.h"
#include "iterobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"
#include "weakrefobject.h"



/* set_swap_bodies: exchange the contents of two sets (used to update in
 * place from a result computed aside) */
static void set_swap_bodies(RpSetObject *a, RpSetObject *b)
{
    rp_ssize_t t;
    RpSetEntry *u;
    RpSetEntry tab[RP_SET_MINSIZE];
    rp_hash_t h;

    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;

    u = a->table;
    if (a->table == a->smalltable) {
        u = b->smalltable;
    }
    a->table = b->table;
    if (b->table == b->smalltable) {
        a->table = a->smalltable;
    }
    b->table = u;

    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (rp_frozenset_check((RpObject *)a) && rp_frozenset_check((RpObject *)b)) {
        h = a->hash; a->hash = b->hash; b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static RpObject *set_copy(RpObject *so, RpObject *unused)
{
    (void)unused;
    return rp_set_new_basetype(rp_type(so), so);
}

static RpObject *frozenset_copy(RpObject *so, RpObject *unused)
{
    if (rp_type(so) == &RpFrozenSet_Type) {
        return rp_newref(so);
    }
    return set_copy(so, unused);
}

static RpObject *set_clear_meth(RpObject *so, RpObject *unused)
{
    (void)unused;
    rp_set_clear_internal(SET(so));
    return rp_none_new();
}

int rp_set_clear(RpObject *s)
{
    return rp_set_clear_internal(SET(s));
}

static RpObject *set_union(RpObject *so, RpObject *const *args, size_t nargs)
{
    RpObject *result = set_copy(so, NULL);
    if (result == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        RpObject *other = args[i];
        if (so == other) {
            continue;
        }
        if (rp_set_update_internal(SET(result), other)) {
            rp_decref(result);
            return NULL;
        }
    }
    return result;
}

static RpObject *set_or(RpObject *so, RpObject *other)
{
    if (!rp_anyset_check(so) || !rp_anyset_check(other)) {
        return rp_notimplemented_new();
    }
    RpObject *result = set_copy(so, NULL);
    if (result == NULL) {
        return NULL;
    }
    if (so == other) {
        return result;
    }
    if (rp_set_update_internal(SET(result), other)) {
        rp_decref(result);
        return NULL;
    }
    return result;
}

static RpObject *set_ior(RpObject *so, RpObject *other)
{
    if (!rp_anyset_check(other)) {
        return rp_notimplemented_new();
    }
    if (rp_set_update_internal(SET(so), other)) {
        return NULL;
    }
    return rp_newref(so);
}

static RpObject *set_update_meth(RpObject *so, RpObject *const *args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++) {
        if (rp_set_update_internal(SET(so), args[i])) {
            return NULL;
        }
    }
    return rp_none_new();
}

int rp_set_update(RpObject *s, RpObject *iterable)
{
    return rp_set_update_internal(SET(s), iterable);
}

static RpObject *set_intersection(RpObject *soo, RpObject *other)
{
    RpSetObject *so = SET(soo);
    RpObject *key;
    rp_hash_t hash;
    int rv;

    if (soo == other) {
        return set_copy(soo, NULL);
    }
    RpObject *result = rp_set_new_basetype(rp_type(soo), NULL);
    if (result == NULL) {
        return NULL;
    }
    if (rp_anyset_check(other)) {
        rp_ssize_t pos = 0;
        RpSetEntry *entry;
        /* iterate over the smaller set */
        if (SET(other)->used > so->used) {
            RpObject *tmp = (RpObject *)so;
            so = SET(other);
            other = tmp;
        }
        while (rp_set_next_entry(SET(other), &pos, &entry)) {
            key = entry->key;
            hash = entry->hash;
            rp_incref(key);
            rv = rp_set_contains_entry(so, key, hash);
            if (rv < 0 || (rv && rp_set_add_entry(SET(result), key, hash))) {
                rp_decref(result);
                rp_decref(key);
                return NULL;
            }
            rp_decref(key);
        }
        return result;
    }
    RpObject *it = rp_object_get_iter(other);
    if (it == NULL) {
        rp_decref(result);
        return NULL;
    }
    while ((key = rp_iter_next(it)) != NULL) {
        hash = rp_object_hash(key);
        if (hash == -1) {
            goto error;
        }
        rv = rp_set_contains_entry(so, key, hash);
        if (rv < 0) {
            goto error;
        }
        if (rv) {
            if (rp_set_add_entry(SET(result), key, hash)) {
                goto error;
            }
            if (SET(result)->used >= so->used) {
                rp_decref(key);
                break;
            }
        }
        rp_decref(key);
    }
    rp_decref(it);
    if (rp_err_occurred()) {
        rp_decref(result);
        return NULL;
    }
    return result;
error:
    rp_decref(it);
    rp_decref(result);
    rp_decref(key);
    return NULL;
}

RpObject *rp_set_intersection_internal(RpObject *so, RpObject *other)
{
    return set_intersection(so, other);
}

static RpObject *set_intersection_multi(RpObject *so, RpObject *const *args, size_t nargs)
{
    if (nargs == 0) {
        return set_copy(so, NULL);
    }
    RpObject *result = rp_newref(so);
    for (size_t i = 0; i < nargs; i++) {
        RpObject *newresult = set_intersection(result, args[i]);
        if (newresult == NULL) {
            rp_decref(result);
            return NULL;
        }
        RP_SETREF(result, newresult);
    }
    return result;
}

static RpObject *set_intersection_update(RpObject *so, RpObject *other)
{
    RpObject *tmp = set_intersection(so, other);
    if (tmp == NULL) {
        return NULL;
    }
    set_swap_bodies(SET(so), SET(tmp));
    rp_decref(tmp);
    return rp_none_new();
}

static RpObject *set_intersection_update_multi(RpObject *so, RpObject *const *args, size_t nargs)
{
    RpObject *tmp = set_intersection_multi(so, args, nargs);
    if (tmp == NULL) {
        return NULL;
    }
    set_swap_bodies(SET(so), SET(tmp));
    rp_decref(tmp);
    return rp_none_new();
}

static RpObject *set_and(RpObject *so, RpObject *other)
{
    if (!rp_anyset_check(so) || !rp_anyset_check(other)) {
        return rp_notimplemented_new();
    }
    return set_intersection(so, other);
}

static RpObject *set_iand(RpObject *so, RpObject *other)
{
    if (!rp_anyset_check(other)) {
        return rp_notimplemented_new();
    }
    RpObject *result = set_intersection_update(so, other);
    if (result == NULL) {
        return NULL;
    }
    rp_decref(result);
    return rp_newref(so);
}

static RpObject *set_isdisjoint(RpObject *soo, RpObject *other)
{
    RpSetObject *so = SET(soo);
    RpObject *key;
    int rv;
    if (soo == other) {
        return rp_bool_from_long(so->used == 0);
    }
    if (rp_anyset_check_exact(other)) {
        rp_ssize_t pos = 0;
        RpSetEntry *entry;
        if (SET(other)->used > so->used) {
            RpObject *tmp = (RpObject *)so;
            so = SET(other);
            other = tmp;
        }
        while (rp_set_next_entry(SET(other), &pos, &entry)) {
            key = rp_newref(entry->key);
            rv = rp_set_contains_entry(so, key, entry->hash);
            rp_decref(key);
            if (rv < 0) {
                return NULL;
            }
            if (rv) {
                return rp_bool_from_long(0);
            }
        }
        return rp_bool_from_long(1);
    }
    RpObject *it = rp_object_get_iter(other);
    if (it == NULL) {
        return NULL;
    }
    while ((key = rp_iter_next(it)) != NULL) {
        rv = rp_set_contains_key(so, key);
        rp_decref(key);
        if (rv < 0) {
            rp_decref(it);
            return NULL;
        }
        if (rv) {
            rp_decref(it);
            return rp_bool_from_long(0);
        }
    }
    rp_decref(it);
    if (rp_err_occurred()) {
        return NULL;
    }
    return rp_bool_from_long(1);
}

static int set_difference_update_internal(RpSetObject *so, RpObject *other)
{
    if ((RpObject *)so == other) {
        return rp_set_clear_internal(so);
    }
    if (rp_anyset_check(other)) {
        RpSetEntry *entry;
        rp_ssize_t pos = 0;
        /* other more than 8 times bigger: use the intersection instead */
        if ((SET(other)->used >> 3) > so->used) {
            other = set_intersection((RpObject *)so, other);
            if (other == NULL) {
                return -1;
            }
        } else {
            rp_incref(other);
        }
        while (rp_set_next_entry(SET(other), &pos, &entry)) {
            RpObject *key = rp_newref(entry->key);
            if (rp_set_discard_entry(so, key, entry->hash) < 0) {
                rp_decref(other);
                rp_decref(key);
                return -1;
            }
            rp_decref(key);
        }
        rp_decref(other);
    } else {
        RpObject *key;
        RpObject *it = rp_object_get_iter(other);
        if (it == NULL) {
            return -1;
        }
        while ((key = rp_iter_next(it)) != NULL) {
            if (rp_set_discard_key(so, key) < 0) {
                rp_decref(it);
                rp_decref(key);
                return -1;
            }
            rp_decref(key);
        }
        rp_decref(it);
        if (rp_err_occurred()) {
            return -1;
        }
    }
    /* more than 1/4 dummies: rebuild */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) {
        return 0;
    }
    return rp_set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int rp_set_difference_update_internal(RpObject *so, RpObject *other)
{
    return set_difference_update_internal(SET(so), other);
}

static RpObject *set_difference_update(RpObject *so, RpObject *const *args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++) {
        if (set_difference_update_internal(SET(so), args[i])) {
            return NULL;
        }
    }
    return rp_none_new();
}

static RpObject *set_copy_and_difference(RpObject *so, RpObject *other)
{
    RpObject *result = set_copy(so, NULL);
    if (result == NULL) {
        return NULL;
    }
    if (set_difference_update_internal(SET(result), other) == 0) {
        return result;
    }
    rp_decref(result);
    return NULL;
}

static RpObject *set_difference(RpObject *soo, RpObject *other)
{
    RpSetObject *so = SET(soo);
    RpObject *key;
    rp_hash_t hash;
    RpSetEntry *entry;
    rp_ssize_t pos = 0, other_size;
    int rv;

    if (rp_anyset_check(other)) {
        other_size = SET(other)->used;
    } else if (rp_dict_check_exact(other)) {
        other_size = rp_dict_size(other);
    } else {
        return set_copy_and_difference(soo, other);
    }
    /* much bigger than other: copy, then remove other's keys */
    if ((so->used >> 2) > other_size) {
        return set_copy_and_difference(soo, other);
    }
    RpObject *result = rp_set_new_basetype(rp_type(soo), NULL);
    if (result == NULL) {
        return NULL;
    }
    int other_is_dict = rp_dict_check_exact(other);
    while (rp_set_next_entry(so, &pos, &entry)) {
        key = rp_newref(entry->key);
        hash = entry->hash;
        rv = other_is_dict ? rp_dict_contains_known_hash(other, key, hash)
                           : rp_set_contains_entry(SET(other), key, hash);
        if (rv < 0 || (!rv && rp_set_add_entry(SET(result), key, hash))) {
            rp_decref(result);
            rp_decref(key);
            return NULL;
        }
        rp_decref(key);
    }
    return result;
}

static RpObject *set_difference_multi(RpObject *so, RpObject *const *args, size_t nargs)
{
    if (nargs == 0) {
        return set_copy(so, NULL);
    }
    RpObject *result = set_difference(so, args[0]);
    if (result == NULL) {
        return NULL;
    }
    for (size_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(SET(result), args[i])) {
            rp_decref(result);
            return NULL;
        }
    }
    return result;
}

static RpObject *set_sub(RpObject *so, RpObject *other)
{
    if (!rp_anyset_check(so) || !rp_anyset_check(other)) {
        return rp_notimplemented_new();
    }
    return set_difference(so, other);
}

static RpObject *set_isub(RpObject *so, RpObject *other)
{
    if (!rp_anyset_check(other)) {
        return rp_notimplemented_new();
    }
    if (set_difference_update_internal(SET(so), other)) {
        return NULL;
    }
    return rp_newref(so);
}

static int symmetric_update_entry(RpSetObject *so, RpObject *key, rp_hash_t hash)
{
    rp_incref(key);
    int rv = rp_set_discard_entry(so, key, hash);
    if (rv < 0) {
        rp_decref(key);
        return -1;
    }
    if (rv == DISCARD_NOTFOUND && rp_set_add_entry(so, key, hash)) {
        rp_decref(key);
        return -1;
    }
    rp_decref(key);
    return 0;
}

static int set_symmetric_difference_update_internal(RpSetObject *so, RpObject *other)
{
    RpObject *key;
    rp_ssize_t pos = 0;
    rp_hash_t hash;
    RpSetEntry *entry;

    if ((RpObject *)so == other) {
        return rp_set_clear_internal(so);
    }
    if (rp_dict_check_exact(other)) {
        RpObject *value;
        while (rp_dict_next_hash(other, &pos, &key, &value, &hash)) {
            if (symmetric_update_entry(so, key, hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    RpObject *otherset;
    if (rp_anyset_check(other)) {
        otherset = rp_newref(other);
    } else {
        otherset = rp_set_new_basetype(rp_type((RpObject *)so), other);
        if (otherset == NULL) {
            return -1;
        }
    }
    while (rp_set_next_entry(SET(otherset), &pos, &entry)) {
        if (symmetric_update_entry(so, entry->key, entry->hash) < 0) {
            rp_decref(otherset);
            return -1;
        }
    }
    rp_decref(otherset);
    return 0;
}

int rp_set_symmetric_difference_update_internal(RpObject *so, RpObject *other)
{
    return set_symmetric_difference_update_internal(SET(so), other);
}

static RpObject *set_symmetric_difference_update(RpObject *so, RpObject *other)
{
    if (set_symmetric_difference_update_internal(SET(so), other) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *set_symmetric_difference(RpObject *so, RpObject *other)
{
    RpObject *otherset = rp_set_new_basetype(rp_type(so), other);
    if (otherset == NULL) {
        return NULL;
    }
    if (set_symmetric_difference_update_internal(SET(otherset), so) < 0) {
        rp_decref(otherset);
        return NULL;
    }
    return otherset;
}

static RpObject *set_xor(RpObject *so, RpObject *other)
{
    if (!rp_anyset_check(so) || !rp_anyset_check(other)) {
        return rp_notimplemented_new();
    }
    return set_symmetric_difference(so, other);
}

static RpObject *set_ixor(RpObject *so, RpObject *other)
{
    if (!rp_anyset_check(other)) {
        return rp_notimplemented_new();
    }
    if (set_symmetric_difference_update_internal(SET(so), other) < 0) {
        return NULL;
    }
    return rp_newref(so);
}

static RpObject *set_issubset(RpObject *so, RpObject *other)
{
    RpSetEntry *entry;
    rp_ssize_t pos = 0;
    if (!rp_anyset_check(other)) {
        RpObject *tmp = rp_set_new_of_type(&RpSet_Type, other);
        if (tmp == NULL) {
            return NULL;
        }
        RpObject *result = set_issubset(so, tmp);
        rp_decref(tmp);
        return result;
    }
    if (SET(so)->used > SET(other)->used) {
        return rp_bool_from_long(0);
    }
    while (rp_set_next_entry(SET(so), &pos, &entry)) {
        RpObject *key = rp_newref(entry->key);
        int rv = rp_set_contains_entry(SET(other), key, entry->hash);
        rp_decref(key);
        if (rv < 0) {
            return NULL;
        }
        if (!rv) {
            return rp_bool_from_long(0);
        }
    }
    return rp_bool_from_long(1);
}

static RpObject *set_issuperset(RpObject *so, RpObject *other)
{
    if (rp_anyset_check(other)) {
        return set_issubset(other, so);
    }
    RpObject *key, *it = rp_object_get_iter(other);
    if (it == NULL) {
        return NULL;
    }
    while ((key = rp_iter_next(it)) != NULL) {
        int rv = rp_set_contains_key(SET(so), key);
        rp_decref(key);
        if (rv < 0) {
            rp_decref(it);
            return NULL;
        }
        if (!rv) {
            rp_decref(it);
            return rp_bool_from_long(0);
        }
    }
    rp_decref(it);
    if (rp_err_occurred()) {
        return NULL;
    }
    return rp_bool_from_long(1);
}

static RpObject *set_richcompare(RpObject *v, RpObject *w, int op)
{
    if (!rp_anyset_check(w)) {
        return rp_notimplemented_new();
    }
    switch (op) {
    case RP_EQ:
        if (SET(v)->used != SET(w)->used) {
            return rp_bool_from_long(0);
        }
        if (SET(v)->hash != -1 && SET(w)->hash != -1 && SET(v)->hash != SET(w)->hash) {
            return rp_bool_from_long(0);
        }
        return set_issubset(v, w);
    case RP_NE: {
        RpObject *r1 = set_richcompare(v, w, RP_EQ);
        if (r1 == NULL) {
            return NULL;
        }
        int r2 = rp_object_is_true(r1);
        rp_decref(r1);
        if (r2 < 0) {
            return NULL;
        }
        return rp_bool_from_long(!r2);
    }
    case RP_LE:
        return set_issubset(v, w);
    case RP_GE:
        return set_issuperset(v, w);
    case RP_LT:
        if (SET(v)->used >= SET(w)->used) {
            return rp_bool_from_long(0);
        }
        return set_issubset(v, w);
    case RP_GT:
        if (SET(v)->used <= SET(w)->used) {
            return rp_bool_from_long(0);
        }
        return set_issuperset(v, w);
    }
    return rp_notimplemented_new();
}

static RpObject *set_add_meth(RpObject *so, RpObject *key)
{
    if (rp_set_add_key(SET(so), key)) {
        return NULL;
    }
    return rp_none_new();
}

int rp_set_add(RpObject *s, RpObject *key)
{
    return rp_set_add_key(SET(s), key);
}

/* `key in so`; an unhashable set key is looked up as a frozenset */
static int set_contains(RpObject *so, RpObject *key)
{
    int rv = rp_set_contains_key(SET(so), key);
    if (rv < 0) {
        if (!rp_set_check(key) || !rp_err_matches(&RpExc_TypeError)) {
            return -1;
        }
        rp_err_clear();
        RpObject *tmpkey = rp_set_new_of_type(&RpFrozenSet_Type, key);
        if (tmpkey == NULL) {
            return -1;
        }
        rv = rp_set_contains_key(SET(so), tmpkey);
        rp_decref(tmpkey);
    }
    return rv;
}

int rp_set_contains(RpObject *s, RpObject *key)
{
    return set_contains(s, key);
}

static RpObject *set_direct_contains(RpObject *so, RpObject *key)
{
    int r = set_contains(so, key);
    if (r < 0) {
        return NULL;
    }
    return rp_bool_from_long(r);
}

/* discard with the frozenset retry: 1 found, 0 not, -1 error */
static int set_discard_with_retry(RpObject *so, RpObject *key)
{
    int rv = rp_set_discard_key(SET(so), key);
    if (rv < 0) {
        if (!rp_set_check(key) || !rp_err_matches(&RpExc_TypeError)) {
            return -1;
        }
        rp_err_clear();
        RpObject *tmpkey = rp_set_new_of_type(&RpFrozenSet_Type, key);
        if (tmpkey == NULL) {
            return -1;
        }
        rv = rp_set_discard_key(SET(so), tmpkey);
        rp_decref(tmpkey);
    }
    return rv;
}

static RpObject *set_remove(RpObject *so, RpObject *key)
{
    int rv = set_discard_with_retry(so, key);
    if (rv < 0) {
        return NULL;
    }
    if (rv == DISCARD_NOTFOUND) {
        rp_set_key_error(key);
        return NULL;
    }
    return rp_none_new();
}

static RpObject *set_discard_meth(RpObject *so, RpObject *key)
{
    if (set_discard_with_retry(so, key) < 0) {
        return NULL;
    }
    return rp_none_new();
}

int rp_set_discard(RpObject *s, RpObject *key)
{
    return rp_set_discard_key(SET(s), key);
}

static RpObject *set_reduce(RpObject *so, RpObject *unused)
{
    (void)unused;
    RpObject *keys = rp_list_from_iterable(so);
    if (keys == NULL) {
        return NULL;
    }
    RpObject *args = rp_tuple_from_array_steal(&keys, 1);
    if (args == NULL) {
        return NULL;
    }
    RpObject *state = NULL;
    if (rp_object_lookup_attr(so, rp_id(__dict__), &state) < 0) {
        rp_decref(args);
        return NULL;
    }
    if (state == NULL || (rp_dict_check(state) && rp_dict_size(state) == 0)) {
        rp_xdecref(state);
        state = rp_none_new();
    }
    RpObject *items[3] = { rp_newref(rp_type(so)), args, state };
    return rp_tuple_from_array_steal(items, 3);
}

static RpObject *set_sizeof(RpObject *o, RpObject *unused)
{
    (void)unused;
    RpSetObject *so = SET(o);
    rp_ssize_t res = rp_type(o)->tp_basicsize;
    if (so->table != so->smalltable) {
        res += (so->mask + 1) * (rp_ssize_t)sizeof(RpSetEntry);
    }
    return rp_int_from_ssize_t(res);
}

static RpMethodDef set_methods[] = {
    { "__class_getitem__", RP_CFUNC(rp_generic_alias_class_getitem), RP_METH_O | RP_METH_CLASS,
      "See PEP 585" },
    { "add", RP_CFUNC(set_add_meth), RP_METH_O,
      "Add an element to a set.\n\nThis has no effect if the element is already present." },
    { "clear", RP_CFUNC(set_clear_meth), RP_METH_NOARGS, "Remove all elements from this set." },
    { "__contains__", RP_CFUNC(set_direct_contains), RP_METH_O | RP_METH_COEXIST, "x.__contains__(y) <==> y in x." },
    { "copy", RP_CFUNC(set_copy), RP_METH_NOARGS, "Return a shallow copy of a set." },
    { "discard", RP_CFUNC(set_discard_meth), RP_METH_O,
      "Remove an element from a set if it is a member.\n\n"
      "Unlike set.remove(), the discard() method does not raise\n"
      "an exception when an element is missing from the set." },
    { "difference", RP_CFUNC(set_difference_multi), RP_METH_FASTCALL,
      "Return the difference of two or more sets as a new set." },
    { "difference_update", RP_CFUNC(set_difference_update), RP_METH_FASTCALL,
      "Remove all elements of another set from this set." },
    { "intersection", RP_CFUNC(set_intersection_multi), RP_METH_FASTCALL,
      "Return the intersection of two sets as a new set." },
    { "intersection_update", RP_CFUNC(set_intersection_update_multi), RP_METH_FASTCALL,
      "Update a set with the intersection of itself and another." },
    { "isdisjoint", RP_CFUNC(set_isdisjoint), RP_METH_O,
      "Return True if two sets have a null intersection." },
    { "issubset", RP_CFUNC(set_issubset), RP_METH_O, "Report whether another set contains this set." },
    { "issuperset", RP_CFUNC(set_issuperset), RP_METH_O, "Report whether this set contains another set." },
    { "pop", RP_CFUNC(rp_set_pop_meth), RP_METH_NOARGS,
      "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty." },
    { "__reduce__", RP_CFUNC(set_reduce), RP_METH_NOARGS, "Return state information for pickling." },
    { "remove", RP_CFUNC(set_remove), RP_METH_O,
      "Remove an element from a set; it must be a member.\n\n"
      "If the element is not a member, raise a KeyError." },
    { "__sizeof__", RP_CFUNC(set_sizeof), RP_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes" },
    { "symmetric_difference", RP_CFUNC(set_symmetric_difference), RP_METH_O,
      "Return the symmetric difference of two sets as a new set." },
    { "symmetric_difference_update", RP_CFUNC(set_symmetric_difference_update), RP_METH_O,
      "Update a set with the symmetric difference of itself and another." },
    { "union", RP_CFUNC(set_union), RP_METH_FASTCALL, "Return the union of sets as a new set." },
    { "update", RP_CFUNC(set_update_meth), RP_METH_FASTCALL,
      "Update a set with the union of itself and others." },
    { NULL, NULL, 0, NULL }
};

static RpMethodDef frozenset_methods[] = {
    { "__class_getitem__", RP_CFUNC(rp_generic_alias_class_getitem), RP_METH_O | RP_METH_CLASS,
      "See PEP 585" },
    { "__contains__", RP_CFUNC(set_direct_contains), RP_METH_O | RP_METH_COEXIST, "x.__contains__(y) <==> y in x." },
    { "copy", RP_CFUNC(frozenset_copy), RP_METH_NOARGS, "Return a shallow copy of a set." },
    { "difference", RP_CFUNC(set_difference_multi), RP_METH_FASTCALL,
      "Return the difference of two or more sets as a new set." },
    { "intersection", RP_CFUNC(set_intersection_multi), RP_METH_FASTCALL,
      "Return the intersection of two sets as a new set." },
    { "isdisjoint", RP_CFUNC(set_isdisjoint), RP_METH_O,
      "Return True if two sets have a null intersection." },
    { "issubset", RP_CFUNC(set_issubset), RP_METH_O, "Report whether another set contains this set." },
    { "issuperset", RP_CFUNC(set_issuperset), RP_METH_O, "Report whether this set contains another set." },
    { "__reduce__", RP_CFUNC(set_reduce), RP_METH_NOARGS, "Return state information for pickling." },
    { "__sizeof__", RP_CFUNC(set_sizeof), RP_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes" },
    { "symmetric_difference", RP_CFUNC(set_symmetric_difference), RP_METH_O,
      "Return the symmetric difference of two sets as a new set." },
    { "union", RP_CFUNC(set_union), RP_METH_FASTCALL, "Return the union of sets as a new set." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpSet_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "set",
    .tp_basicsize = sizeof(RpSetObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = rp_set_dealloc,
    .tp_traverse = rp_set_traverse,
    .tp_clear = rp_set_tp_clear,
    .tp_repr = rp_set_repr,
    .tp_hash = rp_object_hash_not_implemented,
    .tp_richcompare = set_richcompare,
    .tp_iter = rp_set_iter,
    .tp_weaklistoffset = offsetof(RpSetObject, weakreflist),
    .tp_new = rp_set_tp_new,
    .tp_init = rp_set_tp_init,
    .tp_free = rp_object_free,
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
    .sq_length = rp_set_len_slot,
    .sq_contains = set_contains,
    .tp_methods = set_methods,
    .tp_doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
              "Build an unordered collection of unique elements.",
};

RpTypeObject RpFrozenSet_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(RpSetObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE,
    .tp_dealloc = rp_set_dealloc,
    .tp_traverse = rp_set_traverse,
    .tp_clear = rp_set_tp_clear,
    .tp_repr = rp_set_repr,
    .tp_hash = rp_frozenset_hash,
    .tp_richcompare = set_richcompare,
    .tp_iter = rp_set_iter,
    .tp_weaklistoffset = offsetof(RpSetObject, weakreflist),
    .tp_new = rp_frozenset_tp_new,
    .tp_free = rp_object_free,
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .sq_length = rp_set_len_slot,
    .sq_contains = set_contains,
    .tp_methods = frozenset_methods,
    .tp_doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
              "Build an immutable unordered collection of unique elements.",
};
