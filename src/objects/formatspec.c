/* formatspec.c - parsing the format-spec mini-language and laying out
 * padded text and numbers (see formatspec.h).
 *
 * Follows CPython 3.11's Python/formatter_unicode.c: the same parse order,
 * the same checks and messages, and the same number layout (sign, prefix,
 * padding, digit grouping with zero padding counted in the width).
 */
#include "formatspec.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "str_internal.h"
#include "typeobject.h"
#include "unicodetype.h"

static const char *type_name_of(RpObject *obj)
{
    return obj != NULL ? rp_type_name(rp_type(obj)) : "object";
}

RpObject *rp_format_unknown_code(uint32_t type, RpObject *obj)
{
    if (type > 32 && type < 128) {
        return rp_err_format(&RpExc_ValueError,
                             "Unknown format code '%c' for object of type '%.200s'",
                             (int)type, type_name_of(obj));
    }
    return rp_err_format(&RpExc_ValueError,
                         "Unknown format code '\\x%x' for object of type '%.200s'",
                         (unsigned int)type, type_name_of(obj));
}

static int invalid_thousands_separator_type(uint32_t sep, uint32_t type)
{
    if (type > 32 && type < 128) {
        rp_err_format(&RpExc_ValueError, "Cannot specify '%c' with '%c'.", (int)sep, (int)type);
    } else {
        rp_err_format(&RpExc_ValueError, "Cannot specify '%c' with '\\x%x'.", (int)sep,
                      (unsigned int)type);
    }
    return -1;
}

static int invalid_comma_and_underscore(void)
{
    rp_err_set_string(&RpExc_ValueError, "Cannot specify both ',' and '_'.");
    return -1;
}

/* Read decimal digits (of any script, as CPython); -1 on overflow. */
static int get_integer(int kind, const void *data, rp_ssize_t *ppos, rp_ssize_t end,
                       rp_ssize_t *result)
{
    rp_ssize_t acc = 0, pos = *ppos;
    int ndigits = 0;
    for (; pos < end; pos++, ndigits++) {
        int d = rp_unicode_todecimal(rp_str_read(kind, data, pos));
        if (d < 0) {
            break;
        }
        if (acc > (RP_SSIZE_T_MAX - d) / 10) {
            rp_err_set_string(&RpExc_ValueError, "Too many decimal digits in format string");
            *ppos = pos;
            return -1;
        }
        acc = acc * 10 + d;
    }
    *ppos = pos;
    *result = acc;
    return ndigits;
}

