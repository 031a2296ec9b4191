/* numargs.c - argument parsing for the numbers area (see numargs.h). */
#include "numargs.h"

#include "../vm/errors.h"
#include "exceptions.h"
#include "strobject.h"
#include "tupleobject.h"

/* Follows CPython 3.11's _PyArg_UnpackKeywords, check for check. */
int rp_numargs_parse(const RpNumArgSpec *spec, RpObject *const *args, size_t nargs,
                     RpObject *kwnames, RpObject **out)
{
    int maxargs = spec->nparams;
    int minpos = spec->nrequired < spec->maxpos ? spec->nrequired : spec->maxpos;
    int minposonly = spec->nposonly < minpos ? spec->nposonly : minpos;
    rp_ssize_t nkw = kwnames != NULL ? rp_tuple_len(kwnames) : 0;
    for (int i = 0; i < spec->nparams; i++) {
        out[i] = NULL;
    }
    if ((rp_ssize_t)nargs + nkw > maxargs) {
        rp_err_format(&RpExc_TypeError, "%s() takes at most %d %sargument%s (%zd given)",
                      spec->fname, maxargs, nargs == 0 ? "keyword " : "",
                      maxargs == 1 ? "" : "s", (rp_ssize_t)nargs + nkw);
        return -1;
    }
    if (nargs > (size_t)spec->maxpos) {
        if (spec->maxpos == 0) {
            rp_err_format(&RpExc_TypeError, "%s() takes no positional arguments", spec->fname);
        } else {
            rp_err_format(&RpExc_TypeError,
                          "%s() takes %s %d positional argument%s (%zd given)", spec->fname,
                          minpos < spec->maxpos ? "at most" : "exactly",
                          spec->maxpos, spec->maxpos == 1 ? "" : "s", (rp_ssize_t)nargs);
        }
        return -1;
    }
    if ((int)nargs < minposonly) {
        rp_err_format(&RpExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                      spec->fname, minposonly < spec->maxpos ? "at least" : "exactly",
                      minposonly, minposonly == 1 ? "" : "s", (rp_ssize_t)nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    rp_ssize_t left = nkw;
    int start = (int)nargs > spec->nposonly ? (int)nargs : spec->nposonly;
    for (int i = start; i < maxargs; i++) {
        RpObject *cur = NULL;
        for (rp_ssize_t k = 0; left > 0 && k < nkw; k++) {
            if (rp_str_eq_cstr(rp_tuple_get_borrow(kwnames, k), spec->names[i])) {
                cur = args[nargs + (size_t)k];
                break;
            }
        }
        out[i] = cur;
        if (cur != NULL) {
            left--;
        } else if (i < spec->nrequired) {
            rp_err_format(&RpExc_TypeError, "%s() missing required argument '%s' (pos %d)",
                          spec->fname, spec->names[i], i + 1);
            return -1;
        }
    }
    if (left > 0) {
        for (size_t i = (size_t)spec->nposonly; i < nargs; i++) {
            for (rp_ssize_t k = 0; k < nkw; k++) {
                if (rp_str_eq_cstr(rp_tuple_get_borrow(kwnames, k), spec->names[i])) {
                    rp_err_format(&RpExc_TypeError,
                                  "argument for %s() given by name ('%s') and position (%d)",
                                  spec->fname, spec->names[i], (int)i + 1);
                    return -1;
                }
            }
        }
        for (rp_ssize_t k = 0; k < nkw; k++) {
            RpObject *name = rp_tuple_get_borrow(kwnames, k);
            int known = 0;
            for (int i = spec->nposonly; i < maxargs && !known; i++) {
                known = rp_str_eq_cstr(name, spec->names[i]);
            }
            if (!known) {
                rp_err_format(&RpExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                              name, spec->fname);
                return -1;
            }
        }
        rp_err_format(&RpExc_TypeError, "%s() got multiple values for an argument", spec->fname);
        return -1;
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
