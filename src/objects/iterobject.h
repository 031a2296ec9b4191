/* iterobject.h - generic iterators and the lazy builtins.
 *
 *   iterator           iter(obj) for an object with only __getitem__:
 *                      obj[0], obj[1], ... until IndexError/StopIteration
 *   callable_iterator  iter(f, sentinel): f() until it returns sentinel
 *   zip, map, filter   the builtins (types; builtins.c exposes them)
 *
 * Models CPython 3.11's Objects/iterobject.c and the zip/map/filter parts
 * of Python/bltinmodule.c.  zip reuses its result tuple when the caller
 * dropped it (so `for a, b in zip(x, y)` allocates no tuples), as CPython.
 */
#ifndef RP_ITEROBJECT_H
#define RP_ITEROBJECT_H

#include "../core/object.h"

extern RpTypeObject RpSeqIter_Type, RpCallIter_Type;
extern RpTypeObject RpZip_Type, RpMap_Type, RpFilter_Type;

RpObject *rp_seqiter_new(RpObject *seq);
RpObject *rp_calliter_new(RpObject *callable, RpObject *sentinel);

/* The default tp_iter of iterators: returns self (NEW reference). */
RpObject *rp_self_iter(RpObject *o);

#endif
