/* numargs.h - argument parsing for the C functions of the numbers area
 * (int/float/complex methods and the math module), with the messages of
 * CPython 3.11's Argument Clinic:
 *   "to_bytes() takes at most 2 positional arguments (3 given)"
 *   "from_bytes() missing required argument 'bytes' (pos 1)"
 *   "'x' is an invalid keyword argument for to_bytes()"
 *   "argument for to_bytes() given by name ('length') and position (1)"
 */
#ifndef RP_NUMARGS_H
#define RP_NUMARGS_H

#include <stddef.h>

#include "../core/object.h"

typedef struct RpNumArgSpec {
    const char *fname;           /* "to_bytes" */
    const char *const *names;    /* every parameter, in order */
    int nparams;
    int nposonly;                /* the first nposonly are positional-only */
    int maxpos;                  /* the first maxpos may be positional */
    int nrequired;               /* the first nrequired are required */
} RpNumArgSpec;

/* at most this many parameters */
#define RP_NUMARGS_MAX 8

/* Fill out[0..nparams) with borrowed references (NULL = not given), by
 * rp_arg_unpack (modules/modsupport.h).  Returns 0, or -1 with TypeError
 * set.  (For "f() takes no keyword arguments" and "f expected at most 1
 * argument, got 2" use argcheck.h.) */
int rp_numargs_parse(const RpNumArgSpec *spec, RpObject *const *args, size_t nargs,
                     RpObject *kwnames, RpObject **out);

#endif
