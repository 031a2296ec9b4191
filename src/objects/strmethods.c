/* strmethods.c - the methods of str (everything in str.__dict__ that is
 * not a slot wrapper), with CPython 3.11's results, errors and sharing:
 * an exact str is returned itself when a method would not change it
 * ('abc'.strip() is 'abc', 'abc'.split()[0] is 'abc'), never a str
 * subclass instance.
 *
 * Case mappings and character classes come from unicodetype.h (full
 * mappings: 'ß'.upper() == 'SS', and the final-sigma rule of lower()).
 */
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "formatspec.h"
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "str_internal.h"
#include "tupleobject.h"
#include "typeobject.h"
#include "unicodetype.h"

#define READ(i) rp_str_read(kind, data, (i))

static inline RpObject *unchanged(RpObject *s) { return rp_str_exact_copy(s); }

/* ======================================================================
 * Predicates
 * ====================================================================== */

static RpObject *str_isascii(RpObject *self, RpObject *unused)
{
    return rp_bool_from_long(rp_str_is_ascii(self));
}

/* all characters satisfy `flags` and the string is not empty */
static RpObject *all_have(RpObject *self, unsigned flags)
{
    rp_ssize_t len = rp_str_len(self), i;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    if (len == 0) {
        return rp_bool_from_long(0);
    }
    for (i = 0; i < len; i++) {
        if (!rp_unicode_has(READ(i), flags)) {
            return rp_bool_from_long(0);
        }
    }
    return rp_bool_from_long(1);
}

static RpObject *str_isalpha(RpObject *self, RpObject *u) { return all_have(self, RP_UCD_ALPHA); }
static RpObject *str_isdecimal(RpObject *self, RpObject *u) { return all_have(self, RP_UCD_DECIMAL); }
static RpObject *str_isdigit(RpObject *self, RpObject *u) { return all_have(self, RP_UCD_DIGIT); }
static RpObject *str_isnumeric(RpObject *self, RpObject *u) { return all_have(self, RP_UCD_NUMERIC); }
static RpObject *str_isalnum(RpObject *self, RpObject *u)
{
    return all_have(self, RP_UCD_ALPHA | RP_UCD_DECIMAL | RP_UCD_DIGIT | RP_UCD_NUMERIC);
}

static RpObject *str_isspace(RpObject *self, RpObject *u)
{
    rp_ssize_t len = rp_str_len(self), i;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    if (len == 0) {
        return rp_bool_from_long(0);
    }
    for (i = 0; i < len; i++) {
        if (!rp_unicode_isspace(READ(i))) {
            return rp_bool_from_long(0);
        }
    }
    return rp_bool_from_long(1);
}

static RpObject *str_isprintable(RpObject *self, RpObject *u)
{
    rp_ssize_t len = rp_str_len(self), i;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    for (i = 0; i < len; i++) {
        if (!rp_unicode_isprintable(READ(i))) {
            return rp_bool_from_long(0);
        }
    }
    return rp_bool_from_long(1);
}

static RpObject *str_islower(RpObject *self, RpObject *u)
{
    rp_ssize_t len = rp_str_len(self), i;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    int cased = 0;
    for (i = 0; i < len; i++) {
        uint32_t c = READ(i);
        if (rp_unicode_isupper(c) || rp_unicode_istitle(c)) {
            return rp_bool_from_long(0);
        }
        if (!cased && rp_unicode_islower(c)) {
            cased = 1;
        }
    }
    return rp_bool_from_long(cased);
}

static RpObject *str_isupper(RpObject *self, RpObject *u)
{
    rp_ssize_t len = rp_str_len(self), i;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    int cased = 0;
    for (i = 0; i < len; i++) {
        uint32_t c = READ(i);
        if (rp_unicode_islower(c) || rp_unicode_istitle(c)) {
            return rp_bool_from_long(0);
        }
        if (!cased && rp_unicode_isupper(c)) {
            cased = 1;
        }
    }
    return rp_bool_from_long(cased);
}

static RpObject *str_istitle(RpObject *self, RpObject *u)
{
    rp_ssize_t len = rp_str_len(self), i;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    int cased = 0, previous_is_cased = 0;
    for (i = 0; i < len; i++) {
        uint32_t c = READ(i);
        if (rp_unicode_isupper(c) || rp_unicode_istitle(c)) {
            if (previous_is_cased) {
                return rp_bool_from_long(0);
            }
            previous_is_cased = 1;
            cased = 1;
        } else if (rp_unicode_islower(c)) {
            if (!previous_is_cased) {
                return rp_bool_from_long(0);
            }
            previous_is_cased = 1;
            cased = 1;
        } else {
            previous_is_cased = 0;
        }
    }
    return rp_bool_from_long(cased);
}

int rp_str_is_identifier(RpObject *s)
{
    rp_ssize_t len = rp_str_len(s), i;
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    if (len == 0) {
        return 0;
    }
    uint32_t c = READ(0);
    if (!rp_unicode_isxidstart(c) && c != '_') {
        return 0;
    }
    for (i = 1; i < len; i++) {
        if (!rp_unicode_isxidcontinue(READ(i))) {
            return 0;
        }
    }
    return 1;
}

static RpObject *str_isidentifier(RpObject *self, RpObject *u)
{
    return rp_bool_from_long(rp_str_is_identifier(self));
}

/* ======================================================================
 * Case mapping
 * ====================================================================== */

