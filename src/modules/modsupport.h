/* modsupport.h - argument checking for functions written in C.
 *
 * Built-in functions receive the vectorcall convention (object.h): a C
 * array of positional arguments, their count, and a tuple naming the
 * keyword arguments that follow them.  These helpers check and unpack
 * such calls with exactly CPython 3.11's error messages (those of its
 * Argument Clinic helpers in Python/getargs.c), e.g.
 *
 *   "sorted expected 1 argument, got 2"                (argcheck.h)
 *   "input() takes no keyword arguments"               (argcheck.h)
 *   "pow() missing required argument 'exp' (pos 2)"    (rp_arg_unpack)
 *   "'x' is an invalid keyword argument for print()"
 *   "sum() takes at most 2 arguments (3 given)"
 */
#ifndef RP_MODSUPPORT_H
#define RP_MODSUPPORT_H

#include <stddef.h>

#include "../core/object.h"
#include "../objects/argcheck.h"

/* The parameters of a function, as Argument Clinic describes them.
 *   fname     name for messages ("print"); "()" is appended
 *   keywords  every parameter in order; "" for positional-only ones
 *             (which must come first); NULL-terminated */
typedef struct RpArgParser {
    const char *fname;
    const char *const *keywords;
} RpArgParser;

/* Unpack args/nargs/kwnames into out[0 .. number of parameters), each a
 * BORROWED reference or NULL when not given.
 *   minpos  required positional parameters
 *   maxpos  parameters that may be given by position
 *   minkw   required keyword-only parameters (after maxpos)
 * Returns 0, or -1 with TypeError set. */
int rp_arg_unpack(const RpArgParser *p, RpObject *const *args, size_t nargs,
                  RpObject *kwnames, int minpos, int maxpos, int minkw,
                  RpObject **out);

/* rp_arg_check_positional ("NAME expected at most 1 argument, got 2") and
 * rp_arg_no_kwnames ("NAME() takes no keyword arguments") are in
 * objects/argcheck.h. */

/* The number of keyword arguments in a call. */
static inline size_t rp_arg_nkw(RpObject *kwnames)
{
    return kwnames == NULL ? 0 : (size_t)((RpVarObject *)kwnames)->ob_size;
}

/* An int-valued argument (operator.index), as a C int: OverflowError
 * "Python int too large to convert to C int".  -1 with an exception set on
 * error (check rp_err_occurred()). */
int rp_arg_as_int(RpObject *o);

/* A bool-like argument converted as Clinic's `bool` (truth value): 0/1, -1
 * on error; `dflt` when o is NULL. */
int rp_arg_as_bool(RpObject *o, int dflt);

#endif
