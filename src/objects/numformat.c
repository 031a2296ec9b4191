/* numformat.c - the format-spec mini-language for numbers (numformat.h). */
#include "numformat.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "longint.h"
#include "strobject.h"

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static int is_sign(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

/* digits at *pos into *out; returns how many were read, -1 on overflow */
static rp_ssize_t get_integer(RpObject *spec, rp_ssize_t *pos, rp_ssize_t end, rp_ssize_t *out)
{
    rp_ssize_t n = 0, acc = 0;
    while (*pos < end) {
        int d = rp_num_unicode_decimal(rp_str_read_char(spec, *pos));
        if (d < 0) {
            break;
        }
        if (acc > (RP_SSIZE_T_MAX - d) / 10) {
            rp_err_set_string(&RpExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        n++;
    }
    *out = acc;
    return n;
}

static void invalid_thousands(int sep, uint32_t type)
{
    if (type > 32 && type < 128) {
        rp_err_format(&RpExc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    } else {
        rp_err_format(&RpExc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep,
                      (unsigned)type);
    }
}

int rp_numfmt_parse(RpObject *spec, RpObject *obj, uint32_t default_type,
                    uint32_t default_align, RpNumFormatSpec *f)
{
    rp_ssize_t pos = 0, end = rp_str_len(spec);
    int fill_given = 0, align_given = 0;
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = 0;
    f->alternate = 0;
    f->width = -1;
    f->thousands = 0;
    f->group4 = 0;
    f->precision = -1;
    f->type = default_type;

#define AT(i) rp_str_read_char(spec, (i))
    if (end - pos >= 2 && is_align(AT(pos + 1))) {
        f->align = AT(pos + 1);
        f->fill = AT(pos);
        fill_given = align_given = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(AT(pos))) {
        f->align = AT(pos);
        align_given = 1;
        pos++;
    }
    if (end - pos >= 1 && is_sign(AT(pos))) {
        f->sign = AT(pos);
        pos++;
    }
    if (end - pos >= 1 && AT(pos) == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (end - pos >= 1 && AT(pos) == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_given && end - pos >= 1 && AT(pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') {
            f->align = '=';
        }
        pos++;
    }
    rp_ssize_t w;
    rp_ssize_t consumed = get_integer(spec, &pos, end, &w);
    if (consumed < 0) {
        return -1;
    }
    if (consumed > 0) {
        f->width = w;
    }
    if (end - pos >= 1 && AT(pos) == ',') {
        f->thousands = ',';
        pos++;
    }
    if (end - pos >= 1 && AT(pos) == '_') {
        if (f->thousands != 0) {
            rp_err_set_string(&RpExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->thousands = '_';
        pos++;
    }
    if (end - pos >= 1 && AT(pos) == ',' && f->thousands == '_') {
        rp_err_set_string(&RpExc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (end - pos >= 1 && AT(pos) == '.') {
        pos++;
        consumed = get_integer(spec, &pos, end, &f->precision);
        if (consumed < 0) {
            return -1;
        }
        if (consumed == 0) {
            rp_err_set_string(&RpExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        rp_err_format(&RpExc_ValueError, "Invalid format specifier '%U' for object of type '%.200s'",
                      spec, rp_type(obj)->tp_name);
        return -1;
    }
    if (end - pos == 1) {
        f->type = AT(pos);
    }
#undef AT
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->group4 = 1;
                break;
            }
            /* fall through */
        default:
            invalid_thousands(f->thousands, f->type);
            return -1;
        }
    }
    return 0;
}

RpObject *rp_numfmt_unknown_type(uint32_t type, const char *tp_name)
{
    if (type > 32 && type < 128) {
        return rp_err_format(&RpExc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                             (int)type, tp_name);
    }
    return rp_err_format(&RpExc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                         (unsigned)type, tp_name);
}

/* ---- output buffer (UTF-8) ---- */

typedef struct Buf {
    char *p;
    size_t len, cap;
    int failed;
} Buf;

static void buf_reserve(Buf *b, size_t extra)
{
    if (b->failed || b->len + extra <= b->cap) {
        return;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra) {
        cap *= 2;
    }
    char *q = rp_mem_realloc(b->p, cap);
    if (q == NULL) {
        b->failed = 1;
        return;
    }
    b->p = q;
    b->cap = cap;
}

static void buf_put(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (!b->failed) {
        memcpy(b->p + b->len, s, n);
        b->len += n;
    }
}

static void buf_putc_utf8(Buf *b, uint32_t c, rp_ssize_t count)
{
    char e[4];
    size_t n;
    if (c < 0x80) {
        e[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        e[0] = (char)(0xc0 | (c >> 6));
        e[1] = (char)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        e[0] = (char)(0xe0 | (c >> 12));
        e[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        e[2] = (char)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        e[0] = (char)(0xf0 | (c >> 18));
        e[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        e[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        e[3] = (char)(0x80 | (c & 0x3f));
        n = 4;
    }
    if (count <= 0) {
        return;
    }
    buf_reserve(b, n * (size_t)count);
    for (rp_ssize_t i = 0; i < count && !b->failed; i++) {
        memcpy(b->p + b->len, e, n);
        b->len += n;
    }
}

/* The digits d[0..n) grouped in groups of g (0: no grouping) separated by
 * sep, padded on the left with '0' to at least min_width characters (the
 * way CPython's _PyUnicode_InsertThousandsGrouping does).  Writes into out
 * when non-NULL (in order); returns the length. */
static rp_ssize_t group_digits(const char *d, rp_ssize_t n, int g, char sep,
                               rp_ssize_t min_width, char *out)
{
    rp_ssize_t count = 0;
    rp_ssize_t remaining = n, mw = min_width;
    /* written right to left into out[total-1 .. 0]: compute total first */
    if (out != NULL) {
        rp_ssize_t total = group_digits(d, n, g, sep, min_width, NULL);
        rp_ssize_t w = total;          /* next write position (exclusive) */
        rp_ssize_t src = n;            /* next digit to take (exclusive) */
        int use_sep = 0;
        if (g == 0) {
            rp_ssize_t l = remaining > mw ? remaining : mw;
            if (l < 1) {
                l = 1;
            }
            while (src > 0) {
                out[--w] = d[--src];
            }
            while (w > 0) {
                out[--w] = '0';
            }
            return total;
        }
        for (;;) {
            rp_ssize_t l = remaining > mw ? remaining : mw;
            if (l < 1) {
                l = 1;
            }
            if (l > g) {
                l = g;
            }
            rp_ssize_t chars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
            rp_ssize_t zeros = l - chars;
            if (use_sep) {
                out[--w] = sep;
            }
            for (rp_ssize_t i = 0; i < chars; i++) {
                out[--w] = d[--src];
            }
            for (rp_ssize_t i = 0; i < zeros; i++) {
                out[--w] = '0';
            }
            remaining -= chars;
            mw -= l;
            if (remaining <= 0 && mw <= 0) {
                break;
            }
            mw -= 1;
            use_sep = 1;
        }
        return total;
    }
    if (g == 0) {
        rp_ssize_t l = remaining > mw ? remaining : mw;
        return l < 1 ? 1 : l;
    }
    int use_sep = 0;
    for (;;) {
        rp_ssize_t l = remaining > mw ? remaining : mw;
        if (l < 1) {
            l = 1;
        }
        if (l > g) {
            l = g;
        }
        rp_ssize_t chars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
        count += (use_sep ? 1 : 0) + l;
        remaining -= chars;
        mw -= l;
        if (remaining <= 0 && mw <= 0) {
            break;
        }
        mw -= 1;
        use_sep = 1;
    }
    return count;
}

static char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }

RpObject *rp_numfmt_render(const RpNumFormatSpec *spec, int sign_char, const char *prefix,
                           const char *num, size_t num_len, rp_ssize_t n_digits,
                           int has_decimal, rp_ssize_t n_remainder_chars, int upper)
{
    char sign = 0;
    if (sign_char == '-') {
        sign = '-';
    } else if (spec->sign == '+') {
        sign = '+';
    } else if (spec->sign == ' ') {
        sign = ' ';
    }
    rp_ssize_t n_sign = sign ? 1 : 0;
    rp_ssize_t n_prefix = (rp_ssize_t)strlen(prefix);
    rp_ssize_t n_decimal = has_decimal ? 1 : 0;
    rp_ssize_t non_digit = n_sign + n_prefix + n_decimal + n_remainder_chars;
    rp_ssize_t min_width = 0;
    if (spec->fill == '0' && spec->align == '=') {
        min_width = spec->width - non_digit;
    }
    int g = spec->thousands == 0 ? 0 : (spec->group4 ? 4 : 3);
    char sep = spec->thousands == ',' ? ',' : '_';
    rp_ssize_t n_grouped = n_digits == 0 ? 0 : group_digits(num, n_digits, g, sep, min_width, NULL);
    rp_ssize_t n_padding = spec->width - (non_digit + n_grouped);
    rp_ssize_t lpad = 0, rpad = 0, spad = 0;
    if (n_padding > 0) {
        switch (spec->align) {
        case '<': rpad = n_padding; break;
        case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    Buf b = {NULL, 0, 0, 0};
    buf_putc_utf8(&b, spec->fill, lpad);
    if (sign) {
        buf_put(&b, &sign, 1);
    }
    for (rp_ssize_t i = 0; i < n_prefix; i++) {
        char c = upper ? ascii_upper(prefix[i]) : prefix[i];
        buf_put(&b, &c, 1);
    }
    buf_putc_utf8(&b, spec->fill, spad);
    if (n_digits > 0) {
        buf_reserve(&b, (size_t)n_grouped);
        if (!b.failed) {
            group_digits(num, n_digits, g, sep, min_width, b.p + b.len);
            if (upper) {
                for (rp_ssize_t i = 0; i < n_grouped; i++) {
                    b.p[b.len + (size_t)i] = ascii_upper(b.p[b.len + (size_t)i]);
                }
            }
            b.len += (size_t)n_grouped;
        }
    }
    size_t rest = (size_t)n_digits;
    if (has_decimal) {
        buf_put(&b, ".", 1);
        rest++;
    }
    if (rest < num_len) {
        buf_put(&b, num + rest, num_len - rest);
    }
    buf_putc_utf8(&b, spec->fill, rpad);
    if (b.failed) {
        rp_mem_free(b.p);
        return rp_err_nomemory();
    }
    /* surrogatepass: a fill character or %c may be a lone surrogate */
    RpObject *r = rp_str_from_utf8_surrogatepass(b.p != NULL ? b.p : "", (rp_ssize_t)b.len);
    rp_mem_free(b.p);
    return r;
}

RpObject *rp_numfmt_ascii(const char *s, size_t n)
{
    RpObject *r = rp_str_new((rp_ssize_t)n, 127);
    if (r != NULL && n > 0) {
        memcpy(rp_str_data(r), s, n);
    }
    return r;
}
