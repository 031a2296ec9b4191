/* enumobject.h - enumerate and reversed.
 *
 * Models CPython 3.11's Objects/enumobject.c.  enumerate reuses its
 * (index, item) result tuple when the caller dropped it, and switches to
 * arbitrary-size indices past sys.maxsize.  reversed(seq) calls
 * seq.__reversed__ when the type has one, else walks seq[len-1] ... seq[0].
 */
#ifndef RP_ENUMOBJECT_H
#define RP_ENUMOBJECT_H

#include "../core/object.h"

extern RpTypeObject RpEnum_Type, RpReversed_Type;

#endif
