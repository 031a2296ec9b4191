/* iterobject.h - the generic iterators: iter(obj) for objects with only
 * __getitem__ (type "iterator"), and iter(callable, sentinel). */
#ifndef RP_ITEROBJECT_H
#define RP_ITEROBJECT_H

#include "../core/object.h"

extern RpTypeObject RpSeqIter_Type, RpCallIter_Type;

RpObject *rp_seqiter_new(RpObject *seq);
RpObject *rp_calliter_new(RpObject *callable, RpObject *sentinel);

#endif
