/* numformat.h - format() for numbers (int, float, complex), as CPython
 * 3.11's Python/formatter_unicode.c.  The spec is parsed by formatspec.h's
 * rp_formatspec_parse (with rp_format_unknown_code for a type the number
 * does not take); rp_numfmt_render lays out sign, prefix, padding, grouped
 * digits, decimal point and the rest with formatspec's writers.
 */
#ifndef RP_NUMFORMAT_H
#define RP_NUMFORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "../core/object.h"
#include "formatspec.h"

/* Lay out a formatted number.  `num` is ASCII: [digits][.][remainder]
 * (sign already removed, given as sign_char '-' or 0); `prefix` is "0x"
 * etc. (may be empty).  n_remainder_chars counts the code points of what
 * follows the integer digits and decimal point (for 'c' the character is
 * the whole remainder, UTF-8 encoded in num).  `upper` uppercases digits
 * and prefix ('X'). Returns a new str. */
RpObject *rp_numfmt_render(const RpFormatSpec *spec, int sign_char, const char *prefix,
                           const char *num, size_t num_len, rp_ssize_t n_digits,
                           int has_decimal, rp_ssize_t n_remainder_chars, int upper);

/* format(float, spec) once parsed (floatformat.c); also used for ints
 * with a float presentation type */
RpObject *rp_numfmt_float(double v, const RpFormatSpec *spec);

/* An ASCII C string as a new str */
RpObject *rp_numfmt_ascii(const char *s, size_t n);

#endif