static inline int is_alignment_token(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static inline int is_sign_element(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

int rp_formatspec_parse_range(RpObject *spec, rp_ssize_t start, rp_ssize_t end,
                              RpObject *obj, uint32_t default_type,
                              uint32_t default_align, RpFormatSpec *f)
{
    memset(f, 0, sizeof(*f));
    f->fill_char = ' ';
    f->align = default_align;
    f->width = -1;
    f->precision = -1;
    f->type = default_type;
    f->group_by = 3;
    if (spec == NULL || start >= end) {
        return 0;
    }
    int kind = rp_str_kind(spec);
    const void *data = rp_str_data(spec);
#define READ(i) rp_str_read(kind, data, (i))
    rp_ssize_t pos = start;
    if (end - pos >= 2 && is_alignment_token(READ(pos + 1))) {
        f->align = READ(pos + 1);
        f->fill_char = READ(pos);
        f->fill_given = 1;
        f->align_given = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_alignment_token(READ(pos))) {
        f->align = READ(pos);
        f->align_given = 1;
        pos++;
    }
    if (end - pos >= 1 && is_sign_element(READ(pos))) {
        f->sign = READ(pos);
        pos++;
    }
    if (end - pos >= 1 && READ(pos) == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (end - pos >= 1 && READ(pos) == '#') {
        f->alternate = 1;
        pos++;
    }
    /* 0-padding: the fill; for numbers also '=' (since 3.10 not for str) */
    if (!f->fill_given && end - pos >= 1 && READ(pos) == '0') {
        f->fill_char = '0';
        if (!f->align_given && default_align == '>') {
            f->align = '=';
        }
        pos++;
    }
    int consumed = get_integer(kind, data, &pos, end, &f->width);
    if (consumed < 0) {
        return -1;
    }
    if (consumed == 0) {
        f->width = -1;
    }
    if (end - pos > 0 && READ(pos) == ',') {
        f->thousands = ',';
        pos++;
    }
    if (end - pos > 0 && READ(pos) == '_') {
        if (f->thousands != 0) {
            return invalid_comma_and_underscore();
        }
        f->thousands = '_';
        pos++;
    }
    if (end - pos > 0 && READ(pos) == ',' && f->thousands == '_') {
        return invalid_comma_and_underscore();
    }
    if (end - pos > 0 && READ(pos) == '.') {
        pos++;
        consumed = get_integer(kind, data, &pos, end, &f->precision);
        if (consumed < 0) {
            return -1;
        }
        if (consumed == 0) {
            rp_err_set_string(&RpExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        RpObject *actual = rp_str_sub(spec, start, end);
        if (actual != NULL) {
            rp_err_format(&RpExc_ValueError,
                          "Invalid format specifier '%U' for object of type '%.200s'",
                          actual, type_name_of(obj));
            rp_decref(actual);
        }
        return -1;
    }
    if (end - pos == 1) {
        f->type = READ(pos);
        pos++;
    }
#undef READ
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->group_by = 4;
                break;
            }
            return invalid_thousands_separator_type(f->thousands, f->type);
        default:
            return invalid_thousands_separator_type(f->thousands, f->type);
        }
    }
    return 0;
}

int rp_formatspec_parse(RpObject *spec, RpObject *obj, uint32_t default_type,
                        uint32_t default_align, RpFormatSpec *out)
{
    return rp_formatspec_parse_range(spec, 0, spec ? rp_str_len(spec) : 0, obj, default_type,
                                     default_align, out);
}

rp_ssize_t rp_format_calc_padding(rp_ssize_t nchars, rp_ssize_t width, uint32_t align,
                                  rp_ssize_t *lpad, rp_ssize_t *rpad)
{
    rp_ssize_t total = (width >= 0 && width > nchars) ? width : nchars;
    if (align == '>') {
        *lpad = total - nchars;
    } else if (align == '^') {
        *lpad = (total - nchars) / 2;
    } else {
        *lpad = 0;
    }
    *rpad = total - nchars - *lpad;
    return total;
}

int rp_format_write_padded(RpStrWriter *w, const RpFormatSpec *spec, RpObject *s,
                           rp_ssize_t start, rp_ssize_t end)
{
    rp_ssize_t lpad, rpad;
    rp_format_calc_padding(end - start, spec->width, spec->align, &lpad, &rpad);
    if (rp_strwriter_write_fill(w, spec->fill_char, lpad) < 0 ||
        rp_strwriter_write_substr(w, s, start, end) < 0 ||
        rp_strwriter_write_fill(w, spec->fill_char, rpad) < 0) {
        return -1;
    }
    return 0;
}

/* ---- numbers ------------------------------------------------------------ */

/* Write the integer digits with grouping (CPython's
 * _PyUnicode_InsertThousandsGrouping with a repeating group size):
 * padded with zeros to at least min_width characters, separators
 * included.  Returns the characters written, or -1.  With w == NULL only
 * counts. */
static rp_ssize_t write_grouped(RpStrWriter *w, const char *digits, rp_ssize_t ndigits,
                                rp_ssize_t min_width, uint32_t sep, int group)
{
    /* build right to left into a temporary ASCII buffer */
    rp_ssize_t remaining = ndigits, count = 0;
    rp_ssize_t cap = ndigits + (min_width > 0 ? min_width : 0) + ndigits / (group ? group : 1) + 8;
    char local[128];
    char *buf = cap <= (rp_ssize_t)sizeof(local) ? local : rp_mem_malloc((size_t)cap);
    if (buf == NULL) {
        rp_err_nomemory();
        return -1;
    }
    char *end = buf + cap, *p = end;
    int use_sep = 0;
    if (sep == 0) {
        /* no grouping: zero pad to min_width */
        rp_ssize_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) {
            l = 1;
        }
        rp_ssize_t nzeros = l - remaining > 0 ? l - remaining : 0;
        p -= remaining;
        memcpy(p, digits, (size_t)remaining);
        p -= nzeros;
        memset(p, '0', (size_t)nzeros);
        count = remaining + nzeros;
    } else {
        for (;;) {
            rp_ssize_t l = group;
            rp_ssize_t lim = remaining > min_width ? remaining : min_width;
            if (lim < 1) {
                lim = 1;
            }
            if (l > lim) {
                l = lim;
            }
            rp_ssize_t nzeros = l - remaining > 0 ? l - remaining : 0;
            rp_ssize_t nchars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
            if (use_sep) {
                *--p = (char)sep;
                count++;
            }
            p -= nchars;
            memcpy(p, digits + remaining - nchars, (size_t)nchars);
            p -= nzeros;
            memset(p, '0', (size_t)nzeros);
            count += nzeros + nchars;
            use_sep = 1;
            remaining -= nchars;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) {
                break;
            }
            min_width -= 1;
        }
    }
    int r = 0;
    if (w != NULL) {
        r = rp_strwriter_write_ascii(w, p, end - p);
    }
    if (buf != local) {
        rp_mem_free(buf);
    }
    return r < 0 ? -1 : count;
}

