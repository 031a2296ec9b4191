/* bytesobject.c - bytes: an immutable array of bytes.
 *
 * Layout as CPython 3.11's PyBytesObject: the var header, a cached hash
 * and the bytes inline with a final NUL, so sys.getsizeof(b'') == 33 and
 * each byte adds one.  b'' and the 256 one-byte strings are statically
 * allocated singletons (b'a'[0:1] is b'a').  The methods shared with
 * bytearray are in bytes_methods.c; b'...' % args is formatted by the str
 * machinery in bytes mode (strpercent.c).
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
#include "exceptions.h"
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "sliceobject.h"
#include "str_internal.h"
#include "tupleobject.h"
#include "typeobject.h"

_Static_assert(offsetof(RpBytesObject, ob_sval) == 32, "PyBytesObject header is 32 bytes");

/* ---- singletons ---------------------------------------------------------------- */

/* refcount 999999999 as CPython 3.11's static objects (strobject.c) */
#define BYTES_STATIC_HEAD(n) { { 999999999, &RpBytes_Type }, (n) }
#define B1(c) { BYTES_STATIC_HEAD(1), -1, { (char)(c) } }
#define B4(c) B1(c), B1((c) + 1), B1((c) + 2), B1((c) + 3)
#define B16(c) B4(c), B4((c) + 4), B4((c) + 8), B4((c) + 12)
#define B64(c) B16(c), B16((c) + 16), B16((c) + 32), B16((c) + 48)
static RpBytesObject bytes_chars[256] = { B64(0), B64(64), B64(128), B64(192) };
static RpBytesObject bytes_empty = { BYTES_STATIC_HEAD(0), -1, { 0 } };

RpObject *rp_bytes_char_borrow(int c)
{
    return c < 0 ? (RpObject *)&bytes_empty : (RpObject *)&bytes_chars[c & 0xff];
}

static inline int is_static(RpObject *o)
{
    return o == (RpObject *)&bytes_empty ||
           ((char *)o >= (char *)bytes_chars && (char *)o < (char *)(bytes_chars + 256));
}

/* ---- creation -------------------------------------------------------------------- */

RpObject *rp_bytes_new(rp_ssize_t len)
{
    if (len == 0) {
        return rp_newref(&bytes_empty);
    }
    if (len < 0) {
        return RP_BAD_INTERNAL_CALL();
    }
    if (len > RP_SSIZE_T_MAX - 64) {
        return rp_err_nomemory();
    }
    RpBytesObject *b = (RpBytesObject *)rp_object_alloc_var(&RpBytes_Type, len);
    if (b == NULL) {
        return NULL;
    }
    b->ob_shash = -1;
    b->ob_sval[len] = '\0';
    return (RpObject *)b;
}

RpObject *rp_bytes_from_data(const char *data, rp_ssize_t len)
{
    if (len == 0) {
        return rp_newref(&bytes_empty);
    }
    if (len == 1) {
        return rp_newref(&bytes_chars[(unsigned char)data[0]]);
    }
    RpObject *b = rp_bytes_new(len);
    if (b != NULL) {
        memcpy(rp_bytes_data(b), data, (size_t)len);
    }
    return b;
}

int rp_bytes_like(RpObject *o, const char **data, rp_ssize_t *len)
{
    if (rp_bytes_check(o)) {
        *data = rp_bytes_data(o);
        *len = rp_bytes_len(o);
        return 1;
    }
    if (rp_bytearray_check(o)) {
        *data = rp_bytearray_data(o);
        if (*data == NULL) {
            *data = "";
        }
        *len = rp_size(o);
        return 1;
    }
    return 0;
}

/* ---- the byte buffer (str_internal.h) ---------------------------------------------- */

int rp_bytebuf_init(RpByteBuf *b, rp_ssize_t cap)
{
    if (cap < 16) {
        cap = 16;
    }
    b->len = 0;
    b->cap = cap;
    b->buf = rp_mem_malloc((size_t)cap);
    if (b->buf == NULL) {
        b->cap = 0;
        rp_err_nomemory();
        return -1;
    }
    return 0;
}

