/* tracebackmodule.c - _traceback: what lib/traceback.py needs from C.
 *
 * CPython's traceback module finds the ~~~^^^ anchors of a source segment
 * with the ast module, which refpy does not have; the C traceback printer
 * (objects/traceback.c) already parses the segment, so the Python module
 * asks it: _traceback.anchors(segment) -> (left_end, right_start) or None.
 */
#include "config.h"

#include "../core/refcount.h"
#include "../objects/dictobject.h"
#include "../objects/intobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/traceback.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/errors.h"
#include "modsupport.h"

static RpObject *tb_anchors(RpObject *self, RpObject *segment)
{
    if (!rp_str_check(segment)) {
        return rp_err_format(&RpExc_TypeError, "anchors() argument must be str, not %s",
                             RP_TYPE(segment)->tp_name);
    }
    rp_ssize_t left = -1, right = -1;
    if (!rp_traceback_anchors(segment, &left, &right)) {
        return rp_none_new();
    }
    RpObject *l = rp_int_from_ssize_t(left);
    RpObject *r = l != NULL ? rp_int_from_ssize_t(right) : NULL;
    RpObject *t = r != NULL ? rp_tuple_pack(2, l, r) : NULL;
    rp_xdecref(l);
    rp_xdecref(r);
    return t;
}

static RpMethodDef traceback_methods[] = {
    { "anchors", RP_CFUNC(tb_anchors), RP_METH_O,
      "anchors(segment) -> (left_end, right_start) of a binary operator or a\n"
      "subscript in the source segment, or None." },
    { NULL, NULL, 0, NULL }
};

RpObject *rp_traceback_module_init(void)
{
    RpObject *m = rp_module_new("_traceback");
    if (m == NULL) {
        return NULL;
    }
    if (rp_module_add_functions(m, traceback_methods) < 0) {
        rp_decref(m);
        return NULL;
    }
    return m;
}
