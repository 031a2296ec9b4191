/* set_internal.h - the set table's operations, shared by setobject.c
 * (the table: probing, resizing, adding, discarding, iteration, creation)
 * and setops.c (the set algebra, the methods and the type objects).
 * Everything else uses setobject.h. */
#ifndef RP_SET_INTERNAL_H
#define RP_SET_INTERNAL_H

#include "setobject.h"

#define SET(o) ((RpSetObject *)(o))
#define DISCARD_NOTFOUND 0
#define DISCARD_FOUND 1

int rp_set_add_entry(RpSetObject *so, RpObject *key, rp_hash_t hash);
int rp_set_add_key(RpSetObject *so, RpObject *key);
int rp_set_contains_entry(RpSetObject *so, RpObject *key, rp_hash_t hash);
int rp_set_contains_key(RpSetObject *so, RpObject *key);
int rp_set_discard_entry(RpSetObject *so, RpObject *key, rp_hash_t hash);
int rp_set_discard_key(RpSetObject *so, RpObject *key);
int rp_set_clear_internal(RpSetObject *so);
int rp_set_next_entry(RpSetObject *so, rp_ssize_t *pos_ptr, RpSetEntry **entry_ptr);
int rp_set_update_internal(RpSetObject *so, RpObject *other);
int rp_set_table_resize(RpSetObject *so, rp_ssize_t minused);
RpObject *rp_set_new_basetype(RpTypeObject *type, RpObject *iterable);
RpObject *rp_set_new_of_type(RpTypeObject *type, RpObject *iterable);
void rp_set_key_error(RpObject *key);
rp_ssize_t rp_set_len_slot(RpObject *o);
void rp_set_dealloc(RpObject *o);
int rp_set_traverse(RpObject *o, rp_visitproc visit, void *arg);
int rp_set_tp_clear(RpObject *o);
RpObject *rp_set_repr(RpObject *o);
rp_hash_t rp_frozenset_hash(RpObject *self);
RpObject *rp_set_iter(RpObject *o);
RpObject *rp_set_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs, RpObject *kwnames);
int rp_set_tp_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames);
RpObject *rp_frozenset_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs, RpObject *kwnames);
RpObject *rp_set_pop_meth(RpObject *o, RpObject *unused);
RpObject *rp_frozenset_new_of_type(RpTypeObject *type, RpObject *iterable);

#endif