int rp_bytebuf_reserve(RpByteBuf *b, rp_ssize_t extra)
{
    if (extra <= b->cap - b->len) {
        return 0;
    }
    if (extra > RP_SSIZE_T_MAX / 2 - b->len) {
        rp_err_nomemory();
        return -1;
    }
    rp_ssize_t cap = b->len + extra;
    cap += cap / 2 + 16;
    char *p = rp_mem_realloc(b->buf, (size_t)cap);
    if (p == NULL) {
        rp_err_nomemory();
        return -1;
    }
    b->buf = p;
    b->cap = cap;
    return 0;
}

int rp_bytebuf_append(RpByteBuf *b, const void *data, rp_ssize_t n)
{
    if (n <= 0) {
        return 0;
    }
    if (rp_bytebuf_reserve(b, n) < 0) {
        return -1;
    }
    memcpy(b->buf + b->len, data, (size_t)n);
    b->len += n;
    return 0;
}

int rp_bytebuf_append_char(RpByteBuf *b, char c)
{
    if (b->len == b->cap && rp_bytebuf_reserve(b, 1) < 0) {
        return -1;
    }
    b->buf[b->len++] = c;
    return 0;
}

RpObject *rp_bytebuf_finish(RpByteBuf *b)
{
    RpObject *r = rp_bytes_from_data(b->buf, b->len);
    rp_bytebuf_discard(b);
    return r;
}

void rp_bytebuf_discard(RpByteBuf *b)
{
    rp_mem_free(b->buf);
    b->buf = NULL;
    b->len = b->cap = 0;
}

/* ---- repr ---------------------------------------------------------------------------- */

/* repr of bytes data: b'...' with CPython's quote choice and escapes */
RpObject *rp_bytes_repr_data(const char *d, rp_ssize_t n, const char *prefix, const char *suffix)
{
    int squote = 0, dquote = 0;
    for (rp_ssize_t i = 0; i < n; i++) {
        if (d[i] == '\'') squote = 1;
        else if (d[i] == '"') dquote = 1;
    }
    char quote = (squote && !dquote) ? '"' : '\'';
    RpByteBuf b;
    if (rp_bytebuf_init(&b, n + 8 + (rp_ssize_t)strlen(prefix)) < 0) {
        return NULL;
    }
    static const char hexd[] = "0123456789abcdef";
    int ok = rp_bytebuf_append(&b, prefix, (rp_ssize_t)strlen(prefix)) == 0 &&
             rp_bytebuf_append_char(&b, 'b') == 0 && rp_bytebuf_append_char(&b, quote) == 0;
    for (rp_ssize_t i = 0; i < n && ok; i++) {
        unsigned char c = (unsigned char)d[i];
        char esc[4];
        int k = 0;
        if (c == (unsigned char)quote || c == '\\') {
            esc[0] = '\\', esc[1] = (char)c, k = 2;
        } else if (c == '\t') {
            esc[0] = '\\', esc[1] = 't', k = 2;
        } else if (c == '\n') {
            esc[0] = '\\', esc[1] = 'n', k = 2;
        } else if (c == '\r') {
            esc[0] = '\\', esc[1] = 'r', k = 2;
        } else if (c < ' ' || c >= 0x7f) {
            esc[0] = '\\', esc[1] = 'x', esc[2] = hexd[c >> 4], esc[3] = hexd[c & 15], k = 4;
        } else {
            esc[0] = (char)c, k = 1;
        }
        ok = rp_bytebuf_append(&b, esc, k) == 0;
    }
    ok = ok && rp_bytebuf_append_char(&b, quote) == 0 &&
         rp_bytebuf_append(&b, suffix, (rp_ssize_t)strlen(suffix)) == 0;
    if (!ok) {
        rp_bytebuf_discard(&b);
        return NULL;
    }
    RpObject *r = rp_str_from_kind_data_max(RP_STR_1BYTE, b.buf, b.len, 127);
    rp_bytebuf_discard(&b);
    return r;
}