/* lower() of the character at i, with the Greek final-sigma rule */
static int lower_full(int kind, const void *data, rp_ssize_t length, rp_ssize_t i, uint32_t c,
                      uint32_t out[3])
{
    if (c == 0x3a3) {
        rp_ssize_t j;
        uint32_t d = 0;
        for (j = i - 1; j >= 0; j--) {
            d = READ(j);
            if (!rp_unicode_iscaseignorable(d)) {
                break;
            }
        }
        int final_sigma = j >= 0 && rp_unicode_iscased(d);
        if (final_sigma && i + 1 < length) {
            for (j = i + 1; j < length; j++) {
                d = READ(j);
                if (!rp_unicode_iscaseignorable(d)) {
                    break;
                }
            }
            final_sigma = j == length || !rp_unicode_iscased(d);
        }
        out[0] = final_sigma ? 0x3c2 : 0x3c3;
        return 1;
    }
    return rp_unicode_tolower_full(c, out);
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/* The mapping of the character at i for `how` into out[]; returns the count. */
static inline int map_case(int how, int kind, const void *data, rp_ssize_t len, rp_ssize_t i,
                           int *previous_is_cased, uint32_t out[3])
{
    uint32_t c = READ(i);
    int n;
    switch (how) {
    case CASE_LOWER:
        return lower_full(kind, data, len, i, c, out);
    case CASE_UPPER:
        return rp_unicode_toupper_full(c, out);
    case CASE_FOLD:
        return rp_unicode_tofold_full(c, out);
    case CASE_SWAP:
        if (rp_unicode_isupper(c)) {
            return lower_full(kind, data, len, i, c, out);
        }
        if (rp_unicode_islower(c)) {
            return rp_unicode_toupper_full(c, out);
        }
        out[0] = c;
        return 1;
    case CASE_TITLE:
        n = *previous_is_cased ? lower_full(kind, data, len, i, c, out)
                               : rp_unicode_totitle_full(c, out);
        *previous_is_cased = rp_unicode_iscased(c);
        return n;
    default: /* capitalize */
        return i == 0 ? rp_unicode_totitle_full(c, out) : lower_full(kind, data, len, i, c, out);
    }
}

static RpObject *do_case(RpObject *self, int how)
{
    rp_ssize_t len = rp_str_len(self), i;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    if (rp_str_is_ascii(self) && how != CASE_TITLE && how != CASE_CAPITALIZE) {
        /* ASCII in, ASCII out */
        RpObject *r = rp_str_new(len, 127);
        if (r == NULL) {
            return NULL;
        }
        const uint8_t *s = data;
        uint8_t *d = rp_str_data(r);
        for (i = 0; i < len; i++) {
            uint8_t c = s[i];
            int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (how) {
            case CASE_UPPER: d[i] = lo ? (uint8_t)(c - 32) : c; break;
            case CASE_SWAP: d[i] = lo ? (uint8_t)(c - 32) : up ? (uint8_t)(c + 32) : c; break;
            default: d[i] = up ? (uint8_t)(c + 32) : c; break;
            }
        }
        return r;
    }
    if (len == 0) {
        return rp_str_new(0, 0);
    }
    /* pass 1: the length and the widest character of the result (a
       mapping may lengthen: 'ß' -> 'SS', or narrow: 'ÿ'.upper() is 'Ÿ') */
    rp_ssize_t total = 0;
    uint32_t maxchar = 0, out[3];
    int prev = 0;
    for (i = 0; i < len; i++) {
        int n = map_case(how, kind, data, len, i, &prev, out);
        for (int k = 0; k < n; k++) {
            if (out[k] > maxchar) {
                maxchar = out[k];
            }
        }
        total += n;
    }
    /* pass 2: write; a new object even for one character (CPython) */
    RpObject *r = rp_str_new(total, maxchar);
    if (r == NULL) {
        return NULL;
    }
    int rkind = rp_str_kind(r);
    void *d = rp_str_data(r);
    rp_ssize_t j = 0;
    prev = 0;
    for (i = 0; i < len; i++) {
        int n = map_case(how, kind, data, len, i, &prev, out);
        for (int k = 0; k < n; k++) {
            rp_str_write(rkind, d, j++, out[k]);
        }
    }
    return r;
}

static RpObject *str_lower(RpObject *self, RpObject *u) { return do_case(self, CASE_LOWER); }
static RpObject *str_upper(RpObject *self, RpObject *u) { return do_case(self, CASE_UPPER); }
static RpObject *str_casefold(RpObject *self, RpObject *u) { return do_case(self, CASE_FOLD); }
static RpObject *str_swapcase(RpObject *self, RpObject *u) { return do_case(self, CASE_SWAP); }
static RpObject *str_title(RpObject *self, RpObject *u) { return do_case(self, CASE_TITLE); }
static RpObject *str_capitalize(RpObject *self, RpObject *u)
{
    return do_case(self, CASE_CAPITALIZE);
}

/* ======================================================================
 * Padding: center, ljust, rjust, zfill, expandtabs
 * ====================================================================== */

static RpObject *pad(RpObject *self, rp_ssize_t left, rp_ssize_t right, uint32_t fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) {
        return unchanged(self);
    }
    rp_ssize_t len = rp_str_len(self);
    if (left > RP_SSIZE_T_MAX - len || right > RP_SSIZE_T_MAX - (left + len)) {
        return rp_err_set_string(&RpExc_OverflowError, "padded string is too long");
    }
    uint32_t maxchar = rp_str_kind_maxchar(self);
    if (fill > maxchar) {
        maxchar = fill;
    }
    RpObject *r = rp_str_new(left + len + right, maxchar);
    if (r == NULL) {
        return NULL;
    }
    int kind = rp_str_kind(r);
    void *d = rp_str_data(r);
    rp_str_fill(d, kind, 0, left, fill);
    rp_str_copy_chars(d, kind, left, rp_str_data(self), rp_str_kind(self), 0, len);
    rp_str_fill(d, kind, left + len, right, fill);
    return r;
}

/* (width[, fillchar]) of center/ljust/rjust */
static int parse_pad_args(const char *name, RpObject *const *args, size_t nargs,
                          rp_ssize_t *width, uint32_t *fill)
{
    if (rp_strarg_check_positional(name, nargs, 1, 2) < 0) {
        return -1;
    }
    if (rp_strarg_ssize(args[0], width) < 0) {
        return -1;
    }
    *fill = ' ';
    if (nargs > 1) {
        RpObject *f = args[1];
        if (!rp_str_check(f)) {
            rp_err_format(&RpExc_TypeError,
                          "The fill character must be a unicode character, not %.100s",
                          rp_type_name(rp_type(f)));
            return -1;
        }
        if (rp_str_len(f) != 1) {
            rp_err_set_string(&RpExc_TypeError,
                              "The fill character must be exactly one character long");
            return -1;
        }
        *fill = rp_str_read_char(f, 0);
    }
    return 0;
}