static int write_number_split(RpStrWriter *w, const RpFormatSpec *spec, uint32_t sign_char,
                              const char *prefix, rp_ssize_t nprefix,
                              const char *number, rp_ssize_t nnumber, rp_ssize_t ndigits)
{
    int has_decimal = ndigits < nnumber && number[ndigits] == '.';
    const char *rest = number + ndigits + (has_decimal ? 1 : 0);
    rp_ssize_t nrest = nnumber - ndigits - (has_decimal ? 1 : 0);

    char sign = 0;
    switch (spec->sign) {
    case '+':
        sign = sign_char == '-' ? '-' : '+';
        break;
    case ' ':
        sign = sign_char == '-' ? '-' : ' ';
        break;
    default:
        if (sign_char == '-') {
            sign = '-';
        }
    }
    rp_ssize_t nsign = sign ? 1 : 0;
    rp_ssize_t n_non_digit = nsign + nprefix + (has_decimal ? 1 : 0) + nrest;
    rp_ssize_t min_width = (spec->fill_char == '0' && spec->align == '=')
                           ? spec->width - n_non_digit : 0;
    uint32_t sep = spec->thousands;
    int group = spec->group_by ? spec->group_by : 3;
    rp_ssize_t ngrouped = 0;
    if (ndigits > 0) {
        ngrouped = write_grouped(NULL, number, ndigits, min_width, sep, group);
        if (ngrouped < 0) {
            return -1;
        }
    }
    rp_ssize_t lpad = 0, spad = 0, rpad = 0;
    rp_ssize_t npad = spec->width - (n_non_digit + ngrouped);
    if (npad > 0) {
        switch (spec->align) {
        case '<': rpad = npad; break;
        case '^': lpad = npad / 2; rpad = npad - lpad; break;
        case '=': spad = npad; break;
        default: lpad = npad; break;
        }
    }
    if (rp_strwriter_write_fill(w, spec->fill_char, lpad) < 0) {
        return -1;
    }
    if (sign && rp_strwriter_write_char(w, (uint32_t)(unsigned char)sign) < 0) {
        return -1;
    }
    if (nprefix > 0 && rp_strwriter_write_ascii(w, prefix, nprefix) < 0) {
        return -1;
    }
    if (rp_strwriter_write_fill(w, spec->fill_char, spad) < 0) {
        return -1;
    }
    if (ndigits > 0 && write_grouped(w, number, ndigits, min_width, sep, group) < 0) {
        return -1;
    }
    if (has_decimal && rp_strwriter_write_char(w, '.') < 0) {
        return -1;
    }
    if (nrest > 0 && rp_strwriter_write_ascii(w, rest, nrest) < 0) {
        return -1;
    }
    return rp_strwriter_write_fill(w, spec->fill_char, rpad);
}

