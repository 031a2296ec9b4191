/* warnings.h - issuing warnings from C (CPython's PyErr_WarnEx family).
 *
 * The filtering and printing live in lib/warnings.py (the `warnings`
 * module); these functions import it on first use and call its warn() /
 * warn_explicit().  They return 0 when the warning was shown or ignored,
 * and -1 with an exception set when it was turned into an error (the
 * "error" action) or something failed. */
#ifndef RP_WARNINGS_H
#define RP_WARNINGS_H

#include "../core/object.h"

/* warnings.warn(msg, category, stacklevel): the location is the Python
 * frame `stacklevel` levels up (1 = the code calling the C function). */
int rp_warn(RpTypeObject *category, rp_ssize_t stacklevel, const char *fmt, ...);
/* warnings.warn_explicit(msg, category, filename, lineno, module, registry);
 * module and registry may be NULL (then every call is shown, as for the
 * compiler's SyntaxWarnings). */
int rp_warn_explicit(RpTypeObject *category, RpObject *message, RpObject *filename,
                     int lineno, RpObject *module, RpObject *registry);

#endif
