/* cellobject.h - cells: the boxes holding variables shared with nested
 * functions (closures).  sys.getsizeof(cell) == 40, as CPython. */
#ifndef RP_CELLOBJECT_H
#define RP_CELLOBJECT_H

#include "../core/object.h"

typedef struct RpCellObject {
    RP_OBJECT_HEAD;
    RpObject *ob_ref;             /* the value, or NULL when empty */
} RpCellObject;

extern RpTypeObject RpCell_Type;

static inline int rp_cell_check(RpObject *o) { return o->ob_type == &RpCell_Type; }
static inline RpObject *rp_cell_get_borrow(RpObject *c) { return ((RpCellObject *)c)->ob_ref; }
/* A new cell holding `value` (may be NULL; increfed). */
RpObject *rp_cell_new(RpObject *value);
/* Store `value` (may be NULL; increfed), releasing the old value; 0. */
int rp_cell_set(RpObject *c, RpObject *value);

#endif
