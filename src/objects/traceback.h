/* traceback.h - traceback objects and the printing of exceptions.
 *
 * As an exception propagates, each frame it leaves adds a traceback
 * object in front of the exception's __traceback__ (tb_next links towards
 * the frame where it was raised).  sys.getsizeof(tb) == 56, as CPython.
 */
#ifndef RP_TRACEBACK_H
#define RP_TRACEBACK_H

#include <stdio.h>

#include "../core/object.h"
#include "../vm/frame.h"

typedef struct RpTracebackObject {
    RP_OBJECT_HEAD;
    struct RpTracebackObject *tb_next;   /* strong or NULL */
    RpObject *tb_frame;                  /* strong: a frame object */
    int tb_lasti;                        /* offset of the instruction, in code units */
    int tb_lineno;                       /* -1 until computed */
} RpTracebackObject;

extern RpTypeObject RpTraceBack_Type;

static inline int rp_traceback_check(RpObject *o) { return o->ob_type == &RpTraceBack_Type; }

/* Add an entry for frame `f` in front of the current exception's
 * traceback (CPython's PyTraceBack_Here).  -1 on MemoryError. */
int rp_traceback_here(RpIFrame *f);
int rp_traceback_lineno(RpTracebackObject *tb);

/* Print "Traceback (most recent call last):" and one entry per frame,
 * as CPython 3.11 (with the source lines and the ^^^ markers), to `out`. */
int rp_traceback_print(RpObject *tb, FILE *out);
/* The text CPython's default sys.excepthook prints for exception `exc`
 * (with its __cause__/__context__ chain when `chain`): a new str, or NULL.
 * Never leaves an exception set. */
RpObject *rp_exception_format(RpObject *exc, int chain);
/* Print the same to a C stream (for the last resort). */
void rp_exception_print(RpObject *exc, FILE *out);
/* The text of an "unraisable" exception: `head` (the "Exception ignored
 * in: ..." line, may be NULL), the traceback, "Type: message". */
RpObject *rp_exception_format_unraisable(RpObject *head, RpObject *exc);
/* The "Did you mean: 'x'?" suggestion for a NameError/AttributeError,
 * or NULL (new reference, no exception set). */
RpObject *rp_exception_suggestion(RpObject *exc);
/* Print the source line `lineno` of `filename` indented by `indent`
 * spaces; returns 0 if printed (used for tracebacks and SyntaxError). */
/* The anchors of the ~~~^^^ markers in a source segment: the character
 * offsets of a binary operator or of a subscript's brackets (CPython's
 * extract_anchors_from_line); 1 if found, 0 if not (never an error). */
int rp_traceback_anchors(RpObject *segment, rp_ssize_t *left, rp_ssize_t *right);
int rp_traceback_display_line(FILE *out, RpObject *filename, int lineno, int indent);

#endif
