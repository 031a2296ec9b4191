/* bytes_methods.c - the methods bytes and bytearray share (CPython's
 * Objects/bytes_methods.c and stringlib, for the two types at once).
 *
 * Every method here takes `self` of either type and returns results of
 * self's type (b'x'.upper() is bytes, bytearray(b'x').upper() a
 * bytearray).  An exact bytes is returned itself when unchanged
 * (b'abc'.strip() is the same object), as in CPython.  Arguments accept
 * any bytes-like object (bytes or bytearray).
 */
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "bytesobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "str_internal.h"
#include "tupleobject.h"
#include "typeobject.h"

/* ---- helpers ----------------------------------------------------------------- */

static inline int is_ba(RpObject *self) { return rp_bytearray_check(self); }

static inline void buf_of(RpObject *self, const char **data, rp_ssize_t *len)
{
    if (is_ba(self)) {
        *data = rp_bytearray_data(self);
        if (*data == NULL) {
            *data = "";
        }
        *len = rp_size(self);
    } else {
        *data = rp_bytes_data(self);
        *len = rp_bytes_len(self);
    }
}

static RpObject *new_like(RpObject *self, const char *data, rp_ssize_t len)
{
    return is_ba(self) ? rp_bytearray_from_data(data, len) : rp_bytes_from_data(data, len);
}

/* self itself for an exact bytes, else a copy of its type */
static RpObject *unchanged(RpObject *self)
{
    if (rp_type(self) == &RpBytes_Type) {
        return rp_newref(self);
    }
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    return new_like(self, d, n);
}

static RpObject *sub_like(RpObject *self, rp_ssize_t i, rp_ssize_t j)
{
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    if (i == 0 && j == n) {
        return unchanged(self);
    }
    return new_like(self, d + i, j - i);
}

static int need_buffer(RpObject *o, const char **data, rp_ssize_t *len)
{
    if (rp_bytes_like(o, data, len)) {
        return 0;
    }
    rp_err_format(&RpExc_TypeError, "a bytes-like object is required, not '%.100s'",
                  rp_type_name(rp_type(o)));
    return -1;
}

/* A result built in an RpByteBuf, of self's type. */
static RpObject *finish_like(RpObject *self, RpByteBuf *b)
{
    if (!is_ba(self)) {
        /* a new object even for one byte: CPython builds these results
           with PyBytes_FromStringAndSize(NULL, n), not the byte cache */
        RpObject *r = b->len == 0 ? rp_bytes_new(0) : rp_bytes_new(b->len);
        if (r != NULL && b->len > 0) {
            memcpy(rp_bytes_data(r), b->buf, (size_t)b->len);
        }
        rp_bytebuf_discard(b);
        return r;
    }
    RpObject *r = rp_bytearray_from_data(b->buf, b->len);
    rp_bytebuf_discard(b);
    return r;
}

static inline int b_isspace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
static inline int b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int b_isalpha(unsigned char c) { return b_islower(c) || b_isupper(c); }
static inline int b_isalnum(unsigned char c) { return b_isalpha(c) || b_isdigit(c); }
static inline unsigned char b_lower(unsigned char c) { return b_isupper(c) ? (unsigned char)(c + 32) : c; }
static inline unsigned char b_upper(unsigned char c) { return b_islower(c) ? (unsigned char)(c - 32) : c; }

/* ---- predicates ---------------------------------------------------------------- */

#define PREDICATE(NAME, TEST)                                          \
    RpObject *rp_bm_##NAME(RpObject *self, RpObject *unused)           \
    {                                                                  \
        const char *d;                                                 \
        rp_ssize_t n;                                                  \
        buf_of(self, &d, &n);                                          \
        if (n == 0) {                                                  \
            return rp_bool_from_long(0);                               \
        }                                                              \
        for (rp_ssize_t i = 0; i < n; i++) {                           \
            if (!TEST((unsigned char)d[i])) {                          \
                return rp_bool_from_long(0);                           \
            }                                                          \
        }                                                              \
        return rp_bool_from_long(1);                                   \
    }
PREDICATE(isspace, b_isspace)
PREDICATE(isdigit, b_isdigit)
PREDICATE(isalpha, b_isalpha)
PREDICATE(isalnum, b_isalnum)

RpObject *rp_bm_isascii(RpObject *self, RpObject *unused)
{
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    for (rp_ssize_t i = 0; i < n; i++) {
        if ((unsigned char)d[i] >= 128) {
            return rp_bool_from_long(0);
        }
    }
    return rp_bool_from_long(1);
}