static RpObject *str_center(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t width;
    uint32_t fill;
    if (parse_pad_args("center", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    rp_ssize_t len = rp_str_len(self);
    if (len >= width) {
        return unchanged(self);
    }
    rp_ssize_t marg = width - len;
    rp_ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static RpObject *str_ljust(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t width;
    uint32_t fill;
    if (parse_pad_args("ljust", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    rp_ssize_t len = rp_str_len(self);
    return len >= width ? unchanged(self) : pad(self, 0, width - len, fill);
}

static RpObject *str_rjust(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t width;
    uint32_t fill;
    if (parse_pad_args("rjust", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    rp_ssize_t len = rp_str_len(self);
    return len >= width ? unchanged(self) : pad(self, width - len, 0, fill);
}

static RpObject *str_zfill(RpObject *self, RpObject *arg)
{
    rp_ssize_t width;
    if (rp_strarg_ssize(arg, &width) < 0) {
        return NULL;
    }
    rp_ssize_t len = rp_str_len(self);
    if (len >= width) {
        return unchanged(self);
    }
    rp_ssize_t fill = width - len;
    RpObject *r = pad(self, fill, 0, '0');
    if (r == NULL) {
        return NULL;
    }
    int kind = rp_str_kind(r);
    void *d = rp_str_data(r);
    uint32_t c = rp_str_read(kind, d, fill);
    if (c == '+' || c == '-') {
        rp_str_write(kind, d, 0, c);
        rp_str_write(kind, d, fill, '0');
    }
    return r;
}

static int as_c_int(RpObject *o, int *out)
{
    rp_ssize_t v;
    if (rp_strarg_ssize(o, &v) < 0) {
        if (rp_err_matches(&RpExc_OverflowError)) {
            rp_err_clear();
            rp_err_set_string(&RpExc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (v > 2147483647 || v < -2147483647 - 1) {
        rp_err_set_string(&RpExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static RpObject *str_expandtabs(RpObject *self, RpObject *const *args, size_t nargs,
                                RpObject *kwnames)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    RpObject *a[1];
    if (rp_strarg_unpack("expandtabs", args, nargs, kwnames, kwlist, 0, 0, 1, a) < 0) {
        return NULL;
    }
    int tabsize = 8;
    if (a[0] != NULL && as_c_int(a[0], &tabsize) < 0) {
        return NULL;
    }
    rp_ssize_t len = rp_str_len(self), i, j = 0, total = 0;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    int found = 0;
    for (i = 0; i < len; i++) {
        uint32_t c = READ(i);
        if (c == '\t') {
            found = 1;
            if (tabsize > 0) {
                rp_ssize_t incr = tabsize - (j % tabsize);
                if (j > RP_SSIZE_T_MAX - incr) {
                    goto overflow;
                }
                j += incr;
            }
        } else {
            if (j > RP_SSIZE_T_MAX - 1) {
                goto overflow;
            }
            j++;
            if (c == '\n' || c == '\r') {
                if (total > RP_SSIZE_T_MAX - j) {
                    goto overflow;
                }
                total += j;
                j = 0;
            }
        }
    }
    if (!found) {
        return unchanged(self);
    }
    if (total > RP_SSIZE_T_MAX - j) {
        goto overflow;
    }
    total += j;
    RpObject *r = rp_str_new(total, rp_str_kind_maxchar(self));
    if (r == NULL) {
        return NULL;
    }
    int rkind = rp_str_kind(r);
    void *d = rp_str_data(r);
    rp_ssize_t k = 0;
    j = 0;
    for (i = 0; i < len; i++) {
        uint32_t c = READ(i);
        if (c == '\t') {
            if (tabsize > 0) {
                rp_ssize_t incr = tabsize - (j % tabsize);
                j += incr;
                rp_str_fill(d, rkind, k, incr, ' ');
                k += incr;
            }
        } else {
            j++;
            rp_str_write(rkind, d, k++, c);
            if (c == '\n' || c == '\r') {
                j = 0;
            }
        }
    }
    return rp_str_result_steal(r);
overflow:
    return rp_err_set_string(&RpExc_OverflowError, "result too long");
}

/* ======================================================================
 * Searching: find, rfind, index, rindex, count, startswith, endswith
 * ====================================================================== */

static int need_str(RpObject *o)
{
    if (!rp_str_check(o)) {
        rp_err_format(&RpExc_TypeError, "must be str, not %.100s", rp_type_name(rp_type(o)));
        return -1;
    }
    return 0;
}

static rp_ssize_t find_common(const char *name, RpObject *self, RpObject *const *args,
                              size_t nargs, int mode)
{
    RpObject *sub;
    rp_ssize_t start, end;
    if (rp_strarg_parse_finds(name, args, nargs, &sub, &start, &end) < 0 || need_str(sub) < 0) {
        return -2;
    }
    rp_ssize_t r = rp_str_search(self, sub, start, end, mode, -1);
    return r;
}

static RpObject *str_find(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("find", self, args, nargs, RP_FAST_SEARCH);
    return r == -2 ? NULL : rp_int_from_ssize_t(r);
}

static RpObject *str_rfind(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("rfind", self, args, nargs, RP_FAST_RSEARCH);
    return r == -2 ? NULL : rp_int_from_ssize_t(r);
}

static RpObject *str_index(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("index", self, args, nargs, RP_FAST_SEARCH);
    if (r == -2) {
        return NULL;
    }
    if (r < 0) {
        return rp_err_set_string(&RpExc_ValueError, "substring not found");
    }
    return rp_int_from_ssize_t(r);
}

static RpObject *str_rindex(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("rindex", self, args, nargs, RP_FAST_RSEARCH);
    if (r == -2) {
        return NULL;
    }
    if (r < 0) {
        return rp_err_set_string(&RpExc_ValueError, "substring not found");
    }
    return rp_int_from_ssize_t(r);
}

static RpObject *str_count(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("count", self, args, nargs, RP_FAST_COUNT);
    return r == -2 ? NULL : rp_int_from_ssize_t(r < 0 ? 0 : r);
}

/* CPython's tailmatch: does self[start:end] start (direction -1) or end
 * (+1) with sub? */
static int tailmatch(RpObject *self, RpObject *sub, rp_ssize_t start, rp_ssize_t end,
                     int direction)
{
    rp_ssize_t len = rp_str_len(self), slen = rp_str_len(sub);
    rp_str_adjust_indices(len, &start, &end);
    end -= slen;
    if (end < start) {
        return 0;
    }
    if (slen == 0) {
        return 1;
    }
    int kind = rp_str_kind(self), skind = rp_str_kind(sub);
    const void *data = rp_str_data(self), *sdata = rp_str_data(sub);
    rp_ssize_t off = direction > 0 ? end : start;
    if (kind == skind) {
        return memcmp((const char *)data + off * kind, sdata, (size_t)(slen * kind)) == 0;
    }
    for (rp_ssize_t i = 0; i < slen; i++) {
        if (rp_str_read(kind, data, off + i) != rp_str_read(skind, sdata, i)) {
            return 0;
        }
    }
    return 1;
}

static RpObject *starts_ends(const char *name, RpObject *self, RpObject *const *args,
                             size_t nargs, int direction)
{
    RpObject *sub;
    rp_ssize_t start, end;
    if (rp_strarg_parse_finds(name, args, nargs, &sub, &start, &end) < 0) {
        return NULL;
    }
    if (rp_tuple_check(sub)) {
        rp_ssize_t n = rp_tuple_len(sub);
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *s = rp_tuple_get_borrow(sub, i);
            if (!rp_str_check(s)) {
                return rp_err_format(&RpExc_TypeError,
                                     "tuple for %s must only contain str, not %.100s", name,
                                     rp_type_name(rp_type(s)));
            }
            if (tailmatch(self, s, start, end, direction)) {
                return rp_bool_from_long(1);
            }
        }
        return rp_bool_from_long(0);
    }
    if (!rp_str_check(sub)) {
        return rp_err_format(&RpExc_TypeError,
                             "%s first arg must be str or a tuple of str, not %.100s", name,
                             rp_type_name(rp_type(sub)));
    }
    return rp_bool_from_long(tailmatch(self, sub, start, end, direction));
}

static RpObject *str_startswith(RpObject *self, RpObject *const *args, size_t nargs)
{
    return starts_ends("startswith", self, args, nargs, -1);
}

static RpObject *str_endswith(RpObject *self, RpObject *const *args, size_t nargs)
{
    return starts_ends("endswith", self, args, nargs, +1);
}

static RpObject *str_removeprefix(RpObject *self, RpObject *prefix)
{
    if (rp_strarg_str("removeprefix", 0, prefix) < 0) {
        return NULL;
    }
    if (tailmatch(self, prefix, 0, RP_SSIZE_T_MAX, -1)) {
        return rp_str_sub(self, rp_str_len(prefix), rp_str_len(self));
    }
    return unchanged(self);
}

static RpObject *str_removesuffix(RpObject *self, RpObject *suffix)
{
    if (rp_strarg_str("removesuffix", 0, suffix) < 0) {
        return NULL;
    }
    if (rp_str_len(suffix) > 0 && tailmatch(self, suffix, 0, RP_SSIZE_T_MAX, +1)) {
        return rp_str_sub(self, 0, rp_str_len(self) - rp_str_len(suffix));
    }
    return unchanged(self);
}

/* ======================================================================
 * strip
 * ====================================================================== */

enum { LEFTSTRIP = 1, RIGHTSTRIP = 2, BOTHSTRIP = 3 };

static int in_chars(uint32_t c, RpObject *chars)
{
    int kind = rp_str_kind(chars);
    const void *data = rp_str_data(chars);
    rp_ssize_t n = rp_str_len(chars);
    for (rp_ssize_t i = 0; i < n; i++) {
        if (READ(i) == c) {
            return 1;
        }
    }
    return 0;
}

static RpObject *do_strip(const char *name, RpObject *self, RpObject *const *args, size_t nargs,
                          int how)
{
    if (rp_strarg_check_positional(name, nargs, 0, 1) < 0) {
        return NULL;
    }
    RpObject *chars = nargs > 0 ? args[0] : rp_None;
    if (chars != rp_None && !rp_str_check(chars)) {
        return rp_err_format(&RpExc_TypeError, "%s arg must be None or str", name);
    }
    rp_ssize_t len = rp_str_len(self), i = 0, j = len;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    if (chars == rp_None) {
        if (how & LEFTSTRIP) {
            while (i < len && rp_unicode_isspace(READ(i))) i++;
        }
        if (how & RIGHTSTRIP) {
            while (j > i && rp_unicode_isspace(READ(j - 1))) j--;
        }
    } else {
        if (how & LEFTSTRIP) {
            while (i < len && in_chars(READ(i), chars)) i++;
        }
        if (how & RIGHTSTRIP) {
            while (j > i && in_chars(READ(j - 1), chars)) j--;
        }
    }
    return rp_str_sub(self, i, j);
}

static RpObject *str_strip(RpObject *self, RpObject *const *args, size_t nargs)
{
    return do_strip("strip", self, args, nargs, BOTHSTRIP);
}
static RpObject *str_lstrip(RpObject *self, RpObject *const *args, size_t nargs)
{
    return do_strip("lstrip", self, args, nargs, LEFTSTRIP);
}
static RpObject *str_rstrip(RpObject *self, RpObject *const *args, size_t nargs)
{
    return do_strip("rstrip", self, args, nargs, RIGHTSTRIP);
}

/* ======================================================================
 * split, rsplit, splitlines, partition, rpartition
 * ====================================================================== */

static int append_sub(RpObject *list, RpObject *s, rp_ssize_t i, rp_ssize_t j)
{
    RpObject *p = rp_str_sub(s, i, j);
    if (p == NULL) {
        return -1;
    }
    int r = rp_list_append(list, p);
    rp_decref(p);
    return r;
}

static int split_args(const char *name, RpObject *const *args, size_t nargs, RpObject *kwnames,
                      RpObject **sep, rp_ssize_t *maxsplit)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    RpObject *a[2];
    if (rp_strarg_unpack(name, args, nargs, kwnames, kwlist, 0, 0, 2, a) < 0) {
        return -1;
    }
    *sep = a[0] ? a[0] : rp_None;
    *maxsplit = -1;
    if (a[1] != NULL && rp_strarg_ssize(a[1], maxsplit) < 0) {
        return -1;
    }
    if (*sep != rp_None && !rp_str_check(*sep)) {
        rp_err_format(&RpExc_TypeError, "must be str or None, not %.100s",
                      rp_type_name(rp_type(*sep)));
        return -1;
    }
    if (*sep != rp_None && rp_str_len(*sep) == 0) {
        rp_err_set_string(&RpExc_ValueError, "empty separator");
        return -1;
    }
    if (*maxsplit < 0) {
        *maxsplit = RP_SSIZE_T_MAX;
    }
    return 0;
}

static RpObject *split_whitespace(RpObject *self, rp_ssize_t maxcount)
{
    rp_ssize_t len = rp_str_len(self), i = 0, j;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    RpObject *list = rp_split_list_new(maxcount);
    if (list == NULL) {
        return NULL;
    }
    while (maxcount-- > 0) {
        while (i < len && rp_unicode_isspace(READ(i))) i++;
        if (i == len) break;
        j = i;
        i++;
        while (i < len && !rp_unicode_isspace(READ(i))) i++;
        if (append_sub(list, self, j, i) < 0) goto fail;
    }
    if (i < len) {
        while (i < len && rp_unicode_isspace(READ(i))) i++;
        if (i != len && append_sub(list, self, i, len) < 0) goto fail;
    }
    return list;
fail:
    rp_decref(list);
    return NULL;
}

static RpObject *rsplit_whitespace(RpObject *self, rp_ssize_t maxcount)
{
    rp_ssize_t len = rp_str_len(self), i = len - 1, j;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    RpObject *list = rp_split_list_new(maxcount);
    if (list == NULL) {
        return NULL;
    }
    while (maxcount-- > 0) {
        while (i >= 0 && rp_unicode_isspace(READ(i))) i--;
        if (i < 0) break;
        j = i;
        i--;
        while (i >= 0 && !rp_unicode_isspace(READ(i))) i--;
        if (append_sub(list, self, i + 1, j + 1) < 0) goto fail;
    }
    if (i >= 0) {
        while (i >= 0 && rp_unicode_isspace(READ(i))) i--;
        if (i >= 0 && append_sub(list, self, 0, i + 1) < 0) goto fail;
    }
    if (rp_list_reverse(list) < 0) goto fail;
    return list;
fail:
    rp_decref(list);
    return NULL;
}

static RpObject *split_sep(RpObject *self, RpObject *sep, rp_ssize_t maxcount)
{
    rp_ssize_t len = rp_str_len(self), n = rp_str_len(sep), i = 0, count = 0;
    rp_ssize_t *pos = NULL;
    if (rp_str_kind(sep) <= rp_str_kind(self)) {
        int owned = 0;
        const void *p = rp_str_as_kind(sep, rp_str_kind(self), &owned);
        if (p == NULL) {
            return NULL;
        }
        count = rp_fastsearch_all(rp_str_kind(self), rp_str_data(self), len, p, n, maxcount, &pos);
        if (owned) {
            rp_mem_free((void *)p);
        }
        if (count < 0) {
            return NULL;
        }
    }
    RpObject *list = rp_split_list_new(maxcount);
    if (list == NULL) {
        rp_mem_free(pos);
        return NULL;
    }
    for (rp_ssize_t k = 0; k < count; k++) {
        if (append_sub(list, self, i, pos[k]) < 0) goto fail;
        i = pos[k] + n;
    }
    if (append_sub(list, self, i, len) < 0) goto fail;
    rp_mem_free(pos);
    return list;
fail:
    rp_mem_free(pos);
    rp_decref(list);
    return NULL;
}

static RpObject *rsplit_sep(RpObject *self, RpObject *sep, rp_ssize_t maxcount)
{
    rp_ssize_t len = rp_str_len(self), n = rp_str_len(sep), j = len;
    RpObject *list = rp_split_list_new(maxcount);
    if (list == NULL) {
        return NULL;
    }
    while (maxcount-- > 0) {
        rp_ssize_t pos = rp_str_search(self, sep, 0, j, RP_FAST_RSEARCH, -1);
        if (pos == -2) goto fail;
        if (pos < 0) break;
        if (append_sub(list, self, pos + n, j) < 0) goto fail;
        j = pos;
    }
    if (append_sub(list, self, 0, j) < 0) goto fail;
    if (rp_list_reverse(list) < 0) goto fail;
    return list;
fail:
    rp_decref(list);
    return NULL;
}

/* the separator cannot occur (longer, or of a wider kind): CPython returns
 * [self], a list of exactly one item - self even for a str subclass */
static RpObject *split_self(RpObject *self, RpObject *sep)
{
    if (rp_str_kind(sep) <= rp_str_kind(self) && rp_str_len(sep) <= rp_str_len(self)) {
        return NULL;
    }
    RpObject *list = rp_list_new(1);
    if (list != NULL) {
        rp_list_set_steal(list, 0, rp_newref(self));
    }
    return list;
}

static RpObject *str_split(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    RpObject *sep;
    rp_ssize_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0) {
        return NULL;
    }
    if (sep == rp_None) {
        return split_whitespace(self, maxsplit);
    }
    RpObject *one = split_self(self, sep);
    return one != NULL || rp_err_occurred() ? one : split_sep(self, sep, maxsplit);
}

static RpObject *str_rsplit(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    RpObject *sep;
    rp_ssize_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) {
        return NULL;
    }
    if (sep == rp_None) {
        return rsplit_whitespace(self, maxsplit);
    }
    RpObject *one = split_self(self, sep);
    return one != NULL || rp_err_occurred() ? one : rsplit_sep(self, sep, maxsplit);
}

static RpObject *str_splitlines(RpObject *self, RpObject *const *args, size_t nargs,
                                RpObject *kwnames)
{
    static const char *const kwlist[] = {"keepends", NULL};
    RpObject *a[1];
    if (rp_strarg_unpack("splitlines", args, nargs, kwnames, kwlist, 0, 0, 1, a) < 0) {
        return NULL;
    }
    int keepends = 0;
    if (a[0] != NULL && as_c_int(a[0], &keepends) < 0) {
        return NULL;
    }
    rp_ssize_t len = rp_str_len(self), i = 0, j = 0;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    while (i < len) {
        while (i < len && !rp_unicode_islinebreak(READ(i))) i++;
        rp_ssize_t eol = i;
        if (i < len) {
            if (READ(i) == '\r' && i + 1 < len && READ(i + 1) == '\n') {
                i += 2;
            } else {
                i++;
            }
            if (keepends) {
                eol = i;
            }
        }
        if (append_sub(list, self, j, eol) < 0) {
            rp_decref(list);
            return NULL;
        }
        j = i;
    }
    return list;
}

static RpObject *partition_impl(RpObject *self, RpObject *sep, int reverse)
{
    if (need_str(sep) < 0) {
        return NULL;
    }
    if (rp_str_len(sep) == 0) {
        return rp_err_set_string(&RpExc_ValueError, "empty separator");
    }
    rp_ssize_t len = rp_str_len(self);
    rp_ssize_t pos = rp_str_search(self, sep, 0, len, reverse ? RP_FAST_RSEARCH : RP_FAST_SEARCH, -1);
    if (pos == -2) {
        return NULL;
    }
    RpObject *a, *b, *c;
    if (pos < 0) {
        RpObject *whole = unchanged(self);
        if (whole == NULL) {
            return NULL;
        }
        RpObject *e = rp_str_new(0, 0);
        RpObject *t = reverse ? rp_tuple_pack(3, e, e, whole) : rp_tuple_pack(3, whole, e, e);
        rp_decref(e);
        rp_decref(whole);
        return t;
    }
    a = rp_str_sub(self, 0, pos);
    b = rp_str_exact_copy(sep);
    c = rp_str_sub(self, pos + rp_str_len(sep), len);
    RpObject *t = NULL;
    if (a && b && c) {
        t = rp_tuple_pack(3, a, b, c);
    }
    rp_xdecref(a);
    rp_xdecref(b);
    rp_xdecref(c);
    return t;
}

static RpObject *str_partition(RpObject *self, RpObject *sep) { return partition_impl(self, sep, 0); }
static RpObject *str_rpartition(RpObject *self, RpObject *sep) { return partition_impl(self, sep, 1); }

/* ======================================================================
 * join, replace
 * ====================================================================== */

RpObject *rp_str_join_array(RpObject *sep, RpObject *const *items, rp_ssize_t n)
{
    if (n == 0) {
        return rp_str_new(0, 0);
    }
    if (n == 1 && rp_str_check_exact(items[0])) {
        return rp_newref(items[0]);
    }
    rp_ssize_t seplen = sep ? rp_str_len(sep) : 0, total = 0, i;
    uint32_t maxchar = seplen > 0 ? rp_str_kind_maxchar(sep) : 0;
    for (i = 0; i < n; i++) {
        RpObject *it = items[i];
        if (!rp_str_check(it)) {
            return rp_err_format(&RpExc_TypeError,
                                 "sequence item %zd: expected str instance, %.80s found", i,
                                 rp_type_name(rp_type(it)));
        }
        rp_ssize_t l = rp_str_len(it);
        if (l > RP_SSIZE_T_MAX - total || (i > 0 && seplen > RP_SSIZE_T_MAX - total - l)) {
            return rp_err_set_string(&RpExc_OverflowError,
                                     "join() result is too long for a Python string");
        }
        total += l + (i > 0 ? seplen : 0);
        if (l > 0) {
            uint32_t m = rp_str_kind_maxchar(it);
            if (m > maxchar) {
                maxchar = m;
            }
        }
    }
    /* a new string, even of one character (CPython's _PyUnicode_JoinArray) */
    RpObject *r = rp_str_new(total, maxchar);
    if (r == NULL || total == 0) {
        return r;
    }
    int kind = rp_str_kind(r);
    void *d = rp_str_data(r);
    rp_ssize_t pos = 0;
    for (i = 0; i < n; i++) {
        if (i > 0 && seplen > 0) {
            rp_str_copy_chars(d, kind, pos, rp_str_data(sep), rp_str_kind(sep), 0, seplen);
            pos += seplen;
        }
        rp_ssize_t l = rp_str_len(items[i]);
        rp_str_copy_chars(d, kind, pos, rp_str_data(items[i]), rp_str_kind(items[i]), 0, l);
        pos += l;
    }
    return r;
}

RpObject *rp_str_join(RpObject *sep, RpObject *iterable)
{
    RpObject *seq = rp_sequence_fast(iterable, "can only join an iterable");
    if (seq == NULL) {
        return NULL;
    }
    RpObject *r;
    if (rp_list_check(seq)) {
        r = rp_str_join_array(sep, rp_list_items(seq), rp_list_len(seq));
    } else {
        r = rp_str_join_array(sep, rp_tuple_items(seq), rp_tuple_len(seq));
    }
    rp_decref(seq);
    return r;
}

static RpObject *str_join(RpObject *self, RpObject *iterable) { return rp_str_join(self, iterable); }

static RpObject *replace_impl(RpObject *self, RpObject *old, RpObject *new_, rp_ssize_t maxcount)
{
    rp_ssize_t len = rp_str_len(self), olen = rp_str_len(old), nlen = rp_str_len(new_);
    if (maxcount < 0) {
        maxcount = RP_SSIZE_T_MAX;
    }
    if (maxcount == 0 || len < olen || old == new_) {
        return unchanged(self);   /* CPython: the same object for old and new changes nothing */
    }
    rp_ssize_t count;
    if (olen == 0) {
        count = len + 1 < maxcount ? len + 1 : maxcount;
    } else {
        if (rp_str_kind(old) > rp_str_kind(self)) {
            return unchanged(self);   /* canonical kinds: cannot occur */
        }
        count = maxcount;   /* an upper bound, for the overflow check */
        if (count > len / olen) {
            count = len / olen;
        }
    }
    if (count <= 0) {
        return unchanged(self);
    }
    rp_ssize_t delta = nlen - olen;
    if (delta > 0 && count > (RP_SSIZE_T_MAX - len) / delta) {
        return rp_err_set_string(&RpExc_OverflowError, "replace string is too long");
    }
    if (olen == 0) {
        /* insert new before every character (count times) */
        RpStrWriter w;
        rp_strwriter_init(&w);
        w.overallocate = 1;
        uint32_t m1 = rp_str_kind_maxchar(self), m2 = nlen ? rp_str_kind_maxchar(new_) : 0;
        if (rp_strwriter_prepare(&w, len + count * delta, m1 > m2 ? m1 : m2) < 0) {
            goto wfail;
        }
        rp_ssize_t i = 0;
        for (rp_ssize_t k = 0; k < count; k++) {
            if (rp_strwriter_write_str(&w, new_) < 0) goto wfail;
            if (i < len) {
                if (rp_strwriter_write_substr(&w, self, i, i + 1) < 0) goto wfail;
                i++;
            }
        }
        if (rp_strwriter_write_substr(&w, self, i, len) < 0) goto wfail;
        return rp_strwriter_finish_fresh(&w);
    wfail:
        rp_strwriter_discard(&w);
        return NULL;
    }
    /* all the matches in one scan, then one exact allocation */
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    int owned = 0;
    const void *p = rp_str_as_kind(old, kind, &owned);
    if (p == NULL) {
        return NULL;
    }
    rp_ssize_t *pos;
    count = rp_fastsearch_all(kind, data, len, p, olen, maxcount, &pos);
    if (owned) {
        rp_mem_free((void *)p);
    }
    if (count <= 0) {
        rp_mem_free(pos);
        return count < 0 ? NULL : unchanged(self);
    }
    /* the exact widest character of the result (it may narrow:
       'a€'.replace('€', '') is ASCII) */
    uint32_t maxchar = nlen ? rp_str_kind_maxchar(new_) : 0;
    if (rp_str_is_ascii(self)) {
        maxchar = maxchar > 127 ? maxchar : 127;
    } else {
        rp_ssize_t i = 0;
        for (rp_ssize_t k = 0; k <= count; k++) {
            rp_ssize_t j = k < count ? pos[k] : len;
            uint32_t m = rp_str_find_maxchar(kind, data, i, j);
            if (m > maxchar) {
                maxchar = m;
            }
            if (k < count) {
                i = j + olen;
            }
        }
    }
    rp_ssize_t newlen = len + count * delta;
    RpObject *r = rp_str_new(newlen, maxchar);
    if (r == NULL) {
        rp_mem_free(pos);
        return NULL;
    }
    int rkind = rp_str_kind(r);
    void *d = rp_str_data(r);
    const void *nd = rp_str_data(new_);
    int nkind = rp_str_kind(new_);
    rp_ssize_t i = 0, o = 0;
    for (rp_ssize_t k = 0; k < count; k++) {
        rp_ssize_t j = pos[k];
        rp_str_copy_chars(d, rkind, o, data, kind, i, j - i);
        o += j - i;
        rp_str_copy_chars(d, rkind, o, nd, nkind, 0, nlen);
        o += nlen;
        i = j + olen;
    }
    rp_str_copy_chars(d, rkind, o, data, kind, i, len - i);
    rp_mem_free(pos);
    return r;
}

static RpObject *str_replace(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (rp_strarg_check_positional("replace", nargs, 2, 3) < 0 ||
        rp_strarg_str("replace", 1, args[0]) < 0 || rp_strarg_str("replace", 2, args[1]) < 0) {
        return NULL;
    }
    rp_ssize_t count = -1;
    if (nargs > 2 && rp_strarg_ssize(args[2], &count) < 0) {
        return NULL;
    }
    return replace_impl(self, args[0], args[1], count);
}

/* ======================================================================
 * translate, maketrans
 * ====================================================================== */

/* The mapping of one character: 1 and *out = NULL to keep it, 1 with
 * *out = None / int / str otherwise; -1 on error. */
static int translate_lookup(RpObject *table, uint32_t c, RpObject **out)
{
    RpObject *key = rp_int_from_long((long)c);
    if (key == NULL) {
        return -1;
    }
    RpObject *v = rp_object_getitem(table, key);
    rp_decref(key);
    if (v == NULL) {
        if (rp_err_matches(&RpExc_LookupError)) {
            rp_err_clear();
            *out = NULL;
            return 1;
        }
        return -1;
    }
    *out = v;
    return 1;
}

static RpObject *str_translate(RpObject *self, RpObject *table)
{
    rp_ssize_t len = rp_str_len(self), i;
    int kind = rp_str_kind(self);
    const void *data = rp_str_data(self);
    RpStrWriter w;
    rp_strwriter_init(&w);
    w.overallocate = 1;
    /* a small cache for the ASCII characters: 0 unknown, 1 keep, 2 mapped */
    RpObject *cache[128];
    uint8_t state[128];
    memset(state, 0, sizeof(state));
    if (rp_strwriter_prepare(&w, len, rp_str_kind_maxchar(self)) < 0) {
        goto fail;
    }
    for (i = 0; i < len; i++) {
        uint32_t c = READ(i);
        RpObject *v;
        if (c < 128 && state[c] != 0) {
            v = state[c] == 1 ? NULL : rp_newref(cache[c]);
        } else {
            if (translate_lookup(table, c, &v) < 0) {
                goto fail;
            }
            if (c < 128) {
                state[c] = v == NULL ? 1 : 2;
                cache[c] = v;
                if (v != NULL) {
                    rp_incref(v);
                }
            }
        }
        int r = 0;
        if (v == NULL) {
            r = rp_strwriter_write_char(&w, c);
        } else if (v == rp_None) {
            r = 0;
        } else if (rp_int_check(v)) {
            long x = rp_int_as_long(v);
            if (x == -1 && rp_err_occurred()) {
                rp_err_clear();
                x = -1;
            }
            if (x < 0 || x > 0x10ffff) {
                rp_err_set_string(&RpExc_ValueError, "character mapping must be in range(0x110000)");
                r = -1;
            } else {
                r = rp_strwriter_write_char(&w, (uint32_t)x);
            }
        } else if (rp_str_check(v)) {
            w.overallocate = 1;
            r = rp_strwriter_write_str(&w, v);
        } else {
            rp_err_set_string(&RpExc_TypeError, "character mapping must return integer, None or str");
            r = -1;
        }
        rp_xdecref(v);
        if (r < 0) {
            goto fail;
        }
    }
    for (i = 0; i < 128; i++) {
        if (state[i] == 2) {
            rp_decref(cache[i]);
        }
    }
    if (w.len == 0 && w.readonly == NULL) {
        rp_strwriter_discard(&w);
        return rp_str_new(0, 0);
    }
    return rp_strwriter_finish(&w);
fail:
    for (i = 0; i < 128; i++) {
        if (state[i] == 2) {
            rp_decref(cache[i]);
        }
    }
    rp_strwriter_discard(&w);
    return NULL;
}

static RpObject *str_maketrans(RpObject *unused, RpObject *const *args, size_t nargs)
{
    if (rp_strarg_check_positional("maketrans", nargs, 1, 3) < 0) {
        return NULL;
    }
    RpObject *x = args[0], *y = nargs > 1 ? args[1] : NULL, *z = nargs > 2 ? args[2] : NULL;
    if (y != NULL && rp_strarg_str("maketrans", 2, y) < 0) {
        return NULL;
    }
    if (z != NULL && rp_strarg_str("maketrans", 3, z) < 0) {
        return NULL;
    }
    RpObject *d = rp_dict_new();
    if (d == NULL) {
        return NULL;
    }
    if (y != NULL) {
        if (!rp_str_check(x)) {
            rp_err_set_string(&RpExc_TypeError,
                              "first maketrans argument must be a string if there is a second argument");
            goto fail;
        }
        if (rp_str_len(x) != rp_str_len(y)) {
            rp_err_set_string(&RpExc_ValueError,
                              "the first two maketrans arguments must have equal length");
            goto fail;
        }
        for (rp_ssize_t i = 0; i < rp_str_len(x); i++) {
            RpObject *k = rp_int_from_long((long)rp_str_read_char(x, i));
            RpObject *v = rp_int_from_long((long)rp_str_read_char(y, i));
            int r = (k && v) ? rp_dict_set(d, k, v) : -1;
            rp_xdecref(k);
            rp_xdecref(v);
            if (r < 0) goto fail;
        }
        if (z != NULL) {
            for (rp_ssize_t i = 0; i < rp_str_len(z); i++) {
                RpObject *k = rp_int_from_long((long)rp_str_read_char(z, i));
                int r = k ? rp_dict_set(d, k, rp_None) : -1;
                rp_xdecref(k);
                if (r < 0) goto fail;
            }
        }
        return d;
    }
    if (!rp_dict_check(x)) {
        rp_err_set_string(&RpExc_TypeError,
                          "if you give only one argument to maketrans it must be a dict");
        goto fail;
    }
    rp_ssize_t pos = 0;
    RpObject *key, *value;
    while (rp_dict_next(x, &pos, &key, &value)) {
        if (rp_str_check(key)) {
            if (rp_str_len(key) != 1) {
                rp_err_set_string(&RpExc_ValueError,
                                  "string keys in translate table must be of length 1");
                goto fail;
            }
            RpObject *k = rp_int_from_long((long)rp_str_read_char(key, 0));
            int r = k ? rp_dict_set(d, k, value) : -1;
            rp_xdecref(k);
            if (r < 0) goto fail;
        } else if (rp_int_check(key)) {
            if (rp_dict_set(d, key, value) < 0) goto fail;
        } else {
            rp_err_set_string(&RpExc_TypeError,
                              "keys in translate table must be strings or integers");
            goto fail;
        }
    }
    return d;
fail:
    rp_decref(d);
    return NULL;
}

/* ======================================================================
 * encode, __format__, and the table
 * ====================================================================== */

static RpObject *str_encode(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    RpObject *a[2];
    if (rp_strarg_unpack("encode", args, nargs, kwnames, kwlist, 0, 0, 2, a) < 0) {
        return NULL;
    }
    const char *encoding = "utf-8", *errors = NULL;
    if (a[0] != NULL && (encoding = rp_strarg_cstr("encode", "encoding", a[0])) == NULL) {
        return NULL;
    }
    if (a[1] != NULL && (errors = rp_strarg_cstr("encode", "errors", a[1])) == NULL) {
        return NULL;
    }
    return rp_str_encode(self, encoding, errors);
}

static RpObject *str_format_dunder(RpObject *self, RpObject *spec)
{
    if (!rp_str_check(spec)) {
        return rp_err_format(&RpExc_TypeError, "__format__() argument must be str, not %.50s",
                             rp_strarg_type_name(spec));
    }
    return rp_format_str(self, spec);
}

RpObject *rp_str_sizeof_method(RpObject *self, RpObject *unused);
RpObject *rp_str_getnewargs_method(RpObject *self, RpObject *unused);

#define NOARGS(name, fn, doc) {name, RP_CFUNC(fn), RP_METH_NOARGS, doc}
#define ONEARG(name, fn, doc) {name, RP_CFUNC(fn), RP_METH_O, doc}
#define FAST(name, fn, doc) {name, RP_CFUNC(fn), RP_METH_FASTCALL, doc}
#define FASTKW(name, fn, doc) {name, RP_CFUNC(fn), RP_METH_FASTCALL | RP_METH_KEYWORDS, doc}

RpMethodDef rp_str_methods[] = {
    FASTKW("encode", str_encode, "Encode the string using the codec registered for encoding."),
    FAST("replace", str_replace, "Return a copy with all occurrences of substring old replaced by new."),
    FASTKW("split", str_split, "Return a list of the substrings in the string, using sep as the separator string."),
    FASTKW("rsplit", str_rsplit, "Return a list of the substrings in the string, using sep as the separator string."),
    ONEARG("join", str_join, "Concatenate any number of strings."),
    NOARGS("capitalize", str_capitalize, "Return a capitalized version of the string."),
    NOARGS("casefold", str_casefold, "Return a version of the string suitable for caseless comparisons."),
    NOARGS("title", str_title, "Return a version of the string where each word is titlecased."),
    FAST("center", str_center, "Return a centered string of length width."),
    FAST("count", str_count, "S.count(sub[, start[, end]]) -> int"),
    FASTKW("expandtabs", str_expandtabs, "Return a copy where all tab characters are expanded using spaces."),
    FAST("find", str_find, "S.find(sub[, start[, end]]) -> int"),
    ONEARG("partition", str_partition, "Partition the string into three parts using the given separator."),
    FAST("index", str_index, "S.index(sub[, start[, end]]) -> int"),
    FAST("ljust", str_ljust, "Return a left-justified string of length width."),
    NOARGS("lower", str_lower, "Return a copy of the string converted to lowercase."),
    FAST("lstrip", str_lstrip, "Return a copy of the string with leading whitespace removed."),
    FAST("rfind", str_rfind, "S.rfind(sub[, start[, end]]) -> int"),
    FAST("rindex", str_rindex, "S.rindex(sub[, start[, end]]) -> int"),
    FAST("rjust", str_rjust, "Return a right-justified string of length width."),
    FAST("rstrip", str_rstrip, "Return a copy of the string with trailing whitespace removed."),
    ONEARG("rpartition", str_rpartition, "Partition the string into three parts using the given separator."),
    FASTKW("splitlines", str_splitlines, "Return a list of the lines in the string, breaking at line boundaries."),
    FAST("strip", str_strip, "Return a copy of the string with leading and trailing whitespace removed."),
    NOARGS("swapcase", str_swapcase, "Convert uppercase characters to lowercase and lowercase characters to uppercase."),
    ONEARG("translate", str_translate, "Replace each character in the string using the given translation table."),
    NOARGS("upper", str_upper, "Return a copy of the string converted to uppercase."),
    FAST("startswith", str_startswith, "S.startswith(prefix[, start[, end]]) -> bool"),
    FAST("endswith", str_endswith, "S.endswith(suffix[, start[, end]]) -> bool"),
    ONEARG("removeprefix", str_removeprefix, "Return a str with the given prefix string removed if present."),
    ONEARG("removesuffix", str_removesuffix, "Return a str with the given suffix string removed if present."),
    NOARGS("isascii", str_isascii, "Return True if all characters in the string are ASCII, False otherwise."),
    NOARGS("islower", str_islower, "Return True if the string is a lowercase string, False otherwise."),
    NOARGS("isupper", str_isupper, "Return True if the string is an uppercase string, False otherwise."),
    NOARGS("istitle", str_istitle, "Return True if the string is a title-cased string, False otherwise."),
    NOARGS("isspace", str_isspace, "Return True if the string is a whitespace string, False otherwise."),
    NOARGS("isdecimal", str_isdecimal, "Return True if the string is a decimal string, False otherwise."),
    NOARGS("isdigit", str_isdigit, "Return True if the string is a digit string, False otherwise."),
    NOARGS("isnumeric", str_isnumeric, "Return True if the string is a numeric string, False otherwise."),
    NOARGS("isalpha", str_isalpha, "Return True if the string is an alphabetic string, False otherwise."),
    NOARGS("isalnum", str_isalnum, "Return True if the string is an alpha-numeric string, False otherwise."),
    NOARGS("isidentifier", str_isidentifier, "Return True if the string is a valid Python identifier, False otherwise."),
    NOARGS("isprintable", str_isprintable, "Return True if the string is printable, False otherwise."),
    ONEARG("zfill", str_zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."),
    FASTKW("format", rp_str_format_method, "S.format(*args, **kwargs) -> str"),
    ONEARG("format_map", rp_str_format_map_method, "S.format_map(mapping) -> str"),
    ONEARG("__format__", str_format_dunder, "Return a formatted version of the string as described by format_spec."),
    {"maketrans", RP_CFUNC(str_maketrans), RP_METH_FASTCALL | RP_METH_STATIC,
     "Return a translation table usable for str.translate()."},
    NOARGS("__sizeof__", rp_str_sizeof_method, "Return the size of the string in memory, in bytes."),
    NOARGS("__getnewargs__", rp_str_getnewargs_method, NULL),
    {NULL, NULL, 0, NULL}
};
