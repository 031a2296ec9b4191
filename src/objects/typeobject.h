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
 *
 * Instance attributes of heap types (RP_TPFLAGS_MANAGED_DICT, object.h)
 * are kept CPython 3.11's way, without a dict object: the type owns the
 * shared keys of the names its instances use, and each instance an array
 * of values indexed by them (dictobject.h's managed dict API).  A dict is
 * made only when __dict__ is asked for.  So `a.x = b; b.x = a` makes no
 * dict objects and gc.collect() of the cycle reports 2, as CPython 3.11.
 */
#ifndef RP_TYPEOBJECT_H
#define RP_TYPEOBJECT_H

#include <stdint.h>

#include "../core/object.h"

/* ---- types -------------------------------------------------------------- */

int rp_type_ready(RpTypeObject *type);
/* Ready every type of static_types.def, in order (static_types.c). */
int rp_types_init(void);
/* At exit, after the last collection: release the static types' dicts,
 * MROs and bases and the method cache (static_types.c). */
void rp_types_fini(void);
/* Look `name` (a str) up along type's MRO; borrowed, NULL if absent (no
 * exception).  Cached by (tp_version_tag, name). */
RpObject *rp_type_lookup_borrow(RpTypeObject *type, RpObject *name);
int rp_type_is_subtype(RpTypeObject *a, RpTypeObject *b);
static inline int rp_type_check(RpObject *o)
{
    return (o->ob_type->tp_flags & RP_TPFLAGS_TYPE_SUBCLASS) != 0;
}
static inline int rp_type_check_exact(RpObject *o) { return o->ob_type == &RpType_Type; }
/* isinstance(o, t) by type only (no __instancecheck__): the C fast path */
static inline int rp_object_type_check(RpObject *o, RpTypeObject *t)
{
    return o->ob_type == t || rp_type_is_subtype(o->ob_type, t);
}
/* type.__name__ (the part after the last dot for static types) as a C
 * string; valid while the type lives. */
const char *rp_type_name(RpTypeObject *type);
/* type.__qualname__ and "module.qualname" as new str objects */
RpObject *rp_type_qualname(RpTypeObject *type);
RpObject *rp_type_fullname(RpTypeObject *type);
/* type.__module__ as a new str ("builtins" for static types without a dot
 * in tp_name) */
RpObject *rp_type_module(RpTypeObject *type);

/* Allocation of instances: tp_basicsize (+ items), zeroed, GC head (and
 * managed dict words) when the type has them, NOT tracked (track it when
 * initialised).  For variable-size types the size is rounded up to a
 * pointer so a __dict__ pointer at the end (subclasses of int, tuple,
 * bytes) fits, as CPython's _PyObject_VAR_SIZE.  This is the tp_alloc of
 * every type: a built-in's tp_new for a subclass must call it. */
RpObject *rp_type_generic_alloc(RpTypeObject *type, rp_ssize_t nitems);
/* object.__new__ for types that need nothing more */
RpObject *rp_type_generic_new(RpTypeObject *type, RpObject *const *args,
                              size_t nargs, RpObject *kwnames);
/* type(name, bases, dict, **kwds): kwds is NULL or a dict of the class
 * keywords (passed on to __init_subclass__). */
RpObject *rp_type_new_class(RpTypeObject *metatype, RpObject *name,
                            RpObject *bases, RpObject *ns, RpObject *kwnames_dict);
/* The metaclass of a class statement: the most derived of `meta` and the
 * types of every base (a tuple); TypeError "metaclass conflict: ..." when
 * there is none.  Borrowed result. */
RpTypeObject *rp_type_calculate_metaclass(RpTypeObject *meta, RpObject *bases);
/* Invalidate method caches after a type's dict changed (the type and all
 * its subclasses). */
void rp_type_modified(RpTypeObject *type);
/* Call type(obj) special method `name` looked up on the type, skipping the
 * instance dict (as CPython's lookup_maybe_method): *found = 0 when the
 * type has no such attribute (result NULL, no exception). */
RpObject *rp_call_special(RpObject *obj, RpObject *name, RpObject *const *args,
                          size_t nargs, int *found);
/* Look up special method `name` on type(obj) and bind it (NEW reference),
 * or NULL without exception when absent (CPython's _PyObject_LookupSpecial) */
RpObject *rp_object_lookup_special(RpObject *obj, RpObject *name);

/* sys.getsizeof(o) adds this to o.__sizeof__(): the GC head (16) and the
 * managed dict pre-header (16) of its type, as CPython 3.11's
 * _PyType_PreHeaderSize (by type flag: sys.getsizeof(int) counts 16). */
static inline rp_ssize_t rp_object_preheader_size(const RpObject *o)
{
    return (rp_type_is_gc(o->ob_type) ? 16 : 0) +
           ((o->ob_type->tp_flags & RP_TPFLAGS_MANAGED_DICT) ? 16 : 0);
}

/* After a failed attribute lookup: give the pending AttributeError its
 * .name and .obj when not set (for "Did you mean" suggestions), as
 * CPython's set_attribute_error_context; the VM's attribute caches call it
 * (typeattr.c). */
void rp_set_attribute_error_context(RpObject *obj, RpObject *name);

/* Slot functions the VM's fast paths compare against (typeinternal.h):
 * object.__new__, and tp_init calling a Python-level __init__. */
RpObject *rp_object_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                        RpObject *kwnames);
int rp_slot_tp_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames);

/* object's default tp_repr: "<__main__.Cup object at 0x7f...>" */
RpObject *rp_object_default_repr(RpObject *o);
/* object.__reduce_ex__(protocol) (copy and pickle use it) */
RpObject *rp_object_reduce_ex(RpObject *o, int protocol);

/* __dict__ get/set for RpGetSetDef tables of types with tp_dictoffset
 * (functions, modules): as CPython's PyObject_GenericGetDict/SetDict. */
RpObject *rp_object_generic_get_dict(RpObject *o, void *closure);
int rp_object_generic_set_dict(RpObject *o, RpObject *value, void *closure);

/* The C functions behind the slots of object and type, for types that
 * want them explicitly in their static definitions. */
void rp_object_generic_dealloc(RpObject *o);   /* untrack (GC) + tp_free */
rp_hash_t rp_object_generic_hash(RpObject *o); /* object.__hash__: id based */
RpObject *rp_object_generic_richcompare(RpObject *a, RpObject *b, int op);
RpObject *rp_object_generic_str(RpObject *o);  /* object.__str__: repr */

/* ---- instance attributes without a dict (RP_TPFLAGS_MANAGED_DICT) ------- */

/* The two words before the GC head (object.h): the values array
 * (RpDictValues, indexed by the type's shared keys `ht_cached_keys`, an
 * RpDictKeys) and the dict; at most one of them is non-NULL.  The managed
 * dict API itself is dictobject.h's.  For an attribute cache the VM can
 * use: keys = type->ht_cached_keys; ix = rp_dictkeys_lookup_str(keys, name)
 * valid while rp_dictkeys_get_version(keys) is unchanged (and the type's
 * tp_version_tag, for what the class defines); then, if the instance's
 * values pointer is not NULL, rp_dictvalues_get_at_borrow(values, ix). */
struct RpDictValues;
static inline RpObject **rp_managed_dict_ptr(RpObject *o) { return ((RpObject **)o) - 3; }
static inline struct RpDictValues **rp_managed_values_ptr(RpObject *o)
{
    return (struct RpDictValues **)(((RpObject **)o) - 4);
}

#endif