RpObject *rp_bm_islower(RpObject *self, RpObject *unused)
{
    const char *d;
    rp_ssize_t n;
    int cased = 0;
    buf_of(self, &d, &n);
    for (rp_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (b_isupper(c)) {
            return rp_bool_from_long(0);
        }
        cased |= b_islower(c);
    }
    return rp_bool_from_long(cased);
}

RpObject *rp_bm_isupper(RpObject *self, RpObject *unused)
{
    const char *d;
    rp_ssize_t n;
    int cased = 0;
    buf_of(self, &d, &n);
    for (rp_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (b_islower(c)) {
            return rp_bool_from_long(0);
        }
        cased |= b_isupper(c);
    }
    return rp_bool_from_long(cased);
}

RpObject *rp_bm_istitle(RpObject *self, RpObject *unused)
{
    const char *d;
    rp_ssize_t n;
    int cased = 0, prev = 0;
    buf_of(self, &d, &n);
    for (rp_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (b_isupper(c)) {
            if (prev) {
                return rp_bool_from_long(0);
            }
            prev = cased = 1;
        } else if (b_islower(c)) {
            if (!prev) {
                return rp_bool_from_long(0);
            }
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return rp_bool_from_long(cased);
}

/* ---- case ------------------------------------------------------------------------ */

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAPITALIZE };

static RpObject *do_case(RpObject *self, int how)
{
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    RpByteBuf b;
    if (rp_bytebuf_init(&b, n) < 0) {
        return NULL;
    }
    int prev = 0;
    for (rp_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i], r;
        switch (how) {
        case BC_LOWER: r = b_lower(c); break;
        case BC_UPPER: r = b_upper(c); break;
        case BC_SWAP: r = b_isupper(c) ? b_lower(c) : b_upper(c); break;
        case BC_TITLE:
            r = prev ? b_lower(c) : b_upper(c);
            prev = b_isalpha(c);
            break;
        default: r = i == 0 ? b_upper(c) : b_lower(c); break;
        }
        b.buf[i] = (char)r;
    }
    b.len = n;
    return finish_like(self, &b);
}

RpObject *rp_bm_lower(RpObject *self, RpObject *u) { return do_case(self, BC_LOWER); }
RpObject *rp_bm_upper(RpObject *self, RpObject *u) { return do_case(self, BC_UPPER); }
RpObject *rp_bm_swapcase(RpObject *self, RpObject *u) { return do_case(self, BC_SWAP); }
RpObject *rp_bm_title(RpObject *self, RpObject *u) { return do_case(self, BC_TITLE); }
RpObject *rp_bm_capitalize(RpObject *self, RpObject *u) { return do_case(self, BC_CAPITALIZE); }

/* ---- searching ------------------------------------------------------------------------ */

