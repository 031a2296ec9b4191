/* formatspec.h - the format-spec mini-language, shared by every __format__.
 *
 * format(value, spec), f"{value:spec}" and "{:spec}".format(value) hand
 * `spec` to type(value).__format__.  str, int, float (and complex) all
 * read it with the same grammar (CPython 3.11's
 * Python/formatter_unicode.c):
 *
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 *   fill       any character, only when followed by an align character
 *   align      '<' left, '>' right, '^' centre, '=' pad after the sign
 *   sign       '+' always, '-' negatives only (default), ' ' space or '-'
 *   z          negative zero becomes positive (floats; 3.11)
 *   #          alternate form ("0x" prefixes, always a decimal point)
 *   0          zero padding: fill '0'; for numbers (default_align '>')
 *              also align '='.  For str (default '<') only the fill.
 *   grouping   ',' or '_' (every 3 digits; '_' every 4 for b/o/x/X)
 *
 * How a type uses it (int.__format__ as the example):
 *
 *     RpFormatSpec f;
 *     if (rp_formatspec_parse(spec, self, 'd', '>', &f) < 0) return NULL;
 *     switch (f.type) { case 'd': ... case 'x': ...
 *     default: return rp_format_unknown_code(f.type, self); }
 *     ... check what the type forbids (precision for ints: ValueError
 *         "Precision not allowed in integer format specifier") ...
 *     RpStrWriter w; rp_strwriter_init(&w);
 *     if (rp_format_write_int(&w, &f, negative ? '-' : 0, "0x", f.alternate ? 2 : 0,
 *                             digits, ndigits) < 0) { rp_strwriter_discard(&w); return NULL; }
 *     return rp_strwriter_finish(&w);
 *
 * The parser performs the checks that do not depend on the type (bad
 * grouping/type pairs, missing precision, too many digits, trailing junk),
 * with CPython's exact messages.  Everything returns -1/NULL with
 * ValueError set on error.
 */
#ifndef RP_FORMATSPEC_H
#define RP_FORMATSPEC_H

#include <stdint.h>

#include "../core/object.h"
#include "strobject.h"

typedef struct RpFormatSpec {
    uint32_t fill_char;     /* ' ' unless given ('0' with the 0 flag) */
    uint32_t align;         /* '<' '>' '^' '=' (default_align if not given) */
    int align_given;        /* an align character appeared in the spec */
    int fill_given;         /* a fill character appeared in the spec */
    uint32_t sign;          /* '+', '-', ' ', or 0 when not given */
    int no_neg_0;           /* 'z' */
    int alternate;          /* '#' */
    rp_ssize_t width;       /* -1 when not given */
    uint32_t thousands;     /* 0, ',' or '_' */
    int group_by;           /* digits per group when thousands != 0: 3, or
                               4 for '_' with b/o/x/X */
    rp_ssize_t precision;   /* -1 when not given */
    uint32_t type;          /* presentation type (default_type if absent,
                               which may be 0) */
} RpFormatSpec;

/* Parse `spec` (a str; NULL or '' give the defaults) for formatting `obj`
 * (used only for its type name in messages).  0 on success, -1 with
 * ValueError set:
 *   "Invalid format specifier '<spec>' for object of type '<type>'"
 *   "Too many decimal digits in format string"
 *   "Format specifier missing precision"
 *   "Cannot specify both ',' and '_'."
 *   "Cannot specify ',' with 's'."   (grouping with a type that has none) */
int rp_formatspec_parse(RpObject *spec, RpObject *obj, uint32_t default_type,
                        uint32_t default_align, RpFormatSpec *out);
/* The same on a substring spec[start:end]. */
int rp_formatspec_parse_range(RpObject *spec, rp_ssize_t start, rp_ssize_t end,
                              RpObject *obj, uint32_t default_type,
                              uint32_t default_align, RpFormatSpec *out);

/* ValueError "Unknown format code 'x' for object of type 'T'" (or
 * '\x..' for a code outside 33..127).  Returns NULL. */
RpObject *rp_format_unknown_code(uint32_t type, RpObject *obj);

/* Padding arithmetic: for `nchars` of content in a field of `width` (-1:
 * none) aligned by `align` ('<', '>', '^'; '=' acts as '<'), the fill
 * characters on each side.  Returns the total width. */
rp_ssize_t rp_format_calc_padding(rp_ssize_t nchars, rp_ssize_t width, uint32_t align,
                                  rp_ssize_t *lpad, rp_ssize_t *rpad);

/* Write s[start:end] padded as the spec says (fill, width, align; the
 * precision is NOT applied here).  The str formatter is this plus the
 * precision cut. */
int rp_format_write_padded(RpStrWriter *w, const RpFormatSpec *spec, RpObject *s,
                           rp_ssize_t start, rp_ssize_t end);

/* Write a number laid out as CPython's calc_number_widths/fill_number:
 *
 *   <lpad><sign><prefix><spad><grouped digits><decimal point><rest><rpad>
 *
 *   sign_char   '-' for a negative number, otherwise 0; spec->sign decides
 *               what is written ('+' and ' ' options)
 *   prefix      ASCII ("0x", "0X", "0b", "0o") written after the sign,
 *               nprefix characters (0 for none)
 *   number      ASCII text of the magnitude: leading digits (the integer
 *               part, grouped with spec->thousands every spec->group_by),
 *               then optionally '.', then the rest copied as is (fraction,
 *               exponent, '%', or "inf"/"nan" which have no digits)
 * Zero padding ('0' fill with '=' alignment) pads the digits with zeros,
 * separators included ("000,001,234"), exactly as CPython. */
int rp_format_write_number(RpStrWriter *w, const RpFormatSpec *spec, uint32_t sign_char,
                           const char *prefix, rp_ssize_t nprefix,
                           const char *number, rp_ssize_t nnumber);

/* The same for an integer whose text is ALL digits in any base
 * ("12d687" for hex: letters are digits here, while
 * rp_format_write_number would stop at the first non-decimal character).
 * Groups of spec->group_by (4 for '_' with b/o/x/X). */
int rp_format_write_int(RpStrWriter *w, const RpFormatSpec *spec, uint32_t sign_char,
                        const char *prefix, rp_ssize_t nprefix,
                        const char *digits, rp_ssize_t ndigits);

/* The 'c' presentation of int: one code point laid out as a number with
 * no digits (so '=' puts the padding before it). */
int rp_format_write_char(RpStrWriter *w, const RpFormatSpec *spec, uint32_t ch);

/* format(str, spec): the whole of str.__format__ (spec NULL or '' returns
 * s itself when it is an exact str).  Also in strobject.h as
 * rp_str_format_spec. */
RpObject *rp_format_str(RpObject *s, RpObject *spec);

#endif
