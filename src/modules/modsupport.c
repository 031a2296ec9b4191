/* modsupport.c - argument checking for C functions (see modsupport.h).
 * The messages are those of CPython 3.11's Python/getargs.c. */
#include "modsupport.h"

#include <limits.h>
#include <string.h>

#include "../core/refcount.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"

/* the value of keyword `key` among the call's keyword arguments, or NULL */
static RpObject *find_keyword(RpObject *kwnames, RpObject *const *kwstack, const char *key)
{
    rp_ssize_t n = rp_tuple_len(kwnames);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *k = rp_tuple_get_borrow(kwnames, i);
        if (rp_str_check(k) && rp_str_eq_cstr(k, key)) {
            return kwstack[i];
        }
    }
    return NULL;
}

static void unexpected_keyword(const RpArgParser *p, RpObject *kwnames, int posonly)
{
    rp_ssize_t n = rp_tuple_len(kwnames);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *k = rp_tuple_get_borrow(kwnames, i);
        if (!rp_str_check(k)) {
            rp_err_set_string(&RpExc_TypeError, "keywords must be strings");
            return;
        }
        int known = 0;
        for (int j = posonly; p->keywords[j] != NULL; j++) {
            if (rp_str_eq_cstr(k, p->keywords[j])) {
                known = 1;
                break;
            }
        }
        if (!known) {
            rp_err_format(&RpExc_TypeError, "'%S' is an invalid keyword argument for %s()",
                          k, p->fname);
            return;
        }
    }
    rp_err_format(&RpExc_TypeError, "invalid keyword argument for %s()", p->fname);
}

int rp_arg_unpack(const RpArgParser *p, RpObject *const *args, size_t nargs,
                  RpObject *kwnames, int minpos, int maxpos, int minkw,
                  RpObject **out)
{
    int posonly = 0, maxargs = 0;
    while (p->keywords[maxargs] != NULL) {
        if (p->keywords[maxargs][0] == '\0') {
            posonly = maxargs + 1;
        }
        maxargs++;
    }
    rp_ssize_t nkwargs = (rp_ssize_t)rp_arg_nkw(kwnames);
    RpObject *const *kwstack = args + nargs;
    int reqlimit = minkw ? maxpos + minkw : minpos;
    int minposonly = minpos < posonly ? minpos : posonly;

    if (nkwargs == 0 && (size_t)minpos <= nargs && nargs <= (size_t)maxpos && minkw == 0) {
        /* the common case: positional arguments only */
        size_t i = 0;
        for (; i < nargs; i++) {
            out[i] = args[i];
        }
        for (; i < (size_t)maxargs; i++) {
            out[i] = NULL;
        }
        return 0;
    }
    if ((rp_ssize_t)nargs + nkwargs > maxargs) {
        rp_err_format(&RpExc_TypeError, "%s() takes at most %d %sargument%s (%zd given)",
                      p->fname, maxargs, nargs == 0 ? "keyword " : "",
                      maxargs == 1 ? "" : "s", (rp_ssize_t)nargs + nkwargs);
        return -1;
    }
    if (nargs > (size_t)maxpos) {
        if (maxpos == 0) {
            rp_err_format(&RpExc_TypeError, "%s() takes no positional arguments", p->fname);
        } else {
            rp_err_format(&RpExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                          p->fname, minpos < maxpos ? "at most" : "exactly", maxpos,
                          maxpos == 1 ? "" : "s", (rp_ssize_t)nargs);
        }
        return -1;
    }
    if (nargs < (size_t)minposonly) {
        rp_err_format(&RpExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                      p->fname, minposonly < maxpos ? "at least" : "exactly", minposonly,
                      minposonly == 1 ? "" : "s", (rp_ssize_t)nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    int start = (int)nargs > posonly ? (int)nargs : posonly;
    for (int i = (int)nargs; i < start; i++) {
        out[i] = NULL;
    }
    int i = start;
    for (; i < maxargs; i++) {
        RpObject *cur = NULL;
        if (nkwargs) {
            cur = find_keyword(kwnames, kwstack, p->keywords[i]);
        } else if (i >= reqlimit) {
            break;
        }
        out[i] = cur;
        if (cur != NULL) {
            nkwargs--;
        } else if (i < minpos || (maxpos <= i && i < reqlimit)) {
            rp_err_format(&RpExc_TypeError, "%s() missing required argument '%s' (pos %d)",
                          p->fname, p->keywords[i], i + 1);
            return -1;
        }
    }
    for (; i < maxargs; i++) {
        out[i] = NULL;
    }
    if (nkwargs > 0) {
        /* given by name and by position? */
        for (int j = posonly; j < (int)nargs; j++) {
            if (find_keyword(kwnames, kwstack, p->keywords[j]) != NULL) {
                rp_err_format(&RpExc_TypeError,
                              "argument for %s() given by name ('%s') and position (%d)",
                              p->fname, p->keywords[j], j + 1);
                return -1;
            }
        }
        unexpected_keyword(p, kwnames, posonly);
        return -1;
    }
    return 0;
}

int rp_arg_as_int(RpObject *o)
{
    RpObject *idx = rp_number_index(o);
    if (idx == NULL) {
        return -1;
    }
    int overflow = 0;
    long v = rp_int_as_long_and_overflow(idx, &overflow);
    rp_decref(idx);
    if (overflow || v > INT_MAX || v < INT_MIN) {
        rp_err_set_string(&RpExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return (int)v;
}

int rp_arg_as_bool(RpObject *o, int dflt)
{
    return o == NULL ? dflt : rp_object_is_true(o);
}
