/* bytearrayobject.c - bytearray: a mutable, growable array of bytes.
 *
 * Layout as CPython 3.11's PyByteArrayObject (56 bytes, no GC head): the
 * bytes live in a separate rp_mem block of ob_alloc bytes; ob_start is
 * where the content begins inside it (deleting from the front just moves
 * ob_start, as CPython).  Growth follows PyByteArray_Resize so that
 * sys.getsizeof (56 + ob_alloc) gives CPython's numbers.
 */
#include "bytesobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "boolobject.h"
#include "bytes_internal.h"
#include "dictobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "sliceobject.h"
#include "str_internal.h"
#include "tupleobject.h"
#include "typeobject.h"

_Static_assert(sizeof(RpByteArrayObject) == 56, "PyByteArrayObject is 56 bytes");

#define BA(o) ((RpByteArrayObject *)(o))

int rp_bytearray_check(RpObject *o)
{
    return rp_type(o) == &RpByteArray_Type || rp_type_is_subtype(rp_type(o), &RpByteArray_Type);
}

static inline char *ba_data(RpObject *o) { return BA(o)->ob_start; }
static inline rp_ssize_t ba_len(RpObject *o) { return rp_size(o); }

int rp_bytearray_resize(RpObject *self, rp_ssize_t size)
{
    RpByteArrayObject *b = BA(self);
    rp_ssize_t alloc = b->ob_alloc;
    rp_ssize_t offset = b->ob_start ? b->ob_start - b->ob_bytes : 0;
    if (size < 0 || size > RP_SSIZE_T_MAX / 2) {
        rp_err_nomemory();
        return -1;
    }
    if (size == rp_size(self)) {
        return 0;
    }
    if (b->ob_exports > 0) {
        rp_err_set_string(&RpExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (size + offset + 1 <= alloc) {
        if (size < alloc / 2) {
            alloc = size + 1;      /* major downsize: exact */
        } else {
            rp_set_size(self, size);
            b->ob_start[size] = '\0';
            return 0;
        }
    } else if ((double)size <= (double)alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    char *sval;
    if (offset > 0) {
        sval = rp_mem_malloc((size_t)alloc);
        if (sval == NULL) {
            rp_err_nomemory();
            return -1;
        }
        rp_ssize_t keep = size < rp_size(self) ? size : rp_size(self);
        memcpy(sval, b->ob_start, (size_t)keep);
        rp_mem_free(b->ob_bytes);
    } else {
        sval = rp_mem_realloc(b->ob_bytes, (size_t)alloc);
        if (sval == NULL) {
            rp_err_nomemory();
            return -1;
        }
    }
    b->ob_bytes = b->ob_start = sval;
    b->ob_alloc = alloc;
    rp_set_size(self, size);
    sval[size] = '\0';
    return 0;
}

static RpObject *ba_alloc(RpTypeObject *type)
{
    RpObject *o = type == &RpByteArray_Type ? rp_object_alloc(type) : rp_type_generic_alloc(type, 0);
    if (o == NULL) {
        return NULL;
    }
    rp_set_size(o, 0);
    BA(o)->ob_alloc = 0;
    BA(o)->ob_bytes = BA(o)->ob_start = NULL;
    BA(o)->ob_exports = 0;
    if (rp_object_is_gc(o)) {
        rp_gc_track(o);
    }
    return o;
}

RpObject *rp_bytearray_from_data(const char *data, rp_ssize_t len)
{
    RpObject *o = ba_alloc(&RpByteArray_Type);
    if (o == NULL) {
        return NULL;
    }
    if (len > 0) {
        char *p = rp_mem_malloc((size_t)len + 1);
        if (p == NULL) {
            rp_decref(o);
            return rp_err_nomemory();
        }
        if (data != NULL) {
            memcpy(p, data, (size_t)len);
        }
        p[len] = '\0';
        BA(o)->ob_bytes = BA(o)->ob_start = p;
        BA(o)->ob_alloc = len + 1;
        rp_set_size(o, len);
    }
    return o;
}

static void ba_dealloc(RpObject *o)
{
    if (rp_object_is_gc(o)) {
        rp_gc_untrack(o);
    }
    rp_mem_free(BA(o)->ob_bytes);
    RpTypeObject *t = rp_type(o);
    if (t->tp_free != NULL) {
        t->tp_free(o);
    } else {
        rp_object_free(o);
    }
}

/* a byte value argument (append, insert, remove, item assignment) */
static int byte_value(RpObject *o, int *out)
{
    rp_ssize_t v = rp_number_as_ssize_t(o, NULL);
    if (v == -1 && rp_err_occurred()) {
        return -1;
    }
    if (v < 0 || v > 255) {
        rp_err_set_string(&RpExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* Append the contents of `iterable` (bytes-like or ints) */
static int ba_extend_from(RpObject *self, RpObject *iterable, int for_init)
{
    const char *d;
    rp_ssize_t n;
    if (rp_bytes_like(iterable, &d, &n)) {
        if (n == 0) {
            return 0;
        }
        if (iterable == self) {
            /* b.extend(b): copy first, the buffer may move */
            RpObject *copy = rp_bytes_from_data(d, n);
            if (copy == NULL) {
                return -1;
            }
            int r = ba_extend_from(self, copy, for_init);
            rp_decref(copy);
            return r;
        }
        rp_ssize_t old = ba_len(self);
        if (rp_bytearray_resize(self, old + n) < 0) {
            return -1;
        }
        memcpy(ba_data(self) + old, d, (size_t)n);
        return 0;
    }
    if (rp_type(iterable)->tp_iter == NULL && rp_type(iterable)->sq_item == NULL) {
        if (for_init) {
            rp_err_format(&RpExc_TypeError, "cannot convert '%.200s' object to bytearray",
                          rp_type_name(rp_type(iterable)));
        } else {
            rp_err_format(&RpExc_TypeError, "can't extend bytearray with %.100s",
                          rp_type_name(rp_type(iterable)));
        }
        return -1;
    }
    if (for_init && (rp_list_check_exact(iterable) || rp_tuple_check_exact(iterable))) {
        /* CPython's fast path: one resize to the exact length (so the
           buffer is allocated as PyByteArray_Resize does for that size) */
        rp_ssize_t size = rp_list_check_exact(iterable) ? rp_list_len(iterable)
                                                        : rp_tuple_len(iterable);
        if (rp_bytearray_resize(self, size) < 0) {
            return -1;
        }
        rp_ssize_t i;
        for (i = 0; i < size; i++) {
            RpObject *item = rp_list_check_exact(iterable) ? rp_list_get_borrow(iterable, i)
                                                           : rp_tuple_get_borrow(iterable, i);
            if (!rp_int_check_exact(item)) {
                break;      /* the general path below, from empty */
            }
            int v;
            if (byte_value(item, &v) < 0) {
                return -1;
            }
            ba_data(self)[i] = (char)v;
        }
        if (i == size) {
            return 0;
        }
        if (rp_bytearray_resize(self, 0) < 0) {
            return -1;
        }
    }
    RpObject *it = rp_object_get_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    RpObject *item;
    if (!for_init) {
        /* extend(): as CPython, gather the bytes first (room for the
           length hint, else 32; growing by half), then grow self once */
        rp_ssize_t cap = rp_object_length_hint(iterable, 32), len = 0;
        if (cap < 0) {
            rp_decref(it);
            return -1;
        }
        char *buf = rp_mem_malloc((size_t)cap + 1);
        if (buf == NULL) {
            rp_decref(it);
            rp_err_nomemory();
            return -1;
        }
        while ((item = rp_iter_next(it)) != NULL) {
            int v;
            int r = byte_value(item, &v);
            rp_decref(item);
            if (r < 0) {
                goto extend_fail;
            }
            buf[len++] = (char)v;
            if (len >= cap) {
                rp_ssize_t add = len >> 1;
                cap = add > RP_SSIZE_T_MAX - len - 1 ? RP_SSIZE_T_MAX : len + add + 1;
                char *nb = rp_mem_realloc(buf, (size_t)cap + 1);
                if (nb == NULL) {
                    rp_err_nomemory();
                    goto extend_fail;
                }
                buf = nb;
            }
        }
        if (rp_err_occurred()) {
            goto extend_fail;
        }
        rp_decref(it);
        rp_ssize_t old = ba_len(self);
        if (len > 0) {
            if (rp_bytearray_resize(self, old + len) < 0) {
                rp_mem_free(buf);
                return -1;
            }
            memcpy(ba_data(self) + old, buf, (size_t)len);
        }
        rp_mem_free(buf);
        return 0;
    extend_fail:
        rp_mem_free(buf);
        rp_decref(it);
        return -1;
    }
    while ((item = rp_iter_next(it)) != NULL) {
        int v;
        int r = byte_value(item, &v);
        rp_decref(item);
        if (r < 0) {
            rp_decref(it);
            return -1;
        }
        rp_ssize_t old = ba_len(self);
        if (rp_bytearray_resize(self, old + 1) < 0) {
            rp_decref(it);
            return -1;
        }
        ba_data(self)[old] = (char)v;
    }
    rp_decref(it);
    return rp_err_occurred() ? -1 : 0;
}

/* ---- construction: bytearray.__new__ makes it empty, __init__ fills ---- */

static RpObject *ba_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                           RpObject *kwnames)
{
    return ba_alloc(type);
}

static int ba_tp_init(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    RpObject *a[3];
    if (rp_strarg_unpack("bytearray", args, nargs, kwnames, kwlist, 0, 0, 3, a) < 0) {
        return -1;
    }
    if (ba_len(self) > 0 && rp_bytearray_resize(self, 0) < 0) {
        return -1;
    }
    RpObject *x = a[0];
    const char *encoding = NULL, *errors = NULL;
    if (a[1] != NULL && (encoding = rp_strarg_cstr("bytearray", "encoding", a[1])) == NULL) {
        return -1;
    }
    if (a[2] != NULL && (errors = rp_strarg_cstr("bytearray", "errors", a[2])) == NULL) {
        return -1;
    }
    if (x == NULL) {
        if (encoding != NULL || errors != NULL) {
            rp_err_set_string(&RpExc_TypeError, encoding != NULL
                              ? "encoding without a string argument"
                              : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (rp_str_check(x)) {
        if (encoding == NULL) {
            rp_err_set_string(&RpExc_TypeError, "string argument without an encoding");
            return -1;
        }
        RpObject *b = rp_str_encode(x, encoding, errors);
        if (b == NULL) {
            return -1;
        }
        int r = ba_extend_from(self, b, 1);
        rp_decref(b);
        return r;
    }
    if (encoding != NULL || errors != NULL) {
        rp_err_set_string(&RpExc_TypeError, encoding != NULL
                          ? "encoding without a string argument"
                          : "errors without a string argument");
        return -1;
    }
    if (rp_index_check(x)) {
        rp_ssize_t size = rp_number_as_ssize_t(x, &RpExc_OverflowError);
        if (size == -1 && rp_err_occurred()) {
            if (!rp_err_matches(&RpExc_TypeError)) {
                return -1;
            }
            rp_err_clear();
        } else {
            if (size < 0) {
                rp_err_set_string(&RpExc_ValueError, "negative count");
                return -1;
            }
            if (size > 0) {
                if (rp_bytearray_resize(self, size) < 0) {
                    return -1;
                }
                memset(ba_data(self), 0, (size_t)size);
            }
            return 0;
        }
    }
    return ba_extend_from(self, x, 1);
}

/* ---- repr, compare, sequence ---------------------------------------------------- */

RpObject *rp_bytes_repr_data(const char *d, rp_ssize_t n, const char *prefix, const char *suffix);

static RpObject *ba_repr(RpObject *self)
{
    const char *name = rp_type_name(rp_type(self));
    size_t ln = strlen(name);
    char prefix[256];
    if (ln > 200) {
        ln = 200;
    }
    memcpy(prefix, name, ln);
    prefix[ln] = '(';
    prefix[ln + 1] = '\0';
    const char *d = ba_data(self);
    return rp_bytes_repr_data(d ? d : "", ba_len(self), prefix, ")");
}

static RpObject *ba_richcompare(RpObject *a, RpObject *b, int op)
{
    const char *da, *db;
    rp_ssize_t la, lb;
    if (!rp_bytes_like(a, &da, &la) || !rp_bytes_like(b, &db, &lb)) {
        return rp_notimplemented_new();
    }
    if ((op == RP_EQ || op == RP_NE) && la != lb) {
        return rp_bool_from_long(op == RP_NE);
    }
    int c = memcmp(da, db, (size_t)(la < lb ? la : lb));
    if (c == 0) {
        c = la < lb ? -1 : la > lb ? 1 : 0;
    }
    int r;
    switch (op) {
    case RP_LT: r = c < 0; break;
    case RP_LE: r = c <= 0; break;
    case RP_EQ: r = c == 0; break;
    case RP_NE: r = c != 0; break;
    case RP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return rp_bool_from_long(r);
}

static rp_ssize_t ba_length(RpObject *o) { return ba_len(o); }

static RpObject *ba_concat(RpObject *a, RpObject *b)
{
    const char *da, *db;
    rp_ssize_t la, lb;
    if (!rp_bytes_like(a, &da, &la) || !rp_bytes_like(b, &db, &lb)) {
        return rp_err_format(&RpExc_TypeError, "can't concat %.100s to %.100s",
                             rp_type_name(rp_type(b)), rp_type_name(rp_type(a)));
    }
    if (la > RP_SSIZE_T_MAX - lb) {
        return rp_err_nomemory();
    }
    /* one exact allocation, as CPython's bytearray_concat */
    RpObject *r = rp_bytearray_from_data(NULL, la + lb);
    if (r == NULL) {
        return NULL;
    }
    if (la + lb > 0) {
        memcpy(ba_data(r), da, (size_t)la);
        memcpy(ba_data(r) + la, db, (size_t)lb);
    }
    return r;
}

static RpObject *ba_inplace_concat(RpObject *self, RpObject *other)
{
    const char *d;
    rp_ssize_t n;
    if (!rp_bytes_like(other, &d, &n)) {
        return rp_err_format(&RpExc_TypeError, "can't concat %.100s to %.100s",
                             rp_type_name(rp_type(other)), rp_type_name(rp_type(self)));
    }
    if (ba_extend_from(self, other, 0) < 0) {
        return NULL;
    }
    return rp_newref(self);
}

static RpObject *ba_repeat(RpObject *self, rp_ssize_t count)
{
    rp_ssize_t n = ba_len(self);
    if (count < 0) {
        count = 0;
    }
    if (n > 0 && count > RP_SSIZE_T_MAX / n) {
        return rp_err_nomemory();
    }
    RpObject *r = rp_bytearray_from_data("", 0);
    if (r == NULL || n * count == 0) {
        return r;
    }
    if (rp_bytearray_resize(r, n * count) < 0) {
        rp_decref(r);
        return NULL;
    }
    for (rp_ssize_t i = 0; i < count; i++) {
        memcpy(ba_data(r) + i * n, ba_data(self), (size_t)n);
    }
    return r;
}

static RpObject *ba_inplace_repeat(RpObject *self, rp_ssize_t count)
{
    rp_ssize_t n = ba_len(self);
    if (count < 0) {
        count = 0;
    }
    if (n > 0 && count > RP_SSIZE_T_MAX / n) {
        return rp_err_nomemory();
    }
    if (count == 0 || n == 0) {
        if (rp_bytearray_resize(self, 0) < 0) {
            return NULL;
        }
        return rp_newref(self);
    }
    if (rp_bytearray_resize(self, n * count) < 0) {
        return NULL;
    }
    char *d = ba_data(self);
    for (rp_ssize_t i = 1; i < count; i++) {
        memcpy(d + i * n, d, (size_t)n);
    }
    return rp_newref(self);
}

static RpObject *ba_item(RpObject *self, rp_ssize_t i)
{
    if (i < 0 || i >= ba_len(self)) {
        return rp_err_set_string(&RpExc_IndexError, "bytearray index out of range");
    }
    return rp_int_from_long((unsigned char)ba_data(self)[i]);
}

static RpObject *ba_subscript(RpObject *self, RpObject *key)
{
    if (rp_index_check(key)) {
        rp_ssize_t i = rp_number_as_ssize_t(key, &RpExc_IndexError);
        if (i == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += ba_len(self);
        }
        return ba_item(self, i);
    }
    if (rp_slice_check(key)) {
        rp_ssize_t start, stop, step;
        if (rp_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        rp_ssize_t n = rp_slice_adjust_indices(ba_len(self), &start, &stop, step);
        if (n <= 0) {
            return rp_bytearray_from_data("", 0);
        }
        if (step == 1) {
            return rp_bytearray_from_data(ba_data(self) + start, n);
        }
        RpObject *r = rp_bytearray_from_data("", 0);
        if (r == NULL || rp_bytearray_resize(r, n) < 0) {
            rp_xdecref(r);
            return NULL;
        }
        for (rp_ssize_t i = 0, cur = start; i < n; i++, cur += step) {
            ba_data(r)[i] = ba_data(self)[cur];
        }
        return r;
    }
    return rp_err_format(&RpExc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                         rp_type_name(rp_type(key)));
}

/* Replace self[lo:hi] by bytes (CPython's bytearray_setslice_linear) */
static int setslice_linear(RpObject *self, rp_ssize_t lo, rp_ssize_t hi, const char *bytes,
                           rp_ssize_t needed)
{
    rp_ssize_t avail = hi - lo, size = ba_len(self);
    rp_ssize_t growth = needed - avail;
    RpByteArrayObject *b = BA(self);
    if (growth < 0) {
        if (lo == 0) {
            /* shrink from the front: advance the logical start */
            b->ob_start -= growth;
        } else {
            memmove(b->ob_start + lo + needed, b->ob_start + hi, (size_t)(size - hi));
        }
        if (rp_bytearray_resize(self, size + growth) < 0) {
            return -1;
        }
    } else if (growth > 0) {
        if (size > RP_SSIZE_T_MAX - growth) {
            rp_err_nomemory();
            return -1;
        }
        if (rp_bytearray_resize(self, size + growth) < 0) {
            return -1;
        }
        memmove(b->ob_start + lo + needed, b->ob_start + hi, (size_t)(size - hi));
    }
    if (needed > 0) {
        memcpy(b->ob_start + lo, bytes, (size_t)needed);
    }
    return 0;
}

static int ba_ass_subscript(RpObject *self, RpObject *key, RpObject *value)
{
    if (rp_index_check(key)) {
        rp_ssize_t i = rp_number_as_ssize_t(key, &RpExc_IndexError);
        if (i == -1 && rp_err_occurred()) {
            return -1;
        }
        if (i < 0) {
            i += ba_len(self);
        }
        if (i < 0 || i >= ba_len(self)) {
            rp_err_set_string(&RpExc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (value == NULL) {
            return setslice_linear(self, i, i + 1, NULL, 0);
        }
        int v;
        if (byte_value(value, &v) < 0) {
            return -1;
        }
        ba_data(self)[i] = (char)v;
        return 0;
    }
    if (!rp_slice_check(key)) {
        rp_err_format(&RpExc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                      rp_type_name(rp_type(key)));
        return -1;
    }
    rp_ssize_t start, stop, step;
    if (rp_slice_unpack(key, &start, &stop, &step) < 0) {
        return -1;
    }
    rp_ssize_t slicelen = rp_slice_adjust_indices(ba_len(self), &start, &stop, step);
    /* the new bytes */
    RpObject *tmp = NULL;
    const char *bytes = NULL;
    rp_ssize_t needed = 0;
    if (value != NULL) {
        if (value == self || !rp_bytes_like(value, &bytes, &needed)) {
            if (value != self && (rp_str_check(value) || rp_index_check(value) ||
                                  (rp_type(value)->tp_iter == NULL && rp_type(value)->sq_item == NULL))) {
                rp_err_set_string(&RpExc_TypeError,
                                  "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            tmp = rp_bytearray_from_data("", 0);
            if (tmp == NULL || ba_extend_from(tmp, value, 0) < 0) {
                rp_xdecref(tmp);
                return -1;
            }
            bytes = ba_data(tmp) ? ba_data(tmp) : "";
            needed = ba_len(tmp);
        }
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        r = setslice_linear(self, start, stop, bytes, needed);
    } else if (value == NULL) {
        /* delete an extended slice: keep the others, in order */
        if (slicelen > 0) {
            if (step < 0) {
                start = start + step * (slicelen - 1);
                step = -step;
            }
            char *d = ba_data(self);
            rp_ssize_t n = ba_len(self), w = start, k = 0;
            for (rp_ssize_t i = start; i < n; i++) {
                if (k < slicelen && i == start + k * step) {
                    k++;
                    continue;
                }
                d[w++] = d[i];
            }
            r = rp_bytearray_resize(self, n - slicelen);
        }
    } else {
        if (needed != slicelen) {
            rp_err_format(&RpExc_ValueError,
                          "attempt to assign bytes of size %zd to extended slice of size %zd",
                          needed, slicelen);
            r = -1;
        } else {
            char *d = ba_data(self);
            for (rp_ssize_t cur = start, i = 0; i < slicelen; cur += step, i++) {
                d[cur] = bytes[i];
            }
        }
    }
    rp_xdecref(tmp);
    return r;
}

static int ba_ass_item(RpObject *self, rp_ssize_t i, RpObject *value)
{
    RpObject *k = rp_int_from_ssize_t(i);
    if (k == NULL) {
        return -1;
    }
    int r = ba_ass_subscript(self, k, value);
    rp_decref(k);
    return r;
}

/* ---- the iterator ----------------------------------------------------------- */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t it_index;
    RpObject *it_seq;
} RpByteArrayIterObject;

static RpObject *baiter_new(RpObject *seq)
{
    RpByteArrayIterObject *it = (RpByteArrayIterObject *)rp_object_alloc(&RpByteArrayIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = rp_newref(seq);
    rp_gc_track(it);
    return (RpObject *)it;
}

static void baiter_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_xdecref(((RpByteArrayIterObject *)o)->it_seq);
    rp_object_free(o);
}

static int baiter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpByteArrayIterObject *)o)->it_seq);
    return 0;
}

static RpObject *baiter_next(RpObject *o)
{
    RpByteArrayIterObject *it = (RpByteArrayIterObject *)o;
    RpObject *s = it->it_seq;
    if (s == NULL) {
        return NULL;
    }
    if (it->it_index < ba_len(s)) {
        return rp_int_from_long((unsigned char)ba_data(s)[it->it_index++]);
    }
    it->it_seq = NULL;
    rp_decref(s);
    return NULL;
}

static RpObject *baiter_length_hint(RpObject *o, RpObject *unused)
{
    RpByteArrayIterObject *it = (RpByteArrayIterObject *)o;
    rp_ssize_t n = it->it_seq ? ba_len(it->it_seq) - it->it_index : 0;
    return rp_int_from_ssize_t(n < 0 ? 0 : n);
}

static RpObject *iter_self(RpObject *o) { return rp_newref(o); }

static RpMethodDef baiter_methods[] = {
    {"__length_hint__", RP_CFUNC(baiter_length_hint), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

RpTypeObject RpByteArrayIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "bytearray_iterator",
    .tp_basicsize = sizeof(RpByteArrayIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_IMMUTABLETYPE,
    .tp_dealloc = baiter_dealloc,
    .tp_traverse = baiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = baiter_next,
    .tp_methods = baiter_methods,
    .tp_free = rp_object_free,
};

static RpObject *ba_iter(RpObject *o) { return baiter_new(o); }

/* ---- mutating methods -------------------------------------------------------- */

static RpObject *ba_append(RpObject *self, RpObject *item)
{
    int v;
    if (byte_value(item, &v) < 0) {
        return NULL;
    }
    rp_ssize_t n = ba_len(self);
    if (rp_bytearray_resize(self, n + 1) < 0) {
        return NULL;
    }
    ba_data(self)[n] = (char)v;
    return rp_none_new();
}

static RpObject *ba_extend(RpObject *self, RpObject *iterable)
{
    if (ba_extend_from(self, iterable, 0) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *ba_pop(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (rp_strarg_check_positional("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    rp_ssize_t i = -1, n = ba_len(self);
    if (nargs > 0 && rp_strarg_ssize(args[0], &i) < 0) {
        return NULL;
    }
    if (n == 0) {
        return rp_err_set_string(&RpExc_IndexError, "pop from empty bytearray");
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return rp_err_set_string(&RpExc_IndexError, "pop index out of range");
    }
    char *d = ba_data(self);
    int c = (unsigned char)d[i];
    memmove(d + i, d + i + 1, (size_t)(n - i - 1));
    if (rp_bytearray_resize(self, n - 1) < 0) {
        return NULL;
    }
    return rp_int_from_long(c);
}

static RpObject *ba_insert(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (rp_strarg_check_positional("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    rp_ssize_t where, n = ba_len(self);
    int v;
    if (rp_strarg_ssize(args[0], &where) < 0 || byte_value(args[1], &v) < 0) {
        return NULL;
    }
    if (rp_bytearray_resize(self, n + 1) < 0) {
        return NULL;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    char *d = ba_data(self);
    memmove(d + where + 1, d + where, (size_t)(n - where));
    d[where] = (char)v;
    return rp_none_new();
}

static RpObject *ba_remove(RpObject *self, RpObject *arg)
{
    int v;
    if (byte_value(arg, &v) < 0) {
        return NULL;
    }
    rp_ssize_t n = ba_len(self);
    char *d = ba_data(self);
    char *p = n > 0 ? memchr(d, v, (size_t)n) : NULL;
    if (p == NULL) {
        return rp_err_set_string(&RpExc_ValueError, "value not found in bytearray");
    }
    rp_ssize_t i = p - d;
    memmove(d + i, d + i + 1, (size_t)(n - i - 1));
    if (rp_bytearray_resize(self, n - 1) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *ba_reverse(RpObject *self, RpObject *unused)
{
    rp_ssize_t n = ba_len(self);
    char *d = ba_data(self);
    for (rp_ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return rp_none_new();
}

static RpObject *ba_clear(RpObject *self, RpObject *unused)
{
    if (rp_bytearray_resize(self, 0) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *ba_copy(RpObject *self, RpObject *unused)
{
    return rp_bytearray_from_data(ba_data(self) ? ba_data(self) : "", ba_len(self));
}

static RpObject *ba_alloc_method(RpObject *self, RpObject *unused)
{
    return rp_int_from_ssize_t(BA(self)->ob_alloc);
}

static RpObject *ba_sizeof(RpObject *self, RpObject *unused)
{
    return rp_int_from_ssize_t(rp_type(self)->tp_basicsize + BA(self)->ob_alloc);
}

static RpObject *ba_reduce_common(RpObject *self, long proto)
{
    RpObject *dict = NULL;
    if (rp_object_lookup_attr(self, rp_id(__dict__), &dict) < 0) {
        return NULL;
    }
    if (dict == NULL) {
        dict = rp_none_new();
    }
    RpObject *state;
    const char *d = ba_data(self) ? ba_data(self) : "";
    if (proto < 3) {
        RpObject *s = rp_str_from_kind_data(RP_STR_1BYTE, d, ba_len(self));
        RpObject *enc = rp_str_from_cstr("latin-1");
        state = (s && enc) ? rp_tuple_pack(2, s, enc) : NULL;
        rp_xdecref(s);
        rp_xdecref(enc);
    } else {
        RpObject *b = rp_bytes_from_data(d, ba_len(self));
        state = b ? rp_tuple_pack(1, b) : NULL;
        rp_xdecref(b);
    }
    RpObject *r = state ? rp_tuple_pack(3, (RpObject *)rp_type(self), state, dict) : NULL;
    rp_xdecref(state);
    rp_decref(dict);
    return r;
}

static RpObject *ba_reduce(RpObject *self, RpObject *unused) { return ba_reduce_common(self, 2); }

static RpObject *ba_reduce_ex(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (rp_strarg_check_positional("__reduce_ex__", nargs, 0, 1) < 0) {
        return NULL;
    }
    rp_ssize_t proto = 0;
    if (nargs > 0 && rp_strarg_ssize(args[0], &proto) < 0) {
        return NULL;
    }
    return ba_reduce_common(self, (long)proto);
}

static RpMethodDef ba_methods[] = {
    RP_BM_COMMON_METHODS,
    {"append", RP_CFUNC(ba_append), RP_METH_O, "Append a single item to the end of the bytearray."},
    {"extend", RP_CFUNC(ba_extend), RP_METH_O, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", RP_CFUNC(ba_pop), RP_METH_FASTCALL, "Remove and return a single item from B."},
    {"insert", RP_CFUNC(ba_insert), RP_METH_FASTCALL, "Insert a single item into the bytearray before the given index."},
    {"remove", RP_CFUNC(ba_remove), RP_METH_O, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", RP_CFUNC(ba_reverse), RP_METH_NOARGS, "Reverse the order of the values in B in place."},
    {"clear", RP_CFUNC(ba_clear), RP_METH_NOARGS, "Remove all items from the bytearray."},
    {"copy", RP_CFUNC(ba_copy), RP_METH_NOARGS, "Return a copy of B."},
    {"__alloc__", RP_CFUNC(ba_alloc_method), RP_METH_NOARGS, "B.__alloc__() -> int"},
    {"__sizeof__", RP_CFUNC(ba_sizeof), RP_METH_NOARGS, "Returns the size of the bytearray object in memory, in bytes."},
    {"__reduce__", RP_CFUNC(ba_reduce), RP_METH_NOARGS, "Return state information for pickling."},
    {"__reduce_ex__", RP_CFUNC(ba_reduce_ex), RP_METH_FASTCALL, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}
};

RpTypeObject RpByteArray_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(RpByteArrayObject),
    .tp_itemsize = 0,
    .tp_flags = RP_TPFLAGS_BASETYPE | RP_TPFLAGS_IMMUTABLETYPE,
    .tp_dealloc = ba_dealloc,
    .tp_repr = ba_repr,
    .tp_str = ba_repr,
    .tp_hash = rp_object_hash_not_implemented,
    .tp_richcompare = ba_richcompare,
    .tp_iter = ba_iter,
    .tp_new = ba_tp_new,
    .tp_init = ba_tp_init,
    .tp_free = rp_object_free,
    .nb_remainder = rp_bm_mod,
    .sq_length = ba_length,
    .sq_concat = ba_concat,
    .sq_repeat = ba_repeat,
    .sq_item = ba_item,
    .sq_ass_item = ba_ass_item,
    .sq_contains = rp_bm_contains,
    .sq_inplace_concat = ba_inplace_concat,
    .sq_inplace_repeat = ba_inplace_repeat,
    .mp_length = ba_length,
    .mp_subscript = ba_subscript,
    .mp_ass_subscript = ba_ass_subscript,
    .tp_methods = ba_methods,
    .tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
              "bytearray(string, encoding[, errors]) -> bytearray\n"
              "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
              "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
              "bytearray() -> empty bytes array",
};