int rp_format_write_number(RpStrWriter *w, const RpFormatSpec *spec, uint32_t sign_char,
                           const char *prefix, rp_ssize_t nprefix,
                           const char *number, rp_ssize_t nnumber)
{
    /* split as CPython's parse_number: the decimal digits, then the rest */
    rp_ssize_t ndigits = 0;
    while (ndigits < nnumber && number[ndigits] >= '0' && number[ndigits] <= '9') {
        ndigits++;
    }
    return write_number_split(w, spec, sign_char, prefix, nprefix, number, nnumber, ndigits);
}

int rp_format_write_int(RpStrWriter *w, const RpFormatSpec *spec, uint32_t sign_char,
                        const char *prefix, rp_ssize_t nprefix,
                        const char *digits, rp_ssize_t ndigits)
{
    return write_number_split(w, spec, sign_char, prefix, nprefix, digits, ndigits, ndigits);
}

int rp_format_write_char(RpStrWriter *w, const RpFormatSpec *spec, uint32_t ch)
{
    rp_ssize_t lpad = 0, spad = 0, rpad = 0;
    rp_ssize_t npad = spec->width - 1;
    if (npad > 0) {
        switch (spec->align) {
        case '<': rpad = npad; break;
        case '^': lpad = npad / 2; rpad = npad - lpad; break;
        case '=': spad = npad; break;
        default: lpad = npad; break;
        }
    }
    if (rp_strwriter_write_fill(w, spec->fill_char, lpad + spad) < 0 ||
        rp_strwriter_write_char(w, ch) < 0 ||
        rp_strwriter_write_fill(w, spec->fill_char, rpad) < 0) {
        return -1;
    }
    return 0;
}

/* ---- str.__format__ ------------------------------------------------------- */

/* Format s by a parsed spec into w (type already checked to be 's'). */
static int format_string_internal(RpStrWriter *w, RpObject *s, const RpFormatSpec *f)
{
    if (f->sign != 0) {
        rp_err_set_string(&RpExc_ValueError, f->sign == ' '
                          ? "Space not allowed in string format specifier"
                          : "Sign not allowed in string format specifier");
        return -1;
    }
    if (f->no_neg_0) {
        rp_err_set_string(&RpExc_ValueError,
                          "Negative zero coercion (z) not allowed in string format specifier");
        return -1;
    }
    if (f->alternate) {
        rp_err_set_string(&RpExc_ValueError,
                          "Alternate form (#) not allowed in string format specifier");
        return -1;
    }
    if (f->align == '=') {
        rp_err_set_string(&RpExc_ValueError,
                          "'=' alignment not allowed in string format specifier");
        return -1;
    }
    rp_ssize_t len = rp_str_len(s);
    if ((f->width == -1 || f->width <= len) && (f->precision == -1 || f->precision >= len)) {
        return rp_strwriter_write_str(w, s);
    }
    if (f->precision >= 0 && len >= f->precision) {
        len = f->precision;
    }
    return rp_format_write_padded(w, f, s, 0, len);
}

/* Used by str.format's fast path too (strformat.c). */
int rp_format_str_into(RpStrWriter *w, RpObject *s, RpObject *spec, rp_ssize_t start,
                       rp_ssize_t end)
{
    if (start >= end) {
        if (rp_str_check_exact(s)) {
            return rp_strwriter_write_str(w, s);
        }
        /* a subclass: str(s), which may call its __str__ (CPython) */
        RpObject *t = rp_object_str(s);
        if (t == NULL) {
            return -1;
        }
        int r = rp_strwriter_write_str(w, t);
        rp_decref(t);
        return r;
    }
    RpFormatSpec f;
    if (rp_formatspec_parse_range(spec, start, end, s, 's', '<', &f) < 0) {
        return -1;
    }
    if (f.type != 's') {
        rp_format_unknown_code(f.type, s);
        return -1;
    }
    return format_string_internal(w, s, &f);
}

RpObject *rp_format_str(RpObject *s, RpObject *spec)
{
    if ((spec == NULL || rp_str_len(spec) == 0) && rp_str_check_exact(s)) {
        return rp_newref(s);
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (rp_format_str_into(&w, s, spec, 0, spec ? rp_str_len(spec) : 0) < 0) {
        rp_strwriter_discard(&w);
        return NULL;
    }
    return rp_strwriter_finish(&w);
}