/* The needle of find/count/index...: an int byte or a bytes-like. */
static int needle_arg(RpObject *o, const char **p, rp_ssize_t *m, char *byte)
{
    if (rp_bytes_like(o, p, m)) {
        return 0;
    }
    if (rp_index_check(o)) {
        rp_ssize_t v = rp_number_as_ssize_t(o, NULL);
        if (v == -1 && rp_err_occurred()) {
            return -1;
        }
        if (v < 0 || v > 255) {
            rp_err_set_string(&RpExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *byte = (char)v;
        *p = byte;
        *m = 1;
        return 0;
    }
    rp_err_format(&RpExc_TypeError, "argument should be integer or bytes-like object, not '%.200s'",
                  rp_type_name(rp_type(o)));
    return -1;
}

/* -2 error; otherwise the index / count (-1 absent) */
static rp_ssize_t find_common(const char *name, RpObject *self, RpObject *const *args,
                              size_t nargs, int mode)
{
    RpObject *sub;
    rp_ssize_t start, end;
    if (rp_strarg_parse_finds(name, args, nargs, &sub, &start, &end) < 0) {
        return -2;
    }
    const char *p;
    rp_ssize_t m;
    char byte;
    if (needle_arg(sub, &p, &m, &byte) < 0) {
        return -2;
    }
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    rp_str_adjust_indices(n, &start, &end);
    if (end - start < m) {
        return mode == RP_FAST_COUNT ? 0 : -1;
    }
    rp_ssize_t r = rp_fastsearch_bytes(d + start, end - start, p, m, -1, mode);
    if (mode != RP_FAST_COUNT && r >= 0) {
        r += start;
    }
    return r;
}

RpObject *rp_bm_find(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("find", self, args, nargs, RP_FAST_SEARCH);
    return r == -2 ? NULL : rp_int_from_ssize_t(r);
}

RpObject *rp_bm_rfind(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("rfind", self, args, nargs, RP_FAST_RSEARCH);
    return r == -2 ? NULL : rp_int_from_ssize_t(r);
}

RpObject *rp_bm_index(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("index", self, args, nargs, RP_FAST_SEARCH);
    if (r == -2) {
        return NULL;
    }
    if (r < 0) {
        return rp_err_set_string(&RpExc_ValueError, "subsection not found");
    }
    return rp_int_from_ssize_t(r);
}

RpObject *rp_bm_rindex(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("rindex", self, args, nargs, RP_FAST_RSEARCH);
    if (r == -2) {
        return NULL;
    }
    if (r < 0) {
        return rp_err_set_string(&RpExc_ValueError, "subsection not found");
    }
    return rp_int_from_ssize_t(r);
}

RpObject *rp_bm_count(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t r = find_common("count", self, args, nargs, RP_FAST_COUNT);
    return r == -2 ? NULL : rp_int_from_ssize_t(r < 0 ? 0 : r);
}

int rp_bm_contains(RpObject *self, RpObject *arg)
{
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    const char *p;
    rp_ssize_t m;
    if (rp_bytes_like(arg, &p, &m)) {
        return rp_fastsearch_bytes(d, n, p, m, -1, RP_FAST_SEARCH) >= 0;
    }
    if (rp_index_check(arg)) {
        rp_ssize_t v = rp_number_as_ssize_t(arg, NULL);
        if (v == -1 && rp_err_occurred()) {
            return -1;
        }
        if (v < 0 || v > 255) {
            rp_err_set_string(&RpExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(d, (int)v, (size_t)n) != NULL;
    }
    rp_err_format(&RpExc_TypeError, "a bytes-like object is required, not '%.100s'",
                  rp_type_name(rp_type(arg)));
    return -1;
}

static int tailmatch(const char *d, rp_ssize_t n, const char *p, rp_ssize_t m,
                     rp_ssize_t start, rp_ssize_t end, int direction)
{
    rp_str_adjust_indices(n, &start, &end);
    end -= m;
    if (end < start) {
        return 0;
    }
    if (m == 0) {
        return 1;
    }
    return memcmp(d + (direction > 0 ? end : start), p, (size_t)m) == 0;
}

static RpObject *starts_ends(const char *name, RpObject *self, RpObject *const *args,
                             size_t nargs, int direction)
{
    RpObject *sub;
    rp_ssize_t start, end;
    if (rp_strarg_parse_finds(name, args, nargs, &sub, &start, &end) < 0) {
        return NULL;
    }
    const char *d, *p;
    rp_ssize_t n, m;
    buf_of(self, &d, &n);
    if (rp_tuple_check(sub)) {
        for (rp_ssize_t i = 0; i < rp_tuple_len(sub); i++) {
            if (need_buffer(rp_tuple_get_borrow(sub, i), &p, &m) < 0) {
                return NULL;
            }
            if (tailmatch(d, n, p, m, start, end, direction)) {
                return rp_bool_from_long(1);
            }
        }
        return rp_bool_from_long(0);
    }
    if (!rp_bytes_like(sub, &p, &m)) {
        return rp_err_format(&RpExc_TypeError,
                             "%s first arg must be bytes or a tuple of bytes, not %.100s", name,
                             rp_type_name(rp_type(sub)));
    }
    return rp_bool_from_long(tailmatch(d, n, p, m, start, end, direction));
}

RpObject *rp_bm_startswith(RpObject *self, RpObject *const *args, size_t nargs)
{
    return starts_ends("startswith", self, args, nargs, -1);
}

RpObject *rp_bm_endswith(RpObject *self, RpObject *const *args, size_t nargs)
{
    return starts_ends("endswith", self, args, nargs, +1);
}

RpObject *rp_bm_removeprefix(RpObject *self, RpObject *arg)
{
    const char *d, *p;
    rp_ssize_t n, m;
    if (need_buffer(arg, &p, &m) < 0) {
        return NULL;
    }
    buf_of(self, &d, &n);
    if (m <= n && memcmp(d, p, (size_t)m) == 0) {
        return sub_like(self, m, n);
    }
    return unchanged(self);
}

RpObject *rp_bm_removesuffix(RpObject *self, RpObject *arg)
{
    const char *d, *p;
    rp_ssize_t n, m;
    if (need_buffer(arg, &p, &m) < 0) {
        return NULL;
    }
    buf_of(self, &d, &n);
    if (m > 0 && m <= n && memcmp(d + n - m, p, (size_t)m) == 0) {
        return sub_like(self, 0, n - m);
    }
    return unchanged(self);
}

/* ---- strip, split, partition, join, replace -------------------------------------------- */

static RpObject *do_strip(const char *name, RpObject *self, RpObject *const *args, size_t nargs,
                          int left, int right)
{
    if (rp_strarg_check_positional(name, nargs, 0, 1) < 0) {
        return NULL;
    }
    const char *d, *chars = NULL;
    rp_ssize_t n, nchars = 0;
    buf_of(self, &d, &n);
    if (nargs > 0 && args[0] != rp_None && need_buffer(args[0], &chars, &nchars) < 0) {
        return NULL;
    }
    rp_ssize_t i = 0, j = n;
    if (chars == NULL) {
        if (left) while (i < n && b_isspace((unsigned char)d[i])) i++;
        if (right) while (j > i && b_isspace((unsigned char)d[j - 1])) j--;
    } else {
        if (left) while (i < n && memchr(chars, d[i], (size_t)nchars)) i++;
        if (right) while (j > i && memchr(chars, d[j - 1], (size_t)nchars)) j--;
    }
    return sub_like(self, i, j);
}

RpObject *rp_bm_strip(RpObject *self, RpObject *const *args, size_t nargs)
{
    return do_strip("strip", self, args, nargs, 1, 1);
}
RpObject *rp_bm_lstrip(RpObject *self, RpObject *const *args, size_t nargs)
{
    return do_strip("lstrip", self, args, nargs, 1, 0);
}
RpObject *rp_bm_rstrip(RpObject *self, RpObject *const *args, size_t nargs)
{
    return do_strip("rstrip", self, args, nargs, 0, 1);
}

static int append_part(RpObject *list, RpObject *self, rp_ssize_t i, rp_ssize_t j)
{
    RpObject *p = sub_like(self, i, j);
    if (p == NULL) {
        return -1;
    }
    int r = rp_list_append(list, p);
    rp_decref(p);
    return r;
}

static int split_args(const char *name, RpObject *const *args, size_t nargs, RpObject *kwnames,
                      const char **sep, rp_ssize_t *seplen, rp_ssize_t *maxsplit)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    RpObject *a[2];
    if (rp_strarg_unpack(name, args, nargs, kwnames, kwlist, 0, 0, 2, a) < 0) {
        return -1;
    }
    *maxsplit = -1;
    if (a[1] != NULL && rp_strarg_ssize(a[1], maxsplit) < 0) {
        return -1;
    }
    if (*maxsplit < 0) {
        *maxsplit = RP_SSIZE_T_MAX;
    }
    *sep = NULL;
    if (a[0] != NULL && a[0] != rp_None) {
        if (need_buffer(a[0], sep, seplen) < 0) {
            return -1;
        }
        if (*seplen == 0) {
            rp_err_set_string(&RpExc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

RpObject *rp_bm_split(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    const char *sep;
    rp_ssize_t seplen = 0, maxcount;
    if (split_args("split", args, nargs, kwnames, &sep, &seplen, &maxcount) < 0) {
        return NULL;
    }
    const char *d;
    rp_ssize_t n, i = 0, j;
    buf_of(self, &d, &n);
    RpObject *list = rp_split_list_new(maxcount);
    if (list == NULL) {
        return NULL;
    }
    if (sep == NULL) {
        while (maxcount-- > 0) {
            while (i < n && b_isspace((unsigned char)d[i])) i++;
            if (i == n) break;
            j = i++;
            while (i < n && !b_isspace((unsigned char)d[i])) i++;
            if (append_part(list, self, j, i) < 0) goto fail;
        }
        if (i < n) {
            while (i < n && b_isspace((unsigned char)d[i])) i++;
            if (i != n && append_part(list, self, i, n) < 0) goto fail;
        }
        return list;
    }
    while (maxcount-- > 0) {
        rp_ssize_t pos = rp_fastsearch_bytes(d + i, n - i, sep, seplen, -1, RP_FAST_SEARCH);
        if (pos < 0) break;
        if (append_part(list, self, i, i + pos) < 0) goto fail;
        i += pos + seplen;
    }
    if (append_part(list, self, i, n) < 0) goto fail;
    return list;
fail:
    rp_decref(list);
    return NULL;
}

RpObject *rp_bm_rsplit(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    const char *sep;
    rp_ssize_t seplen = 0, maxcount;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &seplen, &maxcount) < 0) {
        return NULL;
    }
    const char *d;
    rp_ssize_t n, i, j;
    buf_of(self, &d, &n);
    RpObject *list = rp_split_list_new(maxcount);
    if (list == NULL) {
        return NULL;
    }
    if (sep == NULL) {
        i = n - 1;
        while (maxcount-- > 0) {
            while (i >= 0 && b_isspace((unsigned char)d[i])) i--;
            if (i < 0) break;
            j = i--;
            while (i >= 0 && !b_isspace((unsigned char)d[i])) i--;
            if (append_part(list, self, i + 1, j + 1) < 0) goto fail;
        }
        if (i >= 0) {
            while (i >= 0 && b_isspace((unsigned char)d[i])) i--;
            if (i >= 0 && append_part(list, self, 0, i + 1) < 0) goto fail;
        }
    } else {
        j = n;
        while (maxcount-- > 0) {
            rp_ssize_t pos = rp_fastsearch_bytes(d, j, sep, seplen, -1, RP_FAST_RSEARCH);
            if (pos < 0) break;
            if (append_part(list, self, pos + seplen, j) < 0) goto fail;
            j = pos;
        }
        if (append_part(list, self, 0, j) < 0) goto fail;
    }
    if (rp_list_reverse(list) < 0) goto fail;
    return list;
fail:
    rp_decref(list);
    return NULL;
}

RpObject *rp_bm_splitlines(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"keepends", NULL};
    RpObject *a[1];
    if (rp_strarg_unpack("splitlines", args, nargs, kwnames, kwlist, 0, 0, 1, a) < 0) {
        return NULL;
    }
    rp_ssize_t keepends = 0;
    if (a[0] != NULL && rp_strarg_ssize(a[0], &keepends) < 0) {
        return NULL;
    }
    const char *d;
    rp_ssize_t n, i = 0, j = 0;
    buf_of(self, &d, &n);
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    while (i < n) {
        while (i < n && d[i] != '\n' && d[i] != '\r') i++;
        rp_ssize_t eol = i;
        if (i < n) {
            if (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') i += 2;
            else i++;
            if (keepends) eol = i;
        }
        if (append_part(list, self, j, eol) < 0) {
            rp_decref(list);
            return NULL;
        }
        j = i;
    }
    return list;
}

static RpObject *partition_impl(RpObject *self, RpObject *arg, int reverse)
{
    const char *d, *p;
    rp_ssize_t n, m;
    if (need_buffer(arg, &p, &m) < 0) {
        return NULL;
    }
    if (m == 0) {
        return rp_err_set_string(&RpExc_ValueError, "empty separator");
    }
    buf_of(self, &d, &n);
    rp_ssize_t pos = rp_fastsearch_bytes(d, n, p, m, -1, reverse ? RP_FAST_RSEARCH : RP_FAST_SEARCH);
    RpObject *a, *b, *c;
    if (pos < 0) {
        RpObject *whole = unchanged(self);
        RpObject *e1 = new_like(self, "", 0), *e2 = new_like(self, "", 0);
        RpObject *t = NULL;
        if (whole && e1 && e2) {
            t = reverse ? rp_tuple_pack(3, e1, e2, whole) : rp_tuple_pack(3, whole, e1, e2);
        }
        rp_xdecref(whole);
        rp_xdecref(e1);
        rp_xdecref(e2);
        return t;
    }
    a = sub_like(self, 0, pos);
    b = (rp_type(arg) == &RpBytes_Type && !is_ba(self)) ? rp_newref(arg) : new_like(self, p, m);
    c = sub_like(self, pos + m, n);
    RpObject *t = NULL;
    if (a && b && c) {
        t = rp_tuple_pack(3, a, b, c);
    }
    rp_xdecref(a);
    rp_xdecref(b);
    rp_xdecref(c);
    return t;
}

RpObject *rp_bm_partition(RpObject *self, RpObject *arg) { return partition_impl(self, arg, 0); }
RpObject *rp_bm_rpartition(RpObject *self, RpObject *arg) { return partition_impl(self, arg, 1); }

RpObject *rp_bm_join(RpObject *self, RpObject *iterable)
{
    RpObject *seq = rp_sequence_fast(iterable, "can only join an iterable");
    if (seq == NULL) {
        return NULL;
    }
    rp_ssize_t n;
    RpObject **items;
    if (rp_list_check(seq)) {
        n = rp_list_len(seq);
        items = rp_list_items(seq);
    } else {
        n = rp_tuple_len(seq);
        items = rp_tuple_items(seq);
    }
    RpObject *r = NULL;
    if (n == 1 && rp_type(items[0]) == &RpBytes_Type && !is_ba(self)) {
        r = rp_newref(items[0]);
        goto done;
    }
    const char *sep;
    rp_ssize_t seplen;
    buf_of(self, &sep, &seplen);
    RpByteBuf b;
    if (rp_bytebuf_init(&b, 0) < 0) {
        goto done;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        const char *p;
        rp_ssize_t m;
        if (!rp_bytes_like(items[i], &p, &m)) {
            rp_err_format(&RpExc_TypeError,
                          "sequence item %zd: expected a bytes-like object, %.80s found", i,
                          rp_type_name(rp_type(items[i])));
            rp_bytebuf_discard(&b);
            goto done;
        }
        if ((i > 0 && rp_bytebuf_append(&b, sep, seplen) < 0) || rp_bytebuf_append(&b, p, m) < 0) {
            rp_bytebuf_discard(&b);
            goto done;
        }
    }
    r = finish_like(self, &b);
done:
    rp_decref(seq);
    return r;
}

RpObject *rp_bm_replace(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (rp_strarg_check_positional("replace", nargs, 2, 3) < 0) {
        return NULL;
    }
    const char *old, *new_, *d;
    rp_ssize_t olen, nlen, n, maxcount = -1;
    if (need_buffer(args[0], &old, &olen) < 0 || need_buffer(args[1], &new_, &nlen) < 0) {
        return NULL;
    }
    if (nargs > 2 && rp_strarg_ssize(args[2], &maxcount) < 0) {
        return NULL;
    }
    if (maxcount < 0) {
        maxcount = RP_SSIZE_T_MAX;
    }
    buf_of(self, &d, &n);
    rp_ssize_t count = olen == 0 ? (n + 1 < maxcount ? n + 1 : maxcount)
                                 : rp_fastsearch_bytes(d, n, old, olen, maxcount, RP_FAST_COUNT);
    if (count <= 0 || maxcount == 0) {
        return unchanged(self);
    }
    RpByteBuf b;
    if (rp_bytebuf_init(&b, n) < 0) {
        return NULL;
    }
    rp_ssize_t i = 0;
    for (rp_ssize_t k = 0; k < count; k++) {
        if (olen == 0) {
            if (rp_bytebuf_append(&b, new_, nlen) < 0) goto fail;
            if (i < n && rp_bytebuf_append(&b, d + i++, 1) < 0) goto fail;
            continue;
        }
        rp_ssize_t pos = rp_fastsearch_bytes(d + i, n - i, old, olen, -1, RP_FAST_SEARCH);
        if (pos < 0) break;
        if (rp_bytebuf_append(&b, d + i, pos) < 0 || rp_bytebuf_append(&b, new_, nlen) < 0) goto fail;
        i += pos + olen;
    }
    if (rp_bytebuf_append(&b, d + i, n - i) < 0) goto fail;
    return finish_like(self, &b);
fail:
    rp_bytebuf_discard(&b);
    return NULL;
}

/* ---- padding, tabs ------------------------------------------------------------------------ */

static int pad_args(const char *name, RpObject *const *args, size_t nargs, rp_ssize_t *width,
                    char *fill)
{
    if (rp_strarg_check_positional(name, nargs, 1, 2) < 0 || rp_strarg_ssize(args[0], width) < 0) {
        return -1;
    }
    *fill = ' ';
    if (nargs > 1) {
        const char *p;
        rp_ssize_t m;
        if (!rp_bytes_like(args[1], &p, &m) || m != 1) {
            rp_err_format(&RpExc_TypeError,
                          "%s() argument 2 must be a byte string of length 1, not %.50s", name,
                          rp_strarg_type_name(args[1]));
            return -1;
        }
        *fill = p[0];
    }
    return 0;
}

static RpObject *pad(RpObject *self, rp_ssize_t left, rp_ssize_t right, char fill)
{
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) {
        return unchanged(self);
    }
    RpByteBuf b;
    if (rp_bytebuf_init(&b, left + n + right) < 0) {
        return NULL;
    }
    memset(b.buf, fill, (size_t)left);
    memcpy(b.buf + left, d, (size_t)n);
    memset(b.buf + left + n, fill, (size_t)right);
    b.len = left + n + right;
    return finish_like(self, &b);
}

RpObject *rp_bm_center(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t width;
    char fill;
    if (pad_args("center", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    rp_ssize_t n = is_ba(self) ? rp_size(self) : rp_bytes_len(self);
    if (n >= width) {
        return unchanged(self);
    }
    rp_ssize_t marg = width - n, left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

RpObject *rp_bm_ljust(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t width;
    char fill;
    if (pad_args("ljust", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    rp_ssize_t n = is_ba(self) ? rp_size(self) : rp_bytes_len(self);
    return n >= width ? unchanged(self) : pad(self, 0, width - n, fill);
}

RpObject *rp_bm_rjust(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t width;
    char fill;
    if (pad_args("rjust", args, nargs, &width, &fill) < 0) {
        return NULL;
    }
    rp_ssize_t n = is_ba(self) ? rp_size(self) : rp_bytes_len(self);
    return n >= width ? unchanged(self) : pad(self, width - n, 0, fill);
}

RpObject *rp_bm_zfill(RpObject *self, RpObject *arg)
{
    rp_ssize_t width;
    if (rp_strarg_ssize(arg, &width) < 0) {
        return NULL;
    }
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    if (n >= width) {
        return unchanged(self);
    }
    rp_ssize_t fill = width - n;
    RpByteBuf b;
    if (rp_bytebuf_init(&b, width) < 0) {
        return NULL;
    }
    memset(b.buf, '0', (size_t)fill);
    memcpy(b.buf + fill, d, (size_t)n);
    b.len = width;
    if (n > 0 && (d[0] == '+' || d[0] == '-')) {
        b.buf[0] = d[0];
        b.buf[fill] = '0';
    }
    return finish_like(self, &b);
}

RpObject *rp_bm_expandtabs(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    RpObject *a[1];
    if (rp_strarg_unpack("expandtabs", args, nargs, kwnames, kwlist, 0, 0, 1, a) < 0) {
        return NULL;
    }
    rp_ssize_t tabsize = 8;
    if (a[0] != NULL && rp_strarg_ssize(a[0], &tabsize) < 0) {
        return NULL;
    }
    const char *d;
    rp_ssize_t n, col = 0;
    buf_of(self, &d, &n);
    RpByteBuf b;
    if (rp_bytebuf_init(&b, n) < 0) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        char c = d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                rp_ssize_t incr = tabsize - (col % tabsize);
                col += incr;
                for (rp_ssize_t k = 0; k < incr; k++) {
                    if (rp_bytebuf_append_char(&b, ' ') < 0) goto fail;
                }
            }
        } else {
            col++;
            if (rp_bytebuf_append_char(&b, c) < 0) goto fail;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return finish_like(self, &b);
fail:
    rp_bytebuf_discard(&b);
    return NULL;
}

/* ---- translate, maketrans, hex, fromhex, decode ----------------------------------------------- */

RpObject *rp_bm_translate(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"delete", NULL};
    RpObject *a[2];
    if (rp_strarg_unpack("translate", args, nargs, kwnames, kwlist, 1, 1, 2, a) < 0) {
        return NULL;
    }
    const char *table = NULL, *del = NULL, *d;
    rp_ssize_t tlen = 0, dlen = 0, n;
    if (a[0] != rp_None) {
        if (need_buffer(a[0], &table, &tlen) < 0) {
            return NULL;
        }
        if (tlen != 256) {
            return rp_err_set_string(&RpExc_ValueError, "translation table must be 256 characters long");
        }
    }
    if (a[1] != NULL && need_buffer(a[1], &del, &dlen) < 0) {
        return NULL;
    }
    buf_of(self, &d, &n);
    unsigned char deleted[256];
    memset(deleted, 0, sizeof(deleted));
    for (rp_ssize_t i = 0; i < dlen; i++) {
        deleted[(unsigned char)del[i]] = 1;
    }
    if (table == NULL && dlen == 0) {
        return unchanged(self);
    }
    RpByteBuf b;
    if (rp_bytebuf_init(&b, n) < 0) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (!deleted[c]) {
            b.buf[b.len++] = table ? table[c] : (char)c;
        }
    }
    return finish_like(self, &b);
}

RpObject *rp_bm_maketrans(RpObject *unused, RpObject *const *args, size_t nargs)
{
    if (rp_strarg_check_positional("maketrans", nargs, 2, 2) < 0) {
        return NULL;
    }
    const char *f, *t;
    rp_ssize_t fl, tl;
    if (need_buffer(args[0], &f, &fl) < 0 || need_buffer(args[1], &t, &tl) < 0) {
        return NULL;
    }
    if (fl != tl) {
        return rp_err_set_string(&RpExc_ValueError, "maketrans arguments must have same length");
    }
    RpObject *r = rp_bytes_new(256);
    if (r == NULL) {
        return NULL;
    }
    char *p = rp_bytes_data(r);
    for (int i = 0; i < 256; i++) {
        p[i] = (char)i;
    }
    for (rp_ssize_t i = 0; i < fl; i++) {
        p[(unsigned char)f[i]] = t[i];
    }
    return r;
}

RpObject *rp_bm_hex(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"sep", "bytes_per_sep", NULL};
    RpObject *a[2];
    if (rp_strarg_unpack("hex", args, nargs, kwnames, kwlist, 0, 0, 2, a) < 0) {
        return NULL;
    }
    char sep = 0;
    rp_ssize_t per = 1;
    if (a[0] != NULL) {
        const char *p;
        rp_ssize_t m;
        if (rp_str_check(a[0])) {
            if (rp_str_len(a[0]) != 1) {
                return rp_err_set_string(&RpExc_ValueError, "sep must be length 1.");
            }
            uint32_t c = rp_str_read_char(a[0], 0);
            if (c > 127) {
                return rp_err_set_string(&RpExc_ValueError, "sep must be ASCII.");
            }
            sep = (char)c;
        } else if (rp_bytes_like(a[0], &p, &m)) {
            if (m != 1) {
                return rp_err_set_string(&RpExc_ValueError, "sep must be length 1.");
            }
            if ((unsigned char)p[0] > 127) {
                return rp_err_set_string(&RpExc_ValueError, "sep must be ASCII.");
            }
            sep = p[0];
        } else {
            return rp_err_format(&RpExc_TypeError, "object of type '%.200s' has no len()",
                                 rp_type_name(rp_type(a[0])));
        }
    }
    if (a[1] != NULL && rp_strarg_ssize(a[1], &per) < 0) {
        return NULL;
    }
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    static const char hexd[] = "0123456789abcdef";
    rp_ssize_t group = per < 0 ? -per : per;
    int use_sep = sep != 0 && group != 0 && n > 0;
    rp_ssize_t nsep = use_sep ? (n - 1) / group : 0;
    RpObject *r = rp_str_new(2 * n + nsep, 127);
    if (r == NULL) {
        return NULL;
    }
    char *out = rp_str_data(r);
    rp_ssize_t k = 0;
    for (rp_ssize_t i = 0; i < n; i++) {
        if (use_sep && i > 0) {
            /* positive: groups counted from the right; negative: left */
            int boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
            if (boundary) {
                out[k++] = sep;
            }
        }
        unsigned char c = (unsigned char)d[i];
        out[k++] = hexd[c >> 4];
        out[k++] = hexd[c & 15];
    }
    return r;
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* bytes.fromhex / bytearray.fromhex (classmethod: self is the class) */
RpObject *rp_bm_fromhex(RpObject *cls, RpObject *arg)
{
    if (!rp_str_check(arg)) {
        return rp_err_format(&RpExc_TypeError, "fromhex() argument must be str, not %.50s",
                             rp_type_name(rp_type(arg)));
    }
    rp_ssize_t n = rp_str_len(arg), i = 0;
    RpByteBuf b;
    if (rp_bytebuf_init(&b, n / 2) < 0) {
        return NULL;
    }
    while (i < n) {
        uint32_t c = rp_str_read_char(arg, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        int hi = hexval(c);
        if (hi < 0) {
            rp_bytebuf_discard(&b);
            return rp_err_format(&RpExc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zd", i);
        }
        int lo = i + 1 < n ? hexval(rp_str_read_char(arg, i + 1)) : -1;
        if (lo < 0) {
            rp_bytebuf_discard(&b);
            return rp_err_format(&RpExc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zd",
                                 i + 1);
        }
        if (rp_bytebuf_append_char(&b, (char)(hi * 16 + lo)) < 0) {
            rp_bytebuf_discard(&b);
            return NULL;
        }
        i += 2;
    }
    RpTypeObject *t = (RpTypeObject *)cls;
    RpObject *r;
    if (t == &RpByteArray_Type || rp_type_is_subtype(t, &RpByteArray_Type)) {
        r = rp_bytearray_from_data(b.buf, b.len);
        rp_bytebuf_discard(&b);
    } else {
        r = rp_bytebuf_finish(&b);
    }
    if (r == NULL || t == &RpBytes_Type || t == &RpByteArray_Type) {
        return r;
    }
    /* a subclass: cls(result) */
    RpObject *sub = rp_call_one(cls, r);
    rp_decref(r);
    return sub;
}

RpObject *rp_bm_decode(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    RpObject *a[2];
    if (rp_strarg_unpack("decode", args, nargs, kwnames, kwlist, 0, 0, 2, a) < 0) {
        return NULL;
    }
    const char *encoding = "utf-8", *errors = NULL;
    if (a[0] != NULL && (encoding = rp_strarg_cstr("decode", "encoding", a[0])) == NULL) {
        return NULL;
    }
    if (a[1] != NULL && (errors = rp_strarg_cstr("decode", "errors", a[1])) == NULL) {
        return NULL;
    }
    const char *d;
    rp_ssize_t n;
    buf_of(self, &d, &n);
    return rp_str_decode(d, n, encoding, errors);
}

RpObject *rp_bm_mod(RpObject *a, RpObject *b)
{
    if (!rp_bytes_check(a) && !rp_bytearray_check(a)) {
        return rp_notimplemented_new();
    }
    const char *d;
    rp_ssize_t n;
    buf_of(a, &d, &n);
    RpObject *r = rp_bytes_percent_format(d, n, b);
    if (r == NULL || !is_ba(a)) {
        return r;
    }
    RpObject *ba = rp_bytearray_from_data(rp_bytes_data(r), rp_bytes_len(r));
    rp_decref(r);
    return ba;
}
