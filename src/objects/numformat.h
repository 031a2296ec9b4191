/* numformat.h - the format-spec mini-language for numbers (int, float,
 * complex), as CPython 3.11's Python/formatter_unicode.c:
 *
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * rp_numfmt_parse reads a spec (a str) with CPython's messages; the
 * render step lays out sign, prefix, padding, grouped digits, decimal
 * point and the rest exactly as CPython's calc_number_widths/fill_number.
 * (The strings area owns the general formatspec.{h,c}; this is the
 * numbers area's copy until the two are reconciled.)
 */
#ifndef RP_NUMFORMAT_H
#define RP_NUMFORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "../core/object.h"

typedef struct RpNumFormatSpec {
    uint32_t fill;         /* ' ' unless given */
    uint32_t align;        /* '<' '>' '^' '=' */
    uint32_t sign;         /* '+', '-', ' ' or 0 */
    int no_neg_0;          /* 'z' */
    int alternate;         /* '#' */
    rp_ssize_t width;      /* -1: not given */
    int thousands;         /* 0, ',' or '_' */
    int group4;            /* '_' with b/o/x/X: groups of four */
    rp_ssize_t precision;  /* -1: not given */
    uint32_t type;         /* the presentation type, or the default */
} RpNumFormatSpec;

/* Parse `spec` (a str) for an object `obj` (named in messages).  Returns 0
 * or -1 with ValueError set. */
int rp_numfmt_parse(RpObject *spec, RpObject *obj, uint32_t default_type,
                    uint32_t default_align, RpNumFormatSpec *out);

/* "Unknown format code 'x' for object of type 'float'"; returns NULL */
RpObject *rp_numfmt_unknown_type(uint32_t type, const char *tp_name);

/* Lay out a formatted number.  `num` is ASCII: [digits][.][remainder]
 * (sign already removed, given as sign_char '-' or 0); `prefix` is "0x"
 * etc. (may be empty).  n_remainder_chars counts the code points of what
 * follows the integer digits and decimal point (for 'c' the character is
 * the whole remainder, UTF-8 encoded in num).  `upper` uppercases digits
 * and prefix ('X'). Returns a new str. */
RpObject *rp_numfmt_render(const RpNumFormatSpec *spec, int sign_char, const char *prefix,
                           const char *num, size_t num_len, rp_ssize_t n_digits,
                           int has_decimal, rp_ssize_t n_remainder_chars, int upper);

/* format(float, spec) once parsed (floatformat.c); also used for ints
 * with a float presentation type */
RpObject *rp_numfmt_float(double v, const RpNumFormatSpec *spec);

/* An ASCII C string as a new str */
RpObject *rp_numfmt_ascii(const char *s, size_t n);

#endif