RpObject *rp_bytes_repr(RpObject *o)
{
    return rp_bytes_repr_data(rp_bytes_data(o), rp_bytes_len(o), "", "");
}

/* ---- slots ------------------------------------------------------------------------------ */

static rp_hash_t bytes_hash(RpObject *o)
{
    RpBytesObject *b = (RpBytesObject *)o;
    if (b->ob_shash == -1) {
        b->ob_shash = rp_hash_bytes(b->ob_sval, (size_t)rp_size(o));
    }
    return b->ob_shash;
}

static RpObject *bytes_richcompare(RpObject *a, RpObject *b, int op)
{
    if (!rp_bytes_check(a) || !rp_bytes_check(b)) {
        return rp_notimplemented_new();
    }
    rp_ssize_t la = rp_bytes_len(a), lb = rp_bytes_len(b);
    int r;
    if (op == RP_EQ || op == RP_NE) {
        int eq = a == b || (la == lb && memcmp(rp_bytes_data(a), rp_bytes_data(b), (size_t)la) == 0);
        return rp_bool_from_long(op == RP_EQ ? eq : !eq);
    }
    int c = memcmp(rp_bytes_data(a), rp_bytes_data(b), (size_t)(la < lb ? la : lb));
    if (c == 0) {
        c = la < lb ? -1 : la > lb ? 1 : 0;
    }
    switch (op) {
    case RP_LT: r = c < 0; break;
    case RP_LE: r = c <= 0; break;
    case RP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return rp_bool_from_long(r);
}

RpObject *rp_bytes_concat(RpObject *a, RpObject *b)
{
    const char *da, *db;
    rp_ssize_t la, lb;
    if (!rp_bytes_like(a, &da, &la) || !rp_bytes_like(b, &db, &lb)) {
        return rp_err_format(&RpExc_TypeError, "can't concat %.100s to %.100s",
                             rp_type_name(rp_type(b)), rp_type_name(rp_type(a)));
    }
    if (lb == 0 && rp_type(a) == &RpBytes_Type) {
        return rp_newref(a);
    }
    if (la == 0 && rp_type(b) == &RpBytes_Type) {
        return rp_newref(b);
    }
    if (la > RP_SSIZE_T_MAX - lb) {
        return rp_err_nomemory();
    }
    RpObject *r = rp_bytes_new(la + lb);
    if (r == NULL) {
        return NULL;
    }
    memcpy(rp_bytes_data(r), da, (size_t)la);
    memcpy(rp_bytes_data(r) + la, db, (size_t)lb);
    return r;
}

static RpObject *bytes_repeat(RpObject *a, rp_ssize_t n)
{
    rp_ssize_t len = rp_bytes_len(a);
    if (n < 0) {
        n = 0;
    }
    if (n == 1 && rp_type(a) == &RpBytes_Type) {
        return rp_newref(a);
    }
    if (len > 0 && n > RP_SSIZE_T_MAX / len) {
        return rp_err_set_string(&RpExc_OverflowError, "repeated bytes are too long");
    }
    rp_ssize_t total = len * n;
    if (total == 1) {
        return rp_bytes_from_data(rp_bytes_data(a), 1);
    }
    RpObject *r = rp_bytes_new(total);
    if (r == NULL || total == 0) {
        return r;
    }
    char *d = rp_bytes_data(r);
    if (len == 1) {
        memset(d, rp_bytes_data(a)[0], (size_t)total);
        return r;
    }
    memcpy(d, rp_bytes_data(a), (size_t)len);
    rp_ssize_t done = len;
    while (done < total) {
        rp_ssize_t c = done <= total - done ? done : total - done;
        memcpy(d + done, d, (size_t)c);
        done += c;
    }
    return r;
}

static rp_ssize_t bytes_length(RpObject *o) { return rp_bytes_len(o); }

static RpObject *bytes_item(RpObject *o, rp_ssize_t i)
{
    if (i < 0 || i >= rp_bytes_len(o)) {
        return rp_err_set_string(&RpExc_IndexError, "index out of range");
    }
    return rp_int_from_long((unsigned char)rp_bytes_data(o)[i]);
}

static RpObject *bytes_subscript(RpObject *o, RpObject *key)
{
    if (rp_index_check(key)) {
        rp_ssize_t i = rp_number_as_ssize_t(key, &RpExc_IndexError);
        if (i == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += rp_bytes_len(o);
        }
        return bytes_item(o, i);
    }
    if (rp_slice_check(key)) {
        rp_ssize_t start, stop, step;
        if (rp_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        rp_ssize_t n = rp_slice_adjust_indices(rp_bytes_len(o), &start, &stop, step);
        const char *d = rp_bytes_data(o);
        if (n <= 0) {
            return rp_bytes_from_data("", 0);
        }
        if (step == 1) {
            if (n == rp_bytes_len(o) && rp_type(o) == &RpBytes_Type) {
                return rp_newref(o);
            }
            return rp_bytes_from_data(d + start, n);
        }
        RpObject *r = rp_bytes_new(n);   /* new even for one byte (CPython) */
        if (r == NULL) {
            return NULL;
        }
        char *p = rp_bytes_data(r);
        for (rp_ssize_t i = 0, cur = start; i < n; i++, cur += step) {
            p[i] = d[cur];
        }
        return r;
    }
    return rp_err_format(&RpExc_TypeError, "byte indices must be integers or slices, not %.200s",
                         rp_type_name(rp_type(key)));
}

static RpObject *bytes_str(RpObject *o) { return rp_bytes_repr(o); }

static void bytes_dealloc(RpObject *o)
{
    if (RP_UNLIKELY(is_static(o))) {
        o->ob_refcnt = 999999999;   /* a refcounting bug elsewhere: keep it */
        return;
    }
    RpTypeObject *t = rp_type(o);
    if (t->tp_free != NULL) {
        t->tp_free(o);
    } else {
        rp_object_free(o);
    }
}

/* ---- the iterator ------------------------------------------------------------------------ */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t it_index;
    RpObject *it_seq;     /* NULL when exhausted */
} RpBytesIterObject;

static RpObject *bytesiter_new(RpObject *seq)
{
    RpBytesIterObject *it = (RpBytesIterObject *)rp_object_alloc(&RpBytesIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = rp_newref(seq);
    rp_gc_track(it);
    return (RpObject *)it;
}

static void bytesiter_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_xdecref(((RpBytesIterObject *)o)->it_seq);
    rp_object_free(o);
}

static int bytesiter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(((RpBytesIterObject *)o)->it_seq);
    return 0;
}

