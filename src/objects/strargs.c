/* strargs.c - argument checking for the str and bytes methods, with the
 * messages CPython 3.11 produces (Argument Clinic's _PyArg_CheckPositional
 * and _PyArg_UnpackKeywords, and the older PyArg_ParseTuple family that
 * find/count/index/startswith still use).
 */
#include <string.h>

#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "intobject.h"
#include "noneobject.h"
#include "str_internal.h"
#include "tupleobject.h"
#include "typeobject.h"

int rp_strarg_check_positional(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        rp_err_format(&RpExc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        rp_err_format(&RpExc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int rp_strarg_check_old(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min || nargs > max) {
        size_t n = nargs < min ? min : max;
        rp_err_format(&RpExc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                      min == max ? "exactly" : nargs < min ? "at least" : "at most", n,
                      n == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int rp_strarg_unpack(const char *fname, RpObject *const *args, size_t nargs,
                     RpObject *kwnames, const char *const *kwlist, size_t posonly,
                     size_t minpos, size_t maxpos, RpObject **out)
{
    size_t nkw = 0;
    while (kwlist[nkw] != NULL) {
        nkw++;
    }
    size_t maxargs = posonly + nkw;
    size_t nkwargs = kwnames ? (size_t)rp_tuple_len(kwnames) : 0;
    size_t i;
    for (i = 0; i < maxargs; i++) {
        out[i] = NULL;
    }
    if (nargs + nkwargs > maxargs) {
        rp_err_format(&RpExc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname,
                      maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                      nargs + nkwargs);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0) {
            rp_err_format(&RpExc_TypeError, "%s() takes no positional arguments", fname);
        } else {
            rp_err_format(&RpExc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                          fname, minpos < maxpos ? "at most" : "exactly", maxpos,
                          maxpos == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    if (nargs < posonly && nargs < minpos) {
        rp_err_format(&RpExc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                      fname, minpos < maxpos ? "at least" : "exactly", minpos,
                      minpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    /* keywords */
    for (size_t k = 0; k < nkwargs; k++) {
        RpObject *key = rp_tuple_get_borrow(kwnames, (rp_ssize_t)k);
        if (!rp_str_check(key)) {
            rp_err_set_string(&RpExc_TypeError, "keywords must be strings");
            return -1;
        }
        size_t j;
        for (j = 0; j < nkw; j++) {
            if (rp_str_eq_cstr(key, kwlist[j])) {
                break;
            }
        }
        if (j == nkw) {
            rp_err_format(&RpExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                          key, fname);
            return -1;
        }
        size_t slot = posonly + j;
        if (slot < nargs) {
            rp_err_format(&RpExc_TypeError,
                          "argument for %s() given by name ('%s') and position (%zu)", fname,
                          kwlist[j], slot + 1);
            return -1;
        }
        out[slot] = args[nargs + k];
    }
    for (i = nargs; i < minpos; i++) {
        if (out[i] == NULL) {
            if (i < posonly) {
                rp_err_format(&RpExc_TypeError,
                              "%s() takes %s %zu positional argument%s (%zu given)", fname,
                              minpos < maxpos ? "at least" : "exactly", minpos,
                              minpos == 1 ? "" : "s", nargs);
            } else {
                rp_err_format(&RpExc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                              fname, kwlist[i - posonly], i + 1);
            }
            return -1;
        }
    }
    return 0;
}

int rp_strarg_slice_index(RpObject *o, rp_ssize_t *out)
{
    if (o == NULL || o == rp_None) {
        return 0;
    }
    if (!rp_index_check(o)) {
        rp_err_set_string(&RpExc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    rp_ssize_t v = rp_number_as_ssize_t(o, NULL);
    if (v == -1 && rp_err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

int rp_strarg_parse_finds(const char *name, RpObject *const *args, size_t nargs,
                          RpObject **sub, rp_ssize_t *start, rp_ssize_t *end)
{
    if (rp_strarg_check_old(name, nargs, 1, 3) < 0) {
        return -1;
    }
    *sub = args[0];
    *start = 0;
    *end = RP_SSIZE_T_MAX;
    if (nargs > 1 && rp_strarg_slice_index(args[1], start) < 0) {
        return -1;
    }
    if (nargs > 2 && rp_strarg_slice_index(args[2], end) < 0) {
        return -1;
    }
    return 0;
}

int rp_strarg_ssize(RpObject *o, rp_ssize_t *out)
{
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

const char *rp_strarg_type_name(RpObject *o)
{
    return o == rp_None ? "None" : rp_type_name(rp_type(o));
}

int rp_strarg_str(const char *fname, int argnum, RpObject *o)
{
    if (rp_str_check(o)) {
        return 0;
    }
    if (argnum > 0) {
        rp_err_format(&RpExc_TypeError, "%s() argument %d must be str, not %.50s", fname, argnum,
                      rp_strarg_type_name(o));
    } else {
        rp_err_format(&RpExc_TypeError, "%s() argument must be str, not %.50s", fname,
                      rp_strarg_type_name(o));
    }
    return -1;
}

const char *rp_strarg_cstr(const char *fname, const char *argname, RpObject *o)
{
    if (!rp_str_check(o)) {
        rp_err_format(&RpExc_TypeError, "%s() argument '%s' must be str, not %.50s", fname,
                      argname, rp_strarg_type_name(o));
        return NULL;
    }
    rp_ssize_t n;
    const char *s = rp_str_as_utf8(o, &n);
    if (s == NULL) {
        return NULL;
    }
    if ((rp_ssize_t)strlen(s) != n) {
        rp_err_set_string(&RpExc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}
