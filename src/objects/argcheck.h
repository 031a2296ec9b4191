/* argcheck.h - argument checks of built-in methods, with CPython 3.11's
 * messages (Argument Clinic's _PyArg_CheckPositional, _PyArg_NoKwnames,
 * the ssize_t converter).  Used by the container types. */
#ifndef RP_ARGCHECK_H
#define RP_ARGCHECK_H

#include "../core/object.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "intobject.h"
#include "tupleobject.h"

/* "NAME expected at most 1 argument, got 2"; 1 = fine, 0 = error set */
static inline int rp_arg_check_positional(const char *name, size_t nargs,
                                          size_t min, size_t max)
{
    if (nargs < min) {
        rp_err_format(&RpExc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : "at least ", (rp_ssize_t)min, min == 1 ? "" : "s",
                      (rp_ssize_t)nargs);
        return 0;
    }
    if (nargs > max) {
        rp_err_format(&RpExc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : "at most ", (rp_ssize_t)max, max == 1 ? "" : "s",
                      (rp_ssize_t)nargs);
        return 0;
    }
    return 1;
}

/* "NAME() takes no keyword arguments"; 1 = fine, 0 = error set */
static inline int rp_arg_no_kwnames(const char *name, RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) != 0) {
        rp_err_format(&RpExc_TypeError, "%s() takes no keyword arguments", name);
        return 0;
    }
    return 1;
}

/* Clinic's Py_ssize_t converter: operator.index(o) then to ssize_t
 * ("'str' object cannot be interpreted as an integer", OverflowError
 * "Python int too large to convert to C ssize_t"). 0 or -1. */
static inline int rp_arg_ssize(RpObject *o, rp_ssize_t *out)
{
    if (rp_int_check_exact(o)) {
        rp_ssize_t v = rp_int_as_ssize_t(o);
        if (v == -1 && rp_err_occurred()) {
            return -1;
        }
        *out = v;
        return 0;
    }
    RpObject *i = rp_number_index(o);
    if (i == NULL) {
        return -1;
    }
    rp_ssize_t v = rp_int_as_ssize_t(i);
    rp_decref(i);
    if (v == -1 && rp_err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

/* CPython's _PyEval_SliceIndexNotNone (list.index start/stop): __index__,
 * clamped to the ssize_t range; "slice indices must be integers or have
 * an __index__ method". 0 or -1. */
static inline int rp_arg_slice_index(RpObject *o, rp_ssize_t *out)
{
    if (!rp_index_check(o)) {
        rp_err_set_string(&RpExc_TypeError,
                          "slice indices must be integers or have an __index__ method");
        return -1;
    }
    rp_ssize_t v = rp_number_as_ssize_t(o, NULL);
    if (v == -1 && rp_err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

#endif
