/* typeinternal.h - what typeobject.c, typeslots.c, typeattr.c and
 * descrobject.c share; not for use outside src/objects/ type code. */
#ifndef RP_TYPEINTERNAL_H
#define RP_TYPEINTERNAL_H

#include "../core/object.h"
#include "typeobject.h"

/* ---- typeslots.c: the table linking dunder names and C slots ---------- */

/* A wrapper calls the C slot `wrapped` for a Python-level call of the
 * slot wrapper (int.__add__(1, 2) -> wrap_binaryfunc_l(1, [2], 1, nb_add)). */
typedef RpObject *(*rp_wrapperfunc)(RpObject *self, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames, void *wrapped);

enum {
    RP_SLOT_KEYWORDS = 1,      /* the wrapper accepts keyword arguments */
};

typedef struct RpSlotDef {
    const char *name;          /* "__add__" */
    int name_id;               /* index in rp_ids (RP_ID___add__) */
    int offset;                /* offsetof(RpTypeObject, nb_add) */
    void *function;            /* the slot_* function heap types get */
    rp_wrapperfunc wrapper;    /* wrap_* for the slot wrapper */
    const char *doc;
    int flags;
} RpSlotDef;

extern const RpSlotDef rp_slotdefs[];
extern const int rp_nslotdefs;

/* Add a slot wrapper to tp_dict for each slot a static type defines. */
int rp_type_add_operators(RpTypeObject *type);
/* After a class is made: set every slot from the dunders found on its
 * MRO (CPython's fixup_slot_dispatchers). */
void rp_type_fixup_slots(RpTypeObject *type);
/* `type.name = ...` or `del type.name` happened: update the slots that
 * name maps to in the type and its subclasses. */
int rp_type_update_slot(RpTypeObject *type, RpObject *name);
/* Is this name a slot dunder? (quick test before update_slot) */
int rp_is_slot_name(RpObject *name);

/* slot functions some other code compares against */
RpObject *rp_slot_tp_getattr_hook(RpObject *self, RpObject *name);
RpObject *rp_slot_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                         RpObject *kwnames);
int rp_slot_tp_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames);

/* ---- typeobject.c ------------------------------------------------------ */

RpObject *rp_object_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                        RpObject *kwnames);
int rp_object_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames);
RpObject *rp_type_call(RpObject *type, RpObject *const *args, size_t nargs,
                       RpObject *kwnames);
/* __new__ of a type as a builtin method (CPython's tp_new_wrapper) */
RpObject *rp_tp_new_wrapper(RpObject *self, RpObject *const *args, size_t nargs,
                            RpObject *kwnames);
void rp_subtype_dealloc(RpObject *self);
/* type.__new__ as tp_new (typenew.c) */
RpObject *rp_type_new_vectorcall(RpTypeObject *metatype, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames);
/* the registered subclasses of a type (list of types, NEW) */
RpObject *rp_type_subclasses_list(RpTypeObject *type);

/* ---- unionobject.c: X | Y of classes (types.UnionType) ------------------ */
RpObject *rp_union_or(RpObject *a, RpObject *b);

/* ---- typeattr.c -------------------------------------------------------- */

/* generic getattr with an explicit dict (NULL: the instance's own) and
 * the option to return NULL without exception for a missing attribute */
RpObject *rp_generic_getattr_impl(RpObject *obj, RpObject *name, RpObject *dict,
                                  int suppress);
int rp_generic_setattr_impl(RpObject *obj, RpObject *name, RpObject *value,
                            RpObject *dict);
/* type.__getattribute__ / __setattr__ */
RpObject *rp_type_getattro(RpObject *type, RpObject *name);
int rp_type_setattro(RpObject *type, RpObject *name, RpObject *value);
/* Materialize the managed dict of an instance (NEW ref), NULL on error */
RpObject *rp_managed_dict_get(RpObject *obj);
/* Release an instance's values array / dict (subtype_dealloc, tp_clear) */
void rp_managed_dict_clear(RpObject *obj);
int rp_managed_dict_traverse(RpObject *obj, rp_visitproc visit, void *arg);
void rp_managed_dict_clear_values(RpObject *obj);
int rp_managed_dict_is_empty(RpObject *obj);
RpObject *rp_managed_values_get_borrow(RpObject *obj, RpObject *name);
/* Raise "'X' object has no attribute 'y'" with .name/.obj set */
void rp_raise_no_attribute(RpObject *obj, RpObject *name);
void rp_set_attribute_error_context(RpObject *obj, RpObject *name);
/* isinstance/issubclass without __instancecheck__/__subclasscheck__
 * (abstract.c), for type.__instancecheck__ and type.__subclasscheck__ */
int rp_object_real_is_instance(RpObject *inst, RpObject *cls);
int rp_object_real_is_subclass(RpObject *derived, RpObject *cls);
/* Clear the method cache (gc of types at exit) */
void rp_type_cache_clear(void);

#endif
