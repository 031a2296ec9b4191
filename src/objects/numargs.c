/* numargs.c - argument parsing for the numbers area (see numargs.h). */
#include "numargs.h"

#include "../vm/errors.h"
#include "exceptions.h"
#include "strobject.h"
#include "tupleobject.h"

int rp_numargs_parse(const RpNumArgSpec *spec, RpObject *const *args, size_t nargs,
                     RpObject *kwnames, RpObject **out)
{
    for (int i = 0; i < spec->nparams; i++) {
        out[i] = NULL;
    }
    if (nargs > (size_t)spec->maxpos) {
        if (spec->maxpos == 0) {
            rp_err_format(&RpExc_TypeError, "%s() takes no positional arguments", spec->fname);
        } else {
            rp_err_format(&RpExc_TypeError,
                          "%s() takes %s %d positional argument%s (%zd given)", spec->fname,
                          spec->nrequired < spec->maxpos ? "at most" : "exactly",
                          spec->maxpos, spec->maxpos == 1 ? "" : "s", (rp_ssize_t)nargs);
        }
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    rp_ssize_t nkw = kwnames != NULL ? rp_tuple_len(kwnames) : 0;
    for (rp_ssize_t k = 0; k < nkw; k++) {
        RpObject *name = rp_tuple_get_borrow(kwnames, k);
        int found = -1;
        for (int i = spec->nposonly; i < spec->nparams; i++) {
            if (rp_str_eq_cstr(name, spec->names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            rp_err_format(&RpExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                          name, spec->fname);
            return -1;
        }
        if (out[found] != NULL) {
            rp_err_format(&RpExc_TypeError,
                          "argument for %s() given by name ('%s') and position (%d)",
                          spec->fname, spec->names[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + (size_t)k];
    }
    for (int i = 0; i < spec->nrequired; i++) {
        if (out[i] == NULL) {
            if (i < spec->maxpos) {
                rp_err_format(&RpExc_TypeError, "%s() missing required argument '%s' (pos %d)",
                              spec->fname, spec->names[i], i + 1);
            } else {
                rp_err_format(&RpExc_TypeError,
                              "%s() missing required keyword-only argument '%s'",
                              spec->fname, spec->names[i]);
            }
            return -1;
        }
    }
    return 0;
}

int rp_numargs_no_kw(const char *fname, RpObject *kwnames)
{
    if (kwnames != NULL && rp_tuple_len(kwnames) > 0) {
        rp_err_format(&RpExc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}
