/* typeobject.h - type and object: classes, the MRO, attribute lookup on
 * types, and the bridge between Python-level dunder methods and C slots.
 *
 * Static (built-in) types are RpTypeObject structs filled in C and made
 * usable by rp_type_ready(), which fills tp_dict from tp_methods /
 * tp_members / tp_getset, adds slot wrappers ("__add__" for nb_add ...),
 * inherits slots from tp_base, and computes tp_mro.
 *
 * Heap types (class statements) are created by type(name, bases, ns); for
 * each dunder the class defines, the matching slot is set to a function
 * that calls it (slot_tp_repr calls __repr__ ...), and assigning a dunder
 * to a class later updates the slot, as in CPython's update_slot().
 */
#ifndef RP_TYPEOBJECT_H
#define RP_TYPEOBJECT_H

#include "../core/object.h"

int rp_type_ready(RpTypeObject *type);
/* Look `name` (a str) up along type's MRO; borrowed, NULL if absent (no
 * exception).  Cached by (tp_version_tag, name). */
RpObject *rp_type_lookup_borrow(RpTypeObject *type, RpObject *name);
int rp_type_is_subtype(RpTypeObject *a, RpTypeObject *b);
static inline int rp_type_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_TYPE_SUBCLASS) != 0;
}
/* type.__name__ (the part after the last dot for static types) as a C
 * string; valid while the type lives. */
const char *rp_type_name(RpTypeObject *type);
/* type.__qualname__ and "module.qualname" as new str objects */
RpObject *rp_type_qualname(RpTypeObject *type);
RpObject *rp_type_fullname(RpTypeObject *type);

/* Allocation of instances: tp_basicsize (+ items), zeroed, GC head when
 * the type has one, NOT tracked (track it when initialised). */
RpObject *rp_type_generic_alloc(RpTypeObject *type, rp_ssize_t nitems);
/* object.__new__ for types that need nothing more */
RpObject *rp_type_generic_new(RpTypeObject *type, RpObject *const *args,
                              size_t nargs, RpObject *kwnames);
/* type(name, bases, dict) */
RpObject *rp_type_new_class(RpTypeObject *metatype, RpObject *name,
                            RpObject *bases, RpObject *ns, RpObject *kwnames_dict);
/* Invalidate method caches after a type's dict changed. */
void rp_type_modified(RpTypeObject *type);
/* Call type(obj) special method `name` looked up on the type, skipping the
 * instance dict (as CPython's lookup_maybe_method): *found = 0 when the
 * type has no such attribute (result NULL, no exception). */
RpObject *rp_call_special(RpObject *obj, RpObject *name, RpObject *const *args,
                          size_t nargs, int *found);

/* object's default tp_repr: "<__main__.Cup object at 0x7f...>" */
RpObject *rp_object_default_repr(RpObject *o);

#endif