static RpObject *bytesiter_next(RpObject *o)
{
    RpBytesIterObject *it = (RpBytesIterObject *)o;
    RpObject *s = it->it_seq;
    if (s == NULL) {
        return NULL;
    }
    if (it->it_index < rp_bytes_len(s)) {
        return rp_int_from_long((unsigned char)rp_bytes_data(s)[it->it_index++]);
    }
    it->it_seq = NULL;
    rp_decref(s);
    return NULL;
}

static RpObject *bytesiter_length_hint(RpObject *o, RpObject *unused)
{
    RpBytesIterObject *it = (RpBytesIterObject *)o;
    rp_ssize_t n = it->it_seq ? rp_bytes_len(it->it_seq) - it->it_index : 0;
    return rp_int_from_ssize_t(n < 0 ? 0 : n);
}

static RpObject *iter_self(RpObject *o) { return rp_newref(o); }

static RpMethodDef bytesiter_methods[] = {
    {"__length_hint__", RP_CFUNC(bytesiter_length_hint), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

RpTypeObject RpBytesIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(RpBytesIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_IMMUTABLETYPE,
    .tp_dealloc = bytesiter_dealloc,
    .tp_traverse = bytesiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
    .tp_free = rp_object_free,
};

/* ---- bytes(...) ------------------------------------------------------------------------------ */

/* bytes of an iterable of ints (list, tuple or any iterable) */
static RpObject *bytes_from_iterable(RpObject *x)
{
    RpObject *it = rp_object_get_iter(x);
    if (it == NULL) {
        return NULL;
    }
    RpByteBuf b;
    if (rp_bytebuf_init(&b, 16) < 0) {
        rp_decref(it);
        return NULL;
    }
    RpObject *item;
    while ((item = rp_iter_next(it)) != NULL) {
        rp_ssize_t v = rp_number_as_ssize_t(item, NULL);
        rp_decref(item);
        if (v == -1 && rp_err_occurred()) {
            goto fail;
        }
        if (v < 0 || v > 255) {
            rp_err_set_string(&RpExc_ValueError, "bytes must be in range(0, 256)");
            goto fail;
        }
        if (rp_bytebuf_append_char(&b, (char)v) < 0) {
            goto fail;
        }
    }
    if (rp_err_occurred()) {
        goto fail;
    }
    rp_decref(it);
    return rp_bytebuf_finish(&b);
fail:
    rp_decref(it);
    rp_bytebuf_discard(&b);
    return NULL;
}

/* PyBytes_FromObject */
static RpObject *bytes_from_object(RpObject *x)
{
    const char *d;
    rp_ssize_t n;
    if (rp_type(x) == &RpBytes_Type) {
        return rp_newref(x);
    }
    if (rp_bytes_like(x, &d, &n)) {
        /* a copy of a buffer is a new object, one byte or not (CPython) */
        RpObject *r = rp_bytes_new(n);
        if (r != NULL && n > 0) {
            memcpy(rp_bytes_data(r), d, (size_t)n);
        }
        return r;
    }
    if (!rp_str_check(x)) {
        /* iterable? (has __iter__ or is a sequence) */
        if (rp_type(x)->tp_iter != NULL || rp_type(x)->sq_item != NULL) {
            return bytes_from_iterable(x);
        }
    }
    return rp_err_format(&RpExc_TypeError, "cannot convert '%.200s' object to bytes",
                         rp_type_name(rp_type(x)));
}

static RpObject *bytes_new_exact(RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    RpObject *a[3];
    if (rp_strarg_unpack("bytes", args, nargs, kwnames, kwlist, 0, 0, 3, a) < 0) {
        return NULL;
    }
    RpObject *x = a[0];
    const char *encoding = NULL, *errors = NULL;
    if (a[1] != NULL && (encoding = rp_strarg_cstr("bytes", "encoding", a[1])) == NULL) {
        return NULL;
    }
    if (a[2] != NULL && (errors = rp_strarg_cstr("bytes", "errors", a[2])) == NULL) {
        return NULL;
    }
    if (x == NULL) {
        if (encoding != NULL || errors != NULL) {
            return rp_err_set_string(&RpExc_TypeError, encoding != NULL
                                     ? "encoding without a string argument"
                                     : "errors without a string argument");
        }
        return rp_newref(&bytes_empty);
    }
    if (encoding != NULL) {
        if (!rp_str_check(x)) {
            return rp_err_set_string(&RpExc_TypeError, "encoding without a string argument");
        }
        return rp_str_encode(x, encoding, errors);
    }
    if (errors != NULL) {
        return rp_err_set_string(&RpExc_TypeError, rp_str_check(x)
                                 ? "string argument without an encoding"
                                 : "errors without a string argument");
    }
    RpObject *func = rp_object_lookup_special(x, rp_id(__bytes__));
    if (func != NULL) {
        RpObject *b = rp_call_noargs(func);
        rp_decref(func);
        if (b == NULL) {
            return NULL;
        }
        if (!rp_bytes_check(b)) {
            rp_err_format(&RpExc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                          rp_type_name(rp_type(b)));
            rp_decref(b);
            return NULL;
        }
        return b;
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    if (rp_str_check(x)) {
        return rp_err_set_string(&RpExc_TypeError, "string argument without an encoding");
    }
    if (rp_index_check(x)) {
        rp_ssize_t size = rp_number_as_ssize_t(x, &RpExc_OverflowError);
        if (size == -1 && rp_err_occurred()) {
            if (!rp_err_matches(&RpExc_TypeError)) {
                return NULL;
            }
            rp_err_clear();
        } else {
            if (size < 0) {
                return rp_err_set_string(&RpExc_ValueError, "negative count");
            }
            RpObject *r = rp_bytes_new(size);
            if (r != NULL && size > 0) {
                memset(rp_bytes_data(r), 0, (size_t)size);
            }
            return r;
        }
    }
    return bytes_from_object(x);
}

static RpObject *bytes_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    RpObject *b = bytes_new_exact(args, nargs, kwnames);
    if (b == NULL || type == &RpBytes_Type) {
        return b;
    }
    rp_ssize_t n = rp_bytes_len(b);
    RpObject *o = rp_type_generic_alloc(type, n);
    if (o == NULL) {
        rp_decref(b);
        return NULL;
    }
    RpBytesObject *r = (RpBytesObject *)o;
    rp_set_size(o, n);
    r->ob_shash = ((RpBytesObject *)b)->ob_shash;
    memcpy(r->ob_sval, rp_bytes_data(b), (size_t)n + 1);
    rp_decref(b);
    if (rp_object_is_gc(o)) {
        rp_gc_track(o);
    }
    return o;
}

/* ---- methods only bytes has ---------------------------------------------------------------- */

static RpObject *bytes_bytes(RpObject *self, RpObject *unused)
{
    if (rp_type(self) == &RpBytes_Type) {
        return rp_newref(self);
    }
    return rp_bytes_from_data(rp_bytes_data(self), rp_bytes_len(self));
}

static RpObject *bytes_getnewargs(RpObject *self, RpObject *unused)
{
    RpObject *b = bytes_bytes(self, NULL);
    if (b == NULL) {
        return NULL;
    }
    RpObject *t = rp_tuple_pack(1, b);
    rp_decref(b);
    return t;
}

static RpObject *bytes_sizeof(RpObject *self, RpObject *unused)
{
    return rp_int_from_ssize_t(rp_type(self)->tp_basicsize +
                               rp_bytes_len(self) * rp_type(self)->tp_itemsize);
}

static RpMethodDef bytes_methods[] = {
    RP_BM_COMMON_METHODS,
    {"__bytes__", RP_CFUNC(bytes_bytes), RP_METH_NOARGS, "Convert this value to exact type bytes."},
    {"__getnewargs__", RP_CFUNC(bytes_getnewargs), RP_METH_NOARGS, NULL},
    {"__sizeof__", RP_CFUNC(bytes_sizeof), RP_METH_NOARGS, "Return the size of the bytes in memory, in bytes."},
    {NULL, NULL, 0, NULL}
};

static RpObject *bytes_iter(RpObject *o) { return bytesiter_new(o); }

RpTypeObject RpBytes_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "bytes",
    .tp_basicsize = offsetof(RpBytesObject, ob_sval) + 1,
    .tp_itemsize = 1,
    .tp_flags = RP_TPFLAGS_BASETYPE | RP_TPFLAGS_BYTES_SUBCLASS | RP_TPFLAGS_IMMUTABLETYPE,
    .tp_dealloc = bytes_dealloc,
    .tp_repr = rp_bytes_repr,
    .tp_str = bytes_str,
    .tp_hash = bytes_hash,
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .tp_new = bytes_tp_new,
    .tp_free = rp_object_free,
    .nb_remainder = rp_bm_mod,
    .sq_length = bytes_length,
    .sq_concat = rp_bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = rp_bm_contains,
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
    .tp_methods = bytes_methods,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\n"
              "bytes(string, encoding[, errors]) -> bytes\n"
              "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
              "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
              "bytes() -> empty bytes object",
};
