/* genericaliasobject.h - types.GenericAlias: list[int], dict[str, int].
 *
 * Models CPython 3.11's Objects/genericaliasobject.c.  Subscripting a
 * built-in container class (its __class_getitem__) makes an alias that
 * remembers the class (__origin__) and the arguments (__args__); calling
 * it makes an instance of the class, attribute access goes to the class,
 * `class A(list[int])` derives from list (__mro_entries__), and
 * isinstance() refuses it, as in CPython.
 */
#ifndef RP_GENERICALIASOBJECT_H
#define RP_GENERICALIASOBJECT_H

#include "../core/object.h"

extern RpTypeObject RpGenericAlias_Type;

static inline int rp_generic_alias_check(RpObject *o) { return o->ob_type == &RpGenericAlias_Type; }
/* origin[args]; args a tuple (the arguments) or one argument */
RpObject *rp_generic_alias_new(RpObject *origin, RpObject *args);
/* The __class_getitem__ classmethod of list, dict, tuple, set, ...
 * (RP_METH_O | RP_METH_CLASS): cls[args]. */
RpObject *rp_generic_alias_class_getitem(RpObject *cls, RpObject *args);

#endif
